"""Assembles the window's "Báo cáo" menu from the pages: the dashboard, the two reports to
the People's Committee, and print / PDF of what the pages show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.core.reports.html import listing_html, table_html
from desktop.core.text import format_int
from desktop.ui.print_actions import PrintActions, chart_images_html, table_of_view


def build_report_menu(window: Any) -> PrintActions:
    """`window` is the main window (its pages, workspace and runner)."""
    actions = PrintActions(window, window.workspace, window.runner)
    actions.status_message.connect(window.status_label.setText)
    tr = actions.tr
    identity = window.workspace.require_identity()
    show = actions.add_action(
        tr("&Bảng điều khiển"), lambda: window.show_page(window.dashboard_page)
    )
    show.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_5))
    actions.menu.addSeparator()
    actions.add_action(tr("Lập báo cáo kết quả thực hiện &chỉ thị…"),
                       lambda: open_report_dialog(window, "directive"))  # fmt: skip
    actions.add_action(tr("Lập báo cáo tình hình &hợp tác xã…"),
                       lambda: open_report_dialog(window, "coops"))  # fmt: skip
    actions.menu.addSeparator()

    def coop_list() -> tuple[str, str, bool]:
        page = window.coop_page
        table = table_of_view(page.table, numeric={8, 9}, nowrap={0, 7})
        subtitle = tr("{n} hợp tác xã đang hiện trong danh sách").format(
            n=format_int(len(table.rows))
        )
        title = tr("Danh sách hợp tác xã")
        return title, listing_html(title, subtitle, identity.office_name, table), True

    def coop_record() -> tuple[str, str, bool] | None:
        from desktop.core.reports.record import record_html

        coop_id = window.coop_page.selected_id()
        if coop_id is None:
            return None
        with window.workspace.reading() as conn:
            title, html = record_html(conn, coop_id)
        return title, html, False

    def dashboard() -> tuple[str, str, bool]:
        page = window.dashboard_page
        window._load(page)
        title = tr("Bảng điều khiển")
        tables = [t for _name, t in page.print_tables()]
        html = listing_html(title, page.summary.text(), identity.office_name, tables[0])
        rest = "".join("<br>" + table_html(t, 9) for t in tables[1:])
        html = html.replace(
            "</body></html>", rest + chart_images_html(page.charts()) + "</body></html>"
        )
        return title, html, False

    actions.add_print_pair(tr("danh sách hợp tác xã đang hiện"), coop_list)
    actions.add_print_pair(tr("hồ sơ hợp tác xã đang chọn"), coop_record)
    if window.board_page is not None:

        def progress_board() -> tuple[str, str, bool]:
            page = window.board_page
            window._load(page)
            table = table_of_view(page.view.table)
            title = tr("Theo dõi tiến độ thực hiện nhiệm vụ")
            return title, listing_html(title, page.summary.text(), identity.office_name,
                                       table), True  # fmt: skip

        actions.add_print_pair(tr("bảng theo dõi tiến độ"), progress_board)
    actions.add_print_pair(tr("bảng điều khiển"), dashboard)
    return actions


def open_report_dialog(window: Any, kind: str) -> None:
    from desktop.ui.committee_report_dialog import CommitteeReportDialog

    dialog = CommitteeReportDialog(window.workspace, window.runner, kind, window)
    window.report_dialog = dialog
    dialog.open()
