"""Write a `Document`, or a plain titled table, as the HTML subset Qt's QTextDocument lays out
and prints (PDF or printer): tables with `<thead>` repeat their header on every page."""

from __future__ import annotations

from html import escape

from desktop.core.reports.document import (
    MOTTO,
    MOTTO_2,
    Column,
    Document,
    Heading,
    Paragraph,
    Table,
    recipients_title,
)

FONT = "Times New Roman"
CHUNK = 40


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>").replace("  ", "&nbsp; ")


def table_html(table: Table, size_pt: float = 8) -> str:
    parts: list[str] = []
    if table.caption:
        parts.append(f'<p align="center"><b>{_text(table.caption)}</b></p>')
    if table.note:
        parts.append(f'<p align="right"><i>{_text(table.note)}</i></p>')
    total_width = sum(c.width for c in table.columns) or 1
    head = ["<thead><tr>"]
    for column in table.columns:
        width = f' width="{round(100 * column.width / total_width)}%"'
        head.append(f'<th{width} align="center" bgcolor="#e8eef6">{_text(column.header)}</th>')
    head.append("</tr></thead>")
    opening = (
        f'<table border="1" cellspacing="0" cellpadding="3" width="100%" '
        f'style="border-collapse: collapse; font-size: {size_pt}pt; border-color: #555; '
        f'margin-top: 0; margin-bottom: 0">'
    )
    aligns = [
        ("right" if c.numeric else "left") + ('" style="white-space: nowrap' if c.nowrap else "")
        for c in table.columns
    ]
    rows = [
        "<tr>" + "".join(f'<td align="{a}">{_text(v)}</td>' for a, v in zip(aligns, values, strict=True)) + "</tr>"
        for values in table.rows
    ]  # fmt: skip
    if table.total is not None:
        rows.append(
            "<tr>" + "".join(f'<td align="{a}"><b>{_text(v)}</b></td>'
                             for a, v in zip(aligns, table.total, strict=True)) + "</tr>"
        )  # fmt: skip
    # Qt lays a table out in time that grows faster than its length: a long table is written
    # as consecutive tables of CHUNK rows, each repeating the header when it crosses a page.
    for start in range(0, max(len(rows), 1), CHUNK):
        parts.append(opening)
        parts.extend(head)
        parts.append("<tbody>")
        parts.extend(rows[start : start + CHUNK])
        parts.append("</tbody></table>")
    return "".join(parts)


def document_html(document: Document) -> str:
    head = document.letterhead
    left = (
        f"{_text(head.authority)}<br><b>{_text(head.office)}</b>"
        if head.authority
        else f"<b>{_text(head.office)}</b>"
    )
    parts = [
        f"<html><body style=\"font-family: '{FONT}'; font-size: 12pt\">",
        '<table width="100%" border="0" cellspacing="0" cellpadding="0" style="font-size: 11pt">',
        f'<tr><td width="40%" align="center">{left}<br>────────</td>',
        f'<td width="60%" align="center"><b>{MOTTO}</b><br><b>{MOTTO_2}</b><br>'
        "───────────────</td></tr>",
        f'<tr><td align="center">{_text(head.number)}</td>'
        f'<td align="center"><i>{_text(head.place_date)}</i></td></tr>',
        "</table><br>",
        f'<p align="center" style="font-size: 13pt"><b>{_text(document.kind)}</b><br>'
        f"<b>{_text(document.title)}</b><br>──────</p>",
    ]
    if document.addressee:
        parts.append(f'<p align="center">{_text(document.addressee)}</p>')
    for block in document.blocks:
        if isinstance(block, Heading):
            parts.append(f"<p><b>{_text(block.text)}</b></p>")
        elif isinstance(block, Paragraph):
            text = _text(block.text)
            if block.bold:
                text = f"<b>{text}</b>"
            if block.italic:
                text = f"<i>{text}</i>"
            indent = ' style="text-indent: 28px"' if block.indent else ""
            parts.append(f'<p align="justify"{indent}>{text}</p>')
        else:
            parts.append(table_html(block))
    recipients = "".join(f"- {_text(r)};<br>" for r in document.recipients)
    parts.append(
        '<br><table width="100%" border="0"><tr>'
        f'<td width="50%" style="font-size: 11pt"><b><i>{_text(recipients_title())}'
        f"</i></b><br>{recipients}</td>"
        f'<td width="50%" align="center"><b>{_text(document.signer)}</b></td></tr></table>'
    )
    parts.append("</body></html>")
    return "".join(parts)


def listing_html(title: str, subtitle: str, office: str, table: Table) -> str:
    """A list for printing: the office, a title, a subtitle line, then the table."""
    return (
        f"<html><body style=\"font-family: '{FONT}'; font-size: 11pt\">"
        f"<p><b>{_text(office.upper())}</b></p>"
        f'<p align="center" style="font-size: 14pt"><b>{_text(title.upper())}</b></p>'
        f'<p align="center"><i>{_text(subtitle)}</i></p>'
        f"{table_html(table, 9)}</body></html>"
    )


__all__ = ["Column", "document_html", "listing_html", "table_html"]
