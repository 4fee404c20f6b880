"""Draws the application icon (app.png, app.ico) with Pillow: run once after changing the design."""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
SIZE = 256
NAVY = (22, 63, 122, 255)
RED = (200, 36, 36, 255)
PAPER = (250, 250, 245, 255)
GOLD = (245, 196, 0, 255)


def draw(size: int = SIZE) -> Image.Image:
    # Drawn at 4x and scaled down: Pillow's shapes have no anti-aliasing of their own.
    scale = 4
    big = size * scale
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    unit = big / 16
    pen.rounded_rectangle([unit * 0.5, unit * 0.5, unit * 15.5, unit * 15.5], radius=unit * 2.5, fill=NAVY)
    # A score sheet: white page with ruled rows.
    pen.rounded_rectangle([unit * 3.5, unit * 2.5, unit * 12.5, unit * 13.5], radius=unit * 0.6, fill=PAPER)
    for row in range(5):
        top = unit * (4.2 + row * 1.7)
        pen.rectangle([unit * 4.8, top, unit * 8.8, top + unit * 0.55], fill=(120, 130, 150, 255))
        pen.rectangle([unit * 9.6, top, unit * 11.2, top + unit * 0.55], fill=NAVY)
    # A red tick with a gold star: a sheet checked and approved.
    pen.line([(unit * 7.2, unit * 11.2), (unit * 9.0, unit * 13.0), (unit * 14.0, unit * 7.0)], fill=RED,
             width=int(unit * 1.1), joint="curve")
    centre, outer, inner = (unit * 3.6, unit * 3.6), unit * 2.4, unit * 1.0

    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((centre[0] + radius * math.cos(angle), centre[1] + radius * math.sin(angle)))
    pen.polygon(points, fill=GOLD)
    return image.resize((size, size), Image.LANCZOS)


def main() -> None:
    image = draw()
    image.save(HERE / "app.png")
    image.save(HERE / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
