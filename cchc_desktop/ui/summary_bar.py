"""The line under the tree: totals of both columns, percent of the maximum, progress, rounding difference.

On a narrow window the line gets shorter step by step (progress bar, then shorter wording, then the
rounding note goes to the tooltip) instead of clipping its text or widening the window.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QWidget

from ..domain.numbers import format_score
from ..domain.rounding import rounded_total_if_different
from ..domain.scoring import Column
from ..services import rules
from .sheet_editor import SheetChange, SheetEditor

if TYPE_CHECKING:
    from ..services import SheetDocument


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
        self._editor: SheetEditor | None = None
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
        self.index_label = QLabel(self)
        self.index_label.setObjectName("indexLine")
        # The sheet's rules and N/A marks, read once per document: scores change on every edit, they do not.
        self._rules: tuple[rules.RuleBook, rules.SheetState] | None = None
        for label in (self.self_label, self.appraisal_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.self_label, self.appraisal_label, self.progress_label, self.rounding_label,
                      self.index_label):
            # The bar chooses shorter wording itself (see _fit); a label's full text must not set the window's
            # minimum width, or switching to a sheet with a longer line would widen the window.
            label.setMinimumWidth(1)
        # (self, appraisal, progress, rounding, index), longest first
        self._texts: list[tuple[str, str, str, str, str]] = []
        self._level = 0
        self._fitting = False
        layout.addWidget(self.self_label)
        layout.addSpacing(24)
        layout.addWidget(self.appraisal_label)
        layout.addSpacing(24)
        layout.addWidget(self.index_label)
        layout.addSpacing(24)
        layout.addWidget(self.rounding_label)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)

    def set_document(self, document: SheetDocument | None) -> None:
        self.document = document
        self._rules = None
        self.refresh()

    def follow(self, editor: SheetEditor | None) -> None:
        """Show ``editor``'s sheet and redraw whenever one of its scores changes (None: no sheet)."""
        if self._editor is not None:
            self._editor.changed.disconnect(self._sheet_changed)
        self._editor = editor
        if editor is not None:
            editor.changed.connect(self._sheet_changed)
        self.set_document(editor.document if editor is not None else None)

    def _sheet_changed(self, change: SheetChange) -> None:
        if change.rules:
            self._rules = None  # figures or an N/A mark moved: the applicable maximum and index with them
        # Explanations and evidence files change which sub-criteria lack evidence (counted in the progress line).
        if change.scores or change.info or change.rules or change.explanations or change.evidence:
            self.refresh()

    def refresh(self) -> None:
        document = self.document
        if document is None:
            for label in (self.self_label, self.appraisal_label, self.rounding_label, self.progress_label,
                          self.index_label):
                label.clear()
            self.progress.hide()
            self._texts = []
            self.setToolTip("")
            return
        sheet = document.sheet
        found = self.indices()
        # Measured as the index is: the final total (base points on applicable rows, plus bonus, less
        # deduction) over the applicable maximum, which leaves out the bonus and deduction sections and rows
        # marked not applicable. On a sheet without those it is the plain sum over the set's maximum.
        maximum = found[Column.SELF].applicable_maximum
        totals = {}
        roundings = []
        extras: dict[Column, str] = {}
        captions = {Column.SELF: (self.tr("Self-assessment total"), self.tr("Self-assessment")),
                    Column.APPRAISAL: (self.tr("Appraisal total"), self.tr("Appraisal"))}
        for column, (caption, _short) in captions.items():
            index = found[column]
            final = index.final
            totals[column] = (format_score(final) if final is not None else "–",
                              percent_of(final, maximum) if final is not None else "–")
            parts = []
            if index.bonus is not None:
                parts.append(self.tr("bonus +%1").replace("%1", format_score(index.bonus)))
            if index.deduction is not None:
                parts.append(self.tr("deduction −%1").replace("%1", format_score(index.deduction)))
            extras[column] = ", ".join(parts)
            rounded = rounded_total_if_different(sheet, column)
            if rounded is not None:
                roundings.append(f"{caption.lower()} {format_score(rounded)}")
        rounding = (self.tr("Rounding each sub-criterion first: %1").replace("%1", "; ".join(roundings))
                    if roundings else "")
        # Sub-criteria marked not applicable are out of the count, as they are out of the index's maximum.
        out = self._not_applicable_leaves(document)
        leaves = sheet.totals(None, Column.SELF).leaves - len(out)

        def scored_in(column: Column) -> int:
            return sheet.totals(None, column).scored - sum(1 for code in out if sheet.entry(code, column) is not None)

        # Progress counts sub-criteria whose appraisal is entered: the column that makes the result.
        scored = scored_in(Column.APPRAISAL)
        self.progress.setRange(0, max(leaves, 1))
        self.progress.setValue(scored)
        long_progress = (self.tr("Scored: self %1, appraisal %2 of %3 sub-criteria")
                         .replace("%1", str(scored_in(Column.SELF))).replace("%2", str(scored))
                         .replace("%3", str(leaves)))
        short_progress = self.tr("Appraised %1/%2").replace("%1", str(scored)).replace("%2", str(leaves))
        stage = self.stage_text(document)
        if stage:
            # A sheet in the yearly cycle says where it stands: the stage decides which column takes typing.
            long_progress, short_progress = f"{stage} · {long_progress}", f"{stage} · {short_progress}"
        missing = len(self._editor.missing_evidence) if self._editor is not None else 0
        if missing:
            # Sub-criteria self-scored with neither an evidence file nor an explanation (“thiếu minh chứng”).
            long_progress += " · " + self.tr("%1 without evidence").replace("%1", str(missing))
            short_progress += " · " + self.tr("%1 without evidence").replace("%1", str(missing))
        maximum_text = format_score(maximum)

        def total(column: Column, short: bool, with_percent: bool, with_extra: bool = True) -> str:
            value, percent = totals[column]
            caption = captions[column][1 if short else 0]
            # The bonus and deduction in the final total are named while there is room: they are why it is not
            # the sum of the tree's areas.
            extra = ", " + self.tr("including %1").replace("%1", extras[column]) if extras[column] and with_extra else ""
            return (f"{caption}: <b>{value}</b> / {maximum_text}" + (f" ({percent})" if with_percent else "") + extra)

        long_index, short_index = self._index_texts(document, found)
        # From the full line down to the shortest; _fit shows the first that fits the bar's width.
        self._texts = [
            (total(Column.SELF, False, True), total(Column.APPRAISAL, False, True), long_progress, rounding,
             long_index),
            (total(Column.SELF, True, True), total(Column.APPRAISAL, True, True), long_progress, rounding, long_index),
            (total(Column.SELF, True, True), total(Column.APPRAISAL, True, True), short_progress, rounding,
             short_index),
            (total(Column.SELF, True, True, False), total(Column.APPRAISAL, True, True, False), short_progress, "",
             short_index),
            (total(Column.SELF, True, False, False), total(Column.APPRAISAL, True, False, False), short_progress, "",
             short_index),
        ]
        raw = self._raw_totals(found)
        self.setToolTip("\n".join(text for text in (self._plain(self._texts[0][0]), self._plain(self._texts[0][1]),
                                                      self._plain(long_index), raw, long_progress, rounding)
                                   if text))
        self._fit()

    def _raw_totals(self, found: dict) -> str:
        """Every entered score added up, as the sheet's raw total, where it differs from the total shown."""
        if all(found[column].raw_total == found[column].final for column in (Column.SELF, Column.APPRAISAL)):
            return ""
        return (self.tr("Sum of every entered score: self-assessment %1, appraisal %2")
                .replace("%1", format_score(found[Column.SELF].raw_total, empty="–"))
                .replace("%2", format_score(found[Column.APPRAISAL].raw_total, empty="–")))

    def _not_applicable_leaves(self, document: SheetDocument) -> set[str]:
        self.indices()  # fills the cached rule book and sheet state
        framework = document.sheet.framework
        return {code for code in self._rules[1].not_applicable if code in framework and framework.get(code).is_leaf}

    def indices(self) -> dict:
        """The index of each column as the bar shows it (services.rules.indices, with the bar's cached rules)."""
        if self._rules is None:
            self._rules = (rules.rule_book(self.document.workspace, self.document.info.framework_id),
                           rules.sheet_state(self.document))
        return rules.indices(self.document, *self._rules)

    def _index_texts(self, document: SheetDocument, found: dict | None = None) -> tuple[str, str]:
        """The index (quy về thang điểm 100) and grade of each column, long and short."""
        found = self.indices() if found is None else found

        def one(column: Column) -> str:
            value = found[column]
            if value.index is None:
                return "–"
            return f"<b>{format_score(value.index)}</b> ({value.grade})"

        long_text = (self.tr("Index: self-assessment %1, appraisal %2")
                     .replace("%1", one(Column.SELF)).replace("%2", one(Column.APPRAISAL)))
        short_text = self.tr("Index %1").replace("%1", one(Column.APPRAISAL))
        if self._rules is not None and self._rules[1].not_applicable:
            # Rows marked not applicable leave the maximum the index is measured against: say what it is now.
            long_text += " · " + self.tr("applicable maximum %1").replace(
                "%1", format_score(found[Column.SELF].applicable_maximum))
        return long_text, short_text

    def stage_text(self, document: SheetDocument) -> str:
        """The stage and the column it leaves open, for a sheet in the yearly cycle; empty outside it."""
        if document.info.stage is None:
            return ""
        texts = {
            "drafting": self.tr("Stage: self-assessment"),
            "submitted": self.tr("Stage: submitted, round 1 open"),
            "appraised": self.tr("Stage: appraised, explanations open"),
            "explained": self.tr("Stage: explained, final appraisal open"),
            "final": self.tr("Stage: final, ready to lock"),
            "locked": self.tr("Stage: locked"),
        }
        return texts.get(document.stage.value, "")

    @staticmethod
    def _plain(text: str) -> str:
        return text.replace("<b>", "").replace("</b>", "")

    def _show_level(self, level: int) -> None:
        # Level 0 is the full line with the progress bar; from level 1 on the bar is gone (the count beside it
        # says the same) and the wording shortens with each level.
        own, appraisal, progress, rounding, index = self._texts[max(level - 1, 0)]
        self.index_label.setText(index)
        self.self_label.setText(own)
        self.appraisal_label.setText(appraisal)
        self.progress_label.setText(progress)
        self.rounding_label.setText(rounding)
        self.rounding_label.setVisible(bool(rounding))
        self.progress.setVisible(level == 0)

    def levels(self) -> int:
        return len(self._texts) + 1

    def _fit(self) -> None:
        if not self._texts or self._fitting:
            return  # showing or hiding a part can resize the bar while it is being fitted
        self._fitting = True
        try:
            self._fit_now()
            # A part shown or hidden inside a resize is not laid out again by itself.
            self.layout().invalidate()
            self.layout().activate()
        finally:
            self._fitting = False

    def _fit_now(self) -> None:
        if not self.isVisible():
            self._show_level(0)  # not laid out yet: its resize event fits it when it is shown
            return
        available = self.contentsRect().width()
        for level in range(self.levels()):
            self._show_level(level)
            if level == 0:
                # The full line, with the progress bar, is the tallest. Kept at that height whatever the level, the
                # bar does not shrink when the progress bar goes: that resized the tree above, which resized the
                # bar, which fitted again, back and forth, the whole tree laid out and painted each time.
                self.setMinimumHeight(max(self.minimumHeight(), self.layout().totalSizeHint().height()))
            if self.needed_width() <= available or level == self.levels() - 1:
                self._level = level
                return

    def needed_width(self) -> int:
        """The width the shown parts take whole (the layout's own hint lags behind a part just shown)."""
        layout = self.layout()
        margins = layout.contentsMargins()
        parts = [widget for widget in (self.self_label, self.appraisal_label, self.index_label, self.rounding_label,
                                       self.progress_label, self.progress) if not widget.isHidden()]
        spacing = max(layout.spacing(), 0) * layout.count()  # a little generous: never too tight
        return (margins.left() + margins.right() + spacing + 3 * 24
                + sum(max(widget.sizeHint().width(), widget.minimumWidth()) for widget in parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event) -> None:  # noqa: ANN001 - QShowEvent
        super().showEvent(event)
        # Sized while hidden, the bar could not measure itself: once shown, it fits its width.
        QTimer.singleShot(0, self._fit)
