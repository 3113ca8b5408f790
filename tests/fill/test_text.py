"""fill.text: the text of text fields, checked against JasperReports 6.20.6 (the oracle).

The expected values below are literals copied from oracle prints of probe templates (one
text field per case; ``REPORT_TIME_ZONE`` Europe/Paris, locales en_US / de_DE / fr_FR).
Each expected entry is (text, valueClass attribute, pattern attribute) of the print.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jrxmlpy.expressions.javalib.dates import Timestamp
from jrxmlpy.expressions.javalib.text import JavaTextError
from jrxmlpy.expressions.runtime import Env
from jrxmlpy.fill.text import (
    FormattedText,
    date_style_pattern,
    format_text,
    format_value,
    java_decimal_pattern,
    java_value_class,
    normalize_newlines,
)

PARIS = ZoneInfo("Europe/Paris")
#: new java.util.Date(1704467045123L)
D = dt.datetime(2024, 1, 5, 15, 4, 5, 123000, tzinfo=dt.UTC)
TS = Timestamp(2024, 1, 5, 15, 4, 5, 123000, tzinfo=dt.UTC)

# key: (value, declared class, pattern, isBlankWhenNull)
INPUTS = {
    "int": (1234567, "java.lang.Integer", None),
    "int_neg": (-42, "java.lang.Integer", None),
    "long": (1234567890123, "java.lang.Long", None),
    "short": (12, "java.lang.Short", None),
    "byte": (7, "java.lang.Byte", None),
    "bigint": (123456789012345678901234567890, "java.math.BigInteger", None),
    "dbl_1e7": (1.0e7, "java.lang.Double", None),
    "dbl_1234_5": (1234.5, "java.lang.Double", None),
    "dbl_small": (0.0001, "java.lang.Double", None),
    "dbl_001": (0.001, "java.lang.Double", None),
    "dbl_int": (3.0, "java.lang.Double", None),
    "flt": (1.100000023841858, "java.lang.Float", None),
    "flt_1e7": (1.0e7, "java.lang.Float", None),
    "bd_1e7": (Decimal("1E-7"), "java.math.BigDecimal", None),
    "bd_150": (Decimal("1.50"), "java.math.BigDecimal", None),
    "bd_big": (Decimal("1234567.891"), "java.math.BigDecimal", None),
    "bool": (True, "java.lang.Boolean", None),
    "char": ("x", "java.lang.Character", None),
    "str": ("hello", "java.lang.String", None),
    "date": (D, "java.util.Date", None),
    "sqldate": (D, "java.sql.Date", None),
    "sqltime": (D, "java.sql.Time", None),
    "sqlts": (TS, "java.lang.Object", None),
    "null_int": (None, "java.lang.Integer", None),
    "null_str": (None, "java.lang.String", None),
    "null_int_blank": (None, "java.lang.Integer", None, True),
    "null_date_pat": (None, "java.util.Date", "dd/MM/yyyy"),
    "null_num_pat": (None, "java.lang.Double", "#,##0.00"),
    "obj_dbl": (2.5, "java.lang.Object", None),
    "obj_null": (None, "java.lang.Object", None),
    "num_int": (5, "java.lang.Number", None),
    "dbl_pat": (1234567.891, "java.lang.Double", "#,##0.00"),
    "dbl_pat2": (0.125, "java.lang.Double", "0.00"),
    "dbl_pat3": (0.135, "java.lang.Double", "0.00"),
    "dbl_pct": (0.256, "java.lang.Double", "#,##0%"),
    "dbl_cur": (1234.5, "java.lang.Double", "\u00a4 #,##0.00"),
    "int_pat": (1234567, "java.lang.Integer", "#,##0"),
    "int_pat2": (7, "java.lang.Integer", "000"),
    "bd_pat": (Decimal("2.345"), "java.math.BigDecimal", "0.00"),
    "long_pat": (1234567890123, "java.lang.Long", "#,##0.00"),
    "neg_pat": (-1234.5, "java.lang.Double", "#,##0.00;(#,##0.00)"),
    "str_pat": ("hello", "java.lang.String", "#,##0.00"),
    "str_datepat": ("hello", "java.lang.String", "dd/MM/yyyy"),
    "bool_pat": (True, "java.lang.Boolean", "#,##0.00"),
    "date_pat": (D, "java.util.Date", "dd/MM/yyyy HH:mm:ss"),
    "date_pat2": (D, "java.util.Date", "EEEE d MMMM yyyy"),
    "date_pat3": (D, "java.util.Date", "MMM"),
    "date_short": (D, "java.util.Date", "short"),
    "date_medium": (D, "java.util.Date", "medium"),
    "date_long": (D, "java.util.Date", "long"),
    "date_full": (D, "java.util.Date", "full"),
    "date_full_short": (D, "java.util.Date", "full,short"),
    "date_medium_hide": (D, "java.util.Date", "medium,hide"),
    "date_hide_short": (D, "java.util.Date", "hide,short"),
    "date_short_medium": (D, "java.util.Date", "short,medium"),
    "sqldate_pat": (D, "java.sql.Date", "yyyy-MM-dd HH:mm"),
    "sqltime_pat": (D, "java.sql.Time", "HH:mm:ss"),
    "date_numpat": (D, "java.util.Date", "#,##0.00"),
    "int_datepat": (5, "java.lang.Integer", "dd/MM/yyyy"),
    # patternExpression: the caller passes the evaluated pattern (the attribute is ignored)
    "pexpr": (3.14159, "java.lang.Double", "0.000"),
    "pexpr_both": (3.14159, "java.lang.Double", "0.0000"),
    "pexpr_null": (3.14159, "java.lang.Double", None),
    "pexpr_date": (D, "java.util.Date", "yyyy"),
    "dbl_nan": (float("nan"), "java.lang.Double", None),
    "dbl_nan_pat": (float("nan"), "java.lang.Double", "#,##0.00"),
    "dbl_inf_pat": (float("inf"), "java.lang.Double", "#,##0.00"),
    "dbl_negzero": (-0.0, "java.lang.Double", None),
    "empty_pat": (2.5, "java.lang.Double", ""),
    "date_pat_empty": (D, "java.util.Date", ""),
    "sqlts_pat": (TS, "java.sql.Timestamp", "yyyy-MM-dd HH:mm:ss.SSS"),
    "blank_str_empty": ("", "java.lang.String", None),
    "crlf": ("a\r\nb\rc\nd", "java.lang.String", None),
    "p_hash": (1234.5, "java.lang.Double", "###,###.##"),
    "p_hash2": (1234.5, "java.lang.Double", "##0.00"),
    "p_exp": (1234.5, "java.lang.Double", "0.###E0"),
    "p_exp2": (1234.5, "java.lang.Double", "##0.##E0"),
    "p_exp3": (1234.5, "java.lang.Double", "00.00E00"),
    "p_quote": (12.0, "java.lang.Double", "'#'#"),
    "p_quote2": (12.0, "java.lang.Double", "#' items'"),
    "p_quote3": (12.0, "java.lang.Double", "# 'o''clock'"),
    "p_suffix_cur": (1234.5, "java.lang.Double", "#,##0.00 \u00a4"),
    "p_cur2": (1234.5, "java.lang.Double", "\u00a4\u00a4 #,##0.00"),
    "p_permille": (0.5, "java.lang.Double", "#\u2030"),
    "p_neg_same": (-5.0, "java.lang.Double", "#,##0.00;-#,##0.00"),
    "p_neg_paren": (-5.0, "java.lang.Double", "0.0;(0.0)"),
    "p_indian": (12345678.0, "java.lang.Double", "#,##,##0"),
    "p_plus": (5.0, "java.lang.Double", "+#;-#"),
    "p_dot": (5.0, "java.lang.Double", "#.#"),
    "p_dsas": (5.0, "java.lang.Double", "#,##0."),
    "p_frac": (0.5, "java.lang.Double", ".00"),
    "p_minus_lit": (5.0, "java.lang.Double", "#'-'"),
    "p_pct_pre": (0.5, "java.lang.Double", "%#"),
    "p_short": (1234.5, "java.lang.Double", "short"),
    "p_currency": (1234.5, "java.lang.Double", "currency"),
    "p_percent": (0.5, "java.lang.Double", "percent"),
    "p_integer": (1234.5, "java.lang.Double", "integer"),
    "p_duration": (3725.0, "java.lang.Double", "[h]:mm:ss"),
    "p_int_big": (1e20, "java.lang.Double", "#,##0"),
    "long_nopat_big": (-9223372036854775808, "java.lang.Long", None),
    "dbl_pat_rounding": (2.5, "java.lang.Double", "0"),
    "dbl_pat_rounding2": (3.5, "java.lang.Double", "0"),
    "bd_pat_big": (Decimal("12345678901234567890.125"), "java.math.BigDecimal", "#,##0.00"),
    "flt_pat": (0.10000000149011612, "java.lang.Float", "0.0000000000"),
    "int_pct": (3, "java.lang.Integer", "0%"),
    "d_SHORT": (D, "java.util.Date", "SHORT"),
    "d_Short": (D, "java.util.Date", "Short"),
    "d_default": (D, "java.util.Date", "default"),
    "d_hide": (D, "java.util.Date", "hide"),
    "d_hidehide": (D, "java.util.Date", "hide,hide"),
    "d_long_full": (D, "java.util.Date", "long,full"),
}

# Oracle: (text, valueClass, pattern) per locale.
EXPECTED = {
    "int": {"en_US": ('1234567', 'java.lang.Integer', None), "de_DE": ('1234567', 'java.lang.Integer', None), "fr_FR": ('1234567', 'java.lang.Integer', None)},
    "int_neg": {"en_US": ('-42', 'java.lang.Integer', None), "de_DE": ('-42', 'java.lang.Integer', None), "fr_FR": ('-42', 'java.lang.Integer', None)},
    "long": {"en_US": ('1234567890123', 'java.lang.Long', None), "de_DE": ('1234567890123', 'java.lang.Long', None), "fr_FR": ('1234567890123', 'java.lang.Long', None)},
    "short": {"en_US": ('12', 'java.lang.Short', None), "de_DE": ('12', 'java.lang.Short', None), "fr_FR": ('12', 'java.lang.Short', None)},
    "byte": {"en_US": ('7', 'java.lang.Byte', None), "de_DE": ('7', 'java.lang.Byte', None), "fr_FR": ('7', 'java.lang.Byte', None)},
    "bigint": {"en_US": ('123456789012345678901234567890', 'java.math.BigInteger', None), "de_DE": ('123456789012345678901234567890', 'java.math.BigInteger', None), "fr_FR": ('123456789012345678901234567890', 'java.math.BigInteger', None)},
    "dbl_1e7": {"en_US": ('1.0E7', 'java.lang.Double', None), "de_DE": ('1.0E7', 'java.lang.Double', None), "fr_FR": ('1.0E7', 'java.lang.Double', None)},
    "dbl_1234_5": {"en_US": ('1234.5', 'java.lang.Double', None), "de_DE": ('1234.5', 'java.lang.Double', None), "fr_FR": ('1234.5', 'java.lang.Double', None)},
    "dbl_small": {"en_US": ('1.0E-4', 'java.lang.Double', None), "de_DE": ('1.0E-4', 'java.lang.Double', None), "fr_FR": ('1.0E-4', 'java.lang.Double', None)},
    "dbl_001": {"en_US": ('0.001', 'java.lang.Double', None), "de_DE": ('0.001', 'java.lang.Double', None), "fr_FR": ('0.001', 'java.lang.Double', None)},
    "dbl_int": {"en_US": ('3.0', 'java.lang.Double', None), "de_DE": ('3.0', 'java.lang.Double', None), "fr_FR": ('3.0', 'java.lang.Double', None)},
    "flt": {"en_US": ('1.1', 'java.lang.Float', None), "de_DE": ('1.1', 'java.lang.Float', None), "fr_FR": ('1.1', 'java.lang.Float', None)},
    "flt_1e7": {"en_US": ('1.0E7', 'java.lang.Float', None), "de_DE": ('1.0E7', 'java.lang.Float', None), "fr_FR": ('1.0E7', 'java.lang.Float', None)},
    "bd_1e7": {"en_US": ('1E-7', 'java.math.BigDecimal', None), "de_DE": ('1E-7', 'java.math.BigDecimal', None), "fr_FR": ('1E-7', 'java.math.BigDecimal', None)},
    "bd_150": {"en_US": ('1.50', 'java.math.BigDecimal', None), "de_DE": ('1.50', 'java.math.BigDecimal', None), "fr_FR": ('1.50', 'java.math.BigDecimal', None)},
    "bd_big": {"en_US": ('1234567.891', 'java.math.BigDecimal', None), "de_DE": ('1234567.891', 'java.math.BigDecimal', None), "fr_FR": ('1234567.891', 'java.math.BigDecimal', None)},
    "bool": {"en_US": ('true', 'java.lang.Boolean', None), "de_DE": ('true', 'java.lang.Boolean', None), "fr_FR": ('true', 'java.lang.Boolean', None)},
    "char": {"en_US": ('x', 'java.lang.Character', None), "de_DE": ('x', 'java.lang.Character', None), "fr_FR": ('x', 'java.lang.Character', None)},
    "str": {"en_US": ('hello', None, None), "de_DE": ('hello', None, None), "fr_FR": ('hello', None, None)},
    "date": {"en_US": ('1/5/24, 4:04 PM', 'java.util.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.util.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.util.Date', 'dd/MM/y HH:mm')},
    "sqldate": {"en_US": ('1/5/24, 4:04 PM', 'java.sql.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.sql.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.sql.Date', 'dd/MM/y HH:mm')},
    "sqltime": {"en_US": ('1/5/24, 4:04 PM', 'java.sql.Time', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.sql.Time', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.sql.Time', 'dd/MM/y HH:mm')},
    "sqlts": {"en_US": ('1/5/24, 4:04 PM', 'java.sql.Timestamp', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.sql.Timestamp', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.sql.Timestamp', 'dd/MM/y HH:mm')},
    "null_int": {"en_US": ('null', None, None), "de_DE": ('null', None, None), "fr_FR": ('null', None, None)},
    "null_str": {"en_US": ('null', None, None), "de_DE": ('null', None, None), "fr_FR": ('null', None, None)},
    "null_int_blank": {"en_US": ('', None, None), "de_DE": ('', None, None), "fr_FR": ('', None, None)},
    "null_date_pat": {"en_US": ('null', None, None), "de_DE": ('null', None, None), "fr_FR": ('null', None, None)},
    "null_num_pat": {"en_US": ('null', None, None), "de_DE": ('null', None, None), "fr_FR": ('null', None, None)},
    "obj_dbl": {"en_US": ('2.5', 'java.lang.Double', None), "de_DE": ('2.5', 'java.lang.Double', None), "fr_FR": ('2.5', 'java.lang.Double', None)},
    "obj_null": {"en_US": ('null', None, None), "de_DE": ('null', None, None), "fr_FR": ('null', None, None)},
    "num_int": {"en_US": ('5', 'java.lang.Integer', None), "de_DE": ('5', 'java.lang.Integer', None), "fr_FR": ('5', 'java.lang.Integer', None)},
    "dbl_pat": {"en_US": ('1,234,567.89', 'java.lang.Double', '#,##0.00'), "de_DE": ('1.234.567,89', 'java.lang.Double', '#,##0.00'), "fr_FR": ('1\u202f234\u202f567,89', 'java.lang.Double', '#,##0.00')},
    "dbl_pat2": {"en_US": ('0.12', 'java.lang.Double', '#0.00'), "de_DE": ('0,12', 'java.lang.Double', '#0.00'), "fr_FR": ('0,12', 'java.lang.Double', '#0.00')},
    "dbl_pat3": {"en_US": ('0.14', 'java.lang.Double', '#0.00'), "de_DE": ('0,14', 'java.lang.Double', '#0.00'), "fr_FR": ('0,14', 'java.lang.Double', '#0.00')},
    "dbl_pct": {"en_US": ('26%', 'java.lang.Double', '#,##0%'), "de_DE": ('26%', 'java.lang.Double', '#,##0%'), "fr_FR": ('26%', 'java.lang.Double', '#,##0%')},
    "dbl_cur": {"en_US": ('$ 1,234.50', 'java.lang.Double', '¤ #,##0.00'), "de_DE": ('€ 1.234,50', 'java.lang.Double', '¤ #,##0.00'), "fr_FR": ('€ 1\u202f234,50', 'java.lang.Double', '¤ #,##0.00')},
    "int_pat": {"en_US": ('1,234,567', 'java.lang.Integer', '#,##0'), "de_DE": ('1.234.567', 'java.lang.Integer', '#,##0'), "fr_FR": ('1\u202f234\u202f567', 'java.lang.Integer', '#,##0')},
    "int_pat2": {"en_US": ('007', 'java.lang.Integer', '#000'), "de_DE": ('007', 'java.lang.Integer', '#000'), "fr_FR": ('007', 'java.lang.Integer', '#000')},
    "bd_pat": {"en_US": ('2.34', 'java.math.BigDecimal', '#0.00'), "de_DE": ('2,34', 'java.math.BigDecimal', '#0.00'), "fr_FR": ('2,34', 'java.math.BigDecimal', '#0.00')},
    "long_pat": {"en_US": ('1,234,567,890,123.00', 'java.lang.Long', '#,##0.00'), "de_DE": ('1.234.567.890.123,00', 'java.lang.Long', '#,##0.00'), "fr_FR": ('1\u202f234\u202f567\u202f890\u202f123,00', 'java.lang.Long', '#,##0.00')},
    "neg_pat": {"en_US": ('(1,234.50)', 'java.lang.Double', '#,##0.00;(#,##0.00)'), "de_DE": ('(1.234,50)', 'java.lang.Double', '#,##0.00;(#,##0.00)'), "fr_FR": ('(1\u202f234,50)', 'java.lang.Double', '#,##0.00;(#,##0.00)')},
    "str_pat": {"en_US": ('hello', None, None), "de_DE": ('hello', None, None), "fr_FR": ('hello', None, None)},
    "str_datepat": {"en_US": ('hello', None, None), "de_DE": ('hello', None, None), "fr_FR": ('hello', None, None)},
    "bool_pat": {"en_US": ('true', 'java.lang.Boolean', '#,##0.00'), "de_DE": ('true', 'java.lang.Boolean', '#,##0.00'), "fr_FR": ('true', 'java.lang.Boolean', '#,##0.00')},
    "date_pat": {"en_US": ('05/01/2024 16:04:05', 'java.util.Date', 'dd/MM/yyyy HH:mm:ss'), "de_DE": ('05/01/2024 16:04:05', 'java.util.Date', 'dd/MM/yyyy HH:mm:ss'), "fr_FR": ('05/01/2024 16:04:05', 'java.util.Date', 'dd/MM/yyyy HH:mm:ss')},
    "date_pat2": {"en_US": ('Friday 5 January 2024', 'java.util.Date', 'EEEE d MMMM yyyy'), "de_DE": ('Freitag 5 Januar 2024', 'java.util.Date', 'EEEE d MMMM yyyy'), "fr_FR": ('vendredi 5 janvier 2024', 'java.util.Date', 'EEEE d MMMM yyyy')},
    "date_pat3": {"en_US": ('Jan', 'java.util.Date', 'MMM'), "de_DE": ('Jan', 'java.util.Date', 'MMM'), "fr_FR": ('janv.', 'java.util.Date', 'MMM')},
    "date_short": {"en_US": ('1/5/24, 4:04 PM', 'java.util.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.util.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.util.Date', 'dd/MM/y HH:mm')},
    "date_medium": {"en_US": ('Jan 5, 2024, 4:04:05 PM', 'java.util.Date', 'MMM d, y, h:mm:ss a'), "de_DE": ('05.01.2024, 16:04:05', 'java.util.Date', 'dd.MM.y, HH:mm:ss'), "fr_FR": ('5 janv. 2024, 16:04:05', 'java.util.Date', 'd MMM y, HH:mm:ss')},
    "date_long": {"en_US": ('January 5, 2024 at 4:04:05 PM CET', 'java.util.Date', "MMMM d, y 'at' h:mm:ss a z"), "de_DE": ('5. Januar 2024 um 16:04:05 MEZ', 'java.util.Date', "d. MMMM y 'um' HH:mm:ss z"), "fr_FR": ('5 janvier 2024 à 16:04:05 CET', 'java.util.Date', "d MMMM y 'à' HH:mm:ss z")},
    "date_full": {"en_US": ('Friday, January 5, 2024 at 4:04:05 PM Central European Standard Time', 'java.util.Date', "EEEE, MMMM d, y 'at' h:mm:ss a zzzz"), "de_DE": ('Freitag, 5. Januar 2024 um 16:04:05 Mitteleuropäische Normalzeit', 'java.util.Date', "EEEE, d. MMMM y 'um' HH:mm:ss zzzz"), "fr_FR": ('vendredi 5 janvier 2024 à 16:04:05 heure normale d’Europe centrale', 'java.util.Date', "EEEE d MMMM y 'à' HH:mm:ss zzzz")},
    "date_full_short": {"en_US": ('Friday, January 5, 2024, 4:04 PM', 'java.util.Date', 'EEEE, MMMM d, y, h:mm a'), "de_DE": ('Freitag, 5. Januar 2024, 16:04', 'java.util.Date', 'EEEE, d. MMMM y, HH:mm'), "fr_FR": ('vendredi 5 janvier 2024 16:04', 'java.util.Date', 'EEEE d MMMM y HH:mm')},
    "date_medium_hide": {"en_US": ('Jan 5, 2024', 'java.util.Date', 'MMM d, y'), "de_DE": ('05.01.2024', 'java.util.Date', 'dd.MM.y'), "fr_FR": ('5 janv. 2024', 'java.util.Date', 'd MMM y')},
    "date_hide_short": {"en_US": ('4:04 PM', 'java.util.Date', 'h:mm a'), "de_DE": ('16:04', 'java.util.Date', 'HH:mm'), "fr_FR": ('16:04', 'java.util.Date', 'HH:mm')},
    "date_short_medium": {"en_US": ('1/5/24, 4:04:05 PM', 'java.util.Date', 'M/d/yy, h:mm:ss a'), "de_DE": ('05.01.24, 16:04:05', 'java.util.Date', 'dd.MM.yy, HH:mm:ss'), "fr_FR": ('05/01/2024 16:04:05', 'java.util.Date', 'dd/MM/y HH:mm:ss')},
    "sqldate_pat": {"en_US": ('2024-01-05 16:04', 'java.sql.Date', 'yyyy-MM-dd HH:mm'), "de_DE": ('2024-01-05 16:04', 'java.sql.Date', 'yyyy-MM-dd HH:mm'), "fr_FR": ('2024-01-05 16:04', 'java.sql.Date', 'yyyy-MM-dd HH:mm')},
    "sqltime_pat": {"en_US": ('16:04:05', 'java.sql.Time', 'HH:mm:ss'), "de_DE": ('16:04:05', 'java.sql.Time', 'HH:mm:ss'), "fr_FR": ('16:04:05', 'java.sql.Time', 'HH:mm:ss')},
    "date_numpat": {"en_US": ('#,##0.00', 'java.util.Date', '#,##0.00'), "de_DE": ('#,##0.00', 'java.util.Date', '#,##0.00'), "fr_FR": ('#,##0.00', 'java.util.Date', '#,##0.00')},
    "int_datepat": {"en_US": ('dd/MM/yyyy5', 'java.lang.Integer', 'dd/MM/yyyy#'), "de_DE": ('dd/MM/yyyy5', 'java.lang.Integer', 'dd/MM/yyyy#'), "fr_FR": ('dd/MM/yyyy5', 'java.lang.Integer', 'dd/MM/yyyy#')},
    "pexpr": {"en_US": ('3.142', 'java.lang.Double', '#0.000'), "de_DE": ('3,142', 'java.lang.Double', '#0.000'), "fr_FR": ('3,142', 'java.lang.Double', '#0.000')},
    "pexpr_both": {"en_US": ('3.1416', 'java.lang.Double', '#0.0000'), "de_DE": ('3,1416', 'java.lang.Double', '#0.0000'), "fr_FR": ('3,1416', 'java.lang.Double', '#0.0000')},
    "pexpr_null": {"en_US": ('3.14159', 'java.lang.Double', None), "de_DE": ('3.14159', 'java.lang.Double', None), "fr_FR": ('3.14159', 'java.lang.Double', None)},
    "pexpr_date": {"en_US": ('2024', 'java.util.Date', 'yyyy'), "de_DE": ('2024', 'java.util.Date', 'yyyy'), "fr_FR": ('2024', 'java.util.Date', 'yyyy')},
    "dbl_nan": {"en_US": ('NaN', 'java.lang.Double', None), "de_DE": ('NaN', 'java.lang.Double', None), "fr_FR": ('NaN', 'java.lang.Double', None)},
    "dbl_nan_pat": {"en_US": ('NaN', 'java.lang.Double', '#,##0.00'), "de_DE": ('NaN', 'java.lang.Double', '#,##0.00'), "fr_FR": ('NaN', 'java.lang.Double', '#,##0.00')},
    "dbl_inf_pat": {"en_US": ('∞', 'java.lang.Double', '#,##0.00'), "de_DE": ('∞', 'java.lang.Double', '#,##0.00'), "fr_FR": ('∞', 'java.lang.Double', '#,##0.00')},
    "dbl_negzero": {"en_US": ('-0.0', 'java.lang.Double', None), "de_DE": ('-0.0', 'java.lang.Double', None), "fr_FR": ('-0.0', 'java.lang.Double', None)},
    "empty_pat": {"en_US": ('2.5', 'java.lang.Double', ''), "de_DE": ('2.5', 'java.lang.Double', ''), "fr_FR": ('2.5', 'java.lang.Double', '')},
    "date_pat_empty": {"en_US": ('1/5/24, 4:04 PM', 'java.util.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.util.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.util.Date', 'dd/MM/y HH:mm')},
    "sqlts_pat": {"en_US": ('2024-01-05 16:04:05.123', 'java.sql.Timestamp', 'yyyy-MM-dd HH:mm:ss.SSS'), "de_DE": ('2024-01-05 16:04:05.123', 'java.sql.Timestamp', 'yyyy-MM-dd HH:mm:ss.SSS'), "fr_FR": ('2024-01-05 16:04:05.123', 'java.sql.Timestamp', 'yyyy-MM-dd HH:mm:ss.SSS')},
    "blank_str_empty": {"en_US": ('', None, None), "de_DE": ('', None, None), "fr_FR": ('', None, None)},
    "crlf": {"en_US": ('a\nb\nc\nd', None, None), "de_DE": ('a\nb\nc\nd', None, None), "fr_FR": ('a\nb\nc\nd', None, None)},
    "p_hash": {"en_US": ('1,234.5', 'java.lang.Double', '#,##0.##'), "de_DE": ('1.234,5', 'java.lang.Double', '#,##0.##'), "fr_FR": ('1\u202f234,5', 'java.lang.Double', '#,##0.##')},
    "p_hash2": {"en_US": ('1234.50', 'java.lang.Double', '#0.00'), "de_DE": ('1234,50', 'java.lang.Double', '#0.00'), "fr_FR": ('1234,50', 'java.lang.Double', '#0.00')},
    "p_exp": {"en_US": ('1.234E3', 'java.lang.Double', '0.###E0'), "de_DE": ('1,234E3', 'java.lang.Double', '0.###E0'), "fr_FR": ('1,234E3', 'java.lang.Double', '0.###E0')},
    "p_exp2": {"en_US": ('1.2345E3', 'java.lang.Double', '##0.##E0'), "de_DE": ('1,2345E3', 'java.lang.Double', '##0.##E0'), "fr_FR": ('1,2345E3', 'java.lang.Double', '##0.##E0')},
    "p_exp3": {"en_US": ('12.34E02', 'java.lang.Double', '00.00E00'), "de_DE": ('12,34E02', 'java.lang.Double', '00.00E00'), "fr_FR": ('12,34E02', 'java.lang.Double', '00.00E00')},
    "p_quote": {"en_US": ('#12', 'java.lang.Double', "'#'#"), "de_DE": ('#12', 'java.lang.Double', "'#'#"), "fr_FR": ('#12', 'java.lang.Double', "'#'#")},
    "p_quote2": {"en_US": ('12 items', 'java.lang.Double', '# items'), "de_DE": ('12 items', 'java.lang.Double', '# items'), "fr_FR": ('12 items', 'java.lang.Double', '# items')},
    "p_quote3": {"en_US": ("12 o'clock", 'java.lang.Double', "# o''clock"), "de_DE": ("12 o'clock", 'java.lang.Double', "# o''clock"), "fr_FR": ("12 o'clock", 'java.lang.Double', "# o''clock")},
    "p_suffix_cur": {"en_US": ('1,234.50 $', 'java.lang.Double', '#,##0.00 ¤'), "de_DE": ('1.234,50 €', 'java.lang.Double', '#,##0.00 ¤'), "fr_FR": ('1\u202f234,50 €', 'java.lang.Double', '#,##0.00 ¤')},
    "p_cur2": {"en_US": ('USD 1,234.50', 'java.lang.Double', '¤¤ #,##0.00'), "de_DE": ('EUR 1.234,50', 'java.lang.Double', '¤¤ #,##0.00'), "fr_FR": ('EUR 1\u202f234,50', 'java.lang.Double', '¤¤ #,##0.00')},
    "p_permille": {"en_US": ('500‰', 'java.lang.Double', '#‰'), "de_DE": ('500‰', 'java.lang.Double', '#‰'), "fr_FR": ('500‰', 'java.lang.Double', '#‰')},
    "p_neg_same": {"en_US": ('-5.00', 'java.lang.Double', '#,##0.00'), "de_DE": ('-5,00', 'java.lang.Double', '#,##0.00'), "fr_FR": ('-5,00', 'java.lang.Double', '#,##0.00')},
    "p_neg_paren": {"en_US": ('(5.0)', 'java.lang.Double', '#0.0;(#0.0)'), "de_DE": ('(5,0)', 'java.lang.Double', '#0.0;(#0.0)'), "fr_FR": ('(5,0)', 'java.lang.Double', '#0.0;(#0.0)')},
    "p_indian": {"en_US": ('12,345,678', 'java.lang.Double', '#,##0'), "de_DE": ('12.345.678', 'java.lang.Double', '#,##0'), "fr_FR": ('12\u202f345\u202f678', 'java.lang.Double', '#,##0')},
    "p_plus": {"en_US": ('+5', 'java.lang.Double', '+#;-#'), "de_DE": ('+5', 'java.lang.Double', '+#;-#'), "fr_FR": ('+5', 'java.lang.Double', '+#;-#')},
    "p_dot": {"en_US": ('5', 'java.lang.Double', '#0.#'), "de_DE": ('5', 'java.lang.Double', '#0.#'), "fr_FR": ('5', 'java.lang.Double', '#0.#')},
    "p_dsas": {"en_US": ('5.', 'java.lang.Double', '#,##0.'), "de_DE": ('5,', 'java.lang.Double', '#,##0.'), "fr_FR": ('5,', 'java.lang.Double', '#,##0.')},
    "p_frac": {"en_US": ('.50', 'java.lang.Double', '#.00'), "de_DE": (',50', 'java.lang.Double', '#.00'), "fr_FR": (',50', 'java.lang.Double', '#.00')},
    "p_minus_lit": {"en_US": ('5-', 'java.lang.Double', "#'-'"), "de_DE": ('5-', 'java.lang.Double', "#'-'"), "fr_FR": ('5-', 'java.lang.Double', "#'-'")},
    "p_pct_pre": {"en_US": ('%50', 'java.lang.Double', '%#'), "de_DE": ('%50', 'java.lang.Double', '%#'), "fr_FR": ('%50', 'java.lang.Double', '%#')},
    "p_short": {"en_US": ('short1234', 'java.lang.Double', 'short#'), "de_DE": ('short1234', 'java.lang.Double', 'short#'), "fr_FR": ('short1234', 'java.lang.Double', 'short#')},
    "p_currency": {"en_US": ('currency1234', 'java.lang.Double', 'currency#'), "de_DE": ('currency1234', 'java.lang.Double', 'currency#'), "fr_FR": ('currency1234', 'java.lang.Double', 'currency#')},
    "p_percent": {"en_US": ('percent0', 'java.lang.Double', 'percent#'), "de_DE": ('percent0', 'java.lang.Double', 'percent#'), "fr_FR": ('percent0', 'java.lang.Double', 'percent#')},
    "p_integer": {"en_US": ('integer1234', 'java.lang.Double', 'integer#'), "de_DE": ('integer1234', 'java.lang.Double', 'integer#'), "fr_FR": ('integer1234', 'java.lang.Double', 'integer#')},
    "p_duration": {"en_US": ('01:02:05', 'java.lang.Double', '[h]:mm:ss'), "de_DE": ('01:02:05', 'java.lang.Double', '[h]:mm:ss'), "fr_FR": ('01:02:05', 'java.lang.Double', '[h]:mm:ss')},
    "p_int_big": {"en_US": ('100,000,000,000,000,000,000', 'java.lang.Double', '#,##0'), "de_DE": ('100.000.000.000.000.000.000', 'java.lang.Double', '#,##0'), "fr_FR": ('100\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000', 'java.lang.Double', '#,##0')},
    "long_nopat_big": {"en_US": ('-9223372036854775808', 'java.lang.Long', None), "de_DE": ('-9223372036854775808', 'java.lang.Long', None), "fr_FR": ('-9223372036854775808', 'java.lang.Long', None)},
    "dbl_pat_rounding": {"en_US": ('2', 'java.lang.Double', '#0'), "de_DE": ('2', 'java.lang.Double', '#0'), "fr_FR": ('2', 'java.lang.Double', '#0')},
    "dbl_pat_rounding2": {"en_US": ('4', 'java.lang.Double', '#0'), "de_DE": ('4', 'java.lang.Double', '#0'), "fr_FR": ('4', 'java.lang.Double', '#0')},
    "bd_pat_big": {"en_US": ('12,345,678,901,234,567,890.12', 'java.math.BigDecimal', '#,##0.00'), "de_DE": ('12.345.678.901.234.567.890,12', 'java.math.BigDecimal', '#,##0.00'), "fr_FR": ('12\u202f345\u202f678\u202f901\u202f234\u202f567\u202f890,12', 'java.math.BigDecimal', '#,##0.00')},
    "flt_pat": {"en_US": ('0.1000000015', 'java.lang.Float', '#0.0000000000'), "de_DE": ('0,1000000015', 'java.lang.Float', '#0.0000000000'), "fr_FR": ('0,1000000015', 'java.lang.Float', '#0.0000000000')},
    "int_pct": {"en_US": ('300%', 'java.lang.Integer', '#0%'), "de_DE": ('300%', 'java.lang.Integer', '#0%'), "fr_FR": ('300%', 'java.lang.Integer', '#0%')},
    "d_SHORT": {"en_US": ('1/5/24, 4:04 PM', 'java.util.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.util.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.util.Date', 'dd/MM/y HH:mm')},
    "d_Short": {"en_US": ('1/5/24, 4:04 PM', 'java.util.Date', 'M/d/yy, h:mm a'), "de_DE": ('05.01.24, 16:04', 'java.util.Date', 'dd.MM.yy, HH:mm'), "fr_FR": ('05/01/2024 16:04', 'java.util.Date', 'dd/MM/y HH:mm')},
    "d_default": {"en_US": ('Jan 5, 2024, 4:04:05 PM', 'java.util.Date', 'MMM d, y, h:mm:ss a'), "de_DE": ('05.01.2024, 16:04:05', 'java.util.Date', 'dd.MM.y, HH:mm:ss'), "fr_FR": ('5 janv. 2024, 16:04:05', 'java.util.Date', 'd MMM y, HH:mm:ss')},
    "d_hide": {"en_US": ('', 'java.util.Date', ''), "de_DE": ('', 'java.util.Date', ''), "fr_FR": ('', 'java.util.Date', '')},
    "d_hidehide": {"en_US": ('', 'java.util.Date', ''), "de_DE": ('', 'java.util.Date', ''), "fr_FR": ('', 'java.util.Date', '')},
    "d_long_full": {"en_US": ('January 5, 2024 at 4:04:05 PM Central European Standard Time', 'java.util.Date', "MMMM d, y 'at' h:mm:ss a zzzz"), "de_DE": ('5. Januar 2024 um 16:04:05 Mitteleuropäische Normalzeit', 'java.util.Date', "d. MMMM y 'um' HH:mm:ss zzzz"), "fr_FR": ('5 janvier 2024 à 16:04:05 heure normale d’Europe centrale', 'java.util.Date', "d MMMM y 'à' HH:mm:ss zzzz")},
}


#: Differences that belong to expressions/javalib/text.py (SimpleDateFormat), not to fill.text.
JAVALIB_GAPS = {
}


@pytest.mark.parametrize("locale", ["en_US", "de_DE", "fr_FR"])
@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_format_text_matches_oracle(key: str, locale: str) -> None:
    if (key, locale) in JAVALIB_GAPS:
        pytest.xfail(JAVALIB_GAPS[key, locale])
    value, declared, pattern, *rest = INPUTS[key]
    blank = bool(rest and rest[0])
    env = Env(locale=locale, timezone=PARIS)
    got = format_text(value, declared, pattern, env, blank_when_null=blank)
    assert (got.text, got.value_class, got.pattern) == EXPECTED[key][locale]


def test_every_oracle_case_has_an_input() -> None:
    assert set(EXPECTED) <= set(INPUTS)


@pytest.mark.parametrize("pattern", ["medium, short", " short", "short,", ",short", "a,b,c"])
def test_bad_date_patterns_fail_like_java(pattern: str) -> None:
    # The oracle fails these fills with "Illegal pattern character".
    with pytest.raises(JavaTextError):
        format_text(D, "java.util.Date", pattern, Env(timezone=PARIS))


def test_format_value_null_and_strings() -> None:
    env = Env()
    assert format_value(None, "java.lang.Integer", "#,##0", env) is None
    assert format_value("a\r\nb", "java.lang.String", "#,##0", env) == "a\nb"
    assert format_value(1234.5, "java.lang.Double", "#,##0.00", Env(locale="de_DE")) == "1.234,50"
    assert format_value(1234.5, "java.lang.Double", None, Env(locale="de_DE")) == "1234.5"


def test_format_text_null() -> None:
    assert format_text(None, "java.lang.Integer", "#,##0", Env()) == FormattedText("null")
    assert format_text(None, "java.lang.Integer", "#,##0", Env(), blank_when_null=True) == FormattedText("")


def test_timezone_override_and_sql_types() -> None:
    env = Env(locale="en_US", timezone=dt.UTC)
    assert format_text(D, "java.util.Date", "HH:mm", env).text == "15:04"
    assert format_text(D, "java.util.Date", "HH:mm", env, timezone=PARIS).text == "16:04"
    # java.sql.Date / Time carried as date / time: local midnight / 1970-01-01 in the zone
    got = format_text(dt.date(2024, 1, 5), None, "yyyy-MM-dd HH:mm", env)
    assert (got.text, got.value_class) == ("2024-01-05 00:00", "java.sql.Date")
    got = format_text(dt.time(16, 4, 5), None, None, env)
    assert (got.text, got.value_class, got.pattern) == ("1/1/70, 4:04 PM", "java.sql.Time", "M/d/yy, h:mm a")


def test_java_value_class() -> None:
    assert java_value_class(None, "java.lang.Integer") is None
    assert java_value_class(5, "int") == "java.lang.Integer"
    assert java_value_class(5, "java.lang.Object") == "java.lang.Integer"
    assert java_value_class(2**40, None) == "java.lang.Long"
    assert java_value_class(2.5, "java.lang.Integer") == "java.lang.Double"  # the value decides
    assert java_value_class(2.5, "java.lang.Float") == "java.lang.Float"
    assert java_value_class(Decimal("1"), None) == "java.math.BigDecimal"
    assert java_value_class(True, "java.lang.Object") == "java.lang.Boolean"
    assert java_value_class(TS, None) == "java.sql.Timestamp"
    assert java_value_class(D, None) == "java.util.Date"
    assert java_value_class("x", "char") == "java.lang.Character"
    assert java_value_class("xy", "java.lang.Character") == "java.lang.String"


@pytest.mark.parametrize(("pattern", "java"), [
    ("0.00", "#0.00"), ("000", "#000"), ("###,###.##", "#,##0.##"), ("#,##,##0", "#,##0"),
    ("#,##0.00;-#,##0.00", "#,##0.00"), ("0.0;(0.0)", "#0.0;(#0.0)"), ("+#;-#", "+#;-#"),
    ("#' items'", "# items"), ("'#'#", "'#'#"), (".00", "#.00"), ("#.#", "#0.#"),
    ("00.00E00", "00.00E00"), ("dd/MM/yyyy", "dd/MM/yyyy#"), ("\u00a4 #,##0.00", "\u00a4 #,##0.00"),
])
def test_java_decimal_pattern(pattern: str, java: str) -> None:
    assert java_decimal_pattern(pattern) == java


def test_date_style_pattern() -> None:
    assert date_style_pattern(None, "en_US") == "M/d/yy, h:mm a"
    assert date_style_pattern("", "de_DE") == "dd.MM.yy, HH:mm"
    assert date_style_pattern("full,short", "de_DE") == "EEEE, d. MMMM y, HH:mm"
    assert date_style_pattern("hide", "en_US") == ""
    assert date_style_pattern("dd/MM", "en_US") == "dd/MM"


def test_normalize_newlines() -> None:
    assert normalize_newlines("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalize_newlines("plain") == "plain"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-(2**70), max_value=2**70) | st.sampled_from([0, 2**31 - 1, 2**31, -(2**31), -(2**31) - 1]),
       st.sampled_from([None, "int", "long", "short", "byte", "double", "java.lang.Integer", "java.lang.Long",
                        "java.lang.Short", "java.lang.Byte", "java.math.BigInteger", "java.lang.Double",
                        "java.lang.Number", "java.lang.Object", "java.lang.String"]),
       st.sampled_from([None, ""]))
def test_an_int_without_pattern_formats_as_its_java_class_says(value: int, declared: str | None, pattern) -> None:
    """(format_text's inline path for a plain int without pattern: what the general
    java_value_class and Number.toString give.)"""
    cls = java_value_class(value, declared)
    assert format_text(value, declared, pattern, Env(locale="en_US")) == FormattedText(str(value), cls, pattern)
