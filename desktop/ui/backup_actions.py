"""The File menu's backups: back up now (to the backups folder or a folder the person chooses,
such as a USB stick) and restore one of this database's backups, listed with date, reason and
size."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import backups
from desktop.core.operations import Done, IsCancelled, Progress, maintenance
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_long


def reason_labels() -> dict[str, str]:
    def tr(text: str) -> str:
        return QCoreApplication.translate("Backups", text)

    return {
        "manual": tr("Sao lưu theo yêu cầu"),
        "pre-import": tr("Trước khi nhập gói"),
        "pre-excel-import": tr("Trước khi nhập Excel"),
        "pre-migration": tr("Trước khi nâng cấp dữ liệu"),
        "pre-restore": tr("Trước khi khôi phục"),
    }


def size_text(size: int) -> str:
    return f"{format_int(max(1, round(size / 1024)))} KB"


class BackupActions(QObject):
    """Actions for the File menu; `status_message` reports what was written."""

    status_message = Signal(str)

    def __init__(self, window: QMainWindow, workspace: Workspace, bus: DataBus,
                 runner: BackgroundRunner) -> None:  # fmt: skip
        super().__init__(window)
        self.window, self.workspace, self.bus, self.runner = window, workspace, bus, runner
        self.backup_action = QAction(self.tr("Sao lưu &dữ liệu"), window)
        self.backup_action.triggered.connect(lambda _checked=False: self.back_up())
        self.backup_to_action = QAction(self.tr("Sao lưu ra &thư mục khác (USB)…"), window)
        self.backup_to_action.triggered.connect(lambda _checked=False: self.back_up_to_folder())
        self.restore_action = QAction(self.tr("&Khôi phục từ bản sao lưu…"), window)
        self.restore_action.triggered.connect(lambda _checked=False: self.choose_restore())

    def actions(self) -> list[QAction]:
        return [self.backup_action, self.backup_to_action, self.restore_action]

    def back_up(self, folder: Path | None = None) -> None:
        def work(_progress: Progress, _cancelled: IsCancelled) -> Done[Path | None]:
            return maintenance.back_up_now(self.workspace, folder)

        def done(path: Path | None) -> None:
            text = self.tr("Đã sao lưu vào:\n{path}").format(path=path)
            self.status_message.emit(text.replace("\n", " "))
            QMessageBox.information(self.window, self.tr("Sao lưu"), text)

        run_long(self.window, self.runner, self.bus, self.tr("Đang sao lưu…"), work, done,
                 cancellable=False)  # fmt: skip

    def back_up_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Chọn thư mục để lưu bản sao (ví dụ ổ USB)")
        )
        if folder:
            self.back_up(Path(folder))

    def choose_restore(self) -> None:
        try:
            found = backups.list_backups(self.workspace.database)
        except Exception as exc:
            from desktop.ui.errors import show_error

            show_error(self.window, exc)
            return
        dialog = RestoreDialog(found, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, path: Path) -> None:
        answer = QMessageBox.warning(
            self.window,
            self.tr("Khôi phục dữ liệu"),
            self.tr(
                "Toàn bộ dữ liệu hiện tại sẽ được thay bằng bản sao lưu đã chọn.\n"
                "Dữ liệu hiện tại được sao lưu trước khi khôi phục. Tiếp tục?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def work(_progress: Progress, _cancelled: IsCancelled) -> Done[Path | None]:
            return maintenance.restore_backup(self.workspace, path)

        def done(before: Path | None) -> None:
            QMessageBox.information(
                self.window,
                self.tr("Khôi phục dữ liệu"),
                self.tr(
                    "Đã khôi phục xong. Dữ liệu trước khi khôi phục được giữ ở:\n{path}"
                ).format(path=before),
            )

        run_long(self.window, self.runner, self.bus, self.tr("Đang khôi phục…"), work, done,
                 cancellable=False)  # fmt: skip


class RestoreDialog(QDialog):
    """This database's backups, newest first; or another backup file chosen by hand."""

    def __init__(self, found: list[backups.Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Khôi phục từ bản sao lưu"))
        self.resize(760, 420)
        self.found = found
        self.chosen: Path | None = None
        intro = QLabel(
            self.tr("Các bản sao lưu của cơ sở dữ liệu này ({n}), mới nhất trước:").format(
                n=format_int(len(found))
            )
        )
        self.table = QTableWidget(len(found), 4)
        self.table.setAccessibleName(self.tr("Bản sao lưu"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Lý do"), self.tr("Dung lượng"), self.tr("Tệp")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        reasons = reason_labels()
        for row, backup in enumerate(found):
            cells = (
                backup.made.strftime("%d/%m/%Y %H:%M:%S"),
                reasons.get(backup.reason, backup.reason),
                size_text(backup.size),
                backup.path.name,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if found:
            self.table.selectRow(0)
        self.table.doubleClicked.connect(lambda _index: self._take_selected())
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(
            self.tr("Khôi phục bản đã chọn"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(found))
        other = buttons.addButton(self.tr("Chọn tệp khác…"), QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._choose_file)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self._take_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _take_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.found[rows[0].row()].path
        self.accept()

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn bản sao lưu"),
            "",
            self.tr("Bản sao lưu (*.sqlite3 *.pgdump)"),
        )
        if path:
            self.chosen = Path(path)
            self.accept()
