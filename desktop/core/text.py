"""Vietnamese text: normalisation, diacritic-folding search keys, sort keys, numbers and dates."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

# Tone marks, in the dictionary order of Vietnamese tones after the level tone:
# huyền (grave), hỏi (hook above), ngã (tilde), sắc (acute), nặng (dot below).
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Vowel modifiers that make separate letters: ă (breve), â ê ô (circumflex), ơ ư (horn).
_MODIFIERS = {"\u0306": "\u0306", "\u0302": "\u0302", "\u031b": "\u031b"}

_ALPHABET = [
    "a", "a\u0306", "a\u0302", "b", "c", "d", "đ", "e", "e\u0302", "f", "g", "h", "i", "j",
    "k", "l", "m", "n", "o", "o\u0302", "o\u031b", "p", "q", "r", "s", "t", "u", "u\u031b",
    "v", "w", "x", "y", "z",
]  # fmt: skip
# Ranks are encoded as single characters so that a plain binary string comparison (Python,
# SQLite, PostgreSQL "C" collation) gives Vietnamese order. Digits come before letters.
_LETTER_BASE = 0x40
_RANK = {letter: chr(_LETTER_BASE + i) for i, letter in enumerate(_ALPHABET)}
_SPACE = chr(0x21)
_WHITESPACE = re.compile(r"\s+")


def nfc(text: str | None) -> str:
    """NFC-normalise and trim; collapse inner runs of whitespace. None becomes ''."""
    if text is None:
        return ""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def fold(text: str | None) -> str:
    """Search key: no diacritics, đ -> d, case-folded, single spaces (`Đồng Hới` -> `dong hoi`)."""
    if not text:
        return ""
    if not text.isascii():
        # Vietnamese letters fold through one table lookup each (str.translate runs in C);
        # anything the table does not cover takes the general path.
        folded = unicodedata.normalize("NFC", text).translate(_FOLD_TABLE)
        if not folded.translate(_FOLD_PUNCTUATION).isascii():
            return _fold_general(text)
        text = folded
    return " ".join(text.casefold().split())


def fold_each(texts: Sequence[str | None], then: Mapping[int, str] | None = None) -> list[str]:
    """`fold` of each text, a column at a time; with `then`, each result is translated by it
    and its words single-spaced again (`search.words_of`). One normalisation, one table pass
    and one split and join over the texts joined by NUL (which NFC never composes across, and
    which is no whitespace) instead of several calls per text; the texts the tables do not
    cover, and texts holding a NUL, take the path of one text."""

    def one(text: str | None) -> str:
        folded = fold(text)
        return " ".join(folded.translate(then).split()) if then is not None else folded

    items = ["" if text is None else text for text in texts]
    if not items:
        return []
    joined = "\x00".join(items)
    if joined.count("\x00") != len(items) - 1 or any(t.__class__ is not str for t in items):
        return [one(text) for text in texts]
    odd: dict[int, str] = {}
    if not joined.isascii():
        joined = unicodedata.normalize("NFC", joined).translate(_FOLD_TABLE)
        # One pattern search, not a second table pass over the whole column, to learn
        # whether any text needs the general path.
        if _FOLD_ODD.search(joined):
            parts = joined.split("\x00")
            for index, part in enumerate(parts):
                if _FOLD_ODD.search(part):
                    odd[index] = one(items[index])
                    parts[index] = ""
            joined = "\x00".join(parts)
    joined = joined.casefold()
    if then is not None:
        joined = _translate(joined, then)
    out = single_spaced(joined).split("\x00")
    for index, text in odd.items():
        out[index] = text
    return out


def single_spaced(joined: str) -> str:
    """Texts joined by NUL with each one's runs of whitespace made one space and its ends
    trimmed (NUL is no whitespace to str.split): a split and a join, then at most one space
    beside each NUL to drop, quicker than pattern passes over a long text."""
    return " ".join(joined.split()).replace(" \x00", "\x00").replace("\x00 ", "\x00")


def _translate(text: str, table: Mapping[int, str]) -> str:
    """`text.translate(table)`, quicker for a long text that is ASCII but for a few
    characters the table maps (the dashes and quotes of a column of names): str.translate
    looks every character up one by one unless the text is ASCII, so those few are replaced
    first (each with a C-speed search), and the rest translated on its ASCII fast path."""
    if not text.isascii():
        for code, value in table.items():
            # A replacement holding a character of the table would be translated again.
            if code < 0x80 or value.__class__ is not str or any(ord(c) in table for c in value):
                continue
            text = text.replace(chr(code), value)
    return text.translate(table)


def _fold_general(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _WHITESPACE.sub(" ", stripped.casefold()).strip()


def sort_key(text: str | None) -> str:
    """A string whose binary order is Vietnamese alphabetical order.

    Letters first compare by base letter (a < ă < â < b ... d < đ ...), ignoring tones; only
    when two strings are equal that way do their tones decide (level < huyền < hỏi < ngã < sắc
    < nặng), then the original text makes the order total.
    """
    if not text:
        return ""
    lowered = unicodedata.normalize("NFC", text.lower())
    tones = lowered.translate(_TONE_TABLE)
    if tones.isascii() and not _COMBINING.search(lowered):
        # Every character is in the tables (the usual case): two C-speed lookups.
        return lowered.translate(_LETTER_TABLE) + "\x01" + tones + "\x01" + text
    return _sort_key_general(text)


def _sort_key_general(text: str) -> str:
    letters: list[str] = []
    tones: list[str] = []
    for ch in unicodedata.normalize("NFD", text.lower()):
        if ch in _TONES:
            if tones:
                tones[-1] = chr(0x30 + _TONES[ch])
            continue
        if ch in _MODIFIERS and letters:
            combined = _last_letter_text(letters[-1]) + ch
            if combined in _RANK:
                letters[-1] = _RANK[combined]
            continue
        if unicodedata.combining(ch):
            continue
        if ch in _RANK:
            letters.append(_RANK[ch])
        elif ch.isspace():
            letters.append(_SPACE)
        elif "0" <= ch <= "9":  # not isdigit(): '²' or '٣' are digits that int() refuses
            letters.append(chr(0x22 + int(ch)))
        else:
            letters.append(ch if ord(ch) > 0x7F else chr(0x2C))
        tones.append("0")
    return "".join(letters) + "\x01" + "".join(tones) + "\x01" + text


_INVERSE_RANK = {rank: letter for letter, rank in _RANK.items()}


def _last_letter_text(rank: str) -> str:
    return _INVERSE_RANK.get(rank, "")


_COMBINING = re.compile("[\u0300-\u036f]")
# ASCII, Latin letters with diacritics, and general punctuation (the en dash of
# "Thương mại – dịch vụ", curly quotes).
_LATIN = [*range(0x80), *range(0xA0, 0x250), *range(0x1E00, 0x1F00), *range(0x2000, 0x2070)]


def _tables() -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """Per-character tables equal to the general functions on that character alone, for the
    characters where one character gives one letter (ASCII and precomposed Latin letters)."""
    fold_table: dict[int, str] = {}
    letter_table: dict[int, str] = {}
    tone_table: dict[int, str] = {}
    for code in _LATIN:
        ch = chr(code)
        if unicodedata.combining(ch):
            continue
        folded = _fold_general(ch)
        if code >= 0x80 and len(folded) == 1 and (folded.isascii() or code >= 0x2000):
            fold_table[code] = folded
        if ch != ch.lower():
            continue
        letters, tones, _ = _sort_key_general(ch).split("\x01", 2)
        if len(letters) == 1 and len(tones) == 1:
            letter_table[code] = letters
            tone_table[code] = tones
    fold_table[ord("đ")] = "d"
    fold_table[ord("Đ")] = "D"
    return fold_table, letter_table, tone_table


def _as_list(table: dict[int, str], codes: list[int]) -> list[int | str]:
    """The same table as a list indexed by code point (past its end str.translate leaves a
    character as it is): str.translate looks a list up about three times quicker than a
    dict, character by character. A character not in the table maps to its own code point,
    taken from `codes` (`list(range(n))`), so the three tables share one int per code point
    (str.translate takes a number as the character of that code, as quickly): a character
    string of its own in each table was 1.8 MB for the three."""
    out: list[int | str] = [*codes[: max(table) + 1]]
    for code, value in table.items():
        out[code] = value
    return out


_fold, _letters, _tones = _tables()
_codes = list(range(max(max(_fold), max(_letters), max(_tones)) + 1))
_FOLD_TABLE, _LETTER_TABLE, _TONE_TABLE = (_as_list(t, _codes) for t in (_fold, _letters, _tones))
# Punctuation that folds to itself (dashes, quotes): allowed to remain in a fast-path result.
_FOLD_PUNCTUATION = {ord(c): None for c in _fold.values() if not c.isascii()}
del _fold, _letters, _tones, _codes
# A character outside ASCII and that punctuation: what the tables do not cover.
_FOLD_ODD = re.compile(r"[^\x00-\x7f" + re.escape("".join(map(chr, _FOLD_PUNCTUATION))) + "]")


# --- registration codes -------------------------------------------------------------------

_CODE_RE = re.compile(r"^(\d{10})(?:-(\d{3}))?$")
_CHECK_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def clean_registration_code(code: Any) -> str:
    """A registration code as typed or read from a cell: the spaces and dots people put
    inside removed, the branch suffix kept; a number that lost its leading zero (0100123456
    stored as the number 100123456) gets it back. The one clean-up of codes (fields.py)."""
    if isinstance(code, float) and code.is_integer():
        code = int(code)
    if isinstance(code, int) and not isinstance(code, bool):
        text = str(code)
        return text.zfill(10) if len(text) == 9 else text
    if code is None:
        return ""
    return "".join(nfc(str(code)).split()).replace(".", "")


def is_valid_registration_code_format(code: str) -> bool:
    """10 digits, or 13 with a branch suffix `-xxx`."""
    return bool(_CODE_RE.match(code))


def registration_check_digit_ok(code: str) -> bool:
    """The tax-code check digit on the 10-digit part (weights 31..3, mod 11).

    The rule is not verified against the circular, so callers treat a mismatch as a warning.
    """
    match = _CODE_RE.match(code)
    if not match:
        return False
    digits = [int(c) for c in match.group(1)]
    check = 10 - sum(d * w for d, w in zip(digits, _CHECK_WEIGHTS, strict=False)) % 11
    return check == digits[9]


def make_registration_code(prefix9: str) -> str:
    """Append the check digit to nine digits (the demo data and tests use it)."""
    digits = [int(c) for c in prefix9]
    check = 10 - sum(d * w for d, w in zip(digits, _CHECK_WEIGHTS, strict=True)) % 11
    if check == 10:
        raise ValueError("no valid check digit for this prefix")
    return prefix9 + str(check)


# --- numbers and dates ----------------------------------------------------------------------


def format_int(value: int | float | None) -> str:
    """`1234567` -> `1.234.567` (Vietnamese thousands separator)."""
    if value is None:
        return ""
    return f"{round(value):,}".replace(",", ".")


def format_decimal(value: float | None, places: int = 1) -> str:
    """`1234.5` -> `1.234,5`."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str | None) -> date | None:
    """Parse `dd/mm/yyyy` (also `d/m/yyyy`, `-` or `.`) or ISO `yyyy-mm-dd`; '' -> None.

    Raises ValueError for text that is not a real date.
    """
    text = nfc(text)
    if not text:
        return None
    if match := _DATE_RE.match(text):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if match := _ISO_RE.match(text):
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def parse_int(text: str | int | float | None) -> int | None:
    """Parse a whole number written the Vietnamese way (`1.234.567`, `-12`); '' -> None.

    Raises ValueError on anything else (including a decimal part).
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, int):
        return text
    if isinstance(text, float):
        if not text.is_integer():
            raise ValueError(text)
        return int(text)
    cleaned = nfc(text).replace(" ", "")
    if not cleaned:
        return None
    if re.fullmatch(r"[-+]?\d{1,3}(\.\d{3})+", cleaned) or re.fullmatch(r"[-+]?\d+", cleaned):
        return int(cleaned.replace(".", ""))
    raise ValueError(text)
