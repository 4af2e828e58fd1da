"""The `htx` command, run as a user's script would run it (each call is a new process)."""

from __future__ import annotations

import json
import re
import subprocess
import uuid
from pathlib import Path

from desktop.core import demo, registry
from desktop.core.database import open_database
from desktop.core.text import is_valid_registration_code_format, make_registration_code, sort_key
from desktop.core.workspace import Workspace
from tests.cli_runner import run_htx
from tests.core.helpers import DONG_HOI_WARD, snapshot

COOP_KEYS = {"id", "registration_code", "name", "entity_type", "sector", "status", "area_code",
             "area_scheme", "registered_on", "indicators", "former_area_scheme",
             "former_area_code"}  # fmt: skip
INDICATOR_KEYS = {"year", "members", "workers", "charter_capital", "revenue", "profit"}
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def htx(*args: str) -> subprocess.CompletedProcess[str]:
    return run_htx(*args)


def ok(*args: str) -> str:
    done = htx(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def listing(db: str, seed: int) -> list[dict]:
    """What `htx coop list --json` prints, computed in this process from a fresh database."""
    ws = Workspace.open(db)
    try:
        with ws.transaction() as conn:
            demo.generate(conn, "province", seed)
        with ws.reading() as conn:
            figures = registry.indicators_of(conn)
            return [
                registry.to_json(row, figures.get(row["id"], []))
                for row in registry.list_cooperatives(conn)
            ]
    finally:
        ws.close()


def without_times(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "updated_at"} for row in rows]


def test_demo_then_list_json(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    ok("demo", "--scale", "province", "--seed", "3", "--db", db)
    rows = json.loads(ok("coop", "list", "--json", "--db", db))

    assert len(rows) == 1000
    for row in rows:
        assert row.keys() >= COOP_KEYS
        assert row["area_scheme"] == "post2025"  # today's structure by default
        assert row["district_code"] is None and row["former_area_code"] is None
        assert ISO_DATE.match(row["registered_on"])
        assert is_valid_registration_code_format(row["registration_code"])
        assert [i["year"] for i in row["indicators"]] == [2021, 2022, 2023, 2024, 2025]
        for figures in row["indicators"]:
            assert figures.keys() >= INDICATOR_KEYS
            assert all(isinstance(figures[k], int) for k in INDICATOR_KEYS)
    assert len({r["registration_code"] for r in rows}) == 1000
    assert {r["province_code"] for r in rows} == {"44"}
    names = [r["name"] for r in rows]
    assert names == sorted(names, key=sort_key)

    # The same seed gives the same data (in another process, too); another seed does not.
    same = listing(str(tmp_path / "same.sqlite3"), seed=3)
    assert without_times(same) == without_times(rows)
    other = listing(str(tmp_path / "other.sqlite3"), seed=4)
    assert without_times(other) != without_times(rows)


def test_add_set_show(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "htx.sqlite3")
    code = make_registration_code("440012345")
    out = ok(
        "coop", "add", "--db", db, "--year", "2024", f"registration_code={code}",
        "name=Hợp tác xã Nông nghiệp Bắc Lý", f"area_code={DONG_HOI_WARD}", "sector=agri",
        "founded_on=05/03/2019", "members=12", "revenue=2.000.000",
    )  # fmt: skip
    coop_id = out.strip()
    assert str(uuid.UUID(coop_id)) == coop_id

    # Bad input: a non-zero exit, the reasons in Vietnamese on stderr, and nothing written.
    database = open_database(db)
    try:
        with database.engine.connect() as conn:
            before = snapshot(conn)
        bad = htx("coop", "add", "--db", db, "registration_code=123", "name= ")
        with database.engine.connect() as conn:
            after = snapshot(conn)
    finally:
        database.dispose()
    assert bad.returncode == 1
    assert "Mã số HTX phải gồm 10 chữ số" in bad.stderr
    assert "Tên không được để trống." in bad.stderr
    assert bad.stdout == ""
    assert after == before

    out = ok("coop", "set", "--db", db, code, "members=30", "profit=-1.500", "--year", "2024")
    assert "Đã sửa 2 trường" in out

    shown = json.loads(ok("coop", "show", "--db", db, code, "--json"))
    assert shown["id"] == coop_id
    assert shown["name"] == "Hợp tác xã Nông nghiệp Bắc Lý"
    assert shown["founded_on"] == "2019-03-05"
    assert [(i["year"], i["members"], i["revenue"], i["profit"]) for i in shown["indicators"]] == [
        (2024, 30, 2_000_000, -1500)
    ]
    changes = [(h["field"], h["old"], h["new"]) for h in shown["history"]]
    assert [h["office"] for h in shown["history"]] == [shown["updated_by"]] * len(changes)
    assert changes[0] == ("_created", None, "Hợp tác xã Nông nghiệp Bắc Lý")
    assert ("2024.members", "12", "30") in changes
    assert ("2024.profit", None, "-1500") in changes
    # The processes kept their files in the test's data folder, not the user's.
    assert "coop show" in (data_dir / "htx.log").read_text(encoding="utf-8")


def test_list_search_is_the_window_search(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "htx.sqlite3")
    codes = []
    for n in range(20):
        try:
            codes.append(make_registration_code(f"44005678{n % 10}"[:9]))
        except ValueError:
            continue
    names = ["Hợp tác xã Du lịch cộng đồng Tân Hội", "HTX Nông nghiệp Bắc Lý",
             "Hợp tác xã Mây tre đan Sen Thủy"]  # fmt: skip
    for name, code in zip(names, dict.fromkeys(codes), strict=False):
        ok("coop", "add", "--db", db, f"registration_code={code}", f"name={name}",
           f"area_code={DONG_HOI_WARD}")  # fmt: skip
    found = json.loads(ok("coop", "list", "--db", db, "--json", "--search", "bac ly hop tac xa"))
    # All three lie in Bắc Lý (Đồng Hới): the one with the words in its name comes first.
    assert found[0]["name"] == "HTX Nông nghiệp Bắc Lý"
    assert len(found) == 3
    found = json.loads(ok("coop", "list", "--db", db, "--json", "--search", "tre may"))
    assert [r["name"] for r in found] == ["Hợp tác xã Mây tre đan Sen Thủy"]
