"""The building blocks every part of the design tree shares: colours, expressions,
properties, pens, boxes, paragraphs, fonts, hyperlinks and the report element base.

Attributes a style can supply are ``None`` when the template leaves them out; the filler
resolves them through the style chain.  Attributes that no style touches carry their
schema default.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Location
from .enums import (
    EvaluationTime,
    HorizontalTextAlign,
    HyperlinkTarget,
    HyperlinkType,
    LineSpacing,
    LineStyle,
    Mode,
    PositionType,
    Rotation,
    StretchType,
    TabStopAlignment,
    VerticalTextAlign,
)

NOWHERE = Location()


@dataclass(frozen=True, slots=True)
class Color:
    """An RGBA colour (0-255 each)."""

    red: int
    green: int
    blue: int
    alpha: int = 255

    @property
    def hex(self) -> str:
        """``#RRGGBB`` upper-case, as JasperReports prints colours."""
        return f"#{self.red:02X}{self.green:02X}{self.blue:02X}"

    def __str__(self) -> str:
        return self.hex


@dataclass(frozen=True, slots=True)
class Expression:
    """An expression of the template, as text, with where it stands.

    ``value_class`` is the ``class`` attribute older JRXML puts on expression elements
    (a hint; the declared classes of parameters/fields/variables decide the types).
    """

    text: str
    location: Location = NOWHERE
    value_class: str | None = None

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class PropertyExpression:
    """``<propertyExpression name="...">`` — a property whose value is computed at fill time.

    ``evaluation_time`` is only meaningful on elements (JasperReports 6.13+)."""

    name: str
    expression: Expression
    evaluation_time: EvaluationTime | None = None


@dataclass(slots=True)
class Pen:
    """``<pen>``, ``<topPen>``, ... — every attribute inherits when ``None``."""

    line_width: float | None = None
    line_style: LineStyle | None = None
    line_color: Color | None = None


@dataclass(slots=True)
class Box:
    """``<box>``: padding and the four borders of an element."""

    padding: int | None = None
    top_padding: int | None = None
    left_padding: int | None = None
    bottom_padding: int | None = None
    right_padding: int | None = None
    pen: Pen = field(default_factory=Pen)
    top_pen: Pen = field(default_factory=Pen)
    left_pen: Pen = field(default_factory=Pen)
    bottom_pen: Pen = field(default_factory=Pen)
    right_pen: Pen = field(default_factory=Pen)


@dataclass(frozen=True, slots=True)
class TabStop:
    position: int
    alignment: TabStopAlignment = TabStopAlignment.LEFT


@dataclass(slots=True)
class Paragraph:
    """``<paragraph>``: line spacing, indents, spacing and tab stops (all inherit when None)."""

    line_spacing: LineSpacing | None = None
    line_spacing_size: float | None = None
    first_line_indent: int | None = None
    left_indent: int | None = None
    right_indent: int | None = None
    spacing_before: int | None = None
    spacing_after: int | None = None
    tab_stop_width: int | None = None
    tab_stops: list[TabStop] | None = None


@dataclass(slots=True)
class Font:
    """Font attributes of a text element or style (``<font>`` in 6.x); None inherits."""

    font_name: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    strike_through: bool | None = None
    pdf_font_name: str | None = None
    pdf_encoding: str | None = None
    pdf_embedded: bool | None = None


@dataclass(slots=True)
class HyperlinkParameter:
    name: str
    value: Expression | None = None


@dataclass(slots=True)
class Hyperlink:
    """The hyperlink part of text fields, images, charts and some components.

    ``link_type`` and ``link_target`` are the predefined enum members, or the custom name
    the template gives (a ``str``)."""

    link_type: HyperlinkType | str = HyperlinkType.NONE
    link_target: HyperlinkTarget | str = HyperlinkTarget.SELF
    reference: Expression | None = None
    anchor: Expression | None = None
    page: Expression | None = None
    tooltip: Expression | None = None
    when: Expression | None = None
    parameters: list[HyperlinkParameter] = field(default_factory=list)


@dataclass(slots=True)
class TextAttributes:
    """What text elements and styles share besides the font: alignment, rotation, markup."""

    horizontal_alignment: HorizontalTextAlign | None = None
    vertical_alignment: VerticalTextAlign | None = None
    rotation: Rotation | None = None
    markup: str | None = None


@dataclass(slots=True, kw_only=True)
class Element:
    """What every report element has (``<reportElement>`` in 6.x, the attributes of
    ``<element kind=...>`` in 7.x).  Concrete element kinds subclass this."""

    location: Location = NOWHERE
    uuid: str | None = None
    key: str | None = None
    style: str | None = None
    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0
    position_type: PositionType = PositionType.FIX_RELATIVE_TO_TOP
    stretch_type: StretchType = StretchType.NO_STRETCH
    mode: Mode | None = None
    forecolor: Color | None = None
    backcolor: Color | None = None
    print_repeated_values: bool = True
    remove_line_when_blank: bool = False
    print_in_first_whole_band: bool = False
    print_when_detail_overflows: bool = False
    print_when_group_changes: str | None = None
    print_when_expression: Expression | None = None
    properties: dict[str, str] = field(default_factory=dict)
    property_expressions: list[PropertyExpression] = field(default_factory=list)

    #: The JRXML 6.x tag name of the element kind (``textField``, ``frame`` ...).
    KIND = "element"
