"""`htx areas`: moving the registry to the post-2025 units, and the old district offices."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core import area_conversion, areas
from desktop.core.i18n import translate
from desktop.core.operations import areas as area_operations
from desktop.core.text import format_int


def register(sub: argparse._SubParsersAction) -> None:
    register_merge(sub)
    group = sub.add_parser(
        "areas", help=translate("Cli", "địa giới hành chính: chuyển sang địa giới mới (cấp tỉnh)")
    )
    inner = group.add_subparsers(dest="areas_command", metavar="LỆNH", required=True)

    convert = inner.add_parser(
        "convert", help=translate("Cli", "chuyển mọi hợp tác xã sang mã địa giới từ 01/07/2025")
    )
    add_db_argument(convert)
    convert.add_argument("--to", choices=[areas.POST2025], default=areas.POST2025)
    convert.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "chỉ xem trước, không ghi gì")
    )
    convert.add_argument("--json", action="store_true")
    convert.set_defaults(handler=_convert)

    choose = inner.add_parser(
        "choose", help=translate("Cli", "chọn xã, phường mới cho hợp tác xã ở xã cũ bị chia tách")
    )
    add_db_argument(choose)
    choose.add_argument("code", help=translate("Cli", "mã số HTX"))
    choose.add_argument("new_area_code", help=translate("Cli", "mã xã, phường mới"))
    choose.add_argument("--json", action="store_true")
    choose.set_defaults(handler=_choose)

    office = inner.add_parser(
        "office",
        help=translate("Cli", "chuyển đơn vị cấp huyện cũ thành đơn vị cấp xã, hoặc cho dừng"),
    )
    add_db_argument(office)
    office.add_argument("code", nargs="?", help=translate("Cli", "mã đơn vị cấp huyện cũ"))
    office.add_argument("--commune", help=translate("Cli", "mã xã, phường mới mà đơn vị đảm nhận"))
    office.add_argument("--name", help=translate("Cli", "tên mới của đơn vị (tùy chọn)"))
    office.add_argument(
        "--retire", action="store_true", help=translate("Cli", "cho đơn vị dừng gửi, nhận gói")
    )
    office.add_argument(
        "--successors",
        default="",
        help=translate("Cli", "mã các đơn vị tiếp nhận, cách nhau dấu phẩy"),
    )
    office.add_argument("--json", action="store_true")
    office.set_defaults(handler=_office)


def register_merge(sub: argparse._SubParsersAction) -> None:
    merge = sub.add_parser(
        "merge-master",
        help=translate("Cli", "hợp nhất toàn bộ dữ liệu của một cấp tỉnh khác vào cấp tỉnh này"),
    )
    add_db_argument(merge)
    merge.add_argument("other", help=translate("Cli", "tệp CSDL (hoặc URL) của cấp tỉnh kia"))
    merge.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "chỉ xem trước, không ghi gì")
    )
    merge.add_argument("--json", action="store_true")
    merge.set_defaults(handler=_merge)


def _merge(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    report = area_operations.merge_master(ws, args.other, dry_run=args.dry_run).value
    if args.json:
        print_json(report.to_json())
    else:
        counts = report.counts
        sys.stdout.write(
            translate(
                "Cli", "{status}: {new} bản ghi mới, {changed} thay đổi, {conflicts} xung đột, "
                "{refused} bị từ chối.",
            ).format(status=report.status, new=format_int(counts["new"]),
                     changed=format_int(counts["changed"]), conflicts=format_int(counts["conflicts"]),
                     refused=format_int(counts["refused"])) + "\n"
        )  # fmt: skip
        for error in report.errors:
            sys.stdout.write(error + "\n")
    return EXIT_OK if report.status in ("applied", "dry_run") else 1


def _convert(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws.reading() as conn:
        # Nothing left on the old scheme: say so, and write nothing (no backup either).
        done_before = area_conversion.already_converted(conn, ws.require_identity())
    dry_run = args.dry_run or done_before is not None
    result = area_operations.convert(ws, dry_run=dry_run).value
    if args.json:
        print_json({**result.to_json(), "already_converted": done_before})
        return EXIT_OK
    if done_before is not None:
        sys.stdout.write(done_before + "\n")
    head = (
        translate("Cli", "Xem trước (chưa ghi gì):")
        if dry_run
        else translate("Cli", "Đã chuyển sang địa giới mới:")
    )
    sys.stdout.write(
        translate(
            "Cli",
            "{head} {converted} hợp tác xã chuyển thẳng, {choice} cần chọn xã mới, {same} đã "
            "dùng địa giới mới ({seconds:.1f} giây).",
        ).format(
            head=head, converted=format_int(len(result.converted)),
            choice=format_int(len(result.needs_choice)), same=format_int(len(result.unchanged)),
            seconds=result.seconds,
        ) + "\n"
    )  # fmt: skip
    for item in result.needs_choice:
        options = "; ".join(f"{c.code} {c.name}" for c in item.candidates)
        sys.stdout.write(
            f"  {item.registration_code}  {item.name} — {item.old_name}"
            f"{' — ' + item.address if item.address else ''}\n      → {options}\n"
        )
    if result.needs_choice:
        sys.stdout.write(translate("Cli", "Chọn bằng: htx areas choose MÃ-SỐ-HTX MÃ-XÃ-MỚI") + "\n")
    return EXIT_OK


def _choose(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    item = area_operations.choose(ws, args.code, args.new_area_code).value
    if args.json:
        print_json(item.to_json())
    else:
        sys.stdout.write(
            translate("Cli", "Đã chuyển “{name}”: {old} → {new}.").format(
                name=item.name, old=item.old_name, new=item.new_name
            ) + "\n"
        )  # fmt: skip
    return EXIT_OK


def _office(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    ws.require_identity()
    if not args.code:
        with ws.reading() as conn:
            listed = area_conversion.old_offices(conn)
        if args.json:
            print_json([
                {"code": o.code, "name": o.name, "area_code": o.area_code, "area_name": o.area_name,
                 "retired": o.retired, "successors": [c.to_json() for c in o.successors]}
                for o in listed
            ])  # fmt: skip
            return EXIT_OK
        for o in listed:
            state = translate("Cli", " (đã dừng)") if o.retired else ""
            sys.stdout.write(f"{o.code}  {o.name} — {o.area_name}{state}\n")
            sys.stdout.write(
                "    → " + "; ".join(f"{c.code} {c.name}" for c in o.successors) + "\n"
            )
        return EXIT_OK
    if bool(args.commune) == bool(args.retire):
        from desktop.core.errors import ValidationError

        raise ValidationError(
            {
                "office": translate(
                    "Cli", "Hãy cho biết --commune MÃ-XÃ hoặc --retire (một trong hai)."
                )
            }
        )
    if args.commune:
        row = area_operations.map_office(ws, args.code, args.commune, args.name).value
        message = translate("Cli", "Đơn vị {code} nay là đơn vị cấp xã của {area}.").format(
            code=row["code"], area=areas.full_name(areas.POST2025, row["area_code"])
        )
    else:
        row = area_operations.retire_office(ws, args.code, args.successors.split(",")).value
        message = translate(
            "Cli", "Đơn vị {code} đã dừng; gói cuối cùng của đơn vị vẫn được nhận."
        ).format(code=row["code"])
    if args.json:
        print_json({k: row[k] for k in ("code", "name", "role", "area_scheme", "area_code",
                                        "retired", "successors")})  # fmt: skip
    else:
        sys.stdout.write(message + "\n")
    return EXIT_OK
