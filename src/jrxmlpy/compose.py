"""Composition: several reports written into one PDF (JasperReports' batch export; report
servers call it a PDF composition).

    jrxmlpy.compose([
        Part(template="cover.jrxml", title="Cover"),
        Part(template="orders.jrxml", data=orders, paper=PaperOptions(size="A4", orientation="L",
             resize="autofit"), title="Orders", pages="1-3"),
        Part(document=filled_summary, paper=PaperOptions(size="A5"), title="Summary"),
    ], "book.pdf")

Each :class:`Part` is a filled :class:`~jrxmlpy.document.Document`, or a template with its
data and parameters (filled when the part is written), with its own paper options, page
selection and title.  Parts are written in order through the PDF exporter's
:class:`~jrxmlpy.export.pdf.PdfWriter`; each part's bookmarks are kept, under an entry
named by its title when it has one.

A part file (``jrxmlpy compose OUT.pdf PART.json...``; :func:`load_parts`) is a JSON object,
or a list of them, with these keys (only ``template`` or ``print`` is needed; relative paths
are relative to the file's folder):

``template``
    the JRXML file; or ``print``: a filled print (``.jrpxml``) written as it is
``data``
    the records: ``{"type": "json", "file": "orders.json", "select": "orders"}`` with the
    keys of :class:`~jrxmlpy.render.DataOptions` (``type``: none, empty, json, jsonql, xml,
    csv, xls, xlsx; ``file``, ``select``, ``count``, ``columns``, ``header``,
    ``delimiter``, ``record_delimiter``, ``encoding``, ``date_pattern``,
    ``number_pattern``, ``locale``, ``timezone``), or a list of record objects
``params``
    parameter values by name (typed values as ``{"$type": ...}``, as ``--params-json``)
``properties``, ``resources``, ``locale``, ``timezone``
    as the ``render`` command's options
``paper``
    ``{"size": "A4", "orientation": "L", "resize": "fit", "fit": "27.7cmx19cm",
    "align": "left top"}`` (:class:`~jrxmlpy.export.paper.PaperOptions`)
``pages``
    the pages of this part to write: ``"1,3-5"`` (1-based) or a list of 0-based indexes
``title``
    the outline entry of the part
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, BinaryIO

from .errors import JrxmlpyError, OutputOptionError
from .export import page_indexes, write_target
from .export.paper import REPORT_PAPER, PaperOptions

__all__ = ["Part", "compose", "load_parts", "PART_KEYS"]

#: The keys of a part file object.
PART_KEYS = ("template", "print", "data", "params", "properties", "resources", "locale", "timezone",
             "paper", "pages", "title")


@dataclass(slots=True)
class Part:
    """One report of a composition: ``document`` (filled) or ``template`` (a path, JRXML
    text or compiled report) with ``data``/``params``/``resources``/``locale``/
    ``timezone``/``properties`` as :func:`jrxmlpy.render` takes them; ``paper`` (a
    :class:`PaperOptions` or a mapping of them), ``pages`` (range text or 0-based indexes,
    None: all) and ``title`` (its outline entry)."""

    document: Any = None
    template: Any = None
    data: Any = None
    params: Mapping[str, Any] | None = None
    paper: PaperOptions | Mapping[str, Any] | None = None
    title: str | None = None
    pages: Any = None
    resources: Sequence[str | os.PathLike[str]] = ()
    locale: str = "en_US"
    timezone: str = "GMT"
    properties: Mapping[str, str] | None = None
    #: where the part comes from, for messages (a part file and index)
    source: str | None = None
    #: the folder ``$type`` file values of ``params`` are relative to
    params_base: Path | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if (self.document is None) == (self.template is None):
            raise OutputOptionError(f"{self.label}: give a document or a template (one of them)",
                                    "part", self.source)
        self.paper = PaperOptions.from_mapping(self.paper, f"{self.label} paper") \
            if not isinstance(self.paper, PaperOptions) else self.paper

    @property
    def label(self) -> str:
        return f"part {self.source}" if self.source else "part"

    def fill(self) -> Any:
        """The part's document: ``document``, or ``template`` filled."""
        if self.document is not None:
            return self.document
        from .render import prepare

        inputs = prepare(self.template, data=self.data, params=self.params, resources=self.resources,
                         locale=self.locale, timezone=self.timezone, properties=self.properties,
                         params_base=self.params_base, strict=False)
        return inputs.fill()


def compose(
    parts: Iterable[Part],
    target: str | os.PathLike[str] | BinaryIO | None = None,
    **pdf_options: Any,
) -> bytes | None:
    """Write ``parts`` into one PDF: to ``target`` (a path, written whole or not at all,
    or a binary stream) or, with no target, return its bytes.  ``pdf_options`` go to the
    PDF writer (metadata, encryption, ...).  An error in a part names it."""
    parts = list(parts)
    if not parts:
        raise OutputOptionError("a composition needs at least one part", "parts", parts)
    return write_target(target, lambda out: _write(parts, out, pdf_options))


def _write(parts: list[Part], out: BinaryIO, pdf_options: Mapping[str, Any]) -> None:
    from .export.pdf import PdfWriter

    writer = PdfWriter(out, **pdf_options)
    for number, part in enumerate(parts, 1):
        where = part.label if part.source else f"part {number}"
        try:
            document = part.fill()
            indexes = page_indexes(part.pages, len(document.pages))
        except JrxmlpyError as exc:
            exc.message = f"{where}: {exc.message}"  # the same error, saying which part
            raise
        paper = part.paper if isinstance(part.paper, PaperOptions) else REPORT_PAPER
        writer.add_document(document, indexes, paper=paper, title=part.title)
    writer.close()


# --- part files ------------------------------------------------------------------------------


def _resolve(base: Path, value: object, key: str, where: str) -> str:
    if not isinstance(value, str) or not value:
        raise OutputOptionError(f"{where}: {key} is a file path, not {value!r}", key, value)
    path = Path(value)
    return str(path if path.is_absolute() else base / path)


def part_from_mapping(values: Mapping[str, Any], base: Path, where: str) -> Part:
    """A :class:`Part` of a part file's object (paths relative to ``base``)."""
    from .render import DataOptions

    if not isinstance(values, Mapping):
        raise OutputOptionError(f"{where}: a part is a JSON object, not {type(values).__name__}", "part", values)
    unknown = [key for key in values if key not in PART_KEYS]
    if unknown:
        raise OutputOptionError(f"{where}: unknown key {unknown[0]!r}; known: {', '.join(PART_KEYS)}",
                                unknown[0], values[unknown[0]])
    if ("template" in values) == ("print" in values):
        raise OutputOptionError(f"{where}: give 'template' (a JRXML file) or 'print' (a .jrpxml), one of them",
                                "template", None)
    document = template = None
    if "print" in values:
        from .export.jrpxml import read_jrpxml

        for key in ("data", "params", "properties"):
            if key in values:
                raise OutputOptionError(f"{where}: {key!r} is for a template, not a filled print", key, values[key])
        document = read_jrpxml(_resolve(base, values["print"], "print", where))
    else:
        template = Path(_resolve(base, values["template"], "template", where))
    data = values.get("data")
    if isinstance(data, Mapping):
        known = {f.name for f in fields(DataOptions)}
        bad = [key for key in data if key not in known]
        if bad:
            raise OutputOptionError(f"{where}: unknown data option {bad[0]!r}; known: {', '.join(sorted(known))}",
                                    "data", data)
        data = dict(data)
        if data.get("file"):
            data["file"] = _resolve(base, data["file"], "data file", where)
        data = DataOptions(**data)
    elif data is not None and not isinstance(data, list):
        raise OutputOptionError(f"{where}: data is an object of data options or a list of records", "data", data)
    for key, kind in (("params", Mapping), ("properties", Mapping), ("resources", list)):
        if key in values and not isinstance(values[key], kind):
            raise OutputOptionError(f"{where}: {key} is a JSON {'object' if kind is Mapping else 'list'}",
                                    key, values[key])
    for key in ("title", "locale", "timezone"):
        if key in values and not isinstance(values[key], str):
            raise OutputOptionError(f"{where}: {key} is a text, not {values[key]!r}", key, values[key])
    return Part(
        document=document,
        template=template,
        data=data,
        params=values.get("params"),
        paper=PaperOptions.from_mapping(values.get("paper"), f"{where} paper"),
        title=values.get("title"),
        pages=values.get("pages"),
        resources=[_resolve(base, r, "resources", where) for r in values.get("resources", [])],
        locale=values.get("locale", "en_US"),
        timezone=values.get("timezone", "GMT"),
        properties=values.get("properties"),
        source=where,
        params_base=base,
    )


def load_parts(path: str | os.PathLike[str]) -> list[Part]:
    """The parts of a part file: one JSON object, or a list of them."""
    p = Path(os.fspath(path))
    try:
        value = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputOptionError(f"part file not found: {p}", "part", str(p)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise OutputOptionError(f"cannot read part file {p}: {exc}", "part", str(p)) from None
    except json.JSONDecodeError as exc:
        raise OutputOptionError(f"{p}:{exc.lineno}:{exc.colno}: not valid JSON: {exc.msg}", "part", str(p)) from None
    base = p.resolve().parent
    if isinstance(value, list):
        if not value:
            raise OutputOptionError(f"{p}: the list of parts is empty", "part", str(p))
        return [part_from_mapping(item, base, f"{p}[{i}]") for i, item in enumerate(value)]
    return [part_from_mapping(value, base, str(p))]
