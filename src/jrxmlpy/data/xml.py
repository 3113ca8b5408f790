"""``XmlDataSource``: XML records selected with XPath 1.0 (lxml), as ``JRXmlDataSource``.

The select expression gives the records (elements; ``.`` on a document is the document).
A field is read with the XPath of its ``net.sf.jasperreports.xpath.field.expression``
property, else its description, else its name, evaluated on the record.  A node result
gives the node's own text (its direct text and CDATA children; an element without any child
is null), a number result is a Java Double, a boolean a Boolean, a string itself; text is
then converted with the source's date/number patterns, locale and zone.

``sub_data_source(select)`` makes a new document of a copy of the current node;
``data_source(select)`` selects again in the same document.  Namespaces: give
``namespaces={prefix: uri}``, or ``detect_namespaces=True`` to use the prefixes the
document declares (``net.sf.jasperreports.xml.detect.namespaces``).

Parsing is safe: no DTD, no entities, no network (the template parser's settings).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Iterable
from typing import Any

from lxml import etree

from ..design.report import Field
from ..errors import DataError, DataSourceNotFoundError, Location, TemplateSyntaxError, UnsafeTemplateError
from ..jrxml.xmlsource import parse_xml
from .base import DataContext, DataSource, Reader, TextAttributes, _Conversion, field_expression
from .convert import BOOLEAN, NUMBER_CLASSES, OBJECT, Converter, convert_number
from .jsontext import as_text

FIELD_EXPRESSION = "net.sf.jasperreports.xpath.field.expression"


class Document:
    """The document node of a parsed XML file (a record when ``.`` is selected on it)."""

    __slots__ = ("tree", "name")

    def __init__(self, tree: etree._ElementTree, name: str) -> None:
        self.tree = tree
        self.name = name

    @property
    def root(self) -> etree._Element:
        return self.tree.getroot()

    def __repr__(self) -> str:
        return f"<Document {self.name}>"


def load_xml(source: Any, name: str | None = None) -> Document:
    """A :class:`Document` from a path, XML bytes/text, an lxml tree/element, or a Document."""
    if isinstance(source, Document):
        return source
    if isinstance(source, etree._ElementTree):
        return Document(source, name or "<xml>")
    if isinstance(source, etree._Element):
        return Document(source.getroottree(), name or "<xml>")
    if hasattr(source, "read"):
        source = source.read()
        name = name or "<stream>"
    if isinstance(source, (str, os.PathLike)) and not (
        isinstance(source, str) and source.lstrip().startswith("<")
    ):
        path = os.fspath(source)
        if not os.path.isfile(path):
            raise DataSourceNotFoundError(f"XML file not found: {path}", str(path), Location(str(path)))
    try:
        doc = parse_xml(source, name)
    except (TemplateSyntaxError, UnsafeTemplateError) as exc:
        raise DataError(exc.message.replace("templates", "XML data"), exc.location) from None
    return Document(doc.root.getroottree(), doc.name)


def detect_namespaces(doc: Document) -> dict[str, str]:
    """The prefixes declared in the document (the first declaration of a prefix wins)."""
    found: dict[str, str] = {}
    for element in doc.root.iter(etree.Element):
        for prefix, uri in element.nsmap.items():
            if prefix is not None and prefix not in found:
                found[prefix] = uri
    return found


def _evaluate(context: Any, expression: str, namespaces: dict[str, str] | None) -> Any:
    try:
        if isinstance(context, Document):
            return _evaluate_on_document(context, expression, namespaces)
        return context.xpath(expression, namespaces=namespaces or None, smart_strings=True)
    except etree.XPathError as exc:
        raise DataError(f"invalid XPath {expression!r}: {exc}") from None


def _evaluate_on_document(doc: Document, expression: str, namespaces: dict[str, str] | None) -> Any:
    """XPath with the document node as context: lxml only evaluates on elements, so a
    relative location path is made absolute (``a/b`` -> ``/a/b``, ``.`` -> the document)."""
    e = expression.strip()
    if e in (".", "/", "self::node()"):
        return [doc]
    if e.startswith("./"):
        e = e[1:]
    elif e and (e[0].isalpha() or e[0] in "_*@") and not _looks_like_call(e):
        e = "/" + e
    return doc.root.xpath(e, namespaces=namespaces or None, smart_strings=True)


def _looks_like_call(e: str) -> bool:
    head = e.split("(", 1)[0]
    return "(" in e and all(ch.isalnum() or ch in "-_:" for ch in head) and "/" not in head


def node_text(node: Any) -> str | None:
    """``AbstractXmlDataSource.getText``."""
    if isinstance(node, Document):
        return ""
    if isinstance(node, str):  # attribute values and text nodes
        return str(node)
    if isinstance(node, etree._Element):
        if node.text is None and len(node) == 0:
            return None
        parts = [node.text or ""]
        for child in node:
            if child.tail:
                parts.append(child.tail)
        return "".join(parts)
    return None


def _first(result: Any) -> Any:
    if isinstance(result, list):
        return result[0] if result else None
    return result


class XmlDataSource(DataSource):
    """XML records selected with XPath (see the module docstring)."""

    def __init__(
        self,
        source: Any,
        select: str | None = None,
        *,
        date_pattern: str | None = None,
        number_pattern: str | None = None,
        locale: str | None = None,
        timezone: Any = None,
        namespaces: dict[str, str] | None = None,
        detect_namespaces: bool = False,
        name: str | None = None,
    ) -> None:
        super().__init__()
        self.document = load_xml(source, name)
        self.name = self.document.name
        self.select = select if select is not None and select.strip() else "."
        self.attributes = TextAttributes(date_pattern, number_pattern, locale, timezone)
        ns = dict(detect_namespaces_of(self.document) if detect_namespaces else {})
        ns.update(namespaces or {})
        self.namespaces = ns
        self._nodes = self._select_nodes()

    def _select_nodes(self) -> list[Any]:
        result = _evaluate(self.document, self.select, self.namespaces)
        if not isinstance(result, list):
            raise DataError(f"the XPath select {self.select!r} does not give nodes", Location(self.name))
        return [n for n in result if isinstance(n, (etree._Element, Document))]

    @property
    def record_count(self) -> int | None:  # type: ignore[override]
        return len(self._nodes)

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        return iter(self._nodes)

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        expression = field_expression(f, FIELD_EXPRESSION, empty_property_falls_back=True)
        cls = f.value_class
        conv = Converter(self.attributes, ctx)
        ns = self.namespaces

        def read(record: Any) -> Any:
            selected = _first(_evaluate(record, expression, ns))
            if cls == OBJECT:
                return selected
            if selected is None:
                return None
            if isinstance(selected, bool):
                if cls in BOOLEAN:
                    return selected
                return conv.text("true" if selected else "false", cls)
            if isinstance(selected, float):
                if cls in NUMBER_CLASSES:
                    return convert_number(selected, cls)
                return conv.text(as_text(selected), cls)
            if (
                isinstance(selected, str)
                and not getattr(selected, "is_attribute", False)
                and not getattr(selected, "is_text", False)
                and not getattr(selected, "is_tail", False)
                and getattr(selected, "getparent", None) is None
            ):
                return conv.text(str(selected), cls)
            text = node_text(selected)
            if text is None:
                return None
            try:
                return conv.text(text, cls)
            except _Conversion:
                raise

        return read

    def sub_data_source(self, select: str | None = None) -> XmlDataSource:
        node = self._require_current()
        if isinstance(node, Document):
            tree = copy.deepcopy(node.tree)
        else:
            tree = etree.ElementTree(copy.deepcopy(node))
        return self._derived(Document(tree, self.name), select)

    def data_source(self, select: str | None = None) -> XmlDataSource:
        return self._derived(self.document, select)

    def _derived(self, doc: Document, select: str | None) -> XmlDataSource:
        a = self.attributes
        return XmlDataSource(
            doc,
            select if select is not None else ".",
            date_pattern=a.date_pattern,
            number_pattern=a.number_pattern,
            locale=a.locale,
            timezone=a.time_zone,
            namespaces=self.namespaces,
            name=self.name,
        )

    def __repr__(self) -> str:
        return f"<XmlDataSource {self.name} select={self.select!r}>"


detect_namespaces_of = detect_namespaces
