"""The office's write lock on PostgreSQL: when a transaction takes it.

Every write transaction holds the lock (the row of the `clock` counter, see
`records.lock_writes`) before it reads anything its writes depend on. On PostgreSQL a
transaction opened by `Workspace.transaction` *owes* the lock: it is taken just before the
transaction's first statement, whatever that statement is, so a caller sees exactly the old
behaviour (the lock first, then everything else) and nothing can read before it by mistake.

One write may instead read first and lock last (`reading_before_lock`): a staff member's
edit of one record reads and checks the record without the lock, then takes the lock and
writes only if the record is still the one it read (compared under the lock, see
`Writer.apply`'s `if_unchanged`), else reads it again under the lock. Eight staff saving at
once then hold the lock for the few statements of their writes, not for their checks.

Statements sent straight through the driver's cursor (bulk reads of an import) do not pass
here: the code that sends them takes the lock itself first (`records.lock_writes`).

The state is kept in the connection's `info`, tied to the transaction it was set in, so a
pooled connection's next transaction starts with nothing owed or held.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, event

_KEY = "htx_write_lock"
OWED, DEFERRED, HELD = "owed", "deferred", "held"
_LOCK_SQL = "UPDATE counter SET value = value WHERE name = 'clock'"


def _state(conn: Connection) -> str | None:
    found = conn.info.get(_KEY)
    if found is None or found[0] is not conn.get_transaction():
        return None
    return str(found[1])


def _set(conn: Connection, state: str) -> None:
    conn.info[_KEY] = (conn.get_transaction(), state)


def owe(conn: Connection) -> None:
    """This transaction takes the lock before its first statement."""
    _set(conn, OWED)


def held(conn: Connection) -> bool:
    return _state(conn) == HELD


def mark_held(conn: Connection) -> None:
    _set(conn, HELD)


def owed(conn: Connection) -> bool:
    """The lock is still to be taken, now or after reads done before it."""
    return _state(conn) in (OWED, DEFERRED)


@contextmanager
def reading_before_lock(conn: Connection) -> Iterator[bool]:
    """Inside, statements do not take the owed lock (yields whether it is owed: if not, the
    transaction already holds it or is not one that takes it). Whatever is read inside must
    be checked again once the lock is held."""
    if _state(conn) != OWED:
        yield False
        return
    _set(conn, DEFERRED)
    try:
        yield True
    finally:
        if _state(conn) == DEFERRED:
            _set(conn, OWED)


def _before_statement(conn: Connection, *_args: Any) -> None:
    if _state(conn) != OWED:
        return
    _set(conn, HELD)
    # On a cursor of its own: the statement's may be a server-side one (rows streamed).
    driver = conn.connection.driver_connection
    assert driver is not None
    if driver.execute(_LOCK_SQL).rowcount == 0:
        # First use in this database: the row is made, and held.
        driver.execute("INSERT INTO counter (name, value) VALUES ('clock', 0)")


def install(engine: Engine) -> None:
    """Take the owed lock before a transaction's first statement (PostgreSQL engines)."""
    event.listen(engine, "before_cursor_execute", _before_statement)
