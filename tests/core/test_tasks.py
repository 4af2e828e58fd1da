"""Directives, tasks, assignments and reports in the database: rules, permissions, sample, CLI."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from sqlalchemy import select

from desktop.core import models, settings
from desktop.core.errors import KnownError, ValidationError
from desktop.core.records import SPECS, Writer
from desktop.core.tasks import board, editing, sample
from desktop.core.tasks.editing import PermissionDenied
from desktop.core.workspace import Workspace, configure

TODAY = date(2026, 3, 10)
PROVINCE = settings.Identity(
    office_code="T44",
    office_name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
    role=settings.PROVINCE,
    area_scheme="pre2025",
    area_code="44",
    hub_code="T44",
)
LE_THUY = settings.Identity(
    office_code="H457",
    office_name="UBND huyện Lệ Thủy",
    role=settings.DISTRICT,
    area_scheme="pre2025",
    area_code="457",
    hub_code="T44",
)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """One migrated empty database, copied for each test (migrating takes most of a setup)."""
    folder = tmp_path_factory.mktemp("template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTX_DATA_DIR", str(folder / "data"))
        Workspace.open(str(folder / "htx.sqlite3")).close()
    return folder / "htx.sqlite3"


@pytest.fixture
def ws(tmp_path, monkeypatch, template):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    shutil.copy(template, tmp_path / "htx.sqlite3")
    workspace = Workspace.open(str(tmp_path / "htx.sqlite3"))
    with workspace.transaction() as conn:
        configure(conn, PROVINCE)
    workspace.identity = PROVINCE
    yield workspace
    workspace.close()


@pytest.fixture
def loaded(ws):
    with ws.transaction() as conn:
        sample.load_sample(conn, PROVINCE, today=TODAY)
    return ws


def _line(ws, position: int, office: str, today: date = TODAY) -> board.Line:
    with ws.reading() as conn:
        found = [
            line
            for line in board.lines(conn, today, office_code=office)
            if line.task["position"] == position
        ]
    assert len(found) == 1
    return found[0]


# --- the sample directive ---------------------------------------------------------------------


def test_sample_text_is_parsed_and_every_lead_unit_is_named_in_its_paragraph():
    parsed = sample.load_text()
    assert parsed.title.startswith("Về việc tăng cường vai trò")
    assert sorted(parsed.tasks) == [1, 2, 3, 4, 5, 6]
    for plan in sample.PLAN:
        assert plan.named in parsed.tasks[plan.position], plan.position
    assert "theo dõi, kiểm tra, đôn đốc, tổng hợp" in parsed.tasks[6]


def test_sample_loads_the_directive_tasks_units_and_assignments(loaded):
    with loaded.reading() as conn:
        (directive,) = board.directives(conn)
        tasks = board.tasks_of(conn, directive["id"])
        names = editing.office_names(conn)
    assert directive["number"] == "…/CT-UBND"
    assert directive["issued_on"] == TODAY
    assert directive["task_count"] == 6
    assert directive["title"].startswith("Chỉ thị về việc tăng cường vai trò")
    assert [t["position"] for t in tasks] == [1, 2, 3, 4, 5, 6]

    def units(position: int, role: str) -> set[str]:
        task = tasks[position - 1]
        return {a["office_code"] for a in task["assignments"] if a["role"] == role}

    districts = {"H450", "H452", "H453", "H454", "H455", "H456", "H457", "H458"}
    departments = {"STC", "SNN", "SCT"}
    assert units(1, "lead") == {"BCD"}
    assert units(2, "lead") == departments | districts and units(2, "support") == {"T44"}
    assert units(3, "lead") == {"T44"} and units(3, "support") == departments | districts
    assert units(4, "lead") == {"STC"} and units(4, "support") == {"T44", "LMHTX"}
    assert units(5, "lead") == {"LMHTX"} and units(5, "support") == departments | districts
    assert units(6, "lead") == {"T44"} and not units(6, "support")
    assert [t["cycle"] for t in tasks] == [
        "continuous",
        "continuous",
        "year",
        "once",
        "continuous",
        "half",
    ]
    assert tasks[3]["deadline"] == date(2026, 9, 10)
    assert names["H450"] == "UBND thành phố Đồng Hới"
    assert names["H457"] == "UBND huyện Lệ Thủy"
    assert names["BCD"] == "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"


def test_sample_reuses_existing_units_and_counts_every_department(ws):
    with ws.transaction() as conn:
        editing.add_office(conn, PROVINCE, "STP", "Sở Tư pháp", settings.DEPARTMENT)
        editing.add_office(conn, PROVINCE, "H457", "UBND huyện Lệ Thủy (cũ)", settings.DISTRICT)
        result = sample.load_sample(conn, PROVINCE, today=TODAY)
        names = editing.office_names(conn)
    assert "H457" not in result["offices_created"] and "STP" not in result["offices_created"]
    assert names["H457"] == "UBND huyện Lệ Thủy (cũ)"
    assert "STP" in {a["office_code"] for a in _task(ws, 2)["assignments"]}


def _task(ws, position: int) -> dict:
    with ws.reading() as conn:
        return board.tasks_of(conn)[position - 1]


def test_sample_twice_is_refused_and_after_deletion_comes_back(loaded):
    with pytest.raises(KnownError, match="Chỉ thị mẫu đã có"), loaded.transaction() as conn:
        sample.load_sample(conn, PROVINCE, today=TODAY)
    with loaded.transaction() as conn:
        editing.delete_directive(conn, PROVINCE, sample.sample_directive_id())
        assert board.directives(conn) == []
        assert board.lines(conn, TODAY) == []
        sample.load_sample(conn, PROVINCE, today=TODAY)
        assert len(board.tasks_of(conn)) == 6
        assert len(board.lines(conn, TODAY)) == 41


def test_only_the_province_loads_the_sample(ws):
    with pytest.raises(PermissionDenied), ws.transaction() as conn:
        sample.load_sample(conn, LE_THUY, today=TODAY)


# --- writes and permissions ------------------------------------------------------------------------


def _directive(ws, **values) -> str:
    base = {"number": "12/CT-UBND", "issued_on": "05/01/2026", "issuer": "UBND tỉnh",
            "title": "Chỉ thị về phát triển kinh tế tập thể"}  # fmt: skip
    base.update(values)
    with ws.transaction() as conn:
        return editing.add_directive(conn, PROVINCE, base, today=TODAY)


def _offices(ws, *codes: str) -> None:
    with ws.transaction() as conn:
        for code in codes:
            role = settings.DISTRICT if code.startswith("H") else settings.DEPARTMENT
            editing.add_office(conn, PROVINCE, code, f"Đơn vị {code}", role)


def test_writes_keep_versions_history_and_change_sequence(ws):
    _offices(ws, "H457")
    directive_id = _directive(ws)
    with ws.transaction() as conn:
        task_id = editing.add_task(
            conn, PROVINCE, directive_id,
            {"title": "Rà soát hợp tác xã", "cycle": "once", "deadline": "30/06/2026"},
            [("H457", "lead")],
        )  # fmt: skip
        rows = {
            name: conn.execute(select(SPECS[name].table)).mappings().all()
            for name in ("directive", "task", "assignment")
        }
        history = conn.execute(select(models.history)).mappings().all()
    for name, found in rows.items():
        assert found and all(r["sync_seq"] > 0 and r["updated_by"] == "T44" for r in found), name
        assert all(r["sync_meta"] != "{}" for r in found)
    assert {h["table_name"] for h in history} >= {"directive", "task", "assignment"}
    assert rows["assignment"][0]["id"] == editing.assignment_id(task_id, "H457")


def test_district_cannot_touch_directives_tasks_assignments_or_units(loaded):
    with loaded.reading() as conn:
        task_id = board.find_task(conn, "4")
    attempts = [
        lambda c: editing.add_directive(c, LE_THUY, {"number": "1/CT-UBND", "title": "X"}),
        lambda c: editing.update_directive(
            c, LE_THUY, sample.sample_directive_id(), {"title": "Y"}
        ),
        lambda c: editing.delete_directive(c, LE_THUY, sample.sample_directive_id()),
        lambda c: editing.add_task(c, LE_THUY, sample.sample_directive_id(), {"title": "Z"}),
        lambda c: editing.update_task(c, LE_THUY, task_id, {"title": "Z"}),
        lambda c: editing.delete_task(c, LE_THUY, task_id),
        lambda c: editing.set_assignments(c, LE_THUY, task_id, [("H457", "lead")]),
        lambda c: editing.extend_deadline(c, LE_THUY, task_id, "01/12/2026"),
        lambda c: editing.add_office(c, LE_THUY, "X1", "Đơn vị X", "district"),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match="Chỉ cấp tỉnh"), loaded.transaction() as conn:
            attempt(conn)
    with loaded.reading() as conn:
        assert board.get_task(conn, task_id)["title"].startswith("Nghiên cứu")


def test_an_office_reports_only_on_its_own_assignments(loaded):
    own = _line(loaded, 2, "H457")
    other = _line(loaded, 2, "H450")
    values = {"period": "2026-H1", "status": "in_progress", "percent": 30,
              "content": "Đã kiểm tra 12 hợp tác xã"}  # fmt: skip
    with loaded.transaction() as conn:
        report_id = editing.add_report(conn, LE_THUY, own.assignment_id, values, today=TODAY)
    with pytest.raises(PermissionDenied, match="chỉ báo cáo"), loaded.transaction() as conn:
        editing.add_report(conn, LE_THUY, other.assignment_id, values, today=TODAY)
    with pytest.raises(PermissionDenied), loaded.transaction() as conn:
        editing.add_report(conn, LE_THUY, other.assignment_id, values, on_behalf=True, today=TODAY)
    # The province needs to say it enters the report for the unit.
    with pytest.raises(PermissionDenied), loaded.transaction() as conn:
        editing.add_report(conn, PROVINCE, other.assignment_id, values, today=TODAY)
    with loaded.transaction() as conn:
        behalf = editing.add_report(
            conn, PROVINCE, other.assignment_id, values, on_behalf=True, today=TODAY
        )
        stored = (
            conn.execute(
                select(SPECS["progress_report"].table).where(
                    SPECS["progress_report"].table.c.id == behalf
                )
            )
            .mappings()
            .one()
        )
    assert stored["office_code"] == "H450" and stored["updated_by"] == "T44"
    # Corrections: the owner may, another district may not.
    other_district = settings.Identity(
        "H450", "UBND thành phố Đồng Hới", "district", "pre2025", "450", "T44"
    )
    with pytest.raises(PermissionDenied), loaded.transaction() as conn:
        editing.update_report(conn, other_district, report_id, {"percent": 90}, today=TODAY)
    with loaded.transaction() as conn:
        diff = editing.update_report(conn, LE_THUY, report_id, {"percent": 45}, today=TODAY)
    assert diff == {"percent": (30, 45)}
    with loaded.transaction() as conn:
        editing.delete_report(conn, LE_THUY, report_id)
    assert _line(loaded, 2, "H457").latest_report is None


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"period": "2026-Q1"}, "period", "theo chu kỳ “Thường xuyên”"),
        ({"period": "2026-H2"}, "period", "chưa bắt đầu"),
        ({"period": "giữa năm"}, "period", "không hợp lệ"),
        ({"status": "xong rồi"}, "status", "Trạng thái phải là"),
        ({"status": "done", "percent": 80}, "percent", "100%"),
        ({"status": "in_progress", "percent": 100}, "percent", "Hoàn thành"),
        ({"status": "not_started", "percent": 10}, "percent", "0%"),
        ({"percent": 120}, "percent", "từ 0 đến 100"),
        ({"percent": "nhiều"}, "percent", "số nguyên"),
        ({"status": "in_progress", "percent": None}, "percent", "Hãy nhập tỷ lệ"),
        ({"content": ""}, "content", "kết quả"),
        ({"reported_on": "11/03/2026"}, "reported_on", "sau ngày hôm nay"),
        ({"reported_on": "31/02/2026"}, "reported_on", "không hợp lệ"),
        ({"reported_on": "01/03/2026"}, "reported_on", "ngày ban hành"),
        ({"period": "2025-H2"}, "period", "trước khi ban hành"),
    ],
)
def test_report_validation_messages(loaded, values, field, message):
    line = _line(loaded, 2, "H457")
    base = {"period": "2026-H1", "status": "in_progress", "percent": 30, "content": "Đã làm"}
    base.update(values)
    with pytest.raises(ValidationError) as caught, loaded.transaction() as conn:
        editing.add_report(conn, LE_THUY, line.assignment_id, base, today=TODAY)
    assert message in caught.value.errors[field]


def test_report_defaults_date_today_and_percent_from_status(loaded):
    line = _line(loaded, 2, "H457")
    with loaded.transaction() as conn:
        editing.add_report(
            conn, LE_THUY, line.assignment_id,
            {"period": "6 tháng đầu năm 2026", "status": "Hoàn thành", "content": "Xong"},
            today=TODAY,
        )  # fmt: skip
    latest = _line(loaded, 2, "H457").latest_report
    assert latest["reported_on"] == TODAY and latest["percent"] == 100
    assert latest["period"] == "2026-H1" and latest["status"] == "done"


def test_a_once_task_takes_an_empty_period(loaded):
    line = _line(loaded, 4, "STC")
    stc = settings.Identity("STC", "Sở Tài chính", "department", "pre2025", "44", "T44")
    with pytest.raises(ValidationError, match="để trống"), loaded.transaction() as conn:
        editing.add_report(conn, stc, line.assignment_id,
                           {"period": "2026", "status": "not_started"}, today=TODAY)  # fmt: skip
    with loaded.transaction() as conn:
        editing.add_report(conn, stc, line.assignment_id, {"status": "not_started"}, today=TODAY)
    assert _line(loaded, 4, "STC").status.code == "not_started"


@pytest.mark.parametrize(
    ("values", "field", "message"),
    [
        ({"number": ""}, "number", "Hãy nhập số"),
        ({"number": "12 CT-UBND"}, "number", "số/ký hiệu"),
        ({"issued_on": "11/03/2026"}, "issued_on", "sau ngày hôm nay"),
        ({"title": " "}, "title", "trích yếu"),
    ],
)
def test_directive_validation(ws, values, field, message):
    with pytest.raises(ValidationError) as caught:
        _directive(ws, **values)
    assert message in caught.value.errors[field]


def test_same_number_and_date_is_a_duplicate(ws):
    _directive(ws)
    with pytest.raises(ValidationError, match="đã có"):
        _directive(ws)
    _directive(ws, issued_on="06/01/2026")  # another date: another document


def test_task_and_assignment_validation(ws):
    _offices(ws, "H457", "STC")
    directive_id = _directive(ws)

    def add(values, pairs=()):
        with ws.transaction() as conn:
            return editing.add_task(conn, PROVINCE, directive_id, values, pairs)

    with pytest.raises(ValidationError) as caught:
        add({"title": "", "cycle": "once"})
    assert set(caught.value.errors) == {"title", "deadline"}
    with pytest.raises(ValidationError, match="trước ngày ban hành"):
        add({"title": "A", "cycle": "once", "deadline": "01/01/2026"})
    with pytest.raises(ValidationError, match="Chu kỳ phải là"):
        add({"title": "A", "cycle": "hai tuần"})
    with pytest.raises(ValidationError, match="Không có đơn vị mã “H999”"):
        add({"title": "A", "cycle": "year"}, [("H999", "lead")])
    with pytest.raises(ValidationError, match="ít nhất một đơn vị chủ trì"):
        add({"title": "A", "cycle": "year"}, [("H457", "support")])
    with pytest.raises(ValidationError, match="hai lần"):
        add({"title": "A", "cycle": "year"}, [("H457", "lead"), ("h457", "phối hợp")])
    # Labels are accepted for cycle and role; a recurring task drops any deadline.
    task_id = add({"title": "A", "cycle": "Hằng quý", "deadline": "01/06/2026"},
                  [("H457", "Chủ trì"), ("STC", "support")])  # fmt: skip
    with ws.reading() as conn:
        task = board.get_task(conn, task_id)
    assert task["cycle"] == "quarter" and task["deadline"] is None and task["position"] == 1
    assert [(a["office_code"], a["role"]) for a in task["assignments"]] == [
        ("H457", "lead"), ("STC", "support"),
    ]  # fmt: skip


def test_reassigning_keeps_one_row_per_unit(ws):
    _offices(ws, "H457", "H450")
    directive_id = _directive(ws)
    with ws.transaction() as conn:
        task_id = editing.add_task(conn, PROVINCE, directive_id,
                                   {"title": "A", "cycle": "year"}, [("H457", "lead")])  # fmt: skip
        editing.set_assignments(conn, PROVINCE, task_id, [("H450", "lead")])
        editing.set_assignments(conn, PROVINCE, task_id, [("H457", "lead"), ("H450", "support")])
        rows = conn.execute(select(SPECS["assignment"].table)).mappings().all()
    assert sorted((r["office_code"], r["role"], r["deleted"]) for r in rows) == [
        ("H450", "support", False), ("H457", "lead", False),
    ]  # fmt: skip


def test_extension_keeps_the_count_and_the_previous_deadline(loaded):
    with loaded.reading() as conn:
        task_id = board.find_task(conn, "4")
    with loaded.transaction() as conn:
        editing.extend_deadline(conn, PROVINCE, task_id, "30/09/2026")
        editing.extend_deadline(conn, PROVINCE, task_id, date(2026, 12, 31))
        task = board.get_task(conn, task_id)
    assert task["deadline"] == date(2026, 12, 31)
    assert task["previous_deadline"] == date(2026, 9, 30)
    assert task["extensions"] == 2
    with pytest.raises(ValidationError, match="phải sau"), loaded.transaction() as conn:
        editing.extend_deadline(conn, PROVINCE, task_id, "01/12/2026")
    with pytest.raises(ValidationError, match="nhiệm vụ một lần"), loaded.transaction() as conn:
        editing.extend_deadline(conn, PROVINCE, board.find_task(conn, "3"), "01/12/2026")


def test_extension_turns_overdue_into_in_time(loaded):
    stc = settings.Identity("STC", "Sở Tài chính", "department", "pre2025", "44", "T44")
    line = _line(loaded, 4, "STC")
    with loaded.transaction() as conn:
        editing.add_report(conn, stc, line.assignment_id,
                           {"status": "in_progress", "percent": 60, "content": "Đang lập hồ sơ"},
                           today=TODAY)  # fmt: skip
    late = date(2026, 9, 11)
    assert _line(loaded, 4, "STC", late).status.code == "overdue"
    with loaded.transaction() as conn:
        editing.extend_deadline(conn, PROVINCE, line.task_id, "31/10/2026")
    assert _line(loaded, 4, "STC", late).status.code == "in_time"


# --- reading: synced rows, board, JSON ---------------------------------------------------------


def test_rows_written_elsewhere_show_up_without_local_state(loaded):
    """What a sync import writes (rows made by another office) is all the board needs."""
    line = _line(loaded, 2, "H457")
    with loaded.transaction() as conn:
        Writer(conn, LE_THUY, source="import").create(
            SPECS["progress_report"],
            {"assignment_id": line.assignment_id, "office_code": "H457", "period": "2026-H1",
             "reported_on": date(2026, 3, 9), "document_number": "15/BC-UBND",
             "status": "in_progress", "percent": 40, "content": "Đã kiểm tra"},
        )  # fmt: skip
    line = _line(loaded, 2, "H457")
    assert line.status.code == "in_time" and line.status.reported_current
    assert line.latest_report["document_number"] == "15/BC-UBND"


def test_board_filters_and_counts(loaded):
    today = date(2026, 7, 2)  # H1 reports were due on 30/06
    stc = settings.Identity("STC", "Sở Tài chính", "department", "pre2025", "44", "T44")
    with loaded.transaction() as conn:
        for identity, day in ((LE_THUY, date(2026, 6, 30)), (stc, date(2026, 7, 1))):
            line = _line(loaded, 2, identity.office_code, day)
            editing.add_report(conn, identity, line.assignment_id,
                               {"period": "2026-H1", "status": "done", "content": "Xong",
                                "reported_on": day}, today=day)  # fmt: skip
        everything = board.lines(conn, today)
    task2 = [line for line in everything if line.task["position"] == 2]
    codes = {line.office_code: line.status.code for line in task2}
    assert codes["H457"] == "done_on_time" and codes["STC"] == "done_late"
    assert codes["H450"] == "overdue"
    overdue = [line for line in task2 if board.matches(line, board.Filters(status="overdue"))]
    assert len(overdue) == len(task2) - 2
    assert [line.office_code for line in task2
            if board.matches(line, board.Filters(office_code="H457"))] == ["H457"]  # fmt: skip
    assert all(board.matches(line, board.Filters(status="unreported")) for line in task2)
    found = [
        line for line in everything if board.matches(line, board.Filters(text="thanh lap quy"))
    ]
    assert {line.task["position"] for line in found} == {4}
    assert board.attention_count(everything) > 0


def test_tasks_json_has_the_documented_keys(loaded):
    with loaded.reading() as conn:
        data = board.tasks_json(conn, TODAY)
    assert len(data) == 6
    task = data[3]
    assert set(task) == {
        "id", "directive", "position", "title", "content", "cycle", "cycle_label", "deadline",
        "previous_deadline", "extensions", "current_period", "current_period_label", "status",
        "status_label", "unreported", "assignments",
    }  # fmt: skip
    assert task["deadline"] == "2026-09-10" and task["cycle"] == "once"
    assignment = task["assignments"][0]
    assert assignment["office_code"] == "STC" and assignment["role"] == "lead"
    assert set(assignment) >= {"office_name", "status", "status_label", "due", "overdue",
                               "due_soon", "reported_current", "latest_report"}  # fmt: skip
    json.dumps(data)


def test_find_task_by_id_or_position(loaded):
    with loaded.reading() as conn:
        by_position = board.find_task(conn, "3")
        assert board.find_task(conn, by_position) == by_position
        assert board.find_task(conn, "3", "…/CT-UBND") == by_position
        with pytest.raises(KnownError, match="Không có nhiệm vụ số 9"):
            board.find_task(conn, "9")
    _directive(loaded, issued_on="01/03/2026")
    with loaded.transaction() as conn:
        editing.add_task(conn, PROVINCE, board.directives(conn)[0]["id"],
                         {"title": "A", "cycle": "year", "position": 3})  # fmt: skip
    with pytest.raises(KnownError, match="--directive"), loaded.reading() as conn:
        board.find_task(conn, "3")


def test_board_at_demo_scale_is_consistent(ws):
    from desktop.core import demo

    with ws.transaction() as conn:
        counts = demo.generate(conn, "province", seed=3)
        everything = board.lines(conn, date(2025, 12, 31))
    assert len(everything) <= counts["assignment"]
    assert {line.status.code for line in everything} <= {
        "not_started", "in_time", "overdue", "done_on_time", "done_late",
    }  # fmt: skip


def test_the_task_core_and_its_command_need_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, desktop.core.tasks.board, desktop.core.tasks.sample, desktop.cli.tasks;"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
