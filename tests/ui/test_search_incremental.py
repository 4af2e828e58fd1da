"""Searching as one types looks only among the previous matches; whatever is typed, in any
order of keystrokes, the table equals a search made afresh."""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import registry
from desktop.core.demo import generate
from desktop.core.workspace import Workspace

WORDS = ["hop", "tac", "xa", "htx", "dong", "hoi", "Đồng", "Hới", "đông", "le", "thuy",
         "quy", "tin", "dung", "nong", "nghiep", "sen", "dich", "vu", "3100", "qtdnd"]  # fmt: skip


@functools.cache
def _table() -> tuple[list[dict], dict[str, str]]:
    folder = Path(tempfile.mkdtemp(prefix="htx-search-"))
    os.environ.setdefault("HTX_DATA_DIR", str(folder / "data"))
    ws = Workspace.open(str(folder / "province.sqlite3"))
    try:
        with ws.transaction() as conn:
            generate(conn, "province", seed=7)
        with ws.reading() as conn:
            return registry.table_rows(conn), registry.sectors(conn)
    finally:
        ws.close()


def _shown(model) -> list[tuple[str, bool]]:
    """Registration codes in the shown order, each with whether it matches strongly."""
    strong = model.strong_count()
    return [(model.index(r, 0).data(), r < strong) for r in range(model.rowCount())]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.integers(0, 3)),
        min_size=1,
        max_size=4,
    )
)
def test_typed_keystroke_by_keystroke_equals_a_fresh_search(qapp, typed):
    from desktop.ui.coop_model import CoopTableModel, Filters

    rows, sectors = _table()
    typing = CoopTableModel()
    typing.set_rows(rows, sectors)
    fresh = CoopTableModel()
    fresh.set_rows(rows, sectors)

    def check(text: str) -> None:
        typing.set_filters(Filters(text=text))
        fresh.set_filters(Filters(text=text, status="?"))  # another filter: searched afresh
        fresh.set_filters(Filters(text=text))
        assert _shown(typing) == _shown(fresh), text

    text = ""
    for words, erase in typed:
        target = " ".join(words)
        for end in range(1, len(target) + 1):  # one letter at a time
            check(text + target[:end])
        text = (text + target)[: max(0, len(text + target) - erase)]  # then backspaces
        check(text)
        text += " "
