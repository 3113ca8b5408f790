"""Text elements with markup in whole fills: the print's text is the styled text written back
from the runs, the height follows the text without its tags, and delayed fields still print
once."""

from __future__ import annotations

import jrxmlpy
from jrxmlpy.document import PrintText

HEAD = ('<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="m" '
        'pageWidth="300" pageHeight="400" columnWidth="260" leftMargin="20" rightMargin="20" '
        'topMargin="20" bottomMargin="20" whenNoDataType="AllSectionsNoDetail">')


def _texts(body: str, **fill) -> list[list[PrintText]]:
    doc = jrxmlpy.compile(HEAD + body + "</jasperReport>").fill(**fill)
    return [[e for e in page.elements if isinstance(e, PrintText)] for page in doc.pages]


def test_styled_text_is_written_back_and_measured_without_tags():
    pages = _texts(
        '<title><band height="20"><textField textAdjust="StretchHeight">'
        '<reportElement x="0" y="0" width="200" height="12"/><textElement markup="styled"/>'
        '<textFieldExpression><![CDATA["a <font color=\\"red\\">b</font><li>c</li>"]]></textFieldExpression>'
        '</textField></band></title>')
    (t,) = pages[0]
    assert t.text == 'a <style forecolor="#FF0000">b</style><ul><li>c</li></ul>'
    # two lines: "a b" and the list item (10pt DejaVu Sans: 11.640625 a line)
    assert t.text_height == 23.28125
    assert t.height == 24


def test_delayed_styled_field_prints_once_per_page():
    pages = _texts(
        '<detail><band height="100"><textField evaluationTime="Page">'
        '<reportElement x="0" y="0" width="200" height="20"/><textElement markup="styled"/>'
        '<textFieldExpression><![CDATA["<b>Page</b> " + $V{PAGE_NUMBER}]]></textFieldExpression>'
        '</textField></band></detail>',
        data=[{}, {}, {}, {}, {}])
    assert [[t.text for t in p] for p in pages] == [
        ['<style isBold="true">Page</style> 1'] * 3, ['<style isBold="true">Page</style> 2'] * 2]


def test_delayed_field_does_not_print_again_when_its_band_continues():
    many = "\\n".join(["x"] * 40)
    pages = _texts(
        '<detail><band height="40"><textField evaluationTime="Page">'
        '<reportElement x="0" y="0" width="200" height="20"/>'
        '<textFieldExpression><![CDATA["Page " + $V{PAGE_NUMBER}]]></textFieldExpression></textField>'
        '<textField textAdjust="StretchHeight"><reportElement x="0" y="20" width="200" height="20"/>'
        f'<textFieldExpression><![CDATA["{many}"]]></textFieldExpression></textField>'
        '</band></detail>',
        data=[{}])
    assert [[t.text for t in p if t.text.startswith("Page")] for p in pages] == [["Page 1"], []]
