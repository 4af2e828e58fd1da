"""SYNC.md property 9: hostile files are harmless. Malformed archives, zip bombs, path
traversal, wrong types, huge fields, invalid text: a clear message, no crash, nothing changed.

Most of the payload cases are signed with the sender's real key, so they reach the checks
behind the signature: what a buggy or modified program at an enrolled office could send.
"""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop.core import areas, registry
from desktop.core.records import SPECS
from desktop.core.sync import exporter, merger, package
from tests.sync.forge import craft, entries, payload_of, rewrite, write_zip
from tests.sync.world import Office, World

DAMAGED = "không phải là gói đồng bộ hợp lệ hoặc đã bị hỏng"
STRUCTURE = "Dữ liệu trong gói sai cấu trúc"
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def refused(office: Office, path: Path, message: str) -> merger.ImportReport:
    before = office.canonical()
    report = office.receive(path)
    assert report.status == merger.REFUSED, report.to_json()
    assert len(report.errors) == 1 and message in report.errors[0], report.errors
    assert office.canonical() == before
    return report


@pytest.fixture
def sent(world: World) -> Path:
    world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 000"})
    world.lethuy.add_coop("457", "Hợp tác xã Lâm Thủy", {2024: {"members": 11}})
    return world.lethuy.export_one()


# --- the container ------------------------------------------------------------------------------


def test_truncated_files_are_refused(world: World, sent: Path) -> None:
    data = sent.read_bytes()
    for cut in (0, 1, 22, len(data) // 3, len(data) // 2, len(data) - 23, len(data) - 1):
        target = sent.with_name(f"cut-{cut}.htxpkg")
        target.write_bytes(data[:cut])
        refused(world.province, target, DAMAGED)


def test_files_that_are_not_packages_are_refused(world: World, tmp_path: Path) -> None:
    text = tmp_path / "note.htxpkg"
    text.write_text("không phải gói", encoding="utf-8")
    refused(world.province, text, DAMAGED)
    refused(world.province, tmp_path / "missing.htxpkg", "Không đọc được tệp")
    other = write_zip(tmp_path / "other.htxpkg", {"a.txt": b"x"})
    refused(world.province, other, DAMAGED)
    setup = next(world.folder.glob("*.htxsetup"))  # a ZIP, but a setup file
    refused(world.province, setup, DAMAGED)


def test_a_zip_bomb_is_refused_before_it_is_inflated(world: World, sent: Path) -> None:
    files = entries(sent)
    files[package.PAYLOAD] = b" " * 60_000_000  # 60 MB that deflate to about 60 KB
    bomb = write_zip(sent.with_name("bomb.htxpkg"), files)
    assert bomb.stat().st_size < 200_000
    refused(world.province, bomb, "nén bất thường")


def test_a_zip_lying_about_its_sizes_is_refused(world: World, sent: Path) -> None:
    """The central directory claims a tiny payload; the data inflates to far more."""
    files = entries(sent)
    files[package.PAYLOAD] = b"{" * 5_000_000
    path = write_zip(sent.with_name("liar.htxpkg"), files)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(package.PAYLOAD)
    central = data.find(b"PK\x01\x02" + data[info.header_offset + 4 : info.header_offset + 8])
    while central != -1:
        name_length = struct.unpack("<H", data[central + 28 : central + 30])[0]
        if data[central + 46 : central + 46 + name_length] == package.PAYLOAD.encode():
            data[central + 24 : central + 28] = struct.pack("<I", 100)  # uncompressed size
            break
        central = data.find(b"PK\x01\x02", central + 4)
    data[info.header_offset + 22 : info.header_offset + 26] = struct.pack("<I", 100)
    path.write_bytes(bytes(data))
    refused(world.province, path, "")


@pytest.mark.parametrize("name", ["../x.txt", "/etc/x.txt", "..\\x.txt", "a/../../x.txt"])
def test_path_traversal_names_are_refused_and_nothing_is_written(
    world: World, sent: Path, name: str, tmp_path: Path
) -> None:
    files = entries(sent)
    files[name] = b"owned"
    path = write_zip(sent.with_name("traversal.htxpkg"), files)
    refused(world.province, path, DAMAGED)
    assert not (path.parent.parent / "x.txt").exists()
    assert not Path("/etc/x.txt").exists()


def test_too_many_entries_are_refused(world: World, sent: Path) -> None:
    files = entries(sent) | {f"extra-{n}.txt": b"" for n in range(20)}
    refused(world.province, write_zip(sent.with_name("many.htxpkg"), files), DAMAGED)


def test_a_huge_manifest_is_refused(world: World, sent: Path) -> None:
    padded = rewrite(sent, manifest={"padding": "x" * 300_000}, sign_with=world.lethuy)
    refused(world.province, padded, "quá lớn")


# --- the manifest -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"format": "something-else"}, "không phải là gói đồng bộ HTX Desktop"),
        ({"format_version": "1"}, "manifest"),
        ({"format_version": True}, "manifest"),
        ({"sequence": -1}, "manifest"),
        ({"sequence": 2**70}, "manifest"),
        ({"sequence": 1.5}, "manifest"),
        ({"package_id": "../../etc"}, "manifest"),
        ({"source_office": "h457; DROP TABLE office"}, "manifest"),
        ({"source_office": ["H457"]}, "manifest"),
        ({"counts": {"cooperative": "nhiều"}}, "manifest"),
        ({"payload": None}, "manifest"),
        ({"created_at": "x" * 1000}, "manifest"),
    ],
)
def test_a_malformed_manifest_is_refused(
    world: World, sent: Path, change: dict[str, Any], message: str
) -> None:
    refused(world.province, rewrite(sent, manifest=change, sign_with=world.lethuy), message)


def test_a_manifest_that_is_not_utf8_is_refused(world: World, sent: Path) -> None:
    files = entries(sent)
    files[package.MANIFEST] = b'{"format": "htx-sync-package", "x": "\xff\xfe"}'
    refused(world.province, write_zip(sent.with_name("latin.htxpkg"), files), "manifest")


# --- the payload, signed by the real sender ------------------------------------------------------


def coop_payload(world: World, **changes: Any) -> dict[str, Any]:
    """A well-formed payload of one new cooperative of Lệ Thủy, with `changes` applied to its
    (column -> value) row."""
    real = payload_of(_one_coop(world))
    body = real["tables"]["cooperative"]
    row = {c: values[0] for c, values in zip(body["columns"], body["data"], strict=True)}
    row.update(changes)
    return {"tables": {"cooperative": {"columns": list(row), "data": [[v] for v in row.values()]}}}


def _one_coop(world: World) -> Path:
    cached = world.folder / "one-coop.htxpkg"
    if not cached.exists():
        world.lethuy.add_coop("457", "Hợp tác xã Mẫu Hostile", {})
        cached.write_bytes(world.lethuy.export_one().read_bytes())
    return cached


def test_a_well_formed_crafted_payload_is_accepted(world: World, tmp_path: Path) -> None:
    """The control for the cases below: the crafted package itself is fine."""
    report = world.province.receive(craft(world.lethuy, tmp_path, coop_payload(world)))
    assert report.status == merger.APPLIED and report.counts["new"] == 1


@pytest.mark.parametrize(
    "changes",
    [
        {"name": 123},
        {"name": None},
        {"name": ["Hợp tác xã"]},
        {"name": {"vi": "Hợp tác xã"}},
        {"name": "x" * 301},  # longer than the column
        {"notes": "x" * 200_000},  # text beyond any sane field
        {"deleted": "no"},
        {"deleted": 0},
        {"founded_on": "05/03/2019"},
        {"founded_on": "2019-02-30"},
        {"founded_on": "20190305"},  # ISO 8601, but not the form packages use
        {"founded_on": 20190305},
        {"id": "not-a-uuid"},
        {"id": None},
        {"sync_meta": "{not json"},
        {"sync_meta": 5},
        {"sync_meta": "[]"},
        {"sync_meta": json.dumps({"v": {"H457": "1"}})},
        {"sync_meta": json.dumps({"v": {"H457": 1}, "d": {"_": "H457.x"}})},
        {"sync_meta": json.dumps({"v": {"H457": 1}, "d": {"_": "H457.²"}})},
        {"sync_meta": json.dumps({"v": {"H457": 1}, "d": {"_": "H457.1"}, "x": {"nope": []}})},
        {"sync_meta": json.dumps({"v": {"H457": 1}, "d": {"_": "H457.1"}, "t": {"H457.1": 1e300}})},
        {
            "sync_meta": json.dumps(
                {"v": {"H457": 1}, "d": {"_": "H457.1"}, "t": {"H457.1": 10**20}}
            )
        },
        {
            "sync_meta": json.dumps(
                {"v": {"H457": 1}, "d": {"_": "H457.1"}, "t": {"H457.1": -(10**15)}}
            )
        },
        {
            "sync_meta": json.dumps(
                {"v": {"H457": 1}, "d": {"_": "H457.1"}, "x": {"name": [[1, "H457.1"]]}}
            )
        },
        {"sync_meta": "[" * 100_000},
        {"unknown_column": 1},
        {"name": "Hợp tác xã \ud800"},  # a lone surrogate: not text any database can store
        {"name": "Hợp tác xã \x00"},
    ],
    ids=lambda c: next(iter(c)) + ":" + repr(next(iter(c.values())))[:24],
)
def test_wrong_types_and_huge_fields_are_refused(
    world: World, tmp_path: Path, changes: dict[str, Any]
) -> None:
    path = craft(world.lethuy, tmp_path, coop_payload(world, **changes))
    before = world.province.canonical()
    report = world.province.receive(path)
    assert report.status == merger.REFUSED, report.to_json()
    assert report.errors and report.errors[0]
    assert world.province.canonical() == before


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"tables": []},
        {"tables": {"cooperative": []}},
        {"tables": {"nope": {"columns": ["id", "sync_meta"], "data": [[], []]}}},
        {"tables": {"cooperative": {"columns": ["id"], "data": [[]]}}},
        {"tables": {"cooperative": {"columns": [["id"]], "data": [[]]}}},
        {"tables": {"cooperative": {"columns": ["id", "id", "sync_meta"], "data": [[], [], []]}}},
        {"tables": {"cooperative": {"columns": ["id", "sync_meta"], "data": [["a"], []]}}},
        {"tables": {"cooperative": {"columns": ["id", "sync_meta"], "data": {"id": []}}}},
        {"tables": {"cooperative": {"columns": ["id", "sync_meta"], "rows": [["a", "{}"]]}}},
    ],
)
def test_malformed_payload_structures_are_refused(
    world: World, tmp_path: Path, payload: Any
) -> None:
    refused(world.province, craft(world.lethuy, tmp_path, payload), STRUCTURE)


def test_a_payload_that_is_not_utf8_or_not_json_is_refused(world: World, tmp_path: Path) -> None:
    for raw in (b'{"tables": {"x": "\xff"}}', b"\x00\x01", b'{"tables": {}', b"[" * 200_000):
        refused(world.province, craft(world.lethuy, tmp_path, None, raw=raw), "không đọc được")


def test_columns_a_district_row_cannot_do_without_are_refused(world: World, tmp_path: Path) -> None:
    payload = coop_payload(world)
    body = payload["tables"]["cooperative"]
    at = body["columns"].index("name")
    del body["columns"][at], body["data"][at]
    path = craft(world.lethuy, tmp_path, payload)
    before = world.province.canonical()
    report = world.province.receive(path)
    assert report.status == merger.REFUSED, report.to_json()
    assert world.province.canonical() == before


# --- fuzzing ----------------------------------------------------------------------------------


@FUZZ
@given(data=st.data())
def test_fuzz_damaged_copies_of_a_valid_package(
    make_world: Any, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Random byte flips and truncations: refused with nothing changed, or (when the damage
    fell on a part nobody reads) imported exactly like the intact package."""
    state = _fuzz_state(make_world)
    original = state["bytes"]
    damaged = bytearray(original)
    for _ in range(data.draw(st.integers(1, 4), label="flips")):
        at = data.draw(st.integers(0, len(damaged) - 1), label="at")
        damaged[at] ^= data.draw(st.integers(1, 255), label="xor")
    if data.draw(st.booleans(), label="truncate"):
        damaged = damaged[: data.draw(st.integers(0, len(damaged)), label="length")]
    path = tmp_path_factory.mktemp("fuzz") / "damaged.htxpkg"
    path.write_bytes(bytes(damaged))
    province = state["fresh"]()
    report = province.receive(path)
    if report.status == merger.REFUSED:
        assert report.errors and report.errors[0]
        assert province.canonical() == state["before"]
    else:
        assert report.status == merger.APPLIED
        assert province.canonical() == state["after"]
    province.close()


_FUZZ_CACHE: dict[int, dict[str, Any]] = {}


def _fuzz_state(make_world: Any) -> dict[str, Any]:
    key = id(make_world)
    if key not in _FUZZ_CACHE:
        _FUZZ_CACHE.clear()
        world = make_world()
        world.lethuy.edit(world.coops["457"][0], {"phone": "0913 000 000"})
        world.lethuy.add_coop("457", "Hợp tác xã Lâm Thủy", {2024: {"members": 11}})
        path = world.lethuy.export_one()
        base = world.copy_province("fuzz-base")
        before = base.canonical()
        base.close()
        expected = world.copy_province("fuzz-expected")
        assert expected.receive(path).status == merger.APPLIED
        after = expected.canonical()
        expected.close()
        copies = iter(range(10**6))

        def fresh() -> Office:
            target = world.folder / f"fuzz-{next(copies)}.sqlite3"
            target.write_bytes(base.path.read_bytes())
            return Office(base.code, target, world.folder / "fuzz-out")

        _FUZZ_CACHE[key] = {"bytes": path.read_bytes(), "before": before, "after": after,
                            "fresh": fresh}  # fmt: skip
    return _FUZZ_CACHE[key]


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.sampled_from(["", "2024-01-01", "20240101", "\ud800", "\x00", "H457.1", "T44.999999"]),
)
_json = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def _metas(draw: st.DrawFn) -> str:
    offices = st.sampled_from(["H457", "H450", "T44", "SEED", "X", "H457" * 20])
    dots = st.builds(lambda o, n: f"{o}.{n}", offices, st.integers(0, 2**64))
    fields = st.sampled_from(["name", "phone", "deleted", "year", "members", "zzz"])
    raw = draw(
        st.fixed_dictionaries(
            {},
            optional={
                "v": st.dictionaries(offices, st.integers(-5, 2**64) | _scalars, max_size=3),
                "d": st.dictionaries(
                    st.sampled_from(["_", "name", "deleted"]), dots | _scalars, max_size=3
                ),
                "t": st.dictionaries(dots, st.integers(-(2**64), 2**64) | _scalars, max_size=2),
                "x": st.dictionaries(
                    fields, st.lists(st.lists(_json | dots, max_size=3), max_size=2), max_size=2
                ),
                "s": st.dictionaries(
                    dots, st.dictionaries(offices, st.integers(0, 10) | _scalars), max_size=2
                ),
            },
        )
    )
    return json.dumps(raw)


@st.composite
def _payloads(draw: st.DrawFn, world: World) -> dict[str, Any]:
    base = coop_payload(world)["tables"]["cooperative"]
    row = dict(zip(base["columns"], (v[0] for v in base["data"]), strict=True))
    tables: dict[str, Any] = {}
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from([*SPECS, "cooperative", "cooperative"]))
        spec = SPECS[table]
        columns = ["id", *spec.fields, "sync_meta"]
        template = dict(row) if table == "cooperative" else dict.fromkeys(columns)
        template["id"] = draw(st.sampled_from([row["id"], world.coops["457"][0], world.coops["450"][0],
                                               "00000000-0000-4000-8000-000000000000"]))  # fmt: skip
        for column in draw(st.lists(st.sampled_from(columns), max_size=4, unique=True)):
            template[column] = draw(_json | _metas() if column == "sync_meta" else _json)
        if draw(st.booleans()):
            template["sync_meta"] = draw(_metas())
        if draw(st.booleans()) and len(template) > 2:
            template.pop(draw(st.sampled_from(sorted(template))))
        tables[table] = {"columns": list(template), "data": [[v] for v in template.values()]}
    return {"tables": tables}


@FUZZ
@given(data=st.data())
def test_fuzz_signed_payloads_never_crash_and_never_half_apply(
    make_world: Any, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Anything an enrolled district could sign: the import is refused with a message (and
    nothing changed) or applied; never an exception."""
    state = _fuzz_state(make_world)
    world: World = state.setdefault("world", make_world())
    payload = data.draw(_payloads(world), label="payload")
    folder = tmp_path_factory.mktemp("signed")
    path = craft(world.lethuy, folder, payload)
    province = state["fresh"]()
    before = province.canonical()
    report = province.receive(path)
    event(f"{report.status}: {(report.errors or [''])[0][:60]}")
    assert report.status in (merger.APPLIED, merger.REFUSED)
    if report.status == merger.REFUSED:
        assert report.errors and report.errors[0]
        if not report.counts["new"] + report.counts["changed"]:
            assert province.canonical() == before
    # Whatever was accepted can be read back and sent on.
    with province.ws.reading() as conn:
        registry.list_cooperatives(conn)
        registry.list_cooperatives(conn, deleted=True)
        registry.indicators_of(conn)
    province.export()
    province.close()


def test_a_new_cooperative_outside_every_area_from_a_district_is_refused(
    world: World, tmp_path: Path
) -> None:
    other = areas.children(areas.PRE2025, "453")[0].code
    payload = coop_payload(world, area_code=other, district_code="453")
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.status == merger.APPLIED and report.counts["refused"] == 1


# --- rows a district may not make, disguised -------------------------------------------------------


@pytest.mark.parametrize(
    "meta",
    [
        {},  # no version at all
        {"v": {"T44": 999_999}, "d": {"_": "T44.999999"}, "t": {"T44.999999": 0}},  # forged
        {"v": {"H450": 5}, "d": {"_": "H450.5"}, "t": {"H450.5": 0}},  # another district's
    ],
    ids=["no versions", "province's dots", "other district's dots"],
)
def test_a_new_record_outside_the_area_is_refused_whatever_versions_it_claims(
    world: World, tmp_path: Path, meta: dict[str, Any]
) -> None:
    other = areas.children(areas.PRE2025, "450")[3].code
    payload = coop_payload(world, area_code=other, district_code="450", sync_meta=json.dumps(meta))
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.status in (merger.APPLIED, merger.REFUSED)
    assert report.counts["new"] == 0, report.to_json()
    assert world.province.canonical() == before


def test_an_indicator_that_clashes_with_an_existing_year_is_refused(
    world: World, tmp_path: Path
) -> None:
    """Another id for a (cooperative, year) the province already has: not a crash."""
    coop = world.coops["457"][0]
    path = world.lethuy.export_one()
    world.lethuy.edit(coop, {}, {2024: {"members": 44}})
    real = payload_of(world.lethuy.export_one())["tables"]["indicator"]
    columns = ["id", *real["columns"]] if "id" not in real["columns"] else real["columns"]
    data = (
        real["data"]
        if "id" in real["columns"]
        else [["8d2d5a3e-1111-4222-8333-444455556666"], *real["data"]]
    )
    data[0] = ["8d2d5a3e-1111-4222-8333-444455556666"]
    del path
    payload = {"tables": {"indicator": {"columns": columns, "data": data}}}
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    # Refused whole (the database rejects the row) or per record (a new record carrying the
    # province's versions): either way with a reason, and nothing changed.
    assert report.status == merger.REFUSED or report.counts["refused"] == 1, report.to_json()
    assert report.errors and report.errors[0]
    assert world.province.canonical() == before


# --- fuzzing the merge: real rows, values of the right types, any version state -------------------

_OFFICES = ["H457", "H450", "T44", "SEED"]


@st.composite
def _valid_metas(draw: st.DrawFn, fields: tuple[str, ...]) -> str:
    """A well-formed version state with any writes at all (what a buggy program could send)."""
    from desktop.core import versions

    dot = st.builds(
        lambda o, n: f"{o}.{n}", st.sampled_from(_OFFICES), st.sampled_from([1, 2, 3, 7, 10**6])
    )
    meta = versions.VersionState()
    meta.context = draw(st.dictionaries(st.sampled_from(_OFFICES), st.integers(0, 10**6)))
    meta.dots = draw(st.dictionaries(st.sampled_from(fields), dot))
    meta.times = {d: draw(st.integers(0, 2**33)) for d in set(meta.dots.values())}
    for name in draw(st.lists(st.sampled_from([f for f in fields if f != "deleted"]), max_size=2)):
        meta.concurrent[name] = [[draw(_scalars_ok), draw(dot)]]
    if draw(st.booleans()) and "deleted" in meta.dots:
        meta.delete_seen[meta.dots["deleted"]] = dict(meta.context)
    return versions.encode(meta, fields)


_scalars_ok = st.one_of(st.none(), st.text(max_size=8), st.integers(-(2**31) + 1, 2**31 - 1))


def _templates(world: World) -> dict[str, dict[str, Any]]:
    """One real row of each table (as wire values, with its version state), from Lệ Thủy."""
    from sqlalchemy import select

    out = {}
    with world.province.ws.reading() as conn:
        for name, spec in SPECS.items():
            query = select(spec.table)
            visible = exporter._visible(spec, world.province.office_row("H457"))
            if visible is not None:
                query = query.where(visible)
            found = conn.execute(query.limit(1)).first()
            if found is not None:
                row = dict(found._mapping)
                out[name] = {"id": row["id"], **spec.to_wire(row), "sync_meta": row["sync_meta"]}
    return out


def _typed_values(spec: Any, column: str, world: World, ids: list[str]) -> st.SearchStrategy:
    kind = spec.table.c[column].type.python_type
    areas_ = [commune for d in ("457", "450", "453") for commune in
              (areas.children(areas.PRE2025, d)[0].code, d)]  # fmt: skip
    if kind is bool:
        return st.booleans()
    if kind is int:
        return st.integers(-(2**31) + 1, 2**31 - 1)
    if column.endswith("_on") or column in ("deadline", "previous_deadline"):
        return st.dates().map(lambda d: d.isoformat())
    return st.one_of(
        st.sampled_from([*areas_, *_OFFICES, *ids, "pre2025", "post2025", "HTX", "active"]),
        st.text(max_size=10),
    )


@st.composite
def _typed_payloads(draw: st.DrawFn, world: World, templates: dict[str, dict[str, Any]]) -> dict:
    ids = [t["id"] for t in templates.values()]
    tables: dict[str, Any] = {}
    for name in draw(
        st.lists(st.sampled_from(sorted(templates)), min_size=1, max_size=3, unique=True)
    ):
        spec = SPECS[name]
        row = dict(templates[name])
        row["id"] = draw(
            st.sampled_from(
                [row["id"], "6b1f9b8e-0000-4000-8000-00000000000" + str(draw(st.integers(0, 9)))]
            )
        )
        for column in draw(st.lists(st.sampled_from(spec.fields), max_size=3, unique=True)):
            if column == "deleted":
                row[column] = draw(st.booleans())
            elif spec.table.c[column].nullable and draw(st.booleans()):
                row[column] = None
            else:
                row[column] = draw(_typed_values(spec, column, world, ids))
        if draw(st.booleans()):
            row["sync_meta"] = draw(_valid_metas(spec.fields))
        tables[name] = {"columns": list(row), "data": [[v] for v in row.values()]}
    return {"tables": tables}


def _outside_lethuy(office: Office) -> dict[str, list[tuple]]:
    """Everything at the province a package from Lệ Thủy may not change."""
    canon = office.canonical()
    mine = {r[0] for r in office.canonical(visible_to="H457")["cooperative"]}
    coops = {r[0] for r in canon["cooperative"]}
    return {
        "cooperative": [r for r in canon["cooperative"] if r[0] not in mine],
        "indicator": [
            r for r in canon["indicator"] if json.loads(r[1])["cooperative_id"] in coops - mine
        ],
        **{t: canon[t] for t in ("office", "sector", "directive", "task", "assignment")},
        "progress_report": [
            r for r in canon["progress_report"] if json.loads(r[1])["office_code"] != "H457"
        ],
    }


@FUZZ
@given(data=st.data())
def test_fuzz_well_typed_rows_never_crash_nor_leave_the_area(
    make_world: Any, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Real rows with values of the right types and any version state, signed by Lệ Thủy:
    applied or refused, never an exception, and nothing outside Lệ Thủy's area changes."""
    state = _fuzz_state(make_world)
    world: World = state.setdefault("world", make_world())
    templates = state.setdefault("templates", _templates(world))
    payload = data.draw(_typed_payloads(world, templates), label="payload")
    path = craft(world.lethuy, tmp_path_factory.mktemp("typed"), payload)
    province = state["fresh"]()
    before = province.canonical()
    outside = _outside_lethuy(province)
    report = province.receive(path)
    event(
        f"{report.status}: new {report.counts['new']} changed {report.counts['changed']} refused {report.counts['refused']}"
    )
    assert report.status in (merger.APPLIED, merger.REFUSED)
    if report.status == merger.REFUSED:
        assert province.canonical() == before
    now = _outside_lethuy(province)
    for table in outside:
        assert sorted(now[table]) == sorted(outside[table]), table
    with province.ws.reading() as conn:
        registry.list_cooperatives(conn)
        registry.indicators_of(conn)
    province.export()
    province.close()


def _forged_row(world: World, table: str, record_id: str, **changes: Any) -> dict[str, Any]:
    """The province's own row as the district holds it, with `changes` (values or
    `sync_meta`) applied, as a one-row payload."""
    from sqlalchemy import select

    spec = SPECS[table]
    with world.lethuy.ws.reading() as conn:
        found = conn.execute(select(spec.table).where(spec.table.c.id == record_id)).one()
    row = {"id": record_id, **spec.to_wire(dict(found._mapping)), "sync_meta": found.sync_meta}
    row.update(changes)
    return {"tables": {table: {"columns": list(row), "data": [[v] for v in row.values()]}}}


def test_a_district_cannot_change_the_value_of_a_province_write(
    world: World, tmp_path: Path
) -> None:
    """The task's title as written by the province, sent back with another value under the
    same write: the province keeps its own."""
    task = world.tasks["task:shared"]
    meta = json.loads(world.lethuy.row("task", task)["sync_meta"])
    meta["t"]["H457.99"] = 0  # any difference in the text, so that the rows are merged
    payload = _forged_row(world, "task", task, title="A: sửa trộm", sync_meta=json.dumps(meta))
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.counts["changed"] == 0, report.to_json()
    assert world.province.row("task", task)["title"] == "Nhiệm vụ shared"
    assert world.province.canonical() == before


def test_a_district_cannot_delete_a_record_by_claiming_a_deletion(
    world: World, tmp_path: Path
) -> None:
    from desktop.core import versions

    task = world.tasks["task:shared"]
    meta = versions.decode(world.lethuy.row("task", task)["sync_meta"], SPECS["task"].fields)
    meta.delete_seen[meta.dots["deleted"]] = dict(meta.context)
    text = versions.encode(meta, SPECS["task"].fields)
    payload = _forged_row(world, "task", task, sync_meta=text, deleted=True)
    before = world.province.canonical()
    world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert world.province.row("task", task)["deleted"] is False
    assert world.province.canonical() == before


def test_a_district_cannot_touch_a_record_by_claiming_to_have_seen_more(
    world: World, tmp_path: Path
) -> None:
    assignment = world.tasks["assignment:shared:H457"]
    payload = _forged_row(world, "assignment", assignment, sync_meta='{"d":{},"v":{"H457":9}}')
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.counts["changed"] == 0
    assert world.province.canonical() == before


def test_a_cooperative_whose_district_code_is_not_its_areas_is_refused(
    world: World, tmp_path: Path
) -> None:
    """Inside Lệ Thủy by its commune, but filed under another district: nobody would see it."""
    payload = coop_payload(world, district_code="450")
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.counts["refused"] == 1 and report.counts["new"] == 0
    assert world.province.canonical() == before


def test_a_district_cannot_erase_the_provinces_versions(world: World, tmp_path: Path) -> None:
    """A state claiming to have seen the province's writes, holding none of them and no write
    of its own in their place."""
    assignment = world.tasks["assignment:shared:H457"]
    payload = _forged_row(
        world, "assignment", assignment, sync_meta='{"d":{},"v":{"H457":0,"T44":9999}}'
    )
    before = world.province.canonical()
    report = world.province.receive(craft(world.lethuy, tmp_path, payload))
    assert report.counts["changed"] == 0, report.to_json()
    assert world.province.canonical() == before
