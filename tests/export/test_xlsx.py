"""XLSX export (jrxmlpy.export.xlsx) on hand-built documents, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest

from jrxmlpy.design.base import Box, Color, Pen
from jrxmlpy.design.enums import Mode
from jrxmlpy.document import Document, Origin, Page, PrintFrame, PrintHyperlink, PrintRectangle, PrintText
from jrxmlpy.errors import ExportError
from jrxmlpy.export import export
from jrxmlpy.export.xlsx import excel_format, typed_value


def doc(*pages, name="Rep", **props) -> Document:
    return Document(name=name, page_width=200, page_height=100, pages=[Page(list(p)) for p in pages],
                    properties=dict(props))


def text(x, y, w, h, content, **kw) -> PrintText:
    return PrintText(x=x, y=y, width=w, height=h, text=content, **kw)


def book(d: Document, **options) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(export(d, format="xlsx", **options)))


def values(ws) -> dict[str, object]:
    return {c.coordinate: c.value for row in ws.iter_rows() for c in row if c.value is not None}


def test_grid_cells_rows_columns_and_merges():
    d = doc([text(20, 10, 100, 20, "Title"), text(20, 30, 50, 10, "a"), text(70, 30, 50, 10, "b")])
    ws = book(d).active
    assert ws.title == "Rep"
    # column A is the left margin, row 1 the top margin
    assert values(ws) == {"B2": "Title", "B3": "a", "C3": "b"}
    assert [str(r) for r in ws.merged_cells.ranges] == ["B2:C2"]
    assert ws.row_dimensions[2].height == 20 and ws.row_dimensions[3].height == 10
    assert ws.column_dimensions["B"].width > 0


def test_all_pages_on_one_sheet_or_one_sheet_per_page():
    d = doc([text(0, 0, 50, 10, "p1")], [text(0, 0, 50, 10, "p2")])
    ws = book(d).active
    assert values(ws) == {"A1": "p1", "A3": "p2"}  # each page: its row and the rest of the page
    wb = book(d, one_sheet_per_page=True)
    assert [s.title for s in wb.worksheets] == ["Page 1", "Page 2"]
    assert values(wb.worksheets[1]) == {"A1": "p2"}


def test_text_style_fill_border_and_link():
    el = text(0, 0, 50, 10, "x", mode=Mode.OPAQUE, backcolor=Color(255, 0, 0), forecolor=Color(0, 0, 255),
              box=Box(pen=Pen(line_width=1.0)),
              hyperlink=PrintHyperlink(link_type="Reference", reference="https://example.com"))
    ws = book(doc([el])).active
    c = ws["A1"]
    assert c.fill.fgColor.rgb == "FFFF0000"
    assert c.font.color.rgb == "FF0000FF"
    assert c.border.left.style == "thin" and c.alignment.wrap_text
    assert c.hyperlink.target == "https://example.com"


def test_frame_background_and_rectangle():
    frame = PrintFrame(x=0, y=0, width=100, height=20, mode=Mode.OPAQUE, backcolor=Color(0, 255, 0),
                       elements=[text(0, 0, 50, 20, "in")])
    rect = PrintRectangle(x=100, y=0, width=50, height=20, backcolor=Color(1, 2, 3))
    ws = book(doc([frame, rect])).active
    assert ws["A1"].fill.fgColor.rgb == "FF00FF00"  # the frame's background under its text
    assert ws["B1"].fill.fgColor.rgb == "FF00FF00"
    assert ws["C1"].fill.fgColor.rgb == "FF010203"


def test_typed_cells_when_asked():
    d = doc([text(0, 0, 50, 10, "1,234.50", value=Decimal("1234.5"), value_class="java.math.BigDecimal",
                  pattern="#,##0.00"),
             text(50, 0, 50, 10, "Jan 2, 2020", value=dt.datetime(2020, 1, 2), value_class="java.util.Date",
                  pattern="MMM d, yyyy")])
    ws = book(d).active
    assert ws["A1"].value == "1,234.50"  # JasperReports' default: text cells
    ws = book(d, detect_cell_type=True).active
    assert ws["A1"].value == 1234.5 and ws["A1"].number_format == "#,##0.00"
    assert ws["B1"].value == dt.datetime(2020, 1, 2) and ws["B1"].number_format == "mmm d, yyyy"


def test_pattern_conversion_and_values_from_text():
    assert excel_format("dd/MM/yyyy HH:mm", "java.util.Date") == "dd/mm/yyyy hh:mm"
    assert excel_format("EEEE, d 'de' MMMM", "java.sql.Date") == 'dddd, d "de" mmmm'
    assert excel_format("¤#,##0.00;(¤#,##0.00)", "java.lang.Double") == '"$"#,##0.00;("$"#,##0.00)'
    assert excel_format(None, "java.lang.Integer") is None
    assert typed_value(text(0, 0, 1, 1, "(1,200)", value_class="java.lang.Integer")) == -1200
    assert typed_value(text(0, 0, 1, 1, "12.5%", value_class="java.lang.Double")) == 0.125
    assert typed_value(text(0, 0, 1, 1, "abc", value_class="java.lang.String")) == "abc"


def test_sheet_name_freeze_break_and_filter_properties():
    x = "net.sf.jasperreports.export.xls."
    d = doc([
        text(0, 0, 50, 10, "H", properties={x + "sheet.name": "First", x + "freeze.row.edge": "Bottom",
                                             x + "auto.filter": "Start"}),
        text(0, 10, 50, 10, "v", properties={x + "auto.filter": "End"}),
        text(0, 20, 50, 10, "next", properties={x + "break.before.row": "true", x + "sheet.name": "Second"}),
    ])
    wb = book(d)
    assert [s.title for s in wb.worksheets] == ["First", "Second"]
    first = wb.worksheets[0]
    assert first.freeze_panes == "A2"
    assert first.auto_filter.ref == "A1:A2"
    assert values(wb.worksheets[1])["A1"] == "next"


def test_data_mode_one_typed_row_per_record():
    def page(rows):
        els = [text(0, 0, 60, 10, "Id", origin=Origin("columnHeader")),
               text(60, 0, 80, 10, "Amount", origin=Origin("columnHeader")),
               text(0, 90, 60, 10, "Page 1", origin=Origin("pageFooter"))]
        for i, (a, b) in enumerate(rows):
            els.append(text(0, 10 + 10 * i, 60, 10, str(a), value=a, value_class="java.lang.Integer",
                            origin=Origin("detail")))
            els.append(text(60, 10 + 10 * i, 80, 10, f"{b:.2f}", value=b, value_class="java.lang.Double",
                            origin=Origin("detail")))
        return els

    d = doc(page([(1, 2.5), (2, 3.0)]), page([(3, 4.25)]))
    ws = book(d, mode="data").active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows == [["Id", "Amount"], [1, 2.5], [2, 3.0], [3, 4.25]]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:B4"
    assert ws["A1"].font.b


def test_bad_options():
    with pytest.raises(ExportError):
        export(doc([]), format="xlsx", mode="pretty")
    with pytest.raises(ExportError):
        export(doc([]), format="xlsx", nope=1)


def test_data_mode_group_values_and_continued_records():
    def row(y, id_, name):
        return [text(0, y, 40, 10, str(id_), value=id_, value_class="java.lang.Integer", origin=Origin("detail")),
                text(40, y, 80, 10, name, value=name, origin=Origin("detail"))]

    group = Origin("groupHeader", group="G")
    page1 = [text(0, 0, 40, 10, "ID", origin=Origin("title")), text(40, 0, 80, 10, "Name", origin=Origin("title")),
             text(0, 10, 40, 10, "Country:", origin=group), text(40, 10, 80, 10, "Peru", value="Peru", origin=group),
             *row(20, 1, "Ana"), *row(30, 2, "Bob the")]
    page2 = [text(40, 0, 80, 10, "builder", value="builder", origin=Origin("detail")), *row(10, 3, "Cy")]
    ws = book(doc(page1, page2), mode="data").active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows == [["Country", "ID", "Name"], ["Peru", 1, "Ana"], ["Peru", 2, "Bob the builder"], ["Peru", 3, "Cy"]]


def test_sheet_name_from_a_property_expression(tmp_path):
    from jrxmlpy.cli import main

    template = tmp_path / "t.jrxml"
    template.write_text("""<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="t"
  whenNoDataType="AllSectionsNoDetail" pageWidth="200" pageHeight="100" columnWidth="200"
  leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <title><band height="40">
    <staticText><reportElement x="0" y="0" width="60" height="20">
      <propertyExpression name="net.sf.jasperreports.export.xls.sheet.name"><![CDATA["Sheet " + 1]]></propertyExpression>
    </reportElement><text><![CDATA[a]]></text></staticText>
  </band></title>
</jasperReport>
""")
    out = tmp_path / "t.xlsx"
    assert main(["render", str(template), "-o", str(out)]) == 0
    assert openpyxl.load_workbook(out).active.title == "Sheet 1"
    jrpxml = tmp_path / "t.jrpxml"
    assert main(["render", str(template), "-o", str(jrpxml)]) == 0
    assert '<property name="net.sf.jasperreports.export.xls.sheet.name" value="Sheet 1"/>' in jrpxml.read_text()


def test_formula_wrap_and_ignored_backgrounds():
    x = "net.sf.jasperreports.export.xls."
    d = doc([text(0, 0, 50, 10, "3", properties={x + "formula": "=1+2", x + "wrap.text": "false"},
                  mode=Mode.OPAQUE, backcolor=Color(255, 0, 0))])
    ws = book(d).active
    assert ws["A1"].value == "=1+2" and not ws["A1"].alignment.wrap_text
    assert ws["A1"].fill.fgColor.rgb == "FFFF0000"
    ws = book(d, ignore_cell_background=True).active
    assert ws["A1"].fill.fill_type is None


def test_alike_cells_share_a_format_and_default_height_rows_set_none():
    red, green = Color(255, 0, 0), Color(0, 255, 0)
    framed = text(0, 0, 50, 20, "d")
    d = doc([text(0, 0, 50, 15, "a"), text(50, 0, 50, 15, "b"), text(0, 15, 50, 10, "c", mode=Mode.OPAQUE,
                                                                      backcolor=red),
             PrintFrame(x=0, y=25, width=100, height=20, mode=Mode.OPAQUE, backcolor=green, elements=[framed]),
             text(0, 45, 50, 15, "e")])
    data = export(d, format="xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert values(ws) == {"A1": "a", "B1": "b", "A2": "c", "A3": "d", "A4": "e"}
    # texts alike share one format, whatever their frame; the frame's background is the
    # fill of the text it holds (a transparent text), not of the others
    assert ws["A1"].style_id == ws["B1"].style_id == ws["A4"].style_id
    assert ws["A2"].fill.fgColor.rgb == "FFFF0000" and ws["A3"].fill.fgColor.rgb == "FF00FF00"
    assert ws["A1"].fill.fill_type is None
    # rows of Excel's default height (15 pt) carry no height of their own, the others do
    import re
    import zipfile

    sheet = zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml").decode()
    rows = dict(re.findall(r'<row r="(\d+)"([^>]*)>', sheet))
    assert "ht=" not in rows["1"] and "ht=" not in rows["4"] and 'ht="10"' in rows["2"]
    assert ws.row_dimensions[2].height == 10 and ws.row_dimensions[3].height == 20
    assert ws.row_dimensions[1].height is None and ws.row_dimensions[4].height is None


def _sheet_xml(lean: bool, script) -> bytes:
    """The first sheet's XML of a workbook whose sheet ``script(write, merge, ws, fmt)`` fills,
    through GridWorksheet's own methods (``lean``) or XlsxWriter's public ones."""
    import zipfile

    from xlsxwriter import Workbook

    from jrxmlpy.export.xlsx import GridWorksheet

    out = io.BytesIO()
    wb = Workbook(out, {"in_memory": True})
    ws = wb.add_worksheet("S", GridWorksheet)
    if lean:
        write, merge = ws.write_text, ws.merge_cells
    else:
        write, merge = ws.write_string, lambda *corners: ws.merge_range(*corners, None, None)
    script(write, merge, ws, wb.add_format({"left": 1, "top": 2, "bg_color": "#FF0000"}))
    wb.close()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as z:
        return z.read("xl/worksheets/sheet1.xml")


def _cells_then_merges(write, merge, ws, fmt):
    write(3, 2, "spans", fmt)
    write(0, 4, "plain", None)
    for r in range(3, 5):
        for c in range(3, 6):
            ws.write_blank(r, c, None, fmt)
    merge(3, 2, 4, 5)
    merge(7, 27, 9, 27)  # the last corner sets the sheet's extent; the range has no cell
    merge(1, 0, 1, 1)
    merge(8, 16380, 8, 16384)  # past the last column: left out


def _merges_before_cells(write, merge, ws, fmt):
    # row heights set while the extent holds only merged ranges start it at their column
    merge(1, 5, 1, 6)
    merge(2, 1, 2, 2)
    ws.set_row_pixels(4, 40)
    merge(5, 3, 6, 3)
    ws.set_row_pixels(6, 30)
    write(6, 4, "late", fmt)


def _merge_then_row(write, merge, ws, fmt):
    merge(2, 3, 3, 4)
    ws.set_row_pixels(5, 30)
    merge(6, 1, 6, 2)


@pytest.mark.parametrize("script", [_cells_then_merges, _merges_before_cells, _merge_then_row])
def test_grid_worksheet_writes_what_xlsxwriter_writes(script):
    # GridWorksheet relies on XlsxWriter's internals: if they change, this fails
    assert _sheet_xml(True, script) == _sheet_xml(False, script)


def test_grid_worksheet_merges_and_extent():
    xml = _sheet_xml(True, _cells_then_merges)
    assert b'<mergeCells count="3"><mergeCell ref="C4:F5"/><mergeCell ref="AB8:AB10"/>' in xml
    assert b'<dimension ref="A1:XFA10"/>' in xml  # the range past the last column: its first corner
    # the range counted before the row height, which starts the extent at its first column
    assert b'<dimension ref="B3:E7"/>' in _sheet_xml(True, _merge_then_row)


def test_merged_ranges_and_formatted_blanks_read_back():
    frame = PrintFrame(x=10, y=10, width=120, height=40, elements=[text(0, 0, 100, 20, "wide")],
                       box=Box(pen=Pen(line_width=1.0, line_color=Color(0, 0, 255))))
    data = export(doc([frame, text(10, 60, 60, 10, "x"), text(70, 60, 60, 10, "y")]), format="xlsx")
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert sorted(str(r) for r in ws.merged_cells.ranges) == ["B2:C2", "C5:D5"]
    assert (ws["B2"].value, ws["B2"].border.left.style, ws["B2"].border.top.style) == ("wide", "thin", "thin")
    # the frame's cells around the text are formatted blanks with its borders
    assert (ws["D2"].value, ws["D2"].border.top.style, ws["D2"].border.right.style) == (None, "thin", "thin")
    assert [ws[c].border.bottom.style for c in ("B3", "C3", "D3")] == ["thin"] * 3
    assert (ws["C5"].value, ws["D5"].value) == ("y", None)
    # the cells a range covers are not written: the merge carries no value or format
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = z.read("xl/worksheets/sheet1.xml")
    assert b'<c r="C2"' not in sheet and b'<c r="D5"' not in sheet and b'<c r="D2" s=' in sheet
