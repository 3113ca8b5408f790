"""Tests of the 7.x -> 6.x JRXML translation (``jrxmlpy.jrxml.v7``).

Part 1 translates small inline 7.x snippets and checks the 6.x structure produced.
Part 2 (the corpus test) translates every 7.x template of the conformance suite
``public-jr7.jsonl`` and compares it with the 6.x template it was rewritten from, in a
canonical form (see :func:`canonical`).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from lxml import etree

from jrxmlpy.jrxml.v7 import COMPONENTS_NS, JR_NS, PARTS_NS, TEMPLATE_NS, is_v7, to_v6
from jrxmlpy.jrxml.xmlsource import local_name, parse_xml

REPO = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("JRXMLPY_SHARED", REPO.parent / "shared"))
CONFORMANCE = SHARED / "conformance"
XSD_DIR = SHARED / "reference"

J = f"{{{JR_NS}}}"
C = f"{{{COMPONENTS_NS}}}"


def translate(text: str) -> etree._Element:
    document = parse_xml(text)
    assert is_v7(document.root)
    return to_v6(document).root


def report(body: str, attrs: str = "") -> str:
    return f'<jasperReport name="r" language="java" {attrs}>\n{body}\n</jasperReport>'


def tags(element: etree._Element) -> list[str]:
    return [local_name(c) for c in element]


# ======================================================================================
# canonical comparison
# ======================================================================================
#
# Two templates are "equal" when their canonical forms are.  The canonical form of an
# element is (local name, attributes, text, children), with:
#
# * namespaces, ``uuid`` and ``xsi:*`` attributes ignored; attribute order ignored;
# * expression and other texts compared with all whitespace removed;
# * numbers compared as numbers (``fontSize="10.0"`` equals ``fontSize="10"``);
# * attributes equal to their default in the 6.x schema (jasperreport.xsd,
#   components.xsd) removed, so an attribute one side writes and the other leaves to
#   its default compares equal (e.g. ``language="java"``, ``columnBreakOffset="10"``,
#   ``queryString language="sql"``, crosstab parameter ``class="java.lang.String"``);
# * DEFAULT_RULES below: attributes whose default is not in the schema but in the
#   engine (documented one by one);
# * EMPTY_MEANS_UNSET below: elements that only carry values (``<textElement/>``,
#   ``<font/>``, ``<chartTitle/>``, ``<axisFormat/>``, an empty expression...) are the
#   same as absent when they carry nothing;
# * ``com.jaspersoft.studio.*`` properties ignored: they are Jaspersoft Studio's design
#   hints (units, adapters, layout), never read when filling, and the 7.x rewrites of
#   the corpus do not carry them.

#: (element, attribute) -> value the engine uses when the attribute is absent, for
#: attributes the schema declares without a default.
DEFAULT_RULES: dict[tuple[str, str], str] = {
    # crosstab/list ignoreWidth: absent means "the net.sf.jasperreports.crosstab.ignore.width
    # (list: ...components.list.ignore.width) property", false by default; the 7.x writer
    # leaves a false value out.
    ("crosstab", "ignoreWidth"): "false",
    ("list", "ignoreWidth"): "false",
    # an element dataset (chart, crosstab) resets with the report unless told otherwise
    ("dataset", "resetType"): "Report",
    # a text field that says nothing about adjusting cuts its text
    ("textField", "textAdjust"): "CutText",
    # a style is not the default one unless it says so
    ("style", "isDefault"): "false",
}

#: Equivalent spellings of one value: (element, attribute) -> {6.x legacy value: value}.
#: The 6.x writer kept the deprecated stretch types of old templates, the 7.x writer
#: writes their replacements (the same behaviour in 6.20: an element directly in a band
#: stretches to the band, the tallest element of its group being the group's height).
VALUE_SYNONYMS: dict[tuple[str, str], dict[str, str]] = {
    ("reportElement", "stretchType"): {
        "RelativeToBandHeight": "ContainerHeight",
        "RelativeToTallestObject": "ElementGroupHeight",
    },
}

#: Java's named colours, which 6.x templates may use and 7.x writes as #RRGGBB.
COLOR_NAMES = {
    "black": "#000000",
    "blue": "#0000FF",
    "cyan": "#00FFFF",
    "darkGray": "#404040",
    "gray": "#808080",
    "green": "#00FF00",
    "lightGray": "#C0C0C0",
    "magenta": "#FF00FF",
    "orange": "#FFC800",
    "pink": "#FFAFAF",
    "red": "#FF0000",
    "white": "#FFFFFF",
    "yellow": "#FFFF00",
}

#: The 6.x test resources of the corpus live in a ``repo/`` directory that the 7.x
#: rewrites do not have: resource paths in texts and attributes are compared without it.
_REPO_DIR = re.compile(r"(?<=/)repo/")

#: Elements that only carry values: when they have no attributes, text or children
#: left they mean the same as not being there.
EMPTY_MEANS_UNSET = {
    "parameterDescription",
    "fieldDescription",
    "variableDescription",
    "textElement",
    "font",
    "graphicElement",
    "paragraph",
    "box",
    "pen",
    "topPen",
    "leftPen",
    "bottomPen",
    "rightPen",
    "chartTitle",
    "chartSubtitle",
    "chartLegend",
    "axisFormat",
    "categoryAxisFormat",
    "valueAxisFormat",
    "timeAxisFormat",
    "xAxisFormat",
    "yAxisFormat",
    "plot",
    "dataset@chart",
}

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_WS = re.compile(r"\s+")


@cache
def schema_defaults() -> dict[str, dict[str, str]]:
    """element local name -> {attribute: default} from the 6.x schemas."""
    xs = "{http://www.w3.org/2001/XMLSchema}"
    out: dict[str, dict[str, str]] = {}
    for name in ("jasperreport.xsd", "components.xsd"):
        path = XSD_DIR / name
        if not path.exists():
            continue
        for element in etree.parse(str(path)).getroot().iter(xs + "element"):
            if element.get("name") is None:
                continue
            for attribute in element.iter(xs + "attribute"):
                if attribute.get("default") is not None:
                    out.setdefault(element.get("name"), {})[attribute.get("name")] = attribute.get("default")
    return out


def _norm_value(value: str) -> str:
    value = value.strip()
    if _NUMBER.match(value):
        number = float(value)
        return str(int(number)) if number.is_integer() else repr(number)
    return value


def _is_expression(name: str) -> bool:
    return name.endswith("Expression") or name in ("text", "queryString", "template")


def _legacy_attributes(name: str, attrs: dict[str, str]) -> dict[str, str]:
    """Deprecated 6.x attributes spelled as their replacements:

    * ``isStretchWithOverflow="true"`` is ``textAdjust="StretchHeight"``;
    * a style's ``hAlign``/``vAlign`` set both the text and the image alignment, which
      7.x writes as ``hTextAlign`` + ``hImageAlign`` (``vTextAlign`` + ``vImageAlign``).
    """
    if name == "textField" and "isStretchWithOverflow" in attrs:
        if attrs.pop("isStretchWithOverflow") == "true":
            attrs.setdefault("textAdjust", "StretchHeight")
    if name == "style":
        for old, text, image in (
            ("hAlign", "hTextAlign", "hImageAlign"),
            ("vAlign", "vTextAlign", "vImageAlign"),
        ):
            if old in attrs:
                value = attrs.pop(old)
                attrs.setdefault(text, value)
                attrs.setdefault(image, value)
    return attrs


def canonical(element: etree._Element, parent: str = "") -> tuple | None:
    """The canonical form of ``element`` (None when it means nothing)."""
    name = local_name(element)
    if name == "property" and (element.get("name") or "").startswith("com.jaspersoft.studio."):
        return None
    defaults = {**schema_defaults().get(name, {})}
    defaults.update({a: v for (e, a), v in DEFAULT_RULES.items() if e == name})
    attrs = {}
    for key, value in element.attrib.items():
        key = key.rsplit("}", 1)[-1] if key.startswith("{") else key
        if key == "uuid" or key == "schemaLocation":
            continue
        value = _REPO_DIR.sub("", _norm_value(value))
        if key == "key" and value == "":
            continue  # an empty key is no key (7.x leaves it out)
        value = COLOR_NAMES.get(value, value) if "color" in key.lower() or key == "backgroundColor" else value
        value = VALUE_SYNONYMS.get((name, key), {}).get(value, value)
        attrs[key] = value
    attrs = {
        key: value
        for key, value in _legacy_attributes(name, attrs).items()
        if not (key in defaults and _norm_value(defaults[key]) == value)
    }
    text = _REPO_DIR.sub("", _WS.sub("", element.text or ""))
    children = [c for c in (canonical(k, name) for k in element if isinstance(k.tag, str)) if c is not None]
    empty = not attrs and not text and not children
    if empty and (
        name in EMPTY_MEANS_UNSET
        or (name == "dataset" and parent.endswith("Dataset") and parent != "crosstabDataset")
        or _is_expression(name)
    ):
        return None
    return (name, tuple(sorted(attrs.items())), text, tuple(children))


def first_difference(a: tuple | None, b: tuple | None, path: str = "") -> str | None:
    """Where the canonical forms ``a`` and ``b`` first differ (None when equal)."""
    if a == b:
        return None
    if a is None or b is None:
        return f"{path}: {a and a[0]} vs {b and b[0]}"
    here = f"{path}/{a[0]}"
    if a[0] != b[0]:
        return f"{path}: <{a[0]}> vs <{b[0]}>"
    if a[1] != b[1]:
        da, db = dict(a[1]), dict(b[1])
        diff = {k: (da.get(k), db.get(k)) for k in set(da) | set(db) if da.get(k) != db.get(k)}
        return f"{here}: attributes {diff}"
    if a[2] != b[2]:
        return f"{here}: text {a[2][:80]!r} vs {b[2][:80]!r}"
    for i, (x, y) in enumerate(zip(a[3], b[3], strict=False)):
        found = first_difference(x, y, f"{here}[{i}]")
        if found:
            return found
    return f"{here}: children {[c[0] for c in a[3]]} vs {[c[0] for c in b[3]]}"


# ======================================================================================
# 1. inline snippets
# ======================================================================================


def test_is_v7():
    assert is_v7(parse_xml(report('<title height="10"/>')).root)
    assert is_v7(
        parse_xml(
            report(
                '<detail><band height="1"><element kind="line" x="0" y="0" width="1" height="1"/></band></detail>'
            )
        ).root
    )
    six = f'<jasperReport xmlns="{JR_NS}" name="r"><title><band height="10"/></title></jasperReport>'
    assert not is_v7(parse_xml(six).root)
    old = '<jasperReport name="r"><title><band height="10"/></title></jasperReport>'
    assert not is_v7(parse_xml(old).root)


def test_to_v6_leaves_6x_alone():
    six = parse_xml(f'<jasperReport xmlns="{JR_NS}" name="r"/>')
    assert to_v6(six) is six


def test_report_attributes_and_namespace():
    root = translate(
        report(
            "", 'floatColumnFooter="true" summaryNewPage="true" titleNewPage="false" ignorePagination="true"'
        )
    )
    assert root.tag == J + "jasperReport"
    assert root.get("isFloatColumnFooter") == "true"
    assert root.get("isSummaryNewPage") == "true"
    assert root.get("isTitleNewPage") == "false"
    assert root.get("isIgnorePagination") == "true"
    assert root.get("language") == "java"


def test_text_field_flattened_attributes():
    root = translate(
        report(
            '<title height="20">\n'
            '  <element kind="textField" uuid="u" key="k" x="1" y="2" width="3" height="4" style="S"\n'
            '      mode="Opaque" forecolor="#FF0000" printRepeatedValues="false" removeLineWhenBlank="true"\n'
            '      fontName="DejaVu Sans" fontSize="10.0" bold="true" hTextAlign="Right" vTextAlign="Middle"\n'
            '      markup="styled" rotation="Left" blankWhenNull="true" pattern="0.00" evaluationTime="Report"\n'
            '      textAdjust="StretchHeight" linkType="Reference" linkTarget="Blank">\n'
            "    <printWhenExpression><![CDATA[$V{X} > 1]]></printWhenExpression>\n"
            '    <property name="p" value="v"/>\n'
            "    <expression><![CDATA[$F{name}]]></expression>\n"
            '    <hyperlinkReferenceExpression>"http://x"</hyperlinkReferenceExpression>\n'
            '    <paragraph lineSpacing="Double"/>\n'
            '    <box padding="2" style="S"><pen lineWidth="1.0"/></box>\n'
            "  </element>\n"
            "</title>"
        )
    )
    title = root.find(J + "title")
    band = title.find(J + "band")
    assert band.get("height") == "20"
    text_field = band.find(J + "textField")
    assert tags(text_field) == [
        "reportElement",
        "box",
        "textElement",
        "textFieldExpression",
        "hyperlinkReferenceExpression",
    ]
    assert dict(text_field.attrib) == {
        "isBlankWhenNull": "true",
        "pattern": "0.00",
        "evaluationTime": "Report",
        "textAdjust": "StretchHeight",
        "hyperlinkType": "Reference",
        "hyperlinkTarget": "Blank",
    }
    report_element = text_field.find(J + "reportElement")
    assert report_element.get("isPrintRepeatedValues") == "false"
    assert report_element.get("isRemoveLineWhenBlank") == "true"
    assert report_element.get("style") == "S"
    assert [report_element.get(a) for a in ("x", "y", "width", "height")] == ["1", "2", "3", "4"]
    assert tags(report_element) == ["property", "printWhenExpression"]
    text_element = text_field.find(J + "textElement")
    assert dict(text_element.attrib) == {
        "textAlignment": "Right",
        "verticalAlignment": "Middle",
        "markup": "styled",
        "rotation": "Left",
    }
    assert tags(text_element) == ["font", "paragraph"]
    assert dict(text_element.find(J + "font").attrib) == {
        "fontName": "DejaVu Sans",
        "size": "10",
        "isBold": "true",
    }
    assert text_field.find(J + "box").get("style") is None
    assert text_field.find(J + "textFieldExpression").text == "$F{name}"
    # every produced element points at the 7.x line it came from (libxml2 gives an
    # element the line where its start tag ends)
    assert report_element.sourceline == 7
    assert text_element.sourceline == 7
    assert report_element.find(J + "printWhenExpression").sourceline == 8
    assert text_field.find(J + "textFieldExpression").sourceline == 10
    assert band.sourceline == 2


def test_graphic_elements_and_static_text():
    root = translate(
        report(
            '<pageHeader height="30" splitType="Prevent">'
            '<element kind="line" x="0" y="0" width="10" height="1" direction="BottomUp"><pen lineWidth="0.5"/></element>'
            '<element kind="rectangle" x="0" y="0" width="10" height="1" radius="5" fill="Solid"/>'
            '<element kind="staticText" x="0" y="0" width="10" height="1" underline="true"><text>Hi</text></element>'
            '<element kind="image" x="0" y="0" width="10" height="1" hImageAlign="Center" vImageAlign="Top" scaleImage="RetainShape" lazy="true" usingCache="true"><expression>"a.png"</expression></element>'
            '<element kind="break" x="0" y="0" width="10" height="1" type="Column"/>'
            '<element kind="ellipse" x="0" y="0" width="10" height="1"/>'
            "</pageHeader>"
        )
    )
    band = root.find(J + "pageHeader/" + J + "band")
    assert band.get("splitType") == "Prevent"
    assert tags(band) == ["line", "rectangle", "staticText", "image", "break", "ellipse"]
    line, rectangle, static, image, brk, _ = band
    assert line.get("direction") == "BottomUp"
    assert line.find(J + "graphicElement/" + J + "pen").get("lineWidth") == "0.5"
    assert rectangle.get("radius") == "5" and rectangle.find(J + "graphicElement").get("fill") == "Solid"
    assert static.find(J + "textElement/" + J + "font").get("isUnderline") == "true"
    assert static.find(J + "text").text == "Hi"
    assert dict(image.attrib) == {
        "hAlign": "Center",
        "vAlign": "Top",
        "scaleImage": "RetainShape",
        "isLazy": "true",
        "isUsingCache": "true",
    }
    assert image.find(J + "imageExpression").text == '"a.png"'
    assert brk.get("type") == "Column"


def test_datasets_parameters_variables_groups():
    root = translate(
        report(
            '<property name="a" value="b"/>\n'
            "<import>java.util.*</import>\n"
            '<style name="S" default="true" fontSize="8.0" bold="true" pdfEmbedded="false">\n'
            '  <conditionalStyle forecolor="#FF0000" bold="true"><conditionExpression>$V{X} > 0</conditionExpression></conditionalStyle>\n'
            "</style>\n"
            '<dataset name="D" uuid="u"><query language="sql">select 1</query>'
            '<field name="f" class="java.lang.String"><description>d</description></field></dataset>\n'
            '<parameter name="P" class="java.lang.Integer" forPrompting="false"><description>x</description><defaultValueExpression>1</defaultValueExpression></parameter>\n'
            '<query language="sql">select *</query>\n'
            '<variable name="V" class="java.lang.Integer" calculation="Sum" resetType="Group" resetGroup="G"><expression>1</expression><initialValueExpression>0</initialValueExpression></variable>\n'
            '<group name="G" startNewPage="true" reprintHeaderOnEachPage="true" keepTogether="true"><expression>$F{f}</expression>'
            '<groupHeader><band height="5"/></groupHeader><groupFooter><band height="6"/></groupFooter></group>\n'
            "<background/>\n"
            '<detail><band height="7"/><band height="8"/></detail>\n'
            '<summary height="9"/>'
        )
    )
    assert tags(root) == [
        "property",
        "import",
        "style",
        "subDataset",
        "parameter",
        "queryString",
        "variable",
        "group",
        "background",
        "detail",
        "summary",
    ]
    assert root.find(J + "import").get("value") == "java.util.*"
    style = root.find(J + "style")
    assert dict(style.attrib) == {
        "name": "S",
        "isDefault": "true",
        "fontSize": "8",
        "isBold": "true",
        "isPdfEmbedded": "false",
    }
    conditional = style.find(J + "conditionalStyle")
    assert tags(conditional) == ["conditionExpression", "style"]
    assert dict(conditional.find(J + "style").attrib) == {"forecolor": "#FF0000", "isBold": "true"}
    sub = root.find(J + "subDataset")
    assert tags(sub) == ["queryString", "field"]
    assert sub.find(J + "field/" + J + "fieldDescription").text == "d"
    parameter = root.find(J + "parameter")
    assert parameter.get("isForPrompting") == "false"
    assert tags(parameter) == ["parameterDescription", "defaultValueExpression"]
    assert root.find(J + "queryString").text == "select *"
    assert tags(root.find(J + "variable")) == ["variableExpression", "initialValueExpression"]
    group = root.find(J + "group")
    assert dict(group.attrib) == {
        "name": "G",
        "isStartNewPage": "true",
        "isReprintHeaderOnEachPage": "true",
        "keepTogether": "true",
    }
    assert tags(group) == ["groupExpression", "groupHeader", "groupFooter"]
    assert group.find(J + "groupHeader/" + J + "band").get("height") == "5"
    assert tags(root.find(J + "background")) == ["band"]
    assert [b.get("height") for b in root.find(J + "detail")] == ["7", "8"]
    assert root.find(J + "summary/" + J + "band").get("height") == "9"


def test_subreport_and_frame():
    root = translate(
        report(
            '<title height="50"><element kind="frame" x="0" y="0" width="100" height="50" mode="Opaque">'
            "<borderSplitType>DrawBorders</borderSplitType>"
            '<element kind="subreport" x="0" y="0" width="10" height="10" usingCache="true" runToBottom="true">'
            '<expression>"sub.jasper"</expression>'
            '<returnValue toVariable="T" subreportVariable="S" calculation="Sum"/>'
            "<dataSourceExpression>$P{DS}</dataSourceExpression>"
            '<parameter name="A"><expression>1</expression></parameter>'
            "<parametersMapExpression>$P{REPORT_PARAMETERS_MAP}</parametersMapExpression>"
            "</element>"
            '<element kind="elementGroup"><element kind="ellipse" x="0" y="0" width="1" height="1"/></element>'
            "</element></title>"
        )
    )
    frame = root.find(J + "title/" + J + "band/" + J + "frame")
    assert frame.get("borderSplitType") == "DrawBorders"
    assert tags(frame) == ["reportElement", "subreport", "elementGroup"]
    subreport = frame.find(J + "subreport")
    assert dict(subreport.attrib) == {"isUsingCache": "true", "runToBottom": "true"}
    assert tags(subreport) == [
        "reportElement",
        "parametersMapExpression",
        "subreportParameter",
        "dataSourceExpression",
        "returnValue",
        "subreportExpression",
    ]
    assert subreport.find(J + "subreportParameter/" + J + "subreportParameterExpression").text == "1"
    assert tags(frame.find(J + "elementGroup")) == ["ellipse"]


def test_table_component():
    root = translate(
        report(
            '<title height="50"><element kind="component" x="0" y="0" width="100" height="50" style="T">'
            '<component kind="table" whenNoDataType="AllSectionsNoDetail">'
            '<datasetRun subDataset="D"><dataSourceExpression>$P{DS}</dataSourceExpression>'
            '<parameter name="A"><expression>1</expression></parameter></datasetRun>'
            '<column kind="group" width="100"><columnHeader height="10" style="H">'
            '<element kind="staticText" x="0" y="0" width="100" height="10"><text>G</text></element>'
            '<box style="H"><pen lineWidth="1.0"/></box></columnHeader>'
            '<column kind="single" width="100"><groupHeader groupName="g"><cell height="3"/></groupHeader>'
            '<detailCell height="10"><element kind="textField" x="0" y="0" width="100" height="10"><expression>$F{f}</expression></element></detailCell>'
            "</column></column></component>"
            '<property name="net.sf.jasperreports.components.table.name" value="t"/>'
            "</element></title>"
        )
    )
    component = root.find(J + "title/" + J + "band/" + J + "componentElement")
    assert tags(component) == ["reportElement", "table"]
    assert component.find(J + "reportElement/" + J + "property").get("value") == "t"
    table = component.find(C + "table")
    assert table.get("whenNoDataType") == "AllSectionsNoDetail"
    assert [c.tag for c in table] == [J + "datasetRun", C + "columnGroup"]
    run = table.find(J + "datasetRun")
    assert tags(run) == ["datasetParameter", "dataSourceExpression"]
    group = table.find(C + "columnGroup")
    assert [c.tag for c in group] == [C + "columnHeader", C + "column"]
    header = group.find(C + "columnHeader")
    assert [c.tag for c in header] == [J + "box", J + "staticText"]
    assert header.find(J + "box").get("style") is None
    column = group.find(C + "column")
    assert [c.tag for c in column] == [C + "groupHeader", C + "detailCell"]
    assert column.find(C + "groupHeader/" + C + "cell").get("height") == "3"


def test_list_barcodes_icon_label_components():
    root = translate(
        report(
            '<title height="50">'
            '<element kind="component" x="0" y="0" width="100" height="50">'
            '<component kind="list" printOrder="Horizontal"><datasetRun subDataset="D"/>'
            '<contents height="20" width="50"><element kind="textField" x="0" y="0" width="50" height="20"><expression>1</expression></element></contents>'
            "</component></element>"
            '<element kind="component" x="0" y="0" width="100" height="50">'
            '<component kind="barcode4j:Code128" moduleWidth="1.0"><codeExpression>"1"</codeExpression></component></element>'
            '<element kind="component" x="0" y="0" width="100" height="50">'
            '<component kind="barbecue" type="Code128" drawText="true"><codeExpression>"1"</codeExpression></component></element>'
            '<element kind="component" x="0" y="0" width="100" height="50" style="C">'
            '<component kind="iconLabel" iconPosition="End" hAlign="Right" vAlign="Top" style="C">'
            '<labelTextField x="0" y="0" width="1" height="1" fontSize="8.0" style="L"><expression>"a"</expression><box style="L" padding="5"/></labelTextField>'
            '<iconTextField x="0" y="0" width="1" height="1"><expression>"b"</expression></iconTextField>'
            "</component></element>"
            "</title>"
        )
    )
    band = root.find(J + "title/" + J + "band")
    lst, code128, barbecue, icon_label = [c[1] for c in band]
    assert lst.tag == C + "list" and lst.get("printOrder") == "Horizontal"
    contents = lst.find(C + "listContents")
    assert dict(contents.attrib) == {"height": "20", "width": "50"}
    assert tags(contents) == ["textField"]
    assert code128.tag == C + "Code128" and code128.get("moduleWidth") == "1.0"
    assert code128.find(C + "codeExpression").text == '"1"'
    assert barbecue.tag == C + "barbecue" and barbecue.find(C + "codeExpression") is not None
    assert icon_label.tag == C + "iconLabel"
    assert dict(icon_label.attrib) == {
        "iconPosition": "End",
        "horizontalAlignment": "Right",
        "verticalAlignment": "Top",
    }
    assert [c.tag for c in icon_label] == [C + "label", C + "icon"]
    label = icon_label.find(C + "label/" + J + "textField")
    assert label.find(J + "reportElement").get("style") == "L"
    assert label.find(J + "textElement/" + J + "font").get("size") == "8"
    assert label.find(J + "box").get("padding") == "5"


def test_crosstab():
    root = translate(
        report(
            '<summary height="50"><element kind="crosstab" x="0" y="0" width="100" height="50" repeatColumnHeaders="false" columnBreakOffset="10">'
            '<dataset dataPreSorted="true"><datasetRun subDataset="D"/></dataset>'
            '<headerCell><element kind="staticText" x="0" y="0" width="1" height="1"><text>h</text></element><box><pen lineWidth="1.0"/></box></headerCell>'
            '<rowGroup name="R" width="50" totalPosition="End"><bucket class="java.lang.String"><expression>$F{r}</expression></bucket>'
            '<header mode="Opaque" backcolor="#FF0000"/><totalHeader/></rowGroup>'
            '<columnGroup name="C" height="20" position="Stretch"><bucket class="java.lang.String"><expression>$F{c}</expression></bucket>'
            "<header/><totalHeader/></columnGroup>"
            '<measure name="M" class="java.lang.Integer" calculation="Count"><expression>$F{m}</expression></measure>'
            '<cell width="50" height="20"><contents mode="Opaque"><element kind="textField" x="0" y="0" width="1" height="1"><expression>$V{M}</expression></element></contents></cell>'
            '<whenNoDataCell><element kind="staticText" x="0" y="0" width="1" height="1"><text>none</text></element></whenNoDataCell>'
            '<parameter name="P" class="java.lang.String"><expression>$F{p}</expression></parameter>'
            "</element></summary>"
        )
    )
    crosstab = root.find(J + "summary/" + J + "band/" + J + "crosstab")
    assert dict(crosstab.attrib) == {"isRepeatColumnHeaders": "false", "columnBreakOffset": "10"}
    assert tags(crosstab) == [
        "reportElement",
        "crosstabParameter",
        "crosstabDataset",
        "crosstabHeaderCell",
        "rowGroup",
        "columnGroup",
        "measure",
        "crosstabCell",
        "whenNoDataCell",
    ]
    assert crosstab.find(J + "crosstabParameter/" + J + "parameterValueExpression").text == "$F{p}"
    dataset = crosstab.find(J + "crosstabDataset")
    assert dataset.get("isDataPreSorted") == "true"
    assert tags(dataset.find(J + "dataset")) == ["datasetRun"]
    assert tags(crosstab.find(J + "crosstabHeaderCell/" + J + "cellContents")) == ["box", "staticText"]
    row = crosstab.find(J + "rowGroup")
    assert tags(row) == ["bucket", "crosstabRowHeader", "crosstabTotalRowHeader"]
    assert tags(row.find(J + "bucket")) == ["bucketExpression"]
    assert dict(row.find(J + "crosstabRowHeader/" + J + "cellContents").attrib) == {
        "mode": "Opaque",
        "backcolor": "#FF0000",
    }
    column = crosstab.find(J + "columnGroup")
    assert column.get("headerPosition") == "Stretch"
    assert tags(column) == ["bucket", "crosstabColumnHeader", "crosstabTotalColumnHeader"]
    assert tags(crosstab.find(J + "measure")) == ["measureExpression"]
    cell = crosstab.find(J + "crosstabCell")
    assert dict(cell.attrib) == {"width": "50", "height": "20"}
    assert cell.find(J + "cellContents").get("mode") == "Opaque"
    assert tags(crosstab.find(J + "whenNoDataCell/" + J + "cellContents")) == ["staticText"]


def test_charts():
    root = translate(
        report(
            '<summary height="400">'
            '<element kind="chart" chartType="bar" x="0" y="0" width="100" height="100" showLegend="true" evaluationTime="Report"'
            ' titleColor="#000000" legendColor="#111111" legendBackgroundColor="#FFFFFF" legendPosition="Top" linkType="None">'
            '<titleExpression>"T"</titleExpression><titleFont fontSize="12.0" bold="true"/>'
            '<dataset kind="category" resetType="Group" resetGroup="G"><series><seriesExpression>"s"</seriesExpression>'
            "<categoryExpression>1</categoryExpression><valueExpression>2</valueExpression></series></dataset>"
            '<plot orientation="Horizontal" showLabels="true" categoryAxisLabelColor="#FF0000" valueAxisTickLabelMask="#0">'
            '<categoryAxisLabelExpression>"c"</categoryAxisLabelExpression><seriesColor order="0" color="#00FF00"/>'
            '<itemLabel color="#000000"/></plot></element>'
            '<element kind="chart" chartType="pie" x="0" y="0" width="100" height="100">'
            '<dataset kind="pie"><series><keyExpression>1</keyExpression><valueExpression>2</valueExpression></series></dataset>'
            '<plot labelFormat="{0}"/></element>'
            '<element kind="chart" chartType="meter" x="0" y="0" width="100" height="100">'
            '<dataset kind="value"><valueExpression>1</valueExpression></dataset>'
            '<plot units="u" needleColor="#000000"><dataRange><lowExpression>0</lowExpression><highExpression>1</highExpression></dataRange>'
            '<valueDisplay color="#000000"><font fontSize="12.0"/></valueDisplay>'
            '<interval label="L" backgroundColor="#FF0000" alpha="0.5"><dataRange><lowExpression>0</lowExpression><highExpression>1</highExpression></dataRange></interval>'
            "</plot></element>"
            '<element kind="chart" chartType="xyLine" x="0" y="0" width="100" height="100">'
            '<dataset kind="xy"><series><seriesExpression>"s"</seriesExpression><xvalueExpression>1</xvalueExpression><yvalueExpression>2</yvalueExpression></series></dataset>'
            "<plot/></element>"
            "</summary>"
        )
    )
    band = root.find(J + "summary/" + J + "band")
    assert tags(band) == ["barChart", "pieChart", "meterChart", "xyLineChart"]
    bar, pie, meter, xy = band
    assert tags(bar) == ["chart", "categoryDataset", "barPlot"]
    chart = bar.find(J + "chart")
    assert dict(chart.attrib) == {"isShowLegend": "true", "evaluationTime": "Report", "hyperlinkType": "None"}
    assert tags(chart) == ["reportElement", "chartTitle", "chartSubtitle", "chartLegend"]
    title = chart.find(J + "chartTitle")
    assert title.get("color") == "#000000"
    assert tags(title) == ["font", "titleExpression"]
    assert dict(title.find(J + "font").attrib) == {"size": "12", "isBold": "true"}
    assert dict(chart.find(J + "chartLegend").attrib) == {
        "textColor": "#111111",
        "backgroundColor": "#FFFFFF",
        "position": "Top",
    }
    dataset = bar.find(J + "categoryDataset")
    assert tags(dataset) == ["dataset", "categorySeries"]
    assert dict(dataset.find(J + "dataset").attrib) == {"resetType": "Group", "resetGroup": "G"}
    plot = bar.find(J + "barPlot")
    assert plot.get("isShowLabels") == "true"
    assert tags(plot) == [
        "plot",
        "itemLabel",
        "categoryAxisLabelExpression",
        "categoryAxisFormat",
        "valueAxisFormat",
    ]
    assert plot.find(J + "plot").get("orientation") == "Horizontal"
    assert plot.find(J + "plot/" + J + "seriesColor").get("seriesOrder") == "0"
    assert plot.find(J + "categoryAxisFormat/" + J + "axisFormat").get("labelColor") == "#FF0000"
    assert plot.find(J + "valueAxisFormat/" + J + "axisFormat").get("tickLabelMask") == "#0"
    # a single pie series is written without <pieSeries>, as 6.x does
    assert tags(pie.find(J + "pieDataset")) == ["keyExpression", "valueExpression"]
    assert pie.find(J + "piePlot").get("labelFormat") == "{0}"
    meter_plot = meter.find(J + "meterPlot")
    assert tags(meter_plot) == ["plot", "valueDisplay", "dataRange", "meterInterval"]
    assert meter_plot.find(J + "valueDisplay/" + J + "font").get("size") == "12"
    assert dict(meter_plot.find(J + "meterInterval").attrib) == {
        "label": "L",
        "color": "#FF0000",
        "alpha": "0.5",
    }
    assert tags(meter.find(J + "valueDataset")) == ["valueExpression"]
    assert tags(xy.find(J + "xyDataset/" + J + "xySeries")) == [
        "seriesExpression",
        "xValueExpression",
        "yValueExpression",
    ]


def test_parts_and_generic_element():
    root = translate(
        report(
            '<detail><part evaluationTime="Report"><partNameExpression>"p"</partNameExpression>'
            '<component kind="subreportPart" usingCache="true"><expression>"x.jasper"</expression>'
            '<parameter name="A"><expression>1</expression></parameter></component></part>'
            '<band height="10"><element kind="genericElement" x="0" y="0" width="1" height="1" evaluationTime="Report">'
            '<genericType namespace="urn:x" name="y"/><parameter name="p" skipWhenNull="true"><expression>1</expression></parameter>'
            "</element></band></detail>",
            'sectionType="Part"',
        )
    )
    part = root.find(J + "detail/" + J + "part")
    assert part.get("evaluationTime") == "Report"
    sub = part.find(f"{{{PARTS_NS}}}subreportPart")
    assert sub.get("usingCache") == "true"
    assert tags(sub) == ["subreportParameter", "subreportExpression"]
    generic = root.find(J + "detail/" + J + "band/" + J + "genericElement")
    assert generic.get("evaluationTime") == "Report"
    assert tags(generic) == ["reportElement", "genericElementType", "genericElementParameter"]
    assert generic.find(J + "genericElementType").get("namespace") == "urn:x"
    parameter = generic.find(J + "genericElementParameter")
    assert parameter.get("skipWhenNull") == "true"
    assert tags(parameter) == ["valueExpression"]


def test_unknown_constructs_are_kept():
    root = translate(
        report(
            '<title height="10"><element kind="hologram" x="0" y="0" width="1" height="1"><beam/></element>'
            '<element kind="textField" x="0" y="0" width="1" height="1" sparkle="yes"><glitter/></element></title>'
            '<mystery a="b"><clue/></mystery>'
        )
    )
    band = root.find(J + "title/" + J + "band")
    kept = band.find(J + "element")
    assert kept.get("kind") == "hologram" and kept.find(J + "beam") is not None
    text_field = band.find(J + "textField")
    assert text_field.get("sparkle") == "yes"
    assert text_field.find(J + "glitter") is not None
    mystery = root.find(J + "mystery")
    assert mystery.get("a") == "b" and mystery.find(J + "clue") is not None
    assert mystery.sourceline == 2


def test_style_template():
    document = parse_xml(
        "<jasperTemplate>\n<template>base.jrtx</template>\n"
        '<style name="A" default="true" fontSize="12.0" bold="true"><box padding="2"/>'
        '<conditionalStyle mode="Opaque" backcolor="#EEEEEE"><conditionExpression>$V{X}</conditionExpression></conditionalStyle>'
        "</style>\n</jasperTemplate>"
    )
    root = to_v6(document).root
    t = f"{{{TEMPLATE_NS}}}"
    assert root.tag == t + "jasperTemplate"
    assert [c.tag for c in root] == [t + "template", t + "style"]
    style = root.find(t + "style")
    assert dict(style.attrib) == {"name": "A", "isDefault": "true", "fontSize": "12", "isBold": "true"}
    assert [c.tag for c in style] == [t + "box", t + "conditionalStyle"]
    assert dict(style.find(t + "conditionalStyle/" + t + "style").attrib) == {
        "mode": "Opaque",
        "backcolor": "#EEEEEE",
    }
    assert style.sourceline == 3
    six = parse_xml(f'<jasperTemplate xmlns="{TEMPLATE_NS}"><style name="A" isBold="true"/></jasperTemplate>')
    assert to_v6(six) is six


def test_every_element_has_a_line():
    root = translate(
        report(
            '<title height="10"><element kind="chart" chartType="pie" x="0" y="0" width="1" height="1">'
            '<dataset kind="pie"/><plot/></element></title>'
        )
    )
    assert all(e.sourceline for e in root.iter())


# ======================================================================================
# 2. the corpus: every 7.x case against the 6.x template it was rewritten from
# ======================================================================================


def _six_path(relative: str) -> Path | None:
    """The 6.x template for a 7.x one (the 6.x test resources live under .../repo/)."""
    candidates = [CONFORMANCE / "jr-6.21" / relative]
    match = re.match(r"tests/src/test/resources/(.*)/([^/]*)$", relative)
    if match:
        candidates.append(CONFORMANCE / "jr-6.21" / f"tests/src/test/java/{match[1]}/repo/{match[2]}")
    return next((p for p in candidates if p.exists()), None)


def corpus_pairs() -> list[tuple[str, Path, Path | None]]:
    manifest = CONFORMANCE / "public-jr7.jsonl"
    if not manifest.exists():
        return []
    pairs: dict[str, tuple[str, Path, Path | None]] = {}
    for line in manifest.read_text().splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        seven = CONFORMANCE / "jr-7" / case["jrxml"]
        # the 6.x template at the same place (not the one of the case ``expect_as`` names:
        # that one renders the same output, but may be another template)
        pairs.setdefault(case["jrxml"], (case["jrxml"], seven, _six_path(case["jrxml"])))
    # the subreports and other templates the cases use
    for seven in sorted((CONFORMANCE / "jr-7").rglob("*.jrxml")):
        relative = seven.relative_to(CONFORMANCE / "jr-7").as_posix()
        pairs.setdefault(relative, (relative, seven, _six_path(relative)))
    return sorted(pairs.values())


def _rename_report(name: str):
    def patch(six: etree._Element, seven: etree._Element) -> None:
        six.set("name", name)

    return patch


def _take_sample_texts(six: etree._Element, seven: etree._Element) -> None:
    """Static texts that print a JRXML sample: the 7.x rewrite rewrote the sample too."""
    olds = [t for t in six.iter(J + "text") if "<reportElement" in (t.text or "")]
    news = [t for t in seven.iter(J + "text") if "<element kind=" in (t.text or "")]
    assert len(olds) == len(news)
    for old, new in zip(olds, news, strict=False):
        old.text = new.text


def _subreport_expression(old: str, new: str):
    def patch(six: etree._Element, seven: etree._Element) -> None:
        for expression in six.iter(J + "subreportExpression"):
            if expression.text and old in expression.text:
                expression.text = expression.text.replace(old, new)

    return patch


def _drop_opaque_mode(style: str):
    def patch(six: etree._Element, seven: etree._Element) -> None:
        for element in six.iter(J + "reportElement"):
            if element.get("style") == style and element.get("mode") == "Opaque":
                del element.attrib["mode"]

    return patch


_R = "tests/src/test/resources/net/sf/jasperreports/"

#: Pairs whose templates really differ (the 7.x rewrite changed the template, not only
#: its spelling): relative path -> (what differs, a patch making the 6.x tree say what
#: the 7.x rewrite says).  The rest of each pair must still compare equal.
KNOWN_DIFFERENT: dict[str, tuple[str, Callable[[etree._Element, etree._Element], None]]] = {
    "demo/samples/book/reports/BookReport.jrxml": (
        "the table of contents part runs TocReport.jasper instead of TOCPart.jasper",
        _subreport_expression("TOCPart.jasper", "TocReport.jasper"),
    ),
    "demo/samples/fonts/reports/FontsReport.jrxml": (
        "a static text printing a JRXML sample shows it in the 7.x syntax",
        _take_sample_texts,
    ),
    "demo/samples/unicode/reports/UnicodeReport.jrxml": (
        "a static text printing a JRXML sample shows it in the 7.x syntax",
        _take_sample_texts,
    ),
    "demo/samples/query/reports/QueryReport.jrxml": (
        'the detail fields lost mode="Opaque" (the 7.x style template\'s conditional style sets it instead)',
        lambda six, seven: [_drop_opaque_mode(s)(six, seven) for s in ("FieldStyle", "RowStyle")],
    ),
    _R + "async/GroupKeepTogether.jrxml": ("report renamed", _rename_report("GroupKeepTogether")),
    _R + "virtualization/GroupKeepTogether.jrxml": ("report renamed", _rename_report("GroupKeepTogether")),
    _R + "bands/splittypeprevent/SplitTypePreventReport.26.subreport.1.jrxml": (
        "report renamed",
        _rename_report("SplitTypePreventReport.26.subreport.1"),
    ),
    _R + "components/ListWithTableReturn.jrxml": ("report renamed", _rename_report("ListWithTableReturn")),
    _R + "components/TableWithListReturn.jrxml": ("report renamed", _rename_report("TableWithListReturn")),
    _R + "components/TableWithTableReturn.jrxml": ("report renamed", _rename_report("TableWithTableReturn")),
    _R + "components/barcode4j/QRCodeNull.jrxml": ("report renamed", _rename_report("QRCodeNull")),
    _R + "properties/KeepFullTextPropertyExpression.jrxml": (
        "report renamed",
        _rename_report("KeepFullTextPropertyExpression"),
    ),
}


def compare_pair(seven: Path, six: Path, patch=None) -> str | None:
    translated = to_v6(parse_xml(seven)).root
    expected = parse_xml(six).root
    if patch is not None:
        patch(expected, translated)
    return first_difference(canonical(translated), canonical(expected))


_PAIRS = corpus_pairs()


@pytest.mark.skipif(not _PAIRS, reason="the conformance corpus (../shared) is not there")
@pytest.mark.parametrize("relative,seven,six", _PAIRS, ids=[p[0] for p in _PAIRS])
def test_corpus_pair(relative: str, seven: Path, six: Path | None):
    if not seven.exists():
        pytest.skip("7.x template missing")
    if six is None:
        # no 6.x partner: at least it translates, with a line on every element
        root = to_v6(parse_xml(seven)).root
        assert all(e.sourceline for e in root.iter() if isinstance(e.tag, str))
        return
    known = KNOWN_DIFFERENT.get(relative)
    if known is not None:
        assert compare_pair(seven, six) is not None, "now equal: remove it from KNOWN_DIFFERENT"
    difference = compare_pair(seven, six, known[1] if known else None)
    assert difference is None, difference


# ======================================================================================
# 3. both formats through jrxmlpy.jrxml.load: the same design tree
# ======================================================================================
#
# The design trees are compared as dataclasses with every ``location`` (and ``uuid``)
# left out, under the same rules as the XML comparison: texts without whitespace, the
# ``repo/`` directory of the 6.x test resources, Jaspersoft Studio properties, the
# deprecated stretch types and their replacements, an empty text as no text, and an
# ``ignore_width`` of false as the unset one (the 7.x writer leaves false out).

_STRETCH_SYNONYMS = {
    "RELATIVE_TO_BAND_HEIGHT": "CONTAINER_HEIGHT",
    "RELATIVE_TO_TALLEST_OBJECT": "ELEMENT_GROUP_HEIGHT",
}


def design_form(value, field_name: str = ""):
    """A comparable form of a design tree, without locations."""
    import dataclasses
    import enum

    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            tuple(
                (f.name, design_form(getattr(value, f.name), f.name))
                for f in dataclasses.fields(value)
                if f.name not in ("location", "uuid")
            ),
        )
    if isinstance(value, (list, tuple)):
        return tuple(design_form(v) for v in value)
    if isinstance(value, dict):
        return tuple(
            sorted(
                (str(k), design_form(v))
                for k, v in value.items()
                if not str(k).startswith("com.jaspersoft.studio.")
            )
        )
    if isinstance(value, str):
        return _REPO_DIR.sub("", _WS.sub("", value)) or None
    if isinstance(value, enum.Enum):
        return _STRETCH_SYNONYMS.get(value.name, value.name)
    if field_name == "ignore_width" and value is False:
        return None
    return value


def design_difference(a, b, path: str = "") -> str | None:
    if a == b:
        return None
    if isinstance(a, tuple) and isinstance(b, tuple):
        if len(a) == 2 == len(b) and isinstance(a[0], str) and a[0] == b[0] and isinstance(a[1], tuple):
            return design_difference(a[1], b[1], f"{path}/{a[0]}")
        for i, (x, y) in enumerate(zip(a, b, strict=False)):
            found = design_difference(x, y, f"{path}[{i}]")
            if found:
                return found
        return f"{path}: {len(a)} vs {len(b)} items"
    return f"{path}: {str(a)[:120]} vs {str(b)[:120]}"


def _reader_available() -> bool:
    try:
        import jrxmlpy.jrxml.reader  # noqa: F401
        from jrxmlpy.jrxml import load  # noqa: F401
    except ImportError:
        return False
    return True


_LOADABLE = [p for p in _PAIRS if p[2] is not None and p[1].exists()]


@pytest.mark.skipif(not _LOADABLE or not _reader_available(), reason="no corpus or no 6.x reader yet")
@pytest.mark.parametrize("relative,seven,six", _LOADABLE, ids=[p[0] for p in _LOADABLE])
def test_corpus_pair_loads_to_the_same_design(relative: str, seven: Path, six: Path):
    import jrxmlpy.jrxml as jrxml
    from jrxmlpy.jrxml.xmlsource import XmlDocument

    document = parse_xml(seven)
    assert jrxml.is_jrxml7(document)
    from_seven = jrxml.load(seven)
    known = KNOWN_DIFFERENT.get(relative)
    if known is None:
        from_six = jrxml.load(six)
    else:
        six_document = parse_xml(six)
        known[1](six_document.root, to_v6(document).root)
        from_six = jrxml.load_document(XmlDocument(six_document.root, six_document.name, six_document.path))
    difference = design_difference(design_form(from_seven), design_form(from_six))
    assert difference is None, difference


# ======================================================================================
# 4. the 7.x style templates of the corpus, and 7.x templates found in the wild
# ======================================================================================

_JRTX = sorted((CONFORMANCE / "jr-7").rglob("*.jrtx")) if CONFORMANCE.exists() else []
#: style templates the 7.x rewrite changed: relative path -> what changed
KNOWN_DIFFERENT_JRTX = {
    "demo/samples/query/reports/ReportStyles.jrtx": "RowStyle's conditional style became mode=Opaque with a translucent backcolor, "
    "TitleStyle's got a font size and bold",
}


@pytest.mark.parametrize("seven", _JRTX, ids=[p.name for p in _JRTX])
def test_corpus_style_template(seven: Path):
    relative = seven.relative_to(CONFORMANCE / "jr-7").as_posix()
    six = CONFORMANCE / "jr-6.21" / relative
    if not six.exists():
        pytest.skip("no 6.x partner")
    difference = first_difference(canonical(to_v6(parse_xml(seven)).root), canonical(parse_xml(six).root))
    if relative in KNOWN_DIFFERENT_JRTX:
        assert difference is not None and "style" in difference
        return
    assert difference is None, difference


def _wild_v7() -> list[Path]:
    wild = CONFORMANCE / "wild"
    if not wild.exists():
        return []
    return sorted(p for p in wild.rglob("*.jrxml") if b"<element kind=" in p.read_bytes())


_WILD = _wild_v7()


@cache
def schema_elements() -> frozenset[str]:
    xs = "{http://www.w3.org/2001/XMLSchema}"
    names = {"subreportPart"}  # parts.xsd is not in the reference folder
    for name in ("jasperreport.xsd", "components.xsd"):
        path = XSD_DIR / name
        if path.exists():
            names.update(
                e.get("name") for e in etree.parse(str(path)).getroot().iter(xs + "element") if e.get("name")
            )
    return frozenset(names)


@pytest.mark.parametrize(
    "seven",
    _WILD + [p[1] for p in _PAIRS if p[1].exists()],
    ids=[p.name for p in _WILD] + [p[0] for p in _PAIRS if p[1].exists()],
)
def test_translation_uses_only_6x_vocabulary(seven: Path):
    """7.x templates with no 6.x partner (from real projects) and the corpus: every
    produced element is a 6.x one, none is a kept 7.x construct, each has a line."""
    root = to_v6(parse_xml(seven)).root
    known = schema_elements()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        assert element.sourceline, local_name(element)
        assert element.get("kind") is None, (
            f"line {element.sourceline}: kept <{local_name(element)} kind=...>"
        )
        if known:
            assert local_name(element) in known, f"line {element.sourceline}: <{local_name(element)}>"
