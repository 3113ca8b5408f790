"""Pagination of the vertical filler (docs/filling.md §1.7, §3.1-§3.11).

Every expected layout below was printed by JasperReports 6.20 (the oracle, ``jasper-oracle
run``) from the template of the same name in ``tests/fill/pagination/``, filled with the
records given here (the oracle read them from a CSV file with a header line)."""

from __future__ import annotations

from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.document import PrintText

HERE = Path(__file__).parent / "pagination"

#: g = group key, n = record number; 9 records in groups of 3, 4 and 2.
NINE = [{"g": g, "n": str(i + 1)} for i, g in enumerate("AAABBBBCC")]
#: 6 records: 5 in group A, 1 in group B.
SIX = [{"g": g, "n": str(i + 1)} for i, g in enumerate("AAAAAB")]


def texts(name: str, records: list[dict[str, str]]) -> list[list[tuple[str, int, int, int]]]:
    """Per page, the (text, x, y, height) of the text elements."""
    document = jrxmlpy.compile((HERE / f"{name}.jrxml").read_text()).fill(data=records)
    return [[(e.text, e.x, e.y, e.height) for e in page.elements if isinstance(e, PrintText)]
            for page in document.pages]


def test_keep_together_moves_a_group_that_does_not_fit_to_the_next_page() -> None:
    # §3.9: group B (header, 4 details, footer = 120) does not fit below group A (100 of
    # 180): it starts on page 2 whole; C (80) does not fit below B (130) either: page 3.
    assert texts("KeepTogether", NINE) == [
        [("HA", 10, 10, 20), ("D1", 10, 30, 20), ("D2", 10, 50, 20), ("D3", 10, 70, 20), ("FA", 10, 90, 20)],
        [("HB", 10, 10, 20), ("D4", 10, 30, 20), ("D5", 10, 50, 20), ("D6", 10, 70, 20), ("D7", 10, 90, 20),
         ("FB", 10, 110, 20)],
        [("HC", 10, 10, 20), ("D8", 10, 30, 20), ("D9", 10, 50, 20), ("FC", 10, 70, 20)],
    ]


def test_prevent_orphan_footer_takes_the_last_detail_along() -> None:
    # §3.11: the footer of A does not fit under D5: D5 moves to page 2 with it.
    assert texts("OrphanFooter", SIX) == [
        [("HA", 10, 10, 20), ("D1", 10, 30, 15), ("D2", 10, 60, 15), ("D3", 10, 90, 15), ("D4", 10, 120, 15)],
        [("D5", 10, 10, 15), ("FA", 10, 40, 20), ("HB", 10, 60, 20), ("D6", 10, 80, 15), ("FB", 10, 110, 20)],
    ]


def test_stack_at_bottom_pushes_the_footer_to_the_column_bottom() -> None:
    # §3.10: each footer ends at the bottom (190); the next group starts on a new page.
    pages = texts("StackAtBottom", NINE)
    assert len(pages) == 3
    assert [p[-1] for p in pages] == [("FA", 10, 170, 20), ("FB", 10, 170, 20), ("FC", 10, 170, 20)]
    assert pages[1][0] == ("HB", 10, 10, 20)


def test_element_group_bottom_follows_the_tallest_element_of_the_band() -> None:
    # §3.5 and §4.2: three lines of DejaVu Sans 12 are 41.90625 high: the field is 42
    # (rounded up); "P", ElementGroupBottom in the band, grows to 42 with it.  The band
    # keeps its 15 of space below the elements: 57 per record.
    pages = texts("GroupBottom", SIX)
    assert pages[0] == [("D1\nb\nc", 10, 10, 42), ("P", 110, 10, 42), ("D2\nb\nc", 10, 67, 42),
                        ("P", 110, 67, 42), ("D3\nb\nc", 10, 124, 42), ("P", 110, 124, 42)]
    assert len(pages) == 2 and pages[1][0] == ("D4\nb\nc", 10, 10, 42)


@pytest.mark.parametrize("name", ["KeepTogether", "OrphanFooter", "StackAtBottom", "GroupBottom", "HorizontalRows", "ColumnBreak"])
def test_templates_fill_without_warnings(name: str, caplog: pytest.LogCaptureFixture) -> None:
    texts(name, NINE)
    assert not [r for r in caplog.records if r.levelname in ("WARNING", "ERROR")]


def test_horizontal_print_order_fills_rows_and_group_bands_close_them() -> None:
    # §3.13: two columns of 100; records go left to right; a group footer or header
    # closes a half-filled row; the group header at the bottom stays there alone.
    assert texts("HorizontalRows", NINE) == [
        [("HA", 10, 10, 20), ("D1", 10, 30, 20), ("D2", 110, 30, 20), ("D3", 10, 50, 20), ("FA", 10, 70, 20),
         ("HB", 10, 90, 20), ("D4", 10, 110, 20), ("D5", 110, 110, 20), ("D6", 10, 130, 20), ("D7", 110, 130, 20),
         ("FB", 10, 150, 20), ("HC", 10, 170, 20)],
        [("D8", 10, 10, 20), ("D9", 110, 10, 20), ("FC", 10, 30, 20)],
    ]


def test_a_column_break_cuts_the_band_and_the_rest_starts_the_next_column() -> None:
    # §3.8: the band of record 2 prints what is above its break ("a", 10 high: too low
    # for a line of text, so empty) in column 1; the text below the break starts column 2
    # at its top (the space above it in the band is not repeated).
    assert texts("ColumnBreak", SIX) == [[
        ("D1", 10, 10, 20), ("", 10, 30, 10), ("D2", 80, 10, 20), ("D3", 80, 30, 20), ("D4", 80, 50, 20),
        ("D5", 80, 70, 20), ("D6", 80, 90, 20)]]
