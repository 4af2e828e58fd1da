"""Exporting a package: what goes in (counts per kind), where to save, then write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStorageInfo, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.operations import Done, IsCancelled, Progress
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import exporter, labels
from desktop.core.sync.exporter import ExportResult
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.operations import run_long
from desktop.ui.screen_fit import fit_to_screen


class ExportDialog(QDialog):
    def __init__(self, workspace: Workspace, bus: DataBus, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.runner = runner
        self.results: list[exporter.ExportResult] = []
        identity = workspace.require_identity()
        self.setWindowTitle(self.tr("Xuất gói đồng bộ"))
        fit_to_screen(self, 640, 380)
        with workspace.reading() as conn:
            self._targets = exporter.destinations(conn, identity)
            last = settings.get(conn, "last_export_folder")
        self.destination = QComboBox()
        if identity.is_hub and len(self._targets) > 1:
            self.destination.addItem(
                self.tr("Tất cả đơn vị đã cấp tệp thiết lập ({n})").format(n=len(self._targets)),
                None,
            )
        for target in self._targets:
            self.destination.addItem(f"{target['name']} ({target['code']})", target["code"])
        self.full = QCheckBox(self.tr("Gói đầy đủ (mọi dữ liệu, không chỉ phần thay đổi)"))
        self.encrypt = QCheckBox(
            self.tr("Mã hóa cho đơn vị nhận (nên dùng khi gửi qua thư điện tử)")
        )
        self.contents = QLabel()
        self.contents.setWordWrap(True)
        self.contents.setTextFormat(Qt.TextFormat.RichText)
        self.contents.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.folder = QLineEdit(
            last if last and Path(last).is_dir() else start_folder("package-out")
        )
        browse = QPushButton(self.tr("Chọn thư mục…"))
        browse.clicked.connect(self._browse)
        self.drives = QComboBox()
        self.drives.addItem(self.tr("— ổ đĩa / USB —"), None)
        for volume in QStorageInfo.mountedVolumes():
            if (
                volume.isValid()
                and volume.isReady()
                and not volume.isReadOnly()
                and volume.rootPath() not in ("/", "")
            ):
                self.drives.addItem(
                    f"{volume.displayName()} ({volume.rootPath()})", volume.rootPath()
                )
        self.drives.currentIndexChanged.connect(self._drive_chosen)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Gửi cho"), self.destination)
        form.addRow("", self.full)
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Lưu vào"), row)
        form.addRow("", self.drives)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Xuất gói"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("<b>Nội dung gói:</b>")))
        layout.addWidget(self.contents, 1)
        layout.addWidget(buttons)
        self.full.toggled.connect(lambda _c: self.refresh_counts())
        self.destination.currentIndexChanged.connect(lambda _i: self.refresh_counts())
        self.refresh_counts()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu gói"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def _drive_chosen(self) -> None:
        root = self.drives.currentData()
        if root:
            self.folder.setText(root)

    def refresh_counts(self) -> None:
        counts = exporter.pending_counts(
            self.workspace, to=self.destination.currentData(), full=self.full.isChecked()
        )
        names = {t["code"]: t["name"] for t in self._targets}
        lines = [
            f"{names.get(code, code)}: {labels.describe_counts(c)}" for code, c in counts.items()
        ]
        self.contents.setText("<br>".join(lines) or self.tr("Chưa có đơn vị nhận."))

    def save(self) -> None:
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip():
            QMessageBox.warning(
                self,
                self.tr("Chưa chọn nơi lưu"),
                self.tr("Hãy chọn thư mục hoặc ổ USB để lưu gói."),
            )
            return
        if not folder.is_dir():
            answer = QMessageBox.question(
                self,
                self.tr("Thư mục chưa có"),
                self.tr("Thư mục “{folder}” chưa có. Tạo thư mục này để lưu gói?").format(
                    folder=folder
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        to, full, encrypt = (
            self.destination.currentData(),
            self.full.isChecked(),
            self.encrypt.isChecked(),
        )
        self.save_button.setEnabled(False)

        def work(progress: Progress, cancelled: IsCancelled) -> Done[list[ExportResult]]:
            return sync_operations.export_packages(
                self.workspace, folder, to=to, full=full, encrypt=encrypt, remember_folder=True,
                progress=progress, cancelled=cancelled,
            )  # fmt: skip

        def done(results: list[ExportResult]) -> None:
            self.results = results
            remember_folder("package-out", folder)
            paths = "\n".join(str(r.path) for r in results)
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Đã xuất gói"),
                self.tr("Đã ghi {n} gói:\n{paths}").format(n=len(results), paths=paths),
                parent=self,
            )
            open_folder = box.addButton(self.tr("Mở thư mục"), QMessageBox.ButtonRole.ActionRole)
            box.addButton(self.tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
            self.accept()

        run_long(self, self.runner, self.bus, self.tr("Đang xuất gói…"), work, done,
                 on_error=lambda _error: self.save_button.setEnabled(True))  # fmt: skip
