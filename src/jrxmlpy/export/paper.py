"""Report-server output options: the paper a page is put on, and where on it.

CONTRACT between the PDF exporter (``export/pdf.py``) and this module (being built on
branch ``paper``): the PDF exporter asks :func:`place` once per written page and draws the
page (its own coordinates: points, origin at the top-left corner, y down) through the
returned :class:`Placement`: ``paper_width`` x ``paper_height`` is the PDF page size; the
report page's top-left corner goes to ``(x, y)`` of the paper (points from the paper's
top-left corner, y down), scaled by ``scale``; with ``clip`` the drawing is clipped to the
paper.  Only the identity placement exists until that branch lands.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ExportError

__all__ = ["PaperOptions", "Placement", "place"]


@dataclass(frozen=True, slots=True)
class PaperOptions:
    """Where and how report pages are put on paper (see the module docstring).

    ``size``: None (the report's own page size) or a paper name (A1-A6, Letter, Legal,
    Tabloid); ``orientation``: None (as the size is), ``"L"``, ``"P"`` or ``"A"`` (by the
    page's proportions); ``resize``: ``"none"``, ``"autofit"`` or ``"fit"`` (into
    ``fit_area``, e.g. ``"27.7cmx19cm"``); ``align``: horizontal (left/center/right) and
    vertical (top/middle/bottom) alignment of the page on the paper."""

    size: str | None = None
    orientation: str | None = None
    resize: str = "none"
    fit_area: str | None = None
    align: tuple[str, str] = ("center", "middle")


@dataclass(frozen=True, slots=True)
class Placement:
    paper_width: float
    paper_height: float
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0
    clip: bool = False


def place(page_width: float, page_height: float, options: PaperOptions | None = None) -> Placement:
    """Where a report page of ``page_width`` x ``page_height`` points goes on the paper."""
    if options is None or options == PaperOptions():
        return Placement(page_width, page_height)
    raise ExportError("paper options other than the report's own page are not built yet")
