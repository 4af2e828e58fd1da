"""A table of task lines over the selected line's reports, with the report actions.

Used by the task page (this office's work) and the province's progress board.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.operations import tasks as task_operations
from desktop.core.tasks import board
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_now
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.report_panel import ReportPanel
from desktop.ui.task_model import LINE_ROLE, SORT_ROLE, LineTableModel

WIDTHS = {
    "directive": 95, "position": 40, "task": 300, "office": 190, "role": 95, "cycle": 110,
    "period": 150, "due": 95, "status": 200, "percent": 60, "latest": 220, "current": 230,
}  # fmt: skip


class LinesView(QWidget):
    selection_changed = Signal()

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        columns: tuple[str, ...],
        *,
        new_text: str,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.today = today
        self.model = LineTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Các nhiệm vụ"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, key in enumerate(columns):
            header.resizeSection(column, WIDTHS.get(key, 120))
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selected())
        self.table.doubleClicked.connect(lambda _i: self.new_report())

        self.panel = ReportPanel(new_text)
        self.panel.new_report.connect(self.new_report)
        self.panel.edit_report.connect(self.edit_report)
        self.panel.delete_report.connect(self.delete_report)
        self.can_write: Callable[[board.Line], bool] = lambda _line: True

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- data -------------------------------------------------------------------------------

    def set_lines(self, lines: list[board.Line]) -> None:
        keep = self.current_line()
        self.model.set_lines(lines)
        if (keep is None or not self.select(keep.assignment_id)) and lines:
            # Something is always selected, so the panel below shows what the task asks.
            self.select(self.proxy.index(0, 0).data(LINE_ROLE).assignment_id)
        self._selected()

    def rows(self) -> list[board.Line]:
        """The lines in the order shown."""
        return [self.proxy.index(row, 0).data(LINE_ROLE) for row in range(self.proxy.rowCount())]

    def current_line(self) -> board.Line | None:
        index = self.table.currentIndex()
        return index.data(LINE_ROLE) if index.isValid() else None

    def select(self, assignment_id: str) -> bool:
        row = self.model.row_of(assignment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _selected(self) -> None:
        line = self.current_line()
        self.panel.show_line(line, can_write=line is not None and self.can_write(line))
        self.selection_changed.emit()

    # --- report actions -----------------------------------------------------------------------

    def new_report(self) -> None:
        line = self.current_line()
        if line is None or not self.can_write(line):
            return
        dialog = ReportDialog(self.workspace, self.bus, line, today=self.today, parent=self)
        self.last_dialog = dialog
        dialog.exec()

    def edit_report(self, report_id: str) -> None:
        line = self.current_line()
        if line is None:
            return
        report = next((r for r in line.reports if r["id"] == report_id), None)
        if report is None:
            return
        dialog = ReportDialog(self.workspace, self.bus, line, report, today=self.today, parent=self)
        self.last_dialog = dialog
        dialog.exec()

    def delete_report(self, report_id: str) -> None:
        line = self.current_line()
        if line is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa báo cáo"),
            self.tr("Xóa báo cáo đã chọn của {office}?").format(office=line.office_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        on_behalf = line.office_code != self.workspace.require_identity().office_code
        run_now(
            self,
            self.bus,
            lambda: task_operations.delete_report(self.workspace, report_id, on_behalf=on_behalf),
        )
