"""An enrolled district's signed package is held to the form's rules (issue 12, finding 5):
each record that breaks them is refused with the reason, the rest is applied."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.core import registry
from desktop.core.records import SPECS, Writer
from desktop.core.sync import merger
from tests.sync.forge import craft
from tests.sync.test_hostile import coop_payload
from tests.sync.world import World

FUTURE = (date.today() + timedelta(days=400)).isoformat()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"name": ""}, "Tên không được để trống"),
        ({"status": "flying"}, "Tình trạng không hợp lệ"),
        ({"entity_type": "ABC"}, "Loại hình không hợp lệ"),
        ({"registration_code": "12AB"}, "Mã số HTX phải gồm 10 chữ số"),
        ({"registered_on": FUTURE}, "không được sau ngày hôm nay"),
        ({"email": "không phải thư"}, "thư điện tử không hợp lệ"),
        ({"phone": "gọi tôi đi"}, "Số điện thoại chỉ gồm chữ số"),
        ({"sector": "NOWHERE"}, "không có trong danh mục"),
    ],
    ids=["empty name", "status", "type", "code", "future date", "email", "phone", "sector"],
)
def test_a_new_cooperative_breaking_the_forms_rules_is_refused(
    world: World, tmp_path: Path, changes: dict[str, Any], reason: str
) -> None:
    before = world.province.canonical()
    good = coop_payload(world)
    bad = coop_payload(world, id="5f0c1e2d-3a4b-4c5d-8e6f-7a8b9c0d1e2f", **changes)
    body = bad["tables"]["cooperative"]
    body["data"] = [g + b for g, b in zip(good["tables"]["cooperative"]["data"], body["data"],
                                          strict=True)]  # fmt: skip
    report = world.province.receive(craft(world.lethuy, tmp_path, bad))
    assert report.status == merger.APPLIED
    assert (report.counts["new"], report.counts["refused"]) == (1, 1), report.to_json()
    (refused,) = [r for r in report.records if r.kind == "refused"]
    assert reason in (refused.reason or ""), refused.reason
    assert "không đúng quy định" in (refused.reason or "")
    assert len(world.province.canonical()["cooperative"]) == len(before["cooperative"]) + 1


def _raw_write(world: World, table: str, record_id: str, changes: dict[str, Any]) -> None:
    world.lethuy.write(table, record_id, changes)


@pytest.mark.parametrize(
    ("figures", "reason"),
    [
        ({"members": -5}, "không được âm"),
        ({"members": 10, "members_official": 12}, "lớn hơn"),
        ({"revenue": -1}, "không được âm"),
    ],
    ids=["negative", "part larger than whole", "negative money"],
)
def test_impossible_yearly_figures_are_refused(
    world: World, figures: dict[str, Any], reason: str
) -> None:
    coop = world.coops["457"][0]
    indicator = registry.indicator_id(coop, 2024)
    before = world.province.row("indicator", indicator)
    _raw_write(world, "indicator", indicator, figures)
    world.lethuy.edit(coop, {"notes": "ghi chú hợp lệ"})
    report = world.province.receive(world.lethuy.export_one())
    assert report.status == merger.APPLIED
    refused = [r for r in report.records if r.kind == "refused"]
    assert [r.table for r in refused] == ["indicator"], report.to_json()
    assert reason in (refused[0].reason or "")
    assert world.province.row("indicator", indicator) == before
    assert world.province.row("cooperative", coop)["notes"] == "ghi chú hợp lệ"


def test_an_existing_cooperative_emptied_by_a_district_is_refused(world: World) -> None:
    coop = world.coops["457"][1]
    _raw_write(world, "cooperative", coop, {"name": "", "email": "rác"})
    report = world.province.receive(world.lethuy.export_one())
    (refused,) = [r for r in report.records if r.kind == "refused"]
    assert "Tên không được để trống" in (refused.reason or "")
    assert world.province.row("cooperative", coop)["name"]


def test_a_progress_report_with_a_negative_percentage_is_refused(world: World) -> None:
    assignment = world.tasks["assignment:shared:H457"]
    with world.lethuy.ws.transaction() as conn:
        Writer(conn, world.lethuy.identity).create(
            SPECS["progress_report"],
            {"assignment_id": assignment, "office_code": "H457", "period": "2026-Q1",
             "reported_on": date(2026, 4, 2), "status": "in_progress", "percent": -20},
        )  # fmt: skip
    report = world.province.receive(world.lethuy.export_one())
    refused = [r for r in report.records if r.kind == "refused"]
    assert [r.table for r in refused] == ["progress_report"], report.to_json()
    assert "Tỷ lệ hoàn thành" in (refused[0].reason or "")


def test_a_new_record_claiming_only_the_provinces_versions_is_refused(
    world: World, tmp_path: Path
) -> None:
    claims = {"v": {"T44": 1}, "d": {"_": "T44.1"}, "t": {"T44.1": 0}}
    payload = coop_payload(world, sync_meta=json.dumps(claims))
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.counts["new"] == 0 and report.counts["refused"] == 1, report.to_json()
    assert "phiên bản của đơn vị khác" in report.errors[0]
    assert world.province.canonical() == before
