"""Exporters: one module per format, found through a registry.

An exporter is a function ``(document, out, page_indexes, **options)`` that writes
``document`` to the binary stream ``out``; ``page_indexes`` are the sorted 0-based
indexes of the pages to write.  Modules register theirs with :func:`register_exporter`
(the built-in ones are imported on first use, see ``_BUILTIN``).  :func:`export` (and
:meth:`jrxmlpy.document.Document.export`) picks the format from the target's suffix
when none is given.
"""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol

from ..collector import fewer_collections
from ..errors import ExportError

if TYPE_CHECKING:
    from ..document import Document


class Exporter(Protocol):
    def __call__(self, document: Document, out: BinaryIO, pages: list[int], /, **options: object) -> None: ...


_EXPORTERS: dict[str, Callable[..., None]] = {}

#: Formats whose module is imported the first time they are asked for: format -> module
#: (relative to this package).  Modules that do not exist yet are simply not offered.
_BUILTIN: dict[str, str] = {
    "jrpxml": ".jrpxml",
    "pdf": ".pdf",
    "png": ".png",
    "xlsx": ".xlsx",
    "docx": ".docx",
    "csv": ".csv",
    "html": ".html",
}

#: Other spellings of format names (suffixes included).
_ALIASES = {"xml": "jrpxml", "htm": "html"}


def register_exporter(format_name: str, function: Callable[..., None]) -> None:
    """Make ``function`` the exporter of ``format_name`` (lower case, e.g. ``"pdf"``)."""
    if not format_name or not isinstance(format_name, str):
        raise ValueError("a format name is a non-empty string")
    _EXPORTERS[format_name.lower()] = function


def _load_builtin(name: str) -> None:
    module = _BUILTIN.get(name)
    if module is None or name in _EXPORTERS:
        return
    try:
        importlib.import_module(module, __name__)
    except ModuleNotFoundError as exc:
        if exc.name != __name__ + module:
            raise


def available_formats() -> list[str]:
    """The formats that can be exported now, sorted."""
    for name in _BUILTIN:
        _load_builtin(name)
    return sorted(_EXPORTERS)


def get_exporter(format_name: str) -> Callable[..., None]:
    name = format_name.lower().lstrip(".")
    name = _ALIASES.get(name, name)
    _load_builtin(name)
    try:
        return _EXPORTERS[name]
    except KeyError:
        raise ExportError(
            f"unknown export format {format_name!r}; available: {', '.join(available_formats()) or 'none'}"
        ) from None


def page_indexes(pages: object, page_count: int) -> list[int]:
    """The sorted 0-based page indexes ``pages`` selects: all when None, a range text
    (``"2-5"``, 1-based), or 0-based indexes."""
    from ..document import parse_page_range

    if pages is None:
        return list(range(page_count))
    if isinstance(pages, str):
        return parse_page_range(pages, page_count)
    if isinstance(pages, int) and not isinstance(pages, bool):
        pages = [pages]
    if not isinstance(pages, Iterable):
        raise ExportError(f"pages is a range text such as '1,3-5' or 0-based indexes, not {type(pages).__name__}")
    result: set[int] = set()
    for index in pages:
        if isinstance(index, bool) or not isinstance(index, int):
            raise ExportError(f"page index {index!r} is not an int")
        if not 0 <= index < page_count:
            raise ExportError(
                f"page index {index} is out of range: the document has {page_count} page"
                f"{'' if page_count == 1 else 's'} (indexes 0..{page_count - 1})"
            )
        result.add(index)
    return sorted(result)


def _with_fewer_collections(exporter: Callable[..., None]) -> Callable[..., None]:
    """``exporter`` run with fewer garbage collections (see :mod:`jrxmlpy.collector`)."""

    def run(*args: Any, **options: Any) -> None:
        with fewer_collections():
            exporter(*args, **options)

    return run


def export(
    document: Document,
    target: str | os.PathLike[str] | BinaryIO | None = None,
    *,
    format: str | None = None,  # noqa: A002
    pages: object = None,
    **options: object,
) -> bytes | None:
    """Write ``document`` to ``target`` (path or binary stream) or, with no target,
    return the bytes.  See :meth:`jrxmlpy.document.Document.export`."""
    if format is None:
        if isinstance(target, (str, os.PathLike)):
            suffix = Path(os.fspath(target)).suffix
            if not suffix:
                raise ExportError(
                    f"cannot tell the format of {os.fspath(target)!r} (no suffix): give format=; "
                    f"available: {', '.join(available_formats())}"
                )
            format = suffix[1:]
        else:
            name = getattr(target, "name", None)
            if isinstance(name, str) and Path(name).suffix:
                format = Path(name).suffix[1:]
            else:
                raise ExportError(f"give format= (one of {', '.join(available_formats())})")
    exporter = _with_fewer_collections(get_exporter(format))
    indexes = page_indexes(pages, len(document.pages))
    return write_target(target, lambda out: exporter(document, out, indexes, **options))


def write_target(target: str | os.PathLike[str] | BinaryIO | None, write: Callable[[BinaryIO], None]) -> bytes | None:
    """Run ``write(stream)`` for ``target``: a path is written whole or not at all (through
    a ``.part`` file beside it, removed on error), a binary stream is written to, and with
    no target the bytes written are returned."""
    if target is None:
        buffer = io.BytesIO()
        write(buffer)
        return buffer.getvalue()
    if isinstance(target, (str, os.PathLike)):
        path = Path(os.fspath(target))
        tmp = path.with_name(path.name + ".part")
        try:
            with open(tmp, "wb") as stream:
                write(stream)
            os.replace(tmp, path)
        except BaseException:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise
        return None
    write(target)
    return None


__all__ = ["register_exporter", "export", "get_exporter", "available_formats", "page_indexes", "write_target",
           "Exporter"]
