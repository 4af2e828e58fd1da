"""`htx report directive|coops`: the reports to the People's Committee as .docx or PDF."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from desktop.cli.common import EXIT_OK, add_db_argument, open_workspace
from desktop.core.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser(
        "report", help=translate("Cli", "lập báo cáo gửi UBND (.docx hoặc .pdf)")
    )
    kinds = report.add_subparsers(dest="report_kind", metavar="LOẠI")
    directive = kinds.add_parser(
        "directive",
        help=translate("Cli", "báo cáo kết quả thực hiện chỉ thị trong một kỳ (6 tháng, năm)"),
    )
    add_db_argument(directive)
    directive.add_argument(
        "--period", required=True, metavar="KỲ",
        help=translate("Cli", "kỳ báo cáo: 2026-H1, 2026-H2 hoặc 2026"),
    )  # fmt: skip
    directive.add_argument(
        "--directive", metavar="SỐ-KÝ-HIỆU",
        help=translate("Cli", "chỉ một văn bản (mặc định: mọi văn bản đang theo dõi)"),
    )  # fmt: skip
    _common(directive)
    directive.set_defaults(handler=_directive)

    coops = kinds.add_parser(
        "coops", help=translate("Cli", "báo cáo tình hình hợp tác xã trong một năm")
    )
    add_db_argument(coops)
    coops.add_argument("--year", required=True, type=int, metavar="NĂM")
    coops.add_argument(
        "--area", metavar="MÃ",
        help=translate("Cli", "chỉ một địa bàn (mã tỉnh, huyện hoặc xã trong danh mục của đơn vị)"),
    )  # fmt: skip
    _common(coops)
    coops.set_defaults(handler=_coops)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--out", required=True, metavar="TỆP",
        help=translate("Cli", "tệp cần ghi: .docx (Word, sửa được) hoặc .pdf"),
    )  # fmt: skip
    parser.add_argument(
        "--number", metavar="SỐ",
        help=translate("Cli", "số văn bản, ví dụ 125/BC-STC (mặc định để trống cho văn thư ghi)"),
    )  # fmt: skip


def write_document(document, path: str | Path) -> Path:  # type: ignore[no-untyped-def]
    """A report as .docx (python-docx) or PDF (laid out by Qt)."""
    from desktop.core.reports.output import output_format

    if output_format(path) == ".docx":
        from desktop.core.reports.docx import write_docx

        return write_docx(document, path)
    from desktop.core.reports.html import document_html
    from desktop.ui.printing import write_pdf

    return write_pdf(document_html(document), path, title=document.title)


def _directive(args: argparse.Namespace) -> int:
    from desktop.core.reports import directive
    from desktop.core.reports.output import output_format

    output_format(args.out)
    started = time.perf_counter()
    ws = open_workspace(args)
    identity = ws.require_identity()
    with ws.reading() as conn:
        data = directive.collect(conn, identity, args.period, directive=args.directive)
    document = directive.build(data, identity, number=args.number)
    path = write_document(document, args.out)
    sys.stdout.write(
        translate("Cli", "Đã ghi báo cáo {period} ({tasks} nhiệm vụ) vào {path} ({seconds} giây).")
        .format(period=args.period, tasks=len(data.tasks), path=path,
                seconds=f"{time.perf_counter() - started:.1f}".replace(".", ","))
        + "\n"
    )  # fmt: skip
    return EXIT_OK


def _coops(args: argparse.Namespace) -> int:
    from desktop.core.reports import coops, scope
    from desktop.core.reports.output import output_format

    output_format(args.out)
    coops.check_year(args.year)
    ws = open_workspace(args)
    identity = ws.require_identity()
    area = scope.parse_area(identity, args.area)
    with ws.reading() as conn:
        document, figures = coops.build(conn, identity, args.year, area=area, number=args.number)
    path = write_document(document, args.out)
    sys.stdout.write(
        translate("Cli", "Đã ghi báo cáo hợp tác xã năm {year} ({n} hợp tác xã) vào {path}.")
        .format(year=args.year, n=figures.whole.cooperatives, path=path)
        + "\n"
    )  # fmt: skip
    return EXIT_OK
