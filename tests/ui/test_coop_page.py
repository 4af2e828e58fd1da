"""The cooperative list and form, driven the way a user drives them."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core import registry
from desktop.ui.coop_dialog import CoopDialog
from tests.ui.conftest import poller_alive, type_text


def _add(workspace, **values):
    base = {"registration_code": "3100123459", "name": "Hợp tác xã Nông nghiệp Sen Thủy",
            "area_scheme": "pre2025", "area_code": "457", "sector": "agri"}  # fmt: skip
    base.update(values)
    with workspace.transaction() as conn:
        return registry.add_cooperative(conn, workspace.identity, base)


def _answer_next_box(button):
    """Press `button` on the next message box that opens (confirmations)."""

    alive = poller_alive()

    def press():
        if not alive():
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.button(button).click()
        else:
            QTimer.singleShot(20, press)

    QTimer.singleShot(0, press)


def test_form_saves_a_new_cooperative_and_the_table_shows_it(qtbot, main_window, workspace):
    dialog = CoopDialog(workspace, main_window.bus, parent=main_window)
    qtbot.addWidget(dialog)
    type_text(dialog.registration_code, "3100123459")
    type_text(dialog.name, "Hợp tác xã Dịch vụ Nông nghiệp Kiến Giang")
    dialog.sector.setCurrentIndex(dialog.sector.findData("agri"))
    commune = dialog.area.commune
    commune.setCurrentIndex(commune.findText("Thị trấn Kiến Giang"))
    type_text(dialog.founded_on, "05/03/2019")
    dialog.add_year(2024)
    dialog.indicators.item(0, 0).setText("25")
    dialog.indicators.item(registry.INDICATOR_FIELDS.index("revenue"), 0).setText("1.500.000.000")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    page = main_window.coop_page
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 1)) == "Hợp tác xã Dịch vụ Nông nghiệp Kiến Giang"
    assert "1 hợp tác xã" in main_window.status_label.text()
    with workspace.reading() as conn:
        saved = registry.get_cooperative(conn, registry.find_id(conn, "3100123459"))
    assert saved["area_code"] == "19327" or saved["district_code"] == "457"
    assert str(saved["founded_on"]) == "2019-03-05"
    assert saved["indicators"][0]["members"] == 25
    assert saved["indicators"][0]["revenue"] == 1_500_000_000


def test_bad_input_is_shown_next_to_the_field_and_nothing_is_saved(qtbot, main_window, workspace):
    _add(workspace)
    dialog = CoopDialog(workspace, main_window.bus, parent=main_window)
    qtbot.addWidget(dialog)
    type_text(dialog.registration_code, "3100123459")  # already used
    type_text(dialog.founded_on, "01/01/2999")
    dialog.add_year(2024)
    dialog.indicators.item(0, 0).setText("-4")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() or dialog.result() == 0
    assert "đã được dùng" in dialog._errors["registration_code"].text()
    assert dialog._errors["name"].text() == "Tên không được để trống."
    assert "sau ngày hôm nay" in dialog._errors["founded_on"].text()
    assert "không được âm" in dialog.indicator_errors.text()
    assert not dialog._errors["address"].isVisibleTo(dialog)
    with workspace.reading() as conn:
        assert len(registry.list_cooperatives(conn)) == 1


def test_search_ignores_diacritics_and_shrinks_the_table(qtbot, main_window, workspace):
    _add(workspace, registration_code="3100123459", name="Hợp tác xã Đồng Hới Xanh")
    _add(workspace, registration_code="4400000017", name="Quỹ tín dụng nhân dân Sen Thủy",
         entity_type="QTDND", sector="credit")  # fmt: skip
    _add(workspace, registration_code="4400000025", name="Hợp tác xã Mây tre đan Hồng Thủy",
         sector="industry")  # fmt: skip
    page = main_window.coop_page
    page.reload()
    assert page.model.rowCount() == 3
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    type_text(page.search, "dong hoi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 1)) == "Hợp tác xã Đồng Hới Xanh"
    assert "Tìm thấy 1 / 3" in main_window.status_label.text()
    page.search.clear()
    type_text(page.search, "hop tac xa")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.search.clear()
    page.sector.setCurrentIndex(page.sector.findData("credit"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_sorting_follows_vietnamese_alphabet(qtbot, main_window, workspace):
    for code, name in (("3100123459", "Đông Phú"), ("4400000017", "Dương Thủy"),
                       ("4400000025", "Ân Thủy"), ("4400000033", "An Thủy")):  # fmt: skip
        _add(workspace, registration_code=code, name=name)
    page = main_window.coop_page
    page.reload()
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [page.model.data(page.model.index(r, 1)) for r in range(4)]
    assert names == ["An Thủy", "Ân Thủy", "Dương Thủy", "Đông Phú"]


def test_delete_asks_then_ctrl_z_brings_it_back(qtbot, main_window, workspace):
    _add(workspace)
    page = main_window.coop_page
    page.reload()
    page.table.setFocus()
    page.select(page.model.id_at(0))
    _answer_next_box(QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert page.model.rowCount() == 0
    with workspace.reading() as conn:
        assert len(registry.list_cooperatives(conn, deleted=True)) == 1
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert page.model.rowCount() == 1
    with workspace.reading() as conn:
        coop_id = registry.find_id(conn, "3100123459")
        fields = [h.field for h in registry.cooperative_history(conn, coop_id)]
    assert fields == ["_created", "deleted", "deleted"]


def test_declining_the_confirmation_keeps_the_record(qtbot, main_window, workspace):
    _add(workspace)
    page = main_window.coop_page
    page.reload()
    page.select(page.model.id_at(0))
    _answer_next_box(QMessageBox.StandardButton.No)
    page.delete_action.trigger()
    assert page.model.rowCount() == 1


def test_edit_records_history_shown_in_the_form(qtbot, main_window, workspace, monkeypatch):
    monkeypatch.setenv("HTX_STAFF", "Nguyễn Thị Lan")
    coop_id = _add(workspace)
    dialog = CoopDialog(workspace, main_window.bus, coop_id, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.name.clear()
    type_text(dialog.name, "Hợp tác xã Nông nghiệp Sen Thủy Mới")
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    again = CoopDialog(workspace, main_window.bus, coop_id, parent=main_window)
    qtbot.addWidget(again)
    table = again.history_table
    texts = [table.item(0, c).text() for c in range(table.columnCount())]
    assert texts[1] == "UBND huyện Lệ Thủy"  # the office, by its name
    assert texts[2] == "Nguyễn Thị Lan"  # who made the change (issue 12, finding 10)
    assert texts[3] == "Tên"
    assert texts[4] == "Hợp tác xã Nông nghiệp Sen Thủy"
    assert texts[5] == "Hợp tác xã Nông nghiệp Sen Thủy Mới"


def test_data_survives_closing_and_reopening(qtbot, tmp_path, workspace):
    from desktop.core.workspace import Workspace
    from desktop.ui.main_window import MainWindow

    _add(workspace)
    url = workspace.database.url
    workspace.close()
    reopened = Workspace.open(url.removeprefix("sqlite:///"))
    window = MainWindow(reopened)
    qtbot.addWidget(window)
    assert window.coop_page.model.rowCount() == 1
    assert window.windowTitle() == "HTX Desktop – UBND huyện Lệ Thủy"
    reopened.close()


def test_typing_narrows_and_deleting_widens_in_the_chosen_order(qtbot, main_window, workspace):
    """Each keystroke filters what is shown; the result equals filtering everything afresh."""
    from desktop.core.text import fold
    from desktop.ui.coop_model import Filters

    names = ["Hợp tác xã Đồng Hới", "Hợp tác xã Đông Hòa", "Tổ hợp tác Hội An", "Quỹ Đồng Lê"]
    for number, name in enumerate(names):
        _add(workspace, registration_code=f"44000000{number}{number}"[:9] + "0", name=name)
    page = main_window.coop_page
    page.reload()
    model = page.model
    with workspace.reading() as conn:
        keys = {r["name"]: " " + r["search_key"] for r in registry.list_cooperatives(conn)}

    def expected(text: str) -> set[str]:
        words = [" " + w for w in fold(text).split()]
        return {n for n, key in keys.items() if all(w in key for w in words)}

    def shown() -> list[str]:
        return [model.data(model.index(r, 1)) for r in range(model.rowCount())]

    for text in ("d", "do", "dong", "dong h", "dong ho", "dong hoi", "dong h", "", "hoi", "hoi a"):
        model.set_filters(Filters(text=text))
        assert set(shown()) == expected(text), text
    assert shown() == ["Tổ hợp tác Hội An"]
    model.set_filters(Filters(text="dong"))
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert shown() == ["Quỹ Đồng Lê", "Hợp tác xã Đồng Hới", "Hợp tác xã Đông Hòa"]
    model.set_filters(Filters(text="dong hoi"))
    assert shown() == ["Hợp tác xã Đồng Hới"]
    model.set_filters(Filters(text="dong"))
    assert shown() == ["Quỹ Đồng Lê", "Hợp tác xã Đồng Hới", "Hợp tác xã Đông Hòa"]


def _visible_labels(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]


def test_enter_saves_the_form_as_its_hint_says(qtbot, main_window, workspace):
    dialog = CoopDialog(workspace, main_window.bus, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("Enter hoặc Ctrl+S: lưu" in text for text in _visible_labels(dialog))
    assert "Ctrl+S" in dialog.save_button.toolTip()
    type_text(dialog.registration_code, "3100123459")
    type_text(dialog.name, "Hợp tác xã Nông nghiệp Sen Thủy")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert main_window.coop_page.model.rowCount() == 1


def test_an_unfinished_email_or_phone_is_refused_with_a_clear_message(
    qtbot, main_window, workspace
):
    dialog = CoopDialog(workspace, main_window.bus, parent=main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.registration_code, "3100123459")
    type_text(dialog.name, "Hợp tác xã Nông nghiệp Sen Thủy")
    type_text(dialog.email, "htx@")
    type_text(dialog.phone, "0912")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    shown = _visible_labels(dialog)
    assert any("“htx@” chưa đúng" in t and "htxsenthuy@gmail.com" in t for t in shown), shown
    assert any("“0912” chưa đúng" in t and "0912 345 678" in t for t in shown), shown
    with workspace.reading() as conn:
        assert registry.list_cooperatives(conn) == []
    dialog.email.clear()
    type_text(dialog.email, "htx.senthuy@gmail.com")
    dialog.phone.clear()
    type_text(dialog.phone, "0232 3822 123")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)


def test_an_empty_registry_offers_to_add_or_import(qtbot, main_window, workspace):
    from PySide6.QtWidgets import QPushButton

    page = main_window.coop_page
    buttons = {b.text(): b for b in page.findChildren(QPushButton) if b.isVisible()}
    assert {"Thêm hợp tác xã", "Nhập từ Excel"} <= set(buttons)
    assert not page.table.isVisible()
    opened = []

    alive = poller_alive()

    def close_form():
        if not alive():
            return
        form = QApplication.activeModalWidget()
        if form is None:
            QTimer.singleShot(20, close_form)
            return
        opened.append(form.windowTitle())
        form.reject()

    QTimer.singleShot(0, close_form)
    qtbot.mouseClick(buttons["Thêm hợp tác xã"], Qt.MouseButton.LeftButton)
    assert opened == ["Thêm hợp tác xã"]
    _add(workspace)
    page.reload()
    assert page.table.isVisible()
    assert not buttons["Nhập từ Excel"].isVisible()


def test_shortcuts_show_in_tooltips_and_menus(main_window):
    page = main_window.coop_page
    tips = {a.toolTip() for a in main_window.toolbar.actions() if not a.isSeparator()}
    assert "Thêm hợp tác xã (Ctrl+N)" in tips
    assert "Tìm kiếm (Ctrl+F)" in tips
    assert page.new_action.shortcut().toString() == "Ctrl+N"  # what the menu shows


def test_navigation_titles_are_never_cut(qtbot, province_window):
    from desktop.ui.board_page import BoardPage

    nav = province_window.navigation
    board = province_window.findChild(BoardPage)
    board.title_changed.emit("Theo dõi tiến độ (2.980)")
    for row in range(nav.count()):
        item = nav.item(row)
        needed = nav.fontMetrics().horizontalAdvance(item.text()) + nav.iconSize().width()
        assert needed < nav.visualItemRect(item).width() <= nav.viewport().width(), item.text()
