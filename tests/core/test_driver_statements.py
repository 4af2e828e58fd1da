"""Statements a save sends straight through the driver (PostgreSQL, `records.on_driver`)
fail as any statement does: a lock not had in time is the known "busy" trouble (the save is
retried), another error is SQLAlchemy's."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError

from desktop.core import records, write_lock
from desktop.core.database_errors import DatabaseBusy
from desktop.core.workspace import Workspace

pytestmark = pytest.mark.postgres


def test_a_lock_not_had_in_time_is_busy_and_other_errors_are_sqlalchemy_s(db_url: str) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    holder, waiter = Workspace.open(db_url), Workspace.open(db_url)
    try:
        holder.ensure_identity()
        with holder.transaction() as held:
            records.lock_writes(held)  # another staff member's write, not finished
            with pytest.raises(DatabaseBusy), waiter.transaction() as conn:
                with write_lock.reading_before_lock(conn):
                    conn.exec_driver_sql("SET LOCAL lock_timeout = '100ms'")
                records.take_numbers(conn)
        with waiter.transaction() as conn:
            assert records.take_numbers(conn)[0] > 0  # the lock is free again
            with pytest.raises(DBAPIError, match="division by zero"):
                records.on_driver(conn, "SELECT 1 / %s", (0,))
    finally:
        holder.close()
        waiter.close()
