"""Operations of sync: import a package (after the backup), export, undo, resolve a
conflict, enrol an office, install a setup file, set up this office."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core import backups, settings
from desktop.core.database_errors import DatabaseBusy
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.operations import (
    ATTEMPTS,
    EVERYTHING,
    Changes,
    Done,
    IsCancelled,
    Progress,
    write,
)
from desktop.core.sync import conflicts, enrolment

if TYPE_CHECKING:
    from desktop.core.sync import exporter, merger
    from desktop.core.workspace import Workspace

# The merger and the exporter (and the packaging under them) are imported when a package is
# imported or exported, on the runner's thread: the sync and conflicts pages, which import
# this module, do not need them to show, and a session that moves no package never loads them.

LOG_TABLE = "package_log"


def _import_changes(report: merger.ImportReport) -> Changes:
    from desktop.core.sync.merger import APPLIED

    if report.status != APPLIED:
        return Changes()
    if report.more_records:  # the report lists the first records only
        return EVERYTHING
    touched = {(r.table, r.id) for r in report.records if r.kind != "refused"}
    return Changes.of(touched, LOG_TABLE, "history")


def import_package(
    ws: Workspace,
    path: Path,
    *,
    dry_run: bool = False,
    without_backup: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Done[merger.ImportReport]:
    """Preview (`dry_run`) or import one package; the database is backed up first.

    A PostgreSQL master without pg_dump is refused unless `without_backup` (the person
    confirmed). A busy database is waited for and retried; the import is one transaction.
    """
    from desktop.core.sync import merger

    if not dry_run:
        backups.back_up_before_import(ws.database, reason="pre-import",
                                      without_backup=without_backup)  # fmt: skip
    for attempt in range(1, ATTEMPTS + 1):
        try:
            report = merger.import_package(
                ws, path, dry_run=dry_run, progress=progress, cancelled=cancelled
            )
            return Done(report, _import_changes(report))
        except DatabaseBusy:
            if attempt == ATTEMPTS:
                raise
            time.sleep(0.2 * attempt)
    raise AssertionError("unreachable")


def undo_last_import(ws: Workspace) -> Done[dict[str, Any]]:
    from desktop.core.sync import merger

    return Done(merger.undo_last_import(ws), EVERYTHING)


def export_packages(
    ws: Workspace,
    folder: Path,
    *,
    to: str | None = None,
    full: bool = False,
    encrypt: bool = False,
    remember_folder: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> Done[list[exporter.ExportResult]]:
    from desktop.core.sync import exporter

    results = exporter.export(ws, folder, to=to, full=full, encrypt=encrypt, progress=progress,
                              cancelled=cancelled)  # fmt: skip
    extra = [LOG_TABLE]
    if remember_folder:
        write(ws, lambda conn: settings.put(conn, "last_export_folder", str(folder)))
        extra.append("setting")
    return Done(results, Changes.of((), *extra))


def resolve_conflict(ws: Workspace, table: str, record_id: str, field: str, value: Any
                     ) -> Done[None]:  # fmt: skip
    identity = ws.require_identity()
    return write(ws, lambda conn: conflicts.resolve(conn, identity, table, record_id, field, value))


def enroll_office(ws: Workspace, *, code: str, name: str, area_code: str, out: Path,
                  role: str | None = None, scheme: str | None = None,
                  registry_access: str | None = None) -> Done[Path]:  # fmt: skip
    path = enrolment.enroll(ws, code=code, name=name, area_code=area_code, out=out, role=role,
                            scheme=scheme, registry_access=registry_access)  # fmt: skip
    return Done(path, Changes.of((), "office", LOG_TABLE))


class RoleChangeRefused(KnownError):
    """Installing the setup file would turn this province master into another office."""


def install_setup(ws: Workspace, path: Path, *, change_role: bool = False,
                  reinstall: bool = False) -> Done[merger.ImportReport]:  # fmt: skip
    """Install this office from the setup file the province issued.

    A province master (set up with `htx init`) is not turned into a district or department
    office unless `change_role` says the person meant it; the same office is installed again
    (a new PC) only with `reinstall`.
    """
    setup, _first = enrolment.read_setup(path)
    incoming: settings.Identity = setup["identity"]
    current = ws.identity
    if (
        current is not None
        and not enrolment.is_provisional(current)
        and current.is_hub
        and not incoming.is_hub
        and current.office_code == incoming.office_code  # else refused whatever the flag
        and not change_role
    ):
        raise RoleChangeRefused(
            translate(
                "Operations",
                "Cơ sở dữ liệu này là dữ liệu tổng hợp cấp tỉnh của {office} ({code}); tệp thiết "
                "lập sẽ biến nó thành đơn vị {other} ({role}). Chưa có gì bị thay đổi. Hãy dùng "
                "một cơ sở dữ liệu mới cho đơn vị đó; nếu thật sự muốn đổi, chạy lại với "
                "--change-role.",
            ).format(
                office=current.office_name,
                code=current.office_code,
                other=incoming.office_name,
                role=incoming.role,
            )
        )
    report = enrolment.install_setup(ws, path, reinstall=reinstall, change_role=change_role)
    return Done(report, EVERYTHING)


def start_office(ws: Workspace, *, name: str, role: str, scheme: str, area_code: str | None,
                 code: str) -> Done[settings.Identity]:  # fmt: skip
    """The first-run screen's Start without a setup file: a complete office whatever its role
    (the province with its keys; another office with its own, enrolled later)."""
    identity = enrolment.start_office(ws, name=name, role=role, scheme=scheme,
                                      area_code=area_code, code=code)  # fmt: skip
    return Done(identity, EVERYTHING)


def configure_office(ws: Workspace, identity: settings.Identity) -> Done[None]:
    """The first-run screen's Save: this installation's office."""
    from desktop.core.workspace import configure

    done = write(ws, lambda conn: configure(conn, identity), extra=("setting",))
    ws.identity = identity
    return done
