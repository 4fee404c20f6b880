"""Marking a criterion not applicable (không áp dụng) from the window: the reason asked for, then one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReasonDialog(QDialog):
    """Asks why a criterion does not apply; OK stays disabled until a reason is typed (the service requires one)."""

    def __init__(self, code: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notApplicableDialog")
        self.setWindowTitle(self.tr("Not applicable"))
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Why does %1 (%2) not apply to this unit this year? The reason is kept in the "
                                "sheet's history.").replace("%1", code).replace("%2", title), self)
        prompt.setWordWrap(True)
        layout.addWidget(prompt)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setPlaceholderText(self.tr("e.g. Không được giao chỉ tiêu"))
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        self.reason_edit.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text.strip())))
        self.ok_button.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def reason(self) -> str:
        return " ".join(self.reason_edit.text().split())


def mark_not_applicable(window, code: str | None) -> bool:  # noqa: ANN001 - the MainWindow
    """Ask for the reason and mark ``code`` not applicable as one undo step; False if cancelled or refused."""
    editor = window.editor
    if editor is None or not code:
        return False
    title = editor.document.sheet.framework.get(code).title
    dialog = ReasonDialog(code, title, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.reason():
        return False
    return editor.set_not_applicable(code, dialog.reason())


def mark_applicable_again(window, code: str | None) -> bool:  # noqa: ANN001 - the MainWindow
    editor = window.editor
    if editor is None or not code:
        return False
    return editor.set_not_applicable(code, None)
