"""The real start: `python -m desktop gui` opens the window on a database and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_window_starts_and_quits_with_exit_code_zero(tmp_path, province_demo):
    db = province_demo("demo.sqlite3", seed=5)
    env = {**os.environ, "HTX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "desktop", "gui", "--db", str(db)],
        env={**env, "HTX_QUIT_AFTER_START": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal Python error" not in done.stderr


def test_english_window_without_a_fresh_compiled_catalogue_reads_the_ts(
    qtbot, tmp_path, monkeypatch
):
    """A source checkout has no .qm (or an old one): English still reaches every window text."""
    import shutil

    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from desktop.core import i18n, paths
    from desktop.ui import app as app_module

    real = paths.resources_dir() / "translations" / "htx_en.ts"
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    shutil.copy(real, tmp_path / "resources" / "translations" / "htx_en.ts")
    monkeypatch.setattr(paths, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setenv("HTX_LANG", "en")
    monkeypatch.setattr(i18n, "_language", "en")
    application = QApplication.instance()
    before = application.children()
    try:
        app_module.install_translations(application)
        assert QCoreApplication.translate("TaskSummary", "Hoàn thành: {n}") == "Completed: {n}"
        assert QCoreApplication.translate("TaskSummary", "không có trong danh mục") == (
            "không có trong danh mục"
        )
    finally:
        for child in application.children():
            if child not in before and isinstance(child, app_module.QTranslator):
                QCoreApplication.removeTranslator(child)
                child.deleteLater()
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))


def test_modules_imported_after_the_application_leave_no_source_lines_in_memory(tmp_path):
    """PySide's import hook still learns which modules use PySide6, but the window's modules'
    sources are not kept in linecache (20 MB at national scale)."""
    code = """
import linecache, sys
from desktop.ui import app
app.make_application()
linecache.clearcache()  # what the modules imported before it left
import desktop.ui.main_window, desktop.core.tasks.board
import shibokensupport.feature as feature
kept = [path for path in linecache.cache if path.endswith(".py") and "desktop" in path]
wrong = []
seen = 0
for name, value in feature.pyside_feature_dict.items():
    path = getattr(sys.modules.get(name), "__file__", None) or ""
    if name.startswith("desktop") and path.endswith(".py"):
        seen += 1
        with open(path, encoding="utf-8") as file:
            if value != (0 if "PySide6" in file.read() else -1):
                wrong.append(name)
print(kept, wrong, seen > 20)
"""
    env = {**os.environ, "HTX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    # Nothing kept, and each module's answer (0: it mentions PySide6 and takes part in
    # PySide's features, -1: it does not) as when the hook read through inspect.
    assert done.stdout.split() == ["[]", "[]", "True"]
