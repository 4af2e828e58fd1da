"""`htx coop ...`: list, show, add and correct cooperatives."""

from __future__ import annotations

import argparse
import sys

from desktop.cli.common import (
    EXIT_OK,
    add_db_argument,
    open_workspace,
    parse_assignments,
    print_json,
)
from desktop.core import registry
from desktop.core.i18n import translate
from desktop.core.operations import cooperatives
from desktop.core.text import format_date


def register(sub: argparse._SubParsersAction) -> None:
    coop = sub.add_parser("coop", help=translate("Cli", "danh bạ hợp tác xã"))
    actions = coop.add_subparsers(dest="action", metavar="VIỆC", required=True)

    listing = actions.add_parser("list", help=translate("Cli", "liệt kê hợp tác xã"))
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help=translate("Cli", "in dạng JSON"))
    listing.add_argument(
        "--search",
        help=translate(
            "Cli", "tìm theo từ khóa như trong cửa sổ (không phân biệt dấu, khớp nhất trước)"
        ),
    )
    listing.add_argument(
        "--deleted", action="store_true", help=translate("Cli", "chỉ bản ghi đã xóa")
    )
    listing.set_defaults(handler=_list)

    show = actions.add_parser("show", help=translate("Cli", "xem một hợp tác xã và lịch sử"))
    add_db_argument(show)
    show.add_argument("code", help=translate("Cli", "mã số HTX hoặc mã định danh"))
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_show)

    add = actions.add_parser("add", help=translate("Cli", "thêm hợp tác xã: trường=giá_trị ..."))
    add_db_argument(add)
    add.add_argument("fields", nargs="+", metavar="trường=giá_trị")
    add.add_argument("--year", type=int, help=translate("Cli", "các chỉ tiêu thuộc năm này"))
    add.set_defaults(handler=_add)

    set_ = actions.add_parser("set", help=translate("Cli", "sửa hợp tác xã: MÃ trường=giá_trị ..."))
    add_db_argument(set_)
    set_.add_argument("code")
    set_.add_argument("fields", nargs="+", metavar="trường=giá_trị")
    set_.add_argument("--year", type=int, help=translate("Cli", "sửa chỉ tiêu của năm này"))
    set_.set_defaults(handler=_set)

    delete = actions.add_parser("delete", help=translate("Cli", "xóa (có thể khôi phục)"))
    add_db_argument(delete)
    delete.add_argument("code")
    delete.set_defaults(handler=_delete)

    undelete = actions.add_parser(
        "undelete", help=translate("Cli", "khôi phục hợp tác xã đã xóa: MÃ")
    )
    add_db_argument(undelete)
    undelete.add_argument("code")
    undelete.set_defaults(handler=_undelete)


def _split(fields: dict[str, str], year: int | None) -> tuple[dict, dict]:
    """Cooperative fields and, with --year, that year's indicator fields."""
    if year is None:
        return fields, {}
    coop = {k: v for k, v in fields.items() if k in registry.COOP_FIELDS}
    figures = {k: v for k, v in fields.items() if k not in registry.COOP_FIELDS}
    return coop, {year: figures}


def _list(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws.reading() as conn:
        rows = registry.list_cooperatives(conn, deleted=args.deleted)
        if args.search:
            # The window's search: words in any order, best matches first.
            from desktop.core import areas, search

            query = search.parse(args.search)
            index = search.SearchIndex(
                rows, lambda r: areas.full_name(r["area_scheme"], r["area_code"])
            )
            ranked = index.search(query, list(range(len(rows))))
            rows = [rows[i] for i in ranked.rows]
        figures = registry.indicators_of(conn, None)
    if args.json:
        print_json([registry.to_json(r, figures.get(r["id"], [])) for r in rows])
    else:
        for r in rows:
            sys.stdout.write(
                f"{r['registration_code']}\t{r['name']}\t{format_date(r['registered_on'])}\n"
            )
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    with ws.reading() as conn:
        coop_id = registry.find_id(conn, args.code)
        row = registry.get_cooperative(conn, coop_id)
        history = registry.cooperative_history(conn, coop_id)
    data = registry.to_json(row, row["indicators"])
    data["history"] = [
        {
            "at": h.at,
            "office": h.office,
            "staff": h.staff,
            "source": h.source,
            "field": h.field,
            "old": h.old,
            "new": h.new,
        }
        for h in history
    ]
    if args.json:
        print_json(data)
    else:
        for key, value in data.items():
            if key not in ("indicators", "history"):
                sys.stdout.write(f"{key}: {value if value is not None else ''}\n")
    return EXIT_OK


def _add(args: argparse.Namespace) -> int:
    fields = parse_assignments(args.fields)
    coop, figures = _split(fields, args.year)
    ws = open_workspace(args)
    coop_id = cooperatives.save_cooperative(ws, None, coop, figures).value
    sys.stdout.write(coop_id + "\n")
    return EXIT_OK


def _set(args: argparse.Namespace) -> int:
    fields = parse_assignments(args.fields)
    coop, figures = _split(fields, args.year)
    ws = open_workspace(args)
    diff = cooperatives.update_cooperative(ws, args.code, coop, figures).value
    if not diff:
        sys.stdout.write(translate("Cli", "Không có gì thay đổi.") + "\n")
    else:
        sys.stdout.write(translate("Cli", "Đã sửa {n} trường.").format(n=len(diff)) + "\n")
    return EXIT_OK


def _delete(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    cooperatives.delete_cooperative(ws, args.code)
    sys.stdout.write(
        translate("Cli", "Đã xóa (khôi phục được: “htx coop undelete {code}”).").format(
            code=args.code
        )
        + "\n"
    )
    return EXIT_OK


def _undelete(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    cooperatives.undelete_cooperative(ws, args.code)
    sys.stdout.write(translate("Cli", "Đã khôi phục hợp tác xã.") + "\n")
    return EXIT_OK
