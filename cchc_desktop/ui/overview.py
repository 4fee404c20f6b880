"""The appraising office's overview: every unit of a year ranked in one table, with charts, exports and shortfalls."""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QMainWindow, QMessageBox, QPushButton, QSplitter,
                               QStyledItemDelegate, QStyleOptionViewItem, QTableView, QTableWidget,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from .filter_model import fold
from ..domain.numbers import format_score
from ..domain.ranking import RankedUnit, Shortfall
from ..domain.scoring import Column
from ..domain.stages import CYCLE, Stage
from ..services import ranking
from .messages import describe
from .overview_charts import AreaChart, IndexChart, TrendChart, area_percent

log = logging.getLogger(__name__)

# Custom item roles of OverviewModel.
SHEET_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the sheet a row stands for (int)
SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # what the column sorts by: Decimal, int or folded text, None last
PERCENT_ROLE = Qt.ItemDataRole.UserRole + 3  # an area cell's score / applicable maximum × 100 (Decimal or None)
RANKED_UNIT_ROLE = Qt.ItemDataRole.UserRole + 4  # the whole RankedUnit of the row

# Fixed columns; one column per area follows GRADE, then progress, evidence gaps and stage close the row.
RANK, UNIT, SELF_TOTAL, FINAL_TOTAL, MAXIMUM, INDEX, GRADE = range(7)
FIXED_COLUMNS = 7
NOTHING = "—"
STAGE_ORDER = (Stage.OPEN, *CYCLE)  # the stage column sorts along the cycle


class OverviewModel(QAbstractTableModel):
    """One row per ranked unit; cells are formatted when shown, so 1,000 rows cost no more to open than 38."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._units: list[RankedUnit] = []
        self._areas: list[tuple[str, str]] = []  # (code, title) of the area columns, in criteria order
        self._states: dict[int, ranking.SheetState] = {}  # sheet → stage and evidence gaps

    # --- content -------------------------------------------------------------------
    def set_ranking(self, units: list[RankedUnit], states: dict | None = None) -> None:
        """``states``: services.ranking.year_states for the sheets, or None when they are not known."""
        self.beginResetModel()
        self._units = list(units)
        self._states = dict(states or {})
        areas: dict[str, str] = {}
        for unit in self._units:
            for area in unit.areas:
                areas.setdefault(area.code, area.title)
        self._areas = sorted(areas.items(), key=lambda item: tuple(int(p) for p in item[0].split(".")))
        self.endResetModel()

    def units(self) -> list[RankedUnit]:
        return self._units

    def area_codes(self) -> list[str]:
        return [code for code, _ in self._areas]

    def unit_at(self, row: int) -> RankedUnit:
        return self._units[row]

    @property
    def progress_column(self) -> int:
        return FIXED_COLUMNS + len(self._areas)

    @property
    def gaps_column(self) -> int:
        return self.progress_column + 1

    @property
    def stage_column(self) -> int:
        return self.progress_column + 2

    def state_of(self, unit: RankedUnit):  # noqa: ANN201 - ranking.SheetState | None
        return self._states.get(unit.sheet_id)

    def stage_name(self, stage: Stage) -> str:
        return {Stage.OPEN: self.tr("Outside the cycle"), Stage.DRAFTING: self.tr("Self-assessment"),
                Stage.SUBMITTED: self.tr("Submitted, round 1"), Stage.APPRAISED: self.tr("Appraised, explaining"),
                Stage.EXPLAINED: self.tr("Explained, final appraisal"), Stage.FINAL: self.tr("Final"),
                Stage.LOCKED: self.tr("Locked")}[stage]

    def area_of_column(self, column: int) -> str | None:
        position = column - FIXED_COLUMNS
        return self._areas[position][0] if 0 <= position < len(self._areas) else None

    # --- Qt's model interface ---------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else FIXED_COLUMNS + len(self._areas) + 3

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        area = self.area_of_column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if area is not None:
                return self.tr("Area %1").replace("%1", area)
            return {RANK: self.tr("Rank"), UNIT: self.tr("Unit"), SELF_TOTAL: self.tr("Self-assessment"),
                    FINAL_TOTAL: self.tr("Appraisal"), MAXIMUM: self.tr("Applicable maximum"),
                    INDEX: self.tr("Index"), GRADE: self.tr("Grade"), self.gaps_column: self.tr("Missing evidence"),
                    self.stage_column: self.tr("Stage")}.get(section, self.tr("Progress"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if area is not None:
                return dict(self._areas)[area]
            if section == self.progress_column:
                return self.tr("Sub-criteria scored / sub-criteria that apply")
            if section == self.gaps_column:
                return self.tr("Self-scored sub-criteria with neither an evidence file nor an explanation")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._units):
            return None
        unit, column = self._units[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(unit, column)
        if role == SORT_KEY_ROLE:
            return self.sort_key(index.row(), column)
        if role == SHEET_ID_ROLE:
            return unit.sheet_id
        if role == RANKED_UNIT_ROLE:
            return unit
        if role == PERCENT_ROLE:
            area = self.area_of_column(column)
            return None if area is None else area_percent(unit, area)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (UNIT, self.stage_column):
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == RANK and not unit.scored:
            return self.tr("Nothing is entered in this column yet: ranked after every scored unit.")
        if role == Qt.ItemDataRole.ForegroundRole and not unit.scored:
            return QBrush(QColor("#777777"))
        return None

    def _text(self, unit: RankedUnit, column: int) -> str:
        if column == RANK:
            return str(unit.rank) if unit.scored else f"{unit.rank}*"
        if column == UNIT:
            return unit.unit
        if column == SELF_TOTAL:
            return format_score(unit.totals[Column.SELF].final, empty=NOTHING)
        if column == FINAL_TOTAL:
            return format_score(unit.totals[Column.APPRAISAL].final, empty=NOTHING)
        if column == MAXIMUM:
            return format_score(unit.result.applicable_maximum)
        if column == INDEX:
            return format_score(unit.index, empty=NOTHING)
        if column == GRADE:
            return unit.grade or NOTHING
        if column == self.progress_column:
            return f"{unit.scored_leaves}/{unit.applicable_leaves}"
        if column in (self.gaps_column, self.stage_column):
            state = self._states.get(unit.sheet_id)
            if state is None:
                return NOTHING
            return str(state.evidence_gaps) if column == self.gaps_column else self.stage_name(state.stage)
        area = self.area_of_column(column)
        for found in unit.areas:
            if found.code == area:
                return format_score(found.score, empty=NOTHING)
        return ""

    def sort_key(self, row: int, column: int) -> object:
        """The value a column sorts by; None (nothing entered) sorts after every value in either direction."""
        unit = self._units[row]
        if column == RANK:
            return unit.rank
        if column == UNIT:
            return fold(unit.unit)
        if column == SELF_TOTAL:
            return unit.totals[Column.SELF].final
        if column == FINAL_TOTAL:
            return unit.totals[Column.APPRAISAL].final
        if column == MAXIMUM:
            return unit.result.applicable_maximum
        if column in (INDEX, GRADE):
            return unit.index  # grades follow the index
        if column == self.progress_column:
            return (Decimal(unit.scored_leaves) / unit.applicable_leaves if unit.applicable_leaves else None)
        if column in (self.gaps_column, self.stage_column):
            state = self._states.get(unit.sheet_id)
            if state is None:
                return None
            return state.evidence_gaps if column == self.gaps_column else STAGE_ORDER.index(state.stage)
        area = self.area_of_column(column)
        return next((found.score for found in unit.areas if found.code == area), None)


class OverviewProxy(QSortFilterProxyModel):
    """Sorts by the model's Decimal keys (not by display text) and keeps units whose folded name has the words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        name = fold(model.unit_at(source_row).unit)
        return all(word in name for word in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,  # noqa: N802
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        a, b = model.sort_key(left.row(), left.column()), model.sort_key(right.row(), right.column())
        if (a is None) != (b is None):
            # Unscored last whichever way the column is sorted: Qt reverses the order for descending.
            return (a is None) == (self.sortOrder() == Qt.SortOrder.DescendingOrder)
        if a is None or a == b:
            return model.unit_at(left.row()).rank < model.unit_at(right.row()).rank
        return a < b


class HeatMapDelegate(QStyledItemDelegate):
    """Paints each area cell's background by its percentage: units side by side read as a heat-map."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        percent = index.data(PERCENT_ROLE)
        if percent is not None:
            option.backgroundBrush = QBrush(heat_colour(percent))


def heat_colour(percent: Decimal) -> QColor:
    """Pale red at 0 %, pale yellow at 50 %, pale green at 100 %: light enough for black text to stay legible."""
    share = max(Decimal(0), min(Decimal(1), percent / 100))
    if share < Decimal("0.5"):
        t = share * 2
        red, green = 245, 190 + int(60 * t)
        blue = 190
    else:
        t = (share - Decimal("0.5")) * 2
        red, green = 245 - int(60 * t), 250 - int(15 * t)
        blue = 190
    return QColor(red, green, blue)


class ShortfallDialog(QDialog):
    """The ten criteria on which the units together lost most points, with the units that lost most on each."""

    def __init__(self, found: list[Shortfall], year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortfallDialog")
        self.setWindowTitle(self.tr("Largest shortfalls, %1").replace("%1", str(year)))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(found), 5, self)
        self.table.setObjectName("shortfallTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Criterion"), self.tr("Maximum"),
                                              self.tr("Points lost in all"), self.tr("Units that lost most")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, item in enumerate(found):
            units = ", ".join(f"{unit} ({format_score(lost)})" for unit, lost in item.units[:3])
            if len(item.units) > 3:
                units += " " + self.tr("and %1 more").replace("%1", str(len(item.units) - 3))
            for column, text in enumerate((item.code, item.title, format_score(item.maximum),
                                           format_score(item.lost), units)):
                cell = QTableWidgetItem(text)
                if column in (2, 3):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        if not found:
            layout.addWidget(QLabel(self.tr("No unit lost points on a scored criterion."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(980, 420)


class OverviewWindow(QMainWindow):
    """Every sheet of a year ranked: a table (sortable, searchable), charts, exports, shortfalls."""

    sheet_requested = Signal(int)  # double-click: open this sheet in the sheet view

    def __init__(self, workspace, *, year: int | None = None,  # noqa: ANN001 - a Workspace
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if parent is not None:
            self.setWindowFlag(Qt.WindowType.Window, True)  # a window of its own beside the sheet view
        self.setObjectName("overviewWindow")
        self.workspace = workspace
        self.model = OverviewModel(self)
        self.proxy = OverviewProxy(self)
        self.proxy.setSourceModel(self.model)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.year_label = QLabel(central)
        self.year_box = QComboBox(central)
        self.year_box.setObjectName("yearBox")
        self.year_label.setBuddy(self.year_box)
        self.column_label = QLabel(central)
        self.column_box = QComboBox(central)
        self.column_box.setObjectName("columnBox")
        self.column_label.setBuddy(self.column_box)
        for column in (Column.APPRAISAL, Column.SELF):
            self.column_box.addItem("", column)
        self.search_edit = QLineEdit(central)
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.excel_button = QPushButton(central)
        self.excel_button.setObjectName("excelButton")
        self.pdf_button = QPushButton(central)
        self.pdf_button.setObjectName("pdfButton")
        self.shortfall_button = QPushButton(central)
        self.shortfall_button.setObjectName("shortfallButton")
        self.compare_button = QPushButton(central)
        self.compare_button.setObjectName("compareButton")
        for widget in (self.year_label, self.year_box, self.column_label, self.column_box):
            bar.addWidget(widget)
        bar.addWidget(self.search_edit, 1)
        for widget in (self.compare_button, self.excel_button, self.pdf_button, self.shortfall_button):
            bar.addWidget(widget)
        layout.addLayout(bar)

        self.table = QTableView(central)
        self.table.setObjectName("overviewTable")
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(HeatMapDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(False)  # the heat-map colours carry the meaning
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never measures 1,000 rows to lay them out.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setResizeContentsPrecision(60)
        self.table.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        # Right-click on a unit: its years side by side, as the button above does for the selected row.
        self.compare_action = QAction(self.table)
        self.compare_action.setObjectName("compareAction")
        self.table.addAction(self.compare_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.charts = QTabWidget(central)
        self.charts.setObjectName("chartTabs")
        self.index_chart = IndexChart(self.charts)
        self.area_chart = AreaChart(self.charts)
        self.charts.addTab(self.index_chart, "")
        self.charts.addTab(self.area_chart, "")
        self.trend_chart = TrendChart(self.charts)
        self.charts.addTab(self.trend_chart, "")

        splitter = QSplitter(Qt.Orientation.Vertical, central)
        splitter.addWidget(self.table)
        splitter.addWidget(self.charts)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.year_box.currentIndexChanged.connect(lambda _position: self.reload())
        self.column_box.currentIndexChanged.connect(lambda _position: self.reload())
        self.search_edit.textChanged.connect(self.proxy.set_search)
        # "activated": a double click, or Enter on the current row for those who work from the keyboard.
        self.table.activated.connect(self._open_row)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_unit(current))
        self.index_chart.unit_clicked.connect(self.select_sheet)
        self.charts.currentChanged.connect(lambda _tab: self._show_unit(self.table.currentIndex()))
        self.excel_button.clicked.connect(lambda _checked=False: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda _checked=False: self.export("pdf"))
        self.shortfall_button.clicked.connect(lambda _checked=False: self.show_shortfalls())
        self.compare_button.clicked.connect(lambda _checked=False: self.compare_unit())
        self.compare_action.triggered.connect(lambda _checked=False: self.compare_unit())

        self.retranslate_ui()
        self.fill_years(year)
        self.resize(1200, 760)

    # --- data ---------------------------------------------------------------------------
    @property
    def year(self) -> int | None:
        return self.year_box.currentData()

    @property
    def column(self) -> Column:
        return self.column_box.currentData() or Column.APPRAISAL

    def fill_years(self, select: int | None = None) -> None:
        """The years that have sheets, newest first; ``select`` if it is one of them."""
        years = sorted({info.year for info in self.workspace.sheets()}, reverse=True)
        wanted = select if select in years else (self.year if self.year in years else None)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(str(year), year)
        if wanted is not None:
            self.year_box.setCurrentIndex(self.year_box.findData(wanted))
        self.year_box.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        year = self.year
        units: list[RankedUnit] = []
        states: dict = {}
        if year is not None:
            try:
                units = ranking.rank_year(self.workspace, year, self.column)
                states = ranking.year_states(self.workspace, year)
            except CchcError as error:
                log.info("overview refused: %s (%s)", error, error.kind)
                self._warn(describe(error))
        self.model.set_ranking(units, states)
        self.index_chart.set_ranking(units)
        self.trend_chart.unit_name = ""  # the column may have changed: read the years again when shown
        self._fit_columns()
        enabled = bool(units)
        for button in (self.excel_button, self.pdf_button, self.shortfall_button, self.compare_button):
            button.setEnabled(enabled)
        self.compare_action.setEnabled(enabled)
        self._retranslate_title()
        if units:
            self.table.selectRow(0)
        else:
            self.area_chart.set_unit(None, [])

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        # Measured on the first rows only (resizeContentsPrecision): the same cost for 38 units and for 1,000.
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(UNIT, max(header.sectionSize(UNIT), 180))

    # --- user actions ---------------------------------------------------------------------
    def _sheet_at(self, proxy_index: QModelIndex) -> int | None:
        if not proxy_index.isValid():
            return None
        return self.proxy.mapToSource(proxy_index).data(SHEET_ID_ROLE)

    def _open_row(self, proxy_index: QModelIndex) -> None:
        sheet_id = self._sheet_at(proxy_index)
        if sheet_id is not None:
            self.sheet_requested.emit(sheet_id)

    def select_sheet(self, sheet_id: int) -> None:
        """Select the row of ``sheet_id`` (e.g. after a click on its bar), clearing a search that hides it."""
        rows = [row for row in range(self.model.rowCount()) if self.model.unit_at(row).sheet_id == sheet_id]
        if not rows:
            return
        source = self.model.index(rows[0], RANK)
        if not self.proxy.mapFromSource(source).isValid():
            self.search_edit.clear()
        self.table.selectRow(self.proxy.mapFromSource(source).row())
        self.table.scrollTo(self.proxy.mapFromSource(source))

    def _show_unit(self, proxy_index: QModelIndex) -> None:
        if not proxy_index.isValid():
            return
        unit = self.model.unit_at(self.proxy.mapToSource(proxy_index).row())
        self.area_chart.set_unit(unit, self.model.units())
        self.index_chart.set_highlight(unit.sheet_id)
        # Other years are read only while their tab is shown: arrowing down the table must stay quick.
        if self.charts.currentWidget() is self.trend_chart and self.trend_chart.unit_name != unit.unit:
            try:
                self.trend_chart.set_trend(unit.unit, ranking.unit_trend(self.workspace, unit.unit, self.column))
            except CchcError as error:
                self._warn(describe(error))

    def export(self, kind: str) -> Path | None:
        """Ask where, then write the year's ranking as an Excel workbook or a printable PDF."""
        year = self.year
        if year is None:
            return None
        column_word = "tu-danh-gia" if self.column is Column.SELF else "tham-dinh"
        suggested = str(Path.home() / f"xep-hang-{year}-{column_word}.{kind}")
        if kind == "xlsx":
            title, filters = self.tr("Export the ranking to Excel"), self.tr("Excel workbooks (*.xlsx)")
        else:
            title, filters = self.tr("Export the ranking as PDF"), self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            # The file dialog has already asked before replacing a file.
            ranking.export_ranking(self.workspace, year, target, column=self.column, force=True)
        except CchcError as error:
            log.info("export refused: %s (%s)", error, error.kind)
            self._warn(describe(error))
            return None
        except OSError as error:
            log.warning("export failed: %s", error)
            self._warn(self.tr("The file could not be written: %1. Choose another folder or file name.")
                       .replace("%1", error.strerror or str(error)))
            return None
        finally:
            self.unsetCursor()
        self.statusBar().showMessage(self.tr("Saved the ranking in %1.").replace("%1", str(target)), 10000)
        return target

    def show_shortfalls(self) -> None:
        year = self.year
        if year is None:
            return
        try:
            found = ranking.shortfalls(self.workspace, year, self.column)
        except CchcError as error:
            self._warn(describe(error))
            return
        ShortfallDialog(found, year, self).exec()

    def compare_unit(self):  # noqa: ANN201 - the UnitComparisonDialog, or None without a unit
        """The selected unit across the years; Previous / Next walk the units in the table's order."""
        from .unit_comparison import UnitComparisonDialog

        units = [self.proxy.index(row, UNIT).data() for row in range(self.proxy.rowCount())]
        current = self.table.currentIndex()
        if not units:
            return None
        dialog = UnitComparisonDialog(self.workspace, units, current.row() if current.isValid() else 0,
                                      column=self.column, parent=self)
        dialog.sheet_requested.connect(self.sheet_requested)
        dialog.exec()
        return dialog

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Overview"), text)

    # --- language -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.column_label.setText(self.tr("&Rank by:"))
        self.column_box.setItemText(0, self.tr("Appraisal score"))
        self.column_box.setItemText(1, self.tr("Self-assessment score"))
        self.search_edit.setPlaceholderText(self.tr("Find a unit by name, e.g. khong lao"))
        self.excel_button.setText(self.tr("Export to &Excel…"))
        self.pdf_button.setText(self.tr("Export as &PDF…"))
        self.shortfall_button.setText(self.tr("Largest &shortfalls…"))
        self.shortfall_button.setToolTip(self.tr("The ten criteria on which the units together lost most points"))
        self.compare_button.setText(self.tr("&Across the years…"))
        self.compare_button.setToolTip(self.tr("The selected unit's sheets over the years, per area and per "
                                               "criterion, its predecessors' included"))
        self.compare_action.setText(self.tr("Compare this unit across the years…"))
        self.charts.setTabText(0, self.tr("Index by unit"))
        self.charts.setTabText(1, self.tr("Areas of the selected unit"))
        self.charts.setTabText(2, self.tr("The selected unit over the years"))
        self.index_chart.retranslate()
        self.area_chart.retranslate()
        self.trend_chart.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self._retranslate_title()

    def _retranslate_title(self) -> None:
        if self.year is None:
            self.setWindowTitle(self.tr("Overview and ranking"))
        else:
            self.setWindowTitle(self.tr("Overview and ranking, %1: %2 units")
                                .replace("%1", str(self.year)).replace("%2", str(self.model.rowCount())))


def show_overview(main) -> OverviewWindow:  # noqa: ANN001 - the MainWindow
    """Open (or bring forward) the overview of ``main``'s database, on the year of the sheet shown there."""
    window: OverviewWindow | None = getattr(main, "overview_window", None)
    year = main.document.info.year if getattr(main, "document", None) is not None else None
    if window is None or window.workspace is not main.workspace:
        if window is not None:
            window.close()
            window.deleteLater()
        window = OverviewWindow(main.workspace, year=year, parent=main)
        window.sheet_requested.connect(lambda sheet_id: _open_in_sheet_view(main, sheet_id))
        main.overview_window = window
    else:
        window.fill_years(year)  # sheets may have changed since it was last open
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def _open_in_sheet_view(main, sheet_id: int) -> None:  # noqa: ANN001 - the MainWindow
    main.run_action(lambda: main.reload_sheet_list(select=sheet_id))
    main.raise_()
    main.activateWindow()
