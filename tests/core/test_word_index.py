"""The word index (desktop.core.word_index) finds, for any texts and any word or beginning,
the rows a plain scan of the texts finds; row sets turn into rows and back unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import word_index
from desktop.core.word_index import Numbers, WordIndex, add_postings, row_code, row_set

# Few letters, so that words share beginnings; "," and "|" as the keys and texts hold them.
LETTERS = "abđăá,|1"
words = st.text(LETTERS, min_size=1, max_size=4)
texts = st.lists(st.lists(words, max_size=6).map(" ".join), min_size=1, max_size=60)


def _index(rows: list[str], dense: int) -> WordIndex:
    postings: dict = {}
    code = row_code(len(rows))
    for i, text in enumerate(rows):
        add_postings(postings, set(text.split(" ")), [i], code)
    # Some words as row sets, the others as runs.
    return WordIndex(len(rows), postings, dense_rows=dense)


@settings(max_examples=200, deadline=None)
@given(rows=texts, start=words, dense=st.integers(1, 8), more=st.lists(words, max_size=4))
def test_lookups_equal_a_plain_scan(rows: list[str], start: str, dense: int, more: list[str]):
    index = _index(rows, dense)
    numbers = Numbers(len(rows))
    # A word beginning: " " + it in " " + the text (the search's test).
    expected = [i for i, text in enumerate(rows) if " " + start in " " + text]
    assert numbers.rows(index.prefix(start)) == expected
    assert numbers.rows(index.prefix(start)) == expected  # the second time from the cache
    # A whole word.
    assert numbers.rows(index.word(start)) == [
        i for i, text in enumerate(rows) if start in text.split(" ")
    ]
    # Any of some words.
    assert numbers.rows(index.rows_of_words([start, *more])) == [
        i for i, text in enumerate(rows) if {start, *more} & set(text.split(" "))
    ]
    assert index.words_from(start) == sorted(
        {w for text in rows for w in text.split(" ") if w and w.startswith(start)}
    )


@settings(max_examples=200, deadline=None)
@given(size=st.integers(1, 3000), data=st.data())
def test_row_sets_keep_their_rows(size: int, data: st.DataObject):
    rows = sorted(data.draw(st.sets(st.integers(0, size - 1))))
    numbers = Numbers(size)
    bits = row_set(rows, size)
    # Dense or sparse, the rows come back in order (two different ways of reading them).
    assert numbers.rows(bits) == rows
    assert bits.bit_count() == len(rows)
    assert word_index.mask_of(bits, size) == bytes(1 if i in set(rows) else 0 for i in range(size))


def test_a_search_while_the_index_is_made_on_a_thread_equals_one_after():
    """`SearchIndex.prepare` on a thread (as the cooperative table starts it) and searches on
    this thread at the same time: each search equals the same search on an index made
    beforehand."""
    import random
    import threading

    from desktop.core import search
    from tests.core.test_search_quick import AREAS, KINDS, SYLLABLES

    draw = random.Random(7)
    table = []
    for n in range(6000):
        name = " ".join(draw.choices(SYLLABLES, k=3))
        row = {
            "name": f"{draw.choice(KINDS)} {name}".strip(),
            "registration_code": f"3100{n:06d}",
            "address": f"Thôn {draw.choice(SYLLABLES)}",
            "representative": " ".join(draw.choices(SYLLABLES, k=2)),
            "entity_type": draw.choice(["HTX", "QTDND", None]),
            "area": draw.choice(AREAS),
        }
        row["search_key"] = search.cooperative_key(row, row["area"])
        table.append(row)
    order = list(range(len(table)))
    ready = search.SearchIndex(table, _area)
    ready.prepare()
    for text in ["Đồng Hới", "hop tac xa sen thuy", "dong h", "qtdnd", "Đ"]:
        index = search.SearchIndex(table, _area)
        builder = threading.Thread(target=index.prepare)
        builder.start()
        query = search.parse(text)
        found = index.search(query, order)
        builder.join()
        expected = ready.search(query, order)
        assert (found.rows, found.strong) == (expected.rows, expected.strong), text


def _area(row) -> str:
    return str(row["area"])
