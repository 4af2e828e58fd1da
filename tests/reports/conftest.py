"""A province's demo database (1,000 cooperatives, tasks and reports), made once per session
and copied for each test, plus helpers that read numbers back from what a report wrote."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from desktop.core import demo, registry
from desktop.core.settings import identity
from desktop.core.tasks import board, editing
from desktop.core.workspace import Workspace

PROBLEM = "Thiếu vốn đối ứng để hỗ trợ hợp tác xã mới thành lập"
PROPOSAL = "Đề nghị UBND tỉnh bố trí kinh phí đào tạo cán bộ hợp tác xã"


@pytest.fixture(scope="session")
def _demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "province.sqlite3"
    ws = Workspace.open(str(path))
    with ws.transaction() as conn:
        demo.generate(conn, "province", seed=11)
    with ws.transaction() as conn:
        ident = identity(conn)
        assert ident is not None
        # One cooperative dissolved today (the history dates it), one task report with a
        # difficulty and a proposal dated today.
        coop = registry.table_rows(conn)[0]
        registry.update_cooperative(conn, ident, coop["id"], {"status": "dissolved"})
        line = board.lines(conn, date.today())[0]
        editing.add_report(
            conn, ident, line.assignment_id,
            {"period": line.status.current_period, "status": "in_progress", "percent": 40,
             "content": "Đã tổ chức 3 lớp tập huấn", "difficulties": PROBLEM,
             "proposals": PROPOSAL, "reported_on": date.today()},
            on_behalf=True,
        )  # fmt: skip
    ws.close()
    return path


@pytest.fixture
def demo_db(_demo_file: Path, tmp_path: Path) -> str:
    target = tmp_path / "province.sqlite3"
    shutil.copy(_demo_file, target)
    return str(target)


def number(text: str) -> int:
    """`1.234.567` -> 1234567."""
    return int(text.replace(".", "")) if text.strip() not in ("", "–") else 0
