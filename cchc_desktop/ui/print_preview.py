"""Print preview: the sheet's PDF as it will print, with its signers, columns and orientation beside it.

Over 500 lines on purpose: the dialog's parts (the options panel, the background render with its
generation numbers, finalize/reopen, save and print) all act on one rendered PDF and its fingerprint;
split apart they would pass that state back and forth. Split it when a second preview needs a part.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import (QBuffer, QByteArray, QCoreApplication, QDate, QIODevice, QObject, QRect, QRunnable, QSize,
                            Qt, QThreadPool, QTimer, Signal)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CchcError
from ..domain.fingerprint import display_fingerprint
from ..domain.scoring import Column
from ..services import SheetDocument, printing, rules
from .sheet_editor import SheetChange, SheetEditor

log = logging.getLogger(__name__)

# Edits are gathered for a moment before the PDF is made again, so typing a name stays smooth.
REFRESH_DELAY_MS = 400
PRINT_DPI = 300
# The size the preview asks for; on a smaller screen it takes what the screen has, less room for the title bar.
PREFERRED_SIZE = QSize(1200, 820)
FRAME_ALLOWANCE = QSize(16, 48)
SETTINGS_WIDTH = 440


def _local_time(stamp: str) -> str:
    """'2024-02-05T03:10:00+00:00' → '05/02/2024 10:10' on a computer in Việt Nam."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class _SheetSnapshot:
    """What render_pdf reads of a SheetDocument, without its workspace: a worker thread must not reach the
    database connection the window uses."""

    info: object
    framework_info: object
    sheet: object
    head: object  # the audit head a finalized sheet prints, read on the window's thread
    indices: object  # the index of each column (services.rules.indices), likewise
    evidence_annex: tuple = ()  # the evidence files' rows when the annex is chosen, likewise
    rules: tuple | None = None  # the set's rule book and the sheet's figures and N/A marks, likewise


class _RenderJob(QRunnable):
    """Makes the PDF in a pool thread; the result goes back to the dialog through a queued signal."""

    def __init__(self, generation: int, snapshot: _SheetSnapshot, profile: printing.PrintProfile,
                 columns: tuple[Column, ...], done: Signal) -> None:
        super().__init__()
        self.generation, self.snapshot, self.profile, self.columns, self.done = (generation, snapshot, profile,
                                                                                 columns, done)

    def run(self) -> None:
        try:
            data = printing.render_pdf(self.snapshot, profile=self.profile, columns=self.columns,
                                       head=self.snapshot.head, evidence=bool(self.snapshot.evidence_annex))
            result: object = (data, printing.seal(self.snapshot).fingerprint)
        except Exception as error:  # noqa: BLE001 - handed to the window thread, which reports it
            result = error
        self.done.emit(self.generation, result)


class _RenderSignals(QObject):
    done = Signal(int, object)


class PrintPreviewDialog(QDialog):
    """Shows the PDF the sheet prints as; every option change makes it again and is remembered for the unit."""

    def __init__(self, sheet: SheetEditor | SheetDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window hands its editor, so a finalize shows there at once; a bare document gets an editor here.
        self.editor = sheet if isinstance(sheet, SheetEditor) else SheetEditor(sheet, parent=self)
        self.document = document = self.editor.document
        self.editor.reload_info()
        info = document.info
        self.profile = printing.load_profile(document.workspace, info.unit, info.year)
        self.pdf_bytes = b""
        self.fingerprint = ""
        self._buffer: QBuffer | None = None
        self._loading = True
        # Each render request gets a number; a result whose number is not the latest is stale and dropped.
        self._generation = 0
        self._shown_generation = -1
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one render at a time; a queued, outdated one is dropped before it starts
        self._signals = _RenderSignals(self)
        self._signals.done.connect(self._rendered)
        self.setObjectName("printPreviewDialog")
        self.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print preview"))

        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf_document)

        splitter = self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.view)
        splitter.addWidget(self._options_panel())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        # Outside the scrolling settings: the buttons stay in view whatever the screen's height.
        layout.addLayout(self._button_bar())

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._render_later)
        self._fill_from_profile()
        self._loading = False
        # Enter in a field must not press a button (it would add a signer or finalize the sheet).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.fit_to_screen()
        self.editor.changed.connect(self._sheet_changed)
        self._listening = True
        self._render_later(save=False)

    def _sheet_changed(self, change: SheetChange) -> None:
        if change.info:
            self._show_state()
        if change.scores or change.notes:
            self._timer.start()

    # --- building ------------------------------------------------------------------------
    def _options_panel(self) -> QWidget:
        panel = QWidget(self)
        box = QVBoxLayout(panel)

        columns = QGroupBox(QCoreApplication.translate("PrintPreview", "Score columns"), panel)
        self.self_box = QCheckBox(QCoreApplication.translate("PrintPreview", "Self-assessment"), columns)
        self.self_box.setObjectName("selfColumnBox")
        self.appraisal_box = QCheckBox(QCoreApplication.translate("PrintPreview", "Appraisal"), columns)
        self.appraisal_box.setObjectName("appraisalColumnBox")
        column_layout = QHBoxLayout(columns)
        column_layout.addWidget(self.self_box)
        column_layout.addWidget(self.appraisal_box)
        box.addWidget(columns)
        self.evidence_box = QCheckBox(QCoreApplication.translate("PrintPreview", "Add the list of evidence files"),
                                      panel)
        self.evidence_box.setObjectName("evidenceAnnexBox")
        self.evidence_box.setToolTip(QCoreApplication.translate(
            "PrintPreview", "An annex after the sheet: each evidence file with its criterion, size and SHA-256"))
        self.evidence_box.toggled.connect(self._changed)
        box.addWidget(self.evidence_box)

        orientation = QGroupBox(QCoreApplication.translate("PrintPreview", "Orientation"), panel)
        self.portrait_button = QRadioButton(QCoreApplication.translate("PrintPreview", "Portrait"), orientation)
        self.landscape_button = QRadioButton(QCoreApplication.translate("PrintPreview", "Landscape"), orientation)
        self.landscape_button.setObjectName("landscapeButton")
        orientation_layout = QHBoxLayout(orientation)
        orientation_layout.addWidget(self.portrait_button)
        orientation_layout.addWidget(self.landscape_button)
        box.addWidget(orientation)

        form = QFormLayout()
        self.issuer_edit = QPlainTextEdit(panel)
        self.issuer_edit.setObjectName("issuerEdit")
        three_lines = self.fontMetrics().lineSpacing() * 3 + 18  # a long title wraps to three lines on a laptop
        self.issuer_edit.setFixedHeight(three_lines)
        self.issuer_edit.setToolTip(QCoreApplication.translate(
            "PrintPreview", "One line each, the higher body first, e.g. UBND HUYỆN PHONG THỔ, then PHÒNG NỘI VỤ."))
        form.addRow(QCoreApplication.translate("PrintPreview", "Issuing body:"), self.issuer_edit)
        self.title_edit = QPlainTextEdit(panel)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setFixedHeight(three_lines)
        form.addRow(QCoreApplication.translate("PrintPreview", "Title:"), self.title_edit)
        self.place_edit = QLineEdit(panel)
        self.place_edit.setObjectName("placeEdit")
        form.addRow(QCoreApplication.translate("PrintPreview", "Place:"), self.place_edit)
        date_row = QHBoxLayout()
        self.date_box = QCheckBox(QCoreApplication.translate("PrintPreview", "Print the date"), panel)
        self.date_box.setObjectName("dateBox")
        self.date_box.setToolTip(QCoreApplication.translate(
            "PrintPreview", "Without a date, the sheet leaves blanks to fill in by hand."))
        self.date_edit = QDateEdit(panel)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setCalendarPopup(True)
        date_row.addWidget(self.date_box)
        date_row.addWidget(self.date_edit, 1)
        form.addRow(QCoreApplication.translate("PrintPreview", "Date:"), date_row)
        box.addLayout(form)

        signers = QGroupBox(QCoreApplication.translate("PrintPreview", "Signers"), panel)
        self.signer_table = QTableWidget(0, 2, signers)
        self.signer_table.setObjectName("signerTable")
        self.signer_table.setHorizontalHeaderLabels([QCoreApplication.translate("PrintPreview", "Role"),
                                                     QCoreApplication.translate("PrintPreview", "Name")])
        self.signer_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.signer_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signer_table.setToolTip(QCoreApplication.translate(
            "PrintPreview", "Separate two role lines with “/”, e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH."))
        add_button = QPushButton(QCoreApplication.translate("PrintPreview", "Add signer"), signers)
        add_button.setObjectName("addSignerButton")
        remove_button = QPushButton(QCoreApplication.translate("PrintPreview", "Remove signer"), signers)
        remove_button.setObjectName("removeSignerButton")
        # clicked(bool) must not reach a slot's optional argument: each button calls its slot with none.
        add_button.clicked.connect(lambda: self._add_signer())
        remove_button.clicked.connect(self._remove_signer)
        signer_buttons = QHBoxLayout()
        signer_buttons.addWidget(add_button)
        signer_buttons.addWidget(remove_button)
        signer_buttons.addStretch(1)
        signer_layout = QVBoxLayout(signers)
        signer_layout.addWidget(self.signer_table)
        signer_layout.addLayout(signer_buttons)
        # Room for four signers; more scroll inside the table rather than pushing the recipients out of view.
        self.signer_table.setMinimumHeight(110)
        self.signer_table.setMaximumHeight(170)
        box.addWidget(signers)

        recipients = QGroupBox(QCoreApplication.translate("PrintPreview", "Recipients (Nơi nhận), one per line"),
                               panel)
        self.recipients_edit = QPlainTextEdit(recipients)
        self.recipients_edit.setObjectName("recipientsEdit")
        self.recipients_edit.setFixedHeight(64)
        QVBoxLayout(recipients).addWidget(self.recipients_edit)
        box.addWidget(recipients)

        self.fingerprint_label = QLabel(panel)
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.fingerprint_label)

        box.addStretch(1)

        for widget in (self.self_box, self.appraisal_box, self.portrait_button, self.landscape_button, self.date_box):
            widget.toggled.connect(self._changed)
        for edit in (self.issuer_edit, self.title_edit, self.recipients_edit):
            edit.textChanged.connect(self._changed)
        self.place_edit.textChanged.connect(self._changed)
        self.date_edit.dateChanged.connect(self._changed)
        self.signer_table.itemChanged.connect(self._changed)

        scroll = QScrollArea(self)
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(panel)
        scroll.setMinimumWidth(panel.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        return scroll

    def _button_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("finalizedLabel")
        self.state_label.setWordWrap(True)
        self.finalize_button = QPushButton(self)
        self.finalize_button.setObjectName("finalizeButton")
        self.finalize_button.clicked.connect(self._finalize_or_reopen)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busyLabel")
        self.print_button = QPushButton(QCoreApplication.translate("PrintPreview", "Print…"), self)
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(QCoreApplication.translate("PrintPreview", "Save as PDF…"), self)
        self.save_button.setObjectName("saveButton")
        close_button = QPushButton(QCoreApplication.translate("PrintPreview", "Close"), self)
        close_button.setObjectName("closeButton")
        # clicked(bool) must not arrive as the path or the printer: the buttons call with no argument.
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_as_pdf())
        close_button.clicked.connect(self.accept)
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.finalize_button)
        bar.addSpacing(12)
        bar.addWidget(self.busy_label)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close_button)
        return bar

    def fit_to_screen(self) -> None:
        """The preferred size, or what the screen (less the task bar) has; centred on it."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(PREFERRED_SIZE)
            return
        available: QRect = screen.availableGeometry()
        width = min(PREFERRED_SIZE.width(), available.width() - FRAME_ALLOWANCE.width())
        height = min(PREFERRED_SIZE.height(), available.height() - FRAME_ALLOWANCE.height())
        self.setMaximumSize(available.size())
        self.resize(width, height)
        left = available.left() + (available.width() - width) // 2
        top = available.top() + max(0, (available.height() - height - FRAME_ALLOWANCE.height()) // 2)
        self.move(left, top)
        # The page gets the width; the settings keep what they need to be read (they scroll if taller).
        settings = max(self.splitter.widget(1).minimumWidth(), min(SETTINGS_WIDTH, width * 2 // 5))
        self.splitter.setSizes([width - settings, settings])

    def _fill_from_profile(self) -> None:
        profile = self.profile
        chosen = set(profile.columns) or {c.value for c in printing.columns_with_scores(self.document)}
        self.self_box.setChecked(Column.SELF.value in chosen)
        self.appraisal_box.setChecked(Column.APPRAISAL.value in chosen)
        (self.landscape_button if profile.landscape else self.portrait_button).setChecked(True)
        self.issuer_edit.setPlainText("\n".join(profile.issuer_lines))
        self.title_edit.setPlainText("\n".join(profile.title_lines))
        self.place_edit.setText(profile.place)
        when = printing.document_date(self.document.info)
        self.date_box.setChecked(when is not None)
        self.date_edit.setDate(QDate(when.year, when.month, when.day) if when else QDate.currentDate())
        self.date_edit.setEnabled(when is not None)
        self.signer_table.setRowCount(0)
        for signer in profile.signers:
            self._add_signer(" / ".join(signer.roles), signer.name)
        self.recipients_edit.setPlainText("\n".join(profile.recipients))

    # --- reading the options -----------------------------------------------------------------
    def chosen_columns(self) -> tuple[Column, ...]:
        return tuple(column for column, box in ((Column.SELF, self.self_box), (Column.APPRAISAL, self.appraisal_box))
                     if box.isChecked())

    def _profile_from_widgets(self) -> printing.PrintProfile:
        signers = []
        for row in range(self.signer_table.rowCount()):
            role_item, name_item = self.signer_table.item(row, 0), self.signer_table.item(row, 1)
            roles = printing.parse_roles(role_item.text() if role_item else "")
            name = name_item.text().strip() if name_item else ""
            if roles or name:
                signers.append(printing.Signer(roles, name))
        return printing.PrintProfile(
            issuer_lines=_lines(self.issuer_edit.toPlainText()), place=self.place_edit.text().strip(),
            title_lines=_lines(self.title_edit.toPlainText()), signers=tuple(signers),
            subtitle=self.profile.subtitle, reference=self.profile.reference,
            recipients=_lines(self.recipients_edit.toPlainText()),
            columns=tuple(column.value for column in self.chosen_columns()),
            landscape=self.landscape_button.isChecked())

    def _chosen_date(self) -> date | None:
        if not self.date_box.isChecked():
            return None
        chosen = self.date_edit.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    # --- reacting ------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self.date_edit.setEnabled(self.date_box.isChecked())
        self._timer.start()

    def _add_signer(self, role: str = "", name: str = "") -> None:
        row = self.signer_table.rowCount()
        self.signer_table.insertRow(row)
        self.signer_table.setItem(row, 0, QTableWidgetItem(role if isinstance(role, str) else ""))
        self.signer_table.setItem(row, 1, QTableWidgetItem(name))
        self._changed()

    def _remove_signer(self) -> None:
        rows = sorted({index.row() for index in self.signer_table.selectedIndexes()}, reverse=True)
        for row in rows or [self.signer_table.rowCount() - 1]:
            if row >= 0:
                self.signer_table.removeRow(row)
        self._changed()

    def _store_options(self, save: bool) -> tuple[Column, ...] | None:
        """Remember the options for the unit (quick database writes, on this thread); the columns to print, or
        None when there is nothing to print."""
        self._timer.stop()
        columns = self.chosen_columns()
        if not columns:
            self._generation += 1  # whatever is being made no longer matches the options
            self.busy_label.clear()
            self.fingerprint_label.setText(QCoreApplication.translate(
                "PrintPreview", "Choose at least one score column to print."))
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return None
        profile = self._profile_from_widgets()
        workspace = self.document.workspace
        if save:
            printing.save_profile(workspace, self.document.info.unit, profile)
            if printing.document_date(self.document.info) != self._chosen_date():
                printing.set_document_date(workspace, self.document.id, self._chosen_date())
                self.editor.reload_info()
        self.profile = profile
        return columns

    def _snapshot(self) -> _SheetSnapshot:
        annex = printing.evidence_annex(self.document) if self.evidence_box.isChecked() else ()
        book = rules.rule_book(self.document.workspace, self.document.info.framework_id)
        state = rules.sheet_state(self.document)
        return _SheetSnapshot(self.document.info, self.document.framework_info, self.document.sheet,
                              printing.printed_head(self.document), rules.indices(self.document, book, state), annex,
                              (book, state))

    def _render_later(self, *, save: bool = True) -> None:
        """Start making the PDF in the background; the view keeps the previous one until the new one is ready."""
        try:
            columns = self._store_options(save)
        except CchcError as error:
            self._show_error(error)
            return
        if columns is None:
            return
        self._generation += 1
        self._pool.clear()  # a render that has not started yet is already out of date
        self.busy_label.setText(QCoreApplication.translate("PrintPreview", "Updating the preview…"))
        self._pool.start(_RenderJob(self._generation, self._snapshot(), self.profile, columns, self._signals.done))

    def _rendered(self, generation: int, result: object) -> None:
        if generation != self._generation:
            return  # the options changed while it was being made
        if isinstance(result, CchcError):
            self.busy_label.clear()
            self._show_error(result)
            return
        if isinstance(result, BaseException):
            self.busy_label.clear()
            raise result  # a bug: the crash handler reports it
        data, fingerprint = result
        self._show_result(generation, data, fingerprint)

    def _show_result(self, generation: int, data: bytes, fingerprint: str) -> None:
        self.pdf_bytes, self.fingerprint = data, fingerprint
        self._shown_generation = generation
        self.busy_label.clear()
        self._show_pdf(data)
        self.fingerprint_label.setText(QCoreApplication.translate("PrintPreview", "Fingerprint (SHA-256): %1")
                                       .replace("%1", display_fingerprint(fingerprint)))
        self._show_state()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    @property
    def up_to_date(self) -> bool:
        """The PDF shown is the one the current options make."""
        return not self._timer.isActive() and self._shown_generation == self._generation

    def refresh(self, *, save: bool = True) -> bool:
        """Make the PDF now, on this thread, from the options; remember them. False if nothing could be made.

        For Print and Save, which must use what the options say at the moment of the click.
        """
        try:
            columns = self._store_options(save)
            if columns is None:
                return False
            self._generation += 1  # a background render still running is now stale
            snapshot = self._snapshot()
            data = printing.render_pdf(snapshot, profile=self.profile, columns=columns, head=snapshot.head,
                                       evidence=bool(snapshot.evidence_annex))
            fingerprint = printing.seal(snapshot).fingerprint
        except CchcError as error:
            self.busy_label.clear()
            self._show_error(error)
            return False
        self._show_result(self._generation, data, fingerprint)
        return True

    def done(self, result: int) -> None:
        # A render still running reads the sheet the window is about to edit again: let it finish first.
        self._timer.stop()
        self._generation += 1
        self._pool.clear()
        self._pool.waitForDone()
        if self._listening:
            self._listening = False
            self.editor.changed.disconnect(self._sheet_changed)
        super().done(result)

    def _show_state(self) -> None:
        finalized_at = self.document.info.finalized_at
        if finalized_at:
            self.state_label.setText(QCoreApplication.translate(
                "PrintPreview", "Finalized (chốt) on %1: the scores cannot be changed.")
                                     .replace("%1", _local_time(finalized_at)))
            self.finalize_button.setText(QCoreApplication.translate("PrintPreview", "Reopen…"))
        else:
            self.state_label.setText(QCoreApplication.translate(
                "PrintPreview", "Not finalized: the scores can still be changed."))
            self.finalize_button.setText(QCoreApplication.translate("PrintPreview", "Finalize (chốt)…"))

    def _finalize_or_reopen(self) -> None:
        workspace = self.document.workspace
        try:
            if self.document.info.finalized_at:
                reason, accepted = QInputDialog.getText(
                    self, QCoreApplication.translate("PrintPreview", "Reopen the sheet"),
                    QCoreApplication.translate(
                        "PrintPreview", "Why must the finalized sheet change? The reason and your name are recorded."))
                if not accepted:
                    return
                printing.reopen(workspace, self.document.id, reason)
            else:
                answer = QMessageBox.question(
                    self, QCoreApplication.translate("PrintPreview", "Finalize the sheet"),
                    QCoreApplication.translate(
                        "PrintPreview",
                        "Finalize (chốt) this sheet? Its scores are locked until someone reopens it with a reason."))
                if answer != QMessageBox.StandardButton.Yes:
                    return
                printing.finalize(workspace, self.document.id)
        except CchcError as error:
            self._show_error(error)
            return
        finally:
            # Reported to every listener (this dialog's state line, the window's tree and actions).
            self.editor.reload_info()

    def _show_pdf(self, data: bytes) -> None:
        # QPdfDocument reads from the device lazily, so the buffer must outlive the load.
        page = self.view.pageNavigator().currentPage() if self.pdf_document.pageCount() else 0
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf_document.close()
        self.pdf_document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer
        if page and page < self.pdf_document.pageCount():
            self.view.pageNavigator().jump(page, self.view.pageNavigator().currentLocation())

    def _show_error(self, error: CchcError) -> None:
        try:
            from .messages import describe

            text = describe(error)
        except ImportError:
            text = str(error)
        QMessageBox.warning(self, QCoreApplication.translate("PrintPreview", "Print preview"), text)

    # --- output --------------------------------------------------------------------------
    def default_file_name(self) -> str:
        info = self.document.info
        unit = re.sub(r'[\\/:*?"<>|]+', "-", info.unit).strip() or "bang-diem"
        return (QCoreApplication.translate("PrintPreview", "Score sheet %1 %2.pdf")
                .replace("%1", unit).replace("%2", str(info.year)))

    def save_as_pdf(self, path: str | None = None) -> bool:
        if not self.up_to_date and not self.refresh():
            return False
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PrintPreview", "Save as PDF"),
                                                  self.default_file_name(),
                                                  QCoreApplication.translate("PrintPreview", "PDF files (*.pdf)"))
            if not path:
                return False
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
        try:
            printing.save_pdf(self.document.workspace, path, self.pdf_bytes)
        except CchcError as error:
            self._show_error(error)
            return False
        return True

    def print_document(self, printer: QPrinter | None = None) -> bool:
        if not self.up_to_date and not self.refresh():
            return False
        if not self.pdf_document.pageCount():
            return False
        interactive = printer is None
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if self.landscape_button.isChecked()
                                   else QPageLayout.Orientation.Portrait)
        # The PDF carries the decree's margins itself; the printer adds none of its own.
        printer.setFullPage(True)
        printer.setDocName(self.default_file_name())
        if interactive:
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "Print score sheet"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        return self._paint_pages(printer)

    def _paint_pages(self, printer: QPrinter) -> bool:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, QCoreApplication.translate("PrintPreview", "Print preview"),
                                QCoreApplication.translate(
                                    "PrintPreview",
                                    "The printer could not be started. Check that it is switched on and chosen "
                                    "correctly."))
            return False
        try:
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            pages = self.pdf_document.pageCount()
            first, last = 0, pages - 1
            if printer.fromPage() > 0:
                first, last = printer.fromPage() - 1, min(pages, printer.toPage()) - 1
            for index in range(first, last + 1):
                if index > first:
                    printer.newPage()
                page_points = self.pdf_document.pagePointSize(index)
                scale = PRINT_DPI / 72
                image = self.pdf_document.render(index, QSize(round(page_points.width() * scale),
                                                              round(page_points.height() * scale)))
                painter.drawImage(target, image)
        finally:
            painter.end()
        return True
