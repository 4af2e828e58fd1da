"""Starting the window: Qt application, translations, the workspace, first-run set-up."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.core import i18n, paths
from desktop.core.errors import KnownError


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
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setApplicationName("HTX Desktop")
    app.setOrganizationName("HTX")
    icon = paths.resources_dir() / "icons" / "htx.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translations(app)
    return app


def run(db: str | None = None, files: Sequence[str] = ()) -> int:
    from desktop.core.workspace import Workspace
    from desktop.ui.errors import install_excepthook
    from desktop.ui.first_run import FirstRunDialog
    from desktop.ui.main_window import MainWindow

    app = make_application()
    install_excepthook()
    try:
        workspace = Workspace.open(db or os.environ.get("HTX_DB"))
    except KnownError as exc:
        QMessageBox.critical(None, app.translate("App", "Không mở được dữ liệu"), exc.message)
        return 1
    if (
        workspace.identity is None
        and FirstRunDialog(workspace).exec() != QDialog.DialogCode.Accepted
    ):
        return 0
    window = MainWindow(workspace)
    window.show()
    if os.environ.get("HTX_QUIT_AFTER_START"):  # used by the start-up benchmark and smoke tests
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    code = app.exec()
    # Tear the window down while Qt is still alive: left to interpreter shutdown, PySide's
    # objects are freed in an arbitrary order after the application, which can abort.
    window.deleteLater()
    app.processEvents()
    del window
    workspace.close()
    return code
