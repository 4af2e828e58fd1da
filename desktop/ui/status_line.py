"""The status bar's message line: a label whose changes of text do not lay the window out.

A QLabel asks its parent's layout to lay out again whenever its text changes (its size hint
follows the text): in the status bar that is the bar's layout and then the whole window's,
at every keystroke in the cooperative list's search (its count is shown here). The label
here sits in a holder that takes the space the bar gives it, as the label did, and that
stays the same size whatever the text says; the label fills the holder.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class StatusLine(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        # As high as the label is with any one line of text; as wide as the bar makes it.
        return QSize(0, self.label.sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.label.resize(event.size())
        super().resizeEvent(event)
