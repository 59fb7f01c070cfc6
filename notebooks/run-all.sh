#!/usr/bin/env bash
# Runs every notebook of notebooks/ headless with dotnet repl, as CI does, after packing the library from this
# repository into artifacts/nupkgs (the notebooks' first cell loads it from there). Executed copies, with their
# outputs, go to artifacts/notebooks/ and are never committed (they hold machine paths).
# A failing cell fails the run and its error is printed. Needs the .NET 10 SDK; everything else is restored here.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$(date +%s)

dotnet tool restore >/dev/null
rm -rf artifacts/nupkgs
dotnet pack src/Analytics -c Release -o artifacts/nupkgs -nologo -v q
dotnet pack src/Analytics.Interop -c Release -o artifacts/nupkgs -nologo -v q
dotnet pack src/Analytics.Interactive -c Release -o artifacts/nupkgs -nologo -v q

NUGET_ROOT="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
NUGET_ROOT="${NUGET_ROOT%/}"
# The kernel would otherwise reuse an older build of the same version from the package cache.
rm -rf "$NUGET_ROOT/thongke.analytics" "$NUGET_ROOT/thongke.analytics.interop" "$NUGET_ROOT/thongke.analytics.interactive"

# The kernel tools ship FSharp.Core 10.0; Plotly.NET and Deedle need 10.1 (see docs in README): give them 10.1.403.
FSC="$NUGET_ROOT/fsharp.core/10.1.403/lib/netstandard2.1/FSharp.Core.dll"
for t in microsoft.dotnet-interactive/1.0.712001 dotnet-repl/0.3.259; do
  cp "$FSC" "$NUGET_ROOT/$t/tools/net10.0/any/FSharp.Core.dll"
done

mkdir -p artifacts/notebooks
fail=0
for nb in notebooks/*.ipynb; do
  n="$(basename "$nb")"
  t0=$(date +%s)
  if (cd notebooks && timeout 900 dotnet repl --run "$n" --exit-after-run --output-path "$ROOT/artifacts/notebooks/$n" </dev/null); then
    status=ok
  else
    status=FAILED
    fail=1
  fi

  # dotnet repl prints nothing: read the executed notebook for errors (a failed cell may not change the exit code).
  errors=$(python3 - "$ROOT/artifacts/notebooks/$n" <<'PY'
import json, sys
try:
    cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
except Exception as e:
    print(f"  the executed notebook could not be read: {e}")
    sys.exit(0)
for i, c in enumerate(cells):
    for o in c.get("outputs", []):
        if o.get("output_type") == "error":
            src = "".join(c.get("source", []))[:300].replace("\n", "\n      ")
            print(f"  cell {i}: {o.get('ename', '')}: {o.get('evalue', '')[:800]}\n    in:\n      {src}")
PY
)
  if [ -n "$errors" ]; then
    status=FAILED
    fail=1
  fi

  echo "notebook $n: $status ($(( $(date +%s) - t0 )) s)"
  [ -n "$errors" ] && echo "$errors"
done
echo "notebooks: $(( $(date +%s) - start )) s in all"
exit $fail
