"""Fixtures of the sync tests: a province and two districts, enrolled once per session; the
same world on a PostgreSQL master."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.sync.world import World, build_template, build_world, copy_world


@pytest.fixture(scope="session")
def world_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("world-template")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("HTX_DATA_DIR", str(folder / "htx-data"))
        info = build_template(folder / "db")
    return folder / "db", info


@pytest.fixture
def make_world(
    world_template: tuple[Path, dict[str, Any]], tmp_path: Path
) -> Iterator[Callable[[], World]]:
    """Fresh copies of the enrolled world, as many as a test needs (one per hypothesis example)."""
    template, info = world_template
    made: list[World] = []
    numbers = itertools.count(1)

    def make() -> World:
        world = copy_world(template, info, tmp_path / f"world-{next(numbers)}")
        made.append(world)
        return world

    yield make
    for world in made:
        world.close()


@pytest.fixture
def world(make_world: Callable[[], World]) -> World:
    return make_world()


@pytest.fixture
def pg_databases(pg_server: str) -> Iterator[Callable[[str | None], str]]:
    """Makes PostgreSQL databases (empty, or copies of another) and drops them afterwards."""
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def make(template: str | None = None) -> str:
        name = f"htx_sync_{uuid.uuid4().hex[:12]}"
        source = f' TEMPLATE "{make_url(template).database}"' if template else ""
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{source}'))
        made.append(name)
        return make_url(pg_server).set(database=name).render_as_string(hide_password=False)

    yield make
    with admin.connect() as conn:
        for name in made:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_world(pg_databases: Callable[[str | None], str], tmp_path: Path) -> Iterator[World]:
    """The enrolled world with the province's master on PostgreSQL."""
    world = build_world(tmp_path / "pg-world", pg_databases(None))
    yield world
    world.close()
