"""GUI fixtures: an offscreen Qt, a workspace in a temp folder, set up as a district office."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from desktop.core import settings
from desktop.core.workspace import Workspace, configure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

LE_THUY = settings.Identity(
    "H457", "UBND huyện Lệ Thủy", settings.DISTRICT, "pre2025", "457", "T44"
)
PROVINCE = settings.Identity(
    "T44", "Sở Kế hoạch và Đầu tư tỉnh Quảng Bình", settings.PROVINCE, "pre2025", "44", "T44"
)


def _open(path, identity: settings.Identity) -> Workspace:
    ws = Workspace.open(str(path))
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    return ws


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    """A workspace set up as a district office (Lệ Thủy)."""
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = _open(tmp_path / "htx.sqlite3", LE_THUY)
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
    ws = _open(tmp_path / "province.sqlite3", PROVINCE)
    yield ws
    ws.close()


@pytest.fixture
def province_window(qtbot, province_workspace):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(province_workspace)
    qtbot.addWidget(window)
    window.show()
    from tests.ui.driving import go_to, page_titles

    for title in page_titles(window):  # each page is loaded when first shown, as by a person
        go_to(window, title.split(" (")[0])
    go_to(window, page_titles(window)[0])
    return window


# Message-box pollers stop when the test that started them ends, so that one left running
# cannot answer (and hide) the boxes of a later test.
_current_test = [0]


@pytest.fixture(autouse=True)
def _count_tests():
    _current_test[0] += 1
    yield
    _current_test[0] += 1


def poller_alive():
    """A callable that turns false once the current test has ended."""
    mine = _current_test[0]
    return lambda: _current_test[0] == mine


def close_message_boxes(answer: QMessageBox.StandardButton | None = None) -> list[str]:
    """Answer every message box that opens from now on (checked every 20 ms, until the test
    ends): press `answer` where the box offers it, else OK; without `answer`, OK. Returns the
    list their texts are collected in."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []
    alive = poller_alive()

    def poll() -> None:
        if not alive():
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            pressed = box.button(answer) if answer is not None else None
            pressed = pressed or box.button(QMessageBox.StandardButton.Ok)
            if pressed is not None:
                pressed.click()
            else:
                box.accept()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen
