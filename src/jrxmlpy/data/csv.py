"""``CsvDataSource``: comma separated values read as ``JRCsvDataSource`` reads them.

Rows end at the record delimiter (``"\\n"`` by default; ``"\\r\\n"`` and other strings of
several characters work); cells are split at the field delimiter (one character).  Cells
are trimmed; a cell starting with a quote is quoted: it may hold delimiters and record
delimiters, a doubled quote stands for one quote, and a quote elsewhere is an error (as
JasperReports' strict mode).  A BOM at the start is dropped.  Short rows are padded with
empty cells.

Fields are matched to columns by name: the names given (``columns``), or those of the
first row (``header=True``); a field named ``COLUMN_<n>`` reads column ``n`` (0-based).
Values: String fields get the cell; other fields get null for an empty cell, Boolean
fields ``true`` (any case) or false; numbers and dates are parsed with ``number_format`` /
``date_format`` (a ``DecimalFormat`` / ``SimpleDateFormat``) when given, else with the
patterns, locale and zone (see :mod:`jrxmlpy.data.convert`).

The file is read incrementally, one row at a time.
"""

from __future__ import annotations

import codecs
import io
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..design.report import Field
from ..errors import DataError, DataSourceNotFoundError, Location
from ..expressions.javalib.text import DecimalFormat, SimpleDateFormat
from .base import DataContext, DataSource, Reader, TextAttributes, _Conversion
from .convert import (
    BOOLEAN,
    DATE_CLASSES,
    NUMBER_CLASSES,
    STRING,
    Converter,
    formatted_date,
    formatted_number,
    java_trim,
)

_CHUNK = 1 << 16



#: Field properties naming the CSV column a field reads (JasperReports 6.x).
COLUMN_INDEX_PROPERTY = "net.sf.jasperreports.csv.field.column.index"
COLUMN_NAME_PROPERTY = "net.sf.jasperreports.csv.field.column.name"

class _CharReader:
    """Reads rows as ``JRCsvDataSource.getRow`` does."""

    def __init__(self, stream: io.TextIOBase, record_delimiter: str) -> None:
        self.stream = stream
        self.delim = record_delimiter
        self.buf = ""
        self.pos = 0
        self.eof = False

    def _fill(self) -> bool:
        if self.eof:
            return False
        data = self.stream.read(_CHUNK)
        if not data:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + data
        self.pos = 0
        return True

    def _char(self) -> str | None:
        if self.pos >= len(self.buf) and not self._fill():
            return None
        c = self.buf[self.pos]
        self.pos += 1
        return c

    def row(self) -> str | None:
        out: list[str] = []
        first = self.delim[0]
        while True:
            # fast path: copy up to the next candidate character
            if self.pos >= len(self.buf) and not self._fill():
                return "".join(out) if out else None
            a = self.buf.find(first, self.pos)
            b = self.buf.find("\0", self.pos)
            stop = min(x for x in (a, b, len(self.buf)) if x >= 0)
            if stop > self.pos:
                out.append(self.buf[self.pos : stop])
                self.pos = stop
                continue
            c = self._char()
            assert c is not None
            temp = [c]
            is_delim = True  # a NUL stands for the delimiter's first character
            i = 1
            while i < len(self.delim) and is_delim:
                nxt = self._char()
                if nxt is None:  # end of data while matching: the row ends here
                    return "".join(out) if out else None
                temp.append(nxt)
                if nxt != self.delim[i]:
                    is_delim = False
                i += 1
            if is_delim:
                return "".join(out)
            out.append("".join(temp))
            out.append(c)  # JasperReports appends the first character once more


def _split_row(row: str, delim: str, ncolumns: int, row_reader: _CharReader, record_delim: str) -> list[str]:
    """``JRCsvDataSource.parseRow``."""
    fields: list[str] = []
    pos = start = added = leading = 0
    inside = quoted = misplaced = False
    if row and row[0] == "\ufeff":
        row = row[1:]
    while pos < len(row):
        c = row[pos]
        if pos == start:
            while pos + leading < len(row) and row[pos + leading] <= " " and row[pos + leading] != delim:
                leading += 1
        if c == '"':
            starting = pos == start + leading or (not inside and row[pos - 1] == delim)
            if starting:
                inside = quoted = True
            elif inside:
                if pos + 1 < len(row):
                    if row[pos + 1] == '"':
                        pos += 1
                    else:
                        trailing = 1
                        while pos + trailing < len(row):
                            nxt = row[pos + trailing]
                            if nxt <= " " and nxt != delim:
                                trailing += 1
                            else:
                                break
                        if pos + trailing < len(row) and row[pos + trailing] != delim:
                            raise DataError(f"misplaced quote at position {pos} in row: {row}")
                        inside = False
                else:
                    inside = False
            else:
                raise DataError(f"misplaced quote at position {pos} in row: {row}")
        if c == delim and not inside:
            fields.append(_cell(row[start:pos], quoted))
            quoted = inside = False
            added += 1
            if added == ncolumns:
                added = 0
            start = pos + 1
            leading = 0
        pos += 1
        if pos == len(row) and inside:
            more = row_reader.row()
            if more is not None:
                row = row + record_delim + more
    if misplaced:  # pragma: no cover - strict mode raises earlier
        raise DataError(f"misplaced quote in row: {row}")
    fields.append(_cell(row[start:pos], quoted))
    added += 1
    while added < ncolumns:
        fields.append("")
        added += 1
    return fields


def _cell(text: str, quoted: bool) -> str:
    text = java_trim(text)
    if quoted:
        if text.endswith('"'):
            text = text[:-1]
        else:
            raise DataError(f"malformed quoted field: {text}")
        text = text[1:].replace('""', '"')
    return text


class CsvDataSource(DataSource):
    """CSV records (see the module docstring).

    ``source``: a path, CSV bytes, or a text/binary file object.
    """

    def __init__(
        self,
        source: Any,
        columns: Sequence[str] | None = None,
        header: bool = False,
        delimiter: str = ",",
        record_delimiter: str = "\n",
        encoding: str = "utf-8",
        date_pattern: str | None = None,
        number_pattern: str | None = None,
        locale: str | None = None,
        timezone: Any = None,
        *,
        date_format: SimpleDateFormat | None = None,
        number_format: DecimalFormat | None = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        if not delimiter:
            raise DataError("the CSV field delimiter is empty")
        if not record_delimiter:
            raise DataError("the CSV record delimiter is empty")
        self.source = source
        self.columns = list(columns) if columns is not None else None
        self.header = header
        self.delimiter = delimiter[0]
        self.record_delimiter = record_delimiter
        self.encoding = encoding
        self.attributes = TextAttributes(date_pattern, number_pattern, locale, timezone)
        self.date_format = date_format
        self.number_format = number_format
        self.name = name or (os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<csv>")
        if isinstance(source, (str, os.PathLike)) and not os.path.isfile(os.fspath(source)):
            raise DataSourceNotFoundError(f"CSV file not found: {self.name}", self.name, Location(self.name))
        self._column_index: dict[str, int] = {}
        self._started = False

    def _open(self) -> tuple[io.TextIOBase, bool]:
        src = self.source
        if isinstance(src, (bytes, bytearray)):
            return io.StringIO(bytes(src).decode(self.encoding)), True
        if isinstance(src, (str, os.PathLike)):
            return open(os.fspath(src), encoding=self.encoding, newline=""), True
        if hasattr(src, "read"):
            if isinstance(src, io.TextIOBase):
                return src, False
            return codecs.getreader(self.encoding)(src), False  # type: ignore[return-value]
        raise DataError(f"cannot read CSV from {type(src).__name__}")

    def _records(self, ctx: DataContext) -> Iterator[list[str]]:
        if self._started and not isinstance(self.source, (bytes, bytearray, str, os.PathLike)):
            raise DataError(f"{self.name}: a CSV stream can only be read once")
        self._started = True
        stream, owned = self._open()
        try:
            reader = _CharReader(stream, self.record_delimiter)
            self._column_index = {n: i for i, n in enumerate(self.columns or [])}
            if self.header:
                row = reader.row()
                if row is not None:
                    names = _split_row(
                        row, self.delimiter, len(self._column_index), reader, self.record_delimiter
                    )
                    self._column_index = {n: i for i, n in enumerate(names)}
            while True:
                row = reader.row()
                if row is None:
                    return
                yield _split_row(row, self.delimiter, len(self._column_index), reader, self.record_delimiter)
        finally:
            if owned:
                stream.close()

    def _index(self, f: Field) -> int:
        """The column of field ``f``: its ``csv.field.column.index`` / ``column.name``
        property, else its name among the column names, else ``COLUMN_<n>``."""
        props = f.properties or {}
        explicit = props.get(COLUMN_INDEX_PROPERTY)
        if explicit is not None and explicit.strip().lstrip("-").isdigit():
            return int(explicit)
        index = self._column_index.get(props.get(COLUMN_NAME_PROPERTY) or f.name)
        if index is None and f.name.startswith("COLUMN_"):
            try:
                index = int(f.name[7:])
            except ValueError:
                index = None
        if index is None:
            raise DataError(f"{self.name}: unknown CSV column name {f.name!r}")
        return index

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        cls = f.value_class
        conv = Converter(self.attributes, ctx)
        state: dict[str, int] = {}
        number_format, date_format = self.number_format, self.date_format

        def read(cells: list[str]) -> Any:
            index = state.get("i")
            if index is None:
                index = state["i"] = self._index(f)  # the header is known once reading began
            if index >= len(cells):
                return None
            value = cells[index]
            if cls == STRING:
                return value
            value = java_trim(value)
            if not value:
                return None
            if cls in BOOLEAN:
                return value.lower() == "true"
            if cls in NUMBER_CLASSES:
                if number_format is not None:
                    return formatted_number(number_format, value, cls)
                return conv.text(value, cls)
            if cls in DATE_CLASSES:
                if date_format is not None:
                    return formatted_date(date_format, value, cls, ctx.zone)
                return conv.text(value, cls)
            raise _Conversion(value, f"a CSV value cannot be converted to {cls}")

        return read

    def __repr__(self) -> str:
        return f"<CsvDataSource {self.name}>"


def iter_rows(
    source: Any, delimiter: str = ",", record_delimiter: str = "\n", encoding: str = "utf-8"
) -> Iterable[list[str]]:
    """The rows of a CSV source as lists of cells (no header handling)."""
    ds = CsvDataSource(source, delimiter=delimiter, record_delimiter=record_delimiter, encoding=encoding)
    return ds._records(DataContext())
