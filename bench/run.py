"""Run the benchmarks and print one table: `uv run python bench/run.py [--only NAME] [--quick]`.

Every module `bench/bench_*.py` exposes `run(quick: bool) -> list[dict]` (called as
`run(quick=...)`), one dict per row:

    name        what is measured
    ours_s      our median, seconds (None for a memory row)
    baseline_s  the baseline's median in the same run, seconds, or None
    ratio       ours_s / baseline_s, or None
    goal        text such as "≤ 2×", "≤ 50 ms", "≤ 300 MB"; "—" for no bar
  optional:
    ours_mb, baseline_mb   a memory row's figures (MiB), shown instead of seconds
    met         True/False when the goal text cannot say it alone
    note        one line of context (repeats, spread)

`met?` is read from the goal: "≤ N×" compares the ratio, "≤ N ms|s" our time, "≤ N MB" our
memory. A module that fails prints one error row and the others still run. The table is also
written as JSON to bench/results/latest.json. Benchmarks are not tests: a goal not met does not
change the exit status; a module that failed does (1).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import re
import shutil
import sys
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any

_REPO = Path(__file__).resolve().parents[1]
_GOAL_RE = re.compile(r"(?:≤|<=)\s*([0-9]+(?:\.[0-9]+)?)\s*(×|x|ms|s|MB)(?![A-Za-z])")


def discover(only: list[str] | None = None) -> list[str]:
    """Module names `bench.bench_*`, sorted; `only` keeps those matching a name given
    (`search`, `bench_search` or `bench_search.py`)."""
    names = sorted(p.stem for p in (_REPO / "bench").glob("bench_*.py"))
    if only:
        wanted = {w.removesuffix(".py").removeprefix("bench_") for w in only}
        names = [n for n in names if n.removeprefix("bench_") in wanted]
    return [f"bench.{n}" for n in names]


def goal_met(row: dict[str, Any]) -> bool | None:
    if row.get("error"):
        return None
    if row.get("met") is not None:
        return bool(row["met"])
    match = _GOAL_RE.search(row.get("goal") or "")
    if not match:
        return None
    limit, unit = float(match.group(1)), match.group(2)
    value: float | None
    if unit in ("×", "x"):
        value = row.get("ratio")
    elif unit == "MB":
        value = row.get("ours_mb")
    else:
        value = row.get("ours_s")
        if value is not None and unit == "ms":
            value *= 1000
    return None if value is None else value <= limit


def _seconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def _figure(row: dict[str, Any], which: str) -> str:
    mb = row.get(f"{which}_mb")
    if mb is not None:
        return f"{mb:.1f} MB" if mb < 10 else f"{mb:.0f} MB"
    return _seconds(row.get(f"{which}_s"))


def format_table(rows: list[dict[str, Any]]) -> str:
    header = ("benchmark", "ours median", "baseline median", "ratio", "goal", "met?")
    lines = []
    for row in rows:
        met = row.get("met_text")
        ratio = row.get("ratio")
        lines.append(
            (
                row["name"],
                "—" if row.get("error") else _figure(row, "ours"),
                "—" if row.get("error") else _figure(row, "baseline"),
                f"{ratio:.2f}×" if ratio is not None else "—",
                row.get("goal") or "—",
                met,
            )
        )
    widths = [max(len(str(cells[i])) for cells in [header, *lines]) for i in range(len(header))]

    def render(cells: tuple) -> str:
        out = []
        for i, cell in enumerate(cells):
            text = str(cell)
            out.append(text.ljust(widths[i]) if i == 0 else text.rjust(widths[i]))
        return " | ".join(out)

    rule = "-+-".join("-" * w for w in widths)
    body = [render(header), rule, *(render(cells) for cells in lines)]
    notes = [f"  {r['name']}: {r['note']}" for r in rows if r.get("note") and not r.get("error")]
    errors = [f"  {r['name']}: {r['error']}" for r in rows if r.get("error")]
    if notes:
        body += ["", "notes:", *notes]
    if errors:
        body += ["", "errors:", *errors]
    return "\n".join(body)


def _finish(row: dict[str, Any]) -> dict[str, Any]:
    row = dict(row)
    for key in ("ours_s", "baseline_s", "ratio", "goal"):
        row.setdefault(key, None)
    if row["ratio"] is None and row["ours_s"] and row["baseline_s"]:
        row["ratio"] = row["ours_s"] / row["baseline_s"]
    met = goal_met(row)
    row["met"] = met
    row["met_text"] = "ERROR" if row.get("error") else {True: "yes", False: "NO", None: "—"}[met]
    return row


def run_module(name: str, quick: bool) -> list[dict[str, Any]]:
    started = time.perf_counter()
    sys.stderr.write(f"[bench] {name} ...\n")
    try:
        module = importlib.import_module(name)
        # By keyword: a run() with another first parameter (a row count, say) fails loudly
        # instead of benchmarking run(False) = zero rows.
        rows = [_finish(r) for r in module.run(quick=quick)]
    except Exception as exc:
        traceback.print_exc()
        rows = [
            _finish({"name": name.removeprefix("bench."), "error": f"{type(exc).__name__}: {exc}"})
        ]
    sys.stderr.write(f"[bench] {name} done in {time.perf_counter() - started:.1f} s\n")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--only", action="append", metavar="NAME", help="run only this module (repeatable)"
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for a first look")
    args = parser.parse_args(argv)
    if str(_REPO) not in sys.path:
        sys.path.insert(0, str(_REPO))
    from bench.common import RESULTS, data_dir, use_bench_env

    use_bench_env()
    # The private data folder collects the app's backups (~100 MB each on national data);
    # nothing in it is kept from one run to the next.
    shutil.rmtree(data_dir() / "backups", ignore_errors=True)
    modules = discover(args.only)
    if not modules:
        parser.error(f"no benchmark module matches {args.only}")
    started = datetime.now().astimezone()
    load_before = _load()
    rows = [row for name in modules for row in run_module(name, args.quick)]
    load_after = _load()
    table = format_table(rows)
    table += (
        f"\n\nmachine: {_cpus()} CPUs, load average (1 min) {load_before} at start, "
        f"{load_after} at end; quick={args.quick}"
    )
    print(table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    report = {
        "started": started.isoformat(timespec="seconds"),
        "quick": args.quick,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "machine": {"cpus": _cpus(), "load_start": load_before, "load_end": load_after},
        "rows": rows,
        "table": table,
    }
    (RESULTS / "latest.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return 1 if any(r.get("error") for r in rows) else 0


def _load() -> float | None:
    """The 1-minute load average: a shared machine's figures are read against it."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def _cpus() -> int | None:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


if __name__ == "__main__":
    raise SystemExit(main())
