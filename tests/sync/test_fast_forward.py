"""The import's quick merge (`versions.fast_forward`, used by `decide`) gives exactly what the
general merge gives, for any history of writes and deliveries between offices, and any
values a package may carry with them."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import versions
from desktop.core.sync.decision import CHANGED, Rules, decide
from desktop.core.versions import encode, fast_forward, merge
from tests.core.test_versions import FIELDS, HUB, OFFICES, histories, play
from tests.sync.test_decision import sent, stored

_values = st.fixed_dictionaries(
    {},
    optional={
        "name": st.sampled_from(["x", "y", "z", None]),
        "phone": st.sampled_from(["1", "2", None]),
        versions.DELETED: st.booleans(),
    },
)


@given(histories, st.sampled_from(OFFICES), st.sampled_from(OFFICES), _values)
def test_the_quick_merge_is_the_merge(history: list[tuple], here: str, there: str,
                                      forged: dict[str, Any]) -> None:  # fmt: skip
    offices = play(history)
    local = stored(offices[here])
    values = {**sent(offices[there])[0]}
    for state_values in (values, {**values, **forged}):
        quick = fast_forward(local.values, local.state, state_values, offices[there].meta, FIELDS)
        if quick is None:
            continue
        merged_values, merged = merge(
            local.values, local.state, state_values, offices[there].meta, FIELDS, HUB
        )
        assert quick[0] == merged_values
        assert quick[1] == merged
        assert encode(quick[1], FIELDS) == encode(merged, FIELDS)


@given(histories, st.sampled_from(OFFICES), st.sampled_from(OFFICES), st.booleans())
def test_decide_is_the_same_whether_the_sent_text_is_known_canonical(
    history: list[tuple], here: str, there: str, restrict: bool
) -> None:
    offices = play(history)
    rules = Rules(FIELDS, HUB, there, restrict)
    values, state, text = sent(offices[there])
    local = stored(offices[here])
    assert decide(local, values, state, text, rules, sent_canonical=True) == decide(
        local, values, state, text, rules
    )


def test_a_newer_state_of_the_sender_goes_the_quick_way() -> None:
    offices = play([("write", HUB, {"name": "x", "phone": "1"}), ("send", HUB, "A"),
                    ("write", HUB, {"phone": "2"})])  # fmt: skip
    local = stored(offices["A"])
    values, state, text = sent(offices[HUB])
    assert fast_forward(local.values, local.state, values, state, FIELDS) is not None
    decision = decide(local, values, state, text, Rules(FIELDS, HUB, HUB, False), True)
    assert decision.kind == CHANGED and decision.text == text and decision.origin
    assert decision.changed == [("phone", "1", "2")]
