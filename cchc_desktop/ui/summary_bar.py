"""The line under the tree: totals of both columns, percent of the maximum, progress, rounding difference."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from ..domain.numbers import format_score
from ..domain.scoring import Column, RoundingPolicy
from ..services.workspace import SheetDocument


def percent_of(part: Decimal, whole: Decimal) -> str:
    if not whole:
        return "–"
    return format_score((part * 100 / whole).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)) + " %"


class SummaryBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.document: SheetDocument | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.self_label = QLabel(self)
        self.self_label.setObjectName("selfTotal")
        self.appraisal_label = QLabel(self)
        self.appraisal_label.setObjectName("appraisalTotal")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setFixedWidth(140)
        self.progress.setTextVisible(False)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("progressText")
        self.rounding_label = QLabel(self)
        self.rounding_label.setObjectName("roundingNote")
        self.rounding_label.setStyleSheet("color: #7a4f00;")
        for label in (self.self_label, self.appraisal_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.self_label)
        layout.addSpacing(24)
        layout.addWidget(self.appraisal_label)
        layout.addSpacing(24)
        layout.addWidget(self.rounding_label)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)

    def set_document(self, document: SheetDocument | None) -> None:
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        document = self.document
        if document is None:
            for label in (self.self_label, self.appraisal_label, self.rounding_label, self.progress_label):
                label.clear()
            self.progress.hide()
            return
        sheet = document.sheet
        maximum = sheet.framework.maximum
        texts = {}
        roundings = []
        for column, caption in ((Column.SELF, self.tr("Self-assessment total")),
                                (Column.APPRAISAL, self.tr("Appraisal total"))):
            exact = sheet.total(column, RoundingPolicy.EXACT)
            scored = sheet.totals(None, column).scored
            value = format_score(exact) if scored else "–"
            texts[column] = (f"{caption}: <b>{value}</b> / {format_score(maximum)}"
                             f" ({percent_of(exact, maximum) if scored else '–'})")
            rounded = sheet.total(column, RoundingPolicy.ROUND_EACH_LEAF)
            if scored and rounded != exact:
                roundings.append(f"{caption.lower()} {format_score(rounded)}")
        self.self_label.setText(texts[Column.SELF])
        self.appraisal_label.setText(texts[Column.APPRAISAL])
        self.rounding_label.setText(
            self.tr("Rounding each sub-criterion first: %1").replace("%1", "; ".join(roundings)) if roundings else "")
        self.rounding_label.setVisible(bool(roundings))
        totals = [sheet.totals(None, column) for column in Column]
        leaves = totals[0].leaves
        # Progress counts sub-criteria whose appraisal is entered: the column that makes the result.
        scored = sheet.totals(None, Column.APPRAISAL).scored
        self.progress.setRange(0, max(leaves, 1))
        self.progress.setValue(scored)
        self.progress_label.setText(self.tr("Scored: self %1, appraisal %2 of %3 sub-criteria")
                                    .replace("%1", str(totals[0].scored)).replace("%2", str(scored))
                                    .replace("%3", str(leaves)))
        self.progress.show()
