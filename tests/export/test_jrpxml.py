"""The XML print format: exact output for hand-built documents, reading, round trips of
our own golden files and (when present) of every print JasperReports wrote for the
conformance suites."""

from __future__ import annotations

import glob
import io
import os
from pathlib import Path

import pytest

from jrxmlpy.design.base import Box, Color, Font, Paragraph, Pen, TabStop
from jrxmlpy.design.enums import (
    HorizontalTextAlign,
    LineDirection,
    LineSpacing,
    LineStyle,
    Mode,
    Orientation,
    TabStopAlignment,
)
from jrxmlpy.document import (
    IMAGES_NO_EMBED_PROPERTY,
    Document,
    HyperlinkParameter,
    JavaValue,
    Origin,
    Page,
    PrintEllipse,
    PrintFrame,
    PrintGeneric,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintStyle,
    PrintText,
)
from jrxmlpy.errors import ExportError, PrintFormatError
from jrxmlpy.export.jrpxml import parse_color, read_jrpxml, to_jrpxml, write_jrpxml

DATA = Path(__file__).parent / "data"
HEADER = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<jasperPrint xmlns="http://jasperreports.sourceforge.net/jasperreports/print" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xsi:schemaLocation="http://jasperreports.sourceforge.net/jasperreports/print '
    'http://jasperreports.sourceforge.net/xsd/jasperprint.xsd"'
)


def xml(document: Document, pages: list[int] | None = None, **options: object) -> str:
    return to_jrpxml(document, pages, **options).decode("utf-8")


def page_xml(*elements, **doc) -> str:  # type: ignore[no-untyped-def]
    """The text of the single page of a document holding ``elements``."""
    text = xml(Document(pages=[Page(list(elements))], **doc))
    start = text.index("\t<page>\n") + len("\t<page>\n")
    return text[start:text.index("\t</page>\n")]


# --- exact output -----------------------------------------------------------------------------


def test_minimal_document() -> None:
    origin = Origin("detail")
    doc = Document(
        name="Minimal",
        top_margin=20, left_margin=30, bottom_margin=20, right_margin=30,
        locale="en_US", timezone="GMT",
        origins=[origin],
        styles=[PrintStyle("Normal", is_default=True, font_name="DejaVu Sans", font_size=12.0, bold=False)],
        pages=[Page([
            PrintText(x=30, y=20, width=200, height=15, uuid="u-1", style="Normal", origin=origin,
                      source_id=1, print_id=1, text_height=13.96875, line_spacing_factor=1.1640625,
                      leading_offset=-2.8300781, text="Hello"),
        ]), Page()],
    )
    assert xml(doc) == HEADER + (
        ' name="Minimal" pageWidth="595" pageHeight="842" topMargin="20" leftMargin="30" bottomMargin="20"'
        ' rightMargin="30" locale="en_US" timezone="GMT">\n'
        '\t<property name="net.sf.jasperreports.export.xml.start.page.index" value="0"/>\n'
        '\t<property name="net.sf.jasperreports.export.xml.end.page.index" value="1"/>\n'
        '\t<property name="net.sf.jasperreports.export.xml.page.count" value="2"/>\n'
        '\t<origin band="detail"/>\n'
        '\t<style name="Normal" isDefault="true" fontName="DejaVu Sans" fontSize="12" isBold="false"/>\n'
        '\t<page>\n'
        '\t\t<text textHeight="13.96875" lineSpacingFactor="1.1640625" leadingOffset="-2.8300781">\n'
        '\t\t\t<reportElement uuid="u-1" style="Normal" x="30" y="20" width="200" height="15" origin="0"'
        ' srcId="1" printId="1"/>\n'
        '\t\t\t<textContent><![CDATA[Hello]]></textContent>\n'
        '\t\t</text>\n'
        '\t</page>\n'
        '\t<page/>\n'
        '</jasperPrint>\n'
    )


def test_text_attributes_in_exporter_order() -> None:
    text = PrintText(
        x=1, y=2, width=3, height=4,
        horizontal_alignment=HorizontalTextAlign.RIGHT, text_height=9.3125, markup="html",
        hyperlink=PrintHyperlink(link_type="LocalAnchor", anchor="a&b", link_target="Self", tooltip="t"),
        anchor_name="here", bookmark_level=2, value_class="java.lang.Integer", pattern="#,##0",
        text="1,000", truncate_index=2, truncate_suffix="…", line_break_offsets=[],
    )
    assert page_xml(text) == (
        '\t\t<text textAlignment="Right" textHeight="9.3125" markup="html" hyperlinkType="LocalAnchor"'
        ' hyperlinkAnchor="a&amp;b" hyperlinkTarget="Self" hyperlinkTooltip="t" anchorName="here"'
        ' bookmarkLevel="2" valueClass="java.lang.Integer" pattern="#,##0">\n'
        '\t\t\t<reportElement x="1" y="2" width="3" height="4"/>\n'
        '\t\t\t<textContent truncateIndex="2"><![CDATA[1,000]]></textContent>\n'
        '\t\t\t<textTruncateSuffix><![CDATA[…]]></textTruncateSuffix>\n'
        '\t\t\t<lineBreakOffsets><![CDATA[]]></lineBreakOffsets>\n'
        '\t\t</text>\n'
    )


def test_empty_box_font_paragraph_and_pens_are_left_out() -> None:
    text = PrintText(box=Box(), font=Font(), paragraph=Paragraph(tab_stops=[]), text=None)
    assert page_xml(text) == (
        '\t\t<text textHeight="0.0">\n'
        '\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t</text>\n'
    )
    line = PrintLine(pen=Pen(), direction=LineDirection.TOP_DOWN)
    assert page_xml(line) == '\t\t<line>\n\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n\t\t</line>\n'


def test_box_font_paragraph() -> None:
    box = Box(left_padding=2, pen=Pen(line_width=1.0), bottom_pen=Pen(line_style=LineStyle.DASHED,
                                                                        line_color=Color(0, 0, 255)))
    text = PrintText(
        box=box, font=Font(size=10.5, italic=True, font_name="Serif"),
        paragraph=Paragraph(line_spacing=LineSpacing.FIXED, line_spacing_size=14,
                            tab_stops=[TabStop(30), TabStop(60, TabStopAlignment.CENTER)]),
        text="x",
    )
    assert page_xml(text) == (
        '\t\t<text textHeight="0.0">\n'
        '\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t\t<box leftPadding="2">\n'
        '\t\t\t\t<pen lineWidth="1.0"/>\n'
        '\t\t\t\t<bottomPen lineStyle="Dashed" lineColor="#0000FF"/>\n'
        '\t\t\t</box>\n'
        '\t\t\t<font fontName="Serif" size="10.5" isItalic="true"/>\n'
        '\t\t\t<paragraph lineSpacing="Fixed" lineSpacingSize="14.0">\n'
        '\t\t\t\t<tabStop position="30" alignment="Left"/>\n'
        '\t\t\t\t<tabStop position="60" alignment="Center"/>\n'
        '\t\t\t</paragraph>\n'
        '\t\t\t<textContent><![CDATA[x]]></textContent>\n'
        '\t\t</text>\n'
    )


def test_cdata_end_is_split_and_text_kept_verbatim() -> None:
    out = page_xml(PrintText(text="a]]>b <&> \"'\n\tz"))
    assert "<textContent><![CDATA[a]]]]><![CDATA[>b <&> \"'\n\tz]]></textContent>" in out


def test_element_properties_and_colors() -> None:
    rect = PrintRectangle(
        mode=Mode.OPAQUE, forecolor=Color(1, 2, 3), backcolor=Color(255, 0, 0, 128), radius=4,
        properties={"p.plain": "v", "p.markup": "<b>", "p.blank": " <b>", "p.none": None},
    )
    assert page_xml(rect) == (
        '\t\t<rectangle radius="4">\n'
        '\t\t\t<reportElement mode="Opaque" x="0" y="0" width="0" height="0" forecolor="#010203"'
        ' backcolor="rgba(255, 0, 0, 0.5019608)">\n'
        '\t\t\t\t<property name="p.plain" value="v"/>\n'
        '\t\t\t\t<property name="p.markup">\n'
        '\t\t\t\t\t<![CDATA[<b>]]>\n'
        '\t\t\t\t</property>\n'
        '\t\t\t\t<property name="p.blank" value=" &lt;b&gt;"/>\n'
        '\t\t\t\t<property name="p.none"/>\n'
        '\t\t\t</reportElement>\n'
        '\t\t</rectangle>\n'
    )


def test_graphic_element_and_line_direction() -> None:
    line = PrintLine(direction=LineDirection.BOTTOM_UP, pen=Pen(line_width=0.5))
    assert page_xml(line) == (
        '\t\t<line direction="BottomUp">\n'
        '\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t\t<graphicElement>\n'
        '\t\t\t\t<pen lineWidth="0.5"/>\n'
        '\t\t\t</graphicElement>\n'
        '\t\t</line>\n'
    )
    from jrxmlpy.design.enums import Fill

    assert '\t\t\t<graphicElement fill="Solid"/>\n' in page_xml(PrintEllipse(fill=Fill.SOLID))


PNG = bytes.fromhex("89504e470d0a1a0a") + b"x" * 100


def test_embedded_image() -> None:
    image = PrintImage(data=PNG, hyperlink=PrintHyperlink(link_type="None", link_target="Self",
                                                          parameters=[HyperlinkParameter("n", JavaValue.of(2))]))
    out = page_xml(image)
    assert out.startswith('\t\t<image>\n')
    assert '\t\t\t<imageSource isEmbedded="true">\n\t\t\t\t<![CDATA[iVBORw0KGgp4' in out
    body = out.split("<![CDATA[")[1].split("]]>")[0]
    assert [len(line) for line in body.split("\n")] == [76, 68]
    assert ('\t\t\t<hyperlinkParameter name="n" class="java.lang.Integer">\n'
            '\t\t\t\t<hyperlinkParameterValue><![CDATA[2]]></hyperlinkParameterValue>\n'
            '\t\t\t</hyperlinkParameter>\n') in out
    assert image.format == "png"


def test_images_not_embedded_are_numbered_per_distinct_image() -> None:
    a = PrintImage(data=b"A", renderer_id="r1")
    a2 = PrintImage(data=b"A", renderer_id="r1")
    b = PrintImage(data=b"B")
    b2 = PrintImage(data=b"B")
    lazy = PrintImage(lazy=True, source="http://x/y.png")
    doc = Document(properties={IMAGES_NO_EMBED_PROPERTY: "true"}, pages=[Page([a, b, lazy]), Page([b2, a2])])
    out = xml(doc)
    sources = [s.split("]]>")[0] for s in out.split("<![CDATA[")[1:]]
    assert sources == ["img_0", "img_1", "http://x/y.png", "img_1", "img_0"]
    assert "isEmbedded" not in out
    assert 'isLazy="true"' in out
    # the option wins over the property
    assert xml(doc, embed_images=True).count('isEmbedded="true"') == 4


def test_generic_element() -> None:
    generic = PrintGeneric(generic_namespace="urn:x", generic_name="map",
                           parameters={"lat": JavaValue.of(44.435, "java.lang.Float"), "none": None})
    assert page_xml(generic) == (
        '\t\t<genericElement>\n'
        '\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t\t<genericElementType namespace="urn:x" name="map"/>\n'
        '\t\t\t<genericElementParameter name="lat">\n'
        '\t\t\t\t<genericElementParameterValue class="java.lang.Float">\n'
        '\t\t\t\t\t<![CDATA[44.435]]>\n'
        '\t\t\t\t</genericElementParameterValue>\n'
        '\t\t\t</genericElementParameter>\n'
        '\t\t\t<genericElementParameter name="none"/>\n'
        '\t\t</genericElement>\n'
    )


def test_frames_nest() -> None:
    frame = PrintFrame(x=5, y=6, box=Box(top_padding=1), elements=[PrintFrame(elements=[PrintLine()])])
    assert page_xml(frame) == (
        '\t\t<frame>\n'
        '\t\t\t<reportElement x="5" y="6" width="0" height="0"/>\n'
        '\t\t\t<box topPadding="1"/>\n'
        '\t\t\t<frame>\n'
        '\t\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t\t\t<line>\n'
        '\t\t\t\t\t<reportElement x="0" y="0" width="0" height="0"/>\n'
        '\t\t\t\t</line>\n'
        '\t\t\t</frame>\n'
        '\t\t</frame>\n'
    )


@pytest.mark.parametrize(
    ("pages", "start", "end", "written"),
    [(None, 0, 3, 4), ([1, 2], 1, 2, 2), ([0, 3], 0, 3, 2), ([2], 2, 2, 1)],
)
def test_page_selection_properties(pages, start, end, written) -> None:  # type: ignore[no-untyped-def]
    doc = Document(pages=[Page([PrintText(text=str(i))]) for i in range(4)])
    out = xml(doc, pages)
    assert f'start.page.index" value="{start}"/>' in out
    assert f'end.page.index" value="{end}"/>' in out
    assert 'page.count" value="4"/>' in out
    assert out.count("<page>") == written


def test_empty_document() -> None:
    out = xml(Document(name="Empty", orientation=Orientation.LANDSCAPE))
    assert 'name="Empty" pageWidth="595" pageHeight="842" orientation="Landscape">' in out
    assert 'end.page.index" value="-1"/>' in out and 'page.count" value="0"/>' in out
    assert out.endswith('value="0"/>\n</jasperPrint>\n')


def test_unknown_origin_is_an_error() -> None:
    with pytest.raises(ExportError, match="origin"):
        xml(Document(pages=[Page([PrintLine(origin=Origin("title"))])]))


def test_page_properties_of_the_document_are_not_repeated() -> None:
    doc = Document(properties={"net.sf.jasperreports.export.xml.page.count": "99", "x": "1"})
    out = xml(doc)
    assert out.count("page.count") == 1 and 'value="99"' not in out


def test_write_to_stream_streams_large_documents() -> None:
    class Counting(io.RawIOBase):
        writes = 0
        size = 0

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # type: ignore[no-untyped-def]
            self.writes += 1
            self.size += len(b)
            return len(b)

    page = Page([PrintText(x=i, text=f"row {i}", text_height=9.3125) for i in range(200)])
    out = Counting()
    write_jrpxml(Document(pages=[page] * 50), out)  # type: ignore[arg-type]
    assert out.writes > 5
    assert out.size > 1_000_000


# --- reading ---------------------------------------------------------------------------------


def test_read_restores_the_model() -> None:
    doc = read_jrpxml(DATA / "styles_and_text.jrpxml")
    assert doc.name == 'Styles & "Texts"'
    assert (doc.page_width, doc.page_height, doc.orientation) == (842, 595, Orientation.LANDSCAPE)
    assert "net.sf.jasperreports.export.xml.page.count" not in doc.properties
    assert doc.properties["com.example.markup"] == "a < b & c"
    title = doc.style("Title")
    assert title is not None and title.parent == "Base" and title.font_size == 18
    assert title.backcolor == Color(255, 0, 0, 128)
    assert doc.style_value("Title", "font_name") == "DejaVu Sans"
    text = doc.pages[0].elements[0]
    assert isinstance(text, PrintText)
    assert text.origin == Origin("title") and text.origin is doc.origins[0]
    assert text.text == "Customer <b>Orders</b> ]]> Report\nsecond line"
    assert text.shown_text == "Customer <..."
    assert text.hyperlink is not None and text.hyperlink.parameters[0].value.value == 42
    assert text.properties["com.example.multi"] == "first\nsecond"
    assert text.line_break_offsets == [3, 0, 12]
    assert doc.pages[1].elements == []


def test_read_images_and_generic_elements() -> None:
    doc = read_jrpxml(DATA / "graphics_and_images.jrpxml")
    elements = doc.pages[0].elements
    image = next(e for e in elements if isinstance(e, PrintImage) and not e.lazy)
    assert image.data is not None and image.data.startswith(b"\x89PNG") and image.mime_type == "image/png"
    lazy = next(e for e in elements if isinstance(e, PrintImage) and e.lazy)
    assert lazy.source == "https://example.com/logo.png" and lazy.data is None
    generic = next(e for e in elements if isinstance(e, PrintGeneric))
    assert generic.parameters["label"] == JavaValue("java.lang.String", "  spaced ]]> text  ")
    assert generic.parameters["missing"] is None
    assert doc.bookmarks[0].children[0].label == "Section 1.1 <intro>"
    assert doc.parts[1].orientation is Orientation.LANDSCAPE and doc.parts[1].properties == {"com.example.part": "yes"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (b"<jasperPrint", "not well-formed"),
        (b"<report/>", "not a JasperReports print"),
        (b'<jasperPrint><page><text><reportElement x="a" y="0" width="1" height="1"/></text></page></jasperPrint>',
         "x='a' is not an integer"),
        (b'<jasperPrint><page><text/></page></jasperPrint>', "needs a <reportElement>"),
        (b'<jasperPrint><page><blob/></page></jasperPrint>', "<blob> is not a print element"),
        (b'<jasperPrint><page><line><reportElement x="0" y="0" width="1" height="1" origin="3"/></line></page>'
         b'</jasperPrint>', "origin 3"),
        (b'<jasperPrint><page><line><reportElement x="0" y="0" width="1" height="1" forecolor="#zz"/></line>'
         b'</page></jasperPrint>', "not a colour"),
        (b'<!DOCTYPE x [<!ENTITY e "boom">]><jasperPrint name="&e;"/>', "entity"),
    ],
)
def test_read_errors_say_where(text: bytes, message: str) -> None:
    with pytest.raises(PrintFormatError) as info:
        read_jrpxml(text)
    assert message in str(info.value)
    assert info.value.location is not None and info.value.location.source == "<bytes>"


def test_read_error_has_file_and_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.jrpxml"
    path.write_text('<jasperPrint>\n<page>\n<text textHeight="x">\n<reportElement x="0" y="0" width="1" '
                    'height="1"/></text></page></jasperPrint>')
    with pytest.raises(PrintFormatError) as info:
        read_jrpxml(path)
    assert str(info.value).startswith(f"{path}:3 <text>: attribute textHeight='x'")
    with pytest.raises(PrintFormatError, match="file not found"):
        read_jrpxml(tmp_path / "missing.jrpxml")


def test_parse_color() -> None:
    assert parse_color("#00ff7F") == Color(0, 255, 127)
    assert parse_color("rgba(1, 2, 3, 0.5019608)") == Color(1, 2, 3, 128)
    assert parse_color("red") == Color(255, 0, 0)
    assert parse_color("nope") is None


# --- round trips -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(DATA.glob("*.jrpxml")), ids=lambda p: p.name)
def test_golden_files_round_trip(path: Path) -> None:
    data = path.read_bytes()
    assert to_jrpxml(read_jrpxml(path)) == data


def test_model_round_trip_through_the_format() -> None:
    doc = read_jrpxml(DATA / "graphics_and_images.jrpxml")
    again = read_jrpxml(to_jrpxml(doc))
    assert again == doc


ORACLE = os.path.expanduser(os.environ.get("JASPER_ORACLE_OUT", "~/.cache/jasper-oracle/out"))
ORACLE_PRINTS = sorted(glob.glob(os.path.join(ORACLE, "smoke", "*", "report.jrpxml"))
                       + glob.glob(os.path.join(ORACLE, "public", "*", "report.jrpxml")))


@pytest.mark.skipif(not ORACLE_PRINTS, reason="no JasperReports oracle output on this machine")
@pytest.mark.parametrize("path", ORACLE_PRINTS, ids=lambda p: os.path.relpath(os.path.dirname(p), ORACLE))
def test_oracle_prints_round_trip_byte_for_byte(path: str) -> None:
    data = Path(path).read_bytes()
    out = to_jrpxml(read_jrpxml(path))
    if out != data:  # show the first differing line, not two megabytes
        for i, (a, b) in enumerate(zip(data.split(b"\n"), out.split(b"\n"), strict=False)):
            assert a == b, f"line {i + 1} differs"
    assert out == data
