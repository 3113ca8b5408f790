"""Micro-benchmark of text measurement (the filler's hot path).

    python benchmarks/bench_text.py [N]

Measures N (default 100 000) short strings - field values such as names, dates, amounts and
a few sentences - with ``jrxmlpy.fonts.measure`` in a 10pt DejaVu Sans field 120pt wide,
and prints strings per second. The strings are all different (no result caching helps).
"""

from __future__ import annotations

import random
import sys
import time

from jrxmlpy.fonts import measure
from jrxmlpy.fonts.registry import default_registry

WORDS = (
    "alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november "
    "oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu"
).split()


def make_strings(n: int, seed: int = 7) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        k = i % 4
        if k == 0:
            s = f"{rnd.choice(WORDS).title()} {rnd.choice(WORDS).title()} {i}"
        elif k == 1:
            s = f"{rnd.randint(1, 28):02d}/{rnd.randint(1, 12):02d}/20{rnd.randint(10, 30)} #{i}"
        elif k == 2:
            s = f"$ {rnd.randint(0, 99999):,}.{rnd.randint(0, 99):02d} ({i})"
        else:
            s = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 9))) + f" {i}"
        out.append(s)
    return out


def main(argv: list[str]) -> None:
    n = int(argv[1]) if len(argv) > 1 else 100_000
    strings = make_strings(n)
    font = default_registry().resolve("DejaVu Sans")
    measure("warm up", font, 10, width=120)
    t0 = time.perf_counter()
    lines = 0
    for s in strings:
        lines += len(measure(s, font, 10, width=120, height=None).lines)
    dt = time.perf_counter() - t0
    print(
        f"measured {n} strings ({lines} lines) in {dt:.2f}s: {n / dt:,.0f} strings/s, {dt / n * 1e6:.1f} us/string"
    )


if __name__ == "__main__":
    main(sys.argv)
