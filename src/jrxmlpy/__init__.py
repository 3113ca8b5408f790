"""jrxmlpy: render JasperReports JRXML templates in pure Python.

The pipeline, one module per stage: :mod:`jrxmlpy.jrxml` loads a template into the design
tree (:mod:`jrxmlpy.design`); :mod:`jrxmlpy.expressions` compiles its Java/Groovy
expressions; :func:`compile` does both and returns a :class:`Report`; :func:`render`
compiles, fills and exports in one call; :func:`compose` writes several reports into one
PDF.
"""

from __future__ import annotations

from .compose import Part, compose
from .errors import (
    ExpressionError,
    JrxmlpyError,
    TemplateError,
    TemplateErrors,
)
from .expressions.allowlist import register_class, register_function
from .render import render
from .report import Report, compile

__version__ = "0.1.0"

__all__ = [
    "compile",
    "Report",
    "render",
    "compose",
    "Part",
    "register_class",
    "register_function",
    "JrxmlpyError",
    "TemplateError",
    "TemplateErrors",
    "ExpressionError",
    "__version__",
]
