"""Cycles of Qt objects are destroyed on the GUI thread, whatever thread allocates meanwhile
(a whole-suite run crashed when the start's loader thread collected an earlier test's
window)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtWidgets import QApplication, QWidget

from desktop.ui.app import make_application


def _allocate_cycles(count: int) -> None:
    """What a reading thread does: many new objects, some in cycles."""
    for _ in range(count):
        item: list = []
        item.append(item)


def test_a_widget_in_a_cycle_is_destroyed_on_the_gui_thread(qtbot):
    make_application()  # what the program does first
    collected_on: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_on.append(threading.current_thread().name)

    gc.callbacks.append(record)
    try:
        widget = QWidget()
        widget.setObjectName("left in a cycle")
        widget.myself = widget  # a cycle: only the collector frees it
        del widget

        # What a reading thread does: allocations past every threshold (without the
        # application's collector, some 250 collections run on it and destroy the widget).
        worker = threading.Thread(target=_allocate_cycles, args=(200_000,), name="reader")
        worker.start()
        worker.join()
        assert "left in a cycle" in _widget_names()

        qtbot.waitUntil(lambda: "left in a cycle" not in _widget_names(), timeout=5_000)
    finally:
        gc.callbacks.remove(record)
    assert collected_on and set(collected_on) == {threading.main_thread().name}


def _widget_names() -> set[str]:
    return {w.objectName() for w in QApplication.allWidgets()}


def test_collection_is_due_by_the_collector_s_own_thresholds(qtbot):
    make_application()
    gc.collect()
    assert not gc.isenabled()  # the application collects on its own thread
    before = gc.get_count()[0]
    _allocate_cycles(gc.get_threshold()[0] * 3)
    assert gc.get_count()[0] > before  # counted, not collected, while the timer waits
    qtbot.waitUntil(lambda: gc.get_count()[0] < gc.get_threshold()[0], timeout=5_000)


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_after_the_start_is_kept_a_cycle_in_the_oldest_generation_is_collected(qtbot):
    """Once the start's objects are frozen, full passes are due by what came after them: a
    closed dialog's cycle that reached the oldest generation does not wait for the session
    to double the start's objects."""
    import weakref

    from desktop.ui.collector import keep_long_lived

    make_application()
    full_passes: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "stop" and info["generation"] == 2:
            full_passes.append(1)

    def full_pass_due() -> None:
        while gc.get_count()[2] <= gc.get_threshold()[2]:
            gc.collect(1)  # each counts towards a full pass, as a session's allocations do

    gc.callbacks.append(record)
    try:
        start = [[] for _ in range(200_000)]  # the start's long-lived objects
        full_pass_due()
        qtbot.waitUntil(lambda: bool(full_passes), timeout=5_000)  # the baseline: its size
        keep_long_lived()
        cycle = _Cycle()  # a dialog closed later, left in a cycle
        gone = weakref.ref(cycle)
        gc.collect(1)
        gc.collect(1)  # survived twice: now in the oldest generation
        del cycle
        full_pass_due()
        assert gone() is not None
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    finally:
        gc.callbacks.remove(record)
    del start
