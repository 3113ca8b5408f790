"""Streaming SQL rows: memory stays flat over a million-row query.

    PYTHONPATH=src python benchmarks/bench_sql.py                   # 1,000,000 rows
    PYTHONPATH=src python benchmarks/bench_sql.py --rows 200000

Generates a SQLite database of ``--rows`` rows (in a temporary folder; kept between runs
with ``--db PATH``), fills a one-line-per-row report over ``SELECT * FROM t`` with
``Report.fill_stream`` and drops each page as it comes, as a caller writing pages out would.
Every ``--every`` pages it prints the rows read (about 66 a page), the pages, the
process's resident memory now and at its peak, and with ``--tracemalloc`` the Python heap
in use (tracing makes the fill several times slower).  Flat means memory does not grow
with the rows read: the rows are fetched ``fetchmany`` batch by batch
(``net.sf.jasperreports.jdbc.fetch.size``, default 1000), never all at once.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from _bench import peak_rss_mb, rss_mb

import jrxmlpy

TEMPLATE = """<?xml version="1.0" encoding="UTF-8"?>
<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="Stream" pageWidth="595"
  pageHeight="842" columnWidth="555" leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
  <style name="S" isDefault="true" fontName="DejaVu Sans" fontSize="8"/>
  <queryString><![CDATA[SELECT id, name, amount, made FROM t ORDER BY id]]></queryString>
  <field name="id" class="java.lang.Integer"/>
  <field name="name" class="java.lang.String"/>
  <field name="amount" class="java.math.BigDecimal"/>
  <field name="made" class="java.sql.Timestamp"/>
  <variable name="Total" class="java.math.BigDecimal" calculation="Sum">
    <variableExpression><![CDATA[$F{amount}]]></variableExpression>
  </variable>
  <detail>
    <band height="12">
      <textField><reportElement x="0" y="0" width="60" height="12"/>
        <textFieldExpression><![CDATA[$F{id}]]></textFieldExpression></textField>
      <textField><reportElement x="60" y="0" width="200" height="12"/>
        <textFieldExpression><![CDATA[$F{name}]]></textFieldExpression></textField>
      <textField pattern="#,##0.00"><reportElement x="260" y="0" width="100" height="12"/>
        <textFieldExpression><![CDATA[$F{amount}]]></textFieldExpression></textField>
      <textField pattern="yyyy-MM-dd HH:mm"><reportElement x="360" y="0" width="120" height="12"/>
        <textFieldExpression><![CDATA[$F{made}]]></textFieldExpression></textField>
    </band>
  </detail>
  <summary>
    <band height="12">
      <textField><reportElement x="0" y="0" width="300" height="12"/>
        <textFieldExpression><![CDATA["Total " + $V{Total}]]></textFieldExpression></textField>
    </band>
  </summary>
</jasperReport>
"""


def make_db(path: Path, rows: int) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name VARCHAR(40), amount NUMERIC, made TIMESTAMP)")
    db.execute(
        "INSERT INTO t WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < ?) "
        "SELECT n, 'customer ' || n, (n % 1000) / 4.0, "
        "datetime('2020-01-01', '+' || (n % 100000) || ' minutes') FROM c", (rows,))
    db.commit()
    db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--every", type=int, default=2000, help="report every N pages")
    parser.add_argument("--db", type=Path, help="the database file (made when missing)")
    parser.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap (slow)")
    args = parser.parse_args(argv)

    folder = tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "stream.db"
    if not path.exists():
        started = time.perf_counter()
        make_db(path, args.rows)
        print(f"made {path} ({args.rows:,} rows) in {time.perf_counter() - started:.1f} s", flush=True)
    report = jrxmlpy.compile(TEMPLATE)
    print(f"{'rows':>10} {'pages':>7} {'RSS MB':>7} {'peak RSS MB':>12} {'heap MB':>8} {'s':>7}")
    started = time.perf_counter()
    if args.tracemalloc:
        tracemalloc.start()
    samples = []
    pages = 0
    with jrxmlpy.data.connect(f"sqlite:///{path}") as conn:
        for _page in report.fill_stream(connection=conn):
            pages += 1
            if pages % args.every == 0:
                heap = tracemalloc.get_traced_memory()[0] / 2**20 if args.tracemalloc else float("nan")
                samples.append(rss_mb())
                print(f"{pages * 66:>10,} {pages:>7} {samples[-1]:>7.0f} {peak_rss_mb():>12.0f} {heap:>8.1f} "
                      f"{time.perf_counter() - started:>7.1f}", flush=True)
    print(f"done: {pages} pages in {time.perf_counter() - started:.1f} s; RSS at the end {rss_mb():.0f} MB, "
          f"peak RSS {peak_rss_mb():.0f} MB")
    if len(samples) >= 3:
        print(f"RSS growth from a third of the way to the end: {samples[-1] - samples[len(samples) // 3]:+.1f} MB")
    folder.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
