"""Operations on the sign-off of figures: submit (an office), approve, return, reopen (the
province), and reading the states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection

from desktop.core import approvals
from desktop.core.operations import Done, read, write

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def submit(ws: Workspace, period: str, note: str | None = None) -> Done[approvals.Status]:
    """This office sends its figures of `period` to the province for approval."""
    identity = ws.require_identity()
    return write(ws, lambda conn: approvals.submit(conn, identity, period, note))


def decide(ws: Workspace, office_code: str, period: str, decision: str,
           comment: str | None = None) -> Done[approvals.Status]:  # fmt: skip
    """The province approves, returns or reopens an office's period."""
    identity = ws.require_identity()

    def work(conn: Connection) -> approvals.Status:
        return approvals.decide(conn, identity, office_code, period, decision, comment)

    return write(ws, work)


def statuses(ws: Workspace, period: str) -> list[approvals.Status]:
    identity = ws.require_identity()
    checked = approvals.parse_period(period)
    return read(ws, lambda conn: approvals.statuses(conn, identity, checked))
