"""Importing a package: preview first (nothing written), then confirm or cancel."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core import registry
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import journal, labels
from desktop.core.text import format_date, format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_long
from desktop.ui.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from desktop.core.sync import merger

KIND_COLOURS = {
    "new": "#e8f5e9",
    "changed": "#e3f2fd",
    "deleted": "#fdecea",
    "conflict": "#fff3cd",
    "refused": "#f8d7da",
}


def _show(value, field: str = "", table: str = "", sectors: dict[str, str] | None = None) -> str:
    """A value as people read it: labels for codes, dd/mm/yyyy, 1.234.567 (not `active`)."""
    if value is None or value == "":
        return "∅"
    if value is True:
        return "✓"
    if value is False:
        return "✗"
    if isinstance(value, date):
        return format_date(value)
    if table in ("cooperative", "indicator") and field:
        text = value if isinstance(value, str) else str(value)
        return registry.describe_value(field, text, sectors or {}) or "∅"
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


class ImportDialog(QDialog):
    """Shows what a package would do; `imported` fires after a confirmed import."""

    imported = Signal(object)

    def __init__(self, workspace: Workspace, bus: DataBus, runner: BackgroundRunner, path: Path,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.runner = runner
        self.path = Path(path)
        self.report: merger.ImportReport | None = None
        self.setWindowTitle(self.tr("Nhập gói đồng bộ – {file}").format(file=self.path.name))
        fit_to_screen(self, 900, 600)
        self.summary = QLabel(self.tr("Đang đọc và kiểm tra gói…"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Loại thay đổi"),
                self.tr("Bảng"),
                self.tr("Bản ghi"),
                self.tr("Trường"),
                self.tr("Cũ → mới"),
            ]
        )
        self.table.setAccessibleName(self.tr("Các thay đổi trong gói"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((100, 120, 300, 160)):
            self.table.setColumnWidth(column, width)
        buttons = QDialogButtonBox()
        self.confirm = buttons.addButton(
            self.tr("Nhập vào dữ liệu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm.setEnabled(False)
        self.cancel_button = buttons.addButton(
            self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def start(self) -> None:
        """Run the preview off the GUI thread."""
        run_long(
            self,
            self.runner,
            self.bus,
            self.tr("Đang xem trước gói…"),
            lambda progress, cancelled: sync_operations.import_package(
                self.workspace, self.path, dry_run=True, progress=progress, cancelled=cancelled
            ),
            self.show_preview,
            on_error=lambda _error: self.reject(),
        )

    def show_preview(self, report: merger.ImportReport) -> None:
        # Loaded by the preview on the runner's thread (30-40 ms to import: not on this one).
        from desktop.core.sync import merger

        self.report = report
        counts = {key: format_int(value) for key, value in report.counts.items()}
        names = labels.status_labels()
        office = self._office(report.source_office)
        if report.status == merger.REFUSED:
            text = self.tr("<b>Gói bị từ chối, không có gì thay đổi.</b><br>{errors}").format(
                errors="<br>".join(report.errors)
            )
        elif report.status == merger.ALREADY:
            text = self.tr(
                "<b>Gói này đã được nhập trước đây</b> (gói số {seq} của {office}); không có gì thay đổi."
            ).format(seq=report.sequence, office=office)
        else:
            text = self.tr(
                "<b>Gói số {seq} từ {office}</b>{full}. Nếu nhập sẽ có: <b>{new}</b> bản ghi mới, "
                "<b>{changed}</b> sửa, <b>{deleted}</b> xóa, <b>{conflicts}</b> xung đột, "
                "<b>{refused}</b> bị từ chối ({unchanged} không đổi). Chưa có gì được ghi."
            ).format(
                seq=report.sequence, office=office,
                full=self.tr(" (gói đầy đủ)") if report.full else "", **counts,
            )  # fmt: skip
            if report.errors:
                text += (
                    "<br><span style='color:#b00020'>" + "<br>".join(report.errors[:20]) + "</span>"
                )
        self.summary.setText(text)
        self.setProperty("status", names.get(report.status, report.status))
        self._fill(report)
        self.confirm.setEnabled(report.status == merger.DRY_RUN)
        if report.status != merger.DRY_RUN:
            self.cancel_button.setText(self.tr("Đóng"))

    def _office(self, code: str | None) -> str:
        """`UBND huyện Lệ Thủy (H457)` rather than the bare code, when the office is known."""
        with self.workspace.reading() as conn:
            name = journal.office_names(conn).get(code or "")
        return html.escape(f"{name} ({code})" if name else code or "")

    def _fill(self, report: merger.ImportReport) -> None:
        tables = labels.table_labels()
        kinds = labels.change_labels()
        field_names = registry.field_labels()
        with self.workspace.reading() as conn:
            sectors = registry.sectors(conn)
        lines: list[tuple[str, str, str, str, str]] = []
        for change in report.records:
            if change.kind == "new":
                lines.append(
                    (change.kind, tables.get(change.table, change.table), change.label, "", "")
                )
                continue
            if change.kind == "refused":
                lines.append(
                    (
                        change.kind,
                        tables.get(change.table, change.table),
                        change.label,
                        "",
                        change.reason or "",
                    )
                )
                continue
            table = tables.get(change.table, change.table)
            if not change.fields and not change.conflicts:
                if change.kind == "changed":
                    continue  # only versions merged: nothing a person would see changes
                lines.append((change.kind, table, change.label, "", ""))
            # A record falling into conflict also takes the other fields it brings: those are
            # plain changes; the disputed fields are listed as conflicts with both values.
            field_kind = "changed" if change.kind == "conflict" else change.kind
            for name, old, new in change.fields:
                lines.append((field_kind, table, change.label, field_names.get(name, name),
                              f"{_show(old, name, change.table, sectors)} → "
                              f"{_show(new, name, change.table, sectors)}"))  # fmt: skip
            for name, kept, other in change.conflicts:
                text = self.tr("đang dùng: {kept} | khác: {other}").format(
                    kept=_show(kept, name, change.table, sectors),
                    other=_show(other, name, change.table, sectors),
                )
                lines.append(("conflict", table, change.label, field_names.get(name, name), text))
        self.table.setRowCount(len(lines))
        for row, (kind, *cells) in enumerate(lines):
            items = [QTableWidgetItem(kinds.get(kind, kind)), *(QTableWidgetItem(c) for c in cells)]
            for column, item in enumerate(items):
                item.setBackground(QBrush(QColor(KIND_COLOURS.get(kind, "#ffffff"))))
                self.table.setItem(row, column, item)
        if report.more_records:
            self.summary.setText(
                self.summary.text()
                + self.tr("<br>(Chỉ liệt kê {n} bản ghi đầu; còn {more} bản ghi khác.)").format(
                    n=format_int(len(report.records)), more=format_int(report.more_records)
                )
            )

    def apply(self, *, without_backup: bool = False) -> None:
        self.confirm.setEnabled(False)
        run_long(
            self,
            self.runner,
            self.bus,
            self.tr("Đang nhập gói…"),
            lambda progress, cancelled: sync_operations.import_package(
                self.workspace,
                self.path,
                without_backup=without_backup,
                progress=progress,
                cancelled=cancelled,
            ),
            self._applied,
            on_error=lambda _error: self.reject(),
            without_backup=lambda: self.apply(without_backup=True),
        )

    def _applied(self, report: merger.ImportReport) -> None:
        self.report = report
        self.imported.emit(report)
        self.accept()
