"""Opening the database: engine, SQLite pragmas, migrations with a backup first, version guard.

SQLite (the default, one file in the user's data folder) runs in WAL mode with foreign keys on.
PostgreSQL serves a provincial master shared by several people (`--db postgresql+psycopg://...`).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import DisconnectionError, OperationalError

from desktop.core import database_errors, paths, write_lock
from desktop.core.database_file import plain_head, resolve_url
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    url: str
    # The thread folding the write-ahead log into the file after a big write (`checkpoint_soon`).
    _checkpointer: threading.Thread | None = field(default=None, repr=False, compare=False)
    _checkpoint_again: bool = field(default=False, repr=False, compare=False)
    _checkpoint_lock: threading.Lock = field(
        default_factory=threading.Lock, repr=False, compare=False
    )

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def dispose(self) -> None:
        self.finish_checkpoint()
        self.engine.dispose()

    def checkpoint_soon(self) -> None:
        """Fold the write-ahead log into the database file in a background thread (SQLite;
        nothing for PostgreSQL), so that a big write's commit (`deferred_checkpoint`) does
        not wait for it. A PASSIVE checkpoint: it never blocks readers or writers, and what
        it cannot fold now (a reader still on an older snapshot) the next commit's automatic
        checkpoint or the next call folds. A crash or a kill in the middle loses nothing:
        the log stays valid until it has been folded whole, and SQLite finishes the job when
        the database is next opened."""
        path = self.sqlite_path
        if path is None:
            return
        with self._checkpoint_lock:
            if self._checkpointer is not None and self._checkpointer.is_alive():
                self._checkpoint_again = True  # the running one goes once more when done
                return
            self._checkpointer = threading.Thread(
                target=self._checkpoint, args=(path,), name="htx-wal-checkpoint", daemon=True
            )
            self._checkpointer.start()

    def finish_checkpoint(self, timeout: float | None = None) -> None:
        """Wait for the background checkpoint, if one is running."""
        thread = self._checkpointer
        if thread is not None:
            thread.join(timeout)

    def _checkpoint(self, path: Path) -> None:
        while True:
            try:
                with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except sqlite3.Error:
                # Nothing is lost: the log holds the commits until a checkpoint folds them.
                log.warning("background checkpoint of %s failed", path, exc_info=True)
            with self._checkpoint_lock:
                if not self._checkpoint_again:
                    return
                self._checkpoint_again = False


# How long a write waits for another program's write to finish before it is reported busy
# (and retried by the operation that met it).
BUSY_TIMEOUT_MS = 10_000
# SQLite's page cache per connection, KiB (its default is 2,000). The window reads whole
# tables in scans (the list, the dashboard, the search index), which a cache does not speed
# up but fills: 2 MB held for as long as the window is open. The bulk writes that gain from
# a large cache raise it for their length (an Excel import's plan, a sync import).
PAGE_CACHE_KIB = 256


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute(f"PRAGMA cache_size=-{int(PAGE_CACHE_KIB)}")
    cursor.close()


@contextmanager
def deferred_checkpoint(conn: Connection) -> Iterator[None]:
    """Inside: commits on this connection leave the write-ahead log as it is, however big.

    SQLite folds the log into the database file (a checkpoint: the pages written back in
    place and the file synced) in the commit that takes the log past 1,000 pages (4 MB).
    After an import that changes rows scattered through a table, that checkpoint costs five
    times the commit itself; the import calls `Database.checkpoint_soon` once committed
    instead, so the person gets the result without waiting for it. Durability does not
    change: with `synchronous=NORMAL` a commit is written to the log (kept through a crash
    or a kill of the program) and synced to disk by the checkpoint, as before; the log is
    folded a moment later, and grows by at most one import's pages meanwhile."""
    if conn.dialect.name != "sqlite":
        yield
        return
    driver = conn.connection.driver_connection
    assert driver is not None
    pages = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    driver.execute("PRAGMA wal_autocheckpoint=0")
    try:
        yield
    finally:
        try:
            driver.execute(f"PRAGMA wal_autocheckpoint={int(pages)}")
        except sqlite3.Error:
            # A connection that cannot take its setting back is not used again.
            log.warning("could not restore wal_autocheckpoint", exc_info=True)
            conn.invalidate()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    engine = create_engine(url)
    _ping_when_idle(engine)
    write_lock.install(engine)
    return engine


# A pooled PostgreSQL connection unused for longer than this is checked before it is handed
# out (the server may have been restarted, or a firewall dropped the connection); one used
# just now is not (a round trip per transaction, which every staff member's save would pay).
IDLE_PING_S = 10.0


def _ping_when_idle(engine: Engine) -> None:
    """`pool_pre_ping`, for connections that have been idle: a dead one is replaced (the
    pool retries the checkout with a new connection)."""

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info["htx_returned"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _handed_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        returned = record.info.get("htx_returned")
        if returned is None or time.monotonic() - returned < IDLE_PING_S:
            return  # new, or used a moment ago
        try:
            cursor = dbapi_connection.cursor()
            try:
                cursor.execute("SELECT 1")
            finally:
                cursor.close()
            dbapi_connection.rollback()
        except Exception as exc:
            log.info("pooled connection lost while idle; reconnecting: %s", exc)
            raise DisconnectionError() from exc


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def _stamped_revisions(conn: Connection, table_names: list[str]) -> list[str]:
    if "alembic_version" not in table_names:
        return []
    return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


def _missing_columns(conn: Connection) -> list[str]:
    """Tables and columns of the schema this program expects that the database lacks."""
    from desktop.core import models

    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql(
            "SELECT m.name, p.name FROM sqlite_master AS m "
            "JOIN pragma_table_info(m.name) AS p WHERE m.type = 'table'"
        )
    else:
        rows = conn.execute(
            text(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = current_schema()"
            )
        )
    present = {(table, column) for table, column in rows}
    return [
        f"{table.name}.{column.name}"
        for table in models.metadata.sorted_tables
        for column in table.columns
        if (table.name, column.name) not in present
    ]


def _mismatch(url: str, missing: list[str]) -> DatabaseError:
    log.error("database %s lacks %s although its revision is current", url, missing)
    return DatabaseError(
        translate(
            "Database",
            "Cấu trúc cơ sở dữ liệu không khớp với phiên bản ghi trong nó (thiếu {what}). Có "
            "thể tệp đã bị sửa bằng công cụ khác. Chưa có gì bị thay đổi; hãy khôi phục từ bản "
            "sao lưu (lệnh “htx restore”) hoặc liên hệ bộ phận hỗ trợ.",
        ).format(what=", ".join(missing[:5]) + ("…" if len(missing) > 5 else "")),
        detail=", ".join(missing),
    )


def _check_revision_record(engine: Engine, url: str, stamped: list[str], unrecorded: bool) -> None:
    """A database records at most one revision, and one with tables has a revision table
    (empty at the base revision): anything else is not a database this program made, or a
    damaged one, and no migration is tried on it."""
    if len(stamped) > 1:
        engine.dispose()
        raise DatabaseError(
            translate(
                "Database",
                "Cơ sở dữ liệu ghi nhiều phiên bản cấu trúc cùng lúc ({revisions}), nên không "
                "biết nó ở phiên bản nào. Chưa có gì bị thay đổi; hãy khôi phục từ bản sao lưu "
                "(lệnh “htx restore”) hoặc liên hệ bộ phận hỗ trợ.",
            ).format(revisions=", ".join(stamped)),
        )
    if unrecorded:
        engine.dispose()
        raise DatabaseError(
            translate(
                "Database",
                "Tệp này có dữ liệu nhưng không ghi phiên bản cấu trúc: có thể không phải cơ sở "
                "dữ liệu của HTX Desktop, hoặc đã bị hỏng. Chưa có gì bị thay đổi; hãy chọn đúng "
                "tệp dữ liệu hoặc khôi phục từ bản sao lưu.",
            ),
            detail=url,
        )


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database. Raises DatabaseError with a user message."""
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    database = Database(engine, url)
    try:
        with engine.connect() as conn:
            table_names = inspect(conn).get_table_names()
            stamped = _stamped_revisions(conn, table_names)
            has_tables = bool(set(table_names) - {"alembic_version"})
            missing = _missing_columns(conn) if has_tables and stamped else []
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        log.exception("cannot open database %s", url)
        mapped = database_errors.as_known(exc)
        if mapped is not None and not isinstance(mapped, database_errors.DatabaseBusy):
            raise mapped from exc
        raise DatabaseError(
            translate(
                "Database",
                "Không mở được cơ sở dữ liệu. Tệp có thể bị hỏng hoặc đang bị khóa; hãy đóng "
                "các chương trình khác đang dùng nó hoặc khôi phục từ bản sao lưu.",
            ),
            detail=str(exc),
        ) from exc
    _check_revision_record(
        engine, url, stamped, has_tables and "alembic_version" not in table_names
    )
    current = stamped[0] if stamped else None
    if current is not None and current == plain_head():
        if missing:
            engine.dispose()
            raise _mismatch(url, missing)
        return database  # at head: nothing to migrate, and Alembic stays unimported
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    head = script.get_current_head()
    if current is not None and current != head:
        known = {rev.revision for rev in script.walk_revisions()}
        if current not in known:
            engine.dispose()
            raise DatabaseError(
                translate(
                    "Database",
                    "Cơ sở dữ liệu này được tạo bởi một phiên bản HTX Desktop mới hơn. "
                    "Hãy cập nhật chương trình lên phiên bản mới nhất rồi mở lại.",
                )
            )
    if current == head and missing:
        engine.dispose()
        raise _mismatch(url, missing)
    if not migrate or current == head:
        return database
    if current is not None or has_tables:
        backup_database(database, reason="pre-migration")
    with engine.begin() as conn:
        config = _alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    log.info("database %s migrated from %s to %s", url, current, head)
    return database


def backup_database(database: Database, *, reason: str) -> Path | None:
    """A copy of the database in its own backups folder (see `backups.back_up`)."""
    from desktop.core import backups

    return backups.back_up(database, reason=reason)


def list_backups(database: Database) -> list[Path]:
    from desktop.core import backups

    return [b.path for b in backups.list_backups(database)]


def restore_backup(database: Database, backup: Path) -> None:
    """Replace the database's content with a backup (a backup of now is made first)."""
    from desktop.core import backups

    backups.restore(database, backup)
