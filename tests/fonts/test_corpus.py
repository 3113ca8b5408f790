"""Every plain text element of the oracle's prints (``~/.cache/jasper-oracle/out/*/*/report.jrpxml``)
measured again: ``textHeight``, ``lineSpacingFactor`` and ``leadingOffset`` must be the ones
JasperReports wrote. Skipped when the prints (or the conformance tree that names their
templates) are not there.

The element is measured at its width and height (paddings from its box / styles): a
non-stretching element keeps its full text in the print but was measured against its
height; a stretched one has the height it stretched to.  Font extensions used by a case
(its resource folders, JasperReports' own jar for the icon font) are loaded as the engine
loads them.  Elements with markup (styled / HTML / RTF) are not measured yet.  A subreport's
default style is not in the master print: it is read from the subreport's JRXML (table
components use the master report's styles).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from jrxmlpy.fonts import FontRegistry, TabStop, measure
from jrxmlpy.fonts._float import f32

from .print_corpus import read_print

ORACLE_OUT = Path(os.environ.get("JASPER_ORACLE_HOME", Path.home() / ".cache" / "jasper-oracle")) / "out"
JR_JAR = ORACLE_OUT.parent / "lib" / "jasperreports-6.20.6.jar"
CONFORMANCE = Path(__file__).resolve().parents[3] / "shared" / "conformance"

PRINTS = sorted(ORACLE_OUT.glob("*/*/report.jrpxml")) if ORACLE_OUT.is_dir() else []

pytestmark = pytest.mark.skipif(not PRINTS, reason="no oracle prints in ~/.cache/jasper-oracle/out")


def _cases() -> dict:
    out = {}
    for suite in ("smoke.jsonl", "public.jsonl"):
        p = CONFORMANCE / suite
        if not p.is_file():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                c = json.loads(line)
                out[c["id"].replace("/", "__")] = c
    return out


def _measure_print(path: Path, case: dict | None):
    root = CONFORMANCE / "jr-6.21"
    reg = FontRegistry()
    if JR_JAR.is_file():
        reg.load_extension(JR_JAR)
    dirs = []
    if case:
        dirs.append(root / Path(case["jrxml"]).parent)
        for r in case.get("resources", []):
            if (root / r / "jasperreports_extension.properties").is_file():
                reg.load_extension(root / r)
            if r != "tests/src/test/java":
                dirs.append(root / r)
    for t in read_print(path, dirs):
        if t.markup and t.markup != "none":
            yield t, None
            continue
        para = dict(t.paragraph)
        if "tab_stops" in para:
            para["tab_stops"] = [TabStop(p, a) for p, a in para["tab_stops"]]
        lay = measure(
            t.text,
            t.font_name,
            t.size,
            bold=t.bold,
            italic=t.italic,
            width=t.width,
            height=t.height,
            paragraph=para,
            padding=t.padding,
            rotation=t.rotation,
            registry=reg,
        )
        yield t, lay


def test_corpus_text_measurement():
    if not CONFORMANCE.is_dir():
        pytest.skip("conformance tree not found")
    cases = _cases()
    total = ok = markup = 0
    failures = []
    for p in PRINTS:
        for t, lay in _measure_print(p, cases.get(p.parent.name)):
            if lay is None:
                markup += 1
                continue
            total += 1
            got = (f32(lay.text_height), f32(lay.line_spacing_factor), f32(lay.leading_offset))
            exp = (f32(t.text_height), f32(t.line_spacing_factor), f32(t.leading_offset))
            if got == exp:
                ok += 1
            elif len(failures) < 20:
                failures.append(f"{p.parent.name}#{t.index} {t.text[:40]!r}: expected {exp}, got {got}")
    print(f"\ncorpus: {ok}/{total} plain text elements match ({markup} with markup not measured)")
    assert total > 0
    assert ok / total >= 0.999, "\n".join(failures)
