"""Jobs the window does, from the command line too: directives, tasks and their units,
un-deleting a cooperative, installing a setup file again on a new PC."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("HTX_DB", raising=False)
    return str(tmp_path / "province.sqlite3")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_directive_task_and_units_from_the_command_line(db, capsys, tmp_path):
    assert run(capsys, "init", "--db", db, "--office", "T44", "--name", "Sở KH&ĐT Quảng Bình",
               "--area", "44", "--scheme", "pre2025")[0] == 0  # fmt: skip
    assert run(capsys, "enroll", "--db", db, "--office", "H457", "--name", "UBND huyện Lệ Thủy",
               "--area", "457", "--out", str(tmp_path))[0] == 0  # fmt: skip
    code, out, _ = run(capsys, "tasks", "directive-add", "--db", db, "--number", "05/CT-UBND",
                       "--title", "Về phát triển kinh tế tập thể", "--issued-on", "01/03/2026")  # fmt: skip
    assert code == 0 and "Đã thêm văn bản 05/CT-UBND." in out
    code, _, err = run(capsys, "tasks", "directive-add", "--db", db, "--number", "05/CT-UBND",
                       "--title", "Lần nữa", "--issued-on", "01/03/2026")  # fmt: skip
    assert code == 1 and "đã có" in err
    code, out, _ = run(capsys, "tasks", "add", "--db", db, "--directive", "05/CT-UBND",
                       "--title", "Rà soát hợp tác xã", "--deadline", "31/12/2026",
                       "--lead", "H457", "--support", "T44")  # fmt: skip
    assert code == 0 and "giao cho 2 đơn vị" in out
    code, _, err = run(capsys, "tasks", "add", "--db", db, "--directive", "05/CT-UBND",
                       "--title", "Không hạn")  # fmt: skip
    assert code == 1 and "thời hạn" in err
    code, out, _ = run(capsys, "tasks", "assign", "--db", db, "--directive", "05/CT-UBND",
                       "--task", "1", "--lead", "T44,H457")  # fmt: skip
    assert code == 0 and "UBND huyện Lệ Thủy (Chủ trì)" in out
    code, out, _ = run(capsys, "tasks", "list", "--db", db, "--json")
    task = json.loads(out)[0]
    assert task["title"] == "Rà soát hợp tác xã" and task["deadline"] == "2026-12-31"
    assert {(a["office_code"], a["role"]) for a in task["assignments"]} == {
        ("T44", "lead"), ("H457", "lead"),
    }  # fmt: skip
    code, _, err = run(capsys, "tasks", "assign", "--db", db, "--task", "1", "--lead", "X999")
    assert code == 1 and "X999" in err


def test_undelete_a_cooperative(db, capsys):
    run(capsys, "init", "--db", db, "--office", "T44", "--name", "Sở KH&ĐT", "--area", "44",
        "--scheme", "pre2025")  # fmt: skip
    run(capsys, "coop", "add", "--db", db, "registration_code=3100123459",
        "name=HTX Nông nghiệp Sen Thủy", "area_code=457")  # fmt: skip
    code, out, _ = run(capsys, "coop", "delete", "--db", db, "3100123459")
    assert code == 0 and "htx coop undelete 3100123459" in out
    code, out, _ = run(capsys, "coop", "list", "--db", db, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "coop", "undelete", "--db", db, "3100123459")
    assert code == 0 and "Đã khôi phục" in out
    code, out, _ = run(capsys, "coop", "list", "--db", db, "--json")
    assert [c["registration_code"] for c in json.loads(out)] == ["3100123459"]
    code, _, err = run(capsys, "coop", "undelete", "--db", db, "3100123459")
    assert code == 1 and "Không tìm thấy" in err


def test_setup_again_only_with_reinstall(db, capsys, tmp_path):
    run(capsys, "init", "--db", db, "--office", "T44", "--name", "Sở KH&ĐT", "--area", "44",
        "--scheme", "pre2025")  # fmt: skip
    setup = tmp_path / "H457.htxsetup"
    run(capsys, "enroll", "--db", db, "--office", "H457", "--name", "UBND huyện Lệ Thủy",
        "--area", "457", "--out", str(setup))  # fmt: skip
    district = str(tmp_path / "district.sqlite3")
    assert run(capsys, "setup", "--db", district, str(setup))[0] == 0
    code, _, err = run(capsys, "setup", "--db", district, str(setup))
    assert code == 1 and "cài lại" in err.lower()
    code, out, _ = run(capsys, "setup", "--db", district, str(setup), "--reinstall")
    assert code == 0 and "UBND huyện Lệ Thủy" in out
    code, _, err = run(capsys, "setup", "--db", db, str(setup))
    assert code == 1 and "cấp tỉnh" in err and "Không có gì bị thay đổi" in err
