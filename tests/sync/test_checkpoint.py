"""An import commits without folding SQLite's write-ahead log into the file; a background
thread folds it right after (`Database.checkpoint_soon`). The log is folded whole once that
thread ends, connections go back to SQLite's usual automatic checkpoint, and a kill of the
program while the thread works keeps the import whole."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from desktop.core.sync import merger
from desktop.core.workspace import Workspace
from tests.sync.world import LE_THUY, World, canonical


def _folded(path: Path, copy: Path, package_id: str) -> bool:
    """Whether the database file itself (without its log) holds the import."""
    shutil.copyfile(path, copy)  # the file alone: what has been folded into it
    with closing(sqlite3.connect(copy)) as conn:
        row = conn.execute(
            "SELECT status FROM package_log WHERE package_id = ?", (package_id,)
        ).fetchone()
    return row is not None and row[0] == merger.APPLIED


def test_the_log_is_folded_after_the_import_and_autocheckpoint_is_back(
    world: World, tmp_path: Path
) -> None:
    district = world.district(LE_THUY)
    (package,) = [p for p in world.province.export() if p.stem.endswith(LE_THUY)]
    report = district.receive(package)
    assert report.status == merger.APPLIED, report.errors
    assert report.package_id is not None
    district.ws.database.finish_checkpoint(timeout=60)
    assert _folded(district.path, tmp_path / "file-only.sqlite3", report.package_id)
    with district.ws.reading() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000


_IMPORT_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from desktop.core.sync import merger
from desktop.core.workspace import Workspace

report = merger.import_package(Workspace.open(sys.argv[1]), Path(sys.argv[2]))
print(report.status, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # while the background checkpoint folds the log
"""


def test_a_kill_during_the_background_checkpoint_keeps_the_import(
    world: World, tmp_path: Path
) -> None:
    district = world.district(LE_THUY)
    (package,) = [p for p in world.province.export() if p.stem.endswith(LE_THUY)]
    district.close()
    reference = Workspace.open(str(shutil.copyfile(district.path, tmp_path / "ref.sqlite3")))
    assert merger.import_package(reference, package).status == merger.APPLIED
    expected = canonical(reference)
    reference.close()
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_THEN_DIE, str(district.path), str(package)],
        capture_output=True, env=os.environ.copy(), timeout=300, check=False,
    )  # fmt: skip
    assert done.stdout == b"applied\n", done.stderr.decode()
    with closing(sqlite3.connect(district.path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ws = Workspace.open(str(district.path))
    try:
        assert canonical(ws) == expected
        assert merger.import_package(ws, package).status == merger.ALREADY
    finally:
        ws.close()
