"""SQL data (jrxmlpy/data/sql.py): the query text expansion JasperReports does ($P, $P!,
every $X form), connections from URLs, parameters bound by their declared classes, fields
converted to theirs, subreports and dataset runs on REPORT_CONNECTION, time limits,
cancellation and the errors a user sees.

Every database test runs on SQLite, and on a real PostgreSQL when one is reachable at
``JRXMLPY_TEST_PG_URL`` (``.ci/run`` starts one from Debian's packages when it can; else
those cases are skipped, saying so).  No database is mocked."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import sys
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import jrxmlpy
from jrxmlpy.cli import main
from jrxmlpy.data import DataContext, data_source_for_query
from jrxmlpy.data.sql import SqlConnection, SqlDataSource, connect, expand_query, parse_query
from jrxmlpy.design.report import Field, Parameter, Query
from jrxmlpy.document import PrintFrame, PrintText
from jrxmlpy.errors import (
    DatabaseError,
    DataError,
    FillError,
    QueryCancelledError,
    QueryTimeoutError,
)
from jrxmlpy.expressions.javalib.dates import DateRange, Timestamp

GMT = dt.UTC
PG_URL = os.environ.get("JRXMLPY_TEST_PG_URL")

# --- the query text -------------------------------------------------------------------------


def _x(text: str, params: dict[str, Any], style: str = "qmark", declared: dict[str, str] | None = None):
    return expand_query(text, params, parameters=declared, paramstyle=style)


def test_chunks_as_jasperreports_cuts_them():
    assert parse_query("a $P{x} b $P!{y} c $X{IN, col, p} $$P{z} $ $P{open") == [
        ("text", "a "), ("param", "x"), ("text", " b "), ("clause", "y"), ("text", " c "),
        ("tokens", ["IN", " col", " p"]), ("text", " $"), ("param", "z"), ("text", " $ $P{open"),
    ]
    # the first separator of ",;|" found separates the tokens
    assert parse_query("$X{BETWEEN;a,b;L;R}") == [("tokens", ["BETWEEN", "a,b", "L", "R"])]


def test_parameters_bind_in_the_drivers_paramstyle():
    params = {"a": 1, "b": "x"}
    assert _x("v = $P{a} and w like 'x%' and u = $P{b}", params)[0] == "v = ? and w like 'x%' and u = ?"
    assert _x("v = $P{a} and w like 'x%' and u = $P{b}", params, "pyformat")[0] == (
        "v = %s and w like 'x%%' and u = %s")
    assert _x("v = $P{a} and u = $P{b}", params, "numeric")[0] == "v = :1 and u = :2"
    assert _x("v = $P{a} and u = $P{b}", params, "named")[0] == "v = :p1 and u = :p2"
    assert [v for v, _ in _x("$P{a} $P{b} $P{a}", params)[1]] == [1, "x", 1]


def test_text_substitution_is_read_again_and_may_not_nest_itself():
    sql, values = _x("SELECT * FROM t WHERE $P!{Where} ORDER BY $P!{Order}",
                     {"Where": "id > $P{Min}", "Order": "name", "Min": 3})
    assert sql == "SELECT * FROM t WHERE id > ? ORDER BY name"
    assert values == [(3, None)]
    assert _x("x $P!{n}", {"n": None})[0] == "x null"  # String.valueOf(null)
    with pytest.raises(DataError, match="nests"):
        _x("$P!{a}", {"a": "$P!{b}", "b": "$P!{a}"})


def test_undeclared_parameters_are_refused():
    with pytest.raises(DataError, match='parameter "Nope"'):
        _x("x = $P{Nope}", {}, declared={"Yes": "java.lang.String"})
    assert _x("x = $P{Yes}", {}, declared={"Yes": "java.lang.String"})[1] == [(None, "java.lang.String")]


@pytest.mark.parametrize(("clause", "value", "sql", "bound"), [
    ("$X{IN, city, P}", ["A", "B"], "city IN (?, ?)", ["A", "B"]),
    ("$X{IN, city, P}", ("A", None, "B"), "( city IS NULL OR city IN (?, ?) )", ["A", "B"]),
    ("$X{IN, city, P}", [None], "city IS NULL", []),
    ("$X{IN, city, P}", [], "0 = 0", []),
    ("$X{IN, city, P}", None, "0 = 0", []),
    ("$X{NOTIN, city, P}", {"A"}, "city NOT IN (?)", ["A"]),
    ("$X{NOTIN, city, P}", ["A", None], "( city IS NOT NULL AND city NOT IN (?) )", ["A"]),
    ("$X{NOTIN, city, P}", [None, None], "city IS NOT NULL", []),
    ("$X{EQUAL, city, P}", "A", "city = ?", ["A"]),
    ("$X{EQUAL, city, P}", None, "city IS NULL", []),
    ("$X{NOTEQUAL, city, P}", "A", "city <> ?", ["A"]),
    ("$X{NOTEQUAL, city, P}", None, "city IS NOT NULL", []),
    ("$X{LESS, n, P}", 5, "n < ?", [5]),
    ("$X{LESS], n, P}", 5, "n <= ?", [5]),
    ("$X{GREATER, n, P}", 5, "n > ?", [5]),
    ("$X{[GREATER, n, P}", 5, "n >= ?", [5]),
    ("$X{GREATER, n, P}", None, "0 = 0", []),
])
def test_clause_functions(clause, value, sql, bound):
    text, values = _x(clause, {"P": value})
    assert text == sql
    assert [v for v, _ in values] == bound


@pytest.mark.parametrize(("fid", "left", "right", "sql", "bound"), [
    ("BETWEEN", 1, 9, "( n > ? AND n < ? )", [1, 9]),
    ("[BETWEEN", 1, 9, "( n >= ? AND n < ? )", [1, 9]),
    ("BETWEEN]", 1, 9, "( n > ? AND n <= ? )", [1, 9]),
    ("[BETWEEN]", 1, 9, "( n >= ? AND n <= ? )", [1, 9]),
    ("[BETWEEN]", None, 9, "n <= ?", [9]),
    ("[BETWEEN]", 1, None, "n >= ?", [1]),
    ("BETWEEN", None, None, "0 = 0", []),
])
def test_between_clauses(fid, left, right, sql, bound):
    text, values = _x(f"$X{{{fid}, n, L, R}}", {"L": left, "R": right})
    assert text == sql
    assert [v for v, _ in values] == bound


def test_date_range_clauses_use_its_start_or_end():
    start = dt.datetime(1996, 9, 1, tzinfo=GMT)
    end = dt.datetime(1996, 9, 30, 23, 59, 59, tzinfo=GMT)
    rng = {"R": DateRange(start, end)}
    declared = {"R": "net.sf.jasperreports.types.date.DateRange"}
    assert _x("$X{[GREATER, d, R}", rng, declared=declared) == ("d >= ?", [(start, None)])
    assert _x("$X{GREATER, d, R}", rng, declared=declared) == ("d > ?", [(end, None)])
    assert _x("$X{LESS, d, R}", rng, declared=declared) == ("d < ?", [(start, None)])
    assert _x("$X{LESS], d, R}", rng, declared=declared) == ("d <= ?", [(end, None)])
    assert _x("$X{EQUAL, d, R}", rng, declared=declared) == ("(d >= ? AND d <= ?)", [(start, None), (end, None)])
    assert _x("$X{NOTEQUAL, d, R}", rng, declared=declared) == ("(d < ? OR d > ?)", [(start, None), (end, None)])
    assert _x("$X{[BETWEEN], d, R, R}", rng, declared=declared)[0] == "( d >= ? AND d <= ? )"
    assert _x("$X{EQUAL, d, R}", {"R": None}, declared=declared)[0] == "(d IS NULL)"
    assert _x("$X{[GREATER, d, R}", {"R": None}, declared=declared)[0] == "0 = 0"


def test_clause_errors():
    with pytest.raises(DataError, match="not an array or a collection"):
        _x("$X{IN, c, P}", {"P": "abc"})
    with pytest.raises(DataError, match="no \\$X\\{\\} clause function 'LIKE'"):
        _x("$X{LIKE, c, P}", {"P": 1})
    with pytest.raises(DataError, match="without its parameter"):
        _x("$X{EQUAL, c}", {})


# --- databases --------------------------------------------------------------------------------

ROWS = [
    # id, name, city, price, qty, flag, made
    (1, "Tea", "Oslo", "12.50", 3, 1, "1996-07-04 10:30:00"),
    (2, "Coffee", "Bern", "3.0", 10, 0, "1996-09-01 00:00:00"),
    (3, "Milk", None, "0.75", 0, 1, "1997-01-15 23:59:59"),
    (4, "Bread", "Oslo", "2", 7, 0, "1998-02-28 08:00:00"),
]


def _make_sqlite(path: Path) -> None:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE items (id INTEGER, name VARCHAR(20), city VARCHAR(20), price NUMERIC, "
                   "qty INTEGER, flag INTEGER, made TIMESTAMP)")
        db.executemany("INSERT INTO items VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(i, n, c, float(p), q, f, m) for i, n, c, p, q, f, m in ROWS])
        db.execute("CREATE TABLE lines (item INTEGER, line VARCHAR(20))")
        db.executemany("INSERT INTO lines VALUES (?, ?)", [(1, "a"), (1, "b"), (2, "c"), (4, "d")])
    db.close()


class Backend:
    """A database with the test tables, and how to open a report connection to it."""

    def __init__(self, kind: str, url: str, options: dict[str, Any] | None = None) -> None:
        self.kind = kind
        self.url = url
        self.options = options or {}

    def connect(self, **kwargs: Any) -> SqlConnection:
        return connect(self.url, **self.options, **kwargs)


@pytest.fixture(scope="module")
def pg_schema():
    if not PG_URL:
        pytest.skip("no PostgreSQL for the tests: set JRXMLPY_TEST_PG_URL (.ci/run starts one when it can)")
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
    try:
        admin = psycopg.connect(PG_URL, autocommit=True, connect_timeout=3)
    except Exception as exc:  # noqa: BLE001
        pytest.skip(f"PostgreSQL at {PG_URL} is not reachable: {exc}")
    schema = f"jrxmlpy_test_{uuid.uuid4().hex[:8]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    admin.execute(f"SET search_path TO {schema}")
    admin.execute("CREATE TABLE items (id INTEGER, name VARCHAR(20), city VARCHAR(20), price NUMERIC, "
                  "qty INTEGER, flag BOOLEAN, made TIMESTAMP)")
    with admin.cursor() as cur:
        cur.executemany("INSERT INTO items VALUES (%s, %s, %s, %s, %s, %s, %s)",
                        [(i, n, c, Decimal(p), q, bool(f), dt.datetime.fromisoformat(m)) for i, n, c, p, q, f, m in ROWS])
        admin.execute("CREATE TABLE lines (item INTEGER, line VARCHAR(20))")
        cur.executemany("INSERT INTO lines VALUES (%s, %s)", [(1, "a"), (1, "b"), (2, "c"), (4, "d")])
    yield schema
    admin.execute(f"DROP SCHEMA {schema} CASCADE")
    admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request, tmp_path) -> Backend:
    if request.param == "sqlite":
        path = tmp_path / "test.db"
        _make_sqlite(path)
        return Backend("sqlite", f"sqlite:///{path}")
    schema = request.getfixturevalue("pg_schema")
    return Backend("postgresql", PG_URL, {"options": f"-c search_path={schema}"})


def _rows(conn: SqlConnection, sql: str, fields: list[Field], params: dict[str, Any] | None = None,
          parameters: list[Parameter] | None = None, properties: dict[str, str] | None = None,
          zone: str = "GMT") -> list[dict[str, Any]]:
    ctx = DataContext(time_zone=zone, properties=properties or {})
    values = {"REPORT_CONNECTION": conn, **(params or {})}
    source = data_source_for_query(Query(sql, "sql"), values, ctx, fields, parameters=parameters)
    assert isinstance(source, SqlDataSource)
    return list(source.bind(fields, ctx))


def test_fields_get_their_declared_classes(backend):
    with backend.connect() as conn:
        fields = [Field("ID", "java.lang.Integer"), Field("Name", "java.lang.String"),
                  Field("price", "java.math.BigDecimal"), Field("PRICE2", "java.lang.Double"),
                  Field("qty", "java.lang.Long"), Field("flag", "java.lang.Boolean"),
                  Field("made", "java.sql.Timestamp"), Field("day", "java.util.Date"),
                  Field("city", "java.lang.String")]
        rows = _rows(conn, "SELECT id, name, price, price AS price2, qty, flag, made, made AS day, city "
                           "FROM items ORDER BY id", fields)
    first, third = rows[0], rows[2]
    assert first["ID"] == 1 and first["Name"] == "Tea"
    # PostgreSQL keeps the NUMERIC's scale; SQLite stores a REAL
    assert first["price"] == Decimal("12.5") and str(first["price"]) == ("12.50" if backend.kind == "postgresql" else "12.5")
    assert first["PRICE2"] == 12.5 and isinstance(first["PRICE2"], float)
    assert first["qty"] == 3 and first["flag"] is True and rows[1]["flag"] is False
    assert isinstance(first["made"], Timestamp)
    assert first["made"] == dt.datetime(1996, 7, 4, 10, 30, tzinfo=GMT)
    assert first["day"] == dt.datetime(1996, 7, 4, tzinfo=GMT)  # getDate: the date only
    assert third["city"] is None


def test_timestamps_are_local_times_of_the_report_zone(backend):
    with backend.connect() as conn:
        rows = _rows(conn, "SELECT made FROM items WHERE id = 1", [Field("made", "java.sql.Timestamp")],
                     zone="Europe/Bucharest")
        assert rows[0]["made"] == dt.datetime(1996, 7, 4, 7, 30, tzinfo=GMT)
        assert rows[0]["made"].astimezone(dt.timezone(dt.timedelta(hours=3))).hour == 10
        # the property names another zone for the database's times
        rows = _rows(conn, "SELECT made FROM items WHERE id = 1", [Field("made", "java.sql.Timestamp")],
                     zone="Europe/Bucharest", properties={"net.sf.jasperreports.jdbc.time.zone": "GMT"})
        assert rows[0]["made"] == dt.datetime(1996, 7, 4, 10, 30, tzinfo=GMT)


def test_columns_by_label_index_and_properties(backend):
    fields = [Field("a", "java.lang.String", properties={"net.sf.jasperreports.sql.field.column.label": "NAME"}),
              Field("b", "java.lang.Integer", properties={"net.sf.jasperreports.sql.field.column.index": "1"}),
              Field("COLUMN_2", "java.lang.String")]
    with backend.connect() as conn:
        rows = _rows(conn, "SELECT id, name FROM items WHERE id = 2", fields)
        assert rows == [{"a": "Coffee", "b": 2, "COLUMN_2": "Coffee"}]
        with pytest.raises(DataError, match="no column for field 'Nope'; the query gives id, name"):
            _rows(conn, "SELECT id, name FROM items", [Field("Nope", "java.lang.String")])
        with pytest.raises(DataError, match="column index 5 out of range"):
            _rows(conn, "SELECT id FROM items", [Field("x", "java.lang.Integer", properties={
                "net.sf.jasperreports.sql.field.column.index": "5"})])


PARAMS = [
    Parameter("i", "java.lang.Integer"), Parameter("l", "java.lang.Long"), Parameter("s", "java.lang.String"),
    Parameter("d", "java.math.BigDecimal"), Parameter("f", "java.lang.Double"), Parameter("b", "java.lang.Boolean"),
    Parameter("ts", "java.sql.Timestamp"), Parameter("day", "java.util.Date"), Parameter("sd", "java.sql.Date"),
    Parameter("cities", "java.util.Collection"), Parameter("range", "net.sf.jasperreports.types.date.DateRange"),
    Parameter("order", "java.lang.String"),
]


def _ids(conn: SqlConnection, where: str, **params: Any) -> list[int]:
    rows = _rows(conn, f"SELECT id FROM items WHERE {where} ORDER BY id", [Field("id", "java.lang.Integer")],
                 params, PARAMS)
    return [r["id"] for r in rows]


def test_parameters_of_every_type(backend):
    with backend.connect() as conn:
        assert _ids(conn, "id >= $P{i} AND id < $P{l}", i=2, l=4) == [2, 3]
        assert _ids(conn, "name = $P{s}", s="Milk") == [3]
        assert _ids(conn, "price > $P{d}", d=Decimal("2.5")) == [1, 2]
        assert _ids(conn, "price < $P{f}", f=1.0) == [3]
        assert _ids(conn, "flag = $P{b}", b=True) == [1, 3]
        # a Timestamp binds its local date and time, a java.util.Date its date (JDBC setDate)
        assert _ids(conn, "made >= $P{ts}", ts=Timestamp(1997, 1, 15, 23, 0, tzinfo=GMT)) == [3, 4]
        assert _ids(conn, "made >= $P{day}", day=dt.datetime(1997, 1, 15, 23, 0, tzinfo=GMT)) == [3, 4]
        assert _ids(conn, "made < $P{sd}", sd=dt.date(1996, 9, 1)) == [1]
        assert _ids(conn, "$X{IN, city, cities}", cities=["Oslo", None]) == [1, 3, 4]
        assert _ids(conn, "$X{NOTIN, city, cities}", cities=["Oslo"]) == [2]
        assert _ids(conn, "$X{EQUAL, city, s}", s=None) == [3]
        assert _ids(conn, "$X{NOTEQUAL, city, s}", s="Oslo") == [2]
        assert _ids(conn, "$X{[BETWEEN], qty, i, l}", i=3, l=7) == [1, 4]
        assert _ids(conn, "$X{BETWEEN, qty, i, l}", i=3, l=None) == [2, 4]
        assert _ids(conn, "$X{LESS], qty, i}", i=3) == [1, 3]
        start = dt.datetime(1996, 9, 1, tzinfo=GMT)
        assert _ids(conn, "$X{[GREATER, made, range}", range=DateRange(start, start)) == [2, 3, 4]
        rows = _rows(conn, "SELECT id FROM items ORDER BY $P!{order}", [Field("id", "java.lang.Integer")],
                     {"order": "qty DESC"}, PARAMS)
        assert [r["id"] for r in rows] == [2, 4, 1, 3]


def test_report_max_count_limits_the_rows(backend):
    with backend.connect() as conn:
        rows = _rows(conn, "SELECT id FROM items ORDER BY id", [Field("id", "java.lang.Integer")],
                     {"REPORT_MAX_COUNT": 2})
        assert [r["id"] for r in rows] == [1, 2]


def test_connections_are_read_only(backend):
    if backend.kind == "sqlite":
        with backend.connect() as conn:
            with pytest.raises(DatabaseError, match="readonly"):
                _rows(conn, "INSERT INTO items (id) VALUES (99) RETURNING id", [Field("id", "java.lang.Integer")])
        return
    setting = "SELECT current_setting('transaction_read_only') AS ro"
    with backend.connect() as conn:
        assert _rows(conn, setting, [Field("ro", "java.lang.String")]) == [{"ro": "on"}]
    with backend.connect(read_only=False) as conn:
        assert _rows(conn, setting, [Field("ro", "java.lang.String")]) == [{"ro": "off"}]


def test_a_failing_query_names_template_query_and_database_message(backend, tmp_path):
    path = tmp_path / "bad.jrxml"
    path.write_text(_report("SELECT nosuch FROM items", '<field name="x" class="java.lang.String"/>',
                            "$F{x}"), encoding="utf-8")
    report = jrxmlpy.compile(path)
    with backend.connect() as conn:
        with pytest.raises(DatabaseError) as info:
            report.fill(connection=conn)
    message = str(info.value)
    assert str(path) in message and "SELECT nosuch FROM items" in message
    assert "nosuch" in info.value.database_message
    assert info.value.query == "SELECT nosuch FROM items"


def test_query_time_limit(backend):
    slow = ("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000000) "
            "SELECT count(*) AS n FROM c") if backend.kind == "sqlite" else "SELECT 1 AS n FROM pg_sleep(10)"
    with backend.connect(query_timeout=0.3) as conn:
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="longer than 0.3 s"):
            _rows(conn, slow, [Field("n", "java.lang.Long")])
        assert time.monotonic() - started < 5
        # the connection still serves the next query
        assert _rows(conn, "SELECT count(*) AS n FROM items", [Field("n", "java.lang.Long")]) == [{"n": 4}]


def test_cancel_from_another_thread(backend):
    slow = ("WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100000000) "
            "SELECT count(*) AS n FROM c") if backend.kind == "sqlite" else "SELECT 1 AS n FROM pg_sleep(10)"
    with backend.connect() as conn:
        threading.Timer(0.3, conn.cancel).start()
        started = time.monotonic()
        with pytest.raises(QueryCancelledError):
            _rows(conn, slow, [Field("n", "java.lang.Long")])
        assert time.monotonic() - started < 5


# --- reports ----------------------------------------------------------------------------------

HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:jr="http://jasperreports.sourceforge.net/jasperreports/components" '
        'name="{name}" pageWidth="400" pageHeight="800" columnWidth="360" leftMargin="20" rightMargin="20" '
        'topMargin="20" bottomMargin="20" whenNoDataType="{nodata}">\n'
        '<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>\n')


def _report(query: str, declarations: str, expression: str, *, name: str = "R", extra: str = "",
            nodata: str = "NoPages", datasets: str = "") -> str:
    return (HEAD.format(name=name, nodata=nodata) + datasets + declarations
            + f"<queryString><![CDATA[{query}]]></queryString>\n"
            + ("" if "<field" in declarations else "")
            + '<noData><band height="15"><staticText><reportElement x="0" y="0" width="200" height="15"/>'
            '<text><![CDATA[no data]]></text></staticText></band></noData>\n'
            '<detail><band height="15"><textField><reportElement x="0" y="0" width="200" height="15"/>'
            f"<textFieldExpression><![CDATA[{expression}]]></textFieldExpression></textField>{extra}</band></detail>\n"
            "</jasperReport>\n")


def _texts(document: Any) -> list[str]:
    out: list[str] = []

    def walk(elements: list[Any]) -> None:
        for element in elements:
            if isinstance(element, PrintText):
                out.append(element.text)
            elif isinstance(element, PrintFrame):
                walk(element.elements)

    for page in document.pages:
        walk(page.elements)
    return out


MASTER = _report(
    "SELECT id, name FROM items WHERE id <= $P{Max} ORDER BY id",
    '<parameter name="Max" class="java.lang.Integer"/>'
    '<field name="id" class="java.lang.Integer"/><field name="name" class="java.lang.String"/>',
    '$F{id} + " " + $F{name}',
    name="Master",
    extra=('<subreport><reportElement x="200" y="0" width="150" height="15"/>'
           '<subreportParameter name="Item"><subreportParameterExpression><![CDATA[$F{id}]]>'
           '</subreportParameterExpression></subreportParameter>'
           '<connectionExpression><![CDATA[$P{REPORT_CONNECTION}]]></connectionExpression>'
           '<subreportExpression><![CDATA["Lines.jasper"]]></subreportExpression></subreport>'),
).replace('<band height="15"><textField>', '<band height="15" splitType="Stretch"><textField>', 1)

LINES = _report("SELECT line FROM lines WHERE item = $P{Item} ORDER BY line",
                '<parameter name="Item" class="java.lang.Integer"/><field name="line" class="java.lang.String"/>',
                '"line " + $F{line}', name="Lines")


def _compile(tmp_path: Path, master: str, **others: str) -> jrxmlpy.Report:
    for name, text in others.items():
        (tmp_path / f"{name}.jrxml").write_text(text, encoding="utf-8")
    (tmp_path / "master.jrxml").write_text(master, encoding="utf-8")
    return jrxmlpy.compile(tmp_path / "master.jrxml", [tmp_path])


def test_subreports_run_their_query_on_the_connection_expression(backend, tmp_path):
    report = _compile(tmp_path, MASTER, Lines=LINES)
    with backend.connect() as conn:
        texts = _texts(report.fill(params={"Max": 3}, connection=conn))
    assert texts == ["1 Tea", "line a", "line b", "2 Coffee", "line c", "3 Milk"]


def test_a_subreport_without_connection_has_no_records(backend, tmp_path):
    master = MASTER.replace("<connectionExpression><![CDATA[$P{REPORT_CONNECTION}]]></connectionExpression>", "")
    report = _compile(tmp_path, master, Lines=LINES.replace('whenNoDataType="NoPages"', 'whenNoDataType="NoDataSection"'))
    with backend.connect() as conn:
        texts = _texts(report.fill(params={"Max": 2}, connection=conn))
    assert texts == ["1 Tea", "no data", "2 Coffee", "no data"]


def test_a_subreport_parameter_passes_the_connection(backend, tmp_path):
    master = MASTER.replace(
        "<connectionExpression><![CDATA[$P{REPORT_CONNECTION}]]></connectionExpression>",
        "").replace('<subreportParameter name="Item">', '<subreportParameter name="REPORT_CONNECTION">'
                    '<subreportParameterExpression><![CDATA[$P{REPORT_CONNECTION}]]></subreportParameterExpression>'
                    '</subreportParameter><subreportParameter name="Item">')
    report = _compile(tmp_path, master, Lines=LINES)
    with backend.connect() as conn:
        texts = _texts(report.fill(params={"Max": 1}, connection=conn))
    assert texts == ["1 Tea", "line a", "line b"]


LIST_DATASET = ('<subDataset name="L"><parameter name="Item" class="java.lang.Integer"/>'
                '<queryString><![CDATA[SELECT line FROM lines WHERE item = $P{Item} ORDER BY line]]></queryString>'
                '<field name="line" class="java.lang.String"/></subDataset>\n')
LIST = ('<componentElement><reportElement x="200" y="0" width="150" height="15"/>'
        '<jr:list printOrder="Vertical"><datasetRun subDataset="L">'
        '<datasetParameter name="Item"><datasetParameterExpression><![CDATA[$F{id}]]></datasetParameterExpression>'
        '</datasetParameter>{connection}</datasetRun>'
        '<jr:listContents height="15"><textField><reportElement x="0" y="0" width="100" height="15"/>'
        '<textFieldExpression><![CDATA["- " + $F{line}]]></textFieldExpression></textField></jr:listContents>'
        '</jr:list></componentElement>')


@pytest.mark.parametrize("connection", ["", "<connectionExpression><![CDATA[$P{REPORT_CONNECTION}]]></connectionExpression>"])
def test_dataset_runs_query_the_masters_connection(backend, tmp_path, connection):
    master = _report("SELECT id, name FROM items WHERE id <= 2 ORDER BY id",
                     '<field name="id" class="java.lang.Integer"/><field name="name" class="java.lang.String"/>',
                     '$F{name}', datasets=LIST_DATASET, extra=LIST.replace("{connection}", connection))
    report = _compile(tmp_path, master)
    with backend.connect() as conn:
        texts = _texts(report.fill(connection=conn))
    assert texts == ["Tea", "- a", "- b", "Coffee", "- c"]


def test_render_with_a_url_and_the_command_line(tmp_path):
    db = tmp_path / "test.db"
    _make_sqlite(db)
    (tmp_path / "r.jrxml").write_text(_report(
        "SELECT name FROM items WHERE $X{IN, city, Cities} ORDER BY name",
        '<parameter name="Cities" class="java.util.List"/><field name="NAME" class="java.lang.String"/>',
        "$F{NAME}"), encoding="utf-8")
    out = jrxmlpy.render(tmp_path / "r.jrxml", params={"Cities": ["Bern", "Oslo"]}, format="jrpxml",
                         connection=f"sqlite:///{db}")
    assert out is not None and _print_texts(out.decode()) == ["Bread", "Coffee", "Tea"]
    params = tmp_path / "p.json"
    params.write_text('{"Cities": {"$type": "java.util.List", "values": ["Bern"]}}')
    assert main(["render", str(tmp_path / "r.jrxml"), "-o", str(tmp_path / "r.jrpxml"), "--params-json", str(params),
                 "--db-url", f"sqlite:///{db}", "--db-timeout", "30"]) == 0
    assert _print_texts((tmp_path / "r.jrpxml").read_text()) == ["Coffee"]


def _print_texts(jrpxml: str) -> list[str]:
    return re.findall(r"<textContent><!\[CDATA\[(.*?)\]\]>", jrpxml, re.S)


def test_sqlite_connections_of_the_caller(tmp_path):
    db = tmp_path / "test.db"
    _make_sqlite(db)
    report = _compile(tmp_path, MASTER, Lines=LINES)
    with sqlite3.connect(db, check_same_thread=False) as conn:
        assert _texts(report.fill(params={"Max": 1}, connection=conn)) == ["1 Tea", "line a", "line b"]
    # a connection bound to its thread cannot serve subreports (filled in a worker thread)
    conn = sqlite3.connect(db)
    with pytest.raises(DatabaseError, match="check_same_thread"):
        report.fill(params={"Max": 1}, connection=conn)
    conn.close()


def test_sqlalchemy_engines_and_connections(tmp_path):
    sqlalchemy = pytest.importorskip("sqlalchemy", reason="SQLAlchemy is not installed")
    db = tmp_path / "test.db"
    _make_sqlite(db)
    report = _compile(tmp_path, MASTER, Lines=LINES)
    engine = sqlalchemy.create_engine(f"sqlite:///{db}")
    try:
        assert _texts(report.fill(params={"Max": 2}, connection=engine)) == [
            "1 Tea", "line a", "line b", "2 Coffee", "line c"]
        with engine.connect() as conn:
            rows = _rows(SqlConnection(conn), "SELECT name FROM items WHERE id = $P{i}",
                         [Field("name", "java.lang.String")], {"i": 4})
        assert rows == [{"name": "Bread"}]
    finally:
        engine.dispose()


def test_jdbc_data_adapters(tmp_path):
    db = tmp_path / "test.db"
    _make_sqlite(db)
    (tmp_path / "db.jrdax").write_text(
        '<?xml version="1.0"?><jdbcDataAdapter class="net.sf.jasperreports.data.jdbc.JdbcDataAdapterImpl">'
        "<name>db</name><driver>org.sqlite.JDBC</driver><url>jdbc:sqlite:test.db</url></jdbcDataAdapter>")
    master = _report("SELECT name FROM items WHERE id > 2 ORDER BY id", '<field name="name" class="java.lang.String"/>',
                     "$F{name}").replace("<style ", '<property name="net.sf.jasperreports.data.adapter" value="db.jrdax"/>\n<style ', 1)
    report = _compile(tmp_path, master)
    assert _texts(report.fill()) == ["Milk", "Bread"]
    # a connection given to the fill wins over the adapter's (which is then not opened)
    (tmp_path / "db.jrdax").write_text(
        "<jdbcDataAdapter><name>db</name><url>jdbc:nosuch://nowhere/x</url></jdbcDataAdapter>")
    with connect(f"sqlite:///{db}") as conn:
        assert _texts(report.fill(connection=conn)) == ["Milk", "Bread"]
    with pytest.raises(DataError, match="data adapter 'db': .*unknown database 'nosuch'"):
        report.fill()


def test_bad_urls_and_missing_drivers(tmp_path, monkeypatch):
    with pytest.raises(DataError, match="unknown database 'nosuch'"):
        connect("nosuch://host/db")
    with pytest.raises(DataError, match="no scheme"):
        connect("just-a-name")
    with pytest.raises(DataError, match="no SQLite database at"):
        connect(f"sqlite:///{tmp_path}/missing.db")
    monkeypatch.setitem(sys.modules, "psycopg", None)
    monkeypatch.setitem(sys.modules, "psycopg2", None)
    with pytest.raises(DataError, match=r"needs a postgresql driver: pip install psycopg\[binary\]"):
        connect("postgresql://user:secret@localhost/db")
    with pytest.raises(DataError) as info:
        connect("postgresql://user:secret@localhost/db")
    assert "secret" not in str(info.value)
    with pytest.raises(DataError, match="not a database connection"):
        _rows("jdbc", "SELECT 1", [])  # type: ignore[arg-type]


def test_plsql_is_refused(tmp_path):
    path = tmp_path / "p.jrxml"
    path.write_text(_report("{call p()}", '<field name="x" class="java.lang.String"/>', "$F{x}").replace(
        "<queryString>", '<queryString language="plsql">'), encoding="utf-8")
    with pytest.raises((FillError, DataError, jrxmlpy.errors.UnsupportedFeatureError), match="plsql"):
        jrxmlpy.compile(path).fill(connection=sqlite3.connect(":memory:"))


CROSSTAB_DATASET = ('<subDataset name="C"><queryString><![CDATA[SELECT item, line FROM lines]]></queryString>'
                    '<field name="item" class="java.lang.Integer"/><field name="line" class="java.lang.String"/>'
                    '</subDataset>\n')
CROSSTAB = (
    '<crosstab><reportElement x="0" y="15" width="300" height="60"/>'
    '<crosstabDataset><dataset><datasetRun subDataset="C"/></dataset></crosstabDataset>'
    '<rowGroup name="r" width="40"><bucket class="java.lang.String"><bucketExpression><![CDATA[$F{line}]]>'
    '</bucketExpression></bucket><crosstabRowHeader><cellContents><textField>'
    '<reportElement x="0" y="0" width="40" height="12"/><textFieldExpression><![CDATA[$V{r}]]></textFieldExpression>'
    '</textField></cellContents></crosstabRowHeader></rowGroup>'
    '<columnGroup name="c" height="12"><bucket class="java.lang.Integer"><bucketExpression><![CDATA[$F{item}]]>'
    '</bucketExpression></bucket><crosstabColumnHeader><cellContents><textField>'
    '<reportElement x="0" y="0" width="30" height="12"/><textFieldExpression><![CDATA["#" + $V{c}]]>'
    '</textFieldExpression></textField></cellContents></crosstabColumnHeader></columnGroup>'
    '<measure name="m" class="java.lang.Integer" calculation="Count"><measureExpression><![CDATA[$F{line}]]>'
    '</measureExpression></measure>'
    '<crosstabCell width="30" height="12"><cellContents><textField><reportElement x="0" y="0" width="30" height="12"/>'
    '<textFieldExpression><![CDATA[$V{m}]]></textFieldExpression></textField></cellContents></crosstabCell>'
    '</crosstab>')


def test_a_crosstab_dataset_run_queries_the_masters_connection(backend, tmp_path):
    """Not the master's own query: the run's sub-dataset query, on the master's connection."""
    master = _report("SELECT name FROM items WHERE id = 1", '<field name="name" class="java.lang.String"/>',
                     "$F{name}", datasets=CROSSTAB_DATASET).replace(
        '<detail><band height="15">', '<detail><band height="80">', 1).replace(
        "</band></detail>", CROSSTAB + "</band></detail>", 1)
    report = _compile(tmp_path, master)
    with backend.connect() as conn:
        texts = _texts(report.fill(connection=conn))
    assert texts[0] == "Tea"
    assert {"#1", "#2", "#4", "a", "b", "c", "d"} <= set(texts)


def test_is_ignore_pagination_is_the_reports_setting(tmp_path):
    footer = ('<pageFooter><band height="15"><printWhenExpression><![CDATA[!$P{IS_IGNORE_PAGINATION}]]>'
              '</printWhenExpression><staticText><reportElement x="0" y="0" width="100" height="15"/>'
              '<text><![CDATA[footer]]></text></staticText></band></pageFooter>\n')
    db = tmp_path / "test.db"
    _make_sqlite(db)
    master = _report("SELECT name FROM items WHERE id = 1", '<field name="name" class="java.lang.String"/>',
                     "$F{name}").replace("</detail>", "</detail>\n" + footer)
    with connect(f"sqlite:///{db}") as conn:
        assert _texts(_compile(tmp_path, master).fill(connection=conn)) == ["Tea", "footer"]
        ignoring = master.replace('whenNoDataType="NoPages"', 'whenNoDataType="NoPages" isIgnorePagination="true"')
        assert _texts(_compile(tmp_path, ignoring).fill(connection=conn)) == ["Tea"]
