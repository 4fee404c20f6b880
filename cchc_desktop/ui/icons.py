"""Small icons drawn with QPainter (cell states) and the application icon from resources/icons."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap, QPolygonF

from ..paths import resource_path

_SIZE = 32  # drawn large, scaled down by Qt: sharp on high-DPI screens


def application_icon() -> QIcon:
    icon = QIcon()
    for name in ("app.png", "app.ico"):
        path = resource_path("icons", name)
        if path.exists():
            icon.addFile(str(path))
            break
    return icon


@cache
def state_icon(state: str) -> QIcon:
    """A shape per cell state, so a state never depends on colour alone."""
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    box = QRectF(3, 3, _SIZE - 6, _SIZE - 6)
    if state == "unscored":
        painter.setPen(QPen(QColor("#b07800"), 3, Qt.PenStyle.DashLine))
        painter.drawEllipse(box)
    elif state == "over":
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828"))
        painter.drawEllipse(box)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(22)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, "!")
    elif state in ("lower", "higher"):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#c62828" if state == "lower" else "#2e7d32"))
        mid = _SIZE / 2
        if state == "lower":
            points = [QPointF(5, 9), QPointF(_SIZE - 5, 9), QPointF(mid, _SIZE - 6)]
        else:
            points = [QPointF(5, _SIZE - 9), QPointF(_SIZE - 5, _SIZE - 9), QPointF(mid, 6)]
        painter.drawPolygon(QPolygonF(points))
    elif state == "missing_evidence":
        # A page with a corner folded and an orange bar across: “thiếu minh chứng”, a document is missing.
        painter.setPen(QPen(QColor("#8a5a00"), 2.5))
        painter.setBrush(QColor("#fff3d6"))
        painter.drawPolygon(QPolygonF([QPointF(8, 3), QPointF(20, 3), QPointF(26, 9), QPointF(26, 29),
                                       QPointF(8, 29)]))
        painter.setPen(QPen(QColor("#d97a00"), 4))
        painter.drawLine(QPointF(4, 26), QPointF(28, 6))
    painter.end()
    return QIcon(pixmap)
