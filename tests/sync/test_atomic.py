"""SYNC.md property 6: an import is whole or nothing. `htx import` of a large package is
killed (SIGKILL, no chance to clean up) at random moments; each time the database is exactly
as before and SQLite's integrity check passes, and the package still imports afterwards."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import demo, settings, versions
from desktop.core.records import SPECS, Writer
from desktop.core.sync import enrolment, exporter
from desktop.core.workspace import Workspace
from tests.sync.world import canonical

pytestmark = pytest.mark.slow


def _touch_everything(ws: Workspace) -> int:
    """One office write changing every cooperative and every year's figures (a big package)."""
    identity = ws.require_identity()
    total = 0
    with ws.transaction() as conn:
        writer = Writer(conn, identity, source="excel")
        for name, column, make in (
            ("cooperative", "notes", lambda row: f"Rà soát 2026: {row['name']}"),
            ("indicator", "revenue", lambda row: (row["revenue"] or 0) + 1_000_000),
        ):
            spec = SPECS[name]
            rows = [dict(r._mapping) for r in conn.execute(spec.table.select())]
            updates = []
            for row in rows:
                meta = versions.decode(row["sync_meta"], spec.fields)
                wire = spec.to_wire(row)
                value = make(row)
                versions.local_write(
                    wire, meta, {column: value}, office=identity.office_code,
                    counter=writer.counter, now=writer.epoch,
                )  # fmt: skip
                updates.append({"b_id": row["id"], "b_value": value,
                                "b_meta": versions.encode(meta, spec.fields)})  # fmt: skip
            from sqlalchemy import bindparam, update

            conn.execute(
                update(spec.table)
                .where(spec.table.c.id == bindparam("b_id"))
                .values({column: bindparam("b_value"), "sync_meta": bindparam("b_meta"),
                         "sync_seq": writer.seq}),
                updates,
            )  # fmt: skip
            total += len(rows)
    return total


@pytest.fixture
def big_import(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A department office (the whole province as its area) and a package from the province
    changing all of its ~6,000 cooperative and figure rows."""
    province = Workspace.open(str(tmp_path / "province.sqlite3"))
    with province.transaction() as conn:
        demo.generate(conn, "province", 3, scheme="pre2025")
    enrolment.init_province(province, code="QB", name="Sở KH&ĐT Quảng Bình", area_code="44",
                            scheme="pre2025")  # fmt: skip
    setup = enrolment.enroll(
        province, code="KTTT", name="Phòng Kinh tế tập thể", area_code="44",
        role=settings.DEPARTMENT, out=tmp_path / "KTTT.htxsetup", registry_access="all",
    )  # fmt: skip
    department_path = tmp_path / "department.sqlite3"
    department = Workspace.open(str(department_path))
    enrolment.install_setup(department, setup)
    assert _touch_everything(province) > 5_000
    (result,) = exporter.export(province, tmp_path / "out", to="KTTT")
    province.close()
    before = canonical(department)
    department.close()
    return department_path, result.path, before


def _integrity(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _htx_import(db: Path, package: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "import", "--db", str(db), "--json", str(package)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )


# The same import, saying "merging" once its transaction has begun: kills that surely land
# in the middle of the writing.
_HOOKED = """
import sys
from pathlib import Path
from desktop.core.sync import merger
from desktop.core.workspace import Workspace

def progress(done, total, message, said=[]):
    if not said:
        said.append(1)
        print("merging", flush=True)

report = merger.import_package(Workspace.open(sys.argv[1]), Path(sys.argv[2]), progress=progress)
print(report.status, flush=True)
"""


def _hooked_import(db: Path, package: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _HOOKED, str(db), str(package)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )


def test_an_import_killed_at_any_moment_leaves_the_database_as_before(
    big_import: tuple[Path, Path, dict], tmp_path: Path
) -> None:
    db, package, before = big_import
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(db, pristine)

    # One undisturbed run: how long an import and its writing take, and what it leaves.
    spawned = time.monotonic()
    hooked = _hooked_import(db, package)
    assert hooked.stdout is not None
    assert hooked.stdout.readline() == b"merging\n"
    started = time.monotonic()
    # Until the import has returned, not until the process has wound down: a kill in the
    # wind-down lands after the commit and tests nothing.
    said = hooked.stdout.readline()
    writing = time.monotonic() - started
    out, err = hooked.communicate(timeout=120)
    duration = time.monotonic() - spawned
    assert said + out == b"applied\n", err.decode()
    assert _integrity(db) == "ok"
    after_ws = Workspace.open(str(db))
    after = canonical(after_ws)
    after_ws.close()
    assert after != before

    rnd = random.Random(20261125)
    killed = 0
    for attempt in range(8):
        if attempt >= 4 and killed >= 3:
            break  # enough kills landed before the commit (a fast import needs more tries)
        shutil.copyfile(pristine, db)
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        if attempt % 2:  # anywhere in `htx import`: start-up, backup, reading, writing
            process = _htx_import(db, package)
            time.sleep(rnd.uniform(0.2, 0.95) * duration)
        else:  # inside the import's transaction
            process = _hooked_import(db, package)
            assert process.stdout is not None and process.stdout.readline() == b"merging\n"
            time.sleep(rnd.uniform(0.0, 0.9) * writing)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        assert _integrity(db) == "ok", attempt
        ws = Workspace.open(str(db))
        state = canonical(ws)
        ws.close()
        # Whole or nothing: a kill after the commit (while the process winds down) leaves the
        # whole import, any earlier kill leaves nothing.
        assert state in (before, after), f"kill {attempt} left a partial import"
        assert process.returncode in (0, -signal.SIGKILL)
        killed += process.returncode == -signal.SIGKILL and state == before
    assert killed >= 3, "the kills came too late to test anything"

    # After a kill the same package imports normally.
    again = _htx_import(db, package)
    _, err = again.communicate(timeout=120)
    assert again.returncode == 0, err.decode()
    ws = Workspace.open(str(db))
    assert canonical(ws) == after
    ws.close()
