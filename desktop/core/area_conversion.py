"""Moving the registry to the post-2025 units, at the province, as one reviewed operation.

`preview` says, for every live cooperative still on the old codes, which new unit it becomes:
most old communes went whole into one new commune (converted at once); a split commune lists
its candidates for a person to choose (`choose`), with the record's address to help. `convert`
applies the one-to-one part as ordinary edits (one write, so they travel in packages to the
offices concerned like any change); each record keeps the unit it had in `former_area_scheme`
and `former_area_code`, shown in its history.

Old district offices are dealt with here too: each is mapped to the commune office it becomes
(same keys, same installation) or retired (it is sent nothing more; its last packages are still
accepted).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, select

from desktop.core import areas, settings
from desktop.core.errors import KnownError, NotFoundError, ValidationError
from desktop.core.i18n import translate
from desktop.core.records import SPECS, Row, Writer
from desktop.core.workspace import configure, reference_id

COOP = SPECS["cooperative"]
OFFICE = SPECS["office"]
_coop = COOP.table
_office = OFFICE.table
SOURCE = "convert"

CONVERTED = "converted"
NEEDS_CHOICE = "needs_choice"
UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Candidate:
    code: str
    name: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "name": self.name}


@dataclass
class Item:
    """One cooperative in the preview."""

    id: str
    registration_code: str
    name: str
    address: str | None
    old_scheme: str
    old_code: str | None
    old_name: str
    new_code: str | None = None  # set when one-to-one
    new_name: str = ""
    candidates: list[Candidate] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "registration_code": self.registration_code,
            "name": self.name,
            "address": self.address,
            "old_scheme": self.old_scheme,
            "old_code": self.old_code,
            "old_name": self.old_name,
            "new_code": self.new_code,
            "new_name": self.new_name,
            "candidates": [c.to_json() for c in self.candidates],
        }


@dataclass
class Preview:
    converted: list[Item] = field(default_factory=list)
    needs_choice: list[Item] = field(default_factory=list)
    unchanged: list[Item] = field(default_factory=list)
    applied: bool = False
    seconds: float = 0.0
    province: str | None = None  # the post-2025 province the registry moves to

    def to_json(self) -> dict[str, Any]:
        return {
            "applied": self.applied,
            "province": self.province,
            "seconds": round(self.seconds, 3),
            "counts": {
                CONVERTED: len(self.converted),
                NEEDS_CHOICE: len(self.needs_choice),
                UNCHANGED: len(self.unchanged),
            },
            CONVERTED: [i.to_json() for i in self.converted],
            NEEDS_CHOICE: [i.to_json() for i in self.needs_choice],
            UNCHANGED: [i.to_json() for i in self.unchanged],
        }


def already_converted(conn: Connection, identity: settings.Identity) -> str | None:
    """Why there is nothing to convert, when the data is already in the post-2025 scheme:
    the office, every live cooperative, and every old district office (mapped or retired).
    None while something is left (the office is still on the old scheme, a cooperative keeps
    an old code, or an old district office is neither mapped nor retired)."""
    if identity.area_scheme != areas.POST2025:
        return None
    old_coop = conn.execute(
        select(_coop.c.id)
        .where(_coop.c.deleted.is_(False), _coop.c.area_scheme != areas.POST2025)
        .limit(1)
    ).first()
    if old_coop is not None:
        return None
    if any(not office.retired for office in old_offices(conn)):
        return None
    return translate(
        "Conversion",
        "Dữ liệu đã theo địa giới từ 01/07/2025 (tỉnh – xã): không còn hợp tác xã hay đơn vị "
        "cấp huyện cũ nào cần chuyển.",
    )


def _require_hub(identity: settings.Identity) -> None:
    if not identity.is_hub:
        raise KnownError(
            translate(
                "Conversion",
                "Chỉ cấp tỉnh mới chuyển được danh sách hợp tác xã sang địa giới mới; đơn vị "
                "khác nhận kết quả qua gói đồng bộ.",
            )
        )


def _target(scheme: str, code: str | None) -> tuple[str | None, list[Candidate]]:
    """(the new unit when there is exactly one, candidates otherwise)."""
    if scheme != areas.PRE2025:
        return None, []
    unit = areas.unit(areas.PRE2025, code)
    if unit is None:
        return None, []
    if unit.level == "province":
        new = areas.successor_province(unit.code)
        return (new.code if new else None), []
    after = areas.successors(unit.code)
    if unit.level == "commune" and len(after) == 1 and not areas.is_split(unit.code):
        return after[0].code, []
    return None, [Candidate(u.code, u.name) for u in after]


def preview(conn: Connection, *, to: str = areas.POST2025) -> Preview:
    """What converting every live cooperative would do (nothing is written)."""
    if to != areas.POST2025:
        raise ValidationError(
            {
                "to": translate(
                    "Conversion", "Chỉ chuyển được sang địa giới từ 01/07/2025 (post2025)."
                )
            }
        )
    started = time.perf_counter()
    result = Preview()
    provinces: dict[str, int] = {}
    query = (
        select(_coop.c.id, _coop.c.registration_code, _coop.c.name, _coop.c.address,
               _coop.c.area_scheme, _coop.c.area_code)
        .where(_coop.c.deleted.is_(False))
        .order_by(_coop.c.name_sort)
    )  # fmt: skip
    for row in conn.execute(query):
        item = Item(
            id=row.id, registration_code=row.registration_code, name=row.name,
            address=row.address, old_scheme=row.area_scheme, old_code=row.area_code,
            old_name=areas.full_name(row.area_scheme, row.area_code),
        )  # fmt: skip
        if row.area_scheme == areas.POST2025:
            item.new_code, item.new_name = row.area_code, item.old_name
            result.unchanged.append(item)
            continue
        new_code, candidates = _target(row.area_scheme, row.area_code)
        if new_code:
            item.new_code = new_code
            item.new_name = areas.full_name(areas.POST2025, new_code)
            result.converted.append(item)
            province = areas.lineage(areas.POST2025, new_code)[0].code
            provinces[province] = provinces.get(province, 0) + 1
        else:
            item.candidates = candidates
            result.needs_choice.append(item)
    if provinces:
        result.province = max(provinces, key=lambda p: provinces[p])
    result.seconds = time.perf_counter() - started
    return result


def _changes(current: Row, new_code: str) -> Row:
    chain = areas.lineage(areas.POST2025, new_code)
    changes: Row = {
        "area_scheme": areas.POST2025,
        "area_code": new_code,
        "province_code": chain[0].code if chain else None,
        "district_code": None,
    }
    if current["area_scheme"] == areas.PRE2025:
        changes["former_area_scheme"] = current["area_scheme"]
        changes["former_area_code"] = current["area_code"]
    return changes


def convert(conn: Connection, identity: settings.Identity, *, to: str = areas.POST2025,
            dry_run: bool = False) -> tuple[Preview, settings.Identity]:  # fmt: skip
    """Preview, and unless `dry_run` apply the one-to-one conversions in one write (the
    caller's transaction). The province itself moves to the new scheme with them. Returns
    the preview and the (possibly updated) identity."""
    _require_hub(identity)
    started = time.perf_counter()
    result = preview(conn, to=to)
    if dry_run:
        return result, identity
    identity = _move_hub(conn, identity, result.province)
    if result.converted:
        writer = Writer(conn, identity, source=SOURCE)
        ids = [item.id for item in result.converted]
        rows = _load(conn, ids)
        targets = {item.id: item.new_code for item in result.converted}
        writer.apply_many(
            COOP, ((rows[i], _changes(rows[i], targets[i] or "")) for i in ids if i in rows)
        )
    result.applied = True
    result.seconds = time.perf_counter() - started
    return result, identity


def _load(conn: Connection, ids: Iterable[str]) -> dict[str, Row]:
    out: dict[str, Row] = {}
    wanted = list(ids)
    for start in range(0, len(wanted), 900):
        chunk = wanted[start : start + 900]
        for row in conn.execute(select(_coop).where(_coop.c.id.in_(chunk))):
            out[row.id] = dict(row._mapping)
    return out


def _move_hub(conn: Connection, identity: settings.Identity, province: str | None
              ) -> settings.Identity:  # fmt: skip
    """A pre-2025 province moves to the new scheme with its registry (Quảng Bình's master
    becomes one of Quảng Trị's)."""
    if identity.area_scheme == areas.POST2025:
        return identity
    new_province = None
    if identity.area_code:
        found = areas.successor_province(identity.area_code)
        new_province = found.code if found else None
    new_province = new_province or province
    moved = replace(identity, area_scheme=areas.POST2025, area_code=new_province)
    settings.set_identity(conn, moved)
    writer = Writer(conn, moved, source=SOURCE)
    oid = reference_id("office", moved.office_code)
    current = writer.load(OFFICE, oid)
    if current is None:
        configure(conn, moved)
    else:
        writer.apply(OFFICE, current, {"area_scheme": areas.POST2025, "area_code": new_province})
    return moved


def choose(conn: Connection, identity: settings.Identity, key: str, new_code: str) -> Item:
    """A person's choice for one record (registration code or id): its new commune."""
    _require_hub(identity)
    row = conn.execute(
        select(_coop).where(
            _coop.c.deleted.is_(False),
            (_coop.c.registration_code == key.strip()) | (_coop.c.id == key.strip()),
        )
    ).first()
    if row is None:
        raise NotFoundError(
            translate("Conversion", "Không tìm thấy hợp tác xã có mã số {key}.").format(key=key)
        )
    current = dict(row._mapping)
    if current["area_scheme"] == areas.POST2025:
        raise KnownError(
            translate(
                "Conversion", "Hợp tác xã “{name}” đã dùng địa giới mới ({area}); không cần chọn."
            ).format(
                name=current["name"], area=areas.full_name(areas.POST2025, current["area_code"])
            )
        )
    _, candidates = _target(current["area_scheme"], current["area_code"])
    allowed = [c.code for c in candidates]
    new_code = new_code.strip()
    if new_code not in allowed:
        names = "; ".join(f"{c.code} {c.name}" for c in candidates) or "—"
        raise ValidationError(
            {
                "area_code": translate(
                    "Conversion",
                    "Mã {code} không phải là xã, phường tiếp nhận địa bàn cũ “{old}”. Hãy chọn "
                    "một trong: {names}.",
                ).format(
                    code=new_code,
                    old=areas.full_name(current["area_scheme"], current["area_code"]),
                    names=names,
                )
            }
        )
    Writer(conn, identity, source=SOURCE).apply(COOP, current, _changes(current, new_code))
    return Item(
        id=current["id"], registration_code=current["registration_code"], name=current["name"],
        address=current["address"], old_scheme=current["area_scheme"],
        old_code=current["area_code"],
        old_name=areas.full_name(current["area_scheme"], current["area_code"]),
        new_code=new_code, new_name=areas.full_name(areas.POST2025, new_code),
    )  # fmt: skip


# --- old district offices ----------------------------------------------------------------------


@dataclass(frozen=True)
class OldOffice:
    code: str
    name: str
    area_code: str | None
    area_name: str
    successors: list[Candidate]  # the new communes that took in part of its district
    retired: bool


def old_offices(conn: Connection) -> list[OldOffice]:
    """Offices still on the old scheme (districts), with the communes their area went to."""
    rows = conn.execute(
        select(_office)
        .where(_office.c.deleted.is_(False), _office.c.area_scheme == areas.PRE2025,
               _office.c.role == settings.DISTRICT)
        .order_by(_office.c.code)
    )  # fmt: skip
    return [
        OldOffice(
            code=r.code,
            name=r.name,
            area_code=r.area_code,
            area_name=areas.full_name(areas.PRE2025, r.area_code),
            successors=[Candidate(u.code, u.name) for u in areas.successors(r.area_code)],
            retired=bool(r.retired),
        )
        for r in rows
    ]


def _office_row(writer: Writer, code: str) -> Row:
    current = writer.load(OFFICE, reference_id("office", code.strip().upper()))
    if current is None or current["deleted"]:
        raise NotFoundError(translate("Conversion", "Không có đơn vị mã {code}.").format(code=code))
    return current


def map_office(conn: Connection, identity: settings.Identity, code: str, commune: str,
               name: str | None = None) -> Row:  # fmt: skip
    """An old district office becomes the office of one of the communes that took in its
    area: same keys and installation, new role and area (its installation follows when it
    imports the province's next package)."""
    _require_hub(identity)
    writer = Writer(conn, identity, source=SOURCE)
    current = _office_row(writer, code)
    unit = areas.unit(areas.POST2025, commune.strip())
    if unit is None or unit.level != "commune":
        raise ValidationError(
            {"area_code": translate("Conversion", "Mã xã {code} không có trong danh mục mới.").format(
                code=commune)}
        )  # fmt: skip
    if current["area_scheme"] == areas.PRE2025:
        allowed = {u.code for u in areas.successors(current["area_code"])}
        if allowed and unit.code not in allowed:
            raise ValidationError(
                {"area_code": translate(
                    "Conversion",
                    "{commune} không tiếp nhận phần nào của {old}; hãy chọn một xã, phường mới "
                    "của địa bàn cũ.",
                ).format(commune=unit.name, old=areas.name(areas.PRE2025, current["area_code"]))}
            )  # fmt: skip
    changes: Row = {
        "role": settings.COMMUNE, "area_scheme": areas.POST2025, "area_code": unit.code,
        "retired": False,
    }  # fmt: skip
    if current["area_scheme"] == areas.PRE2025:
        changes["former_area_scheme"] = current["area_scheme"]
        changes["former_area_code"] = current["area_code"]
    if name:
        changes["name"] = name
    writer.apply(OFFICE, current, changes)
    return {**current, **changes}


def retire_office(conn: Connection, identity: settings.Identity, code: str,
                  successors: Iterable[str] = ()) -> Row:  # fmt: skip
    """An old district office stops: it is sent nothing more, its last packages are still
    accepted; `successors` are the offices that take over its work (recorded on it)."""
    _require_hub(identity)
    writer = Writer(conn, identity, source=SOURCE)
    current = _office_row(writer, code)
    codes = [c.strip().upper() for c in successors if c.strip()]
    for other in codes:
        _office_row(writer, other)
    changes: Row = {"retired": True, "successors": ",".join(codes) or None}
    writer.apply(OFFICE, current, changes)
    return {**current, **changes}


def apply_choices(conn: Connection, identity: settings.Identity,
                  choices: dict[str, str], notify: Callable[[int], None] | None = None
                  ) -> list[Item]:  # fmt: skip
    """Several choices (id -> new commune) in one transaction."""
    done = []
    for n, (key, code) in enumerate(choices.items(), 1):
        done.append(choose(conn, identity, key, code))
        if notify:
            notify(n)
    return done


@dataclass
class Plan:
    """What a person decided in the review: choices for split communes (cooperative id ->
    new commune) and what becomes of each old district office (code -> a commune code, or
    RETIRE)."""

    choices: dict[str, str] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)


RETIRE = "retire"


def apply_plan(conn: Connection, identity: settings.Identity, plan: Plan
               ) -> tuple[Preview, settings.Identity]:  # fmt: skip
    """The reviewed operation in one transaction (the caller's): the one-to-one conversions,
    the chosen communes, the old district offices mapped or retired."""
    result, identity = convert(conn, identity)
    chosen = apply_choices(conn, identity, plan.choices)
    done = {item.id for item in chosen}
    result.converted.extend(chosen)
    result.needs_choice = [i for i in result.needs_choice if i.id not in done]
    for code, target in plan.offices.items():
        if target == RETIRE:
            retire_office(conn, identity, code)
        elif target:
            map_office(conn, identity, code, target)
    return result, identity
