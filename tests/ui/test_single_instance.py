"""Files given to the program and one window per database (what Explorer's double-click on a
`.htxpkg` or `.htxsetup` does): the real start path (`desktop.ui.app.launch`) in this process,
and real second launches (`python -m desktop gui ...`) in others."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from desktop.core import registry
from desktop.core.sync import enrolment, exporter
from desktop.core.workspace import Workspace
from desktop.ui import app as app_module
from desktop.ui.single_instance import SingleInstance, lock_path


@pytest.fixture
def offices(tmp_path, monkeypatch):
    """A province database (closed, ready to open), a district's setup file and a package the
    district sent, in folders with Vietnamese names."""
    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "dữ liệu"))
    folder = tmp_path / "Hộp thư Lệ Thủy"
    folder.mkdir()
    province = Workspace.open(str(tmp_path / "tỉnh Quảng Bình.sqlite3"))
    enrolment.init_province(
        province, code="T44", name="Sở KH&ĐT Quảng Bình", area_code="44", scheme="pre2025"
    )
    setup = folder / "Lệ Thủy.htxsetup"
    enrolment.enroll(province, code="H457", name="UBND huyện Lệ Thủy", area_code="457", out=setup)
    province.close()
    district = Workspace.open(str(tmp_path / "huyện.sqlite3"))
    enrolment.install_setup(district, setup)
    with district.transaction() as conn:
        registry.add_cooperative(
            conn, district.identity,
            {"registration_code": "3100123459", "name": "HTX Nông nghiệp Sen Thủy",
             "area_code": "457"},
        )  # fmt: skip
    package = exporter.export(district, folder)[-1].path
    district.close()
    return {
        "province": tmp_path / "tỉnh Quảng Bình.sqlite3",
        "setup": setup,
        "package": package,
        "tmp": tmp_path,
    }


class _MessageBoxWatcher(QObject):
    """Records every message box as it is shown, then presses its default button."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    def eventFilter(self, watched, event) -> bool:
        if isinstance(watched, QMessageBox) and event.type() == QEvent.Type.Show:
            self.texts.append(watched.text())
            QTimer.singleShot(0, lambda box=watched: self._close(box))
        return False

    @staticmethod
    def _close(box: QMessageBox) -> None:
        if box.isVisible():
            box.defaultButton().click() if box.defaultButton() else box.accept()


@pytest.fixture
def message_boxes():
    """The texts of the message boxes shown during the test, each answered with its default
    button (recorded when shown, so another test's leftover poller cannot take one first)."""
    watcher = _MessageBoxWatcher()
    QApplication.instance().installEventFilter(watcher)
    yield watcher.texts
    QApplication.instance().removeEventFilter(watcher)


def _preview_dialogs(package: Path) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and package.name in w.windowTitle()
    ]


def _launch(qtbot, db: Path, files: list[Path] = ()) -> QMainWindow | int:
    outcome = app_module.launch(str(db), [str(f) for f in files])
    if isinstance(outcome, QMainWindow):
        qtbot.addWidget(outcome)
    return outcome


def _second_launch(db: Path, *files: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HTX_QUIT_AFTER_START", None)
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "gui", "--db", str(db), *map(str, files)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _log() -> str:
    path = Path(os.environ["HTX_DATA_DIR"]) / "htx.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_a_package_given_at_start_opens_its_import_preview(qtbot, offices):
    window = _launch(qtbot, offices["province"], [offices["package"]])
    assert isinstance(window, QMainWindow)
    qtbot.waitUntil(lambda: bool(_preview_dialogs(offices["package"])), timeout=15_000)
    preview = _preview_dialogs(offices["package"])[0]
    qtbot.waitUntil(lambda: "HTX Nông nghiệp Sen Thủy" in _table_texts(preview), timeout=15_000)
    app_module.close_window(window)


def _table_texts(dialog: QDialog) -> str:
    from PySide6.QtWidgets import QTableWidget

    texts = []
    for table in dialog.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                texts.append(item.text() if item else "")
    return " | ".join(texts)


def test_a_second_launch_hands_its_package_to_the_open_window(qtbot, offices):
    window = _launch(qtbot, offices["province"])
    assert isinstance(window, QMainWindow)
    second = _second_launch(offices["province"], offices["package"])
    try:
        qtbot.waitUntil(lambda: bool(_preview_dialogs(offices["package"])), timeout=60_000)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        assert second.returncode == 0, second.stderr.read()
    finally:
        second.kill()
        second.communicate()
    assert "to the open window" in _log()  # written by the second launch
    app_module.close_window(window)
    # The database is free again once the window has gone.
    again = SingleInstance(str(offices["province"]))
    assert again.acquire()
    again.release()


def test_a_second_window_on_the_same_database_is_refused_with_a_message(
    qtbot, offices, message_boxes
):
    first = _second_launch(offices["province"])  # the window already open, in another process
    try:
        deadline = time.monotonic() + 60
        while "listening as" not in _log():
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first window never started"
            time.sleep(0.2)
        messages = message_boxes
        assert _launch(qtbot, offices["province"]) == 1
        assert len(messages) == 1
        assert "đang mở dữ liệu này trong một cửa sổ khác" in messages[0]
        assert "đưa lên trước" in messages[0]
    finally:
        first.kill()
        first.communicate()


def test_a_setup_file_given_at_first_start_sets_the_office_up(qtbot, offices, message_boxes):
    messages = message_boxes
    window = _launch(qtbot, offices["tmp"] / "máy mới.sqlite3", [offices["setup"]])
    assert isinstance(window, QMainWindow)
    assert "UBND huyện Lệ Thủy" in window.windowTitle()
    assert any("Đã cài đặt UBND huyện Lệ Thủy (H457)" in m for m in messages)
    app_module.close_window(window)


def test_a_file_that_is_neither_package_nor_setup_gets_a_message(qtbot, offices, message_boxes):
    other = offices["tmp"] / "Báo cáo.docx"
    other.write_bytes(b"PK\x03\x04 not ours")
    messages = message_boxes
    window = _launch(qtbot, offices["province"], [other])
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)
    assert "chỉ mở gói đồng bộ (.htxpkg) và tệp thiết lập (.htxsetup)" in messages[0]
    assert "Báo cáo.docx" in messages[0]
    app_module.close_window(window)


def test_a_lock_left_by_a_crashed_window_does_not_block_the_next_start(qtbot, offices):
    db = offices["province"]
    crash = (
        "import os, sys\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1])\n"
        "assert lock.tryLock(0)\n"
        "os._exit(3)\n"  # dies holding the lock, as a crash would
    )
    done = subprocess.run([sys.executable, "-c", crash, str(lock_path(str(db)))], timeout=60)
    assert done.returncode == 3 and lock_path(str(db)).exists()
    window = _launch(qtbot, db)
    assert isinstance(window, QMainWindow)
    app_module.close_window(window)


def test_a_damaged_database_at_start_is_named_and_released(
    qtbot, tmp_path, monkeypatch, message_boxes
):
    """A database whose tables do not match its revision is a known trouble: the person is
    told what is wrong and what to do (no crash dialog), and the database is released."""
    import sqlite3

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "dữ liệu"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    db = tmp_path / "hỏng.sqlite3"
    Workspace.open(str(db)).close()
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TABLE setting")
    assert app_module.run(str(db)) == 1
    assert len(message_boxes) == 1
    assert "Cấu trúc cơ sở dữ liệu không khớp" in message_boxes[0]
    assert "khôi phục từ bản sao lưu" in message_boxes[0]
    assert "lỗi không mong đợi" not in message_boxes[0]
    again = SingleInstance(str(db))
    assert again.acquire()
    again.release()


def test_a_bug_at_start_shows_the_crash_dialog_and_logs_it(
    qtbot, tmp_path, monkeypatch, message_boxes, caplog
):
    """An unexpected failure before the window exists reaches the user as the crash dialog
    (pointing at the log), not as a bare traceback, and the database is released."""
    from desktop.ui import main_window

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("no such widget: boom")

    monkeypatch.setenv("HTX_DATA_DIR", str(tmp_path / "dữ liệu"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own
    db = tmp_path / "dữ liệu.sqlite3"
    office = Workspace.open(str(db))
    enrolment.init_province(office, code="T44", name="Sở Tài chính Quảng Trị", area_code="44")
    office.close()
    monkeypatch.setattr(main_window, "MainWindow", broken)
    assert app_module.run(str(db)) == 1
    assert len(message_boxes) == 1
    assert "Đã xảy ra lỗi không mong đợi" in message_boxes[0]
    assert "htx.log" in message_boxes[0]
    assert "unexpected error" in caplog.text  # the log handler writes these to htx.log
    assert "no such widget: boom" in caplog.text
    again = SingleInstance(str(db))
    assert again.acquire()
    again.release()


def test_a_database_held_by_a_window_that_does_not_answer_is_refused_naming_the_pc(
    qtbot, offices, message_boxes
):
    import socket

    db = offices["province"]
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from PySide6.QtCore import QLockFile\n"
         "lock = QLockFile(sys.argv[1])\n"
         "assert lock.tryLock(0)\n"
         "print('held', flush=True)\n"
         "time.sleep(120)\n",
         str(lock_path(str(db)))],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "held"
        assert _launch(qtbot, db) == 1
        assert len(message_boxes) == 1
        assert "tỉnh Quảng Bình.sqlite3" in message_boxes[0]
        assert f"máy {socket.gethostname()}" in message_boxes[0]
        assert "đóng nó rồi mở lại" in message_boxes[0]
    finally:
        holder.kill()
        holder.communicate()


def test_a_later_launch_waits_for_a_window_that_is_not_listening_yet(qtbot, offices):
    """The window listens once it is on screen: a launch made meanwhile finds the database
    locked by a live program of this PC and tries again until it is answered."""
    db = offices["province"]
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time\n"
         "from PySide6.QtCore import QCoreApplication, QTimer\n"
         "from desktop.ui.single_instance import SingleInstance\n"
         "app = QCoreApplication([])\n"
         "instance = SingleInstance(sys.argv[1])\n"
         "assert instance.acquire()\n"
         "instance.files_received.connect(lambda files: print('got', *files, flush=True))\n"
         "print('locked', flush=True)\n"
         "time.sleep(1.0)\n"  # starting: the lock is held, nobody listens yet
         "instance.listen()\n"
         "QTimer.singleShot(20_000, app.quit)\n"
         "app.exec()\n",
         str(db)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "locked"
        later = SingleInstance(str(db))
        assert not later.acquire()
        started = time.monotonic()
        assert later.hand_over([str(offices["package"])])
        assert time.monotonic() - started >= 0.5  # it did wait for the window to listen
        assert holder.stdout.readline().strip() == f"got {offices['package'].resolve()}"
    finally:
        holder.kill()
        holder.communicate()
