"""The fast path of plain bands (``fill/plainband.py``) gives the prints of the general
path: generated data filled with the fast path on and off exports the same ``.jrpxml``."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

import jrxmlpy
from jrxmlpy.fill import vertical
from jrxmlpy.fill.container import Container

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'


def _template(detail_height: int, page_height: int, blank_when_null: bool, extra: str = "", columns: int = 1,
              print_order: str = "Vertical") -> str:
    blank = ' isBlankWhenNull="true"' if blank_when_null else ""
    return f"""<jasperReport {NS} name="plain" pageWidth="{20 + 280 * columns}" pageHeight="{page_height}" columnWidth="260"
        columnCount="{columns}" columnSpacing="20" printOrder="{print_order}"
        leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
  <style name="Bold" fontName="DejaVu Sans" fontSize="9" isBold="true"/>
  <field name="n" class="java.lang.Integer"/>
  <field name="name" class="java.lang.String"/>
  <field name="city" class="java.lang.String"/>
  <field name="amount" class="java.lang.Double"/>
  <field name="big" class="java.lang.Long"/>
  <field name="any" class="java.lang.Object"/>
  <field name="letter" class="java.lang.Character"/>
  <group name="G">
    <groupExpression><![CDATA[$F{{n}} / 4]]></groupExpression>
    <groupHeader><band height="14"><textField><reportElement style="Bold" x="0" y="0" width="260" height="14"/>
      <textFieldExpression><![CDATA["Group " + ($F{{n}} / 4)]]></textFieldExpression></textField></band></groupHeader>
    <groupFooter><band height="13"><line><reportElement x="0" y="0" width="260" height="1"/></line>
      <textField><reportElement x="200" y="1" width="60" height="12"/><textElement textAlignment="Right"/>
      <textFieldExpression><![CDATA[$V{{G_COUNT}}]]></textFieldExpression></textField></band></groupFooter>
  </group>
  <detail><band height="{detail_height}">
    <rectangle><reportElement mode="Transparent" x="0" y="0" width="6" height="4"/></rectangle>
    <textField{blank}><reportElement x="0" y="4" width="30" height="12"/><textElement textAlignment="Right"/>
      <textFieldExpression><![CDATA[$F{{n}}]]></textFieldExpression></textField>
    <textField textAdjust="StretchHeight"{blank}><reportElement positionType="Float" x="32" y="4" width="90" height="12"/>
      <textFieldExpression><![CDATA[$F{{name}}]]></textFieldExpression></textField>
    <textField textAdjust="StretchHeight"{blank}><reportElement positionType="Float" x="124" y="4" width="80" height="12"/>
      <textFieldExpression><![CDATA[$F{{city}}]]></textFieldExpression></textField>
    <textField pattern="#,##0.00"{blank}><reportElement x="206" y="4" width="54" height="12"/>
      <textFieldExpression><![CDATA[$F{{amount}}]]></textFieldExpression></textField>
    <staticText><reportElement positionType="Float" x="0" y="16" width="20" height="10"/><text><![CDATA[x]]></text></staticText>
    <ellipse><reportElement positionType="Float" x="250" y="16" width="6" height="6"/></ellipse>
    <textField{blank}><reportElement x="22" y="16" width="60" height="10"/>
      <textFieldExpression><![CDATA[$F{{big}}]]></textFieldExpression></textField>
    <textField{blank}><reportElement x="84" y="16" width="60" height="10"/>
      <textFieldExpression><![CDATA[$F{{any}}]]></textFieldExpression></textField>
    <textField{blank}><reportElement x="146" y="16" width="20" height="10"/>
      <textFieldExpression><![CDATA[$F{{letter}}]]></textFieldExpression></textField>{extra}
  </band></detail>
  <summary><band height="14"><textField><reportElement x="0" y="0" width="260" height="14"/>
    <textFieldExpression><![CDATA["records " + $V{{REPORT_COUNT}}]]></textFieldExpression></textField></band></summary>
</jasperReport>"""


def _fill(template: str, data: list[dict], plain: bool) -> str:
    before = vertical.ReportFiller.plain_bands
    vertical.ReportFiller.plain_bands = plain
    try:
        document = jrxmlpy.compile(template).fill(data)
    finally:
        vertical.ReportFiller.plain_bands = before
    return document.export(format="jrpxml")


words = st.text(alphabet="abc xyzé\n\rÅ", max_size=40) | st.sampled_from(["Buenos Aires", "Océano", "", " ", "a "])
rows = st.lists(st.fixed_dictionaries({
    "name": st.none() | words,
    "city": st.none() | words,
    "amount": st.none() | st.floats(min_value=-1e6, max_value=1e6, allow_nan=False),
    # (an int of a Long field; an int, a string or a float of an Object field; a Character)
    "big": st.none() | st.integers(min_value=-2**63, max_value=2**63 - 1),
    "any": st.none() | st.integers(min_value=-2**40, max_value=2**40) | words | st.floats(allow_nan=False),
    "letter": st.none() | st.sampled_from(["a", "\r", "é"]),
}), max_size=30)


layouts = st.sampled_from([(1, "Vertical"), (2, "Vertical"), (2, "Horizontal")])


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=26, max_value=40), st.integers(min_value=120, max_value=300), st.booleans(), layouts,
       rows)
@example(30, 300, False, (1, "Vertical"), [  # (the limits of Integer, the inline formatting's cases)
    {"name": "a\r\nb", "city": "x\ry", "amount": 1.5, "big": 2**40, "any": any_value, "letter": letter}
    for any_value, letter in [(2**31 - 1, "a"), (2**31, "\r"), (-2**31, None), (-2**31 - 1, "é"), ("s\r", "a")]])
def test_plain_bands_print_as_the_general_path(detail_height, page_height, blank_when_null, layout, values):
    # (every row twice: the plain band's memos keep a text's layout from its second time on)
    data = [{"n": i, **row} for i, row in enumerate(values + values)]
    template = _template(detail_height, page_height, blank_when_null, columns=layout[0], print_order=layout[1])
    assert _fill(template, data, plain=True) == _fill(template, data, plain=False)


def test_plain_bands_take_the_fast_path(monkeypatch):
    """The column bands here are plain: every fill of them is laid out by the fast path,
    without the general Container.fill."""
    calls = []
    fill = Container.fill

    def spy(self, available, **options):
        calls.append(self)
        return fill(self, available, **options)

    monkeypatch.setattr(Container, "fill", spy)
    data = [{"n": i, "name": f"name {i}", "city": "Paris", "amount": i * 1.5} for i in range(10)]
    template = _template(26, 400, False)
    general = _fill(template, data, plain=False)
    general_calls = len(calls)
    calls.clear()
    assert _fill(template, data, plain=True) == general
    # the summary is not a column band: it is the only one filled by Container.fill
    assert (general_calls, len(calls)) == (10 + 3 + 3 + 1, 1)


def test_bands_that_are_not_plain(monkeypatch):
    """A printWhenExpression or a hyperlink on an element leaves its band to the general
    path (which prints the same)."""
    extras = [
        '<textField><reportElement x="0" y="0" width="5" height="4"><printWhenExpression><![CDATA[$F{n} % 2 == 0]]>'
        '</printWhenExpression></reportElement><textFieldExpression><![CDATA["p"]]></textFieldExpression></textField>',
        '<textField hyperlinkType="Reference"><reportElement x="0" y="0" width="5" height="4"/>'
        '<textFieldExpression><![CDATA["l"]]></textFieldExpression>'
        '<hyperlinkReferenceExpression><![CDATA["http://example.com/" + $F{n}]]></hyperlinkReferenceExpression></textField>',
    ]
    found = {}
    decide = vertical.plain_elements

    def spy(band):
        found[band.origin.band] = plain = decide(band)
        return plain

    monkeypatch.setattr(vertical, "plain_elements", spy)
    data = [{"n": i, "name": "n", "city": "c", "amount": 1.0} for i in range(5)]
    for extra in ["", *extras]:
        template = _template(26, 400, False, extra)
        assert _fill(template, data, plain=True) == _fill(template, data, plain=False)
        assert found == {"groupHeader": True, "groupFooter": True, "detail": not extra, "summary": True}
