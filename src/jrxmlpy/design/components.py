"""What a ``<componentElement>`` holds: tables, lists, barcodes, icon labels, sort
handlers, maps, HTML, spider charts, custom visualizations, and any other namespaced
component (:class:`GenericComponent`) so that templates using them still load.

Each concrete class names its JRXML tag in ``TAG``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..errors import Location
from .base import NOWHERE, Box, Color, Element, Expression, Font, Hyperlink, PropertyExpression
from .charts import CategoryDataset, ElementDataset
from .elements import ChartLegend, ChartTitle, Component, DatasetRun, TextField
from .enums import (
    BarbecueType,
    BarcodeOrientation,
    BarcodeTextPosition,
    BaselinePosition,
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
    SpiderTableOrder,
    SplitType,
    TableWhenNoData,
    VerticalImageAlign,
)

#: The namespace of the components shipped with JasperReports (table, list, barcodes...).
COMPONENTS_NAMESPACE = "http://jasperreports.sourceforge.net/jasperreports/components"
HTML_COMPONENT_NAMESPACE = "http://jasperreports.sourceforge.net/htmlcomponent"
CUSTOM_VISUALIZATION_NAMESPACE = "http://www.jaspersoft.com/cvcomponent"


# --- table ----------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class TableCell:
    """A cell of a table column (``tableHeader``, ``columnHeader``, ``detailCell`` ...):
    a box of elements as high as ``height``, spanning ``row_span`` rows of headers."""

    location: Location = NOWHERE
    height: int = 0
    #: None: one row.  (Not used by the ``noData`` cell.)
    row_span: int | None = None
    style: str | None = None
    box: Box = field(default_factory=Box)
    properties: dict[str, str] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class TableGroupCell:
    """A column's cell for the header or footer of the named report group."""

    group_name: str
    cell: TableCell | None = None


@dataclass(slots=True, kw_only=True)
class BaseColumn:
    """What table columns and column groups share: width, condition and the header/footer
    cells of each table section."""

    location: Location = NOWHERE
    uuid: str | None = None
    width: int = 0
    print_when_expression: Expression | None = None
    properties: dict[str, str] = field(default_factory=dict)
    property_expressions: list[PropertyExpression] = field(default_factory=list)
    table_header: TableCell | None = None
    table_footer: TableCell | None = None
    group_headers: list[TableGroupCell] = field(default_factory=list)
    group_footers: list[TableGroupCell] = field(default_factory=list)
    column_header: TableCell | None = None
    column_footer: TableCell | None = None


@dataclass(slots=True, kw_only=True)
class TableColumn(BaseColumn):
    """``<column>``: a leaf column, with its detail cell."""

    detail_cell: TableCell | None = None


@dataclass(slots=True, kw_only=True)
class TableColumnGroup(BaseColumn):
    """``<columnGroup>``: columns (and nested groups) under shared headers/footers."""

    columns: list[BaseColumn] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class TableRow:
    """The row settings of a table section (``<tableHeader splitType=...>`` at table
    level): how it splits across pages and when it prints."""

    split_type: SplitType | None = None
    print_when_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class TableGroupRow:
    group_name: str
    row: TableRow = field(default_factory=TableRow)


@dataclass(slots=True, kw_only=True)
class Table(Component):
    """``<table>``: columns filled from a sub-dataset run."""

    dataset_run: DatasetRun | None = None
    when_no_data_type: TableWhenNoData | None = None
    columns: list[BaseColumn] = field(default_factory=list)
    table_header: TableRow | None = None
    column_header: TableRow | None = None
    group_headers: list[TableGroupRow] = field(default_factory=list)
    detail: TableRow | None = None
    group_footers: list[TableGroupRow] = field(default_factory=list)
    column_footer: TableRow | None = None
    table_footer: TableRow | None = None
    no_data: TableCell | None = None

    TAG: ClassVar[str] = "table"


# --- list -----------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class ListContents:
    """``<listContents>``: the elements printed once per record of the list's dataset."""

    height: int = 0
    #: Needed only for horizontal lists; None takes the element's width.
    width: int | None = None
    elements: list[Element] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class ListComponent(Component):
    """``<list>``."""

    print_order: PrintOrder = PrintOrder.VERTICAL
    ignore_width: bool | None = None
    dataset_run: DatasetRun | None = None
    contents: ListContents = field(default_factory=ListContents)

    TAG: ClassVar[str] = "list"


# --- barcodes -------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Barcode(Component):
    """What every barcode4j-family barcode has (QR code included)."""

    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    code_expression: Expression | None = None

    TAG: ClassVar[str] = ""


@dataclass(slots=True, kw_only=True)
class Barcode4j(Barcode):
    """The linear and 2D barcodes drawn by barcode4j: module width, orientation, human
    readable text placement and quiet zones (None leaves barcode4j's defaults)."""

    pattern_expression: Expression | None = None
    orientation: BarcodeOrientation | None = None
    module_width: float | None = None
    text_position: BarcodeTextPosition | None = None
    quiet_zone: float | None = None
    vertical_quiet_zone: float | None = None


@dataclass(slots=True, kw_only=True)
class Codabar(Barcode4j):
    wide_factor: float | None = None

    TAG: ClassVar[str] = "Codabar"


@dataclass(slots=True, kw_only=True)
class Code128(Barcode4j):
    TAG: ClassVar[str] = "Code128"


@dataclass(slots=True, kw_only=True)
class EAN128(Code128):
    template_expression: Expression | None = None
    checksum_mode: ChecksumMode | None = None

    TAG: ClassVar[str] = "EAN128"


@dataclass(slots=True, kw_only=True)
class DataMatrix(Barcode4j):
    shape: DataMatrixShape | None = None
    min_symbol_width: int | None = None
    max_symbol_width: int | None = None
    min_symbol_height: int | None = None
    max_symbol_height: int | None = None

    TAG: ClassVar[str] = "DataMatrix"


@dataclass(slots=True, kw_only=True)
class Code39(Barcode4j):
    checksum_mode: ChecksumMode | None = None
    display_checksum: bool | None = None
    display_start_stop: bool | None = None
    extended_charset_enabled: bool | None = None
    interchar_gap_width: float | None = None
    wide_factor: float | None = None

    TAG: ClassVar[str] = "Code39"


@dataclass(slots=True, kw_only=True)
class Interleaved2Of5(Barcode4j):
    checksum_mode: ChecksumMode | None = None
    display_checksum: bool | None = None
    wide_factor: float | None = None

    TAG: ClassVar[str] = "Interleaved2Of5"


@dataclass(slots=True, kw_only=True)
class UpcEanBarcode(Barcode4j):
    """What the UPC / EAN barcodes share."""

    checksum_mode: ChecksumMode | None = None


@dataclass(slots=True, kw_only=True)
class UPCA(UpcEanBarcode):
    TAG: ClassVar[str] = "UPCA"


@dataclass(slots=True, kw_only=True)
class UPCE(UpcEanBarcode):
    TAG: ClassVar[str] = "UPCE"


@dataclass(slots=True, kw_only=True)
class EAN13(UpcEanBarcode):
    TAG: ClassVar[str] = "EAN13"


@dataclass(slots=True, kw_only=True)
class EAN8(UpcEanBarcode):
    TAG: ClassVar[str] = "EAN8"


@dataclass(slots=True, kw_only=True)
class FourStateBarcode(Barcode4j):
    """What the four-state postal barcodes share."""

    ascender_height: float | None = None
    checksum_mode: ChecksumMode | None = None
    interchar_gap_width: float | None = None
    track_height: float | None = None


@dataclass(slots=True, kw_only=True)
class RoyalMailCustomer(FourStateBarcode):
    TAG: ClassVar[str] = "RoyalMailCustomer"


@dataclass(slots=True, kw_only=True)
class USPSIntelligentMail(FourStateBarcode):
    TAG: ClassVar[str] = "USPSIntelligentMail"


@dataclass(slots=True, kw_only=True)
class POSTNET(Barcode4j):
    short_bar_height: float | None = None
    baseline_position: BaselinePosition | None = None
    checksum_mode: ChecksumMode | None = None
    display_checksum: bool | None = None
    interchar_gap_width: float | None = None

    TAG: ClassVar[str] = "POSTNET"


@dataclass(slots=True, kw_only=True)
class PDF417(Barcode4j):
    min_columns: int | None = None
    max_columns: int | None = None
    min_rows: int | None = None
    max_rows: int | None = None
    width_to_height_ratio: float | None = None
    error_correction_level: int | None = None

    TAG: ClassVar[str] = "PDF417"


@dataclass(slots=True, kw_only=True)
class QRCode(Barcode):
    margin: int | None = None
    error_correction_level: QrErrorCorrectionLevel | None = None
    qr_version: int | None = None

    TAG: ClassVar[str] = "QRCode"


#: The barcode4j-family classes by tag.
BARCODE_CLASSES: dict[str, type[Barcode]] = {
    cls.TAG: cls
    for cls in (
        Codabar, Code128, EAN128, DataMatrix, Code39, Interleaved2Of5, UPCA, UPCE, EAN13,
        EAN8, RoyalMailCustomer, USPSIntelligentMail, POSTNET, PDF417, QRCode,
    )
}


@dataclass(slots=True, kw_only=True)
class Barbecue(Component):
    """``<barbecue>``: a barcode drawn by the Barbecue library."""

    barcode_type: BarbecueType | None = None
    draw_text: bool = False
    checksum_required: bool = False
    bar_width: int | None = None
    bar_height: int | None = None
    rotation: Rotation | None = None
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    code_expression: Expression | None = None
    application_identifier_expression: Expression | None = None

    TAG: ClassVar[str] = "barbecue"


# --- icon label, sort -----------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class IconLabel(Component):
    """``<iconLabel>``: a label text field beside an icon text field (an icon font glyph)."""

    box: Box = field(default_factory=Box)
    label: TextField | None = None
    icon: TextField | None = None
    icon_position: IconPosition | None = None
    label_fill: ContainerFill | None = None
    horizontal_alignment: HorizontalImageAlign | None = None
    vertical_alignment: VerticalImageAlign | None = None

    TAG: ClassVar[str] = "iconLabel"


@dataclass(slots=True, kw_only=True)
class Sort(Component):
    """``<sort>``: the interactive sort handle of a column header."""

    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    sort_field_name: str | None = None
    sort_field_type: SortFieldType = SortFieldType.FIELD
    handler_color: Color | None = None
    handler_vertical_align: VerticalImageAlign | None = None
    handler_horizontal_align: HorizontalImageAlign | None = None
    symbol_font: Font | None = None

    TAG: ClassVar[str] = "sort"


# --- map and item data (also used by custom visualizations) --------------------------------------


@dataclass(slots=True, kw_only=True)
class ItemProperty:
    """A named value of an item: fixed (``value``) or computed (``value_expression``)."""

    name: str
    value: str | None = None
    value_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class Item:
    properties: list[ItemProperty] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class ItemData:
    """Items, optionally collected over a dataset (``<markerData>``, ``<pathData>`` ...)."""

    dataset: ElementDataset | None = None
    items: list[Item] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class MarkerData(ItemData):
    series_name_expression: Expression | None = None
    marker_clustering_expression: Expression | None = None
    marker_spidering_expression: Expression | None = None
    legend_icon_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class MapComponent(Component):
    """``<map>``: a Google map image with markers and paths."""

    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    latitude_expression: Expression | None = None
    longitude_expression: Expression | None = None
    address_expression: Expression | None = None
    zoom_expression: Expression | None = None
    language_expression: Expression | None = None
    map_type: MapType = MapType.ROADMAP
    map_scale: int | None = None
    image_type: MapImageType = MapImageType.PNG
    on_error_type: OnErrorType = OnErrorType.ERROR
    marker_clustering: bool = False
    marker_spidering: bool = False
    #: ``<markerData>`` blocks, and the older ``<markerDataset>`` read as one more.
    markers: list[MarkerData] = field(default_factory=list)
    path_styles: list[ItemData] = field(default_factory=list)
    paths: list[ItemData] = field(default_factory=list)
    legend_item: Item | None = None
    reset_map_item: Item | None = None

    TAG: ClassVar[str] = "map"


# --- HTML, spider chart, custom visualization -------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class HtmlComponent(Component):
    """``<hc:html>``: HTML content drawn as an image."""

    html_content_expression: Expression | None = None
    scale_type: ScaleImage | None = None
    horizontal_alignment: HorizontalImageAlign | None = None
    vertical_alignment: VerticalImageAlign | None = None
    clip_on_overflow: bool | None = None
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None

    TAG: ClassVar[str] = "html"


@dataclass(slots=True, kw_only=True)
class ChartSettings:
    """``<chartSettings>`` of a spider chart: what a ``<chart>`` holds besides the
    report element."""

    show_legend: bool | None = None
    backcolor: Color | None = None
    customizer_class: str | None = None
    render_type: str | None = None
    title: ChartTitle = field(default_factory=ChartTitle)
    subtitle: ChartTitle = field(default_factory=ChartTitle)
    legend: ChartLegend = field(default_factory=ChartLegend)
    hyperlink: Hyperlink = field(default_factory=Hyperlink)
    anchor_name_expression: Expression | None = None
    bookmark_level: int = 0
    bookmark_level_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class SpiderPlot:
    rotation: SpiderRotation | None = None
    table_order: SpiderTableOrder | None = None
    web_filled: bool | None = None
    start_angle: float | None = None
    head_percent: float | None = None
    interior_gap: float | None = None
    axis_line_color: Color | None = None
    axis_line_width: float | None = None
    label_gap: float | None = None
    label_color: Color | None = None
    backcolor: Color | None = None
    background_alpha: float | None = None
    foreground_alpha: float | None = None
    label_font: Font | None = None
    max_value_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class SpiderChart(Component):
    """``<spiderChart>``: a radar chart over category series."""

    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    settings: ChartSettings = field(default_factory=ChartSettings)
    dataset: CategoryDataset = field(default_factory=CategoryDataset)
    plot: SpiderPlot = field(default_factory=SpiderPlot)

    TAG: ClassVar[str] = "spiderChart"


@dataclass(slots=True, kw_only=True)
class CustomVisualization(Component):
    """``<cv:customvisualization>``: a chart drawn by a script, fed items of data."""

    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    processing_class: str | None = None
    on_error_type: OnErrorType = OnErrorType.ERROR
    item_properties: list[ItemProperty] = field(default_factory=list)
    datasets: list[ItemData] = field(default_factory=list)

    TAG: ClassVar[str] = "customvisualization"


# --- anything else --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ComponentExpression:
    """An expression found inside an unknown component: ``path`` is the chain of local
    tag names from the component down to the expression element (``"a/bExpression"``)."""

    path: str
    expression: Expression


@dataclass(slots=True, kw_only=True)
class GenericComponent(Component):
    """A component jrxmlpy has no model for, kept so the template still loads: its
    namespace and tag, its attributes, and every ``...Expression`` element inside it."""

    namespace: str | None = None
    name: str = ""
    attributes: dict[str, str] = field(default_factory=dict)
    expressions: list[ComponentExpression] = field(default_factory=list)
