"""Visual parity of our PDFs with JasperReports' (the PDF issue's "Done when").

    python3 benchmarks/pdf_parity.py RUN ORACLE [--only SUBSTR] [--worst 15] [--json FILE] [--diff-dir DIR]

RUN is a conformance run folder made with ``--extra-formats pdf`` (our ``report.pdf`` per
case, ``summary.json`` saying which cases passed the print comparison); ORACLE is the
oracle's folder with its ``report.pdf`` per case
(``~/.cache/jasper-oracle/out/public-formats``).  For every passing case both PDFs are
rendered with ``pdftoppm -r 72`` and compared pixel by pixel: a pixel differs when any
channel differs by more than 64.  A page's *share* is its differing pixels over its pixels
(pages of different sizes are compared on the larger canvas, white around; a page one PDF
lacks counts as all different).  Prints the distribution of the per-page shares, the
percentage of pages under 1 % and the worst pages; the target is at least 90 % of pages
under 1 %.  ``--self`` compares the oracle with itself through the same path (a check of
the tool: every share must be 0).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from PIL import Image

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdf_cases import Case, opens, passing_cases  # noqa: E402

#: A pixel differs when one of its channels differs by more than this.
CHANNEL_THRESHOLD = 64
#: The issue's bar: a page "matches" when under this share of its pixels differ.
PAGE_SHARE = 0.01
#: Buckets of the printed distribution (upper bounds of the share).
BUCKETS = (0.0, 0.001, 0.005, 0.01, 0.02, 0.05, 0.10, 0.25, 1.0)


def rasterize(pdf: str | os.PathLike[str], dpi: int = 72) -> list[np.ndarray]:
    """Pages of ``pdf`` as RGB arrays (``pdftoppm -r dpi``), in page order."""
    with tempfile.TemporaryDirectory(prefix="parity") as tmp:
        root = os.path.join(tmp, "p")
        proc = subprocess.run(["pdftoppm", "-r", str(dpi), os.fspath(pdf), root],
                              capture_output=True, timeout=600)
        if proc.returncode != 0:
            raise RuntimeError(f"pdftoppm failed on {pdf}: {proc.stderr.decode('utf-8', 'replace').strip()[:200]}")
        files = sorted(Path(tmp).glob("p*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[-1]))
        return [np.asarray(Image.open(f).convert("RGB")) for f in files]


def pad(image: np.ndarray, height: int, width: int) -> np.ndarray:
    """``image`` on a white canvas of ``height`` x ``width`` (top-left aligned)."""
    if image.shape[0] == height and image.shape[1] == width:
        return image
    canvas = np.full((height, width, 3), 255, dtype=np.uint8)
    canvas[: image.shape[0], : image.shape[1]] = image[:height, :width]
    return canvas


def differing_share(a: np.ndarray | None, b: np.ndarray | None, threshold: int = CHANNEL_THRESHOLD) -> float:
    """The share of pixels where some channel differs by more than ``threshold`` (1.0 when
    one page is missing)."""
    if a is None or b is None:
        return 1.0
    height, width = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    a, b = pad(a, height, width), pad(b, height, width)
    differs = (np.abs(a.astype(np.int16) - b.astype(np.int16)) > threshold).any(axis=2)
    return float(differs.mean()) if differs.size else 0.0


def diff_image(ours: np.ndarray | None, theirs: np.ndarray | None) -> Image.Image:
    """Ours, the oracle's and the differing pixels (red on a faint copy of the oracle's
    page) side by side, to see why a page differs."""
    blank = np.full((1, 1, 3), 255, dtype=np.uint8)
    a = ours if ours is not None else blank
    b = theirs if theirs is not None else blank
    height, width = max(a.shape[0], b.shape[0]), max(a.shape[1], b.shape[1])
    a, b = pad(a, height, width), pad(b, height, width)
    differs = (np.abs(a.astype(np.int16) - b.astype(np.int16)) > CHANNEL_THRESHOLD).any(axis=2)
    marked = (255 - (255 - b.astype(np.int16)) // 4).astype(np.uint8)
    marked[differs] = (255, 0, 0)
    return Image.fromarray(np.concatenate([a, b, marked], axis=1))


def page_shares(ours: list[np.ndarray], theirs: list[np.ndarray]) -> list[float]:
    """One share per page of the longer of the two documents."""
    count = max(len(ours), len(theirs))
    return [differing_share(ours[i] if i < len(ours) else None, theirs[i] if i < len(theirs) else None)
            for i in range(count)]


def distribution(shares: list[float], buckets: tuple[float, ...] = BUCKETS) -> list[tuple[str, int]]:
    """How many shares fall into each bucket: ``("= 0", n)``, ``("<= 0.1%", n)``, ..."""
    rows = []
    lower = None
    for bound in buckets:
        if lower is None:
            count = sum(1 for s in shares if s <= bound)
            label = f"= {bound:.0%}" if bound == 0 else f"<= {bound:.1%}"
        else:
            count = sum(1 for s in shares if lower < s <= bound)
            label = f"({lower:.1%}, {bound:.1%}]"
        rows.append((label, count))
        lower = bound
    return rows


def under(shares: list[float], limit: float = PAGE_SHARE) -> float:
    """The share of pages whose share is under ``limit`` (1.0 for no pages)."""
    return sum(1 for s in shares if s < limit) / len(shares) if shares else 1.0


@dataclass(slots=True)
class CaseResult:
    id: str
    pages: int
    shares: list[float]
    problem: str | None = None


def compare_case(case: Case, self_check: bool = False, diff_dir: Path | None = None,
                 pdf_dir: Path | None = None) -> CaseResult:
    oracle_pdf = case.oracle / "report.pdf" if case.oracle else None
    ours_pdf = (pdf_dir / case.ours.name if pdf_dir else case.ours) / "report.pdf"
    if self_check:
        ours_pdf = oracle_pdf
    if oracle_pdf is None or not oracle_pdf.is_file():
        return CaseResult(case.id, 0, [], "no oracle PDF")
    if not ours_pdf.is_file():
        return CaseResult(case.id, 0, [], "no PDF of ours")
    problems = opens(ours_pdf)
    try:
        ours, theirs = rasterize(ours_pdf), rasterize(oracle_pdf)
    except RuntimeError as exc:
        return CaseResult(case.id, 0, [], str(exc))
    shares = page_shares(ours, theirs)
    if diff_dir is not None:
        diff_dir.mkdir(parents=True, exist_ok=True)
        for index, share in enumerate(shares):
            if share >= PAGE_SHARE:
                image = diff_image(ours[index] if index < len(ours) else None,
                                   theirs[index] if index < len(theirs) else None)
                image.save(diff_dir / f"{case.ours.name}-p{index + 1}.png")
    return CaseResult(case.id, len(shares), shares, "; ".join(problems) or None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("run", help="conformance run folder (made with --extra-formats pdf)")
    parser.add_argument("oracle", help="oracle folder with report.pdf per case")
    parser.add_argument("--only", help="cases whose id contains this")
    parser.add_argument("--all", action="store_true", help="every compared case, not only the passing ones")
    parser.add_argument("--worst", type=int, default=15, help="how many worst pages to list")
    parser.add_argument("--self", dest="self_check", action="store_true",
                        help="compare the oracle's PDFs with themselves (checks the tool)")
    parser.add_argument("--json", help="write the per-case results to this file")
    parser.add_argument("--pdf-dir", help="take our report.pdf from this folder (default: RUN; see "
                        "pdf_render_cases.py)")
    parser.add_argument("--rendered", action="store_true", help="only the cases whose PDF of ours exists")
    parser.add_argument("--diff-dir", help="save ours | oracle's | differing pixels of each page at or over 1%% here")
    args = parser.parse_args(argv)
    cases = passing_cases(args.run, args.oracle, args.only, args.all)
    if args.rendered:
        pdf_dir = Path(args.pdf_dir) if args.pdf_dir else None
        cases = [c for c in cases if ((pdf_dir / c.ours.name) if pdf_dir else c.ours).joinpath("report.pdf").is_file()]
    results = []
    for number, case in enumerate(cases, 1):
        result = compare_case(case, args.self_check, Path(args.diff_dir) if args.diff_dir else None,
                              Path(args.pdf_dir) if args.pdf_dir else None)
        results.append(result)
        worst = max(result.shares, default=0.0)
        print(f"[{number}/{len(cases)}] {case.id}: {result.pages} pages, worst {worst:.2%}"
              + (f"  ({result.problem})" if result.problem else ""), flush=True)
    shares = [s for r in results for s in r.shares]
    print(f"\n{len(results)} cases, {len(shares)} pages compared; "
          f"{sum(1 for r in results if not r.shares)} cases not compared")
    print("per-page share of differing pixels:")
    for label, count in distribution(shares):
        print(f"  {label:>16}: {count:5d}  {count / max(1, len(shares)):6.1%}")
    print(f"pages under {PAGE_SHARE:.0%}: {under(shares):.1%} (target >= 90%)")
    ranked = sorted(((s, r.id, i + 1) for r in results for i, s in enumerate(r.shares)), reverse=True)
    print(f"worst {min(args.worst, len(ranked))} pages:")
    for share, case_id, page in ranked[: args.worst]:
        print(f"  {share:7.2%}  {case_id} page {page}")
    not_compared = [r for r in results if r.problem]
    if not_compared:
        print("problems:")
        for r in not_compared:
            print(f"  {r.id}: {r.problem}")
    if args.json:
        Path(args.json).write_text(json.dumps([asdict(r) for r in results], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
