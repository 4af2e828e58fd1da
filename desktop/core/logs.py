"""Logging to a file in the data folder: the details a user never has to read."""

from __future__ import annotations

import logging
import logging.handlers

from desktop.core import paths


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_htx", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        paths.log_path(), maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler._htx = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
