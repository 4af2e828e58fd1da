"""Operations of Excel: import a list (after the backup), remember column choices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from desktop.core import backups
from desktop.core.excel import mapping
from desktop.core.excel.importer import ImportPlan, apply_plan, import_file, plan_import, prepare
from desktop.core.excel.mapping import ColumnMap, Layout
from desktop.core.excel.reader import Sheet
from desktop.core.operations import Done, IsCancelled, Progress, write

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

REASON = "pre-excel-import"


def import_sheet(
    ws: Workspace,
    sheet: Sheet,
    layout: Layout,
    *,
    year: int | None,
    file: str,
    without_backup: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Done[ImportPlan]:
    """The wizard's Finish: the list, read and mapped, planned again under the write lock
    (so that it reflects the database as it is now) and written in one transaction."""
    identity = ws.ensure_identity()
    backups.back_up_before_import(ws.database, reason=REASON, without_backup=without_backup)

    def work(conn: Connection) -> ImportPlan:
        plan = plan_import(conn, identity, sheet, layout, year=year, file=file,
                           progress=progress, cancelled=cancelled)  # fmt: skip
        apply_plan(conn, identity, plan, progress=progress, cancelled=cancelled)
        return plan

    return write(ws, work)


def import_path(
    ws: Workspace,
    path: str | Path,
    *,
    sheet_name: str | None = None,
    year: int | None = None,
    dry_run: bool = False,
    overrides: list[str] | None = None,
    without_backup: bool = False,
) -> Done[ImportPlan]:
    """`htx excel-import`: read, plan and (unless `dry_run`) apply."""
    if dry_run:
        plan = import_file(ws, path, sheet_name=sheet_name, year=year, dry_run=True,
                           overrides=overrides)  # fmt: skip
        return Done(plan)
    identity = ws.ensure_identity()
    backups.back_up_before_import(ws.database, reason=REASON, without_backup=without_backup)

    def work(conn: Connection) -> ImportPlan:
        sheet, layout = prepare(conn, path, sheet_name, overrides)
        plan = plan_import(conn, identity, sheet, layout, year=year, file=str(path))
        apply_plan(conn, identity, plan)
        return plan

    return write(ws, work)


def save_column_choices(ws: Workspace, columns: list[ColumnMap]) -> Done[int]:
    return write(ws, lambda conn: mapping.save_aliases(conn, columns), extra=("setting",))
