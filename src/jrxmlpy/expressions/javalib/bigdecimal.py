"""``java.math.BigDecimal`` semantics on ``decimal.Decimal``.

A Java BigDecimal is an unscaled integer and a scale; a Python Decimal is digits and an
exponent (= -scale), so the two map one to one.  Arithmetic runs in an unbounded context
(Java's add/subtract/multiply are exact) and the scale rules of each Java operation are
applied explicitly.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_DOWN,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
)
from fractions import Fraction

from .. import runtime as R

EXACT = Context(prec=100_000, Emax=999_999_999, Emin=-999_999_999, traps=[InvalidOperation])


class RoundingMode(enum.Enum):
    """java.math.RoundingMode, with the legacy ``BigDecimal.ROUND_*`` numbers."""

    UP = (0, ROUND_UP)
    DOWN = (1, ROUND_DOWN)
    CEILING = (2, ROUND_CEILING)
    FLOOR = (3, ROUND_FLOOR)
    HALF_UP = (4, ROUND_HALF_UP)
    HALF_DOWN = (5, ROUND_HALF_DOWN)
    HALF_EVEN = (6, ROUND_HALF_EVEN)
    UNNECESSARY = (7, None)

    @property
    def legacy(self) -> int:
        return self.value[0]

    @property
    def python(self) -> str | None:
        return self.value[1]

    @classmethod
    def of(cls, mode: RoundingMode | int) -> RoundingMode:
        if isinstance(mode, RoundingMode):
            return mode
        for member in cls:
            if member.legacy == mode:
                return member
        raise R.IllegalArgumentException(f"Invalid rounding mode {mode}")

    def java_to_string(self, env: object = None) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class MathContext:
    precision: int
    rounding: RoundingMode = RoundingMode.HALF_UP

    def java_to_string(self, env: object = None) -> str:
        return f"precision={self.precision} roundingMode={self.rounding.name}"


UNLIMITED = MathContext(0, RoundingMode.HALF_UP)
DECIMAL32 = MathContext(7, RoundingMode.HALF_EVEN)
DECIMAL64 = MathContext(16, RoundingMode.HALF_EVEN)
DECIMAL128 = MathContext(34, RoundingMode.HALF_EVEN)


def scale(d: Decimal) -> int:
    exponent = d.as_tuple().exponent
    return -exponent if isinstance(exponent, int) else 0


def _drop_last_digit(d: Decimal) -> Decimal:
    """``d`` without its last (zero) digit: the same value one scale lower."""
    sign, digits, exponent = d.as_tuple()
    return Decimal((sign, digits[:-1], -scale(d) + 1))


def precision(d: Decimal) -> int:
    digits = d.as_tuple().digits
    return 1 if d.is_zero() else len(digits)


def from_string(text: str | None) -> Decimal:
    if text is None:
        raise R.NullPointerException("BigDecimal(null)")
    stripped = text.strip() if text == text.strip() else None
    if not stripped or any(c in stripped for c in " _") or stripped.lower() in ("nan", "inf", "infinity", "-inf", "+inf"):
        raise R.NumberFormatException("Character array is missing \"exponent\" mark 'e' or 'E'." if stripped else "empty")
    try:
        return EXACT.create_decimal(stripped)
    except InvalidOperation:
        raise R.NumberFormatException(f"Character {text[:1]!r} is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.") from None


def from_double(x: float) -> Decimal:
    """``new BigDecimal(double)``: the exact binary value."""
    if x != x or x in (float("inf"), float("-inf")):
        raise R.NumberFormatException("Infinite or NaN")
    return Decimal(x)


def value_of_double(x: float) -> Decimal:
    """``BigDecimal.valueOf(double)``: via Double.toString."""
    if x != x or x in (float("inf"), float("-inf")):
        raise R.NumberFormatException("Infinite or NaN")
    return Decimal(R.s_double(x))


def value_of_long(value: int, new_scale: int = 0) -> Decimal:
    return Decimal(value).scaleb(-new_scale)


def from_unscaled(unscaled: int, new_scale: int) -> Decimal:
    return Decimal(unscaled).scaleb(-new_scale, EXACT)


def to_decimal(x: object) -> Decimal:
    """Any number as a BigDecimal (used where Java code widens)."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, float):
        return value_of_double(x)
    if isinstance(x, int):
        return Decimal(x)
    raise R.ClassCastException(f"{type(x).__name__} is not a number")


def add(a: Decimal, b: Decimal, mc: MathContext | None = None) -> Decimal:
    return _round(EXACT.add(a, R.unbox(b)), mc)


def subtract(a: Decimal, b: Decimal, mc: MathContext | None = None) -> Decimal:
    return _round(EXACT.subtract(a, R.unbox(b)), mc)


def multiply(a: Decimal, b: Decimal, mc: MathContext | None = None) -> Decimal:
    return _round(EXACT.multiply(a, R.unbox(b)), mc)


def _round(d: Decimal, mc: MathContext | None) -> Decimal:
    if mc is None or mc.precision == 0:
        return d
    return round_to(d, mc)


def round_to(d: Decimal, mc: MathContext) -> Decimal:
    """``BigDecimal.round(MathContext)``."""
    if mc.precision == 0 or precision(d) <= mc.precision:
        return d
    mode = mc.rounding.python
    context = Context(prec=mc.precision, rounding=mode or ROUND_HALF_UP, Emax=999_999_999, Emin=-999_999_999)
    if mode is None:
        context.traps[Inexact] = True
        try:
            return context.plus(d)
        except Inexact:
            raise R.ArithmeticException("Rounding necessary") from None
    return context.plus(d)


def set_scale(d: Decimal, new_scale: int, mode: RoundingMode | int = RoundingMode.UNNECESSARY) -> Decimal:
    rounding = RoundingMode.of(mode)
    quantum = Decimal(1).scaleb(-new_scale)
    result = d.quantize(quantum, rounding=rounding.python or ROUND_DOWN, context=EXACT)
    if rounding.python is None and result != d:
        raise R.ArithmeticException("Rounding necessary")
    return result


def divide_exact(a: Decimal, b: Decimal) -> Decimal:
    """``a.divide(b)``: the exact quotient, at the preferred scale (a.scale - b.scale)
    or the smallest larger scale that holds it; ArithmeticException when it does not
    terminate."""
    b = R.unbox(b)
    if b.is_zero():
        raise R.ArithmeticException("Division undefined" if a.is_zero() else "Division by zero")
    preferred = scale(a) - scale(b)
    quotient = Fraction(a) / Fraction(b)
    den = quotient.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        raise R.ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.")
    if quotient == 0:
        return Decimal(0).scaleb(-preferred, EXACT)
    needed = max(twos, fives)
    result = Decimal(quotient.numerator * 10**needed // quotient.denominator).scaleb(-needed, EXACT)
    # Strip trailing zeros down to the preferred scale.
    while scale(result) > preferred:
        digits = result.as_tuple().digits
        if digits[-1] != 0 or len(digits) == 1 and digits[0] == 0:
            break
        result = _drop_last_digit(result)
    if scale(result) < preferred:
        result = result.quantize(Decimal(1).scaleb(-preferred), context=EXACT)
    return result


def divide_scale(a: Decimal, b: Decimal, new_scale: int, mode: RoundingMode | int) -> Decimal:
    """``a.divide(b, scale, roundingMode)``."""
    b = R.unbox(b)
    if b.is_zero():
        raise R.ArithmeticException("Division by zero")
    rounding = RoundingMode.of(mode)
    quotient = Fraction(a) / Fraction(b)
    scaled = quotient * 10**new_scale
    floor = scaled.numerator // scaled.denominator
    remainder = scaled - floor
    result = _round_fraction(floor, remainder, quotient < 0, rounding)
    return Decimal(result).scaleb(-new_scale, EXACT)


def _round_fraction(floor: int, remainder: Fraction, negative: bool, mode: RoundingMode) -> int:
    if remainder == 0:
        return floor
    ceil = floor + 1
    toward_zero = ceil if negative else floor
    away = floor if negative else ceil
    half = Fraction(1, 2)
    if mode is RoundingMode.UNNECESSARY:
        raise R.ArithmeticException("Rounding necessary")
    if mode is RoundingMode.UP:
        return away
    if mode is RoundingMode.DOWN:
        return toward_zero
    if mode is RoundingMode.CEILING:
        return ceil
    if mode is RoundingMode.FLOOR:
        return floor
    if remainder > half:
        return ceil
    if remainder < half:
        return floor
    if mode is RoundingMode.HALF_UP:
        return away
    if mode is RoundingMode.HALF_DOWN:
        return toward_zero
    return floor if floor % 2 == 0 else ceil


def divide_mode(a: Decimal, b: Decimal, mode: RoundingMode | int) -> Decimal:
    """``a.divide(b, roundingMode)``: at a's scale."""
    return divide_scale(a, b, scale(a), mode)


def divide_context(a: Decimal, b: Decimal, mc: MathContext) -> Decimal:
    if mc.precision == 0:
        return divide_exact(a, b)
    b = R.unbox(b)
    if b.is_zero():
        raise R.ArithmeticException("Division by zero")
    context = Context(prec=mc.precision, rounding=mc.rounding.python or ROUND_HALF_UP, Emax=999_999_999, Emin=-999_999_999)
    if mc.rounding.python is None:
        context.traps[Inexact] = True
    try:
        result = context.divide(a, b)
    except Inexact:
        raise R.ArithmeticException("Rounding necessary") from None
    if context.flags[Inexact]:
        return result  # a rounded quotient keeps all its digits
    preferred = scale(a) - scale(b)
    # An exact quotient: Java strips trailing zeros toward the preferred scale.
    while scale(result) > preferred:
        digits = result.as_tuple().digits
        if len(digits) <= 1 or digits[-1] != 0:
            break
        result = _drop_last_digit(result)
    return result


def remainder(a: Decimal, b: Decimal) -> Decimal:
    b = R.unbox(b)
    if b.is_zero():
        raise R.ArithmeticException("Division by zero")
    return EXACT.remainder(a, b)


def divide_to_integral(a: Decimal, b: Decimal) -> Decimal:
    b = R.unbox(b)
    if b.is_zero():
        raise R.ArithmeticException("Division by zero")
    q = EXACT.divide_int(a, b)
    preferred = scale(a) - scale(b)
    return q.quantize(Decimal(1).scaleb(-preferred), context=EXACT) if preferred > 0 else q


def strip_trailing_zeros(d: Decimal) -> Decimal:
    if d.is_zero():
        return Decimal(0)
    sign, digits, _ = d.as_tuple()
    kept = len(digits)
    while kept > 1 and digits[kept - 1] == 0:
        kept -= 1
    return Decimal((sign, digits[:kept], -scale(d) + len(digits) - kept))


def pow_(d: Decimal, n: int) -> Decimal:
    if n < 0 or n > 999_999_999:
        raise R.ArithmeticException("Invalid operation")
    return EXACT.power(d, n) if n else Decimal(1)


def move_point_left(d: Decimal, n: int) -> Decimal:
    result = d.scaleb(-n, EXACT)
    return result if scale(result) >= 0 else result.quantize(Decimal(1), context=EXACT)


def move_point_right(d: Decimal, n: int) -> Decimal:
    return move_point_left(d, -n)


def equals(a: Decimal, b: object) -> bool:
    return isinstance(b, Decimal) and a == b and scale(a) == scale(b)


def compare_to(a: Decimal, b: Decimal) -> int:
    b = R.unbox(b)
    return (a > b) - (a < b)


def int_value_exact(d: Decimal) -> int:
    if d != d.to_integral_value() or not -(2**31) <= d < 2**31:
        raise R.ArithmeticException("Rounding necessary" if d != d.to_integral_value() else "Overflow")
    return int(d)


def unscaled_value(d: Decimal) -> int:
    sign, digits, _ = d.as_tuple()
    value = int("".join(map(str, digits)) or "0")
    return -value if sign else value


def big_integer_hash(value: int) -> int:
    """BigInteger.hashCode: over the 32-bit words of the magnitude, times the sign."""
    h = 0
    magnitude = abs(value)
    for shift in range((magnitude.bit_length() + 31) // 32 * 32 - 32, -1, -32):
        h = (31 * h + ((magnitude >> shift) & 0xFFFFFFFF)) & 0xFFFFFFFF
    return R.w32(h * ((value > 0) - (value < 0)))


def hash_code(d: Decimal) -> int:
    """BigDecimal.hashCode: 31 * unscaledValue().hashCode() + scale."""
    return R.w32(31 * big_integer_hash(unscaled_value(d)) + scale(d))


def signum(d: Decimal) -> int:
    return 0 if d.is_zero() else (-1 if d.is_signed() else 1)


def negate(d: Decimal) -> Decimal:
    return EXACT.minus(d) if not d.is_zero() else d.copy_abs()


# --- BigInteger on int ---------------------------------------------------------------------


def big_integer(text: str, radix: int = 10) -> int:
    try:
        return int(text.strip() if text == text.strip() else "x", radix)
    except (ValueError, AttributeError):
        raise R.NumberFormatException(f'For input string: "{text}"') from None


def bi_divide(a: int, b: int) -> int:
    if b == 0:
        raise R.ArithmeticException("BigInteger divide by zero")
    return R.idiv(a, b) if abs(a) < 2**63 and abs(b) < 2**63 else (abs(a) // abs(b)) * (1 if (a < 0) == (b < 0) else -1)


def bi_mod(a: int, m: int) -> int:
    if m <= 0:
        raise R.ArithmeticException("BigInteger: modulus not positive")
    return a % m


def bi_remainder(a: int, b: int) -> int:
    if b == 0:
        raise R.ArithmeticException("BigInteger divide by zero")
    r = abs(a) % abs(b)
    return r if a >= 0 else -r
