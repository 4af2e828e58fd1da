"""Task status, computed from the reports: a pure function of the facts and `today`.

Units store what they did (`not_started`, `in_progress`, `done`); the timing is computed:

- **Chưa thực hiện** (`not_started`): no report, or a report saying not started, and the
  report is not yet due;
- **Đang thực hiện – trong hạn** (`in_time`): in progress and not yet past due;
- **Quá hạn** (`overdue`): past due and not done ("Đang thực hiện – quá hạn" when work has
  started, "Chưa thực hiện – quá hạn" when not);
- **Hoàn thành – đúng hạn** (`done_on_time`): reported done on or before the due date;
- **Hoàn thành – trễ hạn** (`done_late`): reported done after the due date.

Due today is still in time; due yesterday is overdue. Work not done whose due date is within
`DUE_SOON_DAYS` days (today included) is *due soon*.

For a `once` task the due date is the task's deadline and every report counts. For a recurring
task (see `periods`) each period is judged on its own reports, due on the period's last day:
the status shown for a unit is that of the **current** period when the unit has reported for
it, otherwise that of the **previous** period (so a missed or late report stays visible until
the unit reports for the new period), unless the task did not exist yet then. `continuous`
work is never finished, so a report "in progress" fulfils its period; only a missing or "not
started" report makes it overdue.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.core.i18n import translate
from desktop.core.tasks import periods

DUE_SOON_DAYS = 7

# Stored in progress_report.status.
NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
DONE = "done"
REPORT_STATUSES = (NOT_STARTED, IN_PROGRESS, DONE)

# Computed.
IN_TIME = "in_time"
OVERDUE = "overdue"
DONE_ON_TIME = "done_on_time"
DONE_LATE = "done_late"
STATUSES = (NOT_STARTED, IN_TIME, OVERDUE, DONE_ON_TIME, DONE_LATE)


def report_status_labels() -> dict[str, str]:
    return {
        NOT_STARTED: translate("Tasks", "Chưa thực hiện"),
        IN_PROGRESS: translate("Tasks", "Đang thực hiện"),
        DONE: translate("Tasks", "Hoàn thành"),
    }


def status_labels() -> dict[str, str]:
    return {
        NOT_STARTED: translate("Tasks", "Chưa thực hiện"),
        IN_TIME: translate("Tasks", "Đang thực hiện – trong hạn"),
        OVERDUE: translate("Tasks", "Quá hạn"),
        DONE_ON_TIME: translate("Tasks", "Hoàn thành – đúng hạn"),
        DONE_LATE: translate("Tasks", "Hoàn thành – trễ hạn"),
    }


@dataclass(frozen=True, slots=True)
class Fact:
    """What the computation needs from one progress report."""

    period: str
    reported_on: date
    status: str  # not_started | in_progress | done
    order: Any = ""  # ties on the same day: the larger is the later report


@dataclass(frozen=True, slots=True)
class Status:
    code: str  # one of STATUSES
    period: str  # the period judged ('' for a once task)
    due: date | None  # when that period's report was / is due
    started: bool  # the judged report says in progress or done
    due_soon: bool  # not done and due within DUE_SOON_DAYS days
    current_period: str  # the period containing today
    reported_current: bool  # the unit has reported for the current period
    report: Fact | None  # the report judged (latest of its period)

    @property
    def overdue(self) -> bool:
        return self.code == OVERDUE

    @property
    def done(self) -> bool:
        return self.code in (DONE_ON_TIME, DONE_LATE)

    @property
    def needs_attention(self) -> bool:
        return self.overdue or self.due_soon

    @property
    def period_to_report(self) -> str:
        """The period a new report is most likely about: an overdue earlier period first,
        otherwise the current one."""
        if self.code == OVERDUE and self.period != self.current_period:
            return self.period
        return self.current_period

    def label(self) -> str:
        if self.code == OVERDUE:
            if self.started:
                return translate("Tasks", "Đang thực hiện – quá hạn")
            return translate("Tasks", "Chưa thực hiện – quá hạn")
        return status_labels()[self.code]


def latest(facts: Iterable[Fact]) -> Fact | None:
    """The latest report: by report date, then `order`."""
    return max(facts, key=lambda f: (f.reported_on, f.order), default=None)


def period_status(due: date | None, report: Fact | None, today: date, *,
                  continuous: bool = False) -> str:  # fmt: skip
    """The status of one period (or of a once task) from its latest report."""
    past_due = due is not None and today > due
    if report is None or report.status == NOT_STARTED:
        return OVERDUE if past_due else NOT_STARTED
    if report.status == DONE:
        return DONE_LATE if due is not None and report.reported_on > due else DONE_ON_TIME
    if continuous:
        return IN_TIME
    return OVERDUE if past_due else IN_TIME


def _soon(due: date | None, today: date) -> bool:
    return due is not None and 0 <= (due - today).days <= DUE_SOON_DAYS


def assignment_status(
    cycle: str,
    deadline: date | None,
    facts: Iterable[Fact],
    today: date,
    *,
    start: date | None = None,
) -> Status:
    """The status of one unit's assignment of a task, as of `today`.

    `facts` are the unit's reports for this assignment (any periods); `start` is when the task
    began (the directive's date): periods that ended before it are not owed.
    """
    facts = list(facts)
    continuous = cycle == periods.CONTINUOUS
    if cycle == periods.ONCE:
        report = latest(facts)
        code = period_status(deadline, report, today)
        return Status(
            code=code,
            period="",
            due=deadline,
            started=_started(report),
            due_soon=code in (NOT_STARTED, IN_TIME) and _soon(deadline, today),
            current_period="",
            reported_current=report is not None,
            report=report,
        )
    current = periods.period_of(cycle, today)
    current_due = periods.due_date(current)
    current_report = latest(f for f in facts if f.period == current)
    before = periods.previous(current)
    before_due = periods.due_date(before)
    before_owed = start is not None and before_due is not None and start <= before_due
    if current_report is None and before_owed:
        report = latest(f for f in facts if f.period == before)
        code = period_status(before_due, report, today, continuous=continuous)
        judged, due = before, before_due
        # The previous period is settled; what comes next is the current period's report.
        soon = code != OVERDUE and _soon(current_due, today)
    else:
        report = current_report
        code = period_status(current_due, report, today, continuous=continuous)
        judged, due = current, current_due
        unfinished = code == NOT_STARTED or (code == IN_TIME and not continuous)
        soon = unfinished and _soon(current_due, today)
    return Status(
        code=code,
        period=judged,
        due=due,
        started=_started(report),
        due_soon=soon,
        current_period=current,
        reported_current=current_report is not None,
        report=report,
    )


def _started(report: Fact | None) -> bool:
    return report is not None and report.status in (IN_PROGRESS, DONE)


def combined(codes: Iterable[str]) -> str | None:
    """A task's status over its units: overdue if any unit is; done when all are (late if any
    was late); in progress when some unit has started; otherwise not started."""
    codes = set(codes)
    if not codes:
        return None
    if OVERDUE in codes:
        return OVERDUE
    if codes <= {DONE_ON_TIME, DONE_LATE}:
        return DONE_LATE if DONE_LATE in codes else DONE_ON_TIME
    if codes & {IN_TIME, DONE_ON_TIME, DONE_LATE}:
        return IN_TIME
    return NOT_STARTED
