"""A package's rows filling empty tables (an office's first import): the tables' indexes are
built once the rows are in, inside the import's transaction. The result is the same database
as the row-by-row path gives, with the same indexes; a preview, a cancelled import and an
import killed at any moment leave the tables and their indexes as they were."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import demo, settings
from desktop.core.errors import Cancelled
from desktop.core.records import SPECS
from desktop.core.sync import bulk_load, enrolment, exporter, merger
from desktop.core.workspace import Workspace
from tests.sync.world import blank_office

pytestmark = pytest.mark.slow
HUB = "QB"
OFFICE = "KTTT"


@pytest.fixture(scope="module")
def first_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The province's full package to a department that sees the whole register (1,000
    cooperatives, 5,000 yearly figures, tasks and reports), and the province's public key."""
    folder = tmp_path_factory.mktemp("bulk-load")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTX_DATA_DIR", str(folder / "htx-data"))
        province = Workspace.open(str(folder / "province.sqlite3"))
        with province.transaction() as conn:
            demo.generate(conn, "province", 3, scheme="pre2025")
        enrolment.init_province(province, code=HUB, name="Sở KH&ĐT Quảng Bình", area_code="44",
                                scheme="pre2025")  # fmt: skip
        enrolment.enroll(
            province, code=OFFICE, name="Phòng Kinh tế tập thể", area_code="44",
            role=settings.DEPARTMENT, out=folder / "KTTT.htxsetup", registry_access="all",
        )  # fmt: skip
        (result,) = exporter.export(province, folder / "out", to=OFFICE, full=True)
        with province.reading() as conn:
            public = settings.get(conn, "keys")["signing_public"]
        province.close()
    yield result.path, public


def _empty_office(path: Path) -> Workspace:
    """A new installation of the department, its tables empty (no first package yet)."""
    identity = settings.Identity(office_code=OFFICE, office_name="Phòng Kinh tế tập thể",
                                 role=settings.DEPARTMENT, area_scheme="pre2025", area_code="44",
                                 hub_code=HUB)  # fmt: skip
    return blank_office(path, identity)


def _copy(source: Path, target: Path) -> Path:
    with closing(sqlite3.connect(source)) as original, closing(sqlite3.connect(target)) as copy:
        original.backup(copy)
    return target


def _schema(path: Path) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        ).fetchall()


def _tables(path: Path) -> dict[str, list[tuple]]:
    """Every stored column of every synced row (derived columns and bookkeeping too)."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            name: conn.execute(f"SELECT * FROM {name} ORDER BY id").fetchall() for name in SPECS
        }


def _check(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _cache_sizes(ws: Workspace) -> set[int]:
    """The page cache size of the connections the workspace's pool holds (several at once,
    so that the one the import used is among them)."""
    connections = [ws.database.engine.connect() for _ in range(3)]
    try:
        return {c.exec_driver_sql("PRAGMA cache_size").scalar() for c in connections}
    finally:
        for c in connections:
            c.close()


def test_a_first_import_fills_the_tables_as_row_by_row_with_the_same_indexes(
    first_package: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package, public = first_package
    template = tmp_path / "template.sqlite3"
    _empty_office(template).close()
    results = {}
    for label, least in (
        ("row by row", 10**9),
        ("usual", bulk_load.MIN_ROWS),
        ("every table", 100),
    ):
        monkeypatch.setattr(bulk_load, "MIN_ROWS", least)
        path = _copy(template, tmp_path / f"{label}.sqlite3")
        ws = Workspace.open(str(path))
        schema = _schema(path)
        default_cache = _cache_sizes(ws)
        report = merger.import_package(ws, package, trusted_keys={HUB: public})
        assert report.status == merger.APPLIED, report.errors
        assert report.counts["new"] > 5_000 and report.counts["refused"] == 0
        assert _cache_sizes(ws) == default_cache
        ws.close()
        assert _schema(path) == schema, label
        assert _check(path) == "ok", label
        results[label] = (_tables(path), report.counts)
    assert len(results["usual"][0]["indicator"]) >= bulk_load.MIN_ROWS
    assert results["usual"] == results["row by row"]
    assert results["every table"] == results["row by row"]


def test_the_indexes_serve_queries_after_the_import(
    first_package: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package, public = first_package
    monkeypatch.setattr(bulk_load, "MIN_ROWS", 100)
    path = tmp_path / "office.sqlite3"
    ws = _empty_office(path)
    assert merger.import_package(ws, package, trusted_keys={HUB: public}).status == "applied"
    ws.close()
    with closing(sqlite3.connect(path)) as conn:
        coop_id, code = conn.execute("SELECT id, registration_code FROM cooperative").fetchone()
        plan = " ".join(
            row[-1]
            for row in conn.execute(
                "EXPLAIN QUERY PLAN SELECT * FROM indicator WHERE cooperative_id = ?", (coop_id,)
            )
        )
        assert "ix_indicator_cooperative_id" in plan
        found = conn.execute(
            "SELECT count(*) FROM cooperative INDEXED BY ix_cooperative_registration_code "
            "WHERE registration_code = ?",
            (code,),
        ).fetchone()[0]
        assert found >= 1


def test_a_preview_or_a_cancelled_import_leaves_tables_and_indexes_as_they_were(
    first_package: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package, public = first_package
    monkeypatch.setattr(bulk_load, "MIN_ROWS", 100)
    path = tmp_path / "office.sqlite3"
    ws = _empty_office(path)
    schema, tables = _schema(path), _tables(path)
    default_cache = _cache_sizes(ws)

    preview = merger.import_package(ws, package, dry_run=True, trusted_keys={HUB: public})
    assert preview.status == merger.DRY_RUN and preview.counts["new"] > 5_000
    assert (_schema(path), _tables(path)) == (schema, tables)

    asked = []

    def cancel_in_the_figures() -> bool:  # asked every 2,000 rows: stops inside the indicators
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(Cancelled):
        merger.import_package(
            ws, package, trusted_keys={HUB: public}, cancelled=cancel_in_the_figures
        )
    assert (_schema(path), _tables(path)) == (schema, tables)
    assert _cache_sizes(ws) == default_cache
    assert _check(path) == "ok"

    # And then the same package imports whole.
    assert merger.import_package(ws, package, trusted_keys={HUB: public}).status == "applied"
    ws.close()
    assert _schema(path) == schema
    assert len(_tables(path)["indicator"]) >= 5_000


_HOOKED = """
import sys
from pathlib import Path
from desktop.core.sync import bulk_load, merger
from desktop.core.workspace import Workspace

bulk_load.MIN_ROWS = 100
def progress(done, total, message, said=[]):
    if not said:
        said.append(1)
        print("merging", flush=True)

report = merger.import_package(Workspace.open(sys.argv[1]), Path(sys.argv[2]), progress=progress,
                               trusted_keys={sys.argv[3]: sys.argv[4]})
print(report.status, flush=True)
"""


def _hooked(db: Path, package: Path, public: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _HOOKED, str(db), str(package), HUB, public],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_a_first_import_killed_while_filling_leaves_the_database_as_before(
    first_package: tuple[Path, str], tmp_path: Path
) -> None:
    package, public = first_package
    db = tmp_path / "office.sqlite3"
    _empty_office(db).close()
    pristine = _copy(db, tmp_path / "pristine.sqlite3")
    schema, tables = _schema(db), _tables(db)

    undisturbed = _hooked(db, package, public)
    assert undisturbed.stdout is not None and undisturbed.stdout.readline() == b"merging\n"
    started = time.monotonic()
    out, err = undisturbed.communicate(timeout=180)
    writing = time.monotonic() - started
    assert out == b"applied\n", err.decode()
    after = _tables(db)
    assert after != tables and _schema(db) == schema

    rnd = random.Random(20261129)
    killed = 0
    late = 1.0  # a kill that came after the commit shortens the next waits
    for attempt in range(16):  # until three kills landed while the rows were written
        for suffix in ("-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        _copy(pristine, db)
        process = _hooked(db, package, public)
        assert process.stdout is not None and process.stdout.readline() == b"merging\n"
        time.sleep(rnd.uniform(0.05, 0.9) * writing * late)
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=60)
        assert _check(db) == "ok", attempt
        state = _tables(db)
        assert state in (tables, after), f"kill {attempt} left a partial import"
        assert _schema(db) == schema, f"kill {attempt} left the indexes changed"
        killed += process.returncode == -signal.SIGKILL and state == tables
        if state == after:
            late /= 2
        if killed >= 3:
            break
    assert killed >= 3, "the kills came too late to test anything"

    # After a kill inside the transaction the same package imports whole.
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    _copy(pristine, db)
    process = _hooked(db, package, public)
    assert process.stdout is not None and process.stdout.readline() == b"merging\n"
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
    assert _tables(db) == tables
    again = _hooked(db, package, public)
    out, err = again.communicate(timeout=180)
    assert out.endswith(b"applied\n"), err.decode()
    assert _tables(db) == after and _schema(db) == schema


def test_new_records_get_the_derived_columns_one_record_at_a_time_would_give(
    first_package: tuple[Path, str], tmp_path: Path
) -> None:
    """The import works out the search keys of the records it inserts a chunk at a time
    (`TableSpec.derive_many`): each is the key `TableSpec.derive` gives its record alone."""
    package, public = first_package
    ws = _empty_office(tmp_path / "office.sqlite3")
    report = merger.import_package(ws, package, trusted_keys={HUB: public})
    assert report.status == merger.APPLIED, report.errors
    spec = SPECS["cooperative"]
    assert spec.derive is not None and spec.derive_many is not None
    with ws.reading() as conn:
        stored = [dict(row._mapping) for row in conn.execute(spec.table.select())]
    ws.close()
    assert len(stored) == 1_000
    for row in stored:
        alone = spec.derive({name: row[name] for name in spec.fields})
        assert {name: row[name] for name in spec.derived} == alone, row["id"]
