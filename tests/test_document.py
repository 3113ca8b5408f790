"""The print model (jrxmlpy.document): page ranges, export dispatch, helpers."""

from __future__ import annotations

import io
import math
import struct
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jrxmlpy.design.base import Color
from jrxmlpy.document import (
    Document,
    JavaValue,
    Page,
    PrintFrame,
    PrintStyle,
    PrintText,
    java_float_str,
    parse_page_range,
)
from jrxmlpy.errors import ExportError
from jrxmlpy.export import available_formats, page_indexes, register_exporter
from jrxmlpy.javanum import double_to_string

# --- page ranges ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "expected"),
    [
        ("3", 5, [2]),
        ("2-5", 5, [1, 2, 3, 4]),
        ("1,4-6", 8, [0, 3, 4, 5]),
        ("7-", 9, [6, 7, 8]),
        ("-2", 9, [0, 1]),
        (" 5 , 1-2 ,2", 5, [0, 1, 4]),
        ("1-1", 1, [0]),
        ("3,3,3", 3, [2]),
    ],
)
def test_parse_page_range(text: str, count: int, expected: list[int]) -> None:
    assert parse_page_range(text, count) == expected


@pytest.mark.parametrize(
    ("text", "count", "message"),
    [
        ("6", 5, "has 5 pages"),
        ("0", 5, "out of range"),
        ("2-9", 5, "has 5 pages"),
        ("1", 0, "has 0 pages"),
        ("2-", 0, "has 0 pages"),
        ("a", 5, "not a page number"),
        ("1-2-3", 5, "more than one '-'"),
        ("5-2", 5, "backwards"),
        ("", 5, "empty page range"),
        ("1,,2", 5, "empty item"),
        ("-", 5, "at least one side"),
        ("1.5", 5, "not a page number"),
        ("\u0661", 5, "not a page number"),
    ],
)
def test_parse_page_range_errors(text: str, count: int, message: str) -> None:
    with pytest.raises(ExportError) as info:
        parse_page_range(text, count)
    assert message in str(info.value)


def test_parse_page_range_names_the_page_count_in_singular() -> None:
    with pytest.raises(ExportError, match="has 1 page$"):
        parse_page_range("2", 1)


@st.composite
def _range_texts(draw: st.DrawFn) -> tuple[str, int, set[int]]:
    count = draw(st.integers(min_value=1, max_value=60))
    pages = draw(st.sets(st.integers(min_value=1, max_value=count), min_size=1))
    runs: list[tuple[int, int]] = []
    for page in sorted(pages):
        if runs and runs[-1][1] == page - 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    items = []
    for start, end in runs:
        # a run may also be written as several pieces, overlapping or not
        if end > start and draw(st.booleans()):
            middle = draw(st.integers(min_value=start, max_value=end))
            pieces = [(start, middle), (middle, end)]
        else:
            pieces = [(start, end)]
        for a, b in pieces:
            if a == b and draw(st.booleans()):
                items.append(str(a))
            elif b == count and draw(st.booleans()):
                items.append(f"{a}-")
            elif a == 1 and draw(st.booleans()):
                items.append(f"-{b}")
            else:
                items.append(f"{a}-{b}")
    items = draw(st.permutations(items))
    sep = draw(st.sampled_from([",", ", ", " ,"]))
    return sep.join(items), count, pages


@given(_range_texts())
def test_parse_page_range_gives_the_pages_the_text_describes(case: tuple[str, int, set[int]]) -> None:
    text, count, pages = case
    assert parse_page_range(text, count) == sorted(p - 1 for p in pages)


@given(st.text(max_size=12), st.integers(min_value=0, max_value=20))
def test_parse_page_range_never_fails_otherwise(text: str, count: int) -> None:
    try:
        result = parse_page_range(text, count)
    except ExportError:
        return
    assert result == sorted(set(result))
    assert all(0 <= i < count for i in result)


def test_page_indexes() -> None:
    assert page_indexes(None, 3) == [0, 1, 2]
    assert page_indexes([2, 0, 2], 3) == [0, 2]
    assert page_indexes(range(1, 3), 3) == [1, 2]
    assert page_indexes(1, 3) == [1]
    assert page_indexes("2-", 3) == [1, 2]
    with pytest.raises(ExportError, match="out of range: the document has 3 pages"):
        page_indexes([3], 3)
    with pytest.raises(ExportError, match="not an int"):
        page_indexes(["1"], 3)


# --- export dispatch ------------------------------------------------------------------------


def _doc(pages: int = 3) -> Document:
    return Document(
        name="R",
        pages=[Page([PrintText(x=0, y=0, width=10, height=10, text=f"page {i + 1}")]) for i in range(pages)],
    )


def test_export_to_bytes_by_format() -> None:
    data = _doc().export(format="jrpxml")
    assert isinstance(data, bytes)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<jasperPrint ')
    assert data.count(b"<page>") == 3


def test_export_to_path_uses_the_suffix(tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "out.jrpxml"
    assert _doc().export(target, pages="2") is None
    data = target.read_bytes()
    assert data.count(b"<page>") == 1
    assert b"page 2" in data and b"page 1" not in data
    assert not list(tmp_path.glob("*.part"))
    (tmp_path / "b.xml").write_bytes(b"")
    _doc().export(str(tmp_path / "b.xml"))
    assert (tmp_path / "b.xml").read_bytes().count(b"<page>") == 3


def test_export_to_stream() -> None:
    out = io.BytesIO()
    _doc().export(out, format="jrpxml", pages=[0, 2])
    assert out.getvalue().count(b"<page>") == 2


def test_export_unknown_format_names_the_available_ones(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExportError, match=r"unknown export format 'nope'.*jrpxml"):
        _doc().export(format="nope")
    with pytest.raises(ExportError, match=r"'\.?foo'|foo"):
        _doc().export(tmp_path / "x.foo")
    with pytest.raises(ExportError, match="no suffix"):
        _doc().export(tmp_path / "noext")
    with pytest.raises(ExportError, match="give format="):
        _doc().export()
    assert not (tmp_path / "x.foo").exists()
    assert "jrpxml" in available_formats()


def test_export_bad_pages() -> None:
    with pytest.raises(ExportError, match="has 3 pages"):
        _doc().export(format="jrpxml", pages="4")


def test_registered_exporter_gets_document_stream_and_pages() -> None:
    seen = {}

    def fake(document, out, pages, **options):  # type: ignore[no-untyped-def]
        seen.update(document=document, pages=pages, options=options)
        out.write(b"fake")

    register_exporter("fake-test", fake)
    doc = _doc(4)
    assert doc.export(format="FAKE-TEST", pages="1,3-", flavour=1) == b"fake"
    assert seen == {"document": doc, "pages": [0, 2, 3], "options": {"flavour": 1}}


def test_failed_export_to_path_leaves_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def broken(document, out, pages, **options):  # type: ignore[no-untyped-def]
        out.write(b"half")
        raise ExportError("broken")

    register_exporter("broken-test", broken)
    with pytest.raises(ExportError):
        _doc().export(tmp_path / "r.broken-test")
    assert list(tmp_path.iterdir()) == []


# --- model helpers -----------------------------------------------------------------------------


def test_style_value_follows_parents_and_default_style() -> None:
    doc = Document(styles=[
        PrintStyle("Base", is_default=True, font_name="DejaVu Sans", font_size=10),
        PrintStyle("Bold", parent="Base", bold=True),
        PrintStyle("Loop", parent="Loop"),
    ])
    assert doc.style_value("Bold", "font_name") == "DejaVu Sans"
    assert doc.style_value("Bold", "bold") is True
    assert doc.style_value("Bold", "italic", False) is False
    assert doc.style_value("Loop", "bold", "x") == "x"
    assert doc.style_value(None, "bold") is None
    text = PrintText()
    assert doc.element_style(text).name == "Base"  # type: ignore[union-attr]
    text.style = "Bold"
    assert doc.element_style(text).name == "Bold"  # type: ignore[union-attr]


def test_page_walk_gives_page_offsets() -> None:
    inner = PrintText(x=1, y=2)
    frame = PrintFrame(x=10, y=20, elements=[PrintFrame(x=100, y=200, elements=[inner])])
    after = PrintText(x=5, y=5)
    walked = list(Page([frame, after]).walk())
    assert walked[0] == (frame, 0, 0)
    assert walked[1] == (after, 0, 0)
    assert walked[2][1:] == (10, 20)
    assert walked[3] == (inner, 110, 220)


def test_text_shown_text() -> None:
    t = PrintText(text="abcdef", truncate_index=3, truncate_suffix="...")
    assert t.shown_text == "abc..."
    assert PrintText().shown_text == ""


def test_java_values() -> None:
    assert JavaValue.of("x") == JavaValue("java.lang.String", "x")
    assert JavaValue.of(True) == JavaValue("java.lang.Boolean", "true")
    assert JavaValue.of(3) == JavaValue("java.lang.Integer", "3")
    assert JavaValue.of(44.435, "java.lang.Float") == JavaValue("java.lang.Float", "44.435")
    assert JavaValue.of(1e7) == JavaValue("java.lang.Double", "1.0E7")
    assert JavaValue.of(Decimal("1.50")).text == "1.50"
    assert JavaValue.of(Decimal("1E+3")).text == "1E+3"
    assert JavaValue.of(None).text is None
    assert JavaValue("java.lang.Float", "44.435").value == pytest.approx(44.435)
    assert JavaValue("java.lang.Boolean", "true").value is True
    assert JavaValue("java.math.BigDecimal", "1.50").value == Decimal("1.50")
    assert JavaValue("java.util.ArrayList", "rO0AB").value == "rO0AB"
    with pytest.raises(TypeError):
        JavaValue.of(object())


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (13.96875, "13.96875"),
        (-2.8300781, "-2.8300781"),
        (1.1640625, "1.1640625"),
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (100.0, "100.0"),
        (0.1, "0.1"),
        (0.001, "0.001"),
        (9.999999e-4, "9.999999E-4"),
        (1e-5, "1.0E-5"),
        (1e7, "1.0E7"),
        (1.2345678e7, "1.2345678E7"),
        (355591072.0, "3.55591072E8"),  # Java prints whole floats below 2^63 from their digits
        (2.12353048e15, "2.12353048E15"),
        (3.4028235e38, "3.4028235E38"),
        (1.4e-45, "1.4E-45"),
        (math.inf, "Infinity"),
        (math.nan, "NaN"),
        (1e39, "Infinity"),
    ],
)
def test_java_float_str(value: float, text: str) -> None:
    assert java_float_str(value) == text


def test_java_float_str_round_trips_through_float32() -> None:
    for bits in range(0x3A000000, 0x4B000000, 0x00012345):
        value = struct.unpack(">f", struct.pack(">I", bits))[0]
        text = java_float_str(value)
        assert struct.unpack(">f", struct.pack(">f", float(text)))[0] == value


@pytest.mark.parametrize(
    ("value", "text"),
    [(0.1, "0.1"), (1e7, "1.0E7"), (123.0, "123.0"), (1e-4, "1.0E-4"), (-1.5, "-1.5"), (1e22, "1.0E22")],
)
def test_java_double_str(value: float, text: str) -> None:
    assert double_to_string(value) == text


def test_color_values_are_design_colors() -> None:
    assert Color(255, 0, 16).hex == "#FF0010"


def test_copy_of_each_print_kind_is_equal_and_separate() -> None:
    from jrxmlpy.document import PrintEllipse, PrintFrame, PrintImage, PrintLine, PrintRectangle, PrintText

    for element in (PrintText(x=3, text="a", properties={"p": "v"}, truncate_index=1), PrintLine(y=2),
                    PrintRectangle(radius=4), PrintEllipse(width=5), PrintImage(data=b"x"),
                    PrintFrame(elements=[PrintLine()])):
        copied = element.copy()
        assert copied == element and copied is not element and type(copied) is type(element)
        copied.y = 99
        assert element.y != 99


def test_a_copy_with_given_fields_takes_them_and_the_others_from_the_original() -> None:
    from jrxmlpy.document import PrintLine, PrintText, copier_of

    original = PrintText(x=3, y=1, text="a", properties={"p": "v"}, truncate_index=1)
    copy = copier_of(PrintText, ("y", "text"))
    copied = copy(original, 7, "b")
    assert (copied.x, copied.y, copied.text, copied.truncate_index) == (3, 7, "b", 1)
    assert copied.properties is original.properties and (original.y, original.text) == (1, "a")
    assert copier_of(PrintText, ("y", "text")) is copy and copier_of(PrintText) is not copy
    with pytest.raises(ValueError, match="text"):
        copier_of(PrintLine, ("y", "text"))


def test_prints_of_one_element_do_not_share_their_properties() -> None:
    import jrxmlpy

    template = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="r"
        pageWidth="200" pageHeight="200" columnWidth="200" leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
      <field name="n" class="java.lang.Integer"/>
      <detail><band height="20">
        <rectangle><reportElement x="0" y="0" width="10" height="5"><property name="k" value="v"/></reportElement></rectangle>
        <textField><reportElement x="20" y="0" width="50" height="15"><property name="k" value="v"/></reportElement>
          <textFieldExpression><![CDATA[$F{n}]]></textFieldExpression></textField>
      </band></detail></jasperReport>"""
    document = jrxmlpy.compile(template).fill([{"n": 1}, {"n": 2}])
    elements = document.pages[0].elements
    assert [(e.KIND, e.y, e.print_id) for e in elements] == [("rectangle", 0, 1), ("text", 0, 1), ("rectangle", 20, 2), ("text", 20, 2)]
    assert [e.text for e in elements if e.KIND == "text"] == ["1", "2"]
    elements[0].properties["k"] = "changed"
    assert elements[2].properties == {"k": "v"}
