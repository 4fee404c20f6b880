#!/usr/bin/env bash
# Installs CCHC Desktop into .venv and starts it (on its default database, with the demo sheet on first run).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
exec .venv/bin/cchc-desktop "$@"
