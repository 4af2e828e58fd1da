"""What every subcommand shares: opening the workspace, printing JSON, reporting errors."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from desktop.core.errors import KnownError, ValidationError
from desktop.core.i18n import translate

if TYPE_CHECKING:  # imported when used: `htx gui` shows its window before SQLAlchemy loads
    from desktop.core.workspace import Workspace

log = logging.getLogger("desktop.cli")

EXIT_OK = 0
EXIT_FAILED = 1  # the job ran and was refused (bad input, refused package)
EXIT_USAGE = 2


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        default=None,
        help=translate(
            "Cli",
            "tệp CSDL SQLite hoặc URL (postgresql+psycopg://...); mặc định: biến HTX_DB, "
            "hoặc tệp trong thư mục dữ liệu người dùng",
        ),
    )


def open_workspace(args: argparse.Namespace) -> Workspace:
    import os

    from desktop.core.workspace import Workspace

    return Workspace.open(args.db or os.environ.get("HTX_DB"))


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(type(value))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default) + "\n")


def parse_assignments(pairs: list[str]) -> dict[str, str]:
    """`field=value` words -> dict; a word without `=` is a usage error."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise KnownError(
                translate("Cli", "“{word}” không đúng dạng trường=giá_trị.").format(word=pair)
            )
        out[name.strip()] = value
    return out


def run_guarded(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Known errors print their Vietnamese message; bugs are logged and summarised."""
    try:
        return handler(args)
    except ValidationError as exc:
        for name, message in exc.errors.items():
            sys.stderr.write(f"{name}: {message}\n")
        return EXIT_FAILED
    except KnownError as exc:
        log.warning("known error: %s %s", exc.message, exc.detail)
        sys.stderr.write(exc.message + "\n")
        return EXIT_FAILED
    except BrokenPipeError:
        # The reader (e.g. `| head`) stopped listening; that is not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        sys.stderr.write(translate("Cli", "Đã dừng theo yêu cầu; không có gì bị thay đổi.") + "\n")
        return 130
    except Exception:
        log.exception("unexpected error in htx %s", getattr(args, "command", ""))
        from desktop.core.paths import log_path

        sys.stderr.write(
            translate(
                "Cli", "Lỗi không mong đợi trong chương trình. Chi tiết đã ghi vào {path}."
            ).format(path=log_path())
            + "\n"
        )
        return 3
