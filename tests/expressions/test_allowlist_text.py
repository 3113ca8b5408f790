"""java.text through compiled expressions.  Expected values from Java 17 (jshell,
-Duser.timezone=Europe/Bucharest, en_US)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.expressions import runtime as R
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.allowlist.text import ParseException
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.expressions.runtime import Env, Scope

UTC = dt.UTC
D = dt.datetime(2017, 7, 14, 2, 40, 0, 123000, tzinfo=UTC)  # new Date(1500000000123L)

FIELDS = {"d": "java.util.Date", "n": "java.lang.Double", "bd": "java.math.BigDecimal", "st": "java.sql.Time",
          "date": "java.sql.Timestamp", "o": "java.lang.Object"}
PARAMS = {"REPORT_LOCALE": "java.util.Locale", "NUMBERFORMAT": "java.text.DecimalFormat",
          "startingDate": "java.util.Date"}
VARIABLES = {"SubTotal": "java.math.BigDecimal"}


def ev(text: str, tz: str = "Europe/Bucharest", locale: str = "en_US", params: dict[str, object] | None = None,
       **fields: object) -> object:
    compiler = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, params=PARAMS, variables=VARIABLES))
    values = {"d": D, "n": 1234567.891, "bd": Decimal("-1234.5"), "st": dt.time(5, 40), "date": D}
    values.update(fields)
    p = {"REPORT_LOCALE": U.Locale.parse(locale), "startingDate": D}
    p.update(params or {})
    env = Env(locale=locale, timezone=ZoneInfo(tz))
    return compiler.compile(Expression(text)).evaluate(Scope(values, {"SubTotal": Decimal("98765.4321")}, p, env))


# --- NumberFormat / DecimalFormat -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new java.text.DecimalFormat(\"#,##0\").format(1234567.5)", "1,234,568"),
        ("new java.text.DecimalFormat(\"#,##0\").format($V{SubTotal})", "98,765"),
        ("new DecimalFormat(\"#,##0.00\").format(new BigDecimal(\"1234.565\"))", "1,234.56"),
        ("new DecimalFormat(\"#,##0.00\").format($F{bd})", "-1,234.50"),
        ("new DecimalFormat(\"#,##0.00\").format(42)", "42.00"),
        ("new DecimalFormat(\"#,##0.00\").format(42L)", "42.00"),
        ("new DecimalFormat(\"#,##0.00\").format($F{n})", "1,234,567.89"),
        ("new DecimalFormat().format(1234.5678)", "1,234.568"),
        ("new DecimalFormat(\"0.###E0\").format(12345)", "1.234E4"),
        ("NumberFormat.getInstance().format(-0.0)", "-0"),
        ("NumberFormat.getIntegerInstance().format(2.5)", "2"),
        ("NumberFormat.getIntegerInstance().format(3.5)", "4"),
        ("NumberFormat.getPercentInstance(Locale.US).format(1.5)", "150%"),
        ("NumberFormat.getPercentInstance().format(0.256)", "26%"),
        ("NumberFormat.getCurrencyInstance(Locale.US).format(12.5)", "$12.50"),
        ("NumberFormat.getNumberInstance(Locale.US).format(1234.5)", "1,234.5"),
        ("NumberFormat.getNumberInstance(Locale.GERMANY).format(1234.5)", "1.234,5"),
        ("NumberFormat.getNumberInstance().format(1234.5)", "1,234.5"),
    ],
)
def test_number_formats(expr: str, expected: str) -> None:
    assert ev(expr) == expected


def test_number_format_default_locale_is_report_locale() -> None:
    assert ev("NumberFormat.getNumberInstance().format(1234.5)", locale="de_DE") == "1.234,5"
    assert ev("new DecimalFormat(\"#,##0.00\").format(1234.5)", locale="de_DE") == "1.234,50"


def test_number_format_setters() -> None:
    assert ev("""((java.text.NumberFormat) $F{o}).format(2.25)""", o=_nf(1, 1)) == "2.2"
    assert ev("""((java.text.NumberFormat) $F{o}).format(2.35)""", o=_nf(1, 1)) == "2.4"
    assert ev("""((java.text.NumberFormat) $F{o}).format(10)""", o=_nf(1, 1)) == "10.0"
    assert ev("""((java.text.NumberFormat) $F{o}).getMaximumIntegerDigits()""", o=_nf(1, 1)) == 2147483647
    df = ev('new DecimalFormat("#,##0.00")')
    ev("((DecimalFormat) $F{o}).setRoundingMode(java.math.RoundingMode.DOWN)", o=df)
    ev("((DecimalFormat) $F{o}).setGroupingUsed(false)", o=df)
    assert ev("((DecimalFormat) $F{o}).format(1234.567)", o=df) == "1234.56"
    assert ev("((DecimalFormat) $F{o}).getMaximumFractionDigits()", o=df) == 2
    assert ev("((DecimalFormat) $F{o}).getRoundingMode().name()", o=df) == "DOWN"
    assert ev("((DecimalFormat) $F{o}).isGroupingUsed()", o=df) is False
    ev('((DecimalFormat) $F{o}).applyPattern("0.0")', o=df)
    assert ev("((DecimalFormat) $F{o}).toPattern()", o=df) == "0.0"


def _nf(min_frac: int, max_frac: int) -> object:
    nf = ev("NumberFormat.getInstance()")
    ev(f"((NumberFormat) $F{{o}}).setMaximumFractionDigits({max_frac})", o=nf)
    ev(f"((NumberFormat) $F{{o}}).setMinimumFractionDigits({min_frac})", o=nf)
    return nf


def test_decimal_format_parameter() -> None:
    # a template's <parameter class="java.text.DecimalFormat">: $P{NUMBERFORMAT}.format(...)
    fmt = ev('new DecimalFormat("#,##0.00")')
    assert ev("$P{NUMBERFORMAT}.format($V{SubTotal}.add(new BigDecimal(1)))", params={"NUMBERFORMAT": fmt}) == "98,766.43"


def test_decimal_format_symbols() -> None:
    symbols = ev("new DecimalFormatSymbols(Locale.US)")
    ev("((DecimalFormatSymbols) $F{o}).setDecimalSeparator(',')", o=symbols)
    ev("((DecimalFormatSymbols) $F{o}).setGroupingSeparator('.')", o=symbols)
    assert ev('new DecimalFormat("#,##0.00", (DecimalFormatSymbols) $F{o}).format(1234567.891)', o=symbols) == "1.234.567,89"
    assert ev("DecimalFormatSymbols.getInstance(Locale.GERMANY).getDecimalSeparator()") == ","
    assert ev("new DecimalFormatSymbols(Locale.US).getGroupingSeparator()") == ","
    assert ev("new DecimalFormatSymbols(Locale.US).getMinusSign()") == "-"


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new DecimalFormat(\"#,##0.##\").parse(\"1,234.5\")", 1234.5),
        ("new DecimalFormat(\"#,##0.##\").parse(\"1,234\")", 1234),
        ("NumberFormat.getInstance().parse(\"12abc\")", 12),
        ("new DecimalFormat(\"#,##0.##\").parse(\"1,234.5\").doubleValue()", 1234.5),
    ],
)
def test_number_parse(expr: str, expected: object) -> None:
    value = ev(expr)
    assert value == expected and type(value) is type(expected)


def test_number_parse_big_decimal_and_errors() -> None:
    fmt = ev('new DecimalFormat("#,##0.##")')
    ev("((DecimalFormat) $F{o}).setParseBigDecimal(true)", o=fmt)
    value = ev('((DecimalFormat) $F{o}).parse("1,234.50")', o=fmt)
    assert value == Decimal("1234.50") and str(value) == "1234.50"
    with pytest.raises(ParseException, match='Unparseable number: "abc"'):
        ev('NumberFormat.getInstance().parse("abc")')
    with pytest.raises(R.JavaException):
        ev('new DecimalFormat("#,##0").format("text")')


# --- DateFormat / SimpleDateFormat -------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("new SimpleDateFormat(\"dd-MM-yyyy\").format($F{d})", "14-07-2017"),
        ("new SimpleDateFormat(\"dd-MM-yyyy\").format($F{date}.getTime())", "14-07-2017"),
        ("\"INVOICE DATE: \" + new SimpleDateFormat(\"dd-MM-yyyy\").format($F{date}.getTime())", "INVOICE DATE: 14-07-2017"),
        ("new SimpleDateFormat(\"yyyy-MM-dd HH:mm:ss\").format($F{d})", "2017-07-14 05:40:00"),
        ("new SimpleDateFormat(\"EEEE dd MMMM yyyy\", new Locale(\"ro\")).format($F{d})", "vineri 14 iulie 2017"),
        ("new SimpleDateFormat(\"HH:mm\").format($F{st})", "05:40"),
        ("new SimpleDateFormat().toPattern()", "M/d/yy, h:mm a"),
        ("new SimpleDateFormat(\"yyyy\").toPattern()", "yyyy"),
        ("DateFormat.getDateInstance(DateFormat.SHORT, $P{REPORT_LOCALE}).format($F{d})", "7/14/17"),
        ("DateFormat.getDateInstance(DateFormat.SHORT, $P{REPORT_LOCALE}).format($P{startingDate})", "7/14/17"),
        ("DateFormat.getDateInstance(DateFormat.FULL, $P{REPORT_LOCALE}).format($F{d})", "Friday, July 14, 2017"),
        ("DateFormat.getDateInstance(DateFormat.FULL, Locale.FRANCE).format($F{d})", "vendredi 14 juillet 2017"),
        ("java.text.DateFormat.getDateInstance().format($F{d})", "Jul 14, 2017"),
        ("DateFormat.getDateInstance(DateFormat.LONG).format($F{d})", "July 14, 2017"),
        ("DateFormat.getDateTimeInstance().format($F{d})", "Jul 14, 2017, 5:40:00 AM"),
        ("DateFormat.getTimeInstance(DateFormat.SHORT, Locale.GERMANY).format($F{d})", "05:40"),
        ("DateFormat.getInstance().format($F{d})", "7/14/17, 5:40 AM"),
        ("DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, Locale.UK).format($F{d})", "14 Jul 2017, 05:40"),
        ("DateFormat.SHORT + DateFormat.MEDIUM * 10 + DateFormat.LONG * 100 + DateFormat.FULL * 1000 + DateFormat.DEFAULT * 10000", 20123),
    ],
)
def test_date_formats(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_date_format_time_zone() -> None:
    sdf = ev('new SimpleDateFormat("yyyy-MM-dd HH:mm")')
    ev('((SimpleDateFormat) $F{o}).setTimeZone(TimeZone.getTimeZone("America/New_York"))', o=sdf)
    assert ev("((SimpleDateFormat) $F{o}).format($F{d})", o=sdf) == "2017-07-13 22:40"
    assert ev('((SimpleDateFormat) $F{o}).parse("2020-01-05 10:00").getTime()', o=sdf) == 1578236400000
    assert ev("((SimpleDateFormat) $F{o}).getTimeZone().getID()", o=sdf) == "America/New_York"
    assert ev('new SimpleDateFormat("dd.MM.yyyy").parse("05.01.2020").getTime()') == 1578175200000
    assert ev('new SimpleDateFormat("HH:mm").format($F{d})', tz="Asia/Tokyo") == "11:40"


def test_date_parse_errors() -> None:
    with pytest.raises(ParseException, match="Unparseable date"):
        ev('new SimpleDateFormat("yyyy-MM-dd").parse("xx")')
    with pytest.raises(R.IllegalArgumentException):
        ev('new SimpleDateFormat("yyyy-MM-dd").format((Object) "text")')


# --- MessageFormat -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("MessageFormat.format(\"{0} and {1}\", \"a\", 3)", "a and 3"),
        ("MessageFormat.format(\"{0} has {1,number,integer} items on {2,date,short}\", \"Ann\", 1234.6, $F{d})",
         "Ann has 1,235 items on 7/14/17"),
        ("new MessageFormat(\"{0,number,#.#}\", Locale.GERMANY).format(new Object[] {1.25})", "1,2"),
        ("MessageFormat.format(\"It''s {0}\", \"ok\")", "It's ok"),
        ("MessageFormat.format(\"{1}{0}\", \"a\")", "{1}a"),
        ("new MessageFormat(\"{0}-{1}\").format(new Object[] {\"x\", \"y\"})", "x-y"),
        ("new MessageFormat(\"{0}\").toPattern()", "{0}"),
    ],
)
def test_message_format(expr: str, expected: str) -> None:
    assert ev(expr) == expected


def test_message_format_default_locale_is_report_locale() -> None:
    assert ev('MessageFormat.format("{0,number,#.#}", 1.25)', locale="de_DE") == "1,2"
