"""Reading JRXML 6.x charts into the design tree (``jrxml/charts.py``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jrxmlpy.design.base import Color
from jrxmlpy.design.charts import (
    AxisPlot,
    BarPlot,
    BubblePlot,
    CandlestickPlot,
    CategoryDataset,
    ChartElement,
    GanttDataset,
    HighLowDataset,
    LinePlot,
    MeterPlot,
    MultiAxisPlot,
    PieDataset,
    PiePlot,
    ThermometerPlot,
    TimePeriodDataset,
    TimeSeriesDataset,
    ValueDataset,
    XyzDataset,
)
from jrxmlpy.design.elements import Frame
from jrxmlpy.design.enums import (
    AxisPosition,
    BubbleScaleType,
    ChartType,
    EdgePosition,
    EvaluationTime,
    HyperlinkType,
    IncrementType,
    MeterShape,
    PlotOrientation,
    ResetType,
    TimePeriod,
    ValueLocation,
)
from jrxmlpy.errors import TemplateError
from jrxmlpy.jrxml import load
from jrxmlpy.jrxml.reader import load_design
from jrxmlpy.jrxml.xmlsource import parse_xml

NS = "http://jasperreports.sourceforge.net/jasperreports"


def template(band: str, before: str = "") -> str:
    return (
        f'<jasperReport xmlns="{NS}" name="charts" pageWidth="595" pageHeight="842" columnWidth="555">'
        f"{before}<title><band height=\"400\">{band}</band></title></jasperReport>"
    )


def only(band: str, before: str = "") -> ChartElement:
    report = load(template(band, before))
    assert report.title is not None
    (element,) = report.title.elements
    assert isinstance(element, ChartElement)
    return element


def problems(band: str, before: str = "") -> list[str]:
    _, found = load_design(parse_xml(template(band, before)))
    return [p.message for p in found]


CHART = (
    '<chart{attrs}><reportElement x="10" y="20" width="300" height="200"/>{inner}</chart>'
)


def chart(attrs: str = "", inner: str = "") -> str:
    return CHART.format(attrs=attrs, inner=inner)


BAR = f"""
<barChart>
  {chart(' isShowLegend="false" evaluationTime="Report" customizerClass="my.Customizer" theme="aegean"',
         '<chartTitle position="Bottom" color="#FF0000"><font size="14" isBold="true"/>'
         '<titleExpression><![CDATA["Sales"]]></titleExpression></chartTitle>'
         '<chartSubtitle><subtitleExpression>"by city"</subtitleExpression></chartSubtitle>'
         '<chartLegend position="Right" textColor="#0000FF"/>'
         '<hyperlinkReferenceExpression>"http://x"</hyperlinkReferenceExpression>')}
  <categoryDataset>
    <dataset resetType="Group" resetGroup="g" incrementType="Group" incrementGroup="h">
      <incrementWhenExpression>$F{{ok}}</incrementWhenExpression>
    </dataset>
    <categorySeries>
      <seriesExpression><![CDATA["Orders"]]></seriesExpression>
      <categoryExpression>$F{{city}}</categoryExpression>
      <valueExpression>$V{{count}}</valueExpression>
      <labelExpression>$F{{label}}</labelExpression>
      <itemHyperlink hyperlinkType="Reference">
        <hyperlinkReferenceExpression>"http://item"</hyperlinkReferenceExpression>
      </itemHyperlink>
    </categorySeries>
    <categorySeries>
      <seriesExpression>"Freight"</seriesExpression>
      <categoryExpression>$F{{city}}</categoryExpression>
      <valueExpression>$V{{freight}}</valueExpression>
    </categorySeries>
  </categoryDataset>
  <barPlot isShowLabels="true" isShowTickMarks="false">
    <plot orientation="Horizontal" backgroundAlpha="0.5" labelRotation="45.0">
      <seriesColor seriesOrder="1" color="#00FF00"/>
      <seriesColor seriesOrder="0" color="#0000FF"/>
    </plot>
    <itemLabel color="#111111"><font size="6"/></itemLabel>
    <categoryAxisLabelExpression>"City"</categoryAxisLabelExpression>
    <categoryAxisFormat labelRotation="90">
      <axisFormat labelColor="#222222" verticalTickLabels="true"><labelFont><font size="8"/></labelFont></axisFormat>
    </categoryAxisFormat>
    <valueAxisLabelExpression>"Count"</valueAxisLabelExpression>
    <valueAxisFormat><axisFormat tickLabelMask="#,##0"/></valueAxisFormat>
    <rangeAxisMinValueExpression>0</rangeAxisMinValueExpression>
    <rangeAxisMaxValueExpression>100</rangeAxisMaxValueExpression>
  </barPlot>
</barChart>
"""


def test_bar_chart_settings_and_geometry():
    bar = only(BAR)
    assert bar.chart_type is ChartType.BAR
    assert bar.chart_kind == "barChart"
    assert (bar.x, bar.y, bar.width, bar.height) == (10, 20, 300, 200)
    assert bar.show_legend is False
    assert bar.evaluation_time is EvaluationTime.REPORT
    assert bar.customizer_class == "my.Customizer"
    assert bar.theme == "aegean"
    assert bar.title.expression is not None and bar.title.expression.text == '"Sales"'
    assert bar.title.position is EdgePosition.BOTTOM
    assert bar.title.color == Color(255, 0, 0)
    assert bar.title.font.size == 14 and bar.title.font.bold is True
    assert bar.subtitle.expression is not None and bar.subtitle.expression.text == '"by city"'
    assert bar.legend.position is EdgePosition.RIGHT
    assert bar.hyperlink.reference is not None and bar.hyperlink.reference.text == '"http://x"'


def test_bar_chart_dataset_and_series():
    dataset = only(BAR).dataset
    assert isinstance(dataset, CategoryDataset)
    assert dataset.reset_type is ResetType.GROUP and dataset.reset_group == "g"
    assert dataset.increment_type is IncrementType.GROUP and dataset.increment_group == "h"
    assert dataset.increment_when_expression is not None
    assert dataset.increment_when_expression.text == "$F{ok}"
    assert [s.series_expression.text for s in dataset.series if s.series_expression] == ['"Orders"', '"Freight"']
    first = dataset.series[0]
    assert first.category_expression is not None and first.category_expression.text == "$F{city}"
    assert first.value_expression is not None and first.value_expression.text == "$V{count}"
    assert first.label_expression is not None and first.label_expression.text == "$F{label}"
    assert first.item_hyperlink is not None
    assert first.item_hyperlink.link_type is HyperlinkType.REFERENCE
    assert dataset.series[1].item_hyperlink is None
    # expressions know where they are
    assert first.value_expression.location.line is not None


def test_bar_chart_plot():
    plot = only(BAR).plot
    assert isinstance(plot, BarPlot)
    assert plot.show_labels is True and plot.show_tick_marks is False and plot.show_tick_labels is None
    assert plot.orientation is PlotOrientation.HORIZONTAL
    assert plot.background_alpha == 0.5 and plot.label_rotation == 45.0
    assert [(c.order, c.color.hex) for c in plot.series_colors] == [(1, "#00FF00"), (0, "#0000FF")]
    assert plot.item_label is not None and plot.item_label.font is not None and plot.item_label.font.size == 6
    assert plot.domain_axis.label_expression is not None
    assert plot.domain_axis.label_expression.text == '"City"'
    assert plot.domain_axis.format is not None
    assert plot.domain_axis.format.tick_label_rotation == 90
    assert plot.domain_axis.format.vertical_tick_labels is True
    assert plot.domain_axis.format.label_font is not None and plot.domain_axis.format.label_font.size == 8
    assert plot.range_axis.format is not None and plot.range_axis.format.tick_label_mask == "#,##0"
    assert plot.range_axis.min_value_expression is not None
    assert plot.range_axis.min_value_expression.text == "0"
    assert plot.range_axis.max_value_expression is not None
    assert plot.domain_axis.min_value_expression is None


def test_pie_chart_single_series_form_and_other_slice():
    pie = only(
        f"""
<pie3DChart>
  {chart()}
  <pieDataset minPercentage="2.5" maxCount="5">
    <keyExpression>$F{{k}}</keyExpression>
    <valueExpression>$F{{v}}</valueExpression>
    <sectionHyperlink hyperlinkType="LocalAnchor"><hyperlinkAnchorExpression>"a"</hyperlinkAnchorExpression></sectionHyperlink>
    <otherKeyExpression>"Other"</otherKeyExpression>
    <otherLabelExpression>"Others"</otherLabelExpression>
  </pieDataset>
  <pie3DPlot isShowLabels="true" depthFactor="0.2" isCircular="false" labelFormat="{{0}}" legendLabelFormat="{{1}}">
    <plot foregroundAlpha="0.8"/>
    <itemLabel backgroundColor="#FFFFFF"/>
  </pie3DPlot>
</pie3DChart>"""
    )
    assert pie.chart_type is ChartType.PIE_3D
    dataset = pie.dataset
    assert isinstance(dataset, PieDataset)
    assert dataset.min_percentage == 2.5 and dataset.max_count == 5
    (series,) = dataset.series
    assert series.key_expression is not None and series.key_expression.text == "$F{k}"
    assert series.section_hyperlink is not None
    assert series.section_hyperlink.link_type is HyperlinkType.LOCAL_ANCHOR
    assert dataset.other_key_expression is not None and dataset.other_key_expression.text == '"Other"'
    plot = pie.plot
    assert isinstance(plot, PiePlot)
    assert plot.depth_factor == 0.2 and plot.circular is False and plot.show_labels is True
    assert plot.label_format == "{0}" and plot.legend_label_format == "{1}"
    assert plot.foreground_alpha == 0.8
    assert plot.item_label is not None and plot.item_label.background_color == Color(255, 255, 255)


def test_pie_series_list():
    pie = only(
        f"""<pieChart>{chart()}<pieDataset>
  <pieSeries><keyExpression>"a"</keyExpression><valueExpression>1</valueExpression></pieSeries>
  <pieSeries><keyExpression>"b"</keyExpression><valueExpression>2</valueExpression>
    <labelExpression>"B"</labelExpression></pieSeries>
</pieDataset><piePlot><plot/></piePlot></pieChart>"""
    )
    assert isinstance(pie.dataset, PieDataset)
    assert [s.key_expression.text for s in pie.dataset.series if s.key_expression] == ['"a"', '"b"']


def test_xy_bar_chart_takes_any_of_its_three_datasets():
    periods = only(
        f"""<xyBarChart>{chart()}<timePeriodDataset>
  <timePeriodSeries><seriesExpression>"s"</seriesExpression>
    <startDateExpression>$F{{start}}</startDateExpression><endDateExpression>$F{{end}}</endDateExpression>
    <valueExpression>$F{{v}}</valueExpression></timePeriodSeries>
</timePeriodDataset><barPlot><plot/></barPlot></xyBarChart>"""
    )
    assert isinstance(periods.dataset, TimePeriodDataset)
    (series,) = periods.dataset.series
    assert series.start_date_expression is not None and series.start_date_expression.text == "$F{start}"
    assert series.end_date_expression is not None and series.end_date_expression.text == "$F{end}"

    series_chart = only(
        f"""<xyBarChart>{chart()}<timeSeriesDataset timePeriod="Month">
  <timeSeries><seriesExpression>"s"</seriesExpression><timePeriodExpression>$F{{d}}</timePeriodExpression>
    <valueExpression>$F{{v}}</valueExpression></timeSeries>
</timeSeriesDataset><barPlot><plot/></barPlot></xyBarChart>"""
    )
    assert isinstance(series_chart.dataset, TimeSeriesDataset)
    assert series_chart.dataset.time_period is TimePeriod.MONTH


def test_time_series_chart_defaults_to_day_and_accepts_old_millisecond_spelling():
    day = only(
        f"""<timeSeriesChart>{chart()}<timeSeriesDataset/>
<timeSeriesPlot isShowShapes="false"><plot/><timeAxisLabelExpression>"When"</timeAxisLabelExpression>
<timeAxisFormat><axisFormat/></timeAxisFormat></timeSeriesPlot></timeSeriesChart>"""
    )
    assert isinstance(day.dataset, TimeSeriesDataset) and day.dataset.time_period is TimePeriod.DAY
    assert isinstance(day.plot, LinePlot) and day.plot.show_shapes is False and day.plot.show_lines is None
    assert day.plot.domain_axis.label_expression is not None
    assert day.plot.domain_axis.label_expression.text == '"When"'
    milli = only(
        f"""<timeSeriesChart>{chart()}<timeSeriesDataset timePeriod="Milisecond"/>
<timeSeriesPlot><plot/></timeSeriesPlot></timeSeriesChart>"""
    )
    assert isinstance(milli.dataset, TimeSeriesDataset)
    assert milli.dataset.time_period is TimePeriod.MILLISECOND


def test_bubble_high_low_candlestick_and_gantt():
    bubble = only(
        f"""<bubbleChart>{chart()}<xyzDataset><xyzSeries><seriesExpression>"s"</seriesExpression>
<xValueExpression>1</xValueExpression><yValueExpression>2</yValueExpression><zValueExpression>3</zValueExpression>
</xyzSeries></xyzDataset><bubblePlot scaleType="BothAxes"><plot/>
<xAxisLabelExpression>"X"</xAxisLabelExpression><yAxisLabelExpression>"Y"</yAxisLabelExpression>
</bubblePlot></bubbleChart>"""
    )
    assert isinstance(bubble.dataset, XyzDataset)
    assert bubble.dataset.series[0].z_value_expression is not None
    assert bubble.dataset.series[0].z_value_expression.text == "3"
    assert isinstance(bubble.plot, BubblePlot) and bubble.plot.scale_type is BubbleScaleType.BOTH_AXES
    assert bubble.plot.range_axis.label_expression is not None
    assert bubble.plot.range_axis.label_expression.text == '"Y"'

    candle = only(
        f"""<candlestickChart>{chart()}<highLowDataset><seriesExpression>"s"</seriesExpression>
<dateExpression>$F{{d}}</dateExpression><highExpression>$F{{h}}</highExpression><lowExpression>$F{{l}}</lowExpression>
<openExpression>$F{{o}}</openExpression><closeExpression>$F{{c}}</closeExpression><volumeExpression>$F{{v}}</volumeExpression>
</highLowDataset><candlestickPlot isShowVolume="false"><plot/></candlestickPlot></candlestickChart>"""
    )
    assert isinstance(candle.dataset, HighLowDataset)
    assert candle.dataset.volume_expression is not None and candle.dataset.volume_expression.text == "$F{v}"
    assert isinstance(candle.plot, CandlestickPlot) and candle.plot.show_volume is False

    gantt = only(
        f"""<ganttChart>{chart()}<ganttDataset><ganttSeries><seriesExpression>"s"</seriesExpression>
<taskExpression>$F{{t}}</taskExpression><subtaskExpression>$F{{st}}</subtaskExpression>
<startDateExpression>$F{{a}}</startDateExpression><endDateExpression>$F{{b}}</endDateExpression>
<percentExpression>0.5</percentExpression></ganttSeries></ganttDataset>
<barPlot><plot/></barPlot></ganttChart>"""
    )
    assert isinstance(gantt.dataset, GanttDataset)
    assert gantt.dataset.series[0].subtask_expression is not None
    assert gantt.dataset.series[0].percent_expression is not None
    assert isinstance(gantt.plot, BarPlot)


def test_area_chart_plot_is_a_plain_axis_plot():
    area = only(
        f"""<stackedAreaChart>{chart()}<categoryDataset/><areaPlot><plot/>
<valueAxisLabelExpression>"V"</valueAxisLabelExpression></areaPlot></stackedAreaChart>"""
    )
    assert type(area.plot) is AxisPlot
    assert area.plot.range_axis.label_expression is not None


def test_meter_and_thermometer():
    meter = only(
        f"""<meterChart>{chart()}<valueDataset><valueExpression>$F{{v}}</valueExpression></valueDataset>
<meterPlot shape="dial" angle="270" units="km/h" tickInterval="10" needleColor="#FF0000" tickCount="5">
  <plot/>
  <tickLabelFont><font size="7"/></tickLabelFont>
  <valueDisplay color="#000000" mask="#0"><font isBold="true"/></valueDisplay>
  <dataRange><lowExpression>0</lowExpression><highExpression>100</highExpression></dataRange>
  <meterInterval label="Low" color="#00FF00" alpha="0.5">
    <dataRange><lowExpression>0</lowExpression><highExpression>30</highExpression></dataRange>
  </meterInterval>
  <meterInterval label="High"><dataRange><lowExpression>30</lowExpression><highExpression>100</highExpression></dataRange></meterInterval>
</meterPlot></meterChart>"""
    )
    assert isinstance(meter.dataset, ValueDataset)
    assert meter.dataset.value_expression is not None and meter.dataset.value_expression.text == "$F{v}"
    plot = meter.plot
    assert isinstance(plot, MeterPlot)
    assert plot.shape is MeterShape.DIAL and plot.angle == 270 and plot.units == "km/h"
    assert plot.tick_interval == 10 and plot.tick_count == 5 and plot.needle_color == Color(255, 0, 0)
    assert plot.tick_label_font is not None and plot.tick_label_font.size == 7
    assert plot.value_display is not None and plot.value_display.mask == "#0"
    assert plot.data_range.high_expression is not None and plot.data_range.high_expression.text == "100"
    assert [i.label for i in plot.intervals] == ["Low", "High"]
    assert plot.intervals[0].alpha == 0.5
    assert plot.intervals[0].data_range.high_expression is not None
    assert plot.intervals[0].data_range.high_expression.text == "30"

    thermo = only(
        f"""<thermometerChart>{chart()}<valueDataset><valueExpression>1</valueExpression></valueDataset>
<thermometerPlot valueLocation="left" isShowValueLines="true" mercuryColor="#FF0000"><plot/>
<dataRange><lowExpression>0</lowExpression><highExpression>50</highExpression></dataRange>
<highRange><dataRange><lowExpression>40</lowExpression><highExpression>50</highExpression></dataRange></highRange>
</thermometerPlot></thermometerChart>"""
    )
    plot2 = thermo.plot
    assert isinstance(plot2, ThermometerPlot)
    assert plot2.value_location is ValueLocation.LEFT and plot2.show_value_lines is True
    assert plot2.low_range is None and plot2.medium_range is None
    assert plot2.high_range is not None and plot2.high_range.low_expression is not None
    assert plot2.high_range.low_expression.text == "40"


def test_thermometer_defaults():
    thermo = only(
        f"""<thermometerChart>{chart()}<valueDataset><valueExpression>1</valueExpression></valueDataset>
<thermometerPlot><plot/><dataRange><lowExpression>0</lowExpression><highExpression>1</highExpression></dataRange>
</thermometerPlot></thermometerChart>"""
    )
    assert isinstance(thermo.plot, ThermometerPlot)
    assert thermo.plot.value_location is ValueLocation.BULB and thermo.plot.show_value_lines is False


def test_multi_axis_chart_holds_whole_charts():
    multi = only(
        f"""<multiAxisChart>{chart()}<multiAxisPlot><plot/>
<axis position="rightOrBottom"><lineChart>{chart()}<categoryDataset/><linePlot isShowLines="true"><plot/></linePlot></lineChart></axis>
<axis><barChart>{chart()}<categoryDataset/><barPlot><plot/></barPlot></barChart></axis>
</multiAxisPlot></multiAxisChart>"""
    )
    assert multi.chart_type is ChartType.MULTI_AXIS and multi.dataset is None
    plot = multi.plot
    assert isinstance(plot, MultiAxisPlot)
    assert [a.position for a in plot.axes] == [AxisPosition.RIGHT_OR_BOTTOM, None]
    assert [a.chart.chart_type for a in plot.axes if a.chart] == [ChartType.LINE, ChartType.BAR]
    line = plot.axes[0].chart
    assert line is not None and isinstance(line.plot, LinePlot) and line.plot.show_lines is True


def test_chart_with_a_sub_dataset_run_inside_a_frame():
    frame_xml = f"""<frame><reportElement x="5" y="5" width="400" height="300"/>
<lineChart>{chart()}<categoryDataset><dataset>
  <datasetRun subDataset="sales"><datasetParameter name="p"><datasetParameterExpression>$P{{x}}</datasetParameterExpression></datasetParameter></datasetRun>
</dataset></categoryDataset><linePlot><plot/></linePlot></lineChart></frame>"""
    sub = '<subDataset name="sales"><parameter name="p"/></subDataset><parameter name="x"/>'
    report = load(template(frame_xml, sub))
    assert report.title is not None
    (frame,) = report.title.elements
    assert isinstance(frame, Frame)
    (line,) = frame.children
    assert isinstance(line, ChartElement) and (line.x, line.y) == (10, 20)
    assert line.dataset is not None and line.dataset.dataset_run is not None
    assert line.dataset.dataset_run.dataset_name == "sales"
    assert [p.name for p in line.dataset.dataset_run.parameters] == ["p"]


def test_problems_are_recorded_with_their_place():
    found = problems(f"""<barChart>{chart()}<xyDataset/><barPlot><plot/></barPlot></barChart>""")
    assert any("<xyDataset> is not expected in <barChart>" in m for m in found)
    assert any("<barChart> has no <categoryDataset>" in m for m in found)

    found = problems(f"""<pieChart>{chart()}<pieDataset/></pieChart>""")
    assert found == ["<pieChart> has no <piePlot>"]

    found = problems(
        f"""<timeSeriesChart>{chart()}<timeSeriesDataset timePeriod="Fortnight"/>
<timeSeriesPlot><plot orientation="Diagonal"/><categoryAxisLabelExpression>"x"</categoryAxisLabelExpression>
</timeSeriesPlot></timeSeriesChart>"""
    )
    assert any("timePeriod" in m and "Fortnight" in m for m in found)
    assert any("orientation" in m and "Diagonal" in m for m in found)
    assert any("<categoryAxisLabelExpression> is not expected in <timeSeriesPlot>" in m for m in found)

    found = problems(f"""<meterChart>{chart()}<valueDataset/><meterPlot><plot/></meterPlot></meterChart>""")
    assert "<valueDataset> has no <valueExpression>" in found
    assert "<meterPlot> has no <dataRange>" in found

    with pytest.raises(TemplateError) as raised:
        load(template(f"""<barChart>{chart()}<categoryDataset><dataset resetType="Group"/></categoryDataset>
<barPlot><plot><seriesColor color="#FF0000"/></plot></barPlot></barChart>"""))
    text = str(raised.value)
    assert "resetGroup" in text and "seriesOrder" in text
    assert "<string>:" in text  # where: the template, line


def test_problem_location_names_the_line():
    xml = template(f"""<barChart>{chart()}
<categoryDataset/>
<barPlot><plot orientation="Sideways"/></barPlot></barChart>""")
    _, found = load_design(parse_xml(xml))
    (problem,) = found
    assert problem.location is not None and problem.location.element == "plot"
    assert problem.location.line == 3


# --- the corpus -------------------------------------------------------------------------------------

SHARED = (Path(__file__).resolve().parents[2] / ".." / "shared" / "conformance").resolve()
CHART_TAG = re.compile(rb"<(\w+:)?(" + "|".join(t.value for t in ChartType).encode() + rb")\b")
CORPUS = sorted(
    path
    for corpus in (SHARED / "jr-6.21", SHARED / "wild")
    if corpus.is_dir()
    for path in corpus.rglob("*.jrxml")
    if CHART_TAG.search(path.read_bytes())
)


@pytest.mark.skipif(not CORPUS, reason="shared conformance corpus absent")
@pytest.mark.parametrize("path", CORPUS, ids=[str(p.relative_to(SHARED)) for p in CORPUS])
def test_corpus_charts_load_without_problems(path: Path):
    report, found = load_design(parse_xml(path))
    assert [str(p) for p in found] == []
    assert report.name
