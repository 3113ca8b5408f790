"""The parameter map of a dataset run (docs/filling.md §1.1 steps 1-2).

Checked against a JasperReports 6.20 print (``tests/fill/test_params.py``): defaults are
evaluated in declaration order and see only the parameters declared before; a key the
caller supplies is used as given, even when its value is null; a default that evaluates to
null is *not* written into the map (``$P{REPORT_PARAMETERS_MAP}.containsKey(name)`` is
false), and ``REPORT_PARAMETERS_MAP`` is the map itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..design import report as D
from ..errors import FillError, JrxmlpyError
from ..expressions import runtime as R
from ..expressions.javalib import util as U

if TYPE_CHECKING:
    from ..report import Report


class ParameterMap(dict):  # type: ignore[type-arg]
    """The parameter values of a dataset (JasperReports' ``REPORT_PARAMETERS_MAP``).

    Only parameters that have a value are keys, as in JasperReports; reading a declared
    parameter that has none (``$P{x}``, compiled as ``P["x"]``) gives null."""

    __slots__ = ()

    def __missing__(self, key: str) -> None:
        return None


class _Nulls(dict):  # type: ignore[type-arg]
    """Fields and variables as a default value expression sees them: all null."""

    __slots__ = ()

    def __missing__(self, key: str) -> None:
        return None


def resolve_parameters(
    report: Report,
    dataset: D.Dataset,
    scope_name: str,
    supplied: Mapping[str, Any],
    env: R.Env,
    *,
    builtins: Mapping[str, Any] = {},  # noqa: B006 - read only
) -> dict[str, Any]:
    """The complete parameter map of ``dataset`` (compiled in ``report`` under
    ``scope_name``): what the caller ``supplied`` (kept as given, a None value included),
    the built-in parameters (``REPORT_PARAMETERS_MAP`` = the map itself,
    ``REPORT_LOCALE`` / ``REPORT_TIME_ZONE`` from ``env`` unless supplied,
    ``REPORT_RESOURCE_BUNDLE`` when the dataset's bundle exists, and ``builtins`` for the
    names the caller did not supply, e.g. ``REPORT_DATA_SOURCE``), then the default
    values of the declared parameters nobody supplied, in declaration order.

    Raises :class:`FillError` naming the expression when a default value fails."""
    params = ParameterMap(supplied)
    params["REPORT_PARAMETERS_MAP"] = params
    if "REPORT_LOCALE" not in params:
        params["REPORT_LOCALE"] = U.Locale.parse(env.locale)
    if "REPORT_TIME_ZONE" not in params:
        params["REPORT_TIME_ZONE"] = U.as_time_zone(env.timezone)
    for name, value in builtins.items():
        if name not in params:
            params[name] = value
    if "REPORT_RESOURCE_BUNDLE" not in params and dataset.resource_bundle:
        bundle = report.resources.bundle(dataset.resource_bundle, env.locale)
        if bundle is not None:
            params["REPORT_RESOURCE_BUNDLE"] = bundle
    scope = R.Scope(_Nulls(), _Nulls(), params, env)
    own = dataset.properties.get(IGNORE_NPE)
    ignore_npe = env.ignore_npe if own is None else own.strip().lower() == "true"
    for parameter in dataset.parameters:
        name = parameter.name
        if name in supplied or name == "REPORT_PARAMETERS_MAP":
            continue
        expression = parameter.default_value_expression
        if expression is None:
            continue
        compiled = report.expression(expression, scope_name)
        try:
            value = compiled.evaluate(scope)
        except JrxmlpyError:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of template code
            if not R.npe_ignored(exc, ignore_npe):
                raise expression_error(expression, exc, f"default value of parameter {name!r}") from exc
            value = None
        if value is not None:
            params[name] = value
    return params


#: The property that makes a NullPointerException in an expression evaluate to null.
IGNORE_NPE = "net.sf.jasperreports.evaluator.ignore.npe"


def expression_error(expression: Any, exc: BaseException, what: str | None = None) -> FillError:
    """A FillError for an expression that raised: names the Java exception, the
    expression text and (as location) where it is in the template."""
    java = R.as_java_exception(exc)
    text = " ".join(str(getattr(expression, "text", expression)).split())
    if len(text) > 200:
        text = text[:197] + "..."
    where = f" ({what})" if what else ""
    return FillError(f"{java} evaluating expression {{{text}}}{where}", getattr(expression, "location", None))
