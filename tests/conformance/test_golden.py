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
    "break_page": "<break type=Page> does not split its band: the elements below the break stay on the "
                  "old page and the next band starts a band-height too low on the new page",
    "break_column": "<break type=Column> does not split its band: the part below the break stays in the "
                    "old column and the following rows start too low",
    "columns_horizontal": "printOrder=Horizontal is filled like Vertical (records go down column 1, not "
                          "across the row); page 2 lacks the third column header",
    "frame_nested": "frame padding applied twice: children are written at +padding inside their frame "
                    "(JR: relative to the padded content box) and a padded frame grows by 2 x padding",
    "frame_split": "the frame padding bug of frame_nested (children offset by the padding, frames 8pt "
                   "taller) moves the page split of the stretching text",
    "group_footer_stack_at_bottom": "footerPosition=StackAtBottom ignored: the group footer prints where the "
                                    "content ends, not at the page bottom (JR: bottom, next group on a new page)",
    "group_footer_force_at_bottom": "footerPosition=ForceAtBottom ignored: the footer is not forced to the page "
                                    "bottom and the next group continues on the same page",
    "group_footer_collate_at_bottom": "footerPosition CollateAtBottom (inner) / StackAtBottom (outer) ignored: "
                                      "footers are not pushed to the page bottom (2 pages instead of 5)",
    "patterns_de_DE": "JSON numbers are parsed as text with the report locale: 3.5 becomes 35 in de_DE "
                      "(JR takes the JSON number as it is)",
    "patterns_fr_FR": "JSON numbers are parsed as text with the report locale: 3.5 becomes 3 in fr_FR "
                      "(JR takes the JSON number as it is)",
    "print_repeated_values": "isPrintRepeatedValues=false ignored: the repeated region prints on every row",
    "remove_line_when_blank": "isRemoveLineWhenBlank ignored: a hidden or blank element keeps its line, and a "
                              "null isBlankWhenNull field prints an empty text element that JR leaves out",
    "column_footer_float": "the record that moves to the next page is counted in the old "
                           "column (COLUMN_COUNT 10 instead of 9)",
    "eval_time_column": "the record that moves to the next page is counted in the old column, "
                        "so the Column-time header of the next page is one short",
    "eval_time_page": "a Page-reset Sum includes the first record of the next page "
                      "(page 1 total 1478.50 instead of 1315.50)",
    "variables_page_reset": "the record that triggers a page break is counted in the old page's "
                            "Page-reset variables and not on the new page",
    "group_keep_together": "keepTogether ignored: a group that does not fit is split instead of "
                           "moved whole to the next page",
    "group_reprint_header": "the header reprinted before a group footer that moved to a new page "
                            "shows the next group ('Region: North' for East); a group starting on a new page "
                            "gets its header twice",
    "group_reset_page_number": "isResetPageNumber ignored: PAGE_NUMBER keeps counting",
    "split_type_stretch": "stretched text heights are truncated, not rounded up (textHeight 58.2 "
                          "-> 58, JR 59); the 1pt errors add up and move the split points",
    "split_type_prevent": "stretched text height truncated (34.9 -> 34, JR 35), so a Prevent band "
                          "still fits on page 5 where JR moves it to page 6",
    "split_type_immediate": "stretched text heights truncated (see split_type_stretch), so the "
                            "band splits at other points",
    "stretch_float": "stretched text heights truncated (93.1 -> 93, JR 94); Float elements end "
                     "2pt too high on page 3",
    "stretch_overflow_page": "stretched text heights truncated, so the text that overflows to the "
                             "next page is cut at another line",
    "conditional_styles": "stretched text heights truncated (20.95 -> 20, JR 21), and the first row of page 2 "
                          "does not stretch for the font size its conditional style gives",
    "subreport_return_value": "subreports are not filled (an empty box is printed), so no rows "
                              "and no return values",
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
