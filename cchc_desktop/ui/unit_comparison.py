"""One unit across the years, opened from the overview: per area, per matching criterion, and what was not compared."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from ..domain.numbers import format_score
from ..domain.ranking import ComparedRow, Comparison
from ..domain.scoring import Column
from ..services import ranking
from .messages import describe

log = logging.getLogger(__name__)
NOTHING = "—"
PREDECESSOR_BRUSH = QBrush(QColor("#eef2f8"))  # the years of a merged-in unit's sheet, told apart at a glance


class UnitComparisonDialog(QDialog):
    """One unit's sheets side by side over the years, walking through ``units`` (the overview's order) with
    Previous / Next. Rows are matched by code and title; the rows that do not match are listed, never guessed.
    A double click on a year's score opens that year's sheet (``sheet_requested``) and closes the dialog."""

    sheet_requested = Signal(int)

    def __init__(self, workspace, units: list[str], current: int = 0, *,  # noqa: ANN001 - a Workspace
                 column: Column = Column.APPRAISAL, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitComparisonDialog")
        self.workspace = workspace
        self.units = list(units)
        self.position = max(0, min(current, len(self.units) - 1))
        self.column = column
        self.comparison: Comparison | None = None

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.previous_button = QPushButton(self)
        self.previous_button.setObjectName("previousUnitButton")
        self.unit_label = QLabel(self)
        self.unit_label.setObjectName("unitLabel")
        font = QFont(self.unit_label.font())
        font.setBold(True)
        self.unit_label.setFont(font)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextUnitButton")
        top.addWidget(self.previous_button)
        top.addWidget(self.unit_label, 1, Qt.AlignmentFlag.AlignCenter)
        top.addWidget(self.next_button)
        layout.addLayout(top)
        self.years_label = QLabel(self)
        self.years_label.setObjectName("yearsLabel")
        self.years_label.setWordWrap(True)
        layout.addWidget(self.years_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("comparisonTabs")
        self.area_table = self._table("areaComparisonTable")
        self.criteria_table = self._table("criteriaComparisonTable")
        self.unmatched_table = self._table("unmatchedTable")
        for table in (self.area_table, self.criteria_table, self.unmatched_table):
            self.tabs.addTab(table, "")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        for table in (self.area_table, self.criteria_table):
            table.cellDoubleClicked.connect(self._open_year)
        self.previous_button.clicked.connect(lambda _checked=False: self.walk(-1))
        self.next_button.clicked.connect(lambda _checked=False: self.walk(1))
        self.retranslate_ui()
        self.resize(1000, 560)
        self.show_unit()

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        return table

    # --- walking ------------------------------------------------------------------------
    @property
    def unit(self) -> str:
        return self.units[self.position] if self.units else ""

    def walk(self, step: int) -> None:
        """The previous or next unit of the overview's list."""
        position = self.position + step
        if 0 <= position < len(self.units):
            self.position = position
            self.show_unit()

    def show_unit(self) -> None:
        self.comparison = None
        if self.unit:
            try:
                self.comparison = ranking.compare_unit(self.workspace, self.unit, self.column)
            except CchcError as error:
                log.info("comparison refused: %s (%s)", error, error.kind)
                self.years_label.setText(describe(error))
        self.previous_button.setEnabled(self.position > 0)
        self.next_button.setEnabled(self.position < len(self.units) - 1)
        self._fill()

    def _open_year(self, _row: int, column: int) -> None:
        found = self.comparison
        position = column - 3
        if found is None or not 0 <= position < len(found.sheet_ids) or found.sheet_ids[position] is None:
            return
        self.sheet_requested.emit(found.sheet_ids[position])
        self.accept()

    # --- filling ------------------------------------------------------------------------
    def year_header(self, position: int) -> str:
        found = self.comparison
        label = found.labels[position] if position < len(found.labels) else ""
        year = str(found.years[position])
        return f"{year}\n({label})" if label else year

    def _fill(self) -> None:
        found = self.comparison
        self.unit_label.setText(self.tr("%1 (%2 of %3)").replace("%1", self.unit).replace(
            "%2", str(self.position + 1)).replace("%3", str(len(self.units))))
        self.setWindowTitle(self.tr("%1 across the years").replace("%1", self.unit))
        if found is None:
            for table in (self.area_table, self.criteria_table, self.unmatched_table):
                table.setRowCount(0)
            self._retranslate_tabs()
            return
        self.years_label.setText(self._years_text(found))
        self._fill_rows(self.area_table, found, found.areas)
        self._add_totals(self.area_table, found)
        self._fill_rows(self.criteria_table, found, found.criteria)
        self._fill_unmatched(found)
        self._retranslate_tabs()

    def _years_text(self, found: Comparison) -> str:
        column = self.tr("appraisal") if self.column is Column.APPRAISAL else self.tr("self-assessment")
        text = self.tr("Scores (%1) of %2 sheets: %3.").replace("%1", column).replace(
            "%2", str(len(found.years))).replace("%3", ", ".join(map(str, found.years)))
        earlier = [(year, label) for year, label in zip(found.years, found.labels) if label]
        if earlier:
            text += " " + self.tr("Shaded years are the sheets of units merged into this one (predecessors): %1.") \
                .replace("%1", "; ".join(f"{year}: {label}" for year, label in earlier))
        return text

    def _fill_rows(self, table: QTableWidget, found: Comparison, rows: tuple[ComparedRow, ...]) -> None:
        years = len(found.years)
        table.clear()
        table.setColumnCount(3 + years + 1)
        table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Criterion"), self.tr("Maximum"),
                                         *(self.year_header(p) for p in range(years)),
                                         self.tr("Change %1–%2").replace("%1", str(found.years[0])).replace(
                                             "%2", str(found.years[-1]))])
        for position, label in enumerate(found.labels):
            if label:
                table.horizontalHeaderItem(3 + position).setToolTip(
                    self.tr("The sheet of %1, merged into this unit").replace("%1", label))
        table.setRowCount(len(rows))
        for row, item in enumerate(rows):
            cells = [item.code, item.title, _maxima(item.maxima), *(format_score(s, empty=NOTHING) for s in item.scores),
                     _change(item.scores)]
            for column, text in enumerate(cells):
                table.setItem(row, column, self._cell(found, column, text))
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _add_totals(self, table: QTableWidget, found: Comparison) -> None:
        """Under the areas, each year's final total, index (out of 100) and grade as announced: the figures to
        compare across years whose sets differ."""
        years = len(found.years)
        indices = list(found.indices) + [None] * (years - len(found.indices))
        if not any(indices):
            return
        finals = [None if index is None else index.final for index in indices]
        marks = [None if index is None else index.index for index in indices]
        maxima = [index.applicable_maximum for index in indices if index is not None]
        rows = [
            (self.tr("Final total"), _maxima(maxima),
             [format_score(value, empty=NOTHING) for value in finals], _change(finals)),
            (self.tr("Index (out of 100)"), format_score(Decimal(100)),
             [format_score(value, empty=NOTHING) for value in marks], _change(marks)),
            (self.tr("Grade"), "", [(index.grade if index is not None else None) or NOTHING for index in indices],
             NOTHING),
        ]
        bold = QFont(table.font())
        bold.setBold(True)
        first_row = table.rowCount()
        table.setRowCount(first_row + len(rows))
        for offset, (title, maximum, values, difference) in enumerate(rows):
            for column, text in enumerate(["", title, maximum, *values, difference]):
                cell = self._cell(found, column, text)
                cell.setFont(bold)
                table.setItem(first_row + offset, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def _cell(self, found: Comparison, column: int, text: str) -> QTableWidgetItem:
        """A cell of the area or criterion table: numbers right-aligned, a year's cells opening its sheet and
        shaded when the sheet is a predecessor's."""
        cell = QTableWidgetItem(text)
        if column != 1:
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            cell.setToolTip(text)
        position = column - 3
        if 0 <= position < len(found.years):
            cell.setToolTip(self.tr("Double-click to open the %1 sheet").replace("%1", str(found.years[position])))
            if found.labels[position]:
                cell.setBackground(PREDECESSOR_BRUSH)
        return cell

    def _fill_unmatched(self, found: Comparison) -> None:
        table = self.unmatched_table
        table.clear()
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Year"), self.tr("Code"), self.tr("Criterion"), self.tr("Why")])
        table.setRowCount(len(found.unmatched))
        for row, item in enumerate(found.unmatched):
            why = (self.tr("Another year's set has this code under another title")
                   if item.reason == "title" else self.tr("Another year's set has no criterion with this code"))
            for column, text in enumerate((str(item.year), item.code, item.title, why)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    # --- language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._fill()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("◀ &Previous unit"))
        self.next_button.setText(self.tr("&Next unit ▶"))
        self.previous_button.setToolTip(self.tr("The unit above in the overview's list"))
        self.next_button.setToolTip(self.tr("The unit below in the overview's list"))
        self._retranslate_tabs()

    def _retranslate_tabs(self) -> None:
        found = self.comparison
        self.tabs.setTabText(0, self.tr("By area"))
        self.tabs.setTabText(1, self.tr("By criterion (%1 matching)").replace(
            "%1", str(len(found.criteria) if found else 0)))
        self.tabs.setTabText(2, self.tr("Not compared (%1)").replace(
            "%1", str(len(found.unmatched) if found else 0)))


def _maxima(maxima: Sequence[Decimal]) -> str:
    """One maximum where every year has the same, else each year's in order."""
    return format_score(maxima[0]) if len(set(maxima)) == 1 else " / ".join(format_score(m) for m in maxima)


def _change(values: Sequence[Decimal | None]) -> str:
    """The last year's value less the first's, signed; a dash where either is missing or there is one year."""
    first, last = values[0], values[-1]
    return NOTHING if first is None or last is None or len(values) < 2 else _signed(last - first)


def _signed(value: Decimal) -> str:
    text = format_score(value)
    return f"+{text}" if value > 0 else text
