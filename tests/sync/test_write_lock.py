"""When a PostgreSQL transaction takes the office's write lock (desktop.core.write_lock): just
before its first statement, whatever it is, so nothing is read before it; a read made on
purpose before it (one record's edit) leaves it free until the write."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from desktop.core import registry, settings, write_lock
from desktop.core.workspace import Workspace
from tests.core.helpers import PROVINCE_OFFICE
from tests.core.test_registry import coop as coop_values

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_ws(db_url: str) -> Iterator[Workspace]:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only: SQLite's transaction holds its lock from BEGIN")
    ws = Workspace.open(db_url)
    yield ws
    ws.close()


def _lock_is_free(url: str) -> bool:
    """Whether another connection could take the write lock right now."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SET lock_timeout = '50ms'"))
            conn.execute(text("SELECT value FROM counter WHERE name = 'clock' FOR UPDATE"))
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


def test_a_transaction_holds_the_lock_from_its_first_statement(pg_ws: Workspace) -> None:
    url = pg_ws.database.url
    with pg_ws.transaction() as conn:
        assert _lock_is_free(url)  # nothing sent yet
        settings.get(conn, "keys")  # a read: the lock comes first
        assert write_lock.held(conn)
        assert not _lock_is_free(url)
    assert _lock_is_free(url)


def test_reads_made_before_the_lock_leave_it_free_until_the_write(pg_ws: Workspace) -> None:
    url = pg_ws.database.url
    identity = PROVINCE_OFFICE
    with pg_ws.transaction() as conn:
        with write_lock.reading_before_lock(conn) as before:
            assert before
            assert registry.list_cooperatives(conn) == []
            assert _lock_is_free(url)
        assert write_lock.owed(conn)
        registry.sectors(conn)  # the next statement takes it
        assert not _lock_is_free(url)
    with pg_ws.transaction() as conn:
        coop = registry.add_cooperative(conn, identity, coop_values())
    with pg_ws.transaction() as conn:
        registry.update_cooperative(conn, identity, coop, {"notes": "Ghi chú"})
        assert not _lock_is_free(url)  # the write took it, and holds it to the end
    assert _lock_is_free(url)
