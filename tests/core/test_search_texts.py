"""The texts a search looks for phrases in, held as one str (search.Texts), find in any rows
what a plain test of each text finds, laid out in any order, one by one or by a scan."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.search import Texts
from desktop.core.word_index import Numbers, row_set

# Few letters, so that phrases recur, run over a text's end and begin several texts; a line
# break as well, which the texts are held apart by.
LETTERS = "ab đ|\n"
phrases = st.text(LETTERS, min_size=1, max_size=5)
texts = st.lists(st.text(LETTERS, max_size=12).map(lambda t: " " + t), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(data=st.data(), rows=texts, phrase=phrases)
def test_holding_equals_a_plain_test_of_each_text(data, rows: list[str], phrase: str):
    size = len(rows)
    layout = data.draw(st.permutations(range(size)))
    numbers = Numbers(size)
    held = Texts(rows, layout, numbers)
    assert list(held) == rows
    # Every row (a scan of the whole str), or some (a scan, or one text at a time).
    chosen = data.draw(st.lists(st.integers(0, size - 1), unique=True))
    for given_rows in (list(range(size)), sorted(chosen)):
        expected = [i for i in given_rows if phrase in rows[i]]
        found = held.holding(phrase, row_set(given_rows, size))
        assert numbers.rows(found) == expected


def test_a_phrase_is_not_found_across_two_texts():
    rows = [" hop tac", " xa dong hoi", " hop"]
    for layout in ([0, 1, 2], [2, 0, 1]):
        held = Texts(rows, layout, Numbers(3))
        everything = row_set(range(3), 3)
        assert held.holding(" tac xa", everything) == 0
        assert held.holding(" hop", everything) == row_set([0, 2], 3)
        assert held.holding(" hoi", row_set([1], 3)) == row_set([1], 3)


def test_a_phrase_with_a_line_break_is_not_found_in_what_holds_the_texts_apart():
    rows = [" a", " b\n c"]
    for layout in ([0, 1], [1, 0]):
        held = Texts(rows, layout, Numbers(2))
        for some in (row_set([0], 2), row_set([0, 1], 2)):
            assert held.holding("a\n", some) == 0
        assert held.holding("b\n c", row_set([0, 1], 2)) == row_set([1], 2)


@settings(max_examples=60, deadline=None)
@given(
    data=st.data(),
    rows=st.lists(st.text(LETTERS, max_size=4).map(lambda t: " " + t), min_size=1, max_size=700),
)
def test_the_texts_in_the_layouts_order_are_each_rows_text(data, rows: list[str]):
    # (Up to 700 texts: read a few hundred at a time, across those pieces' ends.)
    size = len(rows)
    layout = data.draw(st.one_of(st.just(list(range(size))), st.permutations(range(size))))
    held = Texts(rows, layout, Numbers(size))
    assert list(held.in_layout(Numbers(size))) == [(i, rows[i]) for i in layout]
