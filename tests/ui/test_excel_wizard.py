"""The Excel wizard and the Excel menu, driven the way a person drives them."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWizard

from desktop.core import registry
from tests.core import excel_samples
from tests.ui.conftest import close_message_boxes, type_text


def _wizard(qtbot, main_window):
    main_window.excel.import_action.trigger()
    wizard = main_window.excel.wizard
    qtbot.addWidget(wizard)
    qtbot.waitUntil(wizard.isVisible)
    return wizard


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

    type_text(wizard.file_page.path, str(path))
    assert wizard.file_page.sheet.currentText() == "Danh sách"
    _next(qtbot, wizard)
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_row.value() == 5
    assert page.year.value() == 2024
    assert "Đã chuyển 4 ô chữ TCVN3/VNI" in page.info.text()
    assert page.combo_for("C").currentData() == "name"
    assert page.combo_for("G").currentData() == "charter_capital"
    unknown = page.combo_for("K")
    assert unknown.currentData() is None
    unknown.setCurrentIndex(unknown.findData("address"))
    page.save_choices.setChecked(True)
    _next(qtbot, wizard)

    preview = wizard.preview_page
    qtbot.waitUntil(preview.isComplete, timeout=10_000)
    assert "<b>3</b> hợp tác xã sẽ được thêm mới" in preview.summary.text()
    assert "<b>1</b> dòng có lỗi" in preview.summary.text()
    assert preview.problems.rowCount() == 1
    cells = [preview.problems.item(0, c).text() for c in range(4)]
    assert cells[:3] == ["8", "D", "Xã, thị trấn"]
    assert "Xã Không Có" in cells[3]
    with workspace.reading() as conn:
        assert registry.list_cooperatives(conn) == []  # nothing written yet

    saved = tmp_path / "loi.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(preview.save_problems, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(saved).active
    assert [sheet.cell(6, c).value for c in range(1, 4)] == [8, "D", "Xã, thị trấn"]

    messages = close_message_boxes()
    with qtbot.waitSignal(main_window.bus.changed, timeout=10_000) as changed:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)  # fmt: skip
    assert changed.args[0] == {"cooperative", "indicator"}
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert main_window.coop_page.model.rowCount() == 3
    assert "Đã nhập từ Excel: 3 thêm mới" in main_window.status_label.text()
    qtbot.waitUntil(lambda: any("3 thêm mới" in m for m in messages))
    with workspace.reading() as conn:
        coop = registry.get_cooperative(conn, registry.find_id(conn, "3100123459"))
    assert coop["address"] == "Thôn Tân Mỹ"
    assert coop["indicators"][0]["charter_capital"] == 2_500_500_000

    # The choice was saved: next time the unknown header is proposed as an address.
    again = _wizard(qtbot, main_window)
    again.file_page.path.setText(str(path))
    _next(qtbot, again)
    assert again.mapping_page.combo_for("K").currentData() == "address"
    again.reject()


def test_wizard_refuses_a_file_that_is_not_excel(qtbot, main_window, tmp_path):
    wizard = _wizard(qtbot, main_window)
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not excel")
    wizard.file_page.path.setText(str(bad))
    assert "Không đọc được tệp" in wizard.file_page.message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.reject()


def test_export_menu_writes_the_filtered_list(qtbot, main_window, workspace, tmp_path,
                                              monkeypatch):  # fmt: skip
    with workspace.transaction() as conn:
        for code, name, area in (("3100123459", "HTX Mây tre Kiến Giang", "19249"),
                                 ("3100000017", "HTX Sen Thủy", "19312")):  # fmt: skip
            registry.add_cooperative(conn, workspace.identity, {
                "registration_code": code, "name": name, "area_code": area})  # fmt: skip
    page = main_window.coop_page
    page.reload()
    type_text(page.search, "sen thuy")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    target = tmp_path / "ds.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    main_window.excel.export_shown_action.trigger()
    qtbot.waitUntil(lambda: not main_window.runner.busy, timeout=10_000)
    assert "Đã ghi" in main_window.status_label.text()
    sheet = openpyxl.load_workbook(target).active
    assert sheet["C6"].value == "HTX Sen Thủy" and sheet["C7"].value == "Tổng cộng (1)"
    for action, name in ((main_window.excel.export_summary_action, "th.xlsx"),
                         (main_window.excel.template_action, "mau.xlsx")):  # fmt: skip
        target = tmp_path / name
        action.trigger()
        if name == "th.xlsx":  # the year and the area are asked first
            qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
            chooser = QApplication.activeModalWidget()
            assert chooser.windowTitle() == "Xuất bảng tổng hợp"
            ok = next(b for b in chooser.findChildren(QPushButton) if b.text() == "Tiếp tục…")
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda t=target: t.exists() and not main_window.runner.busy,
                        timeout=10_000)  # fmt: skip
