"""jrxmlpy: render JasperReports JRXML templates in pure Python."""

from __future__ import annotations

__version__ = "0.1.0"
