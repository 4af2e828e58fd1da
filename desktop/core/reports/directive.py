"""The report to the People's Committee on the directive, for a period (6 months or a year).

I. the cooperatives: an overview and tables by area and by sector (counts as of the period's
last day, founded and dissolved in the period, the figures of the period's year or the latest
year before it); II. each task of the directive(s) with its lead and coordinating units, its
status as of the report date and the units' results; III. the difficulties and IV. the
proposals the units wrote in their reports dated within the period.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection

from desktop.core import approvals, areas
from desktop.core.errors import KnownError
from desktop.core.gc_pause import collection_paused
from desktop.core.i18n import translate
from desktop.core.reports import figures as figures_module
from desktop.core.reports import tables
from desktop.core.reports.document import (
    Column,
    Document,
    Heading,
    Paragraph,
    Table,
    letterhead,
)
from desktop.core.settings import Identity
from desktop.core.tasks import board, periods
from desktop.core.tasks.status import (
    DONE_LATE,
    DONE_ON_TIME,
    IN_TIME,
    NOT_STARTED,
    OVERDUE,
    Fact,
    assignment_status,
    combined,
    status_labels,
)
from desktop.core.text import fold, format_int


def parse_period(text: str) -> tuple[str, date, date]:
    """A report period: a half year (`2026-H2`, `6 tháng cuối năm 2026`) or a year."""
    try:
        period = periods.parse(text)
    except ValueError:
        period = None
    if not period or periods.kind_of(period) not in (periods.HALF, periods.YEAR):
        raise KnownError(
            translate(
                "Reports",
                "Kỳ báo cáo “{text}” không hợp lệ. Hãy ghi 6 tháng (2026-H1, 2026-H2) hoặc cả "
                "năm (2026).",
            ).format(text=text)
        )
    span = periods.bounds(period)
    assert span is not None
    return period, span[0], span[1]


@dataclass
class TaskRow:
    position: int
    title: str
    directive: str
    leads: list[str]
    supports: list[str]
    status: str | None  # combined computed status
    results: list[str]


@dataclass
class DirectiveReport:
    period: str
    as_of: date
    figures: figures_module.PeriodFigures
    directives: list[dict]
    tasks: list[TaskRow]
    unit_statuses: dict[str, int]  # computed status -> number of unit assignments
    difficulties: list[tuple[str, str]]  # (office name, text)
    proposals: list[tuple[str, str]]
    # Which offices' figures the province has signed off: the year of the figures, the
    # period of the reports ("Số liệu năm 2025 đã duyệt: 12/34 đơn vị").
    figures_approval: str = ""
    reports_approval: str = ""


def collect(conn: Connection, identity: Identity, period_text: str, *,
            today: date | None = None, directive: str | None = None) -> DirectiveReport:  # fmt: skip
    with collection_paused():
        return _collect(conn, identity, period_text, today, directive)


def _collect(conn: Connection, identity: Identity, period_text: str, today: date | None,
             directive: str | None) -> DirectiveReport:  # fmt: skip
    period, first, last = parse_period(period_text)
    today = today or date.today()
    as_of = min(today, last)
    year = figures_module.figures_year(conn, last.year)
    figures = figures_module.period_figures(conn, identity, first, last, year=year)
    live = board.directives(conn)
    if directive:
        live = [d for d in live if directive in (d["id"], d["number"])]
        if not live:
            raise KnownError(
                translate(
                    "Reports", "Không có văn bản chỉ đạo số “{number}”. Xem danh sách bằng "
                    "“htx tasks list”.",
                ).format(number=directive)
            )  # fmt: skip
    chosen = {d["id"] for d in live}
    lines = [ln for ln in board.lines(conn, as_of) if ln.directive["id"] in chosen]
    by_task: dict[str, list[board.Line]] = {}
    for line in lines:
        by_task.setdefault(line.task_id, []).append(line)
    unit_statuses = dict.fromkeys((DONE_ON_TIME, DONE_LATE, IN_TIME, OVERDUE, NOT_STARTED), 0)
    rows: list[TaskRow] = []
    difficulties: list[tuple[str, str]] = []
    proposals: list[tuple[str, str]] = []
    seen: set[tuple[str, str, str]] = set()
    for task_lines in by_task.values():
        codes = []
        results = []
        for line in task_lines:
            state = line.status  # computed by `board.lines` as of the same day
            if any(r["reported_on"] is not None and r["reported_on"] > as_of
                   for r in line.reports):  # fmt: skip
                # Reports written after the day the report speaks of: judged without them.
                facts = [
                    Fact(
                        r["period"] or "", r["reported_on"], r["status"], board.report_order(r)[1:]
                    )
                    for r in line.reports
                    if r["reported_on"] is not None and r["reported_on"] <= as_of
                ]
                state = assignment_status(line.task["cycle"], line.task["deadline"], facts,
                                          as_of, start=line.directive["issued_on"])  # fmt: skip
            codes.append(state.code)
            unit_statuses[state.code] += 1
            judged = next(
                (r for r in line.reports if state.report is not None
                 and r["reported_on"] == state.report.reported_on
                 and board.report_order(r)[1:] == state.report.order), None,
            )  # fmt: skip
            if judged is not None:
                content = (judged["content"] or "").strip()
                results.append(
                    translate("Reports", "{office} ({percent}%): {content}").format(
                        office=line.office_name,
                        percent=judged["percent"],
                        content=content or translate("Reports", "không ghi nội dung"),
                    )
                )
            for report in line.reports:
                if not (first <= report["reported_on"] <= last):
                    continue
                for text, into, kind in ((report["difficulties"], difficulties, "d"),
                                         (report["proposals"], proposals, "p")):  # fmt: skip
                    text = (text or "").strip()
                    key = (kind, line.office_code, fold(text))
                    if text and key not in seen:
                        seen.add(key)
                        into.append((line.office_name, text))
        task = task_lines[0].task
        rows.append(
            TaskRow(
                position=task["position"],
                title=task["title"],
                directive=task_lines[0].directive["number"],
                leads=[ln.office_name for ln in task_lines if ln.role == "lead"],
                supports=[ln.office_name for ln in task_lines if ln.role != "lead"],
                status=combined(codes),
                results=results,
            )
        )
    order = {d["id"]: n for n, d in enumerate(live)}
    ids = {ln.directive["number"]: ln.directive["id"] for ln in lines}
    rows.sort(key=lambda r: (order.get(ids.get(r.directive, ""), 0), r.position))
    return DirectiveReport(
        period, as_of, figures, live, rows, unit_statuses, difficulties, proposals,
        figures_approval=approvals.summary(conn, identity, str(year), figures_only=True).text()
        if year else "",
        reports_approval=approvals.summary(conn, identity, period).text(),
    )  # fmt: skip


def _place(identity: Identity) -> str:
    unit = areas.unit(identity.area_scheme, identity.area_code)
    if unit is None:
        return translate("Reports", "cả nước")
    return translate("Reports", "trên địa bàn {name}").format(name=unit.name)


def build(report: DirectiveReport, identity: Identity, *, today: date | None = None,
          number: str | None = None) -> Document:  # fmt: skip
    today = today or date.today()
    label = periods.label(report.period).lower()
    if len(report.directives) == 1:
        d = report.directives[0]
        title = translate("Reports", "Kết quả thực hiện Chỉ thị số {number} {period}").format(
            number=d["number"], period=label
        )
    else:
        title = translate(
            "Reports",
            "Tình hình phát triển kinh tế tập thể, hợp tác xã và kết quả thực hiện các văn bản "
            "chỉ đạo {period}",
        ).format(period=label)
    head = letterhead(identity, today, number)
    unit = areas.lineage(identity.area_scheme, identity.area_code)
    committee = (
        translate("Reports", "Ủy ban nhân dân {name}").format(name=unit[0].name)
        if unit
        else translate("Reports", "Ủy ban nhân dân tỉnh")
    )
    document = Document(
        letterhead=head,
        kind=translate("Reports", "BÁO CÁO"),
        title=title,
        addressee=translate("Reports", "Kính gửi: {committee}").format(committee=committee),
        recipients=[
            translate("Reports", "{committee} (để báo cáo)").format(committee=committee),
            translate("Reports", "Lưu: VT"),
        ],
        signer=_signer(identity),
    )
    figures = report.figures
    document.add(Heading(translate("Reports", "I. TÌNH HÌNH HỢP TÁC XÃ")))
    document.add(tables.overview(figures, _place(identity)))
    document.add(Paragraph(tables.figures_note(figures), italic=True))
    if report.figures_approval:
        document.add(Paragraph(report.figures_approval + ".", italic=True))
    for table in tables.area_and_sector_tables(figures, 1):
        document.add(table)

    document.add(Heading(translate("Reports", "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ")))
    counts = report.unit_statuses
    labels = status_labels()
    total = sum(counts.values())
    if report.tasks:
        document.add(
            Paragraph(
                translate(
                    "Reports",
                    "Tính đến ngày {as_of}, {tasks} nhiệm vụ được giao cho các đơn vị với {total} "
                    "lượt đơn vị thực hiện: {done_on_time} hoàn thành đúng hạn, {done_late} hoàn "
                    "thành trễ hạn, {in_time} đang thực hiện trong hạn, {overdue} quá hạn, "
                    "{not_started} chưa thực hiện.",
                ).format(
                    as_of=report.as_of.strftime("%d/%m/%Y"),
                    tasks=format_int(len(report.tasks)),
                    total=format_int(total),
                    done_on_time=format_int(counts[DONE_ON_TIME]),
                    done_late=format_int(counts[DONE_LATE]),
                    in_time=format_int(counts[IN_TIME]),
                    overdue=format_int(counts[OVERDUE]),
                    not_started=format_int(counts[NOT_STARTED]),
                )
            )
        )
        if report.reports_approval:
            document.add(Paragraph(report.reports_approval + ".", italic=True))
        document.add(_task_table(report, labels))
    else:
        document.add(Paragraph(translate("Reports", "Chưa có nhiệm vụ nào được giao.")))

    document.add(Heading(translate("Reports", "III. KHÓ KHĂN, VƯỚNG MẮC")))
    _listed(document, report.difficulties,
            translate("Reports", "Các đơn vị không báo cáo khó khăn, vướng mắc trong kỳ."))  # fmt: skip
    document.add(Heading(translate("Reports", "IV. KIẾN NGHỊ, ĐỀ XUẤT")))
    _listed(document, report.proposals,
            translate("Reports", "Các đơn vị không có kiến nghị, đề xuất trong kỳ."))  # fmt: skip
    return document


def _task_table(report: DirectiveReport, labels: dict[str, str]) -> Table:
    several = len(report.directives) > 1
    rows = []
    for n, task in enumerate(report.tasks, 1):
        title = task.title
        if several:
            title = f"{task.title}\n({task.directive}, {task.position})"
        rows.append([
            str(n), title, "\n".join(task.leads), "\n".join(task.supports),
            labels.get(task.status or "", "–"),
            "\n".join(f"- {r}" for r in task.results) or translate("Reports", "Chưa có báo cáo"),
        ])  # fmt: skip
    return Table(
        [
            Column(translate("Reports", "STT"), 0.9),
            Column(translate("Reports", "Nhiệm vụ"), 4.2),
            Column(translate("Reports", "Đơn vị chủ trì"), 2.4),
            Column(translate("Reports", "Đơn vị phối hợp"), 2.4),
            Column(translate("Reports", "Tình trạng"), 2.0),
            Column(translate("Reports", "Kết quả"), 5.0),
        ],
        rows,
        caption=translate("Reports", "Bảng 3. Kết quả thực hiện nhiệm vụ"),
    )


def _listed(document: Document, items: list[tuple[str, str]], empty: str) -> None:
    if not items:
        document.add(Paragraph(empty))
        return
    for office, text in items:
        document.add(Paragraph(f"- {office}: {text}"))


def _signer(identity: Identity) -> str:
    name = fold(identity.office_name)
    if name.startswith(("ubnd", "uy ban")):
        return translate("Reports", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")
    return translate("Reports", "THỦ TRƯỞNG ĐƠN VỊ")
