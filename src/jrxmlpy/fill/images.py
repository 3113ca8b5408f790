"""The picture of an image element: from the value of its expression to bytes, its real
size, and the box ``scaleImage="RealHeight"|"RealSize"`` gives the element.

JasperReports accepts a location (resource name, file path, URL), bytes, an input
stream, or a renderer.  jrxmlpy reads locations only inside the resource folders and
never from the network; ``data:`` URIs are decoded.  What cannot be read follows the
element's ``onErrorType`` (Error: the fill fails naming the image; Blank and Icon: the
print element has no picture; JasperReports 6.20 writes no image source for either).

Behaviour checked against JasperReports 6.20.6 prints (see ``tests/fill/test_images.py``):

* A lazy image (``isLazy``) whose value is a location keeps the location, unread.
* Real size: raster images count one point per pixel whatever their DPI metadata
  (PNG pHYs, JPEG JFIF, TIFF, BMP); a JPEG's EXIF orientation 5-8 swaps width and
  height.  SVG: the root's ``width``/``height`` at 72 units per inch (``px`` = ``pt``),
  1 when missing or a percentage (the viewBox alone does not count).
* Images are cached by location when the expression gives a String (``isUsingCache``
  unset) or when ``isUsingCache="true"``; a cached location keeps one renderer id, so a
  print that does not embed images references it with one ``img_N``.  Everything
  else gets a new id on every evaluation.
"""

from __future__ import annotations

import base64
import io
import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..design.enums import HorizontalImageAlign, HyperlinkTarget, HyperlinkType, OnErrorType
from ..document import HyperlinkParameter as PrintHyperlinkParameter
from ..document import JavaValue, PrintHyperlink, image_format
from ..errors import FillError, Location
from ..resources import Resources

_IDS = itertools.count(1)


@dataclass(frozen=True, slots=True)
class ImageContent:
    """An evaluated image: its bytes (None for a lazy image), its location when it has
    one, the MIME type when known, and the renderer id that names it."""

    data: bytes | None
    source: str | None = None
    mime_type: str | None = None
    renderer_id: str | None = None


def load_image(value: Any, resources: Resources, on_error: OnErrorType, location: Location, *,
               lazy: bool = False, using_cache: bool | None = None) -> ImageContent | None:
    """The picture ``value`` stands for, or None when the image prints empty."""
    if value is None:
        return None
    if isinstance(value, str):
        cached = using_cache is not False
        rid = f"location:{value}" if cached else _new_id()
        if lazy:
            return ImageContent(None, value, None, rid)
        if value.startswith("data:"):
            header, _, payload = value.partition(",")
            try:
                data = base64.b64decode(payload) if ";base64" in header else payload.encode("utf-8")
            except ValueError:
                return _failed("image data URI is not valid base64", on_error, location)
            return ImageContent(data, None, mime_type(data), rid)
        path = resources.find(value)
        if path is None:
            return _failed(f"image {value!r} not found in the resource folders", on_error, location)
        data = path.read_bytes()
        return ImageContent(data, value, mime_type(data), rid)
    raw = _bytes_of(value)
    if raw is None:
        return _failed(f"cannot make an image of a {type(value).__name__}", on_error, location)
    return ImageContent(raw, None, mime_type(raw), _new_id())


def _new_id() -> str:
    return f"r{next(_IDS)}"


def _bytes_of(value: Any) -> bytes | None:
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    read_all = getattr(value, "read_all", None)
    if callable(read_all):  # the allowlist's in-memory java.io.InputStream
        return bytes(read_all())
    if isinstance(value, (list, tuple)) and all(isinstance(b, int) for b in value):  # a Java byte[]
        return bytes(int(b) & 0xFF for b in value)
    return None


def _failed(message: str, on_error: OnErrorType, location: Location) -> ImageContent | None:
    if on_error is OnErrorType.ERROR:
        raise FillError(message, location)
    return None


_MIME = {"png": "image/png", "jpeg": "image/jpeg", "gif": "image/gif", "bmp": "image/bmp",
         "tiff": "image/tiff", "svg": "image/svg+xml", "webp": "image/webp"}


def mime_type(data: bytes | None) -> str | None:
    """The MIME type of ``data`` from its signature (None when unknown)."""
    if data and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _MIME["webp"]
    return _MIME.get(image_format(data) or "")


# --- real size --------------------------------------------------------------------------------


def image_size(data: bytes) -> tuple[float, float] | None:
    """The image's real size in points (see the module notes), None when it cannot be
    read."""
    if image_format(data) == "svg":
        return svg_size(data)
    try:
        from PIL import Image, UnidentifiedImageError
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return None
    try:
        with Image.open(io.BytesIO(data)) as im:
            width, height = im.size
            if im.format == "JPEG":
                try:
                    orientation = im.getexif().get(0x0112)
                except Exception:  # noqa: BLE001 - a broken EXIF block is ignored
                    orientation = None
                if orientation in (5, 6, 7, 8):
                    width, height = height, width
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return None
    return float(width), float(height)


#: Points per unit in SVG lengths (72 user units per inch).
_SVG_UNITS = {"": 1.0, "px": 1.0, "pt": 1.0, "pc": 12.0, "in": 72.0, "cm": 72.0 / 2.54,
              "mm": 72.0 / 25.4, "em": 12.0, "ex": 6.0}
_LENGTH = re.compile(r"^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*([a-zA-Z%]*)\s*$")


def svg_size(data: bytes) -> tuple[float, float] | None:
    """``width``/``height`` of the SVG root in points; 1 for a missing, relative or
    unreadable length."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError:
        return None
    if root is None or etree.QName(root).localname != "svg":
        return None
    return _svg_length(root.get("width")), _svg_length(root.get("height"))


def _svg_length(text: str | None) -> float:
    match = _LENGTH.match(text or "")
    if match is None:
        return 1.0
    unit = match.group(2).lower()
    factor = _SVG_UNITS.get(unit)
    if factor is None:  # % and unknown units: relative to a viewport there is none of
        return 1.0
    return max(0.0, float(match.group(1)) * factor)


def fit_real_size(image_width: float, image_height: float, width: int, padding: int, room: int,
                  may_overflow: bool) -> tuple[float, float] | None:
    """The size the picture takes in an element ``width`` wide with ``padding`` (top +
    bottom) and ``room`` points of height left: at most its real size, narrowed to the
    element's width (horizontal padding does not count) keeping its shape.  When that is
    taller than the room: None if the element may overflow (it is printed on the next
    part), else the picture shrinks, keeping its shape, to the room."""
    scale = 1.0 if image_width <= width or image_width <= 0 else width / image_width
    w, h = image_width * scale, image_height * scale
    if h + padding > room:
        if may_overflow:
            return None
        fit = max(0, room - padding)
        if h > 0:
            w, h = w * fit / h, float(fit)
    return w, h


def real_box(size: tuple[float, float], x: int, width: int, height: int, padding: int,
             real_width: bool, h_align: HorizontalImageAlign | None) -> tuple[int, int, int]:
    """(x, width, height) of the print element for a picture of ``size``: the height
    grows (never shrinks) to the picture plus padding; with RealSize the width becomes
    the picture's, placed by the horizontal image alignment."""
    w, h = size
    new_height = max(height, math.floor(h) + padding)
    if not real_width:
        return x, width, new_height
    new_width = min(width, math.floor(w))
    if h_align is HorizontalImageAlign.CENTER:
        x += (width - new_width) // 2
    elif h_align is HorizontalImageAlign.RIGHT:
        x += width - new_width
    return x, new_width, new_height


# --- hyperlinks --------------------------------------------------------------------------------


def no_hyperlink(link: Any) -> bool:
    """Whether a design ``Hyperlink`` never makes a print hyperlink, whatever the record:
    none, or type None with the default target and no values to evaluate."""
    if link is None:
        return True
    link_type = link.link_type.value if isinstance(link.link_type, HyperlinkType) else link.link_type
    target = link.link_target.value if isinstance(link.link_target, HyperlinkTarget) else link.link_target
    has_values = bool(link.parameters) or any(
        e is not None for e in (link.reference, link.anchor, link.page, link.tooltip))
    return link_type == "None" and target == "Self" and not has_values


def evaluate_hyperlink(evaluate: Callable[[Any], Any], link: Any) -> PrintHyperlink | None:
    """The print hyperlink of a design ``Hyperlink`` (None when there is none, or when its
    ``hyperlinkWhenExpression`` is not true)."""
    if no_hyperlink(link):
        return None
    link_type = link.link_type.value if isinstance(link.link_type, HyperlinkType) else link.link_type
    target = link.link_target.value if isinstance(link.link_target, HyperlinkTarget) else link.link_target
    if link.when is not None and evaluate(link.when) is not True:
        return None

    def text(expression: Any) -> str | None:
        if expression is None:
            return None
        value = evaluate(expression)
        return None if value is None else str(value)

    page = evaluate(link.page) if link.page is not None else None
    parameters = []
    for p in link.parameters:
        value = evaluate(p.value) if p.value is not None else None
        parameters.append(PrintHyperlinkParameter(p.name, JavaValue.of(value)))
    return PrintHyperlink(
        link_type=link_type,
        # the print keeps the target the template names; the default (Self) is, in
        # practice, not named, and JasperReports writes no target for it
        link_target=None if target == "Self" else target,
        reference=text(link.reference),
        anchor=text(link.anchor),
        page=int(page) if page is not None else None,
        tooltip=text(link.tooltip),
        parameters=parameters,
    )
