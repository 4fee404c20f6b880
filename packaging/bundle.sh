#!/usr/bin/env bash
# make bundle: build the Linux one-folder bundle with build.spec and run its self-test.
#
#   bash packaging/bundle.sh
#
# Uses the project venv ($CCHC_VENV, default .venv; created with the pinned app
# dependencies if missing) plus PyInstaller 6.22.3. Output: dist/linux/cchc-desktop/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${CCHC_VENV:-$ROOT/.venv}"
PYINSTALLER_PINS=(pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9)
DIST="$ROOT/dist/linux"
T0=$SECONDS
step() { printf '\n=== [%4ds] %s\n' "$((SECONDS - T0))" "$*"; }
export PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1

step "venv: $VENV"
if [[ ! -x "$VENV/bin/python" ]]; then
  if [[ "$VENV" == "$ROOT/.venv" && -f "$ROOT/scripts/install.sh" ]]; then
    bash "$ROOT/scripts/install.sh"          # the project's own install (pinned deps)
  else
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q -e "$ROOT" 2>&1 | grep -v "is ignored: it is neither" || true
  fi
fi
if ! "$VENV/bin/python" -c "import PyInstaller, sys; sys.exit(PyInstaller.__version__ != '6.22.3')" 2>/dev/null; then
  "$VENV/bin/pip" install -q "${PYINSTALLER_PINS[@]}" 2>&1 | grep -v "is ignored: it is neither" || true
fi
"$VENV/bin/python" -c "import PyInstaller, PySide6; print('PyInstaller', PyInstaller.__version__, '| PySide6', PySide6.__version__)"

step "build: PyInstaller (Linux) -> $DIST/cchc-desktop"
rm -rf "$DIST/cchc-desktop"
( cd "$ROOT" && "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$ROOT/packaging/work/build-linux" build.spec ) \
  2>&1 | grep -vE "Library not found: could not resolve 'lib(gdk|gtk|xcb|X|wayland)|Hidden import \"(pysqlite2|MySQLdb)\" not found|required via ctypes not found" || true
EXE="$DIST/cchc-desktop/cchc-desktop"
[[ -x "$EXE" ]] || { echo "FAIL: no $EXE" >&2; exit 1; }
echo "bundle: $(du -sm "$DIST/cchc-desktop" | cut -f1) MB, $(find "$DIST/cchc-desktop" -type f | wc -l) files"

step "self-test: $EXE -platform offscreen --self-test"
set +e
OUT="$("$EXE" -platform offscreen --self-test </dev/null 2>&1)"
RC=$?
set -e
echo "$OUT"
if [[ $RC -ne 0 ]] || ! grep -qE "^(SELFTEST|PROBE) OK" <<<"$OUT"; then
  echo "FAIL: bundled self-test (exit $RC)" >&2; exit 1
fi
printf '\n=== bundle.sh total %ds: self-test passed\n' "$((SECONDS - T0))"
