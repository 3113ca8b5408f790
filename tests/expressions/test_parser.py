"""Tests of the expression parser: precedence, associativity, casts, names, literals,
Groovy and JavaScript constructs, refused constructs and error offsets.

Trees are compared through a compact s-expression rendering (``sx``)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from jrxmlpy.errors import ExpressionSyntaxError, UnsupportedFeatureError
from jrxmlpy.expressions import ast
from jrxmlpy.expressions.parser import parse, parse_type


def sx_type(t: ast.TypeRef) -> str:
    out = t.name
    if t.args:
        out += "<" + ",".join(sx_type(a) for a in t.args) + ">"
    return out + "[]" * t.dims


def sx(node: object) -> str:
    """A compact rendering: ``(+ a (* b c))``, ``(call m a x)``, ``"str"``, ``L:1``..."""
    if isinstance(node, ast.Literal):
        if node.kind == "int":
            return str(node.value)
        if node.kind == "string":
            return '"' + str(node.value) + '"'
        if node.kind == "char":
            return "'" + str(node.value) + "'"
        if node.kind in ("boolean", "null"):
            return {True: "true", False: "false", None: "null"}[node.value]  # type: ignore[index]
        return f"{node.kind}:{node.value}"
    if isinstance(node, ast.Ref):
        return f"${node.kind}{{{node.name}}}"
    if isinstance(node, ast.Name):
        return node.name
    if isinstance(node, ast.FieldAccess):
        return f"({'?.' if node.safe else '.'} {sx(node.target)} {node.name})"
    if isinstance(node, ast.MethodCall):
        target = "-" if node.target is None else sx(node.target)
        head = "?call" if node.safe else "call"
        return f"({head} {node.name} {target}" + "".join(" " + sx(a) for a in node.args) + ")"
    if isinstance(node, ast.New):
        return f"(new {sx_type(node.type)}" + "".join(" " + sx(a) for a in node.args) + ")"
    if isinstance(node, ast.NewArray):
        out = f"(newarray {sx_type(node.type)}"
        out += "".join(" " + sx(s) for s in node.sizes)
        if node.init is not None:
            out += " " + sx(node.init)
        return out + ")"
    if isinstance(node, ast.ArrayInit):
        return "{" + " ".join(sx(e) for e in node.elements) + "}"
    if isinstance(node, ast.Index):
        return f"([] {sx(node.target)} {sx(node.index)})"
    if isinstance(node, ast.Unary):
        return f"(u{node.op} {sx(node.operand)})"
    if isinstance(node, ast.Binary):
        return f"({node.op} {sx(node.left)} {sx(node.right)})"
    if isinstance(node, ast.Conditional):
        return f"(if {sx(node.cond)} {sx(node.then)} {sx(node.otherwise)})"
    if isinstance(node, ast.Elvis):
        return f"(elvis {sx(node.left)} {sx(node.right)})"
    if isinstance(node, ast.Cast):
        return f"({'as' if node.groovy_as else 'cast'} {sx_type(node.type)} {sx(node.operand)})"
    if isinstance(node, ast.InstanceOf):
        return f"(instanceof {sx(node.operand)} {sx_type(node.type)})"
    if isinstance(node, ast.ClassLiteral):
        return f"(class {sx_type(node.type)})"
    if isinstance(node, ast.ListLiteral):
        return "(list" + "".join(" " + sx(e) for e in node.elements) + ")"
    if isinstance(node, ast.MapLiteral):
        return "(map" + "".join(f" ({sx(k)} {sx(v)})" for k, v in node.entries) + ")"
    if isinstance(node, ast.GString):
        return (
            "(gstring" + "".join(" " + (repr(p) if isinstance(p, str) else sx(p)) for p in node.parts) + ")"
        )
    raise TypeError(node)


def p(text: str, language: str = "java") -> str:
    return sx(parse(text, language=language))


def g(text: str) -> str:
    return p(text, "groovy")


def err(text: str, language: str = "java") -> ExpressionSyntaxError:
    with pytest.raises(ExpressionSyntaxError) as info:
        parse(text, language=language)
    assert info.value.expression == text
    return info.value


# --- precedence and associativity ---------------------------------------------------------------

PRECEDENCE = [
    ("a", "a"),
    ("a + b", "(+ a b)"),
    ("a + b + c", "(+ (+ a b) c)"),
    ("a - b - c", "(- (- a b) c)"),
    ("a - b + c", "(+ (- a b) c)"),
    ("a + b * c", "(+ a (* b c))"),
    ("a * b + c", "(+ (* a b) c)"),
    ("a * b / c % d", "(% (/ (* a b) c) d)"),
    ("(a + b) * c", "(* (+ a b) c)"),
    ("a * (b + c)", "(* a (+ b c))"),
    ("((a))", "a"),
    ("a << b + c", "(<< a (+ b c))"),
    ("a + b << c", "(<< (+ a b) c)"),
    ("a >> b >>> c << d", "(<< (>>> (>> a b) c) d)"),
    ("a < b << c", "(< a (<< b c))"),
    ("a < b == c > d", "(== (< a b) (> c d))"),
    ("a <= b != c >= d", "(!= (<= a b) (>= c d))"),
    ("a < b < c", "(< (< a b) c)"),
    ("a == b == c", "(== (== a b) c)"),
    ("a == b & c", "(& (== a b) c)"),
    ("a & b == c", "(& a (== b c))"),
    ("a & b ^ c", "(^ (& a b) c)"),
    ("a ^ b & c", "(^ a (& b c))"),
    ("a ^ b | c", "(| (^ a b) c)"),
    ("a | b ^ c", "(| a (^ b c))"),
    ("a | b && c", "(&& (| a b) c)"),
    ("a && b | c", "(&& a (| b c))"),
    ("a && b || c", "(|| (&& a b) c)"),
    ("a || b && c", "(|| a (&& b c))"),
    ("a || b || c", "(|| (|| a b) c)"),
    ("a && b && c", "(&& (&& a b) c)"),
    ("a | b | c", "(| (| a b) c)"),
    ("a ? b : c", "(if a b c)"),
    ("a || b ? c : d", "(if (|| a b) c d)"),
    ("a ? b : c ? d : e", "(if a b (if c d e))"),
    ("a ? b ? c : d : e", "(if a (if b c d) e)"),
    ("a ? b || c : d && e", "(if a (|| b c) (&& d e))"),
    ("(a ? b : c) + d", "(+ (if a b c) d)"),
    ("a ? b : c + d", "(if a b (+ c d))"),
    ("-a", "(u- a)"),
    ("+a", "(u+ a)"),
    ("!a", "(u! a)"),
    ("~a", "(u~ a)"),
    ("- -a", "(u- (u- a))"),
    ("-(-a)", "(u- (u- a))"),
    ("!!a", "(u! (u! a))"),
    ("!-a", "(u! (u- a))"),
    ("-!a", "(u- (u! a))"),
    ("~-a", "(u~ (u- a))"),
    ("-a * b", "(* (u- a) b)"),
    ("a * -b", "(* a (u- b))"),
    ("a - -b", "(- a (u- b))"),
    ("a + +b", "(+ a (u+ b))"),
    ("!a && !b", "(&& (u! a) (u! b))"),
    ("!a.b()", "(u! (call b a))"),
    ("-a[0]", "(u- ([] a 0))"),
    ("a instanceof B", "(instanceof a B)"),
    ("a instanceof B && c", "(&& (instanceof a B) c)"),
    ("a + b instanceof String", "(instanceof (+ a b) String)"),
    ("a instanceof B == c", "(== (instanceof a B) c)"),
    ("a instanceof java.util.List", "(instanceof a java.util.List)"),
    ("a instanceof List<?>", "(instanceof a List<?>)"),
    ("a instanceof String[]", "(instanceof a String[])"),
    ("a instanceof int[][]", "(instanceof a int[][])"),
    ("1 + 2 * 3 - 4 / 5 % 6", "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))"),
    ('a == null ? "" : a', '(if (== a null) "" a)'),
    ("x != null && x.length() > 0", "(&& (!= x null) (> (call length x) 0))"),
    ("a > b ? a : b", "(if (> a b) a b)"),
    ("a >= b", "(>= a b)"),
    ("a>>>=1 == 1", None),
]


@pytest.mark.parametrize("text,expected", [c for c in PRECEDENCE if c[1] is not None])
def test_precedence(text, expected):
    assert p(text) == expected


@pytest.mark.parametrize("text,expected", PRECEDENCE[:-1])
def test_precedence_javascript_same(text, expected):
    assert p(text, "javascript") == expected


@pytest.mark.parametrize("text,expected", [c for c in PRECEDENCE if c[1] is not None])
def test_precedence_groovy_same(text, expected):
    assert g(text) == expected


def test_assignment_compound_refused():
    assert "assignment" in err("a>>>=1 == 1").message


# --- casts versus parenthesised expressions -------------------------------------------------------

CASTS = [
    ("(String) $F{x}", "(cast String $F{x})"),
    ("(String)$F{x}", "(cast String $F{x})"),
    ("(java.lang.String) $F{x}", "(cast java.lang.String $F{x})"),
    ("(a) + b", "(+ a b)"),
    ("(a) - b", "(- a b)"),
    ("(a)", "a"),
    ("(a) * b", "(* a b)"),
    ("(int) -1", "(cast int (u- 1))"),
    ("(int) +x", "(cast int (u+ x))"),
    ("(int) x", "(cast int x)"),
    ("(double) a / b", "(/ (cast double a) b)"),
    ("(double) (a / b)", "(cast double (/ a b))"),
    ("(Integer) -1", "(- Integer 1)"),
    ("(Integer) +x", "(+ Integer x)"),
    ("(Integer) (-1)", "(cast Integer (u- 1))"),
    ("(Integer) !x", "(cast Integer (u! x))"),
    ("(Integer) ~x", "(cast Integer (u~ x))"),
    ("(String) x.y()", "(cast String (call y x))"),
    ("((String) x).y()", "(call y (cast String x))"),
    ('(String) "a"', '(cast String "a")'),
    ("(Object) 1", "(cast Object 1)"),
    ("(Object) 'c'", "(cast Object 'c')"),
    ("(Object) true", "(cast Object true)"),
    ("(Object) null", "(cast Object null)"),
    ("(Object) new Foo()", "(cast Object (new Foo))"),
    ("(Object) this", "(cast Object this)"),
    ("(Object) int.class", "(cast Object (class int))"),
    ("(Object) (x)", "(cast Object x)"),
    ("(a)(b)", "(cast a b)"),
    ("(String[]) x", "(cast String[] x)"),
    ("(int[]) x", "(cast int[] x)"),
    ("(List<String>) x", "(cast List<String> x)"),
    ("(List<Map<String,Object>>) x", "(cast List<Map<String,Object>> x)"),
    ("(List<Map<String, List<Integer>>>) x", "(cast List<Map<String,List<Integer>>> x)"),
    ("(Map<String, ? extends Number>) x", "(cast Map<String,? extends<Number>> x)"),
    ("(Map<?, ? super Integer>) x", "(cast Map<?,? super<Integer>> x)"),
    ("(Map.Entry<String, Object>) x", "(cast Map.Entry<String,Object> x)"),
    ("(List<String>[]) x", "(cast List<String>[] x)"),
    ("(a < b)", "(< a b)"),
    ("(a < b) == c", "(== (< a b) c)"),
    ("(a < b) ? c : d", "(if (< a b) c d)"),
    ("(a > b)", "(> a b)"),
    ("(a.b) + c", "(+ (. a b) c)"),
    ("(a.b) c", "(cast a.b c)"),
    ("(a[0]) + 1", "(+ ([] a 0) 1)"),
    ("(a) [0]", "([] a 0)"),
    ("(a).b", "(. a b)"),
    ("(String) (Object) x", "(cast String (cast Object x))"),
    ("(int) (long) -1", "(cast int (cast long (u- 1)))"),
    ("(int) 1.5 + 2", "(+ (cast int double:1.5) 2)"),
    ("(Number) $F{a} instanceof Integer", "(instanceof (cast Number $F{a}) Integer)"),
    ("(boolean) !x", "(cast boolean (u! x))"),
    ("(char) 65", "(cast char 65)"),
    ("(java.math.BigDecimal) $V{total}", "(cast java.math.BigDecimal $V{total})"),
]


@pytest.mark.parametrize("text,expected", CASTS)
def test_casts(text, expected):
    assert p(text) == expected


def test_groovy_casts_too():
    assert g("(String) $F{x}") == "(cast String $F{x})"
    assert g("(int) -1") == "(cast int (u- 1))"


# --- names, fields, calls ------------------------------------------------------------------------

POSTFIX = [
    ("java.lang.Boolean.TRUE", "(. (. (. java lang) Boolean) TRUE)"),
    ("Boolean.TRUE", "(. Boolean TRUE)"),
    ("a.b.c", "(. (. a b) c)"),
    ("a.b()", "(call b a)"),
    ("a.b(c, d)", "(call b a c d)"),
    ("a.b().c()", "(call c (call b a))"),
    ("a.b().c", "(. (call b a) c)"),
    ("a.b(c).d(e).f", "(. (call d (call b a c) e) f)"),
    ("$F{x}.toString()", "(call toString $F{x})"),
    ("$F{x}.substring(0, 3).toUpperCase()", "(call toUpperCase (call substring $F{x} 0 3))"),
    ('"abc".length()', '(call length "abc")'),
    ("'a'.hashCode()", "(call hashCode 'a')"),
    ('msg("a {0}", $V{x})', '(call msg - "a {0}" $V{x})'),
    ('DATEFORMAT($F{d}, "yyyy")', '(call DATEFORMAT - $F{d} "yyyy")'),
    ("IF(a, b, c)", "(call IF - a b c)"),
    ("NOW()", "(call NOW -)"),
    ('str("key")', '(call str - "key")'),
    ("f(g(h(1)))", "(call f - (call g - (call h - 1)))"),
    ("f((a), (b))", "(call f - a b)"),
    ("f(a ? b : c, d)", "(call f - (if a b c) d)"),
    ("a[0]", "([] a 0)"),
    ("a[0][1]", "([] ([] a 0) 1)"),
    ("a[i + 1]", "([] a (+ i 1))"),
    ("a.b[0].c", "(. ([] (. a b) 0) c)"),
    ("a()[0]", "([] (call a -) 0)"),
    ("String.class", "(class String)"),
    ("java.lang.String.class", "(class java.lang.String)"),
    ("String[].class", "(class String[])"),
    ("java.lang.String[][].class", "(class java.lang.String[][])"),
    ("int.class", "(class int)"),
    ("int[].class", "(class int[])"),
    ("void.class", "(class void)"),
    ("String.class.getName()", "(call getName (class String))"),
    ("this", "this"),
    ("this.x", "(. this x)"),
    ("super.toString()", "(call toString super)"),
    ("String.valueOf(1)", "(call valueOf String 1)"),
    (
        "java.text.NumberFormat.getInstance($P{REPORT_LOCALE}).format($F{n})",
        "(call format (call getInstance (. (. java text) NumberFormat) $P{REPORT_LOCALE}) $F{n})",
    ),
    ("a .b", "(. a b)"),
    ("a\n.b\n(\n)", "(call b a)"),
    ("a /* c */ . /* d */ b", "(. a b)"),
    ("$P{REPORT_SCRIPTLET}.x()", "(call x $P{REPORT_SCRIPTLET})"),
    ("System.in", "(. System in)"),
    ("x.as", "(. x as)"),
]


@pytest.mark.parametrize("text,expected", POSTFIX)
def test_postfix(text, expected):
    assert p(text) == expected


# --- new ------------------------------------------------------------------------------------------

NEW = [
    ("new Foo()", "(new Foo)"),
    ('new java.math.BigDecimal("1.5")', '(new java.math.BigDecimal "1.5")'),
    ("new java.util.Date()", "(new java.util.Date)"),
    ("new Foo(a, b)", "(new Foo a b)"),
    ("new Foo().bar()", "(call bar (new Foo))"),
    ("new Foo().x", "(. (new Foo) x)"),
    ("new ArrayList<String>()", "(new ArrayList<String>)"),
    ("new ArrayList<>()", "(new ArrayList)"),
    ("new HashMap<String, List<Integer>>()", "(new HashMap<String,List<Integer>>)"),
    ("new HashMap<String, Map<String, List<Integer>>>()", "(new HashMap<String,Map<String,List<Integer>>>)"),
    ("new java.util.ArrayList<java.lang.String>(10)", "(new java.util.ArrayList<java.lang.String> 10)"),
    ('new String[]{"a"}', '(newarray String[] {"a"})'),
    ('new String[] {"a", "b"}', '(newarray String[] {"a" "b"})'),
    ('new String[]{"a",}', '(newarray String[] {"a"})'),
    ("new String[]{}", "(newarray String[] {})"),
    ("new int[3]", "(newarray int[] 3)"),
    ("new int[n + 1]", "(newarray int[] (+ n 1))"),
    ("new int[3][4]", "(newarray int[][] 3 4)"),
    ("new int[3][]", "(newarray int[][] 3)"),
    ("new int[][]{{1}, {2, 3}}", "(newarray int[][] {{1} {2 3}})"),
    ("new Object[]{a, new int[]{1}}", "(newarray Object[] {a (newarray int[] {1})})"),
    ("new java.lang.Object[] {$F{a}}", "(newarray java.lang.Object[] {$F{a}})"),
    ("new Object[]{1}.length", "(. (newarray Object[] {1}) length)"),
    ("new Object[]{1}[0]", "([] (newarray Object[] {1}) 0)"),
    ("(new Date()).getTime()", "(call getTime (new Date))"),
    ("new Foo.Bar()", "(new Foo.Bar)"),
    ("new Outer<String>.Inner()", "(new Outer.Inner)"),
]


@pytest.mark.parametrize("text,expected", NEW)
def test_new(text, expected):
    assert p(text) == expected


def test_new_array_dims_total():
    node = parse("new int[3][][]")
    assert isinstance(node, ast.NewArray) and node.type.dims == 3 and len(node.sizes) == 1


# --- references and literals ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,node",
    [
        ("$F{Order ID}", ast.Ref("F", "Order ID")),
        ("$R{report.title}", ast.Ref("R", "report.title")),
        ("$P!{clause}", ast.Ref("P!", "clause")),
        ("$V{a-b}", ast.Ref("V", "a-b")),
        ("$F{ x }", ast.Ref("F", " x ")),
        ("1", ast.Literal("int", 1)),
        ("1L", ast.Literal("long", 1)),
        ("0x10", ast.Literal("int", 16)),
        ("0xFFFFFFFF", ast.Literal("int", -1)),
        ("1.5", ast.Literal("double", 1.5)),
        ("1.5f", ast.Literal("float", 1.5)),
        ("'a'", ast.Literal("char", "a")),
        ("'\\n'", ast.Literal("char", "\n")),
        ("'\\u0041'", ast.Literal("char", "A")),
        ("'\\''", ast.Literal("char", "'")),
        ('"a\\tb"', ast.Literal("string", "a\tb")),
        ('"\\uE001"', ast.Literal("string", "\ue001")),
        ("true", ast.Literal("boolean", True)),
        ("false", ast.Literal("boolean", False)),
        ("null", ast.Literal("null", None)),
        ("-1", ast.Unary("-", ast.Literal("int", 1))),
        ("-2147483648", ast.Unary("-", ast.Literal("int", 2147483648))),
        ("-9223372036854775808L", ast.Unary("-", ast.Literal("long", 2**63))),
        ("- 2147483648", ast.Unary("-", ast.Literal("int", 2147483648))),
        (
            "-2147483648 * 2",
            ast.Binary("*", ast.Unary("-", ast.Literal("int", 2147483648)), ast.Literal("int", 2)),
        ),
        ("(Foo) null", ast.Cast(ast.TypeRef("Foo"), ast.Literal("null", None))),
    ],
)
def test_nodes(text, node):
    assert parse(text) == node


def test_literal_value_types():
    node = parse("1L")
    assert type(node.value) is int  # type: ignore[union-attr]
    node = parse("1.5f")
    assert type(node.value) is float  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text", ["2147483648", "-(2147483648)", "1 - 2147483648", "+2147483648", "9223372036854775808L"]
)
def test_min_value_literal_only_after_minus(text):
    assert "too large" in err(text).message


# --- positions ---------------------------------------------------------------------------------------


def test_positions():
    node = parse("  a + $F{b}.c(1)")
    assert isinstance(node, ast.Binary)
    assert node.pos == 2 and node.left.pos == 2
    call = node.right
    assert isinstance(call, ast.MethodCall) and call.pos == 6
    assert call.target.pos == 6 and call.args[0].pos == 14


def test_positions_unary_cast_new():
    node = parse("(int) -x")
    assert node.pos == 0 and node.type.pos == 1 and node.operand.pos == 6  # type: ignore[union-attr]
    node = parse("x ? new Foo() : 'c'")
    assert node.then.pos == 4 and node.otherwise.pos == 16  # type: ignore[union-attr]
    node = parse("!a")
    assert node.pos == 0 and node.operand.pos == 1  # type: ignore[union-attr]


def test_positions_ignored_by_equality():
    assert parse("a+b") == parse("  a  +  b")


def test_parse_is_cached_and_immutable():
    assert parse("a + b") is parse("a + b")
    with pytest.raises(dataclasses.FrozenInstanceError):
        parse("a").name = "b"  # type: ignore[union-attr,misc]


# --- Groovy -----------------------------------------------------------------------------------------

GROOVY = [
    ("a ?: b", "(elvis a b)"),
    ("a ?: b ?: c", "(elvis a (elvis b c))"),
    ("a || b ?: c", "(elvis (|| a b) c)"),
    ("a ? b : c ?: d", "(if a b (elvis c d))"),
    ("a?.b", "(?. a b)"),
    ("a?.b()", "(?call b a)"),
    ("a?.b?.c", "(?. (?. a b) c)"),
    ("$F{x}?.trim()?.length()", "(?call length (?call trim $F{x}))"),
    ("a ? .5 : 1", "(if a bigdecimal:0.5 1)"),
    ("a <=> b", "(<=> a b)"),
    ("a <=> b == 0", "(== (<=> a b) 0)"),
    ("a < b <=> c", "(<=> (< a b) c)"),
    ("a === b", "(=== a b)"),
    ("a !== b", "(!== a b)"),
    ("a =~ b", "(=~ a b)"),
    ("a ==~ b", "(==~ a b)"),
    ("a ==~ b && c", "(&& (==~ a b) c)"),
    ("a == b =~ c", "(=~ (== a b) c)"),
    ("a ** b", "(** a b)"),
    ("a ** b ** c", "(** (** a b) c)"),
    ("a * b ** c", "(* a (** b c))"),
    ("-a ** b", "(u- (** a b))"),
    ("a ** -b", "(** a (u- b))"),
    ("!a ** b", "(** (u! a) b)"),
    ("a ** b.c()", "(** a (call c b))"),
    ("x as String", "(as String x)"),
    ("x as int", "(as int x)"),
    ("x as String[]", "(as String[] x)"),
    ("x as List<String>", "(as List<String> x)"),
    ("x + y as String", "(as String (+ x y))"),
    ("x as String == y", "(== (as String x) y)"),
    ("x as Integer as String", "(as String (as Integer x))"),
    ("a in b", "(in a b)"),
    ("a in [1, 2]", "(in a (list 1 2))"),
    ("a + 1 in b", "(in (+ a 1) b)"),
    ("a in b && c", "(&& (in a b) c)"),
    ("[1, 2, 3]", "(list 1 2 3)"),
    ("[]", "(list)"),
    ("[1, 2,]", "(list 1 2)"),
    ("[[1], [2]]", "(list (list 1) (list 2))"),
    ("[1, 2][0]", "([] (list 1 2) 0)"),
    ("[1, 2].size()", "(call size (list 1 2))"),
    ("[:]", "(map)"),
    ("[a: 1]", '(map ("a" 1))'),
    ("[a: 1, b: 2]", '(map ("a" 1) ("b" 2))'),
    ('["a b": 1]', '(map ("a b" 1))'),
    ("[(a): 1]", "(map (a 1))"),
    ("[1: 'x']", '(map (1 "x"))'),
    ("[in: 1, class: 2]", '(map ("in" 1) ("class" 2))'),
    ("[a: x ? 1 : 2]", '(map ("a" (if x 1 2)))'),
    ("[a: [b: 1]]", '(map ("a" (map ("b" 1))))'),
    ("[a: 1,]", '(map ("a" 1))'),
    ("'abc'", '"abc"'),
    ("'a'", '"a"'),
    ("$F{uomname} != 'txt'", '(!= $F{uomname} "txt")'),
    ('"x ${a} y"', "(gstring 'x ' a ' y')"),
    ('"${a}"', "(gstring '' a '')"),
    ('"$a"', "(gstring '' a '')"),
    ('"$a.b.c!"', "(gstring '' (. (. a b) c) '!')"),
    ('"${a + b} and ${c.d()}"', "(gstring '' (+ a b) ' and ' (call d c) '')"),
    ('"${ [a: 1].a }"', "(gstring '' (. (map (\"a\" 1)) a) '')"),
    ('"a ${"b ${c}"}"', "(gstring 'a ' (gstring 'b ' c '') '')"),
    ('"plain"', '"plain"'),
    ('"""multi\nline"""', '"multi\nline"'),
    ("1.5", "bigdecimal:1.5"),
    ("1.5 + 1", "(+ bigdecimal:1.5 1)"),
    ("1G", "biginteger:1"),
    ("3000000000", "long:3000000000"),
    ("1.toString()", "(call toString 1)"),
    ("x.in", "(. x in)"),
    ("x.class", "(class x)"),
    ("$F{x}.class", "(. $F{x} class)"),
    ("x.true", "(. x true)"),
    ("def1 + as2", "(+ def1 as2)"),
    (
        'new java.text.DecimalFormat("#,##0").format($V{S})',
        '(call format (new java.text.DecimalFormat "#,##0") $V{S})',
    ),
    ('tr(new Locale("es","ES"), "T {0}", 1)', '(call tr - (new Locale "es" "ES") "T {0}" 1)'),
]


@pytest.mark.parametrize("text,expected", GROOVY)
def test_groovy(text, expected):
    assert g(text) == expected


def test_groovy_gstring_positions():
    node = parse('"x ${a} $b.c"', language="groovy")
    assert isinstance(node, ast.GString)
    assert node.parts[1].pos == 5  # type: ignore[union-attr]
    assert node.parts[3].pos == 9  # type: ignore[union-attr]


def test_groovy_bigdecimal_value():
    node = parse("1.50", language="groovy")
    assert node == ast.Literal("bigdecimal", Decimal("1.50"))


# --- JavaScript ---------------------------------------------------------------------------------------

JAVASCRIPT = [
    ('["a", "b"].join(" ")', '(call join (list "a" "b") " ")'),
    ('(new Date()).toLocaleDateString("en-US")', '(call toLocaleDateString (new Date) "en-US")'),
    ("'abc'", '"abc"'),
    ("a === b", "(=== a b)"),
    ("a !== b", "(!== a b)"),
    ("[]", "(list)"),
    ('"Page "+$V{PAGE_NUMBER}+" of"', '(+ (+ "Page " $V{PAGE_NUMBER}) " of")'),
]


@pytest.mark.parametrize("text,expected", JAVASCRIPT)
def test_javascript(text, expected):
    assert p(text, "javascript") == expected


def test_language_names():
    assert p("'ab'", "GROOVY") == '"ab"'
    assert p("'ab'", "JavaScript") == '"ab"'
    assert p("a", "Java") == "a"
    with pytest.raises(UnsupportedFeatureError) as info:
        parse("a", language="jython")
    assert "jython" in str(info.value)


# --- Java refuses the Groovy constructs ------------------------------------------------------------------

JAVA_REFUSES = [
    ("a ?: b", 2, "elvis", "Groovy"),
    ("a?.b", 1, "safe navigation", "Groovy"),
    ("a ** b", 2, "power", "Groovy"),
    ("a <=> b", 2, "'<=>'", "Groovy"),
    ("a =~ b", 2, "regular expression", "Groovy"),
    ("a === b", 2, "not a Java operator", "=="),
    ("[1, 2]", 0, "list literal", "Groovy"),
    ("x as String", 2, "expected end of expression", "identifier 'as'"),
    ("a in b", 2, "expected end of expression", "identifier 'in'"),
    ("'abc'", 0, "character literal", ""),
    ("1..2", 2, "expected end of expression", "double literal .2"),
]


@pytest.mark.parametrize("text,offset,m1,m2", JAVA_REFUSES)
def test_java_refuses_groovy(text, offset, m1, m2):
    e = err(text)
    assert e.offset == offset
    assert m1 in e.message and m2 in e.message


def test_javascript_refuses_map_literal():
    assert "Groovy" in err("[:]", "javascript").message
    assert err("[a: 1]", "javascript").offset == 2


# --- refused constructs and errors -------------------------------------------------------------------------

ERRORS = [
    # text, offset, message fragments
    ("", 0, ["empty expression"]),
    ("   ", 3, ["empty expression"]),
    ("(a", 2, ["expected ')' to close '(' at offset 0, found end of expression"]),
    ("a + (b * c", 10, ["expected ')' to close '(' at offset 4, found end of expression"]),
    ("f(a", 3, ["expected ',' or ')' to close the arguments of 'f(' at offset 1, found end of expression"]),
    ("f(a b)", 4, ["expected ',' or ')'", "identifier 'b'"]),
    ("a.b(1,)", 6, ["expected an expression, found ')'"]),
    ("a[0", 3, ["expected ']' to close '[' at offset 1"]),
    ("a +", 3, ["expected an expression, found end of expression"]),
    ("a + * b", 4, ["expected an expression, found '*'"]),
    ("a b", 2, ["expected end of expression, found identifier 'b'"]),
    ("a)", 1, ["expected end of expression, found ')'"]),
    ("a ? b", 5, ["expected ':' to complete the conditional '?' at offset 2, found end of expression"]),
    ("a ? b c", 6, ["expected ':'", "identifier 'c'"]),
    ("a;", 1, ["';'", "cannot contain statements"]),
    ("a; b", 1, ["';'", "cannot contain statements"]),
    ("x = 1", 2, ["assignment is not allowed in an expression"]),
    ("x += 1", 2, ["assignment is not allowed in an expression"]),
    ("x >>>= 1", 2, ["assignment is not allowed"]),
    ("f(x = 1)", 4, ["assignment is not allowed"]),
    ("(x = 1)", 3, ["assignment is not allowed"]),
    ("a ? b = 1 : c", 6, ["assignment is not allowed"]),
    ("x++", 1, ["assignment is not allowed"]),
    ("x--", 1, ["assignment is not allowed"]),
    ("++x", 0, ["assignment is not allowed"]),
    ("--x", 0, ["assignment is not allowed"]),
    ("a == b = c", 7, ["assignment is not allowed"]),
    ("x -> x", 2, ["lambda expressions are not supported"]),
    ("(x) -> x", 4, ["lambda expressions are not supported"]),
    ("(x, y) -> x", 0, ["lambda expressions are not supported"]),
    ("() -> 1", 0, ["lambda expressions are not supported"]),
    ("(int x) -> x", 1, ["found type 'int'"]),
    ("(int[]) -x", 1, ["only 'int.class' is an expression"]),
    ("f(x -> x)", 4, ["lambda expressions are not supported"]),
    ("String::valueOf", 6, ["method references are not supported"]),
    ("new Object() { }", 13, ["anonymous classes are not supported"]),
    ("new Runnable() { public void run() {} }", 15, ["anonymous classes are not supported"]),
    ("{ 1 }", 0, ["'{'", "array initializer"]),
    ("new int[]", 9, ["expected an array initializer '{'"]),
    ("new int[3]{1}", 10, ["both dimension expressions and an initializer"]),
    ("new int[][3]", 9, ["cannot follow an empty dimension"]),
    ("new int(3)", 7, ["expected '['"]),
    ("new Foo", 7, ["expected '(' or '[' after 'new Foo'"]),
    ("new 1", 4, ["expected a type after 'new'"]),
    ('new String[]{"a" "b"}', 17, ["expected ',' or '}' to close '{' at offset 12"]),
    ("a instanceof", 12, ["expected a type, found end of expression"]),
    ("a instanceof 1", 13, ["expected a type"]),
    ("a.", 2, ["expected a member name after '.', found end of expression"]),
    ("a.1", 1, ["expected end of expression", "double literal .1"]),
    ("a.new Foo()", 2, ["inner class"]),
    ("a.<T>b()", 2, ["generic method type arguments"]),
    ("a.this", 2, ["inner class"]),
    ("int", 0, ["only 'int.class' is an expression"]),
    ("int + 1", 0, ["only 'int.class'"]),
    ("a[]", 2, ["expected an index expression"]),
    ("$F{x}[].class", 6, ["expected an index expression"]),
    ("this(1)", 0, ["constructor calls are not allowed"]),
    ("if", 0, ["expected an expression, found keyword 'if'"]),
    ("a + if", 4, ["found keyword 'if'"]),
    ("return a", 0, ["keyword 'return'"]),
    ("()", 1, ["expected an expression inside '()', found ')'"]),
    ("a ? : b", 4, ["expected an expression, found ':'"]),
    ("@Foo", 0, ["expected an expression, found '@'"]),
    ("new HashMap<String,>()", 11, ["malformed type arguments"]),
    ("new HashMap<String()", 11, ["malformed type arguments"]),
    ("new HashMap<int>()", 11, ["malformed type arguments"]),
    ('"a" "b"', 4, ['expected end of expression, found string literal "b"']),
    ("a\n+\n", 4, ["found end of expression"]),
    ("a # b", 2, ["unexpected character '#'"]),
    ("x /* open", 2, ["unterminated comment"]),
]


@pytest.mark.parametrize("text,offset,messages", ERRORS)
def test_errors(text, offset, messages):
    e = err(text)
    for m in messages:
        assert m in e.message, (m, e.message)
    assert e.offset == offset, e.message


def test_error_str_shows_expression_and_offset():
    e = err("a + (b")
    text = str(e)
    assert "in expression {a + (b}" in text and "at offset 6" in text


GROOVY_ERRORS = [
    ("a.each { it }", 7, ["Groovy closures are not supported"]),
    ("{ -> 1 }", 0, ["Groovy closures are not supported"]),
    ("f() { 1 }", 4, ["Groovy closures are not supported"]),
    ("f(a: 1)", 2, ["named arguments are not supported"]),
    ("1..5", 1, ["ranges ('..') are not supported"]),
    ("1..<5", 1, ["ranges ('..<') are not supported"]),
    ("a[1, 2]", 3, ["indexing with several values"]),
    ("[a: 1, 2]", 8, ["expected ':'"]),
    ("[1, a: 2]", 4, ["cannot mix"]),
    ("[1 2]", 3, ["expected ',' or ']' to close '[' at offset 0"]),
    ('"${a b}"', 5, ["expected '}' to close '${'", "identifier 'b'"]),
    ('"${a"', 4, ["unterminated string"]),
    ("a ** = 1", 5, ["assignment is not allowed"]),
    ("x as", 4, ["expected a type"]),
    ("x = 1", 2, ["assignment is not allowed"]),
    ("x ?: y = 1", 7, ["assignment is not allowed"]),
    ("def x = 1", 0, ["keyword 'def'"]),
]


@pytest.mark.parametrize("text,offset,messages", GROOVY_ERRORS)
def test_groovy_errors(text, offset, messages):
    e = err(text, "groovy")
    for m in messages:
        assert m in e.message, (m, e.message)
    assert e.offset == offset, e.message


# --- the corpus' expression shapes --------------------------------------------------------------------------

CORPUS_SHAPES = [
    '$V{PAGE_NUMBER} + " of "',
    '"Page " + $V{PAGE_NUMBER} + " of " + $V{PAGE_NUMBER}',
    "new java.util.Date()",
    "$P{REPORT_CONNECTION}",
    '$F{ShipCity} == null ? "" : $F{ShipCity}',
    "Boolean.valueOf($V{REPORT_COUNT}.intValue() % 2 == 0)",
    "new Boolean($V{PAGE_NUMBER}.intValue() == 1)",
    "((java.lang.Integer)$V{PAGE_NUMBER}).intValue() > 1 ? Boolean.TRUE : Boolean.FALSE",
    "new Double($F{Freight}.doubleValue() * 100d / $V{TotalFreight}.doubleValue())",
    '$P{ReportTitle} + " (" + new java.text.SimpleDateFormat("dd/MM/yyyy").format(new java.util.Date()) + ")"',
    "\n$P{REPORT_DATA_SOURCE} instanceof net.sf.jasperreports.engine.fill.SortedDataSource\n? "
    "((net.sf.jasperreports.engine.fill.SortedDataSource)$P{REPORT_DATA_SOURCE}).getRecords() : null",
    '(java.io.InputStream)JRLoader.getLocationInputStream("jasperreports.png")',
    "net.sf.jasperreports.engine.util.JRImageLoader.getInstance(new SimpleJasperReportsContext())"
    ".loadAwtImageFromBytes(javax.xml.bind.DatatypeConverter.parseBase64Binary($F{img}))",
    "msg($R{text.message}, $P{number}, $P{date})",
    '$F{Id}.intValue() % 2 == 0 ? "\\u2713" : ""',
    "new BigDecimal(1).divide(new BigDecimal(3), 2, java.math.RoundingMode.HALF_UP)",
    "(Integer)($V{x} == null ? 0 : $V{x})",
    '$P{SUBREPORT_DIR} + "sub.jasper"',
    "new net.sf.jasperreports.engine.data.JRBeanCollectionDataSource($F{items})",
    '((net.sf.jasperreports.engine.data.JRXmlDataSource)$P{REPORT_DATA_SOURCE}).subDataSource("/a/b")',
    "$V{REPORT_COUNT}.intValue() > 5 && $F{x} != null || !$P{flag}.booleanValue()",
    "(($F{a} != null) ? $F{a} : new Integer(0))",
    "<![CDATA[ignored]]>".replace("<![CDATA[", "").replace("]]>", ""),
]


@pytest.mark.parametrize("text", CORPUS_SHAPES)
def test_corpus_shapes_parse(text):
    parse(text)


# --- parse_type -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("java.lang.String", "java.lang.String"),
        ("int", "int"),
        ("byte[]", "byte[]"),
        ("java.util.List<java.lang.String>", "java.util.List<java.lang.String>"),
        ("java.util.Map<String, List<Integer>>", "java.util.Map<String,List<Integer>>"),
        ("Object[][]", "Object[][]"),
    ],
)
def test_parse_type(text, expected):
    assert sx_type(parse_type(text)) == expected


@pytest.mark.parametrize("text", ["", "1", "List<", "a b", "List<String>>", "String."])
def test_parse_type_errors(text):
    with pytest.raises(ExpressionSyntaxError):
        parse_type(text)
