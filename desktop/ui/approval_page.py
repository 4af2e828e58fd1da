"""Page "Duyệt số liệu": at the province, the offices under it with the state of their figures
for a period, and Duyệt / Trả lại / Mở lại; at an office, its own state, the province's comment
and "Gửi số liệu để duyệt"."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import approvals
from desktop.core.operations import approvals as approval_operations
from desktop.core.tasks import periods
from desktop.core.workspace import Workspace
from desktop.ui.bus import EVERYTHING, DataBus
from desktop.ui.operations import run_now

_COLOURS = {
    approvals.APPROVED: QColor("#1b7a33"),
    approvals.RETURNED: QColor("#b3261e"),
    approvals.SUBMITTED: QColor("#1f5fa8"),
}


def when_text(text: str) -> str:
    """A stored UTC time as the local dd/mm/yyyy hh:mm."""
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        return text
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M")


class CommentDialog(QDialog):
    """Asks for the province's comment (required when returning) or the office's note."""

    def __init__(self, parent: QWidget, title: str, prompt: str, ok_text: str, *,
                 required: bool) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.required = required
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Ý kiến"))
        self.text.setMinimumSize(460, 120)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def _accept(self) -> None:
        if self.required and not self.value():
            self.problem.setText(self.tr("Hãy ghi ý kiến: điều đơn vị cần sửa."))
            self.problem.show()
            return
        self.accept()


class ApprovalPage(QWidget):
    status_message = Signal(str)
    show_requested = Signal()

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.hub = workspace.require_identity().is_hub
        self.rows: list[approvals.Status] = []

        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Kỳ"))
        for period in approvals.period_choices(date.today()):
            self.period.addItem(periods.label(period), period)
        self._period = str(self.period.currentData())  # read on a thread at the start
        self.period.currentIndexChanged.connect(lambda _i: self._period_chosen())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kỳ:")))
        top.addWidget(self.period)
        top.addStretch()
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.summary)

        intro = QLabel(
            self.tr(
                "Năm (ví dụ 2026): số liệu hằng năm của các hợp tác xã trong địa bàn và báo cáo "
                "tiến độ trong năm. Nửa năm: báo cáo tiến độ trong kỳ. Số liệu đã duyệt bị khóa, "
                "không sửa được cho đến khi cấp tỉnh mở lại."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Đơn vị"),
                self.tr("Mã"),
                self.tr("Trạng thái"),
                self.tr("Người thực hiện"),
                self.tr("Thời gian"),
                self.tr("Ý kiến của cấp tỉnh / ghi chú của đơn vị"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 80, 190, 150, 130)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.approve_button = QPushButton(self.tr("Duyệt"))
        self.return_button = QPushButton(self.tr("Trả lại…"))
        self.reopen_button = QPushButton(self.tr("Mở lại"))
        self.submit_action = QAction(self.tr("Gửi số liệu để duyệt…"), self)
        self.submit_button = QPushButton(self.tr("Gửi số liệu để duyệt…"))
        self.approve_button.clicked.connect(lambda: self.decide(approvals.APPROVE))
        self.return_button.clicked.connect(lambda: self.decide(approvals.RETURN))
        self.reopen_button.clicked.connect(lambda: self.decide(approvals.REOPEN))
        self.submit_button.clicked.connect(self.submit)
        self.submit_action.triggered.connect(self._submit_from_menu)
        self.show_action = QAction(self.tr("&Duyệt số liệu"), self)
        self.show_action.triggered.connect(self.show_requested.emit)
        buttons = QHBoxLayout()
        if self.hub:
            for button in (self.approve_button, self.return_button, self.reopen_button):
                buttons.addWidget(button)
        else:
            buttons.addWidget(self.submit_button)
        buttons.addStretch()

        self.own_state = QLabel()
        self.own_state.setWordWrap(True)
        self.own_state.setStyleSheet("font-weight: bold")
        self.own_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(intro)
        if not self.hub:
            layout.addWidget(self.own_state)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        bus.changed.connect(self._data_changed)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Duyệt số liệu")

    def actions_for_menu(self) -> list[QAction]:
        return [self.show_action] + ([] if self.hub else [self.submit_action])

    def current_period(self) -> str:
        return self._period

    def _period_chosen(self) -> None:
        self._period = str(self.period.currentData())
        self.reload()

    def _data_changed(self, tables: set[str]) -> None:
        if EVERYTHING in tables or tables & {"approval", "indicator", "progress_report", "office"}:
            self.reload()

    def reload(self) -> None:
        self.show_read(self.read())

    def read(self) -> list[approvals.Status]:
        """The offices' states for the chosen period, read from the database: no widget is
        touched, so the window's start runs it on a thread of its own."""
        return approval_operations.statuses(self.workspace, self.current_period())

    def show_read(self, rows: list[approvals.Status]) -> None:
        """Show what `read` gave."""
        self.rows = rows
        labels = approvals.state_labels()
        selected = self._selected()
        self.table.setRowCount(len(self.rows))
        for row, status in enumerate(self.rows):
            state = labels[status.state]
            if status.changed_since:
                state += " " + self.tr("(số liệu đã thay đổi sau khi duyệt)")
            remark = status.comment
            if status.note:
                remark = (remark + " — " if remark else "") + self.tr("Đơn vị: {note}").format(
                    note=status.note
                )
            cells = [status.office_name, status.office_code, state, status.by,
                     when_text(status.at), remark]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and status.state in _COLOURS:
                    item.setForeground(_COLOURS[status.state])
                if column == 5 and text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        if selected is not None:
            for row, status in enumerate(self.rows):
                if status.office_code == selected.office_code:
                    self.table.selectRow(row)
        approved = sum(s.state == approvals.APPROVED for s in self.rows)
        self.summary.setText(
            self.tr("Đã duyệt: {approved}/{total} đơn vị").format(
                approved=approved, total=len(self.rows)
            )
        )
        if not self.hub and self.rows:
            self.own_state.setText(self._own_text(self.rows[0]))
            self.summary.setText(self.rows[0].state_label)
        self._update_buttons()
        self.status_message.emit(self.summary.text())

    def _own_text(self, status: approvals.Status) -> str:
        label = periods.label(status.period)
        text = self.tr("Số liệu {period} của đơn vị: {state}.").format(
            period=label.lower(), state=status.state_label
        )
        if status.comment:
            text += " " + self.tr("Ý kiến của cấp tỉnh: “{comment}”.").format(
                comment=status.comment
            )
        if status.state == approvals.APPROVED:
            text += " " + self.tr("Số liệu đã khóa; cần sửa thì đề nghị cấp tỉnh mở lại.")
        return text

    def _selected(self) -> approvals.Status | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self._selected()
        state = chosen.state if chosen else None
        self.approve_button.setEnabled(state == approvals.SUBMITTED)
        self.return_button.setEnabled(state == approvals.SUBMITTED)
        self.reopen_button.setEnabled(state == approvals.APPROVED)
        own = self.rows[0].state if (not self.hub and self.rows) else None
        self.submit_button.setEnabled(own is not None and own != approvals.APPROVED)

    # --- actions ----------------------------------------------------------------------------

    def decide(self, decision: str) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        period = periods.label(chosen.period).lower()
        comment: str | None = None
        if decision == approvals.RETURN:
            dialog = CommentDialog(
                self,
                self.tr("Trả lại số liệu"),
                self.tr("Trả lại số liệu {period} của {office}. Ý kiến gửi đơn vị:").format(
                    period=period, office=chosen.office_name
                ),
                self.tr("Trả lại"),
                required=True,
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            comment = dialog.value()
        else:
            question = {
                approvals.APPROVE: self.tr(
                    "Duyệt số liệu {period} của {office}? Sau khi duyệt, số liệu bị khóa, không "
                    "ai sửa được cho đến khi cấp tỉnh mở lại."
                ),
                approvals.REOPEN: self.tr(
                    "Mở lại số liệu {period} của {office}? Số liệu sẽ sửa được và cần được duyệt "
                    "lại."
                ),
            }[decision].format(period=period, office=chosen.office_name)
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Duyệt số liệu"), question,
                              parent=self)  # fmt: skip
            go = box.addButton(
                self.tr("Duyệt") if decision == approvals.APPROVE else self.tr("Mở lại"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            box.setDefaultButton(box.addButton(self.tr("Hủy"), QMessageBox.ButtonRole.RejectRole))
            box.exec()
            if box.clickedButton() is not go:
                return
        done = run_now(
            self,
            self.bus,
            lambda: approval_operations.decide(
                self.workspace, chosen.office_code, chosen.period, decision, comment
            ),
        )
        if done is not None:
            self.status_message.emit(
                self.tr("{office}: {state}.").format(
                    office=done.value.office_name, state=done.value.state_label
                )
            )

    def _submit_from_menu(self) -> None:
        self.show_requested.emit()
        self.submit()

    def submit(self) -> None:
        period = periods.label(self.current_period()).lower()
        dialog = CommentDialog(
            self,
            self.tr("Gửi số liệu để duyệt"),
            self.tr(
                "Gửi số liệu {period} của đơn vị lên cấp tỉnh để duyệt. Trạng thái được gửi đi "
                "trong gói đồng bộ kế tiếp. Ghi chú gửi kèm (không bắt buộc):"
            ).format(period=period),
            self.tr("Gửi"),
            required=False,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        done = run_now(
            self,
            self.bus,
            lambda: approval_operations.submit(
                self.workspace, self.current_period(), dialog.value() or None
            ),
        )
        if done is not None:
            self.status_message.emit(
                self.tr("Đã gửi số liệu {period} để duyệt; hãy xuất gói gửi cấp tỉnh.").format(
                    period=period
                )
            )
