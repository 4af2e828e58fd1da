"""Operations on the directive's work: directives, tasks and their units, deadlines, offices,
progress reports, and loading the sample directive."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.operations import Done, write
from desktop.core.tasks import board, editing, sample

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def save_directive(ws: Workspace, directive_id: str | None, values: Mapping[str, Any]
                   ) -> Done[str]:  # fmt: skip
    identity = ws.require_identity()

    def work(conn: Connection) -> str:
        if directive_id is None:
            return editing.add_directive(conn, identity, values)
        editing.update_directive(conn, identity, directive_id, values)
        return directive_id

    return write(ws, work)


def delete_directive(ws: Workspace, directive_id: str) -> Done[None]:
    identity = ws.require_identity()
    return write(ws, lambda conn: editing.delete_directive(conn, identity, directive_id))


def save_task(ws: Workspace, directive_id: str, task_id: str | None, values: Mapping[str, Any],
              roles: Iterable[tuple[str, str]]) -> Done[str]:  # fmt: skip
    """A task and the units it is given to, in one write."""
    identity = ws.require_identity()
    pairs = list(roles)

    def work(conn: Connection) -> str:
        if task_id is None:
            return editing.add_task(conn, identity, directive_id, values, pairs)
        editing.update_task(conn, identity, task_id, values, pairs)
        return task_id

    return write(ws, work)


def add_task_to(ws: Workspace, directive_key: str, values: Mapping[str, Any],
                roles: Iterable[tuple[str, str]]) -> Done[dict[str, Any]]:  # fmt: skip
    """`htx tasks add`: a task in the directive found by its id or number, with its units."""
    identity = ws.require_identity()
    pairs = list(roles)

    def work(conn: Connection) -> dict[str, Any]:
        directive_id = board.find_directive(conn, directive_key)
        task_id = editing.add_task(conn, identity, directive_id, values, pairs)
        return board.get_task(conn, task_id)

    return write(ws, work)


def assign_task(ws: Workspace, task_key: str, directive_key: str | None,
                roles: Iterable[tuple[str, str]]) -> Done[dict[str, Any]]:  # fmt: skip
    """`htx tasks assign`: the units a task (found by its id or number) is given to."""
    identity = ws.require_identity()
    pairs = list(roles)

    def work(conn: Connection) -> dict[str, Any]:
        task_id = board.find_task(conn, task_key, directive_key)
        editing.set_assignments(conn, identity, task_id, pairs)
        return board.get_task(conn, task_id)

    return write(ws, work)


def delete_task(ws: Workspace, task_id: str) -> Done[None]:
    identity = ws.require_identity()
    return write(ws, lambda conn: editing.delete_task(conn, identity, task_id))


def extend_deadline(ws: Workspace, task_id: str, deadline: Any) -> Done[str]:
    identity = ws.require_identity()

    def work(conn: Connection) -> str:
        editing.extend_deadline(conn, identity, task_id, deadline)
        return task_id

    return write(ws, work)


def add_office(ws: Workspace, code: str, name: str, role: str) -> Done[str]:
    identity = ws.require_identity()
    return write(ws, lambda conn: editing.add_office(conn, identity, code, name, role))


def save_report(ws: Workspace, assignment_id: str, report_id: str | None,
                values: Mapping[str, Any], *, on_behalf: bool = False,
                today: date | None = None) -> Done[str]:  # fmt: skip
    identity = ws.require_identity()

    def work(conn: Connection) -> str:
        if report_id is None:
            return editing.add_report(conn, identity, assignment_id, values,
                                      on_behalf=on_behalf, today=today)  # fmt: skip
        editing.update_report(conn, identity, report_id, values, on_behalf=on_behalf,
                              today=today)  # fmt: skip
        return report_id

    return write(ws, work)


def delete_report(ws: Workspace, report_id: str, *, on_behalf: bool = False) -> Done[None]:
    identity = ws.require_identity()
    return write(
        ws, lambda conn: editing.delete_report(conn, identity, report_id, on_behalf=on_behalf)
    )


def load_sample(ws: Workspace, *, today: date | None = None) -> Done[dict[str, Any]]:
    identity = ws.ensure_identity()
    return write(ws, lambda conn: sample.load_sample(conn, identity, today=today))


def extend_task_deadline(ws: Workspace, task_key: str, directive_key: str | None,
                         deadline: Any) -> Done[dict[str, Any]]:  # fmt: skip
    """`htx tasks extend`: the task found by its id or number, read under the write."""
    identity = ws.ensure_identity()

    def work(conn: Connection) -> dict[str, Any]:
        task_id = board.find_task(conn, task_key, directive_key)
        return editing.extend_deadline(conn, identity, task_id, deadline)

    return write(ws, work)


def report_on_task(
    ws: Workspace,
    task_key: str,
    directive_key: str | None,
    office: str,
    values: Mapping[str, Any],
    *,
    today: date,
) -> Done[tuple[str, str, dict[str, Any]]]:
    """`htx tasks report`: a report on `office`'s assignment of a task, for the period given
    in `values` or else the one due. Returns (report id, period, task)."""
    identity = ws.ensure_identity()

    def work(conn: Connection) -> tuple[str, str, dict[str, Any]]:
        task_id = board.find_task(conn, task_key, directive_key)
        task = board.get_task(conn, task_id)
        found = [a for a in task["assignments"] if a["office_code"] == office]
        if not found:
            raise KnownError(
                translate("Tasks", "Nhiệm vụ {n} “{title}” không giao cho đơn vị {office}.").format(
                    n=task["position"], title=task["title"], office=office
                )
            )
        period = values.get("period")
        if period is None:
            line = board.lines(conn, today, task_id=task_id, office_code=office)[0]
            status = line.status
            period = status.period if not status.reported_current else status.current_period
        report_id = editing.add_report(
            conn, identity, found[0]["id"], {**values, "period": period},
            on_behalf=office != identity.office_code, today=today,
        )  # fmt: skip
        return report_id, period, task

    return write(ws, work)
