"""Export speed of the table-like formats on the shared benchmark cases.

    python benchmarks/bench_export.py [--repeat 3] [--formats csv,xlsx] [--only orders-20k]
                                      [--shared ../shared] [--option xlsx:mode=data ...]

Each case of ``shared/bench/bench.jsonl`` is filled once (as ``bench_fill.py`` does), then
exported to each format ``--repeat`` times into memory; medians of wall and CPU time
(``time.process_time``) and the CPU time's minimum are printed, with the fill time for reference (JasperReports'
figures of the issue include its fill).  ``--option FMT:NAME=VALUE`` passes an exporter
option (``xlsx:mode=data``); the value is parsed as JSON when it can be.
"""

from __future__ import annotations

import json
from functools import partial

from _bench import arguments, cases, median_ms, prepare_case, timed


def main() -> None:
    parser = arguments(repeat=3)
    parser.add_argument("--formats", default="csv,xlsx")
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
    for case in cases(args.shared, args.only):
        document, fill_wall, fill_cpu = timed(prepare_case(case, args.shared).fill)
        parts = [f"{case['id']}: {len(document.pages)} pages, fill {fill_wall * 1000:.0f} ms (CPU {fill_cpu * 1000:.0f})"]
        for fmt in args.formats.split(","):
            walls, cpus, size = [], [], 0
            for _ in range(args.repeat):
                data, wall, cpu = timed(partial(document.export, format=fmt, **options.get(fmt, {})))
                walls.append(wall)
                cpus.append(cpu)
                size = len(data or b"")
            parts.append(f"{fmt} {median_ms(walls):.0f} ms (CPU {median_ms(cpus):.0f}, min {min(cpus) * 1000:.0f}; "
                         f"{size / 1024:.0f} KiB)")
        print("; ".join(parts), flush=True)


if __name__ == "__main__":
    main()
