"""Database trouble people meet is a known error with a Vietnamese message, nothing lost.

Real files and real locks: a database held by another process, a read-only file (written by
an unprivileged user), a full database (SQLite's max_page_count), a damaged file, a database
whose columns do not match its recorded revision, without a revision table, or with two.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event

from desktop.cli import main
from desktop.core import database, registry
from desktop.core.database import open_database
from desktop.core.errors import DatabaseError
from desktop.core.operations import cooperatives
from desktop.core.workspace import Workspace, configure
from tests.core.helpers import DONG_HOI_WARD, PROVINCE_OFFICE, snapshot

BUG = "Lỗi không mong đợi"


def _office(path: Path) -> Workspace:
    ws = Workspace.open(str(path))
    with ws.transaction() as conn:
        configure(conn, PROVINCE_OFFICE)
    ws.identity = PROVINCE_OFFICE
    return ws


def _coop(n: int) -> dict[str, str]:
    return {
        "registration_code": f"31001{n:05d}",
        "name": f"Hợp tác xã Nông nghiệp số {n}",
        "area_code": DONG_HOI_WARD,
        "sector": "agri",
    }


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO setting (key, value) VALUES ('held', '1')")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def _release(holder: subprocess.Popen[str], *, kill: bool = True) -> None:
    if kill:
        holder.kill()
    holder.wait()
    if holder.stdout is not None:
        holder.stdout.close()


def _hold_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program holding the database's write lock for `seconds`."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_database_held_by_another_process_is_a_known_error_and_nothing_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "office.sqlite3"
    ws = _office(path)
    ws.database.dispose()
    with ws.reading() as conn:
        before = snapshot(conn)
    holder = _hold_lock(path, 30)
    try:
        started = time.perf_counter()
        with pytest.raises(DatabaseError, match="đang được một chương trình") as caught:
            cooperatives.save_cooperative(ws, None, _coop(1))
        # retried: three attempts of 0.2 s each and the pauses between them
        assert time.perf_counter() - started >= 0.6
        assert "Chưa có gì bị thay đổi" in caught.value.message
    finally:
        _release(holder)
    with ws.reading() as conn:
        assert snapshot(conn) == before
    ws.close()


def test_a_short_lock_is_waited_for_and_the_save_goes_through(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "office.sqlite3"
    ws = _office(path)
    holder = _hold_lock(path, 0.5)  # shorter than the attempts together
    try:
        done = cooperatives.save_cooperative(ws, None, _coop(2))
    finally:
        _release(holder, kill=False)
    with ws.reading() as conn:
        assert registry.get_cooperative(conn, done.value)["name"] == "Hợp tác xã Nông nghiệp số 2"
    ws.close()


def test_cli_on_a_locked_database_prints_the_message_not_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "office.sqlite3"
    _office(path).close()
    holder = _hold_lock(path, 30)
    try:
        code = main(["coop", "add", "--db", str(path), *(f"{k}={v}" for k, v in _coop(3).items())])
    finally:
        _release(holder)
    err = capsys.readouterr().err
    assert code == 1
    assert "đang được một chương trình" in err
    assert BUG not in err


def test_a_read_only_file_is_a_known_error(tmp_path: Path) -> None:
    """An office user without write permission on the file (root may write anything, so
    the command runs as `nobody`)."""
    if shutil.which("setpriv") is None or os.getuid() != 0:
        pytest.skip("needs root and setpriv to run the command as another user")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="htx-readonly-"))  # reachable by another user
    folder = base / "shared"
    folder.mkdir()
    path = folder / "office.sqlite3"
    ws = _office(path)
    ws.close()
    with closing(sqlite3.connect(path)) as conn:  # fold the WAL into the file
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = base / "data"
    data.mkdir()
    for item in (base, folder, data):
        item.chmod(0o777)
    path.chmod(0o444)
    result = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
         "desktop", "coop", "add", "--db", str(path), *(f"{k}={v}" for k, v in _coop(4).items())],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "HTX_DATA_DIR": str(data), "HOME": str(data)},
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert result.returncode == 1, result.stderr
    assert BUG not in result.stderr
    assert "chỉ cho phép đọc" in result.stderr or "Không mở được tệp dữ liệu" in result.stderr
    path.chmod(0o644)
    ws = Workspace.open(str(path))
    with ws.reading() as conn:
        assert registry.list_cooperatives(conn) == []
    ws.close()
    shutil.rmtree(base)


def test_a_full_disk_is_a_known_error_and_nothing_is_written(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    ws = _office(path)
    with ws.reading() as conn:
        before = snapshot(conn)
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
    ws.database.dispose()

    # The file may not grow beyond its present size: as a full disk, for SQLite.
    @event.listens_for(ws.database.engine, "connect")
    def _cap(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    big = {**_coop(5), "notes": "ghi chú " * 20000}
    with pytest.raises(DatabaseError, match="Ổ đĩa đã đầy"):
        for n in range(50):
            cooperatives.save_cooperative(ws, None, {**big, **_coop(100 + n)})
    event.remove(ws.database.engine, "connect", _cap)
    ws.database.dispose()
    with ws.reading() as conn:
        # Saves before the disk filled are whole; the one that met it wrote nothing.
        rows = registry.list_cooperatives(conn)
        assert all(r["notes"] == big["notes"] for r in rows)
        assert snapshot(conn)["history"] >= before["history"]  # type: ignore[operator]
    ws.close()


def test_a_damaged_file_is_a_known_error(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    ws = _office(path)
    for n in range(30):
        cooperatives.save_cooperative(ws, None, _coop(200 + n))
    ws.close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(raw), page):  # every page after the schema's
        raw[start : start + 64] = b"\xff" * 64
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseError) as caught:
        ws = Workspace.open(str(path))
        with ws.reading() as conn:
            registry.list_cooperatives(conn)
    assert "bị hỏng" in caught.value.message
    assert "htx restore" in caught.value.message


def test_columns_missing_at_the_recorded_revision_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _office(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("ALTER TABLE cooperative DROP COLUMN email")
        conn.commit()
    with pytest.raises(DatabaseError, match="không khớp") as caught:
        open_database(str(path))
    assert "cooperative.email" in caught.value.message


def test_a_database_without_a_revision_table_is_not_migrated(
    tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "office.sqlite3"
    _office(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("DROP TABLE alembic_version")
        conn.commit()
        tables_before = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    with pytest.raises(DatabaseError, match="không ghi phiên bản cấu trúc"):
        open_database(str(path))
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == tables_before
    assert not list((data_dir / "backups").glob("*/*pre-migration*"))


def test_two_revision_rows_are_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    _office(path).close()
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0000deadbeef')")
        conn.commit()
    with pytest.raises(DatabaseError, match="nhiều phiên bản cấu trúc"):
        open_database(str(path))


def test_concurrent_saves_from_threads_all_land(tmp_path: Path) -> None:
    """Writers in several threads: each save is retried while another holds the lock."""
    path = tmp_path / "office.sqlite3"
    ws = _office(path)
    errors: list[BaseException] = []

    def save(first: int) -> None:
        try:
            for n in range(first, first + 10):
                cooperatives.save_cooperative(ws, None, _coop(n))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=save, args=(1000 + 100 * t,)) for t in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with ws.reading() as conn:
        assert len(registry.list_cooperatives(conn)) == 40
    ws.close()
