"""The Word tables written in bulk (rows as WordprocessingML text, parsed at once) hold what
python-docx's own cell-by-cell API would have written: the same text in every cell, line
breaks, alignment, bold totals, the header repeated on every page."""

from __future__ import annotations

from docx import Document as open_docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.reports.document import Column, Document, Letterhead, Table
from desktop.core.reports.docx import write_docx

# Any text a person may type or paste: Vietnamese, XML's special characters, line breaks,
# and the stray control characters XML cannot hold.
CELL = st.text(
    alphabet=st.sampled_from([*"aăâbđêôơưỹỆỮ &<>\"'\n\t\r;", "\x01", "\x0b", "\x1f"]),
    max_size=30,
)


def _expected(value: str) -> str:
    """What python-docx reads back from a cell written with its own API (`cell.text =`)."""
    kept = "".join(ch for ch in value if ch in "\t\n\r" or ord(ch) >= 32)
    return kept


def _reference(rows: list[list[str]], path) -> list[list[str]]:
    """The same rows written one cell at a time through python-docx, read back."""
    doc = open_docx()
    table = doc.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = _expected(value)
    doc.save(str(path))
    return [[c.text for c in r.cells] for r in open_docx(str(path)).tables[0].rows]


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), min_size=1, max_size=12), CELL)
def test_bulk_rows_hold_what_the_cell_api_writes(tmp_path_factory, rows, caption_end):
    folder = tmp_path_factory.mktemp("docx")
    columns = [Column("STT", 1), Column("Tên", 4), Column("Số", 2, numeric=True)]
    total = ["", "Tổng cộng", "1.234"]
    document = Document(
        Letterhead("UBND TỈNH QUẢNG BÌNH", "SỞ TÀI CHÍNH", "Số: 1/BC-STC", "Quảng Bình, ngày"),
        "BÁO CÁO",
        "Thử bảng",
        blocks=[Table(columns, rows, total=total, caption="Bảng 1" + caption_end.strip())],
    )
    path = write_docx(document, folder / "bang.docx")
    written = open_docx(str(path)).tables[1]  # [0] is the letterhead
    got = [[c.text for c in r.cells] for r in written.rows]
    assert got[0] == [c.header for c in columns]
    assert got[1:-1] == _reference(rows, folder / "ref.docx")
    assert got[-1] == total
    for row in written.rows[1:]:
        aligns = [c.paragraphs[0].alignment for c in row.cells]
        assert aligns == [WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.LEFT,
                          WD_ALIGN_PARAGRAPH.RIGHT]  # fmt: skip
    assert all(run.bold for c in written.rows[-1].cells for run in c.paragraphs[0].runs)
    assert not any(run.bold for c in written.rows[1].cells for run in c.paragraphs[0].runs)
    header = written.rows[0]._tr.trPr
    assert header is not None and "tblHeader" in header.xml
