#!/usr/bin/env bash
# Starts CCHC Desktop (on its default database, with the demo sheet on first run), installing it into .venv
# first only when .venv is missing or pyproject.toml changed since the last install: a start does no install work.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.installed-app
if [[ ! -x .venv/bin/cchc-desktop || ! -f $stamp ]] \
        || [[ "$(<"$stamp")" != "$(sha256sum pyproject.toml | cut -d' ' -f1)" ]]; then
    bash scripts/install.sh
fi
exec .venv/bin/cchc-desktop "$@"
