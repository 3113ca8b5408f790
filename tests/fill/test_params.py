"""The parameter map of a dataset (docs/filling.md §1.1).

Checked with the oracle case ``oracle/ParamP`` (JasperReports 6.20.6; an empty data
source of one record, ``P4`` supplied as null, ``REPORT_MAX_COUNT`` 3): defaults see only
earlier parameters (``P1 = $P{P2}`` is null although P2 has a default), a supplied null is
kept (``containsKey("P4")`` true), a null default is not put in the map (P1 absent from
its keys), ``REPORT_PARAMETERS_MAP.get("P3") == $P{P3}``, defaults can read
``REPORT_MAX_COUNT``.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

import jrxmlpy
from jrxmlpy.errors import FillError
from jrxmlpy.expressions.javalib import util as U
from jrxmlpy.expressions.runtime import Env
from jrxmlpy.fill.dataset import Mode
from jrxmlpy.fill.params import resolve_parameters

from ._driver import ORACLE, band_texts, make


def compile_params(params: str, body: str = "") -> jrxmlpy.Report:
    return jrxmlpy.compile(f"""<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="P">
{params}{body}</jasperReport>""")


def p(name: str, cls: str = "java.lang.String", default: str | None = None) -> str:
    inner = f"<defaultValueExpression><![CDATA[{default}]]></defaultValueExpression>" if default else ""
    return f'<parameter name="{name}" class="{cls}">{inner}</parameter>'


def resolve(report: jrxmlpy.Report, supplied=None, env: Env | None = None, builtins=None):
    return resolve_parameters(report, report.design.main_dataset, "", supplied or {}, env or Env(), builtins=builtins or {})


def test_oracle_param_case() -> None:
    report = jrxmlpy.compile(ORACLE / "ParamP.jrxml")
    ds = make(report, [{"idx": None}], {"P4": None, "REPORT_MAX_COUNT": 3})
    ours = band_texts(ds, [report.design.title], Mode.DEFAULT)[0]
    theirs = (ORACLE / "ParamP.expected.txt").read_text().splitlines()[0]
    # Everything up to the key list (JasperReports puts more built-ins in its map:
    # JASPER_REPORT, REPORT_DATA_SOURCE, REPORT_FORMAT_FACTORY, ... which the caller gives)
    assert ours.split(" MAPSIZE=")[0] == theirs.split(" MAPSIZE=")[0]
    keys = ours.split("KEYS=[")[1].rstrip("]").split(", ")
    assert keys == ["P2", "P3", "P4", "P5", "REPORT_LOCALE", "REPORT_MAX_COUNT", "REPORT_PARAMETERS_MAP", "REPORT_TIME_ZONE"]
    assert all(k in theirs for k in keys)


def test_defaults_in_declaration_order() -> None:
    report = compile_params(p("A", default='$P{B} + "a"') + p("B", default='"b"') + p("C", default='$P{A} + $P{B}'))
    params = resolve(report)
    assert params["A"] == "nulla" and params["B"] == "b" and params["C"] == "nullab"


def test_supplied_values_win_even_null() -> None:
    report = compile_params(p("A", default='"a"') + p("B", default='"b"') + p("C", default='$P{A} + $P{B}'))
    params = resolve(report, {"A": None, "B": "5", "EXTRA": [1]})
    assert "A" in params and params["A"] is None
    assert params["B"] == "5"
    assert params["C"] == "null5"
    assert params["EXTRA"] == [1]


def test_null_default_not_in_map() -> None:
    report = compile_params(p("A", default="null") + p("B"))
    params = resolve(report)
    assert "A" not in params and "B" not in params
    assert params["A"] is None  # reading it gives null


def test_builtins() -> None:
    report = compile_params(p("A", "java.util.Map", default="$P{REPORT_PARAMETERS_MAP}"))
    env = Env(locale="fr_FR", timezone=ZoneInfo("Europe/Paris"))
    source = object()
    params = resolve(report, {"REPORT_CONNECTION": "mine"}, env,
                     builtins={"REPORT_DATA_SOURCE": source, "REPORT_CONNECTION": "theirs"})
    assert params["REPORT_PARAMETERS_MAP"] is params and params["A"] is params
    assert params["REPORT_LOCALE"] == U.Locale("fr", "FR")
    assert isinstance(params["REPORT_TIME_ZONE"], U.TimeZone) and params["REPORT_TIME_ZONE"].id == "Europe/Paris"
    assert params["REPORT_DATA_SOURCE"] is source
    assert params["REPORT_CONNECTION"] == "mine"
    assert "REPORT_MAX_COUNT" not in params and "REPORT_RESOURCE_BUNDLE" not in params


def test_supplied_locale_kept() -> None:
    report = compile_params("")
    params = resolve(report, {"REPORT_LOCALE": U.Locale("de", "DE")})
    assert params["REPORT_LOCALE"] == U.Locale("de", "DE")


def test_locale_usable_in_expressions() -> None:
    report = compile_params(p("L", default="$P{REPORT_LOCALE}.getLanguage() + $P{REPORT_TIME_ZONE}.getID()"))
    assert resolve(report, env=Env(locale="it_IT"))["L"] == "itGMT"


def test_resource_bundle(tmp_path) -> None:
    (tmp_path / "msgs.properties").write_text("k=base\n")
    (tmp_path / "msgs_fr.properties").write_text("k=fr\n")
    (tmp_path / "r.jrxml").write_text("""<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="P" resourceBundle="msgs"/>""")
    report = jrxmlpy.compile(tmp_path / "r.jrxml")
    bundle = resolve(report, env=Env(locale="fr_FR"))["REPORT_RESOURCE_BUNDLE"]
    assert bundle.get("k") == "fr"


def test_default_error_names_expression() -> None:
    report = compile_params(p("A", "java.lang.Integer", default="Integer.valueOf(\"x\")"))
    with pytest.raises(FillError) as info:
        resolve(report)
    assert "NumberFormatException" in str(info.value) and 'Integer.valueOf("x")' in str(info.value)
    assert "parameter 'A'" in str(info.value)
    assert info.value.location is not None and info.value.location.line is not None
