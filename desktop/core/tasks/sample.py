"""The sample directive: the provincial directive on the collective economy, ready to use.

The text (`resources/data/chi-thi-phat-trien-kinh-te-tap-the.txt`) gives the title, the purpose
and five numbered tasks, then the planning office's duty to follow and compile progress. The
text is parsed for the wording; who leads, who coordinates and the reporting cycle are read
from the text by a person and written down here (`PLAN`), and a test checks that each lead unit
is indeed named in its task's paragraph.

Choices the text leaves open (documented, and editable after loading):
- the original carries no number or date: the number is left as `…/CT-UBND` (how an unnumbered
  document is written) and the date is the day the sample is loaded; the issuer is the
  People's Committee of the office's own province;
- an office on today's structure (post-2025): "the planning office" (Sở Kế hoạch và Đầu tư) is
  Sở Tài chính, into which it merged and which compiles progress (the province office itself
  when it is Sở Tài chính); "các sở, ban, ngành" are every department in the office list (the
  Steering Committee and the Cooperative Alliance aside), with Sở Tài chính, Sở Nông nghiệp và
  Môi trường and Sở Công Thương created when missing; "UBND các huyện" are the commune offices
  (the communes took over the districts' work; none is created: they are enrolled);
- an office still on the pre-2025 structure: the planning office is the province hub, the
  departments are created under their names of the time, and the district offices of the
  province are created when missing;
- an office that exists is reused, by code or by name (ignoring case and diacritics);
- cycles: tasks 1, 2 and 5 are ongoing (thường xuyên, reported every six months), task 3 is
  reported yearly, task 4 (propose the support fund) is a one-off due six months after the
  directive, and the compile duty is six-monthly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Connection, select

from desktop.core import areas, settings
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.paths import resources_dir
from desktop.core.records import Writer
from desktop.core.settings import Identity
from desktop.core.tasks import periods
from desktop.core.tasks.editing import (
    DIRECTIVE,
    LEAD,
    OFFICE,
    SUPPORT,
    TASK,
    _write_assignments,
    add_office,
    clean_directive,
    require_province,
)
from desktop.core.text import fold, nfc
from desktop.core.workspace import reference_id

SAMPLE_FILE = "chi-thi-phat-trien-kinh-te-tap-the.txt"
SAMPLE_KEY = "sample-ct-kttt"
SAMPLE_NUMBER = "…/CT-UBND"

# Unit groups named in the text.
PLANNING = "@planning"  # Sở Kế hoạch và Đầu tư: the hub
DEPARTMENTS = "@departments"  # các sở, ban, ngành cấp tỉnh
DISTRICTS = "@districts"  # UBND các huyện, thị xã, thành phố

# Units the text names, with stable codes (the demo data uses the same ones).
NAMED_UNITS = {
    "BCD": "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh",
    "STC": "Sở Tài chính",
    "LMHTX": "Liên minh Hợp tác xã tỉnh",
}
DEFAULT_DEPARTMENTS = {
    "STC": "Sở Tài chính",
    "SNN": "Sở Nông nghiệp và Phát triển nông thôn",
    "SCT": "Sở Công Thương",
}
DEPARTMENTS_2025 = {
    "STC": "Sở Tài chính",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SCT": "Sở Công Thương",
}
NOT_DEPARTMENTS = ("BCD", "LMHTX")


@dataclass(frozen=True)
class PlannedTask:
    position: int
    title: str
    cycle: str
    lead: tuple[str, ...]
    support: tuple[str, ...]
    named: str  # how the text names the lead unit (checked against the paragraph)


PLAN = (
    PlannedTask(1, "Tăng cường chỉ đạo quản lý nhà nước về kinh tế tập thể; hướng dẫn, kiểm tra, "
                "đôn đốc thực hiện chính sách", periods.CONTINUOUS, ("BCD",), (),
                "Ban Chỉ đạo Phát triển kinh tế tập thể tỉnh"),
    PlannedTask(2, "Kiểm tra, nắm bắt tình hình phát triển kinh tế tập thể; tham mưu cơ chế, chính "
                "sách, mô hình hợp tác xã mới", periods.CONTINUOUS, (DEPARTMENTS, DISTRICTS),
                (PLANNING,), "Các sở, ban, ngành cấp tỉnh, UBND các huyện"),
    PlannedTask(3, "Tham mưu triển khai Chương trình hỗ trợ phát triển hợp tác xã giai đoạn "
                "2015-2020 (Quyết định số 2261/QĐ-TTg)", periods.YEAR, (PLANNING,),
                (DEPARTMENTS, DISTRICTS), "Sở Kế hoạch và Đầu tư chủ trì"),
    PlannedTask(4, "Nghiên cứu, hoàn thiện hồ sơ, đề xuất thành lập Quỹ Hỗ trợ phát triển hợp tác "
                "xã tỉnh", periods.ONCE, ("STC",), (PLANNING, "LMHTX"), "Sở Tài Chính chủ trì"),
    PlannedTask(5, "Tuyên truyền chủ trương, chính sách, pháp luật về kinh tế tập thể; phổ biến, "
                "nhân rộng mô hình mới, điển hình tiên tiến", periods.CONTINUOUS, ("LMHTX",),
                (DEPARTMENTS, DISTRICTS), "Liên minh HTX tỉnh chủ trì"),
    PlannedTask(6, "Theo dõi, kiểm tra, đôn đốc, tổng hợp và báo cáo UBND tỉnh tình hình thực hiện "
                "Chỉ thị", periods.HALF, (PLANNING,), (),
                "Sở Kế hoạch và Đầu tư chịu trách nhiệm theo dõi"),
)  # fmt: skip
ONE_OFF_MONTHS = 6


@dataclass(frozen=True)
class ParsedDirective:
    title: str
    purpose: str
    tasks: dict[int, str]  # position -> paragraph (the compile duty is the last position)


def sample_path() -> Path:
    return resources_dir() / "data" / SAMPLE_FILE


def parse_directive(text: str) -> ParsedDirective:
    """Title, purpose and numbered task paragraphs of the directive text."""
    lines = [nfc(line) for line in text.splitlines()]
    paragraphs = [line for line in lines if line]
    start = next(i for i, line in enumerate(paragraphs) if line.upper() == "CHỈ THỊ")
    title = paragraphs[start + 1]
    tasks: dict[int, str] = {}
    purpose = ""
    for line in paragraphs[start + 2 :]:
        numbered = re.match(r"^(\d+)\.\s+(.+)$", line)
        if numbered:
            tasks[int(numbered.group(1))] = numbered.group(2)
        elif not tasks:
            purpose = line  # the last paragraph before the tasks says what is asked
        elif re.match(r"^Sở Kế hoạch và Đầu tư chịu trách nhiệm", line):
            tasks[max(tasks) + 1] = line
    return ParsedDirective(title=title, purpose=purpose, tasks=tasks)


def load_text() -> ParsedDirective:
    path = sample_path()
    try:
        return parse_directive(path.read_text(encoding="utf-8"))
    except (OSError, StopIteration, IndexError) as exc:
        raise KnownError(
            translate(
                "Tasks", "Không đọc được tệp chỉ thị mẫu ({path}). Hãy cài lại chương trình."
            ).format(path=path),
            detail=str(exc),
        ) from exc


def sample_directive_id() -> str:
    return reference_id("directive", SAMPLE_KEY)


def sample_task_id(position: int) -> str:
    return reference_id("task", f"{SAMPLE_KEY}:{position}")


def _add_months(day: date, months: int) -> date:
    import calendar

    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _district_office_name(unit_name: str) -> str:
    """`Thành Phố Đồng Hới` -> `UBND thành phố Đồng Hới`."""
    for kind in ("Thành phố", "Thị xã", "Huyện", "Quận"):
        if unit_name.lower().startswith(kind.lower() + " "):
            return f"UBND {kind.lower()} {unit_name[len(kind) + 1 :]}"
    return f"UBND {unit_name}"


def issuer_of(identity: Identity) -> str:
    """`UBND tỉnh Quảng Trị` for an office of Quảng Trị (its own province, in its scheme)."""
    chain = areas.lineage(identity.area_scheme, identity.area_code)
    if not chain:
        return "UBND tỉnh"
    province = chain[0].name
    for kind in ("Thành phố", "Tỉnh"):
        if province.startswith(kind + " "):
            return f"UBND {kind.lower()} {province[len(kind) + 1 :]}"
    return f"UBND {province}"


def _departments(identity: Identity) -> dict[str, str]:
    """The departments the text names, under the names of the office's structure: since
    2025 planning went into Sở Tài chính and agriculture into Sở Nông nghiệp và Môi trường."""
    if identity.area_scheme == areas.PRE2025:
        return DEFAULT_DEPARTMENTS
    return DEPARTMENTS_2025


def _units(conn: Connection, identity: Identity, writer: Writer) -> tuple[dict[str, list[str]], list[str], dict[str, str]]:  # fmt: skip
    """The unit groups of the text -> office codes; creates the offices that are missing.

    An office that exists is reused, found by its code or by its name (ignoring case and
    diacritics), never duplicated. Returns (groups, created codes, the text's unit codes ->
    the codes of the offices standing for them).
    """
    table = OFFICE.table
    rows = conn.execute(select(table.c.code, table.c.name, table.c.deleted, table.c.role,
                               table.c.retired)).all()  # fmt: skip
    deleted = {r.code: r.deleted for r in rows}
    by_name: dict[str, str] = {}
    for r in sorted(rows, key=lambda r: (r.deleted, r.code)):
        by_name.setdefault(fold(r.name), r.code)
    created: list[str] = []
    alias: dict[str, str] = {}

    def ensure(code: str, name: str, role: str, area: str | None) -> str:
        actual = by_name.get(fold(name))
        if actual is None and code in deleted:
            actual = code
        if actual is None:
            add_office(conn, identity, code, name, role, area_code=area, writer=writer)
            deleted[code] = False
            by_name[fold(name)] = code
            created.append(code)
            return code
        if deleted.get(actual):
            current = writer.load(OFFICE, reference_id("office", actual))
            if current is not None:
                writer.apply(OFFICE, current, {"deleted": False})
            deleted[actual] = False
        return actual

    post = identity.area_scheme == areas.POST2025
    province_area = (
        identity.area_code if identity.area_code and len(identity.area_code) == 2 else None
    )
    hub_is_finance = fold(identity.office_name).startswith(fold("Sở Tài chính"))
    for code, name in {**NAMED_UNITS, **_departments(identity)}.items():
        if code == "STC" and post and hub_is_finance:
            alias[code] = identity.office_code  # the province office is Sở Tài chính itself
            continue
        alias[code] = ensure(code, name, settings.DEPARTMENT, province_area)
    if province_area and not post:
        for unit in areas.children(areas.PRE2025, province_area):
            code = f"H{unit.code}"
            ensure(code, _district_office_name(unit.name), settings.DISTRICT, unit.code)
    live = [r for r in conn.execute(select(table.c.code, table.c.role, table.c.retired)
                                    .where(table.c.deleted.is_(False)))]  # fmt: skip
    # Since 2025 Sở Tài chính follows and compiles progress; before, the planning office
    # (the province hub that loads the sample).
    planning = alias["STC"] if post else identity.office_code
    not_departments = {alias.get(code, code) for code in NOT_DEPARTMENTS}
    local_role = settings.COMMUNE if post else settings.DISTRICT
    groups = {
        PLANNING: [planning],
        DEPARTMENTS: sorted(
            r.code
            for r in live
            if r.role == settings.DEPARTMENT
            and r.code not in not_departments
            and (r.code != identity.office_code or post)
        ),
        DISTRICTS: sorted(
            r.code
            for r in live
            if r.role == local_role and not r.retired and r.code != identity.office_code
        ),
    }
    return groups, created, alias


def load_sample(conn: Connection, identity: Identity, *, today: date | None = None) -> dict:
    """Record the sample directive with its tasks, units and assignments (province only).

    Returns {"directive_id", "tasks", "assignments", "offices_created"}. Loading it again
    while it is there is refused; after it was deleted, loading brings it back.
    """
    require_province(identity)
    today = today or date.today()
    parsed = load_text()
    directive_id = sample_directive_id()
    writer = Writer(conn, identity, source="sample")
    existing = writer.load(DIRECTIVE, directive_id)
    if existing is not None and not existing["deleted"]:
        raise KnownError(
            translate("Tasks", "Chỉ thị mẫu đã có trong dữ liệu (văn bản số {number}).").format(
                number=existing["number"]
            )
        )
    groups, created, alias = _units(conn, identity, writer)
    note = translate(
        "Tasks",
        "Dữ liệu mẫu: bản gốc không ghi số và ngày ban hành; ngày ban hành lấy theo ngày nạp "
        "mẫu, hãy sửa lại cho đúng văn bản thật.",
    )
    values = clean_directive(
        conn,
        {
            "number": SAMPLE_NUMBER,
            "issued_on": today,
            "issuer": issuer_of(identity),
            "title": "Chỉ thị " + parsed.title[0].lower() + parsed.title[1:],
            "summary": f"{parsed.purpose}\n\n{note}",
        },
        today=today,
    )
    if existing is None:
        writer.create(DIRECTIVE, values, record_id=directive_id)
    else:
        writer.apply(DIRECTIVE, existing, {**values, "deleted": False})
    assignments = 0
    for plan in PLAN:
        content = parsed.tasks.get(plan.position)
        task_values = {
            "directive_id": directive_id,
            "position": plan.position,
            "title": plan.title,
            "content": content,
            "cycle": plan.cycle,
            "deadline": _add_months(today, ONE_OFF_MONTHS) if plan.cycle == periods.ONCE else None,
            "previous_deadline": None,
            "extensions": 0,
        }
        task_id = sample_task_id(plan.position)
        current = writer.load(TASK, task_id)
        if current is None:
            writer.create(TASK, task_values, record_id=task_id)
        else:
            writer.apply(TASK, current, {**task_values, "deleted": False})
        wanted: dict[str, str] = {}
        for role, names in ((LEAD, plan.lead), (SUPPORT, plan.support)):
            for name in names:
                for code in groups.get(name, [alias.get(name, name)]):
                    wanted.setdefault(code, role)
        _write_assignments(conn, writer, task_id, wanted)
        assignments += len(wanted)
    return {
        "directive_id": directive_id,
        "tasks": len(PLAN),
        "assignments": assignments,
        "offices_created": created,
    }
