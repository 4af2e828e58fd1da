"""The built-in guide (Trợ giúp › Hướng dẫn sử dụng, F1): a Vietnamese HTML page shipped with
the program, with screenshots of the real screens (packaging/guide_screenshots.py makes them)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.core import paths
from desktop.ui.screen_fit import fit_to_screen

GUIDE = "huong-dan.html"


def guide_folder():
    return paths.resources_dir() / "guide"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng HTX Desktop"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide_folder())])
        page = guide_folder() / GUIDE
        if page.exists():
            self.browser.setSource(QUrl.fromLocalFile(str(page)))
        else:
            self.browser.setHtml(self.tr("Không tìm thấy tệp hướng dẫn {file}.").format(file=page))
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 720)
