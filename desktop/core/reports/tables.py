"""The tables of cooperatives by area, by sector and the overview sentence, shared by the two
reports. Money is shown in millions of đồng, income in millions per worker per month."""

from __future__ import annotations

from desktop.core.i18n import translate
from desktop.core.reports import scope
from desktop.core.reports.document import Column, Paragraph, Table
from desktop.core.reports.figures import PeriodFigures, Totals
from desktop.core.text import format_date, format_decimal, format_int

MILLION = 1_000_000


def millions(value: int) -> str:
    return format_int(round(value / MILLION))


def income_text(t: Totals) -> str:
    income = t.average_income
    return format_decimal(income / MILLION, 2) if income is not None else "–"


def columns(first: str) -> list[Column]:
    return [
        Column(translate("Reports", "STT"), 4),
        Column(first, 16),
        Column(translate("Reports", "Số HTX"), 7, True),
        Column(translate("Reports", "Đang hoạt động"), 8, True),
        Column(translate("Reports", "Thành lập mới"), 7, True),
        Column(translate("Reports", "Giải thể, thu hồi"), 7, True),
        Column(translate("Reports", "Thành viên (người)"), 9, True),
        Column(translate("Reports", "Lao động (người)"), 9, True),
        Column(translate("Reports", "Vốn điều lệ (triệu đồng)"), 12, True),
        Column(translate("Reports", "Doanh thu (triệu đồng)"), 12, True),
        Column(translate("Reports", "Thu nhập bình quân (triệu đồng/ người/ tháng)"), 9, True),
    ]


def row(n: str, t: Totals) -> list[str]:
    return [
        n, t.name, format_int(t.cooperatives), format_int(t.active), format_int(t.founded),
        format_int(t.dissolved), format_int(t.members), format_int(t.workers),
        millions(t.capital), millions(t.revenue), income_text(t),
    ]  # fmt: skip


def table(caption: str, first: str, groups: list[Totals], whole: Totals) -> Table:
    return Table(
        columns(first),
        [row(str(n), g) for n, g in enumerate(groups, 1)],
        total=row("", whole),
        caption=caption,
    )


def figures_note(figures: PeriodFigures) -> str:
    if figures.year is None:
        return translate("Reports", "Chưa có số liệu chỉ tiêu hằng năm của hợp tác xã.")
    return translate(
        "Reports",
        "Số liệu thành viên, lao động, vốn, doanh thu là số liệu năm {year} của {n} hợp tác "
        "xã có báo cáo.",
    ).format(year=figures.year, n=format_int(figures.whole.reported))


def overview(figures: PeriodFigures, place: str) -> Paragraph:
    w = figures.whole
    text = translate(
        "Reports",
        "Tính đến ngày {last}, {place} có {n} hợp tác xã, liên hiệp hợp tác xã, quỹ tín dụng "
        "nhân dân và tổ hợp tác, trong đó {active} đang hoạt động. Từ ngày {first} đến ngày "
        "{last}, thành lập mới {founded}, giải thể hoặc bị thu hồi giấy chứng nhận {dissolved}.",
    ).format(
        last=format_date(figures.last), first=format_date(figures.first), place=place,
        n=format_int(w.cooperatives), active=format_int(w.active),
        founded=format_int(w.founded), dissolved=format_int(w.dissolved),
    )  # fmt: skip
    if figures.year is not None and w.reported:
        text += " " + translate(
            "Reports",
            "Năm {year}: {members} thành viên, {workers} lao động; tổng vốn điều lệ {capital} "
            "triệu đồng; tổng doanh thu {revenue} triệu đồng, bình quân {per_coop} triệu đồng "
            "một hợp tác xã; thu nhập bình quân của người lao động {income} triệu đồng/người/"
            "tháng.",
        ).format(
            year=figures.year, members=format_int(w.members), workers=format_int(w.workers),
            capital=millions(w.capital), revenue=millions(w.revenue),
            per_coop=millions(w.revenue // w.reported), income=income_text(w),
        )  # fmt: skip
    return Paragraph(text)


def area_and_sector_tables(figures: PeriodFigures, number: int) -> list[Table]:
    return [
        table(
            translate("Reports", "Bảng {n}. Hợp tác xã theo địa bàn (thành lập, giải thể: trong kỳ)")
            .format(n=number),
            scope.level_heading(figures.level), figures.by_area, figures.whole,
        ),
        table(
            translate("Reports", "Bảng {n}. Hợp tác xã theo lĩnh vực (thành lập, giải thể: trong kỳ)")
            .format(n=number + 1),
            translate("Reports", "Lĩnh vực"), figures.by_sector, figures.whole,
        ),
    ]  # fmt: skip
