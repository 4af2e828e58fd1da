"""Fixtures of the sync tests: a province and two districts, enrolled once per session."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sync.world import World, build_template, copy_world


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
