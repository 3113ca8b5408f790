"""fill: image elements, checked against JasperReports 6.20.6 (the oracle).

Every expected box below was read from an oracle print of the same template (the probe
templates were filled by ``/work/shared/tools/jasper-oracle`` with the same tiny images,
generated with Pillow): page coordinates, margins left 20 / top 30, page 595x842.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy.design.enums import ScaleImage
from jrxmlpy.document import PrintImage, PrintText
from jrxmlpy.errors import FillError
from jrxmlpy.export.jrpxml import to_jrpxml
from jrxmlpy.fill.images import fit_real_size, image_size, svg_size

Image = pytest.importorskip("PIL.Image")

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="probe" pageWidth="595"
 pageHeight="842" columnWidth="555" leftMargin="20" rightMargin="20" topMargin="30" bottomMargin="30"
 uuid="deb309d8-6d84-4de7-85b5-31bc8f46df2e">
"""


def img(x: int, y: int, w: int, h: int, expr: str, scale: str = "RealHeight", extra: str = "", box: str = "",
        more: str = "") -> str:
    return (f'<image scaleImage="{scale}" {extra}><reportElement x="{x}" y="{y}" width="{w}" height="{h}"/>'
            f'{box}<imageExpression><![CDATA[{expr}]]></imageExpression>{more}</image>')


def st(x: int, y: int, w: int, h: int, text: str, more: str = "") -> str:
    return (f'<staticText><reportElement x="{x}" y="{y}" width="{w}" height="{h}" {more}/>'
            f"<text><![CDATA[{text}]]></text></staticText>")


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    def raster(name: str, w: int, h: int, fmt: str = "PNG", **kw: object) -> None:
        Image.new("RGB", (w, h), (255, 0, 0)).save(tmp_path / name, fmt, **kw)

    raster("s20x10.png", 20, 10)
    raster("s200x100.png", 200, 100)
    raster("r30x7.png", 30, 7)
    raster("d144.png", 40, 40, dpi=(144, 144))
    raster("d300.jpg", 40, 40, "JPEG", dpi=(300, 300))
    raster("b30x20.bmp", 30, 20, "BMP")
    raster("g30x20.gif", 30, 20, "GIF")
    raster("t33x21.tif", 33, 21, "TIFF", dpi=(300, 300))
    raster("t50x300.png", 50, 300)
    raster("t50x1000.png", 50, 1000)
    exif = Image.Exif()
    exif[0x0112] = 6  # rotated 90°: JasperReports swaps width and height
    Image.new("RGB", (40, 20)).save(tmp_path / "exif6.jpg", "JPEG", exif=exif.tobytes())
    svg = '<svg xmlns="http://www.w3.org/2000/svg" {}><rect width="10" height="10"/></svg>'
    (tmp_path / "svgpt.svg").write_text(svg.format('width="50pt" height="30pt"'))
    (tmp_path / "svgpx.svg").write_text(svg.format('width="100" height="60"'))
    (tmp_path / "svgcm.svg").write_text(svg.format('width="2cm" height="1in"'))
    (tmp_path / "svgvb.svg").write_text(svg.format('viewBox="0 0 80 40"'))
    return tmp_path


def fill(folder: Path, body: str, count: int = 1, props: str = "") -> jrxmlpy.Document:  # type: ignore[name-defined]
    report = jrxmlpy.compile(HEAD + props + body + "</jasperReport>", resources=[folder])
    return report.fill([{} for _ in range(count)])


def boxes(doc, kind=PrintImage) -> list[list[tuple[int, int, int, int]]]:  # noqa: ANN001
    out = []
    for page in doc.pages:
        out.append([(ox + e.x, oy + e.y, e.width, e.height) for e, ox, oy in page.walk() if isinstance(e, kind)])
    return out


def texts(doc) -> list[list[tuple[str, int, int]]]:  # noqa: ANN001
    return [[(e.text, ox + e.x, oy + e.y) for e, ox, oy in page.walk() if isinstance(e, PrintText)]
            for page in doc.pages]


def title(*elements: str, height: int = 200) -> str:
    return f'<title><band height="{height}">{"".join(elements)}</band></title>'


# --- real height / real size ---------------------------------------------------------------


def test_real_height_and_real_size(folder: Path) -> None:
    doc = fill(folder, title(
        img(0, 0, 100, 40, '"s20x10.png"'),
        img(110, 0, 100, 40, '"s20x10.png"', "RealSize"),
        img(220, 0, 100, 40, '"s200x100.png"'),
        img(330, 0, 100, 40, '"s200x100.png"', "RealSize"),
        img(440, 0, 100, 120, '"s200x100.png"', "RealSize"),
        st(0, 50, 100, 20, "below1", 'positionType="Float"'),
        st(220, 50, 100, 20, "below3", 'positionType="Float"'),
        st(440, 130, 100, 20, "below5", 'positionType="Float"'),
    ))
    # never shorter than designed; narrowed to the element's width keeping the shape;
    # RealSize takes the picture's width
    assert boxes(doc) == [[(20, 30, 100, 40), (130, 30, 20, 40), (240, 30, 100, 50), (350, 30, 100, 50),
                           (460, 30, 100, 120)]]
    assert texts(doc) == [[("below1", 20, 80), ("below3", 240, 90), ("below5", 460, 160)]]
    images = [e for e in doc.pages[0].elements if isinstance(e, PrintImage)]
    assert all(e.scale_image is ScaleImage.RETAIN_SHAPE for e in images)  # what the print says


def test_real_size_is_pixels_and_svg_points(folder: Path) -> None:
    names = ["d144.png", "d300.jpg", "b30x20.bmp", "g30x20.gif", "t33x21.tif", "exif6.jpg",
             "svgpt.svg", "svgpx.svg", "svgcm.svg", "svgvb.svg"]
    doc = fill(folder, title(*[img(i * 50, 0, 48 if i < 6 else 120, 5, f'"{n}"', "RealSize")
                               for i, n in enumerate(names[:6])],
                             *[img(i * 130, 100, 120, 5, f'"{n}"', "RealSize") for i, n in enumerate(names[6:])]))
    sizes = [(w, h) for _, _, w, h in boxes(doc)[0]]
    assert sizes == [(40, 40), (40, 40), (30, 20), (30, 20), (33, 21), (20, 40), (50, 30), (100, 60), (56, 72), (1, 5)]


def test_rounding_alignment_and_padding(folder: Path) -> None:
    doc = fill(folder, title(
        img(0, 0, 101, 40, '"s20x10.png"', "RealSize", extra='hAlign="Center"'),
        img(110, 0, 100, 40, '"s20x10.png"', "RealSize", extra='hAlign="Right"'),
        img(220, 0, 20, 1, '"r30x7.png"'),  # 7 * 20 / 30 = 4.67 → 4
        img(250, 0, 20, 1, '"r30x7.png"', "RealSize"),
        img(0, 100, 100, 40, '"s20x10.png"', box='<box padding="5"/>'),
        img(110, 100, 100, 40, '"s20x10.png"', "RealSize",
            box='<box topPadding="3" leftPadding="10" bottomPadding="7" rightPadding="4"/>'),
        img(220, 100, 100, 40, '"s200x100.png"', box='<box leftPadding="10" rightPadding="10" topPadding="2"/>'),
        img(440, 100, 100, 5, '"s20x10.png"', box='<box padding="5"/>'),
    ))
    assert boxes(doc) == [[(60, 30, 20, 40), (210, 30, 20, 40), (240, 30, 20, 4), (270, 30, 20, 4),
                           (20, 130, 100, 40), (130, 130, 20, 40), (240, 130, 100, 52), (460, 130, 100, 20)]]


def test_real_height_from_style(folder: Path) -> None:
    doc = fill(folder, title('<image><reportElement style="rh" x="0" y="0" width="100" height="40"/>'
                             '<imageExpression><![CDATA["s200x100.png"]]></imageExpression></image>'),
               props='<style name="rh" scaleImage="RealHeight"/>')
    (image,) = doc.pages[0].elements
    assert (image.height, image.scale_image) == (50, ScaleImage.RETAIN_SHAPE)


def test_picture_too_tall_moves_to_next_page(folder: Path) -> None:
    body = ('<detail><band height="30">' + img(0, 0, 50, 20, '"t50x300.png"') + st(60, 0, 100, 20, "rec")
            + "</band></detail>")
    doc = fill(folder, body, count=4)
    assert boxes(doc) == [[(20, 30, 50, 300), (20, 340, 50, 300)], [(20, 30, 50, 300), (20, 340, 50, 300)]]
    assert [[y for _, _, y in page] for page in texts(doc)] == [[30, 340, 650], [340]]


def test_floating_elements_follow_a_moved_picture(folder: Path) -> None:
    body = ('<detail><band height="60">' + st(0, 0, 100, 20, "top") + img(0, 30, 50, 20, '"t50x300.png"')
            + st(60, 30, 100, 20, "side") + st(0, 55, 100, 5, "fl", 'positionType="Float"') + "</band></detail>")
    doc = fill(folder, body, count=3)
    assert boxes(doc) == [[(20, 60, 50, 300), (20, 400, 50, 300)], [(20, 30, 50, 300)]]
    assert [(x, y) for _, x, y in texts(doc)[1]] == [(20, 335)]  # "fl" below the picture


def test_picture_shrinks_on_the_next_page_or_in_fixed_bands(folder: Path) -> None:
    doc = fill(folder, '<detail><band height="30">' + img(0, 0, 50, 20, '"t50x1000.png"', "RealSize")
               + "</band></detail>")
    assert boxes(doc)[:2] == [[], [(20, 30, 39, 782)]]  # 50 * 782 / 1000 = 39.1
    doc = fill(folder, '<detail><band height="20">' + st(0, 0, 100, 20, "d") + '</band></detail>'
               '<columnFooter><band height="30">' + img(0, 0, 50, 20, '"t50x300.png"') + '</band></columnFooter>'
               '<pageFooter><band height="30">' + img(0, 0, 50, 20, '"t50x300.png"', "RealSize")
               + "</band></pageFooter>", count=2)
    assert boxes(doc) == [[(20, 752, 50, 30), (20, 782, 5, 30)]]


def test_fit_real_size() -> None:
    assert fit_real_size(130, 104, 150, 0, 500, True) == (130, 104)
    assert fit_real_size(130, 104, 100, 0, 500, True) == pytest.approx((100, 80))
    assert fit_real_size(50, 300, 50, 0, 100, True) is None
    assert fit_real_size(50, 300, 50, 10, 100, False) == pytest.approx((15, 90))


def test_image_size_formats(folder: Path) -> None:
    assert image_size((folder / "exif6.jpg").read_bytes()) == (20, 40)
    assert image_size(b"not an image") is None
    assert svg_size(b'<svg xmlns="http://www.w3.org/2000/svg" width="10mm" height="50%"/>') == \
        pytest.approx((72 / 25.4 * 10, 1.0))


# --- lazy, errors, evaluation time, hyperlinks ----------------------------------------------------


def test_lazy_errors_and_delayed(folder: Path) -> None:
    doc = fill(folder, '<variable name="N" class="java.lang.String"><variableExpression>'
               '<![CDATA["s200x100.png"]]></variableExpression></variable>' + title(
                   img(0, 0, 100, 40, '"missing.png"', "FillFrame", extra='onErrorType="Blank"'),
                   img(110, 0, 100, 40, '"missing.png"', "FillFrame", extra='onErrorType="Icon"'),
                   img(220, 0, 100, 40, '"missing.png"', extra='onErrorType="Icon"'),
                   img(330, 0, 100, 40, '"s200x100.png"', extra='isLazy="true"'),
                   img(440, 0, 100, 40, '"missing.png"', extra='isLazy="true"'),
                   img(0, 60, 100, 40, "$V{N}", extra='evaluationTime="Report"'),
               ))
    images = doc.pages[0].elements
    assert [(e.height, e.data is not None, e.source) for e in images] == [
        (40, False, None), (40, False, None), (40, False, None),
        (40, False, "s200x100.png"), (40, False, "missing.png"),
        (40, True, None),  # delayed: evaluated at the end, the box stays as designed
    ]
    assert images[5].data == (folder / "s200x100.png").read_bytes()
    with pytest.raises(FillError):
        fill(folder, title(img(0, 0, 100, 40, '"missing.png"', "FillFrame")))


def test_hyperlinks(folder: Path) -> None:
    doc = fill(folder, title(
        '<image scaleImage="FillFrame" hyperlinkType="LocalPage" hyperlinkTarget="Top" bookmarkLevel="2">'
        '<reportElement x="0" y="0" width="100" height="40"/><imageExpression><![CDATA["s20x10.png"]]>'
        '</imageExpression><anchorNameExpression><![CDATA["anc"+1]]></anchorNameExpression>'
        '<hyperlinkReferenceExpression><![CDATA["ref"]]></hyperlinkReferenceExpression>'
        '<hyperlinkPageExpression><![CDATA[3]]></hyperlinkPageExpression>'
        '<hyperlinkTooltipExpression><![CDATA["tip"]]></hyperlinkTooltipExpression>'
        '<hyperlinkParameter name="p1"><hyperlinkParameterExpression><![CDATA[5]]></hyperlinkParameterExpression>'
        "</hyperlinkParameter></image>",
        '<image scaleImage="FillFrame" hyperlinkType="Reference"><reportElement x="110" y="0" width="100" '
        'height="40"/><imageExpression><![CDATA["s20x10.png"]]></imageExpression><hyperlinkReferenceExpression>'
        '<![CDATA["ref"]]></hyperlinkReferenceExpression><hyperlinkWhenExpression><![CDATA[false]]>'
        "</hyperlinkWhenExpression></image>",
    ))
    first, second = doc.pages[0].elements
    xml = to_jrpxml(doc).decode()
    assert ('hyperlinkType="LocalPage" hyperlinkReference="ref" hyperlinkPage="3" hyperlinkTarget="Top" '
            'hyperlinkTooltip="tip" anchorName="anc1" bookmarkLevel="2"') in xml
    assert '<hyperlinkParameter name="p1" class="java.lang.Integer">' in xml
    assert first.anchor_name == "anc1" and second.hyperlink is None


def test_image_ids_when_not_embedded(folder: Path) -> None:
    doc = fill(folder, '<detail><band height="50">'
               + img(0, 0, 100, 40, '"s20x10.png"', "FillFrame")
               + img(110, 0, 100, 40, '"s20x10.png"', "FillFrame", extra='isUsingCache="false"')
               + img(220, 0, 100, 40, '"s20x10.png"', "FillFrame", extra='isLazy="true"')
               + img(330, 0, 100, 40, '"s20x10.png"', "FillFrame", extra='evaluationTime="Report"')
               + "</band></detail>", count=2,
               props='<property name="net.sf.jasperreports.export.xml.images.no.embed" value="true"/>')
    xml = to_jrpxml(doc).decode()
    sources = [line.strip()[9:-3] for line in xml.splitlines() if line.strip().startswith("<![CDATA[")]
    assert sources == ["img_0", "img_1", "s20x10.png", "img_0", "img_0", "img_2", "s20x10.png", "img_0"]


def test_repeated_pictures_are_not_printed_again(folder: Path) -> None:
    doc = fill(folder, '<detail><band height="20">' + img(0, 0, 50, 15, '"s20x10.png"', "FillFrame",
                                                            extra="").replace("<reportElement ",
                                                                              '<reportElement isPrintRepeatedValues="false" ')
               + "</band></detail>", count=3)
    assert boxes(doc) == [[(20, 30, 50, 15)]]
