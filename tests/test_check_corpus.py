"""``jrxmlpy check`` over the shared conformance corpus: every template compiles, except
those that need a custom Java class, a scriptlet or JavaScript, and for each of those the
error names the missing class or feature.  Skipped when ``../shared`` is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.errors import (
    ForbiddenExpressionError,
    TemplateError,
    TemplateErrors,
    UnknownClassError,
    UnsupportedFeatureError,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "conformance"
ROOT = SHARED / "jr-6.21"

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/conformance is absent")

#: Packages whose classes jrxmlpy provides: anything else is a custom class.
PROVIDED = ("java.", "javax.", "net.sf.jasperreports.")


def _cases() -> list[tuple[str, Path, list[Path]]]:
    if not SHARED.is_dir():
        return []
    found: dict[Path, tuple[str, Path, list[Path]]] = {}
    for suite in ("public.jsonl", "smoke.jsonl"):
        for line in (SHARED / suite).read_text().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            case = json.loads(line)
            path = ROOT / case["jrxml"]
            found.setdefault(path, (case["id"], path, [ROOT / r for r in case.get("resources", [])]))
    for path in sorted((SHARED / "wild").rglob("*.jrxml")):
        found.setdefault(path, (str(path.relative_to(SHARED)), path, [path.parent]))
    return sorted(found.values(), key=lambda c: c[0])


CASES = _cases()


def _acceptable(problem: TemplateError) -> bool:
    """A problem jrxmlpy cannot solve by itself, named clearly."""
    if isinstance(problem, UnknownClassError):
        name = problem.name
        return bool(name) and not name.startswith(PROVIDED) and name in str(problem)
    if isinstance(problem, UnsupportedFeatureError):
        return problem.feature == "language=javascript"
    if isinstance(problem, ForbiddenExpressionError):
        # Templates that load classes or resources reflectively (getClass(), class
        # loaders) need the Java runtime itself; the refusal names the member.
        return problem.name in ("getClass", "load", "getResourceAsStream") and problem.name in str(problem)
    return False


@pytest.mark.parametrize(("case_id", "path", "resources"), CASES, ids=[c[0] for c in CASES])
def test_template_compiles_or_names_what_it_needs(case_id: str, path: Path, resources: list[Path]) -> None:
    try:
        jrxmlpy.compile(path, resources)
    except TemplateErrors as exc:
        unexpected = [str(p) for p in exc.problems if not _acceptable(p)]
        assert not unexpected, "\n".join(unexpected)
    except TemplateError as exc:
        assert _acceptable(exc), str(exc)


def test_corpus_counts() -> None:
    """Keep the numbers of the closing note honest: how many compile outright."""
    compiled = needs_custom = 0
    for _, path, resources in CASES:
        try:
            jrxmlpy.compile(path, resources)
            compiled += 1
        except TemplateError:
            needs_custom += 1
    assert compiled + needs_custom == len(CASES)
    assert compiled >= 0.9 * len(CASES), f"{compiled} of {len(CASES)} compile"
