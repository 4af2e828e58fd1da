"""One broadcast for "data changed": operations' changes are announced, views refresh
themselves."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.core.operations import Changes

EVERYTHING = "*"


class DataBus(QObject):
    """`changed` carries the set of table names written ("*": anything may have changed)."""

    changed = Signal(object)

    def announce_changes(self, changes: Changes) -> None:
        """What an operation returned: the tables its writes touched."""
        if changes.everything:
            self.changed.emit({EVERYTHING})
        elif changes:
            self.changed.emit(set(changes.tables))
