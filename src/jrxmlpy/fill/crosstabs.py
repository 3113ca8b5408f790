"""Crosstabs: the data of a ``<crosstab>`` grouped into row and column buckets, and the
grid of header and data cells printed from it, page after page.

What JasperReports 6.20 does (JRFillCrosstab, its bucketing service and the design's
cell matrix), as this module implements it:

* Data: without a ``datasetRun`` the crosstab collects the records of the report's main
  dataset as they are read (one entry per committed record) until its band is filled;
  with one, the sub-dataset is run when the element is evaluated.  Each record gives the
  bucket value of every group and the value of every measure.
* Buckets: the values of each group, under their parent group's value, sorted Ascending
  (natural order, nulls first), Descending, or left in the order they came (None, or a
  pre-sorted dataset).  A group with a ``totalPosition`` gets a total row (column) at the
  Start or End of each bucket of its parent group (the outer group's total is the grand
  total).
* Cells: a data cell for every (row, column) pair; total rows/columns use the cell
  declared with those total groups, else one inherited as the design does
  (:func:`cell_matrix`).  Header cells span the rows (columns) of their bucket; a total
  header spans the levels below its group.
* Variables in cells: the bucket value of each group (null for totalled levels), each
  measure, ``Measure_Group_ALL`` / ``Measure_Row_Column_ALL`` totals, ``ROW_COUNT`` and
  ``COLUMN_COUNT``.  Headers see the totals of their bucket over the other dimension.
* Printing: each part is a frame (the crosstab element's box and colours) holding the
  cells as frames.  Rows fill down until one does not fit; its cells and the header
  cells spanning it move to the next page (a spanned header continues there; a break
  where what is left of a header's span is shorter than the header is moved up, and a
  header that would not get its design height on this page takes its rows along).  The
  columns that fit the element's width print first; the next columns print below them
  after ``columnBreakOffset`` (column headers and row headers repeat when asked).
* A cell is as tall as the tallest cell of its row (data cells at least their design
  height); isRemoveLineWhenBlank takes the space of blank elements out of a cell;
  row headers place their contents by ``headerPosition`` (Stretch scales them).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from ..design import elements as D
from ..design.crosstabs import CellContents, CrosstabCell, CrosstabElement, CrosstabGroup
from ..design.enums import (
    BucketOrder,
    Calculation,
    CrosstabColumnPosition,
    CrosstabHorizontalPosition,
    CrosstabPercentage,
    CrosstabRowPosition,
    CrosstabTotalPosition,
    Mode,
    ResetType,
    RunDirection,
)
from ..document import JavaValue, PrintElement, PrintFrame, PrintGeneric
from ..errors import FillError, JrxmlpyError
from ..expressions import runtime as R
from .container import Container
from .elements import FillElement
from .params import expression_error
from .variables import arith_for

log = logging.getLogger(__name__)

__all__ = ["FillCrosstab"]

INTERACTIVE = "net.sf.jasperreports.crosstab.interactive"
IGNORE_WIDTH = "net.sf.jasperreports.crosstab.ignore.width"
FLOATING_HEADERS = "net.sf.jasperreports.crosstab.floating.headers"
CELL_TYPE = "net.sf.jasperreports.crosstab.cell.type"
ROW_SPAN = "net.sf.jasperreports.crosstab.cell.row.span"
COLUMN_SPAN = "net.sf.jasperreports.crosstab.cell.column.span"


# --- the cell matrix of the design ---------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _CellSpec:
    """A cell of the matrix: its contents and size (inherited where the design is silent)."""

    contents: CellContents | None
    width: int
    height: int


def cell_matrix(crosstab: CrosstabElement) -> list[list[_CellSpec | None]]:
    """``[row total level][column total level]`` → the cell printed there (level = the
    number of groups: not a total).  Missing total cells are inherited from a cell of an
    inner total of the same size, else empty; sizes come from the data cell's row/column
    when the cell does not say (the design's rules)."""
    rows, cols = crosstab.row_groups, crosstab.column_groups
    nr, nc = len(rows), len(cols)
    row_index = {g.name: i for i, g in enumerate(rows)}
    col_index = {g.name: i for i, g in enumerate(cols)}
    declared: list[list[CrosstabCell | None]] = [[None] * (nc + 1) for _ in range(nr + 1)]
    for cell in crosstab.cells:
        i = row_index.get(cell.row_total_group, nr) if cell.row_total_group else nr
        j = col_index.get(cell.column_total_group, nc) if cell.column_total_group else nc
        declared[i][j] = cell
    sizes: list[list[list[int | None]]] = [[[None, None] for _ in range(nc + 1)] for _ in range(nr + 1)]
    contents: list[list[CellContents | None]] = [[None] * (nc + 1) for _ in range(nr + 1)]
    present = [[False] * (nc + 1) for _ in range(nr + 1)]
    for i in range(nr + 1):
        for j in range(nc + 1):
            found = declared[i][j]
            if found is not None:
                present[i][j] = True
                contents[i][j] = found.contents
                sizes[i][j] = [found.width, found.height]

    def used(i: int, j: int) -> bool:
        return ((i == nr or rows[i].total_position is not CrosstabTotalPosition.NONE)
                and (j == nc or cols[j].total_position is not CrosstabTotalPosition.NONE))

    for i in range(nr, -1, -1):
        for j in range(nc, -1, -1):
            if not used(i, j):
                present[i][j] = False
                continue
            if not present[i][j]:
                inherited = _inherit(i, j, nr, nc, present, sizes)
                present[i][j] = True
                if inherited is not None:
                    contents[i][j] = contents[inherited[0]][inherited[1]]
                    sizes[i][j] = list(sizes[inherited[0]][inherited[1]])
                    continue
            w, h = sizes[i][j]
            if w is None:
                if i < nr:
                    w = sizes[nr][j][0] if present[nr][j] else None
                else:
                    w = next((sizes[i][k][0] for k in range(j + 1, nc + 1) if present[i][k]), None)
            if h is None:
                if j < nc:
                    h = sizes[i][nc][1] if present[i][nc] else None
                else:
                    for k in range(i + 1, nr + 1):  # the design keeps the last one found
                        if present[k][j]:
                            h = sizes[k][j][1]
            sizes[i][j] = [w, h]
    out: list[list[_CellSpec | None]] = [[None] * (nc + 1) for _ in range(nr + 1)]
    for i in range(nr + 1):
        for j in range(nc + 1):
            if present[i][j]:
                w, h = sizes[i][j]
                out[i][j] = _CellSpec(contents[i][j] or CellContents(), w or 0, h or 0)
    return out


def _inherit(i: int, j: int, nr: int, nc: int, present: list[list[bool]],
             sizes: list[list[list[int | None]]]) -> tuple[int, int] | None:
    if j < nc:
        col_w = sizes[nr][j][0] if present[nr][j] else None
        for k in range(j + 1, nc + 1):
            if present[i][k] and (col_w is None or sizes[i][k][0] == col_w):
                return i, k
    if i < nr:
        row_h = sizes[i][nc][1] if present[i][nc] else None
        for k in range(i + 1, nr + 1):
            if present[k][j] and (row_h is None or sizes[k][j][1] == row_h):
                return k, j
    return None


# --- bucketing ------------------------------------------------------------------------------------


@functools.total_ordering
class _Key:
    """A bucket value in the order of its group: nulls first, then natural order."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Key) and _compare(self.value, other.value) == 0

    def __lt__(self, other: _Key) -> bool:
        return _compare(self.value, other.value) < 0


def _compare(a: Any, b: Any) -> int:
    if a is None or b is None:
        return (a is not None) - (b is not None)
    try:
        return (a > b) - (a < b)
    except TypeError:
        a, b = str(a), str(b)
        return (a > b) - (a < b)


@dataclasses.dataclass(slots=True)
class Line:
    """A row (or column) of the grid: its bucket values, and the level of the group it is
    the total of (the number of groups for a data line)."""

    path: tuple[Any, ...]
    total: int


@dataclasses.dataclass(slots=True)
class Header:
    """A header cell: its group level, the bucket values up to it, the lines it spans and
    the levels it covers (a total header covers the levels below it)."""

    level: int
    path: tuple[Any, ...]
    span: int
    depth: int
    total: bool


class Axis:
    """The lines of one dimension and the header cells starting on each line."""

    def __init__(self, groups: Sequence[CrosstabGroup], paths: list[tuple[Any, ...]], presorted: bool,
                 order_value: Any = None) -> None:
        self.groups = groups
        n = len(groups)
        tree: dict[Any, Any] = {}
        for path in paths:
            node = tree
            for value in path:
                node = node.setdefault(_Hashable(value), {})
        self.lines: list[Line] = []
        self.headers: list[list[Header | None]] = [[] for _ in range(n)]

        def add_line(line: Line) -> None:
            self.lines.append(line)
            for level in range(n):
                self.headers[level].append(None)

        def walk(node: dict[Any, Any], level: int, prefix: tuple[Any, ...]) -> None:
            if level == n:
                add_line(Line(prefix, n))
                return
            group = groups[level]
            total_at = group.total_position

            def total() -> None:
                start = len(self.lines)
                add_line(Line(prefix, level))
                self.headers[level][start] = Header(level, prefix, 1, n - level, True)

            if total_at is CrosstabTotalPosition.START:
                total()
            keys = list(node)
            order = group.bucket.order
            if not presorted and order is not BucketOrder.NONE:
                descending = order is BucketOrder.DESCENDING
                by_value = order_value is not None and group.bucket.order_by_expression is not None
                keys.sort(key=lambda k: _Key(k.value), reverse=descending and not by_value)
                if by_value:
                    # orderByExpression: the buckets sort by its value (read from the
                    # bucket's totals) in the bucket's order; equal values keep the
                    # ascending natural order of the buckets (JasperReports 6.20: in the
                    # OrdersReport sample, Germany before USA at 122 orders each, descending)
                    values = {id(k): order_value(level, (*prefix, k.value)) for k in keys}
                    keys.sort(key=lambda k: _Key(values[id(k)]), reverse=descending)
            for key in keys:
                start = len(self.lines)
                path = (*prefix, key.value)
                walk(node[key], level + 1, path)
                self.headers[level][start] = Header(level, path, len(self.lines) - start, 1, False)
            if total_at is CrosstabTotalPosition.END:
                total()

        if n:
            walk(tree, 0, ())
        else:
            add_line(Line((), 0))

    def prefix(self, index: int) -> tuple[Any, ...]:
        line = self.lines[index]
        return line.path


class _Hashable:
    """A bucket value as a dict key, equal by Java equality (1 == 1.0 is not equal)."""

    __slots__ = ("value", "_hash")

    def __init__(self, value: Any) -> None:
        self.value = value
        try:
            self._hash = hash((type(value).__name__, value))
        except TypeError:
            self._hash = hash((type(value).__name__, repr(value)))

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, _Hashable):
            return False
        a, b = self.value, other.value
        if type(a) is not type(b):
            return False
        try:
            return bool(a == b)
        except Exception:  # noqa: BLE001 - incomparable values are different buckets
            return False


def _prefixes(path: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    return [path[:i] for i in range(len(path) + 1)]


def _hkey(path: tuple[Any, ...]) -> tuple[_Hashable, ...]:
    return tuple(_Hashable(v) for v in path)


class Measures:
    """The measure values of every (row prefix, column prefix) pair: computed from the
    records falling in it with each measure's calculation."""

    def __init__(self, crosstab: CrosstabElement, records: list[tuple[tuple[Any, ...], tuple[Any, ...], list[Any]]]) -> None:
        self.measures = crosstab.measures
        groups: dict[tuple[Any, ...], list[list[Any]]] = {}
        for row, col, values in records:
            for rp in _prefixes(_hkey(row)):
                for cp in _prefixes(_hkey(col)):
                    groups.setdefault((rp, cp), []).append(values)
        self._records = groups
        self._cache: dict[tuple[Any, ...], list[Any]] = {}
        self.grand = self.values((), ())

    def values(self, row: tuple[Any, ...], col: tuple[Any, ...]) -> list[Any]:
        key = (_hkey(row), _hkey(col))
        hit = self._cache.get(key)
        if hit is None:
            rows = self._records.get(key, [])
            hit = self._cache[key] = [_calculate(m.calculation, [r[i] for r in rows], m.value_class or "java.lang.Object")
                                      for i, m in enumerate(self.measures)]
        return hit

    def shown(self, row: tuple[Any, ...], col: tuple[Any, ...]) -> list[Any]:
        """The values as cells show them (percentageOf GrandTotal applied)."""
        values = self.values(row, col)
        out = list(values)
        for i, m in enumerate(self.measures):
            if m.percentage_of is CrosstabPercentage.GRAND_TOTAL:
                out[i] = _percentage(values[i], self.grand[i], m.value_class or "java.lang.Object")
        return out


_ZERO_START = (Calculation.COUNT, Calculation.DISTINCT_COUNT, Calculation.SUM, Calculation.AVERAGE,
               Calculation.VARIANCE, Calculation.STANDARD_DEVIATION)


def _calculate(calculation: Calculation, values: list[Any], value_class: str) -> Any:
    if not values:  # a cell without records: the calculation's initial value
        arith = arith_for(value_class)
        if calculation in (Calculation.COUNT, Calculation.DISTINCT_COUNT):
            return arith.conv(0) if arith is not None else 0
        return arith.conv(0) if arith is not None and calculation in _ZERO_START else None
    present = [v for v in values if v is not None]
    if calculation is Calculation.COUNT:
        return len(present)
    if calculation is Calculation.DISTINCT_COUNT:
        seen: list[_Hashable] = []
        for v in present:
            h = _Hashable(v)
            if h not in seen:
                seen.append(h)
        return len(seen)
    if calculation is Calculation.FIRST:
        return values[0] if values else None
    if calculation in (Calculation.NOTHING, Calculation.SYSTEM):
        return values[-1] if values else None
    if not present:
        return None
    if calculation is Calculation.LOWEST:
        return functools.reduce(lambda a, b: b if _compare(b, a) < 0 else a, present)
    if calculation is Calculation.HIGHEST:
        return functools.reduce(lambda a, b: b if _compare(b, a) > 0 else a, present)
    arith = arith_for(value_class)
    if arith is None:
        raise FillError(f"a {calculation.value} measure needs a numeric class, not {value_class}")
    total = functools.reduce(arith.add, (arith.conv(v) for v in present))
    if calculation is Calculation.SUM:
        return total
    count = arith.of_count(len(present))
    mean = arith.div(total, count)
    if calculation is Calculation.AVERAGE:
        return mean
    if calculation in (Calculation.VARIANCE, Calculation.STANDARD_DEVIATION):
        squares = functools.reduce(arith.add, (arith.mul(d, d) for d in (arith.sub(arith.conv(v), mean) for v in present)))
        variance = arith.div(squares, count)
        return variance if calculation is Calculation.VARIANCE else arith.sqrt(variance)
    return values[-1]


def _percentage(value: Any, total: Any, value_class: str) -> Any:
    if value is None or total is None or not total:
        return None
    arith = arith_for(value_class)
    if arith is None:
        return None
    return arith.div(arith.mul(arith.conv(value), arith.conv(100)), arith.conv(total))


# --- cells --------------------------------------------------------------------------------------------


class _CellFiller:
    """The services cell elements ask their filler for, in the crosstab's scope (its
    variables and parameters); the rest is the report filler's."""

    def __init__(self, master: Any, crosstab: FillCrosstab) -> None:
        self.__dict__["_master"] = master
        self.__dict__["_crosstab"] = crosstab
        self.__dict__["variants"] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._master, name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name in self.__dict__:
            self.__dict__[name] = value
        else:
            setattr(self._master, name, value)

    def evaluate(self, expression: Any) -> Any:
        return self._crosstab.evaluate_cell(expression)

    def _elements(self, designs: list[D.Element], origin: Any, groups: tuple[int, ...] = ()) -> list[Any]:
        # the page loop's element factory, with this object as the elements' filler
        return type(self._master)._elements(self, designs, origin, groups)

    def value_class(self, expression: Any, value: Any) -> str:
        from ..expressions import types as T

        compiled = self._master.report.expressions.get((self._crosstab.scope_name, expression))
        return T.box(compiled.type) if compiled is not None else T.OBJECT

    # The report filler's own services, run on this object (its style variants, its scope).

    def style_name(self, design: D.Element) -> str | None:
        return type(self._master).style_name(self, design)  # type: ignore[no-any-return]

    def attributes(self, design: D.Element) -> Any:
        return type(self._master).attributes(self, design)

    def measure(self, *args: Any, **kwargs: Any) -> Any:
        return type(self._master).measure(self, *args, **kwargs)

    def format_value(self, *args: Any, **kwargs: Any) -> Any:
        return type(self._master).format_value(self, *args, **kwargs)

    def prints_repeated(self, design: D.Element) -> bool:
        return True

    def delay(self, element: Any, print_text: Any) -> None:
        element.complete(print_text)  # a cell is evaluated once: "later" is now


class _Cell:
    """One cell contents made fillable at one size: its elements in a container
    (scaled for a Stretch header), its box paddings."""

    def __init__(self, owner: FillCrosstab, contents: CellContents, width: int, height: int, cell_type: str,
                 position: CrosstabRowPosition = CrosstabRowPosition.TOP, design_height: int | None = None,
                 x_position: CrosstabColumnPosition = CrosstabColumnPosition.LEFT,
                 design_width: int | None = None) -> None:
        self.owner = owner
        self.contents = contents
        self.width = width
        self.height = height
        self.cell_type = cell_type
        self.position = position
        box = contents.box
        pad = box.padding or 0
        self.top = box.top_padding if box.top_padding is not None else pad
        self.bottom = box.bottom_padding if box.bottom_padding is not None else pad
        elements = contents.elements
        base = design_height if design_height is not None else height
        if position is CrosstabRowPosition.STRETCH and base and height != base:
            elements = [_scaled(e, height / base) for e in elements]
        base_w = design_width if design_width is not None else width
        if base_w and width > base_w and x_position is not CrosstabColumnPosition.LEFT:
            if x_position is CrosstabColumnPosition.STRETCH:
                elements = [_scaled_x(e, width / base_w, 0) for e in elements]
            else:
                shift = width - base_w if x_position is CrosstabColumnPosition.RIGHT else (width - base_w) // 2
                elements = [_scaled_x(e, -1.0, shift) for e in elements]
        cells = owner.cells_filler
        made = cells._elements(elements, owner.origin)
        self.container = Container(made, max(0, height - self.top - self.bottom))
        self.styles = owner.filler.styles.band_styles(D.flatten(elements))

    def prepare(self, available: int) -> int | None:
        """Evaluate and lay out the contents in ``available``; the height they need
        (paddings included), None when they do not fit."""
        self._evaluate()
        part = self.container.fill(max(0, available - self.top - self.bottom))
        if part.overflows:
            return None
        self.natural = part.height
        return part.height + self.top + self.bottom

    def _evaluate(self) -> None:
        cells = self.owner.cells_filler
        cells.variants = self.owner.filler.styles.evaluate_band(self.styles, cells.evaluate) if self.styles else {}
        self.container.reset()
        for element in self.container.elements:
            element.evaluate()

    def fill(self, x: int, y: int, height: int, properties: dict[str, str]) -> PrintFrame:
        """The cell's frame, ``height`` tall, its contents laid out again in it."""
        self._evaluate()
        inner = max(0, height - self.top - self.bottom)
        # laid out as when prepared (blank lines are removed after the elements are
        # placed), then stretched to the row
        room = max(inner, self.container.height)
        part = self.container.fill(room, can_overflow=False, min_height=inner)
        offset = 0
        if self.position is CrosstabRowPosition.BOTTOM:
            offset = inner - self.natural
        elif self.position is CrosstabRowPosition.MIDDLE:
            offset = (inner - self.natural) // 2
        if offset > 0:
            for element in part.elements:
                element.y += offset
        c = self.contents
        props: dict[str, str | None] = dict(c.properties)
        props.pop("com.jaspersoft.studio.layout", None)
        props[CELL_TYPE] = self.cell_type
        props.update(properties)
        owner = self.owner
        owner.frames += 1
        return PrintFrame(
            x=x, y=y, width=self.width, height=height, style=c.style if c.style else None, mode=c.mode,
            backcolor=c.backcolor, box=c.box if c.box != type(c.box)() else None, elements=list(part.elements),
            origin=owner.origin, source_id=owner.src_id, print_id=owner.frames, properties=props)


def _scaled(element: D.Element, ratio: float) -> D.Element:
    changes: dict[str, Any] = {"y": int(element.y * ratio), "height": int(element.height * ratio)}
    children = getattr(element, "children", None)
    if isinstance(children, list):
        changes["children"] = [_scaled(c, ratio) for c in children]
    return dataclasses.replace(element, **changes)


def _scaled_x(element: D.Element, ratio: float, shift: int) -> D.Element:
    """Contents moved right by ``shift`` or (ratio > 0) scaled horizontally."""
    x, width = element.x, element.width
    if ratio > 0:
        x, width = int(x * ratio), int(width * ratio)
    changes: dict[str, Any] = {"x": x + shift, "width": width}
    children = getattr(element, "children", None)
    if isinstance(children, list):
        changes["children"] = [_scaled_x(c, ratio, shift) for c in children]
    return dataclasses.replace(element, **changes)


# --- the element -------------------------------------------------------------------------------------


@dataclasses.dataclass(slots=True)
class _Prepared:
    cell: _Cell
    x: int
    y: int  # the row's y (first row of a span)
    span: int  # rows spanned (row headers)
    kind: str
    properties: dict[str, str]
    height: int = 0
    #: The variables the cell was prepared with (it is evaluated again when printed).
    values: dict[str, Any] = dataclasses.field(default_factory=dict)


class FillCrosstab(FillElement):
    """A ``<crosstab>`` element; see the module docstring."""

    design: CrosstabElement

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        from ..report import crosstab_scope_name

        d = self.design
        self.scope_name = crosstab_scope_name(d)
        self.cells_filler = _CellFiller(self.filler, self)
        self.matrix = cell_matrix(d)
        self.records: list[tuple[tuple[Any, ...], tuple[Any, ...], list[Any]]] = []
        from ..report import crosstab_schema

        self.V: dict[str, Any] = dict.fromkeys(crosstab_schema(self.filler.report.design, d).variables)
        self.P: dict[str, Any] = {}
        self._cells: dict[tuple[Any, ...], _Cell] = {}
        self.frames = 0
        self.printed: list[PrintElement] = []
        self.chunks = 0
        self._compiled: dict[int, Any] = {}
        self.has_data = False
        self.ended = True
        if d.dataset.dataset_run is None:
            collectors = getattr(self.filler, "element_datasets", None)
            if collectors is not None:
                collectors.append(self)
        for measure in d.measures:
            if measure.incrementer_factory_class:
                self.filler._warn_once(f"crosstab incrementer {measure.incrementer_factory_class}",
                                       f"{measure.location}: incrementerFactoryClass is ignored: the built-in "
                                       f"{measure.calculation.value} calculation is used")

    # --- data --------------------------------------------------------------------------------

    def _record_of(self, evaluate: Any) -> tuple[tuple[Any, ...], tuple[Any, ...], list[Any]]:
        d = self.design
        row = tuple(evaluate(g.bucket.expression) for g in d.row_groups)
        col = tuple(evaluate(g.bucket.expression) for g in d.column_groups)
        return row, col, [evaluate(m.expression) for m in d.measures]

    def collect(self) -> None:
        """A record of the report's dataset was committed: add its values (the crosstab
        runs on the dataset it sits in)."""
        ds = self.filler.dataset
        dataset = self.design.dataset
        if dataset.reset_type is ResetType.GROUP and dataset.reset_group:
            group = next((g for g in ds.groups if g.name == dataset.reset_group), None)
            if group is not None and group.has_changed:
                self.records = []
        if dataset.increment_when_expression is not None and ds.evaluate(dataset.increment_when_expression) is not True:
            return
        self.records.append(self._record_of(lambda e: ds.evaluate(e) if e is not None else None))

    def _run_records(self) -> list[tuple[tuple[Any, ...], tuple[Any, ...], list[Any]]]:
        from .dataset import DatasetFill
        from .params import resolve_parameters
        from .subreports import child_context

        run = self.design.dataset.dataset_run
        assert run is not None
        master = self.filler
        report = master.report
        dataset = next((ds for ds in report.design.datasets if ds.name == run.dataset_name), None)
        if dataset is None:
            raise FillError(f"datasetRun: {run.dataset_name!r} is not a subDataset of the report", run.location)
        context = child_context(master, report, "datasetRun", run.parameters_map_expression, run.parameters,
                                run.data_source_expression, run.connection_expression)
        params = resolve_parameters(report, dataset, run.dataset_name, context.params, master.ctx.env)
        # the context is the master report's: its REPORT_DATA_SOURCE is the run's only when
        # the run gives one (else it would be the master's own query)
        source = _source_of(context) if run.data_source_expression is not None else None
        if source is None:  # the sub-dataset's own data adapter or query
            from . import DATA_ADAPTER, own_source

            source = own_source(dataset, dataset.properties.get(DATA_ADAPTER), params, master.ctx.data_context)
        ds = DatasetFill(report, dataset, run.dataset_name, params, master.ctx.env, source, master.ctx.data_context, main=False)
        out = []
        first = True
        while ds.next():
            if first:
                ds.init_variables(ResetType.REPORT)
                first = False
            else:
                ds.estimate_group_ruptures()
                ds.init_variables(ResetType.GROUP)
            ds.calculate_variables()
            out.append(self._record_of(lambda e: ds.evaluate(e) if e is not None else None))
        return out

    # --- evaluation in the crosstab's scope -------------------------------------------------------

    def evaluate_cell(self, expression: Any) -> Any:
        """The value of an expression of the crosstab's cells (its own scope)."""
        if expression is None:
            return None
        fn = self._compiled.get(id(expression))
        if fn is None:
            fn = self._compiled[id(expression)] = self.filler.report.expression(expression, self.scope_name).evaluate
        try:
            return fn(R.Scope({}, self.V, self.P, self.filler.ctx.env))
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of template code
            raise expression_error(expression, exc) from exc

    def evaluate_content(self) -> None:
        d = self.design
        master = self.filler
        params: dict[str, Any] = {}
        if d.parameters_map_expression is not None:
            supplied = master.evaluate(d.parameters_map_expression)
            if isinstance(supplied, Mapping):
                params.update(supplied)
        for parameter in d.parameters:
            if parameter.value_expression is not None:
                params[parameter.name] = master.evaluate(parameter.value_expression)
            else:
                params.setdefault(parameter.name, None)
        params["REPORT_PARAMETERS_MAP"] = dict(params)
        self.P = params
        records = self._run_records() if d.dataset.dataset_run is not None else self.records
        presorted = d.dataset.data_pre_sorted
        self.measures = Measures(d, records)
        for group in (*d.row_groups, *d.column_groups):
            if group.bucket.comparator_expression is not None:
                master._warn_once(f"crosstab comparator {group.name}",
                                  f"{group.location}: comparatorExpression is not supported: "
                                  f"the buckets of {group.name} sort by their natural order")
        self.rows = Axis(d.row_groups, [r for r, _, _ in records], presorted, self._order_value(True))
        self.cols = Axis(d.column_groups, [c for _, c, _ in records], presorted, self._order_value(False))
        self.has_data = bool(records)
        self.interactive = _flag(master.ctx.properties, d.properties, INTERACTIVE, True)
        ignore = d.ignore_width
        if ignore is None:
            ignore = _flag(master.ctx.properties, d.properties, IGNORE_WIDTH, False)
        self.ignore_width = ignore
        self.floating = _flag(master.ctx.properties, d.properties, FLOATING_HEADERS, True)
        self._start()

    def _order_value(self, rows: bool) -> Any:
        """The value of a group's orderByExpression for a bucket: evaluated with the
        measures set to the bucket's totals over the other dimension."""
        groups = self.design.row_groups if rows else self.design.column_groups

        def value(level: int, path: tuple[Any, ...]) -> Any:
            totals = self.measures.values(path, ()) if rows else self.measures.values((), path)
            self._clear_vars()
            for i, m in enumerate(self.design.measures):
                self.V[m.name] = totals[i]
            try:
                return self.evaluate_cell(groups[level].bucket.order_by_expression)
            finally:
                self._clear_vars()

        return value

    def _start(self) -> None:
        self.start_row = 0
        self.start_col = 0
        self.last_col = 0
        self.no_data_printed = False
        self.span_headers: list[Header | None] = [None] * max(0, len(self.design.row_groups) - 1)
        self.span_start: list[int] = [0] * len(self.span_headers)
        self.ended = False
        self._sizes()

    def _sizes(self) -> None:
        """Line offsets (design sizes), where a line may not start a page, header sizes."""
        d = self.design
        m = self.matrix
        nr, nc = len(d.row_groups), len(d.column_groups)
        self.row_x = [0]
        for g in d.row_groups:
            self.row_x.append(self.row_x[-1] + g.width)
        # header design sizes (the design computes them from the cells)
        self.row_header_h: list[int] = []
        self.row_total_h: list[int] = []
        height_sum = 0
        for i in range(nr - 1, -1, -1):
            cell = m[i + 1][nc]
            height_sum += cell.height if cell is not None else 0
            self.row_header_h.insert(0, height_sum)
        for i in range(nr):
            cell = m[i][nc]
            self.row_total_h.append(cell.height if cell is not None else 0)
        self.col_header_w: list[int] = []
        self.col_total_w: list[int] = []
        width_sum = 0
        for j in range(nc - 1, -1, -1):
            cell = m[nr][j + 1]
            width_sum += cell.width if cell is not None else 0
            self.col_header_w.insert(0, width_sum)
        for j in range(nc):
            cell = m[nr][j]
            self.col_total_w.append(cell.width if cell is not None else 0)
        self.col_heights = [g.height for g in d.column_groups]
        self.col_x = self._offsets(self.cols, True)
        row_y = self._offsets(self.rows, False)
        self.row_breakable = self._breakable(self.rows, row_y, False)
        self.col_breakable = self._breakable(self.cols, self.col_x, True)
        self.row_count = _counts(self.rows)
        self.col_count = _counts(self.cols)

    def _line_size(self, axis: Axis, index: int, width: bool) -> int:
        line = axis.lines[index]
        nr, nc = len(self.design.row_groups), len(self.design.column_groups)
        if width:
            cell = self.matrix[nr][line.total]
            return cell.width if cell is not None else 0
        cell = self.matrix[line.total][nc]
        return cell.height if cell is not None else 0

    def _offsets(self, axis: Axis, width: bool) -> list[int]:
        out = [0]
        for i in range(len(axis.lines)):
            out.append(out[-1] + self._line_size(axis, i, width))
        return out

    def _breakable(self, axis: Axis, offsets: list[int], starts: bool) -> list[bool]:
        out = [True] * len(axis.lines)
        sizes = self.col_header_w if starts else self.row_header_h
        for j in range(len(axis.groups)):
            size = sizes[j]
            for i, header in enumerate(axis.headers[j]):
                if header is None or header.total or header.span <= 1:
                    continue
                span = header.span
                if starts:
                    k = i + 1
                    while k < i + span and offsets[k] - offsets[i] < size:
                        out[k] = False
                        k += 1
                k = i + span - 1
                while k > i and offsets[i + span] - offsets[k] < size:
                    out[k] = False
                    k -= 1
        return out

    # --- cells ------------------------------------------------------------------------------------

    def _cell(self, contents: CellContents | None, width: int, height: int, kind: str,
              position: CrosstabRowPosition = CrosstabRowPosition.TOP, design_height: int | None = None,
              x_position: CrosstabColumnPosition = CrosstabColumnPosition.LEFT,
              design_width: int | None = None) -> _Cell | None:
        if contents is None or width <= 0 or height <= 0:
            return None
        key = (id(contents), width, height, kind, position, design_height, x_position, design_width)
        cell = self._cells.get(key)
        if cell is None:
            cell = self._cells[key] = _Cell(self, contents, width, height, kind, position, design_height,
                                            x_position, design_width)
        return cell

    def _set_count(self, row: int | None, col: int | None) -> None:
        self.V["ROW_COUNT"] = self.row_count[row] if row is not None else None
        self.V["COLUMN_COUNT"] = self.col_count[col] if col is not None else None

    def _set_groups(self, groups: Sequence[CrosstabGroup], path: tuple[Any, ...]) -> None:
        for i, g in enumerate(groups):
            self.V[g.name] = path[i] if i < len(path) else None

    def _set_measures(self, row: tuple[Any, ...], col: tuple[Any, ...]) -> None:
        d = self.design
        shown = self.measures.shown
        for i, m in enumerate(d.measures):
            self.V[m.name] = shown(row, col)[i]
        for ri, rg in enumerate(d.row_groups):
            values = shown(row[:ri], col)
            for i, m in enumerate(d.measures):
                self.V[f"{m.name}_{rg.name}_ALL"] = values[i]
            for ci, cg in enumerate(d.column_groups):
                both = shown(row[:ri], col[:ci])
                for i, m in enumerate(d.measures):
                    self.V[f"{m.name}_{rg.name}_{cg.name}_ALL"] = both[i]
        for ci, cg in enumerate(d.column_groups):
            values = shown(row, col[:ci])
            for i, m in enumerate(d.measures):
                self.V[f"{m.name}_{cg.name}_ALL"] = values[i]

    def _set_header_measures(self, path: tuple[Any, ...], row_header: bool) -> None:
        """Headers: their bucket's totals over the whole other dimension; a group total
        of the other dimension is the same value."""
        d = self.design
        shown = self.measures.shown
        own = shown(path, ()) if row_header else shown((), path)
        for i, m in enumerate(d.measures):
            self.V[m.name] = own[i]
        same = d.row_groups if row_header else d.column_groups
        other = d.column_groups if row_header else d.row_groups
        for si, sg in enumerate(same):
            values = shown(path[:si], ()) if row_header else shown((), path[:si])
            for i, m in enumerate(d.measures):
                self.V[f"{m.name}_{sg.name}_ALL"] = values[i]
                for og in other:
                    name = f"{m.name}_{sg.name}_{og.name}_ALL" if row_header else f"{m.name}_{og.name}_{sg.name}_ALL"
                    self.V[name] = values[i]
        for og in other:
            for i, m in enumerate(d.measures):
                self.V[f"{m.name}_{og.name}_ALL"] = own[i]

    def _clear_vars(self) -> None:
        for key in self.V:
            self.V[key] = None

    # --- the fill cycle -----------------------------------------------------------------------------

    def reset(self) -> None:
        super().reset()

    def has_pending(self) -> bool:
        return self.visible and (not self.done or not self.ended)

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        self.stretch_height = self.design.height
        self.printed = []
        if not self.visible or (continuing and self.done and self.ended):
            self.printing = False
            return False
        if self.design.height > room:
            self.printing = False
            return can_overflow
        overflow = self._fill(room)
        if not self.printed and overflow and not can_overflow:
            overflow = False
        self.printing = bool(self.printed)
        if overflow and can_overflow:
            self.stretch_height = room
            return True
        if not overflow:
            self.ended = True
        if self.printed:
            last = self.printed[-1]
            self.stretch_height = last.y + last.height
        return False

    def emit(self, rel_y: int) -> list[PrintElement]:
        self.done = True
        self.prints += 1
        out = []
        for frame in self.printed:
            frame.x += self.design.x
            frame.y += rel_y
            out.append(frame)
        self.printed = []
        return out

    def make_print(self, rel_y: int) -> PrintElement | None:  # pragma: no cover - emit does it
        return None

    # --- one part ------------------------------------------------------------------------------------

    def _paddings(self) -> tuple[int, int, int, int]:
        box = self.filler.attributes(self.design).box
        return box.top_padding, box.left_padding, box.bottom_padding, box.right_padding

    def _fill(self, available: int) -> bool:
        """Fill what fits in ``available``; True when the crosstab continues."""
        top, left, bottom, right = self._paddings()
        chunk_y = 0
        guard = 0
        while True:
            guard += 1
            if guard > len(self.cols.lines) + 2:
                raise FillError(f"{self.design.location}: the crosstab makes no progress filling its columns")
            contents_height = available - chunk_y - top - bottom
            if contents_height < 0:
                return True
            if not self.has_data:
                return self._fill_no_data(contents_height)
            rows, overflow, more_columns, used = self._fill_chunk(contents_height, left, right)
            if rows:
                self._add_chunk(rows, chunk_y)
            if overflow or not more_columns:
                return overflow
            chunk_y += used + self.design.column_break_offset + top + bottom

    def _fill_no_data(self, available: int) -> bool:
        d = self.design
        if d.when_no_data_cell is None or self.no_data_printed:
            self.no_data_printed = True
            return False
        cell = self._cell(d.when_no_data_cell, d.width, d.height, "NoDataCell")
        if cell is None:
            self.no_data_printed = True
            return False
        if available < d.height:
            return True
        self._clear_vars()
        self._set_count(None, None)
        needed = cell.prepare(available)
        if needed is None:
            return True
        frame = cell.fill(0, 0, max(needed, cell.height), {})
        self._add_chunk([[frame]], 0)
        self.no_data_printed = True
        return False

    def _fill_chunk(self, available: int, left: int, right: int) -> tuple[list[list[PrintElement]], bool, bool, int]:
        """One chunk: the columns that fit the width, as many rows as fit.  Returns the
        print rows, whether rows are left for the next page, whether columns are left
        for a next chunk, and the height used."""
        d = self.design
        print_row_headers = self.start_col == 0 or d.repeat_row_headers
        row_headers_x = self.row_x[-1] if print_row_headers else 0
        if self.start_col == self.last_col:
            if self.ignore_width:
                page = self.filler.design
                width = page.page_width - page.left_margin - page.right_margin - d.x - left - right
            else:
                width = d.width - left - right
            self.last_col = self._columns_fitting(width - row_headers_x)
            if self.last_col == self.start_col:
                raise FillError(f"{d.location}: not enough room for the crosstab's columns")
        y = 0
        out: list[list[PrintElement]] = []
        if d.title_cell is not None and self.start_row == 0 and self.start_col == 0 and not getattr(self, "title_done", False):
            title = self._fill_title(available, row_headers_x)
            if title is None:
                return [], True, True, 0
            out.append([title])
            y += title.height
            self.title_done = True
        print_col_headers = self.start_row == 0 or d.repeat_column_headers
        if print_col_headers:
            headers = self._fill_column_headers(available - y, y, row_headers_x, print_row_headers)
            if headers is None:
                return out, True, True, y
            header_rows, height = headers
            header_out = header_rows
        else:
            header_out, height = [], 0
        y += height
        rows, last_row, rows_height = self._fill_rows(available - y, y, row_headers_x, print_row_headers)
        if last_row == self.start_row:
            return out, True, True, y
        out.extend(header_out)
        out.extend(rows)
        y += rows_height
        if last_row >= len(self.rows.lines):
            self.start_col = self.last_col
            if self.start_col < len(self.cols.lines):
                self.start_row = 0
                return out, False, True, y
            self.start_row = last_row
            return out, False, False, y
        self.start_row = last_row
        return out, True, False, y

    def _columns_fitting(self, available: int) -> int:
        offsets = self.col_x
        first = self.start_col
        limit = available + offsets[first]
        last = first
        n = len(self.cols.lines)
        while last < n and offsets[last + 1] <= limit:
            last += 1
        if last < n:
            while last > first and not self.col_breakable[last]:
                last -= 1
        return last

    def _col_headers(self) -> list[list[Header | None]]:
        """The column headers of the chunk's columns: a header cut by the chunk's start or
        end spans only the chunk's columns."""
        axis = self.cols
        first, last = self.start_col, self.last_col
        out = [[axis.headers[j][i] for j in range(len(axis.groups))] for i in range(first, last)]
        for j in range(len(axis.groups)):
            if first > 0 and axis.headers[j][first] is None:
                start = _span_index(axis, first, j)
                if start >= 0:
                    h = axis.headers[j][start]
                    assert h is not None  # (_span_index found a header there)
                    out[0][j] = dataclasses.replace(h, span=min(start + h.span, last) - first)
            if last < len(axis.lines) and last > first and axis.headers[j][last] is None:
                start = _span_index(axis, last, j)
                if start >= first:
                    h = axis.headers[j][start]
                    assert h is not None  # (_span_index found a header there)
                    out[start - first][j] = dataclasses.replace(h, span=last - start)
        return out

    def _fill_title(self, available: int, row_headers_x: int) -> PrintFrame | None:
        d = self.design
        title = d.title_cell
        assert title is not None
        width = row_headers_x + self.col_x[self.last_col] - self.col_x[self.start_col]
        design_width = self.row_x[-1] + (self.col_header_w[0] if self.col_header_w else 0)
        cell = self._cell(title.contents, width, title.height, "CrosstabTitle", x_position=title.contents_position,
                          design_width=design_width)
        if cell is None:
            return None
        self._clear_vars()
        self._set_count(None, None)
        needed = cell.prepare(available)
        if needed is None:
            return None
        return cell.fill(0, 0, needed, {})

    def _fill_column_headers(self, available: int, y0: int, row_headers_x: int,
                             print_row_headers: bool) -> tuple[list[list[PrintElement]], int] | None:
        d = self.design
        nc = len(d.column_groups)
        if nc == 0:
            return [], 0
        headers = self._col_headers()
        rows_of: list[list[_Prepared]] = [[] for _ in range(nc)]
        row_y = [0]
        if print_row_headers and d.header_cell is not None:
            total_h = sum(self.col_heights)
            cell = self._cell(d.header_cell, self.row_x[-1], total_h, "CrosstabHeader")
            if cell is not None:
                self._clear_vars()
                self._set_count(None, None)
                needed = cell.prepare(available)
                if needed is None:
                    return None
                rows_of[nc - 1].append(_Prepared(cell, 0, 0, nc, "CrosstabHeader", {}, needed, dict(self.V)))
        for r in range(nc):
            group = d.column_groups[r]
            if print_row_headers and group.crosstab_header is not None:
                cell = self._cell(group.crosstab_header, self.row_x[-1], self.col_heights[r], "CrosstabHeader")
                if cell is not None:
                    if available < row_y[r] + cell.height:
                        return None
                    self._clear_vars()
                    self._set_count(None, None)
                    needed = cell.prepare(available - row_y[r])
                    if needed is None:
                        return None
                    rows_of[r].append(_Prepared(cell, 0, r, 1, "CrosstabHeader", {}, needed, dict(self.V)))
            for i, column in enumerate(headers):
                header = column[r]
                if header is None:
                    continue
                index = self.start_col + i
                width = self.col_x[index + header.span] - self.col_x[index]
                if header.total:
                    height = sum(self.col_heights[r:])
                    contents = group.total_header
                    design_width = self.col_total_w[r]
                else:
                    height = self.col_heights[r]
                    contents = group.header
                    design_width = self.col_header_w[r]
                cell = self._cell(contents, width, height, "ColumnHeader", x_position=group.header_position,
                                  design_width=design_width)
                if cell is None:
                    continue
                if available < row_y[r] + height:
                    return None
                self._clear_vars()
                self._set_count(None, index)
                self._set_groups(d.column_groups, header.path)
                self._set_header_measures(header.path, False)
                needed = cell.prepare(available - row_y[r])
                if needed is None:
                    return None
                x = self.col_x[index] - self.col_x[self.start_col] + row_headers_x
                props = {COLUMN_SPAN: str(header.span)} if header.span > 1 else {}
                if header.depth > 1:
                    props[ROW_SPAN] = str(header.depth)
                rows_of[r + header.depth - 1].append(_Prepared(cell, x, r, header.depth, "ColumnHeader", props, needed, dict(self.V)))
            # the row is as tall as its tallest cell ending on it
            stretch = 0
            for p in rows_of[r]:
                stretch = max(stretch, p.height - (row_y[r] - row_y[p.y]))
            row_y.append(row_y[r] + stretch)
        out: list[list[PrintElement]] = []
        for r in range(nc - 1, -1, -1):
            printed: list[PrintElement] = []
            for p in rows_of[r]:
                top = row_y[p.y]
                self.V.update(p.values)
                printed.append(p.cell.fill(p.x, y0 + top, row_y[r + 1] - top, p.properties))
            out.append(printed)
        self._clear_vars()
        return out, row_y[nc]

    def _fill_rows(self, available: int, y0: int, row_headers_x: int,
                   print_row_headers: bool) -> tuple[list[list[PrintElement]], int, int]:
        d = self.design
        n = len(self.rows.lines)
        row_y = [0]
        printed: list[list[PrintElement]] = []
        row = 0
        self._pending_removal = 0
        while row < n - self.start_row:
            prepared, height = self._prepare_row(row, row_y, available, row_headers_x, print_row_headers)
            if prepared is None:
                break
            printed.append(self._print_row(prepared, row_y, row, height, y0))
            row_y.append(row_y[row] + height)
            row += 1
        if row < n - self.start_row and print_row_headers:
            row = self._continuing_headers(row, row_y, printed, available, row_headers_x, y0)
        _ = d
        return printed, row + self.start_row, row_y[row]

    def _prepare_row(self, row: int, row_y: list[int], available: int, row_headers_x: int,
                     print_row_headers: bool) -> tuple[list[_Prepared] | None, int]:
        d = self.design
        index = row + self.start_row
        line = self.rows.lines[index]
        y = row_y[row]
        prepared: list[_Prepared] = []
        height = 0
        nc = len(d.column_groups)
        for col in range(self.start_col, self.last_col):
            col_line = self.cols.lines[col]
            spec = self.matrix[line.total][col_line.total] if col_line.total <= nc else None
            cell = self._cell(spec.contents, spec.width, spec.height, "Data") if spec is not None else None
            if cell is None:
                continue
            if available < y + cell.height:
                return None, 0
            self._set_count(index, col)
            self._set_groups(d.row_groups, line.path)
            self._set_groups(d.column_groups, col_line.path)
            self._set_measures(line.path, col_line.path)
            needed = cell.prepare(available - y)
            if needed is None:
                return None, 0
            x = self.col_x[col] - self.col_x[self.start_col] + row_headers_x
            prepared.append(_Prepared(cell, x, row, 1, "Data", {}, needed, dict(self.V)))
            height = max(height, needed, cell.height)
        self._clear_vars()
        if print_row_headers:
            closing: list[int] = []
            for j in range(len(d.row_groups)):
                header = self.rows.headers[j][index]
                span = 0
                if header is None:
                    if self._closes(j, index):
                        header = self.span_headers[j]
                        assert header is not None
                        span = header.span
                        if self.span_start[j] < self.start_row:
                            span += self.span_start[j] - self.start_row
                        closing.append(j)
                else:
                    if header.span > 1:
                        self.span_headers[j] = header
                        self.span_start[j] = index
                        continue
                    span = 1
                if header is None:
                    continue
                result = self._prepare_row_header(j, header, span, row, row_y, height, available)
                if result is False:
                    self._clear_vars()
                    return None, 0
                if isinstance(result, _Prepared):
                    prepared.append(result)
                    height = max(height, result.height - (row_y[row] - row_y[row - span + 1]))
            for j in closing:
                self.span_headers[j] = None
            self._clear_vars()
        return prepared, height

    def _closes(self, level: int, index: int) -> bool:
        header = self.span_headers[level] if level < len(self.span_headers) else None
        return header is not None and header.span + self.span_start[level] == index + 1

    def _row_header_cell(self, level: int, header: Header, height: int) -> _Cell | None:
        group = self.design.row_groups[level]
        if header.total:
            contents = group.total_header
            width = self.row_x[-1] - self.row_x[level]
            design_h = self.row_total_h[level]
            position = CrosstabRowPosition.TOP
        else:
            contents = group.header
            width = group.width
            design_h = self.row_header_h[level]
            position = group.header_position
        if contents is None or width <= 0 or design_h <= 0:
            return None
        if position is CrosstabRowPosition.STRETCH:
            return self._cell(contents, width, height, "RowHeader", position, design_h)
        return self._cell(contents, width, design_h, "RowHeader", position)

    def _prepare_row_header(self, level: int, header: Header, span: int, row: int, row_y: list[int],
                            row_height: int, available: int) -> _Prepared | None | bool:
        """A row header ending on ``row``; None: no cell; False: it does not fit (the
        rows it spans go to the next page)."""
        d = self.design
        header_y = row_y[row - span + 1]
        span_height = row_y[row] - header_y if span > 1 else 0
        total_height = span_height + row_height
        group = d.row_groups[level]
        design_h = self.row_total_h[level] if header.total else self.row_header_h[level]
        contents = group.total_header if header.total else group.header
        width = (self.row_x[-1] - self.row_x[level]) if header.total else group.width
        if contents is None or width <= 0 or design_h <= 0:
            return None
        stretch = not header.total and group.header_position is CrosstabRowPosition.STRETCH
        contents_height = total_height if stretch else design_h
        if available < header_y + contents_height or total_height < design_h:
            self._remove_rows(span - 1)
            return False
        cell = self._row_header_cell(level, header, total_height)
        if cell is None:
            return None
        self._set_count(self.start_row + row - span + 1, None)
        self._set_groups(d.row_groups, header.path)
        self._set_header_measures(header.path, True)
        needed = cell.prepare(available - header_y)
        if needed is None:
            self._remove_rows(span - 1)
            return False
        props = {ROW_SPAN: str(span)} if span > 1 else {}
        if header.depth > 1:
            props[COLUMN_SPAN] = str(header.depth)
        return _Prepared(cell, self.row_x[level], row - span + 1, span, "RowHeader", props, needed, dict(self.V))

    def _remove_rows(self, count: int) -> None:
        """Rows already printed on this part go to the next one with a header that does
        not fit (set by the caller through ``_pending_removal``)."""
        self._pending_removal = max(getattr(self, "_pending_removal", 0), count)

    def _print_row(self, prepared: list[_Prepared], row_y: list[int], row: int, height: int, y0: int) -> list[PrintElement]:
        out: list[PrintElement] = []
        for p in prepared:
            top = row_y[p.y]
            self.V.update(p.values)
            out.append(p.cell.fill(p.x, y0 + top, row_y[row] - top + height, p.properties))
        self._clear_vars()
        return out

    def _continuing_headers(self, row: int, row_y: list[int], printed: list[list[PrintElement]], available: int,
                            row_headers_x: int, y0: int) -> int:
        """The page ends before line ``row``: headers spanning across the break print
        down to it; a break inside a header too short for it moves up."""
        removal = getattr(self, "_pending_removal", 0)
        self._pending_removal = 0
        while removal > 0 and row > 0:
            printed.pop()
            row_y.pop()
            row -= 1
            removal -= 1
        self._reset_span_headers(row)
        while row > 0:
            index = row + self.start_row
            for j in range(len(self.span_headers) - 1, -1, -1):
                if self.span_headers[j] is not None and self.span_start[j] >= index:
                    self.span_headers[j] = None
            if not self.row_breakable[index]:
                printed.pop()
                row_y.pop()
                row -= 1
                self._reset_span_headers(row)
                continue
            cells: list[PrintElement] = []
            moved = False
            for j in range(len(self.span_headers)):
                header = self.span_headers[j]
                if header is None:
                    continue
                span = index - self.span_start[j]
                if self.span_start[j] < self.start_row:
                    span += self.span_start[j] - self.start_row
                header_y = row_y[row - span]
                height = row_y[row] - header_y
                group = self.design.row_groups[j]
                design_h = self.row_header_h[j]
                stretch = group.header_position is CrosstabRowPosition.STRETCH
                contents_height = height if stretch else design_h
                if available < header_y + contents_height or height < design_h:
                    row = self._drop_rows(span, row, printed, row_y)
                    moved = True
                    break
                cell = self._row_header_cell(j, header, height)
                if cell is None:
                    continue
                self._set_count(self.start_row + row - span, None)
                self._set_groups(self.design.row_groups, header.path)
                self._set_header_measures(header.path, True)
                needed = cell.prepare(available - header_y)
                if needed is None:
                    self._clear_vars()
                    row = self._drop_rows(span, row, printed, row_y)
                    moved = True
                    break
                props = {ROW_SPAN: str(span)} if span > 1 else {}
                cells.append(cell.fill(self.row_x[j], y0 + header_y, max(height, needed), props))
                self._clear_vars()
            if moved:
                continue
            if cells:
                printed[-1].extend(cells)
            break
        return row

    def _drop_rows(self, count: int, row: int, printed: list[Any], row_y: list[int]) -> int:
        """Take the last ``count`` rows of this page back (their row header does not fit
        beside them): they go to the next page.  The new last row index is returned."""
        for _ in range(count):
            printed.pop()
            row_y.pop()
        row -= count
        self._reset_span_headers(row)
        return row

    def _reset_span_headers(self, row: int) -> None:
        """The spanning headers open at line ``row`` of this part (set back after rows
        were taken off the page)."""
        index = row + self.start_row
        for j in range(len(self.span_headers)):
            start = _span_index(self.rows, index, j) if self.rows.headers[j][index] is None else -1
            if start >= 0:
                self.span_headers[j] = self.rows.headers[j][start]
                self.span_start[j] = start
            else:
                self.span_headers[j] = None

    # --- chunks -----------------------------------------------------------------------------------------

    def _add_chunk(self, rows: list[list[PrintElement]], y: int) -> None:
        d = self.design
        elements = sorted((e for row in rows for e in row), key=lambda e: (e.y, e.x))
        top, left, bottom, right = self._paddings()
        x_limit = max((e.x + e.width for e in elements), default=0)
        y_limit = max((e.y + e.height for e in elements), default=0)
        width = x_limit + left + right
        height = y_limit + top + bottom
        rtl = d.run_direction is RunDirection.RTL
        position = d.horizontal_position or (CrosstabHorizontalPosition.RIGHT if rtl else CrosstabHorizontalPosition.LEFT)
        x = 0
        if position is CrosstabHorizontalPosition.RIGHT and (width < d.width or rtl):
            x = d.width - width
        elif position is CrosstabHorizontalPosition.CENTER and width < d.width:
            x = (d.width - width) // 2
        if rtl:  # the grid mirrored: row headers on the right
            for element in elements:
                element.x = x_limit - element.x - element.width
        self.prints += 1
        chunk = self.chunks
        self.chunks += 1
        uuid = d.uuid or ""
        props: dict[str, str | None] = dict(d.properties)
        props["net.sf.jasperreports.export.accessibility.tag"] = "table"
        children: list[PrintElement] = []
        if self.interactive:
            props["net.sf.jasperreports.export.crosstab.crosstabId"] = f"{uuid}.{chunk}"
            children.append(PrintGeneric(
                x=0, y=0, width=1, height=1, origin=self.origin, source_id=self.src_id, print_id=self.prints,
                generic_namespace="http://jasperreports.sourceforge.net/jasperreports",
                generic_name="crosstabInteractiveElement",
                parameters={
                    "crosstabId": JavaValue("java.lang.String", uuid),
                    "crosstabFragmentId": JavaValue("java.lang.String", f"{uuid}.{chunk}"),
                    "startColumnIndex": JavaValue("java.lang.Integer", str(self.start_col)),
                    "hasFloatingHeaders": JavaValue("java.lang.Boolean", "true" if self.floating else "false"),
                }))
        children.extend(elements)
        self.printed.append(PrintFrame(
            x=x, y=y, width=width, height=height, key=d.key, style=self.filler.style_name(d),
            mode=d.mode, forecolor=d.forecolor, backcolor=d.backcolor, origin=self.origin,
            source_id=self.src_id, print_id=self.prints, properties=props,
            box=d.box if d.box != type(d.box)() else None, elements=children))


def _span_index(axis: Axis, index: int, level: int) -> int:
    """The line where the header of ``level`` covering line ``index`` starts (-1: none)."""
    start = index - 1
    headers = axis.headers[level]
    while start >= 0 and headers[start] is None:
        start -= 1
    if start >= 0:
        h = headers[start]
        assert h is not None
        if h.span > index - start:
            return start
    return -1


def _counts(axis: Axis) -> list[int]:
    out = []
    count = 0
    last = axis.headers[-1] if axis.headers else None
    for i in range(len(axis.lines)):
        h = last[i] if last is not None else None
        if h is not None and not h.total:
            count += 1
        out.append(count)
    return out


def _flag(report: Mapping[str, str], own: Mapping[str, str], name: str, default: bool) -> bool:
    value = own.get(name, report.get(name))
    if value is None:
        return default
    return str(value).strip().lower() == "true"


def _source_of(context: Any) -> Any:
    from ..data.base import DataSource

    value = context.params.get("REPORT_DATA_SOURCE")
    return value if isinstance(value, DataSource) else None


_ = (Mode, CellContents)
