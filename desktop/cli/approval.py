"""`htx submit / approve / return / reopen / status`: sign-off of figures (issue 10)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core import approvals
from desktop.core.i18n import translate
from desktop.core.operations import approvals as approval_operations
from desktop.core.tasks import periods
from desktop.core.text import format_date


def register(sub: argparse._SubParsersAction) -> None:
    submit = sub.add_parser(
        "submit", help=translate("Cli", "gửi số liệu của đơn vị lên cấp tỉnh để duyệt")
    )
    _common(submit)
    submit.add_argument("--note", help=translate("Cli", "ghi chú gửi kèm"))
    submit.set_defaults(handler=_submit)

    for name, decision, text in (
        ("approve", approvals.APPROVE, translate("Cli", "cấp tỉnh duyệt số liệu của một đơn vị")),
        ("return", approvals.RETURN,
         translate("Cli", "cấp tỉnh trả lại số liệu của một đơn vị, kèm ý kiến")),
        ("reopen", approvals.REOPEN, translate("Cli", "cấp tỉnh mở lại số liệu đã duyệt để sửa")),
    ):  # fmt: skip
        parser = sub.add_parser(name, help=text)
        _common(parser)
        parser.add_argument(
            "--office", required=True, help=translate("Cli", "mã đơn vị cấp dưới, ví dụ H457")
        )
        parser.add_argument(
            "--comment",
            required=decision == approvals.RETURN,
            help=translate("Cli", "ý kiến của cấp tỉnh (bắt buộc khi trả lại)"),
        )
        parser.set_defaults(handler=_decide, decision=decision)

    status = sub.add_parser(
        "status", help=translate("Cli", "trạng thái duyệt số liệu của các đơn vị trong một kỳ")
    )
    _common(status)
    status.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    status.set_defaults(handler=_status)


def _common(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument(
        "--period",
        required=True,
        help=translate(
            "Cli",
            "kỳ: năm (2026: số liệu hợp tác xã và báo cáo cả năm) hoặc nửa năm (2026-H1, 2026-H2)",
        ),
    )


def _print(status: approvals.Status) -> None:
    sys.stdout.write(
        translate("Cli", "{office}: {period} – {state}.").format(
            office=status.office_name,
            period=periods.label(status.period),
            state=status.state_label,
        )
        + "\n"
    )


def _submit(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    _print(approval_operations.submit(ws, args.period, args.note).value)
    return EXIT_OK


def _decide(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    done = approval_operations.decide(ws, args.office, args.period, args.decision, args.comment)
    _print(done.value)
    return EXIT_OK


def _status(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    found = approval_operations.statuses(ws, args.period)
    if args.json:
        print_json([s.to_json() for s in found])
        return EXIT_OK
    for s in found:
        line = f"{s.office_code:<10} {s.office_name:<40} {s.state_label}"
        if s.at:
            line += f" ({s.by}, {format_date(_day(s.at))})"
        if s.changed_since:
            line += " – " + translate("Cli", "số liệu đã thay đổi sau khi duyệt")
        if s.comment:
            line += f"\n           {translate('Cli', 'Ý kiến')}: {s.comment}"
        sys.stdout.write(line + "\n")
    return EXIT_OK


def _day(text: str) -> date:
    return date.fromisoformat(text[:10])
