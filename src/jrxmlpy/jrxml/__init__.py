"""Loading JRXML templates (6.x and 7.x formats) and ``.jrtx`` style templates.

:func:`load` parses safely (:mod:`.xmlsource`), converts a 7.x document to the 6.x form
(``jrxml/v7.py``), reads it into the design tree (:mod:`.reader`) and raises every problem
found at once.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..design.report import Report, Style, StyleTemplate
from ..errors import (
    ResourceError,
    TemplateErrors,
    TemplateSyntaxError,
)
from . import v7
from .context import ReadContext
from .reader import load_design
from .styles import read_style_template
from .xmlsource import Source, XmlDocument, local_name, parse_xml

__all__ = ["load", "load_document", "load_style_template", "read_style_template_file", "is_jrxml7"]


def is_jrxml7(document: XmlDocument) -> bool:
    """Whether ``document`` is written in the JasperReports 7 format."""
    return v7.is_v7(document.root)


def load_document(document: XmlDocument) -> Report:
    """The report of an already parsed document (6.x or 7.x); raises every problem."""
    root = document.root
    if local_name(root) != "jasperReport":
        raise TemplateSyntaxError(
            f"not a JRXML template: the root element is <{local_name(root)}>, not <jasperReport>",
            document.location(root),
        )
    report, problems = load_design(v7.to_v6(document))
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
    document = v7.to_v6(parse_xml(source, name))
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
    base = None
    if isinstance(source, (str, Path)) and not _is_xml_text(source):
        resolved = Path(source).resolve()
        seen.add(resolved)
        base = resolved.parent
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



