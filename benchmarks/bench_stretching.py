"""Fill speed of a detail band whose text stretches on every record (two lines in a box
of one), against the same band whose text fits.

    python benchmarks/bench_stretching.py [--rows 20000] [--repeat 3]

A stretching text sends its record from the plain band's fast path to the general layout;
the plain band remembers the texts that do not fit its box, so such a record costs one
layout (from the memo of the general path), not two.
"""

from __future__ import annotations

import argparse
import time

import jrxmlpy

TEMPLATE = """<jasperReport xmlns="http://jasperreports.sourceforge.net/jasperreports" name="stretching"
    pageWidth="595" pageHeight="842" columnWidth="515" leftMargin="40" rightMargin="40" topMargin="50" bottomMargin="50">
  <field name="n" class="java.lang.Integer"/>
  <field name="s" class="java.lang.String"/>
  <detail><band height="15">
    <textField><reportElement x="0" y="0" width="100" height="15"/><textFieldExpression><![CDATA[$F{n}]]></textFieldExpression></textField>
    <textField textAdjust="StretchHeight"><reportElement x="100" y="0" width="150" height="15"/>
      <textFieldExpression><![CDATA[$F{s}]]></textFieldExpression></textField>
  </band></detail>
</jasperReport>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    report = jrxmlpy.compile(TEMPLATE)
    for name, second_line in (("one line", ""), ("two lines (stretching)", "\nline two")):
        data = [{"n": i, "s": f"line one of record {i % 50}{second_line}"} for i in range(args.rows)]
        best = float("inf")
        for _ in range(args.repeat + 1):  # (the first fill warms the memos up)
            start = time.process_time()
            document = report.fill(data)
            best = min(best, time.process_time() - start)
        print(f"{args.rows} records, text of {name}: {best * 1000:.0f} ms CPU, {len(document.pages)} pages", flush=True)


if __name__ == "__main__":
    main()
