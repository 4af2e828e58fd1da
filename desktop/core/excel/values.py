"""Cell values as offices type them: Vietnamese numbers with units, dates as text or as dates.

- Numbers: `.` groups thousands and `,` marks decimals (`1.250` is 1250, `2.500,5` is 2500.5).
  `1.234` in a text cell is ambiguous; offices mean thousands, so that is how it is read.
  `1,250,000` (several commas) and `2.5` (one dot, not three digits after it) are read the
  English way, since they cannot be Vietnamese. `(1.250)` is negative, `-` alone is empty.
- Units come from the header: `Vốn điều lệ (triệu đồng)` multiplies by 1,000,000.
- Dates: real date cells, or text `05/03/2019`, `5/3/2019`, `05-03-2019`, `2019-03-05`, or an
  Excel day number in a date column.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from desktop.core.text import fold, nfc, single_spaced

_SPACES = re.compile(r"[\s\u00a0\u202f]+")
_VN_GROUPED = re.compile(r"[-+]?\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_VN_PLAIN = re.compile(r"[-+]?\d+(?:,\d+)?")
_EN_GROUPED = re.compile(r"[-+]?\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|[-+]?\d{1,3}(?:,\d{3})+\.\d+")
_EN_DECIMAL = re.compile(r"[-+]?\d*\.\d+")
# Whole numbers written plainly or with "." grouping thousands (ASCII digits only).
_WHOLE_TEXT = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]+")
_EMPTY_MARKS = {"-", "--", "—", "–", "x", "/"}
_CURRENCY = re.compile(r"(?:đồng|đ|vnđ|vnd|₫)$", re.IGNORECASE)
_CURRENCY_ENDS = frozenset("dDgGđĐ₫")


def parse_decimal(value: Any) -> Decimal | None:
    """A number from a cell: int/float as they are, text the Vietnamese way. '' -> None.

    Raises ValueError when the text is not a number.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(value)
        return Decimal(repr(value))
    if isinstance(value, date):
        raise ValueError(value)
    # _SPACES.sub("", nfc(...)): str.split knows the same whitespace, quicker.
    text = "".join(unicodedata.normalize("NFC", str(value)).split())
    if text[-1:] in _CURRENCY_ENDS:  # what a currency word can end with, any case
        text = _CURRENCY.sub("", text)
    if not text or text in _EMPTY_MARKS:
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if _VN_GROUPED.fullmatch(text):
        number = text.replace(".", "").replace(",", ".")
    elif _VN_PLAIN.fullmatch(text):
        number = text.replace(",", ".")
    elif _EN_GROUPED.fullmatch(text):
        number = text.replace(",", "")
    elif _EN_DECIMAL.fullmatch(text):
        number = text
    else:
        raise ValueError(value)
    try:
        result = Decimal(number)
    except InvalidOperation as exc:
        raise ValueError(value) from exc
    return -result if negative else result


def to_whole(value: Any, unit: int = 1, *, integral: bool = False) -> int | None:
    """A number times its unit, rounded to a whole number (money in đồng).

    With `integral`, a fractional number is an error (a count of members cannot be 12,5).
    """
    # Whole numbers as most cells hold them (an int, or text such as "12.345"): the same
    # result as the general path below, without building a Decimal.
    if value.__class__ is int:
        return value * unit
    if value.__class__ is str and _WHOLE_TEXT.fullmatch(value):
        return int(value.replace(".", "")) * unit
    number = parse_decimal(value)
    if number is None:
        return None
    scaled = number * unit
    if integral and scaled != scaled.to_integral_value():
        raise ValueError(value)
    return int(scaled.to_integral_value())


# --- units ------------------------------------------------------------------------------------

# Folded unit words -> multiplier to đồng; longest first.
UNITS: list[tuple[str, int]] = [
    ("ty dong", 1_000_000_000),
    ("ty d", 1_000_000_000),
    ("ty", 1_000_000_000),
    ("trieu dong", 1_000_000),
    ("trieu d", 1_000_000),
    ("tr dong", 1_000_000),
    ("trd", 1_000_000),
    ("tr d", 1_000_000),
    ("trieu", 1_000_000),
    ("nghin dong", 1_000),
    ("ngan dong", 1_000),
    ("1000 dong", 1_000),
    ("1 000 dong", 1_000),
    ("nghin d", 1_000),
    ("ngan d", 1_000),
    ("dong", 1),
    ("vnd", 1),
    ("d", 1),
]
_UNIT_WORDS = {words: unit for words, unit in UNITS}


def unit_of_header(header: str) -> int | None:
    """The money unit a header names in parentheses or after a comma, or None.

    `Vốn điều lệ (triệu đồng)` -> 1,000,000; `Thu nhập BQ (tr.đ/người/tháng)` -> 1,000,000.
    """
    folded = fold(header)
    candidates = re.findall(r"\(([^)]*)\)", folded)
    if "," in folded:
        candidates.append(folded.rsplit(",", 1)[1])
    candidates.append(folded)
    for text in candidates:
        words = re.sub(r"[^a-z0-9]+", " ", text.split("/")[0]).strip()
        if words in _UNIT_WORDS:
            return _UNIT_WORDS[words]
        for unit_words, unit in UNITS:
            if len(unit_words) > 2 and re.search(rf"(?:^| ){unit_words}(?: |$)", words):
                return unit
    return None


def unit_label(unit: int) -> str:
    return {1: "đồng", 1_000: "nghìn đồng", 1_000_000: "triệu đồng", 1_000_000_000: "tỷ đồng"}.get(
        unit, str(unit)
    )


# --- dates ------------------------------------------------------------------------------------

_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})")
_YMD = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_EXCEL_EPOCH = date(1899, 12, 30)


def parse_cell_date(value: Any) -> date | None:
    """A date from a cell; raises ValueError for anything that is not a real date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 80_000 and float(value).is_integer():
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(value)
    text = _SPACES.sub(" ", nfc(str(value))).strip()
    if not text or text in _EMPTY_MARKS:
        return None
    text = re.sub(r"^(?:ngày|ngay)\s*", "", text, flags=re.IGNORECASE)
    if match := _DMY.fullmatch(text):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    if match := _YMD.fullmatch(text):
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    if match := re.fullmatch(
        r"(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})", text, flags=re.IGNORECASE
    ):
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(value)


def squash(text: str) -> str:
    """`nfc` of a str, quicker: NFC, inner runs of whitespace made one space, trimmed
    (`str.split` and the pattern `\\s` know the same whitespace)."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def squash_all(texts: list[str]) -> list[str]:
    """`squash` of each text, a column at a time: one NFC pass and one split and join over
    the texts joined by NUL (which NFC never composes across, and which is no whitespace)
    instead of three calls per cell. Texts holding a NUL themselves take the cell path."""
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:
        return [squash(text) for text in texts]
    out = single_spaced(unicodedata.normalize("NFC", joined)).split("\x00")
    return out if texts else []


def cell_text(value: Any) -> str:
    """A cell as text: numbers without a spurious `.0`, dates as dd/mm/yyyy."""
    if value.__class__ is str:
        return squash(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return nfc(str(value))
