"""The one-line fast path of TextMeasurer gives exactly the general path's layout."""

from __future__ import annotations

import random

import pytest

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
