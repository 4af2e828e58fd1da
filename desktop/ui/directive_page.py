"""Văn bản chỉ đạo: the province records directives, their tasks and who does them."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.operations import tasks as task_operations
from desktop.core.tasks import board, editing, periods, sample
from desktop.core.text import format_date
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_now
from desktop.ui.page import Page
from desktop.ui.task_dialogs import DirectiveDialog, ExtendDialog, TaskDialog
from desktop.ui.task_page import TABLES


class DirectivePage(Page):
    tables = TABLES
    show_requested = Signal()

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, bus, today=today, parent=parent)

        # Actions (menu, buttons, shortcuts).
        self.sample_action = QAction(self.tr("Nạp &chỉ thị mẫu"), self)
        self.sample_action.setToolTip(
            self.tr("Chỉ thị về phát triển kinh tế tập thể: 5 nhiệm vụ và nhiệm vụ tổng hợp, "
                    "đã giao cho các đơn vị")
        )  # fmt: skip
        self.sample_action.triggered.connect(self.load_sample)
        self.new_directive_action = QAction(self.tr("Thêm &văn bản chỉ đạo…"), self)
        self.new_directive_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D)
        )
        self.new_directive_action.triggered.connect(self.new_directive)
        self.edit_directive_action = QAction(self.tr("Sửa văn bản…"), self)
        self.edit_directive_action.triggered.connect(self.edit_directive)
        self.delete_directive_action = QAction(self.tr("Xóa văn bản…"), self)
        self.delete_directive_action.triggered.connect(self.delete_directive)
        self.new_task_action = QAction(self.tr("Thêm &nhiệm vụ…"), self)
        self.new_task_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_T)
        )
        self.new_task_action.triggered.connect(self.new_task)
        self.edit_task_action = QAction(self.tr("Sửa nhiệm vụ, giao việc…"), self)
        self.edit_task_action.triggered.connect(self.edit_task)
        self.extend_action = QAction(self.tr("&Gia hạn…"), self)
        self.extend_action.setShortcut(
            QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_G)
        )
        self.extend_action.triggered.connect(self.extend)
        self.delete_task_action = QAction(self.tr("Xóa nhiệm vụ…"), self)
        self.delete_task_action.triggered.connect(self.delete_task)
        for action in (self.new_directive_action, self.new_task_action, self.extend_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)

        # Left: the directives.
        self.directives = QListWidget()
        self.directives.setAccessibleName(self.tr("Các văn bản chỉ đạo"))
        self.directives.setWordWrap(True)
        self.directives.setSpacing(2)
        self.directives.currentItemChanged.connect(lambda *_: self._show_directive())
        self.directives.itemDoubleClicked.connect(lambda _i: self.edit_directive())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("<b>Văn bản chỉ đạo</b>")))
        left_layout.addWidget(self.directives, 1)
        row = QHBoxLayout()
        row.addWidget(self._button(self.new_directive_action, self.tr("Thêm…")))
        row.addWidget(self._button(self.edit_directive_action, self.tr("Sửa…")))
        row.addWidget(self._button(self.delete_directive_action, self.tr("Xóa…")))
        left_layout.addLayout(row)
        self.sample_button = self._button(self.sample_action)
        left_layout.addWidget(self.sample_button)

        # Right: the selected directive and its tasks.
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Nội dung văn bản"))
        self.details.setMaximumHeight(120)
        self.tasks = QTableWidget(0, 6)
        self.tasks.setHorizontalHeaderLabels(
            [self.tr("STT"), self.tr("Nhiệm vụ"), self.tr("Chu kỳ / thời hạn"),
             self.tr("Gia hạn"), self.tr("Chủ trì"), self.tr("Phối hợp")]
        )  # fmt: skip
        self.tasks.setAccessibleName(self.tr("Các nhiệm vụ của văn bản"))
        self.tasks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tasks.verticalHeader().setVisible(False)
        self.tasks.setWordWrap(True)
        header = self.tasks.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((40, 300, 110, 100, 210)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.tasks.doubleClicked.connect(lambda _i: self.edit_task())
        self.tasks.itemSelectionChanged.connect(self._update_actions)
        task_buttons = QHBoxLayout()
        task_buttons.addWidget(QLabel(self.tr("<b>Nhiệm vụ</b>")))
        task_buttons.addStretch()
        for action in (self.new_task_action, self.edit_task_action, self.extend_action,
                       self.delete_task_action):  # fmt: skip
            task_buttons.addWidget(self._button(action))
        self.empty = QLabel(
            self.tr(
                "<h3>Chưa có văn bản chỉ đạo</h3><p>Bấm <b>Nạp chỉ thị mẫu</b> để có ngay chỉ thị "
                "về phát triển kinh tế tập thể với 5 nhiệm vụ và nhiệm vụ tổng hợp, đã giao cho "
                "các sở, ngành, UBND các huyện và Liên minh HTX; hoặc <b>Thêm văn bản chỉ đạo</b> "
                "để nhập văn bản của tỉnh.</p>"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_area = QWidget()
        empty_layout = QVBoxLayout(self.empty_area)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(self.empty)
        empty_buttons = QHBoxLayout()
        self.empty_sample_button = self._button(self.sample_action)
        empty_buttons.addWidget(self.empty_sample_button)
        empty_buttons.addWidget(self._button(self.new_directive_action))
        empty_buttons.addStretch()
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch()
        self.task_area = QWidget()
        area_layout = QVBoxLayout(self.task_area)
        area_layout.setContentsMargins(0, 0, 0, 0)
        area_layout.addWidget(self.details)
        area_layout.addLayout(task_buttons)
        area_layout.addWidget(self.tasks, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.empty_area, 1)
        right_layout.addWidget(self.task_area, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 940])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._task_ids: list[str] = []
        self._task_cycles: list[str] = []

    def _button(self, action: QAction, text: str | None = None) -> QPushButton:
        button = QPushButton(text or action.text().replace("&", ""))
        button.setToolTip(action.text().replace("&", "") if text else action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.sample_action,
            self.new_directive_action,
            self.new_task_action,
            self.extend_action,
        ]

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_directive()
        with self.workspace.reading() as conn:
            rows = board.directives(conn)
            has_sample = any(r["id"] == sample.sample_directive_id() for r in rows)
        self.directives.blockSignals(True)
        self.directives.clear()
        for row in rows:
            when = format_date(row["issued_on"]) or self.tr("chưa rõ ngày")
            item = QListWidgetItem(
                self.tr("{number} – {date}\n{title}\n{n} nhiệm vụ").format(
                    number=row["number"], date=when, title=row["title"], n=row["task_count"]
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setToolTip(row["title"])
            self.directives.addItem(item)
        self.directives.blockSignals(False)
        self.sample_action.setEnabled(not has_sample)
        index = next(
            (i for i in range(self.directives.count())
             if self.directives.item(i).data(Qt.ItemDataRole.UserRole) == selected),
            0,
        )  # fmt: skip
        if self.directives.count():
            self.directives.setCurrentRow(index)
        self._show_directive()
        self.status_message.emit(self.tr("{n} văn bản chỉ đạo").format(n=len(rows)))

    def selected_directive(self) -> str | None:
        item = self.directives.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def selected_task(self) -> str | None:
        row = self.tasks.currentRow()
        return self._task_ids[row] if 0 <= row < len(self._task_ids) else None

    def _show_directive(self) -> None:
        directive_id = self.selected_directive()
        has = directive_id is not None
        self.empty_area.setVisible(not has)
        self.task_area.setVisible(has)
        keep = self.selected_task()
        self.tasks.setRowCount(0)
        self._task_ids = []
        self._task_cycles = []
        if not has:
            self.details.clear()
            self._update_actions()
            return
        assert directive_id is not None
        with self.workspace.reading() as conn:
            directive = board.get_directive(conn, directive_id)
            tasks = board.tasks_of(conn, directive_id)
        self.details.setHtml(
            self.tr("<b>{number}</b> ngày {date} – {issuer}<br><b>{title}</b><br>{summary}").format(
                number=html.escape(directive["number"]),
                date=format_date(directive["issued_on"]) or self.tr("chưa rõ"),
                issuer=html.escape(directive["issuer"] or ""),
                title=html.escape(directive["title"]),
                summary=html.escape(directive["summary"] or "").replace("\n", "<br>"),
            )
        )
        cycles = periods.cycle_labels()
        self.tasks.setRowCount(len(tasks))
        for row, task in enumerate(tasks):
            leads = [a["office_name"] for a in task["assignments"] if a["role"] == editing.LEAD]
            supports = [a["office_name"] for a in task["assignments"] if a["role"] != editing.LEAD]
            when = cycles.get(task["cycle"], task["cycle"])
            if task["deadline"]:
                when = self.tr("Hạn {date}").format(date=format_date(task["deadline"]))
            extended = (
                self.tr("{n} lần (hạn trước {previous})").format(
                    n=task["extensions"], previous=format_date(task["previous_deadline"])
                )
                if task["extensions"]
                else ""
            )
            values = (str(task["position"]), task["title"], when, extended,
                      self._names(leads), self._names(supports))  # fmt: skip
            tips = (None, task["content"] or task["title"], None, None,
                    "\n".join(leads), "\n".join(supports))  # fmt: skip
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(tips[column] or text)
                self.tasks.setItem(row, column, item)
            self._task_ids.append(task["id"])
            self._task_cycles.append(task["cycle"])
        self.tasks.resizeRowsToContents()
        if keep in self._task_ids:
            self.tasks.selectRow(self._task_ids.index(keep))
        self._update_actions()

    def _names(self, names: list[str]) -> str:
        """A few names, then how many more (the tooltip lists them all)."""
        if not names:
            return "—"
        if len(names) <= 2:
            return "; ".join(names)
        return self.tr("{name} và {n} đơn vị khác").format(name=names[0], n=len(names) - 1)

    def _update_actions(self) -> None:
        has_directive = self.selected_directive() is not None
        task_id = self.selected_task()
        for action in (self.edit_directive_action, self.delete_directive_action,
                       self.new_task_action):  # fmt: skip
            action.setEnabled(has_directive)
        for action in (self.edit_task_action, self.delete_task_action):
            action.setEnabled(task_id is not None)
        row = self.tasks.currentRow()
        once = task_id is not None and self._task_cycles[row] == periods.ONCE
        self.extend_action.setEnabled(once)

    # --- actions ------------------------------------------------------------------------------

    def load_sample(self) -> None:
        self.show_requested.emit()
        done = run_now(
            self, self.bus, lambda: task_operations.load_sample(self.workspace, today=self.today())
        )
        if done is None:
            return
        result = done.value
        self.select_directive(result["directive_id"])
        QMessageBox.information(
            self,
            self.tr("Chỉ thị mẫu"),
            self.tr(
                "Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho các đơn vị "
                "(thêm {offices} đơn vị mới).\nSố và ngày ban hành của bản gốc chưa có: hãy sửa "
                "lại theo văn bản thật nếu cần."
            ).format(
                tasks=result["tasks"],
                assignments=result["assignments"],
                offices=len(result["offices_created"]),
            ),
        )

    def select_directive(self, directive_id: str) -> None:
        for i in range(self.directives.count()):
            if self.directives.item(i).data(Qt.ItemDataRole.UserRole) == directive_id:
                self.directives.setCurrentRow(i)
                return

    def new_directive(self) -> None:
        self.show_requested.emit()
        dialog = DirectiveDialog(self.workspace, self.bus, parent=self)
        dialog.saved.connect(self.select_directive)
        dialog.exec()

    def edit_directive(self) -> None:
        directive_id = self.selected_directive()
        if directive_id:
            DirectiveDialog(self.workspace, self.bus, directive_id, parent=self).exec()

    def delete_directive(self) -> None:
        directive_id = self.selected_directive()
        if not directive_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa văn bản chỉ đạo"),
            self.tr(
                "Xóa văn bản đã chọn cùng các nhiệm vụ và phân công của nó?\n"
                "Các đơn vị sẽ không còn thấy nhiệm vụ sau lần đồng bộ tới."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_now(
            self, self.bus, lambda: task_operations.delete_directive(self.workspace, directive_id)
        )

    def new_task(self) -> None:
        self.show_requested.emit()
        directive_id = self.selected_directive()
        if directive_id:
            TaskDialog(self.workspace, self.bus, directive_id, parent=self).exec()

    def edit_task(self) -> None:
        directive_id, task_id = self.selected_directive(), self.selected_task()
        if directive_id and task_id:
            TaskDialog(self.workspace, self.bus, directive_id, task_id, parent=self).exec()

    def extend(self) -> None:
        self.show_requested.emit()
        task_id = self.selected_task()
        if task_id and self.extend_action.isEnabled():
            ExtendDialog(self.workspace, self.bus, task_id, parent=self).exec()

    def delete_task(self) -> None:
        task_id = self.selected_task()
        if not task_id:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa nhiệm vụ"),
            self.tr("Xóa nhiệm vụ đã chọn và các phân công của nó?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            run_now(self, self.bus, lambda: task_operations.delete_task(self.workspace, task_id))
