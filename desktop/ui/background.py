"""The one background-task helper: long work runs on a worker thread, off the GUI thread.

Core functions take `progress(done, total, message)` and `cancelled()` callables; here they are
bridged to a progress dialog with a Cancel button that appears only after half a second, so
quick jobs do not flash. Jobs run one at a time (SQLite has one writer). Only signals cross
back to the GUI thread; the worker never touches a widget.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.core.errors import Cancelled
from desktop.ui.errors import show_error

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int, str], None], Callable[[], bool]], Any]


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
        finally:
            # The thread ends with the job, not when the GUI thread gets the outcome: a window
            # closing waits for the thread while the outcome is still queued to it.
            QThread.currentThread().quit()


class BackgroundRunner(QObject):
    """Runs one job at a time; `busy_changed` lets views disable their write actions.

    The worker's signals are connected to slots of this object, which lives in the GUI
    thread, so every callback runs there.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._dialog: QProgressDialog | None = None
        self._stop = threading.Event()
        self._on_done: Callable[[Any], None] | None = None
        self._on_error: Callable[[BaseException], None] | None = None
        self._parent_widget: QWidget | None = None

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
        self._on_done, self._on_error, self._parent_widget = on_done, on_error, parent
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
        worker.progressed.connect(self._progressed)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        thread.started.connect(worker.run)
        self._thread, self._worker, self._dialog = thread, worker, dialog
        self.busy_changed.emit(True)
        thread.start()
        return True

    @Slot(int, int, str)
    def _progressed(self, done: int, total: int, message: str) -> None:
        dialog = self._dialog
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    def _finish(self) -> None:
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = self._dialog = None
        self.busy_changed.emit(False)

    def _stale(self) -> bool:
        """An outcome of a job `wait` has already ended (its window closed)."""
        return self._worker is None or self.sender() is not self._worker

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        if self._stale():
            return
        on_done = self._on_done
        self._finish()
        if on_done is not None:
            on_done(result)

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        if self._stale():
            log.info("a job ended as its window closed: %r", error)
            return
        on_error, parent = self._on_error, self._parent_widget
        self._finish()
        if on_error is not None:
            on_error(error)
        elif not isinstance(error, Cancelled):
            show_error(parent, error)

    def cancel(self) -> None:
        self._stop.set()

    def wait(self) -> None:
        """Block until the running job ends (closing the window) and end it here: the runner
        is free at once and the job's outcome, still on its way, is dropped (the window that
        asked for it is going)."""
        if self._thread is not None:
            self._thread.wait()
            self._finish()
