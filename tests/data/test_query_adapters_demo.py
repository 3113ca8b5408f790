"""Query executers, data adapters, and the JasperReports demo data checked against what
JasperReports printed (the oracle's outputs), when the shared corpus is present."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jrxmlpy.data import (
    CsvDataSource,
    DataContext,
    EmptyDataSource,
    JsonDataSource,
    JsonQLDataSource,
    XmlDataSource,
    data_source_for_adapter,
    data_source_for_query,
    load_data_adapter,
    parse_data_adapter,
    substitute_parameters,
)
from jrxmlpy.design.report import Field, Query
from jrxmlpy.errors import DataError, DataSourceNotFoundError, UnsupportedFeatureError
from jrxmlpy.resources import Resources

SHARED = Path(__file__).resolve().parents[3] / "shared" / "conformance"
if not SHARED.is_dir():
    SHARED = Path("/work/shared/conformance")
JR = SHARED / "jr-6.21"
DEMO = JR / "demo" / "samples"
ORACLE = Path.home() / ".cache" / "jasper-oracle" / "out"
needs_corpus = pytest.mark.skipif(not DEMO.is_dir(), reason="shared conformance corpus absent")


def oracle_texts(case: str) -> list[str] | None:
    for suite in ("smoke", "public"):
        path = ORACLE / suite / case.replace("/", "__") / "report.jrpxml"
        if path.is_file():
            return re.findall(r"<textContent><!\[CDATA\[(.*?)\]\]>", path.read_text(encoding="utf-8"), re.S)
    return None


def test_parameter_substitution():
    assert (
        substitute_parameters("/a[b='$P{X}' and c=$P!{N}]/$P{Missing}", {"X": "q", "N": 2.0})
        == "/a[b='q' and c=2.0]/null"
    )


def test_sql_without_connection_has_no_records_and_plsql_is_unsupported():
    empty = data_source_for_query(Query("select 1", "sql"), {})
    assert isinstance(empty, EmptyDataSource) and empty.record_count == 0
    with pytest.raises(UnsupportedFeatureError) as info:
        data_source_for_query(Query("{call p()}", "plsql"), {})
    assert info.value.feature == "plsql" and "stored procedures" in str(info.value)


def test_json_query_from_parameter_and_property(tmp_path):
    (tmp_path / "d.json").write_text('{"a": [{"v": "1,5"}, {"v": "2"}]}')
    ctx = DataContext(
        resources=Resources.of([tmp_path]), properties={"net.sf.jasperreports.json.source": "d.json"}
    )
    params = {"net.sf.jasperreports.json.number.pattern": "#,##0.#", "JSON_LOCALE": "de_DE"}
    ds = data_source_for_query(Query("a", "json"), params, ctx)
    assert isinstance(ds, JsonDataSource)
    assert [r["v"] for r in ds.bind([Field("v", "java.lang.Double")], ctx)] == [1.5, 2.0]
    ds = data_source_for_query(
        Query('a.*(v == "2")', "jsonql"), {"JSON_INPUT_STREAM": b'{"a": [{"v": "1"}, {"v": "2"}]}'}
    )
    assert isinstance(ds, JsonQLDataSource) and ds.record_count == 1
    with pytest.raises(DataSourceNotFoundError):
        data_source_for_query(Query("a", "json"), {"net.sf.jasperreports.json.source": "none.json"}, ctx)
    empty = data_source_for_query(Query("a", "json"), {}, DataContext())
    assert isinstance(empty, EmptyDataSource) and empty.record_count == 0


def test_csv_query_columns_from_fields(tmp_path):
    (tmp_path / "d.csv").write_text("1;x\n2;y\n")
    ctx = DataContext(
        resources=Resources.of([tmp_path]), properties={"net.sf.jasperreports.csv.source": "d.csv"}
    )
    fields = [Field("n", "java.lang.Integer"), Field("s")]
    ds = data_source_for_query(
        Query("", "csv"), {"net.sf.jasperreports.csv.field.delimiter": ";"}, ctx, fields
    )
    assert list(ds.bind(fields, ctx)) == [{"n": 1, "s": "x"}, {"n": 2, "s": "y"}]


def test_adapter_parsing_and_kinds(tmp_path):
    (tmp_path / "e.jrdax").write_text(
        '<?xml version="1.0"?><emptyDataAdapter class="x"><name>E</name><recordCount>4</recordCount></emptyDataAdapter>'
    )
    (tmp_path / "j.jrdax").write_text(
        "<jdbcDataAdapter><name>db</name><driver>org.h2.Driver</driver></jdbcDataAdapter>"
    )
    ctx = DataContext(resources=Resources.of([tmp_path]))
    assert data_source_for_adapter("e.jrdax", context=ctx).record_count == 4
    with pytest.raises(DataError, match="names no JDBC url"):
        data_source_for_adapter("j.jrdax", context=ctx)
    (tmp_path / "n.jrdax").write_text("<jndiDataAdapter><name>n</name></jndiDataAdapter>")
    with pytest.raises(UnsupportedFeatureError):
        data_source_for_adapter("n.jrdax", context=ctx)
    with pytest.raises(DataSourceNotFoundError):
        load_data_adapter("missing.jrdax", ctx.resources)


# --- the corpus ------------------------------------------------------------------------------


@needs_corpus
def test_every_corpus_adapter_loads():
    adapters = sorted(JR.rglob("*.jrdax"))
    assert adapters
    kinds = {}
    for path in adapters:
        adapter = parse_data_adapter(str(path))
        kinds[adapter.kind] = kinds.get(adapter.kind, 0) + 1
        base = Resources.of([JR / "tests" / "src" / "test" / "java", path.parent, path.parent.parent])
        ctx = DataContext(resources=base)
        if adapter.kind in ("emptyDataAdapter", "csvDataAdapter"):
            ds = adapter.data_source(None, {}, ctx, [Field("COLUMN_0")])
            assert ds.record_count is not None or isinstance(ds, CsvDataSource)
            if isinstance(ds, CsvDataSource):
                assert list(ds.bind([Field("COLUMN_0")], ctx))
        elif adapter.kind == "jsonDataAdapter":
            ds = adapter.data_source(Query(" ..Orders(@size > 1).* ", "jsonql"), {}, ctx)
            assert ds.record_count and ds.record_count > 100
        elif adapter.kind in ("excelDataAdapter", "xlsDataAdapter", "xlsxDataAdapter"):
            fields = [Field("city"), Field("state")]
            ds = adapter.data_source(Query("", "xls"), {}, ctx, fields)
            assert len(list(ds.bind(fields, ctx))) >= 10
        else:
            with pytest.raises(UnsupportedFeatureError):
                adapter.data_source(None, {}, ctx)
    assert kinds["emptyDataAdapter"] >= 10 and kinds["csvDataAdapter"] >= 5


@needs_corpus
def test_simple_csv_adapter_of_the_regression_tests():
    ctx = DataContext(resources=Resources.of([JR / "tests" / "src" / "test" / "java"]))
    ds = data_source_for_adapter("net/sf/jasperreports/data/SimpleCsvDataAdapter.12.jrdax", context=ctx)
    rows = list(ds.bind([Field("COLUMN_0")], ctx))
    assert len(rows) == 12 and rows[0]["COLUMN_0"] == "one"


@needs_corpus
def test_json_demo_matches_jasperreports():
    data = DEMO / "jsondatasource" / "data" / "northwind.json"
    customers = JsonDataSource(
        data, "Northwind.Customers", date_pattern="yyyy-MM-dd", number_pattern="#,##0.##", locale="en"
    )
    expected = oracle_texts("demo/jsondatasource/JsonCustomersReport")
    ids = []
    first_orders = None
    for row in customers.bind([Field("CustomerID"), Field("CompanyName")]):
        ids.append(row["CustomerID"])
        if first_orders is None:
            # the subreport's query, as the JSON query executer runs it
            orders = data_source_for_query(
                Query("Northwind.Orders(CustomerID == $P{CustomerID})", "json"),
                {
                    "CustomerID": row["CustomerID"],
                    "JSON_INPUT_STREAM": data.read_bytes(),
                    "net.sf.jasperreports.json.date.pattern": "yyyy-MM-dd",
                    "net.sf.jasperreports.json.number.pattern": "#,##0.##",
                    "JSON_LOCALE": "en",
                },
            )
            first_orders = list(
                orders.bind(
                    [
                        Field("Id", description="OrderID"),
                        Field("OrderDate", "java.util.Date"),
                        Field("ShipCity"),
                        Field("Freight", "java.lang.Float"),
                    ]
                )
            )
    assert len(ids) == 91 and ids[0] == "ALFKI"
    assert [o["Id"] for o in first_orders] == ["10643", "10692", "10702", "10835", "10952", "11011"]
    assert first_orders[0]["OrderDate"].strftime("%Y, %b %d") == "2017, Aug 25"
    if expected is not None:
        assert "$ 29.46" in expected and "2017, Aug 25" in expected
        for cid in ids:
            assert cid in expected
    # the sub data source a template asks for
    for _ in customers.bind([]):
        customers.subDataSource("Orders")
        break


@needs_corpus
def test_jsonql_demo_records():
    ctx = DataContext(resources=Resources.of([DEMO / "jsonqldatasource"]))
    ds = data_source_for_adapter(
        "data/NorthwindDataAdapter.jrdax", Query(" ..Orders(@size > 1).* ", "jsonql"), {}, ctx
    )
    fields = [
        Field(
            "Id", "java.lang.Integer", properties={"net.sf.jasperreports.jsonql.field.expression": "OrderID"}
        ),
        Field("City", properties={"net.sf.jasperreports.jsonql.field.expression": "^{2}.City"}),
        Field(
            "Freight",
            "java.lang.Double",
            properties={"net.sf.jasperreports.jsonql.field.expression": "Freight"},
        ),
    ]
    rows = list(ds.bind(fields, ctx))
    assert rows[0] == {"Id": 10643, "City": "Berlin", "Freight": 29.46}
    assert len(rows) > 800


@needs_corpus
def test_xml_demo_matches_jasperreports():
    xml = DEMO / "xmldatasource" / "data" / "northwind.xml"
    ctx = DataContext(resources=Resources.of([DEMO / "xmldatasource"]))
    expected = oracle_texts("demo/xmldatasource/CustomersReport")
    customers = data_source_for_query(
        Query("/Northwind/Customers", "xPath"), {"XML_DATA_DOCUMENT": str(xml)}, ctx
    )
    rows = list(customers.bind([Field("CustomerID"), Field("CompanyName")], ctx))
    assert len(rows) == 91
    params = {
        "XML_DATA_DOCUMENT": str(xml),
        "XML_DATE_PATTERN": "yyyy-MM-dd",
        "XML_NUMBER_PATTERN": "#,##0.##",
        "XML_LOCALE": "en",
        "CustomerID": "ALFKI",
    }
    orders = data_source_for_query(
        Query("/Northwind/Orders[CustomerID='$P{CustomerID}']", "xPath"), params, ctx
    )
    got = list(
        orders.bind(
            [
                Field("Id", properties={"net.sf.jasperreports.xpath.field.expression": "OrderID"}),
                Field("OrderDate", "java.util.Date"),
                Field("ShipCity"),
                Field("Freight", "java.lang.Float"),
            ],
            ctx,
        )
    )
    assert [g["Id"] for g in got][:3] == ["10643", "10692", "10702"]
    assert f"$ {got[0]['Freight']:.2f}" == "$ 29.46"
    if expected is not None:
        for row in rows:
            assert row["CustomerID"] in expected
        assert "2017, Aug 25" in expected and "Berlin" in expected
    # every query of the demo reports parses and selects
    for report in (DEMO / "xmldatasource" / "reports").glob("*.jrxml"):
        for q in re.findall(r'<queryString language="xPath">\s*<!\[CDATA\[(.*?)\]\]>', report.read_text()):
            ds = XmlDataSource(xml, substitute_parameters(q, {"CustomerID": "ALFKI"}))
            assert ds.record_count


@needs_corpus
def test_csv_demo_matches_jasperreports():
    expected = oracle_texts("demo/csvdatasource/CsvDataSourceReport")
    ds = CsvDataSource(
        DEMO / "csvdatasource" / "data" / "CsvDataSource.txt",
        columns=["city", "id", "name", "address", "state"],
        record_delimiter="\r\n",
    )
    rows = list(
        ds.bind(
            [Field("id", "java.lang.Integer"), Field("name"), Field("address"), Field("city"), Field("state")]
        )
    )
    assert len(rows) == 30 and rows[0] == {
        "id": 47,
        "name": "Janet Fuller",
        "address": "445 Upland Pl.",
        "city": "Dallas",
        "state": "Trial",
    }
    if expected is not None:
        shown = {r["name"] for r in rows if r["state"] in ("Active", "Trial")}
        assert all(any(name in t for t in expected) for name in shown)
    # the query executer version of the same demo
    ctx = DataContext(
        resources=Resources.of([DEMO / "csvdatasource"]),
        properties={
            "net.sf.jasperreports.csv.column.names": "city, id, name, address, state",
            "net.sf.jasperreports.csv.source": "data/CsvDataSource.txt",
        },
    )
    q = data_source_for_query(Query("", "csv"), {"net.sf.jasperreports.csv.record.delimiter": "\r\n"}, ctx)
    assert (
        list(
            q.bind(
                [
                    Field("id", "java.lang.Integer"),
                    Field("name"),
                    Field("address"),
                    Field("city"),
                    Field("state"),
                ],
                ctx,
            )
        )
        == rows
    )
