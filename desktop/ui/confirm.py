"""Questions asked before something is lost."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def discard_changes(parent: QWidget, message: str | None = None) -> bool:
    """Ask before closing a form with unsaved changes; True when the user discards them."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Confirm", "Bỏ thay đổi?"),
        message
        or QCoreApplication.translate(
            "Confirm", "Các thay đổi chưa được lưu. Đóng và bỏ các thay đổi?"
        ),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
