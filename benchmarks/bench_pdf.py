"""PDF export speed against its floor: reportlab's canvas drawing the same strings and lines.

    python benchmarks/bench_pdf.py [--repeat 5] [--shared ../shared] [--only orders-20k]

Each case of ``shared/bench/bench.jsonl`` is filled once (as ``jrxmlpy render`` would), then
exported to PDF ``--repeat`` times; the *floor* is reportlab's public canvas API drawing, on
the same pages, every text element's text with ``drawString`` at its place in the element's
font (the same embedded TrueType subsets) and every line, rectangle and box side with
``line``/``rect`` -- the least any exporter built on reportlab does for the print, without
the work of placing text as JasperReports does.  Medians of wall and CPU time are printed
with the ratio export / floor (the target is at most 1.3).
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from jrxmlpy.document import Document, PrintFrame, PrintLine, PrintRectangle, PrintText
from jrxmlpy.export.pdf import _pdf_font
from jrxmlpy.render import DataOptions, prepare

ROOT = Path(__file__).resolve().parents[1]


def floor_export(document: Document) -> bytes:
    """reportlab drawing the print's strings and lines, nothing else."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(document.page_width, document.page_height), invariant=1)
    height = document.page_height
    for page in document.pages:
        for el, ox, oy in page.walk():
            x, y = ox + el.x, oy + el.y
            if isinstance(el, PrintText):
                if el.text:
                    r = document.resolved(el)
                    font = _pdf_font(r.font_name, r.bold, r.italic, r.pdf_font_name)
                    canvas.setFont(font.name, r.font_size)
                    canvas.drawString(x, height - y - r.font_size, el.text)
                box = document.resolved(el).box
                if box.top_pen.line_width > 0:
                    canvas.line(x, height - y, x + el.width, height - y)
                if box.bottom_pen.line_width > 0:
                    canvas.line(x, height - y - el.height, x + el.width, height - y - el.height)
            elif isinstance(el, PrintLine):
                canvas.line(x, height - y, x + el.width, height - y - el.height)
            elif isinstance(el, (PrintRectangle, PrintFrame)):
                canvas.rect(x, height - y - el.height, el.width, el.height, stroke=1, fill=0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def run_case(case: dict, root: Path, repeat: int) -> str:
    data = case.get("data", {})
    options = DataOptions(
        type=data.get("type", "none"),
        file=str(root / data["file"]) if "file" in data else None,
        select=data.get("select"),
        columns=data.get("columns"),
        header=data.get("header", False),
        delimiter=data.get("delimiter"),
        record_delimiter=data.get("record_delimiter"),
    )
    inputs = prepare(str(root / case["jrxml"]), data=options, params=case.get("params", {}),
                     resources=[str(root / r) for r in case.get("resources", [])],
                     locale=case.get("locale", "en_US"), timezone=case.get("timezone", "GMT"), params_base=root)
    document = inputs.fill()
    document.export(format="pdf")  # warm: fonts registered, styles resolved
    floor_export(document)
    exports, export_cpu, floors, floor_cpu = [], [], [], []
    size = 0
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        size = len(document.export(format="pdf") or b"")
        exports.append(time.perf_counter() - start)
        export_cpu.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        floor_export(document)
        floors.append(time.perf_counter() - start)
        floor_cpu.append(time.process_time() - cpu)

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    return (f"{case['id']}: {len(document.pages)} pages, {size // 1024} KB; pdf {ms(exports):.0f} ms "
            f"(CPU {ms(export_cpu):.0f} ms), floor {ms(floors):.0f} ms (CPU {ms(floor_cpu):.0f} ms), "
            f"ratio {ms(export_cpu) / ms(floor_cpu):.2f} (CPU) (median of {repeat})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only")
    args = parser.parse_args()
    suite = args.shared / "bench" / "bench.jsonl"
    if not suite.is_file():
        sys.exit(f"no benchmark suite at {suite}")
    for line in suite.read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if args.only and args.only not in case["id"]:
            continue
        print(run_case(case, args.shared, args.repeat), flush=True)


if __name__ == "__main__":
    main()
