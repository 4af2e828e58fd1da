"""Periods and the computed task status: pure functions, every boundary."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.tasks import periods
from desktop.core.tasks.status import (
    DONE,
    DONE_LATE,
    DONE_ON_TIME,
    IN_PROGRESS,
    IN_TIME,
    NOT_STARTED,
    OVERDUE,
    Fact,
    assignment_status,
    combined,
    period_status,
)

D = date


# --- periods --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cycle", "day", "period"),
    [
        ("once", D(2026, 5, 3), ""),
        ("month", D(2026, 11, 30), "2026-11"),
        ("month", D(2026, 1, 1), "2026-01"),
        ("quarter", D(2026, 3, 31), "2026-Q1"),
        ("quarter", D(2026, 4, 1), "2026-Q2"),
        ("quarter", D(2026, 9, 30), "2026-Q3"),
        ("half", D(2026, 6, 30), "2026-H1"),
        ("half", D(2026, 7, 1), "2026-H2"),
        ("continuous", D(2026, 8, 15), "2026-H2"),
        ("year", D(2026, 12, 31), "2026"),
    ],
)
def test_period_containing_a_day(cycle, day, period):
    assert periods.period_of(cycle, day) == period


@pytest.mark.parametrize(
    ("period", "first", "last"),
    [
        ("2026-02", D(2026, 2, 1), D(2026, 2, 28)),
        ("2028-02", D(2028, 2, 1), D(2028, 2, 29)),
        ("2026-Q1", D(2026, 1, 1), D(2026, 3, 31)),
        ("2026-Q4", D(2026, 10, 1), D(2026, 12, 31)),
        ("2026-H1", D(2026, 1, 1), D(2026, 6, 30)),
        ("2026-H2", D(2026, 7, 1), D(2026, 12, 31)),
        ("2026", D(2026, 1, 1), D(2026, 12, 31)),
    ],
)
def test_period_bounds_and_the_report_is_due_on_the_last_day(period, first, last):
    assert periods.bounds(period) == (first, last)
    assert periods.due_date(period) == last


def test_a_once_task_is_due_on_its_deadline():
    assert periods.bounds("") is None
    assert periods.due_date("", D(2026, 9, 10)) == D(2026, 9, 10)


@pytest.mark.parametrize(
    ("period", "before"),
    [("2026-01", "2025-12"), ("2026-Q1", "2025-Q4"), ("2026-H1", "2025-H2"), ("2026", "2025"),
     ("2026-Q3", "2026-Q2"), ("", "")],
)  # fmt: skip
def test_previous_period_crosses_the_year(period, before):
    assert periods.previous(period) == before
    assert periods.shift(before, 1) == period


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("2026-Q3", "2026-Q3"), ("Q3/2026", "2026-Q3"), ("Quý III/2026", "2026-Q3"),
        ("quy 3/2026", "2026-Q3"), ("2026-H1", "2026-H1"), ("H2/2026", "2026-H2"),
        ("6 tháng đầu năm 2026", "2026-H1"), ("2026-11", "2026-11"), ("11/2026", "2026-11"),
        ("Tháng 3/2026", "2026-03"), ("2026-3", "2026-03"), ("2026", "2026"),
        ("Năm 2026", "2026"), ("", ""), (None, ""),
    ],
)  # fmt: skip
def test_parse_period_accepts_canonical_and_written_forms(text, period):
    assert periods.parse(text) == period


@pytest.mark.parametrize("text", ["2026-13", "Q5/2026", "H3/2026", "1899", "quý", "abc", "13/2026"])
def test_parse_period_refuses_nonsense(text):
    with pytest.raises(ValueError):
        periods.parse(text)


def test_period_labels_are_vietnamese():
    assert periods.label("2026-Q3") == "Quý III/2026"
    assert periods.label("2026-H1") == "6 tháng đầu năm 2026"
    assert periods.label("2026-H2") == "6 tháng cuối năm 2026"
    assert periods.label("2026-11") == "Tháng 11/2026"
    assert periods.label("2026") == "Năm 2026"
    assert periods.label("") == "Cả nhiệm vụ"


def test_recent_periods_newest_first():
    assert periods.recent("quarter", D(2026, 2, 1), 3) == ["2026-Q1", "2025-Q4", "2025-Q3"]
    assert periods.recent("once", D(2026, 2, 1)) == [""]


# --- one period ---------------------------------------------------------------------------------


def fact(period: str, day: date, status: str) -> Fact:
    return Fact(period, day, status)


DUE = D(2026, 6, 30)


@pytest.mark.parametrize(
    ("report", "today", "expected"),
    [
        (None, D(2026, 6, 29), NOT_STARTED),
        (None, DUE, NOT_STARTED),  # due today: still in time
        (None, D(2026, 7, 1), OVERDUE),  # due yesterday
        ((NOT_STARTED, D(2026, 6, 1)), D(2026, 7, 1), OVERDUE),
        ((IN_PROGRESS, D(2026, 6, 1)), DUE, IN_TIME),
        ((IN_PROGRESS, D(2026, 6, 1)), D(2026, 7, 1), OVERDUE),
        ((DONE, DUE), D(2026, 7, 5), DONE_ON_TIME),  # done on the due date
        ((DONE, D(2026, 6, 2)), D(2026, 6, 3), DONE_ON_TIME),
        ((DONE, D(2026, 7, 1)), D(2026, 7, 1), DONE_LATE),  # done one day late
        ((DONE, D(2026, 7, 1)), D(2027, 1, 1), DONE_LATE),  # stays late
    ],
)
def test_period_status_boundaries(report, today, expected):
    given = fact("", report[1], report[0]) if report else None
    assert period_status(DUE, given, today) == expected


def test_without_a_due_date_nothing_is_overdue():
    assert period_status(None, None, D(2030, 1, 1)) == NOT_STARTED
    assert period_status(None, fact("", D(2030, 1, 1), DONE), D(2030, 1, 2)) == DONE_ON_TIME


# --- a once task -----------------------------------------------------------------------------------


def once(deadline, facts, today):
    return assignment_status("once", deadline, facts, today, start=D(2026, 1, 1))


def test_once_due_today_is_in_time_and_due_soon():
    state = once(DUE, [fact("", D(2026, 6, 1), IN_PROGRESS)], DUE)
    assert state.code == IN_TIME and state.due_soon and not state.overdue
    assert state.label() == "Đang thực hiện – trong hạn"


def test_once_due_yesterday_is_overdue_with_the_right_words():
    state = once(DUE, [fact("", D(2026, 6, 1), IN_PROGRESS)], D(2026, 7, 1))
    assert state.code == OVERDUE and not state.due_soon
    assert state.label() == "Đang thực hiện – quá hạn"
    never = once(DUE, [], D(2026, 7, 1))
    assert never.label() == "Chưa thực hiện – quá hạn"
    assert never.period_to_report == ""


@pytest.mark.parametrize(("days", "soon"), [(0, True), (7, True), (8, False), (-1, False)])
def test_due_soon_window_is_seven_days(days, soon):
    from datetime import timedelta

    state = once(DUE, [], DUE - timedelta(days=days))
    assert state.due_soon is soon


def test_done_work_is_never_due_soon_and_latest_report_counts():
    facts = [fact("", D(2026, 6, 1), IN_PROGRESS), fact("", D(2026, 6, 28), DONE)]
    state = once(DUE, facts, D(2026, 6, 29))
    assert state.code == DONE_ON_TIME and not state.due_soon
    # Same-day reports: the later one (by order) wins.
    tied = [
        Fact("", D(2026, 6, 28), DONE, order=("b",)),
        Fact("", D(2026, 6, 28), IN_PROGRESS, order=("a",)),
    ]
    assert once(DUE, tied, D(2026, 6, 29)).code == DONE_ON_TIME


def test_done_late_is_late():
    state = once(DUE, [fact("", D(2026, 7, 3), DONE)], D(2026, 7, 3))
    assert state.code == DONE_LATE and state.label() == "Hoàn thành – trễ hạn"


def test_extension_changes_the_due_date():
    facts = [fact("", D(2026, 7, 10), DONE)]
    assert once(DUE, facts, D(2026, 7, 10)).code == DONE_LATE
    assert once(D(2026, 7, 31), facts, D(2026, 7, 10)).code == DONE_ON_TIME


# --- recurring tasks -------------------------------------------------------------------------------


LONG_AGO = D(2025, 1, 1)


def recurring(cycle, facts, today, start=LONG_AGO):
    return assignment_status(cycle, None, facts, today, start=start)


def test_month_missing_last_month_is_overdue_for_that_month():
    state = recurring("month", [], D(2026, 11, 20))
    assert state.code == OVERDUE and state.period == "2026-10"
    assert state.due == D(2026, 10, 31) and not state.reported_current
    assert state.current_period == "2026-11" and state.period_to_report == "2026-10"


def test_month_reported_on_time_shows_last_month_until_this_month_is_reported():
    facts = [fact("2026-10", D(2026, 10, 31), DONE)]
    state = recurring("month", facts, D(2026, 11, 20))
    assert state.code == DONE_ON_TIME and state.period == "2026-10"
    assert not state.due_soon  # 10 days left for November
    assert recurring("month", facts, D(2026, 11, 23)).due_soon  # 7 days left
    assert recurring("month", facts, D(2026, 11, 23)).period_to_report == "2026-11"


def test_month_reported_late():
    facts = [fact("2026-10", D(2026, 11, 2), DONE)]
    assert recurring("month", facts, D(2026, 11, 20)).code == DONE_LATE


def test_month_current_report_takes_over():
    facts = [fact("2026-11", D(2026, 11, 10), IN_PROGRESS)]
    state = recurring("month", facts, D(2026, 11, 30))
    assert state.code == IN_TIME and state.period == "2026-11" and state.reported_current
    assert state.due_soon  # in progress, due today
    assert recurring("month", facts, D(2026, 12, 1)).code == OVERDUE  # December: November owed


def test_periods_before_the_task_began_are_not_owed():
    state = recurring("month", [], D(2026, 11, 20), start=D(2026, 11, 5))
    assert state.code == NOT_STARTED and state.period == "2026-11"
    # A start on the previous period's last day still owes that period.
    assert recurring("month", [], D(2026, 11, 20), start=D(2026, 10, 31)).code == OVERDUE
    # Unknown start: only the current period is judged.
    assert recurring("month", [], D(2026, 11, 20), start=None).code == NOT_STARTED


def test_quarter_boundary():
    facts = [fact("2026-Q3", D(2026, 9, 15), IN_PROGRESS)]
    assert recurring("quarter", facts, D(2026, 9, 30)).code == IN_TIME
    late = recurring("quarter", facts, D(2026, 10, 1))
    assert late.code == OVERDUE and late.period == "2026-Q3"
    assert late.label() == "Đang thực hiện – quá hạn"


def test_half_year_boundary():
    assert (
        recurring("half", [fact("2026-H1", D(2026, 6, 30), DONE)], D(2026, 7, 1)).code
        == DONE_ON_TIME
    )
    assert (
        recurring("half", [fact("2026-H1", D(2026, 7, 1), DONE)], D(2026, 7, 1)).code == DONE_LATE
    )


def test_year_boundary():
    done = [fact("2026", D(2026, 12, 31), DONE)]
    assert recurring("year", done, D(2027, 1, 1)).code == DONE_ON_TIME
    missing = recurring("year", [], D(2027, 1, 1))
    assert missing.code == OVERDUE and missing.period == "2026"


def test_continuous_work_in_progress_is_never_overdue_but_a_missing_report_is():
    reported = [fact("2026-H1", D(2026, 6, 20), IN_PROGRESS)]
    state = recurring("continuous", reported, D(2026, 8, 1))
    assert state.code == IN_TIME and state.period == "2026-H1"
    missing = recurring("continuous", [], D(2026, 8, 1))
    assert missing.code == OVERDUE and missing.period == "2026-H1"
    # Reported for the current half: no reminder even near the end.
    current = [fact("2026-H2", D(2026, 12, 1), IN_PROGRESS)]
    assert not recurring("continuous", current, D(2026, 12, 28)).due_soon
    # Not reported yet with five days left: due soon.
    assert recurring("continuous", reported, D(2026, 12, 26)).due_soon


def test_reports_of_other_periods_do_not_count():
    facts = [fact("2026-08", D(2026, 8, 30), DONE)]
    assert recurring("month", facts, D(2026, 11, 20)).code == OVERDUE


def test_combined_status_of_a_task():
    assert combined([]) is None
    assert combined([DONE_ON_TIME, OVERDUE]) == OVERDUE
    assert combined([DONE_ON_TIME, DONE_LATE]) == DONE_LATE
    assert combined([DONE_ON_TIME]) == DONE_ON_TIME
    assert combined([NOT_STARTED, DONE_ON_TIME]) == IN_TIME
    assert combined([NOT_STARTED, NOT_STARTED]) == NOT_STARTED
