"""Allowlist section: ``java.lang`` (Object, String, the boxed numbers, Boolean,
Character, Math, StringBuilder) and ``java.util.Objects``."""

from __future__ import annotations

import math
import random
import unicodedata
from decimal import Decimal
from typing import Any

from .. import runtime as R
from .. import types as T
from ..javalib import lang as L
from ..registry import Registry, StaticField, constructor, method, static

S, O, I, J, D, F, Z, C = T.STRING, T.OBJECT, T.INT, T.LONG, T.DOUBLE, T.FLOAT, T.BOOLEAN, T.CHAR
CS = "java.lang.CharSequence"
LOCALE = "java.util.Locale"
INTEGER, LONG, SHORT, BYTE = "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte"
DOUBLE, FLOAT, BOOLEAN, CHARACTER = "java.lang.Double", "java.lang.Float", "java.lang.Boolean", "java.lang.Character"
NUMBER = T.NUMBER
COMPARABLE = "java.lang.Comparable"


def _value_of(env: R.Env, x: object) -> str:
    return R.s_obj(env, x)


def _upper(s: str, *locale: object) -> str:
    return s.upper()


def _lower(s: str, *locale: object) -> str:
    return s.lower()


def register(reg: Registry) -> None:
    reg.define(
        O,
        members=[
            method("toString", (), S, lambda env, o: R.s_obj(env, o), env=True),
            method("equals", (O,), Z, R.java_equals),
            method("hashCode", (), I, L.hash_code),
        ],
    )
    reg.define(COMPARABLE, members=[method("compareTo", (O,), I, R.compare)])
    reg.define(CS, supers=(O,), members=[
        method("length", (), I, len),
        method("charAt", (I,), C, L.char_at),
        method("isEmpty", (), Z, lambda s: len(s) == 0),
        method("toString", (), S, lambda s: s),
    ])
    _string(reg)
    _numbers(reg)
    _boolean_and_character(reg)
    _math(reg)
    reg.define(
        "java.util.Objects",
        members=[
            static("equals", (O, O), Z, lambda a, b: a is b or (a is not None and R.java_equals(a, b))),
            static("isNull", (O,), Z, lambda a: a is None),
            static("nonNull", (O,), Z, lambda a: a is not None),
            static("toString", (O,), S, _value_of, env=True),
            static("toString", (FLOAT,), S, R.s_float),  # Float.toString
            static("toString", (O, S), S, lambda env, a, d: d if a is None else R.s_obj(env, a), env=True),
            static("requireNonNull", (O,), O, R.unbox),
            static("requireNonNullElse", (O, O), O, lambda a, b: b if a is None else a),
            static("hashCode", (O,), I, lambda a: 0 if a is None else L.hash_code(a)),
            static("compare", (O, O, "java.util.Comparator"), I, lambda a, b, c: c(a, b)),
        ],
    )
    for name in ("java.lang.StringBuilder", "java.lang.StringBuffer"):
        reg.define(
            name,
            supers=(CS,),
            python_types=(L.StringBuilder,),
            members=[
                constructor((), lambda: L.StringBuilder()),
                constructor((I,), lambda capacity: L.StringBuilder()),
                constructor((S,), lambda s: L.StringBuilder(R.s_str(s))),
                *_string_builder_appends(name),
                method("insert", (I, O), name, lambda env, sb, i, v: sb.insert(env, i, v), env=True),
                method("toString", (), S, L.StringBuilder.java_to_string),
                method("length", (), I, L.StringBuilder.length),
                method("reverse", (), name, L.StringBuilder.reverse),
            ],
        )


def _string_builder_appends(name: str) -> list:  # type: ignore[type-arg]
    """append(x) appends String.valueOf(x) as chosen by x's static type (a float prints
    as a float)."""
    by_type = {S: R.s_str, C: R.s_str, Z: R.s_bool, I: R.s_int, J: R.s_int, F: R.s_float, D: R.s_double,
               FLOAT: R.s_float}  # a Float passed as an Object prints as Float.toString does
    members = [method("append", (t, ), name, (lambda f: lambda sb, v: sb.append_text(f(v)))(fn)) for t, fn in by_type.items()]
    members.append(method("append", ("char[]",), name, lambda sb, chars: sb.append_text("".join(chars))))
    members.append(method("append", (O,), name, lambda env, sb, v: sb.append(env, v), env=True))
    return members


def _string(reg: Registry) -> None:
    reg.define(
        S,
        supers=(CS, COMPARABLE, "java.io.Serializable"),
        python_types=(str,),
        members=[
            constructor((), lambda: ""),
            constructor((S,), lambda s: R.unbox(s)),
            constructor(("char[]",), lambda chars: "".join(chars)),
            constructor(("byte[]",), lambda data: bytes(b & 255 for b in data).decode("utf-8", "replace")),
            constructor(("byte[]", S), lambda data, enc: bytes(b & 255 for b in data).decode(enc, "replace")),
            method("length", (), I, len),
            method("isEmpty", (), Z, lambda s: len(s) == 0),
            method("isBlank", (), Z, L.is_blank),
            method("charAt", (I,), C, L.char_at),
            method("codePointAt", (I,), I, lambda s, i: ord(L.char_at(s, i))),
            method("substring", (I,), S, L.substring),
            method("substring", (I, I), S, L.substring),
            method("subSequence", (I, I), CS, L.substring),
            method("indexOf", (S,), I, L.index_of),
            method("indexOf", (I,), I, L.index_of),
            method("indexOf", (S, I), I, L.index_of),
            method("indexOf", (I, I), I, L.index_of),
            method("lastIndexOf", (S,), I, L.last_index_of),
            method("lastIndexOf", (I,), I, L.last_index_of),
            method("lastIndexOf", (S, I), I, L.last_index_of),
            method("lastIndexOf", (I, I), I, L.last_index_of),
            method("contains", (CS,), Z, lambda s, t: R.unbox(t) in s),
            method("startsWith", (S,), Z, lambda s, p: s.startswith(R.unbox(p))),
            method("startsWith", (S, I), Z, lambda s, p, i: s.startswith(R.unbox(p), i) if 0 <= i <= len(s) else False),
            method("endsWith", (S,), Z, lambda s, p: s.endswith(R.unbox(p))),
            method("equals", (O,), Z, lambda s, o: isinstance(o, str) and s == o),
            method("equalsIgnoreCase", (S,), Z, lambda s, o: o is not None and L.compare_ignore_case(s, o) == 0),
            method("contentEquals", (CS,), Z, lambda s, o: s == str(R.unbox(o))),
            method("compareTo", (S,), I, R.compare),
            method("compareToIgnoreCase", (S,), I, L.compare_ignore_case),
            method("toUpperCase", (), S, _upper),
            method("toUpperCase", (LOCALE,), S, _upper),
            method("toLowerCase", (), S, _lower),
            method("toLowerCase", (LOCALE,), S, _lower),
            method("trim", (), S, L.trim),
            method("strip", (), S, L.strip),
            method("stripLeading", (), S, L.strip_leading),
            method("stripTrailing", (), S, L.strip_trailing),
            method("concat", (S,), S, lambda s, t: s + R.unbox(t)),
            method("replace", (C, C), S, lambda s, a, b: s.replace(a, b)),
            method("replace", (CS, CS), S, L.replace),
            method("replaceAll", (S, S), S, L.replace_all),
            method("replaceFirst", (S, S), S, L.replace_first),
            method("matches", (S,), Z, L.matches),
            method("split", (S,), "java.lang.String[]", L.split),
            method("split", (S, I), "java.lang.String[]", L.split),
            method("toCharArray", (), "char[]", list),
            method("repeat", (I,), S, L.repeat),
            method("intern", (), S, lambda s: s),
            method("toString", (), S, lambda s: s),
            method("hashCode", (), I, L.java_hash),
            method("getBytes", (), "byte[]", L.get_bytes),
            method("getBytes", (S,), "byte[]", L.get_bytes),
            static("valueOf", (O,), S, _value_of, env=True),
            static("valueOf", (I,), S, R.s_int),
            static("valueOf", (J,), S, R.s_int),
            static("valueOf", (D,), S, R.s_double),
            static("valueOf", (F,), S, R.s_float),
            static("valueOf", (FLOAT,), S, R.s_float),  # valueOf(Object) of a Float: Float.toString
            static("valueOf", (Z,), S, R.s_bool),
            static("valueOf", (C,), S, lambda c: c),
            static("valueOf", ("char[]",), S, lambda chars: "".join(chars)),
            static("copyValueOf", ("char[]",), S, lambda chars: "".join(chars)),
            static("join", (CS, "java.lang.CharSequence..."), S, lambda d, items: L.string_join(d, items)),
            static("join", (CS, "java.lang.Iterable"), S, L.string_join),
            static("format", (S, "java.lang.Object..."), S, _string_format, env=True),
            static("format", (LOCALE, S, "java.lang.Object..."), S, _string_format_locale, env=True),
        ],
    )


def _string_format(env: R.Env, fmt: str, args: list[object]) -> str:
    from ..javalib.text import string_format

    return string_format(fmt, args, env.babel_locale())


def _string_format_locale(env: R.Env, locale: Any, fmt: str, args: list[object]) -> str:
    from ..javalib.text import java_locale, string_format

    return string_format(fmt, args, java_locale(locale) if locale is not None else env.babel_locale())


def _numbers(reg: Registry) -> None:
    number_methods = [
        method("intValue", (), I, L.to_int),
        method("longValue", (), J, L.to_long),
        method("shortValue", (), T.SHORT, L.to_short),
        method("byteValue", (), T.BYTE, L.to_byte),
        method("doubleValue", (), D, L.to_double),
        method("floatValue", (), F, L.to_float),
    ]
    reg.define(NUMBER, supers=(O, "java.io.Serializable"), members=number_methods)
    integral = [
        (INTEGER, I, 32, "Integer", "parseInt", -(2**31), 2**31 - 1),
        (LONG, J, 64, "Long", "parseLong", -(2**63), 2**63 - 1),
        (SHORT, T.SHORT, 16, "Short", "parseShort", -(2**15), 2**15 - 1),
        (BYTE, T.BYTE, 8, "Byte", "parseByte", -(2**7), 2**7 - 1),
    ]
    for name, prim, bits, _simple, parser, lo, hi in integral:
        parse = (lambda b: lambda s, radix=10: L.parse_int(s, radix, b))(bits)
        reg.define(
            name,
            supers=(NUMBER, COMPARABLE),
            python_types=(int,) if name == INTEGER else (),
            fields=[StaticField("MAX_VALUE", prim, hi), StaticField("MIN_VALUE", prim, lo),
                    StaticField("SIZE", I, bits), StaticField("BYTES", I, bits // 8)],
            members=[
                constructor((prim,), lambda v: v),
                constructor((S,), parse),
                static("valueOf", (prim,), name, lambda v: v),
                static("valueOf", (S,), name, parse),
                static("valueOf", (S, I), name, parse),
                static(parser, (S,), prim, parse),
                static(parser, (S, I), prim, parse),
                static("decode", (S,), name, (lambda b: lambda s: L.decode(s, b))(bits)),
                static("toString", (prim,), S, R.s_int),
                static("toString", (prim, I), S, lambda v, radix: _to_radix(v, radix)),
                static("toHexString", (prim,), S, (lambda b: lambda v: L.to_hex(v, b))(bits)),
                static("toBinaryString", (prim,), S, (lambda b: lambda v: L.to_binary(v, b))(bits)),
                static("toOctalString", (prim,), S, (lambda b: lambda v: L.to_octal(v, b))(bits)),
                static("compare", (prim, prim), I, lambda a, b: (a > b) - (a < b)),
                static("signum", (prim,), I, lambda v: (v > 0) - (v < 0)),
                static("max", (prim, prim), prim, max),
                static("min", (prim, prim), prim, min),
                static("sum", (prim, prim), prim, (lambda b: lambda x, y: R.w64(x + y) if b == 64 else R.w32(x + y))(bits)),
                static("abs", (prim,), prim, abs),
                static("getInteger", (S,), INTEGER, lambda nm: None),
                static("getInteger", (S, I), INTEGER, lambda nm, d: d),
                static("getInteger", (S, INTEGER), INTEGER, lambda nm, d: d),
                static("getLong", (S,), LONG, lambda nm: None),
                static("getLong", (S, J), LONG, lambda nm, d: d),
                method("compareTo", (name,), I, R.compare),
                method("equals", (O,), Z, lambda a, b: isinstance(b, int) and not isinstance(b, bool) and a == b),
                method("toString", (), S, R.s_int),
                method("hashCode", (), I, L.long_hash if bits == 64 else (lambda v: v)),
            ],
        )
    for name, prim, to_string, to_value in ((DOUBLE, D, R.s_double, float), (FLOAT, F, R.s_float, L.to_float)):
        parse_real = L.parse_double if prim == D else L.parse_float
        reg.define(
            name,
            supers=(NUMBER, COMPARABLE),
            python_types=(float,) if name == DOUBLE else (),
            fields=[
                StaticField("MAX_VALUE", prim, 1.7976931348623157e308 if prim == D else 3.4028234663852886e38),
                StaticField("MIN_VALUE", prim, 5e-324 if prim == D else 1.401298464324817e-45),
                StaticField("POSITIVE_INFINITY", prim, math.inf),
                StaticField("NEGATIVE_INFINITY", prim, -math.inf),
                StaticField("NaN", prim, math.nan),
            ],
            members=[
                constructor((prim,), to_value),
                constructor((S,), parse_real),
                static("valueOf", (prim,), name, to_value),
                static("valueOf", (S,), name, parse_real),
                static("parseDouble" if prim == D else "parseFloat", (S,), prim, parse_real),
                static("toString", (prim,), S, to_string),
                static("isNaN", (prim,), Z, math.isnan),
                static("isInfinite", (prim,), Z, math.isinf),
                static("isFinite", (prim,), Z, math.isfinite),
                static("compare", (prim, prim), I, _compare_double),
                static("max", (prim, prim), prim, max),
                static("min", (prim, prim), prim, min),
                static("sum", (prim, prim), prim, lambda a, b: a + b),
                method("isNaN", (), Z, math.isnan),
                method("isInfinite", (), Z, math.isinf),
                method("compareTo", (name,), I, _compare_double),
                method("equals", (O,), Z, lambda a, b: isinstance(b, float) and R.java_equals(a, b)),
                method("toString", (), S, to_string),
                method("hashCode", (), I, L.double_hash if prim == D else L.float_hash),
            ],
        )


def _to_radix(value: int, radix: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if not 2 <= radix <= 36:
        radix = 10
    if value == 0:
        return "0"
    sign, value = ("-", -value) if value < 0 else ("", value)
    out = []
    while value:
        value, rem = divmod(value, radix)
        out.append(digits[rem])
    return sign + "".join(reversed(out))


def _compare_double(a: float, b: float) -> int:
    if math.isnan(a):
        return 0 if math.isnan(b) else 1
    if math.isnan(b):
        return -1
    if a == b:
        sa, sb = math.copysign(1, a), math.copysign(1, b)
        return (sa > sb) - (sa < sb)
    return -1 if a < b else 1


def _boolean_and_character(reg: Registry) -> None:
    reg.define(
        BOOLEAN,
        supers=(O, COMPARABLE, "java.io.Serializable"),
        python_types=(bool,),
        fields=[StaticField("TRUE", BOOLEAN, True), StaticField("FALSE", BOOLEAN, False)],
        members=[
            constructor((Z,), lambda b: b),
            constructor((S,), L.parse_boolean),
            static("valueOf", (Z,), BOOLEAN, lambda b: b),
            static("valueOf", (S,), BOOLEAN, L.parse_boolean),
            static("parseBoolean", (S,), Z, L.parse_boolean),
            static("toString", (Z,), S, R.s_bool),
            static("logicalAnd", (Z, Z), Z, lambda a, b: a and b),
            static("logicalOr", (Z, Z), Z, lambda a, b: a or b),
            static("logicalXor", (Z, Z), Z, lambda a, b: a != b),
            static("compare", (Z, Z), I, lambda a, b: int(a) - int(b)),
            method("booleanValue", (), Z, lambda b: b),
            method("compareTo", (BOOLEAN,), I, lambda a, b: int(a) - int(R.unbox(b))),
            method("equals", (O,), Z, lambda a, b: isinstance(b, bool) and a == b),
            method("toString", (), S, R.s_bool),
            method("hashCode", (), I, lambda b: 1231 if b else 1237),
        ],
    )
    reg.define(
        CHARACTER,
        supers=(O, COMPARABLE),
        fields=[StaticField("MAX_VALUE", C, "\uffff"), StaticField("MIN_VALUE", C, "\0")],
        members=[
            constructor((C,), lambda c: c),
            static("valueOf", (C,), CHARACTER, lambda c: c),
            static("isDigit", (C,), Z, lambda c: c.isdigit()),
            static("isLetter", (C,), Z, lambda c: c.isalpha()),
            static("isLetterOrDigit", (C,), Z, lambda c: c.isalnum()),
            static("isAlphabetic", (I,), Z, lambda c: chr(c).isalpha()),
            static("isWhitespace", (C,), Z, L.is_whitespace),
            static("isSpaceChar", (C,), Z, lambda c: unicodedata.category(c) in ("Zs", "Zl", "Zp")),
            static("isUpperCase", (C,), Z, lambda c: c.isupper()),
            static("isLowerCase", (C,), Z, lambda c: c.islower()),
            static("toUpperCase", (C,), C, L.upper_char),
            static("toLowerCase", (C,), C, L.lower_char),
            static("toString", (C,), S, lambda c: c),
            static("getNumericValue", (C,), I, L.char_numeric_value),
            static("compare", (C, C), I, lambda a, b: ord(a) - ord(b)),
            method("charValue", (), C, lambda c: c),
            method("compareTo", (CHARACTER,), I, lambda a, b: ord(a) - ord(b)),
            method("equals", (O,), Z, lambda a, b: isinstance(b, str) and a == b),
            method("toString", (), S, lambda c: c),
            method("hashCode", (), I, ord),
        ],
    )


def _math(reg: Registry) -> None:
    one_double = {
        "sqrt": L.java_sqrt, "cbrt": L.cbrt,
        "exp": L.safe_math(math.exp, L.positive_infinity), "log": L.java_log, "log10": L.java_log10,
        "log1p": L.safe_math(math.log1p), "expm1": L.safe_math(math.expm1, L.positive_infinity),
        "sin": L.safe_math(math.sin), "cos": L.safe_math(math.cos), "tan": L.safe_math(math.tan),
        "asin": L.safe_math(math.asin), "acos": L.safe_math(math.acos), "atan": L.safe_math(math.atan),
        "sinh": L.safe_math(math.sinh, L.infinity_with_sign), "cosh": L.safe_math(math.cosh, L.positive_infinity),
        "tanh": math.tanh, "floor": L.floor, "ceil": L.ceil,
        "rint": L.rint, "toRadians": math.radians, "toDegrees": math.degrees,
        "signum": L.signum, "ulp": math.ulp,
    }
    members = [static(name, (D,), D, fn) for name, fn in one_double.items()]
    members += [
        static("pow", (D, D), D, L.java_pow),
        static("atan2", (D, D), D, math.atan2),
        static("hypot", (D, D), D, math.hypot),
        static("IEEEremainder", (D, D), D, L.safe_math(math.remainder)),
        static("random", (), D, random.random),
        static("round", (D,), J, lambda x: L.math_round(x, True)),
        static("round", (F,), I, lambda x: L.math_round(x, False)),
        static("floorDiv", (I, I), I, L.floor_div_int),
        static("floorDiv", (J, J), J, L.floor_div_long),
        static("floorMod", (I, I), I, L.floor_mod),
        static("floorMod", (J, J), J, L.floor_mod),
        static("signum", (F,), F, L.signum),
    ]
    for prim in (I, J, F, D):
        members += [
            static("abs", (prim,), prim, (lambda p: (lambda x: R.w32(abs(x))) if p == I else (lambda x: R.w64(abs(x))) if p == J else abs)(prim)),
            static("max", (prim, prim), prim, _java_max if prim in (F, D) else max),
            static("min", (prim, prim), prim, _java_min if prim in (F, D) else min),
        ]
    fields = [StaticField("PI", D, math.pi), StaticField("E", D, math.e)]
    for name in ("java.lang.Math", "java.lang.StrictMath"):
        reg.define(name, members=members, fields=fields)


def _java_max(a: float, b: float) -> float:
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b == 0:
        return b if math.copysign(1, a) < 0 else a
    return a if a >= b else b


def _java_min(a: float, b: float) -> float:
    if math.isnan(a) or math.isnan(b):
        return math.nan
    if a == b == 0:
        return a if math.copysign(1, a) < 0 else b
    return a if a <= b else b


__all__ = ["register", "Decimal"]
