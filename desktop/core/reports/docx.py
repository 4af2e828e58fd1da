"""Write a `Document` as an editable Word file (python-docx).

A4, margins 20 mm top and bottom, 30 mm left, 20 mm right; Times New Roman 14 for the body
and 12 in tables (13 for the letterhead), table header rows repeated on every page, the
letterhead in a borderless two-column table as offices type it.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from desktop.core.reports.document import (
    MOTTO,
    MOTTO_2,
    Document,
    Heading,
    Paragraph,
    Table,
    recipients_title,
)
from desktop.core.reports.output import write_atomically

FONT = "Times New Roman"
BODY_PT = 14
TABLE_PT = 12
_TEXT_WIDTH_CM = 16.0  # 21 cm less 3 + 2 cm margins


def _font(run, size: float, *, bold: bool = False, italic: bool = False) -> None:  # type: ignore[no-untyped-def]
    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold = bold
    run.italic = italic
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), FONT)
    fonts.set(qn("w:cs"), FONT)


def _para(container, text: str, size: float = BODY_PT, *, bold: bool = False,  # type: ignore[no-untyped-def]
          italic: bool = False, align: WD_ALIGN_PARAGRAPH | None = None,
          indent: bool = False, after: float = 3) -> DocxParagraph:  # fmt: skip
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(after)
    if indent:
        fmt.first_line_indent = Cm(1)
    if text:
        _font(paragraph.add_run(_clean(text)), size, bold=bold, italic=italic)
    return paragraph


def _cell_text(cell, text: str, size: float, *, bold: bool = False, italic: bool = False,  # type: ignore[no-untyped-def]
               align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.LEFT) -> None:  # fmt: skip
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    lines = _clean(text).split("\n")
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        _font(run, size, bold=bold, italic=italic)
        if n < len(lines) - 1:
            run.add_break()


def _no_borders(table: DocxTable) -> None:
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)


def _repeat_header(row) -> None:  # type: ignore[no-untyped-def]
    properties = row._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _letterhead(docx, document: Document) -> None:  # type: ignore[no-untyped-def]
    head = document.letterhead
    table = docx.add_table(rows=2, cols=2)
    _no_borders(table)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(6.5), Cm(10))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    centre = WD_ALIGN_PARAGRAPH.CENTER
    left, right = table.rows[0].cells
    if head.authority:
        _cell_text(left, head.authority, 13, align=centre)
        left.add_paragraph()
        _font(left.paragraphs[-1].add_run(head.office), 13, bold=True)
        left.paragraphs[-1].alignment = centre
    else:
        _cell_text(left, head.office, 13, bold=True, align=centre)
    _font(left.add_paragraph().add_run("────────"), 10)
    left.paragraphs[-1].alignment = centre
    _cell_text(right, MOTTO, 13, bold=True, align=centre)
    right.add_paragraph()
    _font(right.paragraphs[-1].add_run(MOTTO_2), 14, bold=True)
    right.paragraphs[-1].alignment = centre
    _font(right.add_paragraph().add_run("───────────────"), 10)
    right.paragraphs[-1].alignment = centre
    number, place = table.rows[1].cells
    _cell_text(number, head.number, 13, align=centre)
    _cell_text(place, head.place_date, 14, italic=True, align=centre)


def _table(docx, table: Table) -> None:  # type: ignore[no-untyped-def]
    if table.caption:
        _para(docx, table.caption, BODY_PT, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
    if table.note:
        _para(docx, table.note, TABLE_PT, italic=True, align=WD_ALIGN_PARAGRAPH.RIGHT, after=0)
    columns = table.columns
    out = docx.add_table(rows=1, cols=len(columns))
    out.style = "Table Grid"
    out.alignment = WD_TABLE_ALIGNMENT.CENTER
    total_width = sum(c.width for c in columns)
    widths = [Cm(_TEXT_WIDTH_CM * c.width / total_width) for c in columns]
    for column, gridcol in zip(columns, out._tbl.tblGrid.gridCol_lst, strict=True):
        gridcol.w = widths[columns.index(column)]
    header = out.rows[0]
    _repeat_header(header)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    for cell, column, width in zip(header.cells, columns, widths, strict=True):
        cell.width = width
        _cell_text(cell, column.header, TABLE_PT, bold=True, align=centre)
    aligns = ["right" if c.numeric else "left" for c in columns]
    tbl = out._tbl
    for tr in _rows_xml(table.rows, aligns, bold=False):
        tbl.append(tr)
    if table.total is not None:
        for tr in _rows_xml([table.total], aligns, bold=True):
            tbl.append(tr)
    _para(docx, "", after=6)


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CELL_STYLE = "HTX Table Text"  # paragraph style of table cells: Times New Roman 12, no spacing


def _rows_xml(rows: list[list[str]], aligns: list[str], *, bold: bool) -> list:  # type: ignore[type-arg]
    """Table rows as WordprocessingML, written as text and parsed at once: python-docx's
    per-cell API takes tens of milliseconds a row in a long table (it searches siblings for
    every element it adds). Cells use the `CELL_STYLE` paragraph style."""
    style = CELL_STYLE.replace(" ", "")
    run_pr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    # Each column's cell up to its text, made once; a cell is then prefix + text + suffix.
    prefixes = [
        f'<w:tc><w:p><w:pPr><w:pStyle w:val="{style}"/><w:jc w:val="{align}"/></w:pPr>'
        f'<w:r>{run_pr}<w:t xml:space="preserve">'
        for align in aligns
    ]
    suffix = "</w:t></w:r></w:p></w:tc>"
    line_break = '</w:t><w:br/><w:t xml:space="preserve">'
    tab = '</w:t><w:tab/><w:t xml:space="preserve">'
    parts = [f'<w:tbl xmlns:w="{_W_NS}">']
    for values in rows:
        if len(values) != len(prefixes):
            raise ValueError(f"a row of {len(values)} cells in a table of {len(prefixes)}")
        parts.append("<w:tr>")
        for prefix, value in zip(prefixes, values, strict=True):
            text = escape(_clean(value), quote=False)
            if "\n" in text or "\r" in text or "\t" in text:  # as python-docx writes them
                text = (text.replace("\n", line_break).replace("\r", line_break)
                        .replace("\t", tab))  # fmt: skip
            parts.append(prefix)
            parts.append(text)
            parts.append(suffix)
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return list(etree.fromstring("".join(parts).encode("utf-8")))


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(text: str) -> str:
    """XML 1.0 has no place for control characters (a stray one from a pasted text)."""
    return _CONTROL.sub("", text) if _CONTROL.search(text) else text


def _cell_style(docx) -> None:  # type: ignore[no-untyped-def]
    from docx.enum.style import WD_STYLE_TYPE

    style = docx.styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = docx.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(TABLE_PT)
    style.paragraph_format.space_after = Pt(0)
    style.paragraph_format.space_before = Pt(0)


def write_docx(document: Document, path: str | Path) -> Path:
    docx = new_docx()
    section = docx.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2), Cm(2)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    normal = docx.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)
    _cell_style(docx)

    _letterhead(docx, document)
    centre = WD_ALIGN_PARAGRAPH.CENTER
    _para(docx, "", after=6)
    _para(docx, document.kind, 14, bold=True, align=centre, after=0)
    _para(docx, document.title, 14, bold=True, align=centre, after=0)
    _para(docx, "──────", 10, align=centre, after=6)
    if document.addressee:
        _para(docx, document.addressee, BODY_PT, align=centre, after=12)
    for block in document.blocks:
        if isinstance(block, Heading):
            _para(docx, block.text, BODY_PT, bold=True, indent=block.level > 1, after=3)
        elif isinstance(block, Paragraph):
            _para(docx, block.text, BODY_PT, bold=block.bold, italic=block.italic,
                  align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=block.indent)  # fmt: skip
        else:
            _table(docx, block)
    _closing(docx, document)
    return write_atomically(path, ".docx", docx.save)


def _closing(docx, document: Document) -> None:  # type: ignore[no-untyped-def]
    table = docx.add_table(rows=1, cols=2)
    _no_borders(table)
    left, right = table.rows[0].cells
    _cell_text(left, recipients_title(), 12, bold=True, italic=True)
    for name in document.recipients:
        _font(left.add_paragraph().add_run(f"- {name};"), 11)
    _cell_text(right, document.signer, 14, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
