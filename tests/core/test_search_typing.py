"""Typing and erasing one letter at a time into one index (which keeps what it found for
the words typed so far, and looks among the last matches when the query narrows) gives,
at every keystroke, the same rows in the same order as a search made afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import search
from tests.core.search_reference import PlainSearch
from tests.core.test_search_quick import SYLLABLES, rows

# Words typed one letter at a time, then some letters erased, then a space.
WORDS = [*SYLLABLES, "đ", "Đồng Hới", "đông", "hop tac xa", "htx", "thuy", "3100", "qtdnd"]


def _keystrokes(typed: list[tuple[str, int]]) -> list[str]:
    """The texts in the search box after each keystroke."""
    texts: list[str] = []
    text = ""
    for word, erase in typed:
        for letter in word:
            text += letter
            texts.append(text)
        for _ in range(min(erase, len(text))):
            text = text[:-1]
            texts.append(text)
        text += " "
        texts.append(text)
    return texts


@settings(max_examples=120, deadline=None)
@given(
    data=st.data(),
    table=rows(),
    typed=st.lists(st.tuples(st.sampled_from(WORDS), st.integers(0, 4)), min_size=1, max_size=3),
)
def test_typing_keystroke_by_keystroke_equals_a_fresh_search(data: st.DataObject, table, typed):
    order = data.draw(st.permutations(range(len(table))))  # the table's column order
    index = search.SearchIndex(table, _area, order)
    for text in _keystrokes(typed):
        query = search.parse(text)
        # As the cooperative table does (desktop/ui/coop_model.py): one index, searched at
        # every keystroke, keeping what it found for the words typed so far.
        found = index.search(query, list(order))
        plain = PlainSearch(table, _area)
        expected = plain.rank(query, plain.matching(query, list(order)))
        assert (found.rows, found.strong, found.ranks) == (
            expected.rows,
            expected.strong,
            expected.ranks,
        ), repr(text)


def _area(row) -> str:
    return str(row["area"])
