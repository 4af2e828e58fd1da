"""Where the application keeps its files: the user's data folder (platformdirs).

`HTX_DATA_DIR` overrides it, which the tests use so that they never touch a real user's data.
Portable mode (a USB stick): when the built program's folder holds a file named `portable`, the
data lives in `data/` beside the program instead, and moves with it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HTXDesktop"
APP_AUTHOR = "HTX"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"


def program_dir() -> Path | None:
    """The folder of the built program (htx.exe, HTXDesktop.exe); None when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def portable_data_dir() -> Path | None:
    """`data/` beside the program if a `portable` marker file is there, else None."""
    folder = program_dir()
    if folder is not None and (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA
    return None


def data_dir() -> Path:
    override = os.environ.get("HTX_DATA_DIR")
    if override:
        path = Path(override)
    else:
        import platformdirs  # imported when used: not when HTX_DATA_DIR names the folder

        path = portable_data_dir() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "htx.sqlite3"


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_path() -> Path:
    return data_dir() / "htx.log"


def bundle_root() -> Path:
    """The folder holding `db/` and `resources/`: the source tree, or PyInstaller's bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return bundle_root() / "resources"


def migrations_dir() -> Path:
    return bundle_root() / "db"
