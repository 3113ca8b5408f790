"""Reading JRXML 6.x ``<crosstab>`` elements.

Problems are recorded in the context, never raised.
"""

from __future__ import annotations

from lxml import etree

from ..design.crosstabs import (
    CellContents,
    CrosstabBucket,
    CrosstabCell,
    CrosstabColumnGroup,
    CrosstabDataset,
    CrosstabElement,
    CrosstabGroup,
    CrosstabMeasure,
    CrosstabParameter,
    CrosstabRowGroup,
    CrosstabTitleCell,
)
from ..design.enums import (
    BucketOrder,
    Calculation,
    CrosstabColumnPosition,
    CrosstabHorizontalPosition,
    CrosstabPercentage,
    CrosstabRowPosition,
    CrosstabTotalPosition,
    Mode,
    RunDirection,
)
from ..errors import TemplateStructureError
from .charts import read_element_dataset, unexpected
from .context import ReadContext
from .reader import read_box, read_elements, read_properties, read_report_element
from .xmlsource import local_name

Xml = etree._Element

__all__ = [
    "read_crosstab",
    "read_cell_contents",
    "read_crosstab_parameter",
    "read_crosstab_dataset",
    "read_bucket",
    "read_row_group",
    "read_column_group",
    "read_measure",
    "read_crosstab_cell",
    "read_title_cell",
]


def _required_int(ctx: ReadContext, el: Xml, name: str) -> int:
    if el.get(name) is None:
        ctx.problem(el, f"attribute {name} is required")
        return 0
    return ctx.attr_int(el, name, 0) or 0


def read_cell_contents(ctx: ReadContext, el: Xml) -> CellContents:
    """``<cellContents>``: background, mode, style, box, properties and elements."""
    contents = CellContents(
        location=ctx.location(el),
        backcolor=ctx.attr_color(el, "backcolor"),
        mode=ctx.attr_enum(el, "mode", Mode),
        style=ctx.attr_str(el, "style"),
        properties=read_properties(ctx, el),
        elements=read_elements(ctx, el),
    )
    box = ctx.child(el, "box")
    if box is not None:
        contents.box = read_box(ctx, box)
    return contents


def _wrapped_contents(ctx: ReadContext, el: Xml, required: bool = False) -> CellContents | None:
    """The ``<cellContents>`` inside a header / when-no-data cell wrapper."""
    contents = None
    for child in ctx.children(el):
        if local_name(child) == "cellContents" and contents is None:
            contents = read_cell_contents(ctx, child)
        else:
            unexpected(ctx, el, child)
    if contents is None and required:
        ctx.problem(el, f"<{local_name(el)}> has no <cellContents>")
    return contents


def read_crosstab_parameter(ctx: ReadContext, el: Xml) -> CrosstabParameter:
    parameter = CrosstabParameter(
        location=ctx.location(el),
        name=ctx.required(el, "name"),
        value_class=ctx.attr_str(el, "class", "java.lang.String") or "java.lang.String",
    )
    for child in ctx.children(el):
        if local_name(child) == "parameterValueExpression":
            parameter.value_expression = ctx.expression(child)
        else:
            unexpected(ctx, el, child)
    return parameter


def read_crosstab_dataset(ctx: ReadContext, el: Xml) -> CrosstabDataset:
    dataset = CrosstabDataset(
        location=ctx.location(el),
        data_pre_sorted=ctx.attr_bool(el, "isDataPreSorted", False) or False,
    )
    for child in ctx.children(el):
        if local_name(child) == "dataset":
            read_element_dataset(ctx, child, dataset)
        else:
            unexpected(ctx, el, child)
    return dataset


def read_bucket(ctx: ReadContext, el: Xml) -> CrosstabBucket:
    """``<bucket>``: class, order and the bucket / order-by / comparator expressions."""
    bucket = CrosstabBucket(
        value_class=ctx.attr_str(el, "class", "java.lang.String") or "java.lang.String",
        order=ctx.attr_enum(el, "order", BucketOrder, BucketOrder.ASCENDING) or BucketOrder.ASCENDING,
    )
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "bucketExpression":
            bucket.expression = ctx.expression(child)
            # older templates give the class on the expression only
            if el.get("class") is None and child.get("class"):
                bucket.value_class = child.get("class") or bucket.value_class
        elif tag == "orderByExpression":
            bucket.order_by_expression = ctx.expression(child)
        elif tag == "comparatorExpression":
            bucket.comparator_expression = ctx.expression(child)
        else:
            unexpected(ctx, el, child)
    if bucket.expression is None:
        ctx.problem(el, "<bucket> has no <bucketExpression>")
    return bucket


def _group_common(ctx: ReadContext, el: Xml, group: CrosstabGroup) -> None:
    group.total_position = (
        ctx.attr_enum(el, "totalPosition", CrosstabTotalPosition, CrosstabTotalPosition.NONE)
        or CrosstabTotalPosition.NONE
    )
    group.merge_header_cells = ctx.attr_bool(el, "mergeHeaderCells")


def read_row_group(ctx: ReadContext, el: Xml) -> CrosstabRowGroup:
    group = CrosstabRowGroup(location=ctx.location(el), name=ctx.required(el, "name"))
    _group_common(ctx, el, group)
    group.width = _required_int(ctx, el, "width")
    group.header_position = (
        ctx.attr_enum(el, "headerPosition", CrosstabRowPosition, CrosstabRowPosition.TOP) or CrosstabRowPosition.TOP
    )
    bucket = None
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "bucket":
            bucket = group.bucket = read_bucket(ctx, child)
        elif tag == "crosstabRowHeader":
            group.header = _wrapped_contents(ctx, child)
        elif tag == "crosstabTotalRowHeader":
            group.total_header = _wrapped_contents(ctx, child)
        else:
            unexpected(ctx, el, child)
    if bucket is None:
        ctx.problem(el, "<rowGroup> has no <bucket>")
    return group


def read_column_group(ctx: ReadContext, el: Xml) -> CrosstabColumnGroup:
    group = CrosstabColumnGroup(location=ctx.location(el), name=ctx.required(el, "name"))
    _group_common(ctx, el, group)
    group.height = _required_int(ctx, el, "height")
    group.header_position = (
        ctx.attr_enum(el, "headerPosition", CrosstabColumnPosition, CrosstabColumnPosition.LEFT)
        or CrosstabColumnPosition.LEFT
    )
    bucket = None
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "bucket":
            bucket = group.bucket = read_bucket(ctx, child)
        elif tag == "crosstabHeader":
            group.crosstab_header = _wrapped_contents(ctx, child, required=True)
        elif tag == "crosstabColumnHeader":
            group.header = _wrapped_contents(ctx, child)
        elif tag == "crosstabTotalColumnHeader":
            group.total_header = _wrapped_contents(ctx, child)
        else:
            unexpected(ctx, el, child)
    if bucket is None:
        ctx.problem(el, "<columnGroup> has no <bucket>")
    return group


def read_measure(ctx: ReadContext, el: Xml) -> CrosstabMeasure:
    measure = CrosstabMeasure(
        location=ctx.location(el),
        name=ctx.required(el, "name"),
        value_class=ctx.attr_str(el, "class"),
        calculation=ctx.attr_enum(el, "calculation", Calculation, Calculation.NOTHING) or Calculation.NOTHING,
        incrementer_factory_class=ctx.attr_str(el, "incrementerFactoryClass"),
        percentage_of=ctx.attr_enum(el, "percentageOf", CrosstabPercentage, CrosstabPercentage.NONE)
        or CrosstabPercentage.NONE,
        percentage_calculator_class=ctx.attr_str(el, "percentageCalculatorClass"),
    )
    if measure.calculation is Calculation.SYSTEM:
        ctx.problem(el, 'calculation="System" is not allowed for a crosstab measure')
    for child in ctx.children(el):
        if local_name(child) == "measureExpression":
            measure.expression = ctx.expression(child)
            if measure.value_class is None and child.get("class"):
                measure.value_class = child.get("class")
        else:
            unexpected(ctx, el, child)
    return measure


def read_crosstab_cell(ctx: ReadContext, el: Xml) -> CrosstabCell:
    cell = CrosstabCell(
        location=ctx.location(el),
        width=ctx.attr_int(el, "width"),
        height=ctx.attr_int(el, "height"),
        row_total_group=ctx.attr_str(el, "rowTotalGroup"),
        column_total_group=ctx.attr_str(el, "columnTotalGroup"),
    )
    cell.contents = _wrapped_contents(ctx, el)
    return cell


def read_title_cell(ctx: ReadContext, el: Xml) -> CrosstabTitleCell:
    """``<titleCell height= contentsPosition=>``."""
    cell = CrosstabTitleCell(
        height=_required_int(ctx, el, "height"),
        contents_position=ctx.attr_enum(el, "contentsPosition", CrosstabColumnPosition, CrosstabColumnPosition.LEFT)
        or CrosstabColumnPosition.LEFT,
    )
    contents = _wrapped_contents(ctx, el, required=True)
    if contents is not None:
        cell.contents = contents
    return cell


def read_crosstab(ctx: ReadContext, el: Xml) -> CrosstabElement:
    """``<crosstab>``."""
    crosstab = CrosstabElement(location=ctx.location(el))
    crosstab.repeat_column_headers = ctx.attr_bool(el, "isRepeatColumnHeaders", True) is not False
    crosstab.repeat_row_headers = ctx.attr_bool(el, "isRepeatRowHeaders", True) is not False
    offset = ctx.attr_int(el, "columnBreakOffset")
    crosstab.column_break_offset = 10 if offset is None else offset
    crosstab.run_direction = ctx.attr_enum(el, "runDirection", RunDirection, RunDirection.LTR) or RunDirection.LTR
    crosstab.ignore_width = ctx.attr_bool(el, "ignoreWidth")
    crosstab.horizontal_position = ctx.attr_enum(el, "horizontalPosition", CrosstabHorizontalPosition)
    has_report_element = False
    for child in ctx.children(el):
        tag = local_name(child)
        if tag == "reportElement":
            read_report_element(ctx, child, crosstab)
            has_report_element = True
        elif tag == "box":
            crosstab.box = read_box(ctx, child)
        elif tag == "crosstabParameter":
            crosstab.parameters.append(read_crosstab_parameter(ctx, child))
        elif tag == "parametersMapExpression":
            crosstab.parameters_map_expression = ctx.expression(child)
        elif tag == "crosstabDataset":
            crosstab.dataset = read_crosstab_dataset(ctx, child)
        elif tag == "titleCell":
            crosstab.title_cell = read_title_cell(ctx, child)
        elif tag == "crosstabHeaderCell":
            crosstab.header_cell = _wrapped_contents(ctx, child, required=True)
        elif tag == "rowGroup":
            crosstab.row_groups.append(read_row_group(ctx, child))
        elif tag == "columnGroup":
            crosstab.column_groups.append(read_column_group(ctx, child))
        elif tag == "measure":
            crosstab.measures.append(read_measure(ctx, child))
        elif tag == "crosstabCell":
            crosstab.cells.append(read_crosstab_cell(ctx, child))
        elif tag == "whenNoDataCell":
            crosstab.when_no_data_cell = _wrapped_contents(ctx, child, required=True)
        else:
            unexpected(ctx, el, child)
    crosstab.location = ctx.location(el)
    if not has_report_element:
        ctx.problem(el, "<crosstab> has no <reportElement>")
    _check_names(ctx, el, crosstab)
    return crosstab


def _check_names(ctx: ReadContext, el: Xml, crosstab: CrosstabElement) -> None:
    """Group and measure names must be unique; total cells must name existing groups."""
    seen: set[str] = set()
    everything: list[CrosstabRowGroup | CrosstabColumnGroup | CrosstabMeasure] = [
        *crosstab.row_groups, *crosstab.column_groups, *crosstab.measures
    ]
    for named in everything:
        if named.name and named.name in seen:
            ctx.problems.append(
                TemplateStructureError(
                    f"the crosstab has more than one group or measure named {named.name!r}", named.location
                )
            )
        seen.add(named.name)
    groups = {
        "rowTotalGroup": {g.name for g in crosstab.row_groups},
        "columnTotalGroup": {g.name for g in crosstab.column_groups},
    }
    for cell in crosstab.cells:
        for attribute, name in (("rowTotalGroup", cell.row_total_group), ("columnTotalGroup", cell.column_total_group)):
            if name is not None and name not in groups[attribute]:
                ctx.problems.append(
                    TemplateStructureError(f"{attribute} {name!r} is not a group of the crosstab", cell.location)
                )
