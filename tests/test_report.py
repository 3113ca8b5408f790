"""jrxmlpy.compile: scopes of expressions, all problems at once, resources, subreports."""

from __future__ import annotations

from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.errors import ExpressionError, TemplateError, TemplateErrors, UnknownClassError
from jrxmlpy.expressions.runtime import Scope
from jrxmlpy.report import crosstab_scope_name

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'
C = 'xmlns:c="http://jasperreports.sourceforge.net/jasperreports/components"'


def template(body: str, head: str = "", attrs: str = "") -> str:
    return f"""<jasperReport {NS} {C} name="t" pageWidth="595" pageHeight="842" columnWidth="555"
        leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20" {attrs}>
{head}
{body}
</jasperReport>"""


def text_field(expression: str, y: int = 0) -> str:
    return f"""<textField><reportElement x="0" y="{y}" width="100" height="20"/>
        <textFieldExpression><![CDATA[{expression}]]></textFieldExpression></textField>"""


def by_text(report: jrxmlpy.Report) -> dict[str, tuple[str, str]]:
    """Expression text -> (scope, static type)."""
    return {expr.text: (scope, compiled.type) for (scope, expr), compiled in report.expressions.items()}


def test_main_dataset_expressions_and_builtins():
    report = jrxmlpy.compile(template(
        f"<title><band height='40'>{text_field('$V{PAGE_NUMBER} + $P{REPORT_LOCALE}.toString()')}</band></title>",
        head='<field name="amount" class="java.math.BigDecimal"/>'))
    assert by_text(report)["$V{PAGE_NUMBER} + $P{REPORT_LOCALE}.toString()"] == ("", "java.lang.String")


def test_table_cells_are_compiled_in_the_sub_dataset():
    head = """<subDataset name="Items"><field name="sku" class="java.lang.String"/></subDataset>
        <parameter name="Limit" class="java.lang.Integer"/>"""
    table = f"""<componentElement><reportElement x="0" y="0" width="200" height="40"/>
      <c:table>
        <datasetRun subDataset="Items">
          <datasetParameter name="REPORT_MAX_COUNT"><datasetParameterExpression><![CDATA[$P{{Limit}}]]></datasetParameterExpression></datasetParameter>
          <dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource(3)]]></dataSourceExpression>
        </datasetRun>
        <c:column width="200"><c:detailCell height="20">{text_field('$F{sku}.toUpperCase()')}</c:detailCell></c:column>
      </c:table></componentElement>"""
    report = jrxmlpy.compile(template(f"<summary><band height='40'>{table}</band></summary>", head=head))
    scopes = by_text(report)
    assert scopes["$F{sku}.toUpperCase()"] == ("Items", "java.lang.String")
    assert scopes["$P{Limit}"][0] == ""  # dataset run parameters belong to the enclosing dataset


def test_a_sub_dataset_field_is_unknown_in_the_main_dataset():
    head = '<subDataset name="Items"><field name="sku" class="java.lang.String"/></subDataset>'
    with pytest.raises(ExpressionError) as info:
        jrxmlpy.compile(template(f"<title><band height='40'>{text_field('$F{sku}')}</band></title>", head=head))
    assert "field 'sku' is not declared" in str(info.value)
    assert info.value.location.line is not None


CROSSTAB = """<crosstab><reportElement x="0" y="0" width="400" height="60"/>
  <rowGroup name="City" width="80"><bucket class="java.lang.String">
      <bucketExpression><![CDATA[$F{city}]]></bucketExpression>
      <orderByExpression><![CDATA[$V{Total}]]></orderByExpression></bucket>
    <crosstabRowHeader><cellContents>TF_ROW</cellContents></crosstabRowHeader></rowGroup>
  <columnGroup name="Year" height="20"><bucket class="java.lang.Integer">
      <bucketExpression><![CDATA[$F{year}]]></bucketExpression></bucket>
    <crosstabColumnHeader><cellContents/></crosstabColumnHeader></columnGroup>
  <measure name="Total" class="java.math.BigDecimal" calculation="Sum">
    <measureExpression><![CDATA[$F{amount}]]></measureExpression></measure>
  <crosstabCell width="60" height="20"><cellContents>TF_CELL</cellContents></crosstabCell>
</crosstab>"""


def test_crosstab_scopes():
    head = """<style name="Zebra"><conditionalStyle><conditionExpression><![CDATA[$V{ROW_COUNT} % 2 == 0]]></conditionExpression>
        <style backcolor="#EEEEEE"/></conditionalStyle></style>
        <field name="city" class="java.lang.String"/><field name="year" class="java.lang.Integer"/>
        <field name="amount" class="java.math.BigDecimal"/>"""
    cell = """<textField><reportElement style="Zebra" x="0" y="0" width="60" height="20"/>
        <textFieldExpression><![CDATA[$V{Total}.add($V{Total_City_ALL})]]></textFieldExpression></textField>"""
    body = CROSSTAB.replace("TF_ROW", text_field("$V{City}")).replace("TF_CELL", cell)
    report = jrxmlpy.compile(template(f"<summary><band height='80'>{body}</band></summary>", head=head))
    scopes = by_text(report)
    crosstab = next(iter(report.design.summary.elements))
    cells = crosstab_scope_name(crosstab)
    assert scopes["$F{city}"] == ("", "java.lang.String")  # bucket: the data
    assert scopes["$F{amount}"] == ("", "java.math.BigDecimal")  # measure: the data
    assert scopes["$V{Total}"] == (cells, "java.math.BigDecimal")  # order by: the measures
    assert scopes["$V{City}"] == (cells, "java.lang.String")
    assert scopes["$V{Total}.add($V{Total_City_ALL})"] == (cells, "java.math.BigDecimal")
    # the style's condition reads a crosstab variable: compiled where the style is used
    assert scopes["$V{ROW_COUNT} % 2 == 0"] == (cells, "boolean")


def test_every_problem_is_reported_with_its_line():
    body = "<title><band height='60'>" + text_field("$F{missing}") + text_field("com.acme.Util.f()", 20) \
        + text_field("1 +", 40) + "</band></title>"
    with pytest.raises(TemplateErrors) as info:
        jrxmlpy.compile(template(body), name="bad.jrxml")
    problems = info.value.problems
    assert len(problems) == 3
    assert all(p.location.source == "bad.jrxml" and p.location.line for p in problems)
    assert any(isinstance(p, UnknownClassError) and p.name == "com.acme.Util" for p in problems)
    assert len({p.location.line for p in problems}) == 3


def test_json_query_adds_its_builtin_parameters():
    head = '<queryString language="json"><![CDATA[orders]]></queryString>'
    report = jrxmlpy.compile(template(
        f"<title><band height='20'>{text_field('$P{net.sf.jasperreports.json.date.pattern}')}</band></title>", head=head))
    assert by_text(report)["$P{net.sf.jasperreports.json.date.pattern}"] == ("", "java.lang.String")


def test_javascript_is_refused_clearly():
    with pytest.raises(TemplateError) as info:
        jrxmlpy.compile(template(f"<title><band height='20'>{text_field('1')}</band></title>", attrs='language="javascript"'))
    assert "javascript" in str(info.value)


def test_register_class_makes_a_custom_class_usable():
    body = f"<title><band height='20'>{text_field('com.example.Money.format(12)')}</band></title>"
    with pytest.raises(UnknownClassError):
        jrxmlpy.compile(template(body))
    jrxmlpy.register_class("com.example.Money", static_methods={"format": lambda v: f"{v:.2f} EUR"})
    report = jrxmlpy.compile(template(body))
    compiled = next(iter(report.expressions.values()))
    assert compiled.evaluate(Scope()) == "12.00 EUR"


def test_constant_subreports_are_compiled(tmp_path: Path):
    sub_field = text_field('"sub"')
    (tmp_path / "sub.jrxml").write_text(template(f"<title><band height='20'>{sub_field}</band></title>"))
    main = tmp_path / "main.jrxml"
    main.write_text(template(
        """<title><band height="20"><subreport><reportElement x="0" y="0" width="100" height="20"/>
        <subreportExpression><![CDATA[$P{SUBREPORT_DIR} + "sub.jasper"]]></subreportExpression></subreport></band></title>""",
        head='<parameter name="SUBREPORT_DIR" class="java.lang.String"><defaultValueExpression><![CDATA[""]]></defaultValueExpression></parameter>'))
    report = jrxmlpy.compile(main)
    assert [p.name for p in report.subreports] == ["sub.jrxml"]


def test_a_recursive_subreport_is_compiled_once(tmp_path: Path):
    # Recursive subreports (trees) are legitimate: the report refers to itself.
    main = tmp_path / "self.jrxml"
    main.write_text(template(
        """<title><band height="20"><subreport><reportElement x="0" y="0" width="100" height="20"/>
        <subreportExpression><![CDATA["self.jrxml"]]></subreportExpression></subreport></band></title>"""))
    report = jrxmlpy.compile(main)
    assert report.subreports == {main.resolve(): report}


def test_style_templates_are_read_from_the_resource_folders(tmp_path: Path):
    (tmp_path / "styles.jrtx").write_text(
        '<jasperTemplate xmlns="http://jasperreports.sourceforge.net/jasperreports/template">'
        '<style name="Big" fontSize="20"/></jasperTemplate>')
    main = tmp_path / "main.jrxml"
    main.write_text(template("", head='<template><![CDATA["styles.jrtx"]]></template>'))
    report = jrxmlpy.compile(main)
    assert [s.name for s in report.template_styles] == ["Big"]


def test_a_missing_style_template_is_a_problem(tmp_path: Path):
    main = tmp_path / "main.jrxml"
    main.write_text(template("", head='<template><![CDATA["nowhere.jrtx"]]></template>'))
    with pytest.raises(TemplateError) as info:
        jrxmlpy.compile(main)
    assert "nowhere.jrtx" in str(info.value)
