"""The cooperative form: general information, yearly figures and the record's history."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import access, fields, registry, settings, vocab
from desktop.core.operations import cooperatives
from desktop.core.sync import journal
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.area_picker import AreaPicker
from desktop.ui.bus import DataBus
from desktop.ui.date_edit import DateEdit
from desktop.ui.form_errors import ERROR_STYLE, FieldErrors
from desktop.ui.form_frame import FormDialog
from desktop.ui.operations import run_now
from desktop.ui.screen_fit import fit_to_screen, scrolling

# Yearly figures picked from a list (fields.py declares their values).
CHOICE_FIELDS = {f.name: f.choices for f in fields.INDICATOR if f.choices is not None}


def _item(item: QTableWidgetItem | None) -> QTableWidgetItem:
    """A cell the table was filled with (Qt types every cell as possibly missing)."""
    assert item is not None
    return item


class CoopDialog(FormDialog):
    saved = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        coop_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.save_button.setToolTip(self.tr("Lưu (Enter, Ctrl+S)"))
        self.workspace = workspace
        self.bus = bus
        self.coop_id = coop_id
        self.identity = workspace.require_identity()
        self.setWindowTitle(
            self.tr("Thêm hợp tác xã") if coop_id is None else self.tr("Sửa hợp tác xã")
        )
        self.resize(820, 680)
        self._field_errors = FieldErrors()
        self._errors: dict[str, QLabel] = self._field_errors.labels
        self._removed_years: set[int] = set()

        with workspace.reading() as conn:
            self._sectors = registry.sectors(conn)
            self._record = registry.get_cooperative(conn, coop_id) if coop_id else None
            self._history = registry.cooperative_history(conn, coop_id) if coop_id else []
            self._office_names = journal.office_names(conn)

        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self._general_tab()), self.tr("Thông tin chung"))
        self.tabs.addTab(self._indicator_tab(), self.tr("Chỉ tiêu hằng năm"))
        if coop_id:
            self.tabs.addTab(self._history_tab(), self.tr("Lịch sử thay đổi"))

        self.summary = QLabel()
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.keys_hint = QLabel(self.tr("Enter hoặc Ctrl+S: lưu · Esc: đóng"))
        self.keys_hint.setStyleSheet("color: #666666")

        # A department given some sectors only: what it may not change is shown read-only,
        # with the reason, rather than refused when saved.
        self.rights_hint = QLabel()
        self.rights_hint.setWordWrap(True)
        self.rights_hint.setStyleSheet("color: #8a5a00")
        self.rights_hint.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.rights_hint)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(self.keys_hint)
        bottom.addWidget(self.button_box, 1)
        layout.addLayout(bottom)
        if self._record:
            self._load(self._record)
        self._limit_to_sector_rights()
        self.mark_saved()
        fit_to_screen(self)
        self.name.setFocus()

    # --- building -------------------------------------------------------------------------

    def _limit_to_sector_rights(self) -> None:
        identity = self.identity
        allowed = access.sectors_of(identity.registry_access)
        if identity.role != settings.DEPARTMENT or allowed is None:
            return
        names = ", ".join(self._sectors.get(code, code) for code in sorted(allowed))
        current = self._record["sector"] if self._record else None
        if not allowed or (
            self._record is not None
            and not access.may_change(identity.role, identity.registry_access, current)
        ):
            self._read_only()
            self.rights_hint.setText(
                self.tr(
                    "Chỉ xem: {office} không được giao sửa hồ sơ này (lĩnh vực “{sector}”). "
                    "Lĩnh vực được sửa: {names}."
                ).format(
                    office=identity.office_name,
                    sector=self._sectors.get(current or "", self.tr("chưa ghi")),
                    names=names or self.tr("không có"),
                )
            )
        else:
            for index in reversed(range(self.sector.count())):
                if self.sector.itemData(index) not in allowed:
                    self.sector.removeItem(index)
            self.sector.setEnabled(self.sector.count() > 1)
            self.rights_hint.setText(
                self.tr("{office} được giao sửa hợp tác xã các lĩnh vực: {names}.").format(
                    office=identity.office_name, names=names
                )
            )
        self.rights_hint.show()

    def _read_only(self) -> None:
        for widget in self.tabs.findChildren(QWidget):
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(True)
            elif isinstance(widget, QComboBox | QPushButton):
                widget.setEnabled(False)
        self.indicators.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_button.setEnabled(False)
        for other in self.button_box.buttons():
            if self.button_box.buttonRole(other) == QDialogButtonBox.ButtonRole.RejectRole:
                other.setText(self.tr("Đóng"))
        self.keys_hint.setText(self.tr("Esc: đóng"))

    def _combo(self, table: dict[str, str], *, blank: bool = False) -> QComboBox:
        combo = QComboBox()
        if blank:
            combo.addItem(self.tr("— không chọn —"), None)
        for code, label in table.items():
            combo.addItem(label, code)
        return combo

    def _widget_for(self, spec: fields.Field) -> QWidget:
        if spec.kind == "date":
            return DateEdit()
        if spec.kind == "notes":
            return QPlainTextEdit()
        if spec.choices is not None:
            return self._combo(spec.choices(), blank=True)
        return QLineEdit()

    def _general_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        choices = fields.choice_tables()
        self.entity_type = self._combo(choices["entity_type"])
        self.registration_code = QLineEdit()
        self.registration_code.setPlaceholderText(self.tr("10 chữ số, ví dụ 3100123459"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Hợp tác xã Nông nghiệp Kiến Giang"))
        self.sector = self._combo(self._sectors, blank=True)
        self.status = self._combo(choices["status"])
        self.governance = self._combo(choices["governance"], blank=True)
        limit = (
            None if self.identity.is_hub else (self.identity.area_scheme, self.identity.area_code)
        )
        self.area_code = self.area = AreaPicker(limit_to=limit)
        if not self._record:
            self.area.set_area(self.identity.area_scheme, self.identity.area_code)
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Số nhà, thôn/xóm"))
        self.representative = QLineEdit()
        self.representative_title = QComboBox()
        self.representative_title.setEditable(True)
        self.representative_title.addItems(["", *vocab.representative_titles()])
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.founded_on = DateEdit()
        self.registered_on = DateEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.area_scheme = self.area
        for spec in fields.COOPERATIVE:  # a field declared without a widget of its own
            if not hasattr(self, spec.name):
                setattr(self, spec.name, self._widget_for(spec))
        required = {"registration_code", "name", "area_code"}
        labels = fields.labels()
        labels["registration_code"] = self.tr("Mã số HTX / mã số thuế")
        rows = [
            (name, labels[name] + (" *" if name in required else ""), getattr(self, name))
            for name in registry.COOP_FIELDS
            if name != "area_scheme"  # chosen with the area
        ]
        rows.insert(0, rows.pop(rows.index(next(r for r in rows if r[0] == "entity_type"))))
        for field, label, widget in rows:
            form.addRow(label, self._field_errors.wrap(field, widget))
        return page

    def _indicator_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Mỗi cột là một năm. Tiền tính bằng đồng; có thể gõ 1.250.000.000."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        labels = registry.field_labels()
        self.indicators = QTableWidget(len(registry.INDICATOR_FIELDS), 0)
        self.indicators.setVerticalHeaderLabels([labels[f] for f in registry.INDICATOR_FIELDS])
        self.indicators.setAccessibleName(self.tr("Chỉ tiêu hằng năm"))
        self.indicators.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.indicators.horizontalHeader().setDefaultSectionSize(130)
        layout.addWidget(self.indicators)
        self.indicator_errors = QLabel()
        self.indicator_errors.setStyleSheet(ERROR_STYLE)
        self.indicator_errors.setWordWrap(True)
        self.indicator_errors.hide()
        layout.addWidget(self.indicator_errors)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Thêm năm…"))
        add.clicked.connect(self._ask_year)
        remove = QPushButton(self.tr("Xóa năm đang chọn"))
        remove.clicked.connect(self._remove_year)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout.addLayout(row)
        return page

    def _history_tab(self) -> QWidget:
        table = QTableWidget(len(self._history), 6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Đơn vị"),
                self.tr("Người sửa"),
                self.tr("Nội dung"),
                self.tr("Giá trị cũ"),
                self.tr("Giá trị mới"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Lịch sử thay đổi"))
        sources = {"import": self.tr(" (nhận từ gói đồng bộ)"), "excel": self.tr(" (nhập từ Excel)"),
                   "resolve": self.tr(" (xử lý xung đột)")}  # fmt: skip
        for r, entry in enumerate(reversed(self._history)):
            when = entry.at.strftime("%d/%m/%Y %H:%M") if entry.at else ""
            field = registry.describe_field(entry.field)
            if entry.field.endswith("_created"):
                field = (
                    self.tr("Tạo bản ghi")
                    if entry.field == "_created"
                    else self.tr("Thêm số liệu năm {year}").format(year=entry.field.split(".")[0])
                )
            values = (
                when,
                self._office_names.get(entry.office, entry.office),
                entry.staff or "",
                field + sources.get(entry.source, ""),
                registry.describe_value(entry.field, entry.old, self._sectors),
                registry.describe_value(entry.field, entry.new, self._sectors),
            )
            for c, text in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        self.history_table = table
        return table

    # --- indicators -----------------------------------------------------------------------

    def _years(self) -> list[int]:
        return [
            int(_item(self.indicators.horizontalHeaderItem(c)).text())
            for c in range(self.indicators.columnCount())
        ]

    def add_year(self, year: int, values: dict[str, Any] | None = None) -> None:
        if year in self._years():
            return
        years = sorted([*self._years(), year])
        column = years.index(year)
        self.indicators.insertColumn(column)
        self.indicators.setHorizontalHeaderItem(column, QTableWidgetItem(str(year)))
        values = values or {}
        for row, field in enumerate(registry.INDICATOR_FIELDS):
            if field in CHOICE_FIELDS:
                combo = self._combo(CHOICE_FIELDS[field](), blank=True)
                combo.setCurrentIndex(max(0, combo.findData(values.get(field))))
                self.indicators.setCellWidget(row, column, combo)
            else:
                value = values.get(field)
                item = QTableWidgetItem(format_int(value) if value is not None else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.indicators.setItem(row, column, item)
        self._removed_years.discard(year)

    def _ask_year(self) -> None:
        suggestion = max(self._years(), default=date.today().year - 1) + (1 if self._years() else 0)
        year, ok = QInputDialog.getInt(
            self,
            self.tr("Thêm năm"),
            self.tr("Năm của số liệu:"),
            suggestion,
            *fields.year_bounds(),
        )
        if ok:
            self.add_year(year)

    def _remove_year(self) -> None:
        column = self.indicators.currentColumn()
        if column < 0:
            return
        year = self._years()[column]
        answer = QMessageBox.question(
            self, self.tr("Xóa năm"), self.tr("Xóa toàn bộ số liệu năm {year}?").format(year=year)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.indicators.removeColumn(column)
            self._removed_years.add(year)

    def _indicator_values(self) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for column, year in enumerate(self._years()):
            figures: dict[str, Any] = {}
            for row, field in enumerate(registry.INDICATOR_FIELDS):
                widget = self.indicators.cellWidget(row, column)
                if isinstance(widget, QComboBox):
                    figures[field] = widget.currentData()
                else:
                    item = self.indicators.item(row, column)
                    text = item.text().strip() if item else ""
                    figures[field] = text or None
            out[year] = figures
        return out

    # --- values ---------------------------------------------------------------------------

    def _load(self, record: dict[str, Any]) -> None:
        self.area.set_area(record["area_scheme"], record["area_code"])
        for name in registry.COOP_FIELDS:
            widget = getattr(self, name)
            value = record.get(name)
            if isinstance(widget, QComboBox) and widget.isEditable():
                widget.setCurrentText(value or "")
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
            elif isinstance(widget, DateEdit):
                widget.set_date(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText(value or "")
        for indicator in record["indicators"]:
            self.add_year(indicator["year"], indicator)

    def values(self) -> dict[str, Any]:
        """The form's value of every field (fields.py), as the registry takes them."""
        out: dict[str, Any] = {}
        for name in registry.COOP_FIELDS:
            widget = getattr(self, name)
            if name == "area_scheme":
                out[name] = self.area.current_scheme()
            elif name == "area_code":
                out[name] = self.area.current_code()
            elif isinstance(widget, QComboBox):
                out[name] = widget.currentText() if widget.isEditable() else widget.currentData()
            elif isinstance(widget, DateEdit):
                out[name] = widget.raw()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def snapshot(self) -> tuple:
        return (self.values(), self._indicator_values(), set(self._removed_years))

    # --- saving ---------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
        self.summary.hide()
        self.indicator_errors.hide()
        for column in range(self.indicators.columnCount()):
            for row in range(self.indicators.rowCount()):
                item = self.indicators.item(row, column)
                if item:
                    item.setBackground(QBrush())
                    item.setToolTip("")

    def show_errors(self, errors: dict[str, str]) -> None:
        self._clear_errors()
        general, figures = [], []
        years = self._years()
        for key, message in errors.items():
            if key in self._errors:
                self._errors[key].setText(message)
                self._errors[key].show()
                general.append(message)
            elif "." in key:
                year, _, field = key.partition(".")
                figures.append(self.tr("Năm {year}: {message}").format(year=year, message=message))
                if field in registry.INDICATOR_FIELDS and int(year) in years:
                    item = self.indicators.item(
                        registry.INDICATOR_FIELDS.index(field), years.index(int(year))
                    )
                    if item:
                        item.setBackground(QBrush(QColor("#f8d7da")))
                        item.setToolTip(message)
            else:
                general.append(message)
        if figures:
            self.indicator_errors.setText("\n".join(figures))
            self.indicator_errors.show()
        where = []
        if general:
            where.append(self.tabs.tabText(0))
        if figures:
            where.append(self.tabs.tabText(1))
        self.summary.setText(
            self.tr("Chưa lưu: có {n} chỗ cần sửa (xem dòng chữ đỏ ở: {where}).").format(
                n=len(errors), where=", ".join(where)
            )
        )
        self.summary.show()
        # A tab holding errors is marked, so that those on the tab not shown are not missed.
        red = QColor("#b00020")
        self.tabs.tabBar().setTabTextColor(0, red if general else self.palette().text().color())
        self.tabs.tabBar().setTabTextColor(1, red if figures else self.palette().text().color())
        self.tabs.setCurrentIndex(0 if general else 1)

    def save(self) -> None:
        if not self.save_button.isEnabled():  # shown read-only: nothing this office may change
            return
        done = run_now(
            self,
            self.bus,
            lambda: cooperatives.save_cooperative(
                self.workspace,
                self.coop_id,
                self.values(),
                self._indicator_values(),
                self._removed_years,
                seen=self._record,
            ),
            on_invalid=lambda exc: self.show_errors(exc.errors),
        )
        if done is None:
            return
        self.coop_id = done.value
        self.saved.emit(self.coop_id)
        self.mark_saved()
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves from any field, as the hint says; in the notes it starts a new line
        and in the figures table it moves on (those widgets take it before it comes here)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            focus = self.focusWidget()
            if not isinstance(focus, QAbstractItemView | QPlainTextEdit):
                event.accept()
                self.save()
                return
        super().keyPressEvent(event)
