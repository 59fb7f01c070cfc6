#!/usr/bin/env bash
# Rewrites the public-API baselines (PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt) of the packaged projects so that
# they declare exactly the public API the code has now; Microsoft.CodeAnalysis.PublicApiAnalyzers fails the build on
# any public API the files do not declare (RS0016) or that the code no longer has (RS0017).
#   tools/update-public-api.sh           # Unshipped := what is new since Shipped, plus *REMOVED* lines for what went
#   tools/update-public-api.sh --ship    # the same, then folds Unshipped into Shipped (at a release)
# Review the diff of the PublicAPI files: it is the change to what users of the packages can call.
# Needs the .NET SDK and python3; takes a few minutes (one build and one `dotnet format` per project).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ship=0
case "${1:-}" in
  --ship) ship=1 ;;
  "") ;;
  *) echo "usage: tools/update-public-api.sh [--ship]" >&2; exit 2 ;;
esac

# In dependency order: a project is built against the already-declared projects before it.
projects=(src/Analytics src/Analytics.Interop src/Analytics.Interactive)
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

for p in "${projects[@]}"; do
  echo "public API of $p: checking…"
  for f in PublicAPI.Shipped.txt PublicAPI.Unshipped.txt; do
    [ -f "$p/$f" ] || echo "#nullable enable" > "$p/$f"
  done
  # Start Unshipped afresh: what is declared there and no longer exists would otherwise stay (RS0017).
  echo "#nullable enable" > "$p/PublicAPI.Unshipped.txt"

  # Shipped API the code no longer has: RS0017 names each line; it becomes a *REMOVED* line in Unshipped.
  dotnet build "$p" -c Release -nologo -v q >"$log" 2>&1 || true
  other="$(grep -E ": error " "$log" | grep -vE ": error RS00[0-9][0-9]:" | sort -u | head -20 || true)"
  if [ -n "$other" ]; then
    echo "$p does not build for another reason than its public API; fix that first:" >&2
    echo "$other" >&2
    exit 1
  fi
  python3 - "$p/PublicAPI.Shipped.txt" "$p/PublicAPI.Unshipped.txt" "$log" <<'PY'
import re, sys
shipped, unshipped, log = sys.argv[1:]
gone = set()
for line in open(log, encoding="utf-8"):
    m = re.search(r"PublicAPI\.Shipped\.txt\(\d+,\d+\): error RS0017: Symbol '(.*)' is part of the declared API", line)
    if m and line.split("(")[0].replace("\\", "/").endswith("/" + shipped.split("/")[-2] + "/PublicAPI.Shipped.txt"):
        gone.add(m.group(1))
if gone:
    with open(unshipped, "a", encoding="utf-8", newline="\n") as f:
        for g in sorted(gone):
            f.write("*REMOVED*" + g + "\n")
    print(f"  {len(gone)} shipped API line(s) no longer in the code: marked *REMOVED*")
PY

  # New API: the analyzer's own code fix (RS0016) writes each symbol into Unshipped in its canonical form.
  dotnet format analyzers "$p" --diagnostics RS0016 --severity warn -v q

  if [ "$ship" = 1 ]; then
    python3 - "$p/PublicAPI.Shipped.txt" "$p/PublicAPI.Unshipped.txt" <<'PY'
import sys
shipped, unshipped = sys.argv[1:]
def lines(path):
    return [l.rstrip("\n") for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
api = set(lines(shipped))
for l in lines(unshipped):
    if l.startswith("*REMOVED*"):
        api.discard(l[len("*REMOVED*"):])
    else:
        api.add(l)
with open(shipped, "w", encoding="utf-8", newline="\n") as f:
    f.write("#nullable enable\n" + "".join(a + "\n" for a in sorted(api)))
with open(unshipped, "w", encoding="utf-8", newline="\n") as f:
    f.write("#nullable enable\n")
PY
  fi

  # The baseline must now build clean.
  if ! dotnet build "$p" -c Release -nologo -v q >"$log" 2>&1; then
    echo "$p still fails to build after the update:" >&2
    grep -E ": error " "$log" | sort -u | head -20 >&2
    exit 1
  fi
  echo "  $p: $(grep -vc '^#' "$p/PublicAPI.Shipped.txt" || true) shipped, $(grep -vc '^#' "$p/PublicAPI.Unshipped.txt" || true) unshipped line(s)"
done
