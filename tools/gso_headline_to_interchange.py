#!/usr/bin/env python3
"""Build data/gso/gso_vn_monthly.csv (the interchange format, with releases) from data/gso/gso_vn_monthly_headline.csv.

Each month of the headline table becomes:
  * its first estimate (the CPI: its final figure), released that month (value_first_estimate, yoy_pct_first_estimate, and mom_pct_first_estimate
    only where the GSO states a month-on-month rate, see MOM_STATED);
  * its revision, released the next month (value_revised, yoy_pct_revised), when the table has one;
  * the cumulative figure the GSO published that month (ytd_value, ytd_yoy_pct) as a period 2023-01..2023-09.
Only the standard library is used, so that it runs on any Python 3.
Usage: python3 tools/gso_headline_to_interchange.py data/gso/gso_vn_monthly_headline.csv data/gso/gso_vn_monthly.csv
"""
import csv
import sys

BREAKDOWN = {
    "IIP": ("IIP", {"Toàn ngành": ("", "")}, "sector"),
    "CPI": ("CPI", {"Chung": ("", "")}, ""),
    "EXPORT": ("EXPORT", {"Tổng trị giá": ("", "")}, "ownership"),
    "IMPORT": ("IMPORT", {"Tổng trị giá": ("", "")}, "ownership"),
    "RETAIL_TOTAL": ("RETAIL", {"Tổng mức": ("", "")}, "component"),
    "RETAIL_GOODS": ("RETAIL", {}, "component"),
    "RETAIL_ACCOM_FOOD": ("RETAIL", {}, "component"),
    "RETAIL_TRAVEL": ("RETAIL", {}, "component"),
    "RETAIL_OTHER_SERVICES": ("RETAIL", {}, "component"),
}
# The indicators whose month-on-month rate the GSO publishes (a column MOM in the source's iip.csv and cpi.csv).
# For exports, imports and retail sales the source has no such column (xk.csv, nk.csv: Total-M, Total-YOY, YOY,
# YTD-YOY; tongmuc.csv: M, YTD, M-YOY, YTD-YOY): the headline table's mom_pct_first_estimate is its own ratio of two
# values (for trade the first estimate over last month's first estimate, which is not the base the GSO compares with).
# It is not written as a stated rate; the library computes month on month from the values as known at the release.
MOM_STATED = {"IIP", "CPI"}
# The CPI is measured from prices, not estimated, and never revised: its figures are final when first published
# (no "ước tính" before it in a sentence).
FINAL = {"CPI"}
UNIT = {"IIP": "", "CPI": "", "EXPORT": "triệu USD", "IMPORT": "triệu USD", "RETAIL": "tỷ đồng"}


def next_month(m):
    y, mo = int(m[:4]), int(m[5:7])
    return f"{y + (mo == 12)}-{(mo % 12) + 1:02d}"


def main(src, dst):
    out = []
    for r in csv.DictReader(open(src, encoding="utf-8")):
        code, fixed, dim = BREAKDOWN[r["indicator"]]
        breakdown, dimension = fixed.get(r["breakdown"], (r["breakdown"], dim))
        unit = UNIT[code]
        month = r["month"]
        release = r["release_date"][:7]
        base = dict(indicator=code, breakdown=breakdown, dimension=dimension)
        first_value = r["value_first_estimate"]
        out.append(dict(base, period=month, value=first_value, unit=unit if first_value else "",
                        mom_pct=r["mom_pct_first_estimate"] if r["indicator"] in MOM_STATED else "", yoy_pct=r["yoy_pct_first_estimate"],
                        status="official" if code in FINAL else "estimate", release=release))
        if r["value_revised"] or r["yoy_pct_revised"]:
            out.append(dict(base, period=month, value=r["value_revised"], unit=unit if r["value_revised"] else "",
                            mom_pct="", yoy_pct=r["yoy_pct_revised"], status="preliminary", release=next_month(release)))
        if r["ytd_value"] or r["ytd_yoy_pct"]:
            out.append(dict(base, period=f"{month[:4]}-01..{month}", value=r["ytd_value"],
                            unit=unit if r["ytd_value"] else "", mom_pct="", yoy_pct=r["ytd_yoy_pct"],
                            status="official" if code in FINAL else "estimate", release=release))
    cols = ["indicator", "breakdown", "period", "value", "unit", "mom_pct", "yoy_pct", "status", "release", "dimension"]
    with open(dst, "w", encoding="utf-8", newline="") as f:
        f.write("# GSO monthly headline series 2014-2025 with first estimates and revisions, in the interchange format.\n")
        f.write("# Source: General Statistics Office of Viet Nam, monthly releases, via hiennguyen9874/vn-macroeconomics (csv/),\n")
        f.write("# as tabulated in gso_vn_monthly_headline.csv beside this file. Built by tools/gso_headline_to_interchange.py.\n")
        f.write("# mom_pct only where the GSO states it (IIP, CPI); month on month of exports, imports and retail sales is\n")
        f.write("# computed from the values as known at each release (the month's estimate over last month as revised).\n")
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        w.writerows(out)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
