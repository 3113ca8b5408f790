"""Render the PDF of every case of a conformance run again, with this checkout's engine.

    python3 benchmarks/pdf_render_cases.py RUN OUT [--only SUBSTR] [--passing] [--format pdf]

RUN is a conformance run folder (its ``summary.json`` keeps each case's command line);
each case is rendered again by ``python3 -m jrxmlpy render`` of this checkout (``src``
beside this folder) to ``OUT/<case>/report.pdf``, and the exports that fail are listed.
Cheaper than a second conformance run with ``--extra-formats pdf`` when only the exporter
changed: the print comparison is not redone (``pdf_parity.py`` and ``pdf_text_check.py``
take the pass/fail of RUN and the PDFs of OUT with ``--pdf-dir OUT``).
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_cases import case_dir_name  # noqa: E402

SRC = Path(__file__).resolve().parent.parent / "src"


def engine_command(command: str, target: str, fmt: str = "pdf", src: Path = SRC) -> list[str]:
    """The runner's command line of a case, rendering ``fmt`` to ``target`` with the
    engine of ``src``."""
    words = shlex.split(command)
    words = words[words.index("render"):]
    words[words.index("-o") + 1] = target
    if "-f" in words:
        words[words.index("-f") + 1] = fmt
    else:
        words += ["-f", fmt]
    return ["env", f"PYTHONPATH={src}", sys.executable, "-m", "jrxmlpy", *words]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", help="conformance run folder (summary.json)")
    parser.add_argument("out", help="where OUT/<case>/report.<format> go")
    parser.add_argument("--only", help="cases whose id contains this")
    parser.add_argument("--passing", action="store_true", help="only cases that passed the print comparison")
    parser.add_argument("--format", default="pdf", help="export format (default pdf)")
    parser.add_argument("--timeout", type=float, default=180)
    parser.add_argument("--reverse", action="store_true", help="from the last case (a second worker)")
    parser.add_argument("--skip-existing", action="store_true", help="leave cases whose output exists")
    args = parser.parse_args(argv)
    summary = json.loads((Path(args.run) / "summary.json").read_text(encoding="utf-8"))
    results = [r for r in summary["results"] if r.get("command") and r.get("status") in ("pass", "fail")]
    if args.passing:
        results = [r for r in results if r["status"] == "pass"]
    if args.only:
        results = [r for r in results if args.only in r["id"]]
    if args.reverse:
        results.reverse()
    failures = []
    start = time.perf_counter()
    for number, result in enumerate(results, 1):
        folder = Path(args.out) / case_dir_name(result["id"])
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / f"report.{args.format}"
        if args.skip_existing and target.exists():
            continue
        if target.exists():
            target.unlink()
        command = engine_command(result["command"], str(target), args.format)
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=args.timeout)
            error = None if proc.returncode == 0 and target.is_file() else \
                ((proc.stderr or proc.stdout).strip().splitlines() or ["no output"])[-1][:300]
        except subprocess.TimeoutExpired:
            error = "timeout"
        if error:
            failures.append((result["id"], error))
        print(f"[{number}/{len(results)}] {'ERROR' if error else 'ok'}  {result['id']}"
              + (f"  {error}" if error else ""), flush=True)
    print(f"\n{len(results) - len(failures)}/{len(results)} cases exported to {args.format} "
          f"({time.perf_counter() - start:.0f} s)")
    for case_id, error in failures:
        print(f"  {case_id}: {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
