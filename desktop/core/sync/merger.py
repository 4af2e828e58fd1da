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

import dataclasses
import functools
import itertools
import json
import logging
import operator
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Connection, Date, DateTime, bindparam, delete, select, update
from sqlalchemy.exc import DataError, IntegrityError

from desktop.core import approvals, areas, settings, versions, write_lock
from desktop.core.errors import Cancelled, KnownError
from desktop.core.gc_pause import collection_paused
from desktop.core.i18n import translate
from desktop.core.jurisdiction import office_may_hold, placed_in_own_area, reports_on_own_assignment
from desktop.core.models import history as _history
from desktop.core.models import package_log as _log
from desktop.core.models import write_author as _author
from desktop.core.records import (
    BOOKKEEPING,
    PARENTS,
    SPECS,
    TableSpec,
    bookkeeping,
    bulk_update,
    history_text,
    lock_writes,
    next_counter,
    raise_counter,
    utcnow,
)
from desktop.core.registry import field_labels as registry_labels
from desktop.core.sync import bulk_load, json_columns, pg_copy
from desktop.core.sync import package as pkg
from desktop.core.sync.decision import (
    CHANGED,
    FOREIGN_VERSIONS,
    NEW,
    UNCHANGED,
    Decision,
    Many,
    Plans,
    Rules,
    Stored,
    decide,
    decide_many,
    fresh_fields,
)
from desktop.core.sync.journal import gap_warnings
from desktop.core.sync.record_rules import RecordRules
from desktop.core.workspace import Workspace, adopt_own_office

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
_office = SPECS["office"].table
DETAIL_LIMIT = 2_000  # records described one by one in a report; the counts cover all
_ASK_EVERY = 2_000  # records merged between two questions whether the user cancelled
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
class _ImportRun:
    """One import in progress: where it writes, who sent it, and what it has done so far."""

    conn: Connection
    identity: settings.Identity
    source: str
    source_office: dict[str, Any] | None
    restrict: bool  # a hub reading an office's package: the sender speaks for itself only
    seq: int
    package_id: str
    now: datetime
    report: ImportReport
    full: bool = False  # the package holds everything its sender holds for this office
    # What undo puts back: (table, columns written) -> [id, those columns' values before].
    undo: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = field(default_factory=dict)
    new_ids: dict[str, list[str]] = field(default_factory=dict)  # rows the import created
    known: dict[str, set[str]] = field(default_factory=dict)  # ids known to exist, per table
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)  # coop id -> area info
    coop_labels: dict[Any, str] = field(default_factory=dict)  # coop id -> name (code)
    own_max: int = 0
    rules: RecordRules | None = None
    staff: dict[str, str] = field(default_factory=dict)  # dot -> staff member, from the package
    # Of the rows changed, in `_HISTORY_COLUMNS` order (the last: the write's dot, for now).
    history: list[tuple[Any, ...]] = field(default_factory=list)
    planned: _Planned | None = None  # decided before the lock: reused where still true
    parents: dict[tuple[str, str], dict[str, Any] | None] = field(default_factory=dict)
    planning: _Planned | None = None  # this run decides before the lock, writing nothing


@dataclass
class _Planned:
    """What an import decided before taking the write lock (PostgreSQL, READ COMMITTED): the
    package's tables as decoded, who made its writes, and each record's decision with the
    stored row it was made on. Under the lock every record is merged again from the rows
    read there, as without a plan; a record's decision (a pure function of its stored and
    sent rows) is taken from the plan only if its stored row is still the very one decided
    on (or still absent), so a record written meanwhile is decided again on what it holds
    now, and nothing else read before the lock is trusted."""

    tables: list[tuple[TableSpec, dict[str, Any]]]
    staff: dict[str, str]
    decisions: dict[tuple[str, str], _Decided] = field(default_factory=dict)
    # table -> sent version text -> its checked state (the bookkeeping made again: `_sent_state`).
    sent: dict[str, dict[str, _SentState]] = field(default_factory=dict)
    rules: RecordRules | None = None  # the form's rules as read before the lock
    same_rules: bool | None = None  # whether they still stand under the lock (once found)
    day: date = field(default_factory=date.today)  # (a figure's year is checked against it)


_UNKNOWN: Any = object()


@dataclass(slots=True)
class _Decided:
    """A record's decision, with the stored row (None: none) and the sent row it was made on,
    and the checks made of it: "sender" -> (the other record read, the sender's right to it:
    `_jurisdiction`), "rules" -> the form's rules it breaks (`_breaks_rules`)."""

    stored_row: tuple[Any, ...] | None
    sent_row: tuple[Any, ...]
    stored: Stored | None
    decision: Decision
    checks: dict[str, Any] = field(default_factory=dict)


def _sender_context(run: _ImportRun, spec: TableSpec, values: dict[str, Any]) -> Any:
    """What the sender's right to a record (`_jurisdiction`) reads besides the record and the
    sender: the cooperative of a figure row, the assignment of a progress report."""
    if spec.name == "indicator":
        return _parent(run, "cooperative", values.get("cooperative_id"))
    if spec.name == "progress_report":
        return _parent(run, "assignment", values.get("assignment_id"))
    return None


def _same_rules(run: _ImportRun, spec: TableSpec) -> bool:
    """Whether a record's check against the form's rules made before the lock still holds:
    a figure row's rules read the row only; a cooperative's, the sectors and the date too
    (the same under the lock?); a progress report's, its assignment (checked again)."""
    planned = run.planned
    if planned is None or spec.name == "progress_report" or planned.day != date.today():
        return False
    if spec.name != "cooperative":
        return True
    if planned.same_rules is None:
        planned.same_rules = planned.rules is None or planned.rules.still_hold(run.conn)
    return planned.same_rules


# A package with more records is merged under the lock only: its decoded tables and
# decisions are not held twice.
_PLAN_LIMIT = 20_000


def _plan_before_lock(conn: Connection, identity: settings.Identity, manifest: pkg.Manifest,
                      source_office: dict[str, Any] | None, whole_state: bool,
                      report: ImportReport, payload: pkg.PayloadReader, notify: Progress,
                      stop: Callable[[], bool]) -> _Planned | None:  # fmt: skip
    """Merge the package's records without writing, before the write lock (`_Planned`);
    None where that is not done: on SQLite the transaction holds the database's lock from
    its start, and a big package is merged under the lock only."""
    if conn.dialect.name != "postgresql" or sum(manifest.counts.values()) > _PLAN_LIMIT:
        return None
    with write_lock.reading_before_lock(conn) as deferred:
        if not deferred:
            return None
        planned = _Planned(tables=[], staff={})
        run = _ImportRun(
            conn=conn, identity=identity, source=manifest.source_office, source_office=source_office,
            restrict=identity.is_hub and manifest.source_office != identity.office_code
            and not whole_state,
            seq=0, package_id=manifest.package_id, now=utcnow(),
            # (A report of its own: the one returned is made under the lock.)
            report=ImportReport(status=report.status, file=report.file), full=manifest.full,
            planning=planned,
        )  # fmt: skip
        total, done = sum(manifest.counts.values()), 0
        for spec, body in _in_table_order(payload, set(manifest.counts)):
            notify(done, total, translate("Import", "Đang đối chiếu {n} bản ghi…").format(n=total))
            planned.tables.append((spec, body))
            _merge_table(run, spec, body, stop)
            done += body["count"]
        planned.staff = _authors(run, payload.rest.get("staff"))
        planned.rules = run.rules
    return planned


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
        package = pkg.read_package(path, stream=True)
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
        held = _held_tables(conn, manifest.counts)
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
        payload = pkg.read_payload(
            package, sender_public_key=key, box_private_key=keys.get("box"), release=True
        )
        payload.derive_ids = False  # `_merge_table` derives the ids it needs (`_with_ids`)
        # A big table held here may bring back mostly what is held: its columns are kept as
        # text, its keys and versions decoded only if they are not the ones held, its other
        # columns only if some record's version differs (`_merge_table`).
        payload.decode_first = dict.fromkeys(held, frozenset())
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
    # What needs no lock is loaded before taking it (staff saving meanwhile wait for the
    # lock): the administrative units the jurisdiction checks and search keys read.
    for scheme in areas.SCHEMES:
        areas.provinces(scheme)
    try:
        # (The merge makes objects a few per record and none in a cycle: the cycle collector
        # would walk them all again every few hundred.)
        with collection_paused(), workspace.transaction(checkpoint_later=not dry_run) as conn:
            # PostgreSQL, a package of a size to hold: its records are decided before the
            # lock (staff saving meanwhile do not wait for that), and only reused under it
            # for a record whose stored row is still the one decided on (`_Planned`).
            planned = _plan_before_lock(conn, identity, manifest, source_office, whole_state,
                                        report, payload, notify, stop)  # fmt: skip
            # The office's write lock (concurrent imports and edits wait for it), so every
            # local state read below is the latest; then this import's change number.
            lock_writes(conn)
            bulk_load.raise_cache(conn)  # until the connection is given back, committed
            seq = next_counter(conn, "seq")
            if _already_imported(conn, manifest.package_id):
                report = _describe(ImportReport(status=ALREADY, file=path.name), manifest)
                report.warnings.append(
                    translate("Import", "Gói này đã được nhập trước đây; không có gì thay đổi.")
                )
                raise _Rollback
            run = _ImportRun(
                conn=conn, identity=identity, source=manifest.source_office, source_office=source_office,
                restrict=identity.is_hub and manifest.source_office != identity.office_code
                and not whole_state,
                seq=seq, package_id=manifest.package_id, now=utcnow(), report=report,
                full=manifest.full, planned=planned,
            )  # fmt: skip
            total = sum(manifest.counts.values())
            done = 0
            tables = planned.tables if planned else _in_table_order(payload, set(manifest.counts))
            for spec, body in tables:
                if planned is None:  # (else told as the records were decided)
                    notify(
                        done,
                        total,
                        translate("Import", "Đang đối chiếu {n} bản ghi…").format(n=total),
                    )
                _merge_table(run, spec, body, stop)
                done += body["count"]
                del body  # free each table once merged
            # Who made the writes: the package says it after its tables.
            run.staff = planned.staff if planned else _authors(run, payload.rest.get("staff"))
            pg_copy.insert(conn, _history, _HISTORY_COLUMNS, _with_staff(run, run.history))
            if run.own_max:
                raise_counter(conn, "clock", run.own_max)
            _keep_authors(run)
            if dry_run:
                raise _Rollback
            _write_log(run, manifest, path)
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
    # The sender's packages not come yet: read once this one is committed, not while the
    # write lock that staff saving wait for is held (a warning only: nothing is written).
    with workspace.reading() as conn:
        report.warnings.extend(gap_warnings(conn, identity))
    log.info("imported %s from %s: %s", path, manifest.source_office, report.counts)
    return report


def _in_table_order(
    payload: pkg.PayloadReader, listed: set[str] | None = None
) -> Iterator[tuple[TableSpec, dict[str, Any]]]:
    """The package's tables in the order they are applied (parents first), each decoded when
    its turn comes; a package that lists them in another order has those read ahead held.

    `listed`: the tables the signed manifest counts (the exporter counts every table it
    writes). A table it does not list is not waited for, so that one absent table does not
    make every later one be read ahead and held at once; should the payload still hold one,
    it is applied after the listed ones, parents first."""
    ahead: dict[str, dict[str, Any]] = {}
    tables = payload.tables()
    for spec in SPECS.values():
        body = ahead.pop(spec.name, None)
        while body is None and (listed is None or spec.name in listed):
            name, read = next(tables, (None, None))
            if name is None or read is None:
                break
            if name == spec.name:
                body = read
            else:
                ahead[name] = read
            del read  # a merged table must not stay referenced while the next is decoded
        if body:
            yield spec, body
        body = None
    for name, read in tables:  # the end of the text is checked too
        ahead[name] = read
        del read
    for spec in SPECS.values():
        body = ahead.pop(spec.name, None)
        if body:
            yield spec, body
        body = None


# The history columns an import writes, in the order of its rows (`_history_rows`).
_HISTORY_COLUMNS = ("table_name", "record_id", "field", "old_value", "new_value", "office", "at",
                    "source", "package_id", "staff")  # fmt: skip


def _with_staff(run: _ImportRun, history: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """History rows with the staff member who made each write (known once the package is
    read whole): each row holds its write's dot in `staff` until then."""
    # (A row at a time through `map`: the staff's keys are dots, never empty, so an empty
    # dot or none reads None.)
    heads = map(operator.itemgetter(slice(None, -1)), history)
    named = zip(map(run.staff.get, map(operator.itemgetter(-1), history)))
    return map(operator.add, heads, named)


def _describe(report: ImportReport, manifest: pkg.Manifest) -> ImportReport:
    report.package_id = manifest.package_id
    report.source_office = manifest.source_office
    report.destination_office = manifest.destination_office
    report.sequence = manifest.sequence
    report.full = manifest.full
    return report


# The statements every import runs, built once: a statement built again for each import is
# compiled from SQLAlchemy's cache, but its cache key is worked out anew each time.
_OFFICE_BY_CODE = select(_office).where(
    _office.c.code == bindparam("code"), _office.c.deleted.is_(False)
)
_APPLIED_IMPORT = select(_log.c.id).where(
    _log.c.package_id == bindparam("package_id"),
    _log.c.direction == "import",
    _log.c.status == APPLIED,
)
_SAME_NUMBER = select(_log.c.file_name).where(
    _log.c.direction == "import",
    _log.c.source_office == bindparam("source"),
    _log.c.sequence == bindparam("sequence"),
    _log.c.package_id != bindparam("package_id"),
    _log.c.status == APPLIED,
)


def _office_row(conn: Connection, code: str) -> dict[str, Any] | None:
    row = conn.execute(_OFFICE_BY_CODE, {"code": code}).first()
    return dict(row._mapping) if row else None


def _already_imported(conn: Connection, package_id: str) -> bool:
    return conn.execute(_APPLIED_IMPORT, {"package_id": package_id}).first() is not None


def _held_tables(conn: Connection, counts: dict[str, int]) -> list[str]:
    """The tables of more than `_READ_WHOLE` rows in the package (`counts`) that hold a row
    here (a smaller one is decoded whole: little to gain)."""
    big = [name for name in SPECS if counts.get(name, 0) > _READ_WHOLE]
    if not big:
        return []
    held = conn.exec_driver_sql(
        "SELECT " + ", ".join(f"EXISTS (SELECT 1 FROM {SPECS[n].table.name})" for n in big)
    ).one()
    return [name for name, flag in zip(big, held, strict=True) if flag]


def _same_number(conn: Connection, manifest: pkg.Manifest) -> str | None:
    """The file of another package already imported with this one's sender and number."""
    row = conn.execute(
        _SAME_NUMBER,
        {"source": manifest.source_office, "sequence": manifest.sequence,
         "package_id": manifest.package_id},
    ).first()  # fmt: skip
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


def _sent_state(run: _ImportRun, text: str, spec: TableSpec,
                cache: dict[str, _SentState]) -> _SentState:  # fmt: skip
    """A version state as a package sends it, checked (a hostile one is a PackageError), and
    what storing it needs; worked out once per distinct text of a table (`cache`)."""
    cached = cache.get(text)
    if cached is not None:
        return cached
    try:
        state = versions.parse_checked(text, spec.fields)
        for name, standing in state.concurrent.items():
            # A concurrent value may win the merge and land in its column: same checks as
            # the row's own values.
            values = tuple(value for value, _dot in standing)
            if not pkg.column_values_ok(spec.name, name, values) or (
                name == versions.DELETED and not all(type(v) is bool for v in values)
            ):
                raise versions.MetaError(name)
    except versions.MetaError as exc:
        raise pkg.PackageError(
            translate(
                "Import", "Dữ liệu phiên bản trong gói bị hỏng ({table}); gói không được nhập."
            ).format(table=spec.name)
        ) from exc
    latest = _latest(run, state)
    cached = _SentState(
        state=state,
        # Whether the stored `deleted` and `has_conflict` need the state (else: as sent, no).
        special=bool(state.delete_seen or state.concurrent),
        latest=latest,
        plain=bookkeeping(
            by=latest[0], at=latest[1], state=text, conflict=False, seq=run.seq, origin=run.source
        ),
        own=state.context.get(run.identity.office_code, 0),
        canonical=versions.encode(state, spec.fields) == text,
    )
    if len(cache) < 50_000:
        cache[text] = cached
    return cached


@dataclass(frozen=True)
class _SentState:
    state: versions.VersionState
    special: bool
    latest: tuple[str, datetime]  # the office and time of the latest write
    plain: tuple[Any, ...]  # the bookkeeping of a row stored as sent, with no conflict
    own: int  # the highest of this office's own writes the state has seen
    canonical: bool  # the text is the state's canonical text (`versions.encode`)


class _StoredRows(Mapping[str, dict[str, Any]]):
    """id -> a stored row (column -> value) of the records read (`_load_local`), made a
    dict when asked for; `rows` holds them as tuples of the columns in `names` order."""

    def __init__(self, names: list[str], rows: dict[str, tuple[Any, ...]]) -> None:
        self.names, self.rows = names, rows
        self.at = {name: i for i, name in enumerate(names)}

    def __getitem__(self, record_id: str) -> dict[str, Any]:
        return dict(zip(self.names, self.rows[record_id], strict=True))

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> dict[str, Any]:
        """id -> that column's value."""
        return dict(
            zip(self.rows, map(operator.itemgetter(self.at[name]), self.rows.values()), strict=True)
        )


def _load_local(conn: Connection, spec: TableSpec, ids: list[str]) -> _StoredRows:
    """id -> the stored row (column -> value, as SQLAlchemy reads it) of these records, read
    through the driver's cursor with each column's own result conversion; except that on
    SQLite a date or a time is left as the ISO text it is stored as: a date's wire form is
    that text, and the only other reader of a row's time (the undo data) takes text."""
    columns = list(spec.table.columns)
    names = [c.name for c in columns]
    dialect = conn.dialect
    as_stored = (Date, DateTime) if dialect.name == "sqlite" else ()
    convert = [
        (i, processor)
        for i, c in enumerate(columns)
        if not isinstance(c.type, as_stored)
        and (processor := c.type._cached_result_processor(dialect, None)) is not None
    ]
    rows = list(_driver_rows(conn, f"SELECT {', '.join(names)} FROM {spec.table.name}", ids))
    if convert and rows:  # (a column at a time)
        columns_read = list(zip(*rows, strict=True))
        for i, processor in convert:
            columns_read[i] = tuple(map(processor, columns_read[i]))
        rows = list(zip(*columns_read, strict=True))
    record_ids = map(operator.itemgetter(names.index("id")), rows)
    return _StoredRows(names, dict(zip(record_ids, rows, strict=True)))


def _driver_rows(conn: Connection, select_sql: str, ids: list[str],
                 column: str = "id") -> Iterator[tuple[Any, ...]]:  # fmt: skip
    """The rows of `select_sql` whose id (or `column`) is one of `ids`, 500 ids a query,
    straight from the driver's cursor (SQLAlchemy's result rows cost more than the query
    for small rows). On PostgreSQL the ids go as one array: the statement's text stays
    short and the same, so the driver converts it once (a text of 500 placeholders was
    converted anew each time) and the server parses no list of 500 parameters."""
    if conn.dialect.name == "postgresql":
        sql, size = f"{select_sql} WHERE {column} = ANY(%s::text[])", 5_000
    else:
        mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        sql, size = "", 500
    cursor = conn.connection.cursor()
    try:
        for start in range(0, len(ids), size):
            chunk = ids[start : start + size]
            if sql:
                cursor.execute(sql, [chunk])
            else:
                marks = ", ".join([mark] * len(chunk))
                cursor.execute(f"{select_sql} WHERE {column} IN ({marks})", chunk)
            yield from cursor.fetchall()
    finally:
        cursor.close()


_SCAN = 20_000  # a table of a package with more rows: its stored versions are read in one scan
_PARENT_TABLES = frozenset(parent for _column, parent in PARENTS.values())


def _stored_json(run: _ImportRun, spec: TableSpec,
                 names: list[str]) -> tuple[list[str], int] | None:  # fmt: skip
    """The table's columns `names` as SQLite's JSON writes them (the arrays a package of
    this table's rows carries, written in the order the rows are stored), and its number of
    rows; None on a database without JSON functions."""
    if not json_columns.available(run.conn):
        return None
    arrays = ", ".join(f"json_group_array({name})" for name in names)
    cursor = run.conn.connection.cursor()
    try:
        cursor.execute(
            f"SELECT {arrays}, count(*) FROM "
            f"(SELECT {', '.join(names)} FROM {spec.table.name} ORDER BY rowid)"
        )
        row = cursor.fetchone()
    finally:
        cursor.close()
    assert row is not None  # (an aggregate: one row)
    return list(row[:-1]), row[-1]


def _local_texts(conn: Connection, spec: TableSpec, ids: list[str],
                 scanned: list[list[Any]] | None = None) -> dict[str, str]:  # fmt: skip
    """id -> stored version text of the rows that exist here (one scan for a big package, or
    one that names a good part of the table: a scan reads a row four times quicker than a
    query by id). `scanned`: the table's ids and versions, read already."""
    t = spec.table
    stored: dict[str, str]
    if scanned is not None:
        stored = dict(zip(scanned[0], scanned[1], strict=True))
    elif len(ids) > _SCAN or (
        len(ids) >= 500
        and 4 * len(ids) > conn.exec_driver_sql(f"SELECT count(*) FROM {t.name}").scalar_one()
    ):
        # Straight from the driver's cursor: 150,000 rows through SQLAlchemy's result cost
        # more than the scan itself.
        cursor = conn.connection.cursor()
        try:
            cursor.execute(f"SELECT id, sync_meta FROM {t.name}")
            stored = dict(cursor.fetchall())
        finally:
            cursor.close()
    else:
        return dict(_driver_rows(conn, f"SELECT id, sync_meta FROM {t.name}", ids))
    if len(stored) > 2 * len(ids):  # (a small office's package at the province)
        wanted = set(ids)
        return {i: m for i, m in stored.items() if i in wanted}
    return stored


def _existing(run: _ImportRun, table: str, ids: set[str | None]) -> set[str]:
    """Which of `ids` exist in `table` here or were accepted from this package (the set
    returned grows as the import accepts more)."""
    known = run.known.setdefault(table, set())
    unknown = [i for i in ids if i and i not in known]
    t = SPECS[table].table
    for start in range(0, len(unknown), 500):
        known.update(
            r[0]
            for r in run.conn.execute(
                select(t.c.id).where(t.c.id.in_(unknown[start : start + 500]))
            )
        )
    return known


def _stored(
    spec: TableSpec, row: dict[str, Any], states: dict[str, versions.VersionState]
) -> Stored:
    """A row as stored here, as the decision reads it (wire values; `deleted` as written).
    `states`: the states decoded so far, by text (the decision never changes one)."""
    text = row["sync_meta"]
    state = states.get(text)
    if state is None:
        state = versions.decode(text, spec.fields)
        if len(states) < 50_000:
            states[text] = state
    values = dict(zip(spec.fields, map(row.get, spec.fields), strict=True))  # `spec.to_wire`
    for name in _dated_fields(spec.name):
        value = values[name]
        if isinstance(value, date):
            values[name] = value.isoformat()
    if versions.DELETED in state.dots:
        values["deleted"] = state.dots[versions.DELETED] in state.delete_seen
    return Stored(values, state, row["sync_meta"], bool(row["deleted"]))


@functools.cache
def _dated_fields(table: str) -> tuple[str, ...]:
    """The fields of a table whose stored values may be dates or times (their wire form is
    ISO text), as `TableSpec.to_wire` finds them."""
    spec = SPECS[table]
    out = []
    for name in spec.fields:
        try:
            kind = spec.table.c[name].type.python_type
        except NotImplementedError:
            kind = date
        if issubclass(kind, date):
            out.append(name)
    return tuple(out)


_READ_WHOLE = 5_000  # a table of a package with at most this many rows: `_merge_table`
_CONFLICT_AT = BOOKKEEPING.index("has_conflict")
_BOOKKEEPING_KEPT_FLAG = tuple(name for name in BOOKKEEPING if name != "has_conflict")


class _TableWrites:
    """What merging one table writes: new rows (inserted in chunks as they come, so a big
    package is never held twice) and changed rows (at the end)."""

    CHUNK = 5_000

    def __init__(self, run: _ImportRun, spec: TableSpec) -> None:
        self.run, self.spec = run, spec
        self.inserts: list[tuple[Any, ...]] = []
        # Rows of `inserts` still without their derived columns (their places, and their
        # fields): worked out a chunk at a time at `flush` (`TableSpec.derive_many`, the search
        # keys a field at a time), not a record at a time.
        self.underived: list[int] = []
        self.underived_fields: list[dict[str, Any]] = []
        # columns written -> rows (their values in that order, then the id)
        self.updates: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}

    def bookkeeping(self, latest: tuple[str, datetime], text: str, conflict: bool,
                    origin: bool) -> tuple[Any, ...]:  # fmt: skip
        return bookkeeping(by=latest[0], at=latest[1], state=text, conflict=conflict,
                           seq=self.run.seq, origin=self.run.source if origin else None)  # fmt: skip

    def update(self, record_id: str, values: dict[str, Any], deleted: bool,
               bookkeeping: tuple[Any, ...], changed: list[tuple[str, Any, Any]],
               current: dict[str, Any]) -> list[str]:  # fmt: skip
        """A changed row: only the fields whose value changes are written (wire values), with
        its bookkeeping, its `deleted` and `has_conflict` flags when they change (both are
        indexed: rewriting an unchanged flag rewrites its index), and the derived columns
        when a field they are worked out from changes. Returns the columns written."""
        spec = self.spec
        names = [name for name, _old, _new in changed if name != "deleted"]
        row = [values.get(name) for name in names]
        if bool(current["deleted"]) != deleted:
            row.append(deleted)
            names.append("deleted")
        if bool(current["has_conflict"]) != bookkeeping[_CONFLICT_AT]:
            row += bookkeeping
            names += BOOKKEEPING
        else:
            row += (*bookkeeping[:_CONFLICT_AT], *bookkeeping[_CONFLICT_AT + 1 :])
            names += _BOOKKEEPING_KEPT_FLAG
        if spec.derive is not None and not spec.derived_from.isdisjoint(names):
            derived = spec.derive(spec.from_wire(values))
            row += (derived[name] for name in spec.derived)
            names += spec.derived
        row.append(record_id)
        self.updates.setdefault(tuple(names), []).append(tuple(row))
        return names

    def insert(self, row: tuple[Any, ...]) -> None:
        self.inserts.append(row)
        if len(self.inserts) >= self.CHUNK:
            self.flush()

    def flush(self) -> None:
        derive_many = self.spec.derive_many
        if self.underived and derive_many is not None and self.run.planning is None:
            inserts = self.inserts
            derived = derive_many(self.underived_fields)
            for at, values in zip(self.underived, derived, strict=True):
                inserts[at] = (*inserts[at], *values)
        self.underived.clear()
        self.underived_fields.clear()
        if self.run.planning is None:  # (a merge before the lock writes nothing)
            pg_copy.insert(self.run.conn, self.spec.table, self.spec.columns, self.inserts)
        self.inserts.clear()  # the same list: the merge loop appends to it directly

    def finish(self) -> None:
        if self.inserts:
            self.flush()
        if self.run.planning is not None:
            self.updates.clear()
        for names, rows in self.updates.items():
            # One statement run for every row changing the same columns (executemany).
            bulk_update(self.run.conn, self.spec.table, names, rows)
        self.updates.clear()


def _state_flags(sent: _SentState | None, state: versions.VersionState,
                 values: dict[str, Any]) -> tuple[bool, bool]:  # fmt: skip
    """(deleted, has_conflict) as stored for a record in this state with these values."""
    if (sent is not None and not sent.special) or not (state.delete_seen or state.concurrent):
        return bool(values.get("deleted")), False
    deleted = (
        versions.effective_deleted(state) if state.delete_seen else bool(values.get("deleted"))
    )
    return deleted, versions.has_conflict(state, values)


def _merge_table(
    run: _ImportRun, spec: TableSpec, body: dict[str, Any], stop: Callable[[], bool]
) -> None:
    columns: list[str] = body["columns"]
    data: list[list[Any]] = body["data"]
    same: list[bool] | None = None  # per row: its state is the one held here
    local_texts: dict[str, str] = {}
    held = False  # whether the table holds any row of the package here
    keys = ["id", "sync_meta"] if "id" in columns else ["cooperative_id", "year", "sync_meta"]
    scanned = None
    sent_keys: list[Any] = [data[columns.index(name)] for name in keys]
    if any(isinstance(column, pkg.Deferred) for column in sent_keys):
        # A big table held here: the rows' keys and versions compared, as the texts they
        # are in the package, with the same columns of the rows held as SQLite's JSON
        # writes them (as the sender's did), before decoding anything.
        scanned = _stored_json(run, spec, keys)
        if scanned is not None and all(
            isinstance(column, pkg.Deferred) and column.text == text
            for column, text in zip(sent_keys, scanned[0], strict=True)
        ):
            run.report.counts["unchanged"] += scanned[1]  # every row held as sent
            return
        del sent_keys
        pkg.decode_deferred(spec.name, columns, data, keys)
    if body.get("derive_ids"):  # figure rows whose ids the package leaves out
        read = [json.loads(text) for text in scanned[0]] if scanned else None
        columns, data, local_texts, same = _with_ids(run, spec, columns, data, read)
        held = same is not None
    position = {c: i for i, c in enumerate(columns)}
    id_at, text_at = position["id"], position["sync_meta"]
    ids = data[id_at]
    local: Mapping[str, dict[str, Any]] = {}
    if not held and len(ids) <= _READ_WHOLE and not run.full:
        # A small incremental package mostly changes what it names: its stored rows are
        # read whole at once, not their versions first and then the rows again (a full
        # package mostly brings back what is held: its versions are compared first).
        local = _load_local(run.conn, spec, ids)
        local_texts = local.column("sync_meta")
        held = bool(local_texts)
    elif not held:
        read = [json.loads(text) for text in scanned[0]] if scanned else None
        local_texts = _local_texts(run.conn, spec, ids, read)
        held = bool(local_texts)
    known = run.known.setdefault(spec.name, set())
    report = run.report
    if held:
        # A record whose state is the one held here is unchanged, whatever else it says:
        # found by comparing the texts, column against column, without decoding anything.
        if same is None:
            same = list(map(operator.eq, map(local_texts.get, ids), data[text_at]))
        if spec.name in _PARENT_TABLES:  # (`known` is read for parents only: `_existing`)
            known.update(itertools.compress(ids, same))
        todo = list(itertools.compress(range(len(ids)), map(operator.not_, same)))
        del same
        report.counts["unchanged"] += len(ids) - len(todo)
        if todo:  # (a table all unchanged: its other columns are never decoded)
            pkg.decode_deferred(spec.name, columns, data)
        rows: Iterable[tuple[Any, ...]] = ()
        if todo and len(todo) == len(ids):
            rows = zip(*data, strict=True)
        elif todo:
            rows = zip(*([column[i] for i in todo] for column in data), strict=True)
        if not local:
            local = _load_local(run.conn, spec, [ids[i] for i in todo if ids[i] in local_texts])
    else:
        pkg.decode_deferred(spec.name, columns, data)
        rows = zip(*data, strict=True)
    link = PARENTS.get(spec.name)
    parent_at = position.get(link[0]) if link else None
    parents = (  # (of the rows merged: those whose state differs from the one held)
        _existing(
            run, link[1], set(data[parent_at] if not held else [data[parent_at][i] for i in todo])
        )
        if link and parent_at is not None
        else set()
    )
    if spec.name == "indicator" and parent_at is not None:
        _coop_labels(run, data[parent_at] if not held else [data[parent_at][i] for i in todo])
    rules = Rules(spec.fields, run.identity.hub_code, run.source, run.restrict)
    plans: Plans = {}  # what the states of records decided so far made (`decide`)
    writes = _TableWrites(run, spec)
    new_ids = run.new_ids.setdefault(spec.name, [])
    # A sent row as a stored row's first part (id, fields in order): a column the package
    # leaves out reads the None added at the end of the row, `deleted` the flag after it.
    width = len(columns)
    sent_values = _sent_reader(spec, position, width)
    picks = [id_at] + [
        width + 1 if name == "deleted" else position.get(name, width) for name in spec.fields
    ]
    pick = operator.itemgetter(*picks)
    deleted_at = position.get("deleted", width)
    sent_states = _planned_states(run, spec)
    local_states: dict[str, versions.VersionState] = {}
    planned = run.planned.decisions if run.planned is not None else {}
    planning = run.planning.decisions if run.planning is not None else None
    stored_rows = local.rows if isinstance(local, _StoredRows) else {}
    latest_of: dict[str, tuple[str, datetime]] = {}  # merged state's text -> its latest write
    inserts = writes.inserts
    derive = spec.derive
    derive_many = spec.derive_many  # (then the derived columns are added at `writes.flush`)
    underived, underived_fields = writes.underived, writes.underived_fields
    # Every record is new to a table that may be empty: fill it, then build its indexes.
    filling = (
        None
        if held or run.restrict or run.planning is not None
        else bulk_load.start(run.conn, spec.name, len(ids))
    )
    if held and isinstance(local, _StoredRows) and local and not run.restrict:
        # Records that share their stored and sent states (a write of many records sends one
        # state for all) are merged a group at a time; the loop below takes the others.
        left = _merge_many(run, spec, data, position, todo, local, local_texts, sent_states,
                           local_states, plans, rules, writes, latest_of, stop)  # fmt: skip
        if len(left) < len(todo):
            todo = left
            rows = zip(*([column[i] for i in todo] for column in data), strict=True)
    # Every record new, from a sender whose versions are taken as they are: stored as sent,
    # a column at a time (unless one lacks its parent: the loop lists those).
    if (
        not held
        and not run.restrict
        and run.planning is None
        and _insert_new(run, spec, columns, data, sent_states, parents, stop)
    ):
        bulk_load.finish(filling)
        return
    for number, row in enumerate(rows):
        if number % _ASK_EVERY == 0 and stop():
            raise Cancelled(translate("Import", "Đã hủy nhập gói; không có gì thay đổi."))
        record_id = row[id_at]
        sent_text = row[text_at]
        local_text = local_texts.get(record_id)
        sent = sent_states.get(sent_text) or _sent_state(run, sent_text, spec, sent_states)
        if local_text is None and not run.restrict:
            # New here, from a sender whose versions are taken as they are: `decide` would
            # store the sent record as it is; only its parent must exist.
            if link and (parent_at is None or row[parent_at] not in parents):
                values = sent_values(row)
                report.note(RecordChange(spec.name, record_id, _label(spec, values, run),
                                         "refused", reason=_missing_parent(spec)))  # fmt: skip
                continue
            if sent.special:
                values = sent_values(row)
                deleted, conflict = _state_flags(None, sent.state, values)
                bk = writes.bookkeeping(sent.latest, sent_text, conflict, True)
            else:
                deleted, bk = bool(row[deleted_at] if deleted_at < width else False), sent.plain
            stored = pick((*row, None, deleted))
            if derive_many is not None:
                underived.append(len(inserts))
                underived_fields.append(dict(zip(spec.fields, stored[1:], strict=True)))
                inserts.append(stored + bk)
            elif derive is not None:
                derived = derive(dict(zip(spec.fields, stored[1:], strict=True)))
                inserts.append((*stored, *bk, *(derived[name] for name in spec.derived)))
            else:
                inserts.append(stored + bk)
            if len(inserts) >= writes.CHUNK:
                writes.flush()
            if sent.own > run.own_max and not run.restrict:
                _note_own_writes(run, sent.state)
            new_ids.append(record_id)
            known.add(record_id)
            if len(report.records) < DETAIL_LIMIT:
                label = _label(spec, sent_values(row), run)
                report.note(RecordChange(spec.name, record_id, label, NEW))
            else:
                report.counts["new"] += 1
                report.more_records += 1
            continue
        current = local.get(record_id)
        stored_row = stored_rows.get(record_id)
        # Decided before the lock on the row still stored (a stored row differs from every
        # earlier one: every write changes its version state or change number): the same.
        decided = planned.get((spec.name, record_id))
        if decided is None or decided.stored_row != stored_row or decided.sent_row != row:
            stored_here = _stored(spec, current, local_states) if current is not None else None
            decision = decide(
                stored_here, sent_values(row), sent.state, sent_text, rules, sent.canonical, plans
            )
            decided = _Decided(stored_row, row, stored_here, decision)
            if planning is not None:
                planning[(spec.name, record_id)] = decided
        else:
            stored_here, decision = decided.stored, decided.decision
        if decision.check_sender and run.restrict:
            # (What it reads besides the record: the record it belongs to.)
            parent = _sender_context(run, spec, decision.sent_values)
            reason = decided.checks.get("sender", _UNKNOWN)
            if reason is _UNKNOWN or reason[0] != parent:
                reason = (parent, _jurisdiction(run, spec, current, decision.sent_values,
                                                record_id, decision.written))  # fmt: skip
                decided.checks["sender"] = reason
            reason = reason[1]
            if reason:
                label = _label(spec, decision.sent_values, run)
                report.note(RecordChange(spec.name, record_id, label, REFUSED, reason=reason))
                continue
        if decision.kind == UNCHANGED:
            report.counts["unchanged"] += 1
            continue
        if decision.kind == REFUSED:
            report.note(_refused_by_versions(run, spec, record_id, decision, stored_here))
            continue
        assert decision.state is not None and decision.text is not None
        values, state = decision.values, decision.state
        invalid = decided.checks.get("rules", _UNKNOWN)
        if invalid is _UNKNOWN or not _same_rules(run, spec):
            invalid = _breaks_rules(
                run, spec, values, state, stored_here.state if stored_here else None
            )
            decided.checks["rules"] = invalid
        if invalid:
            label = _label(spec, stored_here.values if stored_here else values)
            report.note(RecordChange(spec.name, record_id, label, REFUSED, reason=invalid))
            continue
        if stored_here is None and link and values.get(link[0]) not in parents:
            label = _label(spec, values, run)
            report.note(RecordChange(spec.name, record_id, label, REFUSED,
                                     reason=_missing_parent(spec)))  # fmt: skip
            continue
        deleted, conflict = _state_flags(None, state, values)
        latest = latest_of.get(decision.text)
        if latest is None:  # (a state met again was noted already: the same text, the same state)
            _note_own_writes(run, state)
            latest = latest_of[decision.text] = _latest(run, state)
        bk = writes.bookkeeping(latest, decision.text, conflict, decision.origin)
        if stored_here is None:
            writes.insert(spec.stored_row(record_id, {**values, "deleted": deleted}, bk))
            new_ids.append(record_id)
        else:
            assert current is not None
            written = writes.update(record_id, values, deleted, bk, decision.changed, current)
            # What undo puts back: the columns this import writes, as they were.
            # (Dates and times as ISO text when the log is written: `_write_log`.)
            run.undo.setdefault((spec.name, tuple(written)), []).append(
                (record_id, *map(current.__getitem__, written))
            )
            run.history.extend(_history_rows(run, spec, record_id, decision.changed, state))
        if run.restrict:  # what a later table's jurisdiction reads (`_parent`)
            _remember(run, spec, record_id, values)
        known.add(record_id)
        report.note(
            RecordChange(
                spec.name,
                record_id,
                _label(spec, values, run),
                decision.kind,
                decision.changed,
                conflicts=decision.conflicts,
            )
        )
    writes.finish()
    bulk_load.finish(filling)


def _insert_new(run: _ImportRun, spec: TableSpec, columns: list[str], data: list[list[Any]],
                sent_states: dict[str, _SentState], parents: set[str],
                stop: Callable[[], bool]) -> bool:  # fmt: skip
    """What the loop of `_merge_table` does for a table none of whose records is held here,
    from a sender whose versions are taken as they are (every record stored as sent), a chunk
    of rows at a time and a column at a time: each distinct version state checked once, the
    stored rows zipped from the package's columns and their states' bookkeeping (no value
    read in Python per row but for a state with deletions or conflicts), the derived columns
    worked out a chunk at a time (of `_ASK_EVERY` rows: the user is asked as often as by the
    loop). On SQLite the rows go to the driver as they are made (`_sent_as_stored`). False,
    having done nothing, when a record lacks its parent (the loop refuses it, listing the
    records in the package's order)."""
    position = {name: i for i, name in enumerate(columns)}
    link = PARENTS.get(spec.name)
    if link and (
        link[0] not in position or not all(map(parents.__contains__, data[position[link[0]]]))
    ):
        return False
    ids, texts = data[position["id"]], data[position["sync_meta"]]
    conn, report = run.conn, run.report
    dialect = conn.dialect
    direct = dialect.name == "sqlite" and _sent_as_stored(spec)
    time_at = BOOKKEEPING.index("updated_at")
    to_text = spec.table.c.updated_at.type.dialect_impl(dialect).bind_processor(dialect)

    def for_driver(bk: tuple[Any, ...]) -> tuple[Any, ...]:
        """A bookkeeping tuple as the driver takes it (SQLite: the time as text, the flag as
        an integer, as SQLAlchemy binds them)."""
        if not direct:
            return bk
        out = list(bk)
        if out[time_at] is not None and to_text is not None:
            out[time_at] = to_text(out[time_at])
        out[_CONFLICT_AT] = int(out[_CONFLICT_AT])
        return tuple(out)

    sql = (
        f"INSERT INTO {spec.table.name} ({', '.join(spec.columns)}) "
        f"VALUES ({', '.join(['?'] * len(spec.columns))})"
    )
    sent_values = _sent_reader(spec, position, len(columns))
    flag = int if direct else bool
    deleted_column = data[position["deleted"]] if "deleted" in position else None
    sources = [data[position[name]] if name in position else None for name in spec.fields]
    deleted_at = spec.fields.index("deleted")
    derive, derive_many = spec.derive, spec.derive_many
    derive_names = sorted(spec.derived_from or spec.fields)
    derive_at = [spec.fields.index(name) for name in derive_names]
    plain: dict[str, tuple[Any, ...] | None] = {}  # state text -> bookkeeping (None: special)
    for start in range(0, len(ids), _ASK_EVERY):
        if stop():
            raise Cancelled(translate("Import", "Đã hủy nhập gói; không có gì thay đổi."))
        end = start + _ASK_EVERY
        chunk_texts = texts[start:end]
        count = len(chunk_texts)
        if len(plain) > 50_000:
            plain.clear()
        special = False
        for text in dict.fromkeys(chunk_texts):
            if text not in plain:
                sent = sent_states.get(text) or _sent_state(run, text, spec, sent_states)
                if sent.own > run.own_max:
                    _note_own_writes(run, sent.state)
                plain[text] = None if sent.special else for_driver(sent.plain)
            special = special or plain[text] is None
        bks = list(map(plain.__getitem__, chunk_texts))
        flags = (
            list(map(flag, map(bool, deleted_column[start:end])))
            if deleted_column is not None
            else [flag(False)] * count
        )
        if special:  # (a state with deletions or conflicts: the flags it makes, row by row)
            for k in [k for k, bk in enumerate(bks) if bk is None]:
                text = chunk_texts[k]
                sent = sent_states.get(text) or _sent_state(run, text, spec, sent_states)
                values = sent_values(tuple(column[start + k] for column in data))
                deleted, conflict = _state_flags(None, sent.state, values)
                bks[k] = for_driver(
                    bookkeeping(by=sent.latest[0], at=sent.latest[1], state=text,
                                conflict=conflict, seq=run.seq, origin=run.source)
                )  # fmt: skip
                flags[k] = flag(deleted)
        fields: list[list[Any]] = [
            flags if at == deleted_at else [None] * count if source is None else source[start:end]
            for at, source in enumerate(sources)
        ]
        rows = list(map(operator.add, zip(ids[start:end], *fields, strict=True), bks))
        del bks
        if derive is not None:
            # (Each record's fields that `derive` reads, of those it is given: tested.)
            named = [
                dict(zip(derive_names, values, strict=True))
                for values in zip(*(fields[at] for at in derive_at), strict=True)
            ]
            derived = (
                derive_many(named)
                if derive_many is not None
                else [tuple(derive(row)[name] for name in spec.derived) for row in named]
            )
            rows = list(map(operator.add, rows, derived))
            del named, derived
        del fields
        if direct:
            conn.exec_driver_sql(sql, rows)
        else:
            pg_copy.insert(conn, spec.table, spec.columns, rows)
        del rows
    run.new_ids.setdefault(spec.name, []).extend(ids)
    if spec.name in _PARENT_TABLES:  # (`known` is read for parents only: `_existing`)
        run.known.setdefault(spec.name, set()).update(ids)
    room = min(len(ids), max(0, DETAIL_LIMIT - len(report.records)))
    for k in range(room):
        values = sent_values(tuple(column[k] for column in data))
        report.note(RecordChange(spec.name, ids[k], _label(spec, values, run), NEW))
    report.counts["new"] += len(ids) - room
    report.more_records += len(ids) - room
    return True


def _sent_as_stored(spec: TableSpec) -> bool:
    """Whether on SQLite a new record's row can go to the driver made from its sent values as
    they are: every column bound as it is, but a flag (bound as the integer SQLAlchemy would
    make of it, as sqlite3 binds a bool), a date (sent as the ISO text SQLite stores) and the
    bookkeeping's time (converted once per state)."""
    return all(
        isinstance(c.type, Boolean | Date)
        or (not isinstance(c.type, DateTime) and c.type.python_type in (str, int))
        or c.name == "updated_at"
        for c in spec.table.columns
    )


def _planned_states(run: _ImportRun, spec: TableSpec) -> dict[str, _SentState]:
    """The sent states of a table checked before the lock (`_Planned`), their bookkeeping
    made again for this run (its change number); for a run that plans, the cache it fills."""
    if run.planning is not None:
        return run.planning.sent.setdefault(spec.name, {})
    if run.planned is None:
        return {}
    out = {}
    for text, sent in run.planned.sent.get(spec.name, {}).items():
        # (A state with no time of its own is this run's: its source and time.)
        latest = sent.latest if sent.state.times else _latest(run, sent.state)
        plain = bookkeeping(by=latest[0], at=latest[1], state=text, conflict=False,
                            seq=run.seq, origin=run.source)  # fmt: skip
        out[text] = dataclasses.replace(sent, latest=latest, plain=plain)
    return out


def _merge_many(run: _ImportRun, spec: TableSpec, data: list[list[Any]], position: dict[str, int],
                todo: list[int], local: _StoredRows, local_texts: dict[str, str],
                sent_states: dict[str, _SentState], local_states: dict[str, versions.VersionState],
                plans: Plans, rules: Rules, writes: _TableWrites,
                latest_of: dict[str, tuple[str, datetime]], stop: Callable[[], bool]) -> list[int]:  # fmt: skip
    """What the loop of `_merge_table` does for each record, for the records of `todo` (the
    package's rows, by position) stored here whose stored and sent states are the same two
    and make the quick merge (`decision.decide_many`): a group of them at a time, a field at
    a time. Not for a sender that speaks for itself only (its records are checked one by
    one). Returns the positions left to the loop, in their order."""
    if stop():
        raise Cancelled(translate("Import", "Đã hủy nhập gói; không có gì thay đổi."))
    ids, sent_texts = data[position["id"]], data[position["sync_meta"]]
    groups: dict[tuple[str | None, str], list[int]] = {}
    for i in todo:
        groups.setdefault((local_texts.get(ids[i]), sent_texts[i]), []).append(i)
    fields, dated = spec.fields, _dated_fields(spec.name)
    column: dict[str, Callable[[tuple[Any, ...]], Any]] = {
        name: operator.itemgetter(at) for name, at in local.at.items()
    }  # a column's getter of a stored row
    label_keys = [name for name in fields if name in _LABEL_FIELDS or name == spec.label_field]
    report = run.report
    rest: list[int] = []
    for (local_text, sent_text), group in groups.items():
        if local_text is None or len(group) < 2:
            rest += group
            continue
        sent = sent_states.get(sent_text) or _sent_state(run, sent_text, spec, sent_states)
        state = local_states.get(local_text)
        if state is None:
            state = local_states[local_text] = versions.decode(local_text, fields)
        if sent.special:
            rest += group
            continue
        # The values as `_stored` and `_sent_reader` give them, a field at a time.
        currents = [local.rows[ids[i]] for i in group]
        by_column = list(zip(*currents, strict=True))  # the stored rows a column at a time
        stored_values = {name: list(by_column[local.at[name]]) for name in fields}
        del by_column
        for name in dated:
            stored_values[name] = [v.isoformat() if isinstance(v, date) else v
                                   for v in stored_values[name]]  # fmt: skip
        if versions.DELETED in state.dots:
            held = state.dots[versions.DELETED] in state.delete_seen
            stored_values[versions.DELETED] = [held] * len(group)
        blank = [None] * len(group)
        whole = len(group) == len(ids)  # (then in the package's order)
        sent_values = {
            name: blank if name not in position
            else data[position[name]] if whole else [data[position[name]][i] for i in group]
            for name in fields
        }  # fmt: skip
        sent_values["deleted"] = [v is not None and v for v in sent_values["deleted"]]
        many = decide_many(state, local_text, stored_values, sent.state, sent_text, sent_values,
                           rules, sent.canonical, plans)  # fmt: skip
        if many is None:
            rest += group
            continue
        if len(many.taken) < len(group):
            decided = set(many.taken)
            rest += (i for k, i in enumerate(group) if k not in decided)
        if many.kind == UNCHANGED:
            report.counts["unchanged"] += len(many.taken)
            continue
        # (Merged states hold no deletion and no concurrent version: no conflict; stored
        # here, so no parent to check; the form's rules are checked for a restricted sender.)
        taken = many.taken
        _write_many(run, spec, many, [ids[group[k]] for k in taken], [currents[k] for k in taken],
                    column, writes, latest_of, label_keys)  # fmt: skip
    return sorted(rest)


def _write_many(run: _ImportRun, spec: TableSpec, many: Many, record_ids: list[str],
                currents: list[tuple[Any, ...]], column: dict[str, Callable[[tuple[Any, ...]], Any]],
                writes: _TableWrites,
                latest_of: dict[str, tuple[str, datetime]], label_keys: list[str]) -> None:  # fmt: skip
    """What the loop of `_merge_table` writes and reports for records that `decide_many`
    found changed (`record_ids` and their stored rows, in `many.taken` order; `column`: a
    column's getter of such a row): the records that change the same fields are written
    together, a column at a time."""
    latest = latest_of.get(many.text)
    if latest is None:
        _note_own_writes(run, many.state)
        latest = latest_of[many.text] = _latest(run, many.state)
    bk = writes.bookkeeping(latest, many.text, False, many.origin)
    kept_flag = (*bk[:_CONFLICT_AT], *bk[_CONFLICT_AT + 1 :])
    table, values, before, report = spec.name, many.values, many.before, run.report
    touched = list(before)
    deleted = list(map(bool, values["deleted"]))
    # Per record: which touched fields change, whether `deleted` and `has_conflict` as
    # stored change (`_TableWrites.update`); the records alike are written together.
    alike: dict[tuple[bool, ...], list[int]] = {}
    for k, key in enumerate(zip(*(map(operator.ne, before[name], values[name]) for name in touched),
                                map(operator.ne, map(bool, map(column["deleted"], currents)), deleted),
                                map(bool, map(column["has_conflict"], currents)), strict=True)):  # fmt: skip
        alike.setdefault(key, []).append(k)
    dots = many.state.dots
    repeat = itertools.repeat
    for key, members in alike.items():
        whole = len(members) == len(record_ids)

        def some(column: list[Any], members: list[int] = members, whole: bool = whole) -> list[Any]:
            return column if whole else [column[k] for k in members]

        ids = some(record_ids)
        changed = list(itertools.compress(touched, key))
        names = [name for name in changed if name != "deleted"]
        columns: list[Iterable[Any]] = [some(values[name]) for name in names]
        if key[-2]:
            names.append("deleted")
            columns.append(some(deleted))
        names += BOOKKEEPING if key[-1] else _BOOKKEEPING_KEPT_FLAG
        columns += map(repeat, bk if key[-1] else kept_flag)
        if spec.derive is not None and not spec.derived_from.isdisjoint(names):
            derived = [
                spec.derive(spec.from_wire({name: values[name][k] for name in spec.fields}))
                for k in members
            ]
            names += spec.derived
            columns += ([row[name] for row in derived] for name in spec.derived)
        written = tuple(names)
        writes.updates.setdefault(written, []).extend(zip(*columns, ids, strict=False))
        # What undo puts back: the columns this import writes, as they were.
        stored = some(currents)
        run.undo.setdefault((table, written), []).extend(
            zip(ids, *(map(column[name], stored) for name in written), strict=True)
        )
        for name in changed:  # (`_history_rows`)
            dot = dots.get(name)
            run.history.extend(
                zip(repeat(table), ids, repeat(name), map(history_text, some(before[name])),
                    map(history_text, some(values[name])),
                    repeat(dot.rpartition(".")[0] if dot else run.source), repeat(run.now),
                    repeat("import"), repeat(run.package_id), repeat(dot), strict=False)
            )  # fmt: skip
        # As `ImportReport.note` notes each.
        room = min(len(ids), max(0, DETAIL_LIMIT - len(report.records)))
        report.counts["changed"] += len(ids)
        report.more_records += len(ids) - room
        if not room:
            continue
        fields = [
            zip(repeat(name), some(before[name]), some(values[name]), strict=False)
            for name in changed
        ]
        if table == "cooperative":  # `_label` of a cooperative, without a dict per record
            labels = [
                f"{name} ({code})" if code else ("" if name is None else str(name))
                for name, code in itertools.islice(
                    zip(some(values["name"]), some(values["registration_code"]), strict=True), room
                )
            ]
        else:
            labels = [
                _label(spec, dict(zip(label_keys, row, strict=True)), run)
                for row in itertools.islice(zip(*(some(values[name]) for name in label_keys), strict=True), room)
            ] if label_keys else [_label(spec, {}, run)] * room  # fmt: skip
        report.records.extend(
            map(RecordChange, repeat(table), ids[:room], labels, repeat(CHANGED),
                map(list, zip(*fields, strict=True)) if fields else ([] for _ in range(room)))
        )  # fmt: skip
    run.known.setdefault(table, set()).update(record_ids)


_LABEL_FIELDS = frozenset(("name", "registration_code", "cooperative_id", "year", "period",
                           "office_code"))  # what `_label` reads of a record  # fmt: skip


def _with_ids(run: _ImportRun, spec: TableSpec, columns: list[str], data: list[list[Any]],
              scanned: list[list[Any]] | None = None) -> tuple[list[str], list[list[Any]], dict[str, str], list[bool] | None]:  # fmt: skip
    """A table of figure rows whose ids the package leaves out (they are derived from the
    row's cooperative and year), with its id column; and, for a big table, the stored
    versions by id (those `_merge_table` still needs) and which rows' states are the ones
    held here (None: not worked out; the caller compares by id). Refused (PackageError) if
    a (cooperative, year) is given twice, which would be the same id twice.

    A big table's stored rows' keys and versions are read in one scan and matched by
    (cooperative, year), unique in every office, so that ids (a SHA-1 each) are derived, and
    stored versions looked up by id, only for the rows whose state differs: a stored row of
    the same cooperative and year in the same version state is unchanged, whatever id it is
    stored under (its id is left None: nothing reads it). Every other row is merged by its
    derived id, as when the package carries it. A package in the order the rows are stored
    (a full package from the office whose full package filled this table) is matched column
    against column, without a lookup per row."""
    from desktop.core.registry import indicator_ids

    coops, years = data[columns.index("cooperative_id")], data[columns.index("year")]
    texts = data[columns.index("sync_meta")]
    stored: list[tuple[Any, ...]] = []
    if scanned is not None:  # (the table's keys and versions, read already)
        stored = list(zip(*scanned, strict=True))
    elif len(texts) > _SCAN:
        cursor = run.conn.connection.cursor()
        try:
            cursor.execute(f"SELECT cooperative_id, year, sync_meta FROM {spec.table.name}")
            stored = list(cursor.fetchall())
        finally:
            cursor.close()
    if not stored:
        derived = indicator_ids(coops, years)
        if len(set(derived)) != len(derived):
            raise pkg.malformed(f"{spec.name}: id")
        if len(texts) <= _SCAN:
            _held_by_key(run, spec, derived, coops, years, texts)
        return ["id", *columns], [derived, *data], {}, None
    stored_coops, stored_years, stored_texts = map(list, zip(*stored, strict=True))
    del stored
    ids: list[Any] = [None] * len(texts)
    if stored_texts == texts and stored_coops == coops and stored_years == years:
        # Every row held here as sent, in the same order; and distinct, as the stored ones
        # are (a unique constraint).
        return ["id", *columns], [ids, *data], {}, [True] * len(texts)
    sent_keys = list(zip(coops, years, strict=True))
    if len(set(sent_keys)) != len(sent_keys):
        raise pkg.malformed(f"{spec.name}: id")
    stored_keys = list(zip(stored_coops, stored_years, strict=True))
    same = list(
        map(
            operator.eq,
            map(dict(zip(stored_keys, stored_texts, strict=True)).get, sent_keys),
            texts,
        )
    )
    todo = list(itertools.compress(range(len(texts)), map(operator.not_, same)))
    local_texts: dict[str, str] = {}
    if todo:
        changed = indicator_ids([coops[i] for i in todo], [years[i] for i in todo])
        for i, record_id in zip(todo, changed, strict=True):
            ids[i] = record_id
        local_texts = _local_texts(run.conn, spec, changed)
    return ["id", *columns], [ids, *data], local_texts, same


def _held_by_key(run: _ImportRun, spec: TableSpec, ids: list[str], coops: list[str],
                 years: list[int], texts: list[str]) -> None:  # fmt: skip
    """As a big table's rows are matched (`_with_ids`): a row held here under another id
    than the derived one, for the same cooperative and year and in the same version state,
    takes the id it is held under (so it is unchanged, as in a big package). `ids` is
    changed in place. Read by cooperative, 500 at a time (a small package's few)."""
    wanted = {(c, y): i for i, (c, y) in enumerate(zip(coops, years, strict=True))}
    for coop, year, record_id, text in _driver_rows(
        run.conn,
        f"SELECT cooperative_id, year, id, sync_meta FROM {spec.table.name}",
        list(dict.fromkeys(coops)),
        column="cooperative_id",
    ):
        i = wanted.get((coop, year))
        if i is not None and record_id != ids[i] and text == texts[i]:
            ids[i] = record_id


def _latest(run: _ImportRun, state: versions.VersionState) -> tuple[str, datetime]:
    """Who made a state's latest write, and when (updated_by, updated_at: for people)."""
    latest = max(state.times.items(), key=lambda item: item[1], default=None)
    if latest is None:
        return run.source, run.now
    return versions.split_dot(latest[0])[0], datetime.fromtimestamp(latest[1], UTC).replace(
        tzinfo=None
    )


def _sent_reader(spec: TableSpec, position: dict[str, int],
                 width: int) -> Callable[[tuple[Any, ...]], dict[str, Any]]:  # fmt: skip
    """Reads a sent row (`width` columns, at `position`) as the record's field values: a field
    the package leaves out is None, and `deleted` False unless it says True or False."""
    fields = spec.fields
    # (One more index than there are fields, so that `pick` always gives a tuple.)
    pick = operator.itemgetter(*(position.get(name, width) for name in fields), width)

    def read(row: tuple[Any, ...]) -> dict[str, Any]:
        values = dict(zip(fields, pick((*row, None)), strict=False))
        if values.get("deleted") is None:
            values["deleted"] = False
        return values

    return read


def _refused_by_versions(run: _ImportRun, spec: TableSpec, record_id: str, decision: Decision,
                         stored: Stored | None) -> RecordChange:  # fmt: skip
    if decision.refusal == FOREIGN_VERSIONS:
        label = _label(spec, decision.sent_values)
        reason = translate(
            "Import",
            "Bản ghi mới “{label}” từ {office} mang phiên bản của đơn vị khác; bản ghi "
            "không được nhập.",
        ).format(label=label, office=_sender_name(run))
        return RecordChange(spec.name, record_id, label, REFUSED, reason=reason)
    assert stored is not None
    label = _label(spec, stored.values, run)
    reason = translate(
        "Import",
        "Dữ liệu phiên bản của bản ghi “{label}” từ {office} không hợp lệ (bỏ thay đổi của "
        "đơn vị khác mà không thay bằng thay đổi của mình); bản ghi không được nhập.",
    ).format(label=label, office=(run.source_office or {}).get("name"))
    return RecordChange(spec.name, record_id, label, REFUSED, reason=reason)


def _authors(run: _ImportRun, given: Any) -> dict[str, str]:
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
        if run.restrict and versions.split_dot(dot)[0] != run.source:
            continue
        out[dot] = name
    return out


def _keep_authors(run: _ImportRun) -> None:
    """Remember the authors of the writes this office now holds and did not know yet."""
    dots = sorted(run.staff)
    # (Straight from the driver's cursor, as the stored rows: the write lock is held.)
    known = {row[0] for row in _driver_rows(run.conn, "SELECT dot FROM write_author", dots, "dot")}
    rows = [{"dot": d, "staff": run.staff[d], "seq": run.seq} for d in dots if d not in known]
    pg_copy.insert_dicts(run.conn, _author, rows)  # (under the write lock: by COPY there)


def _sender_name(run: _ImportRun) -> str:
    return str((run.source_office or {}).get("name") or run.source)


def _breaks_rules(run: _ImportRun, spec: TableSpec, values: dict[str, Any], state: versions.VersionState,
                  local: versions.VersionState | None) -> str | None:  # fmt: skip
    """Why the record, as it would be stored, breaks the form's rules in a value its sender
    has just written (None when it does not). Only an office's package at the province is
    checked: what the province itself sends was checked when its staff wrote it."""
    if not run.restrict or spec.name not in ("cooperative", "indicator", "progress_report"):
        return None
    if values.get("deleted") is True and local is not None:
        return None
    if run.rules is None:
        run.rules = RecordRules(run.conn, run.identity)
    problems = run.rules.problems(spec.name, values)
    if not problems:
        return None
    fresh = fresh_fields(state, local, spec.fields, run.source)
    sender_made = {
        name: message for name, message in problems.items() if local is None or name in fresh
    }
    if not sender_made:
        return None
    labels = registry_labels()
    described = "; ".join(
        f"{labels.get(name, name)}: {message.rstrip('.')}" for name, message in sender_made.items()
    )
    return translate(
        "Import",
        "Bản ghi “{label}” từ {office} không đúng quy định: {problems}. Bản ghi không "
        "được nhập; hãy báo đơn vị gửi sửa lại.",
    ).format(label=_label(spec, values), office=_sender_name(run), problems=described)


def _note_own_writes(run: _ImportRun, state: versions.VersionState) -> None:
    """Our own writes that an accepted state brings back (from the province, after this
    office lost them by going back to an older copy): our clock must pass them so that no
    version number is used twice. Only states accepted, after the sender's claims were
    checked, count; and never an office's package at the province, where whatever it says
    of the province's writes was capped to what the province holds."""
    if run.restrict:
        return
    run.own_max = max(run.own_max, state.context.get(run.identity.office_code, 0))


def _label(spec: TableSpec, values: dict[str, Any], run: _ImportRun | None = None) -> str:
    if spec.name == "indicator" and run is not None and len(run.report.records) < DETAIL_LIMIT:
        # A yearly-figure row is read as "its cooperative, that year" (looked up only for the
        # records listed in the report).
        coop_id = values.get("cooperative_id")
        if coop_id not in run.coop_labels:
            coop = SPECS["cooperative"].table
            row = run.conn.execute(
                select(coop.c.name, coop.c.registration_code).where(coop.c.id == coop_id)
            ).first()
            run.coop_labels[coop_id] = (
                f"{row.name} ({row.registration_code})" if row and row.registration_code
                else (row.name if row else "")
            )  # fmt: skip
        if run.coop_labels[coop_id]:
            return translate("Merge", "{coop} – năm {year}").format(
                coop=run.coop_labels[coop_id], year=values.get("year")
            )
    label = values.get(spec.label_field)
    if spec.name == "approval":
        return translate("Merge", "Duyệt số liệu {period} – {office}").format(
            period=values.get("period"), office=values.get("office_code")
        )
    if spec.name == "cooperative" and values.get("registration_code"):
        return f"{values.get('name')} ({values['registration_code']})"
    return str(label) if label is not None else ""


def _coop_labels(run: _ImportRun, coop_ids: Iterable[str | None]) -> None:
    """The names `_label` gives the figures' cooperatives, read 500 cooperatives a query
    (not one query per cooperative), for as many as the report can still list."""
    room = DETAIL_LIMIT - len(run.report.records)
    wanted = list(dict.fromkeys(i for i in coop_ids if i and i not in run.coop_labels))[:room]
    if room <= 0 or not wanted:
        return
    labels = dict.fromkeys(wanted, "")
    t = SPECS["cooperative"].table
    for record_id, name, code in _driver_rows(
        run.conn, f"SELECT id, name, registration_code FROM {t.name}", wanted
    ):
        labels[record_id] = f"{name} ({code})" if code else name
    run.coop_labels.update(labels)


def _remember(run: _ImportRun, spec: TableSpec, record_id: str, values: dict[str, Any]) -> None:
    if spec.name == "cooperative":
        run.accepted[record_id] = {
            "area_scheme": values.get("area_scheme"),
            "area_code": values.get("area_code"),
            "sector": values.get("sector"),
            "former_area_scheme": values.get("former_area_scheme"),
            "former_area_code": values.get("former_area_code"),
        }
    elif spec.name == "assignment":
        run.accepted[record_id] = {"office_code": values.get("office_code")}


def _parent(run: _ImportRun, spec_name: str, parent_id: str | None) -> dict[str, Any] | None:
    if not parent_id:
        return None
    if parent_id in run.accepted:
        return run.accepted[parent_id]
    # (Read once a run: one this import writes is in `accepted`.)
    key = (spec_name, parent_id)
    if key not in run.parents:
        table = SPECS[spec_name].table
        row = run.conn.execute(select(table).where(table.c.id == parent_id)).first()
        run.parents[key] = dict(row._mapping) if row else None
    return run.parents[key]


def _missing_parent(spec: TableSpec) -> str:
    return translate("Import", "Bản ghi thiếu bản ghi gốc ({table}) nên không nhập được.").format(
        table=PARENTS[spec.name][1]
    )


def _jurisdiction(
    run: _ImportRun, spec: TableSpec, current: dict[str, Any] | None, values: dict[str, Any],
    record_id: str = "", written: set[str] | frozenset[str] = frozenset(),
) -> str | None:  # fmt: skip
    """Why the sending office may not make this change (None when it may)."""
    office = run.source_office or {}
    if spec.name == "approval":
        return approvals.package_refusal(
            {**office, "code": run.source}, record_id, current, values, written
        )
    name = office.get("name") or run.source
    if spec.name == "cooperative":
        if (
            office_may_hold(office, current)
            and office_may_hold(office, values)
            and placed_in_own_area(office, values)
        ):
            return None
        return translate(
            "Import",
            "{office} không được thêm hoặc sửa hợp tác xã ngoài địa bàn của mình: “{label}”.",
        ).format(office=name, label=_label(spec, values, run))
    if spec.name == "indicator":
        coop = _parent(run, "cooperative", values.get("cooperative_id"))
        if (
            coop is not None
            and office_may_hold(office, coop)
            and (current is None or current["cooperative_id"] == values.get("cooperative_id"))
        ):
            return None
        return translate(
            "Import", "{office} không được sửa số liệu của hợp tác xã ngoài địa bàn của mình."
        ).format(office=name)
    if spec.name == "progress_report":
        assignment = _parent(run, "assignment", values.get("assignment_id"))
        if reports_on_own_assignment(run.source, assignment, current, values):
            return None
        return translate(
            "Import", "{office} chỉ được báo cáo tiến độ các nhiệm vụ giao cho chính mình."
        ).format(office=name)
    labels = {"office": translate("Import", "danh sách đơn vị"), "sector": translate("Import", "danh mục lĩnh vực"), "directive": translate("Import", "văn bản chỉ đạo"),
              "task": translate("Import", "nhiệm vụ"), "assignment": translate("Import", "phân công nhiệm vụ")}  # fmt: skip
    return translate("Import", "{office} không được sửa {what}; chỉ cấp tỉnh sửa được.").format(
        office=name, what=labels[spec.name]
    )


def _history_rows(run: _ImportRun, spec: TableSpec, record_id: str, changed: list[tuple[str, Any, Any]],
                  meta: versions.VersionState) -> list[tuple[Any, ...]]:  # fmt: skip
    """A record's history rows, in `_HISTORY_COLUMNS` order; the last holds the write's dot
    (the staff member once the package is read: `_with_staff`)."""
    rows = []
    dots = meta.dots
    for name, old, new in changed:
        dot = dots.get(name)
        office = dot.rpartition(".")[0] if dot else run.source  # `versions.split_dot`
        rows.append((spec.name, record_id, name, history_text(old), history_text(new), office,
                     run.now, "import", run.package_id, dot))  # fmt: skip
    return rows


def _iso(value: Any) -> str:
    """A stored date or time in the undo data, as ISO text (the JSON encoder's `default`)."""
    if isinstance(value, date):  # (a datetime is a date)
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


_LOG_INSERT = _log.insert()


def _write_log(run: _ImportRun, manifest: pkg.Manifest, path: Path) -> None:
    # Rows the import created are listed by id, per table; rows it changed keep the columns
    # it wrote as they were: [table, columns, ids, each column's values] for each table and
    # set of columns (`_undo_columns`). (Older entries keep them under "changed" as [table,
    # id, {column: value}], or are one list of [table, id, row before or None].)
    touched = {
        "created": {t: ids for t, ids in run.new_ids.items() if ids},
        "columns": [
            [table, names, *_undo_columns(rows)] for (table, names), rows in run.undo.items()
        ],
    }
    undo = zlib.compress(
        json.dumps(touched, ensure_ascii=False, separators=(",", ":"), default=_iso).encode(
            "utf-8"
        ),
        1,
    )
    refused = [r.to_json() for r in run.report.records if r.kind == "refused"]
    created = None
    try:
        created = datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")).replace(
            tzinfo=None
        )
    except ValueError:
        created = None
    run.conn.execute(
        _LOG_INSERT,
        dict(
            direction="import", package_id=manifest.package_id, file_name=path.name,
            source_office=manifest.source_office, destination_office=manifest.destination_office,
            sequence=manifest.sequence, full=manifest.full, created_at=created, processed_at=run.now,
            status=APPLIED, counts=json.dumps(run.report.counts), change_seq=run.seq,
            report=json.dumps({"refused": refused}, ensure_ascii=False), undo_data=undo,
        ),
    )  # fmt: skip


def _undo_columns(rows: list[tuple[Any, ...]]) -> tuple[list[Any], list[list[Any]]]:
    """Rows (id, then the columns' values) as their ids and each column's values, a column
    holding one value of one type in every row given that value once (read back by
    `_undo_rows`)."""
    ids, *columns = map(list, zip(*rows, strict=True))
    for at, values in enumerate(columns):
        first = values[0]
        # (The types through `map`, not a generator: a column of a thousand records each.)
        if values.count(first) == len(values) and len(set(map(type, values))) == 1:
            columns[at] = [first]
    return ids, columns


def _undo_rows(ids: list[Any], columns: list[list[Any]]) -> Iterator[tuple[Any, ...]]:
    """The rows `_undo_columns` was given."""
    count = len(ids)
    return zip(ids, *(c if len(c) == count else c * count for c in columns), strict=True)


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
        if isinstance(touched, dict):
            created = [[t, i, None] for t, ids in touched["created"].items() for i in ids]
            changed = [
                [table, row[0], dict(zip(names, row[1:], strict=True))]
                for table, names, ids, columns in touched.get("columns", [])
                for row in _undo_rows(ids, columns)
            ]
            touched = created + touched.get("changed", []) + changed
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
    """The columns an import wrote, as they were (an older entry holds every column)."""
    out = {}
    for column in spec.table.columns:
        if column.name not in before:
            continue
        value = before[column.name]
        if value is not None and column.name in spec.date_fields:
            value = date.fromisoformat(value)
        elif value is not None and column.name == "updated_at":
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column.type, Boolean):
            value = bool(value)
        out[column.name] = value
    return out
