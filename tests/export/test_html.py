"""HTML export: structure of the written page (positions, texts, links) read back with lxml."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

from jrxmlpy.design.base import Box, Color, Font, Pen
from jrxmlpy.design.enums import HorizontalTextAlign, Mode, Rotation, ScaleImage
from jrxmlpy.document import (
    Document,
    Page,
    PrintFrame,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintStyle,
    PrintText,
)
from jrxmlpy.errors import ExportError
from jrxmlpy.fonts.layout import measure

PNG = (Path(__file__).parent / "data" / "shots" / "logo.png").read_bytes()


def style_of(el) -> dict[str, str]:
    return dict(p.split(":", 1) for p in (el.get("style") or "").split(";") if ":" in p)


def px(value: str) -> float:
    return float(value.removesuffix("px"))


def doc(*pages: list) -> Document:
    return Document(name="t", page_width=200, page_height=100,
                    styles=[PrintStyle("Base", is_default=True, font_name="DejaVu Sans", font_size=10.0)],
                    pages=[Page(list(p)) for p in pages])


def html_of(document: Document, **options) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(document.export(format="html", **options))


def test_pages_are_boxes_of_the_page_size_and_ranges_select_them() -> None:
    d = doc([PrintText(x=0, y=0, width=100, height=20, text="one")],
            [PrintText(x=0, y=0, width=100, height=20, text="two")],
            [PrintText(x=0, y=0, width=100, height=20, text="three")])
    root = html_of(d, pages="2-3")
    pages = root.find_class("jrPage")
    assert len(pages) == 2
    assert px(style_of(pages[0])["width"]) == 200 and px(style_of(pages[0])["height"]) == 100
    assert [p.text_content().strip() for p in pages] == ["two", "three"]
    assert [a.get("name") for a in root.iter("a") if a.get("name", "").startswith("JR_PAGE")] == [
        "JR_PAGE_ANCHOR_0_2", "JR_PAGE_ANCHOR_0_3"]


def test_text_lines_break_where_the_measurer_breaks_them() -> None:
    text = "A text long enough to wrap over several lines in a narrow box"
    el = PrintText(x=10, y=5, width=80, height=90, text=text, horizontal_alignment=HorizontalTextAlign.RIGHT,
                   box=Box(padding=2))
    root = html_of(doc([el]))
    element = root.find_class("jrPage")[0][0]
    assert px(style_of(element)["left"]) == 10 and px(style_of(element)["top"]) == 5
    lines = element.find_class("l")
    layout = measure(text, "DejaVu Sans", 10, width=80, height=90, padding=2)
    assert [ln.text_content() for ln in lines] == [t.rstrip() for t in layout.line_texts]
    # each line sits at its measured baseline, right-aligned in the padded box
    for line, measured in zip(lines, layout.lines, strict=True):
        st = style_of(line)
        assert px(st["top"]) == pytest.approx(2 + measured.baseline - measured.ascent, abs=1e-3)
        assert st["text-align"] == "right"
        assert px(st["left"]) + px(st["width"]) == pytest.approx(78)


def test_colours_fonts_borders_and_background() -> None:
    el = PrintText(x=0, y=0, width=100, height=30, text="x", mode=Mode.OPAQUE,
                   forecolor=Color(255, 0, 0), backcolor=Color(0, 0, 255),
                   font=Font(font_name="DejaVu Serif", size=14.0, bold=True, underline=True),
                   box=Box(pen=Pen(line_width=2.0, line_color=Color(0, 255, 0))))
    root = html_of(doc([el]))
    page = root.find_class("jrPage")[0]
    text_div, border = page[0], page[1]
    st = style_of(text_div)
    assert st["background"] == "#0000FF" and st["color"] == "#FF0000"
    assert "DejaVu Serif" in st["font-family"] and st["font-size"] == "14px" and st["font-weight"] == "bold"
    assert "underline" in style_of(text_div.find_class("l")[0])["text-decoration"]
    b = style_of(border)
    assert b["border-top"] == "2px solid #00FF00"
    assert px(b["left"]) == -1 and px(b["width"]) == 102  # centred on the element's edges


def test_hyperlinks_anchors_and_local_pages() -> None:
    d = doc([PrintText(x=0, y=0, width=100, height=20, text="web",
                       hyperlink=PrintHyperlink("Reference", "Blank", reference="https://example.com/?a=1&b=2",
                                                tooltip="tip")),
             PrintText(x=0, y=20, width=100, height=20, text="to page 2",
                       hyperlink=PrintHyperlink("LocalPage", page=2)),
             PrintText(x=0, y=40, width=100, height=20, text="to anchor",
                       hyperlink=PrintHyperlink("LocalAnchor", anchor="here"))],
            [PrintText(x=0, y=0, width=100, height=20, text="target", anchor_name="here")])
    root = html_of(d)
    links = {a.text_content(): a for a in root.iter("a") if a.get("href")}
    assert links["web"].get("href") == "https://example.com/?a=1&b=2"
    assert links["web"].get("target") == "_blank" and links["web"].get("title") == "tip"
    assert links["to page 2"].get("href") == "#JR_PAGE_ANCHOR_0_2"
    assert links["to anchor"].get("href") == "#here"
    assert any(a.get("name") == "here" for a in root.iter("a"))


def test_frames_nest_their_children() -> None:
    child = PrintText(x=5, y=6, width=50, height=20, text="inner")
    frame = PrintFrame(x=20, y=30, width=100, height=50, mode=Mode.OPAQUE, backcolor=Color(1, 2, 3),
                       elements=[child])
    root = html_of(doc([frame]))
    fdiv = root.find_class("jrPage")[0][0]
    assert style_of(fdiv)["background"] == "#010203"
    inner = fdiv[0]
    assert (px(style_of(inner)["left"]), px(style_of(inner)["top"])) == (5, 6)
    assert inner.text_content() == "inner"


def test_shapes_and_rotation() -> None:
    d = doc([PrintLine(x=0, y=10, width=100, height=1, pen=Pen(line_width=2.0)),
             PrintRectangle(x=0, y=20, width=50, height=30, radius=5),
             PrintText(x=150, y=0, width=20, height=100, text="up", rotation=Rotation.LEFT)])
    root = html_of(d)
    line = root.find(".//svg/line")
    assert (line.get("y1"), line.get("y2"), line.get("stroke-width")) == ("0.5", "0.5", "2")
    rect = root.find_class("jrPage")[0][1]
    assert "border-radius" in style_of(rect) and style_of(rect)["background"] == "#FFFFFF"
    rotated = [e for e in root.iter("div") if "rotate(-90deg)" in (e.get("style") or "")]
    assert rotated and px(style_of(rotated[0])["width"]) == 100  # the text frame is turned


def test_images_embedded_or_written_beside(tmp_path: Path) -> None:
    d = doc([PrintImage(x=0, y=0, width=60, height=40, data=PNG, scale_image=ScaleImage.FILL_FRAME)])
    root = html_of(d)
    img = root.find(".//img")
    assert img.get("src").startswith("data:image/png;base64,")
    assert style_of(img)["object-fit"] == "fill"
    out = tmp_path / "r.html"
    d.export(out, images="files")
    src = lxml.html.fromstring(out.read_bytes()).find(".//img").get("src")
    assert src == "r_files/img_0.png" and (tmp_path / "r_files" / "img_0.png").read_bytes() == PNG


def test_styled_text_runs_and_embedded_fonts() -> None:
    el = PrintText(x=0, y=0, width=190, height=40, markup="styled",
                   text='plain <style isBold="true" forecolor="#FF0000">bold red</style>')
    raw = doc([el]).export(format="html", embed_fonts=True).decode()
    assert re.search(r"@font-face\{font-family:'DejaVu Sans'", raw)
    root = lxml.html.fromstring(raw)
    span = root.find(".//span")
    assert span.text == "bold red" and "font-weight:bold" in span.get("style") and "color:#FF0000" in span.get("style")
    assert root.find_class("l")[0].text_content() == "plain bold red"


def test_unknown_option_is_an_export_error() -> None:
    with pytest.raises(ExportError, match="unknown HTML export option"):
        doc([]).export(format="html", colour="red")


def test_command_line_and_render_export_html_and_docx(tmp_path: Path) -> None:
    import docx

    import jrxmlpy
    from jrxmlpy.cli import main

    template = Path(__file__).parent / "data" / "shots" / "texts.jrxml"
    out = tmp_path / "t.html"
    assert main(["render", str(template), "-o", str(out), "--data-type", "empty", "--html-embed-fonts",
                 "--html-images", "files"]) == 0
    raw = out.read_text()
    assert "@font-face" in raw and "Text alignment" in raw
    assert main(["render", str(template), "-o", str(tmp_path / "t.docx"), "--data-type", "empty",
                 "--docx-flat-frames"]) == 0
    table = docx.Document(str(tmp_path / "t.docx")).tables[0]
    assert any("Text alignment" in c.text for r in table.rows for c in r.cells)
    data = jrxmlpy.render(str(template), data=[{}], format="html", zoom=2)
    assert b"zoom:2" in data


def test_frame_children_start_inside_its_padding() -> None:
    frame = PrintFrame(x=20, y=30, width=100, height=50, box=Box(left_padding=7, top_padding=3),
                       elements=[PrintText(x=0, y=0, width=50, height=20, text="inner")])
    fdiv = html_of(doc([frame])).find_class("jrPage")[0][0]
    pad = fdiv[0]
    assert (px(style_of(pad)["left"]), px(style_of(pad)["top"])) == (7, 3)
    assert pad[0].text_content() == "inner"


def test_subreport_elements_resolve_with_their_own_styles() -> None:
    """A subreport's elements use its default style and its styles of names the master
    also has (JasperReports' print keeps only the master's of those); the master's elements
    without a style take the print's default style, which the subreport's default became
    (checked with JasperReports' PDF of these templates: all three texts in DejaVu Serif)."""
    from jrxmlpy.render import DataOptions, prepare

    folder = Path(__file__).parent / "data" / "substyle"
    document = prepare(folder / "master.jrxml", data=DataOptions(type="empty", count=1), resources=[folder],
                       strict=False).fill()
    texts = {el.text: el for page in document.pages for el, _, _ in page.walk() if isinstance(el, PrintText)}
    assert [s.name for s in document.styles].count("Same") == 1
    master, default, same = (document.resolved(texts[t]) for t in ("master", "sub default", "sub same"))
    assert (master.font_name, master.font_size) == ("DejaVu Serif", 8.0)
    assert (default.font_name, default.font_size) == ("DejaVu Serif", 8.0)
    assert (same.font_size, same.italic, same.bold) == (9.0, True, False)


def test_turned_images_are_laid_out_in_the_turned_box() -> None:
    root = html_of(doc([PrintImage(x=0, y=0, width=60, height=40, data=PNG, rotation=Rotation.LEFT)]))
    turned = root.find(".//img").getparent()
    st = style_of(turned)
    assert (px(st["width"]), px(st["height"])) == (40, 60) and "rotate(-90deg)" in st["transform"]


def test_pages_of_a_part_take_its_page_size() -> None:
    from jrxmlpy.document import PrintPart

    d = doc([], [])
    d.parts = [PrintPart(0, "a"), PrintPart(1, "b", page_width=400, page_height=300)]
    pages = html_of(d).find_class("jrPage")
    assert [(px(style_of(p)["width"]), px(style_of(p)["height"])) for p in pages] == [(200, 100), (400, 300)]
