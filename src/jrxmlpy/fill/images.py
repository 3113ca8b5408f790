"""The picture of an image element: from the value of its expression to bytes.

JasperReports accepts a location (resource name, file path, URL), bytes, an input
stream, or a renderer.  jrxmlpy reads locations only inside the resource folders and
never from the network; ``data:`` URIs are decoded.  What cannot be read follows the
element's ``onErrorType`` (Error: the fill fails naming the image; Blank: nothing;
Icon: an empty image).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from ..design.enums import OnErrorType
from ..errors import FillError, Location
from ..resources import Resources


@dataclass(frozen=True, slots=True)
class ImageContent:
    data: bytes | None
    source: str | None = None


def load_image(value: Any, resources: Resources, on_error: OnErrorType, location: Location) -> ImageContent | None:
    """The bytes ``value`` stands for, or None when the image prints empty."""
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray)):
        return ImageContent(bytes(value))
    read_all = getattr(value, "read_all", None)
    if callable(read_all):  # the allowlist's in-memory java.io.InputStream
        return ImageContent(bytes(read_all()))
    if isinstance(value, str):
        if value.startswith("data:"):
            header, _, payload = value.partition(",")
            try:
                data = base64.b64decode(payload) if ";base64" in header else payload.encode("utf-8")
            except ValueError:
                return _failed("image data URI is not valid base64", on_error, location)
            return ImageContent(data, None)
        path = resources.find(value)
        if path is None:
            return _failed(f"image {value!r} not found in the resource folders", on_error, location)
        return ImageContent(path.read_bytes(), value)
    return _failed(f"cannot make an image of a {type(value).__name__}", on_error, location)


def _failed(message: str, on_error: OnErrorType, location: Location) -> ImageContent | None:
    if on_error is OnErrorType.ERROR:
        raise FillError(message, location)
    return None
