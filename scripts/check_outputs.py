#!/usr/bin/env python3
"""Reads the sample pipeline's outputs back as a user's tools would, and fails loudly when they are wrong.

usage: check_outputs.py WORKBOOK.xlsx SUMMARY.md PIPELINE.yml

Workbook (openpyxl): the expected sheets in order with a title in A1; the Facts sheet holds an Excel table
whose Value cells are numbers (not text) with a number format that fits their unit; every fact links to its
source; the Key figures sheet has at least one chart; the cover names every source of the pipeline.
Summary: every fact of the Facts sheet appears with its source (a footnote or a table row naming it).
Prints one line per check and a closing 'N passed, N failed' line.
"""
import re
import sys

import openpyxl
import yaml

passed, failed = 0, 0


def check(ok, what):
    global passed, failed
    if ok:
        passed += 1
        print("ok    " + what)
    else:
        failed += 1
        print("FAIL  " + what)


def header_row(ws, first):
    for row in ws.iter_rows(min_row=1, max_row=20):
        if row[0].value == first:
            return row[0].row, {c.value: c.column for c in row if c.value}
    return None, {}


def main(workbook_path, summary_path, pipeline_path):
    pipeline = yaml.safe_load(open(pipeline_path, encoding="utf-8"))
    wb = openpyxl.load_workbook(workbook_path)
    expected = ["Cover", "Contents", "Notes", "Key figures", "Facts", "Changes", "Sources"]
    check(wb.sheetnames[:len(expected)] == expected, "sheets %s" % ", ".join(wb.sheetnames))
    for name in wb.sheetnames:
        check(isinstance(wb[name]["A1"].value, str) and wb[name]["A1"].value.strip() != "", "%s has a title in A1" % name)

    cover_text = "\n".join(str(c.value) for row in wb["Cover"].iter_rows() for c in row if c.value)
    for source in pipeline["sources"]:
        check(source["title"] in cover_text, "cover names the source %r" % source["title"])

    facts = wb["Facts"]
    check("Facts" in facts.tables, "Facts holds an Excel table named Facts")
    row0, cols = header_row(facts, "Fact id")
    check(row0 is not None, "Facts has a header row")
    value_col = next(c for h, c in cols.items() if h.startswith("Value"))
    unit_col, link_col = cols["Unit"], cols["Source link"]
    rows = list(facts.iter_rows(min_row=row0 + 1))
    check(len(rows) > 0, "Facts lists %d facts" % len(rows))
    numeric = [r for r in rows if r[value_col - 1].data_type == "n" and isinstance(r[value_col - 1].value, (int, float))]
    check(len(numeric) == len(rows), "every Value cell is numeric (%d of %d)" % (len(numeric), len(rows)))
    bad_format = []
    for r in rows:
        unit, fmt = r[unit_col - 1].value, r[value_col - 1].number_format
        if unit == "USD" and "$" not in fmt or unit == "JPY" and "¥" not in fmt \
                or unit == "count" and "#,##0" not in fmt or unit == "percent" and "%" not in fmt:
            bad_format.append((unit, fmt))
    check(not bad_format, "number formats fit the units %s" % (bad_format[:3] or ""))
    linked = [r for r in rows if r[link_col - 1].hyperlink is not None]
    check(len(linked) == len(rows), "every fact links to its source (%d of %d)" % (len(linked), len(rows)))
    check(len(wb["Key figures"]._charts) >= 1, "Key figures has %d chart(s)" % len(wb["Key figures"]._charts))

    summary = open(summary_path, encoding="utf-8").read()
    titles = [s["title"] for s in pipeline["sources"]]
    check(summary.startswith("# "), "summary starts with a title")
    check("## Key figures" in summary, "summary has Key figures")
    footnotes = re.findall(r"^\[\^\d+\]: .*$", summary, re.M)
    check(len(footnotes) > 0 and all(any(t in f for t in titles) for f in footnotes),
          "every footnote names its source document (%d footnotes)" % len(footnotes))
    missing = [r[cols["As written"] - 1].value for r in rows if r[cols["As written"] - 1].value not in summary]
    check(not missing, "every fact appears in the summary%s" % (" (missing: %s)" % missing[:5] if missing else ""))
    print("outputs: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    sys.exit(main(*sys.argv[1:]))
