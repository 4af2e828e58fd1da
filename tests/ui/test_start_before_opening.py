"""The program's start on a SQLite file ready to use: the window shows the list's first rows
(read with sqlite3) before the database is opened, then every page, menu and the whole list
arrive; a person who clicks or types before that gets what they asked for."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow, QTableView

from desktop.core.workspace import Workspace
from desktop.ui import app as app_module
from tests.ui.conftest import close_message_boxes
from tests.ui.driving import (
    column,
    current_page,
    current_title,
    go_to,
    menu_action,
    named,
    page_titles,
    status_text,
)

MENUS = ["Tệp", "Hợp tác xã", "Nhiệm vụ", "Excel", "Báo cáo", "Đồng bộ", "Công cụ", "Trợ giúp"]


@pytest.fixture
def province_db(province_demo) -> Path:
    return province_demo("tỉnh.sqlite3", seed=3)


def _launch(qtbot, db: Path) -> QMainWindow:
    window = app_module.launch(str(db))
    assert isinstance(window, QMainWindow)
    return window


def _on_screen_and_loading(qtbot, window: QMainWindow) -> None:
    """As a person meets it: on screen, the arrow with the busy sign while the rest loads."""
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: QApplication.overrideCursor() is not None, timeout=10_000)
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor


def _codes(window: QMainWindow) -> list[str]:
    return column(named(window, "Danh sách hợp tác xã", QTableView), "Mã số")


def _menus(window: QMainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def _started(window: QMainWindow) -> bool:
    return any(a.text().replace("&", "") == "Thoát" for a in _file_menu(window))


def _file_menu(window: QMainWindow):
    return window.menuBar().actions()[0].menu().actions()


def _full_list_codes(db: Path) -> tuple[list[str], int]:
    from desktop.ui.main_window import MainWindow

    workspace = Workspace.open(str(db))
    try:
        full = MainWindow(workspace)
        codes = _codes(full)
        full.close()
        full.deleteLater()
    finally:
        workspace.close()
    return codes, len(codes)


def test_first_screen_then_every_page(qtbot, province_db):
    expected, total = _full_list_codes(province_db)
    window = _launch(qtbot, province_db)
    try:
        # Shown before the database is opened: the first rows, in the list's order, the
        # navigation and the menu bar.
        assert window.isVisible()
        assert _codes(window) == expected[:100]
        assert "Đang tải danh sách hợp tác xã…" in status_text(window)
        assert _menus(window) == MENUS
        titles = page_titles(window)
        for title in ("Hợp tác xã", "Nhiệm vụ", "Bảng điều khiển", "Đồng bộ", "Xung đột"):
            assert any(t.startswith(title) for t in titles), titles
        # Then, without anyone doing anything: the menus, the whole list and its count.
        qtbot.waitUntil(lambda: _started(window), timeout=60_000)
        qtbot.waitUntil(
            lambda: f"{total:,} hợp tác xã".replace(",", ".") in status_text(window),
            timeout=60_000,
        )
        assert _codes(window) == expected
        assert _menus(window) == MENUS
        assert menu_action(window, "Excel", "Nhập danh sách từ Excel…")
        assert menu_action(window, "Đồng bộ", "Xuất gói…")
        page = go_to(window, "Đồng bộ")
        assert named(page, "Nhật ký đồng bộ").isVisible()
    finally:
        app_module.close_window(window)


def test_a_click_before_the_pages_are_made_opens_the_page_asked_for(qtbot, province_db):
    window = _launch(qtbot, province_db)
    try:
        _on_screen_and_loading(qtbot, window)
        assert not _started(window)
        pages = named(window, "Các trang", QListWidget)
        row = next(r for r in range(pages.count()) if pages.item(r).text() == "Đồng bộ")
        where = pages.visualItemRect(pages.item(row)).center()
        qtbot.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=where)
        # The click waited for the start, then did what it says.
        assert current_title(window) == "Đồng bộ"
        assert named(current_page(window), "Nhật ký đồng bộ").isVisible()
        assert _started(window)
        assert QApplication.overrideCursor() is None  # the busy sign is gone
    finally:
        app_module.close_window(window)


def test_a_shortcut_before_the_pages_are_made_works(qtbot, province_db):
    window = _launch(qtbot, province_db)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        _on_screen_and_loading(qtbot, window)
        assert not _started(window)
        qtbot.keyClick(
            named(window, "Tìm hợp tác xã"), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
        )
        assert current_title(window).startswith("Nhiệm vụ")
    finally:
        app_module.close_window(window)


def test_closed_during_its_start_the_database_is_let_go(qtbot, province_db):
    messages = close_message_boxes()
    window = _launch(qtbot, province_db)
    window.close()  # as the person closes it while it loads
    qtbot.wait(3000)  # the loading thread ends meanwhile: a closed window reports nothing
    assert messages == []
    app_module.close_window(window)
    # The same database opens again at once (the one-window lock was released), and fully.
    again = _launch(qtbot, province_db)
    try:
        qtbot.waitUntil(lambda: _started(again), timeout=60_000)
    finally:
        app_module.close_window(again)


def test_a_database_found_wrong_after_the_first_screen_is_reported(qtbot, province_db):
    """The full opening still checks every column: a file changed by another tool is
    reported with the message of the opening, and the window closes."""
    with closing(sqlite3.connect(province_db)) as conn, conn:
        conn.execute("ALTER TABLE cooperative DROP COLUMN notes")
    messages = close_message_boxes()
    window = _launch(qtbot, province_db)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert any("Cấu trúc cơ sở dữ liệu không khớp" in m for m in messages), messages
    app_module.close_window(window)
    assert QApplication.activeModalWidget() is None
