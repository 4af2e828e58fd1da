"""One operation per user action (Anki's `CollectionOp` is the model).

An operation owns its transaction: it takes the write lock, reads, validates, writes, takes the
backup where one is due, and returns what it changed, worked out from what the write path
touched (never table names typed by hand). The window runs operations through one helper
(`desktop.ui.operations`) that shows known errors and announces the returned changes; the CLI
calls the same operations. Nothing outside `desktop.core` opens a write transaction.

Database trouble (busy, full, read-only, damaged) reaches the caller as a `DatabaseError`
with a Vietnamese message; a busy database is retried first, since waiting helps there.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Connection, literal, select, union_all

from desktop.core import records
from desktop.core.database_errors import DatabaseBusy, known_database_errors

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class Changes:
    """What an operation wrote: the tables and records, or `everything` (a restore)."""

    records: frozenset[tuple[str, str]] = frozenset()
    extra_tables: frozenset[str] = frozenset()  # written outside the record path (log, settings)
    everything: bool = False

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(table for table, _id in self.records) | self.extra_tables

    def __bool__(self) -> bool:
        return self.everything or bool(self.records) or bool(self.extra_tables)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.records | other.records,
            self.extra_tables | other.extra_tables,
            self.everything or other.everything,
        )

    @classmethod
    def of(cls, touched: Iterable[tuple[str, str]], *extra: str) -> Changes:
        return cls(frozenset(touched), frozenset(extra))


NOTHING = Changes()
EVERYTHING = Changes(everything=True)


@dataclass(frozen=True)
class Done(Generic[T]):
    """An operation's result: its value for the caller and what it changed."""

    value: T
    changes: Changes = field(default=NOTHING)


# A busy database is waited for by SQLite itself (busy_timeout, 10 s); a write that found
# its snapshot outdated, or a PostgreSQL serialization failure, fails at once: both are
# retried a few times, then reported.
ATTEMPTS = 3
_PAUSE = 0.2


def write(ws: Workspace, work: Callable[[Connection], T], *, extra: Iterable[str] = ()
          ) -> Done[T]:  # fmt: skip
    """Run `work` in one transaction (retried while the database is busy) and return its
    value with the records the transaction's writers touched.

    `work` must be safe to run again: it reads what it depends on inside the transaction.
    """
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with ws.transaction() as conn:
                value = work(conn)
                # Listed by the writers as they wrote (no query while the write lock is
                # held), else found by the change numbers the transaction took.
                touched: Iterable[tuple[str, str]] | None = records.written_in_transaction(conn)
                if touched is None:
                    first = records.first_seq_taken(conn)
                    touched = [] if first is None else written_since(conn, first - 1)
            return Done(value, Changes.of(touched, *extra))
        except DatabaseBusy:
            if attempt == ATTEMPTS:
                raise
            log.info("database busy, attempt %d of %d", attempt, ATTEMPTS)
            time.sleep(_PAUSE * attempt)
    raise AssertionError("unreachable")


def written_since(conn: Connection, seq: int) -> list[tuple[str, str]]:
    """(table, id) of the records written after change number `seq`, in one query: every
    write stamps its rows with its change number, so with `seq` just before the first number
    this transaction took (`records.first_seq_taken`), this is what the write path touched
    (the transaction holds the write lock, so no other writer's rows are among them)."""
    query = union_all(
        *(
            select(literal(spec.name).label("table_name"), spec.table.c.id).where(
                spec.table.c.sync_seq > seq
            )
            for spec in records.SPECS.values()
        )
    )
    return [(table, record_id) for table, record_id in conn.execute(query)]


def read(ws: Workspace, work: Callable[[Connection], T]) -> T:
    """Run `work` on a read-only connection, database trouble reported as a known error."""
    with known_database_errors(), ws.database.engine.connect() as conn:
        return work(conn)
