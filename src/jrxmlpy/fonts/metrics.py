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

import array
import logging
import struct
import sys
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
        self.path = str(path)
        try:
            tables = _read_sfnt(self.path)
        except (OSError, ValueError, struct.error):
            tables = None
        if tables is None:  # a font the direct reader does not take: fontTools reads it
            tables = _read_with_fonttools(self.path)
        self.units_per_em = tables.units_per_em
        asc, desc, gap = tables.hhea
        os2 = tables.os2
        if asc == 0 and desc == 0 and os2 is not None:
            # FreeType's fallback when hhea has no vertical metrics
            asc, desc, gap = os2[1], os2[2], os2[3]
            if asc == 0 and desc == 0:
                asc, desc, gap = os2[4], -os2[5], 0
        self.ascender = asc
        self.descender = desc
        self.line_gap = gap
        # FreeType: face->height = ascender - descender + line gap
        self.height = asc - desc + gap
        self.family = str(tables.names[0] or Path(self.path).stem)
        self.subfamily = str(tables.names[1] or "Regular")
        self.full_name = str(tables.names[2] or self.family)
        fs_sel = os2[0] if os2 is not None else 0
        self.bold = bool(tables.mac_style & 1 or fs_sel & 0x20)
        self.italic = bool(tables.mac_style & 2 or fs_sel & 0x01)
        self._adv = tables.advances
        self.notdef_advance = tables.notdef_advance
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


class _Tables:
    """What a font file gives :class:`FontFile`: ``hhea`` (ascender, descender, line
    gap), ``os2`` (fsSelection, typo ascender/descender/line gap, win ascent/descent) or
    None, the best family / subfamily / full names (None when absent), the advance of each
    mapped character and of ``.notdef``, in design units."""

    __slots__ = ("units_per_em", "mac_style", "hhea", "os2", "names", "advances", "notdef_advance")

    def __init__(self, units_per_em: int, mac_style: int, hhea: tuple[int, int, int],
                 os2: tuple[int, ...] | None, names: tuple[str | None, str | None, str | None],
                 advances: dict[int, int], notdef_advance: int) -> None:
        self.units_per_em = units_per_em
        self.mac_style = mac_style
        self.hhea = hhea
        self.os2 = os2
        self.names = names
        self.advances = advances
        self.notdef_advance = notdef_advance


def _read_with_fonttools(path: str) -> _Tables:
    from fontTools.ttLib import TTFont  # local import: slow to import, rarely needed

    tt = TTFont(path, lazy=True, fontNumber=0)
    quiet = logging.getLogger("fontTools")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # fontTools warns about harmless table oddities
    try:
        head = tt["head"]
        hhea = tt["hhea"]
        os2 = tt["OS/2"] if "OS/2" in tt else None
        name = tt["name"]
        hmtx = tt["hmtx"].metrics
        cmap = tt.getBestCmap() or {}
        order = tt.getGlyphOrder()
        return _Tables(
            int(head.unitsPerEm),
            int(head.macStyle),
            (int(hhea.ascent), int(hhea.descent), int(hhea.lineGap)),
            None if os2 is None else (int(os2.fsSelection), int(os2.sTypoAscender), int(os2.sTypoDescender),
                                      int(os2.sTypoLineGap), int(os2.usWinAscent), int(os2.usWinDescent)),
            (name.getBestFamilyName(), name.getBestSubFamilyName(), name.getBestFullName()),
            {cp: hmtx[g][0] for cp, g in cmap.items() if g in hmtx},
            hmtx[order[0]][0] if order and order[0] in hmtx else 0,
        )
    finally:
        quiet.setLevel(level)
        tt.close()


# --- a direct reader of the few tables needed (fontTools takes ~0.25 s to load a font) ----

_CMAP_PREFERENCES = ((3, 10), (0, 6), (0, 4), (3, 1), (0, 3), (0, 2), (0, 1), (0, 0))  # fontTools'


def _read_sfnt(path: str) -> _Tables | None:
    """The tables of a plain TrueType/OpenType file read directly, with fontTools'
    choices (best cmap, best names); None when the file has anything this reader does not
    handle exactly as fontTools does (collections, other cmap formats, other name
    encodings, inconsistent tables): fontTools reads those."""
    with open(path, "rb") as handle:
        data = handle.read()
    if data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return None
    (num_tables,) = struct.unpack_from(">H", data, 4)
    tables: dict[bytes, bytes] = {}
    for i in range(num_tables):
        tag, _checksum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        if offset + length > len(data):
            return None
        tables[tag] = data[offset : offset + length]
    head, hhea, maxp, hmtx, cmap, name = (tables.get(t) for t in (b"head", b"hhea", b"maxp", b"hmtx", b"cmap",
                                                                   b"name"))
    if head is None or hhea is None or maxp is None or hmtx is None or cmap is None or name is None:
        return None
    if len(head) < 54 or len(hhea) < 36 or len(maxp) < 6:
        return None
    units_per_em, mac_style = struct.unpack_from(">H", head, 18)[0], struct.unpack_from(">H", head, 44)[0]
    ascent, descent, line_gap = struct.unpack_from(">hhh", hhea, 4)
    (metrics_count,) = struct.unpack_from(">H", hhea, 34)
    (glyph_count,) = struct.unpack_from(">H", maxp, 4)
    os2_table = tables.get(b"OS/2")
    os2 = None
    if os2_table is not None:
        if len(os2_table) < 78:
            return None
        fs_selection = struct.unpack_from(">H", os2_table, 62)[0]
        typo = struct.unpack_from(">hhh", os2_table, 68)
        win = struct.unpack_from(">HH", os2_table, 74)
        os2 = (fs_selection, *typo, *win)
    metrics_count = min(metrics_count, glyph_count)
    if metrics_count == 0 or len(hmtx) < 4 * metrics_count + 2 * (glyph_count - metrics_count):
        return None
    widths = array.array("H", hmtx[: 4 * metrics_count])
    if sys.byteorder != "big":
        widths.byteswap()
    glyph_advances = list(widths[0::2])
    glyph_advances.extend([glyph_advances[-1]] * (glyph_count - metrics_count))
    codes = _best_cmap(cmap)
    names = _best_names(name)
    if codes is None or names is None:
        return None
    advances = {cp: glyph_advances[gid] for cp, gid in codes.items() if 0 < gid < glyph_count}
    return _Tables(units_per_em, mac_style, (ascent, descent, line_gap), os2, names, advances,
                   glyph_advances[0] if glyph_count else 0)


def _best_cmap(cmap: bytes) -> dict[int, int] | None:
    """Code point -> glyph id of the preferred Unicode subtable (format 4 or 12)."""
    _version, count = struct.unpack_from(">HH", cmap, 0)
    subtables: dict[tuple[int, int], int] = {}
    for i in range(count):
        platform, encoding, offset = struct.unpack_from(">HHL", cmap, 4 + 8 * i)
        if offset + 4 > len(cmap):
            return None
        subtables.setdefault((platform, encoding), offset)
    for key in _CMAP_PREFERENCES:
        offset = subtables.get(key)
        if offset is None:
            continue
        (fmt,) = struct.unpack_from(">H", cmap, offset)
        if fmt == 4:
            return _cmap_format_4(cmap, offset)
        if fmt == 12:
            return _cmap_format_12(cmap, offset)
        return None
    return {}


def _cmap_format_4(cmap: bytes, offset: int) -> dict[int, int] | None:
    _fmt, length, _language, seg_x2 = struct.unpack_from(">HHHH", cmap, offset)
    if length == 0 or offset + length > len(cmap):
        return None
    body = cmap[offset + 14 : offset + length]
    if len(body) % 2:
        return None
    words = array.array("H", body)
    if sys.byteorder != "big":
        words.byteswap()
    segs = seg_x2 // 2
    end_codes = words[:segs]
    start_codes = words[segs + 1 : 2 * segs + 1]
    deltas = words[2 * segs + 1 : 3 * segs + 1]
    range_offsets = words[3 * segs + 1 : 4 * segs + 1]
    glyph_ids = words[4 * segs + 1 :]
    if len(range_offsets) != segs:
        return None
    out: dict[int, int] = {}
    for i in range(segs - 1):  # the last segment (0xFFFF) is left out, as fontTools does
        start, end, delta, range_offset = start_codes[i], end_codes[i], deltas[i], range_offsets[i]
        if range_offset == 0:
            for code in range(start, end + 1):
                gid = (code + delta) & 0xFFFF
                if gid:
                    out[code] = gid
            continue
        partial = range_offset // 2 - start + i - segs
        for code in range(start, end + 1):
            index = code + partial
            if not 0 <= index < len(glyph_ids):
                return None
            gid = glyph_ids[index]
            if gid:
                gid = (gid + delta) & 0xFFFF
                if gid:
                    out[code] = gid
    return out


def _cmap_format_12(cmap: bytes, offset: int) -> dict[int, int] | None:
    _fmt, _reserved, length, _language, groups = struct.unpack_from(">HHLLL", cmap, offset)
    if offset + length > len(cmap) or length != 16 + 12 * groups:
        return None
    out: dict[int, int] = {}
    last_end = -1
    for g in range(groups):
        start, end, gid = struct.unpack_from(">LLL", cmap, offset + 16 + 12 * g)
        if end > 0x10FFFF or start > end or start <= last_end or gid == 0:
            return None  # fontTools' repairs of malformed groups are left to it
        last_end = end
        out.update(zip(range(start, end + 1), range(gid, gid + end - start + 1), strict=True))
    return out


def _best_names(table: bytes) -> tuple[str | None, str | None, str | None] | None:
    """fontTools' getBestFamilyName, getBestSubFamilyName and getBestFullName."""
    _fmt, count, strings = struct.unpack_from(">HHH", table, 0)
    found: dict[int, list[tuple[int, int, str]]] = {}
    for i in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(">6H", table, 6 + 12 * i)
        if name_id not in (1, 2, 4, 6, 16, 17, 21, 22):
            continue
        raw = table[strings + offset : strings + offset + length]
        if len(raw) != length:
            return None
        if platform == 0 or (platform == 3 and encoding in (0, 1, 10)):
            if length % 2:
                return None
            codec = "utf_16_be"
        elif platform == 1 and encoding == 0 and language == 0:
            codec = "mac_roman"
        else:
            return None
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            return None
        found.setdefault(name_id, []).append((platform, language, text))

    def debug_name(name_id: int) -> str | None:
        english = mac_english = some = None
        for platform, language, text in found.get(name_id, ()):
            some = text
            if (platform, language) == (3, 0x409):
                english = text
                break
            if (platform, language) == (1, 0) and mac_english is None:
                mac_english = text
        return english or mac_english or some or None

    family = next((n for n in map(debug_name, (21, 16, 1)) if n is not None), None)
    subfamily = next((n for n in map(debug_name, (22, 17, 2)) if n is not None), None)
    full = None
    for ids in ((21, 22), (16, 17), (1, 2), (4,), (6,)):
        if len(ids) == 2:
            fam, sub = debug_name(ids[0]), debug_name(ids[1])
            if fam is None or sub is None:
                continue
            full = fam if sub.lower() == "regular" else f"{fam} {sub}"
            break
        full = debug_name(ids[0])
        if full is not None:
            break
    return family, subfamily, full


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
