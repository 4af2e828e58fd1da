"""First start: name this office and pick its area, so records and packages carry it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core import areas, settings
from desktop.core.errors import ValidationError
from desktop.core.operations import sync as sync_operations
from desktop.core.workspace import Workspace
from desktop.ui.area_picker import AreaPicker
from desktop.ui.form_errors import ERROR_STYLE
from desktop.ui.office_fields import OfficeFields
from desktop.ui.operations import run_now
from desktop.ui.setup_install import choose_setup_file, install_setup_file


class FirstRunDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Thiết lập đơn vị – HTX Desktop"))
        self.resize(560, 420)
        intro = QLabel(
            self.tr(
                "<b>Chào mừng đến với HTX Desktop.</b><br>Hãy cho biết đơn vị của bạn và địa bàn "
                "quản lý. Thông tin này gắn với mọi hồ sơ và gói đồng bộ bạn gửi đi."
            )
        )
        intro.setWordWrap(True)
        # A district office keeps the old scheme; the others work in today's.
        self.office = OfficeFields(
            (settings.COMMUNE, settings.PROVINCE, settings.DEPARTMENT, settings.DISTRICT),
            AreaPicker(),
            self.tr("Ví dụ: Phòng Tài chính – Kế hoạch huyện Lệ Thủy"),
            self,
        )
        self.office.role.currentIndexChanged.connect(self._role_scheme)
        self.errors = {key: QLabel() for key in ("name", "role", "area", "code")}
        form = QFormLayout()
        for key, label, widget in self.office.rows(self.tr("Vai trò")):
            form.addRow(label, widget)
            self.errors[key].setStyleSheet(ERROR_STYLE)
            self.errors[key].setWordWrap(True)
            self.errors[key].hide()
            form.addRow("", self.errors[key])
        buttons = QDialogButtonBox()
        self.open_setup = buttons.addButton(
            self.tr("Mở tệp thiết lập do tỉnh cấp…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_setup.setToolTip(
            self.tr(
                "Đơn vị đã được cấp tỉnh cấp tệp thiết lập (.htxsetup): mở tệp đó, không cần nhập gì thêm."
            )
        )
        self.open_setup.clicked.connect(self.choose_setup_file)
        self.ok = buttons.addButton(self.tr("Bắt đầu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Thoát"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(buttons)

    def choose_setup_file(self) -> None:
        path = choose_setup_file(self)
        if path is not None:
            self.install_setup(path)

    def install_setup(self, path: Path) -> bool:
        if not install_setup_file(self, None, self.workspace, path):
            return False
        self.accept()
        return True

    def _role_scheme(self) -> None:
        office = self.office
        wanted = areas.PRE2025 if office.role.currentData() == settings.DISTRICT else areas.POST2025
        if office.area.current_scheme() != wanted:
            office.area.set_area(wanted, None)

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()

        def invalid(exc: ValidationError) -> None:
            for key, message in exc.errors.items():
                self.errors[key].setText(message)
                self.errors[key].show()

        office = self.office
        done = run_now(
            self,
            None,
            lambda: sync_operations.start_office(
                self.workspace,
                name=office.name.text(),
                role=office.role.currentData(),
                scheme=office.area.current_scheme(),
                area_code=office.area.current_code(),
                code=office.code.text(),
            ),
            on_invalid=invalid,
        )
        if done is not None:
            self.accept()
