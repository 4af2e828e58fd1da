"""A department (sở, ngành) given some sectors only: its cooperative form shows what it may not
change read-only, with the reason, instead of letting it be typed and refusing it on save."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from desktop.core import registry, settings
from desktop.core.workspace import Workspace, configure
from tests.ui.conftest import type_text
from tests.ui.driving import (
    Script,
    button,
    click,
    click_row,
    column,
    field,
    menu_action,
    named,
    visible_texts,
)

PROVINCE = settings.Identity(
    "QT", "Sở Tài chính tỉnh Quảng Trị", settings.PROVINCE, "post2025", "44", "QT"
)
FARMING = settings.Identity(
    "SNNMT", "Sở Nông nghiệp và Môi trường", settings.DEPARTMENT, "post2025", "44", "QT",
    registry_access="sectors:agri",
)  # fmt: skip


@pytest.fixture
def department_window(qtbot, tmp_path, monkeypatch):
    """The department's window on a registry that arrived from the province: one farming
    cooperative and one credit fund."""
    from desktop.ui.main_window import MainWindow

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "snnmt.sqlite3"))
    with ws.transaction() as conn:
        configure(conn, PROVINCE)
        for code, name, sector in (("3100123459", "Hợp tác xã Nông nghiệp Sen Ngư", "agri"),
                                   ("4400000017", "Quỹ tín dụng nhân dân Sen Ngư", "credit")):  # fmt: skip
            registry.add_cooperative(conn, PROVINCE, {
                "registration_code": code, "name": name, "area_scheme": "post2025",
                "area_code": "19288", "sector": sector})  # fmt: skip
    with ws.transaction() as conn:
        configure(conn, FARMING)
    ws.identity = FARMING
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    yield window, ws
    ws.close()


def _open(qtbot, window, name: str, act) -> None:
    table = named(window, "Danh sách hợp tác xã", QTableView)
    click_row(qtbot, table, column(table, "Tên").index(name))
    script = Script(qtbot).dialog("Sửa hợp tác xã", act)
    menu_action(window, "Hợp tác xã", "Mở / sửa").trigger()
    assert script.finished


def test_a_record_of_another_sector_is_shown_read_only_with_the_reason(qtbot, department_window):
    window, _ws = department_window
    seen: dict = {}

    def look(dialog):
        dialog.resize(1366, 768)
        seen["texts"] = visible_texts(dialog)
        seen["name read-only"] = field(dialog, "Tên *", QLineEdit).isReadOnly()
        seen["sector enabled"] = field(dialog, "Lĩnh vực", QComboBox).isEnabled()
        seen["save enabled"] = button(dialog, "Lưu").isEnabled()
        click(qtbot, button(dialog, "Đóng"))  # nothing could change: no question asked

    _open(qtbot, window, "Quỹ tín dụng nhân dân Sen Ngư", look)
    assert any("Chỉ xem" in t and "không được giao sửa" in t for t in seen["texts"]), seen
    assert seen["name read-only"] and not seen["sector enabled"] and not seen["save enabled"]


def test_its_own_sector_is_editable_and_the_sector_list_holds_only_its_sectors(
    qtbot, department_window
):
    window, ws = department_window
    seen: dict = {}

    def edit(dialog):
        sector = field(dialog, "Lĩnh vực", QComboBox)
        seen["sectors"] = [sector.itemData(i) for i in range(sector.count())]
        seen["sector enabled"] = sector.isEnabled()
        seen["texts"] = visible_texts(dialog)
        phone = field(dialog, "Điện thoại", QLineEdit)
        type_text(phone, "0233 3822 123")
        click(qtbot, button(dialog, "Lưu"))
        seen["closed"] = not dialog.isVisible()

    _open(qtbot, window, "Hợp tác xã Nông nghiệp Sen Ngư", edit)
    assert seen["sectors"] == ["agri"] and not seen["sector enabled"]
    assert any("được giao sửa hợp tác xã các lĩnh vực" in t for t in seen["texts"]), seen
    assert seen["closed"]
    with ws.reading() as conn:
        saved = registry.get_cooperative(conn, registry.find_id(conn, "3100123459"))
    assert saved["phone"] == "0233 3822 123"
