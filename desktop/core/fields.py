"""Each field of a cooperative and of its yearly figures, described once.

A `Field` says what the field is called (its label), what kind of value it holds, which values
are allowed and how people write them (`Matcher`), the words a spreadsheet header uses for it
(`synonyms`, compared folded: no diacritics, no case, no punctuation) and how it is exported.
The form, the registry's validation, the Excel import (column mapping, values, preview), the
Excel export and the history read these declarations; adding a field is one declaration here
plus its column (a migration).

Rules that more than one place applies live here too: the years yearly figures may carry
(`year_bounds`, `check_year`) and the clean-up of a registration code (`clean_code`).
"""

from __future__ import annotations

import functools
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from desktop.core import vocab
from desktop.core.i18n import translate
from desktop.core.text import clean_registration_code, fold

Kind = Literal[
    "code", "text", "choice", "sector", "area", "scheme", "phone", "email", "date", "notes",
    "count", "money",
]  # fmt: skip

# --- the allowed years of yearly figures ---------------------------------------------------

FIRST_YEAR = 1990  # the registry starts long before; figures before this are not kept


def year_bounds(today: date | None = None) -> tuple[int, int]:
    """(first, last) year yearly figures may carry: from 1990 to next year (plans)."""
    return FIRST_YEAR, (today or _today()).year + 1


_today_seen: tuple[float, date] = (-1e9, date.min)


def _today() -> date:
    """`date.today()`, asked of the system at most once a second (bulk checks ask for
    every row)."""
    global _today_seen
    now = time.monotonic()
    if now - _today_seen[0] > 1.0:
        _today_seen = (now, date.today())
    return _today_seen[1]


def check_year(value: Any, today: date | None = None) -> int | None:
    """The year in `value` (2024, 2024.0, "2024", "Năm 2024") when allowed, else None."""
    if value.__class__ is not int:
        if isinstance(value, bool):
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        elif not isinstance(value, int):
            match = re.fullmatch(r"(?:nam\s*)?(\d{4})", fold(str(value or "")).strip())
            if not match:
                return None
            value = int(match.group(1))
    low, high = year_bounds(today)
    return value if low <= value <= high else None


# --- registration codes ----------------------------------------------------------------------


clean_code = clean_registration_code  # one clean-up of codes, for typed text and cells


# --- values as people write them -------------------------------------------------------------

_NON_WORD = re.compile(r"[^a-z0-9]+")
# Usual abbreviations in offices' lists, expanded word by word before matching.
ABBREVIATIONS: dict[str, str] = {
    "hd": "hoat dong", "htx": "hop tac xa", "lhhtx": "lien hiep hop tac xa",
    "qtdnd": "quy tin dung nhan dan", "qtd": "quy tin dung", "nhhtx": "ngan hang hop tac xa",
    "tht": "to hop tac", "tm": "thuong mai", "dv": "dich vu", "cn": "cong nghiep",
    "ttcn": "tieu thu cong nghiep", "nn": "nong nghiep", "xd": "xay dung",
    "gtvt": "giao thong van tai", "vt": "van tai", "gcn": "giay chung nhan",
    "kd": "kinh doanh", "sxkd": "san xuat kinh doanh", "mt": "moi truong", "tn": "tam ngung",
    "hdqt": "hoi dong quan tri", "ctr": "chu tich",
}  # fmt: skip


def words(text: Any) -> str:
    """Folded words: no diacritics, no case, punctuation as spaces ("Ngừng HĐ / chờ giải thể"
    -> "ngung hd cho giai the")."""
    return _NON_WORD.sub(" ", fold(str(text))).strip()


def _expanded(key: str) -> str:
    return " ".join(ABBREVIATIONS.get(w, w) for w in key.split())


class Matcher:
    """The code for a value as people write it: the code itself or its label, whatever the
    case, punctuation, missing diacritics, word order or usual abbreviations ("Đang HĐ",
    "Ngừng hoạt động, chờ giải thể", "Nông, lâm, thủy sản"), or another usual wording
    declared with the field. No guessing beyond that: what does not match is None, and the
    person says what it means (remembered per office)."""

    def __init__(self, table: Mapping[str, str], wordings: Mapping[str, str] | None = None) -> None:
        self.table = dict(table)
        self._exact: dict[str, str] = {}
        self._keys: dict[str, str] = {}
        self._sorted: dict[str, str | None] = {}
        for code, label in self.table.items():
            for text in (code, label):
                self._exact.setdefault(fold(text), code)
                self._add(words(text), code)
        for text, code in (wordings or {}).items():
            if code in self.table:
                self._add(words(text), code)
        self._exact.pop("", None)
        self._cache: dict[str, str | None] = {}

    def _add(self, key: str, code: str) -> None:
        for variant in (key, _expanded(key)):
            if not variant:
                continue
            self._keys.setdefault(variant, code)
            tokens = " ".join(sorted(variant.split()))
            if self._sorted.get(tokens, code) != code:
                self._sorted[tokens] = None  # two codes with the same words: no match by order
            else:
                self._sorted[tokens] = code

    def match(self, given: Any) -> str | None:
        if given is None:
            return None
        text = given if given.__class__ is str else str(given)
        try:
            return self._cache[text]
        except KeyError:
            pass
        code = self._exact.get(fold(text))
        if code is None:
            key = words(text)
            code = self._keys.get(key)
            if code is None and key:
                expanded = _expanded(key)
                code = self._keys.get(expanded) or self._sorted.get(
                    " ".join(sorted(expanded.split()))
                )
        self._cache[text] = code
        return code

    def labels(self) -> str:
        return "; ".join(self.table.values())


# --- the declarations --------------------------------------------------------------------------


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label: Callable[[], str]
    synonyms: tuple[str, ...] = ()  # header words, folded (see mapping.header_key)
    choices: Callable[[], dict[str, str]] | None = None  # fixed vocabulary: code -> label
    wordings: Mapping[str, str] = field(default_factory=dict)  # other usual words -> code
    default: str | None = None
    export_width: int | None = None  # a column of the cooperative list export (None: none)

    def matcher(self, table: Mapping[str, str] | None = None) -> Matcher:
        """The matcher of a choice field (`table` for a lookup kept in the database)."""
        return Matcher(table if table is not None else (self.choices or dict)(), self.wordings)

    def describe(self, value: Any, table: Mapping[str, str] | None = None) -> str:
        """A stored value as people read it (the label of a code)."""
        if value is None:
            return ""
        source = table if table is not None else (self.choices() if self.choices else None)
        if source is not None:
            return source.get(str(value), str(value))
        return str(value)


COOPERATIVE: tuple[Field, ...] = (
    Field("registration_code", "code", lambda: translate("Registry", "Mã số HTX"), (
        "ma so htx", "ma so", "ma so thue", "mst", "ma so doanh nghiep", "ma htx",
        "ma so dang ky", "so dang ky", "ma so dkkd", "so dkkd", "so gcn dkkd", "ma so thue htx",
        "ma so hop tac xa", "ma so dang ky htx", "ma so dn", "so giay chung nhan dang ky",
        "so giay chung nhan dang ky hop tac xa", "ma so thue ma so htx", "ma so htx ma so thue",
        "so gcn", "so gcndkkd", "so giay cndkkd", "ma so dang ky kinh doanh",
    ), export_width=14),
    Field("name", "text", lambda: translate("Registry", "Tên"), (
        "ten htx", "ten hop tac xa", "ten", "ten don vi", "ten to hop tac", "ten htx tht",
        "ten hop tac xa to hop tac", "ten lien hiep htx", "ten htx lhhtx", "ten to chuc",
        "ten tht", "ho ten htx", "ten goi", "ten htx qtdnd",
    ), export_width=42),
    Field("entity_type", "choice", lambda: translate("Registry", "Loại hình"), (
        "loai hinh", "loai hinh to chuc", "loai hinh htx", "loai", "loai hinh kinh te tap the",
    ), vocab.entity_types, {
        "lien hiep htx": "LHHTX", "quy tin dung": "QTDND", "qtd": "QTDND",
        "to hop tac": "THT", "ngan hang htx": "NHHTX",
    }, default="HTX", export_width=16),
    Field("sector", "sector", lambda: translate("Registry", "Lĩnh vực"), (
        "linh vuc", "linh vuc hoat dong", "nganh nghe", "nganh", "linh vuc nganh nghe",
        "nganh nghe chinh", "linh vuc kinh doanh", "nganh nghe kinh doanh",
        "nganh nghe kinh doanh chinh", "linh vuc hoat dong chinh", "nganh nghe sxkd",
    ), wordings={
        "nong lam ngu nghiep": "agri", "nong lam thuy san": "agri", "thuy san": "agri",
        "lam nghiep": "agri", "diem muoi": "agri", "ngu nghiep": "agri", "nong nghiep": "agri",
        "dich vu nong nghiep": "agri", "san xuat nong nghiep": "agri",
        "cong nghiep": "industry", "cn ttcn": "industry", "cong nghiep ttcn": "industry",
        "tieu thu cong nghiep": "industry", "ttcn": "industry", "tieu thu cong": "industry",
        "thuong mai": "trade", "dich vu": "trade", "thuong mai dich vu": "trade",
        "tm dv": "trade", "giao thong": "transport", "van tai": "transport",
        "gtvt": "transport", "tin dung": "credit", "qtdnd": "credit", "xay dung": "construction",
        "ve sinh moi truong": "environment", "moi truong": "environment", "dien": "power",
        "dien nang": "power", "khac": "other", "linh vuc khac": "other",
    }, export_width=22),
    Field("status", "choice", lambda: translate("Registry", "Tình trạng"), (
        "tinh trang", "tinh trang hoat dong", "trang thai", "trang thai hoat dong",
        "tinh hinh hoat dong",
    ), vocab.statuses, {
        "hoat dong": "active", "dang hd": "active", "con hoat dong": "active",
        "binh thuong": "active", "hoat dong binh thuong": "active", "dang hoat dong": "active",
        "tam ngung": "suspended", "tam ngung hoat dong": "suspended", "tam dung": "suspended",
        "tam ngung kinh doanh": "suspended", "tam dung hoat dong": "suspended",
        "ngung hoat dong": "stopping", "cho giai the": "stopping",
        "ngung hoat dong cho giai the": "stopping",
        "ngung hoat dong dang cho giai the": "stopping",
        "giai the": "dissolved", "da giai the": "dissolved",
        "thu hoi gcn": "revoked", "bi thu hoi": "revoked", "thu hoi": "revoked",
        "bi thu hoi giay chung nhan": "revoked", "da thu hoi gcn": "revoked",
    }, default="active", export_width=18),
    Field("governance", "choice", lambda: translate("Registry", "Mô hình quản trị"), (
        "mo hinh quan tri", "mo hinh to chuc quan tri", "mo hinh",
    ), vocab.governance_models, {"day du": "full", "rut gon": "reduced"}, export_width=12),
    Field("area_scheme", "scheme", lambda: translate("Registry", "Hệ thống địa giới")),
    Field("area_code", "area", lambda: translate("Registry", "Địa bàn"), (
        "ma dia ban", "ma xa", "ma don vi hanh chinh", "ma dvhc", "ma xa phuong",
    ), export_width=10),
    Field("address", "text", lambda: translate("Registry", "Địa chỉ"), (
        "dia chi", "dia chi tru so", "tru so", "tru so chinh", "dia chi tru so chinh",
        "dia chi lien he", "noi dat tru so",
    ), export_width=34),
    Field("representative", "text",
          lambda: translate("Registry", "Người đại diện theo pháp luật"), (
        "nguoi dai dien", "nguoi dai dien theo phap luat", "ho ten nguoi dai dien",
        "ho va ten nguoi dai dien", "dai dien", "nguoi dai dien phap luat", "ho ten giam doc",
        "giam doc", "chu tich hdqt", "ho ten chu tich hdqt giam doc",
        "nguoi dai dien theo phap luat cua htx",
    ), export_width=24),
    Field("representative_title", "text", lambda: translate("Registry", "Chức danh"), (
        "chuc danh", "chuc vu", "chuc vu nguoi dai dien", "chuc danh nguoi dai dien",
    ), export_width=18),
    Field("phone", "phone", lambda: translate("Registry", "Điện thoại"), (
        "dien thoai", "so dien thoai", "sdt", "dt", "dien thoai lien he", "so dt", "dtdd",
    ), export_width=14),
    Field("email", "email", lambda: translate("Registry", "Thư điện tử"), (
        "email", "e mail", "thu dien tu", "dia chi email", "dia chi thu dien tu",
    ), export_width=22),
    Field("founded_on", "date", lambda: translate("Registry", "Ngày thành lập"), (
        "ngay thanh lap", "thanh lap", "ngay thanh lap htx",
    ), export_width=12),
    Field("registered_on", "date", lambda: translate("Registry", "Ngày đăng ký"), (
        "ngay dang ky", "ngay cap", "ngay cap gcn", "ngay cap dkkd", "ngay dang ky lan dau",
        "ngay cap giay chung nhan", "ngay cap giay chung nhan dang ky", "ngay dkkd",
        "ngay cap gcndkkd", "ngay cap gcn dkkd", "ngay cap giay cndkkd", "ngay cap ma so thue",
    ), export_width=12),
    Field("notes", "notes", lambda: translate("Registry", "Ghi chú"), (
        "ghi chu", "ghi chu khac",
    ), export_width=24),
)  # fmt: skip

INDICATOR: tuple[Field, ...] = (
    Field("members", "count", lambda: translate("Registry", "Tổng số thành viên"), (
        "so thanh vien", "tong so thanh vien", "thanh vien", "so tv", "tv", "tong so tv",
        "thanh vien tong so", "tong thanh vien", "so luong thanh vien", "tong so thanh vien htx",
    ), export_width=12),
    Field("members_official", "count", lambda: translate("Registry", "Thành viên chính thức"), (
        "thanh vien chinh thuc", "tv chinh thuc", "so thanh vien chinh thuc", "chinh thuc",
        "thanh vien chinh thuc tong so",
    )),
    Field("members_associate", "count",
          lambda: translate("Registry", "Thành viên liên kết góp vốn"), (
        "thanh vien lien ket", "thanh vien lien ket gop von", "tv lien ket",
        "so thanh vien lien ket", "lien ket", "lien ket gop von",
    )),
    Field("members_individual", "count", lambda: translate("Registry", "Thành viên là cá nhân"),
          ("thanh vien la ca nhan", "ca nhan", "tv ca nhan")),
    Field("members_household", "count",
          lambda: translate("Registry", "Thành viên là hộ gia đình"),
          ("thanh vien la ho gia dinh", "ho gia dinh", "tv ho gia dinh")),
    Field("members_legal", "count", lambda: translate("Registry", "Thành viên là pháp nhân"),
          ("thanh vien la phap nhan", "phap nhan", "tv phap nhan")),
    Field("workers", "count", lambda: translate("Registry", "Tổng số lao động"), (
        "so lao dong", "tong so lao dong", "lao dong", "so ld", "ld", "lao dong tong so",
        "tong lao dong", "so luong lao dong",
    ), export_width=12),
    Field("workers_regular", "count", lambda: translate("Registry", "Lao động thường xuyên"), (
        "lao dong thuong xuyen", "ld thuong xuyen", "so lao dong thuong xuyen", "thuong xuyen",
    )),
    Field("workers_members", "count", lambda: translate("Registry", "Lao động là thành viên"), (
        "lao dong la thanh vien", "ld la thanh vien", "trong do la thanh vien",
        "lao dong la thanh vien htx",
    )),
    Field("charter_capital", "money", lambda: translate("Registry", "Vốn điều lệ (đồng)"), (
        "von dieu le", "von dl", "von gop", "von", "tong von dieu le", "von dieu le dang ky",
    ), export_width=18),
    Field("assets", "money", lambda: translate("Registry", "Tổng tài sản (đồng)"), (
        "tong tai san", "tai san", "tong gia tri tai san", "gia tri tai san",
    )),
    Field("revenue", "money", lambda: translate("Registry", "Doanh thu (đồng)"), (
        "doanh thu", "tong doanh thu", "dt nam", "doanh thu nam",
    ), export_width=18),
    Field("profit", "money", lambda: translate("Registry", "Lợi nhuận (đồng)"), (
        "loi nhuan", "lai", "lai lo", "loi nhuan truoc thue", "loi nhuan sau thue",
        "tong loi nhuan",
    )),
    Field("average_income", "money",
          lambda: translate("Registry", "Thu nhập bình quân (đồng/người/tháng)"), (
        "thu nhap binh quan", "thu nhap bq", "tnbq", "thu nhap binh quan lao dong",
        "thu nhap binh quan cua lao dong", "thu nhap binh quan nguoi lao dong",
        "thu nhap binh quan thang", "thu nhap",
    )),
    Field("size_class", "choice", lambda: translate("Registry", "Quy mô"),
          ("quy mo", "quy mo htx", "phan loai quy mo"), vocab.size_classes,
          {"sieu nho": "micro", "nho va vua": "small"}),
    Field("classification", "choice", lambda: translate("Registry", "Xếp loại"),
          ("xep loai", "phan loai", "ket qua xep loai", "xep loai htx"), vocab.classifications,
          {"tb": "average", "kxl": "unrated", "chua xep loai": "unrated", "kha": "fair"}),
)  # fmt: skip

BY_NAME: dict[str, Field] = {f.name: f for f in (*COOPERATIVE, *INDICATOR)}


def names(fields: Iterable[Field], *kinds: Kind) -> tuple[str, ...]:
    return tuple(f.name for f in fields if not kinds or f.kind in kinds)


def labels() -> dict[str, str]:
    """Every field's label (in the interface's language)."""
    return {f.name: f.label() for f in (*COOPERATIVE, *INDICATOR)}


def choice_tables(sectors: Mapping[str, str] | None = None) -> dict[str, dict[str, str]]:
    """code -> label of every choice field (`sectors`: the lookup kept in the database)."""
    out = {f.name: f.choices() for f in BY_NAME.values() if f.choices is not None}
    if sectors is not None:
        out["sector"] = dict(sectors)
    return out


def matchers(sectors: Mapping[str, str]) -> dict[str, Matcher]:
    """A matcher for every choice field, the sector one over the database's lookup.

    Built once per set of tables (a form's Save checks every choice field against them:
    building the matchers cost more than the rest of the check)."""
    tables = choice_tables(sectors)
    return dict(_matchers(tuple((name, tuple(table.items())) for name, table in tables.items())))


@functools.lru_cache(maxsize=8)
def _matchers(tables: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
              ) -> tuple[tuple[str, Matcher], ...]:  # fmt: skip
    return tuple((name, BY_NAME[name].matcher(dict(table))) for name, table in tables)
