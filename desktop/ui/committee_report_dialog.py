"""The dialog that writes a report to the People's Committee: which report, the period (or
year and area), the document number, Word or PDF; then where to save it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core import areas
from desktop.core.tasks import periods
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner

DIRECTIVE = "directive"
COOPS = "coops"


class CommitteeReportDialog(QDialog):
    def __init__(self, workspace: Workspace, runner: BackgroundRunner, kind: str = DIRECTIVE,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner
        self.written: str | None = None
        self.setWindowTitle(self.tr("Lập báo cáo gửi UBND"))
        identity = workspace.require_identity()
        today = date.today()

        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Loại báo cáo"))
        self.kind.addItem(self.tr("Báo cáo kết quả thực hiện chỉ thị (theo kỳ)"), DIRECTIVE)
        self.kind.addItem(self.tr("Báo cáo tình hình hợp tác xã (theo năm)"), COOPS)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Kỳ báo cáo"))
        current = periods.period_of(periods.HALF, today)
        for period in [current, periods.shift(current, -1), str(today.year),
                       periods.shift(current, -2), str(today.year - 1)]:  # fmt: skip
            self.period.addItem(periods.label(period), period)
        self.directive = QComboBox()
        self.directive.setAccessibleName(self.tr("Văn bản chỉ đạo"))
        self.directive.addItem(self.tr("Mọi văn bản đang theo dõi"), None)
        from desktop.core.tasks import board

        with workspace.reading() as conn:
            for d in board.directives(conn):
                self.directive.addItem(f"{d['number']} – {d['title']}"[:90], d["number"])
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Năm"))
        self.year.setRange(periods.MIN_YEAR, periods.MAX_YEAR)
        self.year.setValue(today.year - 1)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Địa bàn"))
        self.area.addItem(self.tr("Toàn địa bàn của đơn vị"), None)
        for unit in areas.children(identity.area_scheme, identity.area_code):
            self.area.addItem(unit.name, unit.code)
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Số văn bản"))
        self.number.setPlaceholderText(self.tr("ví dụ 125/BC-STC; để trống cho văn thư ghi"))
        self.word = QRadioButton(self.tr("Word (.docx, sửa được)"))
        self.pdf = QRadioButton(self.tr("PDF"))
        self.word.setChecked(True)
        formats = QHBoxLayout()
        formats.addWidget(self.word)
        formats.addWidget(self.pdf)
        formats.addStretch(1)

        self.form = QFormLayout()
        self.form.addRow(self.tr("Loại báo cáo"), self.kind)
        self.form.addRow(self.tr("Kỳ báo cáo"), self.period)
        self.form.addRow(self.tr("Văn bản chỉ đạo"), self.directive)
        self.form.addRow(self.tr("Năm"), self.year)
        self.form.addRow(self.tr("Địa bàn"), self.area)
        self.form.addRow(self.tr("Số văn bản"), self.number)
        self.form.addRow(self.tr("Định dạng"), formats)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Lập và lưu…"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)  # fmt: skip
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self._kind_changed()
        self.resize(560, 300)

    def _kind_changed(self) -> None:
        directive = self.kind.currentData() == DIRECTIVE
        for widget, shown in ((self.period, directive), (self.directive, directive),
                              (self.year, not directive), (self.area, not directive)):  # fmt: skip
            self.form.setRowVisible(widget, shown)

    def save(self) -> None:
        from desktop.core.reports import coops, directive
        from desktop.core.reports.docx import write_docx
        from desktop.core.reports.html import document_html
        from desktop.ui.printing import write_pdf  # on this thread: importing it names Qt classes

        kind = self.kind.currentData()
        suffix = ".pdf" if self.pdf.isChecked() else ".docx"
        if kind == DIRECTIVE:
            name = self.tr("bao-cao-chi-thi-{period}").format(period=self.period.currentData())
        else:
            name = self.tr("bao-cao-htx-{year}").format(year=self.year.value())
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu báo cáo"), name + suffix,
            self.tr("Tệp PDF (*.pdf)") if suffix == ".pdf" else self.tr("Tệp Word (*.docx)"),
        )  # fmt: skip
        if not path:
            return
        identity = self.workspace.require_identity()
        number = self.number.text().strip() or None
        period, directive_number = self.period.currentData(), self.directive.currentData()
        year, area_code = self.year.value(), self.area.currentData()

        def work(_progress: Any, _cancelled: Any) -> Any:
            from desktop.core.reports.scope import AreaFilter

            with self.workspace.reading() as conn:
                if kind == DIRECTIVE:
                    data = directive.collect(conn, identity, period, directive=directive_number)
                    document = directive.build(data, identity, number=number)
                else:
                    area = AreaFilter(identity.area_scheme, area_code) if area_code else None
                    document, _ = coops.build(conn, identity, year, area=area, number=number)
            if suffix == ".docx":
                return write_docx(document, path)
            return write_pdf(document_html(document), path, title=document.title)

        def done(written: Any) -> None:
            self.written = str(written)
            QMessageBox.information(
                self, self.tr("Đã lập báo cáo"),
                self.tr("Đã lưu báo cáo vào:\n{path}").format(path=written),
            )  # fmt: skip
            self.accept()

        self.runner.run(self, self.tr("Đang lập báo cáo"), work, done)
