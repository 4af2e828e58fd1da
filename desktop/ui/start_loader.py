"""The rest of the start, after the first screen has been painted.

The window first shows what `desktop.core.first_look` read with sqlite3. Meanwhile a thread
loads what the pages need below Qt (SQLAlchemy, the models, the core: about a second) and
opens the workspace; the window then builds its pages a few at a time between events, so it
keeps answering. A person who clicks or types before that is done waits for it (the click or
key then does what it says): `EarlyInput` sees the first such event.

The thread never touches Qt (not even to import a class of it): the window polls `done` from a timer (no signal is sent
from the thread, so a window closed meanwhile has nothing left pointing at it). A window
closed before the thread is done cancels it, and a workspace opened too late is closed again.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

if TYPE_CHECKING:
    from desktop.core.workspace import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")

# What the pages, menus and dialogs of the full window need below their own modules: the
# database layer and the core. Loaded on the thread so that the window does not stop for them.
# Nothing here may import Qt: PySide creates its classes when first named, and two threads
# doing that at once crash the program (the pages' modules are imported on the window's
# thread, each as its page is made). PyInstaller finds these through the pages' imports.
MODULES = (
    "sqlalchemy",
    "desktop.core.models",
    "desktop.core.workspace",
    "desktop.core.registry",
    "desktop.core.operations.cooperatives",
    "desktop.core.operations.approvals",
    "desktop.core.operations.maintenance",
    "desktop.core.operations.sync",
    "desktop.core.operations.tasks",
    "desktop.core.tasks.board",
    "desktop.core.tasks.editing",
    "desktop.core.tasks.sample",
    "desktop.core.reports.dashboard",
    "desktop.core.reports.document",
    "desktop.core.reports.html",
    "desktop.core.sync.conflicts",
    "desktop.core.sync.journal",  # the sync and conflicts pages' (the merger imported it before)
    "desktop.core.sync.enrolment",
    "desktop.core.area_conversion",
    "desktop.core.backups",
)


SWITCH_INTERVAL = 0.0002  # seconds (Python's default: 0.005)

_switching = threading.Lock()
_switching_users = 0
_usual_interval = sys.getswitchinterval()


@contextmanager
def quick_switching() -> Iterator[None]:
    """While a thread of the start works: the window's Python code (a table's cells, a
    timer) waits for the interpreter lock while it runs; by default up to 5 ms each time,
    which made repaints of a few hundred cells stall for tenths of a second. Switching more
    often meanwhile keeps each wait short. (Threads may overlap: the last one out restores
    the usual interval.)"""
    global _switching_users, _usual_interval
    with _switching:
        if _switching_users == 0:
            _usual_interval = sys.getswitchinterval()
            sys.setswitchinterval(SWITCH_INTERVAL)
        _switching_users += 1
    try:
        yield
    finally:
        with _switching:
            _switching_users -= 1
            if _switching_users == 0:
                sys.setswitchinterval(_usual_interval)


class StartLoader:
    """Imports `MODULES` and opens the workspace on a thread of its own."""

    def __init__(
        self,
        db: str,
        modules: tuple[str, ...] = MODULES,
        prefetch: Callable[[Workspace], object] | None = None,
    ) -> None:
        """`prefetch(workspace)` runs on the thread once the workspace is open: what it
        returns (data the first page shows) is `prefetched`, read off the window's thread."""
        self._db = db
        self._modules = modules
        self._prefetch = prefetch
        self.prefetched: object = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._cancelled = False
        self._workspace: Workspace | None = None
        self._error: BaseException | None = None
        # A daemon thread: a program quitting right after its start does not wait for it.
        self._thread = threading.Thread(target=self._run, name="htx-start", daemon=True)

    def start(self) -> None:
        self._thread.start()

    @property
    def started(self) -> bool:
        return self._thread.ident is not None

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _run(self) -> None:
        try:
            with quick_switching():
                self._load()
        except BaseException as exc:  # handed to the window, which reports it
            self._error = exc
        finally:
            self._done.set()

    def _load(self) -> None:
        for name in self._modules:
            if self._cancelled:
                return
            importlib.import_module(name)
        from desktop.core.workspace import Workspace

        if self._cancelled:
            return
        workspace = Workspace.open(self._db)
        try:
            if self._prefetch is not None and not self._cancelled:
                self.prefetched = self._prefetch(workspace)
        except BaseException:
            workspace.close()
            raise
        with self._lock:
            if self._cancelled:
                workspace.close()
                return
            self._workspace = workspace

    def result(self) -> Workspace:
        """The open workspace (waiting for it if need be); raises what the thread met."""
        if not self.started:
            self.start()
        self._done.wait()
        if self._error is not None:
            raise self._error
        if self._workspace is None:
            raise RuntimeError("start cancelled")
        return self._workspace

    def take(self) -> Workspace:
        """`result()`, handed over: the caller closes it from now on."""
        workspace = self.result()
        with self._lock:
            self._workspace = None
        return workspace

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        """The window closed: nothing more is loaded, and a workspace not yet taken is closed."""
        with self._lock:
            self._cancelled = True
            workspace, self._workspace = self._workspace, None
        if workspace is not None:
            workspace.close()


class ThreadRead(Generic[T]):
    """`read()` on a thread of its own (a page's data, read while the window answers);
    `done` says when it is over, `result()` gives what it returned or raises what it met."""

    def __init__(self, read: Callable[[], T]) -> None:
        self._read = read
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._run, name="htx-read", daemon=True).start()

    def _run(self) -> None:
        try:
            with quick_switching():
                self._value = self._read()
        except BaseException as exc:
            self._error = exc
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> T:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]


# The events that mean a person wants something of the window.
_INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.ContextMenu,
    }
)


class EarlyInput(QObject):
    """Installed on the window's widgets while the start goes on: the first click, key or
    context menu in `window` calls `finish` before the event is handled.

    On the widgets, not on the application: an application's filter is called for every
    event of every object, and PySide then makes a Python object for each receiver it has
    not met yet (Qt's own window and socket objects among them), looking up its type in
    every class of the Qt modules: 50-100 ms of the window's time just after it appears."""

    def __init__(self, window: QWidget, finish: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._finish = finish
        self._watched: list[QWidget] = []

    def install(self) -> None:
        """On the window and every widget in it now (a person can only reach those: the
        pages made later are shown through the navigation, itself watched)."""
        self._watched = [self._window, *self._window.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)

    def remove(self) -> None:
        for widget in self._watched:
            if isValid(widget):  # (a first-screen widget replaced meanwhile is gone)
                widget.removeEventFilter(self)
        self._watched = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() in _INPUT
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            self._finish()
        return False
