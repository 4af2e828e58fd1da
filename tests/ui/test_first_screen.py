"""The program's start shows the cooperative list's first rows at once and the whole list
just after the window appears, the same rows in the same order as a full load."""

from __future__ import annotations

import pytest

from desktop.core import registry
from desktop.core.demo import generate
from desktop.core.workspace import Workspace


@pytest.fixture
def province_db(tmp_path, monkeypatch):
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "province.sqlite3"
    ws = Workspace.open(str(path))
    with ws.transaction() as conn:
        generate(conn, "province", seed=3)
    ws.close()
    return path


def _texts(model, count: int) -> list[tuple[str, ...]]:
    return [
        tuple(model.index(r, c).data() for c in range(model.columnCount()))
        for r in range(min(count, model.rowCount()))
    ]


def test_first_rows_match_the_whole_list_then_the_whole_list_arrives(qtbot, province_db):
    from desktop.ui.main_window import MainWindow

    workspace = Workspace.open(str(province_db))
    try:
        with workspace.reading() as conn:
            total = len(registry.table_rows(conn))
        assert total > 100
        full = MainWindow(workspace)
        qtbot.addWidget(full)
        expected = _texts(full.coop_page.model, 100)
        full.close()

        window = MainWindow(workspace, first_screen=True)
        qtbot.addWidget(window)
        page = window.coop_page
        # Before the window shows: the first screen only, and the status says it is loading.
        assert _texts(page.model, 100) == expected
        assert page.model.rowCount() == 100
        window.show()
        assert window.status_label.text() == "Đang tải danh sách hợp tác xã…"
        # Just after: the whole list, the figures, the filters and the count.
        qtbot.waitUntil(lambda: page.model.rowCount() == total, timeout=10_000)
        assert _texts(page.model, 100) == expected
        assert window.status_label.text() == f"{total:,} hợp tác xã".replace(",", ".")
        assert page.province.count() > 1
        # Tasks and conflicts are loaded as well (their navigation counts).
        assert window.conflicts_page.items == []
        assert window.navigation_text(window.task_page).startswith("Nhiệm vụ")
        window.close()
    finally:
        workspace.close()


def test_first_rows_read_alone_are_the_table_rows_first_in_name_order(province_db):
    workspace = Workspace.open(str(province_db))
    try:
        with workspace.reading() as conn:
            rows = sorted(registry.table_rows(conn), key=lambda r: (r["name_sort"], r["id"]))
            first = registry.first_table_rows(conn, 50)
            assert registry.first_table_rows(conn, 0) == []
        assert [r["name_sort"] for r in first] == [r["name_sort"] for r in rows[:50]]
        by_id = {r["id"]: r for r in rows}
        assert all(r == by_id[r["id"]] for r in first)  # same fields, same latest figures
    finally:
        workspace.close()
