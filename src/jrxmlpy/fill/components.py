"""The list, table and icon label components (``docs/filling.md`` §7.4, §7.5, §7.7).

Both run a sub-dataset (``<datasetRun>``) and are filled like a subreport: a report is
generated from the component once (:func:`_list_report`, :func:`_table_report`) and filled
by a nested :class:`~jrxmlpy.fill.subreports.SubreportFiller` whose pages are the parts of
the component element in the master band.  What it prints on a part becomes one print
frame (the component element's box, style and position) holding the part's elements.

List (observed in JasperReports 6.20 prints): the list contents are the detail band of the
generated report, one per record, placed directly in the list's frame (no frame per item);
a horizontal list fills ``width // contents width`` items per row (rows as tall as their
tallest item).  The frame is as tall as what was filled (it may be shorter than designed).

Table: JasperReports fills a table as a generated subreport:

* table header -> title, column headers -> column header (on every part), detail cells ->
  detail, table footer -> summary;
* column footers -> page footer (following the content) on parts that continue, and on the
  last part the footer of an outer group ``__SummaryGroup`` (a frame holding the cells, right
  below the last row), the last page footer being empty;
* table groups -> groups of the dataset with their group header/footer cells;
* each cell is a frame of its column's width (or its only element when the cell has no
  style or box and that element covers it), floating, with ElementGroupBottom stretch in
  the element group of the row it ends on (``_section``).

Expressions of the contents are compiled in the scope named after the sub-dataset; the
generated report maps them to its main scope.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from typing import Any

from ..design import components as C
from ..design import elements as D
from ..design import report as R
from ..design.enums import (
    ContainerFill,
    EvaluationTime,
    HorizontalImageAlign,
    IconPosition,
    OnErrorType,
    PositionType,
    PrintOrder,
    ScaleImage,
    SplitType,
    StretchType,
    TableWhenNoData,
    VerticalImageAlign,
    WhenNoDataType,
)
from ..document import Page, PrintElement, PrintFrame, PrintImage, PrintText
from ..errors import FillError
from .elements import FillElement, FillPlaceholder, FillTextField
from .subreports import FillSubreport, SubreportFiller, child_context
from .vertical import HorizontalFiller, ReportFiller

log = logging.getLogger(__name__)

__all__ = ["FillBarcode", "FillIconLabel", "FillList", "FillTable", "component_element"]

#: The name JasperReports gives the outer group holding a table's last column footer.
SUMMARY_GROUP = "__SummaryGroup"
TABLE_NAME_PROPERTY = "net.sf.jasperreports.components.table.name"


def component_element(design: D.ComponentElement, *args: Any) -> FillElement:
    """The fill element of a ``<componentElement>``: lists and tables are filled, other
    components keep the placeholder (an empty box of their size)."""
    component = design.component
    if isinstance(component, C.ListComponent) and component.dataset_run is not None:
        return FillList(design, *args)
    if isinstance(component, C.Table) and component.dataset_run is not None:
        return FillTable(design, *args)
    if isinstance(component, C.IconLabel) and component.label is not None and component.icon is not None:
        return FillIconLabel(design, *args)
    if isinstance(component, (C.Barcode, C.Barbecue)):
        return FillBarcode(design, *args)
    element = FillPlaceholder(design, *args)
    name = type(component).__name__
    element.filler._warn_once(name, f"{design.location}: {name} components are not filled yet: an empty box of their size is printed")
    return element


# --- the nested fillers ------------------------------------------------------------------------


class ComponentFiller(SubreportFiller):
    """Fills the report generated from a list or table: a subreport that records how much
    of each part it used (the component's frame is that tall)."""

    def __init__(self, context: Any, parent: Any, width: int, origin_report: str | None,
                 cell_rows: dict[int, int] | None = None) -> None:
        self._origin_report = origin_report
        self._cell_rows = cell_rows or {}
        super().__init__(context, parent, False, width)

    def _band(self, band: Any, kind: str, group: str | None = None) -> Any:
        self.report_name = self._origin_report  # None: the origins of the master (lists)
        filled = super()._band(band, kind, group)
        if filled is not None and self._cell_rows:
            # a table's cells print in the order of their columns but stretch together
            # with the cells ending on the same row (an element group per row)
            for element in filled.container.elements:
                row = self._cell_rows.get(id(element.design))
                if row is not None:
                    element.groups = (-1 - row,)
        return filled

    def _new_page(self, *args: Any, **kwargs: Any) -> None:
        if self.state is not None and self.run is not None:
            self.run.part_used = max(self._max_y, self.state.offset_y)  # type: ignore[attr-defined]
        super()._new_page(*args, **kwargs)


@dataclasses.dataclass(slots=True, kw_only=True)
class CellFrame(D.Frame):
    """The frame of a table cell."""


class HorizontalComponentFiller(ComponentFiller, HorizontalFiller):
    """A horizontal list: items side by side in rows."""


# --- the fill elements ---------------------------------------------------------------------------


class FillDatasetComponent(FillSubreport):
    """A component filled as a generated subreport over its dataset run."""

    design: D.ComponentElement  # type: ignore[assignment]  # (filled by the subreport machinery, which reads run_design)

    blank_when_empty = False

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.frame_height = 0
        #: id of a generated table cell -> the row it ends on (its stretch group)
        self.cell_rows: dict[int, int] = {}

    @property
    def run_design(self) -> D.DatasetRun:
        return self.design.component.dataset_run  # type: ignore[attr-defined,return-value]

    # --- the generated report ---------------------------------------------------------------

    def generated(self) -> Any:
        root: ReportFiller = getattr(self.filler, "root", self.filler)
        cache = root.component_reports
        key = id(self.design)
        hit = cache.get(key)
        if hit is None or hit[0] is not self.design:
            self.cell_rows = {}
            hit = cache[key] = (self.design, self._generate(), self.cell_rows)
        self.cell_rows = hit[2]
        return hit[1]

    def _generate(self) -> Any:
        from ..report import Report

        master = self.filler.report
        run = self.run_design
        dataset = next((ds for ds in master.design.datasets if ds.name == run.dataset_name), None)
        if dataset is None:
            raise FillError(f"datasetRun: {run.dataset_name!r} is not a subDataset of the report", run.location)
        design = self.build_design(master.design, dataset)
        scope = run.dataset_name
        expressions = {k: v for k, v in master.expressions.items() if k[0] != ""}
        expressions.update({("", e): c for (s, e), c in master.expressions.items() if s == scope})
        return Report(design, design.name, master.path, master.resources, expressions,
                      dict(master.subreports), list(master.template_styles))

    def build_design(self, master: R.Report, dataset: R.Dataset) -> R.Report:
        raise NotImplementedError

    def _base_design(self, master: R.Report, dataset: R.Dataset, name: str) -> R.Report:
        width = self.design.width
        return R.Report(
            name=name, language=master.language, page_width=width, page_height=max(1, self.design.height),
            column_width=width, left_margin=0, right_margin=0, top_margin=0, bottom_margin=0,
            imports=list(master.imports), templates=list(master.templates), report_fonts=list(master.report_fonts),
            styles=list(master.styles), main_dataset=dataset, datasets=list(master.datasets),
            when_no_data_type=WhenNoDataType.NO_PAGES, location=self.design.location,
        )

    def origin_report(self) -> str | None:
        return None

    # --- the fill -----------------------------------------------------------------------------

    def _make_filler(self) -> SubreportFiller:
        run = self.run_design
        master = self.filler
        report = self.generated()
        context = child_context(master, report, "datasetRun", run.parameters_map_expression, run.parameters,
                                run.data_source_expression, run.connection_expression)
        cls = ComponentFiller
        if report.design.print_order is PrintOrder.HORIZONTAL and report.design.column_count > 1:
            cls = HorizontalComponentFiller
        return cls(context, master, self.design.width, self.origin_report(), self.cell_rows)

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        overflows = super().prepare(room, continuing, can_overflow)
        run = self.run
        if self.printing and run is not None:
            if run.finished:
                self.frame_height = run.used
            else:
                self.frame_height = min(room, getattr(run, "part_used", room))
        return overflows

    def emit(self, rel_y: int) -> list[PrintElement]:
        self.done = True
        self.prints += 1
        page: Page | None
        page, self.page = self.page, None
        if page is None:
            return []
        self._publish()
        common = self.common(rel_y)
        common["height"] = self.frame_height
        return [PrintFrame(**common, box=None, elements=list(page.elements))]

    def _apply_return_values(self) -> None:
        """The dataset run's return values go to the master's variables (like a subreport's)."""
        saved = self.design
        shim = dataclasses.make_dataclass("_Returns", [("return_values", list)])(self.run_design.return_values)
        self.design = shim  # type: ignore[assignment]
        try:
            super()._apply_return_values()
        finally:
            self.design = saved


class FillList(FillDatasetComponent):
    """``<jr:list>``: the contents once per record, down (or across) the frame."""

    def build_design(self, master: R.Report, dataset: R.Dataset) -> R.Report:
        component: C.ListComponent = self.design.component  # type: ignore[assignment]
        contents = component.contents
        design = self._base_design(master, dataset, master.name)
        design.detail = [R.Band(height=contents.height, elements=list(contents.elements))]
        if component.print_order is PrintOrder.HORIZONTAL:
            item_width = contents.width or self.design.width
            count = max(1, self.design.width // item_width) if item_width > 0 else 1
            design.print_order = PrintOrder.HORIZONTAL
            design.column_count = count
            design.column_width = item_width
        return design


class FillTable(FillDatasetComponent):
    """``<jr:table>``: filled as the report JasperReports generates from it."""

    def origin_report(self) -> str | None:
        return self.design.properties.get(TABLE_NAME_PROPERTY) or "table"

    def build_design(self, master: R.Report, dataset: R.Dataset) -> R.Report:
        table: C.Table = self.design.component  # type: ignore[assignment]
        design = self._base_design(master, dataset, self.origin_report() or "table")
        columns = table.columns
        width = _columns_width(columns)

        def band(row: C.TableRow | None, get: Any, footer: bool) -> R.Band | None:
            elements, height = _section(columns, get, footer, self.cell_rows)
            if height == 0 and not elements:
                return None
            # a row that does not fit moves whole to the next part (TableReport.1)
            split = row.split_type if row is not None and row.split_type is not None else SplitType.PREVENT
            return R.Band(height=height, elements=elements, split_type=split,
                          print_when_expression=row.print_when_expression if row is not None else None)

        design.title = band(table.table_header, lambda c: c.table_header, False)
        design.column_header = band(table.column_header, lambda c: c.column_header, False)
        # an empty detail cell of height 0 is no cell (JasperReports skips it)
        detail = band(table.detail, lambda c: _detail_cell(getattr(c, "detail_cell", None)), False)
        design.detail = [detail] if detail is not None else []
        design.summary = band(table.table_footer, lambda c: c.table_footer, True)
        footer = band(table.column_footer, lambda c: c.column_footer, True)
        groups: list[R.Group] = []
        if footer is not None:
            design.page_footer = footer
        if footer is not None and design.summary is not None:
            # the last column footer comes before the table footer: it is the footer of an
            # outer group, the last page footer being empty
            summary_group = R.Group(SUMMARY_GROUP, header=[R.Band(height=0)])
            design.last_page_footer = R.Band(height=0)
            frame = D.Frame(x=0, y=0, width=width, height=footer.height, children=list(footer.elements),
                            location=self.design.location)
            summary_group.footer = [R.Band(height=footer.height, elements=[frame], split_type=footer.split_type,
                                           print_when_expression=footer.print_when_expression)]
            groups.append(summary_group)
        headers = {g.group_name: g.row for g in table.group_headers}
        footers = {g.group_name: g.row for g in table.group_footers}
        for group in dataset.groups:
            name = group.name

            def cell_of(column: C.BaseColumn, which: str, name: str = name) -> C.TableCell | None:
                return next((g.cell for g in getattr(column, which) if g.group_name == name), None)

            header = band(headers.get(name), lambda c: cell_of(c, "group_headers"), False)
            gfooter = band(footers.get(name), lambda c: cell_of(c, "group_footers"), True)
            groups.append(dataclasses.replace(group, header=[header] if header else [], footer=[gfooter] if gfooter else []))
        design.main_dataset = dataclasses.replace(dataset, groups=groups)
        kind = table.when_no_data_type
        if kind is TableWhenNoData.ALL_SECTIONS_NO_DETAIL:
            design.when_no_data_type = WhenNoDataType.ALL_SECTIONS_NO_DETAIL
        elif kind is TableWhenNoData.NO_DATA_CELL and table.no_data is not None:
            design.when_no_data_type = WhenNoDataType.NO_DATA_SECTION
            design.no_data = R.Band(height=table.no_data.height,
                                    elements=[_cell_element(table.no_data, 0, 0, width, table.no_data.height, None, False)])
        return design


# --- table layout ------------------------------------------------------------------------------------


def _columns_width(columns: list[C.BaseColumn]) -> int:
    return sum(c.width for c in columns)


def _detail_cell(cell: C.TableCell | None) -> C.TableCell | None:
    return None if cell is None or (cell.height == 0 and not cell.elements) else cell


def _section(columns: list[C.BaseColumn], get: Any, footer: bool,
             rows: dict[int, int]) -> tuple[list[D.Element], int]:
    """The elements of one table section (cells as frames) and its height, laid out as
    JasperReports generates them (checked on TableReport.4):

    * a column's cell sits at the y where its parent's chain ends: below its group's cell
      in headers; in footers a group's cell sits below the tallest of its children;
    * cells are in the order the columns are visited; every cell floats and stretches with
      ElementGroupBottom together with the cells ending on the same row (its level plus
      ``rowSpan`` - 1; a group's children start at its level plus its span): ``rows`` gets
      that row for each cell (by ``id``);
    * the section is as tall as the lowest cell."""
    elements: list[D.Element] = []
    height = 0

    def place(column: C.BaseColumn, cell: C.TableCell, x: int, y: int, level: int, span: int) -> None:
        nonlocal height
        element = _cell_element(cell, x, y, column.width, cell.height, column,
                                isinstance(column, C.TableColumnGroup), header=not footer)
        elements.append(element)
        rows[id(element)] = level + span - 1
        height = max(height, y + cell.height)

    def down(column: C.BaseColumn, x: int, y: int, level: int) -> int:
        """Header order: a group's cell, then its children below it; the x after it."""
        cell = get(column)
        if not isinstance(column, C.TableColumnGroup):
            if cell is not None:
                place(column, cell, x, y, level, cell.row_span or 1)
            return x + column.width
        below, sublevel = y, level
        if cell is not None:
            span = cell.row_span or 1
            place(column, cell, x, y, level, span)
            below, sublevel = y + cell.height, level + span
        for child in column.columns:
            x = down(child, x, below, sublevel)
        return x

    def up(column: C.BaseColumn, x: int, y: int, level: int) -> tuple[int, int]:
        """Footer order: a group's children, then its cell below the tallest of them; the
        x after it and the y where it ends."""
        cell = get(column)
        if not isinstance(column, C.TableColumnGroup):
            if cell is not None:
                place(column, cell, x, y, level, cell.row_span or 1)
                y += cell.height
            return x + column.width, y
        span = 0 if cell is None else (cell.row_span or 1)
        end, child_x = y, x
        for child in column.columns:
            child_x, child_end = up(child, child_x, y, level + span)
            end = max(end, child_end)
        if cell is not None:
            place(column, cell, x, end, level, span)
            end += cell.height
        return child_x, end

    x = 0
    for column in columns:
        x = up(column, x, 0, 0)[0] if footer else down(column, x, 0, 0)
    return elements, height


def _cell_element(cell: C.TableCell, x: int, y: int, width: int, height: int, column: Any, group: bool,
                  header: bool = False) -> D.Element:
    """A cell as it is printed: a frame holding its elements (stretching with the row), or
    its only element when the cell has no style or box and that element covers it."""
    elements = cell.elements
    if (not cell.style and cell.box == type(cell.box)() and len(elements) == 1 and not group
            and isinstance(elements[0], D.TextElement)
            and elements[0].x == 0 and elements[0].y == 0 and elements[0].width == width
            and elements[0].height == height and not isinstance(elements[0], D.ElementGroup)):
        # it floats and stretches with the cells of its row
        return dataclasses.replace(elements[0], x=x, y=y, position_type=PositionType.FLOAT,
                                   stretch_type=StretchType.ELEMENT_GROUP_BOTTOM)
    properties = dict(cell.properties)
    if group and header:
        properties.setdefault("net.sf.jasperreports.export.html.class", "jrcolGroupHeader")
    return CellFrame(location=cell.location, style=cell.style, x=x, y=y, width=width, height=height,
                     position_type=PositionType.FLOAT, stretch_type=StretchType.ELEMENT_GROUP_BOTTOM,
                   properties=properties, box=cell.box, children=list(elements))


# --- icon label ----------------------------------------------------------------------------------


class FillIconLabel(FillElement):
    """``<iconLabel>`` (docs/filling.md §7.7): a frame (the component element's style, mode,
    colours and the component's box) holding the label text and the icon text side by side.

    Observed JasperReports 6.20 layout: inside the padded area, half the icon font size
    separates the two texts.  The icon text is measured first across the whole width; the
    label gets what the icons leave.  The label is cut down to its text width (+3) unless it
    fills horizontally, grows to the frame's height when it fills vertically, and both texts
    get the taller height; they are placed by the horizontal and vertical alignment.  When
    the icons do not leave room for the label, the label is put above or below the icons
    (vertical direction), and the icons are left out when they do not fit under it."""

    design: D.ComponentElement

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        component: C.IconLabel = self.design.component  # type: ignore[assignment]
        self.component = component
        filler = self.filler
        filler.src_ids += 1
        self.label = FillTextField(component.label, filler, self.origin, filler.src_ids)
        filler.src_ids += 1
        self.icon = FillTextField(component.icon, filler, self.origin, filler.src_ids)
        #: the design that carries the component's box with the element's style
        self.box_design = D.Frame(x=self.design.x, y=self.design.y, width=self.design.width,
                                  height=self.design.height, style=self.design.style, box=component.box,
                                  location=self.design.location)
        self.vertical = False
        self.icons_visible = True
        self.middle = 0
        self.paddings = (0, 0, 0, 0)

    def evaluate_content(self) -> None:
        for text in (self.label, self.icon):
            text.evaluate()

    def _padding_lr(self, text: FillTextField) -> int:
        box = self.filler.attributes(text.design).box
        return box.left_padding + box.right_padding

    def _prepare_text(self, text: FillTextField, design: D.TextField, width: int, room: int) -> None:
        text.design = dataclasses.replace(design, width=width)
        text.prepare(room, False, False)

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        overflows = super().prepare(room, continuing, can_overflow)
        if not self.printing:
            return overflows
        component = self.component
        box = self.filler.attributes(self.box_design).box
        left, right, top, bottom = box.left_padding, box.right_padding, box.top_padding, box.bottom_padding
        width = self.design.width
        if width - left - right - 1 < 0:  # the paddings shrink to leave a point
            half = (width - left - right - 1) / 2
            left, right = max(0, left + math.floor(half)), max(0, right + math.ceil(half))
        self.paddings = (left, right, top, bottom)
        available = width - left - right
        assert component.icon is not None and component.label is not None
        icon_size = int(self.filler.attributes(component.icon).font_size / 2)
        self.middle = 0 if available <= icon_size else min(available - icon_size, icon_size)
        available -= self.middle
        text_room = room - top - bottom
        self._prepare_text(self.icon, component.icon, available, text_room)
        icon_padding = self._padding_lr(self.icon)
        icon_width = self.icon.layout.text_width if self.icon.layout is not None else 0.0
        if icon_width > available - icon_padding:
            vertical, used = True, 0
        else:
            used = int(icon_width) + icon_padding
            vertical = available <= used
        label_width = available + self.middle if vertical else available - used
        self._prepare_text(self.label, component.label, label_width, text_room)
        self.vertical, self.icons_visible = vertical, True
        if vertical:
            self.middle = icon_size
            label_height = self.label.stretch_height
            icon_room = (text_room if self.label.stretches() else self.design.height) - label_height - self.middle
            self.icons_visible = icon_room > 0
            if self.icons_visible:
                self._prepare_text(self.icon, component.icon, label_width, icon_room)
                self.icons_visible = self.icon.printing and self.icon.stretch_height <= icon_room
        icon_height = self.icon.stretch_height if self.icons_visible else 0
        if vertical:
            inner = self.label.stretch_height + (icon_height + self.middle if self.icons_visible else 0)
        else:
            inner = max(self.label.stretch_height, icon_height)
        self.stretch_height = inner + top + bottom
        return False

    def make_print(self, rel_y: int) -> PrintElement:
        common = self.common(rel_y)
        frame = PrintFrame(**common, box=_own_box(self.component.box))
        label = self._text_print(self.label)
        icon = self._text_print(self.icon) if self.icons_visible else None
        if self.vertical:
            self._place_vertical(label, icon)
        else:
            assert icon is not None
            self._place_horizontal(label, icon)
        elements: list[PrintElement] = [label]
        if icon is not None:
            elements.append(icon)
        frame.elements = elements
        return frame

    def _text_print(self, text: FillTextField) -> PrintText:
        printed = text.emit(0)
        return printed[0]  # type: ignore[return-value]

    def _alignments(self) -> tuple[HorizontalImageAlign, VerticalImageAlign]:
        attrs = self.filler.attributes(self.box_design)
        h = self.component.horizontal_alignment or attrs.horizontal_image_alignment
        v = self.component.vertical_alignment or attrs.vertical_image_alignment
        return h, v

    def _place_horizontal(self, label: PrintText, icon: PrintText) -> None:
        left, right, top, bottom = self.paddings
        inner_width = self.design.width - left - right
        inner_height = self.stretch_height - top - bottom
        fill = self.component.label_fill
        start = self.component.icon_position is not IconPosition.END
        if fill not in (ContainerFill.HORIZONTAL, ContainerFill.BOTH):
            layout = self.label.layout
            text_width = int(layout.text_width) if layout is not None else 0
            label.width = min(label.width, text_width + self._padding_lr(self.label) + 3)
        if fill in (ContainerFill.VERTICAL, ContainerFill.BOTH):
            label.height = max(label.height, inner_height)
        layout = self.icon.layout
        icon.width = (int(layout.text_width) if layout is not None else 0) + self._padding_lr(self.icon)
        label.height = icon.height = max(label.height, icon.height)
        h, v = self._alignments()
        both = label.width + icon.width + self.middle
        if h is HorizontalImageAlign.CENTER:
            first = _half(inner_width - both)
        elif h is HorizontalImageAlign.RIGHT:
            first = inner_width - both
        else:
            first = 0
        if start:
            icon.x, label.x = first, first + icon.width + self.middle
        else:
            label.x, icon.x = first, first + label.width + self.middle
        for text in (label, icon):
            text.y = _aligned(v, inner_height, text.height)

    def _place_vertical(self, label: PrintText, icon: PrintText | None) -> None:
        left, right, top, bottom = self.paddings
        inner_width = self.design.width - left - right
        inner_height = self.stretch_height - top - bottom
        if self.component.label_fill in (ContainerFill.VERTICAL, ContainerFill.BOTH):
            below = (icon.height + self.middle) if icon is not None else 0
            label.height = max(label.height, inner_height - below)
        h, v = self._alignments()
        for text in (label, icon):
            if text is None:
                continue
            if h is HorizontalImageAlign.CENTER:
                text.x = _half(inner_width - text.width)
            elif h is HorizontalImageAlign.RIGHT:
                text.x = inner_width - text.width
            else:
                text.x = 0
        if icon is None:
            label.y = _aligned(v, inner_height, label.height)
            return
        start = self.component.icon_position is not IconPosition.END
        first_height = icon.height if start else label.height
        both = label.height + icon.height + self.middle
        top_y = _aligned(v, inner_height, both)
        if start:
            icon.y, label.y = top_y, top_y + first_height + self.middle
        else:
            label.y, icon.y = top_y, top_y + first_height + self.middle


def _aligned(align: VerticalImageAlign, room: int, height: int) -> int:
    if align is VerticalImageAlign.MIDDLE:
        return _half(room - height)
    if align is VerticalImageAlign.BOTTOM:
        return room - height
    return 0


def _half(n: int) -> int:
    """Half of ``n`` rounded toward zero (Java's int division)."""
    return int(n / 2)


def _own_box(box: Any) -> Any:
    return box if box is not None and box != type(box)() else None


# --- barcodes -----------------------------------------------------------------------------------


class FillBarcode(FillElement):
    """Barcode4J and Barbecue components: JasperReports prints an image of the element's box
    (``RetainShape``) holding the drawn barcode, and nothing when a code evaluated now is
    null (QRCodeNull).  The barcode picture itself is not drawn yet: the image is empty."""

    design: D.ComponentElement

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.code: Any = None
        name = type(self.design.component).__name__
        self.filler._warn_once(f"barcode {name}", f"{self.design.location}: {name} barcodes are printed as "
                               "empty images of their size (the barcode is not drawn yet)")

    def _now(self) -> bool:
        return getattr(self.design.component, "evaluation_time", EvaluationTime.NOW) in (None, EvaluationTime.NOW)

    def evaluate_content(self) -> None:
        expression = getattr(self.design.component, "code_expression", None)
        self.code = self.filler.evaluate(expression) if expression is not None and self._now() else None

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        overflows = super().prepare(room, continuing, can_overflow)
        if self.printing and self._now() and self.code is None:
            self.printing = False  # a null code prints nothing
            return False
        return overflows

    def make_print(self, rel_y: int) -> PrintElement:
        return PrintImage(**self.common(rel_y), scale_image=ScaleImage.RETAIN_SHAPE, on_error=OnErrorType.BLANK)
