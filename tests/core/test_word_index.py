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
    """`SearchIndex.prepare` on a thread (it may run on one) and searches on this thread at
    the same time: each search equals the same search on an index made beforehand."""
    import threading

    from desktop.core import search

    table = _table()
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


def test_searches_between_the_steps_of_a_preparation_equal_one_after():
    """The table prepares its index a slice at a time between the window's events, and a
    search may come between two slices: each equals the same search on an index made at
    once, and the slices go on to the end."""
    from desktop.core import search

    table = _table()
    order = list(range(len(table)))
    ready = search.SearchIndex(table, _area)
    ready.prepare()
    for steps, text in enumerate(["Đồng Hới", "hop tac xa sen thuy", "dong h", "qtdnd", "Đ"]):
        index = search.SearchIndex(table, _area)
        for _ in range(steps * 40):
            assert not index.prepare_some(0)  # one step each: far from done
        query = search.parse(text)
        found = index.search(query, order)
        expected = ready.search(query, order)
        assert (found.rows, found.strong) == (expected.rows, expected.strong), text
        while not index.prepare_some(0):
            pass
        assert index.prepare_some(0)  # and stays done
        assert index.search(query, order).rows == expected.rows


def test_an_index_built_in_steps_equals_one_built_at_once():
    """More words than one sorted run: the runs are merged into one sorted vocabulary."""
    import random

    draw = random.Random(3)
    size = 4000
    postings: dict = {}
    for i in range(size):
        text = {"".join(draw.choices("abcdđ19", k=draw.randint(1, 9))) for _ in range(5)}
        add_postings(postings, text, [i], row_code(size))
    steps = WordIndex.in_steps(size, postings, dense_rows=50)
    count = 0
    while True:
        try:
            next(steps)
            count += 1
        except StopIteration as done:
            stepped = done.value
            break
    whole = WordIndex(size, postings, dense_rows=50)
    assert len(postings) > 12_000  # three sorted runs at least
    assert list(stepped.words) == list(whole.words) == sorted(postings)
    assert count > len(postings) // word_index.STEP_ROWS
    numbers = Numbers(size)
    for start in ["a", "đ", "1b", "cc", "dđ9"]:
        assert numbers.rows(stepped.prefix(start)) == numbers.rows(whole.prefix(start))
        assert numbers.rows(stepped.word(start)) == numbers.rows(whole.word(start))


def _table() -> list[dict]:
    """6,000 cooperatives made of a few syllables (the names share words), with keys."""
    import random

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
    return table


def _area(row) -> str:
    return str(row["area"])


def test_first_letters_kept_ready_find_what_the_runs_find():
    """The rows of a first letter with many words are kept ready at the build: each one
    equals what the same index finds from the words' runs, and a plain scan."""
    import random

    draw = random.Random(5)
    size = 3000
    rows = [
        " ".join("".join(draw.choices("abcđá19", k=draw.randint(1, 6))) for _ in range(4))
        for _ in range(size)
    ]
    postings: dict = {}
    for i, text in enumerate(rows):
        add_postings(postings, set(text.split(" ")), [i], row_code(size))
    ready = WordIndex(size, postings, dense_rows=40)
    from_runs = WordIndex(size, postings, dense_rows=40, initials=lambda initial: False)
    only_marked = WordIndex(size, postings, dense_rows=40, initials=lambda c: not c.isascii())
    numbers = Numbers(size)
    for start in "abcđá19x":
        expected = [i for i, text in enumerate(rows) if " " + start in " " + text]
        assert numbers.rows(ready.prefix(start)) == expected, start
        assert numbers.rows(from_runs.prefix(start)) == expected, start
        assert numbers.rows(only_marked.prefix(start)) == expected, start
        assert numbers.rows(ready.prefix(start + "a")) == numbers.rows(
            from_runs.prefix(start + "a")
        )
