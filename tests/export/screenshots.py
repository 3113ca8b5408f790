"""Screenshots of exported HTML pages in headless Chromium, and how alike two page images are.

Used by ``test_html_screenshots.py`` and by ``data/shots/regenerate.py`` (which renders the
reference images from JasperReports' PDF of the same templates)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

SHOTS = Path(__file__).parent / "data" / "shots"
NAMES = ("texts", "shapes", "images", "rotated", "list")


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(html: bytes, width: int, height: int, out: Path) -> None:
    """A ``width`` x ``height`` px screenshot of the HTML's top-left corner (its first page)."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("no chromium")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_bytes(html)
        subprocess.run(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--force-device-scale-factor=1", f"--user-data-dir={tmp}/profile",
             f"--window-size={width},{height}", f"--screenshot={out}", page.as_uri()],
            check=True, capture_output=True, timeout=120,
        )


def _ink(path: Path, size: tuple[int, int]) -> np.ndarray:
    img = Image.open(path).convert("L")
    if img.size != size:
        canvas = Image.new("L", size, 255)
        canvas.paste(img.crop((0, 0, min(size[0], img.width), min(size[1], img.height))), (0, 0))
        img = canvas
    img = img.filter(ImageFilter.GaussianBlur(1.5))
    return 255.0 - np.asarray(img, dtype=np.float64)


def similarity(a: Path, b: Path) -> float:
    """How alike two page images are: 1 - (ink that differs) / (ink in both), after a slight
    blur that forgives anti-aliasing and sub-pixel placement (1: identical, 0: nothing in
    common).  The images are compared on the first one's size."""
    size = Image.open(a).size
    ia, ib = _ink(a, size), _ink(b, size)
    total = ia.sum() + ib.sum()
    if total == 0:
        return 1.0
    return 1.0 - float(np.abs(ia - ib).sum()) / float(total)



def fill(name: str):  # noqa: ANN201 - a Document
    """The template ``name`` here filled by jrxmlpy as its ``case.json`` says."""
    import json

    from jrxmlpy.render import DataOptions, prepare

    case = json.loads((SHOTS / f"{name}.case.json").read_text())
    data = case["data"]
    options = DataOptions(type=data["type"], file=str(SHOTS / data["file"]) if "file" in data else None,
                          select=data.get("select"), count=data.get("count", 1))
    return prepare(SHOTS / case["jrxml"], data=options, resources=[SHOTS], params_base=SHOTS, strict=False).fill()


def references(name: str) -> list[Path]:
    """The reference images of ``name``'s pages, in page order."""
    return sorted(SHOTS.glob(f"{name}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))


def page_similarities(name: str, folder: Path) -> list[float]:
    """The similarity of each page of ``name`` exported to HTML with its reference image."""
    document = fill(name)
    refs = references(name)
    if len(refs) != len(document.pages):
        raise AssertionError(f"{name}: {len(document.pages)} pages, {len(refs)} reference images")
    scores = []
    for index, ref in enumerate(refs):
        html = document.export(format="html", pages=[index], embed_fonts=True)
        shot = folder / f"{name}-{index + 1}.png"
        screenshot(html, document.page_width, document.page_height, shot)
        scores.append(similarity(ref, shot))
    return scores


if __name__ == "__main__":  # python -m tests.export.screenshots: every page's similarity
    for _name in NAMES:
        print(_name, [round(s, 3) for s in page_similarities(_name, Path(tempfile.mkdtemp()))])
