"""Query executers: the data source a dataset's ``<queryString language="...">`` gives.

``data_source_for_query(query, params, context)`` does what JasperReports' query
executers do for ``json``, ``jsonql``, ``xPath`` and ``csv``: ``$P{name}`` / ``$P!{name}``
in the query text are replaced by the parameter's value as text; the data comes from the
built-in parameters, else from parameters or dataset properties naming a resource
(looked up in ``context.resources``):

=========  ==========================================================================
json(ql)   ``JSON_INPUT_STREAM`` (bytes / file object / parsed value), else
           ``net.sf.jasperreports.json.source``; patterns
           ``net.sf.jasperreports.json.date.pattern`` / ``.number.pattern``; locale
           ``JSON_LOCALE`` else ``net.sf.jasperreports.json.locale.code``; zone
           ``JSON_TIME_ZONE`` else ``net.sf.jasperreports.json.timezone.id``
xPath      ``XML_DATA_DOCUMENT`` (lxml tree / element / bytes), else
           ``net.sf.jasperreports.xml.source``; ``XML_DATE_PATTERN``,
           ``XML_NUMBER_PATTERN``, ``XML_LOCALE`` / ``net.sf.jasperreports.xml.locale.code``,
           ``XML_TIME_ZONE`` / ``net.sf.jasperreports.xml.timezone.id``; namespaces from
           ``net.sf.jasperreports.xml.detect.namespaces`` and
           ``net.sf.jasperreports.xml.namespace.<prefix>`` properties
csv        ``CSV_READER``/``CSV_INPUT_STREAM``/``CSV_FILE``, else
           ``net.sf.jasperreports.csv.source``; columns from
           ``net.sf.jasperreports.csv.column.names`` (comma separated),
           ``CSV_COLUMN_NAMES_ARRAY``, ``net.sf.jasperreports.csv.column.names.*``
           properties, else the dataset's field names; ``CSV_DATE_FORMAT`` /
           ``...csv.date.pattern``, ``CSV_NUMBER_FORMAT`` / ``...csv.number.pattern``,
           ``...csv.field.delimiter``, ``...csv.record.delimiter``,
           ``...csv.use.first.row.as.header``, ``...csv.encoding``; locale and zone
           ``REPORT_LOCALE`` / ``REPORT_TIME_ZONE``
xls(x)     ``XLSX_INPUT_STREAM`` / ``XLS_INPUT_STREAM`` / ``XLSX_FILE`` / ``XLS_FILE``,
           else ``net.sf.jasperreports.xlsx.source`` / ``...xls.source``; the sheet
           ``...xls.sheet.selection``; ``...xls.format`` (xls, xlsx, autodetect); columns
           from ``...xlsx.column.names`` / ``...xls.column.names`` (comma separated),
           ``XLS(X)_COLUMN_NAMES_ARRAY``, properties prefixed with those names, else the
           dataset's field names, with ``...xls(x).column.indexes`` /
           ``XLS(X)_COLUMN_INDEXES_ARRAY`` (alike); ``XLS(X)_USE_FIRST_ROW_AS_HEADER``;
           ``XLS(X)_DATE_FORMAT`` / ``XLS(X)_NUMBER_FORMAT`` (the ``...date.pattern`` /
           ``...number.pattern`` properties have no effect in JasperReports 6.20)
=========  ==========================================================================

When no data is named at all, JasperReports fills without records: so does this (an
``EmptyDataSource(0)``, with a warning in the log).

``sql`` (the default language) runs on ``REPORT_CONNECTION`` (:mod:`jrxmlpy.data.sql`;
without a connection: no records, with a warning); ``plsql`` and the other database
languages raise :class:`jrxmlpy.errors.UnsupportedFeatureError`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from ..design.report import Field, Parameter, Query
from ..errors import DataError, DataSourceNotFoundError, UnsupportedFeatureError
from ..expressions.javalib.text import big_decimal_to_string, double_to_string
from .base import DataContext, DataSource, locale_tag
from .csv import CsvDataSource
from .excel import ExcelDataSource
from .json import JsonDataSource, JsonValue, load_json_file
from .jsonql import JsonQLDataSource
from .records import EmptyDataSource
from .xml import XmlDataSource

log = logging.getLogger(__name__)

SQL_LANGUAGES = {"sql", "plsql", "hql", "ejbql", "mdx", "xmla-mdx", "cql", "mongodbquery", "sparql"}

JSON_SOURCE = "net.sf.jasperreports.json.source"
XML_SOURCE = "net.sf.jasperreports.xml.source"
CSV_SOURCE = "net.sf.jasperreports.csv.source"

_PARAM = re.compile(r"\$P!?\{([^}]*)\}")


def java_string_of(value: Any) -> str:
    """``String.valueOf`` of a parameter value."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return double_to_string(value)
    if isinstance(value, Decimal):
        return big_decimal_to_string(value)
    if isinstance(value, (list, tuple, set)):
        return "[" + ", ".join(java_string_of(v) for v in value) + "]"
    return str(value)


def substitute_parameters(text: str, params: Mapping[str, Any]) -> str:
    """``$P{x}`` and ``$P!{x}`` replaced by the text of parameter ``x``."""
    return _PARAM.sub(lambda m: java_string_of(params.get(m.group(1).strip())), text)


class _Lookup:
    """``getParameterValue`` / ``getStringParameterOrProperty`` of a query executer."""

    def __init__(self, params: Mapping[str, Any], context: DataContext) -> None:
        self.params = params
        self.context = context

    def param(self, name: str) -> Any:
        return self.params.get(name)

    def string(self, *names: str) -> str | None:
        for name in names:
            value = self.params.get(name)
            if isinstance(value, str):
                return value
        for name in names:
            value = self.context.properties.get(name)
            if value is not None:
                return value
        return None

    def boolean(self, name: str, default: bool) -> bool:
        value = self.params.get(name)
        if isinstance(value, bool):
            return value
        text = value if isinstance(value, str) else self.context.properties.get(name)
        return default if text is None else text.strip().lower() == "true"

    def locale(self, param: str, code: str) -> str | None:
        value = self.params.get(param)
        if value is not None:
            return locale_tag(value)
        return self.string(code)

    def zone(self, param: str, code: str) -> Any:
        value = self.params.get(param)
        if value is not None:
            return value
        return self.string(code)

    def resource(self, name: str) -> bytes:
        path = self.context.resources.find(name)
        if path is None:
            raise DataSourceNotFoundError(
                f"data file {name!r} not found in {self.context.resources._describe()}", name
            )
        return path.read_bytes()

    def resource_path(self, name: str) -> str:
        resources = self.context.resources
        key = ("found", tuple(resources.folders), name)  # looked up once per fill
        path = self.context.parsed.get(key)
        if path is None:
            path = resources.find(name)
            if path is not None:
                self.context.parsed[key] = path
        if path is None:
            raise DataSourceNotFoundError(
                f"data file {name!r} not found in {self.context.resources._describe()}", name
            )
        return str(path)


def _stream_bytes(value: Any) -> Any:
    if hasattr(value, "read"):
        return value.read()
    return value


def data_source_for_query(
    query: Query | None,
    params: Mapping[str, Any] | None = None,
    context: DataContext | None = None,
    fields: Sequence[Field] = (),
    parameters: Sequence[Parameter] | None = None,
    dataset: str = "",
) -> DataSource:
    """The data source of ``query`` (see the module docstring).  ``fields``: the dataset's
    fields (the CSV executer names columns after them when nothing else does);
    ``parameters``: its declared parameters (the SQL executer binds ``$P{}`` by their
    classes and refuses names that are not declared); ``dataset``: its name, for messages."""
    params = params or {}
    ctx = context or DataContext()
    language = (query.language if query is not None else "sql") or "sql"
    lang = language.strip().lower()
    if lang == "sql" and query is not None:
        from ..report import BUILTIN_PARAMETERS
        from .sql import sql_data_source

        source = sql_data_source(query, params, ctx, parameters, dataset=dataset, builtins=BUILTIN_PARAMETERS)
        return source if source is not None else EmptyDataSource(0)
    if lang == "plsql":
        raise UnsupportedFeatureError(
            "plsql queries (stored procedures) are not supported: use a sql query", "plsql",
            query.location if query is not None else None)
    text = substitute_parameters(query.text, params).strip() if query is not None and query.text else ""
    look = _Lookup(params, ctx)
    if lang in ("json", "jsonql"):
        return _json_source(lang, text, look)
    if lang == "xpath" or lang == "xpath2":
        return _xml_source(text, look)
    if lang == "csv":
        return _csv_source(look, fields)
    if lang in ("xls", "xlsx"):
        return _excel_source(look, fields)
    if lang in SQL_LANGUAGES:
        raise UnsupportedFeatureError(
            f"the {language} query needs a database connection: SQL comes in a later version", "sql"
        )
    raise UnsupportedFeatureError(f"query language {language!r} is not supported", f"query:{language}")


def _no_data(kind: str) -> DataSource:
    log.warning("no %s data was given: the dataset has no records", kind)
    return EmptyDataSource(0)


def _json_source(lang: str, text: str, look: _Lookup) -> DataSource:
    stream = look.param("JSON_INPUT_STREAM")
    name = None
    if stream is not None:
        data: Any = _stream_bytes(stream)
        if isinstance(data, str):
            data = data.encode("utf-8")
        if not isinstance(data, (bytes, bytearray)):
            data = JsonValue(data)
    else:
        source = look.string(JSON_SOURCE)
        if source is None:
            return _no_data("JSON")
        name = look.resource_path(source)
        data = load_json_file(name, look.context.parsed)
    options = dict(
        date_pattern=look.string("net.sf.jasperreports.json.date.pattern"),
        number_pattern=look.string("net.sf.jasperreports.json.number.pattern"),
        locale=look.locale("JSON_LOCALE", "net.sf.jasperreports.json.locale.code"),
        timezone=look.zone("JSON_TIME_ZONE", "net.sf.jasperreports.json.timezone.id"),
        name=name,
    )
    if lang == "jsonql":
        return JsonQLDataSource(data, text or None, **options)
    return JsonDataSource(data, text or None, **options)


def _xml_source(text: str, look: _Lookup) -> DataSource:
    document = look.param("XML_DATA_DOCUMENT")
    if document is None:
        source = look.string(XML_SOURCE)
        if source is None:
            return _no_data("XML")
        document = look.resource_path(source)
    else:
        document = _stream_bytes(document)
    props = look.context.properties
    namespaces = {
        k[len("net.sf.jasperreports.xml.namespace.") :]: v
        for k, v in props.items()
        if k.startswith("net.sf.jasperreports.xml.namespace.")
    }
    return XmlDataSource(
        document,
        text or None,
        date_pattern=look.string("XML_DATE_PATTERN", "net.sf.jasperreports.xml.date.pattern"),
        number_pattern=look.string("XML_NUMBER_PATTERN", "net.sf.jasperreports.xml.number.pattern"),
        locale=look.locale("XML_LOCALE", "net.sf.jasperreports.xml.locale.code"),
        timezone=look.zone("XML_TIME_ZONE", "net.sf.jasperreports.xml.timezone.id"),
        namespaces=namespaces,
        detect_namespaces=look.boolean("net.sf.jasperreports.xml.detect.namespaces", False),
    )


def _csv_source(look: _Lookup, fields: Sequence[Field]) -> DataSource:
    encoding = look.string("net.sf.jasperreports.csv.encoding") or "utf-8"
    source: Any = look.param("CSV_READER") or look.param("CSV_INPUT_STREAM") or look.param("CSV_FILE")
    if source is None:
        name = look.string(CSV_SOURCE)
        if name is None:
            return _no_data("CSV")
        source = look.resource_path(name)
    names: list[str] | None = None
    joined = look.string("net.sf.jasperreports.csv.column.names")
    if joined is not None:
        names = [joined]
    elif look.param("CSV_COLUMN_NAMES_ARRAY") is not None:
        names = list(look.param("CSV_COLUMN_NAMES_ARRAY"))
    else:
        prefixed = [
            v
            for k, v in look.context.properties.items()
            if k.startswith("net.sf.jasperreports.csv.column.names.")
        ]
        if prefixed:
            names = prefixed
        elif fields:
            names = [f.name for f in fields]
    columns = [token.strip() for n in names for token in n.split(",")] if names else None
    delimiter = look.string("net.sf.jasperreports.csv.field.delimiter") or ","
    record_delimiter = look.string("net.sf.jasperreports.csv.record.delimiter")
    return CsvDataSource(
        source,
        columns=columns,
        header=look.boolean("net.sf.jasperreports.csv.use.first.row.as.header", False),
        delimiter=delimiter,
        record_delimiter=record_delimiter if record_delimiter is not None else "\n",
        encoding=encoding,
        date_pattern=look.string("net.sf.jasperreports.csv.date.pattern"),
        number_pattern=look.string("net.sf.jasperreports.csv.number.pattern"),
        locale=locale_tag(look.param("REPORT_LOCALE")) or look.string("net.sf.jasperreports.csv.locale.code"),
        timezone=look.param("REPORT_TIME_ZONE") or look.string("net.sf.jasperreports.csv.timezone.id"),
        date_format=look.param("CSV_DATE_FORMAT"),
        number_format=look.param("CSV_NUMBER_FORMAT"),
    )


_XLS = "net.sf.jasperreports.xls."
_XLSX = "net.sf.jasperreports.xlsx."


def _excel_source(look: _Lookup, fields: Sequence[Field]) -> DataSource:
    """``ExcelQueryExecuter.createDatasource`` and ``AbstractXlsQueryExecuter.initDatasource``:
    every setting is looked up under its xlsx name first, then its xls name."""

    def param(suffix: str) -> Any:
        value = look.param("XLSX_" + suffix)
        return value if value is not None else look.param("XLS_" + suffix)

    source: Any = param("INPUT_STREAM")
    if source is None:
        source = param("FILE")
    name = None
    if source is None:
        location = look.string(_XLSX + "source") or look.string(_XLS + "source")
        if location is None:
            return _no_data("Excel")
        source = name = look.resource_path(location)
    elif isinstance(source, (str, bytes, bytearray)) or hasattr(source, "__fspath__"):
        pass
    else:
        source = _stream_bytes(source)

    def listed(key: str, array: str) -> list[str] | None:
        joined = look.string(_XLSX + key) or look.string(_XLS + key)
        if joined is not None:
            return [joined]
        values = param(array)
        if values is not None:
            return [str(v) for v in values]
        for prefix in (_XLSX + key, _XLS + key):
            found = [v for k, v in look.context.properties.items() if k.startswith(prefix)]
            if found:
                return found
        return None

    names = listed("column.names", "COLUMN_NAMES_ARRAY")
    if names is None and fields:
        names = [f.name for f in fields]
    columns = [t.strip() for n in names for t in n.split(",")] if names else None
    index_texts = listed("column.indexes", "COLUMN_INDEXES_ARRAY")
    indexes = [_int(t, "Excel column index") for n in index_texts for t in n.split(",")] if index_texts else None
    if columns is None and indexes is None:
        log.warning("no Excel column names or column indexes were given")
    header = False
    for key in ("XLSX_USE_FIRST_ROW_AS_HEADER", "XLS_USE_FIRST_ROW_AS_HEADER"):
        value = look.param(key)
        if not isinstance(value, (bool, str)):
            value = look.context.properties.get(key)
        if value is not None:
            header = value if isinstance(value, bool) else value.strip().lower() == "true"
            break
    fmt = look.param("XLS_FORMAT") or look.string(_XLS + "format")
    return ExcelDataSource(
        source,
        columns=columns,
        header=header,
        sheet=look.string(_XLS + "sheet.selection") or None,
        column_indexes=indexes,
        format=str(getattr(fmt, "name", fmt)).lower() if fmt else None,
        locale=locale_tag(param("LOCALE")) or look.string(_XLSX + "locale.code", _XLS + "locale.code")
        or locale_tag(look.param("REPORT_LOCALE")),
        timezone=param("TIMEZONE") or look.string(_XLSX + "timezone.id", _XLS + "timezone.id")
        or look.param("REPORT_TIME_ZONE"),
        date_format=param("DATE_FORMAT"),
        number_format=param("NUMBER_FORMAT"),
        name=name,
    )


def _int(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise DataError(f"bad {what} {text!r}") from None
