"""The dashboard's figures for any filter agree with sums computed here with plain SQL."""

from __future__ import annotations

import sqlite3
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core import areas
from desktop.core.reports import dashboard
from desktop.core.workspace import Workspace

DISTRICTS = [u.code for u in areas.children("pre2025", "44")]
SECTORS = ["agri", "industry", "trade", "credit", "other"]


def _expected(db: str, year: int, district: str | None, sector: str | None) -> dict:
    where = "c.deleted = 0"
    args: list = []
    if district:
        where += " AND c.district_code = ?"
        args.append(district)
    if sector:
        where += " AND c.sector = ?"
        args.append(sector)
    with sqlite3.connect(db) as conn:
        count = conn.execute(f"SELECT count(*) FROM cooperative c WHERE {where}", args).fetchone()[
            0
        ]
        by_status = dict(
            conn.execute(
                f"SELECT status, count(*) FROM cooperative c WHERE {where} GROUP BY status", args
            )
        )
        sums = conn.execute(
            "SELECT count(*), sum(i.members), sum(i.workers), sum(i.charter_capital),"
            " sum(i.revenue), sum(i.profit) FROM indicator i JOIN cooperative c"
            f" ON c.id = i.cooperative_id WHERE i.deleted = 0 AND i.year = ? AND {where}",
            [year, *args],
        ).fetchone()
    return {"count": count, "by_status": by_status, "sums": tuple(v or 0 for v in sums)}


def test_dashboard_for_any_filter_matches_the_database(demo_db):
    ws = Workspace.open(demo_db)
    identity = ws.require_identity()
    with ws.reading() as conn:
        base = dashboard.load(conn, identity)
        progress = dashboard.task_progress(conn, date.today())

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from([2021, 2022, 2023, 2024, 2025]),
           st.sampled_from([None, *DISTRICTS]), st.sampled_from([None, *SECTORS]))  # fmt: skip
    def check(year, district, sector):
        data = dashboard.compute(base, identity, dashboard.Filters(year, district, sector))
        want = _expected(demo_db, year, district, sector)
        assert data.total == want["count"] == sum(c.count for c in data.by_area)
        assert sum(c.count for c in data.by_sector) == want["count"]
        assert sum(c.count for c in data.by_type) == want["count"]
        assert {c.key: c.count for c in data.by_status} == want["by_status"]
        chosen = next((f for f in data.trend if f.key == str(year)), None)
        got = (0, 0, 0, 0, 0, 0) if chosen is None else (
            chosen.reported, chosen.members, chosen.workers, chosen.charter_capital,
            chosen.revenue, chosen.profit)  # fmt: skip
        assert got == want["sums"]
        by_area = [sum(getattr(f, m) for f in data.figures_by_area)
                   for m in ("reported", "members", "workers", "charter_capital", "revenue",
                             "profit")]  # fmt: skip
        assert tuple(by_area) == want["sums"]
        if district:
            assert {c.key for c in data.by_area} <= {
                f"pre2025:{u.code}" for u in areas.children("pre2025", district)
            }

    check()
    with sqlite3.connect(demo_db) as conn:
        assignments = conn.execute("SELECT count(*) FROM assignment a JOIN task t ON"
                                   " t.id = a.task_id WHERE a.deleted = 0 AND t.deleted = 0"
                                   ).fetchone()[0]  # fmt: skip
    assert sum(u.total for u in progress) == assignments
    ws.close()
