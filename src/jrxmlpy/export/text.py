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
from ..fonts.markup import StyledText, list_blocks, parse_styled, run_fonts
from ..fonts.registry import ResolvedFont, default_registry

if TYPE_CHECKING:
    from ..document import Document, PrintText
    from ..styling import ResolvedAttributes

__all__ = ["TextBox", "text_box", "resolved_font", "STYLED_MARKUPS"]

#: Markups whose print text is JasperReports' styled text.
STYLED_MARKUPS = frozenset({"styled", "html", "rtf"})

_MEASURERS: dict[tuple[object, ...], TextMeasurer] = {}


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
        m = _MEASURERS[key] = TextMeasurer(
            font, a.font_size, width, height,
            paragraph=ParagraphStyle.of(p),
            padding=Padding(box.top_padding, box.left_padding, box.bottom_padding, box.right_padding),
            rotation=a.rotation.value,
            truncate_suffix=truncate_suffix,
        )
    return m


def text_box(document: Document, element: PrintText) -> TextBox | None:
    """The laid-out text of ``element`` (None when it has no text to show)."""
    text = element.shown_text
    if not text:
        return None
    a = document.resolved(element)
    styled = None
    if a.markup in STYLED_MARKUPS:
        styled = parse_styled(text)
        text = styled.text
        if not text:
            return None
    font = resolved_font(a.font_name, a.bold, a.italic)
    m = _measurer(a, element.width, element.height, font, None)
    if styled is not None and styled.runs:
        layout = m.measure(text, 0, True, list(run_fonts(styled, a)), list(list_blocks(styled) or ()) or None)
    else:
        styled = None
        layout = m.measure(text, 0, True)
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
