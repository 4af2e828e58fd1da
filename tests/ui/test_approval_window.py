"""Sign-off of figures in the window only, from empty data folders (issue 10 item 5).

The province sets itself up, adds a cooperative with its figures for this year and enrols
Lệ Thủy; the district sets itself up and sends its figures for approval ("Gửi số liệu để
duyệt"); the province returns them with a comment, the district sees the comment and sends
again, the province approves; the approved figures cannot be edited until "Mở lại". The
dashboard says how many offices' figures are approved. Screens are grabbed at 1366x768.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
    QWidget,
)

from desktop.core import registry
from desktop.core.workspace import Workspace
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import type_text
from tests.ui.driving import (
    Script,
    button,
    choose_unit,
    click,
    column,
    current_page,
    install_district,
    menu_action,
    named,
)
from tests.ui.test_journeys import (
    LE_THUY,
    PROVINCE,
    add_cooperative,
    enrol,
    export,
    first_run,
    go_to,
    import_package,
    open_window,
)
from tests.ui.test_qt_vietnamese import vietnamese  # noqa: F401  (Qt's strings in Vietnamese)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing"),
]

YEAR = date.today().year
CODE = "3100123459"
SHOTS = Path(os.environ.get("HTX_SCREENSHOTS", "")) if os.environ.get("HTX_SCREENSHOTS") else None


def grab(window: QWidget, name: str) -> None:
    """A main window at 1366x768 (a dialog as it opens), kept when HTX_SCREENSHOTS names a
    folder (to look at them)."""
    if isinstance(window, QMainWindow):
        window.resize(1366, 768)
    image = window.grab()
    assert not image.isNull()
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        image.save(str(SHOTS / f"{name}.png"))


def set_members(qtbot, window: MainWindow, members: str,
                then: Callable[[Script], Script] | None = None) -> Script:  # fmt: skip
    """Open the cooperative, add this year's figures if missing, type the members, Save;
    `then` adds what happens next while the form is open (it is modal)."""
    table = named(go_to(window, "Hợp tác xã"), "Danh sách hợp tác xã", QTableView)
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    rect = table.visualRect(table.model().index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def choose_year(dialog: QWidget) -> None:
        spin = dialog.findChild(QSpinBox)
        spin.selectAll()
        type_text(spin, str(YEAR))
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    def fill_in(dialog: QWidget) -> None:
        tabs = dialog.findChild(QTabWidget)
        tabs.setCurrentIndex(1)
        figures = tabs.currentWidget().findChild(QTableWidget)
        years = [figures.horizontalHeaderItem(c).text() for c in range(figures.columnCount())]
        if str(YEAR) not in years:
            script.on(lambda w: w.windowTitle() == "Thêm năm", choose_year)
            click(qtbot, button(dialog, "Thêm năm…"))
            qtbot.waitUntil(lambda: figures.columnCount() == len(years) + 1)
        years = [figures.horizontalHeaderItem(c).text() for c in range(figures.columnCount())]
        cell = figures.visualItemRect(figures.item(0, years.index(str(YEAR))))  # members
        qtbot.mouseClick(figures.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
        qtbot.mouseDClick(figures.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
        (editor,) = [e for e in figures.findChildren(QLineEdit) if e.isVisible()]
        editor.selectAll()
        type_text(editor, members)
        assert editor.text() == members, editor.text()
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert figures.item(0, years.index(str(YEAR))).text() == members
        click(qtbot, button(dialog, "Lưu"))

    script = Script(qtbot).dialog("Sửa hợp tác xã", fill_in)
    if then is not None:
        then(script)
    menu_action(window, "Hợp tác xã", "Mở / sửa").trigger()
    return script


def members_of(workspace: Workspace) -> int | None:
    with workspace.reading() as conn:
        coop = registry.get_cooperative(conn, registry.find_id(conn, CODE))
    return next((i["members"] for i in coop["indicators"] if i["year"] == YEAR), None)


def send_for_approval(qtbot, window: MainWindow, note: str) -> None:
    def fill_in(dialog: QWidget) -> None:
        type_text(dialog.findChild(QPlainTextEdit), note)
        click(qtbot, button(dialog, "Gửi"))

    script = Script(qtbot).dialog("Gửi số liệu để duyệt", fill_in)
    menu_action(window, "Báo cáo", "Gửi số liệu để duyệt…").trigger()
    qtbot.waitUntil(lambda: script.finished)


def offices_table(window: MainWindow) -> QTableWidget:
    return go_to(window, "Duyệt số liệu").findChild(QTableWidget)


def row_of(table: QTableWidget, name: str) -> list[str]:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            return [table.item(r, c).text() for c in range(table.columnCount())]
    raise LookupError(name)


def select(qtbot, table: QTableWidget, name: str) -> None:
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            rect = table.visualItemRect(table.item(r, 0))
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise LookupError(name)


def own_state(window: MainWindow) -> str:
    page = go_to(window, "Duyệt số liệu")
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    return next(t for t in texts if t.startswith("Số liệu năm"))


def test_an_office_submits_the_province_returns_approves_locks_and_reopens(
    qtbot, tmp_path, monkeypatch, vietnamese  # noqa: F811
):  # fmt: skip
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    usb = tmp_path / "usb"
    usb.mkdir()
    (tmp_path / "province").mkdir()
    province = first_run(qtbot, tmp_path / "province", PROVINCE, province=True, district=None)
    hub = open_window(qtbot, province)
    add_cooperative(qtbot, hub, CODE, "Hợp tác xã Nông nghiệp Sen Thủy", "le thuy", "sen thuy")
    script = set_members(qtbot, hub, "25")
    qtbot.waitUntil(lambda: script.finished)
    assert members_of(province) == 25
    enrol(qtbot, hub, LE_THUY, "le thuy", usb / "THIET-LAP_H457.htxsetup")

    district = install_district(qtbot, tmp_path / "district", usb / "THIET-LAP_H457.htxsetup")
    office = open_window(qtbot, district)
    assert "Chưa gửi" in own_state(office)

    # The district sends its figures; the province sees them waiting.
    send_for_approval(qtbot, office, "Đã rà soát đủ hợp tác xã")
    assert "Đã gửi" in own_state(office)
    grab(office, "approval-office-submitted")
    import_package(qtbot, hub, export(qtbot, office, usb))
    table = offices_table(hub)
    assert row_of(table, LE_THUY)[2] == "Đã gửi"
    assert "Đã rà soát đủ hợp tác xã" in row_of(table, LE_THUY)[5]
    assert not button(current_page(hub), "Duyệt").isEnabled()  # nothing chosen yet

    # Returned: the comment is required, then travels to the district.
    select(qtbot, table, LE_THUY)
    comment = "Thiếu doanh thu năm nay"

    def returned(box: QWidget) -> None:
        click(qtbot, button(box, "Trả lại"))  # no comment yet: the dialog says what is missing
        problems = [w.text() for w in box.findChildren(QLabel) if w.isVisible()]
        assert any("Hãy ghi ý kiến" in t for t in problems), problems
        grab(box, "approval-return-dialog")
        type_text(box.findChild(QPlainTextEdit), comment)
        click(qtbot, button(box, "Trả lại"))

    script = Script(qtbot).dialog("Trả lại số liệu", returned)
    click(qtbot, button(current_page(hub), "Trả lại…"))
    assert script.finished
    assert row_of(table, LE_THUY)[2] == "Trả lại"
    import_package(qtbot, office, export(qtbot, hub, usb / "down1"))
    assert "Trả lại" in own_state(office) and comment in own_state(office)
    grab(office, "approval-office-returned")

    # Sent again and approved, with a confirmation.
    send_for_approval(qtbot, office, "Đã bổ sung doanh thu")
    import_package(qtbot, hub, export(qtbot, office, usb))
    table = offices_table(hub)
    select(qtbot, table, LE_THUY)
    script = Script(qtbot).message("Duyệt", contains="Duyệt số liệu năm")
    click(qtbot, button(current_page(hub), "Duyệt"))
    assert script.finished
    assert row_of(table, LE_THUY)[2] == "Đã duyệt"
    assert any(w.text() == "Đã duyệt: 1/1 đơn vị" for w in current_page(hub).findChildren(QLabel))
    grab(hub, "approval-province")
    dashboard = go_to(hub, "Bảng điều khiển")
    qtbot.waitUntil(
        lambda: any(
            f"Số liệu năm {YEAR} đã duyệt: 1/1 đơn vị" in w.text()
            for w in dashboard.findChildren(QLabel)
            if w.isVisible()
        )
    )
    grab(hub, "approval-dashboard")

    # Locked: the province's own edit is refused with the reason, nothing changes; the
    # person closes the form and drops the edit.
    def cancel(form: QWidget) -> None:
        click(qtbot, button(form, "Hủy"))

    def discard(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Discard).click()

    script = set_members(
        qtbot, hub, "99",
        then=lambda s: s.message(contains="đã được cấp tỉnh duyệt")
        .dialog("Sửa hợp tác xã", cancel)
        .on(lambda w: isinstance(w, QMessageBox) and "chưa được lưu" in w.text(), discard),
    )  # fmt: skip
    assert script.finished
    assert "Mở lại" in script.messages[0]
    assert members_of(province) == 25

    # Deleting the cooperative would change the approved figures as well: refused before
    # the person is asked to confirm, with the period and what to do; it stays listed.
    coops = named(go_to(hub, "Hợp tác xã"), "Danh sách hợp tác xã", QTableView)
    rect = coops.visualRect(coops.model().index(0, 1))
    qtbot.mouseClick(coops.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    def refused(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        grab(box, "approval-delete-refused")
        script.messages.append(box.text())
        box.accept()

    script = Script(qtbot).on(
        lambda w: isinstance(w, QMessageBox) and "Không xóa được" in w.text(), refused
    )
    menu_action(hub, "Hợp tác xã", "Xóa…").trigger()
    assert script.finished
    assert f"số liệu năm {YEAR} của hợp tác xã này" in script.messages[0]
    assert f"đề nghị cấp tỉnh “Mở lại” số liệu năm {YEAR}" in script.messages[0]
    assert coops.model().rowCount() == 1

    # Moving it to Đồng Hới in the form is refused the same way; the form stays open.
    def move(form: QWidget) -> None:
        choose_unit(form, "Huyện / quận / thị xã", "dong hoi", qtbot)
        choose_unit(form, "Xã / phường / thị trấn", "bac ly", qtbot)
        click(qtbot, button(form, "Lưu"))

    script = (
        Script(qtbot)
        .dialog("Sửa hợp tác xã", move)
        .message(contains="Không chuyển được")
        .dialog("Sửa hợp tác xã", cancel)
        .on(lambda w: isinstance(w, QMessageBox) and "chưa được lưu" in w.text(), discard)
    )
    menu_action(hub, "Hợp tác xã", "Mở / sửa").trigger()
    assert script.finished
    assert f"“Mở lại” số liệu năm {YEAR}" in script.messages[0]
    assert column(coops, "Xã / địa bàn") == ["Xã Sen Thủy"]

    # Reopened: the figures can be edited again.
    table = offices_table(hub)
    select(qtbot, table, LE_THUY)
    script = Script(qtbot).message("Mở lại", contains="Mở lại số liệu")
    click(qtbot, button(current_page(hub), "Mở lại"))
    assert script.finished
    assert row_of(table, LE_THUY)[2] == "Đã gửi"
    script = set_members(qtbot, hub, "99")
    qtbot.waitUntil(lambda: script.finished)
    assert members_of(province) == 99
    province.close()
    district.close()
