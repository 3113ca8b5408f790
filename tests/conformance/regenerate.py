#!/usr/bin/env python3
"""Regenerate the golden prints (``cases/<name>/expected.jrpxml``) with the JasperReports oracle.

    python tests/conformance/regenerate.py [--oracle PATH] [--only NAME ...] [--keep-out DIR]

Needs Java and the oracle (``shared/tools/jasper-oracle/oracle``, or ``$JASPER_ORACLE``);
CI does not run this, it only compares against the committed goldens.

Each ``cases/<name>/case.json`` has paths relative to its own folder.  This script writes a
temporary suite (``.jsonl``) whose root is ``cases/``, so every path gets the ``<name>/``
prefix and the id is the case name; it runs ``oracle suite`` once (one JVM), and copies
``<out>/<name>/report.jrpxml`` to ``cases/<name>/expected.jrpxml``.  Exit status 1 when a
case failed in the oracle (its golden is left as it was) or when a print is not stable
(see :func:`check_print`).

The oracle's prints are kept byte for byte: they only hold what comes from our templates
(uuids, names), the page range properties and the text metrics.  The check below refuses a
print that holds something machine-dependent (a file path, an image id counter, a date
of today) so that a golden never depends on where it was made.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CASES = HERE / "cases"
DEFAULT_ORACLE = os.environ.get("JASPER_ORACLE", "/work/shared/tools/jasper-oracle/oracle")


def case_names(only: list[str] | None = None) -> list[str]:
    names = sorted(p.name for p in CASES.iterdir() if (p / "case.json").is_file())
    if only:
        names = [n for n in names if any(o in n for o in only)]
    return names


def suite_entry(name: str) -> dict:
    """The case of ``cases/<name>/case.json`` with its paths made relative to ``cases/``."""
    case = json.loads((CASES / name / "case.json").read_text(encoding="utf-8"))
    entry = dict(case)
    entry["id"] = name
    entry["jrxml"] = f"{name}/{case['jrxml']}"
    entry["resources"] = [os.path.normpath(f"{name}/{r}") for r in case.get("resources", ["."])]
    data = dict(case.get("data", {"type": "none"}))
    if "file" in data:
        data["file"] = f"{name}/{data['file']}"
    entry["data"] = data
    params = {}
    for key, value in case.get("params", {}).items():
        if isinstance(value, dict) and "file" in value:
            value = dict(value, file=f"{name}/{value['file']}")
        params[key] = value
    if params:
        entry["params"] = params
    entry.pop("description", None)
    return entry


_MACHINE = [
    (re.compile(r"/(?:tmp|home|work|root|Users)/"), "an absolute path"),
    (re.compile(r"\bimg_\d+\b"), "an image id"),
]


def check_print(path: Path) -> list[str]:
    """Problems that would make a golden depend on the machine or the run."""
    text = path.read_text(encoding="utf-8")
    problems = [f"{path}: holds {what}" for rx, what in _MACHINE if rx.search(text)]
    try:  # the print must survive jrxmlpy's reader and writer unchanged
        from jrxmlpy.export.jrpxml import read_jrpxml, to_jrpxml

        again = to_jrpxml(read_jrpxml(path)).decode("utf-8")
        if again != text:
            problems.append(f"{path}: read_jrpxml -> write_jrpxml is not byte-identical")
    except ImportError:  # pragma: no cover - jrxmlpy not installed
        pass
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--oracle", default=DEFAULT_ORACLE, help="the oracle wrapper script")
    ap.add_argument("--only", action="append", help="cases whose name contains this (repeatable)")
    ap.add_argument("--keep-out", metavar="DIR", help="write the oracle output here and keep it")
    args = ap.parse_args(argv)

    names = case_names(args.only)
    if not names:
        print("no cases", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="conformance-") as tmp:
        out = Path(args.keep_out) if args.keep_out else Path(tmp) / "out"
        suite = Path(tmp) / "suite.jsonl"
        suite.write_text("".join(json.dumps(suite_entry(n)) + "\n" for n in names), encoding="utf-8")
        cmd = [args.oracle, "suite", "--root", str(CASES), "--suite", str(suite), "--out", str(out)]
        print(" ".join(cmd), flush=True)
        subprocess.run(cmd, check=True)
        failed, problems = [], []
        for name in names:
            result_path = out / name / "result.json"
            result = json.loads(result_path.read_text()) if result_path.is_file() else {"ok": False}
            if not result.get("ok"):
                err = (result.get("error") or {}).get("message", "no result")
                failed.append(f"{name}: {err}")
                continue
            printed = out / name / "report.jrpxml"
            found = check_print(printed)
            if found:
                problems.extend(found)
                continue
            shutil.copyfile(printed, CASES / name / "expected.jrpxml")
            print(f"ok   {name}: {result.get('pages')} page(s)")
    for line in failed:
        print(f"FAIL {line}", file=sys.stderr)
    for line in problems:
        print(f"UNSTABLE {line}", file=sys.stderr)
    print(f"{len(names) - len(failed) - len(problems)} of {len(names)} goldens written")
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
