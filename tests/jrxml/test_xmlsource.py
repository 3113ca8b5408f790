"""Safety of template parsing: no entity expansion, no external resources, no network."""

from __future__ import annotations

import pytest

from jrxmlpy.errors import TemplateSyntaxError, UnsafeTemplateError
from jrxmlpy.jrxml import load
from jrxmlpy.jrxml.xmlsource import parse_xml

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<jasperReport name="x"><title><band height="10"><staticText><reportElement x="0" y="0" width="1" height="1"/>
<text>&lol4;</text></staticText></band></title></jasperReport>
"""


def test_billion_laughs_is_refused():
    with pytest.raises(UnsafeTemplateError) as info:
        load(BILLION_LAUGHS, name="laughs.jrxml")
    assert info.value.location.source == "laughs.jrxml"
    assert info.value.location.line == 3


def test_external_entity_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE jasperReport [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
<jasperReport {NS} name="x"><queryString>&xxe;</queryString></jasperReport>"""
    with pytest.raises(UnsafeTemplateError):
        load(xml)


def test_parameter_entity_is_refused(tmp_path):
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE jasperReport [ <!ENTITY % remote SYSTEM "file://{tmp_path}/evil.dtd"> %remote; ]>
<jasperReport {NS} name="x"/>"""
    with pytest.raises(UnsafeTemplateError):
        load(xml)


def test_external_dtd_subset_is_not_loaded(tmp_path):
    dtd = tmp_path / "evil.dtd"
    dtd.write_text('<!ATTLIST jasperReport language CDATA "groovy">')
    xml = f"""<?xml version="1.0"?>
<!DOCTYPE jasperReport SYSTEM "file://{dtd}">
<jasperReport {NS} name="x"/>"""
    report = load(xml)
    # Had the DTD been read, its attribute default would have applied.
    assert report.language == "java"


def test_undeclared_entity_reference_is_an_error():
    xml = f'<jasperReport {NS} name="x"><queryString>&nope;</queryString></jasperReport>'
    with pytest.raises((UnsafeTemplateError, TemplateSyntaxError)):
        load(xml)


def test_old_doctype_loads_without_network(monkeypatch):
    import socket

    def no_network(*args, **kwargs):  # pragma: no cover - only called on a regression
        raise AssertionError("the network was used")

    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE jasperReport PUBLIC "-//JasperReports//DTD Report Design//EN" "http://jasperreports.sourceforge.net/dtds/jasperreport.dtd">
<jasperReport name="old" pageWidth="612">
  <title><band height="20" isSplitAllowed="false">
    <staticText><reportElement x="0" y="0" width="100" height="20"/><text><![CDATA[Hi &amp; bye]]></text></staticText>
  </band></title>
</jasperReport>"""
    report = load(xml)
    assert report.name == "old"
    assert report.page_width == 612
    assert report.title is not None
    assert report.title.elements[0].content == "Hi &amp; bye"


def test_predefined_and_character_references_are_fine():
    xml = f'<jasperReport {NS} name="a&amp;b&#233;"/>'
    assert load(xml).name == "a&bé"


def test_not_well_formed_reports_line():
    with pytest.raises(TemplateSyntaxError) as info:
        parse_xml("<jasperReport>\n<title>\n</jasperReport>", name="bad.jrxml")
    assert info.value.location.source == "bad.jrxml"
    assert info.value.location.line is not None


def test_missing_file(tmp_path):
    with pytest.raises(TemplateSyntaxError) as info:
        load(tmp_path / "absent.jrxml")
    assert "not found" in str(info.value)


def test_not_a_report():
    with pytest.raises(TemplateSyntaxError) as info:
        load("<html><body/></html>", name="page.html")
    assert "jasperReport" in str(info.value)
