"""Text measurement as JasperReports 6.20's ``TextMeasurer`` does it.

:func:`measure` answers, for the text of a text element, where its lines break, how tall the
text is (the print's ``textHeight``), the ``lineSpacingFactor`` and ``leadingOffset`` written
in the print, and where the text is cut when it does not fit the available height.

The JasperReports behaviour reproduced here (learned from its public sources and checked
against prints of the reference engine):

* the text is split into paragraphs at ``\\n``; an empty paragraph (two ``\\n`` in a row, a
  leading ``\\n`` or a trailing one) is measured as a single space; a text that is empty has
  no line at all;
* each paragraph is broken into lines: the text up to the last line-break opportunity
  (:mod:`.linebreak`) whose width fits is taken; trailing white space does not count; a
  first word wider than the line is cut at the last character that fits (at least one);
* plain single-font text without tabs uses the "simple" wrapper (``Font.getStringBounds``
  widths); text with tabs goes through the "complex" wrapper (``LineBreakMeasurer`` /
  ``TextLayout``), where a line is split into tab segments placed on tab stops;
* line *i* adds ``leading + k * ascent`` where ``k`` is 1 for the first line of the text and
  1.5 / 2 / the proportional size for the following ones (``AtLeast`` takes the max of the
  single height and the size, ``Fixed`` the size), plus ``spacingBefore`` on the very first
  line; then the descent of the line is added (and taken back before the next line's
  height is added, i.e. only the last line's descent remains);
* a line fits when ``height so far + line height + its descent <= available height``;
* ``lineSpacingFactor = (textHeight - spacingBefore) / sum of line font sizes`` and
  ``leadingOffset = (first line height) - first line font size * lineSpacingFactor``; both
  are 0 when a paragraph has tabs or the element has indents;
* everything is computed in Java ``float`` (binary32) arithmetic.

Styled text (:mod:`.markup`) passes its font runs: text with several fonts goes through the
complex wrapper with per-character advances and the largest ascent / descent / leading /
font size of the fonts on each line; list items start paragraphs indented by their depth.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ._float import f32
from .linebreak import BreakPositions, char_breaks, line_breaks
from .metrics import ScaledFont, _is_complex_cp
from .registry import FontRegistry, ResolvedFont, default_registry

__all__ = ["TabStop", "ParagraphStyle", "Padding", "Line", "TextLayout", "measure", "TextMeasurer"]

_INF = float("inf")


# -- inputs --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TabStop:
    position: int
    alignment: str = "Left"  # Left | Center | Right


def _norm_spacing(v: Any) -> str:
    if v is None:
        return "Single"
    v = getattr(v, "value", v)
    s = str(v)
    aliases = {
        "single": "Single",
        "1_1_2": "1_1_2",
        "one_and_half": "1_1_2",
        "onehalf": "1_1_2",
        "double": "Double",
        "atleast": "AtLeast",
        "at_least": "AtLeast",
        "fixed": "Fixed",
        "proportional": "Proportional",
    }
    return aliases.get(s.lower(), s)


@dataclass(frozen=True, slots=True)
class ParagraphStyle:
    """Resolved paragraph attributes (JasperReports defaults)."""

    line_spacing: str = "Single"  # Single | 1_1_2 | Double | AtLeast | Fixed | Proportional
    line_spacing_size: float = 1.0
    first_line_indent: int = 0
    left_indent: int = 0
    right_indent: int = 0
    spacing_before: int = 0
    spacing_after: int = 0
    tab_stop_width: int = 40
    tab_stops: tuple[TabStop, ...] = ()

    @classmethod
    def of(cls, p: Any = None, **overrides) -> ParagraphStyle:
        """From None, a ParagraphStyle, a ``jrxmlpy.design.Paragraph`` (None = default) or a dict."""
        if p is None:
            base: dict[str, Any] = {}
        elif isinstance(p, ParagraphStyle):
            if not overrides:
                return p
            base = {f: getattr(p, f) for f in cls.__dataclass_fields__}
        elif isinstance(p, dict):
            base = dict(p)
        else:
            base = {f: getattr(p, f, None) for f in cls.__dataclass_fields__}
        base.update(overrides)
        vals: dict[str, Any] = {}
        for f in cls.__dataclass_fields__:
            v = base.get(f)
            if v is None:
                continue
            if f == "line_spacing":
                v = _norm_spacing(v)
            elif f == "tab_stops":
                v = tuple(
                    t
                    if isinstance(t, TabStop)
                    else TabStop(int(t.position), str(getattr(t.alignment, "value", t.alignment) or "Left"))
                    for t in v
                )
            elif f == "line_spacing_size":
                v = float(v)
            else:
                v = int(v)
            vals[f] = v
        return cls(**vals)


@dataclass(frozen=True, slots=True)
class Padding:
    top: int = 0
    left: int = 0
    bottom: int = 0
    right: int = 0

    @classmethod
    def of(cls, p: Any) -> Padding:
        if p is None:
            return _NO_PADDING
        if isinstance(p, Padding):
            return p
        if isinstance(p, int | float):
            v = int(p)
            return cls(v, v, v, v)
        if isinstance(p, tuple | list):
            return cls(*(int(x or 0) for x in p))
        if isinstance(p, dict):
            return cls(**{k: int(v or 0) for k, v in p.items()})
        return cls(
            int(getattr(p, "top", 0) or 0),
            int(getattr(p, "left", 0) or 0),
            int(getattr(p, "bottom", 0) or 0),
            int(getattr(p, "right", 0) or 0),
        )


_NO_PADDING = Padding()
#: The characters of numbers and dates as printed (``TextMeasurer.fits_one_line`` bounds
#: the width of a text of only these by the widest of them; not '+', which is wider than
#: the digits in most fonts).
_NUMERIC = "0123456789.,-:/ "


# -- outputs -------------------------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    """A piece of a line between tabs: text range and horizontal placement (relative to the
    element's left edge, padding included, as JasperReports' ``TabSegment``)."""

    start: int
    end: int
    left_x: float
    right_x: float
    advance: float


@dataclass(slots=True)
class Line:
    """One measured line. ``start``/``end`` are offsets in the whole text (``end`` excludes a
    newline); ``baseline`` is measured from the top of the text area (below top padding)."""

    start: int
    end: int
    width: float
    baseline: float
    ascent: float
    descent: float
    leading: float
    line_height: float
    segments: list[Segment] = field(default_factory=list)
    paragraph_start: bool = False
    #: the line ends inside its paragraph (a wrap), not at a newline / the text end
    wrapped: bool = False


@dataclass(slots=True)
class TextLayout:
    text: str
    lines: list[Line]
    text_height: float
    line_spacing_factor: float
    leading_offset: float
    text_width: float
    #: offset up to which the text was laid out (``len(text)`` when everything fits)
    text_offset: int
    #: True when the whole text fits in the available height
    fits: bool
    #: suffix JasperReports appends to truncated text (``net.sf.jasperreports.text.truncate.suffix``)
    text_suffix: str | None = None
    font_size_sum: float = 0.0
    spacing_before: int = 0

    @property
    def truncated(self) -> bool:
        return not self.fits

    @property
    def line_break_offsets(self) -> list[int]:
        """The print's ``lineBreakOffsets`` (``net.sf.jasperreports.text.save.line.breaks``):
        the offsets of the wrap points, each relative to the previous one (newlines included
        in the distance); a wrap at the truncation point is left out."""
        out = []
        last = 0
        for ln in self.lines:
            if ln.wrapped:
                out.append(ln.end - last)
                last = ln.end
        if out and last == self.text_offset and not self.fits:
            out.pop()
        return out

    @property
    def line_texts(self) -> list[str]:
        return [self.text[ln.start : ln.end] for ln in self.lines]


# -- the wrappers ---------------------------------------------------------------------------


def _is_java_whitespace(ch: str) -> bool:
    # Character.isWhitespace: space separators except no-break ones, and \t \n \v \f \r, FS..US
    o = ord(ch)
    if o <= 0x20:
        return o == 0x20 or 0x09 <= o <= 0x0D or 0x1C <= o <= 0x1F
    if o in (0x00A0, 0x2007, 0x202F):
        return False
    return o in (0x1680, 0x2028, 0x2029, 0x205F, 0x3000) or 0x2000 <= o <= 0x200A


def _has_complex(text: str) -> bool:
    for ch in text:
        if ord(ch) >= 0x0300 and _is_complex_cp(ord(ch)):
            return True
    return False


class _TextLine:
    __slots__ = ("ascent", "descent", "leading", "advance", "count")

    def __init__(self, ascent: float, descent: float, leading: float, advance: float, count: int):
        self.ascent = ascent
        self.descent = descent
        self.leading = leading
        self.advance = advance
        self.count = count


class _Wrapper:
    """Single-font line wrapper: JasperReports' simple wrapper, or (``complex_=True``) the
    LineBreakMeasurer/TextLayout based one used for tabbed text."""

    def __init__(self, sf: ScaledFont, text: str, complex_: bool):
        self.sf = sf
        self.text = text
        self.complex = complex_
        # descent as SimpleTextLineWrapper derives it from getStringBounds
        asc, h, lead = sf.ascent, sf.height, sf.leading
        self.simple_descent = f32((-asc + h) - lead)

    def start_paragraph(self, start: int, end: int, truncate_at_char: bool = False) -> None:
        self._start(self.text[start:end], start, truncate_at_char)
        self.empty = False

    def start_empty_paragraph(self, start: int) -> None:
        self._start(" ", start, False)
        self.empty = True

    def _start(self, ptext: str, offset: int, truncate_at_char: bool) -> None:
        self.ptext = ptext
        self.empty = False
        self.offset = offset
        self.pos = 0
        self.truncate_at_char = truncate_at_char
        self._breaks: BreakPositions | None = None
        self.exact = truncate_at_char or (not ptext.isascii() and _has_complex(ptext))
        # prefix sums of advances (exact: every advance is a multiple of 2**-16)
        adv = self.sf.advance
        cache = self.sf._cache
        acc = 0.0
        pre = [0.0]
        for ch in ptext:
            a = cache.get(ch)
            acc += a if a is not None else adv(ch)
            pre.append(acc)
        self.prefix = pre

    @property
    def end(self) -> int:
        return len(self.ptext)

    @property
    def breaks(self) -> BreakPositions:
        """Break opportunities of the paragraph, computed on first need (a paragraph that
        fits on one line without trailing white space never needs them)."""
        b = self._breaks
        if b is None:
            t = self.ptext
            b = self._breaks = BreakPositions(char_breaks(t) if self.truncate_at_char else line_breaks(t))
        return b

    # widths ------------------------------------------------------------------------------

    def _width(self, a: int, b: int) -> float:
        pre = self.prefix
        w = pre[b] - pre[a]
        if w < 256.0:
            return w
        return self.sf.string_width(self.ptext, a, b)

    def _fragment_width(self, index: int) -> float:
        """SimpleTextLineWrapper.measureParagraphFragment: width to ``index`` minus trailing
        white space (never below the previous break, keeping at least one character)."""
        pos = self.pos
        end = index
        t = self.ptext
        if end > pos + 1 and _is_java_whitespace(t[end - 1]):
            preceding = self.breaks.preceding(end)
            if preceding == -1 or preceding <= pos:
                preceding = pos + 1
            end -= 1
            while end > preceding and _is_java_whitespace(t[end - 1]):
                end -= 1
        return self._width(pos, end)

    # LineBreakMeasurer ---------------------------------------------------------------------

    def _break_index_exact(
        self, width: float, limit_text: int, end_limit: int, require_word: bool, breaks
    ) -> int:
        """LineBreakMeasurer.nextOffset on text ``[pos, limit_text)`` (positions absolute in
        the paragraph)."""
        pos = self.pos
        t = self.ptext
        # TextMeasurer.getLineBreakIndex: first char whose advance makes the width negative
        w = f32(width)
        adv = self.sf.advance
        i = pos
        while w >= 0 and i < limit_text:
            w = f32(w - adv(t[i]))
            if w >= 0:
                i += 1
        char_at_max = i
        if char_at_max >= limit_text:
            nxt = limit_text
        elif _is_java_whitespace(t[char_at_max]):
            nxt = breaks.following(char_at_max)
            if nxt == -1:
                nxt = limit_text
        else:
            test = char_at_max + 1
            if test == limit_text:
                nxt = breaks.preceding(limit_text)
            else:
                nxt = breaks.preceding(test)
            if nxt <= pos:
                nxt = pos if require_word else max(pos + 1, char_at_max)
        if nxt > end_limit:
            nxt = end_limit
        return nxt

    def _sub_breaks(self, a: int, b: int):
        """Break positions of a fresh iterator over ``ptext[a:b]`` (absolute offsets)."""
        sub = self.ptext[a:b]
        pos = char_breaks(sub) if self.truncate_at_char else line_breaks(sub)
        return BreakPositions([p + a for p in pos])

    # lines ---------------------------------------------------------------------------------

    def next_line(self, width: float, end_limit: int, require_word: bool) -> _TextLine | None:
        if self.complex:
            return self._next_layout(width, end_limit, require_word)
        if self.exact:
            idx = self._break_index_exact(
                width, end_limit, end_limit, require_word, self._sub_breaks(self.pos, end_limit)
            )
            if idx <= self.pos:
                return None
            return self._simple_line(idx)
        return self._measure_line(width, end_limit, require_word)

    def _measure_line(self, width: float, end_limit: int, require_word: bool) -> _TextLine | None:
        pos = self.pos
        if end_limit > pos and self._fragment_width(end_limit) <= width:
            return self._simple_line(end_limit)
        # the largest break (<= end_limit) whose trimmed width fits
        bp = self.breaks.positions
        # candidates strictly after pos
        from bisect import bisect_right

        lo = bisect_right(bp, pos)
        hi = bisect_right(bp, end_limit)  # candidates bp[lo:hi]
        best = -1
        # widths grow with the break index: binary search for the last fitting candidate
        a, b = lo, hi - 1
        while a <= b:
            m = (a + b) >> 1
            if self._fragment_width(bp[m]) <= width:
                best = m
                a = m + 1
            else:
                b = m - 1
        if best >= 0:
            idx = bp[best]
        elif require_word:
            return None
        else:
            idx = self._break_index_exact(
                width, end_limit, end_limit, False, self._sub_breaks(pos, end_limit)
            )
        if idx <= pos:
            return None
        return self._simple_line(idx)

    def _simple_line(self, idx: int) -> _TextLine:
        sf = self.sf
        # widths are exact binary32 values already (see ScaledFont.string_width)
        w = self._fragment_width(idx)
        line = _TextLine(sf.ascent, self.simple_descent, sf.leading, w, idx - self.pos)
        self.pos = idx
        return line

    def _next_layout(self, width: float, end_limit: int, require_word: bool) -> _TextLine | None:
        idx = self._break_index_exact(width, self.end, end_limit, require_word, self.breaks)
        if idx <= self.pos:
            return None
        sf = self.sf
        # TextLayout.getAdvance: trailing white space included
        w = self._width(self.pos, idx)
        line = _TextLine(sf.ascent, sf.descent, sf.leading, w, idx - self.pos)
        self.pos = idx
        return line

    def base_line(self) -> _TextLine:
        sf = self.sf
        return _TextLine(sf.ascent, sf.descent, sf.leading, 0.0, 0)


class _RunsWrapper(_Wrapper):
    """The complex wrapper over styled text whose runs use several fonts: advances come from
    each character's font and a line's ascent/descent/leading are the largest of the fonts
    on it (``TextLayout`` line metrics)."""

    def __init__(self, sf: ScaledFont, text: str, fonts: list[tuple[int, int, ScaledFont, ScaledFont]]):
        super().__init__(sf, text, True)
        #: (start, end, font of the line metrics, font of the advances)
        self.font_runs = fonts
        #: the largest font size on the line being laid out (reset by the measurer)
        self.line_size = 0.0

    def font_at(self, index: int) -> tuple[ScaledFont, ScaledFont]:
        for a, b, f, g in self.font_runs:
            if a <= index < b:
                return f, g
        return self.sf, self.sf

    def _start(self, ptext: str, offset: int, truncate_at_char: bool) -> None:
        self.ptext = ptext
        self.empty = False
        self.offset = offset
        self.pos = 0
        self.truncate_at_char = truncate_at_char
        self._breaks = None
        self.exact = True
        end = offset + len(ptext)
        chars: list[tuple[ScaledFont, ScaledFont]] = []
        for a, b, f, g in self.font_runs:
            lo, hi = max(a, offset), min(b, end)
            if lo < hi:
                if lo - offset > len(chars):
                    chars.extend([(self.sf, self.sf)] * (lo - offset - len(chars)))
                chars.extend([(f, g)] * (hi - lo))
        if len(chars) < len(ptext):
            chars.extend([self.font_at(offset)] * (len(ptext) - len(chars)))
        self.char_fonts = [f for f, _ in chars]
        self.char_advances = [g.advance(ch) for ch, (_, g) in zip(ptext, chars, strict=True)]
        acc = 0.0
        pre = [0.0]
        for advance in self.char_advances:
            acc = f32(acc + advance)
            pre.append(acc)
        self.prefix = pre

    def _width(self, a: int, b: int) -> float:
        return f32(self.prefix[b] - self.prefix[a])

    def _break_index_exact(self, width, limit_text, end_limit, require_word, breaks) -> int:
        advances = self.char_advances
        t = self.ptext
        pos = self.pos
        w = f32(width)
        i = pos
        while w >= 0 and i < limit_text:
            w = f32(w - advances[i])
            if w >= 0:
                i += 1
        char_at_max = i
        if char_at_max >= limit_text:
            nxt = limit_text
        elif _is_java_whitespace(t[char_at_max]):
            nxt = breaks.following(char_at_max)
            if nxt == -1:
                nxt = limit_text
        else:
            test = char_at_max + 1
            nxt = breaks.preceding(limit_text if test == limit_text else test)
            if nxt <= pos:
                nxt = pos if require_word else max(pos + 1, char_at_max)
        if nxt > end_limit:
            nxt = end_limit
        return nxt

    def _metrics(self, a: int, b: int) -> tuple[float, float, float, float]:
        fs = list({id(f): f for f in self.char_fonts[a:b]}.values()) or [self.sf]
        return (max(f.ascent for f in fs), max(f.descent for f in fs), max(f.leading for f in fs),
                max(f.size for f in fs))

    def _next_layout(self, width: float, end_limit: int, require_word: bool) -> _TextLine | None:
        idx = self._break_index_exact(width, self.end, end_limit, require_word, self.breaks)
        if idx <= self.pos:
            return None
        asc, desc, lead, size = self._metrics(self.pos, idx)
        line = _TextLine(asc, desc, lead, self._width(self.pos, idx), idx - self.pos)
        self.line_size = max(self.line_size, size)
        self.pos = idx
        return line

    def base_line(self) -> _TextLine:
        f = self.char_fonts[self.pos] if self.pos < len(self.char_fonts) else self.sf
        self.line_size = max(self.line_size, f.size)
        return _TextLine(f.ascent, f.descent, f.leading, 0.0, 0)


# -- tab stops (ParagraphUtil) ---------------------------------------------------------------


def _tab_stops(p: ParagraphStyle, end_x: float) -> list[TabStop]:
    out = []
    last = TabStop(0)
    for ts in p.tab_stops:
        last = ts
        if ts.position <= end_x:
            out.append(ts)
    w = p.tab_stop_width
    if w > 0:
        while last.position + w <= end_x:
            last = TabStop((last.position // w + 1) * w)
            out.append(last)
    return out


def _next_tab_stop(p: ParagraphStyle, end_x: float, right_x: float) -> TabStop:
    for ts in _tab_stops(p, end_x):
        if ts.position > right_x:
            return ts
    w = p.tab_stop_width or 1
    return TabStop(int(f32(f32(f32(right_x / w) + 1) * w)))


def _first_tab_stop(p: ParagraphStyle, end_x: float) -> TabStop:
    stops = _tab_stops(p, end_x)
    return stops[0] if stops else TabStop(int(end_x))


def _last_tab_stop(p: ParagraphStyle, end_x: float) -> TabStop:
    for ts in reversed(_tab_stops(p, end_x)):
        if ts.position < end_x:
            return ts
    return TabStop(int(end_x))


def _left_x(ts: TabStop | None, advance: float) -> float:
    if ts is None:
        return 0.0
    if ts.alignment == "Right":
        return f32(ts.position - advance)
    if ts.alignment == "Center":
        return f32(ts.position - f32(advance / 2))
    return float(ts.position)


def _right_x(ts: TabStop | None, advance: float) -> float:
    if ts is None:
        return advance
    if ts.alignment == "Right":
        return float(ts.position)
    if ts.alignment == "Center":
        return f32(ts.position + f32(advance / 2))
    return f32(ts.position + advance)


def _segment_offset(ts: TabStop | None, right_x: float) -> float:
    if ts is None or ts.alignment in ("Right", "Center"):
        return right_x
    return float(ts.position)


def _line_height(first: bool, p: ParagraphStyle, leading: float, ascent: float) -> float:
    ls = p.line_spacing
    if first or ls == "Single":
        return f32(leading + ascent)
    if ls == "1_1_2":
        return f32(leading + f32(1.5 * ascent))
    if ls == "Double":
        return f32(leading + f32(2.0 * ascent))
    size = f32(p.line_spacing_size)
    if ls == "Proportional":
        return f32(leading + f32(size * ascent))
    if ls == "AtLeast":
        return max(f32(leading + ascent), size)
    if ls == "Fixed":
        return size
    return f32(leading + ascent)


# -- the measurer ------------------------------------------------------------------------------


class _State:
    __slots__ = (
        "text_offset",
        "lines",
        "font_size_sum",
        "first_line_max_font_size",
        "text_width",
        "text_height",
        "first_line_leading",
        "is_measured",
        "spacing_before",
        "text_suffix",
        "line_list",
        "nlines",
    )

    def __init__(self) -> None:
        self.text_offset = 0
        self.lines = 0
        self.font_size_sum = 0.0
        self.first_line_max_font_size = 0.0
        self.text_width = 0.0
        self.text_height = 0.0
        self.first_line_leading = 0.0
        self.is_measured = True
        self.spacing_before = 0
        self.text_suffix: str | None = None
        self.line_list: list[Line] = []
        self.nlines = 0

    def snapshot(self) -> _State:
        """A cheap copy kept before each line (shares the line list; see :meth:`clone`)."""
        c = _State.__new__(_State)
        for s in _SCALARS:
            setattr(c, s, getattr(self, s))
        c.line_list = self.line_list
        c.nlines = len(self.line_list)
        return c

    def clone(self) -> _State:
        c = _State.__new__(_State)
        for s in _SCALARS:
            setattr(c, s, getattr(self, s))
        c.line_list = (
            self.line_list[: self.nlines] if self.nlines < len(self.line_list) else list(self.line_list)
        )
        c.nlines = len(c.line_list)
        return c

    def line_spacing_factor(self) -> float:
        if self.is_measured and self.lines > 0 and self.font_size_sum > 0:
            return f32(f32(self.text_height - self.spacing_before) / self.font_size_sum)
        return 0.0

    def leading_offset(self) -> float:
        if self.is_measured and self.lines > 0 and self.font_size_sum > 0:
            return f32(
                self.first_line_leading - f32(self.first_line_max_font_size * self.line_spacing_factor())
            )
        return 0.0


_SCALARS = tuple(x for x in _State.__slots__ if x not in ("line_list", "nlines"))


class TextMeasurer:
    """Measures one text element's text (JasperReports' ``TextMeasurer`` for plain text)."""

    def __init__(
        self,
        font: ResolvedFont,
        size: float,
        width: int,
        height: int,
        *,
        paragraph: ParagraphStyle | None = None,
        padding: Padding | None = None,
        rotation: str | None = None,
        truncate_at_char: bool = False,
        truncate_suffix: str | None = None,
    ):
        self.font = font
        self.size = f32(float(size))
        self.sf = font.at(self.size)
        self.paragraph = paragraph or ParagraphStyle()
        pad = padding or _NO_PADDING
        top, left, bottom, right = pad.top, pad.left, pad.bottom, pad.right
        rot = (rotation or "None").lower()
        if rot == "left":
            width, height = height, width
            top, left, bottom, right = left, bottom, right, top
        elif rot == "right":
            width, height = height, width
            top, left, bottom, right = right, top, left, bottom
        elif rot in ("upsidedown", "upside_down"):
            top, bottom = bottom, top
            left, right = right, left
        self.width = width
        self.height = height
        self.top, self.left, self.bottom, self.right = top, left, bottom, right
        self.truncate_at_char = truncate_at_char
        s = truncate_suffix.strip() if truncate_suffix else None
        self.truncate_suffix = s or None
        p = self.paragraph
        self.has_indents = p.first_line_indent > 0 or p.left_indent > 0 or p.right_indent > 0
        # sums of sizes with few fraction bits stay exact in binary32
        self.size_exact = (self.size * 64).is_integer() and self.size < 4096
        self._lh_cache: dict = {}
        self.block_indent = 0
        self._one_line_metrics: tuple[Any, ...] | None = None
        self._one_line_chars: tuple[int, int] | None = None

    def measure(
        self,
        text: str,
        available_stretch_height: float = 0,
        can_overflow: bool = False,
        fonts: list[tuple[int, int, ResolvedFont, float, float]] | None = None,
        blocks: list[tuple[int, int, int]] | None = None,
    ) -> TextLayout:
        """Lay out ``text``; ``fonts``: the runs of a styled text as (start, end, font, size,
        size of the advances: smaller for super/subscripts) (None: the whole text in the
        measurer's font); ``blocks``: (start, end, left indent)
        of the parts of a styled text that start new paragraphs (list items: each starts
        a paragraph indented by its list depth), covering the text (None: one block)."""
        max_height = self.max_height_for(available_stretch_height)
        if fonts is None and blocks is None:
            one_line = self._one_line(text, max_height)
            if one_line is not None:
                return one_line
        self.max_height = max_height
        self.can_overflow = can_overflow
        self.text = text
        self.state = _State()
        self.prev: _State | None = None
        if fonts and any(f is not self.font or z != self.size or g != z for _, _, f, z, g in fonts):
            runs = [(a, b, f.at(f32(float(z))), f.at(f32(float(g)))) for a, b, f, z, g in fonts]
            wrapper: _Wrapper = _RunsWrapper(self.sf, text, runs)
        else:
            wrapper = _Wrapper(self.sf, text, complex_="\t" in text)
        self.wrapper = wrapper

        rendered = True
        n = len(text)
        for b_start, b_end, indent in blocks or ((0, n, 0),):
            self.block_indent = indent
            prev_newline = False
            i = b_start
            while i < b_end and rendered:
                j = text.find("\n", i, b_end)
                if j == i:
                    # a newline token
                    if prev_newline:
                        rendered = self._render_paragraph(i - 1, None)
                    if rendered and (i == b_start or i == n - 1):
                        rendered = self._render_paragraph(i, None)
                    prev_newline = True
                    i += 1
                else:
                    end = b_end if j < 0 else j
                    rendered = self._render_paragraph(i, text[i:end])
                    prev_newline = False
                    i = end
            if not rendered:
                break
        st = self.state
        return TextLayout(
            text=text,
            lines=st.line_list,
            text_height=st.text_height,
            line_spacing_factor=st.line_spacing_factor(),
            leading_offset=st.leading_offset(),
            text_width=st.text_width,
            text_offset=st.text_offset if not rendered else n,
            fits=rendered,
            text_suffix=st.text_suffix,
            font_size_sum=st.font_size_sum,
            spacing_before=st.spacing_before,
        )

    def max_height_for(self, available_stretch_height: float) -> float:
        """The height the text may take when the element may grow by
        ``available_stretch_height``.  A layout that fits is the same for every room at
        least as tall as its ``text_height``."""
        if self.height == _INF or available_stretch_height == _INF:
            return _INF
        return max(0, int(self.height + available_stretch_height - self.top - self.bottom))

    def one_line_width(self, text: str) -> float | None:
        """The advance of ``text`` when it is laid out as one line (ASCII, no newline or
        tab, no trailing white space, no indents) that fits the width; None otherwise.
        Whether it also fits the height is the same for every such text (see
        :meth:`one_line_measures`)."""
        p = self.paragraph
        if (
            not text
            or not text.isascii()
            or "\n" in text
            or "\t" in text
            or text[-1] <= " "  # Java white space ends the line: trimmed by the general path
            or self.truncate_at_char
            or p.first_line_indent
            or p.left_indent
            or p.right_indent
        ):
            return None
        sf = self.sf
        cache = sf._cache
        adv = sf.advance
        acc = 0.0
        for ch in text:  # the same sum as _Wrapper._start's prefix sums
            a = cache.get(ch)
            acc += a if a is not None else adv(ch)
        start_x = float(self.left)
        end_x = float(self.width - self.right)
        if end_x < start_x:
            end_x = start_x
        if acc >= 256.0 or acc > end_x - start_x:
            return None
        return acc

    def fits_one_line(self, text: str) -> bool:
        """Whether :meth:`one_line_width` gives ``text`` a width.  A short text is known to
        fit without the sum (see :meth:`_sure_one_line_chars`)."""
        bounds = self._one_line_chars
        if bounds is None:
            bounds = self._one_line_chars = self._sure_one_line_chars()
        n = len(text)
        if (0 < n and text[-1] > " " and (n <= bounds[0] or (n <= bounds[1] and not text.strip(_NUMERIC)))
                and text.isascii() and "\n" not in text and "\t" not in text):
            return True
        return self.one_line_width(text) is not None

    def _sure_one_line_chars(self) -> tuple[int, int]:
        """The most characters of any one-line text (see :meth:`one_line_width`) that fit
        the room whatever they are, and the most of a text of ``_NUMERIC`` characters (the
        values printed once each, ids and amounts, are mostly those): the advances sum
        exactly (multiples of 2**-16 pt), so ``n`` times the widest advance bounds the sum."""
        p = self.paragraph
        if self.truncate_at_char or p.first_line_indent or p.left_indent or p.right_indent:
            return 0, 0
        start_x = float(self.left)
        room = max(float(self.width - self.right), start_x) - start_x

        def most(chars: Iterable[str]) -> int:
            widest = max(self.sf.advance(ch) for ch in chars)
            if widest <= 0:
                return 0
            n = int(room // widest)
            while n > 0 and (n * widest > room or n * widest >= 256.0):
                n -= 1
            return n

        return most(map(chr, range(128))), most(_NUMERIC)

    def one_line_measures(self) -> TextLayout:
        """What the layouts of every one-line text (:meth:`one_line_width`) share, as a
        layout without text or lines: its text height, line spacing factor, leading
        offset, font size sum and spacing; ``fits`` is whether such a text fits the box
        with no extra room.  For callers that need only those measures."""
        one = self._one_line_metrics
        if one is None:
            one = self._one_line_metrics = self._line_metrics()
        text_height, font_size_sum, spacing, lsf, leading_offset = one[4:]
        max_height = self.max_height_for(0)
        return TextLayout("", [], text_height, lsf, leading_offset, 0.0, 0,
                          max_height == _INF or text_height <= max_height, None, font_size_sum, spacing)

    def _one_line(self, text: str, max_height: float) -> TextLayout | None:
        """The layout of a text that is one line (ASCII, no newline or tab, no trailing white
        space, no indents) fitting both the width and ``max_height``, built directly: what
        the general path computes for it, without its per-line machinery.  None: the text
        needs the general path.  (Most printed values are such texts.)"""
        acc = self.one_line_width(text)
        if acc is None:
            return None
        start_x = float(self.left)
        one = self._one_line_metrics
        if one is None:
            one = self._one_line_metrics = self._line_metrics()
        max_asc, max_desc, max_lead, line_height, text_height, font_size_sum, spacing, lsf, leading_offset = one
        if max_height != _INF and text_height > max_height:
            return None
        n = len(text)
        if start_x > 0.0:
            lx0 = start_x
            right_x = f32(start_x + acc)
        else:
            lx0 = 0.0
            right_x = acc
        left = self.left
        text_width = right_x if left == 0 else f32(right_x - left)
        # (positional arguments, in field order: this runs for most printed values)
        line = Line(0, n, right_x if lx0 == 0 else f32(right_x - lx0), line_height, max_asc, max_desc, max_lead,
                    line_height, [Segment(0, n, lx0, right_x, acc)], True, False)
        return TextLayout(text, [line], text_height, lsf, leading_offset, text_width if text_width > 0.0 else 0.0,
                          n, True, None, font_size_sum, spacing)

    def _line_metrics(self) -> tuple[Any, ...]:
        """The measures of a first line in the simple wrapper (the same for every text):
        ascent, descent, leading, line height, text height, font size sum, spacing
        before, line spacing factor and leading offset, as :meth:`_render_line` finds them."""
        sf = self.sf
        p = self.paragraph
        descent = f32((-sf.ascent + sf.height) - sf.leading)  # as _Wrapper.simple_descent
        max_asc = sf.ascent if sf.ascent > 0.0 else 0.0
        max_desc = descent if descent > 0.0 else 0.0
        max_lead = sf.leading if sf.leading > 0.0 else 0.0
        line_height = f32(_line_height(True, p, max_lead, max_asc) + p.spacing_before)
        st = _State()
        st.lines = 1
        st.spacing_before = p.spacing_before
        st.font_size_sum = self.size if self.size_exact else f32(self.size)
        st.first_line_leading = f32(0.0 + line_height)
        st.first_line_max_font_size = st.font_size_sum
        st.text_height = f32(st.first_line_leading + max_desc)
        return (max_asc, max_desc, max_lead, st.first_line_leading, st.text_height, st.font_size_sum,
                p.spacing_before, st.line_spacing_factor(), st.leading_offset())

    # -- paragraphs ---------------------------------------------------------------------

    def _render_paragraph(self, start: int, ptext: str | None) -> bool:
        w = self.wrapper
        if ptext is None:
            w.start_empty_paragraph(start)
        else:
            w.start_paragraph(start, start + len(ptext))
        tabs = [k for k, ch in enumerate(ptext) if ch == "\t"] if ptext else []
        self.state.text_offset = start
        ctx = _LineCtx()
        rendered = True
        rendered_line = False
        first = True
        while w.pos < w.end and rendered:
            rendered = self._render_line(tabs, ctx, paragraph_start=first)
            first = False
            rendered_line = rendered_line or rendered
        if not rendered and self.prev is not None and not self.can_overflow:
            self._truncated_row(ptext, start, rendered_line)
        return rendered

    def _truncated_row(self, ptext: str | None, start: int, line_truncated: bool) -> None:
        if line_truncated and self.truncate_at_char and ptext is not None:
            self.state = self.prev.clone()  # type: ignore[union-attr]
            w = self.wrapper
            w.start_paragraph(self.state.text_offset, start + len(ptext), truncate_at_char=True)
            self._render_line([], _LineCtx(), paragraph_start=False)
        suffix = self.truncate_suffix
        if suffix is None:
            return
        prev = self.prev
        assert prev is not None
        line_start = prev.text_offset
        nl = self.text.find("\n", line_start)
        line_end = self.state.text_offset
        if 0 <= nl < line_end:
            line_end = nl
        line_text = self.text[line_start:line_end]
        line_pos = len(line_text)
        while True:
            self.state = prev.clone()
            cand = line_text[:line_pos] + suffix
            last = _Wrapper(self.sf, cand, complex_=False)
            last._start(cand, line_start, self.truncate_at_char)
            saved = self.wrapper
            self.wrapper = last
            ok = self._render_line([], _LineCtx(), paragraph_start=False)
            self.wrapper = saved
            if not ok:
                return
            if last.pos == line_pos + len(suffix):
                self.state.text_offset -= len(suffix)
                self.state.text_suffix = suffix
                if self.state.line_list:
                    ln = self.state.line_list[-1]
                    ln.end = min(ln.end, self.state.text_offset)
                return
            bp = BreakPositions(char_breaks(cand) if self.truncate_at_char else line_breaks(cand))
            line_pos = bp.preceding(line_pos)
            if line_pos <= 0:
                cut = self.state.text_offset - prev.text_offset
                actual = suffix[: max(0, cut)]
                if prev.text_offset > 0 and self.text[prev.text_offset - 1] != "\n":
                    actual = "\n" + actual
                self.state.text_suffix = actual
                self.state.text_offset = prev.text_offset
                if self.state.line_list:
                    self.state.line_list.pop()
                return

    # -- one line -----------------------------------------------------------------------

    def _render_line(self, tabs: list[int], ctx: _LineCtx, paragraph_start: bool) -> bool:
        w = self.wrapper
        p = self.paragraph
        st = self.state
        line_start = w.pos
        if isinstance(w, _RunsWrapper):
            w.line_size = 0.0
        max_asc = max_desc = max_lead = 0.0
        count = 0
        segments: list[Segment] = []
        old_seg: Segment | None = None
        crt: Segment | None = None
        complete = False
        while not complete:
            limit = w.end if ctx.tab >= len(tabs) else tabs[ctx.tab] + 1
            start_x = float((p.first_line_indent if w.pos == 0 else 0) + self.left)
            end_x = float(self.width - p.right_indent - self.right)
            if end_x < start_x:
                end_x = start_x
            seg_start = w.pos
            if not segments:
                right_x = start_x
            else:
                assert old_seg is not None
                right_x = old_seg.right_x
                ctx.next_tab = _next_tab_stop(p, end_x, right_x)
            off = _segment_offset(ctx.next_tab, right_x)
            left_indent = p.left_indent + self.block_indent
            avail = end_x - left_indent - off
            if not off.is_integer():
                avail = f32(f32(end_x - left_indent) - off)
            tl = w.next_line(avail, limit, ctx.require_word)
            if tl is not None:
                if tl.ascent > max_asc:
                    max_asc = tl.ascent
                if tl.descent > max_desc:
                    max_desc = tl.descent
                if tl.leading > max_lead:
                    max_lead = tl.leading
                count += tl.count
                lx = _left_x(ctx.next_tab, tl.advance)
                if right_x > lx:
                    rx = right_x + tl.advance if right_x == 0 else f32(right_x + tl.advance)
                    crt = Segment(seg_start + w.offset, w.pos + w.offset, right_x, rx, tl.advance)
                else:
                    crt = Segment(
                        seg_start + w.offset,
                        w.pos + w.offset,
                        lx,
                        _right_x(ctx.next_tab, tl.advance),
                        tl.advance,
                    )
                segments.append(crt)
            ctx.require_word = True
            if w.pos == limit:
                ctx.tab += 1
            if w.pos == w.end:
                complete = True
                ctx.next_tab = None
            elif w.pos == limit:
                assert crt is not None
                if crt.right_x >= _last_tab_stop(p, end_x).position:
                    complete = True
                    ctx.next_tab = _first_tab_stop(p, end_x)
            else:
                complete = True
                if tl is None:
                    first_pos = _first_tab_stop(p, end_x).position
                    if ctx.next_tab is None or ctx.next_tab.position == first_pos:
                        ctx.next_tab = None
                        ctx.require_word = False
                        base = w.base_line()
                        max_asc, max_desc, max_lead = base.ascent, base.descent, base.leading
                    else:
                        ctx.next_tab = _first_tab_stop(p, end_x)
                else:
                    ctx.next_tab = None
                    ctx.require_word = False
            old_seg = crt

        first_line = st.lines == 0
        key = (first_line, max_lead, max_asc)
        line_height = self._lh_cache.get(key)
        if line_height is None:
            line_height = _line_height(first_line, p, max_lead, max_asc)
            if first_line:
                line_height = f32(line_height + p.spacing_before)
            self._lh_cache[key] = line_height
        new_height = f32(st.text_height + line_height)
        fits = self.max_height == _INF or f32(new_height + max_desc) <= self.max_height
        if fits:
            self.prev = st.snapshot()
            st.spacing_before = p.spacing_before
            left = self.left
            tw = 0.0 if crt is None else (crt.right_x if left == 0 else f32(crt.right_x - left))
            if tw > st.text_width:
                st.text_width = tw
            st.text_height = new_height
            st.lines += 1
            if st.is_measured and not tabs and not self.has_indents:
                if isinstance(w, _RunsWrapper):
                    st.font_size_sum = f32(st.font_size_sum + (w.line_size or self.size))
                else:
                    fs = st.font_size_sum + self.size
                    st.font_size_sum = fs if self.size_exact else f32(fs)
                if st.lines == 1:
                    st.first_line_leading = st.text_height
                    st.first_line_max_font_size = st.font_size_sum
            else:
                st.is_measured = False
            st.text_height = f32(st.text_height + max_desc)
            st.text_offset += w.pos - line_start
            lx0 = segments[0].left_x if segments else 0.0
            width = 0.0 if crt is None else (crt.right_x if lx0 == 0 else f32(crt.right_x - lx0))
            st.line_list.append(
                Line(
                    start=w.offset + line_start,
                    end=w.offset + (0 if w.empty else w.pos),
                    width=width,
                    baseline=new_height,
                    ascent=max_asc,
                    descent=max_desc,
                    leading=max_lead,
                    line_height=line_height,
                    segments=segments,
                    paragraph_start=paragraph_start,
                    wrapped=w.pos < w.end,
                )
            )
        return fits


class _LineCtx:
    __slots__ = ("tab", "next_tab", "require_word")

    def __init__(self) -> None:
        self.tab = 0
        self.next_tab: TabStop | None = None
        self.require_word = False


def measure(
    text: str,
    font: str | ResolvedFont | None = "DejaVu Sans",
    size: float = 10,
    *,
    bold: bool = False,
    italic: bool = False,
    width: float,
    height: float | None = None,
    paragraph: Any = None,
    padding: Any = None,
    available_stretch_height: float = 0,
    can_overflow: bool = False,
    rotation: str | None = None,
    truncate_at_char: bool = False,
    truncate_suffix: str | None = None,
    registry: FontRegistry | None = None,
) -> TextLayout:
    """Lay out ``text`` as JasperReports does for a text element of ``width`` x ``height``
    (the element's box, padding given separately; ``height=None`` means unlimited).

    ``font`` is a family name (resolved through ``registry``, default: the bundled DejaVu
    fonts plus registered families) or a :class:`ResolvedFont`.  ``paragraph`` is a
    :class:`ParagraphStyle`, a ``jrxmlpy.design.Paragraph`` or a dict of its fields.
    """
    if isinstance(font, ResolvedFont):
        rf = font
    else:
        rf = (registry or default_registry()).resolve(font, bold, italic)
    tm = TextMeasurer(
        rf,
        size,
        int(width) if width != _INF else width,  # type: ignore[arg-type]
        _INF if height is None else int(height),  # type: ignore[arg-type]
        paragraph=ParagraphStyle.of(paragraph),
        padding=Padding.of(padding),
        rotation=rotation,
        truncate_at_char=truncate_at_char,
        truncate_suffix=truncate_suffix,
    )
    return tm.measure(text, available_stretch_height, can_overflow)
