"""Fill and ``.jrpxml`` export speed on the shared benchmark cases.

    python benchmarks/bench_fill.py [--repeat 3] [--shared ../shared] [--only orders-20k]

Runs each case of ``shared/bench/bench.jsonl`` the way ``jrxmlpy render`` would (the
case's data, parameters, locale and time zone), warm: the report is compiled once, then
filled and exported ``--repeat`` times; medians are printed (and the fill's minimum CPU
time) with the peak memory of the process (``ru_maxrss``).  Each time is given as wall time and as the CPU time of the
process (``time.process_time``, which counts the subreports' worker threads too): on a
machine shared with other work the CPU time is the steadier figure.  JasperReports' ``fill_ms``
includes creating the data source (parsing the JSON file): "fill with its data source" adds
the warm preparation of the inputs from the compiled report (the parameters and the data
source, not the compile) to each fill, the figure to hold against it.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from _bench import arguments, cases, median_ms, peak_rss_mb, prepare_case, timed


def run_case(case: dict, root: Path, repeat: int) -> str:
    inputs, compile_s, _ = timed(lambda: prepare_case(case, root))
    fills, exports, fill_cpu, export_cpu, pages = [], [], [], [], 0
    with_data: list[float] = []  # CPU of the warm prepare (parameters, data source; not the compile) + fill
    prepare_cpu: float | None = None
    for _ in range(repeat):
        document, wall, cpu = timed(inputs.fill)
        fills.append(wall)
        fill_cpu.append(cpu)
        if prepare_cpu is not None:
            with_data.append(prepare_cpu + cpu)
        _, wall, cpu = timed(partial(document.export, format="jrpxml"))
        exports.append(wall)
        export_cpu.append(cpu)
        pages = len(document.pages)
        del document  # (as a server does once it has exported it: not kept through the next fill)
        inputs, _, prepare_cpu = timed(partial(prepare_case, case, root, inputs.report))

    def ms(values: list[float]) -> str:
        return f"{median_ms(values):.0f} ms"

    data = (f", fill with its data source CPU min {min(with_data) * 1000:.0f} ms, median {ms(with_data)}"
            if with_data else "")
    return (f"{case['id']}: {pages} pages; compile+prepare {compile_s * 1000:.0f} ms, fill {ms(fills)} "
            f"(CPU {ms(fill_cpu)}, min {min(fill_cpu) * 1000:.0f} ms{data}), jrpxml {ms(exports)} "
            f"(CPU {ms(export_cpu)}) (median of {repeat}); peak RSS {peak_rss_mb():.0f} MB")


def main() -> None:
    args = arguments(repeat=3).parse_args()
    for case in cases(args.shared, args.only):
        print(run_case(case, args.shared, args.repeat), flush=True)


if __name__ == "__main__":
    main()
