"""Compiles an expression's syntax tree into a Python function of a :class:`Scope`.

Each node is typed statically as Java (or Groovy) would type it, then turned into a small
piece of Python source built only from this module's own templates: every identifier in
the generated code is a runtime helper of ``NAMESPACE`` or a bound constant ``_kN``;
the template's names, strings and numbers reach the code only as bound constants.  Every
call, field and constructor goes through the allowlist (:mod:`.allowlist`): anything it
does not hold is a compile error naming what was refused.

Groovy (``language="groovy"``) differs where Groovy does: ``==`` is equals, integer
division gives BigDecimal, decimal literals are BigDecimal, conditions use Groovy truth,
``?:``/``?.``/property access, and unknown types are dispatched at run time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ..design.base import Expression
from ..errors import (
    ExpressionError,
    ExpressionSyntaxError,
    ForbiddenExpressionError,
    UnknownClassError,
    UnsupportedFeatureError,
)
from . import ast as A
from . import runtime as R
from . import types as T
from .registry import JavaClass, Member, Registry

#: Names no expression may reach, whatever a registry holds (reflection, processes,
#: files, network, class loading, Python internals).
FORBIDDEN_MEMBERS = frozenset(
    {"getClass", "forName", "getClassLoader", "exit", "exec", "halt", "load", "loadLibrary",
     "getRuntime", "newInstance", "getDeclaredMethod", "getMethod", "invoke", "setAccessible",
     "getProperty", "setProperty", "getenv", "wait", "notify", "notifyAll", "finalize",
     # Groovy: processes, evaluation, the meta-object protocol, closures
     "execute", "evaluate", "invokeMethod", "getMetaClass", "setMetaClass", "getProperties", "with", "tap",
     "identity", "sleep", "print", "println", "printf", "methodMissing", "propertyMissing",
     # reflection by other names, class loading, process control
     "getMethods", "getDeclaredMethods", "getFields", "getDeclaredFields", "getDeclaredField", "getField",
     "getConstructor", "getConstructors", "getDeclaredConstructor", "getDeclaredConstructors",
     "getProtectionDomain", "getModule", "loadClass", "defineClass", "addShutdownHook", "gc",
     # Python builtins a dynamic call must never reach
     "eval", "open", "getattr", "setattr", "delattr", "globals", "locals", "vars", "breakpoint"}
)
FORBIDDEN_CLASS_PREFIXES = (
    "java.lang.Runtime", "java.lang.ProcessBuilder", "java.lang.Process", "java.lang.System",
    "java.lang.Thread", "java.lang.Class", "java.lang.ClassLoader", "java.lang.reflect.",
    "java.lang.invoke.", "java.io.", "java.nio.", "java.net.", "javax.script.", "groovy.lang.GroovyShell",
    "groovy.lang.GroovyClassLoader", "sun.", "com.sun.", "jdk.",
)
#: Groovy properties that reach the same things as forbidden members (``x.class`` is
#: ``x.getClass()``) or Groovy's meta-object protocol.
FORBIDDEN_PROPERTIES = frozenset(
    {"class", "metaClass", "classLoader", "runtime", "properties", "declaredMethods", "declaredFields",
     "methods", "fields", "constructors", "declaredConstructors", "protectionDomain", "module"}
)
_FORBIDDEN_SIMPLE = {"Runtime", "ProcessBuilder", "Process", "System", "Thread", "Class", "ClassLoader",
                     "File", "FileInputStream", "FileOutputStream", "FileReader", "FileWriter", "URL",
                     "Socket", "URLClassLoader", "GroovyShell", "ScriptEngineManager", "Files", "Paths"}


@dataclass(slots=True)
class Schema:
    """What the expressions of one dataset may reference, with declared classes."""

    fields: dict[str, str] = field(default_factory=dict)
    params: dict[str, str] = field(default_factory=dict)
    variables: dict[str, str] = field(default_factory=dict)
    imports: tuple[str, ...] = T.DEFAULT_IMPORTS
    language: str = "java"


@dataclass(frozen=True, slots=True)
class CompiledExpression:
    """An expression ready to evaluate: ``evaluate(scope)``."""

    expression: Expression
    type: str
    evaluate: Callable[[R.Scope], Any]
    #: ``(kind, name)`` of every $F/$P/$V/$R the expression reads.
    refs: frozenset[tuple[str, str]]
    #: The generated Python source (for debugging and tests).
    source: str

    @property
    def text(self) -> str:
        return self.expression.text


@dataclass(frozen=True, slots=True)
class Code:
    """Generated Python for one node, and the Java type of its value."""

    py: str
    type: str
    #: The value is the ``null`` literal.
    null: bool = False


class _TooDeep(Exception):
    """Internal: the generated code nests deeper than Python can compile."""


class _TooLarge(Exception):
    """Internal: the expression binds more constants than :data:`_MAX_CONSTANTS`."""


#: The most literals, names and functions one expression may bind (Python compiles a
#: function of many more slowly: no real expression comes near).
_MAX_CONSTANTS = 10_000


class _Fail(Exception):
    """Internal: a compile error at an offset, turned into an ExpressionError."""

    def __init__(self, message: str, pos: int, kind: type[ExpressionError] = ExpressionError, name: str | None = None):
        super().__init__(message)
        self.message, self.pos, self.kind, self.name = message, pos, kind, name


# --- the runtime names generated code may use ---------------------------------------------

NAMESPACE: dict[str, Any] = {
    "__builtins__": {},
    "_w32": R.w32, "_w64": R.w64, "_w16": R.w16, "_w8": R.w8,
    "_idiv": R.idiv, "_irem": R.irem, "_ushr32": R.ushr32, "_ushr64": R.ushr64,
    "_f32": R.f32, "_ddiv": R.ddiv, "_drem": R.drem, "_d2i": R.d2i, "_d2l": R.d2l, "_i2c": R.i2c,
    "_s": R.s_str, "_sb": R.s_bool, "_si": R.s_int, "_sd": R.s_double, "_sf": R.s_float,
    "_sbd": R.s_decimal, "_so": R.s_obj,
    "_eq": R.ref_eq, "_geq": R.groovy_eq, "_gt": R.groovy_truth, "_ub": R.unbox_bool, "_u": R.unbox,
    "_cmp": R.compare, "_idx": R.index, "_newarr": R.new_array, "_cast": R.checkcast,
    "_nn": R.non_null, "_neq": R.equals_other_class, "_add": R.add_all,
    "_ord": ord, "_float": float, "_int": int, "_str": str, "_Dec": Decimal, "_len": len, "_join": "".join,
}


class ExpressionCompiler:
    """Compiles the expressions of one dataset (one :class:`Schema`)."""

    def __init__(self, registry: Registry, schema: Schema) -> None:
        self.registry = registry
        self.schema = schema
        self.groovy = schema.language == "groovy"
        from . import dynamic

        self._dynamic = dynamic

    # --- entry point ------------------------------------------------------------------------

    def compile(self, expression: Expression, tree: A.Node | None = None) -> CompiledExpression:
        """Compile ``expression`` (parsing it unless ``tree`` is given)."""
        from .parser import parse

        language = self.schema.language
        if language not in ("java", "groovy"):
            raise UnsupportedFeatureError(
                f"expressions in language {language!r} are not supported (Java and Groovy are)",
                feature=f"language={language}",
                location=expression.location,
            )
        try:
            if tree is None:
                tree = parse(expression.text, language=language)
        except ExpressionSyntaxError as exc:
            raise ExpressionSyntaxError(
                exc.message, expression.location, expression=expression.text, offset=exc.offset
            ) from None
        except RecursionError:
            raise self._too_deep(expression) from None
        unit = _Unit()
        try:
            code = _Gen(self, unit).gen(tree)
            source, function = unit.build(code.py)
        except _Fail as fail:
            kind = fail.kind
            kwargs: dict[str, Any] = {"location": expression.location, "expression": expression.text, "offset": fail.pos}
            if issubclass(kind, ForbiddenExpressionError):
                raise kind(fail.message, fail.name or "", **kwargs) from None
            raise kind(fail.message, **kwargs) from None
        except _TooDeep:
            raise self._too_deep(expression) from None
        except _TooLarge:
            raise ExpressionSyntaxError(
                f"expression is too large (more than {_MAX_CONSTANTS} literals, references and calls)",
                expression.location, expression=expression.text, offset=0,
            ) from None
        except RecursionError:
            raise self._too_deep(expression) from None
        return CompiledExpression(expression, code.type, function, frozenset(unit.refs), source)

    @staticmethod
    def _too_deep(expression: Expression) -> ExpressionSyntaxError:
        return ExpressionSyntaxError(
            "expression is nested too deeply (too many levels of parentheses, operators or calls)",
            expression.location, expression=expression.text, offset=0,
        )


class _Unit:
    """The constants and references one compiled expression binds."""

    def __init__(self) -> None:
        self.constants: list[Any] = []
        #: id(constant) -> its index (the list keeps the objects, so ids stay unique).
        self._index: dict[int, int] = {}
        self.refs: set[tuple[str, str]] = set()

    def const(self, value: Any) -> str:
        index = self._index.get(id(value))
        if index is None:
            if len(self.constants) >= _MAX_CONSTANTS:
                raise _TooLarge()
            index = self._index[id(value)] = len(self.constants)
            self.constants.append(value)
        return f"_k{index}"

    def build(self, body: str) -> tuple[str, Callable[[R.Scope], Any]]:
        params = ", ".join(f"_k{i}" for i in range(len(self.constants)))
        env = "        E = S.env\n" if re.search(r"\bE\b", body) else ""  # only when the body uses it
        source = f"def _make({params}):\n    def _expr(S):\n{env}        return {body}\n    return _expr\n"
        namespace = dict(NAMESPACE)
        try:
            code = compile(source, "<jrxml expression>", "exec")
        except RecursionError:
            raise _TooDeep() from None
        except SyntaxError as exc:
            if "too many nested" in str(exc):
                raise _TooDeep() from None
            raise
        exec(code, namespace)  # noqa: S102 - generated from our own tree only (see module doc)
        return source, namespace["_make"](*self.constants)


_NUMERIC_OPS = {"+", "-", "*", "/", "%"}
_COMPARE_OPS = {"<", ">", "<=", ">="}
_SHIFT_OPS = {"<<", ">>", ">>>"}
_BIT_OPS = {"&", "|", "^"}
_WRAP = {T.INT: "_w32", T.LONG: "_w64", T.SHORT: "_w16", T.BYTE: "_w8"}
#: Final classes whose values are plain Python values: a Python ``int`` may stand for an
#: Integer, a Long, ... so where the class matters (``equals``, ``==``) the static type
#: decides.
_VALUE_CLASSES = frozenset({
    "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte", "java.lang.Double",
    "java.lang.Float", "java.lang.Character", "java.lang.Boolean", T.STRING, T.BIG_DECIMAL, T.BIG_INTEGER,
})


def _distinct_value_classes(a: str, b: str) -> bool:
    """Whether values of static types ``a`` and ``b`` are of two different value classes
    (so never ``equals``)."""
    a, b = T.box(a), T.box(b)
    return a != b and a in _VALUE_CLASSES and b in _VALUE_CLASSES


_TO_STRING = {
    T.STRING: "_s", T.CHAR: "_s", "java.lang.Character": "_s",
    T.BOOLEAN: "_sb", "java.lang.Boolean": "_sb",
    T.INT: "_si", T.LONG: "_si", T.SHORT: "_si", T.BYTE: "_si",
    "java.lang.Integer": "_si", "java.lang.Long": "_si", "java.lang.Short": "_si", "java.lang.Byte": "_si",
    T.BIG_INTEGER: "_si",
    T.DOUBLE: "_sd", "java.lang.Double": "_sd", T.FLOAT: "_sf", "java.lang.Float": "_sf",
    T.BIG_DECIMAL: "_sbd",
}


def _getter_of_forbidden(name: str) -> bool:
    """Whether Groovy's ``x.name`` would call a forbidden getter (``x.classLoader``)."""
    return ("get" + name[:1].upper() + name[1:]) in FORBIDDEN_MEMBERS


_NARROW_RANGE = {T.BYTE: range(-128, 128), T.SHORT: range(-32768, 32768), T.CHAR: range(0, 65536)}


def _int_constant(node: A.Node) -> int | None:
    """The value of an ``int`` constant expression (a literal, possibly negated)."""
    if isinstance(node, A.Literal) and node.kind == "int":
        return int(node.value)  # type: ignore[call-overload]
    if isinstance(node, A.Unary) and node.op in "+-":
        inner = _int_constant(node.operand)
        return None if inner is None else (-inner if node.op == "-" else inner)
    return None


#: Nesting of generated code past which Python cannot compile it (its parser allows 200
#: levels of parentheses).
_MAX_NESTING = 90
#: Longer sums are folded at run time (Python's compiler recurses along ``a + b + ...``).
_MAX_FLAT_TERMS = 64


class _Sum:
    """The running value of an addition chain.  Sums of int, long or double operands are
    kept as one flat sum (``_w32(a + b + c)``: wrapping once at the end gives the same
    int as wrapping each step), so long chains do not nest."""

    def __init__(self, first: Code) -> None:
        self.type = first.type
        self.first: Code | None = first
        self.terms: list[str] = []
        self.nesting = 0

    def add(self, gen: _Gen, right: Code, pos: int) -> None:
        t = self._flat_type(gen, right)
        if t is None or t != self.type or not self.terms:
            current = self.code(gen)
            if t is None:
                self._reset(gen._arithmetic("+", current, right, pos))
                self.nesting += 1
                if self.nesting > _MAX_NESTING:
                    raise _TooDeep()
                return
            self.terms, self.first, self.type = [gen.convert(current, t)], None, t
        self.terms.append(gen.convert(right, t))

    def _flat_type(self, gen: _Gen, right: Code) -> str | None:
        current_type = self.type
        if not (T.is_numeric(current_type) and T.is_numeric(right.type)):
            return None
        if gen.groovy and not (T.is_integral(current_type) and T.is_integral(right.type)):
            return None
        t = T.binary_numeric_promotion(current_type, right.type)
        return t if t in (T.INT, T.LONG, T.DOUBLE) else None

    def _reset(self, code: Code) -> None:
        self.first, self.terms, self.type = code, [], code.type

    def code(self, gen: _Gen) -> Code:
        if not self.terms:
            assert self.first is not None
            return self.first
        if len(self.terms) <= _MAX_FLAT_TERMS:
            total = "(" + " + ".join(self.terms) + ")"
        else:  # too long a chain for Python's compiler
            total = "_add((" + ", ".join(self.terms) + "))"
        self._reset(Code(gen._wrap(self.type, total), self.type))
        return self.first  # type: ignore[return-value]


class _Gen:
    """Generates code for one expression tree."""

    def __init__(self, compiler: ExpressionCompiler, unit: _Unit) -> None:
        self.c = compiler
        self.reg = compiler.registry
        self.schema = compiler.schema
        self.groovy = compiler.groovy
        self.unit = unit

    # --- dispatch ------------------------------------------------------------------------

    def gen(self, node: A.Node) -> Code:
        method = getattr(self, "gen_" + type(node).__name__, None)
        if method is None:
            raise _Fail(f"{type(node).__name__} is not supported in expressions", getattr(node, "pos", 0))
        return method(node)

    def k(self, value: Any) -> str:
        return self.unit.const(value)

    # --- leaves -----------------------------------------------------------------------------

    def gen_Literal(self, node: A.Literal) -> Code:
        kind = node.kind
        if kind == "null":
            return Code("None", T.NULL, null=True)
        if kind == "boolean":
            return Code("True" if node.value else "False", T.BOOLEAN)
        if kind in ("int", "long"):
            return Code(self.k(int(node.value)), T.INT if kind == "int" else T.LONG)  # type: ignore[call-overload]
        if kind == "biginteger":
            return Code(self.k(int(node.value)), T.BIG_INTEGER)  # type: ignore[call-overload]
        if kind == "float":
            return Code(self.k(R.f32(float(node.value))), T.FLOAT)  # type: ignore[arg-type]
        if kind == "double":
            return Code(self.k(float(node.value)), T.DOUBLE)  # type: ignore[arg-type]
        if kind == "bigdecimal":
            return Code(self.k(Decimal(str(node.value))), T.BIG_DECIMAL)
        if kind == "char":
            return Code(self.k(node.value), T.CHAR)
        if kind == "string":
            return Code(self.k(node.value), T.STRING)
        raise _Fail(f"unknown literal kind {kind}", node.pos)

    def gen_Ref(self, node: A.Ref) -> Code:
        kind = node.kind
        if kind == "R":
            self.unit.refs.add(("R", node.name))
            return Code(f"{self.k(R.resource)}(E, {self.k(node.name)})", T.STRING)
        table, attr, noun = {
            "F": (self.schema.fields, "F", "field"),
            "V": (self.schema.variables, "V", "variable"),
            "P": (self.schema.params, "P", "parameter"),
            "P!": (self.schema.params, "P", "parameter"),
        }[kind]
        if node.name not in table:
            raise _Fail(f"{noun} {node.name!r} is not declared", node.pos)
        self.unit.refs.add((kind.rstrip("!"), node.name))
        declared = table[node.name] or T.OBJECT
        return Code(f"S.{attr}[{self.k(node.name)}]", self._declared_type(declared, node.pos))

    def _declared_type(self, declared: str, pos: int) -> str:
        """A declared class as a static type: known classes keep their name, others
        (custom classes) become their name too but calls on them are refused later."""
        name = declared.strip().replace("$", ".")
        if name.endswith("[]"):
            return name
        if T.is_primitive(name):
            return T.box(name)
        cls = self.reg.resolve_class(name, self.schema.imports)
        return cls.name if cls is not None else name

    def gen_Name(self, node: A.Name) -> Code:
        if self.reg.resolve_class(node.name, self.schema.imports) is not None:
            raise _Fail(f"class {node.name} used as a value", node.pos)
        self._refuse_name(node.name, node.pos)
        raise _Fail(f"unknown name {node.name!r} (expressions can only use $F{{}}, $P{{}}, $V{{}}, literals and classes)", node.pos)

    def _refuse_name(self, name: str, pos: int) -> None:
        """Refuse names of dangerous classes (processes, files, reflection, ...) that the
        allowlist does not hold; a class it registers (say ``java.io.File`` with only its
        ``separator`` field) is its decision.  Forbidden members are refused regardless."""
        if name.startswith("__") or "__" in name:
            raise _Fail(f"name {name!r} is not allowed", pos, ForbiddenExpressionError, name)
        if self.reg.resolve_class(name, self.schema.imports) is not None:
            return
        simple = name.rsplit(".", 1)[-1]
        if simple in _FORBIDDEN_SIMPLE or any(name.startswith(p) for p in FORBIDDEN_CLASS_PREFIXES):
            raise _Fail(f"{name} is not allowed in expressions", pos, ForbiddenExpressionError, name)

    # --- qualified names, fields ----------------------------------------------------------

    def _dotted(self, node: A.Node) -> str | None:
        """``a.b.c`` when node is a chain of plain names, else None."""
        if isinstance(node, A.Name):
            return node.name
        if isinstance(node, A.FieldAccess) and not node.safe:
            head = self._dotted(node.target)
            return None if head is None else f"{head}.{node.name}"
        return None

    def _class_named(self, node: A.Node) -> JavaClass | None:
        """The class ``node`` names (``Boolean``, ``java.math.BigDecimal``), or None."""
        dotted = self._dotted(node)
        if dotted is None:
            return None
        self._refuse_name(dotted, getattr(node, "pos", 0))
        return self.reg.resolve_class(dotted, self.schema.imports)

    def _type_class(self, ref: A.TypeRef) -> str:
        """The canonical type name of a TypeRef (refusing unknown classes)."""
        name = ref.name
        if T.is_primitive(name):
            base = name
        else:
            self._refuse_name(name, ref.pos)
            cls = self.reg.resolve_class(name, self.schema.imports)
            if cls is None:
                raise _Fail(
                    f"unknown class {name} (register a stand-in with jrxmlpy.register_class)",
                    ref.pos, UnknownClassError, name,
                )
            base = cls.name
        return base + "[]" * ref.dims

    def gen_FieldAccess(self, node: A.FieldAccess) -> Code:
        cls = self._class_named(node.target)
        if cls is not None:
            if node.name in FORBIDDEN_MEMBERS:
                raise _Fail(f"{cls.name}.{node.name} is not allowed", node.pos, ForbiddenExpressionError, node.name)
            for ancestor in self.reg.ancestors(cls.name):
                holder = self.reg.get(ancestor)
                if holder is not None and node.name in holder.fields:
                    f = holder.fields[node.name]
                    return Code(self.k(f.value), f.type)
            raise _Fail(f"{cls.name} has no static field {node.name}", node.pos)
        dotted = self._dotted(node)
        if dotted is not None and self.reg.resolve_class(dotted, self.schema.imports) is not None:
            raise _Fail(f"class {dotted} used as a value", node.pos)
        if dotted is not None and isinstance(self._root(node), A.Name):
            self._refuse_name(dotted, node.pos)
            raise _Fail(f"unknown class or name {dotted}", node.pos, UnknownClassError, dotted)
        if node.name.startswith("__") or node.name in FORBIDDEN_PROPERTIES or _getter_of_forbidden(node.name):
            raise _Fail(f"property {node.name!r} is not allowed", node.pos, ForbiddenExpressionError, node.name)
        target = self.gen(node.target)
        if T.is_array(target.type) and node.name == "length":
            return Code(f"_len({target.py})", T.INT)
        if self.groovy or target.type == T.OBJECT:
            return self._dynamic_property(target, node)
        raise _Fail(f"{target.type} has no accessible field {node.name}", node.pos)

    def _is_static_field(self, node: A.Node) -> bool:
        """Whether ``node`` is ``Class.FIELD`` (as in ``BigDecimal.ZERO.add(x)``)."""
        return isinstance(node, A.FieldAccess) and self._class_named(node.target) is not None

    @staticmethod
    def _root(node: A.Node) -> A.Node:
        while isinstance(node, A.FieldAccess):
            node = node.target
        return node

    def _dynamic_property(self, target: Code, node: A.FieldAccess) -> Code:
        getter = self.k(self.c._dynamic.property_getter(self.reg, node.name))
        if node.safe:
            return Code(f"(None if ({target.py}) is None else {getter}(E, {target.py}))", T.OBJECT)
        return Code(f"{getter}(E, {target.py})", T.OBJECT)

    # --- calls -------------------------------------------------------------------------------

    def gen_MethodCall(self, node: A.MethodCall) -> Code:
        if node.name in FORBIDDEN_MEMBERS or node.name.startswith("__"):
            raise _Fail(f"method {node.name}() is not allowed", node.pos, ForbiddenExpressionError, node.name)
        args = [self.gen(a) for a in node.args]
        if node.target is None:
            return self._call_function(node, args)
        cls = self._class_named(node.target)
        if cls is not None:
            if (cls.name, node.name) == ("java.util.Objects", "equals") and len(args) == 2 \
                    and _distinct_value_classes(args[0].type, args[1].type):
                return Code(f"({args[0].py} is None and {args[1].py} is None)", T.BOOLEAN)
            candidates = self.reg.find_statics(cls.name, node.name)
            member, args = self._select(candidates, args)
            if member is None:
                raise _Fail(self._no_member(cls.name, node.name, args, candidates, static=True), node.pos)
            return self._call(member, None, args)
        dotted = self._dotted(node.target)
        if dotted is not None and isinstance(self._root(node.target), A.Name) and not self._is_static_field(node.target):
            self._refuse_name(dotted, node.pos)
            raise _Fail(f"unknown class {dotted} (register a stand-in with jrxmlpy.register_class)",
                        node.pos, UnknownClassError, dotted)
        target = self.gen(node.target)
        return self._call_method(node, target, args)

    def _select(self, candidates: list[Member], args: list[Code]) -> tuple[Member | None, list[Code]]:
        """The overload for these arguments.  Groovy also passes a BigDecimal (its
        decimal literals) where a double is expected, as a double."""
        member = self.reg.select(candidates, [a.type for a in args]) if candidates else None
        if member is None and self.groovy and any(a.type in (T.BIG_DECIMAL, T.BIG_INTEGER) for a in args):
            args = [Code(f"_float({a.py})", T.DOUBLE) if a.type in (T.BIG_DECIMAL, T.BIG_INTEGER) else a for a in args]
            member = self.reg.select(candidates, [a.type for a in args])
        return member, args

    def _call_function(self, node: A.MethodCall, args: list[Code]) -> Code:
        candidates = self.reg.functions.get(node.name, [])
        if not candidates:
            self._refuse_name(node.name, node.pos)
            raise _Fail(f"unknown function {node.name}()", node.pos, UnknownClassError, node.name)
        member, args = self._select(candidates, args)
        if member is None:
            raise _Fail(self._no_member("", node.name, args, candidates, static=True), node.pos)
        return self._call(member, None, args)

    def _call_method(self, node: A.MethodCall, target: Code, args: list[Code]) -> Code:
        if self.groovy and T.is_primitive(target.type):
            target = Code(target.py, T.box(target.type))
        receiver = target.type
        if T.is_primitive(receiver):
            raise _Fail(f"cannot call {node.name}() on a value of primitive type {receiver}", node.pos)
        known = self.reg.get(receiver) is not None or T.is_array(receiver)
        if receiver not in (T.OBJECT, T.NULL) and not known:
            self._refuse_name(receiver, node.pos)
            raise _Fail(
                f"unknown class {receiver} (register a stand-in with jrxmlpy.register_class)",
                node.pos, UnknownClassError, receiver,
            )
        if node.name == "equals" and len(args) == 1 and _distinct_value_classes(receiver, args[0].type) and not node.safe:
            return Code(f"_neq({target.py}, {args[0].py})", T.BOOLEAN)
        candidates = self.reg.find_methods(receiver, node.name) if known else []
        member, args = self._select(candidates, args)
        if member is not None and not node.safe:
            return self._call(member, target, args)
        if member is not None:
            call = self._call(member, Code("_t", receiver), args)
            return Code(f"(lambda _t: None if _t is None else {call.py})({target.py})", T.box(call.type))
        if receiver == T.OBJECT or (self.groovy and receiver not in _VALUE_CLASSES) or self.reg.get(receiver) is None \
                or self.reg.get(receiver).bean:  # type: ignore[union-attr]
            invoke = self.k(self.c._dynamic.invoker(self.reg, node.name, len(args)))
            arg_py = "".join(f", {a.py}" for a in args)
            if node.safe:
                return Code(f"(lambda _t: None if _t is None else {invoke}(E, _t{arg_py}))({target.py})", T.OBJECT)
            return Code(f"{invoke}(E, {target.py}{arg_py})", T.OBJECT)
        raise _Fail(self._no_member(receiver, node.name, args, candidates, static=False), node.pos)

    def _no_member(self, owner: str, name: str, args: list[Code], candidates: list[Member], static: bool) -> str:
        shown = f"{owner}.{name}" if owner else name
        sig = ", ".join(a.type.rsplit(".", 1)[-1] for a in args)
        if candidates:
            return f"no {shown}({sig}) in the allowlist (it has: " + "; ".join(
                f"{name}({', '.join(p.rsplit('.', 1)[-1] for p in m.params)})" for m in candidates[:6]) + ")"
        return f"{'static ' if static else ''}method {shown}({sig}) is not in the allowlist"

    def _call(self, member: Member, target: Code | None, args: list[Code]) -> Code:
        params = member.param_types(len(args))
        converted = [self.coerce(a, p) for a, p in zip(args, params, strict=True)]
        if member.varargs:
            fixed = len(member.params) - 1
            # A single array argument is passed as the array itself, as Java does.
            if len(args) == len(member.params) and T.is_array(args[-1].type):
                converted[-1] = args[-1].py
            else:
                rest = converted[fixed:]
                converted = converted[:fixed] + ["[" + ", ".join(rest) + "]"]
        receiver = [] if target is None else [self.receiver(target)]
        pieces = (["E"] if member.env else []) + receiver + converted
        return Code(f"{self.k(member.impl)}({', '.join(pieces)})", member.returns or T.OBJECT)

    def receiver(self, target: Code) -> str:
        """The receiver of an instance call: calling a method on null throws."""
        if self._is_constant(target) or target.py == "_t":
            return target.py
        return f"_nn({target.py})"

    def gen_New(self, node: A.New) -> Code:
        type_name = self._type_class(node.type)
        cls = self.reg.get(type_name)
        args = [self.gen(a) for a in node.args]
        if cls is None or not cls.constructors:
            raise _Fail(f"new {type_name}(...) is not in the allowlist", node.pos, UnknownClassError, type_name)
        member, args = self._select(cls.constructors, args)
        if member is None:
            raise _Fail(self._no_member(type_name, "<init>", args, cls.constructors, static=True), node.pos)
        call = self._call(member, None, args)
        return Code(call.py, type_name)

    def gen_NewArray(self, node: A.NewArray) -> Code:
        base = self._type_class(A.TypeRef(node.type.name, 0, (), node.type.pos))
        full = base + "[]" * node.type.dims
        if node.init is not None:
            return self._array_init(node.init, full)
        sizes = [self.convert(self.gen(s), T.INT) for s in node.sizes]
        default = self._default_value(base if len(node.sizes) == node.type.dims else full)
        return Code(f"_newarr({self.k(default)}, [{', '.join(sizes)}])", full)

    def _array_init(self, init: A.ArrayInit, array_type: str) -> Code:
        element = T.element_type(array_type)
        items = []
        for e in init.elements:
            if isinstance(e, A.ArrayInit):
                items.append(self._array_init(e, element).py)
            else:
                items.append(self.convert(self.gen(e), element))
        return Code("[" + ", ".join(items) + "]", array_type)

    def gen_ArrayInit(self, node: A.ArrayInit) -> Code:
        return self._array_init(node, "java.lang.Object[]")

    @staticmethod
    def _default_value(t: str) -> Any:
        if t == T.BOOLEAN:
            return False
        if t in (T.INT, T.LONG, T.SHORT, T.BYTE):
            return 0
        if t in (T.FLOAT, T.DOUBLE):
            return 0.0
        if t == T.CHAR:
            return "\0"
        return None

    def gen_Index(self, node: A.Index) -> Code:
        target = self.gen(node.target)
        index = self.gen(node.index)
        if T.is_array(target.type):
            return Code(f"_idx({target.py}, {self.convert(index, T.INT)})", T.element_type(target.type))
        if self.groovy or target.type == T.OBJECT or self.reg.is_subtype(target.type, "java.util.List") \
                or self.reg.is_subtype(target.type, "java.util.Map"):
            getter = self.k(self.c._dynamic.index_getter)
            return Code(f"{getter}({target.py}, {index.py})", T.OBJECT)
        raise _Fail(f"cannot index a value of type {target.type}", node.pos)

    def gen_ClassLiteral(self, node: A.ClassLiteral) -> Code:
        raise _Fail("class literals (X.class) are not supported", node.pos, ForbiddenExpressionError, "class")

    # --- operators -----------------------------------------------------------------------------

    def gen_Unary(self, node: A.Unary) -> Code:
        operand = self.gen(node.operand)
        op = node.op
        if op == "!":
            if self.groovy and not T.is_boolean(operand.type):
                return Code(f"(not _gt({operand.py}))", T.BOOLEAN)
            self._require(T.is_boolean(operand.type) or operand.type == T.OBJECT, f"operator ! needs a boolean, not {operand.type}", node.pos)
            return Code(f"(not {self.as_bool(operand)})", T.BOOLEAN)
        if not T.is_numeric(operand.type):
            if operand.type in (T.OBJECT, T.BIG_DECIMAL, T.BIG_INTEGER) and op in "+-":
                fn = self.k(self.c._dynamic.negate if op == "-" else self.c._dynamic.identity)
                return Code(f"{fn}({operand.py})", operand.type)
            raise _Fail(f"operator {op} needs a number, not {operand.type}", node.pos)
        t = T.unary_numeric_promotion(operand.type)
        value = self.convert(operand, t)
        if op == "+":
            return Code(value, t)
        if op == "-":
            return Code(self._wrap(t, f"(-{value})"), t)
        if op == "~":
            self._require(t in (T.INT, T.LONG), f"operator ~ needs an integer, not {operand.type}", node.pos)
            return Code(f"(~{value})", t)
        raise _Fail(f"unknown operator {op}", node.pos)

    def gen_Binary(self, node: A.Binary) -> Code:
        op = node.op
        if op in ("&&", "||"):
            return self._logical(node)
        if op == "+":
            return self._plus_chain(node)
        left = self.gen(node.left)
        right = self.gen(node.right)
        if op in ("==", "!="):
            code = self._equality(left, right)
            return Code(code if op == "==" else f"(not {code})", T.BOOLEAN)
        if self.groovy and op in ("<=>", "in", "=~", "==~", "**"):
            fn = self.k(self.c._dynamic.groovy_operator(op))
            return Code(f"{fn}({left.py}, {right.py})", T.INT if op == "<=>" else (T.OBJECT if op == "**" else T.BOOLEAN))
        if op in _NUMERIC_OPS:
            return self._arithmetic(op, left, right, node.pos)
        if op in _COMPARE_OPS:
            return self._comparison(op, left, right, node.pos)
        if op in _SHIFT_OPS:
            return self._shift(op, left, right, node.pos)
        if op in _BIT_OPS:
            return self._bitwise(op, left, right, node.pos)
        raise _Fail(f"operator {op} is not supported", node.pos)

    def _plus_chain(self, node: A.Binary) -> Code:
        """``a + b + c ...``, generated without recursion along the chain: additions
        until an operand is a String, then one flat concatenation of all the rest."""
        chain: list[A.Binary] = []
        left: A.Node = node
        while isinstance(left, A.Binary) and left.op == "+":
            chain.append(left)
            left = left.left
        total = _Sum(self.gen(left))
        pieces: list[str] | None = None
        for link in reversed(chain):
            right = self.gen(link.right)
            if pieces is None and (total.type == T.STRING or right.type == T.STRING):
                pieces = [self.to_string(total.code(self))]
            if pieces is not None:
                pieces.append(self.to_string(right))
            else:
                total.add(self, right, link.pos)
        if pieces is None:
            return total.code(self)
        if len(pieces) == 2:
            return Code(f"({pieces[0]} + {pieces[1]})", T.STRING)
        return Code(f"_join(({', '.join(pieces)}))", T.STRING)

    def _logical(self, node: A.Binary) -> Code:
        left = self.gen(node.left)
        right = self.gen(node.right)
        word = "and" if node.op == "&&" else "or"
        return Code(f"({self.condition(left, node.pos)} {word} {self.condition(right, node.pos)})", T.BOOLEAN)

    def _equality(self, left: Code, right: Code) -> str:
        if left.null or right.null:
            other = right if left.null else left
            if T.is_primitive(other.type):
                raise _Fail(f"cannot compare a {other.type} with null", 0)
            return f"({other.py} is None)"
        if self.groovy:
            return f"_geq({left.py}, {right.py})"
        lt, rt = left.type, right.type
        if T.is_numeric(lt) and T.is_numeric(rt) and (T.is_primitive(lt) or T.is_primitive(rt)):
            t = T.binary_numeric_promotion(lt, rt)
            return f"({self.coerce(left, t)} == {self.coerce(right, t)})"
        if _distinct_value_classes(lt, rt) and not (T.is_primitive(lt) or T.is_primitive(rt)):
            raise _Fail(f"incomparable types: {lt} and {rt}", 0)
        if T.is_boolean(lt) and T.is_boolean(rt) and (T.is_primitive(lt) or T.is_primitive(rt)):
            return f"({self.as_bool(left)} == {self.as_bool(right)})"
        return f"_eq({left.py}, {right.py})"

    def _arithmetic(self, op: str, left: Code, right: Code, pos: int) -> Code:
        lt, rt = left.type, right.type
        if self.groovy:  # Groovy: integers of known type as Java; "/" and the rest by value
            dynamic = not (T.is_integral(lt) and T.is_integral(rt)) or op == "/"
        else:
            dynamic = not (T.is_numeric(lt) and T.is_numeric(rt))
        if dynamic:
            if not self.groovy:
                self._require(
                    lt in (T.OBJECT,) or rt in (T.OBJECT,) or T.is_numeric(lt) and T.is_numeric(rt),
                    f"operator {op} is not defined for {lt} and {rt}", pos,
                )
            fn = self.k(self.c._dynamic.arithmetic(op, self.groovy))
            return Code(f"{fn}({self._dyn_arg(left)}, {self._dyn_arg(right)})", self._dynamic_result(op, lt, rt))
        t = T.binary_numeric_promotion(lt, rt)
        a, b = self.convert(left, t), self.convert(right, t)
        if t in (T.INT, T.LONG):
            if op == "/":
                return Code(self._wrap(t, f"_idiv({a}, {b})"), t)
            if op == "%":
                return Code(f"_irem({a}, {b})", t)
            return Code(self._wrap(t, f"({a} {op} {b})"), t)
        if op == "/":
            code = f"_ddiv({a}, {b})"
        elif op == "%":
            code = f"_drem({a}, {b})"
        else:
            code = f"({a} {op} {b})"
        return Code(f"_f32({code})" if t == T.FLOAT else code, t)

    def _dyn_arg(self, code: Code) -> str:
        return f"_ord({code.py})" if T.unbox(code.type) == T.CHAR else code.py

    def _dynamic_result(self, op: str, lt: str, rt: str) -> str:
        """The static type of a dynamically computed arithmetic result, where known."""
        kinds = {T.unbox(lt), T.unbox(rt)}
        if T.OBJECT in kinds:
            return T.OBJECT
        if self.groovy:
            if kinds & {T.DOUBLE, T.FLOAT}:
                return T.DOUBLE
            if T.BIG_DECIMAL in kinds or op == "/":
                return T.BIG_DECIMAL
            if T.BIG_INTEGER in kinds:
                return T.BIG_INTEGER
            return T.binary_numeric_promotion(lt, rt) if all(T.is_numeric(k) for k in kinds) else T.OBJECT
        return T.OBJECT

    def _comparison(self, op: str, left: Code, right: Code, pos: int) -> Code:
        lt, rt = left.type, right.type
        if self.groovy and not (T.is_primitive(lt) and T.is_primitive(rt)):
            fn = self.k(self.c._dynamic.groovy_compare)
            return Code(f"({fn}({self._dyn_arg(left)}, {self._dyn_arg(right)}) {op} 0)", T.BOOLEAN)
        if T.is_numeric(lt) and T.is_numeric(rt):
            t = T.binary_numeric_promotion(lt, rt)
            return Code(f"({self.convert(left, t)} {op} {self.convert(right, t)})", T.BOOLEAN)
        if self.groovy or T.OBJECT in (lt, rt):
            fn = f"_cmp({self._dyn_arg(left)}, {self._dyn_arg(right)})"
            return Code(f"({fn} {op} 0)", T.BOOLEAN)
        raise _Fail(f"operator {op} is not defined for {lt} and {rt}", pos)

    def _shift(self, op: str, left: Code, right: Code, pos: int) -> Code:
        self._require(T.is_integral(left.type) and T.is_integral(right.type), f"operator {op} needs integers", pos)
        t = T.unary_numeric_promotion(left.type)
        a = self.convert(left, t)
        n = self.convert(right, T.unary_numeric_promotion(right.type))
        mask = 63 if t == T.LONG else 31
        if op == "<<":
            return Code(self._wrap(t, f"({a} << ({n} & {mask}))"), t)
        if op == ">>":
            return Code(f"({a} >> ({n} & {mask}))", t)
        return Code(f"_ushr{64 if t == T.LONG else 32}({a}, {n})", t)

    def _bitwise(self, op: str, left: Code, right: Code, pos: int) -> Code:
        if T.is_boolean(left.type) and T.is_boolean(right.type):
            return Code(f"({self.as_bool(left)} {op} {self.as_bool(right)})", T.BOOLEAN)
        self._require(T.is_integral(left.type) and T.is_integral(right.type), f"operator {op} needs integers or booleans", pos)
        t = T.binary_numeric_promotion(left.type, right.type)
        return Code(f"({self.convert(left, t)} {op} {self.convert(right, t)})", t)

    def gen_Conditional(self, node: A.Conditional) -> Code:
        cond = self.gen(node.cond)
        then = self.gen(node.then)
        other = self.gen(node.otherwise)
        t = self._conditional_type(then, other, node)
        a = self.coerce(then, t) if T.is_primitive(t) else then.py
        b = self.coerce(other, t) if T.is_primitive(t) else other.py
        return Code(f"({a} if {self.condition(cond, node.pos)} else {b})", t)

    def _conditional_type(self, a: Code, b: Code, node: A.Conditional) -> str:
        """JLS 15.25: the type of ``c ? a : b``."""
        at, bt = a.type, b.type
        if at == bt:
            return at
        if a.null:
            return T.box(bt)
        if b.null:
            return T.box(at)
        if T.is_numeric(at) and T.is_numeric(bt) and not self.groovy:
            return self._numeric_conditional_type(at, bt, node)
        if T.is_boolean(at) and T.is_boolean(bt):
            return T.BOOLEAN
        if self.reg.is_subtype(at, bt):
            return bt
        if self.reg.is_subtype(bt, at):
            return at
        return T.OBJECT

    def _numeric_conditional_type(self, at: str, bt: str, node: A.Conditional) -> str:
        """Numeric operands: the narrow type when the other operand is an int constant
        that fits it (``false ? 1 : 'a'`` is a char), byte with short is short, else
        binary numeric promotion."""
        ua, ub = T.unbox(at), T.unbox(bt)
        if ua == ub:
            return ua
        for narrow, constant in ((ua, _int_constant(node.otherwise)), (ub, _int_constant(node.then))):
            if narrow in _NARROW_RANGE and constant is not None and constant in _NARROW_RANGE[narrow]:
                return narrow
        if {ua, ub} == {T.BYTE, T.SHORT}:
            return T.SHORT
        return T.binary_numeric_promotion(at, bt)

    def gen_Elvis(self, node: A.Elvis) -> Code:
        left = self.gen(node.left)
        right = self.gen(node.right)
        fn = self.k(self.c._dynamic.elvis)
        t = left.type if left.type == right.type else T.OBJECT
        return Code(f"{fn}({left.py}, lambda: {right.py})", t)

    def gen_Cast(self, node: A.Cast) -> Code:
        operand = self.gen(node.operand)
        target = self._type_class(node.type)
        if node.groovy_as:
            if not self.c._dynamic.groovy_as_supported(target, self.reg):
                raise _Fail(f"Groovy 'as {target}' conversion is not supported", node.pos,
                            ForbiddenExpressionError, target)
            fn = self.k(self.c._dynamic.groovy_as(target))
            return Code(f"{fn}(E, {operand.py})", target)
        if T.is_primitive(target):
            return Code(self._primitive_cast(operand, target, node.pos), target)
        if T.is_primitive(operand.type):
            boxed = T.box(operand.type)
            if target not in (boxed, T.OBJECT, T.NUMBER, "java.lang.Comparable", "java.io.Serializable"):
                raise _Fail(f"cannot cast {operand.type} to {target}", node.pos)
            return Code(operand.py, target)
        cls = self.reg.get(target)
        if cls is not None and cls.python_types and operand.type != target:
            return Code(f"_cast({operand.py}, {self.k(cls.python_types)}, {self.k(target)})", target)
        return Code(operand.py, target)

    def _primitive_cast(self, operand: Code, target: str, pos: int) -> str:
        if self.groovy and target not in (T.BOOLEAN, T.CHAR) and not T.is_numeric(operand.type):
            return f"{self.k(self.c._dynamic.number_cast(target))}({operand.py})"
        source = T.unbox(operand.type)
        value = operand.py
        if operand.type == T.OBJECT:
            source = T.DOUBLE if target in (T.FLOAT, T.DOUBLE) else T.LONG
            value = f"_u({value})"
        elif not T.is_primitive(operand.type):
            value = f"_u({value})"
            self._require(self.groovy or source not in T.PRIMITIVES or T.widens_to(source, target),
                          f"cannot cast {operand.type} to {target}", pos)
        if target == T.BOOLEAN:
            self._require(source == T.BOOLEAN, f"cannot cast {operand.type} to boolean", pos)
            return value
        self._require(source in T._NUMERIC_RANK or operand.type == T.OBJECT, f"cannot cast {operand.type} to {target}", pos)
        if source == T.CHAR:
            value, source = f"_ord({value})", T.INT
            if target == T.CHAR:
                return operand.py
        if target == T.CHAR:
            if source in (T.FLOAT, T.DOUBLE):
                value = f"_d2i({value})"
            return f"_i2c({value})"
        if target in (T.FLOAT, T.DOUBLE):
            if target == T.FLOAT:  # a long is rounded once, straight to a float
                return f"_f32({value})" if source in T.INTEGRAL else f"_f32(_float({value}))"
            return f"_float({value})"
        if source in (T.FLOAT, T.DOUBLE):
            value = f"_d2l({value})" if target == T.LONG else f"_d2i({value})"
            if target in (T.INT, T.LONG):
                return value
        return self._wrap(target, value) if target != source else value

    def gen_InstanceOf(self, node: A.InstanceOf) -> Code:
        operand = self.gen(node.operand)
        target = self._type_class(node.type)
        fn = self.k(self.c._dynamic.instance_of(self.reg, target))
        return Code(f"{fn}({operand.py})", T.BOOLEAN)

    def gen_ListLiteral(self, node: A.ListLiteral) -> Code:
        return Code("[" + ", ".join(self.gen(e).py for e in node.elements) + "]", "java.util.ArrayList")

    def gen_MapLiteral(self, node: A.MapLiteral) -> Code:
        items = ", ".join(f"{self.gen(k).py}: {self.gen(v).py}" for k, v in node.entries)
        return Code("{" + items + "}", "java.util.LinkedHashMap")

    def gen_GString(self, node: A.GString) -> Code:
        pieces = [self.k(p) if isinstance(p, str) else self.to_string(self.gen(p)) for p in node.parts]
        return Code("(" + " + ".join(pieces or ["''"]) + ")", T.STRING)

    # --- conversions ------------------------------------------------------------------------

    def _wrap(self, t: str, code: str) -> str:
        fn = _WRAP.get(t)
        return f"{fn}({code})" if fn else code

    def _require(self, ok: bool, message: str, pos: int) -> None:
        if not ok:
            raise _Fail(message, pos)

    def convert(self, code: Code, target: str) -> str:
        """Python for ``code`` converted to ``target`` as Java's assignment and method
        invocation conversions do (widening, boxing, unboxing, char to int)."""
        source = code.type
        if source == target or code.null:
            return code.py
        src = T.unbox(source)
        dst = T.unbox(target)
        if dst == T.CHAR and src in (T.BYTE, T.SHORT, T.INT):  # an int constant that fits a char
            return f"_i2c({code.py})"
        if dst == T.CHAR or src == dst:
            return code.py
        if src == T.CHAR and dst in T._NUMERIC_RANK:
            value = f"_ord({code.py})"
            return f"_float({value})" if dst in (T.FLOAT, T.DOUBLE) else value
        if dst in (T.FLOAT, T.DOUBLE) and src in (T.BYTE, T.SHORT, T.INT, T.LONG):
            return f"_float({code.py})" if dst == T.DOUBLE else f"_f32({code.py})"
        return code.py

    def coerce(self, code: Code, target: str) -> str:
        """Like :meth:`convert`, but unboxing a null reference throws (as Java's unboxing
        does) where the value would otherwise pass through unnoticed."""
        if T.is_primitive(target) and not T.is_primitive(code.type) and code.type != T.OBJECT and not code.null:
            code = Code(f"_u({code.py})", T.unbox(code.type))
        return self.convert(code, target)

    def as_bool(self, code: Code) -> str:
        if code.type == "java.lang.Boolean":
            return f"_ub({code.py})"
        return code.py

    def condition(self, code: Code, pos: int) -> str:
        if self.groovy and code.type != T.BOOLEAN:
            return f"_gt({code.py})"
        if not (T.is_boolean(code.type) or code.type == T.OBJECT):
            raise _Fail(f"a condition must be boolean, not {code.type}", pos)
        if code.type == T.OBJECT:
            return f"_ub({code.py})"
        return self.as_bool(code)

    def to_string(self, code: Code) -> str:
        """``String.valueOf(x)`` of a value of the code's static type."""
        if code.null:
            return self.k("null")
        fn = _TO_STRING.get(code.type)
        if fn is None:
            return f"_so(E, {code.py})"
        if code.type == T.STRING and self._is_constant(code):
            return code.py
        return f"{fn}({code.py})"

    @staticmethod
    def _is_constant(code: Code) -> bool:
        return code.py.startswith("_k") and code.py[2:].isdigit()
