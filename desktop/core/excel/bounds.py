"""Limits on what a spreadsheet may ask the reader to hold, checked before it is read.

A 7.5 KB .xlsx with one cell at XFD1048576 makes python-calamine allocate a range of 17
billion cells (549 GB) and the process aborts; an .ods row "repeated" a million times does
the same in another way. So the file's size, each archive member's unpacked size and the
extent of the sheet (its last row and column that hold something) are measured first, cheaply
(byte searches over the sheet's XML; the full scan of cell references only when the quick
look finds very wide or very long references), and anything beyond the limits is refused with
a message before the reader starts.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import KnownError
from desktop.core.i18n import translate

MAX_FILE_BYTES = 100 * 1024 * 1024  # a list of 100,000 cooperatives is ~20 MB
MAX_MEMBER_BYTES = 400 * 1024 * 1024  # one unpacked part of the archive (the sheet's XML)
MAX_RATIO = 200  # unpacked / packed for a large member (a "zip bomb" packs far more)
MAX_ROWS = 200_000
MAX_COLUMNS = 702  # ZZ
MAX_CELLS = 5_000_000  # rows × columns of the range the reader builds


@dataclass(frozen=True)
class Extent:
    rows: int
    columns: int


def _too_big(path: Path, detail: str) -> KnownError:
    return KnownError(
        translate(
            "Excel",
            "Tệp “{name}” quá lớn để nhập ({detail}). Chương trình đọc tối đa {rows} dòng, "
            "{columns} cột và {cells} ô. Hãy xóa các dòng, cột thừa (kể cả ô trống đã định "
            "dạng ở xa bảng) hoặc chép riêng bảng danh sách sang một tệp mới rồi nhập lại.",
        ).format(
            name=path.name,
            detail=detail,
            rows=f"{MAX_ROWS:,}".replace(",", "."),
            columns=MAX_COLUMNS,
            cells=f"{MAX_CELLS:,}".replace(",", "."),
        ),
        detail=detail,
    )


def check_file(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_big(path, translate("Excel", "{mb} MB").format(mb=size // (1024 * 1024)))


def check_archive(path: Path, archive: zipfile.ZipFile) -> None:
    """Each member's unpacked size, as the archive states it (checked again when read)."""
    for info in archive.infolist():
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or (
            info.file_size > 10 * 1024 * 1024 and ratio > MAX_RATIO
        ):
            raise _too_big(
                path,
                translate("Excel", "phần “{member}” giải nén ra {mb} MB").format(
                    member=info.filename, mb=info.file_size // (1024 * 1024)
                ),
            )


def read_member(path: Path, archive: zipfile.ZipFile, member: str) -> bytes:
    """A member's bytes, never more than the limit whatever its header claims."""
    with archive.open(member) as stream:
        data = stream.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise _too_big(path, translate("Excel", "phần “{member}” quá lớn").format(member=member))
    return data


def check_extent(path: Path, extent: Extent) -> None:
    if extent.rows > MAX_ROWS or extent.columns > MAX_COLUMNS:
        raise _too_big(
            path,
            translate("Excel", "ô xa nhất ở dòng {rows}, cột {columns}").format(
                rows=f"{extent.rows:,}".replace(",", "."), columns=extent.columns
            ),
        )
    if extent.rows * extent.columns > MAX_CELLS:
        raise _too_big(
            path,
            translate("Excel", "{rows} dòng × {columns} cột").format(
                rows=f"{extent.rows:,}".replace(",", "."), columns=extent.columns
            ),
        )


# --- .xlsx: cells with a value (`<c r="AB12" ...>` not self-closing) ----------------------------

_FILLED_REF = re.compile(rb'<c r="([A-Z]{1,3})(\d+)"[^>]*?(?<!/)>')
_ROW_REF = re.compile(rb'<row r="(\d+)"')
_SHAPE = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", b"A" * 26 + b"0" * 10)


def _column_number(letters: bytes) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ch - 64
    return value


def xlsx_extent(xml: bytes) -> Extent:
    """The last row and column holding a value. Quick when every column is A-Z and every row
    below 100,000 (nearly every list); otherwise every reference is read."""
    if b'<c r="' not in xml:  # a writer without references: cells are where they stand
        return Extent(xml.count(b"<row"), max((len(r) for r in _rows_of(xml)), default=0))
    # Letters made A and digits 0 (one C pass): a two-letter column or a six-digit row
    # anywhere is then a plain substring search.
    shape = xml.translate(_SHAPE)
    if b'<c r="AA' not in shape and b'<c r="A000000' not in shape:
        # Every cell is in columns A-Z and rows below 100,000: within the limits.
        last = xml.rfind(b'<row r="')
        row = _ROW_REF.match(xml, last) if last >= 0 else None
        return Extent(min(int(row.group(1)), 99_999) if row else xml.count(b"<row"), 26)
    max_row = max_col = 0
    for letters, digits in _FILLED_REF.findall(xml):
        max_col = max(max_col, _column_number(letters))
        max_row = max(max_row, int(digits))
    return Extent(max_row, max_col)


def _rows_of(xml: bytes) -> list[list[bytes]]:
    """The cells of each row, for writers that give no references."""
    return [row.split(b"<c ")[1:] for row in xml.split(b"<row")[1:]]


# --- .ods: rows and cells "repeated" n times --------------------------------------------------

_ROW_REPEAT = re.compile(rb'<table:table-row\b[^>]*?table:number-rows-repeated="(\d+)"')
_COL_REPEAT = re.compile(rb'table:number-columns-repeated="(\d+)"\s*(/>|>)')
_CONTENT = (b"office:value-type=", b"<text:p")


def ods_extent(xml: bytes) -> Extent:
    """Rows and columns up to the last cell holding something: the empty rows and cells
    LibreOffice repeats after the table (1,048,553 of them) build nothing."""
    last = max(xml.rfind(marker) for marker in _CONTENT)
    if last < 0:
        return Extent(0, 0)
    body = xml[:last]
    rows = body.count(b"<table:table-row") + sum(
        int(n) - 1 for n in _ROW_REPEAT.findall(body) if int(n) > 1
    )
    columns = 0
    for match in _COL_REPEAT.finditer(body):
        count = int(match.group(1))
        if count < 64:
            continue
        after = body[match.end() : match.end() + 200]
        if match.group(2) == b">":
            after = after.split(b"</table:table-cell>", 1)[-1]
        if after.lstrip().startswith((b"<table:table-cell", b"<table:covered-table-cell")):
            columns = max(columns, count)  # an expanded run with a cell after it
    return Extent(rows, columns)
