#!/usr/bin/env python3
"""The growth panel in pandas, for comparison with GrowthPanelBenchmarks: 10,000 series x 240 months with ~0.05%
missing values and ~0.1% zeros; month on month, year on year, cumulative sum within the year and cumulative growth
against the same months of last year, by groupby + shift + cumsum. Prints the median of 5 runs (compute only).
Run with Debian's python3-pandas: /usr/bin/python3 benchmarks/compare/growth_pandas.py"""
import time
import numpy as np
import pandas as pd

S, T = 10_000, 240
rng = np.random.default_rng(20231001)
u = rng.random(S * T)
v = 100 + rng.random(S * T) * 50
v[u < 0.0015] = 0.0
v[u < 0.0005] = np.nan
df = pd.DataFrame({"series": np.repeat(np.arange(S), T), "year": np.tile(np.arange(T) // 12, S), "value": v})


def compute(d):
    g = d.groupby("series")["value"]
    prev = g.shift(1)
    last = g.shift(12)
    mom = (d["value"] / prev.where(prev > 0) - 1) * 100
    yoy = (d["value"] / last.where(last > 0) - 1) * 100
    cum = d.groupby(["series", "year"])["value"].cumsum(skipna=False)
    cum_last = cum.groupby(d["series"]).shift(12)
    ytd = (cum / cum_last.where(cum_last > 0) - 1) * 100
    return mom, yoy, cum, ytd


times = []
for _ in range(5):
    t0 = time.perf_counter()
    compute(df)
    times.append(time.perf_counter() - t0)
print(f"median_s={sorted(times)[2]:.4f} pandas={pd.__version__} series={S} months={T}")
