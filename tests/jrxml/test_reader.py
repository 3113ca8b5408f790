"""The JRXML 6.x reader: small templates, structural assertions."""

from __future__ import annotations

import pytest

from jrxmlpy.design.base import Color, Expression
from jrxmlpy.design.elements import (
    Break,
    Chart,
    ComponentElement,
    Crosstab,
    ElementGroup,
    Ellipse,
    Frame,
    GenericElement,
    Image,
    Line,
    Rectangle,
    StaticText,
    Subreport,
    TextField,
)
from jrxmlpy.design.enums import (
    BreakType,
    Calculation,
    EvaluationTime,
    Fill,
    FooterPosition,
    HorizontalImageAlign,
    HorizontalTextAlign,
    HyperlinkTarget,
    HyperlinkType,
    IncrementType,
    LineDirection,
    LineSpacing,
    LineStyle,
    Mode,
    OnErrorType,
    Orientation,
    OverflowType,
    ParameterEvaluationTime,
    PartEvaluationTime,
    PositionType,
    PrintOrder,
    PropertyEvaluationTime,
    ResetType,
    Rotation,
    RunDirection,
    ScaleImage,
    SectionType,
    SortFieldType,
    SortOrder,
    SplitType,
    StretchType,
    TabStopAlignment,
    TextAdjust,
    VerticalImageAlign,
    VerticalTextAlign,
    WhenNoDataType,
    WhenResourceMissingType,
)
from jrxmlpy.design.report import SubreportPart
from jrxmlpy.errors import TemplateErrors, TemplateStructureError
from jrxmlpy.jrxml import is_jrxml7, load
from jrxmlpy.jrxml.context import ReadContext
from jrxmlpy.jrxml.reader import load_design, read_box, read_element, read_font, read_pen
from jrxmlpy.jrxml.xmlsource import parse_xml

NS = "http://jasperreports.sourceforge.net/jasperreports"


def report(body: str = "", attributes: str = "", name: str = "t.jrxml"):
    return load(f'<jasperReport xmlns="{NS}" name="R" {attributes}>{body}</jasperReport>', name=name)


def band(elements: str, attributes: str = 'height="50"') -> str:
    return f"<title><band {attributes}>{elements}</band></title>"


def only(elements: str):
    title = report(band(elements)).title
    assert title is not None and len(title.elements) == 1
    return title.elements[0]


RE = '<reportElement x="1" y="2" width="30" height="40"/>'


# --- the report ----------------------------------------------------------------------------------


def test_report_defaults():
    r = report()
    assert r.name == "R"
    assert r.language == "java"
    assert (r.page_width, r.page_height, r.column_width, r.column_count) == (595, 842, 555, 1)
    assert (r.left_margin, r.right_margin, r.top_margin, r.bottom_margin) == (20, 20, 30, 30)
    assert r.print_order is PrintOrder.VERTICAL
    assert r.column_direction is RunDirection.LTR
    assert r.orientation is Orientation.PORTRAIT
    assert r.when_no_data_type is None
    assert r.section_type is SectionType.BAND
    assert r.when_resource_missing_type is WhenResourceMissingType.NULL
    assert not (r.title_new_page or r.summary_new_page or r.float_column_footer or r.ignore_pagination)
    assert r.title is None and r.detail == [] and r.groups == []
    assert r.main_dataset.name == "R"


def test_report_attributes():
    r = report(
        attributes='language="groovy" columnCount="2" printOrder="Horizontal" columnDirection="RTL" '
        'pageWidth="842" pageHeight="595" orientation="Landscape" whenNoDataType="AllSectionsNoDetail" '
        'columnWidth="400" columnSpacing="2" leftMargin="1" rightMargin="2" topMargin="3" bottomMargin="4" '
        'isTitleNewPage="true" isSummaryNewPage="true" isSummaryWithPageHeaderAndFooter="true" '
        'isFloatColumnFooter="true" scriptletClass="a.B" resourceBundle="bundle" '
        'whenResourceMissingType="Key" isIgnorePagination="true" formatFactoryClass="a.F" uuid="u-1"'
    )
    assert r.language == "groovy"
    assert r.column_count == 2 and r.print_order is PrintOrder.HORIZONTAL
    assert r.column_direction is RunDirection.RTL
    assert (r.page_width, r.page_height, r.orientation) == (842, 595, Orientation.LANDSCAPE)
    assert r.when_no_data_type is WhenNoDataType.ALL_SECTIONS_NO_DETAIL
    assert (r.column_width, r.column_spacing) == (400, 2)
    assert (r.left_margin, r.right_margin, r.top_margin, r.bottom_margin) == (1, 2, 3, 4)
    assert r.title_new_page and r.summary_new_page and r.summary_with_page_header_and_footer
    assert r.float_column_footer and r.ignore_pagination
    assert r.scriptlet_class == "a.B" and r.resource_bundle == "bundle"
    assert r.when_resource_missing_type is WhenResourceMissingType.KEY
    assert r.format_factory_class == "a.F" and r.uuid == "u-1"


def test_report_level_declarations():
    r = report(
        """
        <property name="a" value="1"/>
        <property name="b">text value</property>
        <propertyExpression name="c" evaluationTime="Late"><![CDATA["x"]]></propertyExpression>
        <import value="java.util.*"/>
        <template><![CDATA["styles.jrtx"]]></template>
        <style name="S" isDefault="true" fontSize="9"/>
        <subDataset name="D" uuid="d1" resourceBundle="rb">
            <parameter name="P" class="java.lang.Integer"/>
            <queryString language="xPath"><![CDATA[/a/b]]></queryString>
            <field name="f"/>
        </subDataset>
        <scriptlet name="sc" class="a.Sc"><scriptletDescription>desc</scriptletDescription></scriptlet>
        """
    )
    assert r.properties == {"a": "1", "b": "text value"}
    prop = r.main_dataset.property_expressions[0]
    assert prop.name == "c" and prop.expression.text == '"x"' and prop.evaluation_time is PropertyEvaluationTime.LATE
    assert r.imports == ["java.util.*"]
    assert r.templates[0].expression.text == '"styles.jrtx"'
    assert r.styles[0].name == "S" and r.styles[0].is_default and r.styles[0].font.size == 9
    dataset = r.dataset("D")
    assert dataset is not None and dataset.uuid == "d1" and dataset.resource_bundle == "rb"
    assert dataset.parameters[0].value_class == "java.lang.Integer"
    assert dataset.query is not None and (dataset.query.language, dataset.query.text) == ("xPath", "/a/b")
    assert dataset.fields[0].name == "f" and dataset.fields[0].value_class == "java.lang.String"
    assert r.main_dataset.scriptlets[0].class_name == "a.Sc"
    assert r.main_dataset.scriptlets[0].description == "desc"


def test_parameters_fields_variables_sort_fields():
    r = report(
        """
        <parameter name="A"/>
        <parameter name="B" class="java.util.List" nestedType="java.lang.Long" isForPrompting="false" evaluationTime="Early">
            <property name="p" value="v"/>
            <parameterDescription><![CDATA[the b]]></parameterDescription>
            <defaultValueExpression><![CDATA[new java.util.ArrayList()]]></defaultValueExpression>
        </parameter>
        <queryString><![CDATA[select 1]]></queryString>
        <field name="F" class="java.math.BigDecimal">
            <property name="net.sf.jasperreports.sql.field.column.name" value="col"/>
            <fieldDescription><![CDATA[the f]]></fieldDescription>
        </field>
        <sortField name="F" order="Descending"/>
        <sortField name="V" type="Variable"/>
        <variable name="V" class="java.lang.Integer" resetType="Group" resetGroup="G" incrementType="Page"
                  calculation="Sum" incrementerFactoryClass="a.Inc">
            <variableExpression><![CDATA[$F{F}]]></variableExpression>
            <initialValueExpression><![CDATA[0]]></initialValueExpression>
        </variable>
        <variable name="W"/>
        <filterExpression><![CDATA[$F{F} != null]]></filterExpression>
        """
    )
    a, b = r.parameters
    assert (a.name, a.value_class, a.for_prompting, a.evaluation_time) == ("A", "java.lang.String", True, None)
    assert b.nested_type == "java.lang.Long" and b.for_prompting is False
    assert b.evaluation_time is ParameterEvaluationTime.EARLY
    assert b.description == "the b" and b.properties == {"p": "v"}
    assert b.default_value_expression.text == "new java.util.ArrayList()"
    assert r.query is not None and r.query.language == "sql" and r.query.text == "select 1"
    (f,) = r.fields
    assert f.value_class == "java.math.BigDecimal" and f.description == "the f"
    assert f.properties["net.sf.jasperreports.sql.field.column.name"] == "col"
    s1, s2 = r.main_dataset.sort_fields
    assert (s1.order, s1.type) == (SortOrder.DESCENDING, SortFieldType.FIELD)
    assert (s2.order, s2.type) == (SortOrder.ASCENDING, SortFieldType.VARIABLE)
    v, w = r.variables
    assert v.reset_type is ResetType.GROUP and v.reset_group == "G"
    assert v.increment_type is IncrementType.PAGE and v.calculation is Calculation.SUM
    assert v.incrementer_factory_class == "a.Inc"
    assert v.expression.text == "$F{F}" and v.initial_value_expression.text == "0"
    assert (w.reset_type, w.increment_type, w.calculation) == (ResetType.REPORT, IncrementType.NONE, Calculation.NOTHING)
    assert w.value_class == "java.lang.String" and w.expression is None
    assert r.main_dataset.filter_expression.text == "$F{F} != null"


def test_expression_location_and_class():
    r = report('\n<parameter name="A">\n<defaultValueExpression class="java.lang.Integer">1</defaultValueExpression>\n</parameter>')
    expression = r.parameters[0].default_value_expression
    assert isinstance(expression, Expression)
    assert expression.location.line == 3 and expression.location.element == "defaultValueExpression"
    assert expression.location.source == "t.jrxml"
    assert expression.value_class == "java.lang.Integer"


def test_groups_and_sections():
    r = report(
        """
        <group name="G" isStartNewColumn="true" isStartNewPage="true" isResetPageNumber="true"
               isReprintHeaderOnEachPage="true" isReprintHeaderOnEachColumn="true" minHeightToStartNewPage="60"
               minDetailsToStartFromTop="2" footerPosition="StackAtBottom" keepTogether="true" preventOrphanFooter="true">
            <groupExpression><![CDATA[$F{a}]]></groupExpression>
            <groupHeader><band height="10"/><band height="11"/></groupHeader>
            <groupFooter><band height="12"/></groupFooter>
        </group>
        <group name="H"><groupExpression>1</groupExpression></group>
        <background><band height="1"/></background>
        <title><band height="2" splitType="Prevent"/></title>
        <pageHeader><band height="3"/></pageHeader>
        <columnHeader><band height="4"/></columnHeader>
        <detail><band height="5"/><band height="6" splitType="Immediate"/></detail>
        <columnFooter><band height="7"/></columnFooter>
        <pageFooter><band height="8"/></pageFooter>
        <lastPageFooter><band height="9"/></lastPageFooter>
        <summary><band height="13"/></summary>
        <noData><band height="14"/></noData>
        """
    )
    g, h = r.groups
    assert g.name == "G" and g.expression.text == "$F{a}"
    assert g.start_new_column and g.start_new_page and g.reset_page_number
    assert g.reprint_header_on_each_page and g.reprint_header_on_each_column
    assert (g.min_height_to_start_new_page, g.min_details_to_start_from_top) == (60, 2)
    assert g.footer_position is FooterPosition.STACK_AT_BOTTOM and g.keep_together and g.prevent_orphan_footer
    assert [b.height for b in g.header] == [10, 11] and [b.height for b in g.footer] == [12]
    assert not h.start_new_page and h.footer_position is FooterPosition.NORMAL and h.header == []
    assert h.min_height_to_start_new_page == 0
    heights = [r.background, r.title, r.page_header, r.column_header, r.column_footer, r.page_footer,
               r.last_page_footer, r.summary, r.no_data]
    assert [b.height for b in heights] == [1, 2, 3, 4, 7, 8, 9, 13, 14]
    assert [b.height for b in r.detail] == [5, 6]
    assert r.title.split_type is SplitType.PREVENT and r.detail[1].split_type is SplitType.IMMEDIATE
    assert r.detail[0].split_type is None


def test_band_details():
    r = report(
        """<variable name="V" class="java.lang.Integer" calculation="Sum"/>
        <detail><band height="20" isSplitAllowed="false">
            <property name="k" value="v"/>
            <printWhenExpression><![CDATA[$V{REPORT_COUNT} > 1]]></printWhenExpression>
            <staticText><reportElement x="0" y="0" width="1" height="1"/><text>a</text></staticText>
            <returnValue toVariable="V" calculation="Sum"><expression><![CDATA[1]]></expression></returnValue>
        </band></detail>"""
    )
    (b,) = r.detail
    assert b.split_type is SplitType.PREVENT
    assert b.properties == {"k": "v"}
    assert b.print_when_expression.text == "$V{REPORT_COUNT} > 1"
    assert len(b.elements) == 1
    (rv,) = b.return_values
    assert rv.to_variable == "V" and rv.calculation is Calculation.SUM and rv.expression.text == "1"
    assert rv.from_variable is None


def test_parts():
    r = report(
        """<group name="g"><groupExpression>1</groupExpression><groupHeader>
             <part evaluationTime="Report" uuid="p1">
               <property name="k" value="v"/>
               <partNameExpression><![CDATA["TOC"]]></partNameExpression>
               <p:subreportPart xmlns:p="http://jasperreports.sourceforge.net/jasperreports/parts" usingCache="true">
                 <subreportParameter name="A"><subreportParameterExpression>1</subreportParameterExpression></subreportParameter>
                 <subreportExpression><![CDATA["toc.jasper"]]></subreportExpression>
               </p:subreportPart>
             </part></groupHeader></group>
           <detail><part><partNameExpression>"d"</partNameExpression></part></detail>""",
        attributes='sectionType="Part"',
    )
    assert r.section_type is SectionType.PART
    (part,) = r.groups[0].header_parts
    assert part.evaluation_time is PartEvaluationTime.REPORT and part.uuid == "p1"
    assert part.properties == {"k": "v"} and part.name_expression.text == '"TOC"'
    assert isinstance(part.component, SubreportPart)
    assert part.component.using_cache is True
    assert part.component.expression.text == '"toc.jasper"'
    assert part.component.parameters[0].name == "A"
    assert r.detail_parts[0].evaluation_time is PartEvaluationTime.NOW


# --- elements -----------------------------------------------------------------------------------


def test_report_element_common_attributes():
    el = only(
        """<staticText><reportElement uuid="u" key="k" style="S" x="5" y="6" width="70" height="80"
              positionType="Float" stretchType="ContainerHeight" isPrintRepeatedValues="false" mode="Opaque"
              isRemoveLineWhenBlank="true" isPrintInFirstWholeBand="true" isPrintWhenDetailOverflows="true"
              printWhenGroupChanges="G" forecolor="#FF0000" backcolor="#00ff00">
              <property name="p" value="1"/>
              <propertyExpression name="q" evaluationTime="Report"><![CDATA["v"]]></propertyExpression>
              <printWhenExpression><![CDATA[Boolean.TRUE]]></printWhenExpression>
           </reportElement><text/></staticText>"""
    )
    assert (el.uuid, el.key, el.style) == ("u", "k", "S")
    assert (el.x, el.y, el.width, el.height) == (5, 6, 70, 80)
    assert el.position_type is PositionType.FLOAT and el.stretch_type is StretchType.CONTAINER_HEIGHT
    assert el.print_repeated_values is False and el.mode is Mode.OPAQUE
    assert el.remove_line_when_blank and el.print_in_first_whole_band and el.print_when_detail_overflows
    assert el.print_when_group_changes == "G"
    assert el.forecolor == Color(255, 0, 0) and el.backcolor == Color(0, 255, 0)
    assert el.properties == {"p": "1"}
    assert el.property_expressions[0].name == "q"
    assert el.property_expressions[0].evaluation_time is EvaluationTime.REPORT
    assert el.print_when_expression.text == "Boolean.TRUE"


def test_report_element_defaults_and_location():
    el = only(f"\n\n<staticText>{RE}<text/></staticText>")
    assert el.location.line == 3 and el.location.element == "staticText"
    assert el.position_type is PositionType.FIX_RELATIVE_TO_TOP
    assert el.stretch_type is StretchType.NO_STRETCH
    assert el.print_repeated_values is True
    assert el.mode is None and el.forecolor is None and el.style is None
    assert not el.remove_line_when_blank


def test_static_text_and_text_element():
    el = only(
        f"""<staticText>{RE}
            <box padding="2" leftPadding="3"><pen lineWidth="1.5" lineStyle="Dashed" lineColor="#000000"/>
                <topPen lineWidth="0.25"/></box>
            <textElement textAlignment="Center" verticalAlignment="Middle" rotation="Left" markup="html" lineSpacing="Double">
                <font fontName="DejaVu Sans" size="12.5" isBold="true" isItalic="false" isUnderline="true"
                      isStrikeThrough="false" pdfFontName="Helvetica" pdfEncoding="Cp1252" isPdfEmbedded="true"/>
                <paragraph firstLineIndent="4" leftIndent="5" rightIndent="6" spacingBefore="7" spacingAfter="8"
                           tabStopWidth="40" lineSpacingSize="1.5">
                    <tabStop position="100" alignment="Right"/><tabStop position="200"/>
                </paragraph>
            </textElement>
            <text><![CDATA[Hello <b>world</b>]]></text></staticText>"""
    )
    assert isinstance(el, StaticText)
    assert el.content == "Hello <b>world</b>"
    assert el.box.padding == 2 and el.box.left_padding == 3 and el.box.top_padding is None
    assert (el.box.pen.line_width, el.box.pen.line_style, el.box.pen.line_color) == (1.5, LineStyle.DASHED, Color(0, 0, 0))
    assert el.box.top_pen.line_width == 0.25 and el.box.bottom_pen.line_width is None
    assert el.text.horizontal_alignment is HorizontalTextAlign.CENTER
    assert el.text.vertical_alignment is VerticalTextAlign.MIDDLE
    assert el.text.rotation is Rotation.LEFT and el.text.markup == "html"
    f = el.font
    assert (f.font_name, f.size, f.bold, f.italic, f.underline, f.strike_through) == ("DejaVu Sans", 12.5, True, False, True, False)
    assert (f.pdf_font_name, f.pdf_encoding, f.pdf_embedded) == ("Helvetica", "Cp1252", True)
    p = el.paragraph
    assert p.line_spacing is LineSpacing.DOUBLE and p.line_spacing_size == 1.5
    assert (p.first_line_indent, p.left_indent, p.right_indent, p.spacing_before, p.spacing_after, p.tab_stop_width) == (4, 5, 6, 7, 8, 40)
    assert [(t.position, t.alignment) for t in p.tab_stops] == [(100, TabStopAlignment.RIGHT), (200, TabStopAlignment.LEFT)]


def test_text_element_absent_leaves_everything_to_styles():
    el = only(f"<staticText>{RE}<text>x</text></staticText>")
    assert el.font.size is None and el.font.bold is None
    assert el.text.horizontal_alignment is None and el.text.markup is None
    assert el.paragraph.line_spacing is None and el.paragraph.tab_stops is None
    assert el.box.pen.line_width is None


def test_old_text_spellings():
    el = only(
        f"""<staticText>{RE}<textElement horizontalAlignment="Justify" isStyledText="true" lineSpacing="1_1_2">
            <paragraph lineSpacing="Proportional"/></textElement><text/></staticText>"""
    )
    assert el.text.horizontal_alignment is HorizontalTextAlign.JUSTIFIED
    assert el.text.markup == "styled"
    assert el.paragraph.line_spacing is LineSpacing.PROPORTIONAL  # the paragraph wins over the old attribute
    el = only(f'<staticText>{RE}<textElement isStyledText="false" lineSpacing="1_1_2"/><text/></staticText>')
    assert el.text.markup == "none" and el.paragraph.line_spacing is LineSpacing.ONE_AND_HALF


def test_old_box_attributes():
    el = only(
        f"""<staticText>{RE}<box border="Thin" borderColor="#112233" topBorder="2Point" leftBorder="Dotted"
            bottomBorder="None" rightBorder="4Point" rightBorderColor="#FFFFFF" padding="1" topPadding="2"/><text/></staticText>"""
    )
    box = el.box
    assert (box.pen.line_width, box.pen.line_style, box.pen.line_color) == (0.5, LineStyle.SOLID, Color(0x11, 0x22, 0x33))
    assert box.top_pen.line_width == 2.0
    assert (box.left_pen.line_width, box.left_pen.line_style) == (1.0, LineStyle.DASHED)
    assert box.bottom_pen.line_width == 0.0
    assert box.right_pen.line_width == 4.0 and box.right_pen.line_color == Color(255, 255, 255)
    assert (box.padding, box.top_padding) == (1, 2)


def test_text_field():
    el = only(
        f"""<textField isStretchWithOverflow="true" evaluationTime="Group" evaluationGroup="G" pattern="#,##0"
              isBlankWhenNull="true" hyperlinkType="Reference" hyperlinkTarget="Blank" bookmarkLevel="2">
            {RE}<textElement/>
            <textFieldExpression class="java.lang.Integer"><![CDATA[$F{{n}}]]></textFieldExpression>
            <patternExpression><![CDATA["0.00"]]></patternExpression>
            <anchorNameExpression><![CDATA["a"]]></anchorNameExpression>
            <bookmarkLevelExpression><![CDATA[3]]></bookmarkLevelExpression>
            <hyperlinkReferenceExpression><![CDATA["http://x"]]></hyperlinkReferenceExpression>
            <hyperlinkWhenExpression><![CDATA[true]]></hyperlinkWhenExpression>
            <hyperlinkAnchorExpression><![CDATA["an"]]></hyperlinkAnchorExpression>
            <hyperlinkPageExpression><![CDATA[2]]></hyperlinkPageExpression>
            <hyperlinkTooltipExpression><![CDATA["tip"]]></hyperlinkTooltipExpression>
            <hyperlinkParameter name="hp"><hyperlinkParameterExpression><![CDATA[1]]></hyperlinkParameterExpression></hyperlinkParameter>
          </textField>"""
    )
    assert isinstance(el, TextField)
    assert el.expression.text == "$F{n}" and el.expression.value_class == "java.lang.Integer"
    assert el.text_adjust is TextAdjust.STRETCH_HEIGHT
    assert el.evaluation_time is EvaluationTime.GROUP and el.evaluation_group == "G"
    assert el.pattern == "#,##0" and el.pattern_expression.text == '"0.00"'
    assert el.blank_when_null is True
    assert el.bookmark_level == 2 and el.bookmark_level_expression.text == "3"
    assert el.anchor_name_expression.text == '"a"'
    h = el.hyperlink
    assert h.link_type is HyperlinkType.REFERENCE and h.link_target is HyperlinkTarget.BLANK
    assert h.reference.text == '"http://x"' and h.when.text == "true" and h.anchor.text == '"an"'
    assert h.page.text == "2" and h.tooltip.text == '"tip"'
    assert [(p.name, p.value.text) for p in h.parameters] == [("hp", "1")]


def test_text_field_defaults_and_text_adjust():
    el = only(f"<textField>{RE}<textFieldExpression>1</textFieldExpression></textField>")
    assert el.text_adjust is TextAdjust.CUT_TEXT and el.evaluation_time is EvaluationTime.NOW
    assert el.blank_when_null is None and el.pattern is None
    assert el.hyperlink.link_type is HyperlinkType.NONE and el.hyperlink.link_target is HyperlinkTarget.SELF
    assert el.bookmark_level == 0
    el = only(f'<textField textAdjust="ScaleFont" isStretchWithOverflow="true">{RE}</textField>')
    assert el.text_adjust is TextAdjust.SCALE_FONT
    el = only(f'<textField hyperlinkType="MyLink" hyperlinkTarget="frameX">{RE}</textField>')
    assert el.hyperlink.link_type == "MyLink" and el.hyperlink.link_target == "frameX"


def test_graphics():
    title = report(
        band(
            f"""<line direction="BottomUp">{RE}<graphicElement><pen lineWidth="2" lineStyle="Dotted"/></graphicElement></line>
            <rectangle radius="5">{RE}<graphicElement fill="Solid"/></rectangle>
            <ellipse>{RE}<graphicElement pen="Thin" stretchType="RelativeToBandHeight"/></ellipse>
            <line>{RE}</line>"""
        )
    ).title
    line, rect, ellipse, plain = title.elements
    assert isinstance(line, Line) and line.direction is LineDirection.BOTTOM_UP
    assert (line.pen.line_width, line.pen.line_style) == (2.0, LineStyle.DOTTED)
    assert isinstance(rect, Rectangle) and rect.radius == 5 and rect.fill is Fill.SOLID
    assert isinstance(ellipse, Ellipse) and ellipse.pen.line_width == 0.5
    assert ellipse.stretch_type is StretchType.RELATIVE_TO_BAND_HEIGHT
    assert plain.direction is LineDirection.TOP_DOWN and plain.pen.line_width is None and plain.fill is None


def test_image():
    el = only(
        f"""<image scaleImage="RetainShape" hAlign="Center" vAlign="Bottom" isUsingCache="false" isLazy="true"
              onErrorType="Icon" evaluationTime="Report" hyperlinkType="LocalAnchor" rotation="Right">
            {RE}<box><pen lineWidth="1"/></box><graphicElement><pen lineWidth="0"/></graphicElement>
            <imageExpression><![CDATA["logo.png"]]></imageExpression>
            <hyperlinkAnchorExpression>"top"</hyperlinkAnchorExpression></image>"""
    )
    assert isinstance(el, Image)
    assert el.scale_image is ScaleImage.RETAIN_SHAPE
    assert el.horizontal_alignment is HorizontalImageAlign.CENTER and el.vertical_alignment is VerticalImageAlign.BOTTOM
    assert el.using_cache is False and el.lazy is True and el.on_error_type is OnErrorType.ICON
    assert el.evaluation_time is EvaluationTime.REPORT and el.rotation is Rotation.RIGHT
    assert el.box.pen.line_width == 1.0 and el.pen.line_width == 0.0
    assert el.expression.text == '"logo.png"'
    assert el.hyperlink.link_type is HyperlinkType.LOCAL_ANCHOR and el.hyperlink.anchor.text == '"top"'
    el = only(f"<image>{RE}<imageExpression>x</imageExpression></image>")
    assert el.scale_image is None and el.using_cache is None and el.lazy is False
    assert el.on_error_type is OnErrorType.ERROR and el.horizontal_alignment is None


def test_frame_element_group_and_break():
    title = report(
        band(
            f"""<frame borderSplitType="DrawBorders">{RE}<box><pen lineWidth="1"/></box>
                  <staticText>{RE}<text>a</text></staticText>
                  <frame><reportElement x="3" y="3" width="5" height="5"/><line>{RE}</line></frame>
                </frame>
                <elementGroup><textField>{RE}</textField><elementGroup><break type="Column">{RE}</break></elementGroup></elementGroup>
                <break><reportElement x="0" y="45" width="1" height="1"/></break>"""
        )
    ).title
    frame, group, page_break = title.elements
    assert isinstance(frame, Frame) and frame.box.pen.line_width == 1.0
    assert frame.border_split_type is not None and frame.border_split_type.value == "DrawBorders"
    assert [type(c) for c in frame.children] == [StaticText, Frame]
    assert isinstance(frame.children[1].children[0], Line)
    assert isinstance(group, ElementGroup)
    assert isinstance(group.children[0], TextField)
    inner = group.children[1]
    assert isinstance(inner, ElementGroup) and isinstance(inner.children[0], Break)
    assert inner.children[0].type is BreakType.COLUMN
    assert isinstance(page_break, Break) and page_break.type is BreakType.PAGE and page_break.y == 45


def test_subreport():
    el = only(
        f"""<subreport isUsingCache="true" runToBottom="false" overflowType="NoStretch">{RE}
              <parametersMapExpression><![CDATA[$P{{REPORT_PARAMETERS_MAP}}]]></parametersMapExpression>
              <subreportParameter name="A"><subreportParameterExpression><![CDATA[$F{{a}}]]></subreportParameterExpression></subreportParameter>
              <subreportParameter name="B"/>
              <connectionExpression><![CDATA[$P{{REPORT_CONNECTION}}]]></connectionExpression>
              <returnValue subreportVariable="X" toVariable="Y" calculation="Sum" incrementerFactoryClass="a.I"/>
              <subreportExpression class="java.lang.String"><![CDATA["sub.jasper"]]></subreportExpression>
            </subreport>"""
    )
    assert isinstance(el, Subreport)
    assert el.using_cache is True and el.run_to_bottom is False and el.overflow_type is OverflowType.NO_STRETCH
    assert el.parameters_map_expression.text == "$P{REPORT_PARAMETERS_MAP}"
    assert [(p.name, p.expression.text if p.expression else None) for p in el.parameters] == [("A", "$F{a}"), ("B", None)]
    assert el.connection_expression.text == "$P{REPORT_CONNECTION}" and el.data_source_expression is None
    (rv,) = el.return_values
    assert (rv.from_variable, rv.to_variable, rv.calculation, rv.incrementer_factory_class) == ("X", "Y", Calculation.SUM, "a.I")
    assert el.expression.text == '"sub.jasper"'


def test_generic_element():
    el = only(
        f"""<genericElement evaluationTime="Report">{RE}
              <genericElementType namespace="urn:x" name="thing"/>
              <genericElementParameter name="p" skipWhenNull="true"><valueExpression class="java.lang.Integer">1</valueExpression></genericElementParameter>
            </genericElement>"""
    )
    assert isinstance(el, GenericElement)
    assert (el.type_namespace, el.type_name, el.evaluation_time) == ("urn:x", "thing", EvaluationTime.REPORT)
    (p,) = el.parameters
    assert p.name == "p" and p.skip_when_null and p.expression.text == "1" and p.value_class == "java.lang.Object"


def test_chart_crosstab_component_are_delegated_or_placeholders():
    title = report(
        band(
            f"""<pieChart><chart isShowLegend="false" evaluationTime="Report" customizerClass="a.C" theme="aegean">
                    <reportElement x="1" y="2" width="300" height="200"/>
                    <chartTitle position="Left" color="#FF0000"><font size="14"/><titleExpression>"T"</titleExpression></chartTitle>
                    <chartSubtitle><subtitleExpression>"S"</subtitleExpression></chartSubtitle>
                    <chartLegend position="Bottom" textColor="#000000"/>
                  </chart>
                  <pieDataset><keyExpression>$F{{k}}</keyExpression><valueExpression>$F{{v}}</valueExpression></pieDataset>
                  <piePlot><plot/></piePlot></pieChart>
                <crosstab>{RE}</crosstab>
                <componentElement>{RE}
                  <jr:list xmlns:jr="http://jasperreports.sourceforge.net/jasperreports/components" printOrder="Vertical">
                    <datasetRun subDataset="D"/><jr:listContents height="10"/>
                  </jr:list>
                </componentElement>"""
        )
    ).title
    chart, crosstab, component = title.elements
    assert isinstance(chart, Chart)
    assert (chart.x, chart.y, chart.width, chart.height) == (1, 2, 300, 200)
    assert chart.location.element == "pieChart"
    assert isinstance(crosstab, Crosstab) and crosstab.width == 30
    assert isinstance(component, ComponentElement) and component.height == 40
    assert component.component.location.element == "list"


def test_chart_placeholder_common_attributes():
    from jrxmlpy.jrxml.reader import read_chart_common

    document = parse_xml(
        """<barChart><chart isShowLegend="false" evaluationTime="Group" evaluationGroup="G" hyperlinkType="Reference"
             customizerClass="a.C" renderType="svg" theme="aegean" bookmarkLevel="1">
             <reportElement x="1" y="2" width="3" height="4"/><box padding="2"/>
             <chartTitle position="Left" color="#FF0000"><font size="14"/><titleExpression>"T"</titleExpression></chartTitle>
             <chartSubtitle color="#00FF00"><subtitleExpression>"S"</subtitleExpression></chartSubtitle>
             <chartLegend position="Bottom" textColor="#000000" backgroundColor="#FFFFFF"><font isBold="true"/></chartLegend>
             <hyperlinkReferenceExpression>"r"</hyperlinkReferenceExpression>
           </chart></barChart>"""
    )
    ctx = ReadContext(document)
    chart = Chart()
    read_chart_common(ctx, document.root, chart)
    assert ctx.problems == []
    assert chart.chart_kind == "barChart" and chart.height == 4 and chart.box.padding == 2
    assert chart.show_legend is False and chart.evaluation_time is EvaluationTime.GROUP and chart.evaluation_group == "G"
    assert (chart.customizer_class, chart.render_type, chart.theme, chart.bookmark_level) == ("a.C", "svg", "aegean", 1)
    assert chart.hyperlink.reference.text == '"r"'
    assert chart.title.expression.text == '"T"' and chart.title.font.size == 14
    assert chart.title.position.value == "Left" and chart.title.color == Color(255, 0, 0)
    assert chart.subtitle.expression.text == '"S"' and chart.subtitle.color == Color(0, 255, 0)
    assert chart.legend.position.value == "Bottom" and chart.legend.font.bold is True
    assert chart.legend.background_color == Color(255, 255, 255)


def test_report_font():
    r = report(
        f"""<reportFont name="Arial_Normal" isDefault="true" fontName="Arial" size="8" isBold="false" pdfFontName="Helvetica"/>
            {band(f'<staticText>{RE}<textElement><font reportFont="Arial_Normal" isBold="true"/></textElement><text/></staticText>')}"""
    )
    assert r.report_fonts[0].name == "Arial_Normal" and r.report_fonts[0].is_default
    font = r.title.elements[0].font
    assert (font.font_name, font.size, font.bold, font.pdf_font_name) == ("Arial", 8, True, "Helvetica")


def test_primitive_readers():
    document = parse_xml('<box padding="3"><pen lineWidth="2"/><leftPen lineColor="red"/></box>')
    ctx = ReadContext(document)
    box = read_box(ctx, document.root)
    assert box.padding == 3 and box.pen.line_width == 2 and box.left_pen.line_color == Color(255, 0, 0)
    pen = read_pen(ctx, document.root[0])
    assert pen.line_width == 2 and pen.line_style is None
    font = read_font(ctx, parse_xml('<font size="7" isItalic="true"/>').root)
    assert font.size == 7 and font.italic is True and font.bold is None
    assert ctx.problems == []


def test_read_element_unknown_tag():
    document = parse_xml("<band><blob/></band>", name="b.jrxml")
    ctx = ReadContext(document)
    assert read_element(ctx, document.root[0]) is None
    (problem,) = ctx.problems
    assert "blob" in str(problem) and problem.location.line == 1


def test_dataset_run_reader():
    from jrxmlpy.jrxml.reader import read_dataset_run

    document = parse_xml(
        """<datasetRun subDataset="D" uuid="u"><property name="a" value="b"/>
             <parametersMapExpression>$P{M}</parametersMapExpression>
             <datasetParameter name="p"><datasetParameterExpression>1</datasetParameterExpression></datasetParameter>
             <dataSourceExpression>$P{DS}</dataSourceExpression>
             <returnValue fromVariable="REPORT_COUNT" toVariable="C" calculation="Count"/>
           </datasetRun>"""
    )
    ctx = ReadContext(document)
    run = read_dataset_run(ctx, document.root)
    assert (run.dataset_name, run.uuid, run.properties) == ("D", "u", {"a": "b"})
    assert run.parameters_map_expression.text == "$P{M}" and run.data_source_expression.text == "$P{DS}"
    assert run.parameters[0].name == "p" and run.parameters[0].expression.text == "1"
    assert run.return_values[0].from_variable == "REPORT_COUNT" and run.return_values[0].calculation is Calculation.COUNT
    assert ctx.problems == []


def test_no_namespace_6x_template():
    r = load('<jasperReport name="plain"><detail><band height="5"><staticText><reportElement x="0" y="0" width="1" height="1"/><text>a</text></staticText></band></detail></jasperReport>')
    assert isinstance(r.detail[0].elements[0], StaticText)


# --- problems -------------------------------------------------------------------------------------


BROKEN = f"""<jasperReport xmlns="{NS}" name="R" columnCount="two">
<parameter class="java.lang.String"/>
<title><band height="20">
  <staticText><reportElement x="0" y="0" width="10" height="10" mode="Glassy"/><text/></staticText>
  <textField evaluationTime="Sometimes"><reportElement x="0" y="0" width="10"/></textField>
  <wibble/>
</band></title>
</jasperReport>"""


def test_all_problems_are_reported_together():
    with pytest.raises(TemplateErrors) as info:
        load(BROKEN, name="broken.jrxml")
    problems = info.value.problems
    assert len(problems) == 6
    assert all(p.location.source == "broken.jrxml" for p in problems)
    by_element = {(p.location.element, p.location.line) for p in problems}
    assert ("jasperReport", 1) in by_element
    assert ("parameter", 2) in by_element  # name is required
    assert ("reportElement", 4) in by_element  # mode="Glassy"
    assert ("textField", 5) in by_element  # evaluationTime
    assert ("reportElement", 5) in by_element  # height missing
    assert ("wibble", 6) in by_element
    text = str(info.value)
    assert "broken.jrxml:6 <wibble>" in text and "columnCount" in text and "Glassy" in text


def test_load_design_returns_problems_without_raising():
    document = parse_xml(BROKEN, name="broken.jrxml")
    report, problems = load_design(document)
    assert report.column_count == 1  # the default is used
    assert len(problems) == 6
    assert all(isinstance(p, TemplateStructureError) for p in problems)
    assert report.title is not None and len(report.title.elements) == 2


def test_single_problem_is_raised_alone():
    with pytest.raises(TemplateStructureError) as info:
        report(band("<staticText><text/></staticText>"))
    assert "reportElement" in str(info.value)
    assert info.value.location.element == "staticText"


def test_misplaced_report_child_is_reported():
    with pytest.raises(TemplateStructureError) as info:
        report("<band height='3'/>")
    assert "<band>" in str(info.value)


# --- 7.x detection ---------------------------------------------------------------------------------


V7 = """<jasperReport name="Seven" pageWidth="595">
  <title height="30"><element kind="staticText" x="0" y="0" width="100" height="20"><text>hi</text></element></title>
</jasperReport>"""


def test_v7_detection():
    assert is_jrxml7(parse_xml(V7))
    assert not is_jrxml7(parse_xml(f'<jasperReport xmlns="{NS}" name="x"/>'))
    assert not is_jrxml7(parse_xml('<jasperReport name="x"><title><band><staticText><reportElement x="0" y="0" width="1" height="1"/></staticText></band></title></jasperReport>'))


def test_unexpected_children_are_reported():
    with pytest.raises(TemplateErrors) as info:
        report(
            f"""<parameter name="A"><defaultValue>1</defaultValue></parameter>
            {band(f'<textField>{RE}<textFieldExpresion>1</textFieldExpresion></textField>')}
            <detail><band height="3"/><bnad/></detail>"""
        )
    tags = sorted(p.location.element for p in info.value.problems)
    assert tags == ["bnad", "defaultValue", "textFieldExpresion"]


def test_uuids_are_kept_in_javas_canonical_form():
    # JasperReports parses uuids with java.util.UUID: groups are zero-padded in its prints.
    loaded = load(f"""<jasperReport xmlns="{NS}" name="u"><title><band height="20">
        <staticText><reportElement uuid="58E3729-1-2-3-4" x="0" y="0" width="10" height="10"/><text>x</text></staticText>
        <staticText><reportElement uuid="not-a-uuid" x="0" y="10" width="10" height="10"/><text>y</text></staticText>
        </band></title></jasperReport>""")
    first, second = loaded.title.elements
    assert first.uuid == "058e3729-0001-0002-0003-000000000004"
    assert second.uuid == "not-a-uuid"
