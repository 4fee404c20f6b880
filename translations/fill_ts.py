"""Writes the Vietnamese texts of vi_messages.py into cchc_vi.ts (after pyside6-lupdate) and writes qt_vi.ts.

Run from the repository root:
    .venv/bin/pyside6-lupdate cchc_desktop/ui/*.py cchc_desktop/app.py -source-language en \\
        -target-language vi -no-obsolete -ts translations/cchc_vi.ts
    .venv/bin/python translations/fill_ts.py
    .venv/bin/pyside6-lrelease translations/cchc_vi.ts translations/qt_vi.ts
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from vi_messages import QT_VI, VI  # noqa: E402

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def fill(path: Path) -> list[tuple[str, str]]:
    """Put a translation on every message we have one for; return those still missing."""
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            text = VI.get((name, source))
            if text is None:
                missing.append((name, source))
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    path.write_text(HEADER + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")
    return missing


def write_qt(path: Path) -> None:
    root = ET.Element("TS", version="2.1", language="vi", sourcelanguage="en")
    contexts: dict[str, ET.Element] = {}
    for (name, source), text in QT_VI.items():
        context = contexts.get(name)
        if context is None:
            context = contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = text
    tree = ET.ElementTree(root)
    ET.indent(tree, space="    ")
    path.write_text(HEADER + ET.tostring(root, encoding="unicode") + "\n", encoding="utf-8")


def main() -> int:
    missing = fill(HERE / "cchc_vi.ts")
    write_qt(HERE / "qt_vi.ts")
    for name, source in missing:
        print(f"no Vietnamese yet: [{name}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
