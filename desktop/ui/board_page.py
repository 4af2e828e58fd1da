"""Theo dõi tiến độ: the province's board across units, with filters."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.records import Row
from desktop.core.tasks import board
from desktop.core.text import format_int, sort_key
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.lines_view import LinesView
from desktop.ui.page import Page
from desktop.ui.start_loader import ThreadRead
from desktop.ui.task_page import TABLES, summary_html

COLUMNS = ("directive", "position", "task", "office", "role", "status", "period", "due",
           "percent", "latest", "current")  # fmt: skip
SHOWN_NAMES = 8

log = logging.getLogger(__name__)


class BoardPage(Page):
    """The lines (every assignment with its reports: a dozen MB nationally) are read only
    once the page is first shown; until then the window holds only the overdue count its
    navigation shows."""

    tables = TABLES
    title_changed = Signal(str)

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
        self._overdue = 0
        self._state = "count"  # "count" (never shown), "loading" (on a thread), "lines"
        self._stale = False  # the data changed while the lines were read
        self._reading: ThreadRead[tuple[list[board.Line], list[Row]]] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(10)
        self._poll.timeout.connect(self._check_read)

        heading = QLabel(self.tr("<h3>Theo dõi tiến độ thực hiện nhiệm vụ</h3>"))
        self.summary = QLabel()
        self.unreported = QLabel()
        self.unreported.setWordWrap(True)
        self.directive = QComboBox()
        self.office = QComboBox()
        self.status_filter = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm nhiệm vụ, đơn vị…"))
        self.search.setClearButtonEnabled(True)
        self.directive.setAccessibleName(self.tr("Lọc theo văn bản"))
        self.office.setAccessibleName(self.tr("Lọc theo đơn vị"))
        self.status_filter.setAccessibleName(self.tr("Lọc theo trạng thái"))
        for combo in (self.directive, self.office, self.status_filter):
            combo.setMinimumContentsLength(14)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
        self.status_filter.addItem(self.tr("Tất cả"), None)
        for code, text in board.status_filter_choices().items():
            self.status_filter.addItem(text, code)
        filters = QHBoxLayout()
        for text, widget, stretch in (
            (self.tr("Văn bản"), self.directive, 2),
            (self.tr("Đơn vị"), self.office, 2),
            (self.tr("Trạng thái"), self.status_filter, 2),
            ("", self.search, 2),
        ):
            if text:
                filters.addWidget(QLabel(text))
            filters.addWidget(widget, stretch)

        self.view = LinesView(
            workspace,
            bus,
            COLUMNS,
            new_text=self.tr("Nhập báo cáo thay đơn vị…"),
            today=lambda: self.today(),
        )
        self.view.can_write = lambda _line: self.identity.is_hub
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addLayout(filters)
        layout.addWidget(self.unreported)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(80)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.directive, self.office, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())

    def reload(self) -> None:
        if self._state == "lines":
            self.show_lines(self.read_lines())
        elif self._state == "count":
            self.show_read(self.read())
        # "loading": the read under way shows the data (a change meanwhile reads it again)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.tables and self._state == "loading":
            self._stale = True
        else:
            super()._on_changed(tables)

    def read(self) -> int:
        """The overdue count the navigation shows, without the lines: no widget is touched,
        so the window's start runs it on a thread of its own."""
        with self.workspace.reading() as conn:
            return sum(1 for _code, _name, state in board.each_status(conn, self.today())
                       if state.overdue)  # fmt: skip

    def show_read(self, overdue: int) -> None:
        """Show what `read` gave (the lines, once read, count for themselves)."""
        if self._state == "count":
            self._overdue = overdue
            self.title_changed.emit(self.title())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._state == "count":
            self._read_lines_aside()

    def _read_lines_aside(self) -> None:
        """The lines read on a thread (the national board takes a second) while the window
        answers; "Đang tải…" until they come."""
        self._state, self._stale = "loading", False
        self.summary.setText(self.tr("Đang tải bảng theo dõi…"))
        self.status_message.emit(self.tr("Đang tải bảng theo dõi…"))
        self._reading = ThreadRead(self.read_lines)
        self._poll.start()

    def _check_read(self) -> None:
        reading = self._reading
        if reading is None or not reading.done:
            return
        self._poll.stop()
        self._reading = None
        if self._stale:  # what was read may miss a change: read again
            self._read_lines_aside()
            return
        self._state = "lines"
        try:
            data = reading.result()
        except Exception:
            log.info("reading the board on a thread failed: read again here")
            data = self.read_lines()
        self.show_lines(data)

    def read_lines(self) -> tuple[list[board.Line], list[Row]]:
        """What the page shows, read from the database: no widget is touched, so it runs on
        a thread of its own (the national board: 5,000 lines)."""
        with self.workspace.reading() as conn:
            return board.lines(conn, self.today()), board.directives(conn)

    def show_lines(self, read: tuple[list[board.Line], list[Row]]) -> None:
        """Show what `read_lines` gave."""
        self._lines, directives = read
        self._overdue = sum(1 for line in self._lines if line.status.overdue)
        self._fill(
            self.directive,
            [(d["id"], f"{d['number']} – {d['title']}") for d in directives],
        )
        offices = {line.office_code: line.office_name for line in self._lines}
        self._fill(self.office, sorted(offices.items(), key=lambda item: sort_key(item[1])))
        self.apply_filters()
        self.title_changed.emit(self.title())

    def title(self) -> str:
        """The navigation text, with the number of overdue assignments."""
        if self._overdue:
            return self.tr("Theo dõi tiến độ ({n})").format(n=format_int(self._overdue))
        return self.tr("Theo dõi tiến độ")

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tất cả"), None)
        for code, text in items:
            combo.addItem(text, code)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def filters(self) -> board.Filters:
        return board.Filters(
            directive_id=self.directive.currentData(),
            office_code=self.office.currentData(),
            status=self.status_filter.currentData(),
            text=self.search.text(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        filters = self.filters()
        scope = board.Filters(directive_id=filters.directive_id, office_code=filters.office_code)
        in_scope = [line for line in self._lines if board.matches(line, scope)]
        shown = [line for line in in_scope if board.matches(line, filters)]
        self.view.set_lines(shown)
        self.summary.setText(summary_html(in_scope))
        missing = sorted(
            {line.office_name for line in in_scope if not line.status.reported_current},
            key=sort_key,
        )
        if missing:
            names = ", ".join(missing[:SHOWN_NAMES])
            if len(missing) > SHOWN_NAMES:
                names += self.tr(" và {n} đơn vị khác").format(
                    n=format_int(len(missing) - SHOWN_NAMES)
                )
            self.unreported.setText(
                self.tr("<b>Chưa báo cáo kỳ hiện tại ({n} đơn vị):</b> {names}").format(
                    n=format_int(len(missing)), names=names
                )
            )
            self.unreported.setToolTip("\n".join(missing))
        else:
            self.unreported.setToolTip("")
            self.unreported.setText(self.tr("Mọi đơn vị đã báo cáo kỳ hiện tại."))
        self.status_message.emit(
            self.tr("Đang hiện {shown} / {total} lượt giao nhiệm vụ").format(
                shown=format_int(len(shown)), total=format_int(len(in_scope))
            )
        )
