"""Importing a package: check it, preview it, merge it in one transaction, undo it.

The preview and the real import run the same code; the preview rolls its transaction back.
A package is merged whole or not at all: every row, the log entry and the undo data are
written in one database transaction, so a crash or a kill leaves the database as it was.

At the province, a package from an office may only create or change what belongs to that
office: cooperatives of its area (and their figures) and progress reports on its own
assignments. Anything else in the package is refused and listed in the report; the rest of the
package is applied (the refusal is per record, so one stray record does not block a district's
month of work).
"""

from __future__ import annotations

import json
import logging
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, bindparam, delete, select, update
from sqlalchemy.exc import DataError, IntegrityError

from desktop.core import access, approvals, areas, settings, versions
from desktop.core.errors import Cancelled, KnownError
from desktop.core.i18n import translate
from desktop.core.models import History, PackageLog, WriteAuthor, table_of
from desktop.core.records import (
    PARENTS,
    SPECS,
    TableSpec,
    lock_writes,
    next_counter,
    raise_counter,
    utcnow,
)
from desktop.core.registry import field_labels as registry_labels
from desktop.core.sync import package as pkg
from desktop.core.sync.journal import gap_warnings
from desktop.core.sync.record_rules import RecordRules
from desktop.core.workspace import Workspace, adopt_own_office

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
_office = SPECS["office"].table
_log = table_of(PackageLog)
_history = table_of(History)
DETAIL_LIMIT = 2_000  # records described one by one in a report; the counts cover all
APPLIED = "applied"
ALREADY = "already_imported"
REFUSED = "refused"
DRY_RUN = "dry_run"


class _Rollback(Exception):
    """Ends a preview: the transaction is rolled back on purpose."""


@dataclass
class RecordChange:
    table: str
    id: str
    label: str
    kind: str  # new | changed | deleted | conflict | refused
    fields: list[tuple[str, Any, Any]] = field(default_factory=list)
    reason: str | None = None
    # Fields newly in conflict: (field, the value kept for now, the other value).
    conflicts: list[tuple[str, Any, Any]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "table": self.table, "id": self.id, "label": self.label, "kind": self.kind,
            "fields": [{"field": f, "old": o, "new": n} for f, o, n in self.fields],
            "conflicts": [{"field": f, "kept": k, "other": o} for f, k, o in self.conflicts],
            "reason": self.reason,
        }  # fmt: skip


@dataclass
class ImportReport:
    status: str
    file: str
    package_id: str | None = None
    source_office: str | None = None
    destination_office: str | None = None
    sequence: int | None = None
    full: bool = False
    counts: dict[str, int] = field(
        default_factory=lambda: {
            "new": 0,
            "changed": 0,
            "deleted": 0,
            "conflicts": 0,
            "refused": 0,
            "unchanged": 0,
        }
    )
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    records: list[RecordChange] = field(default_factory=list)
    more_records: int = 0

    def note(self, change: RecordChange) -> None:
        key = {"conflict": "conflicts"}.get(change.kind, change.kind)
        self.counts[key] += 1
        if change.kind == "refused":
            self.errors.append(change.reason or "")
        if len(self.records) < DETAIL_LIMIT:
            self.records.append(change)
        else:
            self.more_records += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.status, "file": self.file, "package_id": self.package_id,
            "source_office": self.source_office, "destination_office": self.destination_office,
            "sequence": self.sequence, "full": self.full, "counts": self.counts,
            "errors": self.errors, "warnings": self.warnings,
            "records": [r.to_json() for r in self.records], "more_records": self.more_records,
        }  # fmt: skip


@dataclass
class _Context:
    conn: Connection
    identity: settings.Identity
    source: str
    source_office: dict[str, Any] | None
    restrict: bool  # a hub reading an office's package
    seq: int
    package_id: str
    now: datetime
    report: ImportReport
    undo: list[list[Any]] = field(default_factory=list)  # [table, id, row before]
    new_ids: dict[str, list[str]] = field(default_factory=dict)  # rows the import created
    known: dict[str, set[str]] = field(default_factory=dict)  # ids known to exist, per table
    stamps: dict[str, tuple[str, Any]] = field(default_factory=dict)  # meta text -> updated_*
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)  # coop id -> area info
    coop_labels: dict[Any, str] = field(default_factory=dict)  # coop id -> name (code)
    own_max: int = 0
    meta_cache: dict[str, versions.Meta] = field(default_factory=dict)
    rules: RecordRules | None = None
    staff: dict[str, str] = field(default_factory=dict)  # dot -> staff member, from the package


def refuse(path: Path, message: str, manifest: pkg.Manifest | None = None) -> ImportReport:
    report = ImportReport(status=REFUSED, file=path.name, errors=[message])
    if manifest:
        report.package_id = manifest.package_id
        report.source_office = manifest.source_office
        report.destination_office = manifest.destination_office
        report.sequence = manifest.sequence
    return report


def import_package(
    workspace: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    trusted_keys: dict[str, str] | None = None,
    whole_state: bool = False,
) -> ImportReport:
    """Preview (`dry_run`) or apply one package. Never raises for a bad package: the report
    says `refused` with the reason. `whole_state`: another provincial master's whole state
    (merging two masters): not limited to a sender's area."""
    identity = workspace.require_identity()
    notify = progress or (lambda done, total, message: None)
    stop = cancelled or (lambda: False)
    try:
        package = pkg.read_package(path)
    except pkg.PackageError as exc:
        log.warning("refused %s: %s %s", path, exc.message, exc.detail)
        return refuse(path, exc.message)
    manifest = package.manifest
    with workspace.reading() as conn:
        problem = _check_addressing(conn, identity, manifest)
        if problem:
            return refuse(path, problem, manifest)
        source_office = _office_row(conn, manifest.source_office)
        key = (trusted_keys or {}).get(manifest.source_office) or (source_office or {}).get(
            "public_key"
        )
        keys = settings.get(conn, "keys") or {}
        reused = _same_number(conn, manifest)
        if _already_imported(conn, manifest.package_id):
            try:  # a tampered copy of an imported package is tampered, not "already imported"
                pkg.verify(package, sender_public_key=key)
            except pkg.PackageError as exc:
                log.warning("refused %s: %s %s", path, exc.message, exc.detail)
                return refuse(path, exc.message, manifest)
            report = _describe(ImportReport(status=ALREADY, file=path.name), manifest)
            report.warnings.append(
                translate("Import", "Gói này đã được nhập trước đây; không có gì thay đổi.")
            )
            return report
    try:
        payload = pkg.open_payload(package, sender_public_key=key, box_private_key=keys.get("box"))
        package.payload_bytes = b""
    except pkg.PackageError as exc:
        log.warning("refused %s: %s %s", path, exc.message, exc.detail)
        return refuse(path, exc.message, manifest)

    report = _describe(
        ImportReport(status=DRY_RUN if dry_run else APPLIED, file=path.name), manifest
    )
    if reused is not None:
        report.warnings.append(
            translate(
                "Import",
                "Gói số {n} từ {office} đã được nhập trước đây nhưng là một gói khác (“{file}”). "
                "Đơn vị gửi có thể đã khôi phục dữ liệu từ bản sao lưu cũ; hãy liên hệ để kiểm "
                "tra. Gói này vẫn được nhập, không mất dữ liệu của gói trước.",
            ).format(
                n=manifest.sequence,
                office=(source_office or {}).get("name") or manifest.source_office,
                file=reused,
            )
        )
    try:
        with workspace.transaction() as conn:
            # The office's write lock first (concurrent imports and edits wait for it), so
            # every local state read below is the latest; then this import's change number.
            lock_writes(conn)
            seq = next_counter(conn, "seq")
            if _already_imported(conn, manifest.package_id):
                report = _describe(ImportReport(status=ALREADY, file=path.name), manifest)
                report.warnings.append(
                    translate("Import", "Gói này đã được nhập trước đây; không có gì thay đổi.")
                )
                raise _Rollback
            ctx = _Context(
                conn=conn, identity=identity, source=manifest.source_office, source_office=source_office,
                restrict=identity.is_hub and manifest.source_office != identity.office_code
                and not whole_state,
                seq=seq, package_id=manifest.package_id, now=utcnow(), report=report,
            )  # fmt: skip
            tables = payload["tables"]
            ctx.staff = _authors(ctx, payload.get("staff"))
            total = sum(len(body["rows"]) for body in tables.values())
            done = 0
            for spec in SPECS.values():
                body = tables.get(spec.name)
                if not body:
                    continue
                notify(
                    done, total, translate("Import", "Đang đối chiếu {n} bản ghi…").format(n=total)
                )
                _merge_table(ctx, spec, body, stop)
                done += len(body["rows"])
                del tables[spec.name], body  # free each table once merged
            if ctx.own_max:
                raise_counter(conn, "clock", ctx.own_max)
            _keep_authors(ctx)
            if dry_run:
                raise _Rollback
            _write_log(ctx, manifest, path)
            report.warnings.extend(gap_warnings(conn, identity))
            if not identity.is_hub:
                workspace.identity = adopt_own_office(conn, identity)
    except _Rollback:
        return report
    except pkg.PackageError as exc:  # found while merging (a corrupt version state): rolled back
        log.warning("refused %s: %s %s", path, exc.message, exc.detail)
        return refuse(path, exc.message, manifest)
    except (IntegrityError, DataError) as exc:
        # A row the database itself rejects (an indicator with another id for a year that
        # exists, say): only a faulty or forged package has one. Rolled back whole.
        log.warning("refused %s: %s", path, exc)
        message = translate(
            "Import",
            "Gói có bản ghi không ghi được vào cơ sở dữ liệu (trùng với bản ghi đã có hoặc sai "
            "kiểu); gói không được nhập, không có gì thay đổi. Hãy báo đơn vị gửi.",
        )
        return refuse(path, message, manifest)
    except Cancelled:
        raise
    log.info("imported %s from %s: %s", path, manifest.source_office, report.counts)
    return report


def _describe(report: ImportReport, manifest: pkg.Manifest) -> ImportReport:
    report.package_id = manifest.package_id
    report.source_office = manifest.source_office
    report.destination_office = manifest.destination_office
    report.sequence = manifest.sequence
    report.full = manifest.full
    return report


def _office_row(conn: Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute(
        select(_office).where(_office.c.code == code, _office.c.deleted.is_(False))
    ).first()
    return dict(row._mapping) if row else None


def _already_imported(conn: Connection, package_id: str) -> bool:
    return (
        conn.execute(
            select(_log.c.id).where(
                _log.c.package_id == package_id,
                _log.c.direction == "import",
                _log.c.status == APPLIED,
            )
        ).first()
        is not None
    )


def _same_number(conn: Connection, manifest: pkg.Manifest) -> str | None:
    """The file of another package already imported with this one's sender and number."""
    row = conn.execute(
        select(_log.c.file_name).where(
            _log.c.direction == "import",
            _log.c.source_office == manifest.source_office,
            _log.c.sequence == manifest.sequence,
            _log.c.package_id != manifest.package_id,
            _log.c.status == APPLIED,
        )
    ).first()
    return row[0] if row else None


def _check_addressing(
    conn: Connection, identity: settings.Identity, manifest: pkg.Manifest
) -> str | None:
    if manifest.source_office == identity.office_code:
        return translate(
            "Import", "Gói này do chính đơn vị bạn tạo ra; hãy gửi nó cho đơn vị nhận."
        )
    if (
        manifest.destination_office
        and manifest.destination_office != identity.office_code
        and not _merged_into_me(conn, identity, manifest.destination_office)
    ):
        return translate(
            "Import",
            "Gói này gửi cho đơn vị “{dest}”, không phải cho đơn vị bạn ({me}). Hãy chuyển đúng nơi nhận.",
        ).format(dest=manifest.destination_office, me=identity.office_code)
    if not identity.is_hub and manifest.source_office != identity.hub_code:
        return translate(
            "Import", "Đơn vị bạn chỉ nhận gói từ cấp tỉnh ({hub}), không nhận từ “{source}”."
        ).format(hub=identity.hub_code, source=manifest.source_office)
    return None


def _merged_into_me(conn: Connection, identity: settings.Identity, destination: str) -> bool:
    from desktop.core.sync.master_merge import accepts_for

    return identity.is_hub and accepts_for(conn, identity, destination)


# --- merging one table ---------------------------------------------------------------------------


def _meta(ctx: _Context, text: str, spec: TableSpec) -> versions.Meta:
    key = spec.name + "\x00" + text
    cached = ctx.meta_cache.get(key)
    if cached is None:
        try:
            cached = versions.parse_checked(text, spec.fields)
            for name, standing in cached.alt.items():
                # A concurrent value may win the merge and land in its column: same checks
                # as the row's own values.
                values = tuple(value for value, _dot in standing)
                if pkg._CHECKERS[spec.name][name](values) or (
                    name == versions.DELETED and not all(type(v) is bool for v in values)
                ):
                    raise versions.MetaError(name)
        except versions.MetaError as exc:
            raise pkg.PackageError(
                translate(
                    "Import", "Dữ liệu phiên bản trong gói bị hỏng ({table}); gói không được nhập."
                ).format(table=spec.name)
            ) from exc
        if len(ctx.meta_cache) < 50_000:
            ctx.meta_cache[key] = cached
    return versions.Meta(
        context=cached.context, dots=cached.dots, times=cached.times, alt=cached.alt,
        delete_seen=cached.delete_seen,
    )  # fmt: skip


def _load_local(conn: Connection, spec: TableSpec, ids: list[str]) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in conn.execute(select(spec.table).where(spec.table.c.id.in_(chunk))):
            found[row.id] = dict(row._mapping)
    return found


def _local_metas(conn: Connection, spec: TableSpec, ids: list[str]) -> dict[str, str]:
    """id -> stored version text of the rows that exist here (one scan for a big package)."""
    t = spec.table
    if len(ids) > 20_000:
        wanted = set(ids)
        return {i: m for i, m in conn.execute(select(t.c.id, t.c.sync_meta)) if i in wanted}
    found: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        found.update(
            conn.execute(
                select(t.c.id, t.c.sync_meta).where(t.c.id.in_(ids[start : start + 500]))
            ).all()
        )
    return found


def _existing(ctx: _Context, table: str, ids: set[str | None]) -> set[str]:
    """Which of `ids` exist in `table` here or were accepted from this package."""
    known = ctx.known.setdefault(table, set())
    unknown = [i for i in ids if i and i not in known]
    t = SPECS[table].table
    for start in range(0, len(unknown), 500):
        known.update(
            r[0]
            for r in ctx.conn.execute(
                select(t.c.id).where(t.c.id.in_(unknown[start : start + 500]))
            )
        )
    return known


def _local_wire(spec: TableSpec, row: dict[str, Any], meta: versions.Meta) -> dict[str, Any]:
    values = spec.to_wire(row)
    if versions.DELETED in meta.dots:
        values["deleted"] = meta.dots[versions.DELETED] in meta.delete_seen
    return values


def _merge_table(
    ctx: _Context, spec: TableSpec, body: dict[str, Any], stop: Callable[[], bool]
) -> None:
    columns: list[str] = body["columns"]
    position = {c: i for i, c in enumerate(columns)}
    rows: list[tuple[Any, ...]] = body["rows"]
    id_at, meta_at = position["id"], position["sync_meta"]
    metas = _local_metas(ctx.conn, spec, [r[id_at] for r in rows])
    differing = [r[id_at] for r in rows if r[id_at] in metas and metas[r[id_at]] != r[meta_at]]
    local = _load_local(ctx.conn, spec, differing)
    link = PARENTS.get(spec.name)
    if link:
        _existing(ctx, link[1], {r[position[link[0]]] for r in rows if link[0] in position})
    hub = ctx.identity.hub_code
    me = ctx.identity.office_code
    inserts: list[tuple[Any, ...]] = []
    updates: list[dict[str, Any]] = []
    history: list[dict[str, Any]] = []
    new_ids = ctx.new_ids.setdefault(spec.name, [])
    known = ctx.known.setdefault(spec.name, set())
    date_cache: dict[str, date] = {}
    for number, row in enumerate(rows):
        if number % 2000 == 0 and stop():
            raise Cancelled(translate("Import", "Đã hủy nhập gói; không có gì thay đổi."))
        record_id = row[id_at]
        meta_text = row[meta_at]
        if metas.get(record_id) == meta_text:
            ctx.report.counts["unchanged"] += 1
            known.add(record_id)
            continue
        current = local.get(record_id)
        incoming = _meta(ctx, meta_text, spec)
        in_values = {
            name: row[position[name]] if name in position else None for name in spec.fields
        }
        if in_values.get("deleted") is None:
            in_values["deleted"] = False
        local_meta = versions.decode(current["sync_meta"], spec.fields) if current else None
        mine = _local_wire(spec, current, local_meta) if current and local_meta else {}
        restricted = False
        if ctx.restrict:
            before = versions.encode(incoming, spec.fields)
            in_values, incoming = versions.restrict_to_sender(
                in_values, incoming, local_meta, ctx.source, mine
            )
            restricted = versions.encode(incoming, spec.fields) != before
            fresh = {
                d
                for d in versions.sender_dots(incoming, ctx.source)
                if not (local_meta and local_meta.covers(d))
            }
            seen_more = incoming.context.get(ctx.source, 0) > (
                local_meta.context.get(ctx.source, 0) if local_meta else 0
            )
            if fresh or seen_more or current is None:
                # Whatever the sender adds of its own is checked, and a record new here is
                # checked whatever versions it claims: it could otherwise slip in anywhere.
                reason = _jurisdiction(ctx, spec, current, in_values, record_id,
                                       _written_by_sender(ctx, spec, incoming, local_meta))  # fmt: skip
                if reason:
                    ctx.report.note(
                        RecordChange(
                            spec.name,
                            record_id,
                            _label(spec, in_values, ctx),
                            "refused",
                            reason=reason,
                        )
                    )
                    continue
        if current is None:
            if restricted:
                # A record new here comes from its sender alone: versions of anyone else in
                # it (dropped above) can only be forged.
                reason = translate(
                    "Import",
                    "Bản ghi mới “{label}” từ {office} mang phiên bản của đơn vị khác; bản ghi "
                    "không được nhập.",
                ).format(label=_label(spec, in_values), office=_sender_name(ctx))
                label = _label(spec, in_values)
                ctx.report.note(RecordChange(spec.name, record_id, label, "refused", reason=reason))
                continue
            values, meta = in_values, incoming
            invalid = _breaks_rules(ctx, spec, values, meta, None)
            if invalid:
                label = _label(spec, values)
                ctx.report.note(
                    RecordChange(spec.name, record_id, label, "refused", reason=invalid)
                )
                continue
            missing = _missing_parent(ctx, spec, values)
            if missing:
                ctx.report.note(
                    RecordChange(
                        spec.name, record_id, _label(spec, values, ctx), "refused", reason=missing
                    )
                )
                continue
            text = meta_text if not restricted else versions.encode(meta, spec.fields)
            _note_own_writes(ctx, meta, me)
            inserts.append(
                _insert_values(
                    ctx, spec, record_id, values, meta, text, date_cache, origin=not restricted
                )
            )
            new_ids.append(record_id)
            known.add(record_id)
            _remember(ctx, spec, record_id, values)
            if len(ctx.report.records) < DETAIL_LIMIT:
                ctx.report.note(
                    RecordChange(spec.name, record_id, _label(spec, values, ctx), "new")
                )
            else:
                ctx.report.counts["new"] += 1
                ctx.report.more_records += 1
            continue
        assert local_meta is not None
        values, meta = versions.merge(mine, local_meta, in_values, incoming, spec.fields, hub)
        text = versions.encode(meta, spec.fields)
        if text == current["sync_meta"]:
            ctx.report.counts["unchanged"] += 1
            continue
        if ctx.restrict and _erases(local_meta, meta, spec, ctx.source):
            reason = translate(
                "Import",
                "Dữ liệu phiên bản của bản ghi “{label}” từ {office} không hợp lệ (bỏ thay đổi của "
                "đơn vị khác mà không thay bằng thay đổi của mình); bản ghi không được nhập.",
            ).format(label=_label(spec, mine, ctx), office=(ctx.source_office or {}).get("name"))
            ctx.report.note(
                RecordChange(
                    spec.name, record_id, _label(spec, mine, ctx), "refused", reason=reason
                )
            )
            continue
        invalid = _breaks_rules(ctx, spec, values, meta, local_meta)
        if invalid:
            ctx.report.note(
                RecordChange(spec.name, record_id, _label(spec, mine), "refused", reason=invalid)
            )
            continue
        changed = [
            (name, mine.get(name), values.get(name))
            for name in spec.fields
            if mine.get(name) != values.get(name)
        ]
        before_conflict = versions.has_conflict(local_meta, mine)
        now_deleted = versions.effective_deleted(meta)
        clashes = [
            (name, values.get(name), other)
            for name, others in versions.differing_alt(values, meta).items()
            for other, dot in others
            if [other, dot] not in local_meta.alt.get(name, [])
        ]
        if versions.has_conflict(meta, values) and (not before_conflict or clashes):
            kind = "conflict"
        elif now_deleted and not current["deleted"]:
            kind = "deleted"
        else:
            kind = "changed"
        _note_own_writes(ctx, meta, me)
        same_as_incoming = text == versions.encode(incoming, spec.fields)
        new_row = _row(
            ctx, spec, record_id, values, meta, text, date_cache, origin=same_as_incoming
        )
        updates.append({f"b_{k}": v for k, v in new_row.items()})
        ctx.undo.append([spec.name, record_id, _jsonable(current)])
        _remember(ctx, spec, record_id, values)
        history.extend(_history_rows(ctx, spec, record_id, changed, meta))
        ctx.report.note(
            RecordChange(
                spec.name, record_id, _label(spec, values, ctx), kind, changed, conflicts=clashes
            )
        )
        known.add(record_id)
    if updates:
        # One statement run for every changed row (executemany), not one per row.
        t = spec.table
        names = [k.removeprefix("b_") for k in updates[0] if k != "b_id"]
        statement = (
            update(t)
            .where(t.c.id == bindparam("b_id"))
            .values({n: bindparam(f"b_{n}") for n in names})
        )
        ctx.conn.execute(statement, updates)
    if history:
        ctx.conn.execute(_history.insert(), history)
    if inserts:
        names = _insert_columns(spec)
        marks = ", ".join(["?" if ctx.conn.dialect.paramstyle == "qmark" else "%s"] * len(names))
        sql = f"INSERT INTO {spec.table.name} ({', '.join(names)}) VALUES ({marks})"
        for start in range(0, len(inserts), 5_000):
            ctx.conn.exec_driver_sql(sql, inserts[start : start + 5_000])


_author = table_of(WriteAuthor)


def _authors(ctx: _Context, given: Any) -> dict[str, str]:
    """Who made the package's writes, as far as its sender may say: at the province, an
    office speaks only for its own writes. Anything malformed is left out."""
    if not isinstance(given, dict):
        return {}
    out: dict[str, str] = {}
    for dot, staff in given.items():
        if not (versions._is_dot(dot) and isinstance(staff, str)):
            continue
        name = " ".join(staff.split())[:100]
        if not name or any(ord(c) < 32 for c in name):
            continue
        if ctx.restrict and versions.split_dot(dot)[0] != ctx.source:
            continue
        out[dot] = name
    return out


def _keep_authors(ctx: _Context) -> None:
    """Remember the authors of the writes this office now holds and did not know yet."""
    dots = sorted(ctx.staff)
    known: set[str] = set()
    for start in range(0, len(dots), 500):
        known.update(
            ctx.conn.execute(
                select(_author.c.dot).where(_author.c.dot.in_(dots[start : start + 500]))
            ).scalars()
        )
    rows = [{"dot": d, "staff": ctx.staff[d], "seq": ctx.seq} for d in dots if d not in known]
    if rows:
        ctx.conn.execute(_author.insert(), rows)


def _sender_name(ctx: _Context) -> str:
    return str((ctx.source_office or {}).get("name") or ctx.source)


def _breaks_rules(ctx: _Context, spec: TableSpec, values: dict[str, Any], meta: versions.Meta,
                  local: versions.Meta | None) -> str | None:  # fmt: skip
    """Why the record, as it would be stored, breaks the form's rules in a value its sender
    has just written (None when it does not). Only an office's package at the province is
    checked: what the province itself sends was checked when its staff wrote it."""
    if not ctx.restrict or spec.name not in ("cooperative", "indicator", "progress_report"):
        return None
    if values.get("deleted") is True and local is not None:
        return None
    if ctx.rules is None:
        ctx.rules = RecordRules(ctx.conn, ctx.identity)
    problems = ctx.rules.problems(spec.name, values)
    if not problems:
        return None
    fresh = {
        name
        for name in spec.fields
        if any(
            versions.split_dot(d)[0] == ctx.source and not (local and local.covers(d))
            for d in _dots_of(meta, name)
        )
    }
    mine = {name: message for name, message in problems.items() if local is None or name in fresh}
    if not mine:
        return None
    labels = registry_labels()
    described = "; ".join(
        f"{labels.get(name, name)}: {message.rstrip('.')}" for name, message in mine.items()
    )
    return translate(
        "Import",
        "Bản ghi “{label}” từ {office} không đúng quy định: {problems}. Bản ghi không "
        "được nhập; hãy báo đơn vị gửi sửa lại.",
    ).format(label=_label(spec, values), office=_sender_name(ctx), problems=described)


def _note_own_writes(ctx: _Context, meta: versions.Meta, me: str) -> None:
    """Our own writes that an accepted state brings back (from the province, after this
    office lost them by going back to an older copy): our clock must pass them so that no
    version number is used twice. Only states accepted, after the sender's claims were
    checked, count; and never an office's package at the province, where whatever it says
    of the province's writes was capped to what the province holds."""
    if ctx.restrict:
        return
    ctx.own_max = max(ctx.own_max, meta.context.get(me, 0))


def _insert_columns(spec: TableSpec) -> list[str]:
    bookkeeping = [
        "updated_by",
        "updated_at",
        "sync_meta",
        "has_conflict",
        "sync_seq",
        "sync_origin",
    ]
    return ["id", *spec.fields, *bookkeeping, *spec.derived]


def _insert_values(ctx: _Context, spec: TableSpec, record_id: str, values: dict[str, Any], meta: versions.Meta,
                   text: str, date_cache: dict[str, date], *, origin: bool) -> tuple[Any, ...]:  # fmt: skip
    """One new row for a bulk insert by the driver, in `_insert_columns` order.

    SQLite takes dates as the ISO text they travel as; other servers get date objects.
    """
    sqlite = ctx.conn.dialect.name == "sqlite"
    out: list[Any] = [record_id]
    for name in spec.fields:
        value = values.get(name)
        if value is not None and not sqlite and name in spec.date_fields:
            parsed = date_cache.get(value)
            if parsed is None:
                parsed = date_cache[value] = date.fromisoformat(value)
            value = parsed
        out.append(value)
    if meta.delete_seen or meta.alt:
        deleted_at = 1 + spec.fields.index("deleted")
        out[deleted_at] = (
            versions.effective_deleted(meta) if meta.delete_seen else bool(values.get("deleted"))
        )
        conflict = versions.has_conflict(meta, values)
    else:
        out[1 + spec.fields.index("deleted")] = bool(values.get("deleted"))
        conflict = False
    stamp = ctx.stamps.get(text)
    if stamp is None:
        latest = max(meta.times.items(), key=lambda item: item[1], default=None)
        when = datetime.fromtimestamp(latest[1], UTC).replace(tzinfo=None) if latest else ctx.now
        stamp = (versions.split_dot(latest[0])[0] if latest else ctx.source,
                 when.isoformat(sep=" ", timespec="microseconds") if sqlite else when)  # fmt: skip
        if len(ctx.stamps) < 50_000:
            ctx.stamps[text] = stamp
    out += [stamp[0], stamp[1], text, conflict, ctx.seq, ctx.source if origin else None]
    if spec.derive:
        derived = spec.derive(values)
        out += [derived[name] for name in spec.derived]
    return tuple(out)


def _row(ctx: _Context, spec: TableSpec, record_id: str, values: dict[str, Any], meta: versions.Meta,
         text: str, date_cache: dict[str, date], *, origin: bool) -> dict[str, Any]:  # fmt: skip
    row: dict[str, Any] = {"id": record_id}
    for name in spec.fields:
        value = values.get(name)
        if name in spec.date_fields and isinstance(value, str):
            parsed = date_cache.get(value)
            if parsed is None:
                parsed = date_cache[value] = date.fromisoformat(value)
            value = parsed
        row[name] = value
    conflict = versions.has_conflict(meta, values)
    row["deleted"] = (
        versions.effective_deleted(meta) if meta.delete_seen else bool(values.get("deleted"))
    )
    latest = max(meta.times.items(), key=lambda item: item[1], default=None)
    row["updated_by"] = versions.split_dot(latest[0])[0] if latest else ctx.source
    row["updated_at"] = (
        datetime.fromtimestamp(latest[1], UTC).replace(tzinfo=None) if latest else ctx.now
    )
    row["sync_meta"] = text
    row["has_conflict"] = conflict
    row["sync_seq"] = ctx.seq
    row["sync_origin"] = ctx.source if origin else None
    if spec.derive:
        row.update(spec.derive(row))
    return row


def _dots_of(meta: versions.Meta, name: str) -> set[str]:
    dot = meta.dots.get(name)
    return ({dot} if dot else set()) | {d for _value, d in meta.alt.get(name, [])}


def _erases(local: versions.Meta, merged: versions.Meta, spec: TableSpec, sender: str) -> bool:
    """Whether merging a sender's state drops a version held here without a new write of the
    sender to that field in its place: an honest office only overwrites by writing, so the
    state's claim to have seen (and replaced) that version is forged or corrupt."""
    for name in spec.fields:
        after = _dots_of(merged, name)
        if _dots_of(local, name) - after and not any(
            versions.split_dot(d)[0] == sender and not local.covers(d) for d in after
        ):
            return True
    return False


def _label(spec: TableSpec, values: dict[str, Any], ctx: _Context | None = None) -> str:
    if spec.name == "indicator" and ctx is not None and len(ctx.report.records) < DETAIL_LIMIT:
        # A yearly-figure row is read as "its cooperative, that year" (looked up only for the
        # records listed in the report).
        coop_id = values.get("cooperative_id")
        if coop_id not in ctx.coop_labels:
            coop = SPECS["cooperative"].table
            row = ctx.conn.execute(
                select(coop.c.name, coop.c.registration_code).where(coop.c.id == coop_id)
            ).first()
            ctx.coop_labels[coop_id] = (
                f"{row.name} ({row.registration_code})" if row and row.registration_code
                else (row.name if row else "")
            )  # fmt: skip
        if ctx.coop_labels[coop_id]:
            return translate("Merge", "{coop} – năm {year}").format(
                coop=ctx.coop_labels[coop_id], year=values.get("year")
            )
    label = values.get(spec.label_field)
    if spec.name == "approval":
        return translate("Merge", "Duyệt số liệu {period} – {office}").format(
            period=values.get("period"), office=values.get("office_code")
        )
    if spec.name == "cooperative" and values.get("registration_code"):
        return f"{values.get('name')} ({values['registration_code']})"
    return str(label) if label is not None else ""


def _remember(ctx: _Context, spec: TableSpec, record_id: str, values: dict[str, Any]) -> None:
    if spec.name == "cooperative":
        ctx.accepted[record_id] = {
            "area_scheme": values.get("area_scheme"),
            "area_code": values.get("area_code"),
            "sector": values.get("sector"),
            "former_area_scheme": values.get("former_area_scheme"),
            "former_area_code": values.get("former_area_code"),
        }
    elif spec.name == "assignment":
        ctx.accepted[record_id] = {"office_code": values.get("office_code")}


def _parent(ctx: _Context, spec_name: str, parent_id: str | None) -> dict[str, Any] | None:
    if not parent_id:
        return None
    if parent_id in ctx.accepted:
        return ctx.accepted[parent_id]
    table = SPECS[spec_name].table
    row = ctx.conn.execute(select(table).where(table.c.id == parent_id)).first()
    return dict(row._mapping) if row else None


def _missing_parent(ctx: _Context, spec: TableSpec, values: dict[str, Any]) -> str | None:
    link = PARENTS.get(spec.name)
    if link and values.get(link[0]) not in _existing(ctx, link[1], {values.get(link[0])}):
        return translate(
            "Import", "Bản ghi thiếu bản ghi gốc ({table}) nên không nhập được."
        ).format(table=link[1])
    return None


def _written_by_sender(ctx: _Context, spec: TableSpec, incoming: versions.Meta,
                       local: versions.Meta | None) -> set[str]:  # fmt: skip
    """The fields the sender newly wrote in an incoming state."""
    return {
        name
        for name in spec.fields
        if any(
            versions.split_dot(d)[0] == ctx.source and not (local and local.covers(d))
            for d in _dots_of(incoming, name)
        )
    }


def _jurisdiction(
    ctx: _Context, spec: TableSpec, current: dict[str, Any] | None, values: dict[str, Any],
    record_id: str = "", written: set[str] | frozenset[str] = frozenset(),
) -> str | None:  # fmt: skip
    """Why the sending office may not make this change (None when it may)."""
    office = ctx.source_office or {}
    if spec.name == "approval":
        return approvals.package_refusal(
            {**office, "code": ctx.source}, record_id, current, values, written
        )
    name = office.get("name") or ctx.source
    scheme, area = office.get("area_scheme") or "", office.get("area_code")
    former = (office.get("former_area_scheme") or "", office.get("former_area_code"))

    def inside(record: dict[str, Any] | None) -> bool:
        if record is None:
            return True
        if not access.may_change(office.get("role"), office.get("registry_access"),
                                 record.get("sector")):  # fmt: skip
            return False
        for own_scheme, own_area in ((scheme, area), former):
            if not own_scheme:
                continue
            if record.get("area_scheme") == own_scheme and areas.contains(
                own_scheme, own_area, record.get("area_code")
            ):
                return True
            # An old district office (or one since mapped to a commune, for the packages it
            # made before) keeps the records of its old area once they moved to new codes.
            if record.get("former_area_scheme") == own_scheme and areas.contains(
                own_scheme, own_area, record.get("former_area_code")
            ):
                return True
        return False

    def placed(record: dict[str, Any]) -> bool:
        """Its province and district codes are those of its area (they decide who sees it)."""
        own = record.get("area_scheme") or scheme
        codes = {u.level: u.code for u in areas.lineage(own, record.get("area_code"))}
        return (record.get("province_code"), record.get("district_code")) == (
            codes.get("province"), codes.get("district"),
        )  # fmt: skip

    if spec.name == "cooperative":
        if inside(current) and inside(values) and placed(values):
            return None
        return translate(
            "Import",
            "{office} không được thêm hoặc sửa hợp tác xã ngoài địa bàn của mình: “{label}”.",
        ).format(office=name, label=_label(spec, values, ctx))
    if spec.name == "indicator":
        coop = _parent(ctx, "cooperative", values.get("cooperative_id"))
        if (
            coop is not None
            and inside(coop)
            and (current is None or current["cooperative_id"] == values.get("cooperative_id"))
        ):
            return None
        return translate(
            "Import", "{office} không được sửa số liệu của hợp tác xã ngoài địa bàn của mình."
        ).format(office=name)
    if spec.name == "progress_report":
        assignment = _parent(ctx, "assignment", values.get("assignment_id"))
        own = values.get("office_code") == ctx.source and (
            current is None or current["office_code"] == ctx.source
        )
        if own and assignment is not None and assignment.get("office_code") == ctx.source:
            return None
        return translate(
            "Import", "{office} chỉ được báo cáo tiến độ các nhiệm vụ giao cho chính mình."
        ).format(office=name)
    labels = {"office": translate("Import", "danh sách đơn vị"), "sector": translate("Import", "danh mục lĩnh vực"), "directive": translate("Import", "văn bản chỉ đạo"),
              "task": translate("Import", "nhiệm vụ"), "assignment": translate("Import", "phân công nhiệm vụ")}  # fmt: skip
    return translate("Import", "{office} không được sửa {what}; chỉ cấp tỉnh sửa được.").format(
        office=name, what=labels[spec.name]
    )


def _history_rows(ctx: _Context, spec: TableSpec, record_id: str, changed: list[tuple[str, Any, Any]],
                  meta: versions.Meta) -> list[dict[str, Any]]:  # fmt: skip
    rows = []
    for name, old, new in changed:
        dot = meta.dots.get(name)
        office = versions.split_dot(dot)[0] if dot else ctx.source
        rows.append(
            {
                "table_name": spec.name,
                "record_id": record_id,
                "field": name,
                "old_value": _text(old),
                "new_value": _text(new),
                "office": office,
                "at": ctx.now,
                "source": "import",
                "package_id": ctx.package_id,
                "staff": ctx.staff.get(dot) if dot else None,
            }
        )
    return rows


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in row.items():
        if isinstance(value, datetime | date):
            value = value.isoformat()
        out[key] = value
    return out


def _write_log(ctx: _Context, manifest: pkg.Manifest, path: Path) -> None:
    # Rows the import created are listed by id; rows it changed keep their former content.
    touched = [[table, record_id, None] for table, ids in ctx.new_ids.items() for record_id in ids]
    touched += ctx.undo
    undo = zlib.compress(
        json.dumps(touched, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    refused = [r.to_json() for r in ctx.report.records if r.kind == "refused"]
    created = None
    try:
        created = datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")).replace(
            tzinfo=None
        )
    except ValueError:
        created = None
    ctx.conn.execute(
        _log.insert().values(
            direction="import", package_id=manifest.package_id, file_name=path.name,
            source_office=manifest.source_office, destination_office=manifest.destination_office,
            sequence=manifest.sequence, full=manifest.full, created_at=created, processed_at=ctx.now,
            status=APPLIED, counts=json.dumps(ctx.report.counts), change_seq=ctx.seq,
            report=json.dumps({"refused": refused}, ensure_ascii=False), undo_data=undo,
        )
    )  # fmt: skip


# --- undo ---------------------------------------------------------------------------------------


def undo_last_import(workspace: Workspace) -> dict[str, Any]:
    """Put back every row the last applied import touched, if nothing changed them since."""
    with workspace.transaction() as conn:
        lock_writes(conn)  # what is checked below cannot change before it is put back
        entry = conn.execute(
            select(_log)
            .where(_log.c.direction == "import", _log.c.status == APPLIED)
            .order_by(_log.c.id.desc())
            .limit(1)
        ).first()
        if entry is None:
            raise KnownError(translate("Import", "Chưa có lần nhập gói nào để hoàn tác."))
        exported_since = conn.execute(
            select(_log.c.file_name)
            .where(_log.c.direction == "export", _log.c.id > entry.id)
            .limit(1)
        ).first()
        if exported_since is not None:
            # Other offices may already hold what this import brought: taking it back here
            # would leave them ahead of this office with no package to bring it back.
            raise KnownError(
                translate(
                    "Import",
                    "Không hoàn tác được lần nhập gói “{file}”: đơn vị đã xuất gói “{exported}” sau "
                    "lần nhập đó, nên các đơn vị khác có thể đã nhận dữ liệu của nó.",
                ).format(file=entry.file_name, exported=exported_since.file_name)
            )
        touched = (
            json.loads(zlib.decompress(entry.undo_data).decode("utf-8")) if entry.undo_data else []
        )
        by_table: dict[str, list[list[Any]]] = {}
        for table, record_id, before in touched:
            by_table.setdefault(table, []).append([record_id, before])
        for table, items in by_table.items():
            spec = SPECS[table]
            ids = [i for i, _ in items]
            for start in range(0, len(ids), 500):
                later = conn.execute(
                    select(spec.table.c.id)
                    .where(
                        spec.table.c.id.in_(ids[start : start + 500]),
                        spec.table.c.sync_seq != entry.change_seq,
                    )
                    .limit(1)
                ).first()
                if later is not None:
                    raise KnownError(
                        translate(
                            "Import",
                            "Không hoàn tác được lần nhập gói “{file}”: dữ liệu do gói đó mang đến đã "
                            "được sửa tiếp sau khi nhập.",
                        ).format(file=entry.file_name)
                    )
        for spec in reversed(list(SPECS.values())):
            created = [
                record_id for record_id, before in by_table.get(spec.name, []) if before is None
            ]
            for start in range(0, len(created), 500):
                conn.execute(
                    delete(spec.table).where(spec.table.c.id.in_(created[start : start + 500]))
                )
            for record_id, before in by_table.get(spec.name, []):
                if before is not None:
                    conn.execute(
                        update(spec.table)
                        .where(spec.table.c.id == record_id)
                        .values(**_restore(spec, before))
                    )
        conn.execute(delete(_history).where(_history.c.package_id == entry.package_id))
        conn.execute(
            update(_log).where(_log.c.id == entry.id).values(status="undone", undo_data=None)
        )
        return {"file": entry.file_name, "source_office": entry.source_office, "sequence": entry.sequence,
                "records": len(touched)}  # fmt: skip


def _restore(spec: TableSpec, before: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for column in spec.table.columns:
        value = before.get(column.name)
        if value is not None and column.name in spec.date_fields:
            value = date.fromisoformat(value)
        elif value is not None and column.name == "updated_at":
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Boolean):
            value = bool(value)
        out[column.name] = value
    return out
