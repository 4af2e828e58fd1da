"""Shared test set-up: Qt without a screen, a private data folder per test, and databases.

`db_url` gives each test a fresh, empty database on both backends: a SQLite file in the test's
temporary folder, and a new database on a PostgreSQL server. The server is `HTX_TEST_PG` (a
SQLAlchemy URL) when set; otherwise the session starts a throwaway cluster from the PostgreSQL
binaries on the machine and stops it at the end; without either, PostgreSQL tests are skipped
with the reason shown in the summary.
"""

from __future__ import annotations

import os

# Before anything can import Qt: without a display Qt would abort the whole process.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

import glob
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

# Hypothesis' per-example deadline is a timing assertion: on a loaded 2-core machine it fails
# tests whose logic holds. Speed is measured in bench/, not asserted here.
settings.register_profile("htx", deadline=None)
# The suite's own run draws the same examples every time, so that a commit passes or fails on
# its code, not on the draw; `HTX_HYPOTHESIS=explore` draws new ones (run it before a release).
settings.register_profile("htx-fixed", parent=settings.get_profile("htx"), derandomize=True)
settings.register_profile("explore", parent=settings.get_profile("htx"))
settings.load_profile({"explore": "explore"}.get(os.environ.get("HTX_HYPOTHESIS", ""), "htx-fixed"))

PG_SKIP_REASON = "no PostgreSQL server: set HTX_TEST_PG or install postgresql"


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every `htx` subprocess it starts) gets its own data folder."""
    data = tmp_path / "htx-data"
    data.mkdir()
    monkeypatch.setenv("HTX_DATA_DIR", str(data))
    # A developer's own settings must not leak in: the default database and the language.
    monkeypatch.delenv("HTX_DB", raising=False)
    monkeypatch.delenv("HTX_LANG", raising=False)
    return data


@pytest.fixture(autouse=True)
def _collect_on_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test with a QApplication collects cycles on its GUI thread, as the application does
    (`desktop.ui.collector`), and leaves none behind for a later test's threads to collect."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from desktop.ui.collector import collect_on_gui_thread

    collector = collect_on_gui_thread(request.getfixturevalue("qapp"))
    yield
    collector.stop()
    collector.setParent(None)  # gone with this reference: the next test starts afresh
    del collector


# A modal window nobody answers blocks its test forever (an error box where the test expected
# none, say): the run would hang until CI's own time limit and show nothing. One left open this
# long is closed and its test fails with the window's text instead.
MODAL_LIMIT_S = float(os.environ.get("HTX_TEST_MODAL_LIMIT", "60"))


@pytest.fixture(autouse=True)
def _unanswered_modal_fails(request: pytest.FixtureRequest) -> Iterator[None]:
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    watched: object = None
    since = 0.0
    stuck: list[str] = []

    def look() -> None:
        nonlocal watched, since
        widget = QApplication.activeModalWidget()
        now = time.monotonic()
        if widget is None or widget is not watched:
            watched, since = widget, now
            return
        if now - since < MODAL_LIMIT_S:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        stuck.append(f"{widget.windowTitle()!r}: {text!r}")
        while (modal := QApplication.activeModalWidget()) is not None:
            modal.close()
            if hasattr(modal, "reject"):
                modal.reject()
        watched = None

    request.getfixturevalue("qapp")
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(min(1000, int(MODAL_LIMIT_S * 250)))
    yield
    timer.stop()
    del timer
    if stuck:
        pytest.fail(
            f"a modal window stayed open {MODAL_LIMIT_S:g} s, unanswered: " + "; ".join(stuck)
        )


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


# --- PostgreSQL ---------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _Cluster:
    """A throwaway PostgreSQL cluster in a temporary folder (about one second to start)."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.as_root = os.geteuid() == 0
        # Not under pytest's tmp folders: their parents are private to root, and the server
        # (running as `postgres`) must reach its folder; short, too, for the socket path.
        self.dir = Path(tempfile.mkdtemp(prefix="htx-pg-"))
        self.data = self.dir / "data"
        self.port = _free_port()
        self.started = False

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.dir / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(
                f"{' '.join(command)} failed ({done.returncode}):\n{done.stdout}{done.stderr}{tail}"
            )

    def start(self) -> str:
        if self.as_root:
            shutil.chown(self.dir, user="postgres", group="postgres")
        self._run(
            "initdb", "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.dir / "server.log"), "-w",
                  "-o", options, "start")  # fmt: skip
        self.started = True
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        try:
            if self.started:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """URL of a PostgreSQL maintenance database on which tests may create databases."""
    configured = os.environ.get("HTX_TEST_PG")
    if configured:
        yield configured
        return
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        pytest.skip(PG_SKIP_REASON)
    cluster = _Cluster(Path(found[-1]).parent)
    try:
        yield cluster.start()
    finally:
        cluster.stop()


def _fresh_pg_database(server_url: str) -> Iterator[str]:
    name = f"htx_test_{uuid.uuid4().hex[:16]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            try:
                # Like a provincial server: Vietnamese collation, not byte order, so that a
                # query relying on the database's default order is caught (PostgreSQL 15+).
                conn.execute(
                    text(
                        f'CREATE DATABASE "{name}" TEMPLATE template0 '
                        "LOCALE_PROVIDER icu ICU_LOCALE 'vi-VN'"
                    )
                )
            except DBAPIError:  # an older server, or one without ICU
                conn.rollback()
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            # FORCE: a test that forgot to close its engine must not leave the database behind.
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database for this test, on each backend in turn."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'htx.sqlite3'}"
        return
    yield from _fresh_pg_database(request.getfixturevalue("pg_server"))


# --- national demo data -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def national_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The national demo database on the pre-2025 units (30,000 cooperatives, `htx demo
    --scale national --scheme pre2025 --seed 1`), made once per test session, or the file
    `HTX_TEST_NATIONAL` names (one made by that command). Treat it as read-only: copy it to
    write into it."""
    from desktop.core import demo
    from desktop.core.workspace import Workspace

    given = os.environ.get("HTX_TEST_NATIONAL")
    if given:
        copy = tmp_path_factory.mktemp("national") / "national.sqlite3"
        shutil.copyfile(given, copy)
        return copy
    folder = tmp_path_factory.mktemp("national")
    path = folder / "national.sqlite3"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTX_DATA_DIR", str(folder / "htx-data"))
        workspace = Workspace.open(str(path))
        try:
            with workspace.transaction() as conn:
                demo.generate(conn, "national", 1, scheme="pre2025")
        finally:
            workspace.close()
    return path


# --- province demo data -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def _province_templates(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[int, str], Path]:
    return {}


@pytest.fixture
def province_demo(
    _province_templates: dict[tuple[int, str], Path],
    tmp_path_factory: pytest.TempPathFactory,
    tmp_path: Path,
) -> Callable[..., Path]:
    """`province_demo(name, seed=3, scheme="post2025")`: a fresh file in the test's folder holding
    a province's demo database (`htx demo --scale province`: 1,000 cooperatives, tasks and
    reports). Each seed and scheme is generated once per session and copied for each test, so
    tests may write into their copy."""
    from desktop.core import demo
    from desktop.core.workspace import Workspace

    def make(name: str = "province.sqlite3", seed: int = 3, scheme: str = "post2025") -> Path:
        template = _province_templates.get((seed, scheme))
        if template is None:
            template = tmp_path_factory.mktemp("province") / "province.sqlite3"
            workspace = Workspace.open(str(template))
            try:
                with workspace.transaction() as conn:
                    demo.generate(conn, "province", seed, scheme=scheme)
            finally:
                workspace.close()
            _province_templates[(seed, scheme)] = template
        target = tmp_path / name
        for suffix in ("", "-wal"):  # a WAL left beside the file holds part of its content
            if Path(f"{template}{suffix}").exists():
                shutil.copyfile(f"{template}{suffix}", f"{target}{suffix}")
        return target

    return make
