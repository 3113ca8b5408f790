"""CSV export (jrxmlpy.export.csv) on hand-built documents."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jrxmlpy.document import Document, Page, PrintFrame, PrintLine, PrintText
from jrxmlpy.errors import ExportError
from jrxmlpy.export import export
from jrxmlpy.export.csv import CsvOptions


def doc(*pages, **props) -> Document:
    return Document(page_width=200, page_height=100, pages=[Page(list(p)) for p in pages], properties=dict(props))


def text(x, y, w, h, value, **kw) -> PrintText:
    return PrintText(x=x, y=y, width=w, height=h, text=value, **kw)


def csv(d: Document, **options) -> str:
    return export(d, format="csv", **options).decode("utf-8")


def test_rows_and_columns_from_the_grid():
    d = doc([
        text(0, 0, 50, 10, "Name"), text(50, 0, 50, 10, "City"),
        text(0, 10, 50, 10, "Ann"), text(50, 10, 50, 10, "Rome"),
        text(50, 20, 50, 10, "Paris"),  # no name: an empty first field
        PrintLine(x=0, y=40, width=100, height=1),  # graphics are not exported
    ])
    assert csv(d) == "Name,City\nAnn,Rome\n,Paris\n"


def test_quoting_and_newlines():
    d = doc([text(0, 0, 50, 10, 'say "hi"'), text(50, 0, 50, 10, "a,b"), text(100, 0, 50, 10, "two\nlines")])
    assert csv(d) == '"say ""hi""","a,b","two\nlines"\n'


def test_delimiters_enclosure_and_formula_escaping():
    d = doc([text(0, 0, 50, 10, "=1+2"), text(50, 0, 50, 10, "x")])
    assert csv(d, field_delimiter=";", record_delimiter="\r\n") == "=1+2;x\r\n"
    assert csv(d, escape_formula=True) == " =1+2,x\n"
    assert csv(d, force_field_enclosure=True, field_enclosure="'") == "'=1+2','x'\n"
    props = {"net.sf.jasperreports.export.csv.field.delimiter": "|"}
    assert csv(doc([text(0, 0, 50, 10, "a"), text(50, 0, 50, 10, "b")], **props)) == "a|b\n"


def test_frames_are_flattened_and_pages_follow_each_other():
    frame = PrintFrame(x=10, y=0, width=100, height=20, elements=[text(0, 0, 40, 10, "in"), text(40, 0, 40, 10, "side")])
    d = doc([frame], [text(0, 0, 50, 10, "p2")])
    assert csv(d) == "in,side\np2\n"
    assert csv(d, pages=[1]) == "p2\n"


def test_bom_and_encoding():
    d = doc([text(0, 0, 50, 10, "é€")])
    assert export(d, format="csv", write_bom=True).startswith("\ufeff".encode())
    assert export(d, format="csv", encoding="ISO-8859-1") == "é?\n".encode("latin-1")
    with pytest.raises(ExportError):
        export(d, format="csv", encoding="nope")
    with pytest.raises(ExportError):
        export(d, format="csv", bogus=1)


def test_metadata_csv_columns_from_properties():
    col = "net.sf.jasperreports.export.csv.column.name"
    rep = "net.sf.jasperreports.export.csv.repeat.value"
    d = doc([
        text(0, 0, 50, 10, "G1", properties={col: "group", rep: "true"}),
        text(0, 10, 50, 10, "a", properties={col: "item"}),
        text(50, 10, 50, 10, "1", properties={col: "qty"}),
        text(0, 20, 50, 10, "b", properties={col: "item"}),
        text(50, 20, 50, 10, "2", properties={col: "qty", "net.sf.jasperreports.export.csv.data": "two"}),
        text(0, 30, 50, 10, "ignored"),
    ])
    assert csv(d, metadata=True, write_header=True) == "group,item,qty\nG1,a,1\nG1,b,two\n"
    # a column read out of the given order starts a new record
    assert csv(d, metadata=True, column_names="qty,item") == ",a\n1,b\ntwo,\n"


TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="t"
  whenNoDataType="AllSectionsNoDetail" pageWidth="200" pageHeight="100" columnWidth="200"
  leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <title><band height="40">
    <staticText><reportElement x="0" y="0" width="60" height="20"/><text><![CDATA[a]]></text></staticText>
    <staticText><reportElement x="60" y="0" width="60" height="20"/><text><![CDATA[b]]></text></staticText>
  </band></title>
</jasperReport>
"""


def test_command_line_options(tmp_path):
    from jrxmlpy.cli import main

    template = tmp_path / "t.jrxml"
    template.write_text(TEMPLATE)
    out = tmp_path / "t.csv"
    assert main(["render", str(template), "-o", str(out), "--csv-field-delimiter", ";"]) == 0
    assert out.read_text() == "a;b\n"
    xlsx = tmp_path / "t.xlsx"
    assert main(["render", str(template), "-o", str(xlsx), "--xlsx-one-sheet-per-page"]) == 0
    import openpyxl

    assert openpyxl.load_workbook(xlsx).active.title == "Page 1"


def test_lists_of_styled_text_are_bulleted():
    styled = ("Intro:<ul><li>one</li><li>two<ol type=\"i\"><li>sub</li></ol></li></ul>End")
    d = doc([text(0, 0, 180, 80, styled, markup="styled")])
    assert csv(d) == '"Intro:\n    \u2022 one\n    \u2022 two\n        i. sub\nEnd"\n'


def test_list_text_outside_items_and_lines_inside_items():
    styled = "A:\n<ul><li>one\ntwo\n</li><li>three</li>\n<li>four</li></ul>B"
    d = doc([text(0, 0, 180, 80, styled, markup="styled")])
    # an item's own lines are not indented; the list's text between items is, once
    assert csv(d) == '"A:\n    \u2022 one\ntwo\n    \u2022 three\n    \n    \u2022 four\nB"\n'


def test_html_texts_are_read_as_the_styled_text_the_fill_wrote():
    # a page's continuation of an HTML list, as the fill (and JasperReports) writes it:
    # styled text whose first items carry noBullet and the ordered list its start
    cont = '<ul><li noBullet="true"><ol start="2"><li noBullet="true">rest</li><li>c</li></ol>after</li></ul>'
    d = doc([text(0, 0, 180, 80, cont, markup="html")])
    assert csv(d) == '"\n        rest\n        3. c\n    after"\n'
    # a space before a nested list is kept
    d = doc([text(0, 0, 180, 80, "<ul><li>two <ol><li>x</li></ol></li></ul>", markup="html")])
    assert csv(d) == '"\n    \u2022 two \n        1. x"\n'


def test_html_template_lists_as_jasperreports_exports_them(tmp_path):
    # checked with JasperReports 6.20: white space before a nested list inside an inline
    # tag is one space; noBullet in HTML is not an HTML attribute (every item is bulleted)
    from jrxmlpy import render

    fields = ""
    texts = ['A:<ul>  <li>two    <font color=\\"#0000FF\\">    <ol>      <li>x</li>    </ol>    </font>  tail</li>'
             '  <li>three</li></ul>end',
             '<ul><li noBullet=\\"true\\">nb one</li><li>b two</li></ul>']
    for i, t in enumerate(texts):
        fields += (f'<textField textAdjust="StretchHeight"><reportElement x="0" y="{i * 30}" width="500" height="20"/>'
                   f'<textElement markup="html"/><textFieldExpression><![CDATA["{t}"]]></textFieldExpression></textField>')
    template = tmp_path / "t.jrxml"
    template.write_text(
        '<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="t" pageWidth="595" '
        'pageHeight="842" columnWidth="555" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20" '
        f'whenNoDataType="AllSectionsNoDetail"><title><band height="100">{fields}</band></title></jasperReport>')
    out = render(str(template), format="csv")
    assert out.decode("utf-8") == ('"A:\n    \u2022 two \n        1. x\n    tail\n    \u2022 three\nend"\n'
                                   '"\n    \u2022 nb one\n    \u2022 b two"\n')


def test_truncated_text_keeps_its_suffix_or_its_full_text():
    shown = text(0, 0, 50, 10, "This sentence might ", truncate_suffix="\u2026")
    kept = text(50, 0, 50, 10, "Full text kept", truncate_index=4, truncate_suffix="\u2026")
    assert csv(doc([shown, kept])) == "This sentence might \u2026,Full text kept\n"


_field_text = st.text(alphabet=st.sampled_from('ab,;"\'\n\r|=-'), max_size=6)


@settings(max_examples=300, deadline=None)
@given(st.lists(_field_text, min_size=1, max_size=5), st.sampled_from([",", ";", "||", "\t"]),
       st.sampled_from(["\n", "\r\n", "|"]), st.sampled_from(['"', "'"]), st.booleans(), st.booleans())
def test_a_record_is_its_fields_each_written_as_a_field(values, delimiter, record_delimiter, enclosure, force,
                                                        escape):
    # CsvOptions.record skips the per-field test when the joined record shows it changes
    # nothing: it must always give the fields one by one
    opts = CsvOptions(doc([]), {"field_delimiter": delimiter, "record_delimiter": record_delimiter,
                                "field_enclosure": enclosure, "force_field_enclosure": force,
                                "escape_formula": escape})
    assert opts.record(values) == delimiter.join(opts.field(v) for v in values)
