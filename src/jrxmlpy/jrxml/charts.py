"""Reading JRXML 6.x charts: ``<pieChart>``, ``<barChart>`` ... ``<multiAxisChart>``.

A chart tag holds ``<chart>`` (read by :func:`jrxmlpy.jrxml.reader.read_chart_common`),
one dataset tag and one plot tag.  Problems are recorded in the context, never raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from lxml import etree

from ..design.base import Font
from ..design.charts import (
    CHART_PARTS,
    AxisFormat,
    AxisPlot,
    BarPlot,
    BubblePlot,
    CandlestickPlot,
    CategoryDataset,
    CategorySeries,
    ChartElement,
    DataRange,
    ElementDataset,
    GanttDataset,
    GanttSeries,
    HighLowDataset,
    HighLowPlot,
    ItemLabel,
    LinePlot,
    MeterInterval,
    MeterPlot,
    MultiAxis,
    MultiAxisPlot,
    PieDataset,
    PiePlot,
    PieSeries,
    Plot,
    SeriesColor,
    ThermometerPlot,
    TimePeriodDataset,
    TimePeriodSeries,
    TimeSeries,
    TimeSeriesDataset,
    ValueDataset,
    ValueDisplay,
    XyDataset,
    XySeries,
    XyzDataset,
    XyzSeries,
)
from ..design.elements import CHART_TAGS
from ..design.enums import (
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
from .context import ReadContext
from .reader import read_chart_common, read_dataset_run, read_font, read_hyperlink
from .xmlsource import local_name

Xml = etree._Element

__all__ = [
    "read_chart",
    "read_plot_common",
    "fill_children",
    "child_font",
    "snake_case",
    "unexpected",
    "read_element_dataset",
    "read_chart_dataset",
    "read_plot",
    "read_axis_format",
    "read_item_label",
    "read_data_range",
    "read_value_display",
    "read_series",
]


# --- helpers shared by the chart, crosstab and component readers ----------------------------------

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def snake_case(name: str) -> str:
    """``xValueExpression`` -> ``x_value_expression``."""
    return _CAMEL.sub("_", name).lower()


def unexpected(ctx: ReadContext, parent: Xml, child: Xml) -> None:
    ctx.problem(child, f"<{local_name(child)}> is not expected in <{local_name(parent)}>")


def fill_children(
    ctx: ReadContext,
    el: Xml,
    target: Any,
    readers: dict[str, Callable[[Xml], None]] | None = None,
) -> None:
    """Set on ``target`` every ``...Expression`` child of ``el`` whose snake-cased name is a
    field of ``target``; hand the children named in ``readers`` to their reader; record a
    problem for any other child."""
    names = {f.name for f in fields(target)}
    for child in ReadContext.children(el):
        tag = local_name(child)
        if readers and tag in readers:
            readers[tag](child)
            continue
        attribute = snake_case(tag)
        if tag.endswith("Expression") and attribute in names:
            setattr(target, attribute, ctx.expression(child))
        else:
            unexpected(ctx, el, child)


def child_font(ctx: ReadContext, el: Xml) -> Font | None:
    """The ``<font>`` child of ``el`` (``labelFont``, ``tickLabelFont``...), or None."""
    font = ctx.child(el, "font")
    return read_font(ctx, font) if font is not None else None


def read_element_dataset(ctx: ReadContext, el: Xml, target: ElementDataset) -> ElementDataset:
    """Fill ``target`` from a ``<dataset>`` element: reset / increment and the dataset run
    (``target`` keeps its location when it has one: that of the enclosing dataset tag)."""
    if target.location.line is None:
        target.location = ctx.location(el)
    target.reset_type = ctx.attr_enum(el, "resetType", ResetType, ResetType.REPORT) or ResetType.REPORT
    target.reset_group = ctx.attr_str(el, "resetGroup")
    target.increment_type = (
        ctx.attr_enum(el, "incrementType", IncrementType, IncrementType.NONE) or IncrementType.NONE
    )
    target.increment_group = ctx.attr_str(el, "incrementGroup")
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "incrementWhenExpression":
            target.increment_when_expression = ctx.expression(child)
        elif tag == "datasetRun":
            target.dataset_run = read_dataset_run(ctx, child)
        else:
            unexpected(ctx, el, child)
    if target.reset_type is ResetType.GROUP and not target.reset_group:
        ctx.problem(el, "resetType=\"Group\" needs a resetGroup")
    if target.increment_type is IncrementType.GROUP and not target.increment_group:
        ctx.problem(el, "incrementType=\"Group\" needs an incrementGroup")
    return target


# --- series ------------------------------------------------------------------------------------------

_SERIES_CLASSES: dict[str, type] = {
    "pieSeries": PieSeries,
    "categorySeries": CategorySeries,
    "xySeries": XySeries,
    "xyzSeries": XyzSeries,
    "timeSeries": TimeSeries,
    "timePeriodSeries": TimePeriodSeries,
    "ganttSeries": GanttSeries,
}


def read_series(ctx: ReadContext, el: Xml) -> Any:
    """One series element (``<categorySeries>``, ``<xySeries>``, ``<pieSeries>`` ...)."""
    series = _SERIES_CLASSES[local_name(el)]()
    readers: dict[str, Callable[[Xml], None]] = {}
    if hasattr(series, "item_hyperlink"):
        readers["itemHyperlink"] = lambda child: setattr(series, "item_hyperlink", read_hyperlink(ctx, child))
    if isinstance(series, PieSeries):
        readers["sectionHyperlink"] = lambda child: setattr(series, "section_hyperlink", read_hyperlink(ctx, child))
    if isinstance(series, XySeries):
        series.auto_sort = ctx.attr_bool(el, "autoSort")
    fill_children(ctx, el, series, readers)
    return series


# --- datasets ----------------------------------------------------------------------------------------

_DATASET_CLASSES: dict[str, type[ElementDataset]] = {
    "pieDataset": PieDataset,
    "categoryDataset": CategoryDataset,
    "xyDataset": XyDataset,
    "xyzDataset": XyzDataset,
    "timeSeriesDataset": TimeSeriesDataset,
    "timePeriodDataset": TimePeriodDataset,
    "ganttDataset": GanttDataset,
    "highLowDataset": HighLowDataset,
    "valueDataset": ValueDataset,
}

#: The series tag of each dataset that holds a list of series.
_DATASET_SERIES: dict[str, str] = {
    "pieDataset": "pieSeries",
    "categoryDataset": "categorySeries",
    "xyDataset": "xySeries",
    "xyzDataset": "xyzSeries",
    "timeSeriesDataset": "timeSeries",
    "timePeriodDataset": "timePeriodSeries",
    "ganttDataset": "ganttSeries",
}

#: Children of ``<pieDataset>`` that describe one series directly (the older form).
_PIE_SINGLE = {"keyExpression": "key_expression", "valueExpression": "value_expression",
               "labelExpression": "label_expression"}


def read_chart_dataset(ctx: ReadContext, el: Xml) -> ElementDataset:
    """A chart dataset tag (``<categoryDataset>``, ``<pieDataset>`` ...) with its series."""
    tag = local_name(el)
    dataset = _DATASET_CLASSES[tag](location=ctx.location(el))
    series_tag = _DATASET_SERIES.get(tag)
    def read_dataset(child: Xml) -> None:
        read_element_dataset(ctx, child, dataset)

    readers: dict[str, Callable[[Xml], None]] = {"dataset": read_dataset}
    if series_tag is not None:
        readers[series_tag] = lambda child: dataset.series.append(read_series(ctx, child))  # type: ignore[attr-defined]
    if isinstance(dataset, TimeSeriesDataset):
        dataset.time_period = ctx.attr_enum(el, "timePeriod", TimePeriod, TimePeriod.DAY) or TimePeriod.DAY
    if isinstance(dataset, HighLowDataset):
        readers["itemHyperlink"] = lambda child: setattr(dataset, "item_hyperlink", read_hyperlink(ctx, child))
    if isinstance(dataset, PieDataset):
        _read_pie_dataset(ctx, el, dataset, readers)
    fill_children(ctx, el, dataset, readers)
    if isinstance(dataset, ValueDataset) and dataset.value_expression is None:
        ctx.problem(el, "<valueDataset> has no <valueExpression>")
    return dataset


def _read_pie_dataset(
    ctx: ReadContext, el: Xml, dataset: PieDataset, readers: dict[str, Callable[[Xml], None]]
) -> None:
    dataset.min_percentage = ctx.attr_float(el, "minPercentage")
    dataset.max_count = ctx.attr_int(el, "maxCount")
    single = PieSeries()

    def single_expression(child: Xml) -> None:
        setattr(single, _PIE_SINGLE[local_name(child)], ctx.expression(child))

    for tag in _PIE_SINGLE:
        readers[tag] = single_expression
    readers["sectionHyperlink"] = lambda child: setattr(single, "section_hyperlink", read_hyperlink(ctx, child))
    readers["otherSectionHyperlink"] = lambda child: setattr(
        dataset, "other_section_hyperlink", read_hyperlink(ctx, child)
    )
    # the single series goes first, before any <pieSeries> (as its tags come first)
    first = next((c for c in ctx.children(el) if local_name(c) in _PIE_SINGLE), None)
    if first is not None:
        dataset.series.append(single)


# --- plots --------------------------------------------------------------------------------------------


def read_plot_common(ctx: ReadContext, el: Xml, target: Plot) -> None:
    """``<plot>``: colours, orientation, alphas, label rotation, series colours."""
    target.backcolor = ctx.attr_color(el, "backcolor")
    target.orientation = ctx.attr_enum(el, "orientation", PlotOrientation)
    target.background_alpha = ctx.attr_float(el, "backgroundAlpha")
    target.foreground_alpha = ctx.attr_float(el, "foregroundAlpha")
    target.label_rotation = ctx.attr_float(el, "labelRotation")
    for child in ctx.children(el):
        if local_name(child) != "seriesColor":
            unexpected(ctx, el, child)
            continue
        order = ctx.attr_int(child, "seriesOrder")
        color = ctx.attr_color(child, "color")
        if order is None or color is None:
            if order is None and child.get("seriesOrder") is None:
                ctx.problem(child, "attribute seriesOrder is required")
            if color is None and child.get("color") is None:
                ctx.problem(child, "attribute color is required")
            continue
        target.series_colors.append(SeriesColor(order, color))


def read_item_label(ctx: ReadContext, el: Xml) -> ItemLabel:
    return ItemLabel(
        color=ctx.attr_color(el, "color"),
        background_color=ctx.attr_color(el, "backgroundColor"),
        font=child_font(ctx, el),
    )


def read_axis_format(ctx: ReadContext, el: Xml) -> AxisFormat:
    """``<categoryAxisFormat>``, ``<valueAxisFormat>``, ``<xAxisFormat>`` ...: the
    ``<axisFormat>`` they wrap (and ``labelRotation`` of the category axis)."""
    axis_format = AxisFormat(tick_label_rotation=ctx.attr_float(el, "labelRotation"))
    for child in ctx.children(el):
        if local_name(child) != "axisFormat":
            unexpected(ctx, el, child)
            continue
        axis_format.label_color = ctx.attr_color(child, "labelColor")
        axis_format.tick_label_color = ctx.attr_color(child, "tickLabelColor")
        axis_format.tick_label_mask = ctx.attr_str(child, "tickLabelMask")
        axis_format.vertical_tick_labels = ctx.attr_bool(child, "verticalTickLabels")
        axis_format.axis_line_color = ctx.attr_color(child, "axisLineColor")
        for part in ctx.children(child):
            if local_name(part) == "labelFont":
                axis_format.label_font = child_font(ctx, part)
            elif local_name(part) == "tickLabelFont":
                axis_format.tick_label_font = child_font(ctx, part)
            else:
                unexpected(ctx, child, part)
    return axis_format


def read_data_range(ctx: ReadContext, el: Xml) -> DataRange:
    """``<dataRange>``: low and high expressions."""
    data_range = DataRange()
    fill_children(ctx, el, data_range)
    return data_range


def _wrapped_data_range(ctx: ReadContext, el: Xml) -> DataRange:
    """``<lowRange>``/``<mediumRange>``/``<highRange>``/``<meterInterval>``: a wrapped
    ``<dataRange>``."""
    inner = ctx.child(el, "dataRange")
    for child in ctx.children(el):
        if local_name(child) != "dataRange":
            unexpected(ctx, el, child)
    if inner is None:
        ctx.problem(el, f"<{local_name(el)}> has no <dataRange>")
        return DataRange()
    return read_data_range(ctx, inner)


def read_value_display(ctx: ReadContext, el: Xml) -> ValueDisplay:
    return ValueDisplay(color=ctx.attr_color(el, "color"), mask=ctx.attr_str(el, "mask"), font=child_font(ctx, el))


#: Per axis plot tag: the name prefixes of its domain and range axis children.
_AXIS_NAMES: dict[str, tuple[str, str]] = {
    "barPlot": ("category", "value"),
    "bar3DPlot": ("category", "value"),
    "linePlot": ("category", "value"),
    "areaPlot": ("category", "value"),
    "scatterPlot": ("x", "y"),
    "bubblePlot": ("x", "y"),
    "timeSeriesPlot": ("time", "value"),
    "highLowPlot": ("time", "value"),
    "candlestickPlot": ("time", "value"),
}

_PLOT_CLASSES: dict[str, type[Plot]] = {
    tag: cls
    for cls in (PiePlot, AxisPlot, BarPlot, LinePlot, BubblePlot, HighLowPlot, CandlestickPlot,
                MeterPlot, ThermometerPlot, MultiAxisPlot)
    for tag in cls.TAGS
}


def _axis_readers(ctx: ReadContext, tag: str, plot: AxisPlot) -> dict[str, Callable[[Xml], None]]:
    domain, range_ = _AXIS_NAMES[tag]
    readers: dict[str, Callable[[Xml], None]] = {}
    for prefix, axis in ((domain, plot.domain_axis), (range_, plot.range_axis)):
        readers[f"{prefix}AxisLabelExpression"] = _setter(axis, "label_expression", ctx.expression)
        readers[f"{prefix}AxisFormat"] = _setter(axis, "format", lambda c: read_axis_format(ctx, c))
    for kind, axis in (("domain", plot.domain_axis), ("range", plot.range_axis)):
        for bound in ("Min", "Max"):
            readers[f"{kind}Axis{bound}ValueExpression"] = _setter(
                axis, f"{bound.lower()}_value_expression", ctx.expression
            )
    return readers


def _setter(target: object, attribute: str, read: Callable[[Xml], Any]) -> Callable[[Xml], None]:
    """A child reader that sets ``target.attribute`` to what ``read`` makes of the child."""
    return lambda child: setattr(target, attribute, read(child))


def read_plot(ctx: ReadContext, el: Xml) -> Plot:
    """A plot tag (``<barPlot>``, ``<piePlot>``, ``<meterPlot>`` ...)."""
    tag = local_name(el)
    plot = _PLOT_CLASSES[tag](location=ctx.location(el))
    readers: dict[str, Callable[[Xml], None]] = {"plot": lambda c: read_plot_common(ctx, c, plot)}
    if isinstance(plot, AxisPlot):
        readers.update(_axis_readers(ctx, tag, plot))
    if isinstance(plot, (PiePlot, BarPlot)):
        readers["itemLabel"] = lambda c: setattr(plot, "item_label", read_item_label(ctx, c))

    if isinstance(plot, PiePlot):
        plot.show_labels = ctx.attr_bool(el, "isShowLabels")
        plot.circular = ctx.attr_bool(el, "isCircular")
        plot.label_format = ctx.attr_str(el, "labelFormat")
        plot.legend_label_format = ctx.attr_str(el, "legendLabelFormat")
        plot.depth_factor = ctx.attr_float(el, "depthFactor")
    elif isinstance(plot, BarPlot):
        plot.show_labels = ctx.attr_bool(el, "isShowLabels")
        plot.show_tick_marks = ctx.attr_bool(el, "isShowTickMarks")
        plot.show_tick_labels = ctx.attr_bool(el, "isShowTickLabels")
        plot.x_offset = ctx.attr_float(el, "xOffset")
        plot.y_offset = ctx.attr_float(el, "yOffset")
    elif isinstance(plot, LinePlot):
        plot.show_lines = ctx.attr_bool(el, "isShowLines")
        plot.show_shapes = ctx.attr_bool(el, "isShowShapes")
    elif isinstance(plot, BubblePlot):
        plot.scale_type = ctx.attr_enum(el, "scaleType", BubbleScaleType)
    elif isinstance(plot, HighLowPlot):
        plot.show_close_ticks = ctx.attr_bool(el, "isShowCloseTicks")
        plot.show_open_ticks = ctx.attr_bool(el, "isShowOpenTicks")
    elif isinstance(plot, CandlestickPlot):
        plot.show_volume = ctx.attr_bool(el, "isShowVolume")
    elif isinstance(plot, MeterPlot):
        _meter_plot(ctx, el, plot, readers)
    elif isinstance(plot, ThermometerPlot):
        _thermometer_plot(ctx, el, plot, readers)
    elif isinstance(plot, MultiAxisPlot):
        readers["axis"] = lambda c: plot.axes.append(_read_multi_axis(ctx, c))
    fill_children(ctx, el, plot, readers)
    return plot


def _meter_plot(ctx: ReadContext, el: Xml, plot: MeterPlot, readers: dict[str, Callable[[Xml], None]]) -> None:
    plot.shape = ctx.attr_enum(el, "shape", MeterShape)
    plot.angle = ctx.attr_int(el, "angle")
    plot.units = ctx.attr_str(el, "units")
    plot.tick_interval = ctx.attr_float(el, "tickInterval")
    plot.meter_color = ctx.attr_color(el, "meterColor")
    plot.needle_color = ctx.attr_color(el, "needleColor")
    plot.tick_color = ctx.attr_color(el, "tickColor")
    plot.tick_count = ctx.attr_int(el, "tickCount")
    readers["tickLabelFont"] = lambda c: setattr(plot, "tick_label_font", child_font(ctx, c))
    readers["valueDisplay"] = lambda c: setattr(plot, "value_display", read_value_display(ctx, c))
    readers["dataRange"] = lambda c: setattr(plot, "data_range", read_data_range(ctx, c))
    readers["meterInterval"] = lambda c: plot.intervals.append(
        MeterInterval(
            label=ctx.attr_str(c, "label"),
            color=ctx.attr_color(c, "color"),
            alpha=ctx.attr_float(c, "alpha"),
            data_range=_wrapped_data_range(ctx, c),
        )
    )
    if ctx.child(el, "dataRange") is None:
        ctx.problem(el, "<meterPlot> has no <dataRange>")


def _thermometer_plot(
    ctx: ReadContext, el: Xml, plot: ThermometerPlot, readers: dict[str, Callable[[Xml], None]]
) -> None:
    plot.value_location = ctx.attr_enum(el, "valueLocation", ValueLocation, ValueLocation.BULB) or ValueLocation.BULB
    plot.show_value_lines = ctx.attr_bool(el, "isShowValueLines", False) or False
    plot.mercury_color = ctx.attr_color(el, "mercuryColor")
    readers["valueDisplay"] = lambda c: setattr(plot, "value_display", read_value_display(ctx, c))
    readers["dataRange"] = lambda c: setattr(plot, "data_range", read_data_range(ctx, c))
    for tag in ("lowRange", "mediumRange", "highRange"):
        readers[tag] = _setter(plot, snake_case(tag), lambda c: _wrapped_data_range(ctx, c))
    if ctx.child(el, "dataRange") is None:
        ctx.problem(el, "<thermometerPlot> has no <dataRange>")


def _read_multi_axis(ctx: ReadContext, el: Xml) -> MultiAxis:
    """``<axis position=...>`` holding one chart."""
    axis = MultiAxis(position=ctx.attr_enum(el, "position", AxisPosition))
    for child in ctx.children(el):
        if local_name(child) in CHART_TAGS and local_name(child) not in ("multiAxisChart", "pieChart",
                                                                          "pie3DChart", "meterChart",
                                                                          "thermometerChart"):
            if axis.chart is not None:
                ctx.problem(child, "an <axis> holds one chart only")
            axis.chart = read_chart(ctx, child)
        else:
            unexpected(ctx, el, child)
    if axis.chart is None:
        ctx.problem(el, "<axis> holds no chart")
    return axis


# --- the chart ------------------------------------------------------------------------------------------


def read_chart(ctx: ReadContext, el: Xml) -> ChartElement:
    """A chart tag (``<pieChart>``, ``<barChart>`` ... ``<ganttChart>``)."""
    tag = local_name(el)
    chart = ChartElement(location=ctx.location(el))
    try:
        chart.chart_type = ChartType(tag)
    except ValueError:
        ctx.problem(el, f"<{tag}> is not a chart")
        return chart
    read_chart_common(ctx, el, chart)
    dataset_classes, _ = CHART_PARTS[chart.chart_type]
    plot_tag = _PLOT_TAG[chart.chart_type]
    for child in ctx.children(el):
        name = local_name(child)
        if name == "chart":
            continue
        dataset_class = _DATASET_CLASSES.get(name)
        if dataset_class is not None and dataset_class in dataset_classes:
            if chart.dataset is not None:
                ctx.problem(child, f"<{tag}> has more than one dataset")
            chart.dataset = read_chart_dataset(ctx, child)
        elif name == plot_tag:
            chart.plot = read_plot(ctx, child)
        else:
            unexpected(ctx, el, child)
    if dataset_classes and chart.dataset is None:
        ctx.problem(el, f"<{tag}> has no {' or '.join(_tag_of(c) for c in dataset_classes)}")
    if ctx.child(el, plot_tag) is None:
        ctx.problem(el, f"<{tag}> has no <{plot_tag}>")
    return chart


#: The plot tag of each chart kind.
_PLOT_TAG: dict[ChartType, str] = {
    ChartType.PIE: "piePlot",
    ChartType.PIE_3D: "pie3DPlot",
    ChartType.BAR: "barPlot",
    ChartType.BAR_3D: "bar3DPlot",
    ChartType.XY_BAR: "barPlot",
    ChartType.STACKED_BAR: "barPlot",
    ChartType.STACKED_BAR_3D: "bar3DPlot",
    ChartType.LINE: "linePlot",
    ChartType.XY_LINE: "linePlot",
    ChartType.AREA: "areaPlot",
    ChartType.XY_AREA: "areaPlot",
    ChartType.STACKED_AREA: "areaPlot",
    ChartType.SCATTER: "scatterPlot",
    ChartType.BUBBLE: "bubblePlot",
    ChartType.TIME_SERIES: "timeSeriesPlot",
    ChartType.HIGH_LOW: "highLowPlot",
    ChartType.CANDLESTICK: "candlestickPlot",
    ChartType.METER: "meterPlot",
    ChartType.THERMOMETER: "thermometerPlot",
    ChartType.MULTI_AXIS: "multiAxisPlot",
    ChartType.GANTT: "barPlot",
}


def _tag_of(dataset_class: type[ElementDataset]) -> str:
    for tag, cls in _DATASET_CLASSES.items():
        if cls is dataset_class:
            return f"<{tag}>"
    return dataset_class.__name__
