"""Styles at fill time: the style list of the print, style inheritance, conditional styles.

Observed behaviour of JasperReports 6.20.6 (oracle prints of probe templates, see
``tests/fill/test_styles.py``):

* **Names.**  Template styles (``.jrtx``, included templates first, in order) come first,
  then the report's styles.  When a style arrives whose name is taken, the style already
  holding the name is renamed ``<name><k>`` with the smallest ``k >= 1`` free at that
  moment (``Strong`` → ``Strong1``; a later clash on ``Dup1`` renames that one ``Dup11``).
  A style's parent is the style holding the parent name *when the style is declared*, so
  template children keep their renamed parents (``Very Strong`` → ``Strong1``).  Elements
  name styles after all renames (the last declaration of a name wins; report styles
  beat template styles).
* **Default style**: the last ``isDefault`` style in that order.
* **Print style list**: every report style, plus the template styles in use (named by an
  element, the default style, or an ancestor of one of those); walked in declaration
  order, a used style is written after its not-yet-written ancestors.  Styles are
  written with their own attributes only and ``style="parent"``; ``pattern`` and
  ``isBlankWhenNull`` do not appear in the print.
* **Elements** reference their own style by name; an element without a style attribute
  has no reference (it inherits the default style implicitly).  Elements carry only the
  attributes set on them.
* **Conditional styles**: each band evaluation evaluates, for each style used directly by
  the band's elements (own style, or the default style for elements with none), every
  condition of the style and of its ancestors (own conditions first, declaration order;
  null → false).  If any is true the element references ``"<style>|<bits>"`` (``1``/``0``
  per condition), created on first use and appended to the print style list.  Ancestor
  styles are not evaluated on their own (no ``Parent|1`` appears unless an element uses
  ``Parent``).  The variant is *flattened*: no parent, every attribute of the chain
  merged; per attribute the first source wins in the order: the style's true
  conditions (declaration order: the first true condition beats a later one), the style
  itself, then the same for the parent, and so on.  Box pens/paddings and paragraph
  attributes merge one attribute at a time.  An element without a style whose default
  style has a true condition references ``"<default>|<bits>"``.
* The order in which variants created during one band evaluation are appended is **not
  deterministic** in JasperReports (it changes from run to run); here it is the order in
  which the band's elements first use the styles.

Built-in fallbacks (JasperReports' ``JRStyleResolver`` defaults and default properties):
font ``SansSerif`` 10 (``net.sf.jasperreports.default.font.name/size``), black forecolor,
white backcolor, mode Opaque for lines, rectangles and ellipses and Transparent otherwise,
fill Solid, radius 0, alignments Left/Top, rotation None, markup ``none``, scale image
RetainShape, graphic pen 1.0 (images 0), box pens 0.0, line style Solid, line colour = the
forecolor, paddings 0, line spacing Single size 1.0, indents/spacings 0, tab stop width 40.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..design.base import Box, Element, Expression, Font, Paragraph, Pen
from ..design.elements import Ellipse, GraphicElement, Image, Line, Rectangle, TextElement
from ..design.report import Style
from ..document import PrintElement, PrintStyle
from ..styling import (
    BLACK,
    PAR_FIELDS,
    WHITE,
    Layer,
    ResolvedAttributes,
    ResolvedBox,
    ResolvedParagraph,
    ResolvedPen,
    box_into,
    font_into,
    merge,
    paragraph_into,
    pen_into,
    put,
    resolve,
)

__all__ = [
    "ResolvedPen",
    "ResolvedBox",
    "ResolvedParagraph",
    "ResolvedAttributes",
    "StyleResolver",
    "apply_own_attributes",
    "BLACK",
    "WHITE",
]

def style_layer(style: Style) -> Layer:
    """The attributes a style sets itself."""
    layer: Layer = {}
    put(layer, "mode", style.mode)
    put(layer, "forecolor", style.forecolor)
    put(layer, "backcolor", style.backcolor)
    put(layer, "fill", style.fill)
    put(layer, "radius", style.radius)
    put(layer, "scale_image", style.scale_image)
    put(layer, "h_image", style.horizontal_image_alignment)
    put(layer, "v_image", style.vertical_image_alignment)
    put(layer, "h_text", style.text.horizontal_alignment)
    put(layer, "v_text", style.text.vertical_alignment)
    put(layer, "rotation", style.text.rotation)
    put(layer, "markup", style.text.markup)
    font_into(layer, style.font)
    pen_into(layer, "pen", style.pen)
    box_into(layer, style.box)
    paragraph_into(layer, style.paragraph)
    put(layer, "pattern", style.pattern)
    put(layer, "blank_when_null", style.blank_when_null)
    return layer


def element_layer(element: Element) -> Layer:
    """The style-able attributes an element sets itself."""
    layer: Layer = {}
    put(layer, "mode", element.mode)
    put(layer, "forecolor", element.forecolor)
    put(layer, "backcolor", element.backcolor)
    if isinstance(element, GraphicElement):
        put(layer, "fill", element.fill)
        pen_into(layer, "pen", element.pen)
    if isinstance(element, Rectangle):
        put(layer, "radius", element.radius)
    if isinstance(element, Image):
        put(layer, "scale_image", element.scale_image)
        put(layer, "h_image", element.horizontal_alignment)
        put(layer, "v_image", element.vertical_alignment)
        put(layer, "rotation", element.rotation)
    if isinstance(element, TextElement):
        put(layer, "h_text", element.text.horizontal_alignment)
        put(layer, "v_text", element.text.vertical_alignment)
        put(layer, "rotation", element.text.rotation)
        put(layer, "markup", element.text.markup)
        font_into(layer, element.font)
        paragraph_into(layer, element.paragraph)
        put(layer, "pattern", getattr(element, "pattern", None))
        put(layer, "blank_when_null", getattr(element, "blank_when_null", None))
    box = getattr(element, "box", None)
    if isinstance(box, Box):
        box_into(layer, box)
    return layer


def _print_style(name: str, layer: Layer, parent: str | None = None, is_default: bool = False) -> PrintStyle:
    def pen(prefix: str) -> Pen | None:
        p = Pen(layer.get(f"{prefix}.line_width"), layer.get(f"{prefix}.line_style"), layer.get(f"{prefix}.line_color"))
        return None if p.line_width is None and p.line_style is None and p.line_color is None else p

    box = Box(
        padding=layer.get("box.padding"), top_padding=layer.get("box.top_padding"),
        left_padding=layer.get("box.left_padding"), bottom_padding=layer.get("box.bottom_padding"),
        right_padding=layer.get("box.right_padding"),
        pen=pen("box.pen") or Pen(), top_pen=pen("box.top_pen") or Pen(), left_pen=pen("box.left_pen") or Pen(),
        bottom_pen=pen("box.bottom_pen") or Pen(), right_pen=pen("box.right_pen") or Pen(),
    )
    has_box = any(k.startswith("box.") for k in layer)
    has_par = any(k.startswith("par.") for k in layer)
    par = Paragraph(**{f: layer.get(f"par.{f}") for f in PAR_FIELDS}) if has_par else None
    return PrintStyle(
        name=name, is_default=is_default, parent=parent,
        mode=layer.get("mode"), forecolor=layer.get("forecolor"), backcolor=layer.get("backcolor"),
        fill=layer.get("fill"), radius=layer.get("radius"), scale_image=layer.get("scale_image"),
        horizontal_text_alignment=layer.get("h_text"), horizontal_image_alignment=layer.get("h_image"),
        vertical_text_alignment=layer.get("v_text"), vertical_image_alignment=layer.get("v_image"),
        rotation=layer.get("rotation"), markup=layer.get("markup"),
        font_name=layer.get("font_name"), font_size=layer.get("font_size"), bold=layer.get("bold"),
        italic=layer.get("italic"), underline=layer.get("underline"), strike_through=layer.get("strike_through"),
        pdf_font_name=layer.get("pdf_font_name"), pdf_encoding=layer.get("pdf_encoding"),
        pdf_embedded=layer.get("pdf_embedded"),
        pen=pen("pen"), box=box if has_box else None, paragraph=par,
    )


# --- the style table ------------------------------------------------------------------------


class _Entry:
    """One declared style, under its current (possibly renamed) name."""

    __slots__ = ("name", "style", "report", "parent", "layer", "index")

    def __init__(self, name: str, style: Style, report: bool, index: int) -> None:
        self.name = name
        self.style = style
        self.report = report
        self.parent: _Entry | None = None
        self.layer = style_layer(style)
        self.index = index


@dataclass(slots=True)
class _Variant:
    name: str
    layer: Layer


def _style_names_used(node: Any, out: list[str], seen: set[int]) -> None:
    """Every ``style`` name an element, cell or other design node names (depth first)."""
    if isinstance(node, (list, tuple)):
        for item in node:
            _style_names_used(item, out, seen)
        return
    walked = _walked_fields(type(node))
    if walked is None:
        return
    if id(node) in seen:
        return
    seen.add(id(node))
    style = getattr(node, "style", None)
    if isinstance(style, str) and style:
        out.append(style)
    for name in walked:
        value = getattr(node, name)
        if value is None or isinstance(value, (str, int, float, bool, dict, Expression)):
            continue
        _style_names_used(value, out, seen)


_WALKED_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _walked_fields(kind: type) -> tuple[str, ...] | None:
    """The fields of a design node class that may lead to styled nodes (None: not a
    design node, or a style); per class."""
    try:
        return _WALKED_FIELDS[kind]
    except KeyError:
        pass
    walked: tuple[str, ...] | None = None
    if dataclasses.is_dataclass(kind) and not issubclass(kind, Style):
        walked = tuple(f.name for f in dataclasses.fields(kind) if f.name not in ("styles", "location", "style"))
    _WALKED_FIELDS[kind] = walked
    return walked


_OPAQUE_KINDS = (Line, Rectangle, Ellipse)


class StyleResolver:
    """The styles of one filled report: name resolution, defaults, conditional variants
    and the print's style list.  Build it once per fill.

    ``report`` is a compiled :class:`jrxmlpy.Report` (its ``template_styles`` are used) or
    a design :class:`jrxmlpy.design.report.Report` (give ``template_styles``)."""

    def __init__(
        self,
        report: Any,
        *,
        template_styles: Iterable[Style] | None = None,
        default_font_name: str = "SansSerif",
        default_font_size: float = 10.0,
        default_tab_stop_width: int = 40,
        used_cache: dict[int, tuple[Any, list[str]]] | None = None,
        resolved_cache: dict[tuple[Any, ...], tuple[Any, dict[Any, Any], dict[Any, Any]]] | None = None,
    ) -> None:
        """``used_cache``: where the style names a design uses are kept for other
        resolvers of the same design (a subreport filled again in one fill);
        ``resolved_cache``: likewise the resolved attributes of its elements (they depend
        only on the report, the element, the style name and the defaults)."""
        design = getattr(report, "design", report)
        self._used_cache = used_cache if used_cache is not None else {}
        if template_styles is None:
            template_styles = getattr(report, "template_styles", None) or ()
        self.design = design
        self.default_font_name = default_font_name
        self.default_font_size = float(default_font_size)
        self.default_tab_stop_width = default_tab_stop_width

        entries: list[_Entry] = []
        by_name: dict[str, _Entry] = {}
        pending: list[_Entry] = []
        for report_style, styles in ((False, template_styles), (True, design.styles)):
            for style in styles:
                existing = by_name.get(style.name)
                if existing is not None:
                    k = 1
                    while f"{style.name}{k}" in by_name:
                        k += 1
                    existing.name = f"{style.name}{k}"
                    by_name[existing.name] = existing
                entry = _Entry(style.name, style, report_style, len(entries))
                if style.parent:
                    entry.parent = by_name.get(style.parent)
                    if entry.parent is None:
                        pending.append(entry)
                entries.append(entry)
                by_name[style.name] = entry
        for entry in pending:  # parent declared later: resolved against the final names
            parent = by_name.get(entry.style.parent or "")
            entry.parent = parent if parent is not entry else None
        self._entries = entries
        self._by_name = by_name
        default = None
        for entry in entries:
            if entry.style.is_default:
                default = entry
        self._default = default

        self._variants: dict[str, _Variant] = {}
        self._variant_order: list[str] = []
        self._chains: dict[str, list[_Entry]] = {}
        self._layer_lists: dict[str, list[Layer]] = {}
        self._conditions: dict[str, list[tuple[_Entry, Any]]] = {}
        self._element_layers: dict[int, tuple[Element, Layer]] = {}
        self._effective: dict[tuple[int, str | None], tuple[Element, ResolvedAttributes]] = {}
        if resolved_cache is not None:
            key = (id(report), self.default_font_name, self.default_font_size, default_tab_stop_width)
            hit = resolved_cache.get(key)
            if hit is None or hit[0] is not report:
                hit = resolved_cache[key] = (report, self._element_layers, self._effective)
            self._element_layers, self._effective = hit[1], hit[2]
        self._print_list: list[PrintStyle] | None = None

    # -- names -----------------------------------------------------------------------------

    @property
    def default_style_name(self) -> str | None:
        """The default style (the last ``isDefault`` one), None when there is none."""
        return self._default.name if self._default else None

    def style(self, name: str) -> Style | None:
        """The design style an element naming ``name`` gets (after renames)."""
        entry = self._by_name.get(name)
        return entry.style if entry else None

    def parent_name(self, name: str) -> str | None:
        entry = self._by_name.get(name)
        return entry.parent.name if entry and entry.parent else None

    def element_style_name(self, element: Element) -> str | None:
        """The style an element's attributes come from: its own, else the default."""
        name = element.style
        if name and name in self._by_name:
            return name
        return self.default_style_name

    def _chain(self, name: str) -> list[_Entry]:
        chain = self._chains.get(name)
        if chain is None:
            chain = []
            entry = self._by_name.get(name)
            seen: set[int] = set()
            while entry is not None and id(entry) not in seen:
                seen.add(id(entry))
                chain.append(entry)
                entry = entry.parent
            self._chains[name] = chain
        return chain

    # -- the print's style list ------------------------------------------------------------

    def print_styles(self) -> list[PrintStyle]:
        """The styles the print carries: the design styles (report styles and the
        template styles in use, ancestors first) then the conditional variants created so
        far, in creation order.

        The list is *live*: always the same object, and variants created later are
        appended to it, so it can be given to ``Document.styles`` before filling."""
        if self._print_list is None:
            self._print_list = self._build_design_print_styles() + [
                _print_style(name, self._variants[name].layer) for name in self._variant_order
            ]
        return self._print_list

    def _build_design_print_styles(self) -> list[PrintStyle]:
        used: set[int] = set()
        hit = self._used_cache.get(id(self.design))
        if hit is None or hit[0] is not self.design:
            names: list[str] = []
            _style_names_used(self.design, names, set())
            hit = self._used_cache[id(self.design)] = (self.design, names)
        names = hit[1]
        for name in names:
            entry = self._by_name.get(name)
            if entry is not None:
                used.add(id(entry))
        if self._default is not None:
            used.add(id(self._default))
        out: list[PrintStyle] = []
        written: set[int] = set()
        for entry in self._entries:
            if not (entry.report or id(entry) in used):
                continue
            chain = self._chain_of(entry)
            for item in reversed(chain):
                if id(item) not in written:
                    written.add(id(item))
                    out.append(_print_style(item.name, item.layer, item.parent.name if item.parent else None,
                                            item.style.is_default))
        return out

    @staticmethod
    def _chain_of(entry: _Entry) -> list[_Entry]:
        chain: list[_Entry] = []
        seen: set[int] = set()
        while entry is not None and id(entry) not in seen:
            seen.add(id(entry))
            chain.append(entry)
            entry = entry.parent  # type: ignore[assignment]
        return chain

    # -- conditional styles ----------------------------------------------------------------

    def conditions(self, name: str) -> list[tuple[str, Any]]:
        """The conditional styles of style ``name`` and its ancestors in bit order:
        (name of the style declaring it, ConditionalStyle)."""
        return [(entry.name, cond) for entry, cond in self._conditions_of(name)]

    def _conditions_of(self, name: str) -> list[tuple[_Entry, Any]]:
        conds = self._conditions.get(name)
        if conds is None:
            conds = [(entry, cond) for entry in self._chain(name) for cond in entry.style.conditional_styles]
            self._conditions[name] = conds
        return conds

    def has_conditions(self, name: str | None) -> bool:
        return bool(name) and bool(self._conditions_of(name))  # type: ignore[arg-type]

    def band_styles(self, elements: Iterable[Element]) -> list[str]:
        """The styles a fill container (band, frame, cell) evaluates: the style of each
        element (its own, else the default), those with conditions, first use first.
        Collect once per container; children of frames belong to the frame."""
        out: list[str] = []
        for element in elements:
            name = self.element_style_name(element)
            if name and name not in out and self.has_conditions(name):
                out.append(name)
        return out

    def evaluate(self, name: str, condition_value: Callable[[Expression], Any]) -> str:
        """Evaluate the conditions of style ``name`` (``condition_value`` evaluates a
        condition expression in the band's current mode; anything but True is false) and
        return the name elements using ``name`` reference: ``name`` itself when no
        condition holds, else ``"name|bits"`` (created and appended to the print styles on
        first use)."""
        conds = self._conditions_of(name)
        if not conds:
            return name
        bits = []
        any_true = False
        for _entry, cond in conds:
            ok = cond.condition is not None and condition_value(cond.condition) is True
            any_true |= ok
            bits.append("1" if ok else "0")
        if not any_true:
            return name
        variant = f"{name}|{''.join(bits)}"
        if variant not in self._variants:
            layers: list[Layer] = []
            i = 0
            for entry in self._chain(name):
                for cond in entry.style.conditional_styles:
                    if bits[i] == "1":
                        layers.append(style_layer(cond.style))
                    i += 1
                layers.append(entry.layer)
            self._variants[variant] = _Variant(variant, merge(layers))
            self._variant_order.append(variant)
            if self._print_list is not None:
                self._print_list.append(_print_style(variant, self._variants[variant].layer))
        return variant

    def evaluate_band(self, names: Iterable[str], condition_value: Callable[[Expression], Any]) -> dict[str, str]:
        """:meth:`evaluate` for each of a container's styles (see :meth:`band_styles`):
        style name → the name to reference."""
        return {name: self.evaluate(name, condition_value) for name in names}

    def print_style_name(self, element: Element, evaluated: Mapping[str, str] | None = None) -> str | None:
        """The ``style`` a print element references: its own style (or that style's
        variant in ``evaluated``); for an element without a style, the default style's
        variant when one applies, else None."""
        own = element.style
        if own and own in self._by_name:
            return evaluated.get(own, own) if evaluated else own
        if evaluated:
            default = self.default_style_name
            if default:
                variant = evaluated.get(default)
                if variant is not None and variant != default:
                    return variant
        return None

    # -- resolution ------------------------------------------------------------------------

    def _layers_for(self, style_name: str | None) -> list[Layer]:
        """The layers of a style (or variant): the style's own chain of parents, then the
        default style's when the chain does not reach it (a style without a parent takes
        what it leaves unset from the default style, as JasperReports' style resolver does:
        an element of style ``Description`` with no font gets the default style's font)."""
        if style_name is None:
            return []
        layers = self._layer_lists.get(style_name)
        if layers is None:
            variant = self._variants.get(style_name)  # "<style>|<bits>": flattened already
            chain = self._chain(style_name.split("|", 1)[0] if variant is not None else style_name)
            layers = [variant.layer] if variant is not None else [entry.layer for entry in chain]
            default = self._default
            if default is not None and default not in chain:
                layers += [entry.layer for entry in self._chain(default.name) if entry not in chain]
            self._layer_lists[style_name] = layers
        return layers

    def _element_layer(self, element: Element) -> Layer:
        hit = self._element_layers.get(id(element))
        if hit is None or hit[0] is not element:
            hit = (element, element_layer(element))
            self._element_layers[id(element)] = hit
        return hit[1]

    def effective(self, element: Element, style_name: str | None = ...) -> ResolvedAttributes:  # type: ignore[assignment]
        """Every style-able attribute of ``element`` resolved.  ``style_name`` is what the
        print element references (a design style or a ``name|bits`` variant; None: no
        style); by default the element's own style, else the default style.  Cached."""
        if style_name is ...:
            style_name = self.element_style_name(element)
        elif style_name is None:
            style_name = self.default_style_name
        key = (id(element), style_name)
        hit = self._effective.get(key)
        if hit is not None and hit[0] is element:
            return hit[1]
        layers = [self._element_layer(element), *self._layers_for(style_name)]
        resolved = self._resolve(layers, element, style_name)
        self._effective[key] = (element, resolved)
        return resolved

    def resolve_style(self, style_name: str | None, kind: type[Element] = TextElement) -> ResolvedAttributes:
        """The attributes an element of ``kind`` setting nothing itself gets from
        ``style_name`` (a style or variant name)."""
        return self._resolve(self._layers_for(style_name), kind, style_name)

    def _resolve(self, layers: list[Layer], element: Any, style_name: str | None) -> ResolvedAttributes:
        kind = element if isinstance(element, type) else type(element)
        return resolve(
            layers,
            opaque=issubclass(kind, _OPAQUE_KINDS),
            graphic_pen_width=0.0 if issubclass(kind, Image) else 1.0,
            style_name=style_name,
            default_font_name=self.default_font_name,
            default_font_size=self.default_font_size,
            default_tab_stop_width=self.default_tab_stop_width,
        )


# --- own attributes of print elements ---------------------------------------------------------


def _nonempty(value: Any) -> Any:
    """A design Box/Pen/Font/Paragraph, or None when it sets nothing."""
    if value is None:
        return None
    layer: Layer = {}
    if isinstance(value, Box):
        box_into(layer, value)
    elif isinstance(value, Pen):
        pen_into(layer, "pen", value)
    elif isinstance(value, Font):
        font_into(layer, value)
    elif isinstance(value, Paragraph):
        paragraph_into(layer, value)
    return value if layer else None


def apply_own_attributes(print_element: PrintElement, element: Element) -> PrintElement:
    """Copy onto ``print_element`` the style-able attributes ``element`` sets itself (what
    JasperReports writes on a print element: mode, colours, alignments, rotation,
    markup, fill, radius, scale, box, font, paragraph, pen; inherited ones stay None).
    Box/font/paragraph/pen objects are shared with the design, not copied."""
    pe: Any = print_element
    if element.mode is not None:
        pe.mode = element.mode
    if element.forecolor is not None:
        pe.forecolor = element.forecolor
    if element.backcolor is not None:
        pe.backcolor = element.backcolor
    if isinstance(element, GraphicElement) and hasattr(pe, "pen"):
        if element.fill is not None:
            pe.fill = element.fill
        pe.pen = _nonempty(element.pen)
    if isinstance(element, Rectangle) and hasattr(pe, "radius"):
        pe.radius = element.radius
    if isinstance(element, Image):
        pe.scale_image = element.scale_image
        pe.rotation = element.rotation
        pe.horizontal_alignment = element.horizontal_alignment
        pe.vertical_alignment = element.vertical_alignment
    if isinstance(element, TextElement) and hasattr(pe, "font"):
        pe.horizontal_alignment = element.text.horizontal_alignment
        pe.vertical_alignment = element.text.vertical_alignment
        pe.rotation = element.text.rotation
        pe.markup = element.text.markup
        pe.font = _nonempty(element.font)
        pe.paragraph = _nonempty(element.paragraph)
    box = getattr(element, "box", None)
    if isinstance(box, Box) and hasattr(pe, "box"):
        pe.box = _nonempty(box)
    return print_element
