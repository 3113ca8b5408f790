"""The measure() API: lines, offsets and inputs (the numbers themselves are checked against
JasperReports in test_oracle_cases / test_corpus)."""

from __future__ import annotations

from jrxmlpy.design.base import Paragraph
from jrxmlpy.design.base import TabStop as DesignTabStop
from jrxmlpy.design.enums import LineSpacing, TabStopAlignment
from jrxmlpy.fonts import ParagraphStyle, TabStop, TextMeasurer, measure, resolve_font


def test_single_line_values_of_a_print():
    # CsvDataSourceReport title: 22pt DejaVu Sans in 515 x 30
    lay = measure("Address Report", "DejaVu Sans", 22, width=515, height=30)
    assert (lay.text_height, lay.line_spacing_factor, lay.leading_offset) == (
        25.609375,
        1.1640625,
        -5.1884765625,
    )
    assert lay.fits and lay.text_offset == 14 and len(lay.lines) == 1


def test_lines_and_wraps():
    text = "The quick brown fox jumps over the lazy dog"
    lay = measure(text, "DejaVu Sans", 10, width=100)
    assert lay.line_texts == ["The quick brown ", "fox jumps over the ", "lazy dog"]
    assert [ln.wrapped for ln in lay.lines] == [True, True, False]
    assert lay.lines[0].baseline == lay.lines[0].ascent
    assert lay.lines[1].baseline > lay.lines[0].baseline
    assert lay.line_break_offsets == [16, 19]
    # trailing white space does not count in a line's width
    assert lay.lines[0].width == resolve_font("DejaVu Sans").at(10).string_width("The quick brown")


def test_newlines_make_paragraphs():
    lay = measure("a\n\nb\n", width=100)
    assert len(lay.lines) == 4  # "a", empty, "b", empty (trailing newline)
    assert [ln.start for ln in lay.lines] == [0, 1, 3, 4]
    assert lay.lines[1].end == lay.lines[1].start
    assert measure("", width=100).lines == []
    assert measure("", width=100).text_height == 0


def test_long_word_is_cut_at_characters():
    lay = measure("Pneumonoultramicroscopicsilicovolcanoconiosis", width=40)
    assert len(lay.lines) > 1
    assert "".join(lay.line_texts) == "Pneumonoultramicroscopicsilicovolcanoconiosis"


def test_truncation():
    text = "one two three four five six seven eight nine ten"
    lay = measure(text, width=60, height=25)
    assert not lay.fits and lay.truncated
    assert len(lay.lines) == 2
    assert lay.text_offset == lay.lines[-1].end
    lay = measure(text, width=60, height=25, truncate_suffix="...")
    assert lay.text_suffix == "..."


def test_paragraph_from_design_model():
    p = Paragraph(
        line_spacing=LineSpacing.DOUBLE,
        first_line_indent=10,
        tab_stops=[DesignTabStop(50, TabStopAlignment.RIGHT)],
    )
    ps = ParagraphStyle.of(p)
    assert ps.line_spacing == "Double"
    assert ps.first_line_indent == 10
    assert ps.tab_stops == (TabStop(50, "Right"),)
    assert ps.tab_stop_width == 40
    lay = measure("first line\nsecond", width=200, paragraph=p)
    single = measure("first line\nsecond", width=200)
    assert lay.text_height > single.text_height
    assert lay.line_spacing_factor == 0  # indents: JasperReports writes no factor


def test_measurer_reuse_and_stretch():
    tm = TextMeasurer(resolve_font("DejaVu Serif", bold=True), 12, 80, 20)
    a = tm.measure("a rather long text that needs several lines")
    assert not a.fits
    b = tm.measure("a rather long text that needs several lines", available_stretch_height=100)
    assert b.fits and b.text_height > a.text_height
