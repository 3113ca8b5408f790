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
