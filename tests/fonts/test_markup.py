"""Styled / HTML markup: parsing into runs, writing back as JasperReports prints it, and
list paragraphs in the measurement (expected values from the reference engine)."""

from jrxmlpy.fill.markup import list_blocks, run_fonts
from jrxmlpy.fonts import TextMeasurer, default_registry
from jrxmlpy.fonts.markup import ElementFont, parse_html, parse_styled, write_styled

PARENT = ElementFont("DejaVu Sans", 10.0)


def _rt(src: str) -> str:
    return write_styled(parse_styled(src), PARENT)


def test_styled_round_trip_normalises_colors_sizes_and_lists():
    assert _rt('a<li>x</li>b<ul><li>y<ol><li>z</li></ol></li></ul>') == (
        "a<ul><li>x</li></ul>b<ul><li>y<ol><li>z</li></ol></li></ul>")
    assert _rt('<font color="red" size="3">f</font><br/>x<sup>s</sup>') == (
        '<style size="3.0" forecolor="#FF0000">f</style>\nx<sup>s</sup>')
    assert _rt('<style backcolor="#0f0" forecolor="magenta">z</style>') == (
        '<style forecolor="#FF00FF" backcolor="#0000F0">z</style>')
    assert _rt('<ol type="a" start="3"><li>x</li><li></li><li>y</li></ol>') == (
        '<ol type="a" start="3"><li>x</li><li>y</li></ol>')
    assert _rt('<b>a<style isBold="false">x</style></b>') == (
        '<style isBold="true">a</style><style isBold="false">x</style>')
    assert _rt('<a href="u" target="Blank">k</a> &amp;') == '<a href="u" type="Reference" target="Blank">k</a> &amp;'


def test_invalid_styled_text_is_plain():
    st = parse_styled("a<br>b")
    assert st.text == "a<br>b" and not st.parsed
    assert write_styled(st, PARENT) == "a&lt;br&gt;b"


def test_html_collapses_white_space_and_maps_tags():
    st = parse_html('The dog:<li><font color="#FF00FF">T</font>he  quick</li><strong>B</strong><br>n')
    assert st.text == "The dog:The quickB\nn"
    assert write_styled(st, PARENT) == (
        'The dog:<ul><li><style forecolor="#FF00FF">T</style>he quick</li></ul><style isBold="true">B</style>\nn')


class _Attrs:
    font_name = "DejaVu Sans"
    font_size = 10.0
    bold = italic = False


def _measure(src: str, size: float = 10):
    st = parse_styled(src)
    tm = TextMeasurer(default_registry().resolve("DejaVu Sans"), size, 200, 1000)
    a = _Attrs()
    a.font_size = size
    return tm.measure(st.text, 0, False, list(run_fonts(st, a)), list(list_blocks(st) or ()) or None)


def test_list_items_are_paragraphs_indented_fifty_points_per_level():
    i = "i" * 200
    # plain: 71 'i' a line; one level: 53; two levels: 35 (oracle lineBreakOffsets)
    assert [ln.end - ln.start for ln in _measure(i).lines][:1] == [71]
    assert [ln.end - ln.start for ln in _measure(f"<ul><li>{i}</li></ul>").lines][:2] == [53, 53]
    lay = _measure(f"<ul><li>a<ul><li>{i}</li></ul></li></ul>")
    assert [ln.end - ln.start for ln in lay.lines][:3] == [1, 35, 35]
    assert [ln.end - ln.start for ln in _measure(f"<ul><li>{i}</li></ul>", 20).lines][:1] == [26]


def test_runs_with_several_sizes_sum_the_line_sizes():
    lay = _measure('<style size="16">1</style>\n<style size="24">2</style>\n<style size="32">3</style>\n'
                   '<style size="24">2</style>\n<style size="16">1</style>\n')
    assert lay.text_height == 142.015625
    assert lay.line_spacing_factor == 1.1640625


def test_newlines_next_to_list_items():
    # line counts of the reference engine: a newline ending a block (list item, text
    # before/after a list) adds no line unless it is the last character of the text; one
    # starting a block adds an empty line
    cases = {
        "a\n<ul><li>b</li></ul>": 2,
        "<ul><li>b\n</li></ul>c": 2,
        "<ul><li>b</li>\n<li>c</li></ul>": 3,
        "<ul><li>\nb</li></ul>": 2,
        "a<ul><li>b</li></ul>\nc": 4,
        "\n<ul><li>b</li></ul>": 2,
        "<ul><li>b</li></ul>\n": 2,
        "a\n\n<ul><li>b</li></ul>": 3,
        "<ul><li>b\n\n</li></ul>c": 3,
        "<ul><li>b</li><li></li><li>c</li></ul>": 2,
        "<ul><li>b<ul><li>c</li></ul>\n</li></ul>": 3,
    }
    for src, n in cases.items():
        assert len(_measure(src).lines) == n, src


def test_html_list_item_ends_at_the_next_item():
    st = parse_html("x<li>A</li><li>B<li>C</li>D</li>E")
    assert write_styled(st, PARENT) == "x<ul><li>A</li></ul><ul><li>B</li></ul><ul><li>C</li></ul>DE"


def test_html_paragraphs_start_new_lines() -> None:
    """<p> and <div> content is a paragraph of its own (checked with the reference engine:
    ParagraphsReport.2); an empty paragraph is an empty line; none at the start or end."""
    from jrxmlpy.fonts.markup import parse_html

    assert parse_html("Line 1<div>Line 2</div><div>Line 3</div>").text == "Line 1\nLine 2\nLine 3"
    assert parse_html("Empty paragraph below.<p></p>Empty paragraph above.").text == (
        "Empty paragraph below.\n\nEmpty paragraph above.")
    assert parse_html("<p>A</p>B").text == "A\nB"
    assert parse_html("<p><i>Italic</i></p>").text == "Italic"
