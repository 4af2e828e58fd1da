"""Printing and PDF through Qt: HTML laid out by QTextDocument on A4, written by QPdfWriter
or sent to a QPrinter.

The core makes the HTML (`desktop.core.reports.html`); this module only lays it out. The PDF
embeds the fonts it uses (Times New Roman where installed, as on every Windows PC; a serif
substitute elsewhere), so Vietnamese reads the same on any machine. The page number is
printed at the foot of every page by QTextDocument.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.core.reports.output import write_atomically

FONT = "Times New Roman"


def ensure_gui_application() -> QGuiApplication:
    """An application object for laying out text from the command line (offscreen without a
    display, so it works on a server or over SSH). A QApplication, so that widgets can still
    be made later in the same process."""
    from PySide6.QtWidgets import QApplication

    app = QGuiApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication(["htx"])
    return app  # type: ignore[return-value]


def _document(html: str, base_pt: float) -> QTextDocument:
    document = QTextDocument()
    font = QFont(FONT)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(base_pt)
    document.setDefaultFont(font)
    document.setHtml(html)
    return document


def _layout(landscape: bool) -> QPageLayout:
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(20, 15, 15, 15),
        QPageLayout.Unit.Millimeter,
    )  # fmt: skip


def write_pdf(html: str, path: str | Path, *, landscape: bool = False,
              title: str = "", base_pt: float = 12) -> Path:  # fmt: skip
    """Lay `html` out on A4 and write it as a PDF (atomically)."""
    ensure_gui_application()

    def write(temporary: str) -> None:
        writer = QPdfWriter(temporary)
        writer.setPageLayout(_layout(landscape))
        writer.setResolution(300)
        writer.setTitle(title)
        writer.setCreator("HTX Desktop")
        document = _document(html, base_pt)
        document.print_(writer)
        del writer  # closes the file
        if not os.path.getsize(temporary):
            raise OSError("empty PDF")

    return write_atomically(path, ".pdf", write)


def print_html(html: str, printer: QPrinter, *, base_pt: float = 12) -> None:
    """Lay `html` out for `printer` (chosen in a QPrintDialog) and print it."""
    document = _document(html, base_pt)
    document.print_(printer)


def page_size_mm(landscape: bool) -> QSizeF:
    return _layout(landscape).fullRect(QPageLayout.Unit.Millimeter).size()
