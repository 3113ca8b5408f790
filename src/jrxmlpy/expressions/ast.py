"""The syntax tree of template expressions (the Java/Groovy subset JRXML uses).

Every node records ``pos``, the 0-based offset in the expression text where it starts,
so that compile errors can point at the exact place.  Nodes are immutable; equality
ignores ``pos`` (``compare=False``) so that ``parse(unparse(tree)) == tree`` holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class TypeRef:
    """A type as written: ``String``, ``java.util.List``, ``int[]``, ``Map<String, Object>``.

    ``name`` is the dotted name as written; ``dims`` the number of ``[]``; ``args`` the
    generic arguments (kept only to be ignored: erasure)."""

    name: str
    dims: int = 0
    args: tuple[TypeRef, ...] = ()
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Literal:
    """A literal.  ``kind`` is one of: int, long, float, double, char, string, boolean,
    null, and for Groovy: bigdecimal, biginteger, gstring (not used: see GString).

    ``value`` is the Python value: int for int/long/biginteger, float for float/double,
    str for char/string, bool, None, and for Groovy bigdecimal a ``decimal.Decimal``."""

    kind: str
    value: object
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Ref:
    """``$F{name}`` (kind ``F``), ``$P{name}`` (``P``), ``$V{name}`` (``V``), ``$R{key}`` (``R``).

    ``$P!{name}`` (``P!``) is only meaningful in query text but is parsed everywhere."""

    kind: str
    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Name:
    """A simple identifier: a class name, the first part of a qualified name, or (only in
    Groovy) a dynamic variable.  ``this`` and ``super`` are Names too."""

    name: str
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class FieldAccess:
    """``target.name``; ``safe`` for Groovy's ``?.``.  Qualified class names such as
    ``java.lang.Boolean.TRUE`` parse as nested FieldAccess over a Name; the compiler
    resolves which prefix is a class."""

    target: Node
    name: str
    safe: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class MethodCall:
    """``target.name(args)``, or ``name(args)`` when ``target`` is None (JasperReports'
    built-in functions such as ``DATEFORMAT(...)``, ``msg(...)``).  ``safe`` for ``?.``."""

    target: Node | None
    name: str
    args: tuple[Node, ...]
    safe: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class New:
    """``new Type(args)``.  An anonymous class body is a syntax error (refused)."""

    type: TypeRef
    args: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class NewArray:
    """``new Type[n]`` (``sizes``) or ``new Type[] {a, b}`` (``init``); ``type.dims`` is
    the total number of dimensions."""

    type: TypeRef
    sizes: tuple[Node, ...] = ()
    init: ArrayInit | None = None
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class ArrayInit:
    """``{a, b, c}`` (only after ``new T[]``)."""

    elements: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Index:
    """``target[index]`` (arrays; lists and maps in Groovy)."""

    target: Node
    index: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Unary:
    """Prefix ``-``, ``+``, ``!``, ``~``."""

    op: str
    operand: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Binary:
    """Infix operators: ``|| && | ^ & == != < > <= >= << >> >>> + - * / %``, and
    Groovy's ``<=>``, ``**``, ``=~``, ``==~``, ``in``."""

    op: str
    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Conditional:
    """``cond ? then : otherwise``."""

    cond: Node
    then: Node
    otherwise: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Elvis:
    """Groovy's ``left ?: right``."""

    left: Node
    right: Node
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class Cast:
    """``(Type) operand``; also Groovy's ``operand as Type`` (``groovy_as=True``)."""

    type: TypeRef
    operand: Node
    groovy_as: bool = False
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class InstanceOf:
    operand: Node
    type: TypeRef
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class ClassLiteral:
    """``Type.class``."""

    type: TypeRef
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class ListLiteral:
    """Groovy ``[a, b]``."""

    elements: tuple[Node, ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class MapLiteral:
    """Groovy ``[k: v, ...]`` and ``[:]``; keys that are bare identifiers are strings."""

    entries: tuple[tuple[Node, Node], ...]
    pos: int = field(default=0, compare=False)


@dataclass(frozen=True, slots=True)
class GString:
    """Groovy double-quoted string with ``${...}`` / ``$name`` parts: ``parts`` alternates
    plain text (str) and expression nodes."""

    parts: tuple[str | Node, ...]
    pos: int = field(default=0, compare=False)


Node = (
    Literal
    | Ref
    | Name
    | FieldAccess
    | MethodCall
    | New
    | NewArray
    | ArrayInit
    | Index
    | Unary
    | Binary
    | Conditional
    | Elvis
    | Cast
    | InstanceOf
    | ClassLiteral
    | ListLiteral
    | MapLiteral
    | GString
)
