"""Search and sort keys worked out a column at a time (an import of thousands of new records)
are exactly those worked out one text, one record at a time."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.core import search
from desktop.core.records import SPECS, Writer
from desktop.core.text import fold, fold_each
from desktop.core.workspace import Workspace
from tests.core.helpers import DONG_HOI, DONG_HOI_WARD

VIETNAMESE = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
# Vietnamese letters in both cases, decomposed tones, every kind of whitespace, NUL,
# punctuation the key drops, letters the tables do not cover, any character.
_TEXT = st.text(
    st.one_of(
        st.sampled_from(VIETNAMESE + VIETNAMESE.upper()),
        st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u2028\u3000\x00-–—,;()/“”ßİ"),
        st.sampled_from("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0327\u1100\u1161"),
        st.characters(),
    ),
    max_size=14,
)
_TEXTS = st.lists(st.one_of(st.none(), _TEXT), max_size=8)


@given(_TEXTS)
def test_a_column_folds_as_each_text_would(texts):
    assert fold_each(texts) == [fold(text) for text in texts]


@given(_TEXTS)
def test_a_column_gives_the_words_of_each_text(texts):
    assert search.words_of_each(texts) == [search.words_of(text) for text in texts]


_KINDS = st.sampled_from([None, "HTX", "LHHTX", "QTDND", "THT", "other"])
_ROW = st.fixed_dictionaries(
    {
        "name": st.one_of(_TEXT, st.sampled_from(["HTX Sen Thủy", "Quỹ TDND qtdnd Lệ Thủy"])),
        "registration_code": st.one_of(st.none(), st.sampled_from(["3100123459-001", "31 00"])),
        "address": st.one_of(st.none(), _TEXT),
        "representative": st.one_of(st.none(), _TEXT),
        "entity_type": _KINDS,
    }
)


@given(st.lists(st.tuples(_ROW, st.sampled_from(["", "Xã Sen Thủy, Huyện Lệ Thủy"])), max_size=6))
def test_search_keys_of_many_rows_are_those_of_each_row(pairs):
    rows = [row for row, _area in pairs]
    areas = [area for _row, area in pairs]
    expected = [search.cooperative_key(row, area) for row, area in pairs]
    assert search.cooperative_keys(rows, areas) == expected


def test_the_stored_cooperative_derives_many_as_it_derives_one() -> None:
    spec = SPECS["cooperative"]
    assert spec.derive is not None and spec.derive_many is not None
    rows = [
        {
            **dict.fromkeys(spec.fields),
            "name": f"HTX Nông nghiệp – dịch vụ Bắc Lý {n}",
            "registration_code": f"3100{n:06d}",
            "entity_type": ("HTX", "QTDND", None)[n % 3],
            "address": f"Thôn {n}, phường Bắc Lý" if n % 2 else None,
            "representative": "Nguyễn Văn Hùng",
            "area_scheme": "pre2025",
            "area_code": (DONG_HOI_WARD, DONG_HOI, None)[n % 3],
        }
        for n in range(12)
    ]
    one_by_one = [tuple(spec.derive(row)[name] for name in spec.derived) for row in rows]
    assert spec.derive_many(rows) == one_by_one


def test_a_record_created_alone_or_among_many_has_the_same_keys(workspace: Workspace) -> None:
    spec = SPECS["cooperative"]
    values = {
        "name": "HTX Dịch vụ  nông nghiệp (Sen Thủy)",
        "registration_code": "3100123459",
        "entity_type": "HTX",
        "sector": "agri",
        "area_scheme": "pre2025",
        "area_code": DONG_HOI_WARD,
        "address": "Thôn 3,\u00a0xã Sen Thủy",
        "representative": "Lê  Thị Hoa",
        "status": "active",
    }
    with workspace.transaction() as conn:
        writer = Writer(conn, workspace.require_identity())
        alone = writer.create(spec, values)
        many = writer.create_many(
            spec, [(None, {**values, "registration_code": f"31001234{n:02d}"}) for n in range(5)]
        )
    table = spec.table
    with workspace.reading() as conn:
        stored = {
            row.id: (row.search_key, row.name_sort)
            for row in conn.execute(table.select().where(table.c.id.in_([alone, *many])))
        }
    expected = spec.derive({**dict.fromkeys(spec.fields), **values, "deleted": False})
    assert stored[alone] == (expected["search_key"], expected["name_sort"])
    for record_id, n in zip(many, range(5), strict=True):
        keys = spec.derive(
            {**dict.fromkeys(spec.fields), **values, "registration_code": f"31001234{n:02d}"}
        )
        assert stored[record_id] == (keys["search_key"], keys["name_sort"])
