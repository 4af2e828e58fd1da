"""Conflicts waiting for a person, and their resolution (an ordinary write that syncs)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.core import settings, versions
from desktop.core.errors import KnownError, NotFoundError
from desktop.core.i18n import translate
from desktop.core.jurisdiction import within_jurisdiction
from desktop.core.records import SPECS, Writer, load_for_update, lock_writes

DELETE_FIELD = "deleted"


def _when(meta: versions.VersionState, dot: str) -> str | None:
    stamp = meta.times.get(dot)
    return datetime.fromtimestamp(stamp, UTC).isoformat().replace("+00:00", "Z") if stamp else None


def _version(meta: versions.VersionState, dot: str, value: Any) -> dict[str, Any]:
    office, _counter = versions.split_dot(dot)
    return {"value": value, "office": office, "at": _when(meta, dot), "dot": dot}


def _label(spec_name: str, row: dict[str, Any]) -> str:
    if spec_name == "cooperative":
        return f"{row['name']} ({row['registration_code']})"
    return str(row.get(SPECS[spec_name].label_field) or row["id"])


def list_conflicts(conn: Connection) -> list[dict[str, Any]]:
    """Every unresolved conflict: the value standing (the winner) and the others."""
    out: list[dict[str, Any]] = []
    for spec in SPECS.values():
        for row in conn.execute(select(spec.table).where(spec.table.c.has_conflict.is_(True))):
            record = dict(row._mapping)
            meta = versions.decode(record["sync_meta"], spec.fields)
            values = spec.to_wire(record)
            for name, alternatives in sorted(versions.differing_concurrent(values, meta).items()):
                if name == DELETE_FIELD:
                    continue
                winner = meta.dots.get(name)
                out.append({
                    "table": spec.name, "id": record["id"], "label": _label(spec.name, record),
                    "field": name, "kind": "field",
                    "current": _version(meta, winner, values.get(name)) if winner else None,
                    "others": [_version(meta, dot, value) for value, dot in alternatives],
                })  # fmt: skip
            unseen = versions.unseen_by_deletion(meta)
            for delete_dot, edits in unseen.items():
                out.append({
                    "table": spec.name, "id": record["id"], "label": _label(spec.name, record),
                    "field": DELETE_FIELD, "kind": "delete",
                    "current": {"value": False, "office": versions.split_dot(edits[0])[0],
                                "at": _when(meta, edits[0]), "dot": edits[0]},
                    "others": [_version(meta, delete_dot, True)],
                })  # fmt: skip
            deletions = versions.differing_concurrent(values, meta).get(DELETE_FIELD)
            if deletions and not unseen:
                # Deleted and restored (or deleted twice) concurrently: the record shows the
                # restore; the deletion stays listed until someone confirms one or the other.
                winner = meta.dots[DELETE_FIELD]
                out.append({
                    "table": spec.name, "id": record["id"], "label": _label(spec.name, record),
                    "field": DELETE_FIELD, "kind": "delete",
                    "current": _version(meta, winner, winner in meta.delete_seen),
                    "others": [_version(meta, dot, value) for value, dot in deletions],
                })  # fmt: skip
    coop = SPECS["cooperative"].table
    duplicates = conn.execute(
        select(coop.c.registration_code)
        .where(coop.c.deleted.is_(False))
        .group_by(coop.c.registration_code)
        .having(func.count() > 1)
    ).all()
    for (code,) in duplicates:
        rows = conn.execute(
            select(coop).where(coop.c.registration_code == code, coop.c.deleted.is_(False))
        ).all()
        out.append({
            "table": "cooperative", "id": rows[0].id, "label": f"{rows[0].name} ({code})",
            "field": "registration_code", "kind": "duplicate",
            "current": {"value": code, "office": rows[0].updated_by, "at": None, "dot": None},
            "others": [{"value": f"{r.name} ({r.id})", "office": r.updated_by, "at": None, "dot": r.id}
                       for r in rows[1:]],
        })  # fmt: skip
    return out


def resolve(conn: Connection, identity: settings.Identity, table: str, record_id: str, field: str,
            value: Any) -> None:  # fmt: skip
    """Settle a conflict by writing `value` (one of the versions, or a new one)."""
    if table not in SPECS:
        raise NotFoundError(translate("Conflicts", "Không có bảng “{table}”.").format(table=table))
    spec = SPECS[table]
    # The lock first: the record and its versions are read as they stand now, and the
    # resolution is merged into that state (an import meanwhile is not overwritten).
    lock_writes(conn)
    record = load_for_update(conn, spec, record_id)
    if record is None:
        raise NotFoundError(translate("Conflicts", "Không tìm thấy bản ghi."))
    if field not in spec.fields:
        raise NotFoundError(
            translate("Conflicts", "Không có trường “{field}”.").format(field=field)
        )
    _check_may_write(identity, spec.name, record)
    _check_unlocked(conn, spec.name, record, {field: value})
    if field in spec.date_fields and isinstance(value, str) and value:
        from datetime import date

        value = date.fromisoformat(value)
    Writer(conn, identity, source="resolve").apply(spec, record, {field: value}, force=True)


def _check_unlocked(conn: Connection, table: str, record: dict[str, Any],
                    change: dict[str, Any]) -> None:  # fmt: skip
    """Approved figures stay as approved until the province reopens them, conflicts too:
    neither their values nor the cooperatives they count (deleted, restored, moved)."""
    from desktop.core import approvals

    if table == "cooperative":
        after = {**record, **change}
        action = None
        if bool(after["deleted"]) != bool(record["deleted"]):
            action = approvals.DELETE if after["deleted"] else approvals.RESTORE
        elif (after["area_scheme"], after["area_code"]) != (
            record["area_scheme"],
            record["area_code"],
        ):
            action = approvals.MOVE
        if action is not None:
            indicator = SPECS["indicator"].table
            years = conn.execute(
                select(indicator.c.year).where(
                    indicator.c.cooperative_id == record["id"], indicator.c.deleted.is_(False)
                )
            ).scalars()
            approvals.check_placement(
                conn, action,
                None if record["deleted"] else record,
                None if after["deleted"] else after,
                years,
            )  # fmt: skip
    elif table == "indicator":
        coop = load_for_update(conn, SPECS["cooperative"], record["cooperative_id"])
        if coop is not None:
            approvals.check_figures(conn, coop, [record["year"]])
    elif table == "progress_report":
        approvals.check_report(conn, record["office_code"], record["period"])


def _check_may_write(identity: settings.Identity, table: str, record: dict[str, Any]) -> None:
    if identity.is_hub:
        return
    if table == "cooperative" and within_jurisdiction(
        identity, record["area_scheme"], record["area_code"]
    ):
        return
    if table == "progress_report" and record["office_code"] == identity.office_code:
        return
    if table == "indicator":
        return
    raise KnownError(
        translate(
            "Conflicts", "Xung đột này do cấp tỉnh xử lý; đơn vị bạn không sửa được bản ghi đó."
        )
    )
