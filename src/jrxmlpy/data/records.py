"""Python data: any iterable of dicts or objects, and the empty data source.

``RecordsDataSource(records)`` reads the iterable lazily (a generator of a million records
is never materialised).  A field is read by the path of its
``net.sf.jasperreports.javabean.field.property`` property, else its description, else its
name; a dotted path goes through nested dicts / attributes (``Customer.Name``), ``_THIS``
is the record itself.  When the path leads nowhere the field's name is tried, so a prose
description does not hide a key.  Values must already be of the field's kind
(widened where Java would: int for a Double, numbers for a BigDecimal, a date for a Date);
see :func:`jrxmlpy.data.convert.coerce_python`.

``EmptyDataSource(count)`` gives ``count`` records whose fields are all null, as
``JREmptyDataSource``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ..design.report import Field
from .base import DataContext, DataSource, Reader
from .convert import coerce_python

FIELD_PROPERTY = "net.sf.jasperreports.javabean.field.property"
_NOTHING = object()


def _step(obj: Any, name: str) -> Any:
    if obj is None:
        return None
    if isinstance(obj, Mapping):
        return obj.get(name, _NOTHING)
    if isinstance(obj, (list, tuple)) and name.isdigit():
        i = int(name)
        return obj[i] if i < len(obj) else _NOTHING
    try:
        value = getattr(obj, name)
    except AttributeError:
        getter = "get" + name[:1].upper() + name[1:]
        method = getattr(obj, getter, None)
        if callable(method):
            return method()
        return _NOTHING
    return value() if callable(value) and not isinstance(value, type) and _is_getter(name) else value


def _is_getter(name: str) -> bool:
    return name.startswith(("get", "is")) and len(name) > 3


def resolve_path(record: Any, path: str) -> Any:
    """The value ``path`` (dotted) leads to in ``record``; ``_NOTHING`` when it leads nowhere."""
    if path == "_THIS":
        return record
    if isinstance(record, Mapping) and path in record:
        return record[path]
    value = record
    for part in path.split("."):
        value = _step(value, part)
        if value is _NOTHING:
            return _NOTHING
    return value


class RecordsDataSource(DataSource):
    """Records from an iterable of dicts or objects (see the module docstring)."""

    def __init__(self, records: Iterable[Any], *, name: str | None = None) -> None:
        super().__init__()
        self.records = records
        self.name = name or "records"
        try:
            self.record_count = len(records)  # type: ignore[arg-type]
        except TypeError:
            self.record_count = None

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        return iter(self.records)

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        path = f.properties.get(FIELD_PROPERTY) or f.description or f.name
        cls = f.value_class
        zone = ctx.zone
        name = f.name

        def read(record: Any) -> Any:
            value = resolve_path(record, path)
            if value is _NOTHING and path != name:
                value = resolve_path(record, name)
            if value is _NOTHING:
                return None
            return coerce_python(value, cls, zone)

        return read

    def sub_data_source(self, select: str | None = None) -> RecordsDataSource:
        """The collection at ``select`` (a path) in the current record, as records."""
        record = self._require_current()
        value = record if select is None else resolve_path(record, select)
        if value is _NOTHING or value is None:
            value = []
        if isinstance(value, Mapping) or not isinstance(value, Iterable) or isinstance(value, (str, bytes)):
            value = [value]
        return RecordsDataSource(value, name=f"{self.name}.{select}")

    def __repr__(self) -> str:
        return f"<RecordsDataSource {self.name}>"


#: JasperReports' names for the same thing, for expressions and users coming from Java.
JRBeanCollectionDataSource = RecordsDataSource
JRMapCollectionDataSource = RecordsDataSource


class EmptyDataSource(DataSource):
    """``count`` records whose fields are all null."""

    def __init__(self, count: int = 1) -> None:
        super().__init__()
        self.count = max(int(count), 0)
        self.record_count = self.count
        self.name = f"EmptyDataSource({self.count})"

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        return (None for _ in range(self.count))

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        return lambda record: None

    def __repr__(self) -> str:
        return f"<EmptyDataSource {self.count}>"


JREmptyDataSource = EmptyDataSource


class SortedDataSource(RecordsDataSource):
    """The records of a dataset with sort fields, in sorted order: what
    ``$P{REPORT_DATA_SOURCE}`` is while such a dataset fills (JasperReports'
    ``net.sf.jasperreports.engine.fill.SortedDataSource``; templates read its record count)."""

    java_class = "net.sf.jasperreports.engine.fill.SortedDataSource"

    def __init__(self, records: list[Any]) -> None:
        super().__init__(records, name="sorted")
