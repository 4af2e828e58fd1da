"""Sync in the window: enrol, export, preview, confirm, conflicts side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QTableWidget,
)

from desktop.core import registry
from desktop.core.sync import enrolment, exporter
from desktop.core.workspace import Workspace
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import poller_alive, type_text
from tests.ui.driving import (
    Script,
    button,
    choose,
    click,
    click_row,
    column,
    field,
    go_to,
    menu_action,
    named,
    page_titles,
    visible_texts,
    window_titled,
)


def _auto_close_messages(qtbot):
    """Press OK on information boxes that pop up after an action (checked every 20 ms)."""
    seen: list[str] = []
    alive = poller_alive()

    def poll():
        if not alive():
            return
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return seen


def _preview(qtbot, monkeypatch, window, package: Path):
    """Đồng bộ › Nhập gói…, the package chosen in the file dialog: its preview, once read."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    menu_action(window, "Đồng bộ", "Nhập gói…").trigger()
    preview = window_titled(f"Nhập gói đồng bộ – {package.name}")
    qtbot.waitUntil(lambda: "Đang đọc" not in _summary(preview), timeout=20_000)
    return preview


def _summary(preview) -> str:
    return "\n".join(visible_texts(preview))


def _province(tmp_path) -> Workspace:
    ws = Workspace.open(str(tmp_path / "province.sqlite3"))
    enrolment.init_province(ws, code="T44", name="Sở Kế hoạch và Đầu tư Quảng Bình", area_code="44",
                            scheme="pre2025")  # fmt: skip
    with ws.transaction() as conn:
        registry.add_cooperative(
            conn, ws.identity,
            {"registration_code": "3100123459", "name": "Hợp tác xã Nông nghiệp Sen Thủy",
             "area_code": "457", "sector": "agri"},
        )  # fmt: skip
    return ws


def test_enrol_export_preview_confirm_and_resolve_in_the_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()

    # The province enrols Lệ Thủy through the dialog.
    def fill_in(dialog):
        type_text(field(dialog, "Tên đơn vị *", QLineEdit), "UBND huyện Lệ Thủy")
        choose(field(dialog, "Huyện / quận / thị xã", QComboBox), "Huyện Lệ Thủy")
        assert field(dialog, "Mã đơn vị", QLineEdit).text() == "H457"
        click(qtbot, button(dialog, "Tạo tệp thiết lập…"))

    messages = _auto_close_messages(qtbot)
    # The person picks where to save the file in the save dialog.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "setup.htxsetup"), "")
    )
    script = Script(qtbot).dialog("Cấp tệp thiết lập cho đơn vị", fill_in)
    menu_action(window, "Đồng bộ", "Cấp tệp thiết lập cho đơn vị…").trigger()
    assert script.finished
    assert (tmp_path / "setup.htxsetup").exists()
    qtbot.waitUntil(lambda: any("Đã ghi tệp thiết lập" in m for m in messages), timeout=10_000)

    # The district installs, then both change the same phone number.
    district = Workspace.open(str(tmp_path / "district.sqlite3"))
    enrolment.install_setup(district, tmp_path / "setup.htxsetup")
    with district.transaction() as conn:
        coop_id = registry.find_id(conn, "3100123459")
        registry.update_cooperative(conn, district.identity, coop_id, {"phone": "0912 345 678"})
    with province.transaction() as conn:
        registry.update_cooperative(conn, province.identity, coop_id, {"phone": "0232 111 222"})
    package = exporter.export(district, tmp_path / "out")[-1].path

    # The province previews: nothing written until confirmed.
    preview = _preview(qtbot, monkeypatch, window, package)
    assert "xung đột" in _summary(preview)
    assert button(preview, "Nhập vào dữ liệu").isEnabled()
    texts = column(named(preview, "Các thay đổi trong gói", QTableWidget), "Cũ → mới")
    assert "0232 111 222 → 0232 111 222" not in texts
    # The field in conflict is shown with both values before anything is written.
    assert "đang dùng: 0232 111 222 | khác: 0912 345 678" in texts
    with province.reading() as conn:
        assert registry.get_cooperative(conn, coop_id)["has_conflict"] is False

    click(qtbot, button(preview, "Nhập vào dữ liệu"))
    qtbot.waitUntil(lambda: "Xung đột (1)" in page_titles(window), timeout=10_000)

    # Side by side: take the district's value; the choice is a change that travels.
    page = go_to(window, "Xung đột")
    table = named(page, "Xung đột cần xử lý", QTableWidget)
    assert table.rowCount() == 1
    assert "0232 111 222" in table.item(0, 2).text()
    assert "0912 345 678" in table.item(0, 3).text()
    click_row(qtbot, table, 0)
    click(qtbot, button(page, "Lấy giá trị khác"))
    assert table.rowCount() == 0
    assert "Xung đột" in page_titles(window)
    with province.reading() as conn:
        assert registry.get_cooperative(conn, coop_id)["phone"] == "0912 345 678"
    back = exporter.export(province, tmp_path / "back", to="H457")[-1].path
    from desktop.core.sync import merger

    assert merger.import_package(district, back).status == "applied"
    with district.reading() as conn:
        row = registry.get_cooperative(conn, coop_id)
    assert row["phone"] == "0912 345 678" and row["has_conflict"] is False
    log = named(go_to(window, "Đồng bộ"), "Nhật ký đồng bộ", QTableWidget)
    assert "UBND huyện Lệ Thủy → Sở Kế hoạch và Đầu tư Quảng Bình" in column(log, "Gửi → nhận")
    district.close()
    province.close()


def test_a_refused_package_shows_why_and_cannot_be_confirmed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    window = MainWindow(province)
    qtbot.addWidget(window)
    broken = tmp_path / "HTX_H457_2026-11-25_1.htxpkg"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    window.show()
    preview = _preview(qtbot, monkeypatch, window, broken)
    assert "không phải là gói đồng bộ hợp lệ" in _summary(preview)
    assert not button(preview, "Nhập vào dữ liệu").isEnabled()
    click(qtbot, button(preview, "Đóng"))
    province.close()


def test_dropping_a_package_on_the_window_opens_the_preview(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    (tmp_path / "HTX_H457_2026-11-25_1.htxpkg").write_bytes(b"PK\x03\x04 not really a zip")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "HTX_H457_2026-11-25_1.htxpkg"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    preview = window_titled("Nhập gói đồng bộ – HTX_H457_2026-11-25_1.htxpkg")
    qtbot.waitUntil(lambda: "Đang đọc" not in _summary(preview), timeout=20_000)
    click(qtbot, button(preview, "Đóng"))
    province.close()


def test_preview_shows_values_as_people_read_them_and_the_office_name(qtbot, tmp_path, monkeypatch):
    """Codes become labels (not `active → suspended`), dates dd/mm/yyyy, money 1.234.567."""
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    with province.transaction() as conn:
        registry.update_cooperative(
            conn, province.identity, registry.find_id(conn, "3100123459"), {},
            {2024: {"revenue": "900.000.000"}},
        )  # fmt: skip
    setup = enrolment.enroll(
        province, code="H457", name="UBND huyện Lệ Thủy", area_code="457",
        out=tmp_path / "setup.htxsetup",
    )  # fmt: skip
    district = Workspace.open(str(tmp_path / "district.sqlite3"))
    enrolment.install_setup(district, setup)
    with district.transaction() as conn:
        coop_id = registry.find_id(conn, "3100123459")
        registry.update_cooperative(
            conn, district.identity, coop_id,
            {"status": "suspended", "registered_on": "15/03/2015"},
            {2024: {"revenue": "1.250.000.000"}},
        )  # fmt: skip
    package = exporter.export(district, tmp_path / "out")[-1].path
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    preview = _preview(qtbot, monkeypatch, window, package)
    texts = column(named(preview, "Các thay đổi trong gói", QTableWidget), "Cũ → mới")
    joined = "\n".join(texts)
    assert "Đang hoạt động → Tạm ngừng kinh doanh" in joined, texts
    assert "suspended" not in joined and "active" not in joined
    assert "15/03/2015" in joined and "2015-03-15" not in joined
    assert "900.000.000 → 1.250.000.000" in joined
    assert "UBND huyện Lệ Thủy (H457)" in _summary(preview)
    click(qtbot, button(preview, "Hủy"))
    district.close()
    province.close()


def test_import_message_and_log_format_counts_and_name_the_office(qtbot, tmp_path, monkeypatch):
    from desktop.core.text import make_registration_code

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    setup = enrolment.enroll(province, code="H457", name="UBND huyện Lệ Thủy", area_code="457",
                             out=tmp_path / "setup.htxsetup")  # fmt: skip
    district = Workspace.open(str(tmp_path / "district.sqlite3"))
    enrolment.install_setup(district, setup)
    codes: list[str] = []
    number = 0
    while len(codes) < 12:  # some prefixes have no check digit
        number += 1
        try:
            codes.append(make_registration_code(f"31{number:07d}"))
        except ValueError:
            continue
    with district.transaction() as conn:
        for n, code in enumerate(codes):
            registry.add_cooperative(conn, district.identity, {
                "registration_code": code, "name": f"Hợp tác xã Dịch vụ số {n}",
                "area_code": "19312"})  # fmt: skip
    package = exporter.export(district, tmp_path / "out")[-1].path
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    preview = _preview(qtbot, monkeypatch, window, package)
    messages = _auto_close_messages(qtbot)
    click(qtbot, button(preview, "Nhập vào dữ liệu"))
    qtbot.waitUntil(lambda: any("mới 12," in m for m in messages), timeout=60_000)
    assert any("mới 12," in m and "UBND huyện Lệ Thủy (H457)" in m for m in messages), messages
    district.close()
    province.close()
