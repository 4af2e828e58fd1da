"""The one way the window runs a core operation (`desktop.core.operations`).

`run_now` runs a quick operation (a form's Save) on the GUI thread; `run_long` runs a long one
(an import, an export) on the background runner with progress and Cancel. Either way a
validation error goes back to the caller (the form shows it beside its fields), any other
known error is shown as a message, a bug as the bug dialog, and the operation's changes are
announced on the bus so that every view refreshes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.core.backups import BackupUnavailable
from desktop.core.errors import Cancelled, ValidationError
from desktop.core.operations import Done, IsCancelled, Progress
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.errors import show_error

T = TypeVar("T")


def confirm_without_backup(parent: QWidget, error: BackupUnavailable) -> bool:
    answer = QMessageBox.warning(
        parent,
        QCoreApplication.translate("Operations", "Chưa sao lưu được"),
        error.message
        + "\n\n"
        + QCoreApplication.translate("Operations", "Vẫn nhập mà không có bản sao lưu?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_now(
    parent: QWidget,
    bus: DataBus | None,
    operation: Callable[[], Done[T]],
    *,
    on_invalid: Callable[[ValidationError], None] | None = None,
) -> Done[T] | None:
    """Run `operation` and announce what it changed; None when it failed (already shown,
    or handed to `on_invalid` for a validation error)."""
    try:
        done = operation()
    except ValidationError as exc:
        if on_invalid is None:
            show_error(parent, exc)
        else:
            on_invalid(exc)
        return None
    except Exception as exc:  # known errors get their message, bugs the bug dialog
        show_error(parent, exc)
        return None
    if bus is not None:  # None before the window exists (the first-run screen)
        bus.announce_changes(done.changes)
    return done


def run_long(
    parent: QWidget,
    runner: BackgroundRunner,
    bus: DataBus,
    title: str,
    operation: Callable[[Progress, IsCancelled], Done[Any]],
    on_done: Callable[[Any], None],
    *,
    on_error: Callable[[BaseException], None] | None = None,
    cancellable: bool = True,
    without_backup: Callable[[], None] | None = None,
) -> bool:
    """Run `operation` in the background with a progress dialog; `on_done` gets its value
    after its changes are announced. A failure is shown (Cancel silently), then handed to
    `on_error` if given, so the caller can re-enable its buttons.

    When no backup can be made (PostgreSQL without pg_dump) and `without_backup` is given,
    the person is asked whether to go on without one; if so, `without_backup` runs.
    """

    def done(result: Done[Any]) -> None:
        bus.announce_changes(result.changes)
        on_done(result.value)

    def failed(error: BaseException) -> None:
        if isinstance(error, BackupUnavailable) and without_backup is not None:
            if confirm_without_backup(parent, error):
                without_backup()
                return
        elif not isinstance(error, Cancelled):
            show_error(parent, error)
        if on_error is not None:
            on_error(error)

    return runner.run(parent, title, operation, done, on_error=failed, cancellable=cancellable)
