"""Hyperlinks, anchors and bookmark levels of text fields (as of images): evaluated with the
text, delayed with it, written to the print as JasperReports writes them (its HyperlinkReport
sample's print carries the same attributes, checked against the oracle's .jrpxml)."""

from __future__ import annotations

import io

import pypdf

import jrxmlpy
from jrxmlpy.document import PrintText
from jrxmlpy.export.jrpxml import to_jrpxml

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="links" pageWidth="300"
  pageHeight="200" columnWidth="300" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <field name="name" class="java.lang.String"/>
  <title><band height="20">
    <textField hyperlinkType="LocalAnchor" bookmarkLevel="1">
      <reportElement x="0" y="0" width="200" height="20"/>
      <textFieldExpression><![CDATA["Top"]]></textFieldExpression>
      <anchorNameExpression><![CDATA["top"]]></anchorNameExpression>
      <hyperlinkAnchorExpression><![CDATA["last"]]></hyperlinkAnchorExpression>
    </textField>
  </band></title>
  <detail><band height="20">
    <textField hyperlinkType="Reference" hyperlinkTarget="Blank" bookmarkLevel="2">
      <reportElement x="0" y="0" width="200" height="20"/>
      <textFieldExpression><![CDATA[$F{name}]]></textFieldExpression>
      <anchorNameExpression><![CDATA[$F{name}]]></anchorNameExpression>
      <hyperlinkReferenceExpression><![CDATA["https://example.org/" + $F{name}]]></hyperlinkReferenceExpression>
    </textField>
  </band></detail>
  <summary><band height="20">
    <textField evaluationTime="Report" bookmarkLevel="1">
      <reportElement x="0" y="0" width="200" height="20"/>
      <textFieldExpression><![CDATA["count " + $V{REPORT_COUNT}]]></textFieldExpression>
      <anchorNameExpression><![CDATA["last" + $V{REPORT_COUNT}]]></anchorNameExpression>
    </textField>
  </band></summary>
</jasperReport>"""


def _texts(doc) -> list[PrintText]:
    return [e for page in doc.pages for e in page.elements if isinstance(e, PrintText)]


def test_text_fields_carry_their_links_anchors_and_bookmark_levels() -> None:
    doc = jrxmlpy.compile(TEMPLATE).fill([{"name": "a"}, {"name": "b"}])
    top, a, b, last = _texts(doc)
    assert (top.anchor_name, top.bookmark_level) == ("top", 1)
    assert (top.hyperlink.link_type, top.hyperlink.anchor, top.hyperlink.link_target) == ("LocalAnchor", "last", None)
    assert (a.anchor_name, a.bookmark_level, a.hyperlink.reference) == ("a", 2, "https://example.org/a")
    assert a.hyperlink.link_target == "Blank" and b.anchor_name == "b"
    # a delayed text field gets its anchor when its text is evaluated
    assert (last.text, last.anchor_name, last.bookmark_level, last.hyperlink) == ("count 2", "last2", 1, None)
    xml = to_jrpxml(doc).decode()
    assert 'hyperlinkType="LocalAnchor" hyperlinkAnchor="last" anchorName="top" bookmarkLevel="1"' in xml
    assert ('hyperlinkType="Reference" hyperlinkReference="https://example.org/a" hyperlinkTarget="Blank" '
            'anchorName="a" bookmarkLevel="2"') in xml
    assert 'hyperlinkTarget="Self"' not in xml


def test_text_bookmarks_make_the_pdf_outline() -> None:
    doc = jrxmlpy.compile(TEMPLATE).fill([{"name": "a"}, {"name": "b"}])
    reader = pypdf.PdfReader(io.BytesIO(doc.export(format="pdf")))
    titles = []

    def walk(items) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)
    assert titles == ["top", "a", "b", "last2"]
