"""Turning text and raw numbers into field values, as JasperReports' text data sources do.

``convert_text`` follows ``JRAbstractTextDataSource.convertStringValue``, which hands
numbers and dates to commons-beanutils' locale converters:

* numbers: trimmed, parsed with ``DecimalFormat`` of the source's locale and number
  pattern (the locale's default number format without one); trailing text is ignored; an
  Integer/Short/Byte must fit (a fraction is cut off), a BigInteger must be integral;
* java.util.Date: ``SimpleDateFormat`` of the date pattern (without one, the SHORT date and
  time pattern of the run's locale), not lenient, in the source's zone;
  java.sql.Timestamp/Date/Time default to ``yyyy-MM-dd HH:mm:ss.S`` / ``yyyy-MM-dd`` /
  ``HH:mm:ss`` and must be consumed entirely;
* Boolean: ``Boolean.valueOf`` (only "true", any case, is true);
* other classes give null.

``convert_number`` follows ``convertNumber`` (a number of another class narrowed or widened
Java's way).
"""

from __future__ import annotations

import datetime as _dt
import math
import struct
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..expressions.javalib.text import (
    DateFormat,
    DecimalFormat,
    JavaTextError,
    NumberFormat,
    SimpleDateFormat,
    double_to_string,
)
from .base import DataContext, TextAttributes, _Conversion, java_time_zone

INTEGER_CLASSES = {
    "java.lang.Byte": 8,
    "java.lang.Short": 16,
    "java.lang.Integer": 32,
    "java.lang.Long": 64,
    "byte": 8,
    "short": 16,
    "int": 32,
    "long": 64,
}
FLOAT_CLASSES = {"java.lang.Double", "java.lang.Float", "double", "float"}
NUMBER_CLASSES = (
    set(INTEGER_CLASSES)
    | FLOAT_CLASSES
    | {
        "java.math.BigDecimal",
        "java.math.BigInteger",
        "java.lang.Number",
    }
)
DATE_CLASSES = {"java.util.Date", "java.sql.Timestamp", "java.sql.Date", "java.sql.Time"}
STRING = "java.lang.String"
BOOLEAN = {"java.lang.Boolean", "boolean"}
OBJECT = "java.lang.Object"

_SQL_DEFAULT_PATTERNS = {
    "java.sql.Timestamp": "yyyy-MM-dd HH:mm:ss.S",
    "java.sql.Date": "yyyy-MM-dd",
    "java.sql.Time": "HH:mm:ss",
}


def is_number_class(cls: str) -> bool:
    return cls in NUMBER_CLASSES


def is_date_class(cls: str) -> bool:
    return cls in DATE_CLASSES


def java_trim(text: str) -> str:
    """``String.trim``: strips characters up to U+0020."""
    start, end = 0, len(text)
    while start < end and text[start] <= " ":
        start += 1
    while end > start and text[end - 1] <= " ":
        end -= 1
    return text[start:end]


def to_float32(x: float) -> float:
    try:
        return struct.unpack("f", struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _wrap(value: int, bits: int) -> int:
    mask = (1 << bits) - 1
    value &= mask
    return value - (1 << bits) if value >> (bits - 1) else value


def _long_of(n: int | float | Decimal) -> int:
    """Java ``Number.longValue()``."""
    if isinstance(n, float):
        if math.isnan(n):
            return 0
        if n >= 2.0**63:
            return (1 << 63) - 1
        if n <= -(2.0**63):
            return -(1 << 63)
        return int(n)
    if isinstance(n, Decimal):
        return _wrap(int(n), 64)
    return _wrap(int(n), 64)


def _int_of(n: int | float | Decimal, bits: int) -> int:
    """Java ``intValue()``/``shortValue()``/``byteValue()``: a double saturates to int
    first, then narrows."""
    if isinstance(n, float):
        if math.isnan(n):
            return 0
        v = max(min(int(n) if math.isfinite(n) else (2**31 - 1 if n > 0 else -(2**31)), 2**31 - 1), -(2**31))
        return _wrap(v, bits) if bits < 32 else v
    return _wrap(int(n), bits)


def java_number_text(n: int | float | Decimal) -> str:
    """``Number.toString`` of a Long/Double/BigDecimal."""
    if isinstance(n, bool):
        return "true" if n else "false"
    if isinstance(n, float):
        return double_to_string(n)
    if isinstance(n, Decimal):
        from ..expressions.javalib.text import big_decimal_to_string

        return big_decimal_to_string(n)
    return str(n)


def convert_number(n: int | float | Decimal, cls: str) -> Any:
    """``JRAbstractTextDataSource.convertNumber``."""
    if cls in ("java.lang.Byte", "byte"):
        return _int_of(n, 8)
    if cls in ("java.lang.Short", "short"):
        return _int_of(n, 16)
    if cls in ("java.lang.Integer", "int"):
        return _int_of(n, 32)
    if cls in ("java.lang.Long", "long"):
        return _long_of(n)
    if cls in ("java.lang.Float", "float"):
        return to_float32(float(n))
    if cls in ("java.lang.Double", "double"):
        return float(n)
    if cls == "java.math.BigInteger":
        return _long_of(n)
    if cls == "java.math.BigDecimal":
        return Decimal(double_to_string(float(n)))
    if cls == "java.lang.Number":
        return n
    raise _Conversion(n, f"unknown number type {cls}")


_INT_BITS = {"java.lang.Byte": 8, "byte": 8, "java.lang.Short": 16, "short": 16, "java.lang.Integer": 32, "int": 32,
             "java.lang.Long": 64, "long": 64, "java.math.BigInteger": 64}


def unchanged_ints(cls: str) -> tuple[int, int] | None:
    """The range of Python ints :func:`convert_number` returns as they are for ``cls``
    (None: it converts every int), so that a reader of many values can skip the call."""
    bits = _INT_BITS.get(cls)
    return None if bits is None else (-(1 << (bits - 1)), (1 << (bits - 1)) - 1)


@lru_cache(maxsize=128)
def _decimal_format(pattern: str | None, locale: str) -> DecimalFormat:
    if pattern is None:
        return NumberFormat.get_instance(locale)
    return DecimalFormat(pattern, locale)


class Converter:
    """Text conversion with resolved text attributes (see the module docstring)."""

    def __init__(self, attrs: TextAttributes, ctx: DataContext) -> None:
        self.date_pattern = attrs.date_pattern if attrs.date_pattern is not None else ctx.date_pattern
        self.number_pattern = attrs.number_pattern if attrs.number_pattern is not None else ctx.number_pattern
        self.locale = attrs.locale if attrs.locale is not None else ctx.locale
        self.default_locale = ctx.locale
        self.zone = java_time_zone(attrs.time_zone) if attrs.time_zone is not None else ctx.zone
        self.default_zone = ctx.zone
        self.out_zone = ctx.zone
        self._date_formats: dict[str, SimpleDateFormat] = {}

    # --- numbers ------------------------------------------------------------------------

    def parse_number(self, text: str) -> int | float | Decimal:
        fmt = _decimal_format(self.number_pattern, self.locale)
        try:
            return fmt.parse(text)
        except JavaTextError as exc:
            raise _Conversion(text, str(exc)) from None

    def text_to_number(self, text: str, cls: str) -> Any:
        raw = text
        text = java_trim(text)
        n = self.parse_number(text)
        if cls in ("java.lang.Integer", "int", "java.lang.Short", "short", "java.lang.Byte", "byte"):
            bits = INTEGER_CLASSES[cls]
            if _long_of(n) != _int_of(n, bits):
                raise _Conversion(raw, f"{java_number_text(n)} does not fit in {cls}")
            return _int_of(n, bits)
        if cls in ("java.lang.Long", "long"):
            return _long_of(n)
        if cls in ("java.lang.Double", "double"):
            return float(n)
        if cls in ("java.lang.Float", "float"):
            d = abs(float(n))
            if d != 0 and (d < 1.401298464324817e-45 or d > 3.4028234663852886e38):
                raise _Conversion(raw, "out of the range of java.lang.Float")
            return to_float32(float(n))
        if cls == "java.math.BigDecimal":
            if isinstance(n, Decimal):
                return n
            try:
                return Decimal(java_number_text(n))
            except InvalidOperation:
                raise _Conversion(raw, "not a BigDecimal") from None
        if cls == "java.math.BigInteger":
            if isinstance(n, float):
                raise _Conversion(raw, "not an integer")
            return int(n)
        # java.lang.Number and others: beanutils has no converter for them
        raise _Conversion(raw, f"no converter to {cls}")

    # --- dates --------------------------------------------------------------------------

    def _date_format(self, pattern: str, zone: Any) -> SimpleDateFormat:
        key = f"{pattern}\0{id(zone)}"
        fmt = self._date_formats.get(key)
        if fmt is None:
            fmt = SimpleDateFormat(pattern, self.locale, zone)
            fmt.set_lenient(False)
            self._date_formats[key] = fmt
        return fmt

    def text_to_date(self, text: str, cls: str) -> Any:
        raw = text
        text = java_trim(text)
        if cls == "java.util.Date":
            pattern = self.date_pattern
            if pattern is None:  # new SimpleDateFormat().toPattern() of the default locale
                pattern = DateFormat.style_pattern("SHORT", "SHORT", self.default_locale)
            fmt = self._date_format(pattern, self.zone)
            try:
                value, _ = fmt.parse_prefix(text)
            except JavaTextError as exc:
                raise _Conversion(raw, str(exc)) from None
            return value.astimezone(self.out_zone)
        pattern = self.date_pattern or _SQL_DEFAULT_PATTERNS[cls]
        fmt = self._date_format(pattern, self.default_zone)
        try:
            value, end = fmt.parse_prefix(text)
        except JavaTextError as exc:
            raise _Conversion(raw, str(exc)) from None
        if end < len(text):
            raise _Conversion(raw, f"unparsed characters from position {end}")
        return date_value(value, cls, self.out_zone)

    # --- any class ----------------------------------------------------------------------

    def text(self, text: str, cls: str) -> Any:
        """``convertStringValue``."""
        if cls == STRING:
            return text
        if cls in NUMBER_CLASSES:
            return self.text_to_number(text, cls)
        if cls in DATE_CLASSES:
            return self.text_to_date(text, cls)
        if cls in BOOLEAN:
            return text.lower() == "true"
        return None


def date_value(value: _dt.datetime, cls: str, zone: _dt.tzinfo) -> Any:
    """An aware instant as the Python value of ``cls``."""
    local = value.astimezone(zone)
    if cls == "java.sql.Date":
        return local.date()
    if cls == "java.sql.Time":
        return local.timetz().replace(tzinfo=None)
    return local


def formatted_number(fmt: DecimalFormat, text: str, cls: str) -> Any:
    """``FormatUtils.getFormattedNumber``: ``text`` parsed with a source's own number format
    and narrowed to ``cls`` (no range check, unlike :meth:`Converter.text_to_number`)."""
    try:
        n = fmt.parse(text)
    except JavaTextError as exc:
        raise _Conversion(text, str(exc)) from None
    if cls in ("java.lang.Byte", "byte"):
        return _int_of(n, 8)
    if cls in ("java.lang.Short", "short"):
        return _int_of(n, 16)
    if cls in ("java.lang.Integer", "int"):
        return _int_of(n, 32)
    if cls in ("java.lang.Long", "long", "java.math.BigInteger"):
        return _long_of(n)
    if cls in ("java.lang.Double", "double"):
        return float(n)
    if cls in ("java.lang.Float", "float"):
        return to_float32(float(n))
    if cls == "java.math.BigDecimal":
        return Decimal(java_number_text(n))
    return n


def formatted_date(fmt: SimpleDateFormat, text: str, cls: str, zone: _dt.tzinfo) -> Any:
    """``FormatUtils.getFormattedDate``: ``text`` parsed with a source's own date format (a
    java.sql.Date field gets null, as there)."""
    if cls == "java.sql.Date":
        return None
    try:
        value = fmt.parse(text)
    except JavaTextError as exc:
        raise _Conversion(text, str(exc)) from None
    return date_value(value, cls, zone)


def coerce_python(value: Any, cls: str, zone: _dt.tzinfo) -> Any:
    """A Python value given for a field of class ``cls`` (records data sources): kept when
    it already stands for that class, widened where Java would (int -> Double, numbers ->
    BigDecimal, date -> Date), else a ``_Conversion``."""
    if value is None or cls == OBJECT:
        return value
    if cls == STRING:
        if isinstance(value, str):
            return value
        raise _Conversion(value, "not a string")
    if cls in BOOLEAN:
        if isinstance(value, bool):
            return value
        raise _Conversion(value, "not a boolean")
    if cls in NUMBER_CLASSES:
        if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
            raise _Conversion(value, "not a number")
        if cls in INTEGER_CLASSES or cls == "java.math.BigInteger":
            if isinstance(value, int):
                return value
            raise _Conversion(value, f"not an integral value for {cls}")
        if cls in ("java.lang.Float", "float"):
            return to_float32(float(value))
        if cls in FLOAT_CLASSES:
            return float(value)
        if cls == "java.math.BigDecimal":
            if isinstance(value, float):
                return Decimal(double_to_string(value)) if math.isfinite(value) else _bad(value)
            return Decimal(value)
        return value
    if cls in DATE_CLASSES:
        if isinstance(value, _dt.datetime):
            aware = value if value.tzinfo is not None else value.replace(tzinfo=zone)
            return date_value(aware, cls, zone)
        if isinstance(value, _dt.date):
            if cls == "java.sql.Date":
                return value
            return date_value(_dt.datetime.combine(value, _dt.time(), zone), cls, zone)
        if isinstance(value, _dt.time) and cls == "java.sql.Time":
            return value
        raise _Conversion(value, "not a date")
    return value


def _bad(value: Any) -> Any:
    raise _Conversion(value, "not a finite number")
