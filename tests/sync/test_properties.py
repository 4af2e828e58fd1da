"""SYNC.md properties 2-5 over random edit histories: three offices edit, the districts send
their packages, the province imports them in a random order; then everybody syncs.

- the province ends in the same state whatever the order of the packages (property 2);
- concurrent edits to different fields both survive, and the same field edited to different
  values by two offices is a conflict listed everywhere, never a silent loss (3, 4);
- deleting a record that another office edited meanwhile is a conflict, and the record stays
  visible (4);
- after the round trip every district holds exactly what the province holds of its area (5);
- resolving every conflict at the province and syncing leaves no conflict anywhere.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from desktop.core.errors import KnownError
from desktop.core.registry import indicator_id
from desktop.core.sync import merger
from tests.sync.world import DISTRICTS, DONG_HOI, LE_THUY, PROVINCE, World, differences

VALUES = {
    "name": ["Hợp tác xã Dịch vụ An Thủy", "Hợp tác xã Dịch vụ Phong Thủy", "HTX Tân Mỹ"],
    "phone": ["0912 111 111", "0912 222 222"],
    "address": ["Thôn Đông", "Thôn Tây"],
    "representative": ["Nguyễn Văn An", "Trần Thị Bình"],
}
FIGURES = {"members": [30, 31], "revenue": [2_000_000_000, 3_000_000_000]}
YEAR = 2024

_edit = st.tuples(
    st.just("edit"), st.integers(0, 3), st.sampled_from(sorted(VALUES)), st.integers(0, 2)
)
_figures = st.tuples(
    st.just("figures"), st.integers(0, 3), st.sampled_from(sorted(FIGURES)), st.integers(0, 1)
)
_delete = st.tuples(st.just("delete"), st.integers(0, 3))
_restore = st.tuples(st.just("restore"), st.integers(0, 3))
_add = st.tuples(st.just("add"), st.sampled_from(sorted(DISTRICTS.values())))
operations = st.lists(
    st.one_of(_edit, _edit, _figures, _delete, _restore, _add), min_size=0, max_size=5
)
# A district's history: one to three batches of edits, each followed by an export.
batches = st.lists(operations, min_size=1, max_size=3)

# Each example copies three databases and runs a dozen real imports (about a second), so
# failures are reported as found: shrinking one took over five minutes.
SLOW = settings(
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target],
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class Expected:
    """What the offices did, to know which conflicts must appear."""

    # (table, record id, field) -> office -> last value it wrote
    writes: dict[tuple[str, str, str], dict[str, Any]] = field(
        default_factory=lambda: defaultdict(dict)
    )
    deleted: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    edited: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    added: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    names: int = 0


def pool(world: World, expected: Expected, office: str) -> list[str]:
    """The cooperatives an office may edit: those of its area (the province: all)."""
    if office == PROVINCE:
        ids = world.coops["457"][:2] + world.coops["450"][:2]
    else:
        ids = world.coops[DISTRICTS[office]][:2]
    return ids + expected.added[office]


def apply(world: World, expected: Expected, office: str, op: tuple) -> None:
    o = world.offices[office]
    kind = op[0]
    if kind == "add":
        area = DISTRICTS[office] if office != PROVINCE else op[1]
        expected.names += 1
        coop_id = o.add_coop(area, f"Hợp tác xã mới số {expected.names}", {YEAR: {"members": 9}})
        expected.added[office].append(coop_id)
        return
    ids = pool(world, expected, office)
    coop_id = ids[op[1] % len(ids)]
    try:
        if kind == "edit":
            value = VALUES[op[2]][op[3] % len(VALUES[op[2]])]
            if o.edit(coop_id, {op[2]: value}):
                expected.writes["cooperative", coop_id, op[2]][office] = value
                expected.edited[coop_id].add(office)
        elif kind == "figures":
            value = FIGURES[op[2]][op[3]]
            if o.edit(coop_id, {}, {YEAR: {op[2]: value}}):
                key = ("indicator", indicator_id(coop_id, YEAR), op[2])
                expected.writes[key][office] = value
        elif kind == "delete":
            o.delete(coop_id)
            expected.deleted[coop_id].add(office)
        elif kind == "restore" and o.row("cooperative", coop_id)["deleted"]:
            o.restore(coop_id)
            expected.deleted[coop_id].discard(office)
            expected.edited[coop_id].add(office)
    except KnownError:
        pass  # editing or deleting a record this office has deleted: the registry says no


def run_history(world: World, district_batches: dict[str, list[list[tuple]]],
                province_ops: list[tuple], expected: Expected) -> list:  # fmt: skip
    packages = []
    for code, office_batches in district_batches.items():
        for batch in office_batches:
            for op in batch:
                apply(world, expected, code, op)
            packages.append(world.offices[code].export_one())
    for op in province_ops:
        apply(world, expected, PROVINCE, op)
    return packages


@SLOW
@given(
    lethuy=batches,
    donghoi=batches,
    province_ops=operations,
    data=st.data(),
)
def test_any_import_order_converges_and_keeps_every_edit(
    make_world: Callable[[], World],
    lethuy: list[list[tuple]],
    donghoi: list[list[tuple]],
    province_ops: list[tuple],
    data: st.DataObject,
) -> None:
    world = make_world()
    expected = Expected()
    packages = run_history(world, {LE_THUY: lethuy, DONG_HOI: donghoi}, province_ops, expected)

    # Property 2: two different orders of the same packages give the same province.
    other = world.copy_province("other-order")
    first = data.draw(st.permutations(packages), label="order")
    second = data.draw(st.permutations(packages), label="other order")
    for path in first:
        assert world.province.receive(path).status == merger.APPLIED
    for path in second:
        assert merger.import_package(other.ws, path).status == merger.APPLIED
    try:
        diff = differences(world.province.canonical(), other.canonical())
    finally:
        other.close()
    assert not diff, "import order changed the result:\n" + "\n".join(diff[:5])

    world.settle()
    world.assert_districts_match()

    # Properties 3 and 4: nothing written was lost; same-field edits are conflicts everywhere.
    listed = {(c["table"], c["id"], c["field"]) for c in world.province.conflicts()}
    for (table, record_id, name), by_office in expected.writes.items():
        row = world.province.row(table, record_id)
        values = set(map(repr, by_office.values()))
        if len(values) == 1:
            # One value, written by one office or agreed by several: it stands, no conflict.
            assert repr(row[name]) in values
            if len(by_office) == 1:
                assert (table, record_id, name) not in listed
        else:
            assert (table, record_id, name) in listed, (table, name, by_office)
            (item,) = [
                c for c in world.province.conflicts()
                if (c["table"], c["id"], c["field"]) == (table, record_id, name)
            ]  # fmt: skip
            shown = {repr(item["current"]["value"])} | {repr(o["value"]) for o in item["others"]}
            assert shown == values
    for coop_id, deleters in expected.deleted.items():
        editors = expected.edited[coop_id] - deleters
        if deleters and editors:
            row = world.province.row("cooperative", coop_id)
            assert not row["deleted"], "a deletion silently won over a concurrent edit"
            assert ("cooperative", coop_id, "deleted") in listed
    for code in DISTRICTS:
        visible = {(c["table"], c["id"], c["field"]) for c in world.offices[code].conflicts()}
        area = {(t, i, f) for t, i, f in listed if world.offices[code].row(t, i) is not None}
        assert visible == area, code

    # Every record flagged as conflicting is listed, so a person can settle it.
    flagged = world.province.conflicted_rows()
    assert flagged == {(t, i) for t, i, _ in listed}

    # Resolving everything at the province and syncing leaves no conflict anywhere.
    for item in world.province.conflicts():
        world.province.resolve(item, item["current"]["value"])
    world.settle()
    for office in world.offices.values():
        assert office.conflicts() == [], office.code
        assert office.conflicted_rows() == set(), office.code
    world.assert_districts_match()


@SLOW
@given(lethuy=batches, donghoi=batches)
def test_importing_again_changes_nothing(
    make_world: Callable[[], World], lethuy: list[list[tuple]], donghoi: list[list[tuple]]
) -> None:
    """Property 1 over random packages: a second import of each is `already_imported` and a
    replay of the whole set leaves the province as it was."""
    world = make_world()
    packages = run_history(world, {LE_THUY: lethuy, DONG_HOI: donghoi}, [], Expected())
    for path in packages:
        assert world.province.receive(path).status == merger.APPLIED
    before = world.province.canonical()
    for path in reversed(packages):
        report = world.province.receive(path)
        assert report.status == merger.ALREADY
        assert report.counts["new"] == report.counts["changed"] == 0
    assert world.province.canonical() == before


# A schedule mixing everything: offices edit, send, receive and settle conflicts in any order;
# packages wait in inboxes and are opened in any order, some of them long after later ones.
_step = st.one_of(
    st.tuples(st.just("op"), st.sampled_from([PROVINCE, LE_THUY, DONG_HOI]), operations),
    st.tuples(st.just("send_up"), st.sampled_from([LE_THUY, DONG_HOI])),
    st.tuples(st.just("send_down")),
    st.tuples(st.just("open"), st.sampled_from([PROVINCE, LE_THUY, DONG_HOI]), st.integers(0, 9)),
    st.tuples(st.just("resolve"), st.sampled_from([PROVINCE, LE_THUY, DONG_HOI]), st.booleans()),
)


@SLOW
@given(schedule=st.lists(_step, min_size=1, max_size=14), data=st.data())
def test_any_schedule_converges_and_every_conflict_can_be_settled(
    make_world: Callable[[], World], schedule: list[tuple], data: st.DataObject
) -> None:
    world = make_world()
    expected = Expected()
    inbox: dict[str, list] = {code: [] for code in world.offices}
    for step in schedule:
        if step[0] == "op":
            for op in step[2]:
                apply(world, expected, step[1], op)
        elif step[0] == "send_up":
            inbox[PROVINCE].append(world.offices[step[1]].export_one())
        elif step[0] == "send_down":
            for path in world.province.export():
                inbox[path.stem.rsplit("_", 1)[-1]].append(path)
        elif step[0] == "open" and inbox[step[1]]:
            path = inbox[step[1]].pop(step[2] % len(inbox[step[1]]))
            assert world.offices[step[1]].receive(path).status == merger.APPLIED
        elif step[0] == "resolve":
            office = world.offices[step[1]]
            for item in office.conflicts():
                choice = item["current"] if step[2] else item["others"][0]
                with contextlib.suppress(KnownError):  # not this office's to settle
                    office.resolve(item, choice["value"])
    for code, waiting in inbox.items():
        for path in data.draw(st.permutations(waiting), label=f"left for {code}"):
            assert world.offices[code].receive(path).status == merger.APPLIED
    world.settle()
    world.assert_districts_match()
    for office in world.offices.values():
        flagged = office.conflicted_rows()
        listed = {(c["table"], c["id"]) for c in office.conflicts()}
        assert flagged == listed, office.code
    for item in world.province.conflicts():
        world.province.resolve(item, item["others"][0]["value"])
    world.settle()
    for office in world.offices.values():
        assert office.conflicted_rows() == set(), office.code
    world.assert_districts_match()
