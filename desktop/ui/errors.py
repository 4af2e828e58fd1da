"""Showing failures: a known error gets its Vietnamese message, a bug a dialog with details."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.errors import KnownError, ValidationError
from desktop.core.paths import log_path

log = logging.getLogger("desktop.ui")


def show_error(parent: QWidget | None, error: BaseException) -> None:
    from PySide6.QtWidgets import QMessageBox  # not loaded before something goes wrong

    if isinstance(error, ValidationError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Dữ liệu chưa đúng"), str(error)
        )
        return
    if isinstance(error, KnownError):
        log.warning("known error: %s %s", error.message, error.detail)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Không thực hiện được"), error.message
        )
        return
    details = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    log.error("unexpected error:\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Lỗi chương trình"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Đã xảy ra lỗi không mong đợi. Dữ liệu của bạn không bị thay đổi bởi thao tác này.\n"
            "Hãy gửi chi tiết lỗi cho bộ phận hỗ trợ (đã ghi vào {path}).",
        ).format(path=log_path())
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QCoreApplication.translate("Errors", "Sao chép chi tiết"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("Errors", "Đóng"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    """Bugs raised in slots reach the user as a dialog instead of vanishing into stderr."""
    import sys

    def hook(kind, value, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        value.__traceback__ = tb
        show_error(QApplication.activeWindow(), value)

    sys.excepthook = hook
