"""Writing directives, tasks, assignments, progress reports and the units they go to.

Who may write what (checked here, for every local write; the sync import checks the same for
packages):
- only the province (the hub) records directives, tasks, assignments and units, and extends
  deadlines;
- an office reports progress only on its own assignments (`assignment.office_code` is its
  code) and corrects only its own reports. The province may also enter a report *for* a unit
  that sent it on paper (`on_behalf=True`); the report still belongs to that unit.

Every write goes through `records.Writer`, so versions, history and the change sequence are
kept and the rows travel in sync packages like any other.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import Connection, func, select

from desktop.core import approvals, settings
from desktop.core.errors import KnownError, NotFoundError, ValidationError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, Row, Writer
from desktop.core.settings import Identity
from desktop.core.tasks import periods
from desktop.core.tasks.status import DONE, IN_PROGRESS, NOT_STARTED
from desktop.core.text import nfc, parse_date, parse_int
from desktop.core.vocab import match_code
from desktop.core.workspace import OFFICE_CODE_RE, reference_id

DIRECTIVE = SPECS["directive"]
TASK = SPECS["task"]
ASSIGNMENT = SPECS["assignment"]
REPORT = SPECS["progress_report"]
OFFICE = SPECS["office"]
_directive = DIRECTIVE.table
_task = TASK.table
_assignment = ASSIGNMENT.table
_report = REPORT.table
_office = OFFICE.table

LEAD = "lead"
SUPPORT = "support"
ROLES = (LEAD, SUPPORT)

DIRECTIVE_FIELDS = ("number", "issued_on", "issuer", "title", "summary")
TASK_FIELDS = ("position", "title", "content", "cycle", "deadline")
REPORT_FIELDS = (
    "period", "reported_on", "document_number", "status", "percent", "content",
    "difficulties", "proposals",
)  # fmt: skip
_NAMESPACE = uuid.UUID("5b0f3a8e-7c1d-4e29-9f63-1a2b3c4d5e6f")


class PermissionDenied(KnownError):
    """This office may not make that change."""


def role_labels() -> dict[str, str]:
    return {LEAD: translate("Tasks", "Chủ trì"), SUPPORT: translate("Tasks", "Phối hợp")}


def assignment_id(task_id: str, office_code: str) -> str:
    """One task given to one unit has the same id wherever it is made, so it never doubles."""
    return str(uuid.uuid5(_NAMESPACE, f"{task_id}:{office_code}"))


def require_province(identity: Identity) -> None:
    if not identity.is_hub:
        raise PermissionDenied(
            translate(
                "Tasks",
                "Chỉ cấp tỉnh mới được ban hành, sửa văn bản chỉ đạo, nhiệm vụ và phân công. "
                "Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ được giao.",
            ).format(office=identity.office_name)
        )


def _date(value: Any, errors: dict[str, str], name: str) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return parse_date(value)
    except ValueError:
        errors[name] = translate(
            "Tasks", "Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2026."
        )
        return None


def _text(value: Any) -> str | None:
    return nfc(value) or None if value is not None else None


def _paragraphs(value: Any) -> str | None:
    """Multi-line text: NFC, spaces tidied within lines, line breaks kept."""
    if value is None:
        return None
    lines = [nfc(line) for line in str(value).replace("\r\n", "\n").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return text or None


def _live(conn: Connection, table: Any, record_id: str, message: str) -> Row:
    row = conn.execute(select(table).where(table.c.id == record_id)).first()
    if row is None or row.deleted:
        raise NotFoundError(message)
    return dict(row._mapping)


def _unknown(raw: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = [k for k in raw if k not in allowed]
    if unknown:
        raise ValidationError(
            {k: translate("Tasks", "Không có trường “{field}”.").format(field=k) for k in unknown}
        )


# --- directives ---------------------------------------------------------------------------------


def clean_directive(conn: Connection, raw: Mapping[str, Any], *, record_id: str | None = None,
                    base: Row | None = None, today: date | None = None) -> Row:  # fmt: skip
    today = today or date.today()
    _unknown(raw, DIRECTIVE_FIELDS)
    merged = {**(base or {}), **raw}
    errors: dict[str, str] = {}
    out: Row = {}
    number = nfc(merged.get("number")).replace(" /", "/").replace("/ ", "/")
    out["number"] = number
    if not number:
        errors["number"] = translate("Tasks", "Hãy nhập số, ký hiệu văn bản (ví dụ 12/CT-UBND).")
    elif "/" not in number or len(number) > 50:
        errors["number"] = translate(
            "Tasks", "Số, ký hiệu văn bản có dạng số/ký hiệu, ví dụ 12/CT-UBND."
        )
    out["issued_on"] = _date(merged.get("issued_on"), errors, "issued_on")
    if out["issued_on"] and out["issued_on"] > today:
        errors["issued_on"] = translate(
            "Tasks", "Ngày ban hành không được sau ngày hôm nay ({today})."
        ).format(today=today.strftime("%d/%m/%Y"))
    out["issuer"] = _text(merged.get("issuer"))
    if out["issuer"] and len(out["issuer"]) > 200:
        errors["issuer"] = translate("Tasks", "Cơ quan ban hành dài quá 200 ký tự.")
    out["title"] = nfc(merged.get("title"))
    if not out["title"]:
        errors["title"] = translate("Tasks", "Hãy nhập trích yếu (tên) văn bản.")
    out["summary"] = _paragraphs(merged.get("summary"))
    if number and "number" not in errors:
        clash = conn.execute(
            select(_directive.c.id).where(
                _directive.c.deleted.is_(False),
                _directive.c.number == number,
                _directive.c.issued_on == out["issued_on"],
                _directive.c.id != (record_id or ""),
            )
        ).first()
        if clash:
            errors["number"] = translate(
                "Tasks", "Văn bản số {number} cùng ngày ban hành đã có."
            ).format(number=number)
    if errors:
        raise ValidationError(errors)
    return out


def add_directive(conn: Connection, identity: Identity, values: Mapping[str, Any], *,
                  record_id: str | None = None, today: date | None = None) -> str:  # fmt: skip
    require_province(identity)
    clean = clean_directive(conn, values, today=today)
    return Writer(conn, identity).create(DIRECTIVE, clean, record_id=record_id)


def update_directive(conn: Connection, identity: Identity, directive_id: str,
                     changes: Mapping[str, Any], *, today: date | None = None
                     ) -> dict[str, tuple]:  # fmt: skip
    require_province(identity)
    current = _live(
        conn, _directive, directive_id, translate("Tasks", "Không tìm thấy văn bản chỉ đạo.")
    )
    base = {k: current[k] for k in DIRECTIVE_FIELDS}
    clean = clean_directive(conn, changes, record_id=directive_id, base=base, today=today)
    return Writer(conn, identity).apply(DIRECTIVE, current, clean)


def delete_directive(conn: Connection, identity: Identity, directive_id: str) -> None:
    """Soft delete of the directive with its tasks and their assignments (reports stay with
    their units, hidden with the assignment)."""
    require_province(identity)
    current = _live(
        conn, _directive, directive_id, translate("Tasks", "Không tìm thấy văn bản chỉ đạo.")
    )
    writer = Writer(conn, identity)
    for task in conn.execute(
        select(_task).where(_task.c.directive_id == directive_id, _task.c.deleted.is_(False))
    ).all():
        _delete_task(conn, writer, dict(task._mapping))
    writer.apply(DIRECTIVE, current, {"deleted": True})


# --- tasks ----------------------------------------------------------------------------------------


def clean_task(conn: Connection, raw: Mapping[str, Any], *, directive: Row,
               base: Row | None = None, task_id: str | None = None) -> Row:  # fmt: skip
    _unknown(raw, TASK_FIELDS)
    merged = {**(base or {}), **raw}
    errors: dict[str, str] = {}
    out: Row = {}
    out["title"] = nfc(merged.get("title"))
    if not out["title"]:
        errors["title"] = translate("Tasks", "Hãy nhập tên nhiệm vụ.")
    out["content"] = _paragraphs(merged.get("content"))
    cycle = match_code(merged.get("cycle") or periods.ONCE, periods.cycle_labels())
    out["cycle"] = cycle
    if cycle is None:
        errors["cycle"] = translate("Tasks", "Chu kỳ phải là: {choices}.").format(
            choices=", ".join(periods.cycle_labels().values())
        )
    deadline = _date(merged.get("deadline"), errors, "deadline")
    if cycle == periods.ONCE:
        if deadline is None and "deadline" not in errors:
            errors["deadline"] = translate("Tasks", "Nhiệm vụ một lần cần có thời hạn hoàn thành.")
        issued = directive.get("issued_on")
        if deadline and issued and deadline < issued:
            errors["deadline"] = translate(
                "Tasks", "Thời hạn không được trước ngày ban hành văn bản ({issued})."
            ).format(issued=issued.strftime("%d/%m/%Y"))
    else:
        # A recurring task is due period by period, not on one day.
        deadline = None
        errors.pop("deadline", None)
    out["deadline"] = deadline
    try:
        position = parse_int(merged.get("position"))
    except ValueError:
        position = -1
    if position is None:
        position = _next_position(conn, directive["id"])
    if position < 1 or position > 999:
        errors["position"] = translate("Tasks", "Số thứ tự phải là số nguyên từ 1 đến 999.")
    out["position"] = position
    if errors:
        raise ValidationError(errors)
    return out


def _next_position(conn: Connection, directive_id: str) -> int:
    top = conn.execute(
        select(func.max(_task.c.position)).where(
            _task.c.directive_id == directive_id, _task.c.deleted.is_(False)
        )
    ).scalar()
    return (top or 0) + 1


def add_task(
    conn: Connection,
    identity: Identity,
    directive_id: str,
    values: Mapping[str, Any],
    assignments: Iterable[tuple[str, str]] = (),
    *,
    record_id: str | None = None,
) -> str:
    """A task of a directive, with the units it goes to: [(office_code, lead|support)]."""
    require_province(identity)
    directive = _live(
        conn, _directive, directive_id, translate("Tasks", "Không tìm thấy văn bản chỉ đạo.")
    )
    clean = clean_task(conn, values, directive=directive)
    wanted = clean_assignments(conn, assignments)
    writer = Writer(conn, identity)
    task_id = writer.create(
        TASK,
        {**clean, "directive_id": directive_id, "previous_deadline": None, "extensions": 0},
        record_id=record_id,
    )
    _write_assignments(conn, writer, task_id, wanted)
    return task_id


def update_task(
    conn: Connection,
    identity: Identity,
    task_id: str,
    changes: Mapping[str, Any],
    assignments: Iterable[tuple[str, str]] | None = None,
) -> dict[str, tuple]:
    """Correct a task (a new deadline set here is a correction; use `extend_deadline` for an
    extension). `assignments`, when given, replaces the task's units."""
    require_province(identity)
    current = _live(conn, _task, task_id, translate("Tasks", "Không tìm thấy nhiệm vụ."))
    directive = _live(
        conn, _directive, current["directive_id"], translate("Tasks", "Không tìm thấy văn bản.")
    )
    base = {k: current[k] for k in TASK_FIELDS}
    clean = clean_task(conn, changes, directive=directive, base=base, task_id=task_id)
    wanted = clean_assignments(conn, assignments) if assignments is not None else None
    writer = Writer(conn, identity)
    diff = writer.apply(TASK, current, clean)
    if wanted is not None:
        _write_assignments(conn, writer, task_id, wanted)
    return diff


def delete_task(conn: Connection, identity: Identity, task_id: str) -> None:
    require_province(identity)
    current = _live(conn, _task, task_id, translate("Tasks", "Không tìm thấy nhiệm vụ."))
    _delete_task(conn, Writer(conn, identity), current)


def _delete_task(conn: Connection, writer: Writer, task: Row) -> None:
    for row in conn.execute(
        select(_assignment).where(
            _assignment.c.task_id == task["id"], _assignment.c.deleted.is_(False)
        )
    ).all():
        writer.apply(ASSIGNMENT, dict(row._mapping), {"deleted": True})
    writer.apply(TASK, task, {"deleted": True})


def extend_deadline(conn: Connection, identity: Identity, task_id: str, new_deadline: Any) -> Row:
    """Gia hạn: the new deadline; the previous one and the count of extensions are kept."""
    require_province(identity)
    current = _live(conn, _task, task_id, translate("Tasks", "Không tìm thấy nhiệm vụ."))
    errors: dict[str, str] = {}
    new = _date(new_deadline, errors, "deadline")
    if errors:
        raise ValidationError(errors)
    if current["cycle"] != periods.ONCE or current["deadline"] is None:
        raise ValidationError(
            {
                "deadline": translate(
                    "Tasks", "Chỉ gia hạn được nhiệm vụ có thời hạn (nhiệm vụ một lần)."
                )
            }
        )
    if new is None:
        raise ValidationError({"deadline": translate("Tasks", "Hãy nhập thời hạn mới.")})
    if new <= current["deadline"]:
        raise ValidationError(
            {
                "deadline": translate(
                    "Tasks", "Thời hạn mới phải sau thời hạn hiện tại ({current})."
                ).format(current=current["deadline"].strftime("%d/%m/%Y"))
            }
        )
    changes = {
        "deadline": new,
        "previous_deadline": current["deadline"],
        "extensions": (current["extensions"] or 0) + 1,
    }
    Writer(conn, identity).apply(TASK, current, changes)
    return changes


# --- assignments --------------------------------------------------------------------------------


def clean_assignments(conn: Connection, pairs: Iterable[tuple[str, str]] | None
                      ) -> dict[str, str]:  # fmt: skip
    """[(office_code, role)] -> {office_code: role}; every unit must exist, once, and a task
    given to units needs at least one lead unit."""
    out: dict[str, str] = {}
    errors: list[str] = []
    offices = office_names(conn)
    for code, role in pairs or ():
        code = nfc(code).upper()
        matched = match_code(role, role_labels())
        if code not in offices:
            errors.append(translate("Tasks", "Không có đơn vị mã “{code}”.").format(code=code))
        elif matched is None:
            errors.append(translate("Tasks", "Vai trò của đơn vị phải là chủ trì hoặc phối hợp."))
        elif code in out:
            errors.append(
                translate("Tasks", "Đơn vị {name} được chọn hai lần.").format(name=offices[code])
            )
        else:
            out[code] = matched
    if out and LEAD not in out.values() and not errors:
        errors.append(translate("Tasks", "Hãy chọn ít nhất một đơn vị chủ trì."))
    if errors:
        raise ValidationError({"assignments": "\n".join(errors)})
    return out


def set_assignments(conn: Connection, identity: Identity, task_id: str,
                    pairs: Iterable[tuple[str, str]]) -> None:  # fmt: skip
    require_province(identity)
    _live(conn, _task, task_id, translate("Tasks", "Không tìm thấy nhiệm vụ."))
    wanted = clean_assignments(conn, pairs)
    _write_assignments(conn, Writer(conn, identity), task_id, wanted)


def _write_assignments(conn: Connection, writer: Writer, task_id: str,
                       wanted: Mapping[str, str]) -> None:  # fmt: skip
    # A unit normally has one row per task (the id is derived from both); rows made elsewhere
    # with other ids are kept in step rather than removed, so their reports stay visible.
    existing: dict[str, list[Row]] = {}
    for found in conn.execute(select(_assignment).where(_assignment.c.task_id == task_id)):
        existing.setdefault(found.office_code, []).append(dict(found._mapping))
    for code, rows in existing.items():
        for row in rows:
            if code not in wanted and not row["deleted"]:
                writer.apply(ASSIGNMENT, row, {"deleted": True})
    for code, role in wanted.items():
        rows = existing.get(code, [])
        if not rows:
            writer.create(
                ASSIGNMENT,
                {"task_id": task_id, "office_code": code, "role": role},
                record_id=assignment_id(task_id, code),
            )
            continue
        live = [row for row in rows if not row["deleted"]] or rows[:1]
        for row in live:
            writer.apply(ASSIGNMENT, row, {"role": role, "deleted": False})


# --- units (offices) --------------------------------------------------------------------------


def office_names(conn: Connection) -> dict[str, str]:
    return {
        code: name
        for code, name in conn.execute(
            select(_office.c.code, _office.c.name).where(_office.c.deleted.is_(False))
        )
    }


def add_office(conn: Connection, identity: Identity, code: str, name: str, role: str,
               *, area_scheme: str | None = None, area_code: str | None = None,
               writer: Writer | None = None) -> str:  # fmt: skip
    """A unit tasks can be given to (a department, a district office...), province only."""
    require_province(identity)
    errors: dict[str, str] = {}
    code = nfc(code).upper()
    name = nfc(name)
    if not re.match(OFFICE_CODE_RE, code):
        errors["code"] = translate(
            "Tasks", "Mã đơn vị gồm chữ in hoa không dấu, chữ số, dấu - hoặc _ (tối đa 32 ký tự)."
        )
    elif conn.execute(select(_office.c.id).where(_office.c.code == code)).first():
        errors["code"] = translate("Tasks", "Mã đơn vị {code} đã có.").format(code=code)
    if not name:
        errors["name"] = translate("Tasks", "Hãy nhập tên đơn vị.")
    elif len(name) > 200:
        errors["name"] = translate("Tasks", "Tên đơn vị dài quá 200 ký tự.")
    if role not in settings.ROLES:
        errors["role"] = translate("Tasks", "Loại đơn vị không hợp lệ.")
    if errors:
        raise ValidationError(errors)
    values = {
        "code": code,
        "name": name,
        "role": role,
        "area_scheme": area_scheme or identity.area_scheme,
        "area_code": area_code,
    }
    writer = writer or Writer(conn, identity)
    return writer.create(OFFICE, values, record_id=reference_id("office", code))


# --- progress reports -------------------------------------------------------------------------


def clean_report(raw: Mapping[str, Any], *, task: Row, directive: Row | None,
                 base: Row | None = None, today: date | None = None) -> Row:  # fmt: skip
    today = today or date.today()
    _unknown(raw, REPORT_FIELDS)
    merged = {**(base or {}), **raw}
    errors: dict[str, str] = {}
    out: Row = {}
    cycle = task["cycle"]
    try:
        period = periods.parse(merged.get("period"))
    except ValueError:
        period = None
        errors["period"] = translate("Tasks", "Kỳ báo cáo không hợp lệ; ví dụ: {example}.").format(
            example=periods.example(cycle)
        )
    if period is not None and periods.kind_of(period) != periods.period_kind(cycle):
        if cycle == periods.ONCE:
            errors["period"] = translate(
                "Tasks", "Nhiệm vụ này có thời hạn, không chia kỳ: hãy để trống kỳ báo cáo."
            )
        else:
            errors["period"] = translate(
                "Tasks", "Nhiệm vụ này báo cáo theo chu kỳ “{cycle}”: kỳ báo cáo có dạng {example}."
            ).format(cycle=periods.cycle_labels()[cycle], example=periods.example(cycle))
    span = periods.bounds(period) if period and "period" not in errors else None
    if span and span[0] > today:
        errors["period"] = translate(
            "Tasks", "Kỳ {period} chưa bắt đầu, chưa báo cáo được."
        ).format(period=periods.label(period or ""))
    issued = (directive or {}).get("issued_on")
    if span and issued and span[1] < issued and "period" not in errors:
        errors["period"] = translate(
            "Tasks", "Kỳ {period} đã kết thúc trước khi ban hành văn bản ({issued})."
        ).format(period=periods.label(period or ""), issued=issued.strftime("%d/%m/%Y"))
    out["period"] = period
    reported = merged.get("reported_on")
    out["reported_on"] = _date(reported, errors, "reported_on") if reported else today
    if out["reported_on"] and out["reported_on"] > today:
        errors["reported_on"] = translate(
            "Tasks", "Ngày báo cáo không được sau ngày hôm nay ({today})."
        ).format(today=today.strftime("%d/%m/%Y"))
    elif out["reported_on"] and span and out["reported_on"] < span[0]:
        errors["reported_on"] = translate(
            "Tasks", "Ngày báo cáo phải từ ngày đầu kỳ ({first}) trở đi."
        ).format(first=span[0].strftime("%d/%m/%Y"))
    issued = (directive or {}).get("issued_on")
    if (
        out["reported_on"]
        and issued
        and out["reported_on"] < issued
        and "reported_on" not in errors
    ):
        errors["reported_on"] = translate(
            "Tasks", "Ngày báo cáo không được trước ngày ban hành văn bản ({issued})."
        ).format(issued=issued.strftime("%d/%m/%Y"))
    out["document_number"] = _text(merged.get("document_number"))
    if out["document_number"] and len(out["document_number"]) > 50:
        errors["document_number"] = translate("Tasks", "Số văn bản báo cáo dài quá 50 ký tự.")
    from desktop.core.tasks.status import report_status_labels

    status = match_code(merged.get("status"), report_status_labels())
    out["status"] = status
    if status is None:
        errors["status"] = translate(
            "Tasks", "Trạng thái phải là: chưa thực hiện, đang thực hiện hoặc hoàn thành."
        )
    given = merged.get("percent")
    try:
        percent = parse_int(str(given).strip().rstrip("%")) if given not in (None, "") else None
    except ValueError:
        percent = None
        errors["percent"] = translate("Tasks", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")
    if percent is None and "percent" not in errors:
        percent = {DONE: 100, NOT_STARTED: 0}.get(status or "")
        if percent is None:
            errors["percent"] = translate("Tasks", "Hãy nhập tỷ lệ hoàn thành (0–100%).")
    if percent is not None and "percent" not in errors:
        if not 0 <= percent <= 100:
            errors["percent"] = translate("Tasks", "Tỷ lệ hoàn thành là số nguyên từ 0 đến 100.")
        elif status == DONE and percent != 100:
            errors["percent"] = translate("Tasks", "Đã hoàn thành thì tỷ lệ là 100%.")
        elif status == NOT_STARTED and percent != 0:
            errors["percent"] = translate("Tasks", "Chưa thực hiện thì tỷ lệ là 0%.")
        elif status == IN_PROGRESS and percent == 100:
            errors["percent"] = translate(
                "Tasks", "Tỷ lệ 100% là đã hoàn thành: hãy chọn trạng thái “Hoàn thành”."
            )
    out["percent"] = percent
    for name in ("content", "difficulties", "proposals"):
        out[name] = _paragraphs(merged.get(name))
    if status in (IN_PROGRESS, DONE) and not out["content"]:
        errors["content"] = translate("Tasks", "Hãy ghi kết quả đã thực hiện.")
    if errors:
        raise ValidationError(errors)
    return out


def _assignment_context(conn: Connection, assignment_id_: str) -> tuple[Row, Row, Row]:
    assignment = _live(
        conn,
        _assignment,
        assignment_id_,
        translate("Tasks", "Không tìm thấy phân công (có thể đã bị hủy)."),
    )
    task = _live(conn, _task, assignment["task_id"], translate("Tasks", "Nhiệm vụ này đã bị xóa."))
    directive = _live(
        conn, _directive, task["directive_id"], translate("Tasks", "Văn bản chỉ đạo đã bị xóa.")
    )
    return assignment, task, directive


def _check_reporter(identity: Identity, office_code: str, on_behalf: bool) -> None:
    if office_code == identity.office_code:
        return
    if identity.is_hub and on_behalf:
        return
    raise PermissionDenied(
        translate(
            "Tasks",
            "Đơn vị {office} chỉ báo cáo tiến độ các nhiệm vụ giao cho chính mình; "
            "nhiệm vụ này giao cho đơn vị {other}.",
        ).format(office=identity.office_name, other=office_code)
    )


def add_report(conn: Connection, identity: Identity, assignment_id_: str,
               values: Mapping[str, Any], *, on_behalf: bool = False,
               today: date | None = None) -> str:  # fmt: skip
    """A unit's progress report on its assignment for one period."""
    assignment, task, directive = _assignment_context(conn, assignment_id_)
    _check_reporter(identity, assignment["office_code"], on_behalf)
    clean = clean_report(values, task=task, directive=directive, today=today)
    approvals.check_report(conn, assignment["office_code"], clean.get("period"))
    return Writer(conn, identity).create(
        REPORT,
        {**clean, "assignment_id": assignment_id_, "office_code": assignment["office_code"]},
    )


def update_report(conn: Connection, identity: Identity, report_id: str,
                  changes: Mapping[str, Any], *, on_behalf: bool = False,
                  today: date | None = None) -> dict[str, tuple]:  # fmt: skip
    current = _live(conn, _report, report_id, translate("Tasks", "Không tìm thấy báo cáo."))
    _check_reporter(identity, current["office_code"], on_behalf)
    _assignment, task, directive = _assignment_context(conn, current["assignment_id"])
    base = {k: current[k] for k in REPORT_FIELDS}
    clean = clean_report(changes, task=task, directive=directive, base=base, today=today)
    approvals.check_report(conn, current["office_code"], current["period"])
    approvals.check_report(conn, current["office_code"], clean.get("period"))
    return Writer(conn, identity).apply(REPORT, current, clean)


def delete_report(conn: Connection, identity: Identity, report_id: str, *,
                  on_behalf: bool = False) -> None:  # fmt: skip
    current = _live(conn, _report, report_id, translate("Tasks", "Không tìm thấy báo cáo."))
    _check_reporter(identity, current["office_code"], on_behalf)
    approvals.check_report(conn, current["office_code"], current["period"])
    Writer(conn, identity).apply(REPORT, current, {"deleted": True})
