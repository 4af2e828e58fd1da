"""Reading one sheet's values, with text in legacy fonts converted to Unicode.

.xlsx/.xlsm: python-calamine reads the values (about ten times quicker than openpyxl). Fonts
are not among them, so the workbook's `xl/styles.xml` is read (small) to learn which cell
styles use a legacy font. Only when one does, or when a rich-text string has a run in one, is
the sheet's XML scanned for the style index of its text cells: a byte-level regular expression
over the cell tags, far quicker than an XML parse of every cell. A workbook without legacy
fonts (nearly all of them today) costs one small XML parse on top of calamine.

.xls: xlrd with `formatting_info=True`, which gives each cell's font (and rich-text runs).
"""

from __future__ import annotations

import logging
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree import ElementTree as ET

from desktop.core.errors import KnownError
from desktop.core.excel.legacy import encoding_of_font, to_unicode
from desktop.core.i18n import translate

log = logging.getLogger(__name__)

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)


@dataclass
class Sheet:
    """A sheet's cell values by position: `rows[r][c]` is sheet row r+1, column c+1.

    Empty cells are None; text is as stored (legacy fonts already converted); numbers are
    int/float; dates are `date` (or `datetime` when a time is present).
    """

    name: str
    rows: list[list[Any]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1
    converted: dict[str, int] = field(default_factory=dict)  # encoding -> cells converted

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)

    def value(self, row: int, col: int) -> Any:
        if row < len(self.rows) and col < len(self.rows[row]):
            return self.rows[row][col]
        return None


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_index(letters: bytes) -> int:
    value = 0
    for ch in letters:
        value = value * 26 + ch - 64
    return value - 1


def _cannot_read(path: Path, exc: Exception | None = None) -> KnownError:
    return KnownError(
        translate(
            "Excel",
            "Không đọc được tệp “{name}”. Tệp có thể bị hỏng, đang được mở bằng chương trình "
            "khác hoặc không phải tệp Excel; hãy mở bằng Excel và lưu lại dạng .xlsx.",
        ).format(name=path.name),
        detail=str(exc or ""),
    )


def _check(path: Path) -> str:
    if not path.exists():
        raise KnownError(translate("Excel", "Không tìm thấy tệp “{path}”.").format(path=path))
    suffix = path.suffix.lower()
    if suffix not in XLSX_SUFFIXES + XLS_SUFFIXES:
        raise KnownError(
            translate(
                "Excel", "Chỉ đọc được tệp Excel .xlsx, .xlsm hoặc .xls (tệp đã chọn: “{name}”)."
            ).format(name=path.name)
        )
    return suffix


class _XlrdLog:
    """xlrd writes its warnings to stdout by default, where they would land before the JSON
    of `htx excel-import --json`: they go to the log file instead."""

    def write(self, text: str) -> None:
        if text.strip():
            log.warning("xlrd: %s", text.strip())

    def flush(self) -> None:
        pass


def sheet_names(path: str | Path) -> list[str]:
    path = Path(path)
    suffix = _check(path)
    try:
        if suffix in XLS_SUFFIXES:
            import xlrd

            book = xlrd.open_workbook(str(path), on_demand=True, logfile=_XlrdLog())
            try:
                return list(book.sheet_names())
            finally:
                book.release_resources()
        from python_calamine import CalamineWorkbook

        workbook = CalamineWorkbook.from_path(str(path))
        try:
            return list(workbook.sheet_names)
        finally:
            workbook.close()
    except KnownError:
        raise
    except Exception as exc:
        raise _cannot_read(path, exc) from exc


def read_sheet(path: str | Path, sheet: str | None = None) -> Sheet:
    """Read one sheet (the first when `sheet` is None). Raises KnownError with a message."""
    path = Path(path)
    suffix = _check(path)
    names = sheet_names(path)
    if not names:
        raise KnownError(
            translate("Excel", "Tệp “{name}” không có trang tính nào.").format(name=path.name)
        )
    name = names[0] if sheet is None else sheet
    if name not in names:
        raise KnownError(
            translate(
                "Excel", "Tệp không có trang tính “{sheet}”. Các trang có trong tệp: {names}."
            ).format(sheet=name, names=", ".join(names))
        )
    try:
        if suffix in XLS_SUFFIXES:
            return _read_xls(path, name)
        return _read_xlsx(path, name)
    except KnownError:
        raise
    except Exception as exc:
        raise _cannot_read(path, exc) from exc


# --- .xlsx ----------------------------------------------------------------------------------


def _read_xlsx(path: Path, name: str) -> Sheet:
    from python_calamine import CalamineWorkbook

    workbook = CalamineWorkbook.from_path(str(path))
    try:
        data = workbook.get_sheet_by_name(name)
        raw = data.to_python(skip_empty_area=False)
        merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (data.merged_cell_ranges or [])]
    finally:
        workbook.close()
    # Empty cells come as "": most rows of a list have none, and keep calamine's list.
    rows = [[None if v == "" else v for v in row] if "" in row else row for row in raw]
    result = Sheet(name, rows, merged)
    with zipfile.ZipFile(path) as archive:
        _convert_legacy_xlsx(archive, name, result)
    return result


def _read_member(archive: zipfile.ZipFile, member: str) -> bytes | None:
    try:
        return archive.read(member)
    except KeyError:
        return None


def _sheet_member(archive: zipfile.ZipFile, name: str) -> str | None:
    book = _read_member(archive, "xl/workbook.xml")
    rels = _read_member(archive, "xl/_rels/workbook.xml.rels")
    if book is None or rels is None:
        return None
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in ET.fromstring(rels).iter(f"{_PKG_REL_NS}Relationship")
    }
    for sheet in ET.fromstring(book).iter(f"{_NS}sheet"):
        if sheet.get("name") == name:
            target = targets.get(sheet.get(f"{_REL_NS}id"), "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    return None


def _style_encodings(archive: zipfile.ZipFile) -> tuple[list[str | None], list[str | None]]:
    """(encoding of each font, encoding of each cell style `s` index)."""
    styles = _read_member(archive, "xl/styles.xml")
    if styles is None:
        return [], []
    root = ET.fromstring(styles)
    fonts: list[str | None] = []
    fonts_node = root.find(f"{_NS}fonts")
    if fonts_node is not None:
        for font in fonts_node.findall(f"{_NS}font"):
            name = font.find(f"{_NS}name")
            fonts.append(encoding_of_font(name.get("val") if name is not None else None))
    xfs: list[str | None] = []
    xfs_node = root.find(f"{_NS}cellXfs")
    if xfs_node is not None:
        for xf in xfs_node.findall(f"{_NS}xf"):
            font_id = int(xf.get("fontId", "0"))
            xfs.append(fonts[font_id] if font_id < len(fonts) else None)
    return fonts, xfs


_RUN_FONT = re.compile(rb'<(?:\w+:)?rFont val="([^"]*)"')


def _legacy_rich_strings(archive: zipfile.ZipFile) -> dict[int, list[tuple[str, str | None]]]:
    """Shared strings made of runs where some run has a legacy font: index -> runs."""
    raw = _read_member(archive, "xl/sharedStrings.xml")
    if raw is None or not any(
        encoding_of_font(m.decode("utf-8", "replace")) for m in set(_RUN_FONT.findall(raw))
    ):
        return {}
    out: dict[int, list[tuple[str, str | None]]] = {}
    root = ET.fromstring(raw)
    for index, item in enumerate(root.findall(f"{_NS}si")):
        parts = _runs(item)
        if parts and any(encoding for _text, encoding in parts):
            out[index] = parts
    return out


def _runs(item: ET.Element) -> list[tuple[str, str | None]]:
    """The (text, legacy encoding of its font) runs of a rich string (<si> or <is>)."""
    parts: list[tuple[str, str | None]] = []
    for run in item.findall(f"{_NS}r"):
        font = run.find(f"{_NS}rPr/{_NS}rFont")
        encoding = encoding_of_font(font.get("val")) if font is not None else None
        parts.append(("".join(t.text or "" for t in run.iter(f"{_NS}t")), encoding))
    return parts


# A text cell's tag: Excel, LibreOffice, openpyxl and XlsxWriter all write r, s, t in order.
_TEXT_CELL = re.compile(
    rb'<c r="([A-Z]{1,3})(\d+)"(?: s="(\d+)")? t="(s|inlineStr|str)"[^>]*>'
    rb"(?:<v>(\d+)</v>|<is>(.*?)</is>)?",
    re.DOTALL,
)


def _convert_legacy_xlsx(archive: zipfile.ZipFile, name: str, sheet: Sheet) -> None:
    _fonts, xfs = _style_encodings(archive)
    rich = _legacy_rich_strings(archive)
    member = _sheet_member(archive, name)
    xml = _read_member(archive, member) if member else None
    if xml is None:
        return
    # Inline rich text (as openpyxl writes it) carries its run fonts in the sheet itself.
    inline_rich = b"<rFont" in xml and any(
        encoding_of_font(m.decode("utf-8", "replace")) for m in set(_RUN_FONT.findall(xml))
    )
    if not rich and not inline_rich and not any(xfs):
        return
    rows = sheet.rows
    counts = sheet.converted
    if b'<c r="' not in xml and b"<c " in xml:
        cells = _text_cells_without_refs(xml)
    else:
        cells = (
            (
                int(m.group(2)) - 1,
                _column_index(m.group(1)),
                int(m.group(3) or 0),
                m.group(4),
                m.group(5),
                m.group(6),
            )
            for m in _TEXT_CELL.finditer(xml)
        )
    for r, c, style, kind, shared, inline in cells:
        encoding = xfs[style] if style < len(xfs) else None
        runs = None
        if rich and kind == b"s" and shared:
            runs = rich.get(int(shared))
        elif inline_rich and inline and b"<r>" in inline:
            runs = _runs(
                ET.fromstring(b'<is xmlns="' + _NS[1:-1].encode() + b'">' + inline + b"</is>")
            )
        if runs is not None:
            text = "".join(to_unicode(part, run_enc or encoding) for part, run_enc in runs)
            used = {e for _part, run_enc in runs if (e := run_enc or encoding)}
        elif encoding is not None:
            if r >= len(rows) or c >= len(rows[r]) or not isinstance(rows[r][c], str):
                continue
            text = to_unicode(rows[r][c], encoding)
            used = {encoding}
        else:
            continue
        if r < len(rows) and c < len(rows[r]):
            rows[r][c] = text or None
            for enc in used:
                counts[enc] = counts.get(enc, 0) + 1


def _text_cells_without_refs(xml: bytes):
    """Slow path for writers that omit cell references: count rows and cells."""
    import io

    r = -1
    c = -1
    for _event, element in ET.iterparse(io.BytesIO(xml), events=("start",)):
        tag = element.tag
        if tag == f"{_NS}row":
            r = int(element.get("r", r + 2)) - 1
            c = -1
        elif tag == f"{_NS}c":
            ref = element.get("r")
            c = _column_index(re.sub(r"\d", "", ref).encode()) if ref else c + 1
            kind = element.get("t")
            if kind in ("s", "inlineStr", "str"):
                value = element.find(f"{_NS}v")
                shared = value.text.encode() if (value is not None and value.text) else None
                yield r, c, int(element.get("s", "0")), kind.encode(), shared, None


# --- .xls -----------------------------------------------------------------------------------


def _read_xls(path: Path, name: str) -> Sheet:
    import xlrd

    book = xlrd.open_workbook(str(path), formatting_info=True, logfile=_XlrdLog())
    data = book.sheet_by_name(name)
    fonts = [encoding_of_font(font.name) for font in book.font_list]
    rows: list[list[Any]] = []
    converted: dict[str, int] = {}
    for r in range(data.nrows):
        row: list[Any] = []
        for c in range(data.ncols):
            cell = data.cell(r, c)
            kind = cell.ctype
            value: Any = None
            if kind == xlrd.XL_CELL_TEXT:
                value = cell.value
                xf = book.xf_list[data.cell_xf_index(r, c)]
                encoding = fonts[xf.font_index] if xf.font_index < len(fonts) else None
                runs = data.rich_text_runlist_map.get((r, c))
                if runs:
                    value = _xls_runs(value, runs, fonts, encoding, converted)
                elif encoding:
                    value = to_unicode(value, encoding)
                    converted[encoding] = converted.get(encoding, 0) + 1
                value = value or None
            elif kind == xlrd.XL_CELL_NUMBER:
                value = int(cell.value) if float(cell.value).is_integer() else cell.value
            elif kind == xlrd.XL_CELL_DATE:
                moment = xlrd.xldate_as_datetime(cell.value, book.datemode)
                value = moment.date() if moment.time() == datetime.min.time() else moment
            elif kind == xlrd.XL_CELL_BOOLEAN:
                value = bool(cell.value)
            row.append(value)
        rows.append(row)
    merged = [(r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in data.merged_cells]
    return Sheet(name, rows, merged, converted)


def _xls_runs(text: str, runs, fonts, default: str | None, converted: dict[str, int]) -> str:
    """Rich text in .xls: runs are (start offset, font index) pairs; the first run's font
    before the first offset is the cell's own."""
    bounds = [(0, default)] + [
        (offset, fonts[index] if index < len(fonts) else None) for offset, index in runs
    ]
    parts = []
    for i, (start, encoding) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        parts.append(to_unicode(text[start:end], encoding))
        if encoding:
            converted[encoding] = converted.get(encoding, 0) + 1
    return "".join(parts)


def as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return None
