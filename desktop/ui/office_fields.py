"""The fields that describe an office (its name, kind, area and code), shared by the first-run
screen and the province's enrolment form. The code is suggested from the kind and the area
until the person types one of their own."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.core.access import role_label
from desktop.core.workspace import suggest_office_code
from desktop.ui.area_picker import AreaPicker


class OfficeFields(QObject):
    def __init__(
        self, roles: Iterable[str], area: AreaPicker, name_example: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(name_example)
        self.role = QComboBox()
        for role in roles:
            self.role.addItem(role_label(role), role)
        self.area = area
        self.code = QLineEdit()
        self._code_typed = False
        self.code.textEdited.connect(self._code_edited)
        self.area.changed.connect(self.suggest_code)
        self.role.currentIndexChanged.connect(lambda _i: self.suggest_code())

    def _code_edited(self, _text: str) -> None:
        self._code_typed = True

    def suggest_code(self) -> None:
        if not self._code_typed:
            self.code.setText(
                suggest_office_code(
                    self.role.currentData(), self.area.current_scheme(), self.area.current_code()
                )
            )

    def rows(self, role_label_text: str) -> list[tuple[str, str, QWidget]]:
        """(field, label, widget) in the order the forms show them."""
        return [
            ("name", self.tr("Tên đơn vị *"), self.name),
            ("role", role_label_text, self.role),
            ("area", self.tr("Địa bàn *"), self.area),
            ("code", self.tr("Mã đơn vị"), self.code),
        ]
