#!/usr/bin/env python3
"""Writes the hostile inputs of issue 17's done-when list into a folder, for measuring that every command ends on them
within 60 s and 2 GB with a message naming the limit (they are generated, not committed: together they inflate to GBs).

    python3 tools/make_limit_inputs.py artifacts/limits
    /usr/bin/time -v dotnet src/Analytics.Cli/bin/Release/net10.0/Analytics.Cli.dll growth --input artifacts/limits/zip-bomb.xlsx

zip-bomb.xlsx      an interchange workbook whose sheet inflates to 2.2 GB from a few MB
xxe.xlsx           a sheet with a DTD declaring an external entity (file:///etc/passwd) used in a cell
single-cell.csv    one 50 MB field, no line break
million-rows.xlsx  an interchange workbook of 1,048,576 rows (Excel's maximum): the header and 1,048,575 figures
wide-header.csv    a header of 2,000,000 unknown columns after the format's own, and one row
"""
import os
import sys
import zipfile

HEADER = ["indicator", "breakdown", "period", "value", "unit", "mom_pct", "yoy_pct", "status"]

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>%s</Types>"""
SST_TYPE = '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>%s</Relationships>"""
SST_REL = '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
SHEET_OPEN = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n%s<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_CLOSE = "</sheetData></worksheet>"


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def header_row():
    return '<row r="1">' + "".join(inline("%s1" % chr(65 + i), h) for i, h in enumerate(HEADER)) + "</row>"


def workbook(path, write_sheet, shared=None, doctype=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES % (SST_TYPE if shared else ""))
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS % (SST_REL if shared else ""))
        if shared:
            items = "".join("<si><t>%s</t></si>" % s for s in shared)
            z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>' % (len(shared), len(shared), items))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write((SHEET_OPEN % doctype).encode())
            write_sheet(f)
            f.write(SHEET_CLOSE.encode())


def zip_bomb(path):
    def sheet(f):
        f.write(header_row().encode())
        f.write('<row r="2">'.encode() + inline("A2", "EXPORT").encode() + b'<c r="C2" t="inlineStr"><is><t>2023-09</t></is></c><c r="D2"><v>270</v></c></row>')
        block = b" " * (1 << 20)
        for _ in range(2200):  # 2.2 GB of blanks between the elements, as legal XML as it is useless
            f.write(block)
    workbook(path, sheet)


def xxe(path):
    doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    def sheet(f):
        f.write(header_row().encode())
        f.write(('<row r="2">' + inline("A2", "EXPORT") + inline("B2", "&xxe;") + inline("C2", "2023-09") + '<c r="D2"><v>270</v></c>' + inline("E2", "triệu USD") + "</row>").encode())
    workbook(path, sheet, doctype=doctype)


def million_rows(path):
    shared = ["EXPORT", "2023-09", "triệu USD", "estimate"]
    def sheet(f):
        f.write(header_row().encode())
        buf = []
        for r in range(2, 1048577):
            buf.append('<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="B%d" t="inlineStr"><is><t>P%d</t></is></c><c r="C%d" t="s"><v>1</v></c><c r="D%d"><v>%d</v></c><c r="E%d" t="s"><v>2</v></c><c r="H%d" t="s"><v>3</v></c></row>' % (r, r, r, r, r, r, r, r, r))
            if len(buf) == 10000:
                f.write("".join(buf).encode())
                buf = []
        f.write("".join(buf).encode())
    workbook(path, sheet, shared=shared)


def single_cell(path):
    with open(path, "wb") as f:
        f.write(b"a" * (50 * 1024 * 1024))


def wide_header(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(",".join(HEADER))
        for i in range(2_000_000):
            f.write(",x%d" % i)
        f.write("\nEXPORT,,2023-09,270,triệu USD,,,estimate")
        f.write("," * 2_000_000)
        f.write("\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "limits"
    os.makedirs(out, exist_ok=True)
    for name, make in [("xxe.xlsx", xxe), ("single-cell.csv", single_cell), ("wide-header.csv", wide_header),
                       ("million-rows.xlsx", million_rows), ("zip-bomb.xlsx", zip_bomb)]:
        make(os.path.join(out, name))
        print(name, os.path.getsize(os.path.join(out, name)))


if __name__ == "__main__":
    main()
