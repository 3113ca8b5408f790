"""The one-line fast path of TextMeasurer gives exactly the general path's layout."""

from __future__ import annotations

import random

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from jrxmlpy.fonts import Padding, ParagraphStyle, TextMeasurer, resolve_font


def _general(tm: TextMeasurer, text: str, extra: float, can_overflow: bool):
    fast = tm._one_line
    tm._one_line = lambda *_: None  # type: ignore[method-assign]
    try:
        return tm.measure(text, extra, can_overflow)
    finally:
        tm._one_line = fast  # type: ignore[method-assign]


@pytest.mark.parametrize("seed", range(6))
def test_one_line_fast_path_equals_general_path(seed):
    rnd = random.Random(seed)
    alphabet = "abcXYZ019 .,;-'\"()&$ \x01"
    used = 0
    for _ in range(150):
        family = rnd.choice(["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"])
        font = resolve_font(family, rnd.random() < 0.3, rnd.random() < 0.3)
        paragraph = ParagraphStyle(
            line_spacing=rnd.choice(["Single", "1_1_2", "Double", "Proportional", "AtLeast", "Fixed"]),
            line_spacing_size=rnd.choice([0.5, 1.0, 2.0, 20.0]),
            spacing_before=rnd.choice([0, 0, 3]),
            first_line_indent=rnd.choice([0, 0, 0, 5]),
        )
        tm = TextMeasurer(
            font, rnd.choice([6, 10, 12, 12.5, 22]), rnd.randint(1, 300), rnd.randint(0, 40),
            paragraph=paragraph,
            padding=Padding(*(rnd.choice([0, 0, 2, 7]) for _ in range(4))),
            rotation=rnd.choice([None, "Left", "Right", "UpsideDown"]),
        )
        for _ in range(5):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
            extra, can_overflow = rnd.choice([0, 0, 10, 100]), rnd.random() < 0.5
            expected = _general(tm, text, extra, can_overflow)
            if tm._one_line(text, tm.max_height) is not None:
                used += 1
            assert tm.measure(text, extra, can_overflow) == expected, (text, tm.width, tm.height)
    assert used > 60  # the fast path was really exercised


@pytest.mark.parametrize("seed", range(3))
def test_one_line_width_and_measures_are_those_of_the_one_line_layout(seed):
    """``one_line_width`` says whether a text is laid out as one line in the width, and
    ``one_line_measures`` carries the measures every such layout has (the plain bands
    of the filler use them instead of a layout per text); ``fits`` is whether such a text
    fits the box with no extra room."""
    rnd = random.Random(seed)
    alphabet = "abcXYZ019 .,;-'()&$\u00e9"
    seen = {True: 0, False: 0}
    for _ in range(100):
        font = resolve_font(rnd.choice(["DejaVu Sans", "DejaVu Serif"]), rnd.random() < 0.3, False)
        tm = TextMeasurer(
            font, rnd.choice([6, 10, 12.5, 22]), rnd.randint(1, 200), rnd.randint(0, 40),
            paragraph=ParagraphStyle(spacing_before=rnd.choice([0, 3]), left_indent=rnd.choice([0, 0, 0, 4])),
            padding=Padding(*(rnd.choice([0, 2, 7]) for _ in range(4))),
        )
        measures = tm.one_line_measures()
        for _ in range(5):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
            width = tm.one_line_width(text)
            layout = tm._one_line(text, float("inf"))
            assert (width is None) == (layout is None), text
            if layout is None:
                continue
            seen[measures.fits] += 1
            assert layout.lines[0].segments[0].advance == width
            assert (layout.text_height, layout.line_spacing_factor, layout.leading_offset, layout.font_size_sum,
                    layout.spacing_before, layout.text_suffix) == (
                measures.text_height, measures.line_spacing_factor, measures.leading_offset,
                measures.font_size_sum, measures.spacing_before, measures.text_suffix)
            assert (tm.measure(text) == layout) is measures.fits  # (else: too tall for the box)
    assert seen[True] > 20 and seen[False] > 5


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono"]), st.booleans(),
       st.sampled_from([6, 10, 12, 12.5, 22, 40]), st.tuples(*[st.sampled_from([0, 2, 7])] * 4),
       st.sampled_from([0, 0, 0, 4, -3]), st.booleans(), st.sampled_from([None, None, "Left"]),
       st.text(alphabet="iWM019 .,\x01", min_size=1, max_size=50) | st.text(alphabet="i\n\t\u00e9 ", max_size=5)
       | st.text(alphabet="0123456789.,-+:/ ", min_size=1, max_size=30) | st.from_regex(r"[0-9]{1,12}[A-Z]?", fullmatch=True),
       st.integers(min_value=-3, max_value=3) | st.sampled_from([50, 200]))
@example("DejaVu Sans", False, 12, (0, 0, 0, 0), 0, False, None, "-1-1", -1)  # (a tight numeric bound)
def test_fits_one_line_is_whether_one_line_width_gives_a_width(family, bold, size, padding, indent, at_char,
                                                               rotation, text, delta):
    """The bound :meth:`fits_one_line` tries first never says a text fits that does not
    (the box is drawn about as wide as the text, or wider: no one-line text is wider than 256 pt)."""
    font = resolve_font(family, bold, False)
    sf = font.at(float(size))
    width = int(sum(sf.advance(ch) for ch in text)) + padding[1] + padding[3] + delta
    box = (width, 20) if rotation is None else (20, width)
    tm = TextMeasurer(font, size, *box, padding=Padding(*padding), paragraph=ParagraphStyle(left_indent=indent),
                      rotation=rotation, truncate_at_char=at_char)
    assert tm.fits_one_line(text) is (tm.one_line_width(text) is not None), (text, tm.width)
