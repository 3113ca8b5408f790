"""JasperReports' XML print format (``.jrpxml``): write a :class:`~jrxmlpy.document.Document`
byte for byte as JasperReports 6.20's XML exporter does, and read one back.

Writing follows the exporter's rules: elements and attributes in its order, one tab per
level, ``<x/>`` for elements without children, sub-elements that carry nothing (an empty
``<box>``, ``<pen>``, ``<font>``, ``<paragraph>``, ``<graphicElement>``) left out,
attributes at their default left out where the exporter leaves them out, Java's
``Float.toString`` for floats, ``#RRGGBB`` (or ``rgba(r, g, b, a)``) for colours, text in
CDATA sections (``]]>`` split across two), property values with markup characters and no
surrounding blanks in a CDATA section.  The first three properties are always
``net.sf.jasperreports.export.xml.start.page.index``/``end.page.index``/``page.count``.

Decisions where JasperReports' output is not a function of the document alone:

* Page selection: JasperReports exports a contiguous range and writes its first and last
  index.  A selection here may have gaps; the start/end properties then give its first
  and last index and only the selected pages are written.  ``page.count`` is always the
  document's page count.  An empty document writes start 0, end -1, count 0.
* Images are embedded (base64, 76-character lines) unless the document's property
  ``net.sf.jasperreports.export.xml.images.no.embed`` is ``true`` (or
  ``embed_images=False`` is passed): then each distinct image is written as ``img_0``,
  ``img_1``, ... in order of first appearance, as the reference oracle does.
* All string attributes are XML-escaped, including the few JasperReports writes raw
  (value class, markup, generic parameter names ...), which only differs for text
  that would otherwise make the file malformed.
* The three page properties are not kept when reading (JasperReports would duplicate
  them when exporting a loaded print; here the writer produces them afresh).

Reading is the exact inverse for everything the writer produces; XML itself normalises
``\\r\\n`` and lone ``\\r`` to ``\\n`` in text, the one byte difference a round trip can
show.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
import struct
from collections.abc import Callable
from typing import BinaryIO, TypeVar, cast

from lxml import etree

from ..design.base import Box, Color, Font, Paragraph, Pen, TabStop
from ..design.enums import (
    Fill,
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineDirection,
    LineSpacing,
    LineStyle,
    Mode,
    OnErrorType,
    Orientation,
    Rotation,
    RunDirection,
    ScaleImage,
    TabStopAlignment,
    VerticalImageAlign,
    VerticalTextAlign,
    XmlEnum,
)
from ..document import (
    IMAGES_NO_EMBED_PROPERTY,
    Bookmark,
    Document,
    HyperlinkParameter,
    JavaValue,
    Origin,
    Page,
    PrintElement,
    PrintEllipse,
    PrintFrame,
    PrintGeneric,
    PrintGraphicElement,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintPart,
    PrintRectangle,
    PrintStyle,
    PrintText,
    encode_base64_lines,
    image_format,
    java_float_str,
)
from ..errors import ExportError, JrxmlpyError, Location, PrintFormatError
from . import register_exporter

_T = TypeVar("_T")

NAMESPACE = "http://jasperreports.sourceforge.net/jasperreports/print"
SCHEMA_LOCATION = "http://jasperreports.sourceforge.net/xsd/jasperprint.xsd"
START_PAGE_INDEX = "net.sf.jasperreports.export.xml.start.page.index"
END_PAGE_INDEX = "net.sf.jasperreports.export.xml.end.page.index"
PAGE_COUNT = "net.sf.jasperreports.export.xml.page.count"
_PAGE_PROPERTIES = (START_PAGE_INDEX, END_PAGE_INDEX, PAGE_COUNT)

_ROOT_START = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f'<jasperPrint xmlns="{NAMESPACE}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    f'xsi:schemaLocation="{NAMESPACE} {SCHEMA_LOCATION}"'
)

# --- text encoding --------------------------------------------------------------------------

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;",
            "\t": "&#x9;", "\r": "&#xD;", "\n": "&#xA;"}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_NEEDS_ESCAPE = re.compile(r"[&<>\"'\t\r\n]")


def _esc(text: str) -> str:
    """An attribute value as JasperReports encodes it."""
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    return text.translate(_ESCAPE_TABLE)


def _cdata(text: str) -> str:
    if "]]>" in text:
        text = text.replace("]]>", "]]]]><![CDATA[>")
    return "<![CDATA[" + text + "]]>"


def _java_trim(text: str) -> str:
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def color_text(color: Color) -> str:
    """A colour as the print format writes it."""
    if color.alpha == 255:
        return color.hex
    return f"rgba({color.red}, {color.green}, {color.blue}, {java_float_str(struct.unpack('>f', struct.pack('>f', color.alpha / 255))[0])})"


def _size_text(value: float) -> str:
    """A font size: Java's float text, without ``.0`` for whole sizes."""
    single = struct.unpack(">f", struct.pack(">f", value))[0]
    if single == single and abs(single) < 2**31 and single == int(single):
        return str(int(single))
    return java_float_str(single)


def _f32(value: float) -> float:
    return struct.unpack(">f", struct.pack(">f", value))[0]


def _f32_nonzero(value: float) -> bool:
    """``_f32(value) != 0`` without the conversion: only magnitudes up to half the
    smallest float (2**-150, a tie that rounds to even) become 0; NaN stays NaN."""
    return not (-(2.0**-150) <= value <= 2.0**-150)


_TABS = ["\t" * i for i in range(64)]


def _tabs(level: int) -> str:
    return _TABS[level] if level < 64 else "\t" * level


# --- writing --------------------------------------------------------------------------------


class _Writer:
    """Streams the XML to a binary stream in UTF-8 chunks."""

    __slots__ = ("out", "parts", "size", "doc", "origin_index", "embed", "image_names", "_heads", "_tails",
                 "_shared", "_text_attributes")

    def __init__(self, document: Document, out: BinaryIO, embed: bool) -> None:
        self.out = out
        self.parts: list[str] = []
        self.size = 0
        self.doc = document
        self.origin_index: dict[Origin, int] = {}
        for i, origin in enumerate(document.origins):
            self.origin_index.setdefault(origin, i)
        self.embed = embed
        self.image_names: dict[object, str] = {}
        # the parts of <reportElement> around x/y/width/height, by the objects they come
        # from (elements of one design element share them): uuid -> (key, style, mode,
        # text) and (srcId, id(origin)) -> (forecolor, backcolor, origin, text)
        self._heads: dict[str | None, tuple[object, ...]] = {}
        self._tails: dict[tuple[int, int], tuple[object, ...]] = {}
        self._shared: dict[tuple[int, int], tuple[object, str]] = {}
        self._text_attributes: dict[tuple[object, ...], str] = {}

    def w(self, text: str) -> None:
        self.parts.append(text)
        self.size += len(text)
        if self.size >= 65536:  # characters
            self.flush()

    def flush(self) -> None:
        if self.parts:
            self.out.write("".join(self.parts).encode("utf-8", "replace"))
            self.parts.clear()
            self.size = 0

    # -- pieces -----------------------------------------------------------------------

    def properties(self, properties: dict[str, str | None], level: int) -> None:
        self.w(self.properties_text(properties, level))

    @staticmethod
    def properties_text(properties: dict[str, str | None], level: int) -> str:
        tabs = _tabs(level)
        out = []
        for name, value in properties.items():
            if value is None:
                out.append(f'{tabs}<property name="{_esc(name)}"/>\n')
                continue
            encoded = _esc(value)
            if len(encoded) != len(value) and _java_trim(value) == value:
                out.append(f'{tabs}<property name="{_esc(name)}">\n{tabs}\t{_cdata(value)}\n{tabs}</property>\n')
            else:
                out.append(f'{tabs}<property name="{_esc(name)}" value="{encoded}"/>\n')
        return "".join(out)

    @staticmethod
    def pen_text(tag: str, pen: Pen | None, level: int) -> str:
        if pen is None:
            return ""
        a = ""
        if pen.line_width is not None:
            a += f' lineWidth="{java_float_str(pen.line_width)}"'
        if pen.line_style is not None:
            a += f' lineStyle="{pen.line_style.value}"'
        if pen.line_color is not None:
            a += f' lineColor="{color_text(pen.line_color)}"'
        return f"{_tabs(level)}<{tag}{a}/>\n" if a else ""

    def box(self, box: Box | None, level: int) -> None:
        if box is not None:
            text = self.box_text(box, level)
            if text:
                self.w(text)

    def box_text(self, box: Box | None, level: int) -> str:
        if box is None:
            return ""
        a = ""
        for attr, value in (("padding", box.padding), ("topPadding", box.top_padding),
                            ("leftPadding", box.left_padding), ("bottomPadding", box.bottom_padding),
                            ("rightPadding", box.right_padding)):
            if value is not None:
                a += f' {attr}="{value}"'
        pt = self.pen_text
        inner = (pt("pen", box.pen, level + 1) + pt("topPen", box.top_pen, level + 1)
                 + pt("leftPen", box.left_pen, level + 1) + pt("bottomPen", box.bottom_pen, level + 1)
                 + pt("rightPen", box.right_pen, level + 1))
        if inner:
            return f"{_tabs(level)}<box{a}>\n{inner}{_tabs(level)}</box>\n"
        return f"{_tabs(level)}<box{a}/>\n" if a else ""

    def paragraph(self, p: Paragraph | None, level: int) -> None:
        if p is not None:
            text = self.paragraph_text(p, level)
            if text:
                self.w(text)

    @staticmethod
    def paragraph_text(p: Paragraph | None, level: int) -> str:
        if p is None:
            return ""
        a = ""
        if p.line_spacing is not None:
            a += f' lineSpacing="{p.line_spacing.value}"'
        if p.line_spacing_size is not None:
            a += f' lineSpacingSize="{java_float_str(p.line_spacing_size)}"'
        for attr, value in (("firstLineIndent", p.first_line_indent), ("leftIndent", p.left_indent),
                            ("rightIndent", p.right_indent), ("spacingBefore", p.spacing_before),
                            ("spacingAfter", p.spacing_after), ("tabStopWidth", p.tab_stop_width)):
            if value is not None:
                a += f' {attr}="{value}"'
        if p.tab_stops:
            tabs = _tabs(level + 1)
            inner = "".join(f'{tabs}<tabStop position="{t.position}" alignment="{t.alignment.value}"/>\n'
                            for t in p.tab_stops)
            return f"{_tabs(level)}<paragraph{a}>\n{inner}{_tabs(level)}</paragraph>\n"
        return f"{_tabs(level)}<paragraph{a}/>\n" if a else ""

    def font(self, f: Font | None, level: int) -> None:
        text = self.font_text(f, level)
        if text:
            self.w(text)

    @staticmethod
    def font_text(f: Font | None, level: int) -> str:
        if f is None:
            return ""
        a = ""
        if f.font_name is not None:
            a += f' fontName="{_esc(f.font_name)}"'
        if f.size is not None:
            a += f' size="{_size_text(f.size)}"'
        for attr, value in (("isBold", f.bold), ("isItalic", f.italic), ("isUnderline", f.underline),
                            ("isStrikeThrough", f.strike_through)):
            if value is not None:
                a += f' {attr}="{"true" if value else "false"}"'
        if f.pdf_font_name is not None:
            a += f' pdfFontName="{_esc(f.pdf_font_name)}"'
        if f.pdf_encoding is not None:
            a += f' pdfEncoding="{_esc(f.pdf_encoding)}"'
        if f.pdf_embedded is not None:
            a += f' isPdfEmbedded="{"true" if f.pdf_embedded else "false"}"'
        return f"{_tabs(level)}<font{a}/>\n" if a else ""

    def shared_text(self, make: Callable[[_T, int], str], value: _T, level: int) -> str:
        """``make(value, level)`` for a box, font, paragraph or pen, which the prints of
        one design element share: remembered per object while the writer runs (an object
        of one type always goes to the same ``make``)."""
        key = (id(value), level)
        hit = self._shared.get(key)
        if hit is None or hit[0] is not value:
            hit = (value, make(value, level))
            self._shared[key] = hit
        return hit[1]

    def graphic(self, el: PrintGraphicElement, level: int) -> None:
        text = self.graphic_text(el, level)
        if text:
            self.w(text)

    def graphic_text(self, el: PrintGraphicElement, level: int) -> str:
        a = f' fill="{el.fill.value}"' if el.fill is not None else ""
        inner = self.shared_text(self.pen_element_text, el.pen, level + 1) if el.pen is not None else ""
        if inner:
            return f"{_tabs(level)}<graphicElement{a}>\n{inner}{_tabs(level)}</graphicElement>\n"
        if a:
            return f"{_tabs(level)}<graphicElement{a}/>\n"
        return ""

    def pen_element_text(self, pen: Pen, level: int) -> str:
        return self.pen_text("pen", pen, level)

    def report_element(self, el: PrintElement, level: int) -> None:
        self.w(self.report_element_text(el, level))

    def report_element_text(self, el: PrintElement, level: int) -> str:
        head = self._heads.get(el.uuid)
        if head is None or head[0] != el.key or head[1] != el.style or head[2] is not el.mode:
            head = (el.key, el.style, el.mode, self.report_element_head(el))
            self._heads[el.uuid] = head
        tail_key = (el.source_id, id(el.origin))
        tail = self._tails.get(tail_key)
        if tail is None or tail[0] is not el.forecolor or tail[1] is not el.backcolor or tail[2] is not el.origin:
            tail = (el.forecolor, el.backcolor, el.origin, self.report_element_tail(el))
            self._tails[tail_key] = tail
        a = f'{head[3]} x="{el.x}" y="{el.y}" width="{el.width}" height="{el.height}"{tail[3]}'
        if el.print_id:
            a += f' printId="{el.print_id}"'
        tabs = _tabs(level)
        if el.properties:
            return f"{tabs}<reportElement{a}>\n{self.properties_text(el.properties, level + 1)}{tabs}</reportElement>\n"
        return f"{tabs}<reportElement{a}/>\n"

    @staticmethod
    def report_element_head(el: PrintElement) -> str:
        a = ""
        if el.uuid is not None:
            a += f' uuid="{_esc(el.uuid)}"'
        if el.key is not None:
            a += f' key="{_esc(el.key)}"'
        if el.style is not None:
            a += f' style="{_esc(el.style)}"'
        if el.mode is not None:
            a += f' mode="{el.mode.value}"'
        return a

    def report_element_tail(self, el: PrintElement) -> str:
        a = ""
        if el.forecolor is not None:
            a += f' forecolor="{color_text(el.forecolor)}"'
        if el.backcolor is not None:
            a += f' backcolor="{color_text(el.backcolor)}"'
        if el.origin is not None:
            index = self.origin_index.get(el.origin)
            if index is None:
                raise ExportError(f"element origin {el.origin} is not among the document's origins")
            a += f' origin="{index}"'
        if el.source_id:
            a += f' srcId="{el.source_id}"'
        return a

    def hyperlink_attrs(self, link: PrintHyperlink | None, image: bool) -> str:
        """hyperlinkType .. hyperlinkPage (the target and tooltip come later)."""
        if link is None:
            return ""
        a = ""
        if link.link_type is not None and not (image and link.link_type == "None"):
            a += f' hyperlinkType="{_esc(link.link_type)}"'
        if link.reference is not None:
            a += f' hyperlinkReference="{_esc(link.reference)}"'
        if link.anchor is not None:
            a += f' hyperlinkAnchor="{_esc(link.anchor)}"'
        if link.page is not None:
            a += f' hyperlinkPage="{link.page}"'
        if link.link_target is not None and not (image and link.link_target == "Self"):
            a += f' hyperlinkTarget="{_esc(link.link_target)}"'
        if link.tooltip is not None:
            a += f' hyperlinkTooltip="{_esc(link.tooltip)}"'
        return a

    def hyperlink_parameters(self, link: PrintHyperlink | None, level: int) -> None:
        if link is None:
            return
        tabs = _tabs(level)
        for p in link.parameters:
            a = f' name="{_esc(p.name)}"'
            value = p.value
            if value.value_class != "java.lang.String":
                a += f' class="{_esc(value.value_class)}"'
            if value.text is None:
                self.w(f"{tabs}<hyperlinkParameter{a}/>\n")
            else:
                self.w(f"{tabs}<hyperlinkParameter{a}>\n{tabs}\t<hyperlinkParameterValue>"
                       f"{_cdata(value.text)}</hyperlinkParameterValue>\n{tabs}</hyperlinkParameter>\n")

    # -- elements ---------------------------------------------------------------------

    def elements(self, elements: list[PrintElement], level: int) -> None:
        for el in elements:
            kind = type(el)
            if kind is PrintText:
                self.text(el, level)  # type: ignore[arg-type]
            elif kind is PrintFrame:
                self.frame(el, level)  # type: ignore[arg-type]
            elif isinstance(el, PrintText):
                self.text(el, level)
            elif isinstance(el, PrintFrame):
                self.frame(el, level)
            elif isinstance(el, PrintImage):
                self.image(el, level)
            elif isinstance(el, (PrintLine, PrintRectangle, PrintEllipse)):
                self.graphic_element(el, level)
            elif isinstance(el, PrintGeneric):
                self.generic(el, level)
            else:
                raise ExportError(f"cannot write a {type(el).__name__} to the XML print format")

    def text(self, el: PrintText, level: int) -> None:
        if el.hyperlink is None and el.text_height:
            # texts repeat their attributes: remembered by value (enums by identity)
            key = (id(el.horizontal_alignment), id(el.vertical_alignment), el.text_height, id(el.rotation),
                   id(el.run_direction), el.markup, el.line_spacing_factor, el.leading_offset, el.anchor_name,
                   el.bookmark_level, el.value_class, el.pattern, el.format_factory_class, el.locale, el.timezone)
            a = self._text_attributes.get(key)  # type: ignore[assignment]
            if a is None:
                a = self.text_attributes(el)
                if len(self._text_attributes) >= 4096:
                    self._text_attributes.clear()
                self._text_attributes[key] = a
        else:
            a = self.text_attributes(el)
        tabs = _tabs(level)
        inner = level + 1
        out = f"{tabs}<text{a}>\n{self.report_element_text(el, inner)}"
        if el.box is not None:
            out += self.shared_text(self.box_text, el.box, inner)
        if el.font is not None:
            out += self.shared_text(self.font_text, el.font, inner)
        if el.paragraph is not None:
            out += self.shared_text(self.paragraph_text, el.paragraph, inner)
        itabs = _tabs(inner)
        if el.text is not None:
            ti = f' truncateIndex="{el.truncate_index}"' if el.truncate_index is not None else ""
            out += f"{itabs}<textContent{ti}>{_cdata(el.text)}</textContent>\n"
        if el.truncate_suffix is not None:
            out += f"{itabs}<textTruncateSuffix>{_cdata(el.truncate_suffix)}</textTruncateSuffix>\n"
        if el.line_break_offsets is not None:
            offsets = ",".join(str(o) for o in el.line_break_offsets)
            out += f"{itabs}<lineBreakOffsets>{_cdata(offsets)}</lineBreakOffsets>\n"
        if el.hyperlink is None:
            self.w(f"{out}{tabs}</text>\n")
            return
        self.w(out)
        self.hyperlink_parameters(el.hyperlink, inner)
        self.w(f"{tabs}</text>\n")

    def text_attributes(self, el: PrintText) -> str:
        a = ""
        if el.horizontal_alignment is not None:
            a += f' textAlignment="{el.horizontal_alignment.value}"'
        if el.vertical_alignment is not None:
            a += f' verticalAlignment="{el.vertical_alignment.value}"'
        a += f' textHeight="{java_float_str(el.text_height)}"'
        if el.rotation is not None:
            a += f' rotation="{el.rotation.value}"'
        if el.run_direction is not RunDirection.LTR:
            a += f' runDirection="{el.run_direction.value}"'
        if el.markup is not None:
            a += f' markup="{_esc(el.markup)}"'
        if el.line_spacing_factor and _f32_nonzero(el.line_spacing_factor):
            a += f' lineSpacingFactor="{java_float_str(el.line_spacing_factor)}"'
        if el.leading_offset and _f32_nonzero(el.leading_offset):
            a += f' leadingOffset="{java_float_str(el.leading_offset)}"'
        a += self.hyperlink_attrs(el.hyperlink, False)
        if el.anchor_name is not None:
            a += f' anchorName="{_esc(el.anchor_name)}"'
        if el.bookmark_level:
            a += f' bookmarkLevel="{el.bookmark_level}"'
        if el.value_class is not None:
            a += f' valueClass="{_esc(el.value_class)}"'
        if el.pattern is not None:
            a += f' pattern="{_esc(el.pattern)}"'
        if el.format_factory_class is not None:
            a += f' formatFactoryClass="{_esc(el.format_factory_class)}"'
        if el.locale is not None:
            a += f' locale="{_esc(el.locale)}"'
        if el.timezone is not None:
            a += f' timezone="{_esc(el.timezone)}"'
        return a

    def graphic_element(self, el: PrintLine | PrintRectangle | PrintEllipse, level: int) -> None:
        tabs = _tabs(level)
        if isinstance(el, PrintLine):
            a = f' direction="{el.direction.value}"' if el.direction is not LineDirection.TOP_DOWN else ""
        elif isinstance(el, PrintRectangle):
            a = f' radius="{el.radius}"' if el.radius is not None else ""
        else:
            a = ""
        tag = el.KIND
        inner = level + 1
        self.w(f"{tabs}<{tag}{a}>\n{self.report_element_text(el, inner)}{self.graphic_text(el, inner)}{tabs}</{tag}>\n")

    def image(self, el: PrintImage, level: int) -> None:
        a = ""
        if el.scale_image is not None:
            a += f' scaleImage="{el.scale_image.value}"'
        if el.rotation is not None:
            a += f' rotation="{el.rotation.value}"'
        if el.horizontal_alignment is not None:
            a += f' hAlign="{el.horizontal_alignment.value}"'
        if el.vertical_alignment is not None:
            a += f' vAlign="{el.vertical_alignment.value}"'
        if el.lazy:
            a += ' isLazy="true"'
        if el.on_error is not OnErrorType.ERROR:
            a += f' onErrorType="{el.on_error.value}"'
        a += self.hyperlink_attrs(el.hyperlink, True)
        if el.anchor_name is not None:
            a += f' anchorName="{_esc(el.anchor_name)}"'
        if el.bookmark_level:
            a += f' bookmarkLevel="{el.bookmark_level}"'
        tabs = _tabs(level)
        inner = level + 1
        self.w(f"{tabs}<image{a}>\n")
        self.report_element(el, inner)
        self.box(el.box, inner)
        self.graphic(el, inner)
        if el.data is not None or el.source is not None:
            itabs = _tabs(inner)
            if el.lazy:
                embedded, content = False, el.source if el.source is not None else ""
            elif el.data is None:
                embedded, content = False, el.source or ""
            elif self.embed:
                embedded, content = True, encode_base64_lines(el.data)
            else:
                key: object = ("id", el.renderer_id) if el.renderer_id is not None else (
                    ("source", el.source) if el.source is not None else ("data", el.data))
                content = self.image_names.get(key)  # type: ignore[assignment]
                if content is None:
                    content = f"img_{len(self.image_names)}"
                    self.image_names[key] = content
                embedded = False
            attr = ' isEmbedded="true"' if embedded else ""
            self.w(f"{itabs}<imageSource{attr}>\n{itabs}\t{_cdata(content)}\n{itabs}</imageSource>\n")
        self.hyperlink_parameters(el.hyperlink, inner)
        self.w(f"{tabs}</image>\n")

    def frame(self, el: PrintFrame, level: int) -> None:
        tabs = _tabs(level)
        self.w(f"{tabs}<frame>\n")
        self.report_element(el, level + 1)
        self.box(el.box, level + 1)
        self.elements(el.elements, level + 1)
        self.w(f"{tabs}</frame>\n")

    def generic(self, el: PrintGeneric, level: int) -> None:
        tabs = _tabs(level)
        t1, t2, t3 = _tabs(level + 1), _tabs(level + 2), _tabs(level + 3)
        self.w(f"{tabs}<genericElement>\n")
        self.report_element(el, level + 1)
        self.w(f'{t1}<genericElementType namespace="{_esc(el.generic_namespace)}" name="{_esc(el.generic_name)}"/>\n')
        for name, value in el.parameters.items():
            if value is None or value.text is None:
                self.w(f'{t1}<genericElementParameter name="{_esc(name)}"/>\n')
            else:
                self.w(f'{t1}<genericElementParameter name="{_esc(name)}">\n'
                       f'{t2}<genericElementParameterValue class="{_esc(value.value_class)}">\n'
                       f"{t3}{_cdata(value.text)}\n{t2}</genericElementParameterValue>\n"
                       f"{t1}</genericElementParameter>\n")
        self.w(f"{tabs}</genericElement>\n")

    # -- document ---------------------------------------------------------------------

    def style(self, s: PrintStyle) -> None:
        a = f' name="{_esc(s.name)}"'
        if s.is_default:
            a += ' isDefault="true"'
        if s.parent is not None:
            a += f' style="{_esc(s.parent)}"'
        if s.mode is not None:
            a += f' mode="{s.mode.value}"'
        if s.forecolor is not None:
            a += f' forecolor="{color_text(s.forecolor)}"'
        if s.backcolor is not None:
            a += f' backcolor="{color_text(s.backcolor)}"'
        if s.fill is not None:
            a += f' fill="{s.fill.value}"'
        if s.radius is not None:
            a += f' radius="{s.radius}"'
        for attr, enum in (("scaleImage", s.scale_image), ("hTextAlign", s.horizontal_text_alignment),
                           ("hImageAlign", s.horizontal_image_alignment), ("vTextAlign", s.vertical_text_alignment),
                           ("vImageAlign", s.vertical_image_alignment), ("rotation", s.rotation)):
            if enum is not None:
                a += f' {attr}="{enum.value}"'
        if s.markup is not None:
            a += f' markup="{_esc(s.markup)}"'
        if s.font_name is not None:
            a += f' fontName="{_esc(s.font_name)}"'
        if s.font_size is not None:
            a += f' fontSize="{_size_text(s.font_size)}"'
        for attr, flag in (("isBold", s.bold), ("isItalic", s.italic), ("isUnderline", s.underline),
                           ("isStrikeThrough", s.strike_through)):
            if flag is not None:
                a += f' {attr}="{"true" if flag else "false"}"'
        if s.pdf_font_name is not None:
            a += f' pdfFontName="{_esc(s.pdf_font_name)}"'
        if s.pdf_encoding is not None:
            a += f' pdfEncoding="{_esc(s.pdf_encoding)}"'
        if s.pdf_embedded is not None:
            a += f' isPdfEmbedded="{"true" if s.pdf_embedded else "false"}"'
        inner = self.pen_text("pen", s.pen, 2) + self.box_text(s.box, 2) + self.paragraph_text(s.paragraph, 2)
        if inner:
            self.w(f"\t<style{a}>\n{inner}\t</style>\n")
        else:
            self.w(f"\t<style{a}/>\n")

    def bookmark(self, b: Bookmark, level: int) -> None:
        tabs = _tabs(level)
        a = f' label="{_esc(b.label)}" pageIndex="{b.page_index}" elementAddress="{_esc(b.element_address)}"'
        if b.children:
            self.w(f"{tabs}<bookmark{a}>\n")
            for child in b.children:
                self.bookmark(child, level + 1)
            self.w(f"{tabs}</bookmark>\n")
        else:
            self.w(f"{tabs}<bookmark{a}/>\n")

    def part(self, p: PrintPart) -> None:
        a = f' pageIndex="{p.page_index}" name="{_esc(p.name)}"'
        for attr, value in (("pageWidth", p.page_width), ("pageHeight", p.page_height),
                            ("topMargin", p.top_margin), ("leftMargin", p.left_margin),
                            ("bottomMargin", p.bottom_margin), ("rightMargin", p.right_margin)):
            if value is not None:
                a += f' {attr}="{value}"'
        if p.orientation is not Orientation.PORTRAIT:
            a += f' orientation="{p.orientation.value}"'
        if p.properties:
            self.w(f"\t<part{a}>\n")
            self.properties(p.properties, 2)
            self.w("\t</part>\n")
        else:
            self.w(f"\t<part{a}/>\n")

    def write(self, pages: list[int]) -> None:
        d = self.doc
        a = f' name="{_esc(d.name)}" pageWidth="{d.page_width}" pageHeight="{d.page_height}"'
        for attr, value in (("topMargin", d.top_margin), ("leftMargin", d.left_margin),
                            ("bottomMargin", d.bottom_margin), ("rightMargin", d.right_margin)):
            if value is not None:
                a += f' {attr}="{value}"'
        if d.orientation is not Orientation.PORTRAIT:
            a += f' orientation="{d.orientation.value}"'
        if d.format_factory_class is not None:
            a += f' formatFactoryClass="{_esc(d.format_factory_class)}"'
        if d.locale is not None:
            a += f' locale="{_esc(d.locale)}"'
        if d.timezone is not None:
            a += f' timezone="{_esc(d.timezone)}"'
        self.w(_ROOT_START + a + ">\n")
        count = len(d.pages)
        start = pages[0] if pages else 0
        end = pages[-1] if pages else -1
        self.w(f'\t<property name="{START_PAGE_INDEX}" value="{start}"/>\n'
               f'\t<property name="{END_PAGE_INDEX}" value="{end}"/>\n'
               f'\t<property name="{PAGE_COUNT}" value="{count}"/>\n')
        self.properties({k: v for k, v in d.properties.items() if k not in _PAGE_PROPERTIES}, 1)
        for origin in d.origins:
            oa = ""
            if origin.report is not None:
                oa += f' report="{_esc(origin.report)}"'
            if origin.group is not None:
                oa += f' group="{_esc(origin.group)}"'
            if origin.band is not None:
                oa += f' band="{_esc(origin.band)}"'
            self.w(f"\t<origin{oa}/>\n")
        for style in d.styles:
            self.style(style)
        for bookmark in d.bookmarks:
            self.bookmark(bookmark, 1)
        for part in d.parts:
            self.part(part)
        for index in pages:
            page = d.pages[index]
            if page.elements:
                self.w("\t<page>\n")
                self.elements(page.elements, 2)
                self.w("\t</page>\n")
            else:
                self.w("\t<page/>\n")
        self.w("</jasperPrint>\n")
        self.flush()


def _embed_default(document: Document) -> bool:
    value = document.properties.get(IMAGES_NO_EMBED_PROPERTY)
    return not (value is not None and value.strip().lower() == "true")


def write_jrpxml(document: Document, out: BinaryIO, pages: list[int] | None = None, *,
                 embed_images: bool | None = None, **_options: object) -> None:
    """Write ``document`` (the pages at the 0-based indexes ``pages``, all when None) to
    the binary stream ``out`` as JasperReports' XML exporter does."""
    if pages is None:
        pages = list(range(len(document.pages)))
    embed = _embed_default(document) if embed_images is None else bool(embed_images)
    _Writer(document, out, embed).write(list(pages))


def to_jrpxml(document: Document, pages: list[int] | None = None, **options: object) -> bytes:
    """The ``.jrpxml`` bytes of ``document``."""
    import io

    buffer = io.BytesIO()
    write_jrpxml(document, buffer, pages, **options)  # type: ignore[arg-type]
    return buffer.getvalue()


register_exporter("jrpxml", write_jrpxml)


# --- reading --------------------------------------------------------------------------------


_LOCAL_NAMES: dict[object, str] = {}


def _local(tag: object) -> str:
    name = _LOCAL_NAMES.get(tag)
    if name is None:
        if not isinstance(tag, str):
            return ""
        name = tag.rsplit("}", 1)[-1] if tag.startswith("{") else tag
        if len(_LOCAL_NAMES) < 4096:
            _LOCAL_NAMES[tag] = name
    return name


class _Reader:
    __slots__ = ("name", "origins")  # noqa: RUF023

    def __init__(self, name: str) -> None:
        self.name = name
        self.origins: list[Origin] = []

    def error(self, node: etree._Element, message: str) -> PrintFormatError:
        return PrintFormatError(message, Location(self.name, cast("int | None", node.sourceline), None, _local(node.tag)))

    # -- attribute values -------------------------------------------------------------

    def int_attr(self, node: etree._Element, name: str, default: int | None = None) -> int | None:
        text = node.get(name)
        if text is None:
            return default
        try:
            return int(text.strip())
        except ValueError:
            raise self.error(node, f"attribute {name}={text!r} is not an integer") from None

    def float_attr(self, node: etree._Element, name: str, default: float | None = None) -> float | None:
        text = node.get(name)
        if text is None:
            return default
        try:
            return float(text.strip())
        except ValueError:
            raise self.error(node, f"attribute {name}={text!r} is not a number") from None

    def bool_attr(self, node: etree._Element, name: str) -> bool | None:
        text = node.get(name)
        if text is None:
            return None
        return text.strip().lower() == "true"

    def enum_attr(self, node: etree._Element, name: str, cls: type[XmlEnum]):  # type: ignore[no-untyped-def]
        text = node.get(name)
        if text is None:
            return None
        try:
            return cls(text)
        except ValueError:
            try:
                return cls.parse(text)
            except ValueError as exc:
                raise self.error(node, f"attribute {name}: {exc}") from None

    def color_attr(self, node: etree._Element, name: str) -> Color | None:
        text = node.get(name)
        if text is None:
            return None
        color = parse_color(text)
        if color is None:
            raise self.error(node, f"attribute {name}={text!r} is not a colour")
        return color

    # -- pieces -----------------------------------------------------------------------

    def block_text(self, node: etree._Element, depth: int) -> str:
        """The text of an element written as ``<x>\\n<tabs><![CDATA[...]]>\\n<tabs></x>``."""
        text = node.text or ""
        prefix = "\n" + _tabs(depth + 1)
        suffix = "\n" + _tabs(depth)
        if len(text) >= len(prefix) + len(suffix) and text.startswith(prefix) and text.endswith(suffix):
            return text[len(prefix):len(text) - len(suffix)]
        return text.strip()

    def properties(self, node: etree._Element, depth: int) -> dict[str, str | None]:
        props: dict[str, str | None] = {}
        for child in node:
            if _local(child.tag) != "property":
                continue
            name = child.get("name")
            if name is None:
                raise self.error(child, "a property needs a name")
            value = child.get("value")
            if value is None and len(child) == 0 and child.text is not None:
                value = self.block_text(child, depth)
            props[name] = value
        return props

    def pen(self, node: etree._Element | None, pen: Pen | None = None) -> Pen | None:
        if node is None:
            return pen
        pen = pen if pen is not None else Pen()
        pen.line_width = self.float_attr(node, "lineWidth")
        pen.line_style = self.enum_attr(node, "lineStyle", LineStyle)
        pen.line_color = self.color_attr(node, "lineColor")
        return pen

    def box(self, node: etree._Element | None) -> Box | None:
        if node is None:
            return None
        box = Box(
            padding=self.int_attr(node, "padding"),
            top_padding=self.int_attr(node, "topPadding"),
            left_padding=self.int_attr(node, "leftPadding"),
            bottom_padding=self.int_attr(node, "bottomPadding"),
            right_padding=self.int_attr(node, "rightPadding"),
        )
        for child in node:
            tag = _local(child.tag)
            if tag == "pen":
                self.pen(child, box.pen)
            elif tag == "topPen":
                self.pen(child, box.top_pen)
            elif tag == "leftPen":
                self.pen(child, box.left_pen)
            elif tag == "bottomPen":
                self.pen(child, box.bottom_pen)
            elif tag == "rightPen":
                self.pen(child, box.right_pen)
        return box

    def paragraph(self, node: etree._Element | None) -> Paragraph | None:
        if node is None:
            return None
        p = Paragraph(
            line_spacing=self.enum_attr(node, "lineSpacing", LineSpacing),
            line_spacing_size=self.float_attr(node, "lineSpacingSize"),
            first_line_indent=self.int_attr(node, "firstLineIndent"),
            left_indent=self.int_attr(node, "leftIndent"),
            right_indent=self.int_attr(node, "rightIndent"),
            spacing_before=self.int_attr(node, "spacingBefore"),
            spacing_after=self.int_attr(node, "spacingAfter"),
            tab_stop_width=self.int_attr(node, "tabStopWidth"),
        )
        stops = []
        for child in node:
            if _local(child.tag) == "tabStop":
                position = self.int_attr(child, "position")
                if position is None:
                    raise self.error(child, "a tab stop needs a position")
                stops.append(TabStop(position, self.enum_attr(child, "alignment", TabStopAlignment)
                                     or TabStopAlignment.LEFT))
        if stops:
            p.tab_stops = stops
        return p

    def font(self, node: etree._Element | None) -> Font | None:
        if node is None:
            return None
        return Font(
            font_name=node.get("fontName"),
            size=self.float_attr(node, "size"),
            bold=self.bool_attr(node, "isBold"),
            italic=self.bool_attr(node, "isItalic"),
            underline=self.bool_attr(node, "isUnderline"),
            strike_through=self.bool_attr(node, "isStrikeThrough"),
            pdf_font_name=node.get("pdfFontName"),
            pdf_encoding=node.get("pdfEncoding"),
            pdf_embedded=self.bool_attr(node, "isPdfEmbedded"),
        )

    def style(self, node: etree._Element) -> PrintStyle:
        name = node.get("name")
        if name is None:
            raise self.error(node, "a style needs a name")
        e, c = self.enum_attr, self.color_attr
        s = PrintStyle(
            name=name,
            is_default=self.bool_attr(node, "isDefault") or False,
            parent=node.get("style"),
            mode=e(node, "mode", Mode),
            forecolor=c(node, "forecolor"),
            backcolor=c(node, "backcolor"),
            fill=e(node, "fill", Fill),
            radius=self.int_attr(node, "radius"),
            scale_image=e(node, "scaleImage", ScaleImage),
            horizontal_text_alignment=e(node, "hTextAlign", HorizontalTextAlign),
            horizontal_image_alignment=e(node, "hImageAlign", HorizontalImageAlign),
            vertical_text_alignment=e(node, "vTextAlign", VerticalTextAlign),
            vertical_image_alignment=e(node, "vImageAlign", VerticalImageAlign),
            rotation=e(node, "rotation", Rotation),
            markup=node.get("markup"),
            font_name=node.get("fontName"),
            font_size=self.float_attr(node, "fontSize"),
            bold=self.bool_attr(node, "isBold"),
            italic=self.bool_attr(node, "isItalic"),
            underline=self.bool_attr(node, "isUnderline"),
            strike_through=self.bool_attr(node, "isStrikeThrough"),
            pdf_font_name=node.get("pdfFontName"),
            pdf_encoding=node.get("pdfEncoding"),
            pdf_embedded=self.bool_attr(node, "isPdfEmbedded"),
        )
        if s.markup is None and node.get("isStyledText") is not None:
            s.markup = "styled" if self.bool_attr(node, "isStyledText") else "none"
        if s.horizontal_text_alignment is None and node.get("hAlign") is not None:
            s.horizontal_text_alignment = e(node, "hAlign", HorizontalTextAlign)
        if s.vertical_text_alignment is None and node.get("vAlign") is not None:
            s.vertical_text_alignment = e(node, "vAlign", VerticalTextAlign)
        for child in node:
            tag = _local(child.tag)
            if tag == "pen":
                s.pen = self.pen(child)
            elif tag == "box":
                s.box = self.box(child)
            elif tag == "paragraph":
                s.paragraph = self.paragraph(child)
        return s

    def bookmark(self, node: etree._Element) -> Bookmark:
        return Bookmark(
            label=node.get("label", ""),
            page_index=self.int_attr(node, "pageIndex", 0) or 0,
            element_address=node.get("elementAddress", ""),
            children=[self.bookmark(c) for c in node if _local(c.tag) == "bookmark"],
        )

    def part(self, node: etree._Element) -> PrintPart:
        return PrintPart(
            page_index=self.int_attr(node, "pageIndex", 0) or 0,
            name=node.get("name", ""),
            page_width=self.int_attr(node, "pageWidth"),
            page_height=self.int_attr(node, "pageHeight"),
            top_margin=self.int_attr(node, "topMargin"),
            left_margin=self.int_attr(node, "leftMargin"),
            bottom_margin=self.int_attr(node, "bottomMargin"),
            right_margin=self.int_attr(node, "rightMargin"),
            orientation=self.enum_attr(node, "orientation", Orientation) or Orientation.PORTRAIT,
            properties=self.properties(node, 2),
        )

    _HYPERLINK_ATTRIBUTES = ("hyperlinkType", "hyperlinkTarget", "hyperlinkReference", "hyperlinkAnchor",
                             "hyperlinkPage", "hyperlinkTooltip")

    def hyperlink(self, node: etree._Element, depth: int) -> PrintHyperlink | None:
        get = node.get
        if all(get(a) is None for a in self._HYPERLINK_ATTRIBUTES) and not any(
                _local(c.tag) == "hyperlinkParameter" for c in node):
            return None
        link = PrintHyperlink(
            link_type=node.get("hyperlinkType"),
            link_target=node.get("hyperlinkTarget"),
            reference=node.get("hyperlinkReference"),
            anchor=node.get("hyperlinkAnchor"),
            page=self.int_attr(node, "hyperlinkPage"),
            tooltip=node.get("hyperlinkTooltip"),
        )
        for child in node:
            if _local(child.tag) != "hyperlinkParameter":
                continue
            value_class = child.get("class", "java.lang.String")
            text = None
            for v in child:
                if _local(v.tag) == "hyperlinkParameterValue":
                    text = v.text or ""
            link.parameters.append(HyperlinkParameter(child.get("name", ""), JavaValue(value_class, text)))
        if (link.link_type is None and link.link_target is None and link.reference is None
                and link.anchor is None and link.page is None and link.tooltip is None and not link.parameters):
            return None
        return link

    # -- elements ---------------------------------------------------------------------

    def report_element(self, owner: etree._Element, el: PrintElement, depth: int) -> None:
        node = None
        for child in owner:
            if _local(child.tag) == "reportElement":
                node = child
                break
        if node is None:
            raise self.error(owner, "a print element needs a <reportElement>")
        el.uuid = node.get("uuid")
        el.key = node.get("key")
        el.style = node.get("style")
        el.mode = self.enum_attr(node, "mode", Mode)
        el.x = self.int_attr(node, "x", 0) or 0
        el.y = self.int_attr(node, "y", 0) or 0
        el.width = self.int_attr(node, "width", 0) or 0
        el.height = self.int_attr(node, "height", 0) or 0
        el.forecolor = self.color_attr(node, "forecolor")
        el.backcolor = self.color_attr(node, "backcolor")
        origin = self.int_attr(node, "origin")
        if origin is not None:
            if not 0 <= origin < len(self.origins):
                raise self.error(node, f"origin {origin} is not one of the {len(self.origins)} origins of the print")
            el.origin = self.origins[origin]
        el.source_id = self.int_attr(node, "srcId", 0) or 0
        el.print_id = self.int_attr(node, "printId", 0) or 0
        if len(node):
            el.properties = self.properties(node, depth + 2)

    @staticmethod
    def children_by_tag(node: etree._Element) -> dict[str, etree._Element]:
        found: dict[str, etree._Element] = {}
        for child in node:
            found.setdefault(_local(child.tag), child)
        return found

    def graphic(self, node: etree._Element | None, el: PrintGraphicElement) -> None:
        if node is None:
            return
        el.fill = self.enum_attr(node, "fill", Fill)
        for child in node:
            if _local(child.tag) == "pen":
                el.pen = self.pen(child)

    def elements(self, node: etree._Element, depth: int) -> list[PrintElement]:
        out: list[PrintElement] = []
        for child in node:
            tag = _local(child.tag)
            reader = self._ELEMENT_READERS.get(tag)
            if reader is not None:
                out.append(reader(self, child, depth + 1))
            elif tag in ("reportElement", "box", "property"):
                continue
            elif isinstance(child.tag, str):
                raise self.error(child, f"<{tag}> is not a print element")
        return out

    def text(self, node: etree._Element, depth: int) -> PrintText:
        e = self.enum_attr
        el = PrintText(
            horizontal_alignment=e(node, "textAlignment", HorizontalTextAlign),
            vertical_alignment=e(node, "verticalAlignment", VerticalTextAlign),
            text_height=self.float_attr(node, "textHeight", 0.0) or 0.0,
            rotation=e(node, "rotation", Rotation),
            run_direction=e(node, "runDirection", RunDirection) or RunDirection.LTR,
            markup=node.get("markup"),
            line_spacing_factor=self.float_attr(node, "lineSpacingFactor", 0.0) or 0.0,
            leading_offset=self.float_attr(node, "leadingOffset", 0.0) or 0.0,
            anchor_name=node.get("anchorName"),
            bookmark_level=self.int_attr(node, "bookmarkLevel", 0) or 0,
            value_class=node.get("valueClass"),
            pattern=node.get("pattern"),
            format_factory_class=node.get("formatFactoryClass"),
            locale=node.get("locale"),
            timezone=node.get("timezone"),
        )
        if el.markup is None and node.get("isStyledText") is not None:
            el.markup = "styled" if self.bool_attr(node, "isStyledText") else "none"
        el.hyperlink = self.hyperlink(node, depth)
        self.report_element(node, el, depth)
        for child in node:
            tag = _local(child.tag)
            if tag == "box":
                el.box = self.box(child)
            elif tag == "font":
                el.font = self.font(child)
            elif tag == "paragraph":
                el.paragraph = self.paragraph(child)
            elif tag == "textContent":
                el.text = child.text or ""
                el.truncate_index = self.int_attr(child, "truncateIndex")
            elif tag == "textTruncateSuffix":
                el.truncate_suffix = child.text or ""
            elif tag == "lineBreakOffsets":
                text = (child.text or "").strip()
                try:
                    el.line_break_offsets = [int(t) for t in text.split(",")] if text else []
                except ValueError:
                    raise self.error(child, f"line break offsets {text!r} are not integers") from None
        return el

    def line(self, node: etree._Element, depth: int) -> PrintLine:
        el = PrintLine(direction=self.enum_attr(node, "direction", LineDirection) or LineDirection.TOP_DOWN)
        self.report_element(node, el, depth)
        self.graphic(self.children_by_tag(node).get("graphicElement"), el)
        return el

    def rectangle(self, node: etree._Element, depth: int) -> PrintRectangle:
        el = PrintRectangle(radius=self.int_attr(node, "radius"))
        self.report_element(node, el, depth)
        self.graphic(self.children_by_tag(node).get("graphicElement"), el)
        return el

    def ellipse(self, node: etree._Element, depth: int) -> PrintEllipse:
        el = PrintEllipse()
        self.report_element(node, el, depth)
        self.graphic(self.children_by_tag(node).get("graphicElement"), el)
        return el

    def image(self, node: etree._Element, depth: int) -> PrintImage:
        e = self.enum_attr
        el = PrintImage(
            scale_image=e(node, "scaleImage", ScaleImage),
            rotation=e(node, "rotation", Rotation),
            horizontal_alignment=e(node, "hAlign", HorizontalImageAlign),
            vertical_alignment=e(node, "vAlign", VerticalImageAlign),
            lazy=bool(self.bool_attr(node, "isLazy")),
            on_error=e(node, "onErrorType", OnErrorType) or OnErrorType.ERROR,
            anchor_name=node.get("anchorName"),
            bookmark_level=self.int_attr(node, "bookmarkLevel", 0) or 0,
        )
        el.hyperlink = self.hyperlink(node, depth)
        self.report_element(node, el, depth)
        for child in node:
            tag = _local(child.tag)
            if tag == "box":
                el.box = self.box(child)
            elif tag == "graphicElement":
                self.graphic(child, el)
            elif tag == "imageSource":
                content = self.block_text(child, depth + 1)
                if self.bool_attr(child, "isEmbedded") and not el.lazy:
                    try:
                        el.data = base64.b64decode("".join(content.split()), validate=True)
                    except (binascii.Error, ValueError):
                        raise self.error(child, "embedded image data is not base64") from None
                    el.mime_type = _MIME.get(image_format(el.data) or "")
                else:
                    el.source = content
        return el

    def frame(self, node: etree._Element, depth: int) -> PrintFrame:
        el = PrintFrame()
        self.report_element(node, el, depth)
        el.box = self.box(self.children_by_tag(node).get("box"))
        el.elements = self.elements(node, depth)
        return el

    def generic(self, node: etree._Element, depth: int) -> PrintGeneric:
        el = PrintGeneric()
        self.report_element(node, el, depth)
        for child in node:
            tag = _local(child.tag)
            if tag == "genericElementType":
                el.generic_namespace = child.get("namespace", "")
                el.generic_name = child.get("name", "")
            elif tag == "genericElementParameter":
                value = None
                for v in child:
                    if _local(v.tag) == "genericElementParameterValue":
                        value = JavaValue(v.get("class", "java.lang.String"), self.block_text(v, depth + 2))
                el.parameters[child.get("name", "")] = value
        return el

    _ELEMENT_READERS: dict[str, Callable[[_Reader, etree._Element, int], PrintElement]] = {
        "text": text, "line": line, "rectangle": rectangle, "ellipse": ellipse,
        "image": image, "frame": frame, "genericElement": generic,
    }

    def document(self, root: etree._Element) -> Document:
        if _local(root.tag) != "jasperPrint":
            raise self.error(root, f"not a JasperReports print: the root element is <{_local(root.tag)}>, not <jasperPrint>")
        doc = Document(
            name=root.get("name", ""),
            page_width=self.int_attr(root, "pageWidth", 595) or 0,
            page_height=self.int_attr(root, "pageHeight", 842) or 0,
            top_margin=self.int_attr(root, "topMargin"),
            left_margin=self.int_attr(root, "leftMargin"),
            bottom_margin=self.int_attr(root, "bottomMargin"),
            right_margin=self.int_attr(root, "rightMargin"),
            orientation=self.enum_attr(root, "orientation", Orientation) or Orientation.PORTRAIT,
            format_factory_class=root.get("formatFactoryClass"),
            locale=root.get("locale"),
            timezone=root.get("timezone"),
        )
        properties = self.properties(root, 1)
        doc.properties = {k: v for k, v in properties.items() if k not in _PAGE_PROPERTIES}
        for child in root:
            tag = _local(child.tag)
            if tag == "origin":
                origin = Origin(band=child.get("band", "unknown"), group=child.get("group"), report=child.get("report"))
                self.origins.append(origin)
                doc.origins.append(origin)
            elif tag == "style":
                doc.styles.append(self.style(child))
            elif tag == "bookmark":
                doc.bookmarks.append(self.bookmark(child))
            elif tag == "part":
                doc.parts.append(self.part(child))
            elif tag == "page":
                doc.pages.append(Page(self.elements(child, 1)))
        return doc


_MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
         "tiff": "image/tiff", "svg": "image/svg+xml"}

_NAMED_COLORS = {
    "black": (0, 0, 0), "blue": (0, 0, 255), "cyan": (0, 255, 255), "darkGray": (64, 64, 64),
    "gray": (128, 128, 128), "green": (0, 255, 0), "lightGray": (192, 192, 192),
    "magenta": (255, 0, 255), "orange": (255, 200, 0), "pink": (255, 175, 175), "red": (255, 0, 0),
    "yellow": (255, 255, 0), "white": (255, 255, 255),
}
_RGBA = re.compile(r"rgba\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*([0-9.eE+-]+)\s*\)")


def parse_color(text: str) -> Color | None:
    """``#RRGGBB``, ``rgba(r, g, b, a)`` or one of Java's colour names; None otherwise."""
    t = text.strip()
    if t.startswith("#"):
        try:
            value = int(t[1:], 16)
        except ValueError:
            return None
        return Color((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    m = _RGBA.fullmatch(t)
    if m:
        return Color(int(m[1]), int(m[2]), int(m[3]), max(0, min(255, round(float(m[4]) * 255))))
    for name, rgb in _NAMED_COLORS.items():
        if name.lower() == t.lower():
            return Color(*rgb)
    return None


def read_jrpxml(source: str | bytes | os.PathLike[str]) -> Document:
    """Read a ``.jrpxml`` (a path, XML text or bytes) into a :class:`Document`.

    Raises :class:`~jrxmlpy.errors.PrintFormatError` with file and line when the file
    cannot be read, is not well-formed or is not a print."""
    from ..jrxml.xmlsource import parse_xml

    try:
        xml = parse_xml(source)
    except JrxmlpyError as exc:
        raise PrintFormatError(exc.message, exc.location) from None
    return _Reader(xml.name).document(xml.root)


__all__ = ["write_jrpxml", "read_jrpxml", "to_jrpxml", "parse_color", "color_text"]
