"""Text markup of text elements at fill time: which markups are parsed into styled text and
what the element contributes to it (the attributes the print's styled text is written
against).  The styled text itself is :mod:`jrxmlpy.fonts.markup`."""

from __future__ import annotations

from typing import Any

from ..design.enums import Mode
from ..fonts.markup import ElementFont, StyledText, parse_html, parse_styled
from ..fonts.registry import default_registry

__all__ = ["parse_markup", "element_font", "run_fonts", "list_blocks", "LIST_INDENT"]

#: the left indent of each list level (checked with the reference engine: independent of
#: the font size, the same for ``<ul>`` and ``<ol>``)
LIST_INDENT = 50


def _families() -> frozenset[str]:
    reg = default_registry()
    return frozenset(f.name.lower() for f in reg.families()) | {
        "dejavu sans", "dejavu serif", "dejavu sans mono", "serif", "sansserif", "monospaced",
        "dialog", "dialoginput",
    }


def parse_markup(text: str, markup: str | None) -> StyledText | None:
    """The styled text of an element's text, or None when its markup is ``none`` (or one
    not supported: the text is then measured and printed as it is)."""
    if markup == "styled":
        return parse_styled(text, _families())
    if markup == "html":
        return parse_html(text, _families())
    return None


def element_font(a: Any) -> ElementFont:
    """The element-level text attributes (``ResolvedAttributes``) runs are compared with;
    the background colour counts only for an opaque element."""
    return ElementFont(
        font_name=a.font_name,
        size=float(a.font_size),
        bold=bool(a.bold),
        italic=bool(a.italic),
        underline=bool(a.underline),
        strike_through=bool(a.strike_through),
        forecolor=a.forecolor.hex if a.forecolor is not None else None,
        backcolor=a.backcolor.hex if a.backcolor is not None and a.mode is Mode.OPAQUE else None,
        pdf_font_name=a.pdf_font_name,
        pdf_encoding=a.pdf_encoding,
        pdf_embedded=a.pdf_embedded,
    )


def run_fonts(st: StyledText, a: Any) -> tuple[tuple[int, int, Any, float, float], ...]:
    """(start, end, font, size, size of the advances) of each run of ``st`` for the measurer: the run's own font
    attributes over the element's (``ResolvedAttributes`` ``a``)."""
    reg = default_registry()
    out = []
    for r in st.runs:
        s = r.style
        font = reg.resolve(
            s.font_name or a.font_name,
            a.bold if s.bold is None else s.bold,
            a.italic if s.italic is None else s.italic,
        )
        size = float(a.font_size if s.size is None else s.size)
        # Java draws a super/subscript with the font scaled by 2/3
        out.append((r.start, r.end, font, size, size * 2 / 3 if s.script else size))
    return tuple(out)


def list_blocks(st: StyledText) -> tuple[tuple[int, int, int], ...] | None:
    """(start, end, left indent) of the parts of ``st`` that start a new paragraph: each
    list item, and the text around lists (None when there is no list)."""
    if not any(r.style.lists for r in st.runs):
        return None
    out: list[tuple[int, int, int]] = []
    key: tuple[tuple[int, int], ...] | None = None
    for r in st.runs:
        k = tuple((lv.list_uid, lv.item) for lv in r.style.lists)
        if out and k == key and out[-1][1] == r.start:
            out[-1] = (out[-1][0], r.end, out[-1][2])
        else:
            out.append((r.start, r.end, LIST_INDENT * len(k)))
        key = k
    return tuple(out)
