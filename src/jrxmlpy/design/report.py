"""The report level of the design tree: the report, its datasets, parameters, fields,
variables, groups, bands and styles.

Names of groups, variables and styles that other parts refer to are kept as names; the
compile step resolves them.  Expressions stay text (:class:`Expression`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Location
from .base import (
    NOWHERE,
    Box,
    Color,
    Element,
    Expression,
    Font,
    Paragraph,
    Pen,
    PropertyExpression,
    TextAttributes,
)
from .elements import Component, ExpressionParameter, ReturnValue
from .enums import (
    Calculation,
    Fill,
    FooterPosition,
    HorizontalImageAlign,
    IncrementType,
    Mode,
    Orientation,
    ParameterEvaluationTime,
    PartEvaluationTime,
    PrintOrder,
    PropertyEvaluationTime,
    ResetType,
    RunDirection,
    ScaleImage,
    SectionType,
    SortFieldType,
    SortOrder,
    SplitType,
    VerticalImageAlign,
    WhenNoDataType,
    WhenResourceMissingType,
)

# --- styles -----------------------------------------------------------------------------------


@dataclass(slots=True)
class ConditionalStyle:
    """A style applied on top of its parent when ``condition`` is true."""

    condition: Expression | None
    style: Style


@dataclass(slots=True, kw_only=True)
class Style:
    """``<style>``: every attribute is None (or empty) when the style leaves it to its
    parent style (``parent``, a style name) or to the element."""

    name: str = ""
    parent: str | None = None
    is_default: bool = False
    mode: Mode | None = None
    forecolor: Color | None = None
    backcolor: Color | None = None
    pen: Pen = field(default_factory=Pen)
    fill: Fill | None = None
    radius: int | None = None
    scale_image: ScaleImage | None = None
    horizontal_image_alignment: HorizontalImageAlign | None = None
    vertical_image_alignment: VerticalImageAlign | None = None
    box: Box = field(default_factory=Box)
    font: Font = field(default_factory=Font)
    text: TextAttributes = field(default_factory=TextAttributes)
    paragraph: Paragraph = field(default_factory=Paragraph)
    pattern: str | None = None
    blank_when_null: bool | None = None
    conditional_styles: list[ConditionalStyle] = field(default_factory=list)
    location: Location = NOWHERE


@dataclass(slots=True)
class StyleTemplate:
    """A ``.jrtx`` file: the templates it includes (locations, as written) and its styles."""

    includes: list[str] = field(default_factory=list)
    styles: list[Style] = field(default_factory=list)
    location: Location = NOWHERE


@dataclass(slots=True)
class StyleTemplateRef:
    """``<template>`` of a report: an expression giving the location of a ``.jrtx``."""

    expression: Expression


@dataclass(slots=True)
class ReportFont:
    """``<reportFont>`` of very old templates: a named font that ``<font reportFont=...>``
    starts from."""

    name: str
    is_default: bool = False
    font: Font = field(default_factory=Font)
    location: Location = NOWHERE


# --- datasets ---------------------------------------------------------------------------------


@dataclass(slots=True)
class DatasetPropertyExpression:
    """``<propertyExpression>`` of a report or sub-dataset."""

    name: str
    expression: Expression
    evaluation_time: PropertyEvaluationTime | None = None


@dataclass(slots=True)
class Parameter:
    name: str
    value_class: str = "java.lang.String"
    nested_type: str | None = None
    for_prompting: bool = True
    evaluation_time: ParameterEvaluationTime | None = None
    description: str | None = None
    default_value_expression: Expression | None = None
    properties: dict[str, str] = field(default_factory=dict)
    location: Location = NOWHERE


@dataclass(slots=True)
class Field:
    name: str
    value_class: str = "java.lang.String"
    description: str | None = None
    properties: dict[str, str] = field(default_factory=dict)
    property_expressions: list[PropertyExpression] = field(default_factory=list)
    location: Location = NOWHERE


@dataclass(slots=True)
class SortField:
    name: str
    order: SortOrder = SortOrder.ASCENDING
    type: SortFieldType = SortFieldType.FIELD
    location: Location = NOWHERE


@dataclass(slots=True)
class Variable:
    name: str
    value_class: str = "java.lang.String"
    reset_type: ResetType = ResetType.REPORT
    reset_group: str | None = None
    increment_type: IncrementType = IncrementType.NONE
    increment_group: str | None = None
    calculation: Calculation = Calculation.NOTHING
    incrementer_factory_class: str | None = None
    description: str | None = None
    expression: Expression | None = None
    initial_value_expression: Expression | None = None
    location: Location = NOWHERE


@dataclass(slots=True)
class Query:
    text: str
    language: str = "sql"
    location: Location = NOWHERE


@dataclass(slots=True)
class Scriptlet:
    name: str
    class_name: str
    description: str | None = None
    properties: dict[str, str] = field(default_factory=dict)
    location: Location = NOWHERE


# --- bands, parts, groups -----------------------------------------------------------------------


@dataclass(slots=True)
class Band:
    height: int = 0
    #: None: the ``net.sf.jasperreports.band.split.type`` property decides (Stretch).
    split_type: SplitType | None = None
    print_when_expression: Expression | None = None
    elements: list[Element] = field(default_factory=list)
    return_values: list[ReturnValue] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    location: Location = NOWHERE


@dataclass(slots=True, kw_only=True)
class SubreportPart(Component):
    """``<p:subreportPart>``: the component of a part in a book (``sectionType="Part"``)."""

    expression: Expression | None = None
    using_cache: bool | None = None
    parameters_map_expression: Expression | None = None
    parameters: list[ExpressionParameter] = field(default_factory=list)
    return_values: list[ReturnValue] = field(default_factory=list)


@dataclass(slots=True)
class Part:
    """``<part>`` of a book report: a whole report output inserted as a section."""

    uuid: str | None = None
    evaluation_time: PartEvaluationTime = PartEvaluationTime.NOW
    evaluation_group: str | None = None
    print_when_expression: Expression | None = None
    name_expression: Expression | None = None
    component: Component | None = None
    properties: dict[str, str] = field(default_factory=dict)
    property_expressions: list[PropertyExpression] = field(default_factory=list)
    location: Location = NOWHERE


@dataclass(slots=True)
class Group:
    name: str
    expression: Expression | None = None
    start_new_column: bool = False
    start_new_page: bool = False
    reset_page_number: bool = False
    reprint_header_on_each_page: bool = False
    reprint_header_on_each_column: bool = False
    min_height_to_start_new_page: int = 0
    min_details_to_start_from_top: int = 0
    footer_position: FooterPosition = FooterPosition.NORMAL
    keep_together: bool = False
    prevent_orphan_footer: bool = False
    header: list[Band] = field(default_factory=list)
    footer: list[Band] = field(default_factory=list)
    header_parts: list[Part] = field(default_factory=list)
    footer_parts: list[Part] = field(default_factory=list)
    location: Location = NOWHERE


@dataclass(slots=True)
class Dataset:
    """The main dataset of a report or a ``<subDataset>``."""

    name: str
    uuid: str | None = None
    parameters: list[Parameter] = field(default_factory=list)
    query: Query | None = None
    fields: list[Field] = field(default_factory=list)
    sort_fields: list[SortField] = field(default_factory=list)
    variables: list[Variable] = field(default_factory=list)
    filter_expression: Expression | None = None
    groups: list[Group] = field(default_factory=list)
    scriptlets: list[Scriptlet] = field(default_factory=list)
    scriptlet_class: str | None = None
    resource_bundle: str | None = None
    when_resource_missing_type: WhenResourceMissingType = WhenResourceMissingType.NULL
    properties: dict[str, str] = field(default_factory=dict)
    property_expressions: list[DatasetPropertyExpression] = field(default_factory=list)
    location: Location = NOWHERE


# --- the report ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Report:
    """A whole ``<jasperReport>``.  Dataset-level settings of the report itself (scriptlet
    class, resource bundle, properties, parameters, groups...) live in ``main_dataset``."""

    name: str
    language: str = "java"
    column_count: int = 1
    print_order: PrintOrder = PrintOrder.VERTICAL
    column_direction: RunDirection = RunDirection.LTR
    page_width: int = 595
    page_height: int = 842
    orientation: Orientation = Orientation.PORTRAIT
    #: None: JasperReports' configured default (NoPages).
    when_no_data_type: WhenNoDataType | None = None
    section_type: SectionType = SectionType.BAND
    column_width: int = 555
    column_spacing: int = 0
    left_margin: int = 20
    right_margin: int = 20
    top_margin: int = 30
    bottom_margin: int = 30
    title_new_page: bool = False
    summary_new_page: bool = False
    summary_with_page_header_and_footer: bool = False
    float_column_footer: bool = False
    ignore_pagination: bool = False
    format_factory_class: str | None = None
    uuid: str | None = None
    imports: list[str] = field(default_factory=list)
    templates: list[StyleTemplateRef] = field(default_factory=list)
    report_fonts: list[ReportFont] = field(default_factory=list)
    styles: list[Style] = field(default_factory=list)
    main_dataset: Dataset = field(default_factory=lambda: Dataset(""))
    datasets: list[Dataset] = field(default_factory=list)
    background: Band | None = None
    title: Band | None = None
    page_header: Band | None = None
    column_header: Band | None = None
    detail: list[Band] = field(default_factory=list)
    detail_parts: list[Part] = field(default_factory=list)
    column_footer: Band | None = None
    page_footer: Band | None = None
    last_page_footer: Band | None = None
    summary: Band | None = None
    no_data: Band | None = None
    location: Location = NOWHERE

    # Shortcuts to the main dataset, for the attributes users look for on the report.

    @property
    def properties(self) -> dict[str, str]:
        return self.main_dataset.properties

    @property
    def parameters(self) -> list[Parameter]:
        return self.main_dataset.parameters

    @property
    def fields(self) -> list[Field]:
        return self.main_dataset.fields

    @property
    def variables(self) -> list[Variable]:
        return self.main_dataset.variables

    @property
    def groups(self) -> list[Group]:
        return self.main_dataset.groups

    @property
    def query(self) -> Query | None:
        return self.main_dataset.query

    @property
    def scriptlet_class(self) -> str | None:
        return self.main_dataset.scriptlet_class

    @property
    def resource_bundle(self) -> str | None:
        return self.main_dataset.resource_bundle

    @property
    def when_resource_missing_type(self) -> WhenResourceMissingType:
        return self.main_dataset.when_resource_missing_type

    def dataset(self, name: str) -> Dataset | None:
        """The sub-dataset called ``name`` (None when there is none)."""
        for dataset in self.datasets:
            if dataset.name == name:
                return dataset
        return None

    def style(self, name: str) -> Style | None:
        for style in self.styles:
            if style.name == name:
                return style
        return None
