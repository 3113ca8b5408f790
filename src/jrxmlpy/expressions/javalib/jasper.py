"""JasperReports' own classes that expressions use: the built-in functions
(``net.sf.jasperreports.functions.standard``: DateTime, Math, Text and Logical functions),
``msg``/``str``, ``DateRange``, ``java.awt.Color`` with ``JRColorUtil``, in-memory input
streams, and the data sources templates construct.

The data sources here are **compile-time stand-ins**: :mod:`jrxmlpy.data` (written later)
provides the real ones.  Construction goes through :func:`make_data_source`, which uses
the class of that name in :mod:`jrxmlpy.data` when it exists; the allowlist calls the
methods of any data source through the small protocol of :class:`DataSource`
(``sub_data_source(select)``, ``data_source(select)``, ``record_count()``,
``records()``, ``move_first()``).
"""

from __future__ import annotations

import datetime as _dt
import math
import random
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import runtime as R
from . import dates as DT
from . import util as U

JRRuntimeException = R._exception("net.sf.jasperreports.engine.JRRuntimeException")


# =========================================================================================
# Helpers
# =========================================================================================


def _is_number(x: Any) -> bool:
    return isinstance(x, (int, float, Decimal)) and not isinstance(x, bool)


def _double(x: Any) -> float:
    return float(x)


def _int_value(x: Any) -> int:
    """``Number.intValue()`` of any number."""
    if isinstance(x, float):
        return R.d2i(x)
    if isinstance(x, Decimal):
        return R.w32(int(x))
    return R.w32(int(x))


def _babel(env: R.Env) -> Any:
    return env.babel_locale()


# =========================================================================================
# DateTimeFunctions
# =========================================================================================


def convert_date(env: R.Env, value: Any) -> _dt.datetime | None:
    """JasperReports' conversion of a "date object": a Date, a Long (milliseconds) or a
    String in one of the report locale's date styles (MEDIUM, SHORT, LONG, FULL)."""
    if value is None:
        return None
    if isinstance(value, str):
        from .text import DateFormat, JavaTextError

        for style in (2, 3, 1, 0):
            fmt = DateFormat.get_date_instance(style, _babel(env), env.timezone)
            try:
                return fmt.parse(value)
            except (JavaTextError, ValueError):
                continue
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return DT.from_millis(value)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return DT.to_datetime(env, value)
    return None


def _local(env: R.Env, value: Any) -> _dt.datetime | None:
    moment = convert_date(env, value)
    return None if moment is None else moment.astimezone(env.timezone)


def today(env: R.Env) -> _dt.datetime:
    return DT.now(env)


def _calendar_field(env: R.Env, value: Any, field: int) -> int | None:
    moment = convert_date(env, value)
    if moment is None:
        return None
    cal = DT.Calendar(env.timezone, env.locale, DT.to_millis(env, moment))
    return cal.get(field)


def year(env: R.Env, value: Any) -> int | None:
    return _calendar_field(env, value, DT.YEAR)


def month(env: R.Env, value: Any) -> int | None:
    m = _calendar_field(env, value, DT.MONTH)
    return None if m is None else m + 1


def day(env: R.Env, value: Any) -> int | None:
    return _calendar_field(env, value, DT.DATE)


def weekday(env: R.Env, value: Any, sunday_first: bool | None = False) -> int | None:
    dow = _calendar_field(env, value, DT.DAY_OF_WEEK)
    if dow is None:
        return None
    if R.unbox(sunday_first):
        return dow
    return 7 if dow == 1 else dow - 1


def hour(env: R.Env, value: Any) -> int | None:
    return _calendar_field(env, value, DT.HOUR_OF_DAY)


def minute(env: R.Env, value: Any) -> int | None:
    return _calendar_field(env, value, DT.MINUTE)


def second(env: R.Env, value: Any) -> int | None:
    return _calendar_field(env, value, DT.SECOND)


def date(env: R.Env, y: int | None, m: int | None, d: int | None) -> _dt.datetime | None:
    if y is None or m is None or d is None:
        return None
    try:
        wall = _dt.datetime(y, m, d)
    except ValueError as exc:
        raise DT.DateTimeException(str(exc)) from None
    return wall.replace(tzinfo=env.timezone).astimezone(DT.UTC)


def date_value(env: R.Env, value: Any) -> int | None:
    moment = convert_date(env, value)
    return None if moment is None else DT.to_millis(env, moment)


def time(env: R.Env, h: int | None, m: int | None, s: int | None, pattern: str | None = None) -> str | None:
    if h is None or m is None or s is None:
        return None
    try:
        t = _dt.time(h, m, s)
    except ValueError as exc:
        raise DT.DateTimeException(str(exc)) from None
    fields = DT._TemporalFields(None, t, 0, None, env.timezone)
    if pattern is not None:
        try:
            return DT.dtf_format(pattern, fields, env.locale)
        except R.JavaException:
            pass
    # DateTimeFormatter.ofLocalizedTime(FormatStyle.LONG): a LocalTime has no instant, so
    # the zone prints with its standard short name.
    from .text import DateFormat

    sdf_pattern = DateFormat.style_pattern(None, 1, _babel(env))
    today_wall = _dt.datetime.combine(_dt.date(2000, 1, 15), t)
    return DT.dtf_format(_sdf_to_dtf(sdf_pattern), DT._TemporalFields(today_wall.date(), t, 0, None, env.timezone), env.locale)


def _sdf_to_dtf(pattern: str) -> str:
    return pattern


def edate(env: R.Env, value: Any, months: int) -> _dt.datetime | None:
    moment = _local(env, value)
    if moment is None:
        return None
    wall = moment.replace(tzinfo=None)
    shifted = DT.add_months(wall.date(), R.unbox(months))
    new_wall = _dt.datetime.combine(shifted, wall.time())
    return new_wall.replace(tzinfo=env.timezone).astimezone(DT.UTC)


def workday(env: R.Env, value: Any, workdays: int) -> _dt.datetime | None:
    moment = _local(env, value)
    if moment is None:
        return None
    workdays = R.unbox(workdays)
    back = workdays < 0
    remaining = abs(workdays)
    wall = moment.replace(tzinfo=None)
    while remaining > 0:
        weekday_ = wall.isoweekday()  # 6 = Saturday, 7 = Sunday
        if weekday_ < 6:
            remaining -= 1
        if not back:
            wall += _dt.timedelta(days=3 if weekday_ == 5 else 1)
        else:
            wall -= _dt.timedelta(days=3 if weekday_ == 1 else 1)
    return wall.replace(tzinfo=env.timezone).astimezone(DT.UTC)


def _local_dates(env: R.Env, a: Any, b: Any) -> tuple[_dt.date, _dt.date] | None:
    x, y = _local(env, a), _local(env, b)
    if x is None or y is None:
        return None
    return x.date(), y.date()


def network_days(env: R.Env, a: Any, b: Any) -> int | None:
    x, y = _local(env, a), _local(env, b)
    if x is None or y is None:
        return None
    if x > y:
        x, y = y, x
    cursor, end = x.date(), y.date()
    count = 0
    while (end - cursor).days > 0:
        if cursor.isoweekday() < 6:
            count += 1
        cursor += _dt.timedelta(days=1)
    return count


def days(env: R.Env, a: Any, b: Any) -> int | None:
    pair = _local_dates(env, a, b)
    return None if pair is None else (pair[1] - pair[0]).days


def weeks(env: R.Env, a: Any, b: Any) -> int | None:
    pair = _local_dates(env, a, b)
    if pair is None:
        return None
    n = (pair[1] - pair[0]).days
    return abs(n) // 7 * (1 if n >= 0 else -1)


def months(env: R.Env, a: Any, b: Any) -> int | None:
    pair = _local_dates(env, a, b)
    return None if pair is None else DT.months_between(*pair)


def years(env: R.Env, a: Any, b: Any) -> int | None:
    pair = _local_dates(env, a, b)
    if pair is None:
        return None
    n = DT.months_between(*pair)
    return abs(n) // 12 * (1 if n >= 0 else -1)


def days_in_month(env: R.Env, value: Any) -> int | None:
    moment = _local(env, value)
    return None if moment is None else DT.month_length(moment.year, moment.month)


def days_in_year(env: R.Env, value: Any) -> int | None:
    moment = _local(env, value)
    return None if moment is None else (366 if DT.is_leap(moment.year) else 365)


def weeks_in_year(env: R.Env, value: Any) -> int | None:
    moment = _local(env, value)
    if moment is None:
        return None
    jan1 = _dt.date(moment.year, 1, 1)
    if jan1.isoweekday() == 4 or (jan1.isoweekday() == 3 and DT.is_leap(moment.year)):
        return 53
    return 52


def week_num(env: R.Env, value: Any) -> int | None:
    moment = _local(env, value)
    if moment is None:
        return None
    return (moment.timetuple().tm_yday - 1) // 7 + 1  # ALIGNED_WEEK_OF_YEAR


def is_leap_year(env: R.Env, value: Any) -> bool | None:
    moment = _local(env, value)
    return None if moment is None else DT.is_leap(moment.year)


def date_format(env: R.Env, value: Any, pattern: str) -> str | None:
    """``DATEFORMAT(date, pattern)``: a DateTimeFormatter pattern, report locale and zone."""
    if value is None:
        return None
    moment = DT.to_datetime(env, value).astimezone(env.timezone)
    zdt = DT.ZonedDateTime(moment, env.timezone)
    fmt = DT.of_pattern(pattern, None, env).with_zone(env.timezone)
    return fmt.format(zdt)


# =========================================================================================
# MathFunctions
# =========================================================================================


def abs_(n: Any) -> Any:
    if n is None:
        return None
    if isinstance(n, (int, float)) and not isinstance(n, bool):
        return abs(n)
    return abs(float(n))


def fact(n: int | None) -> int | None:
    if n is None or n < 0:
        return None
    result = 1
    for i in range(1, n + 1):
        result = R.w64(result * i)
    return result


def is_even(n: Any) -> bool | None:
    return None if n is None else R.irem(_int_value(n), 2) == 0


def is_odd(n: Any) -> bool | None:
    return None if n is None else R.irem(_int_value(n), 2) == 1


def product(numbers: list[Any]) -> float | None:
    if not numbers or any(n is None for n in numbers):
        return None
    result = 1.0
    for n in numbers:
        result *= _double(n)
    return result


def sum_(numbers: list[Any]) -> float | None:
    if not numbers or any(n is None for n in numbers):
        return None
    result = 0.0
    for n in numbers:
        result += _double(n)
    return result


def _fix_type(value: float, numbers: list[Any]) -> Any:
    if all(isinstance(n, int) and not isinstance(n, bool) for n in numbers):
        return int(value)
    return float(value)


def min_(numbers: list[Any]) -> Any:
    if not numbers or any(n is None for n in numbers):
        return None
    best = _double(numbers[0])
    for n in numbers[1:]:
        if _double(n) < best:
            best = _double(n)
    return _fix_type(best, numbers)


def max_(numbers: list[Any]) -> Any:
    if not numbers or any(n is None for n in numbers):
        return None
    best = _double(numbers[0])
    for n in numbers[1:]:
        if _double(n) > best:
            best = _double(n)
    return _fix_type(best, numbers)


def rand() -> float:
    return random.random()


def rand_between(low: int, high: int) -> int:
    low, high = R.unbox(low), R.unbox(high)
    return low + R.d2i(random.random() * ((high - low) + 1))


def sign(n: Any) -> int | None:
    if n is None:
        return None
    x = _double(n)
    if math.isnan(x):
        return 0
    return (x > 0) - (x < 0)


def sqrt(n: Any) -> float | None:
    if n is None:
        return None
    x = _double(n)
    return math.sqrt(x) if x >= 0 else math.nan


def floor_(n: Any) -> float | None:
    if n is None:
        return None
    x = _double(n)
    return float(math.floor(x)) if math.isfinite(x) else x


def ceil_(n: Any) -> float | None:
    if n is None:
        return None
    x = _double(n)
    return float(math.ceil(x)) if math.isfinite(x) else x


def round_mode(mode: str):  # type: ignore[no-untyped-def]
    def apply(env: R.Env, n: Any, scale: int) -> Decimal | None:
        if n is None:
            return None
        from .bigdecimal import RoundingMode, from_string, set_scale

        text = R.s_obj(env, n)
        return set_scale(from_string(text), scale, RoundingMode[mode])

    return apply


# =========================================================================================
# TextFunctions
# =========================================================================================


def base(n: int | None, radix: int | None, min_length: int | None = -1) -> str | None:
    if n is None or radix is None or radix > 36 or radix < 2:
        return None
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    value, sign_ = (-n, "-") if n < 0 else (n, "")
    out = ""
    while True:
        value, rem = divmod(value, radix)
        out = digits[rem] + out
        if value == 0:
            break
    text = sign_ + out
    if min_length == -1:
        return text
    if min_length is None:
        return None
    return text.rjust(min_length).replace(" ", "0")


def char(n: int | None) -> str | None:
    if n is None or n < 1 or n > 255:
        return None
    return chr(n)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean(text: str | None) -> str | None:
    return None if text is None else _CONTROL.sub("", text)


def code(text: str | None) -> int | None:
    if text is None:
        return None
    from .lang import char_at

    c = ord(char_at(text, 0))
    if c > 255:
        raise JRRuntimeException("The first character of the text can not be converted to a valid numeric ASCII code.")
    return c


def concatenate(strings: list[Any]) -> str | None:
    if not strings:
        return None
    return "".join("null" if s is None else s for s in strings)


def exact(a: str | None, b: str | None) -> bool | None:
    if a is not None:
        return a == b
    if b is not None:
        return False
    return None


def _parse(fn_name: str, *extra: Any):  # type: ignore[no-untyped-def]
    def parse(text: str | None) -> Any:
        if text is None:
            return None
        from . import lang as L

        return getattr(L, fn_name)(text, *extra)

    return parse


def find(text: str | None, search: str | None, start: int | None = 0) -> int | None:
    if text is None or search is None or start is None:
        return None
    from .lang import index_of

    return index_of(text, search, start)


def _number_format(env: R.Env, pattern: str) -> Any:
    from .text import NumberFormat

    fmt = NumberFormat.get_number_instance(_babel(env))
    fmt.apply_pattern(pattern)
    return fmt


def fixed(env: R.Env, number: Any, decimals: int | None, omit_separators: bool | None = False) -> str | None:
    if number is None or decimals is None or omit_separators is None:
        return None
    pattern = "###" + ("" if omit_separators else ",###") + "." + "0" * max(decimals, 0)
    return _number_format(env, pattern).format(number)


def text(env: R.Env, number: Any, pattern: str | None) -> str | None:
    if number is None or pattern is None:
        return None
    return _number_format(env, pattern).format(number)


def left(text_: str | None, n: int | None = 1) -> str | None:
    if text_ is None or n is None:
        return None
    from .lang import substring

    return substring(text_, 0, n)


def right(text_: str | None, n: int | None = 1) -> str | None:
    if text_ is None or n is None:
        return None
    from .lang import substring

    return substring(text_, len(text_) - n, len(text_))


def mid(text_: str | None, start: int | None, n: int | None = None, *, two_args: bool = False) -> str | None:
    from .lang import substring

    if text_ is None or start is None:
        return None
    if two_args:
        return substring(text_, start - 1, len(text_) - start + 1)
    if n is None:
        return None
    return substring(text_, start - 1, start - 1 + n)


def length(text_: str | None) -> int | None:
    return None if text_ is None else len(text_)


def lower(text_: str | None) -> str | None:
    return None if text_ is None else text_.lower()


def upper(text_: str | None) -> str | None:
    return None if text_ is None else text_.upper()


_JAVA_SPACE = " \t\n\x0b\x0c\r"


def ltrim(text_: str | None) -> str | None:
    return None if text_ is None else text_.lstrip(_JAVA_SPACE)


def rtrim(text_: str | None) -> str | None:
    return None if text_ is None else text_.rstrip(_JAVA_SPACE)


def trim(text_: str | None) -> str | None:
    if text_ is None:
        return None
    from .lang import trim as java_trim

    return java_trim(text_)


def _delimiter(c: str) -> bool:
    return c.isspace() or c in "\u00a0\u2007\u202f"


def proper(text_: str | None) -> str | None:
    if text_ is None:
        return None
    lowered = text_.lower()
    from .lang import char_at

    out = [_title(char_at(lowered, 0))]
    capitalize = False
    for c in lowered[1:]:
        if not _delimiter(c):
            out.append(_title(c) if capitalize else c)
            capitalize = False
        else:
            out.append(c)
            capitalize = True
    return "".join(out)


def _title(c: str) -> str:
    t = c.title()
    return t if len(t) == 1 else c


def replace(original: str | None, start: int | None, count: int | None, new: str | None) -> str | None:
    if original is None or start is None or count is None or new is None:
        return None
    from .lang import substring

    return substring(original, 0, start - 1) + new + substring(original, start + count - 1, len(original))


def rept(text_: str | None, times: int | None) -> str | None:
    if text_ is None or times is None:
        return None
    return text_ * max(times, 0)


def search(find_text: str | None, text_: str | None, start: int | None = 1) -> int | None:
    if find_text is None or text_ is None or start is None:
        return None
    from .lang import index_of

    return index_of(text_.lower(), find_text.lower(), start - 1)


def substitute(original: str | None, old: str | None, new: str | None, occurrence: int | None = None) -> str | None:
    if original is None or old is None or new is None:
        return None
    if occurrence is None:
        return original.replace(old, new) if old else _replace_empty(original, new)
    start, counter = 0, 1
    guard = 0
    while start < len(original) - 1:
        found = original.find(old, max(start, 0))
        if counter == occurrence:
            return replace(original, found + 1, len(old), new)
        start = found + len(old)
        counter += 1
        guard += 1
        if guard > len(original) + abs(occurrence) + 10:
            break
    return None


def _replace_empty(original: str, new: str) -> str:
    # String.replaceAll(Pattern.quote(""), x) inserts x between every character
    return new + "".join(c + new for c in original)


def t(value: Any) -> str:
    return value if isinstance(value, str) else ""


# =========================================================================================
# LogicalFunctions
# =========================================================================================


def and_(args: list[Any]) -> bool | None:
    if not args:
        return None
    for arg in args:
        if not R.unbox_bool(arg):
            return False
    return True


def or_(args: list[Any]) -> bool | None:
    if not args:
        return None
    for arg in args:
        if R.unbox_bool(arg):
            return True
    return False


def not_(value: bool | None) -> bool | None:
    return None if value is None else not value


def if_(test: bool | None, a: Any, b: Any) -> Any:
    if test is None:
        return None
    return a if test else b


def equals(a: Any, b: Any) -> bool:
    if a is not None:
        return R.java_equals(a, b)
    if b is not None:
        return R.java_equals(b, a)
    return True


# =========================================================================================
# msg / str
# =========================================================================================


def msg(env: R.Env, pattern: str, args: Any) -> str:
    """The ``msg(pattern, args...)`` of JasperReports' expression classes: a MessageFormat
    in the report locale (and the JVM default zone: the report's)."""
    from .text import message_format

    if pattern is None:
        raise R.NullPointerException("pattern is null")
    return message_format(pattern, list(args) if args is not None else None, _babel(env), env.timezone)


# =========================================================================================
# java.awt.Color and JRColorUtil
# =========================================================================================


@dataclass(frozen=True, slots=True)
class Color:
    """``java.awt.Color`` (sRGB with alpha)."""

    red: int
    green: int
    blue: int
    alpha: int = 255

    def rgb(self) -> int:
        return R.w32((self.alpha << 24) | (self.red << 16) | (self.green << 8) | self.blue)

    def java_to_string(self, env: Any = None) -> str:
        return f"java.awt.Color[r={self.red},g={self.green},b={self.blue}]"

    def java_equals(self, other: object) -> bool:
        return isinstance(other, Color) and other.rgb() == self.rgb()


def color(*components: Any) -> Color:
    """``new Color(r, g, b[, a])`` (ints 0-255 or floats 0-1) or ``new Color(rgb[, hasAlpha])``."""
    if len(components) == 1 or (len(components) == 2 and isinstance(components[1], bool)):
        rgb = components[0]
        has_alpha = len(components) == 2 and components[1]
        alpha = (rgb >> 24) & 0xFF if has_alpha else 255
        return Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF, alpha)
    values = list(components)
    if any(isinstance(v, float) for v in values):
        if any(not 0.0 <= v <= 1.0 for v in values):
            raise R.IllegalArgumentException("Color parameter outside of expected range: " + ", ".join(
                name for name, v in zip(("Red", "Green", "Blue", "Alpha"), values, strict=False) if not 0.0 <= v <= 1.0))
        values = [int(v * 255 + 0.5) for v in values]
    bad = [name for name, v in zip(("Red", "Green", "Blue", "Alpha"), values, strict=False) if not 0 <= v <= 255]
    if bad:
        raise R.IllegalArgumentException("Color parameter outside of expected range: " + " ".join(bad))
    return Color(*values)


COLOR_CONSTANTS = {
    "white": Color(255, 255, 255), "lightGray": Color(192, 192, 192), "gray": Color(128, 128, 128),
    "darkGray": Color(64, 64, 64), "black": Color(0, 0, 0), "red": Color(255, 0, 0), "pink": Color(255, 175, 175),
    "orange": Color(255, 200, 0), "yellow": Color(255, 255, 0), "green": Color(0, 255, 0),
    "magenta": Color(255, 0, 255), "cyan": Color(0, 255, 255), "blue": Color(0, 0, 255),
}


def darker(c: Color) -> Color:
    return Color(max(int(c.red * 0.7), 0), max(int(c.green * 0.7), 0), max(int(c.blue * 0.7), 0), c.alpha)


def brighter(c: Color) -> Color:
    r, g, b = c.red, c.green, c.blue
    i = int(1.0 / 0.3)
    if r == 0 and g == 0 and b == 0:
        return Color(i, i, i, c.alpha)
    if 0 < r < i:
        r = i
    if 0 < g < i:
        g = i
    if 0 < b < i:
        b = i
    return Color(min(int(r / 0.7), 255), min(int(g / 0.7), 255), min(int(b / 0.7), 255), c.alpha)


def color_hexa(c: Color) -> str:
    """``JRColorUtil.getColorHexa``: ``RRGGBB`` in upper case."""
    if c is None:
        raise R.NullPointerException("color is null")
    return f"{c.rgb() & 0xFFFFFF:06X}"


def css_color(c: Color) -> str:
    if c.alpha == 255:
        return "#" + color_hexa(c)
    from .text import float_to_string

    return f"rgba({c.red}, {c.green}, {c.blue}, {float_to_string(R.f32(c.alpha / 255))})"


def parse_color(text: str | None, default: Color | None) -> Color | None:
    """``JRColorUtil.getColor(String, Color)``: ``#RRGGBB``, a decimal RGB or a color name."""
    if not text:
        return default
    if text[0] == "#":
        return color(int(text[1:], 16))
    if text[0].isdigit():
        return color(int(text))
    named = {k.lower(): v for k, v in COLOR_CONSTANTS.items()}
    return named.get(text.lower(), default)


# =========================================================================================
# JRStringUtil
# =========================================================================================


def xml_encode(text_: str | None, invalid_replacement: str | None = None) -> str | None:
    """``JRStringUtil.xmlEncode``: the five XML entities; characters XML cannot hold are
    replaced by ``invalid_replacement`` when one is given (kept otherwise)."""
    if text_ is None:
        return None
    entities = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
    out = []
    for c in text_:
        if c in entities:
            out.append(entities[c])
        elif invalid_replacement is not None and _invalid_xml(c):
            out.append(invalid_replacement)
        else:
            out.append(c)
    return "".join(out)


def _invalid_xml(c: str) -> bool:
    o = ord(c)
    if o < 0x20:
        return c not in "\t\n\r"
    return 0xD800 <= o <= 0xDFFF or o in (0xFFFE, 0xFFFF)


def html_encode(text_: str | None) -> str | None:
    """``JRStringUtil.htmlEncode``: ``& < > "`` as entities."""
    if text_ is None:
        return None
    entities = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}
    return "".join(entities.get(c, c) for c in text_)


# =========================================================================================
# In-memory streams (java.io)
# =========================================================================================


class InputStream:
    """An in-memory ``InputStream`` (``ByteArrayInputStream``/``StringBufferInputStream``).
    Nothing here touches files or the network."""

    __slots__ = ("data", "pos", "_mark")

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0
        self._mark = 0

    def read(self) -> int:
        if self.pos >= len(self.data):
            return -1
        b = self.data[self.pos]
        self.pos += 1
        return b

    def available(self) -> int:
        return len(self.data) - self.pos

    def skip(self, n: int) -> int:
        step = max(0, min(n, self.available()))
        self.pos += step
        return step

    def reset(self) -> None:
        self.pos = self._mark

    def mark(self, limit: int = 0) -> None:
        self._mark = self.pos

    def read_all(self) -> bytes:
        rest = self.data[self.pos:]
        self.pos = len(self.data)
        return rest

    def text(self, encoding: str = "utf-8") -> str:
        return self.data.decode(encoding, "replace")

    def java_to_string(self, env: Any = None) -> str:
        return f"java.io.ByteArrayInputStream@{id(self) & 0xFFFFFF:x}"


def byte_array_stream(data: list[int] | bytes, offset: int = 0, count: int | None = None) -> InputStream:
    if data is None:
        raise R.NullPointerException("buf is null")
    raw = bytes(b & 255 for b in data) if not isinstance(data, (bytes, bytearray)) else bytes(data)
    end = len(raw) if count is None else min(len(raw), offset + count)
    return InputStream(raw[offset:end])


def string_buffer_stream(text_: str) -> InputStream:
    """``new StringBufferInputStream(s)``: each char's low eight bits."""
    if text_ is None:
        raise R.NullPointerException("s is null")
    return InputStream(bytes(ord(c) & 0xFF for c in text_))


# =========================================================================================
# Data sources (compile-time stand-ins)
# =========================================================================================


class DataSource:
    """The protocol the allowlist uses for data sources, and the base of the stand-ins.

    Real data sources (``jrxmlpy.data``) should subclass it or provide the same methods."""

    java_class = "net.sf.jasperreports.engine.JRDataSource"

    def sub_data_source(self, select: str | None = None) -> DataSource:
        raise R.UnsupportedOperationException(f"{self.java_class}.subDataSource")

    def data_source(self, select: str | None = None) -> DataSource:
        raise R.UnsupportedOperationException(f"{self.java_class}.dataSource")

    def record_count(self) -> int:
        raise R.UnsupportedOperationException(f"{self.java_class}.getRecordCount")

    def records(self) -> list[Any]:
        raise R.UnsupportedOperationException(f"{self.java_class}.getRecords")

    def move_first(self) -> None:
        return None

    def java_to_string(self, env: Any = None) -> str:
        return f"{self.java_class}@{id(self) & 0xFFFFFF:x}"


class EmptyDataSource(DataSource):
    """Stand-in for ``JREmptyDataSource(count)``: ``count`` records without fields."""

    java_class = "net.sf.jasperreports.engine.JREmptyDataSource"

    def __init__(self, count: int = 1) -> None:
        self.count = count

    def record_count(self) -> int:
        return self.count

    def move_first(self) -> None:
        return None


class CollectionDataSource(DataSource):
    """Stand-in for the bean / map collection and array data sources."""

    def __init__(self, java_class: str, items: Any) -> None:
        self.java_class = java_class
        self.items = [] if items is None else U.items_of(items)

    def record_count(self) -> int:
        return len(self.items)

    def records(self) -> list[Any]:
        return self.items

    def move_first(self) -> None:
        return None


class DocumentDataSource(DataSource):
    """Stand-in for JSON / XML data sources: the raw input and a select expression."""

    def __init__(self, java_class: str, source: Any, select: str | None = None) -> None:
        self.java_class = java_class
        self.source = source
        self.select = select

    def sub_data_source(self, select: str | None = None) -> DataSource:
        return DocumentDataSource(self.java_class, self, select)

    def data_source(self, select: str | None = None) -> DataSource:
        return DocumentDataSource(self.java_class, self.source, select)


#: The classes of :mod:`jrxmlpy.data` that replace each stand-in (first found wins).
_REAL_NAMES = {
    "net.sf.jasperreports.engine.JREmptyDataSource": ("JREmptyDataSource", "EmptyDataSource"),
    "net.sf.jasperreports.engine.data.JRBeanCollectionDataSource": ("JRBeanCollectionDataSource", "RecordsDataSource"),
    "net.sf.jasperreports.engine.data.JRMapCollectionDataSource": ("JRMapCollectionDataSource", "RecordsDataSource"),
    "net.sf.jasperreports.engine.data.JRBeanArrayDataSource": ("RecordsDataSource",),
    "net.sf.jasperreports.engine.data.JRMapArrayDataSource": ("RecordsDataSource",),
    "net.sf.jasperreports.engine.data.JsonDataSource": ("JsonDataSource",),
    "net.sf.jasperreports.json.data.JsonDataSource": ("JsonDataSource",),
    "net.sf.jasperreports.engine.data.JRXmlDataSource": ("XmlDataSource",),
    "net.sf.jasperreports.engine.data.JRCsvDataSource": ("CsvDataSource",),
}


def _real_class(java_class: str) -> Any:
    try:
        import jrxmlpy.data as data  # written by a later stage; optional here
    except ImportError:
        return None
    for name in _REAL_NAMES.get(java_class, ()):
        real = getattr(data, name, None)
        if real is not None:
            return real
    return None


def _in_memory(source: Any) -> Any:
    """The data a data source reads: an in-memory stream's remaining bytes.  Paths never
    reach a data source from an expression (no file access)."""
    if isinstance(source, InputStream):
        return source.read_all()
    if isinstance(source, (str, bytes)) or hasattr(source, "__fspath__"):
        raise R.UnsupportedOperationException("data sources built in expressions read in-memory streams only")
    return source


def make_data_source(java_class: str, *args: Any) -> Any:
    """A data source of ``java_class``: the real one from :mod:`jrxmlpy.data` when it
    exists, otherwise the stand-in defined here."""
    simple = java_class.rsplit(".", 1)[-1]
    if simple in ("JsonDataSource", "JRXmlDataSource", "JRCsvDataSource") and args:
        args = (_in_memory(args[0]),) + args[1:]
    real = _real_class(java_class)
    if real is not None:
        if simple == "JREmptyDataSource":
            return real(*args)
        if simple.endswith(("CollectionDataSource", "ArrayDataSource")):
            return real(U.items_of(args[0]) if args and args[0] is not None else [])
        if simple == "JRCsvDataSource":
            return real(args[0], encoding=args[1]) if len(args) > 1 else real(args[0])
        return real(*args)
    if simple == "JREmptyDataSource":
        return EmptyDataSource(*args)
    if simple.endswith(("CollectionDataSource", "ArrayDataSource")):
        return CollectionDataSource(java_class, args[0] if args else None)
    return DocumentDataSource(java_class, *args)


def _require(ds: Any, name: str) -> Any:
    if ds is None:
        raise R.NullPointerException(f"cannot invoke {name}() on null")
    fn = getattr(ds, name, None)
    if fn is None:
        raise R.UnsupportedOperationException(f"{type(ds).__name__} has no {name}")
    return fn


def ds_sub_data_source(ds: Any, select: str | None = None) -> Any:
    return _require(ds, "sub_data_source")(select)


def ds_data_source(ds: Any, select: str | None = None) -> Any:
    return _require(ds, "data_source")(select)


def ds_record_count(ds: Any) -> int:
    count = _require(ds, "record_count")
    value = count() if callable(count) else count
    if value is None:
        raise R.UnsupportedOperationException(f"{type(ds).__name__}: the record count is not known")
    return value


def ds_records(ds: Any) -> list[Any]:
    records = _require(ds, "records")
    value = records() if callable(records) else records
    return U.items_of(value)


def ds_move_first(ds: Any) -> None:
    move = getattr(ds, "move_first", None)
    if callable(move):
        move()


def context_parameter(context: Any, name: str) -> Any:
    """``ReportContext.getParameterValue(name)`` on a dict or an object with
    ``get_parameter_value``."""
    if context is None:
        raise R.NullPointerException("report context is null")
    if isinstance(context, dict):
        return context.get(name)
    return _require(context, "get_parameter_value")(name)


def compile_report(env: R.Env, path: str) -> Any:
    """``AbstractTest.compileReport(path)`` of JasperReports' test suite: delegated to the
    host (``Env.compile_report``); no file access from expressions."""
    compile_fn = getattr(env, "compile_report", None)
    if compile_fn is None:
        raise R.UnsupportedOperationException("compileReport() is not available (Env.compile_report is not set)")
    return compile_fn(path)
