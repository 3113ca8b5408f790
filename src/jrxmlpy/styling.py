"""Style inheritance shared by the fill (design elements and styles) and the exporters
(print elements and print styles): what a style or an element sets itself, as a flat
*layer*, and every attribute resolved from a list of layers with JasperReports' built-in
defaults (see :mod:`jrxmlpy.fill.styles` for what was observed of JasperReports)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .design.base import Box, Color, Font, Paragraph, Pen, TabStop
from .design.enums import (
    Fill,
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineSpacing,
    LineStyle,
    Mode,
    Rotation,
    ScaleImage,
    VerticalImageAlign,
    VerticalTextAlign,
)

__all__ = [
    "BLACK",
    "WHITE",
    "Layer",
    "ResolvedPen",
    "ResolvedBox",
    "ResolvedParagraph",
    "ResolvedAttributes",
    "resolve",
    "merge",
    "first",
    "side",
    "pen_into",
    "box_into",
    "paragraph_into",
    "font_into",
    "put",
]

BLACK = Color(0, 0, 0)
WHITE = Color(255, 255, 255)

SIDES = ("top", "left", "bottom", "right")
PEN_FIELDS = ("line_width", "line_style", "line_color")
PAR_FIELDS = ("line_spacing", "line_spacing_size", "first_line_indent", "left_indent", "right_indent",
               "spacing_before", "spacing_after", "tab_stop_width", "tab_stops")
FONT_FIELDS = ("font_name", "size", "bold", "italic", "underline", "strike_through",
                "pdf_font_name", "pdf_encoding", "pdf_embedded")


# --- resolved values ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ResolvedPen:
    line_width: float
    line_style: LineStyle
    line_color: Color


@dataclass(frozen=True, slots=True)
class ResolvedBox:
    """Paddings and pens of a box, each side resolved (side value, else the box-wide one,
    layer by layer).  ``pen`` is the box-wide pen itself."""

    top_padding: int
    left_padding: int
    bottom_padding: int
    right_padding: int
    pen: ResolvedPen
    top_pen: ResolvedPen
    left_pen: ResolvedPen
    bottom_pen: ResolvedPen
    right_pen: ResolvedPen


@dataclass(frozen=True, slots=True)
class ResolvedParagraph:
    line_spacing: LineSpacing
    line_spacing_size: float
    first_line_indent: int
    left_indent: int
    right_indent: int
    spacing_before: int
    spacing_after: int
    tab_stop_width: int
    tab_stops: tuple[TabStop, ...]


@dataclass(frozen=True, slots=True)
class ResolvedAttributes:
    """Every style-able attribute of an element, resolved: element → style (or variant)
    → parents → built-in default."""

    mode: Mode
    forecolor: Color
    backcolor: Color
    fill: Fill
    radius: int
    scale_image: ScaleImage
    horizontal_image_alignment: HorizontalImageAlign
    vertical_image_alignment: VerticalImageAlign
    horizontal_text_alignment: HorizontalTextAlign
    vertical_text_alignment: VerticalTextAlign
    rotation: Rotation
    markup: str
    font_name: str
    font_size: float
    bold: bool
    italic: bool
    underline: bool
    strike_through: bool
    pdf_font_name: str
    pdf_encoding: str
    pdf_embedded: bool
    #: The graphic pen (lines, rectangles, ellipses, images).
    pen: ResolvedPen
    box: ResolvedBox
    paragraph: ResolvedParagraph
    pattern: str | None
    blank_when_null: bool
    #: The style name the print element references (None: none).
    style_name: str | None = None


# --- flat attribute layers ------------------------------------------------------------------
#
# A layer is a dict of the attributes one source (an element, a style, a conditional style,
# a flattened variant) sets itself: simple keys ("mode", "font_name", "h_text" ...) and
# dotted ones for pens, boxes and paragraphs ("pen.line_width", "box.top_pen.line_color",
# "box.padding", "par.tab_stops").

Layer = dict[str, Any]


def pen_into(layer: Layer, prefix: str, pen: Pen | None) -> None:
    if pen is None:
        return
    for f in PEN_FIELDS:
        v = getattr(pen, f)
        if v is not None:
            layer[f"{prefix}.{f}"] = v


def box_into(layer: Layer, box: Box | None) -> None:
    if box is None:
        return
    for f in ("padding", "top_padding", "left_padding", "bottom_padding", "right_padding"):
        v = getattr(box, f)
        if v is not None:
            layer[f"box.{f}"] = v
    pen_into(layer, "box.pen", box.pen)
    for side in SIDES:
        pen_into(layer, f"box.{side}_pen", getattr(box, f"{side}_pen"))


def paragraph_into(layer: Layer, p: Paragraph | None) -> None:
    if p is None:
        return
    for f in PAR_FIELDS:
        v = getattr(p, f)
        if v is not None:
            layer[f"par.{f}"] = v


def font_into(layer: Layer, font: Font | None) -> None:
    if font is None:
        return
    for f in FONT_FIELDS:
        v = getattr(font, f)
        if v is not None:
            layer["font_size" if f == "size" else f] = v


def put(layer: Layer, key: str, value: Any) -> None:
    if value is not None:
        layer[key] = value


def first(layers: list[Layer], key: str, default: Any) -> Any:
    for layer in layers:
        v = layer.get(key)
        if v is not None:
            return v
    return default


def side(layers: list[Layer], side_key: str, common_key: str, default: Any) -> Any:
    """A box side value: per layer the side's own value, then the box-wide one."""
    for layer in layers:
        v = layer.get(side_key)
        if v is not None:
            return v
        v = layer.get(common_key)
        if v is not None:
            return v
    return default


def merge(layers: Iterable[Layer]) -> Layer:
    """One flattened layer: per key, the first layer that sets it wins."""
    out: Layer = {}
    for layer in layers:
        for k, v in layer.items():
            if k not in out:
                out[k] = v
    return out


def resolve(
    layers: list[Layer],
    *,
    opaque: bool,
    graphic_pen_width: float,
    style_name: str | None,
    default_font_name: str = "SansSerif",
    default_font_size: float = 10.0,
    default_tab_stop_width: int = 40,
) -> ResolvedAttributes:
    """Every attribute resolved from ``layers`` (first layer that sets a value wins; box
    sides: per layer the side, then the box-wide value) with JasperReports' defaults.
    ``opaque``: the element kind is opaque by default (lines, rectangles, ellipses);
    ``graphic_pen_width``: the default width of its graphic pen (1, images 0)."""
    forecolor = first(layers, "forecolor", BLACK)

    def pen(side_key: str | None, common: str, width_default: float) -> ResolvedPen:
        if side_key is None:
            return ResolvedPen(
                float(first(layers, f"{common}.line_width", width_default)),
                first(layers, f"{common}.line_style", LineStyle.SOLID),
                first(layers, f"{common}.line_color", forecolor),
            )
        return ResolvedPen(
            float(side(layers, f"{side_key}.line_width", f"{common}.line_width", width_default)),
            side(layers, f"{side_key}.line_style", f"{common}.line_style", LineStyle.SOLID),
            side(layers, f"{side_key}.line_color", f"{common}.line_color", forecolor),
        )

    box = ResolvedBox(
        top_padding=side(layers, "box.top_padding", "box.padding", 0),
        left_padding=side(layers, "box.left_padding", "box.padding", 0),
        bottom_padding=side(layers, "box.bottom_padding", "box.padding", 0),
        right_padding=side(layers, "box.right_padding", "box.padding", 0),
        pen=pen(None, "box.pen", 0.0),
        top_pen=pen("box.top_pen", "box.pen", 0.0),
        left_pen=pen("box.left_pen", "box.pen", 0.0),
        bottom_pen=pen("box.bottom_pen", "box.pen", 0.0),
        right_pen=pen("box.right_pen", "box.pen", 0.0),
    )
    tab_stops = first(layers, "par.tab_stops", None)
    paragraph = ResolvedParagraph(
        line_spacing=first(layers, "par.line_spacing", LineSpacing.SINGLE),
        line_spacing_size=float(first(layers, "par.line_spacing_size", 1.0)),
        first_line_indent=first(layers, "par.first_line_indent", 0),
        left_indent=first(layers, "par.left_indent", 0),
        right_indent=first(layers, "par.right_indent", 0),
        spacing_before=first(layers, "par.spacing_before", 0),
        spacing_after=first(layers, "par.spacing_after", 0),
        tab_stop_width=first(layers, "par.tab_stop_width", default_tab_stop_width),
        tab_stops=tuple(tab_stops or ()),
    )
    return ResolvedAttributes(
        mode=first(layers, "mode", Mode.OPAQUE if opaque else Mode.TRANSPARENT),
        forecolor=forecolor,
        backcolor=first(layers, "backcolor", WHITE),
        fill=first(layers, "fill", Fill.SOLID),
        radius=first(layers, "radius", 0),
        scale_image=first(layers, "scale_image", ScaleImage.RETAIN_SHAPE),
        horizontal_image_alignment=first(layers, "h_image", HorizontalImageAlign.LEFT),
        vertical_image_alignment=first(layers, "v_image", VerticalImageAlign.TOP),
        horizontal_text_alignment=first(layers, "h_text", HorizontalTextAlign.LEFT),
        vertical_text_alignment=first(layers, "v_text", VerticalTextAlign.TOP),
        rotation=first(layers, "rotation", Rotation.NONE),
        markup=first(layers, "markup", "none"),
        font_name=first(layers, "font_name", default_font_name),
        font_size=float(first(layers, "font_size", default_font_size)),
        bold=first(layers, "bold", False),
        italic=first(layers, "italic", False),
        underline=first(layers, "underline", False),
        strike_through=first(layers, "strike_through", False),
        pdf_font_name=first(layers, "pdf_font_name", "Helvetica"),
        pdf_encoding=first(layers, "pdf_encoding", "Cp1252"),
        pdf_embedded=first(layers, "pdf_embedded", False),
        pen=pen(None, "pen", graphic_pen_width),
        box=box,
        paragraph=paragraph,
        pattern=first(layers, "pattern", None),
        blank_when_null=first(layers, "blank_when_null", False),
        style_name=style_name,
    )
