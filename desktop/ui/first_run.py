"""First start: name this office and pick its area, so records and packages carry it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core import areas, settings
from desktop.core.access import role_label
from desktop.core.errors import ValidationError
from desktop.core.operations import sync as sync_operations
from desktop.core.workspace import Workspace, suggest_office_code
from desktop.ui.area_picker import AreaPicker
from desktop.ui.form_errors import ERROR_STYLE
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
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Phòng Tài chính – Kế hoạch huyện Lệ Thủy"))
        self.role = QComboBox()
        for role in (settings.COMMUNE, settings.PROVINCE, settings.DEPARTMENT, settings.DISTRICT):
            self.role.addItem(role_label(role), role)
        self.area = AreaPicker()
        # A district office keeps the old scheme; the others work in today's.
        self.role.currentIndexChanged.connect(self._role_scheme)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Tự đề xuất theo địa bàn"))
        self._code_touched = False
        self.code.textEdited.connect(lambda _t: setattr(self, "_code_touched", True))
        self.area.changed.connect(self._suggest)
        self.role.currentIndexChanged.connect(lambda _i: self._suggest())
        self.errors = {key: QLabel() for key in ("name", "role", "area", "code")}
        form = QFormLayout()
        for key, label, widget in (
            ("name", self.tr("Tên đơn vị *"), self.name),
            ("role", self.tr("Vai trò"), self.role),
            ("area", self.tr("Địa bàn *"), self.area),
            ("code", self.tr("Mã đơn vị"), self.code),
        ):
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
        wanted = areas.PRE2025 if self.role.currentData() == settings.DISTRICT else areas.POST2025
        if self.area.current_scheme() != wanted:
            self.area.set_area(wanted, None)

    def _suggest(self) -> None:
        if not self._code_touched:
            self.code.setText(
                suggest_office_code(
                    self.role.currentData(), self.area.current_scheme(), self.area.current_code()
                )
            )

    def save(self) -> None:
        for label in self.errors.values():
            label.hide()

        def invalid(exc: ValidationError) -> None:
            for key, message in exc.errors.items():
                self.errors[key].setText(message)
                self.errors[key].show()

        done = run_now(
            self,
            None,
            lambda: sync_operations.start_office(
                self.workspace,
                name=self.name.text(),
                role=self.role.currentData(),
                scheme=self.area.current_scheme(),
                area_code=self.area.current_code(),
                code=self.code.text(),
            ),
            on_invalid=invalid,
        )
        if done is not None:
            self.accept()
