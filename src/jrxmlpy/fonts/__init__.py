"""Fonts, font metrics and JasperReports' text measurement.

* :mod:`.registry` - font families (the bundled DejaVu fonts of JasperReports'
  ``jasperreports-fonts`` extension, user families, font extension folders/jars) and how a
  ``fontName`` resolves to a file, as on the reference JasperReports set-up;
* :mod:`.metrics` - Java AWT metrics of a font file at a size (ascent, descent, leading,
  advances), bit-exact with Java 17's fractional metrics;
* :mod:`.linebreak` - ``java.text.BreakIterator`` line-break opportunities;
* :mod:`.layout` - :func:`measure`: lines, ``textHeight``, ``lineSpacingFactor``,
  ``leadingOffset`` and truncation as JasperReports' ``TextMeasurer`` computes them.
"""

from .layout import Line, Padding, ParagraphStyle, Segment, TabStop, TextLayout, TextMeasurer, measure
from .linebreak import line_breaks
from .metrics import FontFile, ScaledFont, load_font_file
from .registry import (
    FontFamily,
    FontRegistry,
    ResolvedFont,
    default_registry,
    load_font_extension,
    register_font_family,
    resolve_font,
)

__all__ = [
    "FontFamily",
    "FontFile",
    "FontRegistry",
    "Line",
    "Padding",
    "ParagraphStyle",
    "ResolvedFont",
    "ScaledFont",
    "Segment",
    "TabStop",
    "TextLayout",
    "TextMeasurer",
    "default_registry",
    "line_breaks",
    "load_font_extension",
    "load_font_file",
    "measure",
    "register_font_family",
    "resolve_font",
]
