"""The page loop of a report filled in vertical print order (``docs/filling.md`` §1, §3.1,
§3.7, §3.8, §3.12, §3.13, §5): bands go down the page; when one does not fit, the column
(or page) is closed with its footers and the band continues on the next one.

Every loop here makes progress or stops with a :class:`FillError` naming the band: a band
part that places nothing on an empty page is an error, not a retry.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from ..design import elements as D
from ..design import report as R
from ..design.enums import EvaluationTime, ResetType, SplitType, WhenNoDataType
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

log = logging.getLogger(__name__)

DEFAULT, OLD = "default", "old"

_KINDS: list[tuple[type, type[FillElement]]] = [
    (D.TextField, FillTextField),
    (D.StaticText, FillStaticText),
    (D.Line, FillLine),
    (D.Rectangle, FillRectangle),
    (D.Ellipse, FillEllipse),
    (D.Image, FillImage),
    (D.Frame, FillFrame),
    (D.Break, FillBreak),
]


def _flatten(elements: list[D.Element]) -> list[D.Element]:
    out: list[D.Element] = []
    for element in elements:
        out.append(element)
        children = getattr(element, "children", None)
        if isinstance(children, list):
            out.extend(_flatten(children))
    return out


@dataclass(slots=True)
class FillBand:
    """A design band with its fill elements."""

    design: R.Band
    origin: Origin
    container: Container
    group: str | None = None
    #: Styles with conditions used by the band's elements (evaluated per band fill).
    styles: list[str] = field(default_factory=list)

    @property
    def height(self) -> int:
        return self.design.height

    def break_height(self) -> int:
        if self.design.split_type is SplitType.IMMEDIATE and self.container.elements:
            return min(e.design.y + e.design.height for e in self.container.elements)
        return self.design.height


@dataclass(slots=True)
class Delayed:
    """A printed text field waiting for its evaluation time."""

    element: FillText
    print_element: PrintText
    time: EvaluationTime
    group: str | None


@dataclass(slots=True)
class _PageState:
    page: Page
    offset_y: int
    column: int = 0
    column_header_top: int = 0
    is_new_page: bool = True
    is_new_column: bool = True
    record_on_page: bool = False
    delayed: list[Delayed] = field(default_factory=list)


class ReportFiller:
    """Fills one report (the master) into a :class:`Document`."""

    def __init__(self, context: Any) -> None:
        self.ctx = context
        self.report = context.report
        self.design: R.Report = context.report.design
        self.dataset = context.dataset
        self.styles = context.styles
        self.mode = DEFAULT
        self.variants: dict[str, str] = {}
        self.document = context.document
        self.origins: list[Origin] = []
        self.src_ids = 0
        self.warned: set[str] = set()
        d = self.design
        self.groups: dict[str, tuple[list[FillBand], list[FillBand]]] = {}
        for group in d.groups:
            headers = [self._band(b, "groupHeader", group.name) for b in group.header]
            footers = [self._band(b, "groupFooter", group.name) for b in group.footer]
            self.groups[group.name] = (headers, footers)
        self.background = self._band(d.background, "background")
        self.title = self._band(d.title, "title")
        self.page_header = self._band(d.page_header, "pageHeader")
        self.column_header = self._band(d.column_header, "columnHeader")
        self.details = [self._band(b, "detail") for b in d.detail]
        self.column_footer = self._band(d.column_footer, "columnFooter")
        self.page_footer = self._band(d.page_footer, "pageFooter")
        self.last_page_footer = self._band(d.last_page_footer, "lastPageFooter")
        self.summary = self._band(d.summary, "summary")
        self.no_data = self._band(d.no_data, "noData")
        self.document.origins = list(self.origins)
        self.state: _PageState | None = None
        self.last_footer_active = False
        self.report_delayed: list[Delayed] = []

    # --- building ---------------------------------------------------------------------

    def _band(self, band: R.Band | None, kind: str, group: str | None = None) -> FillBand | None:
        if band is None:
            return None
        origin = Origin(kind, group)
        if origin not in self.origins:
            self.origins.append(origin)
        elements = self._elements(band.elements, origin)
        styles = self.styles.band_styles(_flatten(band.elements))
        return FillBand(band, origin, Container(elements, band.height), group, styles)

    def _elements(self, designs: list[D.Element], origin: Origin) -> list[FillElement]:
        out: list[FillElement] = []
        for design in designs:
            if isinstance(design, D.ElementGroup):
                out.extend(self._elements(design.children, origin))
                continue
            self.src_ids += 1
            kind = next((k for t, k in _KINDS if isinstance(design, t)), FillPlaceholder)
            element = kind(design, self, origin, self.src_ids)
            if kind is FillPlaceholder:
                self._warn_once(type(design).__name__, f"{design.location}: {type(design).__name__} elements are not filled yet: an empty box of their size is printed")
            if isinstance(element, FillFrame):
                element.contents = Container(self._elements(design.children, origin), design.height)  # type: ignore[attr-defined]
            out.append(element)
        return out

    def _warn_once(self, key: str, message: str) -> None:
        if key not in self.warned:
            self.warned.add(key)
            log.warning(message)

    # --- services for elements -----------------------------------------------------------

    def evaluate(self, expression: Any) -> Any:
        return self.dataset.evaluate(expression, self.mode)

    def style_name(self, design: D.Element) -> str | None:
        """The style the print element references (a conditional variant when one holds)."""
        return self.styles.print_style_name(design, self.variants)

    def attributes(self, design: D.Element) -> Any:
        """The element's style-able attributes resolved with the current variant."""
        name = self.style_name(design)
        return self.styles.effective(design, name) if name is not None else self.styles.effective(design)

    def measure(self, design: D.TextElement, text: str, extra: int, can_overflow: bool) -> Any:
        name = self.style_name(design)
        return self.ctx.measure(design, text, extra, can_overflow, name if name is not None else ...)

    def format_value(self, value: Any, value_class: str, pattern: str | None, design: D.TextField) -> Any:
        name = self.style_name(design)
        return self.ctx.format_value(value, value_class, pattern, design, name if name is not None else ...)

    def value_class(self, expression: Any, value: Any) -> str:
        return self.ctx.value_class(expression, value)

    def delay(self, element: FillText, print_text: PrintText) -> None:
        d = element.design
        time = d.evaluation_time  # type: ignore[attr-defined]
        entry = Delayed(element, print_text, time, getattr(d, "evaluation_group", None))
        if time in (EvaluationTime.REPORT, EvaluationTime.MASTER, EvaluationTime.AUTO):
            self.report_delayed.append(entry)
        else:
            assert self.state is not None
            self.state.delayed.append(entry)

    def break_allowed(self, element: FillBreak) -> bool:
        state = self.state
        return state is not None and not (state.is_new_page and not state.page.elements)

    # --- geometry -------------------------------------------------------------------------

    @property
    def footer_band(self) -> FillBand | None:
        if self.last_footer_active and self.last_page_footer is not None:
            return self.last_page_footer
        return self.page_footer

    def column_footer_top(self) -> int:
        d = self.design
        footer = self.footer_band
        return (d.page_height - d.bottom_margin - (footer.height if footer else 0)
                - (self.column_footer.height if self.column_footer else 0))

    def available(self) -> int:
        assert self.state is not None
        return self.column_footer_top() - self.state.offset_y

    def column_x(self) -> int:
        d = self.design
        assert self.state is not None
        return d.left_margin + self.state.column * (d.column_width + d.column_spacing)

    # --- the fill ---------------------------------------------------------------------------

    def fill(self) -> Document:
        ds = self.dataset
        if ds.next():
            self._report_start()
            while ds.next():
                self._report_content()
            self._report_end()
        else:
            self._no_data()
        return self.document

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
        ds.estimate_group_ruptures()
        changed = [g for g in ds.groups if g.has_changed]
        if changed:
            self.mode = OLD
            self._fill_group_footers([g for g in reversed(ds.groups) if g.has_changed])
            self._resolve_group_delayed({g.name for g in changed})
            self.mode = DEFAULT
            ds.init_variables(ResetType.GROUP)
            self._fill_group_headers(all_groups=False)
        self._fill_detail()

    def _report_end(self) -> None:
        self.mode = DEFAULT
        self._fill_group_footers(list(reversed(self.dataset.groups)))
        self._fill_summary()
        self._resolve_group_delayed({g.name for g in self.dataset.groups})
        self._close_page_delayed()
        for entry in self.report_delayed:
            self._complete(entry)

    def _no_data(self) -> None:
        kind = self.design.when_no_data_type or WhenNoDataType.NO_PAGES
        if kind is WhenNoDataType.NO_PAGES:
            return
        self.dataset.init_variables(ResetType.REPORT)
        if kind is WhenNoDataType.BLANK_PAGE:
            self.document.pages.append(Page())
            return
        if kind is WhenNoDataType.NO_DATA_SECTION:
            self._new_page()
            if self.no_data is not None:
                self._fill_whole_page_band(self.no_data)
            for entry in self.report_delayed:
                self._complete(entry)
            return
        self._new_page()
        self._fill_title()
        self._fill_page_header()
        self._fill_column_header()
        self._fill_group_headers(all_groups=True)
        self._fill_group_footers(list(reversed(self.dataset.groups)))
        self._fill_summary()
        self._close_page_delayed()
        for entry in self.report_delayed:
            self._complete(entry)

    # --- pages and columns ------------------------------------------------------------------

    def _new_page(self) -> None:
        d = self.design
        page = Page()
        self.document.pages.append(page)
        number = len(self.document.pages)
        self.dataset.set_system("PAGE_NUMBER", number)
        self.dataset.set_system("COLUMN_NUMBER", 1)
        self.state = _PageState(page, d.top_margin, column_header_top=d.top_margin)
        if self.background is not None:
            self._fill_background()

    def _page_break(self) -> None:
        previous_mode = self.mode
        self.mode = DEFAULT if self.state.record_on_page or previous_mode == OLD else OLD  # type: ignore[union-attr]
        self._fill_column_footer()
        self._fill_page_footer()
        self._close_page_delayed()
        self.mode = DEFAULT
        self.dataset.init_variables(ResetType.PAGE)
        self._new_page()
        self._fill_page_header()
        self._fill_column_header()
        self._reprint_group_headers()
        self.mode = previous_mode

    def _column_break(self) -> None:
        state = self.state
        assert state is not None
        if state.column >= self.design.column_count - 1:
            self._page_break()
            return
        self._fill_column_footer()
        self.dataset.init_variables(ResetType.COLUMN)
        state.column += 1
        state.offset_y = state.column_header_top
        state.is_new_column = True
        self.dataset.set_system("COLUMN_NUMBER", state.column + 1)
        self._fill_column_header()

    def _close_page_delayed(self) -> None:
        state = self.state
        if state is None:
            return
        for entry in [e for e in state.delayed if e.time in (EvaluationTime.PAGE, EvaluationTime.COLUMN)]:
            self._complete(entry)
        state.delayed = [e for e in state.delayed if e.time not in (EvaluationTime.PAGE, EvaluationTime.COLUMN)]
        self.report_delayed.extend(state.delayed)  # group/band ones still pending move along
        state.delayed = []

    def _resolve_group_delayed(self, groups: set[str]) -> None:
        pending = []
        candidates = self.report_delayed + (self.state.delayed if self.state else [])
        for entry in candidates:
            if entry.time is EvaluationTime.GROUP and entry.group in groups:
                self._complete(entry)
            else:
                pending.append(entry)
        self.report_delayed = [e for e in pending if e.time in (EvaluationTime.REPORT, EvaluationTime.MASTER, EvaluationTime.AUTO, EvaluationTime.GROUP)]
        if self.state is not None:
            self.state.delayed = [e for e in pending if e not in self.report_delayed]

    def _complete(self, entry: Delayed) -> None:
        entry.element.complete(entry.print_element)

    # --- placing bands ----------------------------------------------------------------------

    def _place(self, part: Part, x: int, y: int) -> None:
        assert self.state is not None
        for element in part.elements:
            element.x += x
            element.y += y
            self.state.page.elements.append(element)

    def _evaluate_band(self, band: FillBand) -> bool:
        """Whether the band prints (its printWhenExpression), its elements evaluated."""
        expression = band.design.print_when_expression
        if expression is not None and self.evaluate(expression) is not True:
            return False
        self.variants = self.styles.evaluate_band(band.styles, self.evaluate) if band.styles else {}
        band.container.reset()
        for element in band.container.elements:
            element.evaluate()
        return True

    def _fill_column_band(self, band: FillBand) -> None:
        """A band that flows down the column and continues on the next when it overflows."""
        assert self.state is not None
        if not self._evaluate_band(band):
            return
        guard = 0
        while band.break_height() > self.available():
            guard += 1
            self._guard(guard, band)
            self._column_break()
        part = band.container.fill(self.available())
        if part.overflows and band.design.split_type is SplitType.PREVENT and not self.state.is_new_column:
            self._column_break()
            self._evaluate_band(band)
            part = band.container.fill(self.available())
        self._place(part, self.column_x(), self.state.offset_y)
        self.state.offset_y += part.height
        self.state.record_on_page = self.mode == DEFAULT
        self.state.is_new_page = self.state.is_new_column = False
        guard = 0
        while part.overflows:
            guard += 1
            self._guard(guard, band)
            self._column_break()
            part = band.container.fill(self.available())
            if not part.elements and part.overflows and self.state.is_new_column:
                raise FillError(f"{band.design.location}: band {band.origin.band} does not fit on an empty page")
            self._place(part, self.column_x(), self.state.offset_y)
            self.state.offset_y += part.height
        self._resolve_band_delayed()

    def _guard(self, count: int, band: FillBand) -> None:
        if count > 2 * max(1, self.design.column_count) + 1:
            raise FillError(
                f"{band.design.location}: the {band.origin.band} band ({band.height} high) never fits in a page "
                f"({self.design.page_height} high, margins and footers take the rest)"
            )

    def _resolve_band_delayed(self) -> None:
        state = self.state
        if state is None:
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
        state.is_new_column = True

    def _fill_column_footer(self) -> None:
        state = self.state
        assert state is not None
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
        state = self.state
        assert state is not None
        for group_state in self.dataset.groups:
            if not (all_groups or group_state.has_changed):
                continue
            group: R.Group = group_state.design
            if (group.start_new_page or group.reset_page_number) and not state.is_new_page:
                self._page_break()
            elif group.start_new_column and not state.is_new_column:
                self._column_break()
            headers, _ = self.groups[group.name]
            first = True
            for band in headers:
                if first and group.min_height_to_start_new_page and group.min_height_to_start_new_page > self.available():
                    self._column_break()
                self._fill_column_band(band)
                first = False

    def _fill_group_footers(self, groups: list[Any]) -> None:
        for group_state in groups:
            _, footers = self.groups[group_state.design.name]
            for band in footers:
                self._fill_column_band(band)

    def _reprint_group_headers(self) -> None:
        for group_state in self.dataset.groups:
            group: R.Group = group_state.design
            if group.reprint_header_on_each_page:
                headers, _ = self.groups[group.name]
                for band in headers:
                    self._fill_column_band(band)

    def _fill_detail(self) -> None:
        ds = self.dataset
        ds.calculate_variables()
        for band in self.details:
            self._fill_column_band(band)
        assert self.state is not None
        self.state.is_new_page = self.state.is_new_column = False

    def _fill_summary(self) -> None:
        """Summary with its footers (cases A and B of §1.7: without a last page footer;
        with one, the last page footer closes the page the summary ends on)."""
        state = self.state
        assert state is not None
        d = self.design
        if self.last_page_footer is not None:
            self.last_footer_active = True
        summary = self.summary
        fits = (summary is not None and state.column == 0 and not d.summary_new_page
                and summary.break_height() <= self.available())
        if summary is None or fits:
            if summary is not None and self._evaluate_band(summary):
                part = summary.container.fill(self.available())
                self._place(part, d.left_margin, state.offset_y)
                state.offset_y += part.height
                if part.overflows:
                    self._fill_column_footer()
                    self._fill_page_footer()
                    self._close_page_delayed()
                    self._new_page()
                    part = summary.container.fill(d.page_height - d.bottom_margin - state.offset_y)
                    self._place(part, d.left_margin, self.state.offset_y)  # type: ignore[union-attr]
                self._resolve_band_delayed()
            self._fill_column_footer()
            self._fill_page_footer()
            return
        self._fill_column_footer()
        self._fill_page_footer()
        if not self._evaluate_band(summary):
            return
        self._close_page_delayed()
        self._new_page()
        if d.summary_with_page_header_and_footer:
            self._fill_page_header()
        self._fill_whole_page_band(summary)
        if d.summary_with_page_header_and_footer:
            self._fill_page_footer()
