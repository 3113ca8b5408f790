"""Syntax tree -> expression source text, such that ``parse(unparse(t)) == t``.

Every operand that is itself an operator expression (unary, binary, conditional, elvis,
cast, instanceof) is parenthesised, so no precedence reasoning is needed; literals are
written so that they lex back to the same kind and value.
"""

from __future__ import annotations

import math
from decimal import Decimal

from jrxmlpy.expressions import ast

__all__ = ["unparse", "unparse_type"]

_COMPOUND = (ast.Unary, ast.Binary, ast.Conditional, ast.Elvis, ast.Cast, ast.InstanceOf)
_SIMPLE_ESCAPES = {"\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def unparse(node: ast.Node, language: str = "java") -> str:
    """Source text for ``node`` in ``language`` (``java``, ``groovy``, ``javascript``)."""
    return _Unparser(language.lower()).expr(node)


def unparse_type(typ: ast.TypeRef) -> str:
    out = typ.name
    if out.startswith("? ") and typ.args:
        return f"{out} {unparse_type(typ.args[0])}"
    if typ.args:
        out += "<" + ", ".join(unparse_type(a) for a in typ.args) + ">"
    return out + "[]" * typ.dims


def _escape(text: str, quote: str, groovy: bool) -> str:
    out = []
    for c in text:
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == quote:
            out.append("\\" + c)
        elif c == "$" and groovy:
            out.append("\\$")
        elif ord(c) < 0x20 or c == "\x7f":
            out.append(f"\\{ord(c):03o}")  # not \\u000a: javac translates that before lexing
        elif not c.isprintable() and c not in "\"'":
            out.append(f"\\u{ord(c):04x}" if ord(c) <= 0xFFFF else c)
        else:
            out.append(c)
    return "".join(out)


class _Unparser:
    def __init__(self, language: str) -> None:
        self.groovy = language == "groovy"
        self.js = language == "javascript"

    def operand(self, node: ast.Node) -> str:
        text = self.expr(node)
        return f"({text})" if isinstance(node, _COMPOUND) else text

    def target(self, node: ast.Node) -> str:
        """A node before ``.name``, ``[i]``: numbers and array creations need parentheses."""
        text = self.expr(node)
        if isinstance(node, _COMPOUND) or isinstance(node, ast.NewArray):
            return f"({text})"
        if isinstance(node, ast.Literal) and node.kind not in ("string", "char", "boolean", "null"):
            return f"({text})"
        return text

    def args(self, args: tuple[ast.Node, ...]) -> str:
        return "(" + ", ".join(self.expr(a) for a in args) + ")"

    def expr(self, node: ast.Node) -> str:
        method = getattr(self, "_" + type(node).__name__)
        return method(node)

    def _Literal(self, node: ast.Literal) -> str:
        kind, value = node.kind, node.value
        if kind == "string":
            return '"' + _escape(value, '"', self.groovy) + '"'  # type: ignore[arg-type]
        if kind == "char":
            if self.groovy:
                return "'" + _escape(value, "'", False) + "' as char"  # type: ignore[arg-type]
            return "'" + _escape(value, "'", False) + "'"  # type: ignore[arg-type]
        if kind == "boolean":
            return "true" if value else "false"
        if kind == "null":
            return "null"
        if kind == "int":
            assert isinstance(value, int)
            return str(value) if value >= 0 else f"0x{value & 0xFFFFFFFF:x}"
        if kind == "long":
            assert isinstance(value, int)
            return f"{value}L" if value >= 0 else f"0x{value & 0xFFFFFFFFFFFFFFFF:x}L"
        if kind == "biginteger":
            return f"{value}G"
        if kind == "bigdecimal":
            assert isinstance(value, Decimal)
            text = str(value)
            if "." not in text and "E" not in text:
                text += "E0"  # '1G' would be a BigInteger
            return text if self.groovy else text + "G"
        if kind in ("float", "double"):
            assert isinstance(value, float)
            if math.isinf(value) or math.isnan(value):
                raise ValueError(f"no literal for {value!r}")
            text = repr(value)
            return text + ("f" if kind == "float" else "d")
        raise ValueError(f"unknown literal kind {kind!r}")

    def _Ref(self, node: ast.Ref) -> str:
        return f"${node.kind}{{{node.name}}}"

    def _Name(self, node: ast.Name) -> str:
        return node.name

    def _FieldAccess(self, node: ast.FieldAccess) -> str:
        return f"{self.target(node.target)}{'?.' if node.safe else '.'}{node.name}"

    def _MethodCall(self, node: ast.MethodCall) -> str:
        args = self.args(node.args)
        if node.target is None:
            return node.name + args
        return f"{self.target(node.target)}{'?.' if node.safe else '.'}{node.name}{args}"

    def _New(self, node: ast.New) -> str:
        return f"new {unparse_type(node.type)}{self.args(node.args)}"

    def _NewArray(self, node: ast.NewArray) -> str:
        typ = node.type
        base = unparse_type(ast.TypeRef(typ.name, 0, typ.args))
        sizes = "".join(f"[{self.expr(s)}]" for s in node.sizes)
        empty = "[]" * (typ.dims - len(node.sizes))
        init = " " + self._ArrayInit(node.init) if node.init is not None else ""
        return f"new {base}{sizes}{empty}{init}"

    def _ArrayInit(self, node: ast.ArrayInit) -> str:
        return "{" + ", ".join(self.expr(e) for e in node.elements) + "}"

    def _Index(self, node: ast.Index) -> str:
        return f"{self.target(node.target)}[{self.expr(node.index)}]"

    def _Unary(self, node: ast.Unary) -> str:
        operand = node.operand
        if isinstance(operand, ast.Literal) and operand.kind in ("int", "long") and node.op == "-":
            if operand.value == (2**31 if operand.kind == "int" else 2**63):
                return "-" + self._Literal(operand)  # only valid right after '-'

        return node.op + self.operand(operand)

    def _Binary(self, node: ast.Binary) -> str:
        return f"{self.operand(node.left)} {node.op} {self.operand(node.right)}"

    def _Conditional(self, node: ast.Conditional) -> str:
        return f"{self.operand(node.cond)} ? {self.operand(node.then)} : {self.operand(node.otherwise)}"

    def _Elvis(self, node: ast.Elvis) -> str:
        return f"{self.operand(node.left)} ?: {self.operand(node.right)}"

    def _Cast(self, node: ast.Cast) -> str:
        operand = self.operand(node.operand)
        if node.groovy_as:
            return f"{operand} as {unparse_type(node.type)}"
        if operand.startswith(("[", "-", "+")):
            operand = f"({operand})"  # '(List) [1]' would be an index, '(A) -1' a subtraction
        return f"({unparse_type(node.type)}) {operand}"

    def _InstanceOf(self, node: ast.InstanceOf) -> str:
        return f"{self.operand(node.operand)} instanceof {unparse_type(node.type)}"

    def _ClassLiteral(self, node: ast.ClassLiteral) -> str:
        return f"{unparse_type(node.type)}.class"

    def _ListLiteral(self, node: ast.ListLiteral) -> str:
        return "[" + ", ".join(self.expr(e) for e in node.elements) + "]"

    def _MapLiteral(self, node: ast.MapLiteral) -> str:
        if not node.entries:
            return "[:]"
        entries = []
        for key, value in node.entries:
            key_text = self.expr(key)
            if not isinstance(key, ast.Literal):
                key_text = f"({key_text})"
            entries.append(f"{key_text}: {self.expr(value)}")
        return "[" + ", ".join(entries) + "]"

    def _GString(self, node: ast.GString) -> str:
        out = ['"']
        for part in node.parts:
            if isinstance(part, str):
                out.append(_escape(part, '"', True))
            else:
                out.append("${" + self.expr(part) + "}")
        out.append('"')
        return "".join(out)
