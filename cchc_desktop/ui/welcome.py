"""The first start's welcome panel above the sheet: create a sheet, import a table, or look at the demo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget


class WelcomePanel(QFrame):
    """Shown once, on the start that created the database; any of its buttons puts it away."""

    create_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # A pale background sets the panel apart from the sheet without a colour of its own meaning.
        self.setStyleSheet("#welcomePanel { background: palette(alternate-base); }")
        self.heading = QLabel(self, objectName="welcomeHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.heading.setFont(font)
        self.text = QLabel(self, objectName="welcomeText")
        self.text.setWordWrap(True)
        self.create_button = QPushButton(self, objectName="welcomeCreate")
        self.import_button = QPushButton(self, objectName="welcomeImport")
        self.demo_button = QPushButton(self, objectName="welcomeDemo")
        self.close_button = QToolButton(self, objectName="welcomeClose")
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.create_button.clicked.connect(self._finish(self.create_requested))
        self.import_button.clicked.connect(self._finish(self.import_requested))
        self.demo_button.clicked.connect(self._finish(self.demo_requested))
        self.close_button.clicked.connect(lambda _checked=False: self.hide())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.close_button)
        buttons = QHBoxLayout()
        for button in (self.create_button, self.import_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.retranslate()

    def _finish(self, signal):  # noqa: ANN001, ANN202 - a bound Signal; a slot taking clicked(bool)
        def finish(_checked: bool = False) -> None:
            self.hide()
            signal.emit()

        return finish

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to CCHC Desktop"))
        self.text.setText(self.tr(
            "Make the score sheet of your unit for the year just ended, or bring in a score table you already "
            "have. The sheet shown below, “Huyện Phong Thổ (mẫu)”, is an example (mẫu): a real appraised sheet "
            "to try the program on. Every change is saved as you type."))
        self.create_button.setText(self.tr("&Create a sheet…"))
        self.import_button.setText(self.tr("I&mport a score table…"))
        self.demo_button.setText(self.tr("Look at the &example sheet"))
        self.close_button.setToolTip(self.tr("Close this panel"))
