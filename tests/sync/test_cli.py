"""The issue's "done when", through the commands alone (each one a new process): a province and
two districts enrol, all three edit, the districts export, the province imports in a shuffled
order, settles the conflicts and sends back down; then every property is checked."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from desktop.core import areas
from desktop.core.text import make_registration_code
from tests.cli_runner import run_htx
from tests.sync.world import Office, differences

pytestmark = pytest.mark.slow


def htx(*args: str) -> subprocess.CompletedProcess[str]:
    return run_htx(*args)


def ok(*args: str) -> str:
    done = htx(*args)
    assert done.returncode == 0, f"htx {' '.join(args)}:\n{done.stdout}{done.stderr}"
    return done.stdout


def together(*calls: tuple[str, ...]) -> list[str]:
    """Commands on different databases, run at the same time (each must succeed)."""
    processes = [
        subprocess.Popen([sys.executable, "-m", "desktop", *args], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=os.environ.copy())
        for args in calls
    ]  # fmt: skip
    outputs = []
    for args, process in zip(calls, processes, strict=True):
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, f"htx {' '.join(args)}:\n{err.decode()}"
        outputs.append(out.decode("utf-8"))
    return outputs


def code(n: int) -> str:
    return make_registration_code(f"44009{n + 1:04d}")  # 1-8 have a check digit


def test_enrol_edit_export_import_in_any_order_resolve_and_back(tmp_path: Path) -> None:
    prov, lethuy, donghoi = (str(tmp_path / f"{n}.sqlite3") for n in ("tinh", "lethuy", "donghoi"))
    le_thuy_commune = areas.children(areas.PRE2025, "457")[0].code
    dong_hoi_ward = areas.children(areas.PRE2025, "450")[0].code

    # The province: set-up, a cooperative in each district, the two districts enrolled.
    ok("init", "--db", prov, "--role", "province", "--office", "T44",
       "--name", "Sở KH&ĐT Quảng Bình", "--area", "44", "--scheme", "pre2025")  # fmt: skip
    for n, (name, area) in enumerate(
        [("Hợp tác xã Sen Thủy", le_thuy_commune), ("Hợp tác xã Bắc Lý", dong_hoi_ward)], start=1
    ):
        ok("coop", "add", "--db", prov, "--year", "2024", f"registration_code={code(n)}",
           f"name={name}", f"area_code={area}", "phone=0232 3000 000", "members=10")  # fmt: skip
    setups = {}
    for office, name, area in (("H457", "UBND huyện Lệ Thủy", "457"),
                               ("H450", "UBND thành phố Đồng Hới", "450")):  # fmt: skip
        out = ok("enroll", "--db", prov, "--office", office, "--name", name, "--area", area,
                 "--out", str(tmp_path / f"{office}.htxsetup"))  # fmt: skip
        setups[office] = out.strip().splitlines()[-1]
    for out in together(("setup", "--db", lethuy, setups["H457"], "--json"),
                        ("setup", "--db", donghoi, setups["H450"], "--json")):  # fmt: skip
        report = json.loads(out)
        assert report["status"] == "applied" and report["counts"]["new"] > 0

    # Edits on all three: a same-field conflict, a delete versus an edit, different fields.
    together(
        ("coop", "set", "--db", lethuy, code(1), "representative=Lê Văn Huyện",
         "phone=0912 111 222"),
        ("coop", "set", "--db", prov, code(1), "representative=Phạm Thị Tỉnh", "notes=tỉnh ghi"),
        ("coop", "delete", "--db", donghoi, code(2)),
    )  # fmt: skip
    together(
        ("coop", "add", "--db", lethuy, "--year", "2025", f"registration_code={code(9)}",
         "name=Hợp tác xã Mới", f"area_code={le_thuy_commune}", "members=7"),
        ("coop", "set", "--db", prov, code(2), "address=Tỉnh sửa địa chỉ"),
    )  # fmt: skip

    # The districts export; the province previews, then imports in a shuffled order.
    outbox = str(tmp_path / "outbox")
    sent = [out.strip().splitlines()[-1] for out in together(
        ("export", "--db", lethuy, "--out", outbox),
        ("export", "--db", donghoi, "--out", outbox, "--encrypt"),
    )]  # fmt: skip
    with zipfile.ZipFile(sent[1]) as archive:  # Đồng Hới's goes by email: encrypted
        assert "payload.bin" in archive.namelist() and "payload.json" not in archive.namelist()
    packages = list(sent)
    random.Random(len(str(tmp_path))).shuffle(packages)
    preview = json.loads(ok("import", "--db", prov, "--dry-run", "--json", packages[0]))
    assert preview["status"] == "dry_run"
    reports = json.loads(ok("import", "--db", prov, "--json", *packages))
    assert [r["status"] for r in reports] == ["applied", "applied"]
    for report in reports:
        assert report.keys() >= {"status", "package_id", "source_office", "sequence", "counts",
                                 "errors"}  # fmt: skip
        assert report["counts"].keys() >= {"new", "changed", "deleted", "conflicts", "refused"}
        assert report["errors"] == [] and report["sequence"] == 1
    assert sum(r["counts"]["conflicts"] for r in reports) == 2
    again = json.loads(ok("import", "--db", prov, "--json", packages[0]))
    assert again["status"] == "already_imported"

    # A package that is not for this office is refused: non-zero exit, the reason given.
    wrong = htx("import", "--db", lethuy, "--json", sent[1])
    assert wrong.returncode != 0
    refused = json.loads(wrong.stdout)
    assert refused["status"] == "refused" and refused["errors"]

    # The conflicts, listed with both values, settled at the province.
    found = json.loads(ok("conflicts", "--db", prov, "--json"))
    by_kind: dict[str, Any] = {c["kind"]: c for c in found}
    assert sorted(by_kind) == ["delete", "field"]
    field = by_kind["field"]
    assert field["field"] == "representative"
    values = {field["current"]["value"], *(o["value"] for o in field["others"])}
    assert values == {"Lê Văn Huyện", "Phạm Thị Tỉnh"}
    ok("resolve", "--db", prov, "--table", "cooperative", "--id", field["id"],
       "--field", "representative", "--value", '"Lê Văn Huyện"')  # fmt: skip
    ok("resolve", "--db", prov, "--table", "cooperative", "--id", by_kind["delete"]["id"],
       "--field", "deleted", "--value", "false")  # fmt: skip
    assert json.loads(ok("conflicts", "--db", prov, "--json")) == []

    # Back down: one package per office, one path a line.
    lines = ok("export", "--db", prov, "--out", str(tmp_path / "down")).strip().splitlines()
    assert len(lines) == 2
    down = {Path(p).stem.rsplit("_", 1)[-1]: p for p in lines}
    for out in together(("import", "--db", lethuy, "--json", down["H457"]),
                        ("import", "--db", donghoi, "--json", down["H450"])):  # fmt: skip
        assert json.loads(out)["status"] == "applied"

    # Every property, read from the three databases.
    listed = {
        r["registration_code"]: r for r in json.loads(ok("coop", "list", "--json", "--db", prov))
    }
    assert listed[code(1)]["representative"] == "Lê Văn Huyện"  # the choice made
    assert listed[code(1)]["phone"] == "0912 111 222"  # the district's other field
    assert listed[code(1)]["notes"] == "tỉnh ghi"  # the province's other field
    assert listed[code(2)]["address"] == "Tỉnh sửa địa chỉ"  # deleted meanwhile, yet kept
    assert listed[code(9)]["indicators"][0]["members"] == 7  # new at the district
    offices = {c: Office(c, Path(db), tmp_path) for c, db in (("T44", prov), ("H457", lethuy),
                                                             ("H450", donghoi))}  # fmt: skip
    try:
        for district in ("H457", "H450"):
            diff = differences(
                offices["T44"].canonical(visible_to=district), offices[district].canonical()
            )
            assert not diff, "\n".join(diff[:3])
        for office in offices.values():
            assert office.conflicts() == [] and office.conflicted_rows() == set()
        assert offices["H450"].row("cooperative", listed[code(2)]["id"])["deleted"] is False
        assert offices["H457"].row("cooperative", listed[code(2)]["id"]) is None
    finally:
        for office in offices.values():
            office.close()
