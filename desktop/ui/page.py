"""What the window's task pages share: the workspace, the data bus, today's date (given, so
that a page can be shown as of another day), the office, a status-bar message, and a reload
when the tables a page shows change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus


class Page(QWidget):
    status_message = Signal(str)

    # The tables whose change the page shows ("*": everything may have changed).
    tables: frozenset[str] = frozenset({"*"})

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        *,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.today = today
        self.identity = workspace.require_identity()
        bus.changed.connect(self._on_changed)  # the window loads the page once it is added

    def _on_changed(self, tables: set[str]) -> None:
        if tables & self.tables:
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError
