"""A package table's columns as JSON text, built by SQLite in one pass over the rows.

Reading a table's rows into Python and encoding them column by column makes a Python object of
every value (3.5 million for a national package) only to turn it back into text: most of a full
export's time. SQLite's own JSON functions (`json_group_array`, built in since 3.38) write the
same arrays in C in one aggregate query, a text per column, all in the order of the one pass, so
the columns stay aligned. The texts decode to exactly the values the Python path sends:

- text, integers and NULL are written by `json_group_array` (the same strings, numbers, null);
- booleans (0 / 1 in SQLite) are written as `true` / `false` / `null`; a table holding any other
  value in a boolean column (not written by this app) is left to the Python path;
- dates are stored as the ISO text a package carries, so they pass as text.

Only what needs Python is decoded: the versions of the rows (their distinct texts, for the
authors), the deleted flags of rows in conflict (`written_deleted`) and, for the
indicators, the ids, to leave them out when all are the derived ones.

`None` from `encoded_table` (another database, an SQLite without JSON functions, an odd
boolean) means: take the Python path for this table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Integer, String

from desktop.core import versions
from desktop.core.records import TableSpec

# Column types whose values SQLite's JSON writes as the Python path does (no floats: SQLite
# writes them with 15 digits).
_PLAIN = (String, Integer, Boolean, Date)  # (Text is a String, BigInteger an Integer)
_available: bool | None = None


@dataclass
class EncodedTable:
    columns: list[str]
    parts: list[bytes]  # a JSON array per column
    count: int
    metas: list[str]  # the distinct version texts of the rows


def available(conn: Connection) -> bool:
    """Whether this connection's database writes JSON arrays (SQLite 3.38 or later, or built
    with JSON1); asked once per process."""
    global _available
    if conn.dialect.name != "sqlite":
        return False
    if _available is None:
        try:
            found = conn.exec_driver_sql("SELECT json_group_array(1)").scalar()
            _available = found == "[1]"
        except Exception:  # no such function: the Python path
            _available = False
    return _available


def _booleans(spec: TableSpec, columns: list[str]) -> list[str]:
    return [c for c in columns if c != "id" and isinstance(spec.table.c[c].type, Boolean)]


def encoded_table(conn: Connection, query: Any, params: dict[str, Any]) -> EncodedTable | None:
    """The rows of `query` (an `exporter.TableQuery`) as one JSON text per column; None:
    use the Python path."""
    spec, columns = query.spec, query.columns
    if not available(conn):
        return None
    sql = query.compiled.get("json")
    if sql is None:
        plain = all(isinstance(spec.table.c[c].type, _PLAIN) for c in columns if c != "sync_meta")
        sql = query.compiled["json"] = _aggregate(spec, columns, query.sql) if plain else ""
    if not sql:
        return None
    row = _run(conn, sql, {**query.params, **params})
    *parts, count, unusual, conflicted, conflicts, metas = row
    if unusual:
        return None
    if not count:
        return EncodedTable(list(columns), [], 0, [])
    table = EncodedTable(list(columns), parts, count, json.loads(metas))
    if conflicted:
        _written_deleted(spec, table, json.loads(conflicts))
    if spec.name == "indicator":
        _derived_ids(table)
    return table


def _aggregate(spec: TableSpec, columns: list[str], rows: str) -> str:
    """One row: a JSON array per column of `rows` (SQL text), as UTF-8 bytes (the package's
    own: no decoding to a Python text and encoding back), then the count, whether a boolean
    column holds another value than 0 / 1, whether any row is in conflict, the conflict
    flags and the distinct version texts."""
    flags = _booleans(spec, columns)
    aggregates = []
    for name in columns:
        if name in flags:
            value = f"r.{name}"
            aggregates.append(
                f"CAST('[' || group_concat(CASE WHEN {value} IS NULL THEN 'null' WHEN {value} = 1 "
                f"THEN 'true' ELSE 'false' END, ',') || ']' AS BLOB)"
            )
        else:
            aggregates.append(f"CAST(json_group_array(r.{name}) AS BLOB)")
    odd = " OR ".join(
        f"(r.{c} IS NOT NULL AND (typeof(r.{c}) != 'integer' OR r.{c} NOT IN (0, 1)))"
        for c in flags
    )
    aggregates += [
        "count(*)",
        f"max({odd or '0'})",
        "max(r.has_conflict)",
        "json_group_array(r.has_conflict)",
        "json_group_array(DISTINCT r.sync_meta)",
    ]
    return f"SELECT {', '.join(aggregates)} FROM ({rows}) AS r"


def _run(conn: Connection, sql: str, params: dict[str, Any]) -> tuple[Any, ...]:
    """The statement's one row, run on the driver's cursor inside the connection's
    transaction (SQLAlchemy's execution and result objects cost a tenth of a small
    package's export); the parameters are named (`:since`), as the SQLite driver takes them."""
    driver = conn.connection.driver_connection
    assert driver is not None
    cursor = driver.cursor()
    try:
        cursor.execute(sql, params)
        return tuple(cursor.fetchone())
    finally:
        cursor.close()


def written_deleted(spec: TableSpec, meta_text: str, effective: Any) -> Any:
    """What a package carries as the deleted flag of a row in conflict: the column holds the
    effective value, the package what was written (both paths)."""
    meta = versions.decode(meta_text, spec.fields)
    if versions.DELETED in meta.dots:
        return meta.dots[versions.DELETED] in meta.delete_seen
    return effective


def ids_derived(ids: list[Any], coops: list[Any], years: list[Any]) -> bool:
    """Whether every indicator id is the one derived from its (cooperative, year) (both
    paths): then the package leaves them out."""
    from desktop.core.registry import indicator_id

    return all(i == indicator_id(c, y) for i, c, y in zip(ids, coops, years, strict=True))


def _written_deleted(spec: TableSpec, table: EncodedTable, conflicts: list[Any]) -> None:
    at, meta_at = table.columns.index("deleted"), table.columns.index("sync_meta")
    deleted = json.loads(table.parts[at])
    metas = json.loads(table.parts[meta_at])
    for row, flagged in enumerate(conflicts):
        if flagged:
            deleted[row] = written_deleted(spec, metas[row], deleted[row])
    table.parts[at] = json.dumps(deleted, separators=(",", ":")).encode("ascii")


def _derived_ids(table: EncodedTable) -> None:
    """Indicator ids are left out when all are the ones derived from (cooperative, year)."""
    at = {c: table.columns.index(c) for c in ("id", "cooperative_id", "year")}
    ids, coops, years = (json.loads(table.parts[at[c]]) for c in ("id", "cooperative_id", "year"))
    if ids_derived(ids, coops, years):
        del table.parts[at["id"]]
        del table.columns[at["id"]]
