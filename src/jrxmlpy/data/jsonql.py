"""JSONQL, JasperReports' richer JSON query language, and ``JsonQLDataSource``.

An expression is an optional ``$`` (absolute: from the data's root, which only matters in
field expressions) followed by members, each optionally followed by a filter ``( ... )``:

=====================  ===========================================================
``Key`` / ``.Key``      down into an object member (on arrays: every element's member)
``["key"]``             down by a complex key (the string is a regular expression the
                        whole member name must match, as in JasperReports)
``.*``                  children (object values / array elements)
``..Key`` ``..*``       anywhere down (breadth first, the start node included for ``*``)
``[2]`` ``[0, 2]``      index / several indexes of the current collection
``[1:3]`` ``[-1:]``     slice (negative indexes count from the end)
``[A, "b c"]``          object construction: new objects with only these keys
``^`` ``^^`` ``^{N}``   up one / N levels (towards the parents the nodes were reached by)
=====================  ===========================================================

Filters: ``path@function operator value`` combined with ``&&``, ``||``, ``!`` and
parentheses.  Functions: ``@size`` (array size), ``@val`` (the node's own value),
``@isNull``, ``@isNotNull``, ``@isArray``, ``@isObject``, ``@isValue``.  Operators
``==``, ``!=``, ``<``, ``<=``, ``>``, ``>=`` (numbers compared as decimals), ``*=`` (string
contains).  Values: double-quoted strings, numbers, ``true``, ``false``, ``null``.
Comments ``//`` and ``/* */`` are allowed.

The records of a query are the selected nodes (a single selected array gives its
elements).  A field is read with the JSONQL expression of its
``net.sf.jasperreports.jsonql.field.expression`` property, else its description, else its
name, evaluated on the record (or the root for ``$...``); the first node found is the value.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from ..design.report import Field
from ..errors import DataError, Location
from .base import DataContext, DataSource, Reader, TextAttributes, _Conversion, field_expression
from .convert import BOOLEAN, OBJECT, Converter, convert_number, is_number_class
from .json import JsonValue, load_json
from .jsontext import MISSING, as_text, is_int_node, is_value_node

FIELD_EXPRESSION = "net.sf.jasperreports.jsonql.field.expression"

DOWN, ANYWHERE = "down", "anywhere"


class Node:
    """A JSON value and the node it was reached from (``JRJsonNode``)."""

    __slots__ = ("data", "parent")

    def __init__(self, parent: Node | None, data: Any) -> None:
        self.parent = parent
        self.data = data

    def child(self, data: Any) -> Node:
        return Node(self, data)

    def __repr__(self) -> str:
        return f"Node({self.data!r})"


def _container_nodes(nodes: list[Node]) -> list[Node]:
    if len(nodes) == 1 and isinstance(nodes[0].data, list):
        parent = nodes[0]
        return [parent.child(d) for d in parent.data]
    return nodes


def _container_size(nodes: list[Node]) -> int:
    if len(nodes) == 1 and isinstance(nodes[0].data, list):
        return len(nodes[0].data)
    return len(nodes)


def _add_children(node: Node, queue: deque[Node]) -> None:
    data = node.data
    if isinstance(data, dict):
        queue.extend(node.child(v) for v in data.values())
    elif isinstance(data, list):
        queue.extend(node.child(v) for v in data)


# --- the expression tree ------------------------------------------------------------------


@dataclass(slots=True)
class Member:
    kind: str  # key, wildcard, index, indexes, slice, object, up
    direction: str = DOWN
    key: str | None = None
    complex: bool = False
    indexes: list[int] = field(default_factory=list)
    start: int | None = None
    end: int | None = None
    keys: list[str] = field(default_factory=list)
    level: int = 1
    filter: Any = None
    pattern: Any = None


@dataclass(slots=True)
class Basic:
    members: list[Member]
    function: str | None = None
    operator: str | None = None
    value_type: str | None = None  # string, integer, double, boolean, null
    value: str | None = None


@dataclass(slots=True)
class Compound:
    operator: str  # && or ||
    left: Any
    right: Any


@dataclass(slots=True)
class Not:
    operand: Any


@dataclass(slots=True)
class Expression:
    absolute: bool
    members: list[Member]


# --- parsing -------------------------------------------------------------------------------

_TOKENS = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<number>-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)
  | (?P<ident>[A-Za-z_$][A-Za-z0-9_$]*)
  | (?P<op>\.\.|==|!=|<=|>=|\*=|&&|\|\||[.*^{}\[\](),:@<>!$])
    """,
    re.X | re.S,
)

_FUNCTIONS = {"size", "val", "isNull", "isNotNull", "isArray", "isObject", "isValue"}


class JsonQLSyntaxError(DataError):
    """A JSONQL expression cannot be parsed."""


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens: list[tuple[str, str, int]] = []
        pos = 0
        while pos < len(text):
            m = _TOKENS.match(text, pos)
            if m is None:
                raise self.error(f"unexpected character {text[pos]!r}", pos)
            kind = m.lastgroup or ""
            if kind not in ("ws", "comment"):
                value = m.group(0)
                if kind == "ident" and value == "$":
                    kind = "op"
                self.tokens.append((kind, value, pos))
            pos = m.end()
        self.i = 0

    def error(self, message: str, pos: int | None = None) -> JsonQLSyntaxError:
        if pos is None:
            pos = self.tokens[self.i][2] if self.i < len(self.tokens) else len(self.text)
        return JsonQLSyntaxError(f"JSONQL expression {self.text!r}: {message} at offset {pos}")

    def peek(self, offset: int = 0) -> tuple[str, str, int] | None:
        j = self.i + offset
        return self.tokens[j] if j < len(self.tokens) else None

    def at(self, value: str, offset: int = 0) -> bool:
        t = self.peek(offset)
        return t is not None and t[0] == "op" and t[1] == value

    def take(self, value: str | None = None) -> tuple[str, str, int]:
        t = self.peek()
        if t is None:
            raise self.error(f"expected {value!r}" if value else "unexpected end")
        if value is not None and not (t[0] == "op" and t[1] == value):
            raise self.error(f"expected {value!r}, found {t[1]!r}")
        self.i += 1
        return t

    # expression := ['$'] members
    def expression(self) -> Expression:
        absolute = False
        if self.at("$"):
            self.take("$")
            absolute = True
        members = self.members(with_filters=True)
        if self.peek() is not None:
            raise self.error(f"unexpected {self.peek()[1]!r}")  # type: ignore[index]
        return Expression(absolute, members)

    def members(self, with_filters: bool) -> list[Member]:
        out: list[Member] = []
        first = True
        while True:
            member = self.member(first)
            if member is None:
                break
            first = False
            if with_filters and self.at("("):
                self.take("(")
                member.filter = self.or_expr()
                self.take(")")
            out.append(member)
        return out

    def member(self, first: bool) -> Member | None:
        t = self.peek()
        if t is None:
            return None
        kind, value, _ = t
        if kind == "op" and value == "..":
            self.take()
            nxt = self.peek()
            if nxt is None:
                raise self.error("expected a key after '..'")
            if nxt[0] == "ident":
                self.take()
                return Member("key", ANYWHERE, key=nxt[1])
            if nxt[0] == "op" and nxt[1] == "*":
                self.take()
                return Member("wildcard", ANYWHERE)
            if nxt[0] == "op" and nxt[1] == "[":
                return self.bracket(ANYWHERE)
            raise self.error(f"unexpected {nxt[1]!r} after '..'")
        if kind == "op" and value == ".":
            self.take()
            nxt = self.peek()
            if nxt is not None and nxt[0] == "ident":
                self.take()
                return Member("key", DOWN, key=nxt[1])
            if nxt is not None and nxt[0] == "op" and nxt[1] == "*":
                self.take()
                return Member("wildcard", DOWN)
            raise self.error("expected a key or '*' after '.'")
        if kind == "op" and value == "[":
            return self.bracket(DOWN)
        if kind == "op" and value == "^":
            level = 0
            while self.at("^"):
                self.take()
                if self.at("{"):
                    self.take("{")
                    n = self.take()
                    if n[0] != "number" or not n[1].isdigit() or int(n[1]) < 1:
                        raise self.error("expected a level >= 1 in ^{N}", n[2])
                    self.take("}")
                    level += int(n[1])
                else:
                    level += 1
            return Member("up", level=level)
        if first and kind == "ident":
            self.take()
            return Member("key", DOWN, key=value)
        if first and kind == "op" and value == "*":
            self.take()
            return Member("wildcard", DOWN)
        return None

    def bracket(self, direction: str) -> Member:
        self.take("[")
        items: list[tuple[str, str, int]] = []
        if self.at(":"):
            items.append(("none", "", 0))
        while not self.at("]"):
            t = self.take()
            if t[0] == "op" and t[1] == ":":
                items.append(t)
                continue
            if t[0] == "op" and t[1] == ",":
                continue
            if t[0] in ("ident", "string", "number"):
                items.append(t)
                continue
            raise self.error(f"unexpected {t[1]!r} in brackets", t[2])
        self.take("]")
        if any(t[0] == "op" and t[1] == ":" for t in items):
            parts = [t for t in items]
            colon = next(i for i, t in enumerate(parts) if t[0] == "op")
            start = parts[colon - 1] if colon > 0 and parts[colon - 1][0] == "number" else None
            end = parts[colon + 1] if colon + 1 < len(parts) and parts[colon + 1][0] == "number" else None
            if start is None and end is None:
                raise self.error("a slice needs a start or an end")
            return Member(
                "slice", direction, start=int(start[1]) if start else None, end=int(end[1]) if end else None
            )
        if not items:
            raise self.error("empty brackets")
        if all(t[0] == "number" for t in items):
            numbers = [int(t[1]) for t in items]
            if len(numbers) == 1:
                return Member("index", direction, indexes=numbers)
            return Member("indexes", direction, indexes=numbers)
        if len(items) == 1:
            t = items[0]
            if t[0] == "string":
                key = _unescape(t[1][1:-1])
                return Member("key", direction, key=key, complex=True, pattern=_regex(key))
            return Member("key", direction, key=t[1])
        keys: list[str] = []
        for t in items:
            if t[0] == "string":
                keys.append(_unescape(t[1][1:-1]))
            elif t[0] == "ident":
                keys.append(t[1])
            else:
                raise self.error("object construction takes keys only", t[2])
        return Member("object", direction, keys=keys)

    # filters
    def or_expr(self) -> Any:
        left = self.and_expr()
        while self.at("||"):
            self.take()
            left = Compound("||", left, self.and_expr())
        return left

    def and_expr(self) -> Any:
        left = self.not_expr()
        while self.at("&&"):
            self.take()
            left = Compound("&&", left, self.not_expr())
        return left

    def not_expr(self) -> Any:
        if self.at("!"):
            self.take()
            return Not(self.not_expr())
        if self.at("("):
            self.take("(")
            inner = self.or_expr()
            self.take(")")
            return inner
        return self.basic()

    def basic(self) -> Basic:
        members = self.members(with_filters=False)
        function = None
        if self.at("@"):
            self.take("@")
            t = self.take()
            if t[0] != "ident" or t[1] not in _FUNCTIONS:
                raise self.error(f"unknown function @{t[1]}", t[2])
            function = t[1]
        basic = Basic(members, function)
        op = self.peek()
        if op is not None and op[0] == "op" and op[1] in ("==", "!=", "<", "<=", ">", ">=", "*="):
            self.take()
            basic.operator = op[1]
            v = self.take()
            if v[0] == "string":
                basic.value_type, basic.value = "string", _unescape(v[1][1:-1])
            elif v[0] == "number":
                is_int = re.fullmatch(r"-?[0-9]+", v[1]) is not None
                basic.value_type, basic.value = ("integer" if is_int else "double"), v[1]
            elif v[0] == "ident" and v[1] in ("true", "false"):
                basic.value_type, basic.value = "boolean", v[1]
            elif v[0] == "ident" and v[1] == "null":
                basic.value_type, basic.value = "null", None
            else:
                raise self.error(f"expected a value, found {v[1]!r}", v[2])
        elif function in (None, "size", "val"):
            raise self.error("expected an operator")
        return basic


def _unescape(body: str) -> str:
    if "\\" not in body:
        return body
    out: list[str] = []
    i = 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            e = body[i + 1]
            if e == "u" and i + 6 <= len(body):
                out.append(chr(int(body[i + 2 : i + 6], 16)))
                i += 6
                continue
            out.append(simple.get(e, e))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _regex(key: str) -> re.Pattern[str]:
    try:
        return re.compile(key)
    except re.error:
        return re.compile(re.escape(key))


@lru_cache(maxsize=512)
def parse_jsonql(text: str) -> Expression:
    """Parse a JSONQL expression (cached)."""
    return _Parser(text.strip()).expression()


# --- evaluation ----------------------------------------------------------------------------


class _Evaluator:
    def __init__(self, for_filter: bool = False) -> None:
        self.for_filter = for_filter

    def evaluate_members(self, members: list[Member], nodes: list[Node]) -> list[Node] | None:
        result: list[Node] = nodes
        for m in members:
            step = self.member(m, result)
            if step is None:
                return None
            result = step
        return result

    def accept(self, m: Member, node: Node) -> bool:
        return m.filter is None or evaluate_filter(m.filter, node)

    def member(self, m: Member, nodes: list[Node]) -> list[Node] | None:
        if m.kind in ("key", "wildcard"):
            out: list[Node] = []
            for node in nodes:
                out.extend(self._down(m, node) if m.direction == DOWN else self._anywhere(m, node))
        elif m.kind == "up":
            out = []
            seen: list[Node] = []
            for node in nodes:
                parent: Node | None = node
                for _ in range(m.level):
                    parent = parent.parent if parent is not None else None
                if parent is not None and not any(p is parent for p in seen):
                    seen.append(parent)
                    if self.accept(m, parent):
                        out.append(parent)
        elif m.kind == "index":
            out = []
            index = m.indexes[0]
            if 0 <= index < _container_size(nodes):
                node = _container_nodes(nodes)[index]
                if self.accept(m, node):
                    out.append(node)
        elif m.kind == "indexes":
            out = []
            if m.direction == DOWN:
                container, size = _container_nodes(nodes), _container_size(nodes)
                for index in m.indexes:
                    if 0 <= index < size and self.accept(m, container[index]):
                        out.append(container[index])
            else:
                for node in _container_nodes(nodes):
                    out.extend(self._anywhere_arrays(m, node, lambda n: [i for i in m.indexes if 0 <= i < n]))
        elif m.kind == "slice":
            out = []
            if m.direction == DOWN:
                size = _container_size(nodes)
                start, end = self._slice(m, size)
                if start >= size or end < 0:
                    return None
                container = _container_nodes(nodes)
                out = [container[i] for i in range(start, end) if self.accept(m, container[i])]
            else:
                for node in _container_nodes(nodes):
                    out.extend(self._anywhere_arrays(m, node, lambda n: self._slice_range(m, n)))
        elif m.kind == "object":
            out = []
            for node in nodes:
                if m.direction == DOWN:
                    if isinstance(node.data, dict):
                        made = self._construct(m, node)
                        if made is not None:
                            out.append(made)
                    elif isinstance(node.data, list):
                        for item in node.data:
                            made = self._construct(m, node.child(item))
                            if made is not None:
                                out.append(made)
                else:
                    queue: deque[Node] = deque([node])
                    while queue:
                        current = queue.popleft()
                        _add_children(current, queue)
                        if isinstance(current.data, dict):
                            made = self._construct(m, current)
                            if made is not None:
                                out.append(made)
        else:  # pragma: no cover
            raise DataError(f"unknown JSONQL member {m.kind}")
        return out or None

    @staticmethod
    def _slice(m: Member, size: int) -> tuple[int, int]:
        start = m.start
        if start is None:
            start = 0
        elif start < 0:
            start = max(size + start, 0)
        end = m.end
        if end is None:
            end = size
        elif end < 0:
            end = size + end
        elif end > size:
            end = size
        return start, end

    def _slice_range(self, m: Member, size: int) -> list[int]:
        start, end = self._slice(m, size)
        if start >= size or end < 0:
            return []
        return list(range(start, end))

    def _anywhere_arrays(self, m: Member, node: Node, indexes_of: Any) -> list[Node]:
        out: list[Node] = []
        queue: deque[Node] = deque([node])
        while queue:
            current = queue.popleft()
            _add_children(current, queue)
            if isinstance(current.data, list):
                picked = []
                for i in indexes_of(len(current.data)):
                    child = current.child(current.data[i])
                    if self.accept(m, child):
                        picked.append(child.data)
                if picked:
                    out.append(current.child(picked))
        return out

    def _construct(self, m: Member, source: Node) -> Node | None:
        made: dict[str, Any] = {}
        data = source.data
        if not isinstance(data, dict):
            return None
        for key in m.keys:
            if key in data:
                if self.accept(m, source.child(data[key])):
                    made[key] = data[key]
        return source.child(made) if made else None

    def _filter_array(
        self, m: Member, parent: Node, array: list[Any], key: str | None, keep: bool
    ) -> list[Node]:
        out: list[Node] = []
        kept: list[Any] = []
        for current in array:
            if key is not None:
                if not isinstance(current, dict) or key not in current:
                    continue
                child = parent.child(current).child(current[key])
            else:
                child = parent.child(current)
            if self.accept(m, child):
                if keep:
                    kept.append(child.data)
                else:
                    out.append(child)
        if keep and kept:
            out.append(parent.child(kept))
        return out

    def _down(self, m: Member, node: Node) -> list[Node]:
        data = node.data
        if isinstance(data, dict):
            if m.kind == "wildcard":
                kept = [v for v in data.values() if self.accept(m, node.child(v))]
                return [node.child(kept)] if kept else []
            deeper = self._deeper(m, node, self.for_filter)
            return [deeper] if deeper is not None else []
        if isinstance(data, list):
            if m.kind == "wildcard":
                return self._filter_array(m, node, data, None, self.for_filter)
            if m.complex:  # a regular expression key is looked up literally in arrays
                return self._filter_array(m, node, data, m.key, self.for_filter)
            return self._filter_array(m, node, data, m.key, self.for_filter)
        return []

    def _anywhere(self, m: Member, node: Node) -> list[Node]:
        out: list[Node] = []
        queue: deque[Node] = deque()
        if isinstance(node.data, list):
            queue.extend(node.child(d) for d in node.data)
        else:
            queue.append(node)
        while queue:
            current = queue.popleft()
            _add_children(current, queue)
            data = current.data
            if isinstance(data, dict):
                if m.kind == "wildcard":
                    if self.accept(m, current):
                        out.append(current)
                else:
                    deeper = self._deeper(m, current, False)
                    if deeper is not None:
                        out.append(deeper)
            elif m.kind == "wildcard" and data is not MISSING:
                if self.accept(m, current):
                    out.append(current)
        return out

    def _deeper(self, m: Member, node: Node, keep_missing: bool) -> Node | None:
        data = node.data
        found: list[Any] = []
        if m.complex:
            for name, value in data.items():
                if m.pattern.fullmatch(name) and self.accept(m, node.child(value)):
                    found.append(value)
        elif m.key in data:
            value = data[m.key]
            if self.accept(m, node.child(value)):
                found.append(value)
        if len(found) > 1:
            return node.child(found)
        if len(found) == 1:
            return node.child(found[0])
        if keep_missing:
            return node.child(MISSING)
        return None


_MAIN = _Evaluator(False)
_FILTER = _Evaluator(True)


def evaluate_filter(expr: Any, node: Node) -> bool:
    if isinstance(expr, Compound):
        if expr.operator == "&&":
            return evaluate_filter(expr.left, node) and evaluate_filter(expr.right, node)
        return evaluate_filter(expr.left, node) or evaluate_filter(expr.right, node)
    if isinstance(expr, Not):
        return not evaluate_filter(expr.operand, node)
    return _basic(expr, node)


def _basic(expr: Basic, node: Node) -> bool:
    nodes: list[Node] = [node]
    for m in expr.members:
        result = _FILTER.member(m, nodes)
        if result is None:
            return False
        nodes = result
        if len(nodes) == 1 and nodes[0].data is MISSING:
            break
    single = nodes[0].data if len(nodes) == 1 else MISSING
    f = expr.function
    if f == "isNull":
        return len(nodes) == 1 and (single is None or single is MISSING)
    if f == "isNotNull":
        return len(nodes) > 1 or (len(nodes) == 1 and single is not None and single is not MISSING)
    if f == "isArray":
        return len(nodes) > 1 or (len(nodes) == 1 and isinstance(single, list))
    if f == "isObject":
        return len(nodes) == 1 and isinstance(single, dict)
    if f == "isValue":
        return len(nodes) == 1 and is_value_node(single)
    if f == "size":
        if len(nodes) > 1 or isinstance(single, list):
            return _size_operator(expr, _container_size(nodes))
        return False
    if len(nodes) == 1 and (is_value_node(single) or single is MISSING):
        return _operator(expr, single)
    return False


def _size_operator(expr: Basic, size: int) -> bool:
    if expr.value_type != "integer" or expr.value is None:
        return False
    operand = int(expr.value)
    return _compare(expr.operator, size, operand)


def _compare(op: str | None, a: Any, b: Any) -> bool:
    return {
        "==": a == b,
        "!=": a != b,
        ">": a > b,
        ">=": a >= b,
        "<": a < b,
        "<=": a <= b,
    }.get(op or "", False)


def _operator(expr: Basic, value: Any) -> bool:
    op, vtype = expr.operator, expr.value_type
    if vtype == "null":
        if op == "==":
            return value is None or value is MISSING
        if op == "!=":
            return not (value is None or value is MISSING)
        return False
    if isinstance(value, (int, float)) and not isinstance(value, bool) and vtype in ("integer", "double"):
        try:
            left = Decimal(as_text(value))
            right = Decimal(expr.value or "")
        except InvalidOperation:
            return False
        return _compare(op, left, right)
    if isinstance(value, str) and vtype == "string":
        if op == "*=":
            return (expr.value or "") in value
        if op in ("==", "!="):
            return (value == expr.value) == (op == "==")
        return False
    if isinstance(value, bool) and vtype == "boolean":
        other = expr.value == "true"
        if op in ("==", "!="):
            return (value == other) == (op == "==")
    return False


def select_nodes(root: Node, expression: str | None) -> list[Node]:
    """``selectNodes``: the records of ``expression`` over ``root``."""
    if expression is None or not expression.strip():
        return _container_nodes([root])
    parsed = parse_jsonql(expression)
    result = _MAIN.evaluate_members(parsed.members, [root])
    return _container_nodes(result) if result is not None else []


def select_node(current: Node, root: Node, expression: str) -> Node | None:
    """``selectNode``: the first node ``expression`` gives from ``current``."""
    if not expression.strip():
        return current
    parsed = parse_jsonql(expression)
    start = root if parsed.absolute else current
    result = _MAIN.evaluate_members(parsed.members, [start])
    return result[0] if result else None


class JsonQLDataSource(DataSource):
    """JSON records selected with JSONQL (see the module docstring)."""

    def __init__(
        self,
        source: Any,
        select: str | None = None,
        *,
        date_pattern: str | None = None,
        number_pattern: str | None = None,
        locale: str | None = None,
        timezone: Any = None,
        name: str | None = None,
    ) -> None:
        super().__init__()
        if isinstance(source, Node):
            self.root = source
            self.name = name or "<json>"
        else:
            tree, self.name = load_json(source, name)
            self.root = Node(None, tree)
        if self.root.data is MISSING:
            raise DataError("no JSON data", Location(self.name))
        self.select = select
        self.attributes = TextAttributes(date_pattern, number_pattern, locale, timezone)
        try:
            self._nodes = select_nodes(self.root, select)
        except JsonQLSyntaxError:
            raise

    @property
    def record_count(self) -> int | None:  # type: ignore[override]
        return len(self._nodes)

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        return iter(self._nodes)

    @property
    def current(self) -> Any:
        return self._current.data if isinstance(self._current, Node) else self._current

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        expression = field_expression(f, FIELD_EXPRESSION, empty_property_falls_back=False)
        if not expression:
            return lambda record: None
        parse_jsonql(expression)  # report syntax errors at bind time
        cls = f.value_class
        conv = Converter(self.attributes, ctx)
        root = self.root

        def read(record: Node) -> Any:
            node = select_node(record, root, expression)
            if node is None:
                return None
            data = node.data
            if cls == OBJECT:
                return None if data is MISSING else data
            if data is None:
                return None
            if cls in BOOLEAN and isinstance(data, bool):
                return data
            is_number = isinstance(data, (int, float)) and not isinstance(data, bool)
            if cls == "java.lang.Double" and isinstance(data, float):
                return data
            if cls == "java.lang.Integer" and is_int_node(data):
                return data
            if (
                cls == "java.math.BigInteger"
                and isinstance(data, int)
                and not isinstance(data, bool)
                and not (-(2**63) <= data < 2**63)
            ):
                return data
            if is_number_class(cls) and is_number:
                return convert_number(data, cls)
            result = conv.text(as_text(data), cls)
            if result is None:
                raise _Conversion(data, f"cannot convert to {cls}")
            return result

        return read

    def sub_data_source(self, select: str | None = None) -> JsonQLDataSource:
        node = self._require_current()
        a = self.attributes
        return JsonQLDataSource(
            node,
            select,
            date_pattern=a.date_pattern,
            number_pattern=a.number_pattern,
            locale=a.locale,
            timezone=a.time_zone,
            name=self.name,
        )

    def __repr__(self) -> str:
        return f"<JsonQLDataSource {self.name} select={self.select!r}>"


__all__ = [
    "JsonQLDataSource",
    "JsonValue",
    "parse_jsonql",
    "select_nodes",
    "select_node",
    "JsonQLSyntaxError",
]
