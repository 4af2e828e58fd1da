"""Keeping PySide's import hook from filling `linecache` with the window's source.

For every module imported after PySide6, its import hook (shibokensupport's `feature`
check) reads the module's whole source with `inspect.getsource` to see whether it mentions
PySide6. `inspect` reads through the standard `linecache`, which keeps every line: about
20 MB once the window's modules are in, alive through the whole start and the first
session's peak (freed afterwards, the space stays with the process). `read_sources_uncached`
gives the hook a reader that answers the same question from the file without keeping it;
`release_source_cache` empties whatever the cache holds all the same.
"""

from __future__ import annotations

import importlib.util
import linecache
import logging
import sys
from types import ModuleType, SimpleNamespace

log = logging.getLogger(__name__)


def module_source(module: ModuleType) -> str:
    """The text of a module's source file, read now and not cached; OSError where it has
    none (built in, an extension, a frozen program's compiled modules), as `inspect`."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        raise OSError(f"no source file for {getattr(module, '__name__', module)!r}")
    with open(path, "rb") as file:
        return importlib.util.decode_source(file.read())


def read_sources_uncached() -> bool:
    """Make PySide's import hook read sources with `module_source` (call once PySide6 is
    imported); False where this PySide has no such hook (nothing is changed then)."""
    feature = sys.modules.get("shibokensupport.feature")
    reader = getattr(feature, "inspect", None)
    if feature is None or not callable(getattr(reader, "getsource", None)):
        log.info("PySide's feature hook not found: sources read through linecache")
        return False
    # Only the hook's module sees this: `inspect` itself is left alone for everyone else.
    feature.inspect = SimpleNamespace(getsource=module_source)  # type: ignore[attr-defined]
    return True


def release_source_cache() -> None:
    """Empty linecache (call once the window's modules are imported)."""
    linecache.clearcache()
