#!/usr/bin/env python3
"""Writes the long panel file of the benchmarks: 10,000 series x 240 months (2005-01..2024-12), series_id,year,month,value,
with ~0.05% missing values (empty cells) and ~0.1% zeros. Usage: /usr/bin/python3 make_panel.py OUT.csv"""
import sys
import numpy as np

S, T = 10_000, 240
rng = np.random.default_rng(20231001)
u = rng.random(S * T)
v = np.round(100 + rng.random(S * T) * 50, 3)
with open(sys.argv[1], "w") as f:
    f.write("series_id,year,month,value\n")
    i = 0
    for s in range(S):
        sid = f"S{s:05d}"
        for t in range(T):
            x = "" if u[i] < 0.0005 else ("0" if u[i] < 0.0015 else repr(float(v[i])))
            f.write(f"{sid},{2005 + t // 12},{t % 12 + 1},{x}\n")
            i += 1
