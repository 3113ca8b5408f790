"""Variable calculations (docs/filling.md §2.5) in the variable's class.

The oracle cases (``oracle/VarC``, ``oracle/VB``, ``oracle/Ord``; see test_dataset.py for how
to re-run them) were filled by JasperReports 6.20.6; what they showed:

* Count of a null: not counted, 0 right after a reset (not the initial value); an initial
  value is only seen before the first increment (group headers).
* Sum of a null right after a reset: null; later: the value at the last increment point
  (``incrementedValue``: with incrementType="Group" that is the value when the group last
  changed, not the current value).
* First: a null first value sticks.  DistinctCount: nulls are not counted (0 after a
  reset), the values counted are those at the increment points plus the current one.
* Integer: wraps at 32 bits; Short sums are computed in int and narrowed (20000 + 20000 =
  -25536); Average truncates (5/3 = 1); Variance truncates at every step; StdDev is
  ``(int) Math.sqrt``.
* ``java.lang.Number`` is computed as Double (a Sum of Integers is a Double).
* BigDecimal: Average/Variance divide with ``MathContext(max(16, dividend precision),
  HALF_UP)`` (10.00/3 = 3.333333333333333, 7.3/2 = 3.65, 1.0000000000000005/1 kept);
  StandardDeviation is ``new BigDecimal(Math.sqrt(variance.doubleValue()))``.  (The spec's
  guess "divide(count, HALF_UP) at the sum's scale" was wrong.)
* BigInteger has no Sum/Average/Variance/StdDev arithmetic: the variable keeps the
  expression value (an Integer expression summed into a BigInteger variable stays an
  Integer, and reading it fails in JasperReports with a ClassCastException).
* Nothing/Highest do not convert: an Integer variable with a Double expression holds a
  Double (JasperReports then fails reading it); Sum converts with ``intValue()``.
* Built-in variables come before the user's in the list (``$V{G_COUNT}`` read by a user
  variable is already incremented); a user variable sees later ones at their old value.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from jrxmlpy.design.enums import Calculation, ResetType
from jrxmlpy.expressions.javalib.text import big_decimal_to_string
from jrxmlpy.fill.variables import DECIMAL, FLOAT, INT, SHORT, VarState, convert, with_helpers

from ._driver import group, make, oracle_case, template, variable


@pytest.mark.parametrize("name,data", [("VarC", "vardata.json"), ("VB", "bd.json"), ("Ord", "vardata.json")])
def test_matches_oracle(name: str, data: str) -> None:
    got, expected = oracle_case(name, data)
    assert len(got) == len(expected)
    for ours, theirs in zip(got, expected, strict=True):
        assert ours == theirs


def run(body: str, values, *, fields: str | None = None, key: str = "v"):
    """Values of every variable after each record (one group over all records)."""
    kwargs = {"fields": fields} if fields else {}
    ds = make(template(body, **kwargs), [{key: v} for v in values])
    out = []
    first = True
    while ds.next():
        if first:
            ds.init_variables(ResetType.REPORT)
            first = False
        ds.calculate_variables()
        out.append(dict(ds.V))
    return out


def column(rows, name):
    return [r[name] for r in rows]


def test_integer_sum_wraps_and_average_truncates() -> None:
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}") + variable("A", "java.lang.Integer", "Average", "$F{v}")
    rows = run(body, [2_000_000_000, 2_000_000_000, -7])
    assert column(rows, "S") == [2_000_000_000, -294967296, -294967303]
    # Average = (wrapped) int sum / int count, truncated toward zero
    assert column(rows, "A") == [2_000_000_000, -147483648, -98322434]


def test_average_truncates_toward_zero() -> None:
    rows = run(variable("A", "java.lang.Integer", "Average", "$F{v}"), [-3, -4])
    assert column(rows, "A") == [-3, -3]


def test_short_and_byte_narrow() -> None:
    body = variable("S", "java.lang.Short", "Sum", "$F{v}") + variable("B", "java.lang.Byte", "Sum", "$F{v}")
    rows = run(body, [100, 100])
    assert column(rows, "S") == [100, 200]
    assert column(rows, "B") == [100, -56]


def test_long_and_double_and_number() -> None:
    body = variable("L", "java.lang.Long", "Sum", "$F{v}") + variable("N", "java.lang.Number", "Sum", "$F{v}") + \
        variable("F", "java.lang.Float", "Sum", "$F{v} / 10.0")
    rows = run(body, [2_000_000_000, 2_000_000_000, 1])
    assert column(rows, "L") == [2_000_000_000, 4_000_000_000, 4_000_000_001]
    assert all(isinstance(v, float) for v in column(rows, "N"))
    assert column(rows, "N")[-1] == 4_000_000_001.0
    assert column(rows, "F")[-1] == pytest.approx(4.0e8, rel=1e-6)


def test_bigdecimal_average_precision() -> None:
    fields = '<field name="v" class="java.math.BigDecimal"/>'
    body = variable("A", "java.math.BigDecimal", "Average", "$F{v}") + variable("S", "java.math.BigDecimal", "Sum", "$F{v}")
    rows = run(body, [Decimal("10.00"), Decimal("0"), Decimal("0")], fields=fields)
    assert [big_decimal_to_string(v) for v in column(rows, "A")] == ["10.00", "5.00", "3.333333333333333"]
    assert big_decimal_to_string(rows[-1]["S"]) == "10.00"
    assert big_decimal_to_string(DECIMAL.div(Decimal("7.3"), Decimal(2))) == "3.65"
    assert big_decimal_to_string(DECIMAL.div(Decimal("1.0000000000000005"), Decimal(1))) == "1.0000000000000005"
    assert big_decimal_to_string(DECIMAL.div(Decimal("1E-18"), Decimal(3))) == "3.333333333333333E-19"


def test_double_into_integer_sum_truncates_per_record() -> None:
    fields = '<field name="v" class="java.lang.Double"/>'
    body = variable("S", "java.lang.Integer", "Sum", "$F{v}") + variable("N", "java.lang.Integer", "Nothing", "$F{v}")
    rows = run(body, [1.5, 2.25, -0.5], fields=fields)
    assert column(rows, "S") == [1, 3, 3]  # intValue() of each value (oracle D2)
    assert column(rows, "N") == [1.5, 2.25, -0.5]  # Nothing keeps the expression's value


def test_nulls_per_calculation() -> None:
    body = "".join([
        variable("C", "java.lang.Integer", "Count", "$F{v}", initial="7"),
        variable("S", "java.lang.Integer", "Sum", "$F{v}"),
        variable("A", "java.lang.Integer", "Average", "$F{v}"),
        variable("L", "java.lang.Integer", "Lowest", "$F{v}"),
        variable("H", "java.lang.Integer", "Highest", "$F{v}"),
        variable("F", "java.lang.Integer", "First", "$F{v}", initial="42"),
        variable("D", "java.lang.Integer", "DistinctCount", "$F{v}"),
        variable("V", "java.lang.Double", "Variance", "$F{v}"),
    ])
    rows = run(body, [None, 3, None, 1, 3, 5])
    assert column(rows, "C") == [0, 1, 1, 2, 3, 4]
    assert column(rows, "S") == [None, 3, 3, 4, 7, 12]
    assert column(rows, "A") == [None, 3, 3, 2, 2, 3]
    assert column(rows, "L") == [None, 3, 3, 1, 1, 1]
    assert column(rows, "H") == [None, 3, 3, 3, 3, 5]
    assert column(rows, "F") == [None] * 6
    assert column(rows, "D") == [0, 1, 1, 2, 2, 3]
    assert column(rows, "V")[:4] == [None, 0.0, 0.0, 1.0]
    assert column(rows, "V")[4:] == [pytest.approx(8 / 9), pytest.approx(2.0)]


def test_lowest_highest_strings_by_compare_to() -> None:
    fields = '<field name="v" class="java.lang.String"/>'
    body = variable("L", "java.lang.String", "Lowest", "$F{v}") + variable("H", "java.lang.String", "Highest", "$F{v}")
    rows = run(body, ["b", "B", "a"], fields=fields)
    assert column(rows, "L") == ["b", "B", "B"]  # compareTo: upper case first
    assert column(rows, "H") == ["b", "b", "b"]


def test_biginteger_keeps_value_for_average() -> None:
    body = variable("A", "java.math.BigInteger", "Average", "$F{v}")
    assert column(run(body, [5, 5, 0]), "A") == [5, 5, 0]


def test_helpers_come_before_their_variable() -> None:
    var = VarState("X", "java.lang.Double", Calculation.STANDARD_DEVIATION)
    names = [v.name for v in with_helpers(var, {"X", "X_SUM"})]
    assert names == ["X_COUNT", "$X_SUM", "X_VARIANCE", "X"]
    body = variable("A", "java.lang.Integer", "Average", "$F{v}")
    ds = make(template(body), [])
    assert list(ds.V)[-3:] == ["A_COUNT", "A_SUM", "A"]


def test_group_count_and_increment_group() -> None:
    body = variable("N", "java.lang.Integer", "Count", "1", incrementType="Group", incrementGroup="G") + group("G", "$F{g}")
    ds = make(template(body), [{"g": "a"}, {"g": "a"}, {"g": "b"}, {"g": "c"}])
    seen = []
    ds.next()
    ds.init_variables(ResetType.REPORT)
    ds.calculate_variables()
    seen.append((ds.V["N"], ds.V["G_COUNT"]))
    while ds.next():
        ds.estimate_group_ruptures()
        ds.init_variables(ResetType.GROUP)
        ds.calculate_variables()
        seen.append((ds.V["N"], ds.V["G_COUNT"]))
    # the CsvDataSource demo's CityNumber: the group's ordinal
    assert seen == [(1, 1), (1, 2), (2, 1), (3, 1)]


def test_convert() -> None:
    assert convert(2**31, "java.lang.Integer") == -(2**31)
    assert convert(1e20, "java.lang.Integer") == 2**31 - 1  # (int) of a double saturates
    assert convert(Decimal("3.9"), "java.lang.Integer") == 3
    assert convert(3, "java.math.BigDecimal") == Decimal(3)
    assert convert(0.1, "java.math.BigDecimal") == Decimal("0.1")
    assert convert(1, "java.lang.Double") == 1.0 and isinstance(convert(1, "java.lang.Double"), float)
    assert convert("x", "java.lang.String") == "x"
    assert INT.sqrt(-1) == 0 and SHORT.conv(40000) == -25536
    assert FLOAT.conv(0.1) == pytest.approx(0.1, rel=1e-7) and FLOAT.conv(0.1) != 0.1
