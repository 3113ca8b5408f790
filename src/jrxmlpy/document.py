"""The print document: what filling a report produces and what every exporter reads.

A :class:`Document` is JasperReports' ``JasperPrint`` as plain typed objects: the page
format, the styles and origins the pages refer to, and the pages with their print
elements (:class:`PrintText`, :class:`PrintLine`, :class:`PrintRectangle`,
:class:`PrintEllipse`, :class:`PrintImage`, :class:`PrintFrame`, :class:`PrintGeneric`).
It is exactly what JasperReports' XML print format (``.jrpxml``) carries, so that
``jrxmlpy.export.jrpxml`` writes it the way JasperReports' XML exporter does and reads it
back without loss.

How values are represented
--------------------------
* **``None`` means "not set on this element"**: the value comes from the element's style
  (``style`` names one of :attr:`Document.styles`; without one, from the default style),
  then from JasperReports' built-in default.  This is what the print format shows: an
  attribute absent from a ``.jrpxml`` element is inherited.  Use :meth:`Document.style_value`
  to resolve a style attribute through the parent chain.
* Attributes that are never inherited carry their JasperReports default instead of
  ``None`` (``run_direction=LTR``, ``bookmark_level=0``, ``on_error=ERROR``, ...); the
  writer leaves out what JasperReports leaves out.
* Coordinates are ints in points, as JasperReports gives them: page elements relative to
  the page's top-left corner (margins included), a frame's children relative to the frame.
* Colours are :class:`~jrxmlpy.design.base.Color`; pens, boxes, paragraphs, tab stops and
  fonts are the design tree's value classes (:mod:`jrxmlpy.design.base`), whose ``None``
  fields mean the same "inherited".  A ``box``/``paragraph``/``font``/``pen`` of ``None``
  is the same as an empty one.
* Floats that JasperReports keeps as Java ``float`` (text height, line spacing factor,
  leading offset, font size, pen width, line spacing size) are Python floats here; the
  writer rounds them to 32 bits and prints them as Java does.
* ``origin`` of an element is one of :attr:`Document.origins` (compared by value).
* Hyperlink and generic element parameter values are :class:`JavaValue`: a Java class
  name and the text JasperReports serialises the value to (``JavaValue.of(python_value)``
  builds one, ``.value`` decodes it).
"""

from __future__ import annotations

import base64
import datetime as _dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from decimal import Decimal
from typing import BinaryIO

from .design.base import Box, Color, Font, Paragraph, Pen, TabStop
from .design.enums import (
    Fill,
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineDirection,
    Mode,
    OnErrorType,
    Orientation,
    Rotation,
    RunDirection,
    ScaleImage,
    VerticalImageAlign,
    VerticalTextAlign,
)
from .javanum import big_decimal_to_string, double_to_string, float_to_string
from .styling import Layer, ResolvedAttributes, box_into, font_into, paragraph_into, pen_into, put, resolve

__all__ = [
    "Document",
    "Page",
    "Origin",
    "PrintStyle",
    "Bookmark",
    "PrintPart",
    "PrintElement",
    "PrintGraphicElement",
    "PrintText",
    "PrintLine",
    "PrintRectangle",
    "PrintEllipse",
    "PrintImage",
    "PrintFrame",
    "PrintGeneric",
    "PrintHyperlink",
    "HyperlinkParameter",
    "JavaValue",
    "Box",
    "Pen",
    "Paragraph",
    "TabStop",
    "Font",
    "Color",
    "parse_page_range",
    "java_float_str",
    "IMAGES_NO_EMBED_PROPERTY",
    "ResolvedAttributes",
]

#: Document property: images are written by reference (``img_N``), not embedded.
IMAGES_NO_EMBED_PROPERTY = "net.sf.jasperreports.export.xml.images.no.embed"


# --- document-level parts ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Origin:
    """Where print elements come from: a band of a (sub)report, maybe of a group.

    ``band`` is JasperReports' band type name (``title``, ``pageHeader``,
    ``columnHeader``, ``groupHeader``, ``detail``, ``groupFooter``, ``columnFooter``,
    ``pageFooter``, ``lastPageFooter``, ``summary``, ``background``, ``noData``,
    ``unknown``); ``report`` is None for the master report."""

    band: str = "unknown"
    group: str | None = None
    report: str | None = None


@dataclass(slots=True)
class PrintStyle:
    """A style of the print (``<style>``): only the attributes it sets itself; ``parent``
    names the style it inherits the others from."""

    name: str
    is_default: bool = False
    parent: str | None = None
    mode: Mode | None = None
    forecolor: Color | None = None
    backcolor: Color | None = None
    fill: Fill | None = None
    radius: int | None = None
    scale_image: ScaleImage | None = None
    horizontal_text_alignment: HorizontalTextAlign | None = None
    horizontal_image_alignment: HorizontalImageAlign | None = None
    vertical_text_alignment: VerticalTextAlign | None = None
    vertical_image_alignment: VerticalImageAlign | None = None
    rotation: Rotation | None = None
    markup: str | None = None
    font_name: str | None = None
    font_size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    strike_through: bool | None = None
    pdf_font_name: str | None = None
    pdf_encoding: str | None = None
    pdf_embedded: bool | None = None
    pen: Pen | None = None
    box: Box | None = None
    paragraph: Paragraph | None = None


@dataclass(slots=True)
class Bookmark:
    """An entry of the document outline (``<bookmark>``), with its sub-entries."""

    label: str
    page_index: int
    element_address: str
    children: list[Bookmark] = field(default_factory=list)


@dataclass(slots=True)
class PrintPart:
    """A part of a book report (``<part>``) starting at ``page_index`` (0-based), with its
    own page format (None: the document's)."""

    page_index: int
    name: str
    page_width: int | None = None
    page_height: int | None = None
    top_margin: int | None = None
    left_margin: int | None = None
    bottom_margin: int | None = None
    right_margin: int | None = None
    orientation: Orientation = Orientation.PORTRAIT
    properties: dict[str, str | None] = field(default_factory=dict)


# --- values of parameters ----------------------------------------------------------------

_SIMPLE_CLASSES = {
    "java.lang.String", "java.lang.Character", "java.lang.Boolean", "java.lang.Byte",
    "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
    "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal",
}
_DATE_CLASSES = {"java.util.Date", "java.sql.Date", "java.sql.Time", "java.sql.Timestamp"}


@dataclass(frozen=True, slots=True)
class JavaValue:
    """A parameter value as the print format keeps it: the Java class name and the text
    JasperReports serialises it to (``text`` None: a null value).

    Classes without a text form of their own (lists, maps, ...) are Java-serialised
    objects; their ``text`` is that base64 text, kept as is."""

    value_class: str
    text: str | None

    @classmethod
    def of(cls, value: object, value_class: str | None = None) -> JavaValue:
        """The serialised form of a Python value (``value_class`` chooses the Java class
        where the Python type is ambiguous, e.g. ``java.lang.Float`` for a float)."""
        if isinstance(value, JavaValue):
            return value
        if value is None:
            return cls(value_class or "java.lang.String", None)
        if isinstance(value, bool):
            return cls(value_class or "java.lang.Boolean", "true" if value else "false")
        if isinstance(value, int):
            return cls(value_class or "java.lang.Integer", str(value))
        if isinstance(value, float):
            vc = value_class or "java.lang.Double"
            return cls(vc, java_float_str(value) if vc == "java.lang.Float" else double_to_string(value))
        if isinstance(value, Decimal):
            return cls(value_class or "java.math.BigDecimal", big_decimal_to_string(value))
        if isinstance(value, _dt.datetime):
            millis = int(value.timestamp() * 1000) if value.tzinfo else int(
                value.replace(tzinfo=_dt.UTC).timestamp() * 1000)
            return cls(value_class or "java.util.Date", str(millis))
        if isinstance(value, str):
            return cls(value_class or "java.lang.String", value)
        raise TypeError(f"no Java text form for a {type(value).__name__}: wrap it in a JavaValue")

    @property
    def value(self) -> object:
        """The value as Python: str, bool, int, float, Decimal, datetime (UTC) for dates;
        the raw text for other classes."""
        vc, text = self.value_class, self.text
        if text is None:
            return None
        if vc in ("java.lang.String", "java.lang.Character"):
            return text
        if vc == "java.lang.Boolean":
            return text.strip().lower() == "true"
        if vc in ("java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger"):
            return int(text)
        if vc in ("java.lang.Float", "java.lang.Double"):
            return float(text)
        if vc == "java.math.BigDecimal":
            return Decimal(text)
        if vc in _DATE_CLASSES:
            return _dt.datetime.fromtimestamp(int(text) / 1000, _dt.UTC)
        return text


@dataclass(slots=True)
class HyperlinkParameter:
    name: str
    value: JavaValue = field(default_factory=lambda: JavaValue("java.lang.String", None))


@dataclass(slots=True)
class PrintHyperlink:
    """The hyperlink of a text or image: the type and target names as JasperReports
    gives them (``Reference``, ``LocalAnchor``, ... / ``Self``, ``Blank``, ... or custom
    names), the evaluated reference/anchor/page/tooltip and the parameters.

    None means "not set" and is what an element without a hyperlink has (JasperReports
    writes a text's type and target whenever they are set, even ``None``/``Self``; an
    image's only when they differ from those defaults)."""

    link_type: str | None = None
    link_target: str | None = None
    reference: str | None = None
    anchor: str | None = None
    page: int | None = None
    tooltip: str | None = None
    parameters: list[HyperlinkParameter] = field(default_factory=list)


# --- print elements ----------------------------------------------------------------------


@dataclass(slots=True, kw_only=True)
class PrintElement:
    """What every print element has (``<reportElement>``).

    ``source_id``/``print_id`` are JasperReports' source element id and print element id
    (0: not set).  ``properties`` keeps its order; a None value is a property without
    value."""

    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0
    uuid: str | None = None
    key: str | None = None
    style: str | None = None
    mode: Mode | None = None
    forecolor: Color | None = None
    backcolor: Color | None = None
    origin: Origin | None = None
    source_id: int = 0
    print_id: int = 0
    properties: dict[str, str | None] = field(default_factory=dict)

    #: The ``.jrpxml`` tag of the element kind.
    KIND = "element"

    def copy(self) -> PrintElement:
        """A shallow copy: the values (boxes, fonts, the properties dict ...) are the
        same objects as the original's.  Faster than building an element: the filler
        copies a print it made once for each print of a design element."""
        return copier_of(type(self))(self)


_COPIERS: dict[tuple[type, tuple[str, ...]], Callable[..., PrintElement]] = {}


def copier_of(cls: type, given: tuple[str, ...] = ()) -> Callable[..., PrintElement]:
    """The function copying a ``cls`` element: ``copy(element, *values)`` makes a new
    element with ``values`` as its fields named by ``given`` (in that order) and every
    other field the original's (made once per class and names; a caller making many
    copies keeps it).  Faster than a copy whose fields are then set again."""
    key = (cls, given)
    copier = _COPIERS.get(key)
    if copier is None:
        copier = _COPIERS[key] = _copier(cls, given)
    return copier


def _copier(cls: type, given: tuple[str, ...]) -> Callable[..., PrintElement]:
    """A function assigning each field of a print element class once (as ``dataclasses``
    generates ``__init__``; ``copy.copy`` of a slotted object is ~10x slower)."""
    names = [f.name for f in fields(cls)]
    unknown = set(given) - set(names)
    if unknown:
        raise ValueError(f"{cls.__name__} has no fields {sorted(unknown)}")
    body = "".join(f"    n.{name} = {name}\n" if name in given else f"    n.{name} = o.{name}\n" for name in names)
    namespace: dict[str, object] = {"new": object.__new__, "cls": cls}
    exec(f"def copy(o, {''.join(name + ', ' for name in given)}):\n    n = new(cls)\n{body}    return n\n",  # noqa: S102
         namespace)
    return namespace["copy"]  # type: ignore[return-value]


@dataclass(slots=True, kw_only=True)
class PrintGraphicElement(PrintElement):
    """Lines, rectangles, ellipses and images: ``<graphicElement>`` fill and pen."""

    fill: Fill | None = None
    pen: Pen | None = None


@dataclass(slots=True, kw_only=True)
class PrintLine(PrintGraphicElement):
    direction: LineDirection = LineDirection.TOP_DOWN
    KIND = "line"


@dataclass(slots=True, kw_only=True)
class PrintRectangle(PrintGraphicElement):
    radius: int | None = None
    KIND = "rectangle"


@dataclass(slots=True, kw_only=True)
class PrintEllipse(PrintGraphicElement):
    KIND = "ellipse"


@dataclass(slots=True, kw_only=True)
class PrintImage(PrintGraphicElement):
    """An image.  ``data`` holds the image bytes (PNG, JPEG, GIF, SVG ...; ``mime_type``
    says which when known); a lazy image, or one read from a print whose images were not
    embedded, has ``source`` (its location, or the ``img_N`` reference) instead.
    ``renderer_id`` identifies the image: prints that do not embed images write one
    ``img_N`` per distinct id (None: per distinct ``data``)."""

    scale_image: ScaleImage | None = None
    rotation: Rotation | None = None
    horizontal_alignment: HorizontalImageAlign | None = None
    vertical_alignment: VerticalImageAlign | None = None
    lazy: bool = False
    on_error: OnErrorType = OnErrorType.ERROR
    hyperlink: PrintHyperlink | None = None
    anchor_name: str | None = None
    bookmark_level: int = 0
    box: Box | None = None
    data: bytes | None = None
    source: str | None = None
    mime_type: str | None = None
    renderer_id: str | None = None
    KIND = "image"

    @property
    def format(self) -> str | None:
        """``png``, ``jpeg``, ``gif``, ``svg``, ``bmp``, ``tiff`` from ``mime_type`` or
        the data's signature; None when unknown."""
        if self.mime_type:
            sub = self.mime_type.split("/", 1)[-1].lower()
            return "svg" if sub.startswith("svg") else sub
        return image_format(self.data)


@dataclass(slots=True, kw_only=True)
class PrintText(PrintElement):
    """A text (static text or evaluated text field) as laid out by the filler.

    ``text`` is the full (untruncated) text, None when the element has none;
    ``truncate_index`` is where the text was cut to fit, ``truncate_suffix`` what is
    appended at the cut; ``text_height`` is the laid-out height of the text,
    ``line_spacing_factor``/``leading_offset`` the font metrics used (JasperReports'
    values for the first line).  ``value_class``/``pattern``/``locale``/``timezone`` are
    set for text fields whose value is formatted (the pattern as JasperReports resolved
    it)."""

    horizontal_alignment: HorizontalTextAlign | None = None
    vertical_alignment: VerticalTextAlign | None = None
    text_height: float = 0.0
    rotation: Rotation | None = None
    run_direction: RunDirection = RunDirection.LTR
    markup: str | None = None
    line_spacing_factor: float = 0.0
    leading_offset: float = 0.0
    hyperlink: PrintHyperlink | None = None
    anchor_name: str | None = None
    bookmark_level: int = 0
    value_class: str | None = None
    pattern: str | None = None
    format_factory_class: str | None = None
    locale: str | None = None
    timezone: str | None = None
    box: Box | None = None
    font: Font | None = None
    paragraph: Paragraph | None = None
    text: str | None = None
    truncate_index: int | None = None
    truncate_suffix: str | None = None
    line_break_offsets: list[int] | None = None
    #: The evaluated value of a text field (Python: str, int, float, Decimal, date/datetime,
    #: bool ...), for exporters that write typed cells; not part of the print format, so
    #: None in a print read back from ``.jrpxml`` (exporters then parse ``text``).
    value: object = None
    KIND = "text"

    @property
    def full_text(self) -> str:
        return self.text or ""

    @property
    def shown_text(self) -> str:
        """The text as displayed: cut at ``truncate_index`` plus the suffix."""
        text = self.text or ""
        if self.truncate_index is not None:
            text = text[: self.truncate_index] + (self.truncate_suffix or "")
        return text


@dataclass(slots=True, kw_only=True)
class PrintFrame(PrintElement):
    """A frame and the elements in it (coordinates relative to the frame)."""

    box: Box | None = None
    elements: list[PrintElement] = field(default_factory=list)
    KIND = "frame"


@dataclass(slots=True, kw_only=True)
class PrintGeneric(PrintElement):
    """A generic element (maps, interactive tables' headers, custom visualisations ...):
    its type and its named parameters (in order; a None value is a null parameter)."""

    generic_namespace: str = ""
    generic_name: str = ""
    parameters: dict[str, JavaValue | None] = field(default_factory=dict)
    KIND = "genericElement"


AnyElement = PrintText | PrintLine | PrintRectangle | PrintEllipse | PrintImage | PrintFrame | PrintGeneric


@dataclass(slots=True)
class Page:
    elements: list[PrintElement] = field(default_factory=list)

    def walk(self) -> Iterator[tuple[PrintElement, int, int]]:
        """Every element, frames' children included, with its page coordinates'
        offset: yields ``(element, offset_x, offset_y)`` where the element's page position
        is ``(offset_x + element.x, offset_y + element.y)``."""
        stack: list[tuple[list[PrintElement], int, int]] = [(self.elements, 0, 0)]
        while stack:
            elements, ox, oy = stack.pop()
            frames = []
            for el in elements:
                yield el, ox, oy
                if isinstance(el, PrintFrame):
                    frames.append((el.elements, ox + el.x, oy + el.y))
            stack.extend(reversed(frames))


@dataclass(slots=True)
class Document:
    """A filled report (JasperReports' ``JasperPrint``).

    ``properties`` are the report's properties that reach the print (ordered); the three
    ``net.sf.jasperreports.export.xml.*page*`` properties are not among them: the XML
    writer produces them."""

    name: str = ""
    page_width: int = 595
    page_height: int = 842
    top_margin: int | None = None
    left_margin: int | None = None
    bottom_margin: int | None = None
    right_margin: int | None = None
    orientation: Orientation = Orientation.PORTRAIT
    format_factory_class: str | None = None
    locale: str | None = None
    timezone: str | None = None
    properties: dict[str, str | None] = field(default_factory=dict)
    origins: list[Origin] = field(default_factory=list)
    styles: list[PrintStyle] = field(default_factory=list)
    bookmarks: list[Bookmark] = field(default_factory=list)
    parts: list[PrintPart] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)
    #: The styles of each subreport by report name, as that subreport's elements see them
    #: (JasperReports' print keeps the first style of each name only, and its XML form
    #: loses the others: exporters resolve a subreport's elements with its own styles and
    #: default style).  Not part of the print format.
    report_styles: dict[str, list[PrintStyle]] = field(default_factory=dict, compare=False, repr=False)
    _resolved: dict[object, tuple[PrintElement | None, ResolvedAttributes]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    # -- styles -----------------------------------------------------------------------

    def style(self, name: str | None) -> PrintStyle | None:
        """The style called ``name`` (None when there is none)."""
        if name is None:
            return None
        for style in self.styles:
            if style.name == name:
                return style
        return None

    @property
    def default_style(self) -> PrintStyle | None:
        """The print's default style: the last ``isDefault`` one (a subreport's default
        style that joins the print becomes it, as in JasperReports)."""
        return _default_of(self.styles)

    def style_value(self, style: str | PrintStyle | None, attribute: str, default: object = None) -> object:
        """``attribute`` (a :class:`PrintStyle` field name) of a style, looked up through
        its parents; ``default`` when no style in the chain sets it."""
        seen: set[str] = set()
        current = self.style(style) if isinstance(style, str) or style is None else style
        while current is not None and current.name not in seen:
            seen.add(current.name)
            value = getattr(current, attribute)
            if value is not None:
                return value
            current = self.style(current.parent)
        return default

    def _styles_of(self, element: PrintElement) -> list[PrintStyle]:
        """The styles an element's names refer to: its subreport's own (see
        :attr:`report_styles`), else the document's."""
        origin = element.origin
        if origin is not None and origin.report is not None and self.report_styles:
            own = self.report_styles.get(origin.report)
            if own is not None:
                return own
        return self.styles

    def element_style(self, element: PrintElement) -> PrintStyle | None:
        """The style an element inherits from: its own (its subreport's style of that name
        for an element a subreport printed), else the default style (its subreport's)."""
        styles = self._styles_of(element)
        if styles is self.styles:
            return self.style(element.style) if element.style is not None else self.default_style
        return _find_style(styles, element.style) if element.style is not None else _default_of(styles)

    def resolved(self, element: PrintElement) -> ResolvedAttributes:
        """Every style-able attribute of ``element`` as an exporter draws it: the element's
        own value, else its style's (through the parent chain; no style: the default
        style), else JasperReports' built-in default (mode Opaque for lines, rectangles and
        ellipses and Transparent otherwise, black on white, ``SansSerif`` 10 unless the
        print's ``net.sf.jasperreports.default.font.name/size`` properties say otherwise,
        box pens 0, graphic pens 1 (images 0), line colour = forecolor, ...).  Cached per
        element and shared by elements setting the same attributes on the same style (the
        same object): resolve after the document is complete."""
        hit = self._resolved.get(id(element))
        if hit is not None and hit[0] is element:
            return hit[1]
        own = _element_layer(element)
        # elements that set the same attributes on the same style resolve alike: one
        # resolution (and one shared object) for all of them
        opaque = isinstance(element, (PrintLine, PrintRectangle, PrintEllipse))
        image = isinstance(element, PrintImage)
        try:
            origin = element.origin
            report = origin.report if origin is not None else None
            key: tuple | None = (report, element.style, opaque, image, tuple(own.items()))
            shared = self._resolved.get(key)
        except TypeError:  # an unhashable value (a list of tab stops)
            key = shared = None
        if shared is not None:
            self._resolved[id(element)] = (element, shared[1])
            return shared[1]
        layers = [own]
        styles = self._styles_of(element)
        style = self.element_style(element)
        seen: set[str] = set()
        while style is not None and style.name not in seen:
            seen.add(style.name)
            layers.append(_style_layer(style))
            style = _find_style(styles, style.parent)
            if style is None and seen:
                # a chain that ends without the default style continues with it (a style
                # without parent takes what it leaves unset from the default style)
                style = _default_of(styles)
        props = self.properties
        result = resolve(
            layers,
            opaque=opaque,
            graphic_pen_width=0.0 if image else 1.0,
            style_name=element.style,
            default_font_name=props.get("net.sf.jasperreports.default.font.name") or "SansSerif",
            default_font_size=float(props.get("net.sf.jasperreports.default.font.size") or 10.0),
            default_tab_stop_width=int(props.get("net.sf.jasperreports.default.tab.stop.width") or 40),
        )
        self._resolved[id(element)] = (element, result)
        if key is not None:
            self._resolved[key] = (None, result)
        return result

    def part_at(self, index: int) -> PrintPart | None:
        """The book part page ``index`` (0-based) belongs to (None: no part starts at or
        before it)."""
        found = None
        for part in self.parts:
            if part.page_index <= index:
                found = part
        return found

    def page_size(self, index: int) -> tuple[int, int]:
        """Width and height of page ``index`` (0-based): its part's page format in a book
        report, else the document's."""
        part = self.part_at(index)
        if part is None:
            return self.page_width, self.page_height
        return (part.page_width if part.page_width is not None else self.page_width,
                part.page_height if part.page_height is not None else self.page_height)

    # -- export -----------------------------------------------------------------------

    def export(
        self,
        target: str | os.PathLike[str] | BinaryIO | None = None,
        *,
        format: str | None = None,  # noqa: A002 - the word users know
        pages: str | Iterator[int] | list[int] | range | None = None,
        **options: object,
    ) -> bytes | None:
        """Write the document in ``format`` (default: the target's suffix) to ``target``
        (a path or a binary file object); with no target, return the bytes.

        ``pages`` selects pages: a range text (``"2-5"``, ``"1,4-6"``, 1-based) or 0-based
        indexes; all pages when None."""
        from .export import export as _export

        return _export(self, target, format=format, pages=pages, **options)


def _default_of(styles: list[PrintStyle]) -> PrintStyle | None:
    for style in reversed(styles):
        if style.is_default:
            return style
    return None


def _find_style(styles: list[PrintStyle], name: str | None) -> PrintStyle | None:
    if name is None:
        return None
    for style in styles:
        if style.name == name:
            return style
    return None


# --- page ranges ---------------------------------------------------------------------------


def _style_layer(style: PrintStyle) -> Layer:
    """The attributes a print style sets itself, as a :mod:`jrxmlpy.styling` layer."""
    layer: Layer = {}
    put(layer, "mode", style.mode)
    put(layer, "forecolor", style.forecolor)
    put(layer, "backcolor", style.backcolor)
    put(layer, "fill", style.fill)
    put(layer, "radius", style.radius)
    put(layer, "scale_image", style.scale_image)
    put(layer, "h_image", style.horizontal_image_alignment)
    put(layer, "v_image", style.vertical_image_alignment)
    put(layer, "h_text", style.horizontal_text_alignment)
    put(layer, "v_text", style.vertical_text_alignment)
    put(layer, "rotation", style.rotation)
    put(layer, "markup", style.markup)
    put(layer, "font_name", style.font_name)
    put(layer, "font_size", style.font_size)
    put(layer, "bold", style.bold)
    put(layer, "italic", style.italic)
    put(layer, "underline", style.underline)
    put(layer, "strike_through", style.strike_through)
    put(layer, "pdf_font_name", style.pdf_font_name)
    put(layer, "pdf_encoding", style.pdf_encoding)
    put(layer, "pdf_embedded", style.pdf_embedded)
    pen_into(layer, "pen", style.pen)
    box_into(layer, style.box)
    paragraph_into(layer, style.paragraph)
    return layer


def _element_layer(element: PrintElement) -> Layer:
    """The style-able attributes a print element sets itself."""
    layer: Layer = {}
    put(layer, "mode", element.mode)
    put(layer, "forecolor", element.forecolor)
    put(layer, "backcolor", element.backcolor)
    if isinstance(element, PrintGraphicElement):
        put(layer, "fill", element.fill)
        pen_into(layer, "pen", element.pen)
    if isinstance(element, PrintRectangle):
        put(layer, "radius", element.radius)
    if isinstance(element, PrintImage):
        put(layer, "scale_image", element.scale_image)
        put(layer, "h_image", element.horizontal_alignment)
        put(layer, "v_image", element.vertical_alignment)
        put(layer, "rotation", element.rotation)
    elif isinstance(element, PrintText):
        put(layer, "h_text", element.horizontal_alignment)
        put(layer, "v_text", element.vertical_alignment)
        put(layer, "rotation", element.rotation)
        put(layer, "markup", element.markup)
        font_into(layer, element.font)
        paragraph_into(layer, element.paragraph)
    box_into(layer, getattr(element, "box", None))
    return layer


def parse_page_range(text: str, page_count: int) -> list[int]:
    """The 0-based page indexes a 1-based range text selects, sorted and unique.

    ``"3"``, ``"2-5"``, ``"1,4-6"``, ``"7-"`` (to the last page), ``"-3"`` (from the
    first); blanks are ignored.  Raises :class:`~jrxmlpy.errors.ExportError` for text that
    is not a range and for pages outside ``1..page_count``."""
    from .errors import ExportError

    if not isinstance(text, str):
        raise ExportError(f"a page range is text such as '1,3-5', not {type(text).__name__}")
    compact = "".join(text.split())
    if not compact:
        raise ExportError("empty page range: give pages such as '1,3-5'")
    selected: set[int] = set()

    def number(part: str, whole: str) -> int:
        if not part.isdigit() or not part.isascii():
            raise ExportError(f"bad page range {text!r}: {whole!r} is not a page number or a range such as '2-5'")
        value = int(part)
        if value < 1 or value > page_count:
            raise ExportError(
                f"page {value} in {text!r} is out of range: the document has {page_count} page"
                f"{'' if page_count == 1 else 's'}" + ("" if page_count else " (nothing to select)")
            )
        return value

    for piece in compact.split(","):
        if not piece:
            raise ExportError(f"bad page range {text!r}: empty item between commas")
        if "-" in piece:
            start_text, _, end_text = piece.partition("-")
            if "-" in end_text:
                raise ExportError(f"bad page range {text!r}: {piece!r} has more than one '-'")
            if not start_text and not end_text:
                raise ExportError(f"bad page range {text!r}: '-' needs a page on at least one side")
            start = number(start_text, piece) if start_text else 1
            end = number(end_text, piece) if end_text else page_count
            if end_text == "" and page_count == 0:
                raise ExportError(f"page range {text!r} selects nothing: the document has no pages")
            if start > end:
                raise ExportError(f"bad page range {text!r}: {piece!r} goes backwards")
            selected.update(range(start - 1, end))
        else:
            selected.add(number(piece, piece) - 1)
    return sorted(selected)


# --- Java number text -------------------------------------------------------------------

_FLOAT_TEXT: dict[float, str] = {}


def java_float_str(value: float) -> str:
    """``Float.toString`` of ``value`` rounded to a 32-bit float (cached: the print format
    writes the same few text heights over and over)."""
    if value == 0:  # 0.0 and -0.0 would share a dict key
        return float_to_string(value)
    text = _FLOAT_TEXT.get(value)
    if text is not None:
        return text
    text = float_to_string(value)
    if len(_FLOAT_TEXT) >= 65536:
        _FLOAT_TEXT.clear()
    _FLOAT_TEXT[value] = text
    return text




# --- images ------------------------------------------------------------------------------


def image_format(data: bytes | None) -> str | None:
    """The image format from the data's first bytes (None when unknown)."""
    if not data:
        return None
    head = data[:512]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8"):
        return "jpeg"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"BM"):
        return "bmp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    stripped = head.lstrip()
    if stripped.startswith(b"<") and b"<svg" in data[:4096]:
        return "svg"
    return None


def encode_base64_lines(data: bytes) -> str:
    """Base64 in lines of 76 characters joined by ``\\n`` (no final newline), as the
    print format embeds images."""
    text = base64.b64encode(data).decode("ascii")
    if len(text) <= 76:
        return text
    return "\n".join(text[i:i + 76] for i in range(0, len(text), 76))
