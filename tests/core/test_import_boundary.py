"""The core (and the command line, short of `htx gui`) must run without Qt."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import importlib, json, pkgutil, sys
import desktop.core, desktop.cli
names = ["desktop.cli"]
for info in pkgutil.walk_packages(desktop.core.__path__, "desktop.core."):
    importlib.import_module(info.name)
    names.append(info.name)
print(json.dumps({
    "imported": names,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
}))
"""


def test_core_and_cli_import_no_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    report = json.loads(done.stdout)
    # The probe really walked the package (an empty walk would prove nothing).
    assert {"desktop.core.registry", "desktop.core.versions", "desktop.core.database"} <= set(
        report["imported"]
    )
    assert report["qt"] == []


def test_the_window_opens_no_write_transaction() -> None:
    """Writes go through `desktop.core.operations`; desktop/ui only reads (`reading()`)."""
    import re
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "desktop" / "ui"
    forbidden = re.compile(
        r"\.transaction\(|\.begin\(|\bWriter\(|engine\.connect\(|backup_database"
    )
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(ui.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line)
    ]
    assert found == []
