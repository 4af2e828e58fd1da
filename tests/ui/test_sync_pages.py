"""Sync in the window: enrol, export, preview, confirm, conflicts side by side."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from desktop.core import registry
from desktop.core.sync import enrolment, exporter
from desktop.core.workspace import Workspace
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import poller_alive


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
    from desktop.ui.enroll_dialog import EnrollDialog

    dialog = EnrollDialog(province, window.bus, window)
    qtbot.addWidget(dialog)
    dialog.name.setText("UBND huyện Lệ Thủy")
    dialog.area.district.setCurrentIndex(dialog.area.district.findData("457"))
    assert dialog.code.text() == "H457"
    messages = _auto_close_messages(qtbot)
    # The person picks where to save the file in the save dialog.
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "setup.htxsetup"), "")
    )
    create = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tạo tệp thiết lập…")
    qtbot.mouseClick(create, Qt.MouseButton.LeftButton)
    assert (tmp_path / "setup.htxsetup").exists()
    assert any("Đã ghi tệp thiết lập" in m for m in messages)

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
    preview = window.open_package(str(package))
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.report is not None, timeout=10_000)
    assert preview.report.status == "dry_run"
    assert preview.report.counts["conflicts"] == 1
    assert "xung đột" in preview.summary.text()
    texts = [preview.table.item(r, 4).text() for r in range(preview.table.rowCount())]
    assert "0232 111 222 → 0232 111 222" not in texts
    # The field in conflict is shown with both values before anything is written.
    assert "đang dùng: 0232 111 222 | khác: 0912 345 678" in texts
    with province.reading() as conn:
        assert registry.get_cooperative(conn, coop_id)["has_conflict"] is False

    with qtbot.waitSignal(preview.imported, timeout=10_000):
        qtbot.mouseClick(preview.confirm, Qt.MouseButton.LeftButton)
    assert window.conflicts_item.text() == "Xung đột (1)"

    # Side by side: take the district's value; the choice is a change that travels.
    page = window.conflicts_page
    window.show_page(page)
    assert page.table.rowCount() == 1
    assert "0232 111 222" in page.table.item(0, 2).text()
    assert "0912 345 678" in page.table.item(0, 3).text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.take_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
    assert window.conflicts_item.text() == "Xung đột"
    with province.reading() as conn:
        assert registry.get_cooperative(conn, coop_id)["phone"] == "0912 345 678"
    back = exporter.export(province, tmp_path / "back", to="H457")[-1].path
    from desktop.core.sync import merger

    assert merger.import_package(district, back).status == "applied"
    with district.reading() as conn:
        row = registry.get_cooperative(conn, coop_id)
    assert row["phone"] == "0912 345 678" and row["has_conflict"] is False
    assert "UBND huyện Lệ Thủy → Sở Kế hoạch và Đầu tư Quảng Bình" in [
        window.sync_page.log.item(r, 3).text() for r in range(window.sync_page.log.rowCount())
    ]
    district.close()
    province.close()


def test_a_refused_package_shows_why_and_cannot_be_confirmed(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    window = MainWindow(province)
    qtbot.addWidget(window)
    broken = tmp_path / "HTX_H457_2026-11-25_1.htxpkg"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    preview = window.open_package(str(broken))
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.report is not None, timeout=10_000)
    assert preview.report.status == "refused"
    assert "không phải là gói đồng bộ hợp lệ" in preview.summary.text()
    assert not preview.confirm.isEnabled()
    province.close()


def test_dropping_a_package_on_the_window_opens_the_preview(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDropEvent

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    province = _province(tmp_path)
    window = MainWindow(province)
    qtbot.addWidget(window)
    opened: list[Path] = []
    monkeypatch.setattr(window.sync_page, "import_file", lambda path: opened.append(path))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "HTX_H457_2026-11-25_1.htxpkg"))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    assert opened == [tmp_path / "HTX_H457_2026-11-25_1.htxpkg"]
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
    preview = window.open_package(str(package))
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.report is not None, timeout=10_000)
    texts = [preview.table.item(r, 4).text() for r in range(preview.table.rowCount())]
    joined = "\n".join(texts)
    assert "Đang hoạt động → Tạm ngừng kinh doanh" in joined, texts
    assert "suspended" not in joined and "active" not in joined
    assert "15/03/2015" in joined and "2015-03-15" not in joined
    assert "900.000.000 → 1.250.000.000" in joined
    assert "UBND huyện Lệ Thủy (H457)" in preview.summary.text()
    preview.reject()
    district.close()
    province.close()


def test_import_message_and_log_format_counts_and_name_the_office(qtbot, main_window, workspace):
    from desktop.core.sync import merger

    report = merger.ImportReport(
        status="applied", file="x.htxpkg", source_office="H457", sequence=3
    )
    report.counts.update(new=1201, changed=2, conflicts=0)
    messages = _auto_close_messages(qtbot)
    main_window.sync_page._imported(report)
    assert any("mới 1.201" in m and "UBND huyện Lệ Thủy (H457)" in m for m in messages), messages
