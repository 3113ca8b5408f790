"""Groovy semantics of compiled expressions (language="groovy"), checked against Groovy 4.0.8.

The expected values were produced by Groovy 4.0.8 running every expression as a closure
over fields declared with their classes (as JasperReports' Groovy compiler declares them),
printing ``String.valueOf`` of the result and its run-time class; the tests need no Groovy.
An expected value starting with ``!`` is the class of the exception Groovy throws.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.errors import ExpressionError, ForbiddenExpressionError
from jrxmlpy.expressions import runtime as R
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.dynamic import groovy_divide
from jrxmlpy.expressions.runtime import Env, Scope, f32

FIELDS = {
    "i": ("java.lang.Integer", 7),
    "n": ("java.lang.Integer", None),
    "neg": ("java.lang.Integer", -7),
    "max": ("java.lang.Integer", 2147483647),
    "min": ("java.lang.Integer", -2147483648),
    "l": ("java.lang.Long", 10000000000),
    "ln": ("java.lang.Long", None),
    "sh": ("java.lang.Short", 300),
    "by": ("java.lang.Byte", -5),
    "d": ("java.lang.Double", 2.5),
    "dn": ("java.lang.Double", None),
    "f": ("java.lang.Float", f32(1.1)),
    "s": ("java.lang.String", "Hello"),
    "sn": ("java.lang.String", None),
    "ws": ("java.lang.String", "  a b \t"),
    "csv": ("java.lang.String", "a,b,,c,,"),
    "b": ("java.lang.Boolean", True),
    "bn": ("java.lang.Boolean", None),
    "bd": ("java.math.BigDecimal", Decimal("1.50")),
    "bdn": ("java.math.BigDecimal", None),
    "c": ("java.lang.Character", "x"),
    "o": ("java.lang.Object", 42),
    "os": ("java.lang.Object", "text"),
}

COMPILER = ExpressionCompiler(
    default_registry(), Schema(fields={k: t for k, (t, _) in FIELDS.items()}, language="groovy")
)

#: The Python type standing for each Java class a Groovy result may have.
PYTHON_TYPES = {
    "java.math.BigDecimal": Decimal,
    "java.lang.Integer": int,
    "java.lang.Long": int,
    "java.math.BigInteger": int,
    "java.lang.Short": int,
    "java.lang.Double": float,
    "java.lang.Float": float,
    "java.lang.String": str,
    "java.lang.Boolean": bool,
    "java.lang.Character": str,
    "java.util.ArrayList": list,
}


def evaluate(text: str) -> tuple[object, str]:
    compiled = COMPILER.compile(Expression(text))
    try:
        return compiled.evaluate(Scope({k: v for k, (_, v) in FIELDS.items()})), ""
    except Exception as exc:  # noqa: BLE001 - every failure must be a Java exception
        return None, "!" + R.as_java_exception(exc).java_class


# (expression, String.valueOf(result) in Groovy 4, the result's class in Groovy or None)
CASES = [
    # --- equality ---
    ("$F{i} == 7", "true", "java.lang.Boolean"),
    ("$F{i} == 7L", "true", "java.lang.Boolean"),
    ("$F{i} == 7.0", "true", "java.lang.Boolean"),
    ("1 == 1.0", "true", "java.lang.Boolean"),
    ("1.0 == 1.00", "true", "java.lang.Boolean"),
    ("$F{bd} == 1.5", "true", "java.lang.Boolean"),
    ("$F{bd} == 1.50", "true", "java.lang.Boolean"),
    ('$F{s} == "Hello"', "true", "java.lang.Boolean"),
    ("$F{s} == 'Hello'", "true", "java.lang.Boolean"),
    ("$F{sn} == null", "true", "java.lang.Boolean"),
    ("$F{n} == 0", "false", "java.lang.Boolean"),
    ("\"a\" == 'a'", "true", "java.lang.Boolean"),
    ("$F{l} == 10000000000", "true", "java.lang.Boolean"),
    ("$F{d} == 2.5G", "true", "java.lang.Boolean"),
    ("1 == 1L", "true", "java.lang.Boolean"),
    ('new BigDecimal("1.0") == new BigDecimal("1.00")', "true", "java.lang.Boolean"),
    ('new BigDecimal("1.0").equals(new BigDecimal("1.00"))', "false", "java.lang.Boolean"),
    ("$F{i}.equals(7L)", "false", "java.lang.Boolean"),
    ("'x' == $F{c}", "true", "java.lang.Boolean"),
    ("$F{i} != 8", "true", "java.lang.Boolean"),
    ("$F{n} == $F{sn}", "true", "java.lang.Boolean"),
    ("$F{d} == 2.5", "true", "java.lang.Boolean"),
    ("1.5f == 1.5", "true", "java.lang.Boolean"),
    ("0.1f == 0.1", "false", "java.lang.Boolean"),
    ("$F{s} != $F{sn}", "true", "java.lang.Boolean"),
    # --- division ---
    ("1/3", "0.3333333333", "java.math.BigDecimal"),
    ("4/2", "2", "java.math.BigDecimal"),
    ("10/4", "2.5", "java.math.BigDecimal"),
    ("1/8", "0.125", "java.math.BigDecimal"),
    ("2/3", "0.6666666667", "java.math.BigDecimal"),
    ("1.0/3", "0.3333333333", "java.math.BigDecimal"),
    ("-7/2", "-3.5", "java.math.BigDecimal"),
    ("7.0/2", "3.5", "java.math.BigDecimal"),
    ("$F{i} / 2", "3.5", "java.math.BigDecimal"),
    ("$F{i} / 2.0", "3.5", "java.math.BigDecimal"),
    ("$F{i} / 2.0d", "3.5", "java.lang.Double"),
    ("$F{d} / 2", "1.25", "java.lang.Double"),
    ("1/3 * 3", "0.9999999999", "java.math.BigDecimal"),
    ("(1/3).scale()", "10", "java.lang.Integer"),
    ("10/3", "3.3333333333", "java.math.BigDecimal"),
    ("100/7", "14.2857142857", "java.math.BigDecimal"),
    ("1/7", "0.1428571429", "java.math.BigDecimal"),
    ("22/7", "3.1428571429", "java.math.BigDecimal"),
    ("1e3/7", "142.85714286", "java.math.BigDecimal"),
    ("1/1024", "0.0009765625", "java.math.BigDecimal"),
    ("1/3.0", "0.3333333333", "java.math.BigDecimal"),
    ("1.23/4.5", "0.2733333333", "java.math.BigDecimal"),
    ("100/3", "33.3333333333", "java.math.BigDecimal"),
    ("1234567890123 / 7", "176366841446.1428571429", "java.math.BigDecimal"),
    ("$F{l} / 3", "3333333333.3333333333", "java.math.BigDecimal"),
    ("7 / 7", "1", "java.math.BigDecimal"),
    ("0 / 5", "0", "java.math.BigDecimal"),
    ("6 / 4", "1.5", "java.math.BigDecimal"),
    ("1 / 3 + 1 / 3", "0.6666666666", "java.math.BigDecimal"),
    ("(2/3).precision()", "10", "java.lang.Integer"),
    ("1 / 2.5d", "0.4", "java.lang.Double"),
    ("$F{bd} / 3", "0.50", "java.math.BigDecimal"),
    ("$F{bd} / 0", "!java.lang.ArithmeticException", None),
    ("1 / 0", "!java.lang.ArithmeticException", None),
    ("1.0d / 0", "Infinity", "java.lang.Double"),
    ("$F{i} / 0", "!java.lang.ArithmeticException", None),
    ("-1/3", "-0.3333333333", "java.math.BigDecimal"),
    ("1/-3", "-0.3333333333", "java.math.BigDecimal"),
    ("2.50/2", "1.25", "java.math.BigDecimal"),
    ("1.000/3", "0.3333333333", "java.math.BigDecimal"),
    ("1/30000", "0.0000333333", "java.math.BigDecimal"),
    ("659/505", "1.3049504951", "java.math.BigDecimal"),  # rounded twice, as Groovy does
    ("12345678901234567890/3", "4115226300411522630", "java.math.BigDecimal"),
    ("1/3e-5", "33333.333333", "java.math.BigDecimal"),
    ("0.5/0.25", "2", "java.math.BigDecimal"),
    ("5.0/2.0", "2.5", "java.math.BigDecimal"),
    ("$F{max} / 2", "1073741823.5", "java.math.BigDecimal"),
    # --- literals ---
    ("0.1 + 0.2", "0.3", "java.math.BigDecimal"),
    ("0.1 * 3", "0.3", "java.math.BigDecimal"),
    ("1.5d", "1.5", "java.lang.Double"),
    ("1.5f", "1.5", "java.lang.Float"),
    ("1.5d + 1", "2.5", "java.lang.Double"),
    ("1.5f * 2", "3.0", "java.lang.Double"),
    ("1.5f + 1.5f", "3.0", "java.lang.Double"),
    ("$F{f} + 1", "2.100000023841858", "java.lang.Double"),
    ("1.5f / 2", "0.75", "java.lang.Double"),
    ("2147483648", "2147483648", "java.lang.Long"),
    ("9223372036854775808", "9223372036854775808", "java.math.BigInteger"),
    ("1e3", "1E+3", "java.math.BigDecimal"),
    ("1.0e-2", "0.010", "java.math.BigDecimal"),
    ("0x10", "16", "java.lang.Integer"),
    ("100L", "100", "java.lang.Long"),
    # --- arithmetic ---
    ("2147483647 + 1", "-2147483648", "java.lang.Integer"),
    ("$F{max} + 1", "-2147483648", "java.lang.Integer"),
    ("$F{max} * 2L", "4294967294", "java.lang.Long"),
    ("Integer.MAX_VALUE + 1", "-2147483648", "java.lang.Integer"),
    ("7 % 3", "1", "java.lang.Integer"),
    ("-7 % 3", "-1", "java.lang.Integer"),
    ("7.5 % 2", "1.5", "java.math.BigDecimal"),
    ("$F{i} % 4", "3", "java.lang.Integer"),
    ("2 ** 10", "1024", "java.lang.Integer"),
    ("2 ** 31", "2147483648", "java.math.BigInteger"),
    ("2 ** -1", "0.5", "java.lang.Double"),
    ("2 ** 0.5", "1.4142135623730951", "java.lang.Double"),
    ("10 ** 20", "100000000000000000000", "java.math.BigInteger"),
    ("$F{l} * $F{l}", "7766279631452241920", "java.lang.Long"),
    ("$F{l} + $F{i}", "10000000007", "java.lang.Long"),
    ("$F{bd} * 2", "3.00", "java.math.BigDecimal"),
    ("$F{bd} + 1", "2.50", "java.math.BigDecimal"),
    ("$F{bd} + 1.0d", "2.5", "java.lang.Double"),
    ("-$F{bd}", "-1.50", "java.math.BigDecimal"),
    ("-$F{i}", "-7", "java.lang.Integer"),
    ("$F{sh} + $F{by}", "295", "java.lang.Integer"),
    ("$F{i} * 1.5", "10.5", "java.math.BigDecimal"),
    ("$F{i} * 1.5d", "10.5", "java.lang.Double"),
    ("$F{f} * 2", "2.200000047683716", "java.lang.Double"),
    ("$F{c} + 1", "121", "java.lang.Integer"),
    ("$F{n} + 1", "!java.lang.NullPointerException", None),
    ("1 - 0.9", "0.1", "java.math.BigDecimal"),
    ("3 * 0.1", "0.3", "java.math.BigDecimal"),
    ("$F{bd} - $F{bd}", "0.00", "java.math.BigDecimal"),
    ("$F{i} - 1.5", "5.5", "java.math.BigDecimal"),
    # --- truth ---
    ('"" ? 1 : 2', "2", "java.lang.Integer"),
    ('"a" ? 1 : 2', "1", "java.lang.Integer"),
    ("0 ? 1 : 2", "2", "java.lang.Integer"),
    ("0.0 ? 1 : 2", "2", "java.lang.Integer"),
    ("null ? 1 : 2", "2", "java.lang.Integer"),
    ("[] ? 1 : 2", "2", "java.lang.Integer"),
    ("[0] ? 1 : 2", "1", "java.lang.Integer"),
    ("[:] ? 1 : 2", "2", "java.lang.Integer"),
    ("$F{n} ? 1 : 2", "2", "java.lang.Integer"),
    ('$F{sn} ? "y" : "n"', "n", "java.lang.String"),
    ('$F{i} ? "y" : "n"', "y", "java.lang.String"),
    ('$F{bd} ? "y" : "n"', "y", "java.lang.String"),
    ('0.00 ? "y" : "n"', "n", "java.lang.String"),
    ('!""', "true", "java.lang.Boolean"),
    ('!"a"', "false", "java.lang.Boolean"),
    ("!0", "true", "java.lang.Boolean"),
    ("!$F{sn}", "true", "java.lang.Boolean"),
    ("!$F{i}", "false", "java.lang.Boolean"),
    ("!null", "true", "java.lang.Boolean"),
    ("$F{b} && $F{bn}", "false", "java.lang.Boolean"),
    ("$F{bn} || true", "true", "java.lang.Boolean"),
    ("$F{i} > 5 && $F{s}", "true", "java.lang.Boolean"),
    ("$F{s} && $F{sn}", "false", "java.lang.Boolean"),
    ('" " ? 1 : 2', "1", "java.lang.Integer"),
    # --- elvis ---
    ('$F{sn} ?: "default"', "default", "java.lang.String"),
    ('$F{s} ?: "default"', "Hello", "java.lang.String"),
    ('"" ?: "empty"', "empty", "java.lang.String"),
    ("0 ?: 5", "5", "java.lang.Integer"),
    ("$F{n} ?: -1", "-1", "java.lang.Integer"),
    ("$F{i} ?: -1", "7", "java.lang.Integer"),
    ('$F{bn} ?: "nb"', "nb", "java.lang.String"),
    # --- safe ---
    ("$F{sn}?.length()", "null", None),
    ("$F{s}?.length()", "5", "java.lang.Integer"),
    ("$F{sn}?.toUpperCase()?.length()", "null", None),
    ("$F{s}?.toUpperCase()", "HELLO", "java.lang.String"),
    ("$F{bdn}?.scale()", "null", None),
    ("$F{sn}.length()", "!java.lang.NullPointerException", None),
    # --- concat ---
    ('"a" + null', "anull", "java.lang.String"),
    ('"a" + $F{sn}', "anull", "java.lang.String"),
    ('$F{sn} + "a"', "nulla", "java.lang.String"),
    ('"x" + 1 + 2', "x12", "java.lang.String"),
    ('1 + 2 + "x"', "3x", "java.lang.String"),
    ('"d" + 1.0', "d1.0", "java.lang.String"),
    ('"d" + 1.5d', "d1.5", "java.lang.String"),
    ("\"a\" + 'b'", "ab", "java.lang.String"),
    ("'a' + 'b'", "ab", "java.lang.String"),
    ('"v" + $F{bd}', "v1.50", "java.lang.String"),
    ('"v" + $F{f}', "v1.1", "java.lang.String"),
    ('"v" + 1e3', "v1E+3", "java.lang.String"),
    ('"v" + 1/3', "v0.3333333333", "java.lang.String"),
    ('"v" + $F{c}', "vx", "java.lang.String"),
    ('"v" + $F{b}', "vtrue", "java.lang.String"),
    ('"v" + (0.1 + 0.2)', "v0.3", "java.lang.String"),
    ('"v" + (0.1d + 0.2d)', "v0.30000000000000004", "java.lang.String"),
    ("$F{s} + 1", "Hello1", "java.lang.String"),
    ("$F{s} * 2", "HelloHello", "java.lang.String"),
    ('$F{s} - "l"', "Helo", "java.lang.String"),
    # --- compare ---
    ('"a" < "b"', "true", "java.lang.Boolean"),
    ('"B" < "a"', "true", "java.lang.Boolean"),
    ('"abc" <=> "abd"', "-1", "java.lang.Integer"),
    ('$F{s} < "World"', "true", "java.lang.Boolean"),
    ('"10" < "9"', "true", "java.lang.Boolean"),
    ("1 < 2.5", "true", "java.lang.Boolean"),
    ("$F{bd} > 1", "true", "java.lang.Boolean"),
    ("$F{bd} < $F{d}", "true", "java.lang.Boolean"),
    ("$F{i} <=> 7", "0", "java.lang.Integer"),
    ("$F{i} >= 7.0", "true", "java.lang.Boolean"),
    ("null < 1", "true", "java.lang.Boolean"),
    # --- gstring ---
    ('"Hi ${$F{s}}"', "Hi Hello", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"x${1 + 2}y"', "x3y", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"v=${$F{i} / 2}"', "v=3.5", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"${null}"', "null", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"n=${$F{n}}!"', "n=null!", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"${$F{bd} * 2}"', "3.00", "org.codehaus.groovy.runtime.GStringImpl"),
    # --- property ---
    ("$F{s}.empty", "false", "java.lang.Boolean"),
    ("$F{bd}.scale", "!groovy.lang.MissingPropertyException", None),
    ("$F{s}.length()", "5", "java.lang.Integer"),
    ("$F{s}.toUpperCase()", "HELLO", "java.lang.String"),
    ("$F{bd}.scale()", "2", "java.lang.Integer"),
    ("[1, 2, 3].size()", "3", "java.lang.Integer"),
    ("[1, 2, 3][1]", "2", "java.lang.Integer"),
    ("[1, 2, 3][-1]", "3", "java.lang.Integer"),
    ("[a: 1].a", "1", "java.lang.Integer"),
    ('[a: 1]["b"]', "null", None),
    ("$F{i} in [1, 7]", "true", "java.lang.Boolean"),
    ('"b" in ["a", "b"]', "true", "java.lang.Boolean"),
    # --- conversion ---
    ("3.7 as int", "3", "java.lang.Integer"),
    ('"42" as Integer', "42", "java.lang.Integer"),
    ('"3.5" as BigDecimal', "3.5", "java.math.BigDecimal"),
    ("$F{d}.intValue()", "2", "java.lang.Integer"),
    ("(int) 3.7", "3", "java.lang.Integer"),
    ("Math.round(2.5)", "3", "java.lang.Long"),
    ("Math.max(1, 2)", "2", "java.lang.Integer"),
    ("$F{s}.substring(1)", "ello", "java.lang.String"),
    ("$F{i} as String", "7", "java.lang.String"),
    ("$F{bd} as Double", "1.5", "java.lang.Double"),
    ("$F{d} as int", "2", "java.lang.Integer"),
    # --- extra ---
    ("null < null", "false", "java.lang.Boolean"),
    ("null <= null", "true", "java.lang.Boolean"),
    ('"a" < null', "false", "java.lang.Boolean"),
    ("null > 1", "false", "java.lang.Boolean"),
    ("$F{n} < 5", "true", "java.lang.Boolean"),
    ('$F{sn} < "a"', "true", "java.lang.Boolean"),
    ("$F{n} <=> null", "0", "java.lang.Integer"),
    ('"a" + 1', "a1", "java.lang.String"),
    ("'a' * 3", "aaa", "java.lang.String"),
    ("$F{s} - 'l'", "Helo", "java.lang.String"),
    ('"x" * 0', "", "java.lang.String"),
    ('"abc" - "z"', "abc", "java.lang.String"),
    ("(int) 3.99", "3", "java.lang.Integer"),
    ("(long) -2.5", "-2", "java.lang.Long"),
    ("(int) $F{bd}", "1", "java.lang.Integer"),
    ("(double) 1.5", "1.5", "java.lang.Double"),
    ("(int) $F{d}", "2", "java.lang.Integer"),
    ("(short) 70000", "4464", "java.lang.Short"),
    ("Math.round(-2.5)", "-2", "java.lang.Long"),
    ("Math.sqrt(2.25)", "1.5", "java.lang.Double"),
    ("7.toString()", "7", "java.lang.String"),
    ("$F{i}.toString()", "7", "java.lang.String"),
    ("2.5.toString()", "2.5", "java.lang.String"),
    ("$F{bd}.setScale(1, java.math.RoundingMode.HALF_UP)", "1.5", "java.math.BigDecimal"),
    ("1.25.setScale(1, java.math.RoundingMode.HALF_EVEN)", "1.2", "java.math.BigDecimal"),
    ("$F{i} + $F{l}", "10000000007", "java.lang.Long"),
    ("$F{sh} * $F{sh} * $F{sh} * $F{sh}", "-489934592", "java.lang.Integer"),
    ("$F{max} + $F{max}", "-2", "java.lang.Integer"),
    ("$F{i} % 0", "!java.lang.ArithmeticException", None),
    ("$F{l} % 4", "0", "java.lang.Long"),
    ("'x' + $F{c}", "xx", "java.lang.String"),
    ("$F{c} == 'x'", "true", "java.lang.Boolean"),
    ('"${$F{s}.length()} chars"', "5 chars", "org.codehaus.groovy.runtime.GStringImpl"),
    ('"a" == "a" && 1 == 1.0', "true", "java.lang.Boolean"),
    ("[1, 2] + 3", "[1, 2, 3]", "java.util.ArrayList"),
    ("[1, 2] == [1, 2]", "true", "java.lang.Boolean"),
    ("$F{i} as Long", "7", "java.lang.Long"),
    ("$F{s} as Integer", "!java.lang.NumberFormatException", None),
    ('"12.50" as BigDecimal', "12.50", "java.math.BigDecimal"),
    ("1.0 + 1", "2.0", "java.math.BigDecimal"),
    ("2 * 0.5", "1.0", "java.math.BigDecimal"),
    ("1e2 + 1", "101", "java.math.BigDecimal"),
    ("-0.0 == 0.0", "true", "java.lang.Boolean"),
    ("$F{bd}.scale", "!groovy.lang.MissingPropertyException", None),
    ('"3.5" as Integer', "!java.lang.NumberFormatException", None),
    ('" 42 " as Integer', "42", "java.lang.Integer"),
    ("3.7 as Integer", "3", "java.lang.Integer"),
    ('"abc" as Double', "!java.lang.NumberFormatException", None),
    ('" 1e3" as Double', "1000.0", "java.lang.Double"),
    ('" 1.50 " as BigDecimal', "1.50", "java.math.BigDecimal"),
    ("2.5d as BigDecimal", "2.5", "java.math.BigDecimal"),
    ("7 as BigDecimal", "7", "java.math.BigDecimal"),
    ('"" as Boolean', "false", "java.lang.Boolean"),
    ('"false" as Boolean', "true", "java.lang.Boolean"),
    ("1.9 as Long", "1", "java.lang.Long"),
    ("70000 as Short", "4464", "java.lang.Short"),
    ("$F{d} as Integer", "2", "java.lang.Integer"),
]


@pytest.mark.parametrize("text, expected, groovy_class", CASES, ids=[c[0] for c in CASES])
def test_groovy_semantics(text: str, expected: str, groovy_class: str | None) -> None:
    value, error = evaluate(text)
    if error:
        assert error == expected
        return
    shown = R.s_float(value) if groovy_class == "java.lang.Float" else R.s_obj(Env(), value)  # type: ignore[arg-type]
    assert shown == expected
    if groovy_class in PYTHON_TYPES:
        assert type(value) is PYTHON_TYPES[groovy_class]


#: Random divisions, each ``a / b`` with a and b written as Groovy literals: (a, b, Groovy's quotient).
DIVISIONS = [
    ("-3", "63", "-0.0476190476"),
    ("0.0764879", "13", "0.0058836846"),
    ("1000", "9993.96", "0.1000604365"),
    ("747.2318594", "421.313641", "1.7735762308"),
    ("99999999", "-585903735.3", "-0.1706765002"),
    ("32007136.2", "3", "10669045.4"),
    ("24576325", "12345", "1990.7918185500"),
    ("0.00715477", "-61012e-5", "-0.0117268242"),
    ("0.000002", "7", "2.857E-7"),
    ("99999999", "-3", "-33333333"),
    ("300", "3", "100"),
    ("33", "7", "4.7142857143"),
    ("-0.33190", "0.000047", "-7061.7021276596"),
    ("11", "84511438.63", "1.302E-7"),
    ("3", "0.05", "6E+1"),
    ("0.00000001", "654.65427406", "0E-10"),
    ("668.1", "43.7", "15.2883295195"),
    ("-2e3", "-218163.65", "0.0091674300"),
    ("0.123450", "0.085070", "1.4511578700"),
    ("33", "24", "1.375"),
    ("0e4", "123456789012", "0E+4"),
    ("1", "240.796231", "0.0041528889"),
    ("241.08440218", "370370367036", "7E-10"),
    ("3e-4", "9467244508e3", "0E-10"),
    ("-21", "18607.2302307", "-0.0011285935"),
    ("0.0006422", "652.54176986", "9.842E-7"),
    ("7", "8230.12", "0.0008505344"),
    ("-7", "-21", "0.3333333333"),
    ("-603291921.8", "2139.2306582", "-282013.4983983561"),
    ("-2e5", "984564.11", "-0.2031355784"),
    ("3362e0", "4174", "0.8054623862"),
    ("-3", "0.00006524", "-45984.058859595"),
    ("-67936.811", "123456789012", "-5.503E-7"),
    ("261", "1", "261"),
    ("33", "0.000077", "428571.428571"),
    ("300", "7", "42.8571428571"),
    ("0e6", "-15.0477864", "0E+13"),
    ("640.64797665", "12123887", "0.0000528418"),
    ("12345", "9", "1371.6666666667"),
    ("-7", "-0.07054553", "99.2266979921"),
    ("0.000009", "2417712.83", "0E-10"),
    ("360619.75", "62903507.2", "0.0057329037"),
    ("468602.1", "3193420.65767", "0.1467398599"),
    ("0.0001", "1652509", "1E-10"),
    ("8", "12345", "0.0006480356"),
    ("28775.3872408", "86415", "0.3329906526"),
    ("0.0423853", "99999999", "4E-10"),
    ("91", "1", "91"),
    ("80977947350", "11", "7361631577.2727272727"),
    ("78593.4", "355942.0500", "0.2208039202"),
    ("9", "0.00367", "2452.316076294"),
    ("9", "3961", "0.0022721535"),
    ("1360842.8470", "-7", "-194406.1210"),
    ("11", "87e3", "0.0001264368"),
    ("993869272094", "-30.7", "-32373591924.8859934853"),
    ("-6103", "4568173.70", "-0.0013359825"),
    ("513427206.0", "9757162.53", "52.6205445919"),
    ("77", "0.004", "1.925E+4"),
    ("0.0029", "2512.09532910", "0.0000011544"),
    ("99863652278.9", "0.00000885", "11284028506090395.48023"),
    ("-0.00000081", "3", "-2.7E-7"),
    ("0.005", "1889263015e-2", "3E-10"),
    ("1000", "7792892.4137", "0.0001283221"),
    ("5348.5772717", "28486.4905", "0.1877583787"),
    ("3", "1000", "0.003"),
    ("699999993", "700", "999999.99"),
    ("9", "0.00054", "16666.6666667"),
    ("11", "-252", "-0.0436507937"),
    ("0.01389", "355.143064", "0.0000391110"),
    ("-21", "49", "-0.4285714286"),
    ("11", "-0.0000842", "-130641.3301663"),
    ("-0.09507", "0.0000097", "-9801.0309278351"),
    ("0e4", "33", "0E+4"),
    ("0.012", "100", "0.00012"),
    ("8.8090026", "0.0209995", "419.4863020548"),
    ("-21", "49", "-0.4285714286"),
    ("39", "7", "5.5714285714"),
    ("-3", "1000", "-0.003"),
    ("11", "7", "1.5714285714"),
    ("-0.0000001", "14", "-7.1E-9"),
]


@pytest.mark.parametrize("a, b, expected", DIVISIONS, ids=[f"{a}/{b}" for a, b, _ in DIVISIONS])
def test_groovy_division_matches_groovy(a: str, b: str, expected: str) -> None:
    value, error = evaluate(f"({a}) / ({b})")
    assert not error
    assert R.s_obj(Env(), value) == expected
    assert R.s_decimal(groovy_divide(Decimal(a), Decimal(b))) == expected


@pytest.mark.parametrize("text", ["(1/3).class", "$F{s}.class.name", "$F{i}.metaClass", "$F{s}.classLoader"])
def test_groovy_refuses_class_properties(text: str) -> None:
    with pytest.raises(ForbiddenExpressionError):
        COMPILER.compile(Expression(text))


def test_groovy_compile_error_is_an_expression_error() -> None:
    with pytest.raises(ExpressionError):
        COMPILER.compile(Expression("$F{undeclared} + 1"))


def test_case_count() -> None:
    assert len(CASES) >= 60
