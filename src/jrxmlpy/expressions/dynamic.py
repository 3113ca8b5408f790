"""Operations whose meaning depends on run-time values: calls on values of unknown class,
Groovy's dynamic arithmetic, property access, ``as`` conversions and ``instanceof``.

Every call still goes through the allowlist: a method is looked up in the registry by the
run-time class of the receiver (or, for registered bean classes, as a getter).
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from decimal import Context, Decimal
from typing import Any

from . import runtime as R
from . import types as T
from .javalib import bigdecimal as B
from .registry import Member, Registry

_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


def _python_to_static(value: Any) -> str:
    if value is None:
        return T.NULL
    if isinstance(value, bool):
        return "java.lang.Boolean"
    if isinstance(value, int):
        return "java.lang.Integer" if _INT_MIN <= value <= _INT_MAX else "java.lang.Long"
    if isinstance(value, float):
        return "java.lang.Double"
    if isinstance(value, Decimal):
        return T.BIG_DECIMAL
    if isinstance(value, str):
        return T.STRING
    return T.OBJECT


def _bind(member: Member, env: R.Env, receiver: Any, args: tuple[Any, ...]) -> Any:
    if member.varargs:
        fixed = len(member.params) - 1
        args = args[:fixed] + (list(args[fixed:]),)
    if member.env:
        return member.impl(env, receiver, *args) if not member.static else member.impl(env, *args)
    return member.impl(receiver, *args) if not member.static else member.impl(*args)


def invoker(registry: Registry, name: str, argc: int) -> Callable[..., Any]:
    """A function ``(env, receiver, *args)`` calling method ``name`` chosen at run time."""

    def invoke(env: R.Env, receiver: Any, *args: Any) -> Any:
        if receiver is None:
            raise R.NullPointerException(f"cannot invoke {name}() on null")
        cls = registry.class_of_value(receiver)
        if cls is not None and not cls.bean:
            candidates = registry.find_methods(cls.name, name)
            member = registry.select(candidates, [_python_to_static(a) for a in args])
            if member is not None:
                return _bind(member, env, receiver, args)
        getter = _bean_attribute(name, argc)
        if getter is not None and (cls is None or cls.bean):
            if isinstance(receiver, dict):
                return receiver.get(getter)
            if hasattr(receiver, getter) and not getter.startswith("_"):
                return getattr(receiver, getter)
        shown = cls.name if cls is not None else type(receiver).__name__
        raise R.UnsupportedOperationException(f"method {name}() with {argc} argument(s) is not in the allowlist for {shown}")

    return invoke


def _bean_attribute(name: str, argc: int) -> str | None:
    """``getTotalPrice`` -> ``totalPrice`` (and ``isActive`` -> ``active``)."""
    if argc:
        return None
    for prefix in ("get", "is"):
        if name.startswith(prefix) and len(name) > len(prefix) and name[len(prefix)].isupper():
            rest = name[len(prefix):]
            return rest[0].lower() + rest[1:]
    return None


def property_getter(registry: Registry, name: str) -> Callable[[R.Env, Any], Any]:
    """Groovy ``obj.name``: map entry, bean attribute, or the allowlisted getter."""
    getter_name = "get" + name[:1].upper() + name[1:]
    is_name = "is" + name[:1].upper() + name[1:]

    def get(env: R.Env, receiver: Any) -> Any:
        if receiver is None:
            raise R.NullPointerException(f"cannot get property {name!r} of null")
        if isinstance(receiver, dict):
            return receiver.get(name)
        cls = registry.class_of_value(receiver)
        if cls is not None and not cls.bean:
            for candidate in (getter_name, is_name):
                members = [m for m in registry.find_methods(cls.name, candidate) if not m.params]
                if members:
                    return _bind(members[0], env, receiver, ())
            if isinstance(receiver, list) and name == "length":
                return len(receiver)
            raise R.MissingPropertyException(f"No such property: {name} for class: {cls.name}")
        if not name.startswith("_") and hasattr(receiver, name):
            return getattr(receiver, name)
        raise R.MissingPropertyException(f"No such property: {name} for class: {type(receiver).__name__}")

    return get


def index_getter(target: Any, key: Any) -> Any:
    if target is None:
        raise R.NullPointerException("indexing null")
    if isinstance(target, dict):
        return target.get(key)
    if isinstance(target, str):
        return target[key]
    if isinstance(key, int) and key < 0:  # Groovy lists index from the end
        return target[key]
    return R.index(target, key)


def identity(x: Any) -> Any:
    if x is None:
        raise R.NullPointerException("unary + on null")
    return x


def negate(x: Any) -> Any:
    if x is None:
        raise R.NullPointerException("unary - on null")
    return -x


def elvis(value: Any, otherwise: Callable[[], Any]) -> Any:
    return value if R.groovy_truth(value) else otherwise()


# --- arithmetic on values of run-time type --------------------------------------------------

#: Groovy's BigDecimal division: extra digits of precision, and the least scale kept.
_DIVISION_EXTRA_PRECISION = 10
_DIVISION_MIN_SCALE = 10


def _kind(x: Any) -> str:
    if isinstance(x, bool) or x is None:
        raise R.NullPointerException("arithmetic on null") if x is None else R.ClassCastException("arithmetic on a Boolean")
    if isinstance(x, float):
        return "d"
    if isinstance(x, Decimal):
        return "m"
    if isinstance(x, int):
        return "i"
    if isinstance(x, str) and len(x) == 1:
        return "c"
    raise R.ClassCastException(f"arithmetic on {type(x).__name__}")


def groovy_divide(a: Decimal, b: Decimal) -> Decimal:
    """Groovy's ``/`` on integers and BigDecimals (as documented for Groovy): the exact
    quotient (``a.divide(b)``) when it has a finite decimal expansion; otherwise rounded
    HALF_UP to the larger precision of the operands plus 10 digits, with a scale of at
    most the largest of 10 and the operands' scales."""
    try:
        return B.divide_exact(a, b)
    except R.ArithmeticException:
        if b.is_zero():
            raise
    precision = max(B.precision(a), B.precision(b)) + _DIVISION_EXTRA_PRECISION
    result = B.divide_context(a, b, B.MathContext(precision, B.RoundingMode.HALF_UP))
    scale = max(_DIVISION_MIN_SCALE, B.scale(a), B.scale(b))
    if B.scale(result) > scale:
        result = B.set_scale(result, scale, B.RoundingMode.HALF_UP)
    return result


def _to_decimal(x: Any) -> Decimal:
    if isinstance(x, Decimal):
        return x
    if isinstance(x, str):
        return Decimal(ord(x))
    return Decimal(x)


def arithmetic(op: str, groovy: bool) -> Callable[[Any, Any], Any]:
    """A function computing ``a op b`` with the types of the run-time values: Java's
    numeric promotion (Groovy's, when ``groovy``) over int/long/double/BigDecimal."""

    def apply(a: Any, b: Any) -> Any:
        # In Groovy a str is a String (a char of known type arrives as its code).
        if groovy and isinstance(a, (str, list)):
            return _groovy_sequence_operator(op, a, b)
        if op == "+" and (isinstance(a, str) and (groovy or len(a) != 1) or isinstance(b, str) and (groovy or len(b) != 1)):
            env = R.Env()
            return R.s_obj(env, a) + R.s_obj(env, b)
        ka, kb = _kind(a), _kind(b)
        if ka == "c":
            a, ka = ord(a), "i"
        if kb == "c":
            b, kb = ord(b), "i"
        if "d" in (ka, kb):
            x, y = float(a), float(b)
            if op == "/":
                return R.ddiv(x, y)
            if op == "%":
                return R.drem(x, y)
            return {"+": x + y, "-": x - y, "*": x * y}[op] if op in "+-*" else None
        if "m" in (ka, kb) or (groovy and op == "/"):
            dx, dy = _to_decimal(a), _to_decimal(b)
            if op == "/":
                return groovy_divide(dx, dy)
            if op == "%":
                return B.remainder(dx, dy)
            ctx = Context(prec=10_000)
            return {"+": ctx.add, "-": ctx.subtract, "*": ctx.multiply}[op](dx, dy)
        wide = not (_INT_MIN <= a <= _INT_MAX and _INT_MIN <= b <= _INT_MAX)
        wrap = R.w64 if wide else R.w32
        if op == "/":
            return R.idiv(a, b)
        if op == "%":
            return R.irem(a, b)
        return wrap({"+": a + b, "-": a - b, "*": a * b}[op])

    return apply


def _groovy_sequence_operator(op: str, a: Any, b: Any) -> Any:
    """Groovy's operators on a String or a List left operand: ``"a" + x``, ``list + x``,
    ``"ab" * 2``, ``"hello" - "l"`` (the first occurrence removed)."""
    if isinstance(a, str) and op == "+":
        return a + R.s_obj(R.Env(), b)
    if isinstance(a, list) and op == "+":
        return a + (b if isinstance(b, list) else [b])
    if isinstance(a, str) and op == "*" and isinstance(b, int) and not isinstance(b, bool):
        if b < 0:
            raise R.IllegalArgumentException(f"Value should be positive, was {b}")
        return a * b
    if isinstance(a, str) and op == "-" and b is not None:
        return a.replace(R.s_obj(R.Env(), b), "", 1)
    raise R.UnsupportedOperationException(f"operator {op} is not supported for {type(a).__name__} and {type(b).__name__}")


def number_cast(target: str) -> Callable[[Any], Any]:
    """Groovy's ``(int) x`` (and the other primitive casts) of a number of any class:
    ``Number.intValue()`` and the like."""
    from .javalib import lang as L

    convert = {T.INT: L.to_int, T.LONG: L.to_long, T.SHORT: L.to_short, T.BYTE: L.to_byte,
               T.DOUBLE: L.to_double, T.FLOAT: L.to_float}[target]

    def cast(x: Any) -> Any:
        if x is None:
            raise R.NullPointerException(f"cannot cast null to {target}")
        if isinstance(x, bool) or not isinstance(x, (int, float, Decimal)):
            raise R.ClassCastException(f"cannot cast {type(x).__name__} to {target}")
        return convert(x)

    return cast


def groovy_compare(a: Any, b: Any) -> int:
    """Groovy's ``a <=> b`` (and so ``<``, ``>``, ...): null is less than any value."""
    if a is None or b is None:
        return (a is not None) - (b is not None)
    return R.compare(a, b)


def groovy_operator(op: str) -> Callable[[Any, Any], Any]:
    if op == "<=>":
        return groovy_compare
    if op == "in":
        return lambda a, b: a in b if b is not None else False
    if op == "**":
        def power(a: Any, b: Any) -> Any:
            if isinstance(a, int) and isinstance(b, int) and b >= 0 and not isinstance(a, bool):
                result = a**b
                return result if result <= _INT_MAX else result
            return float(a) ** float(b)
        return power
    import re

    if op == "=~":
        return lambda a, b: re.search(b, a) is not None
    return lambda a, b: re.fullmatch(b, a) is not None


_GROOVY_AS_INTEGER = {"java.lang.Integer": 32, T.INT: 32, "java.lang.Long": 64, T.LONG: 64,
                      "java.lang.Short": 16, T.SHORT: 16, "java.lang.Byte": 8, T.BYTE: 8}


def groovy_as_supported(target: str, registry: Registry) -> bool:
    """Whether ``value as target`` has a meaning here: the value classes it converts to,
    and classes whose run-time values are plain Python values (a no-op then).  Classes
    registered only for their constants (java.io.File) are not a conversion target."""
    if target in (T.STRING, T.BIG_INTEGER, T.BIG_DECIMAL, T.OBJECT, T.BOOLEAN, T.DOUBLE, T.FLOAT,
                  "java.lang.Double", "java.lang.Float", "java.lang.Boolean") or target in _GROOVY_AS_INTEGER:
        return True
    cls = registry.get(target)
    return cls is not None and bool(cls.python_types or cls.constructors)


def groovy_as(target: str) -> Callable[[R.Env, Any], Any]:
    """Groovy's ``value as Type`` for the common targets: strings are parsed (trimmed),
    numbers converted as ``Number.intValue()`` and the like."""
    from .javalib import lang as L

    bits = _GROOVY_AS_INTEGER.get(target)

    def convert(env: R.Env, value: Any) -> Any:
        if value is None:
            return None
        if target == T.STRING:
            return R.s_obj(env, value)
        if bits is not None:
            if isinstance(value, str):
                return L.parse_int(value.strip(), 10, bits)
            return {32: L.to_int, 64: L.to_long, 16: L.to_short, 8: L.to_byte}[bits](value)
        if target == T.BIG_INTEGER:
            return L.parse_int(value.strip(), 10, 100_000) if isinstance(value, str) else int(value)
        if target in ("java.lang.Double", "java.lang.Float", T.DOUBLE, T.FLOAT):
            number = L.parse_double(value) if isinstance(value, str) else float(value)
            return R.f32(number) if target in ("java.lang.Float", T.FLOAT) else number
        if target == T.BIG_DECIMAL:
            if isinstance(value, str):
                return B.from_string(value.strip())
            return B.value_of_double(value) if isinstance(value, float) else Decimal(value)
        if target in ("java.lang.Boolean", T.BOOLEAN):
            return R.groovy_truth(value)
        return value

    return convert


def instance_of(registry: Registry, target: str) -> Callable[[Any], bool]:
    """``value instanceof target`` judged on the run-time value."""
    numeric_targets = {
        "java.lang.Number": (int, float, Decimal),
        "java.lang.Integer": (int,), "java.lang.Long": (int,), "java.lang.Short": (int,), "java.lang.Byte": (int,),
        T.BIG_INTEGER: (int,), "java.lang.Double": (float,), "java.lang.Float": (float,), T.BIG_DECIMAL: (Decimal,),
        T.STRING: (str,), "java.lang.Boolean": (bool,), T.DATE: (_dt.datetime,),
    }

    def check(value: Any) -> bool:
        if value is None:
            return False
        if target == T.OBJECT:
            return True
        py_types = numeric_targets.get(target)
        if py_types is not None:
            return isinstance(value, py_types) and not (isinstance(value, bool) and bool not in py_types)
        cls = registry.class_of_value(value)
        named = getattr(value, "java_class", None)  # a data source naming its Java class
        if isinstance(named, str) and named in registry.classes:
            cls = registry.classes[named]
        return cls is not None and registry.is_subtype(cls.name, target)

    return check


def is_nan(x: float) -> bool:
    return isinstance(x, float) and math.isnan(x)
