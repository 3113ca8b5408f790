"""A small, fast SpreadsheetML (XLSX) package writer for :mod:`.xlsx`.

It writes what the XLSX exporter needs and nothing more: sheets of rows of cells (inline
strings, numbers, booleans, dates as serial numbers), one style per distinct look (font,
solid fill, borders, alignment, number format), column widths, row heights, merged
ranges, frozen panes, auto filters, hidden grid lines, external hyperlinks and pictures
anchored at a cell.  Cells are turned into XML text as they are added, so a sheet costs
a few string operations per cell (a general library such as openpyxl builds an object
and an XML element per cell, several times slower on long reports).
"""

from __future__ import annotations

import datetime as _dt
import re
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

__all__ = ["Package", "Sheet", "StyleKey", "Formula", "column_name"]


class Formula(str):
    """A cell value that is a formula (without the leading ``=``)."""

    __slots__ = ()

#: ``(font, fill, borders, alignment, number_format)`` — font: ``(name, size, bold, italic,
#: underline, strike, "AARRGGBB")``; fill: ``"AARRGGBB"``; borders: ``(left, right, top,
#: bottom)`` each ``(style, "AARRGGBB")`` or None; alignment: ``(horizontal, vertical,
#: wrap, rotation)``; any part None for the default.
StyleKey = tuple

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_EPOCH = _dt.datetime(1899, 12, 30)
_COLUMN_NAMES: list[str] = []


def column_name(index: int) -> str:
    """The column name of 0-based ``index`` (``A``, ..., ``Z``, ``AA`` ...)."""
    while len(_COLUMN_NAMES) <= index:
        n = len(_COLUMN_NAMES) + 1
        name = ""
        while n:
            n, rest = divmod(n - 1, 26)
            name = chr(65 + rest) + name
        _COLUMN_NAMES.append(name)
    return _COLUMN_NAMES[index]


def _esc(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if _INVALID_XML.search(text):
        text = _INVALID_XML.sub("", text)
    return text


def _attr(text: str) -> str:
    return _esc(text).replace('"', "&quot;")


def _num(value: float) -> str:
    if isinstance(value, int):
        return str(value)
    text = repr(float(value))
    return text[:-2] if text.endswith(".0") else text


def excel_serial(value: _dt.date | _dt.datetime | _dt.time) -> float:
    """Excel's serial number of a date/time (days since 1899-12-30)."""
    if isinstance(value, _dt.datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
        return delta.days + delta.seconds / 86400 + delta.microseconds / 86400e6
    if isinstance(value, _dt.date):
        return float((value - _EPOCH.date()).days)
    return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400


@dataclass(slots=True)
class _Picture:
    col: int
    row: int
    width_emu: int
    height_emu: int
    data: bytes
    ext: str
    col_off: int = 0
    row_off: int = 0


@dataclass(slots=True)
class Sheet:
    """A sheet being written; rows must be added in order (:meth:`add_row`)."""

    name: str
    package: Package
    column_widths: list[float] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    links: list[tuple[str, str, str | None]] = field(default_factory=list)
    pictures: list[_Picture] = field(default_factory=list)
    freeze: tuple[int, int] | None = None  # (rows, columns) frozen
    auto_filter: str | None = None
    show_grid_lines: bool = True
    row_count: int = 0
    max_col: int = 0

    def add_row(self, cells: list[tuple[int, object, int]], height: float | None = None) -> int:
        """Append a row of ``(column, value, style)`` cells (columns 0-based, ascending;
        value None for a styled empty cell); returns its 1-based row number."""
        self.row_count += 1
        r = self.row_count
        parts = [f'<row r="{r}"' + (f' ht="{_num(height)}" customHeight="1">' if height is not None else ">")]
        date_style = self.package.date_style
        for col, value, style in cells:
            ref = column_name(col) + str(r)
            s = f' s="{style}"' if style else ""
            if value is None:
                parts.append(f'<c r="{ref}"{s}/>')
            elif isinstance(value, Formula):
                parts.append(f'<c r="{ref}"{s}><f>{_esc(value)}</f></c>')
            elif isinstance(value, str):
                parts.append(f'<c r="{ref}"{s} t="inlineStr"><is><t xml:space="preserve">{_esc(value)}</t></is></c>')
            elif isinstance(value, bool):
                parts.append(f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, (int, float)):
                parts.append(f'<c r="{ref}"{s}><v>{_num(value)}</v></c>')
            elif isinstance(value, (_dt.date, _dt.time)):
                if not style:
                    s = f' s="{date_style(value)}"'
                parts.append(f'<c r="{ref}"{s}><v>{_num(excel_serial(value))}</v></c>')
            else:
                parts.append(f'<c r="{ref}"{s}><v>{_num(float(value))}</v></c>')  # type: ignore[arg-type]
            if col >= self.max_col:
                self.max_col = col + 1
        parts.append("</row>")
        self.rows.append("".join(parts))
        return r

    def merge(self, col1: int, row1: int, col2: int, row2: int) -> None:
        """Merge the cells between two corners (0-based columns, 1-based rows)."""
        self.merged.append(f"{column_name(col1)}{row1}:{column_name(col2)}{row2}")

    def link(self, col: int, row: int, target: str, tooltip: str | None = None) -> None:
        self.links.append((f"{column_name(col)}{row}", target, tooltip))

    def picture(self, col: int, row: int, width_pt: float, height_pt: float, data: bytes, ext: str,
                dx_pt: float = 0, dy_pt: float = 0) -> None:
        """An image over the sheet, its top-left corner at a cell (moved by ``dx_pt``,
        ``dy_pt`` points), its size in points."""
        self.pictures.append(_Picture(col, row - 1, int(width_pt * 12700), int(height_pt * 12700), data, ext,
                                      int(dx_pt * 12700), int(dy_pt * 12700)))

    # -- xml ------------------------------------------------------------------------------

    def _xml(self, drawing_rel: str | None, link_rels: list[str]) -> str:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">']
        last = f"{column_name(max(self.max_col, 1) - 1)}{max(self.row_count, 1)}"
        out.append(f'<dimension ref="A1:{last}"/>')
        view = '<sheetView workbookViewId="0"' + ("" if self.show_grid_lines else ' showGridLines="0"')
        if self.freeze and (self.freeze[0] or self.freeze[1]):
            rows, cols = self.freeze
            pane = "bottomRight" if rows and cols else ("bottomLeft" if rows else "topRight")
            split = (f' xSplit="{cols}"' if cols else "") + (f' ySplit="{rows}"' if rows else "")
            out.append(f'<sheetViews>{view}><pane{split} topLeftCell="{column_name(cols)}{rows + 1}" '
                       f'activePane="{pane}" state="frozen"/><selection pane="{pane}"/></sheetView></sheetViews>')
        else:
            out.append(f"<sheetViews>{view}/></sheetViews>")
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self.column_widths:
            out.append("<cols>")
            for i, w in enumerate(self.column_widths):
                out.append(f'<col min="{i + 1}" max="{i + 1}" width="{_num(round(w, 6))}" customWidth="1"/>')
            out.append("</cols>")
        out.append("<sheetData>")
        out.extend(self.rows)
        out.append("</sheetData>")
        if self.auto_filter:
            out.append(f'<autoFilter ref="{self.auto_filter}"/>')
        if self.merged:
            out.append(f'<mergeCells count="{len(self.merged)}">')
            out.extend(f'<mergeCell ref="{m}"/>' for m in self.merged)
            out.append("</mergeCells>")
        if self.links:
            out.append("<hyperlinks>")
            for (ref, _, tip), rid in zip(self.links, link_rels, strict=True):
                tooltip = f' tooltip="{_attr(tip)}"' if tip else ""
                out.append(f'<hyperlink ref="{ref}" r:id="{rid}"{tooltip}/>')
            out.append("</hyperlinks>")
        out.append('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')
        if drawing_rel:
            out.append(f'<drawing r:id="{drawing_rel}"/>')
        out.append("</worksheet>")
        return "".join(out)


class Package:
    """An XLSX workbook being written: :meth:`sheet` adds sheets, :meth:`style` registers
    cell styles, :meth:`save` writes the package."""

    def __init__(self) -> None:
        self.sheets: list[Sheet] = []
        self._fonts: dict[tuple, int] = {None: 0}  # type: ignore[dict-item]
        self._fills: dict[str | None, int] = {None: 0, "gray125": 1}
        self._borders: dict[tuple | None, int] = {None: 0}
        self._formats: dict[str, int] = {}
        self._xfs: dict[StyleKey, int] = {(None, None, None, None, None): 0}

    def sheet(self, name: str) -> Sheet:
        sheet = Sheet(name, self)
        self.sheets.append(sheet)
        return sheet

    def style(self, key: StyleKey) -> int:
        """The index of the cell style of ``key`` (registered the first time)."""
        index = self._xfs.get(key)
        if index is None:
            font, fill, borders, _, number_format = key
            if font not in self._fonts:
                self._fonts[font] = len(self._fonts)
            if fill not in self._fills:
                self._fills[fill] = len(self._fills)
            if borders not in self._borders:
                self._borders[borders] = len(self._borders)
            if number_format is not None and number_format not in self._formats:
                self._formats[number_format] = 164 + len(self._formats)
            index = self._xfs[key] = len(self._xfs)
        return index

    def date_style(self, value: object) -> int:
        if isinstance(value, _dt.datetime) and value.time() != _dt.time():
            fmt = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(value, _dt.time):
            fmt = "hh:mm:ss"
        else:
            fmt = "yyyy-mm-dd"
        return self.style((None, None, None, None, fmt))

    # -- xml ------------------------------------------------------------------------------

    def _styles_xml(self) -> str:
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">']
        if self._formats:
            out.append(f'<numFmts count="{len(self._formats)}">')
            out.extend(f'<numFmt numFmtId="{i}" formatCode="{_attr(f)}"/>' for f, i in self._formats.items())
            out.append("</numFmts>")
        out.append(f'<fonts count="{len(self._fonts)}">')
        for font in self._fonts:
            if font is None:
                out.append('<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>')
                continue
            name, size, bold, italic, underline, strike, color = font
            out.append("<font>" + ("<b/>" if bold else "") + ("<i/>" if italic else "") + ("<strike/>" if strike else "")
                       + ("<u/>" if underline else "") + f'<sz val="{_num(size)}"/><color rgb="{color}"/>'
                       + f'<name val="{_attr(name)}"/></font>')
        out.append("</fonts>")
        out.append(f'<fills count="{len(self._fills)}">')
        for fill in self._fills:
            if fill is None:
                out.append('<fill><patternFill patternType="none"/></fill>')
            elif fill == "gray125":
                out.append('<fill><patternFill patternType="gray125"/></fill>')
            else:
                out.append(f'<fill><patternFill patternType="solid"><fgColor rgb="{fill}"/><bgColor indexed="64"/>'
                           '</patternFill></fill>')
        out.append("</fills>")
        out.append(f'<borders count="{len(self._borders)}">')
        for borders in self._borders:
            if borders is None:
                out.append("<border><left/><right/><top/><bottom/><diagonal/></border>")
                continue
            out.append("<border>")
            for tag, side in zip(("left", "right", "top", "bottom"), borders, strict=True):
                if side is None:
                    out.append(f"<{tag}/>")
                else:
                    out.append(f'<{tag} style="{side[0]}"><color rgb="{side[1]}"/></{tag}>')
            out.append("<diagonal/></border>")
        out.append("</borders>")
        out.append('<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>')
        out.append(f'<cellXfs count="{len(self._xfs)}">')
        for font, fill, borders, align, number_format in self._xfs:
            num = self._formats[number_format] if number_format is not None else 0
            xf = (f'<xf numFmtId="{num}" fontId="{self._fonts[font]}" fillId="{self._fills[fill]}" '
                  f'borderId="{self._borders[borders]}" xfId="0"'
                  + (' applyNumberFormat="1"' if num else "") + (' applyFont="1"' if font else "")
                  + (' applyFill="1"' if fill else "") + (' applyBorder="1"' if borders else ""))
            if align is None:
                out.append(xf + "/>")
            else:
                h, v, wrap, rotation = align
                a = ((f' horizontal="{h}"' if h else "") + (f' vertical="{v}"' if v else "")
                     + (' wrapText="1"' if wrap else "") + (f' textRotation="{rotation}"' if rotation else ""))
                out.append(xf + f' applyAlignment="1"><alignment{a}/></xf>')
        out.append("</cellXfs>")
        out.append('<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>')
        out.append("</styleSheet>")
        return "".join(out)

    def save(self, out: BinaryIO) -> None:
        if not self.sheets:
            self.sheet("Sheet1")
        rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        ct_main = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        overrides = [
            f'<Override PartName="/xl/workbook.xml" ContentType="{ct_main}.sheet.main+xml"/>',
            f'<Override PartName="/xl/styles.xml" ContentType="{ct_main}.styles+xml"/>',
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
        ]
        image_exts: set[str] = set()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            sheets_xml = []
            wb_rels = []
            defined = []
            image_no = drawing_no = 0
            for i, sheet in enumerate(self.sheets, 1):
                sheets_xml.append(f'<sheet name="{_attr(sheet.name)}" sheetId="{i}" r:id="rId{i}"/>')
                wb_rels.append(f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>')
                overrides.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{ct_main}.worksheet+xml"/>')
                if sheet.auto_filter:
                    start, _, end = sheet.auto_filter.partition(":")
                    end = end or start
                    defined.append(f'<definedName name="_xlnm._FilterDatabase" localSheetId="{i - 1}" hidden="1">'
                                   f"'{_attr(sheet.name.replace(chr(39), chr(39) * 2))}'!{_abs(start)}:{_abs(end)}"
                                   "</definedName>")
                sheet_rels = []
                link_ids = []
                for n, (_, target, _) in enumerate(sheet.links, 1):
                    rid = f"rIdL{n}"
                    link_ids.append(rid)
                    sheet_rels.append(f'<Relationship Id="{rid}" Type="{rel}/hyperlink" Target="{_attr(target)}" '
                                      'TargetMode="External"/>')
                drawing_rel = None
                if sheet.pictures:
                    drawing_no += 1
                    drawing_rel = "rIdD1"
                    sheet_rels.append(f'<Relationship Id="{drawing_rel}" Type="{rel}/drawing" '
                                      f'Target="../drawings/drawing{drawing_no}.xml"/>')
                    overrides.append(f'<Override PartName="/xl/drawings/drawing{drawing_no}.xml" '
                                     'ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>')
                    anchors, drels = [], []
                    for n, pic in enumerate(sheet.pictures, 1):
                        image_no += 1
                        image_exts.add(pic.ext)
                        z.writestr(f"xl/media/image{image_no}.{pic.ext}", pic.data)
                        drels.append(f'<Relationship Id="rId{n}" Type="{rel}/image" '
                                     f'Target="../media/image{image_no}.{pic.ext}"/>')
                        anchors.append(
                            f"<xdr:oneCellAnchor><xdr:from><xdr:col>{pic.col}</xdr:col><xdr:colOff>{pic.col_off}</xdr:colOff>"
                            f"<xdr:row>{pic.row}</xdr:row><xdr:rowOff>{pic.row_off}</xdr:rowOff></xdr:from>"
                            f'<xdr:ext cx="{pic.width_emu}" cy="{pic.height_emu}"/><xdr:pic><xdr:nvPicPr>'
                            f'<xdr:cNvPr id="{n + 1}" name="Picture {n}"/><xdr:cNvPicPr/></xdr:nvPicPr>'
                            f'<xdr:blipFill><a:blip r:embed="rId{n}"/><a:stretch><a:fillRect/></a:stretch>'
                            '</xdr:blipFill><xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>'
                            "</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>")
                    z.writestr(f"xl/drawings/drawing{drawing_no}.xml",
                               '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr '
                               'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
                               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
                               f'xmlns:r="{rel}">' + "".join(anchors) + "</xdr:wsDr>")
                    z.writestr(f"xl/drawings/_rels/drawing{drawing_no}.xml.rels", _rels(drels))
                if sheet_rels:
                    z.writestr(f"xl/worksheets/_rels/sheet{i}.xml.rels", _rels(sheet_rels))
                z.writestr(f"xl/worksheets/sheet{i}.xml", sheet._xml(drawing_rel, link_ids))
            n = len(self.sheets)
            wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="{rel}/styles" Target="styles.xml"/>')
            z.writestr("xl/workbook.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                       f'xmlns:r="{rel}"><bookViews><workbookView/></bookViews><sheets>{"".join(sheets_xml)}</sheets>'
                       + (f"<definedNames>{''.join(defined)}</definedNames>" if defined else "") + "</workbook>")
            z.writestr("xl/_rels/workbook.xml.rels", _rels(wb_rels))
            z.writestr("xl/styles.xml", self._styles_xml())
            z.writestr("docProps/core.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
                       'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                       'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>jrxmlpy</dc:creator>'
                       "</cp:coreProperties>")
            z.writestr("docProps/app.xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties '
                       'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                       "<Application>jrxmlpy</Application></Properties>")
            z.writestr("_rels/.rels", _rels([
                f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>',
                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                'metadata/core-properties" Target="docProps/core.xml"/>',
                f'<Relationship Id="rId3" Type="{rel}/extended-properties" Target="docProps/app.xml"/>',
            ]))
            mime = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp"}
            defaults = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
                        '<Default Extension="xml" ContentType="application/xml"/>']
            defaults += [f'<Default Extension="{e}" ContentType="{mime[e]}"/>' for e in sorted(image_exts)]
            z.writestr("[Content_Types].xml",
                       '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                       '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                       + "".join(defaults) + "".join(overrides) + "</Types>")


def _abs(ref: str) -> str:
    m = re.match(r"([A-Z]+)(\d+)", ref)
    return f"${m.group(1)}${m.group(2)}" if m else ref


def _rels(items: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(items) + "</Relationships>")
