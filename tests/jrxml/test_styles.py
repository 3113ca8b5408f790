"""Reading <style> (reports and .jrtx style templates) into design Style objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from jrxmlpy.design.base import Color
from jrxmlpy.design.enums import (
    Fill,
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineSpacing,
    LineStyle,
    Mode,
    Rotation,
    ScaleImage,
    VerticalImageAlign,
    VerticalTextAlign,
)
from jrxmlpy.errors import ResourceError, TemplateErrors, TemplateStructureError
from jrxmlpy.jrxml import load, load_style_template, read_style_template_file

NS = "http://jasperreports.sourceforge.net/jasperreports"
TNS = "http://jasperreports.sourceforge.net/jasperreports/template"
SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def styles(body: str):
    return load(f'<jasperReport xmlns="{NS}" name="R">{body}</jasperReport>').styles


def test_every_style_attribute():
    (s,) = styles(
        """<style name="S" isDefault="true" style="Base" mode="Opaque" forecolor="#010203" backcolor="#FFFFFF"
             fill="Solid" radius="4" scaleImage="FillFrame" hTextAlign="Right" hImageAlign="Center"
             vTextAlign="Justified" vImageAlign="Bottom" rotation="UpsideDown" markup="rtf" fontName="Serif"
             fontSize="11.5" isBold="true" isItalic="false" isUnderline="true" isStrikeThrough="false"
             pdfFontName="Times-Roman" pdfEncoding="Cp1250" isPdfEmbedded="false" pattern="#0.0" isBlankWhenNull="true">
             <pen lineWidth="2" lineStyle="Double"/>
             <box topPadding="3"><bottomPen lineWidth="1"/></box>
             <paragraph lineSpacing="Fixed" lineSpacingSize="14"><tabStop position="50" alignment="Center"/></paragraph>
           </style>"""
    )
    assert (s.name, s.parent, s.is_default) == ("S", "Base", True)
    assert s.mode is Mode.OPAQUE and s.forecolor == Color(1, 2, 3) and s.backcolor == Color(255, 255, 255)
    assert s.fill is Fill.SOLID and s.radius == 4 and s.scale_image is ScaleImage.FILL_FRAME
    assert s.text.horizontal_alignment is HorizontalTextAlign.RIGHT
    assert s.horizontal_image_alignment is HorizontalImageAlign.CENTER
    assert s.text.vertical_alignment is VerticalTextAlign.JUSTIFIED
    assert s.vertical_image_alignment is VerticalImageAlign.BOTTOM
    assert s.text.rotation is Rotation.UPSIDE_DOWN and s.text.markup == "rtf"
    f = s.font
    assert (f.font_name, f.size, f.bold, f.italic, f.underline, f.strike_through) == ("Serif", 11.5, True, False, True, False)
    assert (f.pdf_font_name, f.pdf_encoding, f.pdf_embedded) == ("Times-Roman", "Cp1250", False)
    assert s.pattern == "#0.0" and s.blank_when_null is True
    assert (s.pen.line_width, s.pen.line_style) == (2.0, LineStyle.DOUBLE)
    assert s.box.top_padding == 3 and s.box.bottom_pen.line_width == 1.0
    assert s.paragraph.line_spacing is LineSpacing.FIXED and s.paragraph.line_spacing_size == 14
    assert s.paragraph.tab_stops[0].position == 50


def test_absent_attributes_inherit():
    (s,) = styles('<style name="Plain"/>')
    assert s.parent is None and not s.is_default
    assert s.mode is None and s.forecolor is None and s.fill is None and s.radius is None
    assert s.font.size is None and s.font.bold is None
    assert s.text.horizontal_alignment is None and s.horizontal_image_alignment is None
    assert s.pattern is None and s.blank_when_null is None
    assert s.box.pen.line_width is None and s.pen.line_width is None
    assert s.paragraph.line_spacing is None and s.conditional_styles == []


def test_h_align_and_v_align_set_text_and_image():
    a, b, c = styles(
        """<style name="A" hAlign="Center" vAlign="Middle"/>
           <style name="B" hAlign="Justified" hImageAlign="Right"/>
           <style name="C" hAlign="Left" hTextAlign="Right"/>"""
    )
    assert a.text.horizontal_alignment is HorizontalTextAlign.CENTER
    assert a.horizontal_image_alignment is HorizontalImageAlign.CENTER
    assert a.text.vertical_alignment is VerticalTextAlign.MIDDLE
    assert a.vertical_image_alignment is VerticalImageAlign.MIDDLE
    assert b.text.horizontal_alignment is HorizontalTextAlign.JUSTIFIED
    assert b.horizontal_image_alignment is HorizontalImageAlign.RIGHT
    assert c.text.horizontal_alignment is HorizontalTextAlign.RIGHT
    assert c.horizontal_image_alignment is HorizontalImageAlign.LEFT


def test_old_style_attributes():
    (s,) = styles(
        """<style name="Old" pen="2Point" border="Thin" borderColor="#FF0000" leftBorder="Dotted" padding="2"
              rightPadding="5" lineSpacing="Double" isStyledText="true">
              <box leftPadding="7"><topPen lineColor="#00FF00"/></box></style>"""
    )
    assert s.pen.line_width == 2.0 and s.pen.line_style is LineStyle.SOLID
    assert s.box.pen.line_width == 0.5 and s.box.pen.line_color == Color(255, 0, 0)
    assert (s.box.left_pen.line_width, s.box.left_pen.line_style) == (1.0, LineStyle.DASHED)
    assert (s.box.padding, s.box.right_padding, s.box.left_padding) == (2, 5, 7)
    assert s.box.top_pen.line_color == Color(0, 255, 0)
    assert s.paragraph.line_spacing is LineSpacing.DOUBLE
    assert s.text.markup == "styled"


def test_conditional_styles():
    (s,) = styles(
        """<style name="Row" mode="Transparent">
             <conditionalStyle>
               <conditionExpression><![CDATA[$V{REPORT_COUNT} % 2 == 0]]></conditionExpression>
               <style mode="Opaque" backcolor="#EEEEEE"><box><pen lineWidth="1"/></box></style>
             </conditionalStyle>
             <conditionalStyle>
               <conditionExpression><![CDATA[$F{x} == null]]></conditionExpression>
               <style isItalic="true"/>
             </conditionalStyle>
           </style>"""
    )
    first, second = s.conditional_styles
    assert first.condition.text == "$V{REPORT_COUNT} % 2 == 0"
    assert first.style.name == "" and first.style.mode is Mode.OPAQUE
    assert first.style.backcolor == Color(0xEE, 0xEE, 0xEE) and first.style.box.pen.line_width == 1.0
    assert second.condition.text == "$F{x} == null" and second.style.font.italic is True
    assert second.style.mode is None


def test_style_problems_are_all_reported():
    with pytest.raises(TemplateErrors) as info:
        styles(
            """<style fontSize="big"/>
               <style name="X" mode="Dim"><conditionalStyle><style/></conditionalStyle><wobble/></style>"""
        )
    messages = [str(p) for p in info.value.problems]
    assert len(messages) == 5
    assert any("name is required" in m for m in messages)
    assert any("fontSize" in m for m in messages)
    assert any("Dim" in m for m in messages)
    assert any("conditionExpression" in m for m in messages)
    assert any("<wobble>" in m for m in messages)


TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<jasperTemplate xmlns="{ns}">
{includes}
  <style name="{name}" fontSize="{size}"/>
</jasperTemplate>"""


def test_style_template_with_includes(tmp_path):
    (tmp_path / "base.jrtx").write_text(TEMPLATE.format(ns=TNS, includes="", name="Base", size=8))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "mid.jrtx").write_text(
        TEMPLATE.format(ns=TNS, includes="<template>../base.jrtx</template>", name="Mid", size=9)
    )
    top = tmp_path / "top.jrtx"
    top.write_text(
        TEMPLATE.format(
            ns=TNS,
            includes="<template><![CDATA[sub/mid.jrtx]]></template><template>base.jrtx</template>",
            name="Top",
            size=10,
        )
    )
    template = read_style_template_file(top)
    assert template.includes == ["sub/mid.jrtx", "base.jrtx"]
    assert [s.name for s in template.styles] == ["Top"]
    loaded = load_style_template(top)
    assert [(s.name, s.font.size) for s in loaded] == [("Base", 8), ("Mid", 9), ("Top", 10)]


def test_style_template_missing_include(tmp_path):
    path = tmp_path / "t.jrtx"
    path.write_text(TEMPLATE.format(ns=TNS, includes="<template>nope.jrtx</template>", name="A", size=1))
    with pytest.raises(ResourceError):
        load_style_template(path)


def test_style_template_problems():
    with pytest.raises(TemplateStructureError) as info:
        load_style_template(f'<jasperTemplate xmlns="{TNS}"><style name="A" isBold="maybe"/></jasperTemplate>', name="s.jrtx")
    assert info.value.location.source == "s.jrtx" and info.value.location.element == "style"
    with pytest.raises(TemplateStructureError):
        load_style_template("<notATemplate/>")


@pytest.mark.skipif(not (SHARED / "conformance").is_dir(), reason="shared conformance files absent")
def test_real_style_templates():
    samples = SHARED / "conformance" / "jr-6.21" / "demo" / "samples" / "templates" / "reports"
    loaded = load_style_template(samples / "styles.jrtx")
    names = [s.name for s in loaded]
    assert len(names) >= 2 and len(set(names)) >= 2
