"""Font families: the bundled DejaVu fonts, user families and JasperReports font extensions.

How a ``fontName`` becomes a font file, as JasperReports 6.20 on the reference set-up does it
(Java 17 on Linux, the ``jasperreports-fonts`` extension on the class path, only the DejaVu
fonts installed, ``net.sf.jasperreports.awt.ignore.missing.font=true``):

1. a family registered by a font extension (``fonts.xml``) or with :func:`register_font_family`
   is looked up by name; the face is chosen as JasperReports' ``FontUtil`` does: the exact
   style face when the family has it, else for bold+italic the bold face, then the italic face,
   else the normal face; the styles the face lacks are synthesized by Java (``synthetic_bold``
   / ``synthetic_italic`` in :class:`ResolvedFont`);
2. otherwise the name goes to Java AWT: the logical fonts ``SansSerif`` and ``Dialog`` are
   DejaVu Sans, ``Serif`` is DejaVu Serif, ``Monospaced`` and ``DialogInput`` are DejaVu Sans
   Mono (fontconfig's choices on a machine with only DejaVu); an installed family name is
   matched ignoring case;
3. any other name (``Arial``, ``Helvetica``, ...) is not installed: AWT falls back to
   ``Dialog``, i.e. DejaVu Sans, in the asked style.  Checked with the oracle: an unknown font
   measures exactly like DejaVu Sans.
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .metrics import FontFile, load_font_file

__all__ = [
    "FontFamily",
    "FontRegistry",
    "ResolvedFont",
    "default_registry",
    "register_font_family",
    "load_font_extension",
    "resolve_font",
    "FILES_DIR",
    "LOGICAL_FONTS",
]

log = logging.getLogger(__name__)

FILES_DIR = Path(__file__).with_name("files")

_BUNDLED = {
    "DejaVu Sans": (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
    ),
    "DejaVu Serif": (
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
    ),
    "DejaVu Sans Mono": (
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
    ),
}
_BUNDLED_EXPORT = {
    "DejaVu Sans": "'DejaVu Sans', Arial, Helvetica, sans-serif",
    "DejaVu Serif": "'DejaVu Serif', 'Times New Roman', Times, serif",
    "DejaVu Sans Mono": "'DejaVu Sans Mono', 'Courier New', Courier, monospace",
}

#: Java logical font names -> the family fontconfig gives them on the reference machine
LOGICAL_FONTS = {
    "sansserif": "DejaVu Sans",
    "dialog": "DejaVu Sans",
    "serif": "DejaVu Serif",
    "monospaced": "DejaVu Sans Mono",
    "dialoginput": "DejaVu Sans Mono",
}

#: what AWT uses for a family that is not installed (``Dialog``)
FALLBACK_FAMILY = "DejaVu Sans"

PLAIN, BOLD, ITALIC = 0, 1, 2


@dataclass(slots=True)
class FontFamily:
    """A family as in a JasperReports ``fonts.xml``: up to four face files plus PDF/export data."""

    name: str
    normal: str | None = None
    bold: str | None = None
    italic: str | None = None
    bold_italic: str | None = None
    pdf_encoding: str | None = None
    pdf_embedded: bool | None = None
    export_fonts: dict[str, str] = field(default_factory=dict)
    locales: list[str] = field(default_factory=list)
    #: True for families that exist only to carry export names (no face files)
    faceless: bool = False

    def face(self, style: int) -> str | None:
        return (self.normal, self.bold, self.italic, self.bold_italic)[style]

    @property
    def has_faces(self) -> bool:
        return any((self.normal, self.bold, self.italic, self.bold_italic))


@dataclass(frozen=True, slots=True)
class ResolvedFont:
    """The file a (name, bold, italic) request measures with."""

    file: FontFile
    family: str
    bold: bool
    italic: bool
    synthetic_bold: bool = False
    synthetic_italic: bool = False
    #: the family came from the registry (extension / bundled) rather than the AWT fallback
    from_extension: bool = True
    #: the asked name is unknown and AWT's default (Dialog) was used
    fallback: bool = False

    def at(self, size: float):
        return self.file.at(size)


class FontRegistry:
    """Family name -> faces, with JasperReports' face selection and AWT's fallbacks."""

    def __init__(self, *, bundled: bool = True):
        self._lock = threading.RLock()
        self._families: dict[str, FontFamily] = {}  # exact names (extension lookups)
        self._folded: dict[str, FontFamily] = {}  # casefolded names (AWT lookups)
        self._system: dict[str, FontFamily] = {}  # "installed" families (AWT side)
        self._cache: dict[tuple[str, int], ResolvedFont] = {}
        #: problems met while loading extensions (missing face files, ...)
        self.warnings: list[str] = []
        #: resource folders already searched for a font extension
        self._searched: set[Path] = set()
        #: lists of absolute folders already searched (as given)
        self._searched_lists: set[tuple[Path, ...]] = set()
        if bundled:
            for name, files in _BUNDLED.items():
                normal, bold, italic, bold_italic = (str(FILES_DIR / f) for f in files)
                fam = FontFamily(
                    name,
                    normal,
                    bold,
                    italic,
                    bold_italic,
                    pdf_encoding="Identity-H",
                    pdf_embedded=True,
                    export_fonts={"net.sf.jasperreports.html": _BUNDLED_EXPORT[name]},
                )
                self._add(fam)
                self._system[name.casefold()] = fam

    # -- registration ---------------------------------------------------------------------

    def _add(self, fam: FontFamily) -> None:
        with self._lock:
            old = self._families.get(fam.name)
            if old is not None and not fam.has_faces and old.has_faces:
                # a later export-only entry does not hide the faces (JasperReports merges them)
                old.export_fonts.update(fam.export_fonts)
                return
            self._families[fam.name] = fam
            self._folded.setdefault(fam.name.casefold(), fam)
            if fam.has_faces:
                self._folded[fam.name.casefold()] = fam
            self._cache.clear()

    def register_family(self, family: FontFamily) -> FontFamily:
        for p in (family.normal, family.bold, family.italic, family.bold_italic):
            if p is not None and not Path(p).is_file():
                raise FileNotFoundError(f"font file not found for family {family.name!r}: {p}")
        self._add(family)
        return family

    def register_font_family(
        self,
        name: str,
        regular: str | os.PathLike | None = None,
        bold: str | os.PathLike | None = None,
        italic: str | os.PathLike | None = None,
        bold_italic: str | os.PathLike | None = None,
        *,
        pdf_encoding: str | None = "Identity-H",
        pdf_embedded: bool | None = True,
        export_fonts: dict[str, str] | None = None,
    ) -> FontFamily:
        """Register a family (as a font extension would). At least one face is needed."""
        if not any((regular, bold, italic, bold_italic)):
            raise ValueError("register_font_family needs at least one face file")
        def path(face: str | os.PathLike | None) -> str | None:
            return str(Path(face)) if face is not None else None

        fam = FontFamily(
            name,
            path(regular),
            path(bold),
            path(italic),
            path(bold_italic),
            pdf_encoding=pdf_encoding,
            pdf_embedded=pdf_embedded,
            export_fonts=dict(export_fonts or {}),
        )
        return self.register_family(fam)

    def load_extension(self, location: str | os.PathLike) -> list[FontFamily]:
        """Read a JasperReports font extension: a folder or a ``.jar``/``.zip`` holding
        ``jasperreports_extension.properties`` (``...simple.font.families.<id>=<fonts.xml>``)
        and the ``fonts.xml`` files it names. A ``fonts.xml`` path is accepted as well.
        Returns the families registered."""
        loc = Path(location)
        if loc.is_file() and loc.suffix.lower() == ".xml":
            # paths in it are class-path relative: try its folder, then each folder above
            roots = [loc.parent, *loc.parent.parents]
            return self._load_fonts_xml(loc.read_bytes(), _DirSource(*roots))
        if loc.is_dir():
            src: _Source = _DirSource(loc)
        elif loc.is_file() and zipfile.is_zipfile(loc):
            src = _ZipSource(loc)
        else:
            raise FileNotFoundError(f"not a font extension folder or jar: {location}")
        props = src.read("jasperreports_extension.properties")
        if props is None:
            raise FileNotFoundError(f"{location}: no jasperreports_extension.properties")
        out: list[FontFamily] = []
        for key, value in _parse_properties(props.decode("latin-1")).items():
            if key.startswith("net.sf.jasperreports.extension.simple.font.families."):
                data = src.read(value.strip().lstrip("/"))
                if data is None:
                    self.warnings.append(
                        f"{location}: {value} named in jasperreports_extension.properties is missing"
                    )
                    continue
                out.extend(self._load_fonts_xml(data, src))
        return out

    def load_extensions_in(self, folders) -> list[FontFamily]:
        """The font extensions of resource folders (which play the part of JasperReports'
        class path): each folder holding a ``jasperreports_extension.properties`` is read
        once, the first folder winning for a family several define."""
        given = tuple(folders)
        if given in self._searched_lists:  # each fill of a subreport asks again
            return []
        out: list[FontFamily] = []
        for folder in reversed([Path(f).resolve() for f in given]):
            with self._lock:
                if folder in self._searched:
                    continue
                self._searched.add(folder)
            if (folder / "jasperreports_extension.properties").is_file():
                known = len(self.warnings)
                out.extend(self.load_extension(folder))
                for problem in self.warnings[known:]:
                    log.warning("font extension: %s", problem)
        if all(isinstance(f, Path) and f.is_absolute() for f in given):
            with self._lock:
                self._searched_lists.add(given)
        return out

    def _load_fonts_xml(self, data: bytes, src: _Source) -> list[FontFamily]:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        root = etree.fromstring(data, parser)
        out = []
        for fe in root.iter("fontFamily"):
            name = fe.get("name")
            if not name:
                continue
            fam = FontFamily(name)
            for tag, attr in (
                ("normal", "normal"),
                ("bold", "bold"),
                ("italic", "italic"),
                ("boldItalic", "bold_italic"),
            ):
                el = fe.find(tag)
                if el is None:
                    continue
                ttf = el.find("ttf")
                path = (ttf.text if ttf is not None else el.text) or ""
                path = path.strip()
                if path:
                    try:
                        setattr(fam, attr, src.materialize(path))
                    except FileNotFoundError as e:
                        # JasperReports only fails when the face is used; keep the family usable
                        self.warnings.append(str(e))
            enc = fe.findtext("pdfEncoding")
            fam.pdf_encoding = enc.strip() if enc else None
            emb = fe.findtext("pdfEmbedded")
            fam.pdf_embedded = (emb.strip().lower() == "true") if emb else None
            ef = fe.find("exportFonts")
            if ef is not None:
                for ex in ef.iter("export"):
                    key = ex.get("key")
                    if key:
                        fam.export_fonts[key] = (ex.text or "").strip()
            loc = fe.find("locales")
            if loc is not None:
                fam.locales = [(x.text or "").strip() for x in loc.iter("locale")]
            fam.faceless = not fam.has_faces
            self._add(fam)
            out.append(fam)
        return out

    # -- lookup ---------------------------------------------------------------------------

    def family(self, name: str) -> FontFamily | None:
        return self._families.get(name) or self._folded.get(name.casefold())

    def families(self) -> list[FontFamily]:
        return list(self._families.values())

    def resolve(self, name: str | None, bold: bool = False, italic: bool = False) -> ResolvedFont:
        style = (BOLD if bold else 0) | (ITALIC if italic else 0)
        key = (name or "", style)
        r = self._cache.get(key)
        if r is None:
            r = self._resolve(name or "", style)
            self._cache[key] = r
        return r

    def _resolve(self, name: str, style: int) -> ResolvedFont:
        fam = self._families.get(name)
        if fam is not None and fam.has_faces:
            return self._from_family(fam, style, from_extension=True)
        # AWT: logical fonts, installed families (case-insensitive), else Dialog
        folded = name.casefold()
        logical = LOGICAL_FONTS.get(folded)
        if logical is not None:
            return self._from_family(self._system[logical.casefold()], style, from_extension=False)
        fam = self._system.get(folded)
        if fam is None:
            fam = self._folded.get(folded)
            if fam is not None and not fam.has_faces:
                fam = None
        if fam is not None:
            return self._from_family(fam, style, from_extension=False)
        return self._from_family(
            self._system[FALLBACK_FAMILY.casefold()], style, from_extension=False, fallback=True
        )

    def _from_family(
        self, fam: FontFamily, style: int, *, from_extension: bool, fallback: bool = False
    ) -> ResolvedFont:
        face_style = PLAIN
        path = fam.face(style) if style else None
        if path is not None:
            face_style = style
        else:
            if style == BOLD | ITALIC:
                path, face_style = fam.bold_italic, BOLD | ITALIC
            if (path is None or face_style == PLAIN) and style & BOLD:
                path, face_style = fam.bold, BOLD
            if (path is None or face_style == PLAIN) and style & ITALIC:
                path, face_style = fam.italic, ITALIC
            if path is None:
                path, face_style = fam.normal, PLAIN
        if path is None:  # a family with only, say, a bold face asked for plain
            for p, s in ((fam.bold, BOLD), (fam.italic, ITALIC), (fam.bold_italic, BOLD | ITALIC)):
                if p is not None:
                    path, face_style = p, s
                    break
        assert path is not None
        missing = style & ~face_style
        return ResolvedFont(
            file=load_font_file(path),
            family=fam.name,
            bold=bool(style & BOLD),
            italic=bool(style & ITALIC),
            synthetic_bold=bool(missing & BOLD),
            synthetic_italic=bool(missing & ITALIC),
            from_extension=from_extension,
            fallback=fallback,
        )


# -- extension sources ---------------------------------------------------------------------


class _Source:
    def read(self, path: str) -> bytes | None:  # pragma: no cover - interface
        raise NotImplementedError

    def materialize(self, path: str) -> str:  # pragma: no cover - interface
        raise NotImplementedError


class _DirSource(_Source):
    def __init__(self, *roots: Path):
        self.roots = roots

    def read(self, path: str) -> bytes | None:
        for r in self.roots:
            p = r / path
            if p.is_file():
                return p.read_bytes()
        return None

    def materialize(self, path: str) -> str:
        for r in self.roots:
            p = r / path.lstrip("/")
            if p.is_file():
                return str(p)
        raise FileNotFoundError(f"font file named in fonts.xml not found: {self.roots[0] / path.lstrip('/')}")


class _ZipSource(_Source):
    def __init__(self, path: Path):
        self.path = path
        self.zf = zipfile.ZipFile(path)
        self._dir: Path | None = None

    def read(self, path: str) -> bytes | None:
        try:
            return self.zf.read(path)
        except KeyError:
            return None

    def materialize(self, path: str) -> str:
        path = path.lstrip("/")
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="jrxmlpy-fonts-"))
        data = self.read(path)
        if data is None:
            raise FileNotFoundError(f"font file named in fonts.xml not found in {self.path}: {path}")
        out = self._dir / Path(path).name
        if out.exists() and out.read_bytes() != data:
            out = self._dir / path.replace("/", "_")
        out.write_bytes(data)
        return str(out)


def _parse_properties(text: str) -> dict[str, str]:
    try:
        import javaproperties

        return dict(javaproperties.loads(text))
    except ImportError:  # pragma: no cover - javaproperties is a dependency
        out = {}
        for line in io.StringIO(text):
            line = line.strip()
            if not line or line[0] in "#!":
                continue
            k, _, v = line.partition("=")
            out[k.strip()] = v.strip()
        return out


# -- module-level default registry ---------------------------------------------------------

_default: FontRegistry | None = None
_default_lock = threading.Lock()


def default_registry() -> FontRegistry:
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = FontRegistry()
    return _default


def register_font_family(
    name: str, regular=None, bold=None, italic=None, bold_italic=None, **kw
) -> FontFamily:
    """Register a family in the default registry (see :meth:`FontRegistry.register_font_family`)."""
    return default_registry().register_font_family(name, regular, bold, italic, bold_italic, **kw)


def load_font_extension(location) -> list[FontFamily]:
    """Load a JasperReports font extension (folder, jar or fonts.xml) into the default registry."""
    return default_registry().load_extension(location)


def resolve_font(name: str | None, bold: bool = False, italic: bool = False) -> ResolvedFont:
    return default_registry().resolve(name, bold, italic)
