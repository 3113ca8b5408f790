"""XML, CSV, Python records, empty."""

from __future__ import annotations

import datetime as dt
import io

import pytest

from jrxmlpy.data import CsvDataSource, DataContext, EmptyDataSource, RecordsDataSource, XmlDataSource
from jrxmlpy.design.report import Field
from jrxmlpy.errors import DataError, FieldValueError

XML = b"""<?xml version="1.0"?>
<Northwind xmlns:x="urn:x">
  <Customers id="1"><CustomerID>ALFKI</CustomerID><City>Berlin</City><Empty/><Note><![CDATA[a<b]]></Note>
    <Orders><OrderID>10643</OrderID><Freight>1.234,5</Freight><OrderDate>25.08.1997</OrderDate></Orders>
    <Orders><OrderID>10692</OrderID><Freight>61,02</Freight><OrderDate>03.10.1997</OrderDate></Orders>
  </Customers>
  <Customers id="2"><CustomerID>ANATR</CustomerID><City>Mexico</City></Customers>
  <x:Extra><x:Name>ns value</x:Name></x:Extra>
</Northwind>"""


def test_xml_records_and_fields():
    ds = XmlDataSource(XML, "/Northwind/Customers")
    assert ds.record_count == 2
    rows = list(
        ds.bind(
            [
                Field("CustomerID"),
                Field("Id", "java.lang.Integer", description="@id"),
                Field("Empty"),
                Field("Note"),
                Field(
                    "Count",
                    "java.lang.Integer",
                    properties={"net.sf.jasperreports.xpath.field.expression": "count(Orders)"},
                ),
                Field(
                    "CountText", properties={"net.sf.jasperreports.xpath.field.expression": "count(Orders)"}
                ),
                Field("HasOrders", "java.lang.Boolean", description="boolean(Orders)"),
                Field("Root", description="../@xmlns"),
                Field("Up", description="../Customers[2]/City"),
            ]
        )
    )
    assert rows[0]["CustomerID"] == "ALFKI" and rows[0]["Id"] == 1 and rows[0]["Empty"] is None
    assert rows[0]["Note"] == "a<b" and rows[0]["Count"] == 2 and rows[0]["CountText"] == "2.0"
    assert rows[0]["HasOrders"] is True and rows[1]["HasOrders"] is False
    assert rows[0]["Up"] == "Mexico" and rows[1]["CustomerID"] == "ANATR"


def test_xml_conversion_and_sub_data_sources():
    ds = XmlDataSource(
        XML, "/Northwind/Customers", date_pattern="dd.MM.yyyy", number_pattern="#,##0.##", locale="de_DE"
    )
    it = ds.bind([Field("CustomerID")], DataContext(time_zone="Europe/Berlin"))
    next(it)
    sub = ds.subDataSource("/Customers/Orders")
    rows = list(
        sub.bind(
            [Field("Freight", "java.lang.Double"), Field("OrderDate", "java.util.Date")],
            DataContext(time_zone="Europe/Berlin"),
        )
    )
    assert [r["Freight"] for r in rows] == [1234.5, 61.02]
    assert rows[0]["OrderDate"] == dt.datetime(1997, 8, 25, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    whole = ds.dataSource("//Orders")
    assert whole.record_count == 2
    one = ds.sub_data_source()  # the current node as a document
    assert [r["c"] for r in one.bind([Field("c", description="Customers/City")])] == ["Berlin"]


def test_xml_namespaces():
    assert XmlDataSource(XML, "//x:Extra", detect_namespaces=True).record_count == 1
    ds = XmlDataSource(XML, "//y:Extra", namespaces={"y": "urn:x"})
    assert [r["n"] for r in ds.bind([Field("n", description="y:Name")])] == ["ns value"]
    with pytest.raises(DataError):
        XmlDataSource(XML, "//x:Extra")


def test_xml_errors_are_safe_and_located():
    with pytest.raises(DataError) as info:
        XmlDataSource(b"<a>\n<b></a>", "/a")
    assert info.value.location.line == 2
    with pytest.raises(DataError):
        XmlDataSource(b'<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', "/a")


CSV = (
    'name,"id",amount,when,ok\r\n'
    '"Doe, John" , 1,"1.234,5",25.08.1997 10:00,TRUE\r\n'
    '"He said ""hi""",2,"3,25",,false\r\n'
    '"multi\r\nline",3\r\n'
)


def test_csv_header_quotes_crlf_and_padding():
    ds = CsvDataSource(
        CSV.encode(),
        header=True,
        record_delimiter="\r\n",
        number_pattern="#,##0.##",
        date_pattern="dd.MM.yyyy HH:mm",
        locale="de_DE",
        timezone="Europe/Berlin",
    )
    rows = list(
        ds.bind(
            [
                Field("name"),
                Field("id", "java.lang.Integer"),
                Field("amount", "java.math.BigDecimal"),
                Field("when", "java.util.Date"),
                Field("ok", "java.lang.Boolean"),
                Field("COLUMN_0"),
            ],
            DataContext(time_zone="UTC"),
        )
    )
    assert [r["name"] for r in rows] == ["Doe, John", 'He said "hi"', "multi\r\nline"]
    assert (
        rows[0]["id"] == 1
        and str(rows[0]["amount"]) == "1234.5"
        and rows[1]["amount"] == __import__("decimal").Decimal("3.25")
    )
    assert rows[0]["when"] == dt.datetime(1997, 8, 25, 8, 0, tzinfo=dt.UTC)
    assert rows[0]["ok"] is True and rows[1]["ok"] is False and rows[1]["when"] is None
    assert rows[2]["amount"] is None and rows[2]["COLUMN_0"] == "multi\r\nline"


def test_csv_columns_by_name_and_errors():
    ds = CsvDataSource(b"a;b\nc;d\n", columns=["x", "y"], delimiter=";")
    assert list(ds.bind([Field("y")])) == [{"y": "b"}, {"y": "d"}]
    with pytest.raises(DataError):
        list(CsvDataSource(b"a\n", columns=["x"]).bind([Field("z")]))
    with pytest.raises(DataError):
        list(CsvDataSource(b'ab"c,d\n', columns=["x"]).bind([Field("x")]))
    with pytest.raises(FieldValueError) as info:
        list(CsvDataSource(b"1\nzz\n", columns=["n"]).bind([Field("n", "java.lang.Integer")]))
    assert info.value.record == 2 and info.value.value == "zz"


def test_csv_multichar_delimiter_quirk_and_default_number_parsing():
    # a lone \r inside a \r\n-delimited file: JasperReports keeps it and repeats it
    ds = CsvDataSource(b"a\rbc,1\r\nc,2", columns=["x", "n"], record_delimiter="\r\n")
    rows = list(ds.bind([Field("x"), Field("n", "java.lang.Long")]))
    assert rows == [{"x": "a\rb\rc", "n": 1}, {"x": "c", "n": 2}]


def test_csv_is_read_incrementally(tmp_path):
    class Counting(io.StringIO):
        reads = 0

        def read(self, n=-1):
            Counting.reads += 1
            return super().read(n)

    text = "x\n" * 200000
    stream = Counting(text)
    it = CsvDataSource(stream, columns=["c"]).bind([Field("c")])
    next(it)
    assert Counting.reads == 1  # only the first chunk was read


class Obj:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner


def test_records_lazy_and_paths():
    consumed = []

    def gen():
        for i in range(10**9):
            consumed.append(i)
            if i == 5:
                raise AssertionError("read too far")
            yield {
                "id": i,
                "customer": {"name": f"c{i}"},
                "obj": Obj("o", Obj("deep")),
                "when": dt.date(2020, 1, 2),
            }

    ds = RecordsDataSource(gen())
    it = ds.bind(
        [
            Field("id", "java.lang.Integer"),
            Field("cn", description="customer.name"),
            Field("obj.inner.name"),
            Field("F", "java.lang.Double", description="id"),
            Field("when", "java.util.Date"),
            Field("customer", description="Name of the customer (prose)", value_class="java.lang.Object"),
        ],
        DataContext(time_zone="Europe/Paris"),
    )
    rows = [next(it) for _ in range(3)]
    assert consumed == [0, 1, 2]
    assert rows[1]["cn"] == "c1" and rows[1]["obj.inner.name"] == "deep" and rows[1]["F"] == 1.0
    assert rows[0]["when"].isoformat() == "2020-01-02T00:00:00+01:00" and rows[0]["customer"] == {
        "name": "c0"
    }
    sub = ds.sub_data_source("customer")
    assert list(sub.bind([Field("name")])) == [{"name": "c2"}]


def test_records_type_mismatch():
    with pytest.raises(FieldValueError):
        list(RecordsDataSource([{"a": "x"}]).bind([Field("a", "java.lang.Integer")]))


def test_empty():
    ds = EmptyDataSource(3)
    assert ds.record_count == 3
    assert list(ds.bind([Field("a"), Field("b", "java.lang.Integer")])) == [{"a": None, "b": None}] * 3
    assert list(EmptyDataSource().bind([])) == [{}]
