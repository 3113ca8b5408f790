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

from functools import partial

from _bench import arguments, cases, median_ms, prepare_case, timed

FORMATS = ("html", "docx")


def main() -> None:
    parser = arguments(repeat=3)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    for case in cases(args.shared, args.only):
        document = prepare_case(case, args.shared).fill()
        parts = []
        for fmt in args.formats.split(","):
            walls, cpus, size = [], [], 0
            for _ in range(args.repeat):
                data, wall, cpu = timed(partial(document.export, format=fmt))
                walls.append(wall)
                cpus.append(cpu)
                size = len(data or b"")
            parts.append(f"{fmt} {median_ms(walls):.0f} ms (CPU {median_ms(cpus):.0f} ms, min {min(cpus) * 1000:.0f}; "
                         f"first {walls[0] * 1000:.0f} ms, CPU {cpus[0] * 1000:.0f} ms; {size / 1e6:.1f} MB)")
        print(f"{case['id']}: {len(document.pages)} pages; " + "; ".join(parts) + f" (median of {args.repeat})",
              flush=True)


if __name__ == "__main__":
    main()
