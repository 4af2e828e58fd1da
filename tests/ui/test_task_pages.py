"""Directives, tasks, progress reports and the board, driven the way users drive them.

Sync packages are another module's job: here `carry` copies the synced rows between the
databases exactly as they are (same ids, same version state), which is what an import
leaves behind, so the pages are shown to work on rows that arrived from elsewhere.

The statuses depend on the calendar (a six-monthly report is due on 30/06), so the tests that
need a given day set the clock with time-machine before the window reads the date.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTextBrowser,
    QWidget,
)
from sqlalchemy import select

from desktop.core import settings
from desktop.core.records import SPECS
from desktop.core.tasks import board, editing, sample
from desktop.core.workspace import Workspace, configure
from desktop.ui.main_window import MainWindow
from desktop.ui.task_model import LATE_TEXT, OVERDUE_BACKGROUND, SOON_BACKGROUND
from tests.ui.conftest import type_text
from tests.ui.driving import (
    Script,
    any_action,
    button,
    choose,
    click,
    click_row,
    column,
    current_page,
    current_title,
    field,
    go_to,
    named,
    page_titles,
    status_text,
    visible_texts,
)

ISSUED = date(2026, 3, 10)
SYNCED = ("office", "directive", "task", "assignment", "progress_report")
TASKS = "Các nhiệm vụ"
REPORTS = "Các báo cáo của đơn vị"
DIRECTIVE_TASKS = "Các nhiệm vụ của văn bản"


def on(time_machine, day: date) -> None:
    """Set the clock to midday of `day` (it goes on ticking from there)."""
    time_machine.move_to(datetime(day.year, day.month, day.day, 12, 0))


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


def open_window(qtbot, ws: Workspace) -> MainWindow:
    """The window as it opens on the current (clock's) day, every page loaded."""
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    for title in page_titles(window):
        page = go_to(window, title.split(" (")[0])
        # The board reads its lines when first shown, on a thread ("Đang tải…" meanwhile).
        qtbot.waitUntil(lambda p=page: "Đang tải bảng theo dõi…" not in visible_texts(p))
    return window


def base(title: str) -> str:
    """A navigation text without its count: "Nhiệm vụ (2)" -> "Nhiệm vụ"."""
    return title.split(" (")[0]


def finish(qtbot, script: Script) -> None:
    qtbot.waitUntil(lambda: script.finished, timeout=5_000)


def load_sample_by_button(qtbot, window: QMainWindow) -> None:
    page = go_to(window, "Văn bản chỉ đạo")
    script = Script(qtbot).message()
    click(qtbot, button(page, "Nạp chỉ thị mẫu"))
    finish(qtbot, script)


def table(window: QMainWindow, name: str = TASKS) -> QTableView:
    return named(current_page(window), name, QTableView)  # type: ignore[return-value]


def cell(view: QTableView, header: str, row: int) -> str:
    return column(view, header)[row]


def row_for(view: QTableView, position: int, office: str | None = None) -> int:
    """The row of task `position` (for the unit named `office`, on the board)."""
    for row, number in enumerate(column(view, "STT")):
        if number == str(position) and (office is None or cell(view, "Đơn vị", row) == office):
            return row
    raise AssertionError((position, office))


def colour(view: QTableView, row: int, role: Qt.ItemDataRole):
    brush = view.model().index(row, 0).data(role)
    return brush.color() if brush is not None else None


def current_row(view: QTableView) -> int:
    return view.currentIndex().row()


def error_under(dialog: QWidget, label: str) -> str:
    """The red message shown under the field labelled `label`."""
    box = field(dialog, label)  # the field with its message line under it
    shown = [tag.text() for tag in box.findChildren(QLabel) if tag.isVisible()]
    return shown[0] if shown else ""


def write(dialog: QWidget, label: str, text: str) -> None:
    try:
        edit: QWidget = field(dialog, label, QLineEdit)
    except LookupError:
        edit = field(dialog, label, QPlainTextEdit)
    if isinstance(edit, QLineEdit):
        edit.selectAll()
        edit.del_()
    else:
        assert isinstance(edit, QPlainTextEdit)
        edit.selectAll()
        edit.textCursor().removeSelectedText()
    type_text(edit, text)


def save(dialog: QWidget) -> None:
    button(dialog, "Lưu").click()


def unit_row(units: QTableWidget, code: str) -> int:
    for row in range(units.rowCount()):
        if units.item(row, 0).text().endswith(f"({code})"):
            return row
    raise KeyError(code)


def tick(dialog: QWidget, code: str, role: str) -> None:
    """Tick `role` ("Chủ trì" or "Phối hợp") for the unit whose code is shown as `code`."""
    units = named(dialog, "Đơn vị thực hiện", QTableWidget)
    col = 1 if role == "Chủ trì" else 2
    units.item(unit_row(units, code), col).setCheckState(Qt.CheckState.Checked)


def ticked(dialog: QWidget) -> dict[str, str]:
    """{unit code: the role ticked for it}."""
    units = named(dialog, "Đơn vị thực hiện", QTableWidget)
    out: dict[str, str] = {}
    for row in range(units.rowCount()):
        code = units.item(row, 0).text().rsplit("(", 1)[1].rstrip(")")
        for col, role in ((1, "Chủ trì"), (2, "Phối hợp")):
            if units.item(row, col).checkState() == Qt.CheckState.Checked:
                out[code] = role
    return out


def unit_name(dialog: QWidget, code: str) -> str:
    units = named(dialog, "Đơn vị thực hiện", QTableWidget)
    return units.item(unit_row(units, code), 0).text().rsplit(" (", 1)[0]


def escape(qtbot):
    return lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def activate(qtbot, window: QMainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


# --- the province ---------------------------------------------------------------------------------


def test_province_loads_the_sample_in_one_action(qtbot, province_window, time_machine):
    on(time_machine, ISSUED)
    page = go_to(province_window, "Văn bản chỉ đạo")
    assert button(page, "Nạp chỉ thị mẫu").isVisible()
    assert any_action(province_window, "Nạp chỉ thị mẫu").isEnabled()
    load_sample_by_button(qtbot, province_window)

    directives = named(page, "Các văn bản chỉ đạo", QListWidget)
    assert directives.count() == 1
    assert directives.item(0).text().startswith("…/CT-UBND – 10/03/2026")
    tasks = table(province_window, DIRECTIVE_TASKS)
    assert tasks.model().rowCount() == 6
    assert cell(tasks, "Nhiệm vụ", 3).startswith("Nghiên cứu, hoàn thiện hồ sơ")
    assert cell(tasks, "Chu kỳ / thời hạn", 3) == "Hạn 10/09/2026"
    assert cell(tasks, "Chủ trì", 3) == "Sở Tài chính"
    assert "Ban Chỉ đạo" in cell(tasks, "Chủ trì", 0)
    assert not any_action(province_window, "Nạp chỉ thị mẫu").isEnabled()  # loaded once
    details = named(page, "Nội dung văn bản", QTextBrowser)
    assert "Chỉ thị về việc tăng cường vai trò" in details.toPlainText()
    # The board and this office's own tasks follow through the data bus.
    go_to(province_window, "Theo dõi tiến độ")
    # Read when first shown, on a thread ("Đang tải…" meanwhile).
    qtbot.waitUntil(lambda: table(province_window).model().rowCount() == 41)
    go_to(province_window, "Nhiệm vụ")
    assert set(column(table(province_window), "STT")) == {"2", "3", "4", "6"}


def test_province_records_a_directive_and_assigns_a_task(
    qtbot, province_window, province_workspace, time_machine
):
    on(time_machine, ISSUED)
    with province_workspace.transaction() as conn:
        for code, name in (("H457", "UBND huyện Lệ Thủy"), ("H450", "UBND thành phố Đồng Hới")):
            editing.add_office(conn, province_workspace.identity, code, name, "district")
    page = go_to(province_window, "Văn bản chỉ đạo")

    def directive(dialog: QWidget) -> None:
        save(dialog)  # empty: refused, with the reasons in red
        assert error_under(dialog, "Số, ký hiệu *").startswith("Hãy nhập số")
        assert error_under(dialog, "Trích yếu *").startswith("Hãy nhập trích yếu")
        write(dialog, "Số, ký hiệu *", "15/CT-UBND")
        write(dialog, "Ngày ban hành", "05/03/2026")
        write(dialog, "Cơ quan ban hành", "UBND tỉnh Quảng Bình")
        write(dialog, "Trích yếu *", "Chỉ thị về củng cố hợp tác xã yếu kém")
        save(dialog)

    script = Script(qtbot).dialog("Thêm văn bản chỉ đạo", directive)
    any_action(province_window, "Thêm văn bản chỉ đạo…").trigger()
    finish(qtbot, script)
    directives = named(page, "Các văn bản chỉ đạo", QListWidget)
    assert directives.count() == 1 and directives.currentItem() is not None

    def task(dialog: QWidget) -> None:
        write(dialog, "Tên nhiệm vụ *", "Rà soát hợp tác xã ngừng hoạt động")
        choose(field(dialog, "Chu kỳ báo cáo", QComboBox), "Một lần (có thời hạn)")
        write(dialog, "Thời hạn hoàn thành", "31/03/2026")
        tick(dialog, "H450", "Phối hợp")
        save(dialog)
        assert any("ít nhất một đơn vị chủ trì" in text for text in visible_texts(dialog))
        tick(dialog, "H457", "Chủ trì")
        tick(dialog, "H450", "Chủ trì")  # ticking lead clears support for the same unit
        tick(dialog, "T44", "Phối hợp")
        assert ticked(dialog) == {"H457": "Chủ trì", "H450": "Chủ trì", "T44": "Phối hợp"}
        save(dialog)

    script = Script(qtbot).dialog("Thêm nhiệm vụ", task)
    click(qtbot, button(page, "Thêm nhiệm vụ…"))
    finish(qtbot, script)

    tasks = table(province_window, DIRECTIVE_TASKS)
    assert tasks.model().rowCount() == 1
    assert cell(tasks, "Chu kỳ / thời hạn", 0) == "Hạn 31/03/2026"
    with province_workspace.reading() as conn:
        (saved,) = board.tasks_of(conn)
    assert {(a["office_code"], a["role"]) for a in saved["assignments"]} == {
        ("H457", "lead"), ("H450", "lead"), ("T44", "support"),
    }  # fmt: skip

    # Extend the deadline: the count and the previous deadline are kept and shown.
    click_row(qtbot, tasks, 0)
    assert any_action(province_window, "Gia hạn…").isEnabled()

    def extend(dialog: QWidget) -> None:
        write(dialog, "Thời hạn mới *", "30/04/2026")
        save(dialog)

    script = Script(qtbot).dialog("Gia hạn nhiệm vụ", extend)
    click(qtbot, button(page, "Gia hạn…"))
    finish(qtbot, script)
    assert cell(tasks, "Chu kỳ / thời hạn", 0) == "Hạn 30/04/2026"
    assert cell(tasks, "Gia hạn", 0) == "1 lần (hạn trước 31/03/2026)"


def test_new_task_action_opens_the_form_and_escape_keeps_nothing(
    qtbot, province_window, time_machine
):
    on(time_machine, ISSUED)
    load_sample_by_button(qtbot, province_window)
    seen: list[int] = []

    def cancel(dialog: QWidget) -> None:
        seen.append(field(dialog, "Số thứ tự", QSpinBox).value())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    go_to(province_window, "Hợp tác xã")
    script = Script(qtbot).dialog("Thêm nhiệm vụ", cancel)
    any_action(province_window, "Thêm nhiệm vụ…").trigger()  # as from the menu
    finish(qtbot, script)
    assert seen == [7]
    assert base(current_title(province_window)) == "Văn bản chỉ đạo"
    assert table(province_window, DIRECTIVE_TASKS).model().rowCount() == 6

    go_to(province_window, "Hợp tác xã")
    script = Script(qtbot).dialog("Báo cáo tiến độ", escape(qtbot))
    any_action(province_window, "Báo cáo tiến độ…").trigger()
    finish(qtbot, script)
    assert base(current_title(province_window)) == "Nhiệm vụ"


# --- the end-to-end story ---------------------------------------------------------------------------


def test_province_assigns_districts_report_one_late_board_shows_it(
    qtbot, tmp_path, province_window, province_workspace, time_machine
):
    on(time_machine, ISSUED)
    load_sample_by_button(qtbot, province_window)
    names: dict[str, str] = {}

    # The province adds a one-off task for three districts, through the form.
    def fill(dialog: QWidget) -> None:
        write(dialog, "Tên nhiệm vụ *", "Báo cáo rà soát hợp tác xã ngừng hoạt động")
        choose(field(dialog, "Chu kỳ báo cáo", QComboBox), "Một lần (có thời hạn)")
        write(dialog, "Thời hạn hoàn thành", "31/03/2026")
        for code in ("H457", "H450", "H452"):
            tick(dialog, code, "Chủ trì")
            names[code] = unit_name(dialog, code)
        save(dialog)

    script = Script(qtbot).dialog("Thêm nhiệm vụ", fill)
    any_action(province_window, "Thêm nhiệm vụ…").trigger()
    finish(qtbot, script)
    assert table(province_window, DIRECTIVE_TASKS).model().rowCount() == 7

    # "Export" to two districts.
    le_thuy = district(tmp_path, "H457", "UBND huyện Lệ Thủy", "457")
    dong_hoi = district(tmp_path, "H450", "UBND thành phố Đồng Hới", "450")
    for ws in (le_thuy, dong_hoi):
        carry(province_workspace, ws)

    # Lệ Thủy reports on 25/03, in time.
    on(time_machine, date(2026, 3, 25))
    lt = open_window(qtbot, le_thuy)
    titles = [base(title) for title in page_titles(lt)]
    assert "Văn bản chỉ đạo" not in titles and "Theo dõi tiến độ" not in titles
    go_to(lt, "Nhiệm vụ")
    view = table(lt)
    assert set(column(view, "STT")) == {"2", "3", "5", "7"}
    assert "Nhiệm vụ (1)" in page_titles(lt)  # due within 7 days
    row = row_for(view, 7)
    assert colour(view, row, Qt.ItemDataRole.BackgroundRole) == SOON_BACKGROUND
    click_row(qtbot, view, row)

    def report_done(dialog: QWidget) -> None:
        assert not field(dialog, "Kỳ báo cáo", QComboBox).isEnabled()  # a one-off: no periods
        choose(field(dialog, "Tình trạng *", QComboBox), "Hoàn thành")
        assert field(dialog, "Tỷ lệ hoàn thành", QSpinBox).value() == 100
        write(dialog, "Số văn bản báo cáo", "45/BC-UBND")
        write(dialog, "Kết quả thực hiện *", "Đã rà soát 12 hợp tác xã, đề nghị giải thể 3")
        save(dialog)

    activate(qtbot, lt)
    view.setFocus()
    script = Script(qtbot).dialog("Báo cáo tiến độ", report_done)
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, script)
    row = current_row(view)
    assert cell(view, "STT", row) == "7"
    assert cell(view, "Trạng thái", row) == "Hoàn thành – đúng hạn"
    reports = table(lt, REPORTS)
    assert column(reports, "Số văn bản") == ["45/BC-UBND"]
    assert "Nhiệm vụ" in page_titles(lt)

    # Đồng Hới is late: on 02/04 the task is red, then it reports done.
    on(time_machine, date(2026, 4, 2))
    dh = open_window(qtbot, dong_hoi)
    go_to(dh, "Nhiệm vụ")
    view = table(dh)
    row = row_for(view, 7)
    assert colour(view, row, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    assert "Nhiệm vụ (1)" in page_titles(dh)
    click_row(qtbot, view, row)

    def report_late(dialog: QWidget) -> None:
        choose(field(dialog, "Tình trạng *", QComboBox), "Hoàn thành")
        write(dialog, "Kết quả thực hiện *", "Đã rà soát xong")
        save(dialog)

    script = Script(qtbot).dialog("Báo cáo tiến độ", report_late)
    click(qtbot, button(current_page(dh), "Báo cáo tiến độ…"))
    finish(qtbot, script)
    assert cell(view, "Trạng thái", current_row(view)) == "Hoàn thành – trễ hạn"

    # "Import" both districts' reports at the province; the board shows who is where.
    for ws in (le_thuy, dong_hoi):
        carry(ws, province_workspace, ("progress_report",))
    on(time_machine, date(2026, 4, 3))
    province = open_window(qtbot, province_workspace)
    assert "Theo dõi tiến độ (1)" in page_titles(province)
    page = go_to(province, "Theo dõi tiến độ")
    view = table(province)
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    statuses = {
        cell(view, "Đơn vị", row): cell(view, "Trạng thái", row)
        for row, number in enumerate(column(view, "STT"))
        if number == "7"
    }
    assert statuses == {
        names["H457"]: "Hoàn thành – đúng hạn",
        names["H450"]: "Hoàn thành – trễ hạn",
        names["H452"]: "Chưa thực hiện – quá hạn",
    }
    overdue = row_for(view, 7, names["H452"])
    assert colour(view, overdue, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND
    late = row_for(view, 7, names["H450"])
    assert colour(view, late, Qt.ItemDataRole.ForegroundRole) == LATE_TEXT

    # Filters: overdue only, then one unit.
    status_filter = named(page, "Lọc theo trạng thái", QComboBox)
    office_filter = named(page, "Lọc theo đơn vị", QComboBox)
    choose(status_filter, "Quá hạn")
    assert column(view, "Đơn vị") == [names["H452"]]
    choose(status_filter, "Tất cả")
    choose(office_filter, names["H450"])
    assert set(column(view, "Đơn vị")) == {names["H450"]}
    assert set(column(view, "STT")) == {"2", "3", "5", "7"}
    assert any("Chưa báo cáo kỳ hiện tại (1 đơn vị)" in text for text in visible_texts(page))
    choose(office_filter, "Tất cả")
    choose(status_filter, "Chưa báo cáo kỳ hiện tại")
    assert names["H457"] not in {
        cell(view, "Đơn vị", row) for row, number in enumerate(column(view, "STT")) if number == "7"
    }
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
    # Nothing here depends on the day: the real one will do.
    window = open_window(qtbot, district_with_tasks)
    titles = [base(title) for title in page_titles(window)]
    assert titles == ["Hợp tác xã", "Nhiệm vụ", "Bảng điều khiển", "Duyệt số liệu", "Đồng bộ",
                      "Xung đột"]  # fmt: skip
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Nhiệm vụ"]
    assert [a.text() for a in menu.actions() if a.text()] == [
        "Nhiệm vụ được &giao",
        "&Báo cáo tiến độ…",
    ]
    page = go_to(window, "Nhiệm vụ")
    view = table(window)
    assert sorted(zip(column(view, "STT"), column(view, "Vai trò"), strict=True)) == [
        ("2", "Chủ trì"), ("3", "Phối hợp"), ("5", "Phối hợp"),
    ]  # fmt: skip
    # Every line is this office's own: the panel names it for each.
    for row in range(view.model().rowCount()):
        click_row(qtbot, view, row)
        assert any("(UBND huyện Lệ Thủy)" in text for text in visible_texts(page))
    assert any("Tổng số: 3" in text for text in visible_texts(page))


def test_report_form_checks_input_and_fills_the_percent(qtbot, district_with_tasks, time_machine):
    on(time_machine, date(2026, 4, 1))
    window = open_window(qtbot, district_with_tasks)
    page = go_to(window, "Nhiệm vụ")
    view = table(window)
    click_row(qtbot, view, row_for(view, 2))

    def first(dialog: QWidget) -> None:
        period = field(dialog, "Kỳ báo cáo", QComboBox)
        assert period.currentText() == "6 tháng đầu năm 2026"
        assert field(dialog, "Ngày báo cáo *", QLineEdit).text() == "01/04/2026"
        write(dialog, "Ngày báo cáo *", "02/04/2026")
        save(dialog)
        assert "sau ngày hôm nay" in error_under(dialog, "Ngày báo cáo *")
        assert error_under(dialog, "Kết quả thực hiện *") == "Hãy ghi kết quả đã thực hiện."
        status = field(dialog, "Tình trạng *", QComboBox)
        percent = field(dialog, "Tỷ lệ hoàn thành", QSpinBox)
        choose(status, "Chưa thực hiện")
        assert percent.value() == 0 and not percent.isEnabled()
        choose(status, "Đang thực hiện")
        percent.setValue(35)
        write(dialog, "Ngày báo cáo *", "31/03/2026")
        write(dialog, "Kết quả thực hiện *", "Đã kiểm tra 8 hợp tác xã")
        write(dialog, "Khó khăn, vướng mắc", "Thiếu kinh phí đi cơ sở")
        save(dialog)

    script = Script(qtbot).dialog("Báo cáo tiến độ", first)
    click(qtbot, button(page, "Báo cáo tiến độ…"))
    finish(qtbot, script)
    row = current_row(view)
    assert cell(view, "STT", row) == "2"
    assert cell(view, "Trạng thái", row) == "Đang thực hiện – trong hạn"
    assert cell(view, "Tiến độ", row) == "35%"
    reports = table(window, REPORTS)
    assert column(reports, "Khó khăn, vướng mắc") == ["Thiếu kinh phí đi cơ sở"]
    # The current period is reported: the task is not among those still owing it.
    status_filter = named(page, "Lọc theo trạng thái", QComboBox)
    choose(status_filter, "Chưa báo cáo kỳ hiện tại")
    qtbot.waitUntil(lambda: "2" not in column(view, "STT"))
    choose(status_filter, "Tất cả")
    click_row(qtbot, view, row_for(view, 2))

    # Correct it, then delete it.
    click_row(qtbot, reports, 0)
    assert button(page, "Sửa báo cáo…").isEnabled()
    seen: list[str] = []

    def correct(dialog: QWidget) -> None:
        seen.append(field(dialog, "Kết quả thực hiện *", QPlainTextEdit).toPlainText())
        field(dialog, "Tỷ lệ hoàn thành", QSpinBox).setValue(50)
        save(dialog)

    script = Script(qtbot).dialog("Sửa báo cáo tiến độ", correct)
    click(qtbot, button(page, "Sửa báo cáo…"))
    finish(qtbot, script)
    assert seen == ["Đã kiểm tra 8 hợp tác xã"]
    assert cell(view, "Tiến độ", current_row(view)) == "50%"
    assert column(reports, "Tỷ lệ") == ["50%"]
    click_row(qtbot, reports, 0)
    script = Script(qtbot).on(
        lambda w: isinstance(w, QMessageBox),
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
    )
    click(qtbot, button(page, "Xóa báo cáo"))
    finish(qtbot, script)
    assert cell(view, "Báo cáo gần nhất", current_row(view)) == "Chưa có báo cáo"
    assert reports.model().rowCount() == 0


def test_overdue_and_due_soon_colours_and_count(qtbot, district_with_tasks, time_machine):
    # 24/06: the six-monthly reports are due in 6 days: amber; the yearly one is not due yet.
    on(time_machine, date(2026, 6, 24))
    window = open_window(qtbot, district_with_tasks)
    go_to(window, "Nhiệm vụ")
    view = table(window)

    def background(row: int) -> str | None:
        found = colour(view, row, Qt.ItemDataRole.BackgroundRole)
        return found.name() if found is not None else None

    colours = {int(number): background(row) for row, number in enumerate(column(view, "STT"))}
    assert colours == {2: SOON_BACKGROUND.name(), 3: None, 5: SOON_BACKGROUND.name()}
    assert "Nhiệm vụ (2)" in page_titles(window)
    # 01/07: the continuous tasks missed H1 and turn red (as the window opens that day).
    on(time_machine, date(2026, 7, 1))
    window = open_window(qtbot, district_with_tasks)
    page = go_to(window, "Nhiệm vụ")
    view = table(window)
    assert sorted(column(view, "Trạng thái")) == [
        "Chưa thực hiện", "Chưa thực hiện – quá hạn", "Chưa thực hiện – quá hạn",
    ]  # fmt: skip
    assert "Nhiệm vụ (2)" in page_titles(window)
    choose(named(page, "Lọc theo trạng thái", QComboBox), "Quá hạn")
    assert view.model().rowCount() == 2
    go_to(window, "Hợp tác xã")
    go_to(window, "Nhiệm vụ")
    assert "2 / 3 nhiệm vụ được giao; 2 quá hạn" in status_text(window)


def test_menu_shortcuts_switch_pages(qtbot, province_window):
    activate(qtbot, province_window)
    for key, title in ((Qt.Key.Key_4, "Theo dõi tiến độ"),
                       (Qt.Key.Key_3, "Văn bản chỉ đạo"),
                       (Qt.Key.Key_2, "Nhiệm vụ")):  # fmt: skip
        qtbot.keyClick(province_window, key, Qt.KeyboardModifier.ControlModifier)
        assert base(current_title(province_window)) == title


def test_ctrl_r_promised_by_the_menu_works_from_the_cooperative_page(
    qtbot, tmp_path, province_window, province_workspace, time_machine
):
    on(time_machine, ISSUED)
    load_sample_by_button(qtbot, province_window)
    le_thuy = district(tmp_path, "H457", "UBND huyện Lệ Thủy", "457")
    carry(province_workspace, le_thuy)
    on(time_machine, date(2026, 3, 25))
    window = open_window(qtbot, le_thuy)
    go_to(window, "Nhiệm vụ")
    click_row(qtbot, table(window), 0)
    page = go_to(window, "Hợp tác xã")
    activate(qtbot, window)
    coops = named(page, "Danh sách hợp tác xã", QTableView)
    coops.setFocus()
    opened: list[str] = []

    def close(dialog: QWidget) -> None:
        opened.append(dialog.windowTitle())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    script = Script(qtbot).dialog("Báo cáo tiến độ", close)
    qtbot.keyClick(coops, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    finish(qtbot, script)
    assert opened == ["Báo cáo tiến độ"]
    assert base(current_title(window)) == "Nhiệm vụ"
    le_thuy.close()
