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

import io
from functools import partial
from pathlib import Path

from _bench import arguments, cases, median_ms, prepare_case, timed
from reportlab.pdfgen.canvas import Canvas

from jrxmlpy.document import Document, PrintFrame, PrintLine, PrintRectangle, PrintText
from jrxmlpy.export.pdf import _pdf_font


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
    document = prepare_case(case, root).fill()
    document.export(format="pdf")  # warm: fonts registered, styles resolved
    floor_export(document)
    exports, export_cpu, floors, floor_cpu = [], [], [], []
    size = 0
    for _ in range(repeat):
        data, wall, cpu = timed(partial(document.export, format="pdf"))
        size = len(data or b"")
        exports.append(wall)
        export_cpu.append(cpu)
        _, wall, cpu = timed(partial(floor_export, document))
        floors.append(wall)
        floor_cpu.append(cpu)
    ms = median_ms
    return (f"{case['id']}: {len(document.pages)} pages, {size // 1024} KB; pdf {ms(exports):.0f} ms "
            f"(CPU {ms(export_cpu):.0f} ms), floor {ms(floors):.0f} ms (CPU {ms(floor_cpu):.0f} ms), "
            f"ratio {ms(export_cpu) / ms(floor_cpu):.2f} (CPU) (median of {repeat})")


def main() -> None:
    args = arguments(repeat=5).parse_args()
    for case in cases(args.shared, args.only):
        print(run_case(case, args.shared, args.repeat), flush=True)


if __name__ == "__main__":
    main()
