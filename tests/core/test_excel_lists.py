"""The lists offices really keep: wordings, addresses, fonts, LibreOffice, .ods and bounds.

Every file is made here in the shape it comes in, and every field of every row is checked,
commune code included."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from openpyxl.styles import Font

from desktop.core import fields, registry, settings
from desktop.core.errors import KnownError, ValidationError
from desktop.core.excel import mapping
from desktop.core.excel.importer import import_file, split_maps
from desktop.core.excel.legacy import encoding_of_font, unicode_to_tcvn3, unicode_to_vni
from tests.core import excel_samples
from tests.core.excel_samples import open_workspace

QUANG_TRI_2025 = settings.Identity(  # a province office set up without an area
    office_code="T44", office_name="Sở Tài chính tỉnh Quảng Trị", role=settings.PROVINCE,
    area_scheme="post2025", area_code=None, hub_code="T44",
)  # fmt: skip
NATIONAL_OLD = settings.Identity(
    office_code="TW", office_name="Bộ Tài chính", role=settings.PROVINCE,
    area_scheme="pre2025", area_code=None, hub_code="TW",
)  # fmt: skip


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    return tmp_path


def _stored(ws) -> dict[str, dict]:
    with ws.reading() as conn:
        rows = registry.list_cooperatives(conn)
        figures = registry.indicators_of(conn)
    return {r["registration_code"]: registry.to_json(r, figures.get(r["id"], [])) for r in rows}


_COOP_KEYS = ("name", "entity_type", "sector", "status", "governance", "area_scheme",
              "area_code", "address", "representative", "representative_title", "phone",
              "email", "founded_on", "registered_on", "notes")  # fmt: skip


def _expect(stored: dict, code: str, figures: dict[int, dict] | None = None, **values) -> None:
    """Every field of the stored cooperative: those given, and None for the rest."""
    row = stored[code]
    defaults = {"entity_type": "HTX", "status": "active"}
    got = {k: row[k] for k in _COOP_KEYS}
    want = {k: values.get(k, defaults.get(k)) for k in _COOP_KEYS}
    assert got == want, code
    indicators = {
        i["year"]: {k: v for k, v in i.items() if k != "year" and v is not None}
        for i in row["indicators"]
    }
    assert indicators == (figures or {}), code


# --- one description per field -------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "text", "code"),
    [
        ("status", "Đang HĐ", "active"),
        ("status", "đang hoạt động", "active"),
        ("status", "Dang hoat dong", "active"),
        ("status", "Ngừng hoạt động, chờ giải thể", "stopping"),
        ("status", "Ngừng hoạt động chờ giải thể", "stopping"),
        ("status", "NGỪNG HOẠT ĐỘNG / CHỜ GIẢI THỂ", "stopping"),
        ("status", "Tạm ngừng hoạt động", "suspended"),
        ("status", "Tạm ngừng KD", "suspended"),
        ("status", "Bị thu hồi GCN", "revoked"),
        ("status", "stopping", "stopping"),
        ("status", "Không rõ", None),
        ("status", "Hoạt động không hiệu quả", None),
        ("sector", "Nông, lâm, thủy sản", "agri"),
        ("sector", "Nông nghiệp", "agri"),
        ("sector", "TM-DV", "trade"),
        ("sector", "Dịch vụ, thương mại", "trade"),
        ("sector", "CN - TTCN", "industry"),
        ("sector", "Công nghiệp – tiểu thủ công nghiệp", "industry"),
        ("sector", "Vận tải", "transport"),
        ("entity_type", "HTX", "HTX"),
        ("entity_type", "Hợp tác xã", "HTX"),
        ("entity_type", "Liên hiệp HTX", "LHHTX"),
        ("entity_type", "QTDND", "QTDND"),
        ("entity_type", "Tổ hợp tác", "THT"),
        ("governance", "rút gọn", "reduced"),
        ("classification", "Khá", "fair"),
        ("size_class", "Siêu nhỏ", "micro"),
    ],
)
def test_one_matcher_takes_values_as_people_write_them(field, text, code):
    from desktop.core.vocab import DEFAULT_SECTORS

    assert fields.matchers(dict(DEFAULT_SECTORS))[field].match(text) == code


def test_the_form_validation_uses_the_same_matcher_and_code_clean_up(data_dir):
    ws = open_workspace(data_dir)
    with ws.reading() as conn:
        clean = registry.clean_cooperative(
            conn,
            {"registration_code": " 3100.123.459 ", "name": "HTX A", "status": "Đang HĐ",
             "sector": "Nông, lâm, thủy sản", "entity_type": "htx"},
            identity=excel_samples.LE_THUY,
        )  # fmt: skip
    assert (clean["registration_code"], clean["status"], clean["sector"]) == (
        "3100123459", "active", "agri")  # fmt: skip
    assert fields.clean_code(100123456) == "0100123456"  # a number that lost its zero
    assert fields.clean_code("3100 123 459-001") == "3100123459-001"


def test_one_rule_for_the_years_of_figures():
    low, high = fields.year_bounds(date(2026, 5, 1))
    assert (low, high) == (1990, 2027)
    assert fields.check_year("Năm 2024", date(2026, 5, 1)) == 2024
    assert fields.check_year(2024.0, date(2026, 5, 1)) == 2024
    assert fields.check_year(1989, date(2026, 5, 1)) is None
    assert fields.check_year(2028, date(2026, 5, 1)) is None
    with pytest.raises(ValidationError):
        registry.clean_indicator({"members": 1}, year=date.today().year + 2)
    assert registry.clean_indicator({"members": 1}, year=fields.year_bounds()[1])[0] > 0


def test_header_synonyms_come_from_the_field_declarations():
    for header, field in [("Mã số thuế", "registration_code"), ("Ngày cấp GCN", "registered_on"),
                          ("Tổng số thành viên", "members"), ("Ngành nghề chính", "sector"),
                          ("Tình hình hoạt động", "status"), ("Vốn điều lệ (tỷ đồng)",
                                                             "charter_capital")]:  # fmt: skip
        assert mapping.target_for(header) == field, header
    assert set(fields.BY_NAME) - {"area_scheme"} <= set(mapping.TARGETS)
    assert fields.names(fields.COOPERATIVE) == registry.COOP_FIELDS


# --- fonts by family ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "encoding"),
    [(".VnTime", "tcvn3"), ("VnTime", "tcvn3"), (".VnTimeH", "tcvn3-caps"),
     ("VnTimeH", "tcvn3-caps"), (".VnArial", "tcvn3"), ("VnArial NarrowH", "tcvn3-caps"),
     ("VNI-Times", "vni"), ("VNI-Helve", "vni"), ("VNI-Aptima", "vni"),
     ("Times New Roman", None), ("Arial", None), (None, None)],
)  # fmt: skip
def test_legacy_fonts_are_known_by_their_family(font, encoding):
    assert encoding_of_font(font) == encoding


def test_undotted_legacy_font_names_in_xls_and_xlsx(data_dir):
    import xlwt

    people = [
        ("3100123459", "Hợp tác xã Nông nghiệp Sen Thủy", "xã Sen Thủy", "Nguyễn Thanh Hà", "tcvn3"),
        ("3100000017", "Hợp tác xã Dịch vụ Kiến Giang", "thị trấn Kiến Giang", "Lê Văn Cường", "vni"),
    ]  # fmt: skip
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("DS")
    styles = {"tcvn3": xlwt.easyxf("font: name VnTime"), "vni": xlwt.easyxf("font: name VNI-Helve")}
    caps = xlwt.easyxf("font: name VnTimeH")
    sheet.write(0, 0, unicode_to_tcvn3("ubnd huyện lệ thủy"), caps)
    for col, text in enumerate(["Mã số HTX", "Tên HTX", "Địa chỉ", "Người đại diện"]):
        sheet.write(2, col, text)
    for r, (code, name, place, person, kind) in enumerate(people, start=3):
        convert = unicode_to_tcvn3 if kind == "tcvn3" else unicode_to_vni
        sheet.write(r, 0, code)
        for c, text in enumerate((name, place, person), start=1):
            sheet.write(r, c, convert(text), styles[kind])
    book.save(str(data_dir / "cu.xls"))

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Mã số HTX", "Tên HTX", "Địa chỉ", "Người đại diện"])
    ws.append(["3100000025", unicode_to_tcvn3("Hợp tác xã Hồng Thủy"),
               unicode_to_tcvn3("Thôn 3, xã Hồng Thủy"), unicode_to_vni("Trần Thị Bình")])  # fmt: skip
    for col, font in ((2, "VnTime"), (3, "VnTime"), (4, "VNI-Times")):
        ws.cell(2, col).font = Font(name=font)
    wb.save(data_dir / "cu.xlsx")

    workspace = open_workspace(data_dir)
    for name in ("cu.xls", "cu.xlsx"):
        plan = import_file(workspace, data_dir / name)
        assert not plan.problems, plan.problems
    stored = _stored(workspace)
    _expect(stored, "3100123459", name="Hợp tác xã Nông nghiệp Sen Thủy", area_scheme="pre2025",
            area_code="19312", address="xã Sen Thủy", representative="Nguyễn Thanh Hà")  # fmt: skip
    _expect(stored, "3100000017", name="Hợp tác xã Dịch vụ Kiến Giang", area_scheme="pre2025",
            area_code="19249", address="thị trấn Kiến Giang", representative="Lê Văn Cường")  # fmt: skip
    _expect(stored, "3100000025", name="Hợp tác xã Hồng Thủy", area_scheme="pre2025",
            area_code="19252", address="Thôn 3, xã Hồng Thủy", representative="Trần Thị Bình")  # fmt: skip


# --- the province's list: other wordings, totals row with values ------------------------------


def _province_list(path):
    """A province's list as LibreOffice saves it: the totals row keeps its formulas' values
    (a count where the code goes), headers in other wordings, money in tỷ, text dates."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws.append(["UBND TỈNH QUẢNG BÌNH"])
    ws.append(["SỞ KẾ HOẠCH VÀ ĐẦU TƯ"])
    ws.append(["DANH SÁCH HỢP TÁC XÃ NĂM 2024"])
    ws.append(["TT", "Mã số thuế", "Tên hợp tác xã", "Loại hình", "Ngành nghề chính",
               "Tình hình hoạt động", "Địa chỉ trụ sở", "Người đại diện", "Chức vụ", "SĐT",
               "Email", "Ngày thành lập", "Ngày cấp GCN", "Tổng số thành viên",
               "Số lao động", "Vốn điều lệ (tỷ đồng)", "Doanh thu (triệu đồng)", "Ghi chú"])  # fmt: skip
    ws.append([1, "3100123459", "HTX Nông nghiệp Sen Thủy", "HTX", "Nông, lâm, thủy sản",
               "Đang HĐ", "Thôn 3, xã Sen Thủy, huyện Lệ Thủy", "Nguyễn Văn An", "Giám đốc",
               912345678, "sen@thuy.vn", "05/03/2019", "ngày 12/4/2019", "25", 10, "1,5",
               "1.250", "Tốt"])  # fmt: skip
    ws.append([2, 3100000017, "HTX Dịch vụ Kiến Giang", "Hợp tác xã", "TM-DV",
               "Ngừng hoạt động, chờ giải thể", "TK 5, thị trấn Kiến Giang, huyện Lệ Thủy",
               "Trần Thị Bình", "Chủ tịch HĐQT", "0232 3882 123", None, date(2018, 1, 2),
               date(2018, 2, 1), 9, None, "0,3", 300, None])  # fmt: skip
    ws.append([3, "3100000025", "HTX Thủy sản Nhân Trạch", "THT", "Thủy sản",
               "Tạm ngừng hoạt động", "Thôn Nhân Trạch, xã Nhân Trạch, huyện Bố Trạch",
               None, None, None, None, None, None, 7, 3, None, None, None])  # fmt: skip
    ws.append([None, 3, "Tổng cộng", None, None, None, None, None, None, None, None, None,
               None, 41, 13, 1.8, 1550])  # fmt: skip
    wb.save(path)
    return path


def test_a_province_list_saved_by_libreoffice(data_dir):
    workspace = open_workspace(data_dir, identity=excel_samples.QUANG_BINH)
    plan = import_file(workspace, _province_list(data_dir / "tinh.xlsx"))
    assert not plan.problems, plan.problems
    assert [(r, why) for r, why in plan.skipped] == [(8, "total")]
    stored = _stored(workspace)
    assert len(stored) == 3
    _expect(stored, "3100123459", {2024: {"members": 25, "workers": 10,
            "charter_capital": 1_500_000_000, "revenue": 1_250_000_000}},
            name="HTX Nông nghiệp Sen Thủy", sector="agri", area_scheme="pre2025",
            area_code="19312", address="Thôn 3, xã Sen Thủy, huyện Lệ Thủy",
            representative="Nguyễn Văn An", representative_title="Giám đốc",
            phone="0912345678", email="sen@thuy.vn", founded_on="2019-03-05",
            registered_on="2019-04-12", notes="Tốt")  # fmt: skip
    _expect(stored, "3100000017", {2024: {"members": 9, "charter_capital": 300_000_000,
            "revenue": 300_000_000}}, name="HTX Dịch vụ Kiến Giang", sector="trade",
            status="stopping", area_scheme="pre2025", area_code="19249",
            address="TK 5, thị trấn Kiến Giang, huyện Lệ Thủy", representative="Trần Thị Bình",
            representative_title="Chủ tịch HĐQT", phone="0232 3882 123",
            founded_on="2018-01-02", registered_on="2018-02-01")  # fmt: skip
    _expect(stored, "3100000025", {2024: {"members": 7, "workers": 3}},
            name="HTX Thủy sản Nhân Trạch", entity_type="THT", sector="agri",
            status="suspended", area_scheme="pre2025", area_code=_commune("Nhân Trạch", "Bố Trạch"),
            address="Thôn Nhân Trạch, xã Nhân Trạch, huyện Bố Trạch")  # fmt: skip


def _commune(name: str, district: str, scheme: str = "pre2025") -> str:
    from desktop.core import areas

    (found,) = [
        u
        for u in areas.find(scheme, name, "commune")
        if district in areas.full_name(scheme, u.code)
    ]
    return found.code


# --- addresses to units ------------------------------------------------------------------------


def test_a_post_2025_commune_list_at_a_province_office_without_an_area(data_dir):
    rows = [
        ["STT", "Mã số HTX", "Tên HTX", "Địa chỉ", "Tình trạng"],
        [1, "3100123459", "HTX Sen Ngư", "Thôn Đông, xã Sen Ngư, tỉnh Quảng Trị", "Đang HĐ"],
        [2, "3100000017", "HTX Đồng Hới", "Tổ 5, phường Đồng Hới, tỉnh Quảng Trị", "Tạm ngừng"],
        [3, "3100000025", "HTX Bắc Trạch", "Thôn Tây, Bắc Trạch", None],
        [4, "3100000033", "HTX không địa chỉ rõ", "Thôn Đông, xã Sen Ngư", None],
    ]
    path = excel_samples.write_ods(data_dir / "xa.ods", rows)
    workspace = open_workspace(data_dir, identity=QUANG_TRI_2025)
    plan = import_file(workspace, path)
    assert not plan.problems, plan.problems
    stored = _stored(workspace)
    post = {"area_scheme": "post2025"}
    _expect(stored, "3100123459", name="HTX Sen Ngư", area_code="19288",
            address="Thôn Đông, xã Sen Ngư, tỉnh Quảng Trị", **post)  # fmt: skip
    _expect(stored, "3100000017", name="HTX Đồng Hới", status="suspended",
            area_code=_commune("Đồng Hới", "Quảng Trị", "post2025"),
            address="Tổ 5, phường Đồng Hới, tỉnh Quảng Trị", **post)  # fmt: skip
    _expect(stored, "3100000025", name="HTX Bắc Trạch",
            area_code=_commune("Bắc Trạch", "Quảng Trị", "post2025"),
            address="Thôn Tây, Bắc Trạch", **post)  # fmt: skip
    _expect(stored, "3100000033", name="HTX không địa chỉ rõ", area_code="19288",
            address="Thôn Đông, xã Sen Ngư", **post)  # fmt: skip


def test_ambiguous_and_unknown_communes_are_problems_with_candidates_then_chosen(data_dir):
    rows = [
        ["Mã số HTX", "Tên HTX", "Địa chỉ", "Tình trạng"],
        ["3100123459", "HTX Hồng Thủy", "Thôn 3, xã Hồng Thủy", "Đang HĐ tốt"],
        ["3100000017", "HTX Hồng Thủy 2", "Thôn 4, Xã Hồng Thủy", "Đang hoạt động"],
        ["3100000025", "HTX Sen Thủyy", "xã Sen Thủyy, huyện Lệ Thủy", "Đang hoạt động"],
    ]
    wb = openpyxl.Workbook()
    for row in rows:
        wb.active.append(row)
    wb.save(data_dir / "mo-ho.xlsx")
    workspace = open_workspace(data_dir, identity=NATIONAL_OLD)
    plan = import_file(workspace, data_dir / "mo-ho.xlsx", dry_run=True)
    assert plan.error_rows == 3 and not plan.creates
    unmatched = {(u.field, u.value): u for u in plan.unmatched()}
    hong = unmatched[("area", "xã Hồng Thủy")]  # one entry for both spellings
    assert hong.rows == [2, 3]
    assert [c for c, _label in hong.candidates] == ["19252", "20104"]
    assert "Huyện Lệ Thủy" in hong.candidates[0][1]
    sen = unmatched[("area", "xã Sen Thủyy")]
    assert "19312" in [c for c, _label in sen.candidates]  # the close match is offered
    status = unmatched[("status", "Đang HĐ tốt")]
    assert ("active", "Đang hoạt động") in status.candidates
    # never a province-level (or district) code for a text naming a commune
    assert all(p.field for p in plan.problems)

    maps = ["area:xã Hồng Thủy=19252", "area:xã Sen Thủyy=19312", "status:Đang HĐ tốt=active"]
    assert split_maps(["C=address", *maps])[0] == ["C=address"]
    plan = import_file(workspace, data_dir / "mo-ho.xlsx", overrides=maps)
    assert not plan.problems, plan.problems
    stored = _stored(workspace)
    assert {c: r["area_code"] for c, r in stored.items()} == {
        "3100123459": "19252", "3100000017": "19252", "3100000025": "19312"}  # fmt: skip
    # remembered for the office: the next list with those values needs no choosing
    with workspace.reading() as conn:
        remembered = mapping.load_values(conn)
    assert remembered["area"]["xa hong thuy"] == "19252"
    assert remembered["status"]["dang hd tot"] == "active"
    plan = import_file(workspace, data_dir / "mo-ho.xlsx", dry_run=True)
    assert not plan.problems and len(plan.unchanged) == 3


def test_title_rows_and_the_office_area_place_a_commune_named_in_many_provinces(data_dir):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["UBND HUYỆN LỆ THỦY"])
    ws.append([])
    ws.append(["Mã số HTX", "Tên HTX", "Địa chỉ"])
    ws.append(["3100123459", "HTX Hồng Thủy", "Thôn 3, xã Hồng Thủy"])
    ws.append(["3100000017", "HTX Kiến Giang", "Tiểu khu 2, Kiến Giang"])
    wb.save(data_dir / "huyen.xlsx")
    workspace = open_workspace(data_dir, identity=NATIONAL_OLD)
    plan = import_file(workspace, data_dir / "huyen.xlsx")
    assert not plan.problems, plan.problems
    stored = _stored(workspace)
    assert stored["3100123459"]["area_code"] == "19252"
    assert stored["3100000017"]["area_code"] == "19249"


# --- .ods and bounds ------------------------------------------------------------------------------


def test_an_ods_list_every_field(data_dir):
    rows = [
        ["DANH SÁCH HTX NĂM 2024"],
        [],
        ["STT", "Mã số HTX", "Tên HTX", "Xã", "Ngày đăng ký", "Số TV", "Doanh thu (tr.đ)"],
        [1, 3100123459, "HTX Sen Thủy", "Sen Thủy", date(2019, 3, 5), 25, 1500.5],
        [2, "3100000017", "HTX Kiến Giang", "Thị trấn Kiến Giang", "02/01/2018", 9, "300"],
        [None, "Tổng cộng", None, None, None, 34, 1800.5],
    ]
    path = excel_samples.write_ods(data_dir / "ds.ods", rows)
    workspace = open_workspace(data_dir)
    plan = import_file(workspace, path)
    assert not plan.problems, plan.problems
    assert plan.skipped[-1] == (6, "total")
    stored = _stored(workspace)
    _expect(stored, "3100123459", {2024: {"members": 25, "revenue": 1_500_500_000}},
            name="HTX Sen Thủy", area_scheme="pre2025", area_code="19312",
            registered_on="2019-03-05")  # fmt: skip
    _expect(stored, "3100000017", {2024: {"members": 9, "revenue": 300_000_000}},
            name="HTX Kiến Giang", area_scheme="pre2025", area_code="19249",
            registered_on="2018-01-02")  # fmt: skip


def test_a_far_away_cell_is_refused_before_anything_is_allocated(data_dir):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Mã số HTX"
    wb.active["XFD1048576"] = "x"
    wb.save(data_dir / "xa.xlsx")
    assert (data_dir / "xa.xlsx").stat().st_size < 10_000
    workspace = open_workspace(data_dir)
    with pytest.raises(KnownError, match="quá lớn để nhập"):
        import_file(workspace, data_dir / "xa.xlsx", dry_run=True)
    ods = excel_samples.write_ods(data_dir / "xa.ods", [["Mã số HTX"]], trailing_rows=5)
    text = ods.read_bytes()  # a cell after a million repeated rows and 16,000 columns
    import zipfile

    with zipfile.ZipFile(ods) as archive:
        content = archive.read("content.xml").replace(
            b"</table:table>",
            b'<table:table-row table:number-rows-repeated="1048000"><table:table-cell/>'
            b"</table:table-row><table:table-row><table:table-cell "
            b'table:number-columns-repeated="16000"/><table:table-cell office:value-type='
            b'"string"><text:p>y</text:p></table:table-cell></table:table-row></table:table>',
        )
    assert text
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("content.xml", content)
    with pytest.raises(KnownError, match="quá lớn để nhập"):
        import_file(workspace, ods, dry_run=True)


# --- legacy text in a Unicode font: offered, previewed, never silent ---------------------------


def _legacy_in_arial(path):
    wb = openpyxl.Workbook()  # every cell in the default font (Calibri): the font says nothing
    ws = wb.active
    ws.append([unicode_to_tcvn3(h) for h in ("Mã số HTX", "Tên hợp tác xã", "Người đại diện")])
    ws.append(["3100123459", unicode_to_tcvn3("Hợp tác xã Sen Thủy"), "NguyÔn Thanh Hµ"])
    ws.append(["3100000017", unicode_to_vni("Hợp tác xã Kiến Giang"), "Hà An"])  # short: kept
    wb.save(path)
    return path


def test_text_that_reads_like_tcvn3_or_vni_is_offered_not_converted(data_dir):
    path = _legacy_in_arial(data_dir / "arial.xlsx")
    workspace = open_workspace(data_dir)
    with pytest.raises(KnownError):  # the headers cannot be read before the conversion
        import_file(workspace, path, dry_run=True)
    plan = import_file(workspace, path, convert_legacy=True)
    assert not plan.problems
    stored = _stored(workspace)
    _expect(stored, "3100123459", name="Hợp tác xã Sen Thủy", area_scheme="pre2025",
            area_code="457", representative="Nguyễn Thanh Hà")  # fmt: skip
    _expect(stored, "3100000017", name="Hợp tác xã Kiến Giang", area_scheme="pre2025",
            area_code="457", representative="Hà An")  # fmt: skip


def test_the_cli_previews_legacy_text_and_converts_it_when_asked(data_dir, capsys):
    from desktop.cli import main

    path = _legacy_in_arial(data_dir / "arial.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active["A1"], wb.active["B1"], wb.active["C1"] = "Mã số HTX", "Tên HTX", "Đại diện"
    wb.save(path)
    db = str(data_dir / "cli.sqlite3")
    open_workspace(data_dir, "cli.sqlite3").close()
    assert main(["excel-import", "--db", db, "--dry-run", "--json", str(path)]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    assert [s["cell"] for s in report["legacy_text_suspected"]] == ["B2", "C2", "B3"]
    assert report["legacy_text_suspected"][1]["converted"] == "Nguyễn Thanh Hà"
    assert main(["excel-import", "--db", db, "--convert-legacy", "--json", str(path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["created"] == 2 and report["legacy_text_suspected"] == []


def test_an_xls_with_a_cell_in_its_far_corner_is_refused(data_dir):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("DS")
    sheet.write(0, 0, "Mã số HTX")
    sheet.write(65535, 255, "x")  # the last cell an .xls can hold: 16.7 million in the range
    book.save(str(data_dir / "xa.xls"))
    workspace = open_workspace(data_dir)
    with pytest.raises(KnownError, match="quá lớn để nhập"):
        import_file(workspace, data_dir / "xa.xls", dry_run=True)
