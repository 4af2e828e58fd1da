"""Vietnamese numbers, units and dates as they appear in cells."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.excel.values import (
    parse_cell_date,
    parse_decimal,
    squash,
    squash_all,
    to_whole,
    unit_of_header,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.250", Decimal(1250)),
        ("2.500,5", Decimal("2500.5")),
        ("1.234.567", Decimal(1234567)),
        ("12,5", Decimal("12.5")),
        ("2.5", Decimal("2.5")),
        ("1,250,000", Decimal(1250000)),
        ("(1.250)", Decimal(-1250)),
        ("-3", Decimal(-3)),
        ("1 250 000 đ", Decimal(1250000)),
        ("-", None),
        ("", None),
        (None, None),
        (1500.0, Decimal(1500)),
        (0.75, Decimal("0.75")),
        (7, Decimal(7)),
    ],
)
def test_numbers(text, expected):
    assert parse_decimal(text) == expected


@pytest.mark.parametrize("text", ["abc", "1.2.3,4,5", "12a", "1..2"])
def test_not_numbers(text):
    with pytest.raises(ValueError):
        parse_decimal(text)


def test_whole_numbers_with_units():
    assert to_whole("2.500,5", 1_000_000) == 2_500_500_000
    assert to_whole(1.5, 1_000_000_000) == 1_500_000_000
    assert to_whole("0,75", 1_000_000_000) == 750_000_000
    with pytest.raises(ValueError):
        to_whole("12,5", integral=True)
    assert to_whole(30.0, integral=True) == 30


_UNITS = st.sampled_from([1, 1_000, 1_000_000, 1_000_000_000])


def _general(value, unit):
    number = parse_decimal(value)
    return None if number is None else int((number * unit).to_integral_value())


@given(st.integers(-(10**15), 10**15), _UNITS)
def test_whole_number_cells_read_as_the_general_path_reads_them(number, unit):
    assert to_whole(number, unit) == _general(number, unit)
    assert to_whole(number, unit, integral=True) == _general(number, unit)


@given(
    st.one_of(
        st.integers(0, 10**15).map(lambda n: f"{n:,}".replace(",", ".")),
        st.integers(0, 10**15).map(str),
        st.from_regex(r"\A[0-9.,]{1,14}\Z"),
    ),
    _UNITS,
)
def test_whole_number_text_reads_as_the_general_path_reads_it(text, unit):
    try:
        expected = _general(text, unit)
    except ValueError:
        with pytest.raises(ValueError):
            to_whole(text, unit)
        return
    assert to_whole(text, unit) == expected


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Vốn điều lệ (triệu đồng)", 1_000_000),
        ("Doanh thu (tỷ đồng)", 1_000_000_000),
        ("Doanh thu (tr.đ)", 1_000_000),
        ("Thu nhập bình quân (triệu đồng/người/tháng)", 1_000_000),
        ("Thu nhập bình quân (đồng/người/tháng)", 1),
        ("Vốn (1.000 đồng)", 1_000),
        ("Tổng tài sản, nghìn đồng", 1_000),
        ("Doanh thu", None),
        ("Số thành viên (người)", None),
    ],
)
def test_units_from_headers(header, unit):
    assert unit_of_header(header) == unit


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/03/2019", date(2019, 3, 5)),
        ("5/3/2019", date(2019, 3, 5)),
        ("05-03-2019", date(2019, 3, 5)),
        ("05.03.2019", date(2019, 3, 5)),
        ("2019-03-05", date(2019, 3, 5)),
        ("ngày 5 tháng 3 năm 2019", date(2019, 3, 5)),
        (date(2019, 3, 5), date(2019, 3, 5)),
        (datetime(2019, 3, 5, 0, 0), date(2019, 3, 5)),
        (43529, date(2019, 3, 5)),
        ("", None),
    ],
)
def test_dates(value, expected):
    assert parse_cell_date(value) == expected


@pytest.mark.parametrize("value", ["31/02/2019", "2019", "hôm qua", 1.5])
def test_not_dates(value):
    with pytest.raises(ValueError):
        parse_cell_date(value)


# Letters, combining marks (tones, and marks that reorder), every kind of whitespace, NUL.
_CELL_TEXT = st.text(
    st.one_of(
        st.sampled_from("aAeEoOuUđĐ \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000\x00-,."),
        st.sampled_from("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323\u0327\u1100\u1161"),
        st.characters(),
    ),
    max_size=12,
)


@given(st.lists(_CELL_TEXT, max_size=8))
def test_a_column_is_squashed_as_each_cell_would_be(texts):
    assert squash_all(texts) == [squash(text) for text in texts]
