#!/usr/bin/env bash
# The main job on the bundled data: growth table and audit of the Thái Bình September 2023 report (Section I),
# written to out/. Exit code 0 when the audit finds no error.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p out
dotnet build src/Analytics.Cli -c Release -v q -nologo
dotnet run --project src/Analytics.Cli -c Release --no-build -- growth --input data/thai-binh/2023-09.csv --output out/growth-2023-09.csv
dotnet run --project src/Analytics.Cli -c Release --no-build -- audit --input data/thai-binh/2023-09.csv --output out/audit-2023-09.txt
cat out/audit-2023-09.txt
