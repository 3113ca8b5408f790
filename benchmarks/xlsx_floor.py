"""How much of an XLSX export is XlsxWriter's own work.

    PYTHONPATH=src python benchmarks/xlsx_floor.py [--repeat 5] [--only orders-20k]

Each case is filled and exported once while the worksheet calls the exporter makes
(``write_*``, ``merge_range`` or the exporter's ``merge_cells`` and ``write_text``, ``set_row_pixels``,
``set_column_pixels``) are recorded; then the export and a replay of those calls on a bare
XlsxWriter workbook (the exporter's worksheet class, one cell format for all) are timed
alternately, the collector off and emptied before each, and the minimum CPU times printed,
with the replay's share without the merges.  The replay is what no change on our side can
remove.
"""

from __future__ import annotations

import gc
import io
import time
from collections import Counter
from collections.abc import Callable

from _bench import arguments, cases, prepare_case
from xlsxwriter import Workbook
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

try:
    from jrxmlpy.export.xlsx import GridWorksheet
except ImportError:  # a version of the exporter before its own worksheet class
    GridWorksheet = Worksheet

RECORDED = ("write_string", "write_text", "write_number", "write_blank", "write_boolean", "write_datetime", "write_formula",
            "write_url", "merge_range", "merge_cells", "set_row_pixels", "set_column_pixels")
MERGES = ("merge_range", "merge_cells")
_FORMAT = object()  # stands for a cell format in the recorded calls


def record(export: Callable[[], object]) -> list[tuple[str, tuple]]:
    calls: list[tuple[str, tuple]] = []
    owners = {name: GridWorksheet if name in GridWorksheet.__dict__ else Worksheet
              for name in RECORDED if hasattr(GridWorksheet, name)}
    originals = {name: getattr(owner, name) for name, owner in owners.items()}

    def recorder(name: str) -> Callable:
        method = originals[name]

        def call(self: Worksheet, *args: object) -> object:
            calls.append((name, tuple(_FORMAT if isinstance(a, Format) else a for a in args)))
            return method(self, *args)

        return call

    for name, owner in owners.items():
        setattr(owner, name, recorder(name))
    try:
        export()
    finally:
        for name, method in originals.items():
            setattr(owners[name], name, method)
    return calls


def replay(calls: list[tuple[str, tuple]], skip: tuple[str, ...] = ()) -> float:
    """CPU seconds to make the calls on a new workbook and close it (formats: one for all)."""
    workbook = Workbook(io.BytesIO(), {"in_memory": True})
    sheet = workbook.add_worksheet("Sheet1", GridWorksheet)
    fmt = workbook.add_format({"bold": True})
    bound = [(getattr(sheet, name), tuple(fmt if a is _FORMAT else a for a in args))
             for name, args in calls if name not in skip]
    start = time.process_time()
    for method, args in bound:
        method(*args)
    workbook.close()
    return time.process_time() - start


def main() -> None:
    args = arguments(repeat=5).parse_args()
    for case in cases(args.shared, args.only):
        document = prepare_case(case, args.shared).fill()
        calls = record(lambda: document.export(format="xlsx"))  # noqa: B023
        counts = Counter(name for name, _ in calls)
        export, bare, no_merges = [], [], []
        for _ in range(args.repeat):
            for times, run in ((export, lambda: _cpu(lambda: document.export(format="xlsx"))),  # noqa: B023
                               (bare, lambda: replay(calls)),  # noqa: B023
                               (no_merges, lambda: replay(calls, MERGES))):  # noqa: B023
                gc.collect()
                gc.disable()
                try:
                    times.append(run())
                finally:
                    gc.enable()
        print(f"{case['id']}: export {min(export) * 1000:.0f} ms CPU, XlsxWriter alone {min(bare) * 1000:.0f} ms "
              f"({min(no_merges) * 1000:.0f} ms without the merges); calls: "
              + ", ".join(f"{n} {c}" for n, c in counts.most_common()), flush=True)


def _cpu(call: Callable[[], object]) -> float:
    start = time.process_time()
    call()
    return time.process_time() - start


if __name__ == "__main__":
    main()
