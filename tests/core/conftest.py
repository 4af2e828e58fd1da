"""Workspaces on a real database (SQLite and PostgreSQL, see `db_url`) with known identities."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core.workspace import Workspace, configure
from tests.core.helpers import PROVINCE_OFFICE


@pytest.fixture
def workspace(db_url: str) -> Iterator[Workspace]:
    """A migrated, seeded database whose installation is the province office."""
    ws = Workspace.open(db_url)
    with ws.transaction() as conn:
        configure(conn, PROVINCE_OFFICE)
    ws.identity = PROVINCE_OFFICE
    try:
        yield ws
    finally:
        ws.close()
