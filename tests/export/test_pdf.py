"""PDF export: text where the print puts it, fonts embedded, graphics, images, outline,
links, metadata, encryption, page ranges and reproducible bytes (checked with pypdf and
pdfplumber; no Java)."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest

pypdf = pytest.importorskip("pypdf")
pdfplumber = pytest.importorskip("pdfplumber")

import jrxmlpy  # noqa: E402
from jrxmlpy.design.base import Box, Color, Font, Pen  # noqa: E402
from jrxmlpy.design.enums import (  # noqa: E402
    HorizontalTextAlign,
    LineStyle,
    Mode,
    Rotation,
    ScaleImage,
    VerticalTextAlign,
)
from jrxmlpy.document import (  # noqa: E402
    Document,
    Page,
    PrintEllipse,
    PrintFrame,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintStyle,
    PrintText,
)
from jrxmlpy.export.pdf import PdfWriter  # noqa: E402
from jrxmlpy.fonts import measure  # noqa: E402

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="t" pageWidth="300"
  pageHeight="200" columnWidth="260" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
  <style name="base" isDefault="true" fontName="DejaVu Sans" fontSize="10"/>
  <field name="name" class="java.lang.String"/>
  <detail><band height="40">
    <textField><reportElement x="0" y="0" width="120" height="20"/>
      <textFieldExpression><![CDATA[$F{name}]]></textFieldExpression></textField>
    <staticText><reportElement x="130" y="0" width="120" height="20"/>
      <textElement textAlignment="Right" verticalAlignment="Middle"><font isBold="true"/></textElement>
      <text><![CDATA[Total]]></text></staticText>
    <line><reportElement x="0" y="30" width="250" height="1"/></line>
  </band></detail>
</jasperReport>
"""


def _filled(rows: int = 3) -> Document:
    report = jrxmlpy.compile(TEMPLATE)
    return report.fill([{"name": f"Row {i}"} for i in range(rows)])


def _pdf(document: Document, **options: object) -> bytes:
    out = document.export(format="pdf", **options)
    assert out is not None and out.startswith(b"%PDF")
    return out


def _words(data: bytes, page: int = 0) -> list[dict]:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return pdf.pages[page].extract_words()


def _text_doc(*elements, styles=None, width=300, height=200) -> Document:
    return Document(page_width=width, page_height=height, pages=[Page(list(elements))],
                    styles=styles or [PrintStyle("d", is_default=True, font_name="DejaVu Sans", font_size=10.0)])


def _print_text(text: str, x=10, y=10, width=150, height=20, **kw) -> PrintText:
    size = kw.pop("size", 10.0)
    layout = measure(text, "DejaVu Sans", size, width=width, height=height)
    return PrintText(x=x, y=y, width=width, height=height, text=text, text_height=layout.text_height,
                     line_spacing_factor=layout.line_spacing_factor, leading_offset=layout.leading_offset,
                     font=Font(size=size) if size != 10.0 else None, **kw)


# --- text ---------------------------------------------------------------------------------


def test_text_is_extracted_where_the_print_puts_it():
    doc = _filled()
    data = _pdf(doc)
    words = _words(data)
    texts = [w["text"] for w in words]
    assert texts.count("Row") == 3 and "0" in texts and texts.count("Total") == 3
    # every text element's words lie within its box (1pt)
    for el, ox, oy in doc.pages[0].walk():
        if isinstance(el, PrintText) and el.text:
            first = el.text.split()[0]
            hits = [w for w in words if w["text"] == first and abs(w["top"] - (oy + el.y)) < el.height]
            assert hits, el.text
            w = min(hits, key=lambda w: abs(w["top"] - (oy + el.y)))
            assert ox + el.x - 1 <= w["x0"] and w["x1"] <= ox + el.x + el.width + 1
            assert oy + el.y - 1 <= w["top"] and w["bottom"] <= oy + el.y + el.height + 1


def test_baseline_and_alignment_follow_jasperreports():
    # left aligned at the left padding; the first baseline at leading + ascent below the top
    el = _print_text("Hello", x=20, y=30, width=100, height=20)
    right = _print_text("Right", x=20, y=60, width=100, height=20,
                        horizontal_alignment=HorizontalTextAlign.RIGHT,
                        box=Box(right_padding=5))
    words = {w["text"]: w for w in _words(_pdf(_text_doc(el, right)))}
    assert abs(words["Hello"]["x0"] - 20) < 0.6
    # DejaVu Sans 10pt: ascent 9.28, the glyph tops of capitals at ~7.3 above the baseline
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(el)))) as pdf:
        char = pdf.pages[0].chars[0]
    baseline = 200 - char["matrix"][5]  # the text matrix: the baseline, from the bottom
    assert abs(baseline - (30 + 9.2822)) < 0.01, baseline
    assert abs(words["Right"]["x1"] - (120 - 5)) < 0.6


def test_vertical_alignment_and_wrapped_lines():
    text = "one two three four five six seven"
    el = _print_text(text, width=60, height=80, vertical_alignment=VerticalTextAlign.BOTTOM)
    words = _words(_pdf(_text_doc(el)))
    assert " ".join(w["text"] for w in words) == text
    assert max(w["bottom"] for w in words) <= 10 + 80 + 0.5
    assert max(w["bottom"] for w in words) > 10 + 80 - 5  # pushed to the bottom
    assert len({round(w["top"]) for w in words}) >= 3


def test_rotated_text_turns_the_glyphs():
    el = _print_text("Up", width=20, height=80, rotation=Rotation.LEFT)
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(el)))) as pdf:
        chars = pdf.pages[0].chars
    assert "".join(c["text"] for c in chars) == "Up"
    assert not chars[0]["upright"]
    assert 10 <= chars[0]["x0"] <= 30 and chars[0]["bottom"] <= 90


def test_styled_text_runs_bold_and_colour():
    text = 'plain <style isBold="true" forecolor="#FF0000">bold red</style> tail'
    el = _print_text("plain bold red tail", width=250, markup="styled")
    el.text = text
    data = _pdf(_text_doc(el))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = pdf.pages[0].chars
    assert "".join(c["text"] for c in chars).replace(" ", "") == "plainboldredtail"
    bold = [c for c in chars if "Bold" in c["fontname"]]
    assert "".join(c["text"] for c in bold).strip() == "bold red"
    assert all(tuple(round(v, 2) for v in c["non_stroking_color"]) == (1, 0, 0) for c in bold)


def test_underline_and_opaque_background():
    el = _print_text("Under", mode=Mode.OPAQUE, backcolor=Color(255, 255, 0))
    el.font = Font(underline=True)
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(el)))) as pdf:
        rects = pdf.pages[0].rects
    assert any(abs(r["width"] - 150) < 0.1 and abs(r["height"] - 20) < 0.1 for r in rects)  # background
    assert any(r["height"] < 1 and r["width"] > 20 for r in rects)  # the underline


def test_fonts_are_embedded_subsets():
    data = _pdf(_filled())
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    names = []
    for ref in fonts.values():
        font = ref.get_object()
        names.append(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor  # embedded TrueType
    assert any("DejaVuSans" in n for n in names) and any("Bold" in n for n in names)


def test_logical_font_uses_the_pdf_font_name_as_jasperreports():
    styles = [PrintStyle("d", is_default=True, font_name="SansSerif", font_size=10.0)]
    data = _pdf(_text_doc(_print_text("Helv"), styles=styles))
    reader = pypdf.PdfReader(io.BytesIO(data))
    names = [f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert names == ["/Helvetica"]
    bold = _print_text("Bold")
    bold.font = Font(bold=True)
    data = _pdf(_text_doc(bold, styles=styles))
    reader = pypdf.PdfReader(io.BytesIO(data))
    names = [f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()]
    assert names == ["/Helvetica-Bold"]  # the family's face of the style, as iText picks it


# --- graphics and images ------------------------------------------------------------------------


def test_graphics_boxes_and_frames():
    frame = PrintFrame(x=10, y=10, width=200, height=100, box=Box(left_padding=5, pen=Pen(line_width=2.0)),
                       elements=[PrintRectangle(x=0, y=0, width=50, height=30, radius=5,
                                                backcolor=Color(0, 0, 255)),
                                 PrintEllipse(x=60, y=0, width=30, height=30),
                                 PrintLine(x=0, y=50, width=100, height=1,
                                           pen=Pen(line_style=LineStyle.DASHED))])
    data = _pdf(_text_doc(frame))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        lines, curves = page.lines, page.curves
    # the frame's four sides (2pt), the dashed line 0.5pt below its top, inside the padding
    assert sum(1 for ln in lines if abs(ln["linewidth"] - 2) < 0.01) == 4
    dashed = [ln for ln in lines if ln["linewidth"] == 1 and abs(ln["top"] - 60.5) < 0.01]
    assert dashed and abs(dashed[0]["x0"] - 15) < 0.01
    assert curves  # rounded rectangle and ellipse


def _png(w: int, h: int, color=(255, 0, 0)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (w, h), color).save(buf, "PNG")
    return buf.getvalue()


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "TIFF"])
def test_each_raster_image_format(fmt):
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (40, 20), (0, 128, 0)).save(buf, fmt)
    img = PrintImage(x=10, y=10, width=100, height=100, data=buf.getvalue(), scale_image=ScaleImage.RETAIN_SHAPE)
    data = _pdf(_text_doc(img))
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        images = pdf.pages[0].images
    assert len(images) == 1
    im = images[0]
    # retain shape: 100 x 50 at the top-left of the box
    assert abs(im["x0"] - 10) < 0.01 and abs(im["top"] - 10) < 0.01
    assert abs(im["width"] - 100) < 0.01 and abs(im["height"] - 50) < 0.01


def test_image_scale_modes_and_alignment():
    from jrxmlpy.design.enums import HorizontalImageAlign, VerticalImageAlign

    data = _png(40, 20)
    fill = PrintImage(x=0, y=0, width=100, height=60, data=data, scale_image=ScaleImage.FILL_FRAME)
    clip = PrintImage(x=0, y=100, width=30, height=60, data=data, scale_image=ScaleImage.CLIP,
                      horizontal_alignment=HorizontalImageAlign.CENTER,
                      vertical_alignment=VerticalImageAlign.BOTTOM)
    out = _pdf(_text_doc(fill, clip, height=300))
    with pdfplumber.open(io.BytesIO(out)) as pdf:
        images = sorted(pdf.pages[0].images, key=lambda i: i["top"])
    assert (round(images[0]["width"]), round(images[0]["height"])) == (100, 60)
    # clip: natural size, centred (x offset -5), at the bottom (y offset 40)
    assert (round(images[1]["width"]), round(images[1]["height"])) == (40, 20)
    assert round(images[1]["x0"]) == -5 and round(images[1]["top"]) == 140


def test_svg_image_is_drawn_as_vector():
    pytest.importorskip("svglib")
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="#00f"/></svg>'
    img = PrintImage(x=10, y=10, width=40, height=40, data=svg, scale_image=ScaleImage.RETAIN_SHAPE)
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(img)))) as pdf:
        page = pdf.pages[0]
        assert not page.images
        blue = [r for r in page.rects if r.get("non_stroking_color") in ((0, 0, 1), [0, 0, 1])]
    assert blue and abs(blue[0]["width"] - 40) < 0.1 and abs(blue[0]["top"] - 10) < 0.1


# --- document features ----------------------------------------------------------------------------


def test_outline_anchors_and_links():
    target = _print_text("Chapter", y=10, anchor_name="ch1", bookmark_level=1)
    sub = _print_text("Section", y=40, anchor_name="s1", bookmark_level=2)
    local = _print_text("go", y=70, hyperlink=PrintHyperlink(link_type="LocalAnchor", anchor="ch1"))
    remote = _print_text("web", y=100, hyperlink=PrintHyperlink(link_type="Reference",
                                                               reference="https://example.com/"))
    page_link = _print_text("p1", y=130, hyperlink=PrintHyperlink(link_type="LocalPage", page=1))
    doc = _text_doc(target, sub, local, remote, page_link)
    reader = pypdf.PdfReader(io.BytesIO(_pdf(doc)))
    outline = reader.outline
    # JasperReports labels an element's bookmark with its anchor name
    assert outline[0].title == "ch1" and outline[1][0].title == "s1"
    annots = [a.get_object() for a in reader.pages[0]["/Annots"]]
    uris = [a["/A"]["/URI"] for a in annots if "/A" in a and "/URI" in a["/A"]]
    assert uris == ["https://example.com/"]
    assert sum(1 for a in annots if "/Dest" in a) == 2


def test_metadata_from_options_and_properties():
    doc = _filled()
    doc.properties["net.sf.jasperreports.export.pdf.metadata.author"] = "Ann"
    reader = pypdf.PdfReader(io.BytesIO(_pdf(doc, title="Orders", keywords="a, b")))
    meta = reader.metadata
    assert meta.title == "Orders" and meta.author == "Ann" and meta["/Keywords"] == "a, b"


def test_encryption_with_passwords():
    data = _pdf(_filled(), encrypted=True, user_password="u", owner_password="o", permissions="PRINTING")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    assert reader.decrypt("u") != 0
    assert "Row" in reader.pages[0].extract_text()


def test_page_ranges_write_only_the_asked_pages():
    doc = _filled(rows=12)
    assert len(doc.pages) >= 3
    per_page = sum(1 for el in doc.pages[0].elements if isinstance(el, PrintText) and el.text.startswith("Row"))
    data = _pdf(doc, pages="2-3")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    first = reader.pages[0].extract_text()
    assert f"Row {per_page}" in first and "Row 0" not in first


def test_reproducible_bytes():
    doc = _filled()
    assert _pdf(doc, reproducible=True) == _pdf(doc, reproducible=True)


def test_writer_parts_keep_their_outlines():
    out = io.BytesIO()
    writer = PdfWriter(out, reproducible=True)
    doc = _text_doc(_print_text("A", anchor_name="a", bookmark_level=1))
    writer.add_document(doc, [0], title="First")
    writer.add_document(doc, [0], title="Second")
    writer.close()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    assert len(reader.pages) == 2
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert titles == ["First", "Second"]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_poppler_reads_the_pdf(tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(_pdf(_filled()))
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Row 0" in text and "Total" in text


def test_list_items_are_indented_with_bullets():
    text = "<ul><li>Fruit<ol><li>Apples</li><li>Pears</li></ol></li></ul>"
    layout = measure("FruitApplesPears", "DejaVu Sans", 10, width=300, height=100)
    el = PrintText(x=10, y=10, width=300, height=100, text=text, markup="styled", text_height=3 * 11.640625,
                   line_spacing_factor=1.1640625, leading_offset=layout.leading_offset)
    words = {w["text"]: w for w in _words(_pdf(_text_doc(el, width=400)))}
    assert abs(words["Fruit"]["x0"] - (10 + 50)) < 0.5 and abs(words["Apples"]["x0"] - (10 + 100)) < 0.5
    assert words["\u2022"]["x1"] <= 10 + 50 - 10 + 0.5 and words["1."]["x1"] <= 10 + 100 - 10 + 0.5
    assert words["Fruit"]["top"] < words["Apples"]["top"] < words["Pears"]["top"]


def test_saved_line_breaks_are_kept_when_asked():
    el = _print_text("aaa bbb ccc", width=200, height=60)
    el.line_break_offsets = [4, 4]
    el.properties["net.sf.jasperreports.export.pdf.use.saved.line.breaks"] = "true"
    words = _words(_pdf(_text_doc(el)))
    assert [w["text"] for w in words] == ["aaa", "bbb", "ccc"]
    assert words[0]["top"] < words[1]["top"] < words[2]["top"]


def test_styled_text_link_annotates_its_run():
    el = _print_text("see here", width=200, markup="styled")
    el.text = 'see <a href="https://example.org/x">here</a>'
    reader = pypdf.PdfReader(io.BytesIO(_pdf(_text_doc(el))))
    annots = [a.get_object() for a in reader.pages[0]["/Annots"]]
    assert [a["/A"]["/URI"] for a in annots] == ["https://example.org/x"]
    x0 = float(annots[0]["/Rect"][0])
    assert x0 > 10 + 15  # over "here", not over the whole element


def test_form_fields_from_element_properties():
    p = "net.sf.jasperreports.export.pdf.field."
    text = _print_text("typed", properties={p + "type": "Text", p + "name": "t1"})
    combo = _print_text("x", y=40, properties={p + "type": "Combo", p + "choices": "One|Two", p + "value": "Two"})
    check = PrintRectangle(x=10, y=80, width=20, height=20, properties={p + "type": "Check", p + "checked": "true"})
    radios = [PrintRectangle(x=40 + 30 * i, y=80, width=20, height=20, uuid=f"r{i}",
                             properties={p + "type": "Radio", p + "name": "grp"}) for i in range(2)]
    reader = pypdf.PdfReader(io.BytesIO(_pdf(_text_doc(text, combo, check, *radios))))
    fields = reader.get_fields()
    assert fields["t1"]["/V"] == "typed"
    combo_field = next(f for name, f in fields.items() if name.startswith("FIELD_"))
    assert combo_field["/V"] == "Two"
    assert "grp" in fields
    # the elements themselves are not drawn: no text "typed" in the page content
    assert "typed" not in reader.pages[0].extract_text()


def test_unknown_options_are_refused():
    from jrxmlpy.errors import ExportError

    with pytest.raises(ExportError, match="unknown PDF option"):
        _filled().export(format="pdf", titel="typo")


def test_rotated_image_keeps_its_shape_turned():
    img = PrintImage(x=10, y=10, width=100, height=100, data=_png(40, 20), scale_image=ScaleImage.RETAIN_SHAPE,
                     rotation=Rotation.LEFT)
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(img)))) as pdf:
        im = pdf.pages[0].images[0]
    # turned a quarter: 50 wide, 100 tall, at the box's left
    assert (round(im["width"]), round(im["height"])) == (50, 100)
    assert round(im["x0"]) == 10 and round(im["top"]) == 10


def test_writer_parts_keep_their_page_sizes_and_page_links():
    out = io.BytesIO()
    writer = PdfWriter(out)
    small = _text_doc(_print_text("small"), width=200, height=100)
    big = _text_doc(_print_text("big", hyperlink=PrintHyperlink(link_type="LocalPage", page=1)), width=400, height=300)
    writer.add_document(small, [0])
    writer.add_document(big, [0])
    writer.close()
    reader = pypdf.PdfReader(io.BytesIO(out.getvalue()))
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    assert sizes == [(200, 100), (400, 300)]
    # the second part's page link goes to its own first page
    annot = reader.pages[1]["/Annots"][0].get_object()
    assert annot["/Dest"][0].get_object() == reader.pages[1].get_object()


def test_styled_text_is_cut_after_parsing():
    """The print keeps the whole styled text and the cut as an index in the text without
    tags: the exporter parses, then cuts (a cut inside the markup would break it)."""
    el = _print_text("x", width=250, markup="styled")
    el.text = '<style forecolor="#FF0000">first second third</style>'
    el.truncate_index = 12
    words = [w["text"] for w in _words(_pdf(_text_doc(el)))]
    assert words == ["first", "second"]


def test_wrapped_lines_drop_their_leading_spaces():
    text = "aaaa     bbbb     cccc"
    el = _print_text(text, width=45, height=60)
    words = _words(_pdf(_text_doc(el)))
    assert [w["text"] for w in words] == ["aaaa", "bbbb", "cccc"]
    assert all(abs(w["x0"] - 10) < 0.5 for w in words)


def test_styled_background_spans_the_pdf_fonts_ascent_to_descent():
    """A run's backcolor is iText's chunk background: from the PDF font's descent to its
    ascent (DejaVu Sans: OS/2 typographic 1556/-492 of 2048), not the whole line height, so
    lines spaced 1.164 x size apart show gaps between their backgrounds."""
    el = _print_text("x", width=60, height=60, markup="styled")
    el.text = '<style backcolor="#00FFFF">one two three four</style>'
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(el)))) as pdf:
        page = pdf.pages[0]
        rects = [r for r in page.rects if r["non_stroking_color"] == (0, 1, 1)]
        chars = page.chars
    baselines = sorted({round(200 - c["matrix"][5], 3) for c in chars})
    assert len(rects) == len(baselines) >= 2
    for r, baseline in zip(sorted(rects, key=lambda r: r["top"]), baselines, strict=True):
        assert abs(r["height"] - 10.0) < 0.01
        assert abs(r["bottom"] - (baseline + 10 * 492 / 2048)) < 0.01


def _cff_font(path) -> None:
    """A tiny OpenType font with PostScript (CFF) outlines: 'A' a 600-unit box glyph."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.t2CharStringPen import T2CharStringPen

    def box(width):
        pen = T2CharStringPen(width, None)
        if width > 300:
            pen.moveTo((50, 0))
            pen.lineTo((50, 700))
            pen.lineTo((width - 50, 700))
            pen.lineTo((width - 50, 0))
            pen.closePath()
        return pen.getCharString()

    fb = FontBuilder(1000, isTTF=False)
    fb.setupGlyphOrder([".notdef", "A", "space"])
    fb.setupCharacterMap({65: "A", 32: "space"})
    fb.setupCFF("TestCff-Regular", {"FullName": "TestCff"}, {".notdef": box(500), "A": box(600),
                                                             "space": box(250)}, {})
    fb.setupHorizontalMetrics({".notdef": (500, 50), "A": (600, 50), "space": (250, 0)})
    fb.setupHorizontalHeader(ascent=800, descent=-200)
    fb.setupNameTable({"familyName": "TestCff", "styleName": "Regular"})
    fb.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    fb.setupPost()
    fb.save(str(path))


def test_opentype_cff_font_is_embedded_with_its_own_widths(tmp_path):
    """A font extension's OpenType font with PostScript outlines is embedded as iText does
    (its outlines converted to TrueType ones), not replaced by DejaVu: the lines break where
    the filler broke them and none is lost."""
    from jrxmlpy.fonts import default_registry

    path = tmp_path / "TestCff.otf"
    _cff_font(path)
    default_registry().register_font_family("Test CFF Outlines", regular=path)
    text = "AAAA AAAA AAAA"
    layout = measure(text, "Test CFF Outlines", 10.0, width=50, height=60)
    el = PrintText(x=10, y=10, width=50, height=60, text=text, text_height=layout.text_height,
                   line_spacing_factor=layout.line_spacing_factor, leading_offset=layout.leading_offset,
                   font=Font(font_name="Test CFF Outlines"))
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(el)))) as pdf:
        chars = pdf.pages[0].chars
    assert "".join(c["text"] for c in chars) == "AAAAAAAAAAAA"
    assert len({round(c["top"], 1) for c in chars}) == len(layout.lines) == 3
    assert all(abs(c["width"] - 6.0) < 0.01 for c in chars)
    assert all("DejaVu" not in c["fontname"] for c in chars)


def test_right_to_left_text_is_shaped_and_in_visual_order():
    """Arabic and Hebrew are drawn as iText draws them (JasperReports' UnicodeReport): Arabic
    letters in their contextual presentation forms, the line in the bidirectional algorithm's
    visual order with the first strong character's direction, right-aligned at the box."""
    pytest.importorskip("bidi")
    pytest.importorskip("arabic_reshaper")
    arabic = _print_text("هذا عرض TextLayout", x=10, y=10, width=250, height=30,
                         horizontal_alignment=HorizontalTextAlign.RIGHT)
    hebrew = _print_text("אני לא מבין", x=10, y=50, width=250, height=30)
    with pdfplumber.open(io.BytesIO(_pdf(_text_doc(arabic, hebrew)))) as pdf:
        chars = sorted(pdf.pages[0].chars, key=lambda c: (round(c["top"]), c["x0"]))
    first = "".join(c["text"] for c in chars if c["top"] < 40)
    second = "".join(c["text"] for c in chars if c["top"] > 40)
    # "TextLayout" left of the Arabic words, which read right to left in final/medial forms
    assert first == "TextLayout \ufebd\ufeae\ufecb \ufe8d\ufeac\ufeeb"
    assert abs(max(c["x1"] for c in chars if c["top"] < 40) - 260) < 0.5
    assert second == "ןיבמ אל ינא"
