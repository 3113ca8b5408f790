"""XLSX export: JasperReports' faithful grid export and a
data mode for analysing the data.

**Faithful mode** (default) follows JasperReports' XLSX exporter: each page is cut into
the grid of :mod:`.grid` (all elements kept, frames flattened, cells spanning); by default
all pages go on one sheet named after the report (the column cuts of all pages shared,
each page's rows after the previous page's), or one sheet per page (``one_sheet_per_page``
/ ``net.sf.jasperreports.export.xls.one.page.per.sheet``).  Column widths and row heights
come from the grid; an element spanning several cells is a merged range; texts carry
their font, colours, borders, alignment and wrapping; rectangles and ellipses give
background and borders, lines a border; images are placed over their cells; text
hyperlinks of type Reference become cell links.  Cells are text, as JasperReports writes
them, unless ``detect_cell_type`` (``net.sf.jasperreports.export.xls.detect.cell.type``)
asks for typed cells: then numbers, dates and booleans are typed, with the Excel number
format converted from the element's Java pattern (or its
``net.sf.jasperreports.export.xls.pattern`` property).

Properties read (report level unless said): ``...xls.one.page.per.sheet``,
``...xls.remove.empty.space.between.rows`` / ``...columns``, ``...xls.collapse.row.span``,
``...xls.ignore.graphics``, ``net.sf.jasperreports.export.ignore.page.margins`` (and
``...xls.ignore.page.margins``), ``...xls.detect.cell.type``, ``...xls.max.rows.per.sheet``,
``...xls.sheet.names.*``, ``...xls.freeze.row`` / ``...xls.freeze.column``,
``...xls.show.gridlines``, ``...xls.column.width.ratio``, ``...xls.wrap.text``,
``...xls.ignore.cell.background`` / ``...border``; on elements: ``...xls.sheet.name``,
``...xls.break.before.row`` / ``...after.row``, ``...xls.freeze.row.edge`` /
``...column.edge`` (Top/Bottom, Left/Right), ``...xls.auto.filter`` (Start/End),
``...xls.column.width``, ``...xls.pattern``, ``...xls.formula`` (the cell is that formula),
``...xls.wrap.text``, ``...xls.exclude`` and the other element
filters of :func:`.grid.element_filter`.

**Data mode** (``mode="data"``): one row per detail record, nothing else.  Columns are the
distinct ``net.sf.jasperreports.export.xls.column.name`` values of the elements when the
template names them (JasperReports' metadata exporter properties, ``...xls.data`` and
``...xls.repeat.value`` included), else the detail band's texts by position, headed by the
column header text above each; cells are typed (numbers, dates, booleans from the field
values), the header row is bold and frozen and carries an auto filter.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, BinaryIO

from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.image import Image as _XlImage
from xlsxwriter.utility import xl_col_to_name as column_name
from xlsxwriter.worksheet import Worksheet

from ..design.enums import (
    HorizontalImageAlign,
    HorizontalTextAlign,
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
    java_float_str,
)
from ..errors import ExportError
from . import register_exporter
from .csv import text_of
from .grid import (
    CellKind,
    Cuts,
    ExporterNature,
    GridLayout,
    LayoutMemo,
    calculate_x_cuts,
    element_filter,
    property_true,
)

__all__ = ["export_xlsx", "xlsx_nature", "excel_format", "typed_value", "XLS"]

log = logging.getLogger(__name__)

XLS = "net.sf.jasperreports.export.xls."
SHEET_NAME = XLS + "sheet.name"
BREAK_BEFORE = XLS + "break.before.row"
BREAK_AFTER = XLS + "break.after.row"
FREEZE_ROW_EDGE = XLS + "freeze.row.edge"
FREEZE_COLUMN_EDGE = XLS + "freeze.column.edge"
AUTO_FILTER = XLS + "auto.filter"
COLUMN_WIDTH = XLS + "column.width"
PATTERN = XLS + "pattern"
FORMULA = XLS + "formula"
WRAP_TEXT = XLS + "wrap.text"
COLUMN_NAME = XLS + "column.name"
DATA = XLS + "data"
REPEAT_VALUE = XLS + "repeat.value"
MAX_SHEET_NAME = 31
MAX_ROWS = 1048576
#: the row height (points) Excel gives rows that do not set theirs
DEFAULT_ROW_HEIGHT = 15.0

_NUMBER_CLASSES = {
    "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.math.BigInteger",
    "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.lang.Number",
}
_DATE_CLASSES = {"java.util.Date", "java.sql.Date", "java.sql.Timestamp", "java.sql.Time",
                 "java.time.LocalDate", "java.time.LocalDateTime"}


# --- options -----------------------------------------------------------------------------


class _Options:
    __slots__ = ("mode", "one_sheet_per_page", "remove_empty_rows", "remove_empty_columns", "collapse_row_span",
                 "ignore_graphics", "ignore_page_margins", "detect_cell_type", "max_rows", "sheet_names",
                 "freeze_row", "freeze_column", "show_gridlines", "width_ratio", "images", "offset_x", "offset_y",
                 "wrap_text", "ignore_cell_background", "ignore_cell_border")

    def __init__(self, document: Document, options: dict[str, object]) -> None:
        props = document.properties

        def flag(key: str, *names: str, default: bool = False) -> bool:
            value = options.pop(key, None)
            if value is not None:
                return bool(value)
            for name in names:
                if props.get(name) is not None:
                    return property_true(props.get(name))
            return default

        def number(key: str, name: str, default: float | None) -> float | None:
            value = options.pop(key, None)
            if value is None:
                value = props.get(name)
            if value is None or value == "":
                return default
            try:
                return float(value)  # type: ignore[arg-type]
            except (TypeError, ValueError):
                raise ExportError(f"XLSX option {key} ({name}) is a number, not {value!r}") from None

        mode = options.pop("mode", None) or "faithful"
        if mode not in ("faithful", "data"):
            raise ExportError(f"XLSX mode is 'faithful' or 'data', not {mode!r}")
        self.mode = mode
        self.one_sheet_per_page = flag("one_sheet_per_page", XLS + "one.page.per.sheet")
        self.remove_empty_rows = flag("remove_empty_rows", XLS + "remove.empty.space.between.rows")
        self.remove_empty_columns = flag("remove_empty_columns", XLS + "remove.empty.space.between.columns")
        self.collapse_row_span = flag("collapse_row_span", XLS + "collapse.row.span")
        self.ignore_graphics = flag("ignore_graphics", XLS + "ignore.graphics")
        self.ignore_page_margins = flag("ignore_page_margins", XLS + "ignore.page.margins",
                                        "net.sf.jasperreports.export.ignore.page.margins")
        self.detect_cell_type = flag("detect_cell_type", XLS + "detect.cell.type")
        self.show_gridlines = flag("show_gridlines", XLS + "show.gridlines", default=False)
        self.images = flag("images", default=True)
        self.wrap_text = flag("wrap_text", XLS + "wrap.text", default=True)
        self.ignore_cell_background = flag("ignore_cell_background", XLS + "ignore.cell.background")
        self.ignore_cell_border = flag("ignore_cell_border", XLS + "ignore.cell.border")
        max_rows = number("max_rows_per_sheet", XLS + "max.rows.per.sheet", 0)
        self.max_rows = int(max_rows or 0)
        names = options.pop("sheet_names", None)
        if names is None:
            names = [v for k, v in props.items() if k.startswith(XLS + "sheet.names.") and v]
            names = [n for v in names for n in v.split("/") if n]
        elif isinstance(names, str):
            names = [names]
        self.sheet_names: list[str] = [str(n) for n in names]  # type: ignore[attr-defined]
        fr = number("freeze_row", XLS + "freeze.row", None)
        self.freeze_row = int(fr) if fr else None
        fc = options.pop("freeze_column", None) or props.get(XLS + "freeze.column")
        self.freeze_column = _column_index(str(fc)) if fc else None
        self.width_ratio = number("column_width_ratio", XLS + "column.width.ratio", None)
        self.offset_x = int(options.pop("offset_x", 0) or 0)  # type: ignore[call-overload]
        self.offset_y = int(options.pop("offset_y", 0) or 0)  # type: ignore[call-overload]
        if options:
            raise ExportError(f"unknown XLSX option(s): {', '.join(sorted(options))}")


def _column_index(name: str) -> int:
    """0-based index of a column name (``A``, ``AB``) or a 1-based number."""
    name = name.strip().upper()
    if name.isdigit():
        return max(int(name) - 1, 0)
    index = 0
    for ch in name:
        if not "A" <= ch <= "Z":
            return 0
        index = index * 26 + ord(ch) - 64
    return max(index - 1, 0)


# --- nature ------------------------------------------------------------------------------


def _cut_properties(x_cuts: Cuts, y_cuts: Cuts, el: PrintElement, row1: int, col1: int, row2: int, col2: int) -> None:
    props = el.properties
    if not props:
        return
    width = props.get(COLUMN_WIDTH)
    if width:
        try:
            value = int(width)
            if x_cuts.get(col1, COLUMN_WIDTH, -1) < value:
                x_cuts.put(col1, COLUMN_WIDTH, value)
        except ValueError:
            pass
    name = props.get(SHEET_NAME)
    if name:
        y_cuts.put(row1, SHEET_NAME, name)
    edge = props.get(FREEZE_ROW_EDGE)
    if edge:
        index = row2 if edge.strip().lower() == "bottom" else row1
        if index > 0:
            y_cuts.put(row1, FREEZE_ROW_EDGE, index)
    edge = props.get(FREEZE_COLUMN_EDGE)
    if edge:
        index = col2 if edge.strip().lower() == "right" else col1
        if index > 0:
            y_cuts.put(row1, FREEZE_COLUMN_EDGE, index)


def xlsx_nature(document: Document, ignore_graphics: bool = False, ignore_page_margins: bool = False) -> ExporterNature:
    """The XLSX grid nature: every element (texts and frames only with
    ``ignore_graphics``), frames flattened, cells spanning.  Generic elements are left out:
    JasperReports keeps only those its XLSX exporter has a handler for, and jrxmlpy has
    none."""
    kinds: tuple[type, ...] = (PrintText, PrintFrame)
    if not ignore_graphics:
        kinds += (PrintImage, PrintLine, PrintRectangle, PrintEllipse)
    return ExporterNature(
        "xlsx",
        kinds=kinds,
        keep=element_filter(document, XLS),
        deep=True,
        span_cells=True,
        ignore_page_margins=ignore_page_margins,
        break_before=BREAK_BEFORE,
        break_after=BREAK_AFTER,
        cut_properties=_cut_properties,
    )


# --- values and formats ------------------------------------------------------------------

_DATE_LETTERS = {
    "y": lambda n: "yy" if n == 2 else "yyyy",
    "Y": lambda n: "yy" if n == 2 else "yyyy",
    "M": lambda n: "m" * min(n, 4) if n < 5 else "mmmm",
    "L": lambda n: "m" * min(n, 4),
    "d": lambda n: "d" * min(n, 2),
    "E": lambda n: "ddd" if n <= 3 else "dddd",
    "H": lambda n: "h" * min(n, 2),
    "k": lambda n: "h" * min(n, 2),
    "h": lambda n: "h" * min(n, 2),
    "K": lambda n: "h" * min(n, 2),
    "m": lambda n: "m" * min(n, 2),
    "s": lambda n: "s" * min(n, 2),
    "S": lambda n: "",
    "a": lambda n: "AM/PM",
}


def _java_date_to_excel(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "'":
            j = pattern.find("'", i + 1)
            if j == i + 1:
                out.append("\\'")
                i += 2
                continue
            literal = pattern[i + 1:] if j < 0 else pattern[i + 1:j]
            if literal:
                out.append('"' + literal.replace('"', "") + '"')
            i = n if j < 0 else j + 1
            continue
        if ch.isalpha():
            j = i
            while j < n and pattern[j] == ch:
                j += 1
            conv = _DATE_LETTERS.get(ch)
            if conv is not None:
                if ch == "S" and out and out[-1].endswith("s"):
                    out.append("." + "0" * min(j - i, 3))
                else:
                    out.append(conv(j - i))
            i = j
            continue
        out.append("\\" + ch if ch in '"\\' else ch)
        i += 1
    return "".join(out).strip() or "General"


def _java_number_to_excel(pattern: str) -> str:
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "'":
            j = pattern.find("'", i + 1)
            literal = "'" if j == i + 1 else (pattern[i + 1:] if j < 0 else pattern[i + 1:j])
            out.append('"' + literal.replace('"', "") + '"')
            i = n if j < 0 else j + 1
            continue
        if ch == "\u00a4":
            out.append('"$"')
        elif ch == "\u2030":
            out.append('"\u2030"')
        elif ch == "E":
            out.append("E+")
        elif ch in "#0,.;%-+()$/: ":
            out.append(ch)
        else:
            out.append('"' + ch + '"' if ch.strip() else ch)
        i += 1
    return "".join(out) or "General"


def excel_format(pattern: str | None, value_class: str | None) -> str | None:
    """The Excel number format of a Java pattern (SimpleDateFormat for date classes,
    DecimalFormat otherwise); None without a pattern."""
    if not pattern:
        return None
    if value_class in _DATE_CLASSES:
        return _java_date_to_excel(pattern)
    return _java_number_to_excel(pattern)


_NUMBER_TEXT = re.compile(r"[^0-9.\-eE]")


def typed_value(element: PrintText) -> Any:
    """The cell value of a text: its field value when it is a number, a date or a
    boolean (numbers from the text when the print was read back without values), else
    its text."""
    value = element.value
    text = text_of(element)
    if isinstance(value, bool):
        return value
    if isinstance(value, float) and element.value_class == "java.lang.Float":
        return float(java_float_str(value))  # the float's shortest text, as Java prints it
    if isinstance(value, (int, float, Decimal)):
        return float(value) if isinstance(value, Decimal) and value != value.to_integral_value() else (
            int(value) if isinstance(value, Decimal) else value)
    if isinstance(value, _dt.datetime):
        return value.replace(tzinfo=None) if value.tzinfo is not None else value
    if isinstance(value, (_dt.date, _dt.time)):
        return value
    if value is None and element.value_class in _NUMBER_CLASSES and text.strip():
        raw = text.strip()
        negative = raw.startswith("(") and raw.endswith(")")
        percent = raw.endswith("%")
        digits = _NUMBER_TEXT.sub("", raw)
        try:
            number = Decimal(digits)
        except InvalidOperation:
            return text
        if negative:
            number = -number
        if percent:
            number /= 100
        return int(number) if number == number.to_integral_value() and "." not in digits else float(number)
    return text


# --- styles ------------------------------------------------------------------------------

_BORDER_STYLES = {LineStyle.SOLID: "thin", LineStyle.DASHED: "dashed", LineStyle.DOTTED: "dotted",
                  LineStyle.DOUBLE: "double"}
_H_ALIGN = {HorizontalTextAlign.LEFT: "left", HorizontalTextAlign.CENTER: "center",
            HorizontalTextAlign.RIGHT: "right", HorizontalTextAlign.JUSTIFIED: "justify"}
_V_ALIGN = {VerticalTextAlign.TOP: "top", VerticalTextAlign.MIDDLE: "center",
            VerticalTextAlign.BOTTOM: "bottom", VerticalTextAlign.JUSTIFIED: "justify"}
_ROTATION = {Rotation.NONE: 0, Rotation.LEFT: 90, Rotation.RIGHT: 180, Rotation.UPSIDE_DOWN: 0}


def _hex(color: Any) -> str:
    return f"FF{color.red:02X}{color.green:02X}{color.blue:02X}"


def _pen_side(pen: Any) -> tuple[str, str] | None:
    if pen is None or pen.line_width <= 0:
        return None
    style = _BORDER_STYLES.get(pen.line_style, "thin")
    if style == "thin" and pen.line_width >= 2:
        style = "thick" if pen.line_width >= 3 else "medium"
    elif style == "dashed" and pen.line_width >= 2:
        style = "mediumDashed"
    return style, _hex(pen.line_color)


# --- the workbook (XlsxWriter) ----------------------------------------------------------


class Formula(str):
    """A cell value that is a formula (without the leading ``=``)."""

    __slots__ = ()


#: a cell style: ``(font, fill, borders, alignment, number_format)`` — font: ``(name, size,
#: bold, italic, underline, strike, "AARRGGBB")``; fill: ``"AARRGGBB"``; borders: ``(left,
#: right, top, bottom)`` each ``(style, "AARRGGBB")`` or None (style: SpreadsheetML's border
#: style name); alignment: ``(horizontal, vertical, wrap, rotation)`` (SpreadsheetML's
#: names; rotation in degrees counter-clockwise, 180 for 90° clockwise); any part None
#: for the default.
StyleKey = tuple

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# XlsxWriter's border style numbers, by SpreadsheetML name
_XL_BORDER = {"thin": 1, "medium": 2, "dashed": 3, "dotted": 4, "thick": 5, "double": 6, "hair": 7,
              "mediumDashed": 8}
_XL_VALIGN = {"top": "top", "center": "vcenter", "bottom": "bottom", "justify": "vjustify"}


def _sheet_name(name: str) -> str:
    """``name`` without the characters Excel refuses in sheet names, cut to its length limit."""
    return re.sub(r"[\[\]:*?/\\]", "", name).strip("'")[:MAX_SHEET_NAME].strip("'")


class GridWorksheet(Worksheet):
    """XlsxWriter's worksheet with a lean merge for ranges known not to overlap.

    ``merge_range`` checks every cell of a range against the earlier ones (an ``A1:B2``
    string and a dict entry per cell) and goes through the generic ``write``: half of
    XlsxWriter's time on a large grid export, whose ranges never overlap (the grid places
    each element in cells no other element holds).  :meth:`merge_cells` records the range
    as ``merge_range`` does and nothing else; the cells are written by the caller.  It and
    :attr:`write_text` call XlsxWriter's internals (``merge``, ``_check_dimensions``,
    ``_write_string``), pinned in pyproject.toml and held to the public methods' output by
    ``tests/export/test_xlsx.py``; the XML itself is always XlsxWriter's own."""

    #: ``write_string`` for a row and column given as numbers: XlsxWriter's undecorated
    #: method (the public one first tries the row as an ``A1`` cell name)
    write_text = Worksheet._write_string

    def merge_cells(self, first_row: int, first_col: int, last_row: int, last_col: int) -> None:
        """Merge the range between two corners (0-based, first <= last, more than one cell),
        which overlaps no other merged range, without writing any cell."""
        # the corners count in the sheet's dimensions, as with merge_range
        if self._check_dimensions(first_row, first_col) or self._check_dimensions(last_row, last_col):
            return
        self.merge.append([first_row, first_col, last_row, last_col])


class Sheet:
    """A sheet being written row by row: :meth:`next_row` gives the index of the row to write
    (0-based), whose cells are then written (:meth:`write`, :meth:`write_text`), merged
    (:meth:`merge`) and linked (:meth:`link`)."""

    __slots__ = ("name", "package", "ws", "column_widths", "freeze", "auto_filter", "show_grid_lines",
                 "row_count")

    def __init__(self, name: str, package: Package) -> None:
        self.name = name
        self.package = package
        ws = package.book.add_worksheet(name, GridWorksheet)
        assert isinstance(ws, GridWorksheet)
        self.ws = ws
        self.column_widths: list[float] = []  # Excel's width units (characters)
        self.freeze: tuple[int, int] | None = None  # (rows, columns) frozen
        self.auto_filter: str | None = None  # "A1:C9"
        self.show_grid_lines = True
        self.row_count = 0

    def next_row(self) -> int:
        """The index of a new row after the last one."""
        r = self.row_count
        self.row_count = r + 1
        return r

    def add_row(self, cells: list[tuple[int, object, Format | None]]) -> int:
        """A new row of ``(column, value, style)`` cells; returns its index."""
        r = self.next_row()
        for col, value, fmt in cells:
            self.write(r, col, value, fmt)
        return r

    def set_height(self, row: int, height: float) -> None:
        """A row's height in points, unrounded (XlsxWriter writes none for its default)."""
        if height != DEFAULT_ROW_HEIGHT:
            self.ws.set_row_pixels(row, height * 4 / 3)  # 96 pixels an inch

    def write_text(self, row: int, col: int, text: str, fmt: Format | None) -> None:
        """A text cell (an empty text: a styled empty cell, or none without a style)."""
        if text:
            if _INVALID_XML.search(text):
                text = _INVALID_XML.sub("", text)
            self.ws.write_text(row, col, text, fmt)
        elif fmt is not None:
            self.ws.write_blank(row, col, None, fmt)

    def write(self, row: int, col: int, value: object, fmt: Format | None) -> None:
        """A cell of any value (None: a styled empty cell, or none without a style)."""
        ws = self.ws
        if value is None:
            if fmt is not None:
                ws.write_blank(row, col, None, fmt)
        elif isinstance(value, Formula):
            ws.write_formula(row, col, value, fmt)
        elif isinstance(value, str):
            self.write_text(row, col, value, fmt)
        elif isinstance(value, bool):
            ws.write_boolean(row, col, value, fmt)
        elif isinstance(value, (int, float)):
            ws.write_number(row, col, value, fmt)
        elif isinstance(value, (_dt.date, _dt.time)):
            ws.write_datetime(row, col, value, fmt or self.package.date_style(value))
        else:
            ws.write_number(row, col, float(value), fmt)  # type: ignore[arg-type]

    def merge(self, row1: int, col1: int, row2: int, col2: int) -> None:
        """Merge the cells between two corners (0-based, inclusive; the range overlaps no
        other merged range, its cells are written by the caller, before or after)."""
        self.ws.merge_cells(row1, col1, row2, col2)

    def link(self, row: int, col: int, target: str, tooltip: str | None, fmt: Format | None, text: str) -> None:
        """A hyperlink on a cell (its value is written afterwards)."""
        self.ws.write_url(row, col, target, fmt, text, tooltip)

    def picture(self, col: int, row: int, width_pt: float, height_pt: float, data: bytes, ext: str,
                dx_pt: float = 0, dy_pt: float = 0) -> None:
        """An image over the sheet, its top-left corner at a cell (0-based ``row``) moved by
        ``dx_pt``, ``dy_pt`` points, its size in points."""
        try:
            image = _XlImage(io.BytesIO(data))
        except Exception as exc:  # a format XlsxWriter cannot place: left out
            log.warning("XLSX: image at %s%d left out: %s", column_name(col), row + 1, exc)
            return
        px = 96 / 72  # XlsxWriter places pictures in pixels at 96 dpi
        self.ws.insert_image(row, col, image, {
            "x_offset": dx_pt * px, "y_offset": dy_pt * px,
            "x_scale": width_pt * px / (image.width * 96 / image.x_dpi),
            "y_scale": height_pt * px / (image.height * 96 / image.y_dpi)})

    def finish(self) -> None:
        ws = self.ws
        for i, width in enumerate(self.column_widths):
            ws.set_column_pixels(i, i, width * 7)  # the width in characters, unrounded (7 pixels each)
        if not self.show_grid_lines:
            ws.hide_gridlines(2)
        if self.freeze and (self.freeze[0] or self.freeze[1]):
            ws.freeze_panes(*self.freeze)
        if self.auto_filter:
            ws.autofilter(self.auto_filter)


class Package:
    """An XLSX workbook being written with XlsxWriter: :meth:`sheet` adds sheets,
    :meth:`style` gives cell formats, :meth:`save` writes the workbook."""

    def __init__(self, out: BinaryIO) -> None:
        self.book = Workbook(out, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
                                   "strings_to_urls": False, "nan_inf_to_errors": True, "remove_timezone": True})
        self.book.set_properties({"author": "jrxmlpy"})
        self.sheets: list[Sheet] = []
        self._formats: dict[StyleKey, Format | None] = {(None, None, None, None, None): None}

    def sheet(self, name: str) -> Sheet:
        sheet = Sheet(name, self)
        self.sheets.append(sheet)
        return sheet

    def style(self, key: StyleKey) -> Format | None:
        """The cell format of ``key`` (made the first time)."""
        try:
            return self._formats[key]
        except KeyError:
            pass
        font, fill, borders, align, number_format = key
        props: dict[str, Any] = {}
        if font is not None:
            name, size, bold, italic, underline, strike, color = font
            props.update(font_name=name, font_size=size, bold=bold, italic=italic, underline=1 if underline else 0,
                         font_strikeout=strike, font_color="#" + color[2:])
        if fill is not None:
            props.update(pattern=1, bg_color="#" + fill[2:])
        if borders is not None:
            for side, pen in zip(("left", "right", "top", "bottom"), borders, strict=True):
                if pen is not None:
                    props[side] = _XL_BORDER.get(pen[0], 1)
                    props[side + "_color"] = "#" + pen[1][2:]
        if align is not None:
            horizontal, vertical, wrap, rotation = align
            if horizontal:
                props["align"] = horizontal
            if vertical:
                props["valign"] = _XL_VALIGN[vertical]
            if wrap:
                props["text_wrap"] = True
            if rotation:
                props["rotation"] = rotation if rotation <= 90 else 90 - rotation
        if number_format is not None:
            props["num_format"] = number_format
        fmt = self._formats[key] = self.book.add_format(props)
        return fmt

    def date_style(self, value: object) -> Format | None:
        if isinstance(value, _dt.datetime) and value.time() != _dt.time():
            fmt = "yyyy-mm-dd hh:mm:ss"
        elif isinstance(value, _dt.time):
            fmt = "hh:mm:ss"
        else:
            fmt = "yyyy-mm-dd"
        return self.style((None, None, None, None, fmt))

    def save(self) -> None:
        if not self.sheets:
            self.sheet("Sheet1")
        for sheet in self.sheets:
            sheet.finish()
        self.book.close()


class _SheetWriter:
    """Writes grid pages into the package's sheets (faithful mode)."""

    def __init__(self, document: Document, opts: _Options, package: Package) -> None:
        self.document = document
        self.opts = opts
        self.package = package
        self.style = package.style
        if opts.ignore_cell_background or opts.ignore_cell_border:
            drop_fill, drop_border = opts.ignore_cell_background, opts.ignore_cell_border

            def style(key: tuple) -> Format | None:
                font, fill, borders, align, number_format = key
                return package.style((font, None if drop_fill else fill, None if drop_border else borders, align,
                                      number_format))

            self.style = style
        self.nature = xlsx_nature(document, opts.ignore_graphics, opts.ignore_page_margins)
        self.sheet: Sheet = None  # type: ignore[assignment]  # set by open_sheet before any row
        self.sheet_count = 0
        self.used_names: dict[str, int] = {}
        self.col_map: list[int] = []  # the sheet column of each grid column, -1 for a removed one
        self.all_columns = True  # no grid column removed
        self._text_formats: dict[tuple, tuple[Any, Format | None]] = {}
        self._shape_formats: dict[tuple, tuple[Any, Format | None]] = {}
        self.auto_filter: list[str | None] = [None, None]

    # -- sheets -----------------------------------------------------------------------

    def sheet_name(self, wanted: str | None, default: str | None) -> str:
        opts = self.opts
        if wanted is None and self.sheet_count < len(opts.sheet_names):
            wanted = opts.sheet_names[self.sheet_count]
        name = wanted or default or f"Page {self.sheet_count + 1}"
        name = _sheet_name(name) or f"Sheet{self.sheet_count + 1}"
        count = self.used_names.get(name.lower(), 0)
        self.used_names[name.lower()] = count + 1
        if count:
            suffix = f" {count + 1}"
            name = name[: MAX_SHEET_NAME - len(suffix)] + suffix
        return name

    def _close_sheet(self) -> None:
        if self.sheet is not None and self.auto_filter[0] is not None:
            start, end = self.auto_filter
            self.sheet.auto_filter = f"{start}:{end or start}"
        self.auto_filter = [None, None]

    def open_sheet(self, x_cuts: Cuts, layout: GridLayout, start_row: int, default_name: str | None) -> None:
        self._close_sheet()
        opts = self.opts
        y_cuts = layout.y_cuts
        wanted = None
        freeze_row = opts.freeze_row - 1 if opts.freeze_row else None
        freeze_col = opts.freeze_column
        for r in range(start_row, len(y_cuts) - 1):
            if r > start_row and y_cuts.is_break(r):
                break
            wanted = y_cuts.get(r, SHEET_NAME, wanted)
            fr = y_cuts.get(r, FREEZE_ROW_EDGE)
            if fr is not None:
                freeze_row = fr - start_row
            fc = y_cuts.get(r, FREEZE_COLUMN_EDGE)
            if fc is not None:
                freeze_col = fc
        sheet = self.package.sheet(self.sheet_name(wanted, default_name))
        self.sheet = sheet
        self.sheet_count += 1
        # columns: removed empty ones map to -1
        col_map = []
        ratio = opts.width_ratio if opts.width_ratio and opts.width_ratio > 0 else 1.0
        for c in range(len(x_cuts) - 1):
            if opts.remove_empty_columns and not (x_cuts.usage[c] & 3):
                col_map.append(-1)
                continue
            col_map.append(len(sheet.column_widths))
            width = x_cuts.get(c, COLUMN_WIDTH)
            if width is None:
                width = int(x_cuts.size(c) * ratio)
            # JasperReports' XLSX column width: a sixth of the width in points
            sheet.column_widths.append(width / 6.0)
        self.col_map = col_map
        self.all_columns = -1 not in col_map
        # JasperReports fills every empty cell white, which hides the grid lines; empty
        # cells are not written here, so the lines are hidden instead (unless asked for)
        sheet.show_grid_lines = opts.show_gridlines
        if freeze_row or freeze_col:
            sheet.freeze = (freeze_row or 0, freeze_col or 0)

    # -- pages ------------------------------------------------------------------------

    def write_page(self, layout: GridLayout, x_cuts: Cuts, default_name: str | None, new_sheet: bool) -> None:
        opts = self.opts
        if new_sheet or self.sheet is None:  # type: ignore[comparison-overlap]
            self.open_sheet(x_cuts, layout, 0, default_name)
        y_cuts = layout.y_cuts
        remove_rows, collapse, max_rows = opts.remove_empty_rows, opts.collapse_row_span, opts.max_rows
        row_height = layout.max_row_height if collapse else layout.cell_height
        element = CellKind.ELEMENT
        for y, cells in enumerate(layout.row_cells()):
            usage = y_cuts.usage[y]
            if (max_rows and self.sheet.row_count >= max_rows) or (usage & 4):
                self.open_sheet(x_cuts, layout, y, default_name)
            if not (usage & 1 or ((not remove_rows or usage & 2) and not collapse)):
                continue
            sheet = self.sheet
            if sheet.row_count >= MAX_ROWS:
                raise ExportError(f"the sheet has more than {MAX_ROWS} rows: set one_sheet_per_page or "
                                  "max_rows_per_sheet")
            r = sheet.next_row()
            sheet.set_height(r, row_height(y))
            col_map = self.col_map
            for x, cell in cells:  # the element cells and the empty ones with a look
                col = col_map[x]
                if col < 0:
                    continue
                if cell.kind is element:
                    self._element_cell(cell, r, col, x, y, y_cuts)
                else:
                    sheet.write(r, col, None, self._frame_only_style(cell))

    def _element_cell(self, cell: Any, row: int, col: int, x: int, y: int, y_cuts: Cuts) -> None:
        el = cell.element
        col_span, row_span = cell.col_span, cell.row_span
        if col_span > 1 or row_span > 1:
            if self.all_columns:  # the sheet's columns are the grid's
                last_col = col + col_span - 1
            else:
                last_col = col
                for c in range(x + col_span - 1, x - 1, -1):
                    if self.col_map[c] >= 0:
                        last_col = self.col_map[c]
                        break
            last_row = row + self._kept_rows(y_cuts, y + 1, y + row_span) if row_span > 1 else row
            if last_col > col or last_row > row:
                self.sheet.merge(row, col, last_row, last_col)
        props = el.properties
        if props:
            flt = props.get(AUTO_FILTER)
            if flt:
                ref = f"{column_name(col)}{row + 1}"
                if flt == "Start":
                    self.auto_filter[0] = ref
                elif flt == "End":
                    self.auto_filter[1] = ref
                    if self.auto_filter[0] is None:
                        self.auto_filter[0] = ref
        if isinstance(el, PrintText):
            self._text_cell(el, cell, row, col)
            return
        if isinstance(el, (PrintRectangle, PrintEllipse)):
            fmt = self._shape_style(el, cell)
        elif isinstance(el, PrintLine):
            fmt = self._line_style(el, cell)
        else:
            if isinstance(el, PrintImage):
                self._image(el, row, col)
            fmt = self._frame_only_style(cell)
        if fmt is not None:
            self.sheet.write(row, col, None, fmt)

    def _kept_rows(self, y_cuts: Cuts, start: int, end: int) -> int:
        opts = self.opts
        if not opts.remove_empty_rows and not opts.collapse_row_span:
            return end - start
        kept = 0
        for r in range(start, end):
            u = y_cuts.usage[r]
            if u & 1 or ((not opts.remove_empty_rows or u & 2) and not opts.collapse_row_span):
                kept += 1
        return kept

    def _borders(self, box: Any, cell: Any) -> tuple | None:
        frame = cell.borders
        if box is None:
            sides: list = [None, None, None, None]
        else:
            sides = [_pen_side(box.left_pen), _pen_side(box.right_pen), _pen_side(box.top_pen),
                     _pen_side(box.bottom_pen)]
        if frame is not None:
            for i, pen in enumerate((frame.left, frame.right, frame.top, frame.bottom)):
                if sides[i] is None and pen is not None:
                    sides[i] = _pen_side(pen)
        return tuple(sides) if any(sides) else None

    # The cell formats of texts and shapes are remembered per (resolved attributes, the
    # look the deep frames give the cell, ...): elements alike share one resolved object
    # (the document keeps them alive; the cache holds one too, so its id is not reused).

    def _text_cell(self, el: PrintText, cell: Any, row: int, col: int) -> None:
        a = self.document.resolved(el)
        props = el.properties
        number_format = None
        if self.opts.detect_cell_type:
            value = typed_value(el)
            if not isinstance(value, str):
                pattern = (props.get(PATTERN) if props else None) or el.pattern
                number_format = excel_format(pattern, el.value_class)
                if number_format is None and isinstance(value, (_dt.date, _dt.time)):
                    number_format = "yyyy-mm-dd hh:mm:ss" if isinstance(value, _dt.datetime) else "yyyy-mm-dd"
        else:
            value = text_of(el)
        wrap = self.opts.wrap_text
        if props:
            formula = props.get(FORMULA)
            if formula:
                value = Formula(formula[1:] if formula.startswith("=") else formula)
            if props.get(WRAP_TEXT) is not None:
                wrap = property_true(props.get(WRAP_TEXT))
        key = (id(a), cell.backcolor, cell.borders, wrap, number_format)
        hit = self._text_formats.get(key)
        if hit is None:
            backcolor = a.backcolor if a.mode is Mode.OPAQUE else cell.backcolor
            hit = self._text_formats[key] = (a, self.style((
                (a.font_name, a.font_size, a.bold, a.italic, a.underline, a.strike_through, _hex(a.forecolor)),
                _hex(backcolor) if backcolor is not None else None,
                self._borders(a.box, cell),
                (_H_ALIGN.get(a.horizontal_text_alignment), _V_ALIGN.get(a.vertical_text_alignment), wrap,
                 _ROTATION.get(a.rotation, 0)),
                number_format,
            )))
        fmt = hit[1]
        link = el.hyperlink
        if link is not None and link.link_type == "Reference" and link.reference:
            self.sheet.link(row, col, link.reference, link.tooltip, fmt, value if isinstance(value, str) else "")
        if value.__class__ is str:
            self.sheet.write_text(row, col, value, fmt)
        else:
            self.sheet.write(row, col, value, fmt)

    def _shape_style(self, el: PrintElement, cell: Any) -> Format | None:
        a = self.document.resolved(el)
        key = (id(a), cell.backcolor, cell.borders)
        hit = self._shape_formats.get(key)
        if hit is None:
            side = _pen_side(a.pen)
            backcolor = a.backcolor if a.mode is Mode.OPAQUE else cell.backcolor
            borders = (side, side, side, side) if side else self._borders(None, cell)
            fmt = None
            if backcolor is not None or borders is not None:
                fmt = self.style((None, _hex(backcolor) if backcolor is not None else None, borders, None, None))
            hit = self._shape_formats[key] = (a, fmt)
        return hit[1]

    def _line_style(self, el: PrintLine, cell: Any) -> Format | None:
        a = self.document.resolved(el)
        side = _pen_side(a.pen)
        if side is None:
            return self._frame_only_style(cell)
        borders: tuple = (None, None, side, None)  # a horizontal line: the top border
        if not (el.height <= 1 or el.width > el.height):
            borders = (side, None, None, None)  # a vertical line: the left border
        return self.style((None, None, borders, None, None))

    def _frame_only_style(self, cell: Any) -> Format | None:
        if cell.backcolor is None and cell.borders is None:
            return None
        return self.style((None, _hex(cell.backcolor) if cell.backcolor is not None else None,
                           self._borders(None, cell), None, None))

    def _image(self, el: PrintImage, row: int, col: int) -> None:
        fmt = el.format
        if not self.opts.images or not el.data or fmt not in ("png", "jpeg", "gif", "bmp"):
            return
        a = self.document.resolved(el)
        box = a.box
        width = el.width - box.left_padding - box.right_padding
        height = el.height - box.top_padding - box.bottom_padding
        if width <= 0 or height <= 0:
            return
        shown_w, shown_h = float(width), float(height)
        if a.scale_image is not ScaleImage.FILL_FRAME:
            size = _image_size(el.data)
            if size is not None:
                iw, ih = size
                if a.scale_image is ScaleImage.RETAIN_SHAPE or iw > width or ih > height:
                    ratio = min(width / iw, height / ih)
                    if a.scale_image is not ScaleImage.RETAIN_SHAPE:
                        ratio = min(ratio, 1.0)  # clipped: at most the element's box
                    iw, ih = iw * ratio, ih * ratio
                shown_w, shown_h = iw, ih
        dx = {HorizontalImageAlign.CENTER: (width - shown_w) / 2, HorizontalImageAlign.RIGHT: width - shown_w}.get(
            a.horizontal_image_alignment, 0.0)
        dy = {VerticalImageAlign.MIDDLE: (height - shown_h) / 2, VerticalImageAlign.BOTTOM: height - shown_h}.get(
            a.vertical_image_alignment, 0.0)
        self.sheet.picture(col, row, shown_w, shown_h, el.data, fmt,
                           box.left_padding + max(dx, 0.0), box.top_padding + max(dy, 0.0))

    def finish(self) -> None:
        self._close_sheet()


def _image_size(data: bytes) -> tuple[float, float] | None:
    """An image's size in points (pixels at 72 dpi, as JasperReports takes them)."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            return float(image.width), float(image.height)
    except Exception:  # an unreadable image: placed at the element's size
        return None


def _faithful(document: Document, pages: Sequence[int], opts: _Options, package: Package) -> None:
    writer = _SheetWriter(document, opts, package)
    nature = writer.nature
    memo = LayoutMemo(document, nature)  # pages of one geometry share their grid
    if opts.one_sheet_per_page:
        for index in pages:
            width, height = document.page_size(index)
            layout = memo.layout_page(document.pages[index].elements, width=width, height=height,
                                      offset_x=opts.offset_x, offset_y=opts.offset_y)
            writer.write_page(layout, layout.x_cuts, None, True)
    else:
        x_cuts = calculate_x_cuts(document, pages, nature, opts.offset_x)
        for i, index in enumerate(pages):
            width, height = document.page_size(index)
            layout = memo.layout_page(document.pages[index].elements, width=width, height=height,
                                      offset_x=opts.offset_x, offset_y=opts.offset_y, x_cuts=x_cuts)
            writer.write_page(layout, x_cuts, document.name, i == 0)
    if writer.sheet is None:
        package.sheet(writer.sheet_name(None, document.name))
    writer.finish()


# --- data mode ---------------------------------------------------------------------------


def _texts(elements: Sequence[PrintElement], ox: int, oy: int, out: list[tuple[int, int, PrintText]]) -> None:
    for el in elements:
        if isinstance(el, PrintText):
            out.append((el.y + oy, el.x + ox, el))
        elif isinstance(el, PrintFrame):
            _texts(el.elements, el.x + ox, el.y + oy, out)


def _data_records(document: Document, pages: Sequence[int]) -> tuple[list[str], list[list[Any]], list[int]]:
    """The header texts, the records (typed values) and the column widths (points)."""
    page_texts = []
    named = False
    for index in pages:
        texts: list[tuple[int, int, PrintText]] = []
        _texts(document.pages[index].elements, 0, 0, texts)
        texts.sort(key=lambda t: (t[0], t[1]))
        page_texts.append(texts)
        if not named:
            named = any(t[2].properties and t[2].properties.get(COLUMN_NAME) for t in texts)
    records: list[list[Any]] = []
    if named:
        columns: list[str] = []
        widths: dict[str, int] = {}
        repeated: dict[str, Any] = {}

        def flush(row: dict[str, Any]) -> None:
            if any(v not in (None, "") for v in row.values()):
                records.append([row[c] if c in row else repeated.get(c) for c in columns])

        for texts in page_texts:
            row: dict[str, Any] = {}
            for _, _, el in texts:
                props = el.properties
                name = props.get(COLUMN_NAME) if props else None
                if not name:
                    continue
                if name not in columns:
                    columns.append(name)
                    widths[name] = el.width
                value = props.get(DATA) if DATA in props else typed_value(el)
                if name in row:
                    flush(row)
                    row = {}
                row[name] = value
                if property_true(props.get(REPEAT_VALUE)) and value not in (None, ""):
                    repeated[name] = value
            flush(row)
        return columns, records, [widths[c] for c in columns]
    return _records_by_position(page_texts)


def _is_field(el: PrintText) -> bool:
    return el.value is not None or el.value_class is not None


def _records_by_position(page_texts: list[list[tuple[int, int, PrintText]]]) -> tuple[list[str], list[list[Any]], list[int]]:
    """Records from the layout: the detail band with the most texts (of the master or of
    a subreport) gives a record per band, one column per text position; the fields of
    the group headers and of the enclosing reports' detail bands printed before a record
    are repeated in it as leading columns; the column titles are the static texts above
    the first record (column header, page header or title) overlapping each column."""
    counts: dict[str | None, int] = {}
    for texts in page_texts:
        for _, _, el in texts:
            if el.origin is not None and el.origin.band == "detail":
                counts[el.origin.report] = counts.get(el.origin.report, 0) + 1
    if not counts:
        return [], [], []
    source = max(counts, key=lambda k: counts[k])

    def is_record(el: PrintText) -> bool:
        o = el.origin
        return o is not None and o.band == "detail" and o.report == source

    def context_key(el: PrintText) -> tuple | None:
        o = el.origin
        if o is None or not _is_field(el):
            return None
        if (o.band == "detail" and o.report != source) or o.band == "groupHeader":
            return (o.report, o.band, o.group)
        return None

    lefts: dict[int, int] = {}
    context_cols: dict[tuple, tuple[str, int]] = {}  # key + x -> (title, width)
    for texts in page_texts:
        for i, (y, x, el) in enumerate(texts):
            if is_record(el):
                lefts.setdefault(x, el.width)
                continue
            key = context_key(el)
            if key is None or key + (x,) in context_cols:
                continue
            title = None
            for y2, x2, other in texts[max(0, i - 4):i]:  # a label just left of it on its row
                if y2 == y and x2 < x and other.origin == el.origin and not _is_field(other):
                    title = " ".join(text_of(other).split()).rstrip(":").strip()
            origin = el.origin
            default = (origin.group or origin.report or "detail") if origin is not None else "detail"
            context_cols[key + (x,)] = (title or default, el.width)
    xs = sorted(lefts)
    column_of = {x: i for i, x in enumerate(xs)}
    headers = [""] * len(xs)
    for texts in page_texts:
        first_y = next((y for y, _, el in texts if is_record(el)), None)
        if first_y is None:
            continue
        best: list[tuple[int, int]] = [(-1, -1)] * len(xs)  # (y, overlap) of the chosen title
        for y, x, el in texts:
            band = el.origin.band if el.origin is not None else None
            if y >= first_y or _is_field(el) or band not in ("columnHeader", "pageHeader", "title"):
                continue
            for i, left in enumerate(xs):
                overlap = min(left + lefts[left], x + el.width) - max(left, x)
                if overlap * 2 >= min(lefts[left], el.width) and (y, overlap) > best[i]:
                    best[i] = (y, overlap)
                    headers[i] = " ".join(text_of(el).split())
        break
    for i, h in enumerate(headers):
        if not h:
            headers[i] = f"Column {i + 1}"
    context_keys = list(context_cols)
    context_index = {k: i for i, k in enumerate(context_keys)}
    records: list[list[Any]] = []
    context: list[Any] = [None] * len(context_keys)
    width = len(context_keys)
    for texts in page_texts:
        current: list[Any] | None = None
        for _, x, el in texts:
            if not is_record(el):
                key = context_key(el)
                if key is not None:
                    context[context_index[key + (x,)]] = typed_value(el)
                continue
            i = column_of[x]
            if current is None and i != 0 and records:
                # the rest of a record whose band broke across the page: texts before the
                # page's first record start (first column) continue the last record
                last = records[-1]
                value = typed_value(el)
                before = last[width + i]
                last[width + i] = f"{before} {value}" if isinstance(before, str) and isinstance(value, str) \
                    else (value if before is None else before)
                continue
            if current is None or current[width + i] is not _MISSING:
                if current is not None:
                    records.append([None if v is _MISSING else v for v in current])
                current = list(context) + [_MISSING] * len(xs)
            current[width + i] = typed_value(el)
        if current is not None:
            records.append([None if v is _MISSING else v for v in current])
    titles = [t for t, _ in context_cols.values()] + headers
    seen: dict[str, int] = {}
    for i, t in enumerate(titles):  # unique titles: "detail", "detail 2" ...
        n = seen.get(t, 0) + 1
        seen[t] = n
        if n > 1:
            titles[i] = f"{t} {n}"
    widths = [w for _, w in context_cols.values()] + [lefts[x] for x in xs]
    return titles, records, widths


_MISSING = object()


def _data(document: Document, pages: Sequence[int], package: Package) -> None:
    headers, records, widths = _data_records(document, pages)
    name = _sheet_name(document.name or "Data") or "Data"
    sheet = package.sheet(name)
    sheet.column_widths = [max(8.0, w / 5.25) for w in widths]
    sheet.freeze = (1, 0)
    if headers:
        sheet.auto_filter = f"A1:{column_name(len(headers) - 1)}{len(records) + 1}"
    bold = package.style((("Calibri", 11.0, True, False, False, False, "FF000000"), None, None, None, None))
    sheet.add_row([(i, h, bold) for i, h in enumerate(headers)])
    for record in records:
        sheet.add_row([(i, v, None) for i, v in enumerate(record) if v is not None and v != ""])


# --- entry -------------------------------------------------------------------------------


def export_xlsx(document: Document, out: BinaryIO, pages: list[int], /, **options: object) -> None:
    """Write ``document``'s ``pages`` as an XLSX workbook to ``out`` (options: see the
    module text; ``mode="data"`` for one row per record)."""
    opts = _Options(document, dict(options))
    package = Package(out)
    if opts.mode == "data":
        _data(document, pages, package)
    else:
        _faithful(document, pages, opts, package)
    package.save()


register_exporter("xlsx", export_xlsx)
