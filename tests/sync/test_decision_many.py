"""`decide_many` decides, for many records stored here in one state and sent in another (a
write of many records sends one state for all), what `decide` decides for each of them: the
same kind, merged values, state, text and changed fields, record by record. Records whose
values the quick merge cannot take (a write held on both sides with two values) are left to
`decide`."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import versions
from desktop.core.sync.decision import CHANGED, Plans, Rules, Stored, decide, decide_many
from tests.core.test_versions import FIELDS, HUB, OFFICES, histories, play
from tests.sync.test_decision import sent, stored

# Other values beside the same states: another record of the same write (or forged values).
_values = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["x", "y", "z", None, 1]),
        "phone": st.sampled_from(["1", "2", None]),
        versions.DELETED: st.sampled_from([True, False, None]),
    },
)


@given(histories, st.sampled_from(OFFICES), st.sampled_from(OFFICES),
       st.lists(st.tuples(_values, _values), min_size=1, max_size=6), st.booleans(),
       st.booleans())  # fmt: skip
def test_decide_many_decides_each_record_as_decide_does(
    history: list[tuple], here: str, there: str, others: list[tuple[dict[str, Any], dict[str, Any]]],
    canonical: bool, shared_plans: bool,
) -> None:  # fmt: skip
    offices = play(history)
    values, state, text = sent(offices[there])
    local = stored(offices[here])
    rules = Rules(FIELDS, HUB, there, False)
    canonical = canonical and versions.encode(state, FIELDS) == text
    records = [(local.values, values)] + [
        ({**local.values, **held}, {**values, **sent_values}) for held, sent_values in others
    ]
    for held, sent_values in records:  # as the merger reads them: `deleted` False when not said
        held[versions.DELETED] = bool(held[versions.DELETED])
        if sent_values.get(versions.DELETED) is None:
            sent_values[versions.DELETED] = False
    plans: Plans | None = {} if shared_plans else None
    many = decide_many(
        local.state, local.text,
        {name: [held.get(name) for held, _ in records] for name in FIELDS}, state, text,
        {name: [sent_values.get(name) for _, sent_values in records] for name in FIELDS}, rules,
        canonical,
        plans,
    )  # fmt: skip
    decisions = [
        decide(
            Stored(held, local.state, local.text, local.deleted),
            sent_values,
            state,
            text,
            rules,
            canonical,
        )
        for held, sent_values in records
    ]
    if many is None:
        assert versions.fast_forward_plan(local.state, state, FIELDS) is None
        return
    assert many.taken == sorted(many.taken)
    changed = many.changed()
    for at, k in enumerate(many.taken):
        decision = decisions[k]
        assert decision.kind == many.kind
        if decision.kind == CHANGED:
            assert decision.state == many.state and decision.text == many.text
            assert decision.origin == many.origin
            assert decision.values == {name: many.values[name][at] for name in FIELDS}
            assert decision.changed == changed[at]
    for k in set(range(len(records))) - set(many.taken):
        # Left to `decide`: a write held on both sides with two values (the full merge).
        held, sent_values = records[k]
        plan = versions.fast_forward_plan(local.state, state, FIELDS)
        assert plan is not None
        assert versions.fast_forward_values(plan, held, sent_values, FIELDS) is None


def test_a_write_of_many_records_is_decided_at_once() -> None:
    offices = play([("write", HUB, {"name": "x", "phone": "1"}), ("send", HUB, "A"),
                    ("write", HUB, {"phone": "2"})])  # fmt: skip
    local = stored(offices["A"])
    values, state, text = sent(offices[HUB])
    names = ["x", "y", "x"]
    many = decide_many(
        local.state, local.text,
        {"name": names, "phone": ["1", "1", "3"], versions.DELETED: [False] * 3}, state, text,
        {"name": ["x", "y", "z"], "phone": ["2", "2", "2"], versions.DELETED: [False] * 3},
        Rules(FIELDS, HUB, HUB, False), True,
    )  # fmt: skip
    assert many is not None and many.kind == CHANGED
    # The third record holds the same write of its name with another value: `decide` takes it.
    assert many.taken == [0, 1]
    assert many.values["phone"] == ["2", "2"] and many.values["name"] == ["x", "y"]
    assert many.changed() == [[("phone", "1", "2")], [("phone", "1", "2")]]
    assert many.state == decide(local, values, state, text, Rules(FIELDS, HUB, HUB, False)).state
