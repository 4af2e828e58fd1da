"""Peak memory of the window with the national database once everything a person opens first
has loaded: the whole cooperative list (searched once), the other pages the window loads just
after it appears, and the dashboard.

The start-up row (bench_startup) reads the peak at the first screen, before the full list
loads; this row is the peak over a whole first session. A fresh process each time: the app
is launched as `htx gui` launches it, then the benchmark loads the deferred pages, types a
search, opens the dashboard and waits for its figures, and quits; the child reports its own
high-water mark (VmHWM).
"""

from __future__ import annotations

from typing import Any

from bench.common import bench_env, median, national_db, python_command, run_process

SESSION = """
import sys, time
from desktop.ui import app as htx_app

qapp = htx_app.make_application()
window = htx_app.launch(sys.argv[1])
if isinstance(window, int):
    raise SystemExit(f"the window did not open ({window})")


def settle(done, limit=600.0):
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise SystemExit("timed out")
        qapp.processEvents()
        time.sleep(0.005)
    qapp.processEvents()


qapp.processEvents()
window.finish_start()  # what a first click does: the workspace opens and the pages are made
window.load_deferred_pages()  # then every page's data, as the window loads them one by one
settle(lambda: not window.runner.busy)
page = window.coop_page
for end in range(1, len("hop tac xa dong hoi") + 1):
    page.search.setText("hop tac xa dong hoi"[:end])
    page.apply_filters()
    qapp.processEvents()
found = page.model.rowCount()
window.show_page(window.dashboard_page)
settle(lambda: not window.runner.busy)
window.show_page(window.coop_page)
qapp.processEvents()
print(page.model.total(), found)
htx_app.close_window(window)
"""


def run(quick: bool) -> list[dict[str, Any]]:
    repeats = 1 if quick else 3
    db = national_db()
    env = bench_env()
    command = [*python_command(code=SESSION), str(db)]
    runs = [run_process(command, env, timeout=900).check("htx gui session") for _ in range(repeats)]
    peaks = [r.peak_mb for r in runs if r.peak_mb is not None]
    total, found = runs[-1].stdout.split()[-2:]
    return [
        {
            "name": "GUI peak memory: full list searched + dashboard, national DB",
            "ours_s": None,
            "baseline_s": None,
            "ratio": None,
            "ours_mb": median(peaks) if peaks else None,
            "baseline_mb": None,
            "goal": "≤ 150 MB",
            "note": (
                f"peak RSS (VmHWM) of {repeats} fresh session(s): {int(total):,} cooperatives "
                f"listed, {int(found):,} rows for a search, then the dashboard"
                + (f"; spread {min(peaks):.0f}–{max(peaks):.0f} MB" if len(peaks) > 1 else "")
                if peaks
                else "peak memory not available on this platform"
            ),
        }
    ]


if __name__ == "__main__":
    from bench.run import main

    raise SystemExit(main(["--only", "gui_memory"]))
