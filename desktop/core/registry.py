"""The cooperative registry: validation, add / edit / soft delete, annual indicators, queries."""

from __future__ import annotations

import hashlib
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, bindparam, func, literal_column, select

from desktop.core import access, areas, fields, write_lock
from desktop.core.column_rows import ColumnRows, Kind
from desktop.core.contacts import email_problem, phone_problem
from desktop.core.errors import KnownError, NotFoundError, ValidationError
from desktop.core.i18n import language, translate
from desktop.core.jurisdiction import within_jurisdiction
from desktop.core.records import (
    SPECS,
    Row,
    Writer,
    first_on_driver,
    history,
    load_for_update,
    lock_writes,
)
from desktop.core.settings import Identity
from desktop.core.text import (
    clean_registration_code,
    is_valid_registration_code_format,
    nfc,
    parse_date,
    parse_int,
)

if TYPE_CHECKING:
    from desktop.core import approvals

COOP = SPECS["cooperative"]
INDICATOR = SPECS["indicator"]
_coop = COOP.table
_ind = INDICATOR.table
_sector = SPECS["sector"].table

# Fields a person or a script may set on a cooperative, and the yearly figures (fields.py).
COOP_FIELDS = fields.names(fields.COOPERATIVE)
COUNT_FIELDS = fields.names(fields.INDICATOR, "count")
MONEY_FIELDS = fields.names(fields.INDICATOR, "money")
INDICATOR_FIELDS = fields.names(fields.INDICATOR)
MIN_YEAR = fields.FIRST_YEAR
_NAMESPACE = uuid.UUID("7d1c1c52-3f1e-4b8a-9a55-2f6f3c1e0c11")
_NAMESPACE_BYTES = _NAMESPACE.bytes


def indicator_id(cooperative_id: str, year: int) -> str:
    """The same (cooperative, year) gets the same id in every office: the name-based UUID
    (version 5) of `cooperative_id:year`, computed directly because packages derive 150,000 of
    them (uuid.uuid5 builds objects and takes three times as long): the SHA-1's hex digits
    with the version digit set to 5 and the variant digit's top bits to 10."""
    h = hashlib.sha1(_NAMESPACE_BYTES + f"{cooperative_id}:{year}".encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{_VARIANT[h[16]]}{h[17:20]}-{h[20:32]}"


_VARIANT = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}


def indicator_ids(cooperative_ids: Iterable[str], years: Iterable[int]) -> list[str]:
    """`indicator_id` of each (cooperative, year) pair, in one loop (a package's 150,000)."""
    sha1, namespace, variant = hashlib.sha1, _NAMESPACE_BYTES, _VARIANT
    out = []
    for c, y in zip(cooperative_ids, years, strict=True):
        h = sha1(namespace + f"{c}:{y}".encode()).hexdigest()
        out.append(f"{h[:8]}-{h[8:12]}-5{h[13:16]}-{variant[h[16]]}{h[17:20]}-{h[20:32]}")
    return out


def field_labels() -> dict[str, str]:
    """Every field's label, and those of the stored columns people see in history."""
    return {
        **fields.labels(),
        "province_code": translate("Registry", "Tỉnh"),
        "district_code": translate("Registry", "Huyện"),
        "former_area_scheme": translate("Registry", "Hệ thống địa giới cũ"),
        "former_area_code": translate("Registry", "Địa bàn cũ (trước khi chuyển mã mới)"),
        "deleted": translate("Registry", "Đã xóa"),
        "year": translate("Registry", "Năm"),
        "_created": translate("Registry", "Tạo mới"),
    }


@cache
def _cached_labels(_language: str) -> dict[str, str]:
    return field_labels()


# Statements made once (a form's Save runs them every time: building one costs more than the
# database's work for it).
_SECTORS = (
    select(_sector.c.code, _sector.c.name)
    .where(_sector.c.deleted.is_(False))
    .order_by(_sector.c.position, _sector.c.code)
)
_CODE_HOLDER = select(_coop.c.name).where(
    _coop.c.registration_code == bindparam("code"),
    _coop.c.deleted.is_(False),
    _coop.c.id != bindparam("record_id"),
)


def sectors(conn: Connection) -> dict[str, str]:
    return {code: name for code, name in conn.execute(_SECTORS)}


# --- validation ---------------------------------------------------------------------------------


@dataclass
class CoopInput:
    """Cleaned values of a cooperative, ready to write."""

    values: Row


@dataclass(frozen=True)
class EditLookups:
    """What the checks of an edit read besides the record, read with it (`_read_for_edit`):
    the sector list, and the live cooperative other than the record holding its code."""

    sectors: dict[str, str]
    code: str
    holder: str | None


def clean_cooperative(
    conn: Connection,
    raw: Mapping[str, Any],
    *,
    identity: Identity,
    record_id: str | None = None,
    base: Row | None = None,
    today: date | None = None,
    lookups: EditLookups | None = None,
) -> Row:
    """Normalise and check cooperative fields; raise ValidationError with Vietnamese messages.

    `base` holds the record's current values (for an edit); fields not in `raw` keep them.
    `lookups`: the sectors and the holder of the record's code, read already.
    """

    def clash(code: str) -> str | None:
        if lookups is not None and code == lookups.code:
            return lookups.holder
        row = conn.execute(_CODE_HOLDER, {"code": code, "record_id": record_id or ""}).first()
        return row[0] if row else None

    cleaner = CoopCleaner(conn, identity, today=today,
                          sector_list=lookups.sectors if lookups else None)  # fmt: skip
    out, errors = cleaner.check(raw, base=base, clash=clash)
    if errors:
        raise ValidationError(errors)
    return out


class CoopCleaner:
    """The checks of `clean_cooperative`, with the lookups (vocabularies, sectors, areas)
    built once: bulk work (Excel import) checks thousands of rows with one cleaner."""

    def __init__(self, conn: Connection, identity: Identity, *, today: date | None = None,
                 normalized: bool = False, sector_list: dict[str, str] | None = None,
                 ):  # fmt: skip
        """`normalized`: text values come already cleaned (NFC, single spaces, codes without
        spaces or dots), as the Excel reader gives them; they are not cleaned again.
        `sector_list`: the sectors (`registry.sectors`), when read already."""
        self.identity = identity
        self.normalized = normalized
        self.today = today or date.today()
        self.sectors = sectors(conn) if sector_list is None else sector_list
        self._choices = fields.matchers(self.sectors)
        self._areas: dict[tuple[str, str], tuple[bool, str | None, str | None, bool]] = {}
        self._matched: dict[tuple[Any, ...], str | None] = {}

    def choices(self, name: str) -> fields.Matcher:
        return self._choices[name]

    def match(self, name: str, given: Any) -> str | None:
        """The code of a choice field (`entity_type`, `status`, `governance`, `sector`,
        `size_class`, `classification`) for a value as people write it; None if unknown."""
        if given is None:
            return None
        return self._choices[name].match(given)

    def _area(self, scheme: str, code: str) -> tuple[bool, str | None, str | None, bool]:
        key = (scheme, code)
        if key not in self._areas:
            province = district = None
            known = areas.unit(scheme, code) is not None
            if known:
                for unit in areas.lineage(scheme, code):
                    if unit.level == "province":
                        province = unit.code
                    elif unit.level == "district":
                        district = unit.code
            inside = known and within_jurisdiction(self.identity, scheme, code)
            self._areas[key] = (known, province, district, inside)
        return self._areas[key]

    def check(
        self,
        raw: Mapping[str, Any],
        *,
        base: Row | None = None,
        clash: Callable[[str], str | None] | None = None,
    ) -> tuple[Row, dict[str, str]]:
        """(cleaned values, {field: message}). `clash(code)` names the live cooperative that
        already uses a registration code, if any."""
        today = self.today
        identity = self.identity
        errors: dict[str, str] = {}
        unknown = [k for k in raw if k not in _COOP_FIELD_SET]
        if unknown:
            return {}, {
                k: translate("Registry", "Không có trường “{field}”.").format(field=k)
                for k in unknown
            }
        merged: dict[str, Any] = dict(base or {})
        merged.update(raw)
        out: Row = {}

        for name in _TEXT_FIELDS:
            value = merged.get(name)
            if self.normalized:
                out[name] = value or None
            else:
                out[name] = (_nfc(value) if value is not None else "") or None
        if not out["name"]:
            errors["name"] = translate("Registry", "Tên không được để trống.")
        elif len(out["name"]) > 300:
            errors["name"] = translate("Registry", "Tên dài quá 300 ký tự.")

        code = merged.get("registration_code") or ""
        if not self.normalized:
            code = fields.clean_code(code)
        out["registration_code"] = code
        if not code:
            errors["registration_code"] = translate("Registry", "Mã số HTX không được để trống.")
        elif not is_valid_registration_code_format(code):
            errors["registration_code"] = translate(
                "Registry",
                "Mã số HTX phải gồm 10 chữ số, hoặc 13 ký tự nếu có mã chi nhánh "
                "(ví dụ 3100123459-001).",
            )
        elif clash is not None and (holder := clash(code)) is not None:
            errors["registration_code"] = translate(
                "Registry", "Mã số {code} đã được dùng cho “{name}”."
            ).format(code=code, name=holder)

        for spec in _COOP_CHOICES:
            name = spec.name
            given = merged.get(name)
            if given is None or given == "":
                out[name] = spec.default
                continue
            matched = self.match(name, given)
            if matched is None:
                errors[name] = (
                    translate("Registry", "{field} không hợp lệ.").format(field=spec.label())
                    if spec.kind == "choice"
                    else translate(
                        "Registry", "Lĩnh vực “{value}” không có trong danh mục."
                    ).format(value=given)
                )
            out[name] = matched

        if not access.may_change(self.identity.role, self.identity.registry_access, out["sector"]):
            errors["sector"] = translate(
                "Registry", "Đơn vị {office} không được giao sửa hợp tác xã lĩnh vực này."
            ).format(office=self.identity.office_name)

        for name in ("founded_on", "registered_on"):
            value = merged.get(name)
            try:
                parsed = value if isinstance(value, date) else parse_date(value)
            except ValueError:
                errors[name] = translate(
                    "Registry",
                    "Ngày không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/03/2019.",
                )
                parsed = None
            if parsed and parsed > today:
                errors[name] = translate(
                    "Registry", "Ngày không được sau ngày hôm nay ({today})."
                ).format(today=today.strftime("%d/%m/%Y"))
            if parsed and parsed.year < 1945:
                errors[name] = translate("Registry", "Năm phải từ 1945 trở về sau.")
            out[name] = parsed
        if out["founded_on"] and out["registered_on"] and out["registered_on"] < out["founded_on"]:
            errors["registered_on"] = translate(
                "Registry", "Ngày đăng ký không được trước ngày thành lập."
            )

        for name, check in (("email", email_problem), ("phone", phone_problem)):
            problem = check(out[name])
            if problem:
                errors[name] = problem

        scheme = merged.get("area_scheme") or identity.area_scheme
        out["area_scheme"] = scheme
        area_code = _nfc(merged.get("area_code")) or identity.area_code
        out["area_code"] = area_code
        out["province_code"] = out["district_code"] = None
        if scheme not in areas.SCHEMES:
            errors["area_scheme"] = translate(
                "Registry", "Hệ thống địa giới phải là pre2025 hoặc post2025."
            )
        elif not area_code:
            errors["area_code"] = translate("Registry", "Hãy chọn địa bàn (tỉnh, huyện, xã).")
        else:
            known, province, district, inside = self._area(scheme, area_code)
            if not known:
                errors["area_code"] = translate(
                    "Registry", "Mã địa bàn {code} không có trong danh mục đơn vị hành chính."
                ).format(code=area_code)
            else:
                out["province_code"], out["district_code"] = province, district
                if not inside:
                    errors["area_code"] = translate(
                        "Registry", "Địa bàn này nằm ngoài phạm vi quản lý của đơn vị {office}."
                    ).format(office=identity.office_name)
        return out, errors


_COOP_FIELD_SET = frozenset(COOP_FIELDS)
_TEXT_FIELDS = fields.names(fields.COOPERATIVE, "text", "phone", "email", "notes")
_COOP_CHOICES = tuple(f for f in fields.COOPERATIVE if f.kind in ("choice", "sector"))
_INDICATOR_MATCHERS: dict[str, fields.Matcher] = {}


def _nfc(value: Any) -> str:
    """`nfc`, quicker for text: `str.split` and the pattern `\\s` know the same whitespace."""
    if value.__class__ is str:
        return " ".join(unicodedata.normalize("NFC", value).split())
    return nfc(value)


def clean_indicator(raw: Mapping[str, Any], *, year: Any) -> tuple[int, Row]:
    """Check one year's figures; returns (year, values). Raises ValidationError."""
    errors: dict[str, str] = {}
    year_value = fields.check_year(year)
    if year_value is None:
        low, high = fields.year_bounds()
        raise ValidationError(
            {
                "year": translate("Registry", "Năm phải từ {low} đến {high}.").format(
                    low=low, high=high
                )
            }
        )
    unknown = [k for k in raw if k not in INDICATOR_FIELDS and k != "year"]
    if unknown:
        raise ValidationError(
            {
                k: translate("Registry", "Không có chỉ tiêu “{field}”.").format(field=k)
                for k in unknown
            }
        )
    labels = _cached_labels(language())
    out: Row = {}
    for name in (*COUNT_FIELDS, *MONEY_FIELDS):
        if name not in raw:
            continue
        try:
            value = raw[name]
            if value.__class__ is not int:  # the Excel import gives whole numbers already
                value = parse_int(value)
        except ValueError:
            errors[name] = translate(
                "Registry", "{field}: “{value}” không phải là số nguyên."
            ).format(field=labels[name], value=raw[name])
            continue
        if value is not None and value < 0 and name != "profit":
            errors[name] = translate("Registry", "{field} không được âm.").format(
                field=labels[name]
            )
        elif value is not None and abs(value) > 10**15:
            errors[name] = translate("Registry", "{field} quá lớn.").format(field=labels[name])
        out[name] = value
    for name in ("size_class", "classification"):
        if name not in raw:
            continue
        if raw[name] in (None, ""):
            out[name] = None
            continue
        key = f"{language()}:{name}"  # built once per language (labels are translated)
        matcher = _INDICATOR_MATCHERS.get(key)
        if matcher is None:
            matcher = _INDICATOR_MATCHERS[key] = fields.BY_NAME[name].matcher()
        matched = matcher.match(raw[name])
        if matched is None:
            errors[name] = translate("Registry", "{field}: giá trị “{value}” không hợp lệ.").format(
                field=labels[name], value=raw[name]
            )
        out[name] = matched
    for part, whole in (("members_official", "members"), ("members_associate", "members"),
                        ("workers_regular", "workers"), ("workers_members", "workers")):  # fmt: skip
        if part in errors or whole in errors or out.get(part) is None or out.get(whole) is None:
            continue
        if out[part] > out[whole]:
            errors[part] = translate("Registry", "{part} lớn hơn {whole}.").format(
                part=labels[part], whole=labels[whole].lower()
            )
    if errors:
        raise ValidationError({f"{year_value}.{k}": v for k, v in errors.items()})
    return year_value, out


# --- writing --------------------------------------------------------------------------------------


def _validate_all(
    clean: Any, indicators: Mapping[Any, Mapping[str, Any]] | None
) -> tuple[Row, list[tuple[int, Row]]]:
    """Check the record and every year, and report all problems at once."""
    errors: dict[str, str] = {}
    values: Row = {}
    try:
        values = clean()
    except ValidationError as exc:
        errors.update(exc.errors)
    checked = []
    for year, figures in (indicators or {}).items():
        try:
            checked.append(clean_indicator(figures, year=year))
        except ValidationError as exc:
            errors.update(exc.errors)
    if errors:
        raise ValidationError(errors)
    return values, checked


def add_cooperative(
    conn: Connection,
    identity: Identity,
    values: Mapping[str, Any],
    indicators: Mapping[Any, Mapping[str, Any]] | None = None,
    *,
    source: str = "edit",
) -> str:
    """Validate and create a cooperative with its yearly figures, in the caller's transaction.

    The writer (the office's write lock) comes first: the check that no live cooperative
    has the registration code is then made under the lock, so two staff adding the same
    code at once cannot both succeed; the second is told who holds it."""
    lock_writes(conn)
    clean, checked = _validate_all(
        lambda: clean_cooperative(conn, values, identity=identity), indicators
    )
    if checked:
        _figure_locks(conn).check(clean, [year for year, _figures in checked])
    writer = Writer(conn, identity, source=source)
    coop_id = writer.create(COOP, clean)
    for year, figures in checked:
        writer.create(INDICATOR, {"cooperative_id": coop_id, "year": year, **figures},
                      record_id=indicator_id(coop_id, year))  # fmt: skip
    return coop_id


def update_cooperative(
    conn: Connection,
    identity: Identity,
    coop_id: str,
    changes: Mapping[str, Any],
    indicators: Mapping[Any, Mapping[str, Any]] | None = None,
    *,
    source: str = "edit",
    seen: Mapping[str, Any] | None = None,
    removed_years: Iterable[int] = (),
) -> dict[str, tuple]:
    """Validate and apply changes; returns the changed fields {name: (old, new)}.

    The record is read under the office's write lock and its row lock, so the change is
    merged into its latest state. `seen` holds the values the person saw when they began
    editing (a form sends every field): a field given unchanged from what they saw is not
    their change and keeps whatever it holds now, even if someone else changed it since.
    `removed_years`: yearly figures the person removed, deleted in the same write.

    A year given exactly as it was shown is not edited and is left as it stands now (changed
    or deleted by someone else meanwhile: not brought back).

    An edit of the record's own fields only (no edited yearly figures, nor the registration
    code, sector or area, which other records' checks depend on) reads and checks the record
    before taking the lock (PostgreSQL: `write_lock.reading_before_lock`), then writes it
    only if it is still the record it read; if someone wrote it meanwhile, it is read and
    checked again under the lock, as any other edit.
    """
    removed_years = list(removed_years)
    if indicators and seen is not None and seen.get("indicators"):
        indicators = _edited_years(indicators, seen["indicators"])
    writer: Writer | None = None
    early = False
    if not indicators and not removed_years:
        with write_lock.reading_before_lock(conn) as before_lock:
            if before_lock:
                current, lookups, clock = _read_for_edit(conn, coop_id)
                clean, checked, edited = _checked_edit(conn, identity, current, changes,
                                                       indicators, seen, lookups)  # fmt: skip
                early = not _CROSS_RECORD_FIELDS.intersection(edited)
        if before_lock and early:
            # The lock, the numbers and the write in one statement.
            writer = Writer(conn, identity, source=source, clock_seen=clock)
            diff = writer.apply_taking_numbers(COOP, current, clean)
            if diff is not None:
                return diff
    lock_writes(conn)
    current = _load_live(conn, coop_id)
    clean, checked, _edited_fields = _checked_edit(conn, identity, current, changes, indicators,
                                                   seen)  # fmt: skip
    moved = {**current, **clean}
    if (moved["area_scheme"], moved["area_code"]) != (current["area_scheme"], current["area_code"]):
        _check_placement(conn, "move", current, moved)
    writer = writer or Writer(conn, identity, source=source)
    diff = writer.apply(COOP, current, clean)
    locks = _figure_locks(conn) if checked or removed_years else None
    placed = [current, {**current, **clean}]  # its area before and after this edit
    shown = {ind["year"]: ind for ind in (seen or {}).get("indicators") or []}
    for year, figures in checked:
        rid = indicator_id(coop_id, year)
        existing = writer.load(INDICATOR, rid)
        if existing is not None and year in shown:
            # As for the record: a figure given as it was shown is not this person's change.
            figures = {k: v for k, v in figures.items() if shown[year].get(k) != v}
        if existing is None:
            _check_locked(locks, placed, year)
            writer.create(INDICATOR, {"cooperative_id": coop_id, "year": year, **figures},
                          record_id=rid)  # fmt: skip
            diff[f"{year}"] = (None, year)
        else:
            changes_y = {**figures}
            if existing["deleted"]:
                changes_y["deleted"] = False
            changed_y = writer.apply(INDICATOR, existing, changes_y)
            if changed_y:
                # Refused after the write, which the raised error rolls back: figures given
                # unchanged (a form sends every year it shows) are no edit of a locked year.
                _check_locked(locks, placed, year)
            for name, pair in changed_y.items():
                diff[f"{year}.{name}"] = pair
    for year in removed_years:
        existing = writer.load(INDICATOR, indicator_id(coop_id, year))
        if existing and not existing["deleted"]:
            _check_locked(locks, placed, year)
            writer.apply(INDICATOR, existing, {"deleted": True})
            diff[f"{year}"] = (year, None)
    return diff


def _edited_years(indicators: Mapping[Any, Mapping[str, Any]], shown: Iterable[Mapping[str, Any]]
                  ) -> dict[Any, Mapping[str, Any]]:  # fmt: skip
    """The years of `indicators` the person edited: a form sends every year it shows, and a
    year whose checked figures all equal those shown is left out, so that it is not written
    (nor brought back if deleted since) and the save may read before the write lock. A year
    that fails its check stays, to be reported with the others."""
    by_year = {ind["year"]: ind for ind in shown}
    kept: dict[Any, Mapping[str, Any]] = {}
    for key, figures in indicators.items():
        try:
            year, clean = clean_indicator(figures, year=key)
        except ValidationError:
            kept[key] = figures
            continue
        was = by_year.get(year)
        if was is None or any(was.get(k) != v for k, v in clean.items()):
            kept[key] = figures
    return kept


# Fields whose check reads other records (a registration code in use, the sector list, an
# area's approvals): an edit of them reads under the write lock from the start.
_CROSS_RECORD_FIELDS = frozenset(("registration_code", "sector", "area_scheme", "area_code"))


def _checked_edit(
    conn: Connection,
    identity: Identity,
    current: Row,
    changes: Mapping[str, Any],
    indicators: Mapping[Any, Mapping[str, Any]] | None,
    seen: Mapping[str, Any] | None,
    lookups: EditLookups | None = None,
) -> tuple[Row, list[tuple[int, Row]], set[str]]:
    """An edit checked against the record as it stands: (the values to write, the checked
    yearly figures, the fields the person edited). Raises like `update_cooperative`.
    `lookups`: what the checks read, read with the record (`_read_for_edit`)."""
    if not within_jurisdiction(identity, current["area_scheme"], current["area_code"],
                               current.get("sector"), check_sector=True):  # fmt: skip
        raise KnownError(
            translate("Registry", "Hợp tác xã này không thuộc địa bàn của đơn vị, không sửa được.")
        )
    base = {k: current[k] for k in COOP_FIELDS}
    if seen is not None:
        changes = _edited(conn, identity, changes, seen, lookups)
    clean, checked = _validate_all(
        lambda: clean_cooperative(
            conn, changes, identity=identity, record_id=current["id"], base=base, lookups=lookups
        ),
        indicators,
    )
    # Only what this edit changes is written: the cleaned record holds every field, and
    # writing one that stands in conflict would settle that conflict without anyone choosing.
    clean = {k: v for k, v in clean.items() if k in changes or current.get(k) != v}
    return clean, checked, set(changes) | set(clean)


def _figure_locks(conn: Connection) -> approvals.FigureLocks:
    from desktop.core import approvals

    return approvals.FigureLocks(conn)


def _check_placement(conn: Connection, action: str, before: Row | None, after: Row | None
                     ) -> None:  # fmt: skip
    """Deleting, moving or restoring a cooperative whose yearly figures an approval covers is
    refused like an edit of those figures (approvals.check_placement)."""
    reason = _placement_refusal(conn, action, before, after)
    if reason is not None:
        raise KnownError(reason)


def _placement_refusal(conn: Connection, action: str, before: Row | None, after: Row | None
                       ) -> str | None:  # fmt: skip
    from desktop.core import approvals

    coop_id = (before or after or {})["id"]
    years = conn.execute(
        select(_ind.c.year).where(_ind.c.cooperative_id == coop_id, _ind.c.deleted.is_(False))
    ).scalars()
    return approvals.placement_refusal(conn, action, before, after, years)


def delete_refusal(conn: Connection, coop_id: str) -> str | None:
    """Why deleting the cooperative would be refused for an approval of its figures (asked
    before the person confirms; the delete itself checks again under the lock)."""
    row = conn.execute(select(_coop).where(_coop.c.id == coop_id)).first()
    if row is None or row.deleted:
        return None
    return _placement_refusal(conn, "delete", dict(row._mapping), None)


def _check_locked(locks: approvals.FigureLocks | None, placed: list[Row], year: int) -> None:
    if locks:
        for coop in placed:
            locks.check(coop, [year])


def _edited(conn: Connection, identity: Identity, changes: Mapping[str, Any],
            seen: Mapping[str, Any], lookups: EditLookups | None = None) -> dict[str, Any]:  # fmt: skip
    """The fields of `changes` the person really edited: those whose cleaned value differs
    from the cleaned value they were shown."""
    cleaner = CoopCleaner(conn, identity, sector_list=lookups.sectors if lookups else None)
    shown, _ = cleaner.check({k: v for k, v in seen.items() if k in _COOP_FIELD_SET})
    given, _ = cleaner.check(changes, base=dict(seen))
    return {k: v for k, v in changes.items() if k not in shown or given.get(k) != shown.get(k)}


def delete_indicator(conn: Connection, identity: Identity, coop_id: str, year: int) -> None:
    writer = Writer(conn, identity)
    existing = writer.load(INDICATOR, indicator_id(coop_id, year))
    if existing and not existing["deleted"]:
        _check_locked(_figure_locks(conn), [_load_live(conn, coop_id)], year)
        writer.apply(INDICATOR, existing, {"deleted": True})


def delete_cooperative(conn: Connection, identity: Identity, coop_id: str) -> None:
    """Soft delete: the record stays, flagged, and can be restored."""
    lock_writes(conn)
    current = _load_live(conn, coop_id)
    if not within_jurisdiction(identity, current["area_scheme"], current["area_code"],
                               current.get("sector"), check_sector=True):  # fmt: skip
        raise KnownError(
            translate("Registry", "Hợp tác xã này không thuộc địa bàn của đơn vị, không xóa được.")
        )
    _check_placement(conn, "delete", current, None)
    Writer(conn, identity).apply(COOP, current, {"deleted": True})


def restore_cooperative(conn: Connection, identity: Identity, coop_id: str) -> None:
    lock_writes(conn)
    current = load_for_update(conn, COOP, coop_id)
    if current is None:
        raise NotFoundError(translate("Registry", "Không tìm thấy hợp tác xã."))
    if not within_jurisdiction(identity, current["area_scheme"], current["area_code"],
                               current.get("sector"), check_sector=True):  # fmt: skip
        raise KnownError(
            translate(
                "Registry", "Hợp tác xã này không thuộc địa bàn của đơn vị, không khôi phục được."
            )
        )
    clash = conn.execute(
        select(_coop.c.name).where(
            _coop.c.registration_code == current["registration_code"],
            _coop.c.deleted.is_(False),
            _coop.c.id != coop_id,
        )
    ).first()
    if clash:
        raise KnownError(
            translate(
                "Registry", "Không khôi phục được: mã số {code} đang được dùng cho “{name}”."
            ).format(code=current["registration_code"], name=clash[0])
        )
    if current["deleted"]:
        _check_placement(conn, "restore", None, current)
    Writer(conn, identity).apply(COOP, current, {"deleted": False})


def _load_live(conn: Connection, coop_id: str) -> Row:
    """A live cooperative, read under its row lock (for a write)."""
    return _live(load_for_update(conn, COOP, coop_id))


def _live(row: Row | None) -> Row:
    if row is None or row["deleted"]:
        raise NotFoundError(translate("Registry", "Không tìm thấy hợp tác xã (có thể đã bị xóa)."))
    return row


# One round trip for what an edit's checks read before the lock (PostgreSQL, see
# `update_cooperative`): the record, the live cooperative other than it holding its code
# (the check of `clean_cooperative`), and the sectors (`sectors`, in its order).
_holder = _coop.alias("holder")
_READ_FOR_EDIT = select(
    _coop,
    select(_holder.c.name)
    .where(
        _holder.c.registration_code == _coop.c.registration_code,
        _holder.c.deleted.is_(False),
        _holder.c.id != _coop.c.id,
    )
    .limit(1)
    .scalar_subquery()
    .label("htx_code_holder"),
    literal_column(
        "(SELECT array_agg(ARRAY[s.code, s.name] ORDER BY s.position, s.code) FROM sector AS s"
        " WHERE s.deleted IS false)"
    ).label("htx_sectors"),
    literal_column("(SELECT value FROM counter WHERE name = 'clock')").label("htx_clock"),
).where(_coop.c.id == bindparam("id"))


def _read_for_edit(conn: Connection, coop_id: str) -> tuple[Row, EditLookups, int]:
    """A live cooperative read without its lock, with what the checks of an edit of it read
    (PostgreSQL; checked again under the lock before writing) and the write lock's clock
    (`Writer.clock_seen`)."""
    row = _live(first_on_driver(conn, _READ_FOR_EDIT, {"id": coop_id}))
    holder, listed = row.pop("htx_code_holder"), row.pop("htx_sectors")
    clock = row.pop("htx_clock") or 0
    lookups = EditLookups({code: name for code, name in listed or ()}, row["registration_code"],
                          holder)  # fmt: skip
    return row, lookups, int(clock)


# --- reading --------------------------------------------------------------------------------------


def find_id(conn: Connection, key: str, *, deleted: bool = False) -> str:
    """A live (or, with `deleted`, a deleted) cooperative's id from its registration code or
    id; the most recently changed one when several were deleted."""
    code = clean_registration_code(key)
    row = conn.execute(
        select(_coop.c.id)
        .order_by(_coop.c.updated_at.desc())
        .where(
            _coop.c.deleted.is_(deleted),
            (_coop.c.registration_code == code) | (_coop.c.id == key),
        )
    ).first()
    if row is None:
        raise NotFoundError(
            translate(
                "Registry", "Không tìm thấy hợp tác xã có mã số hoặc mã định danh “{key}”."
            ).format(key=key)
        )
    return row[0]


def get_cooperative(conn: Connection, coop_id: str, *, with_deleted: bool = False) -> Row:
    row = conn.execute(select(_coop).where(_coop.c.id == coop_id)).first()
    if row is None or (row.deleted and not with_deleted):
        raise NotFoundError(translate("Registry", "Không tìm thấy hợp tác xã."))
    out = dict(row._mapping)
    out["indicators"] = indicators_of(conn, [coop_id]).get(coop_id, [])
    return out


def indicators_of(conn: Connection, coop_ids: list[str] | None = None) -> dict[str, list[Row]]:
    query = select(_ind).where(_ind.c.deleted.is_(False)).order_by(_ind.c.year)
    if coop_ids is not None:
        query = query.where(_ind.c.cooperative_id.in_(coop_ids))
    grouped: dict[str, list[Row]] = {}
    for row in conn.execute(query):
        grouped.setdefault(row.cooperative_id, []).append(dict(row._mapping))
    return grouped


def list_cooperatives(conn: Connection, *, deleted: bool = False) -> list[Row]:
    order: Any = _coop.c.name_sort
    if conn.dialect.name == "postgresql":
        # name_sort is made for byte order; a server's default collation (en_US, vi_VN ...)
        # would ignore its separators and reorder the names.
        order = order.collate("C")
    rows = conn.execute(select(_coop).where(_coop.c.deleted.is_(deleted)).order_by(order))
    return [dict(r._mapping) for r in rows]


def to_json(row: Row, indicators: list[Row]) -> dict[str, Any]:
    """The scripted (CLI) form of a cooperative: stable keys, ISO dates, money in whole đồng."""
    out: dict[str, Any] = {"id": row["id"]}
    for name in COOP_FIELDS:
        value = row.get(name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    out["province_code"] = row.get("province_code")
    out["district_code"] = row.get("district_code")
    out["former_area_scheme"] = row.get("former_area_scheme")
    out["former_area_code"] = row.get("former_area_code")
    out["area_name"] = areas.full_name(row["area_scheme"], row["area_code"])
    out["updated_by"] = row.get("updated_by")
    out["updated_at"] = row["updated_at"].isoformat() if row.get("updated_at") else None
    out["has_conflict"] = bool(row.get("has_conflict"))
    out["indicators"] = [
        {"year": ind["year"], **{name: ind.get(name) for name in INDICATOR_FIELDS}}
        for ind in indicators
    ]
    return out


@dataclass(frozen=True)
class HistoryEntry:
    at: Any
    office: str
    source: str
    field: str  # "name", or "2024.revenue" for an indicator
    old: str | None
    new: str | None
    staff: str | None = None  # the person who made the write, when known


def cooperative_history(conn: Connection, coop_id: str) -> list[HistoryEntry]:
    ind_ids = {
        row.id: row.year
        for row in conn.execute(
            select(_ind.c.id, _ind.c.year).where(_ind.c.cooperative_id == coop_id)
        )
    }
    rows = [(h, h["field"]) for h in history(conn, "cooperative", [coop_id])]
    rows += [
        (h, f"{ind_ids[h['record_id']]}.{h['field']}")
        for h in history(conn, "indicator", list(ind_ids))
    ]
    # Times have whole seconds and one write shares one time: ties keep the order of writing
    # (the history row id), not the alphabetical order of field names.
    rows.sort(key=lambda pair: (pair[0]["at"], pair[0]["id"]))
    return [
        HistoryEntry(
            h["at"], h["office"], h["source"], name, h["old_value"], h["new_value"], h.get("staff")
        )
        for h, name in rows
    ]


def table_rows(conn: Connection, where: Any = None) -> ColumnRows:
    """What the cooperative table shows (live records), with the latest year's figures, in
    name order (`name_sort`, then id), each row a mapping of field name to value. The sort
    key itself is not returned: a row's place in the list is its name order, and the keys
    were a fifth of the list's memory."""
    # The latest year is picked by the database: 30,000 rows come back instead of 150,000,
    # joined by it (one year per cooperative: `indicator` is unique by both): read apart,
    # the figures waited in a dict by id (1.5 MB more at the peak of the load).
    latest, on = _latest_figures(conn)
    query = (
        _table_query(with_sort_key=False)
        .add_columns(latest.c.year, latest.c.members, latest.c.revenue)
        .select_from(_coop.outerjoin(latest, on))
        .where(and_(_coop.c.deleted.is_(False), *([where] if where is not None else [])))
        .order_by(_name_order(conn), _tie_order(conn))
    )
    # Plain tuples: at 30,000 rows, attribute access and `row._mapping` took a third of the
    # window's start.
    result = conn.execute(query.execution_options(yield_per=_BATCH))
    # Held by column (column_rows): one object per row, and a string per id, code and name,
    # were 11 MB of the window nationally. Packed a batch at a time, so that the rows never
    # wait whole as tuples.
    rows = ColumnRows(tuple(result.keys()), _TABLE_KINDS)
    for part in result.partitions():
        rows.extend(part)
    return rows.finish()


def _latest_figures(conn: Connection) -> tuple[Any, Any]:
    """What `table_rows` joins to each cooperative (outer: None where it has none) for its
    latest figures (`year`, `members`, `revenue`), and the join's condition."""
    latest: Any
    if conn.dialect.name == "sqlite":
        # Looked up per cooperative through the (cooperative_id, year) index: SQLite made
        # the latest years of every cooperative a table in memory, and an index of it,
        # while the list was read (5.5 MB, kept by the process after the read).
        year = _ind.alias("year_of")
        latest = _ind.alias("latest")
        latest_year = (
            select(func.max(year.c.year))
            .where(year.c.cooperative_id == _coop.c.id, year.c.deleted.is_(False))
            .correlate(_coop)
            .scalar_subquery()
        )
        on = and_(latest.c.cooperative_id == _coop.c.id, latest.c.year == latest_year)
    else:  # a join of the latest years grouped by the server
        last_year = (
            select(_ind.c.cooperative_id, func.max(_ind.c.year).label("year"))
            .where(_ind.c.deleted.is_(False))
            .group_by(_ind.c.cooperative_id)
            .subquery()
        )
        latest = (
            select(_ind.c.cooperative_id, _ind.c.year, _ind.c.members, _ind.c.revenue)
            .join(
                last_year,
                and_(
                    _ind.c.cooperative_id == last_year.c.cooperative_id,
                    _ind.c.year == last_year.c.year,
                ),
            )
            .subquery()
        )
        on = latest.c.cooperative_id == _coop.c.id
    return latest, on


# How `table_rows` holds its fields (column_rows; the others repeat, and are kept once).
_TABLE_KINDS: dict[str, Kind] = {
    "id": "uuid",
    **dict.fromkeys(
        ("registration_code", "name", "search_key", "address", "representative"), "text"
    ),
    **dict.fromkeys(("members", "revenue"), "int"),
}
_BATCH = 2000


def _table_query(*, with_sort_key: bool = True) -> Any:
    return select(
        _coop.c.id, _coop.c.registration_code, _coop.c.name, _coop.c.entity_type,
        _coop.c.sector, _coop.c.status, _coop.c.area_scheme, _coop.c.area_code,
        _coop.c.province_code, _coop.c.district_code, _coop.c.registered_on,
        _coop.c.search_key, *([_coop.c.name_sort] if with_sort_key else []),
        _coop.c.has_conflict, _coop.c.address, _coop.c.representative,
    )  # fmt: skip


def _name_order(conn: Connection) -> Any:
    """`name_sort` in byte order (as Python compares strings), on PostgreSQL too."""
    order: Any = _coop.c.name_sort
    if conn.dialect.name == "postgresql":
        # name_sort is made for byte order; a server's default collation (en_US, vi_VN ...)
        # would ignore its separators and reorder the names.
        order = order.collate("C")
    return order


def _tie_order(conn: Connection) -> Any:
    """Among equal names: on SQLite the order the name index gives (its row ids), which is
    also the order of `first_table_rows` and of the first screen read without SQLAlchemy."""
    return literal_column("cooperative.rowid") if conn.dialect.name == "sqlite" else _coop.c.id


def first_table_rows(conn: Connection, count: int) -> list[Row]:
    """The first `count` rows of `table_rows` in name order: what the table's first screen
    shows while the whole list loads. Only these rows' figures are read."""
    result = conn.execute(
        _table_query().where(_coop.c.deleted.is_(False)).order_by(_name_order(conn)).limit(count)
    )
    names = (*result.keys(), "year", "members", "revenue")
    rows = result.all()
    latest: dict[str, tuple] = {}
    if rows:
        figures = select(_ind.c.cooperative_id, _ind.c.year, _ind.c.members, _ind.c.revenue).where(
            _ind.c.deleted.is_(False), _ind.c.cooperative_id.in_([row[0] for row in rows])
        )
        for cid, year, members, revenue in conn.execute(figures):
            if cid not in latest or year > latest[cid][0]:
                latest[cid] = (year, members, revenue)
    none = (None, None, None)
    return [dict(zip(names, (*row, *latest.get(row[0], none)), strict=True)) for row in rows]


def describe_value(name: str, text: str | None, sector_names: Mapping[str, str]) -> str:
    """A stored value as people read it (labels for codes, dd/mm/yyyy, 1.234.567)."""
    from desktop.core.text import format_date, format_int

    if text is None or text == "":
        return ""
    base = name.split(".")[-1]
    spec = fields.BY_NAME.get(base)
    kind = spec.kind if spec else None
    if spec is not None and kind in ("choice", "sector"):
        return spec.describe(text, sector_names if kind == "sector" else None)
    if kind == "date":
        try:
            return format_date(date.fromisoformat(text))
        except ValueError:
            return text
    if kind in ("count", "money"):
        try:
            return format_int(int(text))
        except ValueError:
            return text
    if base == "deleted":
        return (
            translate("Registry", "Đã xóa")
            if text == "1"
            else translate("Registry", "Còn hiệu lực")
        )
    if base == "area_code":
        return text
    if base == "former_area_code":  # the unit before the 2025 reform, shown with what it became
        return f"{areas.full_name(areas.PRE2025, text)} ({text})"
    return text


def describe_field(name: str) -> str:
    """`2024.revenue` -> `Năm 2024 – Doanh thu (đồng)`."""
    labels = field_labels()
    if "." in name:
        year, _, base = name.partition(".")
        return translate("Registry", "Năm {year} – {field}").format(
            year=year, field=labels.get(base, base)
        )
    return labels.get(name, name)
