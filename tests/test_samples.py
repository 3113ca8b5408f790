"""The bundled samples fill exactly as JasperReports 6.20 filled them (golden prints made
by the oracle, committed beside each sample)."""

from __future__ import annotations

from pathlib import Path

import jrxmlpy
from jrxmlpy.data import JsonDataSource
from jrxmlpy.document import PrintText
from jrxmlpy.export.jrpxml import read_jrpxml

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _elements(document):
    for number, page in enumerate(document.pages, 1):
        for element, ox, oy in page.walk():
            text = element.text if isinstance(element, PrintText) else None
            yield number, type(element).__name__, ox + element.x, oy + element.y, element.width, element.height, text


def test_orders_sample_matches_jasperreports():
    report = jrxmlpy.compile(SAMPLES / "orders" / "orders.jrxml")
    document = report.fill(JsonDataSource(SAMPLES / "orders" / "orders.json", select="orders", date_pattern="yyyy-MM-dd"))
    expected = read_jrpxml(SAMPLES / "orders" / "expected.jrpxml")
    assert len(document.pages) == len(expected.pages) == 2
    assert sorted(_elements(document), key=str) == sorted(_elements(expected), key=str)
