"""The first screen read with sqlite3 alone: the same rows, sectors and identity as the full
opening gives, and nothing at all for a database that needs something done first."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from desktop.core import first_look, registry, settings
from desktop.core.registry import sectors
from desktop.core.workspace import Workspace


@pytest.fixture
def province_db(province_demo) -> Path:
    return province_demo("tỉnh mẫu.sqlite3", seed=4)  # a Vietnamese file name, as people name them


def test_reads_what_the_full_opening_shows_first(province_db: Path) -> None:
    look = first_look.read(str(province_db), 100)
    assert look is not None
    workspace = Workspace.open(str(province_db))
    try:
        with workspace.reading() as conn:
            assert look.rows == registry.first_table_rows(conn, 100)
            assert look.sector_names == sectors(conn)
            assert look.identity == settings.identity(conn)
        assert len(look.rows) == 100
        assert any(row["registered_on"] for row in look.rows)
        assert any(row["year"] for row in look.rows)
    finally:
        workspace.close()
    assert look.path == province_db
    assert first_look.read(str(province_db), 0).rows == []  # type: ignore[union-attr]


def test_a_deleted_cooperative_is_not_in_the_first_rows(province_db: Path) -> None:
    look = first_look.read(str(province_db))
    assert look is not None
    first = look.rows[0]["id"]
    with closing(sqlite3.connect(province_db)) as conn, conn:
        conn.execute("UPDATE cooperative SET deleted = 1 WHERE id = ?", (first,))
    again = first_look.read(str(province_db))
    assert again is not None
    assert first not in [row["id"] for row in again.rows]
    assert again.rows[:99] == look.rows[1:100]


def test_nothing_for_a_database_that_needs_something_first(tmp_path: Path) -> None:
    assert first_look.read(str(tmp_path / "chưa có.sqlite3")) is None  # created by the opening
    assert first_look.read("postgresql+psycopg://postgres@127.0.0.1:1/htx") is None

    not_a_database = tmp_path / "ghi chú.sqlite3"
    not_a_database.write_text("không phải cơ sở dữ liệu", encoding="utf-8")
    assert first_look.read(str(not_a_database)) is None

    fresh = tmp_path / "mới.sqlite3"
    Workspace.open(str(fresh)).close()  # migrated, no identity yet: the first-run set-up
    assert first_look.read(str(fresh)) is None

    older = tmp_path / "cũ.sqlite3"
    workspace = Workspace.open(str(older))
    workspace.ensure_identity()
    workspace.close()
    assert first_look.read(str(older)) is not None
    with closing(sqlite3.connect(older)) as conn, conn:  # recorded at an older revision
        conn.execute("UPDATE alembic_version SET version_num = '0004_reform_2025'")
    assert first_look.read(str(older)) is None  # migrated (after a backup) before the window


def test_reading_writes_nothing(province_db: Path) -> None:
    before = province_db.read_bytes()
    for suffix in ("-wal", "-shm"):
        Path(f"{province_db}{suffix}").unlink(missing_ok=True)
    assert first_look.read(str(province_db)) is not None
    assert province_db.read_bytes() == before


def test_the_first_screen_needs_no_sqlalchemy(province_db: Path) -> None:
    """What the start imports before its window shows (the command line, the window, the
    first screen) loads neither SQLAlchemy, nor the models, nor Alembic."""
    code = (
        "import sys\n"
        "import desktop.cli, desktop.cli.common, desktop.ui.app, desktop.ui.main_window\n"
        "import desktop.ui.single_instance, desktop.ui.errors, desktop.core.first_look\n"
        f"assert desktop.core.first_look.read({str(province_db)!r}) is not None\n"
        "heavy = [m for m in ('sqlalchemy', 'desktop.core.models', 'alembic', 'openpyxl',\n"
        "         'cryptography', 'desktop.core.registry') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
