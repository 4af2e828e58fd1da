"""Letting go of the source text PySide reads while the window's modules are imported.

For every module imported after PySide6, its import hook (shibokensupport's `feature`
check) reads the module's whole source with `inspect.getsource` to see whether it mentions
PySide6; the lines stay in the standard `linecache`, about 20 MB once the window's modules
are in. Nothing else needs them: a traceback reads the lines it shows again.
"""

from __future__ import annotations

import linecache


def release_source_cache() -> None:
    """Empty linecache (call once the window's modules are imported)."""
    linecache.clearcache()
