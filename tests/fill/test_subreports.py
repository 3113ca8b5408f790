"""Subreports (fill/subreports.py, docs/filling.md §7.3), checked against a JasperReports
6.20 print of the templates below (jasper-oracle, ``"data": {"type": "empty", "count": 3}``):
the subreport keeps its own margins inside the element, prints its page header on every
part and its page footer where its content ends, continues on the master's next page,
numbers its pages itself, and hands its REPORT_COUNT back to the master (Sum and Nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.data import EmptyDataSource
from jrxmlpy.document import Origin, PrintText

MASTER = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="Master" pageWidth="300" pageHeight="300" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
	<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
	<variable name="Total" class="java.lang.Integer" calculation="System">
		<initialValueExpression><![CDATA[100]]></initialValueExpression>
	</variable>
	<variable name="Last" class="java.lang.Integer" calculation="System"/>
	<pageHeader>
		<band height="15">
			<textField>
				<reportElement x="0" y="0" width="200" height="15"/>
				<textFieldExpression><![CDATA["Page " + $V{PAGE_NUMBER}]]></textFieldExpression>
			</textField>
		</band>
	</pageHeader>
	<detail>
		<band height="40">
			<textField>
				<reportElement x="0" y="0" width="100" height="15"/>
				<textFieldExpression><![CDATA["Row " + $V{REPORT_COUNT} + " T=" + $V{Total}]]></textFieldExpression>
			</textField>
			<subreport>
				<reportElement x="30" y="15" width="200" height="20"/>
				<subreportParameter name="ROW">
					<subreportParameterExpression><![CDATA[$V{REPORT_COUNT}]]></subreportParameterExpression>
				</subreportParameter>
				<dataSourceExpression><![CDATA[new net.sf.jasperreports.engine.JREmptyDataSource($V{REPORT_COUNT} * 4)]]></dataSourceExpression>
				<returnValue subreportVariable="REPORT_COUNT" toVariable="Total" calculation="Sum"/>
				<returnValue subreportVariable="REPORT_COUNT" toVariable="Last"/>
				<subreportExpression><![CDATA["Sub.jasper"]]></subreportExpression>
			</subreport>
			<textField>
				<reportElement x="110" y="0" width="100" height="15"/>
				<textFieldExpression><![CDATA["after " + $V{Last}]]></textFieldExpression>
			</textField>
		</band>
	</detail>
	<summary>
		<band height="15">
			<textField>
				<reportElement x="0" y="0" width="200" height="15"/>
				<textFieldExpression><![CDATA["Total " + $V{Total} + " Last " + $V{Last}]]></textFieldExpression>
			</textField>
		</band>
	</summary>
</jasperReport>
"""

SUB = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports http://jasperreports.sourceforge.net/xsd/jasperreport.xsd" name="Sub" pageWidth="200" pageHeight="500" columnWidth="180" leftMargin="7" rightMargin="13" topMargin="10" bottomMargin="5">
	<style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
	<style name="Extra" fontName="DejaVu Sans" fontSize="9" isBold="true"/>
	<parameter name="ROW" class="java.lang.Integer"/>
	<title>
		<band height="12">
			<textField>
				<reportElement style="Extra" x="0" y="0" width="150" height="12"/>
				<textFieldExpression><![CDATA["Sub of row " + $P{ROW}]]></textFieldExpression>
			</textField>
		</band>
	</title>
	<pageHeader>
		<band height="12">
			<textField>
				<reportElement x="5" y="0" width="150" height="12"/>
				<textFieldExpression><![CDATA["sub page " + $V{PAGE_NUMBER}]]></textFieldExpression>
			</textField>
		</band>
	</pageHeader>
	<detail>
		<band height="20">
			<textField>
				<reportElement x="10" y="2" width="100" height="15"/>
				<textFieldExpression><![CDATA["item " + $V{REPORT_COUNT}]]></textFieldExpression>
			</textField>
		</band>
	</detail>
	<pageFooter>
		<band height="10">
			<staticText>
				<reportElement x="0" y="0" width="100" height="10"/>
				<text><![CDATA[sub footer]]></text>
			</staticText>
		</band>
	</pageFooter>
	<summary>
		<band height="12">
			<textField>
				<reportElement x="0" y="0" width="150" height="12"/>
				<textFieldExpression><![CDATA["count " + $V{REPORT_COUNT}]]></textFieldExpression>
			</textField>
		</band>
	</summary>
</jasperReport>
"""

#: (page, x, y, text, srcId, printId) of every text of the oracle's print, in print order.
ORACLE = [
    (1, 20, 20, 'Page 1', 1, 1),
    (1, 20, 35, 'Row 1 T=100', 2, 1),
    (1, 57, 60, 'Sub of row 1', 6, 1),
    (1, 62, 72, 'sub page 1', 7, 1),
    (1, 67, 86, 'item 1', 8, 1),
    (1, 67, 106, 'item 2', 8, 2),
    (1, 67, 126, 'item 3', 8, 3),
    (1, 67, 146, 'item 4', 8, 4),
    (1, 57, 164, 'count 4', 10, 1),
    (1, 57, 176, 'sub footer', 9, 1),
    (1, 130, 35, 'after null', 4, 1),
    (1, 20, 196, 'Row 2 T=104', 2, 2),
    (1, 57, 221, 'Sub of row 2', 11, 1),
    (1, 62, 233, 'sub page 1', 12, 1),
    (1, 67, 247, 'item 1', 13, 1),
    (1, 57, 265, 'sub footer', 14, 1),
    (1, 130, 196, 'after 4', 4, 2),
    (2, 20, 20, 'Page 2', 1, 2),
    (2, 62, 45, 'sub page 2', 12, 2),
    (2, 67, 59, 'item 2', 13, 2),
    (2, 67, 79, 'item 3', 13, 3),
    (2, 67, 99, 'item 4', 13, 4),
    (2, 67, 119, 'item 5', 13, 5),
    (2, 67, 139, 'item 6', 13, 6),
    (2, 67, 159, 'item 7', 13, 7),
    (2, 67, 179, 'item 8', 13, 8),
    (2, 57, 197, 'count 8', 15, 1),
    (2, 57, 209, 'sub footer', 14, 2),
    (2, 20, 229, 'Row 3 T=112', 2, 3),
    (2, 57, 254, 'Sub of row 3', 16, 1),
    (2, 130, 229, 'after 8', 4, 3),
    (3, 20, 20, 'Page 3', 1, 3),
    (3, 62, 45, 'sub page 2', 17, 1),
    (3, 67, 59, 'item 1', 18, 1),
    (3, 67, 79, 'item 2', 18, 2),
    (3, 67, 99, 'item 3', 18, 3),
    (3, 67, 119, 'item 4', 18, 4),
    (3, 67, 139, 'item 5', 18, 5),
    (3, 67, 159, 'item 6', 18, 6),
    (3, 67, 179, 'item 7', 18, 7),
    (3, 67, 199, 'item 8', 18, 8),
    (3, 67, 219, 'item 9', 18, 9),
    (3, 67, 239, 'item 10', 18, 10),
    (3, 57, 257, 'sub footer', 19, 1),
    (4, 20, 20, 'Page 4', 1, 4),
    (4, 62, 45, 'sub page 3', 17, 2),
    (4, 67, 59, 'item 11', 18, 11),
    (4, 67, 79, 'item 12', 18, 12),
    (4, 57, 97, 'count 12', 20, 1),
    (4, 57, 109, 'sub footer', 19, 2),
    (4, 20, 129, 'Total 124 Last 12', 5, 1),
]


def _fill(tmp_path: Path, master: str = MASTER, sub: str = SUB, count: int = 3) -> jrxmlpy.Document:
    (tmp_path / "master.jrxml").write_text(master, encoding="utf-8")
    (tmp_path / "Sub.jrxml").write_text(sub, encoding="utf-8")
    report = jrxmlpy.compile(tmp_path / "master.jrxml", [tmp_path])
    return report.fill(EmptyDataSource(count))


def _texts(document: jrxmlpy.Document) -> list[tuple[int, int, int, str, int, int]]:
    out = []
    for number, page in enumerate(document.pages, 1):
        for element in page.elements:
            assert isinstance(element, PrintText)
            out.append((number, element.x, element.y, element.text, element.source_id, element.print_id))
    return out


def test_layout_matches_the_oracle(tmp_path: Path) -> None:
    document = _fill(tmp_path)
    assert len(document.pages) == 4
    assert _texts(document) == ORACLE


def test_return_values(tmp_path: Path) -> None:
    texts = [t[3] for t in _texts(_fill(tmp_path))]
    # Sum adds to the variable's initial value 100; a text evaluated before the subreport
    # ran in its band does not see the value it returns
    assert "Row 2 T=104" in texts and "after null" in texts and "after 4" in texts
    assert texts[-1] == "Total 124 Last 12"


def test_origins_and_styles_join_the_master(tmp_path: Path) -> None:
    document = _fill(tmp_path)
    assert document.origins == [
        Origin("pageHeader"), Origin("detail"), Origin("summary"),
        Origin("title", None, "Sub"), Origin("pageHeader", None, "Sub"), Origin("detail", None, "Sub"),
        Origin("pageFooter", None, "Sub"), Origin("summary", None, "Sub"),
    ]
    assert [s.name for s in document.styles] == ["S", "Extra"]
    sub_title = document.pages[0].elements[2]
    assert sub_title.origin == Origin("title", None, "Sub") and sub_title.style == "Extra"


def test_compiled_report_as_subreport_expression(tmp_path: Path) -> None:
    """A compiled report (a parameter's value) works like the path it was compiled from."""
    (tmp_path / "Sub.jrxml").write_text(SUB, encoding="utf-8")
    compiled_sub = jrxmlpy.compile(tmp_path / "Sub.jrxml")
    master = MASTER.replace('<subreportExpression><![CDATA["Sub.jasper"]]>',
                            '<subreportExpression><![CDATA[$P{SUB}]]>')
    master = master.replace('<variable name="Total"',
                            '<parameter name="SUB" class="net.sf.jasperreports.engine.JasperReport"/>\n\t<variable name="Total"')
    (tmp_path / "master.jrxml").write_text(master, encoding="utf-8")
    report = jrxmlpy.compile(tmp_path / "master.jrxml", [tmp_path])
    document = report.fill(EmptyDataSource(3), {"SUB": compiled_sub})
    assert _texts(document) == ORACLE


def _subreport_threads() -> int:
    import threading

    return sum(1 for t in threading.enumerate() if t.name == "jrxmlpy subreport")


def test_worker_threads_are_reused(tmp_path: Path) -> None:
    """Each subreport fill runs in a worker thread; a finished fill hands its thread back,
    so filling a subreport for each record (and again) keeps one idle thread."""
    first = _fill(tmp_path)
    threads = _subreport_threads()
    assert 1 <= threads <= 8
    second = _fill(tmp_path)
    assert _subreport_threads() == threads
    assert _texts(first) == _texts(second) == ORACLE


def test_worker_reused_after_a_failed_subreport(tmp_path: Path) -> None:
    """An error in a subreport reaches the master; its worker can fill the next one."""
    failing = SUB.replace('"Sub of row " + $P{ROW}', '"Sub of row " + (1 / ($P{ROW} - 2))')
    with pytest.raises(Exception, match="zero|/ by"):
        _fill(tmp_path, sub=failing)
    assert _texts(_fill(tmp_path)) == ORACLE
