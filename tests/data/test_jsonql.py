"""JSONQL."""

from __future__ import annotations

import pytest

from jrxmlpy.data import JsonQLDataSource, parse_json, parse_jsonql
from jrxmlpy.data.jsonql import JsonQLSyntaxError, Node, select_node, select_nodes
from jrxmlpy.design.base import Expression, PropertyExpression
from jrxmlpy.design.report import Field

DATA = parse_json(b"""{"Northwind": {"Customers": [
  {"CustomerID": "ALFKI", "Company Name": "Alfreds", "City": "Berlin",
   "Orders": [{"OrderID": 10643, "OrderDate": "1997-08-25", "Freight": 29.46},
              {"OrderID": 10692, "OrderDate": "1997-10-03", "Freight": 61.02},
              {"OrderID": 10702, "OrderDate": "1998-10-13", "Freight": 230.5}]},
  {"CustomerID": "ANATR", "Company Name": "Ana", "City": "Mexico", "Fax": null,
   "Orders": [{"OrderID": 10308, "OrderDate": "1996-09-18", "Freight": 1.61}]}
]}}""")


def values(expr):
    return [n.data for n in select_nodes(Node(None, DATA), expr)]


def test_paths():
    assert values("Northwind.Customers.City") == ["Berlin", "Mexico"]
    assert values('$.Northwind.Customers[0]["Company Name"]') == ["Alfreds"]
    assert values('Northwind.Customers["Company Name"]') == ["Alfreds", "Ana"]
    assert values("Northwind.Customers[0].Orders[0, 2].OrderID") == [10643, 10702]
    assert values("..Orders.*[-1:].OrderID") == [10308]
    assert values("Northwind.Customers[0].Orders[0:2].OrderID") == [10643, 10692]
    assert values("Northwind.Customers[1][CustomerID, City]") == [{"CustomerID": "ANATR", "City": "Mexico"}]
    assert len(values("..Orders.*")) == 4


def test_filters():
    assert [o["OrderID"] for o in values('..Orders.*(Freight > 200 && OrderDate *= "1998")')] == [10702]
    assert [o["OrderID"] for o in values("..Orders.*(Freight > 120 || OrderID == 10308)")] == [10702, 10308]
    assert len(values("..Orders(@size > 1).*")) == 3
    assert len(values("..Orders(!@size > 1).*")) == 1
    assert values('Northwind.Customers.*(City == "Berlin").CustomerID') == ["ALFKI"]
    assert values("..OrderID(@val > 10650)") == [10692, 10702]
    assert values("Northwind.Customers.*(Fax@isNull).CustomerID") == ["ALFKI", "ANATR"]
    assert values("Northwind.Customers.*(Fax@isNotNull).CustomerID") == []
    assert values("..Orders(@isArray)^.CustomerID") == ["ALFKI", "ANATR"]
    assert values('..[OrderID, OrderDate](^{3}.City == "Berlin")') == values(
        '..[OrderID, OrderDate](^^^.City == "Berlin")'
    )
    assert len(values('..[OrderID, OrderDate](^{3}.City == "Berlin")')) == 3
    assert values("Northwind /* comment */ .Customers // tail\n .CustomerID") == ["ALFKI", "ANATR"]


def test_up_navigation_from_fields():
    root = Node(None, DATA)
    order = select_nodes(root, "..Orders(@size > 1).*")[1]
    assert select_node(order, root, "^{2}.City").data == "Berlin"
    assert select_node(order, root, '^^["Company Name"]').data == "Alfreds"
    assert select_node(order, root, "$.Northwind.Customers[1].City").data == "Mexico"


def test_data_source_and_conversion():
    ds = JsonQLDataSource(
        __import__("jrxmlpy.data.json", fromlist=["JsonValue"]).JsonValue(DATA),
        " ..Orders(@size > 1).* ",
        date_pattern="yyyy-MM-dd",
    )
    fields = [
        Field(
            "Id", "java.lang.Integer", properties={"net.sf.jasperreports.jsonql.field.expression": "OrderID"}
        ),
        Field("Freight", "java.lang.Double"),
        Field("Big", "java.math.BigDecimal", description="Freight"),
        Field("OrderDate", "java.util.Date"),
        Field("IdText", "java.lang.String", description="OrderID"),
        Field(
            "Company",
            property_expressions=[
                PropertyExpression(
                    "net.sf.jasperreports.jsonql.field.expression", Expression('"^^[\\"Company Name\\"]"')
                )
            ],
        ),
    ]
    rows = list(ds.bind(fields))
    assert [r["Id"] for r in rows] == [10643, 10692, 10702]
    assert rows[0]["Freight"] == 29.46 and str(rows[0]["Big"]) == "29.46" and rows[0]["IdText"] == "10643"
    assert rows[0]["OrderDate"].year == 1997 and rows[0]["Company"] == "Alfreds"
    for _ in JsonQLDataSource(
        __import__("jrxmlpy.data.json", fromlist=["JsonValue"]).JsonValue(DATA), "Northwind.Customers"
    ).bind([]):
        pass


def test_sub_data_source_keeps_parents():
    from jrxmlpy.data.json import JsonValue

    ds = JsonQLDataSource(JsonValue(DATA), "Northwind.Customers")
    it = ds.bind([Field("CustomerID")])
    next(it)
    sub = ds.sub_data_source("Orders")
    got = list(sub.bind([Field("OrderID", "java.lang.Integer"), Field("City", description="^^.City")]))
    assert [g["OrderID"] for g in got] == [10643, 10692, 10702] and got[0]["City"] == "Berlin"


@pytest.mark.parametrize("bad", ["Northwind.", "a[", "a(b ==)", "a(@nope)", "..", "^{0}"])
def test_syntax_errors(bad):
    with pytest.raises(JsonQLSyntaxError):
        parse_jsonql(bad)
