"""Qt's own strings speak Vietnamese in the Vietnamese window: standard buttons, message box
details, file dialogs, context menus, the wizard's buttons. Qt ships no Vietnamese catalogue;
ours (resources/translations/qt_vi.ts) is loaded with the application's."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop.core import i18n, paths
from desktop.ui import app as app_module
from desktop.ui.confirm import discard_changes
from tests.ui.conftest import poller_alive
from tests.ui.driving import menu_action, window_titled

# The English texts of Qt's standard buttons and dialogs, as Qt writes them.
ENGLISH = {
    "OK", "Cancel", "Yes", "No", "Yes to All", "No to All", "Save", "Save All", "Open",
    "Close", "Discard", "Apply", "Reset", "Restore Defaults", "Help", "Abort", "Retry",
    "Ignore", "Show Details...", "Hide Details...", "Next >", "< Back", "Finish", "Choose",
    "Look in:", "File name:", "Files of type:", "Back", "Forward", "Commit", "Continue",
    "Undo", "Redo", "Cut", "Copy", "Paste", "Delete", "Select All", "Don't Save",
}  # fmt: skip


def _plain(text: str) -> str:
    return text.replace("&", "").strip()


def english_texts(root: QWidget) -> list[str]:
    """Visible button and label texts of `root` that are Qt's English words."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton | QLabel) and _plain(widget.text()) in ENGLISH:
            found.append(widget.text())
    return found


@pytest.fixture
def vietnamese(qapp, monkeypatch):
    """The application's translations installed as `make_application` installs them."""
    monkeypatch.setenv("HTX_LANG", "vi")
    monkeypatch.setattr(i18n, "_language", "vi")
    before = qapp.children()
    app_module.install_translations(qapp)
    yield
    for child in qapp.children():
        if child not in before and isinstance(child, app_module.QTranslator):
            QCoreApplication.removeTranslator(child)
            child.deleteLater()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese))


def _answer_later(check) -> list[str]:
    """When a modal box opens: run `check` on it (collecting what it returns), then close it."""
    seen: list[str] = []

    alive = poller_alive()

    def poll() -> None:
        if not alive():
            return
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, poll)
            return
        seen.extend(check(box))
        box.reject()

    QTimer.singleShot(0, poll)
    return seen


def test_every_finished_message_of_the_catalogue_is_vietnamese():
    root = ET.parse(paths.resources_dir() / "translations" / "qt_vi.ts").getroot()
    contexts = {c.findtext("name") for c in root.iter("context")}
    assert {"QPlatformTheme", "QMessageBox", "QFileDialog", "QLineEdit", "QWizard"} <= contexts
    for message in root.iter("message"):
        assert message.findtext("translation"), message.findtext("source")


def test_standard_buttons_of_our_questions_are_vietnamese(qtbot, vietnamese):
    parent = QWidget()
    qtbot.addWidget(parent)
    texts: list[str] = []

    def check(box: QWidget) -> list[str]:
        texts.extend(_plain(b.text()) for b in box.findChildren(QAbstractButton) if b.isVisible())
        return english_texts(box)

    english = _answer_later(check)
    discard_changes(parent)
    assert english == []
    assert {"Bỏ thay đổi", "Hủy"} <= set(texts)

    texts.clear()
    english = _answer_later(check)
    QMessageBox.question(parent, "Hỏi", "Tiếp tục?")
    assert english == []
    assert {"Có", "Không"} <= set(texts)


def test_a_message_box_with_details_is_vietnamese(qtbot, vietnamese):
    box = QMessageBox(
        QMessageBox.Icon.Critical, "Lỗi", "Đã xảy ra lỗi.", QMessageBox.StandardButton.Ok
    )
    box.setDetailedText("Traceback …")
    qtbot.addWidget(box)
    box.show()
    assert english_texts(box) == []
    assert "Xem chi tiết..." in [_plain(b.text()) for b in box.findChildren(QAbstractButton)]


def test_the_file_dialog_and_text_menus_are_vietnamese(qtbot, vietnamese, tmp_path):
    dialog = QFileDialog(None, "Chọn tệp", str(tmp_path), "Gói đồng bộ HTX (*.htxpkg)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    assert english_texts(dialog) == []
    labels = {_plain(label.text()) for label in dialog.findChildren(QLabel) if label.isVisible()}
    assert "Tìm trong:" in labels and "Tên tệp:" in labels

    edit = QLineEdit("Hợp tác xã")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    words = {_plain(a.text()).split("\t")[0] for a in menu.actions() if a.text()}
    assert words & {"Undo", "Copy", "Paste", "Select All"} == set()
    assert {"Sao chép", "Dán", "Chọn tất cả"} <= words


def test_the_excel_import_wizard_buttons_are_vietnamese(qtbot, vietnamese, main_window):
    menu_action(main_window, "Excel", "Nhập danh sách từ Excel…").trigger()
    wizard = window_titled("Nhập danh sách hợp tác xã từ Excel")
    qtbot.waitUntil(wizard.isVisible)
    assert english_texts(wizard) == []
