"""The window's "Excel" menu: import wizard, exports and the blank template.

Exports run in the background with progress and cancel; the list export writes what the
cooperative table currently shows (its filter and order) or, if chosen, everything.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.folders import remember_folder, start_folder


class ExcelActions(QObject):
    """Builds the menu; `status_message` reports what was written for the status bar."""

    status_message = Signal(str)

    def __init__(self, window: QWidget, workspace: Workspace, bus: DataBus,
                 runner: BackgroundRunner, visible_ids: Callable[[], list[str]]) -> None:  # fmt: skip
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.bus = bus
        self.runner = runner
        self.visible_ids = visible_ids
        self.menu = QMenu(self.tr("E&xcel"), window)
        self.import_action = self._action(self.tr("&Nhập danh sách từ Excel…"), self.open_import)
        self.menu.addSeparator()
        self.export_shown_action = self._action(
            self.tr("Xuất &danh sách đang hiện…"), lambda: self.export("coops", shown=True)
        )
        self.export_all_action = self._action(
            self.tr("Xuất toàn bộ danh sách…"), lambda: self.export("coops")
        )
        self.export_indicators_action = self._action(
            self.tr("Xuất &chỉ tiêu hằng năm…"), lambda: self.export("indicators")
        )
        self.export_summary_action = self._action(
            self.tr("Xuất bảng &tổng hợp theo địa bàn, lĩnh vực…"), lambda: self.choose_summary()
        )
        self.export_history_action = self._action(
            self.tr("Xuất bảng tổng hợp theo &huyện cũ (trước 01/07/2025)…"),
            lambda: self.choose_summary(old_districts=True),
        )
        self.export_tasks_action = self._action(
            self.tr("Xuất tiến độ nhiệm vụ theo đơn &vị…"), lambda: self.export("tasks")
        )
        self.menu.addSeparator()
        self.template_action = self._action(
            self.tr("Lưu &mẫu nhập danh sách…"), lambda: self.export("template")
        )
        runner.busy_changed.connect(lambda busy: self.menu.setEnabled(not busy))
        self.wizard: Any = None
        self.summary_dialog: Any = None

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def open_import(self) -> None:
        from desktop.ui.excel_import_wizard import ExcelImportWizard

        self.wizard = ExcelImportWizard(self.workspace, self.bus, self.runner, self.window)
        self.wizard.imported.connect(self._imported)
        self.wizard.open()

    def _imported(self, report: dict) -> None:
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.text import format_int

        text = self.tr(
            "Đã nhập từ Excel: {created} thêm mới, {updated} cập nhật, {errors} dòng lỗi bỏ qua."
        ).format(
            created=format_int(report["created"]),
            updated=format_int(report["updated"]),
            errors=format_int(report["error_rows"]),
        )
        self.status_message.emit(text)
        QMessageBox.information(self.window, self.tr("Đã nhập từ Excel"), text)

    def choose_summary(self, *, old_districts: bool = False) -> None:
        """The summary's year and area are the person's choice: asked before saving."""
        from desktop.ui.summary_choice import SummaryChoiceDialog

        dialog = SummaryChoiceDialog(self.workspace, self.window)
        self.summary_dialog = dialog
        dialog.accepted.connect(
            lambda: self.export(
                "summary-old" if old_districts else "summary",
                year=dialog.year(),
                area=dialog.area(),
            )
        )
        dialog.open()

    def export(self, what: str, *, shown: bool = False, year: int | None = None,
               area: str | None = None) -> None:  # fmt: skip
        # Imported here: openpyxl costs a fifth of a second that start-up need not pay.
        from desktop.core.excel import export, summary, task_progress

        titles = {
            "coops": self.tr("Xuất danh sách hợp tác xã"),
            "indicators": self.tr("Xuất chỉ tiêu hằng năm"),
            "summary": self.tr("Xuất bảng tổng hợp"),
            "summary-old": self.tr("Xuất bảng tổng hợp theo huyện cũ"),
            "tasks": self.tr("Xuất tiến độ nhiệm vụ"),
            "template": self.tr("Lưu mẫu nhập danh sách"),
        }
        path, _ = QFileDialog.getSaveFileName(
            self.window, titles[what],
            str(Path(start_folder("excel")) / export.default_file_name(what)),
            self.tr("Tệp Excel (*.xlsx)"),
        )  # fmt: skip
        if not path:
            return
        remember_folder("excel", path)
        ids = self.visible_ids() if shown else None
        identity = self.workspace.require_identity()

        def work(progress: Any, cancelled: Any) -> Any:
            if what == "template":
                return export.export_template(path, identity)
            with self.workspace.reading() as conn:
                if what == "coops":
                    return export.export_cooperatives(conn, identity, path, ids=ids,
                                                      progress=progress, cancelled=cancelled)[0]  # fmt: skip
                if what == "indicators":
                    return export.export_indicators(conn, identity, path, ids=ids,
                                                    progress=progress, cancelled=cancelled)[0]  # fmt: skip
                if what in ("summary", "summary-old"):
                    from desktop.core.reports.scope import AreaFilter

                    chosen = AreaFilter(identity.area_scheme, area) if area else None
                    return summary.export_summary(
                        conn, identity, path, year=year, area=chosen,
                        old_districts=what == "summary-old",
                    )[0]  # fmt: skip
                return task_progress.export_tasks(conn, identity, path)[0]

        def done(written: Any) -> None:
            self.status_message.emit(self.tr("Đã ghi {path}").format(path=written))

        self.runner.run(self.window, titles[what], work, done)
