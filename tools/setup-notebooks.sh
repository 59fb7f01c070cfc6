#!/usr/bin/env bash
# One-time setup of the notebooks (notebooks/*.ipynb) for VS Code (Polyglot Notebooks), dotnet repl and, with
# --jupyter, Jupyter. Rerun it after changing the library, then restart the kernel. Steps:
#   1. restores the kernel tools of dotnet-tools.json (.NET Interactive, dotnet repl);
#   2. packs every project of src/ into artifacts/nupkgs (the notebooks' first cell loads the library from there)
#      and builds the command line in Release (the last cell of 03-report runs it);
#   3. drops this repository's packages from the NuGet cache, or the kernel would keep loading an older build;
#   4. gives the kernel tools FSharp.Core 10.1: they ship 10.0, but Plotly.NET and Deedle need 10.1
#      ("Could not load file or assembly 'FSharp.Core, Version=10.1.0.0'"); this also patches the copy of the
#      kernel that the VS Code extension installed, if it is there already (run this again after its first start);
#   5. with --jupyter: installs Jupyter's Debian packages when they are missing (tools/install-prerequisites.sh)
#      and registers the .NET kernels with Jupyter (dotnet interactive jupyter install).
# Needs the .NET 10 SDK; everything else is restored from NuGet. notebooks/run-all.sh runs this first.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

jupyter=0
for arg in "$@"; do
  case "$arg" in
    --jupyter) jupyter=1 ;;
    -h|--help) sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup-notebooks: unknown option '$arg' (options: --jupyter, --help)" >&2; exit 2 ;;
  esac
done

say() { echo "setup-notebooks: $*"; }
start=$(date +%s)

say "restoring the kernel tools (dotnet tool restore)"
dotnet tool restore >/dev/null

say "packing src/ into artifacts/nupkgs: the library, its notebook extension and the command (built in Release)"
rm -rf artifacts/nupkgs
for proj in src/*/*.csproj; do
  say "  dotnet pack $(dirname "$proj")"
  dotnet pack "$proj" -c Release -o artifacts/nupkgs -nologo -v q
done

NUGET_ROOT="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
NUGET_ROOT="${NUGET_ROOT%/}"
# The packages keep their version from build to build: the kernel must not find an older build in the cache.
for id in thongke.analytics thongke.analytics.interop thongke.analytics.interactive; do
  rm -rf "${NUGET_ROOT:?}/$id"
done

# FSharp.Core: the version this repository pins (restored by the pack above) replaces any older one in the tools.
FSV="$(sed -n 's/.*PackageVersion Include="FSharp.Core" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)"
FSC="$NUGET_ROOT/fsharp.core/$FSV/lib/netstandard2.1/FSharp.Core.dll"
if [ -z "$FSV" ] || [ ! -f "$FSC" ]; then
  echo "setup-notebooks: FSharp.Core ${FSV:-?} was not restored (expected $FSC); the pack above should have done it." >&2
  exit 1
fi
# The file version of a .NET assembly (10.104.326.52412 for FSharp.Core 10.1.403): its UTF-16 resource without NULs.
file_version() {
  LC_ALL=C tr -d '\000' <"$1" | LC_ALL=C grep -ao 'FileVersion[^0-9]\{0,4\}[0-9][0-9.]*' |
    LC_ALL=C sed -n '1s/^FileVersion[^0-9]*//p' || true
}
want="$(file_version "$FSC")"
patched=0
for dll in "$NUGET_ROOT"/microsoft.dotnet-interactive/*/tools/net*/any/FSharp.Core.dll \
           "$NUGET_ROOT"/dotnet-repl/*/tools/net*/any/FSharp.Core.dll; do
  [ -f "$dll" ] || continue
  have="$(file_version "$dll")"
  if [ "$have" != "$want" ] && [ "$(printf '%s\n%s\n' "$have" "$want" | sort -V | head -1)" = "$have" ]; then
    cp "$FSC" "$dll"
    patched=$((patched + 1))
    say "  FSharp.Core $FSV copied into ${dll#"$NUGET_ROOT"/}"
  fi
done
say "FSharp.Core $FSV in the kernel tools ($patched copied now, the others had it already)"

if [ "$jupyter" -eq 1 ]; then
  say "checking Jupyter (Debian: jupyter-nbconvert jupyter-client)"
  ./tools/install-prerequisites.sh --jupyter
  say "registering the .NET kernels with Jupyter (dotnet interactive jupyter install)"
  log="$(mktemp)"
  dotnet interactive jupyter install >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
  rm -f "$log"
  jupyter kernelspec list 2>/dev/null | grep -E '\.net-' | sed 's/^ */setup-notebooks:   /'
fi

say "done in $(( $(date +%s) - start )) s; open a notebook in notebooks/ and choose the .NET Interactive kernel"
