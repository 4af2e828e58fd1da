"""Tệp › Tên người sử dụng…: the name written in the history with each change.

On a provincial master several staff share, each person chooses the name the history shows
for their edits; empty means the operating-system user.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from desktop.core import preferences, staff


class StaffNameAction(QObject):
    status_message = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(self.tr("Tên &người sử dụng…"), window)
        self.action.setStatusTip(
            self.tr(
                "Tên ghi vào lịch sử thay đổi cùng mỗi lần sửa (khi nhiều người dùng chung dữ liệu)"
            )
        )
        self.action.triggered.connect(self.ask)

    def ask(self) -> None:
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Tên người sử dụng"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setLabelText(
            self.tr(
                "Tên ghi vào lịch sử thay đổi cùng mỗi lần sửa của bạn.\n"
                "Để trống để dùng tên đăng nhập máy tính ({user})."
            ).format(user=staff.os_user() or "—")
        )
        dialog.setTextValue(str(preferences.get(staff.PREFERENCE) or ""))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Lưu"))
        dialog.setCancelButtonText(self.tr("Hủy"))
        if not dialog.exec():
            return
        staff.choose(dialog.textValue())
        self.status_message.emit(
            self.tr("Các thay đổi từ nay được ghi tên: {name}").format(name=staff.current_staff())
        )
