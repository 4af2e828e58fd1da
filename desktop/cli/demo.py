"""`htx demo`: fill a database with deterministic, realistic data."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace
from desktop.core import demo
from desktop.core.i18n import translate
from desktop.core.operations import maintenance


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("demo", help=translate("Cli", "tạo dữ liệu mẫu"))
    add_db_argument(parser)
    parser.add_argument("--scale", choices=sorted(demo.SCALES), default="province")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--scheme", choices=demo.SCHEMES,
        help=translate(
            "Cli", "địa giới: post2025 (từ 01/07/2025, mặc định) hoặc pre2025 (mặc định: như đơn vị đã thiết lập)"
        ),
    )  # fmt: skip
    parser.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    ws = open_workspace(args)
    counts = maintenance.generate_demo(ws, args.scale, args.seed, scheme=args.scheme).value
    elapsed = time.perf_counter() - started
    summary = ", ".join(f"{name}: {n:,}".replace(",", ".") for name, n in counts.items())
    sys.stdout.write(
        translate("Cli", "Đã tạo dữ liệu mẫu ({summary}) trong {seconds:.1f} giây.").format(
            summary=summary, seconds=elapsed
        )
        + "\n"
    )
    return EXIT_OK
