"""JasperReports' built-in functions, msg/str, data sources, colors, streams.

Expected values come from JasperReports 6.20.6's own function classes run in Java 17
(jshell, -Duser.timezone=Europe/Bucharest, en_US; "now" = 1795499704710 for DATERANGE)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from jrxmlpy.design.base import Expression
from jrxmlpy.errors import ExpressionError
from jrxmlpy.expressions import runtime as R
from jrxmlpy.expressions.allowlist import default_registry
from jrxmlpy.expressions.allowlist.jasper import JAVA_IO_CLASSES
from jrxmlpy.expressions.compiler import ExpressionCompiler, Schema
from jrxmlpy.expressions.javalib import dates as DT
from jrxmlpy.expressions.javalib import jasper as JJ
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.expressions.runtime import Env, Scope

UTC = dt.UTC
D = dt.datetime(2017, 7, 14, 2, 40, 0, 123000, tzinfo=UTC)  # new Date(1500000000123L)
NOW_MS = 1795499704710


def ms(value: int) -> dt.datetime:
    return DT.from_millis(value)


FIELDS = {"d": "java.util.Date", "o": "java.lang.Object", "s": "java.lang.String", "l": "java.util.List",
          "n": "java.lang.Integer", "dateinvoiced": "java.sql.Timestamp", "fullname": "java.lang.String",
          "labTest": "java.util.List", "proddescription": "java.lang.String"}
PARAMS = {"REPORT_LOCALE": "java.util.Locale", "TEST": "net.sf.jasperreports.bands.splittypeprevent.SplitTypePreventTest",
          "REPORT_DATA_SOURCE": "net.sf.jasperreports.engine.JRDataSource", "REPORT_CONTEXT": "net.sf.jasperreports.engine.ReportContext",
          "number": "java.lang.Double", "StartDate": "net.sf.jasperreports.types.date.DateRange"}
VARIABLES = {"REPORT_COUNT": "java.lang.Integer", "FreightSum": "java.lang.Double", "ShipYear": "java.util.Date"}


def ev(text: str, tz: str = "Europe/Bucharest", locale: str = "en_US", env: Env | None = None,
       params: dict[str, object] | None = None, variables: dict[str, object] | None = None, **fields: object) -> object:
    compiler = ExpressionCompiler(default_registry(), Schema(fields=FIELDS, params=PARAMS, variables=VARIABLES))
    values = {"d": D}
    values.update(fields)
    p = {"REPORT_LOCALE": U.Locale.parse(locale)}
    p.update(params or {})
    env = env or Env(locale=locale, timezone=ZoneInfo(tz))
    return compiler.compile(Expression(text)).evaluate(Scope(values, dict(variables or {}), p, env))


@pytest.fixture
def fixed_now():  # type: ignore[no-untyped-def]
    DT.CLOCK = lambda: ms(NOW_MS)
    yield
    DT.CLOCK = None


# --- DateTimeFunctions ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("YEAR($F{d})", 2017), ("MONTH($F{d})", 7), ("DAY($F{d})", 14), ("WEEKDAY($F{d})", 5),
        ("WEEKDAY($F{d}, true)", 6), ("HOUR($F{d})", 5), ("MINUTE($F{d})", 40), ("SECOND($F{d})", 0),
        ("YEAR(\"Jul 14, 2017\")", 2017), ("MONTH(\"7/14/17\")", 7), ("DAY(\"July 14, 2017\")", 14),
        ("YEAR(\"xyz\")", None), ("YEAR(1500000000123L)", 2017), ("YEAR(15)", None), ("YEAR(null)", None),
        ("DATE(2020, 2, 29).getTime()", 1582927200000),
        ("DATEVALUE($F{d})", 1500000000123), ("DATEVALUE(\"Jan 5, 2020\")", 1578175200000),
        ("TIME(14, 5, 9)", "2:05:09 PM EET"), ("TIME(14, 5, 9, \"HH:mm\")", "14:05"),
        ("TIME(14, 5, 9, \"HH:mm {\")", "2:05:09 PM EET"), ("TIME(null, 5, 9)", None),
        ("EDATE(new Date(1580428800000L), 1).getTime()", 1582934400000),
        ("EDATE($F{d}, -13).getTime()", 1465872000123),
        ("WORKDAY($F{d}, 3).getTime()", 1500432000123),
        ("WORKDAY($F{d}, -6).getTime()", 1499308800123),
        ("WORKDAY(new Date(1500100000000L), 1).getTime()", 1500359200000),
        ("NETWORKDAYS($F{d}, new Date(1501000000000L))", 7),
        ("NETWORKDAYS(new Date(1501000000000L), $F{d})", 7),
        ("DAYS($F{d}, new Date(1501000000000L))", 11), ("DAYS(new Date(1501000000000L), $F{d})", -11),
        ("DAYSINMONTH(new Date(1580428800000L + 86400000L * 30))", 31), ("DAYSINYEAR($F{d})", 365),
        ("WEEKS($F{d}, new Date(1510000000000L))", 16), ("WEEKS(new Date(1510000000000L), $F{d})", -16),
        ("WEEKSINYEAR(new Date(1580428800000L))", 53), ("WEEKSINYEAR(new Date(1430000000000L))", 53),
        ("WEEKNUM($F{d})", 28),
        ("MONTHS($F{d}, new Date(1540000000000L))", 15), ("MONTHS(new Date(1540000000000L), $F{d})", -15),
        ("YEARS(new Date(1000000000000L), $F{d})", 15), ("YEARS($F{d}, new Date(1000000000000L))", -15),
        ("ISLEAPYEAR(new Date(1580428800000L))", True), ("ISLEAPYEAR($F{d})", False),
        ("DATEFORMAT($F{d}, \"dd-MM-yyyy HH:mm:ss.SSS EEE MMM a z VV xxx\")",
         "14-07-2017 05:40:00.123 Fri Jul AM EEST Europe/Bucharest +03:00"),
        ("DATEFORMAT($F{d}, \"EEEE, d MMMM uuuu 'at' h:mm a\")", "Friday, 14 July 2017 at 5:40 AM"),
        ("DATEFORMAT(null, \"yyyy\")", None),
        ("DATERANGE(\"2017-05-01+3\").getStart().getTime()", 1493586000000),
        ("DATERANGE(\"2017-05-01+3\").getEnd().getTime()", 1493586000000),
        ("DATERANGE(\"2017-05-01 14:25:48\").getEnd().getTime()", 1493637948000),
        ("DATERANGE(\"2017-05-01 14:25:48\").getEnd().toString()", "2017-05-01 14:25:48.0"),
        ("DATERANGE($F{d}).getStart().getTime()", 1500000000123),
        ("net.sf.jasperreports.functions.standard.DateTimeFunctions.YEAR($F{d})", 2017),
        ("net.sf.jasperreports.functions.standard.DateTimeFunctions.DAYS($F{d}, $F{d})", 0),
    ],
)
def test_date_time_functions(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_dateformat_from_corpus() -> None:
    text = '($F{dateinvoiced} == null ? "" : "<BR><b>DATE:</b> " +  DATEFORMAT($F{dateinvoiced},"dd-MM-yyyy"))'
    assert ev(text, dateinvoiced=DT.as_timestamp(D)) == "<BR><b>DATE:</b> 14-07-2017"
    assert ev(text, dateinvoiced=None) == ""


RELATIVE = [
    ("DAY", 1795471200000, 1795557599999),
    ("DAY-3", 1795212000000, 1795298399999),
    ("DAY+3", 1795730400000, 1795816799999),
    ("WEEK", 1795298400000, 1795903199999),
    ("WEEK+1", 1795903200000, 1796507999999),
    ("WEEK-2", 1794088800000, 1794693599999),
    ("MONTH", 1793484000000, 1796075999999),
    ("MONTH-1", 1790802000000, 1793483999999),
    ("MONTH+6", 1809118800000, 1811797199999),
    ("QUARTER", 1790802000000, 1798754399999),
    ("QUARTER+1", 1798754400000, 1806526799999),
    ("QUARTER-10", 1711918800000, 1719781199999),
    ("SEMI", 1782853200000, 1798754399999),
    ("SEMI-3", 1735682400000, 1751317199999),
    ("SEMI+3", 1830290400000, 1846011599999),
    ("YEAR", 1767218400000, 1798754399999),
    ("YEAR-1", 1735682400000, 1767218399999),
    ("YEAR+10", 2082751200000, 2114373599999),
]


@pytest.mark.parametrize("expression, start, end", RELATIVE)
def test_daterange_relative(fixed_now, expression: str, start: int, end: int) -> None:  # type: ignore[no-untyped-def]
    assert ev(f'DATERANGE("{expression}").getStart().getTime()') == start
    assert ev(f'DATERANGE("{expression}").getEnd().getTime()') == end


def test_daterange_week_starts_on_locale_first_day(fixed_now) -> None:  # type: ignore[no-untyped-def]
    # de_DE weeks start on Monday: 2026-11-23 00:00 Bucharest
    assert ev('DATERANGE("WEEK").getStart()', locale="de_DE") == dt.datetime(2026, 11, 22, 22, 0, tzinfo=UTC)
    assert ev('DATERANGE("WEEK").getEnd()', locale="de_DE") == dt.datetime(2026, 11, 29, 21, 59, 59, 999000, tzinfo=UTC)


def test_daterange_errors_and_parameter_default() -> None:
    with pytest.raises(DT.InvalidDateRangeExpressionException, match="Invalid date range expression: FOO."):
        ev('DATERANGE("FOO")')
    with pytest.raises(R.IllegalArgumentException):
        ev("DATERANGE(5)")
    rng = ev('DATERANGE("1996-09-01")')
    assert ev("$P{StartDate}.getStart().getTime()", params={"StartDate": rng}) == 841525200000


def test_today_and_now(fixed_now) -> None:  # type: ignore[no-untyped-def]
    assert ev("TODAY( )") == ms(NOW_MS)
    assert ev("NOW().getTime()") == NOW_MS


# --- MathFunctions ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("ABS(-5)", 5), ("ABS(-5.5)", 5.5), ("ABS(new BigDecimal(\"-2.50\"))", 2.5), ("ABS(-7L)", 7), ("ABS(null)", None),
        ("FACT(20)", 2432902008176640000), ("FACT(0)", 1), ("FACT(-1)", None), ("FACT(25)", 7034535277573963776),
        ("ISEVEN(4)", True), ("ISEVEN(3.9)", False), ("ISODD(-3)", False), ("ISODD(3)", True), ("ISEVEN(-2)", True),
        ("ISEVEN($V{REPORT_COUNT})", False),
        ("PRODUCT(2, 3.5, 4L)", 28.0), ("PRODUCT()", None),
        ("SUM(1, 2, 3)", 6.0), ("SUM(0.1, 0.2)", 0.30000000000000004), ("SUM(new BigDecimal(\"1.1\"), 2)", 3.1),
        ("SUM(1, null)", None), ("SUM(1, 2.5, 3)", 6.5),
        ("MIN(3, 1, 2)", 1), ("MAX(3, 1, 2)", 3), ("MIN(3, 1.5)", 1.5), ("MAX(3L, 5L)", 5), ("MAX(1.5f, 2.5f)", 2.5),
        ("MAX(new BigDecimal(\"2\"), new BigDecimal(\"3\"))", 3.0),
        ("SIGN(-3.2)", -1), ("SIGN(0)", 0), ("SIGN(7L)", 1), ("SQRT(16)", 4.0),
        ("FLOOR(-2.5)", -3.0), ("CEIL(-2.5)", -2.0), ("FLOOR(7)", 7.0), ("CEIL(2.1)", 3.0),
        ("ROUND_UP(2.121, 2).toString()", "2.13"), ("ROUND_DOWN(2.129, 2).toString()", "2.12"),
        ("ROUND_HALF_UP(2.125, 2).toString()", "2.13"), ("ROUND_HALF_EVEN(2.125, 2).toString()", "2.12"),
        ("ROUND_HALF_DOWN(2.125, 2).toString()", "2.12"), ("ROUND_CEILING(-2.121, 1).toString()", "-2.1"),
        ("ROUND_FLOOR(-2.121, 1).toString()", "-2.2"), ("ROUND_UP(5, 2).toString()", "5.00"),
        ("ROUND_HALF_UP(1e-7, 9).toString()", "1.00E-7"),
        ("net.sf.jasperreports.functions.standard.MathFunctions.SUM(1, 2)", 3.0),
    ],
)
def test_math_functions(expr: str, expected: object) -> None:
    value = ev(expr, variables={"REPORT_COUNT": 3})
    assert value == expected
    if expected is not None:
        assert type(value) is type(expected)


def test_math_function_types() -> None:
    import math

    assert math.isnan(ev("SQRT(-1)"))  # type: ignore[arg-type]
    assert 0 <= ev("RAND()") < 1  # type: ignore[operator]
    assert all(3 <= ev("RANDBETWEEN(3, 5)") <= 5 for _ in range(20))  # type: ignore[operator]
    with pytest.raises(ExpressionError):
        ev("SUM(1, 2) + 1")  # SUM returns a Number: Java cannot add it


# --- TextFunctions -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("BASE(255, 16)", "ff"), ("BASE(-255, 2)", "-11111111"), ("BASE(5, 2, 8)", "00000101"), ("BASE(5, 37)", None),
        ("BASE(255, 16, 1)", "ff"),
        ("CHAR(65)", "A"), ("CHAR(0)", None), ("CHAR(233)", "é"),
        ("CLEAN(\"a\\tb\\nc\\u007fd\\u0085e\")", "abcd\u0085e"),
        ("CODE(\"Abc\")", 65), ("CODE(\"é\")", 233),
        ("CONCATENATE(\"a\", \"b\", null, \"c\")", "abnullc"), ("CONCATENATE()", None),
        ("EXACT(\"a\", \"a\")", True), ("EXACT(\"a\", \"A\")", False), ("EXACT(null, \"a\")", False), ("EXACT(null, null)", None),
        ("DOUBLE_VALUE(\"1.5e3\")", 1500.0), ("INTEGER_VALUE(\"-42\")", -42), ("LONG_VALUE(\"9000000000\")", 9000000000),
        ("FIND(\"hello world\", \"o\")", 4), ("FIND(\"hello world\", \"o\", 5)", 7), ("FIND(\"hello\", \"z\")", -1),
        ("FIXED(1234567.891, 2)", "1,234,567.89"), ("FIXED(1234567.891, 2, true)", "1234567.89"), ("FIXED(0.5, 0)", "0."),
        ("FIXED(-1234.5, 1)", "-1,234.5"), ("FIXED(42, 3)", "42.000"),
        ("LEFT(\"hello\")", "h"), ("LEFT(\"hello\", 3)", "hel"), ("RIGHT(\"hello\")", "o"), ("RIGHT(\"hello\", 2)", "lo"),
        ("LEN(\"hello\")", 5),
        ("MID(\"abcdefgh\", 3)", "cdef"), ("MID(\"abcdefgh\", 3, 2)", "cd"), ("MID(\"abcdefgh\", 2)", "bcdefg"),
        ("LOWER(\"HeLLo\")", "hello"), ("UPPER(\"straße\")", "STRASSE"), ("PROPER(\"hello wORLD  foo-bar\")", "Hello World  Foo-bar"),
        ("\"[\" + LTRIM(\"  a b  \") + \"]\"", "[a b  ]"), ("\"[\" + RTRIM(\"  a b  \") + \"]\"", "[  a b]"),
        ("TRIM(\"\\u0001 a b \\t\")", "a b"),
        ("REPLACE(\"abcdefgh\", 3, 2, \"XYZ\")", "abXYZefgh"), ("REPT(\"ab\", 3)", "ababab"), ("REPT(\"ab\", 0)", ""),
        ("SEARCH(\"WORLD\", \"hello world\")", 6), ("SEARCH(\"o\", \"hello world\", 6)", 7), ("SEARCH(\"z\", \"abc\")", -1),
        ("SUBSTITUTE(\"a.b.c\", \".\", \"$\")", "a$b$c"), ("SUBSTITUTE(\"aXbXcX\", \"X\", \"-\", 2)", "aXb-cX"),
        ("SUBSTITUTE(\"aXbXcX\", \"X\", \"-\", 1)", "a-bXcX"), ("SUBSTITUTE(\"aXb\", \"X\", \"-\", 5)", None),
        ("SUBSTITUTE(\"abc\", \"\", \"-\")", "-a-b-c-"),
        ("T(\"x\")", "x"), ("T(5)", ""), ("T(null).isEmpty()", True),
        ("TEXT(1234.5, \"#,##0.00\")", "1,234.50"), ("TEXT(0.256, \"0.0%\")", "25.6%"), ("TEXT(42, \"000000\")", "000042"),
        ("TEXT(new BigDecimal(\"2.345\"), \"0.00\")", "2.34"),
        ("LEFT(null, 2)", None), ("LEN(null)", None), ("UPPER(null)", None),
        ("net.sf.jasperreports.functions.standard.TextFunctions.UPPER(\"x\")", "X"),
    ],
)
def test_text_functions(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_text_function_corpus_uses() -> None:
    assert ev('LTRIM($F{proddescription} + " ") +  "x"', proddescription="  Widget") == "Widget x"
    expr = ('T($F{fullname}).isEmpty()?((T($F{s}).isEmpty()?"":($F{s}+" "))+(T($F{o}).isEmpty()?"":$F{o})):$F{fullname}')
    assert ev(expr, fullname=None, s="Ann", o="Lee") == "Ann Lee"
    assert ev(expr, fullname="Full Name", s="Ann", o="Lee") == "Full Name"


def test_text_function_errors() -> None:
    with pytest.raises(JJ.JRRuntimeException, match="valid numeric ASCII code"):
        ev('CODE("\\u0100")')
    with pytest.raises(R.StringIndexOutOfBoundsException):
        ev('LEFT("ab", 5)')
    with pytest.raises(R.NumberFormatException):
        ev('INTEGER_VALUE("x")')


def test_text_functions_use_report_locale() -> None:
    assert ev('FIXED(1234.5, 2)', locale="de_DE") == "1.234,50"
    assert ev('TEXT(1234.5, "#,##0.0")', locale="de_DE") == "1.234,5"


# --- LogicalFunctions -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("AND(true, true)", True), ("AND(true, false)", False), ("AND()", None),
        ("OR(false, true)", True), ("OR(false, false)", False),
        ("NOT(true)", False), ("NOT(null)", None),
        ("IF(true, 1, 2)", 1), ("IF(null, 1, 2)", None), ("IF(false, \"a\", \"b\")", "b"),
        ("EQUALS(null, null)", True), ("EQUALS(\"a\", \"a\")", True), ("EQUALS(\"a\", null)", False),
        ("TRUE()", True), ("FALSE()", False),
        ("ISEVEN($V{REPORT_COUNT}) && TRUE()", True),
    ],
)
def test_logical_functions(expr: str, expected: object) -> None:
    assert ev(expr, variables={"REPORT_COUNT": 4}) == expected


def test_if_evaluates_both_branches_like_java() -> None:
    with pytest.raises(R.ArithmeticException):
        ev("IF(true, 1, 1 / 0)")
    with pytest.raises(R.NullPointerException):
        ev("AND(true, null)")


# --- msg / str -----------------------------------------------------------------------------------------

def test_msg() -> None:
    assert ev('msg("({0,number,percent})", $V{FreightSum} / 4.0)', variables={"FreightSum": 1.0}) == "(25%)"
    assert ev('msg("{0,date,yyyy} Total", $V{ShipYear})', variables={"ShipYear": D}) == "2017 Total"
    assert ev('msg("{0} {1} {2}", "a", 2, "c")') == "a 2 c"
    assert ev('msg("{0}-{1}", "a", "b")') == "a-b"
    assert ev('msg("{0}-{1}", new Object[] {"x", "y"})') == "x-y"
    assert ev('msg("{0,number}", $P{number})', params={"number": 1234567.89}, locale="de_DE") == "1.234.567,89"


def test_msg_with_resource() -> None:
    env = Env(message={"text.message": "The number is {0,number,#.00}"}.get, timezone=ZoneInfo("GMT"))
    assert ev("msg($R{text.message}, $P{number})", env=env, params={"number": 3.14159}) == "The number is 3.14"


@pytest.mark.parametrize("missing, expected", [("Null", None), ("Empty", ""), ("Key", "nope")])
def test_str(missing: str, expected: object) -> None:
    env = Env(message={"title": "Report"}.get, missing_resource=missing)
    assert ev('str("title")', env=env) == "Report"
    assert ev('str("nope")', env=env) == expected


def test_str_missing_error() -> None:
    env = Env(message=lambda key: None, missing_resource="Error")
    with pytest.raises(R.MissingResourceException):
        ev('str("nope")', env=env)
    assert R.resource(Env(message={"a": "b"}.get), "a") == "b"


# --- data sources --------------------------------------------------------------------------------------

def _count(ds: object) -> int:
    count = ds.record_count  # type: ignore[attr-defined]
    return count() if callable(count) else count


def test_empty_data_source() -> None:
    ds = ev("new net.sf.jasperreports.engine.JREmptyDataSource()")
    assert _count(ds) == 1
    assert _count(ev("new JREmptyDataSource(3)")) == 3
    assert _count(ev("new JREmptyDataSource($F{labTest}.size())", labTest=[1, 2])) == 2


def test_stand_ins_without_jrxmlpy_data(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(JJ, "_real_class", lambda java_class: None)
    ds = ev("new JREmptyDataSource(3)")
    assert isinstance(ds, JJ.EmptyDataSource) and ds.record_count() == 3
    json = ev('new JsonDataSource(new StringBufferInputStream("{\\"a\\": 1}"), "a")')
    assert isinstance(json, JJ.DocumentDataSource) and json.source == b'{"a": 1}' and json.select == "a"
    sub = ev('((net.sf.jasperreports.json.data.JsonDataSource)$P{REPORT_DATA_SOURCE}).subDataSource("positions")',
             params={"REPORT_DATA_SOURCE": json})
    assert isinstance(sub, JJ.DocumentDataSource) and sub.select == "positions"
    beans = ev("new JRBeanCollectionDataSource($F{l})", l=[1, 2])
    assert isinstance(beans, JJ.CollectionDataSource) and beans.record_count() == 2


def test_collection_data_sources() -> None:
    assert ev("new JRBeanCollectionDataSource($F{l}).getRecordCount()", l=[1, 2, 3]) == 3
    assert ev("new net.sf.jasperreports.engine.data.JRBeanCollectionDataSource($F{l}).getData()", l=["a"]) == ["a"]
    assert ev("new JRMapCollectionDataSource($F{l}).getRecordCount()", l=[{"a": 1}]) == 1
    assert ev("new JRBeanArrayDataSource(new Object[] {\"a\", \"b\"}).getRecordCount()") == 2


def test_json_data_source_and_streams() -> None:
    ds = ev('new JsonDataSource(new StringBufferInputStream("{\\"a\\": [{\\"b\\": 1}, {\\"b\\": 2}]}"), "a")')
    assert ds is not None
    sub = ev('((net.sf.jasperreports.json.data.JsonDataSource)$P{REPORT_DATA_SOURCE}).subDataSource("positions")',
             params={"REPORT_DATA_SOURCE": JJ.DocumentDataSource("x", b"{}")})
    assert isinstance(sub, JJ.DocumentDataSource) and sub.select == "positions"
    stream = ev('new ByteArrayInputStream("hé".getBytes())')
    assert isinstance(stream, JJ.InputStream) and stream.data == "hé".encode()
    assert ev("new StringBufferInputStream(\"ab\").read()") == 97
    assert ev("new StringBufferInputStream(\"ab\").available()") == 2
    with pytest.raises(R.UnsupportedOperationException):
        JJ.make_data_source("net.sf.jasperreports.engine.data.JsonDataSource", "/etc/passwd")


def test_java_io_classes_listed() -> None:
    registry = default_registry()
    for name in JAVA_IO_CLASSES:
        assert registry.get(name) is not None


def test_data_source_protocol_on_foreign_objects() -> None:
    class Foreign:
        def sub_data_source(self, select: str | None = None) -> str:
            return f"sub:{select}"

        def record_count(self) -> int:
            return 9

    assert ev('((net.sf.jasperreports.engine.data.JsonDataSource) $P{REPORT_DATA_SOURCE}).subDataSource("x")',
              params={"REPORT_DATA_SOURCE": Foreign()}) == "sub:x"
    assert ev("((net.sf.jasperreports.engine.data.JRBeanCollectionDataSource) $P{REPORT_DATA_SOURCE}).getRecordCount()",
              params={"REPORT_DATA_SOURCE": Foreign()}) == 9
    records = JJ.CollectionDataSource("x", [1, 2])
    assert ev("((net.sf.jasperreports.engine.fill.SortedDataSource)$P{REPORT_DATA_SOURCE}).getRecords().size()",
              params={"REPORT_DATA_SOURCE": records}) == 2


def test_report_context() -> None:
    expr = 'Float.parseFloat((String)$P{REPORT_CONTEXT}.getParameterValue("latitude"))'
    assert ev(expr, params={"REPORT_CONTEXT": {"latitude": "45.5"}}) == 45.5
    assert ev('Integer.getInteger((String)$P{REPORT_CONTEXT}.getParameterValue("zoom"))',
              params={"REPORT_CONTEXT": {"zoom": "5"}}) is None


def test_compile_report() -> None:
    compiled: list[str] = []
    env = Env(compile_report=lambda path: compiled.append(path) or "REPORT")
    path = "net/sf/jasperreports/bands/splittypeprevent/SplitTypePreventReport.11.subreport.1.jrxml"
    assert ev(f'$P{{TEST}}.compileReport("{path}")', env=env, params={"TEST": object()}) == "REPORT"
    assert compiled == [path]
    with pytest.raises(R.UnsupportedOperationException):
        ev(f'$P{{TEST}}.compileReport("{path}")', params={"TEST": object()})


def test_jrparameter_constants() -> None:
    assert ev("JRParameter.REPORT_LOCALE") == "REPORT_LOCALE"
    assert ev("net.sf.jasperreports.engine.JRParameter.REPORT_PARAMETERS_MAP") == "REPORT_PARAMETERS_MAP"
    assert ev("JRVariable.PAGE_NUMBER") == "PAGE_NUMBER"


# --- Color, JRColorUtil, JRStringUtil --------------------------------------------------------------------

@pytest.mark.parametrize(
    "expr, expected",
    [
        ("net.sf.jasperreports.engine.util.JRColorUtil.getColorHexa(new java.awt.Color(10, 200, 30))", "0AC81E"),
        ("\"#\" + net.sf.jasperreports.engine.util.JRColorUtil.getColorHexa(new java.awt.Color(255, 128, 0))", "#FF8000"),
        ("new java.awt.Color(10, 200, 30).toString()", "java.awt.Color[r=10,g=200,b=30]"),
        ("new java.awt.Color(0x123456).getGreen()", 52),
        ("java.awt.Color.RED.darker().toString()", "java.awt.Color[r=178,g=0,b=0]"),
        ("java.awt.Color.GRAY.brighter().toString()", "java.awt.Color[r=182,g=182,b=182]"),
        ("new java.awt.Color(0.5f, 0.25f, 1f).toString()", "java.awt.Color[r=128,g=64,b=255]"),
        ("net.sf.jasperreports.engine.util.JRColorUtil.getCssColor(new java.awt.Color(1, 2, 3, 128))", "rgba(1, 2, 3, 0.5019608)"),
        ("new java.awt.Color(1, 2, 3).getRGB()", -16711165),
        ("java.awt.Color.white.equals(java.awt.Color.WHITE)", True),
        ("net.sf.jasperreports.engine.util.JRColorUtil.getColor(\"#FF0000\", null).getRed()", 255),
        ("net.sf.jasperreports.engine.util.JRStringUtil.xmlEncode(\"a<b>&\\\"c'\\td\")", "a&lt;b&gt;&amp;&quot;c&apos;\td"),
        ("net.sf.jasperreports.engine.util.JRStringUtil.xmlEncode(\"a\\u0001b\", \"?\")", "a?b"),
        ("net.sf.jasperreports.engine.util.JRStringUtil.xmlEncode(\"a\\u0001b\")", "a\u0001b"),
    ],
)
def test_colors_and_strings(expr: str, expected: object) -> None:
    assert ev(expr) == expected


def test_color_range_checked() -> None:
    with pytest.raises(R.IllegalArgumentException):
        ev("new java.awt.Color(300, 0, 0)")


def test_functions_are_unqualified_and_typed() -> None:
    registry = default_registry()
    for name in ("SUM", "DATEFORMAT", "DATERANGE", "IF", "TEXT", "msg", "str", "ISEVEN", "LTRIM", "T", "TODAY"):
        assert name in registry.functions
    schema = Schema(fields={"d": "java.util.Date"})
    compiler = ExpressionCompiler(registry, schema)
    assert compiler.compile(Expression("YEAR($F{d})")).type == "java.lang.Integer"
    assert compiler.compile(Expression("SUM(1, 2)")).type == "java.lang.Number"
    assert compiler.compile(Expression("DATEFORMAT($F{d}, \"yyyy\")")).type == "java.lang.String"
    assert compiler.compile(Expression("DATERANGE(\"DAY\").getStart()")).type == "java.util.Date"
    assert compiler.compile(Expression("IF(true, 1, 2)")).type == "java.lang.Object"


def test_decimal_sum() -> None:
    assert ev('SUM(new BigDecimal("0.1"), new BigDecimal("0.2"))') == 0.30000000000000004
    assert ev('ROUND_HALF_UP(new BigDecimal("2.345"), 2)') == Decimal("2.35")
