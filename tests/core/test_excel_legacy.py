"""TCVN3 and VNI text to Unicode, chosen by the font name."""

from __future__ import annotations

import unicodedata

import pytest

from desktop.core.excel import legacy
from desktop.core.excel.legacy import TCVN3, TCVN3_CAPS, VNI, encoding_of_font, to_unicode

VOWELS = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
ALL_LETTERS = "".join(
    unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES
) + "đ"  # fmt: skip


def test_known_phrases_from_domain_notes():
    assert to_unicode("Hîp t¸c x·", TCVN3) == "Hợp tác xã"
    assert to_unicode("Hôïp taùc xaõ", VNI) == "Hợp tác xã"
    assert to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", TCVN3) == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam"
    )
    assert to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", VNI) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )


def test_capital_fonts_draw_lowercase_bytes_as_capitals():
    assert to_unicode("danh s¸ch hîp t¸c x·", TCVN3_CAPS) == "DANH SÁCH HỢP TÁC XÃ"


@pytest.mark.parametrize("case", [str.lower, str.upper])
def test_every_vietnamese_letter_survives_vni(case):
    text = case(ALL_LETTERS)
    assert to_unicode(legacy.unicode_to_vni(text), VNI) == text


def test_every_lowercase_letter_survives_tcvn3():
    assert to_unicode(legacy.unicode_to_tcvn3(ALL_LETTERS), TCVN3) == ALL_LETTERS
    capitals = "ĂÂÊÔƠƯĐ"  # the only capitals TCVN3 has
    assert to_unicode(legacy.unicode_to_tcvn3(capitals), TCVN3) == capitals


def test_vni_accepts_marks_typed_in_the_other_case():
    assert to_unicode("AÙnh", VNI) == "Ánh"
    assert to_unicode("Aùnh", VNI) == "Ánh"


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", TCVN3),
        (".VnArial", TCVN3),
        (".VnTimeH", TCVN3_CAPS),
        (".VnArial NarrowH", TCVN3_CAPS),
        ("VNI-Times", VNI),
        ("VNI-Helve", VNI),
        ("Times New Roman", None),
        ("Arial", None),
        (None, None),
    ],
)
def test_the_font_decides(font, expected):
    assert encoding_of_font(font) == expected


def test_text_in_a_unicode_font_is_never_guessed():
    # Looks like TCVN3, but the font says Unicode: it stays as it is.
    assert to_unicode("Hîp", encoding_of_font("Arial")) == "Hîp"
    assert to_unicode("Ho\u031b\u0323p", None) == "Hợp"  # only NFC
