"""``ExcelDataSource``: the rows of an Excel sheet, read as JasperReports' ``ExcelDataSource``
(``AbstractPoiXlsDataSource``) reads them.

Workbooks: ``.xls`` (BIFF, read with ``xlrd``) and ``.xlsx`` (read with ``openpyxl``);
``format`` "xls" / "xlsx" names the kind, else (``None`` / "autodetect") a file starting
with ``PK\\x03\\x04`` is an ``.xlsx`` and anything else an ``.xls``.  Formula cells give the
value Excel stored with them.

Records: every row of the selected sheet, from the first to the last physical row (empty
rows in between give records of nulls).  ``sheet`` selects the sheet by 0-based index or by
name (any case); without it the rows of the first sheet are followed by those of the next
sheets, as long as each next sheet has more than one row.  With ``header=True`` the first
row of the selected (else the first) sheet names the columns.

Columns: ``columns`` (names) with ``column_indexes`` (their 0-based columns, the same
number of them) or alone (the i-th name is column i); ``column_indexes`` alone names its
columns ``COLUMN_0``, ``COLUMN_1``, ...  A header row renames the given columns after its
cells (or, when none were given, names every column after its cell).  A field reads the
column of its ``net.sf.jasperreports.xls.field.column.name`` property, else of its
``...xls.field.column.index`` property, else the column of its name, else ``COLUMN_<n>``
reads column n.

Values, by the field's class and the cell's type (a missing cell gives null):

* String: a text cell's text, "" for a blank cell; numbers, booleans and errors are an
  error (JasperReports does not format them);
* Boolean: a boolean cell's value; text is ``true`` in any case, blank text null;
* numbers: a numeric cell's value narrowed to the class (``convertNumber``); a text cell
  parsed with ``number_format`` (default: the run locale's ``new DecimalFormat()``);
* dates: a numeric cell as an Excel date (days since 1899-12-30, or 1904-01-01 in 1904
  workbooks) at that local time in the run's zone; a text cell parsed with
  ``date_format`` (default: the run locale's ``new SimpleDateFormat()``, SHORT date and time);
* other classes (Object included) are an error, as in JasperReports.

``date_pattern`` / ``number_pattern`` make those formats (in ``locale`` / ``timezone``, else
the run's), as an Excel data adapter does; JasperReports' query executer properties
``net.sf.jasperreports.xls.date.pattern`` / ``.number.pattern`` have no effect there (the
data source's default formats win), so :mod:`jrxmlpy.data.query` does not pass them.
"""

from __future__ import annotations

import datetime as _dt
import io
import math
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..design.report import Field
from ..errors import DataError, DataSourceNotFoundError, Location
from ..expressions.javalib.text import (
    DateFormat,
    DecimalFormat,
    NumberFormat,
    SimpleDateFormat,
    double_to_string,
)
from .base import DataContext, DataSource, Reader, TextAttributes, _Conversion
from .convert import (
    BOOLEAN,
    DATE_CLASSES,
    NUMBER_CLASSES,
    STRING,
    Converter,
    convert_number,
    date_value,
    formatted_date,
    formatted_number,
    java_trim,
)

#: Field properties naming the column a field reads (JasperReports 6.3.1+).
COLUMN_NAME_PROPERTY = "net.sf.jasperreports.xls.field.column.name"
COLUMN_INDEX_PROPERTY = "net.sf.jasperreports.xls.field.column.index"

FORMATS = ("xls", "xlsx", "autodetect")

# Cell kinds (POI's cell types; "date" is a numeric cell with a date format).
TEXT, NUMERIC, DATE, BOOL, BLANK, ERROR = "text", "numeric", "date", "boolean", "blank", "error"


@dataclass(slots=True, frozen=True)
class Cell:
    """One present cell: its kind and value (text, a float, a bool, "" or an error text)."""

    kind: str
    value: Any


Row = Sequence["Cell | None"]


class _Workbook:
    """Sheets as lists of rows; a row lists its cells up to its last one (None: missing)."""

    def __init__(self, names: list[str], use_1904: bool) -> None:
        self.names = names
        self.use_1904 = use_1904
        self._rows: dict[int, list[Row]] = {}

    def rows(self, index: int) -> list[Row]:
        rows = self._rows.get(index)
        if rows is None:
            rows = self._rows[index] = self._read(index)
        return rows

    def _read(self, index: int) -> list[Row]:  # pragma: no cover - overridden
        raise NotImplementedError

    def close(self) -> None:  # noqa: B027
        pass


class _XlsWorkbook(_Workbook):
    def __init__(self, data: bytes) -> None:
        import xlrd

        # formatting_info keeps blank (formatted) cells apart from missing ones
        self.book = xlrd.open_workbook(file_contents=data, formatting_info=True, ragged_rows=True)
        super().__init__(self.book.sheet_names(), self.book.datemode == 1)

    def _read(self, index: int) -> list[Row]:
        import xlrd

        sheet = self.book.sheet_by_index(index)
        kinds = {
            xlrd.XL_CELL_TEXT: TEXT,
            xlrd.XL_CELL_NUMBER: NUMERIC,
            xlrd.XL_CELL_DATE: DATE,
            xlrd.XL_CELL_BOOLEAN: BOOL,
            xlrd.XL_CELL_BLANK: BLANK,
            xlrd.XL_CELL_ERROR: ERROR,
        }
        rows: list[Row] = []
        for r in range(sheet.nrows):
            row: list[Cell | None] = []
            for c in sheet.row(r):
                kind = kinds.get(c.ctype)
                if kind is None:
                    row.append(None)
                elif kind == BOOL:
                    row.append(Cell(BOOL, bool(c.value)))
                elif kind == ERROR:
                    row.append(Cell(ERROR, xlrd.error_text_from_code.get(c.value, "#N/A")))
                elif kind in (NUMERIC, DATE):
                    row.append(Cell(kind, float(c.value)))
                else:
                    row.append(Cell(kind, c.value))
            rows.append(row)
        return rows

    def close(self) -> None:
        self.book.release_resources()


class _XlsxWorkbook(_Workbook):
    def __init__(self, data: bytes) -> None:
        import openpyxl

        self.book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        super().__init__(list(self.book.sheetnames), self.book.epoch != _dt.datetime(1899, 12, 30))

    def _read(self, index: int) -> list[Row]:
        from openpyxl.cell.read_only import EmptyCell
        from openpyxl.utils.datetime import to_excel

        sheet = self.book.worksheets[index]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # rows as stored, not padded to the declared dimension
        rows: list[Row] = []
        for cells in sheet.iter_rows():
            row: list[Cell | None] = []
            for c in cells:
                if isinstance(c, EmptyCell):
                    row.append(None)
                    continue
                value = c.value
                if value is None:
                    row.append(Cell(BLANK, ""))
                elif isinstance(value, bool):
                    row.append(Cell(BOOL, value))
                elif isinstance(value, (int, float)):
                    row.append(Cell(NUMERIC, float(value)))
                elif isinstance(value, (_dt.datetime, _dt.date, _dt.time, _dt.timedelta)):
                    row.append(Cell(DATE, float(to_excel(value, self.book.epoch))))
                elif c.data_type == "e":
                    row.append(Cell(ERROR, str(value)))
                else:
                    row.append(Cell(TEXT, str(value)))
            rows.append(row)
        return rows

    def close(self) -> None:
        self.book.close()


def _open_workbook(data: bytes, fmt: str, name: str) -> _Workbook:
    if fmt == "autodetect":
        fmt = "xlsx" if data[:4] == b"PK\x03\x04" else "xls"
    try:
        return _XlsxWorkbook(data) if fmt == "xlsx" else _XlsWorkbook(data)
    except Exception as exc:  # the readers raise many kinds of errors on damaged files
        raise DataError(f"{name}: cannot read the {fmt.upper()} workbook: {exc}") from None


def excel_date(serial: float, use_1904: bool, zone: _dt.tzinfo) -> _dt.datetime | None:
    """The instant of an Excel date number in ``zone`` (POI's ``DateUtil.getJavaDate``):
    whole days from the epoch (Excel's 29 February 1900 taken as 1 March), the fraction
    rounded to a millisecond; negative numbers are no date (None)."""
    if math.isnan(serial) or serial < 0 or math.isinf(serial):
        return None
    days = math.floor(serial)
    millis = int((serial - days) * 86_400_000 + 0.5)
    if use_1904:
        start = _dt.datetime(1904, 1, 1)
    elif days < 61:
        start = _dt.datetime(1899, 12, 31)
    else:
        start = _dt.datetime(1899, 12, 30)
    local = start + _dt.timedelta(days=days, milliseconds=millis)
    return local.replace(tzinfo=zone)


def cell_text(cell: Cell, use_1904: bool, ctx: DataContext) -> str:
    """POI's ``Cell.toString``, which names header columns."""
    if cell.kind == NUMERIC:
        return double_to_string(cell.value)
    if cell.kind == DATE:
        value = excel_date(cell.value, use_1904, ctx.zone)
        return "" if value is None else SimpleDateFormat("dd-MMM-yyyy", ctx.locale, ctx.zone).format(value)
    if cell.kind == BOOL:
        return "TRUE" if cell.value else "FALSE"
    return str(cell.value)


class ExcelDataSource(DataSource):
    """The rows of an Excel sheet (see the module docstring).

    ``source``: a path, the workbook's bytes, or a binary file object.
    """

    def __init__(
        self,
        source: Any,
        columns: Sequence[str] | None = None,
        header: bool = False,
        sheet: str | int | None = None,
        *,
        column_indexes: Sequence[int] | None = None,
        format: str | None = None,  # noqa: A002 - JasperReports' word
        date_pattern: str | None = None,
        number_pattern: str | None = None,
        locale: str | None = None,
        timezone: Any = None,
        date_format: SimpleDateFormat | None = None,
        number_format: DecimalFormat | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        self.source = source
        self.name = name or (os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<excel>")
        fmt = (format or "autodetect").strip().lower()
        if fmt not in FORMATS:
            raise DataError(f"{self.name}: unknown Excel format {format!r} (xls, xlsx or autodetect)")
        self.format = fmt
        if isinstance(source, (str, os.PathLike)) and not os.path.isfile(os.fspath(source)):
            raise DataSourceNotFoundError(
                f"Excel file not found: {self.name}", self.name, Location(self.name)
            )
        self.columns = list(columns) if columns is not None else None
        self.column_indexes = (
            [_index(i, self.name) for i in column_indexes] if column_indexes is not None else None
        )
        if (
            self.columns is not None
            and self.column_indexes is not None
            and len(self.columns) != len(self.column_indexes)
        ):
            raise DataError(
                f"{self.name}: {len(self.columns)} column names but {len(self.column_indexes)} column indexes"
            )
        self.header = header
        self.sheet = None if sheet is None or sheet == "" else str(sheet)
        self.attributes = TextAttributes(date_pattern, number_pattern, locale, timezone)
        self.date_format = date_format
        self.number_format = number_format
        self._column_index: dict[str, int] = {}
        self._book: _Workbook | None = None

    # --- reading ------------------------------------------------------------------------

    def _data(self) -> bytes:
        src = self.source
        try:
            if isinstance(src, (bytes, bytearray)):
                return bytes(src)
            if isinstance(src, (str, os.PathLike)):
                with open(os.fspath(src), "rb") as fh:
                    return fh.read()
            if hasattr(src, "read"):
                data = src.read()
                if isinstance(data, str):
                    raise DataError(f"{self.name}: an Excel workbook must be read from a binary stream")
                return bytes(data)
        except OSError as exc:
            raise DataError(f"{self.name}: cannot read the Excel file: {exc.strerror or exc}") from None
        raise DataError(f"cannot read an Excel workbook from {type(src).__name__}")

    def _sheet_index(self, book: _Workbook) -> int:
        selection = self.sheet
        if selection is None:
            return 0
        try:
            index = int(selection)
        except ValueError:
            index = None
        if index is not None:
            if not 0 <= index < len(book.names):
                raise DataError(
                    f"{self.name}: sheet index {index} is out of range [0..{len(book.names) - 1}]"
                )
            return index
        for i, sheet_name in enumerate(book.names):
            if sheet_name.lower() == selection.lower():
                return i
        raise DataError(
            f"{self.name}: sheet {selection!r} not found in the workbook (sheets: {', '.join(book.names)})"
        )

    def _initial_columns(self) -> dict[str, int]:
        if self.columns is not None:
            indexes = self.column_indexes if self.column_indexes is not None else range(len(self.columns))
            return dict(zip(self.columns, indexes, strict=True))
        if self.column_indexes is not None:
            return {f"COLUMN_{i}": index for i, index in enumerate(self.column_indexes)}
        return {}

    def _read_header(self, row: Row, book: _Workbook, ctx: DataContext) -> None:
        if not self._column_index:
            self._column_index = {
                (cell_text(cell, book.use_1904, ctx) if cell is not None else f"COLUMN_{i}"): i
                for i, cell in enumerate(row)
            }
            return
        renamed: dict[str, int] = {}
        for index in self._column_index.values():
            cell = row[index] if index < len(row) else None
            if cell is not None:
                renamed[cell_text(cell, book.use_1904, ctx)] = index
        self._column_index = renamed

    def _records(self, ctx: DataContext) -> Iterator[Row]:
        book = _open_workbook(self._data(), self.format, self.name)
        self._book = book
        try:
            self._column_index = self._initial_columns()
            index = self._sheet_index(book)
            while True:
                rows = book.rows(index)
                start = 0
                if self.header and (self.sheet is not None or index == 0) and rows:
                    self._read_header(rows[0], book, ctx)
                    start = 1
                    if len(rows) == 1:
                        return  # JasperReports stops at a sheet holding only its header
                yield from rows[start:]
                if self.sheet is not None:
                    return
                if index + 1 < len(book.names) and len(book.rows(index + 1)) > 1:
                    index += 1
                    continue
                return
        finally:
            book.close()

    # --- fields -------------------------------------------------------------------------

    def _index(self, f: Field) -> int:
        """``AbstractXlsDataSource.getColumnIndex``."""
        props = f.properties or {}
        name = props.get(COLUMN_NAME_PROPERTY)
        if name is not None:
            index = self._column_index.get(name)
            if index is None:
                raise DataError(f"{self.name}: unknown Excel column name {name!r} (field {f.name!r})")
            return index
        explicit = props.get(COLUMN_INDEX_PROPERTY)
        if explicit is not None:
            return _index(explicit, self.name, f.name)
        index = self._column_index.get(f.name)
        if index is None and f.name.startswith("COLUMN_"):
            index = _index(f.name[7:], self.name, f.name)
        if index is None:
            raise DataError(f"{self.name}: unknown Excel column name {f.name!r}")
        return index

    def _formats(self, ctx: DataContext) -> tuple[SimpleDateFormat, DecimalFormat]:
        """The formats text cells are parsed with: the given ones, else made of the
        patterns, else JasperReports' defaults ``new SimpleDateFormat()`` /
        ``new DecimalFormat()`` of the run's locale and zone."""
        attrs = self.attributes
        date_format = self.date_format
        if date_format is None:
            if attrs.date_pattern:
                zone = attrs.time_zone if attrs.time_zone is not None else ctx.zone
                date_format = SimpleDateFormat(attrs.date_pattern, attrs.locale or ctx.locale, zone)
            else:
                pattern = DateFormat.style_pattern("SHORT", "SHORT", ctx.locale)
                date_format = SimpleDateFormat(pattern, ctx.locale, ctx.zone)
        number_format = self.number_format
        if number_format is None:
            if attrs.number_pattern:
                number_format = DecimalFormat(attrs.number_pattern, attrs.locale or ctx.locale)
            else:
                number_format = NumberFormat.get_instance(ctx.locale)
        return date_format, number_format

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        cls = f.value_class
        conv = Converter(self.attributes, ctx)
        date_format, number_format = self._formats(ctx)
        supported = cls == STRING or cls in BOOLEAN or cls in NUMBER_CLASSES or cls in DATE_CLASSES
        state: dict[str, int] = {}

        def read(row: Row) -> Any:
            index = state.get("i")
            if index is None:
                index = state["i"] = self._index(f)  # the header is known once reading began
            cell = row[index] if index < len(row) else None
            if cell is None:
                return None
            if not supported:
                raise _Conversion(_raw(cell), f"an Excel field of class {cls} cannot be read")
            kind = cell.kind
            if cls == STRING:
                if kind == TEXT or kind == BLANK:
                    return cell.value
                raise _Conversion(_raw(cell), f"cannot get a text value from a {_kind_name(kind)} cell")
            if cls in BOOLEAN and kind == BOOL:
                return cell.value
            if kind in (NUMERIC, DATE):
                if cls in NUMBER_CLASSES:
                    return convert_number(cell.value, cls)
                if cls in DATE_CLASSES:
                    value = excel_date(cell.value, self._book.use_1904 if self._book else False, ctx.zone)
                    return None if value is None else date_value(value, cls, ctx.zone)
            if kind not in (TEXT, BLANK):
                raise _Conversion(_raw(cell), f"cannot get a text value from a {_kind_name(kind)} cell")
            text = cell.value
            if not java_trim(text):
                return None
            if cls in BOOLEAN:
                return conv.text(text, cls)
            if cls in NUMBER_CLASSES:
                return formatted_number(number_format, text, cls)
            return formatted_date(date_format, text, cls, ctx.zone)

        return read

    def __repr__(self) -> str:
        return f"<ExcelDataSource {self.name}>"


def _kind_name(kind: str) -> str:
    return "numeric" if kind == DATE else kind


def _raw(cell: Cell) -> Any:
    return cell.value


def _index(value: Any, name: str, field: str | None = None) -> int:
    try:
        index = int(str(value).strip())
    except ValueError:
        where = f" (field {field!r})" if field else ""
        raise DataError(f"{name}: bad Excel column index {value!r}{where}") from None
    if index < 0:
        where = f" (field {field!r})" if field else ""
        raise DataError(f"{name}: bad Excel column index {value!r}{where}")
    return index


__all__ = ["COLUMN_INDEX_PROPERTY", "COLUMN_NAME_PROPERTY", "Cell", "ExcelDataSource", "excel_date"]
