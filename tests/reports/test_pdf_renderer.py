"""The renderer a PDF names draws the same bytes from the same data, and printing loads only what it draws with."""

from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest

from cchc_desktop.reports import pdf
from cchc_desktop.reports.pdf import RENDERER

from test_pdf import _numbered_note, render

# What the renderer named in RENDERER drew for the seed. A PDF printed earlier is checked by drawing its pages
# again (`cchc verify`), so a change that draws other bytes must come with a new RENDERER: then update these.
PINNED_RENDERER = "cchc-pdf/1 reportlab/5.1.0"
PINNED = {
    "portrait, signers and recipients": "d1dafd9b0c0a40ba1efb0034e4b480649a25facc27db925de65b137f1a4fcd23",
    "landscape, no notes": "0c945006916337a7360a88517d56d030a437332b472c37888a9e9dad8fbfe460",
    "landscape, a 2,000-character note over pages": "854c6558e763064212caf9c0bd0351c37da6176c0a48cbe49c15cf4f803006dc",
}


@pytest.mark.skipif(RENDERER != PINNED_RENDERER, reason="another renderer: its bytes are pinned anew")
def test_the_seed_prints_the_bytes_its_renderer_always_drew(seed_sheet):
    drawn = {
        "portrait, signers and recipients": render(seed_sheet.sheet),
        "landscape, no notes": render(seed_sheet.sheet, notes=False, landscape=True),
    }
    seed_sheet.set_note("1.2.1", _numbered_note(2_000))
    drawn["landscape, a 2,000-character note over pages"] = render(seed_sheet.sheet, landscape=True)
    assert {name: hashlib.sha256(data).hexdigest() for name, data in drawn.items()} == PINNED


@pytest.mark.parametrize("value", ["CCHC-SHA256:" + "0" * 64, "CCHC-SHA256:" + "F1E2D3C4B5A69788" * 4])
def test_the_qr_code_is_the_one_reportlabs_widget_draws(value):
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Rect
    from reportlab.lib.rl_accel import fp_str

    widget = QrCodeWidget(value, barLevel="M", barBorder=0, barWidth=pdf.QR_SIZE, barHeight=pdf.QR_SIZE)
    left, bottom = 510.2362, 6.0
    expected = [f"n {fp_str(left + s.x, bottom + s.y, s.width, s.height)} re f*" for s in widget.draw().contents
                if isinstance(s, Rect) and s.fillColor is not None]
    assert list(pdf._qr_operators(value, left, bottom, "f*")) == expected


def test_printing_a_sheet_loads_neither_the_drawing_toolkit_nor_signing_nor_migrations(seed_sheet, db_path):
    seed_sheet.workspace.close()
    script = (
        "import sys\n"
        "from cchc_desktop.services import Workspace, printing\n"
        f"workspace = Workspace.open({str(db_path)!r})\n"
        "printing.render_pdf(workspace.open_sheet(1))\n"
        "workspace.close()\n"
        "heavy = ('reportlab.graphics.shapes', 'reportlab.graphics.barcode.widgets', 'xml.sax.saxutils',\n"
        "         'urllib.request', 'pyhanko', 'alembic')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert loaded.stdout.split() == []
