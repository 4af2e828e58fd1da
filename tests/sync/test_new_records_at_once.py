"""An office's first package: records new to tables that hold none of them are stored a
column at a time (each distinct version state checked once); they are the same rows, with the
same bookkeeping, flags and derived columns, as the records the merge stores one by one (it
does so in a table that holds one of the package's records); and the import undoes."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from desktop.core import settings
from desktop.core.records import PARENTS, SPECS
from desktop.core.sync import merger
from desktop.core.workspace import Workspace
from tests.sync.world import DISTRICTS, LE_THUY, NAMES, PROVINCE, World, blank_office


def _new_office(path: Path) -> Workspace:
    """Lệ Thủy's office installed afresh: its tables hold no record yet."""
    identity = settings.Identity(office_code=LE_THUY, office_name=NAMES[LE_THUY],
                                 role=settings.DISTRICT, area_scheme="pre2025",
                                 area_code=DISTRICTS[LE_THUY], hub_code=PROVINCE)  # fmt: skip
    return blank_office(path, identity)


def _rows(
    path: Path, leaving: dict[str, dict[str, tuple]] | None = None
) -> dict[str, dict[str, tuple]]:
    """Every stored column of every synced row (derived columns and bookkeeping too), by
    table and id; without the records of `leaving` (those the installation made itself)."""
    out: dict[str, dict[str, tuple]] = {}
    with closing(sqlite3.connect(path)) as conn:
        for name in SPECS:
            at = [row[1] for row in conn.execute(f"PRAGMA table_info({name})")].index("id")
            out[name] = {
                row[at]: row
                for row in conn.execute(f"SELECT * FROM {name}")
                if row[at] not in (leaving or {}).get(name, {})
            }
    return out


def _one_record_a_table(source: Path, target: Path) -> int:
    """Copy into `target` one record of each table `source` holds (with the records it
    belongs to), as `source` stores it; returns how many were copied."""
    chosen: dict[str, set[str]] = {name: set() for name in SPECS}
    with closing(sqlite3.connect(source)) as conn:
        for name in reversed(SPECS):  # (children first: their parents are taken with them)
            row = conn.execute(f"SELECT id FROM {name} ORDER BY rowid LIMIT 1").fetchone()
            if row is not None and not chosen[name]:
                chosen[name].add(row[0])
            if name not in PARENTS:
                continue
            column, parent = PARENTS[name]
            for record_id in chosen[name]:
                chosen[parent].add(
                    conn.execute(
                        f"SELECT {column} FROM {name} WHERE id = ?", (record_id,)
                    ).fetchone()[0]
                )
    copied = 0
    with closing(sqlite3.connect(target)) as conn, conn:
        conn.execute("ATTACH DATABASE ? AS source", (str(source),))
        for name in SPECS:
            for record_id in chosen[name]:
                copied += conn.execute(
                    f"INSERT OR IGNORE INTO {name} SELECT * FROM source.{name} WHERE id = ?",
                    (record_id,),
                ).rowcount
    return copied


def test_a_first_package_is_stored_as_record_by_record(world: World, tmp_path: Path) -> None:
    province, lethuy = world.province, world.lethuy
    world.sync_down()
    # What the package brings: a conflict (the same field changed on both sides), a deleted
    # cooperative, dates, figures, tasks and assignments.
    first, second, *_ = world.coops[DISTRICTS[LE_THUY]]
    lethuy.edit(first, {"phone": "0232 3811 111"})
    province.edit(first, {"phone": "0232 3822 222", "founded_on": "2001-02-03"})
    world.sync_up([LE_THUY])
    province.delete(second)
    package = province.export_one(to=LE_THUY, full=True)

    with province.ws.reading() as conn:
        trusted = {PROVINCE: settings.get(conn, "keys")["signing_public"]}
    at_once = _new_office(tmp_path / "at-once.sqlite3")
    _new_office(tmp_path / "one-by-one.sqlite3").close()
    before = _rows(tmp_path / "at-once.sqlite3")
    report = merger.import_package(at_once, package, trusted_keys=trusted)
    assert report.status == merger.APPLIED, report.errors
    unchanged = report.counts["unchanged"]  # (the sectors every installation has)
    assert report.counts["refused"] == 0 and report.counts["new"] > 10, report.counts
    at_once.close()
    stored = _rows(tmp_path / "at-once.sqlite3", before)
    with closing(sqlite3.connect(tmp_path / "at-once.sqlite3")) as conn:
        flags = conn.execute(
            "SELECT id, deleted, has_conflict FROM cooperative WHERE id IN (?, ?)",
            (first, second),
        ).fetchall()
    assert sorted(flags) == sorted([(first, 0, 1), (second, 1, 0)])

    copied = _one_record_a_table(tmp_path / "at-once.sqlite3", tmp_path / "one-by-one.sqlite3")
    assert copied >= 6
    one_by_one = Workspace.open(str(tmp_path / "one-by-one.sqlite3"))
    report = merger.import_package(one_by_one, package, trusted_keys=trusted)
    assert report.status == merger.APPLIED, report.errors
    assert report.counts["unchanged"] == unchanged + copied
    one_by_one.close()
    # (Their own sectors are made apart, at another time: left out.)
    assert _rows(tmp_path / "one-by-one.sqlite3", before) == stored

    at_once = Workspace.open(str(tmp_path / "at-once.sqlite3"))
    undone = merger.undo_last_import(at_once)
    assert undone["records"] == sum(map(len, stored.values()))
    at_once.close()
    assert _rows(tmp_path / "at-once.sqlite3") == before
