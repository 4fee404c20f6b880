"""File → Connect to server…: the office's shared PostgreSQL database, opened with a password that is never stored.

The menu's action is made in dialog_actions.py: this module imports the Workspace, which the window's first paint
does without.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import quote

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox,
                               QVBoxLayout, QWidget)

from ..domain.errors import CchcError
from ..services import Workspace
from .messages import describe

log = logging.getLogger(__name__)
DEFAULT_PORT = 5432
# Remembered between starts: where and as whom, never the password.
SETTING_KEYS = {"host": "server/host", "port": "server/port", "database": "server/database", "user": "server/user"}

Opener = Callable[..., Workspace]


def server_location(host: str, port: int, database: str, user: str) -> str:
    """postgresql://user@host:port/database, with a Vietnamese or spaced name percent-encoded."""
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    return f"postgresql://{quote(user.strip(), safe='')}@{host}:{port}/{quote(database.strip(), safe='')}"


class ConnectDialog(QDialog):
    """Host, port, database, user and password (or the saved password file); Connect opens the database."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None, *,
                 opener: Opener = Workspace.open) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.settings = settings
        self.opener = opener
        self.workspace: Workspace | None = None
        self.setWindowTitle(self.tr("Connect to the office's server"))
        intro = QLabel(self.tr("The appraising office's shared database (PostgreSQL). Ask the office's administrator "
                               "for the server's name, the database and your account."), self)
        intro.setWordWrap(True)
        self.host_edit = QLineEdit(str(settings.value(SETTING_KEYS["host"], "") or ""), self)
        self.host_edit.setObjectName("hostEdit")
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or thamdinh-server"))
        self.port_box = QSpinBox(self)
        self.port_box.setObjectName("portBox")
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(_port(settings.value(SETTING_KEYS["port"], DEFAULT_PORT)))
        self.database_edit = QLineEdit(str(settings.value(SETTING_KEYS["database"], "cchc") or ""), self)
        self.database_edit.setObjectName("databaseEdit")
        self.user_edit = QLineEdit(str(settings.value(SETTING_KEYS["user"], "") or ""), self)
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passfile_box = QCheckBox(self.tr("Use my saved password file (PGPASSFILE) instead"), self)
        self.passfile_box.setObjectName("passfileBox")
        self.passfile_box.toggled.connect(lambda on: self.password_edit.setEnabled(not on))
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_box)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("Account (user):"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow("", self.passfile_box)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("connectError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setText(self.tr("Connect"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        first_empty = next((edit for edit in (self.host_edit, self.database_edit, self.user_edit, self.password_edit)
                            if not edit.text()), self.password_edit)
        first_empty.setFocus()

    def location(self) -> str:
        return server_location(self.host_edit.text(), self.port_box.value(), self.database_edit.text(),
                               self.user_edit.text())

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def accept(self) -> None:
        missing = [label for label, edit in ((self.tr("the server"), self.host_edit),
                                             (self.tr("the database"), self.database_edit),
                                             (self.tr("your account"), self.user_edit)) if not edit.text().strip()]
        if missing:
            self.show_error(self.tr("Fill in %1 first.").replace("%1", missing[0]))
            return
        # An empty password field leaves it to libpq's usual places (PGPASSWORD, the password file).
        password = None if self.passfile_box.isChecked() or not self.password_edit.text() \
            else self.password_edit.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = self.opener(self.location(), password=password)
        except CchcError as error:
            log.info("connect refused: %s (%s)", error, error.kind)
            self.show_error(describe(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password_edit.clear()  # not kept in the dialog either
        for name, value in (("host", self.host_edit.text().strip()), ("port", self.port_box.value()),
                            ("database", self.database_edit.text().strip()), ("user", self.user_edit.text().strip())):
            self.settings.setValue(SETTING_KEYS[name], value)
        super().accept()


def _port(value: object) -> int:
    try:
        port = int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return DEFAULT_PORT
    return port if 1 <= port <= 65535 else DEFAULT_PORT
