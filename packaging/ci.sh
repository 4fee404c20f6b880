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
timed "make bundle" make --no-print-directory bundle
timed "make windows-installer" make --no-print-directory windows-installer
printf '##### packaging: all done in %ds (%s)\n' "$((SECONDS - T0))" "$(ls dist/CCHC-Desktop-Setup-*-x64.exe)"
