"""JSON (JasperReports' json language), the lenient reader, conversions."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jrxmlpy.data import DataContext, JsonDataSource, JsonValue, jsontext, parse_json
from jrxmlpy.data.json import select
from jrxmlpy.data.jsontext import MISSING, to_json_text
from jrxmlpy.design.report import Field
from jrxmlpy.errors import DataError, DataSourceNotFoundError, FieldValueError

DATA = b"""{"Northwind": {
  "Customers": [
    {Phone: "030", 'PostalCode': 12209, "CustomerID": "ALFKI", "City": "Berlin",
     "Orders": [{"Id": 1, "Freight": 29.46}, {"Id": 2, "Freight": 61.5}]},  // comment
    {"CustomerID": "ANATR", "PostalCode": "05021", "City": "Mexico", /* block */
     "Orders": [{"Id": 3, "Freight": 1.5}], "Active": true, "Tags": ["a", "b"]}
  ],
  "Orders": [
    {"CustomerID": "ALFKI", "OrderID": 10643, "OrderDate": "1997-08-25", "Freight": "1.234,5"},
    {"CustomerID": "ANATR", "OrderID": 10308, "OrderDate": "1996-09-18", "Freight": "88,1"}
  ]
}}"""


def rows(ds, *fields, ctx=None):
    return list(ds.bind(list(fields), ctx))


def test_lenient_reader_accepts_jackson_features():
    tree = parse_json(DATA)
    first = tree["Northwind"]["Customers"][0]
    assert first["Phone"] == "030" and first["PostalCode"] == 12209


@pytest.mark.parametrize("text", [
    DATA.decode(),
    "{a: 1, 'b': 'it\\'s \"q\" \\u00e9', /* c */ c: [1, 2.5, -3e2, true, null] // x\n}",
    "{$x_1 : {'k': 'a//b /*c*/'}, \"s\": \"it's // not a comment\"}",
    "[1] trailing text",
    "{a /* between */ : 1}",
])
def test_lenient_forms_read_in_c_give_the_careful_readers_values(text):
    from jrxmlpy.data.jsontext import _Parser

    assert parse_json(text) == _Parser(text, "x").parse()


def test_a_data_file_is_parsed_once_per_fill(tmp_path):
    from jrxmlpy.data.json import load_json_file

    path = tmp_path / "d.json"
    path.write_text("{a: [1, 2]}")
    parsed: dict = {}
    first = load_json_file(str(path), parsed)
    assert first.value == {"a": [1, 2]} and load_json_file(str(path), parsed).value is first.value
    path.write_text("{a: [1, 2, 3]}")  # changed (size): read again
    assert load_json_file(str(path), parsed).value == {"a": [1, 2, 3]}


@pytest.mark.parametrize("text", [b"[1, 2,]", b"{a: NaN}", b"[01]", b'{"a": "x\ny"}', b"{'a' 1}"])
def test_lenient_reader_refuses_what_jackson_refuses(text):
    with pytest.raises(DataError):
        parse_json(text)


def test_syntax_error_has_line_and_column():
    with pytest.raises(DataError) as info:
        parse_json(b'{\n  "a": 1,\n  "b": ]\n}', "x.json")
    assert info.value.location.line == 3 and info.value.location.source == "x.json"


def test_select_paths_filters_and_indexes():
    tree = parse_json(DATA)
    assert len(select(tree, "Northwind.Customers")) == 2
    assert select(tree, "Northwind.Customers.Orders") == [
        {"Id": 1, "Freight": 29.46},
        {"Id": 2, "Freight": 61.5},
        {"Id": 3, "Freight": 1.5},
    ]
    assert [o["OrderID"] for o in select(tree, "Northwind.Orders(CustomerID == ALFKI)")] == [10643]
    # JasperReports compares the text, quotes included
    assert select(tree, "Northwind.Orders(CustomerID == 'ALFKI')") == []
    assert [o["OrderID"] for o in select(tree, "Northwind.Orders(OrderID > 10500)")] == [10643]
    assert [o["OrderID"] for o in select(tree, "Northwind.Orders(OrderID != 10643)")] == [10308]
    # "<" is found before "<=": "<= 3" never matches, as in JasperReports
    assert select(tree, "Northwind.Orders(OrderID <= 99999)") == []
    assert select(tree, "Northwind.Customers[1].City") == "Mexico"
    assert select(tree, "Northwind.Customers[0].Orders[1].Id") == 2
    assert select(tree, "Northwind.Customers[5]") is MISSING
    assert select(tree, "Northwind..Customers[0].City") == "Berlin"
    assert select(tree, "Northwind.Nothing") is MISSING


def test_array_filter_equality_of_non_strings_and_missing_members():
    """``==`` compares the text of numbers and booleans too; nodes without the member
    or that are not objects never pass; an empty array does not parse its filter."""
    tree = parse_json(b'{"a": [{"k": 1}, {"k": "1"}, {"k": true}, {"j": 1}, 5, {"k": 2}, {"k": null}],'
                      b' "e": []}')
    assert select(tree, "a(k == 1)") == [{"k": 1}, {"k": "1"}]
    assert select(tree, "a(k == true)") == [{"k": True}]
    assert select(tree, "a(k == 2)") == [{"k": 2}]
    assert select(tree, "a(k != 1)") == [{"k": True}, {"k": 2}, {"k": None}]
    assert select(tree, "e(no operator)") == []
    with pytest.raises(DataError, match="no operator"):
        select(tree, "a(no operator)")


def test_records_and_fields():
    ds = JsonDataSource(DATA, "Northwind.Customers")
    assert ds.record_count == 2
    got = rows(
        ds,
        Field("CustomerID"),
        Field("Zip", "java.lang.String", description="PostalCode"),
        Field("Active", "java.lang.Boolean"),
        Field("Tags"),
        Field("Orders", "java.lang.Object"),
        Field(
            "First",
            "java.lang.Integer",
            properties={"net.sf.jasperreports.json.field.expression": "Orders[0].Id"},
        ),
        Field("Empty", properties={"net.sf.jasperreports.json.field.expression": ""}),
    )
    assert got[0]["CustomerID"] == "ALFKI" and got[0]["Zip"] == "12209" and got[0]["Active"] is None
    assert got[1]["Active"] is True and got[1]["Tags"] == '["a","b"]' and got[1]["Zip"] == "05021"
    assert got[0]["Orders"][1] == {"Id": 2, "Freight": 61.5} and got[0]["First"] == 1
    assert got[0]["Empty"] is None


def test_object_select_is_one_record_and_value_select_none():
    assert JsonDataSource(DATA, "Northwind").record_count == 1
    assert JsonDataSource(DATA, "Northwind.Customers[0].City").record_count == 0


def test_number_and_date_conversion_with_patterns_and_locales():
    ds = JsonDataSource(
        DATA,
        "Northwind.Orders",
        date_pattern="yyyy-MM-dd",
        number_pattern="#,##0.##",
        locale="de_DE",
        timezone="Europe/Bucharest",
    )
    ctx = DataContext(time_zone="America/New_York")
    got = rows(
        ds,
        Field("OrderDate", "java.util.Date"),
        Field("Freight", "java.math.BigDecimal"),
        Field("F", "java.lang.Double", description="Freight"),
        Field("OrderID", "java.lang.Long"),
        Field("D", "java.sql.Date", description="OrderDate"),
        ctx=ctx,
    )
    first = got[0]
    # midnight in Bucharest, handed out in the run's zone
    assert first["OrderDate"] == dt.datetime(1997, 8, 25, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert first["OrderDate"].tzinfo.key == "America/New_York"
    assert first["Freight"] == Decimal("1234.5") and first["F"] == 1234.5
    assert got[1]["F"] == 88.1 and first["OrderID"] == 10643
    assert first["D"] == dt.date(1997, 8, 25)


def test_default_date_pattern_is_the_short_one_of_the_run_locale():
    ds = JsonDataSource(b'[{"d": "8/25/97, 3:04 PM"}]')
    (row,) = rows(ds, Field("d", "java.util.Date"))
    assert row["d"] == dt.datetime(1997, 8, 25, 15, 4, tzinfo=dt.UTC)


def test_integer_fields_truncate_and_float_is_single_precision():
    ds = JsonDataSource(b'[{"a": 12.7, "b": 71.7, "c": 3000000000}]')
    (row,) = rows(
        ds, Field("a", "java.lang.Integer"), Field("b", "java.lang.Float"), Field("c", "java.lang.Long")
    )
    assert row["a"] == 12 and row["c"] == 3000000000
    assert row["b"] != 71.7 and abs(row["b"] - 71.7) < 1e-5


@pytest.mark.parametrize("cls", ["java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
                                 "java.math.BigInteger", "java.lang.Number", "java.lang.Double", "java.lang.Float",
                                 "java.math.BigDecimal"])
def test_json_integers_read_as_convert_number_converts_them(cls):
    """The reader returns the ints convert_number leaves alone without calling it: the
    values at and past each class's limits still come out as Java narrows them."""
    from jrxmlpy.data.convert import convert_number

    values = [0, 1, -1, 127, 128, -128, -129, 32767, 32768, -32769, 2**31 - 1, 2**31, -(2**31) - 1, 2**63 - 1, 2**63,
              -(2**63) - 1, 10**30]
    ds = JsonDataSource(("[" + ", ".join(f'{{"n": {v}}}' for v in values) + "]").encode())
    got = [row["n"] for row in rows(ds, Field("n", cls))]
    expected = [convert_number(v, cls) for v in values]
    assert got == expected and [type(v) for v in got] == [type(v) for v in expected]


def test_conversion_error_names_field_record_and_value():
    ds = JsonDataSource(b'[{"n": 1}, {"n": "abc"}]')
    with pytest.raises(FieldValueError) as info:
        rows(ds, Field("n", "java.lang.Integer"))
    err = info.value
    assert err.field == "n" and err.record == 2 and err.value == "abc"
    assert "'n'" in str(err) and "record 2" in str(err)


def test_sub_data_source_is_relative_to_the_current_record():
    ds = JsonDataSource(DATA, "Northwind.Customers", number_pattern="#,##0.##", locale="en_US")
    seen = []
    for _ in ds.bind([Field("CustomerID")]):
        sub = ds.subDataSource("Orders")
        seen.append([r["Id"] for r in sub.bind([Field("Id", "java.lang.Integer")])])
        assert sub.attributes.number_pattern == "#,##0.##"
    assert seen == [[1, 2], [3]]


def test_sub_data_source_needs_a_current_record():
    with pytest.raises(DataError):
        JsonDataSource(DATA, "Northwind.Customers").sub_data_source("Orders")


def test_missing_file_is_named(tmp_path):
    with pytest.raises(DataSourceNotFoundError) as info:
        JsonDataSource(tmp_path / "nope.json")
    assert "nope.json" in str(info.value)


def test_parsed_values_and_json_text():
    ds = JsonDataSource(JsonValue([{"a": 1}, {"a": 2}]))
    assert [r["a"] for r in rows(ds, Field("a", "java.lang.Integer"))] == [1, 2]
    assert to_json_text({"a": [1, 2.5, None, True, 'q"']}) == '{"a":[1,2.5,null,true,"q\\""]}'


# --- the strict fast path (msgspec) reads what json.loads reads ------------------------------------

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=-2**200, max_value=2**200)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner, max_size=4),
    max_leaves=20,
)


def _exact(value: object) -> object:
    """``value`` with its types and key orders made comparable (1 == 1.0 == True otherwise)."""
    if isinstance(value, dict):
        return ("dict", [(k, _exact(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_exact(v) for v in value])
    return (type(value).__name__, repr(value))


@settings(max_examples=300, deadline=None)
@given(_json_values, st.booleans())
def test_strict_json_reads_as_the_json_module(value, ensure_ascii):
    data = json.dumps(value, ensure_ascii=ensure_ascii).encode("utf-8")
    assert _exact(parse_json(data)) == _exact(json.loads(data))


_json_pieces = st.sampled_from(['{', '}', '[', ']', ',', ':', '"a"', '"\\ud800"', '"é"', '"\t"', '1', '-0', '01', '1.5e3',
                                '1e400', '18446744073709551616', 'true', 'nul', 'NaN', ' ', '\n', '"a":', '.5', '//'])


@settings(max_examples=500, deadline=None)
@given(st.lists(_json_pieces, max_size=12))
def test_what_the_strict_reader_accepts_the_json_module_reads_alike(pieces):
    data = "".join(pieces).encode("utf-8")
    decode, refused = jsontext.strict_decoder()
    try:
        fast = decode(data)
    except refused:
        return
    assert _exact(fast) == _exact(json.loads(data))


def test_numbers_the_strict_reader_refuses_are_read_by_the_json_module():
    assert parse_json(b"[1e400, 18446744073709551616]") == [float("inf"), 18446744073709551616]
    assert parse_json(b'["\\ud800"]') == ["\ud800"]
