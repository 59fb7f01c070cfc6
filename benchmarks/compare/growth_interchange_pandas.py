#!/usr/bin/env python3
"""What `analytics growth --input FILE.csv --output OUT.csv` does on an interchange file, in pandas: read the
interchange CSV (indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status), align every comparison by calendar
month (a month the file lacks is a missing base, not the row before), month on month and year on year (a stated rate
first, as the report does), the cumulative sum from January (missing after a missing month) and cumulative growth
against the same months of last year, a base that is missing, zero or negative giving no rate; write
indicator,breakdown,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct. Usage: /usr/bin/python3 growth_interchange_pandas.py IN OUT"""
import sys
import numpy as np
import pandas as pd

df = pd.read_csv(sys.argv[1], comment="#", dtype={"indicator": str, "breakdown": str, "period": str, "value": np.float64,
                                                  "unit": str, "mom_pct": np.float64, "yoy_pct": np.float64, "status": str},
                 keep_default_na=False, na_values={"value": [""], "mom_pct": [""], "yoy_pct": [""]})
year = df["period"].str.slice(0, 4).astype(np.int32)
month = df["period"].str.slice(5, 7).astype(np.int32)
df["t"] = year * 12 + month - 1
df["year"] = year
df["month"] = month
df = df.sort_values(["indicator", "breakdown", "t"]).reset_index(drop=True)
key = ["indicator", "breakdown"]


def at(col, lag):
    """The column's value in the same series lag months before, by calendar month (NaN where the file has no row)."""
    shifted = df[key + ["t", col]].copy()
    shifted["t"] = shifted["t"] + lag
    return df[key + ["t"]].merge(shifted, on=key + ["t"], how="left")[col].to_numpy()


def rate(cur, base):
    base = np.where(base > 0, base, np.nan)
    return (cur / base - 1) * 100


prev, last = at("value", 1), at("value", 12)
df["mom"] = df["mom_pct"].where(df["mom_pct"].notna(), rate(df["value"].to_numpy(), prev))
df["yoy"] = df["yoy_pct"].where(df["yoy_pct"].notna(), rate(df["value"].to_numpy(), last))
# January to this month: a sum only when every month of the year so far is in the file and has a value.
g = df.groupby(key + ["year"], sort=False)
complete = (g.cumcount() + 1 == df["month"]) & (g["value"].transform(lambda v: v.isna().cumsum()) == 0)
df["ytd_value"] = g["value"].cumsum().where(complete)
df["ytd_yoy_pct"] = rate(df["ytd_value"].to_numpy(), at("ytd_value", 12))
out = df[["indicator", "breakdown", "period", "value", "mom", "yoy", "ytd_value", "ytd_yoy_pct"]].rename(columns={"mom": "mom_pct", "yoy": "yoy_pct"})
out.round(6).to_csv(sys.argv[2], index=False)
