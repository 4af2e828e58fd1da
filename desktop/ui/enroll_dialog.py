"""Province only: register an office and write its setup file (carried to it by USB)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import enrolment
from desktop.core.workspace import Workspace, suggest_office_code
from desktop.ui.area_picker import AreaPicker
from desktop.ui.bus import DataBus
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.form_errors import ERROR_STYLE
from desktop.ui.operations import run_now


class EnrollDialog(QDialog):
    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.path: Path | None = None
        identity = workspace.require_identity()
        self.setWindowTitle(self.tr("Cấp tệp thiết lập cho đơn vị"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr(
                "Tệp thiết lập chứa khóa ký của đơn vị: hãy chép vào USB và trao tận tay, "
                "không gửi qua thư điện tử. Đơn vị mở tệp này ở lần chạy đầu tiên."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: UBND huyện Lệ Thủy"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Cấp huyện / thị xã / thành phố"), settings.DISTRICT)
        self.role.addItem(self.tr("Sở, ban, ngành"), settings.DEPARTMENT)
        limit = (identity.area_scheme, identity.area_code) if identity.area_code else None
        self.area = AreaPicker(limit_to=limit)
        self.code = QLineEdit()
        self._touched = False
        self.code.textEdited.connect(lambda _t: setattr(self, "_touched", True))
        self.area.changed.connect(self._suggest)
        self.errors = QLabel()
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Tên đơn vị *"), self.name)
        form.addRow(self.tr("Loại đơn vị"), self.role)
        form.addRow(self.tr("Địa bàn *"), self.area)
        form.addRow(self.tr("Mã đơn vị"), self.code)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Tạo tệp thiết lập…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def _suggest(self) -> None:
        if not self._touched:
            self.code.setText(
                suggest_office_code(
                    self.role.currentData(), self.area.current_scheme(), self.area.current_code()
                )
            )

    def save(self) -> None:
        self.errors.clear()
        folder = start_folder("setup-out")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp thiết lập"),
            str(Path(folder) / f"THIET-LAP_{self.code.text().strip().upper() or 'DONVI'}{enrolment.SETUP_SUFFIX}"),
            self.tr("Tệp thiết lập HTX (*{suffix})").format(suffix=enrolment.SETUP_SUFFIX),
        )  # fmt: skip
        if not chosen:
            return
        remember_folder("setup-out", chosen)
        done = run_now(
            self,
            self.bus,
            lambda: sync_operations.enroll_office(
                self.workspace,
                code=self.code.text(),
                name=self.name.text(),
                area_code=self.area.current_code() or "",
                out=Path(chosen),
                role=self.role.currentData(),
                scheme=self.area.current_scheme(),
            ),
            on_invalid=lambda exc: self.errors.setText("\n".join(exc.errors.values())),
        )
        if done is None:
            return
        self.path = done.value
        QMessageBox.information(
            self, self.tr("Đã tạo tệp thiết lập"),
            self.tr("Đã ghi tệp thiết lập:\n{path}\n\nChép tệp vào USB và trao cho đơn vị.").format(path=self.path),
        )  # fmt: skip
        self.accept()
