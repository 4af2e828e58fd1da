"""The cooperative list: search as you type, filters, sort, add / edit / delete / undo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import vocab
from desktop.core.column_rows import column_of
from desktop.core.text import format_int
from desktop.ui.area_filter import SearchableCombo, place_key, province_items, unit_items
from desktop.ui.bus import DataBus
from desktop.ui.coop_model import COLUMNS, CoopTableModel, Filters, TableRows
from desktop.ui.coop_table import CoopTable
from desktop.ui.shortcuts import with_shortcut

if TYPE_CHECKING:  # loaded after the first screen (see desktop.core.first_look)
    from desktop.core.workspace import Workspace


# The place filters' items: the provinces, and the units grouped by province (area_filter).
Places = tuple[list[tuple[str, str, str, bool]], list[tuple[str, str, str, bool]]]


def place_items(rows: TableRows) -> Places:
    """The province and area filters' items for `rows`, no province chosen (no widget is
    touched: the program's start makes them on its loading thread)."""
    return province_items(rows), unit_items(rows)


class CoopPage(QWidget):
    """Lists live cooperatives. `status_message` reports what is shown for the status bar."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self._deleted: list[str] = []  # ids deleted in this session, newest last (for undo)
        self._loading = False  # only the first screen's rows are in (see show_first_rows)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, mã số, địa chỉ, người đại diện (gõ không dấu cũng được)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Tìm hợp tác xã"))
        self.province = SearchableCombo(self.tr("Tất cả"))
        self.province.setAccessibleName(self.tr("Tỉnh"))
        self.district = SearchableCombo(self.tr("Tất cả"))
        self.district.setAccessibleName(self.tr("Địa bàn"))
        self.district.setToolTip(
            self.tr("Gõ tên huyện, xã hoặc tỉnh để tìm (gõ không dấu cũng được)")
        )
        self.sector = QComboBox()
        self.status = QComboBox()
        self.entity_type = QComboBox()
        self.search.setMinimumWidth(120)  # fits a 1366×768 screen at 125 %
        filters = QHBoxLayout()
        filters.addWidget(self.search, 4)
        for label, combo in ((self.tr("Tỉnh"), self.province), (self.tr("Địa bàn"), self.district),
                             (self.tr("Lĩnh vực"), self.sector), (self.tr("Tình trạng"), self.status),
                             (self.tr("Loại hình"), self.entity_type)):  # fmt: skip
            caption = QLabel(label)
            caption.setBuddy(combo)
            filters.addWidget(caption)
            combo.setMinimumContentsLength(4)  # fits a 1366×768 screen at 125 %
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            filters.addWidget(combo, 1)

        self.model = CoopTableModel(self)
        self.table = CoopTable(self.model)
        self.table.setAccessibleName(self.tr("Danh sách hợp tác xã"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((95, 320, 90, 140, 120, 120, 130, 140, 90, 80, 120)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        self.empty = self._empty_state()
        self.body = QStackedWidget()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.body)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.province.currentIndexChanged.connect(lambda _i: self._province_changed())
        for combo in (self.district, self.sector, self.status, self.entity_type):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.model.modelReset.connect(self._report)
        self.model.layoutChanged.connect(self._report)

        self.new_action = QAction(self.tr("&Thêm hợp tác xã…"), self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.edit_action = QAction(self.tr("&Mở / sửa"), self)
        self.edit_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)]
        )
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action = QAction(self.tr("&Xóa…"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_action = QAction(self.tr("&Hoàn tác xóa"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setEnabled(False)
        self.undo_action.triggered.connect(self.undo_delete)
        self.find_action = QAction(self.tr("&Tìm kiếm"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.table.addActions([self.edit_action, self.delete_action])
        for action in (self.new_action, self.edit_action, self.delete_action, self.undo_action,
                       self.find_action):  # fmt: skip
            action.setToolTip(with_shortcut(action))
        self.import_action: QAction | None = None
        self._rows: TableRows = []

        bus.changed.connect(self._on_changed)

    def _empty_state(self) -> QWidget:
        """What an empty registry shows: how to start."""
        box = QWidget()
        box.setAccessibleName(self.tr("Danh sách trống"))
        text = QLabel(
            self.tr(
                "Chưa có hợp tác xã nào trong danh sách.\n"
                "Hãy thêm từng hợp tác xã, hoặc nhập danh sách có sẵn từ tệp Excel."
            )
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        add = QPushButton(self.tr("Thêm hợp tác xã"))
        add.setToolTip(self.tr("Thêm hợp tác xã (Ctrl+N)"))
        add.clicked.connect(self.new_record)
        self.import_button = QPushButton(self.tr("Nhập từ Excel"))
        self.import_button.setToolTip(self.tr("Nhập danh sách hợp tác xã từ tệp Excel"))
        self.import_button.clicked.connect(self._import)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(text)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return box

    def set_import_action(self, action: QAction) -> None:
        """The window's "import from Excel" action, offered when the list is empty."""
        self.import_action = action

    def _import(self) -> None:
        if self.import_action is not None:
            self.import_action.trigger()

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.undo_action,
            self.find_action,
        ]

    # --- data -----------------------------------------------------------------------------

    def show_first_rows(
        self, count: int = 100, read: tuple[TableRows, dict[str, str]] | None = None
    ) -> None:
        """The first screen at start-up: the first rows in name order, read without the
        rest (or as `read` gives them: rows and sectors); `reload` brings the whole list (the
        window calls it once it is shown)."""
        if read is None:
            from desktop.core import registry

            with self.workspace.reading() as conn:
                read = registry.first_table_rows(conn, count), registry.sectors(conn)
        rows, sectors = read
        self._loading = True
        self._fill_filters([], sectors)  # "Tất cả" for now; the places come with the list
        self.model.set_rows(rows, sectors)
        self._show_district_column(rows)
        self.body.setCurrentWidget(self.empty if not rows else self.table)

    def reload(self) -> None:
        from desktop.core import registry

        with self.workspace.reading() as conn:
            rows = registry.table_rows(conn)
            sectors = registry.sectors(conn)
        self.show_rows(rows, sectors)

    def show_rows(
        self, rows: TableRows, sectors: dict[str, str], places: Places | None = None
    ) -> None:
        """The whole list as `registry.table_rows` and `registry.sectors` give it (`reload`
        reads them; the program's start reads them on its loading thread, with `places`:
        `place_items(rows)`, the place filters' items, made there too; the filters are then
        filled a millisecond later, on a timer: the window answers in between, which a call
        queued for the next turn would not let it)."""
        self._loading = False
        selected = self.selected_id()
        self._rows = rows
        if places is None:
            self._fill_filters(rows, sectors)
        else:
            QTimer.singleShot(1, self, lambda: self._fill_later(rows, sectors, places))
        self.model.set_rows(rows, sectors)
        self._show_district_column(rows)
        self.body.setCurrentWidget(self.empty if not rows else self.table)
        if selected:
            self.select(selected)

    def _show_district_column(self, rows: TableRows) -> None:
        """Since 01/07/2025 there are no districts (province – commune): the "Huyện" column is
        shown only while some record still has one (the old scheme)."""
        has_district = any(column_of(rows, "district_code"))
        self.table.setColumnHidden(COLUMNS.index("district"), not has_district)

    def _province_changed(self) -> None:
        """The area list keeps to the chosen province."""
        self.district.set_items(unit_items(self._rows, self.province.currentData()))
        self.apply_filters()

    def _fill_later(self, rows: TableRows, sectors: dict[str, str], places: Places) -> None:
        if self._rows is rows:  # not read again meanwhile
            self._fill_filters(rows, sectors, places)

    def _fill_filters(
        self, rows: TableRows, sectors: dict[str, str], places: Places | None = None
    ) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]], everything: str) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        if places is None:
            places = place_items(rows)
        self.province.set_items(places[0])
        province = self.province.currentData()  # kept if the new rows still have it
        self.district.set_items(places[1] if province is None else unit_items(rows, province))
        fill(self.sector, list(sectors.items()), self.tr("Tất cả"))
        fill(self.status, list(vocab.statuses().items()), self.tr("Tất cả"))
        fill(self.entity_type, list(vocab.entity_types().items()), self.tr("Tất cả"))

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"cooperative", "indicator", "sector", "*"}:
            self.reload()

    def show_filtered(self, wanted: dict[str, str]) -> None:
        """Show the list filtered as asked (the dashboard's bars and rows): `area` (a unit
        code at any level), `sector`, `status`, `entity_type`; the search is cleared."""
        from desktop.core import areas as units

        self.search.clear()
        for name, combo in (("area", self.district), ("sector", self.sector),
                            ("status", self.status), ("entity_type", self.entity_type)):  # fmt: skip
            code = wanted.get(name)
            combo.blockSignals(True)
            if code and name == "area":  # the area filter holds "scheme:code"
                scheme = self.workspace.require_identity().area_scheme
                keys = [place_key(s, code) for s in (scheme, *units.SCHEMES)]
                index = next((i for i in map(combo.findData, keys) if i >= 0), -1)
                if index < 0:  # a unit the list does not offer: add it
                    combo.addItem(units.name(scheme, code), keys[0])
                    index = combo.count() - 1
            else:
                index = combo.findData(code) if code else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_filters(
            Filters(
                text=self.search.text(),
                province=self.province.currentData(),
                district=self.district.currentData(),
                sector=self.sector.currentData(),
                status=self.status.currentData(),
                entity_type=self.entity_type.currentData(),
            )
        )

    def _report(self) -> None:
        if self._loading:
            self.status_message.emit(self.tr("Đang tải danh sách hợp tác xã…"))
            return
        shown, total = self.model.rowCount(), self.model.total()
        strong = self.model.strong_count()
        if shown == total:
            text = self.tr("{n} hợp tác xã").format(n=format_int(total))
        elif self.model.filters().text.strip():
            # Partial matches are listed after the others but not counted as found.
            text = self.tr("Tìm thấy {strong} / {total} hợp tác xã").format(
                strong=format_int(strong), total=format_int(total)
            )
            if shown > strong:
                text += self.tr(
                    "; thêm {weak} kết quả khớp một phần (chữ nghiêng, cuối danh sách)"
                ).format(weak=format_int(shown - strong))
        else:
            text = self.tr("Đang hiện {shown} / {total} hợp tác xã").format(
                shown=format_int(shown), total=format_int(total)
            )
        self.status_message.emit(text)

    def status_text(self) -> str:
        shown, total = self.model.rowCount(), self.model.total()
        return f"{shown}/{total}"

    # --- selection ------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select(self, record_id: str) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions --------------------------------------------------------------------------

    def new_record(self) -> None:
        from desktop.ui.coop_dialog import CoopDialog

        dialog = CoopDialog(self.workspace, self.bus, parent=self)
        dialog.saved.connect(self.select)
        dialog.exec()

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        from desktop.ui.coop_dialog import CoopDialog

        dialog = CoopDialog(self.workspace, self.bus, record_id, parent=self)
        dialog.saved.connect(self.select)
        dialog.exec()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        from desktop.core import registry

        name = self.model.data(self.model.index(self.table.currentIndex().row(), 1))
        with self.workspace.reading() as conn:  # approved figures: refused before asking
            refusal = registry.delete_refusal(conn, record_id)
        if refusal:
            QMessageBox.information(self, self.tr("Xóa hợp tác xã"), refusal)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Xóa hợp tác xã"),
            self.tr("Xóa “{name}” khỏi danh sách?\nCó thể hoàn tác ngay bằng Ctrl+Z.").format(
                name=name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from desktop.core.operations import cooperatives
        from desktop.ui.operations import run_now

        done = run_now(
            self, self.bus, lambda: cooperatives.delete_cooperative(self.workspace, record_id)
        )
        if done is None:
            return
        self._deleted.append(record_id)
        self.undo_action.setEnabled(True)

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        record_id = self._deleted.pop()
        from desktop.core.operations import cooperatives
        from desktop.ui.operations import run_now

        done = run_now(
            self, self.bus, lambda: cooperatives.restore_cooperative(self.workspace, record_id)
        )
        if done is None:
            return
        self.undo_action.setEnabled(bool(self._deleted))
        self.select(record_id)
