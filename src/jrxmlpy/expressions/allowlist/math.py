"""Allowlist section: ``java.math`` (BigDecimal, BigInteger, RoundingMode, MathContext)."""

from __future__ import annotations

import math
from decimal import Decimal

from .. import runtime as R
from .. import types as T
from ..javalib import bigdecimal as B
from ..javalib import lang as L
from ..registry import Registry, StaticField, constructor, method, static

S, O, I, J, D, Z = T.STRING, T.OBJECT, T.INT, T.LONG, T.DOUBLE, T.BOOLEAN
BD, BI = T.BIG_DECIMAL, T.BIG_INTEGER
RM, MC = "java.math.RoundingMode", "java.math.MathContext"


def _text(fn):  # type: ignore[no-untyped-def]
    def call(d: Decimal) -> str:
        from ..javalib import text

        return getattr(text, fn)(d)

    return call


def register(reg: Registry) -> None:
    reg.define(
        RM,
        supers=(O,),
        python_types=(B.RoundingMode,),
        fields=[StaticField(m.name, RM, m) for m in B.RoundingMode],
        members=[
            static("valueOf", (I,), RM, B.RoundingMode.of),
            static("valueOf", (S,), RM, lambda name: B.RoundingMode[name]),
            method("name", (), S, lambda m: m.name),
            method("ordinal", (), I, lambda m: m.legacy),
        ],
    )
    reg.define(
        MC,
        supers=(O,),
        python_types=(B.MathContext,),
        fields=[
            StaticField("UNLIMITED", MC, B.UNLIMITED), StaticField("DECIMAL32", MC, B.DECIMAL32),
            StaticField("DECIMAL64", MC, B.DECIMAL64), StaticField("DECIMAL128", MC, B.DECIMAL128),
        ],
        members=[
            constructor((I,), lambda p: B.MathContext(p)),
            constructor((I, RM), B.MathContext),
            method("getPrecision", (), I, lambda mc: mc.precision),
            method("getRoundingMode", (), RM, lambda mc: mc.rounding),
        ],
    )
    legacy = [StaticField(f"ROUND_{m.name}", I, m.legacy) for m in B.RoundingMode]
    reg.define(
        BD,
        supers=(T.NUMBER, "java.lang.Comparable"),
        python_types=(Decimal,),
        fields=[StaticField("ZERO", BD, Decimal(0)), StaticField("ONE", BD, Decimal(1)),
                StaticField("TWO", BD, Decimal(2)), StaticField("TEN", BD, Decimal(10)), *legacy],
        members=[
            constructor((S,), B.from_string),
            constructor((D,), B.from_double),
            constructor((I,), Decimal),
            constructor((J,), Decimal),
            constructor((BI,), Decimal),
            constructor((BI, I), B.from_unscaled),
            constructor(("char[]",), lambda chars: B.from_string("".join(chars))),
            constructor((S, MC), lambda s, mc: B.round_to(B.from_string(s), mc)),
            constructor((D, MC), lambda x, mc: B.round_to(B.from_double(x), mc)),
            static("valueOf", (J,), BD, B.value_of_long),
            static("valueOf", (J, I), BD, B.value_of_long),
            static("valueOf", (D,), BD, B.value_of_double),
            method("add", (BD,), BD, B.add),
            method("add", (BD, MC), BD, B.add),
            method("subtract", (BD,), BD, B.subtract),
            method("subtract", (BD, MC), BD, B.subtract),
            method("multiply", (BD,), BD, B.multiply),
            method("multiply", (BD, MC), BD, B.multiply),
            method("divide", (BD,), BD, B.divide_exact),
            method("divide", (BD, I, I), BD, B.divide_scale),
            method("divide", (BD, I, RM), BD, B.divide_scale),
            method("divide", (BD, I), BD, B.divide_mode),
            method("divide", (BD, RM), BD, B.divide_mode),
            method("divide", (BD, MC), BD, B.divide_context),
            method("divideToIntegralValue", (BD,), BD, B.divide_to_integral),
            method("remainder", (BD,), BD, B.remainder),
            method("pow", (I,), BD, B.pow_),
            method("abs", (), BD, lambda d: d.copy_abs()),
            method("negate", (), BD, B.negate),
            method("plus", (), BD, lambda d: d),
            method("round", (MC,), BD, B.round_to),
            method("signum", (), I, B.signum),
            method("scale", (), I, B.scale),
            method("precision", (), I, B.precision),
            method("unscaledValue", (), BI, B.unscaled_value),
            method("setScale", (I,), BD, B.set_scale),
            method("setScale", (I, I), BD, B.set_scale),
            method("setScale", (I, RM), BD, B.set_scale),
            method("stripTrailingZeros", (), BD, B.strip_trailing_zeros),
            method("movePointLeft", (I,), BD, B.move_point_left),
            method("movePointRight", (I,), BD, B.move_point_right),
            method("scaleByPowerOfTen", (I,), BD, lambda d, n: d.scaleb(n, B.EXACT)),
            method("compareTo", (BD,), I, B.compare_to),
            method("equals", (O,), Z, B.equals),
            method("max", (BD,), BD, lambda a, b: a if B.compare_to(a, b) >= 0 else b),
            method("min", (BD,), BD, lambda a, b: a if B.compare_to(a, b) <= 0 else b),
            method("intValueExact", (), I, B.int_value_exact),
            method("longValueExact", (), J, lambda d: int(d)),
            method("toBigInteger", (), BI, lambda d: int(d)),
            method("toString", (), S, _text("big_decimal_to_string")),
            method("toPlainString", (), S, _text("big_decimal_to_plain_string")),
            method("toEngineeringString", (), S, _text("big_decimal_to_engineering_string")),
            method("hashCode", (), I, B.hash_code),
        ],
    )
    reg.define(
        BI,
        supers=(T.NUMBER, "java.lang.Comparable"),
        fields=[StaticField("ZERO", BI, 0), StaticField("ONE", BI, 1), StaticField("TWO", BI, 2), StaticField("TEN", BI, 10)],
        members=[
            constructor((S,), B.big_integer),
            constructor((S, I), B.big_integer),
            static("valueOf", (J,), BI, lambda v: v),
            method("add", (BI,), BI, lambda a, b: a + R.unbox(b)),
            method("subtract", (BI,), BI, lambda a, b: a - R.unbox(b)),
            method("multiply", (BI,), BI, lambda a, b: a * R.unbox(b)),
            method("divide", (BI,), BI, B.bi_divide),
            method("mod", (BI,), BI, B.bi_mod),
            method("remainder", (BI,), BI, B.bi_remainder),
            method("pow", (I,), BI, lambda a, n: a**n),
            method("negate", (), BI, lambda a: -a),
            method("abs", (), BI, abs),
            method("signum", (), I, lambda a: (a > 0) - (a < 0)),
            method("gcd", (BI,), BI, math.gcd),
            method("max", (BI,), BI, max),
            method("min", (BI,), BI, min),
            method("compareTo", (BI,), I, lambda a, b: (a > b) - (a < b)),
            method("equals", (O,), Z, lambda a, b: isinstance(b, int) and not isinstance(b, bool) and a == b),
            method("intValue", (), I, L.to_int),
            method("longValue", (), J, L.to_long),
            method("doubleValue", (), D, float),
            method("toString", (), S, str),
            method("toString", (I,), S, _radix),
            method("hashCode", (), I, B.big_integer_hash),
        ],
    )


def _radix(value: int, radix: int) -> str:
    from .lang import _to_radix

    return _to_radix(value, radix)
