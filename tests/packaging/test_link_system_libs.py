"""packaging/link_system_libs.py links wheels' OpenSSL/libXau copies to the system ones only where that is safe."""

from __future__ import annotations

import ctypes
import importlib.util
import runpy
import shutil
from pathlib import Path

import pytest

LINK = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "link_system_libs.py"))

LIBPQ_OBJDUMP = """
Dynamic Section:
  NEEDED               libssl-6a9b88ec.so.3

Version References:
  required from libcrypto-3a0647ea.so.3:
    0x06702b20 0x00 07 OPENSSL_3.0.0
  required from libc.so.6:
    0x06969194 0x00 10 GLIBC_2.14
    0x09691a75 0x00 05 GLIBC_2.2.5
  required from libssl-6a9b88ec.so.3:
    0x06702b20 0x00 03 OPENSSL_3.0.0

"""
SYSTEM_LIBCRYPTO_OBJDUMP = """
Version definitions:
1 0x01 0x0c8f2713 libcrypto.so.3
2 0x00 0x06702b20 OPENSSL_3.0.0
3 0x00 0x06702b23 OPENSSL_3.0.3
	OPENSSL_3.0.0 

Version References:
  required from libc.so.6:
    0x09691a75 0x00 05 GLIBC_2.2.5

"""


def test_it_reads_the_versions_a_library_needs_and_defines():
    assert LINK["version_needs"](LIBPQ_OBJDUMP) == {
        "libcrypto-3a0647ea.so.3": {"OPENSSL_3.0.0"},
        "libc.so.6": {"GLIBC_2.14", "GLIBC_2.2.5"},
        "libssl-6a9b88ec.so.3": {"OPENSSL_3.0.0"},
    }
    assert LINK["version_definitions"](SYSTEM_LIBCRYPTO_OBJDUMP) == {"libcrypto.so.3", "OPENSSL_3.0.0", "OPENSSL_3.0.3"}


def fake_bundle(tmp_path: Path, libpq_needs_from_crypto: str) -> tuple[Path, dict[str, str]]:
    """A bundle's _internal with psycopg's libs and the system OpenSSL, and what objdump would say of each."""
    internal = tmp_path / "_internal"
    libs = internal / "psycopg_binary.libs"
    libs.mkdir(parents=True)
    files = {
        "libssl.so.3": "Version definitions:\n1 0x01 0x1 libssl.so.3\n2 0x00 0x2 OPENSSL_3.0.0\n\n",
        "libcrypto.so.3": SYSTEM_LIBCRYPTO_OBJDUMP,
        "psycopg_binary.libs/libssl-6a9b88ec.so.3": (
            "Version References:\n  required from libcrypto-3a0647ea.so.3:\n    0x1 0x00 02 OPENSSL_3.0.0\n"
            "    0x2 0x00 03 OPENSSL_3.2.0\n\n"),
        "psycopg_binary.libs/libcrypto-3a0647ea.so.3": "",
        "psycopg_binary.libs/libpq-e9b5c9ac.so.5.18": LIBPQ_OBJDUMP.replace(
            "07 OPENSSL_3.0.0", f"07 {libpq_needs_from_crypto}"),
    }
    for name in files:
        (internal / name).write_bytes(b"\x7fELF " + name.encode())
    return internal, {str(internal / name): text for name, text in files.items()}


def test_a_wheel_copy_whose_users_need_only_what_the_system_copy_has_becomes_a_link(tmp_path):
    # The wheel's libssl needs OPENSSL_3.2.0 from its libcrypto: libcrypto can go only after libssl has.
    internal, objdump = fake_bundle(tmp_path, "OPENSSL_3.0.0")
    linked = LINK["link"](internal, objdump=lambda path: objdump[str(path)])
    assert linked == ["psycopg_binary.libs/libcrypto-3a0647ea.so.3 (0.0 MB)",
                      "psycopg_binary.libs/libssl-6a9b88ec.so.3 (0.0 MB)"]
    crypto = internal / "psycopg_binary.libs" / "libcrypto-3a0647ea.so.3"
    assert crypto.is_symlink() and crypto.resolve() == (internal / "libcrypto.so.3").resolve()
    assert str(crypto.readlink()) == "../libcrypto.so.3"  # relative: the bundle can be moved


def test_a_wheel_copy_is_kept_when_a_user_needs_a_newer_openssl_than_the_system_one(tmp_path):
    internal, objdump = fake_bundle(tmp_path, "OPENSSL_3.2.0")
    linked = LINK["link"](internal, objdump=lambda path: objdump[str(path)])
    assert linked == ["psycopg_binary.libs/libssl-6a9b88ec.so.3 (0.0 MB)"]
    crypto = internal / "psycopg_binary.libs" / "libcrypto-3a0647ea.so.3"
    assert crypto.is_file() and not crypto.is_symlink()


def test_libpq_from_psycopg_binary_loads_on_the_linked_system_openssl(tmp_path):
    spec = importlib.util.find_spec("psycopg_binary")  # not imported: it refuses to be before psycopg
    assert spec is not None and spec.origin, "psycopg[binary] is a dependency of the app"
    wheel_libs = Path(spec.origin).resolve().parents[1] / "psycopg_binary.libs"
    system = [Path(f"/usr/lib/x86_64-linux-gnu/{name}") for name in ("libssl.so.3", "libcrypto.so.3")]
    if not wheel_libs.is_dir() or not all(path.is_file() for path in system) or not shutil.which("objdump"):
        pytest.skip("needs psycopg_binary's manylinux libs, Debian's OpenSSL 3 and objdump")
    internal = tmp_path / "_internal"
    shutil.copytree(wheel_libs, internal / "psycopg_binary.libs")
    for path in system:
        shutil.copy2(path, internal / path.name)
    linked = LINK["link"](internal)
    assert any("libcrypto-" in entry for entry in linked) and any("libssl-" in entry for entry in linked)
    libpq = next((internal / "psycopg_binary.libs").glob("libpq-*.so*"))
    assert ctypes.CDLL(str(libpq)).PQlibVersion() >= 160000
