"""How text elements are cut, kept and measured in the print (tiny templates, checked
against JasperReports 6.20's prints of the same templates)."""

from __future__ import annotations

import jrxmlpy
from jrxmlpy.document import PrintText

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'
LONG = "this is a fairly long text"


def _texts(body: str, report_extra: str = "") -> list[PrintText]:
    jrxml = f"""<jasperReport {NS} name="t" pageWidth="595" pageHeight="842" columnWidth="555"
        whenNoDataType="AllSectionsNoDetail" leftMargin="20" rightMargin="20" topMargin="30" bottomMargin="30">
  {report_extra}
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="10"/>
  <title><band height="60">{body}</band></title>
</jasperReport>"""
    document = jrxmlpy.compile(jrxml).fill()
    return [e for e in document.pages[0].elements if isinstance(e, PrintText)]


def _field(extra: str = "", adjust: str = "") -> str:
    return f"""<textField{adjust}><reportElement x="0" y="0" width="50" height="20">{extra}</reportElement>
      <textFieldExpression><![CDATA["{LONG}"]]></textFieldExpression></textField>"""


KEEP = "net.sf.jasperreports.print.keep.full.text"


def test_a_text_that_does_not_fit_is_cut() -> None:
    (text,) = _texts(_field())
    assert text.text == "this is a " and text.truncate_index is None


def test_keep_full_text_on_the_report_keeps_the_whole_text_and_records_the_cut() -> None:
    (text,) = _texts(_field(), f'<property name="{KEEP}" value="true"/>')
    assert text.text == LONG and text.truncate_index == 10
    assert text.shown_text == "this is a "


def test_keep_full_text_from_a_report_property_expression() -> None:
    (text,) = _texts(_field(), f'<propertyExpression name="{KEEP}"><![CDATA["true"]]></propertyExpression>')
    assert text.text == LONG and text.truncate_index == 10


def test_keep_full_text_on_the_element_and_its_expression_override() -> None:
    (text,) = _texts(_field(f'<property name="{KEEP}" value="true"/>'))
    assert text.text == LONG
    (text,) = _texts(_field(f'<propertyExpression name="{KEEP}"><![CDATA["false"]]></propertyExpression>'),
                     f'<property name="{KEEP}" value="true"/>')
    assert text.text == "this is a "


def test_keep_full_text_does_not_apply_to_a_stretching_text() -> None:
    body = _field(adjust=' textAdjust="StretchHeight"')
    (text,) = _texts(body, f'<property name="{KEEP}" value="true"/>')
    assert text.text == LONG and text.truncate_index is None


def test_a_text_that_fits_records_no_cut() -> None:
    body = """<staticText><reportElement x="0" y="0" width="200" height="20"/><text>short</text></staticText>"""
    (text,) = _texts(body, f'<property name="{KEEP}" value="true"/>')
    assert text.text == "short" and text.truncate_index is None


AT_CHAR = "net.sf.jasperreports.text.truncate.at.char"
SUFFIX = "net.sf.jasperreports.text.truncate.suffix"
GOES_ON = "this is a fairly long text that goes on"


def _cut(props: dict[str, str], report_props: dict[str, str] | None = None, text: str = GOES_ON,
         width: int = 80, height: int = 26) -> PrintText:
    """A two-line 80pt wide text field (cut after the second line) with element properties
    ``props`` in a report with properties ``report_props``."""
    own = "".join(f'<property name="{k}" value="{v}"/>' for k, v in props.items())
    body = f"""<textField><reportElement x="0" y="0" width="{width}" height="{height}">{own}</reportElement>
      <textFieldExpression><![CDATA["{text}"]]></textFieldExpression></textField>"""
    report = "".join(f'<property name="{k}" value="{v}"/>' for k, v in (report_props or {}).items())
    (cut,) = _texts(body, report)
    return cut


# The expected cuts below are JasperReports 6.20's prints of the same templates.


def test_truncate_at_char_cuts_after_the_last_character_that_fits() -> None:
    plain = _cut({})
    assert plain.text == "this is a fairly long text that " and plain.truncate_suffix is None
    assert _cut({AT_CHAR: "true"}).text == "this is a fairly long text that g"
    assert _cut({}, {AT_CHAR: "true"}).text == "this is a fairly long text that g"
    # the element's property overrides the report's
    assert _cut({AT_CHAR: "false"}, {AT_CHAR: "true"}).text == "this is a fairly long text that "


def test_truncate_suffix_moves_the_cut_back_so_that_the_suffix_fits() -> None:
    cut = _cut({SUFFIX: "[more]"})
    assert (cut.text, cut.truncate_suffix) == ("this is a fairly long ", "[more]")
    cut = _cut({SUFFIX: "[more]"}, {AT_CHAR: "true"})
    assert (cut.text, cut.truncate_suffix) == ("this is a fairly long text", "[more]")
    cut = _cut({SUFFIX: "..."}, {AT_CHAR: "true"})
    assert (cut.text, cut.truncate_suffix) == ("this is a fairly long text that", "...")
    cut = _cut({}, {SUFFIX: "\u2026"})
    assert (cut.text, cut.truncate_suffix) == ("this is a fairly long text ", "\u2026")
    # a blank suffix is none, also when it overrides the report's
    cut = _cut({SUFFIX: " "}, {SUFFIX: "\u2026"})
    assert (cut.text, cut.truncate_suffix) == ("this is a fairly long text that ", None)


def test_truncate_suffix_with_kept_full_text_and_in_narrow_boxes() -> None:
    cut = _cut({KEEP: "true", SUFFIX: "\u2026"}, {AT_CHAR: "true"})
    assert (cut.text, cut.truncate_index, cut.truncate_suffix) == (GOES_ON, 31, "\u2026")
    # nothing but part of the suffix fits
    cut = _cut({SUFFIX: "\u2026\u2026"}, text="abcdef", width=12, height=14)
    assert (cut.text, cut.truncate_suffix) == ("", "\u2026")
    cut = _cut({SUFFIX: "\u2026", AT_CHAR: "true"}, text="supercalifragilistic", width=60, height=14)
    assert (cut.text, cut.truncate_suffix) == ("supercalif", "\u2026")


def test_a_text_that_fits_has_no_suffix() -> None:
    assert _cut({SUFFIX: "..."}, text="short").truncate_suffix is None


def _overflowing(report_extra: str, element_extra: str = "") -> list[list[PrintText]]:
    """A 64pt three-line stretching text in a group header below a 542pt title: only two
    lines fit on the first page."""
    jrxml = f"""<jasperReport {NS} name="t" pageWidth="595" pageHeight="842" columnWidth="515"
        whenNoDataType="AllSectionsNoDetail" leftMargin="40" rightMargin="40" topMargin="50" bottomMargin="50">
  {report_extra}
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="12"/>
  <group name="G"><groupHeader><band height="80">
    <textField textAdjust="StretchHeight"><reportElement x="0" y="0" width="515" height="80">{element_extra}</reportElement>
      <textElement><font size="64"/></textElement>
      <textFieldExpression><![CDATA["blah\\nblah\\nblah."]]></textFieldExpression></textField>
  </band></groupHeader></group>
  <title><band height="542"/></title>
</jasperReport>"""
    document = jrxmlpy.compile(jrxml).fill()
    return [[e for e in page.elements if isinstance(e, PrintText)] for page in document.pages]


CONSUME = "net.sf.jasperreports.consume.space.on.overflow"


def test_an_overflowing_text_takes_the_room_left_by_default() -> None:
    first, second = _overflowing("")
    assert (first[0].y, first[0].height, first[0].text) == (592, 200, "blah\nblah\n")
    assert second[0].text == "blah."


def test_consume_space_on_overflow_false_keeps_the_text_height() -> None:
    # JasperReports 6.20: 149 = two 64pt DejaVu Sans lines (74.5 each)
    first, _ = _overflowing(f'<property name="{CONSUME}" value="false"/>')
    assert (first[0].y, first[0].height) == (592, 149)
    first, _ = _overflowing("", f'<propertyExpression name="{CONSUME}"><![CDATA["false"]]></propertyExpression>')
    assert first[0].height == 149


def test_a_font_extension_in_a_resource_folder_is_used(tmp_path) -> None:
    import shutil

    from jrxmlpy.fonts import default_registry
    from jrxmlpy.fonts.registry import FILES_DIR

    shutil.copy(FILES_DIR / "DejaVuSansMono.ttf", tmp_path / "Mono.ttf")
    (tmp_path / "jasperreports_extension.properties").write_text(
        "net.sf.jasperreports.extension.registry.factory.simple.font.families="
        "net.sf.jasperreports.engine.fonts.SimpleFontExtensionsRegistryFactory\n"
        "net.sf.jasperreports.extension.simple.font.families.probe=fonts/probe.xml\n")
    (tmp_path / "fonts").mkdir()
    (tmp_path / "fonts" / "probe.xml").write_text(
        '<fontFamilies><fontFamily name="Probe Extension Mono"><normal>Mono.ttf</normal>'
        '</fontFamily></fontFamilies>')
    jrxml = f"""<jasperReport {NS} name="t" whenNoDataType="AllSectionsNoDetail">
  <title><band height="20"><staticText><reportElement x="0" y="0" width="31" height="20"/>
    <textElement><font fontName="Probe Extension Mono" size="10"/></textElement><text>iiiiiiii</text>
  </staticText></band></title></jasperReport>"""
    (tmp_path / "t.jrxml").write_text(jrxml)
    document = jrxmlpy.compile(tmp_path / "t.jrxml", resources=[tmp_path]).fill()
    font = default_registry().resolve("Probe Extension Mono")
    assert font.from_extension and font.file.path.endswith("Mono.ttf")
    (text,) = [e for e in document.pages[0].elements if isinstance(e, PrintText)]
    assert text.text == "iiiii"  # 6.02pt monospaced cells: five fit in 31pt (DejaVu Sans would fit all eight)


def _lines(middle: str, beside: str = "") -> dict[str, tuple[int, int]]:
    """Three 20pt lines in a title band; the middle one does not print."""
    body = f"""<staticText><reportElement x="0" y="0" width="100" height="20"/><text>first</text></staticText>
      {middle}
      {beside}
      <staticText><reportElement x="0" y="40" width="100" height="20"/><text>last</text></staticText>"""
    jrxml = f"""<jasperReport {NS} name="t" whenNoDataType="AllSectionsNoDetail" columnWidth="555">
  <style name="Base" isDefault="true" fontName="DejaVu Sans" fontSize="10"/>
  <title><band height="60">{body}</band></title>
  <summary><band height="15"><staticText><reportElement x="0" y="0" width="100" height="15"/><text>end</text></staticText></band></summary>
</jasperReport>"""
    page = jrxmlpy.compile(jrxml).fill().pages[0]
    return {e.text: (e.y, e.height) for e in page.elements if isinstance(e, PrintText)}


HIDDEN = """<frame><reportElement x="0" y="20" width="100" height="20" isRemoveLineWhenBlank="true">
        <printWhenExpression><![CDATA[false]]></printWhenExpression></reportElement></frame>"""
BLANK = """<textField isBlankWhenNull="true"><reportElement x="0" y="20" width="100" height="20" isRemoveLineWhenBlank="true"/>
        <textFieldExpression><![CDATA[" "]]></textFieldExpression></textField>"""


def test_remove_line_when_blank_lifts_what_is_below() -> None:
    for middle in (HIDDEN, BLANK):
        texts = _lines(middle)
        assert " " not in texts
        assert texts["last"] == (50, 20) and texts["end"] == (70, 15)  # 30 top margin


def test_a_blank_line_is_kept_when_another_element_is_on_it() -> None:
    beside = """<staticText><reportElement x="300" y="25" width="100" height="10"/><text>beside</text></staticText>"""
    texts = _lines(HIDDEN, beside)
    assert texts["last"] == (70, 20) and texts["end"] == (90, 15)
