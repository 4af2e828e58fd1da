"""Driving the window as a person does: find widgets by the text people read (form labels,
button and menu texts), type, click, and answer the modal dialogs that open on the way.

Modal dialogs run their own event loop, so what to do in them is said beforehand: `Script`
holds steps (which dialog, what to do in it) and runs each one when its dialog is the active
modal window, polling every 20 ms from a timer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.core.workspace import Workspace
from desktop.ui.first_run import FirstRunDialog
from tests.ui.conftest import poller_alive, type_text


def _plain(text: str) -> str:
    return text.replace("&", "").split("\t")[0].strip()


def field(root: QWidget, label: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The input next to the visible form label `label` (the first `kind` inside it), or the
    buddy of a label with that text."""
    for tag in root.findChildren(QLabel):
        if (
            tag.buddy() is not None
            and _plain(tag.text()) == label
            and isinstance(tag.buddy(), kind)
        ):
            return tag.buddy()
    for layout in _layouts(root):
        if not isinstance(layout, QFormLayout):
            continue
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            text = item.widget().text() if item and item.widget() else None
            if text is None or _plain(text) != label:
                continue
            found = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = found.widget() if found else None
            if widget is None and found is not None and found.layout() is not None:
                widget = found.layout().itemAt(0).widget()
            if isinstance(widget, kind):
                return widget
            if widget is not None and widget.findChildren(kind):
                return widget.findChildren(kind)[0]
    raise LookupError(f"no field labelled {label!r}")


def _layouts(root: QWidget) -> list:
    """Every layout in `root`, nested ones included."""
    found = []
    pending = [w.layout() for w in [root, *root.findChildren(QWidget)] if w.layout()]
    while pending:
        layout = pending.pop()
        found.append(layout)
        for i in range(layout.count()):
            child = layout.itemAt(i).layout()
            if child is not None:
                pending.append(child)
    return found


def button(root: QWidget, text: str) -> QAbstractButton:
    for found in root.findChildren(QAbstractButton):
        if found.isVisible() and _plain(found.text()) == text:
            return found
    raise LookupError(f"no visible button {text!r}")


def menu_action(window: QMainWindow, menu: str, action: str):
    for top in window.menuBar().actions():
        if _plain(top.text()) == menu:
            sub: QMenu = top.menu()
            for item in sub.actions():
                if _plain(item.text()) == action and item.isVisible():
                    return item
    raise LookupError(f"no menu item {menu} › {action}")


def any_action(window: QWidget, text: str) -> QAction:
    """The action whose text (without its & and shortcut) is `text`, wherever it is offered:
    a menu, the toolbar, or a page's own buttons and keys."""
    for found in window.findChildren(QAction):
        if _plain(found.text()) == text:
            return found
    raise LookupError(f"no action {text!r}")


def window_titled(title: str) -> QWidget:
    """The open window or dialog whose title bar says `title`."""
    for found in QApplication.topLevelWidgets():
        if found.isVisible() and found.windowTitle() == title:
            return found
    raise LookupError(f"no window {title!r}")


def named(root: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The widget whose accessible name (what a screen reader says) is `name`."""
    for found in root.findChildren(kind):
        if found.accessibleName() == name:
            return found
    raise LookupError(f"no {kind.__name__} named {name!r}")


def by_placeholder(root: QWidget, text: str) -> QLineEdit:
    for found in root.findChildren(QLineEdit):
        if found.placeholderText() == text:
            return found
    raise LookupError(f"no box saying {text!r}")


def visible_texts(root: QWidget) -> list[str]:
    """The texts of the labels a person sees in `root`."""
    return [label.text() for label in root.findChildren(QLabel) if label.isVisible()]


def choose(combo: QComboBox, text: str) -> None:
    """Choose the item shown as `text` in a drop-down list."""
    index = combo.findText(text)
    if index < 0:
        raise LookupError(
            f"no item {text!r} in {[combo.itemText(i) for i in range(combo.count())]}"
        )
    combo.setCurrentIndex(index)


def navigation(window: QMainWindow) -> QListWidget:
    return named(window, "Các trang", QListWidget)  # type: ignore[return-value]


def page_titles(window: QMainWindow) -> list[str]:
    pages = navigation(window)
    return [pages.item(row).text() for row in range(pages.count())]


def go_to(window: QMainWindow, title: str) -> QWidget:
    """Click the page `title` in the navigation (its count, as in "Nhiệm vụ (2)", aside) and
    return the page shown."""
    pages = navigation(window)
    for row in range(pages.count()):
        if pages.item(row).text().split(" (")[0] == title:
            pages.setCurrentRow(row)
            return current_page(window)
    raise LookupError(f"no page {title!r} in {page_titles(window)}")


def current_page(window: QMainWindow) -> QWidget:
    """The page shown beside the navigation."""
    splitter = navigation(window).parentWidget()
    assert isinstance(splitter, QSplitter)
    stack = splitter.widget(1)
    assert isinstance(stack, QStackedWidget)
    page = stack.currentWidget()
    assert page is not None
    return page


def current_title(window: QMainWindow) -> str:
    pages = navigation(window)
    return pages.currentItem().text()


def status_text(window: QMainWindow) -> str:
    """What the status bar says (its texts joined)."""
    return " · ".join(
        label.text() for label in window.statusBar().findChildren(QLabel) if label.text()
    )


def column(view: QAbstractItemView, header: str) -> list[str]:
    """The texts of the column headed `header`, top to bottom."""
    model = view.model()
    for number in range(model.columnCount()):
        if model.headerData(number, Qt.Orientation.Horizontal) == header:
            return [str(model.index(row, number).data()) for row in range(model.rowCount())]
    raise LookupError(f"no column {header!r}")


def row_texts(view: QAbstractItemView, row: int) -> list[str]:
    model = view.model()
    return [
        "" if model.index(row, c).data() is None else str(model.index(row, c).data())
        for c in range(model.columnCount())
    ]


def click_row(qtbot: QtBot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    """Click a row of a table or list, as a person selects it."""
    index = view.model().index(row, column)
    view.scrollTo(index)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    """Click a button; a tick box on its box (a wide one's middle may be empty space)."""
    if isinstance(widget, QCheckBox):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
        return
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_unit(picker_root: QWidget, label: str, typed: str, qtbot: QtBot) -> None:
    """Type into an area box (without accents, as people do) and press Enter."""
    box = field(picker_root, label)
    edit = box.lineEdit()
    edit.selectAll()
    type_text(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def fill(root: QWidget, label: str, text: str) -> None:
    edit = field(root, label, QLineEdit)
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


class Script:
    """Steps run in order, each when a modal window of its kind is active."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.steps: list[tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]] = []
        self.messages: list[str] = []
        self.errors: list[Exception] = []
        self._alive = poller_alive()  # stops when its test ends, whatever is left to do
        QTimer.singleShot(0, self._poll)

    def on(self, match: Callable[[QWidget], bool], act: Callable[[QWidget], None]) -> Script:
        self.steps.append((match, act))
        return self

    def file(self, path: Path) -> Script:
        """The next file dialog: type the path and press Enter."""

        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, QFileDialog)
            edit = field(dialog, "Tên tệp:", QLineEdit)
            # As a person does: type the path and press Enter. When the path is in another
            # folder, the dialog may first go to that folder (clearing the name or not): type
            # the name again if it is gone and press Enter again.
            # As a person does with a path copied from the file manager: paste it into the
            # name box (Ctrl+V) and press Enter, again if the dialog first opened the folder.
            edit.selectAll()
            QApplication.clipboard().setText(str(path))
            self.qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
            for _ in range(3):
                if not dialog.isVisible():
                    break
                popup = edit.completer().popup() if edit.completer() else None
                if popup is not None and popup.isVisible():  # the list of matching names
                    self.qtbot.keyClick(popup, Qt.Key.Key_Escape)
                self.qtbot.keyClick(edit, Qt.Key.Key_Return)
            assert not dialog.isVisible(), f"the file dialog did not take {path}"

        return self.on(lambda w: isinstance(w, QFileDialog), act)

    def message(self, answer: str | None = None, contains: str = "") -> Script:
        """The next message box (whose text holds `contains`): click `answer`, or its
        default button."""

        def act(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            self.messages.append(box.text())
            if answer is None:
                box.accept() if box.defaultButton() is None else box.defaultButton().click()
            else:
                button(box, answer).click()

        return self.on(lambda w: isinstance(w, QMessageBox) and contains in w.text(), act)

    def dialog(self, title: str, act: Callable[[QWidget], None]) -> Script:
        return self.on(lambda w: w.windowTitle() == title, act)

    @property
    def finished(self) -> bool:
        if self.errors:
            raise self.errors[0]
        return not self.steps

    def _poll(self) -> None:
        if not self.steps or not self._alive():
            return
        # The next look is scheduled first: acting may open a modal loop of its own.
        QTimer.singleShot(20, self._poll)
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        match, act = self.steps[0]
        if not match(widget):
            return
        self.steps.pop(0)
        try:
            act(widget)
        except Exception as exc:  # raised again by `finished`; unblock the modal loops
            self.errors.append(exc)
            self.steps.clear()
            while (modal := QApplication.activeModalWidget()) is not None:
                modal.close()
                if hasattr(modal, "reject"):
                    modal.reject()


def install_district(qtbot: QtBot, folder: Path, setup_file: Path) -> Workspace:
    """A new office's first start in `folder`: on the first-run screen, "Mở tệp thiết lập do
    tỉnh cấp…" and the setup file the province issued; the office set up from it."""
    folder.mkdir(exist_ok=True)
    workspace = Workspace.open(str(folder / "htx.sqlite3"))
    dialog = FirstRunDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    script = Script(qtbot).file(setup_file).message(contains="Đã cài đặt")
    click(qtbot, button(dialog, "Mở tệp thiết lập do tỉnh cấp…"))
    assert script.finished and dialog.result() == FirstRunDialog.DialogCode.Accepted
    return workspace


def shown_headers(view: QAbstractItemView) -> list[str]:
    """The headings of the columns a person sees (hidden columns left out)."""
    model = view.model()
    return [
        str(model.headerData(number, Qt.Orientation.Horizontal))
        for number in range(model.columnCount())
        if not view.isColumnHidden(number)  # type: ignore[attr-defined]
    ]
