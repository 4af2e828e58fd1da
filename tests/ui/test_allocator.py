"""The window's process keeps one malloc arena on glibc (desktop.ui.allocator)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.ui.allocator import is_glibc

# A thread that allocates (as the start's loader and the background runner do), then glibc's
# own account of its arenas (malloc_stats writes one "Arena N:" block per arena to stderr).
_THREAD_ALLOCATES = """
import ctypes, sys, threading
from desktop.ui.allocator import use_one_arena
if sys.argv[1] == "one":
    assert use_one_arena()
def work():
    kept = [bytearray(1000) for _ in range(20000)]
    del kept
thread = threading.Thread(target=work)
thread.start()
thread.join()
ctypes.CDLL(None).malloc_stats()
"""


def _arenas(mode: str) -> int:
    done = subprocess.run([sys.executable, "-c", _THREAD_ALLOCATES, mode], capture_output=True,
                          text=True, timeout=60, check=True)  # fmt: skip
    return sum(1 for line in done.stderr.splitlines() if line.startswith("Arena "))


@pytest.mark.skipif(not is_glibc(), reason="glibc only: elsewhere nothing is changed")
def test_threads_share_the_one_arena_once_asked() -> None:
    assert _arenas("default") >= 2  # the thread got an arena of its own
    assert _arenas("one") == 1


@pytest.mark.skipif(is_glibc(), reason="on glibc the arena limit applies")
def test_nothing_is_changed_elsewhere() -> None:
    from desktop.ui.allocator import use_one_arena

    assert use_one_arena() is False
