"""Data adapters: the ``.jrdax`` files a report names with the
``net.sf.jasperreports.data.adapter`` property.

``load_data_adapter(name, resources)`` finds and parses one; ``adapter.data_source(query,
params, context, fields)`` gives the data source it stands for:

* ``emptyDataAdapter`` -> ``EmptyDataSource(recordCount)``;
* ``csvDataAdapter`` -> a CSV data source of its file, columns (``columnNames``, else the
  first row with ``useFirstRowAsHeader``, else in query executer mode the dataset's fields),
  delimiters, date/number patterns, locale and zone;
* ``jsonDataAdapter`` / ``xmlDataAdapter`` -> with ``useConnection`` the report's query
  (json, jsonql or xPath) runs on the adapter's file, else the adapter's own
  ``selectExpression``;
* ``excelDataAdapter`` / ``xlsDataAdapter`` / ``xlsxDataAdapter`` -> an Excel data source of
  its file (``format``: xls, xlsx or autodetect), sheet, columns (``columnNames`` with
  ``columnIndexes``, unless ``useFirstRowAsHeader``) and date/number patterns; in query
  executer mode the report's query (xls, xlsx) runs on the file with those settings as
  parameters (``XLS_INPUT_STREAM``, ``XLS_DATE_FORMAT``, ``XLS_COLUMN_NAMES_ARRAY``, ...);
* ``jdbcDataAdapter`` -> its ``url`` (a JDBC URL: ``jdbc:postgresql://host/db``,
  ``jdbc:sqlite:file.db`` found among the resource folders, ...) with ``username`` /
  ``password`` opened by :func:`jrxmlpy.data.sql.connect` (read-only); the report's SQL
  query runs on it and it is closed when the rows are read (``$P{REPORT_CONNECTION}`` is
  not set by the adapter: pass a connection to the fill for subreports);
* other database adapters (JNDI, Hibernate, Mondrian, ...) raise ``UnsupportedFeatureError``,
  and so do unknown adapters.

The data file is looked up among the resource folders (``/data/x.json`` is found as
``data/x.json`` in one of them).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..design.report import Field, Parameter, Query
from ..errors import (
    DataError,
    DataSourceNotFoundError,
    Location,
    TemplateSyntaxError,
    UnsafeTemplateError,
    UnsupportedFeatureError,
)
from ..expressions.javalib.text import DecimalFormat, SimpleDateFormat
from ..jrxml.xmlsource import local_name, parse_xml
from ..resources import Resources
from .base import DataContext, DataSource
from .csv import CsvDataSource
from .excel import ExcelDataSource
from .json import JsonDataSource
from .jsonql import JsonQLDataSource
from .query import data_source_for_query
from .records import EmptyDataSource
from .xml import XmlDataSource

ADAPTER_PROPERTY = "net.sf.jasperreports.data.adapter"

_DATABASE_KINDS = {
    "dsDataAdapter",
    "jndiDataAdapter",
    "hibernateDataAdapter",
    "ejbqlDataAdapter",
    "mondrianDataAdapter",
    "xmlaDataAdapter",
    "remoteXmlDataAdapter",
}


@dataclass(slots=True)
class DataAdapter:
    """A parsed data adapter: its kind (root element name), the settings (element name ->
    text; repeated elements -> lists) and the file it came from."""

    kind: str
    name: str
    settings: dict[str, Any] = field(default_factory=dict)
    source: str = "<adapter>"

    def get(self, key: str, default: Any = None) -> Any:
        value = self.settings.get(key, default)
        return value[-1] if isinstance(value, list) and key not in _LISTS else value

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.get(key)
        return default if value is None else str(value).strip().lower() == "true"

    def data_file(self) -> str | None:
        return self.get("fileName") or self.get("dataFile.location") or self.get("dataFile.url")

    def data_source(
        self,
        query: Query | None = None,
        params: Mapping[str, Any] | None = None,
        context: DataContext | None = None,
        fields: Sequence[Field] = (),
        parameters: Sequence[Parameter] | None = None,
        dataset: str = "",
    ) -> DataSource:
        ctx = context or DataContext()
        params = dict(params or {})
        kind = self.kind
        if kind == "emptyDataAdapter":
            return EmptyDataSource(int(self.get("recordCount") or 0))
        if kind == "jdbcDataAdapter":
            return self._jdbc(query, params, ctx, fields, parameters, dataset)
        if kind in _DATABASE_KINDS:
            raise UnsupportedFeatureError(
                f"data adapter {self.name!r} ({kind}) is not supported: give the fill a connection "
                "(jrxmlpy.data.connect(url)) or use a jdbcDataAdapter",
                f"adapter:{kind}",
                Location(self.source),
            )
        if kind == "csvDataAdapter":
            return self._csv(ctx, fields)
        if kind == "jsonDataAdapter" or kind == "jsonQLDataAdapter":
            return self._json(query, params, ctx, fields)
        if kind == "xmlDataAdapter":
            return self._xml(query, params, ctx, fields)
        if kind in _EXCEL_KINDS:
            return self._excel(query, params, ctx, fields)
        raise UnsupportedFeatureError(
            f"data adapter {self.name!r} of kind {kind} is not supported",
            f"adapter:{kind}",
            Location(self.source),
        )

    def _path(self, ctx: DataContext) -> str:
        name = self.data_file()
        if not name:
            raise DataError(f"data adapter {self.name!r} names no data file", Location(self.source))
        path = ctx.resources.find(name)
        if path is None:
            raise DataSourceNotFoundError(
                f"data file {name!r} of data adapter {self.name!r} not found in {ctx.resources._describe()}",
                name,
                Location(self.source),
            )
        return str(path)

    def _csv(self, ctx: DataContext, fields: Sequence[Field]) -> DataSource:
        header = self.flag("useFirstRowAsHeader")
        columns = list(self.settings.get("columnNames", []) or [])
        if not columns and not header and self.flag("queryExecuterMode") and fields:
            columns = [f.name for f in fields]
        locale = self.get("locale")
        zone = self.get("timeZone")
        date_pattern, number_pattern = self.get("datePattern"), self.get("numberPattern")
        delimiter = self.get("fieldDelimiter")
        record = self.get("recordDelimiter")
        return CsvDataSource(
            self._path(ctx),
            columns=columns or None,
            header=header,
            delimiter=delimiter if delimiter else ",",
            record_delimiter=record if record else "\n",
            encoding=self.get("encoding") or "utf-8",
            locale=locale,
            timezone=zone,
            date_format=SimpleDateFormat(date_pattern, locale or ctx.locale, zone or ctx.zone)
            if date_pattern
            else None,
            number_format=DecimalFormat(number_pattern, locale or ctx.locale) if number_pattern else None,
            name=self._path(ctx),
        )

    def _excel(
        self, query: Query | None, params: dict[str, Any], ctx: DataContext, fields: Sequence[Field]
    ) -> DataSource:
        """``AbstractXlsDataAdapterService.contributeParameters``."""
        path = self._path(ctx)
        fmt = _EXCEL_KINDS[self.kind] or (self.get("format") or "autodetect")
        locale, zone = self.get("locale") or None, self.get("timeZone") or None
        date_pattern, number_pattern = self.get("datePattern"), self.get("numberPattern")
        date_format = (
            SimpleDateFormat(date_pattern, locale or ctx.locale, zone or ctx.zone) if date_pattern else None
        )
        number_format = DecimalFormat(number_pattern, locale or ctx.locale) if number_pattern else None
        header = self.flag("useFirstRowAsHeader")
        sheet = self.get("sheetSelection") or None
        names = list(self.settings.get("columnNames", []) or [])
        given = [_column_index(i, self) for i in self.settings.get("columnIndexes", []) or []]
        columns = indexes = None
        if not header and names:
            columns = names
            indexes = [given[i] if i < len(given) else i for i in range(len(names))]
        if self.flag("queryExecuterMode") and query is not None:
            lang = (query.language or "").strip().lower()
            for key, value in (
                ("XLS_INPUT_STREAM", path),
                ("XLS_LOCALE", locale),
                ("XLS_TIMEZONE", zone),
                ("XLS_DATE_FORMAT", date_format),
                ("XLS_NUMBER_FORMAT", number_format),
                ("XLS_USE_FIRST_ROW_AS_HEADER", header),
                ("net.sf.jasperreports.xls.sheet.selection", sheet),
                ("net.sf.jasperreports.xls.format", fmt),
                ("XLS_COLUMN_NAMES_ARRAY", columns),
                ("XLS_COLUMN_INDEXES_ARRAY", indexes),
            ):
                if value is not None:
                    params.setdefault(key, value)
            return data_source_for_query(Query(query.text, lang if lang in ("xls", "xlsx") else "xls"), params, ctx, fields)
        return ExcelDataSource(
            path,
            columns=columns,
            header=header,
            sheet=sheet,
            column_indexes=indexes,
            format=fmt,
            locale=locale,
            timezone=zone,
            date_format=date_format,
            number_format=number_format,
        )

    def _jdbc(
        self, query: Query | None, params: dict[str, Any], ctx: DataContext, fields: Sequence[Field],
        parameters: Sequence[Parameter] | None, dataset: str,
    ) -> DataSource:
        from .sql import SqlDataSource, connect

        if params.get("REPORT_CONNECTION") is not None and query is not None:  # the caller's connection wins
            return data_source_for_query(Query(query.text, "sql", query.location), params, ctx, fields,
                                         parameters=parameters, dataset=dataset)
        url = (self.get("url") or "").strip()
        if not url:
            raise DataError(f"data adapter {self.name!r} names no JDBC url", Location(self.source))
        low = url.lower()
        if low.startswith("jdbc:sqlite:") and not low.startswith("jdbc:sqlite::memory:"):
            path = url[len("jdbc:sqlite:"):]
            found = ctx.resources.find(path) if not Path(path).is_absolute() else None
            url = f"sqlite:///{found if found is not None else path}"
        options = {k: v for k, v in (("user", self.get("username")), ("password", self.get("password"))) if v}
        try:
            connection = connect(url, **options)
        except DataError as exc:
            raise DataError(f"data adapter {self.name!r}: {exc.message}", Location(self.source)) from None
        params.setdefault("REPORT_CONNECTION", connection)
        if query is None or not query.text.strip():
            connection.close()
            return EmptyDataSource(0)
        try:
            source = data_source_for_query(Query(query.text, "sql", query.location), params, ctx, fields,
                                           parameters=parameters, dataset=dataset)
        except BaseException:
            connection.close()
            raise
        if isinstance(source, SqlDataSource) and source.connection is connection:
            source.close_connection = True
        else:
            connection.close()
        return source

    def _text_options(self) -> dict[str, Any]:
        return dict(
            date_pattern=self.get("datePattern") or None,
            number_pattern=self.get("numberPattern") or None,
            locale=self.get("locale") or None,
            timezone=self.get("timeZone") or None,
        )

    def _json(
        self, query: Query | None, params: dict[str, Any], ctx: DataContext, fields: Sequence[Field]
    ) -> DataSource:
        path = self._path(ctx)
        language = (self.get("language") or "json").lower()
        if self.flag("useConnection") and query is not None:
            lang = (query.language or language).lower()
            if lang not in ("json", "jsonql"):
                lang = language
            options = self._text_options()
            params.setdefault("JSON_INPUT_STREAM", Path(path).read_bytes())
            for key, param in (
                ("date_pattern", "net.sf.jasperreports.json.date.pattern"),
                ("number_pattern", "net.sf.jasperreports.json.number.pattern"),
                ("locale", "JSON_LOCALE"),
                ("timezone", "JSON_TIME_ZONE"),
            ):
                if options[key] is not None:
                    params.setdefault(param, options[key])
            return data_source_for_query(Query(query.text, lang), params, ctx, fields)
        select = self.get("selectExpression")
        cls = JsonQLDataSource if language == "jsonql" else JsonDataSource
        return cls(path, select, **self._text_options())

    def _xml(
        self, query: Query | None, params: dict[str, Any], ctx: DataContext, fields: Sequence[Field]
    ) -> DataSource:
        path = self._path(ctx)
        if self.flag("useConnection") and query is not None:
            options = self._text_options()
            params.setdefault("XML_DATA_DOCUMENT", path)
            for key, param in (
                ("date_pattern", "XML_DATE_PATTERN"),
                ("number_pattern", "XML_NUMBER_PATTERN"),
                ("locale", "XML_LOCALE"),
                ("timezone", "XML_TIME_ZONE"),
            ):
                if options[key] is not None:
                    params.setdefault(param, options[key])
            return data_source_for_query(Query(query.text, "xPath"), params, ctx, fields)
        namespaces = {}
        for item in self.settings.get("namespaces", []) or []:
            if isinstance(item, dict) and item.get("prefix"):
                namespaces[item["prefix"]] = item.get("uri", "")
        return XmlDataSource(
            path,
            self.get("selectExpression"),
            namespaces=namespaces,
            detect_namespaces=self.flag("detectNamespaces"),
            **self._text_options(),
        )


_LISTS = {"columnNames", "columnIndexes", "namespaces"}

#: Excel adapter kinds and the workbook format each reads (None: its ``format`` setting).
_EXCEL_KINDS = {"excelDataAdapter": None, "xlsDataAdapter": "xls", "xlsxDataAdapter": "xlsx"}


def _column_index(text: str, adapter: DataAdapter) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise DataError(f"data adapter {adapter.name!r}: bad column index {text!r}", Location(adapter.source)) from None


def parse_data_adapter(source: Any, name: str | None = None) -> DataAdapter:
    """Parse a ``.jrdax`` file (path, bytes or text)."""
    try:
        doc = parse_xml(source, name)
    except (TemplateSyntaxError, UnsafeTemplateError) as exc:
        raise DataError(f"data adapter: {exc.message}", exc.location) from None
    root = doc.root
    settings: dict[str, Any] = {}
    for child in root:
        if not isinstance(child.tag, str):
            continue
        key = local_name(child)
        if len(child):
            if key == "namespaces":
                value: Any = {local_name(c): (c.text or "") for c in child if isinstance(c.tag, str)}
                settings.setdefault(key, []).append(value)
                continue
            for sub in child:
                if isinstance(sub.tag, str):
                    settings[f"{key}.{local_name(sub)}"] = sub.text or ""
            continue
        text = child.text or ""
        if key in _LISTS:
            settings.setdefault(key, []).append(text)
        else:
            settings[key] = text
    kind = local_name(root)
    return DataAdapter(kind, settings.get("name", kind) or kind, settings, doc.name)


def load_data_adapter(name: str, resources: Resources) -> DataAdapter:
    """Find ``name`` among ``resources`` and parse it."""
    lookup = name[len("repo:") :] if name.startswith("repo:") else name
    path = resources.find(lookup)
    if path is None and not lookup.endswith(".jrdax"):
        path = resources.find(lookup + ".jrdax")
    if path is None:
        raise DataSourceNotFoundError(f"data adapter {name!r} not found in {resources._describe()}", name)
    return parse_data_adapter(str(path))


def data_source_for_adapter(
    name: str,
    query: Query | None = None,
    params: Mapping[str, Any] | None = None,
    context: DataContext | None = None,
    fields: Sequence[Field] = (),
    parameters: Sequence[Parameter] | None = None,
    dataset: str = "",
) -> DataSource:
    """The data source of the adapter ``name`` (found in ``context.resources``)."""
    ctx = context or DataContext()
    return load_data_adapter(name, ctx.resources).data_source(query, params, ctx, fields, parameters, dataset)


__all__ = [
    "ADAPTER_PROPERTY",
    "DataAdapter",
    "parse_data_adapter",
    "load_data_adapter",
    "data_source_for_adapter",
]
