"""The report element kinds of the design tree (what a band, frame or cell holds).

Each kind subclasses :class:`jrxmlpy.design.base.Element`.  Attributes a style can supply
are ``None`` when the template leaves them out; the others carry their schema default.
``Chart``, ``Crosstab`` and ``ComponentElement`` are the bases that
``design/charts.py``, ``design/crosstabs.py`` and ``design/components.py`` extend; on their
own they are what the reader yields for a kind it has no specific reader for.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Location
from .base import (
    NOWHERE,
    Box,
    Color,
    Element,
    Expression,
    Font,
    Hyperlink,
    Paragraph,
    Pen,
    TextAttributes,
)
from .enums import (
    BorderSplitType,
    BreakType,
    Calculation,
    EdgePosition,
    EvaluationTime,
    Fill,
    HorizontalImageAlign,
    LineDirection,
    OnErrorType,
    OverflowType,
    Rotation,
    ScaleImage,
    TextAdjust,
    VerticalImageAlign,
)

# --- pieces shared by several kinds -------------------------------------------------------


@dataclass(slots=True)
class ExpressionParameter:
    """A named expression passed on: ``subreportParameter``, ``datasetParameter``."""

    name: str
    expression: Expression | None = None


@dataclass(slots=True)
class ReturnValue:
    """A value copied back into a variable of the containing report.

    ``from_variable`` is the variable of the subreport / sub-dataset it comes from
    (``subreportVariable`` or ``fromVariable``); band return values (JasperReports 6.x)
    compute ``expression`` instead."""

    to_variable: str
    from_variable: str | None = None
    expression: Expression | None = None
    calculation: Calculation = Calculation.NOTHING
    incrementer_factory_class: str | None = None
    location: Location = NOWHERE


@dataclass(slots=True)
class DatasetRun:
    """``<datasetRun>``: how a chart, crosstab or component runs a sub-dataset."""

    dataset_name: str
    uuid: str | None = None
    parameters: list[ExpressionParameter] = field(default_factory=list)
    parameters_map_expression: Expression | None = None
    connection_expression: Expression | None = None
    data_source_expression: Expression | None = None
    return_values: list[ReturnValue] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    location: Location = NOWHERE


# --- graphics -------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class GraphicElement(Element):
    """What lines, rectangles, ellipses and images share: a pen and a fill."""

    pen: Pen = field(default_factory=Pen)
    fill: Fill | None = None


@dataclass(slots=True, kw_only=True)
class Line(GraphicElement):
    direction: LineDirection = LineDirection.TOP_DOWN

    KIND = "line"


@dataclass(slots=True, kw_only=True)
class Rectangle(GraphicElement):
    radius: int | None = None

    KIND = "rectangle"


@dataclass(slots=True, kw_only=True)
class Ellipse(GraphicElement):
    KIND = "ellipse"


@dataclass(slots=True, kw_only=True)
class Image(GraphicElement):
    box: Box = field(default_factory=Box)
    expression: Expression | None = None
    scale_image: ScaleImage | None = None
    rotation: Rotation | None = None
    horizontal_alignment: HorizontalImageAlign | None = None
    vertical_alignment: VerticalImageAlign | None = None
    #: None: JasperReports decides from the expression's class (cache when it is a String).
    using_cache: bool | None = None
    lazy: bool = False
    on_error_type: OnErrorType = OnErrorType.ERROR
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    hyperlink: Hyperlink = field(default_factory=Hyperlink)
    anchor_name_expression: Expression | None = None
    bookmark_level: int = 0
    bookmark_level_expression: Expression | None = None

    KIND = "image"


# --- text -------------------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class TextElement(Element):
    """What static texts and text fields share: box, font, alignment/rotation/markup and
    paragraph (``<box>`` and ``<textElement>`` in 6.x)."""

    box: Box = field(default_factory=Box)
    font: Font = field(default_factory=Font)
    text: TextAttributes = field(default_factory=TextAttributes)
    paragraph: Paragraph = field(default_factory=Paragraph)


@dataclass(slots=True, kw_only=True)
class StaticText(TextElement):
    #: The text shown (``<text>``), exactly as written.
    content: str = ""

    KIND = "staticText"


@dataclass(slots=True, kw_only=True)
class TextField(TextElement):
    expression: Expression | None = None
    pattern: str | None = None
    pattern_expression: Expression | None = None
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    text_adjust: TextAdjust = TextAdjust.CUT_TEXT
    blank_when_null: bool | None = None
    hyperlink: Hyperlink = field(default_factory=Hyperlink)
    anchor_name_expression: Expression | None = None
    bookmark_level: int = 0
    bookmark_level_expression: Expression | None = None

    KIND = "textField"


# --- containers and flow ------------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class Frame(Element):
    box: Box = field(default_factory=Box)
    children: list[Element] = field(default_factory=list)
    border_split_type: BorderSplitType | None = None

    KIND = "frame"


@dataclass(slots=True, kw_only=True)
class ElementGroup(Element):
    """``<elementGroup>``: no geometry of its own, only children that stretch together."""

    children: list[Element] = field(default_factory=list)

    KIND = "elementGroup"


@dataclass(slots=True, kw_only=True)
class Break(Element):
    type: BreakType = BreakType.PAGE

    KIND = "break"


@dataclass(slots=True, kw_only=True)
class Subreport(Element):
    expression: Expression | None = None
    using_cache: bool | None = None
    run_to_bottom: bool | None = None
    overflow_type: OverflowType | None = None
    parameters_map_expression: Expression | None = None
    parameters: list[ExpressionParameter] = field(default_factory=list)
    connection_expression: Expression | None = None
    data_source_expression: Expression | None = None
    return_values: list[ReturnValue] = field(default_factory=list)

    KIND = "subreport"


@dataclass(slots=True)
class GenericElementParameter:
    name: str
    expression: Expression | None = None
    value_class: str = "java.lang.Object"
    skip_when_null: bool = False


@dataclass(slots=True, kw_only=True)
class GenericElement(Element):
    type_namespace: str = ""
    type_name: str = ""
    parameters: list[GenericElementParameter] = field(default_factory=list)
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None

    KIND = "genericElement"


# --- bases extended elsewhere ---------------------------------------------------------------------


@dataclass(slots=True)
class ChartTitle:
    """``<chartTitle>`` (``position`` only for titles) and ``<chartSubtitle>``."""

    expression: Expression | None = None
    font: Font = field(default_factory=Font)
    color: Color | None = None
    position: EdgePosition | None = None


@dataclass(slots=True)
class ChartLegend:
    font: Font = field(default_factory=Font)
    text_color: Color | None = None
    background_color: Color | None = None
    position: EdgePosition | None = None


@dataclass(slots=True, kw_only=True)
class Chart(Element):
    """What every chart kind has (the ``<chart>`` part of ``<pieChart>``, ``<barChart>``...).

    ``design/charts.py`` adds the dataset and plot of each kind.  ``chart_kind`` is the
    6.x tag (``pieChart``, ...)."""

    chart_kind: str = ""
    box: Box = field(default_factory=Box)
    show_legend: bool | None = None
    evaluation_time: EvaluationTime = EvaluationTime.NOW
    evaluation_group: str | None = None
    hyperlink: Hyperlink = field(default_factory=Hyperlink)
    anchor_name_expression: Expression | None = None
    bookmark_level: int = 0
    bookmark_level_expression: Expression | None = None
    customizer_class: str | None = None
    render_type: str | None = None
    theme: str | None = None
    title: ChartTitle = field(default_factory=ChartTitle)
    subtitle: ChartTitle = field(default_factory=ChartTitle)
    legend: ChartLegend = field(default_factory=ChartLegend)

    KIND = "chart"


@dataclass(slots=True, kw_only=True)
class Crosstab(Element):
    """Base of ``<crosstab>``; ``design/crosstabs.py`` adds groups, measures and cells."""

    KIND = "crosstab"


@dataclass(slots=True, kw_only=True)
class Component:
    """Base of what a ``<componentElement>`` (or a ``<part>``) holds; ``design/components.py``
    extends it (table, list, barcodes, maps...).  ``location.element`` names its tag."""

    location: Location = NOWHERE


@dataclass(slots=True, kw_only=True)
class ComponentElement(Element):
    component: Component = field(default_factory=Component)

    KIND = "componentElement"


#: Every 6.x tag of a chart element.
CHART_TAGS: frozenset[str] = frozenset(
    {
        "pieChart", "pie3DChart", "barChart", "bar3DChart", "xyBarChart", "stackedBarChart",
        "stackedBar3DChart", "lineChart", "xyLineChart", "areaChart", "xyAreaChart",
        "stackedAreaChart", "scatterChart", "bubbleChart", "timeSeriesChart", "highLowChart",
        "candlestickChart", "meterChart", "thermometerChart", "multiAxisChart", "ganttChart",
    }
)


def flatten(elements: list[Element]) -> list[Element]:
    """The elements with, after each frame (or other container), the elements inside it,
    depth first."""
    out: list[Element] = []
    for element in elements:
        out.append(element)
        children = getattr(element, "children", None)
        if isinstance(children, list):
            out.extend(flatten(children))
    return out
