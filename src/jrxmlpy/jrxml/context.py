"""What every JRXML reader function shares: typed attribute access and problem collection.

A reader never stops at the first problem: it records it (with file, line and element)
in ``ReadContext.problems``, uses the schema default, and goes on, so that ``check``
reports every problem of a template at once.  The loader raises them together at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar, cast

from lxml import etree

from ..design.base import Color, Expression
from ..design.enums import XmlEnum
from ..errors import Location, TemplateError, TemplateStructureError
from .xmlsource import XmlDocument, local_name

E = TypeVar("E", bound=XmlEnum)

#: Java's named colours as JasperReports' JRColorUtil accepts them.
_NAMED_COLORS: dict[str, tuple[int, int, int]] = {
    "black": (0, 0, 0),
    "blue": (0, 0, 255),
    "cyan": (0, 255, 255),
    "darkgray": (64, 64, 64),
    "gray": (128, 128, 128),
    "green": (0, 255, 0),
    "lightgray": (192, 192, 192),
    "magenta": (255, 0, 255),
    "orange": (255, 200, 0),
    "pink": (255, 175, 175),
    "red": (255, 0, 0),
    "yellow": (255, 255, 0),
    "white": (255, 255, 255),
}


def parse_color(text: str) -> Color:
    """A JRXML colour: ``#RRGGBB`` (or ``#AARRGGBB``; other digit counts are one RGB
    number), a Java colour name, or a decimal RGB integer.  ValueError otherwise."""
    value = text.strip()
    if value.startswith("#"):
        digits = value[1:]
        try:
            n = int(digits, 16)
        except ValueError:
            raise ValueError(f"colour {text!r} is not #RRGGBB") from None
        if len(digits) == 8:  # #AARRGGBB
            return Color((n >> 16) & 255, (n >> 8) & 255, n & 255, (n >> 24) & 255)
        # JasperReports reads any other number of hex digits as one RGB number ("#ff00" is green).
        return Color((n >> 16) & 255, (n >> 8) & 255, n & 255)
    named = _NAMED_COLORS.get(value.lower())
    if named:
        return Color(*named)
    try:
        n = int(value)
    except ValueError:
        raise ValueError(f"{text!r} is not a colour (#RRGGBB, a colour name or a number)") from None
    return Color((n >> 16) & 255, (n >> 8) & 255, n & 255)


@dataclass(slots=True)
class ReadContext:
    """State of one template read: the document and the problems found so far."""

    document: XmlDocument
    problems: list[TemplateError] = field(default_factory=list)

    # --- locations and problems ------------------------------------------------------

    def location(self, element: etree._Element) -> Location:
        return self.document.location(element)

    def problem(self, element: etree._Element, message: str, error: type[TemplateError] = TemplateStructureError) -> None:
        self.problems.append(error(message, self.location(element)))

    # --- children -----------------------------------------------------------------------

    @staticmethod
    def children(element: etree._Element, name: str | None = None) -> Iterator[etree._Element]:
        """Child elements (comments skipped), optionally only those of local name ``name``."""
        for child in element:
            if not isinstance(child.tag, str):
                continue
            if name is None or local_name(child) == name:
                yield child

    @staticmethod
    def child(element: etree._Element, name: str) -> etree._Element | None:
        for child in element:
            if isinstance(child.tag, str) and local_name(child) == name:
                return child
        return None

    # --- text and expressions -----------------------------------------------------------

    @staticmethod
    def text(element: etree._Element | None) -> str | None:
        """The text content of an element (CDATA included), or None when absent."""
        if element is None:
            return None
        return "".join(cast("Iterator[str]", element.itertext()))

    def expression(self, element: etree._Element | None) -> Expression | None:
        """The expression held by ``element`` (None when the element is absent or blank,
        as JasperReports treats an empty expression as no expression)."""
        if element is None:
            return None
        text = self.text(element)
        if text is None or not text.strip():
            return None
        return Expression(text, self.location(element), element.get("class"))

    def child_expression(self, element: etree._Element, name: str) -> Expression | None:
        return self.expression(self.child(element, name))

    # --- typed attributes -------------------------------------------------------------
    # Each returns ``default`` when the attribute is absent, and records a problem (then
    # returns ``default``) when it is present but invalid.

    def attr_str(self, element: etree._Element, name: str, default: str | None = None) -> str | None:
        value = element.get(name)
        return default if value is None else value

    def attr_int(self, element: etree._Element, name: str, default: int | None = None) -> int | None:
        value = element.get(name)
        if value is None:
            return default
        try:
            return int(value.strip())
        except ValueError:
            try:  # JasperReports reads some integers leniently ("10.0" in 7.x files)
                number = float(value)
                if number.is_integer():
                    return int(number)
            except ValueError:
                pass
            self.problem(element, f"attribute {name}={value!r} is not an integer")
            return default

    def attr_float(self, element: etree._Element, name: str, default: float | None = None) -> float | None:
        value = element.get(name)
        if value is None:
            return default
        try:
            return float(value.strip())
        except ValueError:
            self.problem(element, f"attribute {name}={value!r} is not a number")
            return default

    def attr_bool(self, element: etree._Element, name: str, default: bool | None = None) -> bool | None:
        value = element.get(name)
        if value is None:
            return default
        folded = value.strip().lower()
        if folded == "true":
            return True
        if folded == "false":
            return False
        self.problem(element, f"attribute {name}={value!r} is not true or false")
        return default

    def attr_enum(self, element: etree._Element, name: str, enum: type[E], default: E | None = None) -> E | None:
        value = element.get(name)
        if value is None:
            return default
        try:
            return enum.parse(value)
        except ValueError as exc:
            self.problem(element, f"attribute {name}: {exc}")
            return default

    def attr_color(self, element: etree._Element, name: str) -> Color | None:
        value = element.get(name)
        if value is None or not value.strip():
            return None
        try:
            return parse_color(value)
        except ValueError as exc:
            self.problem(element, f"attribute {name}: {exc}")
            return None

    def attr_uuid(self, element: etree._Element, name: str = "uuid") -> str | None:
        """A UUID attribute in the canonical form JasperReports keeps (Java's
        ``UUID.fromString(...).toString()``: each group zero-padded, lower case).  A value
        that is no UUID is kept as written (JasperReports would refuse the template; an
        identifier nothing depends on is not worth refusing it for)."""
        value = element.get(name)
        if value is None:
            return None
        groups = value.strip().split("-")
        widths = (8, 4, 4, 4, 12)
        try:
            if len(groups) != 5 or not all(0 < len(g) <= w for g, w in zip(groups, widths, strict=True)):
                raise ValueError(value)
            return "-".join(format(int(g, 16), f"0{w}x") for g, w in zip(groups, widths, strict=True))
        except ValueError:
            return value

    def required(self, element: etree._Element, name: str) -> str:
        value = element.get(name)
        if value is None:
            self.problem(element, f"attribute {name} is required")
            return ""
        return value
