"""Shrink the Linux bundle's ICU data library (libicudata.so.73, 32 MB) to what the app can use.

PySide6's Qt6Core links ICU 73, whose data library holds every locale, collation,
converter and break-iterator dictionary. The app speaks Vietnamese and English, so this
keeps the root, English and Vietnamese data of every kind (locale, collation, units,
zones, …) and all of ICU's own tables (normalization, names, properties, stringprep), and
drops the other languages, the legacy code-page converters (.cnv: Qt and Python do all
their own UTF-8/UTF-16 work) and the CJK/Thai/Khmer/Lao/Burmese word dictionaries.
ICU falls back to root for a locale it does not find, so nothing fails; a locale that is
gone just formats and sorts like root.

The data is one "CmnD" package (a table of contents of named items) exported as the symbol
icudt73_dat. This rebuilds the package with fewer items and links it into a new library of
the same name with `cc` (`.incbin`). Used by build.spec on Linux:

    python packaging/trim_icu.py dist/linux/cchc-desktop/_internal/PySide6/Qt/lib/libicudata.so.73
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "vi")
ALWAYS = ("root", "pool", "res_index")
LOCALE = re.compile(r"[a-z]{2,3}(_\w+)?")


def wanted(name: str) -> bool:
    """name like 'icudt73l/coll/vi.res' or 'icudt73l/nfkc.nrm'."""
    parts = name.split("/")
    tree, item = "/".join(parts[1:-1]), parts[-1]
    if item.endswith((".cnv", ".dict")):
        return False
    if not item.endswith(".res"):
        return True  # ICU's own tables: .icu, .nrm, .spp, .cfu, .brk
    stem = item[:-4]
    if stem in ALWAYS:
        return True
    if tree == "translit":
        return stem in KEEP_LANGUAGES  # transliterators: the app uses none
    if LOCALE.fullmatch(stem):
        return stem.split("_")[0] in KEEP_LANGUAGES
    return True  # supplementalData, plurals, zoneinfo64, metaZones, …


def read_package(so: Path) -> tuple[bytes, list[tuple[str, bytes]], str]:
    """(header, [(name, item bytes)], symbol name) of the icudt*_dat package inside the library."""
    out = subprocess.run(["objdump", "-T", "-h", str(so)], capture_output=True, text=True, check=True).stdout
    symbol = re.search(r"^([0-9a-f]+)\s.*\.rodata\s+([0-9a-f]+)\s+(icudt\d+_dat)$", out, re.M)
    rodata = re.search(r"^\s*\d+\s+\.rodata\s+([0-9a-f]+)\s+([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)", out, re.M)
    if not symbol or not rodata:
        raise SystemExit(f"trim_icu: no icudt*_dat in {so}")
    address, size = int(symbol.group(1), 16), int(symbol.group(2), 16)
    offset = address - int(rodata.group(2), 16) + int(rodata.group(3), 16)
    header, items = parse_package(so.read_bytes()[offset:offset + size], so)
    return header, items, symbol.group(3)


def parse_package(blob: bytes, where: object = "data") -> tuple[bytes, list[tuple[str, bytes]]]:
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise SystemExit(f"trim_icu: {where} does not hold an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        start = toc + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        end = toc + entries[i + 1][1] if i + 1 < count else len(blob)
        items.append((name, blob[toc + data_at:end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A CmnD package: header, count, (name offset, data offset) pairs sorted by name, names, items."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))  # ICU looks names up by bisection
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table = 4 + 8 * len(items)
    data_at = table + len(names)
    data_at += -(len(header) + data_at) % 16  # items 16-byte aligned within the package
    name_offsets, data_offsets, body, position, name_pos = [], [], b"", data_at, table
    for name, item in items:
        name_offsets.append(name_pos)
        name_pos += len(name) + 1
        pad = -len(item) % 16
        data_offsets.append(position)
        body += item + b"\0" * pad
        position += len(item) + pad
    out = struct.pack("<I", len(items))
    for n, d in zip(name_offsets, data_offsets):
        out += struct.pack("<II", n, d)
    out += names
    out += b"\0" * (data_at - len(out))
    return header + out + body


def trim(so: Path) -> tuple[int, int]:
    before = so.stat().st_size
    header, items, symbol = read_package(so)
    kept = [(name, item) for name, item in items if wanted(name)]
    package = write_package(header, kept)
    cc = shutil.which("cc") or shutil.which("gcc")
    if not cc:
        raise SystemExit("trim_icu: no C compiler (cc) to link the smaller ICU data library")
    with tempfile.TemporaryDirectory() as tmp:
        dat, asm, lib = Path(tmp, "icu.dat"), Path(tmp, "icu.S"), Path(tmp, so.name)
        dat.write_bytes(package)
        asm.write_text(
            f'  .section .rodata\n  .globl {symbol}\n  .type {symbol}, @object\n  .balign 16\n'
            f'{symbol}:\n  .incbin "{dat}"\n  .size {symbol}, . - {symbol}\n'
            '  .section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run([cc, "-shared", "-nostdlib", "-s", f"-Wl,-soname,{so.name}", "-o", str(lib), str(asm)],
                       check=True)
        shutil.copyfile(lib, so)
    print(f"trim_icu: {so.name}: {len(kept)} of {len(items)} items kept, "
          f"{before / 1e6:.1f} MB -> {so.stat().st_size / 1e6:.1f} MB")
    return before, so.stat().st_size


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        trim(Path(arg))
