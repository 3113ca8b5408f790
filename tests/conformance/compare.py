"""Compare two JasperReports prints (``.jrpxml``) the way the conformance suite judges them.

    python tests/conformance/compare.py EXPECTED.jrpxml ACTUAL.jrpxml [--tol 1.0]

Rules (the same as the oracle's comparison, written independently; standard library only):

* a print is a list of pages; a page is a flat list of elements.  Frames stay elements and
  their children are moved into page coordinates by the frame's position plus its left/top
  padding (the frame's own ``<box>``, else its style's, through the style's parents);
* an element is its kind (``text``, ``line``, ``rectangle``, ``ellipse``, ``image``,
  ``frame``, ``generic``, ...), its text (text elements; ``\\r\\n`` read as ``\\n``) and its box
  (x, y, width, height);
* on each page, an expected and an actual element match when kind and text are equal and
  x, y, width and height each differ by at most ``tol``; pairs are assigned cheapest first
  (sum of the four differences), each element used once, not in document order;
* the comparison passes when both prints have the same number of pages and every element of
  each side is matched.  Unmatched elements are listed as missing (expected only) or extra
  (actual only); a missing element whose text appears elsewhere on the page is shown as
  moved.

Styles, images, hyperlinks and borders are not compared.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {"genericElement": "generic"}


@dataclass(frozen=True)
class Element:
    kind: str
    text: str | None
    x: float
    y: float
    w: float
    h: float

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.kind, self.text)

    def distance(self, other: Element) -> float:
        return abs(self.x - other.x) + abs(self.y - other.y) + abs(self.w - other.w) + abs(self.h - other.h)

    def close_to(self, other: Element, tol: float) -> bool:
        return (abs(self.x - other.x) <= tol and abs(self.y - other.y) <= tol
                and abs(self.w - other.w) <= tol and abs(self.h - other.h) <= tol)

    def describe(self) -> str:
        text = ""
        if self.text is not None:
            t = self.text if len(self.text) <= 50 else self.text[:47] + "..."
            text = " " + repr(t)
        return f"{self.kind}{text} [x={self.x:g} y={self.y:g} w={self.w:g} h={self.h:g}]"


def _name(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _first(node: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in node if _name(c.tag) == name), None)


def _float(value: str | None) -> float:
    try:
        return float(value) if value is not None else 0.0
    except ValueError:
        return 0.0


class _Styles:
    def __init__(self, root: ET.Element) -> None:
        self.by_name: dict[str, ET.Element] = {}
        self.default: str | None = None
        for node in root:
            if _name(node.tag) == "style" and node.get("name") is not None:
                self.by_name[node.get("name")] = node  # type: ignore[index]
                if node.get("isDefault") == "true":
                    self.default = node.get("name")

    def box_value(self, style: str | None, attr: str) -> str | None:
        seen: set[str] = set()
        while style is not None and style in self.by_name and style not in seen:
            seen.add(style)
            node = self.by_name[style]
            box = _first(node, "box")
            if box is not None and box.get(attr) is not None:
                return box.get(attr)
            style = node.get("style")
        return None


def _padding(frame: ET.Element, style: str | None, styles: _Styles, side: str) -> float:
    box = _first(frame, "box")
    for attr in (side + "Padding", "padding"):
        if box is not None and box.get(attr) is not None:
            return _float(box.get(attr))
        value = styles.box_value(style, attr)
        if value is not None:
            return _float(value)
    return 0.0


def _collect(container: ET.Element, dx: float, dy: float, styles: _Styles, out: list[Element]) -> None:
    for node in container:
        rep = _first(node, "reportElement")
        if rep is None:
            continue
        tag = _name(node.tag)
        x, y = dx + _float(rep.get("x")), dy + _float(rep.get("y"))
        text = None
        if tag == "text":
            content = _first(node, "textContent")
            text = (content.text or "") if content is not None else ""
            text = text.replace("\r\n", "\n")
        out.append(Element(KINDS.get(tag, tag), text, x, y, _float(rep.get("width")), _float(rep.get("height"))))
        if tag == "frame":
            style = rep.get("style") or styles.default
            _collect(node, x + _padding(node, style, styles, "left"), y + _padding(node, style, styles, "top"),
                     styles, out)


def read_pages(path: str | Path) -> list[list[Element]]:
    """The pages of a ``.jrpxml`` file, each a list of elements in page coordinates."""
    root = ET.parse(path).getroot()
    styles = _Styles(root)
    pages = []
    for node in root:
        if _name(node.tag) == "page":
            elements: list[Element] = []
            _collect(node, 0.0, 0.0, styles, elements)
            pages.append(elements)
    return pages


@dataclass
class PageResult:
    number: int
    expected: int
    actual: int
    matched: int
    missing: list[Element] = field(default_factory=list)
    extra: list[Element] = field(default_factory=list)


@dataclass
class Result:
    pages_expected: int
    pages_actual: int
    pages: list[PageResult]

    @property
    def matched(self) -> int:
        return sum(p.matched for p in self.pages)

    @property
    def elements_expected(self) -> int:
        return sum(p.expected for p in self.pages)

    @property
    def elements_actual(self) -> int:
        return sum(p.actual for p in self.pages)

    @property
    def score(self) -> float:
        most = max(self.elements_expected, self.elements_actual)
        return 1.0 if most == 0 else self.matched / most

    @property
    def passed(self) -> bool:
        return self.pages_expected == self.pages_actual and all(not p.missing and not p.extra for p in self.pages)

    def report(self, limit: int = 25) -> str:
        lines = [f"pages: expected {self.pages_expected}, actual {self.pages_actual}; elements: expected "
                 f"{self.elements_expected}, actual {self.elements_actual}, matched {self.matched} "
                 f"(score {self.score:.3f})"]
        shown = 0
        for p in self.pages:
            if not p.missing and not p.extra:
                continue
            lines.append(f"page {p.number}: expected {p.expected}, actual {p.actual}, matched {p.matched}")
            extra_by_key: dict[tuple[str, str | None], list[Element]] = defaultdict(list)
            for e in p.extra:
                extra_by_key[e.key].append(e)
            for e in p.missing:
                if shown >= limit:
                    break
                moved = extra_by_key.get(e.key)
                if moved:
                    lines.append(f"  moved   {e.describe()} -> {moved.pop(0).describe()}")
                else:
                    lines.append(f"  missing {e.describe()}")
                shown += 1
            for group in extra_by_key.values():
                for e in group:
                    if shown >= limit:
                        break
                    lines.append(f"  extra   {e.describe()}")
                    shown += 1
            if shown >= limit:
                lines.append("  ...")
                break
        lines.append("PASS" if self.passed else "FAIL")
        return "\n".join(lines)


def _match_page(expected: list[Element], actual: list[Element], tol: float) -> list[tuple[int, int]]:
    by_key: dict[tuple[str, str | None], list[int]] = defaultdict(list)
    for j, a in enumerate(actual):
        by_key[a.key].append(j)
    candidates = []
    for i, e in enumerate(expected):
        for j in by_key.get(e.key, ()):
            if e.close_to(actual[j], tol):
                candidates.append((e.distance(actual[j]), i, j))
    candidates.sort()
    used_e: set[int] = set()
    used_a: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_e and j not in used_a:
            used_e.add(i)
            used_a.add(j)
            pairs.append((i, j))
    return pairs


def compare_pages(expected: list[list[Element]], actual: list[list[Element]], tol: float = 1.0) -> Result:
    pages = []
    for n in range(max(len(expected), len(actual))):
        exp = expected[n] if n < len(expected) else []
        act = actual[n] if n < len(actual) else []
        pairs = _match_page(exp, act, tol)
        done_e = {i for i, _ in pairs}
        done_a = {j for _, j in pairs}
        pages.append(PageResult(
            n + 1, len(exp), len(act), len(pairs),
            sorted((e for i, e in enumerate(exp) if i not in done_e), key=lambda e: (e.y, e.x)),
            sorted((a for j, a in enumerate(act) if j not in done_a), key=lambda a: (a.y, a.x))))
    return Result(len(expected), len(actual), pages)


def compare_files(expected: str | Path, actual: str | Path, tol: float = 1.0) -> Result:
    return compare_pages(read_pages(expected), read_pages(actual), tol)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Compare two .jrpxml prints element by element.")
    ap.add_argument("expected")
    ap.add_argument("actual")
    ap.add_argument("--tol", type=float, default=1.0)
    ap.add_argument("--max", type=int, default=25, help="differences to list")
    args = ap.parse_args(argv)
    result = compare_files(args.expected, args.actual, args.tol)
    print(result.report(args.max))
    return 0 if result.passed else 1


if __name__ == "__main__":
    sys.exit(main())
