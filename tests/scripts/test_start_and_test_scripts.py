"""scripts/start.sh installs nothing when the install is current; the test tools come with scripts/test.sh only."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Stands in for scripts/install.sh: records how it was called and stamps like the real one.
INSTALL_STUB = """#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
echo "install $*" >>calls.log
mkdir -p .venv/bin
for tool in cchc-desktop pytest; do printf '#!/bin/sh\\necho "ran %s $*" >>calls.log\\n' $tool >.venv/bin/$tool; done
printf '#!/bin/sh\\necho "ran python $*" >>calls.log\\n' >.venv/bin/python
chmod +x .venv/bin/*
hash=$(sha256sum pyproject.toml | cut -d' ' -f1)
echo "$hash" >.venv/.installed-app
[[ "${1:-}" != --test ]] || echo "$hash" >.venv/.installed-test
"""


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    for name in ("start.sh", "test.sh"):
        shutil.copy(ROOT / "scripts" / name, tmp_path / "scripts" / name)
    (tmp_path / "scripts" / "install.sh").write_text(INSTALL_STUB)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "cchc-desktop"\n')
    return tmp_path


def run(checkout: Path, script: str, *args: str) -> list[str]:
    log = checkout / "calls.log"
    log.unlink(missing_ok=True)
    subprocess.run(["bash", str(checkout / "scripts" / script), *args], check=True, timeout=60)
    return log.read_text().splitlines()


def test_the_first_start_installs_the_program_without_the_test_tools(checkout):
    assert run(checkout, "start.sh", "--lang", "en") == ["install ", "ran cchc-desktop --lang en"]


def test_a_start_after_an_install_does_no_install_work(checkout):
    run(checkout, "start.sh")
    assert run(checkout, "start.sh") == ["ran cchc-desktop "]
    assert run(checkout, "start.sh") == ["ran cchc-desktop "]


def test_a_changed_pyproject_installs_again_once(checkout):
    run(checkout, "start.sh")
    (checkout / "pyproject.toml").write_text('[project]\nname = "cchc-desktop"\nversion = "2"\n')
    assert run(checkout, "start.sh") == ["install ", "ran cchc-desktop "]
    assert run(checkout, "start.sh") == ["ran cchc-desktop "]


def test_a_removed_venv_installs_again(checkout):
    run(checkout, "start.sh")
    shutil.rmtree(checkout / ".venv")
    assert run(checkout, "start.sh")[0] == "install "


def test_the_test_command_installs_the_test_tools_once(checkout):
    run(checkout, "start.sh")  # the program alone is not enough for the tests
    assert run(checkout, "test.sh", "-q") == ["install --test", "ran python -m pytest -q"]
    assert run(checkout, "test.sh", "-q") == ["ran python -m pytest -q"]
    assert run(checkout, "start.sh") == ["ran cchc-desktop "]

