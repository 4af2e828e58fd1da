"""The province's forms: directive, task with its units, deadline extension, new unit."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import settings
from desktop.core.errors import ValidationError
from desktop.core.operations import Done
from desktop.core.operations import tasks as task_operations
from desktop.core.tasks import board, periods
from desktop.core.tasks.editing import LEAD, SUPPORT
from desktop.core.text import fold, format_date
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.date_edit import DateEdit
from desktop.ui.form_errors import FieldErrors
from desktop.ui.form_frame import FormDialog
from desktop.ui.operations import run_now
from desktop.ui.screen_fit import fit_to_screen, scrolling


def _item(item: QTableWidgetItem | None) -> QTableWidgetItem:
    """A cell the table was filled with (Qt types every cell as possibly missing)."""
    assert item is not None
    return item


class _Form(FormDialog):
    """A task-side form: one form layout with red messages under the fields, in the shared
    Save / Cancel frame."""

    saved = Signal(str)

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.identity = workspace.require_identity()
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.addLayout(self.form)
        self._outer = QVBoxLayout(self)
        self._outer.addWidget(scrolling(content), 1)

    def finish_layout(self, *, stretch: bool = True) -> None:
        if stretch:
            self.body.addStretch()
        self._outer.addWidget(self.errors.summary)
        self._outer.addWidget(self.button_box)
        fit_to_screen(self)
        self.mark_saved()

    def row(self, field: str, label: str, widget: QWidget) -> None:
        self.form.addRow(label, self.errors.wrap(field, widget))

    def values(self) -> Any:
        raise NotImplementedError

    def snapshot(self) -> Any:
        return self.values()

    def operation(self) -> Done[str]:
        """The core operation this form's Save runs."""
        raise NotImplementedError

    def save(self) -> None:
        done = run_now(self, self.bus, self.operation, on_invalid=self._show_invalid)
        if done is None:
            return
        self.mark_saved()
        self.saved.emit(done.value)
        self.accept()

    def _show_invalid(self, exc: ValidationError) -> None:
        self.errors.show(
            exc.errors,
            self.tr("Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ).").format(n=len(exc.errors)),
        )


# --- directive ----------------------------------------------------------------------------------


class DirectiveDialog(_Form):
    def __init__(self, workspace: Workspace, bus: DataBus, directive_id: str | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(workspace, bus, parent)
        self.directive_id = directive_id
        self.setWindowTitle(
            self.tr("Thêm văn bản chỉ đạo")
            if directive_id is None
            else self.tr("Sửa văn bản chỉ đạo")
        )
        self.resize(640, 480)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Ví dụ: 12/CT-UBND"))
        self.issued_on = DateEdit()
        self.issuer = QLineEdit()
        self.issuer.setPlaceholderText(self.tr("Ví dụ: UBND tỉnh Quảng Bình"))
        self.title = QPlainTextEdit()
        self.title.setPlaceholderText(self.tr("Trích yếu: Chỉ thị về việc…"))
        self.title.setMaximumHeight(70)
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("Tóm tắt nội dung, yêu cầu chính"))
        self.row("number", self.tr("Số, ký hiệu *"), self.number)
        self.row("issued_on", self.tr("Ngày ban hành"), self.issued_on)
        self.row("issuer", self.tr("Cơ quan ban hành"), self.issuer)
        self.row("title", self.tr("Trích yếu *"), self.title)
        self.row("summary", self.tr("Tóm tắt"), self.summary)
        if directive_id:
            with workspace.reading() as conn:
                record = board.get_directive(conn, directive_id)
            self.number.setText(record["number"])
            self.issued_on.set_date(record["issued_on"])
            self.issuer.setText(record["issuer"] or "")
            self.title.setPlainText(record["title"])
            self.summary.setPlainText(record["summary"] or "")
        self.finish_layout(stretch=False)
        self.number.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "number": self.number.text(),
            "issued_on": self.issued_on.raw(),
            "issuer": self.issuer.text(),
            "title": self.title.toPlainText(),
            "summary": self.summary.toPlainText(),
        }

    def operation(self) -> Done[str]:
        return task_operations.save_directive(self.workspace, self.directive_id, self.values())


# --- task -----------------------------------------------------------------------------------------


class TaskDialog(_Form):
    """A task and the units it is given to: tick Chủ trì or Phối hợp for each unit."""

    def __init__(self, workspace: Workspace, bus: DataBus, directive_id: str,
                 task_id: str | None = None, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(workspace, bus, parent)
        self.directive_id = directive_id
        self.task_id = task_id
        self.setWindowTitle(
            self.tr("Thêm nhiệm vụ") if task_id is None else self.tr("Sửa nhiệm vụ")
        )
        self.resize(860, 760)
        with workspace.reading() as conn:
            directive = board.get_directive(conn, directive_id)
            self._record = board.get_task(conn, task_id) if task_id else None
            self._offices = board.offices(conn)
            position = len(board.tasks_of(conn, directive_id)) + 1
        intro = QLabel(
            self.tr("Văn bản <b>{number}</b>: {title}").format(
                number=html.escape(directive["number"]), title=html.escape(directive["title"])
            )
        )
        intro.setWordWrap(True)
        self.body.insertWidget(0, intro)

        self.position = QSpinBox()
        self.position.setRange(1, 999)
        self.position.setValue(position)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Tên ngắn gọn của nhiệm vụ"))
        self.content = QPlainTextEdit()
        self.content.setPlaceholderText(self.tr("Nội dung nhiệm vụ theo văn bản"))
        self.content.setMaximumHeight(110)
        self.cycle = QComboBox()
        for code, text in periods.cycle_labels().items():
            self.cycle.addItem(text, code)
        self.deadline = DateEdit()
        self.extension_note = QLabel()
        self.extension_note.setStyleSheet("color: #6c4a00;")
        self.cycle.currentIndexChanged.connect(self._cycle_changed)
        deadline_box = QWidget()
        deadline_row = QHBoxLayout(deadline_box)
        deadline_row.setContentsMargins(0, 0, 0, 0)
        deadline_row.addWidget(self.deadline)
        deadline_row.addWidget(self.extension_note, 1)

        self.row("position", self.tr("Số thứ tự"), self.position)
        self.row("title", self.tr("Tên nhiệm vụ *"), self.title)
        self.row("content", self.tr("Nội dung"), self.content)
        self.row("cycle", self.tr("Chu kỳ báo cáo"), self.cycle)
        self.row("deadline", self.tr("Thời hạn hoàn thành"), deadline_box)
        self.body.addWidget(self._units_box(), 1)
        if self._record:
            self._load(self._record)
        self._cycle_changed()
        self.finish_layout(stretch=False)
        self.title.setFocus()

    def _units_box(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("<b>Đơn vị thực hiện</b> – đánh dấu chủ trì hoặc phối hợp")))
        top.addStretch()
        self.unit_search = QLineEdit()
        self.unit_search.setPlaceholderText(self.tr("Lọc đơn vị…"))
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.textChanged.connect(self._filter_units)
        top.addWidget(self.unit_search)
        add_unit = QPushButton(self.tr("Thêm đơn vị…"))
        add_unit.clicked.connect(self._add_unit)
        top.addWidget(add_unit)
        layout.addLayout(top)
        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Chủ trì"), self.tr("Phối hợp")]
        )
        self.units.setAccessibleName(self.tr("Đơn vị thực hiện"))
        self.units.verticalHeader().setVisible(False)
        self.units.verticalHeader().setDefaultSectionSize(24)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.units.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 80)
        header.resizeSection(2, 80)
        self._fill_units({})
        self.units.itemChanged.connect(self._unit_ticked)
        layout.addWidget(self.units)
        layout.addWidget(self.errors.wrap("assignments", QWidget()))
        return box

    def _fill_units(self, roles: dict[str, str]) -> None:
        self.units.blockSignals(True)
        self.units.setRowCount(len(self._offices))
        for row, office in enumerate(self._offices):
            name = QTableWidgetItem(f"{office['name']} ({office['code']})")
            name.setData(Qt.ItemDataRole.UserRole, office["code"])
            self.units.setItem(row, 0, name)
            for column, role in ((1, LEAD), (2, SUPPORT)):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(
                    Qt.CheckState.Checked if roles.get(office["code"]) == role
                    else Qt.CheckState.Unchecked
                )  # fmt: skip
                self.units.setItem(row, column, item)
        self.units.blockSignals(False)

    def _unit_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 or item.checkState() != Qt.CheckState.Checked:
            return
        other = self.units.item(item.row(), 3 - item.column())
        if other is not None and other.checkState() == Qt.CheckState.Checked:
            self.units.blockSignals(True)
            other.setCheckState(Qt.CheckState.Unchecked)
            self.units.blockSignals(False)

    def _filter_units(self, text: str) -> None:
        key = fold(text)
        for row in range(self.units.rowCount()):
            item = _item(self.units.item(row, 0))
            self.units.setRowHidden(row, bool(key) and key not in fold(item.text()))

    def set_role(self, office_code: str, role: str | None) -> None:
        """Tick a unit's role (None clears it), as a click would."""
        for row in range(self.units.rowCount()):
            if _item(self.units.item(row, 0)).data(Qt.ItemDataRole.UserRole) != office_code:
                continue
            for column, value in ((1, LEAD), (2, SUPPORT)):
                _item(self.units.item(row, column)).setCheckState(
                    Qt.CheckState.Checked if role == value else Qt.CheckState.Unchecked
                )
            return
        raise KeyError(office_code)

    def roles(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for row in range(self.units.rowCount()):
            code = _item(self.units.item(row, 0)).data(Qt.ItemDataRole.UserRole)
            for column, role in ((1, LEAD), (2, SUPPORT)):
                if _item(self.units.item(row, column)).checkState() == Qt.CheckState.Checked:
                    out[code] = role
        return out

    def _add_unit(self) -> None:
        dialog = OfficeDialog(self.workspace, self.bus, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        roles = self.roles()
        with self.workspace.reading() as conn:
            self._offices = board.offices(conn)
        self._fill_units(roles)

    def _cycle_changed(self) -> None:
        once = self.cycle.currentData() == periods.ONCE
        self.deadline.setEnabled(once)
        if not once:
            self.deadline.setPlaceholderText(self.tr("theo từng kỳ"))
        else:
            self.deadline.setPlaceholderText(self.tr("ngày/tháng/năm"))

    def _load(self, task: dict[str, Any]) -> None:
        self.position.setValue(task["position"])
        self.title.setText(task["title"])
        self.content.setPlainText(task["content"] or "")
        self.cycle.setCurrentIndex(max(0, self.cycle.findData(task["cycle"])))
        self.deadline.set_date(task["deadline"])
        if task["extensions"]:
            self.extension_note.setText(
                self.tr("Đã gia hạn {n} lần; hạn trước: {previous}").format(
                    n=task["extensions"], previous=format_date(task["previous_deadline"])
                )
            )
        self._fill_units({a["office_code"]: a["role"] for a in task["assignments"]})

    def values(self) -> tuple[dict[str, Any], dict[str, str]]:
        return (
            {
                "position": self.position.value(),
                "title": self.title.text(),
                "content": self.content.toPlainText(),
                "cycle": self.cycle.currentData(),
                "deadline": self.deadline.raw() if self.deadline.isEnabled() else None,
            },
            self.roles(),
        )

    def operation(self) -> Done[str]:
        values, roles = self.values()
        return task_operations.save_task(
            self.workspace, self.directive_id, self.task_id, values, list(roles.items())
        )


# --- extension ------------------------------------------------------------------------------------


class ExtendDialog(_Form):
    def __init__(self, workspace: Workspace, bus: DataBus, task_id: str,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(workspace, bus, parent)
        self.task_id = task_id
        self.setWindowTitle(self.tr("Gia hạn nhiệm vụ"))
        self.resize(540, 240)
        with workspace.reading() as conn:
            task = board.get_task(conn, task_id)
        about = QLabel(
            self.tr("<b>Nhiệm vụ {n}:</b> {title}").format(
                n=task["position"], title=html.escape(task["title"])
            )
        )
        about.setWordWrap(True)
        self.body.insertWidget(0, about)
        current = QLabel(format_date(task["deadline"]))
        count = QLabel(
            self.tr("{n} lần (hạn trước: {previous})").format(
                n=task["extensions"], previous=format_date(task["previous_deadline"])
            )
            if task["extensions"]
            else self.tr("chưa gia hạn lần nào")
        )
        self.deadline = DateEdit()
        self.form.addRow(self.tr("Thời hạn hiện tại"), current)
        self.form.addRow(self.tr("Đã gia hạn"), count)
        self.row("deadline", self.tr("Thời hạn mới *"), self.deadline)
        self.finish_layout()
        self.deadline.setFocus()

    def values(self) -> str:
        return self.deadline.raw()

    def operation(self) -> Done[str]:
        return task_operations.extend_deadline(
            self.workspace, self.task_id, self.deadline.raw() or None
        )


# --- unit -------------------------------------------------------------------------------------------


class OfficeDialog(_Form):
    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(workspace, bus, parent)
        self.setWindowTitle(self.tr("Thêm đơn vị"))
        self.resize(520, 240)
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Ví dụ: SNN, H457"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Sở Nông nghiệp và Phát triển nông thôn"))
        self.role = QComboBox()
        self.role.addItem(self.tr("Sở, ban, ngành"), settings.DEPARTMENT)
        self.role.addItem(self.tr("Cấp huyện / thị xã / thành phố"), settings.DISTRICT)
        self.row("code", self.tr("Mã đơn vị *"), self.code)
        self.row("name", self.tr("Tên đơn vị *"), self.name)
        self.row("role", self.tr("Loại đơn vị"), self.role)
        self.finish_layout()
        self.name.setFocus()

    def values(self) -> tuple[str, str, str]:
        return self.code.text(), self.name.text(), self.role.currentData()

    def operation(self) -> Done[str]:
        code, name, role = self.values()
        return task_operations.add_office(self.workspace, code, name, role)
