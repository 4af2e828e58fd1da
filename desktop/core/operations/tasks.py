"""Operations on the directive's work: directives, tasks and their units, deadlines, offices,
progress reports, and loading the sample directive."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from desktop.core.operations import Done, write
from desktop.core.tasks import editing, sample

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
    identity = ws.require_identity()
    return write(ws, lambda conn: sample.load_sample(conn, identity, today=today))
