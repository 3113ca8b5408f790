"""Excel data sources, the xls/xlsx query executer and the Excel data adapters.

The expected values were checked against JasperReports 6.20.6 (POI's ExcelDataSource) on
the same workbooks."""

from __future__ import annotations

import datetime as _dt
import io
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

openpyxl = pytest.importorskip("openpyxl")

from jrxmlpy.data import (  # noqa: E402
    DataContext,
    ExcelDataSource,
    data_source_for_query,
    parse_data_adapter,
)
from jrxmlpy.data.excel import excel_date  # noqa: E402
from jrxmlpy.design.report import Field, Query  # noqa: E402
from jrxmlpy.errors import DataError, DataSourceNotFoundError, FieldValueError  # noqa: E402
from jrxmlpy.resources import Resources  # noqa: E402

GMT = ZoneInfo("GMT")

SHARED = Path(__file__).resolve().parents[3] / "shared" / "conformance"
DEMO = SHARED / "jr-6.21" / "demo" / "samples" / "exceldataadapter"
needs_demo = pytest.mark.skipif(not DEMO.is_dir(), reason="shared conformance corpus absent")


def _workbook(header: bool = True) -> bytes:
    """Three sheets: "First" (a header row, then typed cells, blank and missing ones),
    "Second" (two rows) and "Third" (one row)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "First"
    if header:
        ws.append(["name", "n", "flag", "when", "txtnum", "txtdate"])
    ws.append(["a", 1.5, True, _dt.datetime(2020, 2, 29, 13, 30), "1,234.5", "3/4/21, 5:06 PM"])
    ws.append(["b", 2, "TRUE", 43831.25, "12", None])
    row = ws.max_row + 1
    ws.cell(row, 1, "c")
    ws.cell(row, 3, " ")
    ws.cell(row, 5, "  ")
    ws.cell(row, 2).font = openpyxl.styles.Font(bold=True)  # a blank cell with a style
    ws.cell(row + 2, 1).font = openpyxl.styles.Font(italic=True)  # a blank text cell
    second = wb.create_sheet("Second")
    second.append(["d", 4, False, None, "7", None])
    second.append(["e", 5, None, None, None, None])
    wb.create_sheet("Third").append(["f", 6])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _rows(source: ExcelDataSource, fields: list[Field], ctx: DataContext | None = None) -> list[dict]:
    return list(source.bind(fields, ctx or DataContext()))


def test_header_row_names_columns_and_values_convert_to_field_classes():
    fields = [
        Field("name"),
        Field("n", "java.math.BigDecimal"),
        Field("flag", "java.lang.Boolean"),
        Field("when", "java.util.Date"),
        Field("txtnum", "java.lang.Double"),
        Field("txtdate", "java.util.Date"),
    ]
    rows = _rows(ExcelDataSource(_workbook(), header=True), fields)
    # the first sheet only: a header is read there, and its rows are followed by the next
    # sheets' (each with more than one row)
    assert [r["name"] for r in rows] == ["a", "b", "c", None, "", "d", "e"]
    first, second, third = rows[0], rows[1], rows[2]
    assert first["n"] == Decimal("1.5") and second["n"] == Decimal("2.0")
    assert first["flag"] is True and second["flag"] is True and third["flag"] is None
    assert first["when"] == _dt.datetime(2020, 2, 29, 13, 30, tzinfo=GMT)
    assert second["when"] == _dt.datetime(2020, 1, 1, 6, 0, tzinfo=GMT)  # a number read as a date
    assert first["txtnum"] == 1234.5 and second["txtnum"] == 12.0 and third["txtnum"] is None
    # text dates: new SimpleDateFormat() of the run's locale (M/d/yy, h:mm a)
    assert first["txtdate"] == _dt.datetime(2021, 3, 4, 17, 6, tzinfo=GMT)
    assert third["n"] is None  # a styled blank cell
    assert rows[5]["flag"] is False and rows[6]["n"] == Decimal("5.0")


def test_column_indexes_names_and_field_properties():
    fields = [
        Field("COLUMN_0"),
        Field("COLUMN_1", "java.lang.Integer"),
        Field("num", "java.lang.Long", properties={"net.sf.jasperreports.xls.field.column.index": "1"}),
    ]
    source = ExcelDataSource(_workbook(header=False), columns=["COLUMN_0", "COLUMN_1"], column_indexes=[0, 4])
    rows = _rows(source, fields)
    assert [(r["COLUMN_0"], r["COLUMN_1"], r["num"]) for r in rows] == [
        ("a", 1234, 1),
        ("b", 12, 2),
        ("c", None, None),
        (None, None, None),  # an empty row
        ("", None, None),  # a blank cell of a String field is ""
        ("d", 7, 4),
        ("e", None, 5),
    ]


def test_column_indexes_alone_name_columns_by_position():
    source = ExcelDataSource(_workbook(header=False), column_indexes=[4, 0], sheet="Second")
    rows = _rows(source, [Field("COLUMN_0", "java.lang.Integer"), Field("COLUMN_1")])
    assert rows == [{"COLUMN_0": 7, "COLUMN_1": "d"}, {"COLUMN_0": None, "COLUMN_1": "e"}]


def test_sheet_selection_by_name_in_any_case_or_by_index():
    fields = [Field("COLUMN_0")]
    assert [r["COLUMN_0"] for r in _rows(ExcelDataSource(_workbook(), sheet="second"), fields)] == ["d", "e"]
    assert [r["COLUMN_0"] for r in _rows(ExcelDataSource(_workbook(), sheet=2), fields)] == ["f"]


def test_bad_sheets_name_the_file_and_the_sheet():
    with pytest.raises(DataError, match=r"book\.xlsx: sheet 'Nope' not found"):
        _rows(ExcelDataSource(_workbook(), sheet="Nope", name="book.xlsx"), [Field("COLUMN_0")])
    with pytest.raises(DataError, match=r"sheet index 7 is out of range \[0\.\.2\]"):
        _rows(ExcelDataSource(_workbook(), sheet="7"), [Field("COLUMN_0")])


def test_a_header_renames_the_given_columns_only():
    source = ExcelDataSource(_workbook(), columns=["FOO"], header=True)
    assert [r["name"] for r in _rows(source, [Field("name")])][:2] == ["a", "b"]
    with pytest.raises(DataError, match="unknown Excel column name 'n'"):
        _rows(ExcelDataSource(_workbook(), columns=["FOO"], header=True), [Field("n", "java.lang.Double")])


def test_numbers_are_not_text_and_objects_are_not_read():
    # JasperReports: "Cannot get a STRING value from a NUMERIC cell"
    with pytest.raises(FieldValueError, match="numeric cell"):
        _rows(ExcelDataSource(_workbook(), header=True), [Field("n")])
    with pytest.raises(FieldValueError, match="java.lang.Object"):
        _rows(ExcelDataSource(_workbook(), header=True), [Field("name", "java.lang.Object")])
    # ... but a missing cell is null whatever the class
    rows = _rows(ExcelDataSource(_workbook(), sheet="Second"), [Field("COLUMN_3", "java.lang.Object")])
    assert rows == [{"COLUMN_3": None}, {"COLUMN_3": None}]


def test_unparseable_text_names_field_and_record():
    wb = openpyxl.Workbook()
    wb.active.append(["x"])
    out = io.BytesIO()
    wb.save(out)
    with pytest.raises(
        FieldValueError, match=r"field 'COLUMN_0' \(java.util.Date\), record 1.*Unparseable date"
    ):
        _rows(ExcelDataSource(out.getvalue()), [Field("COLUMN_0", "java.util.Date")])


def test_bad_input_raises_data_errors(tmp_path):
    with pytest.raises(DataSourceNotFoundError, match="nowhere.xlsx"):
        ExcelDataSource(tmp_path / "nowhere.xlsx")
    junk = tmp_path / "junk.xls"
    junk.write_bytes(b"this is no workbook")
    with pytest.raises(DataError, match=r"junk\.xls: cannot read the XLS workbook"):
        _rows(ExcelDataSource(junk), [Field("COLUMN_0")])
    with pytest.raises(DataError, match=r"cannot read the XLSX workbook"):
        _rows(ExcelDataSource(b"PK\x03\x04 broken zip"), [Field("COLUMN_0")])
    bad_index = Field("a", properties={"net.sf.jasperreports.xls.field.column.index": "x"})
    with pytest.raises(DataError, match="bad Excel column index 'x'"):
        _rows(ExcelDataSource(_workbook()), [bad_index])
    with pytest.raises(DataError, match="2 column names but 1 column indexes"):
        ExcelDataSource(_workbook(), columns=["a", "b"], column_indexes=[1])
    with pytest.raises(DataError, match="unknown Excel format"):
        ExcelDataSource(_workbook(), format="ods")


def test_excel_dates():
    assert excel_date(59, False, GMT) == _dt.datetime(1900, 2, 28, tzinfo=GMT)
    assert excel_date(60, False, GMT) == _dt.datetime(1900, 3, 1, tzinfo=GMT)  # Excel's 29 February 1900
    assert excel_date(61, False, GMT) == _dt.datetime(1900, 3, 1, tzinfo=GMT)
    assert excel_date(40673, False, GMT) == _dt.datetime(2011, 5, 10, tzinfo=GMT)
    assert excel_date(0.5, True, GMT) == _dt.datetime(1904, 1, 1, 12, tzinfo=GMT)
    assert excel_date(-1, False, GMT) is None


def test_query_executer_names_columns_after_the_fields_by_default():
    # no column names: the dataset's fields name the columns in their order, so that
    # COLUMN_4, the second field, reads the second column
    fields = [Field("COLUMN_0"), Field("COLUMN_4", "java.lang.Integer")]
    stream = io.BytesIO(_workbook(header=False))
    source = data_source_for_query(Query("", "xlsx"), {"XLSX_INPUT_STREAM": stream}, DataContext(), fields)
    assert _rows(source, fields)[:2] == [{"COLUMN_0": "a", "COLUMN_4": 1}, {"COLUMN_0": "b", "COLUMN_4": 2}]


def test_query_executer_properties():
    ctx = DataContext(
        properties={
            "net.sf.jasperreports.xls.column.names": "name, n",
            "net.sf.jasperreports.xls.column.indexes": "0,1",
            "net.sf.jasperreports.xls.sheet.selection": "Second",
        }
    )
    fields = [Field("name"), Field("n", "java.lang.Integer")]
    source = data_source_for_query(Query("", "xls"), {"XLS_INPUT_STREAM": _workbook()}, ctx, fields)
    assert _rows(source, fields, ctx) == [{"name": "d", "n": 4}, {"name": "e", "n": 5}]


def test_query_executer_without_a_source_has_no_records():
    source = data_source_for_query(Query("", "xlsx"), {}, DataContext(), [Field("a")])
    assert _rows(source, [Field("a")]) == []


_ADAPTER = """<?xml version="1.0" encoding="UTF-8"?>
<{kind} class="x">
  <name>Book</name>
  <fileName>book.xlsx</fileName>
  <useFirstRowAsHeader>false</useFirstRowAsHeader>
  <queryExecuterMode>{qe}</queryExecuterMode>
  <numberPattern>#,##0</numberPattern>
  <datePattern>yyyy-MM-dd</datePattern>
  <columnNames>city</columnNames>
  <columnNames>count</columnNames>
  <columnIndexes>0</columnIndexes>
  <columnIndexes>4</columnIndexes>
  <sheetSelection>First</sheetSelection>
  {extra}
</{kind}>"""


@pytest.mark.parametrize(
    ("kind", "extra"),
    [("excelDataAdapter", "<format>autodetect</format>"), ("excelDataAdapter", ""), ("xlsxDataAdapter", "")],
)
@pytest.mark.parametrize("qe", ["false", "true"])
def test_data_adapters(tmp_path, kind, extra, qe):
    (tmp_path / "book.xlsx").write_bytes(_workbook(header=False))
    adapter = parse_data_adapter(_ADAPTER.format(kind=kind, qe=qe, extra=extra).encode())
    fields = [Field("city"), Field("count", "java.lang.Integer")]
    ctx = DataContext(resources=Resources.of([tmp_path]))
    source = adapter.data_source(Query("", "xlsx"), {}, ctx, fields)
    rows = _rows(source, fields, ctx)
    # the adapter's number pattern parses the text "1,234.5"
    assert [(r["city"], r["count"]) for r in rows] == [
        ("a", 1234),
        ("b", 12),
        ("c", None),
        (None, None),
        ("", None),
    ]


def test_xls_adapter_reading_xlsx_fails_with_the_file_named(tmp_path):
    (tmp_path / "book.xlsx").write_bytes(_workbook(header=False))
    adapter = parse_data_adapter(_ADAPTER.format(kind="xlsDataAdapter", qe="false", extra="").encode())
    ctx = DataContext(resources=Resources.of([tmp_path]))
    with pytest.raises(DataError, match=r"book\.xlsx: cannot read the XLS workbook"):
        _rows(adapter.data_source(None, {}, ctx, []), [Field("city")], ctx)


@needs_demo
def test_demo_xls_adapter():
    pytest.importorskip("xlrd")
    ctx = DataContext(resources=Resources.of([DEMO]))
    adapter = parse_data_adapter(str(DEMO / "data" / "ExcelXlsDataAdapter.jrdax"))
    fields = [
        Field("id", "java.lang.Integer"),
        Field("city"),
        Field("date", "java.util.Date"),
        Field("state"),
    ]
    rows = _rows(adapter.data_source(None, {}, ctx, fields), fields, ctx)
    assert len(rows) == 10
    assert rows[0] == {
        "id": 19,
        "city": "Dallas",
        "date": _dt.datetime(2011, 5, 10, tzinfo=GMT),
        "state": "Active",
    }


@needs_demo
def test_demo_xls_blank_rows_are_records():
    pytest.importorskip("xlrd")
    source = ExcelDataSource(DEMO / "data" / "data.xls", sheet="Data Sheet 3")
    rows = _rows(source, [Field("COLUMN_0"), Field("COLUMN_6", "java.util.Date")])
    assert len(rows) == 11 and rows[-1] == {"COLUMN_0": None, "COLUMN_6": None}


_REPORT = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="xl"
    pageWidth="300" pageHeight="400" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20"
    bottomMargin="20">
  {query}
  <field name="{first}" class="java.lang.String"/>
  <detail><band height="15"><textField><reportElement x="0" y="0" width="200" height="15"/>
    <textFieldExpression><![CDATA[$F{{{first}}}]]></textFieldExpression></textField></band></detail>
</jasperReport>"""


@pytest.mark.parametrize(
    ("query", "first", "extra"),
    [
        ("", "COLUMN_0", []),  # an Excel data source of the file
        ("", "name", ["--csv-header"]),
        (  # the report's own xlsx query reads the file
            '<property name="net.sf.jasperreports.xls.sheet.selection" value="Second"/>'
            '<queryString language="xlsx"><![CDATA[]]></queryString>',
            "COLUMN_0",
            [],
        ),
    ],
)
def test_render_data_type_xlsx(tmp_path, capsys, query, first, extra):
    from jrxmlpy.cli import main

    (tmp_path / "book.xlsx").write_bytes(_workbook())
    (tmp_path / "r.jrxml").write_text(_REPORT.format(query=query, first=first), encoding="utf-8")
    out = tmp_path / "out.jrpxml"
    argv = ["render", str(tmp_path / "r.jrxml"), "-o", str(out), "--data-type", "xlsx"]
    code = main([*argv, "--data-file", str(tmp_path / "book.xlsx"), *extra])
    assert code == 0, capsys.readouterr().err
    texts = re.findall(r"<textContent><!\[CDATA\[(.*?)\]\]>", out.read_text(encoding="utf-8"))
    if query:
        assert texts == ["d", "e"]
    else:  # an empty row and a blank cell between "c" and "d"
        assert texts[-3:] == ["", "d", "e"] and len(texts) == (7 if extra else 8)
        assert texts[:3] == (["a", "b", "c"] if extra else ["name", "a", "b"])
