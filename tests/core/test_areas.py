"""Official administrative units in both schemes (before and after the 2025 reform)."""

from __future__ import annotations

import marshal

from desktop.core import areas
from desktop.core.areas import POST2025, PRE2025


def test_both_schemes_are_complete() -> None:
    assert len(areas.provinces(PRE2025)) == 63
    assert len(areas.provinces(POST2025)) == 34
    for scheme in areas.SCHEMES:
        codes = [u.code for u in areas.provinces(scheme)]
        assert len(set(codes)) == len(codes)
        assert all(u.level == "province" and u.parent is None for u in areas.provinces(scheme))


def test_reused_code_means_different_provinces() -> None:
    assert areas.name(PRE2025, "44") == "Tỉnh Quảng Bình"
    assert areas.name(POST2025, "44") == "Tỉnh Quảng Trị"
    assert areas.name(PRE2025, "no-such-code") == "no-such-code"
    assert areas.unit(PRE2025, None) is None


def test_pre2025_has_three_levels() -> None:
    districts = areas.children(PRE2025, "44")
    assert {d.level for d in districts} == {"district"}
    assert "Huyện Lệ Thủy" in [d.name for d in districts]
    commune = areas.children(PRE2025, "457")[0]
    chain = areas.lineage(PRE2025, commune.code)
    assert [u.level for u in chain] == ["province", "district", "commune"]
    assert [u.code for u in chain] == ["44", "457", commune.code]
    assert areas.full_name(PRE2025, commune.code).endswith("Huyện Lệ Thủy, Tỉnh Quảng Bình")


def test_names_and_full_names_read_from_the_rows_match_the_units() -> None:
    for scheme in areas.SCHEMES:
        for province in areas.provinces(scheme)[:5]:
            for child in areas.children(scheme, province.code)[:5]:
                for code in (
                    province.code,
                    child.code,
                    *(u.code for u in areas.children(scheme, child.code)[:3]),
                ):
                    chain = areas.lineage(scheme, code)
                    assert areas.name(scheme, code) == chain[-1].name
                    assert areas.full_name(scheme, code) == ", ".join(
                        u.name for u in reversed(chain)
                    )
    assert areas.full_name(PRE2025, "no-such-code") == ""
    assert areas.full_name("no-such-scheme", "44") == ""
    assert areas.name("no-such-scheme", "44") == "44"
    assert areas.name(PRE2025, None) == ""


def test_post2025_has_two_levels() -> None:
    commune = areas.children(POST2025, "44")[0]
    assert commune.level == "commune"
    assert [u.level for u in areas.lineage(POST2025, commune.code)] == ["province", "commune"]
    assert areas.children(POST2025, commune.code) == []


def test_contains() -> None:
    commune = areas.children(PRE2025, "457")[0].code
    assert areas.contains(PRE2025, "44", commune)
    assert areas.contains(PRE2025, "457", commune)
    assert areas.contains(PRE2025, commune, commune)
    assert not areas.contains(PRE2025, "450", commune)  # another district of the province
    assert not areas.contains(PRE2025, "45", commune)  # another province
    assert not areas.contains(PRE2025, commune, "457")  # the district is not inside its commune
    assert areas.contains(PRE2025, None, commune)  # no limit: everywhere
    # After the reform Quảng Bình's communes lie in province 44, now named Quảng Trị.
    assert areas.contains(POST2025, "44", "18880")  # Phường Đồng Hới
    assert not areas.contains(POST2025, "01", "18880")


def test_children_in_vietnamese_order_and_find_without_diacritics() -> None:
    from desktop.core.text import sort_key

    names = [u.name for u in areas.children(PRE2025, "44")]
    assert names == sorted(names, key=sort_key)
    found = areas.find(PRE2025, "le thuy", level="district")
    assert [u.code for u in found] == ["457"]
    assert [u.name for u in areas.find(POST2025, "dong hoi", level="commune")] == [
        "Phường Đồng Hới"
    ]


def test_the_kept_copy_of_the_units_gives_the_same_tree_and_a_damaged_one_is_read_again(
    _private_data_dir,
) -> None:
    first = areas._units(PRE2025)  # read from the dataset, then kept in the data folder
    kept = list((_private_data_dir / "cache").glob("areas-pre2025-*.marshal"))
    assert len(kept) == 1
    assert areas._units(PRE2025) == first  # now from the kept copy
    assert first == areas._read_units(PRE2025)
    assert ("district", "457", "Huyện Lệ Thủy", "44") in first
    assert len({code for _level, code, _name, _parent in first}) == len(first)

    kept[0].write_bytes(b"\x00not marshal")
    areas._tree.cache_clear()
    try:
        assert areas._units(PRE2025) == first  # read from the dataset again, and kept again
        assert marshal.loads(kept[0].read_bytes()) == first
        assert areas.name(PRE2025, "19300") == "Xã Xuân Thủy"
        assert [u.code for u in areas.lineage(PRE2025, "19300")] == ["44", "457", "19300"]
    finally:
        areas._tree.cache_clear()
