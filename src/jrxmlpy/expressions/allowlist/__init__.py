"""The allowlist: every Java class, method, field and function a template may use.

It is one table, kept in one place and split by package for reading: each section module
has a ``register(registry)`` that declares its classes with their members and the Python
function standing for each.  The compiler resolves every call of a template here;
anything not declared is a compile error.  Users add their own classes and functions
with :func:`register_class` and :func:`register_function` (re-exported as
``jrxmlpy.register_class`` / ``jrxmlpy.register_function``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import Any

from ..registry import JavaClass, Member, Registry, StaticField, constructor, method, static

#: The section modules, in the order they are registered.
SECTIONS = ("lang", "math", "text", "util", "time", "jasper")

_registry: Registry | None = None


def default_registry() -> Registry:
    """The process-wide registry (built on first use)."""
    global _registry
    if _registry is None:
        registry = Registry()
        for name in SECTIONS:
            try:
                module = importlib.import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as exc:
                if exc.name != f"{__name__}.{name}":
                    raise
                continue
            module.register(registry)
        _registry = registry
    return _registry


def register_class(
    name: str,
    *,
    python_type: type | None = None,
    methods: dict[str, Callable[..., Any]] | None = None,
    static_methods: dict[str, Callable[..., Any]] | None = None,
    constructor_fn: Callable[..., Any] | None = None,
    fields: dict[str, Any] | None = None,
    supers: Iterable[str] = (),
    bean: bool = True,
) -> JavaClass:
    """Let templates use the Java class ``name`` (a custom class, a scriptlet's helper).

    Methods are given as Python callables taking the receiver first; their argument and
    return types are dynamic (``java.lang.Object``), so calls are dispatched at run time.
    With ``bean=True`` (the default) calls such as ``getTotal()``/``isActive()`` on
    values of the class read the attribute (or dict key) ``total``/``active``.
    """

    def signature(fn: Callable[..., Any], skip: int) -> tuple[str, ...]:
        code = getattr(fn, "__code__", None)
        count = (code.co_argcount - skip) if code is not None else 0
        varargs = bool(code and code.co_flags & 0x04)
        params = ("java.lang.Object",) * max(count, 0)
        return params + (("java.lang.Object...",) if varargs else ())

    members: list[Member] = []
    for method_name, fn in (methods or {}).items():
        members.append(method(method_name, signature(fn, 1), "java.lang.Object", fn))
    for method_name, fn in (static_methods or {}).items():
        members.append(static(method_name, signature(fn, 0), "java.lang.Object", fn))
    if constructor_fn is not None:
        members.append(constructor(signature(constructor_fn, 0), constructor_fn))
    static_fields = [StaticField(k, "java.lang.Object", v) for k, v in (fields or {}).items()]
    return default_registry().define(
        name,
        supers=tuple(supers) or ("java.lang.Object",),
        python_types=(python_type,) if python_type is not None else (),
        members=members,
        fields=static_fields,
        bean=bean,
    )


def register_function(name: str, fn: Callable[..., Any], *, returns: str = "java.lang.Object") -> None:
    """Let templates call ``name(...)`` unqualified, as JasperReports' built-in functions."""
    code = getattr(fn, "__code__", None)
    count = code.co_argcount if code is not None else 0
    varargs = bool(code and code.co_flags & 0x04)
    params = ("java.lang.Object",) * count + (("java.lang.Object...",) if varargs else ())
    default_registry().function(static(name, params, returns, fn))


__all__ = ["default_registry", "register_class", "register_function", "Registry"]
