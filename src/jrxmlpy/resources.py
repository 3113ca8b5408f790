"""Finding what a template names: subreports, style templates, images, resource bundles.

JasperReports looks these up on its class path and in its repository; jrxmlpy looks them up
in the folders the caller allows (``resources=[...]``), in order, then in the template's own
folder.  Nothing outside these folders is ever read: a name that resolves outside them
(``../../etc/passwd``, an absolute path elsewhere) is not found.  Names written on another
machine (``C:\\reports\\sub\\x.jasper``) are tried by their tails, and a ``.jasper`` that
only exists as ``.jrxml`` is found as the ``.jrxml``.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath, PureWindowsPath

from .errors import Location, ResourceError

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Resources:
    """The folders a report may read from, in lookup order."""

    folders: list[Path] = field(default_factory=list)

    @classmethod
    def of(cls, folders: Iterable[str | os.PathLike[str]] = (), template: Path | None = None) -> Resources:
        paths = [Path(f).resolve() for f in folders]
        if template is not None:
            own = template.resolve().parent
            if own not in paths:
                paths.append(own)
        return cls(paths)

    def with_template(self, template: Path | None) -> Resources:
        """These folders, plus the folder of ``template`` (for a subreport's own lookups)."""
        if template is None:
            return self
        own = template.resolve().parent
        return self if own in self.folders else Resources([*self.folders, own])

    # --- lookup ---------------------------------------------------------------------

    def find(self, name: str) -> Path | None:
        """The file ``name`` stands for, inside the allowed folders, or None."""
        if not name or "\0" in name:
            return None
        for candidate in self._candidates(name):
            found = self._find_relative(candidate)
            if found is not None:
                return found
        return None

    def _candidates(self, name: str) -> list[str]:
        """``name`` as given and, for an absolute path (a class-path name such as
        ``/data/x.json``, or a path from another machine), its tails; each ``.jasper`` as ``.jrxml`` first (compiled ``.jasper`` files are
        Java serialisation, which jrxmlpy cannot read)."""
        windows = "\\" in name or (len(name) > 1 and name[1] == ":")
        names = [name.replace("\\", "/")]
        if windows or name.startswith("/"):
            parts = PureWindowsPath(name).parts if windows else PurePosixPath(name).parts
            parts = tuple(p for p in parts if p not in ("/", "\\") and not p.endswith(":\\"))
            names += ["/".join(parts[start:]) for start in range(len(parts))]
        out: list[str] = []
        for n in names:
            if n.endswith(".jasper"):
                out.append(n[: -len(".jasper")] + ".jrxml")
            out.append(n)
        return out

    def _find_relative(self, name: str) -> Path | None:
        path = Path(name)
        if path.is_absolute():
            resolved = path.resolve()
            return resolved if resolved.is_file() and self.allows(resolved) else None
        for folder in self.folders:
            candidate = (folder / path).resolve()
            if candidate.is_file() and self.allows(candidate):
                return candidate
        for folder in self.folders:  # templates written on Windows: match ignoring case
            found = _find_ignoring_case(folder, path.parts)
            if found is not None and self.allows(found.resolve()):
                return found.resolve()
        return None

    def allows(self, path: Path) -> bool:
        return any(path == folder or folder in path.parents for folder in self.folders)

    def read(self, name: str, location: Location | None = None) -> bytes:
        path = self.find(name)
        if path is None:
            raise ResourceError(f"resource {name!r} not found in {self._describe()}", location)
        return path.read_bytes()

    def _describe(self) -> str:
        return ", ".join(str(f) for f in self.folders) or "no resource folders"

    # --- resource bundles ------------------------------------------------------------

    def bundle(self, base_name: str, locale: str) -> ResourceBundle | None:
        """The resource bundle ``base_name`` for ``locale`` (Java's candidate order:
        ``base_fr_FR``, ``base_fr``, ``base``), or None when no file of it exists."""
        stem = base_name.replace(".", "/") if not base_name.endswith(".properties") else base_name[:-11]
        chain: list[dict[str, str]] = []
        for suffix in _locale_suffixes(locale):
            path = self.find(f"{stem}{suffix}.properties")
            if path is not None:
                chain.append(_read_properties(path))
        if not chain:
            return None
        return ResourceBundle(base_name, tuple(chain))


@dataclass(frozen=True, slots=True)
class ResourceBundle:
    """A resolved bundle: its property tables, most specific first."""

    name: str
    tables: tuple[dict[str, str], ...]

    def get(self, key: str) -> str | None:
        for table in self.tables:
            value = table.get(key)
            if value is not None:
                return value
        return None

    def keys(self) -> set[str]:
        return {k for t in self.tables for k in t}


def _locale_suffixes(locale: str) -> list[str]:
    parts = [p for p in locale.replace("-", "_").split("_") if p]
    suffixes = []
    for n in range(len(parts), 0, -1):
        suffixes.append("_" + "_".join(parts[:n]))
    suffixes.append("")
    return suffixes


@lru_cache(maxsize=256)
def _read_properties_cached(path: str, mtime: float) -> dict[str, str]:
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8")  # Java 9+ reads bundles as UTF-8, falling back to ISO-8859-1
    except UnicodeDecodeError:
        text = data.decode("iso-8859-1")
    import javaproperties  # imported when needed: it pulls in xml.sax and urllib (slow to import)

    return dict(javaproperties.loads(text))


def _read_properties(path: Path) -> dict[str, str]:
    return _read_properties_cached(str(path), path.stat().st_mtime)


def _find_ignoring_case(folder: Path, parts: Sequence[str]) -> Path | None:
    current = folder
    for part in parts:
        if part in ("..", "."):
            return None
        try:
            entries = {entry.lower(): entry for entry in os.listdir(current)}
        except OSError:
            return None
        match = entries.get(part.lower())
        if match is None:
            return None
        current = current / match
    return current if current.is_file() else None
