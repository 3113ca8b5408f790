"""Text of our PDFs against the print document (the PDF issue's "Done when").

    python3 benchmarks/pdf_text_check.py RUN [--only SUBSTR] [--pdf-dir DIR] [--show 20]

For every case of the conformance run folder RUN that passed the print comparison, the
characters of each page of ``report.pdf`` (pdfplumber, with their boxes) are held against
the text elements of the print ``report.jrpxml`` on that page:

* every text element's shown text (markup removed, whitespace ignored) is found, in order,
  among the characters whose centre lies in the element's box (and no earlier element
  took);
* each of those characters lies within 1 pt of the element's box;
* no character is left over (text the print does not have).

``--pdf-dir`` takes the PDFs from another folder of the same layout (e.g. the oracle's, to
check the tool on JasperReports' own PDFs against its own prints with ``--print-dir``).
Every PDF is also opened with pypdf, pdftotext and pdftoppm.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_cases import case_dir_name, opens, passing_cases  # noqa: E402

#: How far (points) a character's box may reach out of its element's box.
TOLERANCE = 1.0


@dataclass(frozen=True, slots=True)
class TextBox:
    """A text element of a page: its text as shown and its box (points, y down)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    #: the element draws characters its text does not have (the bullets and numbers of an
    #: HTML or styled list): characters left over in its box are not extra
    markers: bool = False


@dataclass(frozen=True, slots=True)
class Char:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.top + self.bottom) / 2


@dataclass(slots=True)
class PageCheck:
    missing: list[tuple[str, str]] = field(default_factory=list)  # (expected, found in the box)
    outside: list[tuple[str, str, float]] = field(default_factory=list)  # (element text, char, by how far)
    extra: list[str] = field(default_factory=list)  # chars of no element

    @property
    def ok(self) -> bool:
        return not (self.missing or self.outside or self.extra)


def squeeze(text: str) -> str:
    """``text`` without whitespace (extraction spaces differ from the layout's)."""
    return "".join(c for c in text if not c.isspace() and c != "\u00ad")


def _contains(box: TextBox, x: float, y: float, tol: float = 0.0) -> bool:
    return box.x0 - tol <= x <= box.x1 + tol and box.top - tol <= y <= box.bottom + tol


def overflow(box: TextBox, char: Char) -> float:
    """How far (points) ``char``'s box reaches out of ``box`` (0 when inside)."""
    return max(0.0, box.x0 - char.x0, char.x1 - box.x1, box.top - char.top, char.bottom - box.bottom)


def check_page(boxes: list[TextBox], chars: list[Char], tol: float = TOLERANCE) -> PageCheck:
    """Hold a page's characters (in drawing order) against its text elements: each
    element's text must be found, in order, among the not yet claimed characters whose
    centre is in its box (they become its characters); characters no element claims are
    extra."""
    result = PageCheck()
    chars = [c for c in chars if squeeze(c.text)]
    claimed = [False] * len(chars)
    for box in boxes:
        expected = squeeze(box.text)
        if not expected:
            continue
        inside = [i for i, c in enumerate(chars) if not claimed[i] and _contains(box, *c.centre)]
        matched: list[int] = []
        position = 0
        for i in inside:
            piece = squeeze(chars[i].text)
            if expected.startswith(piece, position):
                matched.append(i)
                position += len(piece)
                if position == len(expected):
                    break
        if position < len(expected):
            result.missing.append((expected, squeeze("".join(chars[i].text for i in inside))))
            continue
        for i in matched:
            claimed[i] = True
            far = overflow(box, chars[i])
            if far > tol:
                result.outside.append((box.text, chars[i].text, far))
    marked = [b for b in boxes if b.markers]
    result.extra = [c.text for i, c in enumerate(chars)
                    if not claimed[i] and not any(_contains(b, *c.centre) for b in marked)]
    return result


def markup_of(document, element) -> str | None:  # noqa: ANN001 - a Document and a PrintText
    """The element's markup, its style's when it sets none."""
    if element.markup is not None:
        return element.markup
    return document.style_value(document.element_style(element), "markup")


def plain_text(element, markup: str | None) -> str:  # noqa: ANN001 - a PrintText
    """What a text element shows: markup removed, cut at its truncation (an index in the
    text without markup) plus the truncation suffix.  A print holds the text of every
    markup (styled, html, rtf) as styled text: the filler converted it."""
    from jrxmlpy.fonts.markup import parse_html, parse_styled

    text = element.text or ""
    if markup not in (None, "none"):
        styled = parse_styled(text)
        text = parse_html(text).text if not styled.parsed and markup == "html" else styled.text
    if element.truncate_index is not None:
        text = text[: element.truncate_index] + (element.truncate_suffix or "")
    return text


def page_boxes(document, page) -> list[TextBox]:  # noqa: ANN001 - a Document and one of its pages
    """The text elements of a print page with their page boxes."""
    from jrxmlpy.document import PrintText

    boxes = []
    for element, ox, oy in page.walk():
        if isinstance(element, PrintText) and element.text:
            x, y = ox + element.x, oy + element.y
            markup = markup_of(document, element)
            markers = markup not in (None, "none") and "<li" in element.text.lower()
            boxes.append(TextBox(plain_text(element, markup), x, y, x + element.width, y + element.height,
                                 markers))
    return boxes


def pdf_chars(pdf_path: str | os.PathLike[str]) -> list[list[Char]]:
    import pdfplumber

    pages = []
    with pdfplumber.open(os.fspath(pdf_path)) as pdf:
        for page in pdf.pages:
            pages.append([Char(c["text"], c["x0"], c["top"], c["x1"], c["bottom"]) for c in page.chars])
    return pages


def check_case(print_path: Path, pdf_path: Path) -> list[str]:
    """Failures of one case, one line each."""
    from jrxmlpy.export.jrpxml import read_jrpxml

    document = read_jrpxml(print_path)
    pages = pdf_chars(pdf_path)
    failures = [f"opens: {p}" for p in opens(pdf_path)]
    if len(pages) != len(document.pages):
        failures.append(f"{len(pages)} PDF pages, {len(document.pages)} print pages")
    for number, (page, chars) in enumerate(zip(document.pages, pages, strict=False), 1):
        check = check_page(page_boxes(document, page), chars)
        for expected, found in check.missing:
            failures.append(f"page {number}: text {expected[:60]!r} not found; in its box: {found[:60]!r}")
        for text, char, far in check.outside:
            failures.append(f"page {number}: {char!r} of {squeeze(text)[:40]!r} is {far:.2f} pt out of its box")
        if check.extra:
            failures.append(f"page {number}: text of no element: {''.join(check.extra)[:60]!r}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", help="conformance run folder (made with --extra-formats pdf)")
    parser.add_argument("--only", help="cases whose id contains this")
    parser.add_argument("--pdf-dir", help="take report.pdf from this folder (default: RUN)")
    parser.add_argument("--print-dir", help="take report.jrpxml from this folder (default: RUN)")
    parser.add_argument("--show", type=int, default=5, help="failures listed per case")
    args = parser.parse_args(argv)
    cases = passing_cases(args.run, None, args.only)
    failed = 0
    checked = 0
    for case in cases:
        name = case_dir_name(case.id)
        pdf = Path(args.pdf_dir) / name / "report.pdf" if args.pdf_dir else case.ours / "report.pdf"
        jrpxml = Path(args.print_dir) / name / "report.jrpxml" if args.print_dir else case.ours / "report.jrpxml"
        if not pdf.is_file() or not jrpxml.is_file():
            print(f"SKIP {case.id}: no {'PDF' if not pdf.is_file() else 'print'}")
            continue
        checked += 1
        failures = check_case(jrpxml, pdf)
        if failures:
            failed += 1
            print(f"FAIL {case.id}: {len(failures)} failure(s)")
            for line in failures[: args.show]:
                print(f"    {line}")
    print(f"\ntext check: {checked - failed}/{checked} cases pass "
          f"(every text element's text within {TOLERANCE:g} pt of its box, no other text)")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
