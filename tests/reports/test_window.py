"""The dashboard, the report dialog and print-to-PDF, used through the window as a person
would: visible widgets, menu actions by their text, typed choices."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTabWidget,
)

from desktop.core.workspace import Workspace
from tests.reports.conftest import number
from tests.ui.driving import click_row, current_title, go_to, named


@pytest.fixture
def window(qtbot, demo_db):
    from desktop.ui.main_window import MainWindow

    ws = Workspace.open(demo_db)
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()
    ws.close()


def _action(win, text: str):
    """A menu action found by its visible text, in any menu of the menu bar."""
    for top in win.menuBar().actions():
        menu = top.menu()
        for action in menu.actions() if menu else []:
            if action.text().replace("&", "") == text:
                return action
    raise AssertionError(text)


def _navigate(win, title: str):
    return go_to(win, title)


def _coops(win) -> QTableView:
    return named(win, "Danh sách hợp tác xã", QTableView)


def _pdf_text(path) -> str:
    """The text of a PDF the window saved, as `pdftotext -raw` reads it."""
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def _table(win, name: str) -> QTableWidget:
    return next(t for t in win.findChildren(QTableWidget) if t.accessibleName() == name)


def test_dashboard_counts_and_click_opens_the_filtered_list(qtbot, window, demo_db, tmp_path):
    dashboard = _navigate(window, "Bảng điều khiển")
    areas_table = _table(window, "Hợp tác xã theo địa bàn")
    # The figures load in the background: meanwhile the page says so and waits.
    state = named(dashboard, "Trạng thái tải số liệu", QLabel)
    (tabs,) = dashboard.findChildren(QTabWidget)
    assert state.isVisible() and state.text() == "Đang tải số liệu…"
    assert not tabs.isEnabled()
    qtbot.waitUntil(lambda: not state.isVisible() and areas_table.rowCount() > 0, timeout=30_000)
    assert tabs.isEnabled()
    with sqlite3.connect(demo_db) as conn:
        by_district = dict(
            conn.execute(
                "SELECT district_code, count(*) FROM cooperative WHERE deleted = 0 GROUP BY 1"
            )
        )
        agri = dict(conn.execute(
            "SELECT district_code, count(*) FROM cooperative WHERE deleted = 0"
            " AND sector = 'agri' GROUP BY 1"))  # fmt: skip
    shown = {areas_table.item(r, 0).text(): number(areas_table.item(r, 1).text())
             for r in range(areas_table.rowCount())}  # fmt: skip
    from desktop.core import areas

    assert shown == {areas.name("pre2025", code): n for code, n in by_district.items()}
    window.grab().save(str(tmp_path / "dashboard.png"))

    sector = named(dashboard, "Lĩnh vực", QComboBox)
    sector.setCurrentIndex(sector.findText("Nông nghiệp"))
    shown = {areas_table.item(r, 0).text(): number(areas_table.item(r, 1).text())
             for r in range(areas_table.rowCount())}  # fmt: skip
    assert shown == {areas.name("pre2025", code): n for code, n in agri.items()}
    # Clicking a row opens the list with the area and the sector chosen.
    row = next(r for r in range(areas_table.rowCount())
               if areas_table.item(r, 0).text() == "Huyện Lệ Thủy")  # fmt: skip
    rect = areas_table.visualItemRect(areas_table.item(row, 0))
    qtbot.mouseClick(areas_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert current_title(window).startswith("Hợp tác xã")
    assert _coops(window).model().rowCount() == agri["457"]


def test_dashboard_task_progress_by_unit(qtbot, window, demo_db):
    """The progress tab shows, for every unit, its assignments by the status the board
    computes and how many it has not reported for the current period."""
    from datetime import date

    from desktop.core.tasks import board

    dashboard = _navigate(window, "Bảng điều khiển")
    state = named(dashboard, "Trạng thái tải số liệu", QLabel)
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=30_000)
    (tabs,) = dashboard.findChildren(QTabWidget)
    tabs.setCurrentIndex(next(i for i in range(tabs.count())
                              if tabs.tabText(i) == "Tiến độ nhiệm vụ"))  # fmt: skip
    units = named(dashboard, "Tiến độ nhiệm vụ theo đơn vị", QTableView)
    assert units.isVisible()
    model = units.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Đơn vị" and headers[4] == "Quá hạn"
    shown = {model.index(r, 0).data(): [number(model.index(r, c).data())
                                        for c in range(1, model.columnCount())]
             for r in range(model.rowCount())}  # fmt: skip
    order = ("done_on_time", "done_late", "in_time", "overdue", "not_started")
    want: dict[str, list[int]] = {}
    ws = Workspace.open(demo_db)
    try:
        with ws.reading() as conn:
            for line in board.lines(conn, date.today()):
                counts = want.setdefault(line.office_name, [0] * 6)
                counts[order.index(line.status.code)] += 1
                counts[5] += not line.status.reported_current
    finally:
        ws.close()
    assert want and shown == want


def test_report_dialog_writes_the_word_report(qtbot, window, demo_db, tmp_path, monkeypatch):
    target = tmp_path / "bao-cao.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _action(window, "Lập báo cáo tình hình hợp tác xã…").trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Lập báo cáo gửi UBND"
    year = named(dialog, "Năm", QSpinBox)
    year.setValue(2024)
    assert next(b for b in dialog.findChildren(QRadioButton) if b.text().startswith("Word"))
    from tests.ui.conftest import close_message_boxes

    seen = close_message_boxes()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Lập và lưu…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Đã lưu báo cáo vào" in text for text in seen), timeout=30_000)
    assert target.exists()
    doc = Document(str(target))
    total = [c.text for c in doc.tables[1].rows[-1].cells]
    with sqlite3.connect(demo_db) as conn:
        members = conn.execute(
            "SELECT sum(i.members) FROM indicator i JOIN cooperative c ON c.id = i.cooperative_id"
            " WHERE i.year = 2024 AND c.deleted = 0 AND i.deleted = 0"
            " AND COALESCE(c.registered_on, c.founded_on) <= '2024-12-31'"
        ).fetchone()[0]
    assert number(total[6]) == members


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_filtered_list_saved_as_pdf(qtbot, window, tmp_path, monkeypatch):
    from tests.ui.conftest import type_text

    page = _navigate(window, "Hợp tác xã")
    type_text(named(page, "Tìm hợp tác xã", QLineEdit), "le thuy")
    model = _coops(window).model()
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 300)
    codes = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    target = tmp_path / "ds.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _action(window, "Lưu danh sách hợp tác xã đang hiện ra PDF…").trigger()
    assert target.exists()
    text = _pdf_text(target)
    flat = "".join(text.split())
    assert "DANHSÁCHHỢPTÁCXÃ" in flat
    assert f"{model.rowCount()}hợptácxãđanghiện" in flat
    # Every cooperative shown is printed (its code is one word; a long name wraps in its cell).
    missing = [code for code in codes if code not in flat]
    assert not missing, [
        flat[max(0, flat.find(c[:6] + c[6:8]) - 40) : flat.find(c[:8]) + 60] for c in missing[:2]
    ]
    assert "HuyệnLệThủy" in flat
    # The record of one cooperative, with its figures and history.
    click_row(qtbot, _coops(window), 0)
    record = tmp_path / "hs.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(record), ""))
    _action(window, "Lưu hồ sơ hợp tác xã đang chọn ra PDF…").trigger()
    text = _pdf_text(record)
    assert "Chỉ tiêu hằng năm" in text and "Lịch sử thay đổi" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_dashboard_saved_as_pdf_has_its_tables(qtbot, window, tmp_path, monkeypatch):
    """Every table of the dashboard is printed as it is shown, the units' task progress (a
    table model) with its figures too."""
    dashboard = _navigate(window, "Bảng điều khiển")
    state = named(dashboard, "Trạng thái tải số liệu", QLabel)
    qtbot.waitUntil(lambda: not state.isVisible(), timeout=30_000)
    model = named(dashboard, "Tiến độ nhiệm vụ theo đơn vị", QTableView).model()
    assert model.rowCount() > 0
    units = [(model.index(r, 0).data(), model.index(r, 4).data()) for r in range(model.rowCount())]
    target = tmp_path / "bdk.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    _action(window, "Lưu bảng điều khiển ra PDF…").trigger()
    assert target.exists()
    text = _pdf_text(target)
    flat = "".join(text.split())
    assert "BẢNGĐIỀUKHIỂN" in flat
    assert "Tiếnđộnhiệmvụtheođơnvị" in flat and "Hợptácxãtheođịabàn" in flat
    # Each unit's row: its name, then its figures up to the overdue count.
    for name, overdue in units:
        at = flat.find("".join(name.split()))
        assert at >= 0, name
        assert overdue in flat[at : at + 200], (name, flat[at : at + 200])
    # Its five charts, as images.
    listed = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]  # fmt: skip
    assert len(listed) >= 5, listed
