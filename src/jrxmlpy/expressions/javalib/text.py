"""``java.text`` / ``java.util.Formatter`` / ``Double.toString`` as Java 17 does them.

Everything here takes plain values plus a :class:`babel.Locale` (and a time zone where it
matters) and returns the string Java 17 (CLDR locale data, the default provider) would
produce.  Locale data comes from Babel's CLDR; the few places where Java 17's CLDR 39
differs from Babel's newer CLDR are special-cased below, each one checked against a
real Java 17 run.

Public API
----------
``java_locale``, ``double_to_string``, ``float_to_string``, ``big_decimal_to_string``,
``big_decimal_to_plain_string``, ``big_decimal_to_engineering_string``,
``DecimalFormat``, ``NumberFormat``, ``format_decimal``, ``SimpleDateFormat``,
``DateFormat``, ``format_date``, ``java_date_to_string``, ``message_format``,
``string_format``.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    localcontext,
)
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

import babel
from babel import Locale

from ...javanum import (
    _double_digits,
    big_decimal_to_engineering_string,
    big_decimal_to_plain_string,
    big_decimal_to_string,
    double_to_string,
    float_to_string,
)

__all__ = [
    "JavaTextError",
    "JavaParseError",
    "JavaLong",
    "java_locale",
    "double_to_string",
    "float_to_string",
    "big_decimal_to_string",
    "big_decimal_to_plain_string",
    "big_decimal_to_engineering_string",
    "DecimalFormat",
    "NumberFormat",
    "format_decimal",
    "SimpleDateFormat",
    "DateFormat",
    "format_date",
    "java_date_to_string",
    "message_format",
    "string_format",
]


class JavaTextError(ValueError):
    """A Java ``IllegalArgumentException`` / ``ArithmeticException`` raised by formatting."""


class JavaParseError(JavaTextError):
    """Java's ``java.text.ParseException``."""


class JavaLong(int):
    """An ``int`` that is a Java ``long``: ``%x``/``%o`` of a negative value then print 64
    bits (a plain ``int`` prints 32 bits when it fits in an ``int``)."""

    __slots__ = ()


# =========================================================================================
# Locales
# =========================================================================================


@lru_cache(maxsize=256)
def _parse_locale_tag(tag: str) -> Locale:
    t = tag.strip().replace("-", "_")
    if t in ("", "root", "und"):
        return Locale.parse("root")
    parts = [p for p in t.split("_") if p]
    lang = parts[0].lower()
    lang = {"iw": "he", "in": "id", "ji": "yi", "no": "nb"}.get(lang, lang)
    rest = parts[1:]
    script = territory = None
    variant = None
    for p in rest:
        if len(p) == 4 and p.isalpha() and script is None and territory is None:
            script = p.title()
        elif (len(p) == 2 and p.isalpha()) or (len(p) == 3 and p.isdigit()):
            if territory is None:
                territory = p.upper()
        else:
            variant = p.upper()
    try:
        return Locale(lang, territory=territory, script=script, variant=variant)
    except (babel.UnknownLocaleError, ValueError):
        try:
            return Locale(lang, territory=territory)
        except (babel.UnknownLocaleError, ValueError):
            try:
                return Locale(lang)
            except (babel.UnknownLocaleError, ValueError):
                return Locale.parse("root")



def _quoted(text: str, i: int) -> tuple[str, int, bool]:
    """The literal a Java pattern quotes at ``text[i] == "'"``: ``''`` is one quote,
    ``'...'`` is literal text (``''`` inside is a quote).  Returns the literal, the index
    after it, and whether the quote was closed."""
    n = len(text)
    if i + 1 < n and text[i + 1] == "'":
        return "'", i + 2, True
    out: list[str] = []
    j = i + 1
    while j < n:
        if text[j] == "'":
            if j + 1 < n and text[j + 1] == "'":
                out.append("'")
                j += 2
                continue
            return "".join(out), j + 1, True
        out.append(text[j])
        j += 1
    return "".join(out), j + 1, False

def java_locale(tag: str | Locale | None) -> Locale:
    """A babel Locale from a Java spelling: ``en_US``, ``fr``, ``de-DE``, ``""`` (root)."""
    if isinstance(tag, Locale):
        return tag
    if tag is None:
        tag = ""
    return _parse_locale_tag(str(tag))


def _lang(loc: Locale) -> str:
    return loc.language or "root"


# Double.toString, Float.toString and BigDecimal's strings live in jrxmlpy.javanum (the
# print format needs them too); imported above.


# =========================================================================================
# Locale symbols
# =========================================================================================


class _NumSyms:
    __slots__ = (
        "decimal",
        "group",
        "minus",
        "percent",
        "permille",
        "exponent",
        "infinity",
        "nan",
        "zero",
        "currency_symbol",
        "currency_code",
        "currency_digits",
        "plus",
    )

    decimal: str
    group: str
    minus: str
    percent: str
    permille: str
    exponent: str
    infinity: str
    nan: str
    zero: str
    currency_symbol: str
    currency_code: str
    currency_digits: int
    plus: str


def _one_char(s: str, default: str) -> str:
    s = (s or "").replace("\u200e", "").replace("\u200f", "").replace("\u061c", "")
    return s[-1] if s else default


@lru_cache(maxsize=128)
def _num_syms(loc: Locale) -> _NumSyms:
    from babel.numbers import get_currency_precision, get_currency_symbol, get_territory_currencies

    s = _NumSyms()
    try:
        d = loc.number_symbols["latn"]
    except KeyError:
        d = {}
    s.decimal = _one_char(d.get("decimal", "."), ".")
    s.group = _one_char(d.get("group", ","), ",")
    s.minus = _one_char(d.get("minusSign", "-"), "-")
    s.plus = _one_char(d.get("plusSign", "+"), "+")
    s.percent = _one_char(d.get("percentSign", "%"), "%")
    s.permille = _one_char(d.get("perMille", "\u2030"), "\u2030")
    s.exponent = d.get("exponential", "E") or "E"
    s.infinity = d.get("infinity", "\u221e") or "\u221e"
    s.nan = d.get("nan", "NaN") or "NaN"
    s.zero = "0"
    code = None
    if loc.territory:
        try:
            cur = get_territory_currencies(loc.territory)
            code = cur[0] if cur else None
        except Exception:  # pragma: no cover - unknown territory
            code = None
    if code is None:
        s.currency_symbol = "\u00a4"
        s.currency_code = "XXX"
        s.currency_digits = 2
    else:
        s.currency_code = code
        try:
            s.currency_symbol = get_currency_symbol(code, loc)
        except Exception:  # pragma: no cover
            s.currency_symbol = code
        try:
            s.currency_digits = get_currency_precision(code)
        except Exception:  # pragma: no cover
            s.currency_digits = 2
    return s


# =========================================================================================
# DecimalFormat
# =========================================================================================

_ROUNDING = {
    "HALF_EVEN": ROUND_HALF_EVEN,
    "HALF_UP": ROUND_HALF_UP,
    "HALF_DOWN": ROUND_HALF_DOWN,
    "UP": ROUND_UP,
    "DOWN": ROUND_DOWN,
    "CEILING": ROUND_CEILING,
    "FLOOR": ROUND_FLOOR,
    "UNNECESSARY": "UNNECESSARY",
}

_MAX_INT = 2**31 - 1


class _Affix:
    """A prefix or suffix: a list of literal strings and special markers."""

    __slots__ = ("parts",)

    def __init__(self, parts: tuple[tuple[str, str], ...]):
        self.parts = parts  # (kind, text): kind 'lit', 'minus', 'percent', 'permille', 'cur', 'intcur'

    def expand(self, syms: _NumSyms) -> str:
        out = []
        for kind, text in self.parts:
            if kind == "lit":
                out.append(text)
            elif kind == "minus":
                out.append(syms.minus)
            elif kind == "percent":
                out.append(syms.percent)
            elif kind == "permille":
                out.append(syms.permille)
            elif kind == "cur":
                out.append(syms.currency_symbol)
            elif kind == "intcur":
                out.append(syms.currency_code)
        return "".join(out)

    def has_currency(self) -> bool:
        return any(k in ("cur", "intcur") for k, _ in self.parts)


class _PatternInfo:
    __slots__ = (
        "pos_prefix",
        "pos_suffix",
        "neg_prefix",
        "neg_suffix",
        "min_int",
        "max_int",
        "min_frac",
        "max_frac",
        "grouping_used",
        "grouping_size",
        "multiplier",
        "dsas",
        "exponential",
        "min_exp_digits",
        "currency",
    )

    pos_prefix: _Affix
    pos_suffix: _Affix
    neg_prefix: _Affix
    neg_suffix: _Affix
    min_int: int
    max_int: int
    min_frac: int
    max_frac: int
    grouping_used: bool
    grouping_size: int
    multiplier: int
    dsas: bool
    exponential: bool
    min_exp_digits: int
    currency: bool


def _parse_affix(text: str, i: int, n: int, phase_prefix: bool) -> tuple[list[tuple[str, str]], int, int]:
    """Read affix chars from ``text[i:]``.  Returns (parts, new index, multiplier)."""
    parts: list[tuple[str, str]] = []
    mult = 1
    lit: list[str] = []

    def flush() -> None:
        if lit:
            parts.append(("lit", "".join(lit)))
            lit.clear()

    while i < n:
        c = text[i]
        if c == "'":
            quoted, i, _closed = _quoted(text, i)
            lit.append(quoted)
            continue
        if phase_prefix and c in "#0,.":
            break
        if c == ";":
            break
        if c == "-":
            flush()
            parts.append(("minus", "-"))
        elif c == "%":
            flush()
            parts.append(("percent", "%"))
            mult = 100
        elif c == "\u2030":
            flush()
            parts.append(("permille", "\u2030"))
            mult = 1000
        elif c == "\u00a4":
            flush()
            if i + 1 < n and text[i + 1] == "\u00a4":
                parts.append(("intcur", "\u00a4\u00a4"))
                i += 1
            else:
                parts.append(("cur", "\u00a4"))
        else:
            lit.append(c)
        i += 1
    flush()
    return parts, i, mult


@lru_cache(maxsize=1024)
def _compile_decimal_pattern(pattern: str) -> _PatternInfo:
    info = _PatternInfo()
    n = len(pattern)
    i = 0
    subs = []
    for sub_index in range(2):
        prefix, i, m1 = _parse_affix(pattern, i, n, True)
        # number part
        digit_left = zero_count = digit_right = 0
        grouping_count = -1
        decimal_pos = -1
        exponential = False
        min_exp = 0
        start = i
        while i < n:
            c = pattern[i]
            if c == "#":
                if zero_count == 0:
                    digit_left += 1
                else:
                    digit_right += 1
                if grouping_count >= 0 and decimal_pos < 0:
                    grouping_count += 1
            elif c == "0":
                if digit_right > 0:
                    raise JavaTextError(f"Unexpected '0' in pattern \"{pattern}\"")
                zero_count += 1
                if grouping_count >= 0 and decimal_pos < 0:
                    grouping_count += 1
            elif c == ",":
                if decimal_pos >= 0:
                    raise JavaTextError(f'Malformed pattern "{pattern}"')
                grouping_count = 0
            elif c == ".":
                if decimal_pos >= 0:
                    raise JavaTextError(f'Multiple decimal separators in pattern "{pattern}"')
                decimal_pos = digit_left + zero_count + digit_right
            elif c == "E" and i + 1 < n and pattern[i + 1] == "0":
                exponential = True
                i += 1
                while i < n and pattern[i] == "0":
                    min_exp += 1
                    i += 1
                break
            else:
                break
            i += 1
        if sub_index == 0 and i == start:
            # Pattern without digits: Java treats it as a prefix only (e.g. "'abc'").
            pass
        suffix, i, m2 = _parse_affix(pattern, i, n, False)
        mult = m1 if m1 != 1 else m2
        subs.append(
            (
                prefix,
                suffix,
                mult,
                digit_left,
                zero_count,
                digit_right,
                grouping_count,
                decimal_pos,
                exponential,
                min_exp,
            )
        )
        if i < n and pattern[i] == ";":
            i += 1
            continue
        break
    (
        prefix,
        suffix,
        mult,
        digit_left,
        zero_count,
        digit_right,
        grouping_count,
        decimal_pos,
        exponential,
        min_exp,
    ) = subs[0]
    if zero_count == 0 and digit_left > 0 and decimal_pos >= 0:
        # "##.###" -> "#0.###"; ".###" -> ".0##"
        k = decimal_pos if decimal_pos != 0 else 1
        digit_right = digit_left - k
        digit_left = k - 1
        zero_count = 1
    total = digit_left + zero_count + digit_right
    eff_dec = decimal_pos if decimal_pos >= 0 else total
    info.min_int = eff_dec - digit_left
    info.max_int = digit_left + info.min_int if exponential else _MAX_INT
    info.max_frac = total - decimal_pos if decimal_pos >= 0 else 0
    info.min_frac = max(0, digit_left + zero_count - decimal_pos) if decimal_pos >= 0 else 0
    info.grouping_used = grouping_count > 0
    info.grouping_size = grouping_count if grouping_count > 0 else 0
    info.multiplier = mult
    info.dsas = decimal_pos == 0 or decimal_pos == total
    info.exponential = exponential
    info.min_exp_digits = min_exp
    info.pos_prefix = _Affix(tuple(prefix))
    info.pos_suffix = _Affix(tuple(suffix))
    if len(subs) > 1:
        info.neg_prefix = _Affix(tuple(subs[1][0]))
        info.neg_suffix = _Affix(tuple(subs[1][1]))
    else:
        info.neg_prefix = _Affix((("minus", "-"),) + tuple(prefix))
        info.neg_suffix = info.pos_suffix
    info.currency = info.pos_prefix.has_currency() or info.pos_suffix.has_currency()
    return info


def _decimal_digits(d: Decimal) -> tuple[str, int]:
    """(digits without leading/trailing zeros, decimalAt) for |d| (value = 0.digits*10^decimalAt)."""
    sign, dig, exp = d.as_tuple()
    s = "".join(map(str, dig)).lstrip("0")
    if not s:
        return "", 0
    dec = len("".join(map(str, dig)).lstrip("0")) + exp  # type: ignore[operator]
    return s.rstrip("0"), dec


def _round_digits(
    digits: str, dec: int, exact: Decimal | None, mode: Any, fixed: bool, nmax: int
) -> tuple[str, int]:
    """Round the digit list (digits, dec) to ``nmax`` fraction digits (fixed) or ``nmax``
    significant digits.  ``exact`` (|value| as an exact Decimal) decides the rounding when
    given; the digit list is used as is when it already fits."""
    if not digits:
        return "", 0
    keep = dec + nmax if fixed else nmax
    if not fixed and nmax <= 0:
        return digits, dec
    if keep >= len(digits):
        return digits, dec
    value = exact if exact is not None else Decimal("0." + digits).scaleb(dec)
    if fixed:
        q = Decimal(1).scaleb(-nmax)
    else:
        q = Decimal(1).scaleb(dec - nmax)
    if mode == "UNNECESSARY":
        raise JavaTextError("Rounding needed with the rounding mode being set to RoundingMode.UNNECESSARY")
    with localcontext() as ctx:
        ctx.prec = max(len(digits), 1) + abs(dec) + nmax + 50
        r = value.quantize(q, rounding=mode)
    nd, ndec = _decimal_digits(r)
    if not fixed and nd and len(nd) > nmax:
        # rounding up produced one more digit (e.g. 9.99 -> 10.0): drop the zero
        nd = nd[:nmax].rstrip("0")
    return nd, ndec


class DecimalFormat:
    """``java.text.DecimalFormat`` with the DecimalFormatSymbols of a locale."""

    def __init__(self, pattern: str = "#,##0.###", locale: str | Locale | None = "en_US"):
        self.locale = java_locale(locale)
        self._syms = _num_syms(self.locale)
        self.rounding_mode = "HALF_EVEN"
        self.parse_integer_only = False
        self.parse_big_decimal = False
        self.apply_pattern(pattern)

    # ----- configuration -------------------------------------------------------------
    def apply_pattern(self, pattern: str) -> None:
        info = _compile_decimal_pattern(pattern)
        self._pattern = pattern
        self.pos_prefix = info.pos_prefix.expand(self._syms)
        self.pos_suffix = info.pos_suffix.expand(self._syms)
        self.neg_prefix = info.neg_prefix.expand(self._syms)
        self.neg_suffix = info.neg_suffix.expand(self._syms)
        self.min_int = info.min_int
        self.max_int = info.max_int
        self.min_frac = info.min_frac
        self.max_frac = info.max_frac
        self.grouping_used = info.grouping_used
        self.grouping_size = info.grouping_size
        self.multiplier = info.multiplier
        self.decimal_separator_always_shown = info.dsas
        self.exponential = info.exponential
        self.min_exp_digits = info.min_exp_digits
        self.is_currency_format = info.currency

    applyPattern = apply_pattern

    def to_pattern(self) -> str:
        return self._pattern

    def set_rounding_mode(self, mode: str) -> None:
        mode = str(mode).rsplit(".", 1)[-1].upper()
        if mode not in _ROUNDING:
            raise JavaTextError(f"No enum constant RoundingMode.{mode}")
        self.rounding_mode = mode

    def set_grouping_used(self, v: bool) -> None:
        self.grouping_used = bool(v)

    def set_grouping_size(self, n: int) -> None:
        self.grouping_size = int(n)

    def set_minimum_fraction_digits(self, n: int) -> None:
        self.min_frac = max(0, int(n))
        if self.max_frac < self.min_frac:
            self.max_frac = self.min_frac

    def set_maximum_fraction_digits(self, n: int) -> None:
        self.max_frac = max(0, int(n))
        if self.min_frac > self.max_frac:
            self.min_frac = self.max_frac

    def set_minimum_integer_digits(self, n: int) -> None:
        self.min_int = max(0, int(n))
        if self.max_int < self.min_int:
            self.max_int = self.min_int

    def set_maximum_integer_digits(self, n: int) -> None:
        self.max_int = max(0, int(n))
        if self.min_int > self.max_int:
            self.min_int = self.max_int

    def set_multiplier(self, n: int) -> None:
        self.multiplier = int(n)

    def set_decimal_separator_always_shown(self, v: bool) -> None:
        self.decimal_separator_always_shown = bool(v)

    def set_positive_prefix(self, s: str) -> None:
        self.pos_prefix = s

    def set_negative_prefix(self, s: str) -> None:
        self.neg_prefix = s

    def set_positive_suffix(self, s: str) -> None:
        self.pos_suffix = s

    def set_negative_suffix(self, s: str) -> None:
        self.neg_suffix = s

    def set_parse_integer_only(self, v: bool) -> None:
        self.parse_integer_only = bool(v)

    def set_parse_big_decimal(self, v: bool) -> None:
        self.parse_big_decimal = bool(v)

    def _adjust_for_currency_digits(self) -> None:
        digits = self._syms.currency_digits
        if self.min_frac == self.max_frac:
            self.min_frac = self.max_frac = digits
        else:
            self.min_frac = min(digits, self.min_frac)
            self.max_frac = digits

    # Java-style camelCase aliases
    setRoundingMode = set_rounding_mode
    setGroupingUsed = set_grouping_used
    setGroupingSize = set_grouping_size
    setMinimumFractionDigits = set_minimum_fraction_digits
    setMaximumFractionDigits = set_maximum_fraction_digits
    setMinimumIntegerDigits = set_minimum_integer_digits
    setMaximumIntegerDigits = set_maximum_integer_digits
    setMultiplier = set_multiplier
    setDecimalSeparatorAlwaysShown = set_decimal_separator_always_shown
    setParseIntegerOnly = set_parse_integer_only
    setParseBigDecimal = set_parse_big_decimal

    def copy(self) -> DecimalFormat:
        new = DecimalFormat.__new__(DecimalFormat)
        new.__dict__.update(self.__dict__)
        return new

    # ----- formatting ----------------------------------------------------------------
    def format(self, value: Any) -> str:
        if value is None:
            raise JavaTextError("Cannot format given Object as a Number")
        if isinstance(value, bool):
            raise JavaTextError("Cannot format given Object as a Number")
        syms = self._syms
        mode = _ROUNDING[self.rounding_mode]
        mult = self.multiplier
        if isinstance(value, float):
            x = value
            if math.isnan(x):
                return syms.nan
            negative = (x < 0.0 or (x == 0.0 and math.copysign(1.0, x) < 0)) ^ (mult < 0)
            x = x * mult if mult != 1 else x
            if math.isinf(x):
                return self._affix(negative, syms.infinity)
            ax = abs(x)
            if ax == 0.0:
                digits, dec, exact = "", 0, None
                ax = 0.0
            else:
                digits, dec = _double_digits(ax)
                exact = Decimal(ax)
        elif isinstance(value, int):
            v = value * mult
            negative = v < 0
            digits, dec = _decimal_digits(Decimal(abs(v)))
            exact = None
        elif isinstance(value, Decimal):
            if not value.is_finite():
                raise JavaTextError("Cannot format non-finite BigDecimal")
            dv = value * mult if mult != 1 else value
            negative = dv.is_signed() and not dv.is_zero()
            digits, dec = _decimal_digits(abs(dv))
            exact = None
        else:
            try:
                return self.format(float(value))
            except (TypeError, ValueError):
                raise JavaTextError("Cannot format given Object as a Number") from None
        if mode == ROUND_CEILING:
            mode = ROUND_DOWN if negative else ROUND_UP
        elif mode == ROUND_FLOOR:
            mode = ROUND_UP if negative else ROUND_DOWN
        if self.exponential:
            if (
                exact is not None
                and mode in (ROUND_HALF_EVEN, ROUND_HALF_DOWN)
                and ax == int(ax)
                and ax < 2.0**63
            ):
                # Java 17 does not flag integral doubles as exact: a tie rounds up.
                mode = ROUND_HALF_UP
            return self._format_exponential(negative, digits, dec, exact, mode)
        digits, dec = _round_digits(digits, dec, exact, mode, True, self.max_frac)
        return self._affix(negative, self._fixed_body(digits, dec))

    def _affix(self, negative: bool, body: str) -> str:
        if negative:
            return self.neg_prefix + body + self.neg_suffix
        return self.pos_prefix + body + self.pos_suffix

    def _fixed_body(self, digits: str, dec: int) -> str:
        syms = self._syms
        out: list[str] = []
        # integer part
        int_digits = digits[:dec] if dec > 0 else ""
        if dec > len(digits):
            int_digits = digits + "0" * (dec - len(digits))
        count = max(self.min_int, len(int_digits))
        if count > self.max_int:
            count = self.max_int
        int_str = int_digits[-count:] if count and len(int_digits) >= count else int_digits
        if count > len(int_str):
            int_str = "0" * (count - len(int_str)) + int_str
        if count == 0:
            int_str = ""
        gs = self.grouping_size
        if self.grouping_used and gs > 0 and len(int_str) > gs:
            groups = []
            s = int_str
            while len(s) > gs:
                groups.append(s[-gs:])
                s = s[:-gs]
            groups.append(s)
            int_str = syms.group.join(reversed(groups))
        out.append(int_str)
        # fraction
        frac = digits[dec:] if dec >= 0 else "0" * (-dec) + digits
        if dec > len(digits):
            frac = ""
        frac = frac[: self.max_frac]
        if len(frac) < self.min_frac:
            frac = frac + "0" * (self.min_frac - len(frac))
        fraction_present = len(frac) > 0
        if not fraction_present and not int_str:
            out.append(syms.zero)
        if self.decimal_separator_always_shown or fraction_present:
            out.append(self._decimal_sep())
        out.append(frac)
        return "".join(out)

    def _decimal_sep(self) -> str:
        return self._syms.decimal

    def _format_exponential(
        self, negative: bool, digits: str, dec: int, exact: Decimal | None, mode: Any
    ) -> str:
        syms = self._syms
        max_int, min_int = self.max_int, self.min_int
        nsig = max_int + self.max_frac
        digits, dec = _round_digits(digits, dec, exact, mode, False, nsig)
        is_zero = not digits
        exponent = dec
        min_int_eff = min_int
        if max_int > 1 and max_int > min_int:
            if exponent >= 1:
                exponent = ((exponent - 1) // max_int) * max_int
            else:
                exponent = int((exponent - max_int) / max_int) * max_int
            min_int_eff = 1
        else:
            exponent -= min_int_eff
        minimum_digits = min_int + self.min_frac
        integer_digits = min_int_eff if is_zero else dec - exponent
        if minimum_digits < integer_digits:
            minimum_digits = integer_digits
        total = max(len(digits), minimum_digits)
        out: list[str] = []
        for i in range(total):
            if i == integer_digits:
                out.append(self._decimal_sep())
            out.append(digits[i] if i < len(digits) else "0")
        if self.decimal_separator_always_shown and total == integer_digits:
            out.append(self._decimal_sep())
        out.append(syms.exponent)
        if is_zero:
            exponent = 0
        if exponent < 0:
            out.append(syms.minus)
            exponent = -exponent
        es = str(exponent)
        out.append(es.rjust(self.min_exp_digits, "0"))
        return self._affix(negative, "".join(out))

    # ----- parsing -------------------------------------------------------------------
    def parse(self, text: str) -> int | float | Decimal:
        """Java's lenient ``parse``: a Long (``int``) when the value is integral and fits,
        otherwise a Double (``float``); trailing garbage is ignored."""
        result, _ = self.parse_prefix(text)
        return result

    def parse_prefix(self, text: str, pos: int = 0) -> tuple[int | float | Decimal, int]:
        syms = self._syms
        neg = False
        # longest matching prefix wins
        pp, np_ = self.pos_prefix, self.neg_prefix
        gp = text.startswith(pp, pos)
        gn = text.startswith(np_, pos)
        if gp and gn:
            if len(pp) > len(np_):
                gn = False
            elif len(pp) < len(np_):
                gp = False
        if not gp and not gn:
            raise JavaParseError(f'Unparseable number: "{text}"')
        i = pos + (len(pp) if gp else len(np_))
        if text.startswith(syms.infinity, i):
            i += len(syms.infinity)
            val: Any = math.inf
            digits_seen = True
            mant = None
        elif text.startswith(syms.nan, pos):
            return math.nan, pos + len(syms.nan)
        else:
            mant_chars: list[str] = []
            digits_seen = False
            seen_dec = False
            exp_val = 0
            n = len(text)
            while i < n:
                c = text[i]
                if c.isdigit():
                    mant_chars.append(str(int(c)))
                    digits_seen = True
                    i += 1
                elif c == syms.decimal and not seen_dec and not self.parse_integer_only:
                    seen_dec = True
                    mant_chars.append(".")
                    i += 1
                elif c == syms.group and self.grouping_used and not seen_dec:
                    i += 1
                elif text.startswith(syms.exponent, i) and digits_seen:
                    j = i + len(syms.exponent)
                    esign = 1
                    if j < n and text[j] in (syms.minus, "-"):
                        esign = -1
                        j += 1
                    elif j < n and text[j] == "+":
                        j += 1
                    k = j
                    while k < n and text[k].isdigit():
                        k += 1
                    if k > j:
                        exp_val = esign * int(text[j:k])
                        i = k
                    break
                else:
                    break
            if not digits_seen:
                raise JavaParseError(f'Unparseable number: "{text}"')
            mant = "".join(mant_chars)
            val = Decimal(mant).scaleb(exp_val)
        # suffix
        ps, ns = self.pos_suffix, self.neg_suffix
        if gp and not text.startswith(ps, i):
            gp = False
        if gn and not text.startswith(ns, i):
            gn = False
        if gp and gn:
            if len(ps) > len(ns):
                gn = False
            elif len(ps) < len(ns):
                gp = False
        if not gp and not gn:
            raise JavaParseError(f'Unparseable number: "{text}"')
        neg = gn and not gp
        i += len(ps) if gp else len(ns)
        if isinstance(val, float):  # infinity
            return (-val if neg else val), i
        if self.parse_big_decimal:
            d = val / self.multiplier if self.multiplier != 1 else val
            return (-d if neg else d), i
        if self.multiplier != 1:
            f = float(val) / self.multiplier
            if neg:
                f = -f
            if f == int(f) and abs(f) < 2**63 and not (f == 0 and neg):
                return int(f), i
            return f, i
        if val == val.to_integral_value() and abs(val) < 2**63 and not (neg and val == 0):
            iv = int(val)
            return (-iv if neg else iv), i
        f = float(val)
        return (-f if neg else f), i


def format_decimal(pattern: str, value: Any, locale: str | Locale = "en_US") -> str:
    """``new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale)).format(value)``
    with the compiled format cached."""
    return _cached_decimal_format(pattern, java_locale(locale)).format(value)


@lru_cache(maxsize=1024)
def _cached_decimal_format(pattern: str, loc: Locale) -> DecimalFormat:
    return DecimalFormat(pattern, loc)


class NumberFormat:
    """``java.text.NumberFormat`` factories; each returns a fresh :class:`DecimalFormat`."""

    @staticmethod
    def _pattern(loc: Locale, kind: str) -> str:
        if kind == "number":
            p = loc.decimal_formats.get(None)
        elif kind == "percent":
            p = loc.percent_formats.get(None)
        else:
            p = loc.currency_formats.get("standard")
        if p is None:
            return {"number": "#,##0.###", "percent": "#,##0%", "currency": "\u00a4 #,##0.00"}[kind]
        return p.pattern

    @staticmethod
    def get_instance(locale: str | Locale = "en_US") -> DecimalFormat:
        return NumberFormat.get_number_instance(locale)

    @staticmethod
    def get_number_instance(locale: str | Locale = "en_US") -> DecimalFormat:
        loc = java_locale(locale)
        return _cached_nf(loc, "number").copy()

    @staticmethod
    def get_integer_instance(locale: str | Locale = "en_US") -> DecimalFormat:
        loc = java_locale(locale)
        return _cached_nf(loc, "integer").copy()

    @staticmethod
    def get_currency_instance(locale: str | Locale = "en_US") -> DecimalFormat:
        loc = java_locale(locale)
        return _cached_nf(loc, "currency").copy()

    @staticmethod
    def get_percent_instance(locale: str | Locale = "en_US") -> DecimalFormat:
        loc = java_locale(locale)
        return _cached_nf(loc, "percent").copy()

    getInstance = get_instance
    getNumberInstance = get_number_instance
    getIntegerInstance = get_integer_instance
    getCurrencyInstance = get_currency_instance
    getPercentInstance = get_percent_instance


@lru_cache(maxsize=256)
def _cached_nf(loc: Locale, kind: str) -> DecimalFormat:
    df = DecimalFormat(NumberFormat._pattern(loc, "number" if kind == "integer" else kind), loc)
    if kind == "integer":
        df.max_frac = df.min_frac = 0
        df.decimal_separator_always_shown = False
        df.parse_integer_only = True
    elif kind == "currency":
        df._adjust_for_currency_digits()
    return df


# =========================================================================================
# Date/time locale data
# =========================================================================================

# Java 17 (CLDR 39) date-time glue patterns that differ from Babel's newer CLDR, per
# language and style ({1} = date, {0} = time).  Each entry was checked with Java 17.
_DATETIME_GLUE = {
    "en": {"long": "{1} 'at' {0}", "full": "{1} 'at' {0}"},
    "fr": {"long": "{1} '\u00e0' {0}", "full": "{1} '\u00e0' {0}"},
    "de": {"long": "{1} 'um' {0}", "full": "{1} 'um' {0}"},
    "es": {"short": "{1} {0}", "medium": "{1} {0}"},
    "nl": {"short": "{1} {0}", "medium": "{1} {0}", "long": "{1} 'om' {0}", "full": "{1} 'om' {0}"},
    "da": {"long": "{1} 'kl'. {0}", "full": "{1} 'kl'. {0}"},
    "nb": {"long": "{1} 'kl'. {0}", "full": "{1} 'kl'. {0}"},
    "fi": {"medium": "{1} 'klo' {0}", "long": "{1} 'klo' {0}", "full": "{1} 'klo' {0}"},
    "sl": {"short": "{1} {0}", "medium": "{1} {0}"},
    "hr": {"long": "{1} 'u' {0}", "full": "{1} 'u' {0}"},
    "uk": {"long": "{1} '\u043e' {0}", "full": "{1} '\u043e' {0}"},
    "ar": {
        "short": "{1}, {0}",
        "medium": "{1}, {0}",
        "long": "{1} \u0641\u064a {0}",
        "full": "{1} \u0641\u064a {0}",
    },
    "he": {"long": "{1} \u05d1\u05e9\u05e2\u05d4 {0}", "full": "{1} \u05d1\u05e9\u05e2\u05d4 {0}"},
    "vi": {"short": "{0}, {1}", "medium": "{0}, {1}"},
    "ca": {"long": "{1}, 'a' 'les' {0}", "full": "{1}, 'a' 'les' {0}"},
}
# Date and time patterns where Java 17 differs from Babel (checked with Java 17).
_DATE_PATTERN_FIX = {
    ("pl", "short"): "dd.MM.y",
    ("fi", "full"): "EEEE d. MMMM y",
    ("ko", "long"): "y\ub144 M\uc6d4 d\uc77c",
    ("ko", "full"): "y\ub144 M\uc6d4 d\uc77c EEEE",
    ("el", "full"): "EEEE, d MMMM y",
    ("sl", "short"): "d. MM. yy",
    ("sl", "long"): "dd. MMMM y",
    ("sl", "full"): "EEEE, dd. MMMM y",
    ("vi", "short"): "dd/MM/y",
    ("ca", "long"): "d MMMM 'de' y",
    ("ca", "full"): "EEEE, d MMMM 'de' y",
}
_TIME_PATTERN_FIX = {
    ("zh", "short"): "ah:mm",
    ("zh", "medium"): "ah:mm:ss",
    ("zh", "long"): "z ah:mm:ss",
    ("zh", "full"): "zzzz ah:mm:ss",
    ("cs", "full"): "H:mm:ss zzzz",
    ("bg", "short"): "H:mm '\u0447'.",
    ("bg", "medium"): "H:mm:ss '\u0447'.",
}
# Dutch abbreviated month names carried a trailing dot in CLDR 39 (Java 17).
_NL_MONTHS_ABBR = [
    "jan.",
    "feb.",
    "mrt.",
    "apr.",
    "mei",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "okt.",
    "nov.",
    "dec.",
]


def _looks_cjk(s: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" for ch in s)


class _DateSyms:
    __slots__ = (
        "months",
        "short_months",
        "sa_months",
        "sa_short_months",
        "weekdays",
        "short_weekdays",
        "eras",
        "ampm",
        "first_day",
        "min_days",
        "lang",
        "loc",
    )

    months: list[str]
    short_months: list[str]
    sa_months: list[str]
    sa_short_months: list[str]
    weekdays: list[str]
    short_weekdays: list[str]
    eras: list[str]
    ampm: list[str]
    first_day: int
    min_days: int
    lang: str
    loc: Locale


@lru_cache(maxsize=128)
def _date_syms(loc: Locale) -> _DateSyms:
    s = _DateSyms()
    s.loc = loc
    s.lang = _lang(loc)

    def month_list(ctx: str, width: str) -> list[str]:
        try:
            d = loc.months[ctx][width]
            return [d[i] for i in range(1, 13)]
        except (KeyError, TypeError):
            return []

    fw = month_list("format", "wide")
    fa = month_list("format", "abbreviated")
    sw = month_list("stand-alone", "wide")
    sa = month_list("stand-alone", "abbreviated")
    if s.lang == "nl":
        fa = list(_NL_MONTHS_ABBR)
        sa = list(_NL_MONTHS_ABBR)
    # Babel resolves some stand-alone aliases to the wrong data: fall back to format names.
    if not sw or (any(map(_looks_cjk, sw)) and not any(map(_looks_cjk, fw))):
        sw = fw
    if not sa or (any(map(_looks_cjk, sa)) and not any(map(_looks_cjk, fa))):
        sa = fa
    s.months, s.short_months, s.sa_months, s.sa_short_months = fw, fa, sw, sa

    def day_list(width: str) -> list[str]:
        d = loc.days["format"][width]
        return [d[i] for i in range(7)]  # Monday first

    s.weekdays = day_list("wide")
    s.short_weekdays = day_list("abbreviated")
    eras = loc.eras.get("abbreviated") or {0: "BC", 1: "AD"}
    s.eras = [eras[0], eras[1]]
    dp = loc.day_periods["format"]["abbreviated"]
    s.ampm = [dp.get("am", "AM").replace("\u202f", "\u00a0"), dp.get("pm", "PM").replace("\u202f", "\u00a0")]
    if loc.territory:
        s.first_day = (loc.first_week_day + 1) % 7 + 1  # Java: 1 = Sunday
        s.min_days = loc.min_week_days
    else:
        s.first_day, s.min_days = 1, 1
    return s


# =========================================================================================
# Time zones
# =========================================================================================


def _zone(tz: Any) -> _dt.tzinfo:
    if tz is None:
        return ZoneInfo("GMT")
    if isinstance(tz, str):
        return ZoneInfo(tz)
    return tz


def _zone_key(tz: _dt.tzinfo) -> str:
    key = getattr(tz, "key", None)
    if key:
        return key
    if tz is _dt.UTC:
        return "UTC"
    return ""


def _gmt_offset_string(loc: Locale, off_min: int) -> str:
    if off_min == 0:
        body = ""
    else:
        sign = "+" if off_min > 0 else "-"
        a = abs(off_min)
        body = f"{sign}{a // 60:02d}:{a % 60:02d}"
    try:
        fmt = loc.zone_formats["gmt"]
    except KeyError:
        fmt = "GMT%s"
    return fmt % body if body else fmt % ""


def _offset_minutes(dt: _dt.datetime) -> int:
    off = dt.utcoffset() or _dt.timedelta(0)
    return int(off.total_seconds() // 60)


def _zone_name(dt: _dt.datetime, loc: Locale, long: bool) -> str:
    from babel.dates import get_timezone_name

    tz = dt.tzinfo
    key = _zone_key(tz) if tz is not None else ""
    off = _offset_minutes(dt)
    if (
        key.startswith("Etc/GMT")
        and key not in ("Etc/GMT", "Etc/GMT0", "Etc/GMT+0", "Etc/GMT-0")
        or (not key and tz is not None and not isinstance(tz, ZoneInfo) and tz is not _dt.UTC)
    ):
        return "GMT" + (f"{'+' if off > 0 else '-'}{abs(off) // 60:02d}:{abs(off) % 60:02d}" if off else "")
    if key in ("UTC", "Etc/UTC", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu") and not long:
        return "UTC"
    if key in ("GMT", "Etc/GMT", "Etc/GMT0", "GMT0", "Greenwich", "Etc/Greenwich") and not long:
        return "GMT"
    if long:
        try:
            name = get_timezone_name(dt, "long", locale=loc)
        except Exception:
            name = ""
        if name and not name.startswith(("GMT", "UTC", "+", "-")):
            return name
        return _gmt_offset_string(Locale.parse("en"), off)
    lang = _lang(loc)
    if lang in ("en", "de"):
        try:
            name = get_timezone_name(dt, "short", locale=loc)
        except Exception:
            name = ""
        if name and name[0].isalpha() and not name.startswith(("GMT", "UTC")):
            return name
    abbr = dt.tzname() or ""
    if abbr and abbr[0].isalpha():
        return abbr
    return "GMT" + (f"{'+' if off > 0 else '-'}{abs(off) // 60:02d}:{abs(off) % 60:02d}" if off else "")


# =========================================================================================
# SimpleDateFormat
# =========================================================================================

_DATE_LETTERS = set("GyYMLwWDdFEuaHkKhmsSzZX")


@lru_cache(maxsize=1024)
def _compile_date_pattern(pattern: str) -> tuple[tuple[str, Any], ...]:
    """[(letter, count) | ('', literal)]"""
    out: list[tuple[str, Any]] = []
    lit: list[str] = []
    i, n = 0, len(pattern)

    def flush() -> None:
        if lit:
            out.append(("", "".join(lit)))
            lit.clear()

    while i < n:
        c = pattern[i]
        if c == "'":
            quoted, i, closed = _quoted(pattern, i)
            if not closed:
                raise JavaTextError("Unterminated quote")
            lit.append(quoted)
            continue
        if ("a" <= c <= "z") or ("A" <= c <= "Z"):
            if c not in _DATE_LETTERS:
                raise JavaTextError(f"Illegal pattern character '{c}'")
            j = i
            while j < n and pattern[j] == c:
                j += 1
            flush()
            out.append((c, j - i))
            i = j
            continue
        lit.append(c)
        i += 1
    flush()
    return tuple(out)


def _java_dow(d: _dt.date) -> int:
    return (d.weekday() + 1) % 7 + 1  # 1 = Sunday


def _week_start(year: int, first_day: int, min_days: int) -> _dt.date:
    jan1 = _dt.date(year, 1, 1)
    rel = (_java_dow(jan1) - first_day) % 7
    if 7 - rel >= min_days:
        return jan1 - _dt.timedelta(days=rel)
    return jan1 + _dt.timedelta(days=7 - rel)


def _week_of_year(d: _dt.date, first_day: int, min_days: int) -> tuple[int, int]:
    """(week year, week of year)"""
    y = d.year
    start = _week_start(y, first_day, min_days)
    if d < start:
        y -= 1
        start = _week_start(y, first_day, min_days)
    elif y < _dt.MAXYEAR:
        nxt = _week_start(y + 1, first_day, min_days)
        if d >= nxt:
            return y + 1, 1
    return y, (d - start).days // 7 + 1


def _week_of_month(d: _dt.date, first_day: int, min_days: int) -> int:
    first = d.replace(day=1)
    rel = (_java_dow(first) - first_day) % 7
    if 7 - rel >= min_days:
        start = first - _dt.timedelta(days=rel)
    else:
        start = first + _dt.timedelta(days=7 - rel)
    return (d - start).days // 7 + 1


def _to_zoned(value: Any, tz: _dt.tzinfo) -> _dt.datetime:
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=tz)
        return value.astimezone(tz)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day, tzinfo=tz)
    if isinstance(value, _dt.time):
        return _dt.datetime(1970, 1, 1, value.hour, value.minute, value.second, value.microsecond, tzinfo=tz)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        epoch = _dt.datetime(1970, 1, 1, tzinfo=_dt.UTC)
        return (epoch + _dt.timedelta(milliseconds=value)).astimezone(tz)
    raise JavaTextError("Cannot format given Object as a Date")


def _offset_text(off: int, letter: str, count: int) -> str:
    if letter == "Z":
        sign = "+" if off >= 0 else "-"
        a = abs(off)
        return f"{sign}{a // 60:02d}{a % 60:02d}"
    # X
    if off == 0:
        return "Z"
    sign = "+" if off > 0 else "-"
    a = abs(off)
    if count == 1:
        return f"{sign}{a // 60:02d}"
    if count == 2:
        return f"{sign}{a // 60:02d}{a % 60:02d}"
    if count == 3:
        return f"{sign}{a // 60:02d}:{a % 60:02d}"
    raise JavaTextError("invalid ISO 8601 format: length=" + str(count))


class SimpleDateFormat:
    """``java.text.SimpleDateFormat`` for a locale and a time zone."""

    def __init__(self, pattern: str, locale: str | Locale | None = "en_US", tz: Any = None):
        self.locale = java_locale(locale)
        self.tz = _zone(tz)
        self.lenient = True
        self.apply_pattern(pattern)
        self._syms = _date_syms(self.locale)
        self.two_digit_start: int | None = None

    def apply_pattern(self, pattern: str) -> None:
        self._pattern = pattern
        self._compiled = _compile_date_pattern(pattern)

    applyPattern = apply_pattern

    def to_pattern(self) -> str:
        return self._pattern

    toPattern = to_pattern

    def set_time_zone(self, tz: Any) -> None:
        self.tz = _zone(tz)

    setTimeZone = set_time_zone

    def set_lenient(self, v: bool) -> None:
        self.lenient = bool(v)

    setLenient = set_lenient

    # ----- formatting ----------------------------------------------------------------
    def format(self, value: Any) -> str:
        if value is None:
            raise JavaTextError("Cannot format given Object as a Date")
        dt = _to_zoned(value, self.tz)
        syms = self._syms
        out: list[str] = []
        fields = [letter for letter, _ in self._compiled if letter]
        # Java uses the stand-alone month names when the month is the pattern's only field
        # ("MMM" alone gives "Mär" in German, "d MMM" gives "3 März").
        alone = fields == ["M"]
        for letter, count in self._compiled:
            if not letter:
                out.append(count)
                continue
            out.append(self._field(dt, "L" if alone and letter == "M" else letter, count, syms))
        return "".join(out)

    def _field(self, dt: _dt.datetime, c: str, count: int, syms: _DateSyms) -> str:
        def num(v: int, width: int = count) -> str:
            return str(v).rjust(width, "0")

        if c == "y":
            return num(dt.year % 100, 2) if count == 2 else num(dt.year)
        if c == "Y":
            wy, _ = _week_of_year(dt.date(), syms.first_day, syms.min_days)
            return num(wy % 100, 2) if count == 2 else num(wy)
        if c == "M" or c == "L":
            if count >= 4:
                return (syms.months if c == "M" else syms.sa_months)[dt.month - 1]
            if count == 3:
                return (syms.short_months if c == "M" else syms.sa_short_months)[dt.month - 1]
            return num(dt.month)
        if c == "d":
            return num(dt.day)
        if c == "E":
            return (syms.weekdays if count >= 4 else syms.short_weekdays)[dt.weekday()]
        if c == "H":
            return num(dt.hour)
        if c == "m":
            return num(dt.minute)
        if c == "s":
            return num(dt.second)
        if c == "S":
            return num(dt.microsecond // 1000)
        if c == "a":
            return syms.ampm[0 if dt.hour < 12 else 1]
        if c == "h":
            return num(dt.hour % 12 or 12)
        if c == "K":
            return num(dt.hour % 12)
        if c == "k":
            return num(dt.hour or 24)
        if c == "G":
            return syms.eras[1]
        if c == "D":
            return num(dt.timetuple().tm_yday)
        if c == "F":
            return num((dt.day - 1) // 7 + 1)
        if c == "w":
            _, w = _week_of_year(dt.date(), syms.first_day, syms.min_days)
            return num(w)
        if c == "W":
            return num(_week_of_month(dt.date(), syms.first_day, syms.min_days))
        if c == "u":
            return num(dt.isoweekday())
        if c == "z":
            return _zone_name(dt, self.locale, count >= 4)
        if c == "Z" or c == "X":
            return _offset_text(_offset_minutes(dt), c, count)
        raise JavaTextError(f"Illegal pattern character '{c}'")  # pragma: no cover

    # ----- parsing -------------------------------------------------------------------
    def parse(self, text: str) -> _dt.datetime:
        """Parse like Java's lenient ``SimpleDateFormat.parse``; returns an aware datetime
        (in this format's zone unless the text carried a zone)."""
        res, _ = self.parse_prefix(text)
        return res

    def parse_prefix(self, text: str, pos: int = 0) -> tuple[_dt.datetime, int]:
        syms = self._syms
        comp = self._compiled
        f: dict[str, int] = {}
        zone_off: int | None = None
        zone_obj: _dt.tzinfo | None = None
        i = pos
        n = len(text)
        fail = JavaParseError(f'Unparseable date: "{text}"')
        for idx, (letter, count) in enumerate(comp):
            if not letter:
                lit = count
                for ch in lit:
                    if i < n and text[i] == ch:
                        i += 1
                    elif ch.isspace() and i < n and text[i].isspace():
                        i += 1
                    elif ch.isspace():
                        continue
                    else:
                        raise fail
                continue
            # abutting numeric fields: the next item is a numeric field without literal between
            nxt = comp[idx + 1] if idx + 1 < len(comp) else None
            abut = nxt is not None and nxt[0] and self._is_numeric(nxt[0], nxt[1])
            if letter in "MLEGa" and (count >= 3 or letter in "EGa"):
                names: list[tuple[str, int]] = []
                if letter in "ML":
                    for k in range(12):
                        for lst in (syms.months, syms.short_months, syms.sa_months, syms.sa_short_months):
                            names.append((lst[k], k + 1))
                elif letter == "E":
                    for k in range(7):
                        names.append((syms.weekdays[k], k))
                        names.append((syms.short_weekdays[k], k))
                elif letter == "G":
                    names = [(syms.eras[0], 0), (syms.eras[1], 1)]
                else:
                    names = [(syms.ampm[0], 0), (syms.ampm[1], 1)]
                best = None
                for name, v in names:
                    if name and text[i : i + len(name)].lower() == name.lower():
                        if best is None or len(name) > len(best[0]):
                            best = (name, v)
                if best is None:
                    raise fail
                i += len(best[0])
                key = {"L": "M"}.get(letter, letter)
                f[key] = best[1]
                continue
            if letter in "zZX":
                m = re.compile(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?").match(text, i)
                if text.startswith("Z", i) and letter == "X":
                    zone_off = 0
                    i += 1
                    continue
                if m and (m.group(1)):
                    hh = int(m.group(2))
                    mm = int(m.group(3) or 0)
                    zone_off = (hh * 60 + mm) * (1 if m.group(1) == "+" else -1)
                    i = m.end()
                    continue
                if letter == "z":
                    for key in ("GMT", "UTC"):
                        if text.startswith(key, i):
                            zone_off = 0
                            i += len(key)
                            break
                    else:
                        mz = re.compile(r"[A-Za-z][A-Za-z_/]*").match(text, i)
                        if not mz:
                            raise fail
                        zone_obj = self._zone_from_abbr(mz.group(0))
                        if zone_obj is None:
                            raise fail
                        i = mz.end()
                    continue
                raise fail
            # numeric
            j = i
            if j < n and text[j] in "+-" and letter in "yY":
                j += 1
            limit = n if not abut else min(n, i + count)
            k = j
            while k < limit and text[k].isdigit():
                k += 1
            if k == j:
                raise fail
            v = int(text[i:k])
            if letter in "yY" and count <= 2 and k - i == 2 and text[i:k].isdigit():
                v = self._two_digit_year(v)
            f[letter] = v
            i = k
        dt = self._resolve(f, zone_off, zone_obj)
        return dt, i

    @staticmethod
    def _is_numeric(letter: str, count: int) -> bool:
        if letter in "ML":
            return count < 3
        return letter in "yYwWDdFuHkKhmsS"

    def _zone_from_abbr(self, name: str) -> _dt.tzinfo | None:
        try:
            return ZoneInfo(name)
        except Exception:
            pass
        common = {
            "CET": "Europe/Paris",
            "CEST": "Europe/Paris",
            "EST": "America/New_York",
            "EDT": "America/New_York",
            "PST": "America/Los_Angeles",
            "PDT": "America/Los_Angeles",
            "CST": "America/Chicago",
            "CDT": "America/Chicago",
            "MST": "America/Denver",
            "MDT": "America/Denver",
            "BST": "Europe/London",
            "JST": "Asia/Tokyo",
            "MSK": "Europe/Moscow",
        }
        if name in common:
            return ZoneInfo(common[name])
        return None

    def _two_digit_year(self, v: int) -> int:
        start = self.two_digit_start
        if start is None:
            start = _dt.date.today().year - 80
        c = (start // 100) * 100 + v
        if c < start:
            c += 100
        return c

    def _resolve(self, f: dict[str, int], zone_off: int | None, zone_obj: _dt.tzinfo | None) -> _dt.datetime:
        year = f.get("y", f.get("Y", 1970))
        month = f.get("M", 1)
        day = f.get("d", 1)
        if "H" in f:
            hour = f["H"]
        elif "k" in f:
            hour = f["k"] % 24 if f["k"] == 24 else f["k"]
        else:
            h12 = f.get("h", f.get("K", 0))
            if "h" in f and h12 == 12:
                h12 = 0
            hour = h12 + (12 if f.get("a", 0) == 1 else 0)
        minute = f.get("m", 0)
        second = f.get("s", 0)
        milli = f.get("S", 0)
        if not self.lenient:
            try:
                _dt.date(year, month, day)
            except ValueError:
                raise JavaParseError("Unparseable date") from None
            if hour > 23 or minute > 59 or second > 59:
                raise JavaParseError("Unparseable date")
        # lenient arithmetic
        y = year + (month - 1) // 12
        mo = (month - 1) % 12 + 1
        if "D" in f and "d" not in f and "M" not in f:
            base = _dt.datetime(y, 1, 1) + _dt.timedelta(days=f["D"] - 1)
        else:
            base = _dt.datetime(y, mo, 1) + _dt.timedelta(days=day - 1)
        local = base + _dt.timedelta(hours=hour, minutes=minute, seconds=second, milliseconds=milli)
        if zone_off is not None:
            tz = _dt.timezone(_dt.timedelta(minutes=zone_off))
            return local.replace(tzinfo=tz).astimezone(self.tz)
        tz2 = zone_obj or self.tz
        return local.replace(tzinfo=tz2).astimezone(self.tz)


@lru_cache(maxsize=1024)
def _cached_sdf(pattern: str, loc: Locale, tzkey: Any) -> SimpleDateFormat:
    return SimpleDateFormat(pattern, loc, tzkey)


def format_date(pattern: str, value: Any, locale: str | Locale = "en_US", tz: Any = None) -> str:
    """``new SimpleDateFormat(pattern, locale)`` with ``setTimeZone(tz)``, cached."""
    return _cached_sdf(pattern, java_locale(locale), _zone(tz)).format(value)


_STYLES = {0: "full", 1: "long", 2: "medium", 3: "short"}


def _style_name(style: int | str) -> str:
    if isinstance(style, str):
        s = style.strip().lower()
        if s in ("short", "medium", "long", "full"):
            return s
        if s == "default":
            return "medium"
        raise JavaTextError(f"Illegal style {style}")
    try:
        return _STYLES[int(style)]
    except (KeyError, ValueError):
        raise JavaTextError(f"Illegal style {style}") from None


@lru_cache(maxsize=512)
def _style_pattern(loc: Locale, date_style: str | None, time_style: str | None) -> str:
    lang = _lang(loc)
    dp = tp = None
    if date_style:
        dp = _DATE_PATTERN_FIX.get((lang, date_style)) or loc.date_formats[date_style].pattern.replace(
            "\u202f", " "
        )
    if time_style:
        tp = _TIME_PATTERN_FIX.get((lang, time_style)) or loc.time_formats[time_style].pattern.replace(
            "\u202f", " "
        )
    if dp is None:
        assert tp is not None
        return tp
    if tp is None:
        return dp
    # Java 17 glues with the pattern of the shorter of the two styles.
    order = ["full", "long", "medium", "short"]
    gs = order[max(order.index(date_style), order.index(time_style))]  # type: ignore[arg-type]
    glue = _DATETIME_GLUE.get(lang, {}).get(gs) or str(loc.datetime_formats[gs])
    return glue.replace("{1}", dp).replace("{0}", tp)


class DateFormat:
    """``java.text.DateFormat`` factories.  Styles: 0/"full", 1/"long", 2/"medium",
    3/"short" (Java's ``DateFormat.FULL`` .. ``SHORT``)."""

    FULL, LONG, MEDIUM, SHORT, DEFAULT = 0, 1, 2, 3, 2

    @staticmethod
    def get_date_instance(
        style: int | str = 2, locale: str | Locale = "en_US", tz: Any = None
    ) -> SimpleDateFormat:
        loc = java_locale(locale)
        return SimpleDateFormat(_style_pattern(loc, _style_name(style), None), loc, tz)

    @staticmethod
    def get_time_instance(
        style: int | str = 2, locale: str | Locale = "en_US", tz: Any = None
    ) -> SimpleDateFormat:
        loc = java_locale(locale)
        return SimpleDateFormat(_style_pattern(loc, None, _style_name(style)), loc, tz)

    @staticmethod
    def get_date_time_instance(
        date_style: int | str = 2, time_style: int | str = 2, locale: str | Locale = "en_US", tz: Any = None
    ) -> SimpleDateFormat:
        loc = java_locale(locale)
        return SimpleDateFormat(
            _style_pattern(loc, _style_name(date_style), _style_name(time_style)), loc, tz
        )

    @staticmethod
    def style_pattern(
        date_style: int | str | None, time_style: int | str | None, locale: str | Locale
    ) -> str:
        loc = java_locale(locale)
        return _style_pattern(
            loc,
            _style_name(date_style) if date_style is not None else None,
            _style_name(time_style) if time_style is not None else None,
        )

    getDateInstance = get_date_instance
    getTimeInstance = get_time_instance
    getDateTimeInstance = get_date_time_instance


def java_date_to_string(dt: Any, tz: Any = None) -> str:
    """``java.util.Date.toString()`` in the JVM default zone ``tz``:
    ``EEE MMM dd HH:mm:ss zzz yyyy`` in English."""
    return format_date("EEE MMM dd HH:mm:ss zzz yyyy", dt, "en_US", tz)


# =========================================================================================
# MessageFormat
# =========================================================================================


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def _is_date(v: Any) -> bool:
    return isinstance(v, (_dt.date, _dt.datetime, _dt.time))


def _split_message(pattern: str) -> list[Any]:
    """Parse a MessageFormat pattern into literal strings and (index, type, style) tuples."""
    out: list[Any] = []
    lit: list[str] = []
    i, n = 0, len(pattern)
    in_quote = False
    while i < n:
        c = pattern[i]
        if c == "'":
            if i + 1 < n and pattern[i + 1] == "'":
                lit.append("'")
                i += 2
                continue
            in_quote = not in_quote
            i += 1
            continue
        if in_quote:
            lit.append(c)
            i += 1
            continue
        if c == "{":
            # read the format element
            depth = 1
            j = i + 1
            segs = [[]]  # type: list[list[str]]
            part = 0
            q = False
            while j < n:
                ch = pattern[j]
                if part < 2:
                    if ch == "," and depth == 1:
                        part += 1
                        segs.append([])
                        j += 1
                        continue
                    if ch == "}":
                        break
                    if ch == "{":
                        raise JavaTextError("Unmatched braces in the pattern.")
                    segs[-1].append(ch)
                    j += 1
                    continue
                # style part: keep quotes, track brace depth outside quotes
                if ch == "'":
                    q = not q
                elif not q:
                    if ch == "{":
                        depth += 1
                    elif ch == "}":
                        depth -= 1
                        if depth == 0:
                            break
                segs[-1].append(ch)
                j += 1
            if j >= n:
                raise JavaTextError("Unmatched braces in the pattern.")
            if lit:
                out.append("".join(lit))
                lit.clear()
            idx_s = "".join(segs[0]).strip()
            try:
                idx = int(idx_s)
            except ValueError:
                raise JavaTextError(f"can't parse argument number: {idx_s}") from None
            if idx < 0:
                raise JavaTextError(f"negative argument number: {idx}")
            ftype = "".join(segs[1]).strip().lower() if len(segs) > 1 else ""
            style = "".join(segs[2]) if len(segs) > 2 else ""
            if ftype not in ("", "number", "date", "time", "choice"):
                raise JavaTextError(f"unknown format type: {ftype}")
            out.append((idx, ftype, style))
            i = j + 1
            continue
        if c == "}":
            # Java accepts a lone '}' as literal text
            lit.append(c)
            i += 1
            continue
        lit.append(c)
        i += 1
    if lit:
        out.append("".join(lit))
    return out


_compile_message = lru_cache(maxsize=1024)(_split_message)


def _parse_choice(pattern: str) -> list[tuple[float, str]]:
    limits: list[tuple[float, str]] = []
    segs: list[str] = []
    cur: list[str] = []
    limit_txt: str | None = None
    i, n = 0, len(pattern)
    q = False
    while i < n:
        c = pattern[i]
        if c == "'":
            if i + 1 < n and pattern[i + 1] == "'":
                cur.append("'")
                i += 2
                continue
            q = not q
            i += 1
            continue
        if q:
            cur.append(c)
        elif limit_txt is None and c in "#<\u2264":
            limit_txt = "".join(cur).strip()
            relation = c
            cur = []
            segs.append(relation)
        elif c == "|" and limit_txt is not None:
            limits.append((_choice_limit(limit_txt, segs[-1]), "".join(cur)))
            limit_txt = None
            cur = []
        else:
            cur.append(c)
        i += 1
    if limit_txt is not None:
        limits.append((_choice_limit(limit_txt, segs[-1]), "".join(cur)))
    return limits


def _choice_limit(txt: str, relation: str) -> float:
    if txt in ("\u221e", "\u221e"):
        v = math.inf
    elif txt in ("-\u221e",):
        v = -math.inf
    else:
        try:
            v = float(txt)
        except ValueError:
            raise JavaTextError(f"Each interval must contain a number before a format: {txt}") from None
    if relation == "<":
        v = math.nextafter(v, math.inf)
    return v


def _choice_format(pattern: str, x: float) -> str:
    limits = _parse_choice(pattern)
    if not limits:
        return ""
    chosen = limits[0][1]
    for lim, text in limits:
        if x >= lim:
            chosen = text
        else:
            break
    if math.isnan(x):
        chosen = limits[0][1]
    return chosen


def message_format(pattern: str, args: Any = (), locale: str | Locale = "en_US", tz: Any = None) -> str:
    """``new MessageFormat(pattern, locale).format(args)`` with the JVM zone ``tz``."""
    loc = java_locale(locale)
    zone = _zone(tz)
    if args is None:
        args = ()
    elif not isinstance(args, (list, tuple)):
        args = (args,)
    out: list[str] = []
    for item in _compile_message(pattern):
        if isinstance(item, str):
            out.append(item)
            continue
        idx, ftype, style = item
        if idx >= len(args):
            out.append("{" + str(idx) + "}")
            continue
        v = args[idx]
        if v is None:
            out.append("null")
            continue
        st = style.strip()
        if ftype == "":
            if _is_number(v):
                out.append(NumberFormat.get_instance(loc).format(v))
            elif _is_date(v):
                out.append(DateFormat.get_date_time_instance(3, 3, loc, zone).format(v))
            elif isinstance(v, str):
                out.append(v)
            elif isinstance(v, bool):
                out.append("true" if v else "false")
            else:
                out.append(str(v))
        elif ftype == "number":
            if not _is_number(v):
                raise JavaTextError("Cannot format given Object as a Number")
            sl = st.lower()
            if sl == "":
                nf = NumberFormat.get_instance(loc)
            elif sl == "integer":
                nf = NumberFormat.get_integer_instance(loc)
            elif sl == "currency":
                nf = NumberFormat.get_currency_instance(loc)
            elif sl == "percent":
                nf = NumberFormat.get_percent_instance(loc)
            else:
                nf = _cached_decimal_format(style, loc)
            out.append(nf.format(v))
        elif ftype in ("date", "time"):
            if _is_number(v):
                v = _to_zoned(int(v), zone)
            if not _is_date(v):
                raise JavaTextError("Cannot format given Object as a Date")
            sl = st.lower()
            if sl in ("", "short", "medium", "long", "full"):
                s = sl or "medium"
                if ftype == "date":
                    p = _style_pattern(loc, s, None)
                else:
                    p = _style_pattern(loc, None, s)
            else:
                p = style
            out.append(format_date(p, v, loc, zone))
        else:  # choice
            if not _is_number(v):
                raise JavaTextError("Cannot format given Object as a Number")
            text = _choice_format(style, float(v))
            if "{" in text:
                text = message_format(text, args, loc, zone)
            out.append(text)
    return "".join(out)


# =========================================================================================
# java.util.Formatter (String.format)
# =========================================================================================

_FMT_RE = re.compile(r"%(\d+\$|<)?([-#+ 0,(]*)?(\d+)?(\.\d+)?([tT])?([a-zA-Z%])")


def _fmt_group(int_str: str, sep: str, size: int = 3) -> str:
    if size <= 0 or len(int_str) <= size:
        return int_str
    groups = []
    s = int_str
    while len(s) > size:
        groups.append(s[-size:])
        s = s[:-size]
    groups.append(s)
    return sep.join(reversed(groups))


def _half_up_digits(digits: str, dec: int, frac: int) -> tuple[str, int]:
    """Round the decimal digit string (value 0.digits*10^dec) HALF_UP to ``frac`` fraction digits."""
    return _round_digits(digits, dec, None, ROUND_HALF_UP, True, frac)


def _half_up_sig(digits: str, dec: int, nsig: int) -> tuple[str, int]:
    return _round_digits(digits, dec, None, ROUND_HALF_UP, False, nsig)


def _fp_digits(v: Any) -> tuple[str, int, bool]:
    """(digits, decExp, negative) for a float (Java's FloatingDecimal digits) or Decimal."""
    if isinstance(v, float):
        neg = math.copysign(1.0, v) < 0
        if v == 0:
            return "", 0, neg
        d, e = _double_digits(abs(v))
        return d, e, neg
    dv = Decimal(v)
    neg = dv.is_signed()
    digits, dec = _decimal_digits(abs(dv))
    return digits, dec, neg


def _plain(digits: str, dec: int, frac: int) -> tuple[str, str]:
    if not digits:
        return "0", "0" * frac
    if dec > 0:
        ip = digits[:dec].ljust(dec, "0")
        fp = digits[dec:]
    else:
        ip = "0"
        fp = "0" * (-dec) + digits
    fp = fp[:frac].ljust(frac, "0")
    return ip, fp


def _justify(s: str, width: int | None, left: bool) -> str:
    if width is None or len(s) >= width:
        return s
    return s.ljust(width) if left else s.rjust(width)


def _java_hash(v: Any) -> int:
    if isinstance(v, str):
        h = 0
        for ch in v.encode("utf-16-be").decode("utf-16-be"):
            for unit in (
                [ord(ch)]
                if ord(ch) < 0x10000
                else [0xD800 + ((ord(ch) - 0x10000) >> 10), 0xDC00 + ((ord(ch) - 0x10000) & 0x3FF)]
            ):
                h = (31 * h + unit) & 0xFFFFFFFF
        return h
    if isinstance(v, bool):
        return 1231 if v else 1237
    if isinstance(v, int):
        if -(2**31) <= v < 2**31:
            return v & 0xFFFFFFFF
        return ((v & 0xFFFFFFFFFFFFFFFF) ^ ((v & 0xFFFFFFFFFFFFFFFF) >> 32)) & 0xFFFFFFFF
    return hash(v) & 0xFFFFFFFF


def string_format(fmt: str, args: Any = (), locale: str | Locale = "en_US", tz: Any = None) -> str:
    """``String.format(locale, fmt, args...)`` (java.util.Formatter)."""
    loc = java_locale(locale)
    zone = _zone(tz)
    if args is None:
        args = (None,)
    elif not isinstance(args, (list, tuple)):
        args = (args,)
    syms = _num_syms(loc)
    out: list[str] = []
    pos = 0
    ordinary = 0
    last_index = -1
    for m in _FMT_RE.finditer(fmt):
        if m.start() > pos:
            chunk = fmt[pos : m.start()]
            if "%" in chunk:
                raise JavaTextError(f"Unknown format conversion: {chunk[chunk.index('%') :][:2]!r}")
            out.append(chunk)
        pos = m.end()
        idx_s, flags, width_s, prec_s, tflag, conv = m.groups()
        flags = flags or ""
        width = int(width_s) if width_s else None
        prec = int(prec_s[1:]) if prec_s else None
        left = "-" in flags
        if conv == "n" and not tflag:
            out.append("\n")
            continue
        if conv == "%" and not tflag:
            out.append(_justify("%", width, left))
            continue
        if idx_s == "<":
            ai = last_index
        elif idx_s:
            ai = int(idx_s[:-1]) - 1
        else:
            ai = ordinary
            ordinary += 1
        if ai < 0 or ai >= len(args):
            raise JavaTextError(f"Format specifier '{m.group(0)}'")
        last_index = ai
        v = args[ai]
        if tflag:
            s = _format_time_conv(v, conv, loc, zone)
            if tflag == "T":
                s = s.upper()
            out.append(_justify(s, width, left))
            continue
        upper = conv.isupper()
        c = conv.lower()
        if c == "s":
            s = _s_value(v, zone)
            if prec is not None:
                s = s[:prec]
            if upper:
                s = s.upper()
            out.append(_justify(s, width, left))
        elif c == "b":
            s = "false" if v is None else ("true" if not isinstance(v, bool) else ("true" if v else "false"))
            if prec is not None:
                s = s[:prec]
            out.append(_justify(s.upper() if upper else s, width, left))
        elif c == "h":
            s = "null" if v is None else format(_java_hash(v), "x")
            out.append(_justify(s.upper() if upper else s, width, left))
        elif c == "c":
            if v is None:
                s = "null"
            elif isinstance(v, str):
                s = v[:1]
            elif isinstance(v, int) and not isinstance(v, bool):
                s = chr(v)
            else:
                raise JavaTextError(f"c != {type(v).__name__}")
            out.append(_justify(s.upper() if upper else s, width, left))
        elif c in "dox":
            if v is None:
                out.append(_justify("null", width, left))
                continue
            if isinstance(v, bool) or not isinstance(v, int):
                if isinstance(v, Decimal) and c == "d" and False:
                    pass
                raise JavaTextError(f"{conv} != {type(v).__name__}")
            out.append(_format_integer(v, c, upper, flags, width, syms))
        elif c in "efg":
            if v is None:
                out.append(_justify("null", width, left))
                continue
            if isinstance(v, bool) or not isinstance(v, (float, Decimal)):
                raise JavaTextError(f"{conv} != {type(v).__name__}")
            out.append(_format_float(v, c, upper, flags, width, prec, syms))
        else:
            raise JavaTextError(f"Conversion = '{conv}'")
    if pos < len(fmt):
        rest = fmt[pos:]
        if "%" in rest:
            raise JavaTextError(f"Unknown format conversion: {rest[rest.index('%') :][:2]!r}")
        out.append(rest)
    return "".join(out)


def _s_value(v: Any, zone: _dt.tzinfo) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return double_to_string(v)
    if isinstance(v, Decimal):
        return big_decimal_to_string(v)
    if isinstance(v, _dt.datetime):
        return java_date_to_string(v, zone)
    return str(v)


def _format_integer(v: int, c: str, upper: bool, flags: str, width: int | None, syms: _NumSyms) -> str:
    left = "-" in flags
    if c == "d":
        neg = v < 0
        digits = str(abs(v))
        if "," in flags:
            digits = _fmt_group(digits, syms.group)
        if neg:
            if "(" in flags:
                pre, suf = "(", ")"
            else:
                pre, suf = "-", ""
        else:
            pre = "+" if "+" in flags else (" " if " " in flags else "")
            suf = ""
        if "0" in flags and width is not None:
            pad = width - len(pre) - len(suf) - len(digits)
            if pad > 0:
                digits = "0" * pad + digits
        return _justify(pre + digits + suf, width, left)
    # o / x: two's complement for negative int/long
    if v < 0:
        if v >= -(2**31) and not isinstance(v, JavaLong):
            v += 2**32
        elif v >= -(2**63):
            v += 2**64
        else:
            s = format(v, "o" if c == "o" else "x")
            return _justify(s.upper() if upper else s, width, left)
    s = format(v, "o" if c == "o" else "x")
    prefix = ""
    if "#" in flags:
        prefix = "0" if c == "o" else "0x"
    if "0" in flags and width is not None:
        pad = width - len(prefix) - len(s)
        if pad > 0:
            s = "0" * pad + s
    s = prefix + s
    if upper:
        s = s.upper()
    return _justify(s, width, left)


def _format_float(
    v: Any, c: str, upper: bool, flags: str, width: int | None, prec: int | None, syms: _NumSyms
) -> str:
    left = "-" in flags
    if isinstance(v, float) and (math.isnan(v) or math.isinf(v)):
        if math.isnan(v):
            s = "NaN"
        else:
            s = "Infinity" if v > 0 else ("(Infinity)" if "(" in flags else "-Infinity")
            if v > 0 and "+" in flags:
                s = "+Infinity"
            elif v > 0 and " " in flags:
                s = " Infinity"
        return _justify(s.upper() if upper else s, width, left)
    digits, dec, neg = _fp_digits(v)
    if isinstance(v, Decimal) and Decimal(v).is_zero():
        neg = False
    if prec is None:
        prec = 6
    if c == "g":
        if prec == 0:
            prec = 1
        if not digits:
            body_kind, fprec = "f", prec - 1
        else:
            rd, rdec = _half_up_sig(digits, dec, prec)
            mag_exp = rdec - 1  # value is d.ddd * 10^mag_exp
            if -4 <= mag_exp < prec:
                body_kind, fprec = "f", prec - (mag_exp + 1)
            else:
                body_kind, fprec = "e", prec - 1
    else:
        body_kind, fprec = c, prec
    if body_kind == "f":
        rd, rdec = _half_up_digits(digits, dec, fprec)
        ip, fp = _plain(rd, rdec, fprec)
        if "," in flags:
            ip = _fmt_group(ip, syms.group)
        body = ip + ((syms.decimal + fp) if fprec > 0 else ("" if "#" not in flags else syms.decimal))
    else:
        if not digits:
            mant, ex = "0" + "0" * fprec, 0
        else:
            rd, rdec = _half_up_sig(digits, dec, fprec + 1)
            mant = rd.ljust(fprec + 1, "0")
            ex = rdec - 1
        body = mant[0] + (
            (syms.decimal + mant[1:]) if fprec > 0 else ("" if "#" not in flags else syms.decimal)
        )
        body += ("e" if not upper else "E") + ("-" if ex < 0 else "+") + f"{abs(ex):02d}"
    if neg:
        pre, suf = ("(", ")") if "(" in flags else ("-", "")
    else:
        pre = "+" if "+" in flags else (" " if " " in flags else "")
        suf = ""
    if "0" in flags and width is not None:
        pad = width - len(pre) - len(suf) - len(body)
        if pad > 0:
            body = "0" * pad + body
    s = pre + body + suf
    if upper:
        s = s.upper()
    return _justify(s, width, left)


def _format_time_conv(v: Any, conv: str, loc: Locale, zone: _dt.tzinfo) -> str:
    if v is None:
        return "null"
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        dt = _to_zoned(int(v), zone)
    elif isinstance(v, (_dt.datetime, _dt.date)):
        dt = _to_zoned(v, zone)
    elif isinstance(v, _dt.time):
        dt = _dt.datetime(1970, 1, 1, v.hour, v.minute, v.second, v.microsecond, tzinfo=v.tzinfo or zone)
    else:
        raise JavaTextError(f"Can't format {type(v).__name__} as a date/time")
    syms = _date_syms(loc)
    c = conv
    if c == "Y":
        return f"{dt.year:04d}"
    if c == "y":
        return f"{dt.year % 100:02d}"
    if c == "C":
        return f"{dt.year // 100:02d}"
    if c == "m":
        return f"{dt.month:02d}"
    if c == "d":
        return f"{dt.day:02d}"
    if c == "e":
        return str(dt.day)
    if c == "H":
        return f"{dt.hour:02d}"
    if c == "I":
        return f"{dt.hour % 12 or 12:02d}"
    if c == "k":
        return str(dt.hour)
    if c == "l":
        return str(dt.hour % 12 or 12)
    if c == "M":
        return f"{dt.minute:02d}"
    if c == "S":
        return f"{dt.second:02d}"
    if c == "L":
        return f"{dt.microsecond // 1000:03d}"
    if c == "N":
        return f"{dt.microsecond * 1000:09d}"
    if c == "p":
        return syms.ampm[0 if dt.hour < 12 else 1].lower()
    if c == "B":
        return syms.months[dt.month - 1]
    if c in "bh":
        return syms.short_months[dt.month - 1]
    if c == "A":
        return syms.weekdays[dt.weekday()]
    if c == "a":
        return syms.short_weekdays[dt.weekday()]
    if c == "j":
        return f"{dt.timetuple().tm_yday:03d}"
    if c == "Z":
        return _zone_name(dt, loc, False)
    if c == "z":
        return _offset_text(_offset_minutes(dt), "Z", 1)
    if c == "s":
        return str(int(dt.timestamp()))
    if c == "Q":
        return str(int(dt.timestamp()) * 1000 + dt.microsecond // 1000)
    if c == "R":
        return f"{dt.hour:02d}:{dt.minute:02d}"
    if c == "T":
        return f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d}"
    if c == "r":
        return (
            f"{dt.hour % 12 or 12:02d}:{dt.minute:02d}:{dt.second:02d} "
            + syms.ampm[0 if dt.hour < 12 else 1].upper()
        )
    if c == "D":
        return f"{dt.month:02d}/{dt.day:02d}/{dt.year % 100:02d}"
    if c == "F":
        return f"{dt.year:04d}-{dt.month:02d}-{dt.day:02d}"
    if c == "c":
        return (
            f"{syms.short_weekdays[dt.weekday()]} {syms.short_months[dt.month - 1]} {dt.day:02d} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {_zone_name(dt, loc, False)} {dt.year:04d}"
        )
    raise JavaTextError(f"Unknown date/time conversion '{c}'")
