"""HTML export: one self-contained HTML file, every page a box of the page's size.

Layout choice: **absolutely positioned elements**, not JasperReports' table grid.  Each
page is a ``position:relative`` box of the page size (1 CSS px per point); every print
element is a positioned box at its own coordinates with its background, borders (drawn
centred on the element's edges as the PDF exporter strokes them), padding and fonts; a
frame is a positioned box whose children are placed inside it.  Texts are written line
by line where :class:`~jrxmlpy.fonts.layout.TextMeasurer` breaks them — the lines the
filler measured — each line a box at its measured baseline, so the browser never wraps
text differently from the print.  Why: a grid table cuts the page at every element edge
and loses overlapping elements, rotation and exact line positions, while positioned
boxes reproduce the page as the PDF shows it, keep every element (overlaps included),
and stay simple and fast to write.  The price: the HTML does not reflow (it is a picture
of the pages, as JasperReports' own HTML is).

Lines, ellipses and diagonal shapes are inline SVG; images are ``<img>`` (data URIs by
default, or files written beside the HTML) placed by their scale mode and alignment;
rotated texts are turned with CSS transforms; hyperlinks become ``<a href>`` (local
anchors and pages link inside the file), anchors ``<a name>``; pages have the anchors
``JR_PAGE_ANCHOR_0_<n>`` JasperReports uses.

Options (keyword arguments of the exporter, ``--html-*`` on the command line):

* ``images``: ``"embed"`` (data URIs, default) or ``"files"`` (written to ``images_dir``,
  referenced through ``images_uri``; defaults: ``<output>_files/`` beside the output file);
* ``embed_fonts``: embed the packaged DejaVu fonts a page uses as ``@font-face`` data so
  the text renders with the fonts it was measured with on any machine (default False:
  CSS names the fonts, installed ones are used);
* ``title``: the document title (default: the report name);
* ``page_gap``: points between pages (default 10); ``zoom``: scale factor (default 1).
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from ..design.enums import (
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineDirection,
    LineStyle,
    Mode,
    ScaleImage,
    VerticalImageAlign,
)
from ..document import (
    Document,
    PrintElement,
    PrintEllipse,
    PrintFrame,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintText,
)
from ..errors import ExportError
from ..fonts.markup import LIST_INDENT, RunStyle, list_blocks
from ..styling import ResolvedBox, ResolvedPen
from . import register_exporter
from .text import TextBox, align_factor, bullet_text, resolved_font, rotation_turns, text_box

__all__ = ["export_html", "hyperlink_href", "PAGE_ANCHOR"]

#: JasperReports' page anchor names: ``PAGE_ANCHOR + str(page number)`` (1-based).
PAGE_ANCHOR = "JR_PAGE_ANCHOR_0_"

_CSS = """\
body{margin:0;padding:0;background:#e0e0e0}
.jrPage{position:relative;overflow:hidden;background:#fff;margin:0 auto}
.jrPage div,.jrPage svg,.jrPage img,.jrPage a.jrA{position:absolute;box-sizing:border-box}
.jrPage .l{white-space:pre;overflow:visible}
.jrPage a{color:inherit;text-decoration:inherit}
"""

_MIME = {"png": "image/png", "jpeg": "image/jpeg", "jpg": "image/jpeg", "gif": "image/gif",
         "svg": "image/svg+xml", "bmp": "image/bmp", "tiff": "image/tiff"}
_FONT_SHORT = {"sansserif": "sans-serif", "serif": "serif", "monospaced": "monospace",
               "dialog": "sans-serif", "dialoginput": "monospace"}


def _n(v: float) -> str:
    """A CSS number: at most 3 decimals, no trailing zeros."""
    if v == int(v):
        return str(int(v))
    return f"{v:.3f}".rstrip("0").rstrip(".")


def _color(c: Any) -> str:
    if c.alpha == 255:
        return c.hex
    return f"rgba({c.red},{c.green},{c.blue},{_n(c.alpha / 255)})"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _css_border_style(style: LineStyle) -> str:
    return {LineStyle.DASHED: "dashed", LineStyle.DOTTED: "dotted", LineStyle.DOUBLE: "double"}.get(style, "solid")


def _dash(pen: ResolvedPen) -> str:
    w = pen.line_width
    if pen.line_style is LineStyle.DASHED:
        return f' stroke-dasharray="{_n(5 * w)} {_n(3 * w)}"'
    if pen.line_style is LineStyle.DOTTED:
        return f' stroke-dasharray="{_n(w)} {_n(w)}"'
    return ""


def hyperlink_href(link: PrintHyperlink | None) -> str | None:
    """The URL a print hyperlink points to (None: not a link an exported file can follow)."""
    if link is None or link.link_type in (None, "None"):
        return None
    kind = link.link_type
    if kind == "Reference":
        return link.reference or None
    if kind == "LocalAnchor":
        return "#" + link.anchor if link.anchor else None
    if kind == "LocalPage":
        return f"#{PAGE_ANCHOR}{link.page}" if link.page is not None else None
    if kind == "RemoteAnchor":
        if link.reference:
            return link.reference + ("#" + link.anchor if link.anchor else "")
        return None
    if kind == "RemotePage":
        if link.reference:
            return link.reference + (f"#{PAGE_ANCHOR}{link.page}" if link.page is not None else "")
        return None
    return link.reference or None


_TARGETS = {"Blank": "_blank", "Parent": "_parent", "Top": "_top"}


class _Writer:
    def __init__(self, document: Document, out: BinaryIO, options: dict[str, Any]):
        self.doc = document
        self.out = out
        mode = str(options.pop("images", "embed")).lower()
        if mode not in ("embed", "files"):
            raise ExportError(f"HTML images option is 'embed' or 'files', not {mode!r}")
        self.embed_images = mode == "embed"
        self.embed_fonts = bool(options.pop("embed_fonts", False))
        self.title = options.pop("title", None) or document.name or "report"
        self.page_gap = float(options.pop("page_gap", 10))
        self.zoom = float(options.pop("zoom", 1))
        images_dir = options.pop("images_dir", None)
        images_uri = options.pop("images_uri", None)
        if options:
            raise ExportError(f"unknown HTML export option(s): {', '.join(sorted(options))}")
        if not self.embed_images:
            if images_dir is None:
                name = getattr(out, "name", None)
                if not isinstance(name, str):
                    raise ExportError("HTML images='files' needs images_dir when the output is not a file")
                base = Path(name.removesuffix(".part"))
                images_dir = base.with_name(base.stem + "_files")
                if images_uri is None:
                    images_uri = images_dir.name + "/"
            self.images_dir = Path(images_dir)
            self.images_uri = images_uri if images_uri is not None else str(self.images_dir) + "/"
        self.image_uris: dict[str, str] = {}
        self.fonts_used: set[tuple[str, str, bool, bool]] = set()
        self.font_css: dict[tuple[str, float, bool, bool], str] = {}
        self.parts: list[str] = []
        #: the HTML of a text's lines by (resolved attributes, box size, text)
        self.text_lines: dict[tuple, str] = {}

    # -- document ----------------------------------------------------------------------

    def write(self, pages: Iterable[int]) -> None:
        p = self.parts
        doc = self.doc
        for index in pages:
            page = doc.pages[index]
            width, height = doc.page_size(index)
            p.append(f'<a name="{PAGE_ANCHOR}{index + 1}"></a>\n<div class="jrPage" style="width:'
                     f'{width}px;height:{height}px;margin-bottom:{_n(self.page_gap)}px">\n')
            for el in page.elements:
                self.element(el)
            p.append("</div>\n")
        head = [
            "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n",
            f"<title>{_esc(self.title)}</title>\n<style>\n{_CSS}",
        ]
        if self.zoom != 1:
            head.append(f"body{{zoom:{_n(self.zoom)}}}\n")
        if self.embed_fonts:
            head.append(self.font_faces())
        head.append("</style>\n</head>\n<body>\n")
        data = "".join(head) + "".join(p) + "</body>\n</html>\n"
        self.out.write(data.encode("utf-8"))

    def font_faces(self) -> str:
        out = []
        done: set[str] = set()
        for path, family, bold, italic in sorted(self.fonts_used):
            key = f"{path}|{bold}|{italic}"
            if key in done or not os.path.exists(path):
                continue
            done.add(key)
            data = base64.b64encode(Path(path).read_bytes()).decode("ascii")
            out.append(f"@font-face{{font-family:'{family}';font-weight:{'bold' if bold else 'normal'};"
                       f"font-style:{'italic' if italic else 'normal'};"
                       f"src:url(data:font/ttf;base64,{data}) format('truetype')}}\n")
        return "".join(out)

    # -- elements ----------------------------------------------------------------------

    def element(self, el: PrintElement) -> None:
        if isinstance(el, PrintText):
            self.text(el)
        elif isinstance(el, PrintFrame):
            self.frame(el)
        elif isinstance(el, PrintImage):
            self.image(el)
        elif isinstance(el, PrintRectangle):
            self.rectangle(el)
        elif isinstance(el, PrintLine):
            self.line(el)
        elif isinstance(el, PrintEllipse):
            self.ellipse(el)
        # generic elements have no HTML form of their own

    def _box_style(self, el: PrintElement, background: Any | None) -> str:
        style = f"left:{el.x}px;top:{el.y}px;width:{el.width}px;height:{el.height}px"
        if background is not None:
            style += f";background:{_color(background)}"
        return style

    def _borders(self, el: PrintElement, box: ResolvedBox) -> None:
        """The element's box borders, centred on its edges (one div over the element)."""
        sides = (box.top_pen, box.left_pen, box.bottom_pen, box.right_pen)
        if all(s.line_width <= 0 for s in sides):
            return
        t, lw, b, r = (s.line_width if s.line_width > 0 else 0.0 for s in sides)
        css = [f"left:{_n(el.x - lw / 2)}px;top:{_n(el.y - t / 2)}px;"
               f"width:{_n(el.width + (lw + r) / 2)}px;height:{_n(el.height + (t + b) / 2)}px"]
        for name, pen, w in (("top", box.top_pen, t), ("left", box.left_pen, lw),
                             ("bottom", box.bottom_pen, b), ("right", box.right_pen, r)):
            if w > 0:
                css.append(f"border-{name}:{_n(w)}px {_css_border_style(pen.line_style)} {_color(pen.line_color)}")
        self.parts.append(f'<div style="{";".join(css)}"></div>\n')

    def _open_link(self, el: PrintText | PrintImage) -> bool:
        p = self.parts
        if el.anchor_name:
            p.append(f'<a name="{_esc(el.anchor_name)}" id="{_esc(el.anchor_name)}" class="jrA" '
                     f'style="left:{el.x}px;top:{el.y}px"></a>')
        href = hyperlink_href(el.hyperlink)
        if href is None:
            tooltip = el.hyperlink.tooltip if el.hyperlink is not None else None
            if tooltip:
                p.append(f'<span title="{_esc(tooltip)}">')
                return True
            return False
        link = el.hyperlink
        assert link is not None  # (an element with an href has a hyperlink)
        attrs = f'href="{_esc(href)}"'
        target = _TARGETS.get(link.link_target or "")
        if target:
            attrs += f' target="{target}"'
        if link.tooltip:
            attrs += f' title="{_esc(link.tooltip)}"'
        p.append(f"<a {attrs}>")
        return True

    def _close_link(self, opened: bool, el: PrintText | PrintImage) -> None:
        if opened:
            href = hyperlink_href(el.hyperlink)
            self.parts.append("</a>" if href is not None else "</span>")

    def frame(self, el: PrintFrame) -> None:
        a = self.doc.resolved(el)
        bg = a.backcolor if a.mode is Mode.OPAQUE else None
        p = self.parts
        p.append(f'<div style="{self._box_style(el, bg)}">\n')
        # a frame's children are placed from the corner inside its padding
        box = a.box
        padded = bool(box.left_padding or box.top_padding)
        if padded:
            p.append(f'<div style="left:{box.left_padding}px;top:{box.top_padding}px">')
        for child in el.elements:
            self.element(child)
        if padded:
            p.append("</div>")
        p.append("</div>\n")
        self._borders(el, box)

    def rectangle(self, el: PrintRectangle) -> None:
        a = self.doc.resolved(el)
        pen = a.pen
        w = pen.line_width
        css = []
        if w > 0:
            css.append(f"left:{_n(el.x - w / 2)}px;top:{_n(el.y - w / 2)}px;width:{_n(el.width + w)}px;"
                       f"height:{_n(el.height + w)}px;border:{_n(w)}px {_css_border_style(pen.line_style)} "
                       f"{_color(pen.line_color)}")
        else:
            css.append(f"left:{el.x}px;top:{el.y}px;width:{el.width}px;height:{el.height}px")
        if a.mode is Mode.OPAQUE:
            css.append(f"background:{_color(a.backcolor)}")
        if a.radius:
            css.append(f"border-radius:{_n(a.radius + w / 2)}px")
        if w > 0 or a.mode is Mode.OPAQUE:
            self.parts.append(f'<div style="{";".join(css)}"></div>\n')

    def _svg(self, el: PrintElement, body: str, pad: float) -> None:
        self.parts.append(
            f'<svg style="left:{_n(el.x - pad)}px;top:{_n(el.y - pad)}px;overflow:visible" '
            f'width="{_n(el.width + 2 * pad)}" height="{_n(el.height + 2 * pad)}" '
            f'viewBox="{_n(-pad)} {_n(-pad)} {_n(el.width + 2 * pad)} {_n(el.height + 2 * pad)}">{body}</svg>\n')

    def line(self, el: PrintLine) -> None:
        a = self.doc.resolved(el)
        pen = a.pen
        w = pen.line_width
        if w <= 0:
            return
        width, height = el.width, el.height
        if width == 1 and height != 1:
            x1 = x2 = 0.5
            y1, y2 = 0.0, float(height)
        elif height == 1:
            x1, x2 = 0.0, float(width)
            y1 = y2 = 0.5
        elif el.direction is LineDirection.BOTTOM_UP:
            x1, y1, x2, y2 = 0.0, float(height), float(width), 0.0
        else:
            x1, y1, x2, y2 = 0.0, 0.0, float(width), float(height)
        stroke = f'stroke="{_color(pen.line_color)}" stroke-width="{_n(w)}"{_dash(pen)}'
        if pen.line_style is LineStyle.DOUBLE:
            # two lines of a third of the width, a third apart
            third = w / 3
            dx, dy = (third, 0.0) if x1 == x2 else (0.0, third)
            body = "".join(
                f'<line x1="{_n(x1 + s * dx)}" y1="{_n(y1 + s * dy)}" x2="{_n(x2 + s * dx)}" '
                f'y2="{_n(y2 + s * dy)}" stroke="{_color(pen.line_color)}" stroke-width="{_n(third)}"/>'
                for s in (-1, 1))
        else:
            body = f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" {stroke}/>'
        self._svg(el, body, w)

    def ellipse(self, el: PrintEllipse) -> None:
        a = self.doc.resolved(el)
        pen = a.pen
        w = pen.line_width
        fill = _color(a.backcolor) if a.mode is Mode.OPAQUE else "none"
        stroke = f' stroke="{_color(pen.line_color)}" stroke-width="{_n(w)}"{_dash(pen)}' if w > 0 else ""
        rx, ry = el.width / 2, el.height / 2
        self._svg(el, f'<ellipse cx="{_n(rx)}" cy="{_n(ry)}" rx="{_n(rx)}" ry="{_n(ry)}" fill="{fill}"{stroke}/>', w)

    # -- images ------------------------------------------------------------------------

    def image_uri(self, el: PrintImage) -> str | None:
        data = el.data
        if not data:
            return el.source
        fmt = el.format or "png"
        mime = _MIME.get(fmt, el.mime_type or "application/octet-stream")
        key = hashlib.sha1(data).hexdigest()
        uri = self.image_uris.get(key)
        if uri is None:
            if self.embed_images:
                uri = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
            else:
                self.images_dir.mkdir(parents=True, exist_ok=True)
                name = f"img_{len(self.image_uris)}.{'jpg' if fmt == 'jpeg' else fmt}"
                (self.images_dir / name).write_bytes(data)
                uri = self.images_uri + name
            self.image_uris[key] = uri
        return uri

    def image(self, el: PrintImage) -> None:
        a = self.doc.resolved(el)
        box = a.box
        p = self.parts
        opened = self._open_link(el)
        bg = a.backcolor if a.mode is Mode.OPAQUE else None
        uri = self.image_uri(el)
        if uri is not None or bg is not None:
            p.append(f'<div style="{self._box_style(el, bg)};overflow:hidden;padding:{box.top_padding}px '
                     f'{box.right_padding}px {box.bottom_padding}px {box.left_padding}px">')
            if uri is not None:
                scale = a.scale_image
                fit = {ScaleImage.FILL_FRAME: "fill", ScaleImage.CLIP: "none"}.get(scale, "contain")
                h = {HorizontalImageAlign.CENTER: "center", HorizontalImageAlign.RIGHT: "right"}.get(
                    a.horizontal_image_alignment, "left")
                v = {VerticalImageAlign.MIDDLE: "center", VerticalImageAlign.BOTTOM: "bottom"}.get(
                    a.vertical_image_alignment, "top")
                img = (f'<img src="{_esc(uri)}" alt="" style="position:static;display:block;width:100%;'
                       f'height:100%;object-fit:{fit};object-position:{h} {v}">')
                turns = rotation_turns(a.rotation)
                if turns:
                    # a turned image is laid out in the turned box (alignments and scale
                    # apply there), then the box is turned into place
                    w = el.width - box.left_padding - box.right_padding
                    hgt = el.height - box.top_padding - box.bottom_padding
                    iw, ih = (hgt, w) if turns % 2 else (w, hgt)
                    transform = {1: f"translate({w}px,0) rotate(90deg)",
                                 2: f"translate({w}px,{hgt}px) rotate(180deg)",
                                 3: f"translate(0,{hgt}px) rotate(-90deg)"}[turns]
                    img = (f'<div style="left:{box.left_padding}px;top:{box.top_padding}px;width:{iw}px;'
                           f'height:{ih}px;transform-origin:0 0;transform:{transform}">{img}</div>')
                p.append(img)
            p.append("</div>")
        self._close_link(opened, el)
        p.append("\n")
        self._borders(el, box)

    # -- text --------------------------------------------------------------------------

    def _font_css(self, name: str, size: float, bold: bool, italic: bool) -> str:
        key = (name, size, bold, italic)
        css = self.font_css.get(key)
        if css is None:
            css = self.font_css[key] = self._make_font_css(name, size, bold, italic)
        return css

    def _make_font_css(self, name: str, size: float, bold: bool, italic: bool) -> str:
        rf = resolved_font(name, bold, italic)
        self.fonts_used.add((rf.file.path, rf.family, rf.bold or rf.synthetic_bold, rf.italic or rf.synthetic_italic))
        families = [f"'{rf.family}'"]
        if name.lower() != rf.family.lower():
            families.append(_FONT_SHORT.get(name.lower(), f"'{name}'"))
        css = f"font-family:{','.join(families)};font-size:{_n(size)}px"
        if bold:
            css += ";font-weight:bold"
        if italic:
            css += ";font-style:italic"
        return css

    def text(self, el: PrintText) -> None:
        a = self.doc.resolved(el)
        p = self.parts
        opened = self._open_link(el)
        bg = a.backcolor if a.mode is Mode.OPAQUE else None
        style = (f"{self._box_style(el, bg)};color:{_color(a.forecolor)};"
                 f"{self._font_css(a.font_name, a.font_size, a.bold, a.italic)}")
        p.append(f'<div style="{style}">')
        # the lines depend on the resolved attributes, the box size and the text only:
        # reports print the same values in the same boxes again and again
        key = (id(a), el.width, el.height, el.text, el.truncate_index, el.truncate_suffix)
        inner = self.text_lines.get(key)
        if inner is None:
            start = len(p)
            tb = text_box(self.doc, el)
            if tb is not None:
                turns = rotation_turns(a.rotation)
                if turns:
                    transform = {1: f"translate({el.width}px,0) rotate(90deg)",
                                 2: f"translate({el.width}px,{el.height}px) rotate(180deg)",
                                 3: f"translate(0,{el.height}px) rotate(-90deg)"}[turns]
                    p.append(f'<div style="left:0;top:0;width:{tb.width}px;height:{tb.height}px;'
                             f'transform-origin:0 0;transform:{transform}">')
                self._lines(tb)
                if turns:
                    p.append("</div>")
            inner = "".join(p[start:])
            del p[start:]
            if len(self.text_lines) >= 50_000:
                self.text_lines.clear()
            self.text_lines[key] = inner
        p.append(inner)
        p.append("</div>")
        self._close_link(opened, el)
        p.append("\n")
        self._borders(el, a.box)

    def _lines(self, tb: TextBox) -> None:
        p = self.parts
        a = tb.attributes
        # text decorations do not reach positioned boxes: each line carries them
        deco = " ".join(d for d, on in (("underline", a.underline), ("line-through", a.strike_through)) if on)
        deco_css = f";text-decoration:{deco}" if deco else ""
        align = a.horizontal_text_alignment
        factor = align_factor(align)
        css_align = {HorizontalTextAlign.CENTER: "center", HorizontalTextAlign.RIGHT: "right"}.get(align)
        right = tb.line_right
        top0 = tb.top + tb.y_offset
        lines = tb.layout.lines
        if not lines:
            # the text does not fit where the filler put it (measured differently): shown
            # on one line at the top rather than lost
            p.append(f'<div class="l" style="left:{tb.left}px;top:{tb.top}px;width:{_n(max(0.0, right - tb.left))}px'
                     f'{deco_css}">{self._runs(tb, 0, len(tb.text))}</div>')
        blocks = list_blocks(tb.styled) if tb.styled is not None else None
        for line in lines:
            height = line.ascent + line.descent
            top = top0 + line.baseline - line.ascent
            segs = line.segments
            common = f"top:{_n(top)}px;height:{_n(height)}px;line-height:{_n(height)}px{deco_css}"
            indent = 0
            if blocks:
                # list items: the block's indent, and the item's bullet before its first line
                indent = next((i for s, e, i in blocks if s <= line.start < e), 0)
                at_start = tb.styled.style_at(line.start) if tb.styled is not None else None
                levels = at_start.lists if at_start is not None else ()
                first = segs[0].left_x if segs else float(tb.left)
                if at_start is not None and levels and levels[-1].item_start == line.start \
                        and not levels[-1].no_bullet and indent:
                    run_css = self._run_css(at_start, a)
                    p.append(f'<div class="l" style="left:{_n(first + indent - LIST_INDENT)}px;'
                             f'width:{LIST_INDENT}px;{common};text-align:right;padding-right:1em">'
                             f'<span style="{run_css}">{_esc(bullet_text(levels[-1]))}</span></div>')
            if len(segs) <= 1:
                left = (segs[0].left_x if segs else float(tb.left)) + indent
                style = f"left:{_n(left)}px;width:{_n(max(0.0, right - left))}px;{common}"
                if css_align:
                    style += f";text-align:{css_align}"
                elif align is HorizontalTextAlign.JUSTIFIED and line.wrapped:
                    style += ";text-align:justify;text-align-last:justify;white-space:pre-wrap"
                p.append(f'<div class="l" style="{style}">{self._runs(tb, line.start, line.end)}</div>')
            else:
                shift = (right - segs[-1].right_x - indent) * factor
                for seg in segs:
                    if seg.end <= seg.start:
                        continue
                    p.append(f'<div class="l" style="left:{_n(seg.left_x + indent + shift)}px;{common}">'
                             f'{self._runs(tb, seg.start, seg.end)}</div>')

    def _runs(self, tb: TextBox, start: int, end: int) -> str:
        text = tb.text
        # trailing white space takes no room in JasperReports' alignment
        while end > start and text[end - 1].isspace():
            end -= 1
        piece = text[start:end]
        if tb.styled is None:
            return _esc(piece.replace("\t", " "))
        out = []
        a = tb.attributes
        for run in tb.styled.runs:
            s, e = max(run.start, start), min(run.end, end)
            if s >= e:
                continue
            chunk = _esc(text[s:e].replace("\t", " "))
            if not chunk:
                continue
            css = self._run_css(run.style, a)
            if css:
                chunk = f'<span style="{css}">{chunk}</span>'
            link = run.style.link
            if link is not None and link.reference:
                target = _TARGETS.get(link.target or "")
                chunk = (f'<a href="{_esc(link.reference)}"' + (f' target="{target}"' if target else "")
                         + f">{chunk}</a>")
            out.append(chunk)
        return "".join(out)

    def _run_css(self, s: RunStyle, a: Any) -> str:
        css = []
        name = s.font_name or a.font_name
        size = a.font_size if s.size is None else s.size
        bold = a.bold if s.bold is None else s.bold
        italic = a.italic if s.italic is None else s.italic
        if (name, size, bold, italic) != (a.font_name, a.font_size, a.bold, a.italic):
            css.append(self._font_css(name, size, bold, italic))
            if not bold and a.bold:
                css.append("font-weight:normal")
            if not italic and a.italic:
                css.append("font-style:normal")
        deco = []
        if s.underline or (s.underline is None and a.underline):
            deco.append("underline")
        if s.strike_through or (s.strike_through is None and a.strike_through):
            deco.append("line-through")
        if (s.underline is not None or s.strike_through is not None):
            css.append(f"text-decoration:{' '.join(deco) or 'none'}")
        if s.forecolor:
            css.append(f"color:{s.forecolor}")
        if s.backcolor:
            css.append(f"background:{s.backcolor}")
        if s.script:
            css.append(f"vertical-align:{s.script};font-size:{_n(size * 2 / 3)}px")
        return ";".join(css)


def export_html(document: Document, out: BinaryIO, pages: list[int], **options: Any) -> None:
    """Write the pages ``pages`` of ``document`` as one HTML file (see the module docstring)."""
    _Writer(document, out, dict(options)).write(pages)


register_exporter("html", export_html)
