"""The log of packages exported and imported, and gaps in an office's sequence."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from desktop.core.i18n import translate
from desktop.core.models import package_log as _log
from desktop.core.records import SPECS
from desktop.core.settings import Identity

_office = SPECS["office"].table


def entries(conn: Connection, limit: int = 1000) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(
            _log.c.id,
            _log.c.direction,
            _log.c.package_id,
            _log.c.file_name,
            _log.c.source_office,
            _log.c.destination_office,
            _log.c.sequence,
            _log.c.full,
            _log.c.created_at,
            _log.c.processed_at,
            _log.c.status,
            _log.c.counts,
            _log.c.report,
        )
        .order_by(_log.c.id.desc())
        .limit(limit)
    )
    out = []
    for row in rows:
        item = dict(row._mapping)
        item["counts"] = json.loads(item["counts"] or "{}")
        item["report"] = json.loads(item["report"]) if item["report"] else None
        out.append(item)
    return out


def missing_sequences(conn: Connection, identity: Identity) -> dict[str, list[int]]:
    """For each office that sent us packages: sequence numbers not (yet) imported.

    Numbers below the latest full package do not count: a full package carries everything.
    """
    seen: dict[str, set[int]] = {}
    floor: dict[str, int] = {}
    rows = conn.execute(
        select(_log.c.source_office, _log.c.sequence, _log.c.full).where(
            _log.c.direction == "import", _log.c.status == "applied"
        )
    )
    for source, sequence, full in rows:
        seen.setdefault(source, set()).add(sequence)
        if full:
            floor[source] = max(floor.get(source, 0), sequence)
    gaps = {}
    for source, numbers in seen.items():
        missing = [n for n in range(floor.get(source, 0) + 1, max(numbers)) if n not in numbers]
        if missing:
            gaps[source] = missing
    return gaps


def office_names(conn: Connection) -> dict[str, str]:
    return {code: name for code, name in conn.execute(select(_office.c.code, _office.c.name))}


def gap_warnings(conn: Connection, identity: Identity) -> list[str]:
    gaps = missing_sequences(conn, identity)
    if not gaps:
        return []  # (the usual case: the office names are not read for nothing)
    names = office_names(conn)
    out = []
    for source, missing in sorted(gaps.items()):
        numbers = ", ".join(str(n) for n in missing[:10]) + ("…" if len(missing) > 10 else "")
        out.append(
            translate(
                "Journal", "Gói số {numbers} từ {office} chưa đến (các gói sau vẫn đã được nhập)."
            ).format(numbers=numbers, office=names.get(source, source))
        )
    return out
