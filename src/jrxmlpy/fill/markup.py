"""Text markup of text elements at fill time: which markups are parsed into styled text and
what the element contributes to it (the attributes the print's styled text is written
against).  The styled text itself is :mod:`jrxmlpy.fonts.markup`."""

from __future__ import annotations

from typing import Any

from ..design.enums import Mode
from ..fonts.markup import (
    LIST_INDENT,
    ElementFont,
    StyledText,
    list_blocks,
    parse_html,
    parse_styled,
    run_fonts,
)
from ..fonts.registry import default_registry

__all__ = ["parse_markup", "element_font", "run_fonts", "list_blocks", "LIST_INDENT"]


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
