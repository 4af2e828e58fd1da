"""Sync: export and import packages, the log of packages, missing packages, enrolment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.operations import sync as sync_operations
from desktop.core.sync import journal, labels, merger
from desktop.core.text import format_date, format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.enroll_dialog import EnrollDialog
from desktop.ui.errors import show_error
from desktop.ui.export_dialog import ExportDialog
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.operations import run_now


class SyncPage(QWidget):
    status_message = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        bus: DataBus,
        runner: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.runner = runner
        identity = workspace.require_identity()
        role = (
            self.tr("cấp tỉnh – nơi tổng hợp")
            if identity.is_hub
            else self.tr("gửi về cấp tỉnh {hub}").format(hub=identity.hub_code)
        )
        header = QLabel(
            self.tr("<b>{office}</b> ({code}), {role}").format(
                office=identity.office_name, code=identity.office_code, role=role
            )
        )
        self.gaps = QLabel()
        self.gaps.setStyleSheet("background:#fff3cd; padding:6px; border:1px solid #e0c060;")
        self.gaps.setWordWrap(True)
        self.gaps.hide()

        self.export_action = QAction(self.tr("&Xuất gói…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_package)
        self.import_action = QAction(self.tr("&Nhập gói…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.choose_package)
        self.undo_action = QAction(self.tr("&Hoàn tác lần nhập gói gần nhất…"), self)
        self.undo_action.triggered.connect(self.undo_import)
        self.enroll_action = QAction(self.tr("&Cấp tệp thiết lập cho đơn vị…"), self)
        self.enroll_action.triggered.connect(self.enroll)
        self.enroll_action.setVisible(identity.is_hub)

        buttons = QHBoxLayout()
        for action in (
            self.export_action,
            self.import_action,
            self.undo_action,
            self.enroll_action,
        ):
            if action.isVisible():
                button = QPushButton(action.text().replace("&", ""))
                button.clicked.connect(action.trigger)
                buttons.addWidget(button)
        buttons.addStretch()

        self.log = QTableWidget(0, 7)
        self.log.setHorizontalHeaderLabels(
            [
                self.tr("Thời gian"),
                self.tr("Chiều"),
                self.tr("Tệp"),
                self.tr("Gửi → nhận"),
                self.tr("Số gói"),
                self.tr("Trạng thái"),
                self.tr("Nội dung"),
            ]
        )
        self.log.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.verticalHeader().setVisible(False)
        self.log.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.log.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((130, 60, 290, 110, 60, 110)):
            self.log.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addLayout(buttons)
        layout.addWidget(self.gaps)
        layout.addWidget(QLabel(self.tr("<b>Nhật ký gói đồng bộ</b>")))
        layout.addWidget(self.log)
        bus.changed.connect(lambda _tables: self.reload())

    def actions_for_menu(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.undo_action, self.enroll_action]

    def reload(self) -> None:
        identity = self.workspace.require_identity()
        with self.workspace.reading() as conn:
            entries = journal.entries(conn)
            warnings = journal.gap_warnings(conn, identity)
            names = journal.office_names(conn)
        self.gaps.setText("\n".join(warnings))
        self.gaps.setVisible(bool(warnings))
        statuses = labels.status_labels()
        self.log.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = entry["processed_at"]
            counts = entry["counts"]
            if entry["direction"] == "export":
                content = labels.describe_counts(counts)
            else:
                content = self.tr(
                    "mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}"
                ).format(
                    **{
                        k: format_int(counts.get(k, 0))
                        for k in ("new", "changed", "deleted", "conflicts", "refused")
                    }
                )
            cells = (
                f"{format_date(when.date())} {when:%H:%M}",
                self.tr("Xuất") if entry["direction"] == "export" else self.tr("Nhập"),
                entry["file_name"],
                f"{entry['source_office']} → {entry['destination_office'] or ''}",
                str(entry["sequence"]),
                statuses.get(entry["status"], entry["status"]),
                content,
            )
            tips = {
                3: f"{names.get(entry['source_office'], '')} → {names.get(entry['destination_office'] or '', '')}"
            }
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips.get(column, text))
                self.log.setItem(row, column, item)
        self.status_message.emit(self.tr("{n} gói trong nhật ký").format(n=len(entries)))

    # --- actions ----------------------------------------------------------------------------

    def export_package(self) -> None:
        try:
            dialog = ExportDialog(self.workspace, self.bus, self.runner, self)
        except Exception as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn gói đồng bộ"),
            "",
            self.tr("Gói đồng bộ HTX (*.htxpkg);;Mọi tệp (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        dialog = ImportDialog(self.workspace, self.bus, self.runner, path, self)
        dialog.imported.connect(self._imported)
        dialog.open()
        dialog.start()
        return dialog

    def _imported(self, report: merger.ImportReport) -> None:
        text = self.tr(
            "Đã nhập gói số {seq} từ {office}: mới {new}, sửa {changed}, xung đột {conflicts}."
        ).format(
            seq=report.sequence,
            office=self._office(report.source_office or ""),
            **{key: format_int(value) for key, value in report.counts.items()},
        )
        if report.warnings:
            text += "\n" + "\n".join(report.warnings)
        self.status_message.emit(text.splitlines()[0])
        QMessageBox.information(self, self.tr("Đã nhập gói"), text)

    def _office(self, code: str) -> str:
        with self.workspace.reading() as conn:
            name = journal.office_names(conn).get(code)
        return f"{name} ({code})" if name else code

    def undo_import(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Hoàn tác nhập gói"),
            self.tr("Đưa dữ liệu về như trước lần nhập gói gần nhất? Gói đó có thể được nhập lại sau."),
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = run_now(self, self.bus, lambda: sync_operations.undo_last_import(self.workspace))
        if done is None:
            return
        QMessageBox.information(
            self,
            self.tr("Đã hoàn tác"),
            self.tr("Đã hoàn tác lần nhập gói {file}.").format(file=done.value["file"]),
        )

    def enroll(self) -> None:
        EnrollDialog(self.workspace, self.bus, self).exec()
