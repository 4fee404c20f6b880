"""packaging/windows.sh's deps stage installs the Windows build tools a machine lacks, and only those."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_TOOLS = ("wine", "wine64", "wineboot", "wineserver", "winepath", "makensis", "osslsigncode",
               "x86_64-w64-mingw32-gcc")

# Stands in for apt-get: records its arguments; "install" puts the tools on PATH as stubs.
APT_GET = """#!/bin/sh
echo "apt-get $*" >>"$STUB_LOG"
case " $* " in *" install "*)
  for tool in wine makensis osslsigncode x86_64-w64-mingw32-gcc; do
    printf '#!/bin/sh\\necho "%s stub, prefix $WINEPREFIX, home $HOME"\\n' "$tool" >"$STUB_BIN/$tool"
    chmod +x "$STUB_BIN/$tool"
  done;;
esac
"""


def machine_without(tmp_path: Path, hidden: tuple[str, ...]) -> dict[str, str]:
    """An environment whose PATH holds the system's programs minus `hidden`, and a fake apt-get."""
    stub_bin = tmp_path / "bin"
    stub_bin.mkdir()
    for folder in ("/usr/local/bin", "/usr/bin", "/bin"):
        for program in Path(folder).iterdir():
            target = stub_bin / program.name
            if program.name not in hidden and not target.exists() and os.access(program, os.X_OK):
                target.symlink_to(program)
    for name in ("apt-get", "sudo"):
        (stub_bin / name).unlink(missing_ok=True)
    (stub_bin / "apt-get").write_text(APT_GET)
    (stub_bin / "apt-get").chmod(0o755)
    (stub_bin / "sudo").write_text('#!/bin/sh\nexec "$@"\n')
    (stub_bin / "sudo").chmod(0o755)
    return {"PATH": str(stub_bin), "HOME": str(tmp_path), "STUB_BIN": str(stub_bin),
            "STUB_LOG": str(tmp_path / "apt.log"), "CCHC_PYTHON": "python3", "LANG": "C.UTF-8"}


def run_deps(env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "packaging" / "windows.sh"), "deps"], env=env,
                          capture_output=True, text=True, timeout=120)


def apt_calls(env: dict[str, str]) -> list[str]:
    log = Path(env["STUB_LOG"])
    return log.read_text().splitlines() if log.exists() else []


def test_a_machine_without_the_build_tools_gets_them_installed(tmp_path):
    env = machine_without(tmp_path, BUILD_TOOLS)
    result = run_deps(env)
    assert result.returncode == 0, result.stdout + result.stderr
    installs = [call for call in apt_calls(env) if " install " in f" {call} "]
    assert len(installs) == 1
    for package in ("wine", "wine64", "nsis", "gcc-mingw-w64-x86-64-win32", "osslsigncode"):
        assert package in installs[0].split()
    assert "wine stub" in result.stdout  # the installed wine, run through the script's wrapper


def test_only_the_missing_tool_is_installed(tmp_path):
    env = machine_without(tmp_path, ("osslsigncode",))
    for tool in ("wine", "makensis", "x86_64-w64-mingw32-gcc"):
        stub = Path(env["STUB_BIN"]) / tool
        stub.unlink(missing_ok=True)
        stub.write_text(f'#!/bin/sh\necho "{tool} present"\n')
        stub.chmod(0o755)
    result = run_deps(env)
    assert result.returncode == 0, result.stdout + result.stderr
    installs = [call for call in apt_calls(env) if " install " in f" {call} "]
    assert len(installs) == 1 and installs[0].split()[-1] == "osslsigncode"
    assert "wine" not in installs[0].split()


def test_a_tool_still_missing_after_the_install_is_named(tmp_path):
    env = machine_without(tmp_path, BUILD_TOOLS)
    (Path(env["STUB_BIN"]) / "apt-get").write_text('#!/bin/sh\necho "apt-get $*" >>"$STUB_LOG"\n')
    result = run_deps(env)
    assert result.returncode != 0
    assert "wine is still missing" in result.stderr


def test_wine_runs_in_a_prefix_and_home_under_packaging_work(tmp_path):
    env = machine_without(tmp_path, BUILD_TOOLS)
    result = run_deps(env)
    work = ROOT / "packaging" / "work"
    line = next(line for line in result.stdout.splitlines() if line.startswith("wine stub"))
    assert f"prefix {work}/wine-build," in line and f"home {work}/home" in line
