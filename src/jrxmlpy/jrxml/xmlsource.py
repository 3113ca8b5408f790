"""Safe XML reading for templates, style templates and data adapters.

Refused, with :class:`UnsafeTemplateError`: entity declarations of any kind (billion
laughs, external entities / XXE), entity references other than the five predefined ones
and character references, and DTD loading.  A DOCTYPE that only names JasperReports' DTD
(``<!DOCTYPE jasperReport PUBLIC "-//JasperReports//DTD Report Design//EN" "http://...">``),
as old templates do, is accepted and the DTD is not fetched.  Nothing is read from the
network or from other files while parsing.
"""

from __future__ import annotations

import os
import re
from collections.abc import ItemsView, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from lxml import etree

from ..errors import Location, TemplateSyntaxError, UnsafeTemplateError

#: What a template may be given as: a path, XML text, or XML bytes.
Source = str | bytes | os.PathLike

_DOCTYPE = re.compile(rb"<!DOCTYPE\b(?P<body>[^\[>]*)(?P<subset>\[.*?\])?\s*>", re.S)
_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class XmlDocument:
    """A parsed XML file: its root element and the name used in messages."""

    root: etree._Element
    name: str
    path: Path | None

    def location(self, element: etree._Element | None = None) -> Location:
        if element is None:
            return Location(self.name)
        return Location(self.name, cast("int | None", element.sourceline), None, local_name(element))


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return "#comment"
    return tag.rsplit("}", 1)[-1]


def attributes(element: etree._Element) -> ItemsView[str, str]:
    """An element's attributes as ``(name, value)`` text pairs (lxml's stubs allow bytes,
    which lxml never gives for a parsed document)."""
    return cast("Mapping[str, str]", element.attrib).items()


def namespace(element: etree._Element) -> str | None:
    tag = element.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return None


def read_source(source: Source, name: str | None = None) -> tuple[bytes, str, Path | None]:
    """The bytes of ``source`` and the name to use in messages.

    A ``str`` that starts (after blanks) with ``<`` is XML text; any other ``str`` or a
    path-like is a file path."""
    if isinstance(source, bytes):
        return source, name or "<bytes>", None
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return source.encode("utf-8"), name or "<string>", None
    path = Path(os.fspath(source))
    try:
        size = path.stat().st_size
        if size > _MAX_BYTES:
            raise TemplateSyntaxError(
                f"file is {size} bytes, more than the {_MAX_BYTES} a template may have",
                Location(str(path)),
            )
        return path.read_bytes(), name or str(path), path
    except FileNotFoundError:
        raise TemplateSyntaxError("file not found", Location(str(path))) from None
    except IsADirectoryError:
        raise TemplateSyntaxError("is a directory, not a file", Location(str(path))) from None
    except OSError as exc:
        raise TemplateSyntaxError(f"cannot read file: {exc.strerror}", Location(str(path))) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _check_doctype(data: bytes, name: str) -> None:
    match = _DOCTYPE.search(data, 0, 65536)
    if b"<!ENTITY" in data or b"<!entity" in data:
        offset = data.find(b"<!ENTITY")
        if offset < 0:
            offset = data.find(b"<!entity")
        raise UnsafeTemplateError(
            "entity declarations are not allowed in templates (they can expand without "
            "bound or read other files)",
            Location(name, _line_of(data, offset)),
        )
    if match and match.group("subset"):
        raise UnsafeTemplateError(
            "a DOCTYPE with an internal subset is not allowed in templates",
            Location(name, _line_of(data, match.start())),
        )


def parse_xml(source: Source, name: str | None = None) -> XmlDocument:
    """Parse ``source`` safely; raise TemplateSyntaxError / UnsafeTemplateError with the
    file, line and column of the problem."""
    data, shown, path = read_source(source, name)
    _check_doctype(data, shown)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (None, None)
        message = exc.msg or str(exc)
        message = re.sub(r",? line \d+, column \d+$", "", message)
        raise TemplateSyntaxError(f"not well-formed XML: {message}", Location(shown, line, column)) from None
    except ValueError as exc:  # e.g. an encoding declaration lxml refuses
        raise TemplateSyntaxError(f"cannot parse XML: {exc}", Location(shown)) from None
    for node in root.iter(etree.Entity):
        raise UnsafeTemplateError(
            f"entity reference {node.text} is not allowed in templates",
            Location(shown, cast("int | None", node.sourceline)),
        )
    return XmlDocument(root, shown, path)
