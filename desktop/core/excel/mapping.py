"""Which row is the header and which column holds which field.

Offices' lists put title rows above the header ("UBND HUYỆN ...", "DANH SÁCH HỢP TÁC XÃ ..."),
sometimes a second header row under merged group headings ("Thành viên" over "Tổng số",
"Chính thức"), and often a row of column numbers (1), (2)... under it. The header row is the
one whose cells name the most known fields; the words are compared folded (no diacritics, no
case), without units in parentheses and without years, so "Số TV năm 2024" is `members` for
2024 and "Vốn điều lệ (triệu đồng)" is `charter_capital` in millions of đồng.

What a person corrects in the wizard can be saved: the header's words then map to the chosen
field in every later file of this installation (`setting` table, key `excel.import.aliases`).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection

from desktop.core import fields, settings
from desktop.core.excel.reader import Sheet, column_letter
from desktop.core.excel.values import cell_text, unit_of_header
from desktop.core.i18n import translate
from desktop.core.registry import COUNT_FIELDS, INDICATOR_FIELDS, MONEY_FIELDS, field_labels
from desktop.core.text import fold

ALIASES_KEY = "excel.import.aliases"
VALUES_KEY = "excel.import.values"

# Targets besides the registry's own fields.
YEAR = "year"  # the year of the row's figures (one row per cooperative and year)
PROVINCE = "_province"  # names of the administrative units, resolved to `area_code`
DISTRICT = "_district"
COMMUNE = "_commune"
ROW_NUMBER = "_stt"  # STT: recognised so that it is not mistaken for data, then ignored
# Every cooperative field a sheet can give (fields.py), the unit names beside the area code.
COOP_TARGETS = tuple(
    name
    for f in fields.COOPERATIVE
    if f.synonyms
    for name in ((f.name, PROVINCE, DISTRICT, COMMUNE) if f.kind == "area" else (f.name,))
)
TARGETS = (*COOP_TARGETS, YEAR, *INDICATOR_FIELDS)

# Header words (folded, without units and years) -> field. Exact matches first; otherwise the
# longest of these found as whole words inside the header.
# Header words of the import-only targets; each field's own are declared in fields.py.
SYNONYMS: dict[str, tuple[str, ...]] = {
    ROW_NUMBER: ("stt", "tt", "so tt", "so thu tu", "thu tu"),
    PROVINCE: ("tinh", "tinh thanh pho", "tinh tp", "tinh thanh"),
    DISTRICT: (
        "huyen", "quan huyen", "huyen thi xa thanh pho", "huyen thi xa", "huyen thi",
        "quan huyen thi xa", "huyen tp", "dia ban huyen",
    ),
    COMMUNE: (
        "xa", "xa phuong", "xa phuong thi tran", "phuong xa", "xa thi tran", "dia ban xa",
        "xa phuong tt", "dia ban", "xa dia ban", "xa phuong dac khu",
    ),
    YEAR: ("nam", "nam so lieu", "nam bao cao", "so lieu nam"),
    **{f.name: f.synonyms for f in (*fields.COOPERATIVE, *fields.INDICATOR) if f.synonyms},
}  # fmt: skip
_EXACT = {words: target for target, all_words in SYNONYMS.items() for words in all_words}
# Inside a longer header, only distinctive phrases count (not `tt`, `dt`, `ten`, `von`...).
_CONTAINED = sorted(
    ((w, t) for w, t in _EXACT.items() if " " in w and len(w) >= 5),
    key=lambda item: -len(item[0]),
)
_YEAR_RE = re.compile(r"\b(?:nam\s*)?((?:19|20)\d\d)\b")
_PARENS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_HEADER_SCAN_ROWS = 40


def header_key(text: str) -> str:
    """The words of a header that decide its field: folded, no units, no years."""
    folded = _PARENS.sub(" ", fold(text))
    folded = _YEAR_RE.sub(" ", folded)
    return _NON_WORD.sub(" ", folded).strip()


def header_year(text: str) -> int | None:
    match = _YEAR_RE.search(fold(text))
    return int(match.group(1)) if match else None


def target_for(text: str, aliases: dict[str, Any] | None = None) -> str | None:
    key = header_key(text)
    if not key:
        return None
    if aliases and key in aliases:
        return aliases[key].get("field")
    if key in _EXACT:
        return _EXACT[key]
    padded = f" {key} "
    for words, target in _CONTAINED:
        if f" {words} " in padded:
            return target
    return None


def target_labels() -> dict[str, str]:
    """Vietnamese names of every target, for the wizard and messages."""
    labels = field_labels()
    out = {name: labels.get(name, name) for name in TARGETS}
    out.update(
        {
            "area_code": translate("Excel", "Mã địa bàn (mã xã/huyện)"),
            PROVINCE: translate("Excel", "Tỉnh / thành phố"),
            DISTRICT: translate("Excel", "Quận / huyện"),
            COMMUNE: translate("Excel", "Xã / phường / thị trấn"),
            YEAR: translate("Excel", "Năm số liệu"),
            "charter_capital": translate("Excel", "Vốn điều lệ"),
            "assets": translate("Excel", "Tổng tài sản"),
            "revenue": translate("Excel", "Doanh thu"),
            "profit": translate("Excel", "Lợi nhuận"),
            "average_income": translate("Excel", "Thu nhập bình quân (người/tháng)"),
        }
    )
    return out


@dataclass
class ColumnMap:
    """One column: its header and what it holds (`field` None: ignored)."""

    column: int  # 0-based
    header: str
    field: str | None
    year: int | None = None  # for figures: the year named in the header
    unit: int = 1  # for money: multiplier to đồng

    @property
    def letter(self) -> str:
        return column_letter(self.column)


@dataclass
class Layout:
    header_row: int  # 0-based index of the header's first row
    header_rows: int  # 1, or 2 with a row of sub-headings
    first_data_row: int  # 0-based
    columns: list[ColumnMap] = field(default_factory=list)
    title_year: int | None = None  # a year named in the title rows ("... NĂM 2024")

    def by_field(self) -> dict[str, list[ColumnMap]]:
        out: dict[str, list[ColumnMap]] = {}
        for col in self.columns:
            if col.field and col.field != ROW_NUMBER:
                out.setdefault(col.field, []).append(col)
        return out

    def figure_columns(self) -> list[ColumnMap]:
        return [c for c in self.columns if c.field in INDICATOR_FIELDS]

    def needs_year(self) -> bool:
        """Whether figures without a year in their header or a year column are present."""
        if YEAR in self.by_field():
            return False
        return any(c.year is None for c in self.figure_columns())

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _row_texts(sheet: Sheet, row: int, width: int) -> list[str]:
    return [cell_text(sheet.value(row, c)) for c in range(width)]


def _filled_across(sheet: Sheet, row: int, width: int) -> list[str]:
    """Row texts with horizontally merged cells repeated over their whole range."""
    texts = _row_texts(sheet, row, width)
    for r0, c0, r1, c1 in sheet.merged:
        if r0 <= row <= r1 and c1 > c0:
            source = cell_text(sheet.value(r0, c0))
            for c in range(c0, min(c1, width - 1) + 1):
                texts[c] = source
    return texts


def _score(texts: list[str]) -> int:
    found = {target_for(t) for t in texts if t}
    found.discard(None)
    found.discard(ROW_NUMBER)
    return len(found)


def _is_numbering_row(texts: list[str]) -> bool:
    """A row of column numbers under the header: 1 2 3 ... or (1) (2) (3) ..."""
    values = [t.strip("() ") for t in texts if t]
    if len(values) < 3:
        return False
    if not all(v.isdigit() for v in values):
        return False
    numbers = [int(v) for v in values]
    return numbers == sorted(numbers) and numbers[0] <= 2 and len(set(numbers)) == len(numbers)


def _looks_like_subheader(texts: list[str]) -> bool:
    values = [t for t in texts if t]
    if len(values) < 2:
        return False
    return not any(re.fullmatch(r"[\d.,\s/()-]+", v) for v in values)


def detect_layout(sheet: Sheet, aliases: dict[str, Any] | None = None) -> Layout:
    """Find the header row(s) and propose a field for every column."""
    width = sheet.width
    best: tuple[int, int, int, list[str]] | None = None  # score, -rows, row, texts
    for row in range(min(_HEADER_SCAN_ROWS, len(sheet.rows))):
        single = _filled_across(sheet, row, width)
        candidates = [(_score(single) + _alias_score(single, aliases), 1, single)]
        below = _row_texts(sheet, row + 1, width) if row + 1 < len(sheet.rows) else []
        if below and _looks_like_subheader(below):
            combined = [
                f"{top} {bottom}".strip() if bottom and bottom != top else top
                for top, bottom in zip(single, below, strict=True)
            ]
            candidates.append((_score(combined) + _alias_score(combined, aliases), 2, combined))
        for score, rows, texts in candidates:
            key = (score, -rows)
            if best is None or key > (best[0], best[1]):
                best = (score, -rows, row, texts)
    if best is None or best[0] < 2:
        from desktop.core.errors import KnownError

        raise KnownError(
            translate(
                "Excel",
                "Không tìm thấy dòng tiêu đề cột trong trang “{sheet}”: cần có các cột như "
                "“Mã số HTX”, “Tên HTX”. Hãy kiểm tra trang tính đã chọn.",
            ).format(sheet=sheet.name)
        )
    _score_value, neg_rows, header_row, texts = best
    header_rows = -neg_rows
    first_data = header_row + header_rows
    while first_data < len(sheet.rows) and _is_numbering_row(_row_texts(sheet, first_data, width)):
        first_data += 1
    layout = Layout(header_row, header_rows, first_data, title_year=_title_year(sheet, header_row))
    layout.columns = propose_columns(texts, aliases)
    return layout


def _alias_score(texts: list[str], aliases: dict[str, Any] | None) -> int:
    if not aliases:
        return 0
    return sum(1 for t in texts if t and header_key(t) in aliases)


def _title_year(sheet: Sheet, header_row: int) -> int | None:
    for row in range(header_row):
        for value in sheet.rows[row] if row < len(sheet.rows) else []:
            if isinstance(value, str) and (year := header_year(value)):
                return year
    return None


def propose_columns(texts: list[str], aliases: dict[str, Any] | None = None) -> list[ColumnMap]:
    columns: list[ColumnMap] = []
    taken: set[tuple[str, int | None]] = set()
    for index, text in enumerate(texts):
        target = target_for(text, aliases) if text else None
        year = header_year(text) if target in INDICATOR_FIELDS else None
        if target is not None and target != ROW_NUMBER:
            if (target, year) in taken:
                target = None  # the first column naming a field wins; the user may change it
            else:
                taken.add((target, year))
        unit = 1
        if target in MONEY_FIELDS:
            saved = (aliases or {}).get(header_key(text), {}).get("unit")
            unit = unit_of_header(text) or saved or 1
        columns.append(ColumnMap(index, text, target, year, unit))
    return columns


def load_aliases(conn: Connection) -> dict[str, Any]:
    return settings.get(conn, ALIASES_KEY, {}) or {}


def save_aliases(conn: Connection, columns: list[ColumnMap]) -> int:
    """Remember the header -> field choices that differ from what would be proposed."""
    aliases = load_aliases(conn)
    saved = 0
    for col in columns:
        key = header_key(col.header)
        if not key:
            continue
        proposed = target_for(col.header)
        unit_proposed = unit_of_header(col.header) or 1
        if col.field != proposed or (col.field in MONEY_FIELDS and col.unit != unit_proposed):
            aliases[key] = {"field": col.field, "unit": col.unit}
            saved += 1
        elif key in aliases:
            del aliases[key]
    settings.put(conn, ALIASES_KEY, aliases)
    return saved


def load_values(conn: Connection) -> dict[str, dict[str, str]]:
    """What this office said values mean: field -> folded words of the value -> code."""
    stored = settings.get(conn, VALUES_KEY, {}) or {}
    return {name: dict(table) for name, table in stored.items() if isinstance(table, dict)}


def save_values(conn: Connection, values: dict[str, dict[str, str]]) -> int:
    """Remember value meanings (`{field: {value as written: code}}`) for later imports."""
    stored = load_values(conn)
    saved = 0
    for name, table in values.items():
        for text, code in table.items():
            key = fields.words(text)
            if key and code:
                stored.setdefault(name, {})[key] = code
                saved += 1
    settings.put(conn, VALUES_KEY, stored)
    return saved


def is_count(name: str) -> bool:
    return name in COUNT_FIELDS


def parse_overrides(pairs: list[str], layout: Layout) -> None:
    """`C=name`, `D=revenue:2024`, `E=-` (ignore) from the command line, applied in place."""
    from desktop.core.errors import KnownError

    letters = {col.letter: col for col in layout.columns}
    for pair in pairs:
        letter, sep, target = pair.partition("=")
        letter = letter.strip().upper()
        target, _, year = target.strip().partition(":")
        if not sep or letter not in letters:
            raise KnownError(
                translate("Excel", "“{pair}” không đúng dạng CỘT=trường (ví dụ C=name).").format(
                    pair=pair
                )
            )
        col = letters[letter]
        if target in ("", "-"):
            col.field = None
            continue
        if target not in TARGETS:
            raise KnownError(
                translate("Excel", "Không có trường “{field}”. Các trường: {fields}.").format(
                    field=target, fields=", ".join(TARGETS)
                )
            )
        col.field = target
        if year:
            try:
                col.year = int(year)
            except ValueError as exc:
                raise KnownError(
                    translate("Excel", "Năm “{year}” không hợp lệ.").format(year=year)
                ) from exc
        if target in MONEY_FIELDS:
            col.unit = unit_of_header(col.header) or col.unit or 1
