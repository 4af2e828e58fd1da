"""Backups: a copy of a database before risky work, kept per database, and restoring one.

Each database has an identity (a random id in its settings, made the first time it is backed
up) and its copies live in `backups/<identity>/`, so that two databases sharing a file name
never prune each other's copies. A copy is written to a temporary name and renamed when
complete: a failed copy leaves nothing behind. SQLite files are copied with SQLite's online
backup (consistent while in use); PostgreSQL masters with `pg_dump` when it is installed.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import uuid
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import make_url, text
from sqlalchemy.exc import SQLAlchemyError

from desktop.core import paths
from desktop.core.errors import DatabaseError, KnownError
from desktop.core.i18n import translate

if TYPE_CHECKING:
    from desktop.core.database import Database

log = logging.getLogger(__name__)

ROUTINE = {"pre-import", "pre-excel-import"}  # made often: only the newest few are kept
KEEP_ROUTINE = 10
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"
_ID_KEY = "database_id"
_ABOUT = "about.json"


class BackupUnavailable(KnownError):
    """No backup can be made of this database (PostgreSQL without pg_dump)."""


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime
    reason: str
    size: int

    @property
    def kind(self) -> str:
        return "postgresql" if self.path.suffix == PG_SUFFIX else "sqlite"


# --- the database's identity ------------------------------------------------------------------


def _sqlite_identity(path: Path) -> str | None:
    """The id in the file's settings, made now if missing; None when it has no settings."""
    with closing(sqlite3.connect(path, timeout=10)) as conn:
        try:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (_ID_KEY,)).fetchone()
        except sqlite3.DatabaseError:
            return None  # no settings table yet (a database older than the first revision)
        if row:
            return str(json.loads(row[0]))
        new = uuid.uuid4().hex
        try:
            with conn:
                conn.execute(
                    "INSERT INTO setting (key, value) VALUES (?, ?)", (_ID_KEY, json.dumps(new))
                )
        except sqlite3.DatabaseError:
            return None  # read-only: the copy is still made, under the file's name
        return new


def database_identity(database: Database) -> str:
    """The folder name of a database's backups: its identity, or its name when it has none."""
    source = database.sqlite_path
    if source is not None:
        found = _sqlite_identity(source) if source.exists() else None
        return found or f"unidentified-{source.stem}"
    from sqlalchemy.dialects.postgresql import insert

    from desktop.core import settings
    from desktop.core.models import setting

    with database.engine.begin() as conn:
        found = settings.get(conn, _ID_KEY)
        if not found:
            # Two staff backing up a new master at once both find no identity: the first
            # insert wins and the other reads it back (a plain insert would fail on the key).
            value = json.dumps(uuid.uuid4().hex)
            conn.execute(insert(setting).values(key=_ID_KEY, value=value).on_conflict_do_nothing())
            found = settings.get(conn, _ID_KEY)
    return str(found)


def folder_of(database: Database) -> Path:
    folder = paths.backups_dir() / database_identity(database)
    folder.mkdir(parents=True, exist_ok=True)
    about = folder / _ABOUT
    where = str(database.sqlite_path or make_url(database.url).render_as_string(hide_password=True))
    if not about.exists():
        about.write_text(json.dumps({"database": where}, ensure_ascii=False), encoding="utf-8")
    return folder


# --- making copies ------------------------------------------------------------------------------


def pg_dump_program() -> str | None:
    """pg_dump on PATH, or in the usual install folders of Debian and Windows."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump")) + sorted(
        glob.glob("C:/Program Files/PostgreSQL/*/bin/pg_dump.exe")
    )
    return candidates[-1] if candidates else None


def _libpq_url(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _write_failed(target: Path, exc: BaseException) -> DatabaseError:
    log.exception("backup to %s failed", target)
    return DatabaseError(
        translate(
            "Backups",
            "Không ghi được bản sao lưu vào {folder} (ổ đĩa đầy hoặc không có quyền ghi). "
            "Chưa có gì bị thay đổi. Hãy giải phóng chỗ trống hoặc chọn thư mục khác rồi làm "
            "lại.",
        ).format(folder=target.parent),
        detail=str(exc),
    )


def _copy_sqlite(source: Path, target: Path) -> None:
    with (
        closing(sqlite3.connect(source, timeout=10)) as src,
        closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)


def _copy_postgres(url: str, target: Path) -> None:
    program = pg_dump_program()
    if program is None:
        raise BackupUnavailable(no_pg_dump_message())
    result = subprocess.run(
        [program, "--format=custom", "--no-owner", f"--file={target}", _libpq_url(url)],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if result.returncode != 0:
        raise OSError(result.stderr.strip() or f"pg_dump exited with {result.returncode}")


def no_pg_dump_message() -> str:
    return translate(
        "Backups",
        "Không sao lưu được cơ sở dữ liệu PostgreSQL: máy này chưa cài pg_dump (công cụ đi "
        "kèm PostgreSQL). Hãy cài PostgreSQL client rồi làm lại, hoặc xác nhận làm tiếp mà "
        "không có bản sao lưu.",
    )


def back_up(database: Database, *, reason: str, folder: Path | None = None) -> Path | None:
    """Copy the database to its backups folder (or to `folder`, a USB stick); the new file.

    None when there is nothing to copy (a SQLite file not made yet). Raises DatabaseError
    when the copy cannot be written (nothing is left behind) and BackupUnavailable for
    PostgreSQL without pg_dump.
    """
    source = database.sqlite_path
    if database.is_sqlite and (source is None or not source.exists()):
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    suffix = SQLITE_SUFFIX if database.is_sqlite else PG_SUFFIX
    try:
        where = folder if folder is not None else folder_of(database)
        where.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _write_failed((folder or paths.backups_dir()) / "x", exc) from exc
    target = where / f"{stamp}-{reason}{suffix}"
    partial = target.with_name(target.name + ".part")
    try:
        if source is not None:
            _copy_sqlite(source, partial)
        else:
            _copy_postgres(database.url, partial)
        os.replace(partial, target)
    except BackupUnavailable:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error, subprocess.SubprocessError) as exc:
        partial.unlink(missing_ok=True)
        raise _write_failed(target, exc) from exc
    log.info("backup of %s written to %s", source or "PostgreSQL", target)
    if folder is None and reason in ROUTINE:
        # Copies made before every import would fill an office PC's disk: keep the newest few
        # of this database. Copies before migrations and restores are kept for good.
        same = sorted(where.glob(f"*-{reason}{suffix}"))
        for old in same[:-KEEP_ROUTINE]:
            old.unlink(missing_ok=True)
    return target


def back_up_before_import(database: Database, *, reason: str, without_backup: bool = False) -> None:
    """The one backup taken before an import (package or Excel list), for every kind of
    database. PostgreSQL without pg_dump is refused unless the person said to go on."""
    try:
        back_up(database, reason=reason)
    except BackupUnavailable:
        if not without_backup:
            raise
        log.warning("import without a backup, as confirmed: pg_dump is not installed")


# --- listing and restoring ----------------------------------------------------------------------


def _parse(path: Path) -> Backup | None:
    name = path.name.removesuffix(path.suffix)
    parts = name.split("-", 3)
    if len(parts) < 4:
        return None
    try:
        made = datetime.strptime("-".join(parts[:3]), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        # Copies made before backups were kept per database: `<file>-<stamp>-<reason>`.
        return _parse_legacy(path)
    return Backup(path, made, parts[3], path.stat().st_size)


def _parse_legacy(path: Path) -> Backup | None:
    bits = path.name.removesuffix(path.suffix).split("-")
    for start in range(len(bits) - 3):
        try:
            made = datetime.strptime("-".join(bits[start : start + 3]), "%Y%m%d-%H%M%S-%f")
        except ValueError:
            continue
        return Backup(path, made, "-".join(bits[start + 3 :]), path.stat().st_size)
    return None


def list_backups(database: Database) -> list[Backup]:
    """This database's backups, newest first (copies made before they were kept per
    database, named after the same file, are listed too)."""
    found = [_parse(p) for p in folder_of(database).iterdir() if p.suffix in {SQLITE_SUFFIX,
             PG_SUFFIX}]  # fmt: skip
    source = database.sqlite_path
    if source is not None:
        found += [_parse_legacy(p) for p in paths.backups_dir().glob(f"{source.stem}-*.sqlite3")]
    return sorted((b for b in found if b is not None), key=lambda b: b.made, reverse=True)


def restore(database: Database, backup: Path) -> Path | None:
    """Replace the database's content with a backup, after copying the present state.

    Returns the copy of the present state.
    """
    if not backup.is_file():
        raise DatabaseError(
            translate("Backups", "Không tìm thấy bản sao lưu {path}.").format(path=backup)
        )
    if database.is_sqlite:
        if backup.suffix == PG_SUFFIX or not _is_sqlite_file(backup):
            raise DatabaseError(
                translate(
                    "Backups", "{path} không phải bản sao lưu SQLite của HTX Desktop."
                ).format(path=backup)
            )
        before = back_up(database, reason="pre-restore")
        target = database.sqlite_path
        assert target is not None
        used = _numbers_in_use(database)
        database.dispose()  # a background checkpoint ends first
        with closing(sqlite3.connect(backup)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
        _keep_numbers(database, used)
        return before
    if backup.suffix != PG_SUFFIX:
        raise DatabaseError(
            translate("Backups", "{path} không phải bản sao lưu PostgreSQL (pg_dump).").format(
                path=backup
            )
        )
    program = pg_dump_program()
    if program is None:
        raise BackupUnavailable(no_pg_dump_message())
    restore_program = Path(program).with_name(Path(program).name.replace("pg_dump", "pg_restore"))
    before = back_up(database, reason="pre-restore")
    used = _numbers_in_use(database)
    database.dispose()  # a background checkpoint ends first
    # One transaction: the tables are replaced by the copy's, or nothing changes.
    result = subprocess.run(
        [str(restore_program), "--no-owner", "--clean", "--if-exists", "--single-transaction",
         "--exit-on-error", f"--dbname={_libpq_url(database.url)}", str(backup)],
        capture_output=True, text=True, timeout=3600, check=False,
    )  # fmt: skip
    if result.returncode != 0:
        raise DatabaseError(
            translate(
                "Backups",
                "Khôi phục không thành công; bản sao của dữ liệu trước khi khôi phục ở {path}.",
            ).format(path=before),
            detail=result.stderr,
        )
    _keep_numbers(database, used)
    return before


# Settings that number this office's packages, one per destination (see sync.exporter).
_PACKAGE_NUMBERS = "export_seq:%"


def _numbers_in_use(database: Database) -> dict[str, dict[str, int]]:
    """The office's counters (write clock, change numbers) and package numbers as they stand:
    a restored copy must never hand any of them out again."""
    used: dict[str, dict[str, int]] = {"counter": {}, "setting": {}}
    try:
        with database.engine.connect() as conn:
            used["counter"] = {
                n: int(v) for n, v in conn.execute(text("SELECT name, value FROM counter"))
            }
            used["setting"] = {
                k: int(v)
                for k, v in conn.execute(
                    text("SELECT key, value FROM setting WHERE key LIKE :k"),
                    {"k": _PACKAGE_NUMBERS},
                )
            }
    except SQLAlchemyError:  # not one of ours, or damaged: nothing to keep
        log.warning("no counters read before a restore", exc_info=True)
    return used


def _keep_numbers(database: Database, used: dict[str, dict[str, int]]) -> None:
    """Raise the restored copy's counters and package numbers to those used before it, so
    that the office never writes a version (office + counter) or sends a package number it
    has already used with other content (the others would keep the old one for ever)."""
    with database.engine.begin() as conn:
        for table, key_column in (("counter", "name"), ("setting", "key")):
            for key, value in used[table].items():
                row = conn.execute(
                    text(f"SELECT value FROM {table} WHERE {key_column} = :k"), {"k": key}
                ).first()
                stored = value if table == "counter" else str(value)
                if row is None:
                    conn.execute(
                        text(f"INSERT INTO {table} ({key_column}, value) VALUES (:k, :v)"),
                        {"k": key, "v": stored},
                    )
                elif int(row[0]) < value:
                    conn.execute(
                        text(f"UPDATE {table} SET value = :v WHERE {key_column} = :k"),
                        {"k": key, "v": stored},
                    )


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
