"""The program's start shows the cooperative list's first rows at once and the whole list
just after the window appears, the same rows in the same order as a full load."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QTableView
from sqlalchemy import select

from desktop.core import registry
from desktop.core.records import SPECS
from desktop.core.workspace import Workspace
from tests.ui.driving import column, current_page, named, page_titles, status_text

_coop = SPECS["cooperative"].table


@pytest.fixture
def province_db(province_demo):
    return province_demo("province.sqlite3", seed=3)


def _codes(window) -> list[str]:
    return column(current_page(window).findChild(QTableView), "Mã số")


def test_first_rows_match_the_whole_list_then_the_whole_list_arrives(qtbot, province_db):
    from desktop.ui.main_window import MainWindow

    workspace = Workspace.open(str(province_db))
    try:
        with workspace.reading() as conn:
            total = len(registry.table_rows(conn))
        assert total > 100
        full = MainWindow(workspace)
        qtbot.addWidget(full)
        expected = _codes(full)[:100]
        full.close()

        window = MainWindow(workspace, first_screen=True)
        qtbot.addWidget(window)
        # Before the window shows: the first screen only, and the status says it is loading.
        assert _codes(window) == expected
        window.show()
        assert "Đang tải danh sách hợp tác xã…" in status_text(window)
        # Just after: the whole list, the filters and the count.
        qtbot.waitUntil(lambda: len(_codes(window)) == total, timeout=10_000)
        assert _codes(window)[:100] == expected
        assert f"{total:,} hợp tác xã".replace(",", ".") in status_text(window)
        assert named(window, "Tỉnh", QComboBox).count() > 1
        assert "Xung đột" in page_titles(window)
        window.close()
    finally:
        workspace.close()


def test_first_rows_read_alone_are_the_table_rows_first_in_name_order(province_db):
    workspace = Workspace.open(str(province_db))
    try:
        with workspace.reading() as conn:
            rows = registry.table_rows(conn)
            first = registry.first_table_rows(conn, 50)
            assert registry.first_table_rows(conn, 0) == []
            sort_keys = dict(conn.execute(select(_coop.c.id, _coop.c.name_sort)).all())
        # The whole list comes in name order (the model sorts by name on a row's place).
        keys = [sort_keys[r["id"]] for r in rows]
        assert keys == sorted(keys)
        assert [r["name_sort"] for r in first] == keys[:50]
        by_id = {r["id"]: r for r in rows}
        # Same fields (the first rows carry their sort key too), same latest figures.
        assert all({k: v for k, v in r.items() if k != "name_sort"} == by_id[r["id"]]
                   for r in first)  # fmt: skip
    finally:
        workspace.close()
