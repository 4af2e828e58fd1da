"""Per-user preferences (not per database): a small JSON file in the data folder."""

from __future__ import annotations

import json
import os
import tempfile
from typing import Any

from desktop.core import paths

FILE_NAME = "preferences.json"


def _path():
    return paths.data_dir() / FILE_NAME


def load() -> dict[str, Any]:
    try:
        data = json.loads(_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save(values: dict[str, Any]) -> None:
    """Written to a temporary file, then renamed: a crash never leaves half a file."""
    target = _path()
    fd, temp = tempfile.mkstemp(prefix=".prefs-", dir=target.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(values, handle, ensure_ascii=False, indent=1)
    os.replace(temp, target)


def get(key: str, default: Any = None) -> Any:
    return load().get(key, default)


def put(key: str, value: Any) -> None:
    values = load()
    values[key] = value
    save(values)
