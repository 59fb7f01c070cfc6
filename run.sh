#!/usr/bin/env bash
# The main job on the bundled data: Section I of the Thái Bình September 2023 report rebuilt from
# data/thai-binh/2023-09.csv (narrative, annex tables, audit) as out/report-2023-09.md, .html, .docx and .xlsx,
# plus the growth table and the audit as CSV and text.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
step() { echo "run: $*"; }
mkdir -p out
step "building the command line (src/Analytics.Cli, Release; about a minute the first time)"
dotnet build src/Analytics.Cli -c Release -v q -nologo --tl:off
step "writing the report: analytics report → out/report-2023-09.md, .html, .docx, .xlsx"
dotnet run --project src/Analytics.Cli -c Release --no-build -- report
step "writing the growth table: analytics growth → out/growth-2023-09.csv"
dotnet run --project src/Analytics.Cli -c Release --no-build -- growth --input data/thai-binh/2023-09.csv --output out/growth-2023-09.csv
step "auditing the figures: analytics audit → out/audit-2023-09.txt"
dotnet run --project src/Analytics.Cli -c Release --no-build -- audit --input data/thai-binh/2023-09.csv --output out/audit-2023-09.txt
tail -1 out/audit-2023-09.txt
