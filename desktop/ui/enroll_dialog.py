"""Province only: register an office and write its setup file (carried to it by USB)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import access, areas, registry, settings
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import enrolment
from desktop.core.workspace import Workspace
from desktop.ui.area_picker import AreaPicker
from desktop.ui.bus import DataBus
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.form_errors import ERROR_STYLE
from desktop.ui.office_fields import OfficeFields
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
        # Offices of the province's own scheme: communes today, districts before 2025; in the
        # province's own scheme, and its own province when it has one.
        local = settings.DISTRICT if identity.area_scheme == areas.PRE2025 else settings.COMMUNE
        limit: tuple[str, str | None] = (identity.area_scheme, identity.area_code or None)
        self.office = OfficeFields(
            (local, settings.DEPARTMENT),
            AreaPicker(limit_to=limit),
            self.tr("Ví dụ: UBND huyện Lệ Thủy"),
            self,
        )
        # What a department may change in the registry, set here and enforced on import.
        self.access = QComboBox()
        self.access.setAccessibleName(self.tr("Quyền sửa hồ sơ hợp tác xã"))
        self.access.addItem(
            self.tr("Không sửa hồ sơ hợp tác xã (chỉ báo cáo nhiệm vụ)"), access.NONE
        )
        self.access.addItem(self.tr("Được sửa mọi hợp tác xã trong tỉnh"), access.ALL)
        self.access.addItem(self.tr("Chỉ sửa hợp tác xã của các lĩnh vực chọn dưới đây"), "sectors")
        self.sectors = QListWidget()
        self.sectors.setAccessibleName(self.tr("Lĩnh vực được sửa"))
        self.sectors.setMaximumHeight(110)
        with workspace.reading() as conn:
            sector_names = registry.sectors(conn)
        for code, label in sector_names.items():
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sectors.addItem(item)
        self.office.role.currentIndexChanged.connect(self._role_changed)
        self.access.currentIndexChanged.connect(self._role_changed)
        self.errors = QLabel()
        self.errors.setStyleSheet(ERROR_STYLE)
        self.errors.setWordWrap(True)
        form = QFormLayout()
        for _key, label, widget in self.office.rows(self.tr("Loại đơn vị")):
            form.addRow(label, widget)
        form.addRow(self.tr("Quyền sửa hồ sơ HTX"), self.access)
        form.addRow("", self.sectors)
        self._form = form
        self._role_changed()
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

    def _role_changed(self) -> None:
        department = self.office.role.currentData() == settings.DEPARTMENT
        self._form.setRowVisible(self.access, department)
        self._form.setRowVisible(
            self.sectors, department and self.access.currentData() == "sectors"
        )
        self.office.suggest_code()

    def registry_access(self) -> str | None:
        if self.office.role.currentData() != settings.DEPARTMENT:
            return None
        chosen = self.access.currentData()
        if chosen != "sectors":
            return chosen
        picked = [
            self.sectors.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sectors.count())
            if self.sectors.item(i).checkState() == Qt.CheckState.Checked
        ]
        return access.make(picked)

    def save(self) -> None:
        self.errors.clear()
        folder = start_folder("setup-out")
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu tệp thiết lập"),
            str(Path(folder) / f"THIET-LAP_{self.office.code.text().strip().upper() or 'DONVI'}{enrolment.SETUP_SUFFIX}"),
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
                code=self.office.code.text(),
                name=self.office.name.text(),
                area_code=self.office.area.current_code() or "",
                out=Path(chosen),
                role=self.office.role.currentData(),
                scheme=self.office.area.current_scheme(),
                registry_access=self.registry_access(),
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
