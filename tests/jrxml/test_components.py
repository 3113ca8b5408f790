"""Reading JRXML 6.x component elements into the design tree (``jrxml/components.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jrxmlpy.design.base import Color
from jrxmlpy.design.components import (
    EAN128,
    PDF417,
    Barbecue,
    Code128,
    ComponentExpression,
    CustomVisualization,
    DataMatrix,
    GenericComponent,
    HtmlComponent,
    IconLabel,
    ListComponent,
    MapComponent,
    MarkerData,
    QRCode,
    RoyalMailCustomer,
    Sort,
    SpiderChart,
    Table,
    TableColumn,
    TableColumnGroup,
)
from jrxmlpy.design.elements import ComponentElement, StaticText, TextField
from jrxmlpy.design.enums import (
    BarbecueType,
    BarcodeOrientation,
    BarcodeTextPosition,
    ChecksumMode,
    ContainerFill,
    DataMatrixShape,
    EvaluationTime,
    HorizontalImageAlign,
    IconPosition,
    MapImageType,
    MapType,
    OnErrorType,
    PrintOrder,
    QrErrorCorrectionLevel,
    Rotation,
    ScaleImage,
    SortFieldType,
    SpiderRotation,
    SplitType,
    TableWhenNoData,
    VerticalImageAlign,
)
from jrxmlpy.jrxml import load
from jrxmlpy.jrxml.reader import load_design
from jrxmlpy.jrxml.xmlsource import parse_xml

NS = "http://jasperreports.sourceforge.net/jasperreports"
C = "http://jasperreports.sourceforge.net/jasperreports/components"
XSI = "http://www.w3.org/2001/XMLSchema-instance"


def template(band: str, before: str = "") -> str:
    return (
        f'<jasperReport xmlns="{NS}" xmlns:xsi="{XSI}" name="components" pageWidth="595" '
        f'pageHeight="842" columnWidth="555">{before}'
        f'<detail><band height="300">{band}</band></detail></jasperReport>'
    )


def element(component: str, before: str = "") -> ComponentElement:
    report = load(template(
        f'<componentElement><reportElement x="5" y="6" width="200" height="100"/>{component}</componentElement>',
        before,
    ))
    (band,) = report.detail
    (found,) = band.elements
    assert isinstance(found, ComponentElement)
    assert (found.x, found.y, found.width, found.height) == (5, 6, 200, 100)
    return found


def problems(component: str) -> list[str]:
    xml = template(f'<componentElement><reportElement x="0" y="0" width="10" height="10"/>{component}</componentElement>')
    _, found = load_design(parse_xml(xml))
    return [p.message for p in found]


def text(x: int, y: int, value: str) -> str:
    return (
        f'<textField><reportElement x="{x}" y="{y}" width="50" height="20"/>'
        f"<textFieldExpression><![CDATA[{value}]]></textFieldExpression></textField>"
    )


SUB = '<subDataset name="rows"><field name="a"/></subDataset>'

TABLE = f"""
<jr:table xmlns:jr="{C}" xsi:schemaLocation="{C} http://jasperreports.sourceforge.net/xsd/components.xsd"
          whenNoDataType="AllSectionsNoDetail">
  <datasetRun subDataset="rows"><dataSourceExpression>$P{{ds}}</dataSourceExpression></datasetRun>
  <jr:columnGroup width="180" uuid="g-1">
    <jr:tableHeader height="30" rowSpan="1" style="TH">{text(0, 0, '"Both"')}</jr:tableHeader>
    <jr:column width="90" uuid="c-1">
      <property name="com.jaspersoft.studio.unit.width" value="px"/>
      <printWhenExpression>$P{{show}}</printWhenExpression>
      <jr:groupHeader groupName="grp"><jr:cell height="15">{text(1, 1, "$F{a}")}</jr:cell></jr:groupHeader>
      <jr:columnHeader height="20" rowSpan="2"><box><pen lineWidth="0.5"/></box>
        <staticText><reportElement x="0" y="0" width="90" height="20"/><text>A</text></staticText></jr:columnHeader>
      <jr:detailCell height="25" style="TD">{text(2, 3, "$F{a}")}</jr:detailCell>
    </jr:column>
    <jr:column width="90">
      <jr:detailCell height="25"/>
    </jr:column>
  </jr:columnGroup>
  <jr:column width="60">
    <jr:tableFooter height="10"/>
    <jr:groupFooter groupName="grp"><jr:cell height="12"/></jr:groupFooter>
    <jr:columnFooter height="11"/>
    <jr:detailCell height="25"/>
  </jr:column>
  <jr:tableHeader splitType="Prevent"><printWhenExpression>true</printWhenExpression></jr:tableHeader>
  <jr:groupHeader groupName="grp"><jr:row splitType="Immediate"/></jr:groupHeader>
  <jr:detail splitType="Stretch"/>
  <jr:noData height="40">{text(0, 0, '"none"')}</jr:noData>
</jr:table>
"""


def test_table_columns_and_cells():
    table = element(TABLE, SUB).component
    assert isinstance(table, Table)
    assert table.when_no_data_type is TableWhenNoData.ALL_SECTIONS_NO_DETAIL
    assert table.dataset_run is not None and table.dataset_run.dataset_name == "rows"
    group, last = table.columns
    assert isinstance(group, TableColumnGroup) and isinstance(last, TableColumn)
    assert (group.width, group.uuid) == (180, "g-1")
    assert group.table_header is not None
    assert (group.table_header.height, group.table_header.row_span, group.table_header.style) == (30, 1, "TH")
    first, second = group.columns
    assert isinstance(first, TableColumn) and isinstance(second, TableColumn)
    assert first.properties == {"com.jaspersoft.studio.unit.width": "px"}
    assert first.print_when_expression is not None and first.print_when_expression.text == "$P{show}"
    (grp,) = first.group_headers
    assert grp.group_name == "grp" and grp.cell is not None and grp.cell.height == 15
    assert first.column_header is not None and first.column_header.row_span == 2
    assert first.column_header.box.pen.line_width == 0.5
    (label,) = first.column_header.elements
    assert isinstance(label, StaticText) and label.content == "A"
    assert first.detail_cell is not None and first.detail_cell.style == "TD"
    (value,) = first.detail_cell.elements
    assert isinstance(value, TextField) and (value.x, value.y) == (2, 3)
    assert second.uuid is None and second.detail_cell is not None and second.detail_cell.elements == []
    assert last.table_footer is not None and last.table_footer.height == 10
    assert last.group_footers[0].cell is not None and last.group_footers[0].cell.height == 12
    assert last.column_footer is not None and last.column_footer.height == 11


def test_table_rows_and_no_data_cell():
    table = element(TABLE, SUB).component
    assert isinstance(table, Table)
    assert table.table_header is not None and table.table_header.split_type is SplitType.PREVENT
    assert table.table_header.print_when_expression is not None
    assert table.group_headers[0].group_name == "grp"
    assert table.group_headers[0].row.split_type is SplitType.IMMEDIATE
    assert table.detail is not None and table.detail.split_type is SplitType.STRETCH
    assert table.column_header is None
    assert table.no_data is not None and table.no_data.height == 40 and table.no_data.row_span is None
    assert len(table.no_data.elements) == 1


def test_list_component():
    component = element(
        f"""<c:list xmlns:c="{C}" printOrder="Horizontal" ignoreWidth="true">
  <datasetRun subDataset="rows"/>
  <c:listContents height="40" width="100">{text(0, 0, "$F{a}")}{text(50, 10, "$F{a}")}</c:listContents>
</c:list>""",
        SUB,
    ).component
    assert isinstance(component, ListComponent)
    assert component.print_order is PrintOrder.HORIZONTAL and component.ignore_width is True
    assert component.dataset_run is not None and component.dataset_run.dataset_name == "rows"
    assert (component.contents.height, component.contents.width) == (40, 100)
    assert [(e.x, e.y) for e in component.contents.elements] == [(0, 0), (50, 10)]


def test_list_defaults():
    component = element(
        f'<c:list xmlns:c="{C}"><datasetRun subDataset="rows"/><c:listContents height="10"/></c:list>', SUB
    ).component
    assert isinstance(component, ListComponent)
    assert component.print_order is PrintOrder.VERTICAL and component.ignore_width is None
    assert component.contents.width is None


def test_barcode4j_barcodes():
    code128 = element(
        f"""<c:Code128 xmlns:c="{C}" moduleWidth="1.5" orientation="90" textPosition="top" quietZone="2"
        evaluationTime="Report"><c:codeExpression>$F{{code}}</c:codeExpression>
        <c:patternExpression>"#"</c:patternExpression></c:Code128>"""
    ).component
    assert isinstance(code128, Code128)
    assert code128.code_expression is not None and code128.code_expression.text == "$F{code}"
    assert code128.pattern_expression is not None
    assert code128.module_width == 1.5 and code128.quiet_zone == 2 and code128.vertical_quiet_zone is None
    assert code128.orientation is BarcodeOrientation.LEFT
    assert code128.text_position is BarcodeTextPosition.TOP
    assert code128.evaluation_time is EvaluationTime.REPORT

    ean = element(
        f"""<c:EAN128 xmlns:c="{C}" checksumMode="check"><c:codeExpression>"0101"</c:codeExpression>
        <c:templateExpression>"(01)n13+cd"</c:templateExpression></c:EAN128>"""
    ).component
    assert isinstance(ean, EAN128) and isinstance(ean, Code128)
    assert ean.checksum_mode is ChecksumMode.CHECK
    assert ean.template_expression is not None

    matrix = element(
        f"""<c:DataMatrix xmlns:c="{C}" shape="force-square" minSymbolWidth="10">
        <c:codeExpression>"x"</c:codeExpression></c:DataMatrix>"""
    ).component
    assert isinstance(matrix, DataMatrix)
    assert matrix.shape is DataMatrixShape.FORCE_SQUARE and matrix.min_symbol_width == 10

    pdf = element(
        f"""<c:PDF417 xmlns:c="{C}" minColumns="2" errorCorrectionLevel="3" widthToHeightRatio="2.5">
        <c:codeExpression>"x"</c:codeExpression></c:PDF417>"""
    ).component
    assert isinstance(pdf, PDF417)
    assert (pdf.min_columns, pdf.error_correction_level, pdf.width_to_height_ratio) == (2, 3, 2.5)

    royal = element(
        f"""<c:RoyalMailCustomer xmlns:c="{C}" ascenderHeight="1.2" trackHeight="0.8" intercharGapWidth="0.5">
        <c:codeExpression>"x"</c:codeExpression></c:RoyalMailCustomer>"""
    ).component
    assert isinstance(royal, RoyalMailCustomer)
    assert (royal.ascender_height, royal.track_height, royal.interchar_gap_width) == (1.2, 0.8, 0.5)

    qr = element(
        f"""<jr:QRCode xmlns:jr="{C}" margin="0" errorCorrectionLevel="H" qrVersion="4">
        <jr:codeExpression>"hello"</jr:codeExpression></jr:QRCode>"""
    ).component
    assert isinstance(qr, QRCode)
    assert (qr.margin, qr.error_correction_level, qr.qr_version) == (0, QrErrorCorrectionLevel.H, 4)
    assert not hasattr(qr, "module_width")


def test_barbecue():
    component = element(
        f"""<c:barbecue xmlns:c="{C}" type="Code39 (Extended)" drawText="true" barWidth="2" barHeight="30"
        rotation="Left"><c:codeExpression>"123"</c:codeExpression>
        <c:applicationIdentifierExpression>"01"</c:applicationIdentifierExpression></c:barbecue>"""
    ).component
    assert isinstance(component, Barbecue)
    assert component.barcode_type is BarbecueType.CODE39_EXTENDED
    assert component.draw_text is True and component.checksum_required is False
    assert (component.bar_width, component.bar_height, component.rotation) == (2, 30, Rotation.LEFT)
    assert component.code_expression is not None and component.code_expression.text == '"123"'
    assert component.application_identifier_expression is not None


ICON = text(0, 0, '"\\uf0c0"')


def test_icon_label():
    component = element(
        f"""<c:iconLabel xmlns:c="{C}" iconPosition="End" labelFill="Both" horizontalAlignment="Center"
        verticalAlignment="Bottom"><box padding="3"/>
        <c:label>{text(0, 0, '"Label"')}</c:label>
        <c:icon>{ICON}</c:icon></c:iconLabel>"""
    ).component
    assert isinstance(component, IconLabel)
    assert component.icon_position is IconPosition.END and component.label_fill is ContainerFill.BOTH
    assert component.horizontal_alignment is HorizontalImageAlign.CENTER
    assert component.vertical_alignment is VerticalImageAlign.BOTTOM
    assert component.box.padding == 3
    assert component.label is not None and component.label.expression is not None
    assert component.label.expression.text == '"Label"'
    assert component.icon is not None


def test_sort():
    component = element(
        f"""<c:sort xmlns:c="{C}" evaluationTime="Report"><c:symbol sortFieldName="name" sortFieldType="Variable"
        handlerColor="#FF0000" handlerVerticalAlign="Middle" handlerHorizontalAlign="Right"><font size="9"/></c:symbol></c:sort>"""
    ).component
    assert isinstance(component, Sort)
    assert component.sort_field_name == "name" and component.sort_field_type is SortFieldType.VARIABLE
    assert component.handler_color == Color(255, 0, 0)
    assert component.handler_vertical_align is VerticalImageAlign.MIDDLE
    assert component.handler_horizontal_align is HorizontalImageAlign.RIGHT
    assert component.symbol_font is not None and component.symbol_font.size == 9


def test_map_with_markers_paths_and_old_marker_dataset():
    component = element(
        f"""<c:map xmlns:c="{C}" mapType="hybrid" mapScale="2" imageType="jpg" onErrorType="Icon"
        markerClustering="true" evaluationTime="Report">
  <c:latitudeExpression>37.8f</c:latitudeExpression>
  <c:longitudeExpression>-122.4f</c:longitudeExpression>
  <c:zoomExpression>8</c:zoomExpression>
  <c:markerDataset><datasetRun subDataset="rows"/>
    <c:marker><c:markerProperty name="title" value="Old"/></c:marker></c:markerDataset>
  <c:legendItem><c:itemProperty name="label" value="Legend"/></c:legendItem>
  <c:markerData>
    <dataset><datasetRun subDataset="rows"/></dataset>
    <c:item>
      <c:itemProperty name="latitude"><valueExpression>$F{{lat}}</valueExpression></c:itemProperty>
      <c:itemProperty name="color" value="red"/>
    </c:item>
    <c:seriesNameExpression>"s"</c:seriesNameExpression>
  </c:markerData>
  <c:pathStyle><c:item><c:itemProperty name="name" value="p"/></c:item></c:pathStyle>
  <c:pathData><c:item><c:itemProperty name="name" value="p"/></c:item></c:pathData>
</c:map>""",
        SUB,
    ).component
    assert isinstance(component, MapComponent)
    assert component.map_type is MapType.HYBRID and component.map_scale == 2
    assert component.image_type is MapImageType.JPG and component.on_error_type is OnErrorType.ICON
    assert component.marker_clustering is True and component.marker_spidering is False
    assert component.latitude_expression is not None and component.latitude_expression.text == "37.8f"
    assert component.address_expression is None
    old, new = component.markers
    assert old.dataset is not None and old.dataset.dataset_run is not None
    assert [p.value for p in old.items[0].properties] == ["Old"]
    assert isinstance(new, MarkerData)
    assert new.series_name_expression is not None
    (item,) = new.items
    lat, color = item.properties
    assert lat.name == "latitude" and lat.value_expression is not None and lat.value_expression.text == "$F{lat}"
    assert color.value == "red" and color.value_expression is None
    assert component.legend_item is not None and component.legend_item.properties[0].value == "Legend"
    assert len(component.path_styles) == 1 and len(component.paths) == 1


def test_map_defaults():
    component = element(f'<c:map xmlns:c="{C}"/>').component
    assert isinstance(component, MapComponent)
    assert component.map_type is MapType.ROADMAP and component.image_type is MapImageType.PNG
    assert component.on_error_type is OnErrorType.ERROR and component.map_scale is None


def test_html_component():
    component = element(
        """<hc:html xmlns:hc="http://jasperreports.sourceforge.net/htmlcomponent" scaleType="RetainShape"
        horizontalAlign="Center" verticalAlign="Middle" clipOnOverflow="true">
        <hc:htmlContentExpression>"&lt;b&gt;x&lt;/b&gt;"</hc:htmlContentExpression></hc:html>"""
    ).component
    assert isinstance(component, HtmlComponent)
    assert component.scale_type is ScaleImage.RETAIN_SHAPE
    assert component.horizontal_alignment is HorizontalImageAlign.CENTER
    assert component.clip_on_overflow is True
    assert component.html_content_expression is not None
    assert component.html_content_expression.text == '"<b>x</b>"'


def test_spider_chart():
    component = element(
        f"""<sc:spiderChart xmlns:sc="{C}" evaluationTime="Report">
  <sc:chartSettings isShowLegend="true" backcolor="#FFFFFF">
    <chartTitle position="Left"><titleExpression>"Radar"</titleExpression></chartTitle>
    <chartLegend textColor="#000000"/>
  </sc:chartSettings>
  <sc:spiderDataset>
    <dataset resetType="Report"/>
    <categorySeries><seriesExpression>"s"</seriesExpression><categoryExpression>$F{{c}}</categoryExpression>
      <valueExpression>$F{{v}}</valueExpression></categorySeries>
  </sc:spiderDataset>
  <sc:spiderPlot rotation="Anticlockwise" isWebFilled="false" startAngle="90" labelColor="#333333">
    <labelFont><font size="8"/></labelFont>
    <sc:maxValueExpression>100</sc:maxValueExpression>
  </sc:spiderPlot>
</sc:spiderChart>"""
    ).component
    assert isinstance(component, SpiderChart)
    assert component.evaluation_time is EvaluationTime.REPORT
    assert component.settings.show_legend is True and component.settings.backcolor == Color(255, 255, 255)
    assert component.settings.title.expression is not None
    assert component.settings.title.expression.text == '"Radar"'
    (series,) = component.dataset.series
    assert series.category_expression is not None and series.category_expression.text == "$F{c}"
    assert component.plot.rotation is SpiderRotation.ANTICLOCKWISE and component.plot.web_filled is False
    assert component.plot.start_angle == 90
    assert component.plot.label_font is not None and component.plot.label_font.size == 8
    assert component.plot.max_value_expression is not None


def test_custom_visualization():
    component = element(
        """<cvc:customvisualization xmlns:cvc="http://www.jaspersoft.com/cvcomponent" evaluationTime="Report"
        processingClass="com.jaspersoft.jasperreports.customvisualization.CVProcessor" onErrorType="Blank">
  <cvc:itemProperty name="script" value="chart.js"/>
  <cvc:itemProperty name="width"><valueExpression>200</valueExpression></cvc:itemProperty>
  <cvc:cvData><cvc:item><cvc:itemProperty name="v"><valueExpression>$F{x}</valueExpression></cvc:itemProperty></cvc:item></cvc:cvData>
</cvc:customvisualization>"""
    ).component
    assert isinstance(component, CustomVisualization)
    assert component.processing_class is not None and component.processing_class.endswith("CVProcessor")
    assert component.on_error_type is OnErrorType.BLANK
    assert [p.name for p in component.item_properties] == ["script", "width"]
    (data,) = component.datasets
    assert data.dataset is None and data.items[0].properties[0].name == "v"


def test_unknown_components_load_generically():
    component = element(
        """<wmp:wmsmap xmlns:wmp="http://www.fit.vutbr.cz/wms" xsi:schemaLocation="x y"
        wmsServiceUrl="http://maps" srs="EPSG:4326">
  <wmp:bboxExpression>"0,0,1,1"</wmp:bboxExpression>
  <wmp:layers><wmp:layersExpression>$P{l}</wmp:layersExpression></wmp:layers>
  <wmp:emptyExpression>  </wmp:emptyExpression>
</wmp:wmsmap>"""
    ).component
    assert isinstance(component, GenericComponent)
    assert component.namespace == "http://www.fit.vutbr.cz/wms" and component.name == "wmsmap"
    assert component.attributes == {"wmsServiceUrl": "http://maps", "srs": "EPSG:4326"}
    assert [(e.path, e.expression.text) for e in component.expressions] == [
        ("bboxExpression", '"0,0,1,1"'),
        ("layers/layersExpression", "$P{l}"),
    ]
    assert isinstance(component.expressions[0], ComponentExpression)
    # a known tag in another namespace is not the known component
    other = element('<x:table xmlns:x="urn:other"/>').component
    assert isinstance(other, GenericComponent) and other.name == "table"


def test_component_problems():
    found = problems(f'<c:Code128 xmlns:c="{C}" orientation="sideways" textPosition="left"/>')
    assert "<Code128> has no <codeExpression>" in found
    assert any("orientation" in m and "sideways" in m for m in found)
    assert any("textPosition" in m for m in found)

    found = problems(f'<c:barbecue xmlns:c="{C}" type="Code999"><c:codeExpression>1</c:codeExpression></c:barbecue>')
    assert any("Code999" in m for m in found)

    found = problems(f'<c:table xmlns:c="{C}"><c:column width="10"/><c:bogus/></c:table>')
    assert "<table> has no <datasetRun>" in found
    assert "<column> has no <detailCell>" in found
    assert "<bogus> is not expected in <table>" in found

    found = problems(f'<c:map xmlns:c="{C}" mapScale="3" evaluationTime="Group"/>')
    assert any("mapScale" in m for m in found)
    assert any("evaluationGroup" in m for m in found)

    found = problems("")
    assert found == ["<componentElement> holds no component"]

    found = problems("<table/>")  # the JasperReports namespace holds no components
    assert found == ["<table> is not a component (components have a namespace of their own)"]

    found = problems(f'<c:sort xmlns:c="{C}"/><c:sort xmlns:c="{C}"/>')
    assert found == ["a <componentElement> holds one component only"]


# --- the corpus -------------------------------------------------------------------------------------

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance").resolve()
COMPONENT_TAG = re.compile(rb"<(\w+:)?componentElement\b")
CORPUS = sorted(
    path
    for corpus in (SHARED / "jr-6.21", SHARED / "wild")
    if corpus.is_dir()
    for path in corpus.rglob("*.jrxml")
    if COMPONENT_TAG.search(path.read_bytes())
)


@pytest.mark.skipif(not CORPUS, reason="shared conformance corpus absent")
@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(SHARED)) for p in CORPUS])
def test_corpus_components_load_without_problems(path: Path):
    report, found = load_design(parse_xml(path))
    assert [str(p) for p in found] == []
    assert report.name
