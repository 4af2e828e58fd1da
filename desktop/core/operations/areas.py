"""Operations of the 2025 reform: converting the registry to the new units (after a backup),
choosing a split commune's successor, the old district offices, merging another master."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.core import area_conversion, backups
from desktop.core.operations import EVERYTHING, Done, write
from desktop.core.sync import merger

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace


def preview_conversion(ws: Workspace) -> area_conversion.Preview:
    with ws.reading() as conn:
        return area_conversion.preview(conn)


def convert(ws: Workspace, plan: area_conversion.Plan | None = None, *,
            dry_run: bool = False) -> Done[area_conversion.Preview]:  # fmt: skip
    """The reviewed conversion in one transaction, the database backed up first."""
    identity = ws.require_identity()
    if dry_run:
        with ws.reading() as conn:
            result, _same = area_conversion.convert(conn, identity, dry_run=True)
        return Done(result)
    backups.back_up(ws.database, reason="convert")
    done = write(ws, lambda conn: area_conversion.apply_plan(conn, identity, plan or area_conversion.Plan()),
                 extra=("office",))  # fmt: skip
    result, moved = done.value
    ws.identity = moved
    return Done(result, done.changes)


def choose(ws: Workspace, key: str, new_code: str) -> Done[area_conversion.Item]:
    identity = ws.require_identity()
    return write(ws, lambda conn: area_conversion.choose(conn, identity, key, new_code))


def map_office(ws: Workspace, code: str, commune: str, name: str | None = None) -> Done[dict]:
    identity = ws.require_identity()
    return write(ws, lambda conn: area_conversion.map_office(conn, identity, code, commune, name))


def retire_office(ws: Workspace, code: str, successors: list[str]) -> Done[dict]:
    identity = ws.require_identity()
    return write(ws, lambda conn: area_conversion.retire_office(conn, identity, code, successors))


def merge_master(ws: Workspace, other: str, *, dry_run: bool = False
                 ) -> Done[merger.ImportReport]:  # fmt: skip
    """Another provincial master's whole state, previewed (`dry_run`) or imported after a
    backup."""
    from desktop.core.sync import master_merge

    if not dry_run:
        backups.back_up(ws.database, reason="merge")
    report = master_merge.merge_master(ws, other, dry_run=dry_run)
    if report.status == merger.APPLIED:
        return Done(report, EVERYTHING)
    return Done(report)
