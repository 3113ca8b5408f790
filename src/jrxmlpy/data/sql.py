"""SQL data: the report's own ``<queryString>`` run on a database connection.

Connections
-----------
``REPORT_CONNECTION`` (``Report.fill(connection=...)``, ``jrxmlpy.render(connection=...)``,
``jrxmlpy render --db-url URL``) may be

* any DB-API 2 connection (``sqlite3``, psycopg 3, psycopg2, PyMySQL, ...),
* a SQLAlchemy ``Engine`` (each query borrows a pooled connection and gives it back when its
  rows are read) or ``Connection``,
* a :class:`SqlConnection` (what :func:`connect` returns; it also wraps the two above and
  carries the options: query time limit, fetch size).

:func:`connect` opens one from a URL: ``sqlite:///relative.db``, ``sqlite:////abs/path.db``
(built in, opened read-only with ``mode=ro``), ``postgresql://user@host:port/db`` (psycopg 3,
else psycopg2; read-only transactions), ``mysql://`` / ``mariadb://`` (PyMySQL or
mysqlclient), ``oracle://`` (oracledb), ``mssql://`` (pymssql); JDBC spellings
(``jdbc:postgresql://host/db?user=u``, ``jdbc:sqlite:path``) and SQLAlchemy ones
(``postgresql+psycopg://``) are accepted.  A missing driver raises a
:class:`~jrxmlpy.errors.DataError` naming the package to install.

The query executer (JasperReports' ``JRJdbcQueryExecuter``)
----------------------------------------------------------
The query text is read as JasperReports reads it (``$$`` before ``P{``/``P!{``/``X{`` is a
literal ``$``):

* ``$P{name}`` becomes a bound parameter in the driver's paramstyle, its value converted by
  the parameter's declared class (a ``java.util.Date`` binds as a date, as JDBC's
  ``setDate`` does; a ``java.sql.Timestamp`` as the local date and time in the report's time
  zone);
* ``$P!{name}`` is replaced by the *text* of the parameter's value, which is read again as
  query text (it may hold ``$P{}``).  This is SQL injection by design: only parameters (never
  data) are substituted, but a parameter whose value comes from an end user must be checked
  by the caller before it reaches ``$P!{}``;
* ``$X{function, column, parameter...}`` clauses (tokens separated by the first of ``,;|``
  found) expand as JasperReports 6.20 expands them:

  ==============================  ===========================================================
  ``IN`` / ``NOTIN``              ``col IN (?, ?)`` / ``col NOT IN (?, ?)`` for an array or
                                  collection; null members add ``col IS NULL OR`` /
                                  ``col IS NOT NULL AND`` (in parentheses); only nulls give
                                  ``col IS NULL`` / ``col IS NOT NULL``; null or empty:
                                  ``0 = 0``
  ``EQUAL`` / ``NOTEQUAL``        ``col = ?`` / ``col <> ?``; null: ``col IS NULL`` /
                                  ``col IS NOT NULL``; a DateRange: ``(col >= ? AND col <= ?)``
                                  / ``(col < ? OR col > ?)`` (``= ?`` / ``<> ?`` when its start
                                  is its end)
  ``LESS`` ``LESS]`` ``GREATER``  ``col < ?``, ``col <= ?``, ``col > ?``, ``col >= ?``; null:
  ``[GREATER``                    ``0 = 0``; a DateRange gives its start (``LESS``,
                                  ``[GREATER``) or its end (``GREATER``, ``LESS]``)
  ``BETWEEN`` ``[BETWEEN``        ``( col > ? AND col < ? )`` with ``>=`` for ``[``, ``<=``
  ``BETWEEN]`` ``[BETWEEN]``      for ``]``; one null bound leaves the other comparison,
                                  both null ``0 = 0``; DateRange bounds as above
  ==============================  ===========================================================

Rows are read as they are needed: ``fetchmany`` batches of ``fetch size`` rows (the
``net.sf.jasperreports.jdbc.fetch.size`` property when set, else 1000) through a server-side
cursor where the driver has one (psycopg named cursors, PyMySQL/mysqlclient ``SSCursor``;
``sqlite3`` steps its statement), so a million-row query never sits in memory whole.

Columns are matched to fields as ``JRResultSetDataSource`` does, ignoring case: the field's
``net.sf.jasperreports.sql.field.column.name`` / ``...column.label`` properties, its
``...column.index`` (1-based), then its name, then ``COLUMN_<n>``.  Values are converted to
the field's declared class: numbers narrowed or widened Java's way (a BigDecimal keeps the
database's scale), booleans from numbers (0 is false) and text, ``java.util.Date`` /
``java.sql.Date`` fields get the date (JDBC's ``getDate``), ``java.sql.Timestamp`` the date
and time; a database time without zone is a local time of the report's time zone (or of the
``net.sf.jasperreports.jdbc.time.zone`` property of the field or dataset: a zone id or
``REPORT_TIME_ZONE``).

Errors name the template, the dataset, the query sent and the database's message
(:class:`~jrxmlpy.errors.DatabaseError`).  A query longer than the connection's
``query_timeout`` (seconds, per call into the database) is cancelled
(:class:`~jrxmlpy.errors.QueryTimeoutError`); :meth:`SqlConnection.cancel` cancels the
running query from another thread.  ``plsql`` (stored procedures) is not supported.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import logging
import math
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from ..design.report import Field, Parameter, Query
from ..errors import (
    DatabaseError,
    DataError,
    Location,
    QueryCancelledError,
    QueryTimeoutError,
)
from ..expressions.javalib.dates import DateRange, Timestamp
from .base import DataContext, DataSource, Reader, _Conversion, java_time_zone
from .convert import BOOLEAN, FLOAT_CLASSES, INTEGER_CLASSES, convert_number, to_float32

log = logging.getLogger(__name__)

__all__ = [
    "SqlConnection",
    "SqlDataSource",
    "connect",
    "as_sql_connection",
    "expand_query",
    "sql_data_source",
]

FETCH_SIZE = "net.sf.jasperreports.jdbc.fetch.size"
TIME_ZONE = "net.sf.jasperreports.jdbc.time.zone"
COLUMN_NAME = "net.sf.jasperreports.sql.field.column.name"
COLUMN_LABEL = "net.sf.jasperreports.sql.field.column.label"
COLUMN_INDEX = "net.sf.jasperreports.sql.field.column.index"
TOKEN_SEPARATORS = ",;|"
DEFAULT_FETCH_SIZE = 1000

# =========================================================================================
# Connections
# =========================================================================================

#: URL scheme -> (DB-API modules to try, in order; the pip package to name when none is there).
_DRIVERS: dict[str, tuple[tuple[str, ...], str]] = {
    "postgresql": (("psycopg", "psycopg2"), "psycopg[binary]"),
    "mysql": (("pymysql", "MySQLdb"), "PyMySQL"),
    "oracle": (("oracledb",), "oracledb"),
    "mssql": (("pymssql",), "pymssql"),
}
_SCHEMES = {"postgres": "postgresql", "pgsql": "postgresql", "mariadb": "mysql", "sqlserver": "mssql"}


class SqlConnection:
    """A database connection as the SQL query executer uses it.

    ``target``: a DB-API 2 connection, a SQLAlchemy ``Engine`` or ``Connection``.
    ``query_timeout``: seconds a single call into the database (executing, fetching a
    batch) may take before it is cancelled (None: no limit).  ``fetch_size``: rows per
    ``fetchmany`` (None: the dataset's ``net.sf.jasperreports.jdbc.fetch.size``, else 1000).
    ``owned``: :meth:`close` closes the target (connections :func:`connect` opened).

    It is a context manager (closing what it owns)."""

    def __init__(self, target: Any, *, query_timeout: float | None = None, fetch_size: int | None = None,
                 owned: bool = False, url: str | None = None) -> None:
        if isinstance(target, SqlConnection):
            raise TypeError("already a SqlConnection")
        self.target = target
        self.query_timeout = query_timeout
        self.fetch_size = fetch_size
        self.owned = owned
        self.url = url
        self._engine = _is_sqlalchemy(target, "raw_connection")
        self._open_cursors = 0
        self._lock = threading.Lock()
        self._running: list[Any] = []  # driver connections with a call in progress
        #: Set by :meth:`cancel`: the connection refuses queries until it is set back to False.
        self.cancelled = False
        raw = None if self._engine else _dbapi_of(target)
        self.driver = _driver_name(raw) if raw is not None else _engine_driver(target)

    # --- what queries need ---------------------------------------------------------------

    def describe(self) -> str:
        if self.url:
            return _hide_password(self.url)
        return f"a {self.driver} connection"

    def _borrow(self) -> tuple[Any, Any]:
        """(DB-API connection to run a query on, what to close after it or None)."""
        if self._engine:
            try:
                proxy = self.target.raw_connection()
            except Exception as exc:  # noqa: BLE001 - any driver error
                raise DatabaseError(f"cannot connect to {self.describe()}: {_message(exc)}",
                                    database_message=_message(exc)) from None
            return proxy, proxy
        return _dbapi_of(self.target), None

    def cancel(self) -> None:
        """Cancel the query running on this connection (from any thread); the fill that
        reads it stops with :class:`~jrxmlpy.errors.QueryCancelledError`, and so does any
        later query until :attr:`cancelled` is set back to False."""
        self.cancelled = True
        with self._lock:
            running = list(self._running)
        for raw in running:
            _interrupt(raw)

    def close(self) -> None:
        """Close the underlying connection when this object opened it."""
        if self.owned:
            try:
                if self._engine:
                    self.target.dispose()
                else:
                    self.target.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                log.debug("closing %s failed", self.describe(), exc_info=True)

    def __enter__(self) -> SqlConnection:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<SqlConnection {self.describe()}>"

    # Java spellings templates use on $P{REPORT_CONNECTION}
    def isClosed(self) -> bool:  # noqa: N802
        return bool(getattr(_dbapi_of(self.target), "closed", False)) if not self._engine else False


def as_sql_connection(value: Any, context: DataContext | None = None) -> SqlConnection:
    """``value`` as a :class:`SqlConnection`.  Plain connections are wrapped once per fill (``context.parsed``), so that a report and
    its subreports share what is known about the connection."""
    if isinstance(value, SqlConnection):
        return value
    if not (_is_sqlalchemy(value, "raw_connection") or hasattr(value, "cursor")
            or _is_sqlalchemy(value, "connection")):
        raise DataError(f"REPORT_CONNECTION is a {type(value).__name__}, not a database connection "
                        "(give a DB-API 2 connection, a SQLAlchemy engine or connection, or jrxmlpy.data.connect(url))")
    if context is None:
        return SqlConnection(value)
    key = ("sql connection", id(value))
    hit = context.parsed.get(key)
    if hit is None or hit[0] is not value:
        hit = context.parsed[key] = (value, SqlConnection(value))
    return hit[1]


def connect(url: str, *, read_only: bool = True, query_timeout: float | None = None,
            fetch_size: int | None = None, **driver_options: Any) -> SqlConnection:
    """Open a connection from a URL (see the module docstring); read-only unless
    ``read_only=False``.  ``driver_options`` go to the driver's ``connect``.  Close it with
    ``close()`` or use it as a context manager."""
    if not isinstance(url, str) or not url.strip():
        raise DataError(f"bad database URL {url!r}")
    text = url.strip()
    scheme, rest = _split_scheme(text)
    if scheme == "sqlite":
        raw = _connect_sqlite(text, rest, read_only, driver_options)
        return SqlConnection(raw, query_timeout=query_timeout, fetch_size=fetch_size, owned=True, url=text)
    if scheme not in _DRIVERS:
        known = ", ".join(["sqlite", *_DRIVERS])
        raise DataError(f"database URL {_hide_password(text)!r}: unknown database {scheme!r} (one of {known})")
    modules, package = _DRIVERS[scheme]
    module = None
    for name in modules:
        try:
            module = __import__(name)
            break
        except ImportError:
            continue
    if module is None:
        raise DataError(f"database URL {_hide_password(text)!r} needs a {scheme} driver: "
                        f"pip install {package}")
    try:
        raw = _connect_with(module.__name__, scheme, rest, read_only, driver_options)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - any driver error
        raise DatabaseError(f"cannot connect to {_hide_password(text)}: {_message(exc)}",
                            database_message=_message(exc)) from None
    return SqlConnection(raw, query_timeout=query_timeout, fetch_size=fetch_size, owned=True, url=text)


def _split_scheme(url: str) -> tuple[str, str]:
    """(normalised scheme, the URL from ``//`` or the path on): JDBC (``jdbc:``) and
    SQLAlchemy (``+driver``) spellings folded."""
    text = url[5:] if url.lower().startswith("jdbc:") else url
    if ":" not in text:
        raise DataError(f"bad database URL {_hide_password(url)!r}: no scheme (e.g. sqlite:///file.db)")
    scheme, rest = text.split(":", 1)
    scheme = scheme.lower().split("+", 1)[0]
    return _SCHEMES.get(scheme, scheme), rest


def _connect_sqlite(url: str, rest: str, read_only: bool, options: dict[str, Any]) -> Any:
    import sqlite3

    # sqlite:///relative, sqlite:////absolute, jdbc:sqlite:path, sqlite::memory:
    path = rest[2:] if rest.startswith("//") else rest
    if path.startswith("/") and rest.startswith("//"):
        path = path[1:]  # sqlite:///x -> x ; sqlite:////x -> /x
    path, _, query = path.partition("?")
    path = unquote(path)
    memory = path in ("", ":memory:")
    if not memory and not Path(path).exists():
        raise DataError(f"database URL {url!r}: no SQLite database at {path}")
    params = dict(parse_qsl(query))
    if read_only and not memory:
        params.setdefault("mode", "ro")
    target = ":memory:" if memory else Path(path).resolve().as_uri()
    if params and not memory:
        target += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    options.setdefault("check_same_thread", False)  # subreports read it from a worker thread
    try:
        return sqlite3.connect(target, uri=not memory, **options)
    except sqlite3.Error as exc:
        raise DatabaseError(f"cannot open {url}: {exc}", database_message=str(exc)) from None


def _connect_with(module: str, scheme: str, rest: str, read_only: bool, options: dict[str, Any]) -> Any:
    parts = urlsplit(f"{scheme}:{rest}")
    query: dict[str, Any] = dict(parse_qsl(parts.query))
    if module in ("psycopg", "psycopg2"):
        conninfo = f"postgresql:{rest}"
        mod = __import__(module)
        raw = mod.connect(conninfo, **options)
        if read_only:
            if module == "psycopg":
                raw.read_only = True
            else:
                raw.set_session(readonly=True)
        return raw
    user = options.pop("user", None) or (unquote(parts.username) if parts.username else query.pop("user", None))
    password = options.pop("password", None) or (
        unquote(parts.password) if parts.password else query.pop("password", None))
    database = parts.path.lstrip("/") or query.pop("database", None)
    host = parts.hostname or "localhost"
    if module in ("pymysql", "MySQLdb"):
        mod = __import__(module)
        kwargs: dict[str, Any] = {"host": host, "user": user, "password": password or "", "database": database}
        if parts.port:
            kwargs["port"] = parts.port
        if module == "MySQLdb":
            kwargs["passwd"] = kwargs.pop("password")
            kwargs["db"] = kwargs.pop("database")
        raw = mod.connect(**{k: v for k, v in kwargs.items() if v is not None}, **options)
        if read_only:
            cur = raw.cursor()
            cur.execute("SET SESSION TRANSACTION READ ONLY")
            cur.close()
        return raw
    if module == "oracledb":
        import oracledb

        dsn = f"{host}:{parts.port or 1521}/{database}"
        return oracledb.connect(user=user, password=password, dsn=dsn, **options)
    if module == "pymssql":
        import pymssql

        return pymssql.connect(server=host, port=parts.port or 1433, user=user, password=password,
                               database=database, **options)
    raise DataError(f"no way to open a {module} connection")  # pragma: no cover


def _hide_password(url: str) -> str:
    try:
        parts = urlsplit(url)
        if parts.password:
            return url.replace(f":{parts.password}@", ":***@", 1)
    except ValueError:
        pass
    return url


def _is_sqlalchemy(value: Any, attribute: str) -> bool:
    return type(value).__module__.startswith("sqlalchemy") and hasattr(value, attribute)


def _dbapi_of(target: Any) -> Any:
    """The DB-API connection of a plain connection or a SQLAlchemy ``Connection``."""
    if _is_sqlalchemy(target, "connection") and not hasattr(target, "cursor"):
        return target.connection  # a pooled DB-API connection proxy
    return target


def _driver_of(raw: Any) -> Any:
    """The driver's own connection object behind a SQLAlchemy pool proxy."""
    inner = getattr(raw, "driver_connection", None) or getattr(raw, "dbapi_connection", None)
    return inner if inner is not None else raw


def _driver_name(raw: Any) -> str:
    return type(_driver_of(raw)).__module__.split(".", 1)[0]


def _engine_driver(engine: Any) -> str:
    dbapi = getattr(getattr(engine, "dialect", None), "dbapi", None)
    return getattr(dbapi, "__name__", "sqlalchemy").split(".", 1)[0]


def _paramstyle(driver: str) -> str:
    module = sys.modules.get(driver)
    style = getattr(module, "paramstyle", None)
    return style if style in ("qmark", "format", "pyformat", "numeric", "named") else "qmark"


def _interrupt(raw: Any) -> None:
    conn = _driver_of(raw)
    for name in ("interrupt", "cancel_safe", "cancel"):  # sqlite3; psycopg 3.2+; psycopg, psycopg2
        fn = getattr(conn, name, None)
        if callable(fn):
            try:
                fn()
            except Exception:  # noqa: BLE001 - cancelling is best effort
                log.debug("cancelling a query failed", exc_info=True)
            return
    log.warning("the %s driver cannot cancel a running query", type(conn).__module__)


def _message(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text or type(exc).__name__


# =========================================================================================
# The query text
# =========================================================================================


def parse_query(text: str) -> list[tuple[str, Any]]:
    """The chunks of a query text, as ``JRQueryParser`` cuts them: ``("text", s)``,
    ``("param", name)`` for ``$P{name}``, ``("clause", name)`` for ``$P!{name}``,
    ``("tokens", [str, ...])`` for ``$X{...}``."""
    chunks: list[tuple[str, Any]] = []
    buffer: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c != "$":
            j = text.find("$", i)
            j = n if j < 0 else j
            buffer.append(text[i:j])
            i = j
            continue
        # a run of dollars: all but the last are literal
        j = i
        while j < n and text[j] == "$":
            j += 1
        buffer.append("$" * (j - i - 1))
        i = j
        kind = None
        for prefix, what in (("P{", "param"), ("P!{", "clause"), ("X{", "tokens")):
            if text.startswith(prefix, i):
                kind, start = what, i + len(prefix)
                break
        end = text.find("}", i) if kind else -1
        nxt = text.find("$", i)
        if kind is None or end < 0 or (0 <= nxt < end):
            buffer.append("$")  # not a chunk: the dollar is text
            continue
        if buffer and "".join(buffer):
            chunks.append(("text", "".join(buffer)))
        buffer = []
        body = text[start:end]
        chunks.append((kind, _clause_tokens(body) if kind == "tokens" else body))
        i = end + 1
    if buffer and "".join(buffer):
        chunks.append(("text", "".join(buffer)))
    return chunks


def _clause_tokens(body: str) -> list[str]:
    separator = next((c for c in body if c in TOKEN_SEPARATORS), TOKEN_SEPARATORS[0])
    return body.split(separator)


class _Placeholders:
    """Placeholders of a paramstyle, and the escaping its literal text needs."""

    def __init__(self, style: str) -> None:
        self.style = style
        self.count = 0

    def next(self) -> str:
        self.count += 1
        if self.style in ("format", "pyformat"):
            return "%s"
        if self.style == "numeric":
            return f":{self.count}"
        if self.style == "named":
            return f":p{self.count}"
        return "?"

    def text(self, s: str) -> str:
        return s.replace("%", "%%") if self.style in ("format", "pyformat") else s


class _Expander:
    """``JRAbstractQueryExecuter.parseQuery`` with the SQL clause functions."""

    def __init__(self, params: Mapping[str, Any], declared: Mapping[str, str] | None,
                 marks: _Placeholders) -> None:
        self.params = params
        self.declared = declared
        self.marks = marks
        self.sql: list[str] = []
        #: (value, declared class or None: the value's own class)
        self.values: list[tuple[Any, str | None]] = []
        self._clauses: set[str] = set()

    def run(self, text: str) -> None:
        for kind, body in parse_query(text):
            if kind == "text":
                self.sql.append(self.marks.text(body))
            elif kind == "param":
                self._check(body)
                self._bind(body)
            elif kind == "clause":
                self._check(body)
                if body in self._clauses:
                    raise DataError(f"the query nests $P!{{{body}}} in itself")
                self._clauses.add(body)
                try:
                    self.run(_java_text(self.params.get(body)))
                finally:
                    self._clauses.discard(body)
            else:
                self._clause(body)

    # --- helpers ------------------------------------------------------------------------

    def _check(self, name: str) -> None:
        if self.declared is not None and name not in self.declared and name not in self.params:
            raise DataError(f'the query uses parameter "{name}", which does not exist')

    def _bind(self, name: str) -> None:
        self.sql.append(self.marks.next())
        self.values.append((self.params.get(name), self._class(name)))

    def _bind_value(self, value: Any) -> None:
        self.sql.append(self.marks.next())
        self.values.append((value, None))

    def _class(self, name: str) -> str | None:
        return self.declared.get(name) if self.declared is not None else None

    # --- $X{...} -------------------------------------------------------------------------

    def _clause(self, tokens: list[str]) -> None:
        def token(i: int) -> str | None:
            if i >= len(tokens):
                return None
            t = tokens[i].strip()
            return t or None

        fid = token(0)
        if fid is None:
            raise DataError("$X{} clause without a function name")
        column, param = token(1), token(2)
        if fid in ("IN", "NOTIN"):
            self._in(fid, self._need(column, fid, "column"), self._need(param, fid, "parameter"))
        elif fid in ("EQUAL", "NOTEQUAL"):
            self._equal(fid, self._need(column, fid, "column"), self._need(param, fid, "parameter"))
        elif fid in ("LESS", "LESS]", "GREATER", "[GREATER"):
            self._compare(fid, self._need(column, fid, "column"), self._need(param, fid, "parameter"))
        elif fid in ("BETWEEN", "[BETWEEN", "BETWEEN]", "[BETWEEN]"):
            self._between(fid, self._need(column, fid, "column"), self._need(param, fid, "left parameter"),
                          self._need(token(3), fid, "right parameter"))
        else:
            raise DataError(f"no $X{{}} clause function {fid!r} (IN, NOTIN, EQUAL, NOTEQUAL, LESS, LESS], "
                            "GREATER, [GREATER, BETWEEN, [BETWEEN, BETWEEN], [BETWEEN])")

    @staticmethod
    def _need(token: str | None, fid: str, what: str) -> str:
        if token is None:
            raise DataError(f"$X{{{fid}}} clause without its {what}")
        return token

    def _value(self, name: str) -> Any:
        self._check(name)
        return self.params.get(name)

    def _in(self, fid: str, column: str, name: str) -> None:
        value = self._value(name)
        if value is None:
            self.sql.append("0 = 0")
            return
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            raise DataError(f"parameter {name!r} of a $X{{{fid}}} clause is a {type(value).__name__}, "
                            "not an array or a collection")
        members = list(value)
        if not members:
            self.sql.append("0 = 0")
            return
        present = [m for m in members if m is not None]
        has_null = len(present) < len(members)
        negated = fid == "NOTIN"
        null_test = f"{column} {'IS NOT NULL' if negated else 'IS NULL'}"
        if not present:
            self.sql.append(null_test)
            return
        if has_null:
            self.sql.append(f"( {null_test}{' AND ' if negated else ' OR '}")
        self.sql.append(f"{column} {'NOT IN' if negated else 'IN'} (")
        for k, member in enumerate(present):
            if k:
                self.sql.append(", ")
            self._bind_value(member)
        self.sql.append(")")
        if has_null:
            self.sql.append(" )")

    def _equal(self, fid: str, column: str, name: str) -> None:
        value = self._value(name)
        negated = fid == "NOTEQUAL"
        if isinstance(value, DateRange) or self._class(name) == "net.sf.jasperreports.types.date.DateRange":
            start, end = (value.start(), value.end()) if value is not None else (None, None)
            self.sql.append("(")
            if start is None or end is None:
                self.sql.append(f"{column} {'IS NOT NULL' if negated else 'IS NULL'}")
            elif start == end:
                self.sql.append(f"{column} {'<>' if negated else '='} ")
                self._bind_value(start)
            else:
                self.sql.append(f"{column} {'<' if negated else '>='} ")
                self._bind_value(start)
                self.sql.append(f" {'OR' if negated else 'AND'} {column} {'>' if negated else '<='} ")
                self._bind_value(end)
            self.sql.append(")")
            return
        if value is None:
            self.sql.append(f"{column} {'IS NOT NULL' if negated else 'IS NULL'}")
            return
        self.sql.append(f"{column} {'<>' if negated else '='} ")
        self._bind(name)

    _OPERATORS = {"LESS": "<", "LESS]": "<=", "GREATER": ">", "[GREATER": ">="}

    def _bound(self, fid: str, name: str, range_start: bool) -> tuple[bool, Any]:
        """(has a value, what to bind: None to bind the parameter itself)."""
        value = self._value(name)
        cls = self._class(name)
        is_date = isinstance(value, _dt.datetime) or cls in ("java.util.Date", "java.sql.Date", "java.sql.Timestamp")
        if isinstance(value, DateRange) or (value is None and cls == "net.sf.jasperreports.types.date.DateRange"):
            moment = None if value is None else (value.start() if range_start else value.end())
            return moment is not None, moment
        if value is not None and not is_date and cls == "net.sf.jasperreports.types.date.DateRange":
            raise DataError(f"parameter {name!r} of a $X{{{fid}}} clause is not a date range")
        return value is not None, None

    def _emit(self, name: str, moment: Any) -> None:
        if moment is None:
            self._bind(name)
        else:
            self._bind_value(moment)

    def _compare(self, fid: str, column: str, name: str) -> None:
        has, moment = self._bound(fid, name, fid in ("LESS", "[GREATER"))
        if not has:
            self.sql.append("0 = 0")
            return
        self.sql.append(f"{column} {self._OPERATORS[fid]} ")
        self._emit(name, moment)

    def _between(self, fid: str, column: str, left: str, right: str) -> None:
        left_closed, right_closed = fid.startswith("["), fid.endswith("]")
        has_left, left_moment = self._bound(fid, left, left_closed)
        has_right, right_moment = self._bound(fid, right, not right_closed)
        greater = f"{column} {'>=' if left_closed else '>'} "
        less = f"{column} {'<=' if right_closed else '<'} "
        if has_left and has_right:
            self.sql.append("( " + greater)
            self._emit(left, left_moment)
            self.sql.append(" AND " + less)
            self._emit(right, right_moment)
            self.sql.append(" )")
        elif has_left:
            self.sql.append(greater)
            self._emit(left, left_moment)
        elif has_right:
            self.sql.append(less)
            self._emit(right, right_moment)
        else:
            self.sql.append("0 = 0")


def _java_text(value: Any) -> str:
    from .query import java_string_of

    return java_string_of(value)


def expand_query(text: str, params: Mapping[str, Any], *, parameters: Mapping[str, str] | None = None,
                 paramstyle: str = "qmark") -> tuple[str, list[tuple[Any, str | None]]]:
    """The SQL text of a query with its placeholders in ``paramstyle``, and the values to
    bind (each with the declared class it binds as, or None for the value's own class).
    ``parameters``: declared parameter name -> class (None: any name is accepted)."""
    expander = _Expander(params, parameters, _Placeholders(paramstyle))
    expander.run(text)
    return "".join(expander.sql), expander.values


# =========================================================================================
# Values: parameters in, fields out
# =========================================================================================


def _local(value: _dt.datetime, zone: _dt.tzinfo) -> _dt.datetime:
    """A naive local date-time of ``zone`` (aware values converted, naive ones kept)."""
    return value.astimezone(zone).replace(tzinfo=None) if value.tzinfo is not None else value


def bind_value(value: Any, cls: str | None, zone: _dt.tzinfo) -> Any:
    """A parameter value as ``JRJdbcQueryExecuter.setStatementParameter`` sends it for the
    declared class ``cls`` (None: the value's own class, as for collection members)."""
    if value is None:
        return None
    if cls is None:
        if isinstance(value, Timestamp):
            cls = "java.sql.Timestamp"
        elif isinstance(value, _dt.datetime):
            cls = "java.util.Date"
        else:
            return value
    if cls in BOOLEAN:
        return bool(value)
    if cls in INTEGER_CLASSES or cls == "java.math.BigInteger":
        return int(value) if not isinstance(value, bool) else int(value)
    if cls in FLOAT_CLASSES:
        return to_float32(float(value)) if cls in ("java.lang.Float", "float") else float(value)
    if cls == "java.math.BigDecimal":
        return value if isinstance(value, Decimal) else Decimal(str(value))
    if cls == "java.lang.String":
        return value if isinstance(value, str) else _java_text(value)
    if cls == "java.sql.Timestamp":
        if isinstance(value, _dt.datetime):
            return _local(value, zone)
        if isinstance(value, _dt.date):
            return _dt.datetime(value.year, value.month, value.day)
        return value
    if cls == "java.sql.Time":
        if isinstance(value, _dt.datetime):
            return _local(value, zone).time()
        return value
    if cls in ("java.util.Date", "java.sql.Date"):
        if isinstance(value, _dt.datetime):
            return _local(value, zone).date()
        return value
    if isinstance(value, _dt.datetime):  # setObject of a Date: a timestamp
        return _local(value, zone)
    return value


def _sqlite_value(value: Any) -> Any:
    """What sqlite3 stores for a bound value it has no adapter for (dates as the ISO text
    the demo database and most SQLite schemas use)."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, Decimal):
        f = float(value)
        return f if math.isfinite(f) else str(value)
    if isinstance(value, _dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        return str(value)
    return value


def _parse_datetime(text: str) -> _dt.datetime:
    t = text.strip()
    try:
        return _dt.datetime.fromisoformat(t)
    except ValueError:
        pass
    try:
        d = _dt.date.fromisoformat(t[:10])
        return _dt.datetime(d.year, d.month, d.day)
    except ValueError:
        raise _Conversion(text, "not a date") from None


def _as_datetime(raw: Any) -> _dt.datetime:
    if isinstance(raw, _dt.datetime):
        return raw
    if isinstance(raw, _dt.date):
        return _dt.datetime(raw.year, raw.month, raw.day)
    if isinstance(raw, str):
        return _parse_datetime(raw)
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):  # epoch milliseconds
        return _dt.datetime.fromtimestamp(raw / 1000, _dt.UTC)
    raise _Conversion(raw, "not a date")


def _number(raw: Any) -> int | float | Decimal:
    if isinstance(raw, bool):
        return int(raw)
    if isinstance(raw, (int, float, Decimal)):
        return raw
    if isinstance(raw, str):
        t = raw.strip()
        try:
            return int(t)
        except ValueError:
            try:
                return Decimal(t)
            except InvalidOperation:
                raise _Conversion(raw, "not a number") from None
    raise _Conversion(raw, "not a number")


def _decimal(raw: Any) -> Decimal:
    if isinstance(raw, Decimal):
        return raw
    if isinstance(raw, float):
        if not math.isfinite(raw):
            raise _Conversion(raw, "not a finite number")
        return Decimal(repr(raw))
    return Decimal(_number(raw))


def _boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float, Decimal)):
        return raw != 0
    if isinstance(raw, str):
        t = raw.strip().lower()
        if t in ("1", "true", "t", "yes", "y", "on"):
            return True
        if t in ("0", "false", "f", "no", "n", "off", ""):
            return False
    raise _Conversion(raw, "not a boolean")


def _text(raw: Any, zone: _dt.tzinfo) -> str:
    if isinstance(raw, str):
        return raw
    if isinstance(raw, (bytes, bytearray, memoryview)):
        return bytes(raw).decode("utf-8", "replace")
    if isinstance(raw, _dt.datetime):
        local = _local(raw, zone)
        fraction = f"{local.microsecond:06d}".rstrip("0") or "0"
        return f"{local:%Y-%m-%d %H:%M:%S}.{fraction}"
    return _java_text(raw)


def field_reader(cls: str, zone: _dt.tzinfo) -> Reader:
    """Raw database value -> the Python value of a field of class ``cls`` (see the module
    docstring); naive date-times are local times of ``zone``."""

    def instant(raw: Any) -> _dt.datetime:
        moment = _as_datetime(raw)
        return moment.astimezone(zone) if moment.tzinfo is not None else moment.replace(tzinfo=zone)

    if cls == "java.lang.Object":
        def read_object(raw: Any) -> Any:
            if isinstance(raw, _dt.datetime):
                t = instant(raw)
                return Timestamp.combine(t.date(), t.timetz())
            if isinstance(raw, memoryview):
                return bytes(raw)
            return raw
        return read_object
    if cls == "java.lang.String":
        return lambda raw: None if raw is None else _text(raw, zone)
    if cls in BOOLEAN:
        return lambda raw: None if raw is None else _boolean(raw)
    if cls in INTEGER_CLASSES or cls == "java.math.BigInteger" or cls in FLOAT_CLASSES:
        return lambda raw: None if raw is None else convert_number(_number(raw), cls)
    if cls == "java.math.BigDecimal":
        return lambda raw: None if raw is None else _decimal(raw)
    if cls == "java.lang.Number":
        return lambda raw: None if raw is None else _number(raw)
    if cls == "java.sql.Timestamp":
        def read_timestamp(raw: Any) -> Any:
            if raw is None:
                return None
            t = instant(raw)
            return Timestamp.combine(t.date(), t.timetz())
        return read_timestamp
    if cls == "java.util.Date":  # getDate: the date, at local midnight
        def read_date(raw: Any) -> Any:
            if raw is None:
                return None
            d = instant(raw).date()
            return _dt.datetime(d.year, d.month, d.day, tzinfo=zone)
        return read_date
    if cls == "java.sql.Date":
        return lambda raw: None if raw is None else instant(raw).date()
    if cls == "java.sql.Time":
        def read_time(raw: Any) -> Any:
            if raw is None:
                return None
            if isinstance(raw, _dt.time):
                return raw.replace(tzinfo=None)
            if isinstance(raw, str) and len(raw.strip()) <= 15 and "-" not in raw:
                try:
                    return _dt.time.fromisoformat(raw.strip())
                except ValueError:
                    raise _Conversion(raw, "not a time") from None
            return instant(raw).time()
        return read_time
    if cls in ("byte[]", "[B", "java.io.InputStream", "java.awt.Image"):
        return lambda raw: None if raw is None else (bytes(raw) if isinstance(raw, (bytes, bytearray, memoryview))
                                                     else _text(raw, zone).encode("utf-8"))
    return lambda raw: raw.tobytes() if isinstance(raw, memoryview) else raw


# =========================================================================================
# The data source
# =========================================================================================

_CURSOR_NUMBERS = itertools.count(1)


class SqlDataSource(DataSource):
    """The rows of one SQL query (see the module docstring).  The query runs when the
    records are first asked for; the cursor is closed when they are all read (or the
    iteration is dropped)."""

    def __init__(self, connection: SqlConnection, sql: str, values: Sequence[Any], *,
                 fetch_size: int | None = None, max_rows: int | None = None,
                 dataset: str = "", location: Location | None = None, close_connection: bool = False,
                 zone: _dt.tzinfo | None = None) -> None:
        super().__init__()
        #: The zone parameter values are made local to (the report's).
        self.zone = zone if zone is not None else java_time_zone(None)
        self.connection = connection
        self.sql = sql
        self.values = list(values)
        self.fetch_size = fetch_size or connection.fetch_size or DEFAULT_FETCH_SIZE
        self.max_rows = max_rows
        self.dataset = dataset
        self.location = location
        self.close_connection = close_connection
        self.name = f"SQL query of {'dataset ' + repr(dataset) if dataset else 'the report'}"
        self.columns: list[str] = []

    # --- protocol ----------------------------------------------------------------------

    def bind(self, fields: Sequence[Field], context: DataContext | None = None) -> Iterator[dict[str, Any]]:
        ctx = context if context is not None else DataContext()
        return self._rows(fields, ctx)

    def _rows(self, fields: Sequence[Field], ctx: DataContext) -> Iterator[dict[str, Any]]:
        with self._cursor() as batches:
            self._batches = batches
            readers = [(f, self._reader(f, ctx)) for f in fields]
            yield from self._iterate(readers, ctx)

    def _records(self, ctx: DataContext) -> Iterable[Any]:
        count = 0
        limit = self.max_rows
        for batch in self._batches:
            for row in batch:
                if limit is not None and count >= limit:
                    return
                count += 1
                yield row

    def _reader(self, f: Field, ctx: DataContext) -> Reader:
        index = self._column_of(f)
        zone_id = f.properties.get(TIME_ZONE) or ctx.properties.get(TIME_ZONE)
        if zone_id == "REPORT_TIME_ZONE" or not zone_id:
            zone = ctx.zone
        else:
            zone = java_time_zone(zone_id)
        convert = field_reader(f.value_class, zone)
        return lambda row: convert(row[index])

    def _column_of(self, f: Field) -> int:
        """``JRResultSetDataSource.getColumnIndex``: 0-based."""
        lowered = [c.lower() for c in self.columns]
        props = f.properties
        for prop in (COLUMN_NAME, COLUMN_LABEL):
            wanted = props.get(prop)
            if wanted is not None:
                if wanted.lower() in lowered:
                    return lowered.index(wanted.lower())
                raise DataError(f"{self.name}: field {f.name!r}: no column {wanted!r} ({prop}); the query gives "
                                f"{', '.join(self.columns) or 'no columns'}", self.location)
        index = props.get(COLUMN_INDEX)
        if index is not None:
            return self._index(index, f)
        if f.name.lower() in lowered:
            return lowered.index(f.name.lower())
        if f.name.startswith("COLUMN_") and f.name[7:].isdigit():
            return self._index(f.name[7:], f)
        raise DataError(f"{self.name}: no column for field {f.name!r}; the query gives "
                        f"{', '.join(self.columns) or 'no columns'}", self.location)

    def _index(self, text: str, f: Field) -> int:
        try:
            number = int(text.strip())
        except ValueError:
            raise DataError(f"{self.name}: field {f.name!r}: bad column index {text!r}", self.location) from None
        if not 1 <= number <= len(self.columns):
            raise DataError(f"{self.name}: field {f.name!r}: column index {number} out of range "
                            f"(1 to {len(self.columns)})", self.location)
        return number - 1

    # --- running the query --------------------------------------------------------------

    def _cursor(self) -> _Cursor:
        return _Cursor(self)

    def _fail(self, exc: BaseException, what: str = "failed") -> DatabaseError:
        conn = self.connection
        message = _message(exc)
        sql = " ".join(self.sql.split())
        text = (f"{self.name} {what} on {conn.describe()}: {message}; query: {sql}")
        if "thread" in message and "same thread" in message:
            text += (" (a sqlite3 connection made with check_same_thread=True cannot serve subreports, "
                     "which are filled in another thread: use jrxmlpy.data.connect or check_same_thread=False)")
        return DatabaseError(text, self.location, query=self.sql, database_message=message)

    def __repr__(self) -> str:
        return f"<SqlDataSource {' '.join(self.sql.split())[:60]!r}>"


class _Cursor:
    """A query's cursor: executes on enter, yields fetchmany batches, and cleans up on
    exit (closes the cursor, gives back a borrowed pool connection, ends a read
    transaction the query started)."""

    def __init__(self, source: SqlDataSource) -> None:
        self.source = source
        self.conn = source.connection
        self.raw: Any = None
        self.release: Any = None
        self.cursor: Any = None
        self.started_transaction = False

    def __enter__(self) -> Iterator[list[Any]]:
        source, conn = self.source, self.conn
        self.raw, self.release = conn._borrow()
        driver = _driver_of(self.raw)
        idle = _transaction_idle(driver)
        try:
            self.cursor = self._open(driver)
        except Exception as exc:  # noqa: BLE001
            self._close()
            raise source._fail(exc, "cannot open a cursor") from None
        with conn._lock:
            conn._open_cursors += 1
        self.started_transaction = idle
        try:
            self._call(self.cursor.execute, source.sql, self._values(driver))
            first = self._call(self.cursor.fetchmany, source.fetch_size)
        except (QueryTimeoutError, QueryCancelledError):
            self.__exit__(None, None, None)
            raise
        except Exception as exc:  # noqa: BLE001 - any driver error
            self.__exit__(None, None, None)
            raise source._fail(exc) from None
        source.columns = [str(d[0]) for d in (self.cursor.description or ())]
        return self._batches(first)

    def _batches(self, first: list[Any]) -> Iterator[list[Any]]:
        batch = first
        size = self.source.fetch_size
        while batch:
            yield batch
            if len(batch) < size:  # fetchmany gives fewer rows only at the end
                return
            try:
                batch = self._call(self.cursor.fetchmany, size)
            except (QueryTimeoutError, QueryCancelledError):
                raise
            except Exception as exc:  # noqa: BLE001
                raise self.source._fail(exc, "failed reading rows") from None

    def _open(self, driver: Any) -> Any:
        name = type(driver).__module__.split(".", 1)[0]
        if name in ("psycopg", "psycopg2"):
            # a server-side (named) cursor; in autocommit mode it must outlive its transaction
            cursor_name = f"jrxmlpy_{next(_CURSOR_NUMBERS)}"
            return self.raw.cursor(name=cursor_name, withhold=bool(getattr(driver, "autocommit", False)))
        if name in ("pymysql", "MySQLdb"):
            module = __import__(f"{name}.cursors", fromlist=["SSCursor"])
            return self.raw.cursor(module.SSCursor)
        return self.raw.cursor()

    def _values(self, driver: Any) -> Any:
        values = [bind_value(v, cls, self.source.zone) for v, cls in self.source.values]
        name = type(driver).__module__.split(".", 1)[0]
        if name == "sqlite3":
            values = [_sqlite_value(v) for v in values]
        style = _paramstyle(name)
        if style == "named":
            return {f"p{i + 1}": v for i, v in enumerate(values)}
        return values

    def _call(self, fn: Any, *args: Any) -> Any:
        conn = self.conn
        if conn.cancelled:
            raise self._cancelled()
        timer = None
        fired = threading.Event()
        if conn.query_timeout:
            def expire() -> None:
                fired.set()
                _interrupt(self.raw)
            timer = threading.Timer(conn.query_timeout, expire)
            timer.daemon = True
        with conn._lock:
            conn._running.append(self.raw)
        try:
            if timer is not None:
                timer.start()
            try:
                return fn(*args)
            except Exception:
                if fired.is_set():
                    raise QueryTimeoutError(
                        f"{self.source.name} took longer than {conn.query_timeout:g} s and was cancelled "
                        f"({conn.describe()}); query: {' '.join(self.source.sql.split())}",
                        self.source.location, query=self.source.sql) from None
                if conn.cancelled:
                    raise self._cancelled() from None
                raise
        finally:
            if timer is not None:
                timer.cancel()
            with conn._lock:
                if self.raw in conn._running:
                    conn._running.remove(self.raw)

    def _cancelled(self) -> QueryCancelledError:
        return QueryCancelledError(f"{self.source.name} was cancelled; query: {' '.join(self.source.sql.split())}",
                                   self.source.location, query=self.source.sql)

    def __exit__(self, *exc: Any) -> None:
        conn = self.conn
        if self.cursor is not None:
            try:
                self.cursor.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                log.debug("closing a cursor failed", exc_info=True)
            self.cursor = None
            with conn._lock:
                conn._open_cursors -= 1
                last = conn._open_cursors == 0
            if self.started_transaction and last and self.release is None:
                try:
                    _driver_of(self.raw).rollback()  # the read transaction this query began
                except Exception:  # noqa: BLE001
                    log.debug("ending the read transaction failed", exc_info=True)
        self._close()
        if self.source.close_connection:
            conn.close()

    def _close(self) -> None:
        if self.release is not None:
            try:
                self.release.close()
            except Exception:  # noqa: BLE001
                log.debug("giving back a pooled connection failed", exc_info=True)
            self.release = None


def _transaction_idle(driver: Any) -> bool:
    """Whether a psycopg (2 or 3) connection is outside a transaction (the query will start
    one, which is ended after it)."""
    info = getattr(driver, "info", None)
    status = getattr(info, "transaction_status", None)
    if status is not None and not getattr(driver, "autocommit", True):
        return getattr(status, "name", "") == "IDLE"
    get = getattr(driver, "get_transaction_status", None)
    if callable(get) and not getattr(driver, "autocommit", True):
        return get() == 0
    return False


# =========================================================================================
# The query executer entry point
# =========================================================================================


def sql_data_source(query: Query, params: Mapping[str, Any], context: DataContext,
                    parameters: Sequence[Parameter] | None = None, *, dataset: str = "",
                    builtins: Mapping[str, str] | None = None) -> DataSource | None:
    """The data source of a ``sql`` query on ``REPORT_CONNECTION`` (None when there is no
    connection: JasperReports then fills without records)."""
    value = params.get("REPORT_CONNECTION")
    if value is None:
        log.warning("the SQL query of %s has no connection (REPORT_CONNECTION is null): no records",
                    f"dataset {dataset!r}" if dataset else "the report")
        return None
    connection = as_sql_connection(value, context)
    declared: dict[str, str] | None = None
    if parameters is not None:
        declared = dict(builtins or {})
        declared.update({p.name: p.value_class for p in parameters})
    driver = connection.driver
    where = f"dataset {dataset!r}" if dataset else "the report"
    try:
        sql, values = expand_query(query.text, params, parameters=declared, paramstyle=_paramstyle(driver))
    except DataError as exc:
        raise DataError(f"the SQL query of {where}: {exc.message}", query.location) from None
    fetch = context.properties.get(FETCH_SIZE)
    try:
        fetch_size = int(fetch) if fetch and int(fetch) > 0 else None
    except ValueError:
        fetch_size = None
    max_count = params.get("REPORT_MAX_COUNT")
    source = SqlDataSource(connection, sql, values, fetch_size=fetch_size,
                           max_rows=max_count if isinstance(max_count, int) and not isinstance(max_count, bool) else None,
                           dataset=dataset, location=query.location, zone=context.zone)
    return source
