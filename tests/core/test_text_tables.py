"""The table-driven fast paths of fold() and sort_key() give exactly the general result."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import _fold_general, _sort_key_general, fold, sort_key

VIETNAMESE = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
letters = st.sampled_from(VIETNAMESE + VIETNAMESE.upper() + " 0123456789-.,()/–“”\u00a0\u2009")
vietnamese_text = st.lists(letters, min_size=1, max_size=40).map("".join)


@given(vietnamese_text)
def test_vietnamese_text_takes_the_fast_path_to_the_same_keys(text):
    assert fold(text) == _fold_general(text)
    assert sort_key(text) == _sort_key_general(text)


@given(st.text(min_size=1, max_size=30))
def test_any_text_gives_the_same_keys(text):
    assert fold(text) == _fold_general(text)
    assert sort_key(text) == _sort_key_general(text)


def test_each_character_up_to_the_tables_end_gives_the_same_keys():
    # Every code point the per-character tables index (and a little past them), alone and
    # between letters: a table entry left as the character's own code must change nothing.
    for code in range(0x2100):
        for text in (chr(code), f"Đa{chr(code)}ng"):
            assert fold(text) == _fold_general(text), hex(code)
            assert sort_key(text) == _sort_key_general(text), hex(code)
