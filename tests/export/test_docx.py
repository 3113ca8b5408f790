"""DOCX export: the document read back with python-docx (tables, texts, sections)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.shared import Twips

from jrxmlpy.design.base import Box, Color, Font, Pen
from jrxmlpy.design.enums import HorizontalTextAlign, Mode, ScaleImage
from jrxmlpy.document import (
    Document,
    Page,
    PrintFrame,
    PrintHyperlink,
    PrintImage,
    PrintRectangle,
    PrintStyle,
    PrintText,
)

PNG = (Path(__file__).parent / "data" / "shots" / "logo.png").read_bytes()
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def doc(*pages: list) -> Document:
    return Document(name="t", page_width=300, page_height=200, left_margin=20, right_margin=20, top_margin=10,
                    bottom_margin=30,
                    styles=[PrintStyle("Base", is_default=True, font_name="DejaVu Sans", font_size=10.0)],
                    pages=[Page(list(p)) for p in pages])


def read(document: Document, **options) -> docx.document.Document:
    return docx.Document(io.BytesIO(document.export(format="docx", **options)))


def texts(table) -> list[str]:
    out = []
    seen: list = []  # python-docx gives a vertically merged cell again in each of its rows
    for row in table.rows:
        for cell in row.cells:
            if cell.text and not any(cell._tc is tc for tc in seen):
                seen.append(cell._tc)
                out.append(cell.text)
    return out


def test_section_has_the_page_size_and_margins() -> None:
    d = read(doc([PrintText(x=20, y=10, width=100, height=20, text="a")]))
    section = d.sections[0]
    assert section.page_width == Twips(6000) and section.page_height == Twips(4000)
    assert section.left_margin == Twips(400) and section.top_margin == Twips(200)
    assert section.bottom_margin == Twips(600 - 360)  # room for Word's closing paragraph, as JasperReports


def test_a_table_per_page_with_page_breaks_and_anchors() -> None:
    d = read(doc([PrintText(x=20, y=10, width=100, height=20, text="one")],
                 [PrintText(x=20, y=10, width=100, height=20, text="two")]))
    assert [texts(t) for t in d.tables] == [["one"], ["two"]]
    body = d.element.body
    breaks = body.findall(f".//{W}pageBreakBefore")
    assert len(breaks) == 1
    names = [b.get(f"{W}name") for b in body.iter(f"{W}bookmarkStart")]
    assert names == ["JR_PAGE_ANCHOR_0_1", "JR_PAGE_ANCHOR_0_2"]


def test_grid_cells_span_the_element_and_cuts_give_the_sizes() -> None:
    page = [PrintText(x=20, y=10, width=100, height=20, text="wide"),
            PrintText(x=20, y=30, width=50, height=20, text="left"),
            PrintText(x=70, y=30, width=50, height=40, text="tall")]
    d = read(doc(page))
    table = d.tables[0]
    widths = [int(c.get(f"{W}w")) for c in table._tbl.tblGrid.findall(f"{W}gridCol")]
    assert widths[:2] == [1000, 1000]  # 50 pt each, in twips
    assert texts(table) == ["wide", "left", "tall"]
    rows = table._tbl.findall(f"{W}tr")
    heights = [int(r.find(f"{W}trPr/{W}trHeight").get(f"{W}val")) for r in rows]
    assert heights[:4] == [0, 400, 400, 400]  # anchor row, then 20 pt rows
    assert table._tbl.findall(f".//{W}vMerge")  # "tall" spans two rows


def test_text_formatting_paragraph_and_cell() -> None:
    el = PrintText(x=20, y=10, width=100, height=30, text="Hi\nthere\tyou", mode=Mode.OPAQUE,
                   forecolor=Color(255, 0, 0), backcolor=Color(0, 0, 255),
                   horizontal_alignment=HorizontalTextAlign.CENTER,
                   font=Font(font_name="DejaVu Serif", size=14.0, bold=True, italic=True),
                   box=Box(left_padding=3, pen=Pen(line_width=1.0, line_color=Color(0, 255, 0))))
    d = read(doc([el]))
    cell = d.tables[0].rows[1].cells[0]
    assert cell.text == "Hi\nthere\tyou"
    run = cell.paragraphs[0].runs[0]
    assert run.bold and run.italic and run.font.size.pt == 14 and run.font.name == "DejaVu Serif"
    assert str(run.font.color.rgb) == "FF0000"
    assert cell.paragraphs[0].alignment == 1  # centre
    tcpr = cell._tc.tcPr
    assert tcpr.find(f"{W}shd").get(f"{W}fill") == "0000FF"
    assert tcpr.find(f"{W}tcBorders/{W}top").get(f"{W}sz") == "8"
    assert tcpr.find(f"{W}tcMar/{W}left").get(f"{W}w") == "60"


def test_frames_are_nested_tables_or_flattened() -> None:
    frame = PrintFrame(x=20, y=10, width=200, height=60, elements=[
        PrintText(x=0, y=0, width=100, height=20, text="a"), PrintText(x=100, y=20, width=100, height=20, text="b")])
    nested = read(doc([frame]))
    cell = nested.tables[0].rows[1].cells[0]
    assert len(cell.tables) == 1 and texts(cell.tables[0]) == ["a", "b"]
    flat = read(doc([frame]), frames_as_nested_tables=False)
    assert not flat.tables[0].rows[1].cells[0].tables
    assert texts(flat.tables[0]) == ["a", "b"]


def test_images_links_and_shapes() -> None:
    d = read(doc([
        PrintImage(x=20, y=10, width=60, height=40, data=PNG, scale_image=ScaleImage.FILL_FRAME),
        PrintText(x=100, y=10, width=100, height=20, text="site",
                  hyperlink=PrintHyperlink("Reference", reference="https://example.com")),
        PrintRectangle(x=20, y=60, width=50, height=20, backcolor=Color(9, 9, 9)),
    ]))
    assert len(d.inline_shapes) == 1
    assert d.inline_shapes[0].width == 60 * 12700 and d.inline_shapes[0].height == 40 * 12700
    links = d.element.body.findall(f".//{W}hyperlink")
    rid = links[0].get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert d.part.rels[rid].target_ref == "https://example.com"
    fills = [s.get(f"{W}fill") for s in d.element.body.iter(f"{W}shd")]
    assert "090909" in fills


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_converts_it(tmp_path: Path) -> None:
    from .screenshots import fill

    path = tmp_path / "list.docx"
    fill("list").export(path)
    subprocess.run(["libreoffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "list.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 3


def test_a_part_of_another_page_format_is_a_section_of_its_own() -> None:
    from jrxmlpy.document import PrintPart

    d = doc([PrintText(x=20, y=10, width=100, height=20, text="one")],
            [PrintText(x=20, y=10, width=100, height=20, text="two")])
    d.parts = [PrintPart(0, "a"), PrintPart(1, "b", page_width=500, page_height=300)]
    out = read(d)
    assert [(s.page_width, s.page_height) for s in out.sections] == [(Twips(6000), Twips(4000)),
                                                                       (Twips(10000), Twips(6000))]
    assert out.sections[1].orientation == 1  # landscape
    assert [texts(t) for t in out.tables] == [["one"], ["two"]]
