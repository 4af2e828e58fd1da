"""The cooperative registry on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import registry
from desktop.core.errors import KnownError, NotFoundError, ValidationError
from desktop.core.text import format_date, make_registration_code
from desktop.core.workspace import Workspace
from tests.core.helpers import (
    DISTRICT_OFFICE,
    DONG_HOI_WARD,
    LE_THUY_COMMUNE,
    PROVINCE_OFFICE,
    snapshot,
)

CODE = make_registration_code("440012345")
OTHER_CODE = make_registration_code("440054321")


def coop(**overrides: Any) -> dict[str, Any]:
    values = {
        "registration_code": CODE,
        "name": "Hợp tác xã Nông nghiệp Bắc Lý",
        "area_code": DONG_HOI_WARD,
        "sector": "agri",
        "founded_on": "05/03/2019",
        "registered_on": "2019-04-01",
    }
    values.update(overrides)
    return values


def add(ws: Workspace, values: dict[str, Any], indicators: dict | None = None,
        identity=PROVINCE_OFFICE) -> str:  # fmt: skip
    with ws.transaction() as conn:
        return registry.add_cooperative(conn, identity, values, indicators)


def history(ws: Workspace, coop_id: str) -> list[tuple[str, str | None, str | None]]:
    with ws.reading() as conn:
        return [(h.field, h.old, h.new) for h in registry.cooperative_history(conn, coop_id)]


def test_add_normalises_and_records(workspace: Workspace) -> None:
    typed_name = unicodedata.normalize("NFD", "  Hợp tác xã   Nông nghiệp Bắc Lý ")
    coop_id = add(
        workspace,
        coop(name=typed_name, registration_code=f" {CODE[:4]}.{CODE[4:]} ", sector="nông nghiệp"),
        {2023: {"members": "1.234", "revenue": "2.500.000.000"}, "2024": {"members": 1240}},
    )
    with workspace.reading() as conn:
        row = registry.get_cooperative(conn, coop_id)
        assert registry.find_id(conn, CODE) == coop_id
    assert row["name"] == "Hợp tác xã Nông nghiệp Bắc Lý"
    assert row["registration_code"] == CODE
    assert row["sector"] == "agri"  # a label, typed without diacritics, becomes its code
    assert (row["entity_type"], row["status"]) == ("HTX", "active")
    assert (row["province_code"], row["district_code"]) == ("44", "450")
    assert (row["founded_on"], row["registered_on"]) == (date(2019, 3, 5), date(2019, 4, 1))
    assert "hop tac xa nong nghiep bac ly" in row["search_key"]
    assert row["updated_by"] == "QB" and not row["deleted"] and not row["has_conflict"]
    assert [(i["year"], i["members"], i["revenue"]) for i in row["indicators"]] == [
        (2023, 1234, 2_500_000_000),
        (2024, 1240, None),
    ]
    # The record's creation comes first, then its years (all in the same write).
    assert history(workspace, coop_id) == [
        ("_created", None, "Hợp tác xã Nông nghiệp Bắc Lý"),
        ("2023._created", None, "2023"),
        ("2024._created", None, "2024"),
    ]


def _tomorrow() -> str:
    return format_date(date.today() + timedelta(days=1))


# (cooperative fields, yearly figures, field in error, part of the Vietnamese message)
INVALID = {
    "malformed code": (
        {"registration_code": "44001234"}, None, "registration_code", "phải gồm 10 chữ số"),
    "duplicate code": (
        {"registration_code": OTHER_CODE}, None, "registration_code", "đã được dùng cho"),
    "empty name": ({"name": "   "}, None, "name", "Tên không được để trống."),
    "future founding date": (
        {"founded_on": _tomorrow()}, None, "founded_on", "không được sau ngày hôm nay"),
    "impossible date": ({"registered_on": "31/02/2020"}, None, "registered_on", "không hợp lệ"),
    "registered before founded": (
        {"registered_on": "01/01/2019"}, None, "registered_on", "không được trước ngày thành lập"),
    "unknown area": ({"area_code": "99999"}, None, "area_code", "không có trong danh mục"),
    "unknown status": ({"status": "sleeping"}, None, "status", "Tình trạng không hợp lệ."),
    "unknown field": ({"colour": "red"}, None, "colour", "Không có trường"),
    "negative members": (
        {}, {2024: {"members": "-5"}}, "2024.members", "Tổng số thành viên không được âm."),
    "not a whole number": (
        {}, {2024: {"revenue": "12,5"}}, "2024.revenue", "không phải là số nguyên"),
    "part above whole": (
        {}, {2024: {"members": 10, "members_official": 12}}, "2024.members_official", "lớn hơn"),
    "year too early": ({}, {1980: {"members": 10}}, "year", "Năm phải từ 1990"),
}  # fmt: skip


@pytest.mark.parametrize(("changes", "figures", "field", "message"), INVALID.values(),
                         ids=INVALID.keys())  # fmt: skip
def test_add_refuses_invalid_input_and_writes_nothing(
    workspace: Workspace, changes: dict, figures: dict | None, field: str, message: str
) -> None:
    add(workspace, coop(registration_code=OTHER_CODE, name="Hợp tác xã Đã Có"))
    with workspace.transaction() as conn:
        before = snapshot(conn)
        with pytest.raises(ValidationError) as caught:
            registry.add_cooperative(conn, PROVINCE_OFFICE, coop(**changes), figures)
        assert snapshot(conn) == before
    assert message in caught.value.errors[field]
    assert message in str(caught.value)


def test_update_records_old_and_new_values(workspace: Workspace) -> None:
    coop_id = add(workspace, coop(), {2024: {"members": 20, "revenue": "1.000.000"}})
    with workspace.transaction() as conn:
        diff = registry.update_cooperative(
            conn, PROVINCE_OFFICE, coop_id, {"name": "HTX Bắc Lý", "phone": "0232 3822 111"},
            {2024: {"revenue": "2.000.000"}},
        )  # fmt: skip
    assert diff == {
        "name": ("Hợp tác xã Nông nghiệp Bắc Lý", "HTX Bắc Lý"),
        "phone": (None, "0232 3822 111"),
        "2024.revenue": (1_000_000, 2_000_000),
    }
    entries = history(workspace, coop_id)
    assert ("name", "Hợp tác xã Nông nghiệp Bắc Lý", "HTX Bắc Lý") in entries
    assert ("phone", None, "0232 3822 111") in entries
    assert ("2024.revenue", "1000000", "2000000") in entries

    # Saving the same values again is no change: no history, no new version of the record.
    with workspace.transaction() as conn:
        before = snapshot(conn, counters=False)
        stored = registry.get_cooperative(conn, coop_id)
        same = registry.update_cooperative(
            conn, PROVINCE_OFFICE, coop_id, {"name": "HTX Bắc Lý"}, {2024: {"revenue": 2_000_000}}
        )
        assert same == {}
        assert snapshot(conn, counters=False) == before
        assert registry.get_cooperative(conn, coop_id) == stored
        before = snapshot(conn)

    # An invalid change is refused as a whole, the valid parts included.
    with workspace.transaction() as conn:
        with pytest.raises(ValidationError) as caught:
            registry.update_cooperative(
                conn, PROVINCE_OFFICE, coop_id, {"name": "Tên mới", "email": "không-có-a-còng"}
            )
        assert snapshot(conn) == before
    assert set(caught.value.errors) == {"email"}
    with workspace.reading() as conn:
        assert registry.get_cooperative(conn, coop_id)["name"] == "HTX Bắc Lý"


def test_indicators_per_year(workspace: Workspace) -> None:
    coop_id = add(workspace, coop(), {2023: {"members": 10}, 2024: {"members": 12}})
    with workspace.transaction() as conn:
        diff = registry.update_cooperative(
            conn, PROVINCE_OFFICE, coop_id, {}, {2025: {"members": "15", "profit": "-3.000"}}
        )
        assert diff == {"2025": (None, 2025)}
        registry.delete_indicator(conn, PROVINCE_OFFICE, coop_id, 2023)

    def figures() -> dict[int, tuple]:
        with workspace.reading() as conn:
            rows = registry.get_cooperative(conn, coop_id)["indicators"]
        return {r["year"]: (r["members"], r["profit"]) for r in rows}

    assert figures() == {2024: (12, None), 2025: (15, -3000)}  # a loss may be negative
    with workspace.transaction() as conn:
        registry.update_cooperative(conn, PROVINCE_OFFICE, coop_id, {}, {2023: {"members": 11}})
    assert figures() == {2023: (11, None), 2024: (12, None), 2025: (15, -3000)}
    # One row per (cooperative, year), with an id every office derives alike.
    with workspace.reading() as conn:
        ids = [r["id"] for r in registry.indicators_of(conn, [coop_id])[coop_id]]
    assert ids == [registry.indicator_id(coop_id, y) for y in (2023, 2024, 2025)]


def test_soft_delete_and_restore(workspace: Workspace) -> None:
    first = add(workspace, coop())
    with workspace.transaction() as conn:
        registry.delete_cooperative(conn, PROVINCE_OFFICE, first)
    with workspace.reading() as conn:
        assert registry.list_cooperatives(conn) == []
        assert [r["id"] for r in registry.list_cooperatives(conn, deleted=True)] == [first]
        with pytest.raises(NotFoundError):
            registry.get_cooperative(conn, first)
        with pytest.raises(NotFoundError):
            registry.find_id(conn, CODE)
        assert registry.get_cooperative(conn, first, with_deleted=True)["deleted"]
    assert history(workspace, first)[-1] == ("deleted", "0", "1")
    with workspace.transaction() as conn, pytest.raises(NotFoundError):
        registry.delete_cooperative(conn, PROVINCE_OFFICE, first)

    # The code is free while the record is deleted; restoring it then would duplicate it.
    second = add(workspace, coop(name="Hợp tác xã Bắc Lý mới"))
    with workspace.transaction() as conn, pytest.raises(KnownError, match="đang được dùng"):
        registry.restore_cooperative(conn, PROVINCE_OFFICE, first)
    with workspace.transaction() as conn:
        registry.delete_cooperative(conn, PROVINCE_OFFICE, second)
        registry.restore_cooperative(conn, PROVINCE_OFFICE, first)
    with workspace.reading() as conn:
        assert [r["id"] for r in registry.list_cooperatives(conn)] == [first]
        assert registry.find_id(conn, CODE) == first
    assert history(workspace, first)[-1] == ("deleted", "1", "0")


def test_list_in_vietnamese_order(workspace: Workspace) -> None:
    names = ["Hợp tác xã Dân Hóa", "Hợp tác xã Dương Thủy", "Hợp tác xã Đồng Phú",
             "Hợp tác xã Gia Ninh"]  # fmt: skip
    for n, name in enumerate(reversed(names)):
        add(workspace, coop(name=name, registration_code=make_registration_code(f"44000000{n}")))
    with workspace.reading() as conn:
        assert [r["name"] for r in registry.list_cooperatives(conn)] == names


def test_district_office_keeps_to_its_district(workspace: Workspace) -> None:
    own = add(workspace, coop(), identity=DISTRICT_OFFICE)
    elsewhere = add(
        workspace, coop(registration_code=OTHER_CODE, area_code=LE_THUY_COMMUNE)
    )  # added by the province, which may keep any area
    with workspace.transaction() as conn:
        before = snapshot(conn)
        with pytest.raises(ValidationError) as caught:
            registry.add_cooperative(
                conn, DISTRICT_OFFICE,
                coop(registration_code=make_registration_code("440099999"),
                     area_code=LE_THUY_COMMUNE),
            )  # fmt: skip
        assert "ngoài phạm vi quản lý" in caught.value.errors["area_code"]
        with pytest.raises(ValidationError) as caught:
            registry.add_cooperative(
                conn, DISTRICT_OFFICE,
                coop(registration_code=make_registration_code("440099999"),
                     area_scheme="post2025", area_code="44"),
            )  # fmt: skip
        assert "area_code" in caught.value.errors
        with pytest.raises(KnownError, match="không thuộc địa bàn"):
            registry.update_cooperative(conn, DISTRICT_OFFICE, elsewhere, {"phone": "0912 345 678"})
        with pytest.raises(KnownError, match="không thuộc địa bàn"):
            registry.delete_cooperative(conn, DISTRICT_OFFICE, elsewhere)
        # Nor may it move its own cooperative out of the district.
        with pytest.raises(ValidationError):
            registry.update_cooperative(conn, DISTRICT_OFFICE, own, {"area_code": LE_THUY_COMMUNE})
        assert snapshot(conn) == before
        registry.update_cooperative(conn, DISTRICT_OFFICE, own, {"phone": "0912 345 678"})
    with workspace.reading() as conn:
        assert registry.get_cooperative(conn, own)["updated_by"] == "H450"


def test_a_district_cannot_restore_a_cooperative_outside_its_area(db_url):
    ws = Workspace.open(db_url)
    with ws.transaction() as conn:
        coop_id = registry.add_cooperative(conn, PROVINCE_OFFICE, coop(area_code=LE_THUY_COMMUNE))
        registry.delete_cooperative(conn, PROVINCE_OFFICE, coop_id)
    with pytest.raises(KnownError, match="không thuộc địa bàn"), ws.transaction() as conn:
        registry.restore_cooperative(conn, DISTRICT_OFFICE, coop_id)
    with ws.reading() as conn:
        assert registry.list_cooperatives(conn, deleted=True)[0]["id"] == coop_id
    ws.close()


@given(st.uuids().map(str), st.integers(min_value=1990, max_value=2100))
def test_indicator_ids_are_the_version_5_uuids_of_cooperative_and_year(coop_id, year):
    import uuid

    expected = str(
        uuid.uuid5(uuid.UUID("7d1c1c52-3f1e-4b8a-9a55-2f6f3c1e0c11"), f"{coop_id}:{year}")
    )
    assert registry.indicator_id(coop_id, year) == expected
    assert registry.indicator_ids([coop_id, coop_id], [year, year + 1]) == [
        expected,
        str(uuid.uuid5(uuid.UUID("7d1c1c52-3f1e-4b8a-9a55-2f6f3c1e0c11"), f"{coop_id}:{year + 1}")),
    ]


def test_search_finds_abbreviations_and_their_words(db_url):
    """`hop tac xa` finds "HTX Sen Thủy"; `htx` finds "Hợp tác xã Kiến Giang"."""
    from desktop.core.text import fold

    ws = Workspace.open(db_url)
    with ws.transaction() as conn:
        registry.add_cooperative(conn, PROVINCE_OFFICE, coop(name="HTX Sen Thủy"))
        registry.add_cooperative(
            conn, PROVINCE_OFFICE, coop(registration_code=OTHER_CODE, name="Hợp tác xã Kiến Giang")
        )
    with ws.reading() as conn:
        keys = {r["name"]: " " + r["search_key"] for r in registry.list_cooperatives(conn)}
    ws.close()
    for query in ("hop tac xa", "htx", "HTX Sen", "hợp tác xã sen"):
        words = [" " + w for w in fold(query).split()]
        found = {name for name, key in keys.items() if all(w in key for w in words)}
        expected = {"HTX Sen Thủy"} if "sen" in fold(query) else set(keys)
        assert found == expected, query


def test_the_list_rows_carry_the_latest_live_year_s_figures(workspace: Workspace) -> None:
    """`table_rows` (held by column) reads as the dicts of the records: the figures of each
    one's latest live year, None without any, in name order."""
    first = add(workspace, coop(name="Hợp tác xã An Lão"),
                {2023: {"members": 10, "revenue": "1.500"}, 2024: {"members": 12}})  # fmt: skip
    second = add(
        workspace,
        coop(name="Hợp tác xã Bắc Lý", registration_code=OTHER_CODE),
    )
    # Its only year deleted: no figures either.
    third = add(workspace, coop(name="Hợp tác xã Cam Thủy",
                                registration_code=make_registration_code("440054322")),
                {2022: {"members": 7}})  # fmt: skip
    with workspace.transaction() as conn:
        registry.delete_indicator(conn, PROVINCE_OFFICE, first, 2024)
        registry.delete_indicator(conn, PROVINCE_OFFICE, third, 2022)
    with workspace.reading() as conn:
        rows = registry.table_rows(conn)
    assert [row["id"] for row in rows] == [first, second, third]
    assert [(row["year"], row["members"], row["revenue"]) for row in rows] == [
        (2023, 10, 1500),
        (None, None, None),
        (None, None, None),
    ]
    assert rows[0]["name"] == "Hợp tác xã An Lão" and rows[1]["area_code"] == DONG_HOI_WARD
    assert dict(rows[1])["registration_code"] == OTHER_CODE
