"""Do two versions of the exporters write the same files?  (For speed work: the output must not change.)

    # with each version on PYTHONPATH, export the oracle's public prints and the benchmark cases:
    PYTHONPATH=/path/to/A/src python benchmarks/export_diff.py export /tmp/a --formats xlsx,docx,csv
    PYTHONPATH=/path/to/B/src python benchmarks/export_diff.py export /tmp/b --formats xlsx,docx,csv
    python benchmarks/export_diff.py compare /tmp/a /tmp/b

``export`` reads every ``report.jrpxml`` under ``--prints`` (default: the oracle's public
prints, ``~/.cache/jasper-oracle/out/public``) and fills ``bench/json-customers`` and
``bench/orders-20k``, and writes each in each format.  ``compare`` holds the files of the
same name against each other: XLSX read with openpyxl (per sheet: every cell's value, type,
number format, font, fill, borders, alignment and link; merged ranges, row heights other
than the default, column widths, panes, filter, images, grid lines), DOCX by its
``word/document.xml``, anything else byte for byte (a workbook's creation time is not
compared).  It prints the first difference of each differing file and ``same N, differ M``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import warnings
import zipfile
from pathlib import Path

from _bench import ROOT, cases, prepare_case

BENCH_CASES = ("bench/json-customers", "bench/orders-20k")


def export(out: Path, formats: list[str], prints: Path, shared: Path) -> None:
    from jrxmlpy.export.jrpxml import read_jrpxml

    out.mkdir(parents=True, exist_ok=True)
    logging.disable(logging.WARNING)
    for path in sorted(prints.glob("*/report.jrpxml")):
        try:
            document = read_jrpxml(path)
            for fmt in formats:
                document.export(out / f"{path.parent.name}.{fmt}", format=fmt)
        except Exception as exc:  # a print we cannot read or export: said, and the others go on
            print(f"{path.parent.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    for case in cases(shared, "bench/"):
        if case["id"] in BENCH_CASES:
            document = prepare_case(case, shared).fill()
            for fmt in formats:
                document.export(out / f"{case['id'].replace('/', '__')}.{fmt}", format=fmt)


def _side(side) -> tuple | None:
    return None if side is None else (side.style, side.color.rgb if side.color is not None else None)


def xlsx_content(path: Path) -> list[tuple]:
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        cells = {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is None and not c.has_style:
                    continue
                f, fill, b, a = c.font, c.fill, c.border, c.alignment
                cells[c.coordinate] = (
                    c.value, c.data_type, c.number_format,
                    (f.name, f.sz, f.b, f.i, f.u, f.strike, f.color.rgb if f.color is not None else None),
                    (fill.fill_type, fill.fgColor.rgb if fill.fgColor is not None else None),
                    tuple(_side(s) for s in (b.left, b.right, b.top, b.bottom)),
                    (a.horizontal, a.vertical, a.wrap_text, a.text_rotation),
                    c.hyperlink.target if c.hyperlink is not None else None)
        heights = {r: d.height for r, d in ws.row_dimensions.items() if d.height not in (None, 15)}
        widths = {k: d.width for k, d in ws.column_dimensions.items()}
        sheets.append((ws.title, cells, sorted(str(m) for m in ws.merged_cells.ranges), heights, widths,
                       ws.freeze_panes, ws.auto_filter.ref, len(ws._images), ws.sheet_view.showGridLines))
    return sheets


def _content(path: Path) -> object:
    if path.suffix == ".xlsx":
        return xlsx_content(path)
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as package:
            return package.read("word/document.xml")
    return path.read_bytes()


def _first_difference(a: object, b: object) -> str:
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{len(a)} sheets against {len(b)}"
        for sheet_a, sheet_b in zip(a, b, strict=True):
            for i, (x, y) in enumerate(zip(sheet_a, sheet_b, strict=True)):
                if x != y:
                    if isinstance(x, dict) and isinstance(y, dict):
                        key = next(k for k in sorted(set(x) | set(y), key=str) if x.get(k) != y.get(k))
                        return f"sheet {sheet_a[0]!r} part {i}, {key}: {x.get(key)} / {y.get(key)}"
                    return f"sheet {sheet_a[0]!r} part {i}: {str(x)[:150]} / {str(y)[:150]}"
    return "content differs"


def compare(a_dir: Path, b_dir: Path) -> int:
    same = differ = 0
    for a in sorted(a_dir.iterdir()):
        b = b_dir / a.name
        if not b.exists():
            print(f"{a.name}: missing in {b_dir}")
            differ += 1
            continue
        x, y = _content(a), _content(b)
        if x == y:
            same += 1
        else:
            differ += 1
            print(f"{a.name}: {_first_difference(x, y)}")
    print(f"same {same}, differ {differ}")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export")
    ex.add_argument("out", type=Path)
    ex.add_argument("--formats", default="xlsx,docx,csv")
    ex.add_argument("--prints", type=Path, default=Path.home() / ".cache/jasper-oracle/out/public")
    ex.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    args = parser.parse_args()
    if args.command == "export":
        export(args.out, args.formats.split(","), args.prints, args.shared)
        return 0
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main())
