"""Python implementations of Java's dates: ``java.util.Date`` (an aware ``datetime``),
``java.sql.Date``/``Time``/``Timestamp``, ``Calendar``/``GregorianCalendar`` (a small
mutable class with Java's lenient, lazily recomputed fields) and the ``java.time`` basics
(``LocalDate``, ``LocalDateTime``, ``LocalTime``, ``Instant``, ``ZonedDateTime``,
``Duration``, ``Period``, ``DateTimeFormatter``).

The "JVM default" time zone and locale of a report fill are the report's: every function
that needs them takes the :class:`~jrxmlpy.expressions.runtime.Env`.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from dataclasses import dataclass
from typing import Any

from .. import runtime as R
from . import util as U

UTC = _dt.UTC
EPOCH = _dt.datetime(1970, 1, 1, tzinfo=UTC)
_MS = _dt.timedelta(milliseconds=1)
_DAY_MS = 86_400_000


# =========================================================================================
# java.util.Date and the java.sql types
# =========================================================================================


class Timestamp(_dt.datetime):
    """``java.sql.Timestamp``: a ``java.util.Date`` (aware datetime) printing as
    ``yyyy-mm-dd hh:mm:ss.f`` in the default zone."""

    def java_to_string(self, env: R.Env | None = None) -> str:
        tz = env.timezone if env is not None else UTC
        return timestamp_to_string(self, tz)


#: Replaces the system clock when set (a callable returning an aware datetime): tests and
#: reproducible fills fix "now" with it.
CLOCK: Any = None


def now(env: R.Env | None = None) -> _dt.datetime:
    """The current instant at millisecond precision (``new Date()``).

    An ``Env`` with a ``clock`` attribute, or the module's :data:`CLOCK`, fixes "now"."""
    clock = getattr(env, "clock", None) if env is not None else None
    clock = clock or CLOCK
    moment = clock() if clock is not None else _dt.datetime.now(UTC)
    return moment.astimezone(UTC).replace(microsecond=moment.microsecond // 1000 * 1000)


def from_millis(ms: int) -> _dt.datetime:
    return EPOCH + _dt.timedelta(milliseconds=ms)


def tz_of(env: R.Env | None) -> _dt.tzinfo:
    return env.timezone if env is not None else UTC


def to_millis(env: R.Env | None, value: Any) -> int:
    """``getTime()`` of any date value (java.sql.Date / Time are local to the zone)."""
    if value is None:
        raise R.NullPointerException("date is null")
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz_of(env))
        return (value - EPOCH) // _MS
    if isinstance(value, _dt.date):
        local = _dt.datetime(value.year, value.month, value.day, tzinfo=tz_of(env))
        return (local - EPOCH) // _MS
    if isinstance(value, _dt.time):
        local = _dt.datetime(1970, 1, 1, value.hour, value.minute, value.second, value.microsecond, tzinfo=tz_of(env))
        return (local - EPOCH) // _MS
    if isinstance(value, Instant):
        return value.to_epoch_milli()
    raise R.ClassCastException(f"{type(value).__name__} is not a date")


def to_datetime(env: R.Env | None, value: Any) -> _dt.datetime:
    """A date value as an aware datetime (the instant ``getTime()`` stands for)."""
    if isinstance(value, _dt.datetime) and value.tzinfo is not None:
        return value
    return from_millis(to_millis(env, value))


def local(env: R.Env | None, value: Any, tz: _dt.tzinfo | None = None) -> _dt.datetime:
    """The wall-clock time of a date value in ``tz`` (default: the report's zone)."""
    zone = tz or tz_of(env)
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=zone)
        return value.astimezone(zone)
    if isinstance(value, _dt.date):
        return _dt.datetime(value.year, value.month, value.day, tzinfo=zone)
    return to_datetime(env, value).astimezone(zone)


def compare_dates(env: R.Env, a: Any, b: Any) -> int:
    if b is None:
        raise R.NullPointerException("compareTo(null)")
    x, y = to_millis(env, a), to_millis(env, b)
    return (x > y) - (x < y)


def date_equals(env: R.Env, a: Any, b: Any) -> bool:
    if b is None or not isinstance(b, (_dt.date, _dt.time)):
        return False
    if isinstance(a, Timestamp) and not isinstance(b, Timestamp):
        return False  # Timestamp.equals(Date) is false; Date.equals(Timestamp) compares times
    return to_millis(env, a) == to_millis(env, b)


def deprecated_date(env: R.Env, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> _dt.datetime:
    """``new Date(y - 1900, m, d[, h, mi[, s]])``: lenient fields in the default zone."""
    return local_fields_to_datetime(tz_of(env), year + 1900, month, day, hour, minute, second, 0)


def local_fields_to_datetime(tz: _dt.tzinfo, year: int, month0: int, day: int, hour: int, minute: int, second: int, ms: int) -> _dt.datetime:
    """Lenient Calendar-style fields (month 0-based, any overflow) -> the instant."""
    y, m0 = year + month0 // 12, month0 % 12
    base = _dt.datetime(y, m0 + 1, 1) + _dt.timedelta(days=day - 1)
    wall = base + _dt.timedelta(hours=hour, minutes=minute, seconds=second, milliseconds=ms)
    return wall.replace(tzinfo=tz).astimezone(UTC)


def date_field(env: R.Env, value: Any, name: str) -> int:
    """The deprecated ``Date.getYear()``... getters, evaluated in the default zone."""
    t = local(env, value)
    if name == "year":
        return t.year - 1900
    if name == "month":
        return t.month - 1
    if name == "date":
        return t.day
    if name == "day":
        return (t.weekday() + 1) % 7
    if name == "hours":
        return t.hour
    if name == "minutes":
        return t.minute
    if name == "seconds":
        return t.second
    if name == "offset":
        return -int((t.utcoffset() or _dt.timedelta(0)).total_seconds() // 60)
    raise ValueError(name)


def timestamp_to_string(value: Any, tz: _dt.tzinfo) -> str:
    t = local(None, value, tz)
    fraction = f"{t.microsecond:06d}".rstrip("0") or "0"
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}:{t.second:02d}.{fraction}"


def sql_date_of_millis(env: R.Env, ms: int) -> _dt.date:
    return from_millis(ms).astimezone(tz_of(env)).date()


def sql_time_of_millis(env: R.Env, ms: int) -> _dt.time:
    t = from_millis(ms).astimezone(tz_of(env))
    return _dt.time(t.hour, t.minute, t.second)


def timestamp_of_millis(ms: int) -> Timestamp:
    t = from_millis(ms)
    return Timestamp(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond, tzinfo=UTC)


def as_timestamp(value: _dt.datetime) -> Timestamp:
    t = value.astimezone(UTC)
    return Timestamp(t.year, t.month, t.day, t.hour, t.minute, t.second, t.microsecond, tzinfo=UTC)


_SQL_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_SQL_TIME = re.compile(r"^(\d{1,2}):(\d{1,2}):(\d{1,2})$")
_SQL_TS = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,9}))?$")


def sql_date_value_of(text: str) -> _dt.date:
    m = _SQL_DATE.match(R.unbox(text))
    if not m:
        raise R.IllegalArgumentException()
    y, mo, d = (int(g) for g in m.groups())
    try:
        return _dt.date(y, mo, d)
    except ValueError:
        raise R.IllegalArgumentException() from None


def sql_time_value_of(text: str) -> _dt.time:
    m = _SQL_TIME.match(R.unbox(text))
    if not m:
        raise R.IllegalArgumentException()
    h, mi, s = (int(g) for g in m.groups())
    return _dt.time(h % 24, mi % 60, s % 60)


def timestamp_value_of(env: R.Env, text: str) -> Timestamp:
    m = _SQL_TS.match(R.unbox(text).strip())
    if not m:
        raise R.IllegalArgumentException("Timestamp format must be yyyy-mm-dd hh:mm:ss[.fffffffff]")
    y, mo, d, h, mi, s = (int(g) for g in m.groups()[:6])
    micros = int((m.group(7) or "0").ljust(9, "0")[:6])
    wall = _dt.datetime(y, mo, d, h, mi, s, micros, tzinfo=tz_of(env))
    return as_timestamp(wall)


def sql_time_to_string(value: Any) -> str:
    if isinstance(value, _dt.time):
        return value.strftime("%H:%M:%S")
    return value.strftime("%H:%M:%S")


# =========================================================================================
# Calendar
# =========================================================================================

ERA, YEAR, MONTH, WEEK_OF_YEAR, WEEK_OF_MONTH, DATE, DAY_OF_YEAR, DAY_OF_WEEK = 0, 1, 2, 3, 4, 5, 6, 7
DAY_OF_WEEK_IN_MONTH, AM_PM, HOUR, HOUR_OF_DAY, MINUTE, SECOND, MILLISECOND = 8, 9, 10, 11, 12, 13, 14
ZONE_OFFSET, DST_OFFSET = 15, 16
DAY_OF_MONTH = DATE

CALENDAR_FIELDS = {
    "ERA": ERA, "YEAR": YEAR, "MONTH": MONTH, "WEEK_OF_YEAR": WEEK_OF_YEAR, "WEEK_OF_MONTH": WEEK_OF_MONTH,
    "DATE": DATE, "DAY_OF_MONTH": DAY_OF_MONTH, "DAY_OF_YEAR": DAY_OF_YEAR, "DAY_OF_WEEK": DAY_OF_WEEK,
    "DAY_OF_WEEK_IN_MONTH": DAY_OF_WEEK_IN_MONTH, "AM_PM": AM_PM, "HOUR": HOUR, "HOUR_OF_DAY": HOUR_OF_DAY,
    "MINUTE": MINUTE, "SECOND": SECOND, "MILLISECOND": MILLISECOND, "ZONE_OFFSET": ZONE_OFFSET,
    "DST_OFFSET": DST_OFFSET, "FIELD_COUNT": 17,
    "JANUARY": 0, "FEBRUARY": 1, "MARCH": 2, "APRIL": 3, "MAY": 4, "JUNE": 5, "JULY": 6, "AUGUST": 7,
    "SEPTEMBER": 8, "OCTOBER": 9, "NOVEMBER": 10, "DECEMBER": 11, "UNDECIMBER": 12,
    "SUNDAY": 1, "MONDAY": 2, "TUESDAY": 3, "WEDNESDAY": 4, "THURSDAY": 5, "FRIDAY": 6, "SATURDAY": 7,
    "AM": 0, "PM": 1, "SHORT": 1, "LONG": 2, "ALL_STYLES": 0,
}


def java_dow(d: _dt.date) -> int:
    """Calendar.DAY_OF_WEEK of a date: 1 = Sunday ... 7 = Saturday."""
    return (d.weekday() + 1) % 7 + 1


def _week_one_start(year: int, first: int, minimal: int) -> _dt.date:
    jan1 = _dt.date(year, 1, 1)
    rel = (java_dow(jan1) - first) % 7
    start = jan1 - _dt.timedelta(days=rel)
    if 7 - rel < minimal:
        start += _dt.timedelta(days=7)
    return start


def week_of_year(d: _dt.date, first: int, minimal: int) -> int:
    start = _week_one_start(d.year, first, minimal)
    if d < start:
        return week_of_year(_dt.date(d.year - 1, 12, 31), first, minimal)
    if d >= _week_one_start(d.year + 1, first, minimal):
        return 1
    return (d - start).days // 7 + 1


def week_of_month(d: _dt.date, first: int, minimal: int) -> int:
    day1 = d.replace(day=1)
    rel = (java_dow(day1) - first) % 7
    start = day1 - _dt.timedelta(days=rel)
    if 7 - rel < minimal:
        start += _dt.timedelta(days=7)
    return (d - start).days // 7 + 1


def month_length(year: int, month1: int) -> int:
    if month1 == 12:
        return 31
    return (_dt.date(year, month1 + 1, 1) - _dt.date(year, month1, 1)).days


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_UNSET, _COMPUTED = 0, 1


class Calendar:
    """``java.util.GregorianCalendar``: an instant plus a zone and week rules.

    As in Java, ``set`` only records a field (with a stamp saying when); the instant is
    recomputed when the calendar is next read, from the most recently set combination of
    fields (day of month, week of month + day of week, day of week in month, day of year,
    week of year + day of week), leniently: overflow rolls into the next unit."""

    __slots__ = ("tz", "first_day", "minimal_days", "_f", "_stamp", "_next", "_millis", "lenient")

    def __init__(self, tz: _dt.tzinfo, locale: Any, millis: int) -> None:
        self.tz = tz
        self.first_day = U.first_day_of_week(locale)
        self.minimal_days = U.minimal_days_in_first_week(locale)
        self.lenient = True
        self._f = [0] * 17
        self._stamp = [_UNSET] * 17
        self._next = 2
        self._millis = millis
        self._compute_fields()

    # --- internal state -------------------------------------------------------------------

    def _compute_fields(self) -> None:
        t = from_millis(self._millis).astimezone(self.tz)
        d = t.date()
        f = self._f
        f[ERA] = 1
        f[YEAR], f[MONTH], f[DATE] = t.year, t.month - 1, t.day
        f[HOUR_OF_DAY], f[MINUTE], f[SECOND], f[MILLISECOND] = t.hour, t.minute, t.second, t.microsecond // 1000
        f[HOUR], f[AM_PM] = t.hour % 12, 0 if t.hour < 12 else 1
        f[DAY_OF_WEEK] = java_dow(d)
        f[DAY_OF_YEAR] = d.timetuple().tm_yday
        f[WEEK_OF_YEAR] = week_of_year(d, self.first_day, self.minimal_days)
        f[WEEK_OF_MONTH] = week_of_month(d, self.first_day, self.minimal_days)
        f[DAY_OF_WEEK_IN_MONTH] = (t.day - 1) // 7 + 1
        dst = t.dst() or _dt.timedelta(0)
        f[ZONE_OFFSET] = int(((t.utcoffset() or _dt.timedelta(0)) - dst) / _MS)
        f[DST_OFFSET] = int(dst / _MS)
        self._stamp = [_COMPUTED] * 17
        self._next = 2

    def _dirty(self) -> bool:
        return any(s != _COMPUTED for s in self._stamp)

    def _complete(self) -> None:
        if self._dirty():
            self._compute_time()
            self._compute_fields()

    def _value(self, field: int, default: int) -> int:
        return self._f[field] if self._stamp[field] != _UNSET else default

    def _resolve_date(self) -> _dt.date:
        st = self._stamp
        year = self._value(YEAR, 1970)
        month = self._value(MONTH, 0)
        y, m0 = year + month // 12, month % 12
        month_start = _dt.date(y, m0 + 1, 1)
        dow_stamp = st[DAY_OF_WEEK]

        def agg(a: int, b: int) -> int:
            return _UNSET if a == _UNSET or b == _UNSET else max(a, b)

        dom = st[DATE]
        wom = agg(st[WEEK_OF_MONTH], dow_stamp)
        dowim = agg(st[DAY_OF_WEEK_IN_MONTH], dow_stamp)
        doy = st[DAY_OF_YEAR]
        woy = agg(st[WEEK_OF_YEAR], dow_stamp)
        best = max(dom, wom, dowim, doy, woy)
        if best == _UNSET:
            wom, dowim, woy = st[WEEK_OF_MONTH], max(st[DAY_OF_WEEK_IN_MONTH], dow_stamp), st[WEEK_OF_YEAR]
            best = max(wom, dowim, woy)
        dow = self._value(DAY_OF_WEEK, self.first_day)
        if best == _UNSET or best == dom:
            return month_start + _dt.timedelta(days=self._value(DATE, 1) - 1)
        if (best == wom and st[WEEK_OF_MONTH] >= st[WEEK_OF_YEAR]) or (best == dowim and st[DAY_OF_WEEK_IN_MONTH] >= st[WEEK_OF_YEAR]):
            use_wom = best == wom and (wom != dowim or st[WEEK_OF_MONTH] >= st[DAY_OF_WEEK_IN_MONTH])
            if use_wom:
                rel = (java_dow(month_start) - self.first_day) % 7
                start = month_start - _dt.timedelta(days=rel)
                if 7 - rel < self.minimal_days:
                    start += _dt.timedelta(days=7)
                week = self._value(WEEK_OF_MONTH, 1)
                return start + _dt.timedelta(days=(week - 1) * 7 + (dow - self.first_day) % 7)
            n = self._value(DAY_OF_WEEK_IN_MONTH, 1)
            if n > 0:
                first = month_start + _dt.timedelta(days=(dow - java_dow(month_start)) % 7)
                return first + _dt.timedelta(days=7 * (n - 1))
            last = month_start + _dt.timedelta(days=month_length(y, m0 + 1) - 1)
            last_dow = last - _dt.timedelta(days=(java_dow(last) - dow) % 7)
            return last_dow + _dt.timedelta(days=7 * (n + 1))
        if best == doy:
            return _dt.date(year, 1, 1) + _dt.timedelta(days=self._value(DAY_OF_YEAR, 1) - 1)
        start = _week_one_start(year, self.first_day, self.minimal_days)
        week = self._value(WEEK_OF_YEAR, 1)
        return start + _dt.timedelta(days=(week - 1) * 7 + (dow - self.first_day) % 7)

    def _resolve_hour(self) -> int:
        st = self._stamp
        hod = st[HOUR_OF_DAY]
        h12 = _UNSET if st[HOUR] == _UNSET or st[AM_PM] == _UNSET else max(st[HOUR], st[AM_PM])
        best = max(hod, h12)
        if best == _UNSET:
            best = max(st[HOUR], st[AM_PM])
        if best == _UNSET:
            return 0
        if best == hod:
            return self._f[HOUR_OF_DAY]
        return self._value(HOUR, 0) + 12 * self._value(AM_PM, 0)

    def _compute_time(self) -> None:
        try:
            day = self._resolve_date()
            wall = _dt.datetime(day.year, day.month, day.day) + _dt.timedelta(
                hours=self._resolve_hour(), minutes=self._value(MINUTE, 0),
                seconds=self._value(SECOND, 0), milliseconds=self._value(MILLISECOND, 0))
            moment = wall.replace(tzinfo=self.tz).astimezone(UTC)
        except (OverflowError, ValueError):
            raise R.IllegalArgumentException("calendar field out of range") from None
        self._millis = (moment - EPOCH) // _MS

    def java_to_string(self, env: Any = None) -> str:
        self._complete()
        return f"java.util.GregorianCalendar[time={self._millis},zone={U.zone_id_of(self.tz)}]"

    def copy(self) -> Calendar:
        other = Calendar.__new__(Calendar)
        other.tz, other.first_day, other.minimal_days, other.lenient = self.tz, self.first_day, self.minimal_days, self.lenient
        other._f, other._stamp, other._next, other._millis = list(self._f), list(self._stamp), self._next, self._millis
        return other

    def java_equals(self, other: object) -> bool:
        if not isinstance(other, Calendar):
            return False
        return self.millis() == other.millis() and self.first_day == other.first_day and self.tz == other.tz

    # --- instant --------------------------------------------------------------------------

    def millis(self) -> int:
        self._complete()
        return self._millis

    def set_millis(self, ms: int) -> None:
        self._millis = ms
        self._compute_fields()

    def get_time(self) -> _dt.datetime:
        return from_millis(self.millis())

    def set_time(self, env: R.Env, value: Any) -> None:
        self.set_millis(to_millis(env, value))

    def set_time_zone(self, tz: Any) -> None:
        self._complete()
        self.tz = U.as_tzinfo(tz)
        self._compute_fields()

    # --- fields ---------------------------------------------------------------------------

    def get(self, field: int) -> int:
        if not 0 <= field < 17:
            raise R.ArrayIndexOutOfBoundsException(f"Index {field} out of bounds for length 17")
        self._complete()
        return self._f[field]

    def set(self, field: int, value: int) -> None:
        if not 0 <= field < 17:
            raise R.ArrayIndexOutOfBoundsException(f"Index {field} out of bounds for length 17")
        self._f[field] = value
        self._stamp[field] = self._next
        self._next += 1

    def set_date(self, year: int, month: int, day: int, *time: int) -> None:
        self.set(YEAR, year)
        self.set(MONTH, month)
        self.set(DATE, day)
        if time:
            self.set(HOUR_OF_DAY, time[0])
            self.set(MINUTE, time[1])
            if len(time) > 2:
                self.set(SECOND, time[2])

    def clear(self) -> None:
        self._f = [0] * 17
        self._stamp = [_UNSET] * 17
        self._next = 2

    def add(self, field: int, amount: int) -> None:
        if amount == 0:
            return
        self._complete()
        f = self._f
        if field in (YEAR, MONTH):
            total = f[YEAR] * 12 + f[MONTH] + (amount * 12 if field == YEAR else amount)
            year, month = total // 12, total % 12
            self.set(YEAR, year)
            self.set(MONTH, month)
            self.set(DATE, min(f[DATE], month_length(year, month + 1)))
        elif field in (DATE, DAY_OF_YEAR, DAY_OF_WEEK, WEEK_OF_YEAR, WEEK_OF_MONTH, DAY_OF_WEEK_IN_MONTH):
            days = amount if field in (DATE, DAY_OF_YEAR, DAY_OF_WEEK) else 7 * amount
            day = _dt.date(f[YEAR], f[MONTH] + 1, f[DATE]) + _dt.timedelta(days=days)
            self.set(YEAR, day.year)
            self.set(MONTH, day.month - 1)
            self.set(DATE, day.day)
            self.set(HOUR_OF_DAY, f[HOUR_OF_DAY])
        elif field == ERA:
            return
        else:
            unit = {HOUR: 3_600_000, HOUR_OF_DAY: 3_600_000, AM_PM: 43_200_000, MINUTE: 60_000,
                    SECOND: 1000, MILLISECOND: 1}.get(field)
            if unit is None:
                raise R.IllegalArgumentException(f"field {field}")
            self.set_millis(self._millis + amount * unit)
            return
        self._complete()

    def roll(self, field: int, amount: int) -> None:
        self._complete()
        low, high = self.actual_minimum(field), self.actual_maximum(field)
        span = high - low + 1
        value = (self.get(field) - low + amount) % span + low
        self.set(field, value)
        self._complete()

    def actual_maximum(self, field: int) -> int:
        self._complete()
        y, m0 = self._f[YEAR], self._f[MONTH]
        if field == DATE:
            return month_length(y, m0 + 1)
        if field == DAY_OF_YEAR:
            return 366 if is_leap(y) else 365
        if field == WEEK_OF_YEAR:
            return max(week_of_year(_dt.date(y, 12, 31) - _dt.timedelta(days=i), self.first_day, self.minimal_days) for i in range(7))
        if field == WEEK_OF_MONTH:
            return week_of_month(_dt.date(y, m0 + 1, month_length(y, m0 + 1)), self.first_day, self.minimal_days)
        if field == DAY_OF_WEEK_IN_MONTH:
            return (month_length(y, m0 + 1) - 1) // 7 + 1
        return self.maximum(field)

    @staticmethod
    def maximum(field: int) -> int:
        return {ERA: 1, YEAR: 292278994, MONTH: 11, WEEK_OF_YEAR: 53, WEEK_OF_MONTH: 6, DATE: 31,
                DAY_OF_YEAR: 366, DAY_OF_WEEK: 7, DAY_OF_WEEK_IN_MONTH: 6, AM_PM: 1, HOUR: 11,
                HOUR_OF_DAY: 23, MINUTE: 59, SECOND: 59, MILLISECOND: 999, ZONE_OFFSET: 14 * 3_600_000,
                DST_OFFSET: 2 * 3_600_000}[field]

    @staticmethod
    def actual_minimum(field: int) -> int:
        return 1 if field in (YEAR, DATE, DAY_OF_YEAR, DAY_OF_WEEK, WEEK_OF_YEAR, DAY_OF_WEEK_IN_MONTH) else 0

    def is_set(self, field: int) -> bool:
        return self._stamp[field] != _UNSET


def new_calendar(env: R.Env, tz: Any = None, locale: Any = None) -> Calendar:
    """``Calendar.getInstance([zone][, locale])``: now, in the report zone and locale by default."""
    zone = U.as_tzinfo(tz) if tz is not None else tz_of(env)
    loc = locale if locale is not None else env.locale
    return Calendar(zone, loc, to_millis(env, now(env)))


def gregorian(env: R.Env, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> Calendar:
    cal = new_calendar(env)
    cal.clear()
    cal.set_date(year, month, day, hour, minute, second)
    return cal


# =========================================================================================
# java.time
# =========================================================================================


class DayOfWeek(enum.Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3
    THURSDAY = 4
    FRIDAY = 5
    SATURDAY = 6
    SUNDAY = 7

    def java_to_string(self, env: Any = None) -> str:
        return self.name

    def display_name(self, style: TextStyle, locale: Any) -> str:
        width = style.babel_width
        return U.Locale.parse(locale).babel().days["stand-alone" if style.standalone else "format"][width][self.value - 1]

    def plus(self, n: int) -> DayOfWeek:
        return DayOfWeek((self.value - 1 + n) % 7 + 1)

    def __lt__(self, other: DayOfWeek) -> bool:
        return self.value < other.value


class Month(enum.Enum):
    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12

    def java_to_string(self, env: Any = None) -> str:
        return self.name

    def display_name(self, style: TextStyle, locale: Any) -> str:
        width = style.babel_width
        return U.Locale.parse(locale).babel().months["stand-alone" if style.standalone else "format"][width][self.value]

    def plus(self, n: int) -> Month:
        return Month((self.value - 1 + n) % 12 + 1)

    def length(self, leap: bool) -> int:
        return 29 if self is Month.FEBRUARY and leap else month_length(2001, self.value)

    def __lt__(self, other: Month) -> bool:
        return self.value < other.value


class TextStyle(enum.Enum):
    FULL = ("wide", False)
    FULL_STANDALONE = ("wide", True)
    SHORT = ("abbreviated", False)
    SHORT_STANDALONE = ("abbreviated", True)
    NARROW = ("narrow", False)
    NARROW_STANDALONE = ("narrow", True)

    @property
    def babel_width(self) -> str:
        return self.value[0]

    @property
    def standalone(self) -> bool:
        return self.value[1]

    def java_to_string(self, env: Any = None) -> str:
        return self.name


def _iso_time(t: _dt.time | _dt.datetime, nanos: int | None = None) -> str:
    text = f"{t.hour:02d}:{t.minute:02d}"
    ns = nanos if nanos is not None else t.microsecond * 1000
    if t.second or ns:
        text += f":{t.second:02d}"
        if ns:
            if ns % 1_000_000 == 0:
                text += f".{ns // 1_000_000:03d}"
            elif ns % 1000 == 0:
                text += f".{ns // 1000:06d}"
            else:
                text += f".{ns:09d}"
    return text


def _iso_date(d: _dt.date) -> str:
    if d.year > 9999:
        return f"+{d.year}-{d.month:02d}-{d.day:02d}"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def _offset_id(off: _dt.timedelta | None) -> str:
    seconds = int((off or _dt.timedelta(0)).total_seconds())
    if seconds == 0:
        return "Z"
    sign = "+" if seconds > 0 else "-"
    seconds = abs(seconds)
    text = f"{sign}{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
    if seconds % 60:
        text += f":{seconds % 60:02d}"
    return text


@dataclass(frozen=True, order=True, slots=True)
class LocalDate:
    value: _dt.date

    def java_to_string(self, env: Any = None) -> str:
        return _iso_date(self.value)

    def java_equals(self, other: object) -> bool:
        return self == other

    def plus_days(self, n: int) -> LocalDate:
        return LocalDate(self.value + _dt.timedelta(days=n))

    def plus_months(self, n: int) -> LocalDate:
        return LocalDate(add_months(self.value, n))

    def with_day(self, day: int) -> LocalDate:
        try:
            return LocalDate(self.value.replace(day=day))
        except ValueError as exc:
            raise DateTimeException(str(exc)) from None


@dataclass(frozen=True, order=True, slots=True)
class LocalDateTime:
    value: _dt.datetime  # naive

    def java_to_string(self, env: Any = None) -> str:
        return _iso_date(self.value.date()) + "T" + _iso_time(self.value)

    def java_equals(self, other: object) -> bool:
        return self == other


@dataclass(frozen=True, order=True, slots=True)
class LocalTime:
    value: _dt.time

    def java_to_string(self, env: Any = None) -> str:
        return _iso_time(self.value)

    def java_equals(self, other: object) -> bool:
        return self == other


@dataclass(frozen=True, order=True, slots=True)
class Instant:
    """``java.time.Instant`` with nanosecond precision."""

    nanos: int  # since the epoch

    def java_to_string(self, env: Any = None) -> str:
        seconds, ns = divmod(self.nanos, 1_000_000_000)
        t = EPOCH + _dt.timedelta(seconds=seconds)
        return _iso_date(t.date()) + "T" + _iso_time_full(t, ns) + "Z"

    def java_equals(self, other: object) -> bool:
        return self == other

    def to_epoch_milli(self) -> int:
        return self.nanos // 1_000_000

    def to_datetime(self) -> _dt.datetime:
        return EPOCH + _dt.timedelta(microseconds=self.nanos // 1000)

    @staticmethod
    def of_datetime(moment: _dt.datetime) -> Instant:
        delta = moment - EPOCH
        return Instant((delta.days * 86400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000)


def _iso_time_full(t: _dt.datetime, ns: int) -> str:
    """ISO_INSTANT's time: seconds always shown; the fraction in groups of three digits."""
    text = f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if ns:
        if ns % 1_000_000 == 0:
            text += f".{ns // 1_000_000:03d}"
        elif ns % 1000 == 0:
            text += f".{ns // 1000:06d}"
        else:
            text += f".{ns:09d}"
    return text


@dataclass(frozen=True, slots=True)
class ZonedDateTime:
    """``java.time.ZonedDateTime``: an aware datetime (in ``zone``) and its zone."""

    value: _dt.datetime
    zone: _dt.tzinfo

    def java_to_string(self, env: Any = None) -> str:
        text = _iso_date(self.value.date()) + "T" + _iso_time(self.value) + _offset_id(self.value.utcoffset())
        key = getattr(self.zone, "key", None)
        if key:
            text += f"[{key}]"
        return text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ZonedDateTime) and self.value == other.value and self.zone == other.zone

    def __hash__(self) -> int:
        return hash(self.value)

    def __lt__(self, other: ZonedDateTime) -> bool:
        return self.value < other.value

    def __gt__(self, other: ZonedDateTime) -> bool:
        return self.value > other.value

    def java_equals(self, other: object) -> bool:
        return self == other


@dataclass(frozen=True, order=True, slots=True)
class Duration:
    nanos: int

    def java_to_string(self, env: Any = None) -> str:
        if self.nanos == 0:
            return "PT0S"
        total_seconds, ns = divmod(self.nanos, 1_000_000_000)
        hours = int(total_seconds / 3600) if total_seconds >= 0 else -int(-total_seconds / 3600)
        rest = total_seconds - hours * 3600
        minutes = int(rest / 60) if rest >= 0 else -int(-rest / 60)
        seconds = rest - minutes * 60
        text = "PT"
        if hours:
            text += f"{hours}H"
        if minutes:
            text += f"{minutes}M"
        if seconds == 0 and ns == 0 and len(text) > 2:
            return text
        if seconds < 0 and ns > 0:
            text += "-0" if seconds == -1 else str(seconds + 1)
        else:
            text += str(seconds)
        if ns > 0:
            frac = 1_000_000_000 - ns if seconds < 0 else ns
            text += "." + f"{frac:09d}".rstrip("0")
        return text + "S"

    def java_equals(self, other: object) -> bool:
        return self == other


@dataclass(frozen=True, slots=True)
class Period:
    years: int
    months: int
    days: int

    def java_to_string(self, env: Any = None) -> str:
        if not (self.years or self.months or self.days):
            return "P0D"
        text = "P"
        if self.years:
            text += f"{self.years}Y"
        if self.months:
            text += f"{self.months}M"
        if self.days:
            text += f"{self.days}D"
        return text

    def java_equals(self, other: object) -> bool:
        return self == other


DateTimeException = R._exception("java.time.DateTimeException")
InvalidDateRangeExpressionException = R._exception("net.sf.jasperreports.types.date.InvalidDateRangeExpressionException")
DateTimeParseException = R._exception("java.time.format.DateTimeParseException")


def add_months(d: _dt.date, n: int) -> _dt.date:
    total = d.year * 12 + d.month - 1 + n
    y, m = total // 12, total % 12 + 1
    return d.replace(year=y, month=m, day=min(d.day, month_length(y, m)))


def make_date(y: int, m: int, d: int) -> _dt.date:
    try:
        return _dt.date(y, m, d)
    except (ValueError, TypeError) as exc:
        raise DateTimeException(f"Invalid date: {exc}") from None


def months_between(a: _dt.date | _dt.datetime, b: _dt.date | _dt.datetime) -> int:
    """ChronoUnit.MONTHS.between for dates (and date-times: the time of day counts)."""
    total = (b.year * 12 + b.month) - (a.year * 12 + a.month)
    key_a = (a.day,) + ((a.hour, a.minute, a.second, a.microsecond) if isinstance(a, _dt.datetime) else ())
    key_b = (b.day,) + ((b.hour, b.minute, b.second, b.microsecond) if isinstance(b, _dt.datetime) else ())
    if total > 0 and key_b < key_a:
        total -= 1
    elif total < 0 and key_b > key_a:
        total += 1
    return total


def period_between(a: _dt.date, b: _dt.date) -> Period:
    total = months_between(a, b)
    years, months = int(total / 12), total - int(total / 12) * 12
    days = (b - add_months(a, total)).days
    return Period(years, months, days)


def temporal_value(x: Any) -> Any:
    """The Python value behind a java.time object (for differences)."""
    if isinstance(x, (LocalDate, LocalDateTime, LocalTime, ZonedDateTime)):
        return x.value
    if isinstance(x, Instant):
        return x
    if x is None:
        raise R.NullPointerException("temporal is null")
    return x


def _nanos_between(a: Any, b: Any) -> int:
    if isinstance(a, Instant) and isinstance(b, Instant):
        return b.nanos - a.nanos
    va, vb = temporal_value(a), temporal_value(b)
    if isinstance(b, ZonedDateTime) and isinstance(a, ZonedDateTime):
        delta = vb - va
    elif isinstance(va, _dt.time) and isinstance(vb, _dt.time):
        delta = _dt.datetime.combine(_dt.date(2000, 1, 1), vb) - _dt.datetime.combine(_dt.date(2000, 1, 1), va)
    elif isinstance(va, _dt.datetime) and isinstance(vb, _dt.datetime):
        delta = vb - va
    elif isinstance(va, _dt.date) and isinstance(vb, _dt.date) and not isinstance(va, _dt.datetime):
        raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported unit: Seconds")
    else:
        raise DateTimeException("Unable to obtain the difference between these temporals")
    return (delta.days * 86400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1000


def duration_between(a: Any, b: Any) -> Duration:
    return Duration(_nanos_between(a, b))


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // b
    return q if a >= 0 else -q


class ChronoUnit(enum.Enum):
    NANOS = ("Nanos", 1)
    MICROS = ("Micros", 1000)
    MILLIS = ("Millis", 1_000_000)
    SECONDS = ("Seconds", 1_000_000_000)
    MINUTES = ("Minutes", 60 * 1_000_000_000)
    HOURS = ("Hours", 3600 * 1_000_000_000)
    HALF_DAYS = ("HalfDays", 43200 * 1_000_000_000)
    DAYS = ("Days", 0)
    WEEKS = ("Weeks", 0)
    MONTHS = ("Months", 0)
    YEARS = ("Years", 0)
    DECADES = ("Decades", 0)
    CENTURIES = ("Centuries", 0)
    MILLENNIA = ("Millennia", 0)

    def java_to_string(self, env: Any = None) -> str:
        return self.value[0]

    def between(self, a: Any, b: Any) -> int:
        if a is None or b is None:
            raise R.NullPointerException("temporal is null")
        unit_nanos = self.value[1]
        if unit_nanos:
            return _trunc_div(_nanos_between(a, b), unit_nanos)
        va, vb = temporal_value(a), temporal_value(b)
        if isinstance(va, Instant) or isinstance(vb, Instant):
            if self in (ChronoUnit.DAYS,):
                return _trunc_div(_nanos_between(a, b), 86400 * 1_000_000_000)
            raise R.JavaException(f"java.time.temporal.UnsupportedTemporalTypeException: Unsupported unit: {self.value[0]}")
        if isinstance(vb, _dt.datetime) and isinstance(va, _dt.datetime) and vb.tzinfo is not None:
            vb = vb.astimezone(va.tzinfo)
        if self in (ChronoUnit.DAYS, ChronoUnit.WEEKS):
            if isinstance(va, _dt.datetime):
                days = _trunc_div(_nanos_between(LocalDateTime(va.replace(tzinfo=None)), LocalDateTime(vb.replace(tzinfo=None))), 86400 * 1_000_000_000)
            else:
                days = (vb - va).days
            return days if self is ChronoUnit.DAYS else _trunc_div(days, 7)
        months = months_between(va, vb)
        divisor = {ChronoUnit.MONTHS: 1, ChronoUnit.YEARS: 12, ChronoUnit.DECADES: 120,
                   ChronoUnit.CENTURIES: 1200, ChronoUnit.MILLENNIA: 12000}[self]
        return _trunc_div(months, divisor)


# --- DateTimeFormatter --------------------------------------------------------------------


_DTF_LETTERS = set("GuyDMLdQqYwWEecFaBhKkHmsSAnNVvzOXxZ")


@dataclass(frozen=True, slots=True)
class DateTimeFormatter:
    """``java.time.format.DateTimeFormatter`` for a pattern (or one of the ISO formats)."""

    pattern: str
    locale: str = "en_US"
    zone: _dt.tzinfo | None = None
    iso: str | None = None

    def java_to_string(self, env: Any = None) -> str:
        return self.iso or self.pattern

    def with_locale(self, locale: Any) -> DateTimeFormatter:
        return DateTimeFormatter(self.pattern, U.locale_tag(locale), self.zone, self.iso)

    def with_zone(self, zone: Any) -> DateTimeFormatter:
        return DateTimeFormatter(self.pattern, self.locale, U.as_tzinfo(zone), self.iso)

    def format(self, temporal: Any) -> str:
        if temporal is None:
            raise R.NullPointerException("temporal")
        if self.iso == "ISO_INSTANT" and isinstance(temporal, Instant):
            return temporal.java_to_string()
        fields = _TemporalFields.of(temporal, self.zone)
        if self.iso is not None:
            return _iso_format(self.iso, fields)
        return dtf_format(self.pattern, fields, self.locale)


def of_pattern(pattern: str, locale: Any = None, env: R.Env | None = None) -> DateTimeFormatter:
    if pattern is None:
        raise R.NullPointerException("pattern")
    _compile_dtf(pattern)  # validates
    tag = U.locale_tag(locale) if locale is not None else (env.locale if env is not None else "en_US")
    return DateTimeFormatter(pattern, tag)


ISO_FORMATTERS = {
    "ISO_LOCAL_DATE": "ISO_LOCAL_DATE", "ISO_DATE": "ISO_DATE", "ISO_LOCAL_TIME": "ISO_LOCAL_TIME",
    "ISO_TIME": "ISO_TIME", "ISO_LOCAL_DATE_TIME": "ISO_LOCAL_DATE_TIME", "ISO_DATE_TIME": "ISO_DATE_TIME",
    "ISO_OFFSET_DATE_TIME": "ISO_OFFSET_DATE_TIME", "ISO_ZONED_DATE_TIME": "ISO_ZONED_DATE_TIME",
    "ISO_INSTANT": "ISO_INSTANT", "BASIC_ISO_DATE": "BASIC_ISO_DATE",
}


class _TemporalFields:
    """What a formatter may read from a temporal: date, time, offset, zone."""

    __slots__ = ("date", "time", "nanos", "offset", "zone")

    def __init__(self, date: _dt.date | None, time: _dt.time | None, nanos: int, offset: _dt.timedelta | None, zone: _dt.tzinfo | None):
        self.date, self.time, self.nanos, self.offset, self.zone = date, time, nanos, offset, zone

    @staticmethod
    def of(x: Any, zone: _dt.tzinfo | None) -> _TemporalFields:
        if isinstance(x, LocalDate):
            return _TemporalFields(x.value, None, 0, None, zone)
        if isinstance(x, LocalTime):
            return _TemporalFields(None, x.value, x.value.microsecond * 1000, None, zone)
        if isinstance(x, LocalDateTime):
            return _TemporalFields(x.value.date(), x.value.time(), x.value.microsecond * 1000, None, zone)
        if isinstance(x, ZonedDateTime):
            v = x.value.astimezone(zone) if zone is not None else x.value
            z = zone or x.zone
            return _TemporalFields(v.date(), v.timetz().replace(tzinfo=None), v.microsecond * 1000, v.utcoffset(), z)
        if isinstance(x, Instant):
            if zone is None:
                raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: YearOfEra")
            v = x.to_datetime().astimezone(zone)
            return _TemporalFields(v.date(), v.time(), x.nanos % 1_000_000_000, v.utcoffset(), zone)
        if isinstance(x, _dt.datetime) and x.tzinfo is not None:
            if zone is None:
                raise R.ClassCastException("java.util.Date cannot be cast to java.time.temporal.TemporalAccessor")
            v = x.astimezone(zone)
            return _TemporalFields(v.date(), v.time(), v.microsecond * 1000, v.utcoffset(), zone)
        raise R.ClassCastException(f"{type(x).__name__} is not a java.time temporal")

    def need_date(self) -> _dt.date:
        if self.date is None:
            raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: Year")
        return self.date

    def need_time(self) -> _dt.time:
        if self.time is None:
            raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: HourOfDay")
        return self.time

    def need_offset(self) -> _dt.timedelta:
        if self.offset is None:
            raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported field: OffsetSeconds")
        return self.offset


def _iso_formatter_time(t: _dt.time, nanos: int) -> str:
    """ISO_LOCAL_TIME when formatting: seconds always, the fraction only as long as needed."""
    text = f"{t.hour:02d}:{t.minute:02d}:{t.second:02d}"
    if nanos:
        text += "." + f"{nanos:09d}".rstrip("0")
    return text


def _iso_format(kind: str, f: _TemporalFields) -> str:
    if kind == "BASIC_ISO_DATE":
        d = f.need_date()
        return f"{d.year:04d}{d.month:02d}{d.day:02d}" + (_offset_id(f.offset).replace(":", "") if f.offset is not None else "")
    if kind in ("ISO_LOCAL_DATE", "ISO_DATE"):
        text = _iso_date(f.need_date())
        return text + (_offset_id(f.offset) if kind == "ISO_DATE" and f.offset is not None else "")
    if kind in ("ISO_LOCAL_TIME", "ISO_TIME"):
        text = _iso_formatter_time(f.need_time(), f.nanos)
        return text + (_offset_id(f.offset) if kind == "ISO_TIME" and f.offset is not None else "")
    if kind == "ISO_INSTANT":
        d, t = f.need_date(), f.need_time()
        moment = _dt.datetime.combine(d, t).replace(tzinfo=_dt.timezone(f.need_offset())).astimezone(UTC)
        return _iso_date(moment.date()) + "T" + _iso_time_full(moment, f.nanos) + "Z"
    text = _iso_date(f.need_date()) + "T" + _iso_formatter_time(f.need_time(), f.nanos)
    if kind == "ISO_LOCAL_DATE_TIME":
        return text
    if kind == "ISO_OFFSET_DATE_TIME":
        return text + _offset_id(f.need_offset())
    if f.offset is not None:
        text += _offset_id(f.offset)
        key = getattr(f.zone, "key", None)
        if key and (kind == "ISO_ZONED_DATE_TIME" or kind == "ISO_DATE_TIME"):
            text += f"[{key}]"
    return text


def _compile_dtf(pattern: str) -> list[tuple[str, Any]]:
    """DateTimeFormatter pattern -> [(letter, count) | ("", literal)]."""
    out: list[tuple[str, Any]] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "'":
            j = i + 1
            text = []
            while j < n:
                if pattern[j] == "'":
                    if j + 1 < n and pattern[j + 1] == "'":
                        text.append("'")
                        j += 2
                        continue
                    break
                text.append(pattern[j])
                j += 1
            if j >= n:
                raise R.IllegalArgumentException(f"Pattern ends with an incomplete string literal: {pattern}")
            out.append(("", "".join(text) if text else "'"))
            i = j + 1
        elif c in "[]":
            i += 1  # optional sections: everything is printed when present
        elif c.isascii() and c.isalpha():
            j = i
            while j < n and pattern[j] == c:
                j += 1
            count = j - i
            if c not in _DTF_LETTERS:
                raise R.IllegalArgumentException(f"Unknown pattern letter: {c}")
            out.append((c, count))
            i = j
        elif c in "#{}":
            raise R.IllegalArgumentException(f"Pattern includes reserved character: '{c}'")
        else:
            out.append(("", c))
            i += 1
    return out


def dtf_format(pattern: str, f: _TemporalFields, locale_tag: str) -> str:
    from .text import java_locale

    loc = java_locale(locale_tag)
    out: list[str] = []
    for letter, count in _compile_dtf(pattern):
        if not letter:
            out.append(count)
            continue
        out.append(_dtf_field(letter, count, f, loc))
    return "".join(out)


def _num(value: int, count: int) -> str:
    return f"{value:0{count}d}" if value >= 0 else "-" + f"{-value:0{count}d}"


def _dtf_field(c: str, count: int, f: _TemporalFields, loc: Any) -> str:  # noqa: C901 - one branch per letter
    if c in "yuY":
        year = f.need_date().year
        if c == "Y":
            first = U.first_day_of_week(str(loc))
            minimal = U.minimal_days_in_first_week(str(loc))
            d = f.need_date()
            w = week_of_year(d, first, minimal)
            year = d.year + (1 if w == 1 and d.month == 12 else -1 if w >= 52 and d.month == 1 else 0)
        if count == 2:
            return f"{year % 100:02d}"
        if count >= 4 and year > 9999:
            return f"+{year}"
        return _num(year, count)
    if c == "G":
        era = loc.eras["wide" if count == 4 else "narrow" if count == 5 else "abbreviated"]
        return era[1]
    if c in "ML":
        m = f.need_date().month
        if count <= 2:
            return _num(m, count)
        width = {3: "abbreviated", 4: "wide", 5: "narrow"}.get(count)
        if width is None:
            raise R.IllegalArgumentException(f"Too many pattern letters: {c}")
        return loc.months["format" if c == "M" else "stand-alone"][width][m]
    if c == "d":
        return _num(f.need_date().day, count)
    if c == "D":
        return _num(f.need_date().timetuple().tm_yday, count)
    if c in "Qq":
        q = (f.need_date().month - 1) // 3 + 1
        if count <= 2:
            return _num(q, count)
        width = {3: "abbreviated", 4: "wide", 5: "narrow"}[count]
        return loc.quarters["format" if c == "Q" else "stand-alone"][width][q]
    if c in "Eec":
        d = f.need_date()
        if c in "ec" and count <= 2:
            first = U.first_day_of_week(str(loc))
            return _num((java_dow(d) - first) % 7 + 1, count)
        width = "wide" if count == 4 else "narrow" if count == 5 else "abbreviated"
        return loc.days["format" if c != "c" else "stand-alone"][width][d.weekday()]
    if c == "F":
        return _num((f.need_date().day - 1) // 7 + 1, count)
    if c in "wW":
        d = f.need_date()
        first = U.first_day_of_week(str(loc))
        minimal = U.minimal_days_in_first_week(str(loc))
        return _num(week_of_year(d, first, minimal) if c == "w" else week_of_month(d, first, minimal), count)
    if c in "aB":
        t = f.need_time()
        return loc.day_periods["format"]["abbreviated"]["am" if t.hour < 12 else "pm"]
    if c == "H":
        return _num(f.need_time().hour, count)
    if c == "k":
        h = f.need_time().hour
        return _num(h or 24, count)
    if c == "K":
        return _num(f.need_time().hour % 12, count)
    if c == "h":
        h = f.need_time().hour % 12
        return _num(h or 12, count)
    if c == "m":
        return _num(f.need_time().minute, count)
    if c == "s":
        return _num(f.need_time().second, count)
    if c == "S":
        f.need_time()
        return f"{f.nanos:09d}"[:count] if count <= 9 else f"{f.nanos:09d}".ljust(count, "0")
    if c == "n":
        f.need_time()
        return _num(f.nanos, count)
    if c == "N":
        t = f.need_time()
        return _num(((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000_000 + f.nanos, count)
    if c == "A":
        t = f.need_time()
        return _num(((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + f.nanos // 1_000_000, count)
    if c == "V":
        if f.zone is None:
            raise R.JavaException("java.time.DateTimeException: Unable to extract ZoneId from temporal")
        return U.zone_id_of(f.zone)
    if c in "zv":
        if f.zone is None:
            raise R.JavaException("java.time.DateTimeException: Unable to extract ZoneId from temporal")
        moment = _dt.datetime.combine(f.need_date(), f.need_time()).replace(tzinfo=f.zone)
        try:
            from .text import _zone_name  # the names SimpleDateFormat prints (Java's CLDR data)

            return _zone_name(moment, loc, count >= 4)
        except Exception:  # noqa: BLE001 - fall back to the tz database abbreviation
            return moment.tzname() or U.zone_id_of(f.zone)
    if c in "XxZO":
        seconds = int(f.need_offset().total_seconds())
        return _offset_pattern(c, count, seconds)
    raise R.IllegalArgumentException(f"Unknown pattern letter: {c}")


def _offset_pattern(c: str, count: int, seconds: int) -> str:
    sign = "+" if seconds >= 0 else "-"
    a = abs(seconds)
    hh, mm = a // 3600, a % 3600 // 60
    if c == "O":
        if seconds == 0:
            return "GMT"
        return f"GMT{sign}{hh}" + (f":{mm:02d}" if mm else "") if count == 1 else f"GMT{sign}{hh:02d}:{mm:02d}"
    if c == "X" and seconds == 0:
        return "Z"
    if c == "Z":
        if count <= 3:
            return f"{sign}{hh:02d}{mm:02d}"
        if count == 4:
            return "GMT" if seconds == 0 else f"GMT{sign}{hh:02d}:{mm:02d}"
        return "Z" if seconds == 0 else f"{sign}{hh:02d}:{mm:02d}"
    if count == 1:
        return f"{sign}{hh:02d}" + (f"{mm:02d}" if mm else "")
    if count == 2 or count == 4:
        return f"{sign}{hh:02d}{mm:02d}"
    return f"{sign}{hh:02d}:{mm:02d}"


# --- parsing ------------------------------------------------------------------------------

_ISO_DATE_RE = re.compile(r"^([+-]?\d{4,9})-(\d{2})-(\d{2})$")
_ISO_TIME_RE = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?$")
_ISO_INSTANT_RE = re.compile(r"^([+-]?\d{4,9})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}(?::\d{2})?)$", re.I)


def _parse_fail(text: str, what: str = "") -> Exception:
    return DateTimeParseException(f"Text '{text}' could not be parsed" + (f": {what}" if what else ""))


def parse_local_date(text: str) -> LocalDate:
    m = _ISO_DATE_RE.match(R.unbox(text))
    if not m:
        raise _parse_fail(text, "at index 0")
    try:
        return LocalDate(_dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    except ValueError as exc:
        raise _parse_fail(text, str(exc)) from None


def _parse_time_groups(text: str, hh: str, mm: str, ss: str | None, frac: str | None) -> tuple[_dt.time, int]:
    nanos = int((frac or "0").ljust(9, "0"))
    try:
        return _dt.time(int(hh), int(mm), int(ss or 0), nanos // 1000), nanos
    except ValueError as exc:
        raise _parse_fail(text, str(exc)) from None


def parse_local_time(text: str) -> LocalTime:
    m = _ISO_TIME_RE.match(R.unbox(text))
    if not m:
        raise _parse_fail(text, "at index 0")
    t, _ = _parse_time_groups(text, *m.groups())
    return LocalTime(t)


def parse_local_date_time(text: str) -> LocalDateTime:
    text = R.unbox(text)
    date_part, sep, time_part = text.partition("T")
    if not sep:
        raise _parse_fail(text, "at index 10")
    d = parse_local_date(date_part).value if _ISO_DATE_RE.match(date_part) else None
    m = _ISO_TIME_RE.match(time_part)
    if d is None or not m:
        raise _parse_fail(text)
    t, _ = _parse_time_groups(text, *m.groups())
    return LocalDateTime(_dt.datetime.combine(d, t))


def parse_instant(text: str) -> Instant:
    m = _ISO_INSTANT_RE.match(R.unbox(text))
    if not m:
        raise _parse_fail(text, "at index 0")
    y, mo, d, hh, mi = (int(g) for g in m.groups()[:5])
    ss, frac, off = m.group(6), m.group(7), m.group(8)
    nanos = int((frac or "0").ljust(9, "0"))
    try:
        if off.upper() == "Z":
            tz: _dt.tzinfo = UTC
        else:
            sign = 1 if off[0] == "+" else -1
            parts = [int(p) for p in off[1:].split(":")]
            tz = _dt.timezone(sign * _dt.timedelta(hours=parts[0], minutes=parts[1], seconds=parts[2] if len(parts) > 2 else 0))
        moment = _dt.datetime(y, mo, d, hh, mi, int(ss or 0), tzinfo=tz)
    except ValueError as exc:
        raise _parse_fail(text, str(exc)) from None
    seconds = int((moment - EPOCH).total_seconds())
    return Instant(seconds * 1_000_000_000 + nanos)


def parse_with_pattern(text: str, fmt: DateTimeFormatter) -> dict[str, int]:
    """Numeric-field parsing of ``text`` with a ``ofPattern`` formatter (and the ISO ones)."""
    if fmt.iso in ("ISO_LOCAL_DATE", "ISO_DATE"):
        d = parse_local_date(text).value
        return {"y": d.year, "M": d.month, "d": d.day}
    if fmt.iso in ("ISO_LOCAL_DATE_TIME", "ISO_DATE_TIME"):
        dt = parse_local_date_time(text).value
        return {"y": dt.year, "M": dt.month, "d": dt.day, "H": dt.hour, "m": dt.minute, "s": dt.second, "n": dt.microsecond * 1000}
    if fmt.iso in ("ISO_LOCAL_TIME", "ISO_TIME"):
        t = parse_local_time(text).value
        return {"H": t.hour, "m": t.minute, "s": t.second, "n": t.microsecond * 1000}
    if fmt.iso == "BASIC_ISO_DATE":
        m = re.match(r"^(\d{4})(\d{2})(\d{2})$", text)
        if not m:
            raise _parse_fail(text)
        return {"y": int(m.group(1)), "M": int(m.group(2)), "d": int(m.group(3))}
    from .text import java_locale

    loc = java_locale(fmt.locale)
    regex: list[str] = []
    names: list[str | tuple[str, dict[str, int]]] = []
    for letter, count in _compile_dtf(fmt.pattern):
        if not letter:
            regex.append(re.escape(count))
        elif letter in "yuMLdHhkKmsSDnEa" and not (letter in "ML" and count >= 3) and letter not in "Ea":
            width = count if letter in "S" or count > 1 and letter not in "yu" else None
            if letter in "yu" and count == 2:
                width = 2
            regex.append(rf"(\d{{{width}}})" if width else r"([+-]?\d+)" if letter in "yu" else r"(\d+)")
            names.append(letter)
        elif letter in "ML":
            names_list = loc.months["format" if letter == "M" else "stand-alone"]["abbreviated" if count == 3 else "wide"]
            regex.append("(" + "|".join(re.escape(v) for v in names_list.values()) + ")")
            names.append(("month", dict((v.lower(), k) for k, v in names_list.items())))
        elif letter == "E":
            day_names = loc.days["format"]["wide" if count == 4 else "abbreviated"]
            regex.append("(?:" + "|".join(re.escape(v) for v in day_names.values()) + ")")
        elif letter == "a":
            periods = loc.day_periods["format"]["abbreviated"]
            regex.append(f"({re.escape(periods['am'])}|{re.escape(periods['pm'])})")
            names.append(("ampm", {periods["am"].lower(): 0, periods["pm"].lower(): 1}))
        else:
            raise R.UnsupportedOperationException(f"parsing pattern letter {letter} is not supported")
    m = re.fullmatch("".join(regex), text, re.IGNORECASE)
    if not m:
        raise _parse_fail(text, "at index 0")
    values: dict[str, int] = {}
    for name, group in zip(names, m.groups(), strict=False):
        if isinstance(name, tuple):
            kind, table = name
            values["M" if kind == "month" else "a"] = table[group.lower()]
        elif name == "S":
            values["n"] = int(group.ljust(9, "0")[:9])
        else:
            key = "y" if name == "u" else name
            values[key] = int(group)
            if name in "yu" and len(group) == 2 and not group.startswith(("+", "-")):
                values["y"] = 2000 + int(group)
    if "h" in values or "K" in values:
        hour = values.pop("h", None)
        hour = hour % 12 if hour is not None else values.pop("K")
        values["H"] = hour + 12 * values.get("a", 0)
    if "k" in values:
        values["H"] = values.pop("k") % 24
    return values


def parsed_date(text: str, values: dict[str, int]) -> _dt.date:
    try:
        if "D" in values and "M" not in values:
            return _dt.date(values["y"], 1, 1) + _dt.timedelta(days=values["D"] - 1)
        return _dt.date(values["y"], values["M"], values["d"])
    except KeyError:
        raise _parse_fail(text, "Unable to obtain LocalDate from TemporalAccessor") from None
    except ValueError as exc:
        raise _parse_fail(text, str(exc)) from None


def parsed_time(text: str, values: dict[str, int]) -> _dt.time:
    try:
        nanos = values.get("n", 0)
        return _dt.time(values["H"], values.get("m", 0), values.get("s", 0), nanos // 1000)
    except KeyError:
        raise _parse_fail(text, "Unable to obtain LocalTime from TemporalAccessor") from None
    except ValueError as exc:
        raise _parse_fail(text, str(exc)) from None


def zone_of(zone_id: str) -> _dt.tzinfo:
    """``ZoneId.of(id)``: region ids, ``Z``, ``UTC``/``GMT`` and offsets ``+02:00``."""
    if zone_id is None:
        raise R.NullPointerException("zoneId")
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    m = re.fullmatch(r"(?:(UTC|GMT|UT))?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?", zone_id)
    if m:
        sign = 1 if m.group(2) == "+" else -1
        off = _dt.timedelta(hours=int(m.group(3)), minutes=int(m.group(4) or 0), seconds=int(m.group(5) or 0))
        if off > _dt.timedelta(hours=18):
            raise DateTimeException(f"Zone offset not in valid range: {zone_id}")
        return _dt.timezone(sign * off) if off else UTC
    if zone_id == "Z":
        return UTC
    try:
        return ZoneInfo(zone_id)
    except (ZoneInfoNotFoundError, ValueError):
        raise R.JavaException(f"java.time.zone.ZoneRulesException: Unknown time-zone ID: {zone_id}") from None


def zone_to_string(zone: _dt.tzinfo) -> str:
    key = getattr(zone, "key", None)
    if key:
        return key
    off = zone.utcoffset(None)
    return _offset_id(off)


# =========================================================================================
# JasperReports' DateRange
# =========================================================================================

_RELATIVE = re.compile(r"^(DAY|WEEK|MONTH|QUARTER|SEMI|YEAR)([+-]\d{1,9})?$")


class DateRange:
    """``net.sf.jasperreports.types.date.DateRange``: a start and an end Date."""

    __slots__ = ("_start", "_end", "expression", "timestamp")

    def __init__(self, start: Any, end: Any, expression: str | None = None, timestamp: bool = False) -> None:
        self._start, self._end, self.expression, self.timestamp = start, end, expression, timestamp

    def start(self) -> _dt.datetime:
        value = self._start() if callable(self._start) else self._start
        return as_timestamp(value) if self.timestamp else value

    def end(self) -> _dt.datetime:
        value = self._end() if callable(self._end) else self._end
        return as_timestamp(value) if self.timestamp else value

    def java_to_string(self, env: Any = None) -> str:
        return f"DateRange[{self.expression}]" if self.expression else "DateRange"


def date_range(env: R.Env, value: Any) -> DateRange:
    """``DATERANGE(String|Date)`` as JasperReports' DateRangeBuilder resolves it: a fixed
    timestamp (``yyyy-MM-dd HH:mm:ss``), a fixed date (``yyyy-MM-dd``) or a relative range
    (``DAY``, ``WEEK-2``, ``MONTH+1``, ``QUARTER``, ``SEMI``, ``YEAR``)."""
    if isinstance(value, (_dt.datetime, _dt.date)):
        moment = to_datetime(env, value)
        return DateRange(moment, moment, timestamp=isinstance(value, Timestamp))
    if not isinstance(value, str):
        raise R.IllegalArgumentException("The input parameter for DATERANGE function can be only a String or a Date object")
    from .text import JavaTextError, SimpleDateFormat, java_locale

    tz = tz_of(env)
    for pattern, timestamp in (("yyyy-MM-dd HH:mm:ss", True), ("yyyy-MM-dd", False)):
        fmt = SimpleDateFormat(pattern, java_locale(env.locale), tz)
        fmt.set_lenient(False)
        try:
            moment = fmt.parse(value)
        except (JavaTextError, ValueError):
            continue
        return DateRange(moment, moment, value, timestamp)
    m = _RELATIVE.match(value)
    if not m:
        raise InvalidDateRangeExpressionException(f"Invalid date range expression: {value}.")
    unit, number = m.group(1), int(m.group(2) or 0)
    week_start = U.first_day_of_week(env.locale)

    def calendar() -> Calendar:
        cal = Calendar(tz, env.locale, to_millis(env, now(env)))
        cal.set(HOUR_OF_DAY, 0)
        cal.set(MINUTE, 0)
        cal.set(SECOND, 0)
        cal.set(MILLISECOND, 0)
        cal._complete()
        return cal

    def days_to_week_start(cal: Calendar) -> int:
        dow = cal.get(DAY_OF_WEEK)
        if dow == 1 and week_start == 2:
            return 6
        return dow - week_start

    def start() -> _dt.datetime:
        cal = calendar()
        if unit == "DAY":
            cal.add(DAY_OF_YEAR, number)
        elif unit == "WEEK":
            cal.add(DAY_OF_YEAR, -days_to_week_start(cal))
            cal.add(WEEK_OF_YEAR, number)
        elif unit == "MONTH":
            cal.set(DATE, 1)
            cal.add(MONTH, number)
        elif unit in ("QUARTER", "SEMI"):
            size = 3 if unit == "QUARTER" else 6
            cal.set(DATE, 1)
            cal.add(MONTH, -(cal.get(MONTH) % size))
            cal.add(MONTH, number * size)
        else:
            cal.set(DATE, 1)
            cal.set(MONTH, 0)
            cal.add(YEAR, number)
        return cal.get_time()

    def end() -> _dt.datetime:
        cal = calendar()
        if unit == "DAY":
            cal.add(DAY_OF_YEAR, number)
        elif unit == "WEEK":
            cal.add(DAY_OF_YEAR, 7 - (days_to_week_start(cal) + 1))
            cal.add(WEEK_OF_YEAR, number)
        elif unit == "MONTH":
            cal.add(MONTH, number)
            cal.set(DATE, cal.actual_maximum(DATE))
        elif unit in ("QUARTER", "SEMI"):
            size = 3 if unit == "QUARTER" else 6
            cal.set(DATE, 1)
            cal.add(MONTH, size - (cal.get(MONTH) % size + 1))
            cal.add(MONTH, number * size)
            cal.set(DATE, cal.actual_maximum(DATE))
        else:
            cal.set(DATE, 1)
            cal.set(MONTH, 0)
            cal.add(YEAR, number)
            cal.set(MONTH, 11)
            cal.set(DATE, cal.actual_maximum(DATE))
        cal.set(HOUR_OF_DAY, 23)
        cal.set(MINUTE, 59)
        cal.set(SECOND, 59)
        cal.set(MILLISECOND, 999)
        return cal.get_time()

    return DateRange(start, end, value)
