"""The text of a text field: how JasperReports 6.20 turns an evaluated value into text.

Everything here was checked against the reference engine (oracle prints of probe
templates, locales en_US / de_DE / fr_FR, time zone Europe/Paris); the rules are:

* ``null`` prints the four characters ``null`` unless ``isBlankWhenNull`` (then ``""``);
  a null value records neither ``valueClass`` nor ``pattern`` on the print element.
* **Strings** print as they are; a pattern on a String is ignored and the print element
  records neither ``valueClass`` nor ``pattern``.
* **Numbers** without a pattern (``None``, or the empty string) print with Java's
  ``toString`` of their class (Integer ``1234567``, Double ``1.0E7`` / ``1.0E-4`` /
  ``-0.0`` / ``NaN``, Float ``1.1``, BigDecimal ``1E-7`` / ``1.50``); the locale plays no
  part.  With a pattern: ``java.text.DecimalFormat(pattern, locale symbols)``, HALF_EVEN;
  a pattern with no digit characters is all prefix (``"short"`` on 1234.5 →
  ``short1234``, no keywords for numbers).  The one special number pattern is the
  duration ``[h]:mm:ss`` (value in seconds: 3725 → ``01:02:05``).
* **Dates** (``java.util.Date``, ``java.sql.Date``/``Time``/``Timestamp``) are always
  formatted.  No pattern (or ``""``) → the locale's SHORT date + SHORT time
  (en_US ``M/d/yy, h:mm a``).  A pattern that is a style keyword (``short``,
  ``medium``, ``long``, ``full``, ``default`` = medium, ``hide``; case-insensitive, no
  blanks allowed) sets both the date and time style; ``"<date>,<time>"`` (exactly two
  keywords) sets them separately; ``hide`` leaves a part out (``hide`` alone → empty
  text).  Anything else is a ``SimpleDateFormat`` pattern (an illegal one fails the
  fill, e.g. ``"medium, short"``).  The time zone is the report's
  (``REPORT_TIME_ZONE``).
* **Booleans** print ``true``/``false``, **characters** the character; a pattern on them
  is ignored but recorded as written.
* CR LF and CR become LF in every text.
* The print element records ``valueClass`` = the Java class of the *value* (not the
  expression's declared class: a ``java.lang.Object`` expression holding a Double records
  ``java.lang.Double``) and ``pattern`` = the pattern of the format actually used: Java's
  ``DecimalFormat.toPattern()`` (``0.00`` → ``#0.00``, ``###,###.##`` → ``#,##0.##``), the
  locale pattern of a date style (``full,short`` in de_DE → ``EEEE, d. MMMM y, HH:mm``),
  else the pattern as given (``""`` for numbers, a pattern on a Boolean).
  ``locale``/``timezone`` are written only when they differ from the report's.
* ``patternExpression`` replaces the ``pattern`` attribute entirely: when it evaluates to
  null there is no pattern (the attribute is not used as a fallback).

Formatters are cached per (kind, pattern, locale, time zone).
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Any, NamedTuple

from ..expressions.javalib import text as J
from ..expressions.javalib.text import JavaLong
from ..javanum import big_decimal_to_string, double_to_string, float_to_string

__all__ = [
    "FormattedText",
    "format_value",
    "format_text",
    "java_value_class",
    "java_decimal_pattern",
    "date_style_pattern",
    "normalize_newlines",
    "DURATION_PATTERN",
]

#: JasperReports' duration number pattern (a number of seconds as hours:minutes:seconds).
DURATION_PATTERN = "[h]:mm:ss"

_INTEGRAL = frozenset({"java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
                       "java.math.BigInteger"})
_FLOATING = frozenset({"java.lang.Double", "java.lang.Float"})
_PRIMITIVE_BOX = {
    "int": "java.lang.Integer", "long": "java.lang.Long", "short": "java.lang.Short",
    "byte": "java.lang.Byte", "double": "java.lang.Double", "float": "java.lang.Float",
    "boolean": "java.lang.Boolean", "char": "java.lang.Character",
}
_DATE_CLASSES = frozenset({"java.util.Date", "java.sql.Date", "java.sql.Time", "java.sql.Timestamp"})
_STYLE_WORDS = {"short": "short", "medium": "medium", "long": "long", "full": "full",
                "default": "medium", "hide": None}


class FormattedText(NamedTuple):
    """A text field's text and what its print element records
    (``PrintText.value_class`` / ``PrintText.pattern``).  (A named tuple: one is made
    for each value printed, and a tuple is the cheapest immutable record.)"""

    text: str
    value_class: str | None = None
    pattern: str | None = None


#: ``_formatted(FormattedText, (text, value_class, pattern))``: a FormattedText without the
#: named tuple's ``__new__`` (a Python function), for the values formatted most often
_formatted = tuple.__new__


# --- the Java class of a value --------------------------------------------------------------


def java_value_class(value: Any, declared: str | None = None) -> str | None:
    """The Java class JasperReports sees for ``value``: ``declared`` (the expression's
    static class; primitives boxed) when the Python value fits it, else what the Python
    type stands for (int → Integer, or Long beyond 32 bits; float → Double; Decimal →
    BigDecimal; aware datetime → java.util.Date; ``Timestamp`` → java.sql.Timestamp;
    date → java.sql.Date; time → java.sql.Time).  None for a null value."""
    if value is None:
        return None
    if declared is not None:
        declared = _PRIMITIVE_BOX.get(declared, declared)
        if _fits(value, declared):
            return declared
    if isinstance(value, bool):
        return "java.lang.Boolean"
    if isinstance(value, int):
        if isinstance(value, JavaLong) or not -2**31 <= value < 2**31:
            return "java.lang.Long"
        return "java.lang.Integer"
    if isinstance(value, float):
        return "java.lang.Double"
    if isinstance(value, Decimal):
        return "java.math.BigDecimal"
    if isinstance(value, str):
        return "java.lang.String"
    if isinstance(value, _dt.datetime):
        return "java.sql.Timestamp" if type(value).__name__ == "Timestamp" else "java.util.Date"
    if isinstance(value, _dt.date):
        return "java.sql.Date"
    if isinstance(value, _dt.time):
        return "java.sql.Time"
    if isinstance(value, list):
        return "java.util.ArrayList"
    if isinstance(value, dict):
        return "java.util.HashMap"
    if isinstance(value, (set, frozenset)):
        return "java.util.HashSet"
    java_class = getattr(value, "java_class", None)
    if isinstance(java_class, str):
        return java_class
    return declared or "java.lang.Object"


def _fits(value: Any, cls: str) -> bool:
    if isinstance(value, bool):
        return cls == "java.lang.Boolean"
    if isinstance(value, int):
        return cls in _INTEGRAL
    if isinstance(value, float):
        return cls in _FLOATING
    if isinstance(value, Decimal):
        return cls == "java.math.BigDecimal"
    if isinstance(value, str):
        return cls == "java.lang.String" or (cls == "java.lang.Character" and len(value) == 1)
    if isinstance(value, _dt.datetime):
        return cls in _DATE_CLASSES
    if isinstance(value, _dt.date):
        return cls in ("java.sql.Date", "java.util.Date")
    if isinstance(value, _dt.time):
        return cls == "java.sql.Time"
    return False


# --- Java toString of numbers -------------------------------------------------------------


def _number_to_string(value: Any, cls: str | None) -> str:
    if isinstance(value, float):
        return float_to_string(value) if cls == "java.lang.Float" else double_to_string(value)
    if isinstance(value, Decimal):
        return big_decimal_to_string(value)
    return str(value)


# --- DecimalFormat.toPattern() --------------------------------------------------------------

_AFFIX_SPECIALS = frozenset("0,.%\u2030#;-\u00a4")
_AFFIX_MARKERS = {"minus": "-", "percent": "%", "permille": "\u2030", "cur": "\u00a4", "intcur": "\u00a4\u00a4"}


def _affix_pattern(parts: tuple[tuple[str, str], ...]) -> str:
    out: list[str] = []
    for kind, text in parts:
        if kind != "lit":
            out.append(_AFFIX_MARKERS[kind])
            continue
        quote = any(c in _AFFIX_SPECIALS for c in text)
        body = text.replace("'", "''")
        out.append(f"'{body}'" if quote else body)
    return "".join(out)


def java_decimal_pattern(pattern: str) -> str:
    """``new DecimalFormat(pattern).toPattern()``: the pattern as Java rewrites it
    (``0.00`` → ``#0.00``, ``000`` → ``#000``, ``###,###.##`` → ``#,##0.##``,
    ``#,##0.00;-#,##0.00`` → ``#,##0.00``).  Raises JavaTextError for a malformed pattern."""
    info = J._compile_decimal_pattern(pattern)  # noqa: SLF001 - shared pattern parser
    out: list[str] = []
    for negative in (False, True):
        out.append(_affix_pattern((info.neg_prefix if negative else info.pos_prefix).parts))
        if info.exponential:
            digit_count = info.max_int
        else:
            digit_count = max(info.grouping_size, info.min_int) + 1
        for i in range(digit_count, 0, -1):
            if i != digit_count and info.grouping_used and info.grouping_size and i % info.grouping_size == 0:
                out.append(",")
            out.append("0" if i <= info.min_int else "#")
        if info.max_frac > 0 or info.dsas:
            out.append(".")
        for i in range(info.max_frac):
            out.append("0" if i < info.min_frac else "#")
        if info.exponential:
            out.append("E" + "0" * info.min_exp_digits)
        if negative:
            out.append(_affix_pattern(info.neg_suffix.parts))
            break
        out.append(_affix_pattern(info.pos_suffix.parts))
        if (info.neg_suffix.parts == info.pos_suffix.parts
                and info.neg_prefix.parts == (("minus", "-"),) + tuple(info.pos_prefix.parts)):
            break
        out.append(";")
    return "".join(out)


# --- date styles ----------------------------------------------------------------------------


def _date_styles(pattern: str | None) -> tuple[str | None, str | None] | None:
    """(date style, time style) for a style-keyword pattern (None parts: hidden); None
    when ``pattern`` is a SimpleDateFormat pattern."""
    if not pattern:
        return ("short", "short")
    if "," in pattern:
        words = pattern.split(",")
        if len(words) != 2:
            return None
        first, second = (w.lower() for w in words)
        if first not in _STYLE_WORDS or second not in _STYLE_WORDS:
            return None
        return (_STYLE_WORDS[first], _STYLE_WORDS[second])
    word = pattern.lower()
    if word not in _STYLE_WORDS:
        return None
    style = _STYLE_WORDS[word]
    return (style, style)


def date_style_pattern(pattern: str | None, locale: str) -> str:
    """The SimpleDateFormat pattern JasperReports uses for a date text field's
    ``pattern`` in ``locale`` (style keywords resolved; no pattern → SHORT,SHORT)."""
    styles = _date_styles(pattern)
    if styles is None:
        return pattern or ""
    date_style, time_style = styles
    if date_style is None and time_style is None:
        return ""
    return J.DateFormat.style_pattern(date_style, time_style, locale)


# --- formatter cache ------------------------------------------------------------------------

# (kind, pattern, locale, tz) -> (format function or None, recorded pattern)
_CACHE: dict[tuple[str, str | None, str, Any], tuple[Any, str | None]] = {}


def _duration(value: Any) -> str:
    seconds = float(value) if not isinstance(value, int) else value
    negative = seconds < 0
    total = int(abs(seconds))
    text = f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}"
    return "-" + text if negative else text


def _number_formatter(pattern: str | None, locale: str) -> tuple[Any, str | None]:
    key = ("n", pattern, locale, None)
    hit = _CACHE.get(key)
    if hit is None:
        if not pattern:
            hit = (None, pattern)
        elif pattern == DURATION_PATTERN:
            hit = (_duration, pattern)
        else:
            fmt = J.DecimalFormat(pattern, locale)
            hit = (fmt.format, java_decimal_pattern(pattern))
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = hit
    return hit


def _date_formatter(pattern: str | None, locale: str, tz: Any) -> tuple[Any, str | None]:
    key = ("d", pattern, locale, tz)
    hit = _CACHE.get(key)
    if hit is None:
        effective = date_style_pattern(pattern, locale)
        fmt = J.SimpleDateFormat(effective, locale, tz)
        hit = (fmt.format, effective)
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = hit
    return hit


def normalize_newlines(text: str) -> str:
    """CR LF and lone CR → LF, as JasperReports does with every text it prints."""
    if "\r" in text:
        return text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def integral_class(value_class: str | None) -> str | None:
    """The boxed class :func:`format_text` records for an int value of an expression
    declared ``value_class`` when that class is integral; None when it records Integer or
    Long by the value's range instead."""
    declared = _PRIMITIVE_BOX.get(value_class, value_class) if value_class is not None else None
    return declared if declared in _INTEGRAL else None


def is_character_class(value_class: str | None) -> bool:
    """Whether :func:`format_text` may take a str value of an expression declared
    ``value_class`` as a Java Character (a one-character value)."""
    return value_class is not None and _PRIMITIVE_BOX.get(value_class, value_class) == "java.lang.Character"


# --- the entry points -------------------------------------------------------------------------


def format_text(
    value: Any,
    value_class: str | None,
    pattern: str | None,
    env: Any,
    *,
    blank_when_null: bool = False,
    timezone: Any = None,
) -> FormattedText:
    """The text of a text field whose expression gave ``value`` and what its print
    element records.

    ``value_class`` is the expression's declared Java class (a hint: see
    :func:`java_value_class`); ``pattern`` the effective pattern: the evaluated
    ``patternExpression`` when the element has one (even if it gave None), else the
    ``pattern`` attribute resolved through the style chain
    (``ResolvedAttributes.pattern``).  ``env`` is the fill's
    :class:`~jrxmlpy.expressions.runtime.Env` (``locale``, ``timezone``); ``timezone``
    overrides the zone for dates (None: ``env.timezone``).

    Raises :class:`~jrxmlpy.expressions.javalib.text.JavaTextError` for a pattern Java
    refuses (JasperReports fails the fill)."""
    if value is None:
        return FormattedText("" if blank_when_null else "null")
    # (fill/plainband.py's PlainBand.evaluate does the next two cases inline)
    if type(value) is int and not pattern:  # (java_value_class and _number_to_string, inline)
        declared = integral_class(value_class)
        if declared is None:
            declared = "java.lang.Integer" if -2**31 <= value < 2**31 else "java.lang.Long"
        return _formatted(FormattedText, (str(value), declared, pattern))
    if isinstance(value, str):
        # (java_value_class of a String: Character for a one-character value of a
        # Character expression, else String)
        if len(value) == 1 and is_character_class(value_class):
            return FormattedText(normalize_newlines(value), "java.lang.Character", pattern)
        return _formatted(FormattedText, (normalize_newlines(value) if "\r" in value else value, None, None))
    cls = java_value_class(value, value_class)
    if isinstance(value, bool):
        return FormattedText("true" if value else "false", cls, pattern)
    if isinstance(value, (int, float, Decimal)):
        if not pattern:  # (what _number_formatter gives for no pattern, without its cache look-up)
            return FormattedText(_number_to_string(value, cls), cls, pattern)
        fmt, recorded = _number_formatter(pattern, env.locale)
        if fmt is None:
            return FormattedText(_number_to_string(value, cls), cls, recorded)
        return FormattedText(fmt(value), cls, recorded)
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        tz = timezone if timezone is not None else env.timezone
        fmt, recorded = _date_formatter(pattern, env.locale, tz)
        return FormattedText(fmt(value), cls, recorded)
    from ..expressions.runtime import s_obj

    return FormattedText(normalize_newlines(s_obj(env, value)), cls, pattern)


def format_value(value: Any, value_class: str | None, pattern: str | None, env: Any) -> str | None:
    """The text JasperReports prints for ``value`` (see :func:`format_text`); None for a
    null value (the caller prints ``""`` when isBlankWhenNull, else ``"null"``)."""
    if value is None:
        return None
    if isinstance(value, str):
        return normalize_newlines(value)
    return format_text(value, value_class, pattern, env).text
