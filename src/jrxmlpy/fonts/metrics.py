"""Font metrics as Java AWT (OpenJDK 17, FreeType scaler) reports them.

What JasperReports measures with (``FontRenderContext(null, antialiased, fractionalMetrics)``):

* the size is turned into FreeType 26.6 fixed point by truncation (``int(size * 64)``) and the
  scale is FreeType's 16.16 ``FT_DivFix(size26, unitsPerEm)``;
* ``LineMetrics`` ascent / descent / leading come from FreeType's face metrics (``hhea``
  ascender / descender / line gap, falling back to ``OS/2`` typo then win values when the
  ``hhea`` ones are zero), scaled as ``float(units) * float(scale) / 65536 / 64`` and rounded to
  binary32;
* glyph advances use FreeType's *linear* advance (fractional metrics on): the ``hmtx`` advance
  times the 16.16 scale, rounded to a 16.16 value (``FT_MulDiv(adv, scale, 64)``);
* a string's width (``Font.getStringBounds`` for text without complex layout) is the sum of
  the per-character advances accumulated in a binary32 variable; characters the font has no
  glyph for take the ``.notdef`` glyph's advance; kerning and ligatures are off.

These rules were checked against Java 17 on the DejaVu fonts (sizes 7 .. 22, fractional
sizes such as 10.3 or 10.33 included) to the last bit.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from pathlib import Path

from ._float import f32

__all__ = ["FontFile", "ScaledFont", "load_font_file", "scaled_font"]


def _ft_divfix(a: int, b: int) -> int:
    """FreeType ``FT_DivFix`` (16.16 division, rounded half up, sign symmetric)."""
    s = -1 if (a < 0) != (b < 0) else 1
    a, b = abs(a), abs(b)
    q = ((a << 16) + (b >> 1)) // b if b else 0x7FFFFFFF
    return s * q


def _ft_muldiv(a: int, b: int, c: int) -> int:
    """FreeType ``FT_MulDiv`` (a*b/c rounded half away from zero)."""
    s = -1 if ((a < 0) != (b < 0)) != (c < 0) else 1
    a, b, c = abs(a), abs(b), abs(c)
    return s * ((a * b + (c >> 1)) // c) if c else s * 0x7FFFFFFF


class FontFile:
    """One TrueType/OpenType font file: design-unit metrics, read once with fontTools."""

    __slots__ = (
        "path",
        "family",
        "subfamily",
        "full_name",
        "units_per_em",
        "ascender",
        "descender",
        "line_gap",
        "height",
        "bold",
        "italic",
        "_adv",
        "notdef_advance",
        "_lock",
        "_scaled",
    )

    def __init__(self, path: str | Path):
        from fontTools.ttLib import TTFont  # local import: only needed when a font is first used

        self.path = str(path)
        tt = TTFont(self.path, lazy=True, fontNumber=0)
        quiet = logging.getLogger("fontTools")
        level = quiet.level
        quiet.setLevel(logging.ERROR)  # fontTools warns about harmless table oddities
        try:
            head = tt["head"]
            self.units_per_em = int(head.unitsPerEm)
            hhea = tt["hhea"]
            asc, desc, gap = int(hhea.ascent), int(hhea.descent), int(hhea.lineGap)
            os2 = tt["OS/2"] if "OS/2" in tt else None
            if asc == 0 and desc == 0 and os2 is not None:
                # FreeType's fallback when hhea has no vertical metrics
                asc, desc, gap = int(os2.sTypoAscender), int(os2.sTypoDescender), int(os2.sTypoLineGap)
                if asc == 0 and desc == 0:
                    asc, desc, gap = int(os2.usWinAscent), -int(os2.usWinDescent), 0
            self.ascender = asc
            self.descender = desc
            self.line_gap = gap
            # FreeType: face->height = ascender - descender + line gap
            self.height = asc - desc + gap
            name = tt["name"]
            self.family = str(name.getBestFamilyName() or Path(self.path).stem)
            self.subfamily = str(name.getBestSubFamilyName() or "Regular")
            self.full_name = str(name.getBestFullName() or self.family)
            mac_style = int(head.macStyle)
            fs_sel = int(os2.fsSelection) if os2 is not None else 0
            self.bold = bool(mac_style & 1 or fs_sel & 0x20)
            self.italic = bool(mac_style & 2 or fs_sel & 0x01)
            hmtx = tt["hmtx"].metrics
            cmap = tt.getBestCmap() or {}
            self._adv = {cp: hmtx[g][0] for cp, g in cmap.items() if g in hmtx}
            order = tt.getGlyphOrder()
            self.notdef_advance = hmtx[order[0]][0] if order and order[0] in hmtx else 0
        finally:
            quiet.setLevel(level)
            tt.close()
        self._lock = threading.Lock()
        self._scaled: dict[float, ScaledFont] = {}

    def has_char(self, ch: str) -> bool:
        return ord(ch) in self._adv

    def advance_units(self, cp: int) -> int:
        a = self._adv.get(cp)
        return self.notdef_advance if a is None else a

    def at(self, size: float) -> ScaledFont:
        """The font at a point size (cached)."""
        sf = self._scaled.get(size)
        if sf is None:
            with self._lock:
                sf = self._scaled.get(size)
                if sf is None:
                    sf = ScaledFont(self, size)
                    self._scaled[size] = sf
        return sf

    def __repr__(self) -> str:
        return f"FontFile({self.full_name!r}, {self.path!r})"


# characters Java's getStringBounds sends to the TextLayout path (complex text); see _is_complex
def _is_complex_cp(cp: int) -> bool:
    # sun.font.FontUtilities.isComplexCharCode: combining marks, Hebrew .. Myanmar/Tibetan,
    # Thai/Lao, Khmer, Mongolian, Hangul Jamo, bidi controls, variation selectors, surrogates
    if cp < 0x0300:
        return False
    if cp <= 0x036F:  # combining diacritics
        return True
    if cp < 0x0590:
        return False
    if cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0x08A0 <= cp <= 0x08FF:  # Hebrew, Arabic
        return True
    if 0x0700 <= cp <= 0x074F:  # Syriac
        return True
    if 0x0780 <= cp <= 0x07BF:  # Thaana
        return True
    if 0x0900 <= cp <= 0x0D7F:  # Indic
        return True
    if 0x0D80 <= cp <= 0x0DFF:  # Sinhala
        return True
    if 0x0E00 <= cp <= 0x0EFF:  # Thai, Lao
        return True
    if 0x0F00 <= cp <= 0x0FFF:  # Tibetan
        return True
    if 0x1000 <= cp <= 0x109F:  # Myanmar
        return True
    if 0x1100 <= cp <= 0x11FF:  # Hangul Jamo
        return True
    if 0x1780 <= cp <= 0x17FF or 0x1800 <= cp <= 0x18AF:  # Khmer, Mongolian
        return True
    if 0x1A00 <= cp <= 0x1A1F or 0x1B00 <= cp <= 0x1B7F:
        return True
    if 0x200C <= cp <= 0x200F or 0x202A <= cp <= 0x202E or 0x206A <= cp <= 0x206F:
        return True
    if 0x20D0 <= cp <= 0x20FF:  # combining marks for symbols
        return True
    if 0xD800 <= cp <= 0xDFFF or 0xFE00 <= cp <= 0xFE0F:
        return True
    if 0xFB1D <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:  # Hebrew/Arabic presentation forms
        return True
    return cp > 0xFFFF


class ScaledFont:
    """A font file at one size: Java's LineMetrics values and a per-character advance cache."""

    __slots__ = ("font", "size", "size26", "x_scale", "ascent", "descent", "leading", "height", "_cache")

    def __init__(self, font: FontFile, size: float):
        self.font = font
        self.size = size
        size26 = int(size * 64.0)
        self.size26 = size26
        upem = font.units_per_em
        scale = _ft_divfix(size26, upem)
        self.x_scale = scale
        fscale = f32(float(scale))

        def vmetric(units: int) -> float:
            return f32(f32(float(units) * fscale) / 65536.0 / 64.0)

        self.ascent = vmetric(font.ascender)
        self.descent = vmetric(-font.descender)
        self.leading = vmetric(font.height - font.ascender + font.descender)
        self.height = f32(f32(self.ascent + self.descent) + self.leading)
        self._cache: dict[str, float] = {}

    def advance(self, ch: str) -> float:
        """Advance of one character (a str of length 1) in points."""
        a = self._cache.get(ch)
        if a is None:
            units = self.font.advance_units(ord(ch))
            if _is_zero_width(ch):
                units = self.font._adv.get(ord(ch), 0)
            a = _ft_muldiv(units, self.x_scale, 64) / 65536.0
            self._cache[ch] = a
        return a

    def string_width(self, text: str, start: int = 0, end: int | None = None) -> float:
        """``Font.getStringBounds(text, start, end).getWidth()`` (binary32 accumulation)."""
        if end is None:
            end = len(text)
        cache = self._cache
        total = 0.0
        adv = self.advance
        for ch in text[start:end]:
            a = cache.get(ch)
            total += a if a is not None else adv(ch)
        # all advances are multiples of 2**-16 pt: the binary64 sum is exact; while it stays
        # below 256 pt it is exact in binary32 as well, so per-step rounding changes nothing
        if total < 256.0:
            return total
        total = 0.0
        for ch in text[start:end]:
            a = cache.get(ch)
            total = f32(total + (a if a is not None else adv(ch)))
        return total

    def __repr__(self) -> str:
        return f"ScaledFont({self.font.full_name!r}, {self.size})"


def _is_zero_width(ch: str) -> bool:
    # Java maps ZWJ/ZWNJ/bidi marks etc. to an invisible glyph (advance 0) when the font lacks them
    cp = ord(ch)
    return (
        cp in (0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029, 0xFEFF)
        or (0x202A <= cp <= 0x202E or 0x206A <= cp <= 0x206F)
        or unicodedata.category(ch) == "Cc"
    )


_files: dict[str, FontFile] = {}
_files_lock = threading.Lock()


def load_font_file(path: str | Path) -> FontFile:
    """Load (once per path) a font file."""
    key = str(Path(path).resolve())
    ff = _files.get(key)
    if ff is None:
        with _files_lock:
            ff = _files.get(key)
            if ff is None:
                ff = FontFile(key)
                _files[key] = ff
    return ff


def scaled_font(path: str | Path, size: float) -> ScaledFont:
    return load_font_file(path).at(size)
