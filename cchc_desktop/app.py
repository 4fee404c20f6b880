"""Starting the window: `cchc-desktop [--db PATH] [--sheet ID] [--screenshot FILE.png] [--lang vi|en]`."""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

log = logging.getLogger("cchc_desktop")
ORGANIZATION = "CCHC"
APPLICATION = "CCHC Desktop"
# The log rolls over (crash.keep_log_small) from this long after the window is shown, off the first paint.
LOG_ROTATION_AFTER_MS = 2000


def parse_arguments(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and what is left for Qt (-platform offscreen, -style …)."""
    parser = argparse.ArgumentParser(prog="cchc-desktop", add_help=True,
                                     description="Score Vietnam's administrative-reform index, offline.")
    parser.add_argument("--db", help="the database file (default: the one in the user data folder), or a database "
                                     "on a PostgreSQL server: postgresql://user@host:port/dbname")
    parser.add_argument("--sheet", type=int, help="open this sheet id")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the window with the sheet fully expanded to FILE.png and exit")
    parser.add_argument("--lang", choices=("vi", "en"), help="interface language for this run (not remembered)")
    return parser.parse_known_args(argv[1:])


def _windows_taskbar_identity() -> None:
    # Without this Windows groups the window under python.exe's icon when run from source.
    if sys.platform == "win32":
        try:
            import ctypes

            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("CCHC.Desktop")
        except (AttributeError, OSError):
            pass


def ask_password(error: Exception) -> str | None:
    """The server's password when it asked for one that libpq's usual places did not give; never stored."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    if getattr(error, "kind", None) != "server_login":
        return None
    where = str(getattr(error, "params", {}).get("location", ""))
    text, accepted = QInputDialog.getText(
        None, QCoreApplication.translate("Start", "CCHC Desktop"),
        QCoreApplication.translate("Start", "Password for %1:").replace("%1", where), QLineEdit.EchoMode.Password)
    return text if accepted else None


def confirm_new_database(path: Path) -> Path | None:
    """The database to open: ``path`` if it exists, else what the user answers (create it, another file, or None)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    while not path.exists():
        question = QCoreApplication.translate(
            "Start", "There is no database file at\n%1\n\nIf the path was mistyped, choose the right file. "
            "Create a new, empty database there only if you mean to start afresh.")
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("Start", "CCHC Desktop"),
                          question.replace("%1", str(path)), QMessageBox.StandardButton.NoButton)
        box.setObjectName("newDatabaseBox")
        create = box.addButton(QCoreApplication.translate("Start", "&Create a new database"),
                               QMessageBox.ButtonRole.AcceptRole)
        create.setObjectName("createDatabase")
        choose = box.addButton(QCoreApplication.translate("Start", "C&hoose another file…"),
                               QMessageBox.ButtonRole.ActionRole)
        choose.setObjectName("chooseDatabase")
        quit_button = box.addButton(QCoreApplication.translate("Start", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quitStart")
        box.setDefaultButton(choose)
        box.setEscapeButton(quit_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is create:
            return path
        if clicked is not choose:
            return None
        chosen, _ = QFileDialog.getOpenFileName(None, QCoreApplication.translate("Start", "Open a database"), str(path.parent),
                                                QCoreApplication.translate("Start", "CCHC databases (*.db);;All files (*)"))
        if chosen:
            path = Path(chosen)
    return path


def main(argv: list[str] | None = None) -> int:
    # Start-up is mostly imports: young-generation collections then are pure cost (~6 % of the CPU to the
    # first paint, measured). The usual thresholds come back as soon as the window is shown.
    thresholds = gc.get_threshold()
    gc.set_threshold(50_000, *thresholds[1:])
    try:
        return _main(argv, thresholds)
    finally:
        gc.set_threshold(*thresholds)


def _started(thresholds: tuple[int, ...]) -> None:
    """Start-up is over: what it built (modules, classes, the window) lives as long as the program, so the
    collector stops walking it (gc.freeze: every later collection, and the last one at exit, skip it), and the
    usual thresholds come back."""
    gc.freeze()
    gc.set_threshold(*thresholds)


def _main(argv: list[str] | None, thresholds: tuple[int, ...]) -> int:
    argv = list(sys.argv if argv is None else argv)
    if "--self-test" in argv:
        from .selftest import run

        sys.exit(run(argv))
    arguments, qt_arguments = parse_arguments(argv)
    _windows_taskbar_identity()

    from . import paths
    from .ui.crash import install_excepthook, setup_logging

    try:
        log_path = setup_logging(paths.user_log_dir())
    except OSError:
        log_path = None  # a read-only profile must not stop the program
    log.info("starting, argv=%s", argv[1:])

    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication.instance() or QApplication([argv[0], *qt_arguments])
    install_excepthook(log_path)

    from .ui import i18n
    from .ui.fonts import install_ui_font
    from .ui.icons import application_icon

    install_ui_font(app)
    app.setWindowIcon(application_icon())
    settings = QSettings()
    i18n.install_language(arguments.lang or i18n.saved_language(settings))

    from .domain.errors import CchcError
    from .ui.messages import describe
    from .ui.startup import finish_after_first_paint, open_workspace

    from .services import is_server

    on_server = arguments.db is not None and is_server(arguments.db)
    database = arguments.db if on_server else Path(arguments.db) if arguments.db else paths.default_database_path()
    if arguments.db is not None and arguments.screenshot is None and not on_server:
        # The default database is made without asking on the first start; a named one that is missing is
        # more likely a typing mistake than a wish for an empty database.
        database = confirm_new_database(database)
        if database is None:
            return 0
    try:
        # An existing, up-to-date database file is read for the first paint without SQLAlchemy; the Workspace that
        # writes it takes over right after that paint (ui/startup.py). A new or older one, or a server's, is
        # opened as ever.
        try:
            workspace = open_workspace(database, demo=True)
        except CchcError as error:
            password = ask_password(error) if on_server and arguments.screenshot is None else None
            if password is None:
                raise
            from .services.workspace import Workspace

            workspace = Workspace.open(database, demo=True, password=password)
    except CchcError as error:
        log.error("cannot open %s: %s", database, error)
        if arguments.screenshot is not None:
            # No one is there to close a dialog: say it on stderr and stop.
            print(f"{database}: {error}", file=sys.stderr)
            return 2
        QMessageBox.critical(None, QCoreApplication.translate("Start", "CCHC Desktop"),
                             QCoreApplication.translate("Start", "The database %1 cannot be opened.\n\n%2")
                             .replace("%1", str(database)).replace("%2", describe(error)))
        return 2

    if arguments.screenshot is not None:
        from .ui.screenshot import render_window_png

        try:
            written = render_window_png(workspace, arguments.sheet, arguments.screenshot)
        except Exception as error:  # noqa: BLE001 - no one is there to close the crash dialog: say it and stop
            log.exception("screenshot failed")
            print(f"cchc-desktop: the screenshot could not be made: {error}"
                  + (f" (details in {log_path})" if log_path else ""), file=sys.stderr)
            return 1
        finally:
            workspace.close()
        _started(thresholds)  # as the window does once shown
        print(written)
        return 0

    from .ui.main_window import MainWindow

    window = MainWindow(workspace, settings=settings, sheet_id=arguments.sheet, owns_workspace=True,
                        welcome=workspace.created)
    window.show()
    finish_after_first_paint(window)
    from PySide6.QtCore import QTimer

    from .ui.crash import keep_log_small

    QTimer.singleShot(LOG_ROTATION_AFTER_MS, keep_log_small)
    _started(thresholds)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
