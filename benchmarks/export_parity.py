"""Compare our exports with JasperReports' for the conformance cases.

    python benchmarks/export_parity.py csv  OURS_DIR [--expected DIR] [--passing RUN_DIR] [--list N]
    python benchmarks/export_parity.py xlsx OURS_DIR ...
    python benchmarks/export_parity.py docx OURS_DIR ...      # text in reading order

OURS_DIR is the ``--out`` folder of a conformance run made with ``--extra-formats FMT``
(``<case>/report.<fmt>``); with ``--from-prints`` our files are first (re)made there from
each case's ``report.jrpxml`` read back (quicker than filling again; field values are then
not known, which only data-mode XLSX would miss).  The oracle's files are in ``--expected`` (default
``~/.cache/jasper-oracle/out/public-formats``).  ``--passing RUN_DIR`` (default OURS_DIR)
keeps only the cases whose print passed in that run (its ``summary.json``).

How a pair is compared, per format:

* ``csv``: the bytes;
* ``xlsx``: with openpyxl, every sheet's grid of (value, data type) per cell, sheet names
  and count; empty strings count as empty cells;
* ``docx``: the document's text in reading order (paragraphs of the body and of tables,
  nested tables included), whitespace-normalised per paragraph.

It prints one line per differing case (first difference) and a summary line
``FMT: N/M identical (P%)``.  Other formats can be added to ``COMPARERS``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path


def _csv(ours: Path, theirs: Path) -> str | None:
    a, b = ours.read_bytes(), theirs.read_bytes()
    if a == b:
        return None
    la, lb = a.split(b"\n"), b.split(b"\n")
    for i, (x, y) in enumerate(zip(la, lb, strict=False)):
        if x != y:
            return f"line {i + 1}: ours {x[:80]!r} theirs {y[:80]!r}"
    return f"line count: ours {len(la)} theirs {len(lb)}"


def xlsx_grid(path: Path) -> list[tuple[str, dict[tuple[int, int], tuple[object, str]]]]:
    """Sheets as (title, {(row, col): (value, data_type)}) without empty cells."""
    import warnings

    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        wb = openpyxl.load_workbook(path, read_only=True)
    sheets = []
    for ws in wb.worksheets:
        ws.reset_dimensions()  # JasperReports' sheets have no reliable <dimension>
        cells: dict[tuple[int, int], tuple[object, str]] = {}
        for row in ws.iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if value is None or value == "":
                    continue
                cells[(cell.row, cell.column)] = (value, cell.data_type)
        sheets.append((ws.title, cells))
    wb.close()
    return sheets


def _xlsx(ours: Path, theirs: Path) -> str | None:
    a, b = xlsx_grid(ours), xlsx_grid(theirs)
    if len(a) != len(b):
        return f"sheets: ours {len(a)} theirs {len(b)}"
    for (ta, ca), (tb, cb) in zip(a, b, strict=False):
        if ta != tb:
            return f"sheet name: ours {ta!r} theirs {tb!r}"
        if ca != cb:
            for key in sorted(set(ca) | set(cb)):
                if ca.get(key) != cb.get(key):
                    return f"sheet {ta!r} cell {key}: ours {ca.get(key)!r} theirs {cb.get(key)!r}"
    return None


def docx_text(path: Path) -> list[str]:
    import docx  # python-docx

    document = docx.Document(str(path))
    out: list[str] = []

    def block(parent) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for child in parent.iter_inner_content():
            if isinstance(child, Paragraph):
                text = " ".join(child.text.split())
                if text:
                    out.append(text)
            elif isinstance(child, Table):
                for row in child.rows:
                    seen = set()
                    for cell in row.cells:
                        if id(cell._tc) in seen:
                            continue
                        seen.add(id(cell._tc))
                        block(cell)

    block(document)
    return out


def _docx(ours: Path, theirs: Path) -> str | None:
    a, b = docx_text(ours), docx_text(theirs)
    if a == b:
        return None
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return f"paragraph {i + 1}: ours {x[:60]!r} theirs {y[:60]!r}"
    return f"paragraphs: ours {len(a)} theirs {len(b)}"


def _export_from_print(print_path: Path, target: Path, fmt: str) -> None:
    from jrxmlpy.export.jrpxml import read_jrpxml

    try:
        read_jrpxml(print_path).export(target, format=fmt)
    except Exception as exc:  # reported as a missing output
        print(f"{print_path.parent.name}: export failed: {type(exc).__name__}: {exc}")
        target.unlink(missing_ok=True)


COMPARERS: dict[str, Callable[[Path, Path], str | None]] = {"csv": _csv, "xlsx": _xlsx, "docx": _docx}


def passing_cases(run_dir: Path) -> set[str] | None:
    summary = run_dir / "summary.json"
    if not summary.exists():
        return None
    data = json.loads(summary.read_text())
    cases = data.get("results") if isinstance(data, dict) else data
    result = set()
    for case in cases or []:
        if case.get("pass") or case.get("passed") or case.get("status") == "pass":
            result.add(case["id"].replace("/", "__"))
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("format", choices=sorted(COMPARERS))
    ap.add_argument("ours", type=Path)
    ap.add_argument("--expected", type=Path,
                    default=Path(os.path.expanduser("~/.cache/jasper-oracle/out/public-formats")))
    ap.add_argument("--passing", type=Path, help="conformance run whose passing cases count (default: ours)")
    ap.add_argument("--list", type=int, default=50, help="differing cases to list")
    ap.add_argument("--from-prints", action="store_true", help="export ours from OURS_DIR/<case>/report.jrpxml first")
    args = ap.parse_args(argv)
    compare = COMPARERS[args.format]
    name = f"report.{args.format}"
    passing = passing_cases(args.passing or args.ours)
    total = same = missing = 0
    listed = 0
    for case_dir in sorted(p for p in args.ours.iterdir() if p.is_dir()):
        if passing is not None and case_dir.name not in passing:
            continue
        theirs = args.expected / case_dir.name / name
        if not theirs.exists():
            continue
        total += 1
        ours = case_dir / name
        if args.from_prints and (case_dir / "report.jrpxml").exists():
            _export_from_print(case_dir / "report.jrpxml", ours, args.format)
        if not ours.exists():
            missing += 1
            diff: str | None = "no output of ours"
        else:
            try:
                diff = compare(ours, theirs)
            except Exception as exc:  # a broken file of ours is a difference, not a crash
                diff = f"cannot compare: {type(exc).__name__}: {exc}"
        if diff is None:
            same += 1
        elif listed < args.list:
            listed += 1
            print(f"{case_dir.name}: {diff}")
    pct = 100.0 * same / total if total else 0.0
    print(f"{args.format}: {same}/{total} identical ({pct:.1f}%), {missing} missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
