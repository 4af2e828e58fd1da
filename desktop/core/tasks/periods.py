"""Reporting cycles and periods.

A task has a *cycle*: `once` (one deadline), `continuous` (thường xuyên), `month`, `quarter`,
`half` (6 tháng) or `year`. Progress reports name the *period* they are about, as text:

| cycle        | period text  | example    | shown as                  |
|--------------|--------------|------------|---------------------------|
| `once`       | empty        | ``""``     | Cả nhiệm vụ               |
| `month`      | `YYYY-MM`    | `2026-11`  | Tháng 11/2026             |
| `quarter`    | `YYYY-Qn`    | `2026-Q3`  | Quý III/2026              |
| `half`       | `YYYY-Hn`    | `2026-H1`  | 6 tháng đầu năm 2026      |
| `continuous` | `YYYY-Hn`    | `2026-H2`  | 6 tháng cuối năm 2026     |
| `year`       | `YYYY`       | `2026`     | Năm 2026                  |

Rules (the same everywhere, so every office computes the same thing):
- a period's report is due on the **last day** of the period (31/03 for Q1, 30/06 for H1,
  31/12 for a year); a report dated on that day is on time;
- a `once` task's report is due on the task's deadline;
- `continuous` work is reported in the six-monthly reports (the province compiles for 6 months
  and for the year), so its periods are halves;
- the *current* period of a cycle is the one that contains today.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

from desktop.core.i18n import translate
from desktop.core.text import fold

ONCE = "once"
CONTINUOUS = "continuous"
MONTH = "month"
QUARTER = "quarter"
HALF = "half"
YEAR = "year"
CYCLES = (ONCE, CONTINUOUS, MONTH, QUARTER, HALF, YEAR)
RECURRING = (CONTINUOUS, MONTH, QUARTER, HALF, YEAR)

MIN_YEAR = 2000
MAX_YEAR = 2100
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def cycle_labels() -> dict[str, str]:
    return {
        ONCE: translate("Tasks", "Một lần (có thời hạn)"),
        CONTINUOUS: translate("Tasks", "Thường xuyên"),
        MONTH: translate("Tasks", "Hằng tháng"),
        QUARTER: translate("Tasks", "Hằng quý"),
        HALF: translate("Tasks", "6 tháng"),
        YEAR: translate("Tasks", "Hằng năm"),
    }


def period_kind(cycle: str) -> str:
    """The kind of period a cycle's reports name: once, month, quarter, half or year."""
    if cycle == CONTINUOUS:
        return HALF
    if cycle not in CYCLES:
        raise ValueError(cycle)
    return cycle


@lru_cache(maxsize=4096)
def kind_of(period: str) -> str:
    """The kind of a canonical period text."""
    if period == "":
        return ONCE
    if re.fullmatch(r"\d{4}", period):
        return YEAR
    if re.fullmatch(r"\d{4}-H[12]", period):
        return HALF
    if re.fullmatch(r"\d{4}-Q[1-4]", period):
        return QUARTER
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", period):
        return MONTH
    raise ValueError(period)


def period_of(cycle: str, day: date) -> str:
    """The period of `cycle` that contains `day` ('' for a once task)."""
    kind = period_kind(cycle)
    if kind == ONCE:
        return ""
    if kind == YEAR:
        return f"{day.year}"
    if kind == HALF:
        return f"{day.year}-H{1 if day.month <= 6 else 2}"
    if kind == QUARTER:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year}-{day.month:02d}"


def _parts(period: str) -> tuple[str, int, int]:
    kind = kind_of(period)
    year = int(period[:4]) if period else 0
    if kind in (ONCE, YEAR):
        return kind, year, 0
    if kind == MONTH:
        return kind, year, int(period[5:])
    return kind, year, int(period[6:])


@lru_cache(maxsize=4096)
def bounds(period: str) -> tuple[date, date] | None:
    """First and last day of a period; None for '' (a once task has no period)."""
    kind, year, n = _parts(period)
    if kind == ONCE:
        return None
    if kind == YEAR:
        first_month, months = 1, 12
    elif kind == HALF:
        first_month, months = 6 * (n - 1) + 1, 6
    elif kind == QUARTER:
        first_month, months = 3 * (n - 1) + 1, 3
    else:
        first_month, months = n, 1
    last_month = first_month + months - 1
    return (
        date(year, first_month, 1),
        date(year, last_month, calendar.monthrange(year, last_month)[1]),
    )


def due_date(period: str, deadline: date | None = None) -> date | None:
    """When the report of `period` is due: its last day, or the task's deadline for ''."""
    span = bounds(period)
    return deadline if span is None else span[1]


@lru_cache(maxsize=4096)
def shift(period: str, steps: int) -> str:
    """The period `steps` periods later (negative: earlier); '' stays ''."""
    kind, year, n = _parts(period)
    if kind == ONCE:
        return ""
    if kind == YEAR:
        return f"{year + steps}"
    per_year = {HALF: 2, QUARTER: 4, MONTH: 12}[kind]
    index = year * per_year + (n - 1) + steps
    year, n = divmod(index, per_year)
    if kind == MONTH:
        return f"{year}-{n + 1:02d}"
    return f"{year}-{'H' if kind == HALF else 'Q'}{n + 1}"


def previous(period: str) -> str:
    return shift(period, -1)


def recent(cycle: str, today: date, count: int = 6) -> list[str]:
    """The current period and the ones before it, newest first (for choosing in a form)."""
    current = period_of(cycle, today)
    if current == "":
        return [""]
    return [shift(current, -i) for i in range(count)]


def label(period: str) -> str:
    """How a period is shown: `Quý III/2026`, `6 tháng đầu năm 2026`, `Tháng 11/2026`."""
    kind, year, n = _parts(period)
    if kind == ONCE:
        return translate("Tasks", "Cả nhiệm vụ")
    if kind == YEAR:
        return translate("Tasks", "Năm {year}").format(year=year)
    if kind == HALF:
        text = (
            translate("Tasks", "6 tháng đầu năm {year}")
            if n == 1
            else translate("Tasks", "6 tháng cuối năm {year}")
        )
        return text.format(year=year)
    if kind == QUARTER:
        return translate("Tasks", "Quý {n}/{year}").format(n=_ROMAN[n], year=year)
    return translate("Tasks", "Tháng {n}/{year}").format(n=n, year=year)


_FORMS = [
    (re.compile(r"^(\d{4})$"), YEAR),
    (re.compile(r"^(?:nam\s*)?(\d{4})$"), YEAR),
    (re.compile(r"^(\d{4})-?h([12])$"), HALF),
    (re.compile(r"^(?:h|6t|6 thang\s*)([12])[/\s-]+(\d{4})$"), HALF),
    (re.compile(r"^(\d{4})-?q([1-4])$"), QUARTER),
    (re.compile(r"^(?:q|quy\s*)([1-4]|i{1,3}|iv)[/\s-]+(\d{4})$"), QUARTER),
    (re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH),
    (re.compile(r"^(?:t|thang\s*)?(\d{1,2})[/\s-]+(\d{4})$"), MONTH),
]
_ROMAN_VALUES = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


def parse(text: str | None) -> str:
    """Canonical period text from what a person or script typed.

    Accepts the canonical forms (`2026`, `2026-H1`, `2026-Q3`, `2026-11`, empty) and the usual
    written ones (`Q3/2026`, `Quý III/2026`, `H1/2026`, `11/2026`, `Tháng 11/2026`). Raises
    ValueError for anything else.
    """
    key = fold(text or "")
    if key in ("", "ca nhiem vu", "mot lan"):
        return ""
    key = key.replace("6 thang dau nam", "h1/").replace("6 thang cuoi nam", "h2/")
    key = re.sub(r"\s*/\s*", "/", key).strip()
    for pattern, kind in _FORMS:
        match = pattern.match(key)
        if not match:
            continue
        groups = match.groups()
        if kind == YEAR:
            year, n = int(groups[0]), 0
        elif groups[0].isdigit() and len(groups[0]) == 4:
            year, n = int(groups[0]), int(groups[1])
        else:
            first = groups[0]
            n = _ROMAN_VALUES[first] if first in _ROMAN_VALUES else int(first)
            year = int(groups[1])
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise ValueError(text)
        if kind == YEAR:
            return f"{year}"
        if kind == MONTH:
            if not 1 <= n <= 12:
                raise ValueError(text)
            return f"{year}-{n:02d}"
        return f"{year}-{'H' if kind == HALF else 'Q'}{n}"
    raise ValueError(text)


def example(cycle: str) -> str:
    """An example period for messages: `2026-Q3 (Quý III/2026)`."""
    period = period_of(cycle, date(2026, 8, 15))
    return f"{period} ({label(period)})" if period else translate("Tasks", "để trống")
