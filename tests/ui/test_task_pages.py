"""Directives, tasks, progress reports and the board, driven the way users drive them.

Sync packages are another module's job: here `carry` copies the synced rows between the
databases exactly as they are (same ids, same version state), which is what an import
leaves behind, so the pages are shown to work on rows that arrived from elsewhere.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from desktop.core import settings
from desktop.core.records import SPECS
from desktop.core.tasks import board, editing, sample
from desktop.core.workspace import Workspace, configure
from desktop.ui.main_window import MainWindow
from desktop.ui.report_dialog import ReportDialog
from desktop.ui.task_dialogs import DirectiveDialog, ExtendDialog, TaskDialog
from desktop.ui.task_model import (
    LATE_TEXT,
    LINE_ROLE,
    OVERDUE_BACKGROUND,
    SOON_BACKGROUND,
    STATUS_ROLE,
)
from tests.ui.conftest import poller_alive, type_text

ISSUED = date(2026, 3, 10)
SYNCED = ("office", "directive", "task", "assignment", "progress_report")


def set_today(window: MainWindow, day: date) -> None:
    for page in (window.task_page, window.directive_page, window.board_page):
        if page is not None:
            page.today = lambda day=day: day
            page.reload()


def when_modal(action, cls=QDialog) -> None:
    """Run `action(widget)` on the next modal widget of type `cls` that opens."""

    alive = poller_alive()

    def look() -> None:
        if not alive():
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, cls):
            action(widget)
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def press_ok() -> None:
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Ok).click(), QMessageBox)


def carry(source: Workspace, target: Workspace, tables=SYNCED) -> None:
    """Copy synced rows as a package import would leave them."""
    with source.reading() as conn:
        rows = {name: conn.execute(select(SPECS[name].table)).mappings().all() for name in tables}
    with target.transaction() as conn:
        for name in tables:
            table = SPECS[name].table
            for row in rows[name]:
                values = dict(row)
                found = conn.execute(select(table.c.id).where(table.c.id == row["id"])).first()
                if found:
                    conn.execute(table.update().where(table.c.id == row["id"]).values(values))
                else:
                    conn.execute(table.insert().values(values))


def district(tmp_path, code: str, name: str, area: str) -> Workspace:
    ws = Workspace.open(str(tmp_path / f"{code}.sqlite3"))
    identity = settings.Identity(code, name, settings.DISTRICT, "pre2025", area, "T44")
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    return ws


def window_for(qtbot, ws: Workspace, today: date) -> MainWindow:
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    set_today(window, today)
    return window


def load_sample_by_button(window: MainWindow) -> None:
    page = window.directive_page
    window.show_page(page)
    press_ok()
    page.sample_button.click()


def lines_of(view) -> list[board.Line]:
    return view.rows()


def row_for(view, position: int, office: str) -> int:
    for row, line in enumerate(view.rows()):
        if line.task["position"] == position and line.office_code == office:
            return row
    raise AssertionError((position, office))


# --- the province ---------------------------------------------------------------------------------


def test_province_loads_the_sample_in_one_action(qtbot, province_window):
    set_today(province_window, ISSUED)
    page = province_window.directive_page
    assert page.empty_area.isVisibleTo(page) and page.sample_action.isEnabled()
    load_sample_by_button(province_window)

    assert page.directives.count() == 1
    assert page.directives.item(0).text().startswith("…/CT-UBND – 10/03/2026")
    assert page.tasks.rowCount() == 6
    assert page.tasks.item(3, 1).text().startswith("Nghiên cứu, hoàn thiện hồ sơ")
    assert page.tasks.item(3, 2).text() == "Hạn 10/09/2026"
    assert page.tasks.item(3, 4).text() == "Sở Tài chính"
    assert "Ban Chỉ đạo" in page.tasks.item(0, 4).text()
    assert not page.sample_action.isEnabled()  # loaded once
    assert "Chỉ thị về việc tăng cường vai trò" in page.details.toPlainText()
    # The board and this office's own tasks follow through the data bus.
    assert len(lines_of(province_window.board_page.view)) == 41
    mine = lines_of(province_window.task_page.view)
    assert {line.task["position"] for line in mine} == {2, 3, 4, 6}


def test_province_records_a_directive_and_assigns_a_task(
    qtbot, province_window, province_workspace
):
    set_today(province_window, ISSUED)
    with province_workspace.transaction() as conn:
        for code, name in (("H457", "UBND huyện Lệ Thủy"), ("H450", "UBND thành phố Đồng Hới")):
            editing.add_office(conn, province_workspace.identity, code, name, "district")
    page = province_window.directive_page
    province_window.show_page(page)

    dialog = DirectiveDialog(province_workspace, province_window.bus, parent=page)
    qtbot.addWidget(dialog)
    dialog.save()  # empty: refused, with the reasons in red
    assert dialog.errors.text("number").startswith("Hãy nhập số")
    assert dialog.errors.text("title").startswith("Hãy nhập trích yếu")
    type_text(dialog.number, "15/CT-UBND")
    type_text(dialog.issued_on, "05/03/2026")
    type_text(dialog.issuer, "UBND tỉnh Quảng Bình")
    type_text(dialog.title, "Chỉ thị về củng cố hợp tác xã yếu kém")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert page.directives.count() == 1 and page.selected_directive()

    task = TaskDialog(
        province_workspace, province_window.bus, page.selected_directive(), parent=page
    )
    qtbot.addWidget(task)
    type_text(task.title, "Rà soát hợp tác xã ngừng hoạt động")
    task.cycle.setCurrentIndex(task.cycle.findData("once"))
    type_text(task.deadline, "31/03/2026")
    task.set_role("H450", "support")
    task.save()
    assert "ít nhất một đơn vị chủ trì" in task.errors.text("assignments")
    task.set_role("H457", "lead")
    task.set_role("H450", "lead")  # ticking lead clears support for the same unit
    task.set_role("T44", "support")
    assert task.roles() == {"H457": "lead", "H450": "lead", "T44": "support"}
    with qtbot.waitSignal(task.saved):
        task.save_button.click()

    assert page.tasks.rowCount() == 1
    assert page.tasks.item(0, 2).text() == "Hạn 31/03/2026"
    with province_workspace.reading() as conn:
        (saved,) = board.tasks_of(conn)
    assert {(a["office_code"], a["role"]) for a in saved["assignments"]} == {
        ("H457", "lead"), ("H450", "lead"), ("T44", "support"),
    }  # fmt: skip

    # Extend the deadline: the count and the previous deadline are kept and shown.
    page.tasks.selectRow(0)
    assert page.extend_action.isEnabled()
    extend = ExtendDialog(province_workspace, province_window.bus, saved["id"], parent=page)
    qtbot.addWidget(extend)
    type_text(extend.deadline, "30/04/2026")
    with qtbot.waitSignal(extend.saved):
        extend.save_button.click()
    assert page.tasks.item(0, 2).text() == "Hạn 30/04/2026"
    assert page.tasks.item(0, 3).text() == "1 lần (hạn trước 31/03/2026)"


def test_new_task_action_opens_the_form_and_escape_keeps_nothing(qtbot, province_window):
    set_today(province_window, ISSUED)
    load_sample_by_button(province_window)
    page = province_window.directive_page

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        assert dialog.position.value() == 7
        dialog.reject()

    province_window.show_page(province_window.coop_page)
    when_modal(cancel)
    page.new_task_action.trigger()  # as from the menu, while another page shows
    assert province_window.pages.currentWidget() is page
    assert page.tasks.rowCount() == 6

    province_window.show_page(province_window.coop_page)
    when_modal(lambda dialog: dialog.reject())
    province_window.task_page.report_action.trigger()
    assert province_window.pages.currentWidget() is province_window.task_page


# --- the end-to-end story ---------------------------------------------------------------------------


def test_province_assigns_districts_report_one_late_board_shows_it(
    qtbot, tmp_path, province_window, province_workspace
):
    province = province_window
    set_today(province, ISSUED)
    load_sample_by_button(province)
    page = province.directive_page

    # The province adds a one-off task for three districts, through the form.
    def fill(dialog: TaskDialog) -> None:
        type_text(dialog.title, "Báo cáo rà soát hợp tác xã ngừng hoạt động")
        dialog.cycle.setCurrentIndex(dialog.cycle.findData("once"))
        type_text(dialog.deadline, "31/03/2026")
        for code in ("H457", "H450", "H452"):
            dialog.set_role(code, "lead")
        dialog.save_button.click()

    when_modal(fill)
    page.new_task_action.trigger()
    assert page.tasks.rowCount() == 7

    # "Export" to two districts.
    le_thuy = district(tmp_path, "H457", "UBND huyện Lệ Thủy", "457")
    dong_hoi = district(tmp_path, "H450", "UBND thành phố Đồng Hới", "450")
    for ws in (le_thuy, dong_hoi):
        carry(province_workspace, ws)

    # Lệ Thủy reports on 25/03, in time.
    lt = window_for(qtbot, le_thuy, date(2026, 3, 25))
    assert lt.directive_page is None and lt.board_page is None
    view = lt.task_page.view
    assert {line.task["position"] for line in lines_of(view)} == {2, 3, 5, 7}
    assert lt.navigation_text(lt.task_page) == "Nhiệm vụ (1)"  # due within 7 days
    row = row_for(view, 7, "H457")
    index = view.proxy.index(row, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == SOON_BACKGROUND
    view.select(index.data(LINE_ROLE).assignment_id)

    def report_done(dialog: ReportDialog) -> None:
        assert not dialog.period.isEnabled()  # a one-off task has no periods
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        assert dialog.percent.value() == 100
        type_text(dialog.document_number, "45/BC-UBND")
        type_text(dialog.content, "Đã rà soát 12 hợp tác xã, đề nghị giải thể 3")
        dialog.save_button.click()

    lt.show_page(lt.task_page)
    lt.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is lt)
    view.table.setFocus()
    when_modal(report_done)
    qtbot.keyClick(view.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    line = view.current_line()
    assert line.task["position"] == 7 and line.status.code == "done_on_time"
    assert view.panel.reports.rowCount() == 1
    assert view.panel.reports.item(0, 2).text() == "45/BC-UBND"
    assert lt.navigation_text(lt.task_page) == "Nhiệm vụ"

    # Đồng Hới is late: on 02/04 the task is red, then it reports done.
    dh = window_for(qtbot, dong_hoi, date(2026, 4, 2))
    view = dh.task_page.view
    row = row_for(view, 7, "H450")
    index = view.proxy.index(row, 0)
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert dh.navigation_text(dh.task_page) == "Nhiệm vụ (1)"
    view.select(index.data(LINE_ROLE).assignment_id)

    def report_late(dialog: ReportDialog) -> None:
        dialog.status.setCurrentIndex(dialog.status.findData("done"))
        type_text(dialog.content, "Đã rà soát xong")
        dialog.save_button.click()

    when_modal(report_late)
    view.panel.new_button.click()
    assert view.current_line().status.code == "done_late"

    # "Import" both districts' reports at the province; the board shows who is where.
    for ws in (le_thuy, dong_hoi):
        carry(ws, province_workspace, ("progress_report",))
    set_today(province, date(2026, 4, 3))
    board_page = province.board_page
    province.show_page(board_page)
    assert province.navigation_text(board_page) == "Theo dõi tiến độ (1)"
    view = board_page.view
    statuses = {
        line.office_code: line.status.code for line in lines_of(view) if line.task["position"] == 7
    }
    assert statuses == {"H457": "done_on_time", "H450": "done_late", "H452": "overdue"}
    overdue = view.proxy.index(row_for(view, 7, "H452"), 0)
    assert overdue.data(Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    late = view.proxy.index(row_for(view, 7, "H450"), 0)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == LATE_TEXT
    status_column = board_page.view.model.columns.index("status")
    assert (
        view.proxy.index(row_for(view, 7, "H452"), status_column).data()
        == "Chưa thực hiện – quá hạn"
    )
    assert (
        view.proxy.index(row_for(view, 7, "H450"), status_column).data() == "Hoàn thành – trễ hạn"
    )

    # Filters: overdue only, then one unit.
    board_page.status_filter.setCurrentIndex(board_page.status_filter.findData("overdue"))
    assert [line.office_code for line in lines_of(view)] == ["H452"]
    board_page.status_filter.setCurrentIndex(0)
    board_page.office.setCurrentIndex(board_page.office.findData("H450"))
    assert {line.office_code for line in lines_of(view)} == {"H450"}
    assert {line.task["position"] for line in lines_of(view)} == {2, 3, 5, 7}
    assert "Chưa báo cáo kỳ hiện tại (1 đơn vị)" in board_page.unreported.text()
    board_page.office.setCurrentIndex(0)
    board_page.status_filter.setCurrentIndex(board_page.status_filter.findData("unreported"))
    assert "H457" not in {line.office_code for line in lines_of(view) if line.task["position"] == 7}
    for ws in (le_thuy, dong_hoi):
        ws.close()


# --- a district's task page -----------------------------------------------------------------


@pytest.fixture
def district_with_tasks(workspace):
    """The district workspace holding the sample as if it had arrived from the province."""
    province = settings.Identity("T44", "Sở KH&ĐT", settings.PROVINCE, "pre2025", "44", "T44")
    with workspace.transaction() as conn:
        sample.load_sample(conn, province, today=ISSUED)
    return workspace


def test_district_sees_only_its_tasks_and_no_province_tools(qtbot, district_with_tasks):
    window = window_for(qtbot, district_with_tasks, date(2026, 4, 1))
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Hợp tác xã", "Nhiệm vụ", "Bảng điều khiển", "Duyệt số liệu", "Đồng bộ",
                      "Xung đột"]  # fmt: skip
    menu = [a.text() for a in window.task_menu.actions() if a.text()]
    assert menu == ["Nhiệm vụ được &giao", "&Báo cáo tiến độ…"]
    view = window.task_page.view
    assert {(line.task["position"], line.role) for line in lines_of(view)} == {
        (2, "lead"), (3, "support"), (5, "support"),
    }  # fmt: skip
    assert all(line.office_code == "H457" for line in lines_of(view))
    assert "Tổng số: 3" in window.task_page.summary.text()


def test_report_form_checks_input_and_fills_the_percent(qtbot, district_with_tasks):
    window = window_for(qtbot, district_with_tasks, date(2026, 4, 1))
    view = window.task_page.view
    view.select(view.model.line_at(row_for(view, 2, "H457")).assignment_id)
    line = view.current_line()
    dialog = ReportDialog(district_with_tasks, window.bus, line, today=lambda: date(2026, 4, 1),
                          parent=window)  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.period.currentData() == "2026-H1"
    assert dialog.period.currentText() == "6 tháng đầu năm 2026"
    assert dialog.reported_on.text() == "01/04/2026"
    dialog.reported_on.clear()
    type_text(dialog.reported_on, "02/04/2026")
    dialog.save_button.click()
    assert "sau ngày hôm nay" in dialog.errors.text("reported_on")
    assert dialog.errors.text("content") == "Hãy ghi kết quả đã thực hiện."
    dialog.status.setCurrentIndex(dialog.status.findData("not_started"))
    assert dialog.percent.value() == 0 and not dialog.percent.isEnabled()
    dialog.status.setCurrentIndex(dialog.status.findData("in_progress"))
    dialog.percent.setValue(35)
    dialog.reported_on.clear()
    type_text(dialog.reported_on, "31/03/2026")
    type_text(dialog.content, "Đã kiểm tra 8 hợp tác xã")
    type_text(dialog.difficulties, "Thiếu kinh phí đi cơ sở")
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    line = view.current_line()
    assert line.status.code == "in_time" and line.status.reported_current
    percent_column = view.model.columns.index("percent")
    assert view.proxy.index(view.table.currentIndex().row(), percent_column).data() == "35%"
    assert view.panel.reports.item(0, 6).text() == "Thiếu kinh phí đi cơ sở"

    # Correct it, then delete it.
    view.panel.reports.selectRow(0)
    assert view.panel.edit_button.isEnabled()

    def correct(dialog: ReportDialog) -> None:
        assert dialog.content.toPlainText() == "Đã kiểm tra 8 hợp tác xã"
        dialog.percent.setValue(50)
        dialog.save_button.click()

    when_modal(correct)
    view.panel.edit_button.click()
    assert view.current_line().latest_report["percent"] == 50
    view.panel.reports.selectRow(0)
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click(), QMessageBox)
    view.panel.delete_button.click()
    assert view.current_line().latest_report is None


def test_overdue_and_due_soon_colours_and_count(qtbot, district_with_tasks):
    # 24/06: the six-monthly reports are due in 6 days: amber; the yearly one is not due yet.
    window = window_for(qtbot, district_with_tasks, date(2026, 6, 24))
    view = window.task_page.view

    def background(row: int) -> str | None:
        brush = view.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        return brush.color().name() if brush is not None else None

    colours = {view.proxy.index(r, 0).data(LINE_ROLE).task["position"]: background(r)
               for r in range(view.proxy.rowCount())}  # fmt: skip
    assert colours == {2: SOON_BACKGROUND.name(), 3: None, 5: SOON_BACKGROUND.name()}
    assert window.navigation_text(window.task_page) == "Nhiệm vụ (2)"
    # 01/07: the continuous tasks missed H1 and turn red.
    set_today(window, date(2026, 7, 1))
    statuses = sorted(
        view.proxy.index(r, 0).data(STATUS_ROLE) for r in range(view.proxy.rowCount())
    )
    assert statuses == ["not_started", "overdue", "overdue"]
    assert window.navigation_text(window.task_page) == "Nhiệm vụ (2)"
    window.task_page.status_filter.setCurrentIndex(
        window.task_page.status_filter.findData("overdue")
    )
    assert view.proxy.rowCount() == 2
    window.show_page(window.task_page)
    assert window.status_label.text() == "2 / 3 nhiệm vụ được giao; 2 quá hạn"


def test_menu_shortcuts_switch_pages(qtbot, province_window):
    province_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is province_window)
    for key, page in ((Qt.Key.Key_4, province_window.board_page),
                      (Qt.Key.Key_3, province_window.directive_page),
                      (Qt.Key.Key_2, province_window.task_page)):  # fmt: skip
        qtbot.keyClick(province_window, key, Qt.KeyboardModifier.ControlModifier)
        assert province_window.pages.currentWidget() is page


def test_ctrl_r_promised_by_the_menu_works_from_the_cooperative_page(
    qtbot, tmp_path, province_window, province_workspace
):
    set_today(province_window, ISSUED)
    load_sample_by_button(province_window)
    le_thuy = district(tmp_path, "H457", "UBND huyện Lệ Thủy", "457")
    carry(province_workspace, le_thuy)
    window = window_for(qtbot, le_thuy, date(2026, 3, 25))
    view = window.task_page.view
    view.select(view.rows()[0].assignment_id)
    window.show_page(window.coop_page)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.coop_page.table.setFocus()
    opened: list[QDialog] = []

    def close(dialog: ReportDialog) -> None:
        opened.append(dialog)
        dialog.done(QDialog.DialogCode.Rejected)

    when_modal(close, ReportDialog)
    qtbot.keyClick(window.coop_page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened), timeout=3_000)
    assert window.pages.currentWidget() is window.task_page
    le_thuy.close()
