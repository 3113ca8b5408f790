"""Hostile expressions: every one must fail at compile time, cleanly (an ExpressionError
subclass naming what was refused), without running anything; and generated code must
never contain a name or a string taken from the template."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.errors import ExpressionError, ExpressionSyntaxError, ForbiddenExpressionError, UnknownClassError
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.compiler import NAMESPACE, ExpressionCompiler, Schema
from jrxmlpy.expressions.runtime import Scope

WEIRD_FIELD = 'a"]; import os; x["\n'

FIELDS = {
    "x": "java.lang.String",
    "o": "java.lang.Object",
    "i": "java.lang.Integer",
    WEIRD_FIELD: "java.lang.String",
}
JAVA = ExpressionCompiler(
    default_registry(), Schema(fields=FIELDS, params={"p": "java.lang.Object"}, language="java")
)
GROOVY = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, language="groovy"))

F, U, X = ForbiddenExpressionError, UnknownClassError, ExpressionSyntaxError

# (language, expression, exception class, text the message must contain)
HOSTILE = [
    # reflection and class loading
    ("java", "$F{x}.getClass()", F, "getClass"),
    ("java", "$F{x}.getClass().getName()", F, "getClass"),
    ("java", '"".getClass().getClassLoader()', F, "getClass"),
    ("java", "$F{o}.toString().getClass()", F, "getClass"),
    ("java", 'Class.forName("java.lang.Runtime")', F, "forName"),
    ("java", 'java.lang.Class.forName("java.lang.Runtime")', F, "forName"),
    ("java", "(java.lang.reflect.Method) $F{o}", F, "java.lang.reflect.Method"),
    ("java", "java.lang.reflect.Array.newInstance(String.class, 1)", F, "newInstance"),
    ("java", "java.lang.invoke.MethodHandles.lookup()", F, "java.lang.invoke.MethodHandles"),
    ("java", "String.class", F, "class"),
    ("java", "Object.class.getMethods()", F, "class"),
    ("java", "sun.misc.Unsafe.getUnsafe()", F, "sun.misc.Unsafe"),
    # processes and the JVM
    ("java", 'Runtime.getRuntime().exec("rm -rf /")', F, "exec"),
    ("java", "java.lang.Runtime.getRuntime()", F, "getRuntime"),
    ("java", 'new ProcessBuilder("sh").start()', F, "ProcessBuilder"),
    ("java", 'new java.lang.ProcessBuilder("sh", "-c", "id")', F, "java.lang.ProcessBuilder"),
    ("java", "System.exit(0)", F, "exit"),
    ("java", 'System.getProperty("user.home")', F, "getProperty"),
    ("java", "System.getenv()", F, "getenv"),
    ("java", 'java.lang.System.getenv("HOME")', F, "getenv"),
    ("java", 'System.out.println("x")', F, "System"),
    ("java", "Thread.sleep(1000)", F, "Thread"),
    ("java", "new java.lang.Thread()", F, "java.lang.Thread"),
    ("java", "$F{x}.wait()", F, "wait"),
    ("java", "$F{x}.notify()", F, "notify"),
    ("java", "$F{o}.notifyAll()", F, "notifyAll"),
    # files and network
    ("java", 'new java.io.File("/etc/passwd")', F, "java.io.File"),
    ("java", 'new File("/etc/passwd")', F, "File"),
    ("java", 'new java.io.FileInputStream("/etc/passwd")', F, "java.io.FileInputStream"),
    ("java", 'java.nio.file.Files.readAllBytes(java.nio.file.Paths.get("/etc/passwd"))', F, "java.nio.file"),
    ("java", 'new java.net.URL("http://x").openStream()', F, "java.net.URL"),
    ("java", 'new java.net.Socket("x", 80)', F, "java.net.Socket"),
    (
        "java",
        'new javax.script.ScriptEngineManager().getEngineByName("js")',
        F,
        "javax.script.ScriptEngineManager",
    ),
    # Python internals
    ("java", "$F{x}.__class__", F, "__class__"),
    ("java", '__import__("os")', F, "__import__"),
    ("java", '"".__class__.__mro__', F, "__"),
    ("java", "$F{x}.__globals__", F, "__globals__"),
    ("java", "$F{o}.__init__.__globals__", F, "__"),
    ("java", "$F{o}.__reduce__()", F, "__reduce__"),
    ("java", 'eval("1 + 1")', F, "eval"),
    ("java", 'exec("import os")', F, "exec"),
    ("java", 'open("/etc/passwd")', F, "open"),
    ("java", 'compile("1", "f", "exec")', U, "compile"),
    ("java", "$F{x}.eval()", F, "eval"),
    ("java", '$F{o}.exec("ls")', F, "exec"),
    ("java", 'getattr($F{o}, "x")', F, "getattr"),
    ("java", "globals()", F, "globals"),
    ("java", 'os.system("ls")', U, "os"),
    # unicode escapes are decoded before lexing, as javac does
    ("java", '"\\u0022 + Runtime.getRuntime() + \\u0022"', F, "getRuntime"),
    ("java", '"\\u0022); import os; (\\u0022"', X, "expected"),
    ("java", "\\u0024F{x}.getClass()", F, "getClass"),
    # Groovy
    ("groovy", '"ls".execute()', F, "execute"),
    ("groovy", '"ls".execute().text', F, "execute"),
    ("groovy", '["sh", "-c", "id"].execute()', F, "execute"),
    ("groovy", 'evaluate("1 + 1")', F, "evaluate"),
    ("groovy", 'new GroovyShell().evaluate("1")', F, "GroovyShell"),
    ("groovy", "new groovy.lang.GroovyShell()", F, "groovy.lang.GroovyShell"),
    ("groovy", 'Eval.me("1")', U, "Eval"),
    ("groovy", "$F{x}.class", F, "class"),
    ("groovy", "$F{x}.class.classLoader", F, "class"),
    ("groovy", "$F{x}.metaClass", F, "metaClass"),
    ("groovy", "$F{o}.getMetaClass()", F, "getMetaClass"),
    ("groovy", "$F{o}.properties", F, "properties"),
    ("groovy", '$F{o}.invokeMethod("exec", "ls")', F, "invokeMethod"),
    ("groovy", '"${Runtime.getRuntime()}"', F, "getRuntime"),
    ("groovy", '"${$F{x}.class}"', F, "class"),
    ("groovy", 'new File("/etc/passwd").text', F, "File"),
    ("groovy", "'/etc/passwd' as File", F, "File"),
    ("groovy", "$F{o}.with { it }", X, "closures"),
    ("groovy", "System.&exit", X, "expected"),
    ("groovy", "$F{o}.__class__", F, "__class__"),
    ("groovy", "this.class", F, "class"),
]


@pytest.fixture
def no_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any attempt to start a process during compilation fail the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"a process was started: {args!r}")

    for name in ("system", "popen", "execv", "execvp", "spawnv"):
        monkeypatch.setattr(os, name, refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)


@pytest.mark.parametrize("language, text, kind, named", HOSTILE, ids=[f"{h[0]}:{h[1]}" for h in HOSTILE])
def test_hostile_expression_is_refused_at_compile_time(
    no_processes: None, language: str, text: str, kind: type[ExpressionError], named: str
) -> None:
    compiler = JAVA if language == "java" else GROOVY
    with pytest.raises(kind) as info:
        compiler.compile(Expression(text))
    assert isinstance(info.value, ExpressionError)
    assert named in str(info.value)


def test_at_least_thirty_hostile_expressions() -> None:
    assert len(HOSTILE) >= 30


# --- payloads are data ------------------------------------------------------------------


def test_string_payload_is_a_constant() -> None:
    payload = '"); import os; os.system("id"); ("'
    compiled = JAVA.compile(Expression('"\\"); import os; os.system(\\"id\\"); (\\""'))
    assert compiled.evaluate(Scope()) == payload
    assert "os" not in compiled.source


def test_field_name_with_quotes_and_newlines_is_data() -> None:
    compiled = JAVA.compile(Expression("$F{" + WEIRD_FIELD + '} + "!"'))
    assert compiled.evaluate(Scope({WEIRD_FIELD: "v"})) == "v!"
    assert compiled.refs == frozenset({("F", WEIRD_FIELD)})
    assert "import" not in compiled.source


def test_undeclared_field_is_refused() -> None:
    with pytest.raises(ExpressionError, match="not declared"):
        JAVA.compile(Expression('$F{a"]; import os; x["}'))


# --- generated source -------------------------------------------------------------------

_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ALLOWED = {
    "def",
    "return",
    "None",
    "True",
    "False",
    "if",
    "else",
    "is",
    "not",
    "and",
    "or",
    "lambda",
    "in",
    "_make",
    "_expr",
    "S",
    "E",
    "F",
    "P",
    "V",
    "env",
    "_t",
} | set(NAMESPACE)

SOURCE_SAMPLES = [
    ("java", '$F{x} + " and " + $F{i} + 1'),
    ("java", '$F{i} > 5 ? $F{x}.substring(1).toUpperCase() : "none"'),
    ("java", "(int) Math.round($F{i} * 1.5) << 2 >>> 1"),
    ("java", "new java.math.BigDecimal($F{x}).setScale(2, java.math.RoundingMode.HALF_UP)"),
    ("java", "$F{o}.toString().length() + $P{p}.hashCode()"),
    ("java", "$F{" + WEIRD_FIELD + "}.trim()"),
    ("java", '"os.system" + "__import__" + \'x\''),
    ("java", 'String.format("%s-%s", $F{x}, $F{i})'),
    ("java", "$F{x} == null || $F{x}.isEmpty()"),
    ("groovy", '$F{x} ?: "default"'),
    ("groovy", "$F{o}?.toString()?.length()"),
    ("groovy", '"Hi ${$F{x}}, ${$F{i} / 3}"'),
    ("groovy", '$F{i} in [1, 2, 3] && $F{x} =~ "a+"'),
    ("groovy", "$F{o}.someProperty"),
]


@pytest.mark.parametrize("language, text", SOURCE_SAMPLES)
def test_generated_source_holds_no_template_identifiers(language: str, text: str) -> None:
    compiler = JAVA if language == "java" else GROOVY
    source = compiler.compile(Expression(text)).source
    assert "'" not in source and '"' not in source, source
    names = set(_IDENTIFIER.findall(re.sub(r"\b_k\d+\b", "", source)))
    assert names <= _ALLOWED, names - _ALLOWED


# --- size and depth ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "(" * 10_000 + "1" + ")" * 10_000,
        "!" * 5_000 + "true",
        "true ? " * 2_000 + "1" + " : 0" * 2_000,
        "Math.abs(" * 5_000 + "1" + ")" * 5_000,
        "$F{x}" + ".trim()" * 5_000,
        " * ".join(["$F{i}"] * 20_000),
        " + ".join(["1.5f"] * 500),
    ],
    ids=["parens", "nots", "ternaries", "calls", "chained calls", "products", "float sum"],
)
def test_deep_nesting_is_a_clean_error(text: str) -> None:
    with pytest.raises(ExpressionSyntaxError, match="nested too deeply|too large"):
        JAVA.compile(Expression(text))


def test_one_megabyte_of_tokens_is_refused() -> None:
    text = " + ".join(f'"{i}"' for i in range(150_000))
    assert len(text) > 1_000_000
    with pytest.raises(ExpressionSyntaxError, match="too large"):
        JAVA.compile(Expression(text))


def test_one_megabyte_string_literal_compiles() -> None:
    """A large literal (an embedded base64 image, say) is legitimate."""
    data = "QUJD" * 260_000
    compiled = JAVA.compile(Expression('"data:image/png;base64," + "' + data + '"'))
    assert compiled.evaluate(Scope()).endswith(data)


def test_long_concatenation_and_sum_chains_compile() -> None:
    """Chains far longer than Python's nesting limit, as generated templates write them."""
    concat = JAVA.compile(Expression(" + ".join(["$F{x}", '"-"'] * 2_000)))
    assert concat.evaluate(Scope({"x": "a"})) == "a-" * 2_000
    total = JAVA.compile(Expression(" + ".join(["$F{i}"] * 3_000)))
    assert total.evaluate(Scope({"i": 2_000_000})) == ((3_000 * 2_000_000 + 2**31) % 2**32) - 2**31
    doubles = JAVA.compile(Expression(" + ".join(["0.1"] * 3_000)))
    expected = 0.0
    for _ in range(3_000):
        expected += 0.1
    assert doubles.evaluate(Scope()) == expected
