"""The window runs writes as operations: a known database error is a message (never the bug
dialog) and nothing is lost; backups go to a chosen folder and are restored from the list."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTableWidget,
)

from desktop.core import backups, database, registry
from desktop.core.operations import cooperatives
from tests.ui.conftest import poller_alive, type_text
from tests.ui.driving import Script, button, click, field, menu_action, named

HOLD = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(60)
    """
)


@pytest.fixture
def answered():
    """Every message box that appears is noted and answered Yes (or OK), every 20 ms, until
    the test ends."""
    seen: list[tuple[str, str, QMessageBox.Icon]] = []
    running = [True]

    def poll():
        if not running[0]:
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.windowTitle(), box.text(), box.icon()))
            button = box.button(QMessageBox.StandardButton.Yes) or box.button(
                QMessageBox.StandardButton.Ok
            )
            if button is not None:
                button.click()
            else:
                box.accept()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    yield seen
    running[0] = False


def _button(widget, text: str) -> QPushButton:
    return next(b for b in widget.findChildren(QPushButton) if b.text() == text)


def test_a_save_on_a_locked_database_is_a_message_and_the_form_stays(
    qtbot, main_window, workspace, monkeypatch, tmp_path, answered
):
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    workspace.database.dispose()  # new connections wait 0.1 s
    path = workspace.database.sqlite_path
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE,
                              text=True)  # fmt: skip
    seen = answered
    first: dict = {}
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

        def fill_in(dialog):
            type_text(field(dialog, "Mã số HTX / mã số thuế *", QLineEdit), "3100123459")
            name = field(dialog, "Tên *", QLineEdit)
            type_text(name, "Hợp tác xã Dịch vụ Nông nghiệp Kiến Giang")
            click(qtbot, button(dialog, "Lưu"))
            qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
            first["answer"] = seen[0]
            first["still open"] = dialog.isVisible()  # what was typed is there, to save again
            first["name"] = name.text()
            with workspace.reading() as conn:
                first["stored"] = registry.list_cooperatives(conn)
            holder.kill()
            holder.wait()
            seen.clear()
            click(qtbot, button(dialog, "Lưu"))
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)

        script = Script(qtbot).dialog("Thêm hợp tác xã", fill_in)
        menu_action(main_window, "Hợp tác xã", "Thêm hợp tác xã…").trigger()
        assert script.finished
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    title, text, icon = first["answer"]
    assert title == "Không thực hiện được"
    assert "đang được một chương trình" in text
    assert icon == QMessageBox.Icon.Warning  # a known error, not the bug dialog
    assert first["still open"]
    assert first["name"] == "Hợp tác xã Dịch vụ Nông nghiệp Kiến Giang"
    assert first["stored"] == []
    assert not seen  # the second Save went through
    assert _coop_count(main_window) == 1


def _coop_count(window) -> int:
    return named(window, "Danh sách hợp tác xã", QTableView).model().rowCount()


def test_backup_to_a_usb_folder_then_restore_from_the_list(
    qtbot, main_window, workspace, monkeypatch, tmp_path, answered
):
    kept = cooperatives.save_cooperative(workspace, None, {
        "registration_code": "3100123459", "name": "Hợp tác xã Sen Thủy", "area_code": "457"},
    ).value  # fmt: skip
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(usb))
    seen = answered
    menu_action(main_window, "Tệp", "Sao lưu ra thư mục khác (USB)…").trigger()
    qtbot.waitUntil(lambda: any("Đã sao lưu" in text for _t, text, _i in seen), timeout=10_000)
    (copy,) = usb.iterdir()
    assert copy.suffix == ".sqlite3" and copy.stat().st_size > 0
    menu_action(main_window, "Tệp", "Sao lưu dữ liệu").trigger()
    qtbot.waitUntil(lambda: len(seen) >= 2, timeout=10_000)

    later = cooperatives.save_cooperative(workspace, None, {
        "registration_code": "3100000017", "name": "Hợp tác xã Mới", "area_code": "457"},
    ).value  # fmt: skip
    main_window.resize(1366, 768)
    shots: list[Path] = []

    alive = poller_alive()

    def choose():
        if not alive():
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or isinstance(dialog, QMessageBox):
            QTimer.singleShot(20, choose)
            return
        table = dialog.findChild(QTableWidget)
        assert table is not None and table.accessibleName() == "Bản sao lưu"
        assert table.rowCount() == 1
        assert table.item(0, 1).text() == "Sao lưu theo yêu cầu"
        shot = tmp_path / "restore-dialog.png"
        dialog.grab().save(str(shot))
        shots.append(shot)
        qtbot.mouseClick(_button(dialog, "Khôi phục bản đã chọn"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, choose)
    menu_action(main_window, "Tệp", "Khôi phục từ bản sao lưu…").trigger()
    qtbot.waitUntil(lambda: any("Đã khôi phục" in text for _t, text, _i in seen), timeout=10_000)
    assert shots and shots[0].stat().st_size > 0
    with workspace.reading() as conn:
        ids = {r["id"] for r in registry.list_cooperatives(conn)}
    assert kept in ids and later not in ids
    qtbot.waitUntil(lambda: _coop_count(main_window) == 1, timeout=10_000)
    reasons = [b.reason for b in backups.list_backups(workspace.database)]
    assert reasons[0] == "pre-restore"
