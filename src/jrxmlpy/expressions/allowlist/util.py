"""Allowlist section: ``java.util`` (Date, Calendar, TimeZone, Locale, the collections,
Arrays, Collections, UUID, Random) and ``java.sql`` (Date, Time, Timestamp).

The JVM default locale and time zone are the report's (``REPORT_LOCALE`` /
``REPORT_TIME_ZONE``): members that depend on them take the :class:`Env`.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .. import runtime as R
from .. import types as T
from ..javalib import dates as DT
from ..javalib import util as U
from ..registry import Registry, StaticField, constructor, method, static

S, O, I, J, D, Z, V = T.STRING, T.OBJECT, T.INT, T.LONG, T.DOUBLE, T.BOOLEAN, T.VOID
DATE, SQL_DATE, SQL_TIME, SQL_TS = "java.util.Date", "java.sql.Date", "java.sql.Time", "java.sql.Timestamp"
CAL, GCAL, TZ, LOCALE = "java.util.Calendar", "java.util.GregorianCalendar", "java.util.TimeZone", "java.util.Locale"
INSTANT = "java.time.Instant"
ITERABLE, COLLECTION, LIST, SET, MAP = "java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map"
ARRAY_LIST, LINKED_LIST, HASH_SET = "java.util.ArrayList", "java.util.LinkedList", "java.util.HashSet"
LINKED_HASH_SET, TREE_SET, SORTED_SET = "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.SortedSet"
HASH_MAP, LINKED_HASH_MAP, TREE_MAP, SORTED_MAP = "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.SortedMap"
ENTRY, ITERATOR, COMPARATOR = "java.util.Map$Entry", "java.util.Iterator", "java.util.Comparator"
OBJECTS = "java.lang.Object[]"
SER, CLONEABLE, COMPARABLE = "java.io.Serializable", "java.lang.Cloneable", "java.lang.Comparable"


def register(reg: Registry) -> None:
    _dates(reg)
    _calendar(reg)
    _time_zone_and_locale(reg)
    _collections(reg)
    _helpers(reg)


# --- Date and the java.sql dates ------------------------------------------------------------


def _date_to_string(env: R.Env, value: object) -> str:
    if isinstance(value, DT.Timestamp):
        return DT.timestamp_to_string(value, env.timezone)
    if isinstance(value, _dt.datetime):
        from ..javalib.text import java_date_to_string

        return java_date_to_string(value, env.timezone)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return DT.sql_time_to_string(value)
    return R.s_obj(env, value)


def _date_hash(env: R.Env, value: object) -> int:
    ms = DT.to_millis(env, value)
    return R.w32(ms ^ (ms >> 32))


def _before(env: R.Env, a: object, b: object) -> bool:
    return DT.to_millis(env, a) < DT.to_millis(env, R.unbox(b))


def _after(env: R.Env, a: object, b: object) -> bool:
    return DT.to_millis(env, a) > DT.to_millis(env, R.unbox(b))


def _getter(name: str):  # type: ignore[no-untyped-def]
    return lambda env, d: DT.date_field(env, d, name)


def _dates(reg: Registry) -> None:
    # Registered before java.util.Date so that date / time values dispatch to them.
    reg.define(
        SQL_DATE,
        supers=(DATE,),
        python_types=(_dt.date,),
        members=[
            constructor((J,), DT.sql_date_of_millis, env=True),
            constructor((I, I, I), lambda y, m, d: DT.local_fields_to_datetime(DT.UTC, y + 1900, m, d, 0, 0, 0, 0).date()),
            static("valueOf", (S,), SQL_DATE, DT.sql_date_value_of),
            static("valueOf", ("java.time.LocalDate",), SQL_DATE, lambda ld: R.unbox(ld).value),
            method("toString", (), S, _date_to_string, env=True),
            method("toLocalDate", (), "java.time.LocalDate", lambda env, d: DT.LocalDate(DT.local(env, d).date()), env=True),
        ],
    )
    reg.define(
        SQL_TIME,
        supers=(DATE,),
        python_types=(_dt.time,),
        members=[
            constructor((J,), DT.sql_time_of_millis, env=True),
            static("valueOf", (S,), SQL_TIME, DT.sql_time_value_of),
            method("toString", (), S, _date_to_string, env=True),
            method("toLocalTime", (), "java.time.LocalTime", lambda env, t: DT.LocalTime(DT.local(env, t).time()), env=True),
        ],
    )
    reg.define(
        DATE,
        supers=(O, COMPARABLE, SER, CLONEABLE),
        python_types=(_dt.datetime, _dt.date, _dt.time),
        members=[
            constructor((), DT.now, env=True),
            constructor((J,), DT.from_millis),
            constructor((I, I, I), DT.deprecated_date, env=True),
            constructor((I, I, I, I, I), DT.deprecated_date, env=True),
            constructor((I, I, I, I, I, I), DT.deprecated_date, env=True),
            static("from", (INSTANT,), DATE, lambda i: DT.from_millis(R.unbox(i).to_epoch_milli())),
            method("getTime", (), J, DT.to_millis, env=True),
            method("before", (DATE,), Z, _before, env=True),
            method("after", (DATE,), Z, _after, env=True),
            method("compareTo", (DATE,), I, DT.compare_dates, env=True),
            method("equals", (O,), Z, DT.date_equals, env=True),
            method("hashCode", (), I, _date_hash, env=True),
            method("toString", (), S, _date_to_string, env=True),
            method("clone", (), O, lambda d: d),
            method("toInstant", (), INSTANT, lambda env, d: DT.Instant(DT.to_millis(env, d) * 1_000_000), env=True),
            method("getYear", (), I, _getter("year"), env=True),
            method("getMonth", (), I, _getter("month"), env=True),
            method("getDate", (), I, _getter("date"), env=True),
            method("getDay", (), I, _getter("day"), env=True),
            method("getHours", (), I, _getter("hours"), env=True),
            method("getMinutes", (), I, _getter("minutes"), env=True),
            method("getSeconds", (), I, _getter("seconds"), env=True),
            method("getTimezoneOffset", (), I, _getter("offset"), env=True),
        ],
    )
    reg.define(
        SQL_TS,
        supers=(DATE,),
        python_types=(DT.Timestamp, _dt.datetime),
        members=[
            constructor((J,), DT.timestamp_of_millis),
            static("valueOf", (S,), SQL_TS, DT.timestamp_value_of, env=True),
            static("from", (INSTANT,), SQL_TS, lambda i: DT.timestamp_of_millis(R.unbox(i).to_epoch_milli())),
            method("toString", (), S, lambda env, t: DT.timestamp_to_string(t, env.timezone), env=True),
            method("getNanos", (), I, lambda t: t.microsecond * 1000),
            method("toLocalDateTime", (), "java.time.LocalDateTime",
                   lambda env, t: DT.LocalDateTime(DT.local(env, t).replace(tzinfo=None)), env=True),
            method("equals", (O,), Z, lambda env, a, b: isinstance(b, _dt.datetime) and DT.to_millis(env, a) == DT.to_millis(env, b), env=True),
        ],
    )


# --- Calendar ------------------------------------------------------------------------------


def _calendar(reg: Registry) -> None:
    fields = [StaticField(name, I, value) for name, value in DT.CALENDAR_FIELDS.items()]
    reg.define(
        CAL,
        supers=(O, COMPARABLE, SER, CLONEABLE),
        python_types=(DT.Calendar,),
        fields=fields,
        members=[
            static("getInstance", (), CAL, DT.new_calendar, env=True),
            static("getInstance", (TZ,), CAL, lambda env, tz: DT.new_calendar(env, R.unbox(tz)), env=True),
            static("getInstance", (LOCALE,), CAL, lambda env, loc: DT.new_calendar(env, None, R.unbox(loc)), env=True),
            static("getInstance", (TZ, LOCALE), CAL, lambda env, tz, loc: DT.new_calendar(env, R.unbox(tz), R.unbox(loc)), env=True),
            method("get", (I,), I, DT.Calendar.get),
            method("set", (I, I), V, DT.Calendar.set),
            method("set", (I, I, I), V, DT.Calendar.set_date),
            method("set", (I, I, I, I, I), V, DT.Calendar.set_date),
            method("set", (I, I, I, I, I, I), V, DT.Calendar.set_date),
            method("add", (I, I), V, DT.Calendar.add),
            method("roll", (I, I), V, DT.Calendar.roll),
            method("roll", (I, Z), V, lambda c, f, up: c.roll(f, 1 if up else -1)),
            method("clear", (), V, DT.Calendar.clear),
            method("isSet", (I,), Z, DT.Calendar.is_set),
            method("getTime", (), DATE, DT.Calendar.get_time),
            method("setTime", (DATE,), V, lambda env, c, d: c.set_time(env, R.unbox(d)), env=True),
            method("getTimeInMillis", (), J, DT.Calendar.millis),
            method("setTimeInMillis", (J,), V, DT.Calendar.set_millis),
            method("getActualMaximum", (I,), I, DT.Calendar.actual_maximum),
            method("getActualMinimum", (I,), I, lambda c, f: DT.Calendar.actual_minimum(f)),
            method("getMaximum", (I,), I, lambda c, f: DT.Calendar.maximum(f)),
            method("getMinimum", (I,), I, lambda c, f: DT.Calendar.actual_minimum(f)),
            method("getFirstDayOfWeek", (), I, lambda c: c.first_day),
            method("setFirstDayOfWeek", (I,), V, lambda c, v: _set_week(c, first=v)),
            method("getMinimalDaysInFirstWeek", (), I, lambda c: c.minimal_days),
            method("setMinimalDaysInFirstWeek", (I,), V, lambda c, v: _set_week(c, minimal=v)),
            method("getTimeZone", (), TZ, lambda c: U.as_time_zone(c.tz)),
            method("setTimeZone", (TZ,), V, lambda c, tz: c.set_time_zone(R.unbox(tz))),
            method("setLenient", (Z,), V, lambda c, v: setattr(c, "lenient", v)),
            method("isLenient", (), Z, lambda c: c.lenient),
            method("clone", (), O, DT.Calendar.copy),
            method("before", (O,), Z, lambda c, o: isinstance(o, DT.Calendar) and c.millis() < o.millis()),
            method("after", (O,), Z, lambda c, o: isinstance(o, DT.Calendar) and c.millis() > o.millis()),
            method("compareTo", (CAL,), I, lambda c, o: (c.millis() > R.unbox(o).millis()) - (c.millis() < o.millis())),
            method("equals", (O,), Z, DT.Calendar.java_equals),
            method("hashCode", (), I, lambda c: R.w32(c.millis() ^ (c.millis() >> 32))),
            method("toInstant", (), INSTANT, lambda c: DT.Instant(c.millis() * 1_000_000)),
            method("toString", (), S, DT.Calendar.java_to_string),
        ],
    )
    reg.define(
        GCAL,
        supers=(CAL,),
        fields=[StaticField("AD", I, 1), StaticField("BC", I, 0)],
        members=[
            constructor((), DT.new_calendar, env=True),
            constructor((TZ,), lambda env, tz: DT.new_calendar(env, R.unbox(tz)), env=True),
            constructor((LOCALE,), lambda env, loc: DT.new_calendar(env, None, R.unbox(loc)), env=True),
            constructor((TZ, LOCALE), lambda env, tz, loc: DT.new_calendar(env, R.unbox(tz), R.unbox(loc)), env=True),
            constructor((I, I, I), DT.gregorian, env=True),
            constructor((I, I, I, I, I), DT.gregorian, env=True),
            constructor((I, I, I, I, I, I), DT.gregorian, env=True),
            method("isLeapYear", (I,), Z, lambda c, y: DT.is_leap(y)),
        ],
    )


def _set_week(cal: DT.Calendar, first: int | None = None, minimal: int | None = None) -> None:
    cal._complete()
    if first is not None:
        cal.first_day = first
    if minimal is not None:
        cal.minimal_days = minimal
    cal._compute_fields()


# --- TimeZone and Locale -----------------------------------------------------------------------


def _display_name(env: R.Env, loc: U.Locale, in_locale: Any = None) -> str:
    return loc.display_name(U.Locale.parse(in_locale) if in_locale is not None else U.env_locale(env))


def _time_zone_and_locale(reg: Registry) -> None:
    reg.define(
        TZ,
        supers=(O, SER, CLONEABLE),
        python_types=(U.TimeZone,),
        fields=[StaticField("SHORT", I, 0), StaticField("LONG", I, 1)],
        members=[
            static("getTimeZone", (S,), TZ, U.time_zone),
            static("getTimeZone", ("java.time.ZoneId",), TZ, lambda z: U.as_time_zone(R.unbox(z))),
            static("getDefault", (), TZ, U.env_time_zone, env=True),
            method("getID", (), S, lambda tz: tz.id),
            method("getRawOffset", (), I, U.TimeZone.raw_offset_ms),
            method("getOffset", (J,), I, U.TimeZone.offset_ms),
            method("inDaylightTime", (DATE,), Z, lambda env, tz, d: tz.in_daylight_time(DT.to_datetime(env, R.unbox(d))), env=True),
            method("useDaylightTime", (), Z, lambda tz: _uses_dst(tz)),
            method("observesDaylightTime", (), Z, lambda tz: _uses_dst(tz)),
            method("getDSTSavings", (), I, lambda tz: 3_600_000 if _uses_dst(tz) else 0),
            method("hasSameRules", (TZ,), Z, lambda a, b: b is not None and a.tzinfo == b.tzinfo),
            method("toZoneId", (), "java.time.ZoneId", lambda tz: tz.tzinfo),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("hashCode", (), I, lambda tz: R.w32(hash(tz.id))),
            method("clone", (), O, lambda tz: tz),
            method("toString", (), S, U.TimeZone.java_to_string),
        ],
    )
    reg.define(
        LOCALE,
        supers=(O, SER, CLONEABLE),
        python_types=(U.Locale,),
        fields=[StaticField(name, LOCALE, value) for name, value in U.LOCALE_CONSTANTS.items()],
        members=[
            constructor((S,), lambda lang: U.Locale.of(lang)),
            constructor((S, S), lambda lang, country: U.Locale.of(lang, country)),
            constructor((S, S, S), U.Locale.of),
            static("getDefault", (), LOCALE, U.env_locale, env=True),
            static("forLanguageTag", (S,), LOCALE, lambda tag: U.Locale.parse(R.unbox(tag)) if tag != "und" else U.Locale()),
            static("of", (S,), LOCALE, lambda lang: U.Locale.of(lang)),
            static("of", (S, S), LOCALE, lambda lang, country: U.Locale.of(lang, country)),
            method("getLanguage", (), S, lambda loc: loc.language),
            method("getCountry", (), S, lambda loc: loc.country),
            method("getVariant", (), S, lambda loc: loc.variant),
            method("toString", (), S, U.Locale.java_to_string),
            method("toLanguageTag", (), S, U.Locale.to_language_tag),
            method("getDisplayName", (), S, _display_name, env=True),
            method("getDisplayName", (LOCALE,), S, _display_name, env=True),
            method("getDisplayLanguage", (), S, lambda env, loc: loc.display_language(U.env_locale(env)), env=True),
            method("getDisplayLanguage", (LOCALE,), S, lambda loc, other: loc.display_language(U.Locale.parse(R.unbox(other)))),
            method("getDisplayCountry", (), S, lambda env, loc: loc.display_country(U.env_locale(env)), env=True),
            method("getDisplayCountry", (LOCALE,), S, lambda loc, other: loc.display_country(U.Locale.parse(R.unbox(other)))),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("hashCode", (), I, lambda loc: R.w32(hash(loc))),
            method("clone", (), O, lambda loc: loc),
        ],
    )


def _uses_dst(tz: U.TimeZone) -> bool:
    year = _dt.datetime.now(DT.UTC).year
    return any(_dt.datetime(year, m, 15, tzinfo=tz.tzinfo).dst() for m in (1, 4, 7, 10))


# --- collections ---------------------------------------------------------------------------------


def _new_tree_map(source: object = None) -> U.TreeMap:
    if isinstance(source, dict):
        return U.TreeMap(source, getattr(source, "comparator", None))
    return U.TreeMap({}, source)  # a Comparator (or nothing)


def _new_tree_set(source: object = None) -> U.TreeSet:
    if source is None or callable(source):
        return U.TreeSet((), source)
    return U.TreeSet(U.items_of(source))


def _to_string(env: R.Env, c: object) -> str:
    return R.s_obj(env, c)


def _collections(reg: Registry) -> None:
    reg.define(ITERABLE, supers=(O,), members=[method("iterator", (), ITERATOR, U.Iterator)])
    reg.define(
        COLLECTION,
        supers=(ITERABLE,),
        members=[
            method("size", (), I, len),
            method("isEmpty", (), Z, lambda c: len(c) == 0),
            method("contains", (O,), Z, U.coll_contains),
            method("containsAll", (COLLECTION,), Z, U.coll_contains_all),
            method("add", (O,), Z, U.coll_add),
            method("addAll", (COLLECTION,), Z, U.coll_add_all),
            method("remove", (O,), Z, U.coll_remove),
            method("removeAll", (COLLECTION,), Z, U.coll_remove_all),
            method("retainAll", (COLLECTION,), Z, U.coll_retain_all),
            method("clear", (), V, U.coll_clear),
            method("toArray", (), OBJECTS, U.coll_to_array),
            method("toArray", (OBJECTS,), OBJECTS, U.coll_to_array),
            method("iterator", (), ITERATOR, U.Iterator),
            method("equals", (O,), Z, U.coll_equals),
            method("hashCode", (), I, U.coll_hash),
            method("toString", (), S, _to_string, env=True),
        ],
    )
    reg.define(
        LIST,
        supers=(COLLECTION,),
        members=[
            method("get", (I,), O, U.list_get),
            method("set", (I, O), O, U.list_set),
            method("add", (I, O), V, U.list_insert),
            method("addAll", (I, COLLECTION), Z, U.list_add_all_at),
            method("remove", (I,), O, U.list_remove_at),
            method("indexOf", (O,), I, U.list_index_of),
            method("lastIndexOf", (O,), I, U.list_last_index_of),
            method("subList", (I, I), LIST, U.list_sub_list),
            method("sort", (COMPARATOR,), V, U.sort_list),
            method("listIterator", (), ITERATOR, U.Iterator),
            static("of", ("java.lang.Object...",), LIST, list),
            static("copyOf", (COLLECTION,), LIST, U.items_of),
        ],
    )
    for name, supers in ((ARRAY_LIST, (LIST, SER, CLONEABLE)), (LINKED_LIST, (LIST, "java.util.Deque", SER, CLONEABLE))):
        reg.define(
            name,
            supers=supers,
            python_types=(list,) if name == ARRAY_LIST else (),
            members=[
                constructor((), U.new_list),
                constructor((I,), U.new_list) if name == ARRAY_LIST else constructor((COLLECTION,), U.new_list),
                constructor((COLLECTION,), U.new_list) if name == ARRAY_LIST else constructor((), U.new_list),
                method("clone", (), O, list),
                method("ensureCapacity", (I,), V, lambda c, n: None),
                method("trimToSize", (), V, lambda c: None),
            ],
        )
    reg.define(
        "java.util.Deque",
        supers=(COLLECTION,),
        members=[
            method("getFirst", (), O, lambda c: _first(c)),
            method("getLast", (), O, lambda c: _last(c)),
            method("addFirst", (O,), V, lambda c, x: c.insert(0, x)),
            method("addLast", (O,), V, lambda c, x: c.append(x)),
            method("removeFirst", (), O, lambda c: (_first(c), c.pop(0))[0]),
            method("removeLast", (), O, lambda c: (_last(c), c.pop())[0]),
            method("peek", (), O, lambda c: c[0] if c else None),
            method("poll", (), O, lambda c: c.pop(0) if c else None),
            method("push", (O,), V, lambda c, x: c.insert(0, x)),
            method("pop", (), O, lambda c: (_first(c), c.pop(0))[0]),
        ],
    )
    reg.define(SET, supers=(COLLECTION,), members=[static("of", ("java.lang.Object...",), SET, U.LinkedHashSet)])
    reg.define(
        HASH_SET,
        supers=(SET, SER, CLONEABLE),
        python_types=(set, frozenset),
        members=[
            constructor((), U.new_set),
            constructor((I,), U.new_set),
            constructor((COLLECTION,), U.new_set),
            method("clone", (), O, set),
        ],
    )
    reg.define(
        LINKED_HASH_SET,
        supers=(HASH_SET,),
        python_types=(U.LinkedHashSet,),
        members=[
            constructor((), U.LinkedHashSet),
            constructor((I,), lambda n: U.LinkedHashSet()),
            constructor((COLLECTION,), lambda c: U.LinkedHashSet(U.items_of(c))),
        ],
    )
    reg.define(
        SORTED_SET,
        supers=(SET,),
        members=[
            method("first", (), O, _first),
            method("last", (), O, _last),
        ],
    )
    reg.define(
        TREE_SET,
        supers=(SORTED_SET, SER, CLONEABLE),
        python_types=(U.TreeSet,),
        members=[
            constructor((), _new_tree_set),
            constructor((COLLECTION,), _new_tree_set),
            constructor((COMPARATOR,), _new_tree_set),
        ],
    )
    reg.define(
        MAP,
        supers=(O,),
        members=[
            method("size", (), I, len),
            method("isEmpty", (), Z, lambda m: len(m) == 0),
            method("get", (O,), O, U.map_get),
            method("put", (O, O), O, U.map_put),
            method("putAll", (MAP,), V, U.map_put_all),
            method("putIfAbsent", (O, O), O, U.map_put_if_absent),
            method("remove", (O,), O, U.map_remove),
            method("containsKey", (O,), Z, U.map_contains_key),
            method("containsValue", (O,), Z, U.map_contains_value),
            method("getOrDefault", (O, O), O, U.map_get_or_default),
            method("keySet", (), SET, U.map_key_set),
            method("values", (), COLLECTION, U.map_values),
            method("entrySet", (), SET, U.map_entry_set),
            method("clear", (), V, U.coll_clear),
            method("equals", (O,), Z, U.coll_equals),
            method("hashCode", (), I, U.coll_hash),
            method("toString", (), S, _to_string, env=True),
            static("of", (), MAP, dict),
            static("of", (O, O), MAP, lambda k, v: {k: v}),
            static("of", (O, O, O, O), MAP, lambda k1, v1, k2, v2: {k1: v1, k2: v2}),
            static("of", (O, O, O, O, O, O), MAP, lambda k1, v1, k2, v2, k3, v3: {k1: v1, k2: v2, k3: v3}),
        ],
    )
    reg.define(
        ENTRY,
        supers=(O,),
        python_types=(U.Entry,),
        members=[
            method("getKey", (), O, lambda e: e.key),
            method("getValue", (), O, lambda e: e.value),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("toString", (), S, U.Entry.java_to_string, env=True),
        ],
    )
    maps: tuple[tuple[str, tuple[str, ...], tuple[type, ...]], ...] = (
        (HASH_MAP, (MAP, SER, CLONEABLE), (dict,)),
        (LINKED_HASH_MAP, (HASH_MAP,), ()),
    )
    for name, map_supers, py in maps:
        reg.define(
            name,
            supers=map_supers,
            python_types=py,
            members=[
                constructor((), U.new_map),
                constructor((I,), U.new_map),
                constructor((MAP,), U.new_map),
                method("clone", (), O, dict),
            ],
        )
    reg.define(
        SORTED_MAP,
        supers=(MAP,),
        members=[
            method("firstKey", (), O, U.first_key),
            method("lastKey", (), O, U.last_key),
        ],
    )
    reg.define(
        TREE_MAP,
        supers=(SORTED_MAP, SER, CLONEABLE),
        python_types=(U.TreeMap,),
        members=[
            constructor((), _new_tree_map),
            constructor((MAP,), _new_tree_map),
            constructor((COMPARATOR,), _new_tree_map),
        ],
    )
    reg.define(
        ITERATOR,
        supers=(O,),
        python_types=(U.Iterator,),
        members=[
            method("hasNext", (), Z, U.Iterator.has_next),
            method("next", (), O, U.Iterator.next),
        ],
    )
    reg.define(
        COMPARATOR,
        supers=(O,),
        members=[
            method("compare", (O, O), I, lambda c, a, b: c(a, b)),
            method("reversed", (), COMPARATOR, lambda c: (lambda a, b: c(b, a))),
            static("naturalOrder", (), COMPARATOR, lambda: R.compare),
            static("reverseOrder", (), COMPARATOR, lambda: _reverse_order),
        ],
    )


def _reverse_order(a: object, b: object) -> int:
    return R.compare(b, a)


def _first(c: object) -> object:
    items = U.items_of(c)
    if not items:
        raise R.JavaException("java.util.NoSuchElementException")
    return items[0]


def _last(c: object) -> object:
    items = U.items_of(c)
    if not items:
        raise R.JavaException("java.util.NoSuchElementException")
    return items[-1]


# --- Arrays, Collections, UUID, Random --------------------------------------------------------


def _helpers(reg: Registry) -> None:
    arrays = [
        static("asList", ("java.lang.Object...",), LIST, lambda items: items),
        static("toString", (OBJECTS,), S, U.arrays_to_string, env=True),
        static("sort", (OBJECTS,), V, U.arrays_sort),
        static("sort", (OBJECTS, COMPARATOR), V, U.arrays_sort),
        static("sort", (OBJECTS, I, I), V, U.arrays_sort),
        static("fill", (OBJECTS, O), V, U.arrays_fill),
        static("equals", (OBJECTS, OBJECTS), Z, lambda a, b: a is b or (a is not None and b is not None and U.coll_equals(list(a), list(b)))),
        static("hashCode", (OBJECTS,), I, lambda a: 0 if a is None else U.coll_hash(list(a))),
        static("copyOf", (OBJECTS, I), OBJECTS, lambda a, n: list(a[:n]) + [None] * max(0, n - len(a))),
        static("copyOfRange", (OBJECTS, I, I), OBJECTS, lambda a, i, j: list(a[i:j]) + [None] * max(0, j - max(i, len(a)))),
    ]
    for prim in (I, J, D, T.FLOAT, T.SHORT, T.BYTE, T.CHAR, Z):
        array = prim + "[]"
        arrays += [
            static("toString", (array,), S, U.arrays_to_string, env=True),
            static("fill", (array, prim), V, U.arrays_fill),
            static("equals", (array, array), Z, lambda a, b: a == b),
        ]
        if prim != Z:
            arrays += [static("sort", (array,), V, U.arrays_sort), static("sort", (array, I, I), V, U.arrays_sort)]
    reg.define("java.util.Arrays", members=arrays)
    reg.define(
        "java.util.Collections",
        fields=[StaticField("EMPTY_LIST", LIST, ()), StaticField("EMPTY_MAP", MAP, ()), StaticField("EMPTY_SET", SET, ())],
        members=[
            static("emptyList", (), LIST, list),
            static("emptySet", (), SET, set),
            static("emptyMap", (), MAP, dict),
            static("singletonList", (O,), LIST, lambda x: [x]),
            static("singleton", (O,), SET, lambda x: U.LinkedHashSet([x])),
            static("singletonMap", (O, O), MAP, lambda k, v: {k: v}),
            static("nCopies", (I, O), LIST, U.n_copies),
            static("unmodifiableList", (LIST,), LIST, lambda c: c),
            static("unmodifiableSet", (SET,), SET, lambda c: c),
            static("unmodifiableMap", (MAP,), MAP, lambda m: m),
            static("unmodifiableCollection", (COLLECTION,), COLLECTION, lambda c: c),
            static("synchronizedList", (LIST,), LIST, lambda c: c),
            static("synchronizedMap", (MAP,), MAP, lambda m: m),
            static("sort", (LIST,), V, U.sort_list),
            static("sort", (LIST, COMPARATOR), V, U.sort_list),
            static("reverse", (LIST,), V, lambda c: R.unbox(c).reverse()),
            static("shuffle", (LIST,), V, _shuffle),
            static("max", (COLLECTION,), O, U.coll_max),
            static("max", (COLLECTION, COMPARATOR), O, U.coll_max),
            static("min", (COLLECTION,), O, U.coll_min),
            static("min", (COLLECTION, COMPARATOR), O, U.coll_min),
            static("frequency", (COLLECTION, O), I, U.frequency),
            static("addAll", (COLLECTION, "java.lang.Object..."), Z, U.coll_add_all),
            static("reverseOrder", (), COMPARATOR, lambda: _reverse_order),
            static("swap", (LIST, I, I), V, _swap),
        ],
    )
    reg.define(
        "java.util.UUID",
        supers=(O, COMPARABLE, SER),
        python_types=(U.UUID,),
        members=[
            static("randomUUID", (), "java.util.UUID", U.random_uuid),
            static("fromString", (S,), "java.util.UUID", U.uuid_from_string),
            static("nameUUIDFromBytes", ("byte[]",), "java.util.UUID", U.name_uuid_from_bytes),
            method("toString", (), S, U.UUID.java_to_string),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("version", (), I, lambda u: u.value.version or 0),
        ],
    )
    reg.define(
        "java.util.Random",
        supers=(O, SER),
        python_types=(U.Random,),
        members=[
            constructor((), U.Random),
            constructor((J,), U.Random),
            method("nextInt", (), I, U.Random.next_int),
            method("nextInt", (I,), I, U.Random.next_int),
            method("nextLong", (), J, U.Random.next_long),
            method("nextDouble", (), D, U.Random.next_double),
            method("nextFloat", (), T.FLOAT, U.Random.next_float),
            method("nextBoolean", (), Z, U.Random.next_boolean),
        ],
    )


def _shuffle(c: list[object]) -> None:
    import random

    random.shuffle(c)


def _swap(c: list[object], i: int, j: int) -> None:
    U.list_get(c, i)
    U.list_get(c, j)
    c[i], c[j] = c[j], c[i]
