"""A text field with a late evaluation time (Page, Report, Group...)."""

from __future__ import annotations

import jrxmlpy
from jrxmlpy.document import PrintText

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'


def _texts(page) -> list[str]:
    return [e.text for e in page.elements if isinstance(e, PrintText)]


def test_a_late_text_in_a_band_that_continues_prints_once() -> None:
    """A text field evaluated at page end, beside a text that stretches the band onto the
    next page, prints in the first part only (its late value is not the element's text)."""
    template = f"""<jasperReport {NS} name="late" pageWidth="200" pageHeight="100" columnWidth="200"
        leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <field name="n" class="java.lang.Integer"/>
  <detail><band height="20">
    <textField textAdjust="StretchHeight"><reportElement x="0" y="0" width="100" height="20"/>
      <textFieldExpression><![CDATA["a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni"]]></textFieldExpression></textField>
    <textField evaluationTime="Page"><reportElement x="100" y="0" width="100" height="20"/>
      <textFieldExpression><![CDATA["page " + $V{{PAGE_NUMBER}}]]></textFieldExpression></textField>
  </band></detail>
</jasperReport>"""
    document = jrxmlpy.compile(template).fill([{"n": 1}])
    assert len(document.pages) == 2
    assert [t for t in _texts(document.pages[0]) if t.startswith("page")] == ["page 1"]
    assert [t for t in _texts(document.pages[1]) if t.startswith("page")] == []


def test_group_and_report_totals_over_many_pages() -> None:
    """Texts waiting for their group's end and for the report's end on every page ("Page X
    of Y" with group counts in the headers): each gets its own group's count and the page
    total, wherever its page is when the group ends."""
    template = f"""<jasperReport {NS} name="totals" pageWidth="200" pageHeight="120" columnWidth="200"
        leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <field name="n" class="java.lang.Integer"/>
  <group name="G"><groupExpression><![CDATA[$F{{n}} / 7]]></groupExpression>
    <groupHeader><band height="12"><textField evaluationTime="Group" evaluationGroup="G">
      <reportElement x="0" y="0" width="100" height="12"/>
      <textFieldExpression><![CDATA["count " + $V{{G_COUNT}}]]></textFieldExpression></textField></band></groupHeader></group>
  <detail><band height="12"><textField><reportElement x="0" y="0" width="100" height="12"/>
    <textFieldExpression><![CDATA["n " + $F{{n}}]]></textFieldExpression></textField></band></detail>
  <pageFooter><band height="12"><textField evaluationTime="Report"><reportElement x="0" y="0" width="100" height="12"/>
    <textFieldExpression><![CDATA["of " + $V{{PAGE_NUMBER}}]]></textFieldExpression></textField></band></pageFooter>
</jasperReport>"""
    document = jrxmlpy.compile(template).fill([{"n": i} for i in range(60)])
    texts = [t for page in document.pages for t in _texts(page)]
    pages = len(document.pages)
    assert pages > 4  # (groups of 7 records run over page ends)
    assert texts.count(f"of {pages}") == pages
    assert [t for t in texts if t.startswith("count")] == ["count 7"] * 8 + ["count 4"]
    assert [t for t in texts if t.startswith("n ")] == [f"n {i}" for i in range(60)]
