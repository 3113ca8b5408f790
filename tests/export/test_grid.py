"""The shared grid layout (jrxmlpy.export.grid) on hand-built pages."""

from __future__ import annotations

from jrxmlpy.design.base import Box, Color, Pen
from jrxmlpy.design.enums import Mode
from jrxmlpy.document import Document, Page, PrintFrame, PrintLine, PrintRectangle, PrintText
from jrxmlpy.export.grid import (
    BREAK,
    NOT_EMPTY,
    SPANNED,
    CellKind,
    ExporterNature,
    _grid_starts,  # noqa: PLC2701 - the grid way, tested on its own
    calculate_x_cuts,
    element_filter,
    layout_page,
    page_starts,
)

SPAN = ExporterNature("xlsx", kinds=(PrintText, PrintFrame, PrintLine, PrintRectangle))
NO_SPAN = ExporterNature("csv", kinds=(PrintText, PrintFrame), span_cells=False)


def doc(*elements, width=200, height=100, **props) -> Document:
    return Document(page_width=width, page_height=height, pages=[Page(list(elements))], properties=dict(props))


def text(x, y, w, h, value="t", **kw) -> PrintText:
    return PrintText(x=x, y=y, width=w, height=h, text=value, **kw)


def layout(d: Document, nature=SPAN, **kw):
    return layout_page(d, d.pages[0].elements, nature, width=d.page_width, height=d.page_height, **kw)


def test_cuts_at_element_edges_and_page_edges():
    d = doc(text(10, 20, 50, 10, "a"), text(60, 20, 40, 10, "b"))
    lay = layout(d)
    assert lay.x_cuts.offsets == [0, 10, 60, 100, 200]
    assert lay.y_cuts.offsets == [0, 20, 30, 100]
    assert (lay.row_count, lay.column_count) == (3, 4)
    cells = {(r, c): cell.element.text for r, c, cell in lay.element_cells()}
    assert cells == {(1, 1): "a", (1, 2): "b"}
    assert lay.column_width(1) == 50 and lay.row_height(1) == 10
    assert lay.y_cuts.usage[1] & NOT_EMPTY and not lay.y_cuts.usage[0] & NOT_EMPTY
    assert lay.x_cuts.is_not_empty(1) and lay.x_cuts.is_not_empty(2) and not lay.x_cuts.is_not_empty(3)


def test_spans_and_occupied_cells():
    d = doc(text(0, 0, 100, 20, "wide"), text(0, 20, 50, 10, "l"), text(50, 20, 50, 10, "r"))
    lay = layout(d)
    wide = lay.grid[0][0]
    assert wide.kind is CellKind.ELEMENT and (wide.col_span, wide.row_span) == (2, 1)
    occ = lay.grid[0][1]
    assert occ.kind is CellKind.OCCUPIED and occ.owner is wide
    assert lay.x_cuts.usage[1] & SPANNED


def test_without_spans_only_the_top_left_cell_is_taken():
    d = doc(text(0, 0, 100, 20, "wide"), text(0, 20, 50, 10, "l"), text(50, 20, 50, 10, "r"))
    lay = layout(d, NO_SPAN)
    wide = lay.grid[0][0]
    assert (wide.col_span, wide.row_span) == (1, 1)
    assert lay.grid[0][1] is None


def test_overlap_topmost_element_wins():
    under = text(0, 0, 100, 20, "under")
    over = text(0, 0, 100, 20, "over")
    lay = layout(doc(under, over))
    assert [c.element.text for _, _, c in lay.element_cells()] == ["over"]
    # partly covered: with spans the element below is left out
    lay = layout(doc(text(0, 0, 100, 20, "under"), text(50, 10, 100, 20, "over")))
    assert [c.element.text for _, _, c in lay.element_cells()] == ["over"]


def test_deep_frame_children_in_page_grid_with_padding_and_frame_style():
    child = text(5, 5, 40, 10, "in")
    frame = PrintFrame(x=20, y=10, width=100, height=50, mode=Mode.OPAQUE, backcolor=Color(255, 0, 0),
                       box=Box(left_padding=3, top_padding=2, pen=Pen(line_width=1.0)), elements=[child])
    lay = layout(doc(frame))
    r, c, cell = next(iter(lay.element_cells()))
    assert (cell.x, cell.y) == (28, 17)
    assert cell.element is child and cell.frames == (frame,)
    assert cell.backcolor == Color(255, 0, 0)
    # the frame's corner cell is an empty cell with the frame's background and borders
    corner = lay.grid[lay.y_cuts.index(10)][lay.x_cuts.index(20)]
    assert corner.kind is CellKind.EMPTY and corner.backcolor == Color(255, 0, 0)
    assert corner.borders.top.line_width == 1.0 and corner.borders.left.line_width == 1.0
    assert corner.borders.right is None


def test_frame_not_deep_is_one_cell_with_nested_grid():
    frame = PrintFrame(x=0, y=0, width=100, height=50, elements=[text(10, 10, 30, 10, "n")])
    nature = ExporterNature("docx", kinds=(PrintText, PrintFrame), deep=False)
    lay = layout(doc(frame), nature)
    cell = lay.grid[0][0]
    assert cell.element is frame and cell.layout is not None
    nested = cell.layout
    assert nested.x_cuts.offsets == [0, 10, 40, 100]
    assert [c.element.text for _, _, c in nested.element_cells()] == ["n"]


def test_kinds_and_exclude_filters():
    d = doc(text(0, 0, 10, 10, "keep"), text(20, 0, 10, 10, "no", properties={"net.sf.jasperreports.export.csv.exclude": "true"}),
            text(40, 0, 10, 10, "key", key="k1"), PrintLine(x=60, y=0, width=10, height=1),
            **{"net.sf.jasperreports.export.csv.exclude.key.a": "k1"})
    nature = ExporterNature("csv", kinds=(PrintText, PrintFrame), keep=element_filter(d, "net.sf.jasperreports.export.csv."),
                            span_cells=False)
    lay = layout(d, nature)
    assert [c.element.text for _, _, c in lay.element_cells()] == ["keep"]
    assert lay.x_cuts.offsets == [0, 10, 200]


def test_ignore_page_margins_and_last_row():
    d = doc(text(10, 10, 50, 10, "a"))
    nature = ExporterNature("x", kinds=(PrintText,), ignore_page_margins=True)
    lay = layout(d, nature)
    assert lay.x_cuts.offsets == [10, 60] and lay.y_cuts.offsets == [10, 20]
    nature = ExporterNature("x", kinds=(PrintText,), ignore_last_row=True)
    assert layout(d, nature).y_cuts.offsets == [0, 10, 20]


def test_shared_x_cuts_over_pages_and_breaks():
    d = Document(page_width=200, page_height=100, pages=[
        Page([text(0, 0, 50, 10, "p1")]),
        Page([text(30, 0, 50, 10, "p2", properties={"net.sf.jasperreports.export.xls.break.before.row": "true"})]),
    ])
    nature = ExporterNature("xlsx", kinds=(PrintText,), break_before="net.sf.jasperreports.export.xls.break.before.row")
    xs = calculate_x_cuts(d, [0, 1], nature)
    assert xs.offsets == [0, 30, 50, 80, 200]
    lay = layout_page(d, d.pages[1].elements, nature, width=200, height=100, x_cuts=xs)
    assert lay.x_cuts is xs
    cell = lay.grid[0][1]
    assert cell.element.text == "p2" and cell.col_span == 2
    assert lay.y_cuts.usage[0] & BREAK


def test_horizontal_merge_of_empty_cells():
    d = doc(text(10, 0, 10, 10, "a"), text(100, 0, 10, 10, "b"), text(50, 20, 10, 10, "c"))
    nature = ExporterNature("html", kinds=(PrintText,), horizontally_merge_empty_cells=True)
    lay = layout(d, nature)
    row = lay.grid[0]
    assert row[0] is None  # a single empty cell is left alone
    merged = row[2]  # 20..50, 50..60, 60..100
    assert merged.kind is CellKind.EMPTY and merged.col_span == 3 and merged.width == 80


def test_cell_height_of_rows():
    d = doc(text(0, 0, 50, 30, "tall"), text(50, 0, 50, 10, "short"))
    lay = layout(d)
    assert lay.cell_height(0) == 10  # the first cell spanning one row: the short text
    assert lay.max_row_height(0) == 30


# --- page_starts (the CSV layout) equals the full grid ----------------------------------------

import pytest  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_coord = st.integers(min_value=0, max_value=60)
_size = st.integers(min_value=0, max_value=40)


@st.composite
def _elements(draw, depth=0):
    out = []
    for i in range(draw(st.integers(min_value=0, max_value=6))):
        x, y, w, h = draw(_coord), draw(_coord), draw(_size), draw(_size)
        if depth < 2 and draw(st.integers(min_value=0, max_value=3)) == 0:
            look = draw(st.sampled_from(["plain", "opaque", "border", "padded"]))
            kw = {}
            if look == "opaque":
                kw = {"mode": Mode.OPAQUE, "backcolor": Color(200, 200, 200)}
            elif look == "border":
                kw = {"box": Box(bottom_pen=Pen(line_width=1.0))}
            elif look == "padded":
                kw = {"box": Box(left_padding=3, top_padding=2)}
            out.append(PrintFrame(x=x, y=y, width=w, height=h, elements=draw(_elements(depth + 1)), **kw))
        else:
            out.append(text(x, y, w, h, f"t{depth}.{i}"))
    return out


def _placed(lay) -> dict:
    return {(r, c): cell.element for r, c, cell in lay.element_cells()}


def _grid_coordinates(lay) -> tuple[list[int], list[int], dict]:
    """The full grid's used columns, used rows and placed elements, in page offsets."""
    xo, yo = lay.x_cuts.offsets, lay.y_cuts.offsets
    return ([xo[c] for c in range(lay.column_count) if lay.x_cuts.usage[c] & NOT_EMPTY],
            [yo[r] for r in range(lay.row_count) if lay.y_cuts.usage[r] & NOT_EMPTY],
            {(xo[c], yo[r]): el for (r, c), el in _placed(lay).items()})


def _starts_coordinates(starts) -> tuple[list[int], list[int], dict]:
    return starts.xs, starts.ys, {(x, y): el for y, row in starts.rows.items() for x, el in row.items()}


@settings(max_examples=300, deadline=None)
@given(_elements(), st.booleans(), st.integers(min_value=-5, max_value=5), st.integers(min_value=40, max_value=120),
       st.integers(min_value=40, max_value=120))
def test_page_starts_places_as_the_grid_does(elements, margins, offset, width, height):
    # both ways page_starts finds the starts (from the offsets alone, or through the grid's
    # placement when a frame's edge cells or the last cuts need the cuts) give the full
    # grid's placement; elements may reach beyond the page
    d = doc(*elements, width=width, height=height)
    nature = ExporterNature("csv", kinds=(PrintText, PrintFrame), span_cells=False, ignore_page_margins=margins)
    full = _grid_coordinates(layout(d, nature, offset_x=offset, offset_y=-offset))
    for find in (page_starts, _grid_starts_of):
        xs, ys, placed = _starts_coordinates(find(d, d.pages[0].elements, nature, width=d.page_width,
                                                  height=d.page_height, offset_x=offset, offset_y=-offset))
        assert (xs, ys) == full[:2]
        assert placed.keys() == full[2].keys()
        assert all(placed[k] is v for k, v in full[2].items())


def _grid_starts_of(d, elements, nature, *, width, height, offset_x, offset_y):
    return _grid_starts(d, elements, nature, width, height, offset_x, offset_y)


def test_page_starts_hidden_under_frames():
    # an element under an opaque frame, or on a frame's edge cells, is left out (as in the grid)
    under = text(10, 10, 20, 10, "under")
    edge = text(100, 0, 20, 10, "edge")
    d = doc(under, edge, PrintFrame(x=0, y=0, width=50, height=50, mode=Mode.OPAQUE, backcolor=Color(1, 2, 3)),
            PrintFrame(x=100, y=0, width=50, height=50))
    assert starts(d).rows == {} and _placed(layout(d, NO_SPAN)) == {}
    assert starts(doc(under, edge)).rows == {10: {10: under}, 0: {100: edge}}
    with pytest.raises(ValueError):
        starts(d, SPAN)


def test_page_starts_of_a_frame_without_background_needs_the_cuts_only_inside_it():
    # inside a transparent frame, whether a cell is on its last row depends on the cuts:
    # text(10, 40) is hidden when no cut lies between 40 and the frame's bottom (50)
    inside = text(10, 40, 5, 10, "inside")
    frame = PrintFrame(x=0, y=0, width=50, height=50)
    assert starts(doc(inside, frame)).rows == {}
    other = text(100, 45, 5, 5, "other")  # a cut at 45: row 40-45 is not the frame's last
    assert starts(doc(inside, frame, other)).rows == {40: {10: inside}, 45: {100: other}}


def starts(d, nature=NO_SPAN):
    return page_starts(d, d.pages[0].elements, nature, width=d.page_width, height=d.page_height)


# --- the grid's quick placement equals the cell-by-cell one ---------------------------------

from jrxmlpy.export.grid import GridCell, GridLayout, property_true  # noqa: E402


class _CellByCell(GridLayout):
    """The placement as first written: the overlap test and the spans cell by cell, the
    SPANNED flags set element by element (the reference of the quicker code)."""

    __slots__ = ()

    def _place(self, entries, start_row, start_col, end_row, end_col, frames):
        grid = self.grid
        for el, x, y, children in reversed(entries):
            col1, row1 = self.x_cuts.index(x), self.y_cuts.index(y)
            col2, row2 = self.x_cuts.index(x + el.width), self.y_cuts.index(y + el.height)
            if self.nature.span_cells:
                taken = any(grid[r][c] is not None and not grid[r][c].is_empty
                            for r in range(row1, row2) for c in range(col1, col2))
            else:
                cell = grid[row1][col1] if row1 < len(grid) and col1 < len(grid[row1]) else None
                taken = cell is not None and not cell.is_empty
            if taken:
                continue
            if children is not None:
                self._place(children, row1, col1, row2, col2, frames + (el,))
                self._style_frame_cells(el, row1, col1, row2, col2, frames + (el,))
            else:
                self._set_element(el, x, y, row1, col1, row2, col2, frames)
        if self.nature.horizontally_merge_empty_cells:
            self._merge_empty_cells(start_row, start_col, end_row, end_col)

    def _set_element(self, el, x, y, row1, col1, row2, col2, frames):
        nature, x_cuts, y_cuts = self.nature, self.x_cuts, self.y_cuts
        y_cuts.usage[row1] |= NOT_EMPTY
        x_cuts.usage[col1] |= NOT_EMPTY
        span = nature.span_cells
        row_span = row2 - row1 if span else 1
        cell = GridCell(CellKind.ELEMENT, el.width, el.height, col2 - col1 if span else 1, row_span, el, x, y,
                        frames=frames)
        if span:
            occupied = GridCell(CellKind.OCCUPIED, el.width, el.height, owner=cell)
            for r in range(row1, row2):
                for c in range(col1, col2):
                    self.grid[r][c] = occupied
                y_cuts.usage[r] |= SPANNED
            for c in range(col1, col2):
                x_cuts.usage[c] |= SPANNED
        if col2 > col1 and row2 > row1:
            if nature.break_before and el.properties and property_true(el.properties.get(nature.break_before)):
                y_cuts.usage[row1] |= BREAK
            if isinstance(el, PrintFrame):
                cell.layout = _CellByCell(self.document, el.elements, nature, el.width, el.height, nested=True)
            self.grid[row1][col1] = cell


def _cells(lay) -> list:
    """Everything a layout holds, owners and elements by identity, nested layouts too."""
    where = {id(c): (r, k) for r, row in enumerate(lay.grid) for k, c in enumerate(row)
             if c is not None and c.kind is CellKind.ELEMENT}
    out = [lay.x_cuts.offsets, lay.x_cuts.usage, lay.y_cuts.offsets, lay.y_cuts.usage]
    for row in lay.grid:
        for c in row:
            out.append(None if c is None else (
                c.kind, c.width, c.height, c.col_span, c.row_span, id(c.element), c.x, c.y, c.backcolor,
                c.forecolor, c.borders, tuple(map(id, c.frames)), where.get(id(c.owner)) if c.owner else None,
                _cells(c.layout) if c.layout is not None else None))
    return out


def _shapes(draw, depth=0):
    out = []
    for i in range(draw(st.integers(min_value=0, max_value=7))):
        x, y, w, h = draw(_coord), draw(_coord), draw(_size), draw(_size)
        kind = draw(st.integers(min_value=0, max_value=5))
        if kind == 0 and depth < 2:
            look = draw(st.sampled_from([{}, {"mode": Mode.OPAQUE, "backcolor": Color(200, 200, 200)},
                                         {"box": Box(bottom_pen=Pen(line_width=1.0), left_pen=Pen(line_width=2.0))},
                                         {"box": Box(left_padding=3, top_padding=2)}]))
            out.append(PrintFrame(x=x, y=y, width=w, height=h, elements=_shapes(draw, depth + 1), **look))
        elif kind == 1:
            out.append(PrintRectangle(x=x, y=y, width=w, height=h))
        elif kind == 2:
            out.append(PrintLine(x=x, y=y, width=w, height=h))
        else:
            out.append(text(x, y, w, h, f"t{depth}.{i}", properties={"brk": "true"} if kind == 3 else {}))
    return out


@settings(max_examples=300, deadline=None)
@given(st.data(), st.booleans(), st.booleans(), st.booleans())
def test_quick_placement_equals_cell_by_cell(data, deep, merge_empty, shared_columns):
    pages = [data.draw(st.composite(_shapes)()) for _ in range(2)]
    d = Document(page_width=120, page_height=120, pages=[Page(p) for p in pages])
    nature = ExporterNature("xlsx", kinds=(PrintText, PrintFrame, PrintLine, PrintRectangle), deep=deep,
                            horizontally_merge_empty_cells=merge_empty, break_before="brk")
    cuts = [calculate_x_cuts(d, [0, 1], nature) for _ in range(2)] if shared_columns else [None, None]
    for page in d.pages:
        quick = layout_page(d, page.elements, nature, width=120, height=120, x_cuts=cuts[0])
        reference = _CellByCell(d, page.elements, nature, 120, 120, x_cuts=cuts[1])
        assert _cells(quick) == _cells(reference)


# --- the layout memo equals laying out every page -------------------------------------------

import dataclasses  # noqa: E402

from jrxmlpy.export.grid import LayoutMemo  # noqa: E402
from jrxmlpy.export.xlsx import _cut_properties  # noqa: E402, PLC2701 - the XLSX hook, with the memo

_SHEET = "net.sf.jasperreports.export.xls.sheet.name"


def _variant(draw, elements, n):
    """A copy of ``elements`` with other texts and, now and then, what the memo's key must
    tell apart: properties (a break, a sheet name, any), a key the filter excludes, another
    frame look."""
    out = []
    for el in elements:
        change = draw(st.integers(min_value=0, max_value=11))
        props = ({"brk": "true"} if change == 0 else {_SHEET: f"s{n}"} if change == 1
                 else {"any": "x"} if change == 2 else dict(el.properties))
        fields = {"properties": props, "key": "gone" if change == 3 else el.key}
        if isinstance(el, PrintFrame):
            fields["elements"] = _variant(draw, el.elements, n)
            if change == 4:
                fields["mode"], fields["backcolor"] = Mode.OPAQUE, Color(0, 0, n % 256)
        elif isinstance(el, PrintText):
            fields["text"] = f"{el.text}/{n}"
        out.append(dataclasses.replace(el, **fields))
    return out


@settings(max_examples=200, deadline=None)
@given(st.data(), st.booleans(), st.booleans(), st.booleans())
def test_memo_layouts_equal_fresh_layouts(data, deep, merge_empty, shared_columns):
    draw = data.draw
    shapes = [draw(st.composite(_shapes)()) for _ in range(draw(st.integers(min_value=1, max_value=3)))]
    pages = [Page(_variant(draw, draw(st.sampled_from(shapes)), n))
             for n in range(draw(st.integers(min_value=1, max_value=8)))]
    d = Document(page_width=120, page_height=120, pages=pages, properties={"p.exclude.key.gone": ""})
    nature = ExporterNature("xlsx", kinds=(PrintText, PrintFrame, PrintLine, PrintRectangle),
                            keep=element_filter(d, "p."), deep=deep, horizontally_merge_empty_cells=merge_empty,
                            break_before="brk", cut_properties=_cut_properties)
    everything = range(len(pages))
    cuts = [calculate_x_cuts(d, everything, nature) for _ in range(2)] if shared_columns else [None, None]
    memo = LayoutMemo(d, nature, limit=2)
    for page in pages:
        size = {"width": draw(st.sampled_from([120, 130])), "height": 120, "offset_y": draw(st.sampled_from([0, -5]))}
        reused = memo.layout_page(page.elements, x_cuts=cuts[0], **size)
        fresh = layout_page(d, page.elements, nature, x_cuts=cuts[1], **size)
        assert _cells(reused) == _cells(fresh)
        for a, b in ((reused.x_cuts, fresh.x_cuts), (reused.y_cuts, fresh.y_cuts)):
            assert (a.properties, a.sheet_properties) == (b.properties, b.sheet_properties)


def test_memo_reuses_a_layout_for_the_same_geometry_only():
    a, b = text(0, 0, 50, 10, "a"), text(0, 0, 50, 10, "b")
    d = Document(page_width=200, page_height=100, pages=[Page([a]), Page([b]), Page([text(0, 0, 60, 10)])])
    memo = LayoutMemo(d, SPAN)
    first = memo.layout_page([a], width=200, height=100)
    again = memo.layout_page([b], width=200, height=100)
    assert again is first and again.grid[0][0].element is b
    assert memo.layout_page(d.pages[2].elements, width=200, height=100) is not first
    assert memo.layout_page([a], width=200, height=90) is not first
    framed = [PrintFrame(x=0, y=0, width=50, height=10)]
    assert memo.layout_page(framed, width=200, height=100) is not memo.layout_page(framed, width=200, height=100)
