"""Figure rows of a package that leaves their ids out (each derived from the row's cooperative
and year) are matched to the rows held here by (cooperative, year), unique in every office;
ids are derived only for the rows whose version state differs (`merger._with_ids`).

A big table is read in one scan (matched column against column when it is stored in the
package's order, else by a lookup per row), a small one by cooperative: every way gives the
same outcome, which the tests check in each (`path`), stored in the package's order or not.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from desktop.core import registry
from desktop.core.records import SPECS
from desktop.core.sync import merger
from tests.sync import forge
from tests.sync.world import LE_THUY, World

_indicator = SPECS["indicator"].table
YEAR = 2024


@pytest.fixture(params=["read by cooperative", "one scan", "one scan, stored in another order"])
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param != "read by cooperative":
        monkeypatch.setattr(merger, "_SCAN", 0)  # the package's figures count as a big table
    return str(request.param)


def _full(world: World) -> Path:
    return world.province.export_one(to=LE_THUY, full=True)


def _held(world: World, path: str) -> None:
    """Le Thuy holds what the province's full package holds (and, for the last `path`, its
    figure rows in the reverse order of the package's)."""
    assert world.lethuy.receive(_full(world)).status == merger.APPLIED
    if path.endswith("another order"):
        with world.lethuy.ws.transaction() as conn:
            conn.exec_driver_sql("CREATE TEMP TABLE held AS SELECT * FROM indicator ORDER BY rowid DESC")  # fmt: skip
            conn.exec_driver_sql("DELETE FROM indicator")
            conn.exec_driver_sql("INSERT INTO indicator SELECT * FROM held")
            conn.exec_driver_sql("DROP TABLE held")


def _figure_id(world: World, coop: str) -> str:
    with world.lethuy.ws.reading() as conn:
        return conn.execute(
            select(_indicator.c.id).where(
                _indicator.c.cooperative_id == coop, _indicator.c.year == YEAR
            )
        ).scalar_one()


def _only(report: merger.ImportReport, **counts: int) -> None:
    assert report.status == merger.APPLIED, report.errors
    expected = {"new": 0, "changed": 0, "deleted": 0, "conflicts": 0, "refused": 0, **counts}
    assert {k: v for k, v in report.counts.items() if k != "unchanged"} == expected
    assert report.counts["unchanged"] > 0


def test_a_full_package_of_what_is_held_changes_nothing(world: World, path: str) -> None:
    _held(world, path)
    before = world.lethuy.canonical()
    package = _full(world)
    assert "id" not in forge.payload_of(package)["tables"]["indicator"]["columns"]
    _only(world.lethuy.receive(package))
    assert world.lethuy.canonical() == before


def test_the_one_figure_changed_is_the_one_change(world: World, path: str) -> None:
    coop = world.coops["457"][0]
    _held(world, path)
    world.province.edit(coop, {}, {YEAR: {"members": 97}})
    preview = world.lethuy.receive(_full(world), dry_run=True)
    report = world.lethuy.receive(_full(world))
    _only(report, changed=1)
    assert preview.counts == report.counts
    (change,) = [r for r in report.records if r.kind == "changed"]
    assert (change.table, change.id) == ("indicator", registry.indicator_id(coop, YEAR))
    assert ("members", change.fields[0][1], 97) == change.fields[0]
    assert world.lethuy.row("indicator", change.id)["members"] == 97


def test_a_figure_held_under_another_id_in_the_same_state_is_unchanged(
    world: World, path: str
) -> None:
    """A figure row stored under an id that is not the derived one (written by an older
    program, say) is the same record when its state is the same: nothing to write. Once the
    sender changes it, the package would add a second row for the same cooperative and year:
    refused whole, nothing changed (as before)."""
    coop = world.coops["457"][1]
    _held(world, path)
    other = str(uuid.uuid4())
    with world.lethuy.ws.transaction() as conn:
        conn.execute(
            update(_indicator)
            .where(_indicator.c.id == registry.indicator_id(coop, YEAR))
            .values(id=other)
        )
    before = world.lethuy.canonical()
    _only(world.lethuy.receive(_full(world)))
    assert world.lethuy.canonical() == before
    assert _figure_id(world, coop) == other

    world.province.edit(coop, {}, {YEAR: {"members": 41}})
    report = world.lethuy.receive(_full(world))
    assert report.status == merger.REFUSED
    assert "trùng với bản ghi đã có" in report.errors[0]
    assert world.lethuy.canonical() == before


def test_the_same_cooperative_and_year_twice_is_refused(world: World, path: str) -> None:
    _held(world, path)
    before = world.lethuy.canonical()
    payload: dict[str, Any] = forge.payload_of(_full(world))
    figures = payload["tables"]["indicator"]
    figures["data"] = [column + column[:1] for column in figures["data"]]  # the first row again
    package = forge.rewrite(_full(world), payload=payload, sign_with=world.province)
    report = world.lethuy.receive(package)
    assert report.status == merger.REFUSED
    assert "indicator: id" in report.errors[0]
    assert world.lethuy.canonical() == before
