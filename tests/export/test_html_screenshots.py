"""HTML export seen in a browser: five small reports filled by jrxmlpy, exported to HTML,
screenshot in headless Chromium, and compared with JasperReports' PDF of the same pages
(reference images rendered at 72 dpi by ``data/shots/regenerate.py``).

Skipped when Chromium is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from .screenshots import NAMES, chromium, fill, page_similarities, references, screenshot, similarity

#: The least similarity (see ``screenshots.similarity``) a page must reach.  Differences
#: left: anti-aliasing and hinting of two rasterisers, dotted/dashed patterns.
THRESHOLD = 0.9

needs_chromium = pytest.mark.skipif(chromium() is None, reason="Chromium is not installed (apt-get install chromium)")


@needs_chromium
@pytest.mark.parametrize("name", NAMES)
def test_pages_look_like_jasperreports_pdf(name: str, tmp_path: Path) -> None:
    scores = page_similarities(name, tmp_path)
    assert min(scores) >= THRESHOLD, f"{name}: page similarities {[round(s, 3) for s in scores]}"


@needs_chromium
def test_similarity_tells_pages_apart(tmp_path: Path) -> None:
    """The measure is not fooled by mostly white pages: another report's page, or the right
    page moved by 4 points, scores well below the threshold."""
    document = fill("texts")
    shot = tmp_path / "texts.png"
    screenshot(document.export(format="html", embed_fonts=True), document.page_width, document.page_height, shot)
    assert similarity(references("texts")[0], shot) >= THRESHOLD
    assert similarity(references("texts")[0], references("rotated")[0]) < 0.5
    moved = tmp_path / "moved.png"
    from PIL import Image

    img = Image.open(shot)
    canvas = Image.new(img.mode, img.size, "white")
    canvas.paste(img, (4, 4))
    canvas.save(moved)
    assert similarity(references("texts")[0], moved) < THRESHOLD - 0.2
