"""Compile speed: ``jrxmlpy.compile`` of JasperReports' demo samples.

    python benchmarks/bench_compile.py [--repeat 20] [--shared ../shared]

For each demo template under ``shared/conformance/jr-6.21/demo/samples`` that compiles,
prints the warm median (the same template compiled again in this process) and, for the
JSON customers report (the figure JasperReports is compared with), the cold time of a
whole fresh Python process importing jrxmlpy and compiling it once.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

import jrxmlpy
from jrxmlpy.errors import TemplateError

ROOT = Path(__file__).resolve().parents[1]


def warm(path: Path, resources: list[Path], repeat: int) -> float:
    jrxmlpy.compile(path, resources)  # first run: imports, registry, caches
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        jrxmlpy.compile(path, resources)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def cold(path: Path, resources: list[Path]) -> float:
    code = (
        "import time; t = time.perf_counter(); import jrxmlpy; "
        f"jrxmlpy.compile({str(path)!r}, {[str(r) for r in resources]!r}); "
        "print(time.perf_counter() - t)"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    samples = args.shared / "conformance" / "jr-6.21" / "demo" / "samples"
    if not samples.is_dir():
        sys.exit(f"no demo samples at {samples}")

    customers = samples / "jsondatasource" / "reports" / "JsonCustomersReport.jrxml"
    resources = [customers.parent, customers.parent.parent]
    cold_runs = sorted(cold(customers, resources) for _ in range(3))
    print(f"JsonCustomersReport (+ JsonOrdersReport subreport): warm {warm(customers, resources, args.repeat) * 1000:.1f} ms, "
          f"cold process {cold_runs[1]:.2f} s (median of 3)")

    total = 0.0
    compiled = failed = 0
    for path in sorted(samples.glob("*/reports/*.jrxml")):
        try:
            total += warm(path, [path.parent, path.parent.parent], max(3, args.repeat // 5))
            compiled += 1
        except TemplateError:
            failed += 1
    print(f"{compiled} demo templates: warm compile {total * 1000:.0f} ms in all, "
          f"{total / max(compiled, 1) * 1000:.1f} ms each on average ({failed} need custom classes)")


if __name__ == "__main__":
    main()
