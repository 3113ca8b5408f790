"""The text of a print text element laid out for an exporter that places lines itself
(HTML, and any exporter drawing text line by line).

:func:`text_box` measures the element's displayed text with
:class:`~jrxmlpy.fonts.layout.TextMeasurer` in the element's resolved font, paragraph,
padding and rotation, exactly as the filler measured it, so the exported lines break where
JasperReports' do.  Styled text (``markup`` styled/html/rtf: the print keeps it as
JasperReports' styled text) is parsed into runs and measured run by run.

Geometry (all in points): the measurer works in the *text frame*, the element's box turned
by the rotation (a ``Left``/``Right`` rotated element's frame is ``height`` wide and
``width`` tall); :attr:`TextBox.top`/``left``/``bottom``/``right`` are the paddings in that
frame.  A line's baseline is ``TextBox.y_offset + line.baseline`` from the top of the frame;
a segment's ``left_x`` is from the frame's left edge (padding and indents included).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..design.enums import HorizontalTextAlign, Rotation, VerticalTextAlign
from ..fonts.layout import Padding, ParagraphStyle, TextLayout, TextMeasurer
from ..fonts.markup import RunStyle, StyledRun, StyledText, list_blocks, parse_styled, run_fonts
from ..fonts.registry import ResolvedFont, default_registry

if TYPE_CHECKING:
    from ..document import Document, PrintText
    from ..styling import ResolvedAttributes

__all__ = ["TextBox", "text_box", "resolved_font", "displayed_text", "bulleted", "STYLED_MARKUPS"]

#: Markups whose print text is JasperReports' styled text.
STYLED_MARKUPS = frozenset({"styled", "html", "rtf"})

_MEASURERS: dict[tuple[object, ...], TextMeasurer] = {}
_LAYOUTS: dict[tuple[int, str], TextLayout] = {}


@dataclass(slots=True)
class TextBox:
    """A text element's text as laid out (see the module docstring for the geometry)."""

    attributes: ResolvedAttributes
    #: the displayed text (truncated text with its suffix), markup removed
    text: str
    #: the runs of a styled text (None: plain text in the element's font)
    styled: StyledText | None
    layout: TextLayout
    font: ResolvedFont
    #: the text frame: width and height, paddings
    width: int
    height: int
    top: int
    left: int
    bottom: int
    right: int
    #: the vertical alignment's offset of the text block below the top padding
    y_offset: float

    @property
    def line_right(self) -> float:
        """Where lines end on the right (frame padding and right indent taken off)."""
        return self.width - self.right - self.attributes.paragraph.right_indent


def resolved_font(name: str, bold: bool, italic: bool) -> ResolvedFont:
    """The font file the filler measured a (name, bold, italic) with."""
    return default_registry().resolve(name, bold, italic)


def _measurer(a: ResolvedAttributes, width: int, height: int, font: ResolvedFont,
              truncate_suffix: str | None) -> TextMeasurer:
    box, p = a.box, a.paragraph
    key = (id(font), a.font_size, width, height, p, box.top_padding, box.left_padding,
           box.bottom_padding, box.right_padding, a.rotation, truncate_suffix)
    m = _MEASURERS.get(key)
    if m is None:
        if len(_MEASURERS) > 4096:
            _MEASURERS.clear()
            _LAYOUTS.clear()
        m = _MEASURERS[key] = TextMeasurer(
            font, a.font_size, width, height,
            paragraph=ParagraphStyle.of(p),
            padding=Padding(box.top_padding, box.left_padding, box.bottom_padding, box.right_padding),
            rotation=a.rotation.value,
            truncate_suffix=truncate_suffix,
        )
    return m


def displayed_text(element: PrintText, markup: str) -> tuple[str, StyledText | None]:
    """The text an exporter shows for ``element`` (its resolved ``markup``) and, for styled
    markups, its runs: the text cut at ``truncate_index`` (an index into the text without
    markup), then the truncation suffix whenever one is set (in the element's own style),
    as JasperReports' exporters take it."""
    raw = element.text
    if raw is None:
        return "", None
    cut = element.truncate_index
    suffix = element.truncate_suffix or ""
    if markup not in STYLED_MARKUPS:
        return (raw if cut is None else raw[:cut]) + suffix, None
    styled = parse_styled(raw)
    if cut is not None:
        styled = styled.slice(0, cut)
    if suffix:
        n = len(styled.text)
        styled = StyledText(styled.text + suffix, [*styled.runs, StyledRun(n, n + len(suffix), RunStyle())],
                            styled.parsed)
    return styled.text, styled


def _letters(n: int, upper: bool) -> str:
    out = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        out = chr((65 if upper else 97) + r) + out
    return out


def _roman(n: int, upper: bool) -> str:
    out = ""
    for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                           (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += numeral
            n -= value
    return out.upper() if upper else out


def list_start(level) -> int:  # noqa: ANN001 - a fonts.markup.ListLevel
    """The number an ordered list starts at (its ``start``; 1 when absent or not a number)."""
    try:
        return int(level.start) if level.start else 1
    except ValueError:
        return 1


def number_label(number: int, kind: str | None) -> str:
    """``number`` in a list's numbering type (``1``, ``a``, ``A``, ``i``, ``I``) and a dot."""
    if kind in ("a", "A"):
        text = _letters(number, kind == "A")
    elif kind in ("i", "I"):
        text = _roman(number, kind == "I")
    else:
        text = str(number)
    return text + "."


def bullet_text(level) -> str:  # noqa: ANN001 - a fonts.markup.ListLevel
    """The bullet of a list item: ``•`` in unordered lists, else its number in the list's
    numbering type (``1``, ``a``, ``A``, ``i``, ``I``) followed by a dot."""
    if not level.ordered:
        return "\u2022"
    return number_label(list_start(level) + max(level.item_index, 1) - 1, level.type)


def bulleted(styled: StyledText) -> StyledText:
    """Styled text with its list structure written out as plain text, as JasperReports'
    text exporters (DOCX, XLSX ...) show lists: where a list item starts, a new line (unless
    one is there), four spaces per list depth and the item's bullet and a space; where a
    list item ends and plain text follows, a new line.  The inserted text joins the run it is
    inserted into."""
    if not any(r.style.lists for r in styled.runs):
        return styled
    text = styled.text
    # chunks: maximal ranges of characters in the same list items
    chunks: list[tuple[int, int, tuple]] = []
    for r in styled.runs:
        key = tuple((lv.list_uid, lv.item) for lv in r.style.lists)
        if chunks and chunks[-1][2] == key and chunks[-1][1] == r.start:
            chunks[-1] = (chunks[-1][0], r.end, key)
        else:
            chunks.append((r.start, r.end, key))
    inserts: list[tuple[int, str]] = []
    prev_key: tuple = ()
    prev_end = -1
    first = True
    for start, end, key in chunks:
        if start >= end:
            continue
        if key != prev_key:
            levels = styled.style_at(start).lists
            depth = len(key)
            item_start = bool(key) and key[-1][1] != 0 and (len(prev_key) < depth or prev_key[depth - 1] != key[-1])
            item_end = bool(prev_key) and prev_key[-1][1] != 0 and prev_key[-1] not in key
            newline = (not first and not (prev_end > 0 and text[prev_end - 1] == "\n")
                       and ((item_start and not text.startswith("\n", start)) or item_end))
            if newline or depth:
                prefix = ("\n" if newline else "") + " " * (4 * depth)
                if item_start and levels and not levels[-1].no_bullet:
                    prefix += bullet_text(levels[-1]) + " "
                inserts.append((start, prefix))
        prev_key, prev_end, first = key, end, False
    if not inserts:
        return styled
    pieces: list[str] = []
    last = 0
    for pos, prefix in inserts:
        pieces.append(text[last:pos])
        pieces.append(prefix)
        last = pos
    pieces.append(text[last:])
    runs = []
    for r in styled.runs:
        # the text inserted where a run starts belongs to that run
        start = r.start + sum(len(p) for pos, p in inserts if pos < r.start)
        end = r.end + sum(len(p) for pos, p in inserts if pos < r.end)
        runs.append(StyledRun(start, end, r.style))
    return StyledText("".join(pieces), runs, styled.parsed)


def text_box(document: Document, element: PrintText) -> TextBox | None:
    """The laid-out text of ``element`` (None when it has no text to show)."""
    a = document.resolved(element)
    text, styled = displayed_text(element, a.markup)
    if not text:
        return None
    font = resolved_font(a.font_name, a.bold, a.italic)
    m = _measurer(a, element.width, element.height, font, None)
    if styled is not None and styled.runs:
        layout = m.measure(text, 0, True, list(run_fonts(styled, a)), list(list_blocks(styled) or ()) or None)
    else:
        styled = None
        # reports print the same texts in the same boxes again and again
        key = (id(m), text)
        cached = _LAYOUTS.get(key)
        if cached is None or cached.text != text:
            if len(_LAYOUTS) > 20_000:
                _LAYOUTS.clear()
            cached = _LAYOUTS[key] = m.measure(text, 0, True)
        layout = cached
    avail = m.height - m.top - m.bottom
    valign = a.vertical_text_alignment
    if valign is VerticalTextAlign.MIDDLE:
        y_offset = (avail - layout.text_height) / 2
    elif valign is VerticalTextAlign.BOTTOM:
        y_offset = avail - layout.text_height
    else:
        y_offset = 0.0
    return TextBox(a, text, styled, layout, font, int(m.width), int(m.height),
                   m.top, m.left, m.bottom, m.right, y_offset)


def align_factor(align: HorizontalTextAlign) -> float:
    """How much of a line's free room goes to its left: 0 left/justified, ½ centre, 1 right."""
    if align is HorizontalTextAlign.CENTER:
        return 0.5
    if align is HorizontalTextAlign.RIGHT:
        return 1.0
    return 0.0


def rotation_turns(rotation: Rotation) -> int:
    """Quarter turns clockwise of a rotation (Left: 3, Right: 1, UpsideDown: 2)."""
    return {Rotation.LEFT: 3, Rotation.RIGHT: 1, Rotation.UPSIDE_DOWN: 2}.get(rotation, 0)
