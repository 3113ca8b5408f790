"""Invariants of the filler, checked on generated reports (hypothesis):

* page numbers run 1..N ("Page N" in the page footer of page N, "of N" resolved late) on
  every page that has its header and footer (a summary that does not fit goes alone on a
  last page without them, as JasperReports does);
* REPORT_COUNT at the end equals the number of records the filter lets through;
* no element of a detail or group band crosses the bottom margin: bands that do not fit
  move on (the page and column footers are placed inside the margins by construction);
* a document exported whole equals the same document exported in page ranges.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import jrxmlpy
from jrxmlpy.document import PrintText
from jrxmlpy.export.jrpxml import read_jrpxml

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'


def _template(detail_height: int, group_every: int, limit: int, page_height: int) -> str:
    return f"""<jasperReport {NS} name="props" pageWidth="300" pageHeight="{page_height}" columnWidth="260"
        leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
  <field name="n" class="java.lang.Integer"/>
  <field name="text" class="java.lang.String"/>
  <filterExpression><![CDATA[$F{{n}} % 7 != {limit % 7}]]></filterExpression>
  <group name="G">
    <groupExpression><![CDATA[$F{{n}} / {group_every}]]></groupExpression>
    <groupHeader><band height="14"><textField><reportElement x="0" y="0" width="260" height="14"/>
      <textFieldExpression><![CDATA["Group " + ($F{{n}} / {group_every})]]></textFieldExpression></textField></band></groupHeader>
    <groupFooter><band height="12"><textField><reportElement x="0" y="0" width="260" height="12"/>
      <textFieldExpression><![CDATA["count " + $V{{G_COUNT}}]]></textFieldExpression></textField></band></groupFooter>
  </group>
  <pageHeader><band height="16"><staticText><reportElement x="0" y="0" width="260" height="16"/>
    <text><![CDATA[Header]]></text></staticText></band></pageHeader>
  <detail><band height="{detail_height}"><textField textAdjust="StretchHeight"><reportElement x="0" y="0" width="120" height="{detail_height}"/>
    <textFieldExpression><![CDATA[$F{{n}} + " " + $F{{text}}]]></textFieldExpression></textField></band></detail>
  <pageFooter><band height="14">
    <textField><reportElement x="0" y="0" width="130" height="14"/>
      <textFieldExpression><![CDATA["Page " + $V{{PAGE_NUMBER}}]]></textFieldExpression></textField>
    <textField evaluationTime="Report"><reportElement x="130" y="0" width="130" height="14"/>
      <textFieldExpression><![CDATA["of " + $V{{PAGE_NUMBER}}]]></textFieldExpression></textField>
  </band></pageFooter>
  <summary><band height="14"><textField><reportElement x="0" y="0" width="260" height="14"/>
    <textFieldExpression><![CDATA["records " + $V{{REPORT_COUNT}}]]></textFieldExpression></textField></band></summary>
</jasperReport>"""


reports = st.tuples(
    st.integers(min_value=10, max_value=40),  # detail band height
    st.integers(min_value=1, max_value=9),  # records per group
    st.integers(min_value=0, max_value=6),  # which n % 7 the filter drops
    st.integers(min_value=200, max_value=420),  # page height
)
records = st.lists(st.text(alphabet="abc xyz", max_size=60), min_size=0, max_size=40)


def _fill(shape: tuple[int, int, int, int], texts: list[str]):
    report = jrxmlpy.compile(_template(*shape))
    data = [{"n": i, "text": t} for i, t in enumerate(texts)]
    return report.fill(data), data


def _texts(page) -> list[str]:
    return [e.text or "" for e, _, _ in page.walk() if isinstance(e, PrintText)]


@settings(max_examples=40, deadline=None)
@given(reports, records)
def test_page_numbers_run_from_one_to_n(shape, texts):
    document, _ = _fill(shape, texts)
    total = len(document.pages)
    for number, page in enumerate(document.pages, 1):
        page_texts = _texts(page)
        if "Header" not in [e.text for e, _, _ in page.walk() if isinstance(e, PrintText)]:
            assert number == total and page_texts == [t for t in page_texts if t.startswith("records ")]
            continue
        assert f"Page {number}" in page_texts
        assert f"of {total}" in page_texts


@settings(max_examples=40, deadline=None)
@given(reports, records)
def test_report_count_is_the_number_of_filtered_records(shape, texts):
    document, data = _fill(shape, texts)
    kept = sum(1 for record in data if record["n"] % 7 != shape[2] % 7)
    if kept == 0:
        assert document.pages == []  # whenNoDataType NoPages
        return
    summary = [t for page in document.pages for t in _texts(page) if t.startswith("records ")]
    assert summary == [f"records {kept}"]


@settings(max_examples=40, deadline=None)
@given(reports, records)
def test_no_band_content_crosses_the_bottom_margin(shape, texts):
    document, _ = _fill(shape, texts)
    bottom = document.page_height - (document.bottom_margin or 0)
    for page in document.pages:
        for element, _ox, oy in page.walk():
            assert oy + element.y + element.height <= bottom


@settings(max_examples=15, deadline=None)
@given(reports, records)
def test_page_ranges_join_to_the_whole(shape, texts):
    document, _ = _fill(shape, texts)
    count = len(document.pages)
    if count < 2:
        return
    whole = read_jrpxml(document.export(format="jrpxml"))
    first = read_jrpxml(document.export(format="jrpxml", pages=f"1-{count // 2}"))
    rest = read_jrpxml(document.export(format="jrpxml", pages=f"{count // 2 + 1}-{count}"))
    assert whole.pages == first.pages + rest.pages
