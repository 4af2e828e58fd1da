"""One window per database: a later launch hands its files to the window already open.

The first window on a database holds a lock file beside it (`<database>.lock`; for a server
database, in the user's data folder) and listens on a local socket (a named pipe on Windows)
named after that lock. A later launch on the same database cannot take the lock: it connects,
sends the files it was given (a double-clicked `.htxpkg` or `.htxsetup`), and exits; with no
files it is refused with a message, and the open window comes to the front. The lock is taken
before the database is opened, so two windows never migrate or write the same file at once.
A lock left by a program that crashed is recognised as stale and taken over.

The window starts listening once it is on screen (QtNetwork is not loaded before): a later
launch that finds the lock held by a live program of this PC but nobody listening yet tries
again for a few seconds.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from desktop.core import paths
from desktop.core.database_file import resolve_url

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 3000
REPLY_TIMEOUT_MS = 5000
RETRY_MS = 50  # between two tries to reach a window that is not listening yet
ACK = b"ok\n"


def lock_path(db: str | None) -> Path:
    """The lock for a database: beside a SQLite file (seen by every user and PC that opens
    that file), in the data folder for a server database."""
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        return Path(url.removeprefix("sqlite:///") + ".lock")
    import hashlib

    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:20]
    return paths.data_dir() / f"server-{digest}.lock"


def server_name(db: str | None) -> str:
    import hashlib  # imported when used: not before the window's first paint

    key = os.path.normcase(resolve_url(db))
    return "htx-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """`acquire()` in the first launch; `hand_over(files)` in a later one."""

    files_received = Signal(list)  # in the first launch: files sent by a later launch
    activation_requested = Signal()  # a later launch without files: come to the front

    def __init__(self, db: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock_file = lock_path(db)
        self._db = db
        self._name: str | None = None
        self._lock = self._lock_at(self.lock_file)
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name (worked out when first needed)."""
        if self._name is None:
            self._name = server_name(self._db)
        return self._name

    @staticmethod
    def _lock_at(path: Path) -> QLockFile:
        lock = QLockFile(str(path))
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        return lock

    def acquire(self) -> bool:
        """Take the database for this process; False if another window (alive) holds it.
        `listen` then lets later launches reach this one."""
        self.lock_file.parent.mkdir(parents=True, exist_ok=True)
        if not self._lock.tryLock(0):
            if self._lock.error() == QLockFile.LockError.LockFailedError:
                return False  # held by a live window
            # The database's folder is read-only (a CD, a protected share): lock in the data
            # folder instead, which still keeps two windows of this user apart.
            log.warning("cannot write %s (%s)", self.lock_file, self._lock.error())
            self.lock_file = paths.data_dir() / f"{self.name}.lock"
            self._lock = self._lock_at(self.lock_file)
            if not self._lock.tryLock(0):
                return False
        return True

    def listen(self) -> None:
        """Answer later launches on the same database (once `acquire` has succeeded)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a crash (Unix)
        if not server.listen(self.name):
            log.warning("cannot listen as %s: %s", self.name, server.errorString())
        else:
            server.newConnection.connect(self._accept)
            self._server = server
            log.info("window holds %s, listening as %s", self.lock_file, self.name)

    def owner(self) -> str:
        """Who holds the lock, for the refusal message: 'PC-NAME' or ''."""
        info = self._lock.getLockInfo()  # (pid, host name, application), empty if unreadable
        return str(info[1]) if info and len(info) == 3 else ""

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    # --- the later launch ------------------------------------------------------------------

    def hand_over(self, files: list[str]) -> bool:
        """Send the files (absolute paths) to the window holding the database; True once it
        has confirmed. An empty list asks it to come to the front."""
        if sys.platform == "win32":  # let the open window come to the front (foreground lock)
            import ctypes

            ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY
        socket = self._connect()
        if socket is None:
            return False
        message = json.dumps({"files": [str(Path(f).resolve()) for f in files]}) + "\n"
        socket.write(message.encode("utf-8"))
        socket.flush()
        reply = b""
        while not reply.endswith(b"\n") and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            reply += bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if reply != ACK:
            log.warning("the open window did not confirm (%r)", reply)
            return False
        log.info("handed %s to the open window", files or "activation")
        return True

    def _connect(self) -> QLocalSocket | None:
        """A connection to the window holding the database. One that is still starting
        (the lock held by a live program of this PC, not listening yet) is tried again until
        CONNECT_TIMEOUT_MS."""
        from PySide6.QtCore import QSysInfo
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + CONNECT_TIMEOUT_MS / 1000
        starting = self.owner() in ("", QSysInfo.machineHostName())
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            left = max(1, int((deadline - time.monotonic()) * 1000))
            if socket.waitForConnected(left):
                return socket
            not_yet = socket.error() in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            )
            if not (starting and not_yet and time.monotonic() + RETRY_MS / 1000 < deadline):
                log.warning(
                    "cannot reach the open window (%s): %s", self.name, socket.errorString()
                )
                return None
            time.sleep(RETRY_MS / 1000)

    # --- the first launch: requests from later ones -----------------------------------------

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.setProperty("buffer", b"")
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.property("buffer")) + bytes(socket.readAll().data())
        if not data.endswith(b"\n"):
            socket.setProperty("buffer", data)
            return
        try:
            files = json.loads(data.decode("utf-8"))["files"]
            if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
                raise ValueError("files is not a list of paths")
        except (ValueError, KeyError, TypeError) as exc:
            log.warning("ignored a malformed request from another launch: %s", exc)
            socket.disconnectFromServer()
            return
        socket.write(ACK)
        socket.flush()
        log.info("received from another launch: %s", files or "activation")
        if files:
            self.files_received.emit(files)
        else:
            self.activation_requested.emit()
