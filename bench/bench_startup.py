"""Cold start to a usable main window with the national database, and the GUI's peak memory.

Each start is a fresh process: `python -m desktop gui --db NATIONAL` with HTX_QUIT_AFTER_START
(the app quits as soon as its event loop runs with the main window shown), against a bare
PySide6 QMainWindow shown and closed the same way. Runs alternate ours / baseline so that a
slow spell of a shared machine hits both. One untimed start of each comes first: it fills the
bytecode cache (bench/.cache/pycache) and the OS file cache, so "cold" means a new process, as
when a person opens the installed app, not a first-ever start.

Peak memory is the child's own high-water mark (VmHWM), which it writes out at exit.
"""

from __future__ import annotations

from typing import Any

from bench.common import bench_env, median, national_db, python_command, run_process

BARE_WINDOW = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
window.close()
"""


def run(quick: bool) -> list[dict[str, Any]]:
    repeats = 3 if quick else 7
    db = national_db()
    env = bench_env(HTX_QUIT_AFTER_START="1")
    ours_cmd = python_command(module="desktop", args=["gui", "--db", str(db)])
    base_cmd = python_command(code=BARE_WINDOW)

    run_process(ours_cmd, env, timeout=120).check("htx gui (warm-up)")
    run_process(base_cmd, env, timeout=60).check("bare QMainWindow (warm-up)")
    ours, base = [], []
    for _ in range(repeats):
        ours.append(run_process(ours_cmd, env, timeout=120).check("htx gui"))
        base.append(run_process(base_cmd, env, timeout=60).check("bare QMainWindow"))

    ours_s = median([r.seconds for r in ours])
    base_s = median([r.seconds for r in base])
    spread = f"ours {min(r.seconds for r in ours):.2f}–{max(r.seconds for r in ours):.2f} s"
    platform = env["QT_QPA_PLATFORM"]
    rows: list[dict[str, Any]] = [
        {
            "name": "startup: cold start to main window, national DB",
            "ours_s": ours_s,
            "baseline_s": base_s,
            "ratio": ours_s / base_s,
            "goal": "≤ 2×",
            "note": f"{repeats} fresh processes each, {spread}, QT_QPA_PLATFORM={platform}",
        }
    ]
    peaks = [r.peak_mb for r in ours if r.peak_mb is not None]
    base_peaks = [r.peak_mb for r in base if r.peak_mb is not None]
    rows.append(
        {
            "name": "startup: peak memory, GUI with national DB open",
            "ours_s": None,
            "baseline_s": None,
            "ratio": None,
            "ours_mb": median(peaks) if peaks else None,
            "baseline_mb": median(base_peaks) if base_peaks else None,
            "goal": "≤ 150 MB",
            "note": "peak RSS (VmHWM) of the process; baseline column = the bare QMainWindow"
            if peaks
            else "peak memory not available on this platform",
        }
    )
    return rows


if __name__ == "__main__":
    from bench.run import main

    raise SystemExit(main(["--only", "startup"]))
