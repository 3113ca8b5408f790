"""Styled text: JasperReports 6.20's ``markup="styled"`` parsed into runs and written back.

A styled text is XML content (wrapped in a root element by the parser) made of text and the
tags ``<style>`` (attributes ``fontName``, ``size``, ``isBold``, ``isItalic``,
``isUnderline``, ``isStrikeThrough``, ``forecolor``, ``backcolor``, ``pdfFontName``,
``pdfEncoding``, ``isPdfEmbedded``), ``<b>``, ``<i>``, ``<u>``, ``<sup>``, ``<sub>``,
``<font size color face>``, ``<br/>``, ``<a href type target>`` (with ``<param>``),
``<ul>``, ``<ol type start>`` and ``<li>``.  Behaviour checked against the reference engine:

* text that is not well-formed XML, or that uses any other tag, is plain text (and the
  print writes it XML-escaped);
* an inner tag overrides an outer one; ``<br/>`` is a newline; list tags add no characters
  (the list structure is kept on the characters); a ``<li>`` outside a list gets a list of
  its own; ``<font face>`` takes the first installed family of its comma separated list;
* colors: ``#hex`` is read as an integer (``#0f0`` is ``#0000F0``), else a decimal integer,
  else one of Java's color names; written back as ``#RRGGBB``; sizes are written as Java
  float strings (``16`` → ``16.0``);
* the print's text (:func:`write`) is regenerated from the runs: each maximal run whose
  attributes differ from the element's own is written as one ``<style>`` with only the
  differing attributes (in a fixed order), then ``<sup>``/``<sub>``, then ``<a>``; lists are
  written as ``<ul>``/``<ol>`` (``type``/``start`` of ordered lists kept) around ``<li>``;
  empty list items vanish; the five XML special characters are escaped.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Any
from xml.parsers import expat

__all__ = [
    "ElementFont",
    "Hyperlink",
    "ListLevel",
    "RunStyle",
    "StyledRun",
    "StyledText",
    "parse_html",
    "parse_styled",
    "plain_styled",
    "write_styled",
    "java_color",
    "run_fonts",
    "list_blocks",
    "LIST_INDENT",
]


@dataclass(frozen=True, slots=True)
class Hyperlink:
    reference: str | None = None
    type: str = "Reference"
    target: str | None = None
    params: tuple[tuple[str, str | None, str], ...] = ()  # (name, valueClass, text)
    uid: int = 0


@dataclass(frozen=True, slots=True)
class ListLevel:
    """One enclosing list and the item of it a character belongs to (``item`` 0: directly
    in the list, outside any ``<li>``)."""

    ordered: bool
    type: str | None
    start: str | None
    list_uid: int
    item: int
    #: the item's number in its list (1 for the first) and where its text begins
    item_index: int = 0
    item_start: int = 0
    #: written ``noBullet`` (an item continued from an earlier page)
    no_bullet: bool = False


@dataclass(frozen=True, slots=True)
class RunStyle:
    """Attributes of a run; None means "as the element"."""

    font_name: str | None = None
    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    strike_through: bool | None = None
    forecolor: str | None = None  # "#RRGGBB"
    backcolor: str | None = None
    pdf_font_name: str | None = None
    pdf_encoding: str | None = None
    pdf_embedded: bool | None = None
    script: str | None = None  # "super" | "sub"
    link: Hyperlink | None = None
    lists: tuple[ListLevel, ...] = ()


@dataclass(frozen=True, slots=True)
class StyledRun:
    start: int
    end: int
    style: RunStyle


@dataclass(slots=True)
class StyledText:
    text: str
    runs: list[StyledRun] = field(default_factory=list)
    #: False when the source was not valid styled text (it is printed as plain text)
    parsed: bool = True
    #: where this text starts in the text it was cut from (list item starts are offsets
    #: in that text)
    origin: int = 0

    def slice(self, start: int, end: int) -> StyledText:
        runs = [
            StyledRun(max(r.start, start) - start, min(r.end, end) - start, r.style)
            for r in self.runs
            if r.end > start and r.start < end
        ]
        return StyledText(self.text[start:end], runs, self.parsed, self.origin + start)

    def style_at(self, index: int) -> RunStyle:
        for r in self.runs:
            if r.start <= index < r.end:
                return r.style
        return _PLAIN


_PLAIN = RunStyle()

_JAVA_COLORS = {
    "black": 0x000000, "blue": 0x0000FF, "cyan": 0x00FFFF, "darkgray": 0x404040,
    "gray": 0x808080, "green": 0x00FF00, "lightgray": 0xC0C0C0, "magenta": 0xFF00FF,
    "orange": 0xFFC800, "pink": 0xFFAFAF, "red": 0xFF0000, "white": 0xFFFFFF,
    "yellow": 0xFFFF00,
}


def java_color(value: str, default: int = 0) -> str:
    """A JasperReports color attribute value as ``#RRGGBB``."""
    v = value.strip()
    rgb: int | None = None
    try:
        if v.startswith("#"):
            rgb = int(v[1:], 16)
        elif v.isdigit():
            rgb = int(v)
    except ValueError:
        rgb = None
    if rgb is None:
        rgb = _JAVA_COLORS.get(v.lower(), default)
    return f"#{rgb & 0xFFFFFF:06X}"


def _java_float_str(v: float) -> str:
    from ..javanum import float_to_string

    return float_to_string(v)


def _bool(v: str) -> bool:
    return v.strip().lower() == "true"


class _Invalid(Exception):
    pass


class _Builder:
    """Expat handler building the flat character runs."""

    def __init__(self, families: frozenset[str] | None):
        self.families = families
        self.parts: list[tuple[str, RunStyle]] = []
        self.stack: list[tuple[str, RunStyle]] = []
        self.style = _PLAIN
        self.uids = itertools.count(1)
        self.counts: dict[int, int] = {}
        self.depth = 0
        self.link_depth = 0
        self.params: list[tuple[str, str | None, str]] | None = None
        self.param: list[str] | None = None
        self.param_attrs: tuple[str, str | None] | None = None

    def start(self, name: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth == 1:
            return
        s = self.style
        low = name.lower()
        if name == "style":
            s = replace(
                s,
                font_name=attrs.get("fontName", s.font_name),
                size=float(attrs["size"]) if "size" in attrs else s.size,
                bold=_bool(attrs["isBold"]) if "isBold" in attrs else s.bold,
                italic=_bool(attrs["isItalic"]) if "isItalic" in attrs else s.italic,
                underline=_bool(attrs["isUnderline"]) if "isUnderline" in attrs else s.underline,
                strike_through=(
                    _bool(attrs["isStrikeThrough"]) if "isStrikeThrough" in attrs else s.strike_through
                ),
                pdf_font_name=attrs.get("pdfFontName", s.pdf_font_name),
                pdf_encoding=attrs.get("pdfEncoding", s.pdf_encoding),
                pdf_embedded=_bool(attrs["isPdfEmbedded"]) if "isPdfEmbedded" in attrs else s.pdf_embedded,
                forecolor=java_color(attrs["forecolor"]) if "forecolor" in attrs else s.forecolor,
                backcolor=java_color(attrs["backcolor"]) if "backcolor" in attrs else s.backcolor,
            )
        elif low == "b":
            s = replace(s, bold=True)
        elif low == "i":
            s = replace(s, italic=True)
        elif low == "u":
            s = replace(s, underline=True)
        elif low == "sup":
            s = replace(s, script="super")
        elif low == "sub":
            s = replace(s, script="sub")
        elif low == "font":
            a = {k.lower(): v for k, v in attrs.items()}
            if "size" in a:
                s = replace(s, size=float(a["size"]))
            if "color" in a:
                s = replace(s, forecolor=java_color(a["color"]))
            if "face" in a:
                for face in a["face"].split(","):
                    face = face.strip()
                    if self.families is None or face.lower() in self.families:
                        s = replace(s, font_name=face)
                        break
        elif low == "br":
            self.parts.append(("\n", s))
        elif low in ("ul", "ol"):
            level = ListLevel(low == "ol", attrs.get("type") if low == "ol" else None,
                              attrs.get("start") if low == "ol" else None, next(self.uids), 0)
            s = replace(s, lists=s.lists + (level,))
        elif low == "li":
            # an item of the innermost open list (even inside another item of it); a
            # <li> outside any list gets a list of its own
            lists = s.lists
            at = sum(len(t) for t, _ in self.parts)
            no_bullet = _bool(attrs.get("noBullet", "false"))
            if lists:
                top = lists[-1]
                index = self.counts.get(top.list_uid, 0) + 1
                self.counts[top.list_uid] = index
                lists = lists[:-1] + (replace(top, item=next(self.uids), item_index=index, item_start=at,
                                              no_bullet=no_bullet),)
            else:
                lists = (ListLevel(False, None, None, next(self.uids), next(self.uids), 1, at, no_bullet),)
            s = replace(s, lists=lists)
        elif low == "a":
            if self.link_depth:
                raise _Invalid("nested <a>")
            self.link_depth = self.depth
            self.params = []
            s = replace(s, link=Hyperlink(attrs.get("href"), attrs.get("type", "Reference"),
                                          attrs.get("target"), (), next(self.uids)))
        elif low == "param":
            if not self.link_depth:
                raise _Invalid("<param> outside <a>")
            self.param = []
            self.param_attrs = (attrs.get("name", ""), attrs.get("valueClass"))
        else:
            raise _Invalid(name)
        self.stack.append((name, self.style))
        self.style = s

    def end(self, name: str) -> None:
        self.depth -= 1
        if self.depth == 0:
            return
        if name.lower() == "param" and self.param is not None and self.params is not None:
            assert self.param_attrs is not None
            self.params.append((*self.param_attrs, "".join(self.param)))
            self.param = None
        elif name.lower() == "a" and self.link_depth == self.depth + 1:
            link = self.style.link
            if link is not None and self.params:
                full = replace(link, params=tuple(self.params))
                self.parts = [(t, replace(st, link=full) if st.link is link else st) for t, st in self.parts]
            self.link_depth = 0
        _, self.style = self.stack.pop()

    def chars(self, data: str) -> None:
        if self.param is not None:
            self.param.append(data)
            return
        if self.depth >= 1:
            self.parts.append((data, self.style))


def parse_styled(text: str, families: frozenset[str] | None = None) -> StyledText:
    """Parse JasperReports styled text; invalid styled text becomes plain text
    (``parsed=False``).  ``families``: lower-case installed font family names for
    ``<font face>`` (None: accept any)."""
    b = _Builder(families)
    p = expat.ParserCreate()
    p.StartElementHandler = b.start
    p.EndElementHandler = b.end
    p.CharacterDataHandler = b.chars
    p.StartDoctypeDeclHandler = _no_doctype
    try:
        p.Parse("<st>" + text + "</st>", True)
    except (expat.ExpatError, _Invalid, ValueError):
        return plain_styled(text, parsed=False)
    return _collect(b)


def _collect(b: _Builder) -> StyledText:
    chunks: list[str] = []
    runs: list[StyledRun] = []
    pos = 0
    for t, st in b.parts:
        if not t:
            continue
        chunks.append(t)
        if runs and runs[-1].style == st and runs[-1].end == pos:
            runs[-1] = StyledRun(runs[-1].start, pos + len(t), st)
        else:
            runs.append(StyledRun(pos, pos + len(t), st))
        pos += len(t)
    return StyledText("".join(chunks), runs)


class _HtmlReader(HTMLParser):
    """Feeds lenient HTML to the styled text builder: tag names in any case, ``strong`` /
    ``em`` as bold / italic, void ``<br>``, other tags ignored, runs of white space
    collapsed to one space (as an HTML document reads)."""

    _ALIASES = {"strong": "b", "em": "i"}
    _KNOWN = frozenset({"b", "i", "u", "sup", "sub", "font", "br", "ul", "ol", "li", "a"})

    _BLOCKS = frozenset({"ul", "ol", "li"})
    #: Paragraph tags: their content is a paragraph of its own (newlines around it, an
    #: empty one is an empty line), as an HTML document reads.
    _PARAGRAPHS = frozenset({"p", "div"})

    def __init__(self, builder: _Builder):
        super().__init__(convert_charrefs=True)
        self.b = builder
        self.open: list[str] = []
        self.pending: list[str] = []
        self.after_block = True
        #: A paragraph ended: the next content starts on a new line.
        self.break_due = False
        self.paragraph_start = 0

    def _length(self) -> int:
        return sum(len(text) for text, _ in self.b.parts)

    def _ends_line(self) -> bool:
        parts = self.b.parts
        return not parts or parts[-1][0].endswith("\n")

    def _new_line(self) -> None:
        """Start a new line unless the text is empty or already on one."""
        self.break_due = False
        if not self._ends_line():
            self.b.chars("\n")

    def _paragraph(self, start: bool) -> None:
        self._flush(True)
        self.after_block = True
        if start:
            self._new_line()
            self.paragraph_start = self._length()
        elif self._length() == self.paragraph_start and self.b.parts:
            self.b.chars("\n")  # an empty paragraph: an empty line
        else:
            self.break_due = True

    def _flush(self, before_block: bool) -> None:
        """Text read since the last tag; white space next to a list tag is dropped."""
        data = "".join(self.pending)
        self.pending = []
        if self.after_block:
            data = data.lstrip(" \t\n\r\f")
        if before_block:
            data = data.rstrip(" \t\n\r\f")
        if not data:
            return
        if self.break_due:
            self._new_line()
        out = []
        space = False
        for ch in data:
            if ch in " \t\n\r\f":
                if not space:
                    out.append(" ")
                space = True
            else:
                out.append(ch)
                space = False
        self.b.chars("".join(out))
        self.after_block = False

    def _tag(self, tag: str) -> None:
        block = tag in self._BLOCKS
        self._flush(block)
        if block:
            self.after_block = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = self._ALIASES.get(tag, tag)
        if tag in self._PARAGRAPHS:
            self._paragraph(start=True)
            return
        if tag not in self._KNOWN:
            return
        if tag == "li" and "li" in self.open:
            # an item ends where the next one of the same list starts
            last = len(self.open) - 1 - self.open[::-1].index("li")
            if not any(t in ("ul", "ol") for t in self.open[last + 1 :]):
                self.handle_endtag("li")
        self._tag(tag)
        a = {k: v or "" for k, v in attrs}
        self.b.start(tag, a)
        if tag == "br":
            self.b.end(tag)
        else:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        tag = self._ALIASES.get(tag, tag)
        if tag in self._KNOWN and tag != "br":
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = self._ALIASES.get(tag, tag)
        if tag in self._PARAGRAPHS:
            self._paragraph(start=False)
            return
        if tag not in self.open:
            return
        self._tag(tag)
        while self.open:
            t = self.open.pop()
            self.b.end(t)
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        self.pending.append(data)

    def close(self) -> None:
        super().close()
        self._flush(True)


def parse_html(text: str, families: frozenset[str] | None = None) -> StyledText:
    """HTML markup converted to styled text (the common subset: ``b``/``strong``,
    ``i``/``em``, ``u``, ``sup``, ``sub``, ``font``, ``br``, lists and links)."""
    b = _Builder(families)
    b.start("st", {})
    reader = _HtmlReader(b)
    try:
        reader.feed(text)
        reader.close()
        while reader.open:
            b.end(reader.open.pop())
    except (_Invalid, ValueError):
        return plain_styled(text, parsed=False)
    st = _collect(b)
    # white space collapses across tags too; none at the very start
    return _collapse(st)


def _collapse(st: StyledText) -> StyledText:
    keep: list[int] = []
    prev_space = True
    t = st.text
    for i, ch in enumerate(t):
        if ch == " " and prev_space:
            continue
        keep.append(i)
        prev_space = ch in " \n"
    if len(keep) == len(t):
        return st
    pos = {k: n for n, k in enumerate(keep)}
    text = "".join(t[k] for k in keep)
    runs: list[StyledRun] = []
    for r in st.runs:
        idx = [pos[k] for k in range(r.start, r.end) if k in pos]
        if idx:
            runs.append(StyledRun(idx[0], idx[-1] + 1, r.style))
    return StyledText(text, runs)


def _no_doctype(*_: object) -> None:
    raise _Invalid("DOCTYPE")


def plain_styled(text: str, parsed: bool = True) -> StyledText:
    return StyledText(text, [StyledRun(0, len(text), _PLAIN)] if text else [], parsed)


# -- writing ---------------------------------------------------------------------------------


def _xml_escape(s: str) -> str:
    return (
        s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace('"', "&quot;").replace("'", "&apos;")
    )


@dataclass(frozen=True, slots=True)
class ElementFont:
    """The element's own text attributes a run is compared with when written."""

    font_name: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike_through: bool = False
    forecolor: str | None = None
    backcolor: str | None = None
    pdf_font_name: str | None = None
    pdf_encoding: str | None = None
    pdf_embedded: bool | None = None


def _style_attrs(s: RunStyle, parent: ElementFont) -> str:
    out = []
    if s.font_name is not None and s.font_name != parent.font_name:
        out.append(f' fontName="{s.font_name}"')
    # the element's attributes hold a weight/posture only when bold/italic
    if s.bold is not None and not (s.bold and parent.bold):
        out.append(f' isBold="{"true" if s.bold else "false"}"')
    if s.italic is not None and not (s.italic and parent.italic):
        out.append(f' isItalic="{"true" if s.italic else "false"}"')
    u = bool(s.underline) if s.underline is not None else parent.underline
    if u != parent.underline:
        out.append(f' isUnderline="{"true" if u else "false"}"')
    k = bool(s.strike_through) if s.strike_through is not None else parent.strike_through
    if k != parent.strike_through:
        out.append(f' isStrikeThrough="{"true" if k else "false"}"')
    if s.size is not None and s.size != parent.size:
        out.append(f' size="{_java_float_str(s.size)}"')
    if s.pdf_font_name is not None and s.pdf_font_name != parent.pdf_font_name:
        out.append(f' pdfFontName="{s.pdf_font_name}"')
    if s.pdf_encoding is not None and s.pdf_encoding != parent.pdf_encoding:
        out.append(f' pdfEncoding="{s.pdf_encoding}"')
    if s.pdf_embedded is not None and s.pdf_embedded != parent.pdf_embedded:
        out.append(f' isPdfEmbedded="{"true" if s.pdf_embedded else "false"}"')
    if s.forecolor is not None and s.forecolor != parent.forecolor:
        out.append(f' forecolor="{s.forecolor}"')
    if s.backcolor is not None and s.backcolor != parent.backcolor:
        out.append(f' backcolor="{s.backcolor}"')
    return "".join(out)


def _list_open(level: ListLevel) -> str:
    if level.ordered:
        a = ""
        if level.type is not None:
            a += f' type="{level.type}"'
        start = level.start
        if level.item_index > 1:
            # a list continued from an earlier part numbers on from its first item here
            try:
                first = int(start) if start is not None else 1
            except ValueError:
                first = 1
            start = str(first + level.item_index - 1)
        if start is not None:
            a += f' start="{start}"'
        return f"<ol{a}>"
    return "<ul>"


def _item_open(level: ListLevel, nested_first: bool, origin: int) -> str:
    """``<li>``; ``noBullet`` when the item's text starts in a nested list or before this
    part of the text."""
    if level.no_bullet or nested_first or level.item_start < origin:
        return '<li noBullet="true">'
    return "<li>"


def _close_level(out: list[str], level: ListLevel) -> None:
    if level.item:
        out.append("</li>")
    out.append("</ol>" if level.ordered else "</ul>")


def write_styled(st: StyledText, parent: ElementFont | None = None) -> str:
    """The styled text JasperReports prints for ``st`` (see the module notes)."""
    if not st.parsed:
        return _xml_escape(st.text)
    parent = parent or ElementFont()
    out: list[str] = []
    open_lists: tuple[ListLevel, ...] = ()
    for run in st.runs:
        if run.end <= run.start:
            continue
        s = run.style
        lists = s.lists
        common = 0
        while (
            common < len(open_lists)
            and common < len(lists)
            and open_lists[common].list_uid == lists[common].list_uid
        ):
            common += 1
        # close what the new run is not in
        for i in range(len(open_lists) - 1, common - 1, -1):
            _close_level(out, open_lists[i])
        if common and open_lists[common - 1].item != lists[common - 1].item:
            if open_lists[common - 1].item:
                out.append("</li>")
            if lists[common - 1].item:
                out.append(_item_open(lists[common - 1], common < len(lists), st.origin))
        for k in range(common, len(lists)):
            level = lists[k]
            out.append(_list_open(level))
            if level.item:
                out.append(_item_open(level, k < len(lists) - 1, st.origin))
        open_lists = lists
        attrs = _style_attrs(s, parent)
        if attrs:
            out.append(f"<style{attrs}>")
        if s.script is not None:
            out.append("<sup>" if s.script == "super" else "<sub>")
        link = s.link
        if link is not None:
            a = "<a"
            if link.reference and link.reference.strip():
                a += f' href="{_html_encode(link.reference)}"'
            if link.type and link.type.strip():
                a += f' type="{link.type}"'
            if link.target and link.target.strip():
                a += f' target="{link.target}"'
            out.append(a + ">")
            for name, _value_class, value in link.params:
                out.append(f'<param name="{name}">{_xml_escape(value)}</param>')
        out.append(_xml_escape(st.text[run.start : run.end]))
        if link is not None:
            out.append("</a>")
        if s.script is not None:
            out.append("</sup>" if s.script == "super" else "</sub>")
        if attrs:
            out.append("</style>")
    for i in range(len(open_lists) - 1, -1, -1):
        _close_level(out, open_lists[i])
    return "".join(out)


def _html_encode(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# -- measuring --------------------------------------------------------------------------------

#: the left indent of each list level (checked with the reference engine: independent of
#: the font size, the same for ``<ul>`` and ``<ol>``)
LIST_INDENT = 50


def run_fonts(st: StyledText, a: Any) -> tuple[tuple[int, int, Any, float, float], ...]:
    """(start, end, font, size, size of the advances) of each run of ``st`` for the measurer: the run's own font
    attributes over the element's (``ResolvedAttributes`` ``a``)."""
    from .registry import default_registry

    reg = default_registry()
    out = []
    for r in st.runs:
        s = r.style
        font = reg.resolve(
            s.font_name or a.font_name,
            a.bold if s.bold is None else s.bold,
            a.italic if s.italic is None else s.italic,
        )
        size = float(a.font_size if s.size is None else s.size)
        # Java draws a super/subscript with the font scaled by 2/3
        out.append((r.start, r.end, font, size, size * 2 / 3 if s.script else size))
    return tuple(out)


def list_blocks(st: StyledText) -> tuple[tuple[int, int, int], ...] | None:
    """(start, end, left indent) of the parts of ``st`` that start a new paragraph: each
    list item, and the text around lists (None when there is no list)."""
    if not any(r.style.lists for r in st.runs):
        return None
    out: list[tuple[int, int, int]] = []
    key: tuple[tuple[int, int], ...] | None = None
    for r in st.runs:
        k = tuple((lv.list_uid, lv.item) for lv in r.style.lists)
        if out and k == key and out[-1][1] == r.start:
            out[-1] = (out[-1][0], r.end, out[-1][2])
        else:
            out.append((r.start, r.end, LIST_INDENT * len(k)))
        key = k
    return tuple(out)
