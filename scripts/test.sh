#!/usr/bin/env bash
# Runs the whole test suite (Qt offscreen), installing CCHC Desktop with its test tools into .venv first
# when .venv is missing or pyproject.toml changed since the last such install.
set -euo pipefail
cd "$(dirname "$0")/.."
stamp=.venv/.installed-test
if [[ ! -x .venv/bin/pytest || ! -f $stamp ]] \
        || [[ "$(<"$stamp")" != "$(sha256sum pyproject.toml | cut -d' ' -f1)" ]]; then
    bash scripts/install.sh --test
fi
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
