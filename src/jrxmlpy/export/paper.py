"""Report-server output options: the paper a page is put on, and where on it.

CONTRACT between the PDF exporter (``export/pdf.py``) and this module: the PDF exporter
asks :func:`place` once per written page and draws the page (its own coordinates: points,
origin at the top-left corner, y down) through the returned :class:`Placement`:
``paper_width`` x ``paper_height`` is the PDF page size; the report page's top-left corner
goes to ``(x, y)`` of the paper (points from the paper's top-left corner, y down), scaled
by ``scale``; with ``clip`` the drawing is clipped to the paper.  The default options
(:data:`REPORT_PAPER`) give the identity placement: the paper is the report's page.

The options (one frozen :class:`PaperOptions`, shared by the library, the command line and
the composition part files):

``size``
    None: the report's own page size; else a paper name: ``A1``-``A6``, ``Letter``,
    ``Legal``, ``Tabloid`` (case-insensitive).  Sizes are whole points, as JasperReports'
    page formats are (A4 = 595 x 842).
``orientation``
    None: the size as it is (portrait for the named papers); ``"P"`` portrait, ``"L"``
    landscape (the paper is turned when its proportions are the other way); ``"A"``
    (auto): the orientation of the report page's proportions.  With the report's own
    size, ``L``/``P`` turn that size.
``resize``
    ``"none"``: the page at its size, aligned on the paper; what does not fit is cropped
    (``clip``).  ``"autofit"``: the page scaled (up or down, aspect kept) to the largest
    size that fits the paper.  ``"fit"``: scaled to the largest size that fits
    ``fit_area``.
``fit_area``
    ``"WIDTHxHEIGHT"`` with units ``mm``, ``cm``, ``in`` or ``pt`` (the default):
    ``"27.7cmx19cm"``, ``"297mmx210mm"``, ``"11x8.5in"`` (a unit written once applies to
    both), ``"800x600"``; or a (width, height) pair in points.  The area is turned like
    the paper (its long side along the paper's long side), centred on the paper and never
    larger than the paper: ``"27.7cmx19cm"`` on A4 leaves 1 cm margins in either
    orientation.
``align``
    Where the (scaled) page goes in the paper (``none``/``autofit``) or the area
    (``fit``) when it does not fill it: horizontal ``left``/``center``/``right`` and
    vertical ``top``/``middle``/``bottom``; as a pair or a text such as ``"left top"``,
    ``"top-right"``, ``"center"`` (a missing axis is centred).

Bad values raise :class:`jrxmlpy.errors.OutputOptionError` naming the option and value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from ..errors import OutputOptionError

__all__ = [
    "PaperOptions",
    "Placement",
    "place",
    "paper_size",
    "parse_length_pair",
    "PAPER_SIZES",
    "REPORT_PAPER",
]

_MM = 72 / 25.4

#: Paper sizes in whole points, portrait (width, height).
PAPER_SIZES: dict[str, tuple[float, float]] = {
    **{f"A{n}": (float(round(w * _MM)), float(round(h * _MM)))
       for n, (w, h) in {1: (594, 841), 2: (420, 594), 3: (297, 420), 4: (210, 297),
                         5: (148, 210), 6: (105, 148)}.items()},
    "Letter": (612.0, 792.0),
    "Legal": (612.0, 1008.0),
    "Tabloid": (792.0, 1224.0),
}
_SIZE_NAMES = {name.lower(): name for name in PAPER_SIZES}

ORIENTATIONS = ("P", "L", "A")
RESIZES = ("none", "autofit", "fit")
HORIZONTAL = ("left", "center", "right")
VERTICAL = ("top", "middle", "bottom")
_FRACTION = {"left": 0.0, "center": 0.5, "right": 1.0, "top": 0.0, "middle": 0.5, "bottom": 1.0}
_ORIENTATION_WORDS = {"p": "P", "portrait": "P", "l": "L", "landscape": "L", "a": "A", "auto": "A"}

#: Points per unit of a length.
_UNITS = {"pt": 1.0, "mm": _MM, "cm": 10 * _MM, "in": 72.0, "inch": 72.0, '"': 72.0}
_NUMBER = r"(\d+(?:\.\d*)?|\.\d+)"
_UNIT = r"(mm|cm|inch|in|pt|\")?"
_PAIR = re.compile(rf"^\s*{_NUMBER}\s*{_UNIT}\s*[x×*]\s*{_NUMBER}\s*{_UNIT}\s*$", re.IGNORECASE)

#: Overflow (points) below which a page still counts as inside the paper.
_EPSILON = 1e-6


def parse_length_pair(text: str, option: str = "fit_area") -> tuple[float, float]:
    """``"27.7cmx19cm"`` -> (width, height) in points (see the module docstring)."""
    if not isinstance(text, str):
        raise OutputOptionError(f"{option}: expected a text such as '27.7cmx19cm', not {text!r}", option, text)
    match = _PAIR.match(text)
    if match is None:
        raise OutputOptionError(
            f"{option}: {text!r} is not WIDTHxHEIGHT with units mm, cm, in or pt (e.g. '27.7cmx19cm')",
            option, text)
    w, w_unit, h, h_unit = match.groups()
    w_unit = (w_unit or h_unit or "pt").lower()
    h_unit = (h_unit or w_unit).lower()
    width, height = float(w) * _UNITS[w_unit], float(h) * _UNITS[h_unit]
    if width <= 0 or height <= 0:
        raise OutputOptionError(f"{option}: {text!r} has a zero side", option, text)
    return width, height


def _parse_align(value: object) -> tuple[str, str]:
    if isinstance(value, str):
        words = [w for w in re.split(r"[\s,;/_-]+", value.strip().lower()) if w]
    elif isinstance(value, (tuple, list)):
        words = [str(w).strip().lower() for w in value]
    else:
        words = None
    horizontal = vertical = None
    for word in words or ():
        word = "center" if word == "centre" else word
        if word == "center" and horizontal is None:
            horizontal = "center"
        elif word == "center" and vertical is None:
            vertical = "middle"
        elif word in HORIZONTAL and horizontal is None:
            horizontal = word
        elif word in VERTICAL and vertical is None:
            vertical = word
        else:
            words = None
            break
    if not words:
        raise OutputOptionError(
            f"align: {value!r} is not an alignment: one of left/center/right and/or one of "
            f"top/middle/bottom (e.g. 'left top')", "align", value)
    return horizontal or "center", vertical or "middle"


@dataclass(frozen=True, slots=True)
class PaperOptions:
    """Where and how report pages are put on paper (see the module docstring).

    The constructor checks and normalises its values (``"a4"`` -> ``"A4"``, ``"landscape"``
    -> ``"L"``, ``"left top"`` -> ``("left", "top")``, a ``fit_area`` text -> points); a
    ``fit_area`` without ``resize`` means ``resize="fit"``."""

    size: str | None = None
    orientation: str | None = None
    resize: str = "none"
    fit_area: str | tuple[float, float] | None = None
    align: tuple[str, str] = ("center", "middle")

    def __post_init__(self) -> None:
        size = self.size
        if size is not None:
            name = _SIZE_NAMES.get(str(size).strip().lower()) if isinstance(size, str) else None
            if name is None:
                raise OutputOptionError(
                    f"size: unknown paper {size!r}; one of {', '.join(PAPER_SIZES)} "
                    f"(or none for the report's own size)", "size", size)
            object.__setattr__(self, "size", name)
        if self.orientation is not None:
            word = _ORIENTATION_WORDS.get(str(self.orientation).strip().lower())
            if word is None:
                raise OutputOptionError(
                    f"orientation: {self.orientation!r} is not L (landscape), P (portrait) or A "
                    f"(by the page's proportions)", "orientation", self.orientation)
            object.__setattr__(self, "orientation", word)
        resize = str(self.resize).strip().lower() if self.resize is not None else "none"
        if resize not in RESIZES:
            raise OutputOptionError(
                f"resize: {self.resize!r} is not one of {', '.join(RESIZES)}", "resize", self.resize)
        area = self.fit_area
        if area is not None:
            if isinstance(area, str):
                area = parse_length_pair(area)
            elif (isinstance(area, (tuple, list)) and len(area) == 2
                  and all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0 for v in area)):
                area = (float(area[0]), float(area[1]))
            else:
                raise OutputOptionError(
                    f"fit_area: {area!r} is neither a text such as '27.7cmx19cm' nor a (width, height) "
                    f"pair of positive points", "fit_area", area)
            if resize == "none":  # the default: an area asks for fit
                resize = "fit"
            if resize != "fit":
                raise OutputOptionError(
                    f"fit_area: an area is only used with resize 'fit', not {resize!r}", "fit_area", self.fit_area)
            object.__setattr__(self, "fit_area", area)
        elif resize == "fit":
            raise OutputOptionError("resize: 'fit' needs fit_area (e.g. '27.7cmx19cm')", "resize", self.resize)
        object.__setattr__(self, "resize", resize)
        object.__setattr__(self, "align", _parse_align(self.align))

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None, where: str = "paper") -> PaperOptions:
        """Options from a JSON-like object: ``size``, ``orientation``, ``resize``,
        ``fit`` (or ``fit_area``) and ``align``; an unknown key is an error."""
        if values is None:
            return REPORT_PAPER
        if isinstance(values, PaperOptions):
            return values
        if not isinstance(values, Mapping):
            raise OutputOptionError(f"{where}: expected an object of paper options, not {values!r}", where, values)
        known = {f.name for f in fields(cls)}
        kwargs: dict[str, Any] = {}
        for key, value in values.items():
            name = "fit_area" if key == "fit" else key
            if name not in known:
                raise OutputOptionError(
                    f"{where}: unknown paper option {key!r}; known: size, orientation, resize, fit, align",
                    key, value)
            kwargs[name] = value
        return cls(**kwargs)

    @property
    def is_report_paper(self) -> bool:
        """True when pages are written as they are (the identity placement)."""
        return self.size is None and self.orientation is None and self.resize == "none"


#: The default: every page on paper of its own size.
REPORT_PAPER = PaperOptions()


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one report page goes: the paper's size, the page's top-left corner on it
    (points from the paper's top-left corner, y down), its scale, and whether the drawing
    must be clipped to the paper (the page overflows it)."""

    paper_width: float
    paper_height: float
    x: float = 0.0
    y: float = 0.0
    scale: float = 1.0
    clip: bool = False


def _turn(width: float, height: float, landscape: bool) -> tuple[float, float]:
    """``width`` x ``height`` turned to the asked orientation (a square stays)."""
    if (width > height) != landscape and width != height:
        return height, width
    return width, height


def paper_size(page_width: float, page_height: float, options: PaperOptions = REPORT_PAPER) -> tuple[float, float]:
    """The paper (width, height) in points for a report page of that size."""
    if options.size is None:
        width, height = float(page_width), float(page_height)
    else:
        width, height = PAPER_SIZES[options.size]
    orientation = options.orientation
    if orientation == "A":
        if page_width == page_height:
            return width, height
        orientation = "L" if page_width > page_height else "P"
    if orientation is not None:
        width, height = _turn(width, height, orientation == "L")
    return width, height


def place(page_width: float, page_height: float, options: PaperOptions | None = None) -> Placement:
    """Where a report page of ``page_width`` x ``page_height`` points goes on the paper."""
    if page_width <= 0 or page_height <= 0:
        raise OutputOptionError(
            f"a page of {page_width} x {page_height} points cannot be placed on paper", "page",
            (page_width, page_height))
    options = options or REPORT_PAPER
    paper_width, paper_height = paper_size(page_width, page_height, options)
    if options.is_report_paper:
        return Placement(paper_width, paper_height)
    area_x = area_y = 0.0
    area_width, area_height = paper_width, paper_height
    if options.resize == "fit":
        assert isinstance(options.fit_area, tuple)
        area_width, area_height = _turn(*options.fit_area, paper_width > paper_height)
        area_width, area_height = min(area_width, paper_width), min(area_height, paper_height)
        area_x, area_y = (paper_width - area_width) / 2, (paper_height - area_height) / 2
    scale = 1.0
    if options.resize != "none":
        scale = min(area_width / page_width, area_height / page_height)
    width, height = page_width * scale, page_height * scale
    horizontal, vertical = options.align
    x = area_x + _FRACTION[horizontal] * (area_width - width)
    y = area_y + _FRACTION[vertical] * (area_height - height)
    clip = x < -_EPSILON or y < -_EPSILON or x + width > paper_width + _EPSILON \
        or y + height > paper_height + _EPSILON
    return Placement(paper_width, paper_height, x, y, scale, clip)
