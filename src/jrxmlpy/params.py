"""Parameter values: text and JSON turned into the Python value of a declared Java class.

Two sources of values:

* **Text** (``jrxmlpy render -P NAME=VALUE``): :func:`from_text` reads the text the way the
  parameter's declared class wants it: numbers (``Integer``, ``Long``, ``Short``, ``Byte``,
  ``BigInteger`` must be integral and fit; ``Double``, ``Float``, ``BigDecimal``),
  ``Boolean`` (true/false, yes/no, 1/0), ``Character``, dates (ISO 8601; a date or
  date-time without an offset is read in the report's time zone), ``Locale``
  (``fr_FR`` / ``fr-FR``), ``TimeZone`` (a Java zone id), collections (comma separated,
  ``\\,`` for a comma inside an item; items typed by the parameter's ``nestedType``),
  arrays, and from a file name: ``InputStream``, ``File``, ``org.w3c.dom.Document``,
  ``JasperReport`` (a JRXML, compiled).  ``String`` and ``Object`` take the text as it is.
* **JSON** (``--params-json``, the ``params`` of a conformance case, see
  ``shared/conformance/CASES.md``): :func:`from_json` does what the JasperReports oracle
  does (``jasperoracle.Values``): ``{"$type": ...}`` objects give the named class, plain
  values are converted to the declared class when that is an obvious conversion (number
  to Long/BigDecimal/..., ISO text to a date, array to List/Set/String[]) and are kept as
  they are otherwise (a JSON int is an Integer, a fraction a Double, an array an ArrayList,
  an object a LinkedHashMap).

Python values follow :mod:`jrxmlpy.expressions.types`: ints, floats, ``Decimal``, aware
``datetime`` (``java.sql.Timestamp`` as the allowlist's ``Timestamp``), ``date`` / ``time``
for ``java.sql.Date`` / ``Time``, the allowlist's ``Locale`` / ``TimeZone`` / ``TreeSet`` /
``LinkedHashSet`` / ``TreeMap`` / ``InputStream``, lists and dicts.  A ``java.util.Set``
(a Java ``HashSet``) is a ``LinkedHashSet`` holding the elements in the order a Java
``HashSet`` iterates them, and a ``HashMap`` a dict in Java's order, so that printing one
gives the text JasperReports prints.

``{"$type": "net.sf.jasperreports.AbstractTest"}`` is :class:`AbstractTest`, whose
``compileReport(location)`` compiles a JRXML found in the resource folders.

Errors are :class:`ParameterError` naming the parameter, its class and the bad value.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import JrxmlpyError, ResourceError
from .expressions import types as T
from .expressions.javalib import dates as DT
from .expressions.javalib import util as U
from .expressions.javalib.jasper import InputStream
from .expressions.javalib.lang import hash_code
from .javanum import double_to_string

__all__ = [
    "ParameterError",
    "ParameterFileNotFoundError",
    "ValueContext",
    "AbstractTest",
    "ABSTRACT_TEST",
    "from_text",
    "from_json",
    "natural",
    "parse_instant",
    "parse_assignment",
    "parameter_classes",
    "declared_parameters",
    "java_hash_set",
    "java_hash_map",
]

ABSTRACT_TEST = "net.sf.jasperreports.AbstractTest"
#: Subclasses of AbstractTest that JasperReports' test templates declare.
ABSTRACT_TEST_CLASSES = frozenset({ABSTRACT_TEST, "net.sf.jasperreports.bands.splittypeprevent.SplitTypePreventTest"})

INTEGERS = {"java.lang.Integer": 32, "java.lang.Long": 64, "java.lang.Short": 16, "java.lang.Byte": 8}
DATES = frozenset({"java.util.Date", "java.sql.Timestamp", "java.sql.Date", "java.sql.Time"})
NUMBERS = frozenset({*INTEGERS, "java.lang.Double", "java.lang.Float", "java.math.BigDecimal",
                     "java.math.BigInteger", "java.lang.Number"})
#: Declared classes an ArrayList is an instance of (a JSON array stays a list).
LIST_LIKE = frozenset({"java.lang.Object", "java.util.Collection", "java.util.List", "java.util.ArrayList",
                       "java.util.AbstractList", "java.util.AbstractCollection", "java.lang.Iterable",
                       "java.io.Serializable", "java.lang.Cloneable", "java.util.RandomAccess"})
SET_LIKE = frozenset({"java.util.Set", "java.util.HashSet", "java.util.AbstractSet"})
MAP_LIKE = frozenset({"java.util.Map", "java.util.HashMap", "java.util.LinkedHashMap", "java.util.AbstractMap"})
STREAMS = frozenset({"java.io.InputStream", "java.io.ByteArrayInputStream", "java.io.FileInputStream"})


class ParameterError(JrxmlpyError):
    """A parameter value cannot be read or converted to the parameter's class.
    ``name`` is the parameter (None when not known), ``java_class`` its class."""

    def __init__(self, message: str, name: str | None = None, java_class: str | None = None) -> None:
        super().__init__(message)
        self.name = name
        self.java_class = java_class


class ParameterFileNotFoundError(ParameterError):
    """A file named by a parameter value (or the parameters file) does not exist."""


@dataclass(slots=True)
class ValueContext:
    """What converting a value may need: the report's time zone (dates without an offset),
    where relative file names are looked up (``base`` first, then the current folder, then
    the resource folders) and the resource folders JRXML files are compiled with."""

    timezone: str = "GMT"
    resources: Sequence[str | os.PathLike[str]] = ()
    base: Path | None = None
    _compiled: dict[Path, Any] = field(default_factory=dict)

    @property
    def zone(self) -> _dt.tzinfo:
        return U.time_zone(self.timezone).tzinfo

    def find_file(self, name: str) -> Path:
        """An existing file named ``name``; ParameterError when there is none."""
        if not isinstance(name, str) or not name:
            raise ParameterError("a file name is needed")
        path = Path(name).expanduser()
        candidates = [path] if path.is_absolute() else [
            *([self.base / path] if self.base is not None else []),
            Path.cwd() / path,
            *(Path(folder) / path for folder in self.resources),
        ]
        for candidate in candidates:
            if candidate.is_file():
                return candidate.resolve()
        raise ParameterFileNotFoundError(f"file not found: {name}")

    def compile(self, path: Path) -> Any:
        """The compiled report of a JRXML file (once per file)."""
        key = path.resolve()
        done = self._compiled.get(key)
        if done is None:
            from .report import compile as compile_report

            done = self._compiled[key] = compile_report(key, self.resources)
        return done


class AbstractTest:
    """Stand-in for JasperReports' regression-test harness object (``$P{TEST}``): its
    ``compileReport("net/sf/.../X.jrxml")`` compiles the JRXML found at that class-path
    location in the resource folders and returns the compiled report."""

    def __init__(self, resources: Sequence[str | os.PathLike[str]] = (), java_class: str = ABSTRACT_TEST) -> None:
        self.resources = list(resources)
        self.java_class = java_class
        self._compiled: dict[str, Any] = {}

    def compile_report(self, location: str) -> Any:
        from .report import compile as compile_report
        from .resources import Resources

        done = self._compiled.get(location)
        if done is None:
            found = Resources.of(self.resources).find(location)
            if found is None:
                raise ResourceError(f"compileReport: {location!r} not found in {Resources.of(self.resources)._describe()}")
            done = self._compiled[location] = compile_report(found, self.resources)
        return done

    compileReport = compile_report  # noqa: N815 - the Java name

    def java_to_string(self, env: Any = None) -> str:
        return f"{self.java_class}@{id(self) & 0xFFFFFF:x}"

    def __repr__(self) -> str:
        return f"<AbstractTest {self.java_class}>"


# --- Java hash ordering ----------------------------------------------------------------------


def _hash_order(keys: list[Any]) -> list[int]:
    """Indexes of ``keys`` in the order a Java HashMap/HashSet filled with them in this
    order iterates them (bucket order at the final capacity, insertion order within)."""
    capacity = 16
    while len(keys) > capacity * 3 // 4:
        capacity *= 2

    def bucket(key: Any) -> int:
        h = 0 if key is None else hash_code(key) & 0xFFFFFFFF
        return (h ^ (h >> 16)) & (capacity - 1)

    return sorted(range(len(keys)), key=lambda i: (bucket(keys[i]), i))


def java_hash_set(items: Iterable[Any]) -> U.LinkedHashSet:
    """A ``java.util.HashSet`` of ``items``: no duplicates, in Java's iteration order."""
    unique = list(U.LinkedHashSet(items))
    return U.LinkedHashSet(unique[i] for i in _hash_order(unique))


def java_hash_map(pairs: Iterable[tuple[Any, Any]]) -> dict[Any, Any]:
    """A ``java.util.HashMap`` of ``pairs`` as a dict in Java's iteration order."""
    merged = dict(pairs)
    keys = list(merged)
    return {keys[i]: merged[keys[i]] for i in _hash_order(keys)}


# --- dates -----------------------------------------------------------------------------------

_ZONE_SUFFIX = re.compile(r"\[([^\]]+)\]$")


def parse_instant(text: str, zone: _dt.tzinfo) -> _dt.datetime:
    """An ISO 8601 date, date-time or time as an aware instant: with an offset (``Z``,
    ``+02:00``) or a zone (``...[Europe/Paris]``) as given, else in ``zone``; a date alone
    is its start of day, a time alone is on 1970-01-01.  ValueError when not ISO 8601."""
    s = text.strip()
    if not s:
        raise ValueError("empty date")
    named: _dt.tzinfo | None = None
    m = _ZONE_SUFFIX.search(s)
    if m:
        try:
            named = ZoneInfo(m.group(1))
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {m.group(1)!r}") from None
        s = s[: m.start()]
    if len(s) > 10 and s[10] == " ":
        s = s[:10] + "T" + s[11:]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        day = _dt.date.fromisoformat(s)
        local = _dt.datetime.combine(day, _dt.time())
    elif re.match(r"\d{4}-\d{2}-\d{2}T", s):
        local = _dt.datetime.fromisoformat(s)
    elif re.match(r"\d{2}:\d{2}", s):
        t = _dt.time.fromisoformat(s)
        local = _dt.datetime.combine(_dt.date(1970, 1, 1), t.replace(tzinfo=None), t.tzinfo)
    else:
        raise ValueError("not an ISO 8601 date")
    if local.tzinfo is None:
        local = local.replace(tzinfo=named or zone)
    elif named is not None:
        local = local.astimezone(named)
    return local


def date_of_class(instant: _dt.datetime, java_class: str, zone: _dt.tzinfo) -> Any:
    """The Python value of a Date/Timestamp/java.sql.Date/java.sql.Time at ``instant``."""
    local = instant.astimezone(zone)
    if java_class == "java.sql.Date":
        return local.date()
    if java_class == "java.sql.Time":
        return local.time()
    if java_class == "java.sql.Timestamp":
        return DT.Timestamp(local.year, local.month, local.day, local.hour, local.minute, local.second,
                            local.microsecond, tzinfo=local.tzinfo, fold=local.fold)
    return local


# --- small readers ---------------------------------------------------------------------------


def parse_locale(text: str) -> U.Locale:
    """``fr_FR``, ``fr-FR``, ``fr``, ``de_DE_EURO`` as a Locale (the oracle's parseLocale)."""
    text = text.strip()
    if not text:
        return U.Locale()
    if not re.fullmatch(r"[A-Za-z]{0,8}([_-][A-Za-z0-9]{0,8}){0,2}([_-][A-Za-z0-9#_-]*)?", text):
        raise ValueError(f"not a locale such as en_US: {text!r}")
    return U.Locale.parse(text)


def parse_time_zone(text: str, strict: bool = False) -> U.TimeZone:
    """A Java time zone id; unknown ids give GMT, as ``TimeZone.getTimeZone`` does (or a
    ValueError when ``strict``)."""
    tz = U.time_zone(text.strip())
    if strict and tz.id == "GMT" and text.strip().upper() not in ("GMT", "UTC", "Z", "GMT0", "ETC/GMT", "UT"):
        raise ValueError(f"unknown time zone {text!r}")
    return tz


def _integral(text: str, java_class: str) -> int:
    try:
        d = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(f"not a number: {text!r}") from None
    if not d.is_finite() or d != d.to_integral_value():
        raise ValueError(f"not an integral number: {text!r}")
    n = int(d)
    bits = INTEGERS.get(java_class)
    if bits is not None and not -(1 << (bits - 1)) <= n < (1 << (bits - 1)):
        raise ValueError(f"{text.strip()} is out of the range of {java_class.rsplit('.', 1)[-1]}")
    return n


_JAVA_DOUBLE = re.compile(r"[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)")


def _double(text: str) -> float:
    s = text.strip()
    if not _JAVA_DOUBLE.fullmatch(s):
        raise ValueError(f"not a number: {text!r}")
    s = s.rstrip("fFdD") if not s.endswith("Infinity") else s
    return float(s.replace("Infinity", "inf"))


def _big_decimal(text: str) -> Decimal:
    s = text.strip()
    if not re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", s):
        raise ValueError(f"not a decimal number: {text!r}")
    return Decimal(s)


def _number(text: str, java_class: str) -> Any:
    if java_class in INTEGERS or java_class == "java.math.BigInteger":
        return _integral(text, java_class)
    if java_class == "java.lang.Double":
        return _double(text)
    if java_class == "java.lang.Float":
        from .data.convert import to_float32

        return to_float32(_double(text))
    if java_class == "java.math.BigDecimal":
        return _big_decimal(text)
    # java.lang.Number: an int when integral, else a double
    try:
        return _integral(text, "java.lang.Long")
    except ValueError:
        return _double(text)


def _boolean(text: str) -> bool:
    s = text.strip().lower()
    if s in ("true", "yes", "y", "1", "on"):
        return True
    if s in ("false", "no", "n", "0", "off"):
        return False
    raise ValueError(f"not a boolean (true or false): {text!r}")


def _split_list(text: str) -> list[str]:
    """Comma separated items; ``\\,`` is a comma inside an item; items are trimmed."""
    if not text.strip():
        return []
    items, current, i = [], [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text) and text[i + 1] in ",\\":
            current.append(text[i + 1])
            i += 2
            continue
        if c == ",":
            items.append("".join(current).strip())
            current = []
        else:
            current.append(c)
        i += 1
    items.append("".join(current).strip())
    return items


def _box(java_class: str) -> str:
    java_class = java_class.strip()
    return T.box(java_class)


# --- from text (the command line) ------------------------------------------------------------


def from_text(
    text: str,
    java_class: str,
    ctx: ValueContext | None = None,
    *,
    name: str | None = None,
    nested_type: str | None = None,
) -> Any:
    """``text`` as the Python value of ``java_class`` (see the module docstring).
    ParameterError when the text is not a value of that class."""
    ctx = ctx or ValueContext()
    cls = _box(java_class or T.STRING)
    what = f"parameter {name!r} ({cls})" if name else cls
    try:
        return _from_text(text, cls, ctx, nested_type)
    except ParameterError as exc:
        raise type(exc)(f"{what}: {exc.message}", name, cls) from None
    except (ValueError, OverflowError) as exc:
        raise ParameterError(f"{what}: {exc}", name, cls) from None
    except JrxmlpyError as exc:  # a JRXML that does not compile, an unreadable XML file
        raise ParameterError(f"{what}: {_one_line(exc)}", name, cls) from None


def _from_text(text: str, cls: str, ctx: ValueContext, nested_type: str | None) -> Any:
    if cls in (T.STRING, T.OBJECT, "java.lang.CharSequence", "java.io.Serializable", "java.lang.Comparable"):
        return text
    if cls in NUMBERS:
        return _number(text, cls)
    if cls == "java.lang.Boolean":
        return _boolean(text)
    if cls == "java.lang.Character":
        if len(text) != 1:
            raise ValueError(f"not a single character: {text!r}")
        return text
    if cls in DATES:
        try:
            instant = parse_instant(text, ctx.zone)
        except ValueError as exc:
            raise ValueError(f"{exc}: {text!r} (give an ISO 8601 date such as 2024-05-31 or 2024-05-31T14:30:00)") from None
        return date_of_class(instant, cls, ctx.zone)
    if cls == "java.util.Locale":
        return parse_locale(text)
    if cls == "java.util.TimeZone":
        return parse_time_zone(text, strict=True)
    if cls in ABSTRACT_TEST_CLASSES:
        return AbstractTest(ctx.resources, cls)
    element = _box(nested_type) if nested_type else T.STRING
    if cls in LIST_LIKE - {T.OBJECT} or cls == "java.util.LinkedList":
        return [_from_text(item, element, ctx, None) for item in _split_list(text)]
    if cls in SET_LIKE:
        return java_hash_set(_from_text(item, element, ctx, None) for item in _split_list(text))
    if cls == "java.util.LinkedHashSet":
        return U.LinkedHashSet(_from_text(item, element, ctx, None) for item in _split_list(text))
    if cls in ("java.util.TreeSet", "java.util.SortedSet", "java.util.NavigableSet"):
        return U.TreeSet(_from_text(item, element, ctx, None) for item in _split_list(text))
    if T.is_array(cls):
        return [_from_text(item, _box(T.element_type(cls)), ctx, None) for item in _split_list(text)]
    if cls in STREAMS:
        return InputStream(ctx.find_file(text).read_bytes())
    if cls == "java.io.File":
        return ctx.find_file(text)
    if cls == "org.w3c.dom.Document":
        from .data.xml import load_xml

        return load_xml(ctx.find_file(text))
    if cls in ("net.sf.jasperreports.engine.JasperReport", "net.sf.jasperreports.engine.JRReport"):
        return ctx.compile(ctx.find_file(text))
    if cls in MAP_LIKE:
        raise ValueError("a Map cannot be given as text: give it with --params-json")
    raise ValueError(f"a {cls} cannot be given as text: give it with --params-json")


# --- from JSON (CASES.md, --params-json) -----------------------------------------------------


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def _json_text(value: Any) -> str:
    """Jackson's ``asText``/``toString`` of a JSON scalar."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return double_to_string(value)
    if value is None:
        return "null"
    return str(value)


def natural(value: Any, ctx: ValueContext | None = None) -> Any:
    """A JSON value with no declared class: text, boolean, number as they are, an array a
    list, an object a dict (insertion ordered), a ``$type`` object its class."""
    ctx = ctx or ValueContext()
    if isinstance(value, Mapping):
        if "$type" in value:
            return _typed(str(value["$type"]), value, ctx, None)
        return {k: natural(v, ctx) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [natural(v, ctx) for v in value]
    return value


def from_json(value: Any, java_class: str | None = None, ctx: ValueContext | None = None, *, name: str | None = None) -> Any:
    """A JSON (or plain Python) value as the Python value of ``java_class`` (the declared
    class, None when the parameter is not declared): see the module docstring."""
    ctx = ctx or ValueContext()
    cls = _box(java_class) if java_class else None
    label = f"parameter {name!r}" if name else "value"
    try:
        if isinstance(value, Mapping) and "$type" in value:
            kind = str(value["$type"])
            if kind in ABSTRACT_TEST_CLASSES:
                return AbstractTest(ctx.resources, cls if cls in ABSTRACT_TEST_CLASSES else kind)
            return _typed(kind, value, ctx, name)
        if cls is not None and cls != T.OBJECT:
            coerced = _coerce(value, cls, ctx)
            if coerced is not _NONE:
                return coerced
        return natural(value, ctx)
    except ParameterError as exc:
        if name and exc.name is None:
            raise type(exc)(f"{label}: {exc.message}", name, exc.java_class) from None
        raise
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise ParameterError(f"{label}: {exc}", name, cls) from None
    except JrxmlpyError as exc:
        raise ParameterError(f"{label}: {_one_line(exc)}", name, cls) from None


_NONE = object()


def _coerce(value: Any, cls: str, ctx: ValueContext) -> Any:
    """The oracle's ``coerce``: a plain value converted to ``cls`` when obvious, else _NONE
    (the value is then passed as it is)."""
    if value is None:
        return None
    if _is_number(value) or (isinstance(value, str) and cls in NUMBERS):
        if cls in NUMBERS:
            text = _json_text(value).strip() if not isinstance(value, Decimal) else str(value)
            try:
                if cls in INTEGERS or cls == "java.math.BigInteger":
                    return _integral(text, cls)
                if cls == "java.lang.Number":
                    return value if _is_number(value) else _number(text, cls)
                return _number(text, cls)
            except ValueError:
                return _NONE
        if cls == T.STRING:
            return _json_text(value)
        return _NONE
    if isinstance(value, str):
        if cls == T.STRING:
            return value
        if cls in DATES:
            return date_of_class(parse_instant(value, ctx.zone), cls, ctx.zone)
        if cls == "java.util.Locale":
            return parse_locale(value)
        if cls == "java.util.TimeZone":
            return parse_time_zone(value)
        if cls == "java.lang.Boolean":
            return value.lower() == "true"
        if cls == "java.lang.Character" and len(value) == 1:
            return value
        return _NONE
    if isinstance(value, (list, tuple)):
        if cls in LIST_LIKE:
            return natural(list(value), ctx)
        if cls in SET_LIKE:
            return java_hash_set(natural(v, ctx) for v in value)
        if cls == "java.lang.String[]":
            return [None if v is None else _json_text(v) for v in value]
        return _NONE
    if isinstance(value, _dt.datetime) and cls in DATES:
        aware = value if value.tzinfo is not None else value.replace(tzinfo=ctx.zone)
        return date_of_class(aware, cls, ctx.zone)
    if isinstance(value, _dt.date) and not isinstance(value, _dt.datetime) and cls in DATES - {"java.sql.Time"}:
        if cls == "java.sql.Date":
            return value
        return date_of_class(_dt.datetime.combine(value, _dt.time(), ctx.zone), cls, ctx.zone)
    return _NONE


def _values(node: Mapping[str, Any], ctx: ValueContext) -> list[Any]:
    values = node.get("values")
    if values is None:
        return []
    if not isinstance(values, (list, tuple)):
        raise ValueError(f"{node['$type']}: 'values' is an array, not {type(values).__name__}")
    return [natural(v, ctx) for v in values]


def _value(node: Mapping[str, Any]) -> Any:
    if "value" not in node:
        raise ValueError(f"{node['$type']} needs a 'value'")
    return node["value"]


def _file(node: Mapping[str, Any], ctx: ValueContext) -> Path:
    name = node.get("file")
    if not isinstance(name, str):
        raise ValueError(f"{node['$type']} needs a 'file'")
    return ctx.find_file(name)


def _map(node: Mapping[str, Any], ctx: ValueContext) -> list[tuple[Any, Any]]:
    value = node.get("value")
    if value is None:
        return []
    if not isinstance(value, Mapping):
        raise ValueError(f"{node['$type']}: 'value' is an object, not {type(value).__name__}")
    return [(k, natural(v, ctx)) for k, v in value.items()]


def _typed(kind: str, node: Mapping[str, Any], ctx: ValueContext, name: str | None) -> Any:
    """A ``{"$type": ...}`` object (the oracle's ``Values.typed``)."""
    if kind in ABSTRACT_TEST_CLASSES:
        return AbstractTest(ctx.resources, kind)
    if kind in ("java.util.Set", "java.util.HashSet"):
        return java_hash_set(_values(node, ctx))
    if kind == "java.util.LinkedHashSet":
        return U.LinkedHashSet(_values(node, ctx))
    if kind in ("java.util.TreeSet", "java.util.SortedSet"):
        return U.TreeSet(_values(node, ctx))
    if kind in ("java.util.List", "java.util.ArrayList", "java.util.Collection", "java.lang.Object[]"):
        return _values(node, ctx)
    if kind == "java.lang.String[]":
        return [None if v is None else _json_text(v) if not isinstance(v, (list, dict)) else str(v)
                for v in _values(node, ctx)]
    if kind in ("java.util.Map", "java.util.LinkedHashMap"):
        return dict(_map(node, ctx))
    if kind == "java.util.HashMap":
        return java_hash_map(_map(node, ctx))
    if kind == "java.util.TreeMap":
        return U.TreeMap(dict(_map(node, ctx)))
    if kind in DATES:
        value = _value(node)
        if not isinstance(value, str):
            raise ValueError(f"{kind}: 'value' is an ISO 8601 text, not {value!r}")
        return date_of_class(parse_instant(value, ctx.zone), kind, ctx.zone)
    if kind in NUMBERS - {"java.lang.Number"}:
        value = _value(node)
        if value is None or isinstance(value, (bool, list, dict)):
            raise ValueError(f"{kind}: 'value' is not a number: {value!r}")
        return _number(_json_text(value) if not isinstance(value, str) else value, kind)
    if kind == "java.lang.Boolean":
        value = _value(node)
        return value if isinstance(value, bool) else _json_text(value).lower() == "true"
    if kind == "java.lang.String":
        value = _value(node)
        return None if value is None else _json_text(value) if not isinstance(value, (list, dict)) else str(value)
    if kind == "java.lang.Character":
        text = _json_text(_value(node))
        if not text:
            raise ValueError("java.lang.Character: empty 'value'")
        return text[0]
    if kind == "java.util.Locale":
        return parse_locale(_json_text(_value(node)))
    if kind == "java.util.TimeZone":
        return parse_time_zone(_json_text(_value(node)))
    if kind in STREAMS:
        return InputStream(_file(node, ctx).read_bytes())
    if kind == "java.io.File":
        return _file(node, ctx)
    if kind == "org.w3c.dom.Document":
        from .data.xml import load_xml

        return load_xml(_file(node, ctx))
    if kind == "net.sf.jasperreports.engine.JasperReport":
        return ctx.compile(_file(node, ctx))
    raise ParameterError(f"unsupported $type {kind!r}", None, kind)


# --- reports and assignments ------------------------------------------------------------------


def parameter_classes(report: Any) -> dict[str, str]:
    """Every parameter name the main dataset of a compiled report knows, with its class:
    the built-in ones, those of its query language, and the declared ones."""
    from .report import dataset_schema

    design = report.design
    return dict(dataset_schema(design, design.main_dataset, main=True).params)


def declared_parameters(report: Any) -> dict[str, Any]:
    """The report's own (declared) parameters by name (``design.report.Parameter``)."""
    return {p.name: p for p in report.design.parameters}


def parse_assignment(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` (the value may contain ``=``); ValueError without a name."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise ValueError(f"expected NAME=VALUE, got {text!r}")
    return name.strip(), value


def _one_line(exc: BaseException) -> str:
    if isinstance(exc, JrxmlpyError):
        text = JrxmlpyError.__str__(exc)
    else:
        text = str(exc)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return "; ".join(lines) if lines else type(exc).__name__
