"""`htx report directive|coops`: the numbers in the .docx and PDF agree with the database
(sums computed here with plain SQL), the administrative format, Vietnamese in the PDF, and
bad input refused with a Vietnamese message and nothing written."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm, Pt

from desktop.cli import main
from desktop.core import areas
from desktop.core.tasks import periods
from tests.reports.conftest import PROBLEM, PROPOSAL, number


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def expected_by_district(db: str, year: int) -> dict[str, dict[str, int]]:
    """Per district name: counts and sums, computed independently of the application."""
    last = f"{year}-12-31"
    out: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with sqlite3.connect(db) as conn:
        rows = conn.execute(
            "SELECT c.id, c.district_code, c.status, COALESCE(c.registered_on, c.founded_on),"
            " i.members, i.workers, i.charter_capital, i.revenue"
            " FROM cooperative c LEFT JOIN indicator i"
            "  ON i.cooperative_id = c.id AND i.year = ? AND i.deleted = 0"
            " WHERE c.deleted = 0",
            (year,),
        ).fetchall()
    for _id, district, status, registered, members, workers, capital, revenue in rows:
        if registered is not None and registered > last:
            continue
        name = areas.name("pre2025", district)
        group = out[name]
        group["cooperatives"] += 1
        group["active"] += status == "active"
        group["founded"] += registered is not None and registered >= f"{year}-01-01"
        group["members"] += members or 0
        group["workers"] += workers or 0
        group["capital"] += capital or 0
        group["revenue"] += revenue or 0
    return out


def table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_coops_report_docx_numbers_match_the_database(demo_db, tmp_path, capsys):
    out = tmp_path / "bao-cao-htx-2024.docx"
    code, text, err = run(capsys, "report", "coops", "--year", "2024", "--db", demo_db,
                          "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert "năm 2024" in text and out.exists()
    doc = Document(str(out))
    expected = expected_by_district(demo_db, 2024)
    # Table 0 is the letterhead; then by area, by sector, by status, and the signature.
    by_area = table_rows(doc.tables[1])
    assert by_area[0][1] == "Quận / huyện"
    body, total = by_area[1:-1], by_area[-1]
    assert {r[1] for r in body} == set(expected)
    for row in body:
        want = expected[row[1]]
        assert number(row[2]) == want["cooperatives"]
        assert number(row[3]) == want["active"]
        assert number(row[4]) == want["founded"]
        assert number(row[6]) == want["members"]
        assert number(row[7]) == want["workers"]
        assert number(row[8]) == round(want["capital"] / 1_000_000)
        assert number(row[9]) == round(want["revenue"] / 1_000_000)
    assert number(total[2]) == sum(g["cooperatives"] for g in expected.values())
    assert number(total[6]) == sum(g["members"] for g in expected.values())
    # By sector: the same whole, split differently.
    by_sector = table_rows(doc.tables[2])
    assert sum(number(r[2]) for r in by_sector[1:-1]) == number(total[2])
    assert sum(number(r[7]) for r in by_sector[1:-1]) == number(total[7])
    assert by_sector[-1][2:] == total[2:]
    # By status.
    with sqlite3.connect(demo_db) as conn:
        active = conn.execute(
            "SELECT count(*) FROM cooperative WHERE deleted = 0 AND status = 'active'"
            " AND COALESCE(registered_on, founded_on) <= '2024-12-31'"
        ).fetchone()[0]
    statuses = {r[1]: number(r[2]) for r in table_rows(doc.tables[3])[1:-1]}
    assert statuses["Đang hoạt động"] == active


def test_docx_is_in_the_administrative_format(demo_db, tmp_path, capsys):
    out = tmp_path / "r.docx"
    assert run(capsys, "report", "coops", "--year", "2024", "--db", demo_db, "--out", str(out),
               "--number", "125/BC-SKHĐT")[0] == 0  # fmt: skip
    doc = Document(str(out))
    section = doc.sections[0]
    assert abs(section.page_width - Cm(21)) < Cm(0.05)
    assert abs(section.page_height - Cm(29.7)) < Cm(0.05)
    assert abs(section.left_margin - Cm(3)) < Cm(0.05)
    assert abs(section.top_margin - Cm(2)) < Cm(0.05)
    normal = doc.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size == Pt(14)
    head = table_rows(doc.tables[0])
    assert head[0][1].startswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert "Độc lập - Tự do - Hạnh phúc" in head[0][1]
    assert head[0][0].startswith("UBND TỈNH QUẢNG BÌNH")
    assert "SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG BÌNH" in head[0][0]
    assert head[1][0] == "Số: 125/BC-SKHĐT"
    today = date.today()
    assert head[1][1] == f"Quảng Bình, ngày {today:%d} tháng {today:%m} năm {today.year}"
    texts = [p.text for p in doc.paragraphs]
    assert "BÁO CÁO" in texts
    for paragraph in doc.paragraphs:
        for run_ in paragraph.runs:
            assert run_.font.name in (None, "Times New Roman")
    # Every data table repeats its header row on each page.
    for table in doc.tables[1:4]:
        assert table.rows[0]._tr.trPr.xpath("./w:tblHeader")


def test_dissolved_in_the_period_comes_from_the_history(demo_db, tmp_path, capsys):
    year = date.today().year
    out = tmp_path / "r.docx"
    assert run(capsys, "report", "coops", "--year", str(year), "--db", demo_db,
               "--out", str(out))[0] == 0  # fmt: skip
    total = table_rows(Document(str(out)).tables[1])[-1]
    assert number(total[5]) == 1  # the one the fixture dissolved today
    assert "Chưa có hợp tác xã nào báo cáo số liệu năm" in "\n".join(
        p.text for p in Document(str(out)).paragraphs
    )


def test_coops_report_for_one_district(demo_db, tmp_path, capsys):
    out = tmp_path / "le-thuy.docx"
    code, _, err = run(capsys, "report", "coops", "--year", "2024", "--area", "457",
                       "--db", demo_db, "--out", str(out))  # fmt: skip
    assert code == 0, err
    doc = Document(str(out))
    rows = table_rows(doc.tables[1])
    assert rows[0][1] == "Xã / phường / thị trấn"
    want = expected_by_district(demo_db, 2024)["Huyện Lệ Thủy"]
    assert number(rows[-1][2]) == want["cooperatives"]
    assert number(rows[-1][9]) == round(want["revenue"] / 1_000_000)
    assert "trên địa bàn Huyện Lệ Thủy" in doc.paragraphs[1].text + doc.paragraphs[2].text


def test_directive_report_lists_tasks_units_difficulties_and_proposals(demo_db, tmp_path,
                                                                        capsys):  # fmt: skip
    period = periods.period_of("half", date.today())
    out = tmp_path / "chi-thi.docx"
    code, text, err = run(capsys, "report", "directive", "--period", period, "--db", demo_db,
                          "--out", str(out))  # fmt: skip
    assert code == 0, err
    doc = Document(str(out))
    texts = "\n".join(p.text for p in doc.paragraphs)
    assert "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ" in texts
    assert PROBLEM in texts and PROPOSAL in texts
    with sqlite3.connect(demo_db) as conn:
        tasks = conn.execute("SELECT count(*) FROM task WHERE deleted = 0").fetchone()[0]
        leads = dict(
            conn.execute(
                "SELECT t.title || '|' || t.position || '|' || d.number, o.name"
                " FROM assignment a JOIN task t ON t.id = a.task_id"
                " JOIN directive d ON d.id = t.directive_id JOIN office o ON o.code = a.office_code"
                " WHERE a.role = 'lead' AND a.deleted = 0 AND t.deleted = 0"
            ).fetchall()
        )
    task_table = doc.tables[3]
    rows = table_rows(task_table)[1:]
    assert len(rows) == tasks
    assert f"{tasks} nhiệm vụ" in text
    for row in rows:
        title, where = row[1].split("\n")
        number_, position = where.strip("()").split(", ")
        assert leads[f"{title}|{position}|{number_}"] in row[2].split("\n")
    assert any("Đã tổ chức 3 lớp tập huấn" in row[5] for row in rows)


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_has_the_text_in_vietnamese_and_the_numbers(demo_db, tmp_path, capsys):
    out = tmp_path / "bao-cao.pdf"
    code, _, err = run(capsys, "report", "coops", "--year", "2024", "--db", demo_db,
                       "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF")
    text = _pdftotext(out)
    flat = " ".join(text.split())
    for phrase in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                   "Tình hình hợp tác xã năm 2024", "Hợp tác xã theo lĩnh vực"):  # fmt: skip
        assert phrase in flat, phrase
    assert "HuyệnLệThủy" in "".join(text.split())  # a table cell may wrap the name
    expected = expected_by_district(demo_db, 2024)
    members = sum(g["members"] for g in expected.values())
    assert f"{members:,}".replace(",", ".") + " thành viên" in flat
    # Rendered, the first page is not blank.
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", str(out),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    page = next(tmp_path.glob("page*.png"))
    assert page.stat().st_size > 5_000


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["directive", "--period", "2026-Q3"], "Kỳ báo cáo “2026-Q3” không hợp lệ"),
        (["directive", "--period", "2026-H2", "--directive", "99/CT-XX"], "Không có văn bản"),
        (["coops", "--year", "1800"], "Năm 1800 không hợp lệ"),
        (["coops", "--year", "2024", "--area", "99999"], "Không có địa bàn mã “99999”"),
    ],
)
def test_bad_input_is_refused_in_vietnamese_and_nothing_is_written(demo_db, tmp_path, capsys,
                                                                   args, message):  # fmt: skip
    out = tmp_path / "x.docx"
    code, _, err = run(capsys, "report", *args, "--db", demo_db, "--out", str(out))
    assert code == 1
    assert message in err
    assert not out.exists()
    assert list(tmp_path.glob("*.docx")) == []


def test_unknown_file_kind_is_refused(demo_db, tmp_path, capsys):
    code, _, err = run(capsys, "report", "coops", "--year", "2024", "--db", demo_db,
                       "--out", str(tmp_path / "x.txt"))  # fmt: skip
    assert code == 1 and "không phải .docx hoặc .pdf" in err
