"""The frame every record form shares: Lưu / Hủy, Ctrl+S, and a question before closing a form
whose input is not saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from desktop.ui.confirm import discard_changes


class FormDialog(QDialog):
    """A record form. Subclasses build their fields, put `button_box` where it belongs, and
    give `save` (which calls `mark_saved` once stored) and `snapshot` (what the person
    entered, compared before closing); `mark_saved` once the fields are filled, too."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.button_box = QDialogButtonBox()
        self.save_button = self.button_box.addButton(
            self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Lưu (Ctrl+S)"))
        self.button_box.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.button_box.accepted.connect(self.save)
        self.button_box.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._initial: Any = None

    def save(self) -> None:
        raise NotImplementedError

    def snapshot(self) -> Any:
        raise NotImplementedError

    def unsaved_question(self) -> str | None:
        """The question asked before closing with unsaved input (None: the general one)."""
        return None

    def mark_saved(self) -> None:
        self._initial = self.snapshot()

    def reject(self) -> None:
        changed = self._initial is not None and self.snapshot() != self._initial
        if changed and not discard_changes(self, self.unsaved_question()):
            return
        super().reject()
