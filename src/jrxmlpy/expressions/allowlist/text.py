"""Allowlist section: ``java.text`` (Format, NumberFormat, DecimalFormat,
DecimalFormatSymbols, DateFormat, SimpleDateFormat, MessageFormat, ParseException).

Formats created without a Locale / TimeZone use the JVM defaults, which for a report fill
are the report's locale and time zone: those members take the :class:`Env`.  The
formatting itself is :mod:`..javalib.text` (imported lazily)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from .. import runtime as R
from .. import types as T
from ..javalib import util as U
from ..registry import Registry, StaticField, constructor, method, static

S, O, I, J, D, Z, C, V = T.STRING, T.OBJECT, T.INT, T.LONG, T.DOUBLE, T.BOOLEAN, T.CHAR, T.VOID
FORMAT, NF, DF = "java.text.Format", "java.text.NumberFormat", "java.text.DecimalFormat"
DFS, DATE_FORMAT, SDF = "java.text.DecimalFormatSymbols", "java.text.DateFormat", "java.text.SimpleDateFormat"
MF, PARSE_EXC = "java.text.MessageFormat", "java.text.ParseException"
LOCALE, TZ, DATE, RM = "java.util.Locale", "java.util.TimeZone", T.DATE, "java.math.RoundingMode"

ParseException = R._exception(PARSE_EXC)


def _text() -> Any:
    from ..javalib import text

    return text


def _loc(locale: Any) -> Any:
    """A babel locale for a Java Locale value."""
    return _text().java_locale(U.locale_tag(locale))


def _env_loc(env: R.Env) -> Any:
    return env.babel_locale()


def _guard(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turns the text module's errors into the Java exceptions they stand for."""

    def call(*args: Any) -> Any:
        text = _text()
        try:
            return fn(*args)
        except text.JavaParseError as exc:
            raise ParseException(str(exc)) from None
        except text.JavaTextError as exc:
            raise R.IllegalArgumentException(str(exc)) from None

    call.__name__ = getattr(fn, "__name__", "call")
    return call


# --- number formats -------------------------------------------------------------------------


class DecimalFormatSymbols:
    """``java.text.DecimalFormatSymbols``: a locale's number symbols, editable."""

    __slots__ = ("locale", "syms")

    def __init__(self, locale: Any) -> None:
        self.locale = locale
        probe = _text().DecimalFormat("#,##0.###", locale)
        self.syms = copy.copy(probe._syms)

    def java_equals(self, other: object) -> bool:
        return isinstance(other, DecimalFormatSymbols) and all(
            getattr(self.syms, a, None) == getattr(other.syms, a, None) for a in type(self.syms).__slots__)

    def set(self, attr: str, value: Any) -> None:
        setattr(self.syms, attr, value)


def _new_decimal_format(env: R.Env, pattern: str | None = None, symbols: DecimalFormatSymbols | None = None) -> Any:
    text = _text()
    if symbols is not None:
        fmt = text.DecimalFormat("#,##0.###", symbols.locale)
        fmt._syms = copy.copy(symbols.syms)
        fmt.apply_pattern(R.unbox(pattern) if pattern is not None else "#,##0.###")
        return fmt
    if pattern is None:
        return text.NumberFormat.get_number_instance(_env_loc(env))
    return text.DecimalFormat(R.unbox(pattern), _env_loc(env))


def _set_symbols(fmt: Any, symbols: DecimalFormatSymbols) -> None:
    fmt._syms = copy.copy(R.unbox(symbols).syms)
    fmt.apply_pattern(fmt.to_pattern())


def _get_symbols(fmt: Any) -> DecimalFormatSymbols:
    symbols = DecimalFormatSymbols.__new__(DecimalFormatSymbols)
    symbols.locale = fmt.locale
    symbols.syms = copy.copy(fmt._syms)
    return symbols


def _nf_factory(kind: str, with_locale: bool) -> Callable[..., Any]:
    def make(env: R.Env, locale: Any = None) -> Any:
        loc = _loc(locale) if with_locale else _env_loc(env)
        return getattr(_text().NumberFormat, f"get_{kind}_instance")(loc)

    return make


def _format_number(fmt: Any, value: Any) -> str:
    if value is None:
        raise R.IllegalArgumentException("Cannot format given Object as a Number")
    return fmt.format(value)


def _format_any(fmt: Any, value: Any) -> str:
    """``Format.format(Object)``: whatever the concrete format does."""
    if isinstance(fmt, MessageFormat):
        return fmt.format(value)
    return fmt.format(value)


def _parse_number(fmt: Any, text: str) -> Any:
    if text is None:
        raise R.NullPointerException("text is null")
    return fmt.parse(text)


def _rounding(fmt: Any, mode: Any) -> None:
    fmt.set_rounding_mode(R.unbox(mode).name)


def _get_rounding(fmt: Any) -> Any:
    from ..javalib.bigdecimal import RoundingMode

    return RoundingMode[fmt.rounding_mode]


def _attr(name: str) -> Callable[[Any], Any]:
    return lambda fmt: getattr(fmt, name)


def _number_formats(reg: Registry, df_type: tuple[type, ...]) -> None:
    reg.define(
        FORMAT,
        supers=(O, "java.io.Serializable", "java.lang.Cloneable"),
        members=[
            method("format", (O,), S, _guard(_format_any)),
            method("parseObject", (S,), O, _guard(lambda fmt, s: fmt.parse(R.unbox(s)))),
            method("clone", (), O, lambda fmt: fmt.copy() if hasattr(fmt, "copy") else copy.copy(fmt)),
        ],
    )
    fields = [StaticField("INTEGER_FIELD", I, 0), StaticField("FRACTION_FIELD", I, 1)]
    members = [
        static("getInstance", (), NF, _nf_factory("number", False), env=True),
        static("getInstance", (LOCALE,), NF, _nf_factory("number", True), env=True),
        static("getNumberInstance", (), NF, _nf_factory("number", False), env=True),
        static("getNumberInstance", (LOCALE,), NF, _nf_factory("number", True), env=True),
        static("getIntegerInstance", (), NF, _nf_factory("integer", False), env=True),
        static("getIntegerInstance", (LOCALE,), NF, _nf_factory("integer", True), env=True),
        static("getCurrencyInstance", (), NF, _nf_factory("currency", False), env=True),
        static("getCurrencyInstance", (LOCALE,), NF, _nf_factory("currency", True), env=True),
        static("getPercentInstance", (), NF, _nf_factory("percent", False), env=True),
        static("getPercentInstance", (LOCALE,), NF, _nf_factory("percent", True), env=True),
        method("format", (D,), S, _guard(_format_number)),
        method("format", (J,), S, _guard(_format_number)),
        method("format", (O,), S, _guard(_format_number)),
        method("parse", (S,), T.NUMBER, _guard(_parse_number)),
        method("setMaximumFractionDigits", (I,), V, lambda f, n: f.set_maximum_fraction_digits(n)),
        method("setMinimumFractionDigits", (I,), V, lambda f, n: f.set_minimum_fraction_digits(n)),
        method("setMaximumIntegerDigits", (I,), V, lambda f, n: f.set_maximum_integer_digits(n)),
        method("setMinimumIntegerDigits", (I,), V, lambda f, n: f.set_minimum_integer_digits(n)),
        method("getMaximumFractionDigits", (), I, _attr("max_frac")),
        method("getMinimumFractionDigits", (), I, _attr("min_frac")),
        method("getMaximumIntegerDigits", (), I, _attr("max_int")),
        method("getMinimumIntegerDigits", (), I, _attr("min_int")),
        method("setGroupingUsed", (Z,), V, lambda f, v: f.set_grouping_used(v)),
        method("isGroupingUsed", (), Z, _attr("grouping_used")),
        method("setParseIntegerOnly", (Z,), V, lambda f, v: f.set_parse_integer_only(v)),
        method("isParseIntegerOnly", (), Z, _attr("parse_integer_only")),
        method("setRoundingMode", (RM,), V, _guard(_rounding)),
        method("getRoundingMode", (), RM, _get_rounding),
    ]
    reg.define(NF, supers=(FORMAT,), fields=fields, members=members)
    reg.define(
        DF,
        supers=(NF,),
        python_types=df_type,
        members=[
            constructor((), _guard(_new_decimal_format), env=True),
            constructor((S,), _guard(_new_decimal_format), env=True),
            constructor((S, DFS), _guard(_new_decimal_format), env=True),
            method("applyPattern", (S,), V, _guard(lambda f, p: f.apply_pattern(R.unbox(p)))),
            method("applyLocalizedPattern", (S,), V, _guard(lambda f, p: f.apply_pattern(R.unbox(p)))),
            method("toPattern", (), S, lambda f: f.to_pattern()),
            method("setParseBigDecimal", (Z,), V, lambda f, v: f.set_parse_big_decimal(v)),
            method("isParseBigDecimal", (), Z, _attr("parse_big_decimal")),
            method("setMultiplier", (I,), V, lambda f, n: f.set_multiplier(n)),
            method("getMultiplier", (), I, _attr("multiplier")),
            method("setGroupingSize", (I,), V, lambda f, n: f.set_grouping_size(n)),
            method("getGroupingSize", (), I, _attr("grouping_size")),
            method("setDecimalSeparatorAlwaysShown", (Z,), V, lambda f, v: f.set_decimal_separator_always_shown(v)),
            method("isDecimalSeparatorAlwaysShown", (), Z, _attr("decimal_separator_always_shown")),
            method("setPositivePrefix", (S,), V, lambda f, s: f.set_positive_prefix(s)),
            method("setNegativePrefix", (S,), V, lambda f, s: f.set_negative_prefix(s)),
            method("setPositiveSuffix", (S,), V, lambda f, s: f.set_positive_suffix(s)),
            method("setNegativeSuffix", (S,), V, lambda f, s: f.set_negative_suffix(s)),
            method("getPositivePrefix", (), S, _attr("pos_prefix")),
            method("getNegativePrefix", (), S, _attr("neg_prefix")),
            method("getPositiveSuffix", (), S, _attr("pos_suffix")),
            method("getNegativeSuffix", (), S, _attr("neg_suffix")),
            method("getDecimalFormatSymbols", (), DFS, _get_symbols),
            method("setDecimalFormatSymbols", (DFS,), V, _guard(_set_symbols)),
            method("toString", (), S, lambda f: f"java.text.DecimalFormat@{id(f) & 0xFFFF:x}"),
        ],
    )
    symbol_attrs = {"DecimalSeparator": "decimal", "GroupingSeparator": "group", "MinusSign": "minus",
                    "Percent": "percent", "PerMill": "permille", "ZeroDigit": "zero"}
    dfs_members = [
        constructor((), lambda env: DecimalFormatSymbols(_env_loc(env)), env=True),
        constructor((LOCALE,), lambda loc: DecimalFormatSymbols(_loc(loc))),
        static("getInstance", (), DFS, lambda env: DecimalFormatSymbols(_env_loc(env)), env=True),
        static("getInstance", (LOCALE,), DFS, lambda loc: DecimalFormatSymbols(_loc(loc))),
        method("getCurrencySymbol", (), S, lambda s: s.syms.currency_symbol),
        method("setCurrencySymbol", (S,), V, lambda s, v: s.set("currency_symbol", v)),
        method("getInternationalCurrencySymbol", (), S, lambda s: s.syms.currency_code),
        method("getInfinity", (), S, lambda s: s.syms.infinity),
        method("getNaN", (), S, lambda s: s.syms.nan),
        method("getExponentSeparator", (), S, lambda s: s.syms.exponent),
        method("equals", (O,), Z, lambda a, b: isinstance(b, DecimalFormatSymbols) and a.java_equals(b)),
        method("clone", (), O, lambda s: _clone_symbols(s)),
    ]
    for java, attr in symbol_attrs.items():
        dfs_members.append(method("get" + java, (), C, (lambda a: lambda s: getattr(s.syms, a))(attr)))
        dfs_members.append(method("set" + java, (C,), V, (lambda a: lambda s, v: s.set(a, v))(attr)))
    reg.define(DFS, supers=(O, "java.io.Serializable", "java.lang.Cloneable"), python_types=(DecimalFormatSymbols,), members=dfs_members)


def _clone_symbols(s: DecimalFormatSymbols) -> DecimalFormatSymbols:
    other = DecimalFormatSymbols.__new__(DecimalFormatSymbols)
    other.locale, other.syms = s.locale, copy.copy(s.syms)
    return other


# --- date formats -----------------------------------------------------------------------------


def _date_factory(kind: str, styles: int, with_locale: bool) -> Callable[..., Any]:
    """DateFormat.getXxxInstance([style[, style]][, locale]) with the default zone."""

    def make(env: R.Env, *args: Any) -> Any:
        df = _text().DateFormat
        values = list(args)
        locale = _loc(values.pop()) if with_locale else _env_loc(env)
        while len(values) < styles:
            values.append(2 if kind != "instance" else 3)
        if kind == "date":
            return df.get_date_instance(values[0], locale, env.timezone)
        if kind == "time":
            return df.get_time_instance(values[0], locale, env.timezone)
        return df.get_date_time_instance(values[0], values[1], locale, env.timezone)

    return make


def _new_sdf(env: R.Env, pattern: str | None = None, locale: Any = None) -> Any:
    text = _text()
    if pattern is None:  # new SimpleDateFormat(): the SHORT date and time pattern
        return text.DateFormat.get_date_time_instance(3, 3, _env_loc(env), env.timezone)
    loc = _loc(locale) if locale is not None else _env_loc(env)
    return text.SimpleDateFormat(R.unbox(pattern), loc, env.timezone)


def _format_date(fmt: Any, value: Any) -> str:
    if value is None:
        raise R.IllegalArgumentException("Cannot format given Object as a Date")
    return fmt.format(value)


def _parse_date(fmt: Any, text: str) -> Any:
    if text is None:
        raise R.NullPointerException("text is null")
    return fmt.parse(text)


def _set_tz(fmt: Any, tz: Any) -> None:
    fmt.set_time_zone(U.as_tzinfo(R.unbox(tz)))


def _date_formats(reg: Registry, sdf_type: tuple[type, ...]) -> None:
    styles = [StaticField(name, I, value) for name, value in
              (("FULL", 0), ("LONG", 1), ("MEDIUM", 2), ("SHORT", 3), ("DEFAULT", 2))]
    reg.define(
        DATE_FORMAT,
        supers=(FORMAT,),
        fields=styles,
        members=[
            static("getDateInstance", (), DATE_FORMAT, _guard(_date_factory("date", 1, False)), env=True),
            static("getDateInstance", (I,), DATE_FORMAT, _guard(_date_factory("date", 1, False)), env=True),
            static("getDateInstance", (I, LOCALE), DATE_FORMAT, _guard(_date_factory("date", 1, True)), env=True),
            static("getTimeInstance", (), DATE_FORMAT, _guard(_date_factory("time", 1, False)), env=True),
            static("getTimeInstance", (I,), DATE_FORMAT, _guard(_date_factory("time", 1, False)), env=True),
            static("getTimeInstance", (I, LOCALE), DATE_FORMAT, _guard(_date_factory("time", 1, True)), env=True),
            static("getDateTimeInstance", (), DATE_FORMAT, _guard(_date_factory("datetime", 2, False)), env=True),
            static("getDateTimeInstance", (I, I), DATE_FORMAT, _guard(_date_factory("datetime", 2, False)), env=True),
            static("getDateTimeInstance", (I, I, LOCALE), DATE_FORMAT, _guard(_date_factory("datetime", 2, True)), env=True),
            static("getInstance", (), DATE_FORMAT, _guard(_date_factory("instance", 2, False)), env=True),
            method("format", (DATE,), S, _guard(_format_date)),
            method("format", (O,), S, _guard(_format_date)),
            method("parse", (S,), DATE, _guard(_parse_date)),
            method("setTimeZone", (TZ,), V, _set_tz),
            method("getTimeZone", (), TZ, lambda f: U.as_time_zone(f.tz)),
            method("setLenient", (Z,), V, lambda f, v: f.set_lenient(v)),
            method("isLenient", (), Z, _attr("lenient")),
        ],
    )
    reg.define(
        SDF,
        supers=(DATE_FORMAT,),
        python_types=sdf_type,
        members=[
            constructor((), _guard(_new_sdf), env=True),
            constructor((S,), _guard(_new_sdf), env=True),
            constructor((S, LOCALE), _guard(_new_sdf), env=True),
            method("applyPattern", (S,), V, _guard(lambda f, p: f.apply_pattern(R.unbox(p)))),
            method("toPattern", (), S, lambda f: f.to_pattern()),
            method("toString", (), S, lambda f: f"java.text.SimpleDateFormat@{id(f) & 0xFFFF:x}"),
        ],
    )


# --- MessageFormat ---------------------------------------------------------------------------------


class MessageFormat:
    """``java.text.MessageFormat``: a pattern, a locale and the default zone."""

    __slots__ = ("pattern", "locale", "tz")

    def __init__(self, pattern: str, locale: Any, tz: Any) -> None:
        if pattern is None:
            raise R.NullPointerException("pattern is null")
        self.pattern, self.locale, self.tz = pattern, locale, tz

    def format(self, args: Any) -> str:
        values = list(args) if isinstance(args, (list, tuple)) else ([] if args is None else [args])
        return _text().message_format(self.pattern, values, self.locale, self.tz)

    def copy(self) -> MessageFormat:
        return MessageFormat(self.pattern, self.locale, self.tz)


def _message_formats(reg: Registry) -> None:
    reg.define(
        MF,
        supers=(FORMAT,),
        python_types=(MessageFormat,),
        members=[
            constructor((S,), lambda env, p: MessageFormat(p, _env_loc(env), env.timezone), env=True),
            constructor((S, LOCALE), lambda env, p, loc: MessageFormat(p, _loc(loc), env.timezone), env=True),
            static("format", (S, "java.lang.Object..."), S,
                   _guard(lambda env, p, args: MessageFormat(p, _env_loc(env), env.timezone).format(args)), env=True),
            method("format", ("java.lang.Object[]",), S, _guard(MessageFormat.format)),
            method("format", (O,), S, _guard(MessageFormat.format)),
            method("applyPattern", (S,), V, lambda f, p: setattr(f, "pattern", R.unbox(p))),
            method("toPattern", (), S, lambda f: f.pattern),
            method("setLocale", (LOCALE,), V, lambda f, loc: setattr(f, "locale", _loc(loc))),
            method("getLocale", (), LOCALE, lambda f: U.Locale.parse(f.locale)),
        ],
    )
    reg.define(
        PARSE_EXC,
        supers=("java.lang.Exception",),
        python_types=(ParseException,),
        members=[
            constructor((S, I), lambda msg, offset: ParseException(msg)),
            method("getMessage", (), S, lambda e: Exception.__str__(e)),
            method("getErrorOffset", (), I, lambda e: 0),
        ],
    )


def register(reg: Registry) -> None:
    try:
        text = _text()
        df_type: tuple[type, ...] = (text.DecimalFormat,)
        sdf_type: tuple[type, ...] = (text.SimpleDateFormat,)
    except (ImportError, AttributeError):  # the text module is not there yet
        df_type = sdf_type = ()
    _number_formats(reg, df_type)
    _date_formats(reg, sdf_type)
    _message_formats(reg)


__all__ = ["register", "MessageFormat", "DecimalFormatSymbols", "ParseException"]
