"""Rows an import inserts while it holds the office's write lock on PostgreSQL, sent by one
COPY: every staff member saving meanwhile waits for the lock, so what is sent under it should
cost the server as little as it can. `executemany` sends each row as a statement of its own
(bound, executed and answered one by one); COPY streams the rows and the server inserts
them as one statement: 203 rows of an import's size took 22 ms one way and 10 ms the other
on this machine, most of it the server's time, and an import sends three such inserts
(new rows, history, the writes' authors).

Anywhere else (SQLite, or a transaction that does not hold the lock yet) the rows go through
`records.bulk_insert`: a statement sent straight through the driver's cursor passes no event,
so nothing would take an owed lock before it (see `write_lock`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Table
from sqlalchemy.exc import DBAPIError

from desktop.core import write_lock
from desktop.core.records import _for_driver, bulk_insert


def insert(conn: Connection, table: Table, columns: Sequence[str],
           rows: Iterable[tuple[Any, ...]]) -> int:  # fmt: skip
    """`records.bulk_insert`'s rows (values as it takes them), by COPY where it can; errors
    are SQLAlchemy's (`IntegrityError`, `DataError`), as `bulk_insert`'s."""
    if conn.dialect.name != "postgresql" or not write_lock.held(conn):
        return bulk_insert(conn, table, columns, rows)
    sql = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    driver = conn.connection.driver_connection
    assert driver is not None
    dbapi = conn.dialect.loaded_dbapi
    count = 0
    cursor = driver.cursor()
    try:
        with cursor.copy(sql) as copy:
            for row in _for_driver(conn, table, columns, rows):
                copy.write_row(row)
                count += 1
    except dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dbapi.Error) from exc
    finally:
        cursor.close()
    return count


def insert_dicts(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """`insert` for rows given as dicts with the same keys."""
    if rows:
        columns = list(rows[0])
        insert(conn, table, columns, [tuple(row[name] for name in columns) for row in rows])
