"""Importing lists in the shapes offices keep them: the plan, the writes, the guarantees."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.core import registry
from desktop.core.errors import Cancelled, KnownError
from desktop.core.excel import importer, mapping
from desktop.core.excel.importer import apply_plan, import_file, plan_import, prepare
from desktop.core.models import counter, history
from desktop.core.records import SPECS, Writer
from tests.core import excel_samples
from tests.core.excel_samples import open_workspace


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    ws = open_workspace(tmp_path)
    yield ws
    ws.close()


def _coops(ws) -> dict[str, dict]:
    with ws.reading() as conn:
        rows = registry.list_cooperatives(conn)
        figures = registry.indicators_of(conn)
    return {r["registration_code"]: registry.to_json(r, figures.get(r["id"], [])) for r in rows}


def test_office_list_is_read_as_a_person_reads_it(workspace, tmp_path):
    path = excel_samples.office_list(tmp_path / "ds.xlsx")
    plan = import_file(workspace, path)
    report = plan.report()
    assert report["header_row"] == 5
    assert report["first_data_row"] == 7  # the (1) (2) ... row is not data
    assert report["year"] == 2024  # from the title "... NĂM 2024"
    assert (report["created"], report["updated"], report["error_rows"]) == (4, 0, 0)
    reasons = {row["row"]: row["reason"] for row in report["skipped_rows"]}
    assert reasons[9] == "blank" and reasons[13] == "total" and reasons[15] == "heading"
    assert report["legacy_text_converted"] == {"tcvn3": 1, "tcvn3-caps": 1, "vni": 2}

    coops = _coops(workspace)
    sen = coops["3100123459"]
    assert sen["name"] == "Hợp tác xã Dịch vụ Nông nghiệp Sen Thủy"  # NFD -> NFC
    assert sen["area_name"].startswith("Xã Sen Thủy")
    assert sen["founded_on"] == "2019-03-05"
    assert sen["status"] == "active"
    figures = sen["indicators"][0]
    assert figures["year"] == 2024
    assert figures["members"] == 1250  # "1.250"
    assert figures["charter_capital"] == 2_500_500_000  # "2.500,5" triệu đồng
    assert figures["revenue"] == 1_500_000_000  # 1.5 tỷ đồng

    kien_giang = coops["3100000017"]  # typed as a number
    assert kien_giang["founded_on"] == "2018-01-02"  # a real date cell
    assert kien_giang["status"] == "suspended"  # "Tạm ngừng"
    assert kien_giang["indicators"][0]["revenue"] == 750_000_000  # "0,75" tỷ

    hong = coops["3100000025"]  # TCVN3 and VNI cells
    assert hong["name"] == "Hợp tác xã Nông nghiệp Hồng Thủy"
    assert hong["area_name"].startswith("Xã Hồng Thủy")  # .VnTimeH capitals resolved
    assert hong["representative"] == "Lê Văn Cường"
    assert hong["founded_on"] == "2019-03-05"  # "5/3/2019"
    assert coops["3100000033"]["name"] == "Hợp tác xã Thủy sản Ngư Thủy Bắc"


def test_old_xls_with_legacy_fonts(workspace, tmp_path):
    path = excel_samples.legacy_xls(tmp_path / "cu.xls")
    plan = import_file(workspace, path)
    assert plan.layout.header_row == 2  # headers themselves in .VnTime
    assert plan.year == 2024  # title in .VnTimeH
    assert (len(plan.creates), plan.error_rows) == (2, 0)
    assert [r for r, reason in plan.skipped if reason == "total"] == [7]
    coops = _coops(workspace)
    assert coops["3100123459"]["name"] == "Hợp tác xã Nông nghiệp Sen Thủy"
    assert coops["3100123459"]["registered_on"] == "2019-03-05"
    assert coops["3100123459"]["indicators"][0]["revenue"] == 1_500_000_000
    assert coops["3100000017"]["name"] == "Hợp tác xã Dịch vụ Kiến Giang"
    assert coops["3100000017"]["registered_on"] == "2018-01-02"
    assert coops["3100000017"]["indicators"][0]["revenue"] == 300_500_000


def test_two_row_header_with_years_over_the_figures(workspace, tmp_path):
    path = excel_samples.two_row_header(tmp_path / "bc.xlsx")
    plan = import_file(workspace, path)
    fields = [(c.letter, c.field, c.year, c.unit) for c in plan.layout.columns]
    assert fields[3:] == [("D", "members", 2023, 1), ("E", "revenue", 2023, 1_000_000),
                          ("F", "members", 2024, 1), ("G", "revenue", 2024, 1_000_000)]  # fmt: skip
    coops = _coops(workspace)
    years = {i["year"]: i for i in coops["3100123459"]["indicators"]}
    assert years[2023]["members"] == 20 and years[2023]["revenue"] == 1_200_000_000
    assert years[2024]["members"] == 25 and years[2024]["revenue"] == 1_500_500_000


def test_header_variants_map_to_fields():
    for header, field in [
        ("Tên HTX", "name"), ("Tên hợp tác xã", "name"), ("Mã số thuế", "registration_code"),
        ("MST", "registration_code"), ("Số TV", "members"), ("So thanh vien", "members"),
        ("Tổng số thành viên năm 2024", "members"), ("Vốn điều lệ (triệu đồng)", "charter_capital"),
        ("Họ tên người đại diện", "representative"), ("Chức vụ người đại diện",
        "representative_title"), ("SĐT", "phone"), ("Địa chỉ email", "email"),
        ("Thành viên chính thức", "members_official"), ("STT", mapping.ROW_NUMBER),
        ("Quận/huyện", mapping.DISTRICT), ("Ghi chú", "notes"), ("Ngày cấp GCN", "registered_on"),
    ]:  # fmt: skip
        assert mapping.target_for(header) == field, header


def test_figures_without_a_year_need_one(workspace, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.append(["Mã số HTX", "Tên HTX", "Số thành viên"])
    wb.active.append(["3100123459", "HTX Sen Thủy", 12])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(KnownError, match="năm"):
        import_file(workspace, tmp_path / "x.xlsx", dry_run=True)
    plan = import_file(workspace, tmp_path / "x.xlsx", year=2023)
    assert plan.creates[0].figures == {2023: {"members": 12}}


def _write(tmp_path, rows, name="u.xlsx"):
    import openpyxl

    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(tmp_path / name)
    return tmp_path / name


def test_existing_cooperatives_are_updated_with_history(workspace, tmp_path):
    with workspace.transaction() as conn:
        coop_id = registry.add_cooperative(conn, workspace.identity, {
            "registration_code": "3100123459", "name": "HTX Sen Thủy", "area_code": "19312",
            "phone": "0912345678", "address": "Thôn Tân Mỹ"}, {2024: {"members": 10}})  # fmt: skip
        registry.add_cooperative(conn, workspace.identity, {
            "registration_code": "3100000017", "name": "HTX Kiến Giang"})  # fmt: skip
    path = _write(tmp_path, [
        ["Mã số HTX", "Tên HTX", "Điện thoại", "Địa chỉ", "Số TV năm 2024", "Số TV năm 2025"],
        ["3100123459", "HTX Nông nghiệp Sen Thủy", None, "Thôn Tân Mỹ", 12, 15],
        ["3100000017", "HTX Kiến Giang", None, None, None, None],
        ["3100000025", "HTX Mới", "0232 3881 234", None, None, None],
    ])  # fmt: skip
    plan = import_file(workspace, path, dry_run=True)
    assert (len(plan.creates), len(plan.updates), len(plan.unchanged)) == (1, 1, 1)
    assert plan.updates[0].values == {"name": "HTX Nông nghiệp Sen Thủy"}
    assert _coops(workspace)["3100123459"]["name"] == "HTX Sen Thủy"  # dry run wrote nothing

    import_file(workspace, path)
    coop = _coops(workspace)["3100123459"]
    assert coop["name"] == "HTX Nông nghiệp Sen Thủy"
    assert coop["phone"] == "0912345678"  # an empty cell never erases
    assert {i["year"]: i["members"] for i in coop["indicators"]} == {2024: 12, 2025: 15}
    with workspace.reading() as conn:
        entries = registry.cooperative_history(conn, coop_id)
    excel = {(h.field, h.old, h.new) for h in entries if h.source == "excel"}
    assert ("name", "HTX Sen Thủy", "HTX Nông nghiệp Sen Thủy") in excel
    assert ("2024.members", "10", "12") in excel
    assert ("2025._created", None, "2025") in excel
    assert not any(h.field == "phone" for h in entries)


def test_problems_name_row_and_column_and_those_rows_are_left_out(workspace, tmp_path):
    path = _write(tmp_path, [
        ["STT", "Mã số HTX", "Tên HTX", "Ngày thành lập", "Số TV", "Lĩnh vực", "Xã"],
        [1, "3100123459", "HTX Sen Thủy", "05/03/2019", 12, "Nông nghiệp", "Sen Thủy"],
        [2, "31001234", "HTX Mã ngắn", "31/02/2019", "mười", "Bay", "Xã Không Có"],
        [3, "3100000017", None, None, None, None, None],
        [4, "3100123459", "HTX Trùng", None, None, None, None],
        [5, "3100000025", "HTX Tương lai", "01/01/2999", "12,5", None, None],
    ])  # fmt: skip
    plan = import_file(workspace, path, year=2024)
    problems = {(p.row, p.column): p.message for p in plan.problems}
    assert "10 chữ số" in problems[(3, "B")]
    assert "31/02/2019" in problems[(3, "D")] and "ngày/tháng/năm" in problems[(3, "D")]
    assert "“mười” không phải là số nguyên" in problems[(3, "E")]
    assert "“Bay” không có trong danh mục" in problems[(3, "F")]
    assert "Xã Không Có" in problems[(3, "G")]
    assert problems[(4, "C")] == "Tên không được để trống."
    assert "trùng với dòng 2" in problems[(5, "B")]
    assert "sau ngày hôm nay" in problems[(6, "D")]
    assert "không phải là số nguyên" in problems[(6, "E")]
    assert plan.error_rows == 4
    assert set(_coops(workspace)) == {"3100123459"}  # the good row, only


def test_out_of_area_rows_are_refused(workspace, tmp_path):
    path = _write(tmp_path, [["Mã số HTX", "Tên HTX", "Mã địa bàn"],
                             ["3100123459", "HTX Đồng Hới", "19165"]])  # fmt: skip
    plan = import_file(workspace, path, dry_run=True)
    assert "ngoài phạm vi quản lý" in plan.problems[0].message
    assert plan.problems[0].column == "C"


def test_a_failure_while_writing_leaves_nothing_half_written(workspace, tmp_path, monkeypatch):
    path = excel_samples.office_list(tmp_path / "ds.xlsx")
    real = Writer.create_many

    def failing(self, spec, items):
        if spec.name == "indicator":
            raise OSError("disk full")
        return real(self, spec, items)

    monkeypatch.setattr(Writer, "create_many", failing)
    with pytest.raises(OSError):
        import_file(workspace, path)
    assert _coops(workspace) == {}
    with workspace.reading() as conn:
        assert conn.execute(select(history)).first() is not None  # set-up only
        assert all(h.source != "excel" for h in conn.execute(select(history)))


def test_the_page_cache_is_big_while_writing_and_back_after_even_a_failed_import(
    workspace, tmp_path, monkeypatch
):
    path = excel_samples.office_list(tmp_path / "ds.xlsx")

    def cache_size(conn) -> int:
        return conn.exec_driver_sql("PRAGMA cache_size").scalar()

    with workspace.transaction() as conn:
        before = cache_size(conn)
    real = Writer.create_many
    during = []
    fail = [True]

    def watched(self, spec, items):
        during.append(cache_size(self.conn))
        if spec.name == "indicator" and fail[0]:
            raise OSError("disk full")
        return real(self, spec, items)

    monkeypatch.setattr(Writer, "create_many", watched)
    with pytest.raises(OSError):
        import_file(workspace, path)
    with workspace.transaction() as conn:
        assert cache_size(conn) == before
    fail[0] = False
    import_file(workspace, path)
    assert _coops(workspace)
    assert len(during) == 4 and all(size < 0 and -size > 16_000 for size in during)
    with workspace.transaction() as conn:
        assert cache_size(conn) == before


def test_the_garbage_collector_is_back_after_an_import_even_a_failed_one(workspace, tmp_path):
    import gc

    path = excel_samples.office_list(tmp_path / "ds.xlsx")
    seen = []
    assert gc.isenabled()
    import_file(workspace, path, dry_run=True, progress=lambda *a: seen.append(gc.isenabled()))
    assert gc.isenabled() and seen and not any(seen)  # off while planning
    with pytest.raises(Cancelled):
        import_file(workspace, path, cancelled=lambda: True)
    assert gc.isenabled()
    gc.disable()
    try:
        import_file(workspace, path, dry_run=True)
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()


def test_cancel_changes_nothing(workspace, tmp_path):
    path = excel_samples.office_list(tmp_path / "ds.xlsx")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Cancelled):
        import_file(workspace, path, cancelled=cancelled)
    assert _coops(workspace) == {}


def test_bulk_rows_are_stored_exactly_as_single_edits(workspace, tmp_path):
    """The import's bulk path and the registry's per-record path give the same rows."""
    path = _write(tmp_path, [["Mã số HTX", "Tên HTX", "Xã", "Số TV năm 2024"],
                             ["3100123459", "HTX Sen Thủy", "Sen Thủy", 12]])  # fmt: skip
    with workspace.transaction() as conn:
        sheet, layout = prepare(conn, path)
        plan = plan_import(conn, workspace.identity, sheet, layout)
        values = {k: v for k, v in plan.creates[0].values.items() if k in registry.COOP_FIELDS}
        apply_plan(conn, workspace.identity, plan)
    other = open_workspace(tmp_path, "other.sqlite3")
    with other.transaction() as conn:
        registry.add_cooperative(conn, other.identity, values, {2024: {"members": 12}},
                                 source="excel")  # fmt: skip

    def stored(ws):
        with ws.reading() as conn:
            coop = dict(conn.execute(select(SPECS["cooperative"].table)).one()._mapping)
            ind = dict(conn.execute(select(SPECS["indicator"].table)).one()._mapping)
            hist = [
                (h.table_name, h.field, h.old_value, h.new_value, h.source)
                for h in conn.execute(select(history).where(
                    history.c.source == "excel"))
            ]  # fmt: skip
            counters = dict(conn.execute(select(counter)).all())
        for row in (coop, ind):
            row.pop("updated_at")
            row["sync_meta"] = row["sync_meta"].split('"t"')[0]  # write times differ
        coop.pop("id")
        ind.pop("id")
        ind.pop("cooperative_id")
        return coop, ind, hist, counters

    assert stored(workspace) == stored(other)
    other.close()


def test_saved_choices_are_proposed_next_time(workspace, tmp_path):
    path = _write(tmp_path, [["Mã số HTX", "Tên HTX", "Cơ sở"], ["3100123459", "HTX A", "x"]])
    with workspace.transaction() as conn:
        _sheet, layout = prepare(conn, path)
        assert layout.columns[2].field is None
        layout.columns[2].field = "address"
        assert mapping.save_aliases(conn, layout.columns) == 1
    with workspace.reading() as conn:
        _sheet, again = prepare(conn, path)
    assert again.columns[2].field == "address"


def test_command_line_overrides(workspace, tmp_path):
    path = _write(tmp_path, [["Mã số HTX", "Tên HTX", "Cơ sở"], ["3100123459", "HTX A", "x"]])
    plan = import_file(workspace, path, overrides=["C=address"], dry_run=True)
    assert plan.creates[0].values["address"] == "x"
    with pytest.raises(KnownError):
        import_file(workspace, path, overrides=["Z=address"], dry_run=True)


def test_one_row_per_year_as_the_indicator_export_writes(workspace, tmp_path):
    path = _write(tmp_path, [
        ["Mã số HTX", "Tên HTX", "Năm", "Tổng số thành viên"],
        ["3100123459", "HTX A", 2023, 10],
        ["3100123459", "HTX A", 2024, 11],
        ["3100123459", "HTX B", 2025, 12],
        ["3100123459", "HTX A", 2024, 13],
    ])  # fmt: skip
    plan = import_file(workspace, path)
    messages = {p.row: p.message for p in plan.problems}
    assert "Khác với dòng 2" in messages[4]
    assert "năm 2024" in messages[5]
    years = {i["year"]: i["members"] for i in _coops(workspace)["3100123459"]["indicators"]}
    assert years == {2023: 10, 2024: 11}


def test_unreadable_files_are_known_errors(workspace, tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"not a zip")
    with pytest.raises(KnownError, match="Không đọc được"):
        import_file(workspace, bad, dry_run=True)
    with pytest.raises(KnownError, match="Không tìm thấy tệp"):
        import_file(workspace, tmp_path / "khong-co.xlsx", dry_run=True)
    (tmp_path / "a.csv").write_text("Mã số HTX;Tên\n")
    with pytest.raises(KnownError, match=r"\.xlsx"):
        import_file(workspace, tmp_path / "a.csv", dry_run=True)
    path = excel_samples.office_list(tmp_path / "ds.xlsx")
    with pytest.raises(KnownError, match="Danh sách"):
        import_file(workspace, path, sheet_name="Trang khác", dry_run=True)
    assert importer.skip_reason_text("total") == "Dòng tổng cộng"
