"""PNG export (our PDF rendered by PDFium) and the paper options seen through it: sizes,
orientations, none/autofit/fit with alignment, page ranges, reproducible bytes."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from jrxmlpy.design.base import Color, Pen
from jrxmlpy.design.enums import Mode
from jrxmlpy.document import Document, Page, PrintRectangle, PrintText
from jrxmlpy.errors import ExportError, OutputOptionError
from jrxmlpy.export.paper import PaperOptions

BLACK = Color(0, 0, 0)


def _document(width: int = 595, height: int = 842, pages: int = 1, fill: bool = False) -> Document:
    """Pages of ``width`` x ``height``; with ``fill`` each page is one black rectangle."""
    out = []
    for number in range(1, pages + 1):
        elements = [PrintText(x=10, y=10, width=100, height=20, text=f"Page {number}")]
        if fill:
            elements = [PrintRectangle(x=0, y=0, width=width, height=height, mode=Mode.OPAQUE,
                                       backcolor=BLACK, forecolor=BLACK, pen=Pen(line_width=0.0))]
        out.append(Page(elements))
    return Document(name="t", page_width=width, page_height=height, pages=out)


def _image(data: bytes) -> Image.Image:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return Image.open(io.BytesIO(data)).convert("RGB")


@pytest.mark.parametrize("dpi, size", [(96, (794, 1123)), (200, (1653, 2339)), (72, (595, 842))])
def test_a4_page_at_dpi(dpi, size):
    image = _image(_document().export(format="png", dpi=dpi))
    assert image.size == size
    shown = Image.open(io.BytesIO(_document().export(format="png", dpi=dpi))).info["dpi"]
    assert shown == pytest.approx((dpi, dpi), abs=0.1)  # PNG stores pixels per metre


def test_whole_pixels_are_not_rounded_up():
    # 612 x 792 points at 96 DPI is exactly 816 x 1056
    assert _image(_document(612, 792).export(format="png", dpi=96)).size == (816, 1056)


def test_zoom_multiplies_the_dpi():
    assert _image(_document(100, 50).export(format="png", dpi=72, zoom=2)).size == (200, 100)
    assert _image(_document(100, 50).export(format="png", dpi=144, zoom=0.5)).size == (100, 50)


def test_page_ranges_zip_keeps_page_numbers():
    document = _document(200, 100, pages=4)
    data = document.export(format="png", pages="2-3", dpi=96)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        assert names == ["page-0002.png", "page-0003.png"]
        assert _image(archive.read(names[0])).size == (267, 134)
    # one page is a plain PNG
    assert _image(document.export(format="png", pages="4")).size == (200, 100)
    assert _image(document.export(format="png", pages=[0])).size == (200, 100)


def test_tall_layout_stacks_the_pages():
    document = _document(200, 100, pages=3)
    image = _image(document.export(format="png", layout="tall"))
    assert image.size == (200, 300)


def test_reproducible_bytes():
    document = _document(200, 100, pages=3)
    assert document.export(format="png") == document.export(format="png")
    assert document.export(format="png", layout="tall") == document.export(format="png", layout="tall")


@pytest.mark.parametrize("options, option", [
    (dict(dpi=0), "dpi"), (dict(dpi="x"), "dpi"), (dict(dpi=10000), "dpi"), (dict(zoom=-1), "zoom"),
    (dict(layout="grid"), "layout"),
])
def test_bad_options(options, option):
    with pytest.raises(OutputOptionError) as info:
        _document().export(format="png", **options)
    assert info.value.option == option


def test_too_many_pixels_is_an_error_not_a_crash():
    with pytest.raises(OutputOptionError, match="pixels"):
        _document(14400, 14400).export(format="png", dpi=2400)


def test_no_pages():
    with pytest.raises(ExportError):
        Document(pages=[]).export(format="png")


# --- paper options through the PDF, seen in the pixels ----------------------------------------------


def _black(image: Image.Image, x: int, y: int) -> bool:
    return sum(image.getpixel((x, y))) < 100


def _bbox(image: Image.Image) -> tuple[int, int, int, int]:
    """The box of the black pixels (left, top, right, bottom)."""
    gray = image.convert("L").point(lambda v: 255 if v < 128 else 0)
    box = gray.getbbox()
    assert box is not None
    return box


def _png(document: Document, **paper: object) -> Image.Image:
    return _image(document.export(format="png", paper=PaperOptions(**paper)))  # type: ignore[arg-type]


@pytest.mark.parametrize("size, expected", [("A4", (595, 842)), ("A3", (842, 1191)), ("Letter", (612, 792)),
                                            ("Legal", (612, 1008)), ("A6", (298, 420))])
def test_paper_sizes(size, expected):
    assert _png(_document(200, 100), size=size).size == expected


@pytest.mark.parametrize("orientation, expected", [("P", (595, 842)), ("L", (842, 595)), ("A", (842, 595))])
def test_orientations(orientation, expected):
    assert _png(_document(300, 100), size="A4", orientation=orientation).size == expected


@pytest.mark.parametrize("align", ["left top", "center middle", "right bottom"])
def test_none_aligns_the_page_unscaled(align):
    # the report's own paper: the page fills it whatever the alignment
    assert _bbox(_png(_document(100, 50, fill=True), align=align)) == (0, 0, 100, 50)
    image = _png(_document(100, 50, fill=True), size="A6", align=align)
    assert image.size == (298, 420)
    left, top, right, bottom = _bbox(image)
    expected = {"left top": (0, 0), "center middle": ((298 - 100) // 2, (420 - 50) // 2),
                "right bottom": (298 - 100, 420 - 50)}[align]
    assert abs(left - expected[0]) <= 1 and abs(top - expected[1]) <= 1
    assert abs((right - left) - 100) <= 1 and abs((bottom - top) - 50) <= 1


def test_none_crops_a_larger_page():
    # a 400 x 600 page on A6 (298 x 420), left top: only its top-left part shows, all black
    image = _png(_document(400, 600, fill=True), size="A6", align="left top")
    assert _bbox(image) == (0, 0, 298, 420)


@pytest.mark.parametrize("align, expected_left", [("left", 0), ("center", 123.5), ("right", 247)])
def test_autofit_scales_into_the_paper_and_aligns(align, expected_left):
    # a 100 x 100 page on A4 landscape (842 x 595): scaled to 595 x 595
    image = _png(_document(100, 100, fill=True), size="A4", orientation="L", resize="autofit", align=align)
    left, top, right, bottom = _bbox(image)
    assert image.size == (842, 595)
    assert abs(left - expected_left) <= 1
    assert (top, bottom) == (0, 595)
    assert abs((right - left) - 595) <= 1


def test_fit_into_an_area_with_margins():
    # 27.7cm x 19cm on A4 landscape: 1 cm (28.35 pt) margins; an A4-landscape-shaped page
    image = _png(_document(842, 595, fill=True), size="A4", orientation="L", fit_area="27.7cmx19cm",
                 align="left top")
    left, top, right, bottom = _bbox(image)
    assert abs(left - 28.35) <= 1.5 and abs(top - 28.35) <= 1.5
    assert right <= 842 - 27 and bottom <= 595 - 27
    # aspect kept
    assert abs((right - left) / (bottom - top) - 842 / 595) < 0.01


def test_render_passes_export_options(tmp_path):
    import jrxmlpy

    template = tmp_path / "t.jrxml"
    template.write_text(
        '<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="t" pageWidth="200" '
        'pageHeight="100" columnWidth="200" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0" '
        'whenNoDataType="AllSectionsNoDetail"><title><band height="20"/></title></jasperReport>',
        encoding="utf-8")
    data = jrxmlpy.render(template, format="png", dpi=144, paper=PaperOptions(size="A6"))
    assert _image(data).size == (596, 840)
