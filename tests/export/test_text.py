"""The text exporters show (export/text.py): truncation and list items written out."""

from __future__ import annotations

from jrxmlpy.document import PrintText
from jrxmlpy.export.text import bullet_text, bulleted, displayed_text
from jrxmlpy.fonts.markup import parse_styled


def test_truncated_styled_text_is_cut_in_its_plain_text_and_the_suffix_always_added() -> None:
    el = PrintText(text='<style isBold="true">Hello</style> world', truncate_index=7, truncate_suffix="...")
    text, styled = displayed_text(el, "styled")
    assert text == "Hello w..."
    assert [(r.start, r.end, r.style.bold) for r in styled.runs] == [(0, 5, True), (5, 7, None), (7, 10, None)]
    # JasperReports appends a suffix even when the text was not cut
    assert displayed_text(PrintText(text="abc", truncate_suffix="…"), "none") == ("abc…", None)
    assert displayed_text(PrintText(text="<b>x", truncate_index=2), "none") == ("<b", None)


def test_list_items_get_new_lines_indents_and_bullets() -> None:
    styled = parse_styled("Fruits:<ul><li>apple</li><li>pear</li></ul>Sports:"
                          '<ol type="i" start="3"><li>golf</li><li>polo</li></ol>')
    assert bulleted(styled).text == ("Fruits:\n    \u2022 apple\n    \u2022 pear\nSports:"
                                     "\n    iii. golf\n    iv. polo")


def test_bullets_of_ordered_lists() -> None:
    styled = parse_styled('<ol type="A" start="26"><li>a</li><li>b</li></ol>')
    levels = [r.style.lists[-1] for r in styled.runs]
    assert [bullet_text(lv) for lv in levels] == ["Z.", "AA."]
