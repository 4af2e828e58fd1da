"""A date field that may stay empty: typed as dd/mm/yyyy, or picked from a calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from desktop.core.text import format_date, parse_date


class DateEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.setMaximumWidth(160)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        action.setToolTip(self.tr("Chọn trên lịch"))
        action.triggered.connect(self._pick)
        self._calendar: QCalendarWidget | None = None

    def _pick(self) -> None:
        calendar = QCalendarWidget()
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setGridVisible(True)
        try:
            current = parse_date(self.text())
        except ValueError:
            current = None
        if current:
            calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        calendar.clicked.connect(self._picked)
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.show()
        self._calendar = calendar

    def _picked(self, qdate: QDate) -> None:
        self.set_date(date(qdate.year(), qdate.month(), qdate.day()))
        if self._calendar:
            self._calendar.close()
            self._calendar = None

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def raw(self) -> str:
        return self.text().strip()
