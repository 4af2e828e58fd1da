"""The Qt binding must keep Python's reference count of None intact.

PySide6 6.12.0 released one reference to None on every call of a method returning nothing. On
Python 3.11, where None is not immortal, a long session then aborts with "none_dealloc" (each
search keystroke cost about ten references). pyproject.toml excludes that release; this test
catches any other binding with the same fault before users do.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

CALLS = 500


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label, edit = QLabel(), QLineEdit()
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(CALLS):
            label.setText("Hợp tác xã")
            edit.setText("Sen Ngư")
            painter.save()
            painter.setPen(QColor("red"))
            painter.fillRect(0, 0, 1, 1, QColor("red"))
            painter.restore()
        after = sys.getrefcount(None)
    finally:
        painter.end()
    # A faulty binding loses several references per loop (3,000 here); a sound one none.
    assert after >= before - 50, f"None lost {before - after} references in {CALLS} loops"
