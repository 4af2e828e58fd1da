"""PostgreSQL connections kept in the pool: one that died while idle (the server restarted,
a firewall dropped it) is replaced before it is handed out (one used a moment ago is handed
out without that check: a round trip per save)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from desktop.core import database, registry
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.postgres


def _backend(ws: Workspace) -> int:
    with ws.reading() as conn:
        return int(conn.execute(text("SELECT pg_backend_pid()")).scalar_one())


def test_a_connection_that_died_while_idle_is_replaced(
    db_url: str, pg_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    ws = Workspace.open(db_url)
    try:
        dead = _backend(ws)
        admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": dead}).scalar()
        admin.dispose()
        monkeypatch.setattr(database, "IDLE_PING_S", 0.0)  # as if it had been idle long
        assert _backend(ws) != dead
        with ws.reading() as conn:
            assert registry.list_cooperatives(conn) == []
    finally:
        ws.close()
