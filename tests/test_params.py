"""Parameter values from command-line text and from the JSON of conformance cases."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import jrxmlpy
from jrxmlpy.data.xml import Document as XmlDocument
from jrxmlpy.errors import ResourceError
from jrxmlpy.expressions.javalib import dates as DT
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.expressions.javalib.jasper import InputStream
from jrxmlpy.params import (
    AbstractTest,
    ParameterError,
    ParameterFileNotFoundError,
    ValueContext,
    from_json,
    from_text,
    java_hash_map,
    java_hash_set,
    natural,
    parameter_classes,
    parse_assignment,
    parse_instant,
)

PARIS = ZoneInfo("Europe/Paris")
UTC = _dt.UTC

SUB = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="sub">
  <title><band height="20"><staticText><reportElement x="0" y="0" width="100" height="20"/>
    <text><![CDATA[sub]]></text></staticText></band></title>
</jasperReport>"""


@pytest.fixture()
def ctx(tmp_path: Path) -> ValueContext:
    (tmp_path / "data.json").write_text('{"a": 1}')
    (tmp_path / "doc.xml").write_text("<root><item>1</item></root>")
    (tmp_path / "lib" / "net" / "x").mkdir(parents=True)
    (tmp_path / "lib" / "net" / "x" / "Sub.jrxml").write_text(SUB)
    return ValueContext("Europe/Paris", [tmp_path / "lib"], tmp_path)


# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cls", "expected"),
    [
        ("42", "java.lang.Integer", 42),
        (" -7 ", "java.lang.Long", -7),
        ("1e3", "java.lang.Integer", 1000),
        ("123456789012345678901234567890", "java.math.BigInteger", 123456789012345678901234567890),
        ("2.5", "java.lang.Double", 2.5),
        ("1d", "java.lang.Double", 1.0),
        ("NaN", "java.lang.Double", None),  # checked below
        ("1.50", "java.math.BigDecimal", Decimal("1.50")),
        ("12", "java.lang.Number", 12),
        ("1.5", "java.lang.Number", 1.5),
        ("hello, world", "java.lang.String", "hello, world"),
        ("anything", "java.lang.Object", "anything"),
        ("TRUE", "java.lang.Boolean", True),
        ("no", "java.lang.Boolean", False),
        ("x", "java.lang.Character", "x"),
        ("fr_FR", "java.util.Locale", U.Locale("fr", "FR")),
        ("de-AT", "java.util.Locale", U.Locale("de", "AT")),
        ("a,b , c", "java.util.List", ["a", "b", "c"]),
        ("a\\,b,c", "java.util.Collection", ["a,b", "c"]),
        ("", "java.util.List", []),
        ("x,y", "java.lang.String[]", ["x", "y"]),
        ("3,1,2", "java.lang.Integer[]", [3, 1, 2]),
    ],
)
def test_text_by_declared_class(text, cls, expected, ctx) -> None:  # type: ignore[no-untyped-def]
    value = from_text(text, cls, ctx)
    if expected is None:
        assert value != value  # NaN
    else:
        assert value == expected
        assert type(value) is type(expected)


def test_text_float_is_rounded_to_single_precision() -> None:
    assert from_text("0.1", "java.lang.Float") == pytest.approx(0.1, abs=1e-8)
    assert from_text("0.1", "java.lang.Float") != 0.1


def test_text_dates_without_offset_are_in_the_report_zone(ctx) -> None:  # type: ignore[no-untyped-def]
    d = from_text("2024-05-31", "java.util.Date", ctx)
    assert d == _dt.datetime(2024, 5, 31, tzinfo=PARIS)
    assert d.utcoffset() == _dt.timedelta(hours=2)
    t = from_text("2024-05-31T14:30:00", "java.util.Date", ctx)
    assert t == _dt.datetime(2024, 5, 31, 12, 30, tzinfo=UTC)
    z = from_text("2024-05-31T14:30:00Z", "java.util.Date", ctx)
    assert z == _dt.datetime(2024, 5, 31, 14, 30, tzinfo=UTC)
    assert z.tzinfo == PARIS  # handed out in the report zone, as data sources do
    ts = from_text("2024-05-31 10:00:00.250", "java.sql.Timestamp", ctx)
    assert isinstance(ts, DT.Timestamp) and ts.microsecond == 250000
    assert from_text("2024-05-31T23:30:00Z", "java.sql.Date", ctx) == _dt.date(2024, 6, 1)
    assert from_text("10:15", "java.sql.Time", ctx) == _dt.time(10, 15)


def test_text_sets_iterate_as_a_java_hash_set() -> None:
    value = from_text("Active,Trial,Zzz,a", "java.util.Set")
    assert isinstance(value, U.LinkedHashSet)
    assert list(value) == ["a", "Active", "Trial", "Zzz"]  # java.util.HashSet's order
    assert list(from_text("b,a,c,a", "java.util.TreeSet")) == ["a", "b", "c"]


def test_text_collection_items_use_the_nested_type() -> None:
    assert from_text("1, 2", "java.util.List", nested_type="java.lang.Integer") == [1, 2]
    assert from_text("2024-01-02", "java.util.List", ValueContext("GMT"), nested_type="java.util.Date") == [
        _dt.datetime(2024, 1, 2, tzinfo=UTC)
    ]


def test_text_time_zone(ctx) -> None:  # type: ignore[no-untyped-def]
    tz = from_text("America/New_York", "java.util.TimeZone", ctx)
    assert isinstance(tz, U.TimeZone) and tz.id == "America/New_York"
    assert from_text("GMT+02:00", "java.util.TimeZone").id == "GMT+02:00"


def test_text_files(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    stream = from_text("data.json", "java.io.InputStream", ctx)
    assert isinstance(stream, InputStream) and stream.read_all() == b'{"a": 1}'
    assert from_text("data.json", "java.io.File", ctx) == (tmp_path / "data.json").resolve()
    doc = from_text(str(tmp_path / "doc.xml"), "org.w3c.dom.Document", ctx)
    assert isinstance(doc, XmlDocument) and doc.root.tag == "root"
    report = from_text("net/x/Sub.jrxml", "net.sf.jasperreports.engine.JasperReport", ctx)
    assert isinstance(report, jrxmlpy.Report) and report.design.name == "sub"
    assert from_text("net/x/Sub.jrxml", "net.sf.jasperreports.engine.JasperReport", ctx) is report  # compiled once


@pytest.mark.parametrize(
    ("text", "cls", "message"),
    [
        ("x", "java.lang.Integer", "parameter 'P' (java.lang.Integer): not a number: 'x'"),
        ("1.5", "java.lang.Integer", "not an integral number: '1.5'"),
        ("3000000000", "java.lang.Integer", "3000000000 is out of the range of Integer"),
        ("200", "java.lang.Byte", "out of the range of Byte"),
        ("1,5", "java.lang.Double", "not a number: '1,5'"),
        ("1.2.3", "java.math.BigDecimal", "not a decimal number"),
        ("maybe", "java.lang.Boolean", "not a boolean"),
        ("ab", "java.lang.Character", "not a single character"),
        ("31/05/2024", "java.util.Date", "give an ISO 8601 date"),
        ("2024-13-01", "java.util.Date", "parameter 'P' (java.util.Date)"),
        ("Mars/Olympus", "java.util.TimeZone", "unknown time zone 'Mars/Olympus'"),
        ("a=1", "java.util.Map", "give it with --params-json"),
        ("x", "com.acme.Custom", "a com.acme.Custom cannot be given as text"),
        ("nope.json", "java.io.InputStream", "file not found: nope.json"),
    ],
)
def test_text_errors_name_parameter_class_and_value(text, cls, message, ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParameterError) as info:
        from_text(text, cls, ctx, name="P")
    assert message in str(info.value)
    assert str(info.value).startswith(f"parameter 'P' ({cls}): ")
    assert "\n" not in str(info.value)


def test_missing_file_is_its_own_error(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParameterFileNotFoundError):
        from_text("nope.json", "java.io.InputStream", ctx, name="P")
    with pytest.raises(ParameterFileNotFoundError):
        from_json({"$type": "java.io.InputStream", "file": "nope.json"}, None, ctx, name="P")


def test_text_jrxml_that_does_not_compile_is_a_parameter_error(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "bad.jrxml").write_text("<jasperReport")
    with pytest.raises(ParameterError, match=r"parameter 'S' \(net.sf.jasperreports.engine.JasperReport\): .*bad.jrxml"):
        from_text("bad.jrxml", "net.sf.jasperreports.engine.JasperReport", ctx, name="S")


# --- JSON -----------------------------------------------------------------------------------


def test_json_typed_values(ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert from_json({"$type": "java.lang.Integer", "value": 5}) == 5
    assert from_json({"$type": "java.lang.Integer", "value": "5"}) == 5
    assert from_json({"$type": "java.lang.Long", "value": 5.0}) == 5
    assert from_json({"$type": "java.lang.Double", "value": 5}) == 5.0
    assert isinstance(from_json({"$type": "java.lang.Double", "value": 5}), float)
    assert from_json({"$type": "java.math.BigDecimal", "value": "10.50"}) == Decimal("10.50")
    assert str(from_json({"$type": "java.math.BigDecimal", "value": "10.50"})) == "10.50"
    assert from_json({"$type": "java.math.BigInteger", "value": "12345678901234567890"}) == 12345678901234567890
    assert from_json({"$type": "java.lang.Short", "value": 3}) == 3
    assert from_json({"$type": "java.lang.Boolean", "value": "TRUE"}) is True
    assert from_json({"$type": "java.lang.Boolean", "value": False}) is False
    assert from_json({"$type": "java.lang.String", "value": 12}) == "12"
    assert from_json({"$type": "java.lang.String", "value": 1.0}) == "1.0"  # Jackson's asText
    assert from_json({"$type": "java.util.Locale", "value": "fr_FR"}) == U.Locale("fr", "FR")
    assert from_json({"$type": "java.util.TimeZone", "value": "Europe/Paris"}).id == "Europe/Paris"
    assert from_json({"$type": "java.util.List", "values": [1, "a", None]}) == [1, "a", None]
    assert from_json({"$type": "java.lang.String[]", "values": [1, "a", True, None]}) == ["1", "a", "true", None]
    assert list(from_json({"$type": "java.util.TreeSet", "values": [3, 1, 2]})) == [1, 2, 3]
    assert from_json({"$type": "java.util.Map", "value": {"b": 1, "a": [2]}}) == {"b": 1, "a": [2]}
    assert list(from_json({"$type": "java.util.HashMap", "value": {"zeta": 1, "alpha": 1, "mid": 1, "b": 1}})) == [
        "zeta", "b", "alpha", "mid"]  # java.util.HashMap's order
    assert list(from_json({"$type": "java.util.TreeMap", "value": {"b": 1, "a": 2}})) == ["a", "b"]
    stream = from_json({"$type": "java.io.InputStream", "file": str(tmp_path / "data.json")}, None, ctx)
    assert isinstance(stream, InputStream) and stream.read_all() == b'{"a": 1}'
    doc = from_json({"$type": "org.w3c.dom.Document", "file": "doc.xml"}, None, ctx)
    assert isinstance(doc, XmlDocument)
    report = from_json({"$type": "net.sf.jasperreports.engine.JasperReport", "file": "net/x/Sub.jrxml"}, None, ctx)
    assert isinstance(report, jrxmlpy.Report)


def test_json_set_is_a_java_hash_set() -> None:
    value = from_json({"$type": "java.util.Set", "values": ["Active", "Trial", "Zzz", "a", "a"]})
    assert isinstance(value, U.LinkedHashSet)
    assert list(value) == ["a", "Active", "Trial", "Zzz"]


def test_json_dates(ctx) -> None:  # type: ignore[no-untyped-def]
    d = from_json({"$type": "java.util.Date", "value": "2024-01-15T10:00:00"}, None, ctx)
    assert d == _dt.datetime(2024, 1, 15, 9, 0, tzinfo=UTC)
    assert from_json({"$type": "java.util.Date", "value": "2024-01-15T10:00:00+05:00"}, None, ctx) == _dt.datetime(
        2024, 1, 15, 5, 0, tzinfo=UTC)
    assert isinstance(from_json({"$type": "java.sql.Timestamp", "value": "2024-01-15"}, None, ctx), DT.Timestamp)
    assert from_json({"$type": "java.sql.Date", "value": "2024-01-15"}, None, ctx) == _dt.date(2024, 1, 15)


def test_json_plain_values_are_converted_to_the_declared_class(ctx) -> None:  # type: ignore[no-untyped-def]
    assert from_json(3, "java.lang.Long") == 3
    assert from_json(3, "java.lang.Double") == 3.0 and isinstance(from_json(3, "java.lang.Double"), float)
    assert from_json(2.5, "java.math.BigDecimal") == Decimal("2.5")
    assert from_json("7", "java.lang.Integer") == 7
    assert from_json(7, "java.lang.String") == "7"
    assert from_json("2024-01-15", "java.util.Date", ctx) == _dt.datetime(2024, 1, 15, tzinfo=PARIS)
    assert from_json("en_GB", "java.util.Locale") == U.Locale("en", "GB")
    assert from_json("true", "java.lang.Boolean") is True
    assert list(from_json(["b", "a"], "java.util.Set")) == ["a", "b"]
    assert from_json(["b", "a"], "java.util.Collection") == ["b", "a"]
    assert from_json([1, 2], "java.lang.String[]") == ["1", "2"]
    assert from_json({"k": [1]}, "java.util.Map") == {"k": [1]}


def test_json_plain_values_without_obvious_conversion_are_kept() -> None:
    assert from_json(1.5, "java.lang.Integer") == 1.5  # as the oracle: not exact, passed as it is
    assert from_json("abc", "java.lang.Integer") == "abc"
    assert from_json(True, "java.lang.String") is True
    assert from_json("x", "com.acme.Custom") == "x"
    assert from_json({"a": 1}, None) == {"a": 1}
    assert natural([1, {"$type": "java.lang.Long", "value": 2}]) == [1, 2]


def test_json_abstract_test_takes_the_declared_subclass(ctx) -> None:  # type: ignore[no-untyped-def]
    split = "net.sf.jasperreports.bands.splittypeprevent.SplitTypePreventTest"
    test = from_json({"$type": "net.sf.jasperreports.AbstractTest"}, split, ctx)
    assert isinstance(test, AbstractTest) and test.java_class == split
    report = test.compileReport("net/x/Sub.jrxml")
    assert isinstance(report, jrxmlpy.Report) and test.compile_report("net/x/Sub.jrxml") is report
    with pytest.raises(ResourceError, match="compileReport: 'net/nope.jrxml' not found"):
        test.compileReport("net/nope.jrxml")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ({"$type": "java.lang.Integer", "value": 1.5}, "not an integral number"),
        ({"$type": "java.lang.Integer"}, "java.lang.Integer needs a 'value'"),
        ({"$type": "java.util.Date", "value": "yesterday"}, "not an ISO 8601 date"),
        ({"$type": "java.util.Set", "values": "a"}, "'values' is an array"),
        ({"$type": "com.acme.Thing"}, "unsupported $type 'com.acme.Thing'"),
        ({"$type": "java.io.InputStream"}, "needs a 'file'"),
    ],
)
def test_json_errors(value, message) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ParameterError) as info:
        from_json(value, None, name="P")
    assert message in str(info.value)
    assert str(info.value).startswith("parameter 'P': ")


# --- helpers --------------------------------------------------------------------------------


def test_parse_instant_forms() -> None:
    gmt = ZoneInfo("GMT")
    assert parse_instant("2024-03-01", gmt) == _dt.datetime(2024, 3, 1, tzinfo=UTC)
    assert parse_instant("2024-03-01 12:00", gmt) == _dt.datetime(2024, 3, 1, 12, tzinfo=UTC)
    assert parse_instant("2024-03-01T12:00:00.5Z", PARIS) == _dt.datetime(2024, 3, 1, 12, 0, 0, 500000, tzinfo=UTC)
    assert parse_instant("2024-03-01T12:00[Europe/Paris]", gmt) == _dt.datetime(2024, 3, 1, 11, tzinfo=UTC)
    assert parse_instant("08:30", gmt) == _dt.datetime(1970, 1, 1, 8, 30, tzinfo=UTC)
    with pytest.raises(ValueError):
        parse_instant("March 1st", gmt)


def test_java_hash_order_matches_java() -> None:
    # printed by a JVM: new HashSet<>() / new HashMap<>() filled in this order
    assert list(java_hash_set([100000, -5, 17, 3000000000, 2.5])) == [3000000000, 100000, 17, -5, 2.5]
    keys = [f"k{i * 7}" for i in range(40)]  # resized to 64 buckets
    assert list(java_hash_set(keys))[:8] == ["k91", "k70", "k77", "k98", "k35", "k56", "k14", "k161"]
    assert list(java_hash_map([("zeta", 1), ("alpha", 2)])) == ["zeta", "alpha"]


def test_parse_assignment() -> None:
    assert parse_assignment("A=b=c") == ("A", "b=c")
    assert parse_assignment("A=") == ("A", "")
    with pytest.raises(ValueError, match="expected NAME=VALUE"):
        parse_assignment("novalue")
    with pytest.raises(ValueError):
        parse_assignment("=x")


def test_parameter_classes_include_builtin_and_query_parameters() -> None:
    report = jrxmlpy.compile(Path(__file__).parent.parent / "samples" / "orders" / "orders.jrxml")
    classes = parameter_classes(report)
    assert classes["Title"] == "java.lang.String"
    assert classes["REPORT_LOCALE"] == "java.util.Locale"
    assert classes["JSON_LOCALE"] == "java.util.Locale"  # the report has a json query
