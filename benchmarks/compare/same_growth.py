#!/usr/bin/env python3
"""Checks that `analytics growth` and the pandas script wrote the same figures: same rows, every number within 1e-6
(relative). Prints: rows=<n> max_rel_diff=<x> same=<yes|no>. Usage: same_growth.py ANALYTICS.csv PANDAS.csv
A table of the interchange format (indicator,breakdown,...) is keyed by indicator and breakdown."""
import sys
import numpy as np
import pandas as pd

def read(path):
    t = pd.read_csv(path, dtype={"series_id": str, "indicator": str, "breakdown": str}, keep_default_na=False,
                    na_values={c: [""] for c in ["value", "mom_pct", "yoy_pct", "ytd_value", "ytd_yoy_pct"]})
    if "series_id" not in t.columns:
        t["series_id"] = t["indicator"] + "/" + t["breakdown"]
    return t.sort_values(["series_id", "period"]).reset_index(drop=True)


a, b = read(sys.argv[1]), read(sys.argv[2])
same_rows = len(a) == len(b) and (a["series_id"].values == b["series_id"].values).all() and (a["period"].values == b["period"].values).all()
worst = 0.0
for c in ["value", "mom_pct", "yoy_pct", "ytd_value", "ytd_yoy_pct"]:
    x, y = a[c].to_numpy(), b[c].to_numpy()
    if not (np.isnan(x) == np.isnan(y)).all():
        same_rows = False
    m = ~np.isnan(x) & ~np.isnan(y)
    d = np.abs(x[m] - y[m]) / np.maximum(1.0, np.abs(y[m]))
    worst = max(worst, float(d.max()) if d.size else 0.0)
print(f"rows={len(a)} max_rel_diff={worst:.2e} same={'yes' if same_rows and worst < 1e-6 else 'no'}")
