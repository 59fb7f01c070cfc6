#!/usr/bin/env bash
# Runs every test: the unit and reference tests of the solution twice, under the invariant culture and under vi-VN
# (a number formatted or parsed in the machine's culture fails the second leg), then every notebook headless
# (notebooks/run-all.sh). On a fresh Debian machine it first installs Chromium and python3 if they are missing
# (tools/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./tools/install-prerequisites.sh

# One leg of the suite; the heading line is what .ci/run counts each leg's results by.
leg() {
  local culture=$1; shift
  echo "==== tests under culture: ${culture} ===="
  env ANALYTICS_TEST_CULTURE="$culture" "$@" dotnet test Analytics.sln -c Release --logger "console;verbosity=minimal"
}

status=0
leg invariant || status=$?
leg vi-VN LANG=vi_VN.UTF-8 || status=$?
if [ "$status" -ne 0 ]; then
  echo "test.sh: a test leg failed (see the results above); the notebooks were not run." >&2
  exit "$status"
fi
echo "==== notebooks ===="
./notebooks/run-all.sh
