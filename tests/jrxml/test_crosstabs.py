"""Reading JRXML 6.x crosstabs into the design tree (``jrxml/crosstabs.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jrxmlpy.design.base import Color
from jrxmlpy.design.crosstabs import CrosstabElement
from jrxmlpy.design.elements import StaticText, TextField
from jrxmlpy.design.enums import (
    BucketOrder,
    Calculation,
    CrosstabColumnPosition,
    CrosstabHorizontalPosition,
    CrosstabPercentage,
    CrosstabRowPosition,
    CrosstabTotalPosition,
    Mode,
    ResetType,
    RunDirection,
)
from jrxmlpy.jrxml import load
from jrxmlpy.jrxml.reader import load_design
from jrxmlpy.jrxml.xmlsource import parse_xml

NS = "http://jasperreports.sourceforge.net/jasperreports"


def template(band: str, before: str = "") -> str:
    return (
        f'<jasperReport xmlns="{NS}" name="crosstabs" pageWidth="595" pageHeight="842" columnWidth="555">'
        f'{before}<summary><band height="300">{band}</band></summary></jasperReport>'
    )


def only(band: str, before: str = "") -> CrosstabElement:
    report = load(template(band, before))
    assert report.summary is not None
    (element,) = report.summary.elements
    assert isinstance(element, CrosstabElement)
    return element


def problems(band: str) -> list[str]:
    _, found = load_design(parse_xml(template(band)))
    return [p.message for p in found]


def text(x: int, y: int, value: str) -> str:
    return (
        f'<textField><reportElement x="{x}" y="{y}" width="50" height="20"/>'
        f"<textFieldExpression><![CDATA[{value}]]></textFieldExpression></textField>"
    )


FULL = f"""
<crosstab isRepeatColumnHeaders="false" columnBreakOffset="5" runDirection="RTL" ignoreWidth="true"
          horizontalPosition="Center">
  <reportElement x="0" y="10" width="555" height="60"/>
  <box><pen lineWidth="1.0"/></box>
  <crosstabParameter name="Rate" class="java.lang.Double">
    <parameterValueExpression>$P{{rate}}</parameterValueExpression>
  </crosstabParameter>
  <crosstabParameter name="Plain"/>
  <parametersMapExpression>$P{{REPORT_PARAMETERS_MAP}}</parametersMapExpression>
  <crosstabDataset isDataPreSorted="true">
    <dataset resetType="None"><datasetRun subDataset="orders"/></dataset>
  </crosstabDataset>
  <titleCell height="25" contentsPosition="Center">
    <cellContents mode="Opaque" backcolor="#EEEEEE">{text(0, 0, '"Title"')}</cellContents>
  </titleCell>
  <crosstabHeaderCell>
    <cellContents><staticText><reportElement x="1" y="2" width="60" height="20"/><text>Corner</text></staticText></cellContents>
  </crosstabHeaderCell>
  <rowGroup name="Country" width="70" totalPosition="End" headerPosition="Middle">
    <bucket class="java.lang.String" order="Descending">
      <bucketExpression><![CDATA[$F{{country}}]]></bucketExpression>
      <orderByExpression class="java.lang.Integer">$V{{CountMeasure}}</orderByExpression>
      <comparatorExpression>$P{{cmp}}</comparatorExpression>
    </bucket>
    <crosstabRowHeader><cellContents style="Header">{text(0, 0, "$V{Country}")}</cellContents></crosstabRowHeader>
    <crosstabTotalRowHeader><cellContents>{text(0, 0, '"Total"')}</cellContents></crosstabTotalRowHeader>
  </rowGroup>
  <rowGroup name="City" width="60">
    <bucket><bucketExpression class="java.lang.String">$F{{city}}</bucketExpression></bucket>
    <crosstabRowHeader><cellContents/></crosstabRowHeader>
  </rowGroup>
  <columnGroup name="Year" height="30" totalPosition="Start" headerPosition="Stretch" mergeHeaderCells="true">
    <bucket class="java.lang.Integer" order="None"><bucketExpression>$F{{year}}</bucketExpression></bucket>
    <crosstabHeader><cellContents>{text(0, 0, '"Years"')}</cellContents></crosstabHeader>
    <crosstabColumnHeader><cellContents>{text(0, 5, "$V{Year}")}</cellContents></crosstabColumnHeader>
    <crosstabTotalColumnHeader><cellContents/></crosstabTotalColumnHeader>
  </columnGroup>
  <measure name="CountMeasure" class="java.lang.Integer" calculation="Count">
    <measureExpression>$F{{id}}</measureExpression>
  </measure>
  <measure name="Share" class="java.math.BigDecimal" calculation="Sum" percentageOf="GrandTotal"
           incrementerFactoryClass="my.Factory">
    <measureExpression>$F{{freight}}</measureExpression>
  </measure>
  <crosstabCell width="50" height="20">
    <cellContents backcolor="#FFFFFF" mode="Transparent">
      <box><topPen lineWidth="0.5"/></box>
      {text(3, 4, "$V{CountMeasure}")}
    </cellContents>
  </crosstabCell>
  <crosstabCell height="20" rowTotalGroup="Country">
    <cellContents>{text(0, 0, "$V{CountMeasure}")}</cellContents>
  </crosstabCell>
  <crosstabCell width="50" columnTotalGroup="Year" rowTotalGroup="City"/>
  <whenNoDataCell><cellContents>{text(0, 0, '"No data"')}</cellContents></whenNoDataCell>
</crosstab>
"""


def test_crosstab_attributes_parameters_and_dataset():
    crosstab = only(FULL)
    assert (crosstab.x, crosstab.y, crosstab.width, crosstab.height) == (0, 10, 555, 60)
    assert crosstab.repeat_column_headers is False and crosstab.repeat_row_headers is True
    assert crosstab.column_break_offset == 5
    assert crosstab.run_direction is RunDirection.RTL
    assert crosstab.ignore_width is True
    assert crosstab.horizontal_position is CrosstabHorizontalPosition.CENTER
    assert crosstab.box.pen.line_width == 1.0
    assert [(p.name, p.value_class) for p in crosstab.parameters] == [
        ("Rate", "java.lang.Double"),
        ("Plain", "java.lang.String"),
    ]
    rate = crosstab.parameters[0].value_expression
    assert rate is not None and rate.text == "$P{rate}"
    assert crosstab.parameters[1].value_expression is None
    assert crosstab.parameters_map_expression is not None
    assert crosstab.dataset.data_pre_sorted is True
    assert crosstab.dataset.reset_type is ResetType.NONE
    assert crosstab.dataset.dataset_run is not None and crosstab.dataset.dataset_run.dataset_name == "orders"


def test_crosstab_title_and_header_cells():
    crosstab = only(FULL)
    title = crosstab.title_cell
    assert title is not None and title.height == 25
    assert title.contents_position is CrosstabColumnPosition.CENTER
    assert title.contents.mode is Mode.OPAQUE and title.contents.backcolor == Color(0xEE, 0xEE, 0xEE)
    assert header_texts(title.contents.elements) == ['"Title"']
    corner = crosstab.header_cell
    assert corner is not None
    (static,) = corner.elements
    assert isinstance(static, StaticText) and static.content == "Corner" and (static.x, static.y) == (1, 2)


def header_texts(elements) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.expression.text for e in elements if isinstance(e, TextField) and e.expression]


def test_crosstab_groups_and_buckets():
    crosstab = only(FULL)
    country, city = crosstab.row_groups
    assert (country.name, country.width) == ("Country", 70)
    assert country.total_position is CrosstabTotalPosition.END
    assert country.header_position is CrosstabRowPosition.MIDDLE
    assert country.bucket.order is BucketOrder.DESCENDING
    assert country.bucket.expression is not None and country.bucket.expression.text == "$F{country}"
    assert country.bucket.order_by_expression is not None
    assert country.bucket.order_by_expression.value_class == "java.lang.Integer"
    assert country.bucket.comparator_expression is not None
    assert country.header is not None and country.header.style == "Header"
    assert header_texts(country.header.elements) == ["$V{Country}"]
    assert country.total_header is not None and header_texts(country.total_header.elements) == ['"Total"']
    # defaults
    assert city.total_position is CrosstabTotalPosition.NONE
    assert city.header_position is CrosstabRowPosition.TOP
    assert city.bucket.order is BucketOrder.ASCENDING and city.bucket.value_class == "java.lang.String"
    assert city.total_header is None and city.header is not None and city.header.elements == []

    (year,) = crosstab.column_groups
    assert (year.name, year.height) == ("Year", 30)
    assert year.total_position is CrosstabTotalPosition.START
    assert year.header_position is CrosstabColumnPosition.STRETCH
    assert year.merge_header_cells is True
    assert year.bucket.value_class == "java.lang.Integer" and year.bucket.order is BucketOrder.NONE
    assert year.crosstab_header is not None and header_texts(year.crosstab_header.elements) == ['"Years"']
    assert year.header is not None
    (year_field,) = year.header.elements
    assert (year_field.x, year_field.y) == (0, 5)


def test_crosstab_measures_cells_and_no_data_cell():
    crosstab = only(FULL)
    count, share = crosstab.measures
    assert (count.name, count.value_class, count.calculation) == ("CountMeasure", "java.lang.Integer", Calculation.COUNT)
    assert count.percentage_of is CrosstabPercentage.NONE
    assert count.expression is not None and count.expression.text == "$F{id}"
    assert share.percentage_of is CrosstabPercentage.GRAND_TOTAL
    assert share.incrementer_factory_class == "my.Factory"

    data, row_total, corner_total = crosstab.cells
    assert (data.width, data.height, data.row_total_group, data.column_total_group) == (50, 20, None, None)
    assert data.contents is not None
    assert data.contents.mode is Mode.TRANSPARENT and data.contents.backcolor == Color(255, 255, 255)
    assert data.contents.box.top_pen.line_width == 0.5
    (value,) = data.contents.elements
    assert isinstance(value, TextField) and (value.x, value.y, value.width, value.height) == (3, 4, 50, 20)
    assert (row_total.width, row_total.height, row_total.row_total_group) == (None, 20, "Country")
    assert (corner_total.row_total_group, corner_total.column_total_group) == ("City", "Year")
    assert corner_total.contents is None

    assert crosstab.when_no_data_cell is not None
    assert header_texts(crosstab.when_no_data_cell.elements) == ['"No data"']


MINIMAL = """
<crosstab>
  <reportElement x="0" y="0" width="200" height="50"/>
  <rowGroup name="r" width="40"><bucket><bucketExpression>$F{a}</bucketExpression></bucket></rowGroup>
  <columnGroup name="c" height="20"><bucket><bucketExpression>$F{b}</bucketExpression></bucket></columnGroup>
  <measure name="m"><measureExpression>$F{v}</measureExpression></measure>
  <crosstabCell><cellContents/></crosstabCell>
</crosstab>
"""


def test_crosstab_defaults():
    crosstab = only(MINIMAL)
    assert crosstab.repeat_column_headers is True and crosstab.repeat_row_headers is True
    assert crosstab.column_break_offset == 10
    assert crosstab.run_direction is RunDirection.LTR
    assert crosstab.ignore_width is None and crosstab.horizontal_position is None
    assert crosstab.dataset.data_pre_sorted is False and crosstab.dataset.dataset_run is None
    assert crosstab.title_cell is None and crosstab.header_cell is None and crosstab.when_no_data_cell is None
    (measure,) = crosstab.measures
    assert measure.value_class is None and measure.calculation is Calculation.NOTHING
    (cell,) = crosstab.cells
    assert cell.width is None and cell.height is None and cell.contents is not None


def test_crosstab_problems():
    found = problems(
        """
<crosstab columnBreakOffset="x">
  <reportElement x="0" y="0" width="200" height="50"/>
  <rowGroup name="g"><bucket/></rowGroup>
  <columnGroup name="g" height="20" totalPosition="Middle"><bucket><bucketExpression>1</bucketExpression></bucket></columnGroup>
  <measure name="m" calculation="System"/>
  <crosstabCell rowTotalGroup="nope"/>
  <extra/>
</crosstab>"""
    )
    assert any("columnBreakOffset" in m for m in found)
    assert "attribute width is required" in found
    assert "<bucket> has no <bucketExpression>" in found
    assert any("totalPosition" in m and "Middle" in m for m in found)
    assert any("System" in m for m in found)
    assert any("more than one group or measure named 'g'" in m for m in found)
    assert any("rowTotalGroup 'nope'" in m for m in found)
    assert "<extra> is not expected in <crosstab>" in found


def test_crosstab_without_report_element():
    found = problems("<crosstab/>")
    assert found == ["<crosstab> has no <reportElement>"]


# --- the corpus -------------------------------------------------------------------------------------

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance").resolve()
CROSSTAB_TAG = re.compile(rb"<(\w+:)?crosstab\b")
CORPUS = sorted(
    path
    for corpus in (SHARED / "jr-6.21", SHARED / "wild")
    if corpus.is_dir()
    for path in corpus.rglob("*.jrxml")
    if CROSSTAB_TAG.search(path.read_bytes())
)


@pytest.mark.skipif(not CORPUS, reason="shared conformance corpus absent")
@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(SHARED)) for p in CORPUS])
def test_corpus_crosstabs_load_without_problems(path: Path):
    report, found = load_design(parse_xml(path))
    assert [str(p) for p in found] == []
    assert report.name
