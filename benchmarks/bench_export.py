"""Export speed of the table-like formats on the shared benchmark cases.

    python benchmarks/bench_export.py [--repeat 3] [--formats csv,xlsx] [--only orders-20k]
                                      [--shared ../shared] [--option xlsx:mode=data ...]

Each case of ``shared/bench/bench.jsonl`` is filled once (as ``bench_fill.py`` does), then
exported to each format ``--repeat`` times into memory; medians of wall and CPU time
(``time.process_time``) are printed, with the fill time for reference (JasperReports'
figures of the issue include its fill).  ``--option FMT:NAME=VALUE`` passes an exporter
option (``xlsx:mode=data``); the value is parsed as JSON when it can be.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_fill import DataOptions, prepare  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def fill_case(case: dict, root: Path):  # noqa: ANN201
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
    start, cpu = time.perf_counter(), time.process_time()
    document = inputs.fill()
    return document, time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--formats", default="csv,xlsx")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only")
    parser.add_argument("--option", action="append", default=[], metavar="FMT:NAME=VALUE")
    args = parser.parse_args()
    options: dict[str, dict[str, object]] = {}
    for item in args.option:
        fmt, _, assignment = item.partition(":")
        name, _, value = assignment.partition("=")
        try:
            parsed: object = json.loads(value)
        except ValueError:
            parsed = value
        options.setdefault(fmt, {})[name] = parsed
    suite = args.shared / "bench" / "bench.jsonl"
    for line in suite.read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if args.only and args.only not in case["id"]:
            continue
        document, fill_wall, fill_cpu = fill_case(case, args.shared)
        parts = [f"{case['id']}: {len(document.pages)} pages, fill {fill_wall * 1000:.0f} ms (CPU {fill_cpu * 1000:.0f})"]
        for fmt in args.formats.split(","):
            walls, cpus, size = [], [], 0
            for _ in range(args.repeat):
                start, cpu = time.perf_counter(), time.process_time()
                data = document.export(format=fmt, **options.get(fmt, {}))
                walls.append(time.perf_counter() - start)
                cpus.append(time.process_time() - cpu)
                size = len(data or b"")
            parts.append(f"{fmt} {statistics.median(walls) * 1000:.0f} ms (CPU {statistics.median(cpus) * 1000:.0f}, "
                         f"{size / 1024:.0f} KiB)")
        print("; ".join(parts), flush=True)


if __name__ == "__main__":
    main()
