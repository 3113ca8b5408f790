"""PDF export drawn as JasperReports 6.20's ``JRPdfExporter`` draws a print (reportlab canvas).

Every print element is drawn where the print document puts it, with the geometry rules of
JasperReports' PDF exporter (learned from its public sources, written anew here):

* **text**: the lines are those the filler measured (:class:`jrxmlpy.fonts.TextMeasurer` on
  the same text, font, box and paragraph).  A text whose print has a non-zero
  ``leadingOffset`` is laid out by JasperReports through iText's column text: the first
  baseline sits ``leadingOffset + lineSpacingFactor * size`` below the top of the text area
  and each further line ``lineSpacingFactor * (largest size on the line)`` lower; the
  lines are aligned in the column ``[left padding, width - right padding]`` with the PDF
  font's widths (justified lines spread the free room as iText does: a space gets 2.5 times
  what a character gets).  Texts with tabs or indents (``leadingOffset`` 0) are drawn line by
  line at the AWT baselines, segment by segment at their tab stops.  Vertical alignment
  shifts the text by the free room below the print's ``textHeight``; rotated texts are
  drawn in a frame turned around the element's corner; underline (1/18 of the size thick,
  1/12 below the baseline) and strike-through (1/3 above) are drawn per run;
  super/subscripts are 2/3 of the size, raised/lowered by half of it.
* **fonts**: a family JasperReports finds in a font extension (the bundled DejaVu families,
  registered fonts, font extensions) is embedded as a TrueType subset; any other name
  (``SansSerif``, ``Arial`` ...) is drawn with the element's ``pdfFontName`` (a PDF base
  font such as Helvetica, not embedded), as JasperReports does.  Synthetic bold (fill and
  stroke) and italic (skew) stand in for faces a family lacks.
* **graphics**: box sides are stroked on the element's edges with butt caps, each side
  lengthened by half of the neighbouring sides' widths; double pens are two strokes of a
  third of the width, ``width / 3`` either side; dashed ``5w 3w`` (sides) / ``4w 4w``
  (shapes), dotted ``w w`` / ``0 2w``; one point wide or tall lines are drawn half a
  point inside the element; rectangles and ellipses are filled when opaque, then stroked.
* **images**: Clip (natural size, aligned, clipped to the box), FillFrame, RetainShape
  (RealSize and RealHeight too, as JasperReports at export), alignments, rotations; SVG is
  drawn as vector graphics through svglib when it is installed, else it is left out (with
  a warning).

Document features: outline (the print's bookmarks, else the elements' anchors with
bookmark levels), local anchors and pages (``JR_PAGE_ANCHOR_<part>_<page>``), remote links,
metadata, encryption and reproducible output (reportlab's invariant mode).
"""

from __future__ import annotations

import hashlib
import io
import logging
import math
import os
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont
from reportlab.pdfgen.canvas import Canvas

from ..design.enums import (
    HorizontalImageAlign,
    HorizontalTextAlign,
    LineDirection,
    LineStyle,
    Mode,
    OnErrorType,
    Rotation,
    RunDirection,
    ScaleImage,
    VerticalImageAlign,
    VerticalTextAlign,
)
from ..document import (
    Document,
    PrintElement,
    PrintEllipse,
    PrintFrame,
    PrintGeneric,
    PrintHyperlink,
    PrintImage,
    PrintLine,
    PrintRectangle,
    PrintText,
)
from ..errors import ExportError
from ..fonts.layout import Padding, ParagraphStyle, TextMeasurer
from ..fonts.markup import StyledText, known_families, list_blocks, parse_styled, run_fonts
from ..fonts.registry import ResolvedFont, default_registry
from . import register_exporter
from .paper import PaperOptions, place
from .text import bullet_text

__all__ = ["PdfWriter", "export_pdf"]

log = logging.getLogger(__name__)

try:  # right-to-left scripts (optional: python-bidi is a compiled extension; the `rtl` extra)
    from arabic_reshaper import reshape as _arabic_shapes
    from bidi import get_display as _bidi_display
except ImportError:  # pragma: no cover - depends on the installation
    _arabic_shapes = _bidi_display = None

_INF = float("inf")

#: Document properties JasperReports' PDF exporter reads (report properties reach the print).
_P = "net.sf.jasperreports.export.pdf."

#: iText's share of a justified line's free room given to a space rather than a character
#: (JasperReports' writer gives it all to the spaces)
_SPACE_CHAR_RATIO = 10000000.0
#: iText's skew of synthetic italic and stroke width (of the size) of synthetic bold
_ITALIC_SKEW = 0.21256
_BOLD_STROKE = 1 / 30

_BASE_FAMILIES = {
    "helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique"),
    "times-roman": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique"),
}

_PDF_BASE_FONTS = {"times",
    "helvetica", "helvetica-bold", "helvetica-oblique", "helvetica-boldoblique", "times-roman",
    "times-bold", "times-italic", "times-bolditalic", "courier", "courier-bold", "courier-oblique",
    "courier-boldoblique", "symbol", "zapfdingbats",
}


# --- numbers and colours -------------------------------------------------------------------


def _n(v: float) -> str:
    """A PDF number: integers plain, others with up to 4 decimals."""
    i = int(v)
    if i == v:
        return str(i)
    return f"{v:.4f}".rstrip("0").rstrip(".")


_RGB: dict[tuple[int, int, int], str] = {}


def _rgb(color: Any) -> str:
    key = (color.red, color.green, color.blue)
    s = _RGB.get(key)
    if s is None:
        s = " ".join(_n(round(c / 255, 4)) for c in key)
        _RGB[key] = s
    return s


# --- right-to-left text -----------------------------------------------------------------------

#: Hebrew, Arabic, Syriac, Thaana, NKo ... and their presentation forms: the characters that
#: make a line need the bidirectional algorithm
_RTL_CHARS = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_VISUAL: dict[tuple[str, bool], str] = {}
_VISUAL_WARNED = False


def _visual(text: str, rtl: bool) -> str:
    """A line (or run) of text as iText draws it: Arabic letters in their contextual
    presentation forms (lam-alef ligatures included), then the characters in visual order by
    the Unicode bidirectional algorithm, the paragraph direction that of the first strong
    character (right to left for ``runDirection="RTL"``).  Text without right-to-left
    characters is returned as is; without python-bidi and arabic-reshaper (the ``rtl`` extra)
    it stays in logical order, with a warning."""
    if not _RTL_CHARS.search(text):
        return text
    key = (text, rtl)
    shown = _VISUAL.get(key)
    if shown is None:
        if _bidi_display is None or _arabic_shapes is None:
            global _VISUAL_WARNED
            if not _VISUAL_WARNED:
                _VISUAL_WARNED = True
                log.warning("right-to-left text is drawn in logical order: install jrxmlpy[rtl] "
                            "(python-bidi, arabic-reshaper) to draw it as JasperReports does")
            return text
        shown = _bidi_display(_arabic_shapes(text), base_dir="R" if rtl else None)
        if len(_VISUAL) >= 10_000:
            _VISUAL.clear()
        _VISUAL[key] = shown
    return shown


# --- fonts -----------------------------------------------------------------------------------

_TT_FONTS: dict[str, TTFont] = {}
_FONT_LOCK = threading.Lock()


def _ttfont(path: str) -> TTFont:
    """The reportlab TrueType font of a font file (registered once per process)."""
    font = _TT_FONTS.get(path)
    if font is None:
        with _FONT_LOCK:
            font = _TT_FONTS.get(path)
            if font is None:
                name = "JR" + hashlib.sha1(os.path.abspath(path).encode()).hexdigest()[:12]
                try:
                    font = TTFont(name, path, shapable=False)
                except TTFError:
                    # OpenType with PostScript (CFF) outlines: iText embeds them, reportlab
                    # only TrueType ones; the outlines are converted (same metrics)
                    data = _cff_as_truetype(path)
                    if data is None:
                        raise
                    font = TTFont(name, data, shapable=False)
                pdfmetrics.registerFont(font)
                _TT_FONTS[path] = font
    return font


def _cff_as_truetype(path: str) -> io.BytesIO | None:
    """The font at ``path`` with its CFF outlines turned into TrueType quadratic ones
    (fontTools' cu2qu, within 1 unit), as an in-memory TrueType file; None when the file
    has no CFF outlines or cannot be read.  Advance widths, metrics and the character map
    stay as they are."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont as OpenTypeFont
    from fontTools.ttLib import TTLibError, newTable

    try:
        font = OpenTypeFont(path)
        if "CFF " not in font:
            return None
        glyph_set = font.getGlyphSet()
        order = font.getGlyphOrder()
        glyf = newTable("glyf")
        glyf.glyphOrder = order
        glyf.glyphs = {}
        for name in order:
            pen = TTGlyphPen(None)
            glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
            glyf[name] = pen.glyph()
    except (TTLibError, OSError, KeyError, ValueError) as exc:
        log.warning("cannot convert the outlines of %s for PDF: %s", path, exc)
        return None
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    maxp = font["maxp"]  # TrueType fonts need the version 1 fields (computed on saving)
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\0\1\0\0"
    out = io.BytesIO()
    font.save(out)
    out.seek(0)
    return out


@dataclass(slots=True)
class _PdfFont:
    """A font as drawn: reportlab font, the metrics the text was measured with, how wide the
    PDF font draws a string, synthetic styles."""

    name: str
    tt: TTFont | None  # None: a PDF base font (not embedded)
    resolved: ResolvedFont
    synthetic_bold: bool
    synthetic_italic: bool

    def width(self, text: str, size: float) -> float:
        """The width the PDF font draws ``text`` with (per-mille glyph widths, as iText)."""
        get = self.char_widths().get
        try:
            return sum(map(get, text)) * size / 1000  # type: ignore[arg-type]
        except TypeError:  # characters not met before
            cache = self.char_widths()
            for ch in text:
                if ch not in cache:
                    cache[ch] = pdfmetrics.stringWidth(ch, self.name, 1000)
            return sum(map(get, text)) * size / 1000  # type: ignore[arg-type]

    def max_ascii_width(self) -> float:
        """The widest printable ASCII character, per mille."""
        m = _MAX_ASCII.get(self.name)
        if m is None:
            m = _MAX_ASCII[self.name] = max(pdfmetrics.stringWidth(chr(i), self.name, 1000) for i in range(32, 127))
        return m

    def ascent_descent(self) -> tuple[float, float]:
        """The PDF font's ascent and (negative) descent, per mille: what iText's font
        descriptor gives (a TrueType font's OS/2 typographic ascender and descender, a base
        font's AFM values); a run's background is drawn between them."""
        m = _ASCENT_DESCENT.get(self.name)
        if m is None:
            m = _ASCENT_DESCENT[self.name] = pdfmetrics.getAscentDescent(self.name)
        return m

    def char_widths(self) -> dict[str, float]:
        """Per-mille widths of the characters met so far."""
        cache = _CHAR_WIDTHS.get(self.name)
        if cache is None:
            cache = _CHAR_WIDTHS[self.name] = {}
        return cache


_CHAR_WIDTHS: dict[str, dict[str, float]] = {}
_MAX_ASCII: dict[str, float] = {}
_ASCENT_DESCENT: dict[str, tuple[float, float]] = {}

#: PDF string escapes of each byte
_ESCAPES = [chr(i) if 32 <= i < 127 and chr(i) not in "()\\" else
            ("\\" + chr(i) if chr(i) in "()\\" else f"\\{i:03o}") for i in range(256)]
_PLAIN = frozenset(chr(i) for i in range(32, 127)) - frozenset("()\\")


def _escape(data: bytes) -> str:
    """A PDF literal string's content (ASCII)."""
    s = data.decode("latin-1")
    if _PLAIN.issuperset(s):
        return s
    return "".join(map(_ESCAPES.__getitem__, data))


def _encode(tt: TTFont, text: str, doc: Any) -> list[tuple[int, bytes]]:
    """reportlab's ``splitString`` (subset, codes), quicker for characters already met."""
    state = tt.state.get(doc)
    if state is not None:
        codes = list(map(state.assignments.get, map(ord, text)))
        if None not in codes and max(codes, default=0) < 256:
            return [(0, bytes(codes))]  # type: ignore[arg-type]
    # characters the font has no glyph for are left out (iText draws nothing for them)
    cmap = tt.face.charToGlyph
    if not all(ord(ch) in cmap or ch == "\xa0" for ch in text):
        text = "".join(ch for ch in text if ord(ch) in cmap or ch == "\xa0")
    return tt.splitString(text, doc)


def _subset_name(tt: TTFont, subset: int, doc: Any, cache: dict[tuple[int, int], str]) -> str:
    key = (id(tt), subset)
    name = cache.get(key)
    if name is None:
        name = cache[key] = tt.getSubsetInternalName(subset, doc)
    return name


def _split_char(ch: str) -> bool:
    """iText's default split characters: white space and control characters, hyphens, the
    typographic spaces, CJK ideographs."""
    o = ord(ch)
    if o <= 32 or ch == "-" or ch == "\u2010":
        return True
    if o < 0x2002:
        return False
    return (0x2002 <= o <= 0x200B or 0x2E80 <= o < 0xD7A0 or 0xF900 <= o < 0xFB00
            or 0xFE30 <= o < 0xFE50 or 0xFF61 <= o < 0xFFA0)


_PDF_FONTS: dict[tuple[str, bool, bool, str], _PdfFont] = {}


def _pdf_font(name: str, bold: bool, italic: bool, pdf_font_name: str) -> _PdfFont:
    key = (name, bold, italic, pdf_font_name)
    f = _PDF_FONTS.get(key)
    if f is not None:
        return f
    rf = default_registry().resolve(name, bold, italic)
    base = (pdf_font_name or "Helvetica").strip()
    if rf.from_extension or not base:
        try:
            tt = _ttfont(rf.file.path)
            f = _PdfFont(tt.fontName, tt, rf, rf.synthetic_bold, rf.synthetic_italic)
        except TTFError as exc:  # e.g. OpenType with PostScript outlines: reportlab embeds TrueType only
            log.warning("font %s cannot be embedded in PDF (%s): DejaVu Sans is drawn instead", rf.file.path, exc)
            fallback = default_registry().resolve("DejaVu Sans", bold, italic)
            tt = _ttfont(fallback.file.path)
            f = _PdfFont(tt.fontName, tt, fallback, fallback.synthetic_bold, fallback.synthetic_italic)
    elif base.lower() in _PDF_BASE_FONTS:
        # a base font family name takes the face of the asked style, as iText's font
        # factory picks it (Helvetica bold: Helvetica-Bold); any other base font asked
        # bold or italic is made so (iText strokes and skews it: Helvetica-Bold asked bold
        # is drawn bolder)
        family = _BASE_FAMILIES.get(base.lower())
        if family is not None:
            base = family[(2 if italic else 0) + (1 if bold else 0)]
        canonical = next(n for n in pdfmetrics.standardFonts if n.lower() == base.lower())
        synthetic = family is None
        f = _PdfFont(canonical, None, rf, synthetic and bold, synthetic and italic)
    elif base.lower().endswith((".ttf", ".otf")) and os.path.isfile(base):
        tt = _ttfont(base)
        f = _PdfFont(tt.fontName, tt, rf, False, False)
    else:  # a PDF font JasperReports would look up by name: not available here
        tt = _ttfont(rf.file.path)
        f = _PdfFont(tt.fontName, tt, rf, rf.synthetic_bold, rf.synthetic_italic)
    _PDF_FONTS[key] = f
    return f


# --- the graphics state written so far on a page ---------------------------------------------


class _State:
    __slots__ = ("fill", "stroke", "width", "dash", "cap")

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        # unknown after a restore: the next use writes the value
        self.fill = ""
        self.stroke = ""
        self.width = -1.0
        self.dash = ""
        self.cap = -1


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Streams compressed without reportlab's ASCII85 layer (smaller, quicker), for this
    writer only."""
    with _A85_LOCK:
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            yield
        finally:
            rl_config.useA85 = saved


_A85_LOCK = threading.RLock()


# --- text pieces -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Run:
    start: int
    end: int
    font: _PdfFont
    size: float  # drawn size (2/3 for super/subscripts)
    color: Any
    underline: bool
    strike: bool
    backcolor: Any
    rise: float
    link: Any  # markup Hyperlink or None
    text: str | None = None  # a bullet: its own text rather than the element's


def _align_factor(value: Any, first: Any, middle: Any, last: Any) -> float:
    if value is middle:
        return 0.5
    if value is last:
        return 1.0
    return 0.0


# --- the writer ------------------------------------------------------------------------------


class PdfWriter:
    """Writes one PDF from one or more print documents (each added part keeps its outline,
    under its title when given).  ``document_options`` (all optional):

    ``title``, ``author``, ``subject``, ``keywords``, ``creator``: metadata (else the first
    document's ``net.sf.jasperreports.export.pdf.metadata.*`` properties);
    ``encrypted``, ``user_password``, ``owner_password``, ``permissions`` (names such as
    ``PRINTING``, ``COPY``, ``MODIFY_CONTENTS``, ``MODIFY_ANNOTATIONS`` or an iterable of
    them), ``strength`` (40 or 128): encryption (else the ``...pdf.encrypted``,
    ``...pdf.128.bit.key``, ``...pdf.user.password``, ``...pdf.owner.password``,
    ``...pdf.permissions`` properties); ``reproducible``: same input, same bytes (fixed
    dates and ids); ``compress``: compressed page streams (default True);
    ``allow_remote``: images given only by a URL or file location are read (default False).
    """

    OPTIONS = frozenset({"title", "author", "subject", "keywords", "creator", "encrypted", "user_password",
                         "owner_password", "permissions", "strength", "reproducible", "compress",
                         "allow_remote"})

    def __init__(self, out: BinaryIO, **document_options: Any) -> None:
        unknown = sorted(set(document_options) - self.OPTIONS)
        if unknown:
            raise ExportError(f"unknown PDF option{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                              f"known: {', '.join(sorted(self.OPTIONS))}")
        self.out = out
        self.options = dict(document_options)
        self.canvas: Canvas | None = None
        self.part = 0
        self._outline_depth_base = 0
        self._dest_count = 0
        self._measurers: dict[tuple[Any, ...], TextMeasurer] = {}
        self._layouts: dict[tuple[Any, ...], Any] = {}
        self._images: dict[Any, Any] = {}
        self._svgs: dict[Any, Any] = {}
        self._closed = False
        self._pages_written = 0
        self._subset_names: dict[tuple[int, int], str] = {}
        self._shown: dict[tuple[str, float, str], tuple[str, str, float]] = {}

    # -- document level --------------------------------------------------------------

    def _open(self, document: Document) -> Canvas:
        props = document.properties
        opts = self.options

        def opt(name: str, prop: str) -> Any:
            v = opts.get(name)
            return v if v is not None else props.get(_P + prop)

        encrypt = None
        encrypted = opt("encrypted", "encrypted")
        if isinstance(encrypted, str):
            encrypted = encrypted.strip().lower() == "true"
        user_pw = opt("user_password", "user.password")
        owner_pw = opt("owner_password", "owner.password")
        if encrypted or ((user_pw or owner_pw) and opts.get("encrypted") is not False):
            from reportlab.lib.pdfencrypt import StandardEncryption

            perms = opt("permissions", "permissions")
            if isinstance(perms, str):
                perms = [p.strip() for p in perms.replace("|", ",").split(",") if p.strip()]
            perms = {str(p).upper() for p in (perms or ())}
            strength = opts.get("strength")
            if strength is None:
                bit128 = props.get(_P + "128.bit.key")
                strength = 40 if bit128 is not None and bit128.strip().lower() == "false" else 128
            encrypt = StandardEncryption(
                user_pw or "",
                owner_pw or None,
                canPrint=int("PRINTING" in perms or "DEGRADED_PRINTING" in perms or "ALL" in perms),
                canModify=int("MODIFY_CONTENTS" in perms or "ASSEMBLY" in perms or "ALL" in perms),
                canCopy=int("COPY" in perms or "SCREENREADERS" in perms or "ALL" in perms),
                canAnnotate=int("MODIFY_ANNOTATIONS" in perms or "FILL_IN" in perms or "ALL" in perms),
                strength=int(strength),
            )
        bundled = default_registry().resolve("DejaVu Sans")
        canvas = Canvas(
            self.out,
            pagesize=(document.page_width, document.page_height),
            invariant=1 if opts.get("reproducible") else 0,
            pageCompression=0 if opts.get("compress") is False else 1,
            encrypt=encrypt,
            initialFontName=_ttfont(bundled.file.path).fontName,
        )
        for name, setter in (("title", canvas.setTitle), ("author", canvas.setAuthor),
                             ("subject", canvas.setSubject), ("keywords", canvas.setKeywords),
                             ("creator", canvas.setCreator)):
            value = opt(name, "metadata." + name)
            if value is not None:
                setter(", ".join(value) if isinstance(value, (list, tuple)) else str(value))
        if opt("creator", "metadata.creator") is None:
            canvas.setCreator("jrxmlpy")
        canvas.setProducer("jrxmlpy (reportlab)")
        return canvas

    def add_document(self, document: Document, page_indexes: Iterable[int] | None = None,
                     paper: PaperOptions | None = None, title: str | None = None) -> None:
        """Write pages of ``document`` (0-based ``page_indexes``, sorted; all when None)
        on ``paper``; with ``title``, the part's outline entries go under an entry of that
        title."""
        if self._closed:
            raise ExportError("the PDF is closed: add documents before close()")
        if self.canvas is None:
            self.canvas = self._open(document)
        canvas = self.canvas
        indexes = list(range(len(document.pages))) if page_indexes is None else list(page_indexes)
        part = self.part
        self.part += 1
        self.document = document
        self._resolved = document.resolved
        self._part_prefix = f"p{part}:"
        self._page_prefix = f"JR_PAGE_ANCHOR_{part}_"
        self._written_pages = set(indexes)
        self._anchors = self._anchor_names(document, indexes)
        self._outline: list[tuple[str, str, int]] = []  # (label, destination key, level)
        self._first_dest: str | None = None
        for index in indexes:
            self._page(document, index, paper)
        # the outline: the part's title, then its entries (JasperReports' levels nested by a
        # stack, as consecutive depths)
        base = 0
        if title is not None and self._first_dest is not None:
            canvas.addOutlineEntry(title, self._first_dest, 0, closed=False)
            base = 1
        entries = self._outline
        if document.bookmarks:
            entries = self._print_bookmarks(document)
        stack: list[int] = []
        for label, key, level in entries:
            while stack and stack[-1] >= level:
                stack.pop()
            canvas.addOutlineEntry(label, key, base + len(stack), closed=False)
            stack.append(level)
        if entries or title is not None:
            canvas.showOutline()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self.canvas is None:
            self.canvas = Canvas(self.out, invariant=1 if self.options.get("reproducible") else 0)
        with _binary_streams():
            self.canvas.save()

    # -- pages ---------------------------------------------------------------------------

    def _page(self, document: Document, index: int, paper: PaperOptions | None) -> None:
        canvas = self.canvas
        assert canvas is not None
        width, height = document.page_size(index)
        placement = place(width, height, paper)
        self.placement = placement
        canvas.setPageSize((placement.paper_width, placement.paper_height))
        self.page_height = height
        code = self.code = canvas._code
        self.gs = _State()
        self._links: list[tuple[float, float, float, float, Any]] = []
        identity = placement.scale == 1 and placement.x == 0 and placement.y == 0 and \
            placement.paper_height == height
        if placement.clip:
            code.append(f"q 0 0 {_n(placement.paper_width)} {_n(placement.paper_height)} re W n")
        if not identity:
            s = placement.scale
            ty = placement.paper_height - placement.y - height * s
            code.append(f"q {_n(s)} 0 0 {_n(s)} {_n(placement.x)} {_n(ty)} cm")
        self._first_dest_page = self._page_prefix + str(index + 1)
        canvas.bookmarkPage(self._first_dest_page, fit="XYZ", left=placement.x,
                            top=placement.paper_height - placement.y, zoom=0)
        if self._first_dest is None:
            self._first_dest = self._first_dest_page
        self._elements(document.pages[index].elements, 0, 0)
        if not identity:
            code.append("Q")
        if placement.clip:
            code.append("Q")
        for x0, y0, x1, y1, link in self._links:
            self._annotate(x0, y0, x1, y1, link)
        with _binary_streams():
            canvas.showPage()
        self._pages_written += 1

    def _elements(self, elements: list[PrintElement], ox: int, oy: int) -> None:
        for el in elements:
            t = type(el)
            if el.properties and _FIELD_TYPE in el.properties and self._field(el, ox, oy):
                continue
            if t is PrintText:
                self._text(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintLine:
                self._line(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintRectangle:
                self._rectangle(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintFrame:
                self._frame(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintImage:
                self._image(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintEllipse:
                self._ellipse(el, ox, oy)  # type: ignore[arg-type]
            elif t is PrintGeneric:
                pass  # generic elements have no PDF handler here (JasperReports: per type)
            if (t is PrintText or t is PrintImage) and (el.anchor_name is not None or el.bookmark_level):  # type: ignore[attr-defined]
                self._anchor(el, ox, oy)

    # -- interactive form fields ------------------------------------------------------------

    def _field(self, el: Any, ox: int, oy: int) -> bool:
        """An element JasperReports exports as a PDF form field (its ``...pdf.field.type``
        property): a check box, a radio button, or (texts) a text field, combo box or list;
        False when the element is drawn as usual."""
        props = el.properties
        kind = (props.get(_FIELD_TYPE) or "").strip().lower()
        if kind not in ("check", "radio") and not (isinstance(el, PrintText) and kind in ("text", "combo", "list")):
            return False
        canvas = self.canvas
        assert canvas is not None
        from reportlab.pdfbase import acroform

        # iText's square check mark is ZapfDingbats' filled square, which reportlab lacks
        if "square" not in acroform.cbmarks:
            acroform.ZDSyms["square"] = "n"
            acroform.cbmarks["square"] = acroform.CBMark([0, 1, 1, 1, 3], [35, 0, 35, 692, 727, 692, 727, 0, 35, 0],
                                                         (35, 0, 727, 692))
        form = canvas.acroForm
        r = self._resolved(el)
        s = self.placement.scale
        x0, y0 = self._point(ox + el.x, oy + el.y + el.height)
        w, h = el.width * s, el.height * s
        name = (props.get(_FIELD_P + "name") or "").strip() or f"FIELD_{el.uuid or id(el)}"
        pen = _field_pen(r, el)
        border = min(3, round(pen.line_width)) if pen is not None else 0
        colors = {
            "fillColor": _rl_color(r.backcolor) if r.mode is Mode.OPAQUE else None,
            "borderColor": _rl_color(pen.line_color) if border else None,
            "textColor": _rl_color(r.forecolor),
            "borderWidth": border,
        }
        style = (props.get(_FIELD_P + "border.style") or "").strip().lower()
        border_style = {"dashed": "dashed", "beveled": "bevelled", "inset": "inset", "underline": "underlined"}.get(
            style, "dashed" if pen is not None and pen.line_style is LineStyle.DASHED else "solid")
        flags = []
        if (props.get(_FIELD_P + "read.only") or "").strip().lower() == "true":
            flags.append("readOnly")
        checked = (props.get(_FIELD_P + "checked") or "").strip().lower() == "true"
        check_type = (props.get(_FIELD_P + "check.type") or "check").strip().lower()
        if check_type not in ("check", "circle", "cross", "diamond", "square", "star"):
            check_type = "check"
        shape = "circle" if check_type == "circle" else "square"
        if kind == "check":
            form.checkbox(name=self._field_name(name), checked=checked, buttonStyle=check_type, shape=shape,
                          x=x0, y=y0, size=min(w, h), borderStyle=border_style,
                          fieldFlags=" ".join(flags), **colors)
        elif kind == "radio":
            form.radio(name=name, value=f"FIELD_{el.uuid or id(el)}", selected=checked, buttonStyle=check_type,
                       shape=shape, x=x0, y=y0, size=min(w, h), borderStyle=border_style,
                       fieldFlags=" ".join(["noToggleToOff", "radio", *flags]), **colors)
        else:
            font = _pdf_font(r.font_name, r.bold, r.italic, r.pdf_font_name)
            font_name = font.name if font.tt is None else ("Helvetica-Bold" if r.bold else "Helvetica")
            value = props.get(_FIELD_P + "value")
            if value is None:
                value = el.text or ""
            common = dict(name=self._field_name(name), x=x0, y=y0, width=w, height=h, fontName=font_name,
                          fontSize=r.font_size * s, borderStyle=border_style, **colors)
            if kind == "text":
                if (props.get(_FIELD_P + "text.multiline") or "").strip().lower() == "true":
                    flags.append("multiline")
                form.textfield(value=value, fieldFlags=" ".join(flags), maxlen=None, **common)
            else:
                separators = props.get(_FIELD_P + "choice.separators") or "|"
                choices = [c for c in _split_any(props.get(_FIELD_P + "choices") or "", separators) if c]
                selected = value if value in choices else (choices[0] if choices else "")
                if kind == "combo":
                    if (props.get(_FIELD_P + "combo.edit") or "").strip().lower() == "true":
                        flags.append("edit")
                    form.choice(options=choices or [""], value=selected,
                                fieldFlags=" ".join(["combo", *flags]), **common)
                else:
                    form.listbox(options=choices or [""], value=selected, fieldFlags=" ".join(flags), **common)
        return True

    def _field_name(self, name: str) -> str:
        """Field names are unique in a PDF: a repeated one gets a number."""
        used = self.__dict__.setdefault("_field_names", {})
        n = used.get(name, 0)
        used[name] = n + 1
        return name if n == 0 else f"{name}_{n}"

    # -- anchors, links, outline -----------------------------------------------------------

    @staticmethod
    def _anchor_names(document: Document, indexes: list[int]) -> set[str]:
        names: set[str] = set()
        for index in indexes:
            for el, _, _ in document.pages[index].walk():
                name = getattr(el, "anchor_name", None)
                if name is not None:
                    names.add(name)
        return names

    def _point(self, x: float, y: float) -> tuple[float, float]:
        """Default user space (the paper) of a page point (points from the top-left, y down)."""
        p = self.placement
        return p.x + x * p.scale, p.paper_height - (p.y + y * p.scale)

    def _anchor(self, el: Any, ox: int, oy: int) -> None:
        canvas = self.canvas
        assert canvas is not None
        left, top = self._point(ox + el.x, oy + el.y)
        name = el.anchor_name
        if name is not None:
            key = self._part_prefix + name
            canvas.bookmarkPage(key, fit="XYZ", left=left, top=top, zoom=0)
        else:
            key = None
        if el.bookmark_level and name is not None:
            self._dest_count += 1
            bm = f"_bm{self._dest_count}"
            canvas.bookmarkPage(bm, fit="XYZ", left=left, top=top, zoom=0)
            self._outline.append((name, bm, el.bookmark_level))

    def _print_bookmarks(self, document: Document) -> list[tuple[str, str, int]]:
        out: list[tuple[str, str, int]] = []

        def walk(bookmarks: list[Any], level: int) -> None:
            for b in bookmarks:
                if b.page_index in self._written_pages:
                    out.append((b.label, self._page_prefix + str(b.page_index + 1), level))
                walk(b.children, level + 1)

        walk(document.bookmarks, 1)
        return out

    def _link(self, el: Any, ox: int, oy: int, link: PrintHyperlink | None) -> None:
        if link is None or link.link_type in (None, "None"):
            return
        x, y = ox + el.x, oy + el.y
        self._links.append((x, y, x + el.width, y + el.height, link))

    def _annotate(self, x0: float, y0: float, x1: float, y1: float, link: Any) -> None:
        canvas = self.canvas
        assert canvas is not None
        ax0, ay1 = self._point(x0, y0)
        ax1, ay0 = self._point(x1, y1)
        rect = (ax0, ay0, ax1, ay1)
        kind = getattr(link, "link_type", None) or getattr(link, "type", None)
        reference = getattr(link, "reference", None)
        anchor = getattr(link, "anchor", None)
        page = getattr(link, "page", None)
        if kind == "Reference":
            if reference:
                canvas.linkURL(reference, rect, relative=0, thickness=0)
        elif kind == "LocalAnchor":
            if anchor is not None and anchor in self._anchors:
                canvas.linkRect("", self._part_prefix + anchor, rect, relative=0, thickness=0)
        elif kind == "LocalPage":
            if page is not None and int(page) - 1 in self._written_pages:
                canvas.linkRect("", self._page_prefix + str(int(page)), rect, relative=0, thickness=0)
        elif kind == "RemoteAnchor":
            if reference and anchor is not None:
                canvas.linkURL(f"{reference}#{anchor}", rect, relative=0, thickness=0)
        elif kind == "RemotePage":
            if reference and page is not None:
                canvas.linkURL(f"{reference}#page={page}", rect, relative=0, thickness=0)

    # -- pens ---------------------------------------------------------------------------

    def _stroke_style(self, pen: Any, butt: bool) -> float:
        """Write the pen's width, colour, cap and dash; the width to stroke with."""
        code = self.code
        gs = self.gs
        w = pen.line_width
        style = pen.line_style
        width = w / 3 if style is LineStyle.DOUBLE else w
        if width != gs.width:
            code.append(f"{_n(width)} w")
            gs.width = width
        cap = 0 if butt else 2
        if cap != gs.cap:
            code.append(f"{cap} J")
            gs.cap = cap
        if style is LineStyle.DOTTED:
            dash = f"[{_n(w)} {_n(w)}] 0 d" if butt else f"[0 {_n(2 * w)}] 0 d"
        elif style is LineStyle.DASHED:
            dash = f"[{_n(5 * w)} {_n(3 * w)}] 0 d" if butt else f"[{_n(4 * w)} {_n(4 * w)}] 0 d"
        else:
            dash = "[] 0 d"
        if dash != gs.dash:
            code.append(dash)
            gs.dash = dash
        self._stroke_color(pen.line_color)
        return w

    def _stroke_color(self, color: Any) -> None:
        rgb = _rgb(color)
        if rgb != self.gs.stroke:
            self.code.append(rgb + " RG")
            self.gs.stroke = rgb
        if color.alpha != 255:
            self.canvas.setStrokeAlpha(color.alpha / 255)  # type: ignore[union-attr]
            self._alpha_stroke = True

    def _fill_color(self, color: Any) -> None:
        rgb = _rgb(color)
        if rgb != self.gs.fill:
            self.code.append(rgb + " rg")
            self.gs.fill = rgb
        if color.alpha != 255:
            self.canvas.setFillAlpha(color.alpha / 255)  # type: ignore[union-attr]
            self._alpha_fill = True

    def _reset_alpha(self) -> None:
        if getattr(self, "_alpha_fill", False):
            self.canvas.setFillAlpha(1)  # type: ignore[union-attr]
            self._alpha_fill = False
        if getattr(self, "_alpha_stroke", False):
            self.canvas.setStrokeAlpha(1)  # type: ignore[union-attr]
            self._alpha_stroke = False

    def _fill_rect(self, x: float, y: float, w: float, h: float, color: Any) -> None:
        self._fill_color(color)
        self.code.append(f"{_n(x)} {_n(self.page_height - y - h)} {_n(w)} {_n(h)} re f")
        if color.alpha != 255:
            self._reset_alpha()

    def _box(self, box: Any, x: float, y: float, w: float, h: float) -> None:
        """The four sides of an element box (JasperReports' exportBox)."""
        top, left, bottom, right = box.top_pen, box.left_pen, box.bottom_pen, box.right_pen
        if top.line_width <= 0 and left.line_width <= 0 and bottom.line_width <= 0 and right.line_width <= 0:
            return
        self._sides(top, left, bottom, right, x, y, w, h)

    def _sides(self, top: Any, left: Any, bottom: Any, right: Any, x: float, y: float, w: float, h: float) -> None:
        H = self.page_height
        yt = H - y  # top edge (PDF y)
        yb = H - y - h
        xr = x + w
        if top.line_width > 0:
            self._horizontal_side(top, yt, 1, x, xr, left, right)
        if left.line_width > 0:
            self._vertical_side(left, x, -1, yt, yb, top, bottom)
        if bottom.line_width > 0:
            self._horizontal_side(bottom, yb, -1, x, xr, left, right)
        if right.line_width > 0:
            self._vertical_side(right, xr, 1, yt, yb, top, bottom)
        self._reset_alpha()

    def _horizontal_side(self, pen: Any, y: float, outward: int, x0: float, x1: float, left: Any, right: Any) -> None:
        """A top (``outward`` 1) or bottom (-1) side at PDF height ``y`` from ``x0`` to ``x1``,
        reaching over half the left and right sides' widths; a double pen draws its outer
        line a third of its width outwards and the inner one inwards, a third as far over."""
        lw = self._stroke_style(pen, True)
        lo, ro = left.line_width / 2, right.line_width / 2
        if pen.line_style is LineStyle.DOUBLE:
            d = outward * lw / 3
            self.code.append(f"{_n(x0 - lo)} {_n(y + d)} m {_n(x1 + ro)} {_n(y + d)} l S")
            self.code.append(f"{_n(x0 + lo / 3)} {_n(y - d)} m {_n(x1 - ro / 3)} {_n(y - d)} l S")
        else:
            self.code.append(f"{_n(x0 - lo)} {_n(y)} m {_n(x1 + ro)} {_n(y)} l S")

    def _vertical_side(self, pen: Any, x: float, outward: int, y0: float, y1: float, top: Any, bottom: Any) -> None:
        """A left (``outward`` -1) or right (1) side at ``x`` from PDF height ``y0`` down to
        ``y1``, as :meth:`_horizontal_side` with the top and bottom sides."""
        lw = self._stroke_style(pen, True)
        to, bo = top.line_width / 2, bottom.line_width / 2
        if pen.line_style is LineStyle.DOUBLE:
            d = outward * lw / 3
            self.code.append(f"{_n(x + d)} {_n(y0 + to)} m {_n(x + d)} {_n(y1 - bo)} l S")
            self.code.append(f"{_n(x - d)} {_n(y0 - to / 3)} m {_n(x - d)} {_n(y1 + bo / 3)} l S")
        else:
            self.code.append(f"{_n(x)} {_n(y0 + to)} m {_n(x)} {_n(y1 - bo)} l S")

    # -- graphic elements ------------------------------------------------------------------

    def _line(self, el: PrintLine, ox: int, oy: int) -> None:
        r = self._resolved(el)
        pen = r.pen
        lw = pen.line_width
        if lw <= 0:
            return
        self._stroke_style(pen, True)
        code = self.code
        x = ox + el.x
        yt = self.page_height - oy - el.y
        w, h = el.width, el.height
        double = pen.line_style is LineStyle.DOUBLE
        if w == 1:
            if h == 1:
                self._reset_alpha()
                return  # JasperReports draws nothing for a 1x1 line
            xm = x + 0.5
            if double:
                for d in (-lw / 3, lw / 3):
                    code.append(f"{_n(xm + d)} {_n(yt)} m {_n(xm + d)} {_n(yt - h)} l S")
            else:
                code.append(f"{_n(xm)} {_n(yt)} m {_n(xm)} {_n(yt - h)} l S")
        elif h == 1:
            ym = yt - 0.5
            if double:
                for d in (lw / 3, -lw / 3):
                    code.append(f"{_n(x)} {_n(ym + d)} m {_n(x + w)} {_n(ym + d)} l S")
            else:
                code.append(f"{_n(x)} {_n(ym)} m {_n(x + w)} {_n(ym)} l S")
        else:
            if el.direction is LineDirection.BOTTOM_UP:
                y0, y1 = yt - h, yt
            else:
                y0, y1 = yt, yt - h
            if double:
                xt = lw / (3 * math.sqrt(1 + (w * w) / (h * h)))
                yd = lw / (3 * math.sqrt(1 + (h * h) / (w * w)))
                if el.direction is LineDirection.BOTTOM_UP:
                    yd = -yd
                code.append(f"{_n(x + xt)} {_n(y0 + yd)} m {_n(x + w + xt)} {_n(y1 + yd)} l S")
                code.append(f"{_n(x - xt)} {_n(y0 - yd)} m {_n(x + w - xt)} {_n(y1 - yd)} l S")
            else:
                code.append(f"{_n(x)} {_n(y0)} m {_n(x + w)} {_n(y1)} l S")
        self._reset_alpha()

    def _round_rect_path(self, x: float, y: float, w: float, h: float, r: float) -> str:
        """iText's roundRectangle path (PDF coordinates, y = bottom edge)."""
        if w < 0:
            x, w = x + w, -w
        if h < 0:
            y, h = y + h, -h
        if r <= 0:
            return f"{_n(x)} {_n(y)} {_n(w)} {_n(h)} re"
        r = min(r, w / 2, h / 2)
        b = 0.4477
        return (f"{_n(x + r)} {_n(y)} m {_n(x + w - r)} {_n(y)} l "
                f"{_n(x + w - r * b)} {_n(y)} {_n(x + w)} {_n(y + r * b)} {_n(x + w)} {_n(y + r)} c "
                f"{_n(x + w)} {_n(y + h - r)} l "
                f"{_n(x + w)} {_n(y + h - r * b)} {_n(x + w - r * b)} {_n(y + h)} {_n(x + w - r)} {_n(y + h)} c "
                f"{_n(x + r)} {_n(y + h)} l "
                f"{_n(x + r * b)} {_n(y + h)} {_n(x)} {_n(y + h - r * b)} {_n(x)} {_n(y + h - r)} c "
                f"{_n(x)} {_n(y + r)} l "
                f"{_n(x)} {_n(y + r * b)} {_n(x + r * b)} {_n(y)} {_n(x + r)} {_n(y)} c")

    def _rectangle(self, el: PrintRectangle, ox: int, oy: int) -> None:
        r = self._resolved(el)
        x = ox + el.x
        yb = self.page_height - oy - el.y - el.height
        w, h, radius = el.width, el.height, r.radius
        code = self.code
        if r.mode is Mode.OPAQUE:
            self._fill_color(r.backcolor)
            code.append(self._round_rect_path(x, yb, w, h, radius) + " f")
        pen = r.pen
        lw = pen.line_width
        if lw > 0:
            self._stroke_style(pen, False)
            if pen.line_style is LineStyle.DOUBLE:
                d = lw / 3
                code.append(self._round_rect_path(x - d, yb - d, w + 2 * d, h + 2 * d, radius) + " S")
                code.append(self._round_rect_path(x + d, yb + d, w - 2 * d, h - 2 * d, radius) + " S")
            else:
                code.append(self._round_rect_path(x, yb, w, h, radius) + " S")
        self._reset_alpha()

    @staticmethod
    def _ellipse_path(x1: float, y1: float, x2: float, y2: float) -> str:
        """iText's ellipse: four Bezier arcs."""
        cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
        rx, ry = (x2 - x1) / 2, (y2 - y1) / 2
        k = 0.5523
        kx, ky = rx * k, ry * k
        return (f"{_n(x2)} {_n(cy)} m "
                f"{_n(x2)} {_n(cy + ky)} {_n(cx + kx)} {_n(y2)} {_n(cx)} {_n(y2)} c "
                f"{_n(cx - kx)} {_n(y2)} {_n(x1)} {_n(cy + ky)} {_n(x1)} {_n(cy)} c "
                f"{_n(x1)} {_n(cy - ky)} {_n(cx - kx)} {_n(y1)} {_n(cx)} {_n(y1)} c "
                f"{_n(cx + kx)} {_n(y1)} {_n(x2)} {_n(cy - ky)} {_n(x2)} {_n(cy)} c")

    def _ellipse(self, el: PrintEllipse, ox: int, oy: int) -> None:
        r = self._resolved(el)
        x1 = ox + el.x
        y2 = self.page_height - oy - el.y
        x2, y1 = x1 + el.width, y2 - el.height
        code = self.code
        if r.mode is Mode.OPAQUE:
            self._fill_color(r.backcolor)
            code.append(self._ellipse_path(x1, y1, x2, y2) + " f")
        pen = r.pen
        lw = pen.line_width
        if lw > 0:
            self._stroke_style(pen, False)
            if pen.line_style is LineStyle.DOUBLE:
                d = lw / 3
                code.append(self._ellipse_path(x1 - d, y1 - d, x2 + d, y2 + d) + " S")
                code.append(self._ellipse_path(x1 + d, y1 + d, x2 - d, y2 - d) + " S")
            else:
                code.append(self._ellipse_path(x1, y1, x2, y2) + " S")
        self._reset_alpha()

    def _frame(self, el: PrintFrame, ox: int, oy: int) -> None:
        r = self._resolved(el)
        x, y = ox + el.x, oy + el.y
        if r.mode is Mode.OPAQUE:
            self._fill_rect(x, y, el.width, el.height, r.backcolor)
        # a frame's children are placed inside its paddings (JasperReports' frame offsets)
        self._elements(el.elements, x + r.box.left_padding, y + r.box.top_padding)
        self._box(r.box, x, y, el.width, el.height)

    # -- images --------------------------------------------------------------------------

    def _image_data(self, el: PrintImage) -> bytes | None:
        if el.data is not None:
            return el.data
        source = el.source
        if not source or not self.options.get("allow_remote"):
            if source:
                log.warning("image %r is not embedded in the print: left out (allow_remote=True reads it)", source)
            return None
        key = ("src", source)
        hit = self._images.get(key)
        if hit is not None:
            return hit
        if "://" in source:
            from urllib.request import urlopen

            with urlopen(source, timeout=30) as resp:  # noqa: S310 - the caller allowed it
                data = resp.read()
        else:
            with open(source, "rb") as f:
                data = f.read()
        self._images[key] = data
        return data

    def _reader(self, data: bytes) -> tuple[Any, int, int]:
        """A reportlab image of the data (cached per image) and its size in pixels."""
        key = (len(data), hashlib.sha1(data).digest()) if len(data) > 4096 else data
        hit = self._images.get(key)
        if hit is not None:
            return hit
        from PIL import Image

        fmt = data[:3]
        if fmt.startswith(b"\xff\xd8"):
            reader = ImageReader(io.BytesIO(data))
        else:
            img: Image.Image = Image.open(io.BytesIO(data))
            img.load()
            if img.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
                img = img.convert("RGBA" if "transparency" in img.info or img.mode in ("P", "PA") else "RGB")
            if img.mode == "LA":
                img = img.convert("RGBA")
            reader = ImageReader(img)
        w, h = reader.getSize()
        hit = (reader, w, h)
        self._images[key] = hit
        return hit

    def _svg(self, data: bytes) -> Any:
        key = hashlib.sha1(data).digest()
        if key in self._svgs:
            return self._svgs[key]
        try:
            from svglib.svglib import svg2rlg
        except ImportError:
            log.warning("an SVG image is left out of the PDF: install svglib to draw SVG")
            self._svgs[key] = None
            return None
        drawing = svg2rlg(io.BytesIO(data))
        self._svgs[key] = drawing
        return drawing

    def _image(self, el: PrintImage, ox: int, oy: int) -> None:
        r = self._resolved(el)
        x, y = ox + el.x, oy + el.y
        if r.mode is Mode.OPAQUE:
            self._fill_rect(x, y, el.width, el.height, r.backcolor)
        box = r.box
        lp, tp = box.left_padding, box.top_padding
        aw = max(0, el.width - lp - box.right_padding)
        ah = max(0, el.height - tp - box.bottom_padding)
        if aw > 0 and ah > 0:
            try:
                self._image_body(el, r, x + lp, y + tp, aw, ah)
            except ExportError:
                raise
            except Exception as exc:  # noqa: BLE001 - a bad image is handled per on_error
                if el.on_error is OnErrorType.ERROR:
                    raise ExportError(f"image of element {el.uuid or el.key or ''} at ({x}, {y}) "
                                      f"cannot be drawn: {exc}") from exc
                if el.on_error is OnErrorType.ICON:
                    self._broken_icon(x + lp, y + tp, aw, ah)
        if all(p.line_width <= 0 for p in (box.top_pen, box.left_pen, box.bottom_pen, box.right_pen)):
            if r.pen.line_width > 0:
                p = r.pen
                self._sides(p, p, p, p, x, y, el.width, el.height)
        else:
            self._box(box, x, y, el.width, el.height)
        self._link(el, ox, oy, el.hyperlink)

    def _broken_icon(self, x: float, y: float, w: float, h: float) -> None:
        side = min(16, w, h)
        gs = self.gs
        self._stroke_color(_GRAY)
        if gs.width != 1:
            self.code.append("1 w")
            gs.width = 1
        if gs.dash != "[] 0 d":
            self.code.append("[] 0 d")
            gs.dash = "[] 0 d"
        yb = self.page_height - y - side
        self.code.append(f"{_n(x)} {_n(yb)} {_n(side)} {_n(side)} re S "
                         f"{_n(x)} {_n(yb)} m {_n(x + side)} {_n(yb + side)} l S")

    def _image_body(self, el: PrintImage, r: Any, x: float, y: float, aw: int, ah: int) -> None:
        data = self._image_data(el)
        if data is None:
            return
        fmt = el.format
        rotation = r.rotation or Rotation.NONE
        xf = _align_factor(r.horizontal_image_alignment, HorizontalImageAlign.LEFT,
                           HorizontalImageAlign.CENTER, HorizontalImageAlign.RIGHT)
        yf = _align_factor(r.vertical_image_alignment, VerticalImageAlign.TOP,
                           VerticalImageAlign.MIDDLE, VerticalImageAlign.BOTTOM)
        scale = r.scale_image
        svg = fmt == "svg"
        if svg:
            drawing = self._svg(data)
            if drawing is None:
                return
            nw, nh = float(drawing.width), float(drawing.height)
        else:
            reader, nw, nh = self._reader(data)
        turned = rotation in (Rotation.LEFT, Rotation.RIGHT)
        # the image's extent in the box's frame (turned images swap width and height)
        bw, bh = (ah, aw) if turned else (aw, ah)
        if scale is ScaleImage.CLIP:
            dw, dh = nw, nh
        elif scale is ScaleImage.FILL_FRAME:
            dw, dh = bw, bh
        else:  # RetainShape; RealSize and RealHeight as JasperReports exports them
            ratio = min(bw / nw, bh / nh) if nw and nh else 1.0
            dw, dh = nw * ratio, nh * ratio
        ew, eh = (dh, dw) if turned else (dw, dh)  # extent on the page
        # the alignment is the image's own: turned with it
        if rotation is Rotation.LEFT:
            xf, yf = yf, 1 - xf
        elif rotation is Rotation.RIGHT:
            xf, yf = 1 - yf, xf
        elif rotation is Rotation.UPSIDE_DOWN:
            xf, yf = 1 - xf, 1 - yf
        xo = xf * (aw - ew)
        yo = yf * (ah - eh)
        if scale is not ScaleImage.CLIP:
            xo, yo = max(0, int(xo)), max(0, int(yo))
        else:
            xo, yo = int(xo), int(yo)
        code = self.code
        H = self.page_height
        clip = scale is ScaleImage.CLIP and (ew > aw or eh > ah or xo < 0 or yo < 0)
        code.append("q")
        if clip:
            code.append(f"{_n(x)} {_n(H - y - ah)} {_n(aw)} {_n(ah)} re W n")
        # frame: origin at the bottom-left of the image extent on the page
        ex, ey = x + xo, H - (y + yo + eh)
        if rotation is Rotation.LEFT:
            code.append(f"0 1 -1 0 {_n(ex + ew)} {_n(ey)} cm")
        elif rotation is Rotation.RIGHT:
            code.append(f"0 -1 1 0 {_n(ex)} {_n(ey + eh)} cm")
        elif rotation is Rotation.UPSIDE_DOWN:
            code.append(f"-1 0 0 -1 {_n(ex + ew)} {_n(ey + eh)} cm")
        else:
            code.append(f"1 0 0 1 {_n(ex)} {_n(ey)} cm")
        canvas = self.canvas
        assert canvas is not None
        if svg:
            from reportlab.graphics import renderPDF

            code.append(f"{_n(dw / nw if nw else 1)} 0 0 {_n(dh / nh if nh else 1)} 0 0 cm")
            renderPDF.draw(drawing, canvas, 0, 0)
        else:
            canvas.drawImage(reader, 0, 0, dw, dh, mask="auto")
        code.append("Q")
        self.gs.reset()

    # -- text ------------------------------------------------------------------------------

    def _text(self, el: PrintText, ox: int, oy: int) -> None:
        r = self._resolved(el)
        x, y, w, h = ox + el.x, oy + el.y, el.width, el.height
        if r.mode is Mode.OPAQUE:
            self._fill_rect(x, y, w, h, r.backcolor)
        text = el.text
        if text:
            styled = None
            markup = r.markup
            st = parse_styled(text, known_families()) if markup and markup != "none" else None
            if st is not None and st.parsed:
                # the text is parsed whole, then cut where the filler cut it (an index in
                # the text without its tags), as JasperReports does
                if el.truncate_index is not None:
                    st = st.slice(0, el.truncate_index)
                if el.truncate_suffix:
                    st = StyledText(st.text + el.truncate_suffix, st.runs, st.parsed, st.origin)
                styled = st
                text = st.text
            elif el.truncate_index is not None or el.truncate_suffix:
                text = el.shown_text
            if text:
                self._text_body(el, r, text, styled, x, y, w, h)
        self._box(r.box, x, y, w, h)
        self._link(el, ox, oy, el.hyperlink)

    def _measurer(self, el: PrintText, r: Any, font: ResolvedFont) -> TextMeasurer:
        box = r.box
        key = (id(font), r.font_size, el.width, el.height, r.paragraph, box.top_padding, box.left_padding,
               box.bottom_padding, box.right_padding, r.rotation)
        m = self._measurers.get(key)
        if m is None:
            m = TextMeasurer(
                font, r.font_size, el.width, el.height,
                paragraph=ParagraphStyle.of(r.paragraph),
                padding=Padding(box.top_padding, box.left_padding, box.bottom_padding, box.right_padding),
                rotation=r.rotation.value if r.rotation is not None else None,
            )
            self._measurers[key] = m
        return m

    def _layout(self, el: PrintText, r: Any, text: str, styled: StyledText | None) -> Any:
        font = default_registry().resolve(r.font_name, r.bold, r.italic)
        m = self._measurer(el, r, font)
        fonts = blocks = None
        if styled is not None:
            fonts = run_fonts(styled, r)
            blocks = list_blocks(styled)
        key = (id(m), text, fonts, blocks)
        layout = self._layouts.get(key)
        if layout is None:
            layout = m.measure(text, _INF, True, list(fonts) if fonts else None, list(blocks) if blocks else None)
            if len(self._layouts) > 20000:
                self._layouts.clear()
            self._layouts[key] = layout
        return layout, blocks

    def _runs(self, r: Any, text: str, styled: StyledText | None, el: PrintText) -> list[_Run]:
        base_font = _pdf_font(r.font_name, r.bold, r.italic, r.pdf_font_name)
        if styled is None:
            return [_Run(0, len(text), base_font, float(r.font_size), r.forecolor, r.underline,
                         r.strike_through, None, 0.0, None)]
        from ..fonts.markup import java_color  # noqa: F401 - colours are #RRGGBB already

        out: list[_Run] = []
        pos = 0
        for run in styled.runs:
            if run.start > pos:
                out.append(_Run(pos, run.start, base_font, float(r.font_size), r.forecolor, r.underline,
                                r.strike_through, None, 0.0, None))
            s = run.style
            bold = r.bold if s.bold is None else s.bold
            italic = r.italic if s.italic is None else s.italic
            name = s.font_name or r.font_name
            font = base_font if (name, bold, italic) == (r.font_name, r.bold, r.italic) else \
                _pdf_font(name, bold, italic, s.pdf_font_name or r.pdf_font_name)
            size = float(r.font_size if s.size is None else s.size)
            rise = 0.0
            if s.script:
                size = size * 2 / 3
                rise = size / 2 if s.script == "super" else -size / 2
            out.append(_Run(run.start, run.end, font, size,
                            _hex_color(s.forecolor) if s.forecolor else r.forecolor,
                            r.underline if s.underline is None else s.underline,
                            r.strike_through if s.strike_through is None else s.strike_through,
                            _hex_color(s.backcolor) if s.backcolor else None, rise, s.link))
            pos = run.end
        if pos < len(text):
            out.append(_Run(pos, len(text), base_font, float(r.font_size), r.forecolor, r.underline,
                            r.strike_through, None, 0.0, None))
        return out

    def _text_body(self, el: PrintText, r: Any, text: str, styled: StyledText | None,
                   x: int, y: int, w: int, h: int) -> None:
        box = r.box
        tp, lp, bp, rp = box.top_padding, box.left_padding, box.bottom_padding, box.right_padding
        rotation = r.rotation
        H = self.page_height
        code = self.code
        if rotation is Rotation.LEFT:
            tw, th = h, w
            tp, lp, bp, rp = lp, bp, rp, tp
            code.append(f"q 0 1 -1 0 {_n(x)} {_n(H - y - h)} cm")
            ex, ey = 0.0, 0.0
        elif rotation is Rotation.RIGHT:
            tw, th = h, w
            tp, lp, bp, rp = rp, tp, lp, bp
            code.append(f"q 0 -1 1 0 {_n(x + w)} {_n(H - y)} cm")
            ex, ey = 0.0, 0.0
        elif rotation is Rotation.UPSIDE_DOWN:
            tw, th = w, h
            tp, lp, bp, rp = bp, rp, tp, lp
            code.append(f"q -1 0 0 -1 {_n(x + w)} {_n(H - y - h)} cm")
            ex, ey = 0.0, 0.0
        else:
            tw, th = w, h
            ex, ey = float(x), float(H - y)
        valign = r.vertical_text_alignment
        room = th - tp - bp - el.text_height
        voff = room if valign is VerticalTextAlign.BOTTOM else room / 2 if valign is VerticalTextAlign.MIDDLE else 0.0
        halign = r.horizontal_text_alignment
        if (styled is None and el.leading_offset != 0 and rotation is Rotation.NONE
                and not r.underline and not r.strike_through and "\n" not in text and not el.line_break_offsets
                and self._one_line(el, r, text, x, y, w, tp, lp, rp, voff, halign)):
            return
        runs = self._runs(r, text, styled, el)
        pieces: list[tuple[float, float, _Run, int, int, float, float]] = []  # x, baseline, run, a, b, tc, tw
        if el.leading_offset != 0:
            self._column_lines(el, r, text, styled, runs, tw, tp, lp, rp, voff, halign, pieces, th - bp)
        else:
            self._awt_lines(el, r, text, styled, runs, tw, tp, lp, rp, voff, halign, pieces)
        if pieces:
            self._draw_pieces(text, pieces, ex, ey, el, rotation is Rotation.NONE)
        if rotation not in (None, Rotation.NONE):
            code.append("Q")
            self.gs.reset()

    def _one_line(self, el: PrintText, r: Any, text: str, x: int, y: int, w: int, tp: int, lp: int, rp: int,
                  voff: float, halign: Any) -> bool:
        """Draw a plain text that is one line in iText's column (most texts), directly;
        False when it is not one."""
        font = _pdf_font(r.font_name, r.bold, r.italic, r.pdf_font_name)
        if font.synthetic_bold or font.synthetic_italic:
            return False
        size = r.font_size
        avail = w - lp - rp
        key = (font.name, size, text)
        hit = self._shown.get(key)
        if hit is None:
            hit = self._shown_text(font, size, text)
            if len(self._shown) >= 100_000:
                self._shown.clear()
            self._shown[key] = hit
        prefix, suffix, width = hit
        if width > avail:
            return False
        if _RTL_CHARS.search(text):
            return False  # shaped and reordered by the general path
        if halign is HorizontalTextAlign.RIGHT:
            px = x + w - rp - width
        elif halign is HorizontalTextAlign.CENTER:
            px = x + lp + (avail - width) / 2
        else:
            px = x + lp
        baseline = y + tp + voff + el.leading_offset + el.line_spacing_factor * size
        code = self.code
        rgb = _rgb(r.forecolor)
        if rgb != self.gs.fill:
            code.append(rgb + " rg")
            self.gs.fill = rgb
        code.append(f"{prefix}{px:.2f} {self.page_height - baseline:.2f}{suffix}")
        return True

    def _shown_text(self, font: _PdfFont, size: float, text: str) -> tuple[str, str, float]:
        """How a one-line text is written (the operators before and after its position)
        and its width without trailing spaces (kept per font, size and text: reports print
        the same values again and again)."""
        end = len(text)
        while end and text[end - 1] == " ":
            end -= 1
        width = font.width(text[:end], size)
        doc = self.canvas._doc  # type: ignore[union-attr]
        sz = _n(size)
        tt = font.tt
        if tt is None:
            return (f"BT {doc.getInternalFontName(font.name)} {sz} Tf 1 0 0 1 ",
                    f" Tm ({_escape(text.encode('cp1252', 'ignore'))}) Tj ET", width)
        parts = _encode(tt, text, doc)
        if len(parts) == 1:
            subset, t = parts[0]
            return (f"BT {_subset_name(tt, subset, doc, self._subset_names)} {sz} Tf 1 0 0 1 ",
                    f" Tm ({_escape(t)}) Tj ET", width)
        shown = " ".join(f"{_subset_name(tt, subset, doc, self._subset_names)} {sz} Tf ({_escape(t)}) Tj"
                         for subset, t in parts)
        return "BT 1 0 0 1 ", f" Tm {shown} ET", width

    def _saved_breaks(self, el: PrintText, text: str) -> list[int] | None:
        """The text offsets where the filler broke the lines, when the print saved them
        (``lineBreakOffsets``) and ``net.sf.jasperreports.export.pdf.use.saved.line.breaks``
        asks the PDF to keep them (as JasperReports' saved-line-breaks renderer does)."""
        if not el.line_break_offsets:
            return None
        name = "net.sf.jasperreports.export.pdf.use.saved.line.breaks"
        value = el.properties.get(name)
        if value is None:
            value = self.document.properties.get(name)
        if value is None or value.strip().lower() != "true":
            return None
        out, pos = [], 0
        for offset in el.line_break_offsets:
            pos += offset
            if 0 < pos < len(text):
                out.append(pos)
        return out

    @staticmethod
    def _column_wrap(text: str, runs: list[_Run], avail: float, lo: int = 0,
                     hi: int | None = None) -> list[tuple[int, int, bool]]:
        """(start, end, wrapped) of each line as iText's column text breaks ``text[lo:hi]``
        with the PDF fonts' widths: greedily, after the last split character that fits, a
        word wider than the column cut at the last character that fits; ``\\n`` ends a
        paragraph (an empty one is an empty line)."""
        n = len(text) if hi is None else hi
        if len(runs) == 1 and lo == 0 and n == len(text) and "\n" not in text:
            run = runs[0]
            if run.font.width(text, run.size) <= avail:
                return [(0, len(text), False)]
        lines: list[tuple[int, int, bool]] = []
        run_index = 0
        pos = lo
        while pos <= n:
            nl = text.find("\n", pos, n)
            para_end = n if nl < 0 else nl
            start = pos
            if start == para_end:
                lines.append((start, start, False))
            while start < para_end:
                width = 0.0
                last_split = -1
                i = start
                while i < para_end:
                    while runs[run_index].end <= i and run_index + 1 < len(runs):
                        run_index += 1
                    while runs[run_index].start > i and run_index > 0:
                        run_index -= 1
                    run = runs[run_index]
                    ch = text[i]
                    cache = run.font.char_widths()
                    cw = cache.get(ch)
                    if cw is None:
                        cw = cache[ch] = pdfmetrics.stringWidth(ch, run.font.name, 1000)
                    width += cw * run.size / 1000
                    if ch == " ":  # a space ends the line even when it does not fit itself
                        last_split = i + 1
                    if width > avail:
                        break
                    if _split_char(ch):
                        last_split = i + 1
                    i += 1
                if i >= para_end:
                    lines.append((start, para_end, False))
                    break
                cut = last_split if last_split > start else max(i, start + 1)
                lines.append((start, cut, True))
                start = cut
                while start < para_end and text[start] == " ":  # iText drops the spaces a wrapped line starts with
                    start += 1
            if nl < 0 or (nl == n - 1 and hi is not None and hi < len(text)):
                break
            pos = nl + 1
        return lines

    def _column_lines(self, el: PrintText, r: Any, text: str, styled: StyledText | None, runs: list[_Run],
                      tw: int, tp: int, lp: int, rp: int, voff: float, halign: Any,
                      pieces: list[Any], bottom: float) -> None:
        """Lines placed as iText's column text places them (see the module docstring); the
        column ends at ``bottom``: lines below it are left out."""
        lsf = el.line_spacing_factor
        baseline = tp + voff + el.leading_offset
        right = tw - rp
        rtl = el.run_direction is RunDirection.RTL
        # paragraphs of list items are columns of their own, indented by their depth,
        # their bullets right-aligned 10 points before the text (JasperReports 6.20)
        blocks = list_blocks(styled) if styled is not None else None
        lines: list[tuple[int, int, bool, int, str | None]] = []
        saved = self._saved_breaks(el, text)
        for b_start, b_end, indent in blocks or ((0, len(text), 0),):
            bullet = _bullet(styled, b_start) if blocks else None
            wrapped_lines = _split_at(text, saved, b_start, b_end) if saved is not None else \
                self._column_wrap(text, runs, right - lp - indent, b_start, b_end)
            for start, end, wrapped in wrapped_lines:
                lines.append((start, end, wrapped, indent, bullet))
                bullet = None
        for start, end, wrapped, indent, bullet in lines:
            left = lp + indent
            avail = right - left
            while end > start and text[end - 1] in " \t\n":
                end -= 1
            line_runs = _split(runs, start, end)
            size = max((run.size for run, _, _ in line_runs), default=float(r.font_size))
            if not line_runs:
                size = max((run.size for run in runs if run.start <= start < run.end or run.start == start),
                           default=float(r.font_size))
            baseline += lsf * size
            if baseline > bottom + 0.01:
                break
            if bullet is not None:
                run = next((r_ for r_ in runs if r_.start <= start < r_.end), runs[0])
                bw = run.font.width(bullet, run.size)
                pieces.append((left - 10 - bw, baseline, _bullet_run(run, bullet), 0, len(bullet), 0.0, 0.0))
            if not line_runs:
                continue
            widths = [run.font.width(_visual(text[a:b], rtl), run.size) for run, a, b in line_runs]
            lw = sum(widths)
            tc = tws = 0.0
            if halign is HorizontalTextAlign.RIGHT:
                px = right - lw
            elif halign is HorizontalTextAlign.CENTER:
                px = left + (avail - lw) / 2
            else:
                px = left
                if halign is HorizontalTextAlign.JUSTIFIED and wrapped and avail > lw:
                    chars = end - start
                    spaces = text.count(" ", start, end)
                    denom = _SPACE_CHAR_RATIO * spaces + chars - 1
                    if denom > 0:
                        tc = (avail - lw) / denom
                        tws = _SPACE_CHAR_RATIO * tc
            for (run, a, b), pw in zip(line_runs, widths, strict=True):
                pieces.append((px, baseline, run, a, b, tc, tws))
                px += pw + tc * (b - a) + tws * text.count(" ", a, b)

    def _awt_lines(self, el: PrintText, r: Any, text: str, styled: StyledText | None, runs: list[_Run],
                   tw: int, tp: int, lp: int, rp: int, voff: float, halign: Any,
                   pieces: list[Any]) -> None:
        """Lines at the AWT baselines, segment by segment (JasperReports' PdfTextRenderer)."""
        layout, blocks = self._layout(el, r, text, styled)
        p = r.paragraph
        rtl = el.run_direction is RunDirection.RTL
        end_x = max(tw - p.right_indent - rp, lp)
        limit = el.text_height + 0.001
        for ln in layout.lines:
            if ln.baseline > limit:
                break
            if not ln.segments:
                continue
            indent = 0
            if blocks:
                for b_start, b_end, b_indent in blocks:
                    if b_start <= ln.start < b_end:
                        indent = b_indent
                        break
            last_right = ln.segments[-1].right_x
            baseline = tp + voff + ln.baseline
            for seg in ln.segments:
                a, b = seg.start, seg.end
                while b > a and text[b - 1] in " \t\n":
                    b -= 1
                if b <= a:
                    continue
                if halign is HorizontalTextAlign.RIGHT:
                    dx = end_x - last_right + seg.left_x
                elif halign is HorizontalTextAlign.CENTER:
                    dx = (end_x - last_right) / 2 + seg.left_x
                else:
                    dx = p.left_indent + indent + seg.left_x
                line_runs = _split(runs, a, b)
                widths = [run.font.width(_visual(text[ra:rb], rtl), run.size) for run, ra, rb in line_runs]
                lw = sum(widths)
                tc = tws = 0.0
                if halign is HorizontalTextAlign.RIGHT:
                    px = dx + seg.advance - lw
                elif halign is HorizontalTextAlign.CENTER:
                    px = dx + (seg.advance - lw) / 2
                else:
                    px = dx
                    if halign is HorizontalTextAlign.JUSTIFIED and ln.wrapped and seg is ln.segments[-1]:
                        target = end_x - dx
                        chars = b - a
                        spaces = text.count(" ", a, b)
                        denom = _SPACE_CHAR_RATIO * spaces + chars - 1
                        if target > lw and denom > 0:
                            tc = (target - lw) / denom
                            tws = _SPACE_CHAR_RATIO * tc
                for (run, ra, rb), pw in zip(line_runs, widths, strict=True):
                    pieces.append((px, baseline, run, ra, rb, tc, tws))
                    px += pw + tc * (rb - ra) + tws * text.count(" ", ra, rb)

    def _draw_pieces(self, text: str, pieces: list[Any], ex: float, ey: float, el: PrintText,
                     upright: bool = True) -> None:
        code = self.code
        canvas = self.canvas
        assert canvas is not None
        doc = canvas._doc
        gs = self.gs
        rtl = el.run_direction is RunDirection.RTL
        # backgrounds of runs first, from the PDF font's descent to its ascent (iText's
        # chunk background: thinner than the line when the line spacing is larger)
        for px, base, run, a, b, tc, tws in pieces:
            if run.backcolor is not None:
                ascent, descent = run.font.ascent_descent()
                wd = run.font.width(_visual(text[a:b], rtl), run.size) + tc * (b - a) + tws * text.count(" ", a, b)
                self._fill_color(run.backcolor)
                code.append(f"{_n(ex + px)} {_n(ey - base + descent * run.size / 1000 + run.rise)} {_n(wd)} "
                            f"{_n((ascent - descent) * run.size / 1000)} re f")
        code.append("BT")
        cur_font = None
        cur_tc = cur_tw = 0.0
        cur_render = 0
        decorations: list[tuple[float, float, float, float, Any]] = []
        for px, base, run, a, b, tc, tws in pieces:
            font = run.font
            rgb = _rgb(run.color)
            if rgb != gs.fill:
                code.append(rgb + " rg")
                gs.fill = rgb
            if tc != cur_tc:
                code.append(f"{_n(tc)} Tc")
                cur_tc = tc
            if tws != cur_tw:
                code.append(f"{_n(tws)} Tw")
                cur_tw = tws
            render = 2 if font.synthetic_bold else 0
            if render != cur_render:
                code.append(f"{render} Tr")
                cur_render = render
            if render:
                if rgb != gs.stroke:
                    code.append(rgb + " RG")
                    gs.stroke = rgb
                bw = run.size * _BOLD_STROKE
                if bw != gs.width:
                    code.append(f"{_n(bw)} w")
                    gs.width = bw
            X = ex + px
            Y = ey - base + run.rise
            skew = f"1 0 {_ITALIC_SKEW} 1" if font.synthetic_italic else "1 0 0 1"
            code.append(f"{skew} {_n(X)} {_n(Y)} Tm")
            chunk = _visual(text[a:b] if run.text is None else run.text[a:b], rtl)
            size = _n(run.size)
            if font.tt is not None:
                tt = font.tt
                for subset, t in _encode(tt, chunk, doc):
                    fkey = (tt.fontName, subset, size)
                    if fkey != cur_font:
                        code.append(f"{tt.getSubsetInternalName(subset, doc)} {size} Tf")
                        cur_font = fkey
                    code.append(f"({_escape(t)}) Tj")
            else:
                fkey = (font.name, 0, size)
                if fkey != cur_font:
                    code.append(f"{doc.getInternalFontName(font.name)} {size} Tf")
                    cur_font = fkey
                code.append(f"({_escape(chunk.encode('cp1252', 'ignore'))}) Tj")
            if run.underline or run.strike:
                wd = font.width(chunk, run.size) + tc * (b - a) + tws * chunk.count(" ")
                t = run.size / 18
                if run.underline:
                    decorations.append((X, Y - run.size / 12, wd, t, run.color))
                if run.strike:
                    decorations.append((X, Y + run.size / 3, wd, t, run.color))
            if run.link is not None and upright:
                self._run_link(X, Y, font.width(chunk, run.size), run)
        if cur_tc:
            code.append("0 Tc")
        if cur_tw:
            code.append("0 Tw")
        if cur_render:
            code.append("0 Tr")
        code.append("ET")
        for dx, dy, dw, dt, color in decorations:
            self._fill_color(color)
            code.append(f"{_n(dx)} {_n(dy - dt / 2)} {_n(dw)} {_n(dt)} re f")

    def _run_link(self, X: float, Y: float, width: float, run: _Run) -> None:
        """A link of a styled text run (``<a href>``): over the run's text (unrotated
        texts only)."""
        top = self.page_height - (Y + run.size)
        self._links.append((X, top, X + width, top + run.size * 1.2, _MarkupLink(run.link)))


@dataclass(slots=True)
class _MarkupLink:
    link: Any

    @property
    def link_type(self) -> str:
        return self.link.type or "Reference"

    @property
    def reference(self) -> str | None:
        return self.link.reference

    anchor = None
    page = None


_GRAY = type("_C", (), {"red": 128, "green": 128, "blue": 128, "alpha": 255})()


def _hex_color(value: str) -> Any:
    from ..design.base import Color

    v = value.lstrip("#")
    try:
        n = int(v, 16)
    except ValueError:
        return Color(0, 0, 0)
    return Color((n >> 16) & 255, (n >> 8) & 255, n & 255)


def _bullet_run(run: _Run, bullet: str) -> _Run:
    return _Run(0, len(bullet), run.font, run.size, run.color, False, False, None, 0.0, None, bullet)


def _bullet(styled: StyledText | None, start: int) -> str | None:
    """The bullet of a list item whose text begins at ``start`` (None: not an item's start):
    a bullet for unordered lists, the number in the list's type and a dot for ordered ones."""
    if styled is None:
        return None
    style = styled.style_at(start)
    if not style.lists:
        return None
    level = style.lists[-1]
    if level.item == 0 or level.no_bullet or level.item_start - styled.origin != start:
        return None
    return bullet_text(level)


def _split_at(text: str, breaks: list[int], lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """Lines of ``text[lo:hi]`` cut at newlines and at the saved ``breaks`` (those lines
    count as wrapped: justified)."""
    cuts = sorted({b for b in breaks if lo < b < hi})
    out: list[tuple[int, int, bool]] = []
    start = lo
    for i in range(lo, hi + 1):
        if i == hi or text[i] == "\n":
            para_cuts = [c for c in cuts if start < c < i]
            for c in para_cuts:
                out.append((start, c, True))
                start = c
            out.append((start, i, False))
            start = i + 1
    return out


_FIELD_P = _P + "field."
_FIELD_TYPE = _FIELD_P + "type"


def _split_any(text: str, separators: str) -> list[str]:
    """``text`` cut at any of the separator characters (Java's StringTokenizer)."""
    out: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch in separators:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _rl_color(color: Any) -> Any:
    from reportlab.lib.colors import Color as RlColor

    return RlColor(color.red / 255, color.green / 255, color.blue / 255)


def _field_pen(r: Any, el: Any) -> Any:
    """The border of a form field: the box's own pen, else its four sides when they are
    the same, else (shapes) the element's pen; None without one."""
    box = r.box
    if box.pen.line_width > 0:
        return box.pen
    sides = (box.top_pen, box.left_pen, box.bottom_pen, box.right_pen)
    if sides[0].line_width > 0 and all(p == sides[0] for p in sides):
        return sides[0]
    if not isinstance(el, (PrintText, PrintFrame)) and r.pen.line_width > 0:
        return r.pen
    return None


def _split(runs: list[_Run], start: int, end: int) -> list[tuple[_Run, int, int]]:
    """The parts of ``[start, end)`` in each run."""
    if len(runs) == 1:
        return [(runs[0], start, end)] if end > start else []
    out = []
    for run in runs:
        a, b = max(run.start, start), min(run.end, end)
        if a < b:
            out.append((run, a, b))
    return out


# --- the registered exporter -------------------------------------------------------------------


def export_pdf(document: Document, out: BinaryIO, pages: list[int], /, **options: Any) -> None:
    """Write ``document``'s pages ``pages`` (0-based, sorted) as PDF to ``out``.  Options: those
    of :class:`PdfWriter`, plus ``paper`` (:class:`~jrxmlpy.export.paper.PaperOptions`)."""
    paper = options.pop("paper", None)
    writer = PdfWriter(out, **options)
    writer.add_document(document, pages, paper=paper)
    writer.close()


register_exporter("pdf", export_pdf)
