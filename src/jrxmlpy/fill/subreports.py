"""Subreports (``docs/filling.md`` §7.3): a report filled inside an element of another.

The subreport is filled by its own :class:`SubreportFiller` (a :class:`ReportFiller` whose
"page" is the room left in the master band: page height = that room, width = the element's
width, its own margins inside).  It produces one page per part of the master band: when its page is full,
the master band overflows, the master starts a new page and the subreport continues in the
room found there.  Its title and summary print once, its page header on each part; its page
footer follows the content unless the element ``isRunToBottom``, which makes the subreport
take the whole room and put its footers at the bottom.

The nested page loop is an ordinary (recursive) :class:`ReportFiller`, so it is run in a
worker thread that stops at each page end (:class:`_Run`): exactly one of the master and
the worker runs at any time, handing control over explicitly, so the fill stays
deterministic.  A subreport filled in a band that is then rewound (a Prevent band moved to
the next page) is cancelled and filled again from the start.

What a subreport element does, in order:

* evaluate (band mode): the subreport expression (a path String -> the ``.jrxml`` for a
  ``.jasper``, found in the resource folders and compiled once per path; or a compiled
  :class:`jrxmlpy.Report`), the parameters map and ``subreportParameter`` expressions, the
  data source (``dataSourceExpression``), else the connection (``connectionExpression``,
  or a ``REPORT_CONNECTION`` subreport parameter) its own query runs on; without either
  the subreport's SQL query has no records and it follows its ``whenNoDataType``;
* prepare (per part): fill the next page of the subreport in the room; its stretch height is
  what it used (at least its design height) or, when it continues, the whole room;
* emit: the page's elements, moved to the element's position; the subreport's origins
  (``report="<name>"``) and print styles (by name, the first of a name wins) are added to
  the master document;
* when the subreport is finished: its return values are applied to the master's variables.

Element identities: ``srcId`` numbers continue the master's (one counter for the whole
fill, a subreport's filler numbers its elements when it is created, i.e. each time the
subreport is filled), ``printId`` counts per fill element (so it restarts with each fill of
the subreport).  Checked against the JasperReports 6.20 print of
``demo/jsondatasource/JsonCustomersReport``.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Mapping
from typing import Any

from ..data.base import DataSource
from ..design import elements as D
from ..design.base import Pen
from ..design.enums import Calculation, Fill, Mode, SplitType
from ..document import Origin, Page, PrintElement, PrintRectangle
from ..errors import FillError
from .elements import FillElement
from .variables import VarState, make_incrementers
from .vertical import FillBand, ReportFiller

log = logging.getLogger(__name__)

__all__ = ["FillSubreport", "SubreportFiller"]

#: Parameters of the master that never pass to a subreport through a parameters map.
_NOT_PASSED = frozenset({
    "REPORT_PARAMETERS_MAP", "REPORT_DATA_SOURCE", "REPORT_CONNECTION", "JASPER_REPORT",
    "REPORT_SCRIPTLET", "REPORT_MAX_COUNT", "FILTER", "SORT_FIELDS",
})


class _Cancelled(BaseException):
    """Raised inside a worker whose subreport fill is abandoned (the band was rewound)."""


class _Worker:
    """A worker thread that runs subreport fills one after the other: a fill hands its
    thread back to the idle workers when it ends, so a subreport filled once per record
    does not start a thread each time."""

    def __init__(self) -> None:
        self._run: _Run | None = None
        self._go = threading.Semaphore(0)
        threading.Thread(target=self._loop, name="jrxmlpy subreport", daemon=True).start()

    def start(self, run: _Run) -> None:
        self._run = run
        self._go.release()

    def _loop(self) -> None:
        kept = True
        while kept:
            self._go.acquire()
            run, self._run = self._run, None
            assert run is not None
            kept = run._main(self)
            del run  # the finished fill is not kept alive by an idle thread


#: Workers waiting for a fill, and the most kept waiting.
_IDLE: list[_Worker] = []
_IDLE_LOCK = threading.Lock()
_MAX_IDLE = 8


def _worker() -> _Worker:
    with _IDLE_LOCK:
        if _IDLE:
            return _IDLE.pop()
    return _Worker()


class _Run:
    """One fill of a subreport, run in a worker thread that stops at the end of each page.

    :meth:`next_part` (called by the master) gives the worker the room of the next part
    and waits until the worker has filled it: the answer is the page and whether the
    subreport is finished.  Exceptions of the worker are raised in the master."""

    def __init__(self, filler: SubreportFiller, name: str) -> None:
        self.filler = filler
        self.name = name
        self.room = 0
        self.page: Page | None = None
        self.used = 0
        self.finished = False
        self.error: BaseException | None = None
        self._cancelled = False
        self.started = False
        self._to_worker = threading.Semaphore(0)
        self._to_master = threading.Semaphore(0)
        filler.run = self

    def next_part(self, room: int) -> None:
        """Fill the next part of the subreport in ``room`` points of height."""
        if self.finished:
            raise FillError(f"subreport {self.name}: filled past its end")
        self.room = room
        self.page = None
        if not self.started:
            self.started = True
            _worker().start(self)
        else:
            self._to_worker.release()
        self._to_master.acquire()
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def close(self) -> None:
        """Abandon an unfinished fill (its worker unwinds and goes back to the idle ones)."""
        if self.started and not self.finished:
            self._cancelled = True
            self._to_worker.release()
            self._to_master.acquire()

    # --- in the worker ------------------------------------------------------------------

    def _main(self, worker: _Worker) -> bool:
        """Run the fill; whether the worker was kept for another fill (else it ends)."""
        kept = False
        try:
            self.filler.fill()
            self.page, self.used = self.filler.last_part()
        except _Cancelled:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the master
            self.error = exc
        finally:
            self.finished = True
            with _IDLE_LOCK:  # idle before the master goes on: its next fill can take it
                if len(_IDLE) < _MAX_IDLE:
                    _IDLE.append(worker)
                    kept = True
            self._to_master.release()
        return kept

    def page_full(self, page: Page, used: int) -> int:
        """The worker's page is full: hand it over and wait for the next room."""
        self.page, self.used = page, used
        self._to_master.release()
        self._to_worker.acquire()
        if self._cancelled:
            raise _Cancelled
        return self.room


class SubreportFiller(ReportFiller):
    """Fills a subreport: its pages are the parts of the master element it is in."""

    def __init__(self, context: Any, parent: ReportFiller, run_to_bottom: bool, width: int) -> None:
        self.root: ReportFiller = getattr(parent, "root", parent)
        self.report_name = context.report.design.name
        self.run_to_bottom = run_to_bottom
        self.run: _Run | None = None
        self._id_base: int | None = self.root.src_ids
        self._max_y = 0
        self._skip_footers = False
        #: Where the columns of the current part end once one column closed (the element
        #: does not run to the bottom): the next columns get no more room than that one.
        self.column_bottom: int | None = None
        #: Whether the current part starts at the top of the master's column (then a
        #: Prevent band first on the part splits instead of moving: §3.1 prevent_inhibited).
        self.part_at_top = True
        super().__init__(context)
        self.root.src_ids = self.src_ids
        # the subreport keeps its margins inside the element (checked with the oracle)
        self.design = dataclasses.replace(self.design, page_width=width)

    # --- building: origins name the subreport, srcIds continue the master's ----------------

    def _band(self, band: Any, kind: str, group: str | None = None) -> FillBand | None:
        if self._id_base is not None:
            self.src_ids += self._id_base
            self._id_base = None
        filled = super()._band(band, kind, group)
        if filled is None:
            return None
        plain = filled.origin
        named = Origin(plain.band, plain.group, self.report_name)
        self.origins = [named if o == plain else o for o in self.origins]
        filled.origin = named
        for element in _walk(filled.container.elements):
            if element.origin == plain:
                element.origin = named
        return filled

    # --- pages are parts of the master element -----------------------------------------------

    def _new_page(self, *args: Any, **kwargs: Any) -> None:
        if self.state is not None:  # the current part is full
            assert self.run is not None
            room = self.run.page_full(self.state.page, self.design.page_height)
        else:
            assert self.run is not None
            room = self.run.room
        self.design.page_height = room
        self._max_y = 0
        self._skip_footers = False
        self.column_bottom = None
        super()._new_page(*args, **kwargs)

    def _column_break(self, *args: Any, **kwargs: Any) -> None:
        if self.state is not None:
            self._max_y = max(self._max_y, self.state.offset_y)
        super()._column_break(*args, **kwargs)

    def last_part(self) -> tuple[Page | None, int]:
        """The page the fill ended on and the height it used (None: no page at all)."""
        if not self.document.pages:
            return None, 0
        if self.state is None:  # whenNoDataType BlankPage: one empty page
            return self.document.pages[-1], 0
        if self.run_to_bottom:
            return self.state.page, self.design.page_height
        return self.state.page, max(self._max_y, self.state.offset_y) + self.design.bottom_margin

    # --- splitType Prevent: the decision for a band first on a part is the master's ------------

    def _must_refill(self, band: FillBand) -> bool:
        state = self.state
        assert state is not None
        if (band.design.split_type is SplitType.PREVENT and state.is_new_column
                and state.column >= self.design.column_count - 1 and not self.part_at_top):
            return True
        return super()._must_refill(band)

    def _fill_whole_page_band(self, band: FillBand) -> None:
        """A Prevent title (or summary) that does not fit in a part not at the top of the
        master's page moves whole to the next part (SplitTypePreventReport.6)."""
        state = self.state
        if band.design.split_type is not SplitType.PREVENT or self.part_at_top or state is None:
            super()._fill_whole_page_band(band)
            return
        if not self._evaluate_band(band):
            return
        part = band.container.fill(self.design.page_height - state.offset_y)
        if not part.overflows:
            self._place(part, self.design.left_margin, state.offset_y)
            state.offset_y += part.height
            self._resolve_band_delayed()
            return
        self._new_page()  # this part ends empty; the band starts again on the next one
        super()._fill_whole_page_band(band)

    def _fill_page_header(self, *args: Any, **kwargs: Any) -> None:
        """A page header that does not fit in what is left of the part (after the title)
        starts the next part instead, this part ending without footers (oracle-checked)."""
        band = self.page_header
        state = self.state
        if (band is not None and state is not None and state.page.elements and band.height > self.available()
                and (band.design.print_when_expression is None or self.evaluate(band.design.print_when_expression) is True)):
            self._skip_footers = True
            self._new_page()
        super()._fill_page_header(*args, **kwargs)

    # --- footers follow the content unless the element runs to the bottom --------------------

    def column_footer_top(self) -> int:
        if self.column_bottom is not None:
            return self.column_bottom
        return super().column_footer_top()

    def _fill_column_footer(self, *args: Any, **kwargs: Any) -> None:
        """Not running to the bottom, the first column of a part ends (its footer
        printing) where its content ends, and the other columns of the part end there
        too (SplitTypePreventReport.12, SubreportColumnsReport.2)."""
        state = self.state
        assert state is not None
        floating = self.design.float_column_footer or (not self.run_to_bottom and state.column == 0)
        if not self.run_to_bottom and state.column == 0:
            self.column_bottom = state.offset_y
        if self.column_footer is None or self._skip_footers:
            return
        y = state.offset_y if floating else self.column_footer_top()
        self._fill_fixed_band(self.column_footer, self.column_x(), y)
        if floating and not self.run_to_bottom:
            state.offset_y = y + self.column_footer.height
        else:
            state.offset_y = max(state.offset_y, y + self.column_footer.height)

    def _fill_page_footer(self, *args: Any, **kwargs: Any) -> None:
        band = self.footer_band
        state = self.state
        if band is None or state is None or self._skip_footers:
            return
        if self.run_to_bottom:
            y = self.design.page_height - self.design.bottom_margin - band.height
        else:
            y = state.offset_y
        self._fill_fixed_band(band, self.design.left_margin, y)
        state.offset_y = max(state.offset_y, y + band.height)


class FillSubreport(FillElement):
    """A ``<subreport>`` element."""

    design: D.Subreport

    #: isRemoveLineWhenBlank applies when the run printed nothing (§3.6)
    blank_when_empty = True

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.run: _Run | None = None
        self.page: Page | None = None
        self.returned = False

    # --- the per-band cycle --------------------------------------------------------------

    def reset(self) -> None:
        super().reset()
        self._close()

    def _close(self) -> None:
        if self.run is not None:
            self.run.close()
            self.run = None

    def evaluate_content(self) -> None:
        self._close()
        self.returned = False
        filler = self._make_filler()
        self.run = _Run(filler, filler.report_name)

    def has_pending(self) -> bool:
        return self.visible and (not self.done or (self.run is not None and not self.run.finished))

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        self.stretch_height = self.design.height
        self.page = None
        run = self.run
        if not self.visible or run is None or run.finished:
            self.printing = False
            return False
        if (not run.started and self.design.height > room) or room <= 0:
            self.printing = False  # does not fit here: starts on the next part
            return can_overflow
        master_state = getattr(self.filler, "state", None)
        run.filler.part_at_top = (master_state is not None and master_state.is_new_column and self.rel_y == 0
                                  and getattr(self.filler, "part_at_top", True))
        run.next_part(max(room, 0))
        self.page = run.page
        if not run.finished:
            if not can_overflow:  # a fixed band: what fits is all there is
                self._close()
            else:
                self.printing = True
                self.stretch_height = max(room, self.design.height)
                return True
        else:
            self._apply_return_values()
        if self.page is None:  # no page at all (whenNoDataType NoPages)
            self.printing = False
            return False
        if self.design.remove_line_when_blank and not self.page.elements and self.blank_when_empty:
            self.printing = False  # §3.6: an empty subreport gives its line back
            return False
        self.printing = True
        self.stretch_height = max(self.design.height, run.used) if run is not None and run.finished else room
        return False

    def defer(self) -> None:
        self.printing = False

    def emit(self, rel_y: int) -> list[PrintElement]:
        self.done = True
        self.prints += 1
        page, self.page = self.page, None
        out: list[PrintElement] = []
        if self.filler.attributes(self.design).mode is Mode.OPAQUE:
            # an opaque subreport paints its box (the part's height) below its content
            out.append(PrintRectangle(**self.common(rel_y), pen=Pen(line_width=0.0), fill=Fill.SOLID))
        if page is None:
            return out
        self._publish()
        x = self.design.x
        for element in page.elements:
            element.x += x
            element.y += rel_y
            out.append(element)
        return out

    def make_print(self, rel_y: int) -> PrintElement | None:  # pragma: no cover - emit does it
        return None

    # --- the subreport's report, parameters and data ------------------------------------------

    def _make_filler(self) -> SubreportFiller:
        d = self.design
        master = self.filler
        report = self._report(master.evaluate(d.expression) if d.expression is not None else None)
        context = child_context(master, report, "subreport", d.parameters_map_expression, d.parameters,
                                d.data_source_expression, d.connection_expression)
        return SubreportFiller(context, master, bool(d.run_to_bottom), d.width)

    def _report(self, value: Any) -> Any:
        from ..report import Report
        from ..report import compile as compile_report

        d = self.design
        if isinstance(value, Report):
            return value
        if isinstance(value, str):
            master_report = self.filler.report
            cache = _compiled_cache(self.filler)
            named = ("found", id(master_report), value)
            hit = cache.get(named)
            if hit is not None and hit[0] is master_report:
                return hit[1]
            found = master_report.resources.find(value)
            if found is None or not found.name.endswith(".jrxml"):
                raise FillError(f"subreport {value!r} not found in the resource folders", d.location)
            for key in (found, found.resolve()):
                sub = master_report.subreports.get(key)
                if sub is not None:
                    break
            else:
                sub = cache.get(found.resolve())
                if sub is None:
                    sub = cache[found.resolve()] = compile_report(found, master_report.resources.folders)
            cache[named] = (master_report, sub)
            return sub
        if value is None:
            raise FillError("the subreport expression is null", d.expression.location if d.expression else d.location)
        raise FillError(f"cannot use a {type(value).__name__} as a subreport (give a path or a compiled report)",
                        d.expression.location if d.expression else d.location)

    # --- after the subreport: origins, styles, return values ----------------------------------

    def _publish(self) -> None:
        """The subreport's origins and styles join the master document's."""
        run = self.run
        if run is None:
            return
        root = run.filler.root
        document = root.document
        for origin in run.filler.origins:
            if origin not in document.origins:
                document.origins.append(origin)
        names = {style.name for style in document.styles}
        own = run.filler.document
        for style in own.styles:
            if style.name not in names:
                document.styles.append(style)
                names.add(style.name)
        # what the subreport's elements refer to (the print keeps one style of each name)
        if document is not own:
            document.report_styles.setdefault(run.filler.report_name, own.styles)

    def _apply_return_values(self) -> None:
        """Each return value is applied to its master variable with its calculation."""
        if self.returned or self.run is None:
            return
        self.returned = True
        master = self.filler.dataset
        sub = self.run.filler.dataset
        for rv in self.design.return_values:
            name = rv.to_variable
            try:
                var = master.variable(name)
            except KeyError:
                raise FillError(f"return value: {name!r} is not a variable of the report", rv.location) from None
            if rv.from_variable is None or rv.from_variable not in sub.V:
                raise FillError(f"return value: {rv.from_variable!r} is not a variable of the subreport", rv.location)
            value = sub.V[rv.from_variable]
            calc = rv.calculation
            if calc is Calculation.NOTHING or calc is Calculation.SYSTEM:
                new = value
            else:
                temp = VarState(name, var.value_class, calc)
                temp.inc = master.V[name]  # added to even right after a reset (checked)
                temp.initialized = False
                if calc is Calculation.DISTINCT_COUNT:
                    temp.distinct = set()
                commit, _ = make_incrementers(temp, master.V)
                new = commit(temp, value, master.V)
            master.set_system(name, new)
            var.inc = new
            var.initialized = False


def _walk(elements: list[FillElement]) -> list[FillElement]:
    """Elements and, for frames, their children (any depth)."""
    out: list[FillElement] = []
    for element in elements:
        out.append(element)
        contents = getattr(element, "contents", None)
        if contents is not None:
            out.extend(_walk(contents.elements))
    return out


def _compiled_cache(filler: Any) -> dict[Any, Any]:
    """Subreports compiled while filling (not named statically), by path, per fill; and
    the subreport each (master report, expression value) found, so that a subreport
    filled per record is looked up in the resource folders once per fill."""
    root = getattr(filler, "root", filler)
    cache = getattr(root, "_subreport_cache", None)
    if cache is None:
        cache = {}
        root._subreport_cache = cache
    return cache


def child_context(
    master: Any,
    report: Any,
    what: str,
    parameters_map_expression: Any,
    parameters: list[Any],
    data_source_expression: Any,
    connection_expression: Any,
) -> Any:
    """The fill context of a subreport or a component's dataset run, evaluated in the
    master's current mode: the parameters map and parameters, the data source or the
    connection (``REPORT_CONNECTION``: a dataset run inherits the master's), and what the
    child inherits from the master
    (locale, time zone, resource bundle, the test harness's compileReport)."""
    from . import FillContext

    params: dict[str, Any] = {}
    if parameters_map_expression is not None:
        supplied = master.evaluate(parameters_map_expression)
        if supplied is not None:
            if not isinstance(supplied, Mapping):
                raise FillError(f"{what} parameters map is a {type(supplied).__name__}, not a Map",
                                parameters_map_expression.location)
            params.update((k, v) for k, v in supplied.items() if k not in _NOT_PASSED)
    for parameter in parameters:
        params[parameter.name] = master.evaluate(parameter.expression) if parameter.expression is not None else None
    source: DataSource | None = None
    if data_source_expression is not None:
        value = master.evaluate(data_source_expression)
        if value is not None and not isinstance(value, DataSource):
            raise FillError(f"{what} data source is a {type(value).__name__}, not a data source",
                            data_source_expression.location)
        source = value
    elif connection_expression is not None:
        connection = master.evaluate(connection_expression)
        if connection is not None:
            params["REPORT_CONNECTION"] = connection
    if what == "datasetRun" and source is None and "REPORT_CONNECTION" not in params:
        # a dataset run without a data source or connection of its own queries the
        # master's connection (JasperReports' JRFillDatasetRun)
        inherited = master.dataset.params.get("REPORT_CONNECTION")
        if inherited is not None:
            params["REPORT_CONNECTION"] = inherited
    document = master.document
    context = FillContext(report, source, params, document.locale or "en_US", document.timezone or "GMT", {},
                          master=master.ctx)
    master_env = master.ctx.env
    if getattr(master_env, "compile_report", None) is not None and getattr(context.env, "compile_report", None) is None:
        context.env.compile_report = master_env.compile_report
    if not report.design.resource_bundle and "REPORT_RESOURCE_BUNDLE" not in params:
        bundle = master.dataset.params.get("REPORT_RESOURCE_BUNDLE")
        if bundle is not None:
            context.params["REPORT_RESOURCE_BUNDLE"] = bundle
            context.env.message = master_env.message
    return context
