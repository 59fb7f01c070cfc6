#!/usr/bin/env bash
# Runs every test: the unit and reference tests of the solution, then every notebook headless (notebooks/run-all.sh).
# On a fresh Debian machine it first installs Chromium and python3 if they are missing (tools/install-prerequisites.sh).
# Test results (counts, each failure's name and message) print the same on a terminal and into a pipe or file:
# --tl:off, because on a terminal MSBuild's live view showed no test results at all.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
step() { echo "test: $*"; }
step "checking the prerequisites (Chromium, python3)"
./tools/install-prerequisites.sh
step "building the solution and running its tests (Release; a few minutes)"
dotnet test Analytics.sln -c Release --tl:off --logger "console;verbosity=minimal"
step "running the three notebooks headless (notebooks/run-all.sh)"
./notebooks/run-all.sh
