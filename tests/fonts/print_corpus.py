"""Read the text elements of JasperReports prints (``report.jrpxml``) with everything needed
to measure them: font (own ``<font>`` / print ``<style>`` chain / defaults), paddings,
paragraph, rotation, markup, size and the measured values JasperReports wrote.

Used by the corpus test (oracle prints, when present) and to check literal test tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

DEFAULT_FONT = "SansSerif"  # net.sf.jasperreports.default.font.name
DEFAULT_SIZE = 10.0  # net.sf.jasperreports.default.font.size


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(el, name):
    for c in el:
        if _local(c.tag) == name:
            return c
    return None


def _children(el, name):
    return [c for c in el if _local(c.tag) == name]


@dataclass
class PrintText:
    source: str
    index: int
    text: str
    width: int
    height: int
    font_name: str
    size: float
    bold: bool
    italic: bool
    padding: tuple[int, int, int, int]  # top, left, bottom, right
    paragraph: dict = field(default_factory=dict)
    rotation: str | None = None
    markup: str | None = None
    text_height: float = 0.0
    line_spacing_factor: float = 0.0
    leading_offset: float = 0.0
    valign: str | None = None
    has_line_break_offsets: bool = False


_PARA_ATTRS = {
    "lineSpacing": ("line_spacing", str),
    "lineSpacingSize": ("line_spacing_size", float),
    "firstLineIndent": ("first_line_indent", int),
    "leftIndent": ("left_indent", int),
    "rightIndent": ("right_indent", int),
    "spacingBefore": ("spacing_before", int),
    "spacingAfter": ("spacing_after", int),
    "tabStopWidth": ("tab_stop_width", int),
}


class _Styles:
    def __init__(self, root, fallback: _Styles | None = None):
        self.styles = dict(fallback.styles) if fallback else {}
        self.default = None
        for st in _children(root, "style"):
            self.styles[st.get("name")] = st
            if st.get("isDefault") == "true":
                self.default = st

    def chain(self, name):
        seen = set()
        st = self.styles.get(name) if name else self.default
        while st is not None and id(st) not in seen:
            seen.add(id(st))
            yield st
            parent = st.get("style")
            st = self.styles.get(parent) if parent else None


def _padding(box, side: str):
    if box is None:
        return None
    v = box.get(side + "Padding")
    if v is None:
        v = box.get("padding")
    return None if v is None else int(v)


def _subreport_styles(name: str, dirs, master: _Styles, cache: dict) -> _Styles | None:
    """Styles of a subreport design (its default style is not in the master print)."""
    if name in cache:
        return cache[name]
    found = None
    for d in dirs:
        for cand in (Path(d) / f"{name}.jrxml", *Path(d).rglob(f"{name}.jrxml")):
            if cand.is_file():
                found = cand
                break
        if found:
            break
    st = None
    if found is not None:
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        try:
            st = _Styles(etree.parse(str(found), parser).getroot(), fallback=master)
        except etree.XMLSyntaxError:
            st = None
    cache[name] = st
    return st


def read_print(path: str | Path, design_dirs=()) -> Iterator[PrintText]:
    """Text elements of a print. ``design_dirs``: folders where the JRXML of subreports
    (named by the print's ``<origin report=...>``) can be found, for their default style."""
    path = Path(path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
    root = etree.parse(str(path), parser).getroot()
    master = _Styles(root)
    origins = [o.get("report") for o in _children(root, "origin")]
    sub_cache: dict = {}
    idx = 0
    for el in root.iter("{*}text"):
        re_ = _child(el, "reportElement")
        if re_ is None:
            continue
        styles = master
        o = re_.get("origin")
        if o is not None and int(o) < len(origins) and origins[int(o)]:
            # a subreport's default style is not in the master print: read its JRXML; table
            # components (no JRXML of their own) use the master report's styles
            sub = _subreport_styles(origins[int(o)], design_dirs, master, sub_cache)
            if sub is not None:
                styles = sub
        th = el.get("textHeight")
        if th is None:
            continue
        tc = _child(el, "textContent")
        text = tc.text if tc is not None and tc.text is not None else ""
        chain = list(styles.chain(re_.get("style")))
        font = _child(el, "font")

        def fattr(own, sty, default, conv, font=font, chain=chain):
            if font is not None and font.get(own) is not None:
                return conv(font.get(own))
            for st in chain:
                if st.get(sty) is not None:
                    return conv(st.get(sty))
            return default

        font_name = fattr("fontName", "fontName", DEFAULT_FONT, str)
        size = fattr("size", "fontSize", DEFAULT_SIZE, float)
        bold = fattr("isBold", "isBold", False, lambda v: v == "true")
        italic = fattr("isItalic", "isItalic", False, lambda v: v == "true")
        boxes = [_child(el, "box")] + [_child(st, "box") for st in chain]
        pads = []
        for side in ("top", "left", "bottom", "right"):
            v = None
            for b in boxes:
                v = _padding(b, side)
                if v is not None:
                    break
            pads.append(v or 0)
        paras = [_child(el, "paragraph")] + [_child(st, "paragraph") for st in chain]
        para: dict = {}
        for attr, (key, conv) in _PARA_ATTRS.items():
            for p in paras:
                if p is not None and p.get(attr) is not None:
                    para[key] = conv(p.get(attr))
                    break
        for p in paras:
            if p is not None and _children(p, "tabStop"):
                para["tab_stops"] = [
                    (int(t.get("position")), t.get("alignment") or "Left") for t in _children(p, "tabStop")
                ]
                break
        markup = el.get("markup")
        if markup is None:
            for st in chain:
                if st.get("markup") is not None:
                    markup = st.get("markup")
                    break
        rotation = el.get("rotation")
        if rotation is None:
            for st in chain:
                if st.get("rotation") is not None:
                    rotation = st.get("rotation")
                    break
        yield PrintText(
            source=str(path),
            index=idx,
            text=text,
            width=int(re_.get("width")),
            height=int(re_.get("height")),
            font_name=font_name,
            size=size,
            bold=bold,
            italic=italic,
            padding=tuple(pads),  # type: ignore[arg-type]
            paragraph=para,
            rotation=rotation,
            markup=markup,
            text_height=float(th),
            line_spacing_factor=float(el.get("lineSpacingFactor") or 0),
            leading_offset=float(el.get("leadingOffset") or 0),
            valign=el.get("verticalAlignment"),
            has_line_break_offsets=_child(el, "lineBreakOffsets") is not None,
        )
        idx += 1
