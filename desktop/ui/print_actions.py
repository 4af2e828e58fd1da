"""The window's "Báo cáo" menu: the dashboard, the reports to the People's Committee, and
printing or saving as PDF what the window shows: the cooperative list as filtered, one
cooperative's record with its figures and history, the progress board, the dashboard.

Everything printed is HTML laid out by Qt on A4 (`desktop.ui.printing`), so the printer and
the PDF show the same pages, with page numbers at the foot.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QAbstractItemModel, QBuffer, QByteArray, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QTableView, QWidget

from desktop.core.reports.document import Column, Table
from desktop.core.reports.html import listing_html
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.errors import show_error


def table_of_view(view: QTableView, numeric: set[int] | None = None,
                  nowrap: set[int] | None = None) -> Table:  # fmt: skip
    """What a table view shows (its filter and order), as a printable table whose columns
    keep the proportions they have on screen."""
    model: QAbstractItemModel = view.model()
    columns = [
        Column(str(model.headerData(c, Qt.Orientation.Horizontal) or ""),
               max(view.columnWidth(c), 40), c in (numeric or set()), c in (nowrap or set()))
        for c in range(model.columnCount())
        if not view.isColumnHidden(c)
    ]  # fmt: skip
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    rows = [
        [str(model.data(model.index(r, c)) or "") for c in shown] for r in range(model.rowCount())
    ]
    return Table(columns, rows)


def chart_images_html(charts: list[QWidget]) -> str:
    """Charts as they are on screen, embedded as PNG images."""
    parts = []
    for chart in charts:
        image = chart.grab().toImage()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide 6.11 takes the format only as str here, against its own stubs.
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        encoded = bytes(data.toBase64().data()).decode("ascii")
        parts.append(f'<p align="center"><img src="data:image/png;base64,{encoded}" '
                     f'width="600"></p>')  # fmt: skip
    return "".join(parts)


class PrintActions(QObject):
    """Builds the "Báo cáo" menu. Each source is a callable so that what is printed is what
    the page shows at that moment."""

    status_message = Signal(str)

    def __init__(self, window: QWidget, workspace: Workspace, runner: BackgroundRunner) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.runner = runner
        self.menu = QMenu(self.tr("&Báo cáo"), window)
        self.last_pdf: str | None = None

    def add_action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def add_print_pair(self, what: str, source: Callable[[], tuple[str, str, bool] | None]) -> None:
        """ "In …" and "Lưu … ra PDF" for a source giving (title, html, landscape)."""
        self.add_action(self.tr("In {what}…").format(what=what), lambda: self.print_(source))
        self.add_action(self.tr("Lưu {what} ra PDF…").format(what=what),
                        lambda: self.save_pdf(source))  # fmt: skip

    def print_(self, source: Callable[[], tuple[str, str, bool] | None]) -> None:
        # Qt's print support (a library of its own) loads when something is printed.
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.printing import print_html

        made = self._make(source)
        if made is None:
            return
        title, html, landscape = made
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        from PySide6.QtGui import QPageLayout

        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            print_html(html, printer)
        except Exception as exc:
            show_error(self.window, exc)

    def save_pdf(self, source: Callable[[], tuple[str, str, bool] | None]) -> None:
        from desktop.ui.printing import write_pdf

        made = self._make(source)
        if made is None:
            return
        title, html, landscape = made
        name = "".join(ch if ch.isalnum() else "-" for ch in title)[:60].strip("-")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Lưu ra PDF"), f"{name}-{date.today():%Y%m%d}.pdf",
            self.tr("Tệp PDF (*.pdf)"),
        )  # fmt: skip
        if not path:
            return
        try:
            written = write_pdf(html, path, landscape=landscape, title=title)
        except Exception as exc:
            show_error(self.window, exc)
            return
        self.last_pdf = str(written)
        self.status_message.emit(self.tr("Đã lưu {path}").format(path=written))

    def _make(
        self, source: Callable[[], tuple[str, str, bool] | None]
    ) -> tuple[str, str, bool] | None:
        try:
            made = source()
        except Exception as exc:
            show_error(self.window, exc)
            return None
        if made is None:
            QMessageBox.information(self.window, self.tr("In"),
                                    self.tr("Hãy chọn một hợp tác xã trong danh sách trước."))  # fmt: skip
        return made


def listing(title: str, subtitle: str, office: str, table: Table) -> str:
    return listing_html(title, subtitle, office, table)
