"""An import on PostgreSQL sends the rows it inserts under the office's write lock by COPY
(`desktop.core.sync.pg_copy`): the rows are the same as by `executemany`, a row the database
rejects still refuses the package whole, and a save that comes while the rows are being
sent waits for the import and keeps its own version on top of it."""

from __future__ import annotations

import threading
from typing import Any

import psycopg
import pytest
from sqlalchemy import select, text

from desktop.core import registry, versions
from desktop.core.sync import merger, pg_copy
from desktop.core.workspace import Workspace
from tests.sync.world import World

pytestmark = [pytest.mark.slow, pytest.mark.postgres]
_coop = registry.COOP.table


def _members(world: World, coop: str, year: int) -> Any:
    with world.province.ws.reading() as conn:
        return conn.execute(
            text("SELECT members FROM indicator WHERE cooperative_id = :c AND year = :y"),
            {"c": coop, "y": year},
        ).scalar_one_or_none()


def _send(world: World) -> merger.ImportReport:
    return world.province.receive(world.lethuy.export_one())


def _copied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The COPY statements the driver is sent from now on."""
    seen: list[str] = []
    real = psycopg.Cursor.copy

    def recording(cursor: Any, statement: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(statement))
        return real(cursor, statement, *args, **kwargs)

    monkeypatch.setattr(psycopg.Cursor, "copy", recording)
    return seen


def test_an_imports_new_rows_history_and_authors_are_copied_and_read_back_as_sent(
    pg_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New figure rows, history rows and the writes' authors go by COPY, and read back as
    the district sent them (the offices end the same)."""
    coops = pg_world.coops["457"][:2]
    for n, coop in enumerate(coops):
        pg_world.lethuy.edit(coop, {"phone": f"0232 3 44{n} 444"}, {2025: {"members": 30 + n}})
    seen = _copied(monkeypatch)
    report = _send(pg_world)
    assert report.status == merger.APPLIED, report.errors
    tables = {statement.split()[1] for statement in seen}
    assert tables == {"indicator", "history", "write_author"}, seen
    for coop in coops:
        row = pg_world.province.row("cooperative", coop)
        sent = pg_world.lethuy.row("cooperative", coop)
        assert row is not None and sent is not None
        assert (row["phone"], row["sync_meta"]) == (sent["phone"], sent["sync_meta"])
        assert _members(pg_world, coop, 2025) == 30 + coops.index(coop)
    # Everything written reads the same everywhere once the offices have settled.
    pg_world.settle()
    pg_world.assert_districts_match()


def test_a_copied_row_the_database_rejects_refuses_the_whole_package(
    pg_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new figure row under an id the province holds already (a forged package): the COPY
    fails, the import is refused with the database's reason and nothing it wrote stays."""
    coops = pg_world.coops["457"][:2]
    pg_world.lethuy.edit(coops[0], {"phone": "0232 3 555 555"})
    pg_world.lethuy.edit(coops[1], {}, {2025: {"members": 55}})
    real = pg_copy.insert

    def clashing(conn: Any, table: Any, columns: Any, rows: Any) -> int:
        rows = list(rows)
        if table.name == "indicator" and rows:
            at = list(columns).index("id")
            # (an id the province's `indicator` table holds already)
            existing = conn.exec_driver_sql("SELECT id FROM indicator LIMIT 1").scalar_one()
            rows[0] = (*rows[0][:at], existing, *rows[0][at + 1 :])
        return real(conn, table, columns, rows)

    monkeypatch.setattr(pg_copy, "insert", clashing)
    before = pg_world.province.canonical()
    report = _send(pg_world)
    assert report.status == merger.REFUSED, report.to_json()
    assert report.errors and "không ghi được" in report.errors[0]
    assert pg_world.province.canonical() == before


def test_a_save_coming_while_the_import_copies_its_rows_waits_and_keeps_its_version(
    pg_world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import holds the office's write lock while it sends its rows: a staff member's
    save of a record the package changes, started during the first COPY, waits for the
    import's commit and is written on top of it, with its own version."""
    coop = pg_world.coops["457"][0]
    pg_world.lethuy.edit(coop, {"phone": "0232 3 666 666"}, {2025: {"members": 66}})
    url = pg_world.province.url
    assert url
    real = pg_copy.insert
    saved: list[str] = []
    threads: list[threading.Thread] = []

    def save() -> None:
        ws = Workspace.open(url)
        try:
            with ws.transaction() as conn:
                registry.update_cooperative(
                    conn, ws.require_identity(), coop, {"phone": "0232 3 777 777"}
                )
                meta = conn.execute(
                    select(_coop.c.sync_meta).where(_coop.c.id == coop)
                ).scalar_one()
            saved.append(versions.decode(meta, registry.COOP.fields).dots["phone"])
        finally:
            ws.close()

    def with_a_save(conn: Any, table: Any, columns: Any, rows: Any) -> int:
        if not threads:
            thread = threading.Thread(target=save)
            threads.append(thread)
            thread.start()
            thread.join(timeout=1.5)
            # The save waits for the lock the import holds.
            assert thread.is_alive() and not saved
        return real(conn, table, columns, rows)

    monkeypatch.setattr(pg_copy, "insert", with_a_save)
    report = _send(pg_world)
    assert report.status == merger.APPLIED, report.errors
    threads[0].join(timeout=60)
    assert saved, "the save did not finish"
    dot = saved[0]
    row = pg_world.province.row("cooperative", coop)
    assert row is not None
    state = versions.decode(row["sync_meta"], registry.COOP.fields)
    # Written after the import, on top of the district's write: its value and version stand.
    assert (row["phone"], state.dots["phone"]) == ("0232 3 777 777", dot)
    assert not row["has_conflict"]
    assert _members(pg_world, coop, 2025) == 66
