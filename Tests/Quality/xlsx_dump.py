"""Reads a workbook with openpyxl and prints what the export tests check, as JSON.

Usage: python3 xlsx_dump.py WORKBOOK.xlsx

For each sheet, in order: its name, whether every header cell is bold, freeze_panes, the
autofilter range, the dimensions, and every row as [type, value] pairs: "n" for an int or float,
"d" for a datetime (ISO 8601, no time zone), "s" for a string, null for an empty cell.
"""
import datetime
import json
import sys

import openpyxl


def cell(value):
    if value is None:
        return None
    if isinstance(value, bool):
        return ["b", value]
    if isinstance(value, (int, float)):
        return ["n", value]
    if isinstance(value, datetime.datetime):
        return ["d", value.isoformat()]
    if isinstance(value, datetime.date):
        return ["d", datetime.datetime(value.year, value.month, value.day).isoformat()]
    return ["s", str(value)]


def main(path):
    book = openpyxl.load_workbook(path)
    sheets = []
    for ws in book.worksheets:
        header = next(ws.iter_rows(min_row=1, max_row=1), ())
        sheets.append({
            "name": ws.title,
            "header_bold": bool(header) and all(c.font is not None and c.font.b for c in header),
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "dimensions": ws.dimensions,
            "widths": [ws.column_dimensions[c].width for c in sorted(ws.column_dimensions, key=lambda k: (len(k), k))],
            "rows": [[cell(c.value) for c in row] for row in ws.iter_rows()],
        })
    json.dump(sheets, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
