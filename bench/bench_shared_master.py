"""A province master on PostgreSQL shared by several staff: 8 staff editing and one package
import at once, against the same edits made by one staff member alone.

The benchmark starts its own throwaway PostgreSQL server from the binaries on the machine (as
the tests do) and builds the province with two enrolled districts through the real set-up
path. Each staff member is a separate process (as on separate PCs) editing random fields of
random cooperatives through the registry, while a district's package of changed cooperatives
is imported. Every write's value and version are recorded; afterwards each field must hold its
last writer's value with that write's version: "lost versions" counts those that do not.

Ratio: time of the shared run / time of one staff making the same edits in a row (≤ 1.25×
is ≥ 0.8 × linear throughput); p95 of one edit (saving the form) in the shared run. Each
session's first save is made before the clock starts (it is the process's start: see
`_staff`); the timed saves and the import then start together.

Where the p95 comes from, seen from the bench's side (no hook in the program): the import's
process notes when its first statement on the office's write lock (the `clock` counter row)
returned and when its transaction ended: the lock window, which every save landing in it
waits for. The closed-loop row tells how many timed saves overlapped it and their p95 against
the others'. A second run, on a copy of the same starting master, paces each staff member to
one save every 100 ms on average (80 saves/s in all, far above 8 people's pace; each
member's saves come at random, as people's do, not all 8 at the same instant): its p95 separates
waiting for the import's lock from 8 client processes sharing this machine's cores (in an
office, 8 PCs) in a closed loop.

Both rows then say what sets their figures (`_floor_detail`), again from the bench's side:
the saves' throughput X and Little's law (N sessions saving back to back wait N/X on
average), how long a save waits for the write lock and holds it (from the engine's
statement events in each staff process), how much of the time the lock was held, and the
CPU a save costs (its process, its server process from /proc, its share of the import)
against what the whole machine was busy with.

A last row measures the form's Save (`_form_saves`), one staff member alone: the timed
edits change one field through the registry, which reads before taking the write lock; the
cooperative dialog sends every field and every year it shows; years sent as they were shown
are not written, so a Save that edits no year reads before the lock too, and one that edits a
year takes the lock first and holds it for all its statements.
"""

from __future__ import annotations

import glob
import multiprocessing
import os
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

from bench.common import percentile, scratch_dir, use_bench_env  # noqa: E402

STAFF = 8
FIELDS = ("representative", "address", "notes", "email")


def _value(field: str, k: int, who: int) -> str:
    if field == "email":
        return f"nv{who}.{k}@htx.vn"
    return {"representative": "Nguyễn Văn {w}-{k}", "address": "Thôn {w}, số {k}",
            "notes": "Ghi chú {w}-{k}"}[field].format(w=who, k=k)  # fmt: skip


PACE_S = 0.1  # the paced run: one save every 100 ms on average per staff member


def _cpu_of(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, from /proc (0 if gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_cpu() -> tuple[float, float]:
    """(busy, all) CPU seconds of the whole machine so far, every core (/proc/stat)."""
    ticks = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK"), sum(ticks) / os.sysconf("SC_CLK_TCK")


class _SaveTrace:
    """When each statement of a save was sent and returned and when its commit began, from
    the engine's events in the staff member's own process (the bench's side: the program
    fires them for every statement, `records.on_driver` included)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        self.marks: list[tuple[str, float, str]] = []
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)
        event.listen(engine, "commit", self._commit)

    def _before(self, conn: Any, cursor: Any, sql: str, *_args: Any) -> None:
        self.marks.append(("sent", time.perf_counter(), sql))

    def _after(self, conn: Any, cursor: Any, sql: str, *_args: Any) -> None:
        self.marks.append(("back", time.perf_counter(), sql))

    def _commit(self, conn: Any) -> None:
        self.marks.append(("commit", time.perf_counter(), ""))

    def phases(self, ended: float) -> tuple[float, ...]:
        """(waiting for the lock, holding it, of which: the client between the numbers and
        the write, the write's round trip, from its return to the commit's end) of the
        save just made, seconds; the lock is taken by the statement on the `clock`
        counter (its return: held from then on, as far as the client can tell), the last
        one if the save was made again. A statement that takes the lock and writes (a save
        that read before the lock) is the write too: its round trip is counted in the wait,
        and the hold begins at its return."""
        marks, self.marks = self.marks, []
        sent = got = write_sent = write_back = 0.0
        for n, (kind, at, sql) in enumerate(marks):
            if kind == "back" and "counter" in sql and "clock" in sql:
                got, write_sent, write_back = at, 0.0, 0.0
                sent = next(t for k, t, s in reversed(marks[:n]) if k == "sent" and s == sql)
                if "written AS" in sql:
                    write_sent = write_back = at
            elif got and kind == "sent" and not write_sent:
                write_sent = at
            elif write_sent and kind == "back" and not write_back:
                write_back = at
        if not (got and write_back):
            return ()
        # A statement after the commit (what the save wrote, listed once the lock is given
        # back) ends the hold where it is sent; else the save's end does.
        committed = [n for n, (kind, _at, _sql) in enumerate(marks) if kind == "commit"]
        later = (
            [at for kind, at, _sql in marks[committed[-1] :] if kind == "sent"] if committed else []
        )
        ended = later[0] if later else ended
        return (got - sent, ended - got, write_sent - got, write_back - write_sent,
                ended - write_back)  # fmt: skip


def _staff(url: str, coops: list[str], edits: int, who: int, ready: Any = None,
           pace: float = 0.0) -> tuple[list[tuple[Any, ...]], tuple[float, ...]]:  # fmt: skip
    """One staff member's session: a first save, then (once every session and the import
    are `ready`, when given) `edits` more; returns (coop, field, value, dot, ended,
    seconds, the save's phases (`_SaveTrace.phases`)) of each, the first save's first,
    and the CPU seconds of the timed saves: (this process's, its server process's,
    the machine's busy and all CPU at their start, the same at their end, when they
    ended). The first save of a session is not timed
    with the others: it pays for the process's first statements (modules imported, the
    statements compiled, the connection opened: 1.1-1.6 s on a loaded machine), which
    is the program's start, not an edit waiting for the import. `pace`: the timed saves
    start `pace` seconds apart on average (random arrivals, a Poisson process with its own
    seed: eight people do not press Save at the same instant; at once when behind), not
    each as soon as the last ended."""
    use_bench_env()
    os.environ["HTX_STAFF"] = f"Nhân viên {who}"  # each write's author names its session
    from desktop.core import operations, records, registry
    from desktop.core.workspace import Workspace

    ws = Workspace.open(url)
    identity = ws.require_identity()
    trace = _SaveTrace(ws.database.engine)
    rng = random.Random(who)
    out = []
    arrivals = random.Random(1000 + who)
    due = 0.0
    backend = 0
    cpu: list[float] = []
    for k in range(edits + 1):
        if k == 1 and ready is not None:
            ready.wait(600)
        if k == 1:
            due = time.perf_counter()
            cpu = [time.process_time(), _cpu_of(backend), *_machine_cpu()]
        if k >= 1 and pace:
            due += arrivals.expovariate(1 / pace)
            time.sleep(max(0.0, due - time.perf_counter()))
        coop_id, field = rng.choice(coops), FIELDS[who % len(FIELDS)]
        value = _value(field, k, who)

        def save(conn: Any, edit: tuple[str, str, str] = (coop_id, field, value)) -> int | None:
            nonlocal backend
            registry.update_cooperative(conn, identity, edit[0], {edit[1]: edit[2]})
            driver = conn.connection.driver_connection
            if not backend and driver is not None:  # its server process, for its CPU
                backend = driver.info.backend_pid
            # The write's change number, known without a statement: reading the version
            # back here would add a round trip under the write lock that a save does not
            # make (`_lost` finds the version from it afterwards).
            return records.first_seq_taken(conn)

        # As the window saves: one operation (its transaction, retries, and what it wrote
        # listed for the window's refresh).
        started = time.perf_counter()
        seq = operations.write(ws, save).value
        ended = time.perf_counter()
        out.append((coop_id, field, value, seq, time.time(), ended - started,
                    trace.phases(ended)))  # fmt: skip
    end = [time.process_time(), _cpu_of(backend), *_machine_cpu()]
    ws.close()
    return out, (*(b - a for a, b in zip(cpu[:2], end[:2], strict=True)), *cpu[2:], *end[2:],
                 time.time())  # fmt: skip


def _form_saves(url: str, coops: list[str], edits: int
                ) -> tuple[list[float], float, float, float, float]:  # fmt: skip
    """One staff member alone making the form's Save (`operations.cooperatives.
    save_cooperative` with every field and every year the dialog shows, and what it showed
    as `seen`, as `coop_dialog` sends them) with one field changed: (each save's seconds,
    statements per save seen by the engine, CPU seconds per save of this process and of its
    server process, statements per save sent with the write lock held). The timed saves
    above edit one field through the registry, which reads before the write lock; so does
    the form's Save when it leaves its years as shown."""
    use_bench_env()
    from sqlalchemy import event

    from desktop.core import registry, write_lock
    from desktop.core.operations import cooperatives
    from desktop.core.workspace import Workspace

    ws = Workspace.open(url)
    trace = _SaveTrace(ws.database.engine)
    held = [0]

    def _held(conn: Any, *_args: Any) -> None:  # the lock is held once a statement returns
        held[0] += write_lock.held(conn)

    event.listen(ws.database.engine, "after_cursor_execute", _held)
    rng = random.Random(99)
    seconds: list[float] = []
    statements = locked = 0
    cpu = server = 0.0
    backend = 0
    for k in range(edits + 1):
        coop_id = rng.choice(coops)
        with ws.reading() as conn:  # the dialog opened: not timed
            record = registry.get_cooperative(conn, coop_id)
            driver = conn.connection.driver_connection
            if not backend and driver is not None:
                backend = driver.info.backend_pid
        values = {name: record[name] for name in registry.COOP_FIELDS}
        values["address"] = _value("address", k, 99)
        figures = {ind["year"]: {name: ind[name] for name in registry.INDICATOR_FIELDS}
                   for ind in record["indicators"]}  # fmt: skip
        trace.marks.clear()
        held0 = held[0]
        cpu0, server0, started = time.process_time(), _cpu_of(backend), time.perf_counter()
        cooperatives.save_cooperative(ws, coop_id, values, figures, (), seen=record)
        if k:  # the first: the statements compiled
            seconds.append(time.perf_counter() - started)
            cpu += time.process_time() - cpu0
            server += _cpu_of(backend) - server0
            statements += sum(1 for mark in trace.marks if mark[0] == "sent")
            locked += held[0] - held0
    ws.close()
    return seconds, statements / edits, cpu / edits, server / edits, locked / edits


def _import(url: str, path: str, ready: Any) -> tuple[float, ...]:
    """(started, seconds, lock window's start, its end, the process's CPU seconds in it,
    the process's CPU seconds in the whole import, its server process's) of the import, in
    `time.time()`. The window is seen from this process's side: from the return of the
    first statement on the write lock's row (the `clock` counter: the lock is held from
    then on) to the end of the transaction (its connection given back to the pool)."""
    use_bench_env()
    from sqlalchemy import event

    from desktop.core.sync import merger
    from desktop.core.workspace import Workspace

    ws = Workspace.open(url)
    window: dict[str, float] = {}

    def statement(conn: Any, cursor: Any, sql: str, params: Any, context: Any, many: bool) -> None:
        if "backend" not in window:
            window["backend"] = conn.connection.driver_connection.info.backend_pid
            window["backend_cpu"] = _cpu_of(int(window["backend"]))
        if "lock" not in window and "counter" in sql and "clock" in f"{sql} {params}":
            window["lock"] = time.time()
            window["cpu"] = time.process_time()

    def given_back(*_args: Any) -> None:
        if "lock" in window and "end" not in window:
            window["end"] = time.time()
            window["cpu"] = time.process_time() - window["cpu"]
            window["backend_cpu"] = _cpu_of(int(window["backend"])) - window["backend_cpu"]

    event.listen(ws.database.engine, "after_cursor_execute", statement)
    event.listen(ws.database.engine, "checkin", given_back)
    ready.wait(600)  # (with the staff's first timed saves)
    started, cpu = time.time(), time.process_time()
    report = merger.import_package(ws, Path(path))
    assert report.status == merger.APPLIED, report.errors
    ended, cpu = time.time(), time.process_time() - cpu
    ws.close()
    lock_at, lock_end = window.get("lock", started), window.get("end", ended)
    return (started, ended - started, lock_at, lock_end, window.get("cpu", 0.0), cpu,
            window.get("backend_cpu", 0.0))  # fmt: skip


def _shared(
    pool: Any, manager: Any, url: str, coops: list[str], edits: int, package: Path,
    pace: float = 0.0,
) -> tuple[list[list[tuple[Any, ...]]], tuple[float, ...], list[tuple[float, ...]]]:  # fmt: skip
    """8 staff sessions and the import at once: each session's rows and CPU (`_staff`) and
    the import's figures (`_import`)."""
    ready = manager.Barrier(STAFF + 1)
    pending = [
        pool.apply_async(_staff, (url, coops, edits, who, ready, pace)) for who in range(STAFF)
    ]
    imported = pool.apply_async(_import, (url, str(package), ready))
    done = [p.get(timeout=900) for p in pending]
    return [rows for rows, _cpu in done], imported.get(timeout=900), [c for _r, c in done]


def _floor_detail(sessions: list[list[tuple[Any, ...]]], imported: tuple[float, ...],
                  cpus: list[tuple[float, ...]]) -> str:  # fmt: skip
    """What sets a closed loop's response time: N sessions saving back to back with
    throughput X wait N/X on average (Little's law). X is bounded by the write lock (one
    holder at a time: X ≤ 1 / the mean time a save holds it, with the import's window; the
    hold as the client sees it, to its commit's return, a little longer than the server's)
    and by the CPU (each save's client, its server process and its share of the import, on
    the machine's cores, less what other programs take of them)."""
    rows = [row for s in sessions for row in s]
    saves = len(rows)
    span = max(row[4] for row in rows) - min(row[4] - row[5] for row in rows)
    x = saves / span
    mean = sum(row[5] for row in rows) / saves
    traced = [row[6] for row in rows if row[6]]

    def ms(index: int) -> float:
        return sum(t[index] for t in traced) / len(traced) * 1000

    client = sum(c[0] for c in cpus) / saves * 1000
    server = sum(c[1] for c in cpus) / saves * 1000
    importing = (imported[5] + imported[6]) / saves * 1000
    first, last = min(cpus, key=lambda c: c[6]), max(cpus, key=lambda c: c[6])
    cores = os.cpu_count() or 1
    busy, interval = last[4] - first[2], (last[5] - first[3]) / cores
    ours = (client + server + importing) * saves / 1000
    held = ms(1) * len(traced) / 1000 + imported[3] - imported[2]
    return (
        f"X {x:.0f} saves/s over {span:.2f} s; mean {mean * 1000:.1f} ms, N/X "
        f"{STAFF / x * 1000:.1f} ms (Little, N={STAFF}); a save waits {ms(0):.1f} ms for "
        f"the lock and holds it {ms(1):.1f} ms as its client sees it (from the numbers' "
        f"return to the write {ms(2):.1f}, the write {ms(3):.1f}, then to the commit's "
        f"return {ms(4):.1f}); the lock held {held / span:.0%} of the span (saves and the "
        f"import's window): X ≤ {len(traced) / held:.0f}/s at that hold; CPU per save: "
        f"client {client:.2f} ms, its server process {server:.2f} ms, the import's share "
        f"{importing:.2f} ms: X ≤ {cores / (client + server + importing) * 1000:.0f}/s on "
        f"{cores} cores of our own; the machine's {cores} cores busy "
        f"{busy / interval:.2f}, of them ours {ours / span:.2f}"
    )


def _window_detail(sessions: list[list[tuple[Any, ...]]], imported: tuple[float, ...]) -> str:
    """The import's lock window (`_import`) and the timed saves that overlapped it (waited,
    or could have waited, for it) against the others."""
    lock_at, lock_end, cpu = imported[2:5]
    inside: list[float] = []
    outside: list[float] = []
    last = lock_end  # when the last save that overlapped the window ended
    for row in (row for s in sessions for row in s):
        ended, seconds = row[4], row[5]
        overlapped = ended > lock_at and ended - seconds < lock_end
        (inside if overlapped else outside).append(seconds)
        last = max(last, ended) if overlapped else last

    def p95(values: list[float]) -> str:
        return f"{percentile(values, 0.95) * 1000:.0f} ms" if values else "-"

    return (
        f"import's lock window {(lock_end - lock_at) * 1000:.0f} ms (its CPU {cpu * 1000:.0f} "
        f"ms); {len(inside)} saves "
        f"overlapped it (p95 {p95(inside)}; the last ended {(last - lock_end) * 1000:.0f} ms "
        f"after it: the saves queued behind the import then take the lock one by one), "
        f"{len(outside)} did not (p95 {p95(outside)})"
    )


def _lost(url: str, sessions: list[list[tuple[Any, ...]]]) -> int:
    """Fields whose standing value or version is not their last writer's. A save's version
    (its dot) is found from its change number in the writes' authors (`_staff`)."""
    from sqlalchemy import select

    from desktop.core import registry, versions
    from desktop.core.models import write_author
    from desktop.core.workspace import Workspace

    ws = Workspace.open(url)
    with ws.reading() as conn:
        dot_of = dict(conn.execute(select(write_author.c.seq, write_author.c.dot)).tuples().all())
    writes = [(r[0], r[1], r[2], dot_of.get(r[3])) for s in sessions for r in s]
    lost = sum(1 for w in writes if w[3] is None)  # a save whose write left no version
    order = sorted((w for w in writes if w[3]), key=lambda w: versions.split_dot(w[3])[1])
    last = {(w[0], w[1]): (w[2], w[3]) for w in order}
    coop = registry.COOP.table
    with ws.reading() as conn:
        for (coop_id, field), (value, dot) in last.items():
            row = conn.execute(select(coop).where(coop.c.id == coop_id)).one()._mapping
            meta = versions.decode(row["sync_meta"], registry.COOP.fields)
            lost += (row[field], meta.dots.get(field)) != (value, dot)
    ws.close()
    return lost


def run(quick: bool = False) -> list[dict[str, Any]]:
    use_bench_env()
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        raise RuntimeError("no PostgreSQL server binaries (apt-get install postgresql)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from desktop.core import registry
    from tests.conftest import _Cluster
    from tests.sync.world import build_world, coop_values

    edits = 15 if quick else 40  # per staff member
    work = scratch_dir("shared-")
    cluster = _Cluster(Path(found[-1]).parent)
    server = cluster.start()
    try:
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for name in ("shared", "alone"):
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        admin.dispose()
        urls = {n: make_url(server).set(database=n).render_as_string(hide_password=False)
                for n in ("shared", "alone", "paced")}  # fmt: skip
        world = build_world(work / "world", urls["shared"])
        with world.province.ws.transaction() as conn:
            for n in range(200):
                registry.add_cooperative(
                    conn, world.province.identity,
                    coop_values("457", f"Hợp tác xã Thử Tải {n}", n % 5),
                    {2024: {"members": 10 + n}},
                )  # fmt: skip
        world.sync_down()
        with world.lethuy.ws.reading() as conn:
            coops = [c["id"] for c in registry.list_cooperatives(conn)]
        for n, coop_id in enumerate(coops):
            world.lethuy.edit(coop_id, {"phone": f"0232 3 {n:06d}"}, {2025: {"members": n + 1}})
        package = world.lethuy.export_one()
        world.close()
        # The same starting master for the one-staff run.
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text('DROP DATABASE "alone"'))
            conn.execute(text('CREATE DATABASE "alone" TEMPLATE "shared"'))
            conn.execute(text('CREATE DATABASE "paced" TEMPLATE "shared"'))
        admin.dispose()

        context = multiprocessing.get_context("spawn")
        with context.Manager() as manager, context.Pool(STAFF + 1) as pool:
            # One staff member alone: the same edits, one after the other (each session's
            # first save untimed, as below).
            alone_all = [_staff(urls["alone"], coops, edits, who)[0] for who in range(STAFF)]
            alone = [s[1:] for s in alone_all]
            alone_s = sum(s[-1][4] - (s[0][4] - s[0][5]) for s in alone)
            alone_cpu = _staff(urls["alone"], coops, edits, 0)[1]
            form = _form_saves(urls["alone"], coops, edits)
            every, imported, cpus = _shared(pool, manager, urls["shared"], coops, edits, package)
            # The same, each staff member paced (see the module's text).
            paced_all, paced_import, paced_cpus = _shared(
                pool, manager, urls["paced"], coops, edits, package, PACE_S
            )
        import_at, import_s = imported[:2]
        lost = _lost(urls["shared"], every)
        paced_lost = _lost(urls["paced"], paced_all)
        paced = [s[1:] for s in paced_all]
        paced_latencies = [row[5] for s in paced for row in s]
        sessions = [s[1:] for s in every]
        firsts = [s[0][4] - s[0][5] for s in sessions]
        lasts = [s[-1][4] for s in sessions]
        shared_s = max(max(lasts), import_at + import_s) - min(min(firsts), import_at)
        latencies = [row[5] for s in sessions for row in s]
        total = STAFF * edits
        one_alone = [row[5] for s in alone for row in s]
        form_note = (
            f"median {percentile(form[0], 0.5) * 1000:.1f} ms against "
            f"{percentile(one_alone, 0.5) * 1000:.1f}; {form[1]:.0f} statements a save "
            f"besides BEGIN, the write lock's own and COMMIT, {form[4]:.0f} of them under "
            f"the lock; CPU per save: client "
            f"{form[2] * 1000:.2f} ms, its server process {form[3] * 1000:.2f} ms, against "
            f"{alone_cpu[0] / edits * 1000:.2f} and {alone_cpu[1] / edits * 1000:.2f} ms for "
            f"the timed saves' edit alone"
        )
        return [
            {
                "name": f"shared PostgreSQL master: {STAFF} staff × {edits} edits + 1 import "
                f"({len(coops)} records)",
                "ours_s": shared_s,
                "baseline_s": alone_s,
                "ratio": shared_s / alone_s,
                "goal": "≤ 1.25×",
                "note": f"{total / shared_s:.0f} edits/s shared vs {total / alone_s:.0f} alone; "
                f"import {import_s:.2f} s; lost versions {lost}",
                "met": shared_s / alone_s <= 1.25 and lost == 0,
            },
            {
                "name": "shared PostgreSQL master: one edit (p95) while 8 staff and an import",
                "ours_s": percentile(latencies, 0.95),
                "baseline_s": percentile(one_alone, 0.95),
                "ratio": percentile(latencies, 0.95) / percentile(one_alone, 0.95),
                "goal": "≤ 50 ms",
                "note": f"median {percentile(latencies, 0.5) * 1000:.0f} ms, "
                f"max {max(latencies) * 1000:.0f} ms; lost versions {lost}; "
                + _window_detail(sessions, imported)
                + "; "
                + _floor_detail(sessions, imported, cpus),
            },
            {
                "name": "shared PostgreSQL master: the form's Save (every field and year "
                "shown) alone, p95, against the timed edit alone",
                "ours_s": percentile(form[0], 0.95),
                "baseline_s": percentile(one_alone, 0.95),
                "ratio": percentile(form[0], 0.95) / percentile(one_alone, 0.95),
                "goal": "—",
                "note": form_note,
            },
            {
                "name": f"shared PostgreSQL master, paced: one edit (p95) while 8 staff each "
                f"saving every {PACE_S * 1000:.0f} ms on average ({STAFF / PACE_S:.0f}/s) and an import",
                "ours_s": percentile(paced_latencies, 0.95),
                "baseline_s": percentile(one_alone, 0.95),
                "ratio": percentile(paced_latencies, 0.95) / percentile(one_alone, 0.95),
                "goal": "—",
                "note": f"median {percentile(paced_latencies, 0.5) * 1000:.0f} ms, "
                f"max {max(paced_latencies) * 1000:.0f} ms; import {paced_import[1]:.2f} s; "
                f"lost versions {paced_lost}; "
                + _window_detail(paced, paced_import)
                + "; "
                + _floor_detail(paced, paced_import, paced_cpus),
            },
        ]
    finally:
        cluster.stop()
        shutil.rmtree(work, ignore_errors=True)  # the offices' files, a few MB a run


def main() -> None:
    for row in run(quick="--quick" in sys.argv):
        print(row)


if __name__ == "__main__":
    main()
