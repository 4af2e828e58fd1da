"""Opening databases: migrations to head, SQLite settings, refusing newer databases, backups."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from desktop.core import backups as backups_module
from desktop.core import database, models, paths
from desktop.core.database import head_revision, open_database
from desktop.core.errors import DatabaseError
from desktop.core.workspace import Workspace


def revision_of(db: database.Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backups(data_dir: Path) -> list[Path]:
    folder = data_dir / "backups"
    return sorted(folder.glob("*/*.sqlite3")) if folder.exists() else []


def test_fresh_database_is_migrated_to_head(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url)
    try:
        assert head_revision()
        assert revision_of(db) == head_revision()
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
        assert set(models.metadata.tables) <= tables
        # A brand-new database has nothing worth a backup.
        assert backups(data_dir) == []
    finally:
        db.dispose()
    # Opening it again changes nothing.
    db = open_database(db_url)
    db.dispose()
    assert backups(data_dir) == []


def test_foreign_keys_are_enforced(db_url: str) -> None:
    db = open_database(db_url)
    try:
        indicator = models.indicator
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(
                indicator.insert().values(
                    id="i1", cooperative_id="no-such-cooperative", year=2024, deleted=False,
                    updated_by="", sync_meta="{}", has_conflict=False, sync_seq=0,
                )
            )  # fmt: skip
    finally:
        db.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "htx.sqlite3"))
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
            # The small page cache: the window's scans of whole tables would fill a larger one
            # and keep it for as long as the window is open.
            assert conn.execute(text("PRAGMA cache_size")).scalar() == -database.PAGE_CACHE_KIB
    finally:
        db.dispose()


def test_newer_database_is_refused(db_url: str, data_dir: Path) -> None:
    db = open_database(db_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'f00dcafe9999'"))
    db.dispose()
    with pytest.raises(DatabaseError, match="phiên bản HTX Desktop mới hơn"):
        open_database(db_url)
    with pytest.raises(DatabaseError):
        open_database(db_url, migrate=False)
    # Refused untouched: not migrated, not backed up.
    engine = database.make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == "f00dcafe9999"
    finally:
        engine.dispose()
    assert backups(data_dir) == []


def test_older_database_is_backed_up_before_migrating(tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "old.sqlite3"
    db = open_database(str(path))
    # Simulate a database of an older version: the schema before the first revision, holding
    # something of its own.
    with db.engine.begin() as conn:
        config = database._alembic_config()
        config.attributes["connection"] = conn
        command.downgrade(config, "base")
        conn.execute(text("CREATE TABLE legacy_note (body TEXT)"))
        conn.execute(text("INSERT INTO legacy_note VALUES ('ghi chú cũ')"))
    db.dispose()

    db = open_database(str(path))
    try:
        assert revision_of(db) == head_revision()
    finally:
        db.dispose()
    (backup,) = backups(data_dir)
    assert "pre-migration" in backup.name
    with closing(sqlite3.connect(backup)) as old:
        tables = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "cooperative" not in tables  # taken before the migration ran
        assert old.execute("SELECT body FROM legacy_note").fetchall() == [("ghi chú cũ",)]


def test_default_database_lives_in_the_private_data_folder(data_dir: Path) -> None:
    assert paths.data_dir() == data_dir
    assert database.resolve_url(None) == f"sqlite:///{data_dir / 'htx.sqlite3'}"


def test_unreadable_file_gives_a_known_error(tmp_path: Path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(DatabaseError, match="Tệp dữ liệu bị hỏng"):
        open_database(str(path))


def test_workspace_seeds_reference_data_once(db_url: str) -> None:
    for _ in range(2):
        ws = Workspace.open(db_url)
        with ws.reading() as conn:
            count = conn.execute(text("SELECT count(*) FROM sector")).scalar_one()
        ws.close()
        assert count == 9
        assert ws.identity is None


def test_restoring_a_backup_brings_back_its_content_and_keeps_a_copy_of_now(
    tmp_path: Path, data_dir: Path
) -> None:
    from desktop.core import registry
    from tests.core.helpers import PROVINCE_OFFICE

    ws = Workspace.open(str(tmp_path / "office.sqlite3"))
    backup = database.backup_database(ws.database, reason="manual")
    assert backup is not None
    with ws.transaction() as conn:
        registry.add_cooperative(
            conn,
            PROVINCE_OFFICE,
            {"registration_code": "3100123459", "name": "HTX Sen Thủy", "area_code": "457"},
        )
    database.restore_backup(ws.database, backup)
    with ws.reading() as conn:
        assert registry.list_cooperatives(conn) == []
    kept = [
        p.name
        for p in database.list_backups(ws.database)
        if p.name.endswith("-pre-restore.sqlite3")
    ]
    assert len(kept) == 1
    ws.close()


def test_routine_backups_keep_only_the_newest(tmp_path: Path, data_dir: Path) -> None:
    ws = Workspace.open(str(tmp_path / "office.sqlite3"))
    for _ in range(backups_module.KEEP_ROUTINE + 3):
        database.backup_database(ws.database, reason="pre-import")
    database.backup_database(ws.database, reason="manual")
    names = [p.name for p in database.list_backups(ws.database)]
    assert sum(n.endswith("-pre-import.sqlite3") for n in names) == backups_module.KEEP_ROUTINE
    assert sum(n.endswith("-manual.sqlite3") for n in names) == 1
    ws.close()
