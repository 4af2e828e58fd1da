"""Opening the database: engine, SQLite pragmas, migrations with a backup first, version guard.

SQLite (the default, one file in the user's data folder) runs in WAL mode with foreign keys on.
PostgreSQL serves a provincial master shared by several people (`--db postgresql+psycopg://...`).
"""

from __future__ import annotations

import ast
import logging
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from desktop.core import paths
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    url: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database:
            return None
        return Path(self.engine.url.database)

    def dispose(self) -> None:
        self.engine.dispose()


def resolve_url(db: str | None) -> str:
    """`--db` accepts a SQLAlchemy URL or a file path; None means the default file."""
    if not db:
        return f"sqlite:///{paths.default_database_path()}"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _plain_head() -> str | None:
    """The head revision read from the scripts' `revision = ...` / `down_revision = ...` lines,
    without importing Alembic (a tenth of a second of every start).

    None whenever the scripts are anything but plain literals with exactly one head; the
    caller then asks Alembic, so this can only ever skip work, never decide differently.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted((paths.migrations_dir() / "versions").glob("*.py"))
        for script in scripts:
            found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
            if not isinstance(revision, str) or revision in revisions:
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
                parents.update(down)
            elif down is not None:
                return None
    except (OSError, KeyError, ValueError, SyntaxError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stamped_revisions(conn: Connection, table_names: list[str]) -> list[str]:
    if "alembic_version" not in table_names:
        return []
    return list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())


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
            if len(stamped) > 1:  # let Alembic report several heads as it always has
                from alembic.runtime.migration import MigrationContext

                MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(table_names)
    except (OperationalError, SADatabaseError) as exc:
        engine.dispose()
        log.exception("cannot open database %s", url)
        raise DatabaseError(
            translate(
                "Database",
                "Không mở được cơ sở dữ liệu. Tệp có thể bị hỏng hoặc đang bị khóa; hãy đóng "
                "các chương trình khác đang dùng nó hoặc khôi phục từ bản sao lưu.",
            ),
            detail=str(exc),
        ) from exc
    current = stamped[0] if stamped else None
    if current is not None and current == _plain_head():
        return database  # at head: nothing to check or migrate, and Alembic stays unimported
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


ROUTINE_BACKUPS = {"pre-import", "pre-excel-import"}
KEEP_ROUTINE_BACKUPS = 10


def backup_database(database: Database, *, reason: str) -> Path | None:
    """Copy a SQLite database to the backups folder (consistent even while in use).

    PostgreSQL masters are backed up by the server's own tools (pg_dump), not from here.
    """
    source = database.sqlite_path
    if source is None or not source.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups_dir() / f"{source.stem}-{stamp}-{reason}.sqlite3"
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    log.info("backup of %s written to %s", source, target)
    if reason in ROUTINE_BACKUPS:
        # Copies made before every import would fill the disk of an office PC: keep the
        # newest few. Copies before migrations and restores are kept for good.
        same = sorted(paths.backups_dir().glob(f"{source.stem}-*-{reason}.sqlite3"))
        for old in same[:-KEEP_ROUTINE_BACKUPS]:
            old.unlink(missing_ok=True)
    return target


def list_backups() -> list[Path]:
    return sorted(paths.backups_dir().glob("*.sqlite3"), reverse=True)


def restore_backup(database: Database, backup: Path) -> None:
    """Replace the open SQLite database's content with a backup (a backup of now is made first)."""
    target = database.sqlite_path
    if target is None:
        raise DatabaseError(
            translate("Database", "Chỉ khôi phục được cơ sở dữ liệu SQLite từ trong chương trình.")
        )
    backup_database(database, reason="pre-restore")
    database.engine.dispose()
    with closing(sqlite3.connect(target)) as current:
        used = numbers_in_use(current)
    with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        keep_numbers(dst, used)


# Settings that number this office's packages, one per destination (see sync.exporter).
_PACKAGE_NUMBERS = "export_seq:%"


def numbers_in_use(conn: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """The office's counters (write clock, change numbers) and package numbers as they stand:
    a restored copy must never hand any of them out again."""
    out: dict[str, dict[str, int]] = {"counter": {}, "setting": {}}
    try:
        out["counter"] = {n: int(v) for n, v in conn.execute("SELECT name, value FROM counter")}
        out["setting"] = {
            k: int(v)
            for k, v in conn.execute(
                "SELECT key, value FROM setting WHERE key LIKE ?", (_PACKAGE_NUMBERS,)
            )
        }
    except sqlite3.DatabaseError:  # not one of ours, or damaged: nothing to keep
        log.warning("no counters read before a restore", exc_info=True)
    return out


def keep_numbers(conn: sqlite3.Connection, used: dict[str, dict[str, int]]) -> None:
    """Raise the restored copy's counters and package numbers to those used before it, so
    that the office never writes a version (office + counter) or sends a package number it
    has already used with other content (the others would keep the old one for ever)."""
    with conn:
        for name, value in used["counter"].items():
            conn.execute("UPDATE counter SET value = max(value, ?) WHERE name = ?", (value, name))
            conn.execute(
                "INSERT INTO counter (name, value) SELECT ?, ? "
                "WHERE NOT EXISTS (SELECT 1 FROM counter WHERE name = ?)",
                (name, value, name),
            )
        for key, value in used["setting"].items():
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
            if row is None:
                conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, str(value)))
            elif int(row[0]) < value:
                conn.execute("UPDATE setting SET value = ? WHERE key = ?", (str(value), key))
