"""The quick search (desktop.core.search) equals the search as first written
(tests/core/search_reference.py) row for row, for any rows, any query and any table order."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core import search, word_index
from tests.core.search_reference import PlainSearch, plain_keep_d_table

SYLLABLES = ["Đồng", "Đông", "Dong", "Hới", "Hội", "Hoi", "Hà", "Hải", "Sen", "Thủy", "Thụy",
             "Lệ", "Nông", "nghiệp", "Dịch", "vụ", "Tây", "Sơn", "An", "Đức", "Dực", "Hòa",
             "Quảng", "Bình", "Nguyễn", "Văn", "Tín", "dụng"]  # fmt: skip
KINDS = ["Hợp tác xã", "HTX", "QTDND", "Quỹ tín dụng nhân dân", "Tổ hợp tác", ""]
AREAS = [
    "Xã Sen Thủy, Huyện Lệ Thủy, Tỉnh Quảng Bình",
    "Phường Hải Đình, Thành phố Đồng Hới, Tỉnh Quảng Bình",
    "Xã Đông Hội, Huyện Đông Hà, Tỉnh Quảng Trị",
    "Phường 2, Quận 5, Thành phố Hồ Chí Minh",
    "Xã Tây Sơn, Huyện Hương Sơn, Tỉnh Hà Tĩnh",
]
ENTITY_TYPES = ["HTX", "QTDND", "LHHTX", "THT", None]

words = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=4).map(" ".join)


@st.composite
def rows(draw: st.DrawFn) -> list[dict[str, Any]]:
    out = []
    for n in range(draw(st.integers(1, 40))):
        row: dict[str, Any] = {
            "name": f"{draw(st.sampled_from(KINDS))} {draw(words)}".strip(),
            "registration_code": f"{draw(st.sampled_from(['3100', '5200', '0100']))}{n:06d}",
            "address": draw(st.one_of(st.none(), words.map(lambda w: f"Thôn {w}"))),
            "representative": draw(st.one_of(st.none(), words)),
            "entity_type": draw(st.sampled_from(ENTITY_TYPES)),
            "area": draw(st.sampled_from(AREAS)),
        }
        row["search_key"] = search.cooperative_key(row, row["area"])
        out.append(row)
    return out


@st.composite
def queries(draw: st.DrawFn) -> str:
    typed = []
    for _ in range(draw(st.integers(1, 3))):
        word = draw(st.sampled_from([*SYLLABLES, "htx", "hop", "tac", "xa", "qtdnd", "quy",
                                     "3100", "thon", "quang binh", "dong hoi"]))  # fmt: skip
        if draw(st.booleans()):
            word = search.fold(word)
        if draw(st.booleans()):
            word = word.upper()
        typed.append(word)
    text = " ".join(typed)
    return text[: draw(st.integers(1, len(text)))]


def _area(row: Any) -> str:
    return str(row["area"])


@settings(max_examples=150, deadline=None)
@given(data=st.data(), table=rows(), text=queries())
def test_the_quick_search_equals_the_plain_one(data: st.DataObject, table, text: str):
    order = data.draw(st.permutations(range(len(table))))  # the table's column order
    layout = data.draw(st.one_of(st.none(), st.permutations(range(len(table)))))
    # The other filters leave some rows (or all: None), given as a row set.
    kept = data.draw(st.one_of(st.none(), st.sets(st.integers(0, len(table) - 1))))
    quick = search.SearchIndex(table, _area, layout)
    plain = PlainSearch(table, _area)
    query = search.parse(text)
    candidates = [i for i in order if kept is None or i in kept]
    within = None if kept is None else word_index.row_set(kept, len(table))
    expected = plain.rank(query, plain.matching(query, candidates))
    found = quick.search(query, list(order), within)
    assert (found.rows, found.strong, found.ranks) == (expected.rows, expected.strong,
                                                       expected.ranks)  # fmt: skip
    # Some rows only, given as the order (what the command line asks for).
    if kept is not None:
        found = quick.search(query, candidates)
        assert (found.rows, found.strong, found.ranks) == (expected.rows, expected.strong,
                                                           expected.ranks)  # fmt: skip
    # Typing on, with what the index kept from this search: the same as a fresh search.
    longer = search.parse(text + data.draw(st.sampled_from(["", "g", " h", " thuy", "n"])))
    narrowed = quick.search(longer, list(order), within)
    afresh = plain.rank(longer, plain.matching(longer, candidates))
    assert (narrowed.rows, narrowed.strong, narrowed.ranks) == (afresh.rows, afresh.strong,
                                                                afresh.ranks)  # fmt: skip


def test_the_keep_d_table_equals_folding_every_character():
    assert search._keep_d_table() == plain_keep_d_table()


# Words whose letters differ only in diacritics, ASCII or not (the index of the texts with
# diacritics holds the words that are not ASCII only: a word typed with diacritics begins
# none of the others), with the commas and digits the area names hold.
MARKED = ["Đồng", "đồng", "Đông", "Dong", "dong", "Đô", "Do", "Hới", "Hội", "Hoi", "Đức",
          "Dực", "Duc", "Lai,", "Lại,", "2", "2đ", "Đ", "Thủy,", "Thuy,", "An", "Ân"]  # fmt: skip
marked_words = st.lists(st.sampled_from(MARKED), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_words_typed_with_diacritics_order_as_the_plain_search(data: st.DataObject):
    table = []
    for n in range(data.draw(st.integers(1, 30))):
        row: dict[str, Any] = {
            "name": data.draw(marked_words),
            "registration_code": f"3100{n:06d}",
            "address": data.draw(st.one_of(st.none(), marked_words)),
            "representative": data.draw(st.one_of(st.none(), marked_words)),
            "entity_type": None,
            "area": f"Xã {data.draw(marked_words)}, Tỉnh {data.draw(marked_words)}",
        }
        row["search_key"] = search.cooperative_key(row, row["area"])
        table.append(row)
    typed = data.draw(marked_words)
    text = typed[: data.draw(st.integers(1, len(typed)))]
    quick = search.SearchIndex(table, _area)
    quick.prepare()
    plain = PlainSearch(table, _area)
    query = search.parse(text)
    order = list(range(len(table)))
    expected = plain.rank(query, plain.matching(query, order))
    found = quick.search(query, order)
    assert (found.rows, found.strong, found.ranks) == (expected.rows, expected.strong,
                                                       expected.ranks)  # fmt: skip
