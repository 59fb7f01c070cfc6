#!/usr/bin/env bash
# Runs every test: the unit and reference tests of the solution twice, under the invariant culture and under vi-VN
# (a number formatted or parsed in the machine's culture fails the second leg), then every notebook headless
# (notebooks/run-all.sh), after 2,000 fuzzer mutants (tools/Analytics.Fuzz). On a fresh Debian machine it first
# installs Chromium and python3 if they are missing (tools/install-prerequisites.sh).
# Test results (counts, each failure's name and message) print the same on a terminal and into a pipe or file:
# --tl:off, because on a terminal MSBuild's live view showed no test results at all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
step() { echo "test: $*"; }
step "checking the prerequisites (Chromium, python3, fonts)"
./tools/install-prerequisites.sh

# One leg of the suite; the heading line is what .ci/run counts each leg's results by.
# leg CULTURE LANG [dotnet test options...]
leg() {
  local culture=$1 lang=$2; shift 2
  echo "==== tests under culture: ${culture} ===="
  env ANALYTICS_TEST_CULTURE="$culture" ${lang:+LANG="$lang"} \
    dotnet test Analytics.sln -c Release --tl:off --logger "console;verbosity=minimal" "$@"
}

status=0
step "building the solution and running its tests under the invariant culture (Release; a few minutes)"
leg invariant "" || status=$?
step "running the tests again under vi-VN (LANG=vi_VN.UTF-8)"
leg vi-VN vi_VN.UTF-8 --no-build || status=$?
if [ "$status" -ne 0 ]; then
  echo "test.sh: a test leg failed (see the results above); the notebooks were not run." >&2
  exit "$status"
fi
echo "==== fuzzer ===="
# 2,000 seeded mutants of the bundled inputs through every command (tools/Analytics.Fuzz); fails on any crash, timeout
# or run over 2 GB. Failing mutants are saved in artifacts/fuzz/failures. A few minutes.
step "running 2,000 fuzzer mutants in process (tools/Analytics.Fuzz)"
dotnet build tools/Analytics.Fuzz -c Release -v q -nologo --tl:off >/dev/null
if ! dotnet tools/Analytics.Fuzz/bin/Release/net10.0/Analytics.Fuzz.dll --mutants 2000 --seed 17 --out artifacts/fuzz | tail -n 1; then
  echo "test.sh: the fuzzer found a crash, a timeout or a run over 2 GB (see artifacts/fuzz/summary.txt); the notebooks were not run." >&2
  exit 1
fi
echo "==== notebooks ===="
step "running the three notebooks headless (notebooks/run-all.sh)"
./notebooks/run-all.sh
