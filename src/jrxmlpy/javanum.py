"""Java's text for numbers: ``Double.toString``, ``Float.toString`` and BigDecimal's
``toString``/``toPlainString``/``toEngineeringString``, exactly as Java 17 prints them.

A leaf module: the expression runtime (string concatenation, String.valueOf) and the
print format (textHeight="13.96875") both need these texts.
"""

from __future__ import annotations

import math
import struct
from decimal import Decimal

# =========================================================================================
# Double.toString / Float.toString
# =========================================================================================

_LOG10_2 = math.log10(2)
_MIN_NORMAL = 2.2250738585072014e-308


def _free_format_digits(ax: float, bits: int = 53, min_exp: int = -1074) -> tuple[str, int]:
    """Digit generation the way Java 17's FloatingDecimal does it for the values where it
    differs from the shortest representation (|x| >= 2**63 and subnormals): exact
    Steele & White style generation with *exclusive* boundary tests, and no stop after
    the first digit when the result prints in E notation (``1.0E23`` prints as
    ``9.999999999999999E22``, ``Double.MIN_VALUE`` as ``4.9E-324``)."""
    m, e = math.frexp(ax)
    mant, be = int(m * 2**bits), e - bits
    if be < min_exp:  # subnormal
        mant, be = int(ax / 2.0**min_exp), min_exp
    # value = b / s, half an ulp = mm / s
    if be >= 0:
        b, s, mm = mant << (be + 1), 2, 1 << be
    else:
        b, s, mm = mant << 1, 1 << (1 - be), 1
    k = math.floor(math.log10(ax)) + 1
    if k >= 0:
        s *= 10**k
    else:
        b *= 10 ** (-k)
        mm *= 10 ** (-k)
    if b >= s:
        k += 1
        s *= 10
    elif b * 10 < s:
        k -= 1
        b *= 10
        mm *= 10
    e_notation = k - 1 < -3 or k - 1 >= 7
    digits: list[int] = []
    first = True
    while True:
        b *= 10
        mm *= 10
        q, b = divmod(b, s)
        digits.append(q)
        low = b < mm
        high = b + mm > s
        if first and e_notation:
            low = high = False
        first = False
        if low or high:
            break
    if high:
        up = True
        if low:
            diff = 2 * b - s
            up = (digits[-1] & 1) == 1 if diff == 0 else diff > 0
        if up:
            i = len(digits) - 1
            while i >= 0 and digits[i] == 9:
                digits[i] = 0
                i -= 1
            if i < 0:
                digits.insert(0, 1)
                k += 1
            else:
                digits[i] += 1
    return "".join(map(str, digits)).rstrip("0") or "0", k


def _integral_digits(ax: float, bits: int) -> tuple[str, int]:
    """Java's path for integral values below 2**63: the exact integer less a few
    "insignificant" low digits (rounded half up), trailing zeros stripped."""
    bin_exp = math.frexp(ax)[1] - 1
    lv = int(ax)
    ins = 0
    p2 = bin_exp - bits - 1
    if p2 > 1:
        ins = int(p2 * _LOG10_2)
    if ins:
        pw = 10**ins
        res = lv % pw
        lv //= pw
        if res >= pw // 2:
            lv += 1
    s = str(lv)
    return s.rstrip("0") or "0", len(s) + ins


def _double_digits(ax: float) -> tuple[str, int]:
    """Java 17's digits for a finite positive double: (digits, decExp) with value
    ``0.digits * 10**decExp`` and no trailing zeros in ``digits``.

    Uses the shortest round-trip digits (Python's repr) except for integral values below
    2**63, where Java 17 prints the exact integer less a few "insignificant" low digits."""
    if ax == int(ax) and ax < 9.223372036854775808e18:
        return _integral_digits(ax, 53)
    if ax >= 9.223372036854775808e18 or ax < _MIN_NORMAL:
        return _free_format_digits(ax)
    r = repr(ax)
    if "e" in r:
        mant, ex = r.split("e")
        exp = int(ex)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    ip_s = ip.lstrip("0")
    if ip_s:
        dec = len(ip_s) + exp
        digits = (ip_s + fp).rstrip("0")
    else:
        lead = len(fp) - len(fp.lstrip("0"))
        dec = exp - lead
        digits = fp.lstrip("0").rstrip("0")
    return digits or "0", dec


def _java_fp_string(sign: str, digits: str, dec: int, ax: float) -> str:
    if 1e-3 <= ax < 1e7:
        if dec > 0:
            ip = digits[:dec].ljust(dec, "0")
            fp = digits[dec:] or "0"
        else:
            ip = "0"
            fp = "0" * (-dec) + digits
        return f"{sign}{ip}.{fp}"
    return f"{sign}{digits[0]}.{digits[1:] or '0'}E{dec - 1}"


def double_to_string(x: float) -> str:
    """``Double.toString(x)`` as Java 17 prints it."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    if x == 0.0:
        return "-0.0" if math.copysign(1.0, x) < 0 else "0.0"
    ax = abs(x)
    digits, dec = _double_digits(ax)
    return _java_fp_string("-" if x < 0 else "", digits, dec, ax)


_FLT_MAX = 3.4028234663852886e38


def _to_f32(x: float) -> float:
    """Round a double to the nearest float32 (overflow to infinity as Java's cast does)."""
    if abs(x) > _FLT_MAX:
        if math.isnan(x) or abs(x) >= 2.0**128 - 2.0**103:
            return x if math.isnan(x) else math.copysign(math.inf, x)
        return math.copysign(_FLT_MAX, x)
    return struct.unpack("<f", struct.pack("<f", x))[0]


def _float_digits(af: float) -> tuple[str, int]:
    """Shortest digits that round-trip through float32 (af is already a float32 value)."""
    for prec in range(1, 10):
        s = f"{af:.{prec - 1}e}"
        if _to_f32(float(s)) == af:
            break
    mant, ex = s.split("e")
    digits = mant.replace(".", "").rstrip("0") or "0"
    return digits, int(ex) + 1


def float_to_string(x: float) -> str:
    """``Float.toString(x)``: x is rounded to float32 first."""
    x = float(x)
    if math.isnan(x):
        return "NaN"
    f = _to_f32(x)
    if math.isinf(f):
        return "Infinity" if f > 0 else "-Infinity"
    if f == 0.0:
        return "-0.0" if math.copysign(1.0, f) < 0 else "0.0"
    af = abs(f)
    if af == int(af) and af < 9.223372036854775808e18:
        digits, dec = _integral_digits(af, 24)
    elif af >= 9.223372036854775808e18 or af < 1.1754943508222875e-38:
        digits, dec = _free_format_digits(af, 24, -149)
    else:
        digits, dec = _float_digits(af)
    return _java_fp_string("-" if f < 0 else "", digits, dec, af)


# =========================================================================================
# BigDecimal
# =========================================================================================


def _check_finite_decimal(d: Decimal) -> Decimal:
    if not d.is_finite():
        raise ValueError(f"BigDecimal cannot hold {d}")
    if d.is_zero() and d.is_signed():
        d = d.copy_abs()
    return d


def big_decimal_to_string(d: Decimal) -> str:
    """``BigDecimal.toString()`` (scientific notation when the scale is negative or the
    adjusted exponent is below -6, as the General Decimal Arithmetic spec says)."""
    return str(_check_finite_decimal(Decimal(d)))


def big_decimal_to_plain_string(d: Decimal) -> str:
    """``BigDecimal.toPlainString()``."""
    return format(_check_finite_decimal(Decimal(d)), "f")


def big_decimal_to_engineering_string(d: Decimal) -> str:
    """``BigDecimal.toEngineeringString()``."""
    return _check_finite_decimal(Decimal(d)).to_eng_string()
