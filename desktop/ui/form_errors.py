"""Red messages under form fields, filled from a ValidationError's {field: message}."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"


class FieldErrors:
    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        """The widget with an (initially hidden) error line under it."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        label = QLabel()
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.setObjectName(f"error_{field}")
        label.hide()
        column.addWidget(label)
        self.labels[field] = label
        return box

    def clear(self) -> None:
        for label in self.labels.values():
            label.hide()
        self.summary.hide()

    def show(self, errors: dict[str, str], summary: str) -> None:
        self.clear()
        others = []
        for field, message in errors.items():
            label = self.labels.get(field)
            if label is None:
                others.append(message)
                continue
            label.setText(message)
            label.show()
        self.summary.setText("\n".join([summary, *others]))
        self.summary.show()

    def text(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""
