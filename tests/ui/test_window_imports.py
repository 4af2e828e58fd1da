"""What the window's first session imports: modules only a later action needs stay out
(each is imported when that action first runs), since every module imported stays in memory
for the whole session."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys

import desktop.ui
from desktop.ui.start_loader import MODULES

# The modules the window imports as it makes its pages and menus (main_window's
# `_make_pages` and `_build_menus`), besides the start thread's `MODULES`.
_WINDOW = [
    "desktop.ui.main_window",
    *(
        info.name
        for info in pkgutil.iter_modules(desktop.ui.__path__, "desktop.ui.")
        if info.name.endswith("_page")
    ),
    "desktop.ui.report_menu",
    "desktop.ui.excel_actions",
    "desktop.ui.backup_actions",
    "desktop.ui.staff_name",
]

_PROBE = """
import importlib, json, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(json.dumps(sorted(sys.modules)))
"""

# Each with what first needs it.
LATER = {
    "openpyxl": "an Excel import or export",
    "docx": "a Word report",
    "PySide6.QtPrintSupport": "printing",
    "desktop.core.sync.merger": "an import of a package",
}

# Never needed by the window: its tables are SQLAlchemy Core tables (desktop.core.models) and
# every read and write goes through Core, so SQLAlchemy's ORM (about 5 MB of modules and
# mappings) stays out.
NEVER = {"sqlalchemy.orm"}

# A first session as `htx gui` runs it: the window opens and makes its pages, then a person
# clicks each page in the navigation in turn (the list, the boards, the dashboard...) and
# waits for its data; the session then says what it imported.
_SESSION = """
import json, sys, time
from PySide6.QtWidgets import QListWidget
from desktop.ui import app

qapp = app.make_application()
window = app.launch(sys.argv[1])


def settle():
    end, quiet_since = time.monotonic() + 90, None
    while time.monotonic() < end:
        qapp.processEvents()
        time.sleep(0.01)
        quiet = not window.starting and not window.runner.busy
        quiet_since = (quiet_since or time.monotonic()) if quiet else None
        if quiet_since is not None and time.monotonic() - quiet_since > 0.5:
            return
    raise SystemExit("the window did not settle")


settle()
pages = next(w for w in window.findChildren(QListWidget) if w.accessibleName() == "Các trang")
for row in range(pages.count()):
    pages.setCurrentRow(row)
    settle()
print(pages.count())
print(json.dumps(sorted(sys.modules)))
app.close_window(window)
"""


def test_the_window_imports_nothing_it_needs_only_later() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, *_WINDOW, *MODULES],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    imported = set(json.loads(done.stdout))
    # The probe really imported the window (an empty list would prove nothing).
    assert {"desktop.ui.main_window", "desktop.ui.task_page", "desktop.core.models"} <= imported
    assert sorted(imported & set(LATER)) == []
    assert sorted(imported & NEVER) == []


def test_a_first_session_of_the_window_never_loads_the_orm(tmp_path, province_demo) -> None:
    db = province_demo("demo.sqlite3", seed=5)
    env = {**os.environ, "HTX_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", _SESSION, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    *_, count, listing = done.stdout.splitlines()
    imported = set(json.loads(listing))
    # The session really went through the window's pages.
    assert int(count) >= 6
    assert {"desktop.ui.dashboard_page", "sqlalchemy.engine"} <= imported
    assert sorted(imported & NEVER) == []
