"""The mechanism of the allowlist: Java classes, their members, and how calls resolve.

The table itself (which classes and members a template may use, and the Python function
standing for each) is :mod:`jrxmlpy.expressions.allowlist`.  Nothing outside it can be
called from a template: the compiler resolves every name, call, field and constructor
through a :class:`Registry`, and refuses anything it does not find.

Signatures are written as Java types: ``("int", "int")``; a last parameter ending in
``...`` is variadic (``"java.lang.Object..."``).  An implementation receives Python
values (see :mod:`jrxmlpy.expressions.types`); an instance method's implementation gets
the receiver first.  ``env=True`` members also get the evaluation environment (locale,
time zone, resources) as their first argument.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from . import types as T


@dataclass(frozen=True, slots=True)
class Member:
    """A method, constructor or static function of the allowlist."""

    name: str
    params: tuple[str, ...]
    returns: str
    impl: Callable[..., Any]
    static: bool = False
    env: bool = False

    @property
    def varargs(self) -> bool:
        return bool(self.params) and self.params[-1].endswith("...")

    def arity_fits(self, count: int) -> bool:
        if self.varargs:
            return count >= len(self.params) - 1
        return count == len(self.params)

    def param_types(self, count: int) -> list[str]:
        """The declared type of each of ``count`` arguments (varargs expanded)."""
        if not self.varargs:
            return list(self.params)
        fixed = list(self.params[:-1])
        rest = self.params[-1][:-3]
        return fixed + [rest] * (count - len(fixed))


@dataclass(frozen=True, slots=True)
class StaticField:
    name: str
    type: str
    value: Any


@dataclass(slots=True)
class JavaClass:
    """One class of the allowlist.

    ``python_types``: run-time Python types whose values are instances of this class
    (used to dispatch calls on values whose static type is not known).  ``supers``: the
    superclass and interfaces by name, for assignability and inherited members.
    """

    name: str
    supers: tuple[str, ...] = ()
    python_types: tuple[type, ...] = ()
    methods: dict[str, list[Member]] = field(default_factory=dict)
    statics: dict[str, list[Member]] = field(default_factory=dict)
    fields: dict[str, StaticField] = field(default_factory=dict)
    constructors: list[Member] = field(default_factory=list)
    #: Bean classes: ``getX()``/``isX()`` calls (and Groovy ``obj.x``) read attribute ``x``.
    bean: bool = False

    @property
    def simple_name(self) -> str:
        return self.name.rsplit(".", 1)[-1].replace("$", ".")

    @property
    def package(self) -> str:
        return self.name.rsplit(".", 1)[0] if "." in self.name else ""


def method(name: str, params: Iterable[str], returns: str, impl: Callable[..., Any], *, env: bool = False) -> Member:
    return Member(name, tuple(params), returns, impl, static=False, env=env)


def static(name: str, params: Iterable[str], returns: str, impl: Callable[..., Any], *, env: bool = False) -> Member:
    return Member(name, tuple(params), returns, impl, static=True, env=env)


def constructor(params: Iterable[str], impl: Callable[..., Any], *, env: bool = False) -> Member:
    return Member("<init>", tuple(params), "", impl, static=True, env=env)


class Registry:
    """Classes by name, with Java's rules for finding members and choosing overloads."""

    def __init__(self) -> None:
        self.classes: dict[str, JavaClass] = {}
        #: Unqualified functions (JasperReports' built-in functions, ``msg``, ``str``).
        self.functions: dict[str, list[Member]] = {}
        self._by_python_type: dict[type, JavaClass] = {}

    # --- building -----------------------------------------------------------------

    def add(self, cls: JavaClass) -> JavaClass:
        existing = self.classes.get(cls.name)
        if existing is not None:  # merge: several tables may add members to one class
            for name, members in cls.methods.items():
                existing.methods.setdefault(name, []).extend(members)
            for name, members in cls.statics.items():
                existing.statics.setdefault(name, []).extend(members)
            existing.fields.update(cls.fields)
            existing.constructors.extend(cls.constructors)
            existing.supers = existing.supers or cls.supers
            existing.python_types = existing.python_types or cls.python_types
            existing.bean = existing.bean or cls.bean
            cls = existing
        else:
            self.classes[cls.name] = cls
        for py_type in cls.python_types:
            self._by_python_type.setdefault(py_type, cls)
        return cls

    def define(
        self,
        name: str,
        *,
        supers: Iterable[str] = (),
        python_types: Iterable[type] = (),
        members: Iterable[Member] = (),
        fields: Iterable[StaticField] = (),
        bean: bool = False,
    ) -> JavaClass:
        cls = JavaClass(name, tuple(supers), tuple(python_types), bean=bean)
        for m in members:
            if m.name == "<init>":
                cls.constructors.append(m)
            elif m.static:
                cls.statics.setdefault(m.name, []).append(m)
            else:
                cls.methods.setdefault(m.name, []).append(m)
        for f in fields:
            cls.fields[f.name] = f
        return self.add(cls)

    def function(self, member: Member) -> None:
        self.functions.setdefault(member.name, []).append(member)

    # --- names ----------------------------------------------------------------------

    def get(self, name: str) -> JavaClass | None:
        return self.classes.get(name)

    def resolve_class(self, name: str, imports: Iterable[str]) -> JavaClass | None:
        """The class a (simple or qualified) name means under ``imports``."""
        if name in self.classes:
            return self.classes[name]
        if "." in name:
            # Nested classes written with a dot: java.util.Map.Entry
            head, _, tail = name.rpartition(".")
            nested = self.classes.get(f"{head}${tail}")
            if nested is not None:
                return nested
        simple = name.split(".", 1)
        for imp in imports:
            if imp.endswith(".*"):
                candidate = f"{imp[:-2]}.{name}"
                if candidate in self.classes:
                    return self.classes[candidate]
                outer = f"{imp[:-2]}.{simple[0]}"
                if len(simple) == 2 and f"{outer}${simple[1]}" in self.classes:
                    return self.classes[f"{outer}${simple[1]}"]
            elif imp.rsplit(".", 1)[-1] == simple[0]:
                full = imp if len(simple) == 1 else f"{imp}${simple[1]}"
                if full in self.classes:
                    return self.classes[full]
        return None

    def class_of_value(self, value: object) -> JavaClass | None:
        """The allowlisted class a run-time value belongs to (None for null)."""
        if value is None:
            return None
        py_type = type(value)
        cls = self._by_python_type.get(py_type)
        if cls is not None:
            return cls
        for base in py_type.__mro__[1:]:
            cls = self._by_python_type.get(base)
            if cls is not None:
                self._by_python_type[py_type] = cls
                return cls
        return None

    # --- type relations ---------------------------------------------------------------

    def ancestors(self, name: str) -> list[str]:
        """``name`` and every superclass/interface, nearest first, ``Object`` last."""
        seen: list[str] = []
        queue = [name]
        while queue:
            current = queue.pop(0)
            if current in seen:
                continue
            seen.append(current)
            cls = self.classes.get(current)
            if cls is not None:
                queue.extend(cls.supers)
        if T.OBJECT not in seen:
            seen.append(T.OBJECT)
        else:
            seen.remove(T.OBJECT)
            seen.append(T.OBJECT)
        return seen

    def is_subtype(self, sub: str, sup: str) -> bool:
        if sub == sup or sup == T.OBJECT:
            return True
        if sub == T.NULL:
            return not T.is_primitive(sup)
        if T.is_array(sub) and T.is_array(sup):
            return self.is_subtype(T.element_type(sub), T.element_type(sup))
        return sup in self.ancestors(sub)

    def conversion_cost(self, arg: str, param: str) -> int | None:
        """How well an argument of static type ``arg`` fits parameter ``param`` (lower is
        better; None: it does not fit).  Follows Java's three phases: identity/widening,
        then boxing/unboxing, then (for OBJECT arguments) a run-time check."""
        if arg == param:
            return 0
        if T.is_primitive(param):
            if T.is_primitive(arg):
                return 1 + _rank_gap(arg, param) if T.widens_to(arg, param) else None
            unboxed = T.unbox(arg)
            if unboxed != arg and T.widens_to(unboxed, param):
                return 10 + _rank_gap(unboxed, param)
            if arg == T.OBJECT:
                return 30  # decided at run time (dynamic values)
            return None
        if arg == T.NULL:
            return 2
        if T.is_primitive(arg):
            boxed = T.box(arg)
            ancestors = self.ancestors(boxed)
            return 10 + ancestors.index(param) if param in ancestors else None
        if self.is_subtype(arg, param):
            anc = self.ancestors(arg)
            return 1 + (anc.index(param) if param in anc else 0)
        if arg == T.OBJECT:
            return 30
        return None

    def select(self, candidates: Iterable[Member], arg_types: list[str]) -> Member | None:
        """The overload Java would choose for arguments of these static types."""
        best: tuple[int, Member] | None = None
        for member in candidates:
            total = self._call_cost(member, arg_types)
            if total is not None and (best is None or total < best[0]):
                best = (total, member)
        return best[1] if best else None

    def _call_cost(self, member: Member, arg_types: list[str]) -> int | None:
        """How well arguments fit a member (None: not at all).  A variadic member also
        takes an array as its last argument, as a fixed-arity method (Java's phases 1
        and 2); spreading the arguments into the array costs more (phase 3)."""
        if member.varargs and len(arg_types) == len(member.params):
            as_array = list(member.params[:-1]) + [member.params[-1][:-3] + "[]"]
            total = self._sum_costs(arg_types, as_array)
            if total is not None:
                return total
        if not member.arity_fits(len(arg_types)):
            return None
        total = self._sum_costs(arg_types, member.param_types(len(arg_types)))
        return None if total is None else total + (100 if member.varargs else 0)

    def _sum_costs(self, arg_types: list[str], params: list[str]) -> int | None:
        total = 0
        for arg, param in zip(arg_types, params, strict=True):
            cost = self.conversion_cost(arg, param)
            if cost is None:
                return None
            total += cost
        return total

    def find_methods(self, class_name: str, name: str) -> list[Member]:
        """Instance methods named ``name`` of a class or its ancestors."""
        found: list[Member] = []
        for ancestor in self.ancestors(class_name):
            cls = self.classes.get(ancestor)
            if cls is not None:
                found.extend(cls.methods.get(name, ()))
        return found

    def find_statics(self, class_name: str, name: str) -> list[Member]:
        found: list[Member] = []
        for ancestor in self.ancestors(class_name):
            cls = self.classes.get(ancestor)
            if cls is not None:
                found.extend(cls.statics.get(name, ()))
        return found


def _rank_gap(src: str, dst: str) -> int:
    order = [T.BYTE, T.SHORT, T.CHAR, T.INT, T.LONG, T.FLOAT, T.DOUBLE, T.BOOLEAN]
    try:
        return abs(order.index(dst) - order.index(src))
    except ValueError:
        return 0
