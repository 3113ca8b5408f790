"""DOCX export (Word, LibreOffice): every page a table on JasperReports' grid.

As JasperReports' DOCX exporter does, each page is cut into rows and columns at the edges
of its elements (:mod:`jrxmlpy.export.grid`) and written as one fixed-layout table whose
columns and rows have the cut sizes (rows of exact height).  An element is a cell spanning
its columns (``gridSpan``) and rows (``vMerge``); a frame is a cell holding a nested table
of its own grid (``net.sf.jasperreports.export.docx.frames.as.nested.tables``, default
true; false flattens frames into the page grid).  The document is one Word section with
the report's page size and margins (the bottom margin less 18 pt, as JasperReports leaves
room for Word's closing paragraph); every page after the first starts with a page break.
A book report's part of another page format starts a new section.  Each page's table
starts with an empty row holding the page's bookmark
(``JR_PAGE_ANCHOR_0_<n>``, what local page links point to) and the page break.

Texts are paragraphs with the element's font, size, colour, bold/italic/underline/strike,
alignment, line spacing, indents and tab stops, styled text as runs, new lines as breaks;
paddings are cell margins, borders cell borders, an opaque background cell shading,
vertical alignment the cell's, rotation the cell's text direction.  Images are inline
pictures scaled as their scale mode says; rectangles and ellipses are shaded, bordered
cells, lines a border of their cell.  Hyperlinks become Word hyperlinks (anchors are
bookmarks).  The result is ordinary, editable Word tables.

The package (styles, settings, content types, image and link relationships) is made
with python-docx; the page tables are written as WordprocessingML text and parsed once,
which is much faster than building them cell by cell through python-docx's objects.

Options: ``frames_as_nested_tables`` (bool, default from the report property, else True).
"""

from __future__ import annotations

import io
import zipfile
from typing import Any, BinaryIO

from ..design.enums import (
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
from ..document import (
    Document,
    PrintElement,
    PrintEllipse,
    PrintFrame,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintText,
)
from ..errors import ExportError
from ..styling import ResolvedPen
from . import register_exporter
from .grid import CellKind, ExporterNature, GridCell, GridLayout, LayoutMemo, element_filter, property_true
from .html import PAGE_ANCHOR
from .text import bulleted, displayed_text

__all__ = ["export_docx", "docx_nature"]

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"

PREFIX = "net.sf.jasperreports.export.docx."
EMPTY_STYLE = "EMPTY_CELL_STYLE"
_EMPTY_CELL = f'<w:tc><w:tcPr></w:tcPr><w:p><w:pPr><w:pStyle w:val="{EMPTY_STYLE}"/></w:pPr></w:p></w:tc>'
_EMU = 12700  # per point

_BORDER = {LineStyle.DASHED: "dashed", LineStyle.DOTTED: "dotted", LineStyle.DOUBLE: "double"}
_JC = {HorizontalTextAlign.CENTER: "center", HorizontalTextAlign.RIGHT: "right",
       HorizontalTextAlign.JUSTIFIED: "both"}
_VALIGN = {VerticalTextAlign.MIDDLE: "center", VerticalTextAlign.BOTTOM: "bottom"}


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xml_text(text: str) -> str:
    """Text without the characters XML 1.0 cannot hold."""
    if text.isprintable() or all(ord(c) >= 32 or c in "\t\n\r" for c in text):
        return _esc(text)
    return _esc("".join(c for c in text if ord(c) >= 32 or c in "\t\n\r"))


def _tw(points: float) -> int:
    """Twentieths of a point (Word's twips)."""
    return int(round(points * 20))


def docx_nature(document: Document, nested_frames: bool = True) -> ExporterNature:
    """What JasperReports' DOCX exporter keeps of a page: texts, images, graphics and frames
    (frames as nested tables unless told otherwise), with the DOCX element filters."""
    return ExporterNature(
        "docx",
        kinds=(PrintText, PrintImage, PrintFrame, PrintRectangle, PrintLine, PrintEllipse),
        keep=element_filter(document, PREFIX),
        deep=not nested_frames,
        span_cells=True,
    )


class _Writer:
    def __init__(self, document: Document, options: dict[str, Any]):
        import docx  # python-docx

        self.document = document
        nested = options.pop("frames_as_nested_tables", None)
        if options:
            raise ExportError(f"unknown DOCX export option(s): {', '.join(sorted(options))}")
        if nested is None:
            value = document.properties.get(PREFIX + "frames.as.nested.tables")
            nested = True if value is None else property_true(value)
        self.nature = docx_nature(document, bool(nested))
        self.docx = docx.Document()
        self.part = self.docx.part
        self.bookmark_id = 0
        self.links: dict[str, str] = {}
        self.images: dict[int, tuple[str, int, int]] = {}
        self.drawing_id = 0
        self.merged: dict[int, str] = {}
        self.in_link = False
        self.cell_props: dict[tuple, str] = {}
        self.cell_merged: dict[str, str] = {}
        self.paragraph_props: dict[int, str] = {}
        self.run_props: dict[tuple, str] = {}
        self.out: list[str] = []

    # -- package -------------------------------------------------------------------------

    def _styles(self) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.shared import Pt

        styles = self.docx.styles
        normal = styles["Normal"]
        normal.paragraph_format.space_before = Pt(0)
        normal.paragraph_format.space_after = Pt(0)
        normal.paragraph_format.line_spacing = 1.0
        empty = styles.add_style(EMPTY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        empty.base_style = normal
        empty.font.size = Pt(0.5)

    def _page_format(self, index: int) -> tuple[int, int, int, int, int, int]:
        """Width, height and left/top/right/bottom margins of page ``index`` (its part's
        format in a book report)."""
        doc = self.document
        part = doc.part_at(index)

        def pick(name: str) -> int:
            value = getattr(part, name, None) if part is not None else None
            return int((value if value is not None else getattr(doc, name)) or 0)

        return (pick("page_width"), pick("page_height"), pick("left_margin"), pick("top_margin"),
                pick("right_margin"), pick("bottom_margin"))

    @staticmethod
    def _sect_pr(fmt: tuple[int, int, int, int, int, int]) -> str:
        """Section properties of a page format (the bottom margin less 18 pt, as
        JasperReports leaves room for Word's closing paragraph)."""
        w, h, left, top, right, bottom = fmt
        orient = ' w:orient="landscape"' if w > h else ""
        return (f'<w:sectPr><w:pgSz w:w="{_tw(w)}" w:h="{_tw(h)}"{orient}/>'
                f'<w:pgMar w:top="{_tw(top)}" w:right="{_tw(right)}" w:bottom="{max(0, _tw(bottom) - 360)}" '
                f'w:left="{_tw(left)}" w:header="0" w:footer="0" w:gutter="0"/><w:docGrid w:linePitch="360"/>'
                "</w:sectPr>")

    def write(self, pages: list[int], out: BinaryIO) -> None:
        self._styles()
        doc = self.document
        current = None
        memo = LayoutMemo(doc, self.nature)  # pages of one geometry share their grid
        for n, index in enumerate(pages):
            fmt = self._page_format(index)
            new_section = current is not None and fmt != current
            if new_section:
                # a page of another format (a book's part) starts a section of its own
                assert current is not None
                self.out.append(f"<w:p><w:pPr><w:pStyle w:val=\"{EMPTY_STYLE}\"/>{self._sect_pr(current)}"
                                "</w:pPr></w:p>")
            current = fmt
            width, height, lm, tm, rm, bm = fmt
            layout = memo.layout_page(doc.pages[index].elements, width=width - lm - rm, height=height - tm - bm,
                                      offset_x=-lm, offset_y=-tm)
            self._table(layout, first_row=(index + 1, n > 0 and not new_section))
        final = self._sect_pr(current or self._page_format(0)).encode("utf-8")
        # python-docx writes the package (styles, settings, image and link relationships);
        # the page tables go into its document part as text, before the section properties
        package = io.BytesIO()
        self.docx.save(package)
        package.seek(0)
        body = "".join(self.out).encode("utf-8")
        with zipfile.ZipFile(package) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                                  compresslevel=1) as target:
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename == "word/document.xml":
                    at = data.rindex(b"<w:sectPr")
                    end = data.index(b"</w:sectPr>", at) + len(b"</w:sectPr>")
                    data = data[:at] + body + final + data[end:]
                target.writestr(info.filename, data)

    def _resolved(self, el: PrintElement) -> Any:
        """The element's resolved attributes (elements alike share one object, so the caches
        of written properties key on identity; the document keeps the objects alive)."""
        return self.document.resolved(el)

    # -- tables --------------------------------------------------------------------------

    def _table(self, layout: GridLayout, first_row: tuple[int, bool] | None = None) -> None:
        o = self.out
        xs = layout.x_cuts
        cols = len(xs) - 1
        if cols <= 0:
            if first_row is not None:
                self._anchor_paragraph(*first_row)
            return
        o.append("<w:tbl><w:tblPr>")
        if xs.offsets[0] < 0 and first_row is not None:
            o.append(f'<w:tblInd w:w="{_tw(xs.offsets[0])}" w:type="dxa"/>')
        o.append('<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
                 "</w:tblPr><w:tblGrid>")
        for c in range(cols):
            o.append(f'<w:gridCol w:w="{max(1, _tw(xs.size(c)))}"/>')
        o.append("</w:tblGrid>")
        if first_row is not None:
            page, page_break = first_row
            o.append('<w:tr><w:trPr><w:trHeight w:hRule="exact" w:val="0"/></w:trPr><w:tc><w:tcPr>')
            if cols > 1:
                o.append(f'<w:gridSpan w:val="{cols}"/>')
            o.append("</w:tcPr>")
            self._anchor_paragraph(page, page_break)
            o.append("</w:tc></w:tr>")
        ys = layout.y_cuts
        x_index = xs.index
        y_index = ys.index
        for r, row in enumerate(layout.grid):
            o.append(f'<w:tr><w:trPr><w:trHeight w:hRule="exact" w:val="{_tw(ys.size(r))}"/></w:trPr>')
            c = 0
            while c < cols:
                cell = row[c]
                if cell is None:
                    o.append(_EMPTY_CELL)
                    c += 1
                elif cell.kind is CellKind.EMPTY:
                    self._empty_cell(cell)
                    c += 1
                elif cell.kind is CellKind.OCCUPIED:
                    owner = cell.owner
                    assert owner is not None
                    span = owner.col_span
                    if y_index(owner.y) != r and x_index(owner.x) == c:
                        o.append("<w:tc><w:tcPr>")
                        if span > 1:
                            o.append(f'<w:gridSpan w:val="{span}"/>')
                        o.append(f'<w:vMerge/>{self.merged.get(id(owner), "")}</w:tcPr>'
                                 f'<w:p><w:pPr><w:pStyle w:val="{EMPTY_STYLE}"/></w:pPr></w:p></w:tc>')
                        c += span
                    else:
                        # covered by an element starting further left in this row: written by its span
                        c += 1
                else:
                    self._element_cell(cell)
                    c += cell.col_span
            o.append("</w:tr>")
        o.append("</w:tbl>")

    def _anchor_paragraph(self, page: int, page_break: bool) -> None:
        self.bookmark_id += 1
        b = self.bookmark_id
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{EMPTY_STYLE}"/>'
                        + ("<w:pageBreakBefore/>" if page_break else "")
                        + f'</w:pPr><w:bookmarkStart w:id="{b}" w:name="{PAGE_ANCHOR}{page}"/>'
                        f'<w:bookmarkEnd w:id="{b}"/></w:p>')

    def _empty_cell(self, cell: GridCell | None) -> None:
        o = self.out
        o.append("<w:tc><w:tcPr>")
        if cell is not None:
            if cell.borders is not None:
                o.append(self._borders_xml(cell.borders.top, cell.borders.left, cell.borders.bottom,
                                           cell.borders.right))
            if cell.backcolor is not None:
                o.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.backcolor.hex[1:]}"/>')
        o.append(f'</w:tcPr><w:p><w:pPr><w:pStyle w:val="{EMPTY_STYLE}"/></w:pPr></w:p></w:tc>')

    @staticmethod
    def _borders_xml(top: ResolvedPen | None, left: ResolvedPen | None, bottom: ResolvedPen | None,
                     right: ResolvedPen | None) -> str:
        sides = [(n, p) for n, p in (("top", top), ("left", left), ("bottom", bottom), ("right", right))
                 if p is not None and p.line_width > 0]
        if not sides:
            return ""
        return "<w:tcBorders>" + "".join(
            f'<w:{name} w:val="{_BORDER.get(pen.line_style, "single")}" '
            f'w:sz="{max(2, int(round(pen.line_width * 8)))}" w:space="0" w:color="{pen.line_color.hex[1:]}"/>'
            for name, pen in sides) + "</w:tcBorders>"

    def _cell_props(self, pens: tuple[Any, Any, Any, Any] | None, backcolor: Any | None, box: Any | None,
                    valign: str | None, direction: str | None) -> str:
        """The cell properties after the spans (cached: cells repeat the same few)."""
        # identity keys: the values belong to the canonical resolved attributes (alive
        # for the whole export); hashing them by value costs more than building the text
        key = (*(map(id, pens) if pens is not None else ()), id(backcolor), id(box), valign, direction)
        hit = self.cell_props.get(key)
        if hit is not None:
            return hit
        parts = []
        if pens is not None:
            parts.append(self._borders_xml(*pens))
        if backcolor is not None:
            parts.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{backcolor.hex[1:]}"/>')
        merged = "".join(parts)
        if box is not None:
            parts.append(f'<w:tcMar><w:top w:w="{_tw(box.top_padding)}" w:type="dxa"/>'
                         f'<w:left w:w="{_tw(box.left_padding)}" w:type="dxa"/>'
                         f'<w:bottom w:w="{_tw(box.bottom_padding)}" w:type="dxa"/>'
                         f'<w:right w:w="{_tw(box.right_padding)}" w:type="dxa"/></w:tcMar>')
        if direction:
            parts.append(f'<w:textDirection w:val="{direction}"/>')
        if valign:
            parts.append(f'<w:vAlign w:val="{valign}"/>')
        hit = self.cell_props[key] = "".join(parts)
        self.cell_merged[hit] = merged
        return hit

    def _cell_open(self, cell: GridCell, backcolor: Any | None, box: Any | None,
                   valign: str | None = None, direction: str | None = None,
                   pens: tuple[Any, Any, Any, Any] | None = None) -> None:
        o = self.out
        o.append("<w:tc><w:tcPr>")
        if cell.col_span > 1:
            o.append(f'<w:gridSpan w:val="{cell.col_span}"/>')
        if cell.row_span > 1:
            o.append('<w:vMerge w:val="restart"/>')
        if pens is None and box is not None:
            pens = (box.top_pen, box.left_pen, box.bottom_pen, box.right_pen)
        if cell.borders is not None:
            b = cell.borders
            own = pens or (None, None, None, None)
            pens = (b.top or own[0], b.left or own[1], b.bottom or own[2], b.right or own[3])
        props = self._cell_props(pens, backcolor if backcolor is not None else cell.backcolor, box, valign, direction)
        o.append(props)
        if cell.row_span > 1:
            # the cells merged below repeat the borders and shading (Word and LibreOffice
            # draw each merged cell's own)
            self.merged[id(cell)] = self.cell_merged[props]
        o.append("</w:tcPr>")

    def _element_cell(self, cell: GridCell) -> None:
        el = cell.element
        assert el is not None
        if isinstance(el, PrintText):
            self._text_cell(cell, el)
        elif isinstance(el, PrintFrame):
            self._frame_cell(cell, el)
        elif isinstance(el, PrintImage):
            self._image_cell(cell, el)
        elif isinstance(el, PrintLine):
            self._line_cell(cell, el)
        else:
            self._shape_cell(cell, el)

    def _close_empty(self) -> None:
        self.out.append(f'<w:p><w:pPr><w:pStyle w:val="{EMPTY_STYLE}"/></w:pPr></w:p></w:tc>')

    def _frame_cell(self, cell: GridCell, el: PrintFrame) -> None:
        a = self._resolved(el)
        self._cell_open(cell, a.backcolor if a.mode is Mode.OPAQUE else None, a.box)
        if cell.layout is not None:
            self._table(cell.layout)
        self._close_empty()

    def _shape_cell(self, cell: GridCell, el: PrintElement) -> None:
        a = self._resolved(el)
        pen = a.pen
        self._cell_open(cell, a.backcolor if a.mode is Mode.OPAQUE else None, None, pens=(pen, pen, pen, pen))
        self._close_empty()

    def _line_cell(self, cell: GridCell, el: PrintLine) -> None:
        pen = self._resolved(el).pen
        if el.width == 1 and el.height != 1:
            pens = (None, pen, None, None)
        elif el.height == 1 or el.width >= el.height:
            pens = (pen, None, None, None)
        else:
            pens = (None, pen, None, None)
        self._cell_open(cell, None, None, pens=pens)
        self._close_empty()

    # -- text ----------------------------------------------------------------------------

    def _text_cell(self, cell: GridCell, el: PrintText) -> None:
        a = self._resolved(el)
        direction = {Rotation.LEFT: "btLr", Rotation.RIGHT: "tbRl"}.get(a.rotation)
        self._cell_open(cell, a.backcolor if a.mode is Mode.OPAQUE else None, a.box,
                        _VALIGN.get(a.vertical_text_alignment, "top"), direction)
        o = self.out
        ppr = self.paragraph_props.get(id(a))
        if ppr is None:
            ppr = self.paragraph_props[id(a)] = self._paragraph_props(a)
        o.append(ppr)
        if el.anchor_name:
            self.bookmark_id += 1
            o.append(f'<w:bookmarkStart w:id="{self.bookmark_id}" w:name="{_esc(el.anchor_name)}"/>'
                     f'<w:bookmarkEnd w:id="{self.bookmark_id}"/>')
        text, styled = displayed_text(el, a.markup)
        link = self._link_open(el.hyperlink)
        self.in_link = link
        if styled is not None:
            styled = bulleted(styled)
            for run in styled.runs:
                self._run(styled.text[run.start:run.end], a, run.style)
        elif text:
            self._run(text, a, None)
        if link:
            o.append("</w:hyperlink>")
        o.append("</w:p></w:tc>")

    @staticmethod
    def _paragraph_props(a: Any) -> str:
        o = ["<w:p><w:pPr>"]
        p = a.paragraph
        if p.tab_stops:
            o.append("<w:tabs>")
            for ts in p.tab_stops:
                val = {"Center": "center", "Right": "right"}.get(ts.alignment.value, "left")
                o.append(f'<w:tab w:val="{val}" w:pos="{_tw(ts.position)}"/>')
            o.append("</w:tabs>")
        spacing = f'<w:spacing w:before="{_tw(p.spacing_before)}" w:after="{_tw(p.spacing_after)}"'
        ls = p.line_spacing
        if ls is LineSpacing.ONE_AND_HALF:
            spacing += ' w:line="360" w:lineRule="auto"'
        elif ls is LineSpacing.DOUBLE:
            spacing += ' w:line="480" w:lineRule="auto"'
        elif ls is LineSpacing.PROPORTIONAL:
            spacing += f' w:line="{int(round(p.line_spacing_size * 240))}" w:lineRule="auto"'
        elif ls is LineSpacing.AT_LEAST:
            spacing += f' w:line="{_tw(p.line_spacing_size)}" w:lineRule="atLeast"'
        elif ls is LineSpacing.FIXED:
            spacing += f' w:line="{_tw(p.line_spacing_size)}" w:lineRule="exact"'
        else:
            spacing += ' w:line="240" w:lineRule="auto"'
        o.append(spacing + "/>")
        if p.left_indent or p.right_indent or p.first_line_indent:
            o.append(f'<w:ind w:left="{_tw(p.left_indent)}" w:right="{_tw(p.right_indent)}" '
                     f'w:firstLine="{_tw(p.first_line_indent)}"/>')
        jc = _JC.get(a.horizontal_text_alignment)
        if jc:
            o.append(f'<w:jc w:val="{jc}"/>')
        o.append("</w:pPr>")
        return "".join(o)

    def _run(self, text: str, a: Any, style: Any | None) -> None:
        key = (id(a), style)
        rpr = self.run_props.get(key)
        if rpr is None:
            rpr = self.run_props[key] = self._run_props(a, style)
        o = self.out
        link = style.link if style is not None else None
        # (Word has no links inside links: a run's link gives way to the element's)
        opened = (link is not None and not self.in_link and bool(link.reference)
                  and self._link_open_url(link.reference))
        if "\n" in text or "\t" in text:
            pieces = []
            for i, line in enumerate(text.split("\n")):
                if i:
                    pieces.append("<w:br/>")
                for j, part in enumerate(line.split("\t")):
                    if j:
                        pieces.append("<w:tab/>")
                    if part:
                        pieces.append(f'<w:t xml:space="preserve">{_xml_text(part)}</w:t>')
            o.append(f"<w:r>{rpr}{''.join(pieces)}</w:r>")
        else:
            o.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_xml_text(text)}</w:t></w:r>')
        if opened:
            o.append("</w:hyperlink>")

    @staticmethod
    def _run_props(a: Any, style: Any | None) -> str:
        name, size, bold, italic = a.font_name, a.font_size, a.bold, a.italic
        underline, strike, color, back = a.underline, a.strike_through, a.forecolor.hex[1:], None
        script = None
        if style is not None:
            name = style.font_name or name
            size = size if style.size is None else style.size
            bold = bold if style.bold is None else style.bold
            italic = italic if style.italic is None else style.italic
            underline = underline if style.underline is None else style.underline
            strike = strike if style.strike_through is None else style.strike_through
            if style.forecolor:
                color = style.forecolor[1:]
            if style.backcolor:
                back = style.backcolor[1:]
            script = style.script
        from .text import resolved_font

        family = _esc(resolved_font(name, bold, italic).family)
        props = [f'<w:rFonts w:ascii="{family}" w:hAnsi="{family}" w:eastAsia="{family}" w:cs="{family}"/>']
        if bold:
            props.append("<w:b/>")
        if italic:
            props.append("<w:i/>")
        if strike:
            props.append("<w:strike/>")
        props.append(f'<w:color w:val="{color}"/>')
        props.append(f'<w:sz w:val="{int(round(size * 2))}"/>')
        if underline:
            props.append('<w:u w:val="single"/>')
        if back:
            props.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{back}"/>')
        if script:
            props.append(f'<w:vertAlign w:val="{"superscript" if script == "super" else "subscript"}"/>')
        return "<w:rPr>" + "".join(props) + "</w:rPr>"

    def _link_open(self, link: Any) -> bool:
        if link is None or link.link_type in (None, "None"):
            return False
        kind = link.link_type
        if kind == "LocalAnchor" and link.anchor:
            self.out.append(f'<w:hyperlink w:anchor="{_esc(link.anchor)}">')
            return True
        if kind == "LocalPage" and link.page is not None:
            self.out.append(f'<w:hyperlink w:anchor="{PAGE_ANCHOR}{link.page}">')
            return True
        from .html import hyperlink_href

        href = hyperlink_href(link)
        return href is not None and href != "" and self._link_open_url(href)

    def _link_open_url(self, url: str) -> bool:
        from docx.opc.constants import RELATIONSHIP_TYPE as RT

        rid = self.links.get(url)
        if rid is None:
            rid = self.links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        self.out.append(f'<w:hyperlink r:id="{rid}">')
        return True

    # -- images --------------------------------------------------------------------------

    def _image_cell(self, cell: GridCell, el: PrintImage) -> None:
        a = self._resolved(el)
        box = a.box
        h = {HorizontalImageAlign.CENTER: "center", HorizontalImageAlign.RIGHT: "right"}.get(
            a.horizontal_image_alignment)
        v = {VerticalImageAlign.MIDDLE: "center", VerticalImageAlign.BOTTOM: "bottom"}.get(
            a.vertical_image_alignment, "top")
        self._cell_open(cell, a.backcolor if a.mode is Mode.OPAQUE else None, box, v)
        o = self.out
        o.append('<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
                 + (f'<w:jc w:val="{h}"/>' if h else "") + "</w:pPr>")
        picture = self._picture(el)
        if picture is not None:
            rid, px_w, px_h = picture
            avail_w = max(1, el.width - box.left_padding - box.right_padding)
            avail_h = max(1, el.height - box.top_padding - box.bottom_padding)
            scale = a.scale_image
            if scale is ScaleImage.FILL_FRAME:
                w, hgt = avail_w, avail_h
            elif scale is ScaleImage.CLIP:
                w, hgt = min(px_w, avail_w), min(px_h, avail_h)
            else:
                ratio = min(avail_w / px_w, avail_h / px_h)
                w, hgt = px_w * ratio, px_h * ratio
            link = self._link_open(el.hyperlink)
            self.drawing_id += 1
            d = self.drawing_id
            cx, cy = int(w * _EMU), int(hgt * _EMU)
            o.append(
                f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
                f'<wp:extent cx="{cx}" cy="{cy}"/><wp:docPr id="{d}" name="Picture {d}"/>'
                f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_PIC}">'
                f'<pic:pic xmlns:pic="{_PIC}"><pic:nvPicPr><pic:cNvPr id="{d}" name="image{d}"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
                "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
            if link:
                o.append("</w:hyperlink>")
        o.append("</w:p></w:tc>")

    def _picture(self, el: PrintImage) -> tuple[str, int, int] | None:
        data = el.data
        if not data or el.format not in ("png", "jpeg", "gif", "bmp", "tiff"):
            return None
        key = hash(data)
        hit = self.images.get(key)
        if hit is None:
            from PIL import Image

            try:
                with Image.open(io.BytesIO(data)) as img:
                    px_w, px_h = img.size
                rid, _ = self.part.get_or_add_image(io.BytesIO(data))
            except Exception:  # an image Word cannot hold is left out of its cell
                return None
            hit = self.images[key] = (rid, max(1, px_w), max(1, px_h))
        return hit


def export_docx(document: Document, out: BinaryIO, pages: list[int], **options: Any) -> None:
    """Write the pages ``pages`` of ``document`` as a Word document (see the module docstring)."""
    _Writer(document, dict(options)).write(pages, out)


register_exporter("docx", export_docx)
