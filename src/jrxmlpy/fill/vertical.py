"""The page loop of a report filled in vertical print order (``docs/filling.md`` §1, §3.1,
§3.7, §3.8, §3.12, §3.13, §5): bands go down the page; when one does not fit, the column
(or page) is closed with its footers and the band continues on the next one.

Every loop here makes progress or stops with a :class:`FillError` naming the band: a band
part that places nothing on an empty page is an error, not a retry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..design import elements as D
from ..design import report as R
from ..design.enums import (
    BreakType,
    EvaluationTime,
    FooterPosition,
    PrintOrder,
    ResetType,
    SplitType,
    WhenNoDataType,
)
from ..document import Document, Origin, Page, PrintText
from ..errors import FillError
from .container import Container, Part
from .elements import (
    FillBreak,
    FillElement,
    FillEllipse,
    FillFrame,
    FillImage,
    FillLine,
    FillPlaceholder,
    FillRectangle,
    FillStaticText,
    FillText,
    FillTextField,
)
from .plainband import PlainBand, plain_elements

log = logging.getLogger(__name__)

DEFAULT, OLD = "default", "old"

_KINDS: list[tuple[type, Callable[..., FillElement]]] = [
    (D.TextField, FillTextField),
    (D.StaticText, FillStaticText),
    (D.Line, FillLine),
    (D.Rectangle, FillRectangle),
    (D.Ellipse, FillEllipse),
    (D.Image, FillImage),
    (D.Frame, FillFrame),
    (D.Break, FillBreak),
    (D.Subreport, lambda *args: _subreport_element(*args)),  # (subreports work)
    (D.ComponentElement, lambda *args: _component_element(*args)),  # (components work)
    (D.Crosstab, lambda *args: _crosstab_element(*args)),
]


def _crosstab_element(*args: Any) -> FillElement:
    """``fill/crosstabs.py`` (imported late: it uses the page loop's element factory)."""
    from .crosstabs import FillCrosstab

    return FillCrosstab(*args)


def _component_element(*args: Any) -> FillElement:
    """(components work) lists and tables (``fill/components.py``), imported late;
    other components keep the placeholder."""
    from .components import component_element

    return component_element(*args)


def _subreport_element(*args: Any) -> FillElement:
    """(subreports work) ``fill/subreports.py`` subclasses ReportFiller: imported late."""
    from .subreports import FillSubreport

    return FillSubreport(*args)


@dataclass(slots=True)
class FillBand:
    """A design band with its fill elements."""

    design: R.Band
    origin: Origin
    container: Container
    group: str | None = None
    #: Styles with conditions used by the band's elements (evaluated per band fill).
    styles: list[str] = field(default_factory=list)
    #: The band's fast path when it is plain (``fill/plainband.py``), else None.
    plain: PlainBand | None = None

    @property
    def height(self) -> int:
        return self.design.height

    def break_height(self) -> int:
        if self.design.split_type is SplitType.IMMEDIATE and self.container.elements:
            return min(e.design.y + e.design.height for e in self.container.elements)
        return self.design.height


@dataclass(slots=True, eq=False)
class Delayed:
    """A printed text field waiting for its evaluation time (compared by identity: two
    entries are never the same wait, and comparing their prints would be slow)."""

    element: FillText
    print_element: PrintText
    time: EvaluationTime
    group: str | None
    #: The page it was printed on: that page is not handed on before it is complete.
    page: Page
    #: When it entered the report's waiting lists (the report's end completes their
    #: entries in that order).
    order: int = 0


@dataclass(slots=True)
class ElementRange:
    """Content printed for a group since its header started (§3.9): the elements
    ``page.elements[start:]`` of one page/column, from ``top`` down to the offset."""

    group: str
    page: Page
    column: int
    start: int
    top: int


@dataclass(slots=True)
class _PageState:
    page: Page
    offset_y: int
    column: int = 0
    column_header_top: int = 0
    is_new_page: bool = True
    is_new_column: bool = True
    #: No group or detail band printed yet on this page / column: a ``<break>`` with
    #: nothing printed above it in its band is ignored there (§3.8).
    first_page_band: bool = True
    first_column_band: bool = True
    record_on_page: bool = False
    delayed: list[Delayed] = field(default_factory=list)


class ReportFiller:
    """Fills one report (the master) into a :class:`Document`."""

    #: Whether plain bands take their fast path (``fill/plainband.py``); off: every band
    #: is filled by the general path (the tests compare both).
    plain_bands = True

    #: Whether a new page starts a column (reprinting isReprintHeaderOnEachColumn headers).
    page_is_column = True

    def __init__(self, context: Any) -> None:
        self.ctx = context
        self.report = context.report
        self.design: R.Report = context.report.design
        self.dataset = context.dataset
        self.styles = context.styles
        self.mode = DEFAULT
        self.variants: dict[str, str] = {}
        # isPrintRepeatedValues bookkeeping (§3.3): where each band was last filled, and
        # how many times each group started (as each band last saw it).
        self.current_band: FillBand | None = None
        self.first_whole_band = True
        self.band_seen: dict[int, tuple[int, int]] = {}
        self.group_starts: dict[str, int] = {}
        #: by band (id): the group_starts it last saw (a copy, made when they changed)
        self.band_group_seen: dict[int, dict[str, int]] = {}
        self.document = context.document
        self.origins: list[Origin] = []
        self.src_ids = 0
        self.warned: set[str] = set()
        #: Elements collecting the records of this dataset (crosstabs without a dataset run).
        self.element_datasets: list[Any] = []
        #: the reports generated for the components (tables, lists) of this fill, by the
        #: component's design id (kept by the root filler, see FillDatasetComponent.generated)
        self.component_reports: dict[int, tuple[Any, Any, dict[int, int]]] = {}
        d = self.design
        self.groups: dict[str, tuple[list[FillBand], list[FillBand]]] = {}
        for group in d.groups:
            headers = self._bands(group.header, "groupHeader", group.name)
            footers = self._bands(group.footer, "groupFooter", group.name)
            self.groups[group.name] = (headers, footers)
        self.background = self._band(d.background, "background")
        self.title = self._band(d.title, "title")
        self.page_header = self._band(d.page_header, "pageHeader")
        self.column_header = self._band(d.column_header, "columnHeader")
        self.details = self._bands(d.detail, "detail")
        self.details_print_when = any(b.print_when_expression is not None for b in d.detail)
        self.column_footer = self._band(d.column_footer, "columnFooter")
        self.page_footer = self._band(d.page_footer, "pageFooter")
        self.last_page_footer = self._band(d.last_page_footer, "lastPageFooter")
        self.summary = self._band(d.summary, "summary")
        self.no_data = self._band(d.no_data, "noData")
        column_footer = self.column_footer.height if self.column_footer else 0
        last_footer = self.last_page_footer or self.page_footer
        #: the height of the footers at the bottom of a page, without and with the last page
        #: footer active (see column_footer_top)
        self._footers_height = (column_footer + (self.page_footer.height if self.page_footer else 0),
                                column_footer + (last_footer.height if last_footer else 0))
        self.document.origins = list(self.origins)
        self.state: _PageState | None = None
        #: Pages started and not yet handed on (the last one is being filled), and how
        #: many pages were started in all.
        self.open_pages: list[Page] = []
        self.page_count = 0
        self.last_footer_active = False
        #: Waiting for the report's end (Report, Master, Auto); and waiting for their group or
        #: band but moved off a closed page.  (Two lists: a group end walks only the second.)
        self.report_delayed: list[Delayed] = []
        self.moved_delayed: list[Delayed] = []
        self._entered = 0  # (Delayed.order)
        #: The first page an element evaluated at the report's end is on ("Page X of Y"):
        #: no page from it on is handed on before the end.
        self.held_until_end: Page | None = None
        #: Open keepTogether / minDetailsToStartFromTop ranges by group name (§3.9).
        self.ranges: dict[str, ElementRange] = {}
        #: Detail records printed per group since its header (``detailsCount``).
        self.details_count: dict[str, int] = {g.name: 0 for g in d.groups}
        self.header_printed: dict[str, bool] = {}
        #: Group footers waiting to be pushed to the column bottom (§3.10), and the
        #: footer position that decides when.
        self.footer_range: ElementRange | None = None
        #: The type of the ``<break>`` that cut the band being filled (§3.8).
        self.pending_break: BreakType | None = None
        #: The last record's detail bands (when they did not break) and, while footers of
        #: preventOrphanFooter groups print, that detail and the footers after it (§3.11).
        self.detail_range: ElementRange | None = None
        self.orphan_range: ElementRange | None = None
        self.orphan_footer: ElementRange | None = None
        self.footer_master: FooterPosition | None = None
        self.footer_group_position: FooterPosition | None = None  # of the footer filling
        #: The report's ``<propertyExpression>`` values, evaluated on first need.
        self._report_properties: dict[str, str] | None = None

    # --- building ---------------------------------------------------------------------

    def _bands(self, bands: list[R.Band], kind: str, group: str | None = None) -> list[FillBand]:
        """The fill bands of a list of design bands (detail, group header or footer bands)."""
        filled = [self._band(band, kind, group) for band in bands]
        return [band for band in filled if band is not None]

    def _band(self, band: R.Band | None, kind: str, group: str | None = None) -> FillBand | None:
        if band is None:
            return None
        origin = Origin(kind, group)
        if origin not in self.origins:
            self.origins.append(origin)
        elements = self._elements(band.elements, origin)
        styles = self.styles.band_styles(D.flatten(band.elements))
        made = FillBand(band, origin, Container(elements, band.height), group, styles)
        if self.plain_bands and plain_elements(made):
            made.plain = PlainBand(made, self)
        return made

    def _elements(self, designs: list[D.Element], origin: Origin, groups: tuple[int, ...] = ()) -> list[FillElement]:
        out: list[FillElement] = []
        for design in designs:
            if isinstance(design, D.ElementGroup):
                out.extend(self._elements(design.children, origin, (*groups, id(design))))
                continue
            self.src_ids += 1
            kind = next((k for t, k in _KINDS if isinstance(design, t)), FillPlaceholder)
            element = kind(design, self, origin, self.src_ids)
            element.groups = groups
            if kind is FillPlaceholder:
                self._warn_once(type(design).__name__, f"{design.location}: {type(design).__name__} elements are not filled yet: an empty box of their size is printed")
            if isinstance(element, FillFrame):
                padding = self.styles.effective(design).box
                inner = design.height - padding.top_padding - padding.bottom_padding  # the padded area
                element.contents = Container(self._elements(design.children, origin), max(0, inner))  # type: ignore[attr-defined]
            out.append(element)
        return out

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self.warned:
            self.warned.add(key)
            log.warning(message)

    # --- services for elements -----------------------------------------------------------

    def evaluate(self, expression: Any) -> Any:
        return self.dataset.evaluate(expression, self.mode)

    def report_property(self, name: str) -> str | None:
        """A property as the report sees it: its evaluated ``<propertyExpression>``s (a
        null value does not count), else its ``<property>``s, else the fill's properties
        (``jasperreports.properties``, the caller's)."""
        if self._report_properties is None:
            evaluated: dict[str, str] = {}
            for prop in self.design.main_dataset.property_expressions:
                value = self.evaluate(prop.expression)
                if value is not None:
                    evaluated[prop.name] = str(value)
            self._report_properties = evaluated
        for source in (self._report_properties, self.design.properties, self.ctx.properties):
            value = source.get(name)
            if value is not None:
                return value
        return None

    def style_name(self, design: D.Element) -> str | None:
        """The style the print element references (a conditional variant when one holds)."""
        return self.styles.print_style_name(design, self.variants)

    def attributes(self, design: D.Element) -> Any:
        """The element's style-able attributes resolved with the current variant."""
        name = self.style_name(design)
        return self.styles.effective(design, name) if name is not None else self.styles.effective(design)

    def measure(self, design: D.TextElement, text: str, extra: int, can_overflow: bool,
                fonts: tuple[Any, ...] | None = None, blocks: tuple[Any, ...] | None = None,
                truncation: tuple[bool, str | None] = (False, None), style: Any = ...) -> Any:
        """The layout of ``text`` in the element; ``style``: its :meth:`style_name` when
        the caller knows it (``...``: looked up)."""
        name = self.style_name(design) if style is ... else style
        return self.ctx.measure(design, text, extra, can_overflow, name if name is not None else ..., fonts, blocks,
                                truncation)

    def format_value(self, value: Any, value_class: str, pattern: str | None, attributes: Any) -> Any:
        """A text field's formatted value; ``attributes``: the element's (:meth:`attributes`)."""
        return self.ctx.format_value(value, value_class, pattern, attributes)

    def value_class(self, expression: Any, value: Any) -> str:
        return self.ctx.value_class(expression, value)

    def delay(self, element: FillText, print_text: PrintText) -> None:
        d = element.design
        time = d.evaluation_time  # type: ignore[attr-defined]
        assert self.state is not None
        entry = Delayed(element, print_text, time, getattr(d, "evaluation_group", None), self.state.page)
        if time in (EvaluationTime.REPORT, EvaluationTime.MASTER, EvaluationTime.AUTO):
            self._enter(entry)
            self.report_delayed.append(entry)
            if self.held_until_end is None:
                self.held_until_end = entry.page
        else:
            self.state.delayed.append(entry)

    def break_allowed(self, element: FillBreak) -> bool:
        """§3.8: a break is ignored when its band is the first group/detail band of the
        page (a Column break: of the column) and nothing of the band printed above it.
        Reprinted group headers do not count for the page (BreaksReport.42), but do
        for the column of a multi-column report (BreaksReport.44)."""
        state = self.state
        if state is None:
            return False
        if element.printing_above:
            return True
        if element.design.type is BreakType.COLUMN:
            return not state.first_column_band
        return not state.first_page_band

    def _band_filled(self, reprint: bool = False) -> None:
        """A group header/footer or detail band printed: later breaks apply (§3.8)."""
        state = self.state
        assert state is not None
        if not reprint:
            state.first_page_band = False
        if not reprint or self.design.column_count > 1:
            state.first_column_band = False

    # --- geometry -------------------------------------------------------------------------

    @property
    def footer_band(self) -> FillBand | None:
        if self.last_footer_active and self.last_page_footer is not None:
            return self.last_page_footer
        return self.page_footer

    def column_footer_top(self) -> int:
        """Where the column footer starts: above the page footer (or the last page footer
        when it is active, see :attr:`footer_band`)."""
        d = self.design  # (a subreport's page height changes from page to page)
        return d.page_height - d.bottom_margin - self._footers_height[1 if self.last_footer_active else 0]

    def page_state(self) -> _PageState:
        """The state of the page being filled (there is one once the first page started)."""
        state = self.state
        assert state is not None
        return state

    def available(self) -> int:
        assert self.state is not None
        return self.column_footer_top() - self.state.offset_y

    def column_x(self, column: int | None = None) -> int:
        """The left of the current column (or of ``column``)."""
        d = self.design
        assert self.state is not None
        index = self.state.column if column is None else column
        return d.left_margin + index * (d.column_width + d.column_spacing)

    # --- the fill ---------------------------------------------------------------------------

    def fill(self) -> Document:
        """Fill the whole report into the document."""
        self.document.pages.extend(self.pages())
        return self.document

    def pages(self) -> Iterator[Page]:
        """Fill the report, handing on each page as soon as it is complete: once the
        fill has moved past it and no element on it waits for a later evaluation."""
        ds = self.dataset
        if ds.next():
            self._report_start()
            yield from self._finished_pages()
            while ds.next():
                self._report_content()
                if len(self.open_pages) > 1:  # (else none is finished: the current page is open)
                    yield from self._finished_pages()
            self._report_end()
        else:
            self._no_data()
        pages, self.open_pages = self.open_pages, []
        yield from pages

    def _finished_pages(self) -> list[Page]:
        """The leading open pages before the current one that nothing refers to any more:
        no delayed evaluation is pending on them and no group range (which may still be
        moved to another page) starts on them."""
        if len(self.open_pages) < 2 or self.open_pages[0] is self.held_until_end:
            return []  # (checked first: a report with "Page X of Y" footers holds every page)
        waiting = {id(e.page) for e in self.report_delayed}
        waiting.update(id(e.page) for e in self.moved_delayed)
        if self.state is not None:
            waiting.update(id(e.page) for e in self.state.delayed)
        ranges = [*self.ranges.values(), self.footer_range, self.detail_range, self.orphan_range, self.orphan_footer]
        waiting.update(id(r.page) for r in ranges if r is not None)
        done = 0
        for page in self.open_pages[:-1]:
            if id(page) in waiting:
                break
            done += 1
        finished, self.open_pages = self.open_pages[:done], self.open_pages[done:]
        return finished

    def _report_start(self) -> None:
        self.dataset.init_variables(ResetType.REPORT)
        self._new_page()
        self._fill_title()
        self._fill_page_header()
        self._fill_column_header()
        self._fill_group_headers(all_groups=True)
        self._fill_detail()

    def _report_content(self) -> None:
        ds = self.dataset
        assert self.state is not None
        self.state.record_on_page = False  # nothing of the new record printed yet
        if ds.estimate_group_ruptures():
            changed = ds.changed_groups()
            self.mode = OLD
            self._fill_group_footers([g for g in reversed(ds.groups) if g.has_changed])
            self._flush_footers()
            self.orphan_range = self.orphan_footer = self.detail_range = None
            self._resolve_group_delayed({g.name for g in changed})
            self.mode = DEFAULT
            ds.init_variables(ResetType.GROUP)
            self._fill_group_headers(all_groups=False)
        self._fill_detail()

    def _report_end(self) -> None:
        self.mode = DEFAULT
        self._fill_group_footers(list(reversed(self.dataset.groups)))
        self.orphan_range = self.orphan_footer = self.detail_range = None
        self._fill_summary()
        self._resolve_group_delayed({g.name for g in self.dataset.groups})
        self._close_page_delayed()
        for entry in self._end_delayed():
            self._complete(entry)

    def _no_data(self) -> None:
        kind = self.design.when_no_data_type or WhenNoDataType.NO_PAGES
        if kind is WhenNoDataType.NO_PAGES:
            return
        self.dataset.init_variables(ResetType.REPORT)
        if kind is WhenNoDataType.BLANK_PAGE:
            self.open_pages.append(Page())
            self.page_count += 1
            return
        if kind is WhenNoDataType.NO_DATA_SECTION:
            self._new_page()
            if self.no_data is not None:
                self._fill_whole_page_band(self.no_data)
            for entry in self._end_delayed():
                self._complete(entry)
            return
        self._new_page()
        self._fill_title()
        self._fill_page_header()
        self._fill_column_header()
        self._fill_group_headers(all_groups=True)
        self._fill_group_footers(list(reversed(self.dataset.groups)))
        self.orphan_range = self.orphan_footer = self.detail_range = None
        self._fill_summary()
        self._close_page_delayed()
        for entry in self._end_delayed():
            self._complete(entry)

    # --- pages and columns ------------------------------------------------------------------

    def _new_page(self, reset_page_number: bool = False) -> None:
        d = self.design
        page = Page()
        self.open_pages.append(page)
        self.page_count += 1
        number = 1 if reset_page_number else (self.dataset.value("PAGE_NUMBER") or 0) + 1 if self.state else self.page_count
        self.dataset.set_system("PAGE_NUMBER", number)
        self.dataset.set_system("COLUMN_NUMBER", 1)
        self.state = _PageState(page, d.top_margin, column_header_top=d.top_margin)
        if self.background is not None:
            self._fill_background()

    def _break_mode(self) -> str:
        """The mode the footers of the page/column being closed are evaluated in (§1.7):
        DEFAULT once the current record printed there, else the previous record's."""
        assert self.state is not None
        return DEFAULT if self.state.record_on_page else (OLD if self.mode == DEFAULT else self.mode)

    def _page_break(self, reset_page_number: bool = False) -> None:
        """§1.7 page break: footers, new page, headers, reprinted group headers, and the
        moving keep-together range put back below them."""
        holding = self._holding_group()
        overflowing = self._overflowing_footer()
        moved = self._take_range()
        next_mode = self.mode
        self.mode = self._break_mode()
        self._fill_column_footer()
        self._fill_page_footer()
        self._close_page_delayed()
        self.mode = next_mode
        self.dataset.init_variables(ResetType.PAGE)
        self._new_page(reset_page_number)
        self._fill_page_header()
        self._fill_column_header()
        self._reprint_group_headers(column=False, until=holding.name if holding is not None else None)
        self._put_range(moved)
        self._reopen_footers(overflowing if not moved else None)

    def _column_break(self) -> None:
        state = self.state
        assert state is not None
        if state.column >= self.design.column_count - 1:
            self._page_break()
            return
        holding = self._holding_group()
        overflowing = self._overflowing_footer()
        moved = self._take_range()
        next_mode = self.mode
        self.mode = self._break_mode()
        self._fill_column_footer()
        self._resolve_delayed(EvaluationTime.COLUMN)
        self.mode = next_mode
        self.dataset.init_variables(ResetType.COLUMN)
        state.column += 1
        state.offset_y = state.column_header_top
        state.is_new_column = True
        state.record_on_page = False
        self.dataset.set_system("COLUMN_NUMBER", state.column + 1)
        self._fill_column_header()
        self._reprint_group_headers(column=True, until=holding.name if holding is not None else None)
        self._put_range(moved)
        self._reopen_footers(overflowing if not moved else None)

    # --- keep together (§3.9) ---------------------------------------------------------------

    def _open_range(self, group: R.Group) -> None:
        """A group header starts: with keepTogether (off the top of a column) or
        minDetailsToStartFromTop, what the group prints from here may have to move."""
        state = self.state
        assert state is not None
        if (group.keep_together and not state.is_new_column) or group.min_details_to_start_from_top > 0:
            self.ranges[group.name] = self._range_here(group.name)
        else:
            self.ranges.pop(group.name, None)

    def _has_min_details(self, group: R.Group, moving: int = 0) -> bool:
        """Whether the group keeps minDetailsToStartFromTop details on the column when
        ``moving`` of its details leave it (no minimum: always)."""
        wanted = group.min_details_to_start_from_top
        return wanted == 0 or wanted <= self.details_count[group.name] - moving

    def _live_range(self, name: str) -> ElementRange | None:
        """The group's open range when it lies on the current page/column."""
        found = self.ranges.get(name)
        if found is None or self.state is None or not self._in_column(found):
            return None
        return found

    def _in_column(self, found: ElementRange) -> bool:
        """Whether a range was printed in the current page/column (so it can move)."""
        state = self.state
        assert state is not None
        return found.page is state.page and found.column == state.column

    def _holding_group(self) -> R.Group | None:
        """The outermost group whose range must stay together: keepTogether, or fewer
        than minDetailsToStartFromTop details printed."""
        for group_state in self.dataset.groups:
            group: R.Group = group_state.design
            if self._live_range(group.name) is not None and (group.keep_together or not self._has_min_details(group)):
                return group
        return None

    def _moving_group(self) -> R.Group | None:
        """The group whose range moves at a break (§3.9): the holding group, unless an
        outer minDetailsToStartFromTop group would keep too few details once the
        holding group's details (or the orphan footer's detail, §3.11) left it: then
        that outer group moves whole (KeepTogetherReport.31)."""
        holding = self._holding_group()
        orphan = self.orphan_range is not None
        if holding is None and not orphan:
            return None
        moving = max(self.details_count[holding.name] if holding is not None else 0, 1 if orphan else 0)
        for group_state in self.dataset.groups:
            group: R.Group = group_state.design
            if group is holding:
                break
            if self._live_range(group.name) is not None and not self._has_min_details(group, moving):
                return group
        return holding

    def _take_range(self) -> list[tuple[ElementRange, list[Any], int]]:
        """Remove the moving ranges' elements (with their heights) from the column being
        closed: a group's kept-together content, else the orphan footer's detail and the
        footers printed after it (each range keeps its own column: in horizontal print
        order the footers span from the first one, OrphanFooterReport.22).  Every break
        ends the orphan-footer and detail ranges."""
        group = self._moving_group()
        if group is not None:
            ranges = [self.ranges.pop(group.name)]
        else:
            ranges = [r for r in (self.orphan_range, self.orphan_footer) if r is not None]
        self.orphan_range = self.orphan_footer = self.detail_range = None
        state = self.state
        assert state is not None
        moved = []
        bottom, end = state.offset_y, len(state.page.elements)
        for found in reversed(ranges):
            moved.append((found, state.page.elements[found.start:end], bottom - found.top))
            bottom, end = found.top, found.start
        if ranges:
            del state.page.elements[ranges[0].start:]
            state.offset_y = ranges[0].top
        return moved[::-1]

    def _put_range(self, moved: list[tuple[ElementRange, list[Any], int]]) -> None:
        """Re-add the moved ranges one below the other at the offset of the new
        page/column, shifted by the column difference."""
        state = self.state
        assert state is not None
        for found, elements, height in moved:
            dx = self.column_x() - self.column_x(found.column)
            dy = state.offset_y - found.top
            for element in elements:
                element.x += dx
                element.y += dy
                state.page.elements.append(element)
            state.offset_y += height
            state.is_new_page = state.is_new_column = False
            state.first_page_band = state.first_column_band = False

    def _close_page_delayed(self) -> None:
        state = self.state
        if state is None:
            return
        for entry in [e for e in state.delayed if e.time in (EvaluationTime.PAGE, EvaluationTime.COLUMN)]:
            self._complete(entry)
        state.delayed = [e for e in state.delayed if e.time not in (EvaluationTime.PAGE, EvaluationTime.COLUMN)]
        for entry in state.delayed:  # group/band ones still pending move along
            self._enter(entry)
        self.moved_delayed.extend(state.delayed)
        state.delayed = []

    def _enter(self, entry: Delayed) -> None:
        entry.order = self._entered
        self._entered += 1

    def _end_delayed(self) -> list[Delayed]:
        """What waits at the report's end, in the order it started waiting there."""
        return sorted([*self.report_delayed, *self.moved_delayed], key=lambda e: e.order)

    def _resolve_delayed(self, time: EvaluationTime) -> None:
        """§5: complete the page's elements waiting for ``time`` (a column end)."""
        state = self.state
        assert state is not None
        for entry in [e for e in state.delayed if e.time is time]:
            self._complete(entry)
        state.delayed = [e for e in state.delayed if e.time is not time]

    def _resolve_group_delayed(self, groups: set[str]) -> None:
        """Complete the elements waiting for the end of ``groups``.  The other group ones
        of the page wait on among the moved ones; band ones moved off a closed page come
        back to the page's list."""
        state = self.state
        current = state.delayed if state is not None else []
        group = EvaluationTime.GROUP
        if not self.moved_delayed and not any(e.time is group for e in current):
            return  # (nothing waits for a group: the common case, whatever waits for the end)
        moved, back, staying = [], [], []
        for entry in self.moved_delayed:
            if entry.time is group:
                if entry.group in groups:
                    self._complete(entry)
                else:
                    moved.append(entry)
            else:
                back.append(entry)
        for entry in current:
            if entry.time is group:
                if entry.group in groups:
                    self._complete(entry)
                else:
                    self._enter(entry)
                    moved.append(entry)
            else:
                staying.append(entry)
        self.moved_delayed = moved
        if state is not None:
            state.delayed = back + staying

    def _complete(self, entry: Delayed) -> None:
        entry.element.complete(entry.print_element)

    # --- placing bands ----------------------------------------------------------------------

    def _place(self, part: Part, x: int, y: int) -> None:
        assert self.state is not None
        elements = part.elements
        for element in elements:
            element.x += x
            element.y += y
        self.state.page.elements.extend(elements)

    def _evaluate_band(self, band: FillBand) -> bool:
        """Whether the band prints (its printWhenExpression), its elements evaluated."""
        if not self._band_prints(band):
            return False
        self._evaluate_elements(band)
        return True

    def _evaluate_elements(self, band: FillBand) -> None:
        """Conditional styles, then every element of the band, in the current mode."""
        where = self._begin_evaluation(band)
        for element in band.container.elements:
            element.evaluate()
        self._end_evaluation(band, where)

    def _begin_evaluation(self, band: FillBand) -> tuple[int, int]:
        """Before the band's elements are evaluated: its conditional styles, its container
        reset, whether it is the first whole band here; returns where it is filled."""
        if band.styles:
            variants = self.styles.evaluate_band(band.styles, self.evaluate)
            if variants != self.variants:  # (kept when equal: elements keep their styles while it stays)
                self.variants = variants
        elif self.variants:  # (a band without conditional styles has none)
            self.variants = {}
        band.container.reset()
        state = self.state
        where = (self.page_count, state.column if state is not None else 0)
        self.current_band = band
        self.first_whole_band = self.band_seen.get(id(band)) != where
        return where

    def _end_evaluation(self, band: FillBand, where: tuple[int, int]) -> None:
        """After the band's elements were evaluated (``where``: from :meth:`_begin_evaluation`)."""
        self.band_seen[id(band)] = where
        if self.band_group_seen.get(id(band)) != self.group_starts:
            self.band_group_seen[id(band)] = dict(self.group_starts)

    def prints_repeated(self, design: D.Element) -> bool:
        """Whether an element repeating its previous value prints anyway (§3.3): in the
        first whole band of a page or column (isPrintInFirstWholeBand), or when its group
        (printWhenGroupChanges) started since the band was last filled."""
        if design.print_in_first_whole_band and self.first_whole_band:
            return True
        group = design.print_when_group_changes
        if group is None:
            return False
        seen = self.band_group_seen.get(id(self.current_band))
        return self.group_starts.get(group, 0) != (seen.get(group) if seen is not None else None)

    def _band_prints(self, band: FillBand, mode: str | None = None) -> bool:
        """The band's printWhenExpression (§3.7): null or false means it takes no space."""
        expression = band.design.print_when_expression
        if expression is None:
            return True
        return self.dataset.evaluate(expression, mode or self.mode) is True

    def _break_until_fits(self, band: FillBand, min_height: int = 0) -> None:
        """Column breaks until the band can start here (§1.3, §1.6)."""
        guard = 0
        while True:
            state = self.state  # (a new one after each column break)
            assert state is not None
            available = self.column_footer_top() - state.offset_y
            if band.break_height() <= available and (min_height <= available or state.is_new_column):
                break
            guard += 1
            self._guard(guard, band)
            self._column_break()

    def _range_held(self) -> bool:
        """Whether a break now would move a range (§3.9, §3.11)."""
        return self._holding_group() is not None or self.orphan_range is not None

    def _must_refill(self, band: FillBand) -> bool:
        """§3.1: an overflowing band moves whole to the next column when it is Prevent
        (and not the first thing on the column) or a range is held together."""
        assert self.state is not None
        if band.design.split_type is SplitType.PREVENT and not self._prevent_inhibited():
            return True
        return self._range_held()

    def _prevent_inhibited(self) -> bool:
        """A Prevent band splits anyway when it is the column's first group/detail band."""
        assert self.state is not None
        return self.state.first_column_band

    def _fill_column_band(self, band: FillBand, recalc: bool = False, fits_here: bool = False) -> bool:
        """A band that flows down the column and continues on the next when it overflows
        (§3.1); True when it printed.  ``recalc``: the first detail band of a record, whose
        variables are recalculated when it moves to a new page; ``fits_here``: the caller
        just made the band's break check (:meth:`_break_until_fits`) and nothing was
        filled since."""
        assert self.state is not None
        if band.design.print_when_expression is not None and not self._band_prints(band):
            return False
        if not fits_here:
            self._break_until_fits(band)
        plain = band.plain
        if plain is not None:
            if self.variants:  # (as _begin_evaluation: a band without conditional styles has none)
                self.variants = {}
            self.pending_break = None
            state = self.state
            height = plain.print_at(self.available(), self.column_x(), state.offset_y, state.page.elements)
            if height is not None:  # (printed as designed: nothing overflows, the band delays nothing)
                state.offset_y += height
                state.record_on_page = self.mode == DEFAULT
                if state.delayed:  # (band-time texts of an earlier band, moved back off a closed page)
                    self._resolve_band_delayed()
                return True
            part = band.container.fill(self.available())
        else:
            self._evaluate_elements(band)
            self.pending_break = None
            part = band.container.fill(self.available())
        # a held range moves even when only white space did not fit (OrphanFooterReport.13)
        if (part.overflows or (part.cut and self._range_held())) and self._must_refill(band):
            self._overflow_break()  # a page break cut the band: the move is to a new page
            if recalc and self.mode == DEFAULT:
                self.dataset.revert_to_old_and_recalculate()
            self._evaluate_elements(band)
            part = band.container.fill(self.available())
        self._place(part, self.column_x(), self.state.offset_y)
        self.state.offset_y += part.height
        self.state.record_on_page = self.mode == DEFAULT
        guard = 0
        while part.overflows:
            guard += 1
            self._guard(guard, band)
            self._overflow_break()
            part = band.container.fill(self.available())
            if not part.elements and part.overflows and self.state.is_new_column:
                raise FillError(f"{band.design.location}: band {band.origin.band} does not fit on an empty page")
            self._place(part, self.column_x(), self.state.offset_y)
            self.state.offset_y += part.height
        self._resolve_band_delayed()
        return True

    def _overflow_break(self) -> None:
        """The band continues on the next column, or page when a page break cut it."""
        kind, self.pending_break = self.pending_break, None
        if kind is BreakType.PAGE:
            self._page_break()
        else:
            self._column_break()

    def _guard(self, count: int, band: FillBand) -> None:
        if count > 2 * max(1, self.design.column_count) + 1:
            raise FillError(
                f"{band.design.location}: the {band.origin.band} band ({band.height} high) never fits in a page "
                f"({self.design.page_height} high, margins and footers take the rest)"
            )

    def _resolve_band_delayed(self) -> None:
        state = self.state
        if state is None or not state.delayed:
            return
        band_entries = [e for e in state.delayed if e.time is EvaluationTime.BAND]
        for entry in band_entries:
            self._complete(entry)
        state.delayed = [e for e in state.delayed if e.time is not EvaluationTime.BAND]

    def _fill_fixed_band(self, band: FillBand | None, x: int, y: int) -> None:
        """Column and page footers: filled in their own height, never growing."""
        if band is None or not self._evaluate_band(band):
            return
        part = band.container.fill(band.height, can_overflow=False)
        part.height = band.height
        self._place(part, x, y)

    def _fill_whole_page_band(self, band: FillBand) -> None:
        """Title, summary, noData: the whole page below the offset is theirs."""
        d = self.design
        assert self.state is not None
        if not self._evaluate_band(band):
            return
        room = d.page_height - d.bottom_margin - self.state.offset_y
        part = band.container.fill(room)
        self._place(part, d.left_margin, self.state.offset_y)
        self.state.offset_y += part.height
        guard = 0
        while part.overflows:
            guard += 1
            self._guard(guard, band)
            self._new_page()
            part = band.container.fill(d.page_height - d.bottom_margin - self.state.offset_y)
            self._place(part, d.left_margin, self.state.offset_y)
            self.state.offset_y += part.height
        self._resolve_band_delayed()

    # --- the bands ----------------------------------------------------------------------------

    def _fill_background(self) -> None:
        d = self.design
        band = self.background
        assert band is not None and self.state is not None
        if band.height > d.page_height - d.bottom_margin - d.top_margin or not self._evaluate_band(band):
            return
        part = band.container.fill(band.height, can_overflow=False)
        self._place(part, d.left_margin, d.top_margin)

    def _fill_title(self) -> None:
        if self.title is None:
            return
        self._fill_whole_page_band(self.title)
        if self.design.title_new_page:
            self._close_page_delayed()
            self.dataset.init_variables(ResetType.PAGE)
            self._new_page()

    def _fill_page_header(self) -> None:
        state = self.state
        assert state is not None
        if self.page_header is not None and self._evaluate_band(self.page_header):
            part = self.page_header.container.fill(self.available(), can_overflow=False)
            self._place(part, self.design.left_margin, state.offset_y)
            state.offset_y += part.height
        state.column_header_top = state.offset_y
        state.is_new_page = state.is_new_column = True

    def _fill_column_header(self) -> None:
        state = self.state
        assert state is not None
        if self.column_header is not None and self._evaluate_band(self.column_header):
            part = self.column_header.container.fill(self.available(), can_overflow=False)
            self._place(part, self.column_x(), state.offset_y)
            state.offset_y += part.height
        state.is_new_column = state.first_column_band = True

    def _fill_column_footer(self) -> None:
        state = self.state
        assert state is not None
        self._flush_footers()
        if self.column_footer is None:
            return
        y = state.offset_y if self.design.float_column_footer else self.column_footer_top()
        self._fill_fixed_band(self.column_footer, self.column_x(), y)

    def _fill_page_footer(self) -> None:
        band = self.footer_band
        if band is not None:
            d = self.design
            self._fill_fixed_band(band, d.left_margin, d.page_height - d.bottom_margin - band.height)

    def _fill_group_headers(self, all_groups: bool) -> None:
        """§1.6 group headers, outer → inner, of every group (report start) or of the
        changed ones: start-new-page/column flags, min height, keep-together ranges."""
        state = self.state
        assert state is not None
        for group_state in self.dataset.groups:
            if not (all_groups or group_state.has_changed):
                continue
            group: R.Group = group_state.design
            if (group.start_new_page or group.reset_page_number) and not state.is_new_page:
                self._page_break(reset_page_number=group.reset_page_number)
                state = self.page_state()
            elif group.start_new_column and not state.is_new_column:
                self._column_break()
            elif group.reset_page_number:
                self.dataset.set_system("PAGE_NUMBER", 1)
            self.group_starts[group.name] = self.group_starts.get(group.name, 0) + 1
            headers, _ = self.groups[group.name]
            opened = False
            for band in headers:
                if not self._band_prints(band):
                    continue
                if not opened:
                    self._break_until_fits(band, group.min_height_to_start_new_page)
                    self._open_range(group)
                    self.details_count[group.name] = 0
                    opened = True
                self._fill_column_band(band)
                self._band_filled()
            if not opened:
                self._open_range(group)
                self.details_count[group.name] = 0
            self.header_printed[group.name] = True

    def _fill_group_footers(self, groups: list[Any]) -> None:
        """§1.6 group footers, inner → outer; closes the groups' keep-together ranges and
        collects footers with a footerPosition (§3.10).  §3.11: the footers of the
        innermost closing preventOrphanFooter group and of the groups inside it move
        with the last detail when one must break; outer footers end that unit."""
        assert self.state is not None
        levels = {g.design.name: i for i, g in enumerate(self.dataset.groups)}
        orphan_level = max((levels[g.design.name] for g in groups if g.design.prevent_orphan_footer), default=None)
        for group_state in groups:
            group: R.Group = group_state.design
            guarding = orphan_level is not None and levels[group.name] >= orphan_level
            if not guarding:
                self.orphan_range = self.orphan_footer = self.detail_range = None
            _, footers = self.groups[group.name]
            position = group.footer_position or FooterPosition.NORMAL
            self.footer_group_position = position
            for band in footers:
                if not self._band_prints(band):
                    continue
                if guarding and self.orphan_range is None:
                    self.orphan_range = self.detail_range
                self._break_until_fits(band)  # (moves the orphan's detail: a break ends the ranges)
                if self.footer_range is None and position is not FooterPosition.NORMAL:
                    self.footer_range, self.footer_master = self._range_here(group.name), position
                if self.orphan_range is not None and self.orphan_footer is None:
                    self.orphan_footer = self._range_here(group.name)
                if self._fill_column_band(band):
                    self.state.is_new_page = self.state.is_new_column = False
                    self._band_filled()
                self._footer_position(position)
            self.footer_group_position = None
            if self.footer_master is FooterPosition.FORCE_AT_BOTTOM:
                self._flush_footers()
            self.header_printed[group.name] = False
            self.ranges.pop(group.name, None)

    def _footer_position(self, position: FooterPosition) -> None:
        """§3.10, after a footer band of a group with ``position`` printed into an open
        stack: StackAtBottom and ForceAtBottom become the stack's position; a Normal
        footer after a CollateAtBottom stack lets it print where it is."""
        if self.footer_range is None:
            return
        if position in (FooterPosition.STACK_AT_BOTTOM, FooterPosition.FORCE_AT_BOTTOM):
            self.footer_master = position
        elif position is FooterPosition.NORMAL and self.footer_master is FooterPosition.COLLATE_AT_BOTTOM:
            self.footer_range = self.footer_master = None

    def _overflowing_footer(self) -> FooterPosition | None:
        """At a break: the position of the footer being filled into an open stack."""
        return self.footer_group_position if self.footer_range is not None else None

    def _reopen_footers(self, position: FooterPosition | None) -> None:
        """A footer of a stack that broke (nothing moved with it) opens a new stack on the
        new page/column with its own position (FooterPositionReport.13; a Normal footer
        that joined a stack continues normally: .30)."""
        if position not in (None, FooterPosition.NORMAL):
            self.footer_range, self.footer_master = self._range_here(""), position

    def _range_here(self, group: str) -> ElementRange:
        state = self.state
        assert state is not None
        return ElementRange(group, state.page, state.column, len(state.page.elements), state.offset_y)

    def _flush_footers(self) -> None:
        """Push the open footer stack down so it ends at the column footer (§3.10)."""
        found = self.footer_range
        self.footer_range = self.footer_master = None
        state = self.state
        if found is None or state is None or not self._in_column(found):
            return
        dy = self.column_footer_top() - state.offset_y
        if dy <= 0:
            return
        for element in state.page.elements[found.start:]:
            element.y += dy
        state.offset_y += dy

    def _reprint_group_headers(self, column: bool, until: str | None = None) -> None:
        """§3.12: headers of open groups flagged to reprint on each page (or column),
        outer → inner, stopping at the group whose range is being moved."""
        for group_state in self.dataset.groups:
            group: R.Group = group_state.design
            if group.name == until:
                break
            # a new page is a new column too (KeepTogetherReport.38), not in horizontal
            # print order (SplitTypePreventReport.44)
            wanted = ((group.reprint_header_on_each_column and (column or self.page_is_column))
                      or (not column and group.reprint_header_on_each_page))
            if wanted and self.header_printed.get(group.name):
                headers, _ = self.groups[group.name]
                for band in headers:
                    if self._fill_column_band(band):
                        self._band_filled(reprint=True)

    def _fill_detail(self) -> None:
        """§1.3 one record: break before the first printing band if it cannot start here
        (before the record is counted), commit the variables, fill the detail bands."""
        ds = self.dataset
        if self.details_print_when:
            ds.estimate_variables()
        checked = None
        for band in self.details:
            if band.design.print_when_expression is None or self._band_prints(band, "estimated"):
                self._break_until_fits(band)
                checked = band
                break
        self._commit_record()
        printed = False
        found = self._range_here("")
        for band in self.details:
            if self._fill_column_band(band, recalc=not printed, fits_here=not printed and band is checked):
                printed = True
                self._band_filled()
        assert self.state is not None
        same_place = found.page is self.state.page and found.column == self.state.column
        self.detail_range = found if printed and same_place else None
        if printed:
            for name in self.details_count:
                self.details_count[name] += 1
        if self.details:  # even when no detail band printed (an empty page stays a page)
            self.state.is_new_page = self.state.is_new_column = False

    def _commit_record(self) -> None:
        """Commit the current record into the variables, and into the elements that
        collect the report's records (crosstabs without a dataset run)."""
        self.dataset.calculate_variables()
        for element in self.element_datasets:
            element.collect()

    # --- summary (§1.7) -------------------------------------------------------------------------

    def _fill_summary(self) -> None:
        """The summary and the footers of the last page: branches A-B without a last page
        footer, C-F with one, G with one and isSummaryWithPageHeaderAndFooter."""
        self.mode = DEFAULT
        prints = self.summary is not None and self._evaluate_band(self.summary)
        if self.last_page_footer is None:
            self._summary_without_last_footer(prints)
        else:
            self._summary_with_last_footer(prints)

    def _summary_fits(self, top: int) -> bool:
        state = self.state
        assert state is not None and self.summary is not None
        return (state.column == 0 and not self.design.summary_new_page
                and self.summary.break_height() <= top - state.offset_y)

    def _top_with_last_footer(self, active: bool) -> int:
        saved = self.last_footer_active
        self.last_footer_active = active
        top = self.column_footer_top()
        self.last_footer_active = saved
        return top

    def _close_page(self) -> None:
        self._fill_column_footer()
        self._fill_page_footer()

    def _summary_new_page(self, header: bool | None = None) -> None:
        """A page of the summary: no column header; a page header only with
        isSummaryWithPageHeaderAndFooter (or when asked)."""
        self._close_page_delayed()
        self.dataset.init_variables(ResetType.PAGE)
        self._new_page()
        if self.design.summary_with_page_header_and_footer if header is None else header:
            self._fill_page_header()

    def _summary_part(self, bottom: int) -> Part:
        """Fill the summary (or its continuation) down to ``bottom``."""
        state = self.state
        assert state is not None and self.summary is not None
        part = self.summary.container.fill(bottom - state.offset_y)
        self._place(part, self.design.left_margin, state.offset_y)
        state.offset_y += part.height
        return part

    def _summary_bottom(self) -> int:
        d = self.design
        footer = self.footer_band if d.summary_with_page_header_and_footer else None
        return d.page_height - d.bottom_margin - (footer.height if footer is not None else 0)

    def _summary_overflow(self, part: Part) -> None:
        """Continuation pages of an overflowing summary (page header/footer only with
        isSummaryWithPageHeaderAndFooter, never column header/footer)."""
        assert self.summary is not None
        guard = 0
        while part.overflows:
            guard += 1
            self._guard(guard, self.summary)
            self._summary_new_page()
            part = self._summary_part(self._summary_bottom())
            if self.design.summary_with_page_header_and_footer:
                self._fill_page_footer()
        self._resolve_band_delayed()

    def _summary_without_last_footer(self, prints: bool) -> None:
        """A: the summary fits on the page: there, then the footers.  B: footers close
        the page and the summary gets pages of its own."""
        if prints and self._summary_fits(self.column_footer_top()):
            self._flush_footers()
            part = self._summary_part(self.column_footer_top())
            self._close_page()
            self._summary_overflow(part)
            return
        self._close_page()
        if prints:
            self._summary_new_page()
            part = self._summary_part(self._summary_bottom())
            if self.design.summary_with_page_header_and_footer:
                self._fill_page_footer()
            self._summary_overflow(part)

    def _summary_with_last_footer(self, prints: bool) -> None:
        """C-F: where the last page footer goes decides where the summary goes."""
        state = self.state
        assert state is not None
        last_top, normal_top = self._top_with_last_footer(True), self._top_with_last_footer(False)
        if not prints:
            if state.offset_y > last_top or state.column > 0:
                self._page_break()
            self.last_footer_active = True
            self._close_page()
            return
        if self._summary_fits(last_top):  # C
            self.last_footer_active = True
            self._flush_footers()  # pending footers take the bottom first (§3.10)
            part = self._summary_part(self.column_footer_top())
            self._close_page()
            self._summary_overflow(part)
        elif self._summary_fits(normal_top):  # D
            self._flush_footers()  # (FooterPositionReport.17)
            part = self._summary_part(normal_top)
            self._page_break()
            self.last_footer_active = True
            guard = 0
            while part.overflows:
                guard += 1
                self._guard(guard, self.summary)  # type: ignore[arg-type]
                part = self._summary_part(self.column_footer_top())
                if part.overflows:
                    self._page_break()
            self._close_page()
            self._resolve_band_delayed()
        elif self.design.summary_with_page_header_and_footer:  # G
            self._summary_with_all_footers()
        elif state.column == 0 and state.offset_y <= last_top:  # E
            self.last_footer_active = True
            self._close_page()
            self._summary_new_page()
            self._summary_overflow(self._summary_part(self._summary_bottom()))
        else:  # F
            self._close_page()
            self._summary_new_page(header=True)
            self.last_footer_active = True
            if self.design.summary_new_page:
                self._fill_page_footer()
                self._summary_new_page()
                self._summary_overflow(self._summary_part(self._summary_bottom()))
                return
            part = self._summary_part(self.column_footer_top())
            self._fill_page_footer()
            self._summary_overflow(part)

    def _summary_with_all_footers(self) -> None:
        """G (where C and D do not apply): the summary on pages of its own that keep page
        header and footer; the last page footer closes the last one."""
        self._close_page()
        self._summary_new_page()
        guard = 0
        while True:
            self.last_footer_active = True
            part = self._summary_part(self.column_footer_top())
            self._fill_page_footer()
            if not part.overflows:
                break
            guard += 1
            self._guard(guard, self.summary)  # type: ignore[arg-type]
            self.last_footer_active = False
            self._summary_new_page()
        self._resolve_band_delayed()


class HorizontalFiller(ReportFiller):
    """``printOrder="Horizontal"`` (§3.13): consecutive records go into consecutive columns
    of one row; column headers and footers print side by side once per page; group bands
    and the summary start from the first column below the row's tallest record.  There
    are no column breaks: a band that does not fit moves to the next page.

    Detail bands do not stretch or split here: each takes its design height, and a
    record that does not fit starts a new page.  A page ``<break>`` in a detail band
    ends the row; below any break, the rest of the band is not printed.

    A :class:`ReportFiller` built for a horizontal master report is one of these."""

    page_is_column = False

    def __init__(self, context: Any) -> None:
        super().__init__(context)
        #: Where the last record ended ((page, column, offset) once it filled), the top of
        #: the current row and the bottom of its tallest record so far.
        self.last_detail: tuple[Page, int, int] | None = None
        self.row_top = 0
        self.row_bottom = 0
        self.new_group = True  #: a group header section filled since the last record

    def _in_column(self, found: ElementRange) -> bool:
        return found.page is self.state.page  # type: ignore[union-attr]  # rows, not columns

    def _new_page(self, reset_page_number: bool = False) -> None:
        super()._new_page(reset_page_number)
        self.last_detail = None
        self.row_bottom = 0

    def _range_here(self, group: str) -> ElementRange:
        # group bands span the row from its first column: a group's range starts there
        # (a detail's keeps its column)
        found = super()._range_here(group)
        if group:
            found.column = 0
        return found

    def _column_break(self) -> None:
        self._page_break()

    def _band_filled(self, reprint: bool = False) -> None:
        state = self.state
        assert state is not None
        if not reprint:
            state.first_page_band = False
        state.first_column_band = True  # a group band starts a fresh row

    def _prevent_inhibited(self) -> bool:
        # group bands reset the first-band state here: only a fresh page inhibits
        # (BandEvaluationReport.31)
        assert self.state is not None
        return self.state.is_new_column

    def _set_column(self, column: int) -> None:
        assert self.state is not None
        self.state.column = column
        self.dataset.set_system("COLUMN_NUMBER", column + 1)

    # --- bands ----------------------------------------------------------------------------

    def _fill_column_band(self, band: FillBand, recalc: bool = False, fits_here: bool = False) -> bool:
        """Group bands span from the first column (which may move them: their break check
        is made again)."""
        if self._band_prints(band):
            self._set_column(0)
        return super()._fill_column_band(band, recalc)

    def _fill_column_header(self) -> None:
        state = self.state
        assert state is not None
        top = bottom = state.offset_y
        for column in range(self.design.column_count):
            state.column, state.offset_y = column, top
            self.dataset.set_system("COLUMN_NUMBER", column + 1)
            super()._fill_column_header()
            bottom = max(bottom, state.offset_y)
        state.column, state.offset_y = 0, bottom
        self.dataset.set_system("COLUMN_NUMBER", 1)

    def _fill_column_footer(self) -> None:
        state = self.state
        assert state is not None
        column, top = state.column, state.offset_y
        for index in range(self.design.column_count):
            state.column, state.offset_y = index, top
            self.dataset.set_system("COLUMN_NUMBER", index + 1)
            super()._fill_column_footer()
        state.column = column  # COLUMN_NUMBER stays at the last column (FooterPositionReport.30)

    def _fill_group_headers(self, all_groups: bool) -> None:
        if all_groups or any(g.has_changed for g in self.dataset.groups):
            self.new_group = True
        super()._fill_group_headers(all_groups)

    def _fill_summary(self) -> None:
        self._set_column(0)
        super()._fill_summary()

    def _fill_detail(self) -> None:
        """One record: the next column of the open row, or column 0 of a new row (below
        the row's tallest record) when the row is full or something printed after it."""
        ds = self.dataset
        state = self.state
        assert state is not None
        last = self.design.column_count - 1
        if any(b.design.print_when_expression is not None for b in self.details):
            ds.estimate_variables()
        first = next((b for b in self.details if self._band_prints(b, "estimated")), None)
        guard = 0
        while first is not None and (state.column == last or self.new_group) and first.height > self.available():
            guard += 1
            self._guard(guard, first)
            self._page_break()
            state = self.page_state()
        self._commit_record()
        if self.last_detail == (state.page, state.column, state.offset_y):
            if state.column == last:
                self._set_column(0)
                self.row_bottom = 0
                self.row_top = state.offset_y
            else:
                self._set_column(state.column + 1)
                state.offset_y = self.row_top
        else:
            self.row_top = state.offset_y
        found: ElementRange | None = None
        printed = False
        for band in self.details:
            if not self._band_prints(band):
                continue
            if found is None:
                found = self._range_here("")
            guard = 0
            while band.height > self.available():
                guard += 1
                self._guard(guard, band)
                self._page_break()
                state = self.page_state()
                self.row_top = state.offset_y
                found = None  # the record broke: no orphan-footer unit
            self._evaluate_elements(band)
            self.pending_break = None
            part = band.container.fill(band.height, can_overflow=False)
            self._place(part, self.column_x(), state.offset_y)
            state.offset_y += band.height
            state.record_on_page = self.mode == DEFAULT
            self._resolve_band_delayed()
            if self.pending_break is BreakType.PAGE:
                self._set_column(last)  # the row ends here
            self.pending_break = None
            printed = True
            state.first_page_band = state.first_column_band = False
        self.detail_range = found if printed else None
        if printed:
            for name in self.details_count:
                self.details_count[name] += 1
        self.row_bottom = max(self.row_bottom, state.offset_y)
        state.offset_y = self.row_bottom
        self.last_detail = (state.page, state.column, state.offset_y)
        state.is_new_page = state.is_new_column = False
        self.new_group = False


def filler_for(context: Any) -> ReportFiller:
    """The page loop of a master report: horizontal print order over several columns
    fills rows of records; everything else goes down the page."""
    design = context.report.design
    if design.print_order is PrintOrder.HORIZONTAL and design.column_count > 1:
        return HorizontalFiller(context)
    return ReportFiller(context)
