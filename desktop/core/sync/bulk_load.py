"""Filling an empty table with many of a package's rows (SQLite): its secondary indexes are
built once from the filled table instead of kept up row by row, and the connection's page
cache is larger while it is filled.

Keeping an index up row by row puts each new key at a random place in its tree, and with the
default page cache (2 MB) the pages it touches are written out and read back many times over
during a national import; building the index afterwards sorts the keys once. Everything
happens inside the import's transaction: SQLite's schema changes are transactional, so a
rollback, a crash or a kill leaves the table and its indexes exactly as they were, and other
connections keep reading the committed schema until the import commits. The indexes are
built again from the text SQLite kept of them (`sqlite_master`), so they are the same ones.

Only for a table that is empty when its rows come: a query inside the import that would use
one of its indexes meanwhile would scan instead (the merge of new records makes none), and a
table that holds rows may be read by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Engine, event

# Fewer new rows than this: the indexes are kept up as the rows come (nothing to gain).
MIN_ROWS = 5_000
# The page cache while a table is filled and its indexes built (KiB; the default is 2,000).
CACHE_KIB = 16_384
_SAVED = "htx_bulk_load_cache_size"


@dataclass
class Filling:
    """A table being filled: its indexes to build again, and the cache size to put back."""

    conn: Connection
    indexes: list[tuple[str, str]]  # (name, CREATE INDEX statement)
    restore: bool  # the cache was raised for the filling (not for the whole import already)


def start(conn: Connection, table: str, rows: int) -> Filling | None:
    """Drop `table`'s secondary indexes if it is empty here, `rows` new rows are coming and
    this is SQLite (None: nothing was changed; keep writing as usual). Call `finish` once
    the rows are written, in the same transaction."""
    if conn.dialect.name != "sqlite" or rows < MIN_ROWS:
        return None
    cursor = conn.connection.cursor()
    try:
        cursor.execute(f'SELECT 1 FROM "{table}" LIMIT 1')
        if cursor.fetchone() is not None:
            return None
        cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL ORDER BY name",
            (table,),
        )
        indexes = [(str(name), str(sql)) for name, sql in cursor.fetchall()]
        for name, _sql in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        raised = _raise_cache(conn, cursor)
    finally:
        cursor.close()
    return Filling(conn, indexes, raised)


def finish(filling: Filling | None) -> None:
    """Build the indexes `start` dropped, from the filled table; put the cache size back."""
    if filling is None:
        return
    cursor = filling.conn.connection.cursor()
    try:
        for _name, sql in filling.indexes:
            cursor.execute(sql)
    finally:
        cursor.close()
    if filling.restore:
        _restore_cache(filling.conn.connection.dbapi_connection, filling.conn.connection.info)


def raise_cache(conn: Connection) -> None:
    """The larger page cache on this connection until it goes back to the pool (SQLite;
    nothing elsewhere), for an import: the rows it changes are read, written and given
    their history in one transaction, and with the default cache the pages of a thousand
    records scattered through a table do not all fit: they are written out to the log
    before the commit and read back. The cache only grows as pages are read."""
    if conn.dialect.name != "sqlite":
        return
    cursor = conn.connection.cursor()
    try:
        _raise_cache(conn, cursor)
    finally:
        cursor.close()


def _raise_cache(conn: Connection, cursor) -> bool:
    """Raise the cache; False when it was raised already (and stays so)."""
    info = conn.connection.info
    if _SAVED in info:
        return False
    cursor.execute("PRAGMA cache_size")
    info[_SAVED] = cursor.fetchone()[0]
    _listen(conn.engine)
    cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return True


def _restore_cache(dbapi_connection, info: dict) -> None:
    saved = info.pop(_SAVED, None)
    if saved is not None and dbapi_connection is not None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA cache_size = {int(saved)}")
        finally:
            cursor.close()


def _listen(engine: Engine) -> None:
    """The cache size is put back when the connection goes back to the pool too (an import
    that failed half way), so that no other work keeps the larger cache."""
    if not event.contains(engine, "checkin", _on_checkin):
        event.listen(engine, "checkin", _on_checkin)


def _on_checkin(dbapi_connection, record) -> None:
    if record is not None and _SAVED in record.info:
        _restore_cache(dbapi_connection, record.info)
