"""Filters by place for the cooperative list: a province list, and the units of the data
grouped under their province, both searchable with or without diacritics.

A filter value is `scheme:code` text: codes mean different places in the two schemes
(province 44 is Quảng Bình before 2025 and Quảng Trị after).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop.core import areas
from desktop.core.column_rows import column_of
from desktop.core.text import fold, fold_each, sort_key

FOLD_ROLE = Qt.ItemDataRole.UserRole + 10
_INDENT = "    "


def place_key(scheme: str, code: str) -> str:
    return f"{scheme}:{code}"


def split_place_key(key: str) -> tuple[str, str]:
    scheme, _, code = key.partition(":")
    return scheme, code


def short_province(name: str) -> str:
    """`Tỉnh Quảng Bình` -> `Quảng Bình`, `Thành phố Hải Phòng` -> `Hải Phòng`."""
    for prefix in ("Thành phố ", "Thành Phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


class _FoldingCompleter(QCompleter):
    """Matches what is typed against the folded text of each item, anywhere in it: `le thuy`,
    `Lệ Thủy` and `thuy quang binh` all find "Huyện Lệ Thủy" of Quảng Bình."""

    def splitPath(self, path: str) -> list[str]:
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class SearchableCombo(QComboBox):
    """An editable combo box whose list is filtered by what is typed, ignoring diacritics.
    Item data is the filter value (None for "all"); header items are bold."""

    def __init__(self, everything: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._everything = everything
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._items = QStandardItemModel(self)
        self.setModel(self._items)
        completer = _FoldingCompleter(self._items, self)
        completer.setCompletionRole(FOLD_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None  # editable
        line.editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._show_start)

    def _show_start(self) -> None:
        """A narrow box shows the beginning of the chosen name, not its end ("à các tỉnh"),
        and the whole name on hover."""
        line = self.lineEdit()
        if line is not None and not line.hasFocus():
            line.setCursorPosition(0)
        self.setToolTip(self.currentText())

    def set_items(self, items: Iterable[tuple[str, str, str, bool]]) -> None:
        """(text shown, extra words found by search, value, is a group header)."""
        current = self.currentData()
        self.blockSignals(True)
        self._items.clear()
        first = QStandardItem(self._everything)
        first.setData(None, Qt.ItemDataRole.UserRole)
        first.setData(fold(self._everything), FOLD_ROLE)
        self._items.appendRow(first)
        bold = QFont()
        bold.setBold(True)
        # Folded a column at a time and added in one insertion: item by item, the 3,000
        # units of the national list took 65 ms of the window's thread at the start.
        given = list(items)
        keys = fold_each([f"{text} {extra}" for text, extra, _value, _header in given])
        made = []
        for (text, _extra, value, header), key in zip(given, keys, strict=True):
            item = QStandardItem(text)
            item.setData(value, Qt.ItemDataRole.UserRole)
            item.setData(key, FOLD_ROLE)
            if header:
                item.setFont(bold)
            made.append(item)
        self._items.invisibleRootItem().appendRows(made)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)
        self._show_start()
        if current is not None and index < 0:
            self.currentIndexChanged.emit(0)

    def _settle(self) -> None:
        """Text left half-typed goes back to the chosen item's text."""
        line = self.lineEdit()
        if (line is not None and line.text() != self.currentText()) or self.currentIndex() < 0:
            self.setEditText(self.itemText(max(0, self.currentIndex())))
        self._show_start()


def _places(rows: Sequence[Mapping[str, Any]]) -> dict[tuple[Any, Any, Any, Any], None]:
    """The (scheme, province, district, area) the rows lie in, each once (a few thousand
    for 30,000 rows), in the order they first occur; read field by field (column_rows)."""
    return dict.fromkeys(
        zip(
            column_of(rows, "area_scheme"),
            column_of(rows, "province_code"),
            column_of(rows, "district_code"),
            column_of(rows, "area_code"),
            strict=True,
        )
    )


def province_items(rows: Sequence[Mapping[str, Any]]) -> list[tuple[str, str, str, bool]]:
    """The provinces the rows lie in, in Vietnamese order; the scheme is named where both
    occur."""
    found: dict[tuple[str, str], str] = {}
    for scheme, code in dict.fromkeys((scheme, code) for scheme, code, _, _ in _places(rows)):
        if code:
            found[(scheme, code)] = areas.name(scheme, code)
    schemes = {scheme for scheme, _ in found}
    items = []
    for (scheme, code), name in sorted(found.items(), key=lambda kv: sort_key(kv[1])):
        text = name
        if len(schemes) > 1:
            when = "trước 2025" if scheme == areas.PRE2025 else "từ 2025"
            text = f"{name} ({QCoreApplication.translate('AreaFilter', when)})"
        items.append((text, "", place_key(scheme, code), False))
    return items


def unit_items(
    rows: Sequence[Mapping[str, Any]], province: str | None = None
) -> list[tuple[str, str, str, bool]]:
    """The units of the rows grouped by province: a header per province (choosing it keeps
    the whole province), then its districts (before 2025) or communes (from 2025). A unit
    whose name occurs in another province is shown with its province."""
    units: dict[tuple[str, str], set[str]] = {}
    for scheme, prov, district, area in _places(rows):
        if not prov or (province and place_key(scheme, prov) != province):
            continue
        code = district if scheme == areas.PRE2025 else area
        units.setdefault((scheme, prov), set())
        if code and code != prov:
            units[(scheme, prov)].add(code)
    names = {key: areas.name(key[0], key[1]) for key in units}
    counts: dict[str, int] = {}
    for (scheme, _prov), codes in units.items():
        for code in codes:
            name = areas.name(scheme, code)
            counts[name] = counts.get(name, 0) + 1
    items = []
    for (scheme, prov), name in sorted(names.items(), key=lambda kv: sort_key(kv[1])):
        items.append((name, "", place_key(scheme, prov), True))
        short = short_province(name)
        children = sorted(
            ((areas.name(scheme, c), c) for c in units[(scheme, prov)]),
            key=lambda nc: sort_key(nc[0]),
        )
        for unit_name, code in children:
            text = f"{unit_name} ({short})" if counts[unit_name] > 1 else unit_name
            items.append((_INDENT + text, short, place_key(scheme, code), False))
    return items
