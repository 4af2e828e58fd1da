"""A small document model for administrative reports, written as Word (`docx`) or as the HTML
Qt prints to PDF (`html`).

The layout follows the format of administrative documents (Nghị định 30/2020/NĐ-CP): on the
left the superior authority and the issuing office, under them the document number; on the
right the national motto, under it the place and date; then the kind of document and its
title centred, the addressee, the body, and at the end the recipients and the signature.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from desktop.core import areas
from desktop.core.i18n import translate
from desktop.core.settings import Identity

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: "I. ...", 2: "1. ..."


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    indent: bool = True  # first-line indent of body text


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # relative width
    numeric: bool = False
    nowrap: bool = False  # a code or a date: never broken over two lines


@dataclass
class Table:
    columns: list[Column]
    rows: list[list[str]]
    total: list[str] | None = None
    caption: str = ""
    note: str = ""  # unit line above the table, e.g. "Đơn vị: triệu đồng"


Block = Heading | Paragraph | Table


@dataclass
class Letterhead:
    authority: str  # superior body, e.g. "UBND TỈNH QUẢNG BÌNH" ('' for none)
    office: str  # the issuing office
    number: str  # "Số: 12/BC-STC" or "Số:      /BC-STC"
    place_date: str  # "Quảng Bình, ngày 29 tháng 11 năm 2026"


@dataclass
class Document:
    letterhead: Letterhead
    kind: str  # "BÁO CÁO"
    title: str
    addressee: str = ""
    blocks: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: str = ""  # title of the person who signs, e.g. "GIÁM ĐỐC"

    def add(self, block: Block) -> None:
        self.blocks.append(block)

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]


def recipients_title() -> str:
    return translate("Reports", "Nơi nhận:")


def date_line(place: str, day: date) -> str:
    return translate("Reports", "{place}, ngày {d:02d} tháng {m:02d} năm {y}").format(
        place=place, d=day.day, m=day.month, y=day.year
    )


def _province(identity: Identity) -> areas.Unit | None:
    chain = areas.lineage(identity.area_scheme, identity.area_code)
    return chain[0] if chain else None


def _short(name: str) -> str:
    for prefix in ("Thành phố ", "Tỉnh "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def letterhead(identity: Identity, day: date, number: str | None = None) -> Letterhead:
    """The letterhead of this office: its province's People's Committee above it, the
    document number (blank for the clerk to fill in) and the place and date."""
    province = _province(identity)
    authority = ""
    place = ""
    if province is not None:
        place = _short(province.name)
        kind = (
            translate("Reports", "THÀNH PHỐ")
            if province.name.startswith("Thành phố")
            else translate("Reports", "TỈNH")
        )
        authority = translate("Reports", "UBND {kind} {name}").format(kind=kind, name=place.upper())
    code = "".join(ch for ch in identity.office_code if ch.isalnum()).upper()
    number_text = number.strip() if number else f"      /BC-{code}"
    return Letterhead(
        authority=authority,
        office=identity.office_name.upper(),
        number=translate("Reports", "Số: {number}").format(number=number_text),
        place_date=date_line(place or "……", day),
    )
