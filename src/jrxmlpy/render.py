"""``jrxmlpy.render``: compile, fill and export in one call; and what ``jrxmlpy render``
(the command line) builds its fill inputs with.

    jrxmlpy.render("invoice.jrxml", data=[{"item": "Tea", "price": 3}], target="invoice.pdf")

The helpers do what the conformance oracle (``shared/tools/jasper-oracle``) does for a
case, so that the command line fills a case the way JasperReports did:

* :func:`build_parameters`: typed parameter values from JSON (``--params-json``, CASES.md)
  and text (``-P NAME=VALUE``), converted by the class the report declares
  (:mod:`jrxmlpy.params`); then :func:`harness_defaults` (``SUBREPORT_DIR`` = the template's
  folder when declared and not given; an :class:`~jrxmlpy.params.AbstractTest` for every
  parameter of that class not given).
* :func:`build_data_source`: the data source of :class:`DataOptions` (``--data-type`` and
  friends).  Text sources take their date/number patterns, locale and zone from the options,
  else from the parameters the matching query executer reads.  A JSON or XML file given
  without a select runs through the report's own query when it has one of that language
  (the file becomes ``JSON_INPUT_STREAM`` / ``XML_DATA_DOCUMENT``, and the date/number
  pattern, locale and zone options the parameters that query executer reads); XML always
  passes the parsed document as ``XML_DATA_DOCUMENT``.
* :func:`resource_properties`: ``jasperreports.properties`` at the top of the resource
  folders (the first folder wins), then the given properties.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from .data import (
    CsvDataSource,
    DataSource,
    EmptyDataSource,
    ExcelDataSource,
    JsonDataSource,
    JsonQLDataSource,
    XmlDataSource,
)
from .errors import DataSourceNotFoundError, JrxmlpyError
from .expressions.javalib import util as U
from .expressions.javalib.jasper import InputStream
from .params import (
    ABSTRACT_TEST_CLASSES,
    AbstractTest,
    ParameterError,
    ParameterFileNotFoundError,
    ValueContext,
    from_json,
    from_text,
    parameter_classes,
    parse_assignment,
    parse_locale,
)

__all__ = [
    "render",
    "DataOptions",
    "DATA_TYPES",
    "build_parameters",
    "build_data_source",
    "harness_defaults",
    "load_params_json",
    "resource_properties",
    "compile_template",
    "unescape",
]

#: The values of ``--data-type``.
DATA_TYPES = ("none", "empty", "json", "jsonql", "xml", "csv", "xls", "xlsx")

#: The data types read from ``--data-file``.
FILE_DATA_TYPES = ("json", "jsonql", "xml", "csv", "xls", "xlsx")


class RenderError(JrxmlpyError):
    """A render option is wrong (a data type without its file, a bad encoding, ...)."""


@dataclass(slots=True)
class DataOptions:
    """Where the records come from (the ``data`` of a conformance case)."""

    type: str = "none"
    file: str | os.PathLike[str] | None = None
    select: str | None = None
    count: int = 1
    columns: Sequence[str] | None = None
    header: bool = False
    delimiter: str | None = None
    record_delimiter: str | None = None
    encoding: str | None = None
    date_pattern: str | None = None
    number_pattern: str | None = None
    locale: str | None = None
    timezone: str | None = None

    def check(self) -> None:
        """RenderError when the options do not make sense together."""
        if self.type not in DATA_TYPES:
            raise RenderError(f"unknown data type {self.type!r}; one of {', '.join(DATA_TYPES)}")
        if self.type in FILE_DATA_TYPES and not self.file:
            raise RenderError(f"data type {self.type} needs a data file (--data-file)")
        if self.type in ("none", "empty") and self.file:
            raise RenderError(f"data type {self.type} takes no data file: give --data-type {'|'.join(FILE_DATA_TYPES)}")
        if self.type == "empty" and self.count < 0:
            raise RenderError(f"the record count of an empty data source is not negative: {self.count}")
        if self.encoding:
            try:
                codecs.lookup(python_encoding(self.encoding))
            except LookupError:
                raise RenderError(f"unknown encoding {self.encoding!r}") from None
        if self.file and not Path(os.fspath(self.file)).is_file():
            raise DataSourceNotFoundError(f"data file not found: {os.fspath(self.file)}", os.fspath(self.file))


def python_encoding(java_name: str) -> str:
    """Java charset names Python spells otherwise (``Cp1252``, ``ISO8859_1``)."""
    name = java_name.strip()
    low = name.lower()
    if low.startswith("cp") and low[2:].isdigit():
        return "cp" + low[2:]
    if low.startswith("iso8859_"):
        return "iso-8859-" + low[8:]
    return name


def unescape(text: str | None) -> str | None:
    """Backslash escapes in a delimiter typed on a command line (``\\r\\n``, ``\\t``,
    ``\\\\``, ``\\uXXXX``); real control characters (as the conformance runner passes
    them) are kept as they are."""
    if text is None or "\\" not in text:
        return text
    simple = {"n": "\n", "r": "\r", "t": "\t", "f": "\f", "b": "\b", "0": "\0", "\\": "\\", "s": " "}
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
            if n == "u" and i + 6 <= len(text):
                digits = text[i + 2 : i + 6]
                try:
                    out.append(chr(int(digits, 16)))
                    i += 6
                    continue
                except ValueError:
                    pass
        out.append(c)
        i += 1
    return "".join(out)


# --- template ------------------------------------------------------------------------------


def compile_template(template: Any, resources: Iterable[str | os.PathLike[str]] = ()) -> Any:
    """A compiled :class:`~jrxmlpy.report.Report` of ``template`` (a path, JRXML text or
    bytes, or an already compiled report)."""
    from .report import Report
    from .report import compile as compile_report

    if isinstance(template, Report):
        return template
    return compile_report(template, list(resources))


# --- parameters ----------------------------------------------------------------------------


def load_params_json(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The object of a parameters JSON file (name -> value as CASES.md says)."""
    p = Path(os.fspath(path))
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ParameterFileNotFoundError(f"parameters file not found: {p}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterError(f"cannot read parameters file {p}: {exc}") from None
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParameterError(f"{p}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}") from None
    if not isinstance(value, dict):
        raise ParameterError(f"{p}: the parameters are a JSON object (name: value), not {type(value).__name__}")
    return value


def build_parameters(
    report: Any,
    *,
    params: Mapping[str, Any] | None = None,
    assignments: Iterable[str | tuple[str, str]] = (),
    ctx: ValueContext | None = None,
    strict: bool = True,
) -> dict[str, Any]:
    """Parameter values for ``report``: ``params`` (JSON-like values, ``$type`` objects, or
    Python values) converted by :func:`jrxmlpy.params.from_json`, then ``assignments``
    (``"NAME=VALUE"`` texts, or pairs) by :func:`jrxmlpy.params.from_text`, which win.
    A text for a parameter the report does not know is a ParameterError when ``strict``."""
    ctx = ctx or ValueContext()
    classes = parameter_classes(report)
    declared = {p.name: p for p in report.design.parameters}
    values: dict[str, Any] = {}
    for name, value in (params or {}).items():
        values[name] = from_json(value, classes.get(name), ctx, name=name)
    for item in assignments:
        try:
            name, text = parse_assignment(item) if isinstance(item, str) else item
        except ValueError as exc:
            raise ParameterError(f"-P: {exc}") from None
        java_class = classes.get(name)
        if java_class is None:
            if strict:
                known = ", ".join(p.name for p in report.design.parameters) or "none"
                raise ParameterError(
                    f"unknown parameter {name!r}: the report declares {known} "
                    f"(give undeclared parameters with --params-json)", name)
            java_class = "java.lang.String"
        nested = declared[name].nested_type if name in declared else None
        values[name] = from_text(text, java_class, ctx, name=name, nested_type=nested)
    return values


def harness_defaults(report: Any, params: dict[str, Any], resources: Sequence[str | os.PathLike[str]] = ()) -> None:
    """What the conformance oracle adds to a case's parameters: ``SUBREPORT_DIR`` is the
    template's folder (with a trailing ``/``) when the report declares it and no value is
    given; a parameter of class ``AbstractTest`` not given gets an :class:`AbstractTest`."""
    declared = {p.name: p for p in report.design.parameters}
    path = getattr(report, "path", None)
    if "SUBREPORT_DIR" in declared and "SUBREPORT_DIR" not in params and path is not None:
        params["SUBREPORT_DIR"] = str(Path(path).resolve().parent) + os.sep
    for name, p in declared.items():
        if name not in params and p.value_class in ABSTRACT_TEST_CLASSES:
            params[name] = AbstractTest(_resource_folders(report, resources), p.value_class)


def _resource_folders(report: Any, resources: Sequence[str | os.PathLike[str]]) -> list[str | os.PathLike[str]]:
    folders = getattr(getattr(report, "resources", None), "folders", None)
    return list(folders) if folders else list(resources)


# --- data ----------------------------------------------------------------------------------

_PARAM_NAMES = {
    # kind: (locale parameter, zone parameter)
    "json": ("JSON_LOCALE", "JSON_TIME_ZONE"),
    "jsonql": ("JSON_LOCALE", "JSON_TIME_ZONE"),
    "xml": ("XML_LOCALE", "XML_TIME_ZONE"),
    "csv": ("CSV_LOCALE", "CSV_TIMEZONE"),
}


def _first_string(params: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = params.get(name)
        if isinstance(value, str):
            return value
    return None


def _text_options(options: DataOptions, params: Mapping[str, Any]) -> dict[str, Any]:
    """Patterns, locale and zone of a text data source: the options', else the parameters
    the query executer of that kind reads (the oracle's ``textOptions``)."""
    kind = options.type
    upper = kind.upper()
    date_pattern = options.date_pattern or _first_string(
        params, f"net.sf.jasperreports.{kind}.date.pattern", f"{upper}_DATE_PATTERN")
    number_pattern = options.number_pattern or _first_string(
        params, f"net.sf.jasperreports.{kind}.number.pattern", f"{upper}_NUMBER_PATTERN")
    locale_param, zone_param = _PARAM_NAMES[kind]
    locale: Any = parse_locale(options.locale) if options.locale else params.get(locale_param)
    if isinstance(locale, str):
        locale = parse_locale(locale)
    zone: Any = options.timezone if options.timezone else params.get(zone_param)
    if isinstance(zone, U.TimeZone):
        zone = zone.id
    return {
        "date_pattern": date_pattern,
        "number_pattern": number_pattern,
        "locale": str(locale) if isinstance(locale, U.Locale) else None,
        "timezone": zone if isinstance(zone, str) else None,
    }


#: The parameters a query executer reads its text options from: date pattern, number pattern,
#: locale, time zone.
_QUERY_OPTION_PARAMS = {
    "json": ("net.sf.jasperreports.json.date.pattern", "net.sf.jasperreports.json.number.pattern",
             "JSON_LOCALE", "JSON_TIME_ZONE"),
    "xml": ("XML_DATE_PATTERN", "XML_NUMBER_PATTERN", "XML_LOCALE", "XML_TIME_ZONE"),
}


def _forward_text_options(kind: str, options: DataOptions, params: dict[str, Any]) -> None:
    """Text options given for a file that the report's own query reads become the
    parameters its query executer reads them from (the options win)."""
    date_name, number_name, locale_name, zone_name = _QUERY_OPTION_PARAMS[kind]
    if options.date_pattern:
        params[date_name] = options.date_pattern
    if options.number_pattern:
        params[number_name] = options.number_pattern
    if options.locale:
        params[locale_name] = parse_locale(options.locale)
    if options.timezone:
        params[zone_name] = U.time_zone(options.timezone)


def _query_language(report: Any) -> str | None:
    query = report.design.main_dataset.query
    return query.language.strip().lower() if query is not None and query.language else None


def _stream(data: bytes) -> Any:
    """An ``InputStream`` parameter value the query executers can read: the allowlist's
    in-memory stream when they understand it, else the bytes themselves."""
    from .data import query as Q

    probe = InputStream(b"{}")
    try:
        understood = Q._stream_bytes(probe) == b"{}"
    except Exception:  # noqa: BLE001 - an older data package
        understood = False
    return InputStream(data) if understood else data


def build_data_source(report: Any, options: DataOptions, params: dict[str, Any]) -> DataSource | None:
    """The data source of ``options`` (None: the report's own query or data adapter runs).
    May add ``XML_DATA_DOCUMENT`` / ``JSON_INPUT_STREAM`` to ``params``."""
    options.check()
    kind = options.type
    if kind == "none":
        return None
    if kind == "empty":
        return EmptyDataSource(options.count)
    path = Path(os.fspath(options.file))  # type: ignore[arg-type]
    language = _query_language(report)
    if kind in ("json", "jsonql"):
        if not options.select and language in ("json", "jsonql"):
            if "JSON_INPUT_STREAM" not in params and "net.sf.jasperreports.json.source" not in params:
                params["JSON_INPUT_STREAM"] = _stream(path.read_bytes())
            _forward_text_options("json", options, params)
            return None
        cls = JsonQLDataSource if kind == "jsonql" else JsonDataSource
        return cls(path, options.select or None, name=str(path), **_text_options(options, params))
    if kind == "xml":
        from .data.xml import load_xml

        document = load_xml(path)
        params.setdefault("XML_DATA_DOCUMENT", document)
        if not options.select and language in ("xpath", "xpath2"):
            _forward_text_options("xml", options, params)
            return None  # the report's own XPath query runs over XML_DATA_DOCUMENT
        return XmlDataSource(document, options.select or None, **_text_options(options, params))
    if kind in ("xls", "xlsx"):
        if language in ("xls", "xlsx") and not options.columns and not options.header:
            params.setdefault("XLS_INPUT_STREAM", str(path))
            return None  # the report's own xls query reads the file (its properties say how)
        return ExcelDataSource(
            path,
            columns=list(options.columns) if options.columns else None,
            header=options.header,
            format=kind,
            date_pattern=options.date_pattern,
            number_pattern=options.number_pattern,
            locale=options.locale,
            timezone=options.timezone,
            name=str(path),
        )
    # csv
    delimiter = unescape(options.delimiter)
    record_delimiter = unescape(options.record_delimiter)
    return CsvDataSource(
        path,
        columns=list(options.columns) if options.columns else None,
        header=options.header,
        delimiter=delimiter[0] if delimiter else ",",
        record_delimiter=record_delimiter or "\n",
        encoding=python_encoding(options.encoding or "UTF-8"),
        name=str(path),
        **_text_options(options, params),
    )


# --- properties ----------------------------------------------------------------------------


def resource_properties(
    folders: Iterable[str | os.PathLike[str]], properties: Mapping[str, str] | None = None
) -> dict[str, str]:
    """``jasperreports.properties`` at the top of ``folders`` (the first folder wins, as on a
    class path), then ``properties``."""
    from .resources import _read_properties

    merged: dict[str, str] = {}
    for folder in reversed(list(folders)):
        path = Path(os.fspath(folder)) / "jasperreports.properties"
        if path.is_file():
            merged.update(_read_properties(path))
    merged.update(properties or {})
    return merged


# --- render --------------------------------------------------------------------------------


@dataclass(slots=True)
class FillInputs:
    """Everything ``Report.fill`` is called with."""

    report: Any
    data: Any = None
    params: dict[str, Any] = field(default_factory=dict)
    locale: str = "en_US"
    timezone: str = "GMT"
    properties: dict[str, str] = field(default_factory=dict)
    #: The database of the report's SQL queries (``REPORT_CONNECTION``), or None.
    connection: Any = None

    def fill(self) -> Any:
        fill = getattr(self.report, "fill", None)
        if fill is None:
            raise RenderError("filling reports is not available in this version of jrxmlpy")
        extra = {"connection": self.connection} if self.connection is not None else {}
        return fill(self.data, self.params, locale=self.locale, timezone=self.timezone,
                    properties=self.properties or None, **extra)


def prepare(
    template: Any,
    *,
    data: Any = None,
    params: Mapping[str, Any] | None = None,
    assignments: Iterable[str | tuple[str, str]] = (),
    resources: Iterable[str | os.PathLike[str]] = (),
    locale: str = "en_US",
    timezone: str = "GMT",
    properties: Mapping[str, str] | None = None,
    params_base: Path | None = None,
    strict: bool = True,
    connection: Any = None,
) -> FillInputs:
    """Compile ``template`` and build its fill inputs.  ``data`` is a data source, an
    iterable of records, None, or :class:`DataOptions`."""
    folders = list(resources)
    report = compile_template(template, folders)
    ctx = ValueContext(timezone, _resource_folders(report, folders), params_base)
    values = build_parameters(report, params=params, assignments=assignments, ctx=ctx, strict=strict)
    harness_defaults(report, values, folders)
    if isinstance(data, DataOptions):
        data = build_data_source(report, data, values)
    return FillInputs(report, data, values, locale, timezone,
                      resource_properties(_resource_folders(report, folders), properties), connection)


def render(
    template: Any,
    *,
    data: Any = None,
    params: Mapping[str, Any] | None = None,
    format: str | None = None,  # noqa: A002 - the word users know
    target: str | os.PathLike[str] | BinaryIO | None = None,
    pages: Any = None,
    resources: Iterable[str | os.PathLike[str]] = (),
    locale: str = "en_US",
    timezone: str = "GMT",
    properties: Mapping[str, str] | None = None,
    connection: Any = None,
    **export_options: Any,
) -> bytes | None:
    """Compile ``template`` (a path, JRXML text, or a compiled report), fill it and export
    it: to ``target`` (a path or binary stream; the format defaults to its suffix) or, with
    no target, return the bytes of ``format``.

    ``data``: a :class:`~jrxmlpy.data.DataSource`, an iterable of dicts/objects, a
    :class:`DataOptions`, or None (the report's own query / data adapter, or no data).
    ``params``: values by parameter name; plain values are converted to the declared class
    when obvious (``"2024-05-31"`` for a Date, ``3`` for a BigDecimal, a list for a Set) and
    ``{"$type": ...}`` objects as in the conformance cases.  ``pages``: a range text such as
    ``"1,3-5"`` or 0-based indexes.  ``connection``: the database of the report's SQL
    queries (a DB-API 2 connection, a SQLAlchemy engine or connection,
    ``jrxmlpy.data.connect(url)``, or a URL such as ``"sqlite:///demo.db"``).
    ``export_options`` go to the exporter (PDF and PNG: ``paper=PaperOptions(...)``; PNG:
    ``dpi``, ``zoom``, ``layout``; HTML: ``embed_fonts=True``; DOCX:
    ``frames_as_nested_tables=False``; see each format's module)."""
    inputs = prepare(template, data=data, params=params, resources=resources, locale=locale,
                     timezone=timezone, properties=properties, strict=False, connection=connection)
    document = inputs.fill()
    return document.export(target, format=format, pages=pages, **export_options)
