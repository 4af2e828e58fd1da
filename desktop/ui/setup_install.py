"""Installing the setup file the province issued: at first start, or later from the menu."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import KnownError
from desktop.core.operations import sync as sync_operations
from desktop.core.sync import enrolment
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.errors import show_error
from desktop.ui.folders import remember_folder, start_folder
from desktop.ui.operations import run_now


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupInstall", text)


def choose_setup_file(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        _tr("Chọn tệp thiết lập"),
        start_folder("setup"),
        _tr("Tệp thiết lập HTX (*.htxsetup);;Mọi tệp (*)"),
    )
    if not path:
        return None
    remember_folder("setup", path)
    return Path(path)


def install_setup_file(parent: QWidget, bus: DataBus | None, workspace: Workspace,
                       path: Path) -> bool:  # fmt: skip
    """Install `path`; asks before re-installing the same office. True when installed."""
    reinstall = False
    try:
        enrolment.check_setup(workspace, path)
    except enrolment.SameOfficeInstalled as exc:
        box = QMessageBox(QMessageBox.Icon.Question, _tr("Cài lại đơn vị?"), exc.message,
                          parent=parent)  # fmt: skip
        again = box.addButton(_tr("Cài lại"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_tr("Không cài"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not again:
            return False
        reinstall = True
    except KnownError as exc:  # refused (another office, the province's data): nothing changed
        show_error(parent, exc)
        return False
    done = run_now(
        parent,
        bus,
        lambda: sync_operations.install_setup(workspace, path, reinstall=reinstall),
    )
    if done is None:
        return False
    identity = workspace.require_identity()
    QMessageBox.information(
        parent,
        _tr("Đã cài đặt đơn vị"),
        _tr("Đã cài đặt {office} ({code}) và nhận {n} bản ghi từ cấp tỉnh.").format(
            office=identity.office_name,
            code=identity.office_code,
            n=format_int(done.value.counts["new"]),
        ),
    )
    return True
