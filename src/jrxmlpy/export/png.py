"""PNG export: our own PDF rendered by PDFium (pypdfium2).

Rather than a second drawing engine, the pages are written as PDF by
:mod:`jrxmlpy.export.pdf` (paper options included) and rasterised by PDFium, Chrome's PDF
renderer, so a PNG shows exactly what the PDF shows.

Options (``document.export(target, format="png", ...)``, ``jrxmlpy render -f png``):

``dpi`` (default 72) and ``zoom`` (default 1.0)
    a page of W x H points becomes ``ceil(W * dpi / 72 * zoom)`` x
    ``ceil(H * dpi / 72 * zoom)`` pixels (at 72 DPI and zoom 1 one pixel per point); the
    PNG records ``dpi`` as its resolution.
``layout``
    what several pages become: ``"zip"`` (default) a ZIP of one PNG per page, named
    ``page-0001.png`` ... by the page's number in the report (so a page range keeps its
    numbers), or ``"tall"`` one image with the pages one under the other (as wide as the
    widest page, white around narrower ones).  One page is always a plain PNG.
``paper``
    :class:`~jrxmlpy.export.paper.PaperOptions`, as for PDF.

Other options go to the PDF exporter.  Output is reproducible: the same document and
options give the same bytes (the ZIP entries carry a fixed date).
"""

from __future__ import annotations

import io
import math
import zipfile
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import ExportError, OutputOptionError
from . import get_exporter, register_exporter

if TYPE_CHECKING:
    from PIL import Image

    from ..document import Document

__all__ = ["export_png", "render_pages", "LAYOUTS", "MAX_PIXELS"]

LAYOUTS = ("zip", "tall")
#: The most pixels one image may have (a guard against a DPI typed with a zero too many).
MAX_PIXELS = 400_000_000
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _positive(value: object, option: str, upper: float) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise OutputOptionError(f"{option}: {value!r} is not a number", option, value) from None
    if isinstance(value, bool) or not (0 < number <= upper) or math.isnan(number):
        raise OutputOptionError(f"{option}: {value!r} is not a number above 0 and at most {upper:g}", option, value)
    return number


def check_options(dpi: object = 72, zoom: object = 1.0, layout: object = "zip") -> tuple[float, float, str]:
    """The checked ``(dpi, zoom, layout)`` (OutputOptionError naming a bad one)."""
    dpi_value = _positive(dpi, "dpi", 2400)
    zoom_value = _positive(zoom, "zoom", 100)
    if not isinstance(layout, str) or layout.strip().lower() not in LAYOUTS:
        raise OutputOptionError(f"layout: {layout!r} is not one of {', '.join(LAYOUTS)}", "layout", layout)
    return dpi_value, zoom_value, layout.strip().lower()


def render_pages(document: Document, page_indexes: list[int], *, dpi: float = 72, zoom: float = 1.0,
                 **pdf_options: Any) -> list[Image.Image]:
    """The pages ``page_indexes`` of ``document`` as RGB images."""
    import pypdfium2 as pdfium

    scale = dpi / 72 * zoom
    buffer = io.BytesIO()
    get_exporter("pdf")(document, buffer, page_indexes, **pdf_options)
    pdf = pdfium.PdfDocument(buffer.getvalue())
    images = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            pixels = math.ceil(width * scale) * math.ceil(height * scale)
            if pixels > MAX_PIXELS:
                raise OutputOptionError(
                    f"dpi: a page of {width:g} x {height:g} points at {dpi:g} DPI and zoom {zoom:g} would be "
                    f"{pixels:,} pixels (at most {MAX_PIXELS:,})", "dpi", dpi)
            # a hair under the scale, so that a whole number of pixels (612 pt at 96 DPI:
            # 816) is not rounded up by the float error of the product
            bitmap = page.render(scale=scale * (1 - 1e-12), fill_color=(255, 255, 255, 255))
            images.append(bitmap.to_pil().convert("RGB"))
            page.close()
    finally:
        pdf.close()
    return images


def _png(image: Image.Image, dpi: float) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", dpi=(dpi, dpi))
    return out.getvalue()


def _stack(images: list[Image.Image]) -> Image.Image:
    from PIL import Image

    width = max(image.width for image in images)
    height = sum(image.height for image in images)
    if width * height > MAX_PIXELS:
        raise OutputOptionError(
            f"layout: a tall image of {len(images)} pages would be {width * height:,} pixels (at most "
            f"{MAX_PIXELS:,}); use layout zip, fewer pages or a lower dpi", "layout", "tall")
    tall = Image.new("RGB", (width, height), (255, 255, 255))
    top = 0
    for image in images:
        tall.paste(image, ((width - image.width) // 2, top))
        top += image.height
    return tall


def export_png(document: Document, out: BinaryIO, page_indexes: list[int], *, dpi: object = 72,
               zoom: object = 1.0, layout: object = "zip", **pdf_options: Any) -> None:
    """Write the pages ``page_indexes`` of ``document`` as PNG (see the module docstring)."""
    dpi_value, zoom_value, layout_name = check_options(dpi, zoom, layout)
    if not page_indexes:
        raise ExportError("no pages to write: a PNG needs at least one page")
    images = render_pages(document, page_indexes, dpi=dpi_value, zoom=zoom_value, **pdf_options)
    if len(images) == 1:
        out.write(_png(images[0], dpi_value))
    elif layout_name == "tall":
        out.write(_png(_stack(images), dpi_value))
    else:
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
            for index, image in zip(page_indexes, images, strict=True):
                info = zipfile.ZipInfo(f"page-{index + 1:04d}.png", date_time=_ZIP_DATE)
                info.external_attr = 0o644 << 16
                archive.writestr(info, _png(image, dpi_value))


register_exporter("png", export_png)
