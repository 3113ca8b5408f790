"""Laying out the elements of a band (or a frame) in the room available: fill what fits,
report whether the rest overflows, and resume there on the next part.

``docs/filling.md`` §3.2-§3.6 is the behaviour implemented: elements are prepared in
``y`` order, floating elements are pushed down by the stretch of the elements above them
that overlap them horizontally, the container keeps the design space below each element,
``FixRelativeToBottom`` elements keep their distance to the bottom, and elements with a
container stretch type grow with the container.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from ..design.enums import PositionType, StretchType
from ..document import PrintElement

if TYPE_CHECKING:
    from .elements import FillElement


_GROUP_STRETCH = (StretchType.ELEMENT_GROUP_HEIGHT, StretchType.ELEMENT_GROUP_BOTTOM,
                  StretchType.RELATIVE_TO_TALLEST_OBJECT)
_CONTAINER_STRETCH = (StretchType.CONTAINER_HEIGHT, StretchType.RELATIVE_TO_BAND_HEIGHT,
                      StretchType.CONTAINER_BOTTOM)


class Evaluator(Protocol):
    """Evaluates an expression of the container's dataset in the band's mode."""

    def __call__(self, expression): ...  # noqa: ANN001, ANN204


@dataclass(slots=True)
class Part:
    """What one fill of a container produced: its height and its elements (relative to
    the container), and whether content is left for a next part."""

    height: int
    elements: list[PrintElement] = field(default_factory=list)
    overflows: bool = False
    #: The content (if only white space below the elements) was taller than the room:
    #: JR's band overflow that moves a kept-together range (OrphanFooterReport.13).
    cut: bool = False


class Container:
    """The elements of a band or frame, in design order, ready to be filled repeatedly."""

    def __init__(self, elements: list[FillElement], height: int) -> None:
        self.elements = elements
        self.height = height
        self.by_y = sorted(elements, key=lambda e: e.design.y)  # stable: design order on ties
        self._dependants = self._float_dependants()
        self.continuing = False
        self.first_y = 0
        # What the layout steps need, worked out once (designs keep their geometry and
        # stretch settings for the container's life): the steps with nothing to do are
        # skipped.  Elements of each list are in the order the step takes them.
        self._pushes = [(e, self._dependants[id(e)]) for e in self.by_y]
        self._breaks = [e for e in self.by_y if hasattr(e, "triggered")]  # (FillBreak)
        self._group_stretching = any(e.design.stretch_type in _GROUP_STRETCH for e in self.by_y)
        self._fixed_to_bottom = [e for e in elements if e.design.position_type is PositionType.FIX_RELATIVE_TO_BOTTOM]
        self._removable = any(e.design.remove_line_when_blank for e in elements)
        self._container_stretching = [e for e in elements if e.design.stretch_type in _CONTAINER_STRETCH]

    def _float_dependants(self) -> dict[int, list[FillElement]]:
        """For each element, the floating elements below it that it pushes."""
        out: dict[int, list[FillElement]] = {}
        for i, upper in enumerate(self.by_y):
            below = []
            ux1 = upper.design.x
            ux2 = ux1 + upper.design.width
            ubottom = upper.design.y + upper.design.height
            for lower in self.by_y[i + 1:]:
                if lower.design.position_type is not PositionType.FLOAT:
                    continue
                if lower.design.y < ubottom:
                    continue
                lx1 = lower.design.x
                lx2 = lx1 + lower.design.width
                if upper.design.width + lower.design.width > max(ux2, lx2) - min(ux1, lx1):
                    below.append(lower)
            out[id(upper)] = below
        return out

    # --- one part ----------------------------------------------------------------------

    def reset(self) -> None:
        """Forget a started continuation (a new band fill begins)."""
        self.continuing = False
        for element in self.elements:
            element.reset()

    def fill(self, available: int, *, can_overflow: bool = True, white_space_overflows: bool = False,
             min_height: int = 0) -> Part:
        """Lay out the elements in ``available`` height and emit those that print.

        White space below the last element that does not fit is dropped (a band), or
        makes the container continue on the next part with ``white_space_overflows``
        (a frame, FramesReport.1).  ``min_height``: the part is at least this tall (a
        crosstab cell stretched to its row), container-stretching elements follow it."""
        continuing = self.continuing
        first_y = self._first_y() if continuing else 0
        self.first_y = first_y
        overflow = False
        by_y = self.by_y
        for element in by_y:
            element.rel_y = element.design.y - first_y
            element.printed = []
        printing_above = False
        for element, dependants in self._pushes:
            element.printing_above = printing_above  # (read by breaks, §3.8)
            if element.prepare(available - element.rel_y, continuing, can_overflow):
                overflow = True
            if element.printing:
                printing_above = True
            if dependants:
                self._push(element, dependants)
        if self._group_stretching:
            self._stretch_to_groups()
        height = max(self._stretch_height(available, overflow), min_height)
        cut = height > available
        if cut:
            height = available
        breaks = self._breaks
        break_y = min((e.rel_y for e in breaks if e.triggered), default=None) if breaks else None
        if break_y is not None:  # §3.8: what is below a break continues on the next part
            height, cut, overflow = break_y, True, True
        if cut and white_space_overflows and can_overflow:
            overflow = True
        if self._fixed_to_bottom:
            self._fix_bottom(height)
        if self._removable:
            height = self._remove_blank_lines(height)
        if height < min_height:
            height = min_height
        if self._container_stretching:
            self._stretch_to_container(height)
        if break_y is not None:
            break_y = min(e.rel_y for e in breaks if e.triggered)
        printed: list[PrintElement] = []
        for element in self.elements:
            if not element.printing:
                continue
            rel_y = element.rel_y
            if ((break_y is not None and rel_y >= break_y)
                    or (rel_y + element.stretch_height > height and (overflow or cut))):
                element.defer()  # did not fit: it prints on the next part
                overflow = True
                continue
            if (overflow or cut) and element.design.position_type is PositionType.FIX_RELATIVE_TO_BOTTOM:
                element.defer()  # printed on the last part only
                overflow = True
                continue
            element.printed = element.emit(rel_y)
            printed.extend(element.printed)
        # §3.1: when only white space below the last element did not fit, it is dropped
        self.continuing = overflow
        return Part(height, printed, overflow, cut or overflow)

    def _first_y(self) -> int:
        """On a continuation: the design y of the first element still to print."""
        # (subreports work) an isPrintWhenDetailOverflows element printed again on the
        # continuation keeps the whole band layout: firstY 0 (JsonCustomersReport page 2)
        if any(e.visible and e.done and e.design.print_when_detail_overflows for e in self.by_y):
            return 0
        pending = [e.design.y for e in self.by_y if e.has_pending()]
        return min(pending) if pending else 0

    def _push(self, upper: FillElement, dependants: list[FillElement] | None = None) -> None:
        """Floating elements below ``upper`` keep their design gap to its stretched bottom."""
        if dependants is None:
            dependants = self._dependants[id(upper)]
        bottom = upper.rel_y + upper.stretch_height
        design_bottom = upper.design.y + upper.design.height
        for lower in dependants:
            lower.rel_y = max(lower.rel_y, bottom + lower.design.y - design_bottom)

    def _stretch_height(self, available: int, overflow: bool) -> int:
        """The part's height: the lowest printing element plus the design space below it;
        the design height when nothing prints."""
        height = 0
        any_printing = False
        own = self.height
        for element in self.elements:
            if not element.printing:
                continue
            any_printing = True
            d = element.design
            below = own - (d.y + d.height)
            bottom = element.rel_y + element.stretch_height + (below if below > 0 else 0)
            if bottom > height:
                height = bottom
        if not any_printing:
            return self.height - self.first_y
        return height

    def _stretch_to_groups(self) -> None:
        """§3.5 ElementGroupHeight/RelativeToTallestObject and ElementGroupBottom: the
        element follows the stretch of its element group (the band or frame itself when
        the element is not inside an ``<elementGroup>``).  Elements stretch one after the
        other from the top (y order), each pushing the floating elements below it before the
        next one; a group is measured once, when its first element stretches, and keeps that
        growth (so a member that floated since keeps its bottom at its design bottom plus the
        growth with ElementGroupBottom, as table cells do: TableReport.4)."""
        growths: dict[tuple[int, ...], int] = {}
        for element in self.by_y:
            kind = element.design.stretch_type
            if kind not in _GROUP_STRETCH or not element.printing:
                continue
            key = element.groups
            if key not in growths:
                growths[key] = self._group_growth(key)
            growth = growths[key]
            if kind is StretchType.ELEMENT_GROUP_BOTTOM:
                wanted = element.design.y - self.first_y + element.design.height + growth - element.rel_y
            else:
                wanted = element.design.height + growth
            if wanted > element.stretch_height:
                element.stretch_height = wanted
                for other in self.by_y:
                    self._push(other)

    def _group_growth(self, key: tuple[int, ...]) -> int:
        """How much an element group grew.  The group is measured
        from the printing member whose bottom is highest to the lowest printing bottom,
        against the same span of the design, so a group that floated down as a whole
        does not count as grown."""
        members = [e for e in self.elements if e.groups[: len(key)] == key]
        design_top = min(members, key=lambda e: e.design.y + e.design.height).design.y
        design_bottom = max(e.design.y + e.design.height for e in members)
        printing = [e for e in members if e.printing]
        if not printing:
            return 0
        top = min(printing, key=lambda e: e.rel_y + e.stretch_height)
        bottom = max(e.rel_y + e.stretch_height for e in printing)
        return max(0, bottom - top.rel_y - (design_bottom - design_top))

    def _remove_blank_lines(self, height: int) -> int:
        """§3.6 isRemoveLineWhenBlank: an element that prints nothing gives back the
        horizontal strip of its design height when no printing element overlaps that strip
        vertically; everything below moves up and the part shrinks.  Elements are taken in
        design order, each against the layout the previous removals left."""
        for blank in self.elements:
            if not blank.design.remove_line_when_blank or blank.printing:
                continue
            top = blank.rel_y
            strip = blank.design.height
            if strip <= 0 or top < 0 or top + blank.stretch_height > height:
                continue
            if any(other is not blank and other.printing
                   and min(top + strip, other.rel_y + other.stretch_height) > max(top, other.rel_y)
                   for other in self.elements):
                continue
            for element in self.elements:
                if element.rel_y >= top + strip:
                    element.rel_y -= strip
            height -= strip
        return height

    def _fix_bottom(self, height: int) -> None:
        for element in self._fixed_to_bottom:
            element.rel_y = height - (self.height - element.design.y)

    def stretch_printed(self, height: int) -> None:
        """The container ends up ``height`` tall after its part was printed (a frame that
        its band stretched): the elements that follow the container's height grow along."""
        growth = height - self.height
        for element in self.elements:
            kind = element.design.stretch_type
            if kind not in (StretchType.CONTAINER_HEIGHT, StretchType.RELATIVE_TO_BAND_HEIGHT,
                            StretchType.CONTAINER_BOTTOM) or not element.printed:
                continue
            if kind is StretchType.CONTAINER_BOTTOM:
                wanted = height - element.rel_y - (self.height - element.design.y - element.design.height)
            else:
                wanted = element.design.height + growth
            for printed in element.printed:
                printed.height = max(printed.height, wanted)

    def _stretch_to_container(self, height: int) -> None:
        growth = height - self.height
        if growth <= 0:
            return
        for element in self.elements:
            kind = element.design.stretch_type
            if kind in (StretchType.CONTAINER_HEIGHT, StretchType.RELATIVE_TO_BAND_HEIGHT):
                element.stretch_height = max(element.stretch_height, element.design.height + growth)
            elif kind is StretchType.CONTAINER_BOTTOM:
                element.stretch_height = max(element.stretch_height, height - element.rel_y - (self.height - element.design.y - element.design.height))
