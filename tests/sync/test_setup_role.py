"""`htx setup` does not turn a province master into another office without being told."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.workspace import Workspace


def test_setup_refuses_to_turn_a_province_master_into_a_district(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    master = str(tmp_path / "t44.sqlite3")
    other = str(tmp_path / "t45.sqlite3")
    assert main(["init", "--db", master, "--office", "T44", "--name", "Sở KH&ĐT Quảng Bình",
                 "--area", "44", "--scheme", "pre2025"]) == 0  # fmt: skip
    assert main(["coop", "add", "--db", master, "registration_code=3100123459",
                 "name=HTX Nông nghiệp Sen Thủy", "area_code=457"]) == 0  # fmt: skip
    assert main(["init", "--db", other, "--office", "T45", "--name", "Sở KH&ĐT Quảng Trị",
                 "--area", "45", "--scheme", "pre2025"]) == 0  # fmt: skip
    setup = tmp_path / "t44-as-district.htxsetup"
    assert main(["enroll", "--db", other, "--office", "T44", "--name", "Văn phòng T44",
                 "--area", "461", "--out", str(setup)]) == 0  # fmt: skip
    capsys.readouterr()

    assert main(["setup", "--db", master, str(setup)]) == 1
    err = capsys.readouterr().err
    assert "dữ liệu tổng hợp cấp tỉnh" in err and "--change-role" in err
    ws = Workspace.open(master)
    assert ws.identity is not None and ws.identity.role == "province"
    assert ws.identity.hub_code == "T44"
    ws.close()

    assert main(["setup", "--db", master, str(setup), "--change-role"]) == 0
    ws = Workspace.open(master)
    assert ws.identity is not None and ws.identity.role == "district"
    ws.close()
