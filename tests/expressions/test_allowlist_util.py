"""java.util / java.sql through compiled expressions.  Expected values were produced by
Java 17 (jshell, -Duser.timezone=Europe/Bucharest unless said otherwise, en_US)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.expressions import runtime as R
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.javalib import dates as DT
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.expressions.runtime import Env, Scope

UTC = dt.UTC
D = dt.datetime(2017, 7, 14, 2, 40, 0, 123000, tzinfo=UTC)  # new Date(1500000000123L)

FIELDS = {
    "d": "java.util.Date", "ts": "java.sql.Timestamp", "sd": "java.sql.Date", "st": "java.sql.Time",
    "l": "java.util.List", "al": "java.util.ArrayList", "m": "java.util.Map", "s": "java.util.Set",
    "o": "java.lang.Object", "n": "java.lang.Integer", "str": "java.lang.String", "c": "java.util.Collection",
}
PARAMS = {"REPORT_LOCALE": "java.util.Locale", "REPORT_TIME_ZONE": "java.util.TimeZone",
          "REPORT_PARAMETERS_MAP": "java.util.Map"}


def ev(text: str, tz: str = "Europe/Bucharest", locale: str = "en_US", **values: object) -> object:
    compiler = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, params=PARAMS, variables={}))
    fields = {"d": D, "l": [3, 1, 2], "m": {"a": 1, "b": None}, "s": {1, 2}}
    fields.update(values)
    params = {"REPORT_LOCALE": U.Locale("en", "US"), "REPORT_TIME_ZONE": U.time_zone(tz),
              "REPORT_PARAMETERS_MAP": {"x": 1}}
    env = Env(locale=locale, timezone=ZoneInfo(tz))
    return compiler.compile(Expression(text)).evaluate(Scope(fields, {}, params, env))


# --- java.util.Date -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new Date(1500000000123L).getTime()", 1500000000123),
        ("$F{d}.getTime()", 1500000000123),
        ("$F{d}.getYear()", 117),
        ("$F{d}.getMonth()", 6),
        ("$F{d}.getDate()", 14),
        ("$F{d}.getDay()", 5),
        ("$F{d}.getHours()", 5),
        ("$F{d}.getMinutes()", 40),
        ("$F{d}.getSeconds()", 0),
        ("$F{d}.getTimezoneOffset()", -180),
        ("new Date(120, 0, 5).getTime()", 1578175200000),
        ("new Date(120, 13, 35, 25, 61, 70).getTime()", 1615161730000),
        ("new Date(0).toString()", "Thu Jan 01 02:00:00 EET 1970"),
        ("new Date(5).compareTo(new Date(3))", 1),
        ("new Date(3).compareTo(new Date(5))", -1),
        ("new Date(3).equals(new Date(3))", True),
        ("new Date(3).equals(new Date(4))", False),
        ("new Date(3).equals(\"x\")", False),
        ("new Date(5).equals(new java.sql.Timestamp(5))", True),
        ("new java.sql.Timestamp(5).equals(new java.sql.Timestamp(5))", True),
        ("$F{d}.after(new Date(0))", True),
        ("$F{d}.before(new Date(0))", False),
        ("new Date(0).before($F{d})", True),
        ("$F{d}.toInstant().toString()", "2017-07-14T02:40:00.123Z"),
        ("Date.from(java.time.Instant.ofEpochMilli(42L)).getTime()", 42),
        ("new Date(1000L).hashCode()", 1000),
        ("((java.util.Date) $F{d}).getTime()", 1500000000123),
    ],
)
def test_date(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_new_date_is_now() -> None:
    before = dt.datetime.now(UTC) - dt.timedelta(seconds=1)
    value = ev("new Date()")
    assert isinstance(value, dt.datetime) and value.tzinfo is not None
    assert before <= value <= dt.datetime.now(UTC) + dt.timedelta(seconds=1)
    assert value.microsecond % 1000 == 0  # millisecond precision


def test_clock_fixes_now() -> None:
    DT.CLOCK = lambda: dt.datetime(2020, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)
    try:
        assert ev("new java.util.Date().getTime()") == 1577934245678
        assert ev("Calendar.getInstance().get(Calendar.YEAR)") == 2020
    finally:
        DT.CLOCK = None


def test_date_arithmetic_on_gettime() -> None:
    assert ev("(1 + (int) (($F{d}.getTime() - new Date(0).getTime() - 1) / 3600000))") == 416667


# --- java.sql ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new java.sql.Date(1500000000123L).toString()", "2017-07-14"),
        ("new java.sql.Timestamp(1500000000123L).toString()", "2017-07-14 05:40:00.123"),
        ("new java.sql.Time(1500000000123L).toString()", "05:40:00"),
        ("java.sql.Date.valueOf(\"2020-01-05\").getTime()", 1578175200000),
        ("java.sql.Time.valueOf(\"10:20:30\").getTime()", 30030000),
        ("java.sql.Timestamp.valueOf(\"2020-01-05 10:20:30.5\").getTime()", 1578212430500),
        ("java.sql.Timestamp.valueOf(\"2020-01-05 10:20:30.5\").toString()", "2020-01-05 10:20:30.5"),
        ("java.sql.Timestamp.valueOf(\"2020-01-05 10:20:30\").toString()", "2020-01-05 10:20:30.0"),
        ("new java.sql.Timestamp(1500000000000L).getNanos()", 0),
        ("new java.sql.Timestamp(1500000000123L).getNanos()", 123000000),
        ("java.sql.Date.valueOf(\"2020-01-05\").getYear()", 120),
        ("java.sql.Date.valueOf(\"2020-01-05\").toLocalDate().toString()", "2020-01-05"),
        ("$F{sd}.toString()", "2021-03-04"),
        ("$F{sd}.getTime()", 1614808800000),
        ("$F{st}.toString()", "10:20:30"),
        ("$F{ts}.toString()", "2017-07-14 05:40:00.123"),
        ("$F{ts}.getTime()", 1500000000123),
        ("$F{ts}.toLocalDateTime().toString()", "2017-07-14T05:40:00.123"),
    ],
)
def test_sql_dates(expr: str, expected: object) -> None:
    assert ev(expr, sd=dt.date(2021, 3, 4), st=dt.time(10, 20, 30), ts=DT.as_timestamp(D)) == expected


def test_sql_value_of_rejects() -> None:
    with pytest.raises(R.IllegalArgumentException):
        ev('java.sql.Date.valueOf("2020/01/05")')
    with pytest.raises(R.IllegalArgumentException):
        ev('java.sql.Timestamp.valueOf("2020-01-05")')


def test_timestamp_value_is_a_datetime() -> None:
    value = ev("new java.sql.Timestamp(1500000000123L)")
    assert isinstance(value, dt.datetime) and isinstance(value, DT.Timestamp)
    assert value == D


def test_sql_date_values_are_java_util_dates() -> None:
    # java.sql.Date is a java.util.Date: casts and Date methods accept it
    assert ev("((java.util.Date) $F{o}).getTime()", o=dt.date(2020, 1, 5)) == 1578175200000
    assert ev("$F{d}.getTime()", d=dt.date(2020, 1, 5)) == 1578175200000


# --- Calendar --------------------------------------------------------------------------------------

def cal(body: str, tz: str = "GMT") -> object:
    return ev(body, tz=tz)


@pytest.mark.parametrize(
    "field, expected",
    [("YEAR", 2017), ("MONTH", 6), ("DAY_OF_MONTH", 14), ("DATE", 14), ("DAY_OF_WEEK", 6), ("DAY_OF_YEAR", 195),
     ("WEEK_OF_YEAR", 28), ("WEEK_OF_MONTH", 3), ("HOUR", 2), ("AM_PM", 0), ("HOUR_OF_DAY", 2),
     ("DAY_OF_WEEK_IN_MONTH", 2), ("ERA", 1), ("ZONE_OFFSET", 0), ("MILLISECOND", 123), ("MINUTE", 40)],
)
def test_calendar_get(field: str, expected: int) -> None:
    expr = ("((java.util.Calendar) java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(\"GMT\"), java.util.Locale.US))"
            ".get(java.util.Calendar." + field + ")")
    # the calendar is "now": set it first through a GregorianCalendar
    value = ev(expr.replace("java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(\"GMT\"), java.util.Locale.US)",
                            "$F{o}"), tz="GMT", o=_calendar_at(1500000000123, "GMT", "en_US"))
    assert value == expected


def _calendar_at(ms: int, tz: str, locale: str) -> DT.Calendar:
    return DT.Calendar(ZoneInfo(tz), locale, ms)


def test_calendar_fields_in_zone() -> None:
    c = _calendar_at(1500000000123, "Europe/Bucharest", "en_US")
    assert ev("((Calendar) $F{o}).get(Calendar.HOUR_OF_DAY)", o=c) == 5
    assert ev("((Calendar) $F{o}).get(Calendar.ZONE_OFFSET)", o=c) == 7200000
    assert ev("((Calendar) $F{o}).get(Calendar.DST_OFFSET)", o=c) == 3600000
    assert ev("((Calendar) $F{o}).getFirstDayOfWeek()", o=c) == 1
    assert ev("((Calendar) $F{o}).getTimeZone().getID()", o=c) == "Europe/Bucharest"


def run_calendar(steps: list[str], tz: str = "GMT", locale: str = "en_US", ms: int = 1500000000123) -> DT.Calendar:
    c = _calendar_at(ms, tz, locale)
    for step in steps:
        ev(f"((Calendar) $F{{o}}).{step}", tz=tz, o=c)
    return c


def _utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def test_calendar_sequence_like_java() -> None:
    """One GregorianCalendar (GMT, en_US) through a sequence of calls, as in Java."""
    c = _calendar_at(1500000000123, "GMT", "en_US")

    def do(step: str) -> object:
        return ev(f"((Calendar) $F{{o}}).{step}", tz="GMT", o=c)

    def at() -> dt.datetime:
        return DT.from_millis(c.millis())

    do("set(Calendar.DAY_OF_MONTH, 31)")
    do("set(Calendar.MONTH, Calendar.FEBRUARY)")
    assert at() == _utc(2017, 3, 3, 2, 40, 0, 123000)  # Feb 31 resolved leniently
    do("setTimeInMillis(1500000000123L)")
    do("add(Calendar.MONTH, 7)")
    assert at() == _utc(2018, 2, 14, 2, 40, 0, 123000)
    do("set(2020, 0, 31)")
    do("add(Calendar.MONTH, 1)")
    assert at() == _utc(2020, 2, 29, 2, 40, 0, 123000)  # pinned to the month's end
    assert do("getActualMaximum(Calendar.DAY_OF_MONTH)") == 29
    assert do("getActualMaximum(Calendar.DAY_OF_YEAR)") == 366
    do("set(2020, 11, 31, 23, 59, 59)")
    do("add(Calendar.SECOND, 2)")
    assert at() == _utc(2021, 1, 1, 0, 0, 1, 123000)
    assert do("get(Calendar.WEEK_OF_YEAR)") == 1
    do("set(2021, 0, 1)")
    assert do("get(Calendar.WEEK_OF_YEAR)") == 1
    assert do("get(Calendar.DAY_OF_WEEK)") == 6
    do("set(2021, 0, 13)")
    do("set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY)")
    assert at() == _utc(2020, 12, 27, 0, 0, 1, 123000)  # Java resolves with the stale week
    do("set(2021, 0, 13, 10, 0, 0)")
    do("set(Calendar.HOUR, 3)")
    assert at() == _utc(2021, 1, 13, 3, 0, 0, 123000)
    do("set(Calendar.AM_PM, Calendar.PM)")
    assert at() == _utc(2021, 1, 13, 15, 0, 0, 123000)
    do("set(2021, 0, 13)")
    do("set(Calendar.DAY_OF_YEAR, 100)")
    assert at() == _utc(2021, 4, 10, 15, 0, 0, 123000)
    do("set(2021, 0, 13)")
    do("add(Calendar.DAY_OF_MONTH, -20)")
    assert at() == _utc(2020, 12, 24, 15, 0, 0, 123000)
    do("clear()")
    assert c.millis() == 0


def test_calendar_stale_week_fields_like_java() -> None:
    # Java: after a read, set(y, m, d) then set(DAY_OF_WEEK) resolves with the old week
    de = run_calendar(["set(2021, 0, 1)", "get(Calendar.WEEK_OF_YEAR)", "set(2021, 0, 13)",
                       "set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY)"], locale="de_DE")
    assert DT.from_millis(de.millis()).date() == dt.date(2021, 1, 3)


def test_calendar_week_numbers() -> None:
    us = run_calendar(["set(2021, 0, 1)"])
    assert ev("((Calendar) $F{o}).get(Calendar.WEEK_OF_YEAR)", tz="GMT", o=us) == 1
    assert ev("((Calendar) $F{o}).get(Calendar.DAY_OF_WEEK)", tz="GMT", o=us) == 6
    de = run_calendar(["set(2021, 0, 1)"], locale="de_DE")
    assert ev("((Calendar) $F{o}).get(Calendar.WEEK_OF_YEAR)", tz="GMT", o=de) == 53
    assert ev("((Calendar) $F{o}).getFirstDayOfWeek()", tz="GMT", o=de) == 2
    assert ev("((Calendar) $F{o}).getMinimalDaysInFirstWeek()", tz="GMT", o=de) == 4


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new GregorianCalendar(2020, 0, 31).getTime().getTime()", 1580421600000),
        ("new GregorianCalendar(2020, 0, 31, 10, 5).getTimeInMillis()", 1580457900000),
        ("new GregorianCalendar(2020, 1, 30).getTime().getTime()", 1583013600000),
        ("new GregorianCalendar().isLeapYear(2000)", True),
        ("new GregorianCalendar().isLeapYear(1900)", False),
        ("new GregorianCalendar(2020, 1, 29).getActualMaximum(Calendar.DAY_OF_MONTH)", 29),
        ("new GregorianCalendar(2021, 1, 1).getActualMaximum(Calendar.DAY_OF_MONTH)", 28),
        ("new GregorianCalendar(2020, 1, 1).getActualMaximum(Calendar.DAY_OF_YEAR)", 366),
        ("new GregorianCalendar(2021, 1, 28).getActualMaximum(Calendar.WEEK_OF_YEAR)", 52),
        ("new GregorianCalendar(2021, 1, 28).getActualMaximum(Calendar.DAY_OF_WEEK_IN_MONTH)", 4),
        ("new GregorianCalendar(2021, 1, 28).getActualMaximum(Calendar.WEEK_OF_MONTH)", 5),
        ("new GregorianCalendar(2021, 1, 28).getActualMaximum(Calendar.MONTH)", 11),
        ("new GregorianCalendar(2021, 1, 28).getActualMinimum(Calendar.DAY_OF_MONTH)", 1),
        ("Calendar.JANUARY + Calendar.DECEMBER", 11),
        ("Calendar.SUNDAY", 1),
        ("Calendar.SATURDAY", 7),
        ("Calendar.DAY_OF_MONTH == Calendar.DATE", True),
        ("new GregorianCalendar(2021, 0, 13).get(Calendar.DAY_OF_WEEK)", 4),
        ("new GregorianCalendar(2021, 0, 13).compareTo(new GregorianCalendar(2021, 0, 14))", -1),
        ("new GregorianCalendar(2021, 0, 13).before(new GregorianCalendar(2021, 0, 14))", True),
        ("new GregorianCalendar(2021, 0, 13).after(\"x\")", False),
    ],
)
def test_gregorian(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "steps, expected",
    [
        # no read between: the constructor's day of month wins over DAY_OF_WEEK alone
        (["set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY)"], 1610488800000),
        (["get(Calendar.YEAR)", "set(Calendar.DAY_OF_WEEK, Calendar.SUNDAY)"], 1610229600000),
        (["set(Calendar.DAY_OF_WEEK_IN_MONTH, -1)", "set(Calendar.DAY_OF_WEEK, Calendar.FRIDAY)"], 1611871200000),
        (["set(Calendar.WEEK_OF_YEAR, 10)"], 1610488800000),
        (["roll(Calendar.MONTH, 13)"], 1613167200000),
    ],
)
def test_gregorian_resolution(steps: list[str], expected: int) -> None:
    c = DT.gregorian(Env(timezone=ZoneInfo("Europe/Bucharest")), 2021, 0, 13)
    for step in steps:
        ev(f"((Calendar) $F{{o}}).{step}", o=c)
    assert c.millis() == expected


def test_calendar_dst() -> None:
    c = _calendar_at(1500000000123, "Europe/Bucharest", "en_US")
    for step, expected in (("set(2021, 2, 27, 12, 0, 0)", None), ("add(Calendar.DAY_OF_MONTH, 1)", 1616922000123),
                           ("add(Calendar.HOUR_OF_DAY, 24)", 1617008400123), ("set(2021, 2, 28, 3, 30, 0)", 1616895000123)):
        ev(f"((Calendar) $F{{o}}).{step}", o=c)
        if expected is not None:
            assert c.millis() == expected


def test_calendar_set_time_and_millis() -> None:
    assert ev("((Calendar) $F{o}).getTime().getTime()", o=_calendar_at(42, "GMT", "en_US")) == 42
    c = _calendar_at(0, "GMT", "en_US")
    ev("((Calendar) $F{o}).setTime($F{d})", o=c)
    assert c.millis() == 1500000000123
    ev("((Calendar) $F{o}).setTimeInMillis(5L)", o=c)
    assert ev("((Calendar) $F{o}).getTimeInMillis()", o=c) == 5


def test_calendar_instance_uses_report_zone_and_locale() -> None:
    assert ev("Calendar.getInstance().getTimeZone().getID()", tz="Asia/Tokyo") == "Asia/Tokyo"
    assert ev("Calendar.getInstance().getFirstDayOfWeek()", locale="de_DE") == 2
    assert ev("Calendar.getInstance(Locale.GERMANY).getFirstDayOfWeek()") == 2
    assert ev("Calendar.getInstance(TimeZone.getTimeZone(\"GMT+5\")).getTimeZone().getID()") == "GMT+05:00"


# --- TimeZone, Locale ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("TimeZone.getTimeZone(\"GMT+5\").getID()", "GMT+05:00"),
        ("TimeZone.getTimeZone(\"GMT-0530\").getID()", "GMT-05:30"),
        ("TimeZone.getTimeZone(\"GMT+0\").getID()", "GMT+00:00"),
        ("TimeZone.getTimeZone(\"Foo/Bar\").getID()", "GMT"),
        ("TimeZone.getTimeZone(\"GMT+24\").getID()", "GMT"),
        ("TimeZone.getTimeZone(\"EST\").getID()", "EST"),
        ("TimeZone.getTimeZone(\"PST\").getRawOffset()", -28800000),
        ("TimeZone.getTimeZone(\"UTC\").getID()", "UTC"),
        ("TimeZone.getDefault().getID()", "Europe/Bucharest"),
        ("TimeZone.getTimeZone(\"Europe/Bucharest\").getRawOffset()", 7200000),
        ("TimeZone.getTimeZone(\"Europe/Bucharest\").getOffset(1500000000123L)", 10800000),
        ("TimeZone.getTimeZone(\"Europe/Bucharest\").inDaylightTime($F{d})", True),
        ("TimeZone.getTimeZone(\"Asia/Kolkata\").useDaylightTime()", False),
        ("TimeZone.getTimeZone(\"GMT+05:30\").getRawOffset()", 19800000),
        ("$P{REPORT_TIME_ZONE}.getID()", "Europe/Bucharest"),
        ("TimeZone.getTimeZone(\"UTC\").equals(TimeZone.getTimeZone(\"UTC\"))", True),
    ],
)
def test_time_zone(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new Locale(\"ro\").getLanguage()", "ro"),
        ("new java.util.Locale(\"ro\").getLanguage()", "ro"),
        ("new Locale(\"EN\", \"us\").toString()", "en_US"),
        ("new Locale(\"\", \"US\").toString()", "_US"),
        ("new Locale(\"en\", \"\", \"WIN\").toString()", "en__WIN"),
        ("Locale.ROOT.toString()", ""),
        ("Locale.forLanguageTag(\"en-US\").toString()", "en_US"),
        ("Locale.forLanguageTag(\"pt-BR\").toString()", "pt_BR"),
        ("Locale.US.toLanguageTag()", "en-US"),
        ("new Locale(\"de\", \"CH\").toLanguageTag()", "de-CH"),
        ("new Locale(\"iw\").getLanguage()", "he"),
        ("Locale.US.getDisplayName(Locale.US)", "English (United States)"),
        ("new Locale(\"ro\").getDisplayName(new Locale(\"ro\"))", "română"),
        ("Locale.GERMANY.getDisplayName(Locale.GERMANY)", "Deutsch (Deutschland)"),
        ("Locale.FRANCE.getDisplayName(Locale.US)", "French (France)"),
        ("new Locale(\"es\", \"ES\").getDisplayName(new Locale(\"es\", \"ES\"))", "español (España)"),
        ("Locale.UK.getDisplayName(Locale.FRANCE)", "anglais (Royaume-Uni)"),
        ("new Locale(\"xx\", \"YY\").getDisplayName(Locale.US)", "xx (YY)"),
        ("new Locale(\"pt\", \"BR\").getDisplayName(new Locale(\"pt\", \"BR\"))", "português (Brasil)"),
        ("Locale.CHINA.getDisplayName(Locale.CHINA)", "中文 (中国)"),
        ("Locale.US.getDisplayLanguage()", "English"),
        ("Locale.US.getDisplayCountry()", "United States"),
        ("Locale.FRANCE.getDisplayLanguage()", "French"),
        ("Locale.FRANCE.getDisplayCountry(Locale.GERMANY)", "Frankreich"),
        ("Locale.CANADA_FRENCH.getDisplayName()", "French (Canada)"),
        ("Locale.ROOT.getDisplayName()", ""),
        ("new Locale(\"\", \"FR\").getDisplayName()", "France"),
        ("Locale.TAIWAN.getDisplayName(Locale.US)", "Chinese (Taiwan)"),
        ("Locale.getDefault().toString()", "en_US"),
        ("$P{REPORT_LOCALE}.getDisplayName($P{REPORT_LOCALE})", "English (United States)"),
        ("$P{REPORT_LOCALE}.getCountry()", "US"),
        ("Locale.US.equals(new Locale(\"en\", \"US\"))", True),
        ("Locale.US == Locale.US", True),
        ("\"\" + Locale.GERMANY", "de_DE"),
        ("Locale.ITALY.getCountry() + Locale.JAPAN.getLanguage() + Locale.CANADA", "ITjaen_CA"),
    ],
)
def test_locale(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_locale_default_is_report_locale() -> None:
    assert ev("Locale.getDefault().toString()", locale="fr_FR") == "fr_FR"
    assert ev("Locale.getDefault().getDisplayName()", locale="fr_FR") == "français (France)"


# --- collections ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new java.util.ArrayList()", []),
        ("new ArrayList().size()", 0),
        ("new ArrayList().isEmpty()", True),
        ("$F{l}.size()", 3),
        ("$F{l}.get(1)", 1),
        ("$F{l}.contains(2)", True),
        ("$F{l}.contains(7)", False),
        ("$F{l}.indexOf(2)", 2),
        ("$F{l}.indexOf(9)", -1),
        ("$F{l}.subList(1, 3)", [1, 2]),
        ("$F{l}.toString()", "[3, 1, 2]"),
        ("\"\" + $F{l}", "[3, 1, 2]"),
        ("$F{l}.hashCode()", 32707),
        ("Arrays.asList(1, 2, 3)", [1, 2, 3]),
        ("Arrays.asList(1, 2, 3).toString()", "[1, 2, 3]"),
        ("Arrays.asList(\"a\", \"b\").hashCode()", 4066),
        ("Arrays.asList(\"a\", null).toString()", "[a, null]"),
        ("Arrays.toString(new int[] {3, 1})", "[3, 1]"),
        ("Arrays.toString(new String[] {\"x\"})", "[x]"),
        ("Collections.max($F{l})", 3),
        ("Collections.min($F{l})", 1),
        ("Collections.emptyList().size()", 0),
        ("Collections.emptyList().toString()", "[]"),
        ("Collections.nCopies(2, \"x\").toString()", "[x, x]"),
        ("Collections.singletonList(5).get(0)", 5),
        ("Collections.frequency(Arrays.asList(1, 2, 1), 1)", 2),
        ("$F{m}.get(\"a\")", 1),
        ("$F{m}.get(\"zz\")", None),
        ("$F{m}.containsKey(\"b\")", True),
        ("$F{m}.containsValue(1)", True),
        ("$F{m}.getOrDefault(\"zz\", 7)", 7),
        ("$F{m}.size()", 2),
        ("$F{m}.keySet().toString()", "[a, b]"),
        ("$F{m}.values().toString()", "[1, null]"),
        ("$F{m}.entrySet().toString()", "[a=1, b=null]"),
        ("$F{m}.toString()", "{a=1, b=null}"),
        ("$F{m}.isEmpty()", False),
        ("$P{REPORT_PARAMETERS_MAP}.get(\"x\")", 1),
        ("$F{s}.contains(2)", True),
        ("$F{s}.size()", 2),
        ("new HashMap().isEmpty()", True),
        ("new TreeMap().isEmpty()", True),
        ("new java.util.HashSet($F{l}).size()", 3),
        ("new TreeSet($F{l}).toString()", "[1, 2, 3]"),
        ("new TreeSet(Arrays.asList(\"b\", \"a\", \"C\")).toString()", "[C, a, b]"),
        ("new TreeSet(Arrays.asList(\"b\", \"a\")).first()", "a"),
        ("new LinkedHashSet(Arrays.asList(3, 1, 3)).toString()", "[3, 1]"),
        ("new LinkedList($F{l}).getFirst()", 3),
        ("Arrays.asList(1, 2).equals(Arrays.asList(1, 2))", True),
        ("Arrays.asList(1, 2).equals(Arrays.asList(2, 1))", False),
        ("Collections.emptyMap().size()", 0),
        ("Map.of(\"a\", 1).hashCode()", 96),
        ("List.of(1, 2).size()", 2),
        ("$F{c}.size()", 2),
        ("$F{c}.contains(\"x\")", True),
    ],
)
def test_collections(expr: str, expected: object) -> None:
    assert ev(expr, c=["x", "y"]) == expected


def test_mutating_collections() -> None:
    lst: list[object] = [5, 1, 4]
    assert ev("$F{al}.add(7)", al=lst) is True
    assert lst == [5, 1, 4, 7]
    ev("$F{al}.add(0, 9)", al=lst)
    assert lst == [9, 5, 1, 4, 7]
    assert ev("$F{al}.remove(0)", al=lst) == 9  # remove(int)
    assert ev("$F{al}.remove(Integer.valueOf(7))", al=lst) is True  # remove(Object)
    assert lst == [5, 1, 4]
    assert ev("$F{al}.set(0, 8)", al=lst) == 5
    ev("Collections.sort($F{al})", al=lst)
    assert lst == [1, 4, 8]
    ev("Collections.reverse($F{al})", al=lst)
    assert lst == [8, 4, 1]
    assert ev("$F{al}.addAll(Arrays.asList(2, 3))", al=lst) is True
    assert lst == [8, 4, 1, 2, 3]
    ev("$F{al}.clear()", al=lst)
    assert lst == []
    mapping: dict[object, object] = {}
    assert ev("$F{m}.put(\"k\", 1)", m=mapping) is None
    assert ev("$F{m}.put(\"k\", 2)", m=mapping) == 1
    assert ev("$F{m}.remove(\"k\")", m=mapping) == 2
    assert mapping == {}
    tree = U.TreeMap()
    ev("$F{m}.put(\"b\", 1)", m=tree)
    ev("$F{m}.put(\"a\", 2)", m=tree)
    assert ev("$F{m}.toString()", m=tree) == "{a=2, b=1}"
    assert ev("((TreeMap) $F{m}).firstKey()", m=tree) == "a"
    values: set[object] = set()
    assert ev("$F{s}.add(1)", s=values) is True
    assert ev("$F{s}.add(1)", s=values) is False
    assert ev("$F{s}.remove(1)", s=values) is True and values == set()


def test_immutable_set_refuses_changes() -> None:
    # a caller may pass a frozenset for a java.util.Set: like an immutable Java set, it throws
    with pytest.raises(R.UnsupportedOperationException):
        ev("$F{s}.add(2)", s=frozenset({1}))
    with pytest.raises(R.UnsupportedOperationException):
        ev("$F{s}.remove(1)", s=frozenset({1}))


def test_list_get_out_of_range() -> None:
    with pytest.raises(R.IndexOutOfBoundsException):
        ev("$F{l}.get(3)")
    with pytest.raises(R.JavaException):
        ev("Collections.max(new ArrayList())")


def test_iterator_and_entries() -> None:
    assert ev("$F{l}.iterator().hasNext()") is True
    assert ev("$F{l}.iterator().next()") == 3
    assert ev("((Map.Entry) $F{m}.entrySet().iterator().next()).getKey()") == "a"
    assert ev("((java.util.Map.Entry) $F{m}.entrySet().iterator().next()).getValue()") == 1


def test_dynamic_dispatch_on_collections() -> None:
    assert ev("$F{o}.size()", o=[1, 2]) == 2
    assert ev("$F{o}.get(\"a\")", o={"a": 5}) == 5
    assert ev("$F{o}.getTime()", o=D) == 1500000000123
    assert ev("$F{o}.getLanguage()", o=U.Locale("fr", "FR")) == "fr"


# --- UUID, Random --------------------------------------------------------------------------------

def test_uuid() -> None:
    assert len(ev("UUID.randomUUID().toString()")) == 36
    assert ev("UUID.randomUUID().toString()") != ev("UUID.randomUUID().toString()")
    assert ev("UUID.nameUUIDFromBytes(\"abc\".getBytes()).toString()") == "90015098-3cd2-3fb0-9696-3f7d28e17f72"
    assert ev("UUID.fromString(\"123e4567-e89b-12d3-a456-426614174000\").toString()") == "123e4567-e89b-12d3-a456-426614174000"
    with pytest.raises(R.IllegalArgumentException):
        ev("UUID.fromString(\"nope\")")


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new Random(42).nextInt(100)", 30),
        ("new Random(42).nextInt()", -1170105035),
        ("new Random(42).nextDouble()", 0.7275636800328681),
        ("new Random(42).nextLong()", -5025562857975149833),
        ("new Random(42).nextBoolean()", True),
        ("new Random(7).nextInt(10)", 6),
    ],
)
def test_random_is_javas_generator(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_random_float() -> None:
    assert abs(ev("new Random(7).nextFloat()") - 0.730699) < 1e-6  # type: ignore[operator]


def test_decimal_values_in_collections() -> None:
    assert ev("Arrays.asList(new BigDecimal(\"1.50\")).toString()") == "[1.50]"
    assert ev("Collections.max(Arrays.asList(new BigDecimal(\"1.5\"), new BigDecimal(\"2\")))") == Decimal("2")
