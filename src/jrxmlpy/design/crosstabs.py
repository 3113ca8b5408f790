"""Crosstabs: parameters, dataset, row and column groups with their buckets and header
cells, measures, and the data / total cells.

A crosstab's cells are :class:`CellContents`: a box of elements laid out like a frame,
whose size comes from the group or cell it belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Location
from .base import NOWHERE, Box, Color, Element, Expression
from .charts import ElementDataset
from .elements import Crosstab
from .enums import (
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


@dataclass(slots=True, kw_only=True)
class CrosstabParameter:
    """``<crosstabParameter>``: a value of the report passed into the crosstab."""

    location: Location = NOWHERE
    name: str
    value_class: str = "java.lang.String"
    value_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabDataset(ElementDataset):
    """``<crosstabDataset>``: the element dataset, and whether rows come pre-sorted."""

    data_pre_sorted: bool = False


@dataclass(slots=True, kw_only=True)
class CellContents:
    """``<cellContents>``: the elements of one crosstab cell and how its area is painted."""

    location: Location = NOWHERE
    backcolor: Color | None = None
    mode: Mode | None = None
    style: str | None = None
    box: Box = field(default_factory=Box)
    properties: dict[str, str] = field(default_factory=dict)
    elements: list[Element] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class CrosstabBucket:
    """``<bucket>``: the value a group groups by, its class and how its values sort."""

    value_class: str = "java.lang.String"
    order: BucketOrder = BucketOrder.ASCENDING
    expression: Expression | None = None
    comparator_expression: Expression | None = None
    order_by_expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabGroup:
    """What row and column groups share."""

    location: Location = NOWHERE
    name: str
    total_position: CrosstabTotalPosition = CrosstabTotalPosition.NONE
    merge_header_cells: bool | None = None
    bucket: CrosstabBucket = field(default_factory=CrosstabBucket)
    header: CellContents | None = None
    total_header: CellContents | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabRowGroup(CrosstabGroup):
    """``<rowGroup>``: ``header`` is ``crosstabRowHeader``, ``total_header``
    ``crosstabTotalRowHeader``."""

    width: int = 0
    header_position: CrosstabRowPosition = CrosstabRowPosition.TOP


@dataclass(slots=True, kw_only=True)
class CrosstabColumnGroup(CrosstabGroup):
    """``<columnGroup>``: ``header`` is ``crosstabColumnHeader``, ``total_header``
    ``crosstabTotalColumnHeader``; ``crosstab_header`` the cell above the row headers
    at this group's level (``crosstabHeader``)."""

    height: int = 0
    header_position: CrosstabColumnPosition = CrosstabColumnPosition.LEFT
    crosstab_header: CellContents | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabMeasure:
    """``<measure>``: a value computed per cell from the rows that fall into it."""

    location: Location = NOWHERE
    name: str
    value_class: str | None = None
    calculation: Calculation = Calculation.NOTHING
    incrementer_factory_class: str | None = None
    percentage_of: CrosstabPercentage = CrosstabPercentage.NONE
    percentage_calculator_class: str | None = None
    expression: Expression | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabCell:
    """``<crosstabCell>``: a data cell, or a total cell when it names total groups.

    ``width`` / ``height`` are None when the template leaves them to the groups."""

    location: Location = NOWHERE
    width: int | None = None
    height: int | None = None
    row_total_group: str | None = None
    column_total_group: str | None = None
    contents: CellContents | None = None


@dataclass(slots=True, kw_only=True)
class CrosstabTitleCell:
    """``<titleCell>``: a cell printed above the whole crosstab."""

    height: int = 0
    contents_position: CrosstabColumnPosition = CrosstabColumnPosition.LEFT
    contents: CellContents = field(default_factory=CellContents)


@dataclass(slots=True, kw_only=True)
class CrosstabElement(Crosstab):
    """``<crosstab>``."""

    box: Box = field(default_factory=Box)
    repeat_column_headers: bool = True
    repeat_row_headers: bool = True
    column_break_offset: int = 10
    run_direction: RunDirection = RunDirection.LTR
    #: None: decided by the ``net.sf.jasperreports.crosstab.ignore.width`` property.
    ignore_width: bool | None = None
    horizontal_position: CrosstabHorizontalPosition | None = None
    parameters: list[CrosstabParameter] = field(default_factory=list)
    parameters_map_expression: Expression | None = None
    dataset: CrosstabDataset = field(default_factory=CrosstabDataset)
    title_cell: CrosstabTitleCell | None = None
    header_cell: CellContents | None = None
    row_groups: list[CrosstabRowGroup] = field(default_factory=list)
    column_groups: list[CrosstabColumnGroup] = field(default_factory=list)
    measures: list[CrosstabMeasure] = field(default_factory=list)
    cells: list[CrosstabCell] = field(default_factory=list)
    when_no_data_cell: CellContents | None = None

    KIND = "crosstab"
