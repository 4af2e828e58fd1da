"""The detail of a past package in the log: who sent it to whom, when, what it held or did,
and the records that were refused."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.core.sync import journal, labels
from desktop.core.text import format_date, format_int
from desktop.core.workspace import Workspace
from desktop.ui.screen_fit import fit_to_screen


def _when(value: datetime | None) -> str:
    return f"{format_date(value.date())} {value:%H:%M}" if value else "—"


class PackageDetailDialog(QDialog):
    def __init__(self, workspace: Workspace, entry: dict[str, Any],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chi tiết gói – {file}").format(file=entry["file_name"]))
        fit_to_screen(self, 640, 460)
        with workspace.reading() as conn:
            names = journal.office_names(conn)

        def office(code: str | None) -> str:
            if not code:
                return "—"
            name = names.get(code)
            return html.escape(f"{name} ({code})" if name else code)

        counts = entry["counts"] or {}
        if entry["direction"] == "export":
            content = html.escape(labels.describe_counts(counts))
        else:
            kinds = {
                "new": self.tr("mới"),
                "changed": self.tr("sửa"),
                "deleted": self.tr("xóa"),
                "conflicts": self.tr("xung đột"),
                "refused": self.tr("từ chối"),
                "unchanged": self.tr("không đổi"),
            }
            content = ", ".join(
                f"{label} {format_int(counts.get(key, 0))}" for key, label in kinds.items()
            )
        rows = [
            (self.tr("Chiều"), self.tr("Xuất") if entry["direction"] == "export" else self.tr("Nhập")),
            (self.tr("Tệp"), html.escape(entry["file_name"])),
            (self.tr("Đơn vị gửi"), office(entry["source_office"])),
            (self.tr("Đơn vị nhận"), office(entry["destination_office"])),
            (self.tr("Số gói"), str(entry["sequence"])),
            (self.tr("Loại gói"), self.tr("đầy đủ") if entry["full"] else self.tr("phần thay đổi")),
            (self.tr("Tạo lúc"), _when(entry["created_at"])),
            (self.tr("Xử lý lúc"), _when(entry["processed_at"])),
            (self.tr("Trạng thái"), labels.status_labels().get(entry["status"], entry["status"])),
            (self.tr("Nội dung"), content),
        ]  # fmt: skip
        text = "<table cellspacing='4'>" + "".join(
            f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows
        ) + "</table>"  # fmt: skip
        refused = (entry.get("report") or {}).get("refused") or []
        if refused:
            tables = labels.table_labels()
            text += "<p><b>" + self.tr("Bản ghi bị từ chối ({n}):").format(n=len(refused))
            text += "</b></p><ul>" + "".join(
                f"<li>{html.escape(tables.get(r.get('table', ''), r.get('table', '')))}: "
                f"{html.escape(str(r.get('label') or ''))} – {html.escape(r.get('reason') or '')}</li>"
                for r in refused
            ) + "</ul>"  # fmt: skip
        self.body = QLabel(text)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
