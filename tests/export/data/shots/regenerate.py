"""Rewrite the reference page images of the HTML screenshot test from JasperReports' PDF.

    python tests/export/data/shots/regenerate.py [--oracle ../shared/tools/jasper-oracle/oracle]

For each template here (``<name>.jrxml`` filled as ``<name>.case.json`` says), the oracle
(real JasperReports) writes the PDF, and poppler's ``pdftoppm`` renders every page at 72 dpi
(1 px per point) to ``<name>-<page>.png``.  Needs Java (the oracle) and poppler-utils."""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
NAMES = ("texts", "shapes", "images", "rotated", "list")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--oracle", type=Path, default=ROOT.parent / "shared" / "tools" / "jasper-oracle" / "oracle")
    args = parser.parse_args()
    for name in NAMES:
        for old in HERE.glob(f"{name}-*.png"):
            old.unlink()
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([str(args.oracle), "run", "--root", str(HERE), "--case-json", f"@{HERE / (name + '.case.json')}",
                            "--out", tmp, "--formats", "jrpxml,pdf"], check=True)
            pdf = next(Path(tmp).rglob("report.pdf"))
            subprocess.run(["pdftoppm", "-r", "72", "-png", str(pdf), str(HERE / name)], check=True)
        print(name, sorted(p.name for p in HERE.glob(f"{name}-*.png")))


if __name__ == "__main__":
    main()
