"""One broadcast for "data changed": operations' changes are announced, views refresh
themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
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
