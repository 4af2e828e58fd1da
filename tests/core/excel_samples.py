"""Spreadsheets shaped like the lists offices keep, made by the tests themselves."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

from desktop.core import settings
from desktop.core.excel.legacy import unicode_to_tcvn3, unicode_to_vni
from desktop.core.workspace import Workspace, configure

LE_THUY = settings.Identity(
    office_code="H457",
    office_name="UBND huyện Lệ Thủy",
    role=settings.DISTRICT,
    area_scheme="pre2025",
    area_code="457",
    hub_code="T44",
)
QUANG_BINH = settings.Identity(
    office_code="T44",
    office_name="Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
    role=settings.PROVINCE,
    area_scheme="pre2025",
    area_code="44",
    hub_code="T44",
)


def open_workspace(tmp_path: Path, name: str = "htx.sqlite3",
                   identity: settings.Identity = LE_THUY) -> Workspace:  # fmt: skip
    ws = Workspace.open(str(tmp_path / name))
    with ws.transaction() as conn:
        configure(conn, identity)
    ws.identity = identity
    return ws


HEADER = ["STT", "Mã số HTX", "Tên hợp tác xã", "Xã, thị trấn", "Ngày thành lập",
          "Số TV", "Vốn điều lệ (triệu đồng)", "Doanh thu (tỷ đồng)", "Tình trạng",
          "Người đại diện"]  # fmt: skip


def office_list(path: Path) -> Path:
    """An .xlsx like a district's list: title rows, merged title, STT, text and real dates,
    Vietnamese numbers with units in the header, NFD text, legacy fonts, blank rows, totals."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "UBND HUYỆN LỆ THỦY"
    ws["F1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("F1:J1")
    ws["A3"] = "DANH SÁCH HỢP TÁC XÃ TRÊN ĐỊA BÀN HUYỆN NĂM 2024"
    ws.merge_cells("A3:J3")
    ws["A3"].alignment = Alignment(horizontal="center")
    ws.append([])
    ws.append(HEADER)  # row 5
    ws.append([f"({n})" for n in range(1, 11)])  # row 6: column numbers
    nfd = unicodedata.normalize("NFD", "Hợp tác xã Dịch vụ Nông nghiệp Sen Thủy")
    ws.append([1, "3100123459", nfd, "Sen Thủy", "05/03/2019", "1.250", "2.500,5", 1.5,
               "Đang hoạt động", "Nguyễn Văn An"])  # fmt: skip
    ws.append([2, 3100000017, "HTX Mây tre đan Kiến Giang", "Thị trấn Kiến Giang",
               date(2018, 1, 2), 30, 100, "0,75", "Tạm ngừng", "Trần Thị Bình"])  # fmt: skip
    ws.append([])
    # TCVN3 text in .VnTime, a capitals-only .VnTimeH cell, VNI text in VNI-Times.
    ws.append([3, "3100000025", unicode_to_tcvn3("Hợp tác xã Nông nghiệp Hồng Thủy"),
               unicode_to_tcvn3("hồng thủy"), "5/3/2019", 12, "50", None, "Đang hoạt động",
               unicode_to_vni("Lê Văn Cường")])  # fmt: skip
    row = ws.max_row  # 10
    ws.cell(row, 3).font = Font(name=".VnTime")
    ws.cell(row, 4).font = Font(name=".VnTimeH")
    ws.cell(row, 10).font = Font(name="VNI-Times")
    ws.append([4, "3100000033", unicode_to_vni("Hợp tác xã Thủy sản Ngư Thủy Bắc"),
               "Ngư Thủy Bắc", None, 8, None, None, None, None])  # fmt: skip
    ws.cell(ws.max_row, 3).font = Font(name="VNI-Times")
    ws.append([])
    ws.append([None, "Tổng cộng", None, None, None, 1300, "2.650,5", 2.25])
    ws.append([])
    ws.append([None, None, None, None, None, None, None, "Người lập biểu"])
    wb.save(path)
    return path


def two_row_header(path: Path) -> Path:
    """A header with group headings merged over sub-headings, years in the group heading."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "BÁO CÁO TÌNH HÌNH HỢP TÁC XÃ"
    ws.append([])
    ws.append(["TT", "Tên HTX", "Mã số thuế", "Năm 2023", None, "Năm 2024", None])  # row 3
    ws.append([None, None, None, "Số TV", "Doanh thu (tr.đ)", "Số TV", "Doanh thu (tr.đ)"])
    for col in ("A", "B", "C"):
        ws.merge_cells(f"{col}3:{col}4")
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    ws.append([1, "HTX Nông nghiệp Sen Thủy", "3100123459", 20, "1.200", 25, "1.500,5"])
    ws.append([2, "HTX Dịch vụ Kiến Giang", "3100000017", 9, 300, 11, 350])
    wb.save(path)
    return path


def legacy_xls(path: Path) -> Path:
    """An old .xls: TCVN3 (.VnTime, .VnTimeH) and VNI (VNI-Times) text, a merged title,
    real and text dates, a total row."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("DS HTX")
    tcvn = xlwt.easyxf("font: name .VnTime")
    caps = xlwt.easyxf("font: name .VnTimeH, bold on")
    vni = xlwt.easyxf("font: name VNI-Times")
    dated = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    sheet.write_merge(0, 0, 0, 6, unicode_to_tcvn3("danh sách hợp tác xã năm 2024"), caps)
    headers = ["STT", "Mã số HTX", "Tên HTX", "Địa bàn xã", "Ngày đăng ký", "Số thành viên",
               "Doanh thu (triệu đồng)"]  # fmt: skip
    for col, text in enumerate(headers):
        sheet.write(2, col, unicode_to_tcvn3(text), tcvn)
    rows = [
        (1, "3100123459", ("Hợp tác xã Nông nghiệp Sen Thủy", tcvn), ("Sen Thủy", tcvn),
         date(2019, 3, 5), 25, "1.500"),
        (2, "3100000017", ("Hợp tác xã Dịch vụ Kiến Giang", vni), ("Kiến Giang", vni),
         "02/01/2018", 9, 300.5),
    ]  # fmt: skip
    for r, (stt, code, (name, name_style), (place, place_style), day, members, revenue) in \
            enumerate(rows, start=3):  # fmt: skip
        convert = unicode_to_tcvn3 if name_style is tcvn else unicode_to_vni
        sheet.write(r, 0, stt)
        sheet.write(r, 1, code)
        sheet.write(r, 2, convert(name), name_style)
        sheet.write(r, 3, convert(place), place_style)
        if isinstance(day, date):
            sheet.write(r, 4, day, dated)
        else:
            sheet.write(r, 4, day)
        sheet.write(r, 5, members)
        sheet.write(r, 6, revenue)
    sheet.write(6, 1, unicode_to_tcvn3("Tổng cộng"), tcvn)
    sheet.write(6, 5, 34)
    book.save(str(path))
    return path


def write_ods(path: Path, rows: list[list[object]], *, trailing_rows: int = 1_048_000) -> Path:
    """An OpenDocument spreadsheet as LibreOffice writes one: every row padded with a run
    of repeated empty cells, and a run of a million repeated empty rows after the table."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value: object) -> str:
        if value is None:
            return "<table:table-cell/>"
        if isinstance(value, bool | int | float):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")  # fmt: skip
        if isinstance(value, date):
            return (f'<table:table-cell office:value-type="date" '
                    f'office:date-value="{value.isoformat()}"><text:p>{value:%d/%m/%Y}</text:p>'
                    "</table:table-cell>")  # fmt: skip
        return (f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}'
                "</text:p></table:table-cell>")  # fmt: skip

    body = "".join(
        "<table:table-row>" + "".join(cell(v) for v in row)
        + f'<table:table-cell table:number-columns-repeated="{1024 - len(row)}"/>'
        "</table:table-row>"
        for row in rows
    )  # fmt: skip
    tail = (f'<table:table-row table:number-rows-repeated="{trailing_rows}">'
            '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>')  # fmt: skip
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Danh sách">'
        '<table:table-column table:number-columns-repeated="1024"/>'
        f"{body}{tail}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type='
        '"application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry '
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"
        )
        archive.writestr("META-INF/manifest.xml", manifest)
        archive.writestr("content.xml", content)
    return path
