"""Compact rows read, compare and drop fields like the dicts they replace."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.compact_rows import drop_field, row_type

FIELDS = ("id", "name", "search_key", "members")
values = st.one_of(st.none(), st.integers(), st.text(), st.binary(), st.tuples(st.text()))


@given(
    st.lists(st.tuples(values, values, values, values), max_size=20),
    st.data(),
    st.frozensets(st.sampled_from(FIELDS)),
)
def test_rows_behave_as_their_dicts(rows, data, packed):
    """Whichever fields hold their texts packed (UTF-8), the rows read as the dicts."""
    make = row_type(FIELDS, packed)
    compact = [make(*r) for r in rows]
    plain = [dict(zip(FIELDS, r, strict=True)) for r in rows]
    assert compact == plain and plain == compact
    for row, expected in zip(compact, plain, strict=True):
        assert list(row) == list(expected) and len(row) == len(expected)
        assert row.get("name") == expected["name"] and row.get("other") is None
        assert "other" not in row
    gone = [data.draw(st.booleans()) for _ in rows]
    for row, expected, drop in zip(compact, plain, gone, strict=True):
        if drop:  # some rows have lost the field already
            assert row.pop("search_key") == expected.pop("search_key")
    drop_field(compact, "search_key")
    drop_field(plain, "search_key")
    assert compact == plain
    assert all("search_key" not in row and row.get("search_key") is None for row in compact)
    for row, expected in zip(compact, plain, strict=True):
        new = data.draw(values)
        row["name"] = expected["name"] = new
        assert row["name"] == new and type(row["name"]) is type(new)
    assert compact == plain


def test_packed_texts_read_back_as_given_and_take_less_memory():
    name = "Hợp tác xã Nông nghiệp Dịch vụ Sen Thủy"
    plain = row_type(FIELDS)("id-1", name, None, 25)
    packed = row_type(FIELDS, frozenset({"name", "search_key"}))("id-1", name, None, 25)
    assert packed == plain and packed["name"] == name and packed["search_key"] is None
    assert sys.getsizeof(packed.__getattribute__("_utf8_name")) < sys.getsizeof(name) * 0.6
    odd = "\ud800 lone surrogate"  # kept as given, whatever the text
    packed["name"] = odd
    assert packed["name"] == odd
    with pytest.raises(ValueError):
        row_type(FIELDS, frozenset({"other"}))


def test_a_field_cannot_be_added_and_a_missing_one_is_a_key_error():
    row = row_type(FIELDS)(1, "HTX Sen Thủy", "htx sen thuy", 25)
    row["members"] = 30
    assert row["members"] == 30
    with pytest.raises(KeyError):
        row["other"] = 1
    del row["members"]
    with pytest.raises(KeyError):
        _ = row["members"]
    with pytest.raises(KeyError):
        del row["members"]
    assert row.pop("members", "none") == "none"
    assert dict(row) == {"id": 1, "name": "HTX Sen Thủy", "search_key": "htx sen thuy"}


def test_names_of_the_mapping_methods_are_refused():
    with pytest.raises(ValueError):
        row_type(("id", "items"))
