"""One dataset's run: records, fields, variables and groups (docs/filling.md §1.1-§1.5, §2).

:class:`DatasetFill` knows nothing of pages or bands: the page loop calls its operations in
the order of §1.2/§1.3::

    ds = DatasetFill(report, design.main_dataset, "", params, env, source, context, main=True)
    if ds.next():
        ds.init_variables(ResetType.REPORT)
        ... fill title, headers (ds.scope(Mode.DEFAULT)) ...
        ds.calculate_variables(); ... detail ...
        while ds.next():
            ds.estimate_group_ruptures()
            ... group footers of ds.changed_groups() in Mode.OLD ...
            ds.init_variables(ResetType.GROUP)
            ... group headers, ds.calculate_variables(), detail ...

Values live in plain dicts shared with three :class:`Scope` objects (one per
:class:`Mode`): the dicts are updated in place and never replaced, so a scope taken once
stays valid for the whole run.

Behaviour checked against JasperReports 6.20 prints (oracle runs, see the tests): sorting
puts nulls first in ascending order (last in descending) and compares Strings with a
collator (``"a" < "ä" < "aa" < "ab" < "Ab" < "a b" < "b" < "B"``, hyphens ignored); the
filter sees ESTIMATED variables (``REPORT_COUNT`` includes the candidate) and a null result
rejects the record; ``REPORT_MAX_COUNT`` counts records that passed the filter; the
built-in variables are computed before the user's (a user variable reading
``$V{REPORT_COUNT}`` or ``$V{G_COUNT}`` sees the record counted).
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..data.base import DataContext, DataSource
from ..design import report as D
from ..design.base import Expression
from ..design.enums import Calculation, IncrementType, ResetType, SortFieldType, SortOrder
from ..errors import FillError, JrxmlpyError
from ..expressions import runtime as R
from .params import IGNORE_NPE, expression_error
from .variables import VarState, make_incrementers, with_helpers

if TYPE_CHECKING:
    from ..report import Report

__all__ = ["DatasetFill", "GroupState", "Mode", "collation_key"]


class Mode(enum.StrEnum):
    """Evaluation modes (§2.2).  A str enum: the plain strings ``"default"``, ``"old"``
    and ``"estimated"`` are accepted wherever a Mode is."""

    DEFAULT = "default"
    OLD = "old"
    ESTIMATED = "estimated"


class GroupState:
    """A group of the running dataset: whether it changed with the current record."""

    __slots__ = ("name", "index", "design", "expression", "evaluate", "has_changed", "top_level_change", "bare")

    def __init__(self, group: D.Group, index: int, evaluate: Callable[[R.Scope], Any] | None) -> None:
        self.name = group.name
        self.index = index
        self.design = group
        self.expression = group.expression
        self.evaluate = evaluate
        self.has_changed = False
        self.top_level_change = False
        #: For an expression that is one field or variable reference (``$F{x}``, ``$V{x}``):
        #: the dicts its OLD and ESTIMATED values are in and the name (what the compiled
        #: expression reads, without a call); else None.
        self.bare: tuple[dict[str, Any], dict[str, Any], str] | None = None

    def __repr__(self) -> str:
        return f"<GroupState {self.name} changed={self.has_changed} top={self.top_level_change}>"


_R, _P, _C, _G, _N = ResetType.REPORT, ResetType.PAGE, ResetType.COLUMN, ResetType.GROUP, ResetType.NONE
_IN, _IR, _IP, _IC, _IG = (IncrementType.NONE, IncrementType.REPORT, IncrementType.PAGE,
                           IncrementType.COLUMN, IncrementType.GROUP)


def _one(scope: R.Scope) -> int:
    return 1


class _Bound:
    """Already bound records served again (the sort pre-pass)."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.records = records

    def bind(self, fields: Any, context: Any = None) -> Iterator[dict[str, Any]]:
        return iter(self.records)


class DatasetFill:
    """The run of one dataset; see the module docstring.

    ``params`` is the complete parameter map (:func:`jrxmlpy.fill.params.resolve_parameters`);
    ``source`` None means no records; ``main``: the report's main dataset (it has the page
    and column variables)."""

    def __init__(
        self,
        report: Report,
        dataset: D.Dataset,
        scope_name: str,
        params: dict[str, Any],
        env: R.Env,
        source: DataSource | None,
        context: DataContext,
        main: bool,
    ) -> None:
        self.report = report
        self.dataset = dataset
        self.scope_name = scope_name
        self.params = params
        self.env = env
        self.source = source
        self.context = context
        self.main = main
        #: Records that passed the filter so far.
        self.record_count = 0
        self._compiled: dict[int, Callable[[R.Scope], Any]] = {}
        #: net.sf.jasperreports.evaluator.ignore.npe, set on the dataset or (in env) above.
        own = dataset.properties.get(IGNORE_NPE)
        self.ignore_npe = env.ignore_npe if own is None else own.strip().lower() == "true"

        names = [f.name for f in dataset.fields]
        self.F: dict[str, Any] = dict.fromkeys(names)
        self.F_old: dict[str, Any] = dict.fromkeys(names)
        self._F_prev: dict[str, Any] = dict.fromkeys(names)

        self.groups: list[GroupState] = [
            GroupState(g, i, self._compile(g.expression) if g.expression is not None else None)
            for i, g in enumerate(dataset.groups)
        ]
        self._group_index = {g.name: g.index for g in self.groups}
        self.variables: list[VarState] = self._build_variables()
        self._by_name = {v.name: v for v in self.variables}

        vnames = [v.name for v in self.variables]
        self.V: dict[str, Any] = dict.fromkeys(vnames)
        self.V_old: dict[str, Any] = dict.fromkeys(vnames)
        self.V_est: dict[str, Any] = dict.fromkeys(vnames)
        self._V_prev: dict[str, Any] = dict.fromkeys(vnames)
        for var in self.variables:
            var.commit, var.estimate = make_incrementers(var, self.V)

        self._scopes = {
            Mode.DEFAULT: R.Scope(self.F, self.V, params, env),
            Mode.OLD: R.Scope(self.F_old, self.V_old, params, env),
            Mode.ESTIMATED: R.Scope(self.F, self.V_est, params, env),
        }
        for group in self.groups:
            ref = _BARE_REFERENCE.fullmatch(group.expression.text) if group.expression is not None else None
            if ref is not None and group.evaluate is not None and ref[2] in (self.F if ref[1] == "F" else self.V):
                group.bare = (self.F_old, self.F, ref[2]) if ref[1] == "F" else (self.V_old, self.V_est, ref[2])
        self._old_scope = self._scopes[Mode.OLD]
        self._estimated_scope = self._scopes[Mode.ESTIMATED]
        self._calc_vars = [v for v in self.variables if not v.system]
        self._system_vars = [v for v in self.variables if v.system]
        self._system_names = [v.name for v in self._system_vars]
        #: What estimate_variables runs per variable (fixed once the variables are built).
        self._estimates = [(v, v.name, v.evaluate, v.estimate) for v in self._calc_vars]
        self._group_inc_vars = [v for v in self.variables if v.increment_type is _IG]
        self._groups_read_variables = any(
            g.expression is not None and any(kind == "V" for kind, _ in self._compiled_of(g.expression).refs)
            for g in self.groups
        )
        #: The part of the plan the group expressions need (the group test estimates only
        #: those: the filter and band printWhenExpressions estimate every variable anew).
        self._group_estimates = self._estimates_reading(
            name for g in self.groups if g.expression is not None
            for kind, name in self._compiled_of(g.expression).refs if kind == "V")
        self._filter = self._compile(dataset.filter_expression) if dataset.filter_expression is not None else None
        max_count = params.get("REPORT_MAX_COUNT")
        self.max_count: int | None = int(max_count) if isinstance(max_count, (int, float)) and not isinstance(max_count, bool) else None
        self._records: Iterator[dict[str, Any]] | None = None

    # --- set up -----------------------------------------------------------------------

    def _estimates_reading(self, names: Iterable[str]) -> list[tuple[Any, ...]]:
        """The entries of the estimate plan the variables ``names`` depend on: them, the
        variables their expressions read and the helpers their calculations read, over
        and over; in plan order (the values an entry reads are estimated before it as in
        the whole plan, and helpers stay next to the variable whose expression they share)."""
        wanted: set[str] = set()
        todo = list(names)
        while todo:
            name = todo.pop()
            if name in wanted:
                continue
            wanted.add(name)
            var = self._by_name.get(name)
            if var is None:
                continue
            if var.expression is not None:
                todo.extend(n for kind, n in self._compiled_of(var.expression).refs if kind == "V")
            todo.extend(n for n in (var.count_name, var.sum_name, var.variance_name) if n is not None)
        return [entry for entry in self._estimates if entry[1] in wanted]

    def _compiled_of(self, expression: Expression) -> Any:
        return self.report.expression(expression, self.scope_name)

    def _compile(self, expression: Expression) -> Callable[[R.Scope], Any]:
        return self._compiled_of(expression).evaluate

    def _build_variables(self) -> list[VarState]:
        out: list[VarState] = []

        def builtin(name: str, calc: Calculation, reset: ResetType, initial: Any, group: int | None = None) -> None:
            var = VarState(name, "java.lang.Integer", calc, reset, group)
            var.initial_constant = initial
            if calc is Calculation.COUNT:
                var.evaluate = _one
            out.append(var)

        if self.main:
            builtin("PAGE_NUMBER", Calculation.SYSTEM, _R, 1)
            builtin("COLUMN_NUMBER", Calculation.SYSTEM, _P, 1)
        builtin("REPORT_COUNT", Calculation.COUNT, _R, 0)
        if self.main:
            builtin("PAGE_COUNT", Calculation.COUNT, _P, 0)
            builtin("COLUMN_COUNT", Calculation.COUNT, _C, 0)
        for g in self.groups:
            builtin(f"{g.name}_COUNT", Calculation.COUNT, _G, 0, g.index)
        if self.main:
            builtin("MASTER_CURRENT_PAGE", Calculation.SYSTEM, _R, None)
            builtin("MASTER_TOTAL_PAGES", Calculation.SYSTEM, _R, None)
        taken = {v.name for v in out} | {v.name for v in self.dataset.variables}
        for design in self.dataset.variables:
            var = VarState(
                design.name,
                design.value_class,
                design.calculation,
                design.reset_type,
                self._group_of(design.reset_group, design, "resetGroup") if design.reset_type is _G else None,
                design.increment_type,
                self._group_of(design.increment_group, design, "incrementGroup") if design.increment_type is _IG else None,
            )
            var.expression = design.expression
            var.initial_expression = design.initial_value_expression
            if design.expression is not None:
                var.evaluate = self._compile(design.expression)
            if design.initial_value_expression is not None:
                var.evaluate_initial = self._compile(design.initial_value_expression)
            out.extend(with_helpers(var, taken))
        return out

    def _group_of(self, name: str | None, design: D.Variable, attribute: str) -> int:
        index = self._group_index.get(name or "")
        if index is None:
            raise FillError(f"variable {design.name!r}: {attribute} {name!r} is not a group of the dataset", design.location)
        return index

    def _open(self) -> Iterator[dict[str, Any]]:
        if self.source is None:
            return iter(())
        records: Iterable[dict[str, Any]] = self.source.bind(self.dataset.fields, self.context)
        if self.dataset.sort_fields:
            from ..data.records import SortedDataSource

            ordered = self._sorted(list(records))
            self.params["REPORT_DATA_SOURCE"] = SortedDataSource(ordered)  # as JasperReports does
            return iter(ordered)
        return iter(records)

    # --- sorting (§1.5) ----------------------------------------------------------------

    def _sorted(self, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        sort_fields = self.dataset.sort_fields
        columns: list[list[Any]] = []
        variable_values: dict[str, list[Any]] = {}
        if any(s.type is SortFieldType.VARIABLE for s in sort_fields):
            variable_values = self._variable_sort_values(records, [s.name for s in sort_fields if s.type is SortFieldType.VARIABLE])
        for s in sort_fields:
            if s.type is SortFieldType.VARIABLE:
                values = variable_values[s.name]
            else:
                if s.name not in self.F:
                    raise FillError(f"sort field {s.name!r} is not a field of the dataset", s.location)
                values = [r.get(s.name) for r in records]
            columns.append([_sort_key(v) for v in values])
        order = list(range(len(records)))
        # Stable sorts from the last key to the first; reverse=True keeps ties in order.
        for s, keys in zip(reversed(sort_fields), reversed(columns), strict=True):
            try:
                order.sort(key=keys.__getitem__, reverse=s.order is SortOrder.DESCENDING)
            except TypeError as exc:
                raise FillError(f"sort field {s.name!r}: values cannot be compared ({exc})", s.location) from None
        return [records[i] for i in order]

    def _variable_sort_values(self, records: list[dict[str, Any]], names: list[str]) -> dict[str, list[Any]]:
        """Values of the variables used as sort fields, computed over the unsorted records
        (JasperReports computes them in a first pass; filter and groups are applied as in
        a normal run, records rejected by the filter get null)."""
        for name in names:
            if name not in self._by_name:
                raise FillError(f"sort variable {name!r} is not a variable of the dataset", self.dataset.location)
        pre = DatasetFill(self.report, _unsorted(self.dataset), self.scope_name, self.params, self.env,
                          _Bound(records), self.context, self.main)  # type: ignore[arg-type]
        pre._filter = None
        out: dict[str, list[Any]] = {name: [] for name in names}
        first = True
        while pre.next():
            if first:
                pre.init_variables(_R)
                first = False
            else:
                pre.estimate_group_ruptures()
                pre.init_variables(_G)
            pre.calculate_variables()
            for name in names:
                out[name].append(pre.V[name])
        return out

    # --- scopes and evaluation ---------------------------------------------------------

    def scope(self, mode: Mode = Mode.DEFAULT) -> R.Scope:
        """The scope expressions are evaluated in for ``mode`` (the same object for the
        whole run)."""
        return self._scopes[mode]

    def evaluate(self, expression: Expression | None, mode: Mode = Mode.DEFAULT) -> Any:
        """The value of one of the dataset's expressions in ``mode`` (None for no
        expression); errors become :class:`FillError` naming the expression."""
        if expression is None:
            return None
        fn = self._compiled.get(id(expression))  # (self.compiled, inline: once per value)
        if fn is None:
            fn = self._compiled[id(expression)] = self._compile(expression)
        try:
            return fn(self._scopes[mode])
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of template code
            return self.failed(expression, exc)

    def compiled(self, expression: Expression) -> Any:
        """The function :meth:`evaluate` calls for ``expression`` with a :meth:`scope`
        (for callers evaluating it again and again; a failure goes to :meth:`failed`)."""
        fn = self._compiled.get(id(expression))
        if fn is None:
            fn = self._compiled[id(expression)] = self._compile(expression)
        return fn

    def failed(self, expression: Expression | None, exc: Exception, what: str | None = None) -> Any:
        """What evaluating ``expression`` gives when it raised ``exc`` (not a
        :class:`JrxmlpyError`): None for an ignored null pointer, else a
        :class:`FillError` naming the expression (and ``what`` it is) is raised."""
        if R.npe_ignored(exc, self.ignore_npe):
            return None
        raise expression_error(expression, exc, what) from exc

    def variable(self, name: str) -> VarState:
        return self._by_name[name]

    def value(self, name: str, mode: Mode = Mode.DEFAULT) -> Any:
        """A variable's value in ``mode``."""
        return self._scopes[mode].V[name]

    # --- records (§1.4) ----------------------------------------------------------------

    def next(self) -> bool:
        """Read the next record that passes the filter (fields and variables shift to
        OLD); False at the end of the data or when ``REPORT_MAX_COUNT`` records were read."""
        records = self._records
        if records is None:
            records = self._records = self._open()
        F, F_old, F_prev = self.F, self.F_old, self._F_prev
        V, V_old, V_prev = self.V, self.V_old, self._V_prev
        filt = self._filter
        while True:
            if self.max_count is not None and self.record_count >= self.max_count:
                return False
            record = next(records, None)
            if record is None:
                return False
            # The values before the previous record are kept too: a rejected record and
            # revert_to_old_and_recalculate put them back.
            F_prev.update(F_old)
            F_old.update(F)
            F.update(record)
            V_prev.update(V_old)
            V_old.update(V)
            if filt is None:
                self.record_count += 1
                return True
            self.estimate_variables()
            try:
                keep = filt(self._scopes[Mode.ESTIMATED])
            except JrxmlpyError:
                raise
            except Exception as exc:  # noqa: BLE001
                if not R.npe_ignored(exc, self.ignore_npe):
                    raise expression_error(self.dataset.filter_expression, exc, "filter expression") from exc
                keep = None
            if keep is True:
                self.record_count += 1
                return True
            F.update(F_old)
            F_old.update(F_prev)
            V_old.update(V_prev)  # (V itself was only estimated, not changed)

    # --- groups (§2.3) -----------------------------------------------------------------

    def _group_changed(self, group: GroupState) -> bool:
        bare = group.bare
        if bare is not None:
            old, new = bare[0][bare[2]], bare[1][bare[2]]
        else:
            old, new = self._group_values(group)
        if old is None:
            return new is not None
        if new is None:
            return True
        if old is new:
            return False
        if type(old) is str and type(new) is str:  # (String.equals, the common case)
            return old != new
        return not R.java_equals(old, new)

    def _group_values(self, group: GroupState) -> tuple[Any, Any]:
        """The group expression's values on the OLD and the ESTIMATED record."""
        fn = group.evaluate
        if fn is None:
            return None, None
        try:
            old = fn(self._old_scope)
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of template code
            old = self.failed(group.expression, exc, f"expression of group {group.name!r}")
        try:
            new = fn(self._estimated_scope)
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001
            new = self.failed(group.expression, exc, f"expression of group {group.name!r}")
        return old, new

    def estimate_group_ruptures(self) -> bool:
        """Decide which groups change with the record just read (§2.3): sets
        ``has_changed`` and ``top_level_change`` of every :class:`GroupState`; returns
        whether any changed."""
        groups = self.groups
        if not groups:
            return False
        estimate = self._groups_read_variables
        if estimate:
            self.estimate_variables(self._group_estimates)
        for group in reversed(groups):
            group.has_changed = self._group_changed(group)
        V = self.V
        incremented = False
        for var in self._group_inc_vars:
            if groups[var.increment_group].has_changed:  # type: ignore[index]
                incremented = True
                var.inc = V[var.name]
                if var.distinct is not None and var.last is not None:
                    var.distinct.add(var.last)
        # the estimates change only when a variable was incremented just now: else the
        # second pass would find the same values and the same group changes
        estimate = estimate and incremented
        if estimate:
            self.estimate_variables(self._group_estimates)
        changed = False
        for group in groups:
            if changed:
                group.has_changed = True
                group.top_level_change = False
                continue
            if estimate:
                group.has_changed = self._group_changed(group)
            changed = group.top_level_change = group.has_changed
        return changed

    def changed_groups(self) -> list[GroupState]:
        """The groups that changed with the current record, outer to inner."""
        return [g for g in self.groups if g.has_changed]

    # --- variables (§2.4, §2.5) --------------------------------------------------------

    def init_variables(self, event: ResetType) -> None:
        """An initialisation event (§2.4): REPORT (start), PAGE (a page break: Page and
        Column variables), COLUMN (a column break) or GROUP (the groups whose
        ``has_changed`` is set).  First the increment step, then the reset step, per
        variable in list order; reset values are evaluated in DEFAULT mode.

        A page or column event also prepares :meth:`revert_to_old_and_recalculate` (as
        JasperReports 6.20 does outside its legacy band evaluation): a variable
        incremented there recalculates from its value at the break, and a variable reset
        there has its initial value as OLD value and recalculates from scratch."""
        if event is ResetType.MASTER:
            event = _R
        V, V_old = self.V, self.V_old
        groups = self.groups
        scope = self._scopes[Mode.DEFAULT]
        page_or_column = event is _P or event is _C
        for var in self.variables:
            it = var.increment_type
            if it is _IN or event is _R:
                hit = True
            elif event is _P:
                hit = it is _IP or it is _IC
            elif event is _C:
                hit = it is _IC
            else:
                hit = it is _IG and groups[var.increment_group].has_changed  # type: ignore[index]
            if hit:
                var.inc = V[var.name]
                if page_or_column and it is not _IN:
                    var.prev_inc = var.inc
                if var.distinct is not None and var.last is not None:
                    var.distinct.add(var.last)
            rt = var.reset_type
            if rt is _N:
                value = self._eval_var(var, var.evaluate, var.expression, scope)
                V[var.name] = value
                var.inc = value
                continue
            if event is _R:
                hit = True
            elif event is _P:
                hit = rt is _P or rt is _C
            elif event is _C:
                hit = rt is _C
            else:
                hit = rt is _G and groups[var.reset_group].has_changed  # type: ignore[index]
            if hit:
                if var.evaluate_initial is not None:
                    V[var.name] = self._eval_var(var, var.evaluate_initial, var.initial_expression, scope)
                else:
                    V[var.name] = var.initial_constant
                var.initialized = True
                var.inc = None
                if page_or_column:
                    V_old[var.name] = V[var.name]
                    var.prev_inc = None
                if var.distinct is not None:
                    var.distinct = set()
                    var.last = None
                    var.added = False

    def _eval_var(self, var: VarState, fn: Callable[[R.Scope], Any] | None, expression: Any, scope: R.Scope) -> Any:
        if fn is None:
            return None
        return self._run(fn, scope, expression, f"variable {var.name!r}")

    def _run(self, fn: Callable[[R.Scope], Any], scope: R.Scope, expression: Any, what: str) -> Any:
        """``fn(scope)``; a failure is a FillError naming the expression (an ignored
        NullPointerException is null)."""
        try:
            return fn(scope)
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of template code
            return self.failed(expression, exc, what)

    def calculate_variables(self) -> None:
        """Commit the current record into every variable (§2.5), in list order."""
        V = self.V
        scope = self._scopes[Mode.DEFAULT]
        last_fn: Any = None
        x: Any = None
        for var in self._calc_vars:
            fn = var.evaluate
            if fn is None:
                x = None
            elif fn is not last_fn:  # helpers share their variable's expression
                try:
                    x = fn(scope)
                except JrxmlpyError:
                    raise
                except Exception as exc:  # noqa: BLE001 - any failure of template code
                    if not R.npe_ignored(exc, self.ignore_npe):
                        raise expression_error(var.expression, exc, f"variable {var.name!r}") from exc
                    x = None
            last_fn = fn
            value = var.commit(var, x, V)
            V[var.name] = value
            var.initialized = False
            var.prev_inc = var.inc
            if var.inc_none:
                var.inc = value
                distinct = var.distinct
                if distinct is not None:
                    last = var.last
                    var.added = last is not None and last not in distinct
                    if var.added:
                        distinct.add(last)

    def estimate_variables(self, plan: list[tuple[Any, ...]] | None = None) -> None:
        """Compute the ESTIMATED values for the current record without committing (of
        the variables of ``plan``, a part of the whole plan: see _estimates_reading)."""
        V, E = self.V, self.V_est
        scope = self._estimated_scope
        for name in self._system_names:
            E[name] = V[name]
        last_fn: Any = None
        x: Any = None
        for var, name, fn, estimate in self._estimates if plan is None else plan:
            if fn is None:
                x = None
            elif fn is not last_fn:
                try:
                    x = fn(scope)
                except JrxmlpyError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    if not R.npe_ignored(exc, self.ignore_npe):
                        raise expression_error(var.expression, exc, f"variable {var.name!r}") from exc
                    x = None
            last_fn = fn
            E[name] = estimate(var, x, E)

    def revert_to_old_and_recalculate(self) -> None:
        """Calculate the current record again after a page/column break moved its first
        detail band (§1.3, JasperReports' non-legacy band evaluation): the values go back
        to OLD (OLD to the values before the previous record), each variable starts again
        from the value it was incremented from (or from its value at the break, see
        :meth:`init_variables`), and the record is committed again."""
        self.V.update(self.V_old)
        self.V_old.update(self._V_prev)
        for var in self._calc_vars:
            var.inc = var.prev_inc
            if var.distinct is not None and var.added:
                var.distinct.discard(var.last)
                var.added = False
        self.calculate_variables()

    def set_system(self, name: str, value: Any, also_old: bool = True) -> None:
        """Set a variable the filler computes (``PAGE_NUMBER``, ``COLUMN_NUMBER``, return
        values): its value, its estimated value and, with ``also_old``, its OLD value."""
        self.V[name] = value
        self.V_est[name] = value
        if also_old:
            self.V_old[name] = value


#: A group expression that is one field or variable reference.
_BARE_REFERENCE = re.compile(r"\s*\$([FV])\{([^{}]*)\}\s*")


def _unsorted(dataset: D.Dataset) -> D.Dataset:
    import dataclasses

    return dataclasses.replace(dataset, sort_fields=[])


# --- String collation ----------------------------------------------------------------------

#: Characters a Java collator ignores at the primary level (they only make a secondary
#: difference): white space and hyphens/dashes, as in the JDK's default rules.
_SECONDARY = frozenset(" \t\n\r\f\u000b\u00a0-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
                       "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u3000")


def collation_key(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[int, ...], tuple[int, ...]]:
    """A sort key approximating ``java.text.Collator.getInstance(en_US)`` (tertiary
    strength): letters compare by base letter first (accents second, case third, lower
    before upper), white space and hyphens only at the secondary level, ``_`` and other
    punctuation before digits before letters.  Verified on the oracle's order of
    ``"", "_y", "10", "9", "a", "ä", "aa", "ab", "Ab", "a b", "b", "B", "e", "É", "-x", "Z"``.
    Locale tailorings (Swedish ``ä`` after ``z``...) are not modelled."""
    primary: list[tuple[int, int]] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for ch in unicodedata.normalize("NFD", text):
        if ch in _SECONDARY:
            secondary.append(ord(ch) + 1)
            continue
        category = unicodedata.category(ch)
        if category in ("Mn", "Me"):
            secondary.append(ord(ch) + 1)
            continue
        if category in ("Cc", "Cf"):
            continue
        lower = ch.lower() if len(ch.lower()) == 1 else ch
        if ch == "_":
            group = 0
        elif category[0] == "N":
            group = 2
        elif category[0] == "L":
            group = 3
        else:
            group = 1
        primary.append((group, ord(lower)))
        secondary.append(0)
        tertiary.append(0 if ch == lower else 1)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def _sort_key(value: Any) -> tuple[Any, ...]:
    """Nulls first; Strings by :func:`collation_key`; others by their natural order."""
    if value is None:
        return (0,)
    if isinstance(value, str):
        return (1, collation_key(value))
    return (1, value)
