"""Excel benchmarks (PERFORMANCE.md): import of a 20,000-row list, export of 30,000.

- import: read + header/column detection + parsing and validation + writing into an empty
  database, against python-calamine reading the same file's values;
- export: the formatted cooperative list of the national demo data (30,000 rows, query
  included), against openpyxl write-only of the same values, unformatted.

`run()` returns rows for the suite runner; `uv run python bench/bench_excel.py` prints them.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def build_list(path: Path, rows: int = 20_000, seed: int = 1) -> Path:
    """A district-style list: title rows, STT, 20 columns, text numbers with units in the
    headers, text and real dates, a totals row."""
    from openpyxl import Workbook

    from desktop.core import areas
    from desktop.core.text import make_registration_code

    rng = random.Random(seed)
    communes = [
        c
        for d in areas.children(areas.PRE2025, "44")
        for c in areas.children(areas.PRE2025, d.code)
    ]
    sectors = ["Nông nghiệp", "Thương mại – dịch vụ", "Xây dựng", "Công nghiệp – TTCN", "Khác"]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Danh sách")
    ws.append(["UBND TỈNH QUẢNG BÌNH"])
    ws.append(["DANH SÁCH HỢP TÁC XÃ NĂM 2024"])
    ws.append([])
    ws.append([
        "STT", "Mã số HTX", "Tên hợp tác xã", "Loại hình", "Lĩnh vực", "Tình trạng",
        "Huyện", "Xã", "Địa chỉ", "Người đại diện", "Chức danh", "Điện thoại",
        "Ngày thành lập", "Ngày đăng ký", "Số thành viên", "Số lao động",
        "Vốn điều lệ (triệu đồng)", "Tổng tài sản (triệu đồng)", "Doanh thu (triệu đồng)",
        "Lợi nhuận (triệu đồng)",
    ])  # fmt: skip
    serial = 0
    for n in range(1, rows + 1):
        while True:
            serial += 1
            try:
                code = make_registration_code(f"44{serial:07d}")
                break
            except ValueError:
                continue
        commune = communes[rng.randrange(len(communes))]
        district = areas.unit(areas.PRE2025, commune.parent)
        founded = date(1996, 1, 1) + timedelta(days=rng.randrange(10_000))
        capital = rng.randint(100, 90_000)
        ws.append([
            n, code, f"Hợp tác xã {rng.choice(sectors)} {commune.name.split(' ', 1)[-1]} {n}",
            "Hợp tác xã", rng.choice(sectors), rng.choice(["Đang hoạt động", "Tạm ngừng"]),
            district.name, commune.name, f"Thôn {rng.randint(1, 12)}, {commune.name}",
            "Nguyễn Văn An", "Giám đốc", f"0912{rng.randrange(10**6):06d}",
            founded.strftime("%d/%m/%Y") if n % 2 else founded,
            founded + timedelta(days=30), rng.randint(7, 300), rng.randint(3, 90),
            f"{capital:,}".replace(",", "."), f"{capital + rng.randint(0, 5000):,}".replace(",", "."),
            f"{rng.randint(10, 80000)},{rng.randint(0, 9)}", rng.randint(-50, 900),
        ])  # fmt: skip
    ws.append([None, "Tổng cộng"])
    wb.save(path)
    return path


def _median(fn, repeat: int, cpu: list[float] | None = None) -> float:
    """The median wall time of `fn`; its CPU times (this process) go to `cpu`."""
    times = []
    for _ in range(repeat):
        started, cpu_started = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - started)
        if cpu is not None:
            cpu.append(time.process_time() - cpu_started)
    return statistics.median(times)


def bench_import(workdir: Path, rows: int, repeat: int) -> dict:
    from python_calamine import CalamineWorkbook

    from desktop.core import settings
    from desktop.core.excel.importer import import_file
    from desktop.core.workspace import Workspace, configure

    path = build_list(workdir / "list.xlsx", rows)
    identity = settings.Identity("T44", "Sở Kế hoạch và Đầu tư tỉnh Quảng Bình",
                                 settings.PROVINCE, "pre2025", "44", "T44")  # fmt: skip
    counter = iter(range(1000))

    def ours() -> None:
        ws = Workspace.open(str(workdir / f"import-{next(counter)}.sqlite3"))
        with ws.transaction() as conn:
            configure(conn, identity)
        ws.identity = identity
        started, cpu_started = time.perf_counter(), time.process_time()
        plan = import_file(ws, path)
        ours.elapsed.append(time.perf_counter() - started)  # type: ignore[attr-defined]
        ours_cpu.append(time.process_time() - cpu_started)
        assert len(plan.creates) == rows and not plan.problems, plan.problems[:3]
        ws.close()

    ours.elapsed = []  # type: ignore[attr-defined]
    ours_cpu: list[float] = []

    def baseline() -> None:
        book = CalamineWorkbook.from_path(str(path))
        book.get_sheet_by_index(0).to_python()
        book.close()

    baseline_cpu: list[float] = []
    baseline_s = _median(baseline, repeat, baseline_cpu)
    for _ in range(repeat):
        ours()
    ours_s = statistics.median(ours.elapsed)  # type: ignore[attr-defined]
    return _row(f"excel import {rows:,} rows", ours_s, baseline_s, 2.0, ours_cpu, baseline_cpu)


def bench_export(workdir: Path, repeat: int) -> dict:
    from openpyxl import Workbook

    from desktop.core import demo, settings
    from desktop.core.excel.export import _latest_figures, _selected, export_cooperatives
    from desktop.core.workspace import Workspace

    ws = Workspace.open(str(workdir / "national.sqlite3"))
    with ws.transaction() as conn:
        demo.generate(conn, "national", seed=1)
    with ws.reading() as conn:
        identity = settings.identity(conn)
        rows = _selected(conn, None)
        figures = _latest_figures(conn)
    values = [
        [n, r.registration_code, r.name, r.entity_type, r.sector, r.status, r.governance,
         r.province_code, r.district_code, r.area_code, r.area_code, r.address,
         r.representative, r.representative_title, r.phone, r.email, r.founded_on,
         r.registered_on, r.notes, *figures.get(r.id, (None,) * 5)]
        for n, r in enumerate(rows, 1)
    ]  # fmt: skip

    def baseline() -> None:
        wb = Workbook(write_only=True)
        sheet = wb.create_sheet("x")
        for row in values:
            sheet.append(row)
        wb.save(str(workdir / "baseline.xlsx"))

    def ours() -> None:
        with ws.reading() as conn:
            export_cooperatives(conn, identity, workdir / "ours.xlsx")

    ours_cpu: list[float] = []
    baseline_cpu: list[float] = []
    baseline_s = _median(baseline, repeat, baseline_cpu)
    ours_s = _median(ours, repeat, ours_cpu)
    ws.close()
    return _row(f"excel export {len(values):,} rows formatted", ours_s, baseline_s, 1.1,
                ours_cpu, baseline_cpu)  # fmt: skip


def _row(name: str, ours: float, baseline: float, goal: float, ours_cpu: list[float],
         baseline_cpu: list[float]) -> dict:  # fmt: skip
    """The row; the note gives the ratio of CPU times too, which a loaded machine (other
    processes taking turns on the cores) changes far less than the wall times."""
    cpu = statistics.median(ours_cpu) / statistics.median(baseline_cpu)
    return {"name": name, "ours_s": round(ours, 3), "baseline_s": round(baseline, 3),
            "ratio": round(ours / baseline, 2), "goal": f"≤ {goal} ×",
            "note": f"CPU time {cpu:.2f}× the baseline's ({len(ours_cpu)} runs each)"}  # fmt: skip


def run(quick: bool = False, rows: int = 20_000, repeat: int | None = None) -> list[dict]:
    """The rows for bench/run.py (`quick`: one repeat instead of three)."""
    repeat = repeat or (1 if quick else 3)
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        os.environ.setdefault("HTX_DATA_DIR", str(workdir / "data"))
        return [bench_import(workdir, rows, repeat), bench_export(workdir, repeat)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    results = run(rows=args.rows, repeat=args.repeat)
    print(f"{'benchmark':38} {'ours (s)':>9} {'baseline (s)':>13} {'ratio':>6}  goal")
    for r in results:
        print(
            f"{r['name']:38} {r['ours_s']:9.3f} {r['baseline_s']:13.3f} {r['ratio']:6.2f}  {r['goal']}"
        )


if __name__ == "__main__":
    main()
