"""The one background-task helper: long work runs on a worker thread, off the GUI thread.

Core functions take `progress(done, total, message)` and `cancelled()` callables; here they are
bridged to a progress dialog with a Cancel button that appears only after half a second, so
quick jobs do not flash. Jobs run one at a time (SQLite has one writer). Only signals cross
back to the GUI thread; the worker never touches a widget.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import Cancelled
from desktop.ui.errors import show_error

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


__all__ = ["BackgroundRunner", "Cancelled"]  # Cancelled lives in the core, which raises it


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, self._stop.is_set)
        except BaseException as exc:  # delivered to the GUI thread, shown there
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)


class _Relay(QObject):
    """Lives in the GUI thread: the worker's signals reach the callbacks there.

    A signal connected to a plain function runs it in the sender's thread; connected to a
    slot of an object of the GUI thread, it is queued to the GUI thread.
    """

    def __init__(self, progressed: Callable, succeeded: Callable, failed: Callable,
                 parent: QObject) -> None:  # fmt: skip
        super().__init__(parent)
        self._progressed, self._succeeded, self._failed = progressed, succeeded, failed

    @Slot(int, int, str)
    def progressed(self, done: int, total: int, message: str) -> None:
        self._progressed(done, total, message)

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self._succeeded(result)

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        self._failed(error)


class BackgroundRunner(QObject):
    """Runs one job at a time; `busy` tells views to disable their write actions."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._stop = threading.Event()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def run(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        on_done: Callable[[Any], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
        cancellable: bool = True,
    ) -> bool:
        if self.busy:
            return False
        self._stop = threading.Event()
        thread = QThread(self)
        worker = _Worker(work, self._stop)
        worker.moveToThread(thread)
        dialog = QProgressDialog(title, self.tr("Hủy") if cancellable else "", 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._stop.set)

        def progressed(done: int, total: int, message: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if message:
                dialog.setLabelText(message)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            thread.quit()
            thread.wait()
            thread.deleteLater()
            worker.deleteLater()
            relay.deleteLater()
            self._thread = self._worker = self._dialog = None
            self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            finish()
            on_done(result)

        def failed(error: BaseException) -> None:
            finish()
            if on_error is not None:
                on_error(error)
            elif not isinstance(error, Cancelled):
                show_error(parent, error)

        relay = _Relay(progressed, succeeded, failed, self)
        worker.progressed.connect(relay.progressed, Qt.ConnectionType.QueuedConnection)
        worker.succeeded.connect(relay.succeeded, Qt.ConnectionType.QueuedConnection)
        worker.failed.connect(relay.failed, Qt.ConnectionType.QueuedConnection)
        thread.started.connect(worker.run)
        self._thread, self._worker, self._dialog = thread, worker, dialog
        self.busy_changed.emit(True)
        thread.start()
        return True

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        """Block until the running job ends (closing the window, tests)."""
        if self._thread is not None:
            self._thread.wait()
