"""Floor for printing: the seed's rows as one reportlab Table with one embedded TrueType font."""

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

seed, font, output = (Path(argument) for argument in sys.argv[1:4])
pdfmetrics.registerFont(TTFont("Serif", str(font)))
rows = [line.split("\t") for line in seed.read_text(encoding="utf-8").splitlines() if "\t" in line]
width = max(len(row) for row in rows)
rows = [[cell[:60] for cell in row] + [""] * (width - len(row)) for row in rows]
table = Table(rows, repeatRows=1)
table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "Serif"), ("FONTSIZE", (0, 0), (-1, -1), 8),
                           ("GRID", (0, 0), (-1, -1), 0.25, (0, 0, 0))]))
SimpleDocTemplate(str(output), pagesize=A4).build([table])
