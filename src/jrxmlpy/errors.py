"""The one exception tree of jrxmlpy.

Every error a user can cause carries a :class:`Location` (file, line, column and the
JRXML element it concerns) so that its message says where the problem is.  Errors are
never raised from deep inside with a bare Python traceback: the loader, the expression
compiler and the filler catch what goes wrong and wrap it in one of these.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """Where something is in a template: file (or ``<string>``), line, column, element."""

    source: str | None = None
    line: int | None = None
    column: int | None = None
    element: str | None = None

    def __str__(self) -> str:
        out = self.source or "<template>"
        if self.line is not None:
            out += f":{self.line}"
            if self.column is not None:
                out += f":{self.column}"
        if self.element:
            out += f" <{self.element}>"
        return out

    def with_element(self, element: str | None) -> Location:
        return Location(self.source, self.line, self.column, element)


class JrxmlpyError(Exception):
    """Base of every error jrxmlpy raises on purpose."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is None:
            return self.message
        return f"{self.location}: {self.message}"


class TemplateError(JrxmlpyError):
    """A template (JRXML, style template, subreport) is wrong or cannot be read."""


class TemplateSyntaxError(TemplateError):
    """The file is not well-formed XML, or is not a JRXML document."""


class UnsafeTemplateError(TemplateError):
    """The template uses an XML feature that is refused: entities, external DTDs, XInclude."""


class TemplateStructureError(TemplateError):
    """Well-formed XML whose structure or attribute values are not valid JRXML."""


class ExpressionError(TemplateError):
    """An expression cannot be parsed or compiled.

    ``expression`` is the expression's text and ``offset`` the position inside it of the
    problem (0-based), when known.
    """

    def __init__(
        self,
        message: str,
        location: Location | None = None,
        expression: str | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message, location)
        self.expression = expression
        self.offset = offset

    def __str__(self) -> str:
        text = super().__str__()
        if self.expression is not None:
            shown = " ".join(self.expression.split())
            if len(shown) > 120:
                shown = shown[:117] + "..."
            text += f" in expression {{{shown}}}"
            if self.offset is not None:
                text += f" at offset {self.offset}"
        return text


class ExpressionSyntaxError(ExpressionError):
    """The expression text is not valid Java/Groovy syntax (as far as JRXML uses it)."""


class ForbiddenExpressionError(ExpressionError):
    """The expression calls something outside the allowlist of the Java runtime.

    ``name`` is the class, method or field that was refused.
    """

    def __init__(self, message: str, name: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(message, **kwargs)
        self.name = name


class UnknownClassError(ForbiddenExpressionError):
    """The expression names a class that jrxmlpy does not provide (a custom class, a
    scriptlet).  Register a stand-in with :func:`jrxmlpy.register_class`."""


class UnsupportedFeatureError(TemplateError):
    """The template uses a feature jrxmlpy does not implement (named in ``feature``)."""

    def __init__(self, message: str, feature: str, location: Location | None = None) -> None:
        super().__init__(message, location)
        self.feature = feature


class ResourceError(TemplateError):
    """A resource (subreport, style template, image, bundle, data adapter) is missing or
    is outside the folders the caller allowed."""


class TemplateErrors(TemplateError):
    """Several problems found in one template; ``problems`` lists each of them."""

    def __init__(self, problems: Sequence[TemplateError]) -> None:
        self.problems: list[TemplateError] = list(problems)
        first = self.problems[0]
        count = len(self.problems)
        summary = f"{count} problems" if count > 1 else "1 problem"
        super().__init__(
            f"{summary}; first: {first.message}" if count > 1 else first.message,
            first.location,
        )

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)

    @staticmethod
    def raise_if_any(problems: Iterable[TemplateError]) -> None:
        found = list(problems)
        if len(found) == 1:
            raise found[0]
        if found:
            raise TemplateErrors(found)


class DataError(JrxmlpyError):
    """A data source cannot be read, or a value cannot be converted to a field's class."""


class FillError(JrxmlpyError):
    """Filling the report failed (an expression raised, pagination cannot progress, ...)."""


class ExportError(JrxmlpyError):
    """An exporter cannot write the document."""


class OutputOptionError(ExportError):
    """An output option (paper size, orientation, resize, fit area, alignment, DPI, zoom,
    a composition part) has a bad value: ``option`` names the option, ``value`` is the
    value as given."""

    def __init__(self, message: str, option: str, value: object) -> None:
        super().__init__(message)
        self.option = option
        self.value = value


class DataSourceNotFoundError(DataError):
    """A data file (JSON, XML, CSV, data adapter) named by a template, a parameter or a
    data adapter cannot be found; ``name`` is the name as written."""

    def __init__(self, message: str, name: str, location: Location | None = None) -> None:
        super().__init__(message, location)
        self.name = name


class DatabaseError(DataError):
    """A database refused a query or a connection, or a query ran out of time or was
    cancelled.  ``query`` is the SQL text sent (placeholders, not values), when there was
    one; ``database_message`` what the database (driver) said."""

    def __init__(self, message: str, location: Location | None = None, *, query: str | None = None,
                 database_message: str | None = None) -> None:
        super().__init__(message, location)
        self.query = query
        self.database_message = database_message


class QueryTimeoutError(DatabaseError):
    """A query ran longer than its time limit (and was cancelled)."""


class QueryCancelledError(DatabaseError):
    """A query was cancelled (``SqlConnection.cancel()``)."""


class FieldValueError(DataError):
    """A value of the data cannot be converted to its field's class.  ``field`` is the field
    name, ``record`` the 1-based record number and ``value`` the offending raw value."""

    def __init__(self, message: str, field: str, record: int | None, value: object) -> None:
        super().__init__(message)
        self.field = field
        self.record = record
        self.value = value


class PrintFormatError(JrxmlpyError):
    """A print file (``.jrpxml``, JasperReports' XML print format) cannot be read: not
    well-formed, refused XML features, or elements/values the format does not allow."""
