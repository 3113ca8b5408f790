"""CSV export: JasperReports' CSV exporter and its metadata-based CSV exporter.

**Grid CSV** (the default): each page is cut into the grid of :mod:`.grid` with the CSV
nature (texts and frames only, frames flattened, an element takes only the cell at its
top-left corner, page margins kept).  Every grid row in which some text starts becomes a
record; in it, each column in which some text of the page starts gives a field (the text
of the element starting in that cell, else empty); a record whose fields are all empty
and that has no delimiter (one column) is not written.  Texts are the full texts (not
truncated), styled/HTML markup reduced to its characters.

**Metadata CSV** (``metadata=True``): columns are named by the element property
``net.sf.jasperreports.export.csv.column.name``; the texts of each page are read in
order and a record is written each time a column comes again or out of order;
``net.sf.jasperreports.export.csv.data`` replaces an element's text,
``net.sf.jasperreports.export.csv.repeat.value`` repeats a value in the records after it
where the column is missing; ``net.sf.jasperreports.export.csv.column.names.*`` report
properties fix the columns (comma separated) and ``...write.header`` writes their names
first.

Fields: a field containing the field delimiter, the record delimiter, the enclosure
character (doubled inside) or a newline is enclosed (``"`` unless
``field_enclosure``/``net.sf.jasperreports.export.csv.field.enclosure`` says otherwise;
``force_field_enclosure`` encloses every field); with ``escape_formula`` a field starting
with ``= + - @`` gets a leading space so spreadsheets read it as text.

Options (keyword arguments; each defaults to the report property named in brackets, then
to JasperReports' default): ``field_delimiter`` [``...csv.field.delimiter``, ``,``],
``record_delimiter`` [``...csv.record.delimiter``, ``\\n``], ``field_enclosure``,
``force_field_enclosure``, ``escape_formula``, ``write_bom`` [``...csv.write.bom``],
``encoding`` [``net.sf.jasperreports.export.character.encoding``, UTF-8], ``metadata``,
``column_names`` (list or comma separated), ``write_header``, ``offset_x``/``offset_y``.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence
from typing import Any, BinaryIO

from ..document import Document, PrintElement, PrintFrame, PrintText
from ..errors import ExportError
from . import register_exporter
from .grid import ExporterNature, element_filter, page_starts, property_true
from .text import list_start, number_label

__all__ = ["export_csv", "CsvOptions", "csv_nature", "text_of"]

PREFIX = "net.sf.jasperreports.export.csv."
COLUMN_NAME = PREFIX + "column.name"
DATA = PREFIX + "data"
REPEAT_VALUE = PREFIX + "repeat.value"
COLUMN_NAMES_PREFIX = PREFIX + "column.names."
FORMULA_START = "=+-@"
BOM = "\ufeff"


class CsvOptions:
    """The effective CSV settings of one export (options over report properties over
    JasperReports' defaults)."""

    __slots__ = ("field_delimiter", "record_delimiter", "enclosure", "force_enclosure", "escape_formula",
                 "write_bom", "encoding", "metadata", "column_names", "write_header", "offset_x", "offset_y")

    def __init__(self, document: Document, options: dict[str, object]) -> None:
        props = document.properties

        def text(key: str, prop: str, default: str) -> str:
            value = options.pop(key, None)
            if value is None:
                value = props.get(prop)
            if value is None:
                return default
            if not isinstance(value, str):
                raise ExportError(f"CSV option {key} is a string, not {type(value).__name__}")
            return value

        def flag(key: str, prop: str) -> bool:
            value = options.pop(key, None)
            if value is None:
                return property_true(props.get(prop))
            return bool(value)

        self.field_delimiter = text("field_delimiter", PREFIX + "field.delimiter", ",")
        self.record_delimiter = text("record_delimiter", PREFIX + "record.delimiter", "\n")
        enclosure = text("field_enclosure", PREFIX + "field.enclosure", '"').strip()
        self.enclosure = enclosure[:1] or '"'
        self.force_enclosure = flag("force_field_enclosure", PREFIX + "force.field.enclosure")
        self.escape_formula = flag("escape_formula", PREFIX + "escape.formula")
        self.write_bom = flag("write_bom", PREFIX + "write.bom")
        self.encoding = text("encoding", "net.sf.jasperreports.export.character.encoding", "UTF-8")
        try:
            codecs.lookup(self.encoding)
        except LookupError:
            raise ExportError(f"unknown CSV character encoding {self.encoding!r}") from None
        self.metadata = bool(options.pop("metadata", False))
        names = options.pop("column_names", None)
        if names is None:
            found = [v for k, v in props.items() if k.startswith(COLUMN_NAMES_PREFIX) and v]
            names = ",".join(found) if found else None
        if isinstance(names, str):
            names = [n.strip() for n in names.split(",") if n.strip()]
        self.column_names: list[str] | None = [str(n) for n in names] if names else None  # type: ignore[attr-defined]
        header = options.pop("write_header", None)
        self.write_header = property_true(props.get(PREFIX + "write.header")) if header is None else bool(header)
        self.offset_x = int(options.pop("offset_x", 0) or 0)  # type: ignore[call-overload]
        self.offset_y = int(options.pop("offset_y", 0) or 0)  # type: ignore[call-overload]
        if options:
            raise ExportError(f"unknown CSV option(s): {', '.join(sorted(options))}")

    def record(self, values: list[str]) -> str:
        """The record of ``values`` (as :meth:`field` writes each): joined as they are when
        that is the same, which the joined record shows for a one-character delimiter (one
        test per record instead of one per field)."""
        delimiter = self.field_delimiter
        joined = delimiter.join(values)
        if (len(delimiter) == 1 and not self.force_enclosure and not self.escape_formula
                and joined.count(delimiter) == len(values) - 1 and self.enclosure not in joined
                and "\n" not in joined and self.record_delimiter not in joined):
            return joined
        return delimiter.join([self.field(value) for value in values])

    def field(self, source: str) -> str:
        """``source`` as a field: enclosed when needed, enclosure characters doubled."""
        q = self.enclosure
        enclose = (
            self.force_enclosure
            or self.field_delimiter in source
            or self.record_delimiter in source
        )
        if q in source:
            enclose = True
            source = source.replace(q, q + q)
        if "\n" in source:
            enclose = True
        if self.escape_formula and source and source[0] in FORMULA_START:
            source = " " + source
        return q + source + q if enclose else source


def csv_nature(document: Document) -> ExporterNature:
    """The CSV grid nature: texts and frames, frames flattened, no cell spans."""
    return ExporterNature(
        "csv",
        kinds=(PrintText, PrintFrame),
        keep=element_filter(document, PREFIX),
        deep=True,
        span_cells=False,
    )


def text_of(element: PrintText) -> str:
    """The characters of a text element as the table-like formats write them: the full
    text; styled or HTML markup reduced to its characters, list items starting on a line
    of their own, indented four spaces per level, after their bullet or number."""
    text = element.text
    if text is None:
        return ""
    if element.truncate_index is None and element.truncate_suffix:
        text += element.truncate_suffix  # a text cut at layout, its suffix shown (JR's full text)
    if element.markup in ("styled", "html", "rtf"):
        from ..fonts.markup import parse_styled

        # the fill wrote every markup's text as styled text (as JasperReports' print keeps
        # it): read back as such, list attributes (noBullet, start) and spaces included
        styled = parse_styled(text)
        return bulleted_text(styled) if any(r.style.lists for r in styled.runs) else styled.text
    return text


def _item_label(level: Any) -> str:
    """The bullet (``•``) or number (``1.``, ``a.``, ``iv.`` ...) of a list item and a space;
    a number below 1 is written in digits whatever the numbering type."""
    if not level.ordered:
        return "\u2022 "
    n = list_start(level) + level.item_index - 1
    return (number_label(n, level.type) if n > 0 else f"{n}.") + " "


def bulleted_text(styled: Any) -> str:
    """The characters of a styled text with its lists written out as JasperReports'
    text-only exporters do."""
    text = styled.text
    runs = sorted(styled.runs, key=lambda r: r.start)
    segments: list[tuple[int, int, tuple]] = []
    at = 0
    for run in runs:
        if run.start > at:
            segments.append((at, run.start, ()))
        if run.end > run.start:
            segments.append((run.start, run.end, run.style.lists))
        at = max(at, run.end)
    if at < len(text):
        segments.append((at, len(text), ()))
    out: list[str] = []
    seen: set[tuple[int, int]] = set()
    prev_key: tuple[int, int] | None = None
    prev_level: tuple[int, int] | None = None  # (list, depth) of the previous text outside items

    def line_start() -> bool:
        return bool(out) and out[-1].endswith("\n")

    for start, end, lists in segments:
        depth = len(lists)
        inner = lists[-1] if lists else None
        key = (inner.list_uid, inner.item) if inner is not None and inner.item else None
        if prev_key is not None and key != prev_key and not line_start():
            out.append("\n")  # an item ends its line
        level = None
        if key is not None and inner is not None:
            if key != prev_key:
                if not line_start():
                    out.append("\n")  # an item starts a line (even the text's first)
                out.append("    " * depth)
                if key not in seen and not inner.no_bullet:
                    out.append(_item_label(inner))
                seen.add(key)
        elif depth and inner is not None:
            # text of a list outside its items: indented once where it starts
            level = (inner.list_uid, depth)
            if level != prev_level:
                out.append("    " * depth)
        out.append(text[start:end])
        prev_key, prev_level = key, level
    return "".join(out)


def _grid_records(document: Document, pages: Sequence[int], opts: CsvOptions) -> list[str]:
    nature = csv_nature(document)
    delimiter = opts.field_delimiter
    record_end = opts.record_delimiter
    write = opts.record
    out: list[str] = []
    for index in pages:
        width, height = document.page_size(index)
        starts = page_starts(document, document.pages[index].elements, nature, width=width, height=height,
                             offset_x=opts.offset_x, offset_y=opts.offset_y)
        xs, rows = starts.xs, starts.rows
        empty = delimiter * (len(xs) - 1)
        for y in starts.ys:
            row = rows.get(y)
            if row is None:
                record = empty
            else:
                record = write([text_of(el) if (el := row.get(x)) is not None and isinstance(el, PrintText) else ""
                                for x in xs])
            if record:
                out.append(record)
                out.append(record_end)
    return out


def _metadata_records(document: Document, pages: Sequence[int], opts: CsvOptions) -> list[str]:
    out: list[str] = []
    defined = opts.column_names is not None
    columns: list[str] = list(opts.column_names or [])
    delimiter, record_end, field = opts.field_delimiter, opts.record_delimiter, opts.field
    state = {"first": True}

    def header() -> None:
        if state["first"] and opts.write_header and columns:
            out.append(delimiter.join(columns) + record_end)

    def write(row: dict[str, str], repeated: dict[str, str]) -> None:
        values = []
        empty = True
        for name in columns:
            value = row.get(name)
            if value:
                empty = False
                values.append(field(value))
            else:
                again = repeated.get(name)
                values.append(field(again) if again else "")
        if not empty:
            out.append(delimiter.join(values) + record_end)

    def on_time(row: dict[str, str], name: str) -> bool:
        last = max((columns.index(c) for c in row), default=-1)
        return last < columns.index(name)

    def walk(elements: Sequence[PrintElement], row: dict[str, str], repeated: dict[str, str]) -> None:
        for el in elements:
            if isinstance(el, PrintFrame):
                walk(el.elements, row, repeated)
                continue
            if not isinstance(el, PrintText) or not el.properties:
                continue
            props = el.properties
            name = props.get(COLUMN_NAME)
            value = props.get(DATA) if DATA in props else text_of(el)
            value = value or ""
            if not defined and name and name not in columns:
                columns.append(name)
            if not columns or name not in columns:
                continue
            if name not in row and on_time(row, name):
                row[name] = value
            else:
                header()
                state["first"] = False
                write(row, repeated)
                row.clear()
                row[name] = value
            if property_true(props.get(REPEAT_VALUE)) and value:
                repeated[name] = value

    for index in pages:
        row: dict[str, str] = {}
        repeated: dict[str, str] = {}
        walk(document.pages[index].elements, row, repeated)
        if columns:
            header()
            write(row, repeated)
    return out


def export_csv(document: Document, out: BinaryIO, pages: list[int], /, **options: object) -> None:
    """Write ``document``'s ``pages`` as CSV to ``out`` (see the module text for the
    options)."""
    opts = CsvOptions(document, dict(options))
    records = _metadata_records(document, pages, opts) if opts.metadata else _grid_records(document, pages, opts)
    text = "".join(records)
    encoder = codecs.lookup(opts.encoding)
    if opts.write_bom:
        try:
            BOM.encode(encoder.name)
            text = BOM + text
        except UnicodeEncodeError:
            pass
    out.write(text.encode(encoder.name, errors="replace"))


register_exporter("csv", export_csv)
