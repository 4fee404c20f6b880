#!/usr/bin/env bash
# Installs CCHC Desktop into .venv on Debian/Ubuntu (Qt's system libraries, then pip), and stamps the install.
#
#   bash scripts/install.sh          the program
#   bash scripts/install.sh --test   the program and its test tools (pytest, …)
#
# The stamp (.venv/.installed-<what>) holds the SHA-256 of pyproject.toml: scripts/start.sh and
# scripts/test.sh call this script only when .venv is missing or pyproject.toml changed since.
set -euo pipefail
cd "$(dirname "$0")/.."

what=app spec=.
if [[ "${1:-}" == --test ]]; then what=test spec='.[test]'; fi
python=${PYTHON:-python3}

packages=(libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
          libxcb-render-util0 libxcb-image0 poppler-utils)
# Debian's python3 makes no venv without ensurepip, which comes in python3-venv.
[ -x .venv/bin/python ] || "$python" -c "import ensurepip" 2>/dev/null || packages+=(python3-venv)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

[ -x .venv/bin/python ] || "$python" -m venv .venv
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_ROOT_USER_ACTION=ignore
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e "$spec"
hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
echo "$hash" >.venv/.installed-app   # '.[test]' holds the program too
echo "$hash" >".venv/.installed-$what"
