#!/usr/bin/env bash
# Runs every notebook of notebooks/ headless with dotnet repl, as CI does, after the notebooks' one-time setup
# (tools/setup-notebooks.sh: kernel tools, the library packed into artifacts/nupkgs, the FSharp.Core fix).
# With --jupyter, also runs each notebook in Jupyter (jupyter nbconvert --execute with the .NET kernel), after
# installing Jupyter's Debian packages if they are missing and registering the kernel (about as long again).
# Executed copies, with their outputs, go to artifacts/notebooks/ (and artifacts/nbconvert/) and are never
# committed (they hold machine paths). A failing cell fails the run and its error is printed.
# Needs the .NET 10 SDK and python3 (the errors are read from the executed notebooks).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
start=$(date +%s)

jupyter=0
for arg in "$@"; do
  case "$arg" in
    --jupyter) jupyter=1 ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run-all: unknown option '$arg' (options: --jupyter, --help)" >&2; exit 2 ;;
  esac
done

if [ "$jupyter" -eq 1 ]; then ./tools/setup-notebooks.sh --jupyter; else ./tools/setup-notebooks.sh; fi

# The errors of an executed notebook, one paragraph per failed cell (dotnet repl prints nothing itself).
errors_of() {
  python3 - "$1" <<'PY'
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
}

mkdir -p artifacts/notebooks
fail=0
for nb in notebooks/*.ipynb; do
  n="$(basename "$nb")"
  echo "run-all: running $n with dotnet repl"
  t0=$(date +%s)
  status=ok
  rm -f "artifacts/notebooks/$n"
  (cd notebooks && timeout 900 dotnet repl --run "$n" --exit-after-run --output-path "$ROOT/artifacts/notebooks/$n" </dev/null) || status=FAILED
  # A failed cell may not change dotnet repl's exit code: read the executed notebook.
  errors=$(errors_of "artifacts/notebooks/$n")
  [ -n "$errors" ] && status=FAILED
  [ "$status" = ok ] || fail=1
  echo "notebook $n: $status ($(( $(date +%s) - t0 )) s)"
  [ -n "$errors" ] && echo "$errors"
done

if [ "$jupyter" -eq 1 ]; then
  mkdir -p artifacts/nbconvert
  for nb in notebooks/*.ipynb; do
    n="$(basename "$nb")"
    echo "run-all: running $n in Jupyter (jupyter nbconvert --execute, kernel .net-csharp)"
    t0=$(date +%s)
    status=ok
    rm -f "artifacts/nbconvert/$n"
    # --allow-errors writes the executed notebook even when a cell fails; the errors are read from it below.
    # nbconvert's and the kernel's own messages go to artifacts/nbconvert/NAME.log (shown when nbconvert fails).
    (cd notebooks && timeout 900 jupyter nbconvert --to notebook --execute --allow-errors \
        --ExecutePreprocessor.kernel_name=.net-csharp --ExecutePreprocessor.timeout=600 \
        --output-dir "$ROOT/artifacts/nbconvert" --output "$n" "$n" </dev/null >"$ROOT/artifacts/nbconvert/$n.log" 2>&1) ||
      { status=FAILED; tail -20 "artifacts/nbconvert/$n.log"; }
    errors=$(errors_of "artifacts/nbconvert/$n")
    [ -n "$errors" ] && status=FAILED
    [ "$status" = ok ] || fail=1
    echo "notebook $n in Jupyter: $status ($(( $(date +%s) - t0 )) s)"
    [ -n "$errors" ] && echo "$errors"
  done
fi

echo "notebooks: $(( $(date +%s) - start )) s in all"
exit $fail
