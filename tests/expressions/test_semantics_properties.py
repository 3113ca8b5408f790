"""Properties of compiled Java (and Groovy) arithmetic, each checked against a reference
computed independently of jrxmlpy's runtime (ctypes fixed-width integers, fractions)."""

from __future__ import annotations

import ctypes
import math
from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from jrxmlpy.design.base import Expression
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.javalib import bigdecimal as B
from jrxmlpy.expressions.runtime import Scope

INT = st.integers(min_value=-(2**31), max_value=2**31 - 1)
LONG = st.integers(min_value=-(2**63), max_value=2**63 - 1)
SMALL_INT = st.integers(min_value=-1000, max_value=1000)
DECIMAL = st.decimals(
    allow_nan=False, allow_infinity=False, places=None, min_value=-(10**12), max_value=10**12
)

FIELDS = {
    "a": "java.lang.Integer",
    "b": "java.lang.Integer",
    "x": "java.lang.Long",
    "y": "java.lang.Long",
    "d": "java.lang.Double",
    "s": "java.lang.String",
    "p": "java.math.BigDecimal",
    "q": "java.math.BigDecimal",
}
_JAVA = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, language="java"))
_GROOVY = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, language="groovy"))
_CACHE: dict[tuple[str, str], object] = {}


def run(text: str, language: str = "java", **values: object) -> object:
    key = (language, text)
    if key not in _CACHE:
        _CACHE[key] = (_JAVA if language == "java" else _GROOVY).compile(Expression(text))
    return _CACHE[key].evaluate(Scope(dict(values)))  # type: ignore[attr-defined]


def i32(value: int) -> int:
    return ctypes.c_int32(value & 0xFFFFFFFF).value


def i64(value: int) -> int:
    return ctypes.c_int64(value & 0xFFFFFFFFFFFFFFFF).value


def truncated_quotient(a: int, b: int) -> int:
    return math.trunc(Fraction(a, b))


# --- int and long wrap as two's complement ------------------------------------------------


@given(INT, INT)
def test_int_add_subtract_multiply_wrap(a: int, b: int) -> None:
    assert run("$F{a} + $F{b}", a=a, b=b) == i32(a + b)
    assert run("$F{a} - $F{b}", a=a, b=b) == i32(a - b)
    assert run("$F{a} * $F{b}", a=a, b=b) == i32(a * b)


@given(LONG, LONG)
def test_long_add_subtract_multiply_wrap(x: int, y: int) -> None:
    assert run("$F{x} + $F{y}", x=x, y=y) == i64(x + y)
    assert run("$F{x} - $F{y}", x=x, y=y) == i64(x - y)
    assert run("$F{x} * $F{y}", x=x, y=y) == i64(x * y)


@given(INT, LONG)
def test_int_with_long_is_long_arithmetic(a: int, x: int) -> None:
    assert run("$F{a} * $F{x}", a=a, x=x) == i64(a * x)
    assert run("$F{a} + 1 + $F{x}", a=a, x=x) == i64(i32(a + 1) + x)


@given(INT)
def test_negation_and_complement_wrap(a: int) -> None:
    assert run("-$F{a}", a=a) == i32(-a)
    assert run("~$F{a}", a=a) == i32(~a)


@given(st.lists(INT, min_size=2, max_size=80))
def test_long_int_sums_wrap_like_step_by_step_addition(values: list[int]) -> None:
    names = {f"v{i}": "java.lang.Integer" for i in range(len(values))}
    compiler = ExpressionCompiler(default_registry(), Schema(fields=names, language="java"))
    compiled = compiler.compile(Expression(" + ".join(f"$F{{v{i}}}" for i in range(len(values)))))
    expected = 0
    for v in values:
        expected = i32(expected + v)
    assert compiled.evaluate(Scope({f"v{i}": v for i, v in enumerate(values)})) == expected


# --- division and remainder ------------------------------------------------------------------


@given(INT, INT)
def test_int_division_identity_and_signs(a: int, b: int) -> None:
    assume(b != 0)
    q = run("$F{a} / $F{b}", a=a, b=b)
    r = run("$F{a} % $F{b}", a=a, b=b)
    assert q == i32(truncated_quotient(a, b))
    assert i32(q * b + r) == a  # type: ignore[operator]
    assert r == 0 or (r > 0) == (a > 0)  # type: ignore[operator]
    assert abs(r) < abs(b)  # type: ignore[arg-type]


@given(LONG, LONG)
def test_long_division_identity(x: int, y: int) -> None:
    assume(y != 0)
    q = run("$F{x} / $F{y}", x=x, y=y)
    r = run("$F{x} % $F{y}", x=x, y=y)
    assert q == i64(truncated_quotient(x, y))
    assert i64(q * y + r) == x  # type: ignore[operator]


@given(INT)
def test_integer_division_by_zero_throws(a: int) -> None:
    from jrxmlpy.expressions.runtime import as_java_exception

    for text in ("$F{a} / 0", "$F{a} % 0"):
        try:
            run(text, a=a)
        except Exception as exc:  # noqa: BLE001
            assert as_java_exception(exc).java_class == "java.lang.ArithmeticException"
        else:
            raise AssertionError(f"{text} did not throw")


# --- shifts --------------------------------------------------------------------------------


@given(INT, st.integers(min_value=-100, max_value=100))
def test_int_shifts_mask_the_count(a: int, n: int) -> None:
    assert run("$F{a} << $F{b}", a=a, b=n) == i32(a << (n & 31))
    assert run("$F{a} >> $F{b}", a=a, b=n) == a >> (n & 31)
    assert run("$F{a} >>> $F{b}", a=a, b=n) == i32((a & 0xFFFFFFFF) >> (n & 31))


@given(LONG, st.integers(min_value=-200, max_value=200))
def test_long_shifts_mask_the_count(x: int, n: int) -> None:
    assert run("$F{x} << $F{a}", x=x, a=n) == i64(x << (n & 63))
    assert run("$F{x} >>> $F{a}", x=x, a=n) == i64((x & 0xFFFFFFFFFFFFFFFF) >> (n & 63))


# --- casts ---------------------------------------------------------------------------------


@given(INT)
def test_narrowing_integer_casts(a: int) -> None:
    assert run("(short) (int) $F{a}", a=a) == ctypes.c_int16(a & 0xFFFF).value
    assert run("(byte) (int) $F{a}", a=a) == ctypes.c_int8(a & 0xFF).value
    assert run("(int) (char) (int) $F{a}", a=a) == a & 0xFFFF


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_double_to_int_and_long_casts(d: float) -> None:
    if math.isnan(d):
        expected_int = expected_long = 0
    else:
        expected_int = (
            max(-(2**31), min(2**31 - 1, math.trunc(d)))
            if math.isfinite(d)
            else (2**31 - 1 if d > 0 else -(2**31))
        )
        expected_long = (
            max(-(2**63), min(2**63 - 1, math.trunc(d)))
            if math.isfinite(d)
            else (2**63 - 1 if d > 0 else -(2**63))
        )
    assert run("(int) (double) $F{d}", d=d) == expected_int
    assert run("(long) (double) $F{d}", d=d) == expected_long


@given(LONG)
def test_long_to_float_rounds_once(x: int) -> None:
    value = run("(float) (long) $F{x}", x=x)
    assert isinstance(value, float)
    # The nearest float32 (ties to even): no float32 is strictly closer.
    exact = Fraction(x)
    mine = Fraction(value)
    bits = ctypes.c_uint32.from_buffer(ctypes.c_float(value)).value
    for neighbour_bits in (bits - 1, bits + 1):
        neighbour = ctypes.c_float.from_buffer(ctypes.c_uint32(neighbour_bits & 0xFFFFFFFF)).value
        if math.isfinite(neighbour):
            assert abs(Fraction(neighbour) - exact) >= abs(mine - exact)


# --- strings ---------------------------------------------------------------------------------


@given(INT)
def test_concatenation_of_an_int(a: int) -> None:
    assert run('"" + $F{a}', a=a) == str(a)
    assert run('$F{a} + 1 + ""', a=a) == str(i32(a + 1))


@given(st.text(max_size=20), st.text(max_size=20))
def test_string_compare_to_sign_is_utf16_order(s: str, t: str) -> None:
    compiler = ExpressionCompiler(
        default_registry(), Schema(fields={"s": "java.lang.String", "t": "java.lang.String"}, language="java")
    )
    result = compiler.compile(Expression("$F{s}.compareTo($F{t})")).evaluate(Scope({"s": s, "t": t}))
    us, ut = s.encode("utf-16-be"), t.encode("utf-16-be")
    expected_sign = (us > ut) - (us < ut)
    assert (result > 0) - (result < 0) == expected_sign


# --- BigDecimal --------------------------------------------------------------------------------


@given(DECIMAL, DECIMAL)
def test_big_decimal_add_and_multiply_scales(p: Decimal, q: Decimal) -> None:
    total = run("$F{p}.add($F{q})", p=p, q=q)
    product = run("$F{p}.multiply($F{q})", p=p, q=q)
    assert Fraction(total) == Fraction(p) + Fraction(q)  # type: ignore[arg-type]
    assert B.scale(total) == max(B.scale(p), B.scale(q))  # type: ignore[arg-type]
    assert Fraction(product) == Fraction(p) * Fraction(q)  # type: ignore[arg-type]
    assert B.scale(product) == B.scale(p) + B.scale(q)  # type: ignore[arg-type]


@given(DECIMAL, DECIMAL, st.integers(min_value=0, max_value=12))
def test_big_decimal_divide_with_scale_rounds_half_up(p: Decimal, q: Decimal, scale: int) -> None:
    assume(q != 0)
    result = run(f"$F{{p}}.divide($F{{q}}, {scale}, java.math.RoundingMode.HALF_UP)", p=p, q=q)
    assert B.scale(result) == scale  # type: ignore[arg-type]
    exact = Fraction(p) / Fraction(q)
    unit = Fraction(1, 10**scale)
    assert abs(Fraction(result) - exact) <= unit / 2  # type: ignore[arg-type]
    if abs(Fraction(result) - exact) == unit / 2:  # a tie goes away from zero
        assert abs(Fraction(result)) > abs(exact)  # type: ignore[arg-type]


@given(DECIMAL, DECIMAL)
def test_big_decimal_equals_needs_equal_scale_compare_to_does_not(p: Decimal, q: Decimal) -> None:
    same_value = Fraction(p) == Fraction(q)
    assert run("$F{p}.compareTo($F{q}) == 0", p=p, q=q) == same_value
    assert run("$F{p}.equals($F{q})", p=p, q=q) == (same_value and B.scale(p) == B.scale(q))


# --- Groovy division -----------------------------------------------------------------------------


def _terminates(fraction: Fraction) -> bool:
    den = fraction.denominator
    for prime in (2, 5):
        while den % prime == 0:
            den //= prime
    return den == 1


@given(SMALL_INT, SMALL_INT)
def test_groovy_integer_division_is_exact_or_rounded_to_ten_places(a: int, b: int) -> None:
    assume(b != 0)
    result = run("$F{a} / $F{b}", "groovy", a=a, b=b)
    assert isinstance(result, Decimal)
    exact = Fraction(a, b)
    if _terminates(exact):
        assert Fraction(result) == exact
    else:  # rounded twice (to max precision + 10 digits, then to scale 10), as Groovy does: 659/505
        assert B.scale(result) <= 10
        assert abs(Fraction(result) - exact) <= Fraction(1, 10 ** B.scale(result))


@given(INT, INT)
def test_groovy_integer_arithmetic_wraps_like_java(a: int, b: int) -> None:
    assert run("$F{a} + $F{b}", "groovy", a=a, b=b) == i32(a + b)
    assert run("$F{a} * $F{b}", "groovy", a=a, b=b) == i32(a * b)
