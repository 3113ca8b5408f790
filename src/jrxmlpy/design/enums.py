"""Every JRXML enumeration, declared once: its members with their XML spelling, and the
default the schema (``jasperreport.xsd``) gives when the attribute is absent.

``XmlEnum.parse`` reads the XML spelling (JasperReports accepts the spellings of older
versions too: ``aliases``).  ``Cls.DEFAULT`` is the schema default, or ``None`` where the
attribute has none (typically because a style supplies it).
"""

from __future__ import annotations

import enum
from typing import ClassVar, TypeVar

E = TypeVar("E", bound="XmlEnum")


class XmlEnum(enum.Enum):
    """An enumeration whose values are JRXML spellings."""

    DEFAULT: ClassVar[XmlEnum | None]
    #: Other spellings JasperReports accepts for a member (lower-cased key -> member value).
    ALIASES: ClassVar[dict[str, str]]

    @classmethod
    def parse(cls: type[E], text: str) -> E:
        """The member spelled ``text`` (case-sensitive first, then case-insensitive, as
        JasperReports' own enum lookups are lenient about case); ValueError otherwise."""
        try:
            return cls(text)
        except ValueError:
            pass
        folded = text.strip().lower()
        for member in cls:
            if member.value.lower() == folded:
                return member
        aliases = getattr(cls, "ALIASES", None) or {}
        if folded in aliases:
            return cls(aliases[folded])
        raise ValueError(
            f"{text!r} is not one of {', '.join(m.value for m in cls)}"
        )

    @classmethod
    def spellings(cls) -> list[str]:
        return [m.value for m in cls]


def default(value: str | None):  # type: ignore[no-untyped-def]
    """Class decorator: record the schema default of an enum (by XML spelling)."""

    def apply(cls: type[E]) -> type[E]:
        type.__setattr__(cls, "DEFAULT", None if value is None else cls(value))
        return cls

    return apply


def aliases(**spellings: str):  # type: ignore[no-untyped-def]
    """Class decorator: other accepted spellings, ``old_spelling="NewSpelling"``."""

    def apply(cls: type[E]) -> type[E]:
        type.__setattr__(cls, "ALIASES", {k.lower(): v for k, v in spellings.items()})
        return cls

    return apply


# --- element layout -------------------------------------------------------------------


@default("FixRelativeToTop")
class PositionType(XmlEnum):
    FLOAT = "Float"
    FIX_RELATIVE_TO_TOP = "FixRelativeToTop"
    FIX_RELATIVE_TO_BOTTOM = "FixRelativeToBottom"


@default("NoStretch")
class StretchType(XmlEnum):
    NO_STRETCH = "NoStretch"
    RELATIVE_TO_TALLEST_OBJECT = "RelativeToTallestObject"
    RELATIVE_TO_BAND_HEIGHT = "RelativeToBandHeight"
    ELEMENT_GROUP_BOTTOM = "ElementGroupBottom"
    ELEMENT_GROUP_HEIGHT = "ElementGroupHeight"
    CONTAINER_BOTTOM = "ContainerBottom"
    CONTAINER_HEIGHT = "ContainerHeight"


@default(None)
class Mode(XmlEnum):
    OPAQUE = "Opaque"
    TRANSPARENT = "Transparent"


# --- pens, boxes, paragraphs ------------------------------------------------------------


@default(None)
class LineStyle(XmlEnum):
    SOLID = "Solid"
    DASHED = "Dashed"
    DOTTED = "Dotted"
    DOUBLE = "Double"


@default(None)
class LineSpacing(XmlEnum):
    SINGLE = "Single"
    ONE_AND_HALF = "1_1_2"
    DOUBLE = "Double"
    AT_LEAST = "AtLeast"
    FIXED = "Fixed"
    PROPORTIONAL = "Proportional"


@default("Left")
class TabStopAlignment(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"


# --- text ---------------------------------------------------------------------------------


@default(None)
@aliases(Justify="Justified")
class HorizontalTextAlign(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"
    JUSTIFIED = "Justified"


@default(None)
class VerticalTextAlign(XmlEnum):
    TOP = "Top"
    MIDDLE = "Middle"
    BOTTOM = "Bottom"
    JUSTIFIED = "Justified"


@default(None)
class HorizontalImageAlign(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"


@default(None)
class VerticalImageAlign(XmlEnum):
    TOP = "Top"
    MIDDLE = "Middle"
    BOTTOM = "Bottom"


@default(None)
class Rotation(XmlEnum):
    NONE = "None"
    LEFT = "Left"
    RIGHT = "Right"
    UPSIDE_DOWN = "UpsideDown"


@default(None)
class RunDirection(XmlEnum):
    LTR = "LTR"
    RTL = "RTL"


@default("CutText")
class TextAdjust(XmlEnum):
    CUT_TEXT = "CutText"
    SCALE_FONT = "ScaleFont"
    STRETCH_HEIGHT = "StretchHeight"


@default("Now")
class EvaluationTime(XmlEnum):
    NOW = "Now"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"
    BAND = "Band"
    AUTO = "Auto"
    MASTER = "Master"


# --- graphics and images ----------------------------------------------------------------


@default("Solid")
class Fill(XmlEnum):
    SOLID = "Solid"


@default("TopDown")
class LineDirection(XmlEnum):
    TOP_DOWN = "TopDown"
    BOTTOM_UP = "BottomUp"


@default(None)
class ScaleImage(XmlEnum):
    CLIP = "Clip"
    FILL_FRAME = "FillFrame"
    RETAIN_SHAPE = "RetainShape"
    REAL_HEIGHT = "RealHeight"
    REAL_SIZE = "RealSize"


@default("Error")
class OnErrorType(XmlEnum):
    ERROR = "Error"
    BLANK = "Blank"
    ICON = "Icon"


@default("Page")
class BreakType(XmlEnum):
    PAGE = "Page"
    COLUMN = "Column"


# --- bands, groups and the report -------------------------------------------------------


@default("Stretch")
class SplitType(XmlEnum):
    STRETCH = "Stretch"
    PREVENT = "Prevent"
    IMMEDIATE = "Immediate"


@default("NoPages")
class WhenNoDataType(XmlEnum):
    NO_PAGES = "NoPages"
    BLANK_PAGE = "BlankPage"
    ALL_SECTIONS_NO_DETAIL = "AllSectionsNoDetail"
    NO_DATA_SECTION = "NoDataSection"


@default("Vertical")
class PrintOrder(XmlEnum):
    VERTICAL = "Vertical"
    HORIZONTAL = "Horizontal"


@default("Portrait")
class Orientation(XmlEnum):
    PORTRAIT = "Portrait"
    LANDSCAPE = "Landscape"


@default("Null")
class WhenResourceMissingType(XmlEnum):
    NULL = "Null"
    EMPTY = "Empty"
    KEY = "Key"
    ERROR = "Error"


@default("Normal")
class FooterPosition(XmlEnum):
    NORMAL = "Normal"
    STACK_AT_BOTTOM = "StackAtBottom"
    FORCE_AT_BOTTOM = "ForceAtBottom"
    COLLATE_AT_BOTTOM = "CollateAtBottom"


@default("Band")
class SectionType(XmlEnum):
    BAND = "Band"
    PART = "Part"


# --- variables, sorting -----------------------------------------------------------------


@default("Nothing")
class Calculation(XmlEnum):
    NOTHING = "Nothing"
    COUNT = "Count"
    DISTINCT_COUNT = "DistinctCount"
    SUM = "Sum"
    AVERAGE = "Average"
    LOWEST = "Lowest"
    HIGHEST = "Highest"
    STANDARD_DEVIATION = "StandardDeviation"
    VARIANCE = "Variance"
    SYSTEM = "System"
    FIRST = "First"


@default("Report")
class ResetType(XmlEnum):
    NONE = "None"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"
    MASTER = "Master"


@default("None")
class IncrementType(XmlEnum):
    NONE = "None"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"


@default("Ascending")
class SortOrder(XmlEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"


@default("Field")
class SortFieldType(XmlEnum):
    FIELD = "Field"
    VARIABLE = "Variable"


@default("Self")
class HyperlinkTarget(XmlEnum):
    """The predefined targets; a custom target name is kept as text by the design tree."""

    SELF = "Self"
    BLANK = "Blank"
    PARENT = "Parent"
    TOP = "Top"


@default("None")
class HyperlinkType(XmlEnum):
    """The predefined link types; a custom type name is kept as text by the design tree."""

    NONE = "None"
    REFERENCE = "Reference"
    LOCAL_ANCHOR = "LocalAnchor"
    LOCAL_PAGE = "LocalPage"
    REMOTE_ANCHOR = "RemoteAnchor"
    REMOTE_PAGE = "RemotePage"


# --- added for the design tree and the 6.x reader -----------------------------------------


@default(None)
class OverflowType(XmlEnum):
    """``overflowType`` of a subreport: whether it stretches past its design height."""

    STRETCH = "Stretch"
    NO_STRETCH = "NoStretch"


@default(None)
class BorderSplitType(XmlEnum):
    """``borderSplitType`` of a frame: borders drawn where the frame splits across pages."""

    NO_BORDERS = "NoBorders"
    DRAW_BORDERS = "DrawBorders"


@default(None)
class EdgePosition(XmlEnum):
    """Where a chart title or legend sits."""

    TOP = "Top"
    BOTTOM = "Bottom"
    LEFT = "Left"
    RIGHT = "Right"


@default(None)
class ParameterEvaluationTime(XmlEnum):
    """``evaluationTime`` of a parameter's default value (before or after the data source)."""

    EARLY = "Early"
    LATE = "Late"


@default(None)
class PropertyEvaluationTime(XmlEnum):
    """``evaluationTime`` of a report/dataset ``propertyExpression``."""

    EARLY = "Early"
    LATE = "Late"
    REPORT = "Report"


@default("Now")
class PartEvaluationTime(XmlEnum):
    NOW = "Now"
    REPORT = "Report"
    GROUP = "Group"


@default(None)
class LegacyPen(XmlEnum):
    """The 3.x ``pen`` / ``border`` attributes (a width and style in one word)."""

    NONE = "None"
    THIN = "Thin"
    ONE_POINT = "1Point"
    TWO_POINT = "2Point"
    FOUR_POINT = "4Point"
    DOTTED = "Dotted"


# --- charts, crosstabs and components ------------------------------------------------------


@default(None)
class ChartType(XmlEnum):
    """The kind of a chart: the JRXML 6.x tag that holds it."""

    PIE = "pieChart"
    PIE_3D = "pie3DChart"
    BAR = "barChart"
    BAR_3D = "bar3DChart"
    XY_BAR = "xyBarChart"
    STACKED_BAR = "stackedBarChart"
    STACKED_BAR_3D = "stackedBar3DChart"
    LINE = "lineChart"
    XY_LINE = "xyLineChart"
    AREA = "areaChart"
    XY_AREA = "xyAreaChart"
    STACKED_AREA = "stackedAreaChart"
    SCATTER = "scatterChart"
    BUBBLE = "bubbleChart"
    TIME_SERIES = "timeSeriesChart"
    HIGH_LOW = "highLowChart"
    CANDLESTICK = "candlestickChart"
    METER = "meterChart"
    THERMOMETER = "thermometerChart"
    MULTI_AXIS = "multiAxisChart"
    GANTT = "ganttChart"


@default(None)
class PlotOrientation(XmlEnum):
    """``orientation`` of a chart plot (charts draw vertically when absent)."""

    HORIZONTAL = "Horizontal"
    VERTICAL = "Vertical"


@default("Day")
@aliases(Milisecond="Millisecond")
class TimePeriod(XmlEnum):
    """``timePeriod`` of a time series dataset."""

    YEAR = "Year"
    QUARTER = "Quarter"
    MONTH = "Month"
    WEEK = "Week"
    DAY = "Day"
    HOUR = "Hour"
    MINUTE = "Minute"
    SECOND = "Second"
    MILLISECOND = "Millisecond"


@default(None)
class BubbleScaleType(XmlEnum):
    """``scaleType`` of a bubble plot: the axis the bubble radius is measured on."""

    BOTH_AXES = "BothAxes"
    DOMAIN_AXIS = "DomainAxis"
    RANGE_AXIS = "RangeAxis"


@default(None)
class MeterShape(XmlEnum):
    CHORD = "chord"
    CIRCLE = "circle"
    PIE = "pie"
    DIAL = "dial"


@default("bulb")
class ValueLocation(XmlEnum):
    """``valueLocation`` of a thermometer plot."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"
    BULB = "bulb"


@default(None)
class AxisPosition(XmlEnum):
    """``position`` of an axis of a multi-axis chart."""

    LEFT_OR_TOP = "leftOrTop"
    RIGHT_OR_BOTTOM = "rightOrBottom"


@default("None")
class CrosstabTotalPosition(XmlEnum):
    """``totalPosition`` of a crosstab row or column group."""

    START = "Start"
    END = "End"
    NONE = "None"


@default("Top")
class CrosstabRowPosition(XmlEnum):
    """``headerPosition`` of a crosstab row group header."""

    TOP = "Top"
    MIDDLE = "Middle"
    BOTTOM = "Bottom"
    STRETCH = "Stretch"


@default("Left")
class CrosstabColumnPosition(XmlEnum):
    """``headerPosition`` of a crosstab column group header; ``contentsPosition`` of the
    title cell."""

    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"
    STRETCH = "Stretch"


@default(None)
class CrosstabHorizontalPosition(XmlEnum):
    """``horizontalPosition`` of a crosstab inside its element box."""

    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"


@default("Ascending")
class BucketOrder(XmlEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"
    NONE = "None"


@default("None")
class CrosstabPercentage(XmlEnum):
    """``percentageOf`` of a crosstab measure."""

    NONE = "None"
    GRAND_TOTAL = "GrandTotal"


@default(None)
class TableWhenNoData(XmlEnum):
    """``whenNoDataType`` of a table component."""

    BLANK = "Blank"
    NO_DATA_CELL = "NoDataCell"
    ALL_SECTIONS_NO_DETAIL = "AllSectionsNoDetail"


@default(None)
@aliases(**{"0": "up", "90": "left", "180": "down", "270": "right"})
class BarcodeOrientation(XmlEnum):
    """``orientation`` of a barcode4j barcode (degrees are accepted too)."""

    UP = "up"
    LEFT = "left"
    DOWN = "down"
    RIGHT = "right"


@default(None)
class BarcodeTextPosition(XmlEnum):
    """``textPosition`` of a barcode4j barcode: where the human-readable text goes."""

    NONE = "none"
    BOTTOM = "bottom"
    TOP = "top"


@default(None)
class ChecksumMode(XmlEnum):
    """``checksumMode`` of barcode4j barcodes."""

    AUTO = "auto"
    IGNORE = "ignore"
    ADD = "add"
    CHECK = "check"


@default(None)
class DataMatrixShape(XmlEnum):
    FORCE_NONE = "force-none"
    FORCE_SQUARE = "force-square"
    FORCE_RECTANGLE = "force-rectangle"


@default(None)
class BaselinePosition(XmlEnum):
    """``baselinePosition`` of a POSTNET barcode."""

    TOP = "top"
    BOTTOM = "bottom"


@default(None)
class QrErrorCorrectionLevel(XmlEnum):
    L = "L"
    M = "M"
    Q = "Q"
    H = "H"


@default(None)
class BarbecueType(XmlEnum):
    """``type`` of a barbecue barcode (the symbology)."""

    TWO_OF_SEVEN = "2of7"
    THREE_OF_NINE = "3of9"
    BOOKLAND = "Bookland"
    CODABAR = "Codabar"
    CODE128 = "Code128"
    CODE128A = "Code128A"
    CODE128B = "Code128B"
    CODE128C = "Code128C"
    CODE39 = "Code39"
    CODE39_EXTENDED = "Code39 (Extended)"
    EAN128 = "EAN128"
    EAN13 = "EAN13"
    GLOBAL_TRADE_ITEM_NUMBER = "GlobalTradeItemNumber"
    INT2OF5 = "Int2of5"
    MONARCH = "Monarch"
    NW7 = "NW7"
    PDF417 = "PDF417"
    POSTNET = "PostNet"
    RANDOM_WEIGHT_UPCA = "RandomWeightUPCA"
    SCC14_SHIPPING_CODE = "SCC14ShippingCode"
    SHIPMENT_IDENTIFICATION_NUMBER = "ShipmentIdentificationNumber"
    SSCC18 = "SSCC18"
    STD2OF5 = "Std2of5"
    UCC128 = "UCC128"
    UPCA = "UPCA"
    USD3 = "USD3"
    USD4 = "USD4"
    USPS = "USPS"


@default("roadmap")
class MapType(XmlEnum):
    ROADMAP = "roadmap"
    SATELLITE = "satellite"
    TERRAIN = "terrain"
    HYBRID = "hybrid"


@default("png")
class MapImageType(XmlEnum):
    PNG = "png"
    PNG8 = "png8"
    PNG32 = "png32"
    GIF = "gif"
    JPG = "jpg"
    JPG_BASELINE = "jpg-baseline"


@default(None)
class SpiderRotation(XmlEnum):
    CLOCKWISE = "Clockwise"
    ANTICLOCKWISE = "Anticlockwise"


@default(None)
class SpiderTableOrder(XmlEnum):
    """``tableOrder`` of a spider plot: whether series are rows or columns."""

    ROW = "Row"
    COLUMN = "Column"


@default(None)
class IconPosition(XmlEnum):
    """``iconPosition`` of an icon label."""

    START = "Start"
    END = "End"


@default(None)
class ContainerFill(XmlEnum):
    """``labelFill`` of an icon label: which directions the label grows to fill."""

    NONE = "None"
    HORIZONTAL = "Horizontal"
    VERTICAL = "Vertical"
    BOTH = "Both"
