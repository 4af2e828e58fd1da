"""Python's cycle collector, run on the window's thread only.

Left to itself, the collector runs on whichever thread allocates when its thresholds are
reached: the start's loader, a page's reading thread, a background job. A window, dialog or
model left in a reference cycle (a lambda connected to its own signal is one) is then
destroyed on that thread, and Qt's widgets may only be destroyed on the GUI thread: the heap
is damaged and the program crashes later, anywhere. So while the application runs, automatic
collection is off and a timer on the GUI thread collects whenever the thresholds say the
collector would have. (Reference counting still frees everything else at once; only cycles
wait for the next tick.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 50


class GuiThreadCollector(QObject):
    """Collects on the GUI thread, as often as the collector's own thresholds ask."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._long_lived = 0  # objects in the oldest generation after its last collection
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Back to automatic collection (after collecting here what is waiting, the objects
        kept out of sight included)."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect_due(self) -> int | None:
        """The generation collected now, or None when none was due."""
        # (A bulk read that paused collection and found it enabled turns it back on when it
        # ends: off again here.)
        gc.disable()
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if thresholds[g] and counts[g] > thresholds[g]]
        if not due:
            return None
        generation = due[-1]
        if generation == 2 and not self._oldest_grew():
            generation = 1
        gc.collect(generation)
        if generation == 2:
            self._long_lived = len(gc.get_objects(2))
        return generation

    def measure_from_here(self) -> None:
        """The oldest generation's growth counts from its size now (after `keep_long_lived`:
        measured against the start's objects, growth would not call for a full pass before
        the session had doubled them, and cycles left in the oldest generation, a closed
        dialog's, would wait as long)."""
        self._long_lived = len(gc.get_objects(2))

    def _oldest_grew(self) -> bool:
        """Python's own rule for a full collection: only once the oldest generation grew by a
        quarter since the last one (a full pass over a national window's objects takes a
        quarter of a second or more)."""
        return len(gc.get_objects(2)) - self._long_lived > self._long_lived // 4


def keep_long_lived() -> None:
    """The start is over: its objects (modules, pages, the lists read) live as long as the
    window, so they are moved out of the collector's sight (`gc.freeze`) and a later full
    pass walks only what came after them (over a national window's objects a full pass
    stops the window for a quarter of a second or more)."""
    gc.freeze()
    app = QCoreApplication.instance()
    collector = app.findChild(GuiThreadCollector) if app is not None else None
    if collector is not None:
        collector.measure_from_here()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Installed once per application (`make_application`)."""
    found = app.findChild(GuiThreadCollector)
    if found is not None:
        return found
    collector = GuiThreadCollector(app)
    collector.start()
    return collector
