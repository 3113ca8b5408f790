"""A miniature page loop for the dataset tests: no pages, no layout; it drives a
:class:`DatasetFill` in the order of docs/filling.md §1.2 and evaluates the text field
expressions of group headers/footers (and the detail) in the mode the filler would."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jrxmlpy
from jrxmlpy.data import DataContext, RecordsDataSource
from jrxmlpy.design.enums import EvaluationTime, ResetType
from jrxmlpy.expressions.runtime import Env
from jrxmlpy.fill.dataset import DatasetFill, Mode
from jrxmlpy.fill.params import resolve_parameters

ORACLE = Path(__file__).parent / "oracle"


def compile_text(jrxml: str) -> jrxmlpy.Report:
    return jrxmlpy.compile(jrxml)


def make(report: jrxmlpy.Report, records: list[dict[str, Any]] | None, supplied: dict[str, Any] | None = None,
         env: Env | None = None) -> DatasetFill:
    env = env or Env()
    design = report.design.main_dataset
    params = resolve_parameters(report, design, "", supplied or {}, env, builtins={})
    source = RecordsDataSource(records) if records is not None else None
    return DatasetFill(report, design, "", params, env, source, DataContext(), main=True)


def band_texts(ds: DatasetFill, bands: list[Any], mode: Mode, pending: list[Any] | None = None,
               out: list[str] | None = None) -> list[str]:
    """Texts of the text fields of ``bands``; a field with evaluationTime="Group" is left
    as a placeholder in ``pending`` (resolved when its group ends)."""
    out = [] if out is None else out
    for band in bands:
        for element in band.elements:
            expression = getattr(element, "expression", None)
            if expression is None:
                continue
            if pending is not None and getattr(element, "evaluation_time", None) is EvaluationTime.GROUP:
                pending.append((len(out), element))
                out.append("")
                continue
            out.append(str(ds.evaluate(expression, mode)))
    return out


def drive(ds: DatasetFill) -> list[str]:
    """Texts of group headers, details and group footers, in print order."""
    report = ds.report.design
    groups = ds.groups
    out: list[str] = []

    pending: list[Any] = []

    def headers(changed_only: bool) -> None:
        for g in groups:
            if not changed_only or g.has_changed:
                band_texts(ds, g.design.header, Mode.DEFAULT, pending, out)

    def footers(changed_only: bool, mode: Mode) -> None:
        for g in reversed(groups):
            if not changed_only or g.has_changed:
                band_texts(ds, g.design.footer, mode, None, out)
        for index, element in list(pending):  # group-bound elements of the ended groups
            g = next(x for x in groups if x.name == element.evaluation_group)
            if not changed_only or g.has_changed:
                out[index] = str(ds.evaluate(element.expression, mode))
                pending.remove((index, element))

    def detail() -> None:
        ds.calculate_variables()
        out.extend(band_texts(ds, report.detail, Mode.DEFAULT))

    if not ds.next():
        return out
    ds.init_variables(ResetType.REPORT)
    out.extend(band_texts(ds, [report.title] if report.title else [], Mode.DEFAULT))
    headers(False)
    detail()
    while ds.next():
        ds.estimate_group_ruptures()
        footers(True, Mode.OLD)
        ds.init_variables(ResetType.GROUP)
        headers(True)
        detail()
    footers(False, Mode.DEFAULT)
    return out


def oracle_case(name: str, data: str, supplied: dict[str, Any] | None = None) -> tuple[list[str], list[str]]:
    """(our texts, the oracle's texts) for the oracle case ``name``."""
    report = jrxmlpy.compile(ORACLE / f"{name}.jrxml")
    records = json.loads((ORACLE / data).read_text())
    ds = make(report, records, supplied)
    expected = (ORACLE / f"{name}.expected.txt").read_text().splitlines()
    return drive(ds), expected


def template(
    body: str,
    *,
    fields: str = '<field name="g" class="java.lang.String"/><field name="v" class="java.lang.Integer"/>',
    detail: str = '$F{v}',
    name: str = "T",
) -> jrxmlpy.Report:
    """A small report: ``fields``, then ``body`` (parameters, variables, filter, groups,
    sort fields: whatever JRXML order asks), and one detail text field."""
    return jrxmlpy.compile(f"""<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="{name}" pageWidth="600" pageHeight="800" columnWidth="560" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
{body.split('<!--fields-->')[0] if '<!--fields-->' in body else ''}
{fields}
{body.split('<!--fields-->')[1] if '<!--fields-->' in body else body}
<detail><band height="14"><textField><reportElement x="0" y="0" width="560" height="14"/>
<textFieldExpression><![CDATA[{detail}]]></textFieldExpression></textField></band></detail>
</jasperReport>""")


def variable(name: str, cls: str, calc: str, expr: str | None, *, initial: str | None = None, **attrs: str) -> str:
    extra = " ".join(f'{k}="{v}"' for k, v in attrs.items())
    inner = f"<variableExpression><![CDATA[{expr}]]></variableExpression>" if expr is not None else ""
    if initial is not None:
        inner += f"<initialValueExpression><![CDATA[{initial}]]></initialValueExpression>"
    return f'<variable name="{name}" class="{cls}" calculation="{calc}" {extra}>{inner}</variable>'


def group(name: str, expr: str) -> str:
    return f'<group name="{name}"><groupExpression><![CDATA[{expr}]]></groupExpression></group>'
