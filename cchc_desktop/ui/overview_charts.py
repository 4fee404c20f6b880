"""Charts of the overview drawn with QPainter: the index of every unit over the grade bands, one unit's areas."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..domain.index import DEFAULT_GRADES, GradeScale
from ..domain.numbers import format_score
from ..domain.ranking import RankedUnit

HUNDRED = Decimal(100)
# Best grade first; a fifth band reuses the last. Pale for the band behind the bars, strong for a bar in it.
BAND_COLOURS = ("#dcefd9", "#e6f0fa", "#fbf3d5", "#f8dcd8")
BAR_COLOURS = ("#3b8a3e", "#2f6fae", "#c9962b", "#c0504d")
BAR = QColor("#2f5f8f")
BAR_HIGHLIGHT = QColor("#7b2d8e")
AVERAGE = QColor("#202020")
MAX_BAR = 72  # pixels


def area_percent(unit: RankedUnit, code: str) -> Decimal | None:
    """An area's points as a share of its applicable maximum, × 100; None if unscored or nothing applies."""
    for area in unit.areas:
        if area.code == code:
            if area.score is None or area.maximum <= 0:
                return None
            return area.score * HUNDRED / area.maximum
    return None


def _scaled(value: Decimal, top: Decimal, pixels: int) -> int:
    """``value`` of ``top`` as whole pixels of ``pixels``; Decimal to the last step, as every score."""
    return int(value * pixels / top) if top > 0 else 0


class IndexChart(QWidget):
    """One bar per unit in rank order, its height the index, over the grade bands; a click selects the unit."""

    unit_clicked = Signal(int)  # sheet id

    def __init__(self, parent: QWidget | None = None, grades: GradeScale = DEFAULT_GRADES) -> None:
        super().__init__(parent)
        self.setObjectName("indexChart")
        self.setMouseTracking(False)
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.grades = grades
        self.units: list[RankedUnit] = []
        self.highlight: int | None = None
        self.title = ""
        self.labels: list[str] = []  # under the bars; rank numbers when empty

    def retranslate(self) -> None:
        self.title = self.tr("Index by unit, in rank order, over the grade bands")
        self.update()

    def set_ranking(self, units: list[RankedUnit], labels: list[str] | None = None) -> None:
        kept = [(unit, label) for unit, label in zip(units, labels or [""] * len(units)) if unit.scored]
        self.units = [unit for unit, _ in kept]
        self.labels = [label for _, label in kept] if labels else []
        self.update()

    def set_highlight(self, sheet_id: int | None) -> None:
        self.highlight = sheet_id
        self.update()

    def _top(self) -> Decimal:
        highest = max((unit.index for unit in self.units if unit.index is not None), default=HUNDRED)
        return max(HUNDRED, highest)

    def _plot(self) -> QRect:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100") + 10
        right = max(metrics.horizontalAdvance(band.label) for band in self.grades.bands) + 12
        return self.rect().adjusted(left, metrics.height() + 10, -right, -(metrics.height() + 8))

    def _unit_at(self, point: QPoint) -> RankedUnit | None:
        plot = self._plot()
        if not self.units or not plot.contains(point):
            return None
        position = (point.x() - plot.left()) * len(self.units) // max(1, plot.width())
        return self.units[min(position, len(self.units) - 1)]

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        plot, top = self._plot(), self._top()
        painter.setPen(self.palette().text().color())
        painter.drawText(QRect(0, 2, self.width(), metrics.height() + 4), Qt.AlignmentFlag.AlignHCenter, self.title)
        # Grade bands, best first: each from its lower bound up to the band above (or the top).
        upper = top
        for position, band in enumerate(self.grades.bands):
            y_top = plot.bottom() - _scaled(upper, top, plot.height())
            y_bottom = plot.bottom() - _scaled(band.lower, top, plot.height())
            colour = QColor(BAND_COLOURS[min(position, len(BAND_COLOURS) - 1)])
            painter.fillRect(QRect(plot.left(), y_top, plot.width(), y_bottom - y_top), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QRect(plot.right() + 6, y_top, self.width() - plot.right() - 6, y_bottom - y_top),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, band.label)
            upper = band.lower
        # Axis ticks every 20 points.
        painter.setPen(QPen(QColor("#bbbbbb"), 1, Qt.PenStyle.DotLine))
        for tick in range(0, int(top) + 1, 20):
            y = plot.bottom() - _scaled(Decimal(tick), top, plot.height())
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.drawText(QRect(0, y - metrics.height() // 2, plot.left() - 6, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(tick))
        count = len(self.units)
        if not count:
            painter.setPen(self.palette().text().color())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter,
                             self.tr("No unit has scores in this column yet."))
            return
        # Bars: integer edges so 1,000 bars on 1,000 pixels neither overlap nor leave gaps.
        gap = 2 if plot.width() // count >= 6 else 0
        bar_colours = [QColor(BAR_COLOURS[min(position, len(BAR_COLOURS) - 1)])
                       for position in range(len(self.grades.bands))]
        for position, unit in enumerate(self.units):
            x0 = plot.left() + position * plot.width() // count
            x1 = plot.left() + (position + 1) * plot.width() // count
            index = unit.index or Decimal(0)
            height = _scaled(index, top, plot.height())
            band = next((number for number, found in enumerate(self.grades.bands) if index >= found.lower),
                        len(self.grades.bands) - 1)
            colour = BAR_HIGHLIGHT if unit.sheet_id == self.highlight else bar_colours[band]
            width = max(3, x1 - x0 - gap) if unit.sheet_id == self.highlight else max(1, x1 - x0 - gap)
            left = x0 + gap // 2
            if width > MAX_BAR:  # a few years: slim bars centred in their slots, not a wall
                left, width = left + (width - MAX_BAR) // 2, MAX_BAR
            painter.fillRect(QRect(left, plot.bottom() - height + 1, width, height), colour)
        # The band limits drawn over the bars too, so a bar's band can be read where the bar hides it.
        painter.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
        for band in self.grades.bands:
            if band.lower > 0:
                y = plot.bottom() - _scaled(band.lower, top, plot.height())
                painter.drawLine(plot.left(), y, plot.right(), y)
        # Rank numbers under the bars when there is room for them.
        step = plot.width() // count
        label_every = 1 if step >= metrics.horizontalAdvance("000") else max(1, count // 10)
        painter.setPen(self.palette().text().color())
        for position in range(0, count, label_every):
            x0 = plot.left() + position * plot.width() // count
            label = self.labels[position] if self.labels else str(self.units[position].rank)
            painter.drawText(QRect(x0 - 20, plot.bottom() + 2, max(step, 1) + 40, metrics.height() + 4),
                             Qt.AlignmentFlag.AlignHCenter, label)
            if self.labels:  # a handful of years: each bar's index written on it
                height = _scaled(self.units[position].index or Decimal(0), top, plot.height())
                painter.drawText(QRect(x0, plot.bottom() - height - metrics.height() - 2, max(step, 1),
                                       metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                                 format_score(self.units[position].index))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            unit = self._unit_at(event.pos())
            if unit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tr("%1. %2: index %3, %4")
                                  .replace("%1", str(unit.rank)).replace("%2", unit.unit)
                                  .replace("%3", format_score(unit.index)).replace("%4", unit.grade or ""), self)
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        unit = self._unit_at(event.position().toPoint())
        if unit is not None:
            self.unit_clicked.emit(unit.sheet_id)
        super().mousePressEvent(event)


class TrendChart(IndexChart):
    """One unit's index year by year, over the grade bands."""

    def __init__(self, parent: QWidget | None = None, grades: GradeScale = DEFAULT_GRADES) -> None:
        super().__init__(parent, grades)
        self.setObjectName("trendChart")
        self.unit_name = ""

    def retranslate(self) -> None:
        self.title = self.tr("%1: the index year by year").replace("%1", self.unit_name)
        self.update()

    def set_trend(self, unit: str, points: list) -> None:
        """``points``: services.ranking.TrendPoint; a predecessor's year is labelled with the predecessor's name."""
        self.unit_name = unit
        self.set_ranking([point.result for point in points],
                         [f"{point.year} ({point.unit})" if point.predecessor else str(point.year)
                          for point in points])
        self.retranslate()


class AreaChart(QWidget):
    """Each area's percentage for one unit, with the average of every unit as a black mark on the same bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("areaChart")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.unit: RankedUnit | None = None
        self.rows: list[tuple[str, str, Decimal | None, Decimal | None]] = []  # code, title, unit %, average %

    def retranslate(self) -> None:
        self.update()

    def set_unit(self, unit: RankedUnit | None, everyone: list[RankedUnit]) -> None:
        self.unit = unit
        self.rows = []
        if unit is not None:
            for area in unit.areas:
                shares = [share for other in everyone if (share := area_percent(other, area.code)) is not None]
                average = sum(shares, Decimal(0)) / len(shares) if shares else None
                self.rows.append((area.code, area.title, area_percent(unit, area.code), average))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = self.fontMetrics()
        text = self.palette().text().color()
        painter.setPen(text)
        if self.unit is None:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter,
                             self.tr("Select a unit in the table."))
            return
        title = self.tr("%1: each area as a percentage of its maximum; black mark: average of all units")
        title = title.replace("%1", self.unit.unit)
        painter.drawText(QRect(0, 2, self.width(), metrics.height() + 4), Qt.AlignmentFlag.AlignHCenter, title)
        if not self.rows:
            return
        label_width = min(self.width() // 3, max(metrics.horizontalAdvance(f"{code}. {name}")
                                                 for code, name, _, _ in self.rows) + 8)
        value_width = metrics.horizontalAdvance("100,00 % / 100,00 %") + 12
        top = metrics.height() + 10
        row_height = max(metrics.height() + 4, (self.height() - top - 4) // len(self.rows))
        bar_left, bar_width = label_width + 8, max(20, self.width() - label_width - value_width - 16)
        for position, (code, name, share, average) in enumerate(self.rows):
            y = top + position * row_height
            painter.setPen(text)
            label = metrics.elidedText(f"{code}. {name}", Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(QRect(0, y, label_width, row_height), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)
            bar = QRect(bar_left, y + row_height // 5, bar_width, row_height * 3 // 5)
            painter.fillRect(bar, QColor("#eeeeee"))
            if share is not None:
                painter.fillRect(QRect(bar.left(), bar.top(), _scaled(min(share, HUNDRED), HUNDRED, bar_width),
                                       bar.height()), BAR)
            if average is not None:
                x = bar.left() + _scaled(min(average, HUNDRED), HUNDRED, bar_width)
                painter.setPen(QPen(AVERAGE, 2))
                painter.drawLine(x, bar.top() - 3, x, bar.bottom() + 3)
            painter.setPen(text)
            numbers = f"{format_score(share, empty='—')} % / {format_score(average, empty='—')} %"
            painter.drawText(QRect(bar_left + bar_width + 8, y, value_width, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, numbers)
