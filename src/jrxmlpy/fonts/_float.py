"""Java ``float`` (IEEE binary32) arithmetic helpers.

JasperReports keeps text heights, widths and line metrics in Java ``float`` variables, so
every addition or multiplication is rounded to binary32. Doing the operation in Python's
binary64 and rounding the result once gives the same value as the binary32 operation for
``+ - * /`` (binary64 has more than twice the precision plus two bits).
"""

from __future__ import annotations

import struct

_pack = struct.Struct("<f").pack
_unpack = struct.Struct("<f").unpack


def f32(x: float) -> float:
    """Round a Python float to the nearest binary32 value (as Java's ``(float)`` cast)."""
    return _unpack(_pack(x))[0]


def fadd(a: float, b: float) -> float:
    return _unpack(_pack(a + b))[0]


def fsub(a: float, b: float) -> float:
    return _unpack(_pack(a - b))[0]


def fmul(a: float, b: float) -> float:
    return _unpack(_pack(a * b))[0]


def fdiv(a: float, b: float) -> float:
    return _unpack(_pack(a / b))[0]
