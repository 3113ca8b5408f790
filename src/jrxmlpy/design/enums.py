"""Every JRXML enumeration, declared once: its members with their XML spelling, and the
default the schema (``jasperreport.xsd``) gives when the attribute is absent.

``XmlEnum.parse`` reads the XML spelling (JasperReports accepts the spellings of older
versions too: ``aliases``).  ``Cls.DEFAULT`` is the schema default, or ``None`` where the
attribute has none (typically because a style supplies it).
"""

from __future__ import annotations

import enum
from typing import ClassVar, TypeVar

E = TypeVar("E", bound="XmlEnum")


class XmlEnum(enum.Enum):
    """An enumeration whose values are JRXML spellings."""

    DEFAULT: ClassVar["XmlEnum | None"]
    #: Other spellings JasperReports accepts for a member (lower-cased key -> member value).
    ALIASES: ClassVar[dict[str, str]]

    @classmethod
    def parse(cls: type[E], text: str) -> E:
        """The member spelled ``text`` (case-sensitive first, then case-insensitive, as
        JasperReports' own enum lookups are lenient about case); ValueError otherwise."""
        try:
            return cls(text)
        except ValueError:
            pass
        folded = text.strip().lower()
        for member in cls:
            if member.value.lower() == folded:
                return member
        aliases = getattr(cls, "ALIASES", None) or {}
        if folded in aliases:
            return cls(aliases[folded])
        raise ValueError(
            f"{text!r} is not one of {', '.join(m.value for m in cls)}"
        )

    @classmethod
    def spellings(cls) -> list[str]:
        return [m.value for m in cls]


def default(value: str | None):  # type: ignore[no-untyped-def]
    """Class decorator: record the schema default of an enum (by XML spelling)."""

    def apply(cls: type[E]) -> type[E]:
        type.__setattr__(cls, "DEFAULT", None if value is None else cls(value))
        return cls

    return apply


def aliases(**spellings: str):  # type: ignore[no-untyped-def]
    """Class decorator: other accepted spellings, ``old_spelling="NewSpelling"``."""

    def apply(cls: type[E]) -> type[E]:
        type.__setattr__(cls, "ALIASES", {k.lower(): v for k, v in spellings.items()})
        return cls

    return apply


# --- element layout -------------------------------------------------------------------


@default("FixRelativeToTop")
class PositionType(XmlEnum):
    FLOAT = "Float"
    FIX_RELATIVE_TO_TOP = "FixRelativeToTop"
    FIX_RELATIVE_TO_BOTTOM = "FixRelativeToBottom"


@default("NoStretch")
class StretchType(XmlEnum):
    NO_STRETCH = "NoStretch"
    RELATIVE_TO_TALLEST_OBJECT = "RelativeToTallestObject"
    RELATIVE_TO_BAND_HEIGHT = "RelativeToBandHeight"
    ELEMENT_GROUP_BOTTOM = "ElementGroupBottom"
    ELEMENT_GROUP_HEIGHT = "ElementGroupHeight"
    CONTAINER_BOTTOM = "ContainerBottom"
    CONTAINER_HEIGHT = "ContainerHeight"


@default(None)
class Mode(XmlEnum):
    OPAQUE = "Opaque"
    TRANSPARENT = "Transparent"


# --- pens, boxes, paragraphs ------------------------------------------------------------


@default(None)
class LineStyle(XmlEnum):
    SOLID = "Solid"
    DASHED = "Dashed"
    DOTTED = "Dotted"
    DOUBLE = "Double"


@default(None)
class LineSpacing(XmlEnum):
    SINGLE = "Single"
    ONE_AND_HALF = "1_1_2"
    DOUBLE = "Double"
    AT_LEAST = "AtLeast"
    FIXED = "Fixed"
    PROPORTIONAL = "Proportional"


@default("Left")
class TabStopAlignment(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"


# --- text ---------------------------------------------------------------------------------


@default(None)
@aliases(Justify="Justified")
class HorizontalTextAlign(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"
    JUSTIFIED = "Justified"


@default(None)
class VerticalTextAlign(XmlEnum):
    TOP = "Top"
    MIDDLE = "Middle"
    BOTTOM = "Bottom"
    JUSTIFIED = "Justified"


@default(None)
class HorizontalImageAlign(XmlEnum):
    LEFT = "Left"
    CENTER = "Center"
    RIGHT = "Right"


@default(None)
class VerticalImageAlign(XmlEnum):
    TOP = "Top"
    MIDDLE = "Middle"
    BOTTOM = "Bottom"


@default(None)
class Rotation(XmlEnum):
    NONE = "None"
    LEFT = "Left"
    RIGHT = "Right"
    UPSIDE_DOWN = "UpsideDown"


@default(None)
class RunDirection(XmlEnum):
    LTR = "LTR"
    RTL = "RTL"


@default("CutText")
class TextAdjust(XmlEnum):
    CUT_TEXT = "CutText"
    SCALE_FONT = "ScaleFont"
    STRETCH_HEIGHT = "StretchHeight"


@default("Now")
class EvaluationTime(XmlEnum):
    NOW = "Now"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"
    BAND = "Band"
    AUTO = "Auto"
    MASTER = "Master"


# --- graphics and images ----------------------------------------------------------------


@default("Solid")
class Fill(XmlEnum):
    SOLID = "Solid"


@default("TopDown")
class LineDirection(XmlEnum):
    TOP_DOWN = "TopDown"
    BOTTOM_UP = "BottomUp"


@default(None)
class ScaleImage(XmlEnum):
    CLIP = "Clip"
    FILL_FRAME = "FillFrame"
    RETAIN_SHAPE = "RetainShape"
    REAL_HEIGHT = "RealHeight"
    REAL_SIZE = "RealSize"


@default("Error")
class OnErrorType(XmlEnum):
    ERROR = "Error"
    BLANK = "Blank"
    ICON = "Icon"


@default("Page")
class BreakType(XmlEnum):
    PAGE = "Page"
    COLUMN = "Column"


# --- bands, groups and the report -------------------------------------------------------


@default("Stretch")
class SplitType(XmlEnum):
    STRETCH = "Stretch"
    PREVENT = "Prevent"
    IMMEDIATE = "Immediate"


@default("NoPages")
class WhenNoDataType(XmlEnum):
    NO_PAGES = "NoPages"
    BLANK_PAGE = "BlankPage"
    ALL_SECTIONS_NO_DETAIL = "AllSectionsNoDetail"
    NO_DATA_SECTION = "NoDataSection"


@default("Vertical")
class PrintOrder(XmlEnum):
    VERTICAL = "Vertical"
    HORIZONTAL = "Horizontal"


@default("Portrait")
class Orientation(XmlEnum):
    PORTRAIT = "Portrait"
    LANDSCAPE = "Landscape"


@default("Null")
class WhenResourceMissingType(XmlEnum):
    NULL = "Null"
    EMPTY = "Empty"
    KEY = "Key"
    ERROR = "Error"


@default("Normal")
class FooterPosition(XmlEnum):
    NORMAL = "Normal"
    STACK_AT_BOTTOM = "StackAtBottom"
    FORCE_AT_BOTTOM = "ForceAtBottom"
    COLLATE_AT_BOTTOM = "CollateAtBottom"


@default("Band")
class SectionType(XmlEnum):
    BAND = "Band"
    PART = "Part"


# --- variables, sorting -----------------------------------------------------------------


@default("Nothing")
class Calculation(XmlEnum):
    NOTHING = "Nothing"
    COUNT = "Count"
    DISTINCT_COUNT = "DistinctCount"
    SUM = "Sum"
    AVERAGE = "Average"
    LOWEST = "Lowest"
    HIGHEST = "Highest"
    STANDARD_DEVIATION = "StandardDeviation"
    VARIANCE = "Variance"
    SYSTEM = "System"
    FIRST = "First"


@default("Report")
class ResetType(XmlEnum):
    NONE = "None"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"
    MASTER = "Master"


@default("None")
class IncrementType(XmlEnum):
    NONE = "None"
    REPORT = "Report"
    PAGE = "Page"
    COLUMN = "Column"
    GROUP = "Group"


@default("Ascending")
class SortOrder(XmlEnum):
    ASCENDING = "Ascending"
    DESCENDING = "Descending"


@default("Field")
class SortFieldType(XmlEnum):
    FIELD = "Field"
    VARIABLE = "Variable"


@default("Self")
class HyperlinkTarget(XmlEnum):
    """The predefined targets; a custom target name is kept as text by the design tree."""

    SELF = "Self"
    BLANK = "Blank"
    PARENT = "Parent"
    TOP = "Top"


@default("None")
class HyperlinkType(XmlEnum):
    """The predefined link types; a custom type name is kept as text by the design tree."""

    NONE = "None"
    REFERENCE = "Reference"
    LOCAL_ANCHOR = "LocalAnchor"
    LOCAL_PAGE = "LocalPage"
    REMOTE_ANCHOR = "RemoteAnchor"
    REMOTE_PAGE = "RemotePage"
