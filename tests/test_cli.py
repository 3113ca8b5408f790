"""The command line, called through main(argv) as a user would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jrxmlpy.cli import main

GOOD = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="good">
  <title><band height="20"><textField><reportElement x="0" y="0" width="100" height="20"/>
    <textFieldExpression><![CDATA["Page " + $V{PAGE_NUMBER}]]></textFieldExpression></textField></band></title>
</jasperReport>"""

BAD = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="bad">
  <title><band height="40">
    <textField><reportElement x="0" y="0" width="100" height="20"/>
      <textFieldExpression><![CDATA[$F{nope}]]></textFieldExpression></textField>
    <textField><reportElement x="0" y="20" width="100" height="20"/>
      <textFieldExpression><![CDATA[Runtime.getRuntime().exec("ls")]]></textFieldExpression></textField>
  </band></title>
</jasperReport>"""


@pytest.fixture()
def files(tmp_path: Path) -> tuple[Path, Path]:
    good, bad = tmp_path / "good.jrxml", tmp_path / "bad.jrxml"
    good.write_text(GOOD)
    bad.write_text(BAD)
    return good, bad


def test_check_passes_for_a_good_template(files, capsys):
    good, _ = files
    assert main(["check", str(good)]) == 0
    assert "1 of 1 templates compiled" in capsys.readouterr().out


def test_check_lists_every_problem_on_its_own_line(files, capsys):
    good, bad = files
    assert main(["check", str(good), str(bad)]) == 1
    out = capsys.readouterr().out.splitlines()
    problems = [line for line in out if line.startswith(str(bad))]
    assert len(problems) == 2
    assert f"{bad}:4 <textFieldExpression>: field 'nope' is not declared" in problems[0]
    assert "Runtime" in problems[1] and f"{bad}:6" in problems[1]
    assert out[-1] == "1 of 2 templates compiled; 2 problem(s) in 1"


def test_check_of_a_missing_file_is_one_line(tmp_path, capsys):
    missing = tmp_path / "missing.jrxml"
    assert main(["check", "-q", str(missing)]) == 1
    out = capsys.readouterr().out
    assert out.strip() == f"{missing}: file not found"


def test_check_of_broken_xml_names_line_and_column(tmp_path, capsys):
    broken = tmp_path / "broken.jrxml"
    broken.write_text("<jasperReport>\n  <title>\n</jasperReport>\n")
    assert main(["check", "-q", str(broken)]) == 1
    out = capsys.readouterr().out.strip()
    assert out.startswith(f"{broken}:3:") and "not well-formed XML" in out


def test_usage_errors_exit_2(capsys):
    assert main([]) == 2
    assert main(["frobnicate"]) == 2


def test_version(capsys):
    assert main(["--version"]) == 0
    assert "jrxmlpy" in capsys.readouterr().out
