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

For each later evaluation, :meth:`PlainBand.evaluate` evaluates the text fields and
formats their values (``format_text``, its String and int cases inline) into what
``FillTextField.evaluate`` leaves for the layout and the prints: ``value``,
``value_class``, ``pattern``, ``text`` and no styled runs.  Their repeated-value state
(``compare_with_previous``) is not kept: it is read only for elements that do not print
repeated values, which a plain band has none of.

:meth:`PlainBand.print_at` evaluates the band and lays out its first part (a
continuation always takes the general path) without the general machinery when, for the
record at hand,

* every text fits its element's design box (its layout with no extra room fits, so no
  stretching element grows), and
* the band's design (its height, or the lowest element's bottom) fits the room;

nothing moves then (floating elements keep their design ``y``) and every element prints
whole at its design place and height: the prints are copied from each element's print
template with what ``FillText.emit``/``FillElement.emit`` would give them, placed on the
page as ``ReportFiller._place`` places a part.  A text laid out as one line
(``TextMeasurer.fits_one_line``) gets as ``layout`` the measures all such texts share
(``TextMeasurer.one_line_measures``: no text or lines), which is all a print of a text
that fits reads of its layout.  The state left is what a later step
reads: the elements' ``done``, ``prints``, ``offset`` and ``layout`` and the container's
``first_y`` and ``continuing``, as the general path leaves them; the per-part layout
state (``rel_y``, ``stretch_height``, ``printing``, ``printed`` ...) is set again by the
general path before it is read.  When a condition fails, the general
:meth:`Container.fill` lays the band out from the evaluated state.  The filler's
bookkeeping for repeated values (``ReportFiller.first_whole_band``, its bands seen per
page and group) is not kept for a plain band either: nothing of it reads that.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from ..design.enums import PositionType, StretchType
from ..document import copier_of
from ..errors import JrxmlpyError
from .container import Container
from .elements import _NOW, FillEllipse, FillLine, FillRectangle, FillStaticText, FillText, FillTextField
from .text import format_text, integral_class, is_character_class, normalize_newlines

if TYPE_CHECKING:
    from .vertical import FillBand, ReportFiller

_KINDS = (FillTextField, FillStaticText, FillLine, FillRectangle, FillEllipse)
_NO_STRETCH = (None, StretchType.NO_STRETCH)
_MARKUPS = ("styled", "html")  # (markups parse_markup parses into runs)
#: (a plain band's memo of layouts: the text does not fit the design box)
_TOO_TALL: Any = object()
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
        self.elements = self.container.elements
        bottoms = [e.design.y + e.design.height for e in self.elements]
        #: the part's height when nothing stretches: the band, or its lowest element
        self.height = max([band.container.height, *bottoms])
        #: per text field: (element, expression, its function, its declared class, pattern,
        #: isBlankWhenNull, the class an int value records (``text.integral_class``), whether a
        #: str value is taken as it is (not maybe a Character)), completed at the first fill
        self._fields: list[tuple[Any, ...]] | None = None
        #: per text element: (element, stretches, measurer, design height, vertical padding,
        #: memo of the layouts fitting the box by text, texts measured once, the measures of
        #: the one-line texts when they fit the box, else None), completed at the first fill
        self._texts: list[tuple[Any, ...]] | None = None
        #: per element in design order: (element, design x, y and height, its print
        #: template, the function copying it with ``x`` and the element's ``per_print``
        #: fields, whether it is a text)
        self._emits: list[tuple[Any, ...]] = []
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
        value: Any
        for element, expression, fn, declared, pattern, blank, integral, plain_str in fields:
            if fn is None:
                value = None
            else:
                try:
                    value = fn(scope)
                except JrxmlpyError:
                    raise
                except Exception as exc:  # noqa: BLE001 - any failure of template code
                    value = dataset.failed(expression, exc)
            # format_text's first two cases inline (a String; an int without pattern)
            kind = type(value)
            if kind is str and plain_str:
                text = value if "\r" not in value else normalize_newlines(value)
                value_class = shown_pattern = None
            elif kind is int and not pattern:
                text = str(value)
                value_class = integral if integral is not None else (
                    "java.lang.Integer" if -0x80000000 <= value <= 0x7FFFFFFF else "java.lang.Long")
                shown_pattern = pattern
            else:
                text, value_class, shown_pattern = format_text(value, declared, pattern, env, blank_when_null=blank)
            element.value = value  # (what FillTextField.put_value and set_text keep)
            element.value_class = value_class
            element.pattern = shown_pattern
            element.text = text
            element.styled = None

    def _prepare_plan(self) -> None:
        """What the first (general) evaluation found that stays for the fill; the band is
        left to the general path when a text element turns out to need it."""
        filler = self.filler
        fields, texts, emits = [], [], []
        for element in self.elements:
            d = element.design
            made = element.print_template()[2]
            emits.append((element, d.x, d.y, d.height, made, copier_of(type(made), ("x", *element.per_print)),
                          isinstance(element, FillText)))
            if not isinstance(element, FillText):
                continue
            attributes = element.attributes()
            settings = element._settings  # noqa: SLF001 - (what FillText.evaluate_content keeps)
            if (attributes.markup in _MARKUPS or settings is None or settings[0] is not d
                    or element.hyperlink is not None or element.anchor_name is not None or element.bookmark_level):
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
                value_class = declared[1] if declared is not None else None
                fields.append((element, expression, fn, value_class, attributes.pattern, attributes.blank_when_null,
                               integral_class(value_class), not is_character_class(value_class)))
        self._fields, self._texts, self._emits = fields, texts, emits

    # --- layout ----------------------------------------------------------------------------

    def print_at(self, available: int, x: int, y: int, page_elements: list[Any]) -> int | None:
        """A new fill of the band for the current record: its elements evaluated and, when
        the band prints as designed in ``available`` height, its prints appended to
        ``page_elements`` placed at (``x``, ``y``); returns the height it took.  None: the
        general :meth:`Container.fill` must lay the band out (from the evaluated state,
        the container reset)."""
        container = self.container
        container.continuing = False  # (Container.reset's; the elements' part is done below)
        self.evaluate()
        texts = self._texts
        if texts is None or self.height > available:
            container.reset()
            return None
        for plan in texts:
            element = plan[0]
            layout = plan[5].get(element.text)
            if layout is None:
                layout = self._measure(plan)
            if layout is None or layout is _TOO_TALL:  # the text needs room beyond its design box
                container.reset()
                return None
            element.layout = layout
        container.first_y = 0
        add = page_elements.append
        # (what FillText.emit and FillElement.emit make of an element printing whole at its
        # design place and height, then placed as ReportFiller._place does)
        for element, ex, ey, height, made, copy, is_text in self._emits:
            element.done = True
            number = element.prints = element.prints + 1
            if is_text:
                layout = element.layout
                text = element.text
                element.offset = len(text)
                add(copy(made, ex + x, ey + y, height, number, made.properties.copy(), layout.text_height,
                         layout.line_spacing_factor, layout.leading_offset, element.value_class, element.pattern,
                         element.value, text, layout.text_suffix))
            else:
                add(copy(made, ex + x, ey + y, height, number, made.properties.copy()))
        return self.height

    def _measure(self, plan: tuple[Any, ...]) -> Any:
        """The layout of a text element's text with no extra room (``plan``: the element's
        entry of ``_texts``) when it fits the design box, else None; kept in the element's
        memo (``FillContext.box_layouts``) from the second time the text is seen, as
        ``_TOO_TALL`` when it does not fit (the general path lays that text out)."""
        element, stretches, measurer, height, padding, fitting, seen, one_line = plan
        text = element.text
        if one_line is not None and measurer.fits_one_line(text):
            layout = one_line
        else:
            layout = measurer.measure(text)  # (as FillContext.measure does for a plain text)
            if not layout.fits or (stretches and math.ceil(layout.text_height) + padding > height):
                layout = _TOO_TALL
        if text in seen:
            if len(fitting) >= _MEMO_SIZE:
                fitting.clear()
            fitting[text] = layout
        else:
            if len(seen) >= _MEMO_SIZE:
                seen.clear()
            seen[text] = None
        return layout if layout is not _TOO_TALL else None
