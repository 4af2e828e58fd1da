"""Legacy Vietnamese 8-bit fonts: TCVN3 (ABC) and VNI text converted to Unicode.

Before Unicode, Vietnamese offices typed with 8-bit fonts: the bytes were Latin letters plus
bytes in the upper half that the font drew as Vietnamese letters. An Excel file keeps those
bytes as the Windows-1252 characters they stand for (`Hîp t¸c x·` in `.VnTime` is "Hợp tác xã"),
so the only reliable clue is the cell's font: the encoding is picked from the font name and
never guessed from the text (short strings guess wrong).

Tables written from the published charsets: TCVN 5712:1993 "VN3" (the `.Vn*` fonts, as in
glibc's TCVN5712-1 and the VSCII article) and VNI for Windows (the `VNI-*` fonts: a base letter
followed by mark characters), cross-checked with the tables of the `viparse` package (MIT).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

TCVN3 = "tcvn3"
TCVN3_CAPS = "tcvn3-caps"  # `.VnTimeH` and friends: the font draws every letter as a capital
VNI = "vni"

# --- TCVN3 (one byte per letter) ---------------------------------------------------------------
# Base letters at 0xA1-0xAE, toned letters from 0xB5. TCVN3 has no toned capitals: capitals
# are typed with the capital fonts (`.VnTimeH`), which draw the lowercase bytes as capitals.
_TCVN3_BYTES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
_TCVN3_TABLE = {byte: letter for byte, letter in _TCVN3_BYTES.items()}  # str.translate table

# --- VNI (a base letter followed by one mark character) ----------------------------------------
# Marks after a plain vowel: huyền, sắc, hỏi, ngã, nặng.
_TONES = {"ø": "\u0300", "ù": "\u0301", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
# Marks that add a circumflex (â ê ô), alone or with a tone.
_CIRCUMFLEX = {"â": "", "à": "\u0300", "á": "\u0301", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
# Marks that add a breve (ă), alone or with a tone.
_BREVE = {"ê": "", "è": "\u0300", "é": "\u0301", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
# Letters that are one character in VNI: ơ ư đ and the i-family (no Latin-1 bare i to mark).
_VNI_SINGLE = {
    "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ",
    "ò": "ị", "Ò": "Ị", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "î": "ỵ", "Î": "Ỵ",
}  # fmt: skip


def _vni_pairs() -> dict[str, str]:
    pairs: dict[str, str] = {}

    def add(sequence: str, base: str, *marks: str) -> None:
        letter = unicodedata.normalize("NFC", base + "".join(marks))
        # A capital base takes a capital mark; files typed by hand mix them, so accept both.
        for mark_case in (sequence[-1], sequence[-1].swapcase()):
            pairs[sequence[:-1] + mark_case] = letter if base.islower() else letter.upper()

    for base in "aeiouyAEIOUY":
        for mark, tone in _TONES.items():
            add(base + (mark if base.islower() else mark.upper()), base, tone)
    for base in "aeoAEO":
        for mark, tone in _CIRCUMFLEX.items():
            add(base + (mark if base.islower() else mark.upper()), base, "\u0302", tone)
    for base in "aA":
        for mark, tone in _BREVE.items():
            add(base + (mark if base.islower() else mark.upper()), base, "\u0306", tone)
    for base, horn in (("ô", "ơ"), ("Ô", "Ơ"), ("ö", "ư"), ("Ö", "Ư")):
        for mark, tone in _TONES.items():
            add(base + (mark if horn.islower() else mark.upper()), horn, tone)
    return pairs


_VNI_PAIRS = _vni_pairs()
_VNI_ALL = {**_VNI_SINGLE, **_VNI_PAIRS}
_VNI_RE = re.compile(
    "|".join(re.escape(s) for s in sorted(_VNI_ALL, key=len, reverse=True))
)  # longest first: `ôï` (ợ) before `ô` (ơ)


@cache
def encoding_of_font(font_name: str | None) -> str | None:
    """The legacy encoding a font implies, or None for a Unicode font.

    The family decides, not the exact name: `.VnTime`, `VnTime`, `.VnArial`... are TCVN3,
    those whose name ends in `H` (`.VnTimeH`, `VnTimeH`) its capital-only fonts;
    `VNI-Times`, `VNI-Helve`, any `VNI-*`, are VNI.
    """
    if not font_name:
        return None
    name = font_name.strip().lstrip(".")  # ".VnTime" and "VnTime" (seen in real files)
    lowered = name.lower()
    if lowered.startswith(("vni-", "vni ", "vni_")):
        return VNI
    if lowered.startswith("vn") and not lowered.startswith("vni"):
        # the family's capital fonts end in H: .VnTimeH, VnArialH, .VnAvantH
        return TCVN3_CAPS if name.endswith("H") else TCVN3
    return None


def tcvn3_to_unicode(text: str, *, capitals: bool = False) -> str:
    converted = text.translate(_TCVN3_TABLE)
    return converted.upper() if capitals else converted


def vni_to_unicode(text: str) -> str:
    return _VNI_RE.sub(lambda m: _VNI_ALL[m.group(0)], text)


def to_unicode(text: str, encoding: str | None) -> str:
    """Convert text written in a legacy font; NFC-normalised. `encoding` from the font."""
    if encoding == TCVN3:
        text = tcvn3_to_unicode(text)
    elif encoding == TCVN3_CAPS:
        text = tcvn3_to_unicode(text, capitals=True)
    elif encoding == VNI:
        text = vni_to_unicode(text)
    return unicodedata.normalize("NFC", text)


# The inverse conversions: used by tests and the benchmark to make legacy files, and by nobody
# else (the application never writes legacy text).
def unicode_to_tcvn3(text: str) -> str:
    inverse = {letter: chr(byte) for byte, letter in _TCVN3_BYTES.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.lower() in inverse and ch.lower() != ch:
            # No toned capitals in TCVN3: a capital toned letter needs a capital font.
            out.append(inverse[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def unicode_to_vni(text: str) -> str:
    inverse: dict[str, str] = {}
    for sequence, letter in _VNI_ALL.items():
        # Prefer the canonical spelling: mark case follows the base letter's case.
        canonical = len(sequence) == 1 or sequence[-1].isupper() == sequence[0].isupper()
        if canonical and (letter not in inverse or len(sequence) < len(inverse[letter])):
            inverse[letter] = sequence
    for letter in "ìíÌÍ":  # VNI keeps these as the Latin-1 letters they look like
        inverse.pop(letter, None)
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


# --- text that reads like a legacy font, in a cell whose font says nothing --------------------

# Latin-1 letters and signs Vietnamese written in Unicode does not use: in a cell, they are
# the bytes of a legacy font read as Windows-1252 ("Hµ", "Hôïp").
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_STRAY = frozenset(chr(c) for c in range(0xA1, 0x100)) - _VIETNAMESE_LATIN1 - set("°º²³")
STRAY_RE = re.compile("[" + re.escape("".join(sorted(_STRAY))) + "]")
_TONES_NFD = frozenset("\u0300\u0301\u0303\u0309\u0323")
_MIN_LENGTH = 8  # a short cell cannot be told apart from Unicode: never guessed


def _reads_as_vietnamese(text: str) -> bool:
    """No stray legacy byte left, and no word with two tones (TCVN3 read as VNI gives
    "Hụùp")."""
    if STRAY_RE.search(text):
        return False
    for word in unicodedata.normalize("NFD", text).split():
        if sum(ch in _TONES_NFD for ch in word) > 1:
            return False
    return True


def looks_legacy(text: str) -> tuple[str, str] | None:
    """(encoding, Unicode text) when a cell in a Unicode font reads like TCVN3 or VNI text:
    long enough, with stray legacy bytes, and exactly one encoding turning it into
    Vietnamese. None otherwise: the person is offered the conversion, never given it."""
    if len(text) < _MIN_LENGTH or not STRAY_RE.search(text):
        return None
    readings = [
        (encoding, converted)
        for encoding in (TCVN3, VNI)
        if (converted := to_unicode(text, encoding)) != text and _reads_as_vietnamese(converted)
    ]
    return readings[0] if len(readings) == 1 else None
