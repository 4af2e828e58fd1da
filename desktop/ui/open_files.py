"""Files given to the program (a double-click in Explorer, the command line, or a later launch
on the same database): a `.htxpkg` opens the import preview, a `.htxsetup` the office set-up.

Packages are previewed one after another: the next opens when the previous dialog closes.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox

from desktop.core.sync import enrolment
from desktop.core.text import format_int
from desktop.ui.errors import show_error

log = logging.getLogger(__name__)

PACKAGE_SUFFIX = ".htxpkg"
SETUP_SUFFIX = ".htxsetup"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenFiles", text)


def bring_to_front(window: QMainWindow) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class FileOpener(QObject):
    """Opens files in the main window (which must have `open_package(path)` returning the
    import dialog, `workspace` and `bus`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._queue: list[Path] = []
        self._busy = False

    def open(self, files: list[str]) -> None:
        bring_to_front(self.window)
        self._queue.extend(Path(f) for f in files)
        if not self._busy:
            self._next()

    def _next(self) -> None:
        self._busy = False
        while self._queue:
            path = self._queue.pop(0)
            log.info("opening %s", path)
            if not path.is_file():
                QMessageBox.warning(
                    self.window,
                    _tr("Không mở được tệp"),
                    _tr("Không tìm thấy tệp {file}. Hãy kiểm tra tệp còn ở chỗ cũ không.").format(
                        file=path
                    ),
                )
            elif path.suffix.lower() == PACKAGE_SUFFIX:
                dialog = self.window.open_package(path)  # type: ignore[attr-defined]
                dialog.finished.connect(lambda _code: self._next())
                self._busy = True
                return
            elif path.suffix.lower() == SETUP_SUFFIX:
                self._install_setup(path)
            else:
                QMessageBox.warning(
                    self.window,
                    _tr("Không mở được tệp"),
                    _tr(
                        "HTX Desktop chỉ mở gói đồng bộ (.htxpkg) và tệp thiết lập (.htxsetup); "
                        "“{file}” không phải loại tệp đó."
                    ).format(file=path.name),
                )

    def _install_setup(self, path: Path) -> None:
        """A setup file on a machine already set up: install it again after asking (the same
        office refreshes its keys; another office's file is refused with a message)."""
        workspace = self.window.workspace  # type: ignore[attr-defined]
        identity = workspace.require_identity()
        answer = QMessageBox.question(
            self.window,
            _tr("Tệp thiết lập"),
            _tr(
                "Máy này đã được thiết lập cho {office} ({code}). Cài đặt lại từ tệp “{file}”?"
            ).format(office=identity.office_name, code=identity.office_code, file=path.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            report = enrolment.install_setup(workspace, path)
        except Exception as exc:
            show_error(self.window, exc)
            return
        self.window.bus.announce("*")  # type: ignore[attr-defined]
        QMessageBox.information(
            self.window,
            _tr("Đã cài đặt đơn vị"),
            _tr("Đã cài đặt lại {office} ({code}) và nhận {n} bản ghi từ cấp tỉnh.").format(
                office=workspace.require_identity().office_name,
                code=workspace.require_identity().office_code,
                n=format_int(report.counts["new"]),
            ),
        )
