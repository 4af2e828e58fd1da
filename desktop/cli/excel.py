"""`htx excel-import`, `htx excel-export`, `htx excel-template`: Excel lists and reports."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core.i18n import translate

WHAT = ("coops", "indicators", "summary", "tasks")


def register(sub: argparse._SubParsersAction) -> None:
    importing = sub.add_parser(
        "excel-import",
        help=translate("Cli", "nhập danh sách hợp tác xã từ tệp Excel (.xlsx, .xls)"),
        description=translate(
            "Cli",
            "Tự tìm dòng tiêu đề và ghép cột; khớp hợp tác xã đã có theo mã số (sửa các trường "
            "thay đổi), thêm mới các dòng còn lại. Dòng có lỗi được bỏ qua và liệt kê; phần còn "
            "lại ghi trong một giao dịch.",
        ),
    )
    add_db_argument(importing)
    importing.add_argument("file", metavar="TỆP")
    importing.add_argument(
        "--sheet", metavar="TÊN", help=translate("Cli", "trang tính (mặc định: trang đầu)")
    )
    importing.add_argument(
        "--year", type=int, metavar="NĂM",
        help=translate("Cli", "năm của các cột số liệu không ghi năm trong tiêu đề"),
    )  # fmt: skip
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "chỉ xem trước, không ghi gì")
    )
    importing.add_argument(
        "--json", action="store_true", help=translate("Cli", "in báo cáo dạng JSON")
    )
    importing.add_argument(
        "--map", action="append", default=[], metavar="CỘT=trường",
        help=translate("Cli", "chọn trường cho một cột, ví dụ --map C=name, --map H=revenue:2024, --map E=-"),
    )  # fmt: skip
    importing.add_argument(
        "--without-backup",
        action="store_true",
        help=translate(
            "Cli", "nhập cả khi không sao lưu được (PostgreSQL trên máy chưa cài pg_dump)"
        ),
    )
    importing.set_defaults(handler=_import)

    exporting = sub.add_parser(
        "excel-export", help=translate("Cli", "xuất danh sách, chỉ tiêu, báo cáo ra Excel")
    )
    add_db_argument(exporting)
    exporting.add_argument(
        "--out", required=True, metavar="TỆP", help=translate("Cli", "tệp .xlsx cần ghi")
    )
    exporting.add_argument(
        "--what", choices=WHAT, default="coops",
        help=translate("Cli", "coops: danh sách HTX; indicators: chỉ tiêu hằng năm; summary: bảng tổng hợp "
                "theo địa bàn và lĩnh vực; tasks: tiến độ nhiệm vụ theo đơn vị"),
    )  # fmt: skip
    exporting.add_argument(
        "--year", type=int, metavar="NĂM",
        help=translate("Cli", "năm số liệu (mặc định: năm gần nhất có số liệu)"),
    )  # fmt: skip
    exporting.add_argument(
        "--area", metavar="MÃ",
        help=translate("Cli", "bảng tổng hợp của một địa bàn (mã tỉnh, huyện hoặc xã)"),
    )  # fmt: skip
    exporting.add_argument(
        "--old-districts", action="store_true",
        help=translate("Cli", "bảng tổng hợp theo huyện cũ (trước 01/07/2025) thay vì xã, phường mới"),
    )  # fmt: skip
    exporting.set_defaults(handler=_export)

    template = sub.add_parser(
        "excel-template", help=translate("Cli", "ghi mẫu Excel trống để nhập danh sách")
    )
    add_db_argument(template)
    template.add_argument("--out", required=True, metavar="TỆP")
    template.set_defaults(handler=_template)


def _import(args: argparse.Namespace) -> int:
    from desktop.core.excel.importer import skip_reason_text
    from desktop.core.operations import excel as excel_operations

    started = time.perf_counter()
    ws = open_workspace(args)
    plan = excel_operations.import_path(
        ws, args.file, sheet_name=args.sheet, year=args.year, dry_run=args.dry_run,
        overrides=args.map, without_backup=args.without_backup,
    ).value  # fmt: skip
    report = plan.report()
    report["dry_run"] = bool(args.dry_run)
    report["seconds"] = round(time.perf_counter() - started, 3)
    if args.json:
        print_json(report)
        return EXIT_OK
    out = sys.stdout
    out.write(
        (translate("Cli", "Xem trước (chưa ghi gì): ") if args.dry_run else translate("Cli", "Đã nhập: "))
        + translate("Cli", "{created} thêm mới, {updated} cập nhật, {unchanged} không đổi, {skipped} bỏ qua, "
             "{errors} dòng có lỗi.").format(
            created=report["created"], updated=report["updated"],
            unchanged=report["unchanged"], skipped=report["skipped"],
            errors=report["error_rows"])
        + "\n"
    )  # fmt: skip
    for problem in plan.problems:
        where = translate("Cli", "Dòng {row}").format(row=problem.row)
        if problem.column:
            where += translate("Cli", ", cột {column} ({header})").format(
                column=problem.column, header=problem.header
            )
        out.write(f"{where}: {problem.message}\n")
    for row, reason in plan.skipped:
        if reason != "blank":
            out.write(translate("Cli", "Dòng {row}: bỏ qua – {reason}.").format(
                row=row, reason=skip_reason_text(reason).lower()) + "\n")  # fmt: skip
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from desktop.core.excel import export, summary, task_progress

    ws = open_workspace(args)
    identity = ws.ensure_identity()
    with ws.reading() as conn:
        if args.what == "coops":
            path, rows = export.export_cooperatives(conn, identity, args.out)
            message = translate("Cli", "Đã xuất {n} hợp tác xã vào {path}.")
        elif args.what == "indicators":
            path, rows = export.export_indicators(conn, identity, args.out, year=args.year)
            message = translate("Cli", "Đã xuất {n} dòng chỉ tiêu vào {path}.")
        elif args.what == "summary":
            from desktop.core.reports.scope import parse_area

            area = parse_area(identity, args.area)
            path, year = summary.export_summary(conn, identity, args.out, year=args.year,
                                                area=area, old_districts=args.old_districts)  # fmt: skip
            rows = year or 0
            message = translate("Cli", "Đã xuất bảng tổng hợp năm {n} vào {path}.")
        else:
            path, rows = task_progress.export_tasks(conn, identity, args.out)
            message = translate("Cli", "Đã xuất tiến độ của {n} đơn vị vào {path}.")
    sys.stdout.write(message.format(n=rows, path=path) + "\n")
    return EXIT_OK


def _template(args: argparse.Namespace) -> int:
    from desktop.core.excel import export

    ws = open_workspace(args)
    path = export.export_template(args.out, ws.identity)
    sys.stdout.write(translate("Cli", "Đã ghi mẫu nhập vào {path}.").format(path=path) + "\n")
    return EXIT_OK
