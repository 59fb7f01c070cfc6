#!/usr/bin/env bash
# Runs every test: the unit and reference tests of tests/Analytics.Tests.
# (Notebooks join this script when the notebooks land; see README.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
dotnet test Analytics.sln -c Release --logger "console;verbosity=minimal"
