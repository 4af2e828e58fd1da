"""`htx tasks ...`: the sample directive, task lists with statuses, progress reports, extensions."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace, print_json
from desktop.core.errors import KnownError, ValidationError
from desktop.core.i18n import translate
from desktop.core.operations import tasks as task_operations
from desktop.core.tasks import board, editing, periods
from desktop.core.text import format_date, parse_date


def _day(text: str) -> date:
    try:
        value = parse_date(text)
    except ValueError:
        value = None
    if value is None:
        raise argparse.ArgumentTypeError(
            translate("Cli", "“{text}” không phải ngày (dạng ngày/tháng/năm).").format(text=text)
        )
    return value


def register(sub: argparse._SubParsersAction) -> None:
    tasks = sub.add_parser(
        "tasks", help=translate("Cli", "văn bản chỉ đạo, nhiệm vụ và báo cáo tiến độ")
    )
    actions = tasks.add_subparsers(dest="action", metavar="VIỆC", required=True)

    load = actions.add_parser("sample", help=translate("Cli", "nạp chỉ thị mẫu (cấp tỉnh)"))
    add_db_argument(load)
    load.add_argument("--json", action="store_true", help=translate("Cli", "in kết quả dạng JSON"))
    load.set_defaults(handler=_sample)

    listing = actions.add_parser(
        "list",
        help=translate("Cli", "liệt kê nhiệm vụ, đơn vị được giao, báo cáo mới nhất và trạng thái"),
    )
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    listing.add_argument(
        "--directive", help=translate("Cli", "chỉ văn bản này (mã hoặc số ký hiệu)")
    )
    listing.add_argument(
        "--office", help=translate("Cli", "chỉ nhiệm vụ giao cho đơn vị này (mã đơn vị)")
    )
    listing.add_argument(
        "--mine", action="store_true", help=translate("Cli", "chỉ nhiệm vụ giao cho đơn vị mình")
    )
    listing.add_argument(
        "--status",
        choices=sorted(board.status_filter_choices()),
        help=translate("Cli", "chỉ nhiệm vụ có đơn vị ở trạng thái này"),
    )
    listing.add_argument(
        "--today",
        type=_day,
        help=translate("Cli", "tính trạng thái tại ngày này (mặc định: hôm nay)"),
    )
    listing.set_defaults(handler=_list)

    report = actions.add_parser("report", help=translate("Cli", "báo cáo tiến độ một nhiệm vụ"))
    add_db_argument(report)
    report.add_argument(
        "--task",
        required=True,
        help=translate("Cli", "mã nhiệm vụ, hoặc số thứ tự nhiệm vụ trong văn bản (ví dụ 3)"),
    )
    report.add_argument(
        "--directive", help=translate("Cli", "văn bản chứa nhiệm vụ (khi có nhiều văn bản)")
    )
    report.add_argument(
        "--period",
        help=translate("Cli", "kỳ báo cáo: 2026, 2026-H1, 2026-Q3, 2026-11, hoặc để trống với nhiệm vụ một lần; "
                 "mặc định: kỳ đang đến hạn"),
    )  # fmt: skip
    report.add_argument(
        "--status",
        required=True,
        help=translate("Cli", "not_started | in_progress | done (hoặc tiếng Việt)"),
    )
    report.add_argument("--percent", help=translate("Cli", "tỷ lệ hoàn thành, 0–100"))
    report.add_argument("--text", default=None, help=translate("Cli", "kết quả đã thực hiện"))
    report.add_argument(
        "--date", type=_day, help=translate("Cli", "ngày báo cáo (mặc định: hôm nay)")
    )
    report.add_argument("--document", help=translate("Cli", "số văn bản báo cáo"))
    report.add_argument("--difficulties", help=translate("Cli", "khó khăn, vướng mắc"))
    report.add_argument("--proposals", help=translate("Cli", "kiến nghị, đề xuất"))
    report.add_argument(
        "--office",
        help=translate(
            "Cli", "cấp tỉnh nhập thay cho đơn vị này (mã đơn vị); mặc định: đơn vị mình"
        ),
    )
    report.set_defaults(handler=_report)

    extend = actions.add_parser("extend", help=translate("Cli", "gia hạn nhiệm vụ (cấp tỉnh)"))
    add_db_argument(extend)
    extend.add_argument(
        "--task", required=True, help=translate("Cli", "mã hoặc số thứ tự nhiệm vụ")
    )
    extend.add_argument("--directive", help=translate("Cli", "văn bản chứa nhiệm vụ"))
    extend.add_argument(
        "--deadline", required=True, type=_day, help=translate("Cli", "thời hạn mới")
    )
    extend.set_defaults(handler=_extend)

    directive = actions.add_parser(
        "directive-add", help=translate("Cli", "thêm văn bản chỉ đạo (cấp tỉnh)")
    )
    add_db_argument(directive)
    directive.add_argument(
        "--number", required=True, help=translate("Cli", "số, ký hiệu, ví dụ 12/CT-UBND")
    )
    directive.add_argument("--title", required=True, help=translate("Cli", "trích yếu"))
    directive.add_argument("--issued-on", type=_day, help=translate("Cli", "ngày ban hành"))
    directive.add_argument("--issuer", help=translate("Cli", "cơ quan ban hành"))
    directive.add_argument("--summary", help=translate("Cli", "tóm tắt nội dung"))
    directive.set_defaults(handler=_directive_add)

    task = actions.add_parser(
        "add", help=translate("Cli", "thêm nhiệm vụ vào một văn bản và giao cho đơn vị (cấp tỉnh)")
    )
    add_db_argument(task)
    task.add_argument(
        "--directive", required=True, help=translate("Cli", "văn bản (mã hoặc số ký hiệu)")
    )
    task.add_argument("--title", required=True, help=translate("Cli", "tên nhiệm vụ"))
    task.add_argument("--content", help=translate("Cli", "nội dung nhiệm vụ"))
    task.add_argument(
        "--cycle",
        help=translate(
            "Cli", "chu kỳ báo cáo: once, yearly, half, quarter, month (hoặc tiếng Việt)"
        ),
    )
    task.add_argument("--deadline", type=_day, help=translate("Cli", "thời hạn (nhiệm vụ một lần)"))
    task.add_argument("--position", type=int, help=translate("Cli", "số thứ tự trong văn bản"))
    _unit_arguments(task)
    task.set_defaults(handler=_task_add)

    assign = actions.add_parser(
        "assign", help=translate("Cli", "giao lại nhiệm vụ cho các đơn vị (cấp tỉnh)")
    )
    add_db_argument(assign)
    assign.add_argument(
        "--task", required=True, help=translate("Cli", "mã hoặc số thứ tự nhiệm vụ")
    )
    assign.add_argument("--directive", help=translate("Cli", "văn bản chứa nhiệm vụ"))
    _unit_arguments(assign)
    assign.set_defaults(handler=_assign)


def _unit_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lead",
        action="append",
        default=[],
        help=translate("Cli", "mã đơn vị chủ trì (nhắc lại hoặc cách nhau bằng dấu phẩy)"),
    )
    parser.add_argument(
        "--support",
        action="append",
        default=[],
        help=translate("Cli", "mã đơn vị phối hợp (nhắc lại hoặc cách nhau bằng dấu phẩy)"),
    )


def _units(args: argparse.Namespace) -> list[tuple[str, str]]:
    pairs = []
    for role, values in ((editing.LEAD, args.lead), (editing.SUPPORT, args.support)):
        for value in values:
            pairs += [(code.strip(), role) for code in value.split(",") if code.strip()]
    return pairs


def _directive_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    values = {"number": args.number, "title": args.title, "issued_on": args.issued_on,
              "issuer": args.issuer, "summary": args.summary}  # fmt: skip
    directive_id = task_operations.save_directive(ws, None, values).value
    sys.stdout.write(
        translate("Cli", "Đã thêm văn bản {number}.").format(number=args.number) + "\n"
    )
    sys.stdout.write(directive_id + "\n")
    return EXIT_OK


def _task_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    values = {"title": args.title, "content": args.content, "cycle": args.cycle,
              "deadline": args.deadline, "position": args.position}  # fmt: skip
    task = task_operations.add_task_to(
        ws, args.directive, {k: v for k, v in values.items() if v is not None}, _units(args)
    ).value
    sys.stdout.write(
        translate("Cli", "Đã thêm nhiệm vụ {n} “{title}”, giao cho {units} đơn vị.").format(
            n=task["position"], title=task["title"], units=len(task["assignments"])
        )
        + "\n"
    )
    sys.stdout.write(task["id"] + "\n")
    return EXIT_OK


def _assign(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    task = task_operations.assign_task(ws, args.task, args.directive, _units(args)).value
    roles = editing.role_labels()
    sys.stdout.write(
        translate("Cli", "Nhiệm vụ {n} giao cho: {units}.").format(
            n=task["position"],
            units=", ".join(
                f"{a.get('office_name') or a['office_code']} ({roles.get(a['role'], a['role'])})"
                for a in task["assignments"]
            )
            or translate("Cli", "không đơn vị nào"),
        )
        + "\n"
    )
    return EXIT_OK


def _sample(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    result = task_operations.load_sample(ws).value
    if args.json:
        print_json(result)
    else:
        sys.stdout.write(
            translate(
                "Cli",
                "Đã nạp chỉ thị mẫu: {tasks} nhiệm vụ, {assignments} lượt giao cho đơn vị; "
                "thêm {offices} đơn vị mới.",
            ).format(
                tasks=result["tasks"],
                assignments=result["assignments"],
                offices=len(result["offices_created"]),
            )
            + "\n"
        )
    return EXIT_OK


def _directive_id(conn, key: str | None) -> str | None:
    if not key:
        return None
    for row in board.directives(conn):
        if key in (row["id"], row["number"]):
            return row["id"]
    raise KnownError(translate("Cli", "Không tìm thấy văn bản “{key}”.").format(key=key))


def _list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    today = args.today or date.today()
    office = args.office
    if args.mine:
        office = ws.require_identity().office_code
    with ws.reading() as conn:
        data = board.tasks_json(
            conn,
            today,
            directive_id=_directive_id(conn, args.directive),
            office_code=office,
            status=args.status,
        )
    if args.json:
        print_json(data)
        return EXIT_OK
    for task in data:
        due = task["deadline"] and format_date(date.fromisoformat(task["deadline"]))
        sys.stdout.write(
            f"{task['directive']['number']} – {task['position']}. {task['title']}\n"
            f"    {task['cycle_label']}{' – ' + translate('Cli', 'hạn') + ' ' + due if due else ''}"
            f" – {task['status_label'] or ''}\n"
        )
        for a in task["assignments"]:
            if office and a["office_code"] != office:
                continue
            latest = a["latest_report"]
            last = (
                f"{latest['period_label']}: {latest['percent']}% "
                f"({format_date(date.fromisoformat(latest['reported_on']))})"
                if latest
                else translate("Cli", "chưa có báo cáo")
            )
            sys.stdout.write(
                f"    [{a['role_label']}] {a['office_name']} ({a['office_code']}): "
                f"{a['status_label']} – {last}\n"
            )
    return EXIT_OK


def _report(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    identity = ws.ensure_identity()
    today = date.today()
    office = (args.office or identity.office_code).strip().upper()
    values = {
        "period": args.period,
        "status": args.status,
        "percent": args.percent,
        "content": args.text,
        "reported_on": args.date,
        "document_number": args.document,
        "difficulties": args.difficulties,
        "proposals": args.proposals,
    }
    try:
        done = task_operations.report_on_task(
            ws, args.task, args.directive, office, values, today=today
        )
    except ValidationError as exc:
        labels = {"content": "--text", "reported_on": "--date", "document_number": "--document"}
        raise ValidationError(
            {f"--{labels.get(k, k).removeprefix('--')}": v for k, v in exc.errors.items()}
        ) from exc
    report_id, period, task = done.value
    sys.stdout.write(
        translate("Cli", "Đã ghi báo cáo {period} cho nhiệm vụ {n} ({office}).").format(
            period=periods.label(periods.parse(period)), n=task["position"], office=office
        )
        + "\n"
    )
    sys.stdout.write(report_id + "\n")
    return EXIT_OK


def _extend(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    changes = task_operations.extend_task_deadline(
        ws, args.task, args.directive, args.deadline
    ).value
    sys.stdout.write(
        translate("Cli", "Đã gia hạn đến {new} (lần {n}; thời hạn trước: {old}).").format(
            new=format_date(changes["deadline"]),
            n=changes["extensions"],
            old=format_date(changes["previous_deadline"]),
        )
        + "\n"
    )
    return EXIT_OK
