"""The `htx` command: the same jobs as the window, for scripts and batch work.

With no arguments it opens the window. Each group of subcommands lives in its own module and
registers itself here.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.core.i18n import translate
from desktop.core.logs import setup_logging


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `commands=False` knows `gui` only (opening the window does
    not wait for the other commands' modules to load)."""
    parser = argparse.ArgumentParser(
        prog="htx",
        description=translate(
            "Cli", "HTX Desktop: quản lý hợp tác xã và tiến độ nhiệm vụ, đồng bộ bằng gói tệp."
        ),
    )
    parser.add_argument("--version", action="version", version=f"HTX Desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    gui = sub.add_parser("gui", help=translate("Cli", "mở cửa sổ chương trình (mặc định)"))
    gui.add_argument("--db", help=translate("Cli", "đường dẫn tệp CSDL hoặc URL PostgreSQL"))
    gui.add_argument("files", nargs="*", help=translate("Cli", "gói đồng bộ cần nhập"))
    gui.set_defaults(handler=_gui)
    if commands:
        from desktop.cli import approval, areas, backup, coop, demo, excel, report, sync, tasks

        for module in (coop, demo, sync, tasks, excel, backup, report, areas, approval):
            module.register(sub)
    return parser


def _gui(args: argparse.Namespace) -> int:
    from desktop.core import first_look

    first_look.preload()  # before Qt (see there)
    from desktop.ui.app import run

    return run(db=args.db, files=args.files)


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    setup_logging()
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        argv = ["gui"]
    args = build_parser(commands=argv[0] != "gui").parse_args(argv)
    if not getattr(args, "handler", None):
        build_parser().print_help()
        return 2
    logging.getLogger(__name__).info("htx %s", " ".join(argv))
    from desktop.cli.common import run_guarded

    return run_guarded(args.handler, args)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])
