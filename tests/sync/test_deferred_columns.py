"""A big table that is held here has only its ids and versions decoded first; its other
columns are decoded, and checked, once a record's version differs (`decode_deferred`). Here
every table counts as big, so the small packages of the test world take that path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.core.sync import merger, package
from tests.sync.forge import keys_of
from tests.sync.test_hostile import STRUCTURE, coop_payload, refused
from tests.sync.world import World


def signed(world: World, folder: Path, payload: dict[str, Any]) -> Path:
    """A package of Lệ Thủy holding `payload`, written as the app writes one (its counts in
    the manifest, its text unescaped), signed with Lệ Thủy's key."""
    counts = {name: 1 for name in payload["tables"]}
    path, _ = package.write_package(
        folder, source=world.lethuy.code, destination="T44", sequence=90, full=False,
        payload=payload, counts=counts, signing_key=keys_of(world.lethuy)["signing"],
    )  # fmt: skip
    return path


@pytest.fixture
def deferring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(merger, "_READ_WHOLE", 0)


def test_a_package_merges_alike_when_its_columns_are_decoded_later(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 111", "address": "Thôn [2], xã"})
    world.lethuy.add_coop("457", "Hợp tác xã Lâm Thủy", {2024: {"members": 11}})
    path = world.lethuy.export_one()
    other = world.copy_province("whole")
    whole = other.receive(path)
    monkeypatch.setattr(merger, "_READ_WHOLE", 0)
    later = world.province.receive(path)
    assert later.status == whole.status == merger.APPLIED
    assert later.counts == whole.counts and later.counts["changed"] >= 1
    assert world.province.canonical() == other.canonical()
    other.close()
    again = world.province.receive(world.lethuy.export_one(full=True))
    assert again.status == merger.APPLIED
    assert again.counts["new"] + again.counts["changed"] + again.counts["refused"] == 0


@pytest.mark.usefixtures("deferring")
@pytest.mark.parametrize(
    "changes",
    [{"name": 123}, {"name": "x" * 301}, {"founded_on": "2019-02-30"}, {"deleted": "no"},
     {"phone": None, "notes": 7}],
    ids=lambda c: next(iter(c)),
)  # fmt: skip
def test_a_column_decoded_later_is_checked_as_any(
    world: World, tmp_path: Path, changes: dict[str, Any]
) -> None:
    refused(world.province, signed(world, tmp_path, coop_payload(world, **changes)), STRUCTURE)


@pytest.mark.usefixtures("deferring")
def test_a_column_decoded_later_must_have_a_value_for_every_row(
    world: World, tmp_path: Path
) -> None:
    payload = coop_payload(world)
    body = payload["tables"]["cooperative"]
    body["data"][body["columns"].index("address")].append("Thôn 3")
    refused(world.province, signed(world, tmp_path, payload), STRUCTURE)
    payload = coop_payload(world)
    body = payload["tables"]["cooperative"]
    body["data"][body["columns"].index("address")] = []
    refused(world.province, signed(world, tmp_path, payload), STRUCTURE)


@pytest.mark.usefixtures("deferring")
def test_the_control_is_applied(world: World, tmp_path: Path) -> None:
    report = world.province.receive(signed(world, tmp_path, coop_payload(world)))
    assert report.status == merger.APPLIED and report.counts["new"] == 1


def test_tables_held_as_sent_are_unchanged_without_decoding_them(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(merger, "_READ_WHOLE", 0)
    world.sync_down()
    (path,) = [p for p in world.province.export(full=True) if p.stem.endswith(world.lethuy.code)]
    decoded: list[str] = []
    decode = package.decode_deferred
    monkeypatch.setattr(
        package,
        "decode_deferred",
        lambda table, *args: decoded.append(table) or decode(table, *args),
    )
    before = world.lethuy.canonical()
    report = world.lethuy.receive(path)
    assert report.status == merger.APPLIED
    assert report.counts["unchanged"] > 0 and report.counts["unchanged"] == sum(
        report.counts.values()
    )
    assert decoded == []
    assert world.lethuy.canonical() == before
