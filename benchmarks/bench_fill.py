"""Fill and ``.jrpxml`` export speed on the shared benchmark cases.

    python benchmarks/bench_fill.py [--repeat 3] [--shared ../shared] [--only orders-20k]

Runs each case of ``shared/bench/bench.jsonl`` the way ``jrxmlpy render`` would (the
case's data, parameters, locale and time zone), warm: the report is compiled once, then
filled and exported ``--repeat`` times; medians are printed with the peak memory of the
process (``ru_maxrss``).  Each time is given as wall time and as the CPU time of the
process (``time.process_time``, which counts the subreports' worker threads too): on a
machine shared with other work the CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

from jrxmlpy.render import DataOptions, prepare

ROOT = Path(__file__).resolve().parents[1]


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

    def inputs_for():  # noqa: ANN202
        return prepare(str(root / case["jrxml"]), data=options, params=case.get("params", {}),
                       resources=[str(root / r) for r in case.get("resources", [])],
                       locale=case.get("locale", "en_US"), timezone=case.get("timezone", "GMT"), params_base=root)

    start = time.perf_counter()
    inputs = inputs_for()
    compile_ms = (time.perf_counter() - start) * 1000
    fills, exports, fill_cpu, export_cpu, pages = [], [], [], [], 0
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        document = inputs.fill()
        fills.append(time.perf_counter() - start)
        fill_cpu.append(time.process_time() - cpu)
        start, cpu = time.perf_counter(), time.process_time()
        document.export(format="jrpxml")
        exports.append(time.perf_counter() - start)
        export_cpu.append(time.process_time() - cpu)
        pages = len(document.pages)
        inputs = inputs_for()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    return (f"{case['id']}: {pages} pages; compile+prepare {compile_ms:.0f} ms, fill {ms(fills)} (CPU {ms(fill_cpu)}), "
            f"jrpxml {ms(exports)} (CPU {ms(export_cpu)}) (median of {repeat}); peak RSS {peak_mb:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
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
