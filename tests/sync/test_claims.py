"""What an office's package claims about others is checked before anything of it is used
(issue 12, finding 7): a district cannot move the province's own write counter."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core import areas
from desktop.core.records import read_counter
from desktop.core.sync import merger
from tests.sync.forge import craft
from tests.sync.test_hostile import coop_payload
from tests.sync.world import World

HUGE = 999_999_999_999_999_999


def _clock(world: World) -> int:
    with world.province.ws.reading() as conn:
        return read_counter(conn, "clock")


def test_a_record_claiming_the_provinces_versions_moves_nothing_and_sync_goes_on(
    world: World, tmp_path: Path
) -> None:
    before = _clock(world)
    other = areas.children(areas.PRE2025, "450")[3].code
    claims = {"v": {"T44": HUGE, "H457": 3}, "d": {"_": "H457.3"}, "t": {"H457.3": 0}}
    refused = coop_payload(world, area_code=other, district_code="450",
                           sync_meta=json.dumps(claims))  # fmt: skip
    report = world.province.receive(craft(world.lethuy, tmp_path, refused, sequence=91))
    assert report.counts["refused"] == 1
    inside = coop_payload(world, sync_meta=json.dumps(claims))
    report = world.province.receive(craft(world.lethuy, tmp_path, inside, sequence=92))
    assert report.status == merger.APPLIED
    assert _clock(world) == before
    world.province.edit(world.coops["457"][0], {"notes": "tỉnh ghi chú sau gói lạ"})
    assert _clock(world) == before + 1
    world.sync_down()  # every district still accepts the province's packages
    assert world.lethuy.row("cooperative", world.coops["457"][0])["notes"] == (
        "tỉnh ghi chú sau gói lạ"
    )
