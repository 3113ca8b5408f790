"""Python implementations of ``java.lang`` behaviour that needs more than one line:
strings (regular expressions, split, hash codes), number parsing, rounding."""

from __future__ import annotations

import math
import re
import struct
import unicodedata
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from .. import runtime as R

# --- strings --------------------------------------------------------------------------


def char_at(s: str, i: int) -> str:
    if i < 0 or i >= len(s):
        raise R.StringIndexOutOfBoundsException(f"index {i}, length {len(s)}")
    return s[i]


def substring(s: str, begin: int, end: int | None = None) -> str:
    stop = len(s) if end is None else end
    if begin < 0 or stop > len(s) or begin > stop:
        raise R.StringIndexOutOfBoundsException(f"begin {begin}, end {stop}, length {len(s)}")
    return s[begin:stop]


def index_of(s: str, what: str | int, start: int = 0) -> int:
    needle = chr(what) if isinstance(what, int) else R.unbox(what)
    return s.find(needle, min(max(start, 0), len(s)))


def last_index_of(s: str, what: str | int, start: int | None = None) -> int:
    needle = chr(what) if isinstance(what, int) else what
    if start is None:
        return s.rfind(needle)
    if start < 0:
        return -1
    return s.rfind(needle, 0, start + len(needle))


def java_hash(s: str) -> int:
    h = 0
    data = s.encode("utf-16-be")
    for i in range(0, len(data), 2):
        h = (31 * h + ((data[i] << 8) | data[i + 1])) & 0xFFFFFFFF
    return R.w32(h)


def get_bytes(s: str, charset: str = "UTF-8") -> list[int]:
    """String.getBytes(charsetName): signed bytes; Java's "UTF-16" is big-endian with a
    byte-order mark."""
    import codecs

    name = R.unbox(charset).strip()
    try:
        codec = codecs.lookup("utf-16-be" if name.upper() in ("UTF-16", "UTF16") else name)
    except LookupError:
        raise R._exception("java.io.UnsupportedEncodingException")(name) from None
    data = codec.encode(s, "replace")[0]
    if name.upper() in ("UTF-16", "UTF16"):
        data = b"\xfe\xff" + data
    return [R.w8(b) for b in data]


def trim(s: str) -> str:
    """Java's trim: removes code points <= U+0020 at both ends (not other blanks)."""
    start, end = 0, len(s)
    while start < end and s[start] <= " ":
        start += 1
    while end > start and s[end - 1] <= " ":
        end -= 1
    return s[start:end]


_JAVA_SPACE_CONTROLS = frozenset("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f")


def is_whitespace(c: str) -> bool:
    """Character.isWhitespace: the Unicode space separators except the no-break ones,
    line and paragraph separators, and nine ASCII controls (not U+0085, not NBSP)."""
    if c in _JAVA_SPACE_CONTROLS:
        return True
    return unicodedata.category(c) in ("Zs", "Zl", "Zp") and c not in "\xa0\u2007\u202f"


def strip_leading(s: str) -> str:
    start = 0
    while start < len(s) and is_whitespace(s[start]):
        start += 1
    return s[start:]


def strip_trailing(s: str) -> str:
    end = len(s)
    while end > 0 and is_whitespace(s[end - 1]):
        end -= 1
    return s[:end]


def strip(s: str) -> str:
    return strip_trailing(strip_leading(s))


def is_blank(s: str) -> bool:
    return all(is_whitespace(c) for c in s)


def upper_char(c: str) -> str:
    """Character.toUpperCase: the one-character (simple) case mapping."""
    upper = c.upper()
    return upper if len(upper) == 1 else c


def lower_char(c: str) -> str:
    """Character.toLowerCase: the one-character (simple) case mapping."""
    if c == "\u0130":  # the only character whose full lower case is longer
        return "i"
    lower = c.lower()
    return lower if len(lower) == 1 else c


def repeat(s: str, count: int) -> str:
    if count < 0:
        raise R.IllegalArgumentException(f"count is negative: {count}")
    return s * count


@lru_cache(maxsize=512)
def java_regex(pattern: str) -> re.Pattern[str]:
    """A Java regular expression as a Python one (the common subset: possessive
    quantifiers and \\p{...} classes beyond the POSIX ones are not translated)."""
    translated = pattern.replace("\\p{Alpha}", "[A-Za-z]").replace("\\p{Digit}", "[0-9]")
    translated = translated.replace("\\p{Upper}", "[A-Z]").replace("\\p{Lower}", "[a-z]")
    translated = translated.replace("\\p{Punct}", "[!-/:-@\\[-`{-~]").replace("\\p{Space}", "\\s")
    translated = translated.replace("\\p{Alnum}", "[A-Za-z0-9]")
    try:
        return re.compile(translated)
    except re.error as exc:
        raise R._exception("java.util.regex.PatternSyntaxException")(str(exc)) from None


def _java_replacement(replacement: str) -> str:
    """A Java replacement string (``$1``, ``\\$``) as a Python one (``\\g<1>``)."""
    out = []
    i = 0
    while i < len(replacement):
        c = replacement[i]
        if c == "\\" and i + 1 < len(replacement):
            nxt = replacement[i + 1]
            out.append("\\\\" if nxt == "\\" else nxt)
            i += 2
        elif c == "$":
            j = i + 1
            while j < len(replacement) and replacement[j].isdigit():
                j += 1
            if j == i + 1:
                raise R.IllegalArgumentException("Illegal group reference")
            out.append(f"\\g<{replacement[i + 1:j]}>")
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def replace_all(s: str, regex: str, replacement: str) -> str:
    return java_regex(regex).sub(_java_replacement(replacement), s)


def replace_first(s: str, regex: str, replacement: str) -> str:
    return java_regex(regex).sub(_java_replacement(replacement), s, count=1)


def replace(s: str, old: str, new: str) -> str:
    if old == "":
        return new + new.join(s) + new if s else new
    return s.replace(old, new)


def matches(s: str, regex: str) -> bool:
    return java_regex(regex).fullmatch(s) is not None


def split(s: str, regex: str, limit: int = 0) -> list[str]:
    """Java's String.split: trailing empty strings dropped when limit is 0, and a
    zero-width match at the very start yields no leading empty string."""
    if s == "":
        return [""]
    pattern = java_regex(regex) if len(regex) != 1 or regex in ".$|()[{^?*+\\" else None
    parts: list[str] = []
    start = 0
    if pattern is None:
        while limit <= 0 or len(parts) < limit - 1:
            found = s.find(regex, start)
            if found < 0:
                break
            parts.append(s[start:found])
            start = found + 1
        parts.append(s[start:])
    else:
        for match in pattern.finditer(s):
            if limit > 0 and len(parts) == limit - 1:
                break
            if match.end() == 0:
                continue  # zero-width match at the beginning: no leading empty string
            parts.append(s[start:match.start()])
            start = match.end()
        parts.append(s[start:])
    if limit == 0:
        while len(parts) > 1 and parts[-1] == "":
            parts.pop()
        if parts == [""] and s:
            return []
    return parts


def compare_ignore_case(a: str, b: str) -> int:
    """String.compareToIgnoreCase: character by character, each mapped to upper then
    lower case by the one-character case mappings."""
    for x, y in zip(a, R.unbox(b), strict=False):
        if x != y:
            x2, y2 = upper_char(x), upper_char(y)
            if x2 != y2:
                x3, y3 = lower_char(x2), lower_char(y2)
                if x3 != y3:
                    return ord(x3) - ord(y3)
    return len(a) - len(b)


def string_join(delimiter: str, items: Any) -> str:
    return delimiter.join(R.s_obj(R.Env(), x) for x in items)


# --- numbers ----------------------------------------------------------------------------

def _digit(c: str, radix: int) -> int:
    """Character.digit: decimal digits of any script, ASCII and full-width letters."""
    if c.isdecimal():
        value = unicodedata.decimal(c)
    elif c.isascii() and c.isalpha():
        value = ord(c.lower()) - ord("a") + 10
    elif "\uff21" <= c <= "\uff3a" or "\uff41" <= c <= "\uff5a":
        value = (ord(c) - 0xFF21) % 0x20 + 10
    else:
        return -1
    return value if value < radix else -1


def parse_int(text: str | None, radix: int = 10, bits: int = 32) -> int:
    """Integer.parseInt / Long.parseLong (``bits`` wide): an optional sign and digits."""
    if text is None:
        raise R.NumberFormatException("Cannot parse null string: null")
    if not 2 <= radix <= 36:
        raise R.NumberFormatException(f"radix {radix} out of range")
    body = text[1:] if text[:1] in "+-" else text
    digits = [_digit(c, radix) for c in body]
    if not digits or min(digits) < 0:
        raise R.NumberFormatException(f'For input string: "{text}"')
    value = 0
    for d in digits:
        value = value * radix + d
    value = -value if text[0] == "-" else value
    limit = 1 << (bits - 1)
    if not -limit <= value < limit:
        raise R.NumberFormatException(f'For input string: "{text}"')
    return value


def decode(text: str | None, bits: int = 32) -> int:
    """Integer.decode / Long.decode: a sign, then ``0x``/``0X``/``#`` (hex), ``0`` (octal)
    or decimal digits."""
    if text is None:
        raise R.NullPointerException("decode(null)")
    sign, body = ("-", text[1:]) if text[:1] == "-" else ("", text[1:] if text[:1] == "+" else text)
    radix = 10
    for prefix, base in (("0x", 16), ("0X", 16), ("#", 16)):
        if body.startswith(prefix):
            body, radix = body[len(prefix):], base
            break
    else:
        if body.startswith("0") and len(body) > 1:
            body, radix = body[1:], 8
    if body[:1] in ("+", "-") or not body:
        raise R.NumberFormatException(f'For input string: "{text}"' if body else "Zero length string")
    return parse_int(sign + body, radix, bits)


_FLOAT_PATTERN = re.compile(
    r"[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)|(0[xX][0-9a-fA-F]*\.?[0-9a-fA-F]*[pP][+-]?\d+))[fFdD]?\Z"
)


def parse_double(text: str | None) -> float:
    if text is None:
        raise R.NullPointerException("parseDouble(null)")
    stripped = trim(text)
    if not _FLOAT_PATTERN.match(stripped):
        raise R.NumberFormatException(f'For input string: "{text}"' if stripped else "empty String")
    body = stripped.rstrip("fFdD")
    if "x" in body.lower():
        return float.fromhex(body)
    return float(body.replace("Infinity", "inf"))


def parse_float(text: str | None) -> float:
    return R.f32(parse_double(text))


def parse_boolean(text: str | None) -> bool:
    return text is not None and text.lower() == "true"


def to_int(x: Any) -> int:
    """``Number.intValue()`` of any number."""
    if isinstance(x, float):
        return R.d2i(x)
    if isinstance(x, Decimal):
        return R.w32(int(x))
    return R.w32(int(x))


def to_long(x: Any) -> int:
    if isinstance(x, float):
        return R.d2l(x)
    return R.w64(int(x))


def to_short(x: Any) -> int:
    return R.w16(to_int(x))


def to_byte(x: Any) -> int:
    return R.w8(to_int(x))


def to_double(x: Any) -> float:
    if isinstance(x, Decimal):
        return float(x)
    return float(x)


def to_float(x: Any) -> float:
    return R.f32(float(x))


def math_round(x: float, as_long: bool) -> int:
    """Math.round: the closest integer, ties toward positive infinity (computed exactly,
    not as floor(x + 0.5) in floating point); NaN -> 0, saturating."""
    if math.isnan(x) or math.isinf(x):
        return R.d2l(x) if as_long else R.d2i(x)
    floor = math.floor(x)
    value = floor + 1 if x - floor >= 0.5 else floor  # x - floor(x) is exact
    return R.d2l(float(value)) if as_long else R.d2i(float(value))


def _integral(value: int, x: float) -> float:
    """An integral result of a rounding of ``x``; zero keeps the sign of ``x``."""
    return float(value) if value else math.copysign(0.0, x)


def floor(x: float) -> float:
    return _integral(math.floor(x), x) if math.isfinite(x) else x


def ceil(x: float) -> float:
    return _integral(math.ceil(x), x) if math.isfinite(x) else x


def rint(x: float) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    return _integral(round(x), x)


def signum(x: float) -> float:
    if math.isnan(x) or x == 0:
        return x
    return 1.0 if x > 0 else -1.0


def floor_div(a: int, b: int) -> int:
    if b == 0:
        raise R.ArithmeticException("/ by zero")
    return a // b


def floor_div_int(a: int, b: int) -> int:
    return R.w32(floor_div(a, b))


def floor_div_long(a: int, b: int) -> int:
    return R.w64(floor_div(a, b))


def floor_mod(a: int, b: int) -> int:
    if b == 0:
        raise R.ArithmeticException("/ by zero")
    return a % b


def java_log(x: float) -> float:
    if x < 0 or math.isnan(x):
        return math.nan
    if x == 0:
        return -math.inf
    return math.log(x)


def java_log10(x: float) -> float:
    if x < 0 or math.isnan(x):
        return math.nan
    if x == 0:
        return -math.inf
    return math.log10(x)


def java_sqrt(x: float) -> float:
    if x < 0 or math.isnan(x):
        return math.nan
    return math.sqrt(x)


def _odd_integer(x: float) -> bool:
    return math.isfinite(x) and x == math.floor(x) and math.fmod(x, 2) != 0


def java_pow(a: float, b: float) -> float:
    """Math.pow with Java's special cases (where C's pow, and so Python's, differ:
    ``pow(1, NaN)`` and ``pow(-1, ±inf)`` are NaN; no exceptions)."""
    if b == 0:
        return 1.0
    if math.isnan(b) or (abs(a) == 1 and math.isinf(b)):
        return math.nan
    try:
        return math.pow(a, b)
    except (ZeroDivisionError, ValueError):  # 0 ** negative
        if a == 0 and b < 0:
            negative = math.copysign(1, a) < 0 and _odd_integer(b)
            return -math.inf if negative else math.inf
        return math.nan
    except OverflowError:
        negative = a < 0 and _odd_integer(b)
        return -math.inf if negative else math.inf


def cbrt(x: float) -> float:
    """Math.cbrt: the cube root, exact for exact cubes (libm's may be off by an ulp)."""
    r = math.cbrt(x)
    if not math.isfinite(r) or r == 0:
        return r
    target = Fraction(x)
    candidates = (math.nextafter(r, -math.inf), r, math.nextafter(r, math.inf))
    return min(candidates, key=lambda c: abs(Fraction(c) ** 3 - target))


def safe_math(fn: Any, overflow: Any = None) -> Any:
    """A math function that returns NaN (or ``overflow(x)`` when the result is too large)
    instead of raising, as Java's do."""

    def call(*args: float) -> float:
        try:
            return fn(*args)
        except OverflowError:
            return overflow(*args) if overflow is not None else math.nan
        except ValueError:
            return math.nan

    return call


def positive_infinity(*args: float) -> float:
    return math.inf


def infinity_with_sign(x: float) -> float:
    return math.copysign(math.inf, x)


# --- hash codes ---------------------------------------------------------------------------


def double_bits(x: float) -> int:
    """Double.doubleToLongBits (NaN canonical), as an unsigned 64-bit number."""
    if math.isnan(x):
        return 0x7FF8000000000000
    return struct.unpack(">Q", struct.pack(">d", x))[0]


def double_hash(x: float) -> int:
    bits = double_bits(x)
    return R.w32(bits ^ (bits >> 32))


def float_hash(x: float) -> int:
    """Float.hashCode: floatToIntBits (NaN canonical)."""
    if math.isnan(x):
        return 0x7FC00000
    return R.w32(struct.unpack(">I", struct.pack(">f", x))[0])


def long_hash(x: int) -> int:
    return R.w32(x ^ (x >> 32))


def hash_code(x: Any) -> int:
    """hashCode() of a value whose class is known only at run time."""
    from . import bigdecimal

    if isinstance(x, str):  # a String, or a Character (whose hash is the same)
        return java_hash(x)
    if isinstance(x, bool):
        return 1231 if x else 1237
    if isinstance(x, int):
        return x if -(2**31) <= x < 2**31 else long_hash(x)
    if isinstance(x, float):
        return double_hash(x)
    if isinstance(x, Decimal):
        return bigdecimal.hash_code(x)
    custom = getattr(x, "java_hash_code", None)
    return custom() if custom is not None else R.w32(hash(x))


def to_hex(x: int, bits: int = 32) -> str:
    return format(x & ((1 << bits) - 1), "x")


def to_binary(x: int, bits: int = 32) -> str:
    return format(x & ((1 << bits) - 1), "b")


def to_octal(x: int, bits: int = 32) -> str:
    return format(x & ((1 << bits) - 1), "o")


def char_numeric_value(c: str) -> int:
    if c.isdigit():
        return int(c)
    if c.isascii() and c.isalpha():
        return ord(c.lower()) - ord("a") + 10
    return -1


class StringBuilder:
    """java.lang.StringBuilder / StringBuffer."""

    __slots__ = ("parts",)

    def __init__(self, initial: str = "") -> None:
        self.parts = [initial]

    def append(self, env: R.Env, value: Any) -> StringBuilder:
        self.parts.append(R.s_obj(env, value))
        return self

    def append_text(self, text: str) -> StringBuilder:
        """append() of a value already converted by its static type (String.valueOf)."""
        self.parts.append(text)
        return self

    def java_to_string(self, env: R.Env | None = None) -> str:
        return "".join(self.parts)

    def length(self) -> int:
        return len(self.java_to_string())

    def reverse(self) -> StringBuilder:
        self.parts = [self.java_to_string()[::-1]]
        return self

    def insert(self, env: R.Env, offset: int, value: Any) -> StringBuilder:
        text = self.java_to_string()
        self.parts = [text[:offset] + R.s_obj(env, value) + text[offset:]]
        return self
