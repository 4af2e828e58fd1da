"""Province only: moving the registry to the post-2025 units, as one reviewed operation.

The dialog shows the preview (every cooperative's old -> new unit), lists the cooperatives of
split communes with their candidates and address for a person to choose, and the old district
offices to map to a commune office or retire; "Chuyển đổi" then applies it all at once.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import area_conversion
from desktop.core.operations import areas as area_operations
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_now


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str | None) -> QTableWidgetItem:
    return QTableWidgetItem(text or "")


class ConversionDialog(QDialog):
    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.result_preview: area_conversion.Preview | None = None
        self.setWindowTitle(self.tr("Chuyển danh sách sang địa giới từ 01/07/2025"))
        self.resize(1100, 640)
        with workspace.reading() as conn:
            self.preview = area_conversion.preview(conn)
            self.old_offices = area_conversion.old_offices(conn)
        intro = QLabel(
            self.tr(
                "Mỗi hợp tác xã còn mang mã địa bàn cũ (trước 01/07/2025) được chuyển sang xã, "
                "phường mới; địa bàn cũ được giữ lại trong hồ sơ và lịch sử. Xã cũ bị chia cho "
                "nhiều xã mới: hãy chọn xã mới cho từng hợp tác xã (xem địa chỉ). Các thay đổi "
                "được gửi tới các đơn vị qua gói đồng bộ như mọi sửa đổi."
            )
        )
        intro.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()

        self.converted = _table(
            [self.tr("Mã số HTX"), self.tr("Tên"), self.tr("Địa bàn cũ"), self.tr("Địa bàn mới")],
            self.tr("Hợp tác xã chuyển thẳng"),
        )
        self.converted.setRowCount(len(self.preview.converted))
        for row, item in enumerate(self.preview.converted):
            for col, text in enumerate(
                (item.registration_code, item.name, item.old_name, item.new_name)
            ):
                self.converted.setItem(row, col, _cell(text))
        self.tabs.addTab(
            self.converted,
            self.tr("Chuyển thẳng ({n})").format(n=format_int(len(self.preview.converted))),
        )

        self.choices = _table(
            [self.tr("Mã số HTX"), self.tr("Tên"), self.tr("Địa chỉ"), self.tr("Địa bàn cũ"),
             self.tr("Xã, phường mới")],
            self.tr("Hợp tác xã cần chọn xã mới"),
        )  # fmt: skip
        self.choices.setRowCount(len(self.preview.needs_choice))
        self.choice_boxes: dict[str, QComboBox] = {}
        for row, item in enumerate(self.preview.needs_choice):
            for col, value in enumerate(
                (item.registration_code, item.name, item.address, item.old_name)
            ):
                self.choices.setItem(row, col, _cell(value))
            box = QComboBox()
            box.setAccessibleName(self.tr("Xã mới cho {code}").format(code=item.registration_code))
            box.addItem(self.tr("— chưa chọn —"), None)
            for candidate in item.candidates:
                box.addItem(f"{candidate.name} ({candidate.code})", candidate.code)
            box.currentIndexChanged.connect(self._update_summary)
            self.choices.setCellWidget(row, 4, box)
            self.choice_boxes[item.id] = box
        self.tabs.addTab(
            self.choices,
            self.tr("Cần chọn xã mới ({n})").format(n=format_int(len(self.preview.needs_choice))),
        )

        self.offices = _table(
            [self.tr("Mã đơn vị"), self.tr("Tên"), self.tr("Địa bàn cũ"), self.tr("Sau chuyển đổi")],
            self.tr("Đơn vị cấp huyện cũ"),
        )  # fmt: skip
        self.office_boxes: dict[str, QComboBox] = {}
        live = [o for o in self.old_offices if not o.retired]
        self.offices.setRowCount(len(live))
        for row, office in enumerate(live):
            for col, text in enumerate((office.code, office.name, office.area_name)):
                self.offices.setItem(row, col, _cell(text))
            box = QComboBox()
            box.setAccessibleName(self.tr("Đơn vị {code} sau chuyển đổi").format(code=office.code))
            box.addItem(self.tr("Giữ nguyên (còn dùng địa giới cũ)"), None)
            box.addItem(self.tr("Cho dừng (vẫn nhận các gói cuối cùng)"), area_conversion.RETIRE)
            for candidate in office.successors:
                box.addItem(
                    self.tr("Thành đơn vị cấp xã: {name}").format(name=candidate.name),
                    candidate.code,
                )
            self.offices.setCellWidget(row, 3, box)
            self.office_boxes[office.code] = box
        self.tabs.addTab(
            self.offices, self.tr("Đơn vị cấp huyện cũ ({n})").format(n=format_int(len(live)))
        )
        for table in (self.converted, self.choices, self.offices):
            table.resizeColumnsToContents()
            for col in range(table.columnCount() - 1):
                table.setColumnWidth(col, min(table.columnWidth(col), 320))

        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(
            self.tr("Chuyển đổi"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self._update_summary()

    def plan(self) -> area_conversion.Plan:
        choices = {i: b.currentData() for i, b in self.choice_boxes.items() if b.currentData()}
        offices = {c: b.currentData() for c, b in self.office_boxes.items() if b.currentData()}
        return area_conversion.Plan(choices=choices, offices=offices)

    def _update_summary(self) -> None:
        chosen = len(self.plan().choices)
        self.summary.setText(
            self.tr(
                "<b>{converted}</b> hợp tác xã chuyển thẳng sang xã mới; <b>{choice}</b> ở xã cũ "
                "bị chia tách cần chọn (đã chọn {chosen}); <b>{same}</b> đã dùng địa giới mới."
            ).format(
                converted=format_int(len(self.preview.converted)),
                choice=format_int(len(self.preview.needs_choice)),
                chosen=format_int(chosen),
                same=format_int(len(self.preview.unchanged)),
            )
        )
        self.apply_button.setEnabled(
            bool(self.preview.converted or chosen or self.office_boxes or self.preview.needs_choice)
        )

    def apply(self) -> None:
        plan = self.plan()
        left = len(self.preview.needs_choice) - len(plan.choices)
        question = self.tr(
            "Chuyển {n} hợp tác xã sang địa giới mới? Dữ liệu được sao lưu trước khi chuyển."
        ).format(n=format_int(len(self.preview.converted) + len(plan.choices)))
        if left:
            question += "\n" + self.tr(
                "{n} hợp tác xã chưa chọn xã mới sẽ giữ địa bàn cũ; có thể chọn sau."
            ).format(n=format_int(left))
        answer = QMessageBox.question(self, self.tr("Chuyển sang địa giới mới"), question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = run_now(self, self.bus, lambda: area_operations.convert(self.workspace, plan))
        if done is None:
            return
        result = done.value
        self.result_preview = result
        QMessageBox.information(
            self,
            self.tr("Đã chuyển sang địa giới mới"),
            self.tr(
                "Đã chuyển {n} hợp tác xã sang địa giới mới; {left} còn chờ chọn xã mới. Hãy "
                "xuất gói để gửi thay đổi tới các đơn vị."
            ).format(
                n=format_int(len(result.converted)), left=format_int(len(result.needs_choice))
            ),
        )
        self.accept()
