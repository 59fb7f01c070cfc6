#!/usr/bin/env python3
"""What `analytics growth --input PANEL.csv --output OUT.csv` does, in pandas: read the long panel, compute month on
month, year on year, cumulative sum within the year and cumulative growth against the same months of last year,
write series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct. Usage: /usr/bin/python3 growth_pandas_cli.py IN OUT"""
import sys
import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], dtype={"series_id": str, "year": np.int32, "month": np.int32, "value": np.float64})
df = df.sort_values(["series_id", "year", "month"]).reset_index(drop=True)
g = df.groupby("series_id")["value"]
prev, last = g.shift(1), g.shift(12)
df["mom_pct"] = (df["value"] / prev.where(prev > 0) - 1) * 100
df["yoy_pct"] = (df["value"] / last.where(last > 0) - 1) * 100
df["ytd_value"] = df.groupby(["series_id", "year"])["value"].cumsum(skipna=False)
cum_last = df.groupby("series_id")["ytd_value"].shift(12)
df["ytd_yoy_pct"] = (df["ytd_value"] / cum_last.where(cum_last > 0) - 1) * 100
df["period"] = df["year"].astype(str) + "-" + df["month"].astype(str).str.zfill(2)
out = df[df["value"].notna()][["series_id", "period", "value", "mom_pct", "yoy_pct", "ytd_value", "ytd_yoy_pct"]]
out.round(6).to_csv(sys.argv[2], index=False)
