#!/usr/bin/env bash
# Accuracy and time on the M3 monthly series, Analytics beside R's forecast package, in one run.
# Needs Debian's r-base and r-cran-forecast (apt-get install r-cran-forecast). Takes about 75 minutes on 2 cores:
# R's ets + thetaf + snaive and R's auto.arima on all 1428 series (auto.arima, the long one, in two processes that
# share the series; `--arima-every 7` runs it on every 7th series only, about 35 minutes in all), then Analytics'
# methods on all 1428, then the two ensemble rules on a validation split inside the training data (each series
# without its last 18 months, judged on them). Writes benchmarks/m3-results.md.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"; cd "$ROOT"
EVERY=1
if [ "${1:-}" = "--arima-every" ]; then EVERY="$2"; fi
OUT="$(mktemp -d)"
TRAIN=data/m3-monthly/m3_monthly_train.csv
Rscript benchmarks/compare/m3_r.R "$TRAIN" "$OUT/r1.csv" ets,thetaf,snaive 1 &
if [ "$EVERY" = "1" ]; then
  Rscript benchmarks/compare/m3_r.R "$TRAIN" "$OUT/r2.csv" auto.arima 2 1 &
  Rscript benchmarks/compare/m3_r.R "$TRAIN" "$OUT/r3.csv" auto.arima 2 2 &
else
  Rscript benchmarks/compare/m3_r.R "$TRAIN" "$OUT/r2.csv" auto.arima "$EVERY" &
  echo "series_id,method,h,mean,lo80,hi80,lo95,hi95,seconds" > "$OUT/r3.csv"
fi
wait
{ cat "$OUT/r1.csv"; tail -n +2 "$OUT/r2.csv"; tail -n +2 "$OUT/r3.csv"; } > "$OUT/r.csv"
dotnet build benchmarks/Analytics.Benchmarks -c Release -nologo -v q
BENCH="dotnet benchmarks/Analytics.Benchmarks/bin/Release/net10.0/Analytics.Benchmarks.dll"
$BENCH m3 --r "$OUT/r.csv" --out "$OUT/test.md"
$BENCH m3 --holdout 18 --methods ensemble,ensemble-equal --out "$OUT/validation.md"
{ cat "$OUT/test.md"; tail -n +3 "$OUT/validation.md"; } > benchmarks/m3-results.md
rm -rf "$OUT"
