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


class MessageBoxes(list):
    """The texts of the message boxes shown, in order; beside them each box's kind and title.

    kinds[i] is "exec" for a box the program built itself, else the static function called
    ("question", "information", "warning", "critical"). A question is answered from ``answers``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.kinds: list[str] = []
        self.titles: list[str] = []
        self.answers: dict[str, object] = {}

    def shown(self, kind: str, title: str, text: str) -> None:
        self.append(text)
        self.kinds.append(kind)
        self.titles.append(title)


@pytest.fixture
def message_boxes(monkeypatch):
    """Every message box shown during the test, recorded and answered at once instead of waiting for a click."""
    from PySide6.QtWidgets import QMessageBox

    boxes = MessageBoxes()
    boxes.answers["question"] = QMessageBox.StandardButton.Yes

    def record(box):
        boxes.shown("exec", box.windowTitle(), box.text())
        return QMessageBox.StandardButton.Ok

    def static(kind):
        def show(_parent, title, text, *_args, **_kwargs):
            boxes.shown(kind, title, text)
            return boxes.answers.get(kind, QMessageBox.StandardButton.Ok)
        return show

    monkeypatch.setattr(QMessageBox, "exec", record)
    for kind in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    return boxes


class ModelFaults:
    """Qt's model tester on each model given to watch(), reporting by warning; the faults it found."""

    def __init__(self) -> None:
        self.faults: list[str] = []
        self._testers: list[object] = []

    def watch(self, model) -> None:  # noqa: ANN001 - any QAbstractItemModel
        from PySide6.QtTest import QAbstractItemModelTester

        # Warning mode: a fault becomes a message caught below and fails this test alone. Fatal mode
        # would abort the whole pytest process at the first fault.
        warning = QAbstractItemModelTester.FailureReportingMode.Warning
        self._testers.append(QAbstractItemModelTester(model, warning))

    def handle(self, mode, context, message: str) -> bool:  # noqa: ANN001 - Qt's message types
        from PySide6.QtCore import QtMsgType

        if context.category == "qt.modeltest" and mode != QtMsgType.QtDebugMsg:
            self.faults.append(message)
            return True
        return False


@pytest.fixture
def model_tester(qapp):
    """Watch models with QAbstractItemModelTester; end the test with ``assert model_tester.faults == []``."""
    from PySide6.QtCore import qInstallMessageHandler

    tester = ModelFaults()
    previous = None

    def handler(mode, context, message):  # noqa: ANN001
        if not tester.handle(mode, context, message) and previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(handler)
    yield tester
    qInstallMessageHandler(previous)
    tester._testers.clear()


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
