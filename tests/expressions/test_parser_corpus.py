"""Every expression of every JRXML template of the conformance corpora parses.

The corpora live in ``../shared/conformance`` relative to the repository root
(``jr-6.21``: JasperReports' own samples; ``wild``: templates from public projects;
``jr-7``: the same in the JasperReports 7 format).  The tests are skipped when absent.

Expressions are the text of every element whose local name ends in ``Expression`` or is
``expression``; the language is the root's ``language`` attribute (``java`` by default).
Query text (``<queryString>``, ``<query>``) is SQL and is not parsed.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from jrxmlpy.errors import ExpressionSyntaxError
from jrxmlpy.expressions.parser import parse

ROOT = Path(__file__).resolve().parents[2]
CONFORMANCE = ROOT.parent / "shared" / "conformance"
CORPORA = ("jr-6.21", "wild", "jr-7")

# (corpus-relative path, expression text) -> why the expression is not valid.  Each entry
# must still fail to parse (test_known_invalid_still_fail).  Empty: every expression of the
# corpora parses.
KNOWN_INVALID: dict[tuple[str, str], str] = {}


def _files() -> list[Path]:
    out: list[Path] = []
    for corpus in CORPORA:
        base = CONFORMANCE / corpus
        if base.is_dir():
            out.extend(sorted(base.rglob("*.jrxml")))
    return out


FILES = _files()


def _rel(path: Path) -> str:
    return path.relative_to(CONFORMANCE).as_posix()


def expressions(path: Path) -> tuple[str, list[tuple[str, int, str]]]:
    """(language, [(element name, line, text)]) of one template."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.parse(str(path), parser).getroot()
    language = (root.get("language") or "java").strip().lower()
    found = []
    for el in root.iter(etree.Element):
        local = etree.QName(el).localname
        if local.endswith("Expression") or local == "expression":
            text = el.xpath("string()")
            if text.strip():
                found.append((local, el.sourceline or 0, text))
    return language, found


def _parse_all(path: Path) -> tuple[int, list[str]]:
    language, found = expressions(path)
    failures = []
    for local, line, text in found:
        try:
            parse(text, language=language)
        except ExpressionSyntaxError as e:
            if (_rel(path), text) not in KNOWN_INVALID:
                failures.append(f"{_rel(path)}:{line} <{local}> ({language}): {e}")
    return len(found), failures


@pytest.mark.skipif(not FILES, reason="conformance corpus not available")
@pytest.mark.parametrize("path", FILES, ids=[_rel(p) for p in FILES])
def test_corpus_file_expressions_parse(path):
    _, failures = _parse_all(path)
    assert not failures, "\n".join(failures)


@pytest.mark.skipif(not FILES, reason="conformance corpus not available")
def test_corpus_summary(capsys):
    files = Counter()
    exprs = Counter()
    langs = Counter()
    failed = 0
    for path in FILES:
        corpus = _rel(path).split("/")[0]
        language, found = expressions(path)
        files[corpus] += 1
        exprs[corpus] += len(found)
        langs[language] += len(found)
        failed += len(_parse_all(path)[1])
    with capsys.disabled():
        print(
            f"\ncorpus: files {dict(files)}, expressions {dict(exprs)}, by language {dict(langs)}, failed {failed}"
        )
    assert sum(exprs.values()) > 0
    assert failed == 0


def test_known_invalid_still_fail():
    for (rel, text), _reason in sorted(KNOWN_INVALID.items()):
        path = CONFORMANCE / rel
        if not path.exists():
            continue
        language, _ = expressions(path)
        with pytest.raises(ExpressionSyntaxError):
            parse(text, language=language)
