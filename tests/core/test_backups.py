"""Backups kept per database (by its identity, not its file name), written whole or not at all,
PostgreSQL masters through pg_dump, to a chosen folder, listed and restored from the CLI."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core import backups, registry
from desktop.core.errors import DatabaseError
from desktop.core.operations import cooperatives, maintenance
from desktop.core.workspace import Workspace, configure
from tests.core.helpers import DONG_HOI_WARD, PROVINCE_OFFICE


def _office(db: str) -> Workspace:
    ws = Workspace.open(db)
    with ws.transaction() as conn:
        configure(conn, PROVINCE_OFFICE)
    ws.identity = PROVINCE_OFFICE
    return ws


def _coop(n: int) -> dict[str, str]:
    return {
        "registration_code": f"31002{n:05d}",
        "name": f"Hợp tác xã Dịch vụ số {n}",
        "area_code": DONG_HOI_WARD,
    }


def test_databases_sharing_a_file_name_keep_their_own_backups(
    tmp_path: Path, data_dir: Path
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = _office(str(tmp_path / "a" / "htx.sqlite3"))
    second = _office(str(tmp_path / "b" / "htx.sqlite3"))
    for _ in range(3):
        backups.back_up(first.database, reason="pre-import")
    for _ in range(backups.KEEP_ROUTINE + 10):
        backups.back_up(second.database, reason="pre-import")
    assert len(backups.list_backups(first.database)) == 3
    assert len(backups.list_backups(second.database)) == backups.KEEP_ROUTINE
    assert backups.folder_of(first.database) != backups.folder_of(second.database)
    # The identity travels with the file: a moved database keeps its backups.
    first.close()
    shutil.move(tmp_path / "a" / "htx.sqlite3", tmp_path / "moved.sqlite3")
    moved = Workspace.open(str(tmp_path / "moved.sqlite3"))
    assert len(backups.list_backups(moved.database)) == 3
    moved.close()
    second.close()


def test_a_backup_that_cannot_be_written_leaves_nothing(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "htx.sqlite3"
    ws = _office(str(path))
    folder = backups.folder_of(ws.database)
    ws.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(path.read_bytes())
    raw[:100] = b"\xee" * 100  # the header is garbage: SQLite cannot read the file
    path.write_bytes(bytes(raw))
    before = sorted(folder.iterdir())
    from desktop.core.database import Database, make_engine, resolve_url

    damaged = Database(make_engine(resolve_url(str(path))), resolve_url(str(path)))
    with pytest.raises(DatabaseError, match="Không ghi được bản sao lưu"):
        backups.back_up(damaged, reason="pre-import", folder=folder)
    damaged.dispose()
    assert sorted(folder.iterdir()) == before  # no 0-byte or partial copy


def test_backup_to_a_chosen_folder_and_restore_from_the_cli(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "htx.sqlite3")
    ws = _office(db)
    kept = cooperatives.save_cooperative(ws, None, _coop(1)).value
    ws.close()
    usb = tmp_path / "usb"
    assert main(["backup", "--db", db, "--out", str(usb)]) == 0
    (on_usb,) = usb.iterdir()
    assert capsys.readouterr().out.strip() == str(on_usb)
    assert main(["backup", "--db", db]) == 0
    capsys.readouterr()

    ws = Workspace.open(db)
    later = cooperatives.save_cooperative(ws, None, _coop(2)).value
    ws.close()

    assert main(["restore", "--db", db, "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["reason"] for b in listed] == ["manual"]
    assert listed[0]["size"] > 0
    assert main(["restore", "--db", db]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["restore", "--db", db, "1"]) == 1  # asks for --yes; nothing changed
    assert "--yes" in capsys.readouterr().err
    assert main(["restore", "--db", db, "1", "--yes"]) == 0
    capsys.readouterr()
    ws = Workspace.open(db)
    with ws.reading() as conn:
        ids = {r["id"] for r in registry.list_cooperatives(conn)}
    assert kept in ids and later not in ids
    reasons = [b.reason for b in backups.list_backups(ws.database)]
    assert "pre-restore" in reasons  # the state before the restore was kept
    ws.close()
    # The copy on the USB stick restores too.
    assert main(["restore", "--db", db, str(on_usb), "--yes"]) == 0


def test_restore_refuses_a_file_that_is_not_a_backup(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "htx.sqlite3")
    _office(db).close()
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_text("không phải bản sao lưu")
    assert main(["restore", "--db", db, str(bogus), "--yes"]) == 1
    assert "không phải bản sao lưu" in capsys.readouterr().err


@pytest.mark.postgres
def test_a_postgresql_master_is_backed_up_with_pg_dump_and_restored(
    pg_server: str, data_dir: Path, tmp_path: Path
) -> None:
    from tests.conftest import _fresh_pg_database

    if backups.pg_dump_program() is None:
        pytest.skip("pg_dump is not installed")
    for url in _fresh_pg_database(pg_server):
        ws = _office(url)
        kept = cooperatives.save_cooperative(ws, None, _coop(3)).value
        dump = maintenance.back_up_now(ws).value
        assert dump is not None and dump.suffix == backups.PG_SUFFIX and dump.stat().st_size > 0
        later = cooperatives.save_cooperative(ws, None, _coop(4)).value
        before = maintenance.restore_backup(ws, dump).value
        assert before is not None and before.exists()
        with ws.reading() as conn:
            ids = {r["id"] for r in registry.list_cooperatives(conn)}
        assert kept in ids and later not in ids
        ws.close()


@pytest.mark.postgres
def test_a_postgresql_import_without_pg_dump_is_refused_unless_confirmed(
    pg_server: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.core.operations import excel as excel_operations
    from tests.conftest import _fresh_pg_database
    from tests.core.excel_samples import office_list

    monkeypatch.setattr(backups, "pg_dump_program", lambda: None)  # a PC without the tools
    sheet = office_list(tmp_path / "ds.xlsx")
    for url in _fresh_pg_database(pg_server):
        ws = _office(url)
        with pytest.raises(backups.BackupUnavailable, match="pg_dump"):
            excel_operations.import_path(ws, sheet)
        with ws.reading() as conn:
            assert registry.list_cooperatives(conn) == []
        done = excel_operations.import_path(ws, sheet, without_backup=True)
        assert len(done.value.creates) > 0
        ws.close()


@pytest.mark.postgres
def test_staff_backing_up_a_new_postgresql_master_at_once_share_one_backup_folder(
    pg_server: str, data_dir: Path
) -> None:
    """The first backups of a master give it an identity; two staff starting at once (two
    imports) must both get that one identity instead of one failing on the setting's key."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from tests.conftest import _fresh_pg_database

    for url in _fresh_pg_database(pg_server):
        offices = [_office(url) for _ in range(6)]
        start = Barrier(len(offices))

        def identity(ws: Workspace, start: Barrier = start) -> str:
            start.wait()
            return backups.database_identity(ws.database)

        with ThreadPoolExecutor(len(offices)) as pool:
            found = set(pool.map(identity, offices))
        assert len(found) == 1
        for ws in offices:
            ws.close()
