"""Finding criteria: the search box, the "only unscored" box, the number found, and what the tree shows then."""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QMainWindow, QToolBar

# The window's context, so the strings keep the translations they had inside MainWindow.
translate = QCoreApplication.translate

FILTER_PAUSE_MS = 250
LARGE_FRAMEWORK = 1500  # criteria; above this a sheet opens with its sub-criteria folded, and typing waits



class SearchBar(QObject):
    """Owns the search widgets of the toolbar and drives the window's filter model and tree from them."""

    # ``window`` is the MainWindow; typed as QMainWindow because main_window imports this module.
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.filter_model = window.filter_model
        self.view = window.view
        self.filter_edit = QLineEdit(window)
        self.filter_edit.setObjectName("filterEdit")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.filter_edit.textChanged.connect(self._text_changed)
        self.hits_label = QLabel(window)
        self.hits_label.setObjectName("searchHits")
        self.hits_label.setContentsMargins(6, 0, 6, 0)
        self.hits_action = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_PAUSE_MS)
        self.timer.timeout.connect(self._apply_text)
        # Enter goes to the first cell found; Escape clears the search. Hands stay on the keyboard.
        self.filter_edit.returnPressed.connect(self.go_to_first_match)
        self.filter_edit.installEventFilter(self)
        self.unscored_box = QCheckBox(window)
        self.unscored_box.setObjectName("onlyUnscored")
        self.unscored_box.toggled.connect(self._only_unscored_toggled)

    def add_to(self, toolbar: QToolBar) -> None:
        toolbar.addWidget(self.filter_edit)
        self.hits_action = toolbar.addWidget(self.hits_label)
        self.hits_action.setVisible(False)
        toolbar.addWidget(self.unscored_box)

    def retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(translate("MainWindow", "Find by code or words, e.g. thu tuc"))
        self.unscored_box.setText(translate("MainWindow", "Only unscored"))
        self.unscored_box.setToolTip(translate("MainWindow",
                                               "Show only sub-criteria missing a self-assessment or appraisal score"))
        self.show_hits()

    def focus(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape):
            self.filter_edit.clear()
            self.view.setFocus()
            return True
        return super().eventFilter(watched, event)

    def go_to_first_match(self) -> None:
        if self.timer.isActive():
            self._apply_text()
        first = self.window.first_score_cell()
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.scrollTo(first)
        self.view.setFocus()

    def _text_changed(self, _text: str) -> None:
        # On a very large sheet each refilter and expansion takes a noticeable moment: wait for a pause in typing.
        document = self.window.document
        if document is not None and len(document.sheet.framework) > LARGE_FRAMEWORK:
            self.timer.start()
        else:
            self._apply_text()

    def _apply_text(self) -> None:
        self.timer.stop()
        self.filter_model.set_text(self.filter_edit.text())
        self._after_filter()

    def _only_unscored_toggled(self, on: bool) -> None:
        self.filter_model.set_only_unscored(on)
        self._after_filter()

    def _after_filter(self) -> None:
        if self.filter_model.active:
            self.view.expandAll()
        elif self.window.document is not None:
            self.window.expand_for_work()
        self.show_hits()
        if self.filter_model.active and self.filter_model.rowCount() == 0:
            self.window.show_status(translate("MainWindow", "No criterion matches."))

    def show_hits(self) -> None:
        """The number found beside the search box, and "no match" in the tree itself when nothing is left."""
        active = self.window.document is not None and self.filter_model.active
        hits = self.filter_model.hits() if active else 0
        if self.hits_action is not None:
            self.hits_action.setVisible(active)
        if hits:
            self.hits_label.setText(translate("MainWindow", "%1 found").replace("%1", str(hits)))
            self.hits_label.setStyleSheet("")
        else:
            self.hits_label.setText(translate("MainWindow", "No match"))
            self.hits_label.setStyleSheet("color: #a31515; font-weight: bold;")
        if not active or self.filter_model.rowCount() > 0:
            self.view.set_placeholder("")
        elif self.filter_edit.text().strip():
            text = translate("MainWindow", "No criterion matches “%1”.\n\nCheck the spelling or type fewer words; "
                             "Esc clears the search.")
            self.view.set_placeholder(text.replace("%1", self.filter_edit.text().strip()))
        else:
            self.view.set_placeholder(translate("MainWindow", "Every sub-criterion has both scores."))
