"""What the benchmark scripts share: the cases of ``shared/bench/bench.jsonl``, filled the way
``jrxmlpy render`` fills them, the timing of a call in wall and CPU time, and the process's memory.

The scripts are run as ``python benchmarks/NAME.py``, which puts this folder on the path.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from jrxmlpy.render import DataOptions, FillInputs, prepare

ROOT = Path(__file__).resolve().parents[1]

T = TypeVar("T")


def arguments(repeat: int) -> argparse.ArgumentParser:
    """A parser with the options every case benchmark has: --repeat, --shared, --only."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=repeat)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--only")
    return parser


def cases(shared: Path, only: str | None) -> Iterator[dict]:
    """The cases of the shared benchmark suite whose id contains ``only`` (all without it)."""
    suite = shared / "bench" / "bench.jsonl"
    if not suite.is_file():
        sys.exit(f"no benchmark suite at {suite}")
    for line in suite.read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if only and only not in case["id"]:
            continue
        yield case


def prepare_case(case: dict, root: Path, report: Any = None) -> FillInputs:
    """The case compiled (``report``: already compiled) with its data, parameters,
    resources, locale and time zone, ready to fill."""
    data = case.get("data", {})
    options = DataOptions(
        type=data.get("type", "none"),
        file=str(root / data["file"]) if "file" in data else None,
        select=data.get("select"),
        columns=data.get("columns"),
        header=data.get("header", False),
        delimiter=data.get("delimiter"),
        record_delimiter=data.get("record_delimiter"),
    )
    return prepare(report if report is not None else str(root / case["jrxml"]), data=options, params=case.get("params", {}),
                   resources=[str(root / r) for r in case.get("resources", [])],
                   locale=case.get("locale", "en_US"), timezone=case.get("timezone", "GMT"), params_base=root)


def timed(call: Callable[[], T]) -> tuple[T, float, float]:
    """``call()``'s result, its wall time and the process's CPU time it took (seconds)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - start, time.process_time() - cpu


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def peak_rss_mb() -> float:
    """The process's peak resident memory so far (``ru_maxrss``), in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_mb() -> float:
    """The process's resident memory now, in MB (NaN where ``/proc`` does not tell)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, ValueError, IndexError):
        return float("nan")
    return pages * resource.getpagesize() / 2**20
