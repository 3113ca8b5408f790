"""The parser of template expressions: text -> :mod:`jrxmlpy.expressions.ast` tree.

A recursive-descent parser with one method per precedence level of Java (loosest first):

====================  =====================================================  ===========
method                operators                                              assoc
====================  =====================================================  ===========
``conditional``       ``c ? a : b``; Groovy elvis ``a ?: b``                 right
``logical_or``        ``||``                                                 left
``logical_and``       ``&&``                                                 left
``bit_or``            ``|``                                                  left
``bit_xor``           ``^``                                                  left
``bit_and``           ``&``                                                  left
``regex``             Groovy ``=~ ==~`` (Groovy 3 puts them here)            left
``equality``          ``== !=``; Groovy ``<=> === !==``; JavaScript ``=== !==``  left
``relational``        ``< > <= >= instanceof``; Groovy ``in``, ``as``         left
``shift``             ``<< >> >>>`` (Groovy ranges ``..`` are refused)        left
``additive``          ``+ -``                                                left
``multiplicative``    ``* / %``                                              left
``unary``             prefix ``+ -``                                         prefix
``power``             Groovy ``**`` (binds tighter than prefix ``-``)         left
``unary_not``         prefix ``! ~``, casts ``(Type) x``                     prefix
``postfix``           ``.name``, ``.name(args)``, ``?.``, ``[i]``, ``.class``  left
``primary``           literals, references, ``(e)``, ``new``, names, calls,
                      Groovy/JavaScript list and map literals
====================  =====================================================  ===========

An expression is one expression: statements (``;``), assignments, ``++``/``--``, lambdas,
method references, anonymous classes and Groovy closures are refused with an
:class:`~jrxmlpy.errors.ExpressionSyntaxError` that says so, with the offset.
"""

from __future__ import annotations

from functools import lru_cache

from jrxmlpy.errors import ExpressionSyntaxError, UnsupportedFeatureError
from jrxmlpy.expressions import ast
from jrxmlpy.expressions.lexer import GROOVY_KEYWORDS, LANGUAGES, PRIMITIVE_TYPES, Token, _Lexer

__all__ = ["parse", "parse_type"]

_ASSIGN_OPS = frozenset({"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", ">>>=", "**="})
_INC_DEC = frozenset({"++", "--"})
# Tokens that can start a UnaryExpressionNotPlusMinus (JLS 15.16): after '(' Type ')' they
# make it a cast.
_CAST_FOLLOWERS = frozenset(
    {"ident", "literal", "ref", "gstring", "(", "!", "~", "new", "this", "super", "void"} | PRIMITIVE_TYPES
)
_PRIMITIVE_OR_VOID = PRIMITIVE_TYPES | {"void"}
_ADDITIVE = frozenset({"+", "-"})
_MULTIPLICATIVE = frozenset({"*", "/", "%"})
_SHIFT = frozenset({"<<", ">>", ">>>"})
_RANGE = frozenset({"..", "..<"})


def describe(tok: Token) -> str:
    """How a token is named in error messages."""
    kind = tok.kind
    if kind == "eof":
        return "end of expression"
    text = tok.text if len(tok.text) <= 40 else tok.text[:37] + "..."
    if kind == "ident":
        return f"identifier '{text}'"
    if kind == "literal":
        return f"{tok.value[0]} literal {text}"
    if kind == "ref":
        return f"reference {text}"
    if kind == "gstring":
        return f"string {text}"
    if kind.isalpha():
        return f"keyword '{text}'"
    return f"'{text}'"


class _Parser:
    __slots__ = ("source", "toks", "i", "tok", "language", "groovy", "js", "pending_gt")

    def __init__(self, source: str, tokens: list[Token] | tuple[Token, ...], language: str) -> None:
        self.source = source
        self.toks = tokens
        self.i = 0
        self.tok = tokens[0]
        self.language = language
        self.groovy = language == "groovy"
        self.js = language == "javascript"
        self.pending_gt = 0  # '>' still owed by a '>>' / '>>>' that closed nested type arguments

    # -- helpers ----------------------------------------------------------------------------

    def error(self, message: str, pos: int | None = None) -> ExpressionSyntaxError:
        return ExpressionSyntaxError(
            message, expression=self.source, offset=self.tok.pos if pos is None else pos
        )

    def unexpected(self, expected: str) -> ExpressionSyntaxError:
        tok = self.tok
        kind = tok.kind
        if kind in _ASSIGN_OPS or kind in _INC_DEC:
            return self.error("assignment is not allowed in an expression")
        if kind == ";":
            return self.error(f"expected {expected}, found ';' (an expression cannot contain statements)")
        if kind == "->":
            return self.error("lambda expressions are not supported")
        if kind == "::":
            return self.error("method references are not supported")
        if kind == "{":
            return self.error(f"expected {expected}, found '{{': blocks and closures are not supported")
        return self.error(f"expected {expected}, found {describe(tok)}")

    def advance(self) -> Token:
        tok = self.tok
        self.i += 1
        self.tok = self.toks[self.i]
        return tok

    def peek(self, k: int = 1) -> Token:
        j = self.i + k
        toks = self.toks
        return toks[j] if j < len(toks) else toks[-1]

    def reset(self, i: int, pending: int = 0) -> None:
        self.i = i
        self.tok = self.toks[i]
        self.pending_gt = pending

    def expect(self, kind: str, context: str = "") -> Token:
        if self.tok.kind != kind:
            raise self.unexpected(f"'{kind}'{context}")
        return self.advance()

    def close(self, kind: str, opener: Token) -> Token:
        """Expect ``kind`` (a closing bracket) matching ``opener``."""
        return self.expect(kind, f" to close '{opener.text}' at offset {opener.pos}")

    def groovy_only(self, what: str) -> ExpressionSyntaxError:
        return self.error(f'{what} is only allowed in Groovy expressions (language="groovy")')

    # -- entry points -----------------------------------------------------------------------

    def parse(self) -> ast.Node:
        if self.tok.kind == "eof":
            raise self.error("empty expression: expected an expression")
        node = self.expression()
        if self.tok.kind != "eof":
            raise self.unexpected("end of expression")
        return node

    def expression(self) -> ast.Node:
        node = self.conditional()
        kind = self.tok.kind
        if kind in _ASSIGN_OPS or kind in _INC_DEC:
            raise self.error("assignment is not allowed in an expression")
        return node

    # -- one method per precedence level ------------------------------------------------------

    def conditional(self) -> ast.Node:
        cond = self.logical_or()
        tok = self.tok
        if tok.kind == "?":
            self.advance()
            then = self.expression()
            self.expect(":", f" to complete the conditional '?' at offset {tok.pos}")
            otherwise = self.conditional()
            return ast.Conditional(cond, then, otherwise, pos=cond.pos)
        if tok.kind == "?:":
            if not self.groovy:
                raise self.groovy_only("the elvis operator '?:'")
            self.advance()
            return ast.Elvis(cond, self.conditional(), pos=cond.pos)
        return cond

    def logical_or(self) -> ast.Node:
        left = self.logical_and()
        while self.tok.kind == "||":
            self.advance()
            left = ast.Binary("||", left, self.logical_and(), pos=left.pos)
        return left

    def logical_and(self) -> ast.Node:
        left = self.bit_or()
        while self.tok.kind == "&&":
            self.advance()
            left = ast.Binary("&&", left, self.bit_or(), pos=left.pos)
        return left

    def bit_or(self) -> ast.Node:
        left = self.bit_xor()
        while self.tok.kind == "|":
            self.advance()
            left = ast.Binary("|", left, self.bit_xor(), pos=left.pos)
        return left

    def bit_xor(self) -> ast.Node:
        left = self.bit_and()
        while self.tok.kind == "^":
            self.advance()
            left = ast.Binary("^", left, self.bit_and(), pos=left.pos)
        return left

    def bit_and(self) -> ast.Node:
        left = self.regex()
        while self.tok.kind == "&":
            self.advance()
            left = ast.Binary("&", left, self.regex(), pos=left.pos)
        return left

    def regex(self) -> ast.Node:
        left = self.equality()
        while self.tok.kind in ("=~", "==~"):
            if not self.groovy:
                raise self.groovy_only(f"the regular expression operator '{self.tok.kind}'")
            op = self.advance().kind
            left = ast.Binary(op, left, self.equality(), pos=left.pos)
        return left

    def equality(self) -> ast.Node:
        left = self.relational()
        while True:
            op = self.tok.kind
            if op == "==" or op == "!=":
                pass
            elif op == "<=>":
                if not self.groovy:
                    raise self.groovy_only("the comparison operator '<=>'")
            elif op == "===" or op == "!==":
                if not (self.groovy or self.js):
                    raise self.error(f"'{op}' is not a Java operator (use '{op[:2]}')")
            else:
                return left
            self.advance()
            left = ast.Binary(op, left, self.relational(), pos=left.pos)

    def relational(self) -> ast.Node:
        left = self.shift()
        while True:
            op = self.tok.kind
            if op == "<" or op == ">" or op == "<=" or op == ">=":
                self.advance()
                left = ast.Binary(op, left, self.shift(), pos=left.pos)
            elif op == "instanceof":
                self.advance()
                left = ast.InstanceOf(left, self.type_(), pos=left.pos)
            elif op == "in" and self.groovy:
                self.advance()
                left = ast.Binary("in", left, self.shift(), pos=left.pos)
            elif op == "as" and self.groovy:
                self.advance()
                left = ast.Cast(self.type_(), left, groovy_as=True, pos=left.pos)
            else:
                return left

    def shift(self) -> ast.Node:
        left = self.additive()
        while True:
            op = self.tok.kind
            if op in _SHIFT:
                self.advance()
                left = ast.Binary(op, left, self.additive(), pos=left.pos)
            elif op in _RANGE:
                raise self.error(f"ranges ('{op}') are not supported")
            else:
                return left

    def additive(self) -> ast.Node:
        left = self.multiplicative()
        while self.tok.kind in _ADDITIVE:
            op = self.advance().kind
            left = ast.Binary(op, left, self.multiplicative(), pos=left.pos)
        return left

    def multiplicative(self) -> ast.Node:
        left = self.unary()
        while self.tok.kind in _MULTIPLICATIVE:
            op = self.advance().kind
            left = ast.Binary(op, left, self.unary(), pos=left.pos)
        return left

    def unary(self) -> ast.Node:
        tok = self.tok
        kind = tok.kind
        if kind == "-" or kind == "+":
            self.advance()
            operand = self.tok
            if kind == "-" and operand.kind == "literal" and operand.value[2]:
                # -2147483648 and -9223372036854775808L: the literal is only valid here.
                self.advance()
                lit_kind, value, _ = operand.value
                return ast.Unary("-", ast.Literal(lit_kind, value, pos=operand.pos), pos=tok.pos)
            return ast.Unary(kind, self.unary(), pos=tok.pos)
        if kind in _INC_DEC:
            raise self.error("assignment is not allowed in an expression")
        return self.power()

    def power(self) -> ast.Node:
        left = self.unary_not()
        while self.tok.kind == "**":
            if not self.groovy:
                raise self.groovy_only("the power operator '**'")
            self.advance()
            right = self.unary() if self.tok.kind in _ADDITIVE else self.unary_not()
            left = ast.Binary("**", left, right, pos=left.pos)
        return left

    def unary_not(self) -> ast.Node:
        tok = self.tok
        kind = tok.kind
        if kind == "!" or kind == "~":
            self.advance()
            # '!-a' is fine; Groovy: '!a ** b' is '(!a) ** b' but '!-a ** b' is '!(-(a ** b))'.
            operand = self.unary() if self.tok.kind in _ADDITIVE else self.unary_not()
            return ast.Unary(kind, operand, pos=tok.pos)
        if kind == "(":
            cast = self.try_cast()
            if cast is not None:
                return cast
        return self.postfix(self.primary())

    def try_cast(self) -> ast.Node | None:
        """At '(': a cast ``(Type) operand`` or None (then it is a parenthesised
        expression).  ``(primitive) x`` is always a cast; ``(Reference) x`` only when
        ``x`` starts with a token that cannot continue a binary expression."""
        opener = self.tok
        nxt = self.peek()
        if nxt.kind == "ident":
            primitive = False
        elif nxt.kind in PRIMITIVE_TYPES:
            primitive = True
        else:
            return None
        start = self.i
        self.advance()
        typ = self.try_type()
        if typ is None or self.tok.kind != ")":
            self.reset(start)
            return None
        primitive = primitive and typ.dims == 0
        follower = self.peek().kind
        if follower == "->":
            raise self.error("lambda expressions are not supported", self.peek().pos)
        if primitive:
            self.advance()
            return ast.Cast(typ, self.unary(), pos=opener.pos)
        if follower in _CAST_FOLLOWERS:
            self.advance()
            return ast.Cast(typ, self.unary_not(), pos=opener.pos)
        self.reset(start)
        return None

    def postfix(self, node: ast.Node) -> ast.Node:
        while True:
            tok = self.tok
            kind = tok.kind
            if kind == "." or kind == "?.":
                safe = kind == "?."
                if safe and not self.groovy:
                    raise self.groovy_only("the safe navigation operator '?.'")
                self.advance()
                name_tok = self.tok
                if name_tok.kind == "class" and not safe:
                    typ = self.as_type(node)
                    if typ is not None:
                        self.advance()
                        node = ast.ClassLiteral(typ, pos=node.pos)
                        continue
                if name_tok.kind == "ident" or (self.groovy and name_tok.kind in GROOVY_KEYWORDS):
                    name = self.advance().text
                elif name_tok.kind == "literal" and self.groovy and name_tok.value[0] in ("boolean", "null"):
                    name = self.advance().text  # Groovy property names may be 'true', 'null'...
                elif name_tok.kind == "new" or name_tok.kind == "this":
                    raise self.error(f"'.{name_tok.kind}' (inner class syntax) is not supported")
                elif name_tok.kind == "<":
                    raise self.error("explicit generic method type arguments are not supported")
                else:
                    raise self.unexpected(f"a member name after '{tok.text}'")
                if self.tok.kind == "(":
                    node = ast.MethodCall(node, name, self.arguments(name), safe=safe, pos=node.pos)
                else:
                    node = ast.FieldAccess(node, name, safe=safe, pos=node.pos)
            elif kind == "[":
                if self.peek().kind == "]":
                    node = self.array_class_literal(node)
                    continue
                self.advance()
                index = self.expression()
                if self.groovy and self.tok.kind == ",":
                    raise self.error("indexing with several values is not supported")
                self.close("]", tok)
                node = ast.Index(node, index, pos=node.pos)
            elif kind in _INC_DEC:
                raise self.error("assignment is not allowed in an expression")
            elif kind == "{" and self.groovy:
                raise self.error("Groovy closures are not supported")
            elif kind == "::":
                raise self.error("method references are not supported")
            else:
                return node

    def array_class_literal(self, node: ast.Node) -> ast.Node:
        """``Name[]...[].class`` (at the first '[')."""
        start = self.tok
        typ = self.as_type(node)
        dims = 0
        while self.tok.kind == "[" and self.peek().kind == "]":
            self.advance()
            self.advance()
            dims += 1
        if typ is None or self.tok.kind != "." or self.peek().kind != "class":
            raise self.error("expected an index expression, found ']'", start.end)
        self.advance()
        self.advance()
        return ast.ClassLiteral(ast.TypeRef(typ.name, dims, pos=typ.pos), pos=node.pos)

    @staticmethod
    def as_type(node: ast.Node) -> ast.TypeRef | None:
        """The type named by a (qualified) name expression, or None."""
        parts = []
        cur = node
        while isinstance(cur, ast.FieldAccess) and not cur.safe:
            parts.append(cur.name)
            cur = cur.target
        if not isinstance(cur, ast.Name):
            return None
        parts.append(cur.name)
        return ast.TypeRef(".".join(reversed(parts)), pos=node.pos)

    def primary(self) -> ast.Node:
        tok = self.tok
        kind = tok.kind
        if kind == "literal":
            self.advance()
            lit_kind, value, needs_minus = tok.value
            if needs_minus:
                raise self.error(f"{'integer' if lit_kind == 'int' else 'long'} number too large: {tok.text}")
            return ast.Literal(lit_kind, value, pos=tok.pos)
        if kind == "ref":
            self.advance()
            ref_kind, name = tok.value
            return ast.Ref(ref_kind, name, pos=tok.pos)
        if kind == "ident":
            self.advance()
            nxt = self.tok.kind
            if nxt == "(":
                return ast.MethodCall(None, tok.text, self.arguments(tok.text), pos=tok.pos)
            if nxt == "->":
                raise self.error("lambda expressions are not supported", self.tok.pos)
            return ast.Name(tok.text, pos=tok.pos)
        if kind == "(":
            return self.parenthesised()
        if kind == "new":
            return self.creator()
        if kind == "gstring":
            self.advance()
            return self.gstring(tok)
        if kind == "this" or kind == "super":
            self.advance()
            if self.tok.kind == "(":
                raise self.error(f"'{kind}(...)' constructor calls are not allowed in an expression", tok.pos)
            return ast.Name(kind, pos=tok.pos)
        if kind in _PRIMITIVE_OR_VOID:
            typ = self.type_() if kind != "void" else ast.TypeRef(self.advance().kind, pos=tok.pos)
            if self.tok.kind == "." and self.peek().kind == "class":
                self.advance()
                self.advance()
                return ast.ClassLiteral(typ, pos=tok.pos)
            raise self.error(
                f"expected an expression, found type '{kind}' (only '{kind}.class' is an expression)", tok.pos
            )
        if kind == "[":
            if self.groovy or self.js:
                return self.list_or_map()
            raise self.groovy_only("a list literal '[...]'")
        if kind == "{":
            if self.groovy:
                raise self.error("Groovy closures are not supported")
            raise self.error("expected an expression, found '{' (an array initializer needs 'new Type[]')")
        raise self.unexpected("an expression")

    def parenthesised(self) -> ast.Node:
        opener = self.advance()
        if self.tok.kind == ")":
            if self.peek().kind == "->":
                raise self.error("lambda expressions are not supported", opener.pos)
            raise self.error("expected an expression inside '()', found ')'")
        node = self.expression()
        if self.tok.kind == "," and node.__class__ is ast.Name:
            raise self.error("lambda expressions are not supported", opener.pos)
        self.close(")", opener)
        if self.tok.kind == "->":
            raise self.error("lambda expressions are not supported", self.tok.pos)
        return node

    def arguments(self, name: str) -> tuple[ast.Node, ...]:
        opener = self.expect("(")
        args: list[ast.Node] = []
        if self.tok.kind == ")":
            self.advance()
        else:
            while True:
                if self.groovy and self.tok.kind == "ident" and self.peek().kind == ":":
                    raise self.error("named arguments are not supported")
                args.append(self.expression())
                if self.tok.kind == ",":
                    self.advance()
                    continue
                if self.tok.kind == ")":
                    self.advance()
                    break
                raise self.unexpected(
                    f"',' or ')' to close the arguments of '{name}(' at offset {opener.pos}"
                )
        if self.groovy and self.tok.kind == "{":
            raise self.error("Groovy closures are not supported")
        return tuple(args)

    def creator(self) -> ast.Node:
        new = self.advance()
        tok = self.tok
        args: tuple[ast.TypeRef, ...]
        if tok.kind in PRIMITIVE_TYPES:
            name, args = self.advance().kind, ()
        elif tok.kind == "ident":
            name, args = self.qualified_name()
        else:
            raise self.unexpected("a type after 'new'")
        if self.tok.kind == "[":
            return self.array_creator(new, name, args, tok.pos)
        if name in PRIMITIVE_TYPES:
            raise self.unexpected(f"'[' after 'new {name}'")
        if self.tok.kind != "(":
            raise self.unexpected(f"'(' or '[' after 'new {name}'")
        call_args = self.arguments(name)
        if self.tok.kind == "{":
            raise self.error("anonymous classes are not supported")
        return ast.New(ast.TypeRef(name, 0, args, pos=tok.pos), call_args, pos=new.pos)

    def array_creator(self, new: Token, name: str, args: tuple[ast.TypeRef, ...], type_pos: int) -> ast.Node:
        sizes: list[ast.Node] = []
        dims = 0
        while self.tok.kind == "[":
            opener = self.advance()
            if self.tok.kind == "]":
                self.advance()
                dims += 1
                continue
            if dims > len(sizes):
                raise self.error("a dimension expression cannot follow an empty dimension '[]'", opener.pos)
            sizes.append(self.expression())
            self.close("]", opener)
            dims += 1
        typ = ast.TypeRef(name, dims, args, pos=type_pos)
        if self.tok.kind == "{":
            if sizes:
                raise self.error(
                    "an array creation cannot have both dimension expressions and an initializer"
                )
            return ast.NewArray(typ, (), self.array_init(), pos=new.pos)
        if not sizes:
            raise self.unexpected("an array initializer '{' after 'new " + name + "[]'")
        return ast.NewArray(typ, tuple(sizes), None, pos=new.pos)

    def array_init(self) -> ast.ArrayInit:
        opener = self.expect("{")
        elements: list[ast.Node] = []
        while self.tok.kind != "}":
            elements.append(self.array_init() if self.tok.kind == "{" else self.expression())
            if self.tok.kind == ",":
                self.advance()
            elif self.tok.kind != "}":
                raise self.unexpected(f"',' or '}}' to close '{{' at offset {opener.pos}")
        self.advance()
        return ast.ArrayInit(tuple(elements), pos=opener.pos)

    def list_or_map(self) -> ast.Node:
        opener = self.advance()
        if self.tok.kind == "]":
            self.advance()
            return ast.ListLiteral((), pos=opener.pos)
        if self.tok.kind == ":" and self.peek().kind == "]":
            if not self.groovy:
                raise self.groovy_only("a map literal '[:]'")
            self.advance()
            self.advance()
            return ast.MapLiteral((), pos=opener.pos)
        elements: list[ast.Node] = []
        entries: list[tuple[ast.Node, ast.Node]] = []
        while True:
            key = self.map_key()
            if key is None:
                element = self.expression()
                if self.tok.kind == ":" and self.groovy:
                    self.advance()
                    key = element
            if key is not None:
                if elements:
                    raise self.error("a list literal cannot mix values and 'key: value' entries", key.pos)
                entries.append((key, self.expression()))
            else:
                if entries:
                    raise self.unexpected("':' (a map literal holds 'key: value' entries)")
                elements.append(element)
            if self.tok.kind == ",":
                self.advance()
                if self.tok.kind == "]":  # trailing comma
                    break
                continue
            if self.tok.kind != "]":
                raise self.unexpected(f"',' or ']' to close '[' at offset {opener.pos}")
            break
        self.advance()
        if entries:
            return ast.MapLiteral(tuple(entries), pos=opener.pos)
        return ast.ListLiteral(tuple(elements), pos=opener.pos)

    def map_key(self) -> ast.Node | None:
        """A Groovy map key written as a bare word (``[name: value]``): a string."""
        tok = self.tok
        if not self.groovy or self.peek().kind != ":":
            return None
        if (
            tok.kind == "ident"
            or tok.kind in GROOVY_KEYWORDS
            or (
                tok.kind == "literal" and tok.value[0] in ("boolean", "null")
            )
        ):
            self.advance()
            self.advance()
            return ast.Literal("string", tok.text, pos=tok.pos)
        return None

    def gstring(self, tok: Token) -> ast.GString:
        parts: list[str | ast.Node] = []
        for part in tok.value:
            if isinstance(part, str):
                parts.append(part)
            elif part[0] == "expr":
                sub = _Parser(self.source, part[1], self.language)
                node = sub.expression()
                if sub.tok.kind != "eof":
                    raise sub.unexpected("'}' to close '${'")
                parts.append(node)
            else:
                (first, first_pos), *rest = part[1]
                node = ast.Name(first, pos=first_pos)
                for name, _pos in rest:
                    node = ast.FieldAccess(node, name, pos=first_pos)
                parts.append(node)
        return ast.GString(tuple(parts), pos=tok.pos)

    # -- types ------------------------------------------------------------------------------

    def qualified_name(self) -> tuple[str, tuple[ast.TypeRef, ...]]:
        """``a.b.C<args>`` (at an identifier), for ``new``: type arguments may be empty
        (the diamond ``<>``)."""
        names = [self.advance().text]
        args: tuple[ast.TypeRef, ...] = ()
        while True:
            if self.tok.kind == "<":
                args = self.type_args(diamond=True)
            if self.tok.kind == "." and self.peek().kind == "ident":
                self.advance()
                names.append(self.advance().text)
                args = ()
                continue
            return ".".join(names), args

    def type_(self) -> ast.TypeRef:
        """A type (after ``instanceof``, ``as``, in casts); errors when there is none."""
        start = self.i
        typ = self.try_type()
        if typ is None:
            self.reset(start)
            raise self.unexpected("a type")
        return typ

    def try_type(self) -> ast.TypeRef | None:
        """A type at the current token, or None (the position is then undefined: the
        caller resets it)."""
        tok = self.tok
        args: tuple[ast.TypeRef, ...] = ()
        if tok.kind in PRIMITIVE_TYPES:
            self.advance()
            name = tok.kind
        elif tok.kind == "ident":
            names = [self.advance().text]
            while True:
                if self.tok.kind == "<":
                    start, pending = self.i, self.pending_gt
                    parsed = self.try_type_args()
                    if parsed is None:
                        # Not type arguments ('(a < b)'): the type ends before the '<'.
                        self.reset(start, pending)
                        break
                    args = parsed
                if self.tok.kind == "." and self.peek().kind == "ident":
                    self.advance()
                    names.append(self.advance().text)
                    args = ()
                    continue
                break
            name = ".".join(names)
        else:
            return None
        dims = 0
        while self.pending_gt == 0 and self.tok.kind == "[" and self.peek().kind == "]":
            self.advance()
            self.advance()
            dims += 1
        return ast.TypeRef(name, dims, args, pos=tok.pos)

    def try_type_args(self) -> tuple[ast.TypeRef, ...] | None:
        self.advance()  # '<'
        args: list[ast.TypeRef] = []
        while True:
            tok = self.tok
            if tok.kind == "?":
                self.advance()
                bound_kind = self.tok.kind
                if bound_kind == "extends" or bound_kind == "super":
                    self.advance()
                    bound = self.try_type()
                    if bound is None:
                        return None
                    args.append(ast.TypeRef("? " + bound_kind, 0, (bound,), pos=tok.pos))
                else:
                    args.append(ast.TypeRef("?", pos=tok.pos))
            else:
                arg = self.try_type()
                if arg is None or (arg.name in PRIMITIVE_TYPES and arg.dims == 0):
                    return None
                args.append(arg)
            if self.pending_gt:
                self.pending_gt -= 1
                return tuple(args)
            kind = self.tok.kind
            if kind == ",":
                self.advance()
                continue
            if kind == ">":
                self.advance()
                return tuple(args)
            if kind == ">>":
                self.advance()
                self.pending_gt = 1
                return tuple(args)
            if kind == ">>>":
                self.advance()
                self.pending_gt = 2
                return tuple(args)
            return None

    def type_args(self, diamond: bool = False) -> tuple[ast.TypeRef, ...]:
        opener = self.tok
        if diamond and self.peek().kind == ">":
            self.advance()
            self.advance()
            return ()
        start, pending = self.i, self.pending_gt
        args = self.try_type_args()
        if args is None or self.pending_gt:
            self.reset(start, pending)
            raise self.error(f"malformed type arguments after '<' at offset {opener.pos}", opener.pos)
        return args


_LANGUAGE_ALIASES = {"java": "java", "groovy": "groovy", "javascript": "javascript", "js": "javascript"}


def _language(language: str | None) -> str:
    key = (language or "java").strip().lower()
    lang = _LANGUAGE_ALIASES.get(key)
    if lang is None:
        raise UnsupportedFeatureError(
            f"expression language {language!r} is not supported (use java, groovy or javascript)",
            feature=f"language:{language}",
        )
    return lang


@lru_cache(maxsize=8192)
def _parse(text: str, language: str) -> ast.Node:
    tokens, _ = _Lexer(text, language).tokenize()
    return _Parser(text, tokens, language).parse()


def parse(text: str, *, language: str = "java") -> ast.Node:
    """Parse one expression of a template whose ``language`` is ``java`` (the default),
    ``groovy`` or ``javascript`` into a syntax tree.

    Raises :class:`~jrxmlpy.errors.ExpressionSyntaxError` (``offset`` set) when the text is
    not one valid expression, and :class:`~jrxmlpy.errors.UnsupportedFeatureError` for an
    unknown language.  Results are cached (trees are immutable)."""
    return _parse(text, _language(language))


def parse_type(text: str, *, language: str = "java") -> ast.TypeRef:
    """Parse a type name as written in a ``class`` attribute or a cast:
    ``java.util.List<String>``, ``int[]``."""
    lang = _language(language)
    tokens, _ = _Lexer(text, lang).tokenize()
    parser = _Parser(text, tokens, lang)
    typ = parser.type_()
    if parser.pending_gt or parser.tok.kind != "eof":
        raise parser.unexpected("end of type")
    return typ


assert set(_LANGUAGE_ALIASES.values()) == set(LANGUAGES)
