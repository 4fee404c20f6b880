"""Fixtures for window tests: a window on the seed sheet with its own settings file, English unless asked."""

from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.domain.scoring import Column


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def english(qapp):
    """The source language, and back to it after a test that switches."""
    from cchc_desktop.ui import i18n

    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def message_boxes(monkeypatch):
    """The texts of the message boxes shown during the test, answered with OK instead of waiting."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def record(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


@pytest.fixture
def window(qtbot, workspace, seed_sheet, settings, english):
    from cchc_desktop.ui.main_window import MainWindow

    main = MainWindow(workspace, settings=settings, sheet_id=seed_sheet.id)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    return main


def first_leaf_with_parents(document, depth: int = 3):
    """A sub-criterion at ``depth`` (e.g. 1.2.1), so a change has a criterion and an area above it."""
    return next(leaf for leaf in document.sheet.framework.leaves() if leaf.level == depth)


def stored(document, code: str, column: Column) -> Decimal | None:
    return document.stored_value(code, column)
