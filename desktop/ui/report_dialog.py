"""The progress report form: one unit's report on one task for one period."""

from __future__ import annotations

import html
from collections.abc import Callable, MutableMapping
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import ValidationError
from desktop.core.operations import tasks as task_operations
from desktop.core.tasks import board, editing, periods
from desktop.core.tasks.status import DONE, IN_PROGRESS, NOT_STARTED, report_status_labels
from desktop.core.text import format_date
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.date_edit import DateEdit
from desktop.ui.form_errors import FieldErrors
from desktop.ui.form_frame import FormDialog
from desktop.ui.operations import run_now
from desktop.ui.screen_fit import fit_to_screen, scrolling


class ReportDialog(FormDialog):
    """New report (`report` None) or correction of an existing one."""

    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        line: board.Line,
        report: MutableMapping[str, Any] | None = None,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.line = line
        self.report = report
        self.today = today
        self.identity = workspace.require_identity()
        self.on_behalf = line.office_code != self.identity.office_code
        self.report_id: str | None = report["id"] if report else None
        self.setWindowTitle(
            self.tr("Báo cáo tiến độ") if report is None else self.tr("Sửa báo cáo tiến độ")
        )
        self.resize(680, 640)
        self.errors = FieldErrors()

        task = line.task
        heading = QLabel(
            self.tr("<b>Nhiệm vụ {n}:</b> {title}<br>Văn bản {number} – {role}: <b>{office}</b>")
            .format(
                n=task["position"],
                title=html.escape(task["title"]),
                number=html.escape(line.directive["number"]),
                role=editing.role_labels().get(line.role, line.role).lower(),
                office=html.escape(line.office_name),
            )
        )  # fmt: skip
        heading.setWordWrap(True)
        due_text = ""
        if task["cycle"] == periods.ONCE:
            due_text = self.tr("Thời hạn: {due}").format(due=format_date(task["deadline"]))
            if task["extensions"]:
                due_text += self.tr(" (đã gia hạn {n} lần, hạn trước {previous})").format(
                    n=task["extensions"], previous=format_date(task["previous_deadline"])
                )
        else:
            due_text = self.tr(
                "Chu kỳ: {cycle} – báo cáo mỗi kỳ hạn chậm nhất ngày cuối kỳ."
            ).format(cycle=periods.cycle_labels()[task["cycle"]])
        due = QLabel(due_text)
        due.setWordWrap(True)
        behalf = QLabel(self.tr("Cấp tỉnh nhập thay cho đơn vị (báo cáo gửi bằng giấy hoặc thư)."))
        behalf.setStyleSheet("color: #6c4a00;")
        behalf.setVisible(self.on_behalf)

        self.period = QComboBox()
        issued = line.directive["issued_on"]
        for value in periods.recent(task["cycle"], today(), 8):
            span = periods.bounds(value)
            if span and issued and span[1] < issued:
                break  # periods that ended before the directive are not owed
            self.period.addItem(periods.label(value), value)
        self.period.setEnabled(task["cycle"] != periods.ONCE)
        self.reported_on = DateEdit()
        self.document_number = QLineEdit()
        self.document_number.setPlaceholderText(self.tr("Ví dụ: 125/BC-UBND"))
        self.status = QComboBox()
        for code, text in report_status_labels().items():
            self.status.addItem(text, code)
        self.percent = QSpinBox()
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("Những việc đã làm, kết quả đạt được"))
        self.difficulties = QPlainTextEdit()
        self.difficulties.setPlaceholderText(self.tr("Khó khăn, vướng mắc (nếu có)"))
        self.proposals = QPlainTextEdit()
        self.proposals.setPlaceholderText(self.tr("Kiến nghị, đề xuất (nếu có)"))
        for box in (self.difficulties, self.proposals):
            box.setMaximumHeight(80)
        self.status.currentIndexChanged.connect(self._status_changed)

        form = QFormLayout()
        rows = [
            ("period", self.tr("Kỳ báo cáo"), self.period),
            ("reported_on", self.tr("Ngày báo cáo *"), self.reported_on),
            ("document_number", self.tr("Số văn bản báo cáo"), self.document_number),
            ("status", self.tr("Tình trạng *"), self.status),
            ("percent", self.tr("Tỷ lệ hoàn thành"), self.percent),
            ("content", self.tr("Kết quả thực hiện *"), self.content),
            ("difficulties", self.tr("Khó khăn, vướng mắc"), self.difficulties),
            ("proposals", self.tr("Kiến nghị, đề xuất"), self.proposals),
        ]
        for field, text, widget in rows:
            form.addRow(text, self.errors.wrap(field, widget))

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(heading)
        body.addWidget(due)
        body.addWidget(behalf)
        body.addLayout(form)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)
        layout.addWidget(self.errors.summary)
        layout.addWidget(self.button_box)
        fit_to_screen(self)
        self._fill()
        self.mark_saved()
        self.content.setFocus()

    def _fill(self) -> None:
        report = self.report
        if report is None:
            self.set_period(self.line.status.period_to_report)
            self.reported_on.set_date(self.today())
            previous = self.line.latest_report
            self.status.setCurrentIndex(self.status.findData(IN_PROGRESS))
            if previous and previous["status"] == IN_PROGRESS:
                self.percent.setValue(previous["percent"] or 0)
            return
        self.set_period(report["period"] or "")
        self.reported_on.set_date(report["reported_on"])
        self.document_number.setText(report["document_number"] or "")
        self.status.setCurrentIndex(max(0, self.status.findData(report["status"])))
        self.percent.setValue(report["percent"] or 0)
        self.content.setPlainText(report["content"] or "")
        self.difficulties.setPlainText(report["difficulties"] or "")
        self.proposals.setPlainText(report["proposals"] or "")

    def set_period(self, period: str) -> None:
        index = self.period.findData(period)
        if index < 0:
            self.period.addItem(periods.label(period), period)
            index = self.period.count() - 1
        self.period.setCurrentIndex(index)

    def _status_changed(self) -> None:
        status = self.status.currentData()
        if status == DONE:
            self.percent.setValue(100)
        elif status == NOT_STARTED:
            self.percent.setValue(0)
        elif self.percent.value() == 100:
            self.percent.setValue(90)
        self.percent.setEnabled(status == IN_PROGRESS)

    def values(self) -> dict[str, Any]:
        return {
            "period": self.period.currentData(),
            "reported_on": self.reported_on.raw(),
            "document_number": self.document_number.text(),
            "status": self.status.currentData(),
            "percent": self.percent.value(),
            "content": self.content.toPlainText(),
            "difficulties": self.difficulties.toPlainText(),
            "proposals": self.proposals.toPlainText(),
        }

    def save(self) -> None:
        values = self.values()
        if not values["reported_on"]:
            values["reported_on"] = None
        done = run_now(
            self,
            self.bus,
            lambda: task_operations.save_report(
                self.workspace,
                self.line.assignment_id,
                self.report_id,
                values,
                on_behalf=self.on_behalf,
                today=self.today(),
            ),
            on_invalid=self._show_invalid,
        )
        if done is None:
            return
        self.report_id = done.value
        self.saved.emit(self.report_id)
        self.mark_saved()
        self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        self.errors.show(
            exc.errors,
            self.tr("Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).").format(n=len(exc.errors)),
        )

    def snapshot(self) -> dict[str, Any]:
        return self.values()

    def unsaved_question(self) -> str:
        return self.tr("Báo cáo chưa được lưu. Đóng và bỏ những gì đã nhập?")
