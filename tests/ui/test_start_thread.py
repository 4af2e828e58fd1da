"""What the start's loading thread imports stays below Qt: PySide creates a class the first
time it is named, and the window's thread naming one while another thread does crashed the
program at start (one start in six under load)."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop.ui.start_loader import MODULES

_IMPORT_EACH = """
import importlib, json, sys
found = {}
for name in sys.argv[1:]:
    importlib.import_module(name)
    found[name] = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps(found))
"""


def test_the_start_thread_imports_nothing_of_qt():
    done = subprocess.run(
        [sys.executable, "-c", _IMPORT_EACH, *MODULES],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    found = json.loads(done.stdout)
    assert list(found) == list(MODULES)
    assert {name: qt for name, qt in found.items() if qt} == {}
