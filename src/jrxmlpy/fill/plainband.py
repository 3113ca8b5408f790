"""The fast path of a *plain* band: one whose layout is its design, evaluated, measured and
emitted by one prepared routine instead of the general per-element cycle
(``FillElement.evaluate`` → :meth:`Container.fill` with ``prepare``/``emit``).

A band is plain when (checked once, when the band is built):

* it uses no conditional style (its style names and resolved attributes never change);
* its elements are only text fields, static texts, lines, rectangles and ellipses (no
  frame, image, subreport, break, crosstab or component);
* no element has a printWhenExpression, property expressions, isRemoveLineWhenBlank,
  isPrintRepeatedValues="false", a stretch type other than NoStretch or the position
  FixRelativeToBottom;
* its text fields are evaluated Now and have no patternExpression, hyperlink, anchor or
  bookmark-level expression;

and, once the band's first evaluation (always by the general ``FillElement.evaluate``)
has set what does not change from record to record, no text element has styled or HTML
markup.  What stays as that evaluation left it: every element is visible and not hidden
as a repeated value, no text field is delayed or has a link (``clear_links``), the text
elements keep their property-based settings and value classes, static texts their text.

For each later evaluation, :meth:`PlainBand.evaluate` evaluates the text fields into the
rest of the state ``FillElement.evaluate`` leaves, through the same element methods
(``put_value``, ``set_plain_text``, ``compare_with_previous``).
:meth:`PlainBand.fill` then lays out the band's first part (a continuation always takes
the general path) without the general machinery when, for the record at hand,

* every text fits its element's design box (its layout with no extra room fits, so no
  stretching element grows), and
* the band's design (its height, or the lowest element's bottom) fits the room;

nothing moves then (floating elements keep their design ``y``), every element prints at
its design place and height, and the elements are emitted by their own ``emit`` in
design order: the state left (``rel_y``, ``stretch_height``, ``printing``,
``printing_above``, ``layout``, ``stretching``, ``printed``, the container's ``first_y``
and ``continuing``) is the general path's, except that a text laid out as one line
(``TextMeasurer.one_line_width``) gets as ``layout`` the measures all such texts share
(``TextMeasurer.one_line_measures``: no text or lines), which is all ``emit`` reads of a
layout that fits.  When a condition fails, the general :meth:`Container.fill` lays the
band out from the evaluated state.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from ..design.enums import PositionType, StretchType
from ..errors import JrxmlpyError
from .container import Container, Part
from .elements import _NOW, FillEllipse, FillLine, FillRectangle, FillStaticText, FillText, FillTextField
from .text import format_text

if TYPE_CHECKING:
    from .vertical import FillBand, ReportFiller

_KINDS = (FillTextField, FillStaticText, FillLine, FillRectangle, FillEllipse)
_NO_STRETCH = (None, StretchType.NO_STRETCH)
_MARKUPS = ("styled", "html")  # (markups parse_markup parses into runs)
_MEMO_SIZE = 10_000  # (entries of a plain band's layout memos and seen texts per element: cleared when full)


def plain_elements(band: FillBand) -> bool:
    """Whether the band and its elements meet the static conditions of a plain band
    (see the module's docstring)."""
    if band.styles:
        return False
    for element in band.container.elements:
        d: Any = element.design
        if (type(element) not in _KINDS or d.print_when_expression is not None or d.property_expressions
                or d.remove_line_when_blank or not d.print_repeated_values or d.stretch_type not in _NO_STRETCH
                or d.position_type is PositionType.FIX_RELATIVE_TO_BOTTOM):
            return False
        if type(element) is FillTextField and (d.evaluation_time not in _NOW or d.pattern_expression is not None
                                               or not element.linkless()):
            return False
    return True


class PlainBand:
    """The prepared fill of a plain band (see the module's docstring)."""

    def __init__(self, band: FillBand, filler: ReportFiller) -> None:
        self.filler = filler
        self.container: Container = band.container
        elements = self.container.elements
        self.elements = elements
        first = self.container.by_y[0] if elements else None
        #: in design order: (element, design y, design height, printing_above as
        #: Container.fill sets it: whether an element before it in y order prints)
        self._boxes: list[tuple[Any, int, int, bool]] = [(e, e.design.y, e.design.height, e is not first) for e in elements]
        bottoms = [e.design.y + e.design.height for e in elements]
        #: the part's height when nothing stretches: the band, or its lowest element
        self.height = max([band.container.height, *bottoms])
        #: per text field: (element, expression, its function, its declared class, pattern,
        #: isBlankWhenNull), completed at the first fill
        self._fields: list[tuple[Any, ...]] | None = None
        #: per text element: (element, stretches, measurer, design height, vertical padding,
        #: memo of the layouts fitting the box by text, texts measured once, the measures of
        #: the one-line texts when they fit the box, else None), completed at the first fill
        self._texts: list[tuple[Any, ...]] | None = None
        #: False once the first evaluation found a text element that needs the general path
        self.usable = True

    # --- evaluation ------------------------------------------------------------------------

    def evaluate(self) -> None:
        """Evaluate the band's elements for the current record (in the filler's mode)."""
        fields = self._fields
        if fields is None:
            for element in self.elements:
                element.evaluate()
            if self.usable:
                self._prepare_plan()
            return
        filler = self.filler
        dataset = filler.dataset
        scope = dataset.scope(filler.mode)
        env = filler.ctx.env
        record = dataset.record_count
        for element, expression, fn, declared, pattern, blank in fields:
            if fn is None:
                value = None
            else:
                try:
                    value = fn(scope)
                except JrxmlpyError:
                    raise
                except Exception as exc:  # noqa: BLE001 - any failure of template code
                    value = dataset.failed(expression, exc)
            element.set_plain_text(element.put_value(
                value, format_text(value, declared, pattern, env, blank_when_null=blank)))
            element.compare_with_previous(record)

    def _prepare_plan(self) -> None:
        """What the first (general) evaluation found that stays for the fill; the band is
        left to the general path when a text element turns out to need it."""
        filler = self.filler
        fields, texts = [], []
        for element in self.elements:
            if not isinstance(element, FillText):
                continue
            d = element.design
            attributes = element.attributes()
            settings = element._settings  # noqa: SLF001 - (what FillText.evaluate_content keeps)
            if attributes.markup in _MARKUPS or settings is None or settings[0] is not d:
                self.usable = False
                return
            name = element.style_name()
            style = name if name is not None else ...  # (as ReportFiller.measure passes it)
            box = attributes.box
            stretches = element.stretches()
            measurer = filler.ctx.measurer_of(d, style, element.truncation)
            padding = box.top_padding + box.bottom_padding
            one_line = measurer.one_line_measures()
            if not one_line.fits or (stretches and math.ceil(one_line.text_height) + padding > d.height):
                one_line = None  # (one-line texts do not fit the box either: measured one by one)
            texts.append((element, stretches, measurer, d.height, padding,
                          *filler.ctx.box_layouts(d, style, element.truncation), one_line))
            if type(element) is FillTextField:
                expression = d.expression
                fn = filler.dataset.compiled(expression) if expression is not None else None
                declared = element._value_class  # noqa: SLF001 - (kept by compute_text)
                if expression is not None and (declared is None or declared[0] is not expression):
                    self.usable = False
                    return
                fields.append((element, expression, fn, declared[1] if declared is not None else None,
                               attributes.pattern, attributes.blank_when_null))
        self._fields, self._texts = fields, texts

    # --- layout ----------------------------------------------------------------------------

    def fill(self, available: int) -> Part:
        """The band's first part in ``available`` height, from the evaluated elements."""
        container = self.container
        texts = self._texts
        if texts is None or container.continuing or self.height > available:
            return container.fill(available)
        for plan in texts:
            element = plan[0]
            layout = plan[5].get(element.text)
            if layout is None:
                layout = self._measure(plan)
                if layout is None:
                    # the text needs room beyond its design box (the layouts set so far are
                    # set again by the general path's prepare before any emit)
                    return container.fill(available)
            element.stretching = plan[1]
            element.layout = layout
        container.first_y = 0
        printed: list[Any] = []
        for element, y, height, above in self._boxes:
            element.rel_y = y
            element.printing_above = above
            element.stretch_height = height
            element.printing = True
            element.printed = made = element.emit(y)
            printed += made
        container.continuing = False
        return Part(self.height, printed, False, False)

    def _measure(self, plan: tuple[Any, ...]) -> Any:
        """The layout of a text element's text with no extra room (``plan``: the element's
        entry of ``_texts``) when it fits the design box, else None; kept in the element's
        memo (``FillContext.box_layouts``) from the second time the text is seen."""
        element, stretches, measurer, height, padding, fitting, seen, one_line = plan
        text = element.text
        if one_line is not None and measurer.one_line_width(text) is not None:
            layout = one_line
        else:
            layout = measurer.measure(text)  # (as FillContext.measure does for a plain text)
            if not layout.fits or (stretches and math.ceil(layout.text_height) + padding > height):
                return None
        if text in seen:
            if len(fitting) >= _MEMO_SIZE:
                fitting.clear()
            fitting[text] = layout
        else:
            if len(seen) >= _MEMO_SIZE:
                seen.clear()
            seen[text] = None
        return layout
