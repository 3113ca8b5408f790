"""Crosstabs (fill/crosstabs.py): bucketing, totals, measures and the printed grid of
small templates, checked structurally (cell frames, their positions and texts).

The layout rules were read off JasperReports 6.20 prints (the public ``CrosstabReport`` /
``CrosstabStretchReport`` cases and the ``crosstab_totals_breaks`` golden)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

import jrxmlpy
from jrxmlpy.design.enums import Calculation
from jrxmlpy.document import PrintFrame, PrintGeneric, PrintText
from jrxmlpy.fill.crosstabs import _calculate, cell_matrix

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="X" pageWidth="{pw}" pageHeight="{ph}"
 columnWidth="{cw}" leftMargin="10" rightMargin="10" topMargin="10" bottomMargin="10" whenNoDataType="AllSectionsNoDetail">
	<property name="net.sf.jasperreports.crosstab.interactive" value="{interactive}"/>
	<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
	<field name="r" class="java.lang.String"/>
	<field name="c" class="java.lang.String"/>
	<field name="v" class="java.lang.Integer"/>
"""


def _text(x: int, w: int, h: int, expression: str, extra: str = "") -> str:
    return (f'<textField><reportElement x="{x}" y="0" width="{w}" height="{h}"{extra}/>'
            f'<textFieldExpression><![CDATA[{expression}]]></textFieldExpression></textField>')


def crosstab(*, width: int = 400, row_total: str = "None", col_total: str = "None", calc: str = "Sum",
             cell: str = "$V{M}", extra_cells: str = "", body: str = "", order: str = "Ascending",
             attrs: str = "", when_no_data: str = "") -> str:
    return f"""
			<crosstab {attrs}>
				<reportElement x="0" y="0" width="{width}" height="20"/>
				<rowGroup name="R" width="40" totalPosition="{row_total}">
					<bucket class="java.lang.String" order="{order}"><bucketExpression><![CDATA[$F{{r}}]]></bucketExpression></bucket>
					<crosstabRowHeader><cellContents>{_text(0, 40, 12, "$V{R}")}</cellContents></crosstabRowHeader>
					<crosstabTotalRowHeader><cellContents>{_text(0, 40, 12, '"T" + $V{M}')}</cellContents></crosstabTotalRowHeader>
				</rowGroup>
				<columnGroup name="C" height="12" totalPosition="{col_total}">
					<bucket class="java.lang.String"><bucketExpression><![CDATA[$F{{c}}]]></bucketExpression></bucket>
					<crosstabColumnHeader><cellContents>{_text(0, 30, 12, "$V{C}")}</cellContents></crosstabColumnHeader>
					<crosstabTotalColumnHeader><cellContents>{_text(0, 30, 12, '"T" + $V{M}')}</cellContents></crosstabTotalColumnHeader>
				</columnGroup>
				<measure name="M" class="java.lang.Integer" calculation="{calc}">
					<measureExpression><![CDATA[$F{{v}}]]></measureExpression>
				</measure>
				<crosstabCell width="30" height="12"><cellContents>{_text(0, 30, 12, cell)}{body}</cellContents></crosstabCell>
				{extra_cells}
				{when_no_data}
			</crosstab>"""


def report(xtab: str, *, pw: int = 420, ph: int = 300, interactive: str = "false", after: str = "") -> str:
    return (HEAD.format(pw=pw, ph=ph, cw=pw - 20, interactive=interactive)
            + f'<summary><band height="40">{xtab}{after}</band></summary></jasperReport>')


ROWS = [
    {"r": "b", "c": "x", "v": 1},
    {"r": "a", "c": "y", "v": 2},
    {"r": "b", "c": "y", "v": 3},
    {"r": "a", "c": "y", "v": 4},
]


def fill(text: str, rows: list[dict[str, Any]] | None = None) -> Any:
    return jrxmlpy.compile(text).fill(ROWS if rows is None else rows)


def grid(frame: PrintFrame) -> dict[tuple[int, int], str]:
    """(x, y) of each cell frame → the text it shows."""
    out = {}
    for cell in frame.elements:
        if isinstance(cell, PrintFrame):
            texts = [e.text for e in cell.elements if isinstance(e, PrintText)]
            out[(cell.x, cell.y)] = " ".join(texts)
    return out


def crosstab_frames(doc: Any, page: int = 0) -> list[PrintFrame]:
    return [e for e in doc.pages[page].elements if isinstance(e, PrintFrame)]


def test_buckets_sorted_and_cells_placed() -> None:
    doc = fill(report(crosstab()))
    (frame,) = crosstab_frames(doc)
    assert (frame.x, frame.y, frame.width, frame.height) == (10, 10, 100, 36)
    assert grid(frame) == {
        (40, 0): "x", (70, 0): "y",
        (0, 12): "a", (40, 12): "0", (70, 12): "6",
        (0, 24): "b", (40, 24): "1", (70, 24): "3",
    }
    types = {c.properties["net.sf.jasperreports.crosstab.cell.type"] for c in frame.elements}
    assert types == {"ColumnHeader", "RowHeader", "Data"}


def test_descending_order_and_totals_at_start_and_end() -> None:
    text = report(crosstab(order="Descending", row_total="Start", col_total="End"))
    (frame,) = crosstab_frames(fill(text))
    g = grid(frame)
    # total row first (Start), then b, a; total column last (End, the cell width inherited)
    assert g[(0, 12)] == "T10" and g[(0, 24)] == "b" and g[(0, 36)] == "a"
    assert g[(100, 0)] == "T10"
    assert g[(40, 12)] == "1" and g[(70, 12)] == "9" and g[(100, 12)] == "10"
    assert g[(100, 24)] == "4" and g[(100, 36)] == "6"


@pytest.mark.parametrize("variable,expected", [("M_R_ALL", "9"), ("M_C_ALL", "6"), ("M_R_C_ALL", "10")])
def test_total_variables_in_cells(variable: str, expected: str) -> None:
    # cell (a, y): the column's total over the rows 9, the row's total 6, the grand total 10
    g = grid(crosstab_frames(fill(report(crosstab(cell="$V{" + variable + "}"))))[0])
    assert g[(70, 12)] == expected


@pytest.mark.parametrize("calc,expected", [("Count", "2"), ("Highest", "4"), ("Lowest", "2"), ("First", "2"),
                                           ("Average", "3"), ("DistinctCount", "2")])
def test_measure_calculations(calc: str, expected: str) -> None:
    g = grid(crosstab_frames(fill(report(crosstab(calc=calc))))[0])
    assert g[(70, 12)] == expected


def test_calculations_of_empty_cells_and_nulls() -> None:
    assert _calculate(Calculation.SUM, [], "java.lang.Integer") == 0
    assert _calculate(Calculation.HIGHEST, [], "java.lang.Integer") is None
    assert _calculate(Calculation.SUM, [None], "java.lang.Integer") is None
    assert _calculate(Calculation.COUNT, [None, 1, 2], "java.lang.Integer") == 2
    assert _calculate(Calculation.AVERAGE, [Decimal("1"), Decimal("2")], "java.math.BigDecimal") == Decimal("1.5")
    assert _calculate(Calculation.VARIANCE, [1.0, 3.0], "java.lang.Double") == 1.0


def test_remove_line_when_blank_in_cells_and_row_height() -> None:
    hidden = ('<staticText><reportElement x="0" y="12" width="30" height="12" isRemoveLineWhenBlank="true">'
              '<printWhenExpression><![CDATA[Boolean.FALSE]]></printWhenExpression></reportElement>'
              '<text><![CDATA[hidden]]></text></staticText>'
              '<staticText><reportElement x="0" y="24" width="30" height="12"/><text><![CDATA[below]]></text></staticText>')
    text = report(crosstab(body=hidden).replace('<crosstabCell width="30" height="12">', '<crosstabCell width="30" height="36">'))
    (frame,) = crosstab_frames(fill(text))
    data = [c for c in frame.elements if c.properties.get("net.sf.jasperreports.crosstab.cell.type") == "Data"]
    assert all(c.height == 36 for c in data)  # a data cell keeps its design height
    below = [e for e in data[0].elements if isinstance(e, PrintText) and e.text == "below"]
    assert below[0].y == 12  # moved up into the removed line


def test_interactive_element_and_floating_element_below() -> None:
    after = ('<staticText><reportElement positionType="Float" x="0" y="22" width="50" height="10"/>'
             '<text><![CDATA[END]]></text></staticText>')
    doc = fill(report(crosstab(), interactive="true", after=after))
    (frame,) = crosstab_frames(doc)
    assert isinstance(frame.elements[0], PrintGeneric)
    assert frame.elements[0].generic_name == "crosstabInteractiveElement"
    end = next(e for e in doc.pages[0].elements if isinstance(e, PrintText) and e.text == "END")
    assert end.y == 10 + 36 + 2  # pushed by the crosstab's 16pt of stretch


def test_column_break_prints_next_columns_below() -> None:
    text = report(crosstab(width=80, attrs='columnBreakOffset="5"'))
    frames = crosstab_frames(fill(text))
    assert [(f.y, f.width) for f in frames] == [(10, 70), (10 + 36 + 5, 70)]
    assert grid(frames[1])[(40, 0)] == "y" and grid(frames[1])[(0, 12)] == "a"  # row headers repeated


def test_rows_continue_on_next_page_with_column_headers() -> None:
    rows = [{"r": f"r{i:02}", "c": "x", "v": i} for i in range(30)]
    doc = fill(report(crosstab(), ph=200), rows)
    assert len(doc.pages) == 3
    first, second = crosstab_frames(doc, 0)[0], crosstab_frames(doc, 1)[0]
    assert first.height == 12 + 14 * 12  # 14 rows fit in 180 below the column header
    assert grid(second)[(40, 0)] == "x" and grid(second)[(0, 12)] == "r14"


def test_no_data_cell() -> None:
    cell = f'<whenNoDataCell><cellContents>{_text(0, 100, 20, chr(34) + "empty" + chr(34))}</cellContents></whenNoDataCell>'
    (frame,) = crosstab_frames(fill(report(crosstab(when_no_data=cell)), []))
    assert grid(frame) == {(0, 0): "empty"}


def test_cell_matrix_inherits_sizes_and_cells() -> None:
    design = jrxmlpy.compile(report(crosstab(row_total="End", col_total="End"))).design
    xtab = design.summary.elements[0]
    matrix = cell_matrix(xtab)
    # the total row/column cells were not declared: inherited from the data cell
    assert matrix[0][1].width == 30 and matrix[0][1].height == 12
    assert matrix[1][0].contents is matrix[1][1].contents
    assert matrix[0][0].width == 30


def test_crosstab_with_dataset_run() -> None:
    text = HEAD.format(pw=420, ph=300, cw=400, interactive="false").replace(
        '<style name="S"', """<subDataset name="D"><field name="r" class="java.lang.String"/>
        <field name="c" class="java.lang.String"/><field name="v" class="java.lang.Integer"/></subDataset>
        <parameter name="DS" class="java.lang.Object"/><style name="S\"""") + f"""
        <summary><band height="40">{crosstab().replace('<reportElement x="0" y="0" width="400" height="20"/>',
        '<reportElement x="0" y="0" width="400" height="20"/><crosstabDataset><dataset><datasetRun subDataset="D">'
        '<dataSourceExpression><![CDATA[(net.sf.jasperreports.engine.JRDataSource) $P{DS}]]></dataSourceExpression>'
        '</datasetRun></dataset></crosstabDataset>')}</band></summary></jasperReport>"""
    from jrxmlpy.data import RecordsDataSource

    doc = jrxmlpy.compile(text).fill([{"r": "z", "c": "z", "v": 0}], {"DS": RecordsDataSource(ROWS)})
    g = grid(crosstab_frames(doc)[0])
    assert g[(0, 12)] == "a" and g[(70, 12)] == "6"


def test_order_by_expression_and_right_to_left() -> None:
    """Checked with the oracle: rows sorted by their total (orderByExpression, Descending),
    the grid mirrored (row headers on the right) and the frame placed at the right."""
    xtab = crosstab(attrs='runDirection="RTL"', width=300).replace(
        '<bucket class="java.lang.String" order="Ascending"><bucketExpression><![CDATA[$F{r}]]></bucketExpression>',
        '<bucket class="java.lang.String" order="Descending"><bucketExpression><![CDATA[$F{r}]]></bucketExpression>'
        '<orderByExpression><![CDATA[$V{M}]]></orderByExpression>', 1)
    doc = fill(report(xtab), [*ROWS, {"r": "c", "c": "x", "v": 20}])
    (frame,) = crosstab_frames(doc)
    assert (frame.x, frame.width, frame.height) == (210, 100, 48)
    assert grid(frame) == {
        (30, 0): "x", (0, 0): "y",
        (60, 12): "c", (30, 12): "20", (0, 12): "0",
        (60, 24): "a", (30, 24): "0", (0, 24): "6",
        (60, 36): "b", (30, 36): "1", (0, 36): "3",
    }


def test_a_horizontal_report_feeds_its_records_to_the_crosstab() -> None:
    """printOrder="Horizontal" fills details through its own page loop: the crosstab in the
    summary still sees every record."""
    text = report(crosstab()).replace(
        'whenNoDataType="AllSectionsNoDetail">',
        'whenNoDataType="AllSectionsNoDetail" columnCount="2" printOrder="Horizontal">').replace(
        'columnWidth="400"', 'columnWidth="200"')
    text = text.replace("<summary>", '<detail><band height="12">' + _text(0, 100, 12, "$F{r}") + "</band></detail><summary>")
    doc = fill(text)
    (frame,) = crosstab_frames(doc, len(doc.pages) - 1)
    assert grid(frame)[(70, 12)] == "6" and grid(frame)[(40, 24)] == "1"


def test_order_by_expression_ties_keep_the_ascending_bucket_order() -> None:
    """JasperReports' OrdersReport sample (SQL, oracle print): rows sorted Descending by
    their total put Germany before USA at 122 orders each: buckets with equal order values
    stay in their ascending natural order, whatever the bucket's order."""
    xtab = crosstab().replace(
        '<bucket class="java.lang.String" order="Ascending"><bucketExpression><![CDATA[$F{r}]]></bucketExpression>',
        '<bucket class="java.lang.String" order="Descending"><bucketExpression><![CDATA[$F{r}]]></bucketExpression>'
        '<orderByExpression><![CDATA[$V{M}]]></orderByExpression>', 1)
    rows = [{"r": "b", "c": "x", "v": 6}, {"r": "a", "c": "x", "v": 6}, {"r": "c", "c": "x", "v": 20}]
    g = grid(crosstab_frames(fill(report(xtab), rows))[0])
    assert [g[(0, y)] for y in (12, 24, 36)] == ["c", "a", "b"]
