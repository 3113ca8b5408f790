"""Line-break opportunities against ``java.text.BreakIterator.getLineInstance()`` (JDK 17)."""

from __future__ import annotations

import pytest

from jrxmlpy.fonts.linebreak import BreakPositions, char_breaks, line_breaks

JAVA = [
    ("Hello world, this is a test.", [0, 6, 13, 18, 21, 23, 28]),
    ('foo-bar baz--qux -5 $100.00 (abc) "quoted" it\'s', [0, 4, 8, 13, 17, 20, 28, 34, 43, 47]),
    ("3.14 1,000,000 a.b.c abc1.5", [0, 5, 15, 17, 19, 21, 26, 27]),
    ("漢字かなカナ テスト", [0, 1, 2, 3, 4, 5, 7, 8, 9, 10]),
    ("x\ty", [0, 2, 3]),
    ("Total: $100.00 due", [0, 7, 15, 18]),
    ("http://www.example.com/path?x=1&y=2", [0, 5, 11, 19, 28, 35]),
    ("e-mail: john.doe@example.com", [0, 2, 8, 13, 25, 28]),
    ('a="Left" b', [0, 3, 9, 10]),
    ("1/2 3-4 5–6 a—b", [0, 4, 6, 8, 10, 12, 14, 15]),
    ("Mr. Smith's 50% (approx.) [sic]", [0, 4, 12, 16, 26, 31]),
    ("x$-y", [0, 3, 4]),
    ("a+€b", [0, 2, 4]),
    ("non\u00a0breaking\u00a0space joined", [0, 19, 25]),
    ("", [0]),
]


@pytest.mark.parametrize("text,expected", JAVA)
def test_line_breaks_match_java(text, expected):
    assert line_breaks(text) == expected


def test_break_positions_following_preceding():
    bp = BreakPositions(line_breaks("Hello world, this is a test."))
    assert bp.following(0) == 6
    assert bp.following(6) == 13
    assert bp.following(27) == 28
    assert bp.following(28) == -1
    assert bp.preceding(13) == 6
    assert bp.preceding(7) == 6
    assert bp.preceding(0) == -1


def test_char_breaks_keep_combining_marks():
    assert char_breaks("e\u0301a") == [0, 2, 3]
