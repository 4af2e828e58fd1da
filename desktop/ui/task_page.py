"""Nhiệm vụ: the tasks given to this office, their status, and its progress reports."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.tasks import board
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.lines_view import LinesView
from desktop.ui.page import Page

TABLES = frozenset({"directive", "task", "assignment", "progress_report", "office", "*"})
COLUMNS = ("directive", "position", "task", "role", "status", "period", "due", "percent",
           "cycle", "latest")  # fmt: skip


def summary_html(lines: list[board.Line]) -> str:
    """`Quá hạn: 2 · Sắp đến hạn: 1 · ...` with the colours of the table."""

    overdue = sum(1 for line in lines if line.status.overdue)
    soon = sum(1 for line in lines if line.status.due_soon and not line.status.overdue)
    done = sum(1 for line in lines if line.status.done)
    parts = [
        QCoreApplication.translate("TaskSummary", "<span style='background:#f8d7da;color:#842029'>&nbsp;Quá hạn: {n}&nbsp;</span>")
        .format(n=format_int(overdue)),
        QCoreApplication.translate("TaskSummary", "<span style='background:#fff3cd'>&nbsp;Sắp đến hạn (7 ngày): {n}&nbsp;</span>")
        .format(n=format_int(soon)),
        QCoreApplication.translate("TaskSummary", "Hoàn thành: {n}").format(n=format_int(done)),
        QCoreApplication.translate("TaskSummary", "Tổng số: {n}").format(n=format_int(len(lines))),
    ]  # fmt: skip
    return " &nbsp; ".join(parts)


class TaskPage(Page):
    tables = TABLES
    title_changed = Signal(str)
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
        self._lines: list[board.Line] = []

        heading = QLabel(
            self.tr("<h3>Nhiệm vụ được giao cho {office}</h3>").format(
                office=html.escape(self.identity.office_name)
            )
        )
        self.summary = QLabel()
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên nhiệm vụ, số văn bản (gõ không dấu cũng được)…")
        )
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Lọc theo trạng thái"))
        self.status_filter.addItem(self.tr("Tất cả"), None)
        for code, text in board.status_filter_choices().items():
            self.status_filter.addItem(text, code)
        self.filters = QWidget()
        filters = QHBoxLayout(self.filters)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Trạng thái")))
        filters.addWidget(self.status_filter, 1)

        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; padding: 24px; font-size: 13pt;")
        self.view = LinesView(
            workspace,
            bus,
            COLUMNS,
            new_text=self.tr("Báo cáo tiến độ…"),
            today=lambda: self.today(),
        )

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.filters)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.view, 1)

        self.report_action = QAction(self.tr("&Báo cáo tiến độ…"), self)
        self.report_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_R))
        # The Tasks menu shows Ctrl+R: it works from every page (it brings this page forward).
        self.report_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.report_action.triggered.connect(self.report)
        self.addAction(self.report_action)
        self.view.selection_changed.connect(
            lambda: self.report_action.setEnabled(self.view.current_line() is not None)
        )

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(80)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def actions_for_menu(self) -> list[QAction]:
        return [self.report_action]

    def report(self) -> None:
        """Report progress on the selected task (from the menu, Ctrl+R or the button)."""
        self.show_requested.emit()
        self.view.new_report()

    def reload(self) -> None:
        self.show_read(self.read())

    def read(self) -> list[board.Line]:
        """The office's task lines, read from the database: no widget is touched, so the
        window's start runs it on a thread of its own (a province's lines take 0.1 s)."""
        with self.workspace.reading() as conn:
            return board.lines(conn, self.today(), office_code=self.identity.office_code)

    def show_read(self, lines: list[board.Line]) -> None:
        """Show what `read` gave."""
        self._lines = lines
        self.summary.setText(summary_html(self._lines))
        self.empty.setVisible(not self._lines)
        self.view.setVisible(bool(self._lines))
        self.filters.setVisible(bool(self._lines))
        if self.identity.is_hub:
            self.empty.setText(
                self.tr(
                    "Chưa có nhiệm vụ nào giao cho đơn vị.\nVào “Văn bản chỉ đạo” để nạp chỉ thị "
                    "mẫu hoặc thêm văn bản, nhiệm vụ và giao cho các đơn vị."
                )
            )
        else:
            self.empty.setText(
                self.tr(
                    "Chưa có nhiệm vụ nào giao cho đơn vị.\nNhiệm vụ do cấp tỉnh giao sẽ hiện ở "
                    "đây sau khi nhập gói đồng bộ từ tỉnh."
                )
            )
        self.apply_filters()
        count = board.attention_count(self._lines)
        self.title_changed.emit(self.title(count))

    def title(self, count: int | None = None) -> str:
        count = board.attention_count(self._lines) if count is None else count
        return (
            self.tr("Nhiệm vụ ({n})").format(n=format_int(count)) if count else self.tr("Nhiệm vụ")
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        filters = board.Filters(status=self.status_filter.currentData(), text=self.search.text())
        shown = [line for line in self._lines if board.matches(line, filters)]
        self.view.set_lines(shown)
        overdue = sum(1 for line in self._lines if line.status.overdue)
        text = self.tr("{shown} / {total} nhiệm vụ được giao; {overdue} quá hạn").format(
            shown=format_int(len(shown)),
            total=format_int(len(self._lines)),
            overdue=format_int(overdue),
        )
        self.status_message.emit(text)
