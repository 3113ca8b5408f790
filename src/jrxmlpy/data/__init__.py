"""Data sources: JSON, JSONQL, XML (XPath), CSV, Excel (xls, xlsx), SQL (DB-API 2
connections, :func:`connect` from a URL), Python records, empty; the query executers that
make them from a dataset's query; data adapters (``.jrdax``).

See :mod:`jrxmlpy.data.base` for the protocol the filler uses (``bind`` then iterate,
``sub_data_source`` / ``data_source`` on the current record), and :mod:`jrxmlpy.data.sql`
for SQL queries.
"""

from .adapters import (
    ADAPTER_PROPERTY,
    DataAdapter,
    data_source_for_adapter,
    load_data_adapter,
    parse_data_adapter,
)
from .base import DataContext, DataSource, TextAttributes
from .csv import CsvDataSource
from .excel import ExcelDataSource
from .json import JsonDataSource, JsonValue
from .jsonql import JsonQLDataSource, parse_jsonql
from .jsontext import parse_json
from .query import data_source_for_query, substitute_parameters
from .records import EmptyDataSource, JRBeanCollectionDataSource, JREmptyDataSource, RecordsDataSource
from .sql import SqlConnection, SqlDataSource, connect
from .xml import XmlDataSource

__all__ = [
    "ADAPTER_PROPERTY",
    "CsvDataSource",
    "DataAdapter",
    "DataContext",
    "DataSource",
    "EmptyDataSource",
    "ExcelDataSource",
    "JRBeanCollectionDataSource",
    "JREmptyDataSource",
    "JsonDataSource",
    "JsonQLDataSource",
    "JsonValue",
    "RecordsDataSource",
    "SqlConnection",
    "SqlDataSource",
    "TextAttributes",
    "XmlDataSource",
    "connect",
    "data_source_for_adapter",
    "data_source_for_query",
    "load_data_adapter",
    "parse_data_adapter",
    "parse_json",
    "parse_jsonql",
    "substitute_parameters",
]
