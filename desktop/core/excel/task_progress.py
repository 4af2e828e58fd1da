"""Task progress by responsible unit, for the Excel report.

Reads the task tables directly with one simple rule, kept here until the tasks module offers
its own: an assignment's state is that of its latest progress report (by report date).

- done on time: the latest report says done, dated on or before the task's deadline (or the
  task has no deadline);
- done late: done after the deadline;
- overdue: not done and the deadline has passed;
- in progress: a report says in progress and the deadline (if any) has not passed;
- not started: no report yet, or the latest says not started, deadline not passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, select

from desktop.core.excel.writer import Column, TableSheet, export_date_line, new_workbook, save
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.settings import Identity
from desktop.core.text import sort_key

_office = SPECS["office"].table
_directive = SPECS["directive"].table
_task = SPECS["task"].table
_assignment = SPECS["assignment"].table
_report = SPECS["progress_report"].table

STATES = ("done_on_time", "done_late", "in_progress", "overdue", "not_started")


@dataclass
class UnitProgress:
    office_code: str
    office_name: str
    assigned: int = 0
    lead: int = 0
    support: int = 0
    done_on_time: int = 0
    done_late: int = 0
    in_progress: int = 0
    overdue: int = 0
    not_started: int = 0

    @property
    def done_percent(self) -> float | None:
        if not self.assigned:
            return None
        return 100.0 * (self.done_on_time + self.done_late) / self.assigned


def assignment_state(latest_status: str | None, reported_on: date | None,
                     deadline: date | None, today: date) -> str:  # fmt: skip
    if latest_status == "done":
        if deadline is None or (reported_on is not None and reported_on <= deadline):
            return "done_on_time"
        return "done_late"
    if deadline is not None and deadline < today:
        return "overdue"
    if latest_status == "in_progress":
        return "in_progress"
    return "not_started"


def progress_by_unit(conn: Connection, today: date | None = None) -> list[UnitProgress]:
    today = today or date.today()
    names = {
        code: name
        for code, name in conn.execute(
            select(_office.c.code, _office.c.name).where(_office.c.deleted.is_(False))
        )
    }
    latest: dict[str, tuple[date, str, str]] = {}
    for assignment_id, reported_on, report_id, status in conn.execute(
        select(
            _report.c.assignment_id, _report.c.reported_on, _report.c.id, _report.c.status
        ).where(_report.c.deleted.is_(False))
    ):
        key = (reported_on, report_id, status)
        if assignment_id not in latest or key[:2] > latest[assignment_id][:2]:
            latest[assignment_id] = key
    units: dict[str, UnitProgress] = {}
    query = (
        select(_assignment.c.id, _assignment.c.office_code, _assignment.c.role,
               _task.c.deadline)
        .join(_task, _task.c.id == _assignment.c.task_id)
        .join(_directive, _directive.c.id == _task.c.directive_id)
        .where(_assignment.c.deleted.is_(False), _task.c.deleted.is_(False),
               _directive.c.deleted.is_(False))
    )  # fmt: skip
    for assignment_id, office_code, role, deadline in conn.execute(query):
        unit = units.setdefault(
            office_code, UnitProgress(office_code, names.get(office_code, office_code))
        )
        unit.assigned += 1
        if role == "lead":
            unit.lead += 1
        else:
            unit.support += 1
        report = latest.get(assignment_id)
        state = assignment_state(
            report[2] if report else None, report[0] if report else None, deadline, today
        )
        setattr(unit, state, getattr(unit, state) + 1)
    return sorted(units.values(), key=lambda u: sort_key(u.office_name))


def export_tasks(conn: Connection, identity: Identity, path: str | Path, *,
                 today: date | None = None) -> tuple[Path, int]:  # fmt: skip
    today = today or date.today()
    units = progress_by_unit(conn, today)
    workbook = new_workbook()
    columns = [
        Column(translate("Excel", "STT"), 6, "int"),
        Column(translate("Excel", "Đơn vị"), 40),
        Column(translate("Excel", "Số nhiệm vụ được giao"), 12, "int", "sum"),
        Column(translate("Excel", "Chủ trì"), 10, "int", "sum"),
        Column(translate("Excel", "Phối hợp"), 10, "int", "sum"),
        Column(translate("Excel", "Hoàn thành đúng hạn"), 12, "int", "sum"),
        Column(translate("Excel", "Hoàn thành trễ hạn"), 12, "int", "sum"),
        Column(translate("Excel", "Đang thực hiện trong hạn"), 12, "int", "sum"),
        Column(translate("Excel", "Quá hạn"), 10, "int", "sum"),
        Column(translate("Excel", "Chưa thực hiện / chưa báo cáo"), 14, "int", "sum"),
        Column(translate("Excel", "Tỷ lệ hoàn thành (%)"), 12, "decimal"),
    ]
    sheet = TableSheet(
        workbook, translate("Excel", "Tiến độ theo đơn vị"), columns, office=identity.office_name,
        heading=translate("Excel", "Tiến độ thực hiện nhiệm vụ theo đơn vị"),
        subtitle=translate("Excel", "Tính đến ngày {date} – trạng thái theo báo cáo mới nhất").format(
            date=today.strftime("%d/%m/%Y")) + " – " + export_date_line(),
    )  # fmt: skip
    for n, u in enumerate(units, 1):
        percent = u.done_percent
        sheet.append((n, u.office_name, u.assigned, u.lead, u.support, u.done_on_time,
                      u.done_late, u.in_progress, u.overdue, u.not_started,
                      round(percent, 1) if percent is not None else None))  # fmt: skip
    sheet.close(label_column=1)
    return save(workbook, path), len(units)
