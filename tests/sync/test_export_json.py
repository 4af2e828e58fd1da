"""On SQLite the database writes each column of a package as JSON (`json_columns`): whatever the
rows hold, the package says exactly what the Python path (`exporter.stream`, used by every other
database) says, and a full package lists cooperatives by commune (the smaller package)."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import update

from desktop.core import settings as office_settings
from desktop.core.records import SPECS, read_counter
from desktop.core.sync import exporter, json_columns, package
from desktop.core.workspace import Workspace
from tests.sync.world import LE_THUY, World

_coop = SPECS["cooperative"].table
_indicator = SPECS["indicator"].table
# Any text a database column can hold: every letter, quotes, backslashes, control characters.
_texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
_big = st.integers(min_value=-(2**63), max_value=2**63 - 1)


def _payload(ws: Workspace, folder: Path, *, since: int = 0, to: dict | None = None) -> Any:
    with ws.snapshot() as conn:
        signing = office_settings.get(conn, "keys")["signing"]
        with package.PackageWriter(folder, source="T44", destination=None, sequence=1,
                                   full=since == 0, signing_key=signing) as writer:  # fmt: skip
            path, _, counts = exporter.write(
                conn, writer, destination=to, since=since, limit_to_destination=to is not None
            )
    with zipfile.ZipFile(path) as archive:
        payload = json.loads(archive.read(package.PAYLOAD))
    path.unlink()
    return payload, counts


def _both_paths(ws: Workspace, folder: Path, **options: Any) -> tuple[Any, Any]:
    taken: list[str] = []
    encoded_table = json_columns.encoded_table

    def spy(conn: Any, query: Any, params: dict[str, Any]) -> Any:
        found = encoded_table(conn, query, params)
        if found is None:
            taken.append(query.spec.name)
        return found

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_columns, "encoded_table", spy)
        fast = _payload(ws, folder, **options)
    assert taken == []  # every table was written by the database
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_columns, "available", lambda conn: False)
        slow = _payload(ws, folder, **options)
    return fast, slow


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    texts=st.lists(_texts, min_size=4, max_size=4),
    numbers=st.lists(_big, min_size=2, max_size=2),
    deleted=st.booleans(),
    conflicted=st.booleans(),
    random_id=st.booleans(),
)
@example(texts=['"\\', "\x00\x1f\x7f", "Hợp tác xã 🌾", "\u2028"], numbers=[2**63 - 1, -(2**63)],
         deleted=True, conflicted=True, random_id=True)  # fmt: skip
def test_any_rows_are_written_as_the_python_path_writes_them(
    make_world: Any,
    tmp_path: Path,
    texts: list[str],
    numbers: list[int],
    deleted: bool,
    conflicted: bool,
    random_id: bool,
) -> None:
    world: World = make_world()
    ws = world.province.ws
    first, second = world.coops["457"][:2]
    with ws.transaction() as conn:
        conn.execute(
            update(_coop)
            .where(_coop.c.id == first)
            .values(name=texts[0], address=texts[1], notes=texts[2], email=texts[3] or None,
                    deleted=deleted, has_conflict=conflicted)
        )  # fmt: skip
        conn.execute(update(_coop).where(_coop.c.id == second).values(phone=None, founded_on=None))
        conn.execute(
            update(_indicator)
            .where(_indicator.c.cooperative_id == first)
            .values(revenue=numbers[0], assets=numbers[1], has_conflict=conflicted)
        )
        if random_id:
            one = conn.execute(
                _indicator.select().with_only_columns(_indicator.c.id).limit(1)
            ).scalar_one()
            conn.execute(
                update(_indicator).where(_indicator.c.id == one).values(id=str(uuid.uuid4()))
            )
    (fast, fast_counts), (slow, slow_counts) = _both_paths(ws, tmp_path / "out")
    assert fast == slow and fast_counts == slow_counts
    indicator = fast["tables"]["indicator"]
    assert ("id" in indicator["columns"]) is random_id  # ids left out only when all derived
    coops = fast["tables"]["cooperative"]
    assert texts[0] in coops["data"][coops["columns"].index("name")]


def test_a_deletion_in_conflict_travels_as_written_by_both_paths(
    world: World, tmp_path: Path
) -> None:
    """The deleted column holds the effective value of a row in conflict; a package carries what
    was written (a deletion against a concurrent edit)."""
    coop = world.coops["457"][0]
    world.lethuy.delete(coop)
    world.province.edit(coop, {"phone": "0914 222 333"})
    world.province.receive(world.lethuy.export_one())
    assert world.province.row("cooperative", coop)["has_conflict"]
    (fast, _), (slow, _) = _both_paths(world.province.ws, tmp_path / "out")
    assert fast == slow


def test_an_incremental_package_for_an_office_is_the_same_by_both_paths(
    world: World, tmp_path: Path
) -> None:
    with world.province.ws.reading() as conn:
        since = read_counter(conn, "seq")
        office = world.province.office_row(LE_THUY)
    for coop in world.coops["457"][:3]:
        world.province.edit(coop, {"phone": "0914 555 666"})
    (fast, counts), (slow, _) = _both_paths(world.province.ws, tmp_path / "out", since=since,
                                            to=office)  # fmt: skip
    assert fast == slow and counts["cooperative"] >= 3


def test_a_full_package_lists_cooperatives_by_commune(world: World, tmp_path: Path) -> None:
    (payload, _), _ = _both_paths(world.province.ws, tmp_path / "out")
    table = payload["tables"]["cooperative"]
    communes = table["data"][table["columns"].index("area_code")]
    assert communes == sorted(communes) and len(set(communes)) > 1
