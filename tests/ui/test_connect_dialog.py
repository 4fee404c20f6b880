"""File → Connect to server…: Cancel changes nothing, a refused connection says why, a real one opens the database."""

from __future__ import annotations

import os
import secrets
import socket

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from sqlalchemy.engine import make_url

from cchc_desktop.services import Workspace, server
from cchc_desktop.ui.connect_dialog import ConnectDialog
from cchc_desktop.ui.tree_model import TreeColumn
from ui_helpers import cell, send_text


def _when_dialog_opens(act) -> None:  # noqa: ANN001 - a callable taking the dialog
    """Act on the modal dialog the next action opens, from the event loop that exec() runs."""

    def find() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConnectDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, find)

    QTimer.singleShot(0, find)


def _fill(dialog: ConnectDialog, host: str, port: int, database: str, user: str) -> None:
    for edit, text in ((dialog.host_edit, host), (dialog.database_edit, database), (dialog.user_edit, user)):
        edit.clear()
        send_text(edit, text)
    dialog.port_box.setValue(port)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_cancel_keeps_the_open_database(qtbot, window):
    before = window.workspace
    title = window.windowTitle()
    _when_dialog_opens(lambda dialog: QTest.mouseClick(
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton))
    window.controls.connect_action.trigger()
    assert window.workspace is before
    assert window.windowTitle() == title


def test_a_refused_connection_is_told_in_plain_words_and_the_dialog_stays(qtbot, settings, english):
    dialog = ConnectDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)  # nothing filled in yet
    assert dialog.error_label.isVisible()
    assert "server" in dialog.error_label.text()
    _fill(dialog, "127.0.0.1", _free_port(), "cchc", "thamdinh")  # nothing listens there
    send_text(dialog.password_edit, "bí-mật")
    QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    shown = dialog.error_label.text()
    assert dialog.isVisible() and dialog.workspace is None
    assert "127.0.0.1" in shown and "Traceback" not in shown and "psycopg" not in shown
    assert dialog.password_edit.echoMode() == dialog.password_edit.EchoMode.Password
    assert all("bí-mật" not in str(settings.value(key)) for key in settings.allKeys())


def test_a_real_connection_opens_the_server_database_and_remembers_all_but_the_password(
        qtbot, window, settings, postgres_location):
    url = make_url(postgres_location)

    def connect(dialog: ConnectDialog) -> None:
        _fill(dialog, url.host, url.port, url.database, url.username)
        send_text(dialog.password_edit, "không-lưu")  # the test server trusts 127.0.0.1: any password does
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)

    _when_dialog_opens(connect)
    window.controls.connect_action.trigger()
    try:
        assert window.workspace.on_server
        assert f"{url.username}@{url.host}:{url.port}/{url.database}" in window.windowTitle()
        assert settings.value("server/database") == url.database
        assert all("không-lưu" not in str(settings.value(key)) for key in settings.allKeys())
        assert window.database_label.text() == window.workspace.location
    finally:
        window.workspace.close()


def _account(postgres_location: str, seed_path, role: str) -> str:  # noqa: ANN001 - a Path
    """A login of that role (a unit's is Phong Thổ's, whose sheet the database holds), unique to this run."""
    login = f"t{os.getpid()}_{secrets.token_hex(3)}_ui_{role}"
    with Workspace.open(postgres_location) as owner:
        if not owner.sheets():
            owner.import_file(seed_path, unit="Huyện Phong Thổ", year=2023)
        server.prepare(owner)
        server.add_user(owner, login, role, unit="Huyện Phong Thổ" if role == "unit" else None)
    return login


def test_a_units_account_sees_the_appraisal_read_only_and_a_step_not_its_own_is_refused_plainly(
        qtbot, window, settings, postgres_location, seed_path, message_boxes):
    login = _account(postgres_location, seed_path, "unit")
    try:
        as_unit = Workspace.open(make_url(postgres_location).set(username=login)
                                 .render_as_string(hide_password=False))
        window.switch_workspace(as_unit)
        code = next(leaf.code for leaf in window.document.sheet.framework.leaves())
        assert window.filter_model.flags(cell(window, code, TreeColumn.SELF)) & Qt.ItemFlag.ItemIsEditable
        assert not window.filter_model.flags(cell(window, code, TreeColumn.APPRAISAL)) & Qt.ItemFlag.ItemIsEditable
        window.controls.next_stage_action.trigger()  # the unit submits its sheet: its own step
        assert window.document.info.stage == "submitted"
        window.controls.next_stage_action.trigger()  # finishing round 1 is the appraiser's: the database refuses
        assert window.document.info.stage == "submitted"
        assert any("may not move this sheet" in text for text in message_boxes)
        window.workspace.close()
    finally:
        with Workspace.open(postgres_location) as owner:
            server.remove_user(owner, login)


def test_an_appraisers_account_may_not_mark_rows_not_applicable(qtbot, window, postgres_location, seed_path):
    login = _account(postgres_location, seed_path, "appraiser")
    try:
        window.switch_workspace(Workspace.open(make_url(postgres_location).set(username=login)
                                               .render_as_string(hide_password=False)))
        code = next(leaf.code for leaf in window.document.sheet.framework.leaves())
        menu = QMenu(window)
        window.controls.build_criterion_menu(menu, code)
        assert not window.controls.not_applicable_action.isEnabled()
        assert window.filter_model.flags(cell(window, code, TreeColumn.APPRAISAL)) & Qt.ItemFlag.ItemIsEditable
        assert not window.filter_model.flags(cell(window, code, TreeColumn.SELF)) & Qt.ItemFlag.ItemIsEditable
        window.workspace.close()
    finally:
        with Workspace.open(postgres_location) as owner:
            server.remove_user(owner, login)
