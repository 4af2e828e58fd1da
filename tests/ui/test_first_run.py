"""First start: name the office, or install from the province's setup file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from desktop.core import settings
from desktop.core.sync import enrolment
from desktop.core.workspace import Workspace
from desktop.ui.first_run import FirstRunDialog
from tests.ui.conftest import type_text
from tests.ui.driving import Script, button, choose, click, field, visible_texts
from tests.ui.test_qt_vietnamese import vietnamese  # noqa: F401  (Qt's strings in Vietnamese)


def test_naming_the_office_and_its_district(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "new.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, button(dialog, "Bắt đầu"))
    assert "Hãy nhập tên đơn vị." in visible_texts(dialog)
    assert ws.identity is None

    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "Phòng Tài chính – Kế hoạch huyện Lệ Thủy")
    # An installation still on the old scheme: the district role brings the old units.
    choose(field(dialog, "Vai trò", QComboBox), "Cấp huyện (địa giới trước 01/07/2025)")
    scheme = field(dialog, "Hệ thống địa giới", QComboBox)
    assert scheme.currentText() == "Trước 01/07/2025 (tỉnh – huyện – xã)"
    choose(field(dialog, "Tỉnh / thành phố", QComboBox), "Tỉnh Quảng Bình")
    choose(field(dialog, "Huyện / quận / thị xã", QComboBox), "Huyện Lệ Thủy")
    assert field(dialog, "Mã đơn vị", QLineEdit).text() == "H457"
    click(qtbot, button(dialog, "Bắt đầu"))
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    reopened = Workspace.open(str(tmp_path / "new.sqlite3"))
    assert reopened.identity == settings.Identity(
        office_code="H457", office_name="Phòng Tài chính – Kế hoạch huyện Lệ Thủy", role="district",
        area_scheme="pre2025", area_code="457", hub_code="H457",
    )  # fmt: skip
    ws.close()
    reopened.close()


def test_installing_from_the_setup_file(qtbot, tmp_path, monkeypatch, vietnamese):  # noqa: F811
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = Workspace.open(str(tmp_path / "province.sqlite3"))
    enrolment.init_province(
        province,
        code="T44",
        name="Sở Kế hoạch và Đầu tư Quảng Bình",
        area_code="44",
        scheme="pre2025",
    )
    setup = enrolment.enroll(province, code="H450", name="UBND thành phố Đồng Hới", area_code="450",
                             out=tmp_path / "H450.htxsetup")  # fmt: skip
    ws = Workspace.open(str(tmp_path / "district.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    script = Script(qtbot).file(setup).message()
    click(qtbot, button(dialog, "Mở tệp thiết lập do tỉnh cấp…"))
    assert script.finished, script.messages
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted
    assert ws.identity.office_code == "H450"
    assert ws.identity.hub_code == "T44"
    province.close()
    ws.close()


def _popup_names(combo) -> list[str]:
    popup = combo.completer().popup()
    model = popup.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())] if popup.isVisible() else []


# The list under a box is a popup: the offscreen platform cannot raise it or grab the keyboard.
POPUP = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


@POPUP
def test_area_boxes_take_typing_with_or_without_accents_and_keep_the_text(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "new.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    role = field(dialog, "Vai trò", QComboBox)
    qtbot.keyClick(role, Qt.Key.Key_End)  # a district office: the structure before 2025
    assert role.currentText() == "Cấp huyện (địa giới trước 01/07/2025)"
    province = field(dialog, "Tỉnh / thành phố", QComboBox)
    type_text(province.lineEdit(), "Quảng B")
    assert province.lineEdit().text() == "Quảng B"  # not "Quảng Bảng Bình"
    assert _popup_names(province) == ["Tỉnh Quảng Bình"]
    province.lineEdit().selectAll()
    type_text(province.lineEdit(), "quang b")
    assert province.lineEdit().text() == "quang b"
    assert _popup_names(province) == ["Tỉnh Quảng Bình"]
    qtbot.keyClick(province.lineEdit(), Qt.Key.Key_Return)
    assert province.currentText() == "Tỉnh Quảng Bình"
    assert province.lineEdit().text() == "Tỉnh Quảng Bình"
    district = field(dialog, "Huyện / quận / thị xã", QComboBox)
    type_text(district.lineEdit(), "le thuy")
    qtbot.keyClick(district.lineEdit(), Qt.Key.Key_Return)
    assert district.currentText() == "Huyện Lệ Thủy"
    # Something that matches several units leaves the unit chosen before, shown whole.
    district.lineEdit().selectAll()
    type_text(district.lineEdit(), "huyen")
    qtbot.keyClick(district.lineEdit(), Qt.Key.Key_Return)
    assert district.lineEdit().text() == "Huyện Lệ Thủy"
    ws.close()


@POPUP
def test_first_run_checks_the_area_against_the_role_and_never_suggests_the_province_code(
    qtbot, tmp_path, monkeypatch
):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = Workspace.open(str(tmp_path / "new.sqlite3"))
    dialog = FirstRunDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    role = field(dialog, "Vai trò", QComboBox)
    qtbot.keyClick(role, Qt.Key.Key_End)  # a district office: the structure before 2025
    assert role.currentText() == "Cấp huyện (địa giới trước 01/07/2025)"
    type_text(field(dialog, "Tên đơn vị *", QLineEdit), "Phòng Tài chính – Kế hoạch huyện Lệ Thủy")
    province = field(dialog, "Tỉnh / thành phố", QComboBox)
    type_text(province.lineEdit(), "quang binh")
    qtbot.keyClick(province.lineEdit(), Qt.Key.Key_Return)
    assert province.currentText() == "Tỉnh Quảng Bình"
    assert field(dialog, "Mã đơn vị", QLineEdit).text() == ""  # a district office is not T44
    click(qtbot, button(dialog, "Bắt đầu"))
    assert any("huyện" in text for text in visible_texts(dialog)), visible_texts(dialog)
    assert ws.identity is None
    ws.close()
