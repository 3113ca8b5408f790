"""Reading a JRXML 6.x document into the design tree.

One function per JRXML construct.  Nothing here raises for a structural problem: each is
recorded in the :class:`ReadContext` (file, line, element), the schema default is used,
and reading goes on, so that one load reports every problem of a template.

The chart, crosstab and component readers (``jrxml/charts.py``, ``jrxml/crosstabs.py``,
``jrxml/components.py``) build on the public functions of this module.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TypeAlias

from lxml import etree

from ..design.base import (
    Box,
    Element,
    Expression,
    Font,
    Hyperlink,
    HyperlinkParameter,
    Paragraph,
    Pen,
    PropertyExpression,
    TabStop,
    TextAttributes,
)
from ..design.elements import (
    CHART_TAGS,
    Break,
    Chart,
    ChartLegend,
    ChartTitle,
    Component,
    DatasetRun,
    ElementGroup,
    Ellipse,
    ExpressionParameter,
    Frame,
    GenericElement,
    GenericElementParameter,
    GraphicElement,
    Image,
    Line,
    Rectangle,
    ReturnValue,
    StaticText,
    Subreport,
    TextElement,
    TextField,
)
from ..design.enums import (
    BorderSplitType,
    BreakType,
    Calculation,
    EdgePosition,
    EvaluationTime,
    Fill,
    FooterPosition,
    HorizontalImageAlign,
    HorizontalTextAlign,
    HyperlinkTarget,
    HyperlinkType,
    IncrementType,
    LegacyPen,
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
from ..design.report import (
    Band,
    Dataset,
    DatasetPropertyExpression,
    Field,
    Group,
    Parameter,
    Part,
    Query,
    Report,
    ReportFont,
    Scriptlet,
    SortField,
    StyleTemplateRef,
    SubreportPart,
    Variable,
)
from ..errors import TemplateError
from .context import ReadContext
from .xmlsource import XmlDocument, local_name

Xml: TypeAlias = etree._Element

#: The ``<reportFont>``s of the report being read (``<font reportFont=...>`` starts from them).
_REPORT_FONTS: ContextVar[dict[str, Font] | None] = ContextVar("_REPORT_FONTS", default=None)

#: Children of element containers that are not elements themselves.
_NOT_ELEMENTS = frozenset(
    {"reportElement", "box", "property", "propertyExpression", "printWhenExpression", "returnValue"}
)


def read_expression(ctx: ReadContext, el: Xml, name: str) -> Expression | None:
    """The expression of the child ``name`` of ``el`` (None when absent or blank)."""
    return ctx.child_expression(el, name)


def _required_int(ctx: ReadContext, el: Xml, name: str) -> int:
    if el.get(name) is None:
        ctx.problem(el, f"attribute {name} is required")
        return 0
    return ctx.attr_int(el, name, 0) or 0


def expect_children(ctx: ReadContext, el: Xml, allowed: frozenset[str]) -> None:
    """Record a problem for each child of ``el`` whose tag is not in ``allowed``."""
    for child in ctx.children(el):
        tag = local_name(child)
        if tag not in allowed:
            ctx.problem(child, f"<{tag}> is not allowed in <{local_name(el)}>")


# --- properties -------------------------------------------------------------------------------


def read_properties(ctx: ReadContext, el: Xml) -> dict[str, str]:
    """The ``<property name= value=>`` children (the text is the value when there is no
    ``value`` attribute)."""
    properties: dict[str, str] = {}
    for prop in ctx.children(el, "property"):
        name = ctx.required(prop, "name")
        value = prop.get("value")
        if value is None:
            value = ctx.text(prop) or ""
        properties[name] = value
    return properties


def read_property_expressions(ctx: ReadContext, el: Xml) -> list[PropertyExpression]:
    """``<propertyExpression>`` children of an element (evaluationTime: 6.13+)."""
    found = []
    for prop in ctx.children(el, "propertyExpression"):
        name = ctx.required(prop, "name")
        expression = ctx.expression(prop) or Expression("", ctx.location(prop))
        time = ctx.attr_enum(prop, "evaluationTime", EvaluationTime)
        found.append(PropertyExpression(name, expression, time))
    return found


def read_dataset_property_expressions(ctx: ReadContext, el: Xml) -> list[DatasetPropertyExpression]:
    found = []
    for prop in ctx.children(el, "propertyExpression"):
        name = ctx.required(prop, "name")
        expression = ctx.expression(prop) or Expression("", ctx.location(prop))
        time = ctx.attr_enum(prop, "evaluationTime", PropertyEvaluationTime)
        found.append(DatasetPropertyExpression(name, expression, time))
    return found


# --- pens, boxes, paragraphs, fonts, text -------------------------------------------------------


def fill_pen(ctx: ReadContext, el: Xml, pen: Pen) -> Pen:
    """Set on ``pen`` the attributes ``el`` gives (the others are left as they are)."""
    pen.line_width = ctx.attr_float(el, "lineWidth", pen.line_width)
    pen.line_style = ctx.attr_enum(el, "lineStyle", LineStyle, pen.line_style)
    pen.line_color = ctx.attr_color(el, "lineColor") or pen.line_color
    return pen


def read_pen(ctx: ReadContext, el: Xml) -> Pen:
    """``<pen>``, ``<topPen>``, ``<leftPen>``, ``<bottomPen>``, ``<rightPen>``."""
    return fill_pen(ctx, el, Pen())


def apply_legacy_pen(ctx: ReadContext, el: Xml, attribute: str, pen: Pen) -> None:
    """The 3.x one-word pen (``pen="Thin"``, ``border="1Point"``) as width and style."""
    legacy = ctx.attr_enum(el, attribute, LegacyPen)
    if legacy is None:
        return
    width, style = _LEGACY_PENS[legacy]
    pen.line_width = width
    pen.line_style = style


_LEGACY_PENS: dict[LegacyPen, tuple[float, LineStyle]] = {
    LegacyPen.NONE: (0.0, LineStyle.SOLID),
    LegacyPen.THIN: (0.5, LineStyle.SOLID),
    LegacyPen.ONE_POINT: (1.0, LineStyle.SOLID),
    LegacyPen.TWO_POINT: (2.0, LineStyle.SOLID),
    LegacyPen.FOUR_POINT: (4.0, LineStyle.SOLID),
    LegacyPen.DOTTED: (1.0, LineStyle.DASHED),
}

_BOX_CHILDREN = frozenset({"pen", "topPen", "leftPen", "bottomPen", "rightPen"})
_BOX_SIDES = (("", "pen"), ("top", "top_pen"), ("left", "left_pen"), ("bottom", "bottom_pen"), ("right", "right_pen"))


def apply_legacy_box_attributes(ctx: ReadContext, el: Xml, box: Box) -> None:
    """``border``/``borderColor``/``padding`` and their ``top``... forms (on ``<box>`` of
    3.x templates and on ``<style>``)."""
    for prefix, pen_name in _BOX_SIDES:
        border = f"{prefix}Border" if prefix else "border"
        color = f"{prefix}BorderColor" if prefix else "borderColor"
        pen: Pen = getattr(box, pen_name)
        apply_legacy_pen(ctx, el, border, pen)
        pen.line_color = ctx.attr_color(el, color) or pen.line_color
    box.padding = ctx.attr_int(el, "padding", box.padding)
    box.top_padding = ctx.attr_int(el, "topPadding", box.top_padding)
    box.left_padding = ctx.attr_int(el, "leftPadding", box.left_padding)
    box.bottom_padding = ctx.attr_int(el, "bottomPadding", box.bottom_padding)
    box.right_padding = ctx.attr_int(el, "rightPadding", box.right_padding)


def fill_box(ctx: ReadContext, el: Xml, box: Box) -> Box:
    """Set on ``box`` what the ``<box>`` element ``el`` gives."""
    apply_legacy_box_attributes(ctx, el, box)
    expect_children(ctx, el, _BOX_CHILDREN)
    for prefix, pen_name in _BOX_SIDES:
        tag = f"{prefix}Pen" if prefix else "pen"
        child = ctx.child(el, tag)
        if child is not None:
            fill_pen(ctx, child, getattr(box, pen_name))
    return box


def read_box(ctx: ReadContext, el: Xml) -> Box:
    """``<box>``: paddings and the pens of the four sides."""
    return fill_box(ctx, el, Box())


def read_tab_stop(ctx: ReadContext, el: Xml) -> TabStop:
    position = _required_int(ctx, el, "position")
    alignment = ctx.attr_enum(el, "alignment", TabStopAlignment, TabStopAlignment.LEFT)
    return TabStop(position, alignment or TabStopAlignment.LEFT)


def fill_paragraph(ctx: ReadContext, el: Xml, paragraph: Paragraph) -> Paragraph:
    paragraph.line_spacing = ctx.attr_enum(el, "lineSpacing", LineSpacing, paragraph.line_spacing)
    paragraph.line_spacing_size = ctx.attr_float(el, "lineSpacingSize", paragraph.line_spacing_size)
    paragraph.first_line_indent = ctx.attr_int(el, "firstLineIndent", paragraph.first_line_indent)
    paragraph.left_indent = ctx.attr_int(el, "leftIndent", paragraph.left_indent)
    paragraph.right_indent = ctx.attr_int(el, "rightIndent", paragraph.right_indent)
    paragraph.spacing_before = ctx.attr_int(el, "spacingBefore", paragraph.spacing_before)
    paragraph.spacing_after = ctx.attr_int(el, "spacingAfter", paragraph.spacing_after)
    paragraph.tab_stop_width = ctx.attr_int(el, "tabStopWidth", paragraph.tab_stop_width)
    expect_children(ctx, el, frozenset({"tabStop"}))
    stops = [read_tab_stop(ctx, stop) for stop in ctx.children(el, "tabStop")]
    if stops:
        paragraph.tab_stops = stops
    return paragraph


def read_paragraph(ctx: ReadContext, el: Xml) -> Paragraph:
    """``<paragraph>`` with its ``<tabStop>``s."""
    return fill_paragraph(ctx, el, Paragraph())


def read_font(ctx: ReadContext, el: Xml) -> Font:
    """``<font>`` (and the chart fonts built the same way).  ``reportFont`` names a
    ``<reportFont>`` of the report whose attributes fill what the element leaves out."""
    font = Font(
        font_name=ctx.attr_str(el, "fontName"),
        size=ctx.attr_float(el, "size", ctx.attr_float(el, "fontSize")),
        bold=ctx.attr_bool(el, "isBold"),
        italic=ctx.attr_bool(el, "isItalic"),
        underline=ctx.attr_bool(el, "isUnderline"),
        strike_through=ctx.attr_bool(el, "isStrikeThrough"),
        pdf_font_name=ctx.attr_str(el, "pdfFontName"),
        pdf_encoding=ctx.attr_str(el, "pdfEncoding"),
        pdf_embedded=ctx.attr_bool(el, "isPdfEmbedded"),
    )
    name = el.get("reportFont")
    if name is not None:
        _apply_report_font(ctx, el, name, font)
    return font


def _apply_report_font(ctx: ReadContext, el: Xml, name: str, font: Font) -> None:
    fonts = _REPORT_FONTS.get() or {}
    base = fonts.get(name)
    if base is None:
        ctx.problem(el, f"reportFont {name!r} is not declared by a <reportFont> of the report")
        return
    for attribute in Font.__slots__:
        if getattr(font, attribute) is None:
            setattr(font, attribute, getattr(base, attribute))


def read_text_attributes(ctx: ReadContext, el: Xml) -> TextAttributes:
    """Alignment, rotation and markup of a ``<textElement>`` (old spellings accepted:
    ``textAlignment``/``horizontalAlignment``, ``isStyledText``)."""
    attributes = TextAttributes()
    for name in ("textAlignment", "horizontalAlignment", "hTextAlign"):
        if el.get(name) is not None:
            attributes.horizontal_alignment = ctx.attr_enum(el, name, HorizontalTextAlign)
            break
    for name in ("verticalAlignment", "vTextAlign"):
        if el.get(name) is not None:
            attributes.vertical_alignment = ctx.attr_enum(el, name, VerticalTextAlign)
            break
    attributes.rotation = ctx.attr_enum(el, "rotation", Rotation)
    styled = ctx.attr_bool(el, "isStyledText")
    if styled is not None:
        attributes.markup = "styled" if styled else "none"
    attributes.markup = ctx.attr_str(el, "markup", attributes.markup)
    return attributes


def read_text_element(ctx: ReadContext, el: Xml, target: TextElement) -> None:
    """The ``<box>`` and ``<textElement>`` (font, paragraph) children of a text element."""
    box = ctx.child(el, "box")
    if box is not None:
        target.box = read_box(ctx, box)
    text = ctx.child(el, "textElement")
    if text is None:
        return
    expect_children(ctx, text, frozenset({"font", "paragraph"}))
    target.text = read_text_attributes(ctx, text)
    target.paragraph.line_spacing = ctx.attr_enum(text, "lineSpacing", LineSpacing)
    paragraph = ctx.child(text, "paragraph")
    if paragraph is not None:
        fill_paragraph(ctx, paragraph, target.paragraph)
    font = ctx.child(text, "font")
    if font is not None:
        target.font = read_font(ctx, font)


# --- hyperlinks and dataset runs -----------------------------------------------------------------


def _custom_enum(ctx: ReadContext, el: Xml, names: tuple[str, ...], enum, default):  # type: ignore[no-untyped-def]
    """A predefined enum member, or the custom name as written (hyperlink types/targets)."""
    for name in names:
        value = el.get(name)
        if value is not None:
            try:
                return enum.parse(value)
            except ValueError:
                return value
    return default


def read_hyperlink(ctx: ReadContext, el: Xml) -> Hyperlink:
    """The hyperlink attributes and expressions of a text field, image, chart or item."""
    hyperlink = Hyperlink(
        link_type=_custom_enum(ctx, el, ("hyperlinkType", "linkType"), HyperlinkType, HyperlinkType.NONE),
        link_target=_custom_enum(ctx, el, ("hyperlinkTarget", "linkTarget"), HyperlinkTarget, HyperlinkTarget.SELF),
        reference=ctx.child_expression(el, "hyperlinkReferenceExpression"),
        anchor=ctx.child_expression(el, "hyperlinkAnchorExpression"),
        page=ctx.child_expression(el, "hyperlinkPageExpression"),
        tooltip=ctx.child_expression(el, "hyperlinkTooltipExpression"),
        when=ctx.child_expression(el, "hyperlinkWhenExpression"),
    )
    for parameter in ctx.children(el, "hyperlinkParameter"):
        hyperlink.parameters.append(
            HyperlinkParameter(
                ctx.required(parameter, "name"),
                ctx.child_expression(parameter, "hyperlinkParameterExpression"),
            )
        )
    return hyperlink


def read_expression_parameters(ctx: ReadContext, el: Xml, tag: str, expression_tag: str) -> list[ExpressionParameter]:
    """``<subreportParameter>``/``<datasetParameter>`` children (name + expression)."""
    return [
        ExpressionParameter(ctx.required(child, "name"), ctx.child_expression(child, expression_tag))
        for child in ctx.children(el, tag)
    ]


def read_return_value(ctx: ReadContext, el: Xml) -> ReturnValue:
    """``<returnValue>`` of a subreport (``subreportVariable``), a dataset run
    (``fromVariable``) or a band (``<expression>``)."""
    source = el.get("subreportVariable") or el.get("fromVariable")
    return ReturnValue(
        to_variable=ctx.required(el, "toVariable"),
        from_variable=source,
        expression=ctx.child_expression(el, "expression"),
        calculation=ctx.attr_enum(el, "calculation", Calculation, Calculation.NOTHING) or Calculation.NOTHING,
        incrementer_factory_class=ctx.attr_str(el, "incrementerFactoryClass"),
        location=ctx.location(el),
    )


def read_return_values(ctx: ReadContext, el: Xml) -> list[ReturnValue]:
    return [read_return_value(ctx, child) for child in ctx.children(el, "returnValue")]


def read_dataset_run(ctx: ReadContext, el: Xml) -> DatasetRun:
    """``<datasetRun subDataset=...>``."""
    return DatasetRun(
        dataset_name=ctx.required(el, "subDataset"),
        uuid=ctx.attr_uuid(el),
        parameters=read_expression_parameters(ctx, el, "datasetParameter", "datasetParameterExpression"),
        parameters_map_expression=ctx.child_expression(el, "parametersMapExpression"),
        connection_expression=ctx.child_expression(el, "connectionExpression"),
        data_source_expression=ctx.child_expression(el, "dataSourceExpression"),
        return_values=read_return_values(ctx, el),
        properties=read_properties(ctx, el),
        location=ctx.location(el),
    )


# --- the common part of elements ---------------------------------------------------------------


def read_report_element(ctx: ReadContext, el: Xml, target: Element) -> None:
    """Fill ``target`` from ``<reportElement>`` ``el``: geometry, style, flags, colours,
    printWhenExpression, properties and property expressions."""
    if target.location.line is None:
        parent = el.getparent()
        target.location = ctx.location(parent if parent is not None else el)
    expect_children(ctx, el, frozenset({"property", "propertyExpression", "printWhenExpression", "styleExpression"}))
    target.uuid = ctx.attr_uuid(el)
    target.key = ctx.attr_str(el, "key")
    target.style = ctx.attr_str(el, "style")
    target.x = _required_int(ctx, el, "x")
    target.y = _required_int(ctx, el, "y")
    target.width = _required_int(ctx, el, "width")
    target.height = _required_int(ctx, el, "height")
    target.position_type = ctx.attr_enum(el, "positionType", PositionType, PositionType.FIX_RELATIVE_TO_TOP)  # type: ignore[assignment]
    target.stretch_type = ctx.attr_enum(el, "stretchType", StretchType, StretchType.NO_STRETCH)  # type: ignore[assignment]
    target.mode = ctx.attr_enum(el, "mode", Mode)
    target.forecolor = ctx.attr_color(el, "forecolor")
    target.backcolor = ctx.attr_color(el, "backcolor")
    target.print_repeated_values = ctx.attr_bool(el, "isPrintRepeatedValues", True)  # type: ignore[assignment]
    target.remove_line_when_blank = ctx.attr_bool(el, "isRemoveLineWhenBlank", False)  # type: ignore[assignment]
    target.print_in_first_whole_band = ctx.attr_bool(el, "isPrintInFirstWholeBand", False)  # type: ignore[assignment]
    target.print_when_detail_overflows = ctx.attr_bool(el, "isPrintWhenDetailOverflows", False)  # type: ignore[assignment]
    target.print_when_group_changes = ctx.attr_str(el, "printWhenGroupChanges")
    target.print_when_expression = ctx.child_expression(el, "printWhenExpression")
    target.properties = read_properties(ctx, el)
    target.property_expressions = read_property_expressions(ctx, el)


def _report_element_of(ctx: ReadContext, el: Xml, target: Element) -> None:
    """Read the ``<reportElement>`` child of ``el`` into ``target`` (a problem if absent)."""
    target.location = ctx.location(el)
    child = ctx.child(el, "reportElement")
    if child is None:
        ctx.problem(el, f"<{local_name(el)}> has no <reportElement>")
        return
    read_report_element(ctx, child, target)


def read_graphic_element(ctx: ReadContext, el: Xml, target: GraphicElement) -> None:
    """``<graphicElement>`` of lines, rectangles, ellipses and images: pen, fill (and the
    3.x ``pen`` / ``stretchType`` attributes)."""
    graphic = ctx.child(el, "graphicElement")
    if graphic is None:
        return
    expect_children(ctx, graphic, frozenset({"pen"}))
    apply_legacy_pen(ctx, graphic, "pen", target.pen)
    pen = ctx.child(graphic, "pen")
    if pen is not None:
        fill_pen(ctx, pen, target.pen)
    target.fill = ctx.attr_enum(graphic, "fill", Fill)
    stretch = ctx.attr_enum(graphic, "stretchType", StretchType)
    if stretch is not None:
        target.stretch_type = stretch


def _evaluation(ctx: ReadContext, el: Xml) -> tuple[EvaluationTime, str | None]:
    time = ctx.attr_enum(el, "evaluationTime", EvaluationTime, EvaluationTime.NOW) or EvaluationTime.NOW
    return time, ctx.attr_str(el, "evaluationGroup")


def _anchor_and_bookmark(ctx: ReadContext, el: Xml, target: TextField | Image | Chart) -> None:
    target.hyperlink = read_hyperlink(ctx, el)
    target.anchor_name_expression = ctx.child_expression(el, "anchorNameExpression")
    target.bookmark_level = ctx.attr_int(el, "bookmarkLevel", 0) or 0
    target.bookmark_level_expression = ctx.child_expression(el, "bookmarkLevelExpression")


# --- element kinds -------------------------------------------------------------------------------


def read_static_text(ctx: ReadContext, el: Xml) -> StaticText:
    target = StaticText()
    _report_element_of(ctx, el, target)
    read_text_element(ctx, el, target)
    target.content = ctx.text(ctx.child(el, "text")) or ""
    return target


def read_text_field(ctx: ReadContext, el: Xml) -> TextField:
    target = TextField()
    _report_element_of(ctx, el, target)
    read_text_element(ctx, el, target)
    target.expression = ctx.child_expression(el, "textFieldExpression")
    target.pattern = ctx.attr_str(el, "pattern")
    target.pattern_expression = ctx.child_expression(el, "patternExpression")
    target.evaluation_time, target.evaluation_group = _evaluation(ctx, el)
    stretch = ctx.attr_bool(el, "isStretchWithOverflow")
    if stretch is not None:
        target.text_adjust = TextAdjust.STRETCH_HEIGHT if stretch else TextAdjust.CUT_TEXT
    target.text_adjust = ctx.attr_enum(el, "textAdjust", TextAdjust, target.text_adjust) or target.text_adjust
    target.blank_when_null = ctx.attr_bool(el, "isBlankWhenNull")
    _anchor_and_bookmark(ctx, el, target)
    return target


def read_line(ctx: ReadContext, el: Xml) -> Line:
    target = Line()
    _report_element_of(ctx, el, target)
    read_graphic_element(ctx, el, target)
    target.direction = ctx.attr_enum(el, "direction", LineDirection, LineDirection.TOP_DOWN) or LineDirection.TOP_DOWN
    return target


def read_rectangle(ctx: ReadContext, el: Xml) -> Rectangle:
    target = Rectangle()
    _report_element_of(ctx, el, target)
    read_graphic_element(ctx, el, target)
    target.radius = ctx.attr_int(el, "radius")
    return target


def read_ellipse(ctx: ReadContext, el: Xml) -> Ellipse:
    target = Ellipse()
    _report_element_of(ctx, el, target)
    read_graphic_element(ctx, el, target)
    return target


def read_image(ctx: ReadContext, el: Xml) -> Image:
    target = Image()
    _report_element_of(ctx, el, target)
    box = ctx.child(el, "box")
    if box is not None:
        target.box = read_box(ctx, box)
    read_graphic_element(ctx, el, target)
    target.expression = ctx.child_expression(el, "imageExpression")
    target.scale_image = ctx.attr_enum(el, "scaleImage", ScaleImage)
    target.rotation = ctx.attr_enum(el, "rotation", Rotation)
    target.horizontal_alignment = ctx.attr_enum(el, "hAlign", HorizontalImageAlign)
    target.vertical_alignment = ctx.attr_enum(el, "vAlign", VerticalImageAlign)
    target.using_cache = ctx.attr_bool(el, "isUsingCache")
    target.lazy = ctx.attr_bool(el, "isLazy", False) or False
    target.on_error_type = ctx.attr_enum(el, "onErrorType", OnErrorType, OnErrorType.ERROR) or OnErrorType.ERROR
    target.evaluation_time, target.evaluation_group = _evaluation(ctx, el)
    _anchor_and_bookmark(ctx, el, target)
    return target


def read_frame(ctx: ReadContext, el: Xml) -> Frame:
    target = Frame()
    _report_element_of(ctx, el, target)
    box = ctx.child(el, "box")
    if box is not None:
        target.box = read_box(ctx, box)
    target.border_split_type = ctx.attr_enum(el, "borderSplitType", BorderSplitType)
    target.children = read_elements(ctx, el)
    return target


def read_element_group(ctx: ReadContext, el: Xml) -> ElementGroup:
    return ElementGroup(location=ctx.location(el), children=read_elements(ctx, el))


def read_break(ctx: ReadContext, el: Xml) -> Break:
    target = Break()
    _report_element_of(ctx, el, target)
    target.type = ctx.attr_enum(el, "type", BreakType, BreakType.PAGE) or BreakType.PAGE
    return target


def read_subreport(ctx: ReadContext, el: Xml) -> Subreport:
    target = Subreport()
    _report_element_of(ctx, el, target)
    target.expression = ctx.child_expression(el, "subreportExpression")
    target.using_cache = ctx.attr_bool(el, "isUsingCache")
    target.run_to_bottom = ctx.attr_bool(el, "runToBottom")
    target.overflow_type = ctx.attr_enum(el, "overflowType", OverflowType)
    target.parameters_map_expression = ctx.child_expression(el, "parametersMapExpression")
    target.parameters = read_expression_parameters(ctx, el, "subreportParameter", "subreportParameterExpression")
    target.connection_expression = ctx.child_expression(el, "connectionExpression")
    target.data_source_expression = ctx.child_expression(el, "dataSourceExpression")
    target.return_values = read_return_values(ctx, el)
    return target


def read_generic_element(ctx: ReadContext, el: Xml) -> GenericElement:
    target = GenericElement()
    _report_element_of(ctx, el, target)
    kind = ctx.child(el, "genericElementType")
    if kind is None:
        ctx.problem(el, "<genericElement> has no <genericElementType>")
    else:
        target.type_namespace = ctx.required(kind, "namespace")
        target.type_name = ctx.required(kind, "name")
    for parameter in ctx.children(el, "genericElementParameter"):
        target.parameters.append(
            GenericElementParameter(
                name=ctx.required(parameter, "name"),
                expression=ctx.child_expression(parameter, "valueExpression"),
                value_class=ctx.attr_str(parameter, "class", "java.lang.Object") or "java.lang.Object",
                skip_when_null=ctx.attr_bool(parameter, "skipWhenNull", False) or False,
            )
        )
    target.evaluation_time, target.evaluation_group = _evaluation(ctx, el)
    return target


# --- charts, crosstabs, components: delegated --------------------------------------------------


def _read_chart_title(ctx: ReadContext, el: Xml, expression_tag: str) -> ChartTitle:
    font = ctx.child(el, "font")
    return ChartTitle(
        expression=ctx.child_expression(el, expression_tag),
        font=read_font(ctx, font) if font is not None else Font(),
        color=ctx.attr_color(el, "color"),
        position=ctx.attr_enum(el, "position", EdgePosition),
    )


def _read_chart_legend(ctx: ReadContext, el: Xml) -> ChartLegend:
    font = ctx.child(el, "font")
    return ChartLegend(
        font=read_font(ctx, font) if font is not None else Font(),
        text_color=ctx.attr_color(el, "textColor"),
        background_color=ctx.attr_color(el, "backgroundColor"),
        position=ctx.attr_enum(el, "position", EdgePosition),
    )


def read_chart_common(ctx: ReadContext, el: Xml, target: Chart) -> None:
    """Fill ``target`` from a chart tag ``el`` (``<pieChart>``...): its ``<chart>`` child
    (report element, box, title, subtitle, legend, hyperlink, evaluation)."""
    target.location = ctx.location(el)
    target.chart_kind = local_name(el)
    chart = ctx.child(el, "chart")
    if chart is None:
        ctx.problem(el, f"<{local_name(el)}> has no <chart>")
        return
    _report_element_of(ctx, chart, target)
    target.location = ctx.location(el)
    box = ctx.child(chart, "box")
    if box is not None:
        target.box = read_box(ctx, box)
    target.show_legend = ctx.attr_bool(chart, "isShowLegend")
    target.evaluation_time, target.evaluation_group = _evaluation(ctx, chart)
    _anchor_and_bookmark(ctx, chart, target)
    target.customizer_class = ctx.attr_str(chart, "customizerClass")
    target.render_type = ctx.attr_str(chart, "renderType")
    target.theme = ctx.attr_str(chart, "theme")
    title = ctx.child(chart, "chartTitle")
    if title is not None:
        target.title = _read_chart_title(ctx, title, "titleExpression")
    subtitle = ctx.child(chart, "chartSubtitle")
    if subtitle is not None:
        target.subtitle = _read_chart_title(ctx, subtitle, "subtitleExpression")
    legend = ctx.child(chart, "chartLegend")
    if legend is not None:
        target.legend = _read_chart_legend(ctx, legend)


# Charts, crosstabs and components have reader modules of their own, which build on this
# one: imported when first needed (they import this module).


def _read_chart(ctx: ReadContext, el: Xml) -> Element | None:
    from .charts import read_chart

    return read_chart(ctx, el)


def _read_crosstab(ctx: ReadContext, el: Xml) -> Element | None:
    from .crosstabs import read_crosstab

    return read_crosstab(ctx, el)


def _read_component_element(ctx: ReadContext, el: Xml) -> Element | None:
    from .components import read_component_element

    return read_component_element(ctx, el)


_HYPERLINK_CHILDREN = frozenset(
    {
        "anchorNameExpression", "bookmarkLevelExpression", "hyperlinkReferenceExpression",
        "hyperlinkWhenExpression", "hyperlinkAnchorExpression", "hyperlinkPageExpression",
        "hyperlinkTooltipExpression", "hyperlinkParameter",
    }
)
_GRAPHIC_CHILDREN = frozenset({"reportElement", "graphicElement"})

#: The children each element kind may have (beyond nested elements for containers).
_ELEMENT_CHILDREN: dict[str, frozenset[str]] = {
    "staticText": frozenset({"reportElement", "box", "textElement", "text"}),
    "textField": frozenset({"reportElement", "box", "textElement", "textFieldExpression", "patternExpression"})
    | _HYPERLINK_CHILDREN,
    "line": _GRAPHIC_CHILDREN,
    "rectangle": _GRAPHIC_CHILDREN,
    "ellipse": _GRAPHIC_CHILDREN,
    "image": _GRAPHIC_CHILDREN | {"box", "imageExpression"} | _HYPERLINK_CHILDREN,
    "break": frozenset({"reportElement"}),
    "subreport": frozenset(
        {
            "reportElement", "parametersMapExpression", "subreportParameter", "connectionExpression",
            "dataSourceExpression", "returnValue", "subreportExpression",
        }
    ),
    "genericElement": frozenset({"reportElement", "genericElementType", "genericElementParameter"}),
}

_ELEMENT_READERS: dict[str, Callable[[ReadContext, Xml], Element | None]] = {
    "staticText": read_static_text,
    "textField": read_text_field,
    "line": read_line,
    "rectangle": read_rectangle,
    "ellipse": read_ellipse,
    "image": read_image,
    "frame": read_frame,
    "elementGroup": read_element_group,
    "break": read_break,
    "subreport": read_subreport,
    "genericElement": read_generic_element,
    "crosstab": _read_crosstab,
    "componentElement": _read_component_element,
}
_ELEMENT_READERS.update({tag: _read_chart for tag in CHART_TAGS})


def read_element(ctx: ReadContext, el: Xml) -> Element | None:
    """The element ``el`` (any child of a band, frame, element group or cell); None, with
    a problem recorded, when ``el`` is not an element tag."""
    tag = local_name(el)
    reader = _ELEMENT_READERS.get(tag)
    if reader is None:
        ctx.problem(el, f"<{tag}> is not a report element")
        return None
    allowed = _ELEMENT_CHILDREN.get(tag)
    if allowed is not None:
        expect_children(ctx, el, allowed)
    return reader(ctx, el)


def read_elements(ctx: ReadContext, parent_el: Xml) -> list[Element]:
    """The elements inside a band, frame, element group or cell, in document order."""
    elements = []
    for child in ctx.children(parent_el):
        if local_name(child) in _NOT_ELEMENTS:
            continue
        element = read_element(ctx, child)
        if element is not None:
            elements.append(element)
    return elements


# --- bands, parts, sections ------------------------------------------------------------------------


def read_band(ctx: ReadContext, el: Xml) -> Band:
    """``<band>``: height, split type (``isSplitAllowed`` of old templates too), print
    condition, elements, return values and properties."""
    split = ctx.attr_enum(el, "splitType", SplitType)
    if split is None:
        allowed = ctx.attr_bool(el, "isSplitAllowed")
        if allowed is not None:
            split = SplitType.STRETCH if allowed else SplitType.PREVENT
    return Band(
        height=ctx.attr_int(el, "height", 0) or 0,
        split_type=split,
        print_when_expression=ctx.child_expression(el, "printWhenExpression"),
        elements=read_elements(ctx, el),
        return_values=read_return_values(ctx, el),
        properties=read_properties(ctx, el),
        location=ctx.location(el),
    )


def read_subreport_part(ctx: ReadContext, el: Xml) -> SubreportPart:
    return SubreportPart(
        location=ctx.location(el),
        expression=ctx.child_expression(el, "subreportExpression"),
        using_cache=ctx.attr_bool(el, "usingCache"),
        parameters_map_expression=ctx.child_expression(el, "parametersMapExpression"),
        parameters=read_expression_parameters(ctx, el, "subreportParameter", "subreportParameterExpression"),
        return_values=read_return_values(ctx, el),
    )


_PART_CHILDREN = frozenset({"property", "propertyExpression", "printWhenExpression", "partNameExpression"})


def read_part(ctx: ReadContext, el: Xml) -> Part:
    """``<part>`` of a book (``sectionType="Part"``)."""
    part = Part(
        uuid=ctx.attr_uuid(el),
        evaluation_time=ctx.attr_enum(el, "evaluationTime", PartEvaluationTime, PartEvaluationTime.NOW)
        or PartEvaluationTime.NOW,
        evaluation_group=ctx.attr_str(el, "evaluationGroup"),
        print_when_expression=ctx.child_expression(el, "printWhenExpression"),
        name_expression=ctx.child_expression(el, "partNameExpression"),
        properties=read_properties(ctx, el),
        property_expressions=read_property_expressions(ctx, el),
        location=ctx.location(el),
    )
    for child in ctx.children(el):
        if local_name(child) in _PART_CHILDREN:
            continue
        if local_name(child) == "subreportPart":
            part.component = read_subreport_part(ctx, child)
        else:
            part.component = Component(location=ctx.location(child))
    return part


def _read_single_band(ctx: ReadContext, section: Xml | None) -> Band | None:
    """The band of a one-band section (``<title>``, ``<pageHeader>``...)."""
    if section is None:
        return None
    expect_children(ctx, section, frozenset({"band"}))
    band = ctx.child(section, "band")
    return read_band(ctx, band) if band is not None else None


def _read_multi_band(ctx: ReadContext, section: Xml | None) -> tuple[list[Band], list[Part]]:
    """The bands and parts of ``<detail>``, ``<groupHeader>``, ``<groupFooter>``."""
    if section is None:
        return [], []
    expect_children(ctx, section, frozenset({"band", "part"}))
    bands = [read_band(ctx, band) for band in ctx.children(section, "band")]
    parts = [read_part(ctx, part) for part in ctx.children(section, "part")]
    return bands, parts


# --- datasets --------------------------------------------------------------------------------------


def read_parameter(ctx: ReadContext, el: Xml) -> Parameter:
    expect_children(ctx, el, frozenset({"property", "parameterDescription", "defaultValueExpression"}))
    prompting = ctx.attr_bool(el, "isForPrompting")
    return Parameter(
        name=ctx.required(el, "name"),
        value_class=ctx.attr_str(el, "class", "java.lang.String") or "java.lang.String",
        nested_type=ctx.attr_str(el, "nestedType"),
        for_prompting=True if prompting is None else prompting,
        evaluation_time=ctx.attr_enum(el, "evaluationTime", ParameterEvaluationTime),
        description=ctx.text(ctx.child(el, "parameterDescription")),
        default_value_expression=ctx.child_expression(el, "defaultValueExpression"),
        properties=read_properties(ctx, el),
        location=ctx.location(el),
    )


def read_field(ctx: ReadContext, el: Xml) -> Field:
    expect_children(ctx, el, frozenset({"property", "propertyExpression", "fieldDescription"}))
    return Field(
        name=ctx.required(el, "name"),
        value_class=ctx.attr_str(el, "class", "java.lang.String") or "java.lang.String",
        description=ctx.text(ctx.child(el, "fieldDescription")),
        properties=read_properties(ctx, el),
        property_expressions=read_property_expressions(ctx, el),
        location=ctx.location(el),
    )


def read_sort_field(ctx: ReadContext, el: Xml) -> SortField:
    return SortField(
        name=ctx.required(el, "name"),
        order=ctx.attr_enum(el, "order", SortOrder, SortOrder.ASCENDING) or SortOrder.ASCENDING,
        type=ctx.attr_enum(el, "type", SortFieldType, SortFieldType.FIELD) or SortFieldType.FIELD,
        location=ctx.location(el),
    )


def read_variable(ctx: ReadContext, el: Xml) -> Variable:
    expect_children(ctx, el, frozenset({"variableDescription", "variableExpression", "initialValueExpression"}))
    return Variable(
        name=ctx.required(el, "name"),
        value_class=ctx.attr_str(el, "class", "java.lang.String") or "java.lang.String",
        reset_type=ctx.attr_enum(el, "resetType", ResetType, ResetType.REPORT) or ResetType.REPORT,
        reset_group=ctx.attr_str(el, "resetGroup"),
        increment_type=ctx.attr_enum(el, "incrementType", IncrementType, IncrementType.NONE) or IncrementType.NONE,
        increment_group=ctx.attr_str(el, "incrementGroup"),
        calculation=ctx.attr_enum(el, "calculation", Calculation, Calculation.NOTHING) or Calculation.NOTHING,
        incrementer_factory_class=ctx.attr_str(el, "incrementerFactoryClass"),
        description=ctx.text(ctx.child(el, "variableDescription")),
        expression=ctx.child_expression(el, "variableExpression"),
        initial_value_expression=ctx.child_expression(el, "initialValueExpression"),
        location=ctx.location(el),
    )


def read_query(ctx: ReadContext, el: Xml) -> Query:
    return Query(
        text=ctx.text(el) or "",
        language=ctx.attr_str(el, "language", "sql") or "sql",
        location=ctx.location(el),
    )


def read_scriptlet(ctx: ReadContext, el: Xml) -> Scriptlet:
    return Scriptlet(
        name=ctx.required(el, "name"),
        class_name=ctx.required(el, "class"),
        description=ctx.text(ctx.child(el, "scriptletDescription")),
        properties=read_properties(ctx, el),
        location=ctx.location(el),
    )


def read_group(ctx: ReadContext, el: Xml) -> Group:
    expect_children(ctx, el, frozenset({"groupExpression", "groupHeader", "groupFooter"}))
    group = Group(
        name=ctx.required(el, "name"),
        expression=ctx.child_expression(el, "groupExpression"),
        start_new_column=ctx.attr_bool(el, "isStartNewColumn", False) or False,
        start_new_page=ctx.attr_bool(el, "isStartNewPage", False) or False,
        reset_page_number=ctx.attr_bool(el, "isResetPageNumber", False) or False,
        reprint_header_on_each_page=ctx.attr_bool(el, "isReprintHeaderOnEachPage", False) or False,
        reprint_header_on_each_column=ctx.attr_bool(el, "isReprintHeaderOnEachColumn", False) or False,
        min_height_to_start_new_page=ctx.attr_int(el, "minHeightToStartNewPage", 0) or 0,
        min_details_to_start_from_top=ctx.attr_int(el, "minDetailsToStartFromTop", 0) or 0,
        footer_position=ctx.attr_enum(el, "footerPosition", FooterPosition, FooterPosition.NORMAL)
        or FooterPosition.NORMAL,
        keep_together=ctx.attr_bool(el, "keepTogether", False) or False,
        prevent_orphan_footer=ctx.attr_bool(el, "preventOrphanFooter", False) or False,
        location=ctx.location(el),
    )
    group.header, group.header_parts = _read_multi_band(ctx, ctx.child(el, "groupHeader"))
    group.footer, group.footer_parts = _read_multi_band(ctx, ctx.child(el, "groupFooter"))
    return group


def read_dataset_contents(ctx: ReadContext, el: Xml, dataset: Dataset) -> Dataset:
    """What the report and ``<subDataset>`` share: properties, scriptlets, parameters,
    query, fields, sort fields, variables, filter and groups."""
    dataset.scriptlet_class = ctx.attr_str(el, "scriptletClass")
    dataset.resource_bundle = ctx.attr_str(el, "resourceBundle")
    dataset.when_resource_missing_type = ctx.attr_enum(
        el, "whenResourceMissingType", WhenResourceMissingType, WhenResourceMissingType.NULL
    ) or WhenResourceMissingType.NULL
    dataset.properties = read_properties(ctx, el)
    dataset.property_expressions = read_dataset_property_expressions(ctx, el)
    dataset.scriptlets = [read_scriptlet(ctx, child) for child in ctx.children(el, "scriptlet")]
    dataset.parameters = [read_parameter(ctx, child) for child in ctx.children(el, "parameter")]
    query = ctx.child(el, "queryString")
    dataset.query = read_query(ctx, query) if query is not None else None
    dataset.fields = [read_field(ctx, child) for child in ctx.children(el, "field")]
    dataset.sort_fields = [read_sort_field(ctx, child) for child in ctx.children(el, "sortField")]
    dataset.variables = [read_variable(ctx, child) for child in ctx.children(el, "variable")]
    dataset.filter_expression = ctx.child_expression(el, "filterExpression")
    dataset.groups = [read_group(ctx, child) for child in ctx.children(el, "group")]
    return dataset


_DATASET_CHILDREN = frozenset(
    {
        "property", "propertyExpression", "scriptlet", "parameter", "queryString", "field", "sortField",
        "variable", "filterExpression", "group",
    }
)


def read_sub_dataset(ctx: ReadContext, el: Xml) -> Dataset:
    expect_children(ctx, el, _DATASET_CHILDREN)
    dataset = Dataset(ctx.required(el, "name"), uuid=ctx.attr_uuid(el), location=ctx.location(el))
    return read_dataset_contents(ctx, el, dataset)


# --- the report ----------------------------------------------------------------------------------------


def read_report_font(ctx: ReadContext, el: Xml) -> ReportFont:
    font = Font(
        font_name=ctx.attr_str(el, "fontName"),
        size=ctx.attr_float(el, "size"),
        bold=ctx.attr_bool(el, "isBold"),
        italic=ctx.attr_bool(el, "isItalic"),
        underline=ctx.attr_bool(el, "isUnderline"),
        strike_through=ctx.attr_bool(el, "isStrikeThrough"),
        pdf_font_name=ctx.attr_str(el, "pdfFontName"),
        pdf_encoding=ctx.attr_str(el, "pdfEncoding"),
        pdf_embedded=ctx.attr_bool(el, "isPdfEmbedded"),
    )
    return ReportFont(
        ctx.required(el, "name"), ctx.attr_bool(el, "isDefault", False) or False, font, ctx.location(el)
    )


def _read_report_attributes(ctx: ReadContext, el: Xml, report: Report) -> None:
    report.language = ctx.attr_str(el, "language", "java") or "java"
    report.column_count = ctx.attr_int(el, "columnCount", 1) or 1
    report.print_order = ctx.attr_enum(el, "printOrder", PrintOrder, PrintOrder.VERTICAL) or PrintOrder.VERTICAL
    report.column_direction = ctx.attr_enum(el, "columnDirection", RunDirection, RunDirection.LTR) or RunDirection.LTR
    report.page_width = ctx.attr_int(el, "pageWidth", 595) or 0
    report.page_height = ctx.attr_int(el, "pageHeight", 842) or 0
    report.orientation = ctx.attr_enum(el, "orientation", Orientation, Orientation.PORTRAIT) or Orientation.PORTRAIT
    report.when_no_data_type = ctx.attr_enum(el, "whenNoDataType", WhenNoDataType)
    report.section_type = ctx.attr_enum(el, "sectionType", SectionType, SectionType.BAND) or SectionType.BAND
    report.column_width = ctx.attr_int(el, "columnWidth", 555) or 0
    report.column_spacing = ctx.attr_int(el, "columnSpacing", 0) or 0
    report.left_margin = ctx.attr_int(el, "leftMargin", 20) or 0
    report.right_margin = ctx.attr_int(el, "rightMargin", 20) or 0
    report.top_margin = ctx.attr_int(el, "topMargin", 30) or 0
    report.bottom_margin = ctx.attr_int(el, "bottomMargin", 30) or 0
    report.title_new_page = ctx.attr_bool(el, "isTitleNewPage", False) or False
    report.summary_new_page = ctx.attr_bool(el, "isSummaryNewPage", False) or False
    report.summary_with_page_header_and_footer = (
        ctx.attr_bool(el, "isSummaryWithPageHeaderAndFooter", False) or False
    )
    report.float_column_footer = ctx.attr_bool(el, "isFloatColumnFooter", False) or False
    report.ignore_pagination = ctx.attr_bool(el, "isIgnorePagination", False) or False
    report.format_factory_class = ctx.attr_str(el, "formatFactoryClass")
    report.uuid = ctx.attr_uuid(el)


_REPORT_CHILDREN = frozenset(
    {
        "property", "propertyExpression", "import", "template", "reportFont", "style", "subDataset",
        "scriptlet", "parameter", "queryString", "field", "sortField", "variable", "filterExpression",
        "group", "background", "title", "pageHeader", "columnHeader", "detail", "columnFooter",
        "pageFooter", "lastPageFooter", "summary", "noData",
    }
)


def _read_report_sections(ctx: ReadContext, el: Xml, report: Report) -> None:
    report.background = _read_single_band(ctx, ctx.child(el, "background"))
    report.title = _read_single_band(ctx, ctx.child(el, "title"))
    report.page_header = _read_single_band(ctx, ctx.child(el, "pageHeader"))
    report.column_header = _read_single_band(ctx, ctx.child(el, "columnHeader"))
    report.detail, report.detail_parts = _read_multi_band(ctx, ctx.child(el, "detail"))
    report.column_footer = _read_single_band(ctx, ctx.child(el, "columnFooter"))
    report.page_footer = _read_single_band(ctx, ctx.child(el, "pageFooter"))
    report.last_page_footer = _read_single_band(ctx, ctx.child(el, "lastPageFooter"))
    report.summary = _read_single_band(ctx, ctx.child(el, "summary"))
    report.no_data = _read_single_band(ctx, ctx.child(el, "noData"))


def read_report(ctx: ReadContext, el: Xml) -> Report:
    """``<jasperReport>`` and everything in it."""
    from .styles import read_style

    report = Report(ctx.required(el, "name"), location=ctx.location(el))
    _read_report_attributes(ctx, el, report)
    for child in ctx.children(el):
        if local_name(child) not in _REPORT_CHILDREN:
            ctx.problem(child, f"<{local_name(child)}> is not allowed in <jasperReport>")
    report.imports = [ctx.required(child, "value") for child in ctx.children(el, "import")]
    report.templates = [
        StyleTemplateRef(expression)
        for child in ctx.children(el, "template")
        if (expression := ctx.expression(child)) is not None
    ]
    report.report_fonts = [read_report_font(ctx, child) for child in ctx.children(el, "reportFont")]
    token = _REPORT_FONTS.set({font.name: font.font for font in report.report_fonts})
    try:
        report.styles = [read_style(ctx, child) for child in ctx.children(el, "style")]
        report.datasets = [read_sub_dataset(ctx, child) for child in ctx.children(el, "subDataset")]
        report.main_dataset = Dataset(report.name, uuid=report.uuid, location=report.location)
        read_dataset_contents(ctx, el, report.main_dataset)
        _read_report_sections(ctx, el, report)
    finally:
        _REPORT_FONTS.reset(token)
    return report


def load_design(document: XmlDocument) -> tuple[Report, list[TemplateError]]:
    """The report of a parsed JRXML 6.x document and the problems found reading it (the
    report is as complete as the problems allow)."""
    ctx = ReadContext(document)
    root = document.root
    if local_name(root) != "jasperReport":
        ctx.problem(root, f"the root element is <{local_name(root)}>, not <jasperReport>")
    report = read_report(ctx, root)
    return report, ctx.problems
