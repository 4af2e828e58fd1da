"""Backups from the command line: `htx backup [--out DIR]`, `htx restore [BACKUP]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core import backups
from desktop.core.errors import KnownError
from desktop.core.i18n import translate
from desktop.core.operations import maintenance
from desktop.core.text import format_int


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help=translate("Cli", "sao lưu cơ sở dữ liệu ngay"))
    add_db_argument(backup)
    backup.add_argument(
        "--out",
        metavar="THƯ-MỤC",
        help=translate(
            "Cli", "thư mục ghi bản sao (ví dụ ổ USB); mặc định: thư mục sao lưu của chương trình"
        ),
    )
    backup.set_defaults(handler=_backup)

    restore = sub.add_parser(
        "restore",
        help=translate(
            "Cli",
            "liệt kê các bản sao lưu của cơ sở dữ liệu; với BẢN-SAO: khôi phục nó (dữ liệu hiện "
            "tại được sao lưu trước)",
        ),
    )
    add_db_argument(restore)
    restore.add_argument(
        "backup",
        nargs="?",
        metavar="BẢN-SAO",
        help=translate("Cli", "số thứ tự trong danh sách hoặc đường dẫn tệp sao lưu"),
    )
    restore.add_argument(
        "--yes", action="store_true", help=translate("Cli", "khôi phục mà không hỏi lại")
    )
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(handler=_restore)


def _backup(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    path = maintenance.back_up_now(ws, Path(args.out) if args.out else None).value
    if path is None:
        sys.stdout.write(translate("Cli", "Cơ sở dữ liệu chưa có gì để sao lưu.") + "\n")
        return EXIT_OK
    sys.stdout.write(str(path) + "\n")
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    found = backups.list_backups(ws.database)
    if args.backup is None:
        if args.json:
            print_json(
                [
                    {
                        "number": n,
                        "made": b.made,
                        "reason": b.reason,
                        "size": b.size,
                        "path": str(b.path),
                    }
                    for n, b in enumerate(found, start=1)
                ]
            )
            return EXIT_OK
        if not found:
            sys.stdout.write(
                translate("Cli", "Chưa có bản sao lưu nào của cơ sở dữ liệu này.") + "\n"
            )
        for number, b in enumerate(found, start=1):
            sys.stdout.write(
                f"{number:>3}  {b.made:%d/%m/%Y %H:%M:%S}  {b.reason:<17} "
                f"{format_int(max(1, round(b.size / 1024))):>9} KB  {b.path}\n"
            )
        return EXIT_OK
    chosen = _chosen(args.backup, found)
    if not args.yes:
        sys.stderr.write(
            translate(
                "Cli",
                "Khôi phục sẽ thay toàn bộ dữ liệu hiện tại bằng {path} (dữ liệu hiện tại được "
                "sao lưu trước). Chạy lại với --yes để thực hiện.",
            ).format(path=chosen)
            + "\n"
        )
        return EXIT_FAILED
    before = maintenance.restore_backup(ws, chosen).value
    sys.stdout.write(
        translate("Cli", "Đã khôi phục từ {path}. Dữ liệu trước khi khôi phục: {before}").format(
            path=chosen, before=before
        )
        + "\n"
    )
    return EXIT_OK


def _chosen(text: str, found: list[backups.Backup]) -> Path:
    if text.isdigit():
        number = int(text)
        if not 1 <= number <= len(found):
            raise KnownError(
                translate(
                    "Cli", "Không có bản sao lưu số {n}; chạy “htx restore” để xem danh sách."
                ).format(n=number)
            )
        return found[number - 1].path
    return Path(text)
