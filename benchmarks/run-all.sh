#!/usr/bin/env bash
# Reruns every speed figure of benchmarks/README.md on this machine, side by side with pandas, and rewrites the README.
#   benchmarks/run-all.sh          BenchmarkDotNet (growth panel, CSV load, hierarchy, GSO import, forecasting),
#                                  pandas on the same files, `analytics growth` end to end: about 15 minutes
#   benchmarks/run-all.sh --no-archive  without the 19-million-figure archive (about 5 minutes less)
#   benchmarks/run-all.sh --m3     also the M3 accuracy run beside R's forecast package (benchmarks/run-m3.sh,
#                                  about 75 minutes more); without it the last M3 results are kept
# Installs what it needs on Debian (python3-pandas, r-cran-forecast, time) if missing. Raw results: artifacts/benchmarks/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
./tools/install-prerequisites.sh --benchmarks
OUT="$ROOT/artifacts/benchmarks"; rm -rf "$OUT"; mkdir -p "$OUT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PY=python3; [ -x /usr/bin/python3 ] && PY=/usr/bin/python3   # Debian's python, where python3-pandas lives

dotnet build benchmarks/Analytics.Benchmarks -c Release -nologo -v q
dotnet build src/Analytics.Cli -c Release -nologo -v q
BENCH="dotnet benchmarks/Analytics.Benchmarks/bin/Release/net10.0/Analytics.Benchmarks.dll"
CLI="dotnet src/Analytics.Cli/bin/Release/net10.0/Analytics.Cli.dll"

export ANALYTICS_PANEL_CSV="$OUT/panel.csv"
$BENCH make-panel "$ANALYTICS_PANEL_CSV"
# The same data as an interchange file, CSV and Parquet: read by InterchangeLoadBenchmarks and timed in step 3b.
export ANALYTICS_INTERCHANGE_CSV="$OUT/interchange.csv" ANALYTICS_INTERCHANGE_PARQUET="$OUT/interchange.parquet"
$BENCH make-interchange "$ANALYTICS_INTERCHANGE_CSV" "$ANALYTICS_INTERCHANGE_PARQUET"

# 1. BenchmarkDotNet, every class, JSON results.
$BENCH --filter '*' --job short --iterationCount 10 --exporters json --artifacts "$OUT/bdn" | tee "$OUT/bdn.log" | grep -E '^\|' || true

# 2. pandas on the same data and files.
$PY benchmarks/compare/growth_pandas.py > "$OUT/pandas_growth.txt"
$PY benchmarks/compare/csv_pandas.py "$ANALYTICS_PANEL_CSV" > "$OUT/pandas_csv.txt"

# 3. Whole processes: `analytics growth` (median of 3) and the pandas script that writes the same CSV.
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$OUT/analytics_growth_time_$i.txt" $CLI growth --input "$ANALYTICS_PANEL_CSV" --output "$OUT/analytics_growth.csv" 2>/dev/null
done
/usr/bin/time -f "%e %M" -o "$OUT/pandas_growth_cli_time.txt" $PY benchmarks/compare/growth_pandas_cli.py "$ANALYTICS_PANEL_CSV" "$OUT/pandas_growth.csv"
$PY benchmarks/compare/same_growth.py "$OUT/analytics_growth.csv" "$OUT/pandas_growth.csv" > "$OUT/same_growth.txt"

# 3b. The same data as an interchange file, CSV and Parquet (median of 3 each), and pandas on the interchange CSV; and
# the floor of any run (growth on the seed's 49 figures), beside which the peaks are read.
uptime | sed 's/.*load average: //; s/,//g' > "$OUT/load.txt"
/usr/bin/time -f "%e %M" -o "$OUT/floor_growth_time.txt" $CLI growth --input data/thai-binh/2023-09.csv --output "$OUT/floor_growth.csv" 2>/dev/null
for i in 1 2 3; do
  /usr/bin/time -f "%e %M" -o "$OUT/interchange_growth_csv_time_$i.txt" $CLI growth --input "$OUT/interchange.csv" --output "$OUT/interchange_growth.csv" 2>/dev/null
  /usr/bin/time -f "%e %M" -o "$OUT/interchange_growth_parquet_time_$i.txt" $CLI growth --input "$OUT/interchange.parquet" --output "$OUT/interchange_growth_parquet.csv" 2>/dev/null
done
/usr/bin/time -f "%e %M" -o "$OUT/pandas_interchange_time.txt" $PY benchmarks/compare/growth_interchange_pandas.py "$OUT/interchange.csv" "$OUT/pandas_interchange.csv"
$PY benchmarks/compare/same_growth.py "$OUT/interchange_growth.csv" "$OUT/pandas_interchange.csv" > "$OUT/same_interchange.txt"
$PY benchmarks/compare/same_growth.py "$OUT/interchange_growth_parquet.csv" "$OUT/interchange_growth.csv" > "$OUT/same_interchange_parquet.txt"

# 3c. The simulated ministry archive (about 19 million figures, 1 GB of CSV), once; `--no-archive` skips it.
if [[ " $* " != *" --no-archive "* ]]; then
  $BENCH make-archive "$OUT/archive.csv" > "$OUT/archive_rows.txt"
  /usr/bin/time -f "%e %M" -o "$OUT/archive_growth_time.txt" $CLI growth --input "$OUT/archive.csv" --output "$OUT/archive_growth.csv" 2>/dev/null
  rm -f "$OUT/archive_growth.csv"
fi

# 4. M3 accuracy beside R (optional: long).
if [[ " $* " == *" --m3 "* ]]; then
  benchmarks/run-m3.sh
fi

$PY benchmarks/compare/write_readme.py "$OUT" benchmarks/m3-results.md > benchmarks/README.md
echo "benchmarks/README.md rewritten from $OUT"
