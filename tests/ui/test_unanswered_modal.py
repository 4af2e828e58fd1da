"""A test whose window opens a modal box nobody answers fails with the box's text, instead of
hanging the run until CI's time limit (tests/conftest.py, `_unanswered_modal_fails`)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

INNER = """
from PySide6.QtWidgets import QMessageBox


def test_an_error_box_nobody_answers(qtbot):
    QMessageBox.critical(None, "Lỗi", "Không mở được tệp")


def test_a_box_answered_at_once(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().accept())
    QMessageBox.information(None, "Xong", "Đã lưu")
"""


def test_an_unanswered_box_fails_its_test_with_its_text(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(INNER, encoding="utf-8")
    env = dict(os.environ, HTX_TEST_MODAL_LIMIT="1", QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "--rootdir", str(tmp_path), "-q", str(tmp_path / "test_inner.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    out = run.stdout + run.stderr
    assert run.returncode == 1, out
    assert "a modal window stayed open 1 s, unanswered: 'Lỗi': 'Không mở được tệp'" in out, out
    assert "2 passed, 1 error" in out, out  # the failing test fails at its teardown
    assert time.monotonic() - started < 60, out
