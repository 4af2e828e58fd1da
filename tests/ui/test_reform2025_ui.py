"""The 2025 structure in the window: first run and enrolment roles, and the conversion
dialog (preview, choices for split communes, old district offices)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from desktop.core import areas, registry, settings
from desktop.core.records import SPECS
from desktop.core.sync import enrolment
from desktop.core.workspace import Workspace
from desktop.ui.first_run import FirstRunDialog
from tests.ui.conftest import close_message_boxes, type_text
from tests.ui.driving import button as button_of
from tests.ui.driving import (
    choose,
    click,
    column,
    field,
    go_to,
    menu_action,
    named,
    shown_headers,
    visible_texts,
)

SHOTS = Path(os.environ.get("HTX_SCREENSHOTS", "/tmp/htx-shots"))


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(1366, 768) if widget.isWindow() and widget.width() > 1366 else None
    widget.grab().save(str(SHOTS / f"{name}.png"))


def test_first_run_offers_todays_structure_first(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "new.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    role = field(dialog, "Vai trò", QComboBox)
    roles = [role.itemText(i) for i in range(role.count())]
    assert roles == [
        "Cấp xã / phường / đặc khu",
        "Cấp tỉnh (tổng hợp toàn tỉnh)",
        "Sở, ban, ngành cấp tỉnh",
        "Cấp huyện (địa giới trước 01/07/2025)",
    ]
    dialog.show()
    assert (
        field(dialog, "Hệ thống địa giới", QComboBox).currentText() == "Từ 01/07/2025 (tỉnh – xã)"
    )
    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "UBND xã Sen Ngư")
    choose(field(dialog, "Tỉnh / thành phố", QComboBox), "Tỉnh Quảng Trị")
    choose(field(dialog, "Xã / phường / thị trấn", QComboBox), "Xã Sen Ngư")
    assert field(dialog, "Mã đơn vị", QLineEdit).text() == "X19288"
    _shot(dialog, "first-run")
    click(qtbot, button_of(dialog, "Bắt đầu"))
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert ws.identity == settings.Identity(
        "X19288", "UBND xã Sen Ngư", settings.COMMUNE, areas.POST2025, "19288", "X19288"
    )
    ws.close()


def test_first_run_says_why_a_district_needs_the_old_units(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "new.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "UBND xã Sen Ngư")
    choose(field(dialog, "Vai trò", QComboBox), "Sở, ban, ngành cấp tỉnh")
    choose(field(dialog, "Tỉnh / thành phố", QComboBox), "Tỉnh Quảng Trị")
    choose(field(dialog, "Xã / phường / thị trấn", QComboBox), "Xã Sen Ngư")
    click(qtbot, button_of(dialog, "Bắt đầu"))
    assert any("hãy chọn tỉnh" in text for text in visible_texts(dialog)), visible_texts(dialog)
    assert ws.identity is None
    ws.close()


def test_enrolling_a_commune_and_a_department_with_its_sectors(qtbot, tmp_path, monkeypatch):
    from desktop.ui.bus import DataBus
    from desktop.ui.enroll_dialog import EnrollDialog

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = Workspace.open(str(tmp_path / "province.sqlite3"))
    enrolment.init_province(province, code="QT", name="Sở Tài chính tỉnh Quảng Trị", area_code="44")
    bus = DataBus()
    dialog = EnrollDialog(province, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    role = field(dialog, "Loại đơn vị", QComboBox)
    roles = [role.itemText(i) for i in range(role.count())]
    assert roles == ["Cấp xã / phường / đặc khu", "Sở, ban, ngành cấp tỉnh"]
    rights = named(dialog, "Quyền sửa hồ sơ hợp tác xã", QComboBox)
    sectors = named(dialog, "Lĩnh vực được sửa", QListWidget)
    assert not rights.isVisible()
    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "UBND xã Sen Ngư")
    choose(field(dialog, "Xã / phường / thị trấn", QComboBox), "Xã Sen Ngư")
    assert field(dialog, "Mã đơn vị", QLineEdit).text() == "X19288"
    boxes = close_message_boxes(QMessageBox.StandardButton.Yes)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "X19288.htxsetup"), ""))  # fmt: skip
    click(qtbot, button_of(dialog, "Tạo tệp thiết lập…"))
    assert any("Đã ghi tệp thiết lập" in b for b in boxes)

    dialog = EnrollDialog(province, bus)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(field(dialog, "Loại đơn vị", QComboBox), "Sở, ban, ngành cấp tỉnh")
    rights = named(dialog, "Quyền sửa hồ sơ hợp tác xã", QComboBox)
    sectors = named(dialog, "Lĩnh vực được sửa", QListWidget)
    assert rights.isVisible() and not sectors.isVisible()
    assert rights.currentText() == "Không sửa hồ sơ hợp tác xã (chỉ báo cáo nhiệm vụ)"
    choose(rights, "Chỉ sửa hợp tác xã của các lĩnh vực chọn dưới đây")
    assert sectors.isVisible()
    farming = sectors.findItems("Nông nghiệp", Qt.MatchFlag.MatchStartsWith)[0]
    farming.setCheckState(Qt.CheckState.Checked)
    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "Sở Nông nghiệp và Môi trường")
    code = field(dialog, "Mã đơn vị", QLineEdit)
    code.selectAll()
    type_text(code, "SNNMT")
    _shot(dialog, "enroll-department")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "SNNMT.htxsetup"), ""))  # fmt: skip
    click(qtbot, button_of(dialog, "Tạo tệp thiết lập…"))
    with province.reading() as conn:
        offices = {r.code: r for r in conn.execute(SPECS["office"].table.select())}
    assert offices["X19288"].role == settings.COMMUNE
    assert offices["SNNMT"].role == settings.DEPARTMENT
    assert offices["SNNMT"].registry_access == "sectors:agri"
    province.close()


SPLIT = "31268"


def test_converting_the_registry_in_the_window(qtbot, tmp_path, monkeypatch):
    from desktop.ui.main_window import MainWindow

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = Workspace.open(str(tmp_path / "province.sqlite3"))
    enrolment.init_province(province, code="T92", name="Sở Kế hoạch và Đầu tư Cần Thơ",
                            area_code="92", scheme="pre2025")  # fmt: skip
    district = areas.unit(areas.PRE2025, SPLIT).parent
    whole = areas.children(areas.PRE2025, district)[0].code
    with province.transaction() as conn:
        for code, name, area in (("9200000019", "HTX Tân Thạnh", SPLIT),
                                 ("9200000027", "HTX Nông nghiệp Một", whole)):  # fmt: skip
            registry.add_cooperative(
                conn, province.identity,
                {"registration_code": code, "name": name, "area_code": area,
                 "address": "Ấp Thới Thuận"},
            )  # fmt: skip
    enrolment.enroll(province, code=f"H{district}", name="UBND huyện Thới Lai",
                     area_code=district, out=tmp_path / "h.htxsetup")  # fmt: skip
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    coops = named(go_to(window, "Hợp tác xã"), "Danh sách hợp tác xã", QTableView)
    assert "Huyện" in shown_headers(coops)  # the old scheme has districts
    go_to(window, "Đồng bộ")
    button = button_of(window, "Chuyển sang địa giới mới (01/07/2025)…")
    assert button.isEnabled()

    from desktop.ui.conversion_dialog import ConversionDialog

    opened: list[ConversionDialog] = []

    def work() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConversionDialog):
            QTimer.singleShot(20, work)
            return
        opened.append(dialog)

        def summary() -> str:
            return next(t for t in visible_texts(dialog) if "hợp tác xã chuyển thẳng" in t)

        assert "<b>1</b> hợp tác xã chuyển thẳng" in summary()
        (pages,) = dialog.findChildren(QTabWidget)
        tabs = [pages.tabText(i) for i in range(pages.count())]
        assert tabs == ["Chuyển thẳng (1)", "Cần chọn xã mới (1)", "Đơn vị cấp huyện cũ (1)"]
        tables = {t.accessibleName(): t for t in dialog.findChildren(QTableWidget)}
        choices = tables["Hợp tác xã cần chọn xã mới"]
        assert choices.item(0, 0).text() == "9200000019"
        assert choices.item(0, 2).text() == "Ấp Thới Thuận"
        combos = {c.accessibleName(): c for c in dialog.findChildren(QComboBox)}
        pick = combos["Xã mới cho 9200000019"]
        pick.setCurrentIndex(pick.findText("Xã Tân Thạnh (31666)"))
        assert "(đã chọn 1)" in summary()
        office = combos[f"Đơn vị H{district} sau chuyển đổi"]
        office.setCurrentIndex(office.findText("Cho dừng (vẫn nhận các gói cuối cùng)"))
        pages.setCurrentIndex(1)
        _shot(dialog, "conversion")
        close_message_boxes(QMessageBox.StandardButton.Yes)
        click(qtbot, button_of(dialog, "Chuyển đổi"))

    QTimer.singleShot(0, work)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].result() == ConversionDialog.DialogCode.Accepted
    with province.reading() as conn:
        rows = {r["registration_code"]: r for r in registry.list_cooperatives(conn)}
        office = conn.execute(
            SPECS["office"].table.select().where(SPECS["office"].table.c.code == f"H{district}")
        ).one()
    assert (rows["9200000019"]["area_code"], rows["9200000019"]["former_area_code"]) == (
        "31666",
        SPLIT,
    )
    assert rows["9200000027"]["area_scheme"] == areas.POST2025
    assert office.retired
    assert province.identity.area_scheme == areas.POST2025
    # Nothing is left to convert: the button and the menu item say so instead.
    reason = "Dữ liệu đã theo địa giới từ 01/07/2025 (tỉnh – xã)"
    assert not button.isEnabled() and button.toolTip().startswith(reason)
    assert any(text.startswith(reason) for text in visible_texts(window))  # beside the button
    assert not menu_action(window, "Đồng bộ", "Chuyển sang địa giới mới (01/07/2025)…").isEnabled()
    _shot(window, "sync-after-conversion")
    # Today's structure has no districts: the list has no "Huyện" column.
    go_to(window, "Hợp tác xã")
    assert "Huyện" not in shown_headers(coops) and "Xã / địa bàn" in shown_headers(coops)
    assert "Xã Tân Thạnh" in column(coops, "Xã / địa bàn")
    _shot(window, "coops-after-conversion")
    province.close()


def test_merging_another_master_in_the_window(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.main_window import MainWindow

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    other = Workspace.open(str(tmp_path / "quangbinh.sqlite3"))
    enrolment.init_province(other, code="T44", name="Sở KH&ĐT Quảng Bình", area_code="44",
                            scheme="pre2025")  # fmt: skip
    with other.transaction() as conn:
        registry.add_cooperative(
            conn, other.identity,
            {"registration_code": "3100123459", "name": "HTX Sen Thủy", "area_code": "19312"},
        )  # fmt: skip
    other.close()
    survivor = Workspace.open(str(tmp_path / "quangtri.sqlite3"))
    enrolment.init_province(survivor, code="QT", name="Sở Tài chính tỉnh Quảng Trị", area_code="44")
    window = MainWindow(survivor)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "quangbinh.sqlite3"), ""))  # fmt: skip
    boxes = close_message_boxes(QMessageBox.StandardButton.Yes)
    go_to(window, "Đồng bộ")
    button = button_of(window, "Hợp nhất dữ liệu của một cấp tỉnh khác…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert any("Hợp nhất toàn bộ dữ liệu của T44" in b for b in boxes)
    qtbot.waitUntil(lambda: any("Đã hợp nhất dữ liệu của T44" in b for b in boxes), timeout=20_000)
    with survivor.reading() as conn:
        assert [r["name"] for r in registry.list_cooperatives(conn)] == ["HTX Sen Thủy"]
    survivor.close()
