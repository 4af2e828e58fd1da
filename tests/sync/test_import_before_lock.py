"""An import on a shared master decides its records before it takes the office's write lock
(PostgreSQL) and writes under the lock only what is still true: a staff member's save that
lands between the import's decisions and its lock is decided again on, never lost.

On SQLite the import's transaction holds the database's lock from its start: the save waits
for the import, and is not lost either."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from sqlalchemy import Connection, select

from desktop.core import registry, versions
from desktop.core.sync import merger
from desktop.core.workspace import Workspace
from tests.sync.world import World, commune

pytestmark = pytest.mark.slow
_coop = registry.COOP.table


def _staff_saves(url: str, edits: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """A staff member's saves, each its own transaction on its own connection; the dot of
    each save's first field."""
    ws = Workspace.open(url)
    try:
        dots = []
        for coop, changes in edits:
            with ws.transaction() as conn:
                registry.update_cooperative(conn, ws.require_identity(), coop, changes)
            with ws.reading() as conn:
                meta = conn.execute(
                    select(_coop.c.sync_meta).where(_coop.c.id == coop)
                ).scalar_one()
            state = versions.decode(meta, registry.COOP.fields)
            dots.append(state.dots[next(iter(changes))])
        return dots
    finally:
        ws.close()


def _import_with_saves_before_its_lock(
    world: World, url: str, monkeypatch: pytest.MonkeyPatch, edits: list[tuple[str, dict[str, Any]]]
) -> tuple[merger.ImportReport, list[str], bool]:
    """Import the district's package while a staff member saves `edits` in another thread
    just as the import asks for the write lock (after its decisions, on PostgreSQL). Returns
    the report, the saves' dots, and whether the saves were done before the import went on."""
    package = world.lethuy.export_one()
    world.province.close()
    taken = merger.lock_writes
    done: list[list[str]] = []
    finished_first: list[bool] = []

    def saves_then_lock(conn: Connection) -> None:
        if not finished_first:
            thread = threading.Thread(target=lambda: done.append(_staff_saves(url, edits)))
            thread.start()
            # PostgreSQL: nothing holds the lock, the saves are written now. SQLite: the
            # import's transaction holds the database's lock; the saves wait for its end.
            thread.join(timeout=2 if conn.dialect.name == "sqlite" else 60)
            finished_first.append(not thread.is_alive())
            saves_then_lock.thread = thread  # type: ignore[attr-defined]
        taken(conn)

    monkeypatch.setattr(merger, "lock_writes", saves_then_lock)
    ws = Workspace.open(url)
    try:
        report = merger.import_package(ws, package)
    finally:
        ws.close()
    saves_then_lock.thread.join(timeout=60)  # type: ignore[attr-defined]
    assert done, "the staff member's saves did not finish"
    return report, done[0], finished_first[0]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_save_between_the_imports_decisions_and_its_lock_is_not_lost(
    backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    world: World = request.getfixturevalue("world" if backend == "sqlite" else "pg_world")
    url = world.province.url or str(world.province.path)
    same, other = world.coops["457"][0], world.coops["457"][1]
    for coop in (same, other):
        world.lethuy.edit(coop, {"phone": "0232 3 111 111"})
    sent = world.lethuy.row("cooperative", same)
    assert sent is not None
    district_dot = versions.decode(sent["sync_meta"], registry.COOP.fields).dots["phone"]
    # The staff member writes the field the package changes on one record, another field on
    # the other.
    report, (phone_dot, notes_dot), first = _import_with_saves_before_its_lock(
        world, url, monkeypatch,
        [(same, {"phone": "0232 3 222 222"}), (other, {"notes": "Nhân viên tỉnh ghi"})],
    )  # fmt: skip
    assert report.status == merger.APPLIED
    # On PostgreSQL the import held no lock while it decided: the saves went through then.
    assert first == (backend == "postgresql")

    row = world.province.row("cooperative", same)
    assert row is not None
    state = versions.decode(row["sync_meta"], registry.COOP.fields)
    assert state.covers(phone_dot) and state.covers(district_dot)
    standing = {state.dots["phone"], *(dot for _v, dot in state.concurrent.get("phone", []))}
    if first:
        # Neither write saw the other: both stand, as a conflict for a person to settle.
        assert standing == {phone_dot, district_dot}
        assert row["has_conflict"]
        assert {c["field"] for c in world.province.conflicts()} == {"phone"}
    else:
        # The save came after the import, on top of it.
        assert standing == {phone_dot}
        assert row["phone"] == "0232 3 222 222"

    row = world.province.row("cooperative", other)
    assert row is not None
    state = versions.decode(row["sync_meta"], registry.COOP.fields)
    # Both writes stand, with their own versions: the import's decision was made again on
    # the row the save left, not written over it.
    assert (row["notes"], state.dots["notes"]) == ("Nhân viên tỉnh ghi", notes_dot)
    assert (row["phone"], versions.split_dot(state.dots["phone"])[0]) == (
        "0232 3 111 111",
        world.lethuy.code,
    )
    assert not row["has_conflict"]
    # Every office ends the same.
    world.settle()
    world.assert_districts_match()


@pytest.mark.postgres
def test_records_nobody_wrote_meanwhile_keep_the_decisions_made_before_the_lock(
    pg_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under the lock a record is decided again only if its stored row changed since."""
    coops = pg_world.coops["457"][:3]
    for coop in coops:
        pg_world.lethuy.edit(coop, {"phone": "0232 3 333 333"})
    rows = [pg_world.province.row("cooperative", c) for c in coops]
    codes = {row["registration_code"]: row["id"] for row in rows if row is not None}
    decided: list[str] = []
    decide = merger.decide

    def counted(stored: Any, sent_values: Any, *args: Any, **kwargs: Any) -> Any:
        if sent_values.get("registration_code") in codes:
            decided.append(codes[sent_values["registration_code"]])
        return decide(stored, sent_values, *args, **kwargs)

    monkeypatch.setattr(merger, "decide", counted)
    url = pg_world.province.url
    assert url
    report, _dots, first = _import_with_saves_before_its_lock(
        pg_world, url, monkeypatch, [(coops[0], {"notes": "Ghi giữa chừng"})]
    )
    assert first and report.status == merger.APPLIED
    # Each record decided once before the lock; only the one saved meanwhile again after.
    assert sorted(decided) == sorted([*coops, coops[0]])


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def test_a_cooperative_moved_away_meanwhile_takes_its_figures_out_of_the_senders_reach(
    backend: str, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sender's right to a figure row reads its cooperative: a cooperative the province
    moves to another district between the import's decisions and its lock is read again
    under the lock, and the district's figures for it are refused, as they would be had the
    move come first."""
    world: World = request.getfixturevalue("world" if backend == "sqlite" else "pg_world")
    url = world.province.url or str(world.province.path)
    coop = world.coops["457"][0]
    world.lethuy.edit(coop, {}, {2025: {"members": 77}})
    report, _dots, first = _import_with_saves_before_its_lock(
        world, url, monkeypatch, [(coop, {"area_code": commune("450")})]
    )
    assert report.status == merger.APPLIED
    assert first == (backend == "postgresql")
    refused = [r for r in report.records if r.kind == "refused" and r.table == "indicator"]
    if first:
        assert len(refused) == 1 and report.counts["new"] == 0
    else:
        # The move came after the import: the figures were in the district's reach then.
        assert not refused and report.counts["new"] == 1
