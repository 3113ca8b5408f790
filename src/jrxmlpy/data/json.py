"""``JsonDataSource``: JSON data with JasperReports' own ``json`` select language.

The language (not JSONPath) is a list of steps separated by dots:

* ``Name`` goes down into an object's member; applied to an array it collects the member
  of every element (arrays found there are flattened one level);
* ``Name[0][1]`` then takes array elements by index (a non-array gives nothing);
* ``Name(attr == value)`` keeps only the objects whose ``attr`` is a value equal (as text)
  to ``value``; operators are ``<``, ``<=``, ``>``, ``>=`` (compared as doubles),
  ``==``, ``!=`` (compared as text, quotes included).  The operator found first in the
  order ``<``, ``<=``, ``>``, ``>=``, ``==``, ``!=`` wins, as in JasperReports (so
  ``a <= 3`` is read as ``a < "= 3"`` and never matches).
* Splitting is on every ``.`` (empty steps are skipped), even inside a filter.

The select gives the records: an object is one record, an array gives its elements,
anything else no records.  Fields are read with the same language from the record: the
field's ``net.sf.jasperreports.json.field.expression`` property, else its description,
else its name.  Values: String fields get the text of a value (an array gives its JSON),
Boolean fields the boolean (false unless a JSON true), numbers and dates are parsed from the
value's text with the source's patterns and locale; Object fields get the raw value.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..design.report import Field
from ..errors import DataError, DataSourceNotFoundError, Location
from .base import DataContext, DataSource, Reader, TextAttributes, _Conversion, field_expression
from .convert import (
    BOOLEAN,
    DATE_CLASSES,
    NUMBER_CLASSES,
    OBJECT,
    STRING,
    Converter,
    convert_number,
    unchanged_ints,
)
from .jsontext import MISSING, as_text, is_value_node, parse_json, to_json_text

FIELD_EXPRESSION = "net.sf.jasperreports.json.field.expression"

_OPERATORS = ("<", "<=", ">", ">=", "==", "!=")


def load_json(source: Any, name: str | None = None) -> tuple[Any, str]:
    """The parsed JSON of ``source`` (a path, bytes, a binary/text file object, or an
    already parsed value wrapped in :class:`JsonValue`) and the name used in messages."""
    if isinstance(source, JsonValue):
        return source.value, name or "<json>"
    if isinstance(source, (bytes, bytearray)):
        return parse_json(bytes(source), name or "<bytes>"), name or "<bytes>"
    if isinstance(source, (io.IOBase,)) or hasattr(source, "read"):
        data = source.read()
        shown = name or getattr(source, "name", None) or "<stream>"
        return parse_json(data, str(shown)), str(shown)
    if isinstance(source, (str, os.PathLike)):
        path = Path(os.fspath(source))
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise DataSourceNotFoundError(
                f"JSON file not found: {path}", str(path), Location(str(path))
            ) from None
        except OSError as exc:
            raise DataError(f"cannot read JSON file: {exc.strerror}", Location(str(path))) from None
        return parse_json(data, name or str(path)), name or str(path)
    return source, name or "<json>"


def load_json_file(path: str, parsed: dict[Any, Any]) -> JsonValue:
    """The parsed JSON of the file at ``path``, kept in ``parsed`` (a fill's
    :attr:`DataContext.parsed`) for the next reader of the same, unchanged file."""
    try:
        stat = os.stat(path)
    except OSError:
        return JsonValue(load_json(path)[0])  # load_json reports the error
    real = parsed.get(("real path", path))
    if real is None:
        real = parsed[("real path", path)] = os.path.realpath(path)
    key = ("json", real, stat.st_mtime_ns, stat.st_size)
    value = parsed.get(key, MISSING)
    if value is MISSING:
        value = parsed[key] = load_json(path)[0]
    return JsonValue(value)


class JsonValue:
    """Marks an already parsed JSON value (a dict, list, ...) given as a data source."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


def _member(node: Any, key: str) -> Any:
    if isinstance(node, dict):
        return node.get(key, MISSING)
    return MISSING


_FILTERS: dict[str, tuple[str, str, str]] = {}


def _parse_filter(expression: str) -> tuple[str, str, str]:
    """(attribute, operator, value) of a filter (parsed once per filter text)."""
    parsed = _FILTERS.get(expression)
    if parsed is not None:
        return parsed
    for op in _OPERATORS:
        at = expression.find(op)
        if at != -1:
            parsed = (expression[:at].strip(), op, expression[at + len(op) :].strip())
            break
    else:
        raise DataError(f"JSON filter {expression!r} has no operator (one of {', '.join(_OPERATORS)})")
    if len(_FILTERS) >= 1024:
        _FILTERS.clear()
    _FILTERS[expression] = parsed
    return parsed


def evaluate_filter(node: Any, expression: str) -> bool:
    """``JsonUtil.evaluateJsonExpression``."""
    attribute, op, value = _parse_filter(expression)
    if op == "==" and type(node) is dict:  # the common case, decided without conversions
        selected = node.get(attribute, MISSING)
        if type(selected) is str:
            return selected == value  # a string's text is itself
    else:
        selected = _member(node, attribute)
    return _evaluate_selected(selected, op, value)


def _filtered(nodes: list[Any], expression: str) -> list[Any]:
    """The nodes of an array that pass the filter ``expression`` (parsed once; an empty
    array does not parse it, as JasperReports only parses a filter to test a node)."""
    if not nodes:
        return []
    attribute, op, value = _parse_filter(expression)
    if op != "==":
        return [n for n in nodes if evaluate_filter(n, expression)]
    out: list[Any] = []
    for node in nodes:  # equality of string members (the common case) inline
        if type(node) is dict:
            selected = node.get(attribute, MISSING)
            if type(selected) is str:
                if selected == value:
                    out.append(node)
                continue
        else:
            selected = MISSING
        if _evaluate_selected(selected, op, value):
            out.append(node)
    return out


def _evaluate_selected(selected: Any, op: str, value: str) -> bool:
    if not is_value_node(selected):
        return False
    text = as_text(selected)
    if op == "==":
        return text == value
    if op == "!=":
        return text != value
    try:
        left, right = _java_double(text), _java_double(value)
    except ValueError:
        return False
    return {"<": left < right, "<=": left <= right, ">": left > right, ">=": left >= right}[op]


_JAVA_DOUBLE = re.compile(r"[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)")


def _java_double(text: str) -> float:
    """``Double.parseDouble`` (decimal forms)."""
    t = text.strip()
    if not _JAVA_DOUBLE.fullmatch(t):
        raise ValueError(text)
    if t[-1] in "fFdD" and not t.endswith("Infinity"):
        t = t[:-1]
    return float(t.replace("Infinity", "inf"))


def _go_down(node: Any, name: str) -> Any:
    if node is None or node is MISSING:
        return node
    if isinstance(node, dict):
        return node.get(name, MISSING)
    if isinstance(node, list):
        out: list[Any] = []
        for item in node:
            deeper = _member(item, name)
            if deeper is MISSING:
                continue
            if isinstance(deeper, list):
                out.extend(deeper)
            else:
                out.append(deeper)
        return out
    return None


def _go_down_filtered(node: Any, step: str) -> Any:
    left = step.find("(")
    if left == -1:
        return _go_down(node, step)
    if step.find(")") != len(step) - 1:
        raise DataError(f"invalid JSON attribute selection {step!r}")
    if node is None or node is MISSING:
        return node
    path = step[:left]
    condition = step[left + 1 : -1]
    if isinstance(node, dict):
        target = node.get(path, MISSING)
        if isinstance(target, dict):
            return target if evaluate_filter(target, condition) else None
        if isinstance(target, list):
            return _filtered(target, condition)
        return None
    if isinstance(node, list):
        out: list[Any] = []
        for item in node:
            deeper = _member(item, path)
            if deeper is MISSING:
                continue
            if isinstance(deeper, list):
                out.extend(n for n in deeper if evaluate_filter(n, condition))
            elif evaluate_filter(deeper, condition):
                out.append(deeper)
        return out
    return None


def plain_member(expression: str | None) -> str | None:
    """The member name when ``expression`` is one plain member step, else None."""
    if expression and "." not in expression and "[" not in expression and "(" not in expression:
        return expression
    return None


def selector(expression: str | None) -> Any:
    """A function of a node doing :func:`select` with ``expression`` (a field reads the
    same expression from every record)."""
    name = plain_member(expression)
    if name is not None:
        def member(node: Any) -> Any:  # one plain member step
            if type(node) is dict:  # (the common case inline)
                return node.get(name, MISSING)
            return _go_down(node, name)
        return member
    return lambda node: select(node, expression)


def select(root: Any, expression: str | None) -> Any:
    """``JsonDataSource.getJsonData``: the node ``expression`` selects from ``root``
    (None when a step cannot apply, ``MISSING`` when a member is absent)."""
    if not expression:
        return root
    node = root
    for step in (s for s in expression.split(".") if s):
        bracket = step.find("[")
        if bracket != -1:
            if step.rfind("]") != len(step) - 1:
                raise DataError(f"invalid JSON expression {expression!r} at {step!r}")
            if bracket > 0:
                node = _go_down_filtered(node, step[:bracket])
            for op in (o for o in step[bracket:].split("]") if o):
                if not isinstance(node, list):
                    return None
                try:
                    index = int(op[1:])
                except ValueError:
                    raise DataError(f"invalid JSON array index {op[1:]!r} in {expression!r}") from None
                node = node[index] if 0 <= index < len(node) else MISSING
        else:
            node = _go_down_filtered(node, step)
    return node


class JsonDataSource(DataSource):
    """JSON records selected with JasperReports' ``json`` language (module docstring).

    ``source``: a path, JSON bytes, a file object, or :class:`JsonValue` of parsed data.
    """

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
        self.tree, self.name = load_json(source, name)
        self.select = select
        self.attributes = TextAttributes(date_pattern, number_pattern, locale, timezone)
        if self.tree is MISSING:
            raise DataError("no JSON data", Location(self.name))
        self._nodes = self._select_nodes()

    def _select_nodes(self) -> list[Any]:
        result = select(self.tree, self.select)
        if isinstance(result, dict):
            return [result]
        if isinstance(result, list):
            return result
        return []

    @property
    def record_count(self) -> int | None:  # type: ignore[override]
        return len(self._nodes)

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        return iter(self._nodes)

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        expression = field_expression(f, FIELD_EXPRESSION, empty_property_falls_back=False)
        cls = f.value_class
        conv = Converter(self.attributes, ctx)
        if not expression:
            return lambda record: None
        find = selector(expression)
        if cls == OBJECT:

            def read_object(record: Any) -> Any:
                value = find(record)
                return None if value is MISSING else value

            return read_object
        if cls not in (STRING, *BOOLEAN) and cls not in NUMBER_CLASSES and cls not in DATE_CLASSES:

            def refuse(record: Any) -> Any:
                value = find(record)
                if value is None or value is MISSING:
                    return None
                raise _Conversion(value, f"a JSON value cannot be converted to {cls}")

            return refuse

        # (a plain member of an object record is read inline: the common case)
        name = plain_member(expression)
        if cls == STRING:

            def read_string(record: Any) -> Any:
                value = record.get(name) if name is not None and type(record) is dict else find(record)
                if value is None or value is MISSING:
                    return None
                if type(value) is str:
                    return value  # its text (as_text)
                return to_json_text(value) if isinstance(value, list) else as_text(value)

            return read_string

        # (the class is the field's: which conversion applies is decided here, once)
        if cls in BOOLEAN:

            def read_boolean(record: Any) -> Any:
                value = find(record)
                if value is None or value is MISSING:
                    return None
                return value is True

            return read_boolean

        number = cls in NUMBER_CLASSES
        low, high = (unchanged_ints(cls) if number else None) or (1, 0)  # (an empty range: none)

        def read(record: Any) -> Any:
            value = record.get(name) if name is not None and type(record) is dict else find(record)
            if value is None or value is MISSING:
                return None
            if type(value) is int and low <= value <= high:
                return value  # (what convert_number gives it)
            if number and isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
                return convert_number(value, cls)  # a JSON number is taken as it is, not parsed by locale
            return conv.text(as_text(value), cls)

        return read

    def sub_data_source(self, select: str | None = None) -> JsonDataSource:
        node = self._require_current()
        a = self.attributes
        return JsonDataSource(
            JsonValue(node),
            select,
            date_pattern=a.date_pattern,
            number_pattern=a.number_pattern,
            locale=a.locale,
            timezone=a.time_zone,
            name=self.name,
        )

    def __repr__(self) -> str:
        return f"<JsonDataSource {self.name} select={self.select!r}>"
