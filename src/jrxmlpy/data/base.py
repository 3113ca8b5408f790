"""The data source protocol the filler uses.

A :class:`DataSource` is *bound* to the fields of a dataset and then iterated record by
record::

    for values in source.bind(dataset.fields, context):   # values: {field name: value}
        ...

``bind`` returns a generator: records are read one at a time (a CSV file is read as the
records are asked for, a Python generator is never materialised).  While a record is being
handed out, the source keeps it as its *current record*, so that expressions can call
``sub_data_source(select)`` / ``data_source(select)`` on ``$P{REPORT_DATA_SOURCE}`` as
JasperReports templates do (``((JsonDataSource)$P{REPORT_DATA_SOURCE}).subDataSource("Orders")``);
the Java names ``subDataSource`` / ``dataSource`` are aliases of the Python ones.

Values are converted to each field's declared class and represented as
``jrxmlpy.expressions.types`` says: Integer/Long/Short/Byte/BigInteger -> ``int``,
Double/Float -> ``float`` (a Float is rounded to single precision), BigDecimal ->
``Decimal``, String -> ``str``, Boolean -> ``bool``, java.util.Date/Timestamp -> aware
``datetime`` in the context's time zone, java.sql.Date -> ``date``, java.sql.Time -> ``time``,
java.lang.Object -> the raw value (dicts, lists, ...).

:class:`DataContext` carries what the filler knows: the resource folders (data files are
looked up there), the locale and time zone of the run (JasperReports' JVM defaults, used
when a source has none of its own; dates are handed out in that zone), default date/number
patterns, and the dataset's properties (query executers read settings from them).

Errors: a value that cannot be converted raises :class:`jrxmlpy.errors.FieldValueError`
(a ``DataError``) naming the field, the record number and the value; missing files raise
``DataSourceNotFoundError``; malformed JSON/XML raise ``DataError`` with line and column.
"""

from __future__ import annotations

import datetime as _dt
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from ..design.report import Field
from ..errors import DataError, FieldValueError, Location
from ..resources import Resources

log = logging.getLogger(__name__)

#: A field reader: raw record -> converted value (may raise ``_Conversion``).
Reader = Callable[[Any], Any]


def java_time_zone(tz: Any) -> _dt.tzinfo:
    """A tzinfo from a Java time zone id (``Europe/Bucharest``, ``GMT``, ``GMT+02:00``) or a
    tzinfo; unknown ids give GMT, as ``TimeZone.getTimeZone`` does."""
    if tz is None:
        return ZoneInfo("GMT")
    if isinstance(tz, _dt.tzinfo):
        return tz
    text = str(getattr(tz, "id", tz)).strip()
    if text.upper().startswith(("GMT+", "GMT-", "UTC+", "UTC-")) and len(text) > 4:
        sign = 1 if text[3] == "+" else -1
        body = text[4:]
        try:
            if ":" in body:
                hours, minutes = (int(p) for p in body.split(":", 1))
            elif len(body) > 2:
                hours, minutes = int(body[:-2]), int(body[-2:])
            else:
                hours, minutes = int(body), 0
            return _dt.timezone(sign * _dt.timedelta(hours=hours, minutes=minutes))
        except ValueError:
            return ZoneInfo("GMT")
    try:
        return ZoneInfo(text)
    except (ValueError, KeyError, OSError):
        return ZoneInfo("GMT")


def locale_tag(loc: Any) -> str | None:
    """A Java locale spelling from a ``str``, a babel ``Locale`` or None."""
    if loc is None:
        return None
    if isinstance(loc, str):
        return loc
    text = str(loc)
    return text


@dataclass(slots=True)
class DataContext:
    """What a data source needs to know about the run.

    ``locale`` / ``time_zone``: the locale and zone of the run (JasperReports' JVM
    defaults ``Locale.getDefault()`` / ``TimeZone.getDefault()``, which jrxmlpy takes to be
    the report's).  Text values are parsed with a source's own locale/zone when it has one,
    else with these; dates are handed out in ``time_zone``.
    ``date_pattern`` / ``number_pattern``: defaults for text sources that have none.
    ``parsed``: see the field.
    ``properties``: the dataset's (and report's) properties, read by query executers
    (``net.sf.jasperreports.json.source``, ``net.sf.jasperreports.csv.column.names``, ...).
    """

    resources: Resources = field(default_factory=Resources)
    locale: str = "en_US"
    time_zone: Any = "GMT"
    date_pattern: str | None = None
    number_pattern: str | None = None
    properties: Mapping[str, str] = field(default_factory=dict)
    #: Data files already parsed during this fill (a report and its subreports), by
    #: (path, modification time, size): subreports that run a query over the same file
    #: read it once.  The parsed values are never modified by their readers.  Also the
    #: data files found by name in the resource folders (once per fill).
    parsed: dict[Any, Any] = field(default_factory=dict)

    @property
    def zone(self) -> _dt.tzinfo:
        return java_time_zone(self.time_zone)


@dataclass(slots=True)
class TextAttributes:
    """Date/number patterns, locale and zone used to parse text values (JasperReports'
    ``TextDataSourceAttributes``); None means "the run's default"."""

    date_pattern: str | None = None
    number_pattern: str | None = None
    locale: str | None = None
    time_zone: Any = None

    def copy(self) -> TextAttributes:
        return TextAttributes(self.date_pattern, self.number_pattern, self.locale, self.time_zone)


class _Conversion(Exception):
    """Raised by a reader: ``value`` could not be converted (``reason`` says why)."""

    def __init__(self, value: Any, reason: str) -> None:
        super().__init__(reason)
        self.value = value
        self.reason = reason


class DataSource(ABC):
    """A source of records; see the module docstring for the protocol."""

    #: Number of records when known before reading (None otherwise).
    record_count: int | None = None

    def __init__(self) -> None:
        self._current: Any = None
        self._has_current = False
        self.name: str = type(self).__name__

    # --- protocol ---------------------------------------------------------------------

    def bind(self, fields: Sequence[Field], context: DataContext | None = None) -> Iterator[dict[str, Any]]:
        """Iterate the records as ``{field name: converted value}``; the source's current
        record follows the iteration."""
        ctx = context if context is not None else DataContext()
        readers = [(f, self._reader(f, ctx)) for f in fields]
        return self._iterate(readers, ctx)

    def _iterate(self, readers: list[tuple[Field, Reader]], ctx: DataContext) -> Iterator[dict[str, Any]]:
        number = 0
        named = [(f.name, f, read) for f, read in readers]
        for record in self._records(ctx):
            number += 1
            self._current = record
            self._has_current = True
            values: dict[str, Any] = {}
            for name, f, read in named:
                try:
                    values[name] = read(record)
                except _Conversion as exc:
                    raise FieldValueError(
                        f"{self.name}: field {f.name!r} ({f.value_class}), record {number}: "
                        f"cannot convert {exc.value!r}: {exc.reason}",
                        f.name,
                        number,
                        exc.value,
                    ) from None
                except DataError:
                    raise
            yield values

    @abstractmethod
    def _records(self, ctx: DataContext) -> Iterable[Any]:
        """The raw records, lazily."""

    @abstractmethod
    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        """A function that gives the value of field ``f`` from a raw record."""

    @property
    def current(self) -> Any:
        """The raw current record (a JSON value, an lxml element, a list of CSV cells, a
        dict or object), or None before the first record."""
        return self._current

    def _require_current(self) -> Any:
        if not self._has_current:
            raise DataError(f"{self.name}: there is no current record to take a sub data source from")
        return self._current

    def sub_data_source(self, select: str | None = None) -> DataSource:
        """A data source over the current record (JSON, JSONQL, XML)."""
        raise DataError(f"{self.name} has no sub data sources")

    def data_source(self, select: str | None = None) -> DataSource:
        """A data source over the whole document with another select (XML)."""
        raise DataError(f"{self.name} cannot create data sources")

    def close(self) -> None:  # noqa: B027
        """Release what the source holds open (files)."""

    # Java spellings, for expressions
    def subDataSource(self, select: str | None = None) -> DataSource:  # noqa: N802
        return self.sub_data_source(select)

    def dataSource(self, select: str | None = None) -> DataSource:  # noqa: N802
        return self.data_source(select)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"


def field_expression(f: Field, property_name: str | None, *, empty_property_falls_back: bool) -> str:
    """The expression a field is read with: its ``property_name`` property, else its
    description, else its name (JasperReports' rule for JSON, JSONQL and XPath)."""
    value = f.properties.get(property_name) if property_name else None
    if value is None and property_name:
        value = _literal_property_expression(f, property_name)
    if value is None or (empty_property_falls_back and value == ""):
        value = f.description
        if value is None or value == "":
            value = f.name
    return value


def _literal_property_expression(f: Field, name: str) -> str | None:
    """A field ``<propertyExpression>`` whose expression is a plain Java string literal
    (``"^^[\\"Company Name\\"]"``) is read without evaluating it; others are left to the
    filler, which should put their values in ``Field.properties`` before binding."""
    for pe in f.property_expressions:
        if pe.name == name:
            text = pe.expression.text.strip()
            if len(text) >= 2 and text[0] == '"' and text[-1] == '"':
                return _unescape_java_string(text[1:-1])
    return None


def _unescape_java_string(body: str) -> str:
    out: list[str] = []
    i = 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
            if n == "u":
                j = i + 1
                while j < len(body) and body[j] == "u":
                    j += 1
                out.append(chr(int(body[j : j + 4], 16)))
                i = j + 4
                continue
        out.append(c)
        i += 1
    return "".join(out)


def location_of(name: str, line: int | None = None, column: int | None = None) -> Location:
    return Location(name, line, column)


