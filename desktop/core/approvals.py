"""Sign-off of figures (what DHIS2 calls data approval).

For each period an office *submits* its figures: for a year (`2026`) its cooperatives' yearly
figures and its progress reports of that year; for a half year (`2026-H1`) its progress
reports of that half. The province (the office's parent) *approves* the submission or
*returns* it with a comment, and may later *reopen* an approved period. While a period is
approved, the figures it covers are locked: every local edit of them is refused (window, CLI,
Excel import, conflict resolution) until the province reopens it; so is deleting, restoring or
moving a cooperative in a way that takes its figures of an approved year out of (or into) the
approved office's area (`check_placement`).

One synced record per (office, period) holds the state. The office writes only its part
(`submitted`, a count of its submissions, who, when, a note) and the province only its part
(`decision` on submission number `decided_on`, comment, who, when), so two offices never write
the same field and the record merges without conflicts in any order. The state is read from
the two parts:

| office's part        | province's part                    | state         |
|----------------------|------------------------------------|---------------|
| `submitted == 0`     | —                                  | not submitted |
| `submitted == n > 0` | no decision on n (an older one)    | submitted     |
| `submitted == n`     | `approved` on n                    | approved      |
| `submitted == n`     | `returned` on n                    | returned      |
| `submitted == n`     | `reopened` on n                    | submitted     |

An office that submits again while the province approves its earlier submission (neither has
seen the other) ends "submitted": the newer submission waits for a decision.

Packages: an office's package may carry only its own record and only its own part (checked at
the province record by record, like every other record). A package that brings edits of
figures the province has approved (made at the office before it learnt of the approval) is
merged like any other edit, so every office still converges; the approval then reads
"changed since approval" (the digest of the figures kept with the approval no longer matches)
until the province reopens and approves again.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, false, select

from desktop.core import areas, settings
from desktop.core.errors import KnownError, NotFoundError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, Row, Writer, load_for_update, lock_writes
from desktop.core.tasks import periods

APPROVAL = SPECS["approval"]
_approval = APPROVAL.table
_office = SPECS["office"].table
_coop = SPECS["cooperative"].table
_indicator = SPECS["indicator"].table
_report = SPECS["progress_report"].table

NOT_SUBMITTED = "not_submitted"
SUBMITTED = "submitted"
APPROVED = "approved"
RETURNED = "returned"
STATES = (NOT_SUBMITTED, SUBMITTED, APPROVED, RETURNED)

# The province's decisions.
APPROVE = "approved"
RETURN = "returned"
REOPEN = "reopened"
DECISIONS = (APPROVE, RETURN, REOPEN)

OFFICE_FIELDS = frozenset({"office_code", "period", "submitted", "submitted_by", "submitted_at",
                           "submit_note"})  # fmt: skip
PROVINCE_FIELDS = frozenset({"decision", "decided_on", "comment", "decided_by", "decided_at",
                             "fingerprint"})  # fmt: skip
MAX_COMMENT = 2000
_NAMESPACE = uuid.UUID("6a1f3c52-7d0e-4b1a-9c55-2f3b8e0d4a71")


def state_labels() -> dict[str, str]:
    return {
        NOT_SUBMITTED: translate("Approval", "Chưa gửi"),
        SUBMITTED: translate("Approval", "Đã gửi"),
        APPROVED: translate("Approval", "Đã duyệt"),
        RETURNED: translate("Approval", "Trả lại"),
    }


def approval_id(office_code: str, period: str) -> str:
    """The record's id, the same at every office."""
    return str(uuid.uuid5(_NAMESPACE, f"{office_code}\x00{period}"))


def parse_period(text: str | None) -> str:
    """`2026`, `2026-H1` or `2026-H2` (also as written: `H1/2026`, `6 tháng đầu năm 2026`)."""
    try:
        period = periods.parse(text)
        kind = periods.kind_of(period)
    except ValueError:
        period, kind = "", ""
    if kind not in (periods.YEAR, periods.HALF):
        raise KnownError(
            translate(
                "Approval",
                "Kỳ duyệt “{text}” không hợp lệ. Dùng một năm (ví dụ 2026) hoặc nửa năm "
                "(2026-H1, 2026-H2).",
            ).format(text=text or "")
        )
    return period


def period_choices(today: date, years: int = 4) -> list[str]:
    """Periods to pick from, newest first: this year and the years before, with halves."""
    out = []
    for year in range(today.year, today.year - years, -1):
        out += [f"{year}", f"{year}-H2", f"{year}-H1"]
    return out


def state_of(row: Mapping[str, Any] | None) -> str:
    """The state a record's two parts make (see the table in the module's text)."""
    if row is None or not row.get("submitted"):
        return NOT_SUBMITTED
    if (row.get("decided_on") or 0) < row["submitted"] or not row.get("decision"):
        return SUBMITTED
    return {APPROVE: APPROVED, RETURN: RETURNED}.get(row["decision"], SUBMITTED)


def _now_text() -> str:
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()


# --- who is reviewed, and what their figures are ---------------------------------------------


def reviewed_offices(conn: Connection) -> list[Row]:
    """The offices whose figures the province signs off: every office but the province,
    retired old district offices left out."""
    rows = conn.execute(
        select(_office)
        .where(_office.c.deleted.is_(False), _office.c.role != settings.PROVINCE)
        .order_by(_office.c.name, _office.c.code)
    )
    return [dict(r._mapping) for r in rows if not r.retired]


def _office_row(conn: Connection, code: str) -> Row | None:
    row = conn.execute(
        select(_office).where(_office.c.code == code, _office.c.deleted.is_(False))
    ).first()
    return dict(row._mapping) if row else None


def has_figures(office: Mapping[str, Any]) -> bool:
    """Whether an office keeps cooperatives' figures (a department reports on tasks only)."""
    return office.get("role") in (settings.COMMUNE, settings.DISTRICT) and bool(
        areas.unit(office.get("area_scheme") or "", office.get("area_code"))
    )


def _area_clause(office: Mapping[str, Any]) -> Any:
    """The cooperatives of an office's area (the rule packages use to send them)."""
    unit = areas.unit(office.get("area_scheme") or "", office.get("area_code"))
    if unit is None or not has_figures(office):
        return false()
    column = {"province": _coop.c.province_code, "district": _coop.c.district_code,
              "commune": _coop.c.area_code}[unit.level]  # fmt: skip
    return and_(_coop.c.area_scheme == office["area_scheme"], column == unit.code)


def _within(outer: str, inner: str) -> bool:
    """Whether report period `inner` lies within approval period `outer`."""
    if not inner:
        return False
    span, other = periods.bounds(outer), periods.bounds(inner)
    return bool(span and other and span[0] <= other[0] and other[1] <= span[1])


def fingerprint(conn: Connection, office: Mapping[str, Any], period: str) -> str:
    """A digest of the figures a period covers: the same state gives the same digest at every
    office, so "changed since approval" reads the same everywhere."""
    digest = hashlib.sha256()
    if periods.kind_of(period) == periods.YEAR and has_figures(office):
        spec = SPECS["indicator"]
        rows = conn.execute(
            select(_indicator)
            .where(
                _indicator.c.year == int(period),
                _indicator.c.cooperative_id.in_(select(_coop.c.id).where(_area_clause(office))),
            )
            .order_by(_indicator.c.id)
        )
        for row in rows:
            digest.update(_canonical(spec.to_wire(dict(row._mapping)), row.id))
    spec = SPECS["progress_report"]
    reports = conn.execute(
        select(_report).where(_report.c.office_code == office["code"]).order_by(_report.c.id)
    )
    for row in reports:
        if _within(period, row.period):
            digest.update(_canonical(spec.to_wire(dict(row._mapping)), row.id))
    return digest.hexdigest()


def _canonical(values: Mapping[str, Any], record_id: str) -> bytes:
    text = json.dumps([record_id, values], sort_keys=True, ensure_ascii=False, default=str)
    return text.encode("utf-8") + b"\n"


# --- reading the state -----------------------------------------------------------------------


@dataclass(frozen=True)
class Status:
    office_code: str
    office_name: str
    period: str
    state: str
    comment: str  # the province's comment
    note: str  # the office's note with its submission
    by: str  # who made the last step (staff member)
    at: str  # when (UTC, ISO), "" when never
    changed_since: bool  # approved, but the figures changed since

    @property
    def state_label(self) -> str:
        return state_labels()[self.state]

    def to_json(self) -> dict[str, Any]:
        return {
            "office": self.office_code, "name": self.office_name, "period": self.period,
            "state": self.state, "state_label": self.state_label, "comment": self.comment,
            "note": self.note, "by": self.by, "at": self.at,
            "changed_since_approval": self.changed_since,
        }  # fmt: skip


def _record(conn: Connection, office_code: str, period: str) -> Row | None:
    row = conn.execute(
        select(_approval).where(_approval.c.id == approval_id(office_code, period))
    ).first()
    return dict(row._mapping) if row else None


def _status(conn: Connection, office: Mapping[str, Any], period: str, row: Row | None) -> Status:
    state = state_of(row)
    row = row or {}
    province_step = state in (APPROVED, RETURNED) or (
        state == SUBMITTED and row.get("decision") == REOPEN
    )
    by = row.get("decided_by") if province_step else row.get("submitted_by")
    at = row.get("decided_at") if province_step else row.get("submitted_at")
    changed = state == APPROVED and row.get("fingerprint") != fingerprint(conn, office, period)
    return Status(
        office_code=office["code"], office_name=office.get("name") or office["code"],
        period=period, state=state, comment=row.get("comment") or "",
        note=row.get("submit_note") or "", by=by or "", at=at or "", changed_since=changed,
    )  # fmt: skip


def statuses(conn: Connection, identity: settings.Identity, period: str) -> list[Status]:
    """At the province, every office it reviews; at an office, its own."""
    if identity.is_hub:
        offices = reviewed_offices(conn)
    else:
        own = _office_row(conn, identity.office_code)
        offices = [own or {"code": identity.office_code, "name": identity.office_name,
                           "role": identity.role, "area_scheme": identity.area_scheme,
                           "area_code": identity.area_code}]  # fmt: skip
    found = {
        r.office_code: dict(r._mapping)
        for r in conn.execute(
            select(_approval).where(_approval.c.period == period, _approval.c.deleted.is_(False))
        )
    }
    return [_status(conn, office, period, found.get(office["code"])) for office in offices]


def status(conn: Connection, office_code: str, period: str) -> Status:
    office = _office_row(conn, office_code)
    if office is None:
        raise NotFoundError(
            translate("Approval", "Không có đơn vị mã “{code}”.").format(code=office_code)
        )
    return _status(conn, office, period, _record(conn, office_code, period))


@dataclass(frozen=True)
class Summary:
    period: str
    approved: int
    total: int
    changed: int  # approved ones whose figures changed since

    def text(self) -> str:
        """`Số liệu năm 2026 đã duyệt: 12/34 đơn vị` (and how many changed since)."""
        out = translate("Approval", "Số liệu {period} đã duyệt: {approved}/{total} đơn vị").format(
            period=periods.label(self.period).lower(), approved=self.approved, total=self.total
        )
        if self.changed:
            out += translate("Approval", " ({n} đơn vị có số liệu thay đổi sau khi duyệt)").format(
                n=self.changed
            )
        return out


def summary(conn: Connection, identity: settings.Identity, period: str, *,
            figures_only: bool = False) -> Summary:  # fmt: skip
    """How many of the offices (those that keep figures, with `figures_only`) are approved."""
    listed = statuses(conn, identity, period)
    if figures_only:
        keep = {o["code"] for o in reviewed_offices(conn) if has_figures(o)}
        if not identity.is_hub:
            keep.add(identity.office_code)
        listed = [s for s in listed if s.office_code in keep]
    approved = [s for s in listed if s.state == APPROVED]
    return Summary(period, len(approved), len(listed), sum(s.changed_since for s in approved))


# --- locks -----------------------------------------------------------------------------------


def _approved_records(conn: Connection, period_filter: Any = None) -> list[Row]:
    query = select(_approval).where(
        _approval.c.deleted.is_(False), _approval.c.decision == APPROVE, _approval.c.submitted > 0
    )
    if period_filter is not None:
        query = query.where(period_filter)
    found = [dict(r._mapping) for r in conn.execute(query)]
    return [row for row in found if state_of(row) == APPROVED]


def _locked_message(office_name: str, period: str) -> str:
    return translate(
        "Approval",
        "Số liệu {period} của {office} đã được cấp tỉnh duyệt nên không sửa được. Nếu cần sửa, "
        "hãy đề nghị cấp tỉnh “Mở lại” kỳ này.",
    ).format(period=periods.label(period).lower(), office=office_name)


class FigureLocks:
    """The yearly figures locked by approvals, looked up once for many edits."""

    def __init__(self, conn: Connection) -> None:
        self._by_year: dict[int, list[Row]] = {}
        for record in _approved_records(conn, _approval.c.period.not_like("%-%")):
            office = _office_row(conn, record["office_code"])
            if office is not None and has_figures(office):
                self._by_year.setdefault(int(record["period"]), []).append(office)

    def __bool__(self) -> bool:
        return bool(self._by_year)

    def _offices(self, year: Any) -> list[Row]:
        try:
            return self._by_year.get(int(year), [])
        except (TypeError, ValueError):
            return []

    def reason(self, coop: Mapping[str, Any], year: Any) -> str | None:
        """Why the figures of `coop` for `year` may not change (None: they may)."""
        for office in self._offices(year):
            if _inside(office, coop):
                return _locked_message(office.get("name") or office["code"], str(int(year)))
        return None

    def placement_lock(self, before: Mapping[str, Any] | None, after: Mapping[str, Any] | None,
                       years: Iterable[Any]) -> tuple[Row, int] | None:  # fmt: skip
        """(the office, the year) whose approved figures a cooperative with figures for
        `years` would leave or join by going from `before` to `after` (None: deleted, or not
        yet restored); None when no approval stands in the way."""
        for year in sorted({int(y) for y in years}):
            for office in self._offices(year):
                was = before is not None and _inside(office, before)
                now = after is not None and _inside(office, after)
                if was != now:
                    return office, year
        return None

    def check(self, coop: Mapping[str, Any], years: Iterable[Any]) -> None:
        for year in years:
            reason = self.reason(coop, year)
            if reason:
                raise KnownError(reason)


def _inside(office: Mapping[str, Any], coop: Mapping[str, Any]) -> bool:
    """Whether `coop` lies in the area of `office` (whose figures then include it)."""
    return coop.get("area_scheme") == office["area_scheme"] and areas.contains(
        office["area_scheme"], office["area_code"], coop.get("area_code")
    )


# What is done to a cooperative whose figures an approval covers.
DELETE = "delete"
MOVE = "move"
RESTORE = "restore"


def check_placement(conn: Connection, action: str, before: Mapping[str, Any] | None,
                    after: Mapping[str, Any] | None, years: Iterable[Any]) -> None:  # fmt: skip
    """Refuse (KnownError) deleting, moving to another area or restoring a cooperative whose
    figures for one of `years` belong to (or would join) an office's approved figures: the
    approved figures would change without an edit of them."""
    reason = placement_refusal(conn, action, before, after, years)
    if reason is not None:
        raise KnownError(reason)


def placement_refusal(conn: Connection, action: str, before: Mapping[str, Any] | None,
                      after: Mapping[str, Any] | None, years: Iterable[Any]) -> str | None:  # fmt: skip
    """Why `check_placement` would refuse (None: it would not)."""
    wanted = list(years)
    if not wanted:
        return None
    locks = FigureLocks(conn)
    found = locks.placement_lock(before, after, wanted) if locks else None
    if found is None:
        return None
    office, year = found
    coop = before or after or {}
    texts = {
        DELETE: translate(
            "Approval",
            "Không xóa được “{name}”: số liệu năm {year} của hợp tác xã này nằm trong số liệu "
            "của {office} mà cấp tỉnh đã duyệt. Nếu cần xóa, hãy đề nghị cấp tỉnh “Mở lại” "
            "{period}.",
        ),
        MOVE: translate(
            "Approval",
            "Không chuyển được “{name}” sang địa bàn khác: số liệu năm {year} của hợp tác xã "
            "này sẽ làm thay đổi số liệu của {office} mà cấp tỉnh đã duyệt. Nếu cần chuyển, hãy "
            "đề nghị cấp tỉnh “Mở lại” {period}.",
        ),
        RESTORE: translate(
            "Approval",
            "Không khôi phục được “{name}”: số liệu năm {year} của hợp tác xã này sẽ làm thay "
            "đổi số liệu của {office} mà cấp tỉnh đã duyệt. Nếu cần khôi phục, hãy đề nghị cấp "
            "tỉnh “Mở lại” {period}.",
        ),
    }
    return texts[action].format(
        name=coop.get("name") or coop.get("registration_code") or "",
        year=year,
        period=translate("Approval", "số liệu {period}").format(
            period=periods.label(str(year)).lower()
        ),
        office=office.get("name") or office["code"],
    )


def check_figures(conn: Connection, coop: Mapping[str, Any], years: Iterable[Any]) -> None:
    """Refuse (KnownError) an edit of `coop`'s figures for any of `years` that is locked."""
    wanted = list(years)
    if wanted:
        FigureLocks(conn).check(coop, wanted)


def check_report(conn: Connection, office_code: str, period: str | None) -> None:
    """Refuse an edit of an office's progress report of `period` while a period containing it
    is approved."""
    if not period:
        return
    for record in _approved_records(conn, _approval.c.office_code == office_code):
        if _within(record["period"], period):
            office = _office_row(conn, office_code)
            raise KnownError(
                _locked_message((office or {}).get("name") or office_code, record["period"])
            )


# --- the steps -----------------------------------------------------------------------------------


def submit(conn: Connection, identity: settings.Identity, period: str, note: str | None = None
           ) -> Status:  # fmt: skip
    """The office sends its figures of `period` to the province for approval."""
    period = parse_period(period)
    if identity.is_hub:
        raise KnownError(
            translate(
                "Approval",
                "Cấp tỉnh duyệt số liệu của các đơn vị, không gửi duyệt. Lệnh này dùng ở đơn vị "
                "cấp dưới.",
            )
        )
    lock_writes(conn)
    record_id = approval_id(identity.office_code, period)
    current = load_for_update(conn, APPROVAL, record_id)
    if state_of(current) == APPROVED:
        raise KnownError(
            translate(
                "Approval",
                "Số liệu {period} của đơn vị đã được cấp tỉnh duyệt; không cần gửi lại. Nếu cần "
                "sửa, hãy đề nghị cấp tỉnh “Mở lại”.",
            ).format(period=periods.label(period).lower())
        )
    writer = Writer(conn, identity)
    changes = {
        "submitted": (current or {}).get("submitted", 0) + 1,
        "submitted_by": writer.staff or identity.office_name,
        "submitted_at": _now_text(),
        "submit_note": _clean_text(note),
    }
    if current is None:
        writer.create(APPROVAL, {"office_code": identity.office_code, "period": period,
                                 "decided_on": 0, **changes}, record_id=record_id)  # fmt: skip
    else:
        writer.apply(APPROVAL, current, changes)
    return status(conn, identity.office_code, period)


def decide(conn: Connection, identity: settings.Identity, office_code: str, period: str,
           decision: str, comment: str | None = None) -> Status:  # fmt: skip
    """The province approves, returns (with a comment) or reopens an office's period."""
    period = parse_period(period)
    if decision not in DECISIONS:
        raise ValueError(decision)
    if not identity.is_hub:
        raise KnownError(
            translate(
                "Approval",
                "Chỉ cấp tỉnh mới được duyệt, trả lại hoặc mở lại số liệu của đơn vị.",
            )
        )
    code = (office_code or "").strip().upper()
    lock_writes(conn)
    office = _office_row(conn, code)
    if office is None or office.get("role") == settings.PROVINCE:
        raise NotFoundError(
            translate(
                "Approval", "Không có đơn vị cấp dưới mã “{code}”. Xem danh sách bằng htx status."
            ).format(code=office_code)
        )
    comment = _clean_text(comment)
    if decision == RETURN and not comment:
        raise KnownError(
            translate("Approval", "Trả lại số liệu cần có ý kiến: ghi rõ điều đơn vị cần sửa.")
        )
    record_id = approval_id(code, period)
    current = load_for_update(conn, APPROVAL, record_id)
    state = state_of(current)
    name = office.get("name") or code
    label = periods.label(period).lower()
    wanted = {APPROVE: (SUBMITTED,), RETURN: (SUBMITTED,), REOPEN: (APPROVED,)}[decision]
    if state not in wanted:
        raise KnownError(_refusal(decision, state).format(office=name, period=label))
    assert current is not None
    writer = Writer(conn, identity)
    writer.apply(
        APPROVAL,
        current,
        {
            "decision": decision,
            "decided_on": current["submitted"],
            "comment": comment,
            "decided_by": writer.staff or identity.office_name,
            "decided_at": _now_text(),
            "fingerprint": fingerprint(conn, office, period) if decision == APPROVE else None,
        },
    )
    return status(conn, code, period)


def _refusal(decision: str, state: str) -> str:
    if decision == REOPEN:
        return translate(
            "Approval", "Số liệu {period} của {office} chưa được duyệt nên không cần mở lại."
        )
    if state == NOT_SUBMITTED:
        return translate(
            "Approval", "{office} chưa gửi số liệu {period} để duyệt; chưa duyệt hay trả lại được."
        )
    if state == APPROVED:
        return translate(
            "Approval",
            "Số liệu {period} của {office} đã được duyệt. Muốn sửa hay trả lại, hãy “Mở lại” trước.",
        )
    if state == RETURNED:
        return translate(
            "Approval",
            "Số liệu {period} của {office} đã bị trả lại và đơn vị chưa gửi lại; chờ đơn vị gửi lại.",
        )
    raise AssertionError(state)


def _clean_text(text: str | None) -> str | None:
    cleaned = "\n".join(" ".join(line.split()) for line in (text or "").strip().splitlines())
    if len(cleaned) > MAX_COMMENT:
        raise KnownError(
            translate("Approval", "Ý kiến quá dài (tối đa {n} ký tự).").format(n=MAX_COMMENT)
        )
    return cleaned or None


# --- packages ----------------------------------------------------------------------------------


def package_refusal(sender: Mapping[str, Any], record_id: str, current: Mapping[str, Any] | None,
                    values: Mapping[str, Any], written: Iterable[str]) -> str | None:  # fmt: skip
    """Why the province refuses an approval record from office `sender` (None: accepted).

    `written`: the fields the sender has newly written in it. An office sends only its own
    record, and writes only its own part: a new record's province part is empty."""
    name = sender.get("name") or sender.get("code")
    if values.get("office_code") != sender.get("code") or (
        current is not None and current.get("office_code") != sender.get("code")
    ):
        return translate(
            "Approval",
            "{office} chỉ được gửi số liệu của chính mình để duyệt, không phải của “{other}”.",
        ).format(office=name, other=values.get("office_code"))
    province_part = set(written) & PROVINCE_FIELDS
    empty = all(not values.get(f) for f in province_part)
    if (province_part and (current is not None or not empty)) or values.get("deleted"):
        return translate(
            "Approval",
            "{office} không được duyệt, trả lại hay mở lại số liệu ({period}); chỉ cấp tỉnh làm "
            "được.",
        ).format(office=name, period=values.get("period"))
    if (
        values.get("period") != (current or values).get("period")
        or not _valid_period(values.get("period"))
        or record_id != approval_id(str(values.get("office_code")), str(values.get("period")))
    ):
        return translate("Approval", "Kỳ duyệt “{period}” trong gói không hợp lệ.").format(
            period=values.get("period")
        )
    return None


def _valid_period(text: Any) -> bool:
    try:
        return isinstance(text, str) and parse_period(text) == text
    except KnownError:
        return False
