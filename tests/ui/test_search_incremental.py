"""Searching as one types looks only among the previous matches; whatever is typed, in any
order of keystrokes, the table equals a search made afresh."""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLineEdit, QTableView

from desktop.core.demo import generate
from desktop.core.workspace import Workspace
from tests.ui.driving import column, current_page, named, status_text

WORDS = ["hop", "tac", "xa", "htx", "dong", "hoi", "Đồng", "Hới", "đông", "le", "thuy",
         "quy", "tin", "dung", "nong", "nghiep", "sen", "dich", "vu", "3100", "qtdnd"]  # fmt: skip


@functools.cache
def _database() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="htx-search-"))
    os.environ.setdefault("HTX_DATA_DIR", str(folder / "data"))
    path = folder / "province.sqlite3"
    ws = Workspace.open(str(path))
    try:
        with ws.transaction() as conn:
            generate(conn, "province", seed=7)
    finally:
        ws.close()
    return path


def _window(qtbot, path: Path):
    from desktop.ui.main_window import MainWindow

    ws = Workspace.open(str(path))
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    return window, ws


def _search(qtbot, window, text: str) -> tuple[list[str], str]:
    box = named(window, "Tìm hợp tác xã", QLineEdit)
    box.setText(text)
    qtbot.wait(90)  # the search runs 60 ms after the last keystroke
    return column(current_page(window).findChild(QTableView), "Mã số"), status_text(window)


@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=3), st.integers(0, 3)),
        min_size=1,
        max_size=3,
    )
)
def test_typed_keystroke_by_keystroke_equals_a_fresh_search(qtbot, typed):
    path = _database()
    typing, ws1 = _window(qtbot, path)
    fresh, ws2 = _window(qtbot, path)
    try:

        def check(text: str) -> None:
            shown = _search(qtbot, typing, text)
            _search(qtbot, fresh, "khong co gi nhu the")  # not a narrowing: searched afresh
            assert shown == _search(qtbot, fresh, text), text

        text = ""
        for words, erase in typed:
            target = " ".join(words)
            for end in range(1, len(target) + 1):  # one letter at a time
                check(text + target[:end])
            text = (text + target)[: max(0, len(text + target) - erase)]  # then backspaces
            check(text)
            text += " "
    finally:
        for window, ws in ((typing, ws1), (fresh, ws2)):
            window.close()
            ws.close()
