"""What the window's first session imports: modules only a later action needs stay out
(each is imported when that action first runs), since every module imported stays in memory
for the whole session."""

from __future__ import annotations

import json
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
