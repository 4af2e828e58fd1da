"""`htx tasks ...` as a script drives it: exit codes, JSON, Vietnamese messages."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from desktop.cli import main
from desktop.core import settings
from desktop.core.tasks import periods, sample
from desktop.core.workspace import Workspace, configure


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HTX_DB", raising=False)
    return str(tmp_path / "htx.sqlite3")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_then_list_json(db, capsys):
    code, out, _ = run(capsys, "tasks", "sample", "--db", db)
    assert code == 0 and "Đã nạp chỉ thị mẫu: 6 nhiệm vụ" in out
    code, _, err = run(capsys, "tasks", "sample", "--db", db)
    assert code == 1 and "Chỉ thị mẫu đã có" in err
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json")
    assert code == 0
    data = json.loads(out)
    assert [t["position"] for t in data] == [1, 2, 3, 4, 5, 6]
    task = data[3]
    assert task["directive"]["number"] == "…/CT-UBND"
    assert task["cycle"] == "once" and task["deadline"]
    lead = task["assignments"][0]
    assert (lead["office_code"], lead["role"], lead["status"]) == ("STC", "lead", "not_started")
    assert lead["latest_report"] is None


def test_report_by_position_and_the_list_shows_it(db, capsys):
    run(capsys, "tasks", "sample", "--db", db)
    code, out, err = run(
        capsys, "tasks", "report", "--db", db, "--task", "4", "--office", "STC",
        "--status", "in_progress", "--percent", "40", "--text", "Đã lập dự thảo đề án",
        "--document", "25/BC-STC", "--difficulties", "Thiếu nguồn vốn",
    )  # fmt: skip
    assert code == 0, err
    assert "Đã ghi báo cáo" in out
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json", "--office", "STC")
    task4 = next(t for t in json.loads(out) if t["position"] == 4)
    report = task4["assignments"][0]["latest_report"]
    assert report["percent"] == 40 and report["status"] == "in_progress"
    assert report["document_number"] == "25/BC-STC" and report["difficulties"] == "Thiếu nguồn vốn"
    assert report["reported_on"] == date.today().isoformat() and report["period"] == ""
    assert task4["assignments"][0]["status"] == "in_time"
    # What it will look like after the deadline, for planning.
    later = (date.today() + timedelta(days=400)).isoformat()
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--office", "STC", "--today", later)
    assert code == 0 and "Đang thực hiện – quá hạn" in out


def test_district_reports_on_its_own_assignment_only(db, capsys):
    ws = Workspace.open(db)
    province = settings.Identity("T44", "Sở KH&ĐT", "province", "pre2025", "44", "T44")
    district = settings.Identity("H457", "UBND huyện Lệ Thủy", "district", "pre2025", "457", "T44")
    with ws.transaction() as conn:
        configure(conn, province)
        sample.load_sample(conn, province, today=date.today() - timedelta(days=1))
        settings.set_identity(conn, district)  # as if the tasks had arrived by package
    ws.close()
    period = periods.period_of("continuous", date.today())
    code, out, err = run(
        capsys, "tasks", "report", "--db", db, "--task", "2", "--period", period,
        "--status", "done", "--percent", "100", "--text", "Đã kiểm tra 15 hợp tác xã",
    )  # fmt: skip
    assert code == 0, err
    code, _, err = run(
        capsys, "tasks", "report", "--db", db, "--task", "2", "--office", "H450",
        "--status", "done", "--text", "Xong",
    )  # fmt: skip
    assert code == 1 and "chỉ báo cáo tiến độ các nhiệm vụ giao cho chính mình" in err
    code, _, err = run(capsys, "tasks", "report", "--db", db, "--task", "4", "--status", "done",
                       "--text", "Xong")  # fmt: skip
    assert code == 1 and "không giao cho đơn vị H457" in err
    code, _, err = run(capsys, "tasks", "extend", "--db", db, "--task", "4",
                       "--deadline", "31/12/2030")  # fmt: skip
    assert code == 1 and "Chỉ cấp tỉnh" in err
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json", "--mine")
    mine = json.loads(out)
    assert {t["position"] for t in mine} == {2, 3, 5}
    task2 = next(t for t in mine if t["position"] == 2)
    own = next(a for a in task2["assignments"] if a["office_code"] == "H457")
    assert own["status"] == "done_on_time" and own["reported_current"]
    assert "H457" not in task2["unreported"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--status", "done", "--percent", "50", "--text", "x"], "--percent: Đã hoàn thành"),
        (["--status", "in_progress", "--percent", "10"], "--text: Hãy ghi kết quả"),
        (["--status", "lung tung", "--text", "x"], "--status: Trạng thái phải là"),
        (
            ["--status", "done", "--text", "x", "--period", "2026-Q1"],
            "--period: Nhiệm vụ này có thời hạn",
        ),
    ],
)
def test_bad_report_input_exits_non_zero_with_a_vietnamese_message(db, capsys, args, message):
    run(capsys, "tasks", "sample", "--db", db)
    code, _, err = run(
        capsys, "tasks", "report", "--db", db, "--task", "4", "--office", "STC", *args
    )
    assert code == 1
    assert message in err


def test_unknown_task_and_bad_dates(db, capsys):
    run(capsys, "tasks", "sample", "--db", db)
    code, _, err = run(capsys, "tasks", "report", "--db", db, "--task", "9", "--status", "done")
    assert code == 1 and "Không có nhiệm vụ số 9" in err
    with pytest.raises(SystemExit) as exited:
        main(["tasks", "extend", "--db", db, "--task", "4", "--deadline", "30/02/2027"])
    assert exited.value.code == 2
    assert "không phải ngày" in capsys.readouterr().err


def test_extend_from_the_command_line(db, capsys):
    run(capsys, "tasks", "sample", "--db", db)
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json")
    old = next(t for t in json.loads(out) if t["position"] == 4)["deadline"]
    new = date.fromisoformat(old) + timedelta(days=30)
    code, out, err = run(capsys, "tasks", "extend", "--db", db, "--task", "4",
                         "--deadline", new.strftime("%d/%m/%Y"))  # fmt: skip
    assert code == 0, err
    assert "lần 1" in out
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json")
    task = next(t for t in json.loads(out) if t["position"] == 4)
    assert task["deadline"] == new.isoformat()
    assert task["previous_deadline"] == old and task["extensions"] == 1
