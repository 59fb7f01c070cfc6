#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for the tests beyond the .NET SDK: fonts with the Vietnamese letters
# (the report's charts), Chromium (the notebooks' Plotly charts drawn to PNG, headless) and python3 (reading executed
# notebooks for errors); with --benchmarks also pandas, R's forecast package and GNU time for benchmarks/run-all.sh;
# with --jupyter also Jupyter's nbconvert and client (jupyter-nbconvert, jupyter-client), enough to run the notebooks
# in Jupyter with the .NET kernel (tools/setup-notebooks.sh --jupyter). Idempotent: does nothing when all are present.
# Needs root (or sudo) for apt-get; without it, says what to install and fails.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || missing+=(chromium)
command -v python3 >/dev/null 2>&1 || missing+=(python3)
# Charts are drawn in-process (ScottPlot/SkiaSharp) with an installed font that has the Vietnamese letters.
fc-list 2>/dev/null | grep -qiE "Liberation Sans|DejaVu Sans" || missing+=(fonts-liberation2 fonts-dejavu-core fontconfig)
benchmarks=0 jupyter=0
for arg in "$@"; do
  case "$arg" in
    --benchmarks) benchmarks=1 ;;
    --jupyter) jupyter=1 ;;
    *) echo "install-prerequisites: unknown option '$arg' (options: --benchmarks, --jupyter)" >&2; exit 2 ;;
  esac
done
if [ "$jupyter" -eq 1 ]; then
  command -v jupyter-nbconvert >/dev/null 2>&1 || missing+=(jupyter-nbconvert)
  command -v jupyter-kernelspec >/dev/null 2>&1 || missing+=(jupyter-client)
fi
if [ "$benchmarks" -eq 1 ]; then
  PY=python3; [ -x /usr/bin/python3 ] && PY=/usr/bin/python3
  $PY -c "import pandas" >/dev/null 2>&1 || missing+=(python3-pandas)
  command -v Rscript >/dev/null 2>&1 && Rscript -e 'library(forecast)' >/dev/null 2>&1 || missing+=(r-cran-forecast)
  [ -x /usr/bin/time ] || missing+=(time)
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "install-prerequisites: please install ${missing[*]} (Debian: apt-get install ${missing[*]}); this needs root." >&2
    exit 1
  fi
fi

echo "install-prerequisites: installing ${missing[*]} with apt-get"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
