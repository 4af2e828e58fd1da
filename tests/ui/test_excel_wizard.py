"""The Excel wizard and the Excel menu, driven the way a person drives them."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QWizard,
)

from desktop.core import registry
from tests.core import excel_samples
from tests.ui.conftest import close_message_boxes, type_text
from tests.ui.driving import (
    button,
    click,
    field,
    menu_action,
    named,
    status_text,
    visible_texts,
)


def _wizard(qtbot, main_window):
    menu_action(main_window, "Excel", "Nhập danh sách từ Excel…").trigger()
    title = "Nhập danh sách hợp tác xã từ Excel"
    qtbot.waitUntil(
        lambda: getattr(QApplication.activeModalWidget(), "windowTitle", str)() == title
    )
    wizard = QApplication.activeModalWidget()
    qtbot.addWidget(wizard)  # closed when the test ends
    return wizard


def _path(wizard) -> QLineEdit:
    return named(wizard, "Tệp Excel", QLineEdit)


def _column(wizard, letter: str) -> QComboBox:
    return named(wizard, f"Trường của cột {letter}", QComboBox)


def _page_title(wizard) -> str:
    return wizard.currentPage().title()


def _texts(wizard) -> str:
    return "\n".join(visible_texts(wizard))


def _finish_ready(wizard) -> bool:
    return wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def _idle(window) -> bool:
    """No background work running: the Excel menu, greyed while one runs, is usable."""
    for top in window.menuBar().actions():
        if top.text().replace("&", "") == "Excel":
            return top.isEnabled() and top.menu().isEnabled()
    raise LookupError("Excel")


def _window(qtbot, workspace):
    from desktop.ui.main_window import MainWindow

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def _coop_count(window) -> int:
    return named(window, "Danh sách hợp tác xã", QTableView).model().rowCount()


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_import_through_the_wizard(qtbot, main_window, workspace, tmp_path, monkeypatch):
    path = excel_samples.office_list(tmp_path / "danh sách.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active.cell(8, 4).value = "Xã Không Có"  # one bad row
    wb.active.cell(5, 11).value = "Cơ sở"  # a header the program does not know
    wb.active.cell(7, 11).value = "Thôn Tân Mỹ"
    wb.save(path)
    wizard = _wizard(qtbot, main_window)

    type_text(_path(wizard), str(path))
    assert field(wizard, "Trang tính:", QComboBox).currentText() == "Danh sách"
    _next(qtbot, wizard)
    assert _page_title(wizard) == "Ghép cột"
    assert named(wizard, "Dòng tiêu đề", QSpinBox).value() == 5
    assert named(wizard, "Năm số liệu", QSpinBox).value() == 2024
    assert "Đã chuyển 4 ô chữ TCVN3/VNI" in _texts(wizard)
    assert _column(wizard, "C").currentData() == "name"
    assert _column(wizard, "G").currentData() == "charter_capital"
    unknown = _column(wizard, "K")
    assert unknown.currentData() is None
    unknown.setCurrentIndex(unknown.findData("address"))
    click(qtbot, button(wizard, "Lưu cách ghép cột này cho các lần nhập sau"))
    _next(qtbot, wizard)

    qtbot.waitUntil(lambda: _finish_ready(wizard), timeout=10_000)
    assert "<b>3</b> hợp tác xã sẽ được thêm mới" in _texts(wizard)
    assert "<b>1</b> dòng có lỗi" in _texts(wizard)
    problems = named(wizard, "Các dòng có lỗi", QTableWidget)
    assert problems.rowCount() == 1
    cells = [problems.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["8", "D", "Xã, thị trấn"]
    assert "Xã Không Có" in cells[3]
    with workspace.reading() as conn:
        assert registry.list_cooperatives(conn) == []  # nothing written yet

    saved = tmp_path / "loi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    click(qtbot, button(wizard, "Lưu danh sách lỗi ra Excel…"))
    sheet = openpyxl.load_workbook(saved).active
    assert [sheet.cell(6, c).value for c in range(1, 4)] == [8, "D", "Xã, thị trấn"]

    messages = close_message_boxes()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: _coop_count(main_window) == 3, timeout=10_000)
    assert "Đã nhập từ Excel: 3 thêm mới" in status_text(main_window)
    qtbot.waitUntil(lambda: any("3 thêm mới" in m for m in messages))
    with workspace.reading() as conn:
        coop = registry.get_cooperative(conn, registry.find_id(conn, "3100123459"))
    assert coop["address"] == "Thôn Tân Mỹ"
    assert coop["indicators"][0]["charter_capital"] == 2_500_500_000

    # The choice was saved: next time the unknown header is proposed as an address.
    again = _wizard(qtbot, main_window)
    type_text(_path(again), str(path))
    _next(qtbot, again)
    assert _column(again, "K").currentData() == "address"
    again.reject()


def test_wizard_refuses_a_file_that_is_not_excel(qtbot, main_window, tmp_path):
    wizard = _wizard(qtbot, main_window)
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not excel")
    type_text(_path(wizard), str(bad))
    assert "Không đọc được tệp" in _texts(wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_export_menu_writes_the_filtered_list(qtbot, workspace, tmp_path, monkeypatch):
    with workspace.transaction() as conn:
        for code, name, area in (("3100123459", "HTX Mây tre Kiến Giang", "19249"),
                                 ("3100000017", "HTX Sen Thủy", "19312")):  # fmt: skip
            registry.add_cooperative(conn, workspace.identity, {
                "registration_code": code, "name": name, "area_code": area})  # fmt: skip
    window = _window(qtbot, workspace)
    type_text(named(window, "Tìm hợp tác xã", QLineEdit), "sen thuy")
    qtbot.waitUntil(lambda: _coop_count(window) == 1)
    target = tmp_path / "ds.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(window, "Excel", "Xuất danh sách đang hiện…").trigger()
    qtbot.waitUntil(lambda: "Đã ghi" in status_text(window), timeout=10_000)
    sheet = openpyxl.load_workbook(target).active
    assert sheet["C6"].value == "HTX Sen Thủy" and sheet["C7"].value == "Tổng cộng (1)"
    for action, name in (("Xuất bảng tổng hợp theo địa bàn, lĩnh vực…", "th.xlsx"),
                         ("Lưu mẫu nhập danh sách…", "mau.xlsx")):  # fmt: skip
        target = tmp_path / name
        menu_action(window, "Excel", action).trigger()
        if name == "th.xlsx":  # the year and the area are asked first
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
            chooser = QApplication.activeModalWidget()
            assert chooser.windowTitle() == "Xuất bảng tổng hợp"
            ok = next(b for b in chooser.findChildren(QPushButton) if b.text() == "Tiếp tục…")
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: t.exists() and _idle(window), timeout=10_000)


def test_values_that_match_nothing_are_chosen_in_the_wizard_and_remembered(
    qtbot, main_window, workspace, tmp_path
):
    from PySide6.QtWidgets import QComboBox, QTableWidget

    from desktop.core.excel import mapping

    wb = openpyxl.Workbook()
    for row in [
        ["Mã số HTX", "Tên HTX", "Địa chỉ", "Tình trạng"],
        ["3100123459", "HTX Sen Thủy", "Thôn 3, xã Sen Thủyy", "Đang HĐ tốt"],
        ["3100000017", "HTX Kiến Giang", "Tiểu khu 2, thị trấn Kiến Giang", "Đang HĐ tốt"],
    ]:
        wb.active.append(row)
    path = tmp_path / "gia-tri.xlsx"
    wb.save(path)
    wizard = _wizard(qtbot, main_window)
    type_text(_path(wizard), str(path))
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: "Đang kiểm tra…" not in _texts(wizard), timeout=10_000)
    (table,) = [t for t in wizard.findChildren(QTableWidget)
                if t.accessibleName() == "Giá trị chưa khớp"]  # fmt: skip
    assert table.isVisible() and table.rowCount() == 2
    shown = {(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(2)}  # fmt: skip
    assert shown == {("Địa bàn", "xã Sen Thủyy", "1"), ("Tình trạng", "Đang HĐ tốt", "2")}
    assert not _finish_ready(wizard)  # nothing importable yet: every row waits for a choice

    combos = {c.accessibleName(): c for c in wizard.findChildren(QComboBox)}
    area = combos["Nghĩa của “xã Sen Thủyy”"]
    area.setCurrentIndex(area.findText("Xã Sen Thủy, Huyện Lệ Thủy, Tỉnh Quảng Bình (19312)"))
    status = combos["Nghĩa của “Đang HĐ tốt”"]
    status.setCurrentIndex(status.findText("Đang hoạt động"))
    wizard.resize(1366, 768)
    wizard.grab().save(str(tmp_path / "values.png"))
    click(qtbot, button(wizard, "Dùng các lựa chọn và kiểm tra lại"))
    qtbot.waitUntil(lambda: _finish_ready(wizard), timeout=10_000)
    assert "<b>2</b> hợp tác xã sẽ được thêm mới" in _texts(wizard)
    assert not table.isVisible()

    close_message_boxes()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _coop_count(main_window) == 2, timeout=10_000)
    with workspace.reading() as conn:
        stored = {r["registration_code"]: r for r in registry.list_cooperatives(conn)}
        remembered = mapping.load_values(conn)
    assert stored["3100123459"]["area_code"] == "19312"
    assert stored["3100000017"]["area_code"] == "19249"
    assert {r["status"] for r in stored.values()} == {"active"}
    assert remembered == {"area": {"xa sen thuyy": "19312"}, "status": {"dang hd tot": "active"}}


def test_legacy_looking_text_is_shown_then_converted_when_the_person_ticks_it(
    qtbot, main_window, workspace, tmp_path
):
    from PySide6.QtWidgets import QTableWidget

    from desktop.core.excel.legacy import unicode_to_tcvn3

    wb = openpyxl.Workbook()
    wb.active.append(
        [unicode_to_tcvn3(h) for h in ("Mã số HTX", "Tên hợp tác xã", "Người đại diện")]
    )
    wb.active.append(["3100123459", unicode_to_tcvn3("Hợp tác xã Sen Thủy"), "NguyÔn Thanh Hµ"])
    path = tmp_path / "arial.xlsx"
    wb.save(path)
    wizard = _wizard(qtbot, main_window)
    type_text(_path(wizard), str(path))
    _next(qtbot, wizard)
    assert _page_title(wizard) == "Chọn tệp Excel"  # the offer is shown first
    (cells,) = [t for t in wizard.findChildren(QTableWidget)
                if t.accessibleName() == "Chữ có thể là TCVN3/VNI"]  # fmt: skip
    assert cells.isVisible() and cells.rowCount() == 5
    rows = {cells.item(r, 0).text(): cells.item(r, 2).text() for r in range(cells.rowCount())}
    assert rows["C2"] == "Nguyễn Thanh Hà" and rows["B1"] == "Tên hợp tác xã"
    wizard.resize(1366, 768)
    wizard.grab().save(str(tmp_path / "legacy.png"))
    tick = button(wizard, "Chuyển các ô này sang Unicode")
    click(qtbot, tick)
    assert tick.isChecked()
    _next(qtbot, wizard)
    assert _page_title(wizard) == "Ghép cột", _texts(wizard)
    assert _column(wizard, "C").currentData() == "representative"
    _next(qtbot, wizard)
    qtbot.waitUntil(lambda: _finish_ready(wizard), timeout=10_000)
    close_message_boxes()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _coop_count(main_window) == 1, timeout=10_000)
    with workspace.reading() as conn:
        (coop,) = registry.list_cooperatives(conn)
    assert (coop["name"], coop["representative"]) == ("Hợp tác xã Sen Thủy", "Nguyễn Thanh Hà")
