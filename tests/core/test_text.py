"""Vietnamese text: search keys, alphabetical order, registration codes, numbers and dates."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.text import (
    clean_registration_code,
    fold,
    format_date,
    format_decimal,
    format_int,
    is_valid_registration_code_format,
    make_registration_code,
    nfc,
    parse_date,
    parse_int,
    registration_check_digit_ok,
    sort_key,
)

# Every Vietnamese letter, in both cases, with every tone mark (composed, NFC).
_BASES = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_TONE_MARKS = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_VOWELS = "aăâeêioôơuưy"
VIETNAMESE_LETTERS = sorted(
    {
        unicodedata.normalize("NFC", case(base) + (mark if base in _VOWELS else ""))
        for base in _BASES
        for mark in _TONE_MARKS
        for case in (str.lower, str.upper)
    }
)
vietnamese_text = st.text(st.sampled_from([*VIETNAMESE_LETTERS, " "]), max_size=30)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def primary(key: str) -> str:
    """The base-letter part of a sort key (what decides before tones do)."""
    return key.split("\x01")[0]


# --- fold ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("dong hoi", "Thành phố Đồng Hới"),
        ("hop tac xa", "Hợp tác xã Nông nghiệp Quảng Phú"),
        ("DONG HOI", "đồng hới"),
        ("le thuy", nfd("Huyện Lệ Thủy")),  # decomposed input, as some keyboards type it
        ("dong   hoi", "Đồng\u00a0Hới"),  # any run of whitespace is one space
    ],
)
def test_fold_finds_text_without_diacritics(query: str, text: str) -> None:
    assert fold(query) in fold(text)


def test_fold_examples() -> None:
    assert fold("Đồng Hới") == "dong hoi"
    assert fold(nfd("Hợp tác xã")) == "hop tac xa"
    assert fold("  Quỹ   tín dụng ") == "quy tin dung"
    assert fold("") == fold(None) == ""
    # Different letters stay different: fold is not a "remove everything" key.
    assert fold("Đồng Hới") != fold("Đông Hà")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(vietnamese_text)
def test_fold_of_vietnamese_is_lowercase_ascii(text: str) -> None:
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(nfd(text)) == folded
    assert fold(text.upper()) == folded


# --- nfc ----------------------------------------------------------------------------------------


def test_nfc_composes_trims_and_collapses() -> None:
    assert nfc(nfd("  Hợp   tác\txã\n")) == "Hợp tác xã"
    assert nfc(None) == ""


@given(st.text())
def test_nfc_is_idempotent(text: str) -> None:
    once = nfc(text)
    assert nfc(once) == once
    assert unicodedata.is_normalized("NFC", once)


# --- sort_key -----------------------------------------------------------------------------------


def test_alphabet_order() -> None:
    letters = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
               "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]  # fmt: skip
    assert sorted(reversed(letters), key=sort_key) == letters


def test_tones_order_after_base_letter() -> None:
    tones = ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(reversed(tones), key=sort_key) == tones
    # Base letters decide first; tones only break ties.
    assert sorted(["ạ", "ă", "á", "b", "â", "ab"], key=sort_key) == ["á", "ạ", "ab", "ă", "â", "b"]


def test_names_sort_the_vietnamese_way() -> None:
    names = [
        "An Xá",
        "Ân Thi",
        "Bình Định",
        "Dân Hóa",
        "Dương Thủy",
        "Đại Trạch",
        "Đồng Hới",
        "Hạ Long",  # base letters decide before tones: "ha l..." < "ha t..."
        "Hà Tĩnh",
        "Hải Dương",
        "Ô Môn",
        "Ơn Hòa",
        "Uông Bí",
        "Ứng Hòa",
    ]
    shuffled = names[::2] + names[1::2]
    assert sorted(shuffled, key=sort_key) == names
    # Case and Unicode form do not change the order; digits come before letters.
    assert sort_key("đồng hới")[:8] == sort_key("ĐỒNG HỚI")[:8]
    assert sorted(["HTX b", "HTX 2", "HTX A"], key=sort_key) == ["HTX 2", "HTX A", "HTX b"]


@given(st.text(), st.text())
def test_sort_key_is_total(a: str, b: str) -> None:
    """Any text has a key, and two different texts never tie (a stable, total order)."""
    assert (sort_key(a) == sort_key(b)) == (a == b)


@given(vietnamese_text, vietnamese_text)
def test_sort_key_consistent_across_case_and_form(a: str, b: str) -> None:
    ka, kb = sort_key(a), sort_key(b)
    # The base-letter and tone parts do not depend on how the text was typed.
    assert sort_key(nfd(a)).rsplit("\x01", 1)[0] == ka.rsplit("\x01", 1)[0]
    assert primary(sort_key(a.upper())) == primary(ka)
    # The text whose letters differ first in the alphabet comes first, whatever the tones.
    if primary(ka) != primary(kb):
        assert (ka < kb) == (primary(ka) < primary(kb))


def test_sort_key_handles_symbols_and_digits_of_any_script() -> None:
    assert sort_key("") == ""
    for text in ("x²", "Ⅻ", "٣ bis", "a\u0301\u0301", "\u0301", "ǅ", "🙂"):
        assert sort_key(text).endswith(text)


# --- registration codes -------------------------------------------------------------------------


def test_registration_code_format() -> None:
    assert is_valid_registration_code_format("3100123459")
    assert is_valid_registration_code_format("3100123459-001")
    for bad in ("310012345", "31001234590", "3100123459-01", "310012345a", "3100123459 001", ""):
        assert not is_valid_registration_code_format(bad), bad


def test_clean_registration_code() -> None:
    assert clean_registration_code(" 3100.123.459 ") == "3100123459"
    assert clean_registration_code("3100 123 459-001") == "3100123459-001"
    assert clean_registration_code(None) == ""


def test_check_digit() -> None:
    assert make_registration_code("310012345") == "3100123459"
    assert registration_check_digit_ok("3100123459")
    assert registration_check_digit_ok("3100123459-002")  # the branch suffix is not checked
    assert not registration_check_digit_ok("3100123458")
    assert not registration_check_digit_ok("31001234")


@given(st.from_regex(r"\A[0-9]{9}\Z"))
def test_check_digit_accepts_exactly_one_last_digit(prefix: str) -> None:
    accepted = [d for d in "0123456789" if registration_check_digit_ok(prefix + d)]
    try:
        code = make_registration_code(prefix)
    except ValueError:
        assert accepted == []  # a prefix whose check would be 10 is never issued
    else:
        assert accepted == [code[-1]]
        assert is_valid_registration_code_format(code)


# --- numbers and dates --------------------------------------------------------------------------


def test_format_int() -> None:
    assert format_int(1234567) == "1.234.567"
    assert format_int(-1234) == "-1.234"
    assert format_int(999) == "999"
    assert format_int(None) == ""
    assert format_decimal(1234.5) == "1.234,5"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.234.567", 1234567),
        ("1234567", 1234567),
        ("-12", -12),
        ("+7", 7),
        (" 1 234 ", 1234),
        ("", None),
        (None, None),
        (42, 42),
        (3.0, 3),
    ],
)
def test_parse_int(text: object, value: int | None) -> None:
    assert parse_int(text) == value  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["1.23", "1,5", "12.5", "1.2345", "abc", "1.234,5", 3.5, True])
def test_parse_int_rejects(text: object) -> None:
    with pytest.raises(ValueError):
        parse_int(text)  # type: ignore[arg-type]


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_parse_int_reads_format_int(value: int) -> None:
    assert parse_int(format_int(value)) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("05/03/2019", date(2019, 3, 5)),
        ("5/3/2019", date(2019, 3, 5)),
        ("05-03-2019", date(2019, 3, 5)),
        ("05.03.2019", date(2019, 3, 5)),
        ("2019-03-05", date(2019, 3, 5)),
        (" 29/02/2024 ", date(2024, 2, 29)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text: str | None, value: date | None) -> None:
    assert parse_date(text) == value


@pytest.mark.parametrize(
    "text", ["31/02/2020", "29/02/2023", "13/13/2020", "2019/03/05", "hôm nay"]
)
def test_parse_date_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_format_date() -> None:
    assert format_date(date(2019, 3, 5)) == "05/03/2019"
    assert format_date(None) == ""


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_parse_date_reads_format_date(value: date) -> None:
    assert parse_date(format_date(value)) == value
    assert parse_date(value.isoformat()) == value
