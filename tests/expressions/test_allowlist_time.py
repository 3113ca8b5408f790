"""java.time through compiled expressions.  Expected values from Java 17 (jshell,
-Duser.timezone=Europe/Bucharest, en_US)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.errors import ExpressionError
from jrxmlpy.expressions import runtime as R
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.javalib import dates as DT
from jrxmlpy.expressions.runtime import Env, Scope

UTC = dt.UTC


def ev(text: str, tz: str = "Europe/Bucharest", locale: str = "en_US", **fields: object) -> object:
    schema = Schema(fields={"s": "java.lang.String", "ld": "java.time.LocalDate", "o": "java.lang.Object"})
    compiler = ExpressionCompiler(default_registry(), schema)
    env = Env(locale=locale, timezone=ZoneInfo(tz))
    return compiler.compile(Expression(text)).evaluate(Scope(dict(fields), {}, {}, env))


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.LocalDate.of(2020, 1, 31).plusMonths(1).toString()", "2020-02-29"),
        ("java.time.LocalDate.of(2020, 2, 29).minusYears(4).toString()", "2016-02-29"),
        ("java.time.LocalDate.of(2020, 2, 29).plusYears(1).toString()", "2021-02-28"),
        ("java.time.LocalDate.parse(\"2021-03-04\").getDayOfWeek().toString()", "THURSDAY"),
        ("java.time.LocalDate.parse(\"2021-03-04\").getDayOfWeek().getValue()", 4),
        ("java.time.LocalDate.of(2021, 3, 4).getDayOfYear()", 63),
        ("java.time.LocalDate.of(2021, 3, 4).atStartOfDay().toString()", "2021-03-04T00:00"),
        ("java.time.LocalDate.of(2021, 3, 4).lengthOfMonth()", 31),
        ("java.time.LocalDate.ofEpochDay(18000L).toString()", "2019-04-14"),
        ("java.time.LocalDate.of(2021, 3, 4).compareTo(java.time.LocalDate.of(2020, 5, 6))", 1),
        ("java.time.LocalDate.of(2021, 3, 4).until(java.time.LocalDate.of(2022, 1, 1)).toString()", "P9M28D"),
        ("java.time.LocalDate.of(2021, 3, 4).getYear()", 2021),
        ("java.time.LocalDate.of(2021, 3, 4).getMonthValue()", 3),
        ("java.time.LocalDate.of(2021, 3, 4).getMonth().toString()", "MARCH"),
        ("java.time.LocalDate.of(2021, 3, 4).getDayOfMonth()", 4),
        ("java.time.LocalDate.of(2021, 3, 4).plusDays(30).toString()", "2021-04-03"),
        ("java.time.LocalDate.of(2021, 3, 4).minusDays(4).toString()", "2021-02-28"),
        ("java.time.LocalDate.of(2021, 3, 4).isBefore(java.time.LocalDate.of(2021, 3, 5))", True),
        ("java.time.LocalDate.of(2021, 3, 4).isAfter(java.time.LocalDate.of(2021, 3, 5))", False),
        ("java.time.LocalDate.of(2021, 3, 4).equals(java.time.LocalDate.parse(\"2021-03-04\"))", True),
        ("java.time.LocalDate.of(2021, 3, 4).withDayOfMonth(1).toString()", "2021-03-01"),
        ("java.time.LocalDate.of(2021, 3, 4).toEpochDay()", 18690),
        ("java.time.LocalDate.of(2024, 1, 1).isLeapYear()", True),
        ("java.time.LocalDate.of(2021, 3, 4).plus(2, java.time.temporal.ChronoUnit.WEEKS).toString()", "2021-03-18"),
        ("java.time.LocalDate.of(2021, 3, 4).plus(java.time.Period.ofMonths(1)).toString()", "2021-04-04"),
        ("\"\" + java.time.LocalDate.of(2021, 3, 4)", "2021-03-04"),
    ],
)
def test_local_date(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.LocalDateTime.of(2021, 3, 4, 5, 6).toString()", "2021-03-04T05:06"),
        ("java.time.LocalDateTime.of(2021, 3, 4, 5, 6, 7).toString()", "2021-03-04T05:06:07"),
        ("java.time.LocalDateTime.parse(\"2021-03-04T05:06:07.5\").toString()", "2021-03-04T05:06:07.500"),
        ("java.time.LocalDateTime.of(2021, 3, 4, 23, 0).plusHours(2).toString()", "2021-03-05T01:00"),
        ("java.time.LocalDateTime.of(2021, 3, 4, 23, 0).getHour()", 23),
        ("java.time.LocalDateTime.of(2021, 3, 4, 23, 0).toLocalDate().toString()", "2021-03-04"),
        ("java.time.LocalTime.of(23, 59).plusMinutes(2).toString()", "00:01"),
        ("java.time.LocalTime.parse(\"10:15:30\").toString()", "10:15:30"),
        ("java.time.LocalTime.NOON.toString()", "12:00"),
        ("java.time.LocalTime.of(10, 15).getMinute()", 15),
    ],
)
def test_local_date_time(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.Instant.ofEpochMilli(1500000000123L).toString()", "2017-07-14T02:40:00.123Z"),
        ("java.time.Instant.ofEpochSecond(0, 1).toString()", "1970-01-01T00:00:00.000000001Z"),
        ("java.time.Instant.ofEpochSecond(0, 1500).toString()", "1970-01-01T00:00:00.000001500Z"),
        ("java.time.Instant.parse(\"2024-01-15T10:30:00.5Z\").toEpochMilli()", 1705314600500),
        ("java.time.Instant.parse(\"2024-01-15T10:30:00+02:00\").toString()", "2024-01-15T08:30:00Z"),
        ("java.time.Instant.EPOCH.toString()", "1970-01-01T00:00:00Z"),
        ("java.time.ZonedDateTime.ofInstant(java.time.Instant.parse(\"2024-07-15T10:30:00Z\"), java.time.ZoneId.of(\"Europe/Berlin\")).toString()",
         "2024-07-15T12:30+02:00[Europe/Berlin]"),
        ("java.time.ZonedDateTime.ofInstant(java.time.Instant.parse(\"2024-01-15T10:30:00Z\"), java.time.ZoneId.of(\"+02:00\")).toString()",
         "2024-01-15T12:30+02:00"),
        ("java.time.ZoneId.of(\"UTC\").toString()", "UTC"),
        ("java.time.ZoneId.of(\"Z\").toString()", "Z"),
        ("java.time.ZoneId.systemDefault().toString()", "Europe/Bucharest"),
        ("java.time.ZoneId.systemDefault().getId()", "Europe/Bucharest"),
        ("java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneId.of(\"UTC\")).toString()", "1970-01-01T00:00Z[UTC]"),
        ("java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC).toString()", "1970-01-01T00:00Z"),
        ("java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneId.of(\"Europe/Berlin\")).getHour()", 1),
    ],
)
def test_instant_and_zones(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_corpus_date_from_zoned_instant() -> None:
    # from a real template: java.util.Date.from(ZonedDateTime.ofInstant(Instant.parse(...), zone).toInstant())
    value = ev('java.util.Date.from( java.time.ZonedDateTime.ofInstant(java.time.Instant.parse($F{s}), '
               'java.time.ZoneId.of("Europe/Berlin")).toInstant())', s="2024-01-15T10:30:00Z")
    assert value == dt.datetime(2024, 1, 15, 10, 30, tzinfo=UTC)
    assert ev("java.util.Date.from( java.time.Instant.parse( $F{s}))", s="2024-01-15T10:30:00.250Z").microsecond == 250000  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.Duration.ofMinutes(90).toString()", "PT1H30M"),
        ("java.time.Duration.ofMillis(1500).toString()", "PT1.5S"),
        ("java.time.Duration.ofSeconds(-90).toString()", "PT-1M-30S"),
        ("java.time.Duration.ofMillis(-1500).toString()", "PT-1.5S"),
        ("java.time.Duration.ZERO.toString()", "PT0S"),
        ("java.time.Duration.ofDays(2).toString()", "PT48H"),
        ("java.time.Duration.between(java.time.LocalDateTime.of(2021, 1, 1, 0, 0), java.time.LocalDateTime.of(2021, 1, 2, 1, 30)).toMinutes()", 1530),
        ("java.time.Period.between(java.time.LocalDate.of(2020, 1, 31), java.time.LocalDate.of(2021, 3, 1)).toString()", "P1Y1M1D"),
        ("java.time.Period.of(1, 0, 0).toString()", "P1Y"),
        ("java.time.Period.ZERO.toString()", "P0D"),
        ("java.time.Period.between(java.time.LocalDate.of(2020, 1, 31), java.time.LocalDate.of(2021, 3, 1)).getMonths()", 1),
    ],
)
def test_amounts(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2020, 1, 1))", -366),
        ("java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 3, 1))", 60),
        ("java.time.temporal.ChronoUnit.MONTHS.between(java.time.LocalDate.of(2021, 1, 31), java.time.LocalDate.of(2021, 2, 28))", 0),
        ("java.time.temporal.ChronoUnit.MONTHS.between(java.time.LocalDateTime.of(2021, 1, 31, 10, 0), java.time.LocalDateTime.of(2021, 2, 28, 11, 0))", 0),
        ("java.time.temporal.ChronoUnit.YEARS.between(java.time.LocalDate.of(2000, 2, 29), java.time.LocalDate.of(2021, 2, 28))", 20),
        ("java.time.temporal.ChronoUnit.WEEKS.between(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2021, 1, 15))", 2),
        ("java.time.temporal.ChronoUnit.HOURS.between(java.time.LocalDateTime.of(2021, 1, 1, 0, 0), java.time.LocalDateTime.of(2020, 12, 31, 22, 30))", -1),
        ("java.time.temporal.ChronoUnit.DAYS.toString()", "Days"),
        ("java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDateTime.of(2021, 1, 1, 12, 0), java.time.LocalDateTime.of(2021, 1, 3, 11, 0))", 1),
    ],
)
def test_chrono_unit(expr: str, expected: object) -> None:
    assert ev(expr) == expected


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.format.DateTimeFormatter.ofPattern(\"dd/MM/yy HH:mm:ss.SSS a\").format(java.time.LocalDateTime.of(2021, 3, 4, 15, 6, 7))",
         "04/03/21 15:06:07.000 PM"),
        ("java.time.format.DateTimeFormatter.ofPattern(\"EEEE d MMMM yyyy\", java.util.Locale.FRANCE).format(java.time.LocalDate.of(2021, 3, 4))",
         "jeudi 4 mars 2021"),
        ("java.time.format.DateTimeFormatter.ISO_LOCAL_DATE.format(java.time.LocalDate.of(2021, 3, 4))", "2021-03-04"),
        ("java.time.format.DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(java.time.LocalDateTime.of(2021, 3, 4, 5, 6))", "2021-03-04T05:06:00"),
        ("java.time.format.DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.of(2021, 3, 4))", "20210304"),
        ("java.time.format.DateTimeFormatter.ofPattern(\"h:mm a, Q qqq LLLL D\").format(java.time.LocalDateTime.of(2021, 11, 4, 0, 6))",
         "12:06 AM, 4 Q4 November 308"),
        ("java.time.format.DateTimeFormatter.ISO_INSTANT.format(java.time.Instant.ofEpochMilli(1500000000123L))", "2017-07-14T02:40:00.123Z"),
        ("java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneId.of(\"Europe/Berlin\")))",
         "1970-01-01T01:00:00+01:00"),
        ("java.time.format.DateTimeFormatter.ofPattern(\"yyyy-MM-dd'T'HH:mmXXX z zzzz O\").format(java.time.ZonedDateTime.ofInstant(java.time.Instant.EPOCH, java.time.ZoneId.of(\"Europe/Berlin\")))",
         "1970-01-01T01:00+01:00 CET Central European Standard Time GMT+1"),
        ("java.time.LocalDate.of(2021, 3, 4).format(java.time.format.DateTimeFormatter.ofPattern(\"dd.MM.yyyy\"))", "04.03.2021"),
        ("java.time.LocalDate.parse(\"2020-02-29\").format(java.time.format.DateTimeFormatter.ofPattern(\"EEEE d MMMM uuuu\"))", "Saturday 29 February 2020"),
        ("java.time.LocalDate.parse(\"04/03/2021\", java.time.format.DateTimeFormatter.ofPattern(\"dd/MM/yyyy\")).toString()", "2021-03-04"),
        ("java.time.LocalDateTime.parse(\"2021-03-04 05:06\", java.time.format.DateTimeFormatter.ofPattern(\"yyyy-MM-dd HH:mm\")).toString()", "2021-03-04T05:06"),
        ("java.time.LocalDate.parse(\"4 Mar 2021\", java.time.format.DateTimeFormatter.ofPattern(\"d MMM yyyy\")).toString()", "2021-03-04"),
    ],
)
def test_formatter(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_formatter_errors() -> None:
    with pytest.raises(R.IllegalArgumentException, match="Unknown pattern letter: b"):
        ev('java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd bb")')
    with pytest.raises(DT.DateTimeParseException, match="could not be parsed"):
        ev('java.time.LocalDate.parse("2021-02-30")')
    with pytest.raises(DT.DateTimeException):
        ev("java.time.LocalDate.of(2021, 2, 30)")
    with pytest.raises(R.JavaException):
        ev('java.time.ZoneId.of("Nowhere/City")')


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("java.time.DayOfWeek.MONDAY.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.FRANCE)", "lundi"),
        ("java.time.Month.MARCH.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.US)", "Mar"),
        ("java.time.DayOfWeek.SUNDAY.plus(1).toString()", "MONDAY"),
        ("java.time.Month.of(2).length(true)", 29),
        ("java.time.Month.JANUARY.minus(1).toString()", "DECEMBER"),
        ("java.time.DayOfWeek.valueOf(\"FRIDAY\").getValue()", 5),
        ("java.time.DayOfWeek.FRIDAY.ordinal()", 4),
        ("java.time.DayOfWeek.FRIDAY == java.time.DayOfWeek.valueOf(\"FRIDAY\")", True),
    ],
)
def test_enums(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_now_uses_report_zone_and_clock() -> None:
    DT.CLOCK = lambda: dt.datetime(2021, 3, 4, 23, 30, tzinfo=UTC)
    try:
        assert ev("java.time.LocalDate.now().toString()") == "2021-03-05"  # 01:30 in Bucharest
        assert ev("java.time.LocalDate.now().toString()", tz="America/New_York") == "2021-03-04"
        assert ev("java.time.LocalDateTime.now().toString()") == "2021-03-05T01:30"
        assert ev("java.time.Instant.now().toString()") == "2021-03-04T23:30:00Z"
        assert ev("java.time.ZonedDateTime.now().toString()") == "2021-03-05T01:30+02:00[Europe/Bucharest]"
    finally:
        DT.CLOCK = None


def test_dynamic_dispatch_on_time_values() -> None:
    assert ev("$F{o}.getYear()", o=DT.LocalDate(dt.date(2021, 3, 4))) == 2021
    assert ev("$F{ld}.plusDays(1).toString()", ld=DT.LocalDate(dt.date(2021, 3, 4))) == "2021-03-05"


def test_unknown_members_are_refused() -> None:
    with pytest.raises(ExpressionError):
        ev("java.time.LocalDate.of(2021, 3, 4).noSuchMethod()")
