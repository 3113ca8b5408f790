"""Tests of the expression lexer: token kinds, offsets, literal values, errors."""

from __future__ import annotations

import math
from decimal import Decimal

import pytest

from jrxmlpy.errors import ExpressionSyntaxError
from jrxmlpy.expressions.lexer import Token, tokenize


def kinds(text: str, language: str = "java") -> list[str]:
    return [t.kind for t in tokenize(text, language)][:-1]


def texts(text: str, language: str = "java") -> list[str]:
    return [t.text for t in tokenize(text, language)][:-1]


def lit(text: str, language: str = "java") -> tuple[str, object]:
    toks = tokenize(text, language)
    assert len(toks) == 2, toks
    assert toks[0].kind == "literal", toks
    kind, value, _ = toks[0].value
    return kind, value


def lex_error(text: str, language: str = "java") -> ExpressionSyntaxError:
    with pytest.raises(ExpressionSyntaxError) as info:
        tokenize(text, language)
    return info.value


# --- basics -----------------------------------------------------------------------------


def test_eof_token():
    toks = tokenize("")
    assert len(toks) == 1 and toks[0].kind == "eof" and toks[0].pos == 0


def test_eof_offset_after_whitespace():
    toks = tokenize("a  ")
    assert toks[-1].kind == "eof" and toks[-1].pos == 3


def test_offsets_and_ends():
    toks = tokenize("ab + $F{x y}.c")
    assert [(t.kind, t.pos, t.end) for t in toks] == [
        ("ident", 0, 2),
        ("+", 3, 4),
        ("ref", 5, 12),
        (".", 12, 13),
        ("ident", 13, 14),
        ("eof", 14, 14),
    ]


def test_token_repr():
    assert "ident" in repr(Token("ident", "a", 0, 1))


@pytest.mark.parametrize(
    "text",
    ["a", "abc", "_x", "$x", "a$b", "x1", "café", "Ωmega", "变量", "a_b_c", "$", "__", "a€"],
)
def test_identifiers(text):
    toks = tokenize(text)
    assert toks[0].kind == "ident" and toks[0].text == text


def test_identifier_stops_at_reference():
    assert [(t.kind, t.text) for t in tokenize("abc$F{x}")][:-1] == [("ident", "abc"), ("ref", "$F{x}")]


def test_dollar_identifier_not_reference():
    assert kinds("$Foo $P $Rx $V1") == ["ident"] * 4


@pytest.mark.parametrize(
    "word", ["new", "instanceof", "this", "super", "class", "int", "boolean", "void", "if"]
)
def test_java_keywords(word):
    assert kinds(word) == [word]


@pytest.mark.parametrize("word", ["in", "as", "def", "var", "record"])
def test_not_java_keywords(word):
    assert kinds(word) == ["ident"]


@pytest.mark.parametrize("word", ["in", "as", "def"])
def test_groovy_keywords(word):
    assert kinds(word, "groovy") == [word]


@pytest.mark.parametrize(
    "text,value", [("true", ("boolean", True)), ("false", ("boolean", False)), ("null", ("null", None))]
)
def test_word_literals(text, value):
    assert lit(text) == value


# --- references --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind,name",
    [
        ("$F{name}", "F", "name"),
        ("$P{REPORT_LOCALE}", "P", "REPORT_LOCALE"),
        ("$V{PAGE_NUMBER}", "V", "PAGE_NUMBER"),
        ("$R{report.title}", "R", "report.title"),
        ("$P!{where}", "P!", "where"),
        ("$F{Order ID}", "F", "Order ID"),
        ("$F{a-b.c d}", "F", "a-b.c d"),
        ("$F{ }", "F", " "),
        ("$F{}", "F", ""),
        ('$F{a"b}', "F", 'a"b'),
        ("$F{a/*b}", "F", "a/*b"),
        ("$F{ünï}", "F", "ünï"),
        ("$F{a\nb}", "F", "a\nb"),
        ("$F{\\u0041}", "F", "\\u0041"),
    ],
)
def test_references(text, kind, name):
    toks = tokenize(text)
    assert toks[0].kind == "ref" and toks[0].value == (kind, name) and toks[0].text == text
    assert toks[1].kind == "eof"


def test_reference_in_string_is_text():
    assert lit('"$F{x}"') == ("string", "$F{x}")


def test_unterminated_reference():
    err = lex_error("a + $F{abc")
    assert err.offset == 4 and "unterminated reference" in err.message


def test_references_in_sequence():
    assert [t.value for t in tokenize("$F{a}$P{b}")][:2] == [("F", "a"), ("P", "b")]


# --- integers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("0", "int", 0),
        ("7", "int", 7),
        ("123", "int", 123),
        ("1_000_000", "int", 1000000),
        ("2147483647", "int", 2147483647),
        ("0x1F", "int", 31),
        ("0X1f", "int", 31),
        ("0xFFd", "int", 0xFFD),
        ("0x7FFFFFFF", "int", 2147483647),
        ("0x80000000", "int", -2147483648),
        ("0xFFFFFFFF", "int", -1),
        ("0xFF_FF", "int", 0xFFFF),
        ("017", "int", 15),
        ("0_17", "int", 15),
        ("00", "int", 0),
        ("037777777777", "int", -1),
        ("0b101", "int", 5),
        ("0B1_0", "int", 2),
        ("0b11111111111111111111111111111111", "int", -1),
        ("1L", "long", 1),
        ("1l", "long", 1),
        ("9223372036854775807L", "long", 2**63 - 1),
        ("2147483648L", "long", 2147483648),
        ("0xFFFFFFFFFFFFFFFFL", "long", -1),
        ("0x7fffffffffffffffL", "long", 2**63 - 1),
        ("0777L", "long", 511),
        ("0b1L", "long", 1),
    ],
)
def test_java_integers(text, kind, value):
    assert lit(text) == (kind, value)


def test_min_int_needs_minus_flag():
    tok = tokenize("2147483648")[0]
    assert tok.value == ("int", 2147483648, True)
    tok = tokenize("9223372036854775808L")[0]
    assert tok.value == ("long", 2**63, True)
    assert tokenize("2147483647")[0].value[2] is False


@pytest.mark.parametrize(
    "text,message",
    [
        ("2147483649", "too large"),
        ("99999999999999999999", "too large"),
        ("9223372036854775809L", "too large"),
        ("0x100000000", "too large"),
        ("0x10000000000000000L", "too large"),
        ("08", "octal"),
        ("019", "octal"),
        ("1_", "malformed"),
        ("1__", "malformed"),
        ("0x", "malformed"),
        ("0x_1", "malformed"),
        ("0b", "malformed"),
        ("0b2", "malformed"),
        ("0b_1", "malformed"),
        ("123abc", "suffix"),
        ("1G", "suffix"),
        ("1i", "suffix"),
        ("1LL", "suffix"),
        ("0xFFG", "malformed"),
    ],
)
def test_bad_integers(text, message):
    err = lex_error("x + " + text)
    assert err.offset == 4
    assert message in err.message


# --- floating point --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("1.5", "double", 1.5),
        ("1.", "double", 1.0),
        (".5", "double", 0.5),
        ("0.0", "double", 0.0),
        ("1e3", "double", 1000.0),
        ("1E3", "double", 1000.0),
        ("1e+3", "double", 1000.0),
        ("1e-3", "double", 0.001),
        ("1.5e2", "double", 150.0),
        ("1.e2", "double", 100.0),
        (".5e1", "double", 5.0),
        ("1d", "double", 1.0),
        ("1D", "double", 1.0),
        ("1.5d", "double", 1.5),
        ("1_000.000_1", "double", 1000.0001),
        ("1e1_0", "double", 1e10),
        ("1f", "float", 1.0),
        ("1.5F", "float", 1.5),
        ("1.f", "float", 1.0),
        ("3.4028235e38f", "float", 3.4028234663852886e38),
        ("1.7976931348623157e308", "double", 1.7976931348623157e308),
        ("4.9e-324", "double", 5e-324),
        ("0x1.8p1", "double", 3.0),
        ("0x1p-2", "double", 0.25),
        ("0X.8P1", "double", 1.0),
        ("0x1.8p1f", "float", 3.0),
        ("0x1P0d", "double", 1.0),
        ("0e0", "double", 0.0),
        ("0.0f", "float", 0.0),
        ("00.5", "double", 0.5),
        ("09.5", "double", 9.5),
        ("09e1", "double", 90.0),
    ],
)
def test_java_floats(text, kind, value):
    assert lit(text) == (kind, value)


def test_float_is_rounded_to_single_precision():
    kind, value = lit("0.1f")
    assert kind == "float" and value != 0.1 and abs(value - 0.1) < 1e-8
    assert value == 0.10000000149011612


@pytest.mark.parametrize(
    "text,message",
    [
        ("1e", "malformed"),
        ("1e+", "malformed"),
        ("1_.5", "malformed"),
        ("1._5", "malformed"),
        ("1.5_", "malformed"),
        ("1e_3", "malformed"),
        ("1e400", "too large"),
        ("1e-400", "too small"),
        ("3.5e38f", "too large"),
        ("1e-50f", "too small"),
        ("1.5x", "suffix"),
        ("1.5L", "suffix"),
        ("0x1.8", "malformed"),
        ("0x1.8pf", "malformed"),
        ("0x.p1", "malformed"),
        ("1.5G", "suffix"),
    ],
)
def test_bad_floats(text, message):
    err = lex_error(text)
    assert err.offset == 0 and message in err.message


def test_float_dot_dot_in_java():
    # Java lexes '1..2' as '1.' '.2': two literals (the parser then refuses it).
    assert texts("1..2") == ["1.", ".2"]


# --- Groovy numbers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,kind,value",
    [
        ("1", "int", 1),
        ("2147483647", "int", 2147483647),
        ("2147483648", "long", 2147483648),
        ("9223372036854775807", "long", 2**63 - 1),
        ("9223372036854775808", "biginteger", 2**63),
        ("1G", "biginteger", 1),
        ("1g", "biginteger", 1),
        ("1i", "int", 1),
        ("1L", "long", 1),
        ("0x10", "int", 16),
        ("1.5", "bigdecimal", Decimal("1.5")),
        ("1.50", "bigdecimal", Decimal("1.50")),
        ("1e3", "bigdecimal", Decimal("1e3")),
        ("1.5G", "bigdecimal", Decimal("1.5")),
        ("1.5g", "bigdecimal", Decimal("1.5")),
        ("1.5d", "double", 1.5),
        ("1.5f", "float", 1.5),
        ("1d", "double", 1.0),
        ("1_000", "int", 1000),
    ],
)
def test_groovy_numbers(text, kind, value):
    assert lit(text, "groovy") == (kind, value)


def test_groovy_bigdecimal_keeps_scale():
    kind, value = lit("1.50", "groovy")
    assert str(value) == "1.50"


def test_groovy_number_then_method():
    assert texts("1.toString()", "groovy") == ["1", ".", "toString", "(", ")"]


def test_groovy_range():
    assert texts("1..5", "groovy") == ["1", "..", "5"]
    assert texts("1..<5", "groovy") == ["1", "..<", "5"]


def test_groovy_big_integer_too_large_for_i():
    assert "too large" in lex_error("2147483648i", "groovy").message


# --- JavaScript numbers -------------------------------------------------------------------------


def test_javascript_large_integers_do_not_overflow():
    assert lit("2147483648", "javascript") == ("int", 2147483648)
    assert lit("3000000000", "javascript") == ("long", 3000000000)
    assert lit("99999999999999999999", "javascript") == ("double", 1e20)


# --- chars -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ("'a'", "a"),
        ("' '", " "),
        ("'\"'", '"'),
        ("'\\n'", "\n"),
        ("'\\t'", "\t"),
        ("'\\b'", "\b"),
        ("'\\f'", "\f"),
        ("'\\r'", "\r"),
        ("'\\s'", " "),
        ("'\\''", "'"),
        ("'\\\"'", '"'),
        ("'\\\\'", "\\"),
        ("'\\0'", "\0"),
        ("'\\7'", "\7"),
        ("'\\77'", "?"),
        ("'\\101'", "A"),
        ("'\\377'", "\xff"),
        ("'\\u0041'", "A"),
        ("'\\uuu0041'", "A"),
        ("'\\u00e9'", "é"),
        ("'é'", "é"),
        ("'\\uFFFF'", "\uffff"),
        ("'\\uD800'", "\ud800"),
    ],
)
def test_chars(text, value):
    assert lit(text) == ("char", value)


@pytest.mark.parametrize(
    "text,message,offset",
    [
        ("''", "empty character literal", 0),
        ("'ab'", "unclosed character literal", 0),
        ("'a", "unterminated character literal", 0),
        ("'\\q'", "illegal escape character '\\q'", 1),
        ("'\\400'", "unclosed character literal", 0),
        ("'\n'", "unterminated", 0),
        ("'\\u004'", "illegal unicode escape", 1),
        ("'\\u000a'", "unterminated", 0),
        ("'\\u0027'", "empty character literal", 0),
    ],
)
def test_bad_chars(text, message, offset):
    err = lex_error(text)
    assert message in err.message and err.offset == offset


# --- strings ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,value",
    [
        ('""', ""),
        ('"abc"', "abc"),
        ('"a b"', "a b"),
        ('"\'"', "'"),
        ('"\\""', '"'),
        ('"\\\\"', "\\"),
        ('"a\\nb"', "a\nb"),
        ('"\\t\\b\\f\\r\\s"', "\t\b\f\r "),
        ('"\\0"', "\0"),
        ('"\\12"', "\n"),
        ('"\\1234"', "S4"),
        ('"\\477"', "'7"),
        ('"\\u0041\\u0042"', "AB"),
        ('"\\uE001\\uE002"', "\ue001\ue002"),
        ('"\\uD83D\\uDE00"', "\U0001f600"),
        ('"😀"', "\U0001f600"),
        ('"\\\\u0041"', "\\u0041"),
        ('"\\\\\\u0041"', "\\A"),
        ('"\\u005c\\u005c"', "\\"),
        ('"\\u005cn"', "\n"),
        ('"http://x.org/a"', "http://x.org/a"),
        ('"/* no comment */"', "/* no comment */"),
        ('"$F{x} ${y} $z"', "$F{x} ${y} $z"),
        ("\"<p style='a;b'>\"", "<p style='a;b'>"),
    ],
)
def test_java_strings(text, value):
    assert lit(text) == ("string", value)


def test_unicode_escape_outside_literal():
    # javac translates \\u escapes everywhere: \\u0041 is the identifier A.
    toks = tokenize("\\u0041 + b")
    assert toks[0].kind == "ident" and toks[0].text == "\\u0041" and toks[0].pos == 0
    assert toks[1].pos == 7 and toks[2].pos == 9


def test_unicode_escape_closing_quote():
    # "\\u0022" is '"' '"': an empty string then an unterminated one, as for javac.
    err = lex_error('"\\u0022"')
    assert "unterminated string" in err.message and err.offset == 7


def test_unicode_escape_offsets_in_errors():
    err = lex_error('"\\u0041" + "\\q"')
    assert err.offset == 12


@pytest.mark.parametrize(
    "text,message,offset",
    [
        ('"abc', "unterminated string literal", 0),
        ('x + "a\nb"', "unterminated string literal", 4),
        ('"\\x41"', "illegal escape character '\\x'", 1),
        ('"ab\\', "unterminated string literal", 0),
        ('"\\u12"', "illegal unicode escape", 1),
        ('"\\uZZZZ"', "illegal unicode escape", 1),
        ('"a" + "\\$"', "illegal escape character '\\$'", 7),
    ],
)
def test_bad_strings(text, message, offset):
    err = lex_error(text)
    assert message in err.message and err.offset == offset
    assert err.expression == text


def test_single_quoted_strings_in_groovy():
    assert lit("'abc'", "groovy") == ("string", "abc")
    assert lit("'a'", "groovy") == ("string", "a")
    assert lit("''", "groovy") == ("string", "")
    assert lit("'$x'", "groovy") == ("string", "$x")
    assert lit("'it\\'s'", "groovy") == ("string", "it's")


def test_single_quoted_strings_in_javascript():
    assert lit("'abc'", "javascript") == ("string", "abc")
    assert lit("'a'", "javascript") == ("string", "a")


def test_javascript_escapes():
    assert lit('"\\v\\0\\/\\q"', "javascript") == ("string", "\v\0/q")
    assert lit('"\\u0022"', "javascript") == ("string", '"')


def test_groovy_triple_quoted():
    assert lit("'''a\nb'''", "groovy") == ("string", "a\nb")
    assert lit('"""a\n"b"\n"""', "groovy") == ("string", 'a\n"b"\n')
    assert lit("'''it's'''", "groovy") == ("string", "it's")


def test_groovy_string_escapes():
    assert lit('"\\$x"', "groovy") == ("string", "$x")
    assert lit('"a\\tb"', "groovy") == ("string", "a\tb")
    assert lit('"""a\\\nb"""', "groovy") == ("string", "ab")


def test_groovy_gstring_parts():
    tok = tokenize('"a ${x + 1} b $name.first c"', "groovy")[0]
    assert tok.kind == "gstring"
    parts = tok.value
    assert parts[0] == "a "
    assert parts[1][0] == "expr" and [t.text for t in parts[1][1]] == ["x", "+", "1", ""]
    assert parts[2] == " b "
    assert parts[3] == ("path", (("name", 15), ("first", 20)))
    assert parts[4] == " c"


def test_groovy_gstring_nested_braces_and_strings():
    tok = tokenize('"${ [a: "}"].get("a") } ${ x ? "{" : \'}\' }"', "groovy")[0]
    assert tok.kind == "gstring"
    assert [p[0] if isinstance(p, tuple) else p for p in tok.value] == ["", "expr", " ", "expr", ""]


def test_groovy_gstring_nested_gstring():
    tok = tokenize('"a${"b${c}"}"', "groovy")[0]
    inner = tok.value[1][1][0]
    assert inner.kind == "gstring"


def test_groovy_gstring_reference_is_text():
    assert lit('"total $F{x}"', "groovy") == ("string", "total $F{x}")


def test_groovy_gstring_path_stops_at_non_identifier():
    tok = tokenize('"$a.b. $c.1"', "groovy")[0]
    assert tok.value[1] == ("path", (("a", 2), ("b", 4)))
    assert tok.value[2] == ". "
    assert tok.value[3] == ("path", (("c", 8),))
    assert tok.value[4] == ".1"


@pytest.mark.parametrize(
    "text,message,offset",
    [
        ('"a $ b"', "illegal character after '$'", 3),
        ('"a ${x"', "unterminated string", 6),
        ('"a ${x', "unterminated '${'", 3),
        ('"a ${ {x} ', "unterminated '${'", 3),
        ('"a ${}"', "empty '${}'", 3),
        ('"abc', "unterminated string", 0),
        ("'abc", "unterminated string", 0),
        ('"a\nb"', "unterminated string", 0),
        ("'''abc", "unterminated string", 0),
    ],
)
def test_bad_groovy_strings(text, message, offset):
    err = lex_error(text, "groovy")
    assert message in err.message and err.offset == offset


# --- comments and whitespace ----------------------------------------------------------------------------


def test_comments():
    assert texts("a /* x */ + // y\n b") == ["a", "+", "b"]
    assert texts("a /* multi\nline */ b") == ["a", "b"]
    assert texts("a // end") == ["a"]
    assert texts("/**/a") == ["a"]


def test_unterminated_comment():
    err = lex_error("a /* b")
    assert err.offset == 2 and "unterminated comment" in err.message


def test_whitespace_kinds():
    assert texts("a\t\r\n\f b\u00a0c") == ["a", "b", "c"]


def test_unexpected_character():
    err = lex_error("a # b")
    assert err.offset == 2 and "unexpected character '#'" in err.message
    assert lex_error("a \\ b").offset == 2
    assert lex_error("`x`").offset == 0


# --- operators -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("a>>>b", ["a", ">>>", "b"]),
        ("a>>b", ["a", ">>", "b"]),
        ("a>=b", ["a", ">=", "b"]),
        ("a>>=b", ["a", ">>=", "b"]),
        ("a>>>=b", ["a", ">>>=", "b"]),
        ("a<<b", ["a", "<<", "b"]),
        ("a<=b", ["a", "<=", "b"]),
        ("a<=>b", ["a", "<=>", "b"]),
        ("a==b", ["a", "==", "b"]),
        ("a===b", ["a", "===", "b"]),
        ("a!==b", ["a", "!==", "b"]),
        ("a==~b", ["a", "==~", "b"]),
        ("a=~b", ["a", "=~", "b"]),
        ("a!=b", ["a", "!=", "b"]),
        ("a&&b", ["a", "&&", "b"]),
        ("a||b", ["a", "||", "b"]),
        ("a&b|c^d", ["a", "&", "b", "|", "c", "^", "d"]),
        ("a?.b", ["a", "?.", "b"]),
        ("a?:b", ["a", "?:", "b"]),
        ("a**b", ["a", "**", "b"]),
        ("a->b", ["a", "->", "b"]),
        ("a::b", ["a", "::", "b"]),
        ("a..b", ["a", "..", "b"]),
        ("a++", ["a", "++"]),
        ("--a", ["--", "a"]),
        ("a+=b", ["a", "+=", "b"]),
        ("a=b", ["a", "=", "b"]),
        ("!~a", ["!", "~", "a"]),
        ("a?.5:1", ["a", "?", ".5", ":", "1"]),
        ("a?b:c", ["a", "?", "b", ":", "c"]),
        ("a[0]{}()", ["a", "[", "0", "]", "{", "}", "(", ")"]),
        ("a,b;c", ["a", ",", "b", ";", "c"]),
        ("a%b/c*d-e", ["a", "%", "b", "/", "c", "*", "d", "-", "e"]),
        ("2*.5", ["2", "*", ".5"]),
        ("List<List<String>>", ["List", "<", "List", "<", "String", ">>"]),
    ],
)
def test_operators(text, expected):
    assert texts(text) == expected


def test_operator_kinds_are_their_text():
    assert kinds("a >>> b") == ["ident", ">>>", "ident"]


def test_language_default_and_unknown():
    assert kinds("a") == ["ident"]
    assert kinds("'a'", "JAVA") == ["literal"]
    assert lit("'ab'", "Groovy") == ("string", "ab")


def test_nan_free_float_values():
    for text in ("1e308", "1.5", ".5e-10"):
        kind, value = lit(text)
        assert math.isfinite(value)
