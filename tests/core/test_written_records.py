"""What an operation reports it wrote is what it wrote: the records its writers listed as they
wrote (`records.written_in_transaction`, no query under the write lock) are exactly the rows
stamped with the transaction's change numbers (`operations.written_since`), for every kind of
write; a write the writers cannot list (a package import) says so, and is then found by its
change numbers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Table, event, select

from desktop.core import models, records, registry
from desktop.core.errors import KnownError
from desktop.core.operations import Changes, cooperatives, written_since
from desktop.core.operations import excel as excel_operations
from desktop.core.operations import sync as sync_operations
from desktop.core.operations import tasks as task_operations
from desktop.core.workspace import Workspace, configure
from tests.core.excel_samples import LE_THUY, office_list
from tests.core.helpers import DONG_HOI_WARD

Touched = frozenset[tuple[str, str]]


@dataclass
class Commits:
    """Each committed transaction's (listed records or None, rows found by change number)."""

    seen: list[tuple[Touched | None, Touched]] = field(default_factory=list)

    def last(self) -> tuple[Touched | None, Touched]:
        return self.seen[-1]


@contextmanager
def commits_of(ws: Workspace) -> Iterator[Commits]:
    """Every transaction committed on `ws`, checked just before its commit: what its writers
    listed equals what carries its change numbers."""
    found = Commits()

    def before_commit(conn: Connection) -> None:
        listed = records.written_in_transaction(conn)
        first = records.first_seq_taken(conn)
        stamped = frozenset(written_since(conn, first - 1)) if first is not None else frozenset()
        if listed is not None:
            assert listed == stamped
        found.seen.append((listed, stamped))

    engine = ws.database.engine
    event.listen(engine, "commit", before_commit)
    try:
        yield found
    finally:
        event.remove(engine, "commit", before_commit)


def _ids(ws: Workspace, table: Table, **where: Any) -> list[str]:
    query = select(table.c.id).where(table.c.deleted.is_(False)).order_by(table.c.id)
    for name, value in where.items():
        query = query.where(table.c[name] == value)
    with ws.reading() as conn:
        return list(conn.execute(query).scalars())


def _coop(number: int) -> dict[str, Any]:
    return {"registration_code": f"31001{number:05d}", "name": f"Hợp tác xã Thử {number}",
            "area_code": DONG_HOI_WARD, "sector": "agri"}  # fmt: skip


def _pick(ids: list[str], index: int) -> str | None:
    return ids[index % len(ids)] if ids else None


def _new_cooperative(ws: Workspace, n: int) -> Any:
    return cooperatives.save_cooperative(ws, None, _coop(n), {2023: {"members": n % 50 + 1},
                                                              2024: {"members": n % 40 + 2}})  # fmt: skip


def _form_save(ws: Workspace, n: int) -> Any:
    coop_id = _pick(_ids(ws, models.cooperative), n)
    if coop_id is None:
        return None
    with ws.reading() as conn:
        code = registry.get_cooperative(conn, coop_id)["registration_code"]
    return cooperatives.save_cooperative(
        ws, coop_id, {**_coop(0), "registration_code": code, "phone": f"0912 345 {n % 1000:03d}"},
        {2024: {"members": n % 30 + 3}, 2025: {"members": n % 20 + 1}},
        removed_years=[2023] if n % 2 else [],
    )  # fmt: skip


def _field_edit(ws: Workspace, n: int) -> Any:
    coop_id = _pick(_ids(ws, models.cooperative), n)
    if coop_id is None:
        return None
    return cooperatives.update_cooperative(ws, coop_id, {"phone": f"0987 654 {n % 1000:03d}"})


def _delete(ws: Workspace, n: int) -> Any:
    coop_id = _pick(_ids(ws, models.cooperative), n)
    return None if coop_id is None else cooperatives.delete_cooperative(ws, coop_id)


def _undo_delete(ws: Workspace, n: int) -> Any:
    table = models.cooperative
    with ws.reading() as conn:
        gone = list(conn.execute(select(table.c.id).where(table.c.deleted.is_(True))).scalars())
    coop_id = _pick(sorted(gone), n)
    return None if coop_id is None else cooperatives.restore_cooperative(ws, coop_id)


def _sample(ws: Workspace, n: int) -> Any:
    return task_operations.load_sample(ws)


def _new_task(ws: Workspace, n: int) -> Any:
    directive_id = _pick(_ids(ws, models.directive), n)
    if directive_id is None:
        return task_operations.save_directive(ws, None, {"number": f"{n}/CT-UBND",
                                                         "title": f"Chỉ thị {n}"})  # fmt: skip
    return task_operations.save_task(ws, directive_id, None,
                                     {"title": f"Việc {n}", "cycle": "once",
                                      "deadline": "30/06/2026"},
                                     [("QB", "lead")])  # fmt: skip


def _edit_task(ws: Workspace, n: int) -> Any:
    task_id = _pick(_ids(ws, models.task), n)
    if task_id is None:
        return None
    if n % 3 == 0:
        return task_operations.delete_task(ws, task_id)
    if n % 3 == 1:
        return task_operations.extend_deadline(ws, task_id, f"{n % 28 + 1:02d}/12/2026")
    with ws.reading() as conn:
        directive_id = conn.execute(
            select(models.task.c.directive_id).where(models.task.c.id == task_id)
        ).scalar_one()
    return task_operations.save_task(ws, directive_id, task_id, {"title": f"Việc sửa {n}"},
                                     [("QB", "lead")])  # fmt: skip


def _report(ws: Workspace, n: int) -> Any:
    assignment_id = _pick(_ids(ws, models.assignment), n)
    if assignment_id is None:
        return None
    return task_operations.save_report(
        ws, assignment_id, None, {"period": "2026", "status": "not_started"}, on_behalf=True
    )


KINDS: dict[str, Callable[[Workspace, int], Any]] = {
    "new cooperative": _new_cooperative,
    "form save": _form_save,
    "field edit": _field_edit,
    "delete": _delete,
    "undo delete": _undo_delete,
    "sample directive": _sample,
    "new task": _new_task,
    "task edit": _edit_task,
    "report": _report,
}


@settings(max_examples=12, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(sorted(KINDS)), st.integers(0, 10_000)),
                      min_size=1, max_size=8))  # fmt: skip
def test_every_save_reports_exactly_the_records_it_stamped(
    workspace: Workspace, steps: list[tuple[str, int]]
) -> None:
    with commits_of(workspace) as commits:
        for kind, n in steps:
            before = len(commits.seen)
            try:
                done = KINDS[kind](workspace, n)
            except KnownError:
                continue  # refused (rolled back): nothing committed, nothing to compare
            if done is None:
                continue
            listed, stamped = commits.last()
            assert len(commits.seen) > before
            assert listed is not None  # an ordinary write needs no listing query
            assert done.changes == Changes.of(stamped)


def _office(db_url: str) -> Workspace:
    ws = Workspace.open(db_url)
    with ws.transaction() as conn:
        configure(conn, LE_THUY)
    ws.identity = LE_THUY
    return ws


def test_an_excel_import_reports_exactly_the_records_it_stamped(
    db_url: str, tmp_path: Path
) -> None:
    ws = _office(db_url)
    sheet = office_list(tmp_path / "ds.xlsx")
    try:
        with commits_of(ws) as commits:
            created = excel_operations.import_path(ws, sheet, without_backup=True)
            listed, stamped = commits.last()
            assert listed is not None and len(listed) > 0
            assert {table for table, _id in listed} == {"cooperative", "indicator"}
            assert created.changes == Changes.of(stamped)

            # Edited here since, the same sheet again updates them back (many rows at once).
            coop_ids = _ids(ws, models.cooperative)
            for n, coop_id in enumerate(coop_ids):
                cooperatives.update_cooperative(ws, coop_id, {}, {2024: {"members": 900 + n}})
            again = excel_operations.import_path(ws, sheet, without_backup=True)
            listed, stamped = commits.last()
            assert listed is not None
            assert "indicator" in {table for table, _id in listed}
            assert again.changes == Changes.of(stamped)
    finally:
        ws.close()


def test_a_package_import_is_found_by_its_change_numbers(db_url: str, tmp_path: Path) -> None:
    from desktop.core.sync import enrolment, exporter

    province = Workspace.open(db_url)
    enrolment.init_province(province, code="T44", name="Sở KH&ĐT Quảng Bình", area_code="44",
                            scheme="pre2025")  # fmt: skip
    setup = sync_operations.enroll_office(province, code="H450", name="UBND TP Đồng Hới",
                                          area_code="450", out=tmp_path / "h450.htxsetup").value  # fmt: skip
    district = Workspace.open(str(tmp_path / "district.sqlite3"))
    try:
        sync_operations.install_setup(district, setup)
        coop_id = _new_cooperative(district, 7).value
        package = exporter.export(district, tmp_path / "out")[0].path
        with commits_of(province) as commits:
            done = sync_operations.import_package(province, package, without_backup=True)
            assert done.value.status == "applied"
            listed, stamped = commits.last()
            # Its rows are written by the merger, not listed by a writer: found by number.
            assert listed is None
            assert ("cooperative", coop_id) in stamped
            assert done.changes.records == stamped

            # A save on the province afterwards is listed again.
            saved = cooperatives.update_cooperative(province, coop_id, {"phone": "0912 111 222"})
            listed, stamped = commits.last()
            assert listed == stamped == {("cooperative", coop_id)}
            assert saved.changes.records == stamped
    finally:
        district.close()
        province.close()
