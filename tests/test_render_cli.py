"""``jrxmlpy render``: the command line the conformance runner calls, and ``jrxmlpy.render``.

Everything up to ``Report.fill`` is tested with the real code (argument parsing, typed
parameters, data sources, errors and exit codes); the export step with a stand-in ``fill``
(monkeypatched); the end-to-end tests run once ``jrxmlpy.Report`` has a ``fill``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import jrxmlpy
from jrxmlpy import cli
from jrxmlpy.cli import main
from jrxmlpy.data import (
    CsvDataSource,
    DataContext,
    EmptyDataSource,
    JsonDataSource,
    JsonQLDataSource,
    XmlDataSource,
)
from jrxmlpy.data.xml import Document as XmlDocument
from jrxmlpy.design.report import Field
from jrxmlpy.document import Document, Page, PrintText
from jrxmlpy.errors import FillError
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.params import AbstractTest
from jrxmlpy.render import DataOptions, build_data_source, prepare, resource_properties, unescape

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
HELLO = SAMPLES / "hello" / "hello.jrxml"
ORDERS = SAMPLES / "orders" / "orders.jrxml"
ORDERS_JSON = SAMPLES / "orders" / "orders.json"
HAS_FILL = hasattr(jrxmlpy.Report, "fill")

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'
TYPED = """<jasperReport NS name="typed">
  <parameter name="Count" class="java.lang.Integer"/>
  <parameter name="Amount" class="java.math.BigDecimal"/>
  <parameter name="Since" class="java.util.Date"/>
  <parameter name="States" class="java.util.Collection"/>
  <parameter name="Ids" class="java.util.List" nestedType="java.lang.Integer"/>
  <parameter name="Lang" class="java.util.Locale"/>
  <parameter name="SUBREPORT_DIR" class="java.lang.String"><defaultValueExpression><![CDATA["C:\\\\x\\\\"]]></defaultValueExpression></parameter>
  <parameter name="TEST" class="net.sf.jasperreports.AbstractTest"/>
  <field name="name" class="java.lang.String"/>
  <title><band height="20"><textField><reportElement x="0" y="0" width="100" height="20"/>
    <textFieldExpression><![CDATA["Count " + $P{Count}]]></textFieldExpression></textField></band></title>
</jasperReport>""".replace("NS", NS, 1)
XPATH = f"""<jasperReport {NS} name="xp">
  <queryString language="xPath"><![CDATA[/root/item]]></queryString>
  <field name="v" class="java.lang.String"/>
</jasperReport>"""
PLAIN = f"""<jasperReport {NS} name="plain"><field name="name" class="java.lang.String"/></jasperReport>"""


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    (tmp_path / "typed.jrxml").write_text(TYPED)
    (tmp_path / "xpath.jrxml").write_text(XPATH)
    (tmp_path / "plain.jrxml").write_text(PLAIN)
    (tmp_path / "data.json").write_text('{"people": [{"name": "Ann"}, {"name": "Bob"}]}')
    (tmp_path / "data.xml").write_text("<root><item><v>1</v></item><item><v>2</v></item></root>")
    (tmp_path / "data.csv").write_bytes("name;city\r\nAnn;Oslo\r\nBob;Rome\r\n".encode("cp1252"))
    return tmp_path


def _args(*argv: str):  # type: ignore[no-untyped-def]
    return cli._parser().parse_args(["render", *argv])


def _prepare(*argv: str):  # type: ignore[no-untyped-def]
    return cli.prepare_render(_args(*argv))


def _names(source, fields=("name",)) -> list:  # type: ignore[no-untyped-def]
    return [r[fields[0]] for r in source.bind([Field(f) for f in fields], DataContext())]


# --- parsing and typed parameters ---------------------------------------------------------------


def test_parameters_are_typed_by_their_declared_class(work: Path) -> None:
    inputs, fmt = _prepare(str(work / "typed.jrxml"), "-o", str(work / "out.jrpxml"),
                           "-P", "Count=3", "-P", "Amount=10.50", "-P", "Since=2024-01-02",
                           "-P", "States=Active, Trial", "-P", "Ids=3,1", "-P", "Lang=fr_FR",
                           "--timezone", "Europe/Paris", "--locale", "fr_FR")
    p = inputs.params
    assert fmt == "jrpxml"
    assert p["Count"] == 3 and p["Amount"] == Decimal("10.50")
    assert p["Since"].isoformat() == "2024-01-02T00:00:00+01:00"
    assert p["States"] == ["Active", "Trial"] and p["Ids"] == [3, 1]
    assert p["Lang"] == U.Locale("fr", "FR")
    assert (inputs.locale, inputs.timezone) == ("fr_FR", "Europe/Paris")
    assert inputs.data is None


def test_harness_defaults_as_the_oracle(work: Path) -> None:
    inputs, _ = _prepare(str(work / "typed.jrxml"), "-o", "x.jrpxml")
    assert inputs.params["SUBREPORT_DIR"] == str(work.resolve()) + os.sep
    assert isinstance(inputs.params["TEST"], AbstractTest)
    inputs, _ = _prepare(str(work / "typed.jrxml"), "-o", "x.jrpxml", "-P", "SUBREPORT_DIR=sub/")
    assert inputs.params["SUBREPORT_DIR"] == "sub/"


def test_params_json_then_cli_values_win(work: Path) -> None:
    (work / "p.json").write_text(json.dumps({
        "Count": 2, "Amount": 1.5, "Since": "2024-01-02T10:00:00Z",
        "States": {"$type": "java.util.Set", "values": ["Trial", "Active"]},
        "Extra": {"$type": "java.lang.Long", "value": 9},
        "TEST": {"$type": "net.sf.jasperreports.AbstractTest"},
    }))
    inputs, _ = _prepare(str(work / "typed.jrxml"), "-o", "x.jrpxml", "--params-json", str(work / "p.json"),
                         "-P", "Count=5")
    p = inputs.params
    assert p["Count"] == 5 and p["Amount"] == Decimal("1.5") and p["Extra"] == 9
    assert list(p["States"]) == ["Active", "Trial"]
    assert p["Since"].isoformat() == "2024-01-02T10:00:00+00:00"
    assert isinstance(p["TEST"], AbstractTest)


def test_properties_from_the_command_line_and_resource_folders(work: Path) -> None:
    res = work / "res"
    res.mkdir()
    (res / "jasperreports.properties").write_text("a=from file\nb=from file\n")
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--resources", str(res),
                         "--property", "b=cli", "--property", "c=x=y")
    assert inputs.properties == {"a": "from file", "b": "cli", "c": "x=y"}
    second = work / "res2"
    second.mkdir()
    (second / "jasperreports.properties").write_text("a=second\n")
    assert resource_properties([res, second])["a"] == "from file"  # the first folder wins


# --- data sources from options --------------------------------------------------------------------


def test_json_with_select(work: Path) -> None:
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "json",
                         "--data-file", str(work / "data.json"), "--select", "people")
    assert isinstance(inputs.data, JsonDataSource)
    assert _names(inputs.data) == ["Ann", "Bob"]


def test_jsonql_with_select(work: Path) -> None:
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "jsonql",
                         "--data-file", str(work / "data.json"), "--select", "people.*")
    assert isinstance(inputs.data, JsonQLDataSource)
    assert _names(inputs.data) == ["Ann", "Bob"]


def test_json_without_select_runs_the_reports_own_query() -> None:
    inputs, _ = _prepare(str(ORDERS), "-o", "x.jrpxml", "--data-type", "json", "--data-file", str(ORDERS_JSON))
    assert inputs.data is None
    stream = inputs.params["JSON_INPUT_STREAM"]
    data = stream if isinstance(stream, bytes) else stream.read_all()
    assert data == ORDERS_JSON.read_bytes()


def test_text_options_reach_the_reports_own_query(work: Path) -> None:
    inputs, _ = _prepare(str(ORDERS), "-o", "x.jrpxml", "--data-type", "json", "--data-file", str(ORDERS_JSON),
                         "--date-pattern", "yyyy-MM-dd", "--number-pattern", "#0.0")
    assert inputs.params["net.sf.jasperreports.json.date.pattern"] == "yyyy-MM-dd"
    assert inputs.params["net.sf.jasperreports.json.number.pattern"] == "#0.0"
    inputs, _ = _prepare(str(work / "xpath.jrxml"), "-o", "x.jrpxml", "--data-type", "xml",
                         "--data-file", str(work / "data.xml"), "--date-pattern", "dd.MM.yyyy")
    assert inputs.params["XML_DATE_PATTERN"] == "dd.MM.yyyy"


def test_json_without_select_or_query_is_over_the_root(work: Path) -> None:
    (work / "list.json").write_text('[{"name": "Ann"}]')
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "json",
                         "--data-file", str(work / "list.json"))
    assert isinstance(inputs.data, JsonDataSource) and _names(inputs.data) == ["Ann"]


def test_xml_passes_the_document_and_uses_the_reports_xpath_query(work: Path) -> None:
    inputs, _ = _prepare(str(work / "xpath.jrxml"), "-o", "x.jrpxml", "--data-type", "xml",
                         "--data-file", str(work / "data.xml"))
    assert inputs.data is None
    assert isinstance(inputs.params["XML_DATA_DOCUMENT"], XmlDocument)
    inputs, _ = _prepare(str(work / "xpath.jrxml"), "-o", "x.jrpxml", "--data-type", "xml",
                         "--data-file", str(work / "data.xml"), "--select", "/root/item")
    assert isinstance(inputs.data, XmlDataSource)
    assert _names(inputs.data, ("v",)) == ["1", "2"]
    assert inputs.params["XML_DATA_DOCUMENT"] is inputs.data.document


def test_csv_options_and_escaped_delimiters(work: Path) -> None:
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "csv",
                         "--data-file", str(work / "data.csv"), "--csv-header", "--csv-delimiter", ";",
                         "--csv-record-delimiter", "\\r\\n", "--encoding", "Cp1252")
    assert isinstance(inputs.data, CsvDataSource)
    assert inputs.data.record_delimiter == "\r\n" and inputs.data.encoding == "cp1252"
    assert _names(inputs.data) == ["Ann", "Bob"]
    # the conformance runner passes the characters themselves
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "csv",
                         "--data-file", str(work / "data.csv"), "--csv-columns", "name,city",
                         "--csv-delimiter", ";", "--csv-record-delimiter", "\r\n")
    assert inputs.data.columns == ["name", "city"] and inputs.data.record_delimiter == "\r\n"
    assert _names(inputs.data) == ["name", "Ann", "Bob"]


def test_empty_data_source(work: Path) -> None:
    inputs, _ = _prepare(str(work / "plain.jrxml"), "-o", "x.jrpxml", "--data-type", "empty", "--empty-count", "3")
    assert isinstance(inputs.data, EmptyDataSource) and inputs.data.count == 3


def test_text_options_come_from_the_query_executer_parameters(work: Path) -> None:
    report = jrxmlpy.compile(work / "plain.jrxml")
    params = {"net.sf.jasperreports.json.date.pattern": "dd/MM/yyyy", "JSON_NUMBER_PATTERN": "#,##0",
              "JSON_LOCALE": U.Locale("de", "DE"), "JSON_TIME_ZONE": U.time_zone("Europe/Berlin")}
    source = build_data_source(report, DataOptions("json", work / "data.json", "people"), params)
    a = source.attributes
    assert (a.date_pattern, a.number_pattern, a.locale, a.time_zone) == ("dd/MM/yyyy", "#,##0", "de_DE", "Europe/Berlin")
    source = build_data_source(report, DataOptions("json", work / "data.json", "people", date_pattern="yyyy",
                                                   locale="fr", timezone="GMT"), params)
    assert (source.attributes.date_pattern, source.attributes.locale, source.attributes.time_zone) == ("yyyy", "fr", "GMT")


def test_unescape() -> None:
    assert unescape("\\r\\n") == "\r\n"
    assert unescape("\\t") == "\t"
    assert unescape("\\u0009") == "\t"
    assert unescape("\\") == "\\"
    assert unescape("\r\n") == "\r\n"
    assert unescape(None) is None


# --- errors and exit codes ------------------------------------------------------------------------


def _run(capsys, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    rc = main(["render", *argv])
    err = capsys.readouterr().err
    return rc, err


@pytest.mark.parametrize(
    ("argv", "rc", "message"),
    [
        (["{t}", "-o", "{o}", "-P", "Nope=1"], 2, "unknown parameter 'Nope': the report declares Count, Amount"),
        (["{t}", "-o", "{o}", "-P", "Count=abc"], 2, "parameter 'Count' (java.lang.Integer): not a number: 'abc'"),
        (["{t}", "-o", "{o}", "-P", "Count"], 2, "-P: expected NAME=VALUE, got 'Count'"),
        (["{t}", "-o", "{o}", "-P", "Since=01/02/2024"], 2, "give an ISO 8601 date"),
        (["{t}", "-o", "{d}/out.nope"], 2, "unknown export format 'nope'"),
        (["{t}", "-o", "{d}/out"], 2, "cannot tell the format of"),
        (["{t}", "-o", "-"], 2, "cannot tell the format of '-'"),
        (["{t}", "-o", "{o}", "--pages", "a-b"], 2, "--pages: bad page range"),
        (["{t}", "-o", "{o}", "--data-type", "json"], 2, "--data-type json needs --data-file"),
        (["{t}", "-o", "{o}", "--data-file", "{d}/data.json"], 2, "--data-file needs --data-type"),
        (["{t}", "-o", "{o}", "--csv-header"], 2, "--csv-header needs --data-type csv"),
        (["{t}", "-o", "{o}", "--data-type", "csv", "--data-file", "{d}/data.csv", "--encoding", "klingon"], 2,
         "--encoding: unknown encoding 'klingon'"),
        (["{t}", "-o", "{o}", "--timezone", "Mars/Base"], 2, "--timezone: unknown time zone 'Mars/Base'"),
        (["{t}", "-o", "{o}", "--locale", "not a locale"], 2, "--locale: not a locale"),
        (["{t}", "-o", "{o}", "--property", "novalue"], 2, "--property: expected NAME=VALUE"),
        (["{t}", "-o", "{o}", "--params-json", "{d}/data.xml"], 2, "not valid JSON"),
        (["{t}", "-o", "{o}", "--params-json", "{d}/missing.json"], 1, "parameters file not found"),
        (["{t}", "-o", "{o}", "--data-type", "json", "--data-file", "{d}/missing.json"], 1, "data file not found"),
        (["{d}/missing.jrxml", "-o", "{o}"], 1, "missing.jrxml: file not found"),
        (["{t}", "-o", "{o}", "--db-url", "nosuch://x/y"], 1, "unknown database 'nosuch'"),
        (["{t}", "-o", "{o}", "--db-url", "sqlite:///{d}/missing.db"], 1, "no SQLite database at"),
        (["{t}", "-o", "{o}", "--db-timeout", "3"], 2, "--db-timeout needs --db-url"),
        (["{t}", "-o", "{o}", "--data-type", "bogus"], 2, "invalid choice: 'bogus'"),
        (["{t}"], 2, "required: -o/--output"),
    ],
)
def test_errors_are_one_line_with_an_exit_code(argv, rc, message, work, capsys) -> None:  # type: ignore[no-untyped-def]
    filled = [a.format(t=work / "typed.jrxml", o=work / "out.jrpxml", d=work) for a in argv]
    code, err = _run(capsys, *filled)
    assert code == rc, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert message in lines[-1]
    assert "Traceback" not in err
    if rc != 2 or "invalid choice" not in message and "required" not in message:
        assert len(lines) == 1 and lines[0].startswith("jrxmlpy: ")
    assert not (work / "out.jrpxml").exists()


def test_broken_template_is_one_line(work, capsys) -> None:  # type: ignore[no-untyped-def]
    bad = work / "bad.jrxml"
    bad.write_text(f"""<jasperReport {NS} name="bad"><title><band height="20">
      <textField><reportElement x="0" y="0" width="9" height="9"/><textFieldExpression>$F{{a}}</textFieldExpression></textField>
      <textField><reportElement x="0" y="0" width="9" height="9"/><textFieldExpression>$F{{b}}</textFieldExpression></textField>
      </band></title></jasperReport>""")
    code, err = _run(capsys, str(bad), "-o", str(work / "out.jrpxml"))
    assert code == 1
    assert err.count("\n") == 1 and "2 problems; first: field 'a' is not declared" in err


# --- export, with a stand-in fill -----------------------------------------------------------------


class _Fill:
    """Records the call and returns a document of ``pages`` pages."""

    def __init__(self, pages: int = 3, error: BaseException | None = None) -> None:
        self.pages = pages
        self.error = error
        self.calls: list[tuple] = []

    def __call__(self, report, data=None, params=None, *, locale="en_US", timezone="GMT", properties=None):  # type: ignore[no-untyped-def]
        self.calls.append((report, data, params, locale, timezone, properties))
        if self.error is not None:
            raise self.error
        return Document(name=report.design.name, pages=[
            Page([PrintText(x=0, y=0, width=10, height=10, text=f"page {i + 1}")]) for i in range(self.pages)])


@pytest.fixture()
def fake_fill(monkeypatch):  # type: ignore[no-untyped-def]
    fill = _Fill()
    monkeypatch.setattr(jrxmlpy.Report, "fill", lambda self, *a, **k: fill(self, *a, **k), raising=False)
    return fill


def test_render_writes_the_output(work, fake_fill, capsys) -> None:  # type: ignore[no-untyped-def]
    out = work / "out.jrpxml"
    code, err = _run(capsys, str(work / "typed.jrxml"), "-o", str(out), "-P", "Count=4", "--pages", "2-3",
                     "--locale", "de_DE", "--property", "x=y")
    assert code == 0, err
    data = out.read_bytes()
    assert data.count(b"<page>") == 2 and b"page 2" in data and b"page 1" not in data
    report, source, params, locale, timezone, properties = fake_fill.calls[0]
    assert params["Count"] == 4 and (locale, timezone) == ("de_DE", "GMT") and properties == {"x": "y"}
    assert not list(work.glob("*.part"))


def test_render_to_standard_output(work, fake_fill, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    assert main(["render", str(work / "plain.jrxml"), "-o", "-", "-f", "jrpxml"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>') and out.count(b"<page>") == 3


def test_render_passes_the_data_source(work, fake_fill, capsys) -> None:  # type: ignore[no-untyped-def]
    code, _ = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "o.jrpxml"), "--data-type", "empty",
                   "--empty-count", "2")
    assert code == 0
    assert isinstance(fake_fill.calls[0][1], EmptyDataSource)


def test_render_page_out_of_range_is_an_error(work, fake_fill, capsys) -> None:  # type: ignore[no-untyped-def]
    code, err = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "o.jrpxml"), "--pages", "7")
    assert code == 1 and "page 7 in '7' is out of range" in err
    assert not (work / "o.jrpxml").exists()


def test_render_into_a_missing_folder(work, fake_fill, capsys) -> None:  # type: ignore[no-untyped-def]
    code, err = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "no" / "o.jrpxml"))
    assert code == 1 and "does not exist" in err


def test_fill_errors(work, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    fill = _Fill(error=FillError("division by zero in $V{x}"))
    monkeypatch.setattr(jrxmlpy.Report, "fill", lambda self, *a, **k: fill(self, *a, **k), raising=False)
    code, err = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "o.jrpxml"))
    assert (code, err) == (1, "jrxmlpy: division by zero in $V{x}\n")
    fill.error = RuntimeError("boom")
    code, err = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "o.jrpxml"))
    assert code == 3 and err.count("\n") == 1 and "internal error: RuntimeError: boom" in err


def test_without_a_filler_render_says_so(work, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delattr(jrxmlpy.Report, "fill", raising=False)
    code, err = _run(capsys, str(work / "plain.jrxml"), "-o", str(work / "o.jrpxml"))
    assert code == 1 and "filling reports is not available" in err


def test_library_render(work, fake_fill) -> None:  # type: ignore[no-untyped-def]
    data = jrxmlpy.render(work / "typed.jrxml", data=[{"name": "x"}], params={"Count": "7", "Since": "2024-01-01"},
                          format="jrpxml", pages="1", timezone="Europe/Paris")
    assert isinstance(data, bytes) and data.count(b"<page>") == 1
    _, source, params, _, timezone, _ = fake_fill.calls[0]
    assert source == [{"name": "x"}] and params["Count"] == 7 and timezone == "Europe/Paris"
    assert params["Since"].isoformat() == "2024-01-01T00:00:00+01:00"
    target = work / "lib.jrpxml"
    assert jrxmlpy.render(TYPED, target=target, data=DataOptions("empty", count=2)) is None
    assert target.read_bytes().count(b"<page>") == 3
    assert isinstance(fake_fill.calls[1][1], EmptyDataSource)


def test_prepare_accepts_a_compiled_report(work) -> None:  # type: ignore[no-untyped-def]
    report = jrxmlpy.compile(work / "typed.jrxml")
    inputs = prepare(report, params={"Count": 1})
    assert inputs.report is report and inputs.params["Count"] == 1


def test_check_still_works(work, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["check", str(work / "typed.jrxml")]) == 0
    assert "1 of 1 templates compiled" in capsys.readouterr().out


def test_python_dash_m(work) -> None:  # type: ignore[no-untyped-def]
    proc = subprocess.run([sys.executable, "-m", "jrxmlpy", "render", str(work / "typed.jrxml"), "-o",
                           str(work / "o.jrpxml"), "-P", "Nope=1"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and proc.stderr.startswith("jrxmlpy: unknown parameter 'Nope'")
    proc = subprocess.run([sys.executable, "-m", "jrxmlpy", "--version"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("jrxmlpy ")


# --- end to end (once the filler exists) ----------------------------------------------------------

needs_fill = pytest.mark.skipif(not HAS_FILL, reason="jrxmlpy.Report.fill is not there yet")


def _texts(path: Path) -> list[str]:
    from jrxmlpy.export.jrpxml import read_jrpxml

    doc = read_jrpxml(path)
    return [el.text for page in doc.pages for el, _, _ in page.walk() if isinstance(el, PrintText) and el.text]


@needs_fill
def test_e2e_hello(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "hello.jrpxml"
    assert main(["render", str(HELLO), "-o", str(out)]) == 0, capsys.readouterr().err
    texts = _texts(out)
    assert "Hello, world" in texts and "Page 1" in texts


@needs_fill
def test_e2e_hello_with_a_parameter(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "hello.jrpxml"
    assert main(["render", str(HELLO), "-o", str(out), "-P", "Greeting=Bonjour"]) == 0, capsys.readouterr().err
    assert "Bonjour, world" in _texts(out)


@needs_fill
def test_e2e_orders_through_the_reports_json_query(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "orders.jrpxml"
    assert main(["render", str(ORDERS), "-o", str(out), "--data-type", "json", "--data-file", str(ORDERS_JSON),
                 "--date-pattern", "yyyy-MM-dd", "-P", "Title=Orders"]) == 0, capsys.readouterr().err
    texts = _texts(out)
    assert "Orders" in texts
    assert any(t.startswith("Bon app'") for t in texts)


@needs_fill
def test_e2e_orders_with_a_select_is_the_same(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.jrpxml", tmp_path / "b.jrpxml"
    common = ["--data-type", "json", "--data-file", str(ORDERS_JSON), "--date-pattern", "yyyy-MM-dd"]
    assert main(["render", str(ORDERS), "-o", str(a), *common]) == 0, capsys.readouterr().err
    assert main(["render", str(ORDERS), "-o", str(b), *common, "--select", "orders"]) == 0, capsys.readouterr().err
    assert _texts(a) == _texts(b)


@needs_fill
def test_e2e_library_render(tmp_path: Path) -> None:
    data = jrxmlpy.render(HELLO, params={"Greeting": "Hi"}, format="jrpxml")
    out = tmp_path / "r.jrpxml"
    out.write_bytes(data)  # type: ignore[arg-type]
    assert "Hi, world" in _texts(out)


@needs_fill
def test_e2e_empty_data_source(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "e.jrpxml"
    assert main(["render", str(HELLO), "-o", str(out), "--data-type", "empty", "--empty-count", "2"]) == 0, \
        capsys.readouterr().err
    assert "Hello, world" in _texts(out)
