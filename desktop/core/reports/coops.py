"""The report on cooperatives for a year, for the office's whole area or one unit of it:
an overview, tables by area, by sector and by legal status."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Connection, func, select

from desktop.core import approvals, areas, vocab
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.records import SPECS
from desktop.core.reports import figures as figures_module
from desktop.core.reports import scope, tables
from desktop.core.reports.document import Column, Document, Heading, Paragraph, Table, letterhead
from desktop.core.settings import Identity
from desktop.core.tasks.periods import MAX_YEAR, MIN_YEAR
from desktop.core.text import format_int

_coop = SPECS["cooperative"].table


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise KnownError(
            translate("Reports", "Năm {year} không hợp lệ. Hãy ghi năm có 4 chữ số, ví dụ 2025.")
            .format(year=year)
        )  # fmt: skip
    return year


def status_counts(conn: Connection, area: scope.AreaFilter | None, last: date) -> dict[str, int]:
    registered = func.coalesce(_coop.c.registered_on, _coop.c.founded_on)
    query = (
        select(_coop.c.status, func.count())
        .where(_coop.c.deleted.is_(False), (registered.is_(None)) | (registered <= last))
        .group_by(_coop.c.status)
    )
    if area is not None:
        query = query.where(area.clause())
    return {status: int(n) for status, n in conn.execute(query)}


def build(conn: Connection, identity: Identity, year: int, *,
          area: scope.AreaFilter | None = None, today: date | None = None,
          number: str | None = None) -> tuple[Document, figures_module.PeriodFigures]:  # fmt: skip
    check_year(year)
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    figures = figures_module.period_figures(conn, identity, first, last, year=year, area=area)
    if area is not None:
        place = translate("Reports", "trên địa bàn {name}").format(name=area.label())
    elif identity.area_code:
        place = translate("Reports", "trên địa bàn {name}").format(
            name=areas.name(identity.area_scheme, identity.area_code)
        )
    else:
        place = translate("Reports", "cả nước")
    document = Document(
        letterhead=letterhead(identity, today, number),
        kind=translate("Reports", "BÁO CÁO"),
        title=translate("Reports", "Tình hình hợp tác xã năm {year} {place}").format(
            year=year, place=place
        ),
        recipients=[translate("Reports", "Lưu: VT")],
        signer=translate("Reports", "THỦ TRƯỞNG ĐƠN VỊ"),
    )
    document.add(Heading(translate("Reports", "I. TỔNG QUAN")))
    document.add(tables.overview(figures, place))
    if figures.whole.reported == 0:
        document.add(
            Paragraph(
                translate("Reports", "Chưa có hợp tác xã nào báo cáo số liệu năm {year}.").format(
                    year=year
                ),
                italic=True,
            )
        )
    else:
        document.add(Paragraph(tables.figures_note(figures), italic=True))
    signed = approvals.summary(conn, identity, str(year), figures_only=True)
    document.add(Paragraph(signed.text() + ".", italic=True))
    document.add(Heading(translate("Reports", "II. SỐ LIỆU CHI TIẾT")))
    for table in tables.area_and_sector_tables(figures, 1):
        document.add(table)
    counts = status_counts(conn, area, last)
    labels = vocab.statuses()
    rows = [[str(n), labels.get(code, code), format_int(counts.get(code, 0))]
            for n, code in enumerate(labels, 1)]  # fmt: skip
    document.add(
        Table(
            [Column(translate("Reports", "STT"), 1), Column(translate("Reports", "Tình trạng"), 6),
             Column(translate("Reports", "Số HTX"), 2, True)],
            rows,
            total=["", translate("Reports", "Tổng cộng"), format_int(sum(counts.values()))],
            caption=translate("Reports", "Bảng 3. Hợp tác xã theo tình trạng pháp lý"),
        )
    )  # fmt: skip
    return document, figures
