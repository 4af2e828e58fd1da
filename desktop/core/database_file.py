"""Where the database is and which schema revision this program expects, without SQLAlchemy
or Alembic: what the start-up and the one-window lock need before anything heavy is loaded."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from desktop.core import paths


def resolve_url(db: str | None) -> str:
    """`--db` accepts a SQLAlchemy URL or a file path; None means the default file."""
    if not db:
        return f"sqlite:///{paths.default_database_path()}"
    if "://" in db:
        return db
    return f"sqlite:///{Path(db).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a `sqlite:///PATH` URL (None for a server, memory or unusual URL)."""
    if not url.startswith("sqlite:///"):
        return None
    rest = url.removeprefix("sqlite:///")
    if not rest or rest == ":memory:" or "?" in rest:
        return None
    return Path(rest)


_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(.+?)\s*$", re.MULTILINE)


def plain_head() -> str | None:
    """The head revision read from the scripts' `revision = ...` / `down_revision = ...` lines,
    without importing Alembic (a tenth of a second of every start).

    None whenever the scripts are anything but plain literals with exactly one head; the
    caller then asks Alembic, so this can only ever skip work, never decide differently.
    """
    revisions: set[str] = set()
    parents: set[str] = set()
    try:
        scripts = sorted((paths.migrations_dir() / "versions").glob("*.py"))
        for script in scripts:
            found = dict(_REVISION_LINE.findall(script.read_text(encoding="utf-8")))
            revision = ast.literal_eval(found["revision"])
            down = ast.literal_eval(found.get("down_revision", "None"))
            if not isinstance(revision, str) or revision in revisions:
                return None
            revisions.add(revision)
            if isinstance(down, str):
                parents.add(down)
            elif isinstance(down, tuple | list) and all(isinstance(d, str) for d in down):
                parents.update(down)
            elif down is not None:
                return None
    except (OSError, KeyError, ValueError, SyntaxError):
        return None
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None
