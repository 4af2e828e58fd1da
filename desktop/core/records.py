"""Writing synced records: one place that keeps values, version state and history together.

Every local change goes through a `Writer`, opened inside a transaction. A writer takes one new
write counter (the dot of this change) and one change sequence number for the whole
transaction, so a form save or an Excel import of 20,000 rows is one write.
"""

from __future__ import annotations

import functools
import operator
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal, cast, overload

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    DateTime,
    Select,
    Table,
    bindparam,
    func,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError

from desktop.core import models, versions, write_lock
from desktop.core.settings import Identity
from desktop.core.staff import current_staff

Row = dict[str, Any]
# The columns every synced table keeps beside the record's fields, in the order a stored row
# holds them (after "id" and the fields): who wrote last and when (for people to read), the
# version state, whether a person must decide something, the change number, and the office
# whose package brought the row as it stands.
BOOKKEEPING = ("updated_by", "updated_at", "sync_meta", "has_conflict", "sync_seq", "sync_origin")


@dataclass(frozen=True)
class TableSpec:
    """A synced table: its columns that carry versions, and how to derive the rest."""

    name: str
    table: Table
    fields: tuple[str, ...]  # synced fields, `deleted` included
    date_fields: frozenset[str]
    derived: tuple[str, ...] = ()
    derive: Callable[[Row], Row] | None = None
    label_field: str = "id"
    # The fields `derive` reads: a write that changes none of them keeps the derived columns.
    derived_from: frozenset[str] = frozenset()
    # `derive` for many rows at once, each result as a tuple in `derived` order (the same
    # values as `derive` gives row by row, worked out a column at a time).
    derive_many: Callable[[Sequence[Row]], list[tuple[Any, ...]]] | None = None

    def to_wire(self, row: Row) -> Row:
        """Column values -> JSON-compatible values (dates as ISO text)."""
        out = {}
        for name in self.fields:
            value = row.get(name)
            if isinstance(value, date):
                value = value.isoformat()
            out[name] = value
        return out

    @functools.cached_property
    def columns(self) -> tuple[str, ...]:
        """Every stored column, in the order of a row built by `stored_row`."""
        return ("id", *self.fields, *BOOKKEEPING, *self.derived)

    def stored_row(
        self, record_id: str, values: Row, bookkeeping: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        """The row stored for a record, in `columns` order: its fields (missing ones None),
        its `bookkeeping` (in BOOKKEEPING order) and the derived columns."""
        row = tuple(values.get(name) for name in self.fields)
        if self.derive is None:
            return (record_id, *row, *bookkeeping)
        derived = self.derive(dict(zip(self.fields, row, strict=True)))
        return (record_id, *row, *bookkeeping, *(derived[name] for name in self.derived))

    def from_wire(self, values: Row) -> Row:
        out = {}
        for name in self.fields:
            value = values.get(name)
            if name in self.date_fields and isinstance(value, str):
                value = date.fromisoformat(value)
            out[name] = value
        return out


def _spec(table: Table, derive: Callable[[Row], Row] | None = None,
          label: str = "id", derived_from: frozenset[str] = frozenset(),
          derive_many: Callable[[Sequence[Row]], list[tuple[Any, ...]]] | None = None,
          ) -> TableSpec:  # fmt: skip
    derived = ("search_key", "name_sort") if derive else ()
    fields = tuple(
        c.name
        for c in table.columns
        if c.name != "id" and c.name not in BOOKKEEPING and c.name not in derived
    )
    dates = frozenset(c.name for c in table.columns if c.type.python_type is date)
    # A plain str: the table's name is a SQLAlchemy `quoted_name`, which the driver would
    # probe for `__conform__` on every history row it binds.
    return TableSpec(str(table.name), table, fields, dates, derived, derive, label, derived_from,
                     derive_many)  # fmt: skip


def _derive_cooperative(row: Row) -> Row:
    """The search key (desktop.core.search: name, code, address, representative, kind and
    area, kept apart) and the Vietnamese sort key of the name."""
    from desktop.core.search import cooperative_key
    from desktop.core.text import sort_key

    area = _area_name(row.get("area_scheme") or "", row.get("area_code"))
    return {"search_key": cooperative_key(row, area), "name_sort": sort_key(row.get("name") or "")}


def _derive_cooperatives(rows: Sequence[Row]) -> list[tuple[Any, ...]]:
    """`_derive_cooperative` of each row, as (search_key, name_sort): the search keys a field
    at a time (search.cooperative_keys), the area names once per unit."""
    from desktop.core.search import cooperative_keys
    from desktop.core.text import sort_key

    areas = [_area_name(row.get("area_scheme") or "", row.get("area_code")) for row in rows]
    keys = cooperative_keys(rows, areas)
    return [(key, sort_key(row.get("name") or "")) for key, row in zip(keys, rows, strict=True)]


# What `_derive_cooperative` reads (tests/core/test_records.py checks that no other field
# changes its result).
_COOPERATIVE_KEY_FIELDS = frozenset(
    ("name", "registration_code", "address", "representative", "entity_type", "area_scheme",
     "area_code")
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def _area_name(scheme: str, code: str | None) -> str:
    from desktop.core import areas

    return areas.full_name(scheme, code)


# In foreign-key order: a package applies them in this order.
SPECS: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        _spec(models.office, label="name"),
        _spec(models.sector, label="name"),
        _spec(
            models.cooperative,
            _derive_cooperative,
            "name",
            _COOPERATIVE_KEY_FIELDS,
            _derive_cooperatives,
        ),
        _spec(models.indicator, label="year"),
        _spec(models.directive, label="number"),
        _spec(models.task, label="title"),
        _spec(models.assignment, label="office_code"),
        _spec(models.progress_report, label="period"),
        _spec(models.approval, label="period"),
    )
}

# child table -> (column holding the parent's id, parent table)
PARENTS = {"indicator": ("cooperative_id", "cooperative"), "task": ("directive_id", "directive"),
           "assignment": ("task_id", "task"), "progress_report": ("assignment_id", "assignment")}  # fmt: skip

_counter = models.counter
_history = models.history
_author = models.write_author


def next_counter(conn: Connection, name: str, at_least: int = 0) -> int:
    """Increment a counter and return the new value, in one statement.

    The UPDATE both reads and writes the row, so two transactions can never get the same
    value: on PostgreSQL it takes the row lock (held until the transaction ends, so numbers
    are handed out in commit order), on SQLite the database's write lock.
    """
    larger = func.max if conn.dialect.name == "sqlite" else func.greatest
    value = conn.execute(
        update(_counter)
        .where(_counter.c.name == name)
        .values(value=larger(_counter.c.value, at_least) + 1)
        .returning(_counter.c.value)
    ).scalar()
    if value is None:
        # First use of this counter in this database (the migration creates the usual ones).
        conn.execute(_counter.insert().values(name=name, value=at_least + 1))
        value = at_least + 1
    if name == "seq":
        _note_seq(conn, int(value))
    return int(value)


def next_counters(conn: Connection, names: tuple[str, ...]) -> dict[str, int]:
    """Increment several counters and return their new values, in one statement (a write
    under the office's lock makes every other staff member wait: each round trip counts).
    Handed out as `next_counter` hands them out: in commit order."""
    values = _increment(conn, names)
    if "seq" in values:
        _note_seq(conn, values["seq"])
    return values


def _increment(conn: Connection, names: tuple[str, ...]) -> dict[str, int]:
    values: dict[str, int] = dict(
        conn.execute(
            update(_counter)
            .where(_counter.c.name.in_(names))
            .values(value=_counter.c.value + 1)
            .returning(_counter.c.name, _counter.c.value)
        ).all()
    )
    for name in names:
        if name not in values:  # first use of this counter in this database
            values[name] = next_counter(conn, name)
    return values


_FIRST_SEQ = "htx_first_seq"


def _note_seq(conn: Connection, seq: int, *, listed: bool = False) -> None:
    """Remember the transaction's first change number, and whether every row stamped with
    its numbers is listed as it is written: only a `Writer` lists its rows (`listed`); a
    change number taken any other way (an import, the demo data) stamps rows this module
    never sees, and then the transaction's writes are found by their numbers instead."""
    transaction = conn.get_transaction()
    found = conn.info.get(_FIRST_SEQ)
    if found is None or found[0] is not transaction:
        conn.info[_FIRST_SEQ] = (transaction, seq, set() if listed else None)
    elif not listed:
        conn.info[_FIRST_SEQ] = (transaction, found[1], None)


def first_seq_taken(conn: Connection) -> int | None:
    """The first change number this transaction took (None: it took none, so it wrote no
    synced record). Every change number is taken under the write lock, held until the
    transaction ends: the rows stamped with this number or a later one are this
    transaction's own until then."""
    found = conn.info.get(_FIRST_SEQ)
    if found is None or found[0] is not conn.get_transaction():
        return None
    return int(found[1])


def written_in_transaction(conn: Connection) -> frozenset[tuple[str, str]] | None:
    """(table, id) of every record this transaction stamped with a change number, as its
    writers listed them (no query: a save asks this while holding the office's write lock);
    None when some change number was taken outside a `Writer`, so the rows stamped with it
    are not listed (find them by their numbers, from `first_seq_taken`)."""
    found = conn.info.get(_FIRST_SEQ)
    if found is None or found[0] is not conn.get_transaction():
        return frozenset()
    return None if found[2] is None else frozenset(found[2])


def forget_written(conn: Connection) -> None:
    """Drop what the transaction's writers listed, once it has ended (a connection lost
    meanwhile has nothing left to drop, and is not to be reconnected for it)."""
    if not conn.closed and not conn.invalidated:
        conn.info.pop(_FIRST_SEQ, None)


def _note_written(conn: Connection, table: str, ids: Iterable[str]) -> None:
    found = conn.info.get(_FIRST_SEQ)
    if found is not None and found[2] is not None and found[0] is conn.get_transaction():
        found[2].update((table, record_id) for record_id in ids)


def _unlist(conn: Connection) -> None:
    found = conn.info.get(_FIRST_SEQ)
    if found is not None and found[0] is conn.get_transaction():
        conn.info[_FIRST_SEQ] = (found[0], found[1], None)


WRITE_LOCK = "clock"


def lock_writes(conn: Connection) -> None:
    """Take this office's write lock for the rest of the transaction.

    Every transaction that writes synced records takes it before reading anything its writes
    depend on, so such reads always see the latest committed state and no write is based on
    a stale read: on PostgreSQL the lock is the row of the `clock` counter (SELECT ... FOR
    UPDATE semantics through an UPDATE), on SQLite the database's write lock.
    Taken twice in one transaction, it is simply held (no statement is sent again).
    """
    if write_lock.held(conn):
        return
    write_lock.mark_held(conn)
    _take_write_lock(conn)


def _take_write_lock(conn: Connection) -> None:
    done = conn.execute(
        update(_counter).where(_counter.c.name == WRITE_LOCK).values(value=_counter.c.value)
    )
    if done.rowcount == 0:
        next_counter(conn, WRITE_LOCK, -1)  # creates the row at 0 and holds it


# One statement that takes the write lock and a write's two numbers: the clock's row first
# (the inner UPDATE must give its row before the outer one has a row to update), so the lock
# order is the one every writer keeps (the clock, then the change number).
_TAKE_NUMBERS_SQL = (
    "WITH clock AS (UPDATE counter SET value = value + 1 WHERE name = 'clock' RETURNING value) "
    "UPDATE counter SET value = counter.value + 1 FROM clock WHERE counter.name = 'seq' "
    "RETURNING clock.value, counter.value"
)


# `_TAKE_NUMBERS_SQL` as the first part of a statement that goes on to write with them.
_NUMBERS_CTE = (
    "clock AS (UPDATE counter SET value = value + 1 WHERE name = 'clock' RETURNING value), "
    "numbers AS (UPDATE counter SET value = counter.value + 1 FROM clock "
    "WHERE counter.name = 'seq' RETURNING clock.value AS counter, counter.value AS seq)"
)
# How many counters `Writer.apply_taking_numbers` works a version state out for: the writers
# that take the lock between its read and its statement move the clock on (in the shared
# master benchmark, eight staff saving at once and an import, about 93% of the saves got one
# of the first 12; each one more costs the client about 20-30 µs of CPU per save).
COUNTERS_TRIED = 12


def _copy_state(state: versions.VersionState) -> versions.VersionState:
    """A copy `versions.local_write` may change without changing `state` (it sets and removes
    entries of the state's dicts, never changes the lists and dicts inside them)."""
    return versions.VersionState(dict(state.context), dict(state.dots), dict(state.times),
                                 dict(state.concurrent), dict(state.delete_seen))  # fmt: skip


_CURSOR = "htx_driver_cursor"


def on_driver(conn: Connection, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> Any:
    """The driver's cursor after one statement sent straight through it (PostgreSQL), for the
    few statements of a staff member's save: SQLAlchemy's work around a statement (execution
    context, result metadata from the cursor's description) costs the client several times
    the driver's own, on a master where eight staff save at once. The statement's values are
    the driver's (see `_for_driver`). The engine's statement events fire as for any
    statement (the owed write lock is taken before it, see `write_lock`), and the driver's
    errors are raised as SQLAlchemy's, as `Connection.execute` raises them
    (`known_database_errors` maps them). One cursor per driver connection serves every such
    statement (a new one costs as much as the rest of the call): its rows are read before
    the next statement."""
    pooled = conn.connection
    driver = pooled.driver_connection
    assert driver is not None
    cursor = pooled.info.get(_CURSOR)
    if cursor is None or cursor.connection is not driver or cursor.closed:
        cursor = pooled.info[_CURSOR] = driver.cursor()
    events = conn.dispatch
    for before in events.before_cursor_execute:
        before(conn, cursor, sql, params, None, False)
    try:
        cursor.execute(sql, params or None)
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(
            sql, params, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
        ) from exc
    for after in events.after_cursor_execute:
        after(conn, cursor, sql, params, None, False)
    return cursor


def first_on_driver(
    conn: Connection, statement: Select[Any], params: Mapping[str, Any]
) -> Row | None:
    """A select's first row as {column: value}, sent through the driver (`on_driver`): the
    statement is compiled once per database kind, its values converted as SQLAlchemy
    would convert them."""
    sql, fixed, names, processors = _compiled_for_driver(statement, conn.dialect)
    found = on_driver(conn, sql, {**fixed, **params}).fetchone()
    if found is None:
        return None
    if processors:
        found = list(found)
        for index, processor in processors:
            found[index] = processor(found[index])
    return dict(zip(names, found, strict=True))


@functools.cache
def _compiled_for_driver(
    statement: Select[Any], dialect: Any
) -> tuple[str, Row, tuple[str, ...], tuple[tuple[int, Callable[[Any], Any]], ...]]:
    compiled = statement.compile(dialect=dialect)
    columns = list(statement.selected_columns)
    processors = tuple(
        (index, processor)
        for index, column in enumerate(columns)
        if (processor := column.type._cached_result_processor(dialect, None)) is not None
    )
    names = tuple(statement.selected_columns.keys())
    return compiled.string, dict(compiled.params), names, processors


def take_numbers(conn: Connection) -> tuple[int, int]:
    """(write counter, change number) for a write, under the office's write lock (taken
    here if the transaction does not hold it yet): on PostgreSQL in one round trip. For a
    `Writer` only: the rows stamped with the number are listed by it as it writes them
    (`written_in_transaction`)."""
    if conn.dialect.name == "postgresql":
        write_lock.mark_held(conn)  # the statement takes it (no separate statement before it)
        row = on_driver(conn, _TAKE_NUMBERS_SQL).fetchone()
        if row is not None:
            _note_seq(conn, int(row[1]), listed=True)
            return int(row[0]), int(row[1])
        _take_write_lock(conn)  # a counter not made yet in this database
    lock_writes(conn)  # SQLite: held since the transaction began
    numbers = _increment(conn, (WRITE_LOCK, "seq"))
    _note_seq(conn, numbers["seq"], listed=True)
    return numbers[WRITE_LOCK], numbers["seq"]


def read_counter(conn: Connection, name: str) -> int:
    row = conn.execute(select(_counter.c.value).where(_counter.c.name == name)).first()
    return row[0] if row else 0


def raise_counter(conn: Connection, name: str, at_least: int) -> None:
    """Make sure a counter is at least `at_least` (after importing our own older writes)."""
    if read_counter(conn, name) < at_least:
        next_counter(conn, name, at_least - 1)


def load_for_update(conn: Connection, spec: TableSpec, record_id: str) -> Row | None:
    """A record read under its row lock (PostgreSQL; SQLite's write lock covers it)."""
    query = _load_statement(spec.table, conn.dialect.name != "sqlite")
    row = conn.execute(query, {"id": record_id}).first()
    return dict(row._mapping) if row else None


@functools.cache
def _load_statement(table: Table, lock: bool) -> Select[Any]:
    """Made once per table (building a statement costs more than the database's work)."""
    query = select(table).where(table.c.id == bindparam("id"))
    return query.with_for_update() if lock else query


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def history_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _logged(conn: Connection, logs: list[Row], guard: str) -> tuple[str, list[Any]]:
    """The part of a write's one statement that inserts its history rows (`logged AS (...)`,
    made only where `guard`, a WHERE clause or ""), and its parameters."""
    columns = list(logs[0])
    converted = list(_for_driver(conn, _history, columns,
                                 [tuple(log[name] for name in columns) for log in logs]))  # fmt: skip
    row_marks = "(" + ", ".join(["%s"] * len(columns)) + ")"
    part = (
        f"logged AS (INSERT INTO history ({', '.join(columns)}) SELECT * FROM "
        f"(VALUES {', '.join([row_marks] * len(converted))}) AS v{guard})"
    )
    return part, [value for log in converted for value in log]


@dataclass
class Writer:
    """Local changes made in one transaction by this office."""

    conn: Connection
    identity: Identity
    source: str = "edit"
    counter: int = 0
    seq: int = 0
    now: datetime = field(default_factory=utcnow)
    staff: str = field(default_factory=lambda: current_staff())

    # PostgreSQL: the clock's value read before the write lock. The lock and the numbers are
    # then taken by this writer's first statement, `apply_taking_numbers` (or, if anything
    # else comes first, just before it).
    clock_seen: int | None = None

    def __post_init__(self) -> None:
        self.epoch = int(time.time())
        self._authored = False
        self._numbers_due = self.clock_seen is not None
        if not self._numbers_due:
            self._take_numbers()

    def _take_numbers(self) -> None:
        # The clock's row is the office's write lock (see `lock_writes`): taken first, so
        # whatever this writer reads from here on is the latest committed state.
        # Held already in a transaction that took it first (then no statement is sent), so
        # the two counters below are never locked in another order than the clock first.
        self.counter, self.seq = take_numbers(self.conn)
        self._numbers_due = False

    def _note_author(self) -> None:
        """Remember who made this write, once, when it really writes something."""
        if self._numbers_due:
            self._take_numbers()
        if self._authored or not self.staff:
            return
        self._authored = True
        self.conn.execute(
            _author.insert().values(
                dot=versions.make_dot(self.identity.office_code, self.counter),
                staff=self.staff, seq=self.seq,
            )
        )  # fmt: skip

    def _created_bookkeeping(self, spec: TableSpec) -> tuple[Any, ...]:
        """A new record's bookkeeping: this write's dot on every field, whatever the values,
        so worked out once per table and writer."""
        cache = self.__dict__.setdefault("_created_cache", {})
        if spec.name not in cache:
            state = versions.VersionState()
            fresh: dict[str, Any] = {name: None for name in spec.fields}
            fresh["deleted"] = False
            versions.local_write(
                {}, state, fresh, office=self.identity.office_code, counter=self.counter,
                now=self.epoch,
            )  # fmt: skip
            cache[spec.name] = self._bookkeeping(state, spec)
        return cache[spec.name]

    def _bookkeeping(self, state: versions.VersionState, spec: TableSpec,
                     values: Row | None = None) -> tuple[Any, ...]:  # fmt: skip
        return bookkeeping(
            by=self.identity.office_code, at=self.now, state=versions.encode(state, spec.fields),
            conflict=versions.has_conflict(state, values or {}), seq=self.seq,
        )  # fmt: skip

    def create(self, spec: TableSpec, values: Row, record_id: str | None = None) -> str:
        return self.create_many(spec, [(record_id, values)])[0]

    def create_many(self, spec: TableSpec, items: Iterable[tuple[str | None, Row]]) -> list[str]:
        """Create records (`record_id` None: a new id) with one statement per table.

        Every new row of one write has the same version state and bookkeeping: those are
        written as constant columns (converted for the driver once); each row is one tuple of
        the varying values.
        """
        if self._numbers_due:
            self._take_numbers()
        constant = {
            "deleted": False,
            **dict(zip(BOOKKEEPING, self._created_bookkeeping(spec), strict=True)),
        }
        varying = [name for name in spec.fields if name not in constant]
        template = dict.fromkeys(spec.fields)
        derive_many = spec.derive_many
        if spec.derive is not None and derive_many is None:
            derive = spec.derive
            derived = spec.derived

            def derive_many(rows: Sequence[Row]) -> list[tuple[Any, ...]]:
                return [tuple(derive(row)[name] for name in derived) for row in rows]

        pick = operator.itemgetter(*varying) if len(varying) > 1 else lambda r: (r[varying[0]],)
        label = spec.label_field
        full: list[Row] = []
        ids: list[str] = []
        labels: list[tuple[str, Any]] = []
        for record_id, values in items:
            record_id = record_id or new_id()
            full.append({**template, **values, **constant})
            ids.append(record_id)
            labels.append((record_id, history_text(values.get(label))))
        if not full:
            return []
        if derive_many is not None:
            rows = [
                (*pick(row), *derived_values, record_id)
                for row, derived_values, record_id in zip(full, derive_many(full), ids, strict=True)
            ]
        else:
            rows = [(*pick(row), record_id) for row, record_id in zip(full, ids, strict=True)]
        del full
        self._note_author()
        bulk_insert(self.conn, spec.table, [*varying, *spec.derived, "id"], rows, constant)
        _note_written(self.conn, spec.name, ids)
        log_constant = self._log_row(spec, "", "_created", None, None)
        del log_constant["record_id"], log_constant["new_value"]
        bulk_insert(self.conn, _history, ["record_id", "new_value"], labels, log_constant)
        return [record_id for record_id, _label in labels]

    def load(self, spec: TableSpec, record_id: str) -> Row | None:
        """The record as it stands now, row-locked until the end of the transaction."""
        return load_for_update(self.conn, spec, record_id)

    def update(self, spec: TableSpec, record_id: str, changes: Row, *,
               force: bool = False) -> dict[str, tuple]:  # fmt: skip
        """Write the fields that really change; returns {field: (old, new)}.

        `force` writes every given field even when its value is unchanged: resolving a
        conflict in favour of the standing value is still a write the other offices must see.
        """
        current = self.load(spec, record_id)
        if current is None:
            raise KeyError(record_id)
        return self.apply(spec, current, changes, force=force)

    @overload
    def apply(self, spec: TableSpec, current: Row, changes: Row, *, force: bool = False,
              if_unchanged: Literal[False] = False) -> dict[str, tuple]: ...  # fmt: skip

    @overload
    def apply(self, spec: TableSpec, current: Row, changes: Row, *, force: bool = False,
              if_unchanged: bool) -> dict[str, tuple] | None: ...  # fmt: skip

    def apply(self, spec: TableSpec, current: Row, changes: Row, *, force: bool = False,
              if_unchanged: bool = False) -> dict[str, tuple] | None:  # fmt: skip
        """Like `update`, for a row the caller has already loaded.

        `if_unchanged`: `current` was read before this transaction took the write lock; the
        row is written only if it still holds that state (its version state and change
        number, which every write of it changes), else nothing is written and None is
        returned (read it again under the lock)."""
        if self._numbers_due:
            self._take_numbers()
        prepared = self._applied(spec, current, changes, force=force)
        if prepared is None:
            return {}
        row, diff, logs = prepared
        if self.conn.dialect.name == "postgresql":
            written = self._write_at_once(spec, current, row, logs, if_unchanged=if_unchanged)
            if written:
                _note_written(self.conn, spec.name, (current["id"],))
            return diff if written or not if_unchanged else None
        table = spec.table
        statement = update(table).where(table.c.id == current["id"])
        if if_unchanged:
            statement = statement.where(
                table.c.sync_meta == current["sync_meta"], table.c.sync_seq == current["sync_seq"]
            )
        if self.conn.execute(statement.values(**row)).rowcount == 0:
            if if_unchanged:
                return None
        else:
            _note_written(self.conn, spec.name, (current["id"],))
        self._note_author()
        insert_dicts(self.conn, _history, logs)
        return diff

    def _write_at_once(self, spec: TableSpec, current: Row, row: Row, logs: list[Row], *,
                       if_unchanged: bool) -> bool:  # fmt: skip
        """PostgreSQL: the row's update, its history rows and (the first time) the author of
        this write in one statement, a round trip instead of three while the write lock is
        held, which every other writer waits for. With `if_unchanged` the update is made only
        if the row still holds the state read before the lock, and the history and author
        only if the update was. Returns whether the row was updated."""
        conn = self.conn
        names = list(row)
        (values,) = _for_driver(conn, spec.table, names, [tuple(row[name] for name in names)])
        params: list[Any] = [*values, current["id"]]
        where = "id = %s"
        guard = ""
        if if_unchanged:
            where += " AND sync_meta = %s AND sync_seq = %s"
            params += [current["sync_meta"], current["sync_seq"]]
            guard = " WHERE EXISTS (SELECT FROM written)"
        assignments = ", ".join(f"{name} = %s" for name in names)
        parts = [f"written AS (UPDATE {spec.name} SET {assignments} WHERE {where} RETURNING 1)"]
        authored = not self._authored and bool(self.staff)
        if authored:
            parts.append(
                f"author AS (INSERT INTO write_author (dot, staff, seq) SELECT %s, %s, %s{guard})"
            )
            params += [versions.make_dot(self.identity.office_code, self.counter), self.staff,
                       self.seq]  # fmt: skip
        if logs:
            part, logged = _logged(conn, logs, guard)
            parts.append(part)
            params += logged
        sql = f"WITH {', '.join(parts)} SELECT count(*) FROM written"
        found = on_driver(conn, sql, params).fetchone()
        written = bool(found[0])
        if authored and (written or not if_unchanged):
            self._authored = True
        return written

    def apply_taking_numbers(self, spec: TableSpec, current: Row, changes: Row
                             ) -> dict[str, tuple] | None:  # fmt: skip
        """`apply(..., if_unchanged=True)` as this writer's first statement (PostgreSQL, a
        writer made with `clock_seen`): the write lock, the numbers and the write in one
        statement, so the lock is held for that statement and the commit, not for a round
        trip and the client's work between the numbers and the write.

        The row's version state holds this write's counter, which is known only once the lock
        is taken; it is worked out for each counter the write may get (the clock seen, plus
        one for each writer that may take the lock first: `COUNTERS_TRIED` in all), and the
        statement stores the one for the counter it took, or, if it took another, nothing:
        then the write is made as `apply` makes it, with the numbers now taken."""
        assert self._numbers_due and self.clock_seen is not None
        planned = self._planned(spec, current, changes)
        if planned is None or self.conn.dialect.name != "postgresql":
            self._take_numbers()
            return {} if planned is None else self.apply(spec, current, changes, if_unchanged=True)
        current, state, wire, write, diff = planned
        first = self.clock_seen + 1
        self.counter = first
        row = self._stamped(spec, current, changes, _copy_state(state), dict(wire), write)
        metas = [row["sync_meta"]]
        for counter in range(first + 1, first + COUNTERS_TRIED):
            # Only the version state may differ with the counter (checked: else the
            # counters from this one on are not tried).
            self.counter = counter
            trial, values = _copy_state(state), dict(wire)
            versions.local_write(values, trial, write, office=self.identity.office_code,
                                 counter=counter, now=self.epoch)  # fmt: skip
            kept = (versions.effective_deleted(trial), versions.has_conflict(trial, values))
            if kept != (row["deleted"], row["has_conflict"]):
                break
            metas.append(versions.encode(trial, spec.fields))
        logs = self._logs(spec, current["id"], diff)
        counter, seq, written = self._write_taking_numbers(spec, current, row, logs, metas)
        self.counter, self.seq = counter, seq
        self._numbers_due = False
        _note_seq(self.conn, seq, listed=True)
        if written:
            _note_written(self.conn, spec.name, (current["id"],))
            return diff
        if first <= counter < first + len(metas):
            return None  # the row changed since it was read
        return self.apply(spec, current, changes, if_unchanged=True)

    def _write_taking_numbers(self, spec: TableSpec, current: Row, row: Row, logs: list[Row],
                              metas: list[str]) -> tuple[int, int, bool]:  # fmt: skip
        """`apply_taking_numbers`'s statement: takes the lock and the numbers as
        `take_numbers` does (the clock's row first), then, as `_write_at_once` with
        `if_unchanged`, writes the row if it still holds the state read before the lock and
        its counter is one of those `metas` were worked out for, with its history and
        author. Returns (counter, change number, whether the row was written)."""
        conn = self.conn
        names = [name for name in row if name not in ("sync_meta", "sync_seq")]
        (values,) = _for_driver(conn, spec.table, names, [tuple(row[name] for name in names)])
        assert self.clock_seen is not None
        first = self.clock_seen + 1
        cases = " ".join(["WHEN %s THEN %s"] * len(metas))
        assignments = ", ".join(
            [*(f"{name} = %s" for name in names), f"sync_meta = CASE numbers.counter {cases} END",
             "sync_seq = numbers.seq"]
        )  # fmt: skip
        params: list[Any] = [*values]
        for n, meta in enumerate(metas):
            params += [first + n, meta]
        params += [current["id"], current["sync_meta"], current["sync_seq"], first,
                   first + len(metas) - 1]  # fmt: skip
        parts = [
            _NUMBERS_CTE,
            f"written AS (UPDATE {spec.name} SET {assignments} FROM numbers WHERE "
            f"{spec.name}.id = %s AND {spec.name}.sync_meta = %s AND {spec.name}.sync_seq = %s"
            " AND numbers.counter BETWEEN %s AND %s RETURNING 1)",
        ]
        authored = not self._authored and bool(self.staff)
        if authored:
            parts.append(
                "author AS (INSERT INTO write_author (dot, staff, seq) SELECT "
                "%s || numbers.counter, %s, numbers.seq FROM numbers "
                "WHERE EXISTS (SELECT FROM written))"
            )
            # The write's dot: its counter appended by the statement.
            params += [versions.dot_prefix(self.identity.office_code), self.staff]
        if logs:
            part, logged = _logged(conn, logs, " WHERE EXISTS (SELECT FROM written)")
            parts.append(part)
            params += logged
        sql = (
            f"WITH {', '.join(parts)} SELECT numbers.counter, numbers.seq, "
            "(SELECT count(*) FROM written) FROM numbers"
        )
        write_lock.mark_held(conn)  # the statement takes it (no separate statement before it)
        found = on_driver(conn, sql, params).fetchone()
        if found is None:  # a counter not made yet in this database: as `take_numbers`
            self._take_numbers()
            return self.counter, self.seq, False
        written = bool(found[2])
        if authored and written:
            self._authored = True
        return int(found[0]), int(found[1]), written

    def apply_many(
        self, spec: TableSpec, items: Iterable[tuple[Row, Row]]
    ) -> list[dict[str, tuple]]:
        """`apply` for many (current row, changes) pairs, written with one statement per set
        of changed columns; the stored result is exactly that of `apply` called for each."""
        if self._numbers_due:
            self._take_numbers()
        diffs: list[dict[str, tuple]] = []
        groups: dict[tuple[str, ...], list[Row]] = {}
        logs: list[Row] = []
        for current, changes in items:
            prepared = self._applied(spec, current, changes)
            if prepared is None:
                diffs.append({})
                continue
            row, diff, row_logs = prepared
            diffs.append(diff)
            params = {f"p_{name}": value for name, value in row.items()}
            params["p__id"] = current["id"]
            groups.setdefault(tuple(sorted(row)), []).append(params)
            logs.extend(row_logs)
        if groups:
            self._note_author()
        for columns, batch in groups.items():
            statement = (
                update(spec.table)
                .where(spec.table.c.id == bindparam("p__id"))
                .values({name: bindparam(f"p_{name}") for name in columns})
            )
            done = self.conn.execute(statement, batch)
            if self.conn.dialect.supports_sane_multi_rowcount and done.rowcount == len(batch):
                _note_written(self.conn, spec.name, (params["p__id"] for params in batch))
            else:  # a row the caller loaded is gone: which ones were written is not known here
                _unlist(self.conn)
        insert_dicts(self.conn, _history, logs)
        return diffs

    def _applied(self, spec: TableSpec, current: Row, changes: Row, *,
                 force: bool = False) -> tuple[Row, dict[str, tuple], list[Row]] | None:  # fmt: skip
        """What `apply` writes: (column values, {field: (old, new)}, history rows), or None
        when nothing changes."""
        planned = self._planned(spec, current, changes, force=force)
        if planned is None:
            return None
        current, state, wire, write, diff = planned
        row = self._stamped(spec, current, changes, state, wire, write)
        return row, diff, self._logs(spec, current["id"], diff)

    def _planned(self, spec: TableSpec, current: Row, changes: Row, *, force: bool = False
                 ) -> tuple[Row, versions.VersionState, Row, Row, dict[str, tuple]] | None:  # fmt: skip
        """The part of `_applied` that does not depend on this write's numbers: (the record
        with its effective `deleted`, its version state, its wire values, the fields written
        as wire values, {field: (old, new)}), or None when nothing changes."""
        state = versions.decode(current["sync_meta"], spec.fields)
        if versions.DELETED in state.dots:
            # The column holds the effective value; the version holds what was written.
            current = {**current, "deleted": state.dots[versions.DELETED] in state.delete_seen}
        diff = {
            name: (current.get(name), value)
            for name, value in changes.items()
            if name in spec.fields and current.get(name) != value
        }
        conflicted = {name for name in changes if state.concurrent.get(name) or force}
        if not diff and not conflicted:
            return None
        wire = spec.to_wire(current)
        write = {name: spec.to_wire({name: changes[name]})[name] for name in diff}
        write.update({name: spec.to_wire({name: changes[name]})[name] for name in conflicted})
        return current, state, wire, write, diff

    def _stamped(self, spec: TableSpec, current: Row, changes: Row,
                 state: versions.VersionState, wire: Row, write: Row) -> Row:  # fmt: skip
        """The column values of `_planned`'s write made with this writer's numbers (`state`
        and `wire` are changed in place)."""
        versions.local_write(
            wire, state, write, office=self.identity.office_code, counter=self.counter,
            now=self.epoch,
        )  # fmt: skip
        row = {name: changes[name] for name in write}
        row["deleted"] = versions.effective_deleted(state)
        row.update(zip(BOOKKEEPING, self._bookkeeping(state, spec, wire), strict=True))
        if spec.derive is not None and not spec.derived_from.isdisjoint(write):
            # (A write of other fields keeps them: the search key of a record whose notes
            # changed is worked out from what did not change.)
            row.update(spec.derive({**current, **row}))
        return row

    def _logs(self, spec: TableSpec, record_id: str, diff: dict[str, tuple]) -> list[Row]:
        return [
            self._log_row(spec, record_id, name, history_text(old), history_text(new))
            for name, (old, new) in diff.items()
        ]

    def _log_row(self, spec: TableSpec, record_id: str, name: str, old: str | None,
                 new: str | None) -> Row:  # fmt: skip
        return {
            "table_name": spec.name, "record_id": record_id, "field": name, "old_value": old,
            "new_value": new, "office": self.identity.office_code, "at": self.now,
            "source": self.source, "package_id": None, "staff": self.staff,
        }  # fmt: skip


def bookkeeping(*, by: str, at: datetime, state: str, conflict: bool, seq: int,
                origin: str | None = None) -> tuple[Any, ...]:  # fmt: skip
    """A stored row's bookkeeping columns, in BOOKKEEPING order."""
    return (by, at, state, conflict, seq, origin)


def bulk_insert(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[tuple[Any, ...]], constant: Row | None = None,
                chunk: int = 20_000) -> int:  # fmt: skip
    """The one bulk writer: insert rows given as tuples in `columns` order, plus `constant`
    columns shared by all, with one `executemany` per chunk straight through the driver
    (SQLAlchemy's per-row parameter handling costs more than the insert itself at 100,000
    rows). Returns the number of rows.

    Values are the record's Python values, or their wire form for dates (ISO text, as a
    package carries them): each column that needs converting for this database is converted
    once per distinct value; a constant once.
    """
    dialect = conn.dialect
    fixed = tuple(
        _convert(table.c[name], dialect, value) for name, value in (constant or {}).items()
    )
    names = [*columns, *(constant or {})]
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join([mark] * len(names))})"
    return _execute_many(conn, sql, _for_driver(conn, table, columns, rows, fixed), chunk)


def bulk_update(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[tuple[Any, ...]], chunk: int = 20_000) -> int:  # fmt: skip
    """Set `columns` of the rows given as tuples (the values in `columns` order, then the
    row's id), with one `executemany` per chunk through the driver, values converted as in
    `bulk_insert`. Only the columns named are written."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    assignments = ", ".join(f"{name} = {mark}" for name in columns)
    sql = f"UPDATE {table.name} SET {assignments} WHERE id = {mark}"
    return _execute_many(conn, sql, _for_driver(conn, table, [*columns, "id"], rows), chunk)


def _for_driver(conn: Connection, table: Table, columns: Sequence[str],
                rows: Iterable[tuple[Any, ...]],
                fixed: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:  # fmt: skip
    """Rows with each value converted for the driver (once per distinct value of a column)
    and `fixed` appended."""
    converted: list[tuple[int, Callable[[Any], Any], dict[Any, Any]]] = [
        (index, converter, {})
        for index, converter in _converters(table, tuple(columns), conn.dialect)
    ]
    if not converted:
        yield from ((row + fixed for row in rows) if fixed else rows)
        return
    for row in rows:
        values = list(row)
        for index, converter, cache in converted:
            value = values[index]
            if value is not None:
                done = cache.get(value)
                if done is None:
                    done = cache[value] = converter(value)
                values[index] = done
        yield tuple(values) + fixed


@functools.lru_cache(maxsize=512)
def _converters(table: Table, columns: tuple[str, ...],
                dialect: Any) -> tuple[tuple[int, Callable[[Any], Any]], ...]:  # fmt: skip
    """(index, converter) of the `columns` whose values the driver takes converted: worked
    out once per set of columns (a save writes one row, and finding them cost more)."""
    found = ((index, _converter(table.c[name], dialect)) for index, name in enumerate(columns))
    return tuple((index, converter) for index, converter in found if converter is not None)


def _execute_many(conn: Connection, sql: str, rows: Iterable[tuple[Any, ...]], chunk: int) -> int:
    batch: list[tuple[Any, ...]] = []
    count = 0
    for row in rows:
        batch.append(row)
        if len(batch) >= chunk:
            conn.exec_driver_sql(sql, batch)
            count += len(batch)
            batch = []
    if batch:
        conn.exec_driver_sql(sql, batch)
        count += len(batch)
    return count


def insert_dicts(conn: Connection, table: Table, rows: list[Row]) -> None:
    """`bulk_insert` for rows given as dicts with the same keys."""
    if rows:
        columns = list(rows[0])
        bulk_insert(conn, table, columns, [tuple(row[name] for name in columns) for row in rows])


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """How a column's value becomes what the driver takes (None: as it is)."""
    kind = column.type
    if isinstance(kind, Date) and not isinstance(kind, DateTime):
        if dialect.name != "sqlite":
            return lambda value: date.fromisoformat(value) if isinstance(value, str) else value
        to_text = kind._cached_bind_processor(dialect)
        return (
            (lambda value: value if isinstance(value, str) else to_text(value)) if to_text else None
        )
    if isinstance(kind, Boolean) and dialect.name == "sqlite":
        return None  # sqlite3 stores a bool as the integer SQLAlchemy would make of it
    processor = kind._cached_bind_processor(dialect)
    return cast("Callable[[Any], Any] | None", processor)


def _convert(column: Any, dialect: Any, value: Any) -> Any:
    converter = _converter(column, dialect)
    return converter(value) if converter is not None and value is not None else value


def history(conn: Connection, table: str, record_ids: Iterable[str]) -> list[Row]:
    ids = list(record_ids)
    rows = conn.execute(
        select(_history)
        .where(_history.c.table_name == table, _history.c.record_id.in_(ids))
        .order_by(_history.c.id)
    )
    return [dict(r._mapping) for r in rows]
