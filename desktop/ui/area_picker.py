"""Picking an administrative unit: scheme, then province > district > commune (pre-2025) or
province > commune (post-2025), from the official codes."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QFormLayout, QSizePolicy, QWidget

from desktop.core import areas
from desktop.core.text import fold


class UnitFinder(QObject):
    """Typing in an editable unit box: what is typed is matched anywhere in the names, with or
    without accents (`quang b` finds Quảng Bình), and shown in a list under the box; the text
    being typed is never rewritten (no inline completion). On leaving the box, the unit typed
    in full, or the only one matching, is chosen; otherwise the box shows its unit again."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(self.completer)
        edit = combo.lineEdit()
        assert edit is not None  # the box is editable
        self.edit = edit
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._settle)

    def matches(self, text: str) -> list[str]:
        key = fold(text)
        if not key:
            return []
        names = [self.combo.itemText(i) for i in range(1, self.combo.count())]
        return [name for name in names if key in fold(name)]

    def _typed(self, text: str) -> None:
        found = self.matches(text)
        self.model.setStringList(found)
        if found:
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    def _settle(self) -> None:
        combo = self.combo
        text = self.edit.text()
        key = fold(text)
        index = combo.currentIndex()
        if not key:
            index = 0
        else:
            exact = [i for i in range(1, combo.count()) if fold(combo.itemText(i)) == key]
            found = self.matches(text)
            if exact:
                index = exact[0]
            elif len(found) == 1:
                index = combo.findText(found[0], Qt.MatchFlag.MatchExactly)
        if index != combo.currentIndex():
            combo.setCurrentIndex(index)
        elif self.edit.text() != combo.itemText(index):
            self.edit.setText(combo.itemText(index))


class AreaPicker(QWidget):
    changed = Signal()

    def __init__(
        self, parent: QWidget | None = None, *, limit_to: tuple[str, str | None] | None = None
    ) -> None:
        """`limit_to` = (scheme, unit code): only that unit and what lies under it."""
        super().__init__(parent)
        self._limit = limit_to
        self.scheme = QComboBox()
        for scheme in (areas.POST2025, areas.PRE2025):  # today's structure first
            self.scheme.addItem(areas.scheme_label(scheme), scheme)
        self.province = QComboBox()
        self.district = QComboBox()
        self.commune = QComboBox()
        for combo in (self.province, self.district, self.commune):
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            UnitFinder(combo)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Hệ thống địa giới"), self.scheme)
        layout.addRow(self.tr("Tỉnh / thành phố"), self.province)
        layout.addRow(self.tr("Huyện / quận / thị xã"), self.district)
        layout.addRow(self.tr("Xã / phường / thị trấn"), self.commune)
        self._layout = layout
        self.scheme.currentIndexChanged.connect(self._scheme_changed)
        self.province.currentIndexChanged.connect(self._province_changed)
        self.district.currentIndexChanged.connect(self._district_changed)
        self.commune.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if limit_to:
            self.scheme.setCurrentIndex(max(0, self.scheme.findData(limit_to[0])))
            self.scheme.setEnabled(False)
        self._scheme_changed()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in a box picks the unit typed; it does not also press the dialog's default
        # button (the form is not finished because an area was chosen).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def _fill(self, combo: QComboBox, units: list[areas.Unit], blank: str) -> None:
        combo.blockSignals(True)
        combo.clear()
        # The empty choice shows its hint as the box's placeholder, so typing starts clean.
        combo.addItem("", None)
        edit = combo.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(blank)
        for unit in units:
            combo.addItem(unit.name, unit.code)
        combo.setCurrentIndex(0)
        combo.blockSignals(False)

    def _allowed(self, units: list[areas.Unit]) -> list[areas.Unit]:
        if not self._limit or not self._limit[1]:
            return units
        scheme, code = self._limit
        return [
            u
            for u in units
            if areas.contains(scheme, code, u.code) or areas.contains(scheme, u.code, code)
        ]

    def _scheme_changed(self) -> None:
        scheme = self.current_scheme()
        self._fill(self.province, self._allowed(areas.provinces(scheme)), self.tr("— chọn tỉnh —"))
        pre = scheme == areas.PRE2025
        self._layout.setRowVisible(self.district, pre)
        if len(self._allowed(areas.provinces(scheme))) == 1:
            self.province.setCurrentIndex(1)
        self._province_changed()

    def _province_changed(self) -> None:
        scheme = self.current_scheme()
        code = self.province.currentData()
        units = self._allowed(areas.children(scheme, code)) if code else []
        if scheme == areas.PRE2025:
            self._fill(self.district, units, self.tr("— chọn huyện —"))
            if len(units) == 1:
                self.district.setCurrentIndex(1)
            self._district_changed()
        else:
            self._fill(self.commune, units, self.tr("— chọn xã —"))
            self.changed.emit()

    def _district_changed(self) -> None:
        code = self.district.currentData()
        units = self._allowed(areas.children(areas.PRE2025, code)) if code else []
        self._fill(self.commune, units, self.tr("— chọn xã —"))
        self.changed.emit()

    def current_scheme(self) -> str:
        return self.scheme.currentData() or areas.POST2025

    def current_code(self) -> str | None:
        """The most specific unit chosen (commune, else district, else province)."""
        combos = [self.commune, self.province]
        if self.current_scheme() == areas.PRE2025:
            combos.insert(1, self.district)
        for combo in combos:
            if combo.currentData():
                return combo.currentData()
        return None

    def set_area(self, scheme: str, code: str | None) -> None:
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(scheme)))
        for unit in areas.lineage(scheme, code):
            combo = {"province": self.province, "district": self.district, "commune": self.commune}[
                unit.level
            ]
            index = combo.findData(unit.code)
            if index >= 0:
                combo.setCurrentIndex(index)
