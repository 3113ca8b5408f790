"""Allowlist section: ``java.time`` basics (LocalDate, LocalDateTime, LocalTime, Instant,
ZoneId, ZonedDateTime, Duration, Period, DayOfWeek, Month, ChronoUnit, DateTimeFormatter).

``now()`` and ``ZoneId.systemDefault()`` use the report's time zone (the JVM default of
JasperReports' fill)."""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .. import runtime as R
from .. import types as T
from ..javalib import dates as DT
from ..javalib import util as U
from ..registry import Registry, StaticField, constructor, method, static

S, O, I, J, Z, V = T.STRING, T.OBJECT, T.INT, T.LONG, T.BOOLEAN, T.VOID
LD, LDT, LT = "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime"
INSTANT, ZONE, ZDT = "java.time.Instant", "java.time.ZoneId", "java.time.ZonedDateTime"
OFFSET = "java.time.ZoneOffset"
DUR, PER, DOW, MONTH = "java.time.Duration", "java.time.Period", "java.time.DayOfWeek", "java.time.Month"
DTF, UNIT, STYLE = "java.time.format.DateTimeFormatter", "java.time.temporal.ChronoUnit", "java.time.format.TextStyle"
TEMPORAL, ACCESSOR, AMOUNT = "java.time.temporal.Temporal", "java.time.temporal.TemporalAccessor", "java.time.temporal.TemporalAmount"
TUNIT = "java.time.temporal.TemporalUnit"
LOCALE, DATE = "java.util.Locale", "java.util.Date"
COMPARABLE, SER = "java.lang.Comparable", "java.io.Serializable"


def register(reg: Registry) -> None:
    reg.define(ACCESSOR, supers=(O,))
    reg.define(TEMPORAL, supers=(ACCESSOR,))
    reg.define(AMOUNT, supers=(O,))
    reg.define(TUNIT, supers=(O,))
    _local_date(reg)
    _local_date_time(reg)
    _local_time(reg)
    _instant_and_zones(reg)
    _amounts(reg)
    _enums(reg)
    _formatter(reg)


def _now(env: R.Env) -> _dt.datetime:
    return DT.now(env).astimezone(env.timezone)


def _zone_arg(zone: Any) -> _dt.tzinfo:
    return U.as_tzinfo(R.unbox(zone))


def _fmt(temporal: Any, formatter: Any) -> str:
    return R.unbox(formatter).format(temporal)


def _cmp(a: Any, b: Any) -> int:
    b = R.unbox(b)
    return (a.value > b.value) - (a.value < b.value)


def _parse_date(text: str, fmt: DT.DateTimeFormatter | None = None) -> DT.LocalDate:
    if fmt is None:
        return DT.parse_local_date(text)
    return DT.LocalDate(DT.parsed_date(text, DT.parse_with_pattern(R.unbox(text), fmt)))


def _parse_date_time(text: str, fmt: DT.DateTimeFormatter | None = None) -> DT.LocalDateTime:
    if fmt is None:
        return DT.parse_local_date_time(text)
    values = DT.parse_with_pattern(R.unbox(text), fmt)
    return DT.LocalDateTime(_dt.datetime.combine(DT.parsed_date(text, values), DT.parsed_time(text, values)))


def _parse_time(text: str, fmt: DT.DateTimeFormatter | None = None) -> DT.LocalTime:
    if fmt is None:
        return DT.parse_local_time(text)
    return DT.LocalTime(DT.parsed_time(text, DT.parse_with_pattern(R.unbox(text), fmt)))


def _plus_dt(x: DT.LocalDateTime, **delta: int) -> DT.LocalDateTime:
    return DT.LocalDateTime(x.value + _dt.timedelta(**delta))


def _plus_months_dt(x: DT.LocalDateTime, n: int) -> DT.LocalDateTime:
    d = DT.add_months(x.value.date(), n)
    return DT.LocalDateTime(_dt.datetime.combine(d, x.value.time()))


def _plus_time(x: DT.LocalTime, **delta: int) -> DT.LocalTime:
    moment = _dt.datetime.combine(_dt.date(2000, 1, 1), x.value) + _dt.timedelta(**delta)
    return DT.LocalTime(moment.time())


def _date_plus(x: DT.LocalDate, amount: int, unit: DT.ChronoUnit) -> DT.LocalDate:
    if unit is DT.ChronoUnit.DAYS:
        return x.plus_days(amount)
    if unit is DT.ChronoUnit.WEEKS:
        return x.plus_days(7 * amount)
    months = {DT.ChronoUnit.MONTHS: 1, DT.ChronoUnit.YEARS: 12, DT.ChronoUnit.DECADES: 120}.get(unit)
    if months is None:
        raise R.JavaException(f"java.time.temporal.UnsupportedTemporalTypeException: Unsupported unit: {unit.value[0]}")
    return x.plus_months(amount * months)


def _at_start_of_day(x: DT.LocalDate, zone: Any = None) -> Any:
    start = _dt.datetime.combine(x.value, _dt.time())
    if zone is None:
        return DT.LocalDateTime(start)
    tz = _zone_arg(zone)
    return DT.ZonedDateTime(start.replace(tzinfo=tz), tz)


def _with(x: DT.LocalDate, **parts: int) -> DT.LocalDate:
    try:
        return DT.LocalDate(x.value.replace(**parts))
    except ValueError as exc:
        raise DT.DateTimeException(str(exc)) from None


def _local_date(reg: Registry) -> None:
    reg.define(
        LD,
        supers=(TEMPORAL, COMPARABLE, SER),
        python_types=(DT.LocalDate,),
        fields=[StaticField("MIN", LD, DT.LocalDate(_dt.date.min)), StaticField("MAX", LD, DT.LocalDate(_dt.date.max)),
                StaticField("EPOCH", LD, DT.LocalDate(_dt.date(1970, 1, 1)))],
        members=[
            static("now", (), LD, lambda env: DT.LocalDate(_now(env).date()), env=True),
            static("now", (ZONE,), LD, lambda env, z: DT.LocalDate(DT.now(env).astimezone(_zone_arg(z)).date()), env=True),
            static("of", (I, I, I), LD, lambda y, m, d: DT.LocalDate(DT.make_date(y, m, d))),
            static("of", (I, MONTH, I), LD, lambda y, m, d: DT.LocalDate(DT.make_date(y, R.unbox(m).value, d))),
            static("ofEpochDay", (J,), LD, lambda n: DT.LocalDate(_dt.date(1970, 1, 1) + _dt.timedelta(days=n))),
            static("ofYearDay", (I, I), LD, lambda y, n: DT.LocalDate(_dt.date(y, 1, 1) + _dt.timedelta(days=n - 1))),
            static("parse", (CS,), LD, _parse_date),
            static("parse", (CS, DTF), LD, _parse_date),
            method("getYear", (), I, lambda x: x.value.year),
            method("getMonthValue", (), I, lambda x: x.value.month),
            method("getMonth", (), MONTH, lambda x: DT.Month(x.value.month)),
            method("getDayOfMonth", (), I, lambda x: x.value.day),
            method("getDayOfYear", (), I, lambda x: x.value.timetuple().tm_yday),
            method("getDayOfWeek", (), DOW, lambda x: DT.DayOfWeek(x.value.isoweekday())),
            method("lengthOfMonth", (), I, lambda x: DT.month_length(x.value.year, x.value.month)),
            method("lengthOfYear", (), I, lambda x: 366 if DT.is_leap(x.value.year) else 365),
            method("isLeapYear", (), Z, lambda x: DT.is_leap(x.value.year)),
            method("plusDays", (J,), LD, DT.LocalDate.plus_days),
            method("minusDays", (J,), LD, lambda x, n: x.plus_days(-n)),
            method("plusWeeks", (J,), LD, lambda x, n: x.plus_days(7 * n)),
            method("minusWeeks", (J,), LD, lambda x, n: x.plus_days(-7 * n)),
            method("plusMonths", (J,), LD, DT.LocalDate.plus_months),
            method("minusMonths", (J,), LD, lambda x, n: x.plus_months(-n)),
            method("plusYears", (J,), LD, lambda x, n: x.plus_months(12 * n)),
            method("minusYears", (J,), LD, lambda x, n: x.plus_months(-12 * n)),
            method("plus", (J, TUNIT), LD, _date_plus),
            method("minus", (J, TUNIT), LD, lambda x, n, u: _date_plus(x, -n, u)),
            method("plus", (AMOUNT,), LD, lambda x, p: _plus_period(x, p, 1)),
            method("minus", (AMOUNT,), LD, lambda x, p: _plus_period(x, p, -1)),
            method("withDayOfMonth", (I,), LD, lambda x, d: _with(x, day=d)),
            method("withMonth", (I,), LD, lambda x, m: _with(x, month=m, day=min(x.value.day, DT.month_length(x.value.year, m)))),
            method("withYear", (I,), LD, lambda x, y: _with(x, year=y, day=min(x.value.day, DT.month_length(y, x.value.month)))),
            method("withDayOfYear", (I,), LD, lambda x, n: DT.LocalDate(_dt.date(x.value.year, 1, 1) + _dt.timedelta(days=n - 1))),
            method("atStartOfDay", (), LDT, _at_start_of_day),
            method("atStartOfDay", (ZONE,), ZDT, _at_start_of_day),
            method("atTime", (I, I), LDT, lambda x, h, m: DT.LocalDateTime(_dt.datetime.combine(x.value, _dt.time(h, m)))),
            method("atTime", (I, I, I), LDT, lambda x, h, m, s: DT.LocalDateTime(_dt.datetime.combine(x.value, _dt.time(h, m, s)))),
            method("atTime", (LT,), LDT, lambda x, t: DT.LocalDateTime(_dt.datetime.combine(x.value, R.unbox(t).value))),
            method("toEpochDay", (), J, lambda x: (x.value - _dt.date(1970, 1, 1)).days),
            method("isBefore", (LD,), Z, lambda a, b: a.value < R.unbox(b).value),
            method("isAfter", (LD,), Z, lambda a, b: a.value > R.unbox(b).value),
            method("isEqual", (LD,), Z, lambda a, b: a.value == R.unbox(b).value),
            method("compareTo", (LD,), I, _cmp_dates),
            method("until", (LD,), PER, lambda a, b: DT.period_between(a.value, R.unbox(b).value)),
            method("until", (TEMPORAL, TUNIT), J, lambda a, b, u: u.between(a, b)),
            method("format", (DTF,), S, _fmt),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("hashCode", (), I, lambda x: R.w32(hash(x.value))),
            method("toString", (), S, DT.LocalDate.java_to_string),
        ],
    )


CS = "java.lang.CharSequence"


def _cmp_dates(a: Any, b: Any) -> int:
    b = R.unbox(b)
    x, y = a.value, b.value
    if x.year != y.year:
        return x.year - y.year
    if x.month != y.month:
        return x.month - y.month
    return x.day - y.day


def _plus_period(x: Any, amount: Any, sign: int) -> Any:
    amount = R.unbox(amount)
    if isinstance(amount, DT.Period):
        if isinstance(x, DT.LocalDate):
            return x.plus_months(sign * (amount.years * 12 + amount.months)).plus_days(sign * amount.days)
        d = DT.add_months(x.value.date(), sign * (amount.years * 12 + amount.months)) + _dt.timedelta(days=sign * amount.days)
        return DT.LocalDateTime(_dt.datetime.combine(d, x.value.time()))
    if isinstance(x, DT.LocalDate):
        raise R.JavaException("java.time.temporal.UnsupportedTemporalTypeException: Unsupported unit: Seconds")
    return DT.LocalDateTime(x.value + _dt.timedelta(microseconds=sign * amount.nanos // 1000))


def _dt_plus(x: DT.LocalDateTime, amount: int, unit: DT.ChronoUnit) -> DT.LocalDateTime:
    if unit.value[1]:
        return DT.LocalDateTime(x.value + _dt.timedelta(microseconds=amount * unit.value[1] // 1000))
    if unit in (DT.ChronoUnit.DAYS, DT.ChronoUnit.WEEKS):
        return _plus_dt(x, days=amount * (7 if unit is DT.ChronoUnit.WEEKS else 1))
    months = {DT.ChronoUnit.MONTHS: 1, DT.ChronoUnit.YEARS: 12, DT.ChronoUnit.DECADES: 120}[unit]
    return _plus_months_dt(x, amount * months)


def _local_date_time(reg: Registry) -> None:
    reg.define(
        LDT,
        supers=(TEMPORAL, COMPARABLE, SER),
        python_types=(DT.LocalDateTime,),
        members=[
            static("now", (), LDT, lambda env: DT.LocalDateTime(_now(env).replace(tzinfo=None)), env=True),
            static("now", (ZONE,), LDT, lambda env, z: DT.LocalDateTime(DT.now(env).astimezone(_zone_arg(z)).replace(tzinfo=None)), env=True),
            static("of", (I, I, I, I, I), LDT, lambda y, mo, d, h, mi: DT.LocalDateTime(_dt.datetime.combine(DT.make_date(y, mo, d), _dt.time(h, mi)))),
            static("of", (I, I, I, I, I, I), LDT, lambda y, mo, d, h, mi, s: DT.LocalDateTime(_dt.datetime.combine(DT.make_date(y, mo, d), _dt.time(h, mi, s)))),
            static("of", (LD, LT), LDT, lambda d, t: DT.LocalDateTime(_dt.datetime.combine(R.unbox(d).value, R.unbox(t).value))),
            static("ofInstant", (INSTANT, ZONE), LDT, lambda i, z: DT.LocalDateTime(R.unbox(i).to_datetime().astimezone(_zone_arg(z)).replace(tzinfo=None))),
            static("parse", (CS,), LDT, _parse_date_time),
            static("parse", (CS, DTF), LDT, _parse_date_time),
            method("getYear", (), I, lambda x: x.value.year),
            method("getMonthValue", (), I, lambda x: x.value.month),
            method("getMonth", (), MONTH, lambda x: DT.Month(x.value.month)),
            method("getDayOfMonth", (), I, lambda x: x.value.day),
            method("getDayOfYear", (), I, lambda x: x.value.timetuple().tm_yday),
            method("getDayOfWeek", (), DOW, lambda x: DT.DayOfWeek(x.value.isoweekday())),
            method("getHour", (), I, lambda x: x.value.hour),
            method("getMinute", (), I, lambda x: x.value.minute),
            method("getSecond", (), I, lambda x: x.value.second),
            method("getNano", (), I, lambda x: x.value.microsecond * 1000),
            method("toLocalDate", (), LD, lambda x: DT.LocalDate(x.value.date())),
            method("toLocalTime", (), LT, lambda x: DT.LocalTime(x.value.time())),
            method("plusDays", (J,), LDT, lambda x, n: _plus_dt(x, days=n)),
            method("minusDays", (J,), LDT, lambda x, n: _plus_dt(x, days=-n)),
            method("plusWeeks", (J,), LDT, lambda x, n: _plus_dt(x, days=7 * n)),
            method("plusHours", (J,), LDT, lambda x, n: _plus_dt(x, hours=n)),
            method("minusHours", (J,), LDT, lambda x, n: _plus_dt(x, hours=-n)),
            method("plusMinutes", (J,), LDT, lambda x, n: _plus_dt(x, minutes=n)),
            method("minusMinutes", (J,), LDT, lambda x, n: _plus_dt(x, minutes=-n)),
            method("plusSeconds", (J,), LDT, lambda x, n: _plus_dt(x, seconds=n)),
            method("minusSeconds", (J,), LDT, lambda x, n: _plus_dt(x, seconds=-n)),
            method("plusMonths", (J,), LDT, _plus_months_dt),
            method("minusMonths", (J,), LDT, lambda x, n: _plus_months_dt(x, -n)),
            method("plusYears", (J,), LDT, lambda x, n: _plus_months_dt(x, 12 * n)),
            method("minusYears", (J,), LDT, lambda x, n: _plus_months_dt(x, -12 * n)),
            method("plus", (J, TUNIT), LDT, _dt_plus),
            method("minus", (J, TUNIT), LDT, lambda x, n, u: _dt_plus(x, -n, u)),
            method("plus", (AMOUNT,), LDT, lambda x, p: _plus_period(x, p, 1)),
            method("minus", (AMOUNT,), LDT, lambda x, p: _plus_period(x, p, -1)),
            method("withHour", (I,), LDT, lambda x, h: DT.LocalDateTime(x.value.replace(hour=h))),
            method("withMinute", (I,), LDT, lambda x, m: DT.LocalDateTime(x.value.replace(minute=m))),
            method("withSecond", (I,), LDT, lambda x, s: DT.LocalDateTime(x.value.replace(second=s))),
            method("withNano", (I,), LDT, lambda x, n: DT.LocalDateTime(x.value.replace(microsecond=n // 1000))),
            method("withDayOfMonth", (I,), LDT, lambda x, d: DT.LocalDateTime(x.value.replace(day=d))),
            method("atZone", (ZONE,), ZDT, lambda x, z: DT.ZonedDateTime(x.value.replace(tzinfo=_zone_arg(z)), _zone_arg(z))),
            method("isBefore", (LDT,), Z, lambda a, b: a.value < R.unbox(b).value),
            method("isAfter", (LDT,), Z, lambda a, b: a.value > R.unbox(b).value),
            method("isEqual", (LDT,), Z, lambda a, b: a.value == R.unbox(b).value),
            method("compareTo", (LDT,), I, _cmp),
            method("format", (DTF,), S, _fmt),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("hashCode", (), I, lambda x: R.w32(hash(x.value))),
            method("toString", (), S, DT.LocalDateTime.java_to_string),
        ],
    )


def _local_time(reg: Registry) -> None:
    reg.define(
        LT,
        supers=(TEMPORAL, COMPARABLE, SER),
        python_types=(DT.LocalTime,),
        fields=[StaticField("MIDNIGHT", LT, DT.LocalTime(_dt.time())), StaticField("NOON", LT, DT.LocalTime(_dt.time(12))),
                StaticField("MIN", LT, DT.LocalTime(_dt.time())), StaticField("MAX", LT, DT.LocalTime(_dt.time.max))],
        members=[
            static("now", (), LT, lambda env: DT.LocalTime(_now(env).time()), env=True),
            static("of", (I, I), LT, lambda h, m: DT.LocalTime(_time(h, m))),
            static("of", (I, I, I), LT, lambda h, m, s: DT.LocalTime(_time(h, m, s))),
            static("parse", (CS,), LT, _parse_time),
            static("parse", (CS, DTF), LT, _parse_time),
            method("getHour", (), I, lambda x: x.value.hour),
            method("getMinute", (), I, lambda x: x.value.minute),
            method("getSecond", (), I, lambda x: x.value.second),
            method("getNano", (), I, lambda x: x.value.microsecond * 1000),
            method("toSecondOfDay", (), I, lambda x: x.value.hour * 3600 + x.value.minute * 60 + x.value.second),
            method("plusHours", (J,), LT, lambda x, n: _plus_time(x, hours=n)),
            method("plusMinutes", (J,), LT, lambda x, n: _plus_time(x, minutes=n)),
            method("plusSeconds", (J,), LT, lambda x, n: _plus_time(x, seconds=n)),
            method("minusHours", (J,), LT, lambda x, n: _plus_time(x, hours=-n)),
            method("minusMinutes", (J,), LT, lambda x, n: _plus_time(x, minutes=-n)),
            method("isBefore", (LT,), Z, lambda a, b: a.value < R.unbox(b).value),
            method("isAfter", (LT,), Z, lambda a, b: a.value > R.unbox(b).value),
            method("compareTo", (LT,), I, _cmp),
            method("format", (DTF,), S, _fmt),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("toString", (), S, DT.LocalTime.java_to_string),
        ],
    )


def _time(h: int, m: int, s: int = 0) -> _dt.time:
    try:
        return _dt.time(h, m, s)
    except ValueError as exc:
        raise DT.DateTimeException(str(exc)) from None


def _zdt_of_instant(instant: Any, zone: Any) -> DT.ZonedDateTime:
    tz = _zone_arg(zone)
    return DT.ZonedDateTime(R.unbox(instant).to_datetime().astimezone(tz), tz)


def _zdt_to_instant(z: DT.ZonedDateTime) -> DT.Instant:
    return DT.Instant.of_datetime(z.value)


def _instant_and_zones(reg: Registry) -> None:
    reg.define(
        INSTANT,
        supers=(TEMPORAL, COMPARABLE, SER),
        python_types=(DT.Instant,),
        fields=[StaticField("EPOCH", INSTANT, DT.Instant(0))],
        members=[
            static("now", (), INSTANT, lambda env: DT.Instant.of_datetime(DT.now(env)), env=True),
            static("ofEpochMilli", (J,), INSTANT, lambda ms: DT.Instant(ms * 1_000_000)),
            static("ofEpochSecond", (J,), INSTANT, lambda s: DT.Instant(s * 1_000_000_000)),
            static("ofEpochSecond", (J, J), INSTANT, lambda s, n: DT.Instant(s * 1_000_000_000 + n)),
            static("parse", (CS,), INSTANT, DT.parse_instant),
            method("toEpochMilli", (), J, DT.Instant.to_epoch_milli),
            method("getEpochSecond", (), J, lambda i: i.nanos // 1_000_000_000),
            method("getNano", (), I, lambda i: i.nanos % 1_000_000_000),
            method("plusMillis", (J,), INSTANT, lambda i, n: DT.Instant(i.nanos + n * 1_000_000)),
            method("plusSeconds", (J,), INSTANT, lambda i, n: DT.Instant(i.nanos + n * 1_000_000_000)),
            method("minusMillis", (J,), INSTANT, lambda i, n: DT.Instant(i.nanos - n * 1_000_000)),
            method("minusSeconds", (J,), INSTANT, lambda i, n: DT.Instant(i.nanos - n * 1_000_000_000)),
            method("plus", (J, TUNIT), INSTANT, lambda i, n, u: _instant_plus(i, n, u)),
            method("minus", (J, TUNIT), INSTANT, lambda i, n, u: _instant_plus(i, -n, u)),
            method("atZone", (ZONE,), ZDT, _zdt_of_instant),
            method("isBefore", (INSTANT,), Z, lambda a, b: a.nanos < R.unbox(b).nanos),
            method("isAfter", (INSTANT,), Z, lambda a, b: a.nanos > R.unbox(b).nanos),
            method("compareTo", (INSTANT,), I, lambda a, b: (a.nanos > R.unbox(b).nanos) - (a.nanos < b.nanos)),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("hashCode", (), I, lambda i: R.w32(hash(i.nanos))),
            method("toString", (), S, DT.Instant.java_to_string),
        ],
    )
    reg.define(
        ZONE,
        supers=(O, SER),
        python_types=(_dt.tzinfo,),
        members=[
            static("of", (S,), ZONE, DT.zone_of),
            static("systemDefault", (), ZONE, lambda env: env.timezone, env=True),
            method("getId", (), S, DT.zone_to_string),
            method("toString", (), S, DT.zone_to_string),
            method("equals", (O,), Z, lambda a, b: a == b),
        ],
    )
    reg.define(
        OFFSET,
        supers=(ZONE, COMPARABLE),
        fields=[StaticField("UTC", OFFSET, DT.UTC)],
        members=[
            static("of", (S,), OFFSET, DT.zone_of),
            static("ofHours", (I,), OFFSET, lambda h: _dt.timezone(_dt.timedelta(hours=h)) if h else DT.UTC),
            method("getTotalSeconds", (), I, lambda z: int((z.utcoffset(None) or _dt.timedelta(0)).total_seconds())),
        ],
    )
    reg.define(
        ZDT,
        supers=(TEMPORAL, COMPARABLE, SER),
        python_types=(DT.ZonedDateTime,),
        members=[
            static("now", (), ZDT, lambda env: DT.ZonedDateTime(_now(env), env.timezone), env=True),
            static("now", (ZONE,), ZDT, lambda env, z: DT.ZonedDateTime(DT.now(env).astimezone(_zone_arg(z)), _zone_arg(z)), env=True),
            static("ofInstant", (INSTANT, ZONE), ZDT, _zdt_of_instant),
            static("of", (LDT, ZONE), ZDT, lambda x, z: DT.ZonedDateTime(R.unbox(x).value.replace(tzinfo=_zone_arg(z)), _zone_arg(z))),
            static("of", (LD, LT, ZONE), ZDT, lambda d, t, z: DT.ZonedDateTime(_dt.datetime.combine(R.unbox(d).value, R.unbox(t).value, tzinfo=_zone_arg(z)), _zone_arg(z))),
            method("toInstant", (), INSTANT, _zdt_to_instant),
            method("toLocalDate", (), LD, lambda z: DT.LocalDate(z.value.date())),
            method("toLocalDateTime", (), LDT, lambda z: DT.LocalDateTime(z.value.replace(tzinfo=None))),
            method("toLocalTime", (), LT, lambda z: DT.LocalTime(z.value.time())),
            method("toEpochSecond", (), J, lambda z: int((z.value - DT.EPOCH).total_seconds() // 1)),
            method("getZone", (), ZONE, lambda z: z.zone),
            method("getYear", (), I, lambda z: z.value.year),
            method("getMonthValue", (), I, lambda z: z.value.month),
            method("getDayOfMonth", (), I, lambda z: z.value.day),
            method("getDayOfWeek", (), DOW, lambda z: DT.DayOfWeek(z.value.isoweekday())),
            method("getHour", (), I, lambda z: z.value.hour),
            method("getMinute", (), I, lambda z: z.value.minute),
            method("getSecond", (), I, lambda z: z.value.second),
            method("withZoneSameInstant", (ZONE,), ZDT, lambda z, zone: DT.ZonedDateTime(z.value.astimezone(_zone_arg(zone)), _zone_arg(zone))),
            method("plusDays", (J,), ZDT, lambda z, n: _zdt_wall(z, days=n)),
            method("plusHours", (J,), ZDT, lambda z, n: _zdt_abs(z, hours=n)),
            method("minusDays", (J,), ZDT, lambda z, n: _zdt_wall(z, days=-n)),
            method("isBefore", (ZDT,), Z, lambda a, b: a.value < R.unbox(b).value),
            method("isAfter", (ZDT,), Z, lambda a, b: a.value > R.unbox(b).value),
            method("format", (DTF,), S, _fmt),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("toString", (), S, DT.ZonedDateTime.java_to_string),
        ],
    )


def _zdt_wall(z: DT.ZonedDateTime, **delta: int) -> DT.ZonedDateTime:
    wall = z.value.replace(tzinfo=None) + _dt.timedelta(**delta)
    return DT.ZonedDateTime(wall.replace(tzinfo=z.zone).astimezone(z.zone), z.zone)


def _zdt_abs(z: DT.ZonedDateTime, **delta: int) -> DT.ZonedDateTime:
    moment = z.value.astimezone(DT.UTC) + _dt.timedelta(**delta)
    return DT.ZonedDateTime(moment.astimezone(z.zone), z.zone)


def _instant_plus(i: DT.Instant, n: int, unit: DT.ChronoUnit) -> DT.Instant:
    size = unit.value[1] or (86400 * 1_000_000_000 if unit is DT.ChronoUnit.DAYS else 0)
    if not size:
        raise R.JavaException(f"java.time.temporal.UnsupportedTemporalTypeException: Unsupported unit: {unit.value[0]}")
    return DT.Instant(i.nanos + n * size)


def _amounts(reg: Registry) -> None:
    reg.define(
        DUR,
        supers=(AMOUNT, COMPARABLE, SER),
        python_types=(DT.Duration,),
        fields=[StaticField("ZERO", DUR, DT.Duration(0))],
        members=[
            static("between", (TEMPORAL, TEMPORAL), DUR, DT.duration_between),
            static("ofDays", (J,), DUR, lambda n: DT.Duration(n * 86400 * 1_000_000_000)),
            static("ofHours", (J,), DUR, lambda n: DT.Duration(n * 3600 * 1_000_000_000)),
            static("ofMinutes", (J,), DUR, lambda n: DT.Duration(n * 60 * 1_000_000_000)),
            static("ofSeconds", (J,), DUR, lambda n: DT.Duration(n * 1_000_000_000)),
            static("ofMillis", (J,), DUR, lambda n: DT.Duration(n * 1_000_000)),
            method("toDays", (), J, lambda d: _trunc(d.nanos, 86400 * 1_000_000_000)),
            method("toHours", (), J, lambda d: _trunc(d.nanos, 3600 * 1_000_000_000)),
            method("toMinutes", (), J, lambda d: _trunc(d.nanos, 60 * 1_000_000_000)),
            method("getSeconds", (), J, lambda d: d.nanos // 1_000_000_000),
            method("toSeconds", (), J, lambda d: d.nanos // 1_000_000_000),
            method("toMillis", (), J, lambda d: d.nanos // 1_000_000),
            method("getNano", (), I, lambda d: d.nanos % 1_000_000_000),
            method("isNegative", (), Z, lambda d: d.nanos < 0),
            method("isZero", (), Z, lambda d: d.nanos == 0),
            method("plus", (DUR,), DUR, lambda a, b: DT.Duration(a.nanos + R.unbox(b).nanos)),
            method("minus", (DUR,), DUR, lambda a, b: DT.Duration(a.nanos - R.unbox(b).nanos)),
            method("negated", (), DUR, lambda d: DT.Duration(-d.nanos)),
            method("abs", (), DUR, lambda d: DT.Duration(abs(d.nanos))),
            method("compareTo", (DUR,), I, lambda a, b: (a.nanos > R.unbox(b).nanos) - (a.nanos < b.nanos)),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("toString", (), S, DT.Duration.java_to_string),
        ],
    )
    reg.define(
        PER,
        supers=(AMOUNT, SER),
        python_types=(DT.Period,),
        fields=[StaticField("ZERO", PER, DT.Period(0, 0, 0))],
        members=[
            static("between", (LD, LD), PER, lambda a, b: DT.period_between(R.unbox(a).value, R.unbox(b).value)),
            static("of", (I, I, I), PER, DT.Period),
            static("ofDays", (I,), PER, lambda n: DT.Period(0, 0, n)),
            static("ofMonths", (I,), PER, lambda n: DT.Period(0, n, 0)),
            static("ofYears", (I,), PER, lambda n: DT.Period(n, 0, 0)),
            method("getYears", (), I, lambda p: p.years),
            method("getMonths", (), I, lambda p: p.months),
            method("getDays", (), I, lambda p: p.days),
            method("toTotalMonths", (), J, lambda p: p.years * 12 + p.months),
            method("isNegative", (), Z, lambda p: p.years < 0 or p.months < 0 or p.days < 0),
            method("isZero", (), Z, lambda p: not (p.years or p.months or p.days)),
            method("equals", (O,), Z, lambda a, b: a == b),
            method("toString", (), S, DT.Period.java_to_string),
        ],
    )


def _trunc(a: int, b: int) -> int:
    q = abs(a) // b
    return q if a >= 0 else -q


def _enum_members(kind: str, cls: Any, to_string: Any = None) -> list[Any]:
    return [
        method("name", (), S, lambda e: e.name),
        method("toString", (), S, to_string or (lambda e: e.name)),
        method("ordinal", (), I, lambda e: list(cls).index(e)),
        method("equals", (O,), Z, lambda a, b: a is b),
        method("compareTo", (kind,), I, lambda a, b: list(cls).index(a) - list(cls).index(R.unbox(b))),
        static("valueOf", (S,), kind, lambda name: _enum_value(cls, name)),
        static("values", (), kind + "[]", lambda: list(cls)),
    ]


def _enum_value(cls: Any, name: str) -> Any:
    try:
        return cls[R.unbox(name)]
    except KeyError:
        raise R.IllegalArgumentException(f"No enum constant {cls.__name__}.{name}") from None


def _enums(reg: Registry) -> None:
    for kind, cls in ((DOW, DT.DayOfWeek), (MONTH, DT.Month)):
        reg.define(
            kind,
            supers=(ACCESSOR, COMPARABLE, SER),
            python_types=(cls,),
            fields=[StaticField(e.name, kind, e) for e in cls],
            members=_enum_members(kind, cls) + [
                static("of", (I,), kind, lambda n, c=cls: _enum_of(c, n)),
                method("getValue", (), I, lambda e: e.value),
                method("plus", (J,), kind, lambda e, n: e.plus(n)),
                method("minus", (J,), kind, lambda e, n: e.plus(-n)),
                method("getDisplayName", (STYLE, LOCALE), S, lambda e, style, loc: e.display_name(R.unbox(style), R.unbox(loc))),
            ],
        )
    reg.get(MONTH).methods.setdefault("length", []).append(method("length", (Z,), I, DT.Month.length))  # type: ignore[union-attr]
    reg.define(
        STYLE,
        supers=(O,),
        python_types=(DT.TextStyle,),
        fields=[StaticField(e.name, STYLE, e) for e in DT.TextStyle],
        members=_enum_members(STYLE, DT.TextStyle),
    )
    reg.define(
        UNIT,
        supers=(TUNIT, COMPARABLE, SER),
        python_types=(DT.ChronoUnit,),
        fields=[StaticField(e.name, UNIT, e) for e in DT.ChronoUnit],
        members=_enum_members(UNIT, DT.ChronoUnit, DT.ChronoUnit.java_to_string) + [
            method("between", (TEMPORAL, TEMPORAL), J, DT.ChronoUnit.between),
        ],
    )


def _enum_of(cls: Any, n: int) -> Any:
    try:
        return cls(n)
    except ValueError:
        raise DT.DateTimeException(f"Invalid value for {cls.__name__}: {n}") from None


def _formatter(reg: Registry) -> None:
    iso = [StaticField(name, DTF, DT.DateTimeFormatter("", "en_US", None, name)) for name in DT.ISO_FORMATTERS]
    reg.define(
        DTF,
        supers=(O,),
        python_types=(DT.DateTimeFormatter,),
        fields=iso,
        members=[
            static("ofPattern", (S,), DTF, lambda env, p: DT.of_pattern(p, None, env), env=True),
            static("ofPattern", (S, LOCALE), DTF, lambda env, p, loc: DT.of_pattern(p, R.unbox(loc), env), env=True),
            method("format", (ACCESSOR,), S, DT.DateTimeFormatter.format),
            method("withLocale", (LOCALE,), DTF, DT.DateTimeFormatter.with_locale),
            method("withZone", (ZONE,), DTF, DT.DateTimeFormatter.with_zone),
            method("getLocale", (), LOCALE, lambda f: U.Locale.parse(f.locale)),
            method("getZone", (), ZONE, lambda f: f.zone),
            method("toString", (), S, DT.DateTimeFormatter.java_to_string),
        ],
    )


__all__ = ["register", "DATE", "constructor"]
