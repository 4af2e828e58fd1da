"""`htx excel-import`, `htx excel-export`, `htx excel-template` as scripts call them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import openpyxl

from tests.cli_runner import run_htx
from tests.core import excel_samples
from tests.core.excel_samples import LE_THUY, open_workspace

ROOT = Path(__file__).resolve().parents[2]


def htx(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "HTX_DATA_DIR": str(tmp_path / "data"), "HTX_LANG": "vi"}
    env.pop("HTX_DB", None)
    return run_htx(*args, env=env)


def test_import_preview_then_apply_with_json_report(tmp_path):
    db = tmp_path / "htx.sqlite3"
    open_workspace(tmp_path, identity=LE_THUY).close()
    sheet = excel_samples.office_list(tmp_path / "ds.xlsx")
    # A bad row: an unknown commune.
    wb = openpyxl.load_workbook(sheet)
    wb.active.cell(8, 4).value = "Xã Không Có"
    wb.save(sheet)

    preview = htx(tmp_path, "excel-import", "--db", str(db), str(sheet), "--dry-run", "--json")
    assert preview.returncode == 0, preview.stderr
    report = json.loads(preview.stdout)
    assert (report["created"], report["updated"], report["skipped"]) == (3, 0, 5)
    assert report["dry_run"] is True
    assert report["errors"] == [{"row": 8, "column": "D", "header": "Xã, thị trấn",
        "message": "Không tìm thấy “Xã Không Có” trong danh mục đơn vị hành chính "
                   "(Huyện Lệ Thủy)."}]  # fmt: skip
    listed = htx(tmp_path, "coop", "list", "--db", str(db), "--json")
    assert json.loads(listed.stdout) == []

    applied = htx(tmp_path, "excel-import", "--db", str(db), str(sheet))
    assert applied.returncode == 0, applied.stderr
    assert "Đã nhập: 3 thêm mới, 0 cập nhật" in applied.stdout
    assert "Dòng 8, cột D (Xã, thị trấn): Không tìm thấy “Xã Không Có”" in applied.stdout
    listed = json.loads(htx(tmp_path, "coop", "list", "--db", str(db), "--json").stdout)
    assert len(listed) == 3

    again = htx(tmp_path, "excel-import", "--db", str(db), str(sheet), "--json")
    report = json.loads(again.stdout)
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 3)


def test_bad_input_exits_non_zero_with_a_vietnamese_message(tmp_path):
    db = tmp_path / "htx.sqlite3"
    missing = htx(tmp_path, "excel-import", "--db", str(db), str(tmp_path / "khong.xlsx"))
    assert missing.returncode == 1
    assert "Không tìm thấy tệp" in missing.stderr
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    result = htx(tmp_path, "excel-import", "--db", str(db), str(broken))
    assert result.returncode == 1 and "Không đọc được tệp" in result.stderr
    no_year = tmp_path / "nam.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Mã số HTX", "Tên HTX", "Doanh thu"])
    wb.active.append(["3100123459", "HTX A", 5])
    wb.save(no_year)
    result = htx(tmp_path, "excel-import", "--db", str(db), str(no_year))
    assert result.returncode == 1 and "--year" in result.stderr
    listed = htx(tmp_path, "coop", "list", "--db", str(db), "--json")
    assert json.loads(listed.stdout) == []


def test_exports_and_template(tmp_path):
    db = tmp_path / "htx.sqlite3"
    assert htx(tmp_path, "demo", "--db", str(db)).returncode == 0
    for what in ("coops", "indicators", "summary", "tasks"):
        out = tmp_path / f"{what}.xlsx"
        result = htx(tmp_path, "excel-export", "--db", str(db), "--out", str(out), "--what", what)
        assert result.returncode == 0, result.stderr
        assert out.exists() and "Đã xuất" in result.stdout
    assert openpyxl.load_workbook(tmp_path / "coops.xlsx").active.max_row == 1006
    template = htx(tmp_path, "excel-template", "--db", str(db), "--out", str(tmp_path / "mau"))
    assert template.returncode == 0 and (tmp_path / "mau.xlsx").exists()
    bad = htx(tmp_path, "excel-export", "--db", str(db), "--out", str(tmp_path / "x.xlsx"),
              "--what", "nothing")  # fmt: skip
    assert bad.returncode == 2
