"""The dataset engine: records, filter, REPORT_MAX_COUNT, sorting, groups, evaluation modes.

The ``oracle/`` cases were filled by JasperReports 6.20.6 (the jasper-oracle tool) with the
JSON data next to them; ``*.expected.txt`` are the texts of its print in order.  To re-run
one: ``./oracle run --root tests/fill/oracle --case-json '{"id": "SortA", "jrxml":
"SortA.jrxml", "resources": ["."], "data": {"type": "json", "file": "sortdata.json"}}'
--out OUT`` (FilterF also passes ``"params": {"REPORT_MAX_COUNT": {"$type":
"java.lang.Integer", "value": 5}}``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from jrxmlpy.data import CsvDataSource, DataContext
from jrxmlpy.design.enums import ResetType
from jrxmlpy.errors import FillError
from jrxmlpy.expressions.runtime import Env
from jrxmlpy.fill.dataset import DatasetFill, Mode, collation_key
from jrxmlpy.fill.params import resolve_parameters

from ._driver import drive, group, make, oracle_case, template, variable

# --- oracle cases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        # Sort name ascending, k descending: nulls first ascending, last descending;
        # Strings by a collator (a < ä < aa < ab < Ab < "a b" < b < B; "-x" sorts as "x").
        "SortA",
        # Sort k ascending, name descending.
        "SortB",
    ],
)
def test_sort_matches_oracle(name: str) -> None:
    got, expected = oracle_case(name, "sortdata.json")
    assert got == expected


def test_filter_and_max_count_match_oracle() -> None:
    # The filter reads $V{REPORT_COUNT} (ESTIMATED: the candidate counted), a null filter
    # value rejects, REPORT_MAX_COUNT = 5 counts accepted records only.
    got, expected = oracle_case("FilterF", "sortdata.json", {"REPORT_MAX_COUNT": 5})
    assert got == expected
    assert expected[0] == "D idx=3 k=5 RC=1 KS=5"


CSV_DEMO = Path("/work/shared/conformance/jr-6.21/demo/samples/csvdatasource")
CSV_PRINT = Path.home() / ".cache/jasper-oracle/out/smoke/demo__csvdatasource__CsvDataSourceReport/report.jrpxml"


@pytest.mark.skipif(not (CSV_DEMO.exists() and CSV_PRINT.exists()), reason="conformance corpus / oracle print not here")
def test_csv_demo_sort_filter_groups() -> None:
    import jrxmlpy

    report = jrxmlpy.compile(CSV_DEMO / "reports/CsvDataSourceReport.jrxml")
    env = Env()
    design = report.design.main_dataset
    supplied = {"ReportTitle": "Address Report", "DataFile": "x", "IncludedStates": {"Active", "Trial"}}
    params = resolve_parameters(report, design, "", supplied, env, builtins={})
    source = CsvDataSource(str(CSV_DEMO / "data/CsvDataSource.txt"), columns=["city", "id", "name", "address", "state"],
                           record_delimiter="\r\n")
    ds = DatasetFill(report, design, "", params, env, source, DataContext(), main=True)
    texts = drive(ds)
    ours_headers = [t for t in texts if re.match(r"  \d+\. ", t)]
    printed = re.findall(r"<textContent><!\[CDATA\[(.*?)\]\]>", CSV_PRINT.read_text())
    theirs_headers = [t for t in printed if re.match(r"  \d+\. ", t)]
    assert ours_headers == theirs_headers  # CityNumber (incrementType Group) and the order
    theirs_counts = [printed[i + 1] for i, t in enumerate(printed) if t == "Count :"]
    ours_counts = [t for i, t in enumerate(texts) if t.isdigit()
                   and (i + 1 == len(texts) or re.match(r"  \d+\. ", texts[i + 1]))]
    assert ours_counts == theirs_counts
    names = [t for t in printed if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", t) and t != "Address Report"]
    assert [t for t in texts if t in names] == names
    assert ds.record_count == len(names)


# --- records, filter, max count -------------------------------------------------------------


def test_no_source_means_no_records() -> None:
    ds = make(template(""), None)
    assert ds.next() is False
    assert ds.record_count == 0


def test_fields_shift_to_old() -> None:
    ds = make(template(""), [{"v": 1}, {"v": 2}])
    d, o = ds.scope(Mode.DEFAULT), ds.scope(Mode.OLD)
    assert d.F == {"g": None, "v": None}
    assert ds.next()
    assert (d.F["v"], o.F["v"]) == (1, None)
    assert ds.scope(Mode.ESTIMATED).F is d.F
    assert ds.next()
    assert (d.F["v"], o.F["v"]) == (2, 1)
    assert not ds.next()
    assert ds.scope(Mode.DEFAULT) is d  # the same scope objects all along


def test_filter_sees_estimated_count_and_rolls_back() -> None:
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}") + \
        "<filterExpression><![CDATA[$V{REPORT_COUNT} % 2 == 1 || $F{v} > 100]]></filterExpression>"
    ds = make(template(body), [{"v": 1}, {"v": 2}, {"v": 3}, {"v": 200}, {"v": 4}, {"v": 5}])
    ds.init_variables(ResetType.REPORT)
    seen = []
    while ds.next():
        # a rejected record leaves fields and OLD values as they were
        seen.append((ds.F["v"], ds.F_old["v"]))
        ds.calculate_variables()
    # count 0 -> candidate 1 (est 1, odd) kept; then est 2: only v > 100 kept; then est 3...
    assert seen == [(1, None), (200, 1), (4, 200)]
    assert ds.record_count == 3
    assert ds.V["S"] == 205
    assert ds.V["REPORT_COUNT"] == 3


def test_filter_null_rejects() -> None:
    body = "<filterExpression><![CDATA[$F{v} == null ? null : Boolean.TRUE]]></filterExpression>"
    ds = make(template(body), [{"v": None}, {"v": 7}])
    assert ds.next() and ds.F["v"] == 7


def test_max_count_stops_before_reading() -> None:
    pulled = []

    def records():
        for i in range(10):
            pulled.append(i)
            yield {"v": i}

    ds = make(template(""), records(), {"REPORT_MAX_COUNT": 3})  # type: ignore[arg-type]
    n = 0
    while ds.next():
        n += 1
    assert n == 3
    assert pulled == [0, 1, 2]  # the source is not advanced past the limit


def test_max_count_zero() -> None:
    ds = make(template(""), [{"v": 1}], {"REPORT_MAX_COUNT": 0})
    assert not ds.next()


# --- sorting ----------------------------------------------------------------------------------


def test_sort_descending_nulls_last_and_stable() -> None:
    body = '<!--fields--><sortField name="v" order="Descending"/>'
    rows = [{"g": "a", "v": 1}, {"g": "b", "v": None}, {"g": "c", "v": 3}, {"g": "d", "v": 1}, {"g": "e", "v": None}]
    ds = make(template(body), rows)
    order = []
    while ds.next():
        order.append(ds.F["g"])
    assert order == ["c", "a", "d", "b", "e"]


def test_sort_ascending_nulls_first() -> None:
    body = '<!--fields--><sortField name="v"/><sortField name="g" order="Descending"/>'
    rows = [{"g": "a", "v": 1}, {"g": "b", "v": None}, {"g": "c", "v": 1}, {"g": "d", "v": 0}]
    ds = make(template(body), rows)
    order = []
    while ds.next():
        order.append(ds.F["g"])
    assert order == ["b", "d", "c", "a"]


def test_sort_by_variable() -> None:
    body = '<!--fields--><sortField name="R" order="Descending" type="Variable"/>' + \
        variable("R", "java.lang.Integer", "Nothing", "$V{REPORT_COUNT}")
    ds = make(template(body), [{"v": 1}, {"v": 2}, {"v": 3}])
    order = []
    while ds.next():
        order.append(ds.F["v"])
    assert order == [3, 2, 1]


def test_collation_key_order() -> None:
    # The oracle's order (SortA): Java's en_US collator.
    words = ["", "_y", "10", "9", "a", "ä", "aa", "ab", "Ab", "a b", "b", "B", "e", "É", "-x", "Z"]
    assert sorted(reversed(words), key=collation_key) == words


# --- groups -------------------------------------------------------------------------------------


def _grouped(records, extra=""):
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}", resetType="Group", resetGroup="G") + extra + \
        group("O", "$F{g}.substring(0, 1)") + group("G", "$F{g}")
    ds = make(template(body), records)
    return ds


def test_group_rupture_old_and_estimated() -> None:
    ds = _grouped([{"g": "a1", "v": 1}, {"g": "a1", "v": 2}, {"g": "a2", "v": 4}, {"g": "b2", "v": 8}])
    outer, inner = ds.groups
    assert ds.next()
    ds.init_variables(ResetType.REPORT)
    assert ds.V["S"] is None and ds.V["G_COUNT"] == 0  # initial values before the first record
    ds.calculate_variables()
    assert (ds.V["S"], ds.V["G_COUNT"], ds.V["REPORT_COUNT"]) == (1, 1, 1)

    assert ds.next()
    ds.estimate_group_ruptures()
    assert not outer.has_changed and not inner.has_changed
    ds.init_variables(ResetType.GROUP)
    ds.calculate_variables()
    assert ds.V["S"] == 3

    assert ds.next()  # a2: the inner group changes, the outer does not
    ds.estimate_group_ruptures()
    assert (outer.has_changed, inner.has_changed) == (False, True)
    assert (outer.top_level_change, inner.top_level_change) == (False, True)
    assert ds.changed_groups() == [inner]
    # A footer printed now sees the finished group in OLD mode
    assert ds.value("S", Mode.OLD) == 3 and ds.scope(Mode.OLD).F["g"] == "a1"
    assert ds.value("G_COUNT", Mode.OLD) == 2
    ds.init_variables(ResetType.GROUP)
    # the header of the new group: reset values, the new record's fields, other variables
    # as of the previous record
    assert ds.V["S"] is None and ds.V["G_COUNT"] == 0 and ds.V["REPORT_COUNT"] == 2
    assert ds.F["g"] == "a2"
    ds.calculate_variables()
    assert ds.V["S"] == 4

    assert ds.next()  # b2: the outer group changes, so the inner one does too
    ds.estimate_group_ruptures()
    assert (outer.has_changed, inner.has_changed) == (True, True)
    assert (outer.top_level_change, inner.top_level_change) == (True, False)


def _group_changes(ds, check=lambda: True) -> list[bool]:
    """Run the records as the filler does (the group test with estimated values, then the
    group resets and the commit); whether the first group changed at each record after the
    first.  ``check`` must hold after each group test."""
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    changes = []
    while ds.next():
        ds.estimate_group_ruptures()
        changes.append(ds.groups[0].has_changed)
        assert check()
        ds.init_variables(ResetType.GROUP)
        ds.calculate_variables()
    return changes


def test_group_null_and_equals() -> None:
    from decimal import Decimal

    body = group("G", "$F{g}")
    fields = '<field name="g" class="java.lang.Object"/>'
    ds = make(template(body, fields=fields, detail='"x"'),
              [{"g": None}, {"g": None}, {"g": Decimal("1.0")}, {"g": Decimal("1.00")}, {"g": 1.0}, {"g": 1.0}, {"g": None}])
    changes = _group_changes(ds)
    # null == null; BigDecimal 1.0 vs 1.00 differ (equals compares the scale)
    assert changes == [False, True, True, True, False, True]


def test_group_expression_reading_a_variable_sees_estimated() -> None:
    body = group("G", "$V{REPORT_COUNT} / 2")
    ds = make(template(body), [{"v": i} for i in range(5)])
    changes = _group_changes(ds)
    # estimated REPORT_COUNT 2,3,4,5 vs old 1,2,3,4: groups of two records
    assert changes == [True, False, True, False]


def test_group_test_estimates_what_the_group_expressions_read() -> None:
    # The group reads B, B reads the Average A (its COUNT and SUM helpers): those are
    # estimated for the group test, the unrelated Sum U is not (the filter and band
    # printWhenExpressions estimate every variable themselves).
    body = (variable("A", "java.lang.Integer", "Average", "$F{v}") + variable("B", "java.lang.Integer", "Nothing", "$V{A} / 3")
            + variable("U", "java.lang.Integer", "Sum", "$F{v}") + group("G", "$V{B}"))
    ds = make(template(body), [{"v": v} for v in (1, 2, 6, 9, 9, 30)])
    assert [e[1] for e in ds._group_estimates] == ["A_COUNT", "A_SUM", "A", "B"]
    changes = _group_changes(
        ds, lambda: ds.V_est["B"] == ds.V_est["A"] // 3 and ds.V_est["U"] is None)
    # averages 1, 3, 4, 5, 9 after the records 2..6: B = 0, 1, 1, 1, 3
    assert changes == [False, True, False, False, True]
    ds.estimate_variables()
    assert ds.V_est["U"] == 87  # (the whole plan: the last record counted once more)


# --- resets and increments ----------------------------------------------------------------------


def test_page_and_column_events() -> None:
    body = variable("P", "java.lang.Integer", "Sum", "$F{v}", resetType="Page") + \
        variable("C", "java.lang.Integer", "Sum", "$F{v}", resetType="Column") + \
        variable("N", "java.lang.Integer", "Nothing", "$V{PAGE_COUNT} * 100 + $V{COLUMN_COUNT}", resetType="None") + \
        variable("IP", "java.lang.Integer", "Sum", "$F{v}", incrementType="Page") + \
        variable("IC", "java.lang.Integer", "Count", "$F{v}", incrementType="Column")
    ds = make(template(body), [{"v": i} for i in (1, 2, 4, 8, 16)])
    V = ds.V
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    ds.next()
    ds.calculate_variables()
    assert (V["P"], V["C"], V["PAGE_COUNT"], V["COLUMN_COUNT"]) == (3, 3, 2, 2)
    assert (V["IP"], V["IC"]) == (2, 1)  # increments from the value at the last increment point (none: base 0)
    ds.init_variables(ResetType.COLUMN)
    assert (V["P"], V["C"], V["COLUMN_COUNT"], V["PAGE_COUNT"]) == (3, None, 0, 2)
    assert V["N"] == 200  # resetType None: the expression at every init event
    ds.next()
    ds.calculate_variables()
    assert (V["P"], V["C"], V["IC"], V["IP"]) == (7, 4, 2, 4)
    ds.init_variables(ResetType.PAGE)
    assert (V["P"], V["C"], V["PAGE_COUNT"], V["COLUMN_COUNT"]) == (None, None, 0, 0)
    ds.next()
    ds.calculate_variables()
    # IP: incremented at the page event (value 4) -> 4 + 8
    assert (V["P"], V["IP"], V["IC"], V["REPORT_COUNT"]) == (8, 12, 3, 4)


def test_initial_value_only_before_first_increment() -> None:
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}", initial="100") + \
        variable("C", "java.lang.Integer", "Count", "$F{v}", initial="50") + \
        variable("I", "java.lang.Integer", "Nothing", "$V{S}", initial="$V{S} + 1")
    ds = make(template(body), [{"v": 5}, {"v": 6}])
    ds.next()
    ds.init_variables(ResetType.REPORT)
    # initial values are evaluated in order: I sees S's initial value
    assert (ds.V["S"], ds.V["C"], ds.V["I"]) == (100, 50, 101)
    ds.calculate_variables()
    assert (ds.V["S"], ds.V["C"], ds.V["I"]) == (5, 1, 5)


def test_estimated_not_committed() -> None:
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}")
    ds = make(template(body), [{"v": 5}, {"v": 6}])
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    ds.next()
    ds.estimate_variables()
    assert ds.value("S", Mode.ESTIMATED) == 11 and ds.value("REPORT_COUNT", Mode.ESTIMATED) == 2
    assert ds.V["S"] == 5 and ds.V["REPORT_COUNT"] == 1
    assert ds.evaluate(template(body).design.detail[0].elements[0].expression, Mode.ESTIMATED) is not None


def test_revert_and_recalculate_after_page_break() -> None:
    body = variable("DC", "java.lang.Integer", "DistinctCount", "$F{v}")
    ds = make(template(body), [{"v": 1}, {"v": 2}, {"v": 3}])
    V = ds.V
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    ds.next()
    ds.calculate_variables()
    assert (V["REPORT_COUNT"], V["PAGE_COUNT"], V["DC"]) == (2, 2, 2)
    # the band of record 2 moves to a new page: page event, then revert + recalculate
    ds.init_variables(ResetType.PAGE)
    ds.set_system("PAGE_NUMBER", 2)
    ds.revert_to_old_and_recalculate()
    assert (V["REPORT_COUNT"], V["PAGE_COUNT"], V["DC"]) == (2, 1, 2)
    # the values go back to OLD: the page number of the new page (set as OLD value too)
    assert V["PAGE_NUMBER"] == 2 and ds.value("PAGE_NUMBER", Mode.ESTIMATED) == 2
    ds.next()
    ds.calculate_variables()
    assert (V["REPORT_COUNT"], V["PAGE_COUNT"], V["DC"]) == (3, 2, 3)


def test_revert_after_column_break_keeps_column_increment_and_reset_old_values() -> None:
    # BandEvaluationReport.1: a Count with incrementType Column counts the columns once
    # the moved record is calculated again; a page/column reset also resets the OLD value
    # (a header evaluated in OLD mode after the break sees the reset value).
    body = (variable("CC", "java.lang.Integer", "Count", "1", resetType="Column")
            + variable("CN", "java.lang.Integer", "Count", "1", resetType="Page", incrementType="Column"))
    ds = make(template(body), [{"v": 1}, {"v": 2}])
    V = ds.V
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    ds.next()
    ds.calculate_variables()
    assert (V["CC"], V["CN"], V["COLUMN_COUNT"]) == (2, 1, 2)
    ds.init_variables(ResetType.COLUMN)
    assert (ds.value("CC", Mode.OLD), ds.value("COLUMN_COUNT", Mode.OLD), ds.value("CN", Mode.OLD)) == (None, 0, 1)
    ds.revert_to_old_and_recalculate()
    assert (V["CC"], V["CN"], V["COLUMN_COUNT"], V["REPORT_COUNT"]) == (1, 2, 1, 2)


def test_builtin_variables() -> None:
    body = group("G", "$F{g}")
    ds = make(template(body), [])
    assert list(ds.V)[:8] == ["PAGE_NUMBER", "COLUMN_NUMBER", "REPORT_COUNT", "PAGE_COUNT", "COLUMN_COUNT",
                              "G_COUNT", "MASTER_CURRENT_PAGE", "MASTER_TOTAL_PAGES"]
    ds.init_variables(ResetType.REPORT)
    assert (ds.V["PAGE_NUMBER"], ds.V["COLUMN_NUMBER"], ds.V["REPORT_COUNT"], ds.V["G_COUNT"]) == (1, 1, 0, 0)
    report = template(body)
    design = report.design.main_dataset
    sub = DatasetFill(report, design, "", resolve_parameters(report, design, "", {}, Env(), builtins={}), Env(),
                      None, DataContext(), main=False)
    assert list(sub.V) == ["REPORT_COUNT", "G_COUNT"]


# --- errors -----------------------------------------------------------------------------------


def test_expression_error_names_expression_and_location() -> None:
    body = variable("X", "java.lang.Integer", "Nothing", "$F{v} / 0")
    ds = make(template(body), [{"v": 1}])
    ds.next()
    ds.init_variables(ResetType.REPORT)
    with pytest.raises(FillError) as info:
        ds.calculate_variables()
    text = str(info.value)
    assert "java.lang.ArithmeticException" in text and "$F{v} / 0" in text
    assert info.value.location is not None and info.value.location.line is not None


def test_filter_npe_is_null_by_default() -> None:
    """net.sf.jasperreports.evaluator.ignore.npe defaults to true: the filter of a record
    whose expression raises a NullPointerException is null, which drops the record."""
    body = "<filterExpression><![CDATA[$F{g}.length() > 0]]></filterExpression>"
    ds = make(template(body), [{"g": None}, {"g": "x"}])
    assert ds.next() and ds.F["g"] == "x"
    assert not ds.next()


def test_filter_error_when_npes_are_not_ignored() -> None:
    body = "<filterExpression><![CDATA[$F{g}.length() > 0]]></filterExpression>"
    ds = make(template(body), [{"g": None}], env=Env(ignore_npe=False))
    with pytest.raises(FillError, match="NullPointerException.*filter"):
        ds.next()


def test_npe_in_a_variable_and_a_parameter_default_is_null() -> None:
    body = (
        '<parameter name="P" class="java.lang.Integer"><defaultValueExpression>'
        '<![CDATA[((String) null).length()]]></defaultValueExpression></parameter><!--fields-->'
        '<variable name="L" class="java.lang.Integer"><variableExpression>'
        '<![CDATA[$F{g}.length()]]></variableExpression></variable>'
    )
    ds = make(template(body), [{"g": None}])
    assert ds.params.get("P") is None
    ds.init_variables(ResetType.REPORT)
    assert ds.next()
    ds.calculate_variables()
    assert ds.V["L"] is None


def test_dataset_property_turns_npe_errors_on() -> None:
    body = ('<property name="net.sf.jasperreports.evaluator.ignore.npe" value="false"/><!--fields-->'
            '<variable name="L" class="java.lang.Integer"><variableExpression>'
            '<![CDATA[$F{g}.length()]]></variableExpression></variable>')
    ds = make(template(body), [{"g": None}])
    ds.init_variables(ResetType.REPORT)
    assert ds.next()
    with pytest.raises(FillError, match="NullPointerException.*variable 'L'"):
        ds.calculate_variables()


# --- a group on one field or variable reference is tested without evaluating it ------------------

_BARE_GROUPS = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="bare"
    pageWidth="300" pageHeight="400" columnWidth="280" leftMargin="10" rightMargin="10" topMargin="10" bottomMargin="10">
  <field name="k" class="java.lang.String"/>
  <field name="n" class="java.lang.Integer"/>
  <variable name="Half" class="java.lang.Integer"><variableExpression><![CDATA[$F{n} == null ? null : $F{n} / 2]]></variableExpression></variable>
  <filterExpression><![CDATA[$F{n} == null || $F{n} != 7]]></filterExpression>
  <group name="ByK"><groupExpression><![CDATA[$F{k}]]></groupExpression>
    <groupHeader><band height="12"><textField><reportElement x="0" y="0" width="200" height="12"/>
      <textFieldExpression><![CDATA["k " + $F{k}]]></textFieldExpression></textField></band></groupHeader></group>
  <group name="ByHalf"><groupExpression><![CDATA[ $V{Half} ]]></groupExpression>
    <groupHeader><band height="12"><textField><reportElement x="0" y="0" width="200" height="12"/>
      <textFieldExpression><![CDATA["half " + $V{Half} + " " + $V{ByK_COUNT}]]></textFieldExpression></textField></band></groupHeader></group>
  <detail><band height="12"><textField><reportElement x="0" y="0" width="200" height="12"/>
    <textFieldExpression><![CDATA[$F{k} + " " + $F{n}]]></textFieldExpression></textField></band></detail>
</jasperReport>"""


def test_groups_on_one_reference_change_as_evaluated(monkeypatch):
    import jrxmlpy
    from jrxmlpy.fill import dataset

    data = [{"k": k, "n": n} for k, n in [("a", 1), ("a", 2), (None, 3), (None, None), ("b", None), ("b", 4),
                                          ("b", 7), ("b", 5), ("c", 5), ("c", 6)]]
    report = jrxmlpy.compile(_BARE_GROUPS)
    seen = []
    group_values = dataset.DatasetFill._group_values

    def spy(self, group):
        seen.append(group.name)
        return group_values(self, group)

    monkeypatch.setattr(dataset.DatasetFill, "_group_values", spy)
    shortcut = report.fill(data).export(format="jrpxml")
    assert seen == []  # (both groups are one reference: no evaluation)
    monkeypatch.setattr(dataset, "_BARE_REFERENCE", re.compile(r"(?!)()()"))
    evaluated = report.fill(data).export(format="jrpxml")
    assert seen and shortcut == evaluated
    texts = re.findall(rb"<textContent><!\[CDATA\[(.*?)\]\]>", shortcut)
    assert [t for t in texts if t.startswith(b"k ")] == [b"k a", b"k null", b"k b", b"k c"]
    assert len([t for t in texts if t.startswith(b"half ")]) == 8  # (null and 2 both start a group; 7 is filtered)
