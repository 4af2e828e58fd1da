"""Bulk reads build tens of thousands of small objects (a dict per row); Python's cycle
collector runs every few hundred allocations and walks every object again, a quarter to a
third of the time of a national read. None of those objects form cycles, so collection is
paused while they are built and resumed (as it was) afterwards, even on an error."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
