"""Conflicts side by side: keep the standing value, take the other, or type a new one."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import registry
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import conflicts, journal, labels
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_now


def _when(text: str | None) -> str:
    if not text:
        return ""
    moment = datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%d/%m/%Y %H:%M")


class ConflictsPage(QWidget):
    status_message = Signal(str)
    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.items: list[dict[str, Any]] = []
        self._names: dict[str, str] = {}
        intro = QLabel(
            self.tr(
                "Hai đơn vị đã sửa cùng một thông tin mà chưa thấy thay đổi của nhau. Giá trị đang "
                "dùng được chọn theo quy tắc chung (ưu tiên cấp tỉnh); hãy xác nhận hoặc chọn lại. "
                "Lựa chọn của bạn sẽ được gửi đi trong gói đồng bộ kế tiếp."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Xung đột cần xử lý"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Bản ghi"),
                self.tr("Thông tin"),
                self.tr("Giá trị đang dùng"),
                self.tr("Giá trị khác"),
                self.tr("Loại"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((300, 150, 250, 250)):
            self.table.setColumnWidth(column, width)
        self.keep_button = QPushButton(self.tr("Giữ giá trị đang dùng"))
        self.take_button = QPushButton(self.tr("Lấy giá trị khác"))
        self.new_button = QPushButton(self.tr("Nhập giá trị mới…"))
        self.keep_button.clicked.connect(self.keep_current)
        self.take_button.clicked.connect(self.take_other)
        self.new_button.clicked.connect(self.type_new)
        buttons = QHBoxLayout()
        for button in (self.keep_button, self.take_button, self.new_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        bus.changed.connect(lambda _tables: self.reload())

    def _describe(self, item: dict[str, Any], version: dict[str, Any] | None) -> str:
        if version is None:
            return ""
        if item["kind"] == "delete":
            text = self.tr("Đã xóa") if version["value"] else self.tr("Còn (đã được sửa)")
        elif item["kind"] == "duplicate":
            text = str(version["value"])
        else:
            text = registry.describe_value(
                item["field"], None if version["value"] is None else str(version["value"]), {}
            )
            text = text or "∅"
        code = version.get("office") or ""
        who = self._names.get(code, code)
        when = _when(version.get("at"))
        return f"{text}  — {who}{', ' + when if when else ''}"

    def reload(self) -> None:
        self.show_read(self.read())

    def read(self) -> tuple[list[dict[str, Any]], dict[str, str]]:
        """The conflicts and the offices' names, read from the database: no widget is
        touched, so the window's start runs it on a thread of its own."""
        with self.workspace.reading() as conn:
            return conflicts.list_conflicts(conn), journal.office_names(conn)

    def show_read(self, read: tuple[list[dict[str, Any]], dict[str, str]]) -> None:
        """Show what `read` gave."""
        self.items, self._names = read
        fields = registry.field_labels()
        tables = labels.table_labels()
        kinds = {"field": self.tr("Cùng sửa một trường"), "delete": self.tr("Xóa – sửa đồng thời"),
                 "duplicate": self.tr("Trùng mã số")}  # fmt: skip
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            field = (
                self.tr("Xóa bản ghi")
                if item["kind"] == "delete"
                else fields.get(item["field"], item["field"])
            )
            cells = (
                f"{tables.get(item['table'], item['table'])}: {item['label']}",
                field,
                self._describe(item, item["current"]),
                "\n".join(self._describe(item, other) for other in item["others"]),
                kinds[item["kind"]],
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.status_message.emit(self.tr("{n} xung đột cần xử lý").format(n=len(self.items)))
        self.count_changed.emit(len(self.items))
        self._selection_changed()

    def _selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        item = self._selected()
        resolvable = item is not None and item["kind"] != "duplicate"
        self.keep_button.setEnabled(resolvable)
        self.take_button.setEnabled(resolvable)
        self.new_button.setEnabled(resolvable and item is not None and item["kind"] == "field")

    def _write(self, item: dict[str, Any], value: Any) -> None:
        run_now(
            self,
            self.bus,
            lambda: sync_operations.resolve_conflict(
                self.workspace, item["table"], item["id"], item["field"], value
            ),
        )

    def keep_current(self) -> None:
        item = self._selected()
        if item and item["current"] is not None:
            self._write(item, item["current"]["value"])

    def take_other(self) -> None:
        item = self._selected()
        if not item or not item["others"]:
            return
        choice = item["others"][0]
        if len(item["others"]) > 1:
            options = [self._describe(item, o) for o in item["others"]]
            picked, ok = QInputDialog.getItem(
                self, self.tr("Chọn giá trị"), self.tr("Giá trị:"), options, 0, False
            )
            if not ok:
                return
            choice = item["others"][options.index(picked)]
        self._write(item, choice["value"])

    def type_new(self) -> None:
        item = self._selected()
        if not item:
            return
        current = item["current"]["value"] if item["current"] else ""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Giá trị mới"),
            self.tr("Giá trị:"),
            text="" if current is None else str(current),
        )
        if not ok:
            return
        value: Any = text
        if isinstance(current, int) and not isinstance(current, bool):
            from desktop.core.text import parse_int

            try:
                value = parse_int(text)
            except ValueError:
                self._bad_number(text)
                return
        self._write(item, value)

    def _bad_number(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            self,
            self.tr("Giá trị không hợp lệ"),
            self.tr("“{text}” không phải là số nguyên.").format(text=text),
        )
