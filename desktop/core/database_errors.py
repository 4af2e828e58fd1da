"""Database trouble people meet, as known errors with a Vietnamese message saying what to do.

A database held by another program, a full disk, a read-only or damaged file are expected on
office PCs: they are mapped here from the driver's error codes (SQLite's result codes, the
PostgreSQL SQLSTATE), the way qutebrowser's `misc/sql.py` does, so that the person reads what
to do instead of a bug dialog. Nothing is written when one of them is raised: the transaction
that met it is rolled back.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from desktop.core.errors import DatabaseError
from desktop.core.i18n import translate

log = logging.getLogger(__name__)

# SQLite primary result codes (https://sqlite.org/rescode.html)
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26

BUSY, FULL, READ_ONLY, CORRUPT, UNOPENABLE, DISCONNECTED = (
    "busy", "full", "read_only", "corrupt", "unopenable", "disconnected",
)  # fmt: skip


class DatabaseBusy(DatabaseError):
    """Another program or person holds the database; waiting may help."""


def _sqlite_kind(code: int) -> str | None:
    return {
        SQLITE_BUSY: BUSY,
        SQLITE_LOCKED: BUSY,
        SQLITE_FULL: FULL,
        SQLITE_READONLY: READ_ONLY,
        SQLITE_PERM: READ_ONLY,
        SQLITE_CORRUPT: CORRUPT,
        SQLITE_NOTADB: CORRUPT,
        SQLITE_CANTOPEN: UNOPENABLE,
        SQLITE_IOERR: UNOPENABLE,
    }.get(code & 0xFF)


def _postgres_kind(sqlstate: str) -> str | None:
    if sqlstate in {"40001", "40P01", "55P03", "55006"}:
        return BUSY  # serialization failure, deadlock, lock not available, object in use
    if sqlstate in {"53100", "53200"}:
        return FULL  # disk full, out of memory
    if sqlstate in {"25006", "42501"}:
        return READ_ONLY  # read-only transaction, insufficient privilege
    if sqlstate.startswith("08") or sqlstate in {"57P01", "57P02", "57P03"}:
        return DISCONNECTED
    if sqlstate.startswith("XX"):
        return CORRUPT
    return None


def kind_of(error: BaseException) -> str | None:
    """What kind of known database trouble `error` is, or None for anything else (a bug)."""
    orig = error.orig if isinstance(error, DBAPIError) else error
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _sqlite_kind(code)
    sqlstate = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if isinstance(sqlstate, str):
        return _postgres_kind(sqlstate)
    text = str(orig).lower()
    if "database is locked" in text or "database table is locked" in text:
        return BUSY
    if "disk is full" in text or "database or disk is full" in text:
        return FULL
    if "readonly database" in text or "read-only" in text:
        return READ_ONLY
    if "malformed" in text or "file is not a database" in text:
        return CORRUPT
    if "unable to open database" in text:
        return UNOPENABLE
    return None


def message(kind: str) -> str:
    return {
        BUSY: translate(
            "DatabaseErrors",
            "Cơ sở dữ liệu đang được một chương trình hoặc người khác dùng, chưa ghi được. "
            "Chưa có gì bị thay đổi. Hãy đợi một lát rồi làm lại; nếu vẫn vậy, hãy đóng các "
            "chương trình HTX Desktop khác đang mở cùng tệp dữ liệu.",
        ),
        FULL: translate(
            "DatabaseErrors",
            "Ổ đĩa đã đầy, không ghi được dữ liệu. Chưa có gì bị thay đổi. Hãy xóa bớt tệp "
            "hoặc giải phóng chỗ trống trên ổ đĩa rồi làm lại.",
        ),
        READ_ONLY: translate(
            "DatabaseErrors",
            "Tệp dữ liệu chỉ cho phép đọc, không ghi được. Chưa có gì bị thay đổi. Hãy kiểm "
            "tra quyền ghi của tệp và thư mục (hoặc thẻ nhớ/USB bị khóa ghi) rồi làm lại.",
        ),
        CORRUPT: translate(
            "DatabaseErrors",
            "Tệp dữ liệu bị hỏng, không đọc được. Không ghi thêm gì vào tệp này. Hãy khôi phục "
            "từ bản sao lưu (Tệp > Khôi phục từ bản sao lưu, hoặc lệnh “htx restore”).",
        ),
        UNOPENABLE: translate(
            "DatabaseErrors",
            "Không mở được tệp dữ liệu (không tìm thấy, không có quyền, hoặc ổ đĩa/USB đã bị "
            "rút ra). Chưa có gì bị thay đổi. Hãy kiểm tra đường dẫn và ổ đĩa rồi mở lại.",
        ),
        DISCONNECTED: translate(
            "DatabaseErrors",
            "Mất kết nối tới máy chủ cơ sở dữ liệu. Chưa có gì bị thay đổi. Hãy kiểm tra mạng "
            "và máy chủ rồi làm lại.",
        ),
    }[kind]


def as_known(error: BaseException) -> DatabaseError | None:
    """The known error for a driver error, or None when it is a bug."""
    kind = kind_of(error)
    if kind is None:
        return None
    cls = DatabaseBusy if kind == BUSY else DatabaseError
    return cls(message(kind), detail=str(error))


@contextmanager
def known_database_errors() -> Iterator[None]:
    """Turn the driver's errors for known trouble into DatabaseError; others pass unchanged."""
    try:
        yield
    except DBAPIError as exc:
        known = as_known(exc)
        if known is None:
            raise
        log.warning("database trouble (%s): %s", kind_of(exc), exc)
        raise known from exc
