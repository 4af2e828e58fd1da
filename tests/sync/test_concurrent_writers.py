"""Several staff sharing one province master, in threads and in separate processes, on
SQLite and on a real PostgreSQL server (issue 12, findings 1 and 2).

Each staff member edits their own field of the same cooperatives while a district's package
is imported, then conflicts are resolved while others keep editing. Every write is recorded
in a model (the value and the version it got); afterwards each field must hold the last
value its writer wrote *with that write's version*: a write based on a stale read would put
back an older version (and a later district edit would then pass unflagged). Finally every
office must converge.
"""

from __future__ import annotations

import multiprocessing
import random
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select

from desktop.core import models, records, registry, settings, versions
from desktop.core.errors import ValidationError
from desktop.core.models import package_log
from desktop.core.sync import conflicts, exporter, merger
from desktop.core.workspace import Workspace
from tests.sync.world import World, coop_values, registration_code

pytestmark = pytest.mark.slow

# One field per staff member, and a value maker for each (valid for the form's rules).
STAFF_FIELDS: dict[str, Callable[[int, int], str]] = {
    "representative": lambda k, n: f"Nguyễn Văn Lượt {k}-{n}",
    "address": lambda k, n: f"Thôn {k}, xóm {n}",
    "email": lambda k, n: f"htx{k}.{n}@example.vn",
}
_coop = registry.COOP.table


def _edit_rounds(url: str, field: str, coop_ids: list[str], rounds: int, seed: int) -> list[Any]:
    """One staff member's session: edit `field` of the cooperatives, in a random order.
    Returns [(coop, field, value, dot)] in the order written."""
    ws = Workspace.open(url)
    identity = ws.require_identity()
    rng = random.Random(seed)
    done = []
    try:
        for k in range(rounds):
            for n, coop_id in enumerate(rng.sample(coop_ids, len(coop_ids))):
                value = STAFF_FIELDS[field](k, n)
                with ws.transaction() as conn:
                    registry.update_cooperative(conn, identity, coop_id, {field: value})
                    meta = conn.execute(select(_coop.c.sync_meta).where(_coop.c.id == coop_id))
                    dot = versions.decode(meta.scalar_one(), registry.COOP.fields).dots[field]
                done.append((coop_id, field, value, dot))
    finally:
        ws.close()
    return done


def _resolve_all(url: str) -> int:
    ws = Workspace.open(url)
    identity = ws.require_identity()
    resolved = 0
    try:
        while True:
            with ws.reading() as conn:
                waiting = [c for c in conflicts.list_conflicts(conn) if c["kind"] == "field"]
            if not waiting:
                return resolved
            for item in waiting:
                with ws.transaction() as conn:
                    conflicts.resolve(conn, identity, item["table"], item["id"], item["field"],
                                      item["others"][0]["value"])  # fmt: skip
                resolved += 1
    finally:
        ws.close()


def _import(url: str, path: str) -> str:
    ws = Workspace.open(url)
    try:
        report = merger.import_package(ws, Path(path))
        assert report.status == merger.APPLIED, report.errors
        return report.status
    finally:
        ws.close()


def _run_all(mode: str, jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]]) -> list[Any]:
    """Run the jobs at once: in threads, or each in its own process."""
    if mode == "threads":
        with ThreadPoolExecutor(len(jobs)) as pool:
            futures = [pool.submit(job, *args) for job, args in jobs]
            return [f.result(timeout=300) for f in futures]
    context = multiprocessing.get_context("spawn")
    with context.Pool(len(jobs)) as pool:
        pending = [pool.apply_async(job, args) for job, args in jobs]
        return [p.get(timeout=300) for p in pending]


def _check_model(world: World, written: list[list[Any]]) -> int:
    """Each field holds its writer's last value, with the version that write got."""
    last: dict[tuple[str, str], tuple[str, str]] = {}
    for session in written:
        for coop_id, field, value, dot in session:
            last[(coop_id, field)] = (value, dot)
    with world.province.ws.reading() as conn:
        for (coop_id, field), (value, dot) in last.items():
            row = conn.execute(select(_coop).where(_coop.c.id == coop_id)).one()._mapping
            meta = versions.decode(row["sync_meta"], registry.COOP.fields)
            assert (row[field], meta.dots[field]) == (value, dot), (coop_id, field)
    return sum(len(s) for s in written)


def _scenario(world: World, url: str, mode: str, rounds: int) -> None:
    coops = world.coops["457"]
    # Phase 1: three staff edit their fields while Lệ Thủy's package (phones and figures of
    # the same cooperatives) is imported.
    for n, coop in enumerate(coops):
        world.lethuy.edit(coop, {"phone": f"0232 3 555 00{n}"}, {2025: {"members": 30 + n}})
    package = world.lethuy.export_one()
    world.province.close()
    jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
        (_edit_rounds, (url, field, coops, rounds, seed)) for seed, field in enumerate(STAFF_FIELDS)
    ]
    jobs.append((_import, (url, str(package))))
    results = _run_all(mode, jobs)
    edits = _check_model(world, results[:-1])
    for n, coop in enumerate(coops):
        assert world.province.row("cooperative", coop)["phone"] == f"0232 3 555 00{n}"
    # Phase 2: the district had not seen the staff's addresses: its own edits of them are
    # conflicts, every one. They are resolved while the other staff go on editing.
    for coop in coops:
        world.lethuy.edit(coop, {"address": "Địa chỉ do huyện sửa"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.counts["conflicts"] == len(coops), report.to_json()
    world.province.close()
    jobs = [
        (_edit_rounds, (url, field, coops, rounds, 10 + seed))
        for seed, field in enumerate(STAFF_FIELDS)
        if field != "address"
    ]
    jobs.append((_resolve_all, (url,)))
    results = _run_all(mode, jobs)
    edits += _check_model(world, results[:-1])
    assert results[-1] == len(coops)
    assert not [c for c in world.province.conflicts() if c["kind"] == "field"]
    assert edits == rounds * len(coops) * (2 * len(STAFF_FIELDS) - 1)
    world.settle()
    world.assert_districts_match()


@pytest.mark.parametrize("mode", ["threads", "processes"])
def test_staff_sharing_a_sqlite_master_lose_no_version(world: World, mode: str) -> None:
    _scenario(world, str(world.province.path), mode, rounds=4)


@pytest.mark.postgres
@pytest.mark.parametrize("mode", ["threads", "processes"])
def test_staff_sharing_a_postgresql_master_lose_no_version(pg_world: World, mode: str) -> None:
    assert pg_world.province.url
    _scenario(pg_world, pg_world.province.url, mode, rounds=4)


# --- an edit checked before the lock, written after it -----------------------------------------


def _paused_before_locking(url: str, coop: str, changes: dict[str, Any]) -> tuple[
    threading.Event, threading.Event, Callable[[], dict[str, tuple]], Workspace
]:  # fmt: skip
    """A staff member's save that stops just before it asks for the write lock (its checks
    done, nothing written): (reached, go, save, its workspace)."""
    ws = Workspace.open(url)
    reached, go = threading.Event(), threading.Event()

    @event.listens_for(ws.database.engine, "before_cursor_execute")
    def _pause(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if "UPDATE counter" in statement and not go.is_set():
            reached.set()
            assert go.wait(60)

    def save() -> dict[str, tuple]:
        with ws.transaction() as conn:
            return registry.update_cooperative(conn, ws.require_identity(), coop, changes)

    return reached, go, save, ws


@pytest.mark.postgres
@pytest.mark.parametrize("meanwhile", ["edit", "import"])
def test_an_edit_checked_before_the_lock_reads_again_what_was_written_meanwhile(
    pg_world: World, meanwhile: str
) -> None:
    """On PostgreSQL a save of a record's own fields checks it before taking the write lock;
    another staff member's save or a package import that writes the record in between is
    not lost, nor is the save based on what it read before: it reads the record again under
    the lock and writes on top of it."""
    assert pg_world.province.url
    coop = pg_world.coops["457"][0]
    before = pg_world.province.row("cooperative", coop)
    assert before is not None
    if meanwhile == "import":
        pg_world.lethuy.edit(coop, {"address": "Địa chỉ huyện gửi", "phone": "0232 3 999 999"})
        package = pg_world.lethuy.export_one()
    pg_world.province.close()
    reached, go, save, ws = _paused_before_locking(
        pg_world.province.url, coop, {"address": "Địa chỉ nhân viên A"}
    )
    try:
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(save)
            assert reached.wait(60)
            # The paused save holds no lock: this write is not kept waiting.
            if meanwhile == "edit":
                pg_world.province.edit(coop, {"address": "Địa chỉ nhân viên B", "notes": "B"})
                between = "Địa chỉ nhân viên B"
            else:
                assert pg_world.province.receive(package).status == merger.APPLIED
                between = "Địa chỉ huyện gửi"
            go.set()
            diff = future.result(timeout=60)
    finally:
        go.set()
        ws.close()
    # Written on top of what stood when it wrote, not of what it first read.
    assert diff == {"address": (between, "Địa chỉ nhân viên A")}
    row = pg_world.province.row("cooperative", coop)
    assert row is not None and row["address"] == "Địa chỉ nhân viên A"
    if meanwhile == "edit":
        assert row["notes"] == "B"
    else:
        assert row["phone"] == "0232 3 999 999"
    meta = versions.decode(row["sync_meta"], registry.COOP.fields)
    office, counter = versions.split_dot(meta.dots["address"])
    assert office == pg_world.province.code
    assert counter > versions.split_dot(meta.dots["notes" if meanwhile == "edit" else "name"])[1]
    history = [
        (h["field"], h["old_value"], h["new_value"])
        for h in records_history(pg_world, coop)
        if h["field"] == "address"
    ]
    # Once, from what stood: the write tried on what it first read left no history behind.
    assert [h for h in history if h[2] == "Địa chỉ nhân viên A"] == [
        ("address", between, "Địa chỉ nhân viên A")
    ]
    # The province and the district agree afterwards.
    pg_world.settle()
    pg_world.assert_districts_match()


@pytest.mark.postgres
@pytest.mark.parametrize("between", [0, 4, 30])
def test_an_edit_checked_before_the_lock_takes_the_lock_numbers_and_write_at_once(
    pg_world: World, between: int
) -> None:
    """A save of a record's own fields takes the write lock, its numbers and makes its write
    in one statement, its version state worked out before the lock for each counter it may
    get; other staff members' writes taking the lock in between (`between`, of other
    records) give it a later counter, and past those it tried it writes in a second
    statement. Either way it stores exactly the version state, author and history an edit
    made with its numbers stores."""
    assert pg_world.province.url
    coops = pg_world.coops["457"]
    coop, others = coops[0], coops[1:]
    before = pg_world.province.row("cooperative", coop)
    assert before is not None
    pg_world.province.close()
    reached, go, save, ws = _paused_before_locking(
        pg_world.province.url, coop, {"address": "Địa chỉ nhân viên A"}
    )
    sent: list[str] = []

    @event.listens_for(ws.database.engine, "before_cursor_execute")
    def _record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if sent or "UPDATE counter" in statement:
            sent.append(statement)

    try:
        with ThreadPoolExecutor(1) as pool:
            future = pool.submit(save)
            assert reached.wait(60)
            for n in range(between):
                pg_world.province.edit(others[n % len(others)], {"notes": f"Ghi chú {n}"})
            go.set()
            diff = future.result(timeout=60)
    finally:
        go.set()
        ws.close()
    assert diff == {"address": (before["address"], "Địa chỉ nhân viên A")}
    row = pg_world.province.row("cooperative", coop)
    assert row is not None and row["address"] == "Địa chỉ nhân viên A"
    meta = versions.decode(row["sync_meta"], registry.COOP.fields)
    dot = meta.dots["address"]
    office, counter = versions.split_dot(dot)
    assert office == pg_world.province.code
    # The version state an edit made with this counter stores, byte for byte.
    expected = versions.decode(before["sync_meta"], registry.COOP.fields)
    wire = registry.COOP.to_wire(before)
    versions.local_write(wire, expected, {"address": "Địa chỉ nhân viên A"}, office=office,
                         counter=counter, now=meta.times[dot])  # fmt: skip
    assert row["sync_meta"] == versions.encode(expected, registry.COOP.fields)
    assert row["has_conflict"] is False and row["deleted"] is False
    with pg_world.province.ws.reading() as conn:
        clock = conn.execute(select(models.counter.c.value).where(
            models.counter.c.name == "clock")).scalar_one()  # fmt: skip
        authors = conn.execute(select(models.write_author.c.dot, models.write_author.c.seq)
                               .where(models.write_author.c.seq == row["sync_seq"])).all()  # fmt: skip
    assert counter == clock  # the last write: no other after it
    assert authors == [(dot, row["sync_seq"])]
    assert row["sync_seq"] > before["sync_seq"]
    history = [h for h in records_history(pg_world, coop) if h["field"] == "address"]
    assert [(h["old_value"], h["new_value"]) for h in history][-1:] == [
        (before["address"], "Địa chỉ nhân viên A")
    ]
    assert len([h for h in history if h["new_value"] == "Địa chỉ nhân viên A"]) == 1
    # One statement under the lock, a second past the counters tried.
    work = [s for s in sent if "UNION ALL" not in s
            and not s.lstrip().upper().startswith(("SAVEPOINT", "RELEASE"))]  # fmt: skip
    assert len(work) == (1 if between < records.COUNTERS_TRIED else 2), work
    assert "UPDATE counter" in work[0] and "UPDATE cooperative" in work[-1]
    pg_world.settle()
    pg_world.assert_districts_match()


def records_history(world: World, coop: str) -> list[dict[str, Any]]:
    from desktop.core.records import history

    with world.province.ws.reading() as conn:
        return history(conn, "cooperative", [coop])


# --- registration codes: two staff adding the same code at once -------------------------------

_ADD_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from desktop.core import registry
    from desktop.core.errors import ValidationError
    from desktop.core.workspace import Workspace
    from tests.sync.world import coop_values
    url, codes = sys.argv[1], json.loads(sys.argv[2])
    ws = Workspace.open(url)
    identity = ws.require_identity()
    for code in codes:
        values = {**coop_values("457", "Hợp tác xã Trùng Mã"), "registration_code": code}
        try:
            with ws.transaction() as conn:
                registry.add_cooperative(conn, identity, values)
            print("added", code)
        except ValidationError as exc:
            print("refused", code, json.dumps(exc.errors, ensure_ascii=False))
    ws.close()
    """
)


def _live_codes(ws: Workspace) -> list[str]:
    with ws.reading() as conn:
        return list(
            conn.execute(
                select(_coop.c.registration_code).where(_coop.c.deleted.is_(False))
            ).scalars()
        )


def _race_codes(url: str, ws: Workspace, staff: int) -> None:
    codes = [registration_code() for _ in range(6)]
    import json

    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _ADD_SCRIPT, url, json.dumps(codes)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        for _ in range(staff)
    ]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _out, err in outputs]
    lines = [line for out, _err in outputs for line in out.splitlines()]
    live = _live_codes(ws)
    for code in codes:
        assert live.count(code) == 1, code
        assert sum(line == f"added {code}" for line in lines) == 1
        refusals = [line for line in lines if line.startswith(f"refused {code}")]
        assert len(refusals) == staff - 1
        assert all("đã được dùng cho" in line for line in refusals), refusals


def test_two_staff_adding_one_code_at_once_sqlite(world: World) -> None:
    world.province.close()
    _race_codes(str(world.province.path), world.province.ws, staff=3)


@pytest.mark.postgres
def test_two_staff_adding_one_code_at_once_postgresql(pg_world: World) -> None:
    assert pg_world.province.url
    pg_world.province.close()
    _race_codes(pg_world.province.url, pg_world.province.ws, staff=3)


def test_threads_adding_one_code_get_a_clear_message(world: World) -> None:
    url = str(world.province.path)
    code = registration_code()
    barrier = threading.Barrier(4)

    def add() -> str:
        ws = Workspace.open(url)
        try:
            barrier.wait()
            values = {**coop_values("457", "Hợp tác xã Cùng Mã"), "registration_code": code}
            with ws.transaction() as conn:
                registry.add_cooperative(conn, ws.require_identity(), values)
            return "added"
        except ValidationError as exc:
            return exc.errors["registration_code"]
        finally:
            ws.close()

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(lambda _: add(), range(4)))
    assert outcomes.count("added") == 1
    assert all("đã được dùng cho “Hợp tác xã Cùng Mã”" in o for o in outcomes if o != "added")


# --- change numbers: two imports at once --------------------------------------------------------


def _import_together(url: str, path: Path, barrier: threading.Barrier) -> None:
    barrier.wait()
    _import(url, str(path))


def test_two_imports_at_once_get_distinct_change_numbers_and_both_are_exported(
    world: World,
) -> None:
    for _round in range(3):
        packages = []
        for office, district in ((world.lethuy, "457"), (world.donghoi, "450")):
            world_coop = world.coops[district][0]
            office.edit(world_coop, {"notes": f"vòng {_round} của {office.code}"})
            packages.append(office.export_one())
        with world.province.ws.reading() as conn:
            mark = int(settings.get(conn, "export_mark:H450", 0))
        world.province.close()
        url = str(world.province.path)
        barrier = threading.Barrier(2)
        with ThreadPoolExecutor(2) as pool:
            list(pool.map(_import_together, [url] * 2, packages, [barrier] * 2))
        with world.province.ws.reading() as conn:
            seqs = (
                conn.execute(
                    select(package_log.c.change_seq)
                    .where(package_log.c.direction == "import")
                    .order_by(package_log.c.id)
                )
                .scalars()
                .all()
            )
            assert len(set(seqs)) == len(seqs), seqs
            payload, _counts = exporter.collect(
                conn, destination=None, since=mark, limit_to_destination=False
            )
        sent = set(payload["tables"]["cooperative"]["data"][0])
        assert {world.coops["457"][0], world.coops["450"][0]} <= sent


# --- an edit of one field leaves another field's conflict alone ---------------------------------


def test_editing_another_field_leaves_a_conflict_waiting(world: World) -> None:
    coop = world.coops["457"][0]
    world.province.edit(coop, {"address": "Địa chỉ tỉnh ghi"})
    world.lethuy.edit(coop, {"address": "Địa chỉ huyện ghi"})
    world.province.receive(world.lethuy.export_one())
    assert [c["field"] for c in world.province.conflicts()] == ["address"]
    world.province.edit(coop, {"notes": "sửa trường khác"})
    assert [c["field"] for c in world.province.conflicts()] == ["address"]


def test_a_form_saved_with_what_it_showed_changes_only_what_was_typed(world: World) -> None:
    """Two staff have the same cooperative open; the first saves a new phone and revenue;
    the second, whose form still shows the old ones, changes only the name. The second save
    keeps the first one's work (and leaves a conflict waiting on another field alone)."""
    coop = world.coops["457"][0]
    with world.province.ws.reading() as conn:
        shown = registry.get_cooperative(conn, coop)
    form = {name: shown[name] for name in registry.COOP_FIELDS}
    figures = {ind["year"]: {k: ind[k] for k in registry.INDICATOR_FIELDS}
               for ind in shown["indicators"]}  # fmt: skip
    world.province.edit(coop, {"phone": "0232 3 777 777"}, {2024: {"revenue": 77}})
    with world.province.ws.transaction() as conn:
        registry.update_cooperative(
            conn, world.province.identity, coop, {**form, "name": "Tên mới do người thứ hai"},
            figures, seen=shown,
        )  # fmt: skip
    row = world.province.row("cooperative", coop)
    assert (row["name"], row["phone"]) == ("Tên mới do người thứ hai", "0232 3 777 777")
    assert world.province.row("indicator", registry.indicator_id(coop, 2024))["revenue"] == 77


# --- two staff exporting to the same office at once -------------------------------------------


def _export_to(url: str, folder: str, destination: str) -> tuple[int, str]:
    ws = Workspace.open(url)
    try:
        (result,) = exporter.export(ws, Path(folder), to=destination)
        return result.sequence, str(result.path)
    finally:
        ws.close()


def _simultaneous_exports(world: World, url: str, tmp_path: Path) -> None:
    with world.province.ws.reading() as conn:
        start = int(settings.get(conn, "export_seq:H457", 0))
    world.province.close()
    rounds = 3
    for k in range(rounds):
        jobs: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
            (_export_to, (url, str(tmp_path / f"staff-{k}-{n}"), "H457")) for n in range(3)
        ]
        results = _run_all("threads", jobs)
        numbers = sorted(number for number, _ in results)
        assert numbers == list(range(start + 3 * k + 1, start + 3 * k + 4)), numbers
        for _, path in sorted(results):
            report = world.lethuy.receive(Path(path))
            assert report.status == merger.APPLIED, report.to_json()


def test_staff_exporting_at_once_get_different_package_numbers(
    world: World, tmp_path: Path
) -> None:
    _simultaneous_exports(world, str(world.province.path), tmp_path)


@pytest.mark.postgres
def test_staff_exporting_at_once_from_postgresql_get_different_numbers(
    pg_world: World, tmp_path: Path
) -> None:
    assert pg_world.province.url
    _simultaneous_exports(pg_world, pg_world.province.url, tmp_path)


def test_a_cancelled_export_gives_its_number_back(world: World) -> None:
    from desktop.core.errors import Cancelled

    with world.province.ws.reading() as conn:
        start = int(settings.get(conn, "export_seq:H457", 0))
    with pytest.raises(Cancelled):
        world.province.export(to="H457", cancelled=lambda: True)
    (path,) = world.province.export(to="H457")
    with world.province.ws.reading() as conn:
        assert int(settings.get(conn, "export_seq:H457")) == start + 1
    assert world.lethuy.receive(path).status == merger.APPLIED
