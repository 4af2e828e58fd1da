"""Asks the year and the area of a summary table before it is written."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from desktop.core import areas
from desktop.core.excel.summary import years_with_figures
from desktop.core.workspace import Workspace


class SummaryChoiceDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Xuất bảng tổng hợp"))
        identity = workspace.require_identity()
        with workspace.reading() as conn:
            years = years_with_figures(conn)
        self.year_box = QComboBox()
        self.year_box.setAccessibleName(self.tr("Năm số liệu"))
        for year in years:
            self.year_box.addItem(str(year), year)
        if not years:
            self.year_box.addItem(self.tr("(chưa có số liệu)"), None)
        self.area_box = QComboBox()
        self.area_box.setAccessibleName(self.tr("Địa bàn"))
        self.area_box.addItem(self.tr("Toàn địa bàn của đơn vị"), None)
        for unit in areas.children(identity.area_scheme, identity.area_code):
            self.area_box.addItem(unit.name, unit.code)
        form = QFormLayout(self)
        form.addRow(self.tr("Năm số liệu"), self.year_box)
        form.addRow(self.tr("Địa bàn"), self.area_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Tiếp tục…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def year(self) -> int | None:
        return self.year_box.currentData()

    def area(self) -> str | None:
        return self.area_box.currentData()
