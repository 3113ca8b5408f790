"""Reading JSON as JasperReports does (Jackson with comments, unquoted and single-quoted
names allowed), and writing JSON values back the way Jackson prints them.

Accepted beyond strict JSON, as JasperReports' parser settings allow: ``//`` and ``/* */``
comments, unquoted object names (Java identifiers), single-quoted names and strings.  Not
accepted (Jackson refuses them too): trailing commas, ``NaN``/``Infinity``, leading zeros,
unescaped control characters in strings.  Whatever follows the first value is ignored.

Values: objects -> dict (key order kept; a repeated key keeps its first place and its
last value), arrays -> list, integers -> int, other numbers -> float, ``true``/``false`` ->
bool, ``null`` -> None.
"""

from __future__ import annotations

import functools
import json
import re
from typing import Any

from ..errors import DataError, Location
from ..expressions.javalib.text import double_to_string

__all__ = ["parse_json", "to_json_text", "as_text", "MISSING", "is_value_node"]


class _Missing:
    """Jackson's MissingNode: what a path that leads nowhere selects."""

    _instance = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()

_INT32 = (-(2**31), 2**31 - 1)


@functools.cache
def strict_decoder() -> tuple[Any, type[Exception]]:
    """msgspec's reader of untyped JSON and the error it raises (imported on first use: a
    process reading no JSON does not pay for it).  What it reads it reads as json.loads
    does (integers of any size exact, the same doubles, a repeated key's last value in its
    first place: tests/data/test_json.py holds it to that); what it refuses goes to
    json.loads."""
    import msgspec

    return msgspec.json.Decoder().decode, msgspec.DecodeError


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def parse_json(data: bytes | str, name: str = "<json>") -> Any:
    """Parse ``data``; DataError with line and column when it is not (lenient) JSON."""
    if not (isinstance(data, bytes) and data.startswith(_BOMS)):
        decode, refused = strict_decoder()
        try:  # fast path: strict UTF-8 JSON, read by msgspec (twice as fast as json)
            return decode(data)
        except refused:
            pass  # (not strict JSON; or a number out of a double's range, a lone surrogate: json reads those)
    if isinstance(data, bytes):
        text = _decode(data, name)
    else:
        text = data
    try:  # strict JSON
        return json.loads(text, parse_constant=_reject_constant)
    except ValueError:
        pass
    strict = _to_strict(text)
    if strict is not None:
        try:  # the lenient forms rewritten as strict JSON: the same values, read in C
            return json.loads(strict, parse_constant=_reject_constant)
        except ValueError:
            pass
    # the careful reader: it gives the error (with its place) Jackson would give
    return _Parser(text, name).parse()


# The lenient forms JasperReports' Jackson accepts, each rewritten to strict JSON: runs of
# double-quoted strings, numbers and punctuation are kept as they are (so nothing inside a
# string is touched), comments become a space, single-quoted strings and unquoted names
# followed by ':' become double-quoted strings.  Anything the rewrite leaves invalid (an unterminated
# comment, a name used as a value, ...) fails in json.loads and goes to _Parser.
_LENIENT_PATTERN = (
    r"""
    (?:"[^"\\\x00-\x1f]*(?:\\.[^"\\\x00-\x1f]*)*"|[^"'/A-Za-z_$\u00c0-\uffff]+)+
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | '(?P<sq>[^'\\\x00-\x1f]*(?:\\.[^'\\\x00-\x1f]*)*)'
  | (?P<name>[A-Za-z_$\u00c0-\uffff][A-Za-z0-9_$\u00c0-\uffff]*)(?=[ \t\r\n]*:)
    """
)


def _strict_token(m: re.Match[str]) -> str:
    if m.group("comment") is not None:
        return " "
    name = m.group("name")
    if name is not None:
        return f'"{name}"'
    body = m.group("sq")
    if body is not None:
        # \' means ' in a single-quoted string; a bare " must be escaped in a double-quoted one
        return '"' + re.sub(r'\\(.)|"', _requote, body) + '"'
    return m.group(0)


def _requote(m: re.Match[str]) -> str:
    escaped = m.group(1)
    if escaped is None:
        return '\\"'
    return "'" if escaped == "'" else m.group(0)


def _to_strict(text: str) -> str | None:
    """``text`` with the lenient forms rewritten (see ``_LENIENT_PATTERN``); None when it has none."""
    if "'" not in text and "/" not in text and not re.search(r"[{,][ \t\r\n]*[A-Za-z_$\u00c0-\uffff]", text):
        return None
    return _compiled(_LENIENT_PATTERN).sub(_strict_token, text)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """The readers' patterns, compiled on first use (compiling them takes a few ms, which
    every process would pay at import)."""
    return re.compile(pattern, re.X | re.S)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for bom, enc in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[2:].decode(enc)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8 text at byte {exc.start}", Location(name)) from None


_TOKEN_PATTERN = (
    r"""
    (?P<ws>[ \t\r\n]+)
  | (?P<line_comment>//[^\n]*)
  | (?P<block_comment>/\*.*?\*/)
  | (?P<dq>"(?:[^"\\\x00-\x1f]|\\.)*")
  | (?P<sq>'(?:[^'\\\x00-\x1f]|\\.)*')
  | (?P<num>-?(?:0|[1-9][0-9]*)(?P<frac>\.[0-9]+)?(?P<exp>[eE][+-]?[0-9]+)?)
  | (?P<name>[A-Za-z_$\u00c0-\uffff][A-Za-z0-9_$\u00c0-\uffff]*)
  | (?P<punct>[{}\[\]:,])
    """
)

_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "'": "'"}


class _Parser:
    def __init__(self, text: str, name: str) -> None:
        self.text = text
        self.name = name
        self.pos = 0
        self.tok: tuple[str, str, int] | None = None
        self.token = _compiled(_TOKEN_PATTERN)

    def error(self, message: str, pos: int | None = None) -> DataError:
        p = self.pos if pos is None else pos
        line = self.text.count("\n", 0, p) + 1
        column = p - (self.text.rfind("\n", 0, p) + 1) + 1
        return DataError(f"not valid JSON: {message}", Location(self.name, line, column))

    def next(self) -> tuple[str, str, int]:
        text = self.text
        while True:
            if self.pos >= len(text):
                return ("eof", "", self.pos)
            m = self.token.match(text, self.pos)
            if m is None:
                if text.startswith("/*", self.pos):
                    raise self.error("unterminated comment")
                if text[self.pos] in "\"'":
                    raise self.error("unterminated string or control character in a string")
                raise self.error(f"unexpected character {text[self.pos]!r}")
            kind = m.lastgroup
            start = self.pos
            self.pos = m.end()
            if kind in ("ws", "line_comment", "block_comment"):
                continue
            if kind in ("frac", "exp"):
                kind = "num"
            if (
                kind == "num"
                and self.pos < len(text)
                and (text[self.pos].isalnum() or text[self.pos] in "._")
            ):
                raise self.error("malformed number", start)
            return (kind or "", m.group(0), start)

    def parse(self) -> Any:
        tok = self.next()
        if tok[0] == "eof":
            raise self.error("no content")
        return self.value(tok)

    def value(self, tok: tuple[str, str, int]) -> Any:
        kind, text, start = tok
        if kind == "punct":
            if text == "{":
                return self.obj()
            if text == "[":
                return self.arr()
            raise self.error(f"unexpected {text!r}", start)
        if kind in ("dq", "sq"):
            return self.string(text, start)
        if kind == "num":
            if "." in text or "e" in text or "E" in text:
                return float(text)
            return int(text)
        if kind == "name":
            if text == "true":
                return True
            if text == "false":
                return False
            if text == "null":
                return None
            raise self.error(f"unexpected token {text!r}", start)
        raise self.error("unexpected end of input", start)

    def string(self, token: str, start: int) -> str:
        body = token[1:-1]
        if "\\" not in body:
            return body
        out: list[str] = []
        i = 0
        while i < len(body):
            c = body[i]
            if c != "\\":
                out.append(c)
                i += 1
                continue
            e = body[i + 1]
            if e == "u":
                hexa = body[i + 2 : i + 6]
                if len(hexa) < 4 or not all(h in "0123456789abcdefABCDEF" for h in hexa):
                    raise self.error("bad \\u escape", start + 1 + i)
                out.append(chr(int(hexa, 16)))
                i += 6
                continue
            if e == "'" and token[0] != "'":
                raise self.error("unrecognized escape \\'", start + 1 + i)
            if e not in _ESCAPES:
                raise self.error(f"unrecognized escape \\{e}", start + 1 + i)
            out.append(_ESCAPES[e])
            i += 2
        text = "".join(out)
        # join surrogate pairs written as two \u escapes
        return (
            text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
            if any("\ud800" <= ch <= "\udfff" for ch in text)
            else text
        )

    def obj(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        tok = self.next()
        if tok[:2] == ("punct", "}"):
            return result
        while True:
            kind, text, start = tok
            if kind in ("dq", "sq"):
                key = self.string(text, start)
            elif kind == "name":
                key = text
            else:
                raise self.error("expected a field name", start)
            colon = self.next()
            if colon[:2] != ("punct", ":"):
                raise self.error("expected ':'", colon[2])
            result[key] = self.value(self.next())
            sep = self.next()
            if sep[:2] == ("punct", "}"):
                return result
            if sep[:2] != ("punct", ","):
                raise self.error("expected ',' or '}'", sep[2])
            tok = self.next()

    def arr(self) -> list[Any]:
        result: list[Any] = []
        tok = self.next()
        if tok[:2] == ("punct", "]"):
            return result
        while True:
            result.append(self.value(tok))
            sep = self.next()
            if sep[:2] == ("punct", "]"):
                return result
            if sep[:2] != ("punct", ","):
                raise self.error("expected ',' or ']'", sep[2])
            tok = self.next()


# --- Jackson's view of values ------------------------------------------------------------


def is_value_node(v: Any) -> bool:
    return v is not MISSING and not isinstance(v, (dict, list))


def is_int_node(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and _INT32[0] <= v <= _INT32[1]


def as_text(v: Any) -> str:
    """Jackson ``JsonNode.asText()``: containers and missing nodes give ""."""
    if v is None:
        return "null"
    if v is MISSING or isinstance(v, (dict, list)):
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        return double_to_string(v)
    return str(v)


def _quote(s: str) -> str:
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch < " ":
            named = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}.get(ch)
            out.append(named or f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def to_json_text(v: Any) -> str:
    """Jackson ``JsonNode.toString()``: compact JSON."""
    if v is MISSING:
        return ""
    if isinstance(v, dict):
        return "{" + ",".join(f"{_quote(k)}:{to_json_text(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ",".join(to_json_text(x) for x in v) + "]"
    if isinstance(v, str):
        return _quote(v)
    return as_text(v)
