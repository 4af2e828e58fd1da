"""Every screen fits an office laptop: 1366×768 with a 40-point taskbar, at 100 % and at 125 %
display scaling (1093×582 points). The guide's screenshot script opens each screen on such a
screen (offscreen) and reports its size; the guide itself opens with F1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextBrowser

ROOT = Path(__file__).resolve().parents[2]
FRAME = (16, 40)  # the window frame and title bar, outside the window's own size


@pytest.mark.slow
@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_every_screen_fits_the_usable_screen(tmp_path, scale):
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "guide_screenshots.py"), "--scale", str(scale),
         "--out", str(tmp_path)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True, text=True,
        timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    usable = (round(1366 / scale) - FRAME[0], round((768 - 40) / scale) - FRAME[1])
    sizes = {}
    for line in done.stdout.splitlines():
        name, size = line.split(": ")
        width, height = (int(n) for n in size.split("×"))
        sizes[name] = (width, height)
        assert width <= usable[0] and height <= usable[1], (name, (width, height), usable)
    assert len(sizes) == 15 and all((tmp_path / f"{n}.png").exists() for n in sizes)


def test_f1_opens_the_guide_in_vietnamese(qtbot, main_window):
    from desktop.ui.guide import GuideDialog

    seen: list[str] = []

    def look() -> None:
        guide = QApplication.activeModalWidget()
        if not isinstance(guide, GuideDialog):
            return
        seen.append(guide.findChild(QTextBrowser).toPlainText())
        guide.reject()

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    timer.stop()
    assert seen and "Hướng dẫn sử dụng HTX Desktop" in seen[0]
    assert "Công việc của cấp tỉnh" in seen[0] and "xã, phường" in seen[0]
    images = (ROOT / "resources" / "guide" / "images").glob("*.png")
    assert len(list(images)) >= 15
