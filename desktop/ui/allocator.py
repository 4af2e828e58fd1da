"""The C allocator of the window's process: one malloc arena on glibc (no Qt here).

glibc gives each thread that allocates its own arena (up to eight per core), and memory
freed in one arena is only reused by the threads of that arena. The window's threads (the
start's loader, the pages' readers, the background runner) each read tens of thousands of
rows once: with an arena each, the freed buffers of one were not reused by the next, and the
window's peak memory was 8 MB higher (national data, bench_gui_memory). The window's
threads seldom allocate at the same time (Python holds its lock while it does), so sharing
one arena costs nothing measurable.

Elsewhere (Windows, macOS, musl) nothing is changed: their allocators work differently.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

log = logging.getLogger(__name__)

_M_ARENA_MAX = -8  # mallopt parameter (glibc malloc.h)


def is_glibc() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        return os.confstr("CS_GNU_LIBC_VERSION") is not None
    except (ValueError, OSError):
        return False


def use_one_arena() -> bool:
    """Ask glibc to keep every thread's allocations in one arena (call before the threads
    start); True when it did."""
    if not is_glibc():
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    done = bool(mallopt(_M_ARENA_MAX, 1))
    if not done:
        log.info("mallopt(M_ARENA_MAX, 1) refused")
    return done
