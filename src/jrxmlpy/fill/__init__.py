"""Filling a compiled report with data: parameters, the data source, the dataset's records
and variables, and the page loop, into a :class:`~jrxmlpy.document.Document`.

``docs/filling.md`` describes the behaviour (JasperReports 6.20's) this follows.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..collector import FILL_GC_THRESHOLD, fewer_collections  # noqa: F401  (FILL_GC_THRESHOLD: public name)
from ..data import DataContext
from ..data.base import DataSource
from ..design import elements as D
from ..document import Document, Page
from ..errors import FillError
from ..expressions import types as T
from ..expressions.allowlist import default_registry
from ..expressions.runtime import Env
from ..fonts import Padding, ParagraphStyle, TextMeasurer
from ..fonts import default_registry as default_font_registry
from .dataset import DatasetFill
from .params import IGNORE_NPE, resolve_parameters
from .styles import StyleResolver
from .text import format_text

if TYPE_CHECKING:
    from ..report import Report

log = logging.getLogger(__name__)

__all__ = ["fill", "fill_stream", "PageStream"]

#: The data adapter property JasperReports reads to find a report's data.
DATA_ADAPTER = "net.sf.jasperreports.data.adapter"


def fill(
    report: Report,
    data: Any = None,
    params: Mapping[str, Any] | None = None,
    *,
    locale: str = "en_US",
    timezone: str = "GMT",
    properties: Mapping[str, str] | None = None,
    connection: Any = None,
) -> Document:
    """Fill ``report`` into a document.

    ``data``: a :class:`jrxmlpy.data.DataSource`, any iterable of dicts or objects (read
    lazily), or None (the report's own query or data adapter, else no records).
    ``connection``: the database the report's SQL queries run on (``REPORT_CONNECTION``):
    a DB-API 2 connection, a SQLAlchemy engine or connection, a
    :class:`jrxmlpy.data.SqlConnection`, or a URL (opened read-only for this fill)."""
    stream = fill_stream(report, data, params, locale=locale, timezone=timezone, properties=properties,
                         connection=connection)
    stream.document.pages.extend(stream)
    return stream.document


def fill_stream(
    report: Report,
    data: Any = None,
    params: Mapping[str, Any] | None = None,
    *,
    locale: str = "en_US",
    timezone: str = "GMT",
    properties: Mapping[str, str] | None = None,
    connection: Any = None,
) -> PageStream:
    """Start filling ``report``: iterating the result fills it and yields each page as
    soon as it is complete (see :class:`PageStream`).  ``connection``: as for :func:`fill`
    (a URL is closed when the pages are all read)."""
    from .vertical import filler_for

    values = dict(params or {})
    opened = None
    if connection is not None:
        if isinstance(connection, str):
            from ..data.sql import connect

            connection = opened = connect(connection)
        values.setdefault("REPORT_CONNECTION", connection)
    try:
        context = FillContext(report, data, values, locale, timezone, dict(properties or {}))
        filler = filler_for(context)
    except BaseException:
        if opened is not None:
            opened.close()
        raise
    return PageStream(context.document, _released(context, filler, opened))


def _released(context: FillContext, filler: Any, connection: Any) -> Iterator[Page]:
    """The filler's pages; at the end the fill's objects let go of the document and of
    the data source, and a connection the fill opened from a URL is closed.  The fill's
    objects refer to each other (elements and their filler), so only a full garbage
    collection frees them: holding the document and the records, they would keep those
    alive after the caller dropped them (and full collections are rarer while fills run,
    see :func:`fewer_collections`)."""
    try:
        yield from filler.pages()
    finally:
        if connection is not None:
            connection.close()
    del filler.document, context.document
    context.params.pop("REPORT_DATA_SOURCE", None)
    context.dataset.source = context.dataset._records = None
    context.data_context.parsed.clear()  # (the data files the fill read)


class PageStream:
    """A fill in progress.  ``document`` is the print being made (sizes, styles, origins;
    its ``pages`` stay empty); iterating yields the pages in order, each as soon as the
    fill is past it and nothing on it waits for a later evaluation, so a consumer can
    write or drop pages while later records are still being read.  Pages with an element
    evaluated at report end (``Page X of Y``) come only at the end.  Iterate it once."""

    __slots__ = ("document", "_pages")

    def __init__(self, document: Document, pages: Iterator[Page]) -> None:
        self.document = document
        self._pages = pages

    def __iter__(self) -> Iterator[Page]:
        with fewer_collections():
            yield from self._pages


def own_source(dataset: Any, adapter: str | None, params: Mapping[str, Any], data_context: DataContext) -> DataSource | None:
    """The records a dataset reads by itself: its data adapter (which runs the dataset's
    query over the data it names, as JasperReports' adapters contribute their parameters),
    else its query; None when it has neither."""
    query = dataset.query
    fields = dataset.fields
    if adapter:
        from ..data.adapters import data_source_for_adapter

        return data_source_for_adapter(adapter, query, dict(params), data_context, fields=fields,
                                       parameters=dataset.parameters, dataset=dataset.name)
    # An empty query still runs for executers that read their data from parameters
    # or properties (csv, json, xPath); an empty SQL query means no data.
    if query is not None and (query.text.strip() or query.language.lower() != "sql"):
        from ..data.query import data_source_for_query

        return data_source_for_query(query, dict(params), data_context, fields=fields,
                                     parameters=dataset.parameters, dataset=dataset.name)
    return None


class FillContext:
    """Everything the page loop needs that is not about pages."""

    def __init__(self, report: Report, data: Any, params: dict[str, Any], locale: str, timezone: str,
                 properties: dict[str, str], master: FillContext | None = None) -> None:
        """``master``: the context of the report this one is a subreport (or dataset run)
        of; they share what is read or worked out once per fill: parsed data files, the
        text measurers and layouts of design elements (keyed by the element and its
        style, which mean the same in every fill of a report), the styles a design uses."""
        self.report = report
        design = report.design
        try:
            zone = ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError):
            raise FillError(f"unknown time zone {timezone!r}") from None
        bundle = report.resources.bundle(design.resource_bundle, locale) if design.resource_bundle else None
        self.env = Env(
            locale=locale,
            timezone=zone,
            message=bundle.get if bundle is not None else (lambda key: None),
            registry=default_registry(),
            missing_resource=design.when_resource_missing_type.value,
        )
        test = params.get("TEST")
        compile_report = getattr(test, "compile_report", None) or getattr(test, "compileReport", None)
        if compile_report is not None:
            self.env.compile_report = compile_report
        self.properties = {**design.properties, **properties}
        ignore_npe = self.properties.get(IGNORE_NPE)
        self.env.ignore_npe = ignore_npe is None or ignore_npe.strip().lower() == "true"
        self.data_context = DataContext(resources=report.resources, locale=locale, time_zone=timezone,
                                        properties=self.properties)
        if master is not None:
            self.data_context.parsed = master.data_context.parsed
        source = self._source(data, params)
        # IS_IGNORE_PAGINATION: the report's isIgnorePagination unless given (JRBaseFiller)
        builtins: dict[str, Any] = {"IS_IGNORE_PAGINATION": bool(design.ignore_pagination)}
        if source is not None:
            builtins["REPORT_DATA_SOURCE"] = source
        self.params = resolve_parameters(report, design.main_dataset, "", params, self.env, builtins=builtins)
        if source is None:
            source = self._own_source(self.params)
            if source is not None:
                self.params["REPORT_DATA_SOURCE"] = source
        self.dataset = DatasetFill(report, design.main_dataset, "", self.params, self.env, source,
                                   self.data_context, main=True)
        default_font_registry().load_extensions_in(report.resources.folders)
        self._shared: dict[str, Any] = master._shared if master is not None else {
            "layouts": {}, "fitting": {}, "measured once": {}, "measurers": {}, "styles used": {},
            "styles resolved": {}, "box layouts": {}}
        self.styles = StyleResolver(report, used_cache=self._shared["styles used"],
                                    resolved_cache=self._shared["styles resolved"])
        self._layouts: dict[tuple[Any, ...], tuple[D.TextElement, Any]] = self._shared["layouts"]
        self._fitting: dict[tuple[Any, ...], tuple[D.TextElement, Any]] = self._shared["fitting"]
        self._measured_once: dict[tuple[Any, ...], None] = self._shared["measured once"]
        self._value_classes: dict[int, tuple[Any, str]] = {}
        self._measurers: dict[tuple[Any, ...], tuple[D.TextElement, TextMeasurer]] = self._shared["measurers"]
        self._box_layouts: dict[tuple[Any, ...], tuple[D.TextElement, dict[str, Any], dict[str, None]]] = (
            self._shared["box layouts"])
        self.document = Document(
            name=design.name,
            page_width=design.page_width,
            page_height=design.page_height,
            top_margin=design.top_margin,
            left_margin=design.left_margin,
            bottom_margin=design.bottom_margin,
            right_margin=design.right_margin,
            orientation=design.orientation,
            locale=locale,
            timezone=timezone,
            properties=dict(design.properties),
            styles=self.styles.print_styles(),
        )

    # --- data -------------------------------------------------------------------------------

    @staticmethod
    def _source(data: Any, params: Mapping[str, Any]) -> DataSource | None:
        if data is None:
            supplied = params.get("REPORT_DATA_SOURCE")
            return supplied if isinstance(supplied, DataSource) else None
        if isinstance(data, DataSource):
            return data
        if isinstance(data, Iterable) and not isinstance(data, (str, bytes, dict)):
            from ..data import RecordsDataSource

            return RecordsDataSource(data)
        raise FillError(f"cannot use a {type(data).__name__} as data: give a jrxmlpy.data source or an iterable of records")

    def _own_source(self, params: Mapping[str, Any]) -> DataSource | None:
        """The report's data adapter (which runs the report's query over the data it
        names, as JasperReports' adapters contribute their parameters), else the query;
        None when the report has neither."""
        return own_source(self.report.design.main_dataset, self.properties.get(DATA_ADAPTER), params,
                          self.data_context)

    # --- text --------------------------------------------------------------------------------

    def value_class(self, expression: Any, value: Any) -> str:
        """The declared (boxed) class of a main dataset expression (per expression object:
        hashing an expression tree for each value is costly)."""
        hit = self._value_classes.get(id(expression))
        if hit is not None and hit[0] is expression:
            return hit[1]
        compiled = self.report.expressions.get(("", expression))
        cls = T.box(compiled.type) if compiled is not None else T.OBJECT
        self._value_classes[id(expression)] = (expression, cls)
        return cls

    def format_value(self, value: Any, value_class: str, pattern: str | None, attributes: Any) -> Any:
        """A text field's text; ``attributes``: the element's resolved style attributes."""
        return format_text(value, value_class, pattern, self.env, blank_when_null=attributes.blank_when_null)

    def measure(self, design: D.TextElement, text: str, extra: int, can_overflow: bool, style_name: Any,
                fonts: tuple[Any, ...] | None = None, blocks: tuple[Any, ...] | None = None,
                truncation: tuple[bool, str | None] = (False, None), measurer: TextMeasurer | None = None) -> Any:
        """The layout of ``text`` in the element (memoised: reports print the same texts in
        the same boxes again and again; layouts are never modified by their users).  A
        layout that fits serves any room it fits in (a stretching element is measured with
        the room left on the page, different each time).  ``fonts``/``blocks``: the font
        runs and paragraph blocks of a styled text (see ``TextMeasurer.measure``);
        ``truncation``: how a text that does not fit is cut (at a character rather than a
        word, the suffix appended); ``measurer``: :meth:`measurer_of` the element when the
        caller keeps it."""
        if measurer is None:
            measurer = self.measurer_of(design, style_name, truncation)
        key = (id(design), style_name, text, fonts, blocks, truncation)
        hit = self._fitting.get(key)
        if hit is not None and hit[0] is design and hit[1].text_height <= measurer.max_height_for(extra):
            return hit[1]
        # A layout is kept from the second time its text is measured on: texts printed
        # once (record ids) would fill the memo with objects the garbage collector walks
        # again and again; the keys of texts seen once are plain tuples it does not track.
        seen = self._measured_once
        if key not in seen:
            if len(seen) >= 50_000:
                seen.clear()
            seen[key] = None
            return measurer.measure(text, extra, can_overflow, list(fonts) if fonts else None,
                                    list(blocks) if blocks else None)
        exact = (*key, extra, can_overflow)
        hit = self._layouts.get(exact)
        if hit is not None and hit[0] is design:
            return hit[1]
        layout = measurer.measure(text, extra, can_overflow, list(fonts) if fonts else None,
                                  list(blocks) if blocks else None)
        if len(self._layouts) >= 50_000:
            self._layouts.clear()
        if len(self._fitting) >= 50_000:
            self._fitting.clear()
        if layout.fits:
            self._fitting[key] = (design, layout)
        else:
            self._layouts[exact] = (design, layout)
        return layout

    def box_layouts(self, design: D.TextElement, style_name: Any,
                    truncation: tuple[bool, str | None]) -> tuple[dict[str, Any], dict[str, None]]:
        """For plain bands (``fill/plainband.py``): a memo of the element's layouts, with no
        extra room, of texts that fit its design box, keyed by the text alone (the element's
        :meth:`measurer_of` stays the same for the fill and its subreports' fills), and the
        texts measured once (the memo keeps a layout from a text's second time on)."""
        key = (id(design), style_name, truncation)
        hit = self._box_layouts.get(key)
        if hit is None or hit[0] is not design:
            hit = self._box_layouts[key] = (design, {}, {})
        return hit[1], hit[2]

    def measurer_of(self, design: D.TextElement, style_name: Any, truncation: tuple[bool, str | None]) -> TextMeasurer:
        """The measurer :meth:`measure` uses for the element (the same one while the fill
        runs)."""
        key = (id(design), style_name, truncation)
        hit = self._measurers.get(key)
        if hit is None or hit[0] is not design:
            hit = (design, self._measurer(design, style_name, truncation))
            self._measurers[key] = hit
        return hit[1]

    def _measurer(self, design: D.TextElement, style_name: Any, truncation: tuple[bool, str | None]) -> TextMeasurer:
        """A measurer for the element's box, font, paragraph and truncation (kept per element)."""
        a = self.styles.effective(design, style_name)
        box = a.box
        return TextMeasurer(
            default_font_registry().resolve(a.font_name, a.bold, a.italic),
            a.font_size,
            design.width,
            design.height,
            paragraph=ParagraphStyle.of(a.paragraph),
            padding=Padding.of((box.top_padding, box.left_padding, box.bottom_padding, box.right_padding)),
            rotation=a.rotation.value if a.rotation is not None else None,
            truncate_at_char=truncation[0],
            truncate_suffix=truncation[1],
        )
