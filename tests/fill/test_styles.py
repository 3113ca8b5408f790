"""fill.styles: style names, inheritance, conditional variants and the print's style list.

Expected print styles are literals from JasperReports 6.20.6 (oracle) prints of the same
templates (``/tmp`` probes written for this module; StylesReport is the templates demo).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.design.base import Color
from jrxmlpy.design.enums import (
    HorizontalTextAlign,
    LineSpacing,
    LineStyle,
    Mode,
    VerticalTextAlign,
)
from jrxmlpy.document import Document, PrintRectangle, PrintText
from jrxmlpy.export.jrpxml import to_jrpxml
from jrxmlpy.expressions.runtime import Scope
from jrxmlpy.fill.styles import BLACK, WHITE, StyleResolver, apply_own_attributes

NS = ('xmlns="http://jasperreports.sourceforge.net/jasperreports" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')
TNS = ('xmlns="http://jasperreports.sourceforge.net/jasperreports/template" '
       'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"')


def report(name: str, body: str, head: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<jasperReport {NS} name="{name}" pageWidth="595" '
            f'pageHeight="842" columnWidth="555" leftMargin="20" rightMargin="20" topMargin="30" '
            f'bottomMargin="30">{head}<detail><band height="100">{body}</band></detail></jasperReport>')


def style_lines(styles) -> list[str]:
    """The ``<style>`` part of a jrpxml holding ``styles`` (one string per style)."""
    xml = to_jrpxml(Document(name="x", styles=list(styles))).decode()
    out: list[str] = []
    open_style = False
    for line in xml.splitlines():
        s = line.strip()
        if s.startswith("<style"):
            out.append(s)
            open_style = not s.endswith("/>")
        elif open_style:
            out[-1] += s
            open_style = s != "</style>"
    return out


def condition_evaluator(compiled: jrxmlpy.Report, **variables):
    scope = Scope(variables=variables)
    return lambda expression: compiled.expression(expression).evaluate(scope)


# --- names, renames, print list (style templates) --------------------------------------------

T0 = f"""<?xml version="1.0" encoding="UTF-8"?><jasperTemplate {TNS}>
<style name="Dup" forecolor="#110000"/><style name="OnlyT0" fontSize="8"/>
<style name="Shadowed" fontSize="9"/><style name="ChildOfDupT0" style="Dup" isItalic="true"/></jasperTemplate>"""
T1 = f"""<?xml version="1.0" encoding="UTF-8"?><jasperTemplate {TNS}><template>t0.jrtx</template>
<style name="Dup" forecolor="#220000"/><style name="ChildOfDup" style="Dup" isBold="true"/>
<style name="TDef" isDefault="true" fontSize="11"/></jasperTemplate>"""
T2 = f"""<?xml version="1.0" encoding="UTF-8"?><jasperTemplate {TNS}>
<style name="Dup1" forecolor="#440000"/><style name="Dup" forecolor="#330000"/>
<style name="ChildOfDup2" style="Dup" isUnderline="true"/></jasperTemplate>"""
T3 = f"""<?xml version="1.0" encoding="UTF-8"?><jasperTemplate {TNS}>
<style name="TPar" fontSize="9"/><style name="TDef3" isDefault="true" fontSize="11"/>
<style name="TUnused" fontSize="13"/></jasperTemplate>"""

TPL_HEAD = """<template><![CDATA["t1.jrtx"]]></template><template><![CDATA["t2.jrtx"]]></template>
<style name="Shadowed" fontSize="20"/><style name="RChild" style="Dup" isStrikeThrough="true"/>
<style name="RDef" isDefault="true" fontSize="7"/>"""


def static(style: str | None, y: int, text: str = "t", extra: str = "") -> str:
    st = f' style="{style}"' if style else ""
    return (f'<staticText><reportElement key="{text}"{st} x="0" y="{y}" width="200" height="12"{extra}/>'
            f'<text><![CDATA[{text}]]></text></staticText>')


@pytest.fixture()
def templates(tmp_path: Path) -> Path:
    for name, text in (("t0", T0), ("t1", T1), ("t2", T2), ("t3", T3)):
        (tmp_path / f"{name}.jrtx").write_text(text)
    return tmp_path


def compile_in(folder: Path, name: str, text: str) -> jrxmlpy.Report:
    path = folder / f"{name}.jrxml"
    path.write_text(text)
    return jrxmlpy.compile(path, [folder])


def test_template_styles_only_used_ones_printed(templates: Path) -> None:
    body = "".join(static(s, i * 12) for i, s in enumerate([None, "Dup", "Shadowed", "RChild"]))
    sr = StyleResolver(compile_in(templates, "Tpl", report("Tpl", body, TPL_HEAD)))
    assert style_lines(sr.print_styles()) == [  # oracle
        '<style name="Dup" forecolor="#330000"/>',
        '<style name="Shadowed" fontSize="20"/>',
        '<style name="RChild" style="Dup" isStrikeThrough="true"/>',
        '<style name="RDef" isDefault="true" fontSize="7"/>',
    ]
    assert sr.default_style_name == "RDef"


def test_template_renames_and_order(templates: Path) -> None:
    used = [None, "Dup", "Shadowed", "RChild", "ChildOfDupT0", "ChildOfDup", "ChildOfDup2", "Dup1", "OnlyT0"]
    body = "".join(static(s, i * 12) for i, s in enumerate(used))
    sr = StyleResolver(compile_in(templates, "Tpl2", report("Tpl2", body, TPL_HEAD)))
    assert style_lines(sr.print_styles()) == [  # oracle
        '<style name="OnlyT0" fontSize="8"/>',
        '<style name="Dup11" forecolor="#110000"/>',
        '<style name="ChildOfDupT0" style="Dup11" isItalic="true"/>',
        '<style name="Dup2" forecolor="#220000"/>',
        '<style name="ChildOfDup" style="Dup2" isBold="true"/>',
        '<style name="Dup1" forecolor="#440000"/>',
        '<style name="Dup" forecolor="#330000"/>',
        '<style name="ChildOfDup2" style="Dup" isUnderline="true"/>',
        '<style name="Shadowed" fontSize="20"/>',
        '<style name="RChild" style="Dup" isStrikeThrough="true"/>',
        '<style name="RDef" isDefault="true" fontSize="7"/>',
    ]
    # elements name the last declaration; children keep the parent they were declared with
    assert sr.effective(sr_element(sr, "ChildOfDupT0")).forecolor == Color(0x11, 0, 0)
    assert sr.effective(sr_element(sr, "ChildOfDup")).forecolor == Color(0x22, 0, 0)
    assert sr.effective(sr_element(sr, "Dup")).forecolor == Color(0x33, 0, 0)
    assert sr.effective(sr_element(sr, "Dup1")).forecolor == Color(0x44, 0, 0)
    assert sr.effective(sr_element(sr, "Shadowed")).font_size == 20.0  # report beats template


def sr_element(sr: StyleResolver, style: str):
    for el in sr.design.detail[0].elements:
        if el.style == style:
            return el
    raise KeyError(style)


def test_template_default_and_report_style_parent(templates: Path) -> None:
    head = '<template><![CDATA["t3.jrtx"]]></template><style name="RS" style="TPar" isBold="true"/>'
    sr = StyleResolver(compile_in(templates, "Tpl3", report("Tpl3", static(None, 0), head)))
    assert style_lines(sr.print_styles()) == [  # oracle: default first, TPar just before RS
        '<style name="TDef3" isDefault="true" fontSize="11"/>',
        '<style name="TPar" fontSize="9"/>',
        '<style name="RS" style="TPar" isBold="true"/>',
    ]
    el = sr.design.detail[0].elements[0]
    assert sr.print_style_name(el) is None
    assert sr.effective(el).font_size == 11.0


STYLES_REPORT = Path("/work/shared/conformance/jr-6.21/demo/samples/templates/reports/StylesReport.jrxml")


@pytest.mark.skipif(not STYLES_REPORT.exists(), reason="conformance corpus not available")
def test_styles_demo_print_list() -> None:
    sr = StyleResolver(jrxmlpy.compile(STYLES_REPORT))
    names = [s.name for s in sr.print_styles()]
    assert names == ["Base", "Emphasis", "Strong1", "Very Strong", "Regular", "Special Emphasis", "Strong",
                     "Serif", "Right Aligned", "More Emphasis", "Serif Note"]  # oracle
    lines = style_lines(sr.print_styles())
    assert lines[3] == '<style name="Very Strong" style="Strong1" mode="Opaque" backcolor="#C0C0C0"/>'
    assert lines[-1] == ('<style name="Serif Note" style="Serif" mode="Opaque" forecolor="#FFC800" '
                         'backcolor="#404040" fontSize="10"/>')


# --- conditional styles -------------------------------------------------------------------------

COND_HEAD = """
<style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="10">
  <conditionalStyle><conditionExpression><![CDATA[$V{REPORT_COUNT} == 4]]></conditionExpression>
    <style isItalic="true"/></conditionalStyle></style>
<style name="Unused" style="Base">
  <conditionalStyle><conditionExpression><![CDATA[true]]></conditionExpression>
    <style forecolor="#123456"/></conditionalStyle></style>
<style name="Row" style="Base" hTextAlign="Center">
  <conditionalStyle><conditionExpression><![CDATA[$V{REPORT_COUNT} % 2 == 0]]></conditionExpression>
    <style mode="Opaque" backcolor="#EEEEEE"/></conditionalStyle>
  <conditionalStyle><conditionExpression><![CDATA[$V{REPORT_COUNT} > 2]]></conditionExpression>
    <style forecolor="#FF0000" isBold="true" backcolor="#DDDDDD"/></conditionalStyle></style>
<style name="Field" style="Row" fontSize="12">
  <conditionalStyle><conditionExpression><![CDATA[$V{REPORT_COUNT} == 3]]></conditionExpression>
    <style fontSize="14" vTextAlign="Middle"><box padding="2"><pen lineWidth="1.0"/></box>
    <paragraph lineSpacing="Double"/></style></conditionalStyle>
  <conditionalStyle><conditionExpression><![CDATA[(Boolean)null]]></conditionExpression>
    <style fontSize="30"/></conditionalStyle></style>
<style name="Pat" pattern="#,##0.00" isBlankWhenNull="true"/>
<style name="PatChild" style="Pat"/>
"""
COND_BODY = """
<textField><reportElement key="field" style="Field" x="0" y="0" width="200" height="15"/>
  <textFieldExpression><![CDATA["F"]]></textFieldExpression></textField>
<textField><reportElement key="row" style="Row" x="200" y="0" width="200" height="15" forecolor="#00FF00"/>
  <textElement textAlignment="Right"><font size="9" isBold="false"/></textElement>
  <textFieldExpression><![CDATA["R"]]></textFieldExpression></textField>
<staticText><reportElement key="static" x="0" y="15" width="200" height="15"/><text><![CDATA[static]]></text></staticText>
<rectangle><reportElement key="rect" style="Row" x="200" y="15" width="50" height="15"/></rectangle>
<textField><reportElement key="pat" style="PatChild" x="0" y="30" width="200" height="15"/>
  <textFieldExpression><![CDATA[Double.valueOf(1234.5)]]></textFieldExpression></textField>
<textField pattern="0.0" isBlankWhenNull="false"><reportElement key="patown" style="Pat" x="200" y="45" width="200" height="15"/>
  <textFieldExpression><![CDATA[Double.valueOf(1234.5)]]></textFieldExpression></textField>
"""

#: Oracle: what each element references, records 1..4 (REPORT_COUNT).
COND_REFS = {
    1: {"field": "Field", "row": "Row", "static": None, "rect": "Row", "pat": "PatChild", "patown": "Pat"},
    2: {"field": "Field|00100", "row": "Row|100", "static": None, "rect": "Row|100", "pat": "PatChild",
        "patown": "Pat"},
    3: {"field": "Field|10010", "row": "Row|010", "static": None, "rect": "Row|010", "pat": "PatChild",
        "patown": "Pat"},
    4: {"field": "Field|00111", "row": "Row|111", "static": "Base|1", "rect": "Row|111", "pat": "PatChild",
        "patown": "Pat"},
}
#: Oracle print styles (design part in this order; the variants' order within one band
#: evaluation changes from run to run in JasperReports).
COND_DESIGN = [
    '<style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="10"/>',
    '<style name="Unused" style="Base"/>',
    '<style name="Row" style="Base" hTextAlign="Center"/>',
    '<style name="Field" style="Row" fontSize="12"/>',
    '<style name="Pat"/>',
    '<style name="PatChild" style="Pat"/>',
]
COND_VARIANTS = {
    '<style name="Row|100" mode="Opaque" backcolor="#EEEEEE" hTextAlign="Center" fontName="DejaVu Sans" fontSize="10"/>',
    '<style name="Field|00100" mode="Opaque" backcolor="#EEEEEE" hTextAlign="Center" fontName="DejaVu Sans" fontSize="12"/>',
    '<style name="Row|010" forecolor="#FF0000" backcolor="#DDDDDD" hTextAlign="Center" fontName="DejaVu Sans" fontSize="10" isBold="true"/>',
    '<style name="Field|10010" forecolor="#FF0000" backcolor="#DDDDDD" hTextAlign="Center" vTextAlign="Middle" fontName="DejaVu Sans" fontSize="14" isBold="true"><box padding="2"><pen lineWidth="1.0"/></box><paragraph lineSpacing="Double"/></style>',
    '<style name="Base|1" fontName="DejaVu Sans" fontSize="10" isItalic="true"/>',
    '<style name="Row|111" mode="Opaque" forecolor="#FF0000" backcolor="#EEEEEE" hTextAlign="Center" fontName="DejaVu Sans" fontSize="10" isBold="true" isItalic="true"/>',
    '<style name="Field|00111" mode="Opaque" forecolor="#FF0000" backcolor="#EEEEEE" hTextAlign="Center" fontName="DejaVu Sans" fontSize="12" isBold="true" isItalic="true"/>',
}


@pytest.fixture()
def cond() -> tuple[jrxmlpy.Report, StyleResolver]:
    compiled = jrxmlpy.compile(report("Cond", COND_BODY, COND_HEAD))
    return compiled, StyleResolver(compiled)


def test_conditional_variants_match_oracle(cond) -> None:
    compiled, sr = cond
    elements = compiled.design.detail[0].elements
    names = sr.band_styles(elements)
    assert names == ["Field", "Row", "Base"]  # Unused/Pat: never evaluated
    for count, expected in COND_REFS.items():
        evaluated = sr.evaluate_band(names, condition_evaluator(compiled, REPORT_COUNT=count))
        assert {e.key: sr.print_style_name(e, evaluated) for e in elements} == expected
    lines = style_lines(sr.print_styles())
    assert lines[:6] == COND_DESIGN
    assert set(lines[6:]) == COND_VARIANTS and len(lines) == 6 + len(COND_VARIANTS)


def test_conditional_bits_order_and_cache(cond) -> None:
    compiled, sr = cond
    assert [owner for owner, _ in sr.conditions("Field")] == ["Field", "Field", "Row", "Row", "Base"]
    ev = condition_evaluator(compiled, REPORT_COUNT=3)
    assert sr.evaluate("Field", ev) == "Field|10010"
    assert sr.evaluate("Field", ev) == "Field|10010"
    assert sum(1 for s in sr.print_styles() if s.name == "Field|10010") == 1
    assert sr.evaluate("Pat", ev) == "Pat"


def test_variant_attributes_resolve_flattened(cond) -> None:
    compiled, sr = cond
    field = compiled.design.detail[0].elements[0]
    name = sr.evaluate("Field", condition_evaluator(compiled, REPORT_COUNT=3))
    a = sr.effective(field, name)
    assert (a.font_size, a.bold, a.forecolor, a.backcolor) == (14.0, True, Color(255, 0, 0), Color(0xDD, 0xDD, 0xDD))
    assert a.vertical_text_alignment is VerticalTextAlign.MIDDLE
    assert a.horizontal_text_alignment is HorizontalTextAlign.CENTER
    assert a.paragraph.line_spacing is LineSpacing.DOUBLE
    assert (a.box.top_padding, a.box.top_pen.line_width) == (2, 1.0)
    assert a.mode is Mode.TRANSPARENT
    plain = sr.effective(field)
    assert (plain.font_size, plain.bold, plain.font_name) == (12.0, False, "DejaVu Sans")


def test_child_own_attribute_beats_parent_condition() -> None:
    # Oracle (Cond2): C own fontSize 12 beats P's true condition fontSize 20; P's condition
    # backcolor beats P's own; box attributes merge one by one.
    head = """
<style name="P" backcolor="#AAAAAA" fontSize="8"><box padding="4"><pen lineWidth="0.5"/></box>
  <conditionalStyle><conditionExpression><![CDATA[Boolean.TRUE]]></conditionExpression>
  <style fontSize="20" backcolor="#111111"/></conditionalStyle></style>
<style name="C" style="P" fontSize="12">
  <conditionalStyle><conditionExpression><![CDATA[$V{REPORT_COUNT} == 1]]></conditionExpression>
  <style forecolor="#FF0000"><box><topPen lineColor="#FF0000"/></box></style></conditionalStyle></style>"""
    compiled = jrxmlpy.compile(report("Cond2", static("C", 0, "c"), head))
    sr = StyleResolver(compiled)
    assert sr.evaluate("C", condition_evaluator(compiled, REPORT_COUNT=1)) == "C|11"
    assert sr.evaluate("C", condition_evaluator(compiled, REPORT_COUNT=2)) == "C|01"
    assert style_lines(sr.print_styles())[2:] == [  # oracle
        '<style name="C|11" forecolor="#FF0000" backcolor="#111111" fontSize="12"><box padding="4">'
        '<pen lineWidth="0.5"/><topPen lineColor="#FF0000"/></box></style>',
        '<style name="C|01" backcolor="#111111" fontSize="12"><box padding="4"><pen lineWidth="0.5"/></box></style>',
    ]
    assert "P|1" not in {s.name for s in sr.print_styles()}


# --- resolution ----------------------------------------------------------------------------------


def test_defaults_without_styles() -> None:
    body = (static(None, 0, "s") + '<rectangle><reportElement key="r" x="0" y="20" width="10" height="10"/></rectangle>'
            '<line><reportElement key="l" x="0" y="40" width="10" height="0"/></line>'
            '<image><reportElement key="i" x="0" y="50" width="10" height="10"/><imageExpression><![CDATA["x.png"]]></imageExpression></image>')
    sr = StyleResolver(jrxmlpy.compile(report("D", body)))
    s, r, ln, im = sr.design.detail[0].elements
    a = sr.effective(s)
    assert (a.font_name, a.font_size, a.bold, a.forecolor, a.backcolor, a.mode) == (
        "SansSerif", 10.0, False, BLACK, WHITE, Mode.TRANSPARENT)
    assert (a.horizontal_text_alignment, a.vertical_text_alignment, a.markup) == (
        HorizontalTextAlign.LEFT, VerticalTextAlign.TOP, "none")
    assert (a.box.top_padding, a.box.top_pen.line_width, a.box.top_pen.line_style) == (0, 0.0, LineStyle.SOLID)
    assert (a.paragraph.line_spacing, a.paragraph.line_spacing_size, a.paragraph.tab_stop_width) == (
        LineSpacing.SINGLE, 1.0, 40)
    assert (a.pattern, a.blank_when_null, a.style_name) == (None, False, None)
    assert sr.effective(r).mode is Mode.OPAQUE and sr.effective(r).pen.line_width == 1.0
    assert sr.effective(ln).mode is Mode.OPAQUE
    assert sr.effective(im).mode is Mode.TRANSPARENT and sr.effective(im).pen.line_width == 0.0
    assert sr.print_styles() == []


def test_inheritance_order_and_box_sides() -> None:
    head = """
<style name="G" isDefault="true" fontName="DejaVu Serif" fontSize="9" forecolor="#0000FF">
  <box padding="1" topPadding="7"><pen lineWidth="2.0" lineColor="#00FF00"/><leftPen lineWidth="3.0"/></box>
  <paragraph tabStopWidth="20"/></style>
<style name="P" style="G" fontSize="11" isItalic="true"><box><topPen lineStyle="Dashed"/></box></style>
<style name="C" style="P" isBold="true" pattern="#,##0.00" isBlankWhenNull="true"/>"""
    body = (static("C", 0, "c", ' mode="Opaque"') + static(None, 20, "n")
            + '<textField pattern="0.0" isBlankWhenNull="false"><reportElement key="tf" style="C" x="0" y="40" width="9" height="9"/>'
              '<box><pen lineWidth="0.25"/></box><textElement><font size="5"/></textElement>'
              '<textFieldExpression><![CDATA[1]]></textFieldExpression></textField>')
    sr = StyleResolver(jrxmlpy.compile(report("I", body, head)))
    c, n, tf = sr.design.detail[0].elements
    a = sr.effective(c)
    assert (a.font_name, a.font_size, a.bold, a.italic, a.mode) == ("DejaVu Serif", 11.0, True, True, Mode.OPAQUE)
    assert (a.pattern, a.blank_when_null) == ("#,##0.00", True)
    assert (a.box.top_padding, a.box.left_padding) == (7, 1)
    assert a.box.top_pen == a.box.top_pen.__class__(2.0, LineStyle.DASHED, Color(0, 255, 0))
    assert (a.box.left_pen.line_width, a.box.bottom_pen.line_width) == (3.0, 2.0)
    assert a.paragraph.tab_stop_width == 20
    assert sr.effective(n).font_size == 9.0 and sr.print_style_name(n) is None
    t = sr.effective(tf)
    # element box pen beats the style's side pens, layer by layer
    assert (t.box.left_pen.line_width, t.box.top_pen.line_width, t.box.top_pen.line_style) == (0.25, 0.25, LineStyle.DASHED)
    assert (t.font_size, t.pattern, t.blank_when_null) == (5.0, "0.0", False)
    assert t.box.top_pen.line_color == Color(0, 255, 0)
    assert sr.effective(tf) is t  # cached


def test_apply_own_attributes() -> None:
    body = ('<textField><reportElement key="row" style="S" x="0" y="0" width="200" height="15" forecolor="#00FF00"/>'
            '<textElement textAlignment="Right"><font size="9" isBold="false"/></textElement>'
            '<textFieldExpression><![CDATA["R"]]></textFieldExpression></textField>'
            '<rectangle radius="3"><reportElement key="rect" x="0" y="20" width="5" height="5"/><graphicElement><pen lineWidth="2.0"/></graphicElement></rectangle>')
    sr = StyleResolver(jrxmlpy.compile(report("O", body, '<style name="S" fontSize="14"/>')))
    tf, rect = sr.design.detail[0].elements
    pt = apply_own_attributes(PrintText(style=sr.print_style_name(tf)), tf)
    assert (pt.style, pt.forecolor, pt.horizontal_alignment) == ("S", Color(0, 255, 0), HorizontalTextAlign.RIGHT)
    assert (pt.font.size, pt.font.bold, pt.box, pt.paragraph, pt.mode) == (9.0, False, None, None, None)
    pr = apply_own_attributes(PrintRectangle(), rect)
    assert (pr.radius, pr.pen.line_width, pr.mode) == (3, 2.0, None)


def test_style_without_parent_falls_back_to_the_default_style() -> None:
    """Oracle probe (JasperReports 6.20.6): with a default style DejaVu Serif 14 red, an
    element of a style ``Desc`` that has no parent and sets only mode and backcolor is
    measured at 14pt (textHeight 16.296875, as the default-styled one) and drawn in DejaVu
    Serif 14 red in the PDF: the default style completes a parentless style's chain."""
    jrxml = report(
        "t",
        '<staticText><reportElement x="0" y="0" width="250" height="20"/><text><![CDATA[Default]]></text>'
        '</staticText><staticText><reportElement style="Desc" x="0" y="20" width="250" height="20"/>'
        '<text><![CDATA[Desc]]></text></staticText>',
        head='<style name="Base" isDefault="true" fontName="DejaVu Serif" fontSize="14" forecolor="#FF0000"/>'
             '<style name="Desc" mode="Opaque" backcolor="#EEEEEE"/>',
    )
    doc = jrxmlpy.compile(jrxml).fill([{}])
    default, desc = [el for el in doc.pages[0].elements if isinstance(el, PrintText)]
    assert desc.style == "Desc"
    assert desc.text_height == default.text_height == 16.296875
    r = doc.resolved(desc)
    assert (r.font_name, r.font_size, r.forecolor, r.mode) == ("DejaVu Serif", 14, Color(255, 0, 0), Mode.OPAQUE)
    assert r.backcolor == Color(0xEE, 0xEE, 0xEE)
