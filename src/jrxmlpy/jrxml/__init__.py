"""Loading JRXML templates (6.x and 7.x formats) and ``.jrtx`` style templates.

:func:`load` parses safely (:mod:`.xmlsource`), converts a 7.x document to the 6.x form
(``jrxml/v7.py``), reads it into the design tree (:mod:`.reader`) and raises every problem
found at once.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Callable

from ..design.report import Report, Style, StyleTemplate
from ..errors import (
    Location,
    ResourceError,
    TemplateErrors,
    TemplateSyntaxError,
    UnsupportedFeatureError,
)
from .context import ReadContext
from .reader import load_design
from .styles import read_style_template
from .xmlsource import Source, XmlDocument, local_name, namespace, parse_xml

__all__ = ["load", "load_document", "load_style_template", "read_style_template_file", "is_jrxml7"]


def is_jrxml7(document: XmlDocument) -> bool:
    """Whether ``document`` is in the JasperReports 7 format (``<element kind=...>``):
    no namespace, and ``<element>``s that have a ``kind`` or no ``<reportElement>`` at all."""
    root = document.root
    if namespace(root) is not None:
        return False
    has_elements = False
    for node in root.iter("element"):
        if node.get("kind") is not None:
            return True
        has_elements = True
    if not has_elements:
        return False
    return next(root.iter("reportElement"), None) is None


def _as_jrxml6(document: XmlDocument) -> XmlDocument:
    if not is_jrxml7(document):
        return document
    module_name = f"{__name__}.v7"
    try:
        v7 = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        v7 = None
    convert = getattr(v7, "to_v6", None)
    if convert is None:
        raise UnsupportedFeatureError(
            "templates in the JasperReports 7 format cannot be read yet",
            "jrxml7",
            document.location(document.root),
        )
    return convert(document)


def load_document(document: XmlDocument) -> Report:
    """The report of an already parsed document (6.x or 7.x); raises every problem."""
    root = document.root
    if local_name(root) != "jasperReport":
        raise TemplateSyntaxError(
            f"not a JRXML template: the root element is <{local_name(root)}>, not <jasperReport>",
            document.location(root),
        )
    report, problems = load_design(_as_jrxml6(document))
    TemplateErrors.raise_if_any(problems)
    return report


def load(source: Source, *, name: str | None = None) -> Report:
    """Read a JRXML template (a path, XML text or bytes) into a :class:`Report`.

    ``name`` is what messages call the template (default: the path, or ``<string>``).
    Raises :class:`TemplateSyntaxError`/:class:`UnsafeTemplateError` for unreadable or
    refused XML, and :class:`TemplateStructureError` (or :class:`TemplateErrors` holding
    all of them) for what is wrong in the template, each with file, line and element."""
    return load_document(parse_xml(source, name))


def read_style_template_file(source: Source, *, name: str | None = None) -> StyleTemplate:
    """One ``.jrtx`` file as written: the locations it includes and its own styles."""
    document = parse_xml(source, name)
    ctx = ReadContext(document)
    template = read_style_template(ctx, document.root)
    TemplateErrors.raise_if_any(ctx.problems)
    return template


def load_style_template(
    source: Source, *, name: str | None = None, find: Callable[[str], Path | None] | None = None
) -> list[Style]:
    """The styles of a ``.jrtx`` style template, those of the templates it includes first
    (a file included twice is read once).  Includes are looked up with ``find`` (the
    resource folders) when given, else relative to the including file."""
    styles: list[Style] = []
    _collect_styles(source, name, styles, set(), find)
    return styles


def _collect_styles(
    source: Source, name: str | None, styles: list[Style], seen: set[Path], find: Callable[[str], Path | None] | None
) -> None:
    template = read_style_template_file(source, name=name)
    base = Path(source).resolve().parent if isinstance(source, (str, Path)) and not _is_xml_text(source) else None
    if base is not None:
        seen.add(Path(source).resolve())
    for include in template.includes:
        path = _find_include(include, base, find)
        if path is None:
            raise ResourceError(f"included style template {include!r} not found", template.location)
        if path in seen:
            continue
        _collect_styles(path, None, styles, seen, find)
    styles.extend(template.styles)


def _find_include(include: str, base: Path | None, find: Callable[[str], Path | None] | None) -> Path | None:
    if find is not None:
        return find(include)
    if base is None:
        return None
    path = (base / include).resolve()
    return path if path.is_file() else None


def _is_xml_text(source: Source) -> bool:
    return isinstance(source, str) and source.lstrip().startswith("<")



