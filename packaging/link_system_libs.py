"""Replace wheels' private copies of OpenSSL and libXau in a Linux bundle by links to the system copies beside them.

auditwheel gives each wheel its own copies of the libraries it links, under hashed names in
`<package>.libs/`: psycopg_binary brings OpenSSL 3.5 (libcrypto-3a0647ea.so.3, libssl-6a9b88ec.so.3:
6.9 MB) for libpq, Pillow its own libXau (2.1 MB), while PyInstaller already put the system's
libcrypto.so.3, libssl.so.3 (for Python's ssl module) and libXau.so.6 (for Qt's xcb) in `_internal/`.
These three keep a stable ABI within a soname, and OpenSSL versions its symbols: a hashed copy becomes
a relative symlink to the system one only if every library of the bundle that links the hashed copy
needs no symbol version the system copy lacks (libpq and libldap need only OPENSSL_3.0.0; Debian 12
has OpenSSL 3.0). A newer wheel needing OPENSSL_3.2 symbols keeps its own copy. Used by build.spec:

    python packaging/link_system_libs.py dist/linux/cchc-desktop/_internal
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# hashed-name stem -> the system library's file name in _internal
STABLE_ABI = {"libssl": "libssl.so.3", "libcrypto": "libcrypto.so.3", "libXau": "libXau.so.6"}
HASHED = re.compile(r"(lib\w+)-[0-9a-f]{8}\.so\.(\d+)(\.[\d.]+)?")


def _objdump(path: Path) -> str:
    return subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout


def version_needs(objdump_text: str) -> dict[str, set[str]]:
    """`objdump -p`'s Version References: {library name: symbol versions needed from it}."""
    needs: dict[str, set[str]] = {}
    current = None
    in_section = False
    for line in objdump_text.splitlines():
        if line.startswith("Version References:"):
            in_section = True
            continue
        if not in_section:
            continue
        if not line.strip():
            break
        required = re.match(r"\s+required from (\S+):", line)
        if required:
            current = needs.setdefault(required.group(1), set())
        elif current is not None and line.split():
            current.add(line.split()[-1])
    return needs


def version_definitions(objdump_text: str) -> set[str]:
    """`objdump -p`'s Version definitions (the first, the library's own name, included)."""
    defined: set[str] = set()
    in_section = False
    for line in objdump_text.splitlines():
        if line.startswith("Version definitions:"):
            in_section = True
            continue
        if in_section:
            if not line.strip() or line.endswith(":"):
                break
            parts = line.split()
            if len(parts) >= 4 and parts[0].isdigit():
                defined.add(parts[3])
    return defined


def link(internal: Path, objdump=_objdump) -> list[str]:
    """Link what can be linked in `internal` (a bundle's _internal); return what was, with sizes.

    Repeated until nothing changes: the wheel's libssl needs OPENSSL_3.2+ from its libcrypto, so
    libcrypto can go only once libssl has become a link (and no longer counts as a user).
    """
    libraries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    needs_of = {lib: version_needs(objdump(lib)) for lib in libraries}
    linked: list[str] = []
    changed = True
    while changed:
        changed = False
        for wheel_lib in sorted(internal.glob("*.libs/lib*.so*")):
            match = HASHED.fullmatch(wheel_lib.name)
            if not match or match.group(1) not in STABLE_ABI or wheel_lib.is_symlink():
                continue
            system_lib = internal / STABLE_ABI[match.group(1)]
            if (not system_lib.is_file() or system_lib.is_symlink()
                    or not system_lib.name.endswith(f".so.{match.group(2)}")):
                continue
            users = [lib for lib in needs_of if lib != wheel_lib and not lib.is_symlink()]
            needed = set().union(*(needs_of[lib].get(wheel_lib.name, set()) for lib in users))
            if needed - version_definitions(objdump(system_lib)):
                continue
            size = wheel_lib.stat().st_size
            wheel_lib.unlink()
            wheel_lib.symlink_to(os.path.relpath(system_lib, wheel_lib.parent))
            linked.append(f"{wheel_lib.parent.name}/{wheel_lib.name} ({size / 1e6:.1f} MB)")
            changed = True
    for wheel_lib in sorted(internal.glob("*.libs/lib*.so*")):
        match = HASHED.fullmatch(wheel_lib.name)
        if match and match.group(1) in STABLE_ABI and not wheel_lib.is_symlink():
            print(f"link_system_libs: kept {wheel_lib.parent.name}/{wheel_lib.name} (a library of the bundle "
                  f"needs symbol versions that {STABLE_ABI[match.group(1)]} lacks, or there is none)")
    return sorted(linked)

if __name__ == "__main__":
    for folder in sys.argv[1:]:
        print("linked to the system copies:", ", ".join(link(Path(folder))) or "none")
