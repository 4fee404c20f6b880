"""packaging/trim_icu.py keeps the Vietnamese, English and root ICU data and drops the rest."""

from __future__ import annotations

import runpy
import struct
from pathlib import Path

TRIM = runpy.run_path(str(Path(__file__).resolve().parents[2] / "packaging" / "trim_icu.py"))


def test_it_keeps_what_a_vietnamese_or_english_window_needs():
    keep = [
        "icudt73l/root.res", "icudt73l/vi.res", "icudt73l/vi_VN.res", "icudt73l/en_US_POSIX.res",
        "icudt73l/pool.res", "icudt73l/res_index.res", "icudt73l/coll/vi.res", "icudt73l/coll/root.res",
        "icudt73l/coll/ucadata.icu", "icudt73l/nfkc.nrm", "icudt73l/unames.icu", "icudt73l/cnvalias.icu",
        "icudt73l/supplementalData.res", "icudt73l/zoneinfo64.res", "icudt73l/brkitr/line.brk",
        "icudt73l/units.res", "icudt73l/zone/vi.res",
    ]
    drop = [
        "icudt73l/fr.res", "icudt73l/zh_Hant_TW.res", "icudt73l/coll/zh.res", "icudt73l/ibm-1258_P100-1997.cnv",
        "icudt73l/brkitr/cjdict.dict", "icudt73l/translit/Hira_Kana.res", "icudt73l/curr/de.res",
    ]
    assert [name for name in keep if not TRIM["wanted"](name)] == []
    assert [name for name in drop if TRIM["wanted"](name)] == []


def test_a_rebuilt_package_holds_the_same_items_sorted_and_aligned():
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    items = [("icudt73l/vi.res", b"V" * 21), ("icudt73l/coll/vi.res", b"C" * 16), ("icudt73l/a.icu", b"A")]
    blob = TRIM["write_package"](header, items)
    parsed_header, parsed = TRIM["parse_package"](blob)
    assert parsed_header == header
    assert [name for name, _ in parsed] == sorted(name for name, _ in items)
    by_name = dict(parsed)
    for name, data in items:
        assert by_name[name][:len(data)] == data  # an item may carry its alignment padding
    (count,) = struct.unpack_from("<I", blob, len(header))
    offsets = [struct.unpack_from("<II", blob, len(header) + 4 + 8 * i)[1] for i in range(count)]
    assert all((len(header) + offset) % 16 == 0 for offset in offsets)
