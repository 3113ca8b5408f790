"""Allowlist section: JasperReports.

* the built-in functions of ``net.sf.jasperreports.functions.standard`` (DateTime, Math,
  Text and Logical functions), callable unqualified (``SUM(...)``, ``DATEFORMAT(...)``)
  and as statics of their classes; arguments are evaluated eagerly, as in Java (``IF``);
* ``msg(pattern, args...)`` and ``str(key)`` of the generated expression class;
* ``DateRange``, the data sources templates construct (compile-time stand-ins until
  :mod:`jrxmlpy.data` exists, see :mod:`..javalib.jasper`), ``ReportContext``,
  ``JRParameter``/``JRVariable`` names, ``java.awt.Color`` with ``JRColorUtil``,
  ``JRStringUtil``, in-memory ``java.io`` input streams, and ``compileReport`` of
  JasperReports' test suite (delegated to ``Env.compile_report``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import runtime as R
from .. import types as T
from ..javalib import dates as DT
from ..javalib import jasper as JJ
from ..registry import Member, Registry, StaticField, constructor, method, static

S, O, I, J, D, F, Z, V = T.STRING, T.OBJECT, T.INT, T.LONG, T.DOUBLE, T.FLOAT, T.BOOLEAN, T.VOID
INTEGER, LONG, DOUBLE, FLOAT, BOOLEAN = "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.lang.Float", "java.lang.Boolean"
NUMBER, BD, DATE = T.NUMBER, T.BIG_DECIMAL, T.DATE
COLLECTION, LIST = "java.util.Collection", "java.util.List"
PKG = "net.sf.jasperreports.functions.standard."
ENGINE, DATA = "net.sf.jasperreports.engine.", "net.sf.jasperreports.engine.data."
JRDS, REWINDABLE = ENGINE + "JRDataSource", ENGINE + "JRRewindableDataSource"
DATE_RANGE = "net.sf.jasperreports.types.date.DateRange"
COLOR = "java.awt.Color"
INPUT_STREAM, BYTE_STREAM, STRING_STREAM = "java.io.InputStream", "java.io.ByteArrayInputStream", "java.io.StringBufferInputStream"
DOCUMENT = "org.w3c.dom.Document"
JASPER_REPORT = ENGINE + "JasperReport"

#: The java.io classes registered here (in-memory only): the compiler refuses the
#: ``java.io.`` prefix by default and must let these through.
JAVA_IO_CLASSES = (INPUT_STREAM, BYTE_STREAM, STRING_STREAM)


def register(reg: Registry) -> None:
    _functions(reg)
    _report_methods(reg)
    _data_sources(reg)
    _misc(reg)


# --- built-in functions -----------------------------------------------------------------------


def _fn(name: str, params: tuple[str, ...], returns: str, impl: Callable[..., Any], env: bool = False) -> Member:
    return static(name, params, returns, impl, env=env)


def _functions(reg: Registry) -> None:
    date_time = [
        _fn("TODAY", (), DATE, JJ.today, env=True),
        _fn("NOW", (), DATE, JJ.today, env=True),
        _fn("YEAR", (O,), INTEGER, JJ.year, env=True),
        _fn("MONTH", (O,), INTEGER, JJ.month, env=True),
        _fn("DAY", (O,), INTEGER, JJ.day, env=True),
        _fn("WEEKDAY", (O,), INTEGER, JJ.weekday, env=True),
        _fn("WEEKDAY", (O, BOOLEAN), INTEGER, JJ.weekday, env=True),
        _fn("HOUR", (O,), INTEGER, JJ.hour, env=True),
        _fn("MINUTE", (O,), INTEGER, JJ.minute, env=True),
        _fn("SECOND", (O,), INTEGER, JJ.second, env=True),
        _fn("DATE", (INTEGER, INTEGER, INTEGER), DATE, JJ.date, env=True),
        _fn("DATEVALUE", (O,), LONG, JJ.date_value, env=True),
        _fn("TIME", (INTEGER, INTEGER, INTEGER), S, JJ.time, env=True),
        _fn("TIME", (INTEGER, INTEGER, INTEGER, S), S, JJ.time, env=True),
        _fn("EDATE", (O, INTEGER), DATE, JJ.edate, env=True),
        _fn("WORKDAY", (O, INTEGER), DATE, JJ.workday, env=True),
        _fn("NETWORKDAYS", (O, O), INTEGER, JJ.network_days, env=True),
        _fn("DAYS", (O, O), INTEGER, JJ.days, env=True),
        _fn("DAYSINMONTH", (O,), INTEGER, JJ.days_in_month, env=True),
        _fn("DAYSINYEAR", (O,), INTEGER, JJ.days_in_year, env=True),
        _fn("WEEKS", (O, O), INTEGER, JJ.weeks, env=True),
        _fn("WEEKSINYEAR", (O,), INTEGER, JJ.weeks_in_year, env=True),
        _fn("WEEKNUM", (O,), INTEGER, JJ.week_num, env=True),
        _fn("MONTHS", (O, O), INTEGER, JJ.months, env=True),
        _fn("YEARS", (O, O), INTEGER, JJ.years, env=True),
        _fn("ISLEAPYEAR", (O,), BOOLEAN, JJ.is_leap_year, env=True),
        _fn("DATEFORMAT", (DATE, S), S, JJ.date_format, env=True),
        _fn("DATERANGE", (O,), DATE_RANGE, DT.date_range, env=True),
    ]
    date_time += _integer_variants(date_time)
    math = [
        _fn("ABS", (NUMBER,), NUMBER, JJ.abs_),
        _fn("FACT", (INTEGER,), LONG, JJ.fact),
        _fn("ISEVEN", (NUMBER,), BOOLEAN, JJ.is_even),
        _fn("ISODD", (NUMBER,), BOOLEAN, JJ.is_odd),
        _fn("PRODUCT", ("java.lang.Number...",), NUMBER, JJ.product),
        _fn("RAND", (), DOUBLE, JJ.rand),
        _fn("RANDBETWEEN", (INTEGER, INTEGER), INTEGER, JJ.rand_between),
        _fn("SIGN", (NUMBER,), INTEGER, JJ.sign),
        _fn("SQRT", (NUMBER,), NUMBER, JJ.sqrt),
        _fn("SUM", ("java.lang.Number...",), NUMBER, JJ.sum_),
        _fn("MIN", ("java.lang.Number...",), NUMBER, JJ.min_),
        _fn("MAX", ("java.lang.Number...",), NUMBER, JJ.max_),
        _fn("FLOOR", (NUMBER,), DOUBLE, JJ.floor_),
        _fn("CEIL", (NUMBER,), DOUBLE, JJ.ceil_),
    ]
    for mode in ("UP", "DOWN", "CEILING", "FLOOR", "HALF_UP", "HALF_EVEN", "HALF_DOWN"):
        math.append(_fn(f"ROUND_{mode}", (NUMBER, I), BD, JJ.round_mode(mode), env=True))
    text = [
        _fn("BASE", (INTEGER, INTEGER), S, JJ.base),
        _fn("BASE", (INTEGER, INTEGER, INTEGER), S, JJ.base),
        _fn("CHAR", (INTEGER,), S, JJ.char),
        _fn("CLEAN", (S,), S, JJ.clean),
        _fn("CODE", (S,), INTEGER, JJ.code),
        _fn("CONCATENATE", ("java.lang.String...",), S, JJ.concatenate),
        _fn("EXACT", (S, S), BOOLEAN, JJ.exact),
        _fn("DOUBLE_VALUE", (S,), DOUBLE, JJ._parse("parse_double")),
        _fn("FIND", (S, S), INTEGER, JJ.find),
        _fn("FIND", (S, S, INTEGER), INTEGER, JJ.find),
        _fn("FIXED", (NUMBER, INTEGER), S, JJ.fixed, env=True),
        _fn("FIXED", (NUMBER, INTEGER, BOOLEAN), S, JJ.fixed, env=True),
        _fn("FLOAT_VALUE", (S,), FLOAT, JJ._parse("parse_float")),
        _fn("INTEGER_VALUE", (S,), INTEGER, JJ._parse("parse_int", 10, 32)),
        _fn("LEFT", (S,), S, JJ.left),
        _fn("LEFT", (S, INTEGER), S, JJ.left),
        _fn("LEN", (S,), INTEGER, JJ.length),
        _fn("LONG_VALUE", (S,), LONG, JJ._parse("parse_int", 10, 64)),
        _fn("LOWER", (S,), S, JJ.lower),
        _fn("LTRIM", (S,), S, JJ.ltrim),
        _fn("MID", (S, INTEGER), S, lambda s, start: JJ.mid(s, start, two_args=True)),
        _fn("MID", (S, INTEGER, INTEGER), S, JJ.mid),
        _fn("PROPER", (S,), S, JJ.proper),
        _fn("REPLACE", (S, INTEGER, INTEGER, S), S, JJ.replace),
        _fn("REPT", (S, INTEGER), S, JJ.rept),
        _fn("RIGHT", (S,), S, JJ.right),
        _fn("RIGHT", (S, INTEGER), S, JJ.right),
        _fn("RTRIM", (S,), S, JJ.rtrim),
        _fn("SEARCH", (S, S), INTEGER, JJ.search),
        _fn("SEARCH", (S, S, INTEGER), INTEGER, JJ.search),
        _fn("SUBSTITUTE", (S, S, S), S, JJ.substitute),
        _fn("SUBSTITUTE", (S, S, S, INTEGER), S, JJ.substitute),
        _fn("T", (O,), S, JJ.t),
        _fn("TEXT", (NUMBER, S), S, JJ.text, env=True),
        _fn("TRIM", (S,), S, JJ.trim),
        _fn("UPPER", (S,), S, JJ.upper),
    ]
    logical = [
        _fn("AND", ("java.lang.Boolean...",), BOOLEAN, JJ.and_),
        _fn("OR", ("java.lang.Boolean...",), BOOLEAN, JJ.or_),
        _fn("NOT", (BOOLEAN,), BOOLEAN, JJ.not_),
        _fn("TRUE", (), BOOLEAN, lambda: True),
        _fn("FALSE", (), BOOLEAN, lambda: False),
        _fn("IF", (BOOLEAN, O, O), O, JJ.if_),
        _fn("EQUALS", (O, O), BOOLEAN, JJ.equals),
    ]
    for simple, members in (("DateTimeFunctions", date_time), ("MathFunctions", math),
                            ("TextFunctions", text), ("LogicalFunctions", logical)):
        reg.define(PKG + simple, supers=(O,), members=members)
        for member in members:
            reg.function(member)


def _integer_variants(members: list[Member]) -> list[Member]:
    """JasperReports converts a "date object" only from a Date, a String or a *Long*: an
    Integer argument gives null.  Run-time values do not tell an Integer from a Long, so
    overloads taking Integer (chosen by Java's rules for int/Integer/short arguments)
    return null."""
    variants: list[Member] = []
    for member in members:
        positions = [i for i, p in enumerate(member.params) if p == O]
        if not positions or member.name == "DATERANGE":
            continue
        for mask in range(1, 1 << len(positions)):
            params = list(member.params)
            for bit, pos in enumerate(positions):
                if mask & (1 << bit):
                    params[pos] = INTEGER
            variants.append(static(member.name, tuple(params), member.returns, _null, env=member.env))
    return variants


def _null(*args: Any) -> None:
    return None


# --- methods of the generated expression class: msg, str --------------------------------------------


def _report_methods(reg: Registry) -> None:
    reg.function(static("msg", (S, O), S, lambda env, p, a: JJ.msg(env, p, [a]), env=True))
    reg.function(static("msg", (S, O, O), S, lambda env, p, a, b: JJ.msg(env, p, [a, b]), env=True))
    reg.function(static("msg", (S, O, O, O), S, lambda env, p, a, b, c: JJ.msg(env, p, [a, b, c]), env=True))
    reg.function(static("msg", (S, "java.lang.Object[]"), S, JJ.msg, env=True))
    reg.function(static("str", (S,), S, R.resource, env=True))


# --- data sources --------------------------------------------------------------------------------


def _ds(java_class: str) -> Callable[..., Any]:
    return lambda *args: JJ.make_data_source(java_class, *args)


def _data_sources(reg: Registry) -> None:
    data_source_types: tuple[type, ...] = (JJ.DataSource,)
    try:
        from ...data.base import DataSource as RealDataSource

        data_source_types += (RealDataSource,)
    except ImportError:  # jrxmlpy.data is not there yet
        pass
    reg.define(JRDS, supers=(O,), python_types=data_source_types)
    reg.define(REWINDABLE, supers=(JRDS,), members=[method("moveFirst", (), V, JJ.ds_move_first)])
    reg.define(
        ENGINE + "JREmptyDataSource",
        supers=(REWINDABLE,),
        members=[
            constructor((), _ds(ENGINE + "JREmptyDataSource")),
            constructor((I,), _ds(ENGINE + "JREmptyDataSource")),
        ],
    )
    collection_members = [
        method("getRecordCount", (), I, JJ.ds_record_count),
        method("getData", (), COLLECTION, JJ.ds_records),
    ]
    for simple, arg in (("JRBeanCollectionDataSource", COLLECTION), ("JRMapCollectionDataSource", COLLECTION),
                        ("JRBeanArrayDataSource", "java.lang.Object[]"), ("JRMapArrayDataSource", "java.lang.Object[]")):
        name = DATA + simple
        members = [constructor((arg,), _ds(name))] + collection_members
        if simple == "JRBeanCollectionDataSource":
            members.append(constructor((COLLECTION, Z), lambda items, use_field_description: JJ.make_data_source(
                DATA + "JRBeanCollectionDataSource", items, use_field_description)))
        reg.define(name, supers=(REWINDABLE,), members=members)
    hierarchical = [
        method("subDataSource", (), JRDS, JJ.ds_sub_data_source),
        method("subDataSource", (S,), JRDS, JJ.ds_sub_data_source),
        method("dataSource", (), JRDS, JJ.ds_data_source),
        method("dataSource", (S,), JRDS, JJ.ds_data_source),
    ]
    reg.define(DOCUMENT, supers=(O,))
    for name in (DATA + "JsonDataSource", "net.sf.jasperreports.json.data.JsonDataSource"):
        reg.define(
            name,
            supers=(REWINDABLE,),
            members=[
                constructor((INPUT_STREAM,), _ds(name)),
                constructor((INPUT_STREAM, S), _ds(name)),
                method("getRecordCount", (), I, JJ.ds_record_count),
                *hierarchical,
            ],
        )
    reg.define(
        DATA + "JRXmlDataSource",
        supers=(REWINDABLE,),
        members=[
            constructor((DOCUMENT,), _ds(DATA + "JRXmlDataSource")),
            constructor((DOCUMENT, S), _ds(DATA + "JRXmlDataSource")),
            constructor((INPUT_STREAM,), _ds(DATA + "JRXmlDataSource")),
            constructor((INPUT_STREAM, S), _ds(DATA + "JRXmlDataSource")),
            *hierarchical,
        ],
    )
    reg.define(
        DATA + "JRCsvDataSource",
        supers=(REWINDABLE,),
        members=[constructor((INPUT_STREAM,), _ds(DATA + "JRCsvDataSource")),
                 constructor((INPUT_STREAM, S), _ds(DATA + "JRCsvDataSource"))],
    )
    reg.define(
        ENGINE + "fill.SortedDataSource",
        supers=(REWINDABLE,),
        members=[method("getRecords", (), LIST, JJ.ds_records), method("getRecordCount", (), I, JJ.ds_record_count)],
    )
    reg.define(
        ENGINE + "ReportContext",
        supers=(O,),
        members=[
            method("getParameterValue", (S,), O, JJ.context_parameter),
            method("containsParameter", (S,), Z, lambda c, n: (n in c) if isinstance(c, dict) else c.contains_parameter(n)),
        ],
    )


# --- everything else ----------------------------------------------------------------------------


_PARAMETERS = (
    "REPORT_CONTEXT", "REPORT_PARAMETERS_MAP", "JASPER_REPORTS_CONTEXT", "JASPER_REPORT", "REPORT_CONNECTION",
    "REPORT_MAX_COUNT", "REPORT_DATA_SOURCE", "REPORT_SCRIPTLET", "REPORT_LOCALE", "REPORT_RESOURCE_BUNDLE",
    "REPORT_TIME_ZONE", "REPORT_FORMAT_FACTORY", "REPORT_CLASS_LOADER", "REPORT_URL_HANDLER_FACTORY",
    "REPORT_FILE_RESOLVER", "REPORT_VIRTUALIZER", "IS_IGNORE_PAGINATION", "REPORT_TEMPLATES", "SORT_FIELDS",
    "FILTER", "REPORT_REPOSITORY_CONTEXT",
)
_VARIABLES = ("PAGE_NUMBER", "MASTER_CURRENT_PAGE", "MASTER_TOTAL_PAGES", "COLUMN_NUMBER", "REPORT_COUNT",
              "PAGE_COUNT", "COLUMN_COUNT")


def _misc(reg: Registry) -> None:
    reg.define(
        DATE_RANGE,
        supers=(O,),
        python_types=(DT.DateRange,),
        members=[
            method("getStart", (), DATE, DT.DateRange.start),
            method("getEnd", (), DATE, DT.DateRange.end),
        ],
    )
    # java.io.File: only its separator constants (as on Linux); no file can be named or opened.
    reg.define("java.io.File", supers=(O,), fields=[
        StaticField("separator", S, "/"), StaticField("separatorChar", "char", "/"),
        StaticField("pathSeparator", S, ":"), StaticField("pathSeparatorChar", "char", ":"),
    ])
    reg.define(ENGINE + "JRParameter", supers=(O,), fields=[StaticField(n, S, n) for n in _PARAMETERS])
    reg.define(ENGINE + "JRVariable", supers=(O,), fields=[StaticField(n, S, n) for n in _VARIABLES])
    reg.define(JASPER_REPORT, supers=(O,))
    reg.define("net.sf.jasperreports.AbstractTest", supers=(O,),
               members=[method("compileReport", (S,), JASPER_REPORT, lambda env, test, path: JJ.compile_report(env, path), env=True)])
    reg.define("net.sf.jasperreports.bands.splittypeprevent.SplitTypePreventTest", supers=("net.sf.jasperreports.AbstractTest",))

    colors = []
    for name, value in JJ.COLOR_CONSTANTS.items():
        colors.append(StaticField(name, COLOR, value))
        upper = "".join("_" + c if c.isupper() else c.upper() for c in name)
        colors.append(StaticField(upper, COLOR, value))
    reg.define(
        COLOR,
        supers=(O, "java.io.Serializable"),
        python_types=(JJ.Color,),
        fields=colors,
        members=[
            constructor((I, I, I), JJ.color),
            constructor((I, I, I, I), JJ.color),
            constructor((I,), JJ.color),
            constructor((I, Z), JJ.color),
            constructor((F, F, F), JJ.color),
            constructor((F, F, F, F), JJ.color),
            static("decode", (S,), COLOR, lambda s: JJ.color(_decode_int(s))),
            method("getRed", (), I, lambda c: c.red),
            method("getGreen", (), I, lambda c: c.green),
            method("getBlue", (), I, lambda c: c.blue),
            method("getAlpha", (), I, lambda c: c.alpha),
            method("getRGB", (), I, JJ.Color.rgb),
            method("darker", (), COLOR, JJ.darker),
            method("brighter", (), COLOR, JJ.brighter),
            method("equals", (O,), Z, JJ.Color.java_equals),
            method("hashCode", (), I, JJ.Color.rgb),
            method("toString", (), S, JJ.Color.java_to_string),
        ],
    )
    reg.define(
        ENGINE + "util.JRColorUtil",
        supers=(O,),
        members=[
            static("getColorHexa", (COLOR,), S, JJ.color_hexa),
            static("getCssColor", (COLOR,), S, JJ.css_color),
            static("getColor", (S, COLOR), COLOR, JJ.parse_color),
        ],
    )
    reg.define(
        ENGINE + "util.JRStringUtil",
        supers=(O,),
        members=[
            static("xmlEncode", (S,), S, JJ.xml_encode),
            static("xmlEncode", (S, S), S, JJ.xml_encode),
            static("htmlEncode", (S,), S, JJ.html_encode),
        ],
    )
    reg.define(
        INPUT_STREAM,
        supers=(O, "java.io.Closeable"),
        python_types=(JJ.InputStream,),
        members=[
            method("read", (), I, JJ.InputStream.read),
            method("available", (), I, JJ.InputStream.available),
            method("skip", (J,), J, JJ.InputStream.skip),
            method("reset", (), V, JJ.InputStream.reset),
            method("mark", (I,), V, JJ.InputStream.mark),
            method("markSupported", (), Z, lambda s: True),
            method("close", (), V, lambda s: None),
            method("readAllBytes", (), "byte[]", lambda s: [R.w8(b) for b in s.read_all()]),
        ],
    )
    reg.define(BYTE_STREAM, supers=(INPUT_STREAM,), members=[
        constructor(("byte[]",), JJ.byte_array_stream),
        constructor(("byte[]", I, I), JJ.byte_array_stream),
    ])
    reg.define(STRING_STREAM, supers=(INPUT_STREAM,), members=[constructor((S,), JJ.string_buffer_stream)])


def _decode_int(text: str) -> int:
    from ..javalib.lang import decode

    return decode(text, 32)


__all__ = ["register", "JAVA_IO_CLASSES"]
