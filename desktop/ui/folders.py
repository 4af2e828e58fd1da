"""Where file dialogs open: the folder last used for that kind of file, else the user's
documents (never the program's folder), and never created behind the person's back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop.core import preferences


def documents_folder() -> str:
    """The user's documents folder when it exists, else their home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return found
    return str(Path.home())


def start_folder(kind: str) -> str:
    last = preferences.get(f"folder:{kind}", "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return documents_folder()


def remember_folder(kind: str, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    preferences.put(f"folder:{kind}", str(folder))
