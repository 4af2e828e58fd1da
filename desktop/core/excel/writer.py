"""Formatted workbooks as offices expect them, written with openpyxl's write-only mode.

Every table sheet has: the office's name and the title centred over the table, the date, a
header row with Vietnamese headings (bold, shaded, wrapped, bordered), column widths, number
formats (`#,##0`, which Vietnamese Excel shows as 1.234.567), the header frozen, an auto
filter, and a "Tổng cộng" row holding the totals as values (a formula carries no stored value
from openpyxl, and viewers that do not recalculate would show it empty).

Ready to print: A4 landscape, fitted to the page width (as many pages down as needed), the
header row repeated on every page, "Trang 1 / 5" in the footer.

Speed: write-only streams rows. openpyxl would build a cell per value and look its style up
each time; here each column has one reused cell whose style id is looked up once, and the cell
type comes straight from the Python type.

Safety: every string from the data is a text cell, whatever it begins with (`=`, `+`, `-`,
`@`): openpyxl alone would turn `=...` into a formula. No cell holds a formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as _ILLEGAL
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.text import format_int

INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0"
DATE_FORMAT = "dd/mm/yyyy"
FONT_NAME = "Times New Roman"
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    kind: str = "text"  # text | int | decimal | date | code (text kept as typed)
    total: str | None = None  # "sum" or "count" in the totals row


class _TemplateCell(Cell):
    """A cell reused for a whole column: its style id is looked up once."""

    __slots__ = ("_style_id",)

    def __init__(self, worksheet: Any) -> None:
        super().__init__(worksheet, row=1, column=1)
        self._style_id: int | None = None

    @property
    def style_id(self) -> int:
        if self._style_id is None:
            self._style_id = super().style_id
        return self._style_id


def _text_cell(ws: Any, text: str | None) -> Cell:
    """A cell holding `text` as text, whatever it starts with: an office named "=HYPERLINK(…)"
    is shown as typed, never run as a formula."""
    cell = WriteOnlyCell(ws, text)
    if text is not None:
        cell.data_type = "s"
    return cell


class TableSheet:
    """One sheet: title rows, header, data rows appended one by one, totals row on close."""

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        office: str,
        heading: str,
        subtitle: str = "",
        totals: bool = True,
    ) -> None:
        self.ws = workbook.create_sheet(title[:31])
        self.columns = list(columns)
        self.totals = totals and any(c.total for c in self.columns)
        ws = self.ws
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        self.header_row = 5
        ws.freeze_panes = f"{get_column_letter(min(3, len(self.columns)))}{self.header_row + 1}"
        self.rows_written = 0
        self._summed = [i for i, c in enumerate(self.columns) if c.total == "sum"]
        self._counted = [i for i, c in enumerate(self.columns) if c.total == "count"]
        self._sums: dict[int, int | float] = dict.fromkeys(self._summed + self._counted, 0)
        _print_setup(ws, self.header_row)
        width = len(self.columns)
        self._title_row(office.upper(), Font(name=FONT_NAME, bold=True, size=11), width, False)
        self._title_row(heading.upper(), Font(name=FONT_NAME, bold=True, size=14), width, True)
        self._title_row(subtitle, Font(name=FONT_NAME, italic=True, size=11), width, True)
        ws.append([])
        header_font = Font(name=FONT_NAME, bold=True)
        fill = PatternFill("solid", fgColor="DDEBF7")
        align = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cells = []
        for column in self.columns:
            cell = _text_cell(ws, column.header)
            cell.font, cell.fill, cell.alignment, cell.border = header_font, fill, align, _BORDER
            cells.append(cell)
        ws.row_dimensions[self.header_row].height = 45
        ws.append(cells)
        self._templates: list[Cell] = []
        for column in self.columns:
            template = _TemplateCell(ws)
            if column.kind == "int":
                template.number_format = INT_FORMAT
            elif column.kind == "decimal":
                template.number_format = DECIMAL_FORMAT
            elif column.kind == "date":
                template.number_format = DATE_FORMAT
            elif column.kind == "code":
                template.number_format = "@"
            self._templates.append(template)
        # Data rows go through our own row builder: one reused cell per column, its type set
        # from the Python value (so a user's "=..." text can never become a formula).
        ws._values_to_row = self._values_to_row  # type: ignore[method-assign]

    def _title_row(self, text: str, font: Font, width: int, centred: bool) -> None:
        cells = []
        align = Alignment(horizontal="centerContinuous" if centred else "left")
        for index in range(width if centred else 1):
            cell = _text_cell(self.ws, text if index == 0 else None)
            cell.font = font
            cell.alignment = align
            cells.append(cell)
        self.ws.append(cells)

    def append(self, values: Sequence[Any]) -> None:
        """A data row; values in column order (None for empty)."""
        values = values if isinstance(values, list | tuple) else list(values)
        if self.totals:
            sums = self._sums
            for i in self._summed:
                value = values[i] if i < len(values) else None
                if value.__class__ in (int, float):
                    sums[i] += value
            for i in self._counted:
                if i < len(values) and values[i] not in (None, ""):
                    sums[i] += 1
        self.ws.append(values)
        self.rows_written += 1

    def _values_to_row(self, values: Sequence[Any], row_idx: int) -> Iterator[Cell]:
        templates = self._templates
        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            # The cell's type from the value's class (the common ones first); a Cell itself
            # (title, header and totals cells) is written as it is.
            kind = value.__class__
            if kind is str:
                cell = templates[col_idx - 1]
                cell.data_type = "s"
                if _ILLEGAL.search(value):
                    value = _ILLEGAL.sub("", value)
                cell._value = value[:32767]
            elif kind is int or kind is float or kind is Decimal:
                cell = templates[col_idx - 1]
                cell.data_type = "n"
                cell._value = value
            elif kind is date:
                cell = templates[col_idx - 1]
                cell.data_type = "d"
                cell._value = value
            elif isinstance(value, Cell):
                cell = value
            else:
                cell = templates[col_idx - 1]
                if kind is datetime:
                    cell.data_type = "d"
                    value = value.date()
                elif kind is bool:
                    cell.data_type = "b"
                else:
                    cell.data_type = "s"
                    value = str(value)
                cell._value = value
            cell.row = row_idx
            cell.column = col_idx
            yield cell

    def extend(self, rows: Iterable[Sequence[Any]]) -> None:
        for values in rows:
            self.append(values)

    def close(self, label_column: int = 1) -> None:
        last = self.header_row + self.rows_written
        if self.totals:
            bold = Font(name=FONT_NAME, bold=True)
            cells = []
            for index, column in enumerate(self.columns):
                value: Any = None
                if index == label_column:
                    value = translate("Excel", "Tổng cộng")
                    if self._counted:  # "Tổng cộng (1.000)": a code column stays empty, so
                        # an import of this file sees a total row, not a record
                        count = format_int(self._sums[self._counted[0]])
                        value = f"{value} ({count})"
                elif column.total == "sum":
                    value = self._sums[index]
                cell = WriteOnlyCell(self.ws, value)
                cell.font = bold
                cell.border = _BORDER
                if column.kind in ("int", "decimal") or column.total == "count":
                    cell.number_format = INT_FORMAT if column.kind != "decimal" else DECIMAL_FORMAT
                cells.append(cell)
            self.ws.append(cells)
        end = max(last, self.header_row)
        self.ws.auto_filter.ref = f"A{self.header_row}:{get_column_letter(len(self.columns))}{end}"


def _print_setup(ws: Any, header_row: int) -> None:
    """A4 landscape, one page wide, header row on every page, page numbers in the footer."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = "9"  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddFooter.center.text = translate("Excel", "Trang &P / &N")
    ws.oddFooter.center.size = 9
    ws.oddFooter.center.font = FONT_NAME


def new_workbook() -> Workbook:
    workbook = Workbook(write_only=True)
    return workbook


def save(workbook: Workbook, path: str | Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workbook.save(str(path))
    except OSError as exc:
        raise KnownError(
            translate(
                "Excel",
                "Không ghi được tệp “{path}”: thư mục không ghi được, ổ đĩa đầy hoặc tệp đang "
                "mở trong Excel. Hãy đóng tệp hoặc chọn nơi lưu khác.",
            ).format(path=path),
            detail=str(exc),
        ) from exc
    return path


def export_date_line(today: date | None = None) -> str:
    today = today or date.today()
    return translate("Excel", "Ngày xuất: {date}").format(date=today.strftime("%d/%m/%Y"))
