"""Python implementations of ``java.util`` behaviour: ``Locale``, ``TimeZone``, the
collections (over Python ``list``/``set``/``dict``), ``Iterator``, ``Map.Entry``, ``UUID``.

Value representation (see :mod:`jrxmlpy.expressions.types`): ``ArrayList``/``LinkedList``
are ``list``; ``HashSet`` is ``set``; ``LinkedHashSet``/``TreeSet`` are the ordered-set
``list`` subclasses below; ``HashMap``/``LinkedHashMap`` are ``dict``; ``TreeMap`` is the
sorted ``dict`` subclass below.  A ``Locale`` is the frozen :class:`Locale`; a
``TimeZone`` is :class:`TimeZone` (a Java id with its ``tzinfo``).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import uuid as _uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .. import runtime as R

# =========================================================================================
# Locale
# =========================================================================================


#: Java 17 maps the withdrawn ISO 639 codes to the current ones.
_OLD_LANGUAGES = {"iw": "he", "in": "id", "ji": "yi"}


@dataclass(frozen=True, slots=True)
class Locale:
    """``java.util.Locale``: language lower case, country upper case, as Java keeps them."""

    language: str = ""
    country: str = ""
    variant: str = ""

    @staticmethod
    def of(language: str | None, country: str | None = "", variant: str | None = "") -> Locale:
        if language is None or country is None or variant is None:
            raise R.NullPointerException("Locale component is null")
        language = _OLD_LANGUAGES.get(language.lower(), language.lower())
        return Locale(language, country.upper(), variant)

    @staticmethod
    def parse(tag: str | Locale | None) -> Locale:
        """A Locale from ``en_US`` / ``en-US`` / ``fr`` spellings (or a Locale)."""
        if isinstance(tag, Locale):
            return tag
        if tag is None:
            return Locale()
        if not isinstance(tag, str):  # a babel Locale
            language = getattr(tag, "language", "") or ""
            territory = getattr(tag, "territory", "") or ""
            return Locale(language.lower(), territory.upper())
        parts = re.split(r"[_-]", tag.strip())
        language = parts[0].lower() if parts else ""
        language = _OLD_LANGUAGES.get(language, language)
        country = parts[1].upper() if len(parts) > 1 else ""
        variant = "_".join(parts[2:]) if len(parts) > 2 else ""
        return Locale(language, country, variant)

    def java_to_string(self, env: Any = None) -> str:
        if not self.language and not self.country:
            return ""
        text = self.language
        if self.country or self.variant:
            text += "_" + self.country
        if self.variant:
            text += "_" + self.variant
        return text

    def __str__(self) -> str:
        return self.java_to_string()

    def java_equals(self, other: object) -> bool:
        return self == other

    def to_language_tag(self) -> str:
        if not self.language:
            return "und" if not self.country else "und-" + self.country
        return self.language + ("-" + self.country if self.country else "")

    def babel(self):  # type: ignore[no-untyped-def]
        from .text import java_locale

        return java_locale(self.java_to_string())

    def display_language(self, in_locale: Locale) -> str:
        if not self.language:
            return ""
        try:
            name = in_locale.babel().languages.get(self.language)
        except Exception:  # noqa: BLE001 - unknown locale data: Java falls back to the code
            name = None
        return name or self.language

    def display_country(self, in_locale: Locale) -> str:
        if not self.country:
            return ""
        try:
            name = in_locale.babel().territories.get(self.country)
        except Exception:  # noqa: BLE001
            name = None
        return name or self.country

    def display_name(self, in_locale: Locale) -> str:
        language = self.display_language(in_locale)
        country = self.display_country(in_locale)
        qualifiers = [q for q in (country, self.variant) if q]
        if not language:
            return ", ".join(qualifiers)
        if not qualifiers:
            return language
        return f"{language} ({', '.join(qualifiers)})"


LOCALE_CONSTANTS = {
    "ENGLISH": Locale("en"), "FRENCH": Locale("fr"), "GERMAN": Locale("de"), "ITALIAN": Locale("it"),
    "JAPANESE": Locale("ja"), "KOREAN": Locale("ko"), "CHINESE": Locale("zh"),
    "SIMPLIFIED_CHINESE": Locale("zh", "CN"), "TRADITIONAL_CHINESE": Locale("zh", "TW"),
    "FRANCE": Locale("fr", "FR"), "GERMANY": Locale("de", "DE"), "ITALY": Locale("it", "IT"),
    "JAPAN": Locale("ja", "JP"), "KOREA": Locale("ko", "KR"), "CHINA": Locale("zh", "CN"),
    "PRC": Locale("zh", "CN"), "TAIWAN": Locale("zh", "TW"), "UK": Locale("en", "GB"),
    "US": Locale("en", "US"), "CANADA": Locale("en", "CA"), "CANADA_FRENCH": Locale("fr", "CA"),
    "ROOT": Locale(),
}


def env_locale(env: R.Env) -> Locale:
    """The report locale (the JVM default locale of JasperReports' fill) as a Locale."""
    return Locale.parse(env.locale)


def locale_tag(locale: Any) -> str:
    """The Java spelling (``en_US``) of a Locale value, for :func:`..text.java_locale`."""
    if locale is None:
        raise R.NullPointerException("locale is null")
    return Locale.parse(locale).java_to_string()


def first_day_of_week(locale: Any) -> int:
    """``Calendar.getInstance(locale).getFirstDayOfWeek()`` (1 = Sunday)."""
    return _week_data(locale_tag(locale))[0]


def minimal_days_in_first_week(locale: Any) -> int:
    return _week_data(locale_tag(locale))[1]


@functools.lru_cache(maxsize=128)
def _week_data(tag: str) -> tuple[int, int]:
    loc = Locale.parse(tag)
    if not loc.country:
        # Java 17 (checked): a locale without a region (new Locale("fr"), ROOT) gives
        # SUNDAY / 1, whatever the language.
        return (1, 1)
    first = minimal = None
    try:
        from babel import Locale as BabelLocale
        from babel.core import get_global

        spoken = list(get_global("territory_languages").get(loc.country, {}))
        for language in [loc.language, "en", *spoken]:
            try:
                b = BabelLocale(language, territory=loc.country)
            except Exception:  # noqa: BLE001 - no such locale: try the next language
                continue
            first, minimal = b.first_week_day, b.min_week_days  # first: 0 = Monday
            break
    except Exception:  # noqa: BLE001 - no locale data
        pass
    if first is None or minimal is None:
        return (1, 1)
    return ((first + 1) % 7 + 1, minimal)


# =========================================================================================
# TimeZone
# =========================================================================================

_UTC = _dt.UTC

#: Java's three-letter ids that are not IANA names (the old ``ZoneInfo`` aliases).
_SHORT_IDS = {
    "ACT": "Australia/Darwin", "AET": "Australia/Sydney", "AGT": "America/Argentina/Buenos_Aires",
    "ART": "Africa/Cairo", "AST": "America/Anchorage", "BET": "America/Sao_Paulo",
    "BST": "Asia/Dhaka", "CAT": "Africa/Harare", "CNT": "America/St_Johns", "CST": "America/Chicago",
    "CTT": "Asia/Shanghai", "EAT": "Africa/Addis_Ababa", "ECT": "Europe/Paris", "IET": "America/Indiana/Indianapolis",
    "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "MIT": "Pacific/Apia", "NET": "Asia/Yerevan",
    "NST": "Pacific/Auckland", "PLT": "Asia/Karachi", "PNT": "America/Phoenix", "PRT": "America/Puerto_Rico",
    "PST": "America/Los_Angeles", "SST": "Pacific/Guadalcanal", "VST": "Asia/Ho_Chi_Minh",
}
_FIXED_SHORT = {"EST": -5 * 60, "MST": -7 * 60, "HST": -10 * 60}
_CUSTOM_ID = re.compile(r"^GMT([+-])(\d{1,2})(?::?(\d{2}))?$")


@dataclass(frozen=True, slots=True)
class TimeZone:
    """``java.util.TimeZone``: its Java id and the Python tzinfo computing its offsets."""

    id: str
    tzinfo: _dt.tzinfo

    def java_to_string(self, env: Any = None) -> str:
        return f'sun.util.calendar.ZoneInfo[id="{self.id}"]'

    def __hash__(self) -> int:
        return hash(self.id)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TimeZone) and other.id == self.id

    def raw_offset_ms(self) -> int:
        """The standard (non-DST) offset now, in milliseconds."""
        now = _dt.datetime.now(_UTC).astimezone(self.tzinfo)
        off = now.utcoffset() or _dt.timedelta(0)
        dst = now.dst() or _dt.timedelta(0)
        return int((off - dst) / _dt.timedelta(milliseconds=1))

    def offset_ms(self, millis: int) -> int:
        moment = (_EPOCH + _dt.timedelta(milliseconds=millis)).astimezone(self.tzinfo)
        return int((moment.utcoffset() or _dt.timedelta(0)) / _dt.timedelta(milliseconds=1))

    def in_daylight_time(self, moment: _dt.datetime) -> bool:
        return bool(moment.astimezone(self.tzinfo).dst())


_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_UTC)


def _fixed(minutes: int) -> _dt.tzinfo:
    return _dt.timezone(_dt.timedelta(minutes=minutes))


@functools.lru_cache(maxsize=256)
def time_zone(zone_id: str) -> TimeZone:
    """``TimeZone.getTimeZone(id)``: unknown ids give GMT, as in Java."""
    if zone_id is None:
        raise R.NullPointerException("time zone id is null")
    m = _CUSTOM_ID.match(zone_id)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 23 or minutes > 59:
            return TimeZone("GMT", ZoneInfo("GMT"))
        total = hours * 60 + minutes
        sign = m.group(1)
        return TimeZone(f"GMT{sign}{hours:02d}:{minutes:02d}", _fixed(total if sign == "+" else -total))
    if zone_id in _FIXED_SHORT:
        return TimeZone(zone_id, _fixed(_FIXED_SHORT[zone_id]))
    if zone_id in _SHORT_IDS:
        return TimeZone(zone_id, ZoneInfo(_SHORT_IDS[zone_id]))
    if zone_id in ("UTC", "GMT", "Z") or zone_id.startswith(("Etc/", "GMT0")) or "/" in zone_id or zone_id.isalpha():
        try:
            return TimeZone(zone_id if zone_id != "Z" else "GMT", ZoneInfo(zone_id if zone_id != "Z" else "GMT"))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return TimeZone("GMT", ZoneInfo("GMT"))


def zone_id_of(tz: _dt.tzinfo) -> str:
    """The Java id of a Python tzinfo."""
    key = getattr(tz, "key", None)
    if key:
        return key
    if tz is _UTC:
        return "UTC"
    off = tz.utcoffset(None)
    if off is None:
        return "GMT"
    minutes = int(off.total_seconds() // 60)
    if minutes == 0:
        return "GMT"
    sign = "+" if minutes > 0 else "-"
    minutes = abs(minutes)
    return f"GMT{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def as_time_zone(value: Any) -> TimeZone:
    """A TimeZone from a TimeZone, a tzinfo (ZoneId, ``Env.timezone``) or an id string."""
    if isinstance(value, TimeZone):
        return value
    if value is None:
        raise R.NullPointerException("time zone is null")
    if isinstance(value, str):
        return time_zone(value)
    inner = getattr(value, "tzinfo_value", None)
    if inner is not None:
        value = inner
    return TimeZone(zone_id_of(value), value)


def as_tzinfo(value: Any) -> _dt.tzinfo:
    """The tzinfo of a TimeZone / ZoneId / tzinfo value."""
    if isinstance(value, TimeZone):
        return value.tzinfo
    if isinstance(value, _dt.tzinfo):
        return value
    return as_time_zone(value).tzinfo


def env_time_zone(env: R.Env) -> TimeZone:
    return as_time_zone(env.timezone)


# =========================================================================================
# Collections
# =========================================================================================

_cmp_key = functools.cmp_to_key(R.compare)


def _comparator_key(comparator: Any) -> Any:
    if comparator is None:
        return _cmp_key
    return functools.cmp_to_key(lambda a, b: comparator(a, b))


class LinkedHashSet(list):  # type: ignore[type-arg]
    """An insertion-ordered set (``LinkedHashSet``): a list without duplicates."""

    __slots__ = ()

    def __init__(self, items: Iterable[Any] = ()) -> None:
        super().__init__()
        for item in items:
            if item not in self:
                self.append(item)


class TreeSet(list):  # type: ignore[type-arg]
    """A sorted set (``TreeSet``, natural order or a comparator)."""

    __slots__ = ("comparator",)

    def __init__(self, items: Iterable[Any] = (), comparator: Any = None) -> None:
        super().__init__()
        self.comparator = comparator
        for item in items:
            if item not in self:
                self.append(item)
        self.resort()

    def resort(self) -> None:
        if any(item is None for item in self):
            raise R.NullPointerException("TreeSet does not accept null")
        self.sort(key=_comparator_key(self.comparator))


class TreeMap(dict):  # type: ignore[type-arg]
    """A dict kept in key order (``TreeMap``)."""

    __slots__ = ("comparator",)

    def __init__(self, items: Any = (), comparator: Any = None) -> None:
        super().__init__(items)
        self.comparator = comparator
        self.resort()

    def resort(self) -> None:
        if any(k is None for k in self):
            raise R.NullPointerException("TreeMap does not accept null keys")
        items = sorted(self.items(), key=lambda kv: _comparator_key(self.comparator)(kv[0]))
        self.clear()
        dict.update(self, items)


def _after_change(c: Any) -> None:
    if isinstance(c, (TreeSet, TreeMap)):
        c.resort()


def _is_set(c: Any) -> bool:
    return isinstance(c, (set, frozenset, LinkedHashSet, TreeSet))


def items_of(c: Any) -> list[Any]:
    """The elements of any collection value (dicts give their keys), in iteration order."""
    if c is None:
        raise R.NullPointerException("collection is null")
    if isinstance(c, dict):
        return list(c.keys())
    if isinstance(c, str):
        return list(c)
    return list(c)


def coll_add(c: Any, item: Any) -> bool:
    if c is None:
        raise R.NullPointerException("add on null")
    if isinstance(c, frozenset):
        raise R.UnsupportedOperationException("add on an immutable set")
    if isinstance(c, set):
        if item in c:
            return False
        c.add(item)
        return True
    if isinstance(c, (LinkedHashSet, TreeSet)):
        if item in c:
            return False
        c.append(item)
        _after_change(c)
        return True
    c.append(item)
    return True


def list_insert(c: list[Any], index: int, item: Any) -> None:
    if index < 0 or index > len(c):
        raise R.IndexOutOfBoundsException(f"Index: {index}, Size: {len(c)}")
    c.insert(index, item)


def coll_add_all(c: Any, items: Any) -> bool:
    changed = False
    for item in items_of(items):
        changed = coll_add(c, item) or changed
    return changed


def list_add_all_at(c: list[Any], index: int, items: Any) -> bool:
    values = items_of(items)
    if index < 0 or index > len(c):
        raise R.IndexOutOfBoundsException(f"Index: {index}, Size: {len(c)}")
    c[index:index] = values
    return bool(values)


def _check_index(c: Any, index: int) -> None:
    if index < 0 or index >= len(c):
        raise R.IndexOutOfBoundsException(f"Index {index} out of bounds for length {len(c)}")


def list_get(c: Any, index: int) -> Any:
    if c is None:
        raise R.NullPointerException("get on null")
    _check_index(c, index)
    return c[index]


def list_set(c: list[Any], index: int, item: Any) -> Any:
    _check_index(c, index)
    old = c[index]
    c[index] = item
    return old


def list_remove_at(c: list[Any], index: int) -> Any:
    _check_index(c, index)
    return c.pop(index)


def coll_remove(c: Any, item: Any) -> bool:
    if isinstance(c, dict):
        raise R.UnsupportedOperationException("remove(Object) on a Map: use map.remove(key)")
    if isinstance(c, frozenset):
        raise R.UnsupportedOperationException("remove on an immutable set")
    if isinstance(c, set):
        if item in c:
            c.discard(item)
            return True
        return False
    for i, existing in enumerate(c):
        if _eq(existing, item):
            del c[i]
            return True
    return False


def coll_remove_all(c: Any, items: Any) -> bool:
    targets = items_of(items)
    changed = False
    for item in targets:
        while coll_remove(c, item):
            changed = True
            if _is_set(c):
                break
    return changed


def coll_retain_all(c: Any, items: Any) -> bool:
    keep = items_of(items)
    before = len(c)
    kept = [x for x in items_of(c) if any(_eq(x, k) for k in keep)]
    c.clear()
    if isinstance(c, set):
        c.update(kept)
    else:
        c.extend(kept)
    return len(c) != before


def _eq(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is b
    return R.java_equals(a, b)


def coll_contains(c: Any, item: Any) -> bool:
    if c is None:
        raise R.NullPointerException("contains on null")
    if isinstance(c, (set, frozenset, dict)):
        try:
            return item in c
        except TypeError:
            return False
    return any(_eq(x, item) for x in c)


def coll_contains_all(c: Any, items: Any) -> bool:
    return all(coll_contains(c, item) for item in items_of(items))


def list_index_of(c: Any, item: Any) -> int:
    for i, x in enumerate(c):
        if _eq(x, item):
            return i
    return -1


def list_last_index_of(c: Any, item: Any) -> int:
    for i in range(len(c) - 1, -1, -1):
        if _eq(c[i], item):
            return i
    return -1


def list_sub_list(c: list[Any], start: int, end: int) -> list[Any]:
    if start < 0 or end > len(c) or start > end:
        raise R.IndexOutOfBoundsException(f"fromIndex: {start}, toIndex: {end}, size: {len(c)}")
    return c[start:end]


def coll_equals(a: Any, b: Any) -> bool:
    if b is None:
        return False
    if isinstance(a, dict):
        return isinstance(b, dict) and len(a) == len(b) and all(k in b and _eq(v, b[k]) for k, v in a.items())
    if _is_set(a):
        return _is_set(b) and len(a) == len(b) and all(coll_contains(b, x) for x in a)
    if isinstance(a, list):
        return isinstance(b, list) and not _is_set(b) and len(a) == len(b) and all(_eq(x, y) for x, y in zip(a, b, strict=False))
    return _eq(a, b)


def coll_hash(c: Any) -> int:
    from .lang import java_hash

    def h(x: Any) -> int:
        if x is None:
            return 0
        if isinstance(x, str):
            return java_hash(x)
        if isinstance(x, bool):
            return 1231 if x else 1237
        if isinstance(x, int):
            return R.w32(x ^ (x >> 32))
        if isinstance(x, (list, set, dict)):
            return coll_hash(x)
        return R.w32(hash(x))

    if isinstance(c, dict):
        return R.w32(sum(h(k) ^ h(v) for k, v in c.items()))
    if _is_set(c):
        return R.w32(sum(h(x) for x in c))
    result = 1
    for x in c:
        result = R.w32(31 * result + h(x))
    return result


def coll_clear(c: Any) -> None:
    c.clear()


def coll_to_array(c: Any, *_typed: Any) -> list[Any]:
    return items_of(c)


def sort_list(c: list[Any], comparator: Any = None) -> None:
    if c is None:
        raise R.NullPointerException("sort on null")
    if comparator is None and any(x is None for x in c):
        raise R.NullPointerException("sort: null element")
    c.sort(key=_comparator_key(comparator))


def coll_max(c: Any, comparator: Any = None) -> Any:
    values = items_of(c)
    if not values:
        raise R.JavaException("java.util.NoSuchElementException")
    return max(values, key=_comparator_key(comparator))


def coll_min(c: Any, comparator: Any = None) -> Any:
    values = items_of(c)
    if not values:
        raise R.JavaException("java.util.NoSuchElementException")
    return min(values, key=_comparator_key(comparator))


def frequency(c: Any, item: Any) -> int:
    return sum(1 for x in items_of(c) if _eq(x, item))


def n_copies(n: int, item: Any) -> list[Any]:
    if n < 0:
        raise R.IllegalArgumentException(f"List length = {n}")
    return [item] * n


def new_list(source: Any = None) -> list[Any]:
    if source is None:
        return []
    if isinstance(source, int) and not isinstance(source, bool):
        if source < 0:
            raise R.IllegalArgumentException(f"Illegal Capacity: {source}")
        return []
    return items_of(source)


def new_set(source: Any = None) -> set[Any]:
    if source is None or (isinstance(source, int) and not isinstance(source, bool)):
        return set()
    return set(items_of(source))


def new_map(source: Any = None) -> dict[Any, Any]:
    if source is None or (isinstance(source, int) and not isinstance(source, bool)):
        return {}
    if not isinstance(source, dict):
        raise R.ClassCastException("not a Map")
    return dict(source)


# --- maps ---------------------------------------------------------------------------------


def map_get(m: Any, key: Any) -> Any:
    if m is None:
        raise R.NullPointerException("get on null")
    if isinstance(m, TreeMap) and key is None:
        raise R.NullPointerException("TreeMap does not accept null keys")
    try:
        return m.get(key)
    except TypeError:
        return None


def map_put(m: dict[Any, Any], key: Any, value: Any) -> Any:
    if m is None:
        raise R.NullPointerException("put on null")
    old = m.get(key)
    m[key] = value
    _after_change(m)
    return old


def map_put_if_absent(m: dict[Any, Any], key: Any, value: Any) -> Any:
    old = m.get(key)
    if old is None:
        m[key] = value
        _after_change(m)
    return old


def map_put_all(m: dict[Any, Any], other: Any) -> None:
    m.update(other)
    _after_change(m)


def map_remove(m: dict[Any, Any], key: Any) -> Any:
    try:
        return m.pop(key, None)
    except TypeError:
        return None


def map_contains_key(m: Any, key: Any) -> bool:
    try:
        return key in m
    except TypeError:
        return False


def map_contains_value(m: Any, value: Any) -> bool:
    return any(_eq(v, value) for v in m.values())


def map_get_or_default(m: Any, key: Any, default: Any) -> Any:
    try:
        return m[key] if key in m else default
    except TypeError:
        return default


def map_key_set(m: Any) -> LinkedHashSet:
    """``keySet()``: a snapshot in the map's iteration order (printing as a Set does)."""
    return LinkedHashSet(m.keys())


def map_values(m: Any) -> list[Any]:
    return list(m.values())


def map_entry_set(m: Any) -> LinkedHashSet:
    return LinkedHashSet(Entry(k, v) for k, v in m.items())


def first_key(m: Any) -> Any:
    if not m:
        raise R.JavaException("java.util.NoSuchElementException")
    return next(iter(m))


def last_key(m: Any) -> Any:
    if not m:
        raise R.JavaException("java.util.NoSuchElementException")
    return next(reversed(list(m)))


class Entry:
    """``Map.Entry``: a key and a value (``key=value`` as text)."""

    __slots__ = ("key", "value")

    def __init__(self, key: Any, value: Any) -> None:
        self.key = key
        self.value = value

    def java_to_string(self, env: R.Env | None = None) -> str:
        env = env or R.Env()
        return f"{R.s_obj(env, self.key)}={R.s_obj(env, self.value)}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entry) and _eq(self.key, other.key) and _eq(self.value, other.value)

    def __hash__(self) -> int:
        try:
            return hash((self.key, self.value))
        except TypeError:
            return id(self)

    def java_equals(self, other: object) -> bool:
        return self == other


class Iterator:
    """``Iterator``/``ListIterator`` over a snapshot of a collection."""

    __slots__ = ("_items", "_pos")

    def __init__(self, items: Any) -> None:
        self._items = items_of(items)
        self._pos = 0

    def has_next(self) -> bool:
        return self._pos < len(self._items)

    def next(self) -> Any:
        if self._pos >= len(self._items):
            raise R.JavaException("java.util.NoSuchElementException")
        value = self._items[self._pos]
        self._pos += 1
        return value


# --- arrays -------------------------------------------------------------------------------


def arrays_to_string(env: R.Env, array: Any) -> str:
    if array is None:
        return "null"
    return "[" + ", ".join(R.s_obj(env, x) for x in array) + "]"


def arrays_sort(array: list[Any], *bounds_or_comparator: Any) -> None:
    if array is None:
        raise R.NullPointerException("sort on null")
    if len(bounds_or_comparator) == 2:
        start, end = bounds_or_comparator
        array[start:end] = sorted(array[start:end], key=_cmp_key)
        return
    comparator = bounds_or_comparator[0] if bounds_or_comparator else None
    sort_list(array, comparator)


def arrays_fill(array: list[Any], value: Any) -> None:
    for i in range(len(array)):
        array[i] = value


# =========================================================================================
# UUID
# =========================================================================================


@dataclass(frozen=True, slots=True)
class UUID:
    value: _uuid.UUID

    def java_to_string(self, env: Any = None) -> str:
        return str(self.value)

    def java_equals(self, other: object) -> bool:
        return self == other


def random_uuid() -> UUID:
    return UUID(_uuid.uuid4())


def uuid_from_string(text: str) -> UUID:
    try:
        return UUID(_uuid.UUID(text))
    except (ValueError, TypeError):
        raise R.IllegalArgumentException(f"Invalid UUID string: {text}") from None


def name_uuid_from_bytes(data: list[int]) -> UUID:
    import hashlib

    digest = bytearray(hashlib.md5(bytes(b & 255 for b in data)).digest())  # noqa: S324 - Java's v3 UUID
    digest[6] = (digest[6] & 0x0F) | 0x30
    digest[8] = (digest[8] & 0x3F) | 0x80
    return UUID(_uuid.UUID(bytes=bytes(digest)))


# =========================================================================================
# Random: the linear congruential generator java.util.Random specifies
# =========================================================================================

_MULT, _ADD, _MASK = 0x5DEECE66D, 0xB, (1 << 48) - 1


class Random:
    """``java.util.Random`` (the algorithm its specification gives: same seed, same values)."""

    __slots__ = ("_seed", "_next_gaussian")

    def __init__(self, seed: int | None = None) -> None:
        if seed is None:
            import secrets

            seed = secrets.randbits(64)
        self._seed = (seed ^ _MULT) & _MASK
        self._next_gaussian: float | None = None

    def _next(self, bits: int) -> int:
        self._seed = (self._seed * _MULT + _ADD) & _MASK
        return R.w32(self._seed >> (48 - bits))

    def next_int(self, bound: int | None = None) -> int:
        if bound is None:
            return self._next(32)
        if bound <= 0:
            raise R.IllegalArgumentException("bound must be positive")
        if bound & -bound == bound:
            return (bound * self._next(31)) >> 31
        while True:
            bits = self._next(31)
            value = bits % bound
            if bits - value + (bound - 1) < (1 << 31):
                return value

    def next_long(self) -> int:
        return R.w64((self._next(32) << 32) + self._next(32))

    def next_boolean(self) -> bool:
        return self._next(1) != 0

    def next_double(self) -> float:
        return ((self._next(26) << 27) + self._next(27)) * (1.0 / (1 << 53))

    def next_float(self) -> float:
        return self._next(24) / float(1 << 24)
