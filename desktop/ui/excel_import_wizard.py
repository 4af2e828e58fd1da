"""The Excel import wizard: file and sheet -> header and columns -> preview -> import.

The preview and the import run in the background (progress, cancel). Nothing is written
before the last step, and then in one transaction: the plan is worked out again inside it, so
what is written matches the database as it is at that moment.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.core import fields
from desktop.core.errors import KnownError
from desktop.core.excel import mapping
from desktop.core.excel.importer import (
    AREA,
    ImportPlan,
    Unmatched,
    ValueMap,
    plan_import,
    skip_reason_text,
)
from desktop.core.excel.reader import Sheet, read_sheet, sheet_names
from desktop.core.excel.values import cell_text, unit_label
from desktop.core.operations import Done, IsCancelled, Progress
from desktop.core.operations import excel as excel_operations
from desktop.core.registry import INDICATOR_FIELDS, MONEY_FIELDS
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.errors import show_error
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.operations import run_long, run_now
from desktop.ui.screen_fit import fit_to_screen

UNITS = (1, 1_000, 1_000_000, 1_000_000_000)
NO_YEAR = 0


class FilePage(QWizardPage):
    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Chọn tệp Excel"))
        self.setSubTitle(
            self.tr(
                "Danh sách hợp tác xã dạng .xlsx, .xls hoặc .ods. Có thể có dòng tiêu đề phía "
                "trên, cột STT, dòng tổng cộng; chữ TCVN3 (.VnTime) và VNI được chuyển sang "
                "Unicode."
            )
        )
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Đường dẫn tệp…"))
        self.path.setAccessibleName(self.tr("Tệp Excel"))
        browse = QPushButton(self.tr("Chọn tệp…"))
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        # Text that reads like TCVN3/VNI in cells whose font says nothing: shown, then offered.
        self.legacy_info = QLabel()
        self.legacy_info.setWordWrap(True)
        self.legacy_cells = QTableWidget(0, 3)
        self.legacy_cells.setAccessibleName(self.tr("Chữ có thể là TCVN3/VNI"))
        self.legacy_cells.setHorizontalHeaderLabels(
            [self.tr("Ô"), self.tr("Trong tệp"), self.tr("Sau khi chuyển")]
        )
        self.legacy_cells.verticalHeader().setVisible(False)
        self.legacy_cells.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.legacy_cells.horizontalHeader().resizeSection(0, 60)
        self.legacy_cells.horizontalHeader().resizeSection(1, 300)
        self.legacy_cells.horizontalHeader().setStretchLastSection(True)
        self.convert_legacy = QCheckBox(self.tr("Chuyển các ô này sang Unicode"))
        self._offered: tuple[str, str] | None = None  # (path, sheet) whose offer was shown
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Tệp:"), row)
        form.addRow(self.tr("Trang tính:"), self.sheet)
        form.addRow(self.message)
        form.addRow(self.legacy_info)
        form.addRow(self.legacy_cells)
        form.addRow(self.convert_legacy)
        self._show_legacy({})
        self.path.textChanged.connect(self._path_changed)
        self.sheet.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn danh sách hợp tác xã"), start_folder("excel"),
            self.tr("Bảng tính (*.xlsx *.xlsm *.xls *.ods)"),
        )  # fmt: skip
        if path:
            remember_folder("excel", path)
            self.path.setText(path)

    def _path_changed(self, text: str) -> None:
        self.sheet.clear()
        self.message.clear()
        self._offered = None
        self._show_legacy({})
        path = Path(text.strip())
        if text.strip() and path.is_file():
            try:
                self.sheet.addItems(sheet_names(path))
            except KnownError as exc:
                self.message.setText(exc.message)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheet.count() > 0

    def _show_legacy(self, suspected: dict[tuple[int, int], tuple[str, str]]) -> None:
        for widget in (self.legacy_info, self.legacy_cells, self.convert_legacy):
            widget.setVisible(bool(suspected))
        if not suspected:
            return
        self.legacy_info.setText(
            self.tr(
                "{n} ô có chữ trông như chữ TCVN3 hoặc VNI nhưng phông chữ của ô không cho "
                "biết. Xem kết quả chuyển dưới đây; đánh dấu ô chọn để chuyển sang Unicode, "
                "rồi bấm “Tiếp”."
            ).format(n=format_int(len(suspected)))
        )
        assert self.wiz.sheet is not None
        shown = sorted(suspected.items())[:200]
        self.legacy_cells.setRowCount(len(shown))
        for row, ((r, c), (_encoding, text)) in enumerate(shown):
            before = cell_text(self.wiz.sheet.rows[r][c])
            for column, value in enumerate((f"{mapping.column_letter(c)}{r + 1}", before, text)):
                self.legacy_cells.setItem(row, column, QTableWidgetItem(value))

    def validatePage(self) -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        chosen = (self.path.text().strip(), self.sheet.currentText())
        try:
            if self._offered != chosen:
                self.wiz.read(Path(chosen[0]), chosen[1])
                assert self.wiz.sheet is not None
                if self.wiz.sheet.suspected:
                    self._offered = chosen
                    self.convert_legacy.setChecked(False)
                    self._show_legacy(self.wiz.sheet.suspected)
                    return False  # the person sees the offer first
            elif self.convert_legacy.isChecked() and self.wiz.sheet is not None:
                self.wiz.sheet.convert_suspected()
            self.wiz.detect()
        except KnownError as exc:
            self.message.setText(exc.message)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True


class MappingPage(QWizardPage):
    """Header row, one combo per column, the figures' year, and saving the choices."""

    COLUMNS = 5

    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Ghép cột"))
        self.setSubTitle(
            self.tr(
                "Chương trình đã tự tìm dòng tiêu đề và đề xuất trường cho từng cột. Hãy kiểm tra, "
                "sửa nếu cần; cột “bỏ qua” không được nhập."
            )
        )
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 10_000)
        self.header_row.setAccessibleName(self.tr("Dòng tiêu đề"))
        self.header_row.setToolTip(self.tr("Số thứ tự dòng chứa tiêu đề cột, như Excel hiển thị"))
        self.year = QSpinBox()
        self.year.setRange(*fields.year_bounds())
        self.year.setAccessibleName(self.tr("Năm số liệu"))
        self.year.setToolTip(
            self.tr("Năm của các cột số liệu (thành viên, doanh thu…) không ghi năm trong tiêu đề")
        )
        self.save_choices = QCheckBox(self.tr("Lưu cách ghép cột này cho các lần nhập sau"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cột"), self.tr("Tiêu đề trong tệp"), self.tr("Ví dụ"),
             self.tr("Nhập vào trường"), self.tr("Năm / đơn vị")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((46, 230, 170, 230, 190)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Dòng tiêu đề:")))
        top.addWidget(self.header_row)
        top.addSpacing(24)
        top.addWidget(QLabel(self.tr("Năm số liệu:")))
        top.addWidget(self.year)
        top.addStretch(1)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save_choices)
        self.header_row.valueChanged.connect(self._header_changed)
        self._labels = mapping.target_labels()
        self.field_combos: list[QComboBox] = []

    def initializePage(self) -> None:
        layout = self.wiz.layout_
        assert layout is not None
        self.header_row.blockSignals(True)
        self.header_row.setValue(layout.header_row + 1)
        self.header_row.blockSignals(False)
        from datetime import date

        self.year.setValue(layout.title_year or date.today().year - 1)
        self._fill()

    def _header_changed(self, value: int) -> None:
        self.wiz.set_header_row(value - 1)
        self._fill()

    def _fill(self) -> None:
        layout, sheet = self.wiz.layout_, self.wiz.sheet
        assert layout is not None and sheet is not None
        converted = sum(sheet.converted.values())
        text = self.tr("Dữ liệu bắt đầu từ dòng {row}.").format(row=layout.first_data_row + 1)
        if converted:
            text += " " + self.tr("Đã chuyển {n} ô chữ TCVN3/VNI sang Unicode.").format(n=converted)
        self.info.setText(text)
        self.table.setRowCount(0)
        self.field_combos = []
        columns = [c for c in layout.columns if c.header or c.field]
        self.table.setRowCount(len(columns))
        for row, col in enumerate(columns):
            sample = next(
                (cell_text(sheet.value(r, col.column))
                 for r in range(layout.first_data_row, min(len(sheet.rows),
                                                            layout.first_data_row + 20))
                 if sheet.value(r, col.column) not in (None, "")),
                "",
            )  # fmt: skip
            for index, text in enumerate((col.letter, col.header, sample)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, index, item)
            combo = QComboBox()
            combo.addItem(self.tr("(bỏ qua)"), None)
            for target in mapping.TARGETS:
                combo.addItem(self._labels[target], target)
            combo.setCurrentIndex(max(0, combo.findData(col.field)))
            combo.setProperty("column", col.column)
            combo.setAccessibleName(
                self.tr("Trường của cột {letter}").format(letter=mapping.column_letter(col.column))
            )
            combo.currentIndexChanged.connect(lambda _i, c=col, w=combo: self._field_changed(c, w))
            self.table.setCellWidget(row, 3, combo)
            self.field_combos.append(combo)
            self.table.setCellWidget(row, 4, self._extra(col))

    def _extra(self, col: mapping.ColumnMap) -> QWidget:
        """The year spin box of a figure column and the unit combo of a money column."""
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(2, 0, 2, 0)
        if col.field in INDICATOR_FIELDS:
            year = QSpinBox()
            year.setRange(NO_YEAR, fields.year_bounds()[1])
            year.setSpecialValueText(self.tr("năm chung"))
            year.setValue(col.year or NO_YEAR)
            year.valueChanged.connect(lambda v, c=col: setattr(c, "year", v or None))
            row.addWidget(year)
        if col.field in MONEY_FIELDS:
            unit = QComboBox()
            for value in UNITS:
                unit.addItem(unit_label(value), value)
            unit.setCurrentIndex(max(0, unit.findData(col.unit)))
            unit.currentIndexChanged.connect(
                lambda _i, c=col, w=unit: setattr(c, "unit", w.currentData())
            )
            row.addWidget(unit)
        row.addStretch(1)
        return box

    def _field_changed(self, col: mapping.ColumnMap, combo: QComboBox) -> None:
        col.field = combo.currentData()
        if col.field not in INDICATOR_FIELDS:
            col.year = None
        rows = [c for c in self.wiz.layout_.columns if c.header or c.field]  # type: ignore[union-attr]
        self.table.setCellWidget(rows.index(col), 4, self._extra(col))

    def combo_for(self, letter: str) -> QComboBox:
        for combo in self.field_combos:
            if mapping.column_letter(combo.property("column")) == letter:
                return combo
        raise KeyError(letter)

    def validatePage(self) -> bool:
        layout = self.wiz.layout_
        assert layout is not None
        if "registration_code" not in layout.by_field():
            self.info.setText(
                self.tr("Hãy chọn cột chứa “Mã số HTX”: cần mã số để nhận ra hợp tác xã đã có.")
            )
            return False
        self.wiz.year = self.year.value()
        if self.save_choices.isChecked():
            saved = run_now(
                self,
                self.wiz.bus,
                lambda: excel_operations.save_column_choices(self.wiz.workspace, layout.columns),
            )
            if saved is None:
                return False
        return True


class PreviewPage(QWizardPage):
    """Counts of what will happen and every problem, before anything is written."""

    def __init__(self, wizard: ExcelImportWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Xem trước"))
        self.setSubTitle(
            self.tr(
                "Chưa có gì được ghi. Các dòng có lỗi sẽ bị bỏ qua; các dòng còn lại được nhập "
                "cùng một lần khi bấm “Nhập”."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.problems = QTableWidget(0, 4)
        self.problems.setAccessibleName(self.tr("Các dòng có lỗi"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Dòng"), self.tr("Cột"), self.tr("Tiêu đề cột"), self.tr("Lỗi")]
        )
        self.problems.verticalHeader().setVisible(False)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.problems.horizontalHeader()
        for column, width in enumerate((56, 44, 200)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.save_problems = QPushButton(self.tr("Lưu danh sách lỗi ra Excel…"))
        self.save_problems.clicked.connect(self.export_problems)
        # Values that matched nothing (or several units): the person says what they mean.
        self.values_hint = QLabel(
            self.tr(
                "Các giá trị dưới đây chưa khớp với danh mục. Hãy chọn nghĩa của từng giá trị "
                "rồi bấm “Dùng các lựa chọn và kiểm tra lại”:"
            )
        )
        self.values_hint.setWordWrap(True)
        self.values = QTableWidget(0, 4)
        self.values.setAccessibleName(self.tr("Giá trị chưa khớp"))
        self.values.setHorizontalHeaderLabels(
            [self.tr("Trường"), self.tr("Giá trị trong tệp"), self.tr("Số dòng"),
             self.tr("Nghĩa là")]
        )  # fmt: skip
        self.values.verticalHeader().setVisible(False)
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((110, 220, 64)):
            self.values.horizontalHeader().resizeSection(column, width)
        self.values.horizontalHeader().setStretchLastSection(True)
        self.apply_values = QPushButton(self.tr("Dùng các lựa chọn và kiểm tra lại"))
        self.apply_values.clicked.connect(self._apply_values)
        self.remember_values = QCheckBox(self.tr("Ghi nhớ các lựa chọn cho những lần nhập sau"))
        self.remember_values.setChecked(True)
        self.value_combos: list[tuple[str, str, QComboBox]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        layout.addWidget(self.values_hint)
        layout.addWidget(self.values, 1)
        value_buttons = QHBoxLayout()
        value_buttons.addWidget(self.remember_values)
        value_buttons.addStretch(1)
        value_buttons.addWidget(self.apply_values)
        layout.addLayout(value_buttons)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_problems)
        layout.addLayout(buttons)
        self.plan: ImportPlan | None = None
        self._show_values([])

    def initializePage(self) -> None:
        self.plan = None
        self.summary.setText(self.tr("Đang kiểm tra…"))
        self.problems.setRowCount(0)
        self.save_problems.setEnabled(False)
        self.completeChanged.emit()
        self.wiz.run_preview(self._show)

    def _show(self, plan: ImportPlan) -> None:
        self.plan = plan
        lines = [
            self.tr("<b>{n}</b> hợp tác xã sẽ được thêm mới").format(n=format_int(len(plan.creates))),
            self.tr("<b>{n}</b> hợp tác xã đã có sẽ được cập nhật").format(
                n=format_int(len(plan.updates))),
            self.tr("{n} hợp tác xã đã có, không thay đổi").format(n=format_int(len(plan.unchanged))),
            self.tr("{n} dòng bỏ qua (trống, tổng cộng, tiêu đề nhóm)").format(
                n=format_int(len(plan.skipped))),
        ]  # fmt: skip
        if plan.problems:
            lines.append(
                self.tr(
                    "<span style='color:#b00020'><b>{n}</b> dòng có lỗi, sẽ không được nhập:</span>"
                ).format(n=format_int(plan.error_rows))
            )
        else:
            lines.append(self.tr("Không có lỗi."))
        notable = [(r, reason) for r, reason in plan.skipped if reason != "blank"]
        if notable:
            rows = ", ".join(f"{r} ({skip_reason_text(x).lower()})" for r, x in notable[:5])
            lines.insert(4, self.tr("Dòng bỏ qua: {rows}").format(rows=rows))
        self.summary.setText("<br>".join(lines))
        self.problems.setRowCount(len(plan.problems))
        for row, problem in enumerate(plan.problems):
            for column, text in enumerate(
                (str(problem.row), problem.column, problem.header, problem.message)
            ):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        self.save_problems.setEnabled(bool(plan.problems))
        self._show_values(plan.unmatched())
        self.completeChanged.emit()

    def _show_values(self, unmatched: list[Unmatched]) -> None:
        for widget in (self.values_hint, self.values, self.apply_values, self.remember_values):
            widget.setVisible(bool(unmatched))
        labels = {**mapping.target_labels(), AREA: self.tr("Địa bàn")}
        self.values.setRowCount(len(unmatched))
        self.value_combos = []
        for row, item in enumerate(unmatched):
            texts = (labels.get(item.field, item.field), item.value, format_int(len(item.rows)))
            for column, text in enumerate(texts):
                self.values.setItem(row, column, QTableWidgetItem(text))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Nghĩa của “{value}”").format(value=item.value))
            combo.addItem(self.tr("— chưa chọn —"), None)
            for code, label in item.candidates:
                combo.addItem(f"{label} ({code})" if item.field == AREA else label, code)
            chosen = self.wiz.values.get(item.field, {}).get(item.value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.values.setCellWidget(row, 3, combo)
            self.value_combos.append((item.field, item.value, combo))

    def _apply_values(self) -> None:
        for name, value, combo in self.value_combos:
            if combo.currentData() is not None:
                self.wiz.values.setdefault(name, {})[value] = combo.currentData()
        self.initializePage()

    def isComplete(self) -> bool:
        return self.plan is not None and bool(self.plan.creates or self.plan.updates)

    def export_problems(self) -> None:
        from desktop.core.excel import export

        assert self.plan is not None
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu danh sách lỗi"),
            str(Path(start_folder("excel")) / export.default_file_name("problems")),
            self.tr("Tệp Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        try:
            saved = export.export_problems(path, self.plan.problems, file=self.plan.file,
                                           office=self.wiz.identity.office_name)  # fmt: skip
        except Exception as exc:
            show_error(self, exc)
            return
        self.wiz.saved_problems = saved


class ExcelImportWizard(QWizard):
    """`imported` carries the import's report (counts and problems) once it is written."""

    imported = Signal(dict)

    def __init__(self, workspace: Workspace, bus: DataBus, runner: BackgroundRunner,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.runner = runner
        self.identity = workspace.require_identity()
        self.sheet: Sheet | None = None
        self.layout_: mapping.Layout | None = None
        self.path: Path | None = None
        self.year: int | None = None
        self.saved_problems: Path | None = None
        self.values: ValueMap = {}  # what values that matched nothing mean, chosen here
        self.setWindowTitle(self.tr("Nhập danh sách hợp tác xã từ Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, False)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Nhập"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        fit_to_screen(self, 920, 640)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page):
            self.addPage(page)

    # --- steps ----------------------------------------------------------------------------

    def read(self, path: Path, sheet_name: str) -> None:
        self.path = path
        self.sheet = read_sheet(path, sheet_name)

    def detect(self) -> None:
        assert self.sheet is not None
        with self.workspace.reading() as conn:
            self._aliases = mapping.load_aliases(conn)
        self.layout_ = mapping.detect_layout(self.sheet, self._aliases)

    def load(self, path: Path, sheet_name: str) -> None:
        self.read(path, sheet_name)
        self.detect()

    def set_header_row(self, row: int) -> None:
        """Use another row as the header (the person knows better)."""
        assert self.sheet is not None and self.layout_ is not None
        width = self.sheet.width
        texts = [cell_text(self.sheet.value(row, c)) for c in range(width)]
        self.layout_ = mapping.Layout(row, 1, row + 1, title_year=self.layout_.title_year)
        self.layout_.columns = mapping.propose_columns(texts, self._aliases)

    def _plan(self, conn: Any, progress: Any, cancelled: Any) -> ImportPlan:
        assert self.sheet is not None and self.layout_ is not None
        return plan_import(conn, self.identity, self.sheet, self.layout_, year=self.year,
                           file=str(self.path), progress=progress, cancelled=cancelled,
                           values=self.values)  # fmt: skip

    def run_preview(self, on_done: Any) -> None:
        def work(progress: Any, cancelled: Any) -> ImportPlan:
            with self.workspace.reading() as conn:
                return self._plan(conn, progress, cancelled)

        def failed(error: BaseException) -> None:
            self.preview_page.summary.setText(str(error))
            if not isinstance(error, KnownError):
                show_error(self, error)

        self.runner.run(self, self.tr("Đang kiểm tra danh sách…"), work, on_done,
                        on_error=failed)  # fmt: skip

    def accept(self, *, without_backup: bool = False) -> None:
        """Import in the background; the wizard closes when it is written."""
        if self.runner.busy:
            return
        assert self.sheet is not None and self.layout_ is not None
        sheet, layout = self.sheet, self.layout_

        values, remember = dict(self.values), self.preview_page.remember_values.isChecked()

        def work(progress: Progress, cancelled: IsCancelled) -> Done[ImportPlan]:
            return excel_operations.import_sheet(
                self.workspace, sheet, layout, year=self.year, file=str(self.path),
                without_backup=without_backup, progress=progress, cancelled=cancelled,
                values=values, remember_values=remember,
            )  # fmt: skip

        def done(plan: ImportPlan) -> None:
            self.imported.emit(plan.report())
            super(ExcelImportWizard, self).accept()

        finish = self.button(QWizard.WizardButton.FinishButton)
        finish.setEnabled(False)
        run_long(
            self,
            self.runner,
            self.bus,
            self.tr("Đang nhập danh sách…"),
            work,
            done,
            on_error=lambda _error: finish.setEnabled(True),
            without_backup=lambda: self.accept(without_backup=True),
        )
