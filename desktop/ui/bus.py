"""One broadcast for "data changed": writers announce, views refresh themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class DataBus(QObject):
    """`changed` carries the set of table names that were written."""

    changed = Signal(object)

    def announce(self, *tables: str) -> None:
        self.changed.emit(set(tables))
