#!/usr/bin/env bash
# Accuracy and time on the M3 monthly series, Analytics beside R's forecast package, in one run.
# Needs Debian's r-base and r-cran-forecast (apt-get install r-cran-forecast). Takes about 35 minutes on 2 cores:
# R's ets + thetaf + snaive on all 1428 series, R's auto.arima on every 7th series (204; all 1428 take over an hour),
# then Analytics' methods on all 1428, then the two ensemble rules on a validation split inside the training data
# (each series without its last 18 months, judged on them). Writes benchmarks/m3-results.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
OUT="$(mktemp -d)"
Rscript benchmarks/compare/m3_r.R data/m3-monthly/m3_monthly_train.csv "$OUT/r1.csv" ets,thetaf,snaive 1 &
Rscript benchmarks/compare/m3_r.R data/m3-monthly/m3_monthly_train.csv "$OUT/r2.csv" auto.arima 7 &
wait
{ cat "$OUT/r1.csv"; tail -n +2 "$OUT/r2.csv"; } > "$OUT/r.csv"
dotnet build benchmarks/Analytics.Benchmarks -c Release -nologo -v q
BENCH="dotnet benchmarks/Analytics.Benchmarks/bin/Release/net10.0/Analytics.Benchmarks.dll"
$BENCH m3 --r "$OUT/r.csv" --out "$OUT/test.md"
$BENCH m3 --holdout 18 --methods ensemble,ensemble-equal --out "$OUT/validation.md"
{ cat "$OUT/test.md"; echo; tail -n +3 "$OUT/validation.md"; } > benchmarks/m3-results.md
rm -rf "$OUT"
