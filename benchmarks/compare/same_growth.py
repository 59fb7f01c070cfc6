#!/usr/bin/env python3
"""Checks that `analytics growth` and the pandas script wrote the same figures: same rows, every number within 1e-6
(relative). Prints: rows=<n> max_rel_diff=<x> same=<yes|no>. Usage: same_growth.py ANALYTICS.csv PANDAS.csv"""
import sys
import numpy as np
import pandas as pd

a = pd.read_csv(sys.argv[1], dtype={"series_id": str}).sort_values(["series_id", "period"]).reset_index(drop=True)
b = pd.read_csv(sys.argv[2], dtype={"series_id": str}).sort_values(["series_id", "period"]).reset_index(drop=True)
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
