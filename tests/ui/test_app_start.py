"""The real start: `python -m desktop gui` opens the window on a database and exits cleanly."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop.core.demo import generate
from desktop.core.workspace import Workspace


def test_the_window_starts_and_quits_with_exit_code_zero(tmp_path):
    db = tmp_path / "demo.sqlite3"
    env = {**os.environ, "HTX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    os.environ["HTX_DATA_DIR"] = env["HTX_DATA_DIR"]
    ws = Workspace.open(str(db))
    with ws.transaction() as conn:
        generate(conn, "province", seed=5)
    ws.close()
    done = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "desktop", "gui", "--db", str(db)],
        env={**env, "HTX_QUIT_AFTER_START": "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Fatal Python error" not in done.stderr
