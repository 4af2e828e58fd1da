"""Version state of one record: the merge converges, and conflicts are kept, never lost."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import versions
from desktop.core.versions import DELETED, VersionState, decode, encode, local_write, merge

FIELDS = ("name", "phone", DELETED)
HUB = "P"
OFFICES = (HUB, "A", "B", "C")

State = tuple[dict[str, Any], VersionState]


@dataclass
class Office:
    """One office's copy of the record and its own write counter (one per office, as in the
    application where the counter numbers all of the office's writes, on any record)."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)
    meta: VersionState = field(default_factory=VersionState)
    counter: int = 0

    def write(self, changes: dict[str, Any]) -> None:
        self.counter += 1
        local_write(
            self.values, self.meta, changes, office=self.code, counter=self.counter, now=1000
        )

    def receive(self, other: Office | State) -> None:
        values, meta = (other.values, other.meta) if isinstance(other, Office) else other
        self.values, self.meta = merge(self.values, self.meta, values, meta, FIELDS, HUB)

    @property
    def state(self) -> State:
        return self.values, self.meta


def join(a: State, b: State) -> State:
    return merge(a[0], a[1], b[0], b[1], FIELDS, HUB)


def norm(state: State) -> tuple[str, str]:
    """Everything a state means: its canonical version text and every standing value."""
    values, meta = state
    standing = {name: versions.field_versions(values, meta, name) for name in FIELDS}
    return encode(meta, FIELDS), versions.canonical(standing)


def copy(state: State) -> State:
    values, meta = state
    return dict(values), decode(encode(meta, FIELDS), FIELDS)


# A history: offices write fields (any field, deletions and undeletions included) and pass
# their state to each other in any order.
_write = st.tuples(
    st.just("write"),
    st.sampled_from(OFFICES),
    st.fixed_dictionaries(
        {},
        optional={
            "name": st.sampled_from(["x", "y", "z"]),
            "phone": st.sampled_from(["1", "2"]),
            DELETED: st.booleans(),
        },
    ).filter(bool),
)
_send = st.tuples(st.just("send"), st.sampled_from(OFFICES), st.sampled_from(OFFICES))
histories = st.lists(st.one_of(_write, _send), min_size=1, max_size=25)


def play(history: list[tuple]) -> dict[str, Office]:
    offices = {code: Office(code) for code in OFFICES}
    for step in history:
        if step[0] == "write":
            offices[step[1]].write(dict(step[2]))
        else:
            offices[step[2]].receive(offices[step[1]])
    return offices


@given(histories)
def test_merge_is_commutative_and_idempotent(history: list[tuple]) -> None:
    states = [o.state for o in play(history).values()]
    for a, b in itertools.product(states, repeat=2):
        assert norm(join(a, b)) == norm(join(b, a))
    for a in states:
        assert norm(join(a, a)) == norm(a)
        assert norm(join(copy(a), a)) == norm(a)


@given(histories)
def test_merge_is_associative(history: list[tuple]) -> None:
    states = [o.state for o in play(history).values()]
    for a, b, c in itertools.product(states, repeat=3):
        assert norm(join(join(a, b), c)) == norm(join(a, join(b, c)))


@given(histories, st.lists(st.sampled_from(OFFICES), min_size=4, max_size=12), st.randoms())
def test_any_delivery_order_converges(history: list[tuple], extra: list[str], rnd: Any) -> None:
    """However often and in whatever order the states travel, everyone ends up the same."""
    offices = play(history)
    states = [o.state for o in offices.values()] + [offices[c].state for c in extra]
    results = set()
    for _ in range(3):
        order = list(states)
        rnd.shuffle(order)
        merged = order[0]
        for s in order[1:]:
            merged = join(merged, s)
        results.add(norm(merged))
    assert len(results) == 1


@given(histories)
def test_merge_never_loses_a_concurrent_write(history: list[tuple]) -> None:
    """Every version standing in either input survives unless the other side overwrote it."""
    states = [o.state for o in play(history).values()]
    for (va, ma), (vb, mb) in itertools.product(states, repeat=2):
        vm, mm = join((va, ma), (vb, mb))
        for name in FIELDS:
            merged = versions.field_versions(vm, mm, name)
            for dot in versions.field_versions(va, ma, name):
                in_b = dot in versions.field_versions(vb, mb, name)
                assert (dot in merged) == (in_b or not mb.covers(dot))
        assert versions.has_conflict(mm) == bool(
            any(mm.concurrent.values()) or versions.unseen_by_deletion(mm)
        )


# --- concrete stories ---------------------------------------------------------------------------


def shared_record() -> tuple[Office, Office, Office]:
    """The province creates a record; two offices receive it."""
    hub, a, b = Office(HUB), Office("A"), Office("B")
    hub.write({"name": "HTX Tân Mỹ", "phone": "0232", DELETED: False})
    a.receive(hub)
    b.receive(hub)
    return hub, a, b


def test_concurrent_writes_to_different_fields_both_survive() -> None:
    _, a, b = shared_record()
    a.write({"name": "HTX Tân Mỹ 2"})
    b.write({"phone": "0912"})
    a.receive(b)
    b.receive(a)
    for office in (a, b):
        assert office.values["name"] == "HTX Tân Mỹ 2"
        assert office.values["phone"] == "0912"
        assert not versions.has_conflict(office.meta)
    assert norm(a.state) == norm(b.state)


def test_same_field_conflict_keeps_both_with_a_deterministic_winner() -> None:
    hub, a, b = shared_record()
    a.write({"name": "from A"})
    b.write({"name": "from B"})
    a.receive(b)
    b.receive(a)
    for office in (a, b):
        assert versions.has_conflict(office.meta)
        assert office.values["name"] == "from A"  # no hub among them: lower office code wins
        assert [v for v, _ in office.meta.concurrent["name"]] == ["from B"]
    assert encode(a.meta, FIELDS) == encode(b.meta, FIELDS)

    # The province's own write wins over a district's, whatever the codes.
    hub.write({"name": "from province"})
    hub.receive(a)
    assert hub.values["name"] == "from province"
    assert sorted(v for v, _ in hub.meta.concurrent["name"]) == ["from A", "from B"]


def test_writing_the_field_resolves_the_conflict_everywhere() -> None:
    _, a, b = shared_record()
    a.write({"name": "from A"})
    b.write({"name": "from B"})
    a.receive(b)
    assert versions.has_conflict(a.meta)
    a.write({"name": "agreed"})
    assert not versions.has_conflict(a.meta)
    assert "name" not in a.meta.concurrent
    a.receive(b)  # B's old version was seen by the resolving write: it does not come back
    b.receive(a)
    for office in (a, b):
        assert office.values["name"] == "agreed"
        assert not versions.has_conflict(office.meta)


def test_delete_versus_concurrent_edit_keeps_the_record_visible() -> None:
    _, a, b = shared_record()
    a.write({DELETED: True})
    assert versions.effective_deleted(a.meta)
    b.write({"phone": "0905"})
    for office, other in ((a, b), (b, a)):
        office.receive(other)
        assert not versions.effective_deleted(office.meta)
        assert versions.has_conflict(office.meta)
        (edits,) = versions.unseen_by_deletion(office.meta).values()
        assert edits == ["B.1"]
        assert office.values["phone"] == "0905"
    assert norm(a.state) == norm(b.state)

    # Confirming the deletion (a new write that has seen the edit) resolves it.
    a.write({DELETED: True})
    b.receive(a)
    for office in (a, b):
        assert versions.effective_deleted(office.meta)
        assert not versions.has_conflict(office.meta)


def test_delete_versus_edit_resolved_by_keeping_the_record() -> None:
    _, a, b = shared_record()
    a.write({DELETED: True})
    b.write({"name": "still here"})
    b.receive(a)
    b.write({DELETED: False})
    a.receive(b)
    for office in (a, b):
        assert not versions.effective_deleted(office.meta)
        assert not versions.has_conflict(office.meta)
        assert office.values["name"] == "still here"


def test_plain_deletion_travels() -> None:
    _, a, b = shared_record()
    a.write({DELETED: True})
    b.receive(a)
    assert versions.effective_deleted(b.meta)
    assert not versions.has_conflict(b.meta)


def test_encode_is_canonical() -> None:
    _, a, b = shared_record()
    a.write({"name": "from A", DELETED: True})
    b.write({"name": "from B"})
    a.receive(b)
    text = encode(a.meta, FIELDS)
    # Same state, dictionaries built in another order: the same text, byte for byte.
    shuffled = VersionState(
        context=dict(reversed(a.meta.context.items())),
        dots=dict(reversed(a.meta.dots.items())),
        times=dict(reversed(a.meta.times.items())),
        concurrent={k: list(reversed(v)) for k, v in reversed(a.meta.concurrent.items())},
        delete_seen=dict(reversed(a.meta.delete_seen.items())),
    )
    assert encode(shuffled, FIELDS) == text
    assert encode(decode(text, FIELDS), FIELDS) == text
    # And a different state gives a different text.
    a.write({"phone": "1"})
    assert encode(a.meta, FIELDS) != text


@given(histories)
def test_encode_round_trips(history: list[tuple]) -> None:
    for office in play(history).values():
        text = encode(office.meta, FIELDS)
        assert encode(decode(text, FIELDS), FIELDS) == text
        assert norm(copy(office.state)) == norm(office.state)
