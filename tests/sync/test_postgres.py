"""The province's master on PostgreSQL: the same merge, and two staff members importing at
the same moment (both imports end correctly, one waiting for the other; nothing is corrupted).

Skipped, with the reason shown, when no PostgreSQL server can be had (see tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.core.sync import enrolment, merger
from desktop.core.workspace import Workspace
from tests.sync.test_merge_many import write_of_many_records
from tests.sync.world import LE_THUY, Office, World, build_world, canonical, differences

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_a_province_master_on_postgresql_merges_and_round_trips(pg_world: World) -> None:
    world = pg_world
    shared = world.coops["457"][0]
    world.lethuy.edit(shared, {"representative": "Lê Văn Huyện"}, {2024: {"revenue": 7}})
    world.province.edit(shared, {"representative": "Phạm Thị Tỉnh", "phone": "0232 000 111"})
    world.donghoi.delete(world.coops["450"][1])
    world.province.edit(world.coops["450"][1], {"notes": "tỉnh sửa"})
    new = world.lethuy.add_coop("457", "Hợp tác xã Mai Thủy (PostgreSQL)", {2025: {"members": 9}})
    packages = [world.lethuy.export_one(), world.donghoi.export_one()]
    random.Random(7).shuffle(packages)
    for path in packages:
        report = world.province.receive(path)
        assert report.status == merger.APPLIED, report.errors
    world.settle()
    world.assert_districts_match()
    kinds = sorted((c["field"], c["kind"]) for c in world.province.conflicts())
    assert kinds == [("deleted", "delete"), ("representative", "field")]
    assert world.province.row("cooperative", new)["name"].endswith("(PostgreSQL)")
    assert world.province.row("cooperative", shared)["phone"] == "0232 000 111"
    for item in world.province.conflicts():
        world.province.resolve(item, item["current"]["value"])
    world.settle()
    for office in world.offices.values():
        assert office.conflicts() == []
    world.assert_districts_match()


def test_a_write_of_many_records_merges_and_undoes_on_postgresql(
    pg_databases: Callable[[str | None], str], tmp_path: Path
) -> None:
    """At a district whose database is on PostgreSQL (the merge of records sharing their
    states, a group at a time, reads and writes the same there)."""
    folder = tmp_path / "pg-world"
    world = build_world(folder, pg_databases(None))
    try:
        url = pg_databases(None)
        district = Workspace.open(url)
        enrolment.install_setup(district, folder / f"{LE_THUY}.htxsetup")
        district.close()
        world.offices[LE_THUY].close()
        world.offices[LE_THUY] = Office(LE_THUY, folder / "unused", folder / "out-pg", url)
        write_of_many_records(world)
    finally:
        world.close()


def _htx(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )


# An import that holds its transaction open for a while once it has begun merging.
_SLOW_IMPORT = """
import sys, time
from pathlib import Path
from desktop.core.sync import enrolment, merger
from desktop.core.workspace import Workspace

take_lock = merger.lock_writes

def lock_then_hold(conn):
    # Held here with the office's write lock taken (the records were decided before it,
    # where a pause would not keep the other import waiting).
    take_lock(conn)
    print("merging", flush=True)
    time.sleep(5)

merger.lock_writes = lock_then_hold
report = merger.import_package(Workspace.open(sys.argv[1]), Path(sys.argv[2]))
print(report.status, flush=True)
"""


def _many_edits(world: World) -> tuple[Path, Path]:
    """A package from each district with a few hundred records in it."""
    from desktop.core import registry
    from tests.sync.world import coop_values

    for office, area in ((world.lethuy, "457"), (world.donghoi, "450")):
        with office.ws.transaction() as conn:
            for n in range(120):
                values = coop_values(area, f"Hợp tác xã số {n} của {office.code}", index=n % 5)
                registry.add_cooperative(conn, office.identity, values, {2024: {"members": n + 2}})
        office.edit(world.coops[area][0], {"notes": f"sửa ở {office.code}"})
    return world.lethuy.export_one(), world.donghoi.export_one()


def test_two_imports_started_at_the_same_time_both_end_correctly(
    pg_world: World, pg_databases: Callable[[str | None], str]
) -> None:
    world = pg_world
    first, second = _many_edits(world)
    world.province.close()
    assert world.province.url is not None
    sequential, concurrent, same = (pg_databases(world.province.url) for _ in range(3))

    # The reference: one import after the other.
    reference = Workspace.open(sequential)
    for path in (first, second):
        assert merger.import_package(reference, path).status == merger.APPLIED
    expected = canonical(reference)
    reference.close()

    # Two staff members, two different packages: the second starts while the first is in
    # the middle of its transaction (held there for a moment), and waits for it.
    holder = subprocess.Popen(
        [sys.executable, "-c", _SLOW_IMPORT, concurrent, str(first)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"merging\n"
    started = time.monotonic()
    waiter = _htx("import", "--db", concurrent, "--json", str(second))
    out, err = waiter.communicate(timeout=180)
    waited = time.monotonic() - started
    assert waiter.returncode == 0, err.decode()
    report = json.loads(out)
    assert report["status"] == "applied"
    assert report["counts"]["new"] >= 120 and report["counts"]["refused"] == 0
    held, err = holder.communicate(timeout=180)
    assert holder.returncode == 0, err.decode()
    assert held == b"applied\n"
    assert waited >= 4.5, "the second import did not wait for the first one's transaction"
    ws = Workspace.open(concurrent)
    diff = differences(expected, canonical(ws))
    ws.close()
    assert not diff, "\n".join(diff[:5])

    # The same package twice at the same moment: imported once, the other one says so.
    processes = [_htx("import", "--db", same, "--json", str(first)) for _ in range(2)]
    statuses = []
    for process in processes:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err.decode()
        statuses.append(json.loads(out)["status"])
    assert sorted(statuses) == ["already_imported", "applied"]
    ws = Workspace.open(same)
    with ws.reading() as conn:
        logged = conn.execute(
            text(
                "SELECT count(*) FROM package_log WHERE direction = 'import' AND status = 'applied'"
            )
        ).scalar_one()
    ws.close()
    assert logged == 1
