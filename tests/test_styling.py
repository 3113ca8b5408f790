"""Document.resolved: the attributes exporters draw, through print styles and defaults."""

from __future__ import annotations

import jrxmlpy
from jrxmlpy.design.base import Box, Color, Font, Pen
from jrxmlpy.design.enums import HorizontalTextAlign, LineStyle, Mode, ScaleImage
from jrxmlpy.document import (
    Document,
    Page,
    PrintFrame,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintStyle,
    PrintText,
)
from jrxmlpy.export.jrpxml import read_jrpxml, to_jrpxml

RED = Color(255, 0, 0)
BLUE = Color(0, 0, 255)


def test_defaults_per_kind() -> None:
    doc = Document()
    text, rect, image, line = PrintText(), PrintRectangle(), PrintImage(), PrintLine()
    assert doc.resolved(text).mode is Mode.TRANSPARENT
    assert doc.resolved(rect).mode is Mode.OPAQUE
    assert doc.resolved(line).mode is Mode.OPAQUE
    assert doc.resolved(PrintFrame()).mode is Mode.TRANSPARENT
    assert doc.resolved(rect).pen.line_width == 1.0
    assert doc.resolved(image).pen.line_width == 0.0
    assert doc.resolved(image).scale_image is ScaleImage.RETAIN_SHAPE
    r = doc.resolved(text)
    assert (r.font_name, r.font_size, r.bold) == ("SansSerif", 10.0, False)
    assert r.forecolor == Color(0, 0, 0) and r.backcolor == Color(255, 255, 255)
    assert r.box.top_pen.line_width == 0.0 and r.paragraph.tab_stop_width == 40


def test_style_chain_default_style_and_own_values() -> None:
    doc = Document(
        properties={"net.sf.jasperreports.default.font.size": "12"},
        styles=[
            PrintStyle("Base", is_default=True, forecolor=RED, font_name="DejaVu Serif"),
            PrintStyle("Child", parent="Base", bold=True,
                       box=Box(pen=Pen(line_width=2.0, line_color=BLUE), left_pen=Pen(line_style=LineStyle.DASHED))),
        ],
    )
    plain = PrintText()
    styled = PrintText(style="Child", font=Font(italic=True), horizontal_alignment=HorizontalTextAlign.RIGHT)
    r = doc.resolved(plain)
    assert (r.forecolor, r.font_name, r.font_size, r.bold) == (RED, "DejaVu Serif", 12.0, False)
    r = doc.resolved(styled)
    assert (r.forecolor, r.font_name, r.bold, r.italic) == (RED, "DejaVu Serif", True, True)
    assert r.horizontal_text_alignment is HorizontalTextAlign.RIGHT
    assert r.box.left_pen == type(r.box.left_pen)(2.0, LineStyle.DASHED, BLUE)
    assert r.box.top_pen.line_style is LineStyle.SOLID and r.box.top_pen.line_width == 2.0


def test_pen_colour_defaults_to_the_resolved_forecolor() -> None:
    doc = Document(styles=[PrintStyle("S", forecolor=BLUE)])
    assert doc.resolved(PrintLine(style="S")).pen.line_color == BLUE
    assert doc.resolved(PrintText(style="S", box=Box(pen=Pen(line_width=1.0)))).box.bottom_pen.line_color == BLUE


def test_a_filled_report_resolves_the_same_after_a_jrpxml_round_trip() -> None:
    jrxml = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="s" whenNoDataType="AllSectionsNoDetail" pageWidth="200" pageHeight="200"
  columnWidth="200" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="8" forecolor="#336699"/>
  <style name="Boxed" style="Base" isBold="true"><box><pen lineWidth="1.5" lineColor="#FF0000"/></box></style>
  <title><band height="60">
    <staticText><reportElement x="0" y="0" width="100" height="20"/><text><![CDATA[plain]]></text></staticText>
    <staticText><reportElement style="Boxed" x="0" y="20" width="100" height="20" mode="Opaque"/>
      <textElement textAlignment="Center"/><text><![CDATA[boxed]]></text></staticText>
    <rectangle><reportElement style="Boxed" x="100" y="0" width="50" height="50"/></rectangle>
  </band></title>
</jasperReport>"""
    doc = jrxmlpy.compile(jrxml).fill()
    again = read_jrpxml(to_jrpxml(doc))
    elements = doc.pages[0].elements
    for a, b in zip(elements, again.pages[0].elements, strict=True):
        assert doc.resolved(a) == again.resolved(b)
    plain, boxed, rect = (doc.resolved(e) for e in elements)
    assert (plain.font_name, plain.font_size, plain.bold, plain.mode) == ("DejaVu Sans", 8.0, False, Mode.TRANSPARENT)
    assert (boxed.bold, boxed.mode, boxed.horizontal_text_alignment) == (True, Mode.OPAQUE, HorizontalTextAlign.CENTER)
    assert boxed.box.right_pen.line_width == 1.5 and boxed.box.right_pen.line_color == RED
    assert rect.forecolor == Color(0x33, 0x66, 0x99) and rect.pen.line_width == 1.0


def test_pages_share_the_cache_safely() -> None:
    doc = Document(pages=[Page([PrintText(text="a")])])
    first = doc.pages[0].elements[0]
    assert doc.resolved(first) is doc.resolved(first)
