"""Font registry: bundled DejaVu families, Java logical/unknown names, user families and
JasperReports font extensions."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from jrxmlpy.fonts import FontRegistry, measure
from jrxmlpy.fonts.registry import FILES_DIR


def test_bundled_files_are_package_data():
    names = {p.name for p in FILES_DIR.iterdir()}
    for f in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSans-BoldOblique.ttf",
        "DejaVuSerif.ttf",
        "DejaVuSerif-Bold.ttf",
        "DejaVuSerif-Italic.ttf",
        "DejaVuSerif-BoldItalic.ttf",
        "DejaVuSansMono.ttf",
        "DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Oblique.ttf",
        "DejaVuSansMono-BoldOblique.ttf",
        "LICENSE",
    ):
        assert f in names


@pytest.mark.parametrize(
    "name,bold,italic,file",
    [
        ("DejaVu Sans", False, False, "DejaVuSans.ttf"),
        ("DejaVu Sans", True, True, "DejaVuSans-BoldOblique.ttf"),
        ("DejaVu Serif", False, True, "DejaVuSerif-Italic.ttf"),
        ("DejaVu Sans Mono", True, False, "DejaVuSansMono-Bold.ttf"),
        ("SansSerif", False, False, "DejaVuSans.ttf"),
        ("Dialog", True, False, "DejaVuSans-Bold.ttf"),
        ("Serif", True, True, "DejaVuSerif-BoldItalic.ttf"),
        ("Monospaced", False, True, "DejaVuSansMono-Oblique.ttf"),
        ("DialogInput", False, False, "DejaVuSansMono.ttf"),
        ("dejavu serif", False, False, "DejaVuSerif.ttf"),  # AWT matches ignoring case
        ("Arial", True, False, "DejaVuSans-Bold.ttf"),  # not installed: Dialog
        ("Times New Roman", False, False, "DejaVuSans.ttf"),
        (None, False, False, "DejaVuSans.ttf"),
    ],
)
def test_resolution(name, bold, italic, file):
    r = FontRegistry().resolve(name, bold, italic)
    assert Path(r.file.path).name == file
    assert not r.synthetic_bold and not r.synthetic_italic


def test_unknown_font_is_flagged_as_fallback():
    reg = FontRegistry()
    assert reg.resolve("Arial").fallback
    assert not reg.resolve("DejaVu Sans").fallback
    assert not reg.resolve("SansSerif").fallback


def test_register_font_family_and_synthetic_styles():
    reg = FontRegistry()
    fam = reg.register_font_family(
        "Corporate", regular=FILES_DIR / "DejaVuSerif.ttf", bold=FILES_DIR / "DejaVuSerif-Bold.ttf"
    )
    assert fam.pdf_encoding == "Identity-H"
    r = reg.resolve("Corporate", bold=True, italic=True)
    assert Path(r.file.path).name == "DejaVuSerif-Bold.ttf"
    assert r.synthetic_italic and not r.synthetic_bold
    r = reg.resolve("Corporate", italic=True)
    assert Path(r.file.path).name == "DejaVuSerif.ttf" and r.synthetic_italic
    # measuring with a registered family uses its files
    a = measure("Hello", "Corporate", 10, width=100, registry=reg)
    b = measure("Hello", "DejaVu Serif", 10, width=100)
    assert a.text_height == b.text_height and a.lines[0].width == b.lines[0].width
    with pytest.raises(ValueError):
        reg.register_font_family("Empty")
    with pytest.raises(FileNotFoundError):
        reg.register_font_family("Missing", regular="/nonexistent/font.ttf")


FONTS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<fontFamilies>
  <fontFamily name="My Sans">
    <normal>fonts/my/MySans.ttf</normal>
    <bold><![CDATA[fonts/my/MySans-Bold.ttf]]></bold>
    <pdfEncoding>Identity-H</pdfEncoding>
    <pdfEmbedded>true</pdfEmbedded>
    <exportFonts><export key="net.sf.jasperreports.html">'My Sans', Arial</export></exportFonts>
  </fontFamily>
  <fontFamily name="Broken"><normal>fonts/missing.ttf</normal></fontFamily>
</fontFamilies>
"""
PROPS = (
    "net.sf.jasperreports.extension.registry.factory.simple.font.families="
    "net.sf.jasperreports.engine.fonts.SimpleFontExtensionsRegistryFactory\n"
    "net.sf.jasperreports.extension.simple.font.families.my=fonts/fonts.xml\n"
)


def _make_extension(root: Path) -> Path:
    (root / "fonts" / "my").mkdir(parents=True)
    shutil.copy(FILES_DIR / "DejaVuSansMono.ttf", root / "fonts" / "my" / "MySans.ttf")
    shutil.copy(FILES_DIR / "DejaVuSansMono-Bold.ttf", root / "fonts" / "my" / "MySans-Bold.ttf")
    (root / "fonts" / "fonts.xml").write_text(FONTS_XML)
    (root / "jasperreports_extension.properties").write_text(PROPS)
    return root


def test_font_extension_folder(tmp_path):
    ext = _make_extension(tmp_path / "ext")
    reg = FontRegistry()
    fams = reg.load_extension(ext)
    assert [f.name for f in fams] == ["My Sans", "Broken"]
    my = reg.family("My Sans")
    assert my.export_fonts["net.sf.jasperreports.html"] == "'My Sans', Arial"
    assert my.pdf_embedded is True
    assert Path(reg.resolve("My Sans", bold=True).file.path).name == "MySans-Bold.ttf"
    assert reg.warnings  # the missing face is reported, not fatal


def test_font_extension_jar(tmp_path):
    ext = _make_extension(tmp_path / "ext")
    jar = tmp_path / "myfonts.jar"
    with zipfile.ZipFile(jar, "w") as zf:
        for p in ext.rglob("*"):
            if p.is_file():
                zf.write(p, p.relative_to(ext).as_posix())
    reg = FontRegistry()
    reg.load_extension(jar)
    r = reg.resolve("My Sans")
    assert r.file.units_per_em == 2048
    assert (
        measure("x", r, 10, width=50).text_height
        == measure("x", "DejaVu Sans Mono", 10, width=50).text_height
    )


def test_fonts_xml_directly(tmp_path):
    ext = _make_extension(tmp_path / "ext")
    reg = FontRegistry()
    reg.load_extension(ext / "fonts" / "fonts.xml")
    # paths in a fonts.xml given directly are class-path relative: found from a folder above
    assert Path(reg.resolve("My Sans").file.path).name == "MySans.ttf"
