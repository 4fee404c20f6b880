#!/usr/bin/env bash
# Installs CCHC Desktop with its test tools into .venv and runs the whole test suite (Qt offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
