"""The background runner: a job's thread ends with the job, so a window that closes while a
job runs (an import preview still reading, an export) waits for the job, not forever; once
waited for, the runner is free (closing does not ask again about a running job) and the job's
late outcome is dropped."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# In a process of its own: the bug this guards against blocks the GUI thread for good.
_CLOSE_WHILE_BUSY = textwrap.dedent(
    """
    import time
    from PySide6.QtWidgets import QApplication, QWidget
    from desktop.ui.background import BackgroundRunner

    app = QApplication([])
    parent = QWidget()
    runner = BackgroundRunner(parent)
    outcomes = []

    def work(progress, cancelled):
        time.sleep(0.3)
        return "read"

    def failing(progress, cancelled):
        time.sleep(0.3)
        raise OSError("disk gone")

    assert runner.run(parent, "Đang đọc gói", work, outcomes.append)
    runner.cancel()
    runner.wait()  # as closing the window does, before the outcome reaches this thread
    print("waited", runner.busy, outcomes, flush=True)
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline:
        app.processEvents()
    print("later", runner.busy, outcomes, flush=True)
    # A late failure shows no message box (it would block here) and reaches no callback.
    assert runner.run(parent, "Đang đọc gói", failing, outcomes.append, on_error=outcomes.append)
    runner.wait()
    deadline = time.monotonic() + 1
    while time.monotonic() < deadline:
        app.processEvents()
    # The runner takes the next job, and its outcome arrives.
    assert runner.run(parent, "Đang đọc gói", work, outcomes.append)
    deadline = time.monotonic() + 10
    while runner.busy and time.monotonic() < deadline:
        app.processEvents()
    print("next", runner.busy, outcomes, flush=True)
    """
)


def test_waiting_for_a_job_returns_once_it_ends_and_frees_the_runner():
    done = subprocess.run(
        [sys.executable, "-c", _CLOSE_WHILE_BUSY],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "waited False []",
        "later False []",
        "next False ['read']",
    ]
