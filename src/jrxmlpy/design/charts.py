"""Charts: the chart element, its dataset (with the series of each chart kind) and its plot.

One :class:`ChartElement` class stands for every chart tag (``barChart``, ``pieChart`` ...);
``chart_type`` tells which.  Datasets and plots are shared between the kinds whose JRXML
shares them: a bar, stacked bar and gantt chart all have a :class:`BarPlot`; line, scatter
and time series plots all have a :class:`LinePlot`.  The two axes of an axis plot are
:class:`ChartAxis` objects under neutral names: ``domain_axis`` is the category, x or time
axis, ``range_axis`` the value or y axis.

:class:`ElementDataset` (the ``<dataset>`` of a chart, crosstab or spider chart) is here
too; every chart dataset subclasses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from ..errors import Location
from .base import NOWHERE, Color, Expression, Font, Hyperlink
from .elements import Chart, DatasetRun
from .enums import (
    AxisPosition,
    BubbleScaleType,
    ChartType,
    IncrementType,
    MeterShape,
    PlotOrientation,
    ResetType,
    TimePeriod,
    ValueLocation,
)

# --- the dataset every chart / crosstab shares ----------------------------------------------


@dataclass(slots=True, kw_only=True)
class ElementDataset:
    """``<dataset>``: when the values collected for an element are reset and incremented,
    and from which data (the report's, or a sub-dataset run by ``dataset_run``)."""

    location: Location = NOWHERE
    reset_type: ResetType = ResetType.REPORT
    reset_group: str | None = None
    increment_type: IncrementType = IncrementType.NONE
    increment_group: str | None = None
    increment_when_expression: Expression | None = None
    dataset_run: DatasetRun | None = None


# --- series ---------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PieSeries:
    """``<pieSeries>`` (or the series expressions written directly in ``<pieDataset>``)."""

    key_expression: Expression | None = None
    value_expression: Expression | None = None
    label_expression: Expression | None = None
    section_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class CategorySeries:
    """``<categorySeries>`` of category datasets (and of the spider chart)."""

    series_expression: Expression | None = None
    category_expression: Expression | None = None
    value_expression: Expression | None = None
    label_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class XySeries:
    series_expression: Expression | None = None
    x_value_expression: Expression | None = None
    y_value_expression: Expression | None = None
    label_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None
    #: ``autoSort``: None leaves JFreeChart's default (sorted).
    auto_sort: bool | None = None


@dataclass(slots=True, kw_only=True)
class XyzSeries:
    series_expression: Expression | None = None
    x_value_expression: Expression | None = None
    y_value_expression: Expression | None = None
    z_value_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class TimeSeries:
    """``<timeSeries>``: values at points in time, grouped by the dataset's time period."""

    series_expression: Expression | None = None
    time_period_expression: Expression | None = None
    value_expression: Expression | None = None
    label_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class TimePeriodSeries:
    series_expression: Expression | None = None
    start_date_expression: Expression | None = None
    end_date_expression: Expression | None = None
    value_expression: Expression | None = None
    label_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class GanttSeries:
    series_expression: Expression | None = None
    task_expression: Expression | None = None
    subtask_expression: Expression | None = None
    start_date_expression: Expression | None = None
    end_date_expression: Expression | None = None
    percent_expression: Expression | None = None
    label_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


# --- chart datasets -------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PieDataset(ElementDataset):
    """``<pieDataset>``: slices, and how small slices are merged into "other"."""

    min_percentage: float | None = None
    max_count: int | None = None
    series: list[PieSeries] = field(default_factory=list)
    other_key_expression: Expression | None = None
    other_label_expression: Expression | None = None
    other_section_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class CategoryDataset(ElementDataset):
    series: list[CategorySeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class XyDataset(ElementDataset):
    series: list[XySeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class XyzDataset(ElementDataset):
    series: list[XyzSeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class TimeSeriesDataset(ElementDataset):
    time_period: TimePeriod = TimePeriod.DAY
    series: list[TimeSeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class TimePeriodDataset(ElementDataset):
    series: list[TimePeriodSeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class GanttDataset(ElementDataset):
    series: list[GanttSeries] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class HighLowDataset(ElementDataset):
    """``<highLowDataset>``: one series of open/high/low/close/volume values by date."""

    series_expression: Expression | None = None
    date_expression: Expression | None = None
    high_expression: Expression | None = None
    low_expression: Expression | None = None
    open_expression: Expression | None = None
    close_expression: Expression | None = None
    volume_expression: Expression | None = None
    item_hyperlink: Hyperlink | None = None


@dataclass(slots=True, kw_only=True)
class ValueDataset(ElementDataset):
    """``<valueDataset>`` of meter and thermometer charts: one value."""

    value_expression: Expression | None = None


# --- plot parts -----------------------------------------------------------------------------


@dataclass(slots=True)
class SeriesColor:
    """``<seriesColor>``: the colour of the series at ``order`` (sorted by order when used)."""

    order: int
    color: Color


@dataclass(slots=True, kw_only=True)
class ItemLabel:
    """``<itemLabel>``: how the value labels drawn on bars / pie sections look."""

    color: Color | None = None
    background_color: Color | None = None
    font: Font | None = None


@dataclass(slots=True, kw_only=True)
class AxisFormat:
    """``<axisFormat>`` (inside ``categoryAxisFormat``, ``valueAxisFormat`` ...)."""

    label_color: Color | None = None
    tick_label_color: Color | None = None
    tick_label_mask: str | None = None
    vertical_tick_labels: bool | None = None
    axis_line_color: Color | None = None
    label_font: Font | None = None
    tick_label_font: Font | None = None
    #: ``labelRotation`` of ``<categoryAxisFormat>`` (tick label rotation, degrees).
    tick_label_rotation: float | None = None


@dataclass(slots=True, kw_only=True)
class ChartAxis:
    """One axis of an axis plot: its label, format and fixed bounds (all optional)."""

    label_expression: Expression | None = None
    format: AxisFormat | None = None
    min_value_expression: Expression | None = None
    max_value_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class DataRange:
    """``<dataRange>``: low and high bound expressions."""

    low_expression: Expression | None = None
    high_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class ValueDisplay:
    """``<valueDisplay>`` of meter / thermometer plots: how the value is printed."""

    color: Color | None = None
    mask: str | None = None
    font: Font | None = None


@dataclass(slots=True, kw_only=True)
class MeterInterval:
    label: str | None = None
    color: Color | None = None
    alpha: float | None = None
    data_range: DataRange = field(default_factory=DataRange)


# --- plots ----------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Plot:
    """``<plot>``: what every chart plot has."""

    location: Location = NOWHERE
    backcolor: Color | None = None
    orientation: PlotOrientation | None = None
    background_alpha: float | None = None
    foreground_alpha: float | None = None
    label_rotation: float | None = None
    series_colors: list[SeriesColor] = field(default_factory=list)

    #: The JRXML tags this plot class stands for.
    TAGS: ClassVar[tuple[str, ...]] = ()


@dataclass(slots=True, kw_only=True)
class PiePlot(Plot):
    """``<piePlot>`` and ``<pie3DPlot>`` (``depth_factor`` only for the 3D one)."""

    show_labels: bool | None = None
    circular: bool | None = None
    label_format: str | None = None
    legend_label_format: str | None = None
    item_label: ItemLabel | None = None
    depth_factor: float | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("piePlot", "pie3DPlot")


@dataclass(slots=True, kw_only=True)
class AxisPlot(Plot):
    """A plot with a domain axis (category, x or time) and a range axis (value or y).

    Used as is for ``<areaPlot>``; the other axis plots subclass it."""

    domain_axis: ChartAxis = field(default_factory=ChartAxis)
    range_axis: ChartAxis = field(default_factory=ChartAxis)

    TAGS: ClassVar[tuple[str, ...]] = ("areaPlot",)


@dataclass(slots=True, kw_only=True)
class BarPlot(AxisPlot):
    """``<barPlot>`` and ``<bar3DPlot>`` (the offsets only for the 3D one)."""

    show_labels: bool | None = None
    show_tick_marks: bool | None = None
    show_tick_labels: bool | None = None
    item_label: ItemLabel | None = None
    x_offset: float | None = None
    y_offset: float | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("barPlot", "bar3DPlot")


@dataclass(slots=True, kw_only=True)
class LinePlot(AxisPlot):
    """``<linePlot>``, ``<scatterPlot>`` and ``<timeSeriesPlot>``: lines and shapes."""

    show_lines: bool | None = None
    show_shapes: bool | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("linePlot", "scatterPlot", "timeSeriesPlot")


@dataclass(slots=True, kw_only=True)
class BubblePlot(AxisPlot):
    scale_type: BubbleScaleType | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("bubblePlot",)


@dataclass(slots=True, kw_only=True)
class HighLowPlot(AxisPlot):
    show_close_ticks: bool | None = None
    show_open_ticks: bool | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("highLowPlot",)


@dataclass(slots=True, kw_only=True)
class CandlestickPlot(AxisPlot):
    show_volume: bool | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("candlestickPlot",)


@dataclass(slots=True, kw_only=True)
class MeterPlot(Plot):
    shape: MeterShape | None = None
    angle: int | None = None
    units: str | None = None
    tick_interval: float | None = None
    meter_color: Color | None = None
    needle_color: Color | None = None
    tick_color: Color | None = None
    tick_count: int | None = None
    tick_label_font: Font | None = None
    value_display: ValueDisplay | None = None
    data_range: DataRange = field(default_factory=DataRange)
    intervals: list[MeterInterval] = field(default_factory=list)

    TAGS: ClassVar[tuple[str, ...]] = ("meterPlot",)


@dataclass(slots=True, kw_only=True)
class ThermometerPlot(Plot):
    value_location: ValueLocation = ValueLocation.BULB
    show_value_lines: bool = False
    mercury_color: Color | None = None
    value_display: ValueDisplay | None = None
    data_range: DataRange = field(default_factory=DataRange)
    low_range: DataRange | None = None
    medium_range: DataRange | None = None
    high_range: DataRange | None = None

    TAGS: ClassVar[tuple[str, ...]] = ("thermometerPlot",)


@dataclass(slots=True, kw_only=True)
class MultiAxis:
    """``<axis>`` of a multi-axis plot: a whole chart drawn against its own range axis."""

    position: AxisPosition | None = None
    chart: ChartElement | None = None


@dataclass(slots=True, kw_only=True)
class MultiAxisPlot(Plot):
    axes: list[MultiAxis] = field(default_factory=list)

    TAGS: ClassVar[tuple[str, ...]] = ("multiAxisPlot",)


# --- the chart itself ---------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class ChartElement(Chart):
    """A chart of any kind (``chart_type``), with its dataset and plot.

    ``dataset`` is None for a multi-axis chart (each axis chart has its own).  The chart's
    data is one of the :class:`ElementDataset` subclasses above, according to the kind:
    pie kinds a :class:`PieDataset`, category kinds a :class:`CategoryDataset`, and the
    XY bar chart whichever of time period / time series / XY dataset the template gives.
    """

    #: The kind, typed (``chart_kind`` of the base holds the same tag as text).
    chart_type: ChartType = ChartType.BAR
    dataset: ElementDataset | None = None
    plot: Plot = field(default_factory=Plot)

    KIND = "chart"


#: For each chart kind, the dataset classes and the plot class its JRXML may hold.
CHART_PARTS: dict[ChartType, tuple[tuple[type[ElementDataset], ...], type[Plot]]] = {
    ChartType.PIE: ((PieDataset,), PiePlot),
    ChartType.PIE_3D: ((PieDataset,), PiePlot),
    ChartType.BAR: ((CategoryDataset,), BarPlot),
    ChartType.BAR_3D: ((CategoryDataset,), BarPlot),
    ChartType.XY_BAR: ((TimePeriodDataset, TimeSeriesDataset, XyDataset), BarPlot),
    ChartType.STACKED_BAR: ((CategoryDataset,), BarPlot),
    ChartType.STACKED_BAR_3D: ((CategoryDataset,), BarPlot),
    ChartType.LINE: ((CategoryDataset,), LinePlot),
    ChartType.XY_LINE: ((XyDataset,), LinePlot),
    ChartType.AREA: ((CategoryDataset,), AxisPlot),
    ChartType.XY_AREA: ((XyDataset,), AxisPlot),
    ChartType.STACKED_AREA: ((CategoryDataset,), AxisPlot),
    ChartType.SCATTER: ((XyDataset,), LinePlot),
    ChartType.BUBBLE: ((XyzDataset,), BubblePlot),
    ChartType.TIME_SERIES: ((TimeSeriesDataset,), LinePlot),
    ChartType.HIGH_LOW: ((HighLowDataset,), HighLowPlot),
    ChartType.CANDLESTICK: ((HighLowDataset,), CandlestickPlot),
    ChartType.METER: ((ValueDataset,), MeterPlot),
    ChartType.THERMOMETER: ((ValueDataset,), ThermometerPlot),
    ChartType.MULTI_AXIS: ((), MultiAxisPlot),
    ChartType.GANTT: ((GanttDataset,), BarPlot),
}
