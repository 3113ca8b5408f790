"""The grid layout shared by the table-like exporters (CSV, XLSX, DOCX, HTML).

JasperReports exports a page to a spreadsheet, a word-processor table or a CSV file by
cutting it into rows and columns at the edges of its elements: every left and right edge
of an exported element is a column cut, every top and bottom edge a row cut, and each
element then occupies the cells between its edges.  This module does that, with the same
rules, for every format; what differs per format is its :class:`ExporterNature`:

* which elements it keeps (``kinds`` plus the element filters of
  :func:`element_filter`: ``net.sf.jasperreports.export.<format>.exclude`` on elements,
  ``...exclude.key.*`` and ``...exclude.origin.*`` on the report);
* whether frames are *deep* (their children are laid out in the page's grid, the frame
  only lends its background and the borders of its edge cells to the cells it covers) or
  kept whole (the frame is one cell holding its own nested :class:`GridLayout`);
* whether an element spans all the cells between its edges (``span_cells``: XLSX, DOCX,
  HTML) or only takes the cell at its top-left corner (CSV);
* whether the page's bottom edge is a cut (``ignore_last_row``), whether empty page
  margins are dropped (``ignore_page_margins``) and whether runs of empty cells are merged
  into one cell per row (``horizontally_merge_empty_cells``);
* per-cut properties a format reads back (XLSX: sheet names, freezing, breaks ...), set by
  the ``cut_properties`` hook.

Overlapping elements: the elements are placed topmost first (the reverse of drawing
order); an element whose cells are already taken (any of them with ``span_cells``, else
its top-left one) is left out, as JasperReports does.

Usage of the cuts: a row or column cut is *not empty* when an element starts in it and
*spanned* when an element covers it; formats that remove empty rows or columns
(``net.sf.jasperreports.export.xls.remove.empty.space.between.rows/columns``) and the CSV
writer read these flags (:class:`Cuts`).

Typical use::

    nature = ExporterNature("csv", kinds=(PrintText, PrintFrame), span_cells=False)
    layout = layout_page(document, page.elements, nature,
                         width=document.page_width, height=document.page_height)
    for r, row in enumerate(layout.grid):
        for c, cell in enumerate(row):
            if cell is not None and cell.kind is CellKind.ELEMENT: ...

All pages on one sheet share the column cuts: :func:`calculate_x_cuts` computes them over
the pages once and each page's :func:`layout_page` gets them as ``x_cuts``.

Coordinates are ints in points; grid coordinates are page coordinates plus the offsets
given to :func:`layout_page`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from itertools import compress
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from ..design.base import Color
from ..design.enums import Mode
from ..document import PrintElement, PrintFrame, PrintGeneric

if TYPE_CHECKING:
    from ..document import Document
    from ..styling import ResolvedPen

__all__ = [
    "NOT_EMPTY",
    "SPANNED",
    "BREAK",
    "Cuts",
    "CellKind",
    "CellBorders",
    "GridCell",
    "GridLayout",
    "ExporterNature",
    "layout_page",
    "LayoutMemo",
    "page_starts",
    "Starts",
    "calculate_x_cuts",
    "element_filter",
    "property_true",
]

#: Cut usage flags (:attr:`Cuts.usage`).
NOT_EMPTY = 1  #: an element starts at this cut
SPANNED = 2  #: an element covers the row/column after this cut (span-cells natures)
BREAK = 4  #: a sheet break before this row (XLS break.before/after.row properties)


def property_true(value: str | None) -> bool:
    """A boolean property value as JasperReports reads it (``true``, any case)."""
    return value is not None and value.strip().lower() == "true"


# --- cuts ------------------------------------------------------------------------------------


class Cuts:
    """The sorted cut offsets of one axis, with per-cut usage flags and properties.

    ``offsets[i]`` is the i-th cut; row/column ``i`` lies between cuts ``i`` and ``i+1``.
    ``usage[i]`` ORs :data:`NOT_EMPTY`, :data:`SPANNED`, :data:`BREAK`; ``properties[i]``
    is a dict a nature fills (None until then); ``sheet_properties`` holds values for the
    whole axis (XLS column width ratio)."""

    __slots__ = ("offsets", "usage", "properties", "sheet_properties", "_index")

    def __init__(self, offsets: Iterable[int]) -> None:
        self.offsets: list[int] = sorted(set(offsets))
        self._index = {o: i for i, o in enumerate(self.offsets)}
        self.usage = [0] * len(self.offsets)
        self.properties: list[dict[str, Any] | None] = [None] * len(self.offsets)
        self.sheet_properties: dict[str, Any] = {}

    def __len__(self) -> int:
        return len(self.offsets)

    def __repr__(self) -> str:
        return f"Cuts({self.offsets})"

    def index(self, offset: int) -> int:
        """The index of the cut at ``offset`` (it must be one)."""
        return self._index[offset]

    def size(self, i: int) -> int:
        """The length of row/column ``i`` (between cuts ``i`` and ``i+1``)."""
        return self.offsets[i + 1] - self.offsets[i]

    @property
    def total(self) -> int:
        return self.offsets[-1] - self.offsets[0] if self.offsets else 0

    def is_not_empty(self, i: int) -> bool:
        return bool(self.usage[i] & NOT_EMPTY)

    def is_spanned(self, i: int) -> bool:
        return bool(self.usage[i] & SPANNED)

    def is_break(self, i: int) -> bool:
        return bool(self.usage[i] & BREAK)

    def get(self, i: int, name: str, default: Any = None) -> Any:
        props = self.properties[i]
        return default if props is None else props.get(name, default)

    def put(self, i: int, name: str, value: Any) -> None:
        props = self.properties[i]
        if props is None:
            props = self.properties[i] = {}
        props[name] = value


# --- cells -----------------------------------------------------------------------------------


class CellKind(IntEnum):
    EMPTY = 0
    ELEMENT = 1
    #: covered by an element cell that starts in another row/column (``GridCell.owner``)
    OCCUPIED = 2


@dataclass(frozen=True, slots=True)
class CellBorders:
    """Borders a cell takes from the edges of the deep frames around it: a side is the
    frame's resolved pen, or None where no enclosing frame edge draws one (the cell's
    element keeps its own border there)."""

    top: ResolvedPen | None = None
    left: ResolvedPen | None = None
    bottom: ResolvedPen | None = None
    right: ResolvedPen | None = None


@dataclass(slots=True, eq=False)
class GridCell:
    """A cell of a :class:`GridLayout` that is not a plain empty one.

    ELEMENT cells hold ``element`` at grid position ``x``/``y`` (its page position plus
    the frame and layout offsets), its own ``width``/``height``, and the spans (always 1
    for natures without ``span_cells``).  OCCUPIED cells point to the ELEMENT cell
    covering them (``owner``).  EMPTY cells exist only when a deep frame gives them a
    background or borders.  ``backcolor`` (from an opaque deep frame), ``forecolor`` and
    ``borders`` come from the deep frames around the cell; ``frames`` lists those frames,
    outermost first.  ``layout`` is the nested grid of a frame that is not deep."""

    kind: CellKind
    width: int
    height: int
    col_span: int = 1
    row_span: int = 1
    element: PrintElement | None = None
    x: int = 0
    y: int = 0
    backcolor: Color | None = None
    forecolor: Color | None = None
    borders: CellBorders | None = None
    frames: tuple[PrintFrame, ...] = ()
    owner: GridCell | None = None
    layout: GridLayout | None = None

    @property
    def is_empty(self) -> bool:
        """True for an EMPTY cell without background or frame borders (what an element
        may be placed over)."""
        return self.kind is CellKind.EMPTY and self.backcolor is None and self.borders is None


# --- natures ---------------------------------------------------------------------------------


ElementFilter = Callable[[PrintElement], bool]
#: ``(x_cuts, y_cuts, element, row1, col1, row2, col2)`` called for each placed element that
#: has properties.
CutPropertiesHook = Callable[[Cuts, Cuts, PrintElement, int, int, int, int], None]


@dataclass(slots=True)
class ExporterNature:
    """What a format keeps of a page and how its grid is built (JasperReports'
    ``ExporterNature``).  ``kinds``: the print element classes exported (frames must be
    among them to be laid out at all); ``keep``: a further test (the element filters of
    :func:`element_filter`, a format's own rules), None keeps all; ``deep``: frames are
    flattened into the page grid (a bool, or a test per frame); ``break_before``/
    ``break_after``: the element properties that put a sheet break before/after its row
    (XLS); ``cut_properties``: called for every placed element with properties (XLS sheet
    options)."""

    name: str
    kinds: tuple[type, ...]
    keep: ElementFilter | None = None
    deep: bool | Callable[[PrintFrame], bool] = True
    span_cells: bool = True
    ignore_last_row: bool = False
    horizontally_merge_empty_cells: bool = False
    ignore_page_margins: bool = False
    break_before: str | None = None
    break_after: str | None = None
    cut_properties: CutPropertiesHook | None = None

    def is_to_export(self, element: PrintElement) -> bool:
        return isinstance(element, self.kinds) and (self.keep is None or self.keep(element))

    def is_deep(self, frame: PrintFrame) -> bool:
        deep = self.deep
        return deep if isinstance(deep, bool) else deep(frame)


def element_filter(document: Document, prefix: str) -> ElementFilter:
    """JasperReports' default element filters for the exporter whose properties start with
    ``prefix`` (e.g. ``net.sf.jasperreports.export.csv.``), as one test (an element's own
    properties may exclude it even when the report sets no filter):

    * an element whose ``<prefix>exclude`` property (else
      ``net.sf.jasperreports.export.default.exclude``) is true is left out;
    * ``<prefix>exclude.key.<name>`` report properties: elements with that key (the
      property's value, or the suffix when the value is empty) are left out;
    * ``<prefix>exclude.origin.band.<name>`` (with optional ``...origin.group.<name>`` and
      ``...origin.report.<name>``): elements from that band (of that group/subreport)
      are left out.
    """
    props = document.properties
    keys: set[str] = set()
    origins: list[tuple[str, str | None, str | None]] = []
    key_prefix = prefix + "exclude.key."
    band_prefix = prefix + "exclude.origin.band."
    for name, value in props.items():
        if name.startswith(key_prefix):
            keys.add(value or name[len(key_prefix):])
        elif name.startswith(band_prefix) and value:
            suffix = name[len(band_prefix):]
            origins.append((value, props.get(prefix + "exclude.origin.group." + suffix),
                            props.get(prefix + "exclude.origin.report." + suffix)))
    exclude_property = prefix + "exclude"
    default_exclude = "net.sf.jasperreports.export.default.exclude"

    def keep(element: PrintElement) -> bool:
        p = element.properties
        if p:
            value = p.get(exclude_property)
            if value is None:
                value = p.get(default_exclude)
            if property_true(value):
                return False
        if keys and element.key in keys:
            return False
        if origins and element.origin is not None:
            o = element.origin
            for band, group, report in origins:
                if o.band == band and (group is None or o.group == group) and (report is None or o.report == report):
                    return False
        return True

    return keep


# --- the layout ------------------------------------------------------------------------------


class GridLayout:
    """The grid of one page (or of a frame kept whole).

    ``grid[row][col]`` is a :class:`GridCell`, or None for a plain empty cell (its size is
    ``column_width(col)`` × ``row_height(row)``).  ``x_cuts``/``y_cuts`` are the cuts
    (``len(x_cuts) - 1`` columns); ``width``/``height`` the grid's extent."""

    __slots__ = ("nature", "document", "grid", "starts", "x_cuts", "y_cuts", "width", "height", "offset_x",
                 "offset_y", "_nested", "_margins", "_x_spans", "_y_spans", "_row_cells")

    def __init__(
        self,
        document: Document,
        elements: Sequence[PrintElement],
        nature: ExporterNature,
        width: int,
        height: int,
        offset_x: int = 0,
        offset_y: int = 0,
        x_cuts: Cuts | None = None,
        nested: bool = False,
        starts_only: bool = False,
    ) -> None:
        self.nature = nature
        self.document = document
        self.width = width
        self.height = height
        self.offset_x = offset_x
        self.offset_y = offset_y
        self._nested = nested
        #: with ``starts_only``: row -> {column: element} of the elements placed (the grid
        #: itself is not built: ``grid`` is empty)
        self.starts: dict[int, dict[int, PrintElement]] = {}
        self._row_cells: list[list[tuple[int, GridCell]]] | None = None
        self._build(elements, x_cuts, starts_only)

    # -- building ------------------------------------------------------------------------

    def _padding(self, frame: PrintFrame) -> tuple[int, int]:
        """The frame's left and top padding (its box's, else its style's)."""
        box = self.document.resolved(frame).box
        return box.left_padding, box.top_padding

    def _build(self, elements: Sequence[PrintElement], x_cuts: Cuts | None, starts_only: bool) -> None:
        nature = self.nature
        width, height = self.width, self.height
        create_x = x_cuts is None
        xs: set[int] = {0} if create_x else set()
        ys: set[int] = {0} if nature.ignore_last_row else {0, height}
        drop_left = drop_top = drop_bottom = drop_right = False
        if not self._nested and nature.ignore_page_margins:
            drop_left, drop_right, drop_top, drop_bottom = self._empty_margins(elements)
            if drop_left and create_x:
                xs.discard(0)
            if drop_top:
                ys.discard(0)
            if drop_bottom:
                ys.discard(height)
        entries = self._add_cuts(elements, self.offset_x, self.offset_y, xs if create_x else None, ys)
        if create_x:
            if self._nested or (not (nature.ignore_page_margins and drop_right) and not (xs and max(xs) >= width)):
                xs.add(width)
            x_cuts = Cuts(xs)
        assert x_cuts is not None
        y_cuts = Cuts(ys)
        self.x_cuts, self.y_cuts = x_cuts, y_cuts
        rows = max(len(y_cuts) - 1, 0)
        cols = max(len(x_cuts) - 1, 0)
        if starts_only:
            self.grid: list[list[GridCell | None]] = []
            self._place_starts(entries, set(), cols + 1)
        else:
            self.grid = [[None] * cols for _ in range(rows)]
            if nature.span_cells:
                # where spanning elements start (+1) and end (-1) on each axis, turned into
                # the SPANNED flags once all are placed (cheaper than flagging every cut)
                self._x_spans = [0] * len(x_cuts)
                self._y_spans = [0] * len(y_cuts)
            self._place(entries, 0, 0, rows, cols, ())
            if nature.span_cells:
                _flag_spanned(x_cuts.usage, self._x_spans)
                _flag_spanned(y_cuts.usage, self._y_spans)
        self.width = x_cuts.total
        self.height = y_cuts.total

    def _empty_margins(self, elements: Sequence[PrintElement]) -> tuple[bool, bool, bool, bool]:
        left = right = top = bottom = True
        is_to_export = self.nature.is_to_export
        for el in elements:
            if is_to_export(el):
                if el.x <= 0:
                    left = False
                if el.x >= self.width - el.width:
                    right = False
                if el.y <= 0:
                    top = False
                if el.y >= self.height - el.height:
                    bottom = False
        return left, right, top, bottom

    def _add_cuts(self, elements: Sequence[PrintElement], ox: int, oy: int, xs: set[int] | None,
                  ys: set[int]) -> list[_Entry]:
        """Add the cuts of the exported elements; returns them as ``(element, x, y,
        children)`` in drawing order, ``children`` the entries of a deep frame."""
        nature = self.nature
        kinds, keep = nature.kinds, nature.keep
        deep = nature.deep
        entries: list[_Entry] = []
        add_y = ys.add
        for el in elements:
            if not isinstance(el, kinds) or (keep is not None and not keep(el)):
                continue
            x = el.x + ox
            y = el.y + oy
            if xs is not None:
                xs.add(x)
                xs.add(x + el.width)
            add_y(y)
            add_y(y + el.height)
            children = None
            if isinstance(el, PrintFrame) and (deep if isinstance(deep, bool) else deep(el)):
                left, top = self._padding(el)
                children = self._add_cuts(el.elements, x + left, y + top, xs, ys)
            entries.append((el, x, y, children))
        return entries

    def _place(
        self,
        entries: list[_Entry],
        start_row: int,
        start_col: int,
        end_row: int,
        end_col: int,
        frames: tuple[PrintFrame, ...],
    ) -> None:
        nature = self.nature
        x_index = self.x_cuts._index
        y_index = self.y_cuts._index
        grid = self.grid
        span = nature.span_cells
        for el, x, y, children in reversed(entries):
            col1 = x_index[x]
            row1 = y_index[y]
            col2 = x_index[x + el.width]
            row2 = y_index[y + el.height]
            # overlap: the cells are taken by an element placed before (drawn above)
            if span:
                taken = False
                n = col2 - col1
                if n > 0:
                    for r in range(row1, row2):
                        cells = grid[r][col1:col2]
                        if cells.count(None) != n and any(
                                c is not None and (c.kind is not _EMPTY or c.backcolor is not None
                                                   or c.borders is not None) for c in cells):
                            taken = True  # a cell that is not is_empty
                            break
            else:
                cell = grid[row1][col1] if row1 < len(grid) and col1 < len(grid[row1]) else None
                taken = cell is not None and not cell.is_empty
            if taken:
                continue
            if children is not None:
                inner = frames + (el,)  # type: ignore[operator]
                self._place(children, row1, col1, row2, col2, inner)
                self._style_frame_cells(el, row1, col1, row2, col2, inner)  # type: ignore[arg-type]
            else:
                self._set_element(el, x, y, row1, col1, row2, col2, frames)
        if nature.horizontally_merge_empty_cells:
            self._merge_empty_cells(start_row, start_col, end_row, end_col)

    def _place_starts(self, entries: list[_Entry], taken: set[int], stride: int) -> None:
        """:meth:`_place` for natures whose elements take only their top-left cell, keeping
        only which element starts in which cell (``starts``) and the cuts' usage: ``taken``
        holds the cells (``row * stride + col``, ``stride`` the number of column cuts) an element or a deep frame's look (its
        background, its edge cells) already covers, which hide the elements below."""
        x_index = self.x_cuts._index
        y_index = self.y_cuts._index
        x_usage, y_usage = self.x_cuts.usage, self.y_cuts.usage
        starts = self.starts
        for el, x, y, children in reversed(entries):
            col1 = x_index[x]
            row1 = y_index[y]
            key = row1 * stride + col1
            if key in taken:
                continue
            col2 = x_index[x + el.width]
            row2 = y_index[y + el.height]
            if children is not None:
                self._place_starts(children, taken, stride)
                # the cells _style_frame_cells gives a look: all with a background, else
                # the edge rows and columns
                resolved = self.document.resolved(el)
                if resolved.mode is Mode.OPAQUE and resolved.backcolor is not None:
                    for r in range(row1, row2):
                        base = r * stride
                        taken.update(range(base + col1, base + col2))
                elif row2 > row1 and col2 > col1:
                    for r in (row1, row2 - 1):
                        base = r * stride
                        taken.update(range(base + col1, base + col2))
                    for r in range(row1 + 1, row2 - 1):
                        base = r * stride
                        taken.add(base + col1)
                        taken.add(base + col2 - 1)
                continue
            y_usage[row1] |= NOT_EMPTY
            x_usage[col1] |= NOT_EMPTY
            if col2 > col1 and row2 > row1:
                taken.add(key)
                row = starts.get(row1)
                if row is None:
                    row = starts[row1] = {}
                row[col1] = el

    def _set_element(
        self, el: PrintElement, x: int, y: int, row1: int, col1: int, row2: int, col2: int,
        frames: tuple[PrintFrame, ...],
    ) -> None:
        nature = self.nature
        y_usage = self.y_cuts.usage
        y_usage[row1] |= NOT_EMPTY
        self.x_cuts.usage[col1] |= NOT_EMPTY
        width, height = el.width, el.height
        placed = col2 > col1 and row2 > row1
        grid = self.grid
        if nature.span_cells:
            col_span = col2 - col1
            row_span = row2 - row1
            cell = GridCell(_ELEMENT, width, height, col_span, row_span, el, x, y, frames=frames)
            x_spans, y_spans = self._x_spans, self._y_spans
            x_spans[col1] += 1
            x_spans[col2] -= 1
            y_spans[row1] += 1
            y_spans[row2] -= 1
            if placed and col_span == 1 and row_span == 1:
                grid[row1][col1] = cell
            elif placed:
                # the element's cell, then the cells it covers pointing to it
                covered = GridCell(_OCCUPIED, width, height, owner=cell)
                grid[row1][col1:col2] = [cell] + [covered] * (col_span - 1)
                if row_span > 1:
                    run = [covered] * col_span
                    for r in range(row1 + 1, row2):
                        grid[r][col1:col2] = run
        else:
            row_span = 1
            cell = GridCell(_ELEMENT, width, height, 1, 1, el, x, y, frames=frames)
            if placed:
                grid[row1][col1] = cell
        props = el.properties
        if props:
            if nature.cut_properties is not None:
                nature.cut_properties(self.x_cuts, self.y_cuts, el, row1, col1, row2, col2)
            if placed:
                if nature.break_before and property_true(props.get(nature.break_before)):
                    y_usage[row1] |= BREAK
                if nature.break_after and property_true(props.get(nature.break_after)):
                    y_usage[row1 + row_span] |= BREAK
        if placed and isinstance(el, PrintFrame):
            cell.layout = GridLayout(self.document, el.elements, nature, width, height, nested=True)

    def _style_frame_cells(
        self, frame: PrintFrame, row1: int, col1: int, row2: int, col2: int, frames: tuple[PrintFrame, ...],
    ) -> None:
        resolved = self.document.resolved(frame)
        backcolor = resolved.backcolor if resolved.mode is Mode.OPAQUE else None
        forecolor = resolved.forecolor
        box = resolved.box
        grid = self.grid
        x_size = self.x_cuts.size
        y_size = self.y_cuts.size
        for r in range(row1, row2):
            row = grid[r]
            edge_row = r == row1 or r == row2 - 1
            for c in range(col1, col2):
                cell = row[c]
                if cell is None:
                    if backcolor is None and not edge_row and c != col1 and c != col2 - 1:
                        continue  # an inner cell the frame gives nothing that counts
                    cell = row[c] = GridCell(CellKind.EMPTY, x_size(c), y_size(r), frames=frames)
                elif cell.kind is CellKind.OCCUPIED:
                    continue
                if cell.backcolor is None and backcolor is not None:
                    cell.backcolor = backcolor
                if cell.forecolor is None:
                    cell.forecolor = forecolor
                keep_left = c == col1
                keep_right = c == col2 - cell.col_span
                keep_top = r == row1
                keep_bottom = r == row2 - cell.row_span
                if keep_left or keep_right or keep_top or keep_bottom:
                    old = cell.borders or _NO_BORDERS
                    cell.borders = CellBorders(
                        top=box.top_pen if keep_top and box.top_pen.line_width > 0 else old.top,
                        left=box.left_pen if keep_left and box.left_pen.line_width > 0 else old.left,
                        bottom=box.bottom_pen if keep_bottom and box.bottom_pen.line_width > 0 else old.bottom,
                        right=box.right_pen if keep_right and box.right_pen.line_width > 0 else old.right,
                    )

    def _merge_empty_cells(self, start_row: int, start_col: int, end_row: int, end_col: int) -> None:
        grid = self.grid
        x_size = self.x_cuts.size
        y_size = self.y_cuts.size
        for r in range(start_row, end_row):
            row = grid[r]
            run_start = -1
            run_width = 0
            for c in range(start_col, end_col + 1):
                cell = row[c] if c < end_col else _STOP
                if c < end_col and (cell is None or cell.is_empty):
                    if run_start < 0:
                        run_start = c
                    run_width += x_size(c)
                    continue
                if run_start >= 0 and c - run_start > 1:
                    first = row[run_start]
                    merged = GridCell(CellKind.EMPTY, run_width, y_size(r), col_span=c - run_start)
                    if first is not None:
                        merged.forecolor, merged.frames = first.forecolor, first.frames
                    row[run_start] = merged
                run_start = -1
                run_width = 0

    # -- reading -------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self.grid)

    @property
    def column_count(self) -> int:
        return max(len(self.x_cuts) - 1, 0)

    def column_width(self, col: int) -> int:
        return self.x_cuts.size(col)

    def row_height(self, row: int) -> int:
        return self.y_cuts.size(row)

    def cell_height(self, row: int) -> int:
        """The height JasperReports gives a spreadsheet row: that of the row's first cell
        spanning one row (OCCUPIED cells skipped), else of its cell with the fewest rows."""
        best: GridCell | None = None
        cells = self.grid[row]
        for cell in cells:
            if cell is None:
                return self.y_cuts.size(row)
            if cell.kind is CellKind.OCCUPIED:
                continue
            if cell.row_span == 1:
                return cell.height
            if best is None or cell.row_span < best.row_span:
                best = cell
        return best.height if best is not None else self.y_cuts.size(row)

    def max_row_height(self, row: int) -> int:
        """The tallest cell starting in ``row`` (OCCUPIED cells skipped)."""
        height = self.y_cuts.size(row)
        for cell in self.grid[row]:
            if cell is not None and cell.kind is not CellKind.OCCUPIED and cell.height > height:
                height = cell.height
        return height

    def row_cells(self) -> list[list[tuple[int, GridCell]]]:
        """Per row, the ``(column, cell)`` of its ELEMENT cells and its EMPTY cells with a
        look (neither plain empty nor OCCUPIED cells): what a writer visits.  Worked out once
        per layout (a :class:`LayoutMemo`'s layout serves every page of its geometry with
        the same cell objects)."""
        rows = self._row_cells
        if rows is None:
            rows = self._row_cells = []
            for row in self.grid:
                cells: list[tuple[int, GridCell]] = []
                for c in compress(range(len(row)), row):  # the cells that are not None
                    cell: GridCell = row[c]  # type: ignore[assignment]  # (compress: not None)
                    kind = cell.kind
                    if kind is _ELEMENT or (kind is _EMPTY and (cell.backcolor is not None
                                                                or cell.borders is not None)):
                        cells.append((c, cell))
                rows.append(cells)
        return rows

    def element_cells(self) -> Iterable[tuple[int, int, GridCell]]:
        """``(row, col, cell)`` of every ELEMENT cell, row by row."""
        for r, row in enumerate(self.grid):
            for c, cell in enumerate(row):
                if cell is not None and cell.kind is CellKind.ELEMENT:
                    yield r, c, cell


_NO_BORDERS = CellBorders()
_EMPTY = CellKind.EMPTY
_ELEMENT = CellKind.ELEMENT
_OCCUPIED = CellKind.OCCUPIED


def _flag_spanned(usage: list[int], spans: list[int]) -> None:
    """Flag SPANNED the rows/columns covered by an element, ``spans`` holding +1 at the
    cut where each element starts and -1 where it ends."""
    depth = 0
    for i, delta in enumerate(spans):
        depth += delta
        if depth > 0:
            usage[i] |= SPANNED


_Entry = tuple  # (element, x, y, children: list[_Entry] | None)


_STOP = GridCell(CellKind.ELEMENT, 0, 0)


def layout_page(
    document: Document,
    elements: Sequence[PrintElement],
    nature: ExporterNature,
    *,
    width: int,
    height: int,
    offset_x: int = 0,
    offset_y: int = 0,
    x_cuts: Cuts | None = None,
) -> GridLayout:
    """The grid of a page's ``elements`` (``width``×``height``: the page size).
    ``x_cuts``: column cuts shared by several pages (:func:`calculate_x_cuts`); their
    usage flags then accumulate over the pages, as on one sheet."""
    return GridLayout(document, elements, nature, width, height, offset_x, offset_y, x_cuts)


_GEOMETRY = attrgetter("__class__", "x", "y", "width", "height")


class LayoutMemo:
    """The grids of one export's pages, reused for later pages of the same geometry.

    Long reports repeat a few page shapes (a full page of detail rows, the last one with
    the summary ...): :meth:`layout_page` lays out a page as :func:`layout_page` does, but
    when an earlier page had the same geometry it gives back that page's layout with the
    new page's elements put into its cells instead of laying the page out again.

    What a layout depends on, and so the memo's key: the page size, the offsets, the
    shared column cuts (the same :class:`Cuts` object: the usage flags a geometry sets on
    them are set by its first layout already, and flags only accumulate), and per exported
    element (the nature's kinds and filter) its class, position and size.  Pages the key
    does not describe are laid out every time: those with an exported frame (its look,
    padding and children shape the grid) or an exported element with properties (the
    nature's cut properties and sheet breaks read them).

    A layout from the memo is the same object for every page of its geometry, its ELEMENT
    cells rebound to the current page's elements: it is valid until the memo's next call.
    The memo keeps at most ``limit`` layouts (the oldest is dropped)."""

    __slots__ = ("document", "nature", "limit", "_layouts")

    def __init__(self, document: Document, nature: ExporterNature, limit: int = 256) -> None:
        self.document = document
        self.nature = nature
        self.limit = limit
        #: key -> (layout, its ELEMENT cells each with the index of its element among the
        #: page's exported elements)
        self._layouts: dict[tuple, tuple[GridLayout, tuple[tuple[GridCell, int], ...]]] = {}

    def layout_page(
        self,
        elements: Sequence[PrintElement],
        *,
        width: int,
        height: int,
        offset_x: int = 0,
        offset_y: int = 0,
        x_cuts: Cuts | None = None,
    ) -> GridLayout:
        """:func:`layout_page` of a page, from the memo when an earlier page had its geometry."""
        nature = self.nature
        kinds, keep = nature.kinds, nature.keep
        exported: list[PrintElement] = []
        add = exported.append
        for el in elements:
            if isinstance(el, kinds) and (keep is None or keep(el)):
                if el.properties or isinstance(el, PrintFrame):
                    return GridLayout(self.document, elements, nature, width, height, offset_x, offset_y, x_cuts)
                add(el)
        key = (width, height, offset_x, offset_y, x_cuts, *map(_GEOMETRY, exported))
        layouts = self._layouts
        hit = layouts.get(key)
        if hit is not None:
            layout, cells = hit
            for cell, i in cells:
                cell.element = exported[i]
            return layout
        layout = GridLayout(self.document, exported, nature, width, height, offset_x, offset_y, x_cuts)
        position = {id(el): i for i, el in enumerate(exported)}
        if len(layouts) >= self.limit:
            del layouts[next(iter(layouts))]
        layouts[key] = (layout, tuple((cell, position[id(cell.element)]) for _, _, cell in layout.element_cells()))
        return layout


@dataclass(slots=True)
class Starts:
    """Where the elements of a page start, for natures whose elements take only the cell
    at their top-left corner (CSV): what :func:`page_starts` gives.

    ``xs``/``ys`` are the offsets (grid coordinates), ascending, of the columns and rows
    in which some element starts (an element of no width or height starts a column and a
    row but holds no cell; the grid's last cuts start none); ``rows[y][x]`` is the element
    holding the cell starting at ``(x, y)``."""

    xs: list[int]
    ys: list[int]
    rows: dict[int, dict[int, PrintElement]]


def page_starts(
    document: Document,
    elements: Sequence[PrintElement],
    nature: ExporterNature,
    *,
    width: int,
    height: int,
    offset_x: int = 0,
    offset_y: int = 0,
) -> Starts:
    """Which element starts in which cell of the page's grid, for a nature without
    ``span_cells``, empty cell merging, cut properties or breaks (CSV): the elements the
    grid of :func:`layout_page` places, found several times quicker from the element
    offsets alone.  A cell is where an element starts, the topmost element starting there
    takes it, and a deep frame's look hides the elements below it in the cells it covers
    (all of them when it has a background, else its edge cells).  Whether a cell inside a
    frame without background is an edge cell (its last row or column) depends on every cut
    of the page: when an element below such a frame starts there, the page is laid out by
    the grid's own placement."""
    if (nature.span_cells or nature.horizontally_merge_empty_cells or nature.cut_properties
            or nature.break_before or nature.break_after):
        raise ValueError(f"page_starts for the {nature.name} nature, which needs the grid")
    def from_the_grid() -> Starts:
        return _grid_starts(document, elements, nature, width, height, offset_x, offset_y)

    if nature.ignore_page_margins:  # (the margins dropped move the last cuts: see below)
        return from_the_grid()
    finder = _StartsFinder(document, nature)
    try:
        finder.place(elements, offset_x, offset_y)
    except _NeedsCuts:
        return from_the_grid()
    rows = finder.rows
    xs = sorted(finder.xs.union(*rows.values()))
    ys = sorted(finder.ys.union(rows))
    if (xs and xs[-1] >= width) or (ys and ys[-1] >= height):
        # an element may start on the grid's last cut, which starts no row or column:
        # only the cuts tell
        return from_the_grid()
    return Starts(xs, ys, rows)


class _NeedsCuts(Exception):
    """An element starts inside a frame's look where only the page's cuts tell whether it
    is hidden."""


class _StartsFinder:
    """The state of :func:`page_starts`: the cells found (``rows``), the offsets of the
    elements of no width or height (``xs``/``ys``), and the looks of the deep frames placed,
    as ``(left, top, right, bottom, opaque)``."""

    __slots__ = ("document", "nature", "xs", "ys", "rows", "looks")

    def __init__(self, document: Document, nature: ExporterNature) -> None:
        self.document = document
        self.nature = nature
        self.xs: set[int] = set()
        self.ys: set[int] = set()
        self.rows: dict[int, dict[int, PrintElement]] = {}
        self.looks: list[tuple[int, int, int, int, bool]] = []

    def place(self, elements: Sequence[PrintElement], ox: int, oy: int) -> None:
        nature = self.nature
        kinds, keep, deep = nature.kinds, nature.keep, nature.deep
        xs, ys, rows, looks = self.xs, self.ys, self.rows, self.looks
        for el in reversed(elements):  # topmost first
            if not isinstance(el, kinds) or (keep is not None and not keep(el)):
                continue
            x = el.x + ox
            y = el.y + oy
            row = rows.get(y)
            if (row is not None and x in row) or (looks and self._hidden(x, y)):
                continue
            w, h = el.width, el.height
            if isinstance(el, PrintFrame) and (deep if isinstance(deep, bool) else deep(el)):
                resolved = self.document.resolved(el)
                self.place(el.elements, x + resolved.box.left_padding, y + resolved.box.top_padding)
                if w > 0 and h > 0:
                    looks.append((x, y, x + w, y + h,
                                  resolved.mode is Mode.OPAQUE and resolved.backcolor is not None))
                continue
            if w > 0 and h > 0:
                if row is None:
                    row = rows[y] = {}
                row[x] = el
            else:
                xs.add(x)  # (the cells' offsets are added once all are placed)
                ys.add(y)

    def _hidden(self, x: int, y: int) -> bool:
        for left, top, right, bottom, opaque in self.looks:
            if left <= x < right and top <= y < bottom:
                if opaque or x == left or y == top:
                    return True
                raise _NeedsCuts
        return False


def _grid_starts(document: Document, elements: Sequence[PrintElement], nature: ExporterNature, width: int,
                 height: int, offset_x: int, offset_y: int) -> Starts:
    """:func:`page_starts` of a page with deep frames, through the grid's placement."""
    layout = GridLayout(document, elements, nature, width, height, offset_x, offset_y, starts_only=True)
    x_offsets, y_offsets = layout.x_cuts.offsets, layout.y_cuts.offsets
    return Starts([x_offsets[c] for c, use in enumerate(layout.x_cuts.usage[:-1]) if use & NOT_EMPTY],
                  [y_offsets[r] for r, use in enumerate(layout.y_cuts.usage[:-1]) if use & NOT_EMPTY],
                  {y_offsets[r]: {x_offsets[c]: el for c, el in row.items()} for r, row in layout.starts.items()})


def calculate_x_cuts(
    document: Document,
    page_indexes: Iterable[int],
    nature: ExporterNature,
    offset_x: int = 0,
    width: int | None = None,
) -> Cuts:
    """The column cuts of several pages on one sheet: every exported element's left and
    right edge on those pages (children of every frame included), 0, and the page width
    when no element reaches it (not for reports with parts, whose pages differ)."""
    xs: set[int] = {0}
    add_x = xs.add
    kinds, keep = nature.kinds, nature.keep  # nature.is_to_export, without a call per element

    def add(elements: Sequence[PrintElement], ox: int) -> None:
        for el in elements:
            if isinstance(el, kinds) and (keep is None or keep(el)):
                x = el.x + ox
                add_x(x)
                add_x(x + el.width)
                if isinstance(el, PrintFrame):
                    left = document.resolved(el).box.left_padding if (el.box is not None or el.style is not None
                                                                      or document.default_style is not None) else 0
                    add(el.elements, x + left)

    for index in page_indexes:
        add(document.pages[index].elements, offset_x)
    if not document.parts:
        page_width = document.page_width if width is None else width
        if max(xs) < page_width:
            xs.add(page_width)
    return Cuts(xs)


def is_generic(element: PrintElement) -> bool:
    return isinstance(element, PrintGeneric)
