"""Choosing what goes into a package, and writing it.

An office sends the province everything it changed since its last package (or everything,
for a full package). The province sends each office what that office may see: reference data
(offices, sectors), the cooperatives of its area with their figures, and the tasks assigned to
it with their directives, assignments and reports. Rows that arrived from the destination
itself and have not changed since are not echoed back, except in a full package.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import BigInteger, Boolean, Connection, and_, bindparam, or_, select, text

from desktop.core import areas, settings
from desktop.core.errors import Cancelled, KnownError
from desktop.core.i18n import translate
from desktop.core.models import package_log as _log
from desktop.core.models import write_author as _author
from desktop.core.records import PARENTS, SPECS, TableSpec, read_counter, utcnow
from desktop.core.sync import json_columns, package
from desktop.core.workspace import Workspace

log = logging.getLogger(__name__)
Progress = Callable[[int, int, str], None]
_office = SPECS["office"].table


@dataclass(frozen=True)
class ExportResult:
    path: Path
    destination: str | None
    sequence: int
    counts: dict[str, int]
    full: bool


def signing_keys(conn: Connection) -> dict[str, str]:
    found = settings.get(conn, "keys")
    if not found:
        raise KnownError(
            translate(
                "Export",
                "Đơn vị chưa có khóa ký gói. Hãy cài tệp thiết lập do cấp tỉnh cấp "
                "(menu Đồng bộ › Cài tệp thiết lập…).",
            )
        )
    return found


def destinations(conn: Connection, identity: settings.Identity) -> list[dict[str, Any]]:
    """Offices this installation sends packages to."""
    if not identity.is_hub:
        if identity.hub_code == identity.office_code:  # started without a setup file
            raise KnownError(
                translate(
                    "Export",
                    "Đơn vị chưa được cấp tỉnh cấp tệp thiết lập nên chưa gửi gói được. Hãy xin "
                    "tệp thiết lập ở cấp tỉnh rồi cài vào (menu Đồng bộ › Cài tệp thiết lập…); "
                    "dữ liệu đã nhập được giữ và gửi trong gói đầu tiên.",
                )
            )
        row = conn.execute(select(_office).where(_office.c.code == identity.hub_code)).first()
        if row is None:
            raise KnownError(
                translate(
                    "Export",
                    "Chưa có thông tin đơn vị cấp tỉnh; hãy cài tệp thiết lập "
                    "(menu Đồng bộ › Cài tệp thiết lập…).",
                )
            )
        return [dict(row._mapping)]
    rows = conn.execute(
        select(_office)
        .where(
            _office.c.deleted.is_(False),
            _office.c.public_key.is_not(None),
            _office.c.code != identity.office_code,
            or_(_office.c.retired.is_(None), _office.c.retired.is_(False)),
        )
        .order_by(_office.c.code)
    )
    return [dict(r._mapping) for r in rows]


def _area_clause(table, office: dict[str, Any]):
    unit = areas.unit(office["area_scheme"], office["area_code"])
    if unit is None:
        return table.c.id.is_(None)  # an office without an area sees no cooperatives
    column = {"province": table.c.province_code, "district": table.c.district_code,
              "commune": table.c.area_code}[unit.level]  # fmt: skip
    return and_(table.c.area_scheme == office["area_scheme"], column == unit.code)


def _visible(spec: TableSpec, office: dict[str, Any] | None):
    """SQL condition for the rows of `spec` that `office` may see (None: everything)."""
    if office is None or spec.name in ("office", "sector"):
        return None
    coop = SPECS["cooperative"].table
    task = SPECS["task"].table
    assignment = SPECS["assignment"].table
    mine = select(assignment.c.task_id).where(assignment.c.office_code == office["code"])
    if spec.name == "cooperative":
        return _area_clause(coop, office)
    if spec.name == "indicator":
        return spec.table.c.cooperative_id.in_(select(coop.c.id).where(_area_clause(coop, office)))
    if spec.name == "task":
        return task.c.id.in_(mine)
    if spec.name == "directive":
        return spec.table.c.id.in_(select(task.c.directive_id).where(task.c.id.in_(mine)))
    if spec.name == "assignment":
        return assignment.c.task_id.in_(mine)
    if spec.name == "approval":
        return spec.table.c.office_code == office["code"]
    if spec.name == "progress_report":
        return spec.table.c.assignment_id.in_(
            select(assignment.c.id).where(assignment.c.task_id.in_(mine))
        )
    raise ValueError(spec.name)


def _area_sql(table: str, office: dict[str, Any]) -> str:
    unit = areas.unit(office["area_scheme"], office["area_code"])
    if unit is None:
        return f"{table}.id IS NULL"  # an office without an area sees no cooperatives
    column = {"province": "province_code", "district": "district_code",
              "commune": "area_code"}[unit.level]  # fmt: skip
    return f"{table}.area_scheme = :area_scheme AND {table}.{column} = :area_unit"


def _area_params(office: dict[str, Any] | None) -> dict[str, Any]:
    """The values `_area_clause` and the destination's conditions name."""
    if office is None:
        return {}
    unit = areas.unit(office["area_scheme"], office["area_code"])
    return {"dest": office["code"], "area_scheme": office["area_scheme"],
            "area_unit": unit.code if unit is not None else None}  # fmt: skip


def _visible_sql(spec: TableSpec, office: dict[str, Any] | None) -> str | None:
    """`_visible` as SQL text (named parameters `dest`, `area_scheme`, `area_unit`:
    `_area_params`)."""
    if office is None or spec.name in ("office", "sector"):
        return None
    mine = "SELECT assignment.task_id FROM assignment WHERE assignment.office_code = :dest"
    if spec.name == "cooperative":
        return _area_sql("cooperative", office)
    if spec.name == "indicator":
        return (
            "indicator.cooperative_id IN (SELECT cooperative.id FROM cooperative WHERE "
            f"{_area_sql('cooperative', office)})"
        )
    if spec.name == "task":
        return f"task.id IN ({mine})"
    if spec.name == "directive":
        return f"directive.id IN (SELECT task.directive_id FROM task WHERE task.id IN ({mine}))"
    if spec.name == "assignment":
        return f"assignment.task_id IN ({mine})"
    if spec.name == "approval":
        return "approval.office_code = :dest"
    if spec.name == "progress_report":
        return (
            "progress_report.assignment_id IN (SELECT assignment.id FROM assignment WHERE "
            f"assignment.task_id IN ({mine}))"
        )
    raise ValueError(spec.name)


def collect(
    conn: Connection,
    *,
    destination: dict[str, Any] | None,
    since: int,
    limit_to_destination: bool,
    full: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[dict[str, Any], dict[str, int]]:
    """The payload for one destination: rows changed after `since` (0: all); a `full` one
    also carries the rows whose state came from the destination itself."""
    tables: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for name, body in stream(conn, destination=destination, since=since, full=full,
                             limit_to_destination=limit_to_destination, cancelled=cancelled):  # fmt: skip
        tables[name] = body
        counts[name] = len(body["data"][0])
    payload: dict[str, Any] = {"tables": tables}
    staff = authors(conn, tables)
    if staff:
        payload["staff"] = staff
    return payload, counts


def write(
    conn: Connection,
    writer: package.PackageWriter,
    *,
    destination: dict[str, Any] | None,
    since: int,
    limit_to_destination: bool,
    full: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[Path, package.Manifest, dict[str, int]]:
    """`collect` straight into a package: each table is written as soon as it is read and
    then let go, so a national package is never held whole in memory (the same payload).
    On SQLite the database writes each column's JSON itself (`json_columns`)."""
    counts: dict[str, int] = {}
    metas: set[str] = set()
    for query in _queries(destination=destination, since=since, full=full,
                          limit_to_destination=limit_to_destination, cancelled=cancelled):  # fmt: skip
        spec = query.spec
        encoded = json_columns.encoded_table(conn, query, {"since": since})
        if encoded is not None:
            if encoded.count:
                counts[spec.name] = encoded.count
                metas.update(encoded.metas)
                writer.add_encoded_table(spec.name, encoded.columns, encoded.parts)
            continue
        data = _wire_columns(conn, query, since)
        if data:
            body = _columnar(spec.name, query.columns, data)
            counts[spec.name] = len(body["data"][0])
            metas.update(body["data"][body["columns"].index("sync_meta")])
            writer.add_table(spec.name, body["columns"], body["data"])
            del body, data
    path, manifest = writer.finish(counts, _authors_of(conn, metas) or None)
    return path, manifest, counts


def stream(
    conn: Connection,
    *,
    destination: dict[str, Any] | None,
    since: int,
    limit_to_destination: bool,
    full: bool = False,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The payload's tables, parents first, each as (name, {"columns", "data"}); tables
    without rows are left out."""
    for query in _queries(destination=destination, since=since, full=full,
                          limit_to_destination=limit_to_destination, cancelled=cancelled):  # fmt: skip
        data = _wire_columns(conn, query, since)
        if data:
            yield query.spec.name, _columnar(query.spec.name, query.columns, data)


@dataclass(eq=False)
class TableQuery:
    """What one table sends: its columns, and the select of those columns then
    `has_conflict` (parameter `since` in an incremental package; `params`: the others), in
    the order the rows travel, as SQL text (`sql`, named parameters) and as a statement
    (`rows`). Made once per kind of package and destination (`_plan`); `compiled` keeps
    what a reader of it derived (`json_columns`)."""

    spec: TableSpec
    columns: list[str]
    sql: str
    params: dict[str, Any]
    compiled: dict[str, Any] = field(default_factory=dict)

    @functools.cached_property
    def rows(self) -> Any:
        """The select as a statement (the other databases' path; cached by SQLAlchemy)."""
        names = set(re.findall(r"(?<![:\w]):(\w+)", self.sql))
        query = text(self.sql)
        if "since" in names:
            query = query.bindparams(bindparam("since", type_=BigInteger))
        return query.bindparams(**{k: v for k, v in self.params.items() if k in names})


# The order rows travel in a full package, where it makes the package smaller: a national
# package is 8% smaller with cooperatives by commune (their names, addresses and codes alike
# side by side) and reports by assignment (deflate only finds repeats within 32 KB). An
# incremental package is left in the order read: sorting costs more than it saves there.
_ORDER = {"cooperative": "area_code", "progress_report": "assignment_id"}


def _queries(
    *,
    destination: dict[str, Any] | None,
    since: int,
    limit_to_destination: bool,
    full: bool,
    cancelled: Callable[[], bool] | None,
) -> Iterator[TableQuery]:
    """Each table's query, parents first (the payload's order)."""
    office = None
    if destination:
        office = (destination["code"], destination.get("area_scheme"), destination.get("area_code"))
    for query in _plan(office, incremental=bool(since), limit_to_destination=limit_to_destination,
                       full=full):  # fmt: skip
        if cancelled is not None and cancelled():
            raise Cancelled(translate("Export", "Đã hủy xuất gói; gói chưa được ghi."))
        yield query


@functools.lru_cache(maxsize=64)
def _plan(
    office: tuple[str, str | None, str | None] | None,
    *,
    incremental: bool,
    limit_to_destination: bool,
    full: bool,
) -> tuple[TableQuery, ...]:
    """The queries of a kind of package to a destination, built once, as SQL text: building
    the nine statements with SQLAlchemy and compiling them cost a third of the first
    incremental export of a thousand changes in a process (they are plain selects, the
    same on SQLite and PostgreSQL)."""
    destination = None
    if office is not None:
        destination = dict(zip(("code", "area_scheme", "area_code"), office, strict=True))
    dest_code = office[0] if office else None
    params = _area_params(destination)
    clauses: dict[str, str | None] = {}  # table -> the condition that picks its rows
    for spec in reversed(SPECS.values()):  # children first: a parent's condition names them
        t = spec.table.name
        conditions = []
        if not full:
            # Since the last package; the built-in reference rows (seq 0, the same in every
            # installation) never need to travel.
            conditions.append(f"{t}.sync_seq > :since")
        if dest_code and not full:
            # Not echoed back: rows whose whole state came from the destination. A full
            # package (a re-install, a PC restored from an old copy) carries them too.
            conditions.append(f"({t}.sync_origin IS NULL OR {t}.sync_origin != :dest)")
        visible = _visible_sql(spec, destination if limit_to_destination else None)
        if visible is not None:
            conditions.append(visible)
        condition = " AND ".join(conditions) if conditions else None
        if incremental and condition is not None:
            parents = _parents_of_sent(spec, clauses)
            if parents is not None:
                condition = f"{condition} OR {parents}"
        clauses[spec.name] = condition
    queries = []
    for spec in SPECS.values():  # parents first, as the payload lists them
        t = spec.table.name
        columns = ["id", *spec.fields, "sync_meta"]
        # The columns as plain text: the rows are read from the driver's cursor as they are.
        sql = f"SELECT {', '.join(f'{t}.{c}' for c in [*columns, 'has_conflict'])} FROM {t}"
        if clauses[spec.name] is not None:
            sql += f" WHERE {clauses[spec.name]}"
        if spec.name in _ORDER and not incremental:
            # An expression: sorting the rows read beats reading them through the index.
            sql += f" ORDER BY {t}.{_ORDER[spec.name]} || ''"
        queries.append(TableQuery(spec, columns, sql, params))
    return tuple(queries)


_DOT_IN_TEXT = re.compile(r'"([A-Z0-9][A-Z0-9_-]{0,31}\.[0-9]{1,18})"')


def authors(conn: Connection, tables: dict[str, Any]) -> dict[str, str]:
    """dot -> staff member, for the writes whose versions the package carries (who did it
    travels with what was done)."""
    texts: set[str] = set()
    for body in tables.values():
        texts.update(body["data"][body["columns"].index("sync_meta")])
    return _authors_of(conn, texts)


def _authors_of(conn: Connection, texts: set[str]) -> dict[str, str]:
    dots = sorted({dot for text in texts for dot in _DOT_IN_TEXT.findall(text)})
    out: dict[str, str] = {}
    if not dots:
        return out
    # Straight through the driver's cursor: building and compiling an IN list of new length
    # for each package costs more than the query.
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    cursor = conn.connection.cursor()
    try:
        for start in range(0, len(dots), 500):
            chunk = dots[start : start + 500]
            cursor.execute(
                f"SELECT dot, staff FROM {_author.name} WHERE dot IN ({', '.join([mark] * len(chunk))})",
                chunk,
            )
            out.update(cursor.fetchall())
    finally:
        cursor.close()
    return out


def _parents_of_sent(spec: TableSpec, clauses: dict[str, str | None]) -> str | None:
    """The rows of `spec` that are the parent of a child row sent (an indicator's cooperative,
    a report's assignment, its task and directive), changed or not.

    Packages may arrive in any order: without its parent, a child changed in a later package
    than the one that made the parent would be refused by a receiver that opens the later
    package first, and the change would then be lost for good.

    None for a table that is nobody's parent: an `OR 0 = 1` left in its condition would make
    SQLite scan the whole table instead of using the index on `sync_seq` (150,000 indicator
    rows read for an incremental package of a thousand changes).
    """
    sent = []
    for child, (column, parent) in PARENTS.items():
        if parent == spec.name:
            where = f" WHERE {clauses[child]}" if clauses[child] is not None else ""
            sent.append(f"{spec.table.name}.id IN (SELECT {child}.{column} FROM {child}{where})")
    return " OR ".join(sent) if sent else None


def _columnar(table: str, columns: list[str], data: list[list[Any]]) -> dict[str, Any]:
    """Column by column (format 2); indicator ids are left out when all are the derived ones."""
    if table == "indicator":
        ids, coops, years = (data[columns.index(c)] for c in ("id", "cooperative_id", "year"))
        if json_columns.ids_derived(ids, coops, years):
            position = columns.index("id")
            columns = columns[:position] + columns[position + 1 :]
            del data[position]
    return {"columns": columns, "data": data}


def _driver_rows(conn: Connection, query, since: int) -> Sequence[Any]:
    """The rows as the database driver returns them (tuples), straight from its cursor:
    SQLite already hands back dates as the ISO text a package carries; SQLAlchemy's result
    objects and per-value processing cost a tenth of a national export. The statement is
    run through the connection, so its compiled form is cached (compiling the nine queries
    of a package again each time costs more than reading a thousand changed rows)."""
    result = conn.execute(query, {"since": since})  # (a full package's queries have no since)
    try:
        return result.cursor.fetchall()
    finally:
        result.close()


# What a boolean column holds in the database, as the package carries it.
_BOOLEANS: dict[Any, bool | None] = {None: None, 0: False, 1: True}  # False == 0, True == 1


def _wire_columns(conn: Connection, table: TableQuery, since: int) -> list[Any]:
    """The selected rows as JSON-ready columns (empty list when there are none). Only date and
    boolean columns need converting, and they are converted a column at a time."""
    spec, columns = table.spec, table.columns
    rows = _driver_rows(conn, table.rows, since)
    if not rows:
        return []
    data: list[Any] = list(zip(*rows, strict=True))  # tuples: JSON arrays all the same
    del rows
    conflicted = data.pop()
    for i, name in enumerate(columns):
        if name in spec.date_fields:
            if any(isinstance(v, date) for v in data[i]):
                data[i] = [v.isoformat() if isinstance(v, date) else v for v in data[i]]
        elif name != "id" and isinstance(spec.table.c[name].type, Boolean):
            try:
                data[i] = list(map(_BOOLEANS.__getitem__, data[i]))
            except (KeyError, TypeError):  # a value other than 0 / 1 (not written by us)
                data[i] = [None if v is None else bool(v) for v in data[i]]
    if any(conflicted):
        deleted, meta_at = columns.index("deleted"), columns.index("sync_meta")
        data[deleted] = list(data[deleted])
        for row, flagged in enumerate(conflicted):
            if flagged:
                data[deleted][row] = json_columns.written_deleted(
                    spec, data[meta_at][row], data[deleted][row]
                )
    return data


def export(
    workspace: Workspace,
    folder: Path,
    *,
    to: str | None = None,
    full: bool = False,
    encrypt: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ExportResult]:
    """Write one package per destination (the province: each enrolled office, or `to`).

    Cancelling stops before the next table or the next office: packages already written are
    whole and logged; the one being prepared is not written at all.
    """
    identity = workspace.require_identity()
    report = progress or (lambda done, total, message: None)
    stop = cancelled or (lambda: False)
    with workspace.reading() as conn:
        keys = signing_keys(conn)
        targets = destinations(conn, identity)
    if to:
        targets = [t for t in targets if t["code"] == to]
        if not targets:
            raise KnownError(
                translate("Export", "Không có đơn vị “{code}” đã được cấp tệp thiết lập.").format(
                    code=to
                )
            )
    if not targets:
        raise KnownError(
            translate(
                "Export", "Chưa cấp tệp thiết lập cho đơn vị nào, nên chưa có nơi để gửi gói."
            )
        )
    results = []
    for number, target in enumerate(targets, start=1):
        report(
            number - 1,
            len(targets),
            translate("Export", "Đang xuất gói cho {office}…").format(office=target["name"]),
        )
        results.append(_export_one(workspace, identity, keys, target, folder, full=full, encrypt=encrypt,
                                   name_destination=identity.is_hub, stop=stop))  # fmt: skip
    report(len(targets), len(targets), "")
    return results


def _export_one(workspace, identity, keys, target, folder: Path, *, full: bool, encrypt: bool,
                name_destination: bool, stop: Callable[[], bool]) -> ExportResult:  # fmt: skip
    code = target["code"]
    if encrypt and not target.get("box_key"):
        raise KnownError(
            translate(
                "Export", "Đơn vị “{office}” chưa có khóa mã hóa; hãy gửi gói không mã hóa."
            ).format(office=target["name"])
        )
    sequence = _reserve_sequence(workspace, code)
    try:
        return _write_numbered(workspace, identity, keys, target, folder, sequence, full=full,
                               encrypt=encrypt, name_destination=name_destination, stop=stop)  # fmt: skip
    except BaseException:
        _release_sequence(workspace, code, sequence)
        raise


def _reserve_sequence(workspace: Workspace, code: str) -> int:
    """The package's number, taken under the write lock before anything is collected: two
    staff exporting to the same office at once (a shared master) get different numbers,
    where reading the last number and writing it back after the package would give both
    the same one, and the receiver would skip the second package as already seen."""
    with workspace.transaction() as conn:
        sequence = int(settings.get(conn, f"export_seq:{code}", 0)) + 1
        settings.put(conn, f"export_seq:{code}", sequence)
    return sequence


def _release_sequence(workspace: Workspace, code: str, sequence: int) -> None:
    """Give back the number of a package that was not written (cancelled or failed), unless
    a later export has taken the next one meanwhile (then the receiver sees a gap, which it
    reports, rather than two packages with one number)."""
    try:
        with workspace.transaction() as conn:
            if int(settings.get(conn, f"export_seq:{code}", 0)) == sequence:
                settings.put(conn, f"export_seq:{code}", sequence - 1)
    except Exception:  # the original error matters more; the gap is reported downstream
        log.exception("could not give back package number %s for %s", sequence, code)


def _write_numbered(workspace, identity, keys, target, folder: Path, sequence: int, *,
                    full: bool, encrypt: bool, name_destination: bool,
                    stop: Callable[[], bool]) -> ExportResult:  # fmt: skip
    code = target["code"]
    # One snapshot: the mark and the rows agree. Change numbers are handed out under the
    # office's write lock (`records.next_counter`), so every change numbered up to the mark
    # had committed before the snapshot, and one numbered after it is sent next time.
    with workspace.snapshot() as conn:
        current = read_counter(conn, "seq")
        since = 0 if full else int(settings.get(conn, f"export_mark:{code}", 0))
        with package.PackageWriter(
            folder, source=identity.office_code, destination=code, sequence=sequence, full=full,
            signing_key=keys["signing"], encrypt_to=target.get("box_key") if encrypt else None,
            name_destination=name_destination,
        ) as writer:  # fmt: skip
            path, manifest, counts = write(
                conn, writer, destination=target, since=since, full=full,
                limit_to_destination=identity.is_hub, cancelled=stop,
            )  # fmt: skip
    with workspace.transaction() as conn:
        settings.put(
            conn,
            f"export_mark:{code}",
            max(current, int(settings.get(conn, f"export_mark:{code}", 0))),
        )
        conn.execute(
            _log.insert().values(
                direction="export", package_id=manifest.package_id, file_name=path.name,
                source_office=identity.office_code, destination_office=code, sequence=sequence,
                full=full, created_at=utcnow(), processed_at=utcnow(), status="exported",
                counts=json.dumps(counts, ensure_ascii=False),
            )
        )  # fmt: skip
    log.info("exported %s to %s: %s", path, code, counts)
    return ExportResult(path, code, sequence, counts, full)


def pending_counts(
    workspace: Workspace, to: str | None = None, full: bool = False
) -> dict[str, dict[str, int]]:
    """What the next package to each destination would hold (shown before saving)."""
    identity = workspace.require_identity()
    out = {}
    with workspace.reading() as conn:
        for target in destinations(conn, identity):
            if to and target["code"] != to:
                continue
            since = 0 if full else int(settings.get(conn, f"export_mark:{target['code']}", 0))
            _, counts = collect(
                conn, destination=target, since=since, limit_to_destination=identity.is_hub,
                full=full,
            )  # fmt: skip
            out[target["code"]] = counts
    return out
