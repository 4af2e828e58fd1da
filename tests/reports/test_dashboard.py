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


def test_indexed_groups_answer_every_filter_as_the_full_scan(demo_db):
    """The rows summed at the office's level (no area chosen) and the groups kept per
    province (a province chosen) give the same dashboard as going through every group, for
    a national office and for the province's own office."""
    import dataclasses

    ws = Workspace.open(demo_db)
    province = ws.require_identity()
    national = dataclasses.replace(province, area_code=None)
    bases = {}
    for identity in (province, national):
        with ws.reading() as conn:
            indexed = dashboard.load(conn, identity)
        assert indexed.rolled is not None and indexed.by_province
        plain = dataclasses.replace(indexed, rolled=None, by_province={})
        bases[identity.area_code] = (identity, indexed, plain)
    ws.close()

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from([province.area_code, None]),
           st.sampled_from([None, 2021, 2024, 2025, 2030]),
           st.sampled_from([None, "44", "01", "xx", *DISTRICTS[:4]]),
           st.sampled_from([None, *SECTORS]))  # fmt: skip
    def check(office, year, area, sector):
        identity, indexed, plain = bases[office]
        filters = dashboard.Filters(year, area, sector)
        assert dashboard.compute(indexed, identity, filters) == dashboard.compute(
            plain, identity, filters
        )

    check()


def test_sums_past_the_arrays_widths_stay_exact(demo_db):
    """Members past 4 bytes and revenue past 8 bytes in one group of cooperatives: the
    dashboard's figures are the exact sums of the rows, as Python adds them."""
    with sqlite3.connect(demo_db) as conn:
        # Two cooperatives of one group (same area and sector) with figures for one year.
        first, second, year = conn.execute(
            "SELECT min(c.id), max(c.id), i.year FROM cooperative c JOIN indicator i"
            " ON i.cooperative_id = c.id WHERE c.deleted = 0 AND i.deleted = 0"
            " GROUP BY c.area_code, c.sector, i.year HAVING count(DISTINCT c.id) > 1 LIMIT 1"
        ).fetchone()
        for coop in (first, second):
            conn.execute(
                "UPDATE indicator SET members = ?, revenue = ? WHERE cooperative_id = ?"
                " AND year = ?",
                (3_000_000_000, 2**62 + 7, coop, year),
            )
        rows = conn.execute(
            "SELECT i.members, i.workers, i.charter_capital, i.revenue, i.profit"
            " FROM indicator i JOIN cooperative c ON c.id = i.cooperative_id"
            " WHERE i.deleted = 0 AND c.deleted = 0 AND i.year = ?",
            (year,),
        ).fetchall()
    want = (len(rows), *(sum(r[m] or 0 for r in rows) for m in range(5)))
    assert want[1] > 2**32 and want[4] > 2**63
    ws = Workspace.open(demo_db)
    identity = ws.require_identity()
    with ws.reading() as conn:
        base = dashboard.load(conn, identity)
    ws.close()
    data = dashboard.compute(base, identity, dashboard.Filters(year))
    (chosen,) = [f for f in data.trend if f.key == str(year)]
    fields = ("reported", "members", "workers", "charter_capital", "revenue", "profit")
    assert tuple(getattr(chosen, f) for f in fields) == want
    assert tuple(sum(getattr(f, name) for f in data.figures_by_area) for name in fields) == want


def test_loading_reports_its_steps_and_stops_when_cancelled(demo_db):
    from desktop.core.errors import Cancelled

    ws = Workspace.open(demo_db)
    identity = ws.require_identity()
    steps: list[tuple[int, int]] = []
    with ws.reading() as conn:
        loaded = dashboard.load_page(conn, identity, date.today(),
                                     progress=lambda d, t, _m: steps.append((d, t)))  # fmt: skip
        assert steps[0] == (0, 3) and steps[-1] == (3, 3)
        assert loaded.base.counts and loaded.progress
        try:
            dashboard.load_page(conn, identity, date.today(), cancelled=lambda: True)
        except Cancelled as exc:
            assert "hủy" in str(exc)
        else:
            raise AssertionError("not cancelled")
    ws.close()


def test_task_progress_reads_the_statuses_the_board_shows(demo_db):
    """The dashboard's task progress reads only what a status needs (`board.statuses`): the
    same status for every assignment as the board's lines, whatever day it is looked at."""
    from desktop.core.tasks import board

    ws = Workspace.open(demo_db)
    try:
        with ws.reading() as conn:
            # Before the first directive, in the middle of the demo's periods, and after.
            for today in (date(2020, 1, 1), date(2026, 3, 15), date.today(), date(2031, 1, 1)):
                lines = board.lines(conn, today)
                assert lines
                want = sorted((line.office_code, line.office_name, repr(line.status))
                              for line in lines)  # fmt: skip
                got = sorted((code, name, repr(status))
                             for code, name, status in board.statuses(conn, today))  # fmt: skip
                assert got == want
    finally:
        ws.close()


def test_packed_rows_read_as_the_tuples_given() -> None:
    """The dashboard's packed groups give back every row as it came, by position, by slice
    and in a pass, values repeated across rows and fields included."""
    rows = [("post2025", "01", None, "00004", "agri", 5), ("post2025", "01", None, "00004", "agri", 5),
            ("pre2025", "44", "450", "19111", None, 70_000), ("pre2025", "01", "01", "01", "01", 1)]  # fmt: skip
    packed = dashboard.Packed(6, rows)
    assert len(packed) == 4
    assert list(packed) == rows
    assert [packed[i] for i in range(-4, 4)] == rows + rows
    assert packed[1:3] == rows[1:3]
    assert packed == dashboard.Packed(6, iter(rows))
    assert packed != dashboard.Packed(6, rows[:3])
    assert len(dashboard.Packed(3)) == 0 and list(dashboard.Packed(3)) == []
