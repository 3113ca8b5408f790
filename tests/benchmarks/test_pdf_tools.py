"""The pure helpers of the PDF measurement scripts (benchmarks/pdf_parity.py,
benchmarks/pdf_text_check.py, benchmarks/pdf_cases.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import pdf_cases  # noqa: E402
import pdf_parity  # noqa: E402
import pdf_text_check as tc  # noqa: E402


def _white(h, w):
    return np.full((h, w, 3), 255, dtype=np.uint8)


def test_differing_share_threshold_is_per_channel_above_64():
    a = _white(10, 10)
    b = a.copy()
    b[0, 0] = (255 - 64, 255, 255)  # exactly 64: the same
    b[0, 1] = (255, 255 - 65, 255)  # 65 in one channel: differs
    b[0, 2] = (200, 200, 200)  # 55 each: the same
    assert pdf_parity.differing_share(a, b) == pytest.approx(1 / 100)


def test_differing_share_pads_with_white_and_counts_missing_pages():
    a = _white(10, 10)
    b = _white(10, 20)
    b[:, 10:] = 0  # the extra half of the larger page is black
    assert pdf_parity.differing_share(a, b) == pytest.approx(0.5)
    assert pdf_parity.differing_share(a, None) == 1.0
    assert pdf_parity.page_shares([a, a], [a]) == [0.0, 1.0]


def test_distribution_and_under():
    shares = [0.0, 0.0, 0.0005, 0.009, 0.01, 0.3]
    rows = dict(pdf_parity.distribution(shares))
    assert rows["= 0%"] == 2
    assert rows["(0.0%, 0.1%]"] == 1
    assert rows["(0.5%, 1.0%]"] == 2
    assert rows["(25.0%, 100.0%]"] == 1
    assert sum(rows.values()) == len(shares)
    assert pdf_parity.under(shares) == pytest.approx(4 / 6)
    assert pdf_parity.under([]) == 1.0


def test_passing_cases_reads_the_run_summary(tmp_path):
    summary = {"results": [
        {"id": "demo/a/A", "status": "pass"},
        {"id": "demo/b/B", "status": "fail"},
        {"id": "demo/c/C", "status": "skipped"},
    ]}
    (tmp_path / "summary.json").write_text(json.dumps(summary))
    cases = pdf_cases.passing_cases(tmp_path, "/oracle")
    assert [(c.id, c.ours.name, str(c.oracle)) for c in cases] == [("demo/a/A", "demo__a__A", "/oracle/demo__a__A")]
    assert [c.id for c in pdf_cases.passing_cases(tmp_path, all_cases=True)] == ["demo/a/A", "demo/b/B"]
    assert pdf_cases.passing_cases(tmp_path, only="b") == []


def _chars(text, x, top, advance=5.0, height=10.0):
    return [tc.Char(c, x + i * advance, top, x + (i + 1) * advance, top + height) for i, c in enumerate(text)]


def test_check_page_text_in_its_box():
    boxes = [tc.TextBox("Hello world", 10, 10, 100, 25), tc.TextBox("Total", 10, 30, 60, 45)]
    chars = _chars("Helloworld", 12, 12) + _chars("Total", 12, 32)
    assert tc.check_page(boxes, chars).ok


def test_check_page_reports_missing_outside_and_extra_text():
    boxes = [tc.TextBox("Hello", 10, 10, 35, 25)]
    # the 'o' (32..37) reaches 2 pt past the box's right edge, its centre still inside
    check = tc.check_page(boxes, _chars("Hello", 12, 12))
    assert [(c, round(far, 3)) for _, c, far in check.outside] == [("o", 2.0)] and not check.missing
    check = tc.check_page(boxes, _chars("Help", 12, 12))
    assert check.missing == [("Hello", "Help")] and check.extra == list("Help")
    check = tc.check_page([tc.TextBox("Hi", 10, 10, 30, 25)], _chars("Hi", 12, 12) + _chars("x", 200, 200))
    assert check.extra == ["x"]


def test_check_page_overlapping_boxes_and_whitespace():
    # a background text under a smaller one: each finds its own characters
    boxes = [tc.TextBox("AB CD", 0, 0, 200, 50), tc.TextBox("xy", 40, 0, 60, 20)]
    chars = _chars("AB", 2, 2) + _chars(" ", 12, 2) + _chars("CD", 100, 2) + _chars("xy", 42, 2)
    assert tc.check_page(boxes, chars).ok
    # characters inside a box that no element has are extra
    assert tc.check_page(boxes, chars + _chars("z", 150, 30)).extra == ["z"]
    assert tc.squeeze(" a\tb\u00adc\n") == "abc"


def test_overflow():
    box = tc.TextBox("", 0, 0, 10, 10)
    assert tc.overflow(box, tc.Char("a", 1, 1, 9, 9)) == 0
    assert tc.overflow(box, tc.Char("a", -2, 1, 9, 10.5)) == 2


def test_opens_reports_a_broken_pdf(tmp_path):
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\nnot really\n")
    assert pdf_cases.opens(bad)


def test_list_markers_are_not_extra():
    boxes = [tc.TextBox("one two", 0, 0, 200, 50, markers=True)]
    chars = _chars("•", 2, 2) + _chars("one", 12, 2) + _chars("•", 2, 20) + _chars("two", 12, 20)
    assert tc.check_page(boxes, chars).ok
    assert tc.check_page([tc.TextBox("one two", 0, 0, 200, 50)], chars).extra == ["•", "•"]


def test_page_boxes_resolve_markup_through_styles():
    from jrxmlpy.document import Document, Page, PrintFrame, PrintStyle, PrintText

    text = PrintText(x=5, y=5, width=50, height=10, style="s", text='<style isBold="true">Hi</style> there')
    frame = PrintFrame(x=100, y=200, width=100, height=100, elements=[text])
    document = Document(styles=[PrintStyle(name="s", markup="styled")], pages=[Page([frame])])
    [box] = tc.page_boxes(document, document.pages[0])
    assert (box.text, box.x0, box.top, box.x1, box.bottom) == ("Hi there", 105, 205, 155, 215)


def test_engine_command_renders_the_format_with_this_checkout():
    import pdf_render_cases as rc

    command = ("env PYTHONPATH=/elsewhere/src python3 -m jrxmlpy render /c/t.jrxml -o /run/x/report.jrpxml "
               "-f jrpxml --data-type csv --data-file '/c/a b.csv' --locale en_US")
    words = rc.engine_command(command, "/out/x/report.pdf", "pdf", Path("/here/src"))
    assert words[:2] == ["env", "PYTHONPATH=/here/src"]
    assert words[words.index("render"):] == ["render", "/c/t.jrxml", "-o", "/out/x/report.pdf", "-f", "pdf",
                                             "--data-type", "csv", "--data-file", "/c/a b.csv", "--locale", "en_US"]
