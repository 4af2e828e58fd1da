"""Below a task table: the selected task's content and the unit's reports, with actions."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.tasks import board, periods
from desktop.core.tasks.status import report_status_labels
from desktop.core.text import format_date


class ReportPanel(QWidget):
    """Shows one line; `new_report`, `edit_report(id)` and `delete_report(id)` ask the page."""

    new_report = Signal()
    edit_report = Signal(str)
    delete_report = Signal(str)

    def __init__(self, new_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line: board.Line | None = None
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.content = QTextBrowser()
        self.content.setOpenLinks(False)
        self.content.setMaximumHeight(110)
        self.reports = QTableWidget(0, 8)
        self.reports.setHorizontalHeaderLabels(
            [
                self.tr("Kỳ"),
                self.tr("Ngày báo cáo"),
                self.tr("Số văn bản"),
                self.tr("Tình trạng"),
                self.tr("Tỷ lệ"),
                self.tr("Kết quả thực hiện"),
                self.tr("Khó khăn, vướng mắc"),
                self.tr("Kiến nghị, đề xuất"),
            ]
        )
        self.reports.setAccessibleName(self.tr("Các báo cáo của đơn vị"))
        self.reports.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reports.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.reports.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.reports.verticalHeader().setVisible(False)
        self.reports.setWordWrap(True)
        header = self.reports.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 95, 110, 110, 55, 330, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.reports.doubleClicked.connect(lambda _i: self._edit())
        self.reports.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(new_text)
        self.edit_button = QPushButton(self.tr("Sửa báo cáo…"))
        self.delete_button = QPushButton(self.tr("Xóa báo cáo"))
        self.new_button.clicked.connect(self.new_report.emit)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("<b>Các báo cáo của đơn vị</b>")))
        buttons.addStretch()
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.content)
        layout.addLayout(buttons)
        layout.addWidget(self.reports)
        self.show_line(None)

    def show_line(self, line: board.Line | None, *, can_write: bool = True) -> None:
        self.line = line
        self.can_write = can_write
        self.reports.setRowCount(0)
        if line is None:
            self.title.setText(self.tr("Chọn một nhiệm vụ trong bảng để xem nội dung và báo cáo."))
            self.content.clear()
            self._update_buttons()
            return
        task = line.task
        self.title.setText(
            self.tr("<b>{number} – nhiệm vụ {n}:</b> {title} <i>({office})</i>").format(
                number=html.escape(line.directive["number"]),
                n=task["position"],
                title=html.escape(task["title"]),
                office=html.escape(line.office_name),
            )
        )
        self.content.setPlainText(task["content"] or task["title"])
        statuses = report_status_labels()
        self.reports.setRowCount(len(line.reports))
        for row, report in enumerate(line.reports):
            values = (
                periods.label(report["period"] or ""),
                format_date(report["reported_on"]),
                report["document_number"] or "",
                statuses.get(report["status"], report["status"]),
                f"{report['percent']}%",
                report["content"] or "",
                report["difficulties"] or "",
                report["proposals"] or "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text or "")
                item.setData(Qt.ItemDataRole.UserRole, report["id"])
                item.setToolTip(text or "")
                self.reports.setItem(row, column, item)
        self.reports.resizeRowsToContents()
        self._update_buttons()

    def selected_report(self) -> str | None:
        row = self.reports.currentRow()
        item = self.reports.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has_line = self.line is not None and self.can_write
        self.new_button.setEnabled(has_line)
        selected = has_line and self.selected_report() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _edit(self) -> None:
        report_id = self.selected_report()
        if report_id and self.can_write:
            self.edit_report.emit(report_id)

    def _delete(self) -> None:
        report_id = self.selected_report()
        if report_id and self.can_write:
            self.delete_report.emit(report_id)
