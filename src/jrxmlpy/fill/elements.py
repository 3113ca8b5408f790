"""Filling one design element: deciding whether it prints, how tall it gets, and the
print element(s) it becomes.  ``docs/filling.md`` §3.3, §4 and §5.

A :class:`FillElement` lives as long as the filler; per band fill it goes through
``reset`` → ``evaluate`` → (``prepare`` → ``emit``/``defer``) for each part.
"""

from __future__ import annotations

import dataclasses
import logging
import math
from typing import TYPE_CHECKING, Any

from ..design import elements as D
from ..design.enums import EvaluationTime, TextAdjust
from ..document import (
    Origin,
    PrintElement,
    PrintEllipse,
    PrintFrame,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintText,
    copier_of,
)
from ..fonts.markup import StyledText, write_styled
from .markup import element_font, list_blocks, parse_markup, run_fonts

if TYPE_CHECKING:
    from .container import Container
    from .vertical import ReportFiller

log = logging.getLogger(__name__)

#: Whether a text that does not fit its (non-stretching) box keeps its whole text in the
#: print element, the cut only recorded as ``truncateIndex``.
KEEP_FULL_TEXT = "net.sf.jasperreports.print.keep.full.text"
#: Whether a stretching text that overflows takes all the room left (the default) or only
#: the height of the text that fits.
CONSUME_SPACE_ON_OVERFLOW = "net.sf.jasperreports.consume.space.on.overflow"
#: Whether a text that does not fit is cut after the last character that fits rather than
#: after the last word.
TRUNCATE_AT_CHAR = "net.sf.jasperreports.text.truncate.at.char"
#: What is appended to a cut text (the cut moves back so that the suffix fits too).
TRUNCATE_SUFFIX = "net.sf.jasperreports.text.truncate.suffix"
#: (enum members as constants: looking one up on its class costs a descriptor call)
_NOW = (None, EvaluationTime.NOW)
_STRETCH_HEIGHT = TextAdjust.STRETCH_HEIGHT
_TEXT_SETTINGS = frozenset((KEEP_FULL_TEXT, CONSUME_SPACE_ON_OVERFLOW, TRUNCATE_AT_CHAR, TRUNCATE_SUFFIX))


class FillElement:
    """The fill state of one design element."""

    printing_above = False  #: an element above it prints in this part (set by the container)

    def __init__(self, design: D.Element, filler: ReportFiller, origin: Origin, src_id: int) -> None:
        self.design = design
        self.filler = filler
        self.origin = origin
        self.src_id = src_id
        self.prints = 0
        self.rel_y = design.y
        self.stretch_height = design.height
        self.printing = False
        self.visible = True
        self.repeat_hidden = False  #: hidden because it repeats its previous value
        #: what the element printed in the last part its container filled
        self.printed: list[PrintElement] = []
        self.done = False
        #: The chain of ``<elementGroup>``s (outer → inner) the element sits in inside its
        #: band or frame; ``()`` = directly in the band/frame, itself an element group (§3.5).
        self.groups: tuple[int, ...] = ()

    # --- the per-band cycle --------------------------------------------------------------

    def reset(self) -> None:
        self.done = False

    def evaluate(self) -> None:
        """printWhenExpression and values, in the band's evaluation mode; an element
        that must not print repeated values is hidden when it repeats (§3.3)."""
        expression = self.design.print_when_expression
        self.visible = expression is None or self.filler.evaluate(expression) is True
        self.repeat_hidden = False
        if self.visible:
            if self.design.property_expressions:
                self.evaluate_properties()
            self.evaluate_content()
            if expression is None and not self.design.print_repeated_values and self.repeats():
                self.visible = self.filler.prints_repeated(self.design)
                self.repeat_hidden = not self.visible

    #: the values of the element's property expressions at its last evaluation
    dynamic_properties: dict[str, str | None] | None = None

    def evaluate_properties(self) -> None:
        """The element's ``<propertyExpression>``s evaluated now (those evaluated later are
        not supported); they go into the print element's properties over its static ones,
        a null value included (exporters such as the metadata ones read it)."""
        expressions = self.design.property_expressions
        if not expressions:
            return
        values: dict[str, str | None] = {}
        for prop in expressions:
            if prop.evaluation_time not in (None, EvaluationTime.NOW):
                continue
            value = self.filler.evaluate(prop.expression)
            values[prop.name] = None if value is None else str(value)
        self.dynamic_properties = values

    def _reprint_on_overflow(self, continuing: bool) -> None:
        """A repeated value hidden in the first part prints on the continuation parts
        when it is isPrintWhenDetailOverflows (§3.3)."""
        if continuing and self.repeat_hidden and self.design.print_when_detail_overflows:
            self.visible = True

    def repeats(self) -> bool:
        """Whether this evaluation repeats the previous one.  Static kinds (static text,
        lines, rectangles, ellipses) always do; elements with content (subreports,
        components, ...) never do."""
        return False

    def evaluate_content(self) -> None:
        """Kind-specific evaluation (text field values, image sources)."""

    def has_pending(self) -> bool:
        return self.visible and not self.done

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        """Decide whether the element prints in this part and its height; True when
        content is left for a next part (the container overflows)."""
        self.stretch_height = self.design.height
        self._reprint_on_overflow(continuing)
        if not self.visible or (continuing and self.done and not self.design.print_when_detail_overflows):
            self.printing = False
            return False
        if self.design.height > room:
            self.printing = False  # does not fit here: printed on the next part
            return can_overflow
        self.printing = True
        return False

    def defer(self) -> None:
        self.printing = False

    def emit(self, rel_y: int) -> list[PrintElement]:
        self.done = True
        self.prints += 1
        element = self.make_print(rel_y)
        return [element] if element is not None else []

    def make_print(self, rel_y: int) -> PrintElement | None:
        raise NotImplementedError

    # --- helpers ------------------------------------------------------------------------

    #: The print element class :meth:`new_print` makes.
    print_class: type[PrintElement] = PrintElement
    #: The fields :meth:`print_template`'s copy function takes, in order (a subclass may
    #: add its own after these four).
    per_print: tuple[str, ...] = ("y", "height", "print_id", "properties")
    #: (design, style name, a print with :meth:`common`'s attributes, the function copying
    #: it with the ``per_print`` fields) for :meth:`new_print`
    _template: tuple[Any, str | None, Any, Any] | None = None

    def print_template(self) -> tuple[Any, str | None, Any, Any]:
        """(design, style name, a ``print_class`` element with the attributes of
        :meth:`common`, the function copying it with the ``per_print`` fields given): made
        once while the design element and its style name stay the same."""
        d = self.design
        template = self._template
        if (template is not None and self._styled_for is not None and template[0] is d
                and self._styled_for is getattr(self.filler, "variants", None) and template[1] == self._style):
            return template  # (style_name() would give self._style: the variants are those it was found for)
        style = self.style_name()
        if template is None or template[0] is not d or template[1] != style:
            made = self.print_class(**self.common(0))
            made.properties = dict(d.properties)  # (copied for the prints without property expressions)
            template = self._template = (d, style, made, copier_of(type(made), self.per_print))
        return template

    def new_print(self, rel_y: int) -> Any:
        """A ``print_class`` element with the attributes of :meth:`common` (a copy of the
        :meth:`print_template`); a subclass with more ``per_print`` fields makes its prints
        itself."""
        template = self.print_template()
        made = template[2]
        return template[3](made, rel_y, self.stretch_height, self.prints, self.properties_of(made))

    def common(self, rel_y: int) -> dict[str, Any]:
        """The attributes every print element takes from its design element."""
        return {
            **self.design_attributes(),
            "y": rel_y,
            "height": self.stretch_height,
            "style": self.style_name(),
            "origin": self.origin,
            "source_id": self.src_id,
            "print_id": self.prints,
            "properties": self.print_properties(),
        }

    def properties_of(self, made: PrintElement) -> dict[str, str | None]:
        """The properties of a print copied from ``made``, its :meth:`print_template`: a
        copy of the template's, or :meth:`print_properties` with property expressions."""
        return made.properties.copy() if self.dynamic_properties is None else self.print_properties()

    def print_properties(self) -> dict[str, str | None]:
        """The print element's properties: the design's, with the values of its property
        expressions over them.  (Without property expressions, a print gets a copy of its
        :meth:`print_template`'s.)"""
        d = self.design
        return {**d.properties, **self.dynamic_properties} if self.dynamic_properties else dict(d.properties)

    _design_attributes: tuple[Any, dict[str, Any]] | None = None
    _styled_for: Any = None  # the filler's conditional style variants _style/_attributes hold for
    _style: str | None = None
    _attributes: Any = None

    def style_name(self) -> str | None:
        """``filler.style_name`` of the element, kept while the filler's conditional
        style variants stay the same (they are replaced, never changed, for each band)."""
        variants = getattr(self.filler, "variants", None)
        if variants is None:
            return self.filler.style_name(self.design)
        if variants is not self._styled_for:
            self._styled_for = variants
            self._style = self.filler.style_name(self.design)
            self._attributes = None
        return self._style

    def attributes(self) -> Any:
        """``filler.attributes`` of the element, kept as :meth:`style_name`."""
        variants = getattr(self.filler, "variants", None)
        if variants is None:
            return self.filler.attributes(self.design)
        if variants is not self._styled_for:
            self.style_name()
        if self._attributes is None:
            self._attributes = self.filler.attributes(self.design)
        return self._attributes

    def design_attributes(self) -> dict[str, Any]:
        """The print element's attributes that are the design element's own (the same
        for every print: worked out once per design element).  Never modified."""
        d = self.design
        cached = self._design_attributes
        if cached is None or cached[0] is not d:
            cached = self._design_attributes = (d, self.own_attributes())
        return cached[1]

    def own_attributes(self) -> dict[str, Any]:
        d = self.design
        return {"x": d.x, "width": d.width, "uuid": d.uuid, "key": d.key, "mode": d.mode,
                "forecolor": d.forecolor, "backcolor": d.backcolor}


class FillLine(FillElement):
    design: D.Line

    def repeats(self) -> bool:
        return True

    def own_attributes(self) -> dict[str, Any]:
        d = self.design
        return {**super().own_attributes(), "pen": _own_pen(d.pen), "fill": d.fill, "direction": d.direction}

    print_class = PrintLine

    def make_print(self, rel_y: int) -> PrintElement:
        return self.new_print(rel_y)


class FillRectangle(FillElement):
    design: D.Rectangle

    def repeats(self) -> bool:
        return True

    def own_attributes(self) -> dict[str, Any]:
        d = self.design
        return {**super().own_attributes(), "pen": _own_pen(d.pen), "fill": d.fill, "radius": d.radius}

    print_class = PrintRectangle

    def make_print(self, rel_y: int) -> PrintElement:
        return self.new_print(rel_y)


class FillEllipse(FillElement):
    design: D.Ellipse

    def repeats(self) -> bool:
        return True

    def own_attributes(self) -> dict[str, Any]:
        d = self.design
        return {**super().own_attributes(), "pen": _own_pen(d.pen), "fill": d.fill}

    print_class = PrintEllipse

    def make_print(self, rel_y: int) -> PrintElement:
        return self.new_print(rel_y)


def _own_pen(pen: Any) -> Any:
    if pen is None or (pen.line_width is None and pen.line_style is None and pen.line_color is None):
        return None
    return pen


class _Linked:
    """Hyperlink, anchor and bookmark level of an element that has them (text fields and
    images), evaluated with its content (at its evaluation time)."""

    design: Any
    filler: Any
    hyperlink: Any = None
    anchor_name: str | None = None
    bookmark_level: int = 0

    #: the design element known to have no link, anchor or bookmark expression to evaluate
    _linkless: Any = None

    def evaluate_links(self) -> None:
        d = self.design
        if self._linkless is d or self.linkless():
            self.clear_links()
            return
        from .images import evaluate_hyperlink

        self.hyperlink = evaluate_hyperlink(self.filler.evaluate, d.hyperlink)
        anchor = self.filler.evaluate(d.anchor_name_expression) if d.anchor_name_expression is not None else None
        self.anchor_name = None if anchor is None else str(anchor)
        level = d.bookmark_level
        if d.bookmark_level_expression is not None:
            value = self.filler.evaluate(d.bookmark_level_expression)
            level = int(value) if value is not None else 0
        self.bookmark_level = level

    def linkless(self) -> bool:
        """Whether the element has no hyperlink, anchor or bookmark level to evaluate
        (worked out once per design element: designs do not change during a fill)."""
        d = self.design
        if self._linkless is d:
            return True
        from .images import no_hyperlink

        if d.anchor_name_expression is None and d.bookmark_level_expression is None and no_hyperlink(d.hyperlink):
            self._linkless = d
            return True
        return False

    def clear_links(self) -> None:
        """No link (yet: before a delayed evaluation; or none: a linkless element)."""
        self.hyperlink, self.anchor_name, self.bookmark_level = None, None, self.design.bookmark_level

    def put_links(self, element: Any) -> None:
        element.hyperlink, element.anchor_name, element.bookmark_level = (
            self.hyperlink, self.anchor_name, self.bookmark_level)


class FillText(FillElement):
    """Static text and text fields: measured, stretched, cut."""

    #: no links on a static text (text fields have theirs, see :class:`_Linked`)
    hyperlink: Any = None
    anchor_name: str | None = None
    bookmark_level: int = 0

    design: D.TextElement
    print_class = PrintText
    per_print = (*FillElement.per_print, "text_height", "line_spacing_factor", "leading_offset", "value_class",
                 "pattern", "value", "text", "truncate_suffix")

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.text: str = ""
        self.offset = 0  # where the text continues on the next part
        self.layout: Any = None
        self.value_class: str | None = None
        self.pattern: str | None = None
        self.value: Any = None  # a text field's evaluated value (PrintText.value)
        self.delayed = False
        self.record = -1
        self.previous: str | None = None
        self.current: str | None = None
        self.repeating = False
        #: the parsed text of a styled-markup element (None: plain text)
        self.styled: StyledText | None = None
        self.keep_full_text = False
        self.consume_space_on_overflow = True
        #: how a text that does not fit is cut: (at the last character rather than the
        #: last word, suffix appended to the cut text or None)
        self.truncation: tuple[bool, str | None] = (False, None)

    def reset(self) -> None:
        self.done = False  # (FillElement.reset, inline: once per element and band)
        self.offset = 0

    def set_text(self, raw: str) -> None:
        """The element's text; styled markup is parsed into runs (``self.text`` is then
        the text without the tags and the print writes the runs back)."""
        self.styled = styled = parse_markup(raw, self.attributes().markup)
        self.text = styled.text if styled is not None else raw

    def runs(self, start: int) -> tuple[tuple[Any, ...] | None, tuple[Any, ...] | None]:
        """The font runs and paragraph blocks of the element's styled text from ``start``
        on (None: plain text)."""
        if self.styled is None:
            return None, None
        part = self.styled.slice(start, len(self.styled.text))
        return run_fonts(part, self.attributes()), list_blocks(part)

    def print_text(self, start: int, end: int) -> str:
        """The print's text for ``self.text[start:end]``."""
        styled = self.styled
        return self.text[start:end] if styled is None else self.write(styled, self.text, start, end)

    #: (design, keep_full_text, consume_space_on_overflow, truncation) when they do not
    #: depend on the record: the element has no property expression naming them.
    _settings: tuple[Any, bool, bool, tuple[bool, str | None]] | None = None

    def evaluate_content(self) -> None:
        d = self.design
        settings = self._settings
        if settings is not None and settings[0] is d:
            _, self.keep_full_text, self.consume_space_on_overflow, self.truncation = settings
            return
        self.keep_full_text = self.flag(KEEP_FULL_TEXT, False)
        self.consume_space_on_overflow = self.flag(CONSUME_SPACE_ON_OVERFLOW, True)
        suffix = self.property(TRUNCATE_SUFFIX)
        self.truncation = (self.flag(TRUNCATE_AT_CHAR, False), suffix.strip() or None if suffix else None)
        # the report's properties and the design's do not change during the fill
        if not any(prop.name in _TEXT_SETTINGS for prop in d.property_expressions):
            self._settings = (d, self.keep_full_text, self.consume_space_on_overflow, self.truncation)

    def property(self, name: str) -> str | None:
        """A property of the text element: its property expression (when not null), else
        its property, else the report's; None when none is set."""
        d = self.design
        value: Any = None
        for prop in d.property_expressions:
            if prop.name == name:
                value = self.filler.evaluate(prop.expression)
        if value is None:
            value = d.properties.get(name)
        if value is None:
            value = self.filler.report_property(name)
        return None if value is None else str(value)

    def flag(self, name: str, default: bool) -> bool:
        """A boolean property of the text element (see :meth:`property`); ``default``
        when none is set."""
        value = self.property(name)
        return default if value is None else value.strip().lower() == "true"

    def measure(self, text: str, extra: int, can_overflow: bool, start: int) -> Any:
        """The layout of ``text`` (the element's text from ``start`` on) in the element."""
        fonts, blocks = self.runs(start) if self.styled is not None else (None, None)
        return self.filler.measure(self.design, text, extra, can_overflow, fonts, blocks,
                                   truncation=self.truncation, style=self.style_name())

    def cut_text(self, print_text: PrintText, layout: Any) -> None:
        """Put a non-stretching element's text into its print element, cut where the
        layout stopped (or whole, the cut recorded, when the element keeps full text)."""
        whole = len(self.text)
        if layout is None or layout.fits:
            print_text.text = self.print_text(0, whole)
        elif self.keep_full_text and getattr(self.design, "text_adjust", None) is not TextAdjust.STRETCH_HEIGHT:
            print_text.text = self.print_text(0, whole)
            print_text.truncate_index = layout.text_offset
        else:
            print_text.text = self.print_text(0, layout.text_offset)
        if layout is not None:
            print_text.truncate_suffix = layout.text_suffix

    def stretches(self) -> bool:
        return False

    def write(self, styled: StyledText | None, text: str, start: int, end: int) -> str:
        """The print's text for ``text[start:end]``: styled text is written back from its runs."""
        if styled is None:
            return text[start:end]
        return write_styled(styled.slice(start, end), element_font(self.filler.attributes(self.design)))

    def has_pending(self) -> bool:
        return self.visible and (not self.done or self.offset < len(self.text))

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        d = self.design
        height = d.height
        self.stretch_height = height
        if continuing:
            self._reprint_on_overflow(continuing)
        if not self.visible:
            self.printing = False
            return False
        offset = self.offset
        if continuing and self.done and offset >= len(self.text):
            if not d.print_when_detail_overflows:
                self.printing = False
                return False
            self.offset = offset = 0
        if height > room:
            self.printing = False
            return can_overflow
        self.printing = True
        remaining = self.text[offset:] if offset else self.text
        if self.delayed:
            self.layout = None
            self.stretching = self.stretches()
            return False
        if d.remove_line_when_blank and _is_blank(remaining):
            self.printing = False  # §3.6: a blank text gives its line back
            return False
        self.stretching = stretches = self.stretches()
        extra = room - height if stretches and room > height else 0
        if self.styled is None:  # (self.measure without the runs of a styled text)
            self.layout = layout = self.filler.measure(d, remaining, extra, can_overflow and stretches, None, None,
                                                       truncation=self.truncation, style=self.style_name())
        else:
            self.layout = layout = self.measure(remaining, extra, can_overflow and stretches, offset)
        if stretches:
            box = self.attributes().box
            padding = box.top_padding + box.bottom_padding
            # observed in every oracle print: the float text height is rounded up
            natural = math.ceil(layout.text_height) + padding
            if not layout.fits and can_overflow:
                if self.consume_space_on_overflow:
                    self.stretch_height = height + extra
                else:
                    self.stretch_height = max(height, natural)
                return True
            if natural > height:
                self.stretch_height = natural
        return False

    #: :meth:`stretches` when the element was last prepared to print (emit follows)
    stretching = False

    def emit(self, rel_y: int) -> list[PrintElement]:
        start = self.offset
        layout = self.layout
        stretches = self.stretching
        end = len(self.text) if layout is None or (layout.fits and stretches) else start + layout.text_offset
        self.offset = end if stretches else len(self.text)
        self.done = True
        self.prints += 1
        template = self.print_template()
        made = template[2]
        if layout is not None:
            height, spacing, leading = layout.text_height, layout.line_spacing_factor, layout.leading_offset
        else:
            height, spacing, leading = made.text_height, made.line_spacing_factor, made.leading_offset
        whole = stretches or layout is None or layout.fits  # (else cut_text decides)
        text = self.print_text(start, end) if stretches else self.print_text(0, len(self.text)) if whole else None
        suffix = layout.text_suffix if layout is not None else made.truncate_suffix
        print_text: PrintText = template[3](made, rel_y, self.stretch_height, self.prints, self.properties_of(made),
                                            height, spacing, leading, self.value_class, self.pattern, self.value,
                                            text, suffix)
        if self.anchor_name is not None or self.hyperlink is not None or self.bookmark_level:
            print_text.hyperlink, print_text.anchor_name, print_text.bookmark_level = (
                self.hyperlink, self.anchor_name, self.bookmark_level)
        if not whole:
            self.cut_text(print_text, layout)
        if self.delayed:
            self.filler.delay(self, print_text)
        return [print_text]

    def own_attributes(self) -> dict[str, Any]:
        d = self.design
        attributes = {**super().own_attributes(), "horizontal_alignment": d.text.horizontal_alignment,
                      "vertical_alignment": d.text.vertical_alignment, "rotation": d.text.rotation,
                      "markup": d.text.markup, "box": _own_box(d.box), "font": _own_font(d.font),
                      "paragraph": _own_paragraph(d.paragraph)}
        # (a None that is PrintText's default anyway is left out: fewer arguments per print)
        return {k: v for k, v in attributes.items() if v is not None or k not in _TEXT_NONE_DEFAULTS}

    def complete(self, print_text: PrintText) -> None:
        """Evaluate a delayed text field now and put its text into its print element."""


class FillStaticText(FillText):
    design: D.StaticText

    def repeats(self) -> bool:
        return True

    def evaluate_content(self) -> None:
        super().evaluate_content()
        self.set_text((self.design.content or "").replace("\r\n", "\n").replace("\r", "\n"))

    def stretches(self) -> bool:
        return False


class FillTextField(_Linked, FillText):
    design: D.TextField

    def evaluate_content(self) -> None:
        super().evaluate_content()
        d = self.design
        self.delayed = d.evaluation_time not in _NOW
        if self.delayed:
            self.text, self.styled = "", None
            self.clear_links()
            return
        self.set_text(self.compute_text())
        self.evaluate_links()
        self.compare_with_previous(self.filler.dataset.record_count)

    def compare_with_previous(self, record: int) -> None:
        """Whether the text just set repeats the previous record's (``repeating``).  A
        band evaluated again for the same record (moved whole to the next column or page
        by splitType Prevent) compares with the same previous value, not with itself."""
        if record != self.record:
            self.record, self.previous = record, self.current
        text = self.current = self.text
        self.repeating = self.previous is not None and self.previous == text

    def repeats(self) -> bool:
        return not self.delayed and self.repeating

    #: (expression, its declared class) for :meth:`compute_text`
    _value_class: tuple[Any, str] | None = None

    def compute_text(self) -> str:
        d = self.design
        filler = self.filler
        expression = d.expression
        value = filler.evaluate(expression) if expression is not None else None
        attributes = self.attributes()
        if d.pattern_expression is not None:
            pattern = filler.evaluate(d.pattern_expression)
        else:
            pattern = attributes.pattern
        declared = self._value_class  # (the filler's value_class depends on the expression only)
        if declared is None or declared[0] is not expression:
            declared = self._value_class = (expression, filler.value_class(expression, value))
        return self.put_value(value, filler.format_value(value, declared[1], pattern, attributes))

    def put_value(self, value: Any, formatted: Any) -> str:
        """Keep an evaluated value and its formatting (``FormattedText``) for the print;
        its text is returned."""
        self.value = value
        self.value_class = formatted.value_class
        self.pattern = formatted.pattern
        return formatted.text

    def stretches(self) -> bool:
        d = self.design
        return d.text_adjust is _STRETCH_HEIGHT and not self.delayed

    def complete(self, print_text: PrintText) -> None:
        # The late text is measured and written like a current one, but it is not this
        # element's text: a band still continuing on the next page must not print it again.
        current = self.text, self.styled
        self.set_text(self.compute_text())
        try:
            layout = self.measure(self.text, 0, False, 0)
            self.cut_text(print_text, layout)
        finally:
            self.text, self.styled = current
        print_text.text_height = layout.text_height
        print_text.line_spacing_factor = layout.line_spacing_factor
        print_text.leading_offset = layout.leading_offset
        print_text.value_class = self.value_class
        print_text.pattern = self.pattern
        print_text.value = self.value
        self.evaluate_links()
        self.put_links(print_text)


_TEXT_NONE_DEFAULTS = frozenset(f.name for f in dataclasses.fields(PrintText) if f.default is None)


def _is_blank(text: str) -> bool:
    """Blank as JasperReports trims: nothing but spaces and control characters."""
    return all(ch <= " " for ch in text)


def _own_box(box: Any) -> Any:
    return box if box is not None and box != type(box)() else None


def _own_font(font: Any) -> Any:
    return font if font is not None and font != type(font)() else None


def _own_paragraph(paragraph: Any) -> Any:
    return paragraph if paragraph is not None and paragraph != type(paragraph)() else None


class FillImage(_Linked, FillElement):
    """Images: the picture is read when the element is evaluated (``fill/images.py``).

    ``scaleImage`` RealHeight/RealSize (from the element or its style) make the element
    as tall as the picture (plus vertical padding; never shorter than designed) and, for
    RealSize, as wide (placed by ``hAlign``); the print says RetainShape.  A picture
    taller than the room left is printed on the next part (floating elements below are
    pushed along); where it may not overflow, or on that next part, it shrinks to the
    room.  Lazy and delayed (``evaluationTime``) images keep their designed box."""

    design: D.Image

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.content: Any = None
        self.delayed = False
        self.overflowed = False
        self.real: tuple[int, int, int] | None = None  # (x, width, height) of a real-size print
        self.last_renderer: str | None = None  # the renderer of the previous print
        self.repeating = False
        self._eval_record: int | None = None
        self._before: tuple[str | None, int] = (None, 0)

    def reset(self) -> None:
        super().reset()
        self.overflowed = False

    def evaluate_content(self) -> None:
        d = self.design
        self.delayed = d.evaluation_time not in _NOW
        if self.delayed:
            self.content = None
            self.clear_links()
            return
        self.content = self._load()
        renderer = self.content.renderer_id if self.content is not None else None
        # The same picture as the last print repeats (a location cached by isUsingCache
        # keeps its renderer).  A band evaluated again for the same record (it moved whole
        # to a new column/page) compares with what was printed before its discarded part.
        record = getattr(getattr(self.filler, "dataset", None), "record_count", None)
        if record is not None and record == self._eval_record:
            self.last_renderer, printed = self._before
        else:
            self._before = (self.last_renderer, self.prints)
            printed = self.prints
        self._eval_record = record
        self.repeating = printed > 0 and renderer == self.last_renderer
        self.evaluate_links()

    def _suppressed(self) -> bool:
        """isPrintRepeatedValues="false" and the picture repeats (docs/filling.md §3.3)."""
        d = self.design
        if d.print_repeated_values or not self.repeating or d.print_when_expression is not None:
            return False
        if d.print_in_first_whole_band:
            state = getattr(self.filler, "state", None)
            if state is not None and (getattr(state, "is_new_page", False) or getattr(state, "is_new_column", False)):
                return False
        return True

    def _load(self) -> Any:
        from .images import load_image

        d = self.design
        value = self.filler.evaluate(d.expression) if d.expression is not None else None
        return load_image(value, self.filler.report.resources, d.on_error_type, d.location,
                          lazy=d.lazy, using_cache=d.using_cache)

    def scale(self) -> Any:
        return self.attributes().scale_image

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        from ..design.enums import OnErrorType, ScaleImage
        from ..errors import FillError
        from .images import fit_real_size, image_size, real_box

        d = self.design
        self.real = None
        if not continuing and self.visible and not self.delayed and self._suppressed():
            self.printing = False
            self.stretch_height = self.design.height
            self.done = True
            return False
        if d.remove_line_when_blank and not self.delayed and self.content is None:
            self.printing = False  # §3.6: no picture, the line is given back
            self.stretch_height = d.height
            return False
        overflows = super().prepare(room, continuing, can_overflow)
        if not self.printing or self.scale() not in (ScaleImage.REAL_HEIGHT, ScaleImage.REAL_SIZE):
            return overflows
        content = self.content
        if self.delayed or content is None or content.data is None:
            return overflows
        size = image_size(content.data)
        if size is None:
            if self.design.on_error_type is OnErrorType.ERROR:
                raise FillError(f"cannot read the size of image {content.source or '(data)'}", self.design.location)
            self.content = None
            return overflows
        d = self.design
        attrs = self.attributes()
        padding = attrs.box.top_padding + attrs.box.bottom_padding
        fitted = fit_real_size(size[0], size[1], d.width, padding, room, can_overflow and not self.overflowed)
        if fitted is None:  # taller than the room: the whole picture goes to the next part
            self.overflowed = True
            self.printing = False
            self.stretch_height = max(room, d.height)
            return True
        self.real = real_box(fitted, d.x, d.width, d.height, padding, self.scale() is ScaleImage.REAL_SIZE,
                             attrs.horizontal_image_alignment)
        self.stretch_height = self.real[2]
        return overflows

    def emit(self, rel_y: int) -> list[PrintElement]:
        elements = super().emit(rel_y)
        self.last_renderer = self.content.renderer_id if self.content is not None else None
        if self.delayed and elements:
            self.filler.delay(self, elements[0])  # type: ignore[arg-type]
        return elements

    def make_print(self, rel_y: int) -> PrintElement:
        from ..design.enums import ScaleImage

        d = self.design
        content = self.content
        scale = d.scale_image
        if self.scale() in (ScaleImage.REAL_HEIGHT, ScaleImage.REAL_SIZE):
            scale = ScaleImage.RETAIN_SHAPE
        image = PrintImage(**self.common(rel_y), pen=_own_pen(d.pen), scale_image=scale,
                           horizontal_alignment=d.horizontal_alignment, vertical_alignment=d.vertical_alignment,
                           on_error=d.on_error_type, box=_own_box(d.box), lazy=d.lazy,
                           hyperlink=self.hyperlink, anchor_name=self.anchor_name,
                           bookmark_level=self.bookmark_level)
        if self.real is not None:
            image.x, image.width = self.real[0], self.real[1]
        _put_content(image, content, d.lazy)
        return image

    def complete(self, image: PrintImage) -> None:
        """Evaluate a delayed image now and put its picture and links into its print."""
        _put_content(image, self._load(), self.design.lazy)
        self.evaluate_links()
        self.put_links(image)


def _put_content(image: PrintImage, content: Any, lazy: bool) -> None:
    if content is None:
        image.data = image.source = image.mime_type = image.renderer_id = None
        return
    image.data = content.data
    image.source = content.source if lazy else None
    image.mime_type = content.mime_type
    image.renderer_id = content.renderer_id


class FillFrame(FillElement):
    """A frame: a container inside an element."""

    design: D.Frame

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.contents: Container | None = None
        self.part: Any = None
        self.prepared_height = 0

    def reset(self) -> None:
        super().reset()
        if self.contents is not None:
            self.contents.reset()

    def evaluate(self) -> None:
        super().evaluate()
        if self.visible and self.contents is not None:
            for child in self.contents.elements:
                child.evaluate()

    def has_pending(self) -> bool:
        return self.visible and (not self.done or (self.contents is not None and self.contents.continuing))

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        self.stretch_height = self.design.height
        if not self.visible or (continuing and self.done and not (self.contents and self.contents.continuing)):
            self.printing = False
            return False
        if self.design.height > room and not (self.contents and self.contents.continuing):
            self.printing = False
            return can_overflow
        box = self.attributes().box
        padding = box.top_padding + box.bottom_padding
        assert self.contents is not None
        part = self.contents.fill(max(0, room - padding), can_overflow=can_overflow, white_space_overflows=True)
        self.part = part
        self.printing = True
        self.stretch_height = max(self.design.height, part.height + padding) if not part.overflows else room
        self.prepared_height = self.stretch_height
        return part.overflows

    def make_print(self, rel_y: int) -> PrintElement:
        # Children keep their coordinates: the print's frame children are relative to the
        # frame's padded area (exporters add the padding), as JasperReports writes them.
        d = self.design
        if self.contents is not None and self.stretch_height > self.prepared_height:
            # the band stretched the frame further: its children that follow it grow along
            box = self.filler.attributes(d).box
            self.contents.stretch_printed(self.stretch_height - box.top_padding - box.bottom_padding)
        return PrintFrame(**self.common(rel_y), box=_own_box(d.box), elements=list(self.part.elements))


class FillBreak(FillElement):
    """A page or column break inside a band (§3.8): the band ends here for this part."""

    design: D.Break

    triggered = False  #: the band is cut here in the part being filled

    def prepare(self, room: int, continuing: bool, can_overflow: bool) -> bool:
        self.printing = self.triggered = False
        if not self.visible or self.done or continuing:
            return False
        self.done = True
        self.triggered = self.filler.break_allowed(self)
        if self.triggered:
            self.filler.pending_break = self.design.type
        return self.triggered

    def make_print(self, rel_y: int) -> PrintElement | None:
        return None


class FillPlaceholder(FillElement):
    """Element kinds the filler does not draw yet (charts, some components): the element
    keeps its place, empty, and one warning says so."""

    def make_print(self, rel_y: int) -> PrintElement:
        return PrintRectangle(**{**self.common(rel_y), "mode": None})
