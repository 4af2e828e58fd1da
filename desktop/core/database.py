"""Opening the database: engine, SQLite pragmas, migrations with a backup first, version guard.

SQLite (the default, one file in the user's data folder) runs in WAL mode with foreign keys on.
PostgreSQL serves a provincial master shared by several people (`--db postgresql+psycopg://...`).
"""

from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

from desktop.core import paths
from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

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
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (and create or upgrade) the database. Raises DatabaseError with a user message."""
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    database = Database(engine, url)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
            has_tables = bool(inspect(conn).get_table_names())
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
    with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
