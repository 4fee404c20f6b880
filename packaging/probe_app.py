"""Toolchain probe: a tiny PySide6 + SQLAlchemy + reportlab program.

It proves the packaging pipeline (PyInstaller under wine, NSIS, silent install and
uninstall) independently of the app code. Build it with the same spec:
``CCHC_ENTRY=packaging/probe_app.py``. It opens a window offscreen, stores a row in
SQLite, writes a PDF and a PNG screenshot into a temp folder, prints what it did,
and exits 0.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path


def main() -> int:
    out = Path(tempfile.mkdtemp(prefix="cchc-probe-"))
    lines: list[str] = []

    from sqlalchemy import Column, Integer, String, create_engine, select
    from sqlalchemy.orm import Session, declarative_base

    Base = declarative_base()

    class Row(Base):
        __tablename__ = "row"
        id = Column(Integer, primary_key=True)
        name = Column(String)

    engine = create_engine(f"sqlite:///{out / 'probe.db'}")
    Base.metadata.create_all(engine)
    with Session(engine) as s:
        s.add(Row(name="Phong Thổ"))
        s.commit()
        name = s.scalar(select(Row.name))
    lines.append(f"db: wrote and read back {name!r}")

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = out / "probe.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4)
    c.drawString(72, 760, "CCHC probe")
    c.save()
    lines.append(f"pdf: {pdf} ({pdf.stat().st_size} bytes)")

    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Chấm điểm CCHC — probe")
    label.resize(320, 80)
    label.show()
    app.processEvents()
    png = out / "probe.png"
    ok = label.grab().save(str(png))
    lines.append(f"png: {png} saved={ok} platform={app.platformName()}")

    report = "\n".join(["PROBE OK"] + lines)
    if sys.stdout is not None:
        # A Windows console or pipe may be cp1252; never fail on Vietnamese text.
        try:
            sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
        print(report, flush=True)
    for arg in sys.argv:
        if arg.startswith("--report="):
            Path(arg.split("=", 1)[1]).write_text(report + "\n", encoding="utf-8")
    return 0 if ok and name == "Phong Thổ" else 1


if __name__ == "__main__":
    sys.exit(main())
