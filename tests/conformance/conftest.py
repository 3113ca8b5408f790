"""Prints a one-line count of the golden-print conformance results at the end of a run."""

from __future__ import annotations

from typing import Any

_MODULE = "conformance/test_golden.py::test_golden["


def pytest_terminal_summary(terminalreporter: Any) -> None:
    counts: dict[str, list[str]] = {}
    for outcome in ("passed", "failed", "xfailed", "xpassed", "skipped", "error"):
        for report in terminalreporter.stats.get(outcome, []):
            nodeid = getattr(report, "nodeid", "")
            if _MODULE in nodeid and getattr(report, "when", "call") in ("call", "setup"):
                counts.setdefault(outcome, []).append(nodeid.split("[", 1)[1].rstrip("]"))
    total = sum(len(v) for v in counts.values())
    if not total:
        return
    n = {k: len(counts.get(k, [])) for k in ("passed", "xpassed", "xfailed", "failed", "skipped", "error")}
    terminalreporter.write_sep("-", "conformance golden prints")
    terminalreporter.write_line(
        f"{n['passed'] + n['xpassed']} of {total} cases pass ({n['xpassed']} of them listed in KNOWN_FAILURES); "
        f"{n['xfailed']} known failures; {n['failed'] + n['error']} unexpected failures")
    if counts.get("xpassed"):
        terminalreporter.write_line("now passing, take off KNOWN_FAILURES: " + ", ".join(sorted(counts["xpassed"])))
