"""The 2025 reform in one database: the unit tables, the conversion commands, the sample
directive and the demo data in both schemes."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

from desktop.core import area_conversion, areas, demo, settings
from desktop.core.tasks import board, editing, sample
from desktop.core.text import make_registration_code
from desktop.core.workspace import Workspace, configure
from tests.cli_runner import run_htx

SPLIT = "31268"  # Xã Tân Thạnh, Huyện Thới Lai, Cần Thơ: split between two new communes
SPLIT_CANDIDATES = ["31288", "31666"]
WHOLE = areas.children(areas.PRE2025, areas.unit(areas.PRE2025, SPLIT).parent)[0].code


def htx(*args: str) -> subprocess.CompletedProcess[str]:
    return run_htx(*args)  # in this process: the same entry point, without a new interpreter


def ok(*args: str) -> str:
    done = htx(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_reform_tables() -> None:
    assert [u.name for u in areas.successors("19312")] == ["Xã Sen Ngư"]  # Sen Thủy, Lệ Thủy
    assert areas.successors("19312")[0].code == "19288"
    assert areas.successor_province("44").name == "Tỉnh Quảng Trị"  # Quảng Bình joined it
    assert areas.is_split(SPLIT) and [u.code for u in areas.successors(SPLIT)] == SPLIT_CANDIDATES
    assert areas.with_successor(areas.PRE2025, "19312") == "Xã Sen Thủy → Xã Sen Ngư"
    assert {u.code for u in areas.predecessors("19288")} >= {"19312"}
    reform = areas._reform()
    assert (len(reform.one), len(reform.split)) == (9569, 471)
    # Every old commune (and island district without communes) has a successor.
    old = [u for u in areas._tree(areas.PRE2025).units.values() if u.level == "commune"]
    assert all(areas.successors(u.code) for u in old)


def test_convert_and_choose_from_the_command_line(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "cantho.sqlite3")
    ok("init", "--db", db, "--office", "T92", "--name", "Sở Kế hoạch và Đầu tư Cần Thơ",
       "--area", "92", "--scheme", "pre2025")  # fmt: skip
    codes = [make_registration_code(f"92000000{n}") for n in (1, 2)]
    ok("coop", "add", "--db", db, f"registration_code={codes[0]}", "name=HTX Tân Thạnh",
       f"area_code={SPLIT}", "address=Ấp Thới Thuận, Xã Tân Thạnh")  # fmt: skip
    ok("coop", "add", "--db", db, f"registration_code={codes[1]}", "name=HTX Nông nghiệp Một",
       f"area_code={WHOLE}")  # fmt: skip
    before = ok("coop", "list", "--json", "--db", db)

    preview = json.loads(
        ok("areas", "convert", "--to", "post2025", "--dry-run", "--json", "--db", db)
    )
    assert ok("coop", "list", "--json", "--db", db) == before  # a preview writes nothing
    assert preview["counts"] == {"converted": 1, "needs_choice": 1, "unchanged": 0}
    (waiting,) = preview["needs_choice"]
    assert waiting.keys() >= {"id", "registration_code", "name", "old_code", "candidates"}
    assert waiting["registration_code"] == codes[0] and waiting["old_code"] == SPLIT
    assert waiting["address"] == "Ấp Thới Thuận, Xã Tân Thạnh"
    assert [c["code"] for c in waiting["candidates"]] == SPLIT_CANDIDATES
    assert all(c["name"].startswith("Xã ") for c in waiting["candidates"])
    assert preview["converted"][0]["registration_code"] == codes[1]

    done = json.loads(ok("areas", "convert", "--to", "post2025", "--json", "--db", db))
    assert done["applied"] and done["counts"]["converted"] == 1
    assert done["already_converted"] is None  # one record still waits for a choice
    rows = {r["registration_code"]: r for r in json.loads(ok("coop", "list", "--json", "--db", db))}
    moved = rows[codes[1]]
    assert moved["area_scheme"] == "post2025" and moved["district_code"] is None
    assert (moved["former_area_scheme"], moved["former_area_code"]) == ("pre2025", WHOLE)
    assert rows[codes[0]]["area_scheme"] == "pre2025"  # waits for a person's choice

    wrong = htx("areas", "choose", codes[0], "19288", "--db", db)
    assert wrong.returncode == 1
    assert "không phải là xã, phường tiếp nhận" in wrong.stderr and "31666" in wrong.stderr
    assert "Traceback" not in wrong.stderr
    ok("areas", "choose", codes[0], "31666", "--db", db)
    shown = json.loads(ok("coop", "show", codes[0], "--json", "--db", db))
    assert (shown["area_scheme"], shown["area_code"]) == ("post2025", "31666")
    assert shown["former_area_code"] == SPLIT
    changed = {h["field"] for h in shown["history"]}
    assert {"area_code", "former_area_code"} <= changed
    again = json.loads(ok("areas", "convert", "--dry-run", "--json", "--db", db))
    assert again["counts"] == {"converted": 0, "needs_choice": 0, "unchanged": 2}
    assert (
        "không còn hợp tác xã hay đơn vị cấp huyện cũ nào cần chuyển" in again["already_converted"]
    )
    # Converting again says there is nothing to convert, and writes nothing (no backup).
    backups_before = sorted(p.name for p in data_dir.rglob("*") if p.is_file())
    said = ok("areas", "convert", "--db", db)
    assert said.startswith("Dữ liệu đã theo địa giới từ 01/07/2025")
    assert "Xem trước (chưa ghi gì)" in said
    assert sorted(p.name for p in data_dir.rglob("*") if p.is_file()) == backups_before
    # The province moved to today's structure with its registry.
    ws = Workspace.open(db)
    assert (ws.identity.area_scheme, ws.identity.area_code) == ("post2025", "92")
    ws.close()


def test_old_district_offices_are_mapped_or_retired(tmp_path: Path, data_dir: Path) -> None:
    db = str(tmp_path / "qb.sqlite3")
    ok("init", "--db", db, "--office", "T44", "--name", "Sở KH&ĐT Quảng Bình", "--area", "44",
       "--scheme", "pre2025")  # fmt: skip
    for office, area in (("H457", "457"), ("H450", "450")):
        ok("enroll", "--db", db, "--office", office, "--name", f"UBND {office}", "--area", area,
           "--out", str(tmp_path))  # fmt: skip
    listed = json.loads(ok("areas", "office", "--json", "--db", db))
    assert [o["code"] for o in listed] == ["H450", "H457"]
    assert "19288" in {c["code"] for c in listed[1]["successors"]}
    bad = htx("areas", "office", "H457", "--commune", "31666", "--db", db)
    assert bad.returncode == 1 and "không tiếp nhận phần nào" in bad.stderr
    mapped = json.loads(ok("areas", "office", "H457", "--commune", "19288", "--json", "--db", db))
    assert (mapped["role"], mapped["area_scheme"], mapped["area_code"]) == (
        "commune",
        "post2025",
        "19288",
    )
    retired = json.loads(ok("areas", "office", "H450", "--retire", "--successors", "H457",
                            "--json", "--db", db))  # fmt: skip
    assert retired["retired"] and retired["successors"] == "H457"
    out = tmp_path / "out"
    ok("export", "--db", db, "--out", str(out))
    assert [p.name.rsplit("_", 1)[-1] for p in out.iterdir()] == ["H457.htxpkg"]


PROVINCE_QT = settings.Identity("QT", "Sở Tài chính tỉnh Quảng Trị", settings.PROVINCE,
                                areas.POST2025, "44", "QT")  # fmt: skip


def _province(tmp_path: Path, identity: settings.Identity) -> Workspace:
    ws = Workspace.open(str(tmp_path / "htx.sqlite3"))
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    return ws


def test_nothing_is_left_to_convert_only_when_every_record_and_office_is_new(
    tmp_path: Path, data_dir: Path
) -> None:
    from desktop.core import registry

    ws = _province(tmp_path, PROVINCE_QT)
    with ws.transaction() as conn:
        assert area_conversion.already_converted(conn, PROVINCE_QT)  # empty, already new
        registry.add_cooperative(
            conn,
            PROVINCE_QT,
            {
                "registration_code": make_registration_code("440000001"),
                "name": "HTX Nông nghiệp Sen Ngư",
                "area_scheme": "post2025",
                "area_code": "19288",
            },
        )
        assert area_conversion.already_converted(conn, PROVINCE_QT)
        editing.add_office(
            conn,
            PROVINCE_QT,
            "H457",
            "UBND huyện Lệ Thủy",
            settings.DISTRICT,
            area_scheme="pre2025",
            area_code="457",
        )  # an old office, still live
        assert area_conversion.already_converted(conn, PROVINCE_QT) is None
        area_conversion.retire_office(conn, PROVINCE_QT, "H457")
        assert area_conversion.already_converted(conn, PROVINCE_QT)
        old = registry.add_cooperative(
            conn,
            PROVINCE_QT,
            {
                "registration_code": make_registration_code("440000002"),
                "name": "HTX Dịch vụ Sen Thủy",
                "area_scheme": "pre2025",
                "area_code": "19312",
            },
        )
        assert area_conversion.already_converted(conn, PROVINCE_QT) is None  # one old code
        registry.delete_cooperative(conn, PROVINCE_QT, old)
        assert area_conversion.already_converted(conn, PROVINCE_QT)  # deleted ones don't count
        pre = settings.Identity("T44", "Sở KH&ĐT Quảng Bình", settings.PROVINCE, "pre2025",
                                "44", "T44")  # fmt: skip
        assert area_conversion.already_converted(conn, pre) is None  # the office itself is old
    ws.close()


def test_the_sample_follows_the_office(tmp_path: Path, data_dir: Path) -> None:
    ws = _province(tmp_path, PROVINCE_QT)
    with ws.transaction() as conn:
        # Offices the province already has, under today's names and codes of its own.
        editing.add_office(
            conn, PROVINCE_QT, "NNMT", "Sở Nông nghiệp và Môi trường", settings.DEPARTMENT
        )
        editing.add_office(conn, PROVINCE_QT, "X19288", "UBND xã Sen Ngư", settings.COMMUNE,
                           area_code="19288")  # fmt: skip
        editing.add_office(conn, PROVINCE_QT, "H457", "UBND huyện Lệ Thủy", settings.DISTRICT,
                           area_scheme=areas.PRE2025, area_code="457")  # fmt: skip
        result = sample.load_sample(conn, PROVINCE_QT, today=date(2026, 3, 10))
        (directive,) = board.directives(conn)
        tasks = board.tasks_of(conn, directive["id"])
        names = editing.office_names(conn)
    assert directive["issuer"] == "UBND tỉnh Quảng Trị"
    # Never duplicated by name; today's departments; no old-style district created.
    assert sorted(names.values()).count("Sở Nông nghiệp và Môi trường") == 1
    assert "Sở Nông nghiệp và Phát triển nông thôn" not in names.values()
    assert not any(code.startswith("H") for code in result["offices_created"])

    def units(position: int, role: str) -> set[str]:
        return {a["office_code"] for a in tasks[position - 1]["assignments"] if a["role"] == role}

    # The province office is Sở Tài chính: it compiles progress (task 6) and leads task 4.
    assert units(6, "lead") == {"QT"} and units(4, "lead") == {"QT"}
    assert "X19288" in units(2, "lead") and "NNMT" in units(2, "lead")
    assert "H457" not in units(2, "lead") | units(5, "support")  # the old district is gone
    ws.close()


def test_the_sample_at_a_province_whose_hub_is_not_finance(tmp_path: Path, data_dir: Path) -> None:
    other = settings.Identity("HN", "Văn phòng UBND thành phố Hà Nội", settings.PROVINCE,
                              areas.POST2025, "01", "HN")  # fmt: skip
    ws = _province(tmp_path, other)
    with ws.transaction() as conn:
        result = sample.load_sample(conn, other, today=date(2026, 3, 10))
        (directive,) = board.directives(conn)
        tasks = board.tasks_of(conn, directive["id"])
    assert directive["issuer"] == "UBND thành phố Hà Nội"
    assert set(result["offices_created"]) == {"BCD", "STC", "LMHTX", "SNNMT", "SCT"}
    assert {a["office_code"] for a in tasks[5]["assignments"]} == {"STC"}  # compiles progress
    ws.close()


def test_demo_in_both_schemes(tmp_path: Path, data_dir: Path) -> None:
    counts = {}
    for scheme in demo.SCHEMES:
        ws = Workspace.open(str(tmp_path / f"{scheme}.sqlite3"))
        with ws.transaction() as conn:
            counts[scheme] = demo.generate(conn, "province", 2, scheme=scheme)
            ident = settings.identity(conn)
            offices = {r.code: r for r in conn.execute(editing.OFFICE.table.select())}
            coops = list(conn.execute(demo.SPECS["cooperative"].table.select()))
        assert ident.area_scheme == scheme
        assert {c.area_scheme for c in coops} == {scheme}
        if scheme == areas.POST2025:
            assert ident.office_name == "Sở Tài chính tỉnh Quảng Trị"
            assert {c.district_code for c in coops} == {None}
            assert offices["SNNMT"].name == "Sở Nông nghiệp và Môi trường"
            assert any(o.role == settings.COMMUNE for o in offices.values())
            assert not any(o.role == settings.DISTRICT for o in offices.values())
        else:
            assert offices["H457"].role == settings.DISTRICT
        ws.close()
    assert counts[areas.POST2025]["cooperative"] == counts[areas.PRE2025]["cooperative"] == 1000


def test_summaries_by_todays_communes_and_by_old_districts(tmp_path: Path, data_dir: Path) -> None:
    from desktop.core import registry
    from desktop.core.excel import summary

    ws = _province(tmp_path, PROVINCE_QT)
    with ws.transaction() as conn:
        for n, (scheme, area) in enumerate(
            [(areas.PRE2025, "19312"), (areas.POST2025, "19288"), (areas.PRE2025, SPLIT)], 1
        ):
            registry.add_cooperative(
                conn, PROVINCE_QT,
                {"registration_code": make_registration_code(f"44000001{n}"), "name": f"HTX {n}",
                 "area_scheme": scheme, "area_code": area},
            )  # fmt: skip
        _year, by_area, _sectors, whole = summary.summarise(conn, PROVINCE_QT, None)
        _year, by_old, _sectors, _whole = summary.summarise(
            conn, PROVINCE_QT, None, old_districts=True
        )
    # The old commune and the new one it became are one row, named by today's unit.
    counts = {g.name: g.cooperatives for g in by_area}
    assert counts["Xã Sen Ngư"] == 2 and whole.cooperatives == 3
    assert counts["Xã Tân Thạnh → Xã Trường Thành / Xã Tân Thạnh"] == 1
    old = {g.name: g.cooperatives for g in by_old}
    assert old["Huyện Lệ Thủy"] == 2 and old["Huyện Thới Lai"] == 1
    with ws.reading() as conn:
        path, _ = summary.export_summary(
            conn, PROVINCE_QT, tmp_path / "cu.xlsx", old_districts=True
        )
    import openpyxl

    sheet = openpyxl.load_workbook(path).worksheets[0]
    texts = {str(c.value) for row in sheet.iter_rows() for c in row if c.value}
    assert "Quận / huyện (trước 01/07/2025)" in texts and "Huyện Lệ Thủy" in texts
    ws.close()


def test_history_names_the_former_unit() -> None:
    from desktop.core import registry

    shown = registry.describe_value("former_area_code", "19312", {})
    assert shown == "Xã Sen Thủy, Huyện Lệ Thủy, Tỉnh Quảng Bình (19312)"
    assert registry.describe_field("former_area_code") == "Địa bàn cũ (trước khi chuyển mã mới)"
