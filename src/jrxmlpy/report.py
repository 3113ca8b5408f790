"""``jrxmlpy.compile``: a template loaded, checked and with every expression compiled.

The compile stage walks the design tree and compiles each expression in the scope
JasperReports evaluates it in: the report's main dataset, a sub-dataset (inside tables,
lists and chart/crosstab datasets that run one), or a crosstab's own scope (its cells).
Every problem of the template (structure, expressions, style templates) is reported at
once, as a :class:`~jrxmlpy.errors.TemplateErrors` naming file, line and element.
"""

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import jrxml
from .design import report as D
from .design.base import Expression
from .design.components import ItemData
from .design.crosstabs import CrosstabElement
from .design.elements import DatasetRun, Subreport
from .document import Document
from .errors import ResourceError, TemplateError, TemplateErrors
from .expressions import types as T
from .expressions.allowlist import default_registry
from .expressions.compiler import CompiledExpression, ExpressionCompiler, Schema
from .expressions.runtime import Env, Scope
from .jrxml.xmlsource import Source
from .resources import Resources

if TYPE_CHECKING:
    from .fill import PageStream

log = logging.getLogger(__name__)

#: Parameters every dataset has (JasperReports' system-defined parameters).
BUILTIN_PARAMETERS: dict[str, str] = {
    "REPORT_PARAMETERS_MAP": "java.util.Map",
    "JASPER_REPORTS_CONTEXT": "net.sf.jasperreports.engine.JasperReportsContext",
    "JASPER_REPORT": "net.sf.jasperreports.engine.JasperReport",
    "REPORT_CONNECTION": "java.sql.Connection",
    "REPORT_MAX_COUNT": "java.lang.Integer",
    "REPORT_DATA_SOURCE": "net.sf.jasperreports.engine.JRDataSource",
    "REPORT_SCRIPTLET": "net.sf.jasperreports.engine.JRAbstractScriptlet",
    "REPORT_LOCALE": "java.util.Locale",
    "REPORT_RESOURCE_BUNDLE": "java.util.ResourceBundle",
    "REPORT_TIME_ZONE": "java.util.TimeZone",
    "REPORT_FORMAT_FACTORY": "net.sf.jasperreports.engine.util.FormatFactory",
    "REPORT_CLASS_LOADER": "java.lang.ClassLoader",
    "REPORT_URL_HANDLER_FACTORY": "java.net.URLStreamHandlerFactory",
    "REPORT_FILE_RESOLVER": "net.sf.jasperreports.engine.util.FileResolver",
    "REPORT_TEMPLATES": "java.util.Collection",
    "SORT_FIELDS": "java.util.List",
    "FILTER": "net.sf.jasperreports.engine.DatasetFilter",
    "REPORT_VIRTUALIZER": "net.sf.jasperreports.engine.JRVirtualizer",
    "IS_IGNORE_PAGINATION": "java.lang.Boolean",
    "REPORT_CONTEXT": "net.sf.jasperreports.engine.ReportContext",
}

_JSON = {
    "JSON_INPUT_STREAM": "java.io.InputStream",
    "net.sf.jasperreports.json.source": "java.lang.String",
    "net.sf.jasperreports.json.sources": "java.util.List",
    "net.sf.jasperreports.json.date.pattern": "java.lang.String",
    "net.sf.jasperreports.json.number.pattern": "java.lang.String",
    "JSON_LOCALE": "java.util.Locale",
    "net.sf.jasperreports.json.locale.code": "java.lang.String",
    "JSON_TIME_ZONE": "java.util.TimeZone",
    "net.sf.jasperreports.json.timezone.id": "java.lang.String",
}
_XPATH = {
    "XML_DATA_DOCUMENT": "org.w3c.dom.Document",
    "XML_INPUT_STREAM": "java.io.InputStream",
    "XML_FILE": "java.io.File",
    "net.sf.jasperreports.xml.source": "java.lang.String",
    "XML_DATE_PATTERN": "java.lang.String",
    "XML_NUMBER_PATTERN": "java.lang.String",
    "XML_LOCALE": "java.util.Locale",
    "XML_TIME_ZONE": "java.util.TimeZone",
}
_CSV = {
    "net.sf.jasperreports.csv.source": "java.lang.String",
    "CSV_INPUT_STREAM": "java.io.InputStream",
    "CSV_URL": "java.net.URL",
    "CSV_FILE": "java.io.File",
    "net.sf.jasperreports.csv.encoding": "java.lang.String",
    "CSV_READER": "java.io.Reader",
    "net.sf.jasperreports.csv.column.names": "java.lang.String",
    "CSV_COLUMN_NAMES_ARRAY": "java.lang.String[]",
    "CSV_DATE_FORMAT": "java.text.DateFormat",
    "net.sf.jasperreports.csv.date.pattern": "java.lang.String",
    "net.sf.jasperreports.csv.field.delimiter": "java.lang.String",
    "CSV_NUMBER_FORMAT": "java.text.NumberFormat",
    "net.sf.jasperreports.csv.number.pattern": "java.lang.String",
    "net.sf.jasperreports.csv.record.delimiter": "java.lang.String",
    "CSV_USE_FIRST_ROW_AS_HEADER": "java.lang.Boolean",
    "CSV_LOCALE": "java.util.Locale",
    "net.sf.jasperreports.csv.locale.code": "java.lang.String",
    "CSV_TIMEZONE": "java.util.TimeZone",
    "net.sf.jasperreports.csv.timezone.id": "java.lang.String",
}

#: Parameters a dataset gets from the query executer of its query language (as
#: JasperReports 6.20's factories declare them).
QUERY_PARAMETERS: dict[str, dict[str, str]] = {
    "json": _JSON,
    "jsonql": _JSON,
    "xpath": _XPATH,
    "xpath2": _XPATH,
    "csv": _CSV,
}

#: Variables of every dataset, and those only the main dataset has.
DATASET_VARIABLES = {"REPORT_COUNT": "java.lang.Integer"}
REPORT_VARIABLES = {
    "PAGE_NUMBER": "java.lang.Integer",
    "MASTER_CURRENT_PAGE": "java.lang.Integer",
    "MASTER_TOTAL_PAGES": "java.lang.Integer",
    "COLUMN_NUMBER": "java.lang.Integer",
    "PAGE_COUNT": "java.lang.Integer",
    "COLUMN_COUNT": "java.lang.Integer",
}


def dataset_schema(report: D.Report, dataset: D.Dataset, *, main: bool) -> Schema:
    """The names the expressions of ``dataset`` may use, with their declared classes."""
    params = dict(BUILTIN_PARAMETERS)
    if dataset.query is not None:
        params.update(QUERY_PARAMETERS.get(dataset.query.language.lower(), {}))
    if dataset.scriptlet_class:  # JasperReports types REPORT_SCRIPTLET as the scriptlet class
        params["REPORT_SCRIPTLET"] = dataset.scriptlet_class
    for scriptlet in dataset.scriptlets:
        params[f"{scriptlet.name}_SCRIPTLET"] = scriptlet.class_name
    params.update({p.name: p.value_class for p in dataset.parameters})
    variables = dict(DATASET_VARIABLES)
    if main:
        variables.update(REPORT_VARIABLES)
    variables.update({f"{g.name}_COUNT": "java.lang.Integer" for g in dataset.groups})
    variables.update({v.name: v.value_class for v in dataset.variables})
    fields = {f.name: f.value_class for f in dataset.fields}
    return Schema(fields, params, variables, _imports(report), report.language.lower() or "java")


def crosstab_schema(report: D.Report, crosstab: CrosstabElement) -> Schema:
    """The scope of a crosstab's cells: its parameters, and as variables its groups'
    bucket values, its measures, and the measures' totals (``M_Group_ALL``)."""
    params = {"REPORT_PARAMETERS_MAP": "java.util.Map"}
    params.update({p.name: p.value_class for p in crosstab.parameters})
    variables: dict[str, str] = {}
    groups = [*crosstab.row_groups, *crosstab.column_groups]
    for group in groups:
        variables[group.name] = group.bucket.value_class
    for measure in crosstab.measures:
        value_class = measure.value_class or T.OBJECT
        variables[measure.name] = value_class
        for group in groups:
            variables[f"{measure.name}_{group.name}_ALL"] = value_class
        for row in crosstab.row_groups:
            for column in crosstab.column_groups:
                variables[f"{measure.name}_{row.name}_{column.name}_ALL"] = value_class
    variables["ROW_COUNT"] = "java.lang.Integer"
    variables["COLUMN_COUNT"] = "java.lang.Integer"
    return Schema({}, params, variables, _imports(report), report.language.lower() or "java")


def _imports(report: D.Report) -> tuple[str, ...]:
    extra = tuple(i for i in report.imports if i)
    base = T.DEFAULT_IMPORTS + (T.GROOVY_IMPORTS if report.language.lower() == "groovy" else ())
    return base + extra


@dataclass(slots=True)
class Report:
    """A compiled report: its design tree, every expression compiled, and the resources
    (folders) it reads subreports, style templates, images and bundles from.

    ``subreports`` holds the subreports whose template could be named without filling
    (a constant subreport expression), compiled, by the path found."""

    design: D.Report
    name: str
    path: Path | None
    resources: Resources
    #: Compiled expressions by (scope name, expression): see :class:`ExpressionScope`.
    expressions: dict[tuple[str, Expression], CompiledExpression] = field(default_factory=dict)
    subreports: dict[Path, Report] = field(default_factory=dict)
    #: Styles of the report's style templates (``.jrtx``) that could be named without
    #: filling, in the order JasperReports applies them (the report's own styles win).
    template_styles: list[D.Style] = field(default_factory=list)

    def expression(self, expression: Expression, scope: str = "") -> CompiledExpression:
        """The compiled form of one of this report's expressions, in ``scope`` (the main
        dataset ``""``, a sub-dataset's name, or a crosstab's scope name)."""
        return self.expressions[(scope, expression)]

    def fill(
        self,
        data: Any = None,
        params: dict[str, Any] | None = None,
        *,
        locale: str = "en_US",
        timezone: str = "GMT",
        properties: dict[str, str] | None = None,
        connection: Any = None,
    ) -> Document:
        """Fill the report: ``data`` is a :mod:`jrxmlpy.data` source, an iterable of
        dicts/objects (read lazily), or None (the report's own query or data adapter).
        ``connection``: the database of its SQL queries (a DB-API 2 connection, a
        SQLAlchemy engine or connection, ``jrxmlpy.data.connect(url)``, or a URL)."""
        from .fill import fill

        return fill(self, data, params, locale=locale, timezone=timezone, properties=properties,
                    connection=connection)

    def fill_stream(
        self,
        data: Any = None,
        params: dict[str, Any] | None = None,
        *,
        locale: str = "en_US",
        timezone: str = "GMT",
        properties: dict[str, str] | None = None,
        connection: Any = None,
    ) -> PageStream:
        """Fill the report page by page: the result's ``document`` is the print's header
        and iterating it yields each page as soon as it is complete (for consumers that
        write pages out as they come instead of holding the whole document)."""
        from .fill import fill_stream

        return fill_stream(self, data, params, locale=locale, timezone=timezone, properties=properties,
                           connection=connection)

    def _constant_candidate(self, expression: Expression) -> CompiledExpression:
        compiled = self.expressions.get(("", expression))
        if compiled is None:
            compiled = ExpressionCompiler(default_registry(), dataset_schema(self.design, self.design.main_dataset, main=True)).compile(expression)
        return compiled

    def evaluate_constant(self, expression: Expression) -> Any:
        """The value of an expression that reads nothing but parameters with constant
        default values (e.g. ``$P{SUBREPORT_DIR} + "sub.jasper"``); LookupError otherwise."""
        compiled = self._constant_candidate(expression)
        params: dict[str, Any] = {}
        for kind, name in compiled.refs:
            if kind != "P":
                raise LookupError(f"expression reads ${kind}{{{name}}}")
            declared = next((p for p in self.design.parameters if p.name == name), None)
            default = declared.default_value_expression if declared else None
            if default is None:
                raise LookupError(f"parameter {name} has no default value")
            params[name] = self.evaluate_constant(default)
        return compiled.evaluate(Scope(params=params, env=Env()))


def compile(  # noqa: A001 - the library's verb, as jrxmlpy.compile
    source: Source,
    resources: Iterable[str | os.PathLike[str]] = (),
    *,
    name: str | None = None,
) -> Report:
    """Load ``source`` (a path, or JRXML text/bytes), compile its expressions and the
    subreports it names statically.  Raises :class:`TemplateErrors` listing every problem
    (or the single :class:`TemplateError` when there is one)."""
    path = None if isinstance(source, bytes) or (isinstance(source, str) and source.lstrip().startswith("<")) \
        else Path(os.fspath(source))
    return _Compilation(Resources.of(resources, path), {}).compile(source, name, path)


class _Compilation:
    """One compile run: shares the registry and caches subreports by path (a subreport
    used twice is compiled once; a report including itself is refused)."""

    def __init__(self, resources: Resources, done: dict[Path, Report | None]) -> None:
        self.resources = resources
        self.done = done
        self.registry = default_registry()

    def compile(self, source: Source, name: str | None, path: Path | None) -> Report:
        design = jrxml.load(source, name=name)
        resources = self.resources.with_template(path)
        report = Report(design, name or (str(path) if path else design.name), path, resources)
        problems: list[TemplateError] = []
        self._load_style_templates(report, problems)
        self._compile_expressions(report, problems)
        TemplateErrors.raise_if_any(problems)
        if path is not None:
            self.done[path.resolve()] = report
        self._compile_subreports(report)
        return report

    # --- expressions ----------------------------------------------------------------------

    def _compile_expressions(self, report: Report, problems: list[TemplateError]) -> None:
        cache: dict[tuple[str, str], CompiledExpression] = {}
        compilers: dict[str, ExpressionCompiler] = {}
        for expression, scope in _Walker(report.design, report.template_styles).all():
            key = (scope.name, expression.text)
            try:
                done = cache.get(key)
                if done is None:
                    compiler = compilers.get(scope.name)
                    if compiler is None:
                        compiler = compilers[scope.name] = ExpressionCompiler(self.registry, scope.schema)
                    done = cache[key] = compiler.compile(expression)
                report.expressions[(scope.name, expression)] = dataclasses.replace(done, expression=expression)
            except TemplateError as exc:
                if exc.location is None or exc.location.source is None:
                    exc.location = expression.location
                problems.append(exc)

    # --- style templates ------------------------------------------------------------------

    def _load_style_templates(self, report: Report, problems: list[TemplateError]) -> None:
        for ref in report.design.templates:
            try:
                location = report.evaluate_constant(ref.expression)
            except Exception:  # noqa: BLE001 - not constant (or not valid): decided when filling
                continue
            if not isinstance(location, str):
                continue
            found = report.resources.find(location)
            if found is None:
                problems.append(ResourceError(f"style template {location!r} not found", ref.expression.location))
                continue
            try:
                report.template_styles.extend(jrxml.load_style_template(found, find=report.resources.find))
            except TemplateError as exc:
                problems.append(exc)

    # --- subreports -----------------------------------------------------------------------

    def _compile_subreports(self, report: Report) -> None:
        for subreport in _subreports(report.design):
            expression = subreport.expression
            if expression is None:
                continue
            try:
                target = report.evaluate_constant(expression)
            except Exception:  # noqa: BLE001 - not constant: resolved when filling
                continue
            if not isinstance(target, str):
                continue
            found = report.resources.find(target)
            if found is None or not found.name.endswith(".jrxml"):
                log.warning("%s: subreport %r not found in the resource folders", expression.location, target)
                continue
            if found in self.done:
                sub = self.done[found]
                if sub is not None:
                    report.subreports[found] = sub
                continue
            self.done[found] = None  # in progress: a cycle finds None and stops
            sub = _Compilation(report.resources, self.done).compile(found, None, found)
            report.subreports[found] = sub


# --- walking the design tree --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExpressionScope:
    """Where expressions are evaluated: ``""`` is the report's main dataset, a name a
    sub-dataset, ``crosstab:<uuid>`` a crosstab's cells."""

    name: str
    schema: Schema = field(compare=False, hash=False)


def crosstab_scope_name(crosstab: CrosstabElement) -> str:
    line = crosstab.location.line
    return f"crosstab:{crosstab.uuid or f'line {line}'}"


class _Walker:
    """Finds every expression of a report with the scope it is evaluated in.

    Conditional styles are compiled where a style is used (an element naming it, or a
    style whose ancestor it is): JasperReports compiles them per dataset that uses them,
    so a style may read a crosstab's variables."""

    def __init__(self, report: D.Report, template_styles: Iterable[D.Style] = ()) -> None:
        self.report = report
        self.datasets = {ds.name: ExpressionScope(ds.name, dataset_schema(report, ds, main=False)) for ds in report.datasets}
        self.main = ExpressionScope("", dataset_schema(report, report.main_dataset, main=True))
        self.styles: dict[str, D.Style] = {st.name: st for st in template_styles}
        self.styles.update({st.name: st for st in report.styles})
        self._styled: set[tuple[str, str]] = set()

    def all(self) -> Iterator[tuple[Expression, ExpressionScope]]:
        report = self.report
        yield from self._children(report, self.main, skip=("datasets", "main_dataset", "styles"))
        yield from self.walk(report.main_dataset, self.main)
        for dataset in report.datasets:
            yield from self.walk(dataset, self.datasets[dataset.name])
        default = next((st for st in self.styles.values() if st.is_default), None)
        if default is not None:
            yield from self._style(default.name, self.main)

    def walk(self, node: Any, scope: ExpressionScope) -> Iterator[tuple[Expression, ExpressionScope]]:
        if isinstance(node, Expression):
            yield node, scope
            return
        if isinstance(node, (list, tuple)):
            for item in node:
                yield from self.walk(item, scope)
            return
        if not dataclasses.is_dataclass(node) or isinstance(node, type):
            return
        style = getattr(node, "style", None)
        if isinstance(style, str) and style:
            yield from self._style(style, scope)
        if isinstance(node, CrosstabElement):
            yield from self._crosstab(node, scope)
            return
        run = getattr(node, "dataset_run", None)
        if isinstance(node, ItemData) and node.dataset is not None:
            run = node.dataset.dataset_run
        if isinstance(run, DatasetRun):
            yield from self.walk(run, scope)
            yield from self._children(node, self.datasets.get(run.dataset_name, scope), skip=("dataset_run",))
            return
        yield from self._children(node, scope)

    def _children(self, node: Any, scope: ExpressionScope, skip: tuple[str, ...] = ()) -> Iterator[tuple[Expression, ExpressionScope]]:
        for f in dataclasses.fields(node):
            if f.name in skip or f.name == "location":
                continue
            value = getattr(node, f.name)
            if value is None or isinstance(value, (str, int, float, bool, dict)):
                continue
            if isinstance(node, ItemData) and f.name == "dataset":
                yield from self._children(value, scope, skip=("dataset_run",))
                continue
            yield from self.walk(value, scope)

    def _style(self, name: str, scope: ExpressionScope) -> Iterator[tuple[Expression, ExpressionScope]]:
        """The conditions of style ``name`` and its ancestors, once per scope."""
        seen: set[str] = set()
        while name and name not in seen:
            seen.add(name)
            style = self.styles.get(name)
            if style is None or (name, scope.name) in self._styled:
                return
            self._styled.add((name, scope.name))
            for conditional in style.conditional_styles:
                if conditional.condition is not None:
                    yield conditional.condition, scope
            name = style.parent or ""

    def _crosstab(self, node: CrosstabElement, scope: ExpressionScope) -> Iterator[tuple[Expression, ExpressionScope]]:
        """The crosstab's own attributes and parameters: the enclosing scope; bucket and
        measure expressions: the dataset it runs (or the enclosing one); cells: its own."""
        run = node.dataset.dataset_run
        data = self.datasets.get(run.dataset_name, scope) if run is not None else scope
        cells = ExpressionScope(crosstab_scope_name(node), crosstab_schema(self.report, node))
        yield from self._children(node, scope, skip=(
            "dataset", "row_groups", "column_groups", "measures", "cells", "when_no_data_cell",
            "header_cell", "title_cell"))
        yield from self.walk(node.dataset, scope)
        for group in [*node.row_groups, *node.column_groups]:
            # The bucket value comes from the data; its ordering may read the measures.
            yield from self.walk(group.bucket.expression, data)
            yield from self.walk([group.bucket.order_by_expression, group.bucket.comparator_expression], cells)
            yield from self._children(group, cells, skip=("bucket",))
        for measure in node.measures:
            yield from self.walk(measure, data)
        for part in (node.cells, node.when_no_data_cell, node.header_cell, node.title_cell):
            yield from self.walk(part, cells)


def _subreports(node: Any) -> Iterator[Subreport]:
    if isinstance(node, Subreport):
        yield node
    if isinstance(node, (list, tuple)):
        for item in node:
            yield from _subreports(item)
        return
    if not dataclasses.is_dataclass(node) or isinstance(node, type):
        return
    for f in dataclasses.fields(node):
        value = getattr(node, f.name)
        if value is not None and not isinstance(value, (str, int, float, bool, dict, Expression)):
            yield from _subreports(value)
