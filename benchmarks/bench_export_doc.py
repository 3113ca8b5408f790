"""HTML and DOCX export speed on the shared benchmark cases.

    PYTHONPATH=src python benchmarks/bench_export_doc.py [--repeat 3] [--only orders-20k]

Each case of ``shared/bench/bench.jsonl`` is filled once as ``bench_fill.py`` fills it,
then exported ``--repeat`` times to each format into memory; the median wall and CPU
times are printed (CPU time is the steadier figure on a shared machine), and those of the
first export (the exporters memoise text layouts and written properties, which the later
exports of the same print reuse).  JasperReports'
warm export times of the same prints are in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from jrxmlpy.render import DataOptions, prepare

ROOT = Path(__file__).resolve().parents[1]
FORMATS = ("html", "docx")


def fill(case: dict, root: Path):  # noqa: ANN201 - a Document
    data = case.get("data", {})
    options = DataOptions(type=data.get("type", "none"), file=str(root / data["file"]) if "file" in data else None,
                          select=data.get("select"), columns=data.get("columns"), header=data.get("header", False),
                          delimiter=data.get("delimiter"), record_delimiter=data.get("record_delimiter"))
    return prepare(str(root / case["jrxml"]), data=options, params=case.get("params", {}),
                   resources=[str(root / r) for r in case.get("resources", [])],
                   locale=case.get("locale", "en_US"), timezone=case.get("timezone", "GMT"),
                   params_base=root).fill()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only")
    parser.add_argument("--formats", default=",".join(FORMATS))
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
        document = fill(case, args.shared)
        parts = []
        for fmt in args.formats.split(","):
            walls, cpus, size = [], [], 0
            for _ in range(args.repeat):
                start, cpu = time.perf_counter(), time.process_time()
                data = document.export(format=fmt)
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
                size = len(data or b"")
            parts.append(f"{fmt} {statistics.median(walls) * 1000:.0f} ms (CPU {statistics.median(cpus) * 1000:.0f} ms; "
                         f"first {walls[0] * 1000:.0f} ms, CPU {cpus[0] * 1000:.0f} ms; {size / 1e6:.1f} MB)")
        print(f"{case['id']}: {len(document.pages)} pages; " + "; ".join(parts) + f" (median of {args.repeat})",
              flush=True)


if __name__ == "__main__":
    main()
