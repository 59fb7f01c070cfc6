#!/usr/bin/env bash
# Runs every test: the unit and reference tests of the solution, then every notebook headless (notebooks/run-all.sh).
# On a fresh Debian machine it first installs Chromium and python3 if they are missing (tools/install-prerequisites.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./tools/install-prerequisites.sh
dotnet test Analytics.sln -c Release --logger "console;verbosity=minimal"
./notebooks/run-all.sh
