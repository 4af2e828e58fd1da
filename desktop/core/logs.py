"""Logging to a file in the data folder: the details a user never has to read."""

from __future__ import annotations

import logging
import logging.handlers

from desktop.core import paths


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    target = str(paths.log_path())
    for existing in [h for h in root.handlers if getattr(h, "_htx", False)]:
        if getattr(existing, "baseFilename", None) == target:
            return
        # The data folder changed (HTX_DATA_DIR, as in tests running commands in process).
        root.removeHandler(existing)
        existing.close()
    handler = logging.handlers.RotatingFileHandler(
        paths.log_path(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler._htx = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
