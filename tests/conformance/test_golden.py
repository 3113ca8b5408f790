"""Golden-print conformance: every ``cases/<name>/`` is filled with jrxmlpy and compared with
``expected.jrpxml``, the print JasperReports 6.20 (the oracle) made of the same case.

A case jrxmlpy does not pass yet is listed in ``KNOWN_FAILURES`` (reason = what differs) and
runs as ``xfail(strict=False)``; every other case must pass.  When a listed case starts to
pass, the summary at the end of the run names it so it can be taken off the list.
See README.md for the case format and how the goldens are regenerated.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from jrxmlpy.render import DataOptions, prepare

from .compare import compare_files

CASES_DIR = Path(__file__).resolve().parent / "cases"

#: Cases jrxmlpy does not pass today (commit 7deb716), with what differs from the oracle's
#: print: bug reports for the filler team.  They run as xfail(strict=False); the summary at
#: the end of a run names the ones that pass by now, to be taken off this list.
KNOWN_FAILURES: dict[str, str] = {
    'group_footer_collate_at_bottom': 'footerPosition CollateAtBottom (inner) / StackAtBottom (outer) ignored: footers are not pushed to the page bottom (2 pages instead of 5)',
    'remove_line_when_blank': 'isRemoveLineWhenBlank ignored: a hidden or blank element keeps its line, and a null isBlankWhenNull field prints an empty text element that JR leaves out',
}


def case_names() -> list[str]:
    return sorted(p.name for p in CASES_DIR.iterdir() if (p / "case.json").is_file())


def load_case(name: str) -> dict[str, Any]:
    return json.loads((CASES_DIR / name / "case.json").read_text(encoding="utf-8"))


def data_options(case: dict[str, Any], folder: Path) -> DataOptions:
    """CASES.md's ``data`` object as jrxmlpy's :class:`DataOptions` (paths from ``folder``)."""
    data = case.get("data") or {"type": "none"}
    kind = data.get("type", "none")
    if kind in ("sql", "params_json"):
        raise NotImplementedError(f"data type {kind} is not used by the conformance cases")
    return DataOptions(
        type=kind,
        file=str(folder / data["file"]) if data.get("file") else None,
        select=data.get("select"),
        count=data.get("count", 1),
        columns=data.get("columns"),
        header=data.get("header", False),
        delimiter=data.get("delimiter"),
        record_delimiter=data.get("record_delimiter"),
        encoding=data.get("encoding"),
        date_pattern=data.get("date_pattern"),
        number_pattern=data.get("number_pattern"),
        locale=data.get("locale"),
        timezone=data.get("timezone"),
    )


def render_case(name: str, out: Path) -> Path:
    """Fill case ``name`` with jrxmlpy as the oracle fills it and write the print to ``out``."""
    folder = CASES_DIR / name
    case = load_case(name)
    resources = [folder / r for r in case.get("resources", [])] + [folder]
    inputs = prepare(
        folder / case["jrxml"],
        data=data_options(case, folder),
        params=case.get("params"),
        resources=resources,
        locale=case.get("locale", "en_US"),
        timezone=case.get("timezone", "GMT"),
        properties=case.get("properties"),
        params_base=folder,
        strict=False,
    )
    document = inputs.fill()
    document.export(out, format="jrpxml")
    return out


def _param(name: str) -> Any:
    if name in KNOWN_FAILURES:
        return pytest.param(name, marks=pytest.mark.xfail(reason=KNOWN_FAILURES[name], strict=False))
    return name


@pytest.mark.parametrize("name", [_param(n) for n in case_names()])
def test_golden(name: str, tmp_path: Path) -> None:
    actual = render_case(name, tmp_path / "actual.jrpxml")
    result = compare_files(CASES_DIR / name / "expected.jrpxml", actual)
    if not result.passed:
        pytest.fail(f"{name} differs from the oracle's print:\n{result.report()}", pytrace=False)


# --- the suite itself --------------------------------------------------------------------

ALLOWED_FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"}
DATA_TYPES = {"none", "empty", "json", "csv"}


@pytest.mark.parametrize("name", case_names())
def test_case_is_well_formed(name: str) -> None:
    """Every case has its template, data and golden, uses only the DejaVu fonts, and
    names only files inside its own folder."""
    import re

    folder = CASES_DIR / name
    case = load_case(name)
    assert case["id"] == name
    assert (folder / case["jrxml"]).is_file()
    assert (folder / "expected.jrpxml").is_file(), "no golden: run regenerate.py"
    data = case.get("data", {"type": "none"})
    assert data["type"] in DATA_TYPES
    if "file" in data:
        assert (folder / data["file"]).is_file()
    for jrxml in folder.glob("*.jrxml"):
        text = jrxml.read_text(encoding="utf-8")
        assert 'xmlns="http://jasperreports.sourceforge.net/jasperreports"' in text
        assert set(re.findall(r'fontName="([^"]*)"', text)) <= ALLOWED_FONTS
    for value in [case["jrxml"], data.get("file", "")] + case.get("resources", []):
        assert not Path(value).is_absolute() and ".." not in Path(value).parts


def test_known_failures_are_cases() -> None:
    assert set(KNOWN_FAILURES) <= set(case_names())


def test_enough_cases() -> None:
    assert len(case_names()) >= 40
