"""Tables of task lines (one unit's assignment of one task) for the task page and the board.

Rows are `board.Line` values (plain data, no session). Overdue work is red, work due within
seven days amber, work done late orange text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.tasks import board, periods
from desktop.core.tasks.editing import role_labels
from desktop.core.tasks.status import DONE_LATE, DONE_ON_TIME
from desktop.core.text import format_date, sort_key

LINE_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2  # the computed status code
SORT_ROLE = Qt.ItemDataRole.UserRole + 3

OVERDUE_BACKGROUND = QColor("#f8d7da")
OVERDUE_TEXT = QColor("#842029")
SOON_BACKGROUND = QColor("#fff3cd")
LATE_TEXT = QColor("#a14e00")
DONE_TEXT = QColor("#146c43")

_ROOT = QModelIndex()


def row_colours(line: board.Line) -> tuple[QColor | None, QColor | None]:
    """(background, text) for a line."""
    state = line.status
    if state.overdue:
        return OVERDUE_BACKGROUND, OVERDUE_TEXT
    if state.due_soon:
        return SOON_BACKGROUND, None
    if state.code == DONE_LATE:
        return None, LATE_TEXT
    return None, None


class LineTableModel(QAbstractTableModel):
    """`columns` picks and orders what is shown (see `headers()` for the keys)."""

    def __init__(self, columns: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._lines: list[board.Line] = []
        self._cells: list[tuple[str, ...] | None] = []  # made when first asked for
        self._roles: dict[str, str] = {}
        self._cycles: dict[str, str] = {}
        self._labels = self.headers()

    def headers(self) -> dict[str, str]:
        return {
            "directive": self.tr("Văn bản"),
            "position": self.tr("STT"),
            "task": self.tr("Nhiệm vụ"),
            "office": self.tr("Đơn vị"),
            "role": self.tr("Vai trò"),
            "cycle": self.tr("Chu kỳ"),
            "period": self.tr("Kỳ đánh giá"),
            "due": self.tr("Hạn"),
            "status": self.tr("Trạng thái"),
            "percent": self.tr("Tiến độ"),
            "latest": self.tr("Báo cáo gần nhất"),
            "current": self.tr("Kỳ hiện tại"),
        }

    def set_lines(self, lines: list[board.Line]) -> None:
        """Show `lines`. A row's texts are made when the table first asks for them (the
        rows on screen, or a column sorted by its text): a province's board holds thousands
        of lines, and making every text at once kept the window from answering."""
        self.beginResetModel()
        self._lines = list(lines)
        self._cells = [None] * len(self._lines)
        self._roles = role_labels()
        self._cycles = periods.cycle_labels()
        self.endResetModel()

    def _row_cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells[row]
        if cells is None:
            texts = self._texts(self._lines[row])
            cells = self._cells[row] = tuple(texts[key] or "" for key in self.columns)
        return cells

    def _texts(self, line: board.Line) -> dict[str, str]:
        task, state, latest = line.task, line.status, line.latest_report
        due = format_date(state.due)
        if task["extensions"]:
            due += self.tr(" (gia hạn {n} lần)").format(n=task["extensions"])
        if latest is None:
            latest_text = self.tr("Chưa có báo cáo")
        else:
            latest_text = self.tr("{date} – {period}").format(
                date=format_date(latest["reported_on"]),
                period=periods.label(latest["period"] or ""),
            )
            if latest["document_number"]:
                latest_text += self.tr(" (số {number})").format(number=latest["document_number"])
        judged = board.judged_report(line)
        current = self.tr("Đã báo cáo") if state.reported_current else self.tr("Chưa báo cáo")
        if state.current_period:
            current = f"{periods.label(state.current_period)}: {current}"
        return {
            "directive": line.directive["number"],
            "position": str(task["position"]),
            "task": task["title"],
            "office": line.office_name,
            "role": self._roles.get(line.role, line.role),
            "cycle": self._cycles.get(task["cycle"], task["cycle"]),
            "period": periods.label(state.period),
            "due": due,
            "status": state.label(),
            "percent": f"{judged['percent']}%" if judged else "",
            "latest": latest_text,
            "current": current,
        }

    # --- Qt interface -------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(index.row())[index.column()]
        if role == LINE_ROLE:
            return line
        if role == STATUS_ROLE:
            return line.status.code
        if role == SORT_ROLE:
            return self._sort_value(line, key, index.row(), index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            background, _text = row_colours(line)
            return QBrush(background) if background else None
        if role == Qt.ItemDataRole.ForegroundRole:
            _background, text = row_colours(line)
            if text is None and key == "status" and line.status.code == DONE_ON_TIME:
                text = DONE_TEXT
            return QBrush(text) if text else None
        if role == Qt.ItemDataRole.FontRole and key == "status" and line.status.needs_attention:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("position", "percent"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _sort_value(self, line: board.Line, key: str, row: int, column: int) -> Any:
        if key == "position":
            return line.task["position"]
        if key == "due":
            return line.status.due.toordinal() if line.status.due else 10**7
        if key == "status":
            order = ("overdue", "not_started", "in_time", "done_late", "done_on_time")
            return order.index(line.status.code) * 2 + (0 if line.status.due_soon else 1)
        if key == "percent":
            judged = board.judged_report(line)
            return judged["percent"] if judged else -1
        if key == "latest":
            latest = line.latest_report
            return latest["reported_on"].toordinal() if latest else 0
        return sort_key(self._row_cells(row)[column])

    def _tooltip(self, line: board.Line) -> str:
        state = line.status
        parts = [line.task["title"]]
        if state.overdue:
            parts.append(self.tr("Quá hạn từ {due}").format(due=format_date(state.due)))
        elif state.due_soon:
            due = state.due if state.period == state.current_period else None
            if due is None and state.current_period:
                due = periods.due_date(state.current_period)
            parts.append(self.tr("Sắp đến hạn: {due}").format(due=format_date(due or state.due)))
        if line.task["extensions"]:
            parts.append(
                self.tr("Đã gia hạn {n} lần; hạn trước: {previous}").format(
                    n=line.task["extensions"],
                    previous=format_date(line.task["previous_deadline"]),
                )
            )
        if line.has_conflict:
            parts.append(self.tr("Có xung đột dữ liệu cần xử lý"))
        return "\n".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._labels[self.columns[section]]
        return None

    # --- helpers ----------------------------------------------------------------------------

    def line_at(self, row: int) -> board.Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, assignment_id: str) -> int:
        for row, line in enumerate(self._lines):
            if line.assignment_id == assignment_id:
                return row
        return -1

    def lines(self) -> list[board.Line]:
        return list(self._lines)
