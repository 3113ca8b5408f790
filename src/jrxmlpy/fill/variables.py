"""Variable calculations of the filler (docs/filling.md §2.5): one *incrementer* per
calculation, doing its arithmetic in the variable's class.

A variable's state is a :class:`VarState`; its values live in the dataset's value dicts
(``V`` of the DEFAULT, OLD and ESTIMATED scopes, see :mod:`jrxmlpy.fill.dataset`).  An
incrementer is a function ``(var, x, values) -> new value``: ``x`` is the value of the
variable's expression, ``values`` the dict of the mode being computed (committed values for
``calculate_variables``, estimated ones for ``estimate_variables``), where the helper
variables (``X_COUNT``, ``X_SUM``, ``X_VARIANCE``) have already been updated because they
come before their variable in the list.

Which arithmetic a class gets (checked against JasperReports 6.20 prints, see
``tests/fill/test_variables.py``):

========================================  ==================================================
class                                     arithmetic
========================================  ==================================================
Integer, Long, Short, Byte                Java integer arithmetic, wrapping at the width of
                                          the class (Short/Byte: computed in int, narrowed);
                                          Average truncates; Variance truncates each step;
                                          StandardDeviation is ``(int) Math.sqrt(variance)``
Double, and the abstract ``Number``       double arithmetic (a ``Number`` Sum is a Double)
Float                                     float arithmetic (rounded to single precision at
                                          every operation)
BigDecimal                                exact add/multiply; divisions (Average, Variance)
                                          are ``a.divide(b, new MathContext(max(16,
                                          a.precision()), HALF_UP))``; StandardDeviation is
                                          ``new BigDecimal(Math.sqrt(variance.doubleValue()))``
anything else (String, Date, BigInteger)  Lowest/Highest by compareTo, First, Nothing, System,
                                          Count/DistinctCount (as Integer); Sum, Average,
                                          Variance and StandardDeviation keep the expression
                                          value as it is (BigInteger included: checked)
========================================  ==================================================

The expression value is converted to the class (``Number.intValue()`` etc.) by the numeric
calculations only (Sum, Average, Variance, StandardDeviation); Nothing, First, Lowest and
Highest keep the value as the expression gave it (an Integer variable with Calculation
Nothing and a Double expression holds a Double, as in JasperReports).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..design.enums import Calculation, IncrementType, ResetType
from ..expressions import runtime as R
from ..expressions.javalib import bigdecimal as B

#: An incrementer: (variable, expression value, values of the mode) -> new value.
Incrementer = Callable[["VarState", Any, dict[str, Any]], Any]


class VarState:
    """One variable of a running dataset (user, built-in or helper)."""

    __slots__ = (
        "name", "value_class", "calculation", "reset_type", "reset_group", "increment_type",
        "increment_group", "expression", "initial_expression", "evaluate", "evaluate_initial",
        "commit", "estimate", "inc", "initialized", "inc_none", "system", "helper",
        "count_name", "sum_name", "variance_name", "distinct", "last", "initial_constant",
        "prev_inc", "added",
    )

    def __init__(
        self,
        name: str,
        value_class: str,
        calculation: Calculation,
        reset_type: ResetType = ResetType.REPORT,
        reset_group: int | None = None,
        increment_type: IncrementType = IncrementType.NONE,
        increment_group: int | None = None,
        *,
        helper: bool = False,
    ) -> None:
        self.name = name
        self.value_class = value_class
        self.calculation = calculation
        self.reset_type = ResetType.REPORT if reset_type is ResetType.MASTER else reset_type
        self.reset_group = reset_group
        self.increment_type = increment_type
        self.increment_group = increment_group
        self.inc_none = increment_type is IncrementType.NONE
        self.system = calculation is Calculation.SYSTEM
        self.helper = helper
        #: Design expressions (``design.base.Expression``) and their compiled evaluators.
        self.expression: Any = None
        self.initial_expression: Any = None
        self.evaluate: Callable[[R.Scope], Any] | None = None
        self.evaluate_initial: Callable[[R.Scope], Any] | None = None
        #: For built-ins: the initial value without an expression.
        self.initial_constant: Any = None
        self.commit: Incrementer = nothing
        self.estimate: Incrementer = nothing
        self.inc: Any = None
        self.initialized = False
        self.count_name: str | None = None
        self.sum_name: str | None = None
        self.variance_name: str | None = None
        #: DistinctCount: the values counted at the increment points, and the last value.
        self.distinct: set[Any] | None = None
        self.last: Any = None
        #: The value ``inc`` had at the last calculation, or was given by a page/column
        #: event since (what revert_to_old_and_recalculate starts from again).
        self.prev_inc: Any = None
        #: DistinctCount: whether the last calculation added ``last`` to ``distinct``.
        self.added = False

    def __repr__(self) -> str:
        return f"<VarState {self.name} {self.calculation.value} {self.value_class}>"


# --- arithmetic per class ----------------------------------------------------------------


class Arith:
    """The arithmetic of a numeric variable class."""

    zero: Any = 0
    one: Any = 1

    def conv(self, x: Any) -> Any:  # pragma: no cover - overridden
        raise NotImplementedError

    def add(self, a: Any, b: Any) -> Any:
        raise NotImplementedError

    def sub(self, a: Any, b: Any) -> Any:
        raise NotImplementedError

    def mul(self, a: Any, b: Any) -> Any:
        raise NotImplementedError

    def div(self, a: Any, b: Any) -> Any:
        raise NotImplementedError

    def sqrt(self, v: Any) -> Any:
        raise NotImplementedError

    def of_count(self, n: int) -> Any:
        return self.conv(n)


def _not_number(x: Any) -> R.JavaException:
    return R.ClassCastException(f"{type(x).__name__} cannot be cast to java.lang.Number")


def _long_value(x: Any) -> int:
    """``Number.longValue()`` of a run-time number."""
    if type(x) is int:
        return x
    if isinstance(x, float):
        return R.d2l(x)
    if isinstance(x, Decimal):
        return R.w64(int(x))  # BigDecimal.longValue: the integer part's low 64 bits
    if isinstance(x, bool) or not isinstance(x, int):
        raise _not_number(x)
    return x


class IntArith(Arith):
    """int / long / short / byte: wrapping integer arithmetic of ``bits`` bits (Short and
    Byte values are computed in int and narrowed)."""

    def __init__(self, bits: int) -> None:
        self.bits = bits
        self.wrap = {32: R.w32, 64: R.w64, 16: R.w16, 8: R.w8}[bits]
        self.zero = 0
        self.one = 1

    def conv(self, x: Any) -> int:
        if type(x) is int:
            return self.wrap(x)
        if isinstance(x, float):
            return self.wrap(R.d2l(x) if self.bits == 64 else R.d2i(x))
        return self.wrap(_long_value(x))

    def add(self, a: int, b: int) -> int:
        return self.wrap(a + b)

    def sub(self, a: int, b: int) -> int:
        return self.wrap(a - b)

    def mul(self, a: int, b: int) -> int:
        return self.wrap(a * b)

    def div(self, a: int, b: int) -> int:
        return self.wrap(R.idiv(a, b))

    def sqrt(self, v: int) -> int:
        root = math.sqrt(v) if v >= 0 else math.nan
        return self.wrap(R.d2l(root) if self.bits == 64 else R.d2i(root))


class DoubleArith(Arith):
    zero = 0.0
    one = 1.0

    def conv(self, x: Any) -> float:
        if isinstance(x, bool) or not isinstance(x, (int, float, Decimal)):
            raise _not_number(x)
        return float(x)

    def add(self, a: float, b: float) -> float:
        return a + b

    def sub(self, a: float, b: float) -> float:
        return a - b

    def mul(self, a: float, b: float) -> float:
        return a * b

    def div(self, a: float, b: float) -> float:
        return R.ddiv(a, b)

    def sqrt(self, v: float) -> float:
        return math.sqrt(v) if v >= 0 else math.nan


class FloatArith(DoubleArith):
    def conv(self, x: Any) -> float:
        return R.f32(DoubleArith.conv(self, x))

    def add(self, a: float, b: float) -> float:
        return R.f32(a + b)

    def sub(self, a: float, b: float) -> float:
        return R.f32(a - b)

    def mul(self, a: float, b: float) -> float:
        return R.f32(a * b)

    def div(self, a: float, b: float) -> float:
        return R.f32(R.ddiv(a, b))

    def sqrt(self, v: float) -> float:
        return R.f32(math.sqrt(v)) if v >= 0 else math.nan


_HALF_UP = B.RoundingMode.HALF_UP


class DecimalArith(Arith):
    zero = Decimal(0)
    one = Decimal(1)

    def conv(self, x: Any) -> Decimal:
        if isinstance(x, Decimal):
            return x
        if type(x) is int:
            return Decimal(x)
        if isinstance(x, float):
            return B.value_of_double(x)
        raise _not_number(x)

    def add(self, a: Decimal, b: Decimal) -> Decimal:
        return B.EXACT.add(a, b)

    def sub(self, a: Decimal, b: Decimal) -> Decimal:
        return B.EXACT.subtract(a, b)

    def mul(self, a: Decimal, b: Decimal) -> Decimal:
        return B.EXACT.multiply(a, b)

    def div(self, a: Decimal, b: Decimal) -> Decimal:
        # Fitted on JasperReports 6.20 prints (Average and Variance of BigDecimal):
        # exact when the quotient has at most max(16, precision of a) digits, else rounded
        # HALF_UP to that many digits (10.00/3 -> 3.333333333333333, 7.3/2 -> 3.65).
        return B.divide_context(a, b, B.MathContext(max(16, B.precision(a)), _HALF_UP))

    def sqrt(self, v: Decimal) -> Decimal:
        # new BigDecimal(Math.sqrt(v.doubleValue())): the double's exact binary value.
        return B.from_double(math.sqrt(float(v)))


INT = IntArith(32)
LONG = IntArith(64)
SHORT = IntArith(16)
BYTE = IntArith(8)
DOUBLE = DoubleArith()
FLOAT = FloatArith()
DECIMAL = DecimalArith()

#: The arithmetic of each numeric variable class (JasperReports' incrementer factories).
ARITH: dict[str, Arith] = {
    "java.lang.Integer": INT,
    "java.lang.Long": LONG,
    "java.lang.Short": SHORT,
    "java.lang.Byte": BYTE,
    "java.lang.Double": DOUBLE,
    "java.lang.Number": DOUBLE,
    "java.lang.Float": FLOAT,
    "java.math.BigDecimal": DECIMAL,
}


def arith_for(value_class: str) -> Arith | None:
    return ARITH.get(value_class)


def convert(value: Any, value_class: str) -> Any:
    """An expression value converted to a numeric variable class as JasperReports'
    incrementers do (``Number.intValue()`` ...); other classes: unchanged."""
    arith = ARITH.get(value_class)
    if arith is None or value is None:
        return value
    return arith.conv(value)


# --- incrementers -------------------------------------------------------------------------


def nothing(var: VarState, x: Any, values: dict[str, Any]) -> Any:
    return x


def make_incrementers(var: VarState, committed: dict[str, Any]) -> tuple[Incrementer, Incrementer]:
    """The (commit, estimate) incrementers of ``var``; ``committed`` is the dict of its
    DEFAULT (committed) values, which First and System read."""
    calc = var.calculation
    arith = ARITH.get(var.value_class)
    name = var.name

    if calc is Calculation.SYSTEM:
        def system(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            return committed[name]
        return system, system

    if calc is Calculation.FIRST:
        def first(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            return x if var.initialized else committed[name]
        return first, first

    if calc in (Calculation.LOWEST, Calculation.HIGHEST):
        want = -1 if calc is Calculation.LOWEST else 1
        compare = R.compare

        def extreme(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            inc = var.inc
            if x is None:
                return None if var.initialized else inc
            if inc is None or var.initialized:
                return x
            c = compare(x, inc)
            return x if (c < 0 if want < 0 else c > 0) else inc
        return extreme, extreme

    if calc is Calculation.COUNT:
        a = arith or INT
        zero, one, add = a.zero, a.one, a.add
        if a is INT:  # (the built-in counts: Integer arithmetic inlined)
            w32 = R.w32

            def int_count(var: VarState, x: Any, values: dict[str, Any]) -> Any:
                inc = var.inc
                base = 0 if inc is None or var.initialized else inc
                if x is None:
                    return base
                return base + 1 if base < 2147483647 else w32(base + 1)
            return int_count, int_count

        def count(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            inc = var.inc
            base = zero if inc is None or var.initialized else inc
            return base if x is None else add(base, one)
        return count, count

    if calc is Calculation.DISTINCT_COUNT:
        a = arith or INT

        def distinct(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            # The values counted at the increment points (every record with incrementType
            # None), plus the current one: checked with incrementType="Group".
            seen = var.distinct
            n = len(seen)  # type: ignore[arg-type]
            if x is not None and x not in seen:  # type: ignore[operator]
                n += 1
            return a.of_count(n)

        def distinct_commit(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            var.last = x
            return distinct(var, x, values)
        return distinct_commit, distinct

    if calc is Calculation.NOTHING or arith is None:
        # Non-numeric classes (and BigInteger) have no Sum/Average/Variance: JasperReports
        # keeps the expression value (checked for BigInteger Average/Variance).
        return nothing, nothing

    conv = arith.conv
    zero = arith.zero

    if calc is Calculation.SUM:
        add = arith.add

        def sum_(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            inc = var.inc
            if x is None:
                return None if var.initialized else inc
            if inc is None or var.initialized:
                return add(zero, conv(x))
            return add(inc, conv(x))
        return sum_, sum_

    if calc is Calculation.AVERAGE:
        div = arith.div
        count_name, sum_name = var.count_name, var.sum_name

        def average(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            if x is None:
                return None if var.initialized else var.inc
            return div(values[sum_name], values[count_name])  # type: ignore[index]
        return average, average

    if calc is Calculation.VARIANCE:
        add, sub, mul, div, one = arith.add, arith.sub, arith.mul, arith.div, arith.one
        count_name, sum_name = var.count_name, var.sum_name

        def variance(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            inc = var.inc
            if x is None:
                return None if var.initialized else inc
            if inc is None or var.initialized:
                return zero
            n = values[count_name]  # type: ignore[index]
            s = values[sum_name]  # type: ignore[index]
            x = conv(x)
            n1 = sub(n, one)
            mean = div(s, n)
            d = sub(mean, x)
            return add(div(mul(n1, inc), n), div(mul(d, d), n1))
        return variance, variance

    if calc is Calculation.STANDARD_DEVIATION:
        sqrt = arith.sqrt
        variance_name = var.variance_name

        def stddev(var: VarState, x: Any, values: dict[str, Any]) -> Any:
            inc = var.inc
            if x is None:
                return None if var.initialized else inc
            if inc is None or var.initialized:
                return zero
            return sqrt(values[variance_name])  # type: ignore[index]
        return stddev, stddev

    return nothing, nothing  # pragma: no cover - every Calculation is handled above


# --- helper variables ---------------------------------------------------------------------


def with_helpers(var: VarState, taken: set[str]) -> list[VarState]:
    """``var`` preceded by the helper variables its calculation needs (§1.1 step 5):
    ``X_COUNT`` and ``X_SUM`` for Average and Variance, those and ``X_VARIANCE`` for
    StandardDeviation.  Helpers share the variable's class, expression, reset and
    increment; a name already taken gets a ``$`` prefix (helpers are not visible to
    expressions)."""
    calc = var.calculation
    if calc not in (Calculation.AVERAGE, Calculation.VARIANCE, Calculation.STANDARD_DEVIATION) \
            or var.value_class not in ARITH:
        if calc is Calculation.DISTINCT_COUNT:
            var.distinct = set()
        return [var]

    def helper(suffix: str, calculation: Calculation) -> VarState:
        name = f"{var.name}_{suffix}"
        while name in taken:
            name = "$" + name
        taken.add(name)
        h = VarState(name, var.value_class, calculation, var.reset_type, var.reset_group,
                     var.increment_type, var.increment_group, helper=True)
        h.expression, h.evaluate = var.expression, var.evaluate
        return h

    count = helper("COUNT", Calculation.COUNT)
    total = helper("SUM", Calculation.SUM)
    out = [count, total]
    if calc is Calculation.STANDARD_DEVIATION:
        variance = helper("VARIANCE", Calculation.VARIANCE)
        variance.count_name, variance.sum_name = count.name, total.name
        out.append(variance)
        var.variance_name = variance.name
    else:
        var.count_name, var.sum_name = count.name, total.name
    out.append(var)
    return out
