#!/usr/bin/env python3
"""Build the catalogue of bad GSO workbooks in tests/Analytics.Tests/BadInputs/gso/ from the real September 2023
workbook (data/gso/workbooks/2023-09-...xlsx), trimmed to the six tables the importer reads. Each file carries one
fault users meet in practice. Needs python3-openpyxl (Debian). Run from the repository root:
    python3 tools/make_bad_gso_workbooks.py [FILE...]
Named files only are (re)built when any are given (openpyxl writes different bytes on every run, so rebuilding the
others would change them for nothing).
"""
import copy
import os
import shutil
import sys
import openpyxl

SRC = "data/gso/workbooks/2023-09-29-02-Bieu-so-lieu-9-thang-2023-2.xlsx"
OUT = "tests/Analytics.Tests/BadInputs/gso"
KEEP = ["7.IIPthang", "9.SPCNthang", "21.Tongmuc", "23.xuất khẩu tháng", "25.nhập khẩu tháng", "28.CPI"]


def base():
    wb = openpyxl.load_workbook(SRC, data_only=True)
    for name in list(wb.sheetnames):
        if name not in KEEP:
            del wb[name]
    return wb


def wanted(name):
    return len(sys.argv) < 2 or name in sys.argv[1:]


def save(wb, name):
    if not wanted(name):
        return
    wb.save(os.path.join(OUT, name))


def main():
    os.makedirs(OUT, exist_ok=True)
    # The trimmed original: the reference the variants are compared with.
    save(base(), "good.xlsx")

    # Sheet renamed: found by its title all the same.
    wb = base(); wb["21.Tongmuc"].title = "Sheet1"; save(wb, "sheet-renamed.xlsx")

    # Column moved: retail's August (C) and September estimate (D) swapped with their headers.
    wb = base(); ws = wb["21.Tongmuc"]
    for r in range(1, ws.max_row + 1):
        c, d = ws.cell(r, 3).value, ws.cell(r, 4).value
        ws.cell(r, 3).value, ws.cell(r, 4).value = d, c
    save(wb, "column-moved.xlsx")

    # Merged title over the header rows: the title must not be read as every column's header.
    wb = base(); ws = wb["7.IIPthang"]
    ws.unmerge_cells("A1:E1"); ws.merge_cells("A1:E2"); save(wb, "merged-title.xlsx")

    # Text in a number cell.
    wb = base(); wb["21.Tongmuc"]["D12"] = "khoảng 402 nghìn tỷ"; save(wb, "text-in-number.xlsx")

    # A number stored as text, vi-VN style.
    wb = base(); wb["21.Tongmuc"]["D13"] = "61.123,04"; save(wb, "number-as-text.xlsx")

    # A number stored as text that reads differently with and without Vietnamese separators.
    wb = base(); wb["21.Tongmuc"]["D14"] = "3.972"; save(wb, "ambiguous-text-number.xlsx")

    # Duplicate row with different figures.
    wb = base(); ws = wb["21.Tongmuc"]
    ws.insert_rows(16)
    for c in range(1, ws.max_column + 1):
        ws.cell(16, c).value = ws.cell(12, c).value
    ws.cell(16, 4).value = 399999.0
    save(wb, "duplicate-row-different.xlsx")

    # Header rows deleted.
    wb = base(); ws = wb["21.Tongmuc"]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    for r in range(3, 10):
        for c in range(1, ws.max_column + 1):
            ws.cell(r, c).value = None
    save(wb, "header-removed.xlsx")

    # Unit removed from the retail table.
    wb = base(); wb["21.Tongmuc"]["H3"] = None; save(wb, "unit-missing.xlsx")

    # A second sheet titled as retail sales.
    wb = base(); cp = wb.copy_worksheet(wb["21.Tongmuc"]); cp.title = "Tongmuc (2)"; save(wb, "two-retail-sheets.xlsx")

    # A sheet pasted from another month: its headers say August.
    wb = base(); ws = wb["28.CPI"]
    for r in range(4, 11):
        for c in range(1, ws.max_column + 1):
            v = ws.cell(r, c).value
            if isinstance(v, str):
                ws.cell(r, c).value = v.replace("Tháng 9", "Tháng 7").replace("Tháng 8", "Tháng 7").replace("9 tháng", "7 tháng")
    save(wb, "sheet-from-another-month.xlsx")

    # Two columns with the same header.
    wb = base(); ws = wb["7.IIPthang"]
    for r in range(4, 9):
        ws.cell(r, 4).value = ws.cell(r, 3).value
    save(wb, "duplicate-header.xlsx")

    # No GSO table at all.
    wb = openpyxl.Workbook(); wb.active["A1"] = "Báo cáo nội bộ"; wb.active["A3"] = "Chỉ tiêu"; wb.active["B3"] = 12.5
    save(wb, "no-gso-table.xlsx")

    # A row of figures without a name.
    wb = base(); wb["21.Tongmuc"]["B14"] = None; save(wb, "row-without-name.xlsx")

    post_rebound()

    if not wanted("truncated.xlsx"):
        return
    # Truncated file: the first 40% of the bytes.
    data = open(os.path.join(OUT, "good.xlsx"), "rb").read()
    open(os.path.join(OUT, "truncated.xlsx"), "wb").write(data[: len(data) * 2 // 5])

    # Empty file, a CSV renamed, and a password-protected workbook (an OLE compound file, as Excel writes one).
    open(os.path.join(OUT, "empty.xlsx"), "wb").close()
    open(os.path.join(OUT, "csv-renamed.xlsx"), "w", encoding="utf-8").write("indicator,period,value\nRETAIL,2023-09,524595\n")
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    open(os.path.join(OUT, "password-protected.xlsx"), "wb").write(header + b"EncryptionInfo" + bytes(498))


def post_rebound():
    """A post-rebound September printed as changes, as some releases print rates: retail's column C made last year's
    September ("Thực hiện tháng 9 năm 2022"), and September's year-on-year column G the changes those levels imply
    (+36,1% for the total, +112,7% for lodging and food, +910% for travel after a lockdown). Most of them are above
    65, so the figures alone read them as indices: +36,1% would be imported as -63,9%."""
    growth = {12: 24.7, 13: 112.7, 14: 910.0, 15: 70.0}

    def build(name, typo=None):
        wb = base(); ws = wb["21.Tongmuc"]
        ws["C5"] = "tháng 9"; ws["C7"] = 2022
        for r, g in growth.items():
            ws.cell(r, 3).value = ws.cell(r, 4).value / (1 + g / 100)
        ws.cell(11, 3).value = sum(ws.cell(r, 3).value for r in growth)
        for r in range(11, 16):
            ws.cell(r, 7).value = round((ws.cell(r, 4).value / ws.cell(r, 3).value - 1) * 100, 1)
        if typo:
            ws.cell(typo[0], 7).value = typo[1]
        save(wb, name)

    build("post-rebound-changes.xlsx")
    # The same with lodging and food's rate mistyped (12,7 for 112,7): neither a change nor an index of its levels.
    build("rate-disagrees-with-levels.xlsx", (13, 12.7))


if __name__ == "__main__":
    main()
