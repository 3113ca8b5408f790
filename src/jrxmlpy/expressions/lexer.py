"""The lexer of template expressions: text -> tokens with offsets.

One compiled regular expression finds the next token; literals are decoded here (numbers
to their Java/Groovy values, escapes in strings and chars), so that the parser only
builds nodes.

Token kinds (``Token.kind``):

* ``"ident"``   an identifier (``text`` is the name);
* ``"literal"`` ``value`` is ``(literal_kind, python_value, needs_minus)``, literal kinds
  as in :class:`jrxmlpy.expressions.ast.Literal`; ``needs_minus`` is True for the Java
  decimal literals ``2147483648`` / ``9223372036854775808L`` that are only valid as the
  operand of a unary minus;
* ``"ref"``     ``$F{..}``, ``$P{..}``, ``$V{..}``, ``$R{..}``, ``$P!{..}``: ``value`` is
  ``(kind, name)``;
* ``"gstring"`` a Groovy double-quoted string with ``${expr}`` / ``$name`` parts:
  ``value`` is a tuple of parts: a ``str``, ``("expr", tokens)`` (tokens of the embedded
  expression, ending with an ``eof`` token at the closing ``}``) or
  ``("path", ((name, pos), ...))``;
* ``"eof"``     the end of the text;
* otherwise the operator or keyword itself (``"+"``, ``">>>"``, ``"new"``, ``"int"``).

Unicode escapes (``\\uXXXX``) are translated before lexing for Java and Groovy, as javac
and Groovy do (so ``"\\u0041"`` is ``"A"`` and ``\\u0022`` is a quote), except inside
``$F{...}`` references, which JasperReports extracts from the raw text.  Offsets always
refer to the original text.
"""

from __future__ import annotations

import re
import struct
from decimal import Decimal
from typing import Any

from jrxmlpy.errors import ExpressionSyntaxError

__all__ = ["Token", "tokenize", "JAVA_KEYWORDS", "GROOVY_KEYWORDS", "PRIMITIVE_TYPES", "LANGUAGES"]

LANGUAGES = ("java", "groovy", "javascript")

PRIMITIVE_TYPES = frozenset({"boolean", "byte", "char", "short", "int", "long", "float", "double"})

JAVA_KEYWORDS = frozenset(
    {
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class",
        "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
        "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
        "interface", "long", "native", "new", "package", "private", "protected", "public",
        "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
        "throw", "throws", "transient", "try", "void", "volatile", "while",
    }
)  # fmt: skip
GROOVY_KEYWORDS = JAVA_KEYWORDS | {"as", "def", "in", "trait"}

_LITERAL_WORDS = {
    "true": ("boolean", True, False),
    "false": ("boolean", False, False),
    "null": ("null", None, False),
}


class Token:
    """One token: ``kind`` (see the module doc), ``text`` (as written in the original
    text), ``pos``/``end`` (offsets in the original text) and ``value``, whose shape the
    kind decides: ``(literal kind, value, needs a minus)`` for a literal, ``(reference
    kind, name)`` for a ``$F{}``/``$P{}``/``$V{}``/``$R{}``, the parts of a GString."""

    __slots__ = ("kind", "text", "pos", "end", "value")

    def __init__(self, kind: str, text: str, pos: int, end: int, value: Any = None) -> None:
        self.kind = kind
        self.text = text
        self.pos = pos
        self.end = end
        self.value = value

    def __repr__(self) -> str:
        extra = "" if self.value is None else f" {self.value!r}"
        return f"<{self.kind} {self.text!r}@{self.pos}{extra}>"


# --- the master regular expression -------------------------------------------------------

_ID_START = "[^\\W\\d]|[$\u00a2-\u00a5\u20a0-\u20cf]"
_ID_PART = "[\\w\u00a2-\u00a5\u20a0-\u20cf\u0300-\u036f\u200c\u200d]|\\$(?!(?:P!|[FPVR])\\{)"
_IDENT = f"(?:{_ID_START})(?:{_ID_PART})*"
_IDENT_RE = re.compile(_IDENT)

_OPERATORS = [
    ">>>=",
    ">>>", "<<=", ">>=", "<=>", "==~", "===", "!==", "...", "..<", "**=",
    ">>", "<<", ">=", "<=", "==", "!=", "&&", "||", "?:", "**", "=~", "->", "::",
    "..", "++", "--", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
    "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "?", "+", "-", "*", "/", "%",
    "&", "|", "^", "!", "~", "<", ">", "=", "@",
]  # fmt: skip
_OP = "|".join(re.escape(op) for op in _OPERATORS)
# '?.' is the safe navigation operator except in 'c?.5:1' (a conditional with '.5').
_OP = r"\?\.(?!\d)|" + _OP

_DEC = r"\d[\d_]*"
_EXP = r"[eE][+-]?[\d_]*"
# Numbers: hexadecimal floats, hexadecimal / binary integers, decimal floats, decimal
# integers.  The trailing [\w$]* swallows a bad suffix so that it can be reported.
_NUMBER_JAVA = (
    r"0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?[pP][+-]?[\d_]*[\w$]*"
    r"|0[xX][\w$]*(?:\.[\w$]*)?"
    r"|0[bB][\w$]*"
    rf"|(?:{_DEC}\.(?:{_DEC})?|\.{_DEC})(?:{_EXP})?[\w$]*"
    rf"|{_DEC}(?:{_EXP})?[\w$]*"
)
# Groovy: '1.' is not a number ('1.toString()', '1..5'); a '.' must be followed by a digit.
_NUMBER_GROOVY = (
    r"0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?[pP][+-]?[\d_]*[\w$]*"
    r"|0[xX][\w$]*"
    r"|0[bB][\w$]*"
    rf"|(?:{_DEC}\.{_DEC}|\.{_DEC})(?:{_EXP})?[\w$]*"
    rf"|{_DEC}(?:{_EXP})?[\w$]*"
)

_MASTER = (
    r"(?P<ws>\s+)"
    r"|(?P<lc>//[^\r\n]*)"
    r"|(?P<bc>/\*)"
    r"|(?P<ref>\$(?:P!|[FPVR])\{)"
    r"|(?P<num>{num})"
    rf"|(?P<id>{_IDENT})"
    r"|(?P<dq>\")"
    r"|(?P<sq>')"
    rf"|(?P<op>{_OP})"
)
_MASTER_JAVA = re.compile(_MASTER.replace("{num}", _NUMBER_JAVA))
_MASTER_GROOVY = re.compile(_MASTER.replace("{num}", _NUMBER_GROOVY))

_REF_SPAN = re.compile(r"\$(?:P!|[FPVR])\{[^}]*\}?")
_UNICODE_ESCAPE = re.compile(r"(\\+)(u+)([0-9a-fA-F]{0,4})")

# Escapes in string/char literals after unicode translation.  Group 1: octal, 2: hex of a
# unicode escape (still present in JavaScript, or as written after an escaped backslash),
# 3: any other character.
_ESCAPE = re.compile(r"\\(?:([0-3][0-7]{0,2}|[4-7][0-7]?)|u+([0-9a-fA-F]{4})|(.)|$)", re.S)
_SIMPLE_ESCAPES = {
    "b": "\b",
    "t": "\t",
    "n": "\n",
    "f": "\f",
    "r": "\r",
    "s": " ",
    '"': '"',
    "'": "'",
    "\\": "\\",
}
_GROOVY_ESCAPES = dict(_SIMPLE_ESCAPES, **{"$": "$", "\n": ""})  # '\' + newline: a continuation
_JS_ESCAPES = dict(_SIMPLE_ESCAPES, **{"v": "\v", "0": "\0", "/": "/"})
del _JS_ESCAPES["s"]

_INT_MAX = 2**31 - 1
_LONG_MAX = 2**63 - 1
_DIGITS = {2: "01", 8: "01234567", 10: "0123456789", 16: "0123456789abcdefABCDEF"}


def _bad_underscores(body: str, digits: str) -> bool:
    """True when an ``_`` is not between two digits (Java's rule)."""
    if "_" not in body:
        return False
    for i, c in enumerate(body):
        if c == "_" and (i == 0 or body[i - 1] != "_"):
            j = i
            while j < len(body) and body[j] == "_":
                j += 1
            if i == 0 or body[i - 1] not in digits or j == len(body) or body[j] not in digits:
                return True
    return False


def _float32(value: float) -> float:
    return struct.unpack("<f", struct.pack("<f", value))[0]


class _Lexer:
    __slots__ = ("source", "text", "posmap", "language", "groovy", "js", "master", "keywords", "n")

    def __init__(self, source: str, language: str) -> None:
        self.source = source
        self.language = language
        self.groovy = language == "groovy"
        self.js = language == "javascript"
        if self.js:
            self.text, self.posmap = source, None
        else:
            self.text, self.posmap = self._translate_unicode(source)
        self.n = len(self.text)
        self.master = _MASTER_GROOVY if self.groovy else _MASTER_JAVA
        self.keywords = GROOVY_KEYWORDS if self.groovy else JAVA_KEYWORDS

    # -- errors and offsets ---------------------------------------------------------------

    def orig(self, p: int) -> int:
        return p if self.posmap is None else self.posmap[p]

    def error(self, message: str, p: int) -> ExpressionSyntaxError:
        return ExpressionSyntaxError(message, expression=self.source, offset=self.orig(p))

    def token(self, kind: str, p: int, e: int, value: object = None) -> Token:
        if self.posmap is None:
            return Token(kind, self.text[p:e], p, e, value)
        op, oe = self.posmap[p], self.posmap[e]
        return Token(kind, self.source[op:oe], op, oe, value)

    def _translate_unicode(self, source: str) -> tuple[str, list[int] | None]:
        if "\\u" not in source:
            return source, None
        # Reference names are taken from the raw text by JasperReports: leave them alone.
        refs = [(m.start(), m.end()) for m in _REF_SPAN.finditer(source)]
        out: list[str] = []
        posmap: list[int] = []
        last = 0
        for m in _UNICODE_ESCAPE.finditer(source):
            if len(m.group(1)) % 2 == 0:
                continue
            start = m.start() + len(m.group(1)) - 1
            if any(a <= start < b for a, b in refs):
                continue
            if len(m.group(3)) < 4:
                raise ExpressionSyntaxError(
                    "illegal unicode escape: '\\u' must be followed by 4 hexadecimal digits",
                    expression=source,
                    offset=start,
                )
            out.append(source[last:start])
            posmap.extend(range(last, start))
            out.append(chr(int(m.group(3), 16)))
            posmap.append(start)
            last = m.end()
        out.append(source[last:])
        posmap.extend(range(last, len(source) + 1))
        if len(posmap) == len(source) + 1 and last == 0:
            return source, None
        return "".join(out), posmap

    # -- the main loop ----------------------------------------------------------------------

    def tokenize(self, p: int = 0, embedded: bool = False) -> tuple[list[Token], int]:
        """Tokens from ``p`` to the end, or (``embedded``) to the ``}`` closing a GString's
        ``${``; returns the tokens (ending with an ``eof`` token) and the end offset."""
        text, n, match, keywords = self.text, self.n, self.master.match, self.keywords
        tokens: list[Token] = []
        append = tokens.append
        depth = 0
        start = p
        while p < n:
            m = match(text, p)
            if m is None:
                raise self.error(f"unexpected character {text[p]!r}", p)
            kind = m.lastgroup
            e = m.end()
            if kind == "ws" or kind == "lc":
                p = e
                continue
            if kind == "id":
                word = m.group()
                lit = _LITERAL_WORDS.get(word)
                if lit is not None:
                    append(self.token("literal", p, e, lit))
                elif word in keywords:
                    append(self.token(word, p, e))
                else:
                    append(self.token("ident", p, e))
            elif kind == "op":
                op = m.group()
                if embedded:
                    if op == "{":
                        depth += 1
                    elif op == "}":
                        if depth == 0:
                            append(self.token("eof", p, p))
                            return tokens, e
                        depth -= 1
                append(self.token(op, p, e))
            elif kind == "num":
                append(self.number(m.group(), p, e))
            elif kind == "ref":
                close = text.find("}", e)
                if close < 0:
                    raise self.error(f"unterminated reference {text[p:e]!r}: expected '}}'", p)
                tag = text[p + 1 : e - 1]
                # The name is taken from the raw text (unicode escapes untranslated).
                name = self.source[self.orig(e) : self.orig(close)]
                append(self.token("ref", p, close + 1, (tag, name)))
                e = close + 1
            elif kind == "dq":
                tok, e = self.string(p, '"')
                append(tok)
            elif kind == "sq":
                tok, e = self.string(p, "'")
                append(tok)
            else:  # block comment
                close = text.find("*/", e)
                if close < 0:
                    raise self.error("unterminated comment: expected '*/'", p)
                e = close + 2
            p = e
        if embedded:
            raise self.error("unterminated '${' in a Groovy string: expected '}'", start - 2)
        append(self.token("eof", n, n))
        return tokens, n

    # -- numbers ----------------------------------------------------------------------------

    def number(self, s: str, p: int, e: int) -> Token:
        lower = s.lower()
        groovy = self.groovy
        if lower.startswith("0x") and "p" in lower:
            return self.token("literal", p, e, self.hex_float(s, p))
        if lower.startswith(("0x", "0b")):
            if "." in s:
                raise self.error(
                    f"malformed number {s!r}: a hexadecimal floating-point literal needs an exponent 'p'", p
                )
            radix = 16 if lower[1] == "x" else 2
            body, suffix = s[2:], ""
            while body and body[-1] not in _DIGITS[radix] and body[-1] != "_":
                suffix = body[-1] + suffix
                body = body[:-1]
            return self.token("literal", p, e, self.integer(s, body, suffix, radix, p))
        # decimal
        i = 0
        while i < len(s) and (s[i] in "0123456789_.eE" or (s[i] in "+-" and s[i - 1] in "eE")):
            i += 1
        body, suffix = s[:i], s[i:]
        if (
            "." in body
            or "e" in body
            or "E" in body
            or suffix.lower() in ("f", "d")
            or (groovy and suffix.lower() == "g" and ("." in body or "e" in lower))
        ):
            return self.token("literal", p, e, self.decimal_float(s, body, suffix, p))
        radix = 8 if len(body) > 1 and body[0] == "0" else 10
        if radix == 8:
            if any(c not in "01234567_" for c in body):
                raise self.error(f"malformed number {s!r}: octal literals use the digits 0-7", p)
            digits = body[1:]
            if digits.startswith("_"):
                digits = digits.lstrip("_")  # '0_7' is allowed: underscores after the 0
        else:
            digits = body
        return self.token("literal", p, e, self.integer(s, digits, suffix, radix, p))

    def integer(self, s: str, body: str, suffix: str, radix: int, p: int) -> tuple[str, object, bool]:
        if (
            not body
            or _bad_underscores(body, _DIGITS[radix])
            or any(c not in _DIGITS[radix] + "_" for c in body)
        ):
            raise self.error(f"malformed number {s!r}", p)
        value = int(body.replace("_", ""), radix)
        suf = suffix.lower()
        if suf not in ("", "l") and not (self.groovy and suf in ("g", "i")):
            raise self.error(f"malformed number {s!r}: unexpected suffix {suffix!r}", p)
        if self.groovy and suf != "l":
            if suf == "g":
                return ("biginteger", value, False)
            if suf == "i":
                if value > _INT_MAX:
                    raise self.error(f"integer number too large: {s}", p)
                return ("int", value, False)
            if value <= _INT_MAX:
                return ("int", value, False)
            if value <= _LONG_MAX:
                return ("long", value, False)
            return ("biginteger", value, False)
        if suf == "l":
            if radix == 10:
                if value > _LONG_MAX + 1:
                    raise self.error(f"long number too large: {s}", p)
                return ("long", value, value == _LONG_MAX + 1)
            if value >= 2**64:
                raise self.error(f"long number too large: {s}", p)
            return ("long", value - 2**64 if value > _LONG_MAX else value, False)
        if radix == 10:
            if value > _INT_MAX + 1:
                if self.js:  # JavaScript numbers are doubles: no overflow
                    return ("long", value, False) if value <= _LONG_MAX else ("double", float(value), False)
                raise self.error(f"integer number too large: {s}", p)
            return ("int", value, value == _INT_MAX + 1)
        if value >= 2**32:
            if self.js:
                return ("long", value, False) if value <= _LONG_MAX else ("double", float(value), False)
            raise self.error(f"integer number too large: {s}", p)
        return ("int", value - 2**32 if value > _INT_MAX else value, False)

    def decimal_float(self, s: str, body: str, suffix: str, p: int) -> tuple[str, object, bool]:
        suf = suffix.lower()
        if suf not in ("", "f", "d") and not (self.groovy and suf == "g"):
            raise self.error(f"malformed number {s!r}: unexpected suffix {suffix!r}", p)
        mantissa, _, exponent = body.replace("E", "e").partition("e")
        whole, _, frac = mantissa.partition(".")
        if (
            (exponent.lstrip("+-") == "" and "e" in body.lower())
            or _bad_underscores(whole, "0123456789")
            or _bad_underscores(frac, "0123456789")
            or _bad_underscores(exponent.lstrip("+-"), "0123456789")
        ):
            raise self.error(f"malformed number {s!r}", p)
        clean = body.replace("_", "")
        if self.groovy and suf in ("", "g"):
            return ("bigdecimal", Decimal(clean), False)
        value = float(clean)
        nonzero = any(c in "123456789" for c in mantissa)
        if suf == "f":
            try:
                value = _float32(value)
            except OverflowError:
                value = float("inf")
            kind = "float"
        else:
            kind = "double"
        if value == float("inf"):
            raise self.error(f"floating-point number too large: {s}", p)
        if value == 0.0 and nonzero:
            raise self.error(f"floating-point number too small: {s}", p)
        return (kind, value, False)

    def hex_float(self, s: str, p: int) -> tuple[str, object, bool]:
        m = re.fullmatch(r"0[xX]([0-9a-fA-F_]*)(?:\.([0-9a-fA-F_]*))?[pP]([+-]?)([\d_]*)([fFdD]?)", s)
        if m is None or not (m.group(1) or m.group(2)) or not m.group(4):
            raise self.error(f"malformed number {s!r}", p)
        hexdigits = _DIGITS[16]
        if any(_bad_underscores(g or "", hexdigits) for g in (m.group(1), m.group(2))) or _bad_underscores(
            m.group(4), "0123456789"
        ):
            raise self.error(f"malformed number {s!r}", p)
        clean = s.replace("_", "")
        suffix = m.group(5).lower()
        if suffix:
            clean = clean[:-1]
        try:
            value = float.fromhex(clean)
        except OverflowError:
            value = float("inf")
        kind = "double"
        if suffix == "f":
            kind = "float"
            try:
                value = _float32(value)
            except OverflowError:
                value = float("inf")
        if value == float("inf"):
            raise self.error(f"floating-point number too large: {s}", p)
        if value == 0.0 and any(
            c in "123456789abcdefABCDEF" for c in (m.group(1) or "") + (m.group(2) or "")
        ):
            raise self.error(f"floating-point number too small: {s}", p)
        return (kind, value, False)

    # -- strings ----------------------------------------------------------------------------

    def string(self, p: int, quote: str) -> tuple[Token, int]:
        text = self.text
        if self.groovy:
            if text.startswith(quote * 3, p):
                return self.groovy_string(p, quote, True)
            return self.groovy_string(p, quote, False)
        # Java and JavaScript: one line, escapes.
        i = p + 1
        n = self.n
        while True:
            if i >= n or text[i] in "\r\n":
                what = "string" if quote == '"' or self.js else "character"
                raise self.error(f"unterminated {what} literal: expected {quote}", p)
            c = text[i]
            if c == quote:
                break
            i += 2 if c == "\\" else 1
        body = self.decode(text[p + 1 : i], p + 1, _JS_ESCAPES if self.js else _SIMPLE_ESCAPES)
        if quote == '"' or self.js:
            return self.token("literal", p, i + 1, ("string", body, False)), i + 1
        if len(body) != 1:
            if not body:
                raise self.error("empty character literal", p)
            raise self.error("unclosed character literal: a char literal holds exactly one character", p)
        return self.token("literal", p, i + 1, ("char", body, False)), i + 1

    def decode(self, body: str, p: int, escapes: dict[str, str]) -> str:
        """Decode the escapes of a literal's body starting at offset ``p``."""
        if "\\" in body:
            body = self._unescape(body, p, escapes)
        if not body.isascii() and any("\ud800" <= c <= "\udfff" for c in body):
            # UTF-16 surrogate pairs (from \\u escapes) are one character.
            body = body.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
        return body

    def _unescape(self, body: str, p: int, escapes: dict[str, str]) -> str:

        def replace(m: re.Match[str]) -> str:
            octal, hexa, other = m.groups()
            if octal is not None:
                if self.js and octal == "0":
                    return "\0"
                return chr(int(octal, 8))
            if hexa is not None:
                return chr(int(hexa, 16))
            if other is not None:
                value = escapes.get(other)
                if value is not None:
                    return value
                if self.js:
                    return other  # JavaScript: an unknown escape is the character itself
                raise self.error(f"illegal escape character '\\{other}' in a literal", p + m.start())
            raise self.error("illegal escape at the end of a literal", p + m.start())

        return _ESCAPE.sub(replace, body)

    def groovy_string(self, p: int, quote: str, triple: bool) -> tuple[Token, int]:
        """Groovy: '...', '''...''' are plain strings; "..." and \"\"\"...\"\"\" may
        hold ${expr} and $name.path parts."""
        text, n = self.text, self.n
        closing = quote * 3 if triple else quote
        i = p + len(closing)
        interpolate = quote == '"'
        parts: list[object] = []
        chunk_start = i
        buf: list[str] = []

        def flush(upto: int) -> None:
            buf.append(self.decode(text[chunk_start:upto], chunk_start, _GROOVY_ESCAPES))

        while True:
            if i >= n:
                raise self.error(f"unterminated string literal: expected {closing}", p)
            c = text[i]
            if c == quote and text.startswith(closing, i):
                break
            if not triple and c in "\r\n":
                raise self.error(f"unterminated string literal: expected {closing}", p)
            if c == "\\":
                i += 2
                continue
            if c == "$" and interpolate:
                if _REF_SPAN.match(text, i):  # a JasperReports reference: text for Groovy
                    i += 1
                    continue
                flush(i)
                parts.append("".join(buf))
                buf = []
                if text.startswith("{", i + 1):
                    sub, end = self.tokenize(i + 2, embedded=True)
                    if len(sub) == 1:
                        raise self.error("empty '${}' in a Groovy string", i)
                    parts.append(("expr", tuple(sub)))
                    i = end
                else:
                    m = _IDENT_RE.match(text, i + 1)
                    if m is None:
                        raise self.error(
                            "illegal character after '$' in a Groovy string (write '\\$' for a dollar sign)",
                            i,
                        )
                    path = [(m.group(), self.orig(m.start()))]
                    i = m.end()
                    while text.startswith(".", i):
                        m = _IDENT_RE.match(text, i + 1)
                        if m is None:
                            break
                        path.append((m.group(), self.orig(m.start())))
                        i = m.end()
                    parts.append(("path", tuple(path)))
                chunk_start = i
                continue
            i += 1
        flush(i)
        end = i + len(closing)
        if parts:
            parts.append("".join(buf))
            return self.token("gstring", p, end, tuple(parts)), end
        return self.token("literal", p, end, ("string", "".join(buf), False)), end


def tokenize(text: str, language: str = "java") -> list[Token]:
    """The tokens of ``text``, ending with an ``eof`` token.

    Raises :class:`~jrxmlpy.errors.ExpressionSyntaxError` (with the offset) on a malformed
    token."""
    language = (language or "java").lower()
    if language not in LANGUAGES:
        language = "java"
    tokens, _ = _Lexer(text, language).tokenize()
    return tokens
