"""Tệp › Tên người sử dụng…: on a shared master each person chooses the name the history
shows for their edits (issue 12, finding 10)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

from desktop.core import registry
from desktop.core.operations import cooperatives
from tests.ui.conftest import type_text


def _file_action(window, text: str):
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Tệp"]
    (action,) = [a for a in menu.actions() if a.text() == text]
    return action


def _answer(qtbot, name: str, button: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, fill)
            return
        (line,) = dialog.findChildren(QLineEdit)
        line.selectAll()
        line.del_()
        type_text(line, name)
        (press,) = [b for b in dialog.findChildren(QPushButton) if b.text() == button]
        qtbot.mouseClick(press, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)


def test_a_chosen_name_is_written_in_the_history(qtbot, main_window, workspace):
    action = _file_action(main_window, "Tên &người sử dụng…")
    _answer(qtbot, "Nguyễn Thị Lan", "Lưu")
    action.trigger()
    from PySide6.QtWidgets import QLabel

    shown = [label.text() for label in main_window.statusBar().findChildren(QLabel)]
    assert any("Nguyễn Thị Lan" in text for text in shown), shown
    coop_id = cooperatives.save_cooperative(
        workspace, None,
        {"registration_code": "3100123459", "name": "HTX Sen Thủy", "area_code": "19312"},
    ).value  # fmt: skip
    with workspace.reading() as conn:
        entries = registry.cooperative_history(conn, coop_id)
    assert entries and {e.staff for e in entries} == {"Nguyễn Thị Lan"}

    # Cancel keeps the name; an empty name goes back to the computer's user.
    _answer(qtbot, "Người Khác", "Hủy")
    action.trigger()
    _answer(qtbot, "", "Lưu")
    action.trigger()
    from desktop.core.staff import current_staff, os_user

    assert current_staff() == os_user()
