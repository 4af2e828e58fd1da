"""Formatted workbooks: layout, formula safety, round trips, summary and task tables."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest

from desktop.core import demo, registry, settings
from desktop.core.excel import export, summary, task_progress
from desktop.core.excel.importer import import_file
from tests.core.excel_samples import LE_THUY, QUANG_BINH, open_workspace


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = open_workspace(tmp_path, identity=QUANG_BINH)
    with ws.transaction() as conn:
        demo.generate(conn, "province", seed=3)
    yield ws
    ws.close()


def _records(ws) -> dict[str, dict]:
    drop = {"id", "updated_at", "updated_by", "has_conflict"}
    with ws.reading() as conn:
        rows = registry.list_cooperatives(conn)
        figures = registry.indicators_of(conn)
    out = {}
    for r in rows:
        data = registry.to_json(r, figures.get(r["id"], []))
        out[r["registration_code"]] = {k: v for k, v in data.items() if k not in drop}
    return out


def test_list_is_formatted_as_offices_expect(workspace, tmp_path):
    with workspace.reading() as conn:
        path, rows = export.export_cooperatives(conn, workspace.identity, tmp_path / "ds.xlsx")
    assert rows == 1000
    ws = openpyxl.load_workbook(path).active
    assert ws["A1"].value == QUANG_BINH.office_name.upper() and ws["A1"].font.b
    assert ws["A2"].value == "DANH SÁCH HỢP TÁC XÃ"
    assert "Ngày xuất:" in ws["A3"].value
    headers = [c.value for c in ws[5]]
    assert headers[:3] == ["STT", "Mã số HTX", "Tên hợp tác xã"]
    assert ws["A5"].font.b and ws["A5"].fill.fgColor.rgb.endswith("DDEBF7")
    assert ws.freeze_panes == "C6"
    assert ws.auto_filter.ref == "A5:X1005"
    assert ws.column_dimensions["C"].width == 42
    assert ws["U6"].number_format == "#,##0" and isinstance(ws["U6"].value, int)
    assert ws["Q6"].number_format == "dd/mm/yyyy"
    assert ws["C1006"].value == "Tổng cộng (1.000)"
    # Totals are stored values, computed here independently.
    assert ws["U1006"].value == sum(ws.cell(r, 21).value or 0 for r in range(6, 1006))
    assert ws["B1006"].value is None
    # Ready to print: A4 landscape, one page wide, header repeated, page numbers.
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.print_title_rows == "$5:$5"
    assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text


def test_user_text_is_never_a_formula(workspace, tmp_path):
    evil = ['=HYPERLINK("http://x","bấm")', "+1+2", "-3+4", "@SUM(A1)", "=1+1"]
    codes = ["3100123459", "3100000017", "3100000025", "3100000033", "3100000041"]
    with workspace.transaction() as conn:
        ids = [
            registry.add_cooperative(conn, workspace.identity, {
                "registration_code": code, "name": text, "area_code": "19312", "notes": text})
            for code, text in zip(codes, evil, strict=True)
        ]  # fmt: skip
        path, _ = export.export_cooperatives(conn, workspace.identity, tmp_path / "x.xlsx",
                                             ids=ids)  # fmt: skip
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert sheet.count("<f>") == 0  # no formula anywhere, the totals included
    ws = openpyxl.load_workbook(path).active
    names = [ws.cell(r, 3).value for r in range(6, 11)]
    assert names == evil
    assert all(ws.cell(r, 3).data_type == "s" for r in range(6, 11))


def test_list_round_trip_gives_the_same_records(workspace, tmp_path):
    with workspace.reading() as conn:
        path, _ = export.export_cooperatives(conn, workspace.identity, tmp_path / "ds.xlsx")
    before = _records(workspace)
    other = open_workspace(tmp_path, "other.sqlite3", identity=QUANG_BINH)
    plan = import_file(other, path)
    assert (len(plan.creates), plan.error_rows) == (1000, 0)
    after = _records(other)
    for record in before.values():  # the list carries the latest year only
        record["indicators"] = [
            {k: (v if k in ("year", "members", "workers", "charter_capital", "revenue") else None)
             for k, v in record["indicators"][-1].items()}
        ] if record["indicators"] else []  # fmt: skip
    assert after == before
    again = import_file(other, path, dry_run=True)  # nothing would change
    assert (len(again.creates), len(again.updates), len(again.unchanged)) == (0, 0, 1000)
    other.close()


def test_indicator_round_trip_gives_the_same_figures(workspace, tmp_path):
    with workspace.reading() as conn:
        coops, _ = export.export_cooperatives(conn, workspace.identity, tmp_path / "ds.xlsx")
        figures, rows = export.export_indicators(conn, workspace.identity, tmp_path / "ct.xlsx")
    assert rows == 5000
    other = open_workspace(tmp_path, "other.sqlite3", identity=QUANG_BINH)
    import_file(other, coops)
    plan = import_file(other, figures)
    assert plan.error_rows == 0 and len(plan.updates) == 1000
    assert _records(other) == _records(workspace)
    other.close()


QUANG_TRI = settings.Identity("QT", "Sở Tài chính tỉnh Quảng Trị", settings.PROVINCE,
                             "post2025", "44", "QT")  # fmt: skip


def test_a_list_in_todays_scheme_has_no_district_column(tmp_path, monkeypatch):
    """Province – commune since 01/07/2025: no empty "Quận / huyện" column, in the list or
    the template, and the list still comes back whole."""
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    source = open_workspace(tmp_path, "qt.sqlite3", identity=QUANG_TRI)
    with source.transaction() as conn:
        demo.generate(conn, "province", seed=3, scheme="post2025")
    with source.reading() as conn:
        path, rows = export.export_cooperatives(conn, QUANG_TRI, tmp_path / "ds.xlsx")
    headers = [c.value for c in openpyxl.load_workbook(path).active[5]]
    assert "Quận / huyện" not in headers
    at = headers.index("Tỉnh / thành phố")
    assert headers[at + 1] == "Xã / phường / thị trấn"
    sheet = openpyxl.load_workbook(path).active
    assert sheet.cell(6, at + 1).value == "Tỉnh Quảng Trị" and sheet.cell(6, at + 2).value
    other = open_workspace(tmp_path, "other.sqlite3", identity=QUANG_TRI)
    plan = import_file(other, path)
    assert (len(plan.creates), plan.error_rows) == (rows, 0)
    assert {k: v["area_code"] for k, v in _records(other).items()} == {
        k: v["area_code"] for k, v in _records(source).items()
    }
    template = export.export_template(tmp_path / "mau.xlsx", QUANG_TRI)
    headers = [c.value for c in openpyxl.load_workbook(template)["Danh sách HTX"][5]]
    assert "Quận / huyện" not in headers and "Xã / phường / thị trấn" in headers
    other.close()
    source.close()


def test_template_is_importable_and_explains_the_values(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    path = export.export_template(tmp_path / "mau.xlsx", LE_THUY)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Danh sách HTX", "Hướng dẫn"]
    ws = wb["Danh sách HTX"]
    ws.append([1, "3100123459", "HTX Sen Thủy", "Hợp tác xã", "Nông nghiệp", "Đang hoạt động",
               None, None, None, "Sen Thủy"])  # fmt: skip
    wb.save(path)
    workspace = open_workspace(tmp_path, "t.sqlite3")
    plan = import_file(workspace, path, dry_run=True)
    assert (len(plan.creates), plan.error_rows) == (1, 0)
    assert plan.creates[0].values["area_code"] == "19312"
    workspace.close()


def test_summary_by_area_and_sector(workspace, tmp_path):
    with workspace.reading() as conn:
        year, by_area, by_sector, whole = summary.summarise(conn, workspace.identity, None)
        path, _ = summary.export_summary(conn, workspace.identity, tmp_path / "th.xlsx")
        rows = registry.table_rows(conn)
        figures = registry.indicators_of(conn)
    assert year == 2025
    assert whole.cooperatives == 1000 == sum(g.cooperatives for g in by_area)
    assert sum(g.cooperatives for g in by_sector) == 1000
    members = sum(i["members"] for f in figures.values() for i in f if i["year"] == 2025)
    assert whole.members == members == sum(g.members for g in by_area)
    assert len(by_area) == 8 and "Huyện Lệ Thủy" in {g.name for g in by_area}
    assert by_sector[0].name == "Nông nghiệp"
    assert whole.active == sum(1 for r in rows if r["status"] == "active")
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Theo địa bàn", "Theo lĩnh vực"]
    ws = wb["Theo địa bàn"]
    assert ws["A2"].value == "TỔNG HỢP HỢP TÁC XÃ THEO ĐỊA BÀN NĂM 2025"
    assert ws["B5"].value == "Quận / huyện"
    assert ws.cell(6 + len(by_area), 2).value == "Tổng cộng"


def test_task_progress_by_unit_uses_the_latest_report(tmp_path, monkeypatch):
    from desktop.core.records import SPECS, Writer

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = open_workspace(tmp_path, identity=QUANG_BINH)
    with ws.transaction() as conn:
        w = Writer(conn, QUANG_BINH)
        d = w.create(SPECS["directive"], {"number": "12/CT-UBND", "title": "Chỉ thị"})
        t1 = w.create(SPECS["task"], {"directive_id": d, "title": "A", "cycle": "once", "position": 1,
                                      "deadline": date(2025, 6, 30), "extensions": 0})  # fmt: skip
        t2 = w.create(SPECS["task"], {"directive_id": d, "title": "B", "cycle": "once", "position": 2,
                                      "deadline": date(2027, 1, 1), "extensions": 0})  # fmt: skip
        a = [w.create(SPECS["assignment"], {"task_id": t, "office_code": "T44", "role": r})
             for t, r in ((t1, "lead"), (t2, "support"))]  # fmt: skip
        b = w.create(SPECS["assignment"], {"task_id": t1, "office_code": "H457", "role": "lead"})
        for aid, office, day, status in (
            (a[0], "T44", date(2025, 3, 1), "in_progress"),
            (a[0], "T44", date(2025, 6, 1), "done"),  # latest: done on time
            (a[1], "T44", date(2025, 5, 1), "in_progress"),  # in progress, deadline ahead
            (b, "H457", date(2025, 5, 1), "in_progress"),  # deadline passed: overdue
        ):
            w.create(SPECS["progress_report"], {"assignment_id": aid, "office_code": office,
                     "period": "", "reported_on": day, "status": status, "percent": 50})  # fmt: skip
    with ws.reading() as conn:
        units = {u.office_code: u for u in task_progress.progress_by_unit(conn, date(2026, 1, 1))}
        path, n = task_progress.export_tasks(conn, QUANG_BINH, tmp_path / "td.xlsx",
                                             today=date(2026, 1, 1))  # fmt: skip
    province = units["T44"]
    assert (province.assigned, province.lead, province.support) == (2, 1, 1)
    assert (province.done_on_time, province.in_progress, province.overdue) == (1, 1, 0)
    assert province.done_percent == 50.0
    assert units["H457"].overdue == 1 and units["H457"].office_name == "H457"
    sheet = openpyxl.load_workbook(path).active
    assert sheet["B5"].value == "Đơn vị" and n == 2
    ws.close()
