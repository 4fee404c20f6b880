"""Painting the searched words inside code and title cells, so a user sees why a row was found.

The view sets this delegate on those columns only while words are typed (SheetTreeView.mark_matches): a Python
paint for every code and title cell would slow every repaint, the first one included.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem


# A marker-pen yellow laid over the text: readable on every row colour, including the selection.
MATCH_COLOUR = QColor(255, 190, 0, 120)


class MatchDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        model = index.model()
        spans = model.match_spans_at(index) if hasattr(model, "match_spans_at") else []
        if not spans:
            return
        # Here, not at the top: making PySide's QStyle type (its hundreds of enum values) costs 26 ms at start.
        from PySide6.QtWidgets import QStyle

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1
        metrics = QFontMetrics(opt.font)
        text = opt.text
        elided = metrics.elidedText(text, opt.textElideMode, text_rect.width() - 2 * margin)
        # An elided title ends in "…": a match past the cut is not drawn over the ellipsis.
        shown = len(elided) - 1 if elided != text else len(text)
        top = text_rect.top() + (text_rect.height() - metrics.height()) // 2
        painter.save()
        painter.setClipRect(text_rect)
        for start, length in spans:
            end = min(start + length, shown)
            if start >= end:
                continue
            left = text_rect.left() + margin + metrics.horizontalAdvance(text[:start])
            right = text_rect.left() + margin + metrics.horizontalAdvance(text[:end])
            painter.fillRect(QRect(left, top, right - left, metrics.height()), MATCH_COLOUR)
        painter.restore()
