#!/usr/bin/env bash
# Called by .ci/run after the tests: the Linux bundle's self-test, then the Windows
# installer built under wine and its smoke test. Prints the time of each part.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
T0=$SECONDS
timed() {
  local name=$1; shift
  local t=$SECONDS
  echo "##### packaging: $name"
  "$@"
  printf '##### packaging: %s took %ds\n' "$name" "$((SECONDS - t))"
}
# The scripts behind `make bundle` and `make windows-installer`, called directly: a fresh
# Debian machine may not have make.
timed "bundle (make bundle)" bash packaging/bundle.sh
timed "windows installer (make windows-installer)" bash packaging/windows.sh all
printf '##### packaging: all done in %ds (%s)\n' "$((SECONDS - T0))" "$(ls dist/CCHC-Desktop-Setup-*-x64.exe)"
echo "##### packaging: disk used: $(du -sh packaging/work packaging/cache dist | tr '\t\n' ' ')"
