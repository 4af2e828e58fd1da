"""What the window's first screen shows, read with the standard library's sqlite3 alone.

The start of the program shows its window before SQLAlchemy, the models and the pages'
modules are loaded (together about a second): this module reads, read-only, just what the
first screen needs from a SQLite database that is ready to use: who the office is, the
sectors, and the first rows of the cooperative list with their latest figures, exactly as
`registry.first_table_rows` and `registry.sectors` give them.

It answers only for a database that needs nothing done before it is used: at the revision of
this program's migrations, set up, with its reference data. Anything else (a server database,
a new or old file, a damaged one, a first start) gets None and takes the usual way: opened
with SQLAlchemy, migrated after a backup, checked, before the window shows.
"""

from __future__ import annotations

import importlib
import json
import logging
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.database_file import plain_head, resolve_url, sqlite_file
from desktop.core.settings import Identity

log = logging.getLogger(__name__)

# The same statement as registry.first_table_rows (and so the same order among equal names).
_FIRST_ROWS = (
    "SELECT cooperative.id, cooperative.registration_code, cooperative.name, "
    "cooperative.entity_type, cooperative.sector, cooperative.status, cooperative.area_scheme, "
    "cooperative.area_code, cooperative.province_code, cooperative.district_code, "
    "cooperative.registered_on, cooperative.search_key, cooperative.name_sort, "
    "cooperative.has_conflict, cooperative.address, cooperative.representative "
    "FROM cooperative WHERE cooperative.deleted IS 0 ORDER BY cooperative.name_sort LIMIT ?"
)
_NAMES = (
    "id", "registration_code", "name", "entity_type", "sector", "status", "area_scheme",
    "area_code", "province_code", "district_code", "registered_on", "search_key", "name_sort",
    "has_conflict", "address", "representative", "year", "members", "revenue",
)  # fmt: skip
_REGISTERED_ON = _NAMES.index("registered_on")
_HAS_CONFLICT = _NAMES.index("has_conflict")


# The core modules the first screen's widgets use (the cooperative list's model and filters,
# the language chosen).
FIRST_SCREEN_CORE = (
    "desktop.core.text",
    "desktop.core.vocab",
    "desktop.core.areas",
    "desktop.core.search",
    "desktop.core.preferences",
    "desktop.core.column_rows",  # the list's rows (coop_model)
    "desktop.core.compact_rows",
)


def preload() -> None:
    """Import `FIRST_SCREEN_CORE` (and this module's own imports) before Qt: once PySide6 is
    loaded it reads the source of every module imported after it, to see whether it asks for
    one of its `__feature__` switches; these have nothing to do with Qt."""
    for name in FIRST_SCREEN_CORE:
        importlib.import_module(name)


@dataclass(frozen=True)
class FirstLook:
    path: Path  # the SQLite file
    url: str  # as `open_database` is given it
    identity: Identity
    sector_names: dict[str, str]  # code -> name, as registry.sectors
    rows: list[dict[str, Any]]  # the cooperative list's first rows, in name order


def read(db: str | None, count: int = 100) -> FirstLook | None:
    """The first screen of the database `db` (as `--db` takes it), or None when it is not a
    SQLite file ready to use (see the module's note)."""
    url = resolve_url(db)
    path = sqlite_file(url)
    if path is None or not path.is_file():
        return None
    head = plain_head()
    if head is None:
        return None
    try:
        with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1)) as conn:
            return _read(conn, path, url, head, count)
    except (sqlite3.Error, ValueError, TypeError, KeyError) as exc:
        # Anything unusual is for the full opening to report (with its Vietnamese message).
        log.info("first screen not read from %s (%s): the database opens first", path, exc)
        return None


def _read(
    conn: sqlite3.Connection, path: Path, url: str, head: str, count: int
) -> FirstLook | None:
    conn.execute("BEGIN")  # one snapshot for everything read here
    revisions = [r for (r,) in conn.execute("SELECT version_num FROM alembic_version")]
    if revisions != [head]:
        return None  # to be migrated (after a backup), or refused, before the window
    raw = conn.execute("SELECT value FROM setting WHERE key = 'identity'").fetchone()
    if raw is None or not raw[0]:
        return None  # the first-run set-up
    identity = Identity(**json.loads(raw[0]))
    sectors = {
        code: name
        for code, name in conn.execute(
            "SELECT sector.code, sector.name FROM sector WHERE sector.deleted IS 0 "
            "ORDER BY sector.position, sector.code"
        )
    }
    if not sectors:
        return None  # the reference data is written by the full opening
    rows = conn.execute(_FIRST_ROWS, (count,)).fetchall() if count > 0 else []
    latest: dict[str, tuple] = {}
    if rows:
        marks = ", ".join("?" * len(rows))
        for cid, year, members, revenue in conn.execute(
            "SELECT indicator.cooperative_id, indicator.year, indicator.members, "
            "indicator.revenue FROM indicator WHERE indicator.deleted IS 0 AND "
            f"indicator.cooperative_id IN ({marks})",
            [row[0] for row in rows],
        ):
            if cid not in latest or year > latest[cid][0]:
                latest[cid] = (year, members, revenue)
    none = (None, None, None)
    out = []
    for row in rows:
        values = [*row, *latest.get(row[0], none)]
        # As SQLAlchemy's Date and Boolean give them.
        registered = values[_REGISTERED_ON]
        values[_REGISTERED_ON] = date.fromisoformat(registered) if registered else None
        values[_HAS_CONFLICT] = bool(values[_HAS_CONFLICT])
        out.append(dict(zip(_NAMES, values, strict=True)))
    return FirstLook(path, url, identity, sectors, out)
