"""GUI fixtures: an offscreen Qt, a workspace in a temp folder, set up as a district office."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.core import settings
from desktop.core.workspace import Workspace, configure


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "htx.sqlite3"))
    identity = settings.Identity(
        office_code="H457",
        office_name="UBND huyện Lệ Thủy",
        role=settings.DISTRICT,
        area_scheme="pre2025",
        area_code="457",
        hub_code="T44",
    )
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    yield ws
    ws.close()


@pytest.fixture
def main_window(qtbot, workspace):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def type_text(widget, text: str) -> None:
    """Type text key by key, Vietnamese letters included (QTest.keyClicks handles ASCII only)."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


@pytest.fixture
def province_workspace(tmp_path, monkeypatch):
    """A workspace set up as the province hub (the planning office)."""
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "province.sqlite3"))
    identity = settings.Identity(
        office_code="T44",
        office_name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
        role=settings.PROVINCE,
        area_scheme="pre2025",
        area_code="44",
        hub_code="T44",
    )
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    yield ws
    ws.close()


@pytest.fixture
def province_window(qtbot, province_workspace):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(province_workspace)
    qtbot.addWidget(window)
    window.show()
    window.load_deferred_pages()
    return window


def close_message_boxes() -> list[str]:
    """Press OK on every message box that opens from now on (checked every 20 ms); returns the
    list their texts are collected in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
