#!/usr/bin/env python3
"""Times pandas' read_csv on the long panel CSV (series_id,year,month,value), the same file CsvLoadBenchmarks reads,
and the peak memory of doing it. Prints: read_csv_s=<median of 5> peak_mb=<ru_maxrss of this process>.
Usage: /usr/bin/python3 csv_pandas.py PANEL.csv"""
import resource
import statistics
import sys
import time

import pandas as pd

path = sys.argv[1]
times = []
for _ in range(5):
    t0 = time.perf_counter()
    df = pd.read_csv(path, dtype={"series_id": str, "year": "int32", "month": "int32", "value": "float64"})
    times.append(time.perf_counter() - t0)
    assert len(df) == 2_400_000, len(df)
    del df
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"read_csv_s={statistics.median(times):.3f} peak_mb={peak:.0f} pandas={pd.__version__}")
