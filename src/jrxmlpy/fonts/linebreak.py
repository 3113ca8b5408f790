"""Line-break opportunities as ``java.text.BreakIterator.getLineInstance()`` (JDK 17) finds them.

The JDK's line iterator is a rule-based iterator (the "JDK 1.2" rules, not UAX #14).  From a
break position the next break is the end of the longest run that forms a *word* group::

    group  = word (nbsp+ word)* CR? hard?        (at least one character is always taken)
    word   = pre* core suffix
    core   = (pre | char)*  |  kanji  |  number
    number = (pre | dash)* digit+ (midnum digit+)*
    suffix = (dash+ | post*) space*

with the character classes below (``char`` is every character not in another class, digits
included; the quote marks are both ``pre`` and ``post``).  In practice: a line may break
after a run of spaces, after a run of dashes (``foo-|bar``), after sentence punctuation
that is glued to a word (``a.|b.|c``), and between ideographs; opening brackets, currency
signs and quotes stick to the following word, closing ones to the preceding word; a number
such as ``-1,234.50`` stays whole; no-break spaces (U+00A0, U+2007, U+2011, U+FEFF) join.
Combining marks and format characters never start a group.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right

__all__ = ["line_breaks", "BreakPositions", "char_breaks"]

_BRK = frozenset("\u0003\t\n\f\u2028\u2029")
_NBSP = frozenset("\u00a0\u2007\u2011\ufeff")
_POST_EXTRA = frozenset(
    '!%.,:;?"\u00a2\u00b0\u066a\u2030\u2031\u2032\u2033\u2034\u2103\u2105\u2109\u3001\u3002\u3005'
    "\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308e\u3099\u309a\u309b\u309c\u309d\u309e"
    "\u30a1\u30a3\u30a5\u30a7\u30a9\u30c3\u30e3\u30e5\u30e7\u30ee\u30f5\u30f6\u30fc\u30fd\u30fe"
    "\uff01\uff0e\uff1f"
)
_MIDNUM = frozenset(".,")
_DANDA = frozenset("\u0964\u0965")

# class bits
PRE, POST, CHAR, DASH, SPACE, DIGIT, MIDNUM, KANJI, NBSP, HARD, CR = (1 << i for i in range(11))


def _is_kanji(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FA5 or 0xF900 <= cp <= 0xFA2D or 0x3041 <= cp <= 0x3094 or 0x30A1 <= cp <= 0x30FA
    )


_class_cache: dict[str, int] = {}


def _classify(ch: str) -> int:
    c = _class_cache.get(ch)
    if c is not None:
        return c
    cat = unicodedata.category(ch)
    cp = ord(ch)
    if ch in _BRK:
        c = HARD
    elif ch == "\r":
        c = CR
    elif ch in _NBSP:
        c = NBSP
    elif ch == "\u00ad" or cat == "Pd":
        c = DASH
    elif cat in ("Mn", "Me", "Cf"):
        c = -1  # ignorable: takes the class of the character before it
    elif cat in ("Zs", "Cc"):
        c = SPACE
    else:
        c = 0
        post = cat in ("Pe", "Pf") or ch in _POST_EXTRA
        pre = (cat == "Sc" and ch != "\u00a2") or cat in ("Ps", "Pi") or ch == '"'
        if post:
            c |= POST
        if pre:
            c |= PRE
        if ch in _MIDNUM:
            c |= MIDNUM
        if not post and _is_kanji(cp):
            c |= KANJI
        elif ch == "$" or not (pre or post or ch in _MIDNUM or ch in _DANDA):
            # the JDK tables also treat the dollar sign as a word character
            c |= CHAR
            if cat in ("Nd", "No"):
                c |= DIGIT
    _class_cache[ch] = c
    return c


def _classes(text: str) -> list[int]:
    out = []
    prev = CHAR
    for ch in text:
        c = _class_cache.get(ch)
        if c is None:
            c = _classify(ch)
        if c == -1:
            c = prev
        out.append(c)
        prev = c
    return out


def _suffix(cl: list[int], c: int, n: int) -> int:
    d = c
    while d < n and cl[d] & DASH:
        d += 1
    best = c
    if d > c:
        while d < n and cl[d] & SPACE:
            d += 1
        best = d
    e = c
    while e < n and cl[e] & POST:
        e += 1
    while e < n and cl[e] & SPACE:
        e += 1
    return e if e > best else best


def _word(cl: list[int], p: int, n: int) -> int:
    # core: a run of pre|char
    r = p
    while r < n and cl[r] & PRE and not cl[r] & CHAR:
        r += 1
    while r < n and cl[r] & CHAR:
        r += 1
    best = _suffix(cl, r, n)
    # pre* kanji
    q = p
    while q < n and cl[q] & PRE:
        q += 1
    if q < n and cl[q] & KANJI:
        e = _suffix(cl, q + 1, n)
        if e > best:
            best = e
    # number
    q = p
    while q < n and cl[q] & (PRE | DASH):
        q += 1
    if q < n and cl[q] & DIGIT:
        q += 1
        while q < n and cl[q] & DIGIT:
            q += 1
        while q + 1 < n and cl[q] & MIDNUM and cl[q + 1] & DIGIT:
            q += 2
            while q < n and cl[q] & DIGIT:
                q += 1
        e = _suffix(cl, q, n)
        if e > best:
            best = e
    return best


def _next(cl: list[int], i: int, n: int) -> int:
    e = _word(cl, i, n)
    while e < n and cl[e] & NBSP:
        while e < n and cl[e] & NBSP:
            e += 1
        e = _word(cl, e, n)
    if e < n and cl[e] & CR:
        e += 1
    if e < n and cl[e] & HARD:
        e += 1
    return e if e > i else i + 1


def line_breaks(text: str) -> list[int]:
    """All line-break positions of ``text``, 0 and ``len(text)`` included."""
    n = len(text)
    out = [0]
    if n == 0:
        return out
    cl = _classes(text)
    i = 0
    while i < n:
        i = _next(cl, i, n)
        out.append(i)
    return out


def char_breaks(text: str) -> list[int]:
    """``BreakIterator.getCharacterInstance()`` positions (combining marks stay with their base)."""
    out = [0]
    n = len(text)
    i = 0
    while i < n:
        i += 1
        while i < n and (unicodedata.category(text[i]) in ("Mn", "Me") or 0xDC00 <= ord(text[i]) <= 0xDFFF):
            i += 1
        out.append(i)
    return out


class BreakPositions:
    """A BreakIterator over fixed break positions: ``following`` / ``preceding`` (-1 = DONE)."""

    __slots__ = ("positions",)

    DONE = -1

    def __init__(self, positions: list[int]):
        self.positions = positions

    def following(self, offset: int) -> int:
        pos = self.positions
        k = bisect_right(pos, offset)
        return pos[k] if k < len(pos) else -1

    def preceding(self, offset: int) -> int:
        pos = self.positions
        k = bisect_left(pos, offset) - 1
        return pos[k] if k >= 0 else -1
