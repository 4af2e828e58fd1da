"""Starting the window: Qt application, translations, the workspace, first-run set-up."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.core import i18n, paths
from desktop.core.errors import KnownError
from desktop.ui.collector import collect_on_gui_thread
from desktop.ui.source_cache import read_sources_uncached

log = logging.getLogger(__name__)


def install_translations(app: QApplication) -> None:
    """Vietnamese is the source language; English loads the compiled catalogue if present.

    The language is the user's choice (Tools > Language), unless HTX_LANG says otherwise.
    """
    from desktop.core import preferences

    if "HTX_LANG" not in os.environ:
        i18n.set_language(preferences.get("language", i18n.SOURCE_LANGUAGE))
    language = i18n.language()
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    folder = paths.resources_dir() / "translations"
    # Vietnamese: our own strings are the source; Qt's own (standard buttons, file dialogs,
    # context menus) come from our catalogue of them, since Qt ships no Vietnamese one.
    name = "qt_vi" if language == "vi" else f"htx_{language}"
    _install_catalogue(app, folder, name)


def _install_catalogue(app: QApplication, folder: Path, name: str) -> None:
    source, compiled = folder / f"{name}.ts", folder / f"{name}.qm"
    translator: QTranslator = QTranslator(app)
    # From a source checkout (`uv run htx`) the .qm is not in git and, when present, may be
    # older than the .ts: read the .ts catalogue itself then, as the core does. The built
    # program ships only the .qm.
    if source.exists() and (
        not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime
    ):
        translator = CatalogueTranslator(source, app)
        app.installTranslator(translator)
    elif translator.load(name, str(folder)):
        app.installTranslator(translator)


class CatalogueTranslator(QTranslator):
    """A translator reading a `.ts` catalogue through `desktop.core.i18n` (no .qm needed)."""

    def __init__(self, source: Path, parent=None) -> None:
        super().__init__(parent)
        self._table = i18n.read_catalogue(source)

    def isEmpty(self) -> bool:
        return not self._table

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self._table.get((context, source_text))  # None: not here, Qt falls back


def make_application() -> QApplication:
    # Before the window's modules are imported: PySide's import hook would otherwise keep
    # their every line in memory through the first session's peak.
    read_sources_uncached()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("HTX Desktop")
    app.setOrganizationName("HTX")
    icon = paths.resources_dir() / "icons" / "htx.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    collect_on_gui_thread(app)
    return app


def launch(db: str | None = None, files: Sequence[str] = ()) -> QMainWindow | int:
    """Everything before the event loop: the shown main window, or the exit code when no
    window opens (the database is open in another window, it cannot be opened, or the first-run
    set-up was left). The window holds the database until `close_window` (one per database).

    A SQLite file that needs nothing done first (no migration, no set-up) shows its window
    from what `first_look` reads with sqlite3, before SQLAlchemy and the pages are loaded;
    anything else is opened (migrated after a backup, checked) before the window shows."""
    from desktop.core import first_look
    from desktop.ui.main_window import MainWindow
    from desktop.ui.single_instance import SingleInstance

    target = db or os.environ.get("HTX_DB")
    paths_given = [str(Path(f).resolve()) for f in files]
    instance = SingleInstance(target)
    if not instance.acquire():
        return refuse_second_window(instance, paths_given)
    look = first_look.read(target)
    if look is not None:
        try:
            window = MainWindow(None, first_look=look)
        except BaseException:  # a bug while building the window: let the lock go first
            instance.release()
            raise
        _hand_files_to(window, instance, paths_given)
        # Later launches reach the window once it is on screen (they wait for it: see
        # `SingleInstance.hand_over`); the lock keeps a second window out meanwhile.
        window.when_painted(instance.listen)
        QTimer.singleShot(1000, instance.listen)  # a window started minimized is not painted
        window.show()
        return window
    instance.listen()
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.core.workspace import Workspace
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.open_files import SETUP_SUFFIX

    try:
        workspace = Workspace.open(target)
    except KnownError as exc:
        instance.release()
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Không mở được dữ liệu"), exc.message
        )
        return 1
    except BaseException:
        instance.release()
        raise
    if workspace.identity is None:
        dialog = FirstRunDialog(workspace)
        setups = [f for f in paths_given if f.lower().endswith(SETUP_SUFFIX)]
        if setups:  # a double-clicked setup file: install it straight away
            paths_given = [f for f in paths_given if f not in setups]
            QTimer.singleShot(0, lambda: dialog.install_setup(Path(setups[0])))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            workspace.close()
            instance.release()
            return 0
    try:
        window = MainWindow(workspace, first_screen=True)
    except BaseException:  # a bug while building the window: let the database go first
        workspace.close()
        instance.release()
        raise
    _hand_files_to(window, instance, paths_given)
    window.show()
    return window


def _hand_files_to(window, instance, paths_given: list[str]) -> None:
    """The window holds the one-window lock; files given now or by a later launch open in it
    (once its pages are made)."""
    window.single_instance = instance  # released by close_window
    opened: list = []

    def open_files(files: list[str]) -> None:
        window.finish_start()
        if not opened:
            from desktop.ui.open_files import FileOpener

            opened.append(FileOpener(window))
        opened[0].open(files)

    instance.files_received.connect(open_files)
    instance.activation_requested.connect(lambda: open_files([]))
    if paths_given:
        # The window as the timer's context: a window closed meanwhile is not reached.
        window.when_started(lambda: QTimer.singleShot(0, window, lambda: open_files(paths_given)))


def refuse_second_window(instance, files: list[str]) -> int:
    """A later launch on a database already open: hand the files over, or say why not."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("App", "Dữ liệu đang được mở")
    if instance.hand_over(files):
        if files:
            return 0  # the open window previews them
        text = QCoreApplication.translate(
            "App",
            "HTX Desktop đang mở dữ liệu này trong một cửa sổ khác; cửa sổ đó đã được đưa lên "
            "trước.\nMỗi cơ sở dữ liệu chỉ được mở trong một cửa sổ, để hai cửa sổ không ghi "
            "chồng lên nhau.",
        )
    else:
        owner = instance.owner()
        text = QCoreApplication.translate(
            "App",
            "Dữ liệu {file} đang được HTX Desktop mở (máy {host}).\nMỗi cơ sở dữ liệu chỉ được "
            "mở trong một cửa sổ, để hai cửa sổ không ghi chồng lên nhau: hãy dùng cửa sổ đang "
            "mở, hoặc đóng nó rồi mở lại.",
        ).format(file=instance.lock_file.with_suffix(""), host=owner or "?")
    log.info("second window on %s refused", instance.lock_file)
    QMessageBox.warning(None, title, text)
    return 1


def close_window(window: QMainWindow) -> None:
    """Tear the window down while Qt is still alive, then let the database go: left to
    interpreter shutdown, PySide's objects are freed in an arbitrary order, which can abort."""
    runner = getattr(window, "runner", None)
    if runner is not None and runner.busy:
        runner.cancel()
        runner.wait()
    workspace = window.workspace  # type: ignore[attr-defined]
    instance = getattr(window, "single_instance", None)
    window.close()
    window.deleteLater()
    QApplication.processEvents()
    if workspace is not None:  # None: closed during its start, before the database opened
        workspace.close()
    if instance is not None:
        instance.release()


def run(db: str | None = None, files: Sequence[str] = ()) -> int:
    from desktop.ui.errors import install_excepthook, show_error

    app = make_application()
    install_excepthook()
    try:
        outcome = launch(db, files)
    except Exception as exc:  # a bug at start: the crash dialog (details in the log), not a
        show_error(None, exc)  # silent exit or the frozen program's bare traceback box
        return 1
    if isinstance(outcome, int):
        return outcome
    if os.environ.get("HTX_QUIT_AFTER_START"):  # used by the start-up benchmark and smoke tests
        QTimer.singleShot(0, app.quit)
    code = app.exec()
    close_window(outcome)
    return code
