"""Shortcuts people can see: an action's tooltip names its keys ("Lưu (Ctrl+S)")."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence


def plain_text(action: QAction) -> str:
    """The action's text without its mnemonic mark and trailing ellipsis."""
    return action.text().replace("&&", "\x00").replace("&", "").replace("\x00", "&").rstrip("…")


def with_shortcut(action: QAction) -> str:
    """`Thêm hợp tác xã (Ctrl+N)`; the text alone when the action has no shortcut."""
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    keys = [k for k in keys if k]
    text = plain_text(action)
    return f"{text} ({', '.join(keys)})" if keys else text
