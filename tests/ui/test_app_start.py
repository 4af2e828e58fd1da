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
