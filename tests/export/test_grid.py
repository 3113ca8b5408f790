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
    calculate_x_cuts,
    element_filter,
    layout_page,
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


# --- starts_only (the CSV layout) equals the full grid --------------------------------------

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


@settings(max_examples=300, deadline=None)
@given(_elements(), st.booleans())
def test_starts_only_places_as_the_grid_does(elements, margins):
    d = doc(*elements)
    nature = ExporterNature("csv", kinds=(PrintText, PrintFrame), span_cells=False, ignore_page_margins=margins)
    full = layout(d, nature)
    fast = layout(d, nature, starts_only=True)
    assert fast.x_cuts.offsets == full.x_cuts.offsets and fast.y_cuts.offsets == full.y_cuts.offsets
    assert fast.x_cuts.usage == full.x_cuts.usage and fast.y_cuts.usage == full.y_cuts.usage
    starts = {(r, c): el for r, row in fast.starts.items() for c, el in row.items()}
    assert starts.keys() == _placed(full).keys()
    assert all(starts[k] is v for k, v in _placed(full).items())


def test_starts_only_hidden_under_frames():
    # an element under an opaque frame, or on a frame's edge cells, is left out (as in the grid)
    under = text(10, 10, 20, 10, "under")
    edge = text(100, 0, 20, 10, "edge")
    d = doc(under, edge, PrintFrame(x=0, y=0, width=50, height=50, mode=Mode.OPAQUE, backcolor=Color(1, 2, 3)),
            PrintFrame(x=100, y=0, width=50, height=50))
    fast = layout(d, NO_SPAN, starts_only=True)
    assert fast.starts == {} and _placed(layout(d, NO_SPAN)) == {}
    assert layout(doc(under, edge), NO_SPAN, starts_only=True).starts == {1: {1: under}, 0: {3: edge}}
    with pytest.raises(ValueError):
        layout(d, SPAN, starts_only=True)
