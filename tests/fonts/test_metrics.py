"""Font metrics against values printed by Java 17 (``Font.getLineMetrics`` /
``Font.getStringBounds`` with ``FontRenderContext(null, true, true)``) for the bundled files."""

from __future__ import annotations

import pytest

from jrxmlpy.fonts import resolve_font
from jrxmlpy.fonts._float import f32
from jrxmlpy.fonts.metrics import load_font_file
from jrxmlpy.fonts.registry import FILES_DIR

# file, size, text, ascent, descent, leading, width (Java's values)
JAVA = [
    ("DejaVuSans.ttf", 10, "Hello World", 9.282227, 2.3583984, 0.0, 57.7685546875),
    ("DejaVuSans.ttf", 12, "Hello World", 11.138672, 2.8300781, 0.0, 69.322265625),
    ("DejaVuSans.ttf", 10.3, "Hello World", 9.557793, 2.4284134, 0.0, 59.483612060546875),
    ("DejaVuSans.ttf", 10.33, "iiiiiiiiii", 9.5868, 2.4357834, 0.0, 28.694915771484375),
    ("DejaVuSans-Bold.ttf", 8, "Invoice No. 12345", 7.4257812, 1.8867188, 0.0, 80.92578125),
    ("DejaVuSerif-Bold.ttf", 18, "Total: 1,234.50 €", 16.901367, 4.245117, 0.0, 171.59765625),
    ("DejaVuSansMono.ttf", 9, "column  value", 8.354004, 2.1225586, 0.0, 70.43994140625),
    ("DejaVuSerif-BoldItalic.ttf", 36, "WAVE", 33.802734, 8.490234, 0.0, 123.732421875),
    # no glyph: the .notdef advance
    ("DejaVuSans.ttf", 10, "漢字", 9.282227, 2.3583984, 0.0, 12.001953125),
    # wider than 256pt: binary32 accumulation matters
    (
        "DejaVuSans-Oblique.ttf",
        7.77,
        "The quick brown fox jumps over the lazy dog and then keeps running far far away into the distant hills",
        7.208229,
        1.8314438,
        0.0,
        399.2929382324219,
    ),
]


@pytest.mark.parametrize("file,size,text,ascent,descent,leading,width", JAVA)
def test_metrics_match_java(file, size, text, ascent, descent, leading, width):
    sf = load_font_file(FILES_DIR / file).at(size)
    assert sf.ascent == f32(ascent)
    assert sf.descent == f32(descent)
    assert sf.leading == f32(leading)
    assert sf.string_width(text) == width


def test_scaled_font_cached():
    ff = load_font_file(FILES_DIR / "DejaVuSans.ttf")
    assert ff.at(10) is ff.at(10.0)
    assert load_font_file(FILES_DIR / "DejaVuSans.ttf") is ff


def test_control_characters_have_no_advance():
    sf = resolve_font("DejaVu Sans").at(10)
    assert sf.string_width("ab\t") == sf.string_width("ab")


def test_line_height_is_hhea_based():
    sf = resolve_font("DejaVu Sans").at(12)
    # textHeight of one 12pt line in every DejaVu print: 13.96875
    assert f32(sf.ascent + sf.descent) == 13.96875
