"""`htx submit / approve / return / reopen / status` as a script drives them, across real
packages (`htx export` / `htx import`): exit codes, JSON keys, Vietnamese messages."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.cli_runner import run_htx
from tests.sync.world import DONG_HOI, LE_THUY, Office, World


def htx(office: Office, *args: str) -> subprocess.CompletedProcess[str]:
    office.close()
    return run_htx(*args, "--db", str(office.path))


def carry(world: World, source: Office, target: Office, tmp_path: Path) -> None:
    out = tmp_path / f"out-{source.code}"
    done = htx(source, "export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    for path in sorted(out.glob("*.htxpkg")):
        if target.code == "T44" or path.stem.endswith(target.code) or source.code != "T44":
            done = htx(target, "import", str(path))
            assert done.returncode == 0, done.stderr
        path.unlink()


def status(office: Office, period: str = "2024") -> dict[str, dict]:
    done = htx(office, "status", "--period", period, "--json")
    assert done.returncode == 0, done.stderr
    return {row["office"]: row for row in json.loads(done.stdout)}


def test_the_whole_sign_off_from_the_command_line(world: World, tmp_path: Path) -> None:
    province, lethuy = world.province, world.lethuy
    code = lethuy.row("cooperative", world.coops["457"][0])["registration_code"]
    rows = status(province)
    assert set(rows) == {LE_THUY, DONG_HOI}
    assert {r["state"] for r in rows.values()} == {"not_submitted"}
    assert set(rows[LE_THUY]) >= {"office", "name", "state", "comment", "by", "at"}

    done = htx(lethuy, "submit", "--period", "2024", "--note", "Đã rà soát")
    assert done.returncode == 0 and "Đã gửi" in done.stdout, done.stderr
    carry(world, lethuy, province, tmp_path)
    row = status(province)[LE_THUY]
    assert (row["state"], row["note"]) == ("submitted", "Đã rà soát") and row["by"] and row["at"]

    done = htx(province, "return", "--office", LE_THUY, "--period", "2024")
    assert done.returncode == 2  # --comment is required: a usage error
    done = htx(province, "return", "--office", LE_THUY, "--period", "2024",
               "--comment", "Thiếu doanh thu HTX Sen Thủy")  # fmt: skip
    assert done.returncode == 0 and "Trả lại" in done.stdout
    carry(world, province, lethuy, tmp_path)
    row = status(lethuy)[LE_THUY]
    assert (row["state"], row["comment"]) == ("returned", "Thiếu doanh thu HTX Sen Thủy")

    assert htx(lethuy, "submit", "--period", "2024").returncode == 0
    carry(world, lethuy, province, tmp_path)
    done = htx(province, "approve", "--office", LE_THUY, "--period", "2024")
    assert done.returncode == 0 and "Đã duyệt" in done.stdout
    done = htx(province, "coop", "set", code, "--year", "2024", "members=99")
    assert done.returncode == 1 and "đã được cấp tỉnh duyệt" in done.stderr
    assert "Traceback" not in done.stderr
    # Deleting or moving one of its cooperatives would change the approved figures too.
    done = htx(province, "coop", "delete", code)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Không xóa được" in done.stderr and "năm 2024" in done.stderr
    assert "đề nghị cấp tỉnh “Mở lại”" in done.stderr
    dong_hoi = province.row("cooperative", world.coops["450"][0])["area_code"]
    done = htx(province, "coop", "set", code, f"area_code={dong_hoi}")
    assert done.returncode == 1 and "Không chuyển được" in done.stderr
    assert not province.row("cooperative", world.coops["457"][0])["deleted"]
    carry(world, province, lethuy, tmp_path)
    assert status(lethuy)[LE_THUY]["state"] == "approved"
    done = htx(lethuy, "coop", "set", code, "--year", "2024", "members=99")
    assert done.returncode == 1 and "Mở lại" in done.stderr
    assert htx(lethuy, "coop", "set", code, "--year", "2025", "members=99").returncode == 0

    assert htx(province, "reopen", "--office", LE_THUY, "--period", "2024").returncode == 0
    carry(world, province, lethuy, tmp_path)
    assert status(lethuy)[LE_THUY]["state"] == "submitted"
    assert htx(lethuy, "coop", "set", code, "--year", "2024", "members=99").returncode == 0


def test_refusals_are_vietnamese_messages_with_exit_code_1(world: World) -> None:
    cases = [
        (world.lethuy, ("approve", "--office", LE_THUY, "--period", "2024"), "Chỉ cấp tỉnh"),
        (world.province, ("submit", "--period", "2024"), "không gửi duyệt"),
        (world.province, ("approve", "--office", "X999", "--period", "2024"), "Không có đơn vị"),
        (world.province, ("approve", "--office", LE_THUY, "--period", "2024"), "chưa gửi"),
        (world.province, ("status", "--period", "Q3/2026"), "Kỳ duyệt"),
        (world.lethuy, ("submit", "--period", "năm ngoái"), "Kỳ duyệt"),
    ]
    for office, args, message in cases:
        done = htx(office, *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert message in done.stderr and "Traceback" not in done.stderr
