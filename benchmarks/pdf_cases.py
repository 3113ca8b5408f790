"""What the PDF measurement scripts share: the conformance cases to look at, and whether a
PDF opens in pypdf and poppler.

A *run folder* is the conformance runner's ``--out`` (``OUT/<case>/report.jrpxml``, with
``--extra-formats pdf`` also ``report.pdf``; ``OUT/summary.json`` says which cases passed
the print comparison).  An *oracle folder* holds JasperReports' outputs of the same cases
(``~/.cache/jasper-oracle/out/public-formats/<case>/report.pdf``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path


def case_dir_name(case_id: str) -> str:
    """The folder of a case in run and oracle folders (``/`` -> ``__``)."""
    return case_id.replace("/", "__")


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    ours: Path  # the run folder of the case
    oracle: Path | None  # the oracle folder of the case (None: not given)


def passing_cases(run: str | os.PathLike[str], oracle: str | os.PathLike[str] | None = None,
                  only: str | None = None, all_cases: bool = False) -> list[Case]:
    """The cases of a run that passed the print comparison (all compared ones with
    ``all_cases``), optionally only those whose id contains ``only``."""
    run = Path(run)
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    cases = []
    for result in summary.get("results", []):
        status = result.get("status")
        if status == "skipped" or (status != "pass" and not all_cases):
            continue
        if only and only not in result["id"]:
            continue
        name = case_dir_name(result["id"])
        cases.append(Case(result["id"], run / name, Path(oracle) / name if oracle else None))
    return cases


def opens(pdf: str | os.PathLike[str]) -> list[str]:
    """Problems opening ``pdf`` with pypdf (every page read, its text extracted), poppler's
    pdftotext and pdftoppm (empty: it opens everywhere).  A missing poppler program is not
    a problem of the PDF and is skipped."""
    problems = []
    try:
        from pypdf import PdfReader

        reader = PdfReader(os.fspath(pdf), strict=False)
        for page in reader.pages:
            page.extract_text()
    except Exception as exc:  # noqa: BLE001 - any failure is the finding
        problems.append(f"pypdf: {type(exc).__name__}: {exc}"[:200])
    for program, args in (("pdftotext", [os.fspath(pdf), "-"]),
                          ("pdftoppm", ["-r", "10", "-png", os.fspath(pdf)])):
        if shutil.which(program) is None:
            continue
        proc = subprocess.run([program, *args], capture_output=True, timeout=120)
        errors = [line for line in proc.stderr.decode("utf-8", "replace").splitlines()
                  if "error" in line.lower()]
        if proc.returncode != 0 or errors:
            problems.append(f"{program}: rc={proc.returncode} {'; '.join(errors[:3])}"[:200])
    return problems


def main(argv: list[str] | None = None) -> int:
    """``python3 benchmarks/pdf_cases.py DIR``: does every ``DIR/<case>/report.pdf`` open
    in pypdf, pdftotext and pdftoppm?"""
    import argparse

    parser = argparse.ArgumentParser(description="Check that every DIR/<case>/report.pdf opens in pypdf and poppler.")
    parser.add_argument("folder")
    args = parser.parse_args(argv)
    pdfs = sorted(Path(args.folder).glob("*/report.pdf"))
    bad = 0
    for pdf in pdfs:
        problems = opens(pdf)
        if problems:
            bad += 1
            print(f"{pdf.parent.name}: {'; '.join(problems)}")
    print(f"{len(pdfs) - bad}/{len(pdfs)} PDFs open in pypdf, pdftotext and pdftoppm")
    return 1 if bad else 0


if __name__ == "__main__":
    import sys

    sys.exit(main())
