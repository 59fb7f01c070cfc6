#!/usr/bin/env python3
"""Builds the bad workbooks of issue 17 for the catalogue, by editing the parts of a zip (no Excel library needed):
interchange workbooks in tests/Analytics.Tests/BadInputs/workbook/ (from the minimal package of make_limit_inputs.py)
and GSO workbooks in tests/Analytics.Tests/BadInputs/gso/ (from gso/good.xlsx, the trimmed September 2023 workbook).
Run from the repository root:
    python3 tools/make_bad_workbooks.py [FILE...]
Named files only are (re)built when any are given (a zip written again has new timestamps, so rebuilding the others
would change them for nothing).
"""
import os
import re
import sys
import zipfile

sys.path.insert(0, os.path.dirname(__file__))
import make_limit_inputs as m  # noqa: E402

OUT = "tests/Analytics.Tests/BadInputs/workbook"
GSO = "tests/Analytics.Tests/BadInputs/gso"
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def cells(row, values):
    out = []
    for i, v in enumerate(values):
        ref = "%s%d" % (chr(65 + i), row)
        if v is None:
            continue
        if isinstance(v, tuple):  # raw XML of a cell
            out.append('<c r="%s"%s</c>' % (ref, v[0]))
        elif isinstance(v, (int, float)):
            out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
        else:
            out.append(m.inline(ref, v))
    return '<row r="%d">%s</row>' % (row, "".join(out))


def wanted(name):
    return len(sys.argv) < 2 or name in sys.argv[1:]


def interchange(name, rows, sheets_xml=None, extra_parts=None, doctype=""):
    """A one-sheet interchange workbook (sheet1.xml = data), with optional more sheets before it."""
    if not wanted(name):
        return
    path = os.path.join(OUT, name)
    body = m.header_row() + "".join(cells(i + 2, r) for i, r in enumerate(rows))
    sheets_xml = sheets_xml or '<sheet name="data" sheetId="1" r:id="rId1"/>'
    extra_parts = extra_parts or {}
    types = "".join('<Override PartName="/%s" ContentType="%s"/>' % (p, t) for p, (t, _, _) in extra_parts.items())
    rels = "".join('<Relationship Id="%s" Type="%s" Target="/%s"/>' % (rid, rt, p) for p, (_, rid, rt) in extra_parts.items())
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", m.CONTENT_TYPES % types)
        z.writestr("_rels/.rels", m.RELS)
        z.writestr("xl/workbook.xml", m.WORKBOOK.replace('<sheet name="data" sheetId="1" r:id="rId1"/>', sheets_xml))
        z.writestr("xl/_rels/workbook.xml.rels", m.WB_RELS % rels)
        z.writestr("xl/worksheets/sheet1.xml", (m.SHEET_OPEN % doctype) + body + m.SHEET_CLOSE)
        for p, content in ((p, c) for p, c in extra_parts.items()):
            z.writestr(p, EXTRA[p])


EXTRA = {}
WS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
WS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
CS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"
CS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet"

# The figures: Thái Bình's September 2023 exports (triệu USD) and retail sales (tỷ đồng), as in data/thai-binh.
EXPORT = ["EXPORT", None, "2023-09", 270, "triệu USD", None, 12.5, "estimate"]
RETAIL = ["RETAIL", None, "2023-09", 8123.5, "tỷ đồng", None, 9.2, "estimate"]


def gso(name, edit):
    if not wanted(name):
        return
    src = os.path.join(GSO, "good.xlsx")
    parts = {}
    with zipfile.ZipFile(src) as z:
        for info in z.infolist():
            parts[info.filename] = z.read(info.filename)
    edit(parts)
    with zipfile.ZipFile(os.path.join(GSO, name), "w", zipfile.ZIP_DEFLATED) as z:
        for p, data in parts.items():
            z.writestr(p, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    # A DTD with an external entity (XXE): refused, the file /etc/passwd never read.
    interchange("xxe.xlsx", [["EXPORT", "&xxe;", "2023-09", 270, "triệu USD", None, None, "estimate"]],
                doctype='<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')
    # TRUE in a value column (Excel stores it as 1) and #N/A in a rate column.
    interchange("boolean-in-value.xlsx", [["EXPORT", None, "2023-09", (' t="b"><v>1</v>',), "triệu USD", None, None, "estimate"]])
    interchange("error-in-rate.xlsx", [["EXPORT", None, "2023-09", 270, "triệu USD", None, (' t="e"><v>#N/A</v>',), "estimate"]])
    # A formula saved without its value (by a program that does not calculate).
    interchange("formula-without-value.xlsx", [EXPORT, ["RETAIL", None, "2023-09", ('><f>SUM(X1:X9)</f>',), "tỷ đồng", None, 9.2, "estimate"]])
    # A number typed as text the Vietnamese way, read under the invariant default.
    interchange("text-number-vi.xlsx", [["RETAIL", None, "2023-09", "8.123", "tỷ đồng", None, None, "estimate"]])
    # Cells without their r attribute (the format allows it): each placed after the previous cell of its row.
    interchange("cells-without-reference.xlsx", [[("><is><t>EXPORT</t></is>",), ("/",), ("><is><t>2023-09</t></is>",), ("><v>270</v>",),
                                                  ("><is><t>triệu USD</t></is>",), ("/",), ("><v>12.5</v>",), ("><is><t>estimate</t></is>",)]])
    if wanted("cells-without-reference.xlsx"):
        path = os.path.join(OUT, "cells-without-reference.xlsx")
        with zipfile.ZipFile(path) as z:
            parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        sheet = parts["xl/worksheets/sheet1.xml"]
        sheet = re.sub(rb'<c r="[A-Z]+2"/</c>', b"<c/>", sheet)
        sheet = re.sub(rb'<c r="[A-Z]+2">(<is>)', rb'<c t="inlineStr">\1', sheet)
        sheet = re.sub(rb'<c r="[A-Z]+2">', b"<c>", sheet)
        parts["xl/worksheets/sheet1.xml"] = sheet
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for p, d in parts.items():
                z.writestr(p, d)

    # A hidden sheet first (a stale copy) and the visible data sheet after it.
    EXTRA["xl/worksheets/sheet2.xml"] = (m.SHEET_OPEN % "") + m.header_row() + cells(2, ["EXPORT", None, "2023-09", 999, "triệu USD", None, None, "estimate"]) + m.SHEET_CLOSE
    interchange("hidden-first-sheet.xlsx", [EXPORT],
                sheets_xml='<sheet name="old" sheetId="2" state="hidden" r:id="rId2"/><sheet name="Sheet1" sheetId="1" r:id="rId1"/>',
                extra_parts={"xl/worksheets/sheet2.xml": (WS_TYPE, "rId2", WS_REL)})
    # Every worksheet hidden.
    interchange("all-sheets-hidden.xlsx", [EXPORT], sheets_xml='<sheet name="Sheet1" sheetId="1" state="hidden" r:id="rId1"/>')
    # A chart sheet placed first.
    EXTRA["xl/chartsheets/sheet1.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet xmlns="%s"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>' % MAIN
    interchange("chart-sheet-first.xlsx", [EXPORT, RETAIL],
                sheets_xml='<sheet name="Biểu đồ" sheetId="2" r:id="rId2"/><sheet name="Sheet1" sheetId="1" r:id="rId1"/>',
                extra_parts={"xl/chartsheets/sheet1.xml": (CS_TYPE, "rId2", CS_REL)})

    # GSO: one table's sheet (28.CPI) with malformed XML, another (28.CPI) with a DTD: that sheet lost, named, the rest read.
    def truncate(parts):
        parts["xl/worksheets/sheet6.xml"] = parts["xl/worksheets/sheet6.xml"][:5000]
    gso("one-sheet-malformed.xlsx", truncate)

    def dtd(parts):
        parts["xl/worksheets/sheet6.xml"] = b'<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + parts["xl/worksheets/sheet6.xml"]
    gso("one-sheet-dtd.xlsx", dtd)

    # GSO: a hidden stale copy of the retail sheet placed first, its September estimate changed.
    def hidden_copy(parts):
        stale = parts["xl/worksheets/sheet3.xml"]
        parts["xl/worksheets/sheet7.xml"] = stale
        wb = parts["xl/workbook.xml"].decode()
        wb = wb.replace("<sheets>", '<sheets><sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" name="Tongmuc cu" sheetId="99" state="hidden" r:id="rId999"/>', 1)
        parts["xl/workbook.xml"] = wb.encode()
        rels = parts["xl/_rels/workbook.xml.rels"].decode()
        rels = rels.replace("</Relationships>", '<Relationship Type="%s" Target="/xl/worksheets/sheet7.xml" Id="rId999"/></Relationships>' % WS_REL)
        parts["xl/_rels/workbook.xml.rels"] = rels.encode()
        ct = parts["[Content_Types].xml"].decode()
        ct = ct.replace("</Types>", '<Override PartName="/xl/worksheets/sheet7.xml" ContentType="%s"/></Types>' % WS_TYPE)
        parts["[Content_Types].xml"] = ct.encode()
    gso("hidden-stale-copy.xlsx", hidden_copy)
    # GSO: the exports table stated in tỷ USD (its unit cell edited, figures unchanged): read in tỷ USD, not triệu.
    def billion_usd(parts):
        parts["xl/worksheets/sheet4.xml"] = parts["xl/worksheets/sheet4.xml"].replace(b"Tri&#7879;u USD", b"T&#7927; USD")
    gso("unit-billion-usd.xlsx", billion_usd)

    # --culture auto on workbooks: numbers typed as text settle the culture as a CSV's numbers do; number cells need none.
    # "72.007" (dot-grouped, either way) with "12,6" (only Vietnamese): vi-VN.
    interchange("auto-text-vi.xlsx", [["IND_VALUE", None, "2023-09", "72.007", "tỷ đồng", None, "12,6", "estimate"],
                                      ["EXPORT", None, "2023-09", 270, "triệu USD", None, 12.5, "estimate"]])
    # "12.6" typed as text: '.' for decimals, the invariant culture.
    interchange("auto-text-dot.xlsx", [["EXPORT", None, "2023-09", 270, "triệu USD", None, "12.6", "estimate"]])
    # Only "72.007" and "2.032" typed as text: either way, so auto cannot tell and says why.
    interchange("auto-text-undecided.xlsx", [["IND_VALUE", None, "2023-09", "72.007", "tỷ đồng", None, None, "estimate"],
                                             ["EXPORT", None, "2023-09", "2.032", "triệu USD", None, None, "estimate"]])
    # "12,6" and "1.5" typed as text: the conventions mix.
    interchange("auto-text-mixed.xlsx", [["EXPORT", None, "2023-09", 270, "triệu USD", None, "12,6", "estimate"],
                                         ["RETAIL", None, "2023-09", 8123.5, "tỷ đồng", None, "1.5", "estimate"]])
    # Every figure a number cell, 72.007 among them: no culture needed, read as stored.
    interchange("auto-numbers-only.xlsx", [["IND_VALUE", None, "2023-09", 72.007, "tỷ đồng", None, 9.2, "estimate"], EXPORT])

    for f in sorted(os.listdir(OUT)):
        print(os.path.join(OUT, f), os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
