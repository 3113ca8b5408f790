"""List and table components (fill/components.py, docs/filling.md §7.4, §7.5), checked
against JasperReports 6.20 prints of the templates below (jasper-oracle, no data: the
components run ``JREmptyDataSource``s).  The expected prints are transcribed as
``(page, depth, kind, x, y, width, height, text)``, frames holding their elements
(``text`` None: not compared).

Vertical list: items placed directly in the list's frame, one below the other, stretching;
an item that does not fit moves to the next page; the frame is as tall as what was filled;
the return value reaches the master.  Table: header -> title, column headers repeated on every
page (column group above its columns), cells of a row stretching to the tallest (a cell with
no style/box and one text covering it prints that text alone), rows moving whole to the next
page, column footers after the last row of each page, then the table footer."""

from __future__ import annotations

from typing import Any

import jrxmlpy
from jrxmlpy.design import components as C
from jrxmlpy.design import elements as D
from jrxmlpy.document import PrintFrame, PrintImage, PrintRectangle, PrintText
from jrxmlpy.fill.components import _section

TABLE = r"""<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="Table" pageWidth="300" pageHeight="200" whenNoDataType="AllSectionsNoDetail" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
	<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
	<style name="Cell"><box leftPadding="5"><pen lineWidth="0.5"/></box></style>
	<subDataset name="Rows">
		<parameter name="N" class="java.lang.Integer"/>
	</subDataset>
	<parameter name="N" class="java.lang.Integer"><defaultValueExpression><![CDATA[12]]></defaultValueExpression></parameter>
	<title>
		<band height="40">
			<staticText><reportElement x="0" y="0" width="200" height="15"/><text><![CDATA[Title]]></text></staticText>
			<componentElement>
				<reportElement x="10" y="20" width="240" height="20">
					<property name="net.sf.jasperreports.components.table.name" value="t"/>
					<property name="net.sf.jasperreports.components.table.interactive" value="false"/>
				</reportElement>
				<c:table xmlns:c="http://jasperreports.sourceforge.net/jasperreports/components" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports/components http://jasperreports.sourceforge.net/xsd/components.xsd">
					<datasetRun subDataset="Rows">
						<datasetParameter name="N"><datasetParameterExpression><![CDATA[$P{N}]]></datasetParameterExpression></datasetParameter>
						<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource($P{N})]]></dataSourceExpression>
					</datasetRun>
					<c:column width="100">
						<c:tableHeader height="15" rowSpan="1">
							<staticText><reportElement x="0" y="0" width="100" height="15"/><text><![CDATA[Table header]]></text></staticText>
						</c:tableHeader>
						<c:tableFooter height="15" rowSpan="1">
							<textField><reportElement x="0" y="0" width="100" height="15"/><textFieldExpression><![CDATA["Rows: " + $V{REPORT_COUNT}]]></textFieldExpression></textField>
						</c:tableFooter>
						<c:columnHeader style="Cell" height="15" rowSpan="2">
							<staticText><reportElement x="0" y="0" width="95" height="15"/><text><![CDATA[Name]]></text></staticText>
						</c:columnHeader>
						<c:columnFooter style="Cell" height="12" rowSpan="1">
							<staticText><reportElement x="0" y="0" width="95" height="12"/><text><![CDATA[foot]]></text></staticText>
						</c:columnFooter>
						<c:detailCell style="Cell" height="12">
							<textField textAdjust="StretchHeight"><reportElement x="0" y="0" width="95" height="12"/><textFieldExpression><![CDATA[$V{REPORT_COUNT} % 3 == 0 ? "row " + $V{REPORT_COUNT} + "\nsecond line" : "row " + $V{REPORT_COUNT}]]></textFieldExpression></textField>
						</c:detailCell>
					</c:column>
					<c:columnGroup width="140">
						<c:columnHeader style="Cell" height="8">
							<staticText><reportElement x="0" y="0" width="135" height="8"/><text><![CDATA[Group]]></text></staticText>
						</c:columnHeader>
						<c:column width="70">
							<c:columnHeader style="Cell" height="7">
								<staticText><reportElement x="0" y="0" width="65" height="7"/><text><![CDATA[A]]></text></staticText>
							</c:columnHeader>
							<c:columnFooter style="Cell" height="12"/>
							<c:detailCell style="Cell" height="12">
								<textField><reportElement x="0" y="0" width="65" height="12"/><textFieldExpression><![CDATA["a" + $V{REPORT_COUNT}]]></textFieldExpression></textField>
							</c:detailCell>
						</c:column>
						<c:column width="70">
							<c:columnHeader style="Cell" height="7">
								<staticText><reportElement x="0" y="0" width="65" height="7"/><text><![CDATA[B]]></text></staticText>
							</c:columnHeader>
							<c:columnFooter style="Cell" height="12"/>
							<c:detailCell height="12">
								<textField><reportElement x="0" y="0" width="70" height="12"/><textFieldExpression><![CDATA["b" + $V{REPORT_COUNT}]]></textFieldExpression></textField>
							</c:detailCell>
						</c:column>
					</c:columnGroup>
				</c:table>
			</componentElement>
		</band>
	</title>
	<summary>
		<band height="15">
			<staticText><reportElement x="0" y="0" width="200" height="15"/><text><![CDATA[End]]></text></staticText>
		</band>
	</summary>
</jasperReport>
"""

LIST = r"""<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="List" pageWidth="300" pageHeight="200" whenNoDataType="AllSectionsNoDetail" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
	<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
	<subDataset name="Items">
		<variable name="Total" class="java.lang.Integer" calculation="Sum"><variableExpression><![CDATA[$V{REPORT_COUNT}]]></variableExpression></variable>
	</subDataset>
	<variable name="Got" class="java.lang.Integer"/>
	<title>
		<band height="70">
			<staticText><reportElement x="0" y="0" width="200" height="15"/><text><![CDATA[Title]]></text></staticText>
			<componentElement>
				<reportElement x="10" y="20" width="200" height="30"/>
				<c:list xmlns:c="http://jasperreports.sourceforge.net/jasperreports/components" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports/components http://jasperreports.sourceforge.net/xsd/components.xsd" printOrder="Vertical">
					<datasetRun subDataset="Items">
						<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource(9)]]></dataSourceExpression>
						<returnValue fromVariable="Total" toVariable="Got"/>
					</datasetRun>
					<c:listContents height="20">
						<textField textAdjust="StretchHeight">
							<reportElement x="0" y="0" width="150" height="15"/>
							<box><pen lineWidth="0.5"/></box>
							<textFieldExpression><![CDATA[$V{REPORT_COUNT} % 2 == 0 ? "item " + $V{REPORT_COUNT} + "\nmore\nlines" : "item " + $V{REPORT_COUNT}]]></textFieldExpression>
						</textField>
					</c:listContents>
				</c:list>
			</componentElement>
			<textField evaluationTime="Band">
				<reportElement positionType="Float" x="0" y="55" width="200" height="15"/>
				<textFieldExpression><![CDATA["got " + $V{Got}]]></textFieldExpression>
			</textField>
		</band>
	</title>
</jasperReport>
"""

LIST_PRINT = [
    (1, 0, 'text', 20, 20, 200, 15, 'Title'),
    (1, 0, 'frame', 30, 40, 200, 126, None),
    (1, 1, 'text', 0, 0, 150, 15, 'item 1'),
    (1, 1, 'text', 0, 20, 150, 28, 'item 2\nmore\nlines'),
    (1, 1, 'text', 0, 53, 150, 15, 'item 3'),
    (1, 1, 'text', 0, 73, 150, 28, 'item 4\nmore\nlines'),
    (1, 1, 'text', 0, 106, 150, 15, 'item 5'),
    (2, 0, 'frame', 30, 20, 200, 106, None),
    (2, 1, 'text', 0, 0, 150, 28, 'item 6\nmore\nlines'),
    (2, 1, 'text', 0, 33, 150, 15, 'item 7'),
    (2, 1, 'text', 0, 53, 150, 28, 'item 8\nmore\nlines'),
    (2, 1, 'text', 0, 86, 150, 15, 'item 9'),
    (2, 0, 'text', 20, 131, 200, 15, 'got 45'),
]

TABLE_PRINT = [
    (1, 0, 'text', 20, 20, 200, 15, 'Title'),
    (1, 0, 'frame', 30, 40, 240, 140, None),
    (1, 1, 'text', 0, 0, 100, 15, 'Table header'),
    (1, 1, 'frame', 0, 15, 100, 15, None),
    (1, 2, 'text', 0, 0, 95, 15, 'Name'),
    (1, 1, 'frame', 100, 15, 140, 8, None),
    (1, 2, 'text', 0, 0, 135, 8, None),
    (1, 1, 'frame', 100, 23, 70, 7, None),
    (1, 2, 'text', 0, 0, 65, 7, None),
    (1, 1, 'frame', 170, 23, 70, 7, None),
    (1, 2, 'text', 0, 0, 65, 7, None),
    (1, 1, 'frame', 0, 30, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'row 1'),
    (1, 1, 'frame', 100, 30, 70, 12, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a1'),
    (1, 1, 'text', 170, 30, 70, 12, 'b1'),
    (1, 1, 'frame', 0, 42, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'row 2'),
    (1, 1, 'frame', 100, 42, 70, 12, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a2'),
    (1, 1, 'text', 170, 42, 70, 12, 'b2'),
    (1, 1, 'frame', 0, 54, 100, 19, None),
    (1, 2, 'text', 0, 0, 95, 19, 'row 3\nsecond line'),
    (1, 1, 'frame', 100, 54, 70, 19, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a3'),
    (1, 1, 'text', 170, 54, 70, 19, 'b3'),
    (1, 1, 'frame', 0, 73, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'row 4'),
    (1, 1, 'frame', 100, 73, 70, 12, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a4'),
    (1, 1, 'text', 170, 73, 70, 12, 'b4'),
    (1, 1, 'frame', 0, 85, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'row 5'),
    (1, 1, 'frame', 100, 85, 70, 12, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a5'),
    (1, 1, 'text', 170, 85, 70, 12, 'b5'),
    (1, 1, 'frame', 0, 97, 100, 19, None),
    (1, 2, 'text', 0, 0, 95, 19, 'row 6\nsecond line'),
    (1, 1, 'frame', 100, 97, 70, 19, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a6'),
    (1, 1, 'text', 170, 97, 70, 19, 'b6'),
    (1, 1, 'frame', 0, 116, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'row 7'),
    (1, 1, 'frame', 100, 116, 70, 12, None),
    (1, 2, 'text', 0, 0, 65, 12, 'a7'),
    (1, 1, 'text', 170, 116, 70, 12, 'b7'),
    (1, 1, 'frame', 0, 128, 100, 12, None),
    (1, 2, 'text', 0, 0, 95, 12, 'foot'),
    (1, 1, 'frame', 100, 128, 70, 12, None),
    (1, 1, 'frame', 170, 128, 70, 12, None),
    (2, 0, 'frame', 30, 20, 240, 116, None),
    (2, 1, 'frame', 0, 0, 100, 15, None),
    (2, 2, 'text', 0, 0, 95, 15, 'Name'),
    (2, 1, 'frame', 100, 0, 140, 8, None),
    (2, 2, 'text', 0, 0, 135, 8, None),
    (2, 1, 'frame', 100, 8, 70, 7, None),
    (2, 2, 'text', 0, 0, 65, 7, None),
    (2, 1, 'frame', 170, 8, 70, 7, None),
    (2, 2, 'text', 0, 0, 65, 7, None),
    (2, 1, 'frame', 0, 15, 100, 12, None),
    (2, 2, 'text', 0, 0, 95, 12, 'row 8'),
    (2, 1, 'frame', 100, 15, 70, 12, None),
    (2, 2, 'text', 0, 0, 65, 12, 'a8'),
    (2, 1, 'text', 170, 15, 70, 12, 'b8'),
    (2, 1, 'frame', 0, 27, 100, 19, None),
    (2, 2, 'text', 0, 0, 95, 19, 'row 9\nsecond line'),
    (2, 1, 'frame', 100, 27, 70, 19, None),
    (2, 2, 'text', 0, 0, 65, 12, 'a9'),
    (2, 1, 'text', 170, 27, 70, 19, 'b9'),
    (2, 1, 'frame', 0, 46, 100, 12, None),
    (2, 2, 'text', 0, 0, 95, 12, 'row 10'),
    (2, 1, 'frame', 100, 46, 70, 12, None),
    (2, 2, 'text', 0, 0, 65, 12, 'a10'),
    (2, 1, 'text', 170, 46, 70, 12, 'b10'),
    (2, 1, 'frame', 0, 58, 100, 12, None),
    (2, 2, 'text', 0, 0, 95, 12, 'row 11'),
    (2, 1, 'frame', 100, 58, 70, 12, None),
    (2, 2, 'text', 0, 0, 65, 12, 'a11'),
    (2, 1, 'text', 170, 58, 70, 12, 'b11'),
    (2, 1, 'frame', 0, 70, 100, 19, None),
    (2, 2, 'text', 0, 0, 95, 19, 'row 12\nsecond line'),
    (2, 1, 'frame', 100, 70, 70, 19, None),
    (2, 2, 'text', 0, 0, 65, 12, 'a12'),
    (2, 1, 'text', 170, 70, 70, 19, 'b12'),
    (2, 1, 'frame', 0, 89, 240, 12, None),
    (2, 2, 'frame', 0, 0, 100, 12, None),
    (2, 3, 'text', 0, 0, 95, 12, 'foot'),
    (2, 2, 'frame', 100, 0, 70, 12, None),
    (2, 2, 'frame', 170, 0, 70, 12, None),
    (2, 1, 'text', 0, 101, 100, 15, 'Rows: 12'),
    (2, 0, 'text', 20, 136, 200, 15, 'End'),
]


def _flatten(document: Any) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []

    def walk(elements: list[Any], page: int, depth: int) -> None:
        for element in elements:
            if isinstance(element, PrintFrame):
                rows.append((page, depth, "frame", element.x, element.y, element.width, element.height))
                walk(element.elements, page, depth + 1)
            elif isinstance(element, PrintText):
                rows.append((page, depth, "text", element.x, element.y, element.width, element.height, element.text))

    for number, page in enumerate(document.pages, 1):
        walk(page.elements, number, 0)
    return rows


def _check(document: Any, expected: list[tuple[Any, ...]]) -> None:
    actual = _flatten(document)
    assert [a[:7] for a in actual] == [e[:7] for e in expected]
    for a, e in zip(actual, expected, strict=True):
        if e[2] == "text" and e[7] is not None:
            assert a[7] == e[7], e


def test_vertical_list_matches_the_oracle() -> None:
    _check(jrxmlpy.compile(LIST).fill(), LIST_PRINT)


def test_table_matches_the_oracle() -> None:
    _check(jrxmlpy.compile(TABLE).fill(), TABLE_PRINT)


def test_table_with_no_rows_prints_its_sections() -> None:
    """AllSectionsNoDetail is not the table's default: a table without records (Blank)
    prints nothing, the band keeps its place (oracle print with N=0)."""
    document = jrxmlpy.compile(TABLE).fill(params={"N": 0})
    texts = [e.text for e in document.pages[0].elements if isinstance(e, PrintText)]
    assert texts == ["Title", "End"]
    assert not [e for e in document.pages[0].elements if isinstance(e, (PrintFrame, PrintRectangle))]


def _cell(height: int, span: int | None = None) -> C.TableCell:
    return C.TableCell(height=height, row_span=span, elements=[D.StaticText(width=10, height=height)])


def test_footer_rows_put_column_groups_below_their_columns() -> None:
    leaf1 = C.TableColumn(width=100, table_footer=_cell(60, 2))
    a = C.TableColumn(width=50, table_footer=_cell(30, 1))
    b = C.TableColumn(width=50, table_footer=_cell(30, 1))
    group = C.TableColumnGroup(width=100, table_footer=_cell(30, 1), columns=[a, b])
    rows: dict[int, int] = {}
    elements, height = _section([leaf1, group], lambda c: c.table_footer, True, rows)
    assert height == 60
    assert [(e.x, e.y, e.width, e.height) for e in elements] == [
        (0, 0, 100, 60), (100, 0, 50, 30), (150, 0, 50, 30), (100, 30, 100, 30)]
    # the stretch group of a cell is the row it ends on; in footers a group's cell is on
    # the row before its children's
    assert [rows[id(e)] for e in elements] == [1, 1, 1, 0]
    headers, height = _section([leaf1, group], lambda c: c.table_footer, False, rows)
    assert [(e.x, e.y) for e in headers] == [(0, 0), (100, 0), (100, 30), (150, 30)]
    assert [rows[id(e)] for e in headers] == [1, 0, 1, 1]


BARCODES = r"""<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:jr="http://jasperreports.sourceforge.net/jasperreports/components" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="Barcodes" pageWidth="300" pageHeight="200" whenNoDataType="AllSectionsNoDetail" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
	<title>
		<band height="100">
			<componentElement>
				<reportElement x="0" y="0" width="200" height="30"/>
				<jr:Code128 textPosition="bottom"><jr:codeExpression><![CDATA["12345"]]></jr:codeExpression></jr:Code128>
			</componentElement>
			<componentElement>
				<reportElement x="0" y="40" width="60" height="60"/>
				<jr:QRCode><jr:codeExpression><![CDATA[null]]></jr:codeExpression></jr:QRCode>
			</componentElement>
		</band>
	</title>
</jasperReport>
"""


def test_a_barcode_prints_an_image_of_its_box_and_nothing_for_a_null_code() -> None:
    # JasperReports prints the barcode as an image (RetainShape) of the element's size; a
    # code evaluated now that is null prints nothing (QRCodeNull)
    page = jrxmlpy.compile(BARCODES).fill().pages[0]
    images = [(e.x, e.y, e.width, e.height) for e in page.elements if isinstance(e, PrintImage)]
    assert images == [(20, 20, 200, 30)]
    assert len(page.elements) == 1
