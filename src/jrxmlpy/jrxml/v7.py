"""Translate a JasperReports 7.x JRXML document into the equivalent 6.x document.

JasperReports 7 writes templates in a new dialect: no namespace, ``<element kind="...">``
instead of one tag per element kind, ``reportElement``/``textElement``/``font``/
``graphicElement`` attributes flattened onto the element, ``<expression>`` children
instead of ``textFieldExpression``/``variableExpression``/..., single-band sections
written without their ``<band>``, ``<dataset>``/``<query>`` instead of
``<subDataset>``/``<queryString>``, charts as ``<element kind="chart" chartType=...>``
with generic ``<dataset kind=...>``/``<plot>`` children, crosstab cells without
``cellContents``, components as ``<component kind=...>``, and booleans without the
``is`` prefix.

:func:`to_v6` rewrites such a document into the 6.x dialect (in the JasperReports
namespace, components and parts in their own namespaces) so that one reader serves
both.  Every produced element carries the ``sourceline`` of the 7.x element it was made
from, so that later errors point into the 7.x file.

The translation is table driven: :data:`SPECS` declares, for each 7.x construct, the
6.x tag, the attribute renames, where each child goes and the 6.x child order; a few
small functions do the structural moves (flattened element attributes, sections,
charts, crosstab cells, components).  A 7.x construct that is not known is kept as it
is (moved into the JasperReports namespace, or for an ``<element>`` of an unknown kind
left as ``<element kind=...>``) so that the 6.x reader reports it; nothing is dropped
silently.  The only things left out are values the 6.x dialect has no place for because
they are derived from something else (the ``style`` a 7.x writer repeats on a ``<box>``
and on an ``iconLabel`` component: the style of the element that owns it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import cast

from lxml import etree

from .xmlsource import XmlDocument, attributes, local_name, namespace

JR_NS = "http://jasperreports.sourceforge.net/jasperreports"
COMPONENTS_NS = "http://jasperreports.sourceforge.net/jasperreports/components"
PARTS_NS = "http://jasperreports.sourceforge.net/jasperreports/parts"
TEMPLATE_NS = "http://jasperreports.sourceforge.net/jasperreports/template"

__all__ = ["to_v6", "is_v7", "JR_NS", "COMPONENTS_NS", "PARTS_NS", "TEMPLATE_NS"]


# --------------------------------------------------------------------------------------
# value formats
# --------------------------------------------------------------------------------------


def _whole_number(value: str) -> str:
    """``10.0`` -> ``10`` (7.x writes font sizes as floats, 6.x as integers)."""
    try:
        number = float(value)
    except ValueError:
        return value
    if number.is_integer() and "e" not in value.lower():
        return str(int(number))
    return value


#: 6.x attribute name -> normaliser of the value written by 7.x.
VALUE_FORMATS: dict[str, Callable[[str], str]] = {
    "size": _whole_number,
    "fontSize": _whole_number,
}


# --------------------------------------------------------------------------------------
# attribute tables (7.x name -> 6.x name)
# --------------------------------------------------------------------------------------

#: Attributes of ``<element>`` that belong to the 6.x ``<reportElement>``.
REPORT_ELEMENT_ATTRS = {
    "uuid": "uuid",
    "key": "key",
    "style": "style",
    "positionType": "positionType",
    "stretchType": "stretchType",
    "printRepeatedValues": "isPrintRepeatedValues",
    "mode": "mode",
    "x": "x",
    "y": "y",
    "width": "width",
    "height": "height",
    "removeLineWhenBlank": "isRemoveLineWhenBlank",
    "printInFirstWholeBand": "isPrintInFirstWholeBand",
    "printWhenDetailOverflows": "isPrintWhenDetailOverflows",
    "printWhenGroupChanges": "printWhenGroupChanges",
    "forecolor": "forecolor",
    "backcolor": "backcolor",
}

#: Attributes of a text element that belong to the 6.x ``<textElement>``.
TEXT_ELEMENT_ATTRS = {
    "hTextAlign": "textAlignment",
    "vTextAlign": "verticalAlignment",
    "rotation": "rotation",
    "markup": "markup",
    "lineSpacing": "lineSpacing",
    "styledText": "isStyledText",
}

#: Font attributes (on a text element, or on a 7.x ``<font>``-like element) -> 6.x ``<font>``.
FONT_ATTRS = {
    "fontName": "fontName",
    "fontSize": "size",
    "bold": "isBold",
    "italic": "isItalic",
    "underline": "isUnderline",
    "strikeThrough": "isStrikeThrough",
    "pdfFontName": "pdfFontName",
    "pdfEncoding": "pdfEncoding",
    "pdfEmbedded": "isPdfEmbedded",
    "reportFont": "reportFont",
}

#: Attributes of a graphic element that belong to the 6.x ``<graphicElement>``.
GRAPHIC_ATTRS = {"fill": "fill", "pen": "pen"}

_HYPERLINK_ATTRS = {
    "linkType": "hyperlinkType",
    "linkTarget": "hyperlinkTarget",
    "bookmarkLevel": "bookmarkLevel",
}

#: Attributes that stay on the 6.x element itself, per element kind.
ELEMENT_OWN_ATTRS: dict[str, dict[str, str]] = {
    "staticText": {},
    "textField": {
        "textAdjust": "textAdjust",
        "stretchWithOverflow": "isStretchWithOverflow",
        "evaluationTime": "evaluationTime",
        "evaluationGroup": "evaluationGroup",
        "pattern": "pattern",
        "blankWhenNull": "isBlankWhenNull",
        **_HYPERLINK_ATTRS,
    },
    "image": {
        "scaleImage": "scaleImage",
        "rotation": "rotation",
        "hImageAlign": "hAlign",
        "vImageAlign": "vAlign",
        "usingCache": "isUsingCache",
        "lazy": "isLazy",
        "onErrorType": "onErrorType",
        "evaluationTime": "evaluationTime",
        "evaluationGroup": "evaluationGroup",
        **_HYPERLINK_ATTRS,
    },
    "line": {"direction": "direction"},
    "rectangle": {"radius": "radius"},
    "ellipse": {},
    "break": {"type": "type"},
    "frame": {"borderSplitType": "borderSplitType"},
    "subreport": {"usingCache": "isUsingCache", "runToBottom": "runToBottom", "overflowType": "overflowType"},
    "crosstab": {
        "repeatColumnHeaders": "isRepeatColumnHeaders",
        "repeatRowHeaders": "isRepeatRowHeaders",
        "columnBreakOffset": "columnBreakOffset",
        "runDirection": "runDirection",
        "ignoreWidth": "ignoreWidth",
        "horizontalPosition": "horizontalPosition",
    },
    "genericElement": {"evaluationTime": "evaluationTime", "evaluationGroup": "evaluationGroup"},
    "componentElement": {},
    "chart": {
        "showLegend": "isShowLegend",
        "evaluationTime": "evaluationTime",
        "evaluationGroup": "evaluationGroup",
        "customizerClass": "customizerClass",
        "renderType": "renderType",
        "theme": "theme",
        **_HYPERLINK_ATTRS,
    },
}

#: 7.x element kinds that are text elements (textElement/font attributes apply).
TEXT_KINDS = {"staticText", "textField"}
#: 7.x element kinds that are graphic elements (``<pen>`` goes into ``<graphicElement>``).
GRAPHIC_KINDS = {"line", "rectangle", "ellipse", "image"}

STYLE_ATTRS = {
    "default": "isDefault",
    "bold": "isBold",
    "italic": "isItalic",
    "underline": "isUnderline",
    "strikeThrough": "isStrikeThrough",
    "pdfEmbedded": "isPdfEmbedded",
    "blankWhenNull": "isBlankWhenNull",
    "styledText": "isStyledText",
}

REPORT_ATTRS = {
    "titleNewPage": "isTitleNewPage",
    "summaryNewPage": "isSummaryNewPage",
    "summaryWithPageHeaderAndFooter": "isSummaryWithPageHeaderAndFooter",
    "floatColumnFooter": "isFloatColumnFooter",
    "ignorePagination": "isIgnorePagination",
}

GROUP_ATTRS = {
    "startNewColumn": "isStartNewColumn",
    "startNewPage": "isStartNewPage",
    "resetPageNumber": "isResetPageNumber",
    "reprintHeaderOnEachPage": "isReprintHeaderOnEachPage",
    "reprintHeaderOnEachColumn": "isReprintHeaderOnEachColumn",
}

# --------------------------------------------------------------------------------------
# 6.x child orders (from the 6.x schema); children not listed keep their place at the end
# --------------------------------------------------------------------------------------

_ELEMENT_CHOICE = ("element",)  # marker: any report element

HYPERLINK_CHILDREN = (
    "anchorNameExpression",
    "bookmarkLevelExpression",
    "hyperlinkReferenceExpression",
    "hyperlinkWhenExpression",
    "hyperlinkAnchorExpression",
    "hyperlinkPageExpression",
    "hyperlinkTooltipExpression",
    "hyperlinkParameter",
)

CHILD_ORDER: dict[str, tuple[str, ...]] = {
    "jasperReport": (
        "property",
        "propertyExpression",
        "import",
        "template",
        "reportFont",
        "style",
        "subDataset",
        "scriptlet",
        "parameter",
        "queryString",
        "field",
        "sortField",
        "variable",
        "filterExpression",
        "group",
        "background",
        "title",
        "pageHeader",
        "columnHeader",
        "detail",
        "columnFooter",
        "pageFooter",
        "lastPageFooter",
        "summary",
        "noData",
    ),
    "subDataset": (
        "property",
        "propertyExpression",
        "scriptlet",
        "parameter",
        "queryString",
        "field",
        "sortField",
        "variable",
        "filterExpression",
        "group",
    ),
    "reportElement": ("property", "propertyExpression", "printWhenExpression", "styleExpression"),
    "style": ("pen", "box", "paragraph", "conditionalStyle"),
    "parameter": ("property", "parameterDescription", "defaultValueExpression"),
    "field": ("property", "propertyExpression", "fieldDescription"),
    "variable": ("variableDescription", "variableExpression", "initialValueExpression"),
    "scriptlet": ("property", "propertyExpression", "scriptletDescription"),
    "group": ("groupExpression", "groupHeader", "groupFooter"),
    "textElement": ("font", "paragraph"),
    "staticText": ("reportElement", "box", "textElement", "text"),
    "textField": ("reportElement", "box", "textElement", "textFieldExpression", "patternExpression")
    + HYPERLINK_CHILDREN,
    "image": ("reportElement", "box", "graphicElement", "imageExpression") + HYPERLINK_CHILDREN,
    "line": ("reportElement", "graphicElement"),
    "rectangle": ("reportElement", "graphicElement"),
    "ellipse": ("reportElement", "graphicElement"),
    "break": ("reportElement",),
    "frame": ("reportElement", "box"),
    "subreport": (
        "reportElement",
        "parametersMapExpression",
        "subreportParameter",
        "connectionExpression",
        "dataSourceExpression",
        "returnValue",
        "subreportExpression",
    ),
    "componentElement": ("reportElement",),
    "genericElement": ("reportElement", "genericElementType", "genericElementParameter"),
    "datasetRun": (
        "property",
        "parametersMapExpression",
        "datasetParameter",
        "connectionExpression",
        "dataSourceExpression",
        "returnValue",
    ),
    "chart": ("reportElement", "box", "chartTitle", "chartSubtitle", "chartLegend") + HYPERLINK_CHILDREN,
    "chartTitle": ("font", "titleExpression"),
    "chartSubtitle": ("font", "subtitleExpression"),
    "crosstab": (
        "reportElement",
        "box",
        "crosstabParameter",
        "parametersMapExpression",
        "crosstabDataset",
        "titleCell",
        "crosstabHeaderCell",
        "rowGroup",
        "columnGroup",
        "measure",
        "crosstabCell",
        "whenNoDataCell",
    ),
    "rowGroup": ("bucket", "crosstabRowHeader", "crosstabTotalRowHeader"),
    "columnGroup": ("bucket", "crosstabHeader", "crosstabColumnHeader", "crosstabTotalColumnHeader"),
    "bucket": ("bucketExpression", "orderByExpression", "comparatorExpression"),
    "cellContents": ("property", "box"),
    "part": ("property", "propertyExpression", "printWhenExpression", "partNameExpression"),
    "subreportPart": ("parametersMapExpression", "subreportParameter", "subreportExpression"),
    "iconLabel": ("box", "label", "icon"),
    "list": ("datasetRun", "listContents"),
    "table": ("datasetRun",),
    "column": (
        "property",
        "printWhenExpression",
        "tableHeader",
        "tableFooter",
        "groupHeader",
        "groupFooter",
        "columnHeader",
        "columnFooter",
        "detailCell",
    ),
    "columnGroup@table": (
        "property",
        "printWhenExpression",
        "tableHeader",
        "tableFooter",
        "groupHeader",
        "groupFooter",
        "columnHeader",
        "columnFooter",
    ),
    "tableCell": ("property", "box"),
    "barbecue": ("codeExpression", "applicationIdentifierExpression"),
    "barcode4j": ("codeExpression", "patternExpression", "templateExpression"),
    # charts
    "plot": ("seriesColor",),
    "pieDataset": (
        "dataset",
        "pieSeries",
        "keyExpression",
        "valueExpression",
        "labelExpression",
        "sectionHyperlink",
        "otherKeyExpression",
        "otherLabelExpression",
        "otherSectionHyperlink",
    ),
    "pieSeries": ("keyExpression", "valueExpression", "labelExpression", "sectionHyperlink"),
    "categoryDataset": ("dataset", "categorySeries"),
    "categorySeries": (
        "seriesExpression",
        "categoryExpression",
        "valueExpression",
        "labelExpression",
        "itemHyperlink",
    ),
    "xyDataset": ("dataset", "xySeries"),
    "xySeries": (
        "seriesExpression",
        "xValueExpression",
        "yValueExpression",
        "labelExpression",
        "itemHyperlink",
    ),
    "xyzDataset": ("dataset", "xyzSeries"),
    "xyzSeries": (
        "seriesExpression",
        "xValueExpression",
        "yValueExpression",
        "zValueExpression",
        "itemHyperlink",
    ),
    "timeSeriesDataset": ("dataset", "timeSeries"),
    "timeSeries": (
        "seriesExpression",
        "timePeriodExpression",
        "valueExpression",
        "labelExpression",
        "itemHyperlink",
    ),
    "timePeriodDataset": ("dataset", "timePeriodSeries"),
    "timePeriodSeries": (
        "seriesExpression",
        "startDateExpression",
        "endDateExpression",
        "valueExpression",
        "labelExpression",
        "itemHyperlink",
    ),
    "highLowDataset": (
        "dataset",
        "seriesExpression",
        "dateExpression",
        "highExpression",
        "lowExpression",
        "openExpression",
        "closeExpression",
        "volumeExpression",
        "itemHyperlink",
    ),
    "valueDataset": ("dataset", "valueExpression"),
    "ganttDataset": ("dataset", "ganttSeries"),
    "ganttSeries": (
        "seriesExpression",
        "taskExpression",
        "subtaskExpression",
        "startDateExpression",
        "endDateExpression",
        "percentExpression",
        "labelExpression",
        "itemHyperlink",
    ),
    "meterPlot": ("plot", "tickLabelFont", "valueDisplay", "dataRange", "meterInterval"),
    "thermometerPlot": ("plot", "valueDisplay", "dataRange", "lowRange", "mediumRange", "highRange"),
    "multiAxisPlot": ("plot", "axis"),
    "xyPlot": (
        "plot",
        "itemLabel",
        "categoryAxisLabelExpression",
        "categoryAxisFormat",
        "timeAxisLabelExpression",
        "timeAxisFormat",
        "xAxisLabelExpression",
        "xAxisFormat",
        "valueAxisLabelExpression",
        "valueAxisFormat",
        "yAxisLabelExpression",
        "yAxisFormat",
        "domainAxisMinValueExpression",
        "domainAxisMaxValueExpression",
        "rangeAxisMinValueExpression",
        "rangeAxisMaxValueExpression",
    ),
}


# --------------------------------------------------------------------------------------
# tree helpers
# --------------------------------------------------------------------------------------


def _children(src: etree._Element) -> list[etree._Element]:
    return [c for c in src if isinstance(c.tag, str)]


def _new(
    parent: etree._Element | None,
    tag: str,
    src: etree._Element,
    ns: str = JR_NS,
    nsmap: Mapping[str | None, str] | None = None,
) -> etree._Element:
    qname = f"{{{ns}}}{tag}" if ns else tag
    # lxml takes None for the default namespace's prefix; its stubs do not say so
    namespaces = cast("Mapping[str, str] | None", nsmap or None)
    if parent is None:
        el = etree.Element(qname, nsmap=namespaces)
    else:
        el = etree.SubElement(parent, qname, nsmap=namespaces)
    el.sourceline = src.sourceline
    return el


def _set(dst: etree._Element, name: str, value: str) -> None:
    fmt = VALUE_FORMATS.get(name)
    dst.set(name, fmt(value) if fmt else value)


def _copy_text(src: etree._Element, dst: etree._Element) -> None:
    if src.text is not None and (not _children(src) or src.text.strip()):
        dst.text = src.text


def _keep(src: etree._Element, parent: etree._Element, ns: str = JR_NS) -> etree._Element:
    """An unknown 7.x construct: kept as it is, moved into ``ns`` with its line numbers."""
    el = _new(parent, local_name(src), src, ns)
    for name, value in attributes(src):
        el.set(name, value)
    _copy_text(src, el)
    for child in _children(src):
        _keep(child, el, ns)
    return el


def _order_key(order: tuple[str, ...]) -> Callable[[etree._Element], int]:
    index = {tag: i for i, tag in enumerate(order)}
    last = len(order)

    def key(el: etree._Element) -> int:
        return index.get(local_name(el), last)

    return key


def _sort(el: etree._Element, order_name: str | None = None) -> etree._Element:
    """Stable sort of ``el``'s children into the 6.x order (unknown ones after)."""
    order = CHILD_ORDER.get(order_name or local_name(el))
    if not order:
        return el
    kids = list(el)
    kids.sort(key=_order_key(order))
    for kid in kids:
        el.append(kid)
    return el


def _attrs(
    src: etree._Element, dst: etree._Element, table: Mapping[str, str], skip: tuple[str, ...] = ()
) -> None:
    """Copy the attributes of ``src`` renamed by ``table`` (others unchanged)."""
    for name, value in attributes(src):
        if name in skip:
            continue
        _set(dst, table.get(name, name), value)


# --------------------------------------------------------------------------------------
# declarative specs for the simple (non-element) constructs
# --------------------------------------------------------------------------------------

Handler = Callable[[etree._Element, etree._Element], object]


@dataclass(frozen=True)
class Spec:
    """How one 7.x construct becomes 6.x: its tag, attribute renames, and children.

    ``children`` maps a 7.x child tag to the name of another spec, to a plain 6.x tag
    (an expression or other leaf: renamed, attributes and text copied), or to a handler
    function ``(src_child, new_parent)``.  Children not in the table are kept as they
    are (moved into the namespace) and will be reported by the 6.x reader.
    """

    tag: str
    attrs: Mapping[str, str] = field(default_factory=dict)
    children: Mapping[str, str | Handler] = field(default_factory=dict)
    ns: str = JR_NS
    order: str | None = None  # key of CHILD_ORDER, default the tag


SPECS: dict[str, Spec] = {}


def _spec(name: str, tag: str | None = None, **kwargs) -> None:
    SPECS[name] = Spec(tag or name, **kwargs)


def _apply(spec_name: str, src: etree._Element, parent: etree._Element) -> etree._Element:
    spec = SPECS[spec_name]
    el = _new(parent, spec.tag, src, spec.ns)
    _attrs(src, el, spec.attrs)
    _copy_text(src, el)
    for child in _children(src):
        _child(spec, child, el)
    return _sort(el, spec.order or spec.tag)


def _child(spec: Spec, child: etree._Element, el: etree._Element) -> None:
    target = spec.children.get(local_name(child))
    if target is None:
        _keep(child, el)
    elif callable(target):
        target(child, el)
    elif target.startswith("="):
        _rename(child, el, target[1:])
    else:
        _apply(target, child, el)


def _rename(src: etree._Element, parent: etree._Element, tag: str, ns: str = JR_NS) -> etree._Element:
    """A leaf (expression, description...): same attributes and text under a new tag."""
    el = _new(parent, tag, src, ns)
    _attrs(src, el, {})
    _copy_text(src, el)
    for child in _children(src):
        _keep(child, el, ns)
    return el


def _same(tag: str) -> str:
    """A spec child target: a leaf renamed to ``tag`` (attributes and text copied)."""
    return "=" + tag


_PROPS = {"property": _same("property"), "propertyExpression": _same("propertyExpression")}

for _pen in ("pen", "topPen", "leftPen", "bottomPen", "rightPen"):
    SPECS[_pen] = Spec(_pen)
SPECS["box"] = Spec("box", children={p: p for p in ("pen", "topPen", "leftPen", "bottomPen", "rightPen")})
_spec("tabStop")
_spec("paragraph", children={"tabStop": "tabStop"})
_spec("font", attrs=FONT_ATTRS)
_spec("returnValue")
_spec("sortField")
_spec("import")
_spec("datasetParameter", children={"expression": _same("datasetParameterExpression")})
_spec(
    "datasetRun",
    children={
        **_PROPS,
        "parametersMapExpression": _same("parametersMapExpression"),
        "parameter": "datasetParameter",
        "connectionExpression": _same("connectionExpression"),
        "dataSourceExpression": _same("dataSourceExpression"),
        "returnValue": "returnValue",
    },
)
_spec(
    "parameter",
    attrs={"forPrompting": "isForPrompting"},
    children={
        "property": _same("property"),
        "description": _same("parameterDescription"),
        "defaultValueExpression": _same("defaultValueExpression"),
    },
)
_spec("field", children={**_PROPS, "description": _same("fieldDescription")})
_spec(
    "variable",
    children={
        "description": _same("variableDescription"),
        "expression": _same("variableExpression"),
        "initialValueExpression": _same("initialValueExpression"),
    },
)
_spec("scriptlet", children={**_PROPS, "description": _same("scriptletDescription")})
_spec("query", tag="queryString")
_spec("hyperlinkParameter", children={"expression": _same("hyperlinkParameterExpression")})


def _hyperlink_children() -> dict[str, str | Handler]:
    out: dict[str, str | Handler] = {name: _same(name) for name in HYPERLINK_CHILDREN}
    out["hyperlinkParameter"] = "hyperlinkParameter"
    return out


_spec("itemHyperlink", attrs=_HYPERLINK_ATTRS, children=_hyperlink_children(), order="hyperlink")
_spec("sectionHyperlink", attrs=_HYPERLINK_ATTRS, children=_hyperlink_children(), order="hyperlink")
_spec("otherSectionHyperlink", attrs=_HYPERLINK_ATTRS, children=_hyperlink_children(), order="hyperlink")
CHILD_ORDER["hyperlink"] = HYPERLINK_CHILDREN


def _import(src: etree._Element, parent: etree._Element) -> None:
    """7.x ``<import>java.util.*</import>`` -> 6.x ``<import value="java.util.*"/>``."""
    el = _new(parent, "import", src)
    _attrs(src, el, {})
    if src.text and src.text.strip():
        el.set("value", src.text.strip())


# --------------------------------------------------------------------------------------
# styles
# --------------------------------------------------------------------------------------

_STYLE_ATTR_TABLE = {**STYLE_ATTRS}


def _style_children(src: etree._Element, el: etree._Element) -> None:
    for child in _children(src):
        name = local_name(child)
        if name == "box":
            _box(child, el, owner_style=src.get("style"))
        elif name in ("pen", "paragraph"):
            _apply(name, child, el)
        elif name == "conditionalStyle":
            _conditional_style(child, el)
        elif name != "conditionExpression":
            _keep(child, el)


def _style(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "style", src)
    _attrs(src, el, _STYLE_ATTR_TABLE)
    _style_children(src, el)
    return _sort(el)


def _conditional_style(src: etree._Element, parent: etree._Element) -> None:
    """7.x writes the conditional style's attributes on ``<conditionalStyle>`` itself;
    6.x nests them in a ``<style>`` after the ``<conditionExpression>``."""
    el = _new(parent, "conditionalStyle", src)
    for child in _children(src):
        if local_name(child) == "conditionExpression":
            _rename(child, el, "conditionExpression")
    style = _new(el, "style", src)
    _attrs(src, style, _STYLE_ATTR_TABLE)
    _style_children(src, style)
    _sort(style)


def _box(src: etree._Element, parent: etree._Element, owner_style: str | None = None) -> etree._Element:
    """``<box>``: as in 6.x, except the ``style`` 7.x repeats from the box's owner."""
    el = _new(parent, "box", src)
    for name, value in attributes(src):
        if name == "style" and (owner_style is None or value == owner_style):
            continue  # derived: the style of the element owning the box
        _set(el, name, value)
    for child in _children(src):
        _child(SPECS["box"], child, el)
    return el


# --------------------------------------------------------------------------------------
# report elements
# --------------------------------------------------------------------------------------

#: 7.x ``kind`` -> 6.x tag of the element.
ELEMENT_TAGS = {
    "staticText": "staticText",
    "textField": "textField",
    "image": "image",
    "line": "line",
    "rectangle": "rectangle",
    "ellipse": "ellipse",
    "frame": "frame",
    "break": "break",
    "subreport": "subreport",
    "genericElement": "genericElement",
    "component": "componentElement",
    "crosstab": "crosstab",
    "chart": "chart",  # the 6.x tag is chosen by chartType
    "elementGroup": "elementGroup",
}

#: Children of ``<element>`` that go into ``<reportElement>``.
REPORT_ELEMENT_CHILDREN = ("property", "propertyExpression", "printWhenExpression", "styleExpression")

#: 7.x children of an element, per kind -> 6.x tag (a leaf) or handler.
ELEMENT_CHILDREN: dict[str, dict[str, str | Handler]] = {
    "staticText": {"text": _same("text")},
    "textField": {
        "expression": _same("textFieldExpression"),
        "patternExpression": _same("patternExpression"),
        **_hyperlink_children(),
    },
    "image": {"expression": _same("imageExpression"), **_hyperlink_children()},
    "line": {},
    "rectangle": {},
    "ellipse": {},
    "break": {},
    "subreport": {
        "parametersMapExpression": _same("parametersMapExpression"),
        "parameter": "subreportParameter",
        "connectionExpression": _same("connectionExpression"),
        "dataSourceExpression": _same("dataSourceExpression"),
        "returnValue": "returnValue",
        "expression": _same("subreportExpression"),
    },
    "genericElement": {
        "genericType": _same("genericElementType"),
        "parameter": "genericElementParameter",
    },
}
_spec("subreportParameter", children={"expression": _same("subreportParameterExpression")})
_spec("genericElementParameter", children={"expression": _same("valueExpression")})


def _element(src: etree._Element, parent: etree._Element) -> etree._Element | None:
    """One 7.x ``<element kind=...>`` (anything else found among elements is kept)."""
    if local_name(src) != "element":
        return _keep(src, parent)
    kind = src.get("kind")
    handler = ELEMENT_HANDLERS.get(kind or "")
    if handler is None:
        return _keep(src, parent)
    return handler(src, parent)


def _elements(src: etree._Element, parent: etree._Element, skip: tuple[str, ...] = ()) -> None:
    """The children of a container (band, frame, cell...): elements, or kept."""
    for child in _children(src):
        if local_name(child) in skip:
            continue
        _element(child, parent)


class _Shell:
    """The 6.x skeleton of one element: outer tag, reportElement, and lazily created
    ``textElement``/``font``/``graphicElement``."""

    def __init__(
        self,
        src: etree._Element,
        parent: etree._Element,
        tag: str,
        kind: str,
        ns: str = JR_NS,
        nsmap: Mapping[str | None, str] | None = None,
    ):
        self.src = src
        self.kind = kind
        self.outer = _new(parent, tag, src, ns, nsmap)
        self.report_element = _new(self.outer, "reportElement", src)
        self._text_element: etree._Element | None = None
        self._font: etree._Element | None = None
        self._graphic: etree._Element | None = None
        own = ELEMENT_OWN_ATTRS.get(kind, {})
        for name, value in attributes(src):
            if name == "kind" or (kind == "chart" and name == "chartType"):
                continue
            if name in own:
                _set(self.outer, own[name], value)
            elif name in REPORT_ELEMENT_ATTRS:
                _set(self.report_element, REPORT_ELEMENT_ATTRS[name], value)
            elif kind in TEXT_KINDS and name in TEXT_ELEMENT_ATTRS:
                _set(self.text_element, TEXT_ELEMENT_ATTRS[name], value)
            elif kind in TEXT_KINDS and name in FONT_ATTRS:
                _set(self.font, FONT_ATTRS[name], value)
            elif kind in GRAPHIC_KINDS and name in GRAPHIC_ATTRS:
                _set(self.graphic, GRAPHIC_ATTRS[name], value)
            else:
                _set(self.outer, name, value)  # unknown: the 6.x reader reports it

    @property
    def text_element(self) -> etree._Element:
        if self._text_element is None:
            self._text_element = _new(self.outer, "textElement", self.src)
        return self._text_element

    @property
    def font(self) -> etree._Element:
        if self._font is None:
            self._font = _new(self.text_element, "font", self.src)
            self.text_element.insert(0, self._font)
        return self._font

    @property
    def graphic(self) -> etree._Element:
        if self._graphic is None:
            self._graphic = _new(self.outer, "graphicElement", self.src)
        return self._graphic

    def common_child(self, child: etree._Element) -> bool:
        """Children every element kind has; True when ``child`` was placed."""
        name = local_name(child)
        if name in REPORT_ELEMENT_CHILDREN:
            _rename(child, self.report_element, name)
        elif name == "box":
            _box(child, self.outer, owner_style=self.src.get("style"))
        elif name == "pen" and self.kind in GRAPHIC_KINDS:
            _apply("pen", child, self.graphic)
        elif name == "paragraph" and self.kind in TEXT_KINDS:
            _apply("paragraph", child, self.text_element)
        else:
            return False
        return True

    def finish(self, order: str | None = None) -> etree._Element:
        _sort(self.report_element)
        if self._text_element is not None:
            _sort(self._text_element)
        return _sort(self.outer, order)


def _simple_element(src: etree._Element, parent: etree._Element) -> etree._Element:
    """staticText, textField, image, line, rectangle, ellipse, break, subreport, genericElement."""
    kind = src.get("kind", "")
    shell = _Shell(src, parent, ELEMENT_TAGS[kind], kind)
    table = ELEMENT_CHILDREN[kind]
    for child in _children(src):
        if shell.common_child(child):
            continue
        target = table.get(local_name(child))
        if target is None:
            _keep(child, shell.outer)
        elif callable(target):
            target(child, shell.outer)
        elif target.startswith("="):
            _rename(child, shell.outer, target[1:])
        else:
            _apply(target, child, shell.outer)
    return shell.finish()


def _frame(src: etree._Element, parent: etree._Element) -> etree._Element:
    shell = _Shell(src, parent, "frame", "frame")
    for child in _children(src):
        if shell.common_child(child):
            continue
        if local_name(child) == "borderSplitType":  # 7.x writes this one as an element
            shell.outer.set("borderSplitType", (child.text or "").strip())
        else:
            _element(child, shell.outer)
    return shell.finish()


def _element_group(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "elementGroup", src)
    for name, value in attributes(src):
        if name != "kind":
            el.set(name, value)
    _elements(src, el)
    return el


# --------------------------------------------------------------------------------------
# components
# --------------------------------------------------------------------------------------

_COMPONENT_NSMAP: dict[str | None, str] = {"jr": COMPONENTS_NS}


def _component_element(src: etree._Element, parent: etree._Element) -> etree._Element:
    shell = _Shell(src, parent, "componentElement", "componentElement")
    for child in _children(src):
        if shell.common_child(child):
            continue
        if local_name(child) == "component":
            handler = COMPONENT_HANDLERS.get(_component_key(child.get("kind", "")))
            if handler is None:
                _keep(child, shell.outer)
            else:
                handler(child, shell.outer, src)
        else:
            _keep(child, shell.outer)
    return shell.finish()


def _component_key(kind: str) -> str:
    return "barcode4j" if kind.startswith("barcode4j:") else kind


def _component_attrs(src: etree._Element, el: etree._Element, table: Mapping[str, str] | None = None) -> None:
    _attrs(src, el, table or {}, skip=("kind",))


def _barcode4j(src: etree._Element, parent: etree._Element, owner: etree._Element) -> etree._Element:
    tag = src.get("kind", "").split(":", 1)[1]
    el = _new(parent, tag, src, COMPONENTS_NS, _COMPONENT_NSMAP)
    _component_attrs(src, el)
    for child in _children(src):
        _rename(child, el, local_name(child), COMPONENTS_NS)
    return _sort(el, "barcode4j")


def _barbecue(src: etree._Element, parent: etree._Element, owner: etree._Element) -> etree._Element:
    el = _new(parent, "barbecue", src, COMPONENTS_NS, _COMPONENT_NSMAP)
    _component_attrs(src, el)
    for child in _children(src):
        _rename(child, el, local_name(child), COMPONENTS_NS)
    return _sort(el, "barbecue")


def _list(src: etree._Element, parent: etree._Element, owner: etree._Element) -> etree._Element:
    el = _new(parent, "list", src, COMPONENTS_NS, _COMPONENT_NSMAP)
    _component_attrs(src, el)
    for child in _children(src):
        name = local_name(child)
        if name == "datasetRun":
            _apply("datasetRun", child, el)
        elif name == "contents":
            contents = _new(el, "listContents", child, COMPONENTS_NS)
            _attrs(child, contents, {})
            _elements(child, contents)
        else:
            _keep(child, el)
    return _sort(el, "list")


def _icon_label(src: etree._Element, parent: etree._Element, owner: etree._Element) -> etree._Element:
    el = _new(parent, "iconLabel", src, COMPONENTS_NS, _COMPONENT_NSMAP)
    for name, value in attributes(src):
        if name == "kind":
            continue
        if name == "style" and value == owner.get("style"):
            continue  # derived: the style of the component element
        _set(el, {"hAlign": "horizontalAlignment", "vAlign": "verticalAlignment"}.get(name, name), value)
    for child in _children(src):
        name = local_name(child)
        if name in ("labelTextField", "iconTextField"):
            holder = _new(el, "label" if name == "labelTextField" else "icon", child, COMPONENTS_NS)
            fake = etree.Element("element", dict(attributes(child)), kind="textField")
            fake.sourceline = child.sourceline
            for grandchild in _children(child):
                fake.append(_clone(grandchild))
            _simple_element(fake, holder)
        elif name == "box":
            _box(child, el, owner_style=src.get("style"))
        else:
            _keep(child, el)
    return _sort(el, "iconLabel")


def _clone(src: etree._Element) -> etree._Element:
    """A deep copy that keeps every line number."""
    el = etree.Element(src.tag, dict(attributes(src)))
    el.sourceline = src.sourceline
    el.text = src.text
    for child in _children(src):
        el.append(_clone(child))
    return el


def _table(src: etree._Element, parent: etree._Element, owner: etree._Element) -> etree._Element:
    el = _new(parent, "table", src, COMPONENTS_NS, _COMPONENT_NSMAP)
    _component_attrs(src, el)
    for child in _children(src):
        name = local_name(child)
        if name == "datasetRun":
            _apply("datasetRun", child, el)
        elif name == "column":
            _table_column(child, el)
        elif name == "noData":
            _table_cell(child, el, "noData")
        else:
            _keep(child, el)
    return _sort(el, "table")


_TABLE_CELLS = ("tableHeader", "tableFooter", "columnHeader", "columnFooter", "detailCell")


def _table_column(src: etree._Element, parent: etree._Element) -> etree._Element:
    kind = src.get("kind")
    tag = {"single": "column", "group": "columnGroup"}.get(kind or "")
    if tag is None:
        return _keep(src, parent)
    el = _new(parent, tag, src, COMPONENTS_NS)
    _attrs(src, el, {}, skip=("kind",))
    for child in _children(src):
        name = local_name(child)
        if name in _TABLE_CELLS:
            _table_cell(child, el, name)
        elif name in ("groupHeader", "groupFooter"):
            group = _new(el, name, child, COMPONENTS_NS)
            _attrs(child, group, {})
            for cell in _children(child):
                if local_name(cell) == "cell":
                    _table_cell(cell, group, "cell")
                else:
                    _keep(cell, group)
        elif name == "column" and tag == "columnGroup":
            _table_column(child, el)
        elif name in ("property", "printWhenExpression", "propertyExpression"):
            _rename(child, el, name)
        else:
            _keep(child, el)
    return _sort(el, tag if tag == "column" else "columnGroup@table")


def _table_cell(src: etree._Element, parent: etree._Element, tag: str) -> etree._Element:
    el = _new(parent, tag, src, COMPONENTS_NS)
    _attrs(src, el, {})
    _cell_body(src, el)
    return _sort(el, "tableCell")


def _cell_body(src: etree._Element, el: etree._Element) -> None:
    """Contents of a table/crosstab cell: property, box and elements."""
    for child in _children(src):
        name = local_name(child)
        if name == "box":
            _box(child, el, owner_style=src.get("style"))
        elif name in ("property", "propertyExpression"):
            _rename(child, el, name)
        else:
            _element(child, el)


def _subreport_part(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "subreportPart", src, PARTS_NS, {"p": PARTS_NS})
    _attrs(src, el, {}, skip=("kind",))
    for child in _children(src):
        name = local_name(child)
        if name == "expression":
            _rename(child, el, "subreportExpression")
        elif name == "parameter":
            _apply("subreportParameter", child, el)
        elif name == "parametersMapExpression":
            _rename(child, el, name)
        else:
            _keep(child, el)
    return _sort(el, "subreportPart")


def _part(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "part", src)
    _attrs(src, el, {})
    for child in _children(src):
        name = local_name(child)
        if name == "component" and child.get("kind") == "subreportPart":
            _subreport_part(child, el)
        elif name in ("property", "propertyExpression", "printWhenExpression", "partNameExpression"):
            _rename(child, el, name)
        else:
            _keep(child, el)
    return _sort(el, "part")


COMPONENT_HANDLERS: dict[str, Callable[[etree._Element, etree._Element, etree._Element], etree._Element]] = {
    "table": _table,
    "list": _list,
    "barbecue": _barbecue,
    "barcode4j": _barcode4j,
    "iconLabel": _icon_label,
}


# --------------------------------------------------------------------------------------
# crosstabs
# --------------------------------------------------------------------------------------

#: 7.x crosstab children -> (6.x wrapper of a cellContents) for the cells.
CROSSTAB_CELL_WRAPPERS = {
    ("crosstab", "headerCell"): "crosstabHeaderCell",
    ("crosstab", "whenNoDataCell"): "whenNoDataCell",
    ("crosstab", "titleCell"): "titleCell",
    ("rowGroup", "header"): "crosstabRowHeader",
    ("rowGroup", "totalHeader"): "crosstabTotalRowHeader",
    ("columnGroup", "header"): "crosstabColumnHeader",
    ("columnGroup", "totalHeader"): "crosstabTotalColumnHeader",
    ("columnGroup", "crosstabHeader"): "crosstabHeader",
    ("crosstab", "cell"): "crosstabCell",
}
#: Attributes of a 7.x cell wrapper that belong to the 6.x ``cellContents``.
CELL_CONTENTS_ATTRS = ("mode", "backcolor", "style")

_spec(
    "bucket",
    attrs={},
    children={
        "expression": _same("bucketExpression"),
        "orderByExpression": _same("orderByExpression"),
        "comparatorExpression": _same("comparatorExpression"),
    },
)
_spec("measure", children={"expression": _same("measureExpression")})
_spec("crosstabParameter", children={"expression": _same("parameterValueExpression")})


def _crosstab_cell(src: etree._Element, parent: etree._Element, wrapper: str) -> etree._Element:
    """A 7.x crosstab cell -> 6.x ``<wrapper><cellContents>...``.

    7.x writes the contents either in a ``<contents>``/``<cellContents>`` child (data and
    title cells) or directly in the wrapper, whose mode/backcolor/style then are the
    contents' own."""
    el = _new(parent, wrapper, src)
    inner = [c for c in _children(src) if local_name(c) in ("contents", "cellContents")]
    if inner:
        _attrs(src, el, {})
        for child in _children(src):
            if child in inner:
                contents = _new(el, "cellContents", child)
                _attrs(child, contents, {})
                _cell_body(child, contents)
                _sort(contents)
            else:
                _keep(child, el)
    else:
        contents = _new(el, "cellContents", src)
        for name, value in attributes(src):
            _set(contents if name in CELL_CONTENTS_ATTRS else el, name, value)
        _cell_body(src, contents)
        _sort(contents)
    return el


def _crosstab_group(src: etree._Element, parent: etree._Element) -> etree._Element:
    tag = local_name(src)
    el = _new(parent, tag, src)
    _attrs(src, el, {"position": "headerPosition"})
    for child in _children(src):
        name = local_name(child)
        wrapper = CROSSTAB_CELL_WRAPPERS.get((tag, name))
        if wrapper:
            _crosstab_cell(child, el, wrapper)
        elif name == "bucket":
            _apply("bucket", child, el)
        else:
            _keep(child, el)
    return _sort(el)


def _crosstab(src: etree._Element, parent: etree._Element) -> etree._Element:
    shell = _Shell(src, parent, "crosstab", "crosstab")
    for child in _children(src):
        if shell.common_child(child):
            continue
        name = local_name(child)
        wrapper = CROSSTAB_CELL_WRAPPERS.get(("crosstab", name))
        if wrapper:
            _crosstab_cell(child, shell.outer, wrapper)
        elif name == "parameter":
            _apply("crosstabParameter", child, shell.outer)
        elif name == "parametersMapExpression":
            _rename(child, shell.outer, name)
        elif name == "dataset":
            if not child.attrib and not _children(child):
                continue  # <dataset/>: the report's own data, as no <crosstabDataset> in 6.x
            ds = _new(shell.outer, "crosstabDataset", child)
            _attrs(child, ds, {"dataPreSorted": "isDataPreSorted"})
            inner = _new(ds, "dataset", child)
            _chart_dataset_common(child, inner, skip_attrs=("dataPreSorted",))
        elif name in ("rowGroup", "columnGroup"):
            _crosstab_group(child, shell.outer)
        elif name == "measure":
            _apply("measure", child, shell.outer)
        else:
            _keep(child, shell.outer)
    return shell.finish()


# --------------------------------------------------------------------------------------
# charts
# --------------------------------------------------------------------------------------

#: 7.x chartType -> (6.x chart tag, 6.x plot tag).
CHART_TYPES = {
    "pie": ("pieChart", "piePlot"),
    "pie3D": ("pie3DChart", "pie3DPlot"),
    "bar": ("barChart", "barPlot"),
    "bar3D": ("bar3DChart", "bar3DPlot"),
    "xyBar": ("xyBarChart", "barPlot"),
    "stackedBar": ("stackedBarChart", "barPlot"),
    "stackedBar3D": ("stackedBar3DChart", "bar3DPlot"),
    "line": ("lineChart", "linePlot"),
    "xyLine": ("xyLineChart", "linePlot"),
    "area": ("areaChart", "areaPlot"),
    "stackedArea": ("stackedAreaChart", "areaPlot"),
    "xyArea": ("xyAreaChart", "areaPlot"),
    "scatter": ("scatterChart", "scatterPlot"),
    "bubble": ("bubbleChart", "bubblePlot"),
    "timeSeries": ("timeSeriesChart", "timeSeriesPlot"),
    "highLow": ("highLowChart", "highLowPlot"),
    "candlestick": ("candlestickChart", "candlestickPlot"),
    "meter": ("meterChart", "meterPlot"),
    "thermometer": ("thermometerChart", "thermometerPlot"),
    "multiAxis": ("multiAxisChart", "multiAxisPlot"),
    "gantt": ("ganttChart", "barPlot"),
}

#: 7.x dataset kind -> (6.x dataset tag, 6.x series tag or None when the series'
#: expressions sit directly in the dataset).
CHART_DATASETS = {
    "category": ("categoryDataset", "categorySeries"),
    "pie": ("pieDataset", "pieSeries"),
    "xy": ("xyDataset", "xySeries"),
    "xyz": ("xyzDataset", "xyzSeries"),
    "timeSeries": ("timeSeriesDataset", "timeSeries"),
    "timePeriod": ("timePeriodDataset", "timePeriodSeries"),
    "highLow": ("highLowDataset", None),
    "value": ("valueDataset", None),
    "gantt": ("ganttDataset", "ganttSeries"),
}

#: Attributes of a 7.x chart dataset that go to the 6.x inner ``<dataset>``.
DATASET_ATTRS = ("resetType", "resetGroup", "incrementType", "incrementGroup")

#: 7.x series expression tags -> 6.x (where they differ).
SERIES_CHILDREN = {
    "xvalueExpression": "xValueExpression",
    "yvalueExpression": "yValueExpression",
    "zvalueExpression": "zValueExpression",
}

#: 7.x chart attributes -> (6.x child of ``<chart>``, its attribute).
CHART_TITLE_ATTRS = {
    "titleColor": ("chartTitle", "color"),
    "titlePosition": ("chartTitle", "position"),
    "subtitleColor": ("chartSubtitle", "color"),
    "legendColor": ("chartLegend", "textColor"),
    "legendBackgroundColor": ("chartLegend", "backgroundColor"),
    "legendPosition": ("chartLegend", "position"),
}
#: 7.x chart children -> (6.x child of ``<chart>``, tag inside it).
CHART_TITLE_CHILDREN = {
    "titleExpression": ("chartTitle", "titleExpression"),
    "subtitleExpression": ("chartSubtitle", "subtitleExpression"),
    "titleFont": ("chartTitle", "font"),
    "subtitleFont": ("chartSubtitle", "font"),
    "legendFont": ("chartLegend", "font"),
}

#: Attributes of a 7.x ``<plot>`` that belong to the 6.x generic ``<plot>``.
PLOT_ATTRS = ("backcolor", "orientation", "backgroundAlpha", "foregroundAlpha", "labelRotation")
#: Renamed attributes of the 6.x specific plot.
PLOT_OWN_ATTRS = {
    "showLabels": "isShowLabels",
    "showTickMarks": "isShowTickMarks",
    "showTickLabels": "isShowTickLabels",
    "showLines": "isShowLines",
    "showShapes": "isShowShapes",
    "showVolume": "isShowVolume",
    "showOpenTicks": "isShowOpenTicks",
    "showCloseTicks": "isShowCloseTicks",
    "circular": "isCircular",
    "showValueLines": "isShowValueLines",
}
#: Axis prefixes of 7.x plot attributes, and suffix -> 6.x ``<axisFormat>`` attribute.
AXES = ("categoryAxis", "valueAxis", "timeAxis", "xAxis", "yAxis")
AXIS_FORMAT_ATTRS = {
    "LabelColor": "labelColor",
    "TickLabelColor": "tickLabelColor",
    "TickLabelMask": "tickLabelMask",
    "VerticalTickLabels": "verticalTickLabels",
    "LineColor": "axisLineColor",
}
AXIS_FORMAT_FONTS = {"LabelFont": "labelFont", "TickLabelFont": "tickLabelFont"}
#: The axes of each 6.x plot: their ``<xxxAxisFormat>`` is written even when empty, as
#: the 6.x writer does (the 6.x reader then gives the plot an axis format either way).
PLOT_AXES = {
    "barPlot": ("categoryAxis", "valueAxis"),
    "bar3DPlot": ("categoryAxis", "valueAxis"),
    "linePlot": ("categoryAxis", "valueAxis"),
    "areaPlot": ("categoryAxis", "valueAxis"),
    "scatterPlot": ("xAxis", "yAxis"),
    "bubblePlot": ("xAxis", "yAxis"),
    "timeSeriesPlot": ("timeAxis", "valueAxis"),
    "highLowPlot": ("timeAxis", "valueAxis"),
    "candlestickPlot": ("timeAxis", "valueAxis"),
}


def _chart_dataset_common(
    src: etree._Element, inner: etree._Element, skip_attrs: tuple[str, ...] = ()
) -> list[etree._Element]:
    """Put a 7.x dataset's reset/increment attributes, incrementWhenExpression and
    datasetRun into the 6.x ``<dataset>``; return the other children."""
    for name in DATASET_ATTRS:
        if src.get(name) is not None:
            inner.set(name, src.get(name, ""))
    rest = []
    for child in _children(src):
        name = local_name(child)
        if name == "incrementWhenExpression":
            _rename(child, inner, name)
        elif name == "datasetRun":
            _apply("datasetRun", child, inner)
        else:
            rest.append(child)
    for name, value in attributes(src):
        if name not in DATASET_ATTRS and name not in skip_attrs and name != "kind":
            inner.set(name, value)
    return rest


def _series(src: etree._Element, parent: etree._Element, tag: str | None) -> None:
    el = parent if tag is None else _new(parent, tag, src)
    if tag is not None:
        _attrs(src, el, {})
    for child in _children(src):
        name = local_name(child)
        if name in ("itemHyperlink", "sectionHyperlink"):
            _apply(name, child, el)
        else:
            _rename(child, el, SERIES_CHILDREN.get(name, name))
    if tag is not None:
        _sort(el)


def _chart_dataset(src: etree._Element, parent: etree._Element) -> etree._Element:
    kind = src.get("kind", "")
    tags = CHART_DATASETS.get(kind)
    if tags is None:
        return _keep(src, parent)
    tag, series_tag = tags
    el = _new(parent, tag, src)
    inner = _new(el, "dataset", src)
    own_attrs = {"timePeriod", "minPercentage", "maxCount"}
    rest = _chart_dataset_common(src, inner, skip_attrs=tuple(own_attrs))
    for name in own_attrs:
        if src.get(name) is not None:
            el.set(name, src.get(name, ""))
    if len(inner) == 0 and not inner.attrib:
        el.remove(inner)  # 6.x writes no <dataset/> when it says nothing
    series = [c for c in rest if local_name(c) == "series"]
    if kind == "pie" and len(series) == 1:
        series_tag = None  # 6.x writes a single pie series without <pieSeries>
    for child in rest:
        name = local_name(child)
        if name == "series":
            _series(child, el, series_tag)
        elif name in ("itemHyperlink", "sectionHyperlink", "otherSectionHyperlink"):
            _apply(name, child, el)
        else:
            _rename(child, el, SERIES_CHILDREN.get(name, name))
    return _sort(el)


def _font_holder(src: etree._Element, parent: etree._Element, tag: str) -> etree._Element:
    """7.x ``<xxxFont fontSize=..>`` -> 6.x ``<tag><font size=../></tag>``."""
    holder = _new(parent, tag, src)
    _apply("font", src, holder)
    return holder


def _value_display(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "valueDisplay", src)
    _attrs(src, el, {})
    for child in _children(src):
        if local_name(child) == "font":
            _apply("font", child, el)
        else:
            _keep(child, el)
    return el


def _data_range(src: etree._Element, parent: etree._Element, tag: str = "dataRange") -> etree._Element:
    el = _new(parent, tag, src)
    _attrs(src, el, {})
    for child in _children(src):
        _rename(child, el, local_name(child))
    return el


def _plot(src: etree._Element, parent: etree._Element, tag: str) -> etree._Element:
    el = _new(parent, tag, src)
    plot = _new(el, "plot", src)
    formats: dict[str, etree._Element] = {}

    def axis_format(axis: str) -> etree._Element:
        if axis not in formats:
            holder = _new(el, axis + "Format", src)
            formats[axis] = _new(holder, "axisFormat", src)
        return formats[axis]

    for name, value in attributes(src):
        if name in PLOT_ATTRS:
            _set(plot, name, value)
            continue
        axis = next((a for a in AXES if name.startswith(a) and name[len(a) :] in AXIS_FORMAT_ATTRS), None)
        if axis is not None:
            _set(axis_format(axis), AXIS_FORMAT_ATTRS[name[len(axis) :]], value)
        else:
            _set(el, PLOT_OWN_ATTRS.get(name, name), value)
    for child in _children(src):
        name = local_name(child)
        axis = next((a for a in AXES if name.startswith(a) and name[len(a) :] in AXIS_FORMAT_FONTS), None)
        if name == "seriesColor":
            color = _new(plot, "seriesColor", child)
            _attrs(child, color, {"order": "seriesOrder"})
        elif axis is not None:
            _font_holder(child, axis_format(axis), AXIS_FORMAT_FONTS[name[len(axis) :]])
        elif name == "itemLabel":
            _item_label(child, el)
        elif name == "valueDisplay":
            _value_display(child, el)
        elif name == "dataRange":
            _data_range(child, el)
        elif name == "interval":
            interval = _new(el, "meterInterval", child)
            _attrs(child, interval, {"backgroundColor": "color"})
            for grandchild in _children(child):
                if local_name(grandchild) == "dataRange":
                    _data_range(grandchild, interval)
                else:
                    _keep(grandchild, interval)
        elif name in ("lowRange", "mediumRange", "highRange"):
            holder = _new(el, name, child)
            _data_range(child, holder)
        elif name == "tickLabelFont":
            _font_holder(child, el, "tickLabelFont")
        elif name == "axis" and tag == "multiAxisPlot":
            _multi_axis(child, el)
        else:
            _rename(child, el, name)
    for axis in PLOT_AXES.get(tag, ()):
        axis_format(axis)
    order = tag if tag in CHILD_ORDER else "xyPlot"
    return _sort(el, order)


def _item_label(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "itemLabel", src)
    _attrs(src, el, {})
    for child in _children(src):
        if local_name(child) == "font":
            _apply("font", child, el)
        else:
            _keep(child, el)
    return el


def _multi_axis(src: etree._Element, parent: etree._Element) -> etree._Element:
    """7.x ``<axis><position>p</position><chart chartType=...>`` -> 6.x
    ``<axis position="p"><xxxChart>...``."""
    el = _new(parent, "axis", src)
    _attrs(src, el, {})
    for child in _children(src):
        name = local_name(child)
        if name == "position":
            el.set("position", (child.text or "").strip())
        elif name == "chart":
            _chart(child, el)
        else:
            _keep(child, el)
    return el


def _chart(src: etree._Element, parent: etree._Element) -> etree._Element:
    chart_type = src.get("chartType", "")
    tags = CHART_TYPES.get(chart_type)
    if tags is None:
        return _keep(src, parent)
    chart_tag, plot_tag = tags
    outer = _new(parent, chart_tag, src)
    shell = _Shell(src, outer, "chart", "chart")
    # the 6.x reader sees <xxxChart><chart ...><reportElement/>...</chart>...</xxxChart>
    titles = {name: _new(shell.outer, name, src) for name in ("chartTitle", "chartSubtitle", "chartLegend")}
    for name in list(shell.outer.attrib):
        if name in CHART_TITLE_ATTRS:
            holder, attr = CHART_TITLE_ATTRS[name]
            titles[holder].set(attr, shell.outer.attrib.pop(name))
    for child in _children(src):
        if shell.common_child(child):
            continue
        name = local_name(child)
        if name in CHART_TITLE_CHILDREN:
            holder, tag = CHART_TITLE_CHILDREN[name]
            if tag == "font":
                _apply("font", child, titles[holder])
            else:
                _rename(child, titles[holder], tag)
        elif name in HYPERLINK_CHILDREN:
            if name == "hyperlinkParameter":
                _apply("hyperlinkParameter", child, shell.outer)
            else:
                _rename(child, shell.outer, name)
        elif name == "dataset":
            _chart_dataset(child, outer)
        elif name == "plot":
            _plot(child, outer, plot_tag)
        else:
            _keep(child, outer)
    for title in titles.values():
        _sort(title)
    shell.finish()
    if not any(local_name(c) == plot_tag for c in outer):
        _new(outer, plot_tag, src).append(_new(None, "plot", src))
    return outer


ELEMENT_HANDLERS: dict[str, Callable[[etree._Element, etree._Element], etree._Element]] = {
    "staticText": _simple_element,
    "textField": _simple_element,
    "image": _simple_element,
    "line": _simple_element,
    "rectangle": _simple_element,
    "ellipse": _simple_element,
    "break": _simple_element,
    "subreport": _simple_element,
    "genericElement": _simple_element,
    "frame": _frame,
    "elementGroup": _element_group,
    "component": _component_element,
    "crosstab": _crosstab,
    "chart": _chart,
}


# --------------------------------------------------------------------------------------
# bands, sections, groups, datasets, report
# --------------------------------------------------------------------------------------

#: Sections that hold one band: 7.x writes the band's attributes and contents on the
#: section element itself.
SINGLE_BAND_SECTIONS = (
    "background",
    "title",
    "pageHeader",
    "columnHeader",
    "columnFooter",
    "pageFooter",
    "lastPageFooter",
    "summary",
    "noData",
)
#: Sections that hold a list of bands (or parts), as in 6.x.
MULTI_BAND_SECTIONS = ("detail", "groupHeader", "groupFooter")


def _band_body(src: etree._Element, band: etree._Element) -> None:
    for child in _children(src):
        name = local_name(child)
        if name in ("property", "propertyExpression", "printWhenExpression"):
            _rename(child, band, name)
        elif name == "returnValue":
            _apply("returnValue", child, band)
        else:
            _element(child, band)


def _band(src: etree._Element, parent: etree._Element) -> etree._Element:
    band = _new(parent, "band", src)
    _attrs(src, band, {})
    _band_body(src, band)
    return band


def _single_band_section(src: etree._Element, parent: etree._Element) -> etree._Element:
    section = _new(parent, local_name(src), src)
    band = _new(section, "band", src)
    _attrs(src, band, {})
    _band_body(src, band)
    return section


def _multi_band_section(src: etree._Element, parent: etree._Element) -> etree._Element:
    section = _new(parent, local_name(src), src)
    _attrs(src, section, {})
    for child in _children(src):
        name = local_name(child)
        if name == "band":
            _band(child, section)
        elif name == "part":
            _part(child, section)
        else:
            _keep(child, section)
    return section


def _group(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "group", src)
    _attrs(src, el, GROUP_ATTRS)
    for child in _children(src):
        name = local_name(child)
        if name == "expression":
            _rename(child, el, "groupExpression")
        elif name in ("groupHeader", "groupFooter"):
            _multi_band_section(child, el)
        else:
            _keep(child, el)
    return _sort(el)


#: Children of a 7.x dataset (the main one, on the report, or a named ``<dataset>``).
DATASET_CHILDREN: dict[str, Handler] = {
    "property": lambda s, p: _rename(s, p, "property"),
    "propertyExpression": lambda s, p: _rename(s, p, "propertyExpression"),
    "scriptlet": lambda s, p: _apply("scriptlet", s, p),
    "parameter": lambda s, p: _apply("parameter", s, p),
    "query": lambda s, p: _apply("query", s, p),
    "field": lambda s, p: _apply("field", s, p),
    "sortField": lambda s, p: _apply("sortField", s, p),
    "variable": lambda s, p: _apply("variable", s, p),
    "filterExpression": lambda s, p: _rename(s, p, "filterExpression"),
    "group": _group,
}

#: Children of the 7.x ``<jasperReport>`` besides the main dataset's.
REPORT_CHILDREN: dict[str, Handler] = {
    **DATASET_CHILDREN,
    "import": _import,
    "template": lambda s, p: _rename(s, p, "template"),
    "style": _style,
    "dataset": lambda s, p: _sub_dataset(s, p),
    **{name: _single_band_section for name in SINGLE_BAND_SECTIONS},
    "detail": _multi_band_section,
}


def _sub_dataset(src: etree._Element, parent: etree._Element) -> etree._Element:
    el = _new(parent, "subDataset", src)
    _attrs(src, el, {})
    for child in _children(src):
        handler = DATASET_CHILDREN.get(local_name(child))
        if handler is None:
            _keep(child, el)
        else:
            handler(child, el)
    return _sort(el)


def _report(src: etree._Element) -> etree._Element:
    root = _new(None, "jasperReport", src, nsmap={None: JR_NS})
    _attrs(src, root, REPORT_ATTRS)
    for child in _children(src):
        handler = REPORT_CHILDREN.get(local_name(child))
        if handler is None:
            _keep(child, root)
        else:
            handler(child, root)
    return _sort(root)


# --------------------------------------------------------------------------------------
# public API
# --------------------------------------------------------------------------------------

#: Constructs only the 7.x dialect has (any one of them makes a document 7.x).
_V7_ONLY_CHILDREN = {"dataset", "query"}


def is_v7(root: etree._Element) -> bool:
    """Whether ``root`` is a JasperReports 7.x template.

    7.x templates have no namespace (as very old DTD-based 6.x ones) and are told apart
    by constructs only 7.x writes: ``<element kind=...>``, ``<dataset>``/``<query>`` on
    the report, a section written without its ``<band>``, ``<expression>`` in a variable
    or group, or the 7.x spelling of the report's and styles' boolean attributes."""
    if local_name(root) != "jasperReport" or namespace(root) is not None:
        return False
    if any(name in root.attrib for name in REPORT_ATTRS):
        return True
    for child in _children(root):
        name = local_name(child)
        if name in _V7_ONLY_CHILDREN:
            return True
        if name in SINGLE_BAND_SECTIONS and (
            child.attrib or any(local_name(c) != "band" for c in _children(child))
        ):
            return True
        if name in ("variable", "group") and any(local_name(c) == "expression" for c in _children(child)):
            return True
        if name == "style" and any(a in child.attrib for a in STYLE_ATTRS):
            return True
    for el in root.iter("element"):
        if el.get("kind") is not None:
            return True
    return False


def _is_v7_style_template(root: etree._Element) -> bool:
    if local_name(root) != "jasperTemplate" or namespace(root) is not None:
        return False
    for style in root.iter("style", "conditionalStyle"):
        if any(a in style.attrib for a in STYLE_ATTRS) or any(
            a in style.attrib for a in FONT_ATTRS if a != "fontName"
        ):
            if "." in style.get("fontSize", ".") or any(a in style.attrib for a in STYLE_ATTRS):
                return True
        if local_name(style) == "conditionalStyle" and style.attrib:
            return True
    return False


def _style_template(src: etree._Element) -> etree._Element:
    """A 7.x ``.jrtx`` style template: its styles as in a report, in the 6.x template
    namespace."""
    root = _new(None, "jasperTemplate", src, TEMPLATE_NS, {None: TEMPLATE_NS})
    _attrs(src, root, {})
    for child in _children(src):
        name = local_name(child)
        if name == "style":
            _style(child, root)
        elif name == "template":
            _rename(child, root, "template")
        else:
            _keep(child, root)
    for el in root.iter(f"{{{JR_NS}}}*"):
        el.tag = f"{{{TEMPLATE_NS}}}{local_name(el)}"
    etree.cleanup_namespaces(root)
    return root


def to_v6(document: XmlDocument) -> XmlDocument:
    """The 6.x form of a 7.x document (a document that is not 7.x is returned as is).

    Also takes a 7.x ``.jrtx`` style template (``<jasperTemplate>`` without namespace,
    styles spelled as in 7.x reports)."""
    if _is_v7_style_template(document.root):
        return XmlDocument(_style_template(document.root), document.name, document.path)
    if not is_v7(document.root):
        return document
    return XmlDocument(_report(document.root), document.name, document.path)
