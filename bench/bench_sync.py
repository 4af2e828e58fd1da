"""Sync packages at national scale (30,000 cooperatives, 150,000 yearly rows, ...).

Rows (PERFORMANCE.md):
- full export of the master to one package vs raw sqlite3 SELECT + json + zipfile deflate;
- import + merge of that package into an empty database vs raw sqlite3 executemany of the same
  rows in one transaction;
- import of a second full package with identical content into the database that holds it, vs
  the same baseline;
- export and import of an incremental package of 1,000 changed cooperatives (≤ 30 / 100 ms),
  with, for context, what the same reads and writes cost in raw sqlite3 (the floor: read the
  rows, update them, add a history row each, commit);
- size of the full package vs a zip of a CSV dump of the same tables (and < 10 MB);
- peak memory of a full merge (a child process).

The import figures are the merge itself; the CLI and the window also copy the database to the
backups folder first, which is reported on its own row.

Run alone: `uv run python bench/bench_sync.py [--quick]`.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import sys
import time
import zipfile
from contextlib import closing
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import copy_db, median, national_db, scratch_dir, use_bench_env

TABLES = (
    "office",
    "sector",
    "cooperative",
    "indicator",
    "directive",
    "task",
    "assignment",
    "progress_report",
)
HUB = "TW"
RECEIVER = "NAT"


def _prepare(work: Path) -> tuple[Any, str]:
    """A copy of the national master, made a hub with keys; returns (workspace, public key)."""
    from desktop.core.sync import enrolment
    from desktop.core.workspace import Workspace

    master = Workspace.open(str(copy_db(national_db(), work / "master.sqlite3")))
    enrolment.init_province(master, code=HUB, name="Cục Kinh tế hợp tác")
    with master.reading() as conn:
        from desktop.core import settings

        public = settings.get(conn, "keys")["signing_public"]
    return master, public


def _receiver(path: Path):
    """An empty database set up as an office of the hub (it accepts all the hub sends)."""
    from desktop.core import settings
    from tests.sync.world import blank_office

    identity = settings.Identity(office_code=RECEIVER, office_name="Bản sao quốc gia", role=settings.DISTRICT,
                                 area_scheme="pre2025", area_code=None, hub_code=HUB)  # fmt: skip
    return blank_office(path, identity)


def _export(master, folder: Path, since: int = 0) -> tuple[Path, dict[str, int]]:
    """What `exporter.export` does for one destination (the rows into a signed package, written
    as they are read), without its bookkeeping of marks and the export log."""
    from desktop.core import settings
    from desktop.core.sync import exporter, package

    with master.snapshot() as conn:
        signing = settings.get(conn, "keys")["signing"]
        with package.PackageWriter(folder, source=HUB, destination=RECEIVER, sequence=1,
                                   full=since == 0, signing_key=signing) as writer:  # fmt: skip
            path, _, counts = exporter.write(
                conn, writer, destination=None, since=since, limit_to_destination=False
            )
    return path, counts


def _raw_export(db: Path, target: Path) -> None:
    with closing(sqlite3.connect(db)) as conn:
        data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("payload.json", body)


def _raw_insert(source: Path, empty: Path) -> float:
    """Seconds for executemany INSERT of every row of the tables into an empty schema."""
    with closing(sqlite3.connect(source)) as conn:
        data = {t: conn.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    with closing(sqlite3.connect(empty)) as conn:
        started = time.perf_counter()
        with conn:
            for table, rows in data.items():
                if rows:
                    marks = ",".join("?" * len(rows[0]))
                    conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
        return time.perf_counter() - started


def _raw_incremental(receiver: Any, package_path: Path, copy: Path) -> float:
    """Seconds raw sqlite3 takes for what an incremental import of `package_path` writes
    (on a copy of the receiver that holds it already): unzip and decode the payload, read
    the stored rows, update their fields and bookkeeping, add a history row each, commit."""
    from datetime import datetime

    with closing(sqlite3.connect(receiver.database.sqlite_path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(receiver.database.sqlite_path, copy)
    with closing(sqlite3.connect(copy, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA cache_size=-16384")
        started = time.perf_counter()
        with zipfile.ZipFile(package_path) as archive:
            body = json.loads(archive.read("payload.json"))["tables"]["cooperative"]
        columns, data = body["columns"], body["data"]
        ids, metas = data[columns.index("id")], data[columns.index("sync_meta")]
        phones = data[columns.index("phone")]
        conn.execute("BEGIN IMMEDIATE")
        stored = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            stored += conn.execute(
                f"SELECT * FROM cooperative WHERE id IN ({marks})", chunk
            ).fetchall()
        now = datetime.now().isoformat(" ")
        conn.executemany(
            "UPDATE cooperative SET phone = ?, updated_by = ?, updated_at = ?, sync_meta = ?, "
            "sync_seq = sync_seq + 1, sync_origin = ? WHERE id = ?",
            [(phones[i], HUB, now, metas[i], HUB, ids[i]) for i in range(len(ids))],
        )
        conn.executemany(
            "INSERT INTO history (table_name, record_id, field, old_value, new_value, office, at, "
            "source, package_id, staff) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [("cooperative", i, "phone", None, p, HUB, now, "import", "x", None)
             for i, p in zip(ids, phones, strict=True)],
        )  # fmt: skip
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - started
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    return elapsed


def _csv_zip_size(db: Path, target: Path) -> int:
    with (
        closing(sqlite3.connect(db)) as conn,
        zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for table in TABLES:
            buffer = io.StringIO()
            cursor = conn.execute(f"SELECT * FROM {table}")
            writer = csv.writer(buffer)
            writer.writerow([c[0] for c in cursor.description])
            writer.writerows(cursor)
            archive.writestr(f"{table}.csv", buffer.getvalue())
    return target.stat().st_size


def _empty_schema(path: Path) -> Path:
    from desktop.core.workspace import Workspace

    Workspace.open(str(path)).close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DELETE FROM sector")
    return path


def run(quick: bool = False) -> list[dict[str, Any]]:
    use_bench_env()
    from desktop.core import registry
    from desktop.core.database import backup_database
    from desktop.core.records import SPECS, Writer, read_counter
    from desktop.core.sync import merger

    repeats = 1 if quick else 3
    work = scratch_dir("sync-")
    try:
        master, public = _prepare(work)
        master_path = work / "master.sqlite3"
        trusted = {HUB: public}

        ours_export, raw_export = [], []
        for n in range(repeats):
            folder = work / f"export-{n}"
            started = time.perf_counter()
            full_path, counts = _export(master, folder)
            ours_export.append(time.perf_counter() - started)
            started = time.perf_counter()
            _raw_export(master_path, work / f"raw-{n}.zip")
            raw_export.append(time.perf_counter() - started)

        ours_import, raw_insert, backups = [], [], []
        receiver = None
        for n in range(repeats):
            if receiver is not None:
                receiver.close()
            receiver = _receiver(work / f"receiver-{n}.sqlite3")
            started = time.perf_counter()
            report = merger.import_package(receiver, full_path, trusted_keys=trusted)
            ours_import.append(time.perf_counter() - started)
            assert report.status == "applied", report.errors
            raw_insert.append(_raw_insert(master_path, _empty_schema(work / f"raw-{n}.sqlite3")))
            started = time.perf_counter()
            backup_database(receiver.database, reason="bench")
            backups.append(time.perf_counter() - started)

        assert receiver is not None
        ours_again = []
        for n in range(repeats):
            again, _ = _export(master, work / f"again-{n}")
            started = time.perf_counter()
            report = merger.import_package(receiver, again, trusted_keys=trusted)
            ours_again.append(time.perf_counter() - started)
            assert report.status == "applied" and report.counts["changed"] == 0, report.counts

        inc_export, inc_import, inc_checkpoint, inc_floor = [], [], [], []
        for n in range(repeats):
            with master.reading() as conn:
                since = read_counter(conn, "seq")
                ids = [r[0] for r in conn.execute(SPECS["cooperative"].table.select().with_only_columns(
                    SPECS["cooperative"].table.c.id).limit(1000).offset(n * 1000))]  # fmt: skip
            with master.transaction() as conn:
                writer = Writer(conn, master.identity)
                for coop_id in ids:
                    writer.update(
                        registry.COOP, coop_id, {"phone": f"0912{n}{len(coop_id):05d}"[:10]}
                    )
            started = time.perf_counter()
            inc_path, _inc_counts = _export(master, work / f"inc-{n}", since=since)
            inc_export.append(time.perf_counter() - started)
            started = time.perf_counter()
            report = merger.import_package(receiver, inc_path, trusted_keys=trusted)
            inc_import.append(time.perf_counter() - started)
            assert report.counts["changed"] == 1000, report.counts
            # The import returns once committed; the WAL checkpoint runs after it, in the
            # background (database.deferred_checkpoint): its own row, for context.
            started = time.perf_counter()
            receiver.database.finish_checkpoint()
            inc_checkpoint.append(time.perf_counter() - started)
            inc_floor.append(_raw_incremental(receiver, inc_path, work / f"floor-{n}.sqlite3"))

        size = full_path.stat().st_size
        csv_size = _csv_zip_size(master_path, work / "dump.zip")
        peak = _peak_merge_mb(full_path, work, trusted)
        receiver.close()
        master.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def row(
        name: str, ours: list[float], base: list[float] | None, goal: str, note: str = ""
    ) -> dict[str, Any]:
        o = median(ours)
        b = median(base) if base else None
        return {
            "name": name,
            "ours_s": o,
            "baseline_s": b,
            "ratio": o / b if b else None,
            "goal": goal,
            "note": note,
        }

    rows_total = sum(counts.values())
    return [
        row("sync: full export of the national master", ours_export, raw_export, "≤ 1.1×", f"{rows_total:,} rows"),
        row("sync: import + merge into an empty database", ours_import, raw_insert, "≤ 1.5×"),
        row("sync: re-import of identical content", ours_again, raw_insert, "≤ 0.25×"),
        row("sync: incremental export, 1,000 changed", inc_export, None, "≤ 30 ms"),
        row("sync: incremental import, 1,000 changed", inc_import, None, "≤ 100 ms"),
        row("sync: background WAL checkpoint after it (context)", inc_checkpoint, None, "—"),
        row("sync: the same reads and writes in raw sqlite3 (context)", inc_floor, None, "—",
            "read 1,000 rows, update them, a history row each, commit"),
        row("sync: backup copy before an import (context)", backups, None, "—"),
        {"name": "sync: full package size", "ours_s": None, "baseline_s": None, "ratio": size / csv_size,
         "goal": "≤ 0.45×", "ours_mb": size / 2**20, "baseline_mb": csv_size / 2**20,
         "met": size <= 0.45 * csv_size and size < 10 * 2**20, "note": "baseline: zip of a CSV dump; also < 10 MB"},
        {"name": "sync: peak memory of a full merge", "ours_s": None, "baseline_s": None, "ratio": None,
         "goal": "≤ 250 MB", "ours_mb": peak, "baseline_mb": None},
    ]  # fmt: skip


def _peak_merge_mb(package_path: Path, work: Path, trusted: dict[str, str]) -> float | None:
    """Peak resident memory of a child process that merges the full package."""
    import subprocess

    from bench.common import bench_env

    script = f"""
import sys
sys.path.insert(0, {str(Path(__file__).resolve().parents[1])!r})
from pathlib import Path
from bench.bench_sync import _receiver
from desktop.core.sync import merger
ws = _receiver(Path({str(work / "peak.sqlite3")!r}))
report = merger.import_package(ws, Path({str(package_path)!r}), trusted_keys={trusted!r})
assert report.status == "applied"
for line in Path("/proc/self/status").read_text().splitlines():
    if line.startswith("VmHWM:"):
        print(int(line.split()[1]) / 1024)
"""
    done = subprocess.run(
        [sys.executable, "-c", script], env=bench_env(), capture_output=True, text=True, check=False
    )
    try:
        return float(done.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


if __name__ == "__main__":
    for item in run(quick="--quick" in sys.argv):
        print(item)
