"""Ground-truth tables for ``jrxmlpy.expressions.javalib.text``.

Every expected string below was produced by OpenJDK 17.0.15 (default CLDR locale
provider) with a throwaway harness calling the matching ``java.text`` / ``String.format``
/ ``Double.toString`` API; the values are pasted here as literals.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jrxmlpy.expressions.javalib import text as T
from jrxmlpy.expressions.javalib.text import JavaLong

NAN = math.nan
INF = math.inf


def _ms(millis: int) -> dt.datetime:
    """A java.util.Date: an instant, here an aware UTC datetime."""
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=millis)


STYLE = {"SHORT": 3, "MEDIUM": 2, "LONG": 1, "FULL": 0}

# (pattern, locale, value, rounding_mode, setters, expected)
DECIMAL_FORMAT = [
    ("#,##0.00", "en_US", 0, "", "", "0.00"),
    ("#,##0.00", "en_US", 1234567, "", "", "1,234,567.00"),
    ("#,##0.00", "en_US", -1234567, "", "", "-1,234,567.00"),
    ("#,##0.00", "en_US", 1234.5678, "", "", "1,234.57"),
    ("#,##0.00", "en_US", -1234.5678, "", "", "-1,234.57"),
    ("#,##0.00", "en_US", 0.005, "", "", "0.01"),
    ("#,##0.00", "en_US", 0.015, "", "", "0.01"),
    ("#,##0.00", "en_US", 0.125, "", "", "0.12"),
    ("#,##0.00", "en_US", 1.005, "", "", "1.00"),
    ("#,##0.00", "en_US", -0.001, "", "", "-0.00"),
    ("#,##0.00", "en_US", -0.0, "", "", "-0.00"),
    ("#,##0.00", "en_US", 1e20, "", "", "100,000,000,000,000,000,000.00"),
    ("#,##0.00", "en_US", D("12345.675"), "", "", "12,345.68"),
    ("#,##0.00", "en_US", D("-0.004"), "", "", "-0.00"),
    ("#,##0.00", "en_US", JavaLong(9223372036854775807), "", "", "9,223,372,036,854,775,807.00"),
    ("#,##0.00", "en_US", 2.675, "", "", "2.67"),
    ("#,##0.00", "fr_FR", 0, "", "", "0,00"),
    ("#,##0.00", "fr_FR", 1234567, "", "", "1\u202f234\u202f567,00"),
    ("#,##0.00", "de_DE", 0, "", "", "0,00"),
    ("#,##0.00", "de_DE", 1234567, "", "", "1.234.567,00"),
    ("0.0", "en_US", 0.15, "", "", "0.1"),
    ("0.0", "en_US", 0.25, "", "", "0.2"),
    ("0.0", "en_US", 0.35, "", "", "0.3"),
    ("0.0", "en_US", 0.05, "", "", "0.1"),
    ("0.0", "en_US", -0.05, "", "", "-0.1"),
    ("0.0", "en_US", 0.45, "", "", "0.5"),
    ("0.0", "en_US", 9.95, "", "", "9.9"),
    ("0.0", "en_US", -0.0, "", "", "-0.0"),
    ("0.0", "en_US", 0, "", "", "0.0"),
    ("0.0", "en_US", D("0.25"), "", "", "0.2"),
    ("0.0", "en_US", D("0.35"), "", "", "0.4"),
    ("0.0", "en_US", D("-0.01"), "", "", "-0.0"),
    ("0.0", "en_US", -3, "", "", "-3.0"),
    ("0.0", "fr_FR", 0.15, "", "", "0,1"),
    ("0.0", "fr_FR", 0.25, "", "", "0,2"),
    ("0.0", "de_DE", 0.15, "", "", "0,1"),
    ("0.0", "de_DE", 0.25, "", "", "0,2"),
    ("#,##0.###", "en_US", 1234.5678, "", "", "1,234.568"),
    ("#,##0.###", "en_US", 0.1, "", "", "0.1"),
    ("#,##0.###", "en_US", 1e-07, "", "", "0"),
    ("#,##0.###", "en_US", 123456789.0, "", "", "123,456,789"),
    ("#,##0.###", "en_US", 0.30000000000000004, "", "", "0.3"),
    ("#,##0.###", "en_US", 1e21, "", "", "1,000,000,000,000,000,000,000"),
    ("#,##0.###", "en_US", NAN, "", "", "NaN"),
    ("#,##0.###", "en_US", INF, "", "", "∞"),
    ("#,##0.###", "en_US", -INF, "", "", "-∞"),
    ("#,##0.###", "en_US", -5, "", "", "-5"),
    ("#,##0.###", "en_US", 3.14159, "", "", "3.142"),
    ("#,##0.###", "fr_FR", 1234.5678, "", "", "1\u202f234,568"),
    ("#,##0.###", "fr_FR", 0.1, "", "", "0,1"),
    ("#,##0.###", "de_DE", 1234.5678, "", "", "1.234,568"),
    ("#,##0.###", "de_DE", 0.1, "", "", "0,1"),
    ("#.##", "en_US", 0.5, "", "", "0.5"),
    ("#.##", "en_US", 0, "", "", "0"),
    ("#.##", "en_US", 0.0, "", "", "0"),
    ("#.##", "en_US", 12.345, "", "", "12.35"),
    ("#.##", "en_US", -0.004, "", "", "-0"),
    ("#.##", "en_US", 100.0, "", "", "100"),
    ("#.##", "fr_FR", 0.5, "", "", "0,5"),
    ("#.##", "fr_FR", 0, "", "", "0"),
    ("#.##", "de_DE", 0.5, "", "", "0,5"),
    ("#.##", "de_DE", 0, "", "", "0"),
    ("0", "en_US", 0.5, "", "", "0"),
    ("0", "en_US", 1.5, "", "", "2"),
    ("0", "en_US", 2.5, "", "", "2"),
    ("0", "en_US", -2.5, "", "", "-2"),
    ("0", "en_US", 1e23, "", "", "99999999999999990000000"),
    ("0", "en_US", 123.456, "", "", "123"),
    ("0", "en_US", -7, "", "", "-7"),
    ("0", "fr_FR", 0.5, "", "", "0"),
    ("0", "fr_FR", 1.5, "", "", "2"),
    ("0", "de_DE", 0.5, "", "", "0"),
    ("0", "de_DE", 1.5, "", "", "2"),
    ("#", "en_US", 0, "", "", "0"),
    ("#", "en_US", 0.4, "", "", "0"),
    ("#", "en_US", 12, "", "", "12"),
    ("#", "fr_FR", 0, "", "", "0"),
    ("#", "fr_FR", 0.4, "", "", "0"),
    ("#", "de_DE", 0, "", "", "0"),
    ("#", "de_DE", 0.4, "", "", "0"),
    ("000000", "en_US", 42, "", "", "000042"),
    ("000000", "en_US", -42, "", "", "-000042"),
    ("000000", "en_US", 3.7, "", "", "000004"),
    ("000000", "fr_FR", 42, "", "", "000042"),
    ("000000", "fr_FR", -42, "", "", "-000042"),
    ("000000", "de_DE", 42, "", "", "000042"),
    ("000000", "de_DE", -42, "", "", "-000042"),
    ("#,##,###", "en_US", 123456789, "", "", "123,456,789"),
    ("#,##,###", "en_US", 1234567.891, "", "", "1,234,568"),
    ("#,##,###", "fr_FR", 123456789, "", "", "123\u202f456\u202f789"),
    ("#,##,###", "fr_FR", 1234567.891, "", "", "1\u202f234\u202f568"),
    ("#,##,###", "de_DE", 123456789, "", "", "123.456.789"),
    ("#,##,###", "de_DE", 1234567.891, "", "", "1.234.568"),
    ("0.###E0", "en_US", 12345.0, "", "", "1.235E4"),
    ("0.###E0", "en_US", 0.00012345, "", "", "1.234E-4"),
    ("0.###E0", "en_US", 0, "", "", "0E0"),
    ("0.###E0", "en_US", -1e-10, "", "", "-1E-10"),
    ("0.###E0", "en_US", 1.0, "", "", "1E0"),
    ("0.###E0", "en_US", 123456789.0, "", "", "1.235E8"),
    ("0.###E0", "en_US", 9.9996, "", "", "1E1"),
    ("0.###E0", "fr_FR", 12345.0, "", "", "1,235E4"),
    ("0.###E0", "fr_FR", 0.00012345, "", "", "1,234E-4"),
    ("0.###E0", "de_DE", 12345.0, "", "", "1,235E4"),
    ("0.###E0", "de_DE", 0.00012345, "", "", "1,234E-4"),
    ("00.###E0", "en_US", 12345.0, "", "", "12.345E3"),
    ("00.###E0", "en_US", 0.00012345, "", "", "12.345E-5"),
    ("00.###E0", "en_US", 1.5, "", "", "15E-1"),
    ("00.###E0", "fr_FR", 12345.0, "", "", "12,345E3"),
    ("00.###E0", "fr_FR", 0.00012345, "", "", "12,345E-5"),
    ("00.###E0", "de_DE", 12345.0, "", "", "12,345E3"),
    ("00.###E0", "de_DE", 0.00012345, "", "", "12,345E-5"),
    ("##0.#####E0", "en_US", 12345.0, "", "", "12.345E3"),
    ("##0.#####E0", "en_US", 0.00012345, "", "", "123.45E-6"),
    ("##0.#####E0", "en_US", 123456789.0, "", "", "123.45679E6"),
    ("##0.#####E0", "en_US", 1.0, "", "", "1E0"),
    ("##0.#####E0", "en_US", 0.1, "", "", "100E-3"),
    ("##0.#####E0", "fr_FR", 12345.0, "", "", "12,345E3"),
    ("##0.#####E0", "fr_FR", 0.00012345, "", "", "123,45E-6"),
    ("##0.#####E0", "de_DE", 12345.0, "", "", "12,345E3"),
    ("##0.#####E0", "de_DE", 0.00012345, "", "", "123,45E-6"),
    ("0.00E00", "en_US", 12345.0, "", "", "1.23E04"),
    ("0.00E00", "en_US", -0.000123, "", "", "-1.23E-04"),
    ("0.00E00", "en_US", 0, "", "", "0.00E00"),
    ("0.00E00", "fr_FR", 12345.0, "", "", "1,23E04"),
    ("0.00E00", "fr_FR", -0.000123, "", "", "-1,23E-04"),
    ("0.00E00", "de_DE", 12345.0, "", "", "1,23E04"),
    ("0.00E00", "de_DE", -0.000123, "", "", "-1,23E-04"),
    ("#,##0.00;(#,##0.00)", "en_US", -1234.5, "", "", "(1,234.50)"),
    ("#,##0.00;(#,##0.00)", "en_US", 1234.5, "", "", "1,234.50"),
    ("#,##0.00;(#,##0.00)", "en_US", 0, "", "", "0.00"),
    ("#,##0.00;(#,##0.00)", "fr_FR", -1234.5, "", "", "(1\u202f234,50)"),
    ("#,##0.00;(#,##0.00)", "fr_FR", 1234.5, "", "", "1\u202f234,50"),
    ("#,##0.00;(#,##0.00)", "de_DE", -1234.5, "", "", "(1.234,50)"),
    ("#,##0.00;(#,##0.00)", "de_DE", 1234.5, "", "", "1.234,50"),
    ("'#'#", "en_US", 5, "", "", "#5"),
    ("'#'#", "fr_FR", 5, "", "", "#5"),
    ("'#'#", "de_DE", 5, "", "", "#5"),
    ("0%", "en_US", 0.125, "", "", "12%"),
    ("0%", "en_US", 0.145, "", "", "14%"),
    ("0%", "en_US", 1.0, "", "", "100%"),
    ("0%", "en_US", -0.5, "", "", "-50%"),
    ("0%", "fr_FR", 0.125, "", "", "12%"),
    ("0%", "fr_FR", 0.145, "", "", "14%"),
    ("0%", "de_DE", 0.125, "", "", "12%"),
    ("0%", "de_DE", 0.145, "", "", "14%"),
    ("#,##0.0%", "en_US", 0.12345, "", "", "12.3%"),
    ("#,##0.0%", "en_US", 12.5, "", "", "1,250.0%"),
    ("#,##0.0%", "fr_FR", 0.12345, "", "", "12,3%"),
    ("#,##0.0%", "fr_FR", 12.5, "", "", "1\u202f250,0%"),
    ("#,##0.0%", "de_DE", 0.12345, "", "", "12,3%"),
    ("#,##0.0%", "de_DE", 12.5, "", "", "1.250,0%"),
    ("#,##0‰", "en_US", 0.1234, "", "", "123‰"),
    ("#,##0‰", "fr_FR", 0.1234, "", "", "123‰"),
    ("#,##0‰", "de_DE", 0.1234, "", "", "123‰"),
    ("¤#,##0.00", "en_US", 1234.5, "", "", "$1,234.50"),
    ("¤#,##0.00", "en_US", -1234.5, "", "", "-$1,234.50"),
    ("¤#,##0.00", "fr_FR", 1234.5, "", "", "€1\u202f234,50"),
    ("¤#,##0.00", "fr_FR", -1234.5, "", "", "-€1\u202f234,50"),
    ("¤#,##0.00", "de_DE", 1234.5, "", "", "€1.234,50"),
    ("¤#,##0.00", "de_DE", -1234.5, "", "", "-€1.234,50"),
    ("¤¤ #,##0.00", "en_US", 1234.5, "", "", "USD 1,234.50"),
    ("¤¤ #,##0.00", "fr_FR", 1234.5, "", "", "EUR 1\u202f234,50"),
    ("¤¤ #,##0.00", "de_DE", 1234.5, "", "", "EUR 1.234,50"),
    ("#,##0.00 ¤", "en_US", 1234.5, "", "", "1,234.50 $"),
    ("#,##0.00 ¤", "fr_FR", 1234.5, "", "", "1\u202f234,50 €"),
    ("#,##0.00 ¤", "de_DE", 1234.5, "", "", "1.234,50 €"),
    ("$#,##0.00", "en_US", -0.5, "", "", "-$0.50"),
    ("$#,##0.00", "fr_FR", -0.5, "", "", "-$0,50"),
    ("$#,##0.00", "de_DE", -0.5, "", "", "-$0,50"),
    ("0.00'%'", "en_US", 12.5, "", "", "12.50%"),
    ("0.00'%'", "fr_FR", 12.5, "", "", "12,50%"),
    ("0.00'%'", "de_DE", 12.5, "", "", "12,50%"),
    (".##", "en_US", 0.5, "", "", ".5"),
    (".##", "en_US", 12.345, "", "", "12.35"),
    (".##", "en_US", 0, "", "", ".0"),
    (".##", "fr_FR", 0.5, "", "", ",5"),
    (".##", "fr_FR", 12.345, "", "", "12,35"),
    (".##", "de_DE", 0.5, "", "", ",5"),
    (".##", "de_DE", 12.345, "", "", "12,35"),
    ("#.", "en_US", 12.5, "", "", "12."),
    ("#.", "fr_FR", 12.5, "", "", "12,"),
    ("#.", "de_DE", 12.5, "", "", "12,"),
    ("0.000000", "en_US", 0.1, "", "", "0.100000"),
    ("0.000000", "en_US", 1e-07, "", "", "0.000000"),
    ("0.000000", "fr_FR", 0.1, "", "", "0,100000"),
    ("0.000000", "fr_FR", 1e-07, "", "", "0,000000"),
    ("0.000000", "de_DE", 0.1, "", "", "0,100000"),
    ("0.000000", "de_DE", 1e-07, "", "", "0,000000"),
    ("#,##0.00 'units'", "en_US", 12.5, "", "", "12.50 units"),
    ("#,##0.00 'units'", "fr_FR", 12.5, "", "", "12,50 units"),
    ("#,##0.00 'units'", "de_DE", 12.5, "", "", "12,50 units"),
    ("#,##0.0#", "en_US", 1.0, "", "", "1.0"),
    ("#,##0.0#", "en_US", 1.23, "", "", "1.23"),
    ("#,##0.0#", "en_US", 1.235, "", "", "1.24"),
    ("#,##0.0#", "fr_FR", 1.0, "", "", "1,0"),
    ("#,##0.0#", "fr_FR", 1.23, "", "", "1,23"),
    ("#,##0.0#", "de_DE", 1.0, "", "", "1,0"),
    ("#,##0.0#", "de_DE", 1.23, "", "", "1,23"),
    ("#,##0.00", "ja_JP", 1234567.891, "", "", "1,234,567.89"),
    ("¤#,##0.00", "ja_JP", 1234.5, "", "", "￥1,234.50"),
    ("0.###E0", "ja_JP", 12345.0, "", "", "1.235E4"),
    ("#,##0%", "ja_JP", 0.256, "", "", "26%"),
    ("#,##0.00", "en_GB", 1234567.891, "", "", "1,234,567.89"),
    ("¤#,##0.00", "en_GB", 1234.5, "", "", "£1,234.50"),
    ("0.###E0", "en_GB", 12345.0, "", "", "1.235E4"),
    ("#,##0%", "en_GB", 0.256, "", "", "26%"),
    ("#,##0.00", "ru_RU", 1234567.891, "", "", "1\xa0234\xa0567,89"),
    ("¤#,##0.00", "ru_RU", 1234.5, "", "", "₽1\xa0234,50"),
    ("0.###E0", "ru_RU", 12345.0, "", "", "1,235E4"),
    ("#,##0%", "ru_RU", 0.256, "", "", "26%"),
    ("0.00", "en_US", 0.125, "HALF_UP", "", "0.13"),
    ("0.00", "en_US", -0.125, "HALF_UP", "", "-0.13"),
    ("0.00", "en_US", 0.135, "HALF_UP", "", "0.14"),
    ("0.00", "en_US", 2.5, "HALF_UP", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "HALF_UP", "", "2.35"),
    ("0.00", "en_US", 1.005, "HALF_UP", "", "1.00"),
    ("0.00", "en_US", 0.3, "HALF_UP", "", "0.30"),
    ("0.00", "en_US", 0.125, "HALF_DOWN", "", "0.12"),
    ("0.00", "en_US", -0.125, "HALF_DOWN", "", "-0.12"),
    ("0.00", "en_US", 0.135, "HALF_DOWN", "", "0.14"),
    ("0.00", "en_US", 2.5, "HALF_DOWN", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "HALF_DOWN", "", "2.34"),
    ("0.00", "en_US", 1.005, "HALF_DOWN", "", "1.00"),
    ("0.00", "en_US", 0.3, "HALF_DOWN", "", "0.30"),
    ("0.00", "en_US", 0.125, "UP", "", "0.13"),
    ("0.00", "en_US", -0.125, "UP", "", "-0.13"),
    ("0.00", "en_US", 0.135, "UP", "", "0.14"),
    ("0.00", "en_US", 2.5, "UP", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "UP", "", "2.35"),
    ("0.00", "en_US", 1.005, "UP", "", "1.01"),
    ("0.00", "en_US", 0.3, "UP", "", "0.30"),
    ("0.00", "en_US", 0.125, "DOWN", "", "0.12"),
    ("0.00", "en_US", -0.125, "DOWN", "", "-0.12"),
    ("0.00", "en_US", 0.135, "DOWN", "", "0.13"),
    ("0.00", "en_US", 2.5, "DOWN", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "DOWN", "", "2.34"),
    ("0.00", "en_US", 1.005, "DOWN", "", "1.00"),
    ("0.00", "en_US", 0.3, "DOWN", "", "0.30"),
    ("0.00", "en_US", 0.125, "CEILING", "", "0.13"),
    ("0.00", "en_US", -0.125, "CEILING", "", "-0.12"),
    ("0.00", "en_US", 0.135, "CEILING", "", "0.14"),
    ("0.00", "en_US", 2.5, "CEILING", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "CEILING", "", "2.35"),
    ("0.00", "en_US", 1.005, "CEILING", "", "1.01"),
    ("0.00", "en_US", 0.3, "CEILING", "", "0.30"),
    ("0.00", "en_US", 0.125, "FLOOR", "", "0.12"),
    ("0.00", "en_US", -0.125, "FLOOR", "", "-0.13"),
    ("0.00", "en_US", 0.135, "FLOOR", "", "0.13"),
    ("0.00", "en_US", 2.5, "FLOOR", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "FLOOR", "", "2.34"),
    ("0.00", "en_US", 1.005, "FLOOR", "", "1.00"),
    ("0.00", "en_US", 0.3, "FLOOR", "", "0.30"),
    ("0.00", "en_US", 0.125, "HALF_EVEN", "", "0.12"),
    ("0.00", "en_US", -0.125, "HALF_EVEN", "", "-0.12"),
    ("0.00", "en_US", 0.135, "HALF_EVEN", "", "0.14"),
    ("0.00", "en_US", 2.5, "HALF_EVEN", "", "2.50"),
    ("0.00", "en_US", D("2.345"), "HALF_EVEN", "", "2.34"),
    ("0.00", "en_US", 1.005, "HALF_EVEN", "", "1.00"),
    ("0.00", "en_US", 0.3, "HALF_EVEN", "", "0.30"),
    ("#,##0.00", "en_US", 1234.5, "", "grouping=false", "1234.50"),
    ("#,##0.00", "en_US", 1234.5678, "", "maxFrac=3", "1,234.568"),
    ("0.00", "en_US", 1.5, "", "minFrac=4,maxFrac=4", "1.5000"),
    ("0", "en_US", 5, "", "minInt=3", "005"),
    ("#,##0", "en_US", 123456789, "", "groupSize=4", "1,2345,6789"),
    ("0.0", "en_US", 12345.6, "", "maxInt=2", "45.6"),
    ("0", "en_US", 5, "", "dsas=true", "5."),
]


# (pattern, locale, text, expected (l: Long / d: Double))
DECIMAL_PARSE = [
    ("#,##0.00", "en_US", "1,234.56", "d:1234.56"),
    ("#,##0.00", "en_US", "1234", "l:1234"),
    ("#,##0.00", "en_US", "-12.5abc", "d:-12.5"),
    ("#,##0.00", "de_DE", "1.234,56", "d:1234.56"),
    ("#,##0.###", "fr_FR", "1\u202f234,5", "d:1234.5"),
    ("0%", "en_US", "45%", "d:0.45"),
    ("#,##0.00", "en_US", "1.0E3", "l:1000"),
    ("#,##0", "en_US", "-0", "d:-0.0"),
    ("#,##0.00", "en_US", "9223372036854775808", "d:9.223372036854776E18"),
    ("#,##0.00;(#,##0.00)", "en_US", "(12.50)", "d:-12.5"),
    ("0", "en_US", "12.0", "l:12"),
]


# (factory, locale, value, expected)
NUMBER_FORMAT = [
    ("instance", "en_US", 1234567.891, "1,234,567.891"),
    ("instance", "en_US", -0.5, "-0.5"),
    ("integer", "en_US", 2.5, "2"),
    ("integer", "en_US", 3.5, "4"),
    ("integer", "en_US", -1234567, "-1,234,567"),
    ("currency", "en_US", 1234.567, "$1,234.57"),
    ("currency", "en_US", -9.995, "-$9.99"),
    ("percent", "en_US", 0.256, "26%"),
    ("number", "en_US", D("1234.5"), "1,234.5"),
    ("instance", "fr_FR", 1234567.891, "1\u202f234\u202f567,891"),
    ("instance", "fr_FR", -0.5, "-0,5"),
    ("integer", "fr_FR", 2.5, "2"),
    ("integer", "fr_FR", 3.5, "4"),
    ("integer", "fr_FR", -1234567, "-1\u202f234\u202f567"),
    ("currency", "fr_FR", 1234.567, "1\u202f234,57\xa0€"),
    ("currency", "fr_FR", -9.995, "-9,99\xa0€"),
    ("percent", "fr_FR", 0.256, "26\xa0%"),
    ("number", "fr_FR", D("1234.5"), "1\u202f234,5"),
    ("instance", "de_DE", 1234567.891, "1.234.567,891"),
    ("instance", "de_DE", -0.5, "-0,5"),
    ("integer", "de_DE", 2.5, "2"),
    ("integer", "de_DE", 3.5, "4"),
    ("integer", "de_DE", -1234567, "-1.234.567"),
    ("currency", "de_DE", 1234.567, "1.234,57\xa0€"),
    ("currency", "de_DE", -9.995, "-9,99\xa0€"),
    ("percent", "de_DE", 0.256, "26\xa0%"),
    ("number", "de_DE", D("1234.5"), "1.234,5"),
    ("instance", "ja_JP", 1234567.891, "1,234,567.891"),
    ("instance", "ja_JP", -0.5, "-0.5"),
    ("integer", "ja_JP", 2.5, "2"),
    ("integer", "ja_JP", 3.5, "4"),
    ("integer", "ja_JP", -1234567, "-1,234,567"),
    ("currency", "ja_JP", 1234.567, "￥1,235"),
    ("currency", "ja_JP", -9.995, "-￥10"),
    ("percent", "ja_JP", 0.256, "26%"),
    ("number", "ja_JP", D("1234.5"), "1,234.5"),
    ("instance", "en_GB", 1234567.891, "1,234,567.891"),
    ("instance", "en_GB", -0.5, "-0.5"),
    ("integer", "en_GB", 2.5, "2"),
    ("integer", "en_GB", 3.5, "4"),
    ("integer", "en_GB", -1234567, "-1,234,567"),
    ("currency", "en_GB", 1234.567, "£1,234.57"),
    ("currency", "en_GB", -9.995, "-£9.99"),
    ("percent", "en_GB", 0.256, "26%"),
    ("number", "en_GB", D("1234.5"), "1,234.5"),
    ("instance", "ru_RU", 1234567.891, "1\xa0234\xa0567,891"),
    ("instance", "ru_RU", -0.5, "-0,5"),
    ("integer", "ru_RU", 2.5, "2"),
    ("integer", "ru_RU", 3.5, "4"),
    ("integer", "ru_RU", -1234567, "-1\xa0234\xa0567"),
    ("currency", "ru_RU", 1234.567, "1\xa0234,57\xa0₽"),
    ("currency", "ru_RU", -9.995, "-9,99\xa0₽"),
    ("percent", "ru_RU", 0.256, "26\xa0%"),
    ("number", "ru_RU", D("1234.5"), "1\xa0234,5"),
    ("instance", "fr", 1234567.891, "1\u202f234\u202f567,891"),
    ("instance", "fr", -0.5, "-0,5"),
    ("integer", "fr", 2.5, "2"),
    ("integer", "fr", 3.5, "4"),
    ("integer", "fr", -1234567, "-1\u202f234\u202f567"),
    ("currency", "fr", 1234.567, "1\u202f234,57\xa0¤"),
    ("currency", "fr", -9.995, "-9,99\xa0¤"),
    ("percent", "fr", 0.256, "26\xa0%"),
    ("number", "fr", D("1234.5"), "1\u202f234,5"),
    ("instance", "de_CH", 1234567.891, "1’234’567.891"),
    ("instance", "de_CH", -0.5, "-0.5"),
    ("integer", "de_CH", 2.5, "2"),
    ("integer", "de_CH", 3.5, "4"),
    ("integer", "de_CH", -1234567, "-1’234’567"),
    ("currency", "de_CH", 1234.567, "CHF\xa01’234.57"),
    ("currency", "de_CH", -9.995, "CHF-9.99"),
    ("percent", "de_CH", 0.256, "26%"),
    ("number", "de_CH", D("1234.5"), "1’234.5"),
]


# (literal, expected)
DOUBLE_TO_STRING = [
    ("0.30000000000000004", "0.30000000000000004"),
    ("1.0E7", "1.0E7"),
    ("9999999.0", "9999999.0"),
    ("0.001", "0.001"),
    ("9.99E-4", "9.99E-4"),
    ("123456789.0", "1.23456789E8"),
    ("1.0E21", "1.0E21"),
    ("1.0E-7", "1.0E-7"),
    ("100.0", "100.0"),
    ("0.1", "0.1"),
    ("-0.0", "-0.0"),
    ("NaN", "NaN"),
    ("Infinity", "Infinity"),
    ("-Infinity", "-Infinity"),
    ("1.0E-5", "1.0E-5"),
    ("1.0E10", "1.0E10"),
    ("2.0E-3", "0.002"),
    ("4.9E-324", "4.9E-324"),
    ("1.7976931348623157E308", "1.7976931348623157E308"),
    ("1.2345678901234567E-300", "1.2345678901234568E-300"),
    ("5.0E-324", "4.9E-324"),
    ("1.0E23", "9.999999999999999E22"),
    ("2.0E23", "1.9999999999999998E23"),
    ("9.007199254740993E15", "9.007199254740992E15"),
    ("1.6130484589462314E17", "1.61304845894623136E17"),
    ("123.456", "123.456"),
    ("-1.5", "-1.5"),
]


# (literal, expected)
FLOAT_TO_STRING = [
    ("0.1", "0.1"),
    ("3.4028235E38", "3.4028235E38"),
    ("1.0E-45", "1.4E-45"),
    ("1.4E-45", "1.4E-45"),
    ("0.3", "0.3"),
    ("1.0E10", "1.0E10"),
    ("16777216", "1.6777216E7"),
    ("1.1", "1.1"),
    ("100.0", "100.0"),
    ("3.14159265358979", "3.1415927"),
    ("-2.5", "-2.5"),
    ("1.0E-3", "0.001"),
    ("1.2345678E7", "1.2345678E7"),
]


# (method, literal, expected)
BIG_DECIMAL = [
    ("str", "123.4500", "123.4500"),
    ("plain", "123.4500", "123.4500"),
    ("eng", "123.4500", "123.4500"),
    ("str", "1E+3", "1E+3"),
    ("plain", "1E+3", "1000"),
    ("eng", "1E+3", "1E+3"),
    ("str", "-1.23E-10", "-1.23E-10"),
    ("plain", "-1.23E-10", "-0.000000000123"),
    ("eng", "-1.23E-10", "-123E-12"),
    ("str", "0.000001", "0.000001"),
    ("plain", "0.000001", "0.000001"),
    ("eng", "0.000001", "0.000001"),
    ("str", "0.0000001", "1E-7"),
    ("plain", "0.0000001", "0.0000001"),
    ("eng", "0.0000001", "100E-9"),
    ("str", "1E-7", "1E-7"),
    ("plain", "1E-7", "0.0000001"),
    ("eng", "1E-7", "100E-9"),
    ("str", "100", "100"),
    ("plain", "100", "100"),
    ("eng", "100", "100"),
    ("str", "-0", "0"),
    ("plain", "-0", "0"),
    ("eng", "-0", "0"),
    ("str", "0E+3", "0E+3"),
    ("plain", "0E+3", "0"),
    ("eng", "0E+3", "0E+3"),
    ("str", "12345678901234567890.123", "12345678901234567890.123"),
    ("plain", "12345678901234567890.123", "12345678901234567890.123"),
    ("eng", "12345678901234567890.123", "12345678901234567890.123"),
    ("str", "1.23E+5", "1.23E+5"),
    ("plain", "1.23E+5", "123000"),
    ("eng", "1.23E+5", "123E+3"),
    ("str", "0.00", "0.00"),
    ("plain", "0.00", "0.00"),
    ("eng", "0.00", "0.00"),
    ("str", "123E-10", "1.23E-8"),
    ("plain", "123E-10", "0.0000000123"),
    ("eng", "123E-10", "12.3E-9"),
    ("str", "5E+1", "5E+1"),
    ("plain", "5E+1", "50"),
    ("eng", "5E+1", "50"),
]


# (pattern, locale, zone, epoch millis, expected)
SIMPLE_DATE_FORMAT = [
    ("dd/MM/yyyy HH:mm", "en_US", "GMT", 1615687166535, "14/03/2021 01:59"),
    ("dd/MM/yyyy HH:mm", "en_US", "Europe/Paris", 1625414709007, "04/07/2021 18:05"),
    ("dd/MM/yyyy HH:mm", "en_US", "America/New_York", 1609457400000, "31/12/2020 18:30"),
    ("dd/MM/yyyy HH:mm", "fr_FR", "Europe/Paris", 1625414709007, "04/07/2021 18:05"),
    ("dd/MM/yyyy HH:mm", "de_DE", "Europe/Berlin", 1609457400000, "01/01/2021 00:30"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "en_US", "GMT", 1615687166535, "2021-03-14T01:59:26.535+0000"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "en_US", "Europe/Paris", 1625414709007, "2021-07-04T18:05:09.007+0200"),
    (
        "yyyy-MM-dd'T'HH:mm:ss.SSSZ",
        "en_US",
        "America/New_York",
        1609457400000,
        "2020-12-31T18:30:00.000-0500",
    ),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "fr_FR", "Europe/Paris", 1625414709007, "2021-07-04T18:05:09.007+0200"),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "de_DE", "Europe/Berlin", 1609457400000, "2021-01-01T00:30:00.000+0100"),
    ("EEE, d MMM yyyy HH:mm:ss z", "en_US", "GMT", 1615687166535, "Sun, 14 Mar 2021 01:59:26 GMT"),
    ("EEE, d MMM yyyy HH:mm:ss z", "en_US", "Europe/Paris", 1625414709007, "Sun, 4 Jul 2021 18:05:09 CEST"),
    (
        "EEE, d MMM yyyy HH:mm:ss z",
        "en_US",
        "America/New_York",
        1609457400000,
        "Thu, 31 Dec 2020 18:30:00 EST",
    ),
    (
        "EEE, d MMM yyyy HH:mm:ss z",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "dim., 4 juil. 2021 18:05:09 CEST",
    ),
    ("EEE, d MMM yyyy HH:mm:ss z", "de_DE", "Europe/Berlin", 1609457400000, "Fr., 1 Jan. 2021 00:30:00 MEZ"),
    ("EEEE d MMMM yyyy", "en_US", "GMT", 1615687166535, "Sunday 14 March 2021"),
    ("EEEE d MMMM yyyy", "en_US", "Europe/Paris", 1625414709007, "Sunday 4 July 2021"),
    ("EEEE d MMMM yyyy", "en_US", "America/New_York", 1609457400000, "Thursday 31 December 2020"),
    ("EEEE d MMMM yyyy", "fr_FR", "Europe/Paris", 1625414709007, "dimanche 4 juillet 2021"),
    ("EEEE d MMMM yyyy", "de_DE", "Europe/Berlin", 1609457400000, "Freitag 1 Januar 2021"),
    ("MMM d, yy h:mm a", "en_US", "GMT", 1615687166535, "Mar 14, 21 1:59 AM"),
    ("MMM d, yy h:mm a", "en_US", "Europe/Paris", 1625414709007, "Jul 4, 21 6:05 PM"),
    ("MMM d, yy h:mm a", "en_US", "America/New_York", 1609457400000, "Dec 31, 20 6:30 PM"),
    ("MMM d, yy h:mm a", "fr_FR", "Europe/Paris", 1625414709007, "juil. 4, 21 6:05 PM"),
    ("MMM d, yy h:mm a", "de_DE", "Europe/Berlin", 1609457400000, "Jan. 1, 21 12:30 AM"),
    ("LLLL yyyy", "en_US", "GMT", 1615687166535, "March 2021"),
    ("LLLL yyyy", "en_US", "Europe/Paris", 1625414709007, "July 2021"),
    ("LLLL yyyy", "en_US", "America/New_York", 1609457400000, "December 2020"),
    ("LLLL yyyy", "fr_FR", "Europe/Paris", 1625414709007, "juillet 2021"),
    ("LLLL yyyy", "de_DE", "Europe/Berlin", 1609457400000, "Januar 2021"),
    ("G yyyy D w W F u", "en_US", "GMT", 1615687166535, "AD 2021 73 12 3 2 7"),
    ("G yyyy D w W F u", "en_US", "Europe/Paris", 1625414709007, "AD 2021 185 28 2 1 7"),
    ("G yyyy D w W F u", "en_US", "America/New_York", 1609457400000, "AD 2020 366 1 5 5 4"),
    ("G yyyy D w W F u", "fr_FR", "Europe/Paris", 1625414709007, "ap. J.-C. 2021 185 26 1 1 7"),
    ("G yyyy D w W F u", "de_DE", "Europe/Berlin", 1609457400000, "n. Chr. 2021 1 53 0 1 5"),
    ("YYYY-'W'ww-u", "en_US", "GMT", 1615687166535, "2021-W12-7"),
    ("YYYY-'W'ww-u", "en_US", "Europe/Paris", 1625414709007, "2021-W28-7"),
    ("YYYY-'W'ww-u", "en_US", "America/New_York", 1609457400000, "2021-W01-4"),
    ("YYYY-'W'ww-u", "fr_FR", "Europe/Paris", 1625414709007, "2021-W26-7"),
    ("YYYY-'W'ww-u", "de_DE", "Europe/Berlin", 1609457400000, "2020-W53-5"),
    ("k K h H", "en_US", "GMT", 1615687166535, "1 1 1 1"),
    ("k K h H", "en_US", "Europe/Paris", 1625414709007, "18 6 6 18"),
    ("k K h H", "en_US", "America/New_York", 1609457400000, "18 6 6 18"),
    ("k K h H", "fr_FR", "Europe/Paris", 1625414709007, "18 6 6 18"),
    ("k K h H", "de_DE", "Europe/Berlin", 1609457400000, "24 0 12 0"),
    ("hh 'o''clock' a, zzzz", "en_US", "GMT", 1615687166535, "01 o'clock AM, Greenwich Mean Time"),
    (
        "hh 'o''clock' a, zzzz",
        "en_US",
        "Europe/Paris",
        1625414709007,
        "06 o'clock PM, Central European Summer Time",
    ),
    (
        "hh 'o''clock' a, zzzz",
        "en_US",
        "America/New_York",
        1609457400000,
        "06 o'clock PM, Eastern Standard Time",
    ),
    (
        "hh 'o''clock' a, zzzz",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "06 o'clock PM, heure d’été d’Europe centrale",
    ),
    (
        "hh 'o''clock' a, zzzz",
        "de_DE",
        "Europe/Berlin",
        1609457400000,
        "12 o'clock AM, Mitteleuropäische Normalzeit",
    ),
    ("yyyyy.MMMMM.dd GGG hh:mm aaa", "en_US", "GMT", 1615687166535, "02021.March.14 AD 01:59 AM"),
    ("yyyyy.MMMMM.dd GGG hh:mm aaa", "en_US", "Europe/Paris", 1625414709007, "02021.July.04 AD 06:05 PM"),
    (
        "yyyyy.MMMMM.dd GGG hh:mm aaa",
        "en_US",
        "America/New_York",
        1609457400000,
        "02020.December.31 AD 06:30 PM",
    ),
    (
        "yyyyy.MMMMM.dd GGG hh:mm aaa",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "02021.juillet.04 ap. J.-C. 06:05 PM",
    ),
    (
        "yyyyy.MMMMM.dd GGG hh:mm aaa",
        "de_DE",
        "Europe/Berlin",
        1609457400000,
        "02021.Januar.01 n. Chr. 12:30 AM",
    ),
    ("S SS SSS SSSS", "en_US", "GMT", 1615687166535, "535 535 535 0535"),
    ("S SS SSS SSSS", "en_US", "Europe/Paris", 1625414709007, "7 07 007 0007"),
    ("S SS SSS SSSS", "en_US", "America/New_York", 1609457400000, "0 00 000 0000"),
    ("S SS SSS SSSS", "fr_FR", "Europe/Paris", 1625414709007, "7 07 007 0007"),
    ("S SS SSS SSSS", "de_DE", "Europe/Berlin", 1609457400000, "0 00 000 0000"),
    ("XXX XX X", "en_US", "GMT", 1615687166535, "Z Z Z"),
    ("XXX XX X", "en_US", "Europe/Paris", 1625414709007, "+02:00 +0200 +02"),
    ("XXX XX X", "en_US", "America/New_York", 1609457400000, "-05:00 -0500 -05"),
    ("XXX XX X", "fr_FR", "Europe/Paris", 1625414709007, "+02:00 +0200 +02"),
    ("XXX XX X", "de_DE", "Europe/Berlin", 1609457400000, "+01:00 +0100 +01"),
    ("dd MMM yy", "en_US", "GMT", 1615687166535, "14 Mar 21"),
    ("dd MMM yy", "en_US", "Europe/Paris", 1625414709007, "04 Jul 21"),
    ("dd MMM yy", "en_US", "America/New_York", 1609457400000, "31 Dec 20"),
    ("dd MMM yy", "fr_FR", "Europe/Paris", 1625414709007, "04 juil. 21"),
    ("dd MMM yy", "de_DE", "Europe/Berlin", 1609457400000, "01 Jan. 21"),
    ("EEEE d MMMM yyyy", "ja_JP", "Asia/Tokyo", 1609457400000, "金曜日 1 1月 2021"),
    ("EEEE d MMMM yyyy", "en_GB", "Europe/London", 1609457400000, "Thursday 31 December 2020"),
    ("EEEE d MMMM yyyy", "ru_RU", "Europe/Moscow", 1609457400000, "пятница 1 января 2021"),
    ("MMMM yyyy", "ja_JP", "Asia/Tokyo", 1609457400000, "1月 2021"),
    ("MMMM yyyy", "en_GB", "Europe/London", 1609457400000, "December 2020"),
    ("MMMM yyyy", "ru_RU", "Europe/Moscow", 1609457400000, "января 2021"),
    ("LLLL yyyy", "ja_JP", "Asia/Tokyo", 1609457400000, "1月 2021"),
    ("LLLL yyyy", "en_GB", "Europe/London", 1609457400000, "December 2020"),
    ("LLLL yyyy", "ru_RU", "Europe/Moscow", 1609457400000, "январь 2021"),
    ("EEE d MMM yyyy HH:mm z", "ja_JP", "Asia/Tokyo", 1609457400000, "金 1 1月 2021 08:30 JST"),
    ("EEE d MMM yyyy HH:mm z", "en_GB", "Europe/London", 1609457400000, "Thu 31 Dec 2020 23:30 GMT"),
    ("EEE d MMM yyyy HH:mm z", "ru_RU", "Europe/Moscow", 1609457400000, "пт 1 янв. 2021 02:30 MSK"),
    ("Y-ww", "ja_JP", "Asia/Tokyo", 1609457400000, "2021-01"),
    ("Y-ww", "en_GB", "Europe/London", 1609457400000, "2020-53"),
    ("Y-ww", "ru_RU", "Europe/Moscow", 1609457400000, "2020-53"),
    ("yyyy年M月d日 EEEE a h:mm", "ja_JP", "Asia/Tokyo", 1609457400000, "2021年1月1日 金曜日 午前 8:30"),
    ("yyyy年M月d日 EEEE a h:mm", "en_GB", "Europe/London", 1609457400000, "2020年12月31日 Thursday pm 11:30"),
    ("yyyy年M月d日 EEEE a h:mm", "ru_RU", "Europe/Moscow", 1609457400000, "2021年1月1日 пятница AM 2:30"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1609459200000, "2021 01 1 2021-01-01 Fri"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1609459200000, "2020 53 0 2021-01-01 ven."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1609459200000, "2020 53 0 2021-01-01 Fri"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1636266600000, "2021 46 2 2021-11-07 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1636266600000, "2021 44 1 2021-11-07 dim."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1636266600000, "2021 44 1 2021-11-07 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 915364800000, "1999 02 2 1999-01-03 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 915364800000, "1998 53 0 1999-01-03 dim."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 915364800000, "1998 53 0 1999-01-03 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1609632000000, "2021 02 2 2021-01-03 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1609632000000, "2020 53 0 2021-01-03 dim."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1609632000000, "2020 53 0 2021-01-03 Sun"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1609718400000, "2021 02 2 2021-01-04 Mon"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1609718400000, "2021 01 1 2021-01-04 lun."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1609718400000, "2021 01 1 2021-01-04 Mon"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1451606400000, "2016 01 1 2016-01-01 Fri"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1451606400000, "2015 53 0 2016-01-01 ven."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1451606400000, "2015 53 0 2016-01-01 Fri"),
    ("YYYY ww W yyyy-MM-dd E", "en_US", "GMT", 1798675200000, "2027 01 5 2026-12-31 Thu"),
    ("YYYY ww W yyyy-MM-dd E", "fr_FR", "GMT", 1798675200000, "2026 53 5 2026-12-31 jeu."),
    ("YYYY ww W yyyy-MM-dd E", "en_GB", "GMT", 1798675200000, "2026 53 5 2026-12-31 Thu"),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "America/New_York",
        1636266600000,
        "2021-11-07 01:30:00 EST -0500 -05:00",
    ),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "America/Los_Angeles",
        1636266600000,
        "2021-11-06 23:30:00 PDT -0700 -07:00",
    ),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "Asia/Tokyo",
        1636266600000,
        "2021-11-07 15:30:00 JST +0900 +09:00",
    ),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "Europe/London",
        1636266600000,
        "2021-11-07 06:30:00 GMT +0000 Z",
    ),
    ("yyyy-MM-dd HH:mm:ss z Z XXX", "en_US", "UTC", 1636266600000, "2021-11-07 06:30:00 UTC +0000 Z"),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "Australia/Sydney",
        1636266600000,
        "2021-11-07 17:30:00 AEDT +1100 +11:00",
    ),
    (
        "yyyy-MM-dd HH:mm:ss z Z XXX",
        "en_US",
        "Asia/Kolkata",
        1636266600000,
        "2021-11-07 12:00:00 IST +0530 +05:30",
    ),
]


# (pattern, locale, zone, text, expected epoch millis)
SIMPLE_DATE_PARSE = [
    ("dd/MM/yyyy", "en_US", "GMT", "14/03/2021", 1615680000000),
    ("dd/MM/yyyy HH:mm", "en_US", "Europe/Paris", "04/07/2021 18:05", 1625414700000),
    ("yyyy-MM-dd", "en_US", "America/New_York", "2021-11-07", 1636257600000),
    ("dd MMM yyyy", "en_US", "GMT", "03 Jan 1999", 915321600000),
    ("dd MMMM yyyy", "fr_FR", "Europe/Paris", "4 juillet 2021", 1625349600000),
    ("d MMM yyyy", "de_DE", "GMT", "4 Dez. 2021", 1638576000000),
    ("yyyyMMdd", "en_US", "GMT", "20210314", 1615680000000),
    ("dd/MM/yy", "en_US", "GMT", "31/12/99", 946598400000),
    ("dd/MM/yyyy", "en_US", "GMT", "31/02/2021", 1614729600000),
    ("yyyy-MM-dd'T'HH:mm:ss.SSSZ", "en_US", "GMT", "2021-07-04T18:05:09.007+0200", 1625414709007),
    ("MMM d, yyyy h:mm a", "en_US", "America/New_York", "Jul 4, 2021 4:05 PM", 1625429100000),
    ("EEE, d MMM yyyy HH:mm:ss z", "en_US", "GMT", "Sun, 14 Mar 2021 01:59:26 GMT", 1615687166000),
    ("yyyy-MM-dd HH:mm:ss", "en_US", "Europe/Paris", "2021-03-28 02:30:00", 1616895000000),
]


# (kind, date style, time style, locale, zone, epoch millis, expected)
DATE_STYLES = [
    ("date", "SHORT", "SHORT", "en_US", "Europe/Paris", 1625414709007, "7/4/21"),
    ("date", "MEDIUM", "MEDIUM", "en_US", "Europe/Paris", 1625414709007, "Jul 4, 2021"),
    ("date", "LONG", "LONG", "en_US", "Europe/Paris", 1625414709007, "July 4, 2021"),
    ("date", "FULL", "FULL", "en_US", "Europe/Paris", 1625414709007, "Sunday, July 4, 2021"),
    ("time", "SHORT", "SHORT", "en_US", "Europe/Paris", 1625414709007, "6:05 PM"),
    ("time", "MEDIUM", "MEDIUM", "en_US", "Europe/Paris", 1625414709007, "6:05:09 PM"),
    ("time", "LONG", "LONG", "en_US", "Europe/Paris", 1625414709007, "6:05:09 PM CEST"),
    (
        "time",
        "FULL",
        "FULL",
        "en_US",
        "Europe/Paris",
        1625414709007,
        "6:05:09 PM Central European Summer Time",
    ),
    ("datetime", "SHORT", "SHORT", "en_US", "Europe/Paris", 1625414709007, "7/4/21, 6:05 PM"),
    ("datetime", "MEDIUM", "MEDIUM", "en_US", "Europe/Paris", 1625414709007, "Jul 4, 2021, 6:05:09 PM"),
    ("datetime", "LONG", "LONG", "en_US", "Europe/Paris", 1625414709007, "July 4, 2021 at 6:05:09 PM CEST"),
    (
        "datetime",
        "FULL",
        "FULL",
        "en_US",
        "Europe/Paris",
        1625414709007,
        "Sunday, July 4, 2021 at 6:05:09 PM Central European Summer Time",
    ),
    ("date", "SHORT", "SHORT", "fr_FR", "Europe/Paris", 1625414709007, "04/07/2021"),
    ("date", "MEDIUM", "MEDIUM", "fr_FR", "Europe/Paris", 1625414709007, "4 juil. 2021"),
    ("date", "LONG", "LONG", "fr_FR", "Europe/Paris", 1625414709007, "4 juillet 2021"),
    ("date", "FULL", "FULL", "fr_FR", "Europe/Paris", 1625414709007, "dimanche 4 juillet 2021"),
    ("time", "SHORT", "SHORT", "fr_FR", "Europe/Paris", 1625414709007, "18:05"),
    ("time", "MEDIUM", "MEDIUM", "fr_FR", "Europe/Paris", 1625414709007, "18:05:09"),
    ("time", "LONG", "LONG", "fr_FR", "Europe/Paris", 1625414709007, "18:05:09 CEST"),
    (
        "time",
        "FULL",
        "FULL",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "18:05:09 heure d’été d’Europe centrale",
    ),
    ("datetime", "SHORT", "SHORT", "fr_FR", "Europe/Paris", 1625414709007, "04/07/2021 18:05"),
    ("datetime", "MEDIUM", "MEDIUM", "fr_FR", "Europe/Paris", 1625414709007, "4 juil. 2021, 18:05:09"),
    ("datetime", "LONG", "LONG", "fr_FR", "Europe/Paris", 1625414709007, "4 juillet 2021 à 18:05:09 CEST"),
    (
        "datetime",
        "FULL",
        "FULL",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "dimanche 4 juillet 2021 à 18:05:09 heure d’été d’Europe centrale",
    ),
    ("date", "SHORT", "SHORT", "de_DE", "Europe/Paris", 1625414709007, "04.07.21"),
    ("date", "MEDIUM", "MEDIUM", "de_DE", "Europe/Paris", 1625414709007, "04.07.2021"),
    ("date", "LONG", "LONG", "de_DE", "Europe/Paris", 1625414709007, "4. Juli 2021"),
    ("date", "FULL", "FULL", "de_DE", "Europe/Paris", 1625414709007, "Sonntag, 4. Juli 2021"),
    ("time", "SHORT", "SHORT", "de_DE", "Europe/Paris", 1625414709007, "18:05"),
    ("time", "MEDIUM", "MEDIUM", "de_DE", "Europe/Paris", 1625414709007, "18:05:09"),
    ("time", "LONG", "LONG", "de_DE", "Europe/Paris", 1625414709007, "18:05:09 MESZ"),
    ("time", "FULL", "FULL", "de_DE", "Europe/Paris", 1625414709007, "18:05:09 Mitteleuropäische Sommerzeit"),
    ("datetime", "SHORT", "SHORT", "de_DE", "Europe/Paris", 1625414709007, "04.07.21, 18:05"),
    ("datetime", "MEDIUM", "MEDIUM", "de_DE", "Europe/Paris", 1625414709007, "04.07.2021, 18:05:09"),
    ("datetime", "LONG", "LONG", "de_DE", "Europe/Paris", 1625414709007, "4. Juli 2021 um 18:05:09 MESZ"),
    (
        "datetime",
        "FULL",
        "FULL",
        "de_DE",
        "Europe/Paris",
        1625414709007,
        "Sonntag, 4. Juli 2021 um 18:05:09 Mitteleuropäische Sommerzeit",
    ),
    ("date", "SHORT", "SHORT", "ja_JP", "Europe/Paris", 1625414709007, "2021/07/04"),
    ("date", "MEDIUM", "MEDIUM", "ja_JP", "Europe/Paris", 1625414709007, "2021/07/04"),
    ("date", "LONG", "LONG", "ja_JP", "Europe/Paris", 1625414709007, "2021年7月4日"),
    ("date", "FULL", "FULL", "ja_JP", "Europe/Paris", 1625414709007, "2021年7月4日日曜日"),
    ("time", "SHORT", "SHORT", "ja_JP", "Europe/Paris", 1625414709007, "18:05"),
    ("time", "MEDIUM", "MEDIUM", "ja_JP", "Europe/Paris", 1625414709007, "18:05:09"),
    ("time", "LONG", "LONG", "ja_JP", "Europe/Paris", 1625414709007, "18:05:09 CEST"),
    ("time", "FULL", "FULL", "ja_JP", "Europe/Paris", 1625414709007, "18時05分09秒 中央ヨーロッパ夏時間"),
    ("datetime", "SHORT", "SHORT", "ja_JP", "Europe/Paris", 1625414709007, "2021/07/04 18:05"),
    ("datetime", "MEDIUM", "MEDIUM", "ja_JP", "Europe/Paris", 1625414709007, "2021/07/04 18:05:09"),
    ("datetime", "LONG", "LONG", "ja_JP", "Europe/Paris", 1625414709007, "2021年7月4日 18:05:09 CEST"),
    (
        "datetime",
        "FULL",
        "FULL",
        "ja_JP",
        "Europe/Paris",
        1625414709007,
        "2021年7月4日日曜日 18時05分09秒 中央ヨーロッパ夏時間",
    ),
    ("date", "SHORT", "SHORT", "en_GB", "Europe/Paris", 1625414709007, "04/07/2021"),
    ("date", "MEDIUM", "MEDIUM", "en_GB", "Europe/Paris", 1625414709007, "4 Jul 2021"),
    ("date", "LONG", "LONG", "en_GB", "Europe/Paris", 1625414709007, "4 July 2021"),
    ("date", "FULL", "FULL", "en_GB", "Europe/Paris", 1625414709007, "Sunday, 4 July 2021"),
    ("time", "SHORT", "SHORT", "en_GB", "Europe/Paris", 1625414709007, "18:05"),
    ("time", "MEDIUM", "MEDIUM", "en_GB", "Europe/Paris", 1625414709007, "18:05:09"),
    ("time", "LONG", "LONG", "en_GB", "Europe/Paris", 1625414709007, "18:05:09 CEST"),
    ("time", "FULL", "FULL", "en_GB", "Europe/Paris", 1625414709007, "18:05:09 Central European Summer Time"),
    ("datetime", "SHORT", "SHORT", "en_GB", "Europe/Paris", 1625414709007, "04/07/2021, 18:05"),
    ("datetime", "MEDIUM", "MEDIUM", "en_GB", "Europe/Paris", 1625414709007, "4 Jul 2021, 18:05:09"),
    ("datetime", "LONG", "LONG", "en_GB", "Europe/Paris", 1625414709007, "4 July 2021 at 18:05:09 CEST"),
    (
        "datetime",
        "FULL",
        "FULL",
        "en_GB",
        "Europe/Paris",
        1625414709007,
        "Sunday, 4 July 2021 at 18:05:09 Central European Summer Time",
    ),
    ("date", "SHORT", "SHORT", "ru_RU", "Europe/Paris", 1625414709007, "04.07.2021"),
    ("date", "MEDIUM", "MEDIUM", "ru_RU", "Europe/Paris", 1625414709007, "4 июл. 2021 г."),
    ("date", "LONG", "LONG", "ru_RU", "Europe/Paris", 1625414709007, "4 июля 2021 г."),
    ("date", "FULL", "FULL", "ru_RU", "Europe/Paris", 1625414709007, "воскресенье, 4 июля 2021 г."),
    ("time", "SHORT", "SHORT", "ru_RU", "Europe/Paris", 1625414709007, "18:05"),
    ("time", "MEDIUM", "MEDIUM", "ru_RU", "Europe/Paris", 1625414709007, "18:05:09"),
    ("time", "LONG", "LONG", "ru_RU", "Europe/Paris", 1625414709007, "18:05:09 CEST"),
    (
        "time",
        "FULL",
        "FULL",
        "ru_RU",
        "Europe/Paris",
        1625414709007,
        "18:05:09 Центральная Европа, летнее время",
    ),
    ("datetime", "SHORT", "SHORT", "ru_RU", "Europe/Paris", 1625414709007, "04.07.2021, 18:05"),
    ("datetime", "MEDIUM", "MEDIUM", "ru_RU", "Europe/Paris", 1625414709007, "4 июл. 2021 г., 18:05:09"),
    ("datetime", "LONG", "LONG", "ru_RU", "Europe/Paris", 1625414709007, "4 июля 2021 г., 18:05:09 CEST"),
    (
        "datetime",
        "FULL",
        "FULL",
        "ru_RU",
        "Europe/Paris",
        1625414709007,
        "воскресенье, 4 июля 2021 г., 18:05:09 Центральная Европа, летнее время",
    ),
    ("datetime", "LONG", "SHORT", "en_US", "America/New_York", 1625414709007, "July 4, 2021, 12:05 PM"),
    ("datetime", "LONG", "SHORT", "fr_FR", "Europe/Paris", 1625414709007, "4 juillet 2021 18:05"),
    ("datetime", "SHORT", "LONG", "en_US", "America/New_York", 1625414709007, "7/4/21, 12:05:09 PM EDT"),
    ("datetime", "SHORT", "LONG", "fr_FR", "Europe/Paris", 1625414709007, "04/07/2021 18:05:09 CEST"),
    (
        "datetime",
        "FULL",
        "MEDIUM",
        "en_US",
        "America/New_York",
        1625414709007,
        "Sunday, July 4, 2021, 12:05:09 PM",
    ),
    (
        "datetime",
        "FULL",
        "MEDIUM",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "dimanche 4 juillet 2021, 18:05:09",
    ),
    (
        "datetime",
        "MEDIUM",
        "FULL",
        "en_US",
        "America/New_York",
        1625414709007,
        "Jul 4, 2021, 12:05:09 PM Eastern Daylight Time",
    ),
    (
        "datetime",
        "MEDIUM",
        "FULL",
        "fr_FR",
        "Europe/Paris",
        1625414709007,
        "4 juil. 2021, 18:05:09 heure d’été d’Europe centrale",
    ),
]


# (default zone, epoch millis, expected)
DATE_TO_STRING = [
    ("GMT", 1615687166535, "Sun Mar 14 01:59:26 GMT 2021"),
    ("Europe/Paris", 1625414709007, "Sun Jul 04 18:05:09 CEST 2021"),
    ("America/New_York", 1609457400000, "Thu Dec 31 18:30:00 EST 2020"),
    ("America/New_York", 1625414709007, "Sun Jul 04 12:05:09 EDT 2021"),
    ("UTC", 1609459200000, "Fri Jan 01 00:00:00 UTC 2021"),
    ("Asia/Tokyo", 915364800000, "Sun Jan 03 21:00:00 JST 1999"),
]


# (pattern, locale, default zone, args, expected)
MESSAGE_FORMAT = [
    ("Hello {0}, you have {1} messages", "en_US", "GMT", ["Bob", 1234], "Hello Bob, you have 1,234 messages"),
    ("{0}", "fr_FR", "GMT", [1234567.891], "1\u202f234\u202f567,891"),
    ("{0}", "de_DE", "GMT", [-0.5], "-0,5"),
    ("{0} {1}", "en_US", "GMT", [None, True], "null true"),
    ("{0,number,#.##}", "en_US", "GMT", [3.14159], "3.14"),
    ("{0,number,integer}", "en_US", "GMT", [2.5], "2"),
    ("{0,number,currency}", "fr_FR", "GMT", [1234.5], "1\u202f234,50\xa0€"),
    ("{0,number,percent}", "de_DE", "GMT", [0.256], "26\xa0%"),
    ("{0,number}", "en_US", "GMT", [1234567], "1,234,567"),
    ("{0}", "en_US", "America/New_York", [_ms(1625414709007)], "7/4/21, 12:05 PM"),
    ("{0}", "fr_FR", "Europe/Paris", [_ms(1625414709007)], "04/07/2021 18:05"),
    ("{0,date}", "en_US", "GMT", [_ms(1615687166535)], "Mar 14, 2021"),
    ("{0,date,short}", "de_DE", "GMT", [_ms(1615687166535)], "14.03.21"),
    ("{0,date,long}", "fr_FR", "Europe/Paris", [_ms(1625414709007)], "4 juillet 2021"),
    ("{0,date,full}", "en_US", "GMT", [_ms(1615687166535)], "Sunday, March 14, 2021"),
    ("{0,time}", "en_US", "GMT", [_ms(1615687166535)], "1:59:26 AM"),
    ("{0,time,short}", "fr_FR", "GMT", [_ms(1615687166535)], "01:59"),
    ("{0,date,yyyy-MM-dd}", "en_US", "Asia/Tokyo", [_ms(1609457400000)], "2021-01-01"),
    ("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", "en_US", "GMT", [0], "no files"),
    ("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", "en_US", "GMT", [1], "one file"),
    ("{0,choice,0#no files|1#one file|1<{0,number,integer} files}", "en_US", "GMT", [1273], "1,273 files"),
    ("{0,choice,-1#neg|0#zero|0<pos}", "en_US", "GMT", [-5.0], "neg"),
    ("It''s {0}", "en_US", "GMT", ["x"], "It's x"),
    ("'{0}' is {0}", "en_US", "GMT", ["x"], "{0} is x"),
    ("{1} and {0} and {2}", "en_US", "GMT", ["a", "b"], "b and a and {2}"),
    ("{0,number,#,##0.00 '€'}", "de_DE", "GMT", [1234.5], "1.234,50 €"),
    ("{0}", "en_US", "GMT", [D("1234.5678")], "1,234.568"),
    ("{0}%", "en_US", "GMT", [12.3456], "12.346%"),
]


# (format, locale, default zone, args, expected)
STRING_FORMAT = [
    ("%s %d", "en_US", "Europe/Paris", ["x", 5], "x 5"),
    ("%.2f", "en_US", "Europe/Paris", [1.005], "1.01"),
    ("%.1f", "en_US", "Europe/Paris", [0.15], "0.2"),
    ("%.1f", "en_US", "Europe/Paris", [0.25], "0.3"),
    ("%.2f", "fr_FR", "Europe/Paris", [1234.5], "1234,50"),
    ("%,d", "fr_FR", "Europe/Paris", [1234567], "1\u202f234\u202f567"),
    ("%,d", "de_DE", "Europe/Paris", [-1234567], "-1.234.567"),
    ("%,.2f", "en_US", "Europe/Paris", [1234567.891], "1,234,567.89"),
    ("%05d", "en_US", "Europe/Paris", [-42], "-0042"),
    ("%x %X %o", "en_US", "Europe/Paris", [255, 255, 8], "ff FF 10"),
    ("%x", "en_US", "Europe/Paris", [-1], "ffffffff"),
    ("%x", "en_US", "Europe/Paris", [JavaLong(-1)], "ffffffffffffffff"),
    ("%#x %#o", "en_US", "Europe/Paris", [255, 8], "0xff 010"),
    ("%e", "en_US", "Europe/Paris", [12345.678], "1.234568e+04"),
    ("%.3E", "en_US", "Europe/Paris", [0.000123456], "1.235E-04"),
    ("%g", "en_US", "Europe/Paris", [12345.678], "12345.7"),
    ("%g", "en_US", "Europe/Paris", [0.0001], "0.000100000"),
    ("%g", "en_US", "Europe/Paris", [1e-05], "1.00000e-05"),
    ("%.3g", "en_US", "Europe/Paris", [1234567.0], "1.23e+06"),
    ("%b %b %b", "en_US", "Europe/Paris", [False, None, "x"], "false false true"),
    ("%c%c", "en_US", "Europe/Paris", ["A", 66], "AB"),
    ("%n", "en_US", "Europe/Paris", [], "\n"),
    ("100%%", "en_US", "Europe/Paris", [], "100%"),
    ("%2$s %1$s", "en_US", "Europe/Paris", ["a", "b"], "b a"),
    ("%-8s|%8s|", "en_US", "Europe/Paris", ["ab", "cd"], "ab      |      cd|"),
    ("%+d % d %(d", "en_US", "Europe/Paris", [5, 5, -5], "+5  5 (5)"),
    ("%s", "en_US", "Europe/Paris", [10000000.0], "1.0E7"),
    ("%s", "en_US", "Europe/Paris", [100.0], "100.0"),
    ("%s", "en_US", "Europe/Paris", [None], "null"),
    ("%.3s", "en_US", "Europe/Paris", ["abcdef"], "abc"),
    ("%f", "en_US", "Europe/Paris", [3.0], "3.000000"),
    ("%.0f", "en_US", "Europe/Paris", [2.5], "3"),
    ("%.0f", "en_US", "Europe/Paris", [3.5], "4"),
    ("%10.3f|", "en_US", "Europe/Paris", [-3.14159], "    -3.142|"),
    ("%010.2f", "en_US", "Europe/Paris", [-3.14159], "-000003.14"),
    ("%.2f", "en_US", "Europe/Paris", [D("2.345")], "2.35"),
    ("%s", "en_US", "Europe/Paris", [D("1E+3")], "1E+3"),
    ("%S", "en_US", "Europe/Paris", ["hello"], "HELLO"),
    ("%h", "en_US", "Europe/Paris", ["hello"], "5e918d2"),
    ("%d%%", "de_DE", "Europe/Paris", [50], "50%"),
    ("%f", "en_US", "Europe/Paris", [NAN], "NaN"),
    ("%.2f", "en_US", "Europe/Paris", [1e20], "100000000000000000000.00"),
    ("%e", "en_US", "Europe/Paris", [0.0], "0.000000e+00"),
    ("%s %<s", "en_US", "Europe/Paris", ["z"], "z z"),
    (
        "%tY-%<tm-%<td %<tH:%<tM:%<tS.%<tL",
        "en_US",
        "Europe/Paris",
        [_ms(1625414709007)],
        "2021-07-04 18:05:09.007",
    ),
    ("%tB %<tb %<tA %<ta", "fr_FR", "Europe/Paris", [_ms(1625414709007)], "juillet juil. dimanche dim."),
    (
        "%tD %<tF %<tT %<tR %<tr",
        "en_US",
        "Europe/Paris",
        [_ms(1625414709007)],
        "07/04/21 2021-07-04 18:05:09 18:05 06:05:09 PM",
    ),
    ("%tc", "en_US", "Europe/Paris", [_ms(1625414709007)], "Sun Jul 04 18:05:09 CEST 2021"),
    (
        "%tI %<tl %<tp %<tk %<te %<tj %<ty %<tC",
        "en_US",
        "Europe/Paris",
        [_ms(1625414709007)],
        "06 6 pm 18 4 185 21 20",
    ),
    (
        "%tz %<tZ %<ts %<tQ",
        "en_US",
        "Europe/Paris",
        [_ms(1625414709007)],
        "+0200 CEST 1625414709 1625414709007",
    ),
    ("%Tp %<TB", "en_US", "Europe/Paris", [_ms(1615687166535)], "AM MARCH"),
]


def _apply_setters(df: T.DecimalFormat, setters: str) -> None:
    if not setters:
        return
    for kv in setters.split(","):
        name, val = kv.split("=")
        if name == "grouping":
            df.setGroupingUsed(val == "true")
        elif name == "dsas":
            df.setDecimalSeparatorAlwaysShown(val == "true")
        else:
            {
                "minFrac": df.setMinimumFractionDigits,
                "maxFrac": df.setMaximumFractionDigits,
                "minInt": df.setMinimumIntegerDigits,
                "maxInt": df.setMaximumIntegerDigits,
                "groupSize": df.setGroupingSize,
            }[name](int(val))


@pytest.mark.parametrize("pattern, locale, value, mode, setters, expected", DECIMAL_FORMAT)
def test_decimal_format(pattern, locale, value, mode, setters, expected):
    df = T.DecimalFormat(pattern, T.java_locale(locale))
    if mode:
        df.setRoundingMode(mode)
    _apply_setters(df, setters)
    assert df.format(value) == expected
    if not mode and not setters:
        assert T.format_decimal(pattern, value, locale) == expected


@pytest.mark.parametrize("pattern, locale, text, expected", DECIMAL_PARSE)
def test_decimal_parse(pattern, locale, text, expected):
    result = T.DecimalFormat(pattern, locale).parse(text)
    kind, _, literal = expected.partition(":")
    if kind == "l":
        assert type(result) is int and result == int(literal)
    else:
        assert isinstance(result, float) and T.double_to_string(result) == literal


@pytest.mark.parametrize("factory, locale, value, expected", NUMBER_FORMAT)
def test_number_format_factories(factory, locale, value, expected):
    make = {
        "instance": T.NumberFormat.getInstance,
        "number": T.NumberFormat.getNumberInstance,
        "integer": T.NumberFormat.getIntegerInstance,
        "currency": T.NumberFormat.getCurrencyInstance,
        "percent": T.NumberFormat.getPercentInstance,
    }[factory]
    assert make(locale).format(value) == expected


@pytest.mark.parametrize("literal, expected", DOUBLE_TO_STRING)
def test_double_to_string(literal, expected):
    assert T.double_to_string(float(literal)) == expected


@pytest.mark.parametrize("literal, expected", FLOAT_TO_STRING)
def test_float_to_string(literal, expected):
    assert T.float_to_string(float(literal)) == expected


@pytest.mark.parametrize("method, literal, expected", BIG_DECIMAL)
def test_big_decimal_strings(method, literal, expected):
    fn = {
        "str": T.big_decimal_to_string,
        "plain": T.big_decimal_to_plain_string,
        "eng": T.big_decimal_to_engineering_string,
    }[method]
    assert fn(D(literal)) == expected


@pytest.mark.parametrize("pattern, locale, zone, millis, expected", SIMPLE_DATE_FORMAT)
def test_simple_date_format(pattern, locale, zone, millis, expected):
    assert T.SimpleDateFormat(pattern, locale, zone).format(_ms(millis)) == expected
    assert T.format_date(pattern, _ms(millis), locale, zone) == expected


@pytest.mark.parametrize("pattern, locale, zone, text, expected", SIMPLE_DATE_PARSE)
def test_simple_date_parse(pattern, locale, zone, text, expected):
    parsed = T.SimpleDateFormat(pattern, locale, zone).parse(text)
    assert round(parsed.timestamp() * 1000) == expected


@pytest.mark.parametrize("kind, dstyle, tstyle, locale, zone, millis, expected", DATE_STYLES)
def test_date_format_styles(kind, dstyle, tstyle, locale, zone, millis, expected):
    if kind == "date":
        fmt = T.DateFormat.getDateInstance(STYLE[dstyle], locale, zone)
    elif kind == "time":
        fmt = T.DateFormat.getTimeInstance(STYLE[tstyle], locale, zone)
    else:
        fmt = T.DateFormat.getDateTimeInstance(STYLE[dstyle], STYLE[tstyle], locale, zone)
    assert fmt.format(_ms(millis)) == expected


@pytest.mark.parametrize("zone, millis, expected", DATE_TO_STRING)
def test_java_date_to_string(zone, millis, expected):
    assert T.java_date_to_string(_ms(millis), zone) == expected


@pytest.mark.parametrize("pattern, locale, zone, args, expected", MESSAGE_FORMAT)
def test_message_format(pattern, locale, zone, args, expected):
    assert T.message_format(pattern, args, locale, zone) == expected


@pytest.mark.parametrize("fmt, locale, zone, args, expected", STRING_FORMAT)
def test_string_format(fmt, locale, zone, args, expected):
    assert T.string_format(fmt.replace("\\n", "\n"), args, locale, zone) == expected


# --- API details ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "tag, expected",
    [
        ("en_US", "en_US"),
        ("fr", "fr"),
        ("de-DE", "de_DE"),
        ("", "root"),
        ("ja_JP", "ja_JP"),
        ("iw_IL", "he_IL"),
    ],
)
def test_java_locale(tag, expected):
    assert str(T.java_locale(tag)) == expected
    loc = T.java_locale(tag)
    assert T.java_locale(loc) is loc


def test_naive_datetime_is_already_in_zone_and_date_is_midnight():
    naive = dt.datetime(2021, 7, 4, 18, 5, 9)
    assert (
        T.format_date("yyyy-MM-dd HH:mm:ss XXX", naive, "en_US", "Europe/Paris")
        == "2021-07-04 18:05:09 +02:00"
    )
    assert (
        T.format_date("yyyy-MM-dd HH:mm z", dt.date(2021, 1, 5), "en_US", "America/New_York")
        == "2021-01-05 00:00 EST"
    )


def test_decimal_format_is_reusable_and_copies_are_independent():
    nf = T.NumberFormat.getInstance("de_DE")
    nf.setMaximumFractionDigits(1)
    assert nf.format(1234.56) == "1.234,6"
    assert T.NumberFormat.getInstance("de_DE").format(1234.56) == "1.234,56"


def test_errors():
    with pytest.raises(T.JavaTextError):
        T.SimpleDateFormat("yyyy-bb", "en_US")
    with pytest.raises(T.JavaParseError):
        T.DecimalFormat("#,##0.00", "en_US").parse("abc")
    with pytest.raises(T.JavaTextError):
        T.DecimalFormat("0.00", "en_US").format(None)
    with pytest.raises(T.JavaTextError):
        T.DecimalFormat("0.0").setRoundingMode("SIDEWAYS")
    with pytest.raises(T.JavaTextError):
        T.string_format("%d", ["x"])


def test_rounding_unnecessary():
    df = T.DecimalFormat("0.00", "en_US")
    df.setRoundingMode("UNNECESSARY")
    assert df.format(1.25) == "1.25"
    with pytest.raises(T.JavaTextError):
        df.format(1.255)


# --- properties ----------------------------------------------------------------------

_finite = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15)


@settings(max_examples=300, deadline=None)
@given(_finite)
def test_decimal_format_eight_digits_property(x):
    """Java 8+ DecimalFormat("0.########"): Double.toString's digits when they fit in 8
    fraction digits, else the exact binary value rounded HALF_EVEN; "-" kept for values
    that round to zero."""
    got = T.format_decimal("0.########", x, "en_US")
    shortest = D(repr(abs(x)))
    if shortest.as_tuple().exponent >= -8:
        want = shortest
    else:
        want = D(abs(x)).quantize(D("1e-8"), rounding="ROUND_HALF_EVEN")
    text = format(want.normalize(), "f") if want else "0"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    negative = x < 0 or (x == 0 and math.copysign(1.0, x) < 0)
    assert got == ("-" if negative else "") + text
    # and it parses back to the value it shows
    assert T.DecimalFormat("0.########").parse(got) == float(got) or float(got) == 0


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_double_to_string_round_trips(x):
    s = T.double_to_string(x)
    assert float(s) == x
    if x != 0 and 1e-3 <= abs(x) < 1e7:
        assert "E" not in s and "." in s
    elif x != 0:
        assert "E" in s


@pytest.mark.parametrize(
    ("pattern", "expected"),
    # Java 17, Locale.GERMANY, 2024-03-03: a pattern whose only field is the month uses the
    # stand-alone names.
    [("MMM", "Mär"), ("MMM.", "Mär."), ("'x'MMM", "xMär"), ("MMM yyyy", "März 2024"),
     ("d MMM", "3 März"), ("MMM MMM", "März März"), ("MMM LLL", "März Mär"), ("MMMM", "März")],
)
def test_month_alone_is_stand_alone_in_german(pattern: str, expected: str) -> None:
    from jrxmlpy.expressions.javalib.text import SimpleDateFormat, java_locale

    value = dt.datetime(2024, 3, 3, 12, 0, tzinfo=dt.UTC)
    assert SimpleDateFormat(pattern, java_locale("de_DE"), "GMT").format(value) == expected
