"""The per-record merge decision, on its own (no database): new, changed, deleted, conflict,
unchanged, refused, for any history of writes and deliveries between offices."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import versions
from desktop.core.sync.decision import (
    CHANGED,
    CONFLICT,
    DELETED,
    ERASES,
    FOREIGN_VERSIONS,
    NEW,
    REFUSED,
    UNCHANGED,
    Rules,
    Stored,
    decide,
)
from desktop.core.versions import VersionState, encode, local_write
from tests.core.test_versions import FIELDS, HUB, OFFICES, Office, histories, play

OPEN = Rules(FIELDS, HUB, "A", restrict=False)  # an office reading the province's package
AT_HUB = Rules(FIELDS, HUB, "A", restrict=True)  # the province reading office A's package


def stored(office: Office) -> Stored:
    values = {name: office.values.get(name) for name in FIELDS}
    if versions.DELETED in office.meta.dots:
        values[versions.DELETED] = office.meta.dots[versions.DELETED] in office.meta.delete_seen
    else:
        values[versions.DELETED] = bool(values[versions.DELETED])
    return Stored(
        values, office.meta, encode(office.meta, FIELDS), versions.effective_deleted(office.meta)
    )


def sent(office: Office) -> tuple[dict[str, Any], VersionState, str]:
    return dict(office.values), office.meta, encode(office.meta, FIELDS)


def written(history: list[tuple]) -> bool:
    return any(step[0] == "write" for step in history)


@given(histories, st.sampled_from(OFFICES))
def test_any_record_new_here_is_stored_as_sent(history: list[tuple], code: str) -> None:
    office = play(history)[code]
    values, state, text = sent(office)
    decision = decide(None, values, state, text, OPEN)
    assert decision.kind == NEW
    assert decision.text == text and decision.state == state and decision.origin
    assert {k: v for k, v in decision.values.items() if k != versions.DELETED} == {
        k: v for k, v in values.items() if k != versions.DELETED
    }
    assert decision.changed == [] and decision.conflicts == []


@given(histories, st.sampled_from(OFFICES))
def test_any_state_received_again_changes_nothing(history: list[tuple], code: str) -> None:
    office = play(history)[code]
    decision = decide(stored(office), *sent(office), OPEN)
    assert decision.kind == UNCHANGED
    assert decision.changed == [] and decision.state is None


@given(histories, st.sampled_from(OFFICES), st.sampled_from(OFFICES))
def test_the_decision_stores_the_merge(history: list[tuple], here: str, there: str) -> None:
    """For any two copies, the decision stores exactly `versions.merge` of them, lists every
    field whose value changes, and says unchanged exactly when the state does not move."""
    offices = play(history)
    mine, theirs = stored(offices[here]), sent(offices[there])
    merged_values, merged = versions.merge(
        mine.values, mine.state, theirs[0], theirs[1], FIELDS, HUB
    )
    decision = decide(mine, *theirs, OPEN)
    if encode(merged, FIELDS) == mine.text:
        assert decision.kind == UNCHANGED
        return
    assert decision.kind in (CHANGED, DELETED, CONFLICT)
    assert decision.text == encode(merged, FIELDS) and decision.values == merged_values
    assert decision.changed == [
        (name, mine.values.get(name), merged_values.get(name))
        for name in FIELDS
        if mine.values.get(name) != merged_values.get(name)
    ]
    if decision.kind == DELETED:
        assert versions.effective_deleted(merged) and not mine.deleted
    if decision.kind == CONFLICT:
        assert versions.has_conflict(merged, merged_values)


@given(histories)
def test_a_new_record_carrying_other_offices_versions_is_refused_at_the_hub(
    history: list[tuple],
) -> None:
    offices = play(history)
    office_b = offices["B"]
    values, state, text = sent(office_b)
    decision = decide(None, values, state, text, AT_HUB)
    # Other offices' versions, or a claim to have seen their writes: a hub that has never
    # held the record cannot vouch for either.
    foreign = {versions.split_dot(d)[0] for d in versions._referenced_dots(state)} | set(
        state.context
    )
    foreign.discard("A")
    if foreign:
        assert decision.kind == REFUSED and decision.refusal == FOREIGN_VERSIONS
    else:
        assert decision.kind == NEW and decision.check_sender


@given(histories, st.sampled_from(OFFICES))
def test_the_hub_never_keeps_a_version_an_office_cannot_speak_for(
    history: list[tuple], sender: str
) -> None:
    """Whatever office A sends, the province keeps no version of another office that it did
    not hold already."""
    offices = play(history)
    hub = stored(offices[HUB])
    decision = decide(hub, *sent(offices[sender]), AT_HUB)
    if decision.state is None:
        return
    held = versions._referenced_dots(hub.state)
    for dot in versions._referenced_dots(decision.state):
        assert versions.split_dot(dot)[0] == "A" or dot in held


def test_two_offices_writing_one_field_is_a_conflict_with_both_values() -> None:
    province, office = Office(HUB), Office("A")
    province.write({"name": "gốc", versions.DELETED: False})
    office.receive(province)
    province.write({"name": "của tỉnh"})
    office.write({"name": "của huyện"})
    decision = decide(stored(province), *sent(office), AT_HUB)
    assert decision.kind == CONFLICT
    assert decision.values["name"] == "của tỉnh"  # the province's write ranks first
    assert decision.conflicts == [("name", "của tỉnh", "của huyện")]
    assert ("name", "của tỉnh", "của tỉnh") not in decision.changed


def test_different_fields_merge_without_a_conflict() -> None:
    province, office = Office(HUB), Office("A")
    province.write({"name": "gốc", "phone": "1", versions.DELETED: False})
    office.receive(province)
    province.write({"name": "tên mới"})
    office.write({"phone": "2"})
    decision = decide(stored(province), *sent(office), AT_HUB)
    assert decision.kind == CHANGED and decision.conflicts == []
    assert decision.values["name"] == "tên mới" and decision.values["phone"] == "2"
    assert decision.changed == [("phone", "1", "2")]


def test_delete_against_an_unseen_edit_is_a_conflict_and_a_seen_one_a_deletion() -> None:
    province, office = Office(HUB), Office("A")
    province.write({"name": "gốc", versions.DELETED: False})
    office.receive(province)
    office.write({versions.DELETED: True})
    assert decide(stored(province), *sent(office), AT_HUB).kind == DELETED
    province.write({"name": "sửa sau"})
    assert decide(stored(province), *sent(office), AT_HUB).kind == CONFLICT


def test_a_state_that_drops_a_held_version_without_writing_is_refused() -> None:
    province, office = Office(HUB), Office("A")
    province.write({"name": "gốc", versions.DELETED: False})
    office.receive(province)
    province.write({"name": "của tỉnh"})
    # A forged state: claims to have seen the province's new write, writes nothing instead.
    forged = versions.decode(encode(office.meta, FIELDS), FIELDS)
    forged.context[HUB] = province.counter
    local_write({}, forged, {}, office="A", counter=1, now=1)
    decision = decide(stored(province), dict(office.values), forged, encode(forged, FIELDS), AT_HUB)
    assert decision.kind == REFUSED and decision.refusal == ERASES
