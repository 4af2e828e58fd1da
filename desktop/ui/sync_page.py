"""Sync: export and import packages, the log of packages, missing packages, enrolment."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

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

from desktop.core import area_conversion
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import enrolment, journal, labels
from desktop.core.text import format_date, format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.errors import show_error
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.operations import run_now
from desktop.ui.shortcuts import plain_text

if TYPE_CHECKING:
    from desktop.core.sync import merger
    from desktop.ui.import_dialog import ImportDialog

# The dialogs (and the merger and exporter beneath them) are imported when first opened: a
# session that moves no package never needs them, and each is a few milliseconds to import.


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
        self.header = QLabel()
        self.header.setWordWrap(True)
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
        self.setup_action = QAction(self.tr("Cài tệp &thiết lập…"), self)
        self.setup_action.triggered.connect(self.install_setup)
        self.setup_action.setVisible(not identity.is_hub)
        self.convert_action = QAction(self.tr("Chuyển sang địa &giới mới (01/07/2025)…"), self)
        self.convert_action.triggered.connect(self.convert_areas)
        self.convert_action.setVisible(identity.is_hub)
        self.merge_action = QAction(self.tr("Hợp nhất dữ liệu của một cấp tỉnh &khác…"), self)
        self.merge_action.triggered.connect(self.merge_master)
        self.merge_action.setVisible(identity.is_hub)

        # Two rows, so the page fits a 1366×768 screen at 125 %: the packages' daily work,
        # then the province's rare tasks on its whole data.
        buttons = QHBoxLayout()
        rare = QHBoxLayout()
        for row, action in (
            (buttons, self.export_action),
            (buttons, self.import_action),
            (buttons, self.undo_action),
            (buttons, self.enroll_action),
            (buttons, self.setup_action),
            (rare, self.convert_action),
            (rare, self.merge_action),
        ):
            if action.isVisible():
                button = QPushButton(action.text().replace("&", ""))
                button.clicked.connect(action.trigger)
                # The button follows its action: disabled with it, with its reason as tooltip.
                action.changed.connect(
                    lambda b=button, a=action: (
                        b.setEnabled(a.isEnabled()),
                        b.setToolTip(a.toolTip()),
                    )
                )
                row.addWidget(button)
        self.convert_note = QLabel()  # why the conversion is not offered
        self.convert_note.setStyleSheet("color:#555;")
        self.convert_note.setWordWrap(True)  # the page still fits 1366×768 at 125 %
        self.convert_note.hide()
        rare.addWidget(self.convert_note, 1)
        buttons.addStretch()
        rare.addStretch()

        self.log = QTableWidget(0, 7)
        self.log.setAccessibleName(self.tr("Nhật ký đồng bộ"))
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
        for column, width in enumerate((120, 50, 250, 250, 50, 100)):
            self.log.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addLayout(rare)
        layout.addWidget(self.gaps)
        log_header = QHBoxLayout()
        log_header.addWidget(QLabel(self.tr("<b>Nhật ký gói đồng bộ</b>")))
        log_header.addStretch()
        self.detail_button = QPushButton(self.tr("Xem chi tiết gói…"))
        self.detail_button.setToolTip(self.tr("Hoặc nhấp đúp vào một dòng của nhật ký"))
        self.detail_button.clicked.connect(lambda: self.show_entry(self.log.currentRow()))
        log_header.addWidget(self.detail_button)
        layout.addLayout(log_header)
        layout.addWidget(self.log)
        self.log.itemActivated.connect(lambda item: self.show_entry(item.row()))
        self._entries: list[dict] = []
        bus.changed.connect(lambda _tables: self.reload())

    def actions_for_menu(self) -> list[QAction]:
        return [self.export_action, self.import_action, self.undo_action, self.enroll_action,
                self.setup_action, self.convert_action, self.merge_action]  # fmt: skip

    def _header_text(self, names: dict[str, str]) -> str:
        identity = self.workspace.require_identity()
        if identity.is_hub:
            role = self.tr("cấp tỉnh – nơi tổng hợp")
        elif enrolment.awaiting_setup(identity):
            role = self.tr(
                "<span style='color:#b00020'>chưa được cấp tỉnh cấp tệp thiết lập: dữ liệu nhập "
                "vẫn được giữ; cài tệp thiết lập (Đồng bộ › Cài tệp thiết lập…) để gửi gói "
                "về tỉnh</span>"
            )
        else:
            role = self.tr("gửi về {hub}").format(
                hub=html.escape(names.get(identity.hub_code, identity.hub_code))
            )
        return self.tr("<b>{office}</b> ({code}), {role}").format(
            office=html.escape(identity.office_name), code=identity.office_code, role=role
        )

    def reload(self) -> None:
        identity = self.workspace.require_identity()
        with self.workspace.reading() as conn:
            entries = journal.entries(conn)
            warnings = journal.gap_warnings(conn, identity)
            names = journal.office_names(conn)
            done = area_conversion.already_converted(conn, identity) if identity.is_hub else None
        self._entries = entries
        self.convert_action.setEnabled(done is None)
        self.convert_action.setToolTip(done or plain_text(self.convert_action))
        self.convert_action.setStatusTip(done or "")
        self.convert_note.setText(done or "")
        self.convert_note.setVisible(done is not None and self.convert_action.isVisible())
        self.header.setText(self._header_text(names))
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
                f"{names.get(entry['source_office'], entry['source_office'])} → "
                f"{names.get(entry['destination_office'] or '', entry['destination_office'] or '')}",
                str(entry["sequence"]),
                statuses.get(entry["status"], entry["status"]),
                content,
            )
            tips = {3: f"{entry['source_office']} → {entry['destination_office'] or ''}"}
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tips.get(column, text))
                self.log.setItem(row, column, item)
        self.status_message.emit(self.tr("{n} gói trong nhật ký").format(n=len(entries)))

    # --- actions ----------------------------------------------------------------------------

    def export_package(self) -> None:
        from desktop.ui.export_dialog import ExportDialog

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
            start_folder("package-in"),
            self.tr("Gói đồng bộ HTX (*.htxpkg);;Mọi tệp (*)"),
        )
        if path:
            remember_folder("package-in", path)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportDialog:
        from desktop.ui.import_dialog import ImportDialog

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
        from desktop.ui.enroll_dialog import EnrollDialog

        EnrollDialog(self.workspace, self.bus, self).exec()

    def install_setup(self) -> None:
        from desktop.ui.setup_install import choose_setup_file, install_setup_file

        path = choose_setup_file(self)
        if path is not None:
            install_setup_file(self, self.bus, self.workspace, path)

    def show_entry(self, row: int) -> None:
        """The detail of a past package: who, when, what it held or did, what was refused."""
        if 0 <= row < len(self._entries):
            from desktop.ui.package_detail import PackageDetailDialog

            PackageDetailDialog(self.workspace, self._entries[row], self).exec()

    def merge_master(self) -> None:
        """The other master's database: previewed, then imported whole after a backup."""
        from PySide6.QtWidgets import QFileDialog

        from desktop.core.operations import areas as area_operations
        from desktop.ui.operations import run_now

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn cơ sở dữ liệu của cấp tỉnh cần hợp nhất"), "",
            self.tr("Cơ sở dữ liệu HTX (*.sqlite3 *.db);;Mọi tệp (*)"),
        )  # fmt: skip
        if not path:
            return
        previewed = run_now(
            self, None, lambda: area_operations.merge_master(self.workspace, path, dry_run=True)
        )
        if previewed is None:
            return
        preview = previewed.value
        counts = preview.counts
        text = self.tr(
            "Hợp nhất toàn bộ dữ liệu của {source} vào đơn vị này: {new} bản ghi mới, {changed} "
            "thay đổi, {conflicts} xung đột, {refused} bị từ chối. Các đơn vị của cấp tỉnh đó "
            "và khóa của họ được giữ, gói họ gửi vẫn được nhận. Dữ liệu được sao lưu trước."
        ).format(
            source=preview.source_office, new=format_int(counts["new"]),
            changed=format_int(counts["changed"]), conflicts=format_int(counts["conflicts"]),
            refused=format_int(counts["refused"]),
        )  # fmt: skip
        if preview.status != "dry_run":
            QMessageBox.warning(self, self.tr("Không hợp nhất được"), "\n".join(preview.errors))
            return
        answer = QMessageBox.question(self, self.tr("Hợp nhất hai cấp tỉnh"), text)
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = run_now(self, self.bus, lambda: area_operations.merge_master(self.workspace, path))
        if done is None:
            return
        report = done.value
        QMessageBox.information(
            self, self.tr("Đã hợp nhất"),
            self.tr("Đã hợp nhất dữ liệu của {source}: {new} bản ghi mới.").format(
                source=report.source_office, new=format_int(report.counts["new"])),
        )  # fmt: skip

    def convert_areas(self) -> None:
        from desktop.ui.conversion_dialog import ConversionDialog

        ConversionDialog(self.workspace, self.bus, self).exec()
