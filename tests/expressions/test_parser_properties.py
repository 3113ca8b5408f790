"""Property tests of the parser: ``parse(unparse(t)) == t`` for random trees, and
literals written in random ways lex back to their values."""

from __future__ import annotations

import math
import struct
from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jrxmlpy.expressions import ast
from jrxmlpy.expressions.lexer import GROOVY_KEYWORDS, tokenize
from jrxmlpy.expressions.parser import parse
from jrxmlpy.expressions.unparse import unparse

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_RESERVED = GROOVY_KEYWORDS | {"true", "false", "null"}
identifiers = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,6}", fullmatch=True).filter(
    lambda s: s not in _RESERVED
)
unicode_identifiers = st.sampled_from(["café", "Ωmega", "变量", "$x", "a$b", "_"])
names = st.one_of(identifiers, unicode_identifiers)
texts = st.text(max_size=12)  # hypothesis excludes surrogates
ref_names = st.text(max_size=10).filter(lambda s: "}" not in s)

PRIMITIVES = ["boolean", "byte", "char", "short", "int", "long", "float", "double"]


def qualified() -> st.SearchStrategy[str]:
    return st.lists(identifiers, min_size=1, max_size=3).map(".".join)


@st.composite
def reference_types(draw, depth: int = 2, allow_wildcard: bool = False) -> ast.TypeRef:
    if allow_wildcard and draw(st.integers(0, 5)) == 0:
        kind = draw(st.sampled_from(["?", "? extends", "? super"]))
        if kind == "?":
            return ast.TypeRef("?")
        return ast.TypeRef(kind, 0, (draw(reference_types(depth=depth - 1)),))
    name = draw(qualified())
    args: tuple[ast.TypeRef, ...] = ()
    if depth > 0 and draw(st.booleans()):
        args = tuple(
            draw(st.lists(reference_types(depth=depth - 1, allow_wildcard=True), min_size=1, max_size=2))
        )
    dims = draw(st.integers(0, 2))
    return ast.TypeRef(name, dims, args)


@st.composite
def any_types(draw) -> ast.TypeRef:
    if draw(st.booleans()):
        return ast.TypeRef(draw(st.sampled_from(PRIMITIVES)), draw(st.integers(0, 2)))
    return draw(reference_types())


def float32s() -> st.SearchStrategy[float]:
    return st.floats(min_value=0.0, allow_nan=False, allow_infinity=False, width=32).filter(
        lambda v: not math.copysign(1.0, v) < 0
    )


def doubles() -> st.SearchStrategy[float]:
    return st.floats(min_value=0.0, allow_nan=False, allow_infinity=False).filter(
        lambda v: not math.copysign(1.0, v) < 0
    )


def literals(language: str) -> st.SearchStrategy[ast.Literal]:
    common = [
        st.builds(lambda v: ast.Literal("string", v), texts),
        st.builds(lambda v: ast.Literal("boolean", v), st.booleans()),
        st.just(ast.Literal("null", None)),
        st.builds(lambda v: ast.Literal("double", v), doubles()),
        st.builds(lambda v: ast.Literal("float", v), float32s()),
    ]
    if language == "groovy":
        common += [
            st.builds(lambda v: ast.Literal("int", v), st.integers(0, 2**31 - 1)),
            st.builds(lambda v: ast.Literal("long", v), st.integers(0, 2**63 - 1)),
            st.builds(lambda v: ast.Literal("biginteger", v), st.integers(0, 2**80)),
            st.builds(
                lambda v: ast.Literal("bigdecimal", v),
                st.decimals(min_value=0, allow_nan=False, allow_infinity=False, places=None).filter(
                    lambda d: not d.is_signed()
                ),
            ),
        ]
    else:
        common += [
            st.builds(lambda v: ast.Literal("int", v), st.integers(-(2**31), 2**31 - 1)),
            st.builds(lambda v: ast.Literal("long", v), st.integers(-(2**63), 2**63 - 1)),
        ]
    if language == "java":
        common.append(st.builds(lambda v: ast.Literal("char", v), st.characters(exclude_categories=("Cs",))))
    return st.one_of(common)


def leaves(language: str) -> st.SearchStrategy[ast.Node]:
    java_only = [
        st.just(ast.Unary("-", ast.Literal("int", 2**31))),
        st.just(ast.Unary("-", ast.Literal("long", 2**63))),
    ]
    return st.one_of(
        *(java_only if language == "java" else []),
        literals(language),
        st.builds(ast.Ref, st.sampled_from(["F", "P", "V", "R", "P!"]), ref_names),
        st.builds(ast.Name, names),
        st.builds(lambda n: ast.Name(n), st.sampled_from(["this", "super"])),
        st.builds(lambda t: ast.ClassLiteral(t), st.builds(ast.TypeRef, qualified(), st.integers(0, 2))),
        st.builds(
            lambda t, d: ast.ClassLiteral(ast.TypeRef(t, d)), st.sampled_from(PRIMITIVES), st.integers(0, 2)
        ),
        st.just(ast.ClassLiteral(ast.TypeRef("void"))),
    )


BINARY_JAVA = "|| && | ^ & == != < > <= >= << >> >>> + - * / %".split()
BINARY_GROOVY = BINARY_JAVA + ["<=>", "**", "=~", "==~", "in", "===", "!=="]
BINARY_JS = BINARY_JAVA + ["===", "!=="]


def trees(language: str) -> st.SearchStrategy[ast.Node]:
    binary_ops = {"java": BINARY_JAVA, "groovy": BINARY_GROOVY, "javascript": BINARY_JS}[language]

    def extend(children: st.SearchStrategy[ast.Node]) -> st.SearchStrategy[ast.Node]:
        args = st.lists(children, max_size=3).map(tuple)
        options = [
            st.builds(ast.Binary, st.sampled_from(binary_ops), children, children),
            st.builds(ast.Unary, st.sampled_from(["-", "+", "!", "~"]), children),
            st.builds(ast.Conditional, children, children, children),
            st.builds(ast.FieldAccess, children, identifiers),
            st.builds(ast.MethodCall, st.one_of(st.none(), children), identifiers, args),
            st.builds(ast.Index, children, children),
            st.builds(ast.Cast, any_types(), children),
            st.builds(ast.InstanceOf, children, any_types()),
            st.builds(
                lambda n, targs, a: ast.New(ast.TypeRef(n, 0, targs), a),
                qualified(),
                st.lists(reference_types(depth=1, allow_wildcard=True), max_size=2).map(tuple),
                args,
            ),
            new_arrays(children),
        ]
        if language == "groovy":
            options += [
                st.builds(ast.Elvis, children, children),
                st.builds(ast.FieldAccess, children, identifiers, st.just(True)),
                st.builds(ast.MethodCall, children, identifiers, args, st.just(True)),
                st.builds(lambda t, x: ast.Cast(t, x, groovy_as=True), any_types(), children),
                st.builds(ast.ListLiteral, args),
                st.builds(
                    ast.MapLiteral, st.lists(st.tuples(map_keys(children), children), max_size=3).map(tuple)
                ),
                gstrings(children),
            ]
        if language == "javascript":
            options.append(st.builds(ast.ListLiteral, args))
        return st.one_of(options)

    return st.recursive(leaves(language), extend, max_leaves=12)


def map_keys(children: st.SearchStrategy[ast.Node]) -> st.SearchStrategy[ast.Node]:
    return st.one_of(
        st.builds(lambda v: ast.Literal("string", v), texts),
        st.builds(lambda v: ast.Literal("int", v), st.integers(0, 1000)),
        children.filter(lambda n: not isinstance(n, ast.Literal)),
    )


@st.composite
def gstrings(draw, children) -> ast.GString:
    nodes = draw(st.lists(children, min_size=1, max_size=3))
    parts: list[object] = [draw(texts)]
    for node in nodes:
        parts += [node, draw(texts)]
    return ast.GString(tuple(parts))  # type: ignore[arg-type]


@st.composite
def array_inits(draw, children, depth: int) -> ast.ArrayInit:
    if depth > 1:
        elements = draw(st.lists(array_inits(children, depth - 1), max_size=2))
    else:
        elements = draw(st.lists(children, max_size=3))
    return ast.ArrayInit(tuple(elements))


@st.composite
def new_arrays(draw, children) -> ast.NewArray:
    dims = draw(st.integers(1, 3))
    if draw(st.booleans()):
        name = draw(st.sampled_from(PRIMITIVES))
    else:
        name = draw(qualified())
    typ = ast.TypeRef(name, dims)
    if draw(st.booleans()):
        sizes = tuple(draw(st.lists(children, min_size=1, max_size=dims)))
        return ast.NewArray(typ, sizes, None)
    return ast.NewArray(typ, (), draw(array_inits(children, dims)))


@SETTINGS
@given(trees("java"))
def test_roundtrip_java(tree):
    text = unparse(tree)
    assert parse(text) == tree, text


@SETTINGS
@given(trees("groovy"))
def test_roundtrip_groovy(tree):
    text = unparse(tree, "groovy")
    assert parse(text, language="groovy") == tree, text


@SETTINGS
@given(trees("javascript"))
def test_roundtrip_javascript(tree):
    text = unparse(tree, "javascript")
    assert parse(text, language="javascript") == tree, text


@SETTINGS
@given(trees("java"))
def test_roundtrip_is_stable(tree):
    text = unparse(tree)
    assert unparse(parse(text)) == text


# --- literals written in random ways -----------------------------------------------------------------


def lexed(text: str, language: str = "java") -> tuple[str, object]:
    toks = tokenize(text, language)
    assert len(toks) == 2 and toks[0].kind == "literal", (text, toks)
    return toks[0].value[0], toks[0].value[1]


def underscored(digits: str, draw) -> str:
    """Insert underscores between digits at random places."""
    out = [digits[0]]
    for c in digits[1:]:
        out.append("_" * draw(st.integers(0, 2)) if draw(st.integers(0, 4)) == 0 else "")
        out.append(c)
    return "".join(out)


@st.composite
def int_spellings(draw) -> tuple[str, int, bool]:
    """(text, expected Java value, is_long)."""
    is_long = draw(st.booleans())
    bits = 64 if is_long else 32
    unsigned = draw(st.integers(0, 2**bits - 1))
    radix = draw(st.sampled_from([10, 16, 8, 2]))
    signed = unsigned - 2**bits if unsigned >= 2 ** (bits - 1) else unsigned
    if radix == 10:
        value = draw(st.integers(0, 2 ** (bits - 1) - 1))
        text, expected = underscored(str(value), draw), value
    elif radix == 16:
        text, expected = draw(st.sampled_from(["0x", "0X"])) + underscored(f"{unsigned:x}", draw), signed
        if draw(st.booleans()):
            text = text.upper().replace("0X", "0x")
    elif radix == 8:
        text, expected = "0" + underscored(f"{unsigned:o}", draw), signed
    else:
        text, expected = draw(st.sampled_from(["0b", "0B"])) + underscored(f"{unsigned:b}", draw), signed
    if is_long:
        text += draw(st.sampled_from(["L", "l"]))
    return text, expected, is_long


@settings(max_examples=500, deadline=None)
@given(int_spellings())
def test_integer_spellings(case):
    text, expected, is_long = case
    assert lexed(text) == ("long" if is_long else "int", expected)


@settings(max_examples=500, deadline=None)
@given(doubles(), st.sampled_from(["repr", "exp", "hex", "suffix"]))
def test_double_spellings(value, style):
    if style == "repr":
        text = repr(value)
    elif style == "exp":
        text = f"{value:.17e}"
    elif style == "hex":
        text = value.hex()
    else:
        text = repr(value) + "d"
    assume("inf" not in text)
    assert lexed(text) == ("double", value)


@settings(max_examples=300, deadline=None)
@given(float32s())
def test_float_spellings(value):
    assert lexed(repr(value) + "f") == ("float", value)
    assert lexed(value.hex() + "F") == ("float", value)
    # rounding: the lexed value is the nearest float32
    assert struct.unpack("<f", struct.pack("<f", value))[0] == value


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=0, allow_nan=False, allow_infinity=False).filter(lambda d: not d.is_signed()))
def test_groovy_bigdecimal_spellings(value):
    text = str(value)
    if "." not in text and "E" not in text:
        text += ".0"
    kind, lexed_value = lexed(text, "groovy")
    assert kind == "bigdecimal" and lexed_value == value
    assert isinstance(lexed_value, Decimal)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=20))
def test_string_spellings(value):
    assert lexed(unparse(ast.Literal("string", value))) == ("string", value)
    assert lexed(unparse(ast.Literal("string", value), "groovy"), "groovy") == ("string", value)
    assert lexed(unparse(ast.Literal("string", value), "javascript"), "javascript") == ("string", value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=10))
def test_string_unicode_escapes(value):
    # Every character written as \\uXXXX (UTF-16 code units, pairs for astral characters).
    units = value.encode("utf-16-be")
    escaped = "".join(f"\\u{units[i] << 8 | units[i + 1]:04x}" for i in range(0, len(units), 2))
    if "\\u000a" in escaped or "\\u000d" in escaped or "\\u0022" in escaped or "\\u005c" in escaped:
        return  # javac translates these before lexing: a line end, a quote, a backslash
    assert lexed('"' + escaped + '"') == ("string", value)
    assert lexed('"' + escaped + '"', "javascript") == ("string", value)


@settings(max_examples=300, deadline=None)
@given(st.characters(exclude_categories=("Cs",), max_codepoint=0xFFFF))
def test_char_spellings(ch):
    assert lexed(unparse(ast.Literal("char", ch))) == ("char", ch)
    if ch not in "\n\r'\\":
        assert lexed(f"'\\u{ord(ch):04x}'") == ("char", ch)
    if ord(ch) <= 0o377:
        assert lexed(f"'\\{ord(ch):o}'") == ("char", ch)
