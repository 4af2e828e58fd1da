"""`decide` keeps what the states of a record made (`plans`) for the next records with the same
states (a write of many records sends one state for all): what it decides for any record,
with the plans of any records decided before, is what it decides without them."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import versions
from desktop.core.sync.decision import Plans, Rules, Stored, decide
from tests.core.test_versions import FIELDS, HUB, OFFICES, histories, play
from tests.sync.test_decision import sent, stored

# Values a package may carry beside a state (its own, or forged ones).
_values = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["x", "y", "z", None]),
        "phone": st.sampled_from(["1", "2", None]),
        versions.DELETED: st.booleans(),
    },
)
_pairs = st.lists(
    st.tuples(st.sampled_from(OFFICES), st.sampled_from(OFFICES), _values, _values, st.booleans()),
    min_size=1,
    max_size=8,
)


@given(histories, _pairs, st.booleans())
def test_decide_with_the_plans_of_earlier_records_decides_the_same(
    history: list[tuple], pairs: list[tuple[str, str, dict[str, Any], dict[str, Any], bool]],
    restrict: bool,
) -> None:  # fmt: skip
    offices = play(history)
    plans: Plans = {}
    for here, there, sent_forged, stored_forged, canonical in pairs:
        rules = Rules(FIELDS, HUB, there, restrict)
        values, state, text = sent(offices[there])
        local = stored(offices[here])
        # The same states with other values: another record of the same write.
        for sent_values, local_values in ((values, local.values),
                                          ({**values, **sent_forged}, {**local.values, **stored_forged})):  # fmt: skip
            record = Stored(local_values, local.state, local.text, local.deleted)
            assert decide(record, sent_values, state, text, rules, canonical, plans) == decide(
                record, sent_values, state, text, rules, canonical
            )


def test_records_of_one_write_share_the_states_work() -> None:
    offices = play([("write", HUB, {"name": "x", "phone": "1"}), ("send", HUB, "A"),
                    ("write", HUB, {"phone": "2"})])  # fmt: skip
    local = stored(offices["A"])
    values, state, text = sent(offices[HUB])
    plans: Plans = {}
    rules = Rules(FIELDS, HUB, HUB, False)
    first = decide(local, values, state, text, rules, True, plans)
    other = Stored({**local.values, "name": "y"}, local.state, local.text, local.deleted)
    second = decide(other, {**values, "name": "y"}, state, text, rules, True, plans)
    assert len(plans) == 1
    assert first.changed == [("phone", "1", "2")] and second.changed == [("phone", "1", "2")]
    assert second.values["name"] == "y" and second.state is first.state
