"""Who is at the keyboard: the staff member recorded with each write.

On an office PC that is the operating-system user. On a provincial master shared by several
people, each person may choose the name written in the history instead (`HTX_STAFF`, or the
name saved in this user's preferences from the window).
"""

from __future__ import annotations

import getpass
import os

from desktop.core import preferences

PREFERENCE = "staff_name"
MAX_LENGTH = 100


def os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name (a service, a container)
        return ""


def current_staff() -> str:
    """The chosen name, else the operating-system user ("" when neither is known)."""
    chosen = os.environ.get("HTX_STAFF") or preferences.get(PREFERENCE) or ""
    name = " ".join(str(chosen).split()) or os_user()
    return name[:MAX_LENGTH]


def choose(name: str) -> None:
    """Remember the name this user wants written in the history (empty: the OS user)."""
    preferences.put(PREFERENCE, " ".join(name.split())[:MAX_LENGTH])
