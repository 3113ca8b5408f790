"""Java's static types as the expression compiler sees them.

A type is its canonical name: a primitive (``int``), a fully qualified class name
(``java.lang.String``) or an array (``java.lang.String[]``).  ``OBJECT`` doubles as "not
known until run time": operations on it are dispatched on the run-time value.

Run-time values are plain Python values; the static type says which Java type a value
stands for (an ``int`` may be a Java ``int``, ``Integer``, ``Long`` or ``BigInteger``):

=====================================  ===========================================
Java                                    Python value
=====================================  ===========================================
boolean, Boolean                        bool
byte, short, int, long, their boxes,    int
BigInteger
float, double, Float, Double            float
char, Character                         str of length 1
String                                  str
BigDecimal                              decimal.Decimal
java.util.Date, java.sql.Timestamp      datetime.datetime (aware)
java.sql.Date                           datetime.date
java.sql.Time                           datetime.time
List / Collection, Set, Map             list, set, dict
arrays                                  list
null                                    None
=====================================  ===========================================
"""

from __future__ import annotations

BOOLEAN = "boolean"
BYTE = "byte"
SHORT = "short"
CHAR = "char"
INT = "int"
LONG = "long"
FLOAT = "float"
DOUBLE = "double"
VOID = "void"
#: The type of the ``null`` literal.
NULL = "null"

OBJECT = "java.lang.Object"
STRING = "java.lang.String"
BIG_DECIMAL = "java.math.BigDecimal"
BIG_INTEGER = "java.math.BigInteger"
NUMBER = "java.lang.Number"
DATE = "java.util.Date"

PRIMITIVES = frozenset({BOOLEAN, BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE})

BOX = {
    BOOLEAN: "java.lang.Boolean",
    BYTE: "java.lang.Byte",
    SHORT: "java.lang.Short",
    CHAR: "java.lang.Character",
    INT: "java.lang.Integer",
    LONG: "java.lang.Long",
    FLOAT: "java.lang.Float",
    DOUBLE: "java.lang.Double",
}
UNBOX = {v: k for k, v in BOX.items()}

#: Numeric primitives in widening order (char widens to int and above).
_NUMERIC_RANK = {BYTE: 1, SHORT: 2, CHAR: 2, INT: 3, LONG: 4, FLOAT: 5, DOUBLE: 6}
INTEGRAL = frozenset({BYTE, SHORT, CHAR, INT, LONG})

#: Bit widths of the wrapping integral types.
WIDTH = {BYTE: 8, SHORT: 16, CHAR: 16, INT: 32, LONG: 64}


def unbox(t: str) -> str:
    """The primitive a type unboxes to, or the type itself."""
    return UNBOX.get(t, t)


def box(t: str) -> str:
    return BOX.get(t, t)


def is_primitive(t: str) -> bool:
    return t in PRIMITIVES


def is_numeric(t: str) -> bool:
    """A numeric primitive or its box (``char`` counts, as in Java)."""
    return unbox(t) in _NUMERIC_RANK


def is_integral(t: str) -> bool:
    return unbox(t) in INTEGRAL


def is_boolean(t: str) -> bool:
    return unbox(t) == BOOLEAN


def is_array(t: str) -> bool:
    return t.endswith("[]")


def element_type(t: str) -> str:
    return t[:-2] if t.endswith("[]") else OBJECT


def binary_numeric_promotion(a: str, b: str) -> str:
    """JLS 5.6.2: the type both operands of a numeric operator are converted to."""
    ua, ub = unbox(a), unbox(b)
    if DOUBLE in (ua, ub):
        return DOUBLE
    if FLOAT in (ua, ub):
        return FLOAT
    if LONG in (ua, ub):
        return LONG
    return INT


def unary_numeric_promotion(a: str) -> str:
    u = unbox(a)
    return INT if u in (BYTE, SHORT, CHAR) else u


def widens_to(src: str, dst: str) -> bool:
    """Whether primitive ``src`` converts to primitive ``dst`` by identity or widening."""
    if src == dst:
        return True
    if src not in _NUMERIC_RANK or dst not in _NUMERIC_RANK:
        return False
    if dst == CHAR or (src == CHAR and dst == SHORT):
        return False
    if src in (BYTE, SHORT) and dst == CHAR:
        return False
    return _NUMERIC_RANK[src] < _NUMERIC_RANK[dst]


#: Packages every template sees without importing: those of the class JasperReports
#: generates for a report's expressions, and ``java.lang``.
DEFAULT_IMPORTS = (
    "java.lang.*",
    "java.util.*",
    "java.math.*",
    "java.text.*",
    "java.io.*",
    "java.net.*",
    "net.sf.jasperreports.engine.*",
    "net.sf.jasperreports.engine.data.*",
    "net.sf.jasperreports.engine.fill.*",
)

#: Groovy adds these to every script.
GROOVY_IMPORTS = ("groovy.lang.*", "groovy.util.*")
