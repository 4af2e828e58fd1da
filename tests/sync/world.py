"""A small sync world for the tests: the province of Quảng Bình (pre-2025 code 44) and two of
its districts, Lệ Thủy (457, office H457) and Đồng Hới (450, office H450).

The world is built once per session through the real set-up path (`init_province`, `enroll`,
`install_setup`) into template SQLite files; each test gets its own copies (copying three small
files is far faster than enrolling again).
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.core import areas, registry, settings, versions
from desktop.core.records import SPECS, Writer
from desktop.core.sync import conflicts, enrolment, exporter, keys, merger
from desktop.core.text import make_registration_code
from desktop.core.workspace import Workspace

PROVINCE = "T44"
LE_THUY = "H457"
DONG_HOI = "H450"
DISTRICTS = {LE_THUY: "457", DONG_HOI: "450"}
NAMES = {
    PROVINCE: "Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
    LE_THUY: "UBND huyện Lệ Thủy",
    DONG_HOI: "UBND thành phố Đồng Hới",
}
# A district of the same province that is not enrolled (for records outside every area).
QUANG_TRACH = "453"
DB_NAMES = {PROVINCE: "province.sqlite3", LE_THUY: "lethuy.sqlite3", DONG_HOI: "donghoi.sqlite3"}
_codes = itertools.count(1)


def commune(district: str, index: int = 0) -> str:
    return areas.children(areas.PRE2025, district)[index].code


def registration_code() -> str:
    """A fresh valid registration code (unique within the session)."""
    while True:
        try:
            return make_registration_code(f"44{next(_codes):07d}")
        except ValueError:
            continue


def coop_values(district: str, name: str, index: int = 0) -> dict[str, Any]:
    return {
        "registration_code": registration_code(),
        "name": name,
        "area_scheme": areas.PRE2025,
        "area_code": commune(district, index),
        "phone": "0232 3820 000",
        "address": "Thôn Trung",
    }


def blank_office(path: Path, identity: settings.Identity) -> Workspace:
    """A new installation as `identity`, with its own signing key and its tables empty (no
    package imported yet)."""
    ws = Workspace.open(str(path))
    with ws.transaction() as conn:
        settings.set_identity(conn, identity)
        pair = keys.new_signing_key()
        settings.put(conn, "keys", {"signing": pair.private, "signing_public": pair.public})
    ws.identity = identity
    return ws


@dataclass
class Office:
    """One office's database in the world."""

    code: str
    path: Path  # the SQLite file (for a PostgreSQL database: `url`)
    outbox: Path
    url: str | None = None
    _ws: Workspace | None = None

    @property
    def ws(self) -> Workspace:
        if self._ws is None:
            self._ws = Workspace.open(self.url or str(self.path))
        return self._ws

    @property
    def identity(self) -> settings.Identity:
        return self.ws.require_identity()

    def close(self) -> None:
        if self._ws is not None:
            self._ws.close()
            self._ws = None

    # --- sync ---------------------------------------------------------------------------------

    def export(self, **options: Any) -> list[Path]:
        return [r.path for r in exporter.export(self.ws, self.outbox, **options)]

    def export_one(self, **options: Any) -> Path:
        (path,) = self.export(**options)
        return path

    def receive(self, path: Path, **options: Any) -> merger.ImportReport:
        return merger.import_package(self.ws, path, **options)

    # --- editing ------------------------------------------------------------------------------

    def add_coop(self, district: str, name: str, indicators: dict | None = None) -> str:
        with self.ws.transaction() as conn:
            return registry.add_cooperative(
                conn, self.identity, coop_values(district, name), indicators
            )

    def edit(self, coop_id: str, changes: dict[str, Any], indicators: dict | None = None) -> dict:
        with self.ws.transaction() as conn:
            return registry.update_cooperative(conn, self.identity, coop_id, changes, indicators)

    def delete(self, coop_id: str) -> None:
        with self.ws.transaction() as conn:
            registry.delete_cooperative(conn, self.identity, coop_id)

    def restore(self, coop_id: str) -> None:
        with self.ws.transaction() as conn:
            registry.restore_cooperative(conn, self.identity, coop_id)

    def write(self, table: str, record_id: str, changes: dict[str, Any]) -> None:
        """A raw write through `Writer`, bypassing the registry's checks (to forge what a
        modified program could send)."""
        with self.ws.transaction() as conn:
            Writer(conn, self.identity).update(SPECS[table], record_id, changes)

    def resolve(self, item: dict[str, Any], value: Any) -> None:
        with self.ws.transaction() as conn:
            conflicts.resolve(conn, self.identity, item["table"], item["id"], item["field"], value)

    # --- reading ------------------------------------------------------------------------------

    def row(self, table: str, record_id: str) -> dict[str, Any] | None:
        spec = SPECS[table]
        with self.ws.reading() as conn:
            found = conn.execute(select(spec.table).where(spec.table.c.id == record_id)).first()
        return dict(found._mapping) if found else None

    def conflicts(self) -> list[dict[str, Any]]:
        with self.ws.reading() as conn:
            return conflicts.list_conflicts(conn)

    def conflicted_rows(self) -> set[tuple[str, str]]:
        out = set()
        with self.ws.reading() as conn:
            for spec in SPECS.values():
                t = spec.table
                out |= {
                    (spec.name, r)
                    for r in conn.execute(select(t.c.id).where(t.c.has_conflict)).scalars()
                }
        return out

    def office_row(self, code: str) -> dict[str, Any]:
        t = SPECS["office"].table
        with self.ws.reading() as conn:
            return dict(conn.execute(select(t).where(t.c.code == code)).one()._mapping)

    def canonical(self, visible_to: str | None = None) -> dict[str, list[tuple]]:
        return canonical(self.ws, self.office_row(visible_to) if visible_to else None)


def canonical(ws: Workspace, office: dict[str, Any] | None = None) -> dict[str, list[tuple]]:
    """Everything the synced tables mean, independent of local bookkeeping (row ids, change
    sequence numbers, who echoed what): per table, the sorted rows as (id, field values,
    canonical version state, conflict flag). With `office`, only what that office may see."""
    out: dict[str, list[tuple]] = {}
    with ws.reading() as conn:
        for spec in SPECS.values():
            query = select(spec.table)
            if office is not None:
                visible = exporter._visible(spec, office)
                if visible is not None:
                    query = query.where(visible)
            rows = []
            for found in conn.execute(query):
                row = dict(found._mapping)
                meta = versions.decode(row["sync_meta"], spec.fields)
                rows.append(
                    (
                        row["id"],
                        versions.canonical(spec.to_wire(row)),
                        versions.encode(meta, spec.fields),
                        bool(row["has_conflict"]),
                    )
                )
            out[spec.name] = sorted(rows)
    return out


def differences(a: dict[str, list[tuple]], b: dict[str, list[tuple]]) -> list[str]:
    """Readable differences between two canonical exports (empty when equal)."""
    out = []
    for table in a:
        left = {r[0]: r for r in a[table]}
        right = {r[0]: r for r in b[table]}
        for rid in sorted(set(left) | set(right)):
            if left.get(rid) != right.get(rid):
                out.append(f"{table} {rid}:\n  {left.get(rid)}\n  {right.get(rid)}")
    return out


@dataclass
class World:
    folder: Path
    offices: dict[str, Office]
    coops: dict[str, list[str]]  # district area code -> ids of the cooperatives made at set-up
    tasks: dict[str, str] = field(default_factory=dict)  # name -> id

    @property
    def province(self) -> Office:
        return self.offices[PROVINCE]

    @property
    def lethuy(self) -> Office:
        return self.offices[LE_THUY]

    @property
    def donghoi(self) -> Office:
        return self.offices[DONG_HOI]

    def district(self, code: str) -> Office:
        return self.offices[code]

    def close(self) -> None:
        for office in self.offices.values():
            office.close()

    def copy_province(self, name: str) -> Office:
        """A copy of the province database as it is now (to replay imports in another order)."""
        self.province.close()
        target = self.folder / f"{name}.sqlite3"
        shutil.copyfile(self.province.path, target)
        return Office(PROVINCE, target, self.folder / f"out-{name}")

    def sync_down(self) -> None:
        """The province sends every district its package and the districts import them."""
        for path in self.province.export():
            code = path.stem.rsplit("_", 1)[-1]
            report = self.offices[code].receive(path)
            assert report.status == merger.APPLIED, report.errors

    def sync_up(self, codes: Iterable[str] = (LE_THUY, DONG_HOI)) -> None:
        for code in codes:
            report = self.province.receive(self.offices[code].export_one())
            assert report.status == merger.APPLIED, report.errors

    def settle(self) -> None:
        """Rounds of exchange until nothing is left to send (two are enough)."""
        self.sync_down()
        self.sync_up()
        self.sync_down()

    def assert_districts_match(self) -> None:
        for code in DISTRICTS:
            diff = differences(
                self.province.canonical(visible_to=code), self.offices[code].canonical()
            )
            assert not diff, f"{code} differs from the province:\n" + "\n".join(diff[:5])


# --- building the template ------------------------------------------------------------------------


def build_template(folder: Path, province_db: str | None = None) -> dict[str, Any]:
    """Make the three databases in `folder` (the province's at `province_db` when given);
    returns the ids the tests refer to."""
    folder.mkdir(parents=True, exist_ok=True)
    province = Workspace.open(province_db or str(folder / DB_NAMES[PROVINCE]))
    ident = enrolment.init_province(
        province, code=PROVINCE, name=NAMES[PROVINCE], area_code="44", scheme="pre2025"
    )
    coops: dict[str, list[str]] = {}
    tasks: dict[str, str] = {}
    with province.transaction() as conn:
        for district, stems in (("457", ["Sen Thủy", "Hưng Thủy", "Mỹ Thủy"]),
                                ("450", ["Bắc Lý", "Đồng Phú", "Hải Thành"])):  # fmt: skip
            for n, stem in enumerate(stems):
                values = coop_values(district, f"Hợp tác xã Nông nghiệp {stem}", index=n)
                figures = {2024: {"members": 20 + n, "revenue": 1_000_000_000 + n}}
                coops.setdefault(district, []).append(
                    registry.add_cooperative(conn, ident, values, figures)
                )
        writer = Writer(conn, ident, source="edit")
        directive = writer.create(
            SPECS["directive"],
            {"number": "12/CT-UBND", "title": "Chỉ thị về phát triển kinh tế tập thể"},
        )
        tasks["directive"] = directive
        for name, offices in (("shared", [LE_THUY, DONG_HOI]), ("donghoi", [DONG_HOI])):
            task = writer.create(
                SPECS["task"],
                {"directive_id": directive, "title": f"Nhiệm vụ {name}", "cycle": "quarter",
                 "position": 1, "extensions": 0},
            )  # fmt: skip
            tasks[f"task:{name}"] = task
            for k, office in enumerate(offices):
                tasks[f"assignment:{name}:{office}"] = writer.create(
                    SPECS["assignment"],
                    {
                        "task_id": task,
                        "office_code": office,
                        "role": "lead" if k == 0 else "support",
                    },
                )
    setups = {}
    for code, area in DISTRICTS.items():
        setups[code] = enrolment.enroll(
            province, code=code, name=NAMES[code], area_code=area, out=folder / f"{code}.htxsetup"
        )
    province.close()
    for code in DISTRICTS:
        ws = Workspace.open(str(folder / DB_NAMES[code]))
        enrolment.install_setup(ws, setups[code])
        ws.close()
    for path in folder.glob(
        "*.sqlite3-*"
    ):  # WAL files are folded in when the last connection closes
        raise AssertionError(f"left over: {path}")
    return {"coops": coops, "tasks": tasks}


def copy_world(template: Path, info: dict[str, Any], folder: Path) -> World:
    folder.mkdir(parents=True)
    offices = {}
    for code, name in DB_NAMES.items():
        shutil.copyfile(template / name, folder / name)
        offices[code] = Office(code, folder / name, folder / f"out-{code}")
    for setup in template.glob("*.htxsetup"):
        shutil.copyfile(setup, folder / setup.name)
    return World(
        folder, offices, {k: list(v) for k, v in info["coops"].items()}, dict(info["tasks"])
    )


def build_world(folder: Path, province_db: str) -> World:
    """A world built in place (no template), the province on any database (PostgreSQL)."""
    info = build_template(folder, province_db)
    offices = {PROVINCE: Office(PROVINCE, folder / "province", folder / "out-T44", province_db)}
    for code in DISTRICTS:
        offices[code] = Office(code, folder / DB_NAMES[code], folder / f"out-{code}")
    return World(folder, offices, info["coops"], info["tasks"])
