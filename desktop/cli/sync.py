"""Sync commands: init, enroll, setup, export, import, conflicts, resolve, log, undo-import."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli.common import EXIT_FAILED, EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core import areas, settings
from desktop.core.i18n import translate
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import conflicts, enrolment, journal, merger


def register(sub: argparse._SubParsersAction) -> None:
    init = sub.add_parser(
        "init", help=translate("Cli", "thiết lập cơ sở dữ liệu cấp tỉnh (nơi tổng hợp)")
    )
    add_db_argument(init)
    init.add_argument("--role", choices=[settings.PROVINCE], default=settings.PROVINCE)
    init.add_argument("--office", required=True, help=translate("Cli", "mã đơn vị, ví dụ T44"))
    init.add_argument("--name", required=True, help=translate("Cli", "tên đơn vị"))
    init.add_argument("--area", help=translate("Cli", "mã tỉnh (tùy chọn)"))
    init.add_argument("--scheme", choices=areas.SCHEMES, default=areas.POST2025)
    init.set_defaults(handler=_init)

    enroll = sub.add_parser(
        "enroll", help=translate("Cli", "cấp tệp thiết lập cho một đơn vị (cấp tỉnh)")
    )
    add_db_argument(enroll)
    enroll.add_argument("--office", required=True)
    enroll.add_argument("--name", required=True)
    enroll.add_argument(
        "--area", required=True, help=translate("Cli", "mã địa bàn của đơn vị (huyện, tỉnh...)")
    )
    enroll.add_argument(
        "--scheme", choices=areas.SCHEMES,
        help=translate("Cli", "hệ thống địa giới (mặc định: như của cấp tỉnh)"),
    )  # fmt: skip
    enroll.add_argument(
        "--role", choices=[settings.COMMUNE, settings.DEPARTMENT, settings.DISTRICT],
        help=translate("Cli", "commune (cấp xã, mặc định), department (sở, ngành), district (cấp huyện, địa giới cũ)"),
    )  # fmt: skip
    enroll.add_argument(
        "--registry",
        help=translate(
            "Cli",
            "sở, ngành được sửa hồ sơ HTX nào: all (mọi HTX), none (không, mặc định) hoặc mã "
            "lĩnh vực cách nhau dấu phẩy (agri,trade)",
        ),
    )
    enroll.add_argument(
        "--out", required=True, help=translate("Cli", "tệp (hoặc thư mục) ghi tệp thiết lập")
    )
    enroll.set_defaults(handler=_enroll)

    setup = sub.add_parser(
        "setup", help=translate("Cli", "cài đặt đơn vị từ tệp thiết lập do tỉnh cấp")
    )
    add_db_argument(setup)
    setup.add_argument("file")
    setup.add_argument(
        "--reinstall",
        action="store_true",
        help=translate("Cli", "cài lại cho chính đơn vị này (máy mới); dữ liệu đang có được giữ"),
    )
    setup.add_argument("--json", action="store_true")
    setup.add_argument(
        "--change-role",
        action="store_true",
        help=translate("Cli", "cho phép biến dữ liệu cấp tỉnh thành đơn vị trong tệp thiết lập"),
    )
    setup.set_defaults(handler=_setup)

    export = sub.add_parser("export", help=translate("Cli", "xuất gói đồng bộ"))
    add_db_argument(export)
    export.add_argument("--out", required=True, help=translate("Cli", "thư mục ghi gói"))
    export.add_argument(
        "--full", action="store_true", help=translate("Cli", "xuất toàn bộ thay vì phần thay đổi")
    )
    export.add_argument("--to", help=translate("Cli", "mã đơn vị nhận (cấp tỉnh)"))
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=translate("Cli", "mã hóa cho đơn vị nhận (gửi qua thư điện tử)"),
    )
    export.set_defaults(handler=_export)

    imp = sub.add_parser("import", help=translate("Cli", "nhập gói đồng bộ"))
    add_db_argument(imp)
    imp.add_argument("files", nargs="+")
    imp.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "chỉ xem trước, không ghi gì")
    )
    imp.add_argument("--json", action="store_true")
    imp.add_argument(
        "--without-backup",
        action="store_true",
        help=translate(
            "Cli", "nhập cả khi không sao lưu được (PostgreSQL trên máy chưa cài pg_dump)"
        ),
    )
    imp.set_defaults(handler=_import)

    conflict = sub.add_parser("conflicts", help=translate("Cli", "liệt kê xung đột cần xử lý"))
    add_db_argument(conflict)
    conflict.add_argument("--json", action="store_true")
    conflict.set_defaults(handler=_conflicts)

    resolve = sub.add_parser(
        "resolve", help=translate("Cli", "xử lý một xung đột bằng cách ghi giá trị chọn")
    )
    add_db_argument(resolve)
    resolve.add_argument("--table", required=True)
    resolve.add_argument("--id", required=True)
    resolve.add_argument("--field", required=True)
    resolve.add_argument(
        "--value", required=True, help=translate("Cli", 'giá trị JSON (ví dụ "Tên mới", 123, true)')
    )
    resolve.set_defaults(handler=_resolve)

    log = sub.add_parser("log", help=translate("Cli", "nhật ký các gói đã xuất, nhập"))
    add_db_argument(log)
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=_log)

    undo = sub.add_parser("undo-import", help=translate("Cli", "hoàn tác lần nhập gói gần nhất"))
    add_db_argument(undo)
    undo.set_defaults(handler=_undo)


def _init(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    identity = enrolment.init_province(
        ws, code=args.office, name=args.name, scheme=args.scheme, area_code=args.area
    )
    sys.stdout.write(
        translate("Cli", "Đã thiết lập cấp tỉnh: {name} ({code}).").format(
            name=identity.office_name, code=identity.office_code
        )
        + "\n"
    )
    return EXIT_OK


def _enroll(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    path = sync_operations.enroll_office(
        ws, code=args.office, name=args.name, area_code=args.area, out=Path(args.out),
        role=args.role, scheme=args.scheme, registry_access=args.registry,
    ).value  # fmt: skip
    sys.stdout.write(str(path) + "\n")
    return EXIT_OK


def _setup(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    report = sync_operations.install_setup(
        ws, Path(args.file), change_role=args.change_role, reinstall=args.reinstall
    ).value
    if args.json:
        print_json(report.to_json())
    else:
        identity = ws.require_identity()
        sys.stdout.write(
            translate("Cli", "Đã cài đặt đơn vị {name} ({code}); nhận {n} bản ghi ban đầu.").format(
                name=identity.office_name, code=identity.office_code, n=report.counts["new"]
            ) + "\n"
        )  # fmt: skip
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    results = sync_operations.export_packages(
        ws, Path(args.out), to=args.to, full=args.full, encrypt=args.encrypt
    ).value
    for result in results:
        sys.stdout.write(str(result.path) + "\n")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    reports = []
    for name in args.files:
        done = sync_operations.import_package(
            ws, Path(name), dry_run=args.dry_run, without_backup=args.without_backup
        )
        reports.append(done.value)
    if args.json:
        data = [r.to_json() for r in reports]
        print_json(data[0] if len(data) == 1 else data)
    else:
        for report in reports:
            counts = report.counts
            sys.stdout.write(
                translate("Cli", "{file}: {status} – mới {new}, sửa {changed}, xóa {deleted}, xung đột {conflicts}, từ chối {refused}").format(
                    file=report.file, status=report.status, **{k: counts[k] for k in ("new", "changed", "deleted", "conflicts", "refused")}
                ) + "\n"
            )  # fmt: skip
            for line in report.errors + report.warnings:
                sys.stdout.write(f"  {line}\n")
    return EXIT_FAILED if any(r.status == merger.REFUSED for r in reports) else EXIT_OK


def _conflicts(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws.reading() as conn:
        found = conflicts.list_conflicts(conn)
    if args.json:
        print_json(found)
    else:
        for item in found:
            others = "; ".join(f"{o['value']} ({o['office']})" for o in item["others"])
            current = item["current"] or {}
            sys.stdout.write(
                f"{item['label']} – {item['field']}: {current.get('value')} ({current.get('office')}) ≠ {others}\n"
            )
    return EXIT_OK


def _resolve(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    try:
        value = json.loads(args.value)
    except ValueError:
        value = args.value
    sync_operations.resolve_conflict(ws, args.table, args.id, args.field, value)
    sys.stdout.write(
        translate("Cli", "Đã ghi giá trị chọn; thay đổi sẽ đi theo gói đồng bộ kế tiếp.") + "\n"
    )
    return EXIT_OK


def _log(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    identity = ws.require_identity()
    with ws.reading() as conn:
        entries = journal.entries(conn)
        gaps = journal.missing_sequences(conn, identity)
        warnings = journal.gap_warnings(conn, identity)
    if args.json:
        print_json({"entries": entries, "gaps": gaps, "warnings": warnings})
    else:
        for e in entries:
            sys.stdout.write(
                f"{e['processed_at']:%d/%m/%Y %H:%M} {e['direction']} {e['file_name']} {e['source_office']}→{e['destination_office'] or ''} #{e['sequence']} {e['status']}\n"
            )
        for line in warnings:
            sys.stdout.write(line + "\n")
    return EXIT_OK


def _undo(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    done = sync_operations.undo_last_import(ws).value
    sys.stdout.write(
        translate("Cli", "Đã hoàn tác lần nhập gói {file} ({n} bản ghi).").format(
            file=done["file"], n=done["records"]
        )
        + "\n"
    )
    return EXIT_OK
