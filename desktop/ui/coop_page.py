"""The cooperative list: search as you type, filters, sort, add / edit / delete / undo."""

from __future__ import annotations

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
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import areas, registry, vocab
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.coop_dialog import CoopDialog
from desktop.ui.coop_model import CoopTableModel, Filters
from desktop.ui.errors import show_error


class CoopPage(QWidget):
    """Lists live cooperatives. `status_message` reports what is shown for the status bar."""

    status_message = Signal(str)

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self._deleted: list[str] = []  # ids deleted in this session, newest last (for undo)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Tìm theo tên, mã số, địa chỉ, người đại diện (gõ không dấu cũng được)…")
        )
        self.search.setClearButtonEnabled(True)
        self.district = QComboBox()
        self.sector = QComboBox()
        self.status = QComboBox()
        self.entity_type = QComboBox()
        self.search.setMinimumWidth(180)  # fits a 1366×768 screen at 125 %
        filters = QHBoxLayout()
        filters.addWidget(self.search, 4)
        for label, combo in ((self.tr("Địa bàn"), self.district), (self.tr("Lĩnh vực"), self.sector),
                             (self.tr("Tình trạng"), self.status), (self.tr("Loại hình"), self.entity_type)):  # fmt: skip
            filters.addWidget(QLabel(label))
            combo.setMinimumContentsLength(6)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            filters.addWidget(combo, 1)

        self.model = CoopTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
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
        for column, width in enumerate((105, 330, 90, 150, 140, 150, 150, 95, 85, 140)):
            header.resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(60)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
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

        bus.changed.connect(self._on_changed)

    def actions_for_menu(self) -> list[QAction]:
        return [
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.undo_action,
            self.find_action,
        ]

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_id()
        with self.workspace.reading() as conn:
            rows = registry.table_rows(conn)
            sectors = registry.sectors(conn)
        self._fill_filters(rows, sectors)
        self.model.set_rows(rows, sectors)
        if selected:
            self.select(selected)

    def _fill_filters(self, rows: list[dict], sectors: dict[str, str]) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]], everything: str) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for code, label in items:
                combo.addItem(label, code)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

        places: dict[str, str] = {}
        for row in rows:
            code = row["district_code"] or row["province_code"]
            if code and code not in places:
                places[code] = areas.name(row["area_scheme"], code)
        from desktop.core.text import sort_key

        fill(
            self.district, sorted(places.items(), key=lambda kv: sort_key(kv[1])), self.tr("Tất cả")
        )
        fill(self.sector, list(sectors.items()), self.tr("Tất cả"))
        fill(self.status, list(vocab.statuses().items()), self.tr("Tất cả"))
        fill(self.entity_type, list(vocab.entity_types().items()), self.tr("Tất cả"))

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"cooperative", "indicator", "sector", "*"}:
            self.reload()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_filters(
            Filters(
                text=self.search.text(),
                district=self.district.currentData(),
                sector=self.sector.currentData(),
                status=self.status.currentData(),
                entity_type=self.entity_type.currentData(),
            )
        )

    def _report(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        from desktop.core.text import format_int

        if shown == total:
            text = self.tr("{n} hợp tác xã").format(n=format_int(total))
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
        dialog = CoopDialog(self.workspace, self.bus, parent=self)
        dialog.saved.connect(self.select)
        dialog.exec()

    def edit_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        dialog = CoopDialog(self.workspace, self.bus, record_id, parent=self)
        dialog.saved.connect(self.select)
        dialog.exec()

    def delete_selected(self) -> None:
        record_id = self.selected_id()
        if not record_id:
            return
        name = self.model.data(self.model.index(self.table.currentIndex().row(), 1))
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
        identity = self.workspace.require_identity()
        try:
            with self.workspace.transaction() as conn:
                registry.delete_cooperative(conn, identity, record_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self._deleted.append(record_id)
        self.undo_action.setEnabled(True)
        self.bus.announce("cooperative")

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        record_id = self._deleted.pop()
        identity = self.workspace.require_identity()
        try:
            with self.workspace.transaction() as conn:
                registry.restore_cooperative(conn, identity, record_id)
        except Exception as exc:
            show_error(self, exc)
            return
        self.undo_action.setEnabled(bool(self._deleted))
        self.bus.announce("cooperative")
        self.select(record_id)
