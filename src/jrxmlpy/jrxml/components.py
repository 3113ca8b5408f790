"""Reading JRXML 6.x ``<componentElement>``s and the components they hold.

A component is a namespaced element; it is recognised by its namespace and local name
(the prefix does not matter).  A component jrxmlpy has no model for is read as a
:class:`GenericComponent`, so the template still loads.  Problems are recorded in the
context, never raised.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree

from ..design.base import Font
from ..design.charts import CategoryDataset, ElementDataset
from ..design.components import (
    BARCODE_CLASSES,
    COMPONENTS_NAMESPACE,
    CUSTOM_VISUALIZATION_NAMESPACE,
    EAN128,
    HTML_COMPONENT_NAMESPACE,
    PDF417,
    POSTNET,
    Barbecue,
    Barcode,
    Barcode4j,
    BaseColumn,
    ChartSettings,
    Codabar,
    Code39,
    ComponentExpression,
    CustomVisualization,
    DataMatrix,
    FourStateBarcode,
    GenericComponent,
    HtmlComponent,
    IconLabel,
    Interleaved2Of5,
    Item,
    ItemData,
    ItemProperty,
    ListComponent,
    ListContents,
    MapComponent,
    MarkerData,
    QRCode,
    Sort,
    SpiderChart,
    SpiderPlot,
    Table,
    TableCell,
    TableColumn,
    TableColumnGroup,
    TableGroupCell,
    TableGroupRow,
    TableRow,
)
from ..design.elements import ChartLegend, ChartTitle, Component, ComponentElement, TextField
from ..design.enums import (
    BarbecueType,
    BarcodeOrientation,
    BarcodeTextPosition,
    BaselinePosition,
    ChecksumMode,
    ContainerFill,
    DataMatrixShape,
    EdgePosition,
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
    SpiderTableOrder,
    SplitType,
    TableWhenNoData,
    VerticalImageAlign,
)
from .charts import child_font, read_element_dataset, read_series, unexpected
from .context import ReadContext
from .reader import (
    read_box,
    read_dataset_run,
    read_element,
    read_elements,
    read_font,
    read_hyperlink,
    read_properties,
    read_property_expressions,
    read_report_element,
)
from .xmlsource import attributes, local_name, namespace

Xml = etree._Element

__all__ = [
    "read_component_element",
    "read_component",
    "read_table",
    "read_table_cell",
    "read_list",
    "read_barcode",
    "read_barbecue",
    "read_icon_label",
    "read_sort",
    "read_map",
    "read_item_data",
    "read_item",
    "read_item_property",
    "read_html_component",
    "read_spider_chart",
    "read_custom_visualization",
    "read_generic_component",
]

_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_JR_NAMESPACE = "http://jasperreports.sourceforge.net/jasperreports"


def _evaluation(ctx: ReadContext, el: Xml) -> tuple[EvaluationTime, str | None]:
    time = ctx.attr_enum(el, "evaluationTime", EvaluationTime, EvaluationTime.NOW) or EvaluationTime.NOW
    group = ctx.attr_str(el, "evaluationGroup")
    if time is EvaluationTime.GROUP and not group:
        ctx.problem(el, 'evaluationTime="Group" needs an evaluationGroup')
    return time, group


def _required_int(ctx: ReadContext, el: Xml, name: str) -> int:
    if el.get(name) is None:
        ctx.problem(el, f"attribute {name} is required")
        return 0
    return ctx.attr_int(el, name, 0) or 0


# --- the element -------------------------------------------------------------------------------------


def read_component_element(ctx: ReadContext, el: Xml) -> ComponentElement:
    """``<componentElement>``: the report element and the one component inside."""
    target = ComponentElement(location=ctx.location(el))
    has_report_element = False
    component: Component | None = None
    for child in ctx.children(el):
        if local_name(child) == "reportElement" and namespace(child) in (None, _JR_NAMESPACE):
            read_report_element(ctx, child, target)
            has_report_element = True
        elif component is None:
            component = read_component(ctx, child)
        else:
            ctx.problem(child, "a <componentElement> holds one component only")
    target.location = ctx.location(el)
    if not has_report_element:
        ctx.problem(el, "<componentElement> has no <reportElement>")
    if component is None:
        ctx.problem(el, "<componentElement> holds no component")
    else:
        target.component = component
    return target


def read_component(ctx: ReadContext, el: Xml) -> Component:
    """The component ``el``, by its namespace and local name (generic when unknown)."""
    tag = local_name(el)
    reader = _READERS.get((namespace(el), tag))
    if reader is None:
        return read_generic_component(ctx, el)
    return reader(ctx, el)


# --- table ---------------------------------------------------------------------------------------------


def read_table_cell(ctx: ReadContext, el: Xml, row_span: bool = True) -> TableCell:
    """A table cell (``<tableHeader>``, ``<detailCell>``, ``<cell>``, ``<noData>`` ...)."""
    cell = TableCell(
        location=ctx.location(el),
        height=_required_int(ctx, el, "height"),
        row_span=ctx.attr_int(el, "rowSpan") if row_span else None,
        style=ctx.attr_str(el, "style"),
        properties=read_properties(ctx, el),
        elements=read_elements(ctx, el),
    )
    box = ctx.child(el, "box")
    if box is not None:
        cell.box = read_box(ctx, box)
    return cell


def _group_cell(ctx: ReadContext, el: Xml) -> TableGroupCell:
    group = TableGroupCell(group_name=ctx.required(el, "groupName"))
    for child in ctx.children(el):
        if local_name(child) == "cell" and group.cell is None:
            group.cell = read_table_cell(ctx, child)
        else:
            unexpected(ctx, el, child)
    if group.cell is None:
        ctx.problem(el, f"<{local_name(el)}> has no <cell>")
    return group


_COLUMN_CELLS = {"tableHeader", "tableFooter", "columnHeader", "columnFooter"}


def read_column(ctx: ReadContext, el: Xml) -> BaseColumn:
    """``<column>`` or ``<columnGroup>`` (with the columns it groups)."""
    is_group = local_name(el) == "columnGroup"
    column: BaseColumn = (TableColumnGroup if is_group else TableColumn)(
        location=ctx.location(el),
        uuid=ctx.attr_uuid(el),
        width=_required_int(ctx, el, "width"),
        properties=read_properties(ctx, el),
        property_expressions=read_property_expressions(ctx, el),
    )
    for child in ctx.children(el):
        tag = local_name(child)
        if tag in ("property", "propertyExpression"):
            continue
        if tag == "printWhenExpression":
            column.print_when_expression = ctx.expression(child)
        elif tag in _COLUMN_CELLS:
            setattr(column, "table_header" if tag == "tableHeader" else
                    "table_footer" if tag == "tableFooter" else
                    "column_header" if tag == "columnHeader" else "column_footer",
                    read_table_cell(ctx, child))
        elif tag == "groupHeader":
            column.group_headers.append(_group_cell(ctx, child))
        elif tag == "groupFooter":
            column.group_footers.append(_group_cell(ctx, child))
        elif tag == "detailCell" and isinstance(column, TableColumn):
            column.detail_cell = read_table_cell(ctx, child)
        elif tag in ("column", "columnGroup") and isinstance(column, TableColumnGroup):
            column.columns.append(read_column(ctx, child))
        else:
            unexpected(ctx, el, child)
    if isinstance(column, TableColumn) and column.detail_cell is None:
        ctx.problem(el, "<column> has no <detailCell>")
    return column


def _table_row(ctx: ReadContext, el: Xml) -> TableRow:
    row = TableRow(split_type=ctx.attr_enum(el, "splitType", SplitType))
    for child in ctx.children(el):
        if local_name(child) == "printWhenExpression":
            row.print_when_expression = ctx.expression(child)
        else:
            unexpected(ctx, el, child)
    return row


def _table_group_row(ctx: ReadContext, el: Xml) -> TableGroupRow:
    group = TableGroupRow(group_name=ctx.required(el, "groupName"))
    for child in ctx.children(el):
        if local_name(child) == "row":
            group.row = _table_row(ctx, child)
        else:
            unexpected(ctx, el, child)
    return group


_TABLE_ROWS = {
    "tableHeader": "table_header",
    "columnHeader": "column_header",
    "detail": "detail",
    "columnFooter": "column_footer",
    "tableFooter": "table_footer",
}


def read_table(ctx: ReadContext, el: Xml) -> Table:
    """``<table>``: dataset run, columns, row settings and the no-data cell."""
    table = Table(location=ctx.location(el), when_no_data_type=ctx.attr_enum(el, "whenNoDataType", TableWhenNoData))
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "datasetRun":
            table.dataset_run = read_dataset_run(ctx, child)
        elif tag in ("column", "columnGroup"):
            table.columns.append(read_column(ctx, child))
        elif tag in _TABLE_ROWS:
            setattr(table, _TABLE_ROWS[tag], _table_row(ctx, child))
        elif tag == "groupHeader":
            table.group_headers.append(_table_group_row(ctx, child))
        elif tag == "groupFooter":
            table.group_footers.append(_table_group_row(ctx, child))
        elif tag == "noData":
            table.no_data = read_table_cell(ctx, child, row_span=False)
        else:
            unexpected(ctx, el, child)
    if table.dataset_run is None:
        ctx.problem(el, "<table> has no <datasetRun>")
    return table


# --- list ----------------------------------------------------------------------------------------------


def read_list(ctx: ReadContext, el: Xml) -> ListComponent:
    """``<list>``: dataset run and ``<listContents>``."""
    component = ListComponent(
        location=ctx.location(el),
        print_order=ctx.attr_enum(el, "printOrder", PrintOrder, PrintOrder.VERTICAL) or PrintOrder.VERTICAL,
        ignore_width=ctx.attr_bool(el, "ignoreWidth"),
    )
    contents_found = False
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "datasetRun":
            component.dataset_run = read_dataset_run(ctx, child)
        elif tag == "listContents":
            contents_found = True
            component.contents = ListContents(
                height=_required_int(ctx, child, "height"),
                width=ctx.attr_int(child, "width"),
                elements=read_elements(ctx, child),
            )
        else:
            unexpected(ctx, el, child)
    if component.dataset_run is None:
        ctx.problem(el, "<list> has no <datasetRun>")
    if not contents_found:
        ctx.problem(el, "<list> has no <listContents>")
    return component


# --- barcodes ---------------------------------------------------------------------------------------------


def read_barcode(ctx: ReadContext, el: Xml) -> Barcode:
    """A barcode4j-family barcode (``<Code128>``, ``<QRCode>``, ``<DataMatrix>`` ...)."""
    barcode = BARCODE_CLASSES[local_name(el)](location=ctx.location(el))
    barcode.evaluation_time, barcode.evaluation_group = _evaluation(ctx, el)
    expressions = {"codeExpression": "code_expression"}
    if isinstance(barcode, Barcode4j):
        expressions["patternExpression"] = "pattern_expression"
        barcode.orientation = ctx.attr_enum(el, "orientation", BarcodeOrientation)
        barcode.module_width = ctx.attr_float(el, "moduleWidth")
        barcode.text_position = ctx.attr_enum(el, "textPosition", BarcodeTextPosition)
        barcode.quiet_zone = ctx.attr_float(el, "quietZone")
        barcode.vertical_quiet_zone = ctx.attr_float(el, "verticalQuietZone")
    if hasattr(barcode, "checksum_mode"):
        barcode.checksum_mode = ctx.attr_enum(el, "checksumMode", ChecksumMode)  # type: ignore[attr-defined]
    if isinstance(barcode, (Codabar, Code39, Interleaved2Of5)):
        barcode.wide_factor = ctx.attr_float(el, "wideFactor")
    if isinstance(barcode, (Code39, Interleaved2Of5, POSTNET)):
        barcode.display_checksum = ctx.attr_bool(el, "displayChecksum")
    if isinstance(barcode, (Code39, FourStateBarcode, POSTNET)):
        barcode.interchar_gap_width = ctx.attr_float(el, "intercharGapWidth")
    if isinstance(barcode, Code39):
        barcode.display_start_stop = ctx.attr_bool(el, "displayStartStop")
        barcode.extended_charset_enabled = ctx.attr_bool(el, "extendedCharSetEnabled")
    elif isinstance(barcode, EAN128):
        expressions["templateExpression"] = "template_expression"
    elif isinstance(barcode, DataMatrix):
        barcode.shape = ctx.attr_enum(el, "shape", DataMatrixShape)
        barcode.min_symbol_width = ctx.attr_int(el, "minSymbolWidth")
        barcode.max_symbol_width = ctx.attr_int(el, "maxSymbolWidth")
        barcode.min_symbol_height = ctx.attr_int(el, "minSymbolHeight")
        barcode.max_symbol_height = ctx.attr_int(el, "maxSymbolHeight")
    elif isinstance(barcode, FourStateBarcode):
        barcode.ascender_height = ctx.attr_float(el, "ascenderHeight")
        barcode.track_height = ctx.attr_float(el, "trackHeight")
    elif isinstance(barcode, POSTNET):
        barcode.short_bar_height = ctx.attr_float(el, "shortBarHeight")
        barcode.baseline_position = ctx.attr_enum(el, "baselinePosition", BaselinePosition)
    elif isinstance(barcode, PDF417):
        barcode.min_columns = ctx.attr_int(el, "minColumns")
        barcode.max_columns = ctx.attr_int(el, "maxColumns")
        barcode.min_rows = ctx.attr_int(el, "minRows")
        barcode.max_rows = ctx.attr_int(el, "maxRows")
        barcode.width_to_height_ratio = ctx.attr_float(el, "widthToHeightRatio")
        barcode.error_correction_level = ctx.attr_int(el, "errorCorrectionLevel")
    elif isinstance(barcode, QRCode):
        barcode.margin = ctx.attr_int(el, "margin")
        barcode.error_correction_level = ctx.attr_enum(el, "errorCorrectionLevel", QrErrorCorrectionLevel)
        barcode.qr_version = ctx.attr_int(el, "qrVersion")
    _read_expressions(ctx, el, barcode, expressions)
    if barcode.code_expression is None:
        ctx.problem(el, f"<{local_name(el)}> has no <codeExpression>")
    return barcode


def _read_expressions(ctx: ReadContext, el: Xml, target: object, expressions: dict[str, str]) -> None:
    """Set the expression children named in ``expressions`` (tag -> attribute); any other
    child is a problem."""
    for child in ctx.children(el):
        attribute = expressions.get(local_name(child))
        if attribute is None:
            unexpected(ctx, el, child)
        else:
            setattr(target, attribute, ctx.expression(child))


def read_barbecue(ctx: ReadContext, el: Xml) -> Barbecue:
    """``<barbecue type=...>``."""
    barcode = Barbecue(
        location=ctx.location(el),
        barcode_type=ctx.attr_enum(el, "type", BarbecueType),
        draw_text=ctx.attr_bool(el, "drawText", False) or False,
        checksum_required=ctx.attr_bool(el, "checksumRequired", False) or False,
        bar_width=ctx.attr_int(el, "barWidth"),
        bar_height=ctx.attr_int(el, "barHeight"),
        rotation=ctx.attr_enum(el, "rotation", Rotation),
    )
    if el.get("type") is None:
        ctx.problem(el, "attribute type is required")
    barcode.evaluation_time, barcode.evaluation_group = _evaluation(ctx, el)
    _read_expressions(
        ctx, el, barcode,
        {"codeExpression": "code_expression", "applicationIdentifierExpression": "application_identifier_expression"},
    )
    if barcode.code_expression is None:
        ctx.problem(el, "<barbecue> has no <codeExpression>")
    return barcode


# --- icon label, sort ---------------------------------------------------------------------------------------


def _text_field_in(ctx: ReadContext, el: Xml) -> TextField | None:
    """The ``<textField>`` wrapped by ``<label>`` / ``<icon>``."""
    found: TextField | None = None
    for child in ctx.children(el):
        if local_name(child) == "textField" and found is None:
            element = read_element(ctx, child)
            if isinstance(element, TextField):
                found = element
        else:
            unexpected(ctx, el, child)
    if found is None:
        ctx.problem(el, f"<{local_name(el)}> has no <textField>")
    return found


def read_icon_label(ctx: ReadContext, el: Xml) -> IconLabel:
    """``<iconLabel>``: box, label and icon text fields, positions and fill."""
    component = IconLabel(
        location=ctx.location(el),
        icon_position=ctx.attr_enum(el, "iconPosition", IconPosition),
        label_fill=ctx.attr_enum(el, "labelFill", ContainerFill),
        horizontal_alignment=ctx.attr_enum(el, "horizontalAlignment", HorizontalImageAlign),
        vertical_alignment=ctx.attr_enum(el, "verticalAlignment", VerticalImageAlign),
    )
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "box":
            component.box = read_box(ctx, child)
        elif tag == "label":
            component.label = _text_field_in(ctx, child)
        elif tag == "icon":
            component.icon = _text_field_in(ctx, child)
        else:
            unexpected(ctx, el, child)
    for tag in ("label", "icon"):
        if ctx.child(el, tag) is None:
            ctx.problem(el, f"<iconLabel> has no <{tag}>")
    return component


def read_sort(ctx: ReadContext, el: Xml) -> Sort:
    """``<sort>`` with its ``<symbol>``."""
    component = Sort(location=ctx.location(el))
    component.evaluation_time, component.evaluation_group = _evaluation(ctx, el)
    for child in ctx.children(el):
        if local_name(child) != "symbol":
            unexpected(ctx, el, child)
            continue
        component.sort_field_name = ctx.attr_str(child, "sortFieldName")
        component.sort_field_type = (
            ctx.attr_enum(child, "sortFieldType", SortFieldType, SortFieldType.FIELD) or SortFieldType.FIELD
        )
        component.handler_color = ctx.attr_color(child, "handlerColor")
        component.handler_vertical_align = ctx.attr_enum(child, "handlerVerticalAlign", VerticalImageAlign)
        component.handler_horizontal_align = ctx.attr_enum(child, "handlerHorizontalAlign", HorizontalImageAlign)
        for part in ctx.children(child):
            if local_name(part) == "font":
                component.symbol_font = read_font(ctx, part)
            else:
                unexpected(ctx, child, part)
    return component


# --- items (maps, custom visualizations) ------------------------------------------------------------------


def read_item_property(ctx: ReadContext, el: Xml) -> ItemProperty:
    """``<itemProperty name= value=>`` (or with a ``<valueExpression>``)."""
    prop = ItemProperty(name=ctx.required(el, "name"), value=ctx.attr_str(el, "value"))
    for child in ctx.children(el):
        if local_name(child) == "valueExpression":
            prop.value_expression = ctx.expression(child)
        else:
            unexpected(ctx, el, child)
    return prop


def read_item(ctx: ReadContext, el: Xml, property_tag: str = "itemProperty") -> Item:
    item = Item()
    for child in ctx.children(el):
        if local_name(child) == property_tag:
            item.properties.append(read_item_property(ctx, child))
        else:
            unexpected(ctx, el, child)
    return item


def read_item_data(ctx: ReadContext, el: Xml, target: ItemData | None = None) -> ItemData:
    """Items with an optional ``<dataset>`` (``<markerData>``, ``<pathData>``, ``<cvData>``);
    a :class:`MarkerData` also takes its series / clustering / legend expressions."""
    data = target if target is not None else ItemData()
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "dataset":
            data.dataset = read_element_dataset(ctx, child, ElementDataset())
        elif tag == "item":
            data.items.append(read_item(ctx, child))
        elif isinstance(data, MarkerData) and tag in _MARKER_EXPRESSIONS:
            setattr(data, _MARKER_EXPRESSIONS[tag], ctx.expression(child))
        else:
            unexpected(ctx, el, child)
    return data


_MARKER_EXPRESSIONS = {
    "seriesNameExpression": "series_name_expression",
    "markerClusteringExpression": "marker_clustering_expression",
    "markerSpideringExpression": "marker_spidering_expression",
    "legendIconExpression": "legend_icon_expression",
}

_MAP_EXPRESSIONS = {
    "latitudeExpression": "latitude_expression",
    "longitudeExpression": "longitude_expression",
    "addressExpression": "address_expression",
    "zoomExpression": "zoom_expression",
    "languageExpression": "language_expression",
}


def _marker_dataset(ctx: ReadContext, el: Xml) -> MarkerData:
    """The older ``<markerDataset>`` (a dataset run and ``<marker>``s) as marker data."""
    data = MarkerData()
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "datasetRun":
            data.dataset = ElementDataset(location=ctx.location(child), dataset_run=read_dataset_run(ctx, child))
        elif tag == "marker":
            data.items.append(read_item(ctx, child, "markerProperty"))
        else:
            unexpected(ctx, el, child)
    return data


def read_map(ctx: ReadContext, el: Xml) -> MapComponent:
    """``<map>``: centre, zoom, markers, paths and image settings."""
    component = MapComponent(
        location=ctx.location(el),
        map_type=ctx.attr_enum(el, "mapType", MapType, MapType.ROADMAP) or MapType.ROADMAP,
        map_scale=ctx.attr_int(el, "mapScale"),
        image_type=ctx.attr_enum(el, "imageType", MapImageType, MapImageType.PNG) or MapImageType.PNG,
        on_error_type=ctx.attr_enum(el, "onErrorType", OnErrorType, OnErrorType.ERROR) or OnErrorType.ERROR,
        marker_clustering=ctx.attr_bool(el, "markerClustering", False) or False,
        marker_spidering=ctx.attr_bool(el, "markerSpidering", False) or False,
    )
    if component.map_scale is not None and component.map_scale not in (1, 2, 4):
        ctx.problem(el, f"attribute mapScale={component.map_scale} is not 1, 2 or 4")
    component.evaluation_time, component.evaluation_group = _evaluation(ctx, el)
    for child in ctx.children(el):
        tag = local_name(child)
        if tag in _MAP_EXPRESSIONS:
            setattr(component, _MAP_EXPRESSIONS[tag], ctx.expression(child))
        elif tag == "markerData":
            component.markers.append(read_item_data(ctx, child, MarkerData()))  # type: ignore[arg-type]
        elif tag == "markerDataset":
            component.markers.append(_marker_dataset(ctx, child))
        elif tag == "pathStyle":
            component.path_styles.append(read_item_data(ctx, child))
        elif tag == "pathData":
            component.paths.append(read_item_data(ctx, child))
        elif tag == "legendItem":
            component.legend_item = read_item(ctx, child)
        elif tag == "resetMapItem":
            component.reset_map_item = read_item(ctx, child)
        else:
            unexpected(ctx, el, child)
    return component


# --- HTML, spider chart, custom visualization ------------------------------------------------------------


def read_html_component(ctx: ReadContext, el: Xml) -> HtmlComponent:
    """``<hc:html>``."""
    component = HtmlComponent(
        location=ctx.location(el),
        scale_type=ctx.attr_enum(el, "scaleType", ScaleImage),
        horizontal_alignment=ctx.attr_enum(el, "horizontalAlign", HorizontalImageAlign),
        vertical_alignment=ctx.attr_enum(el, "verticalAlign", VerticalImageAlign),
        clip_on_overflow=ctx.attr_bool(el, "clipOnOverflow"),
    )
    component.evaluation_time, component.evaluation_group = _evaluation(ctx, el)
    _read_expressions(ctx, el, component, {"htmlContentExpression": "html_content_expression"})
    return component


def _chart_title(ctx: ReadContext, el: Xml, expression_tag: str) -> ChartTitle:
    return ChartTitle(
        expression=ctx.child_expression(el, expression_tag),
        font=child_font(ctx, el) or Font(),
        color=ctx.attr_color(el, "color"),
        position=ctx.attr_enum(el, "position", EdgePosition),
    )


def _chart_settings(ctx: ReadContext, el: Xml) -> ChartSettings:
    """``<chartSettings>`` of a spider chart (title, subtitle, legend, hyperlink...)."""
    settings = ChartSettings(
        show_legend=ctx.attr_bool(el, "isShowLegend"),
        backcolor=ctx.attr_color(el, "backcolor"),
        customizer_class=ctx.attr_str(el, "customizerClass"),
        render_type=ctx.attr_str(el, "renderType"),
        hyperlink=read_hyperlink(ctx, el),
        anchor_name_expression=ctx.child_expression(el, "anchorNameExpression"),
        bookmark_level=ctx.attr_int(el, "bookmarkLevel", 0) or 0,
        bookmark_level_expression=ctx.child_expression(el, "bookmarkLevelExpression"),
    )
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "chartTitle":
            settings.title = _chart_title(ctx, child, "titleExpression")
        elif tag == "chartSubtitle":
            settings.subtitle = _chart_title(ctx, child, "subtitleExpression")
        elif tag == "chartLegend":
            settings.legend = ChartLegend(
                font=child_font(ctx, child) or Font(),
                text_color=ctx.attr_color(child, "textColor"),
                background_color=ctx.attr_color(child, "backgroundColor"),
                position=ctx.attr_enum(child, "position", EdgePosition),
            )
        elif tag not in _HYPERLINK_CHILDREN:
            unexpected(ctx, el, child)
    return settings


_HYPERLINK_CHILDREN = frozenset(
    {
        "anchorNameExpression", "bookmarkLevelExpression", "hyperlinkReferenceExpression",
        "hyperlinkWhenExpression", "hyperlinkAnchorExpression", "hyperlinkPageExpression",
        "hyperlinkTooltipExpression", "hyperlinkParameter",
    }
)


def _spider_plot(ctx: ReadContext, el: Xml) -> SpiderPlot:
    plot = SpiderPlot(
        rotation=ctx.attr_enum(el, "rotation", SpiderRotation),
        table_order=ctx.attr_enum(el, "tableOrder", SpiderTableOrder),
        web_filled=ctx.attr_bool(el, "isWebFilled"),
        start_angle=ctx.attr_float(el, "startAngle"),
        head_percent=ctx.attr_float(el, "headPercent"),
        interior_gap=ctx.attr_float(el, "interiorGap"),
        axis_line_color=ctx.attr_color(el, "axisLineColor"),
        axis_line_width=ctx.attr_float(el, "axisLineWidth"),
        label_gap=ctx.attr_float(el, "labelGap"),
        label_color=ctx.attr_color(el, "labelColor"),
        backcolor=ctx.attr_color(el, "backcolor"),
        background_alpha=ctx.attr_float(el, "backgroundAlpha"),
        foreground_alpha=ctx.attr_float(el, "foregroundAlpha"),
    )
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "labelFont":
            plot.label_font = child_font(ctx, child)
        elif tag == "maxValueExpression":
            plot.max_value_expression = ctx.expression(child)
        else:
            unexpected(ctx, el, child)
    return plot


def _spider_dataset(ctx: ReadContext, el: Xml) -> CategoryDataset:
    dataset = CategoryDataset(location=ctx.location(el))
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "dataset":
            read_element_dataset(ctx, child, dataset)
        elif tag == "categorySeries":
            dataset.series.append(read_series(ctx, child))
        else:
            unexpected(ctx, el, child)
    return dataset


def read_spider_chart(ctx: ReadContext, el: Xml) -> SpiderChart:
    """``<spiderChart>``: chart settings, spider dataset and spider plot."""
    component = SpiderChart(location=ctx.location(el))
    component.evaluation_time, component.evaluation_group = _evaluation(ctx, el)
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "chartSettings":
            component.settings = _chart_settings(ctx, child)
        elif tag == "spiderDataset":
            component.dataset = _spider_dataset(ctx, child)
        elif tag == "spiderPlot":
            component.plot = _spider_plot(ctx, child)
        else:
            unexpected(ctx, el, child)
    return component


def read_custom_visualization(ctx: ReadContext, el: Xml) -> CustomVisualization:
    """``<cv:customvisualization>``: processing class, properties and data."""
    component = CustomVisualization(
        location=ctx.location(el),
        processing_class=ctx.attr_str(el, "processingClass"),
        on_error_type=ctx.attr_enum(el, "onErrorType", OnErrorType, OnErrorType.ERROR) or OnErrorType.ERROR,
    )
    component.evaluation_time, component.evaluation_group = _evaluation(ctx, el)
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "itemProperty":
            component.item_properties.append(read_item_property(ctx, child))
        elif tag == "cvData":
            component.datasets.append(read_item_data(ctx, child))
        else:
            unexpected(ctx, el, child)
    return component


# --- anything else -------------------------------------------------------------------------------------------


def read_generic_component(ctx: ReadContext, el: Xml) -> GenericComponent:
    """A component jrxmlpy has no model for: namespace, tag, attributes and expressions."""
    component = GenericComponent(
        location=ctx.location(el),
        namespace=namespace(el),
        name=local_name(el),
        # xsi:schemaLocation is XML plumbing, not a setting of the component
        attributes={key: value for key, value in attributes(el) if not key.startswith(f"{{{_XSI}}}")},
    )
    if component.namespace in (None, _JR_NAMESPACE):
        ctx.problem(el, f"<{component.name}> is not a component (components have a namespace of their own)")
    _collect_expressions(ctx, el, "", component.expressions)
    return component


def _collect_expressions(ctx: ReadContext, el: Xml, prefix: str, found: list[ComponentExpression]) -> None:
    for child in ctx.children(el):
        path = f"{prefix}{local_name(child)}"
        if local_name(child).endswith("Expression"):
            expression = ctx.expression(child)
            if expression is not None:
                found.append(ComponentExpression(path, expression))
        else:
            _collect_expressions(ctx, child, path + "/", found)


_READERS: dict[tuple[str | None, str], Callable[[ReadContext, Xml], Component]] = {
    (COMPONENTS_NAMESPACE, "table"): read_table,
    (COMPONENTS_NAMESPACE, "list"): read_list,
    (COMPONENTS_NAMESPACE, "barbecue"): read_barbecue,
    (COMPONENTS_NAMESPACE, "iconLabel"): read_icon_label,
    (COMPONENTS_NAMESPACE, "sort"): read_sort,
    (COMPONENTS_NAMESPACE, "map"): read_map,
    (COMPONENTS_NAMESPACE, "spiderChart"): read_spider_chart,
    (HTML_COMPONENT_NAMESPACE, "html"): read_html_component,
    (CUSTOM_VISUALIZATION_NAMESPACE, "customvisualization"): read_custom_visualization,
}
_READERS.update({(COMPONENTS_NAMESPACE, tag): read_barcode for tag in BARCODE_CLASSES})
