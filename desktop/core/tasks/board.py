"""Reading tasks: what each unit must do, its latest report and computed status.

Everything is read from the synced tables (directive, task, assignment, progress_report,
office) on every call, so rows that arrive in a sync package simply show up. Bulk reads use
Core selects and compute statuses in Python: 2,000 tasks and 20,000 reports take a few tens
of milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, select

from desktop.core.compact_rows import row_type
from desktop.core.errors import KnownError, NotFoundError
from desktop.core.gc_pause import collection_paused
from desktop.core.i18n import translate
from desktop.core.records import Row
from desktop.core.tasks import periods
from desktop.core.tasks.editing import (
    _assignment,
    _directive,
    _office,
    _report,
    _task,
    role_labels,
)
from desktop.core.tasks.status import (
    Fact,
    Status,
    assignment_status,
    combined,
    report_status_labels,
    status_labels,
)
from desktop.core.text import fold, sort_key

# A progress report as the board reads it: a dict, or a compact row (`_compact_rows`).
Report = MutableMapping[str, Any]


@dataclass
class Line:
    """One unit's assignment of one task, as the lists and the board show it."""

    assignment_id: str
    office_code: str
    office_name: str
    role: str
    task: Row
    directive: Row
    status: Status
    latest_report: Report | None  # the unit's latest report, whatever the period
    reports: list[Report] = field(default_factory=list)  # newest first
    has_conflict: bool = False

    @property
    def task_id(self) -> str:
        return self.task["id"]


def directives(conn: Connection) -> list[Row]:
    """Live directives, newest first, with the number of live tasks."""
    counts: dict[str, int] = {}
    for (directive_id,) in conn.execute(
        select(_task.c.directive_id).where(_task.c.deleted.is_(False))
    ):
        counts[directive_id] = counts.get(directive_id, 0) + 1
    rows = [
        dict(r._mapping)
        for r in conn.execute(select(_directive).where(_directive.c.deleted.is_(False)))
    ]
    for row in rows:
        row["task_count"] = counts.get(row["id"], 0)
    rows.sort(key=lambda r: (r["issued_on"] or date.min, r["number"]), reverse=True)
    return rows


def get_directive(conn: Connection, directive_id: str) -> Row:
    row = conn.execute(select(_directive).where(_directive.c.id == directive_id)).first()
    if row is None or row.deleted:
        raise NotFoundError(translate("Tasks", "Không tìm thấy văn bản chỉ đạo."))
    return dict(row._mapping)


def tasks_of(conn: Connection, directive_id: str | None = None) -> list[Row]:
    """Live tasks (of one directive), in order, each with its live assignments."""
    query = select(_task).where(_task.c.deleted.is_(False))
    if directive_id is not None:
        query = query.where(_task.c.directive_id == directive_id)
    tasks = [dict(r._mapping) for r in conn.execute(query)]
    ids = [t["id"] for t in tasks]
    by_task: dict[str, list[Row]] = {}
    names = _office_names(conn)
    if ids:
        for row in conn.execute(
            select(_assignment).where(
                _assignment.c.deleted.is_(False), _assignment.c.task_id.in_(ids)
            )
        ):
            item = dict(row._mapping)
            item["office_name"] = names.get(row.office_code, row.office_code)
            by_task.setdefault(row.task_id, []).append(item)
    for task in tasks:
        task["assignments"] = sorted(
            by_task.get(task["id"], []),
            key=lambda a: (a["role"] != "lead", sort_key(a["office_name"])),
        )
    tasks.sort(key=lambda t: (t["directive_id"], t["position"], sort_key(t["title"])))
    return tasks


def get_task(conn: Connection, task_id: str) -> Row:
    row = conn.execute(select(_task).where(_task.c.id == task_id)).first()
    if row is None or row.deleted:
        raise NotFoundError(translate("Tasks", "Không tìm thấy nhiệm vụ."))
    task = dict(row._mapping)
    task["assignments"] = next(
        (t["assignments"] for t in tasks_of(conn, task["directive_id"]) if t["id"] == task_id),
        [],
    )
    return task


def find_directive(conn: Connection, key: str) -> str:
    """A live directive's id from its id or its number."""
    for row in directives(conn):
        if key.strip() in (row["id"], row["number"]):
            return row["id"]
    raise NotFoundError(translate("Tasks", "Không tìm thấy văn bản “{key}”.").format(key=key))


def find_task(conn: Connection, key: str, directive: str | None = None) -> str:
    """A task id from its id, or from its number (position) within a directive.

    `directive` (id or number) picks the directive; without it, a number is accepted when only
    one live directive has a task with that number.
    """
    key = key.strip()
    row = conn.execute(
        select(_task.c.id).where(_task.c.id == key, _task.c.deleted.is_(False))
    ).first()
    if row:
        return row[0]
    if not key.isdigit():
        raise NotFoundError(translate("Tasks", "Không tìm thấy nhiệm vụ “{key}”.").format(key=key))
    live = {d["id"]: d for d in directives(conn)}
    if directive:
        chosen = [d for d in live.values() if directive in (d["id"], d["number"])]
        if not chosen:
            raise NotFoundError(
                translate("Tasks", "Không tìm thấy văn bản “{key}”.").format(key=directive)
            )
        live = {d["id"]: d for d in chosen}
    matches = [
        r.id
        for r in conn.execute(
            select(_task.c.id, _task.c.directive_id).where(
                _task.c.deleted.is_(False), _task.c.position == int(key)
            )
        )
        if r.directive_id in live
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotFoundError(translate("Tasks", "Không có nhiệm vụ số {key}.").format(key=key))
    raise KnownError(
        translate(
            "Tasks",
            "Có {n} văn bản cùng có nhiệm vụ số {key}; hãy dùng mã nhiệm vụ, hoặc chỉ rõ văn bản "
            "bằng --directive SỐ-KÝ-HIỆU.",
        ).format(n=len(matches), key=key)
    )


def _columns(table: Any) -> list[Any]:
    """Every column but the version state (`sync_meta`), which reading never needs."""
    return [c for c in table.columns if c.name != "sync_meta"]


def _dicts(conn: Connection, query: Any) -> Iterator[Row]:
    """Rows as plain dicts (quicker than a mapping per row for tens of thousands), read in
    batches, with the values that repeat from row to row kept once (`_SHARED_FIELDS`)."""
    keys, rows = _value_rows(conn, query)
    for values in rows:
        yield dict(zip(keys, values, strict=True))


def _compact_rows(conn: Connection, query: Any, packed: frozenset[str]) -> Iterator[Report]:
    """`_dicts`, each row a compact row (desktop.core.compact_rows) with the texts of `packed`
    held as UTF-8: the national board keeps 20,000 reports, and a dict each was twice their
    size."""
    keys, rows = _value_rows(conn, query)
    make = row_type(tuple(keys), packed.intersection(keys))
    for values in rows:
        yield make(*values)


def _value_rows(conn: Connection, query: Any) -> tuple[list[str], Iterator[list[Any]]]:
    """The query's column names and its rows' values, read in batches, with the values of
    `_SHARED_FIELDS` kept once."""
    result = conn.execute(query.execution_options(yield_per=_BATCH))
    keys = list(result.keys())
    return keys, _shared_values(result, [n for n, key in enumerate(keys) if key in _SHARED_FIELDS])


def _shared_values(result: Any, shared_at: list[int]) -> Iterator[list[Any]]:
    shared: dict[Any, Any] = {}
    keep = shared.setdefault
    # Batches of rows: one row per call is several times slower, and all at once held the
    # 20,000 reports twice on their way in.
    for part in result.partitions():
        for row in part:
            values = list(row)
            for n in shared_at:
                value = values[n]
                values[n] = keep(value, value)
            yield values


# Columns whose values repeat (a status, a period, a unit, a date...): 20,000 reports held
# each its own copy of "in_progress" and "2026-Q3".
_SHARED_FIELDS = frozenset({"office_code", "status", "period", "reported_on", "assignment_id",
                            "task_id", "directive_id", "role", "cycle", "deadline",
                            "previous_deadline", "issued_on", "updated_by", "sync_origin",
                            "percent"})  # fmt: skip
# Rows read at a time: a batch of 5,000 reports with their texts was a third of the national
# board's peak while it loads (22 MB; 17 with 1,000, no slower).
_BATCH = 1000
# A report's free texts: held as UTF-8 in the board's rows (compact_rows), read when shown.
_REPORT_TEXTS = frozenset({"document_number", "content", "difficulties", "proposals"})


def _office_names(conn: Connection) -> dict[str, str]:
    return {
        code: name
        for code, name in conn.execute(
            select(_office.c.code, _office.c.name).where(_office.c.deleted.is_(False))
        )
    }


def offices(conn: Connection) -> list[Row]:
    """Live units, in Vietnamese order of their names."""
    rows = [
        dict(r._mapping)
        for r in conn.execute(
            select(_office.c.code, _office.c.name, _office.c.role).where(
                _office.c.deleted.is_(False)
            )
        )
    ]
    rows.sort(key=lambda r: sort_key(r["name"]))
    return rows


def lines(
    conn: Connection,
    today: date,
    *,
    office_code: str | None = None,
    directive_id: str | None = None,
    task_id: str | None = None,
) -> list[Line]:
    """Every live assignment (optionally of one unit / directive / task) with its status."""
    with collection_paused():
        return _lines(conn, today, office_code, directive_id, task_id)


def _lines(conn: Connection, today: date, office_code: str | None, directive_id: str | None,
           task_id: str | None) -> list[Line]:  # fmt: skip
    live_directives = {
        r["id"]: r
        for r in _dicts(conn, select(*_columns(_directive)).where(_directive.c.deleted.is_(False)))
    }
    task_query = select(*_columns(_task)).where(_task.c.deleted.is_(False))
    if directive_id is not None:
        task_query = task_query.where(_task.c.directive_id == directive_id)
    if task_id is not None:
        task_query = task_query.where(_task.c.id == task_id)
    tasks = {r["id"]: r for r in _dicts(conn, task_query) if r["directive_id"] in live_directives}
    query = select(*_columns(_assignment)).where(_assignment.c.deleted.is_(False))
    if office_code is not None:
        query = query.where(_assignment.c.office_code == office_code)
    if task_id is not None:
        query = query.where(_assignment.c.task_id == task_id)
    assignments = [r for r in _dicts(conn, query) if r["task_id"] in tasks]

    report_query = select(*_columns(_report)).where(_report.c.deleted.is_(False))
    if office_code is not None:
        report_query = report_query.where(_report.c.office_code == office_code)
    if task_id is not None:
        report_query = report_query.where(
            _report.c.assignment_id.in_([a["id"] for a in assignments])
        )
    wanted = {a["id"] for a in assignments}
    by_assignment: dict[str, list[Report]] = {}
    for r in _compact_rows(conn, report_query, _REPORT_TEXTS):
        if r["assignment_id"] in wanted:
            by_assignment.setdefault(r["assignment_id"], []).append(r)

    names = _office_names(conn)
    name_keys = {code: sort_key(name) for code, name in names.items()}
    out = []
    for a in assignments:
        task = tasks[a["task_id"]]
        directive = live_directives[task["directive_id"]]
        # Each report's order worked out here, not kept with it (20,000 tuples and texts).
        ordered = sorted(
            ((report_order(r), r) for r in by_assignment.get(a["id"], ())),
            key=itemgetter(0),
            reverse=True,
        )
        reports = [r for _order, r in ordered]
        facts = [
            Fact(r["period"] or "", r["reported_on"], r["status"], order[1:])
            for order, r in ordered
            if r["reported_on"] is not None
        ]
        state = assignment_status(
            task["cycle"], task["deadline"], facts, today, start=directive["issued_on"]
        )
        out.append(
            Line(
                assignment_id=a["id"],
                office_code=a["office_code"],
                office_name=names.get(a["office_code"]) or a["office_code"],
                role=a["role"],
                task=task,
                directive=directive,
                status=state,
                latest_report=reports[0] if reports else None,
                reports=reports,
                has_conflict=bool(
                    a["has_conflict"]
                    or task["has_conflict"]
                    or any(r["has_conflict"] for r in reports)
                ),
            )
        )
    out.sort(
        key=lambda line: (
            -(line.directive["issued_on"] or date.min).toordinal(),
            line.directive["number"],
            line.task["position"],
            line.role != "lead",
            name_keys.get(line.office_code) or sort_key(line.office_name),
        )
    )
    return out


def statuses(conn: Connection, today: date) -> list[tuple[str, str, Status]]:
    """(unit code, unit name, status) of every live assignment, as `lines` computes them
    (`each_status`, all at once)."""
    return list(each_status(conn, today))


def each_status(conn: Connection, today: date) -> Iterator[tuple[str, str, Status]]:
    """(unit code, unit name, status) of every live assignment, as `lines` computes them,
    one at a time, reading only what a status needs: the dashboard's task progress held
    every report's text for the length of its load (a seventh of the window's peak,
    nationally), and a count needs no list of every assignment."""
    with collection_paused():
        issued = {
            did: issued_on
            for did, issued_on in conn.execute(
                select(_directive.c.id, _directive.c.issued_on).where(
                    _directive.c.deleted.is_(False)
                )
            )
        }
        tasks = {
            tid: (cycle, deadline, issued[did])
            for tid, did, cycle, deadline in conn.execute(
                select(_task.c.id, _task.c.directive_id, _task.c.cycle, _task.c.deadline).where(
                    _task.c.deleted.is_(False)
                )
            )
            if did in issued
        }
        names = _office_names(conn)
        query = select(_assignment.c.id, _assignment.c.task_id, _assignment.c.office_code).where(
            _assignment.c.deleted.is_(False)
        )
        # The live assignments of live tasks, in the table's order: (unit, task), and each
        # one's place there by id. Read in batches, each unit's code kept once (a few
        # hundred units for thousands of assignments).
        shared: dict[Any, Any] = {}
        keep = shared.setdefault
        assignments: list[tuple[str, tuple]] = []
        number_of: dict[str, int] = {}
        aid: str
        task_id: str
        office: str
        for part in conn.execute(query.execution_options(yield_per=_BATCH)).partitions():
            for aid, task_id, office in part:
                task = tasks.get(task_id)
                if task is not None:
                    number_of[aid] = len(assignments)
                    assignments.append((keep(office, office), task))
        judged: list[Status | None] = [None] * len(assignments)

        def judge(aid: str, mine: list[tuple[tuple, Fact]]) -> None:
            number = number_of.get(aid)
            if number is not None:
                cycle, deadline, start = assignments[number][1]
                mine.sort(key=lambda pair: pair[0], reverse=True)
                facts = [f for _o, f in mine]
                judged[number] = assignment_status(cycle, deadline, facts, today, start=start)

        # The reports in assignment order, each assignment judged once its reports are read:
        # only one assignment's reports are held at a time (all 20,000 at once, with their
        # order keys, were most of the dashboard's load peak).
        reports = select(_report.c.assignment_id, _report.c.period, _report.c.reported_on,
                         _report.c.status, _report.c.updated_at, _report.c.id
                         ).where(_report.c.deleted.is_(False)).order_by(_report.c.assignment_id)  # fmt: skip
        current: str | None = None
        mine: list[tuple[tuple, Fact]] = []
        for batch in conn.execute(reports.execution_options(yield_per=_BATCH)).partitions():
            for assignment_id, period, reported_on, status, updated_at, rid in batch:
                if assignment_id != current:
                    if current is not None:
                        judge(current, mine)
                    current, mine = assignment_id, []
                if reported_on is not None:
                    order = report_order(
                        {"reported_on": reported_on, "updated_at": updated_at, "id": rid}
                    )
                    fact = Fact(keep(period, period) or "", keep(reported_on, reported_on),
                                keep(status, status), order[1:])  # fmt: skip
                    mine.append((order, fact))
        if current is not None:
            judge(current, mine)
        del mine
        shared.clear()  # (the names stay: `judge` refers to them)
        number_of.clear()
        for number, (office, (cycle, deadline, start)) in enumerate(assignments):
            state = judged[number] or assignment_status(cycle, deadline, [], today, start=start)
            judged[number] = None  # given: not held until the last one
            yield office, names.get(office) or office, state


def report_order(report: Mapping[str, Any]) -> tuple:
    """Reports by date; on the same day, the one written last (then the id, to be total).
    A status's report (`Fact.order`) is this without the date."""
    written = report["updated_at"].isoformat() if report["updated_at"] else ""
    return (report["reported_on"] or date.min, written, report["id"])


def judged_report(line: Line) -> Report | None:
    """The report the status was computed from (latest of the judged period)."""
    fact = line.status.report
    if fact is None:
        return None
    return next(
        (r for r in line.reports if (r["period"] or "") == fact.period and r["reported_on"] == fact.reported_on
         and report_order(r)[1:] == fact.order),
        None,
    )  # fmt: skip


@dataclass(frozen=True)
class Filters:
    directive_id: str | None = None
    office_code: str | None = None
    status: str | None = None  # a computed status, "due_soon", "attention" or "unreported"
    text: str = ""


def matches(line: Line, filters: Filters) -> bool:
    if filters.directive_id and line.directive["id"] != filters.directive_id:
        return False
    if filters.office_code and line.office_code != filters.office_code:
        return False
    wanted = filters.status
    if wanted == "due_soon":
        if not line.status.due_soon:
            return False
    elif wanted == "attention":
        if not line.status.needs_attention:
            return False
    elif wanted == "unreported":
        if line.status.reported_current:
            return False
    elif wanted and line.status.code != wanted:
        return False
    if filters.text:
        words = fold(filters.text).split()
        haystack = fold(
            " ".join(
                (line.task["title"], line.office_name, line.directive["number"], line.task["content"] or "")
            )
        )  # fmt: skip
        if not all(w in haystack for w in words):
            return False
    return True


def status_filter_choices() -> dict[str, str]:
    return {
        **status_labels(),
        "due_soon": translate("Tasks", "Sắp đến hạn (trong 7 ngày)"),
        "attention": translate("Tasks", "Quá hạn hoặc sắp đến hạn"),
        "unreported": translate("Tasks", "Chưa báo cáo kỳ hiện tại"),
    }


def attention_count(all_lines: Iterable[Line]) -> int:
    return sum(1 for line in all_lines if line.status.needs_attention)


def unreported_offices(all_lines: Iterable[Line]) -> dict[str, list[str]]:
    """task id -> names of the units that have not reported for the current period."""
    out: dict[str, list[str]] = {}
    for line in all_lines:
        if not line.status.reported_current:
            out.setdefault(line.task_id, []).append(line.office_name)
    return out


# --- the scripted (JSON) form ---------------------------------------------------------------------


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def report_json(report: Report | None) -> dict[str, Any] | None:
    if report is None:
        return None
    return {
        "id": report["id"],
        "office_code": report["office_code"],
        "period": report["period"] or "",
        "period_label": periods.label(report["period"] or ""),
        "reported_on": _iso(report["reported_on"]),
        "document_number": report["document_number"],
        "status": report["status"],
        "status_label": report_status_labels().get(report["status"], report["status"]),
        "percent": report["percent"],
        "content": report["content"],
        "difficulties": report["difficulties"],
        "proposals": report["proposals"],
        "updated_by": report["updated_by"],
    }


def status_json(state: Status) -> dict[str, Any]:
    return {
        "status": state.code,
        "status_label": state.label(),
        "period": state.period,
        "period_label": periods.label(state.period),
        "due": _iso(state.due),
        "overdue": state.overdue,
        "due_soon": state.due_soon,
        "current_period": state.current_period,
        "reported_current": state.reported_current,
    }


def tasks_json(conn: Connection, today: date, *, directive_id: str | None = None,
               office_code: str | None = None, status: str | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """Tasks with their units' assignments, latest reports and computed statuses."""
    all_lines = lines(conn, today, directive_id=directive_id)
    by_task: dict[str, list[Line]] = {}
    for line in all_lines:
        by_task.setdefault(line.task_id, []).append(line)
    cycles = periods.cycle_labels()
    roles = role_labels()
    out = []
    for task in tasks_of(conn, directive_id):
        directive = next(
            (line.directive for line in by_task.get(task["id"], [])), None
        ) or _directive_row(conn, task["directive_id"])
        if directive is None:
            continue
        task_lines = by_task.get(task["id"], [])
        if office_code and not any(line.office_code == office_code for line in task_lines):
            continue
        code = combined(line.status.code for line in task_lines)
        if status and not any(matches(line, Filters(status=status)) for line in task_lines):
            continue
        current = periods.period_of(task["cycle"], today)
        out.append(
            {
                "id": task["id"],
                "directive": {
                    "id": directive["id"],
                    "number": directive["number"],
                    "issued_on": _iso(directive["issued_on"]),
                    "issuer": directive["issuer"],
                    "title": directive["title"],
                },
                "position": task["position"],
                "title": task["title"],
                "content": task["content"],
                "cycle": task["cycle"],
                "cycle_label": cycles.get(task["cycle"], task["cycle"]),
                "deadline": _iso(task["deadline"]),
                "previous_deadline": _iso(task["previous_deadline"]),
                "extensions": task["extensions"] or 0,
                "current_period": current,
                "current_period_label": periods.label(current),
                "status": code,
                "status_label": status_labels().get(code, "") if code else None,
                "unreported": [
                    line.office_code for line in task_lines if not line.status.reported_current
                ],
                "assignments": [
                    {
                        "id": line.assignment_id,
                        "office_code": line.office_code,
                        "office_name": line.office_name,
                        "role": line.role,
                        "role_label": roles.get(line.role, line.role),
                        **status_json(line.status),
                        "latest_report": report_json(line.latest_report),
                    }
                    for line in task_lines
                ],
            }
        )
    out.sort(key=lambda t: (t["directive"]["number"], t["position"]))
    out.sort(key=lambda t: t["directive"]["issued_on"] or "", reverse=True)
    return out


def _directive_row(conn: Connection, directive_id: str) -> Row | None:
    row = conn.execute(select(_directive).where(_directive.c.id == directive_id)).first()
    return dict(row._mapping) if row is not None and not row.deleted else None
