"""One cooperative's record for printing: its details, yearly figures and history of changes."""

from __future__ import annotations

from html import escape

from sqlalchemy import Connection

from desktop.core import areas, registry, vocab
from desktop.core.i18n import translate
from desktop.core.reports.document import Column, Table
from desktop.core.reports.html import FONT, table_html
from desktop.core.text import format_date, format_int

FIGURES = ("members", "workers", "charter_capital", "revenue", "profit", "average_income")


def record_tables(conn: Connection, coop_id: str) -> tuple[str, list[Table]]:
    """(name, [details, yearly figures, history])."""
    row = registry.get_cooperative(conn, coop_id)
    figures = registry.indicators_of(conn, [coop_id]).get(coop_id, [])
    history = registry.cooperative_history(conn, coop_id)
    sector_names = registry.sectors(conn)
    labels = registry.field_labels()
    representative = " – ".join(
        v for v in (row["representative"], row["representative_title"]) if v
    )
    facts = [
        (labels["registration_code"], row["registration_code"]),
        (labels["name"], row["name"]),
        (labels["entity_type"], vocab.entity_types().get(row["entity_type"], row["entity_type"])),
        (labels["sector"], sector_names.get(row["sector"] or "", "")),
        (labels["status"], vocab.statuses().get(row["status"], row["status"])),
        (labels["address"], row["address"] or ""),
        (translate("Reports", "Địa bàn"), areas.full_name(row["area_scheme"], row["area_code"])),
        (labels["representative"], representative),
        (labels["phone"], row["phone"] or ""),
        (labels["founded_on"], format_date(row["founded_on"])),
        (labels["registered_on"], format_date(row["registered_on"])),
    ]  # fmt: skip
    details = Table([Column("", 1), Column("", 3)], [[k, str(v or "")] for k, v in facts],
                    caption=translate("Reports", "Thông tin chung"))  # fmt: skip
    yearly = Table(
        [Column(translate("Reports", "Năm"), 1)]
        + [Column(labels[name], 1.5, True) for name in FIGURES],
        [[str(f["year"])] + [format_int(f[name]) for name in FIGURES]
         for f in sorted(figures, key=lambda f: f["year"])],
        caption=translate("Reports", "Chỉ tiêu hằng năm (tiền: đồng)"),
    )  # fmt: skip
    changes = Table(
        [Column(translate("Reports", "Thời điểm"), 1.4), Column(translate("Reports", "Nội dung"), 1.6),
         Column(translate("Reports", "Giá trị cũ"), 2), Column(translate("Reports", "Giá trị mới"), 2),
         Column(translate("Reports", "Đơn vị"), 1)],
        [[e.at.strftime("%d/%m/%Y %H:%M") if e.at else "", registry.describe_field(e.field),
          registry.describe_value(e.field, e.old, sector_names),
          registry.describe_value(e.field, e.new, sector_names), e.office] for e in history],
        caption=translate("Reports", "Lịch sử thay đổi"),
    )  # fmt: skip
    return row["name"], [details, yearly, changes]


def record_html(conn: Connection, coop_id: str) -> tuple[str, str]:
    name, tables = record_tables(conn, coop_id)
    body = "<br>".join(table_html(t, 9) for t in tables)
    return name, (
        f"<html><body style=\"font-family: '{FONT}'; font-size: 11pt\">"
        f'<p align="center" style="font-size: 14pt"><b>{escape(name.upper())}</b></p>'
        f"{body}</body></html>"
    )
