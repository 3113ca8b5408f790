"""What compiled expressions call at run time: Java's operator semantics, string
conversion, Java exceptions, and dispatch of calls whose receiver type is only known at
run time.  Generated code reaches Python only through the names of ``NAMESPACE``.
"""

from __future__ import annotations

import datetime as _dt
import math
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from ..javanum import big_decimal_to_string, double_to_string, float_to_string

if TYPE_CHECKING:
    from .registry import Registry


# --- Java exceptions ------------------------------------------------------------------


class JavaException(Exception):
    """An exception as the Java code of a template would throw it."""

    java_class = "java.lang.RuntimeException"

    def __str__(self) -> str:
        message = super().__str__()
        return f"{self.java_class}: {message}" if message else self.java_class


def _exception(name: str) -> type[JavaException]:
    simple = name.rsplit(".", 1)[-1]
    return type(simple, (JavaException,), {"java_class": name})


NullPointerException = _exception("java.lang.NullPointerException")
ArithmeticException = _exception("java.lang.ArithmeticException")
ClassCastException = _exception("java.lang.ClassCastException")
NumberFormatException = _exception("java.lang.NumberFormatException")
IllegalArgumentException = _exception("java.lang.IllegalArgumentException")
IndexOutOfBoundsException = _exception("java.lang.IndexOutOfBoundsException")
StringIndexOutOfBoundsException = _exception("java.lang.StringIndexOutOfBoundsException")
ArrayIndexOutOfBoundsException = _exception("java.lang.ArrayIndexOutOfBoundsException")
UnsupportedOperationException = _exception("java.lang.UnsupportedOperationException")
MissingResourceException = _exception("java.util.MissingResourceException")
MissingPropertyException = _exception("groovy.lang.MissingPropertyException")


def npe_ignored(exc: BaseException, ignore_npe: bool) -> bool:
    """Whether a failed expression evaluates to null: it raised a NullPointerException and
    NPEs are ignored (JasperReports' evaluator does that by default)."""
    return ignore_npe and isinstance(as_java_exception(exc), NullPointerException)


def as_java_exception(exc: BaseException) -> JavaException:
    """The Java exception a Python error inside an expression stands for."""
    if isinstance(exc, JavaException):
        return exc
    if isinstance(exc, (TypeError, AttributeError)) and "NoneType" in str(exc):
        return NullPointerException()
    if isinstance(exc, ZeroDivisionError):
        return ArithmeticException("/ by zero")
    if isinstance(exc, (KeyError, IndexError)):
        return IndexOutOfBoundsException(str(exc))
    if isinstance(exc, (ValueError, ArithmeticError)):
        return IllegalArgumentException(str(exc))
    if isinstance(exc, TypeError):
        return ClassCastException(str(exc))
    return JavaException(f"{type(exc).__name__}: {exc}")


# --- the evaluation environment -----------------------------------------------------------


@dataclass(slots=True)
class Env:
    """What expressions need besides values: locale, time zone, resource bundle.

    ``locale`` is the Java spelling (``en_US``); ``message`` looks a key up in the
    report's resource bundle (None when missing)."""

    locale: str = "en_US"
    timezone: _dt.tzinfo = field(default_factory=lambda: ZoneInfo("GMT"))
    message: Callable[[str], str | None] = lambda key: None
    registry: Registry | None = None
    #: How a missing resource key prints: JasperReports' whenResourceMissingType.
    missing_resource: str = "Null"
    #: Compiles a report by path for ``$P{TEST}.compileReport(path)`` (JasperReports'
    #: test-suite templates); None: not available.
    compile_report: Callable[[str], object] | None = None
    #: ``net.sf.jasperreports.evaluator.ignore.npe`` (default true): an expression that
    #: raises a NullPointerException evaluates to null instead of failing the fill.
    ignore_npe: bool = True

    def babel_locale(self):  # type: ignore[no-untyped-def]
        from .javalib.text import java_locale

        return java_locale(self.locale)


def resource(env: Env, key: str) -> str | None:
    """``$R{key}`` / ``str(key)``: the report's resource bundle text for ``key``; a missing
    key prints as JasperReports' whenResourceMissingType says (Null, Empty, Key, Error)."""
    text = env.message(key)
    if text is None:
        missing = env.missing_resource
        if missing == "Key":
            return key
        if missing == "Empty":
            return ""
        if missing == "Error":
            raise MissingResourceException(f"Can't find resource for key {key}")
    return text


class Scope:
    """The values an expression reads: fields, variables, parameters, and the env.

    The filler keeps one Scope per dataset and updates the dicts in place."""

    __slots__ = ("F", "V", "P", "env")

    def __init__(
        self,
        fields: dict[str, Any] | None = None,
        variables: dict[str, Any] | None = None,
        params: dict[str, Any] | None = None,
        env: Env | None = None,
    ) -> None:
        self.F = fields if fields is not None else {}
        self.V = variables if variables is not None else {}
        self.P = params if params is not None else {}
        self.env = env or Env()


# --- integer arithmetic -----------------------------------------------------------------


def w32(x: int) -> int:
    return ((x + 0x80000000) & 0xFFFFFFFF) - 0x80000000


def w64(x: int) -> int:
    return ((x + 0x8000000000000000) & 0xFFFFFFFFFFFFFFFF) - 0x8000000000000000


def w16(x: int) -> int:
    return ((x + 0x8000) & 0xFFFF) - 0x8000


def w8(x: int) -> int:
    return ((x + 0x80) & 0xFF) - 0x80


def idiv(a: int, b: int) -> int:
    """Java integer division: truncates toward zero."""
    if b == 0:
        raise ArithmeticException("/ by zero")
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def irem(a: int, b: int) -> int:
    """Java ``%`` on integers: the sign of the dividend."""
    if b == 0:
        raise ArithmeticException("/ by zero")
    r = abs(a) % abs(b)
    return r if a >= 0 else -r


def add_all(terms: tuple[Any, ...]) -> Any:
    """``t0 + t1 + ...`` left to right (a long chain of int, long or double additions)."""
    total = terms[0]
    for term in terms[1:]:
        total = total + term
    return total


def ushr32(a: int, n: int) -> int:
    return w32((a & 0xFFFFFFFF) >> (n & 31))


def ushr64(a: int, n: int) -> int:
    return w64((a & 0xFFFFFFFFFFFFFFFF) >> (n & 63))


# --- floating point -----------------------------------------------------------------------

_F32 = struct.Struct("f")


def f32(x: float) -> float:
    """Round a double (or a long, rounded once) to the nearest float (Java ``(float)``)."""
    if type(x) is int and not -(1 << 53) <= x <= 1 << 53:
        x = _round_to_24_bits(x)
    try:
        return _F32.unpack(_F32.pack(x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _round_to_24_bits(x: int) -> int:
    """``x`` rounded (half to even) to 24 significant bits, so that converting it to a
    double and then to a float does not round twice."""
    drop = abs(x).bit_length() - 24
    q, r = divmod(abs(x), 1 << drop)
    half = 1 << (drop - 1)
    if r > half or (r == half and q & 1):
        q += 1
    return (q << drop) * (1 if x > 0 else -1)


def ddiv(a: float, b: float) -> float:
    """Java double division: no exception on zero."""
    try:
        return a / b
    except ZeroDivisionError:
        a = float(a)
        if a == 0 or math.isnan(a):
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, float(b))


def drem(a: float, b: float) -> float:
    if b == 0 or math.isinf(a) or math.isnan(a) or math.isnan(b):
        return math.nan
    return math.fmod(a, b)


def d2i(x: float) -> int:
    """Java ``(int)`` of a double: NaN is 0, saturates at the int range."""
    if math.isnan(x):
        return 0
    if x >= 2147483647:
        return 2147483647
    if x <= -2147483648:
        return -2147483648
    return int(x)


def d2l(x: float) -> int:
    if math.isnan(x):
        return 0
    if x >= 9.223372036854776e18:
        return 9223372036854775807
    if x <= -9.223372036854776e18:
        return -9223372036854775808
    return int(x)


def i2c(x: int) -> str:
    return chr(x & 0xFFFF)


# --- string conversion (String.valueOf) ---------------------------------------------------


def s_str(x: object) -> str:
    """A String (or char) value as text: null prints ``null``."""
    return "null" if x is None else x  # type: ignore[return-value]


def s_bool(x: bool | None) -> str:
    if x is None:
        return "null"
    return "true" if x else "false"


def s_int(x: int | None) -> str:
    return "null" if x is None else str(x)


def s_double(x: float | None) -> str:
    if x is None:
        return "null"
    return double_to_string(x)


def s_float(x: float | None) -> str:
    if x is None:
        return "null"
    return float_to_string(x)


def s_decimal(x: Decimal | None) -> str:
    if x is None:
        return "null"
    return big_decimal_to_string(x)


def s_obj(env: Env, x: object) -> str:
    """``String.valueOf(Object)`` for a value whose type is known only at run time."""
    if x is None:
        return "null"
    if isinstance(x, str):
        return x
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        return s_double(x)
    if isinstance(x, Decimal):
        return s_decimal(x)
    to_string = getattr(x, "java_to_string", None)
    if to_string is not None:  # Java-side classes (Timestamp, Locale, ...) print themselves
        return to_string(env)
    if isinstance(x, _dt.datetime):
        from .javalib.text import java_date_to_string

        return java_date_to_string(x, env.timezone)
    if isinstance(x, _dt.date):
        return x.isoformat()  # java.sql.Date.toString
    if isinstance(x, _dt.time):
        return x.strftime("%H:%M:%S")  # java.sql.Time.toString
    if isinstance(x, (list, tuple)):
        return "[" + ", ".join(s_obj(env, v) for v in x) + "]"
    if isinstance(x, (set, frozenset)):
        return "[" + ", ".join(s_obj(env, v) for v in x) + "]"
    if isinstance(x, dict):
        return "{" + ", ".join(f"{s_obj(env, k)}={s_obj(env, v)}" for k, v in x.items()) + "}"
    return str(x)


# --- equality, comparison and truth -----------------------------------------------------

_VALUE_TYPES = (str, int, float, Decimal, bool, _dt.date, _dt.time)


def ref_eq(a: object, b: object) -> bool:
    """Java ``==`` between two references.

    Java compares references.  jrxmlpy compares *values* for the immutable value classes
    (String, the boxed numbers, Boolean, dates), where a template comparing with ``==``
    means equality, and identity for everything else (collections, data sources, ...)."""
    if a is None or b is None:
        return a is b
    if isinstance(a, _VALUE_TYPES) and isinstance(b, _VALUE_TYPES):
        return type(a) is type(b) and a == b
    return a is b


def java_equals(a: object, b: object) -> bool:
    """``a.equals(b)`` for a value whose class is known only at run time."""
    if a is None:
        raise NullPointerException("equals() called on null")
    if b is None:
        return False
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b and a.as_tuple().exponent == b.as_tuple().exponent
    if isinstance(a, float) and isinstance(b, float):
        if math.isnan(a) and math.isnan(b):
            return True
        return a == b and math.copysign(1, a) == math.copysign(1, b)
    if type(a) is not type(b) and isinstance(a, (int, float, Decimal, bool)):
        return False
    custom = getattr(a, "java_equals", None)
    if custom is not None:
        return bool(custom(b))
    return bool(a == b)


def compare(a: Any, b: Any) -> int:
    """``a.compareTo(b)`` (Comparable), as -1/0/1 for numbers, the difference for Strings."""
    if a is None or b is None:
        raise NullPointerException("compareTo with null")
    if isinstance(a, str) and isinstance(b, str):
        return _string_compare(a, b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def _string_compare(a: str, b: str) -> int:
    ua, ub = a.encode("utf-16-be"), b.encode("utf-16-be")
    for i in range(0, min(len(ua), len(ub)), 2):
        ca = (ua[i] << 8) | ua[i + 1]
        cb = (ub[i] << 8) | ub[i + 1]
        if ca != cb:
            return ca - cb
    return (len(ua) - len(ub)) // 2


def groovy_eq(a: object, b: object) -> bool:
    """Groovy ``==``: null-safe ``equals``, numbers by value across types."""
    if a is None or b is None:
        return a is b
    if _is_number(a) and _is_number(b):
        return a == b  # type: ignore[operator]
    if isinstance(a, str) and isinstance(b, str):
        return a == b
    try:
        return compare(a, b) == 0 if type(a) is not type(b) else java_equals(a, b)
    except (TypeError, JavaException):
        return java_equals(a, b)


def _is_number(x: object) -> bool:
    return isinstance(x, (int, float, Decimal)) and not isinstance(x, bool)


def groovy_truth(x: object) -> bool:
    """Groovy truth: null, false, 0, "" and empty collections are false."""
    if x is None:
        return False
    if isinstance(x, bool):
        return x
    if isinstance(x, (int, float, Decimal, str, list, tuple, dict, set, frozenset)):
        return bool(x)
    return True


def unbox_bool(x: bool | None) -> bool:
    if x is None:
        raise NullPointerException("unboxing a null Boolean")
    return x


def unbox(x: Any) -> Any:
    if x is None:
        raise NullPointerException("unboxing a null value")
    return x


def non_null(x: Any) -> Any:
    """The receiver of a method call: null throws."""
    if x is None:
        raise NullPointerException("cannot invoke a method on null")
    return x


def equals_other_class(receiver: object, other: object) -> bool:
    """``a.equals(b)`` where the static types say ``b`` is of another value class than
    ``a`` (``Integer.equals(Long)``): false, after the receiver's null check."""
    non_null(receiver)
    return False


# --- arrays ---------------------------------------------------------------------------


def index(a: Any, i: int) -> Any:
    if a is None:
        raise NullPointerException("indexing null")
    if isinstance(a, dict):
        return a.get(i)
    if i < 0 or i >= len(a):
        raise ArrayIndexOutOfBoundsException(f"Index {i} out of bounds for length {len(a)}")
    return a[i]


def new_array(default: Any, sizes: list[int]) -> list[Any]:
    size = sizes[0]
    if size < 0:
        raise IllegalArgumentException(f"negative array size {size}")
    if len(sizes) == 1:
        return [default] * size
    return [new_array(default, sizes[1:]) for _ in range(size)]


def checkcast(value: Any, python_types: tuple[type, ...], class_name: str) -> Any:
    """A reference cast: values of other Python types than the class's raise."""
    if value is None or not python_types or isinstance(value, python_types):
        return value
    raise ClassCastException(f"{type(value).__name__} cannot be cast to {class_name}")
