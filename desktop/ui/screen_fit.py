"""Windows that fit the screens offices have: 1366×768 with a taskbar, at 100 % or 125 %
display scaling (about 1093×582 usable points). A window asks for its comfortable size and
gets at most what the screen offers; long forms scroll (see `scrolling`) instead of growing."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

# Room for the window frame and title bar, which the window's own size does not include.
FRAME_WIDTH = 16
FRAME_HEIGHT = 40


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, width: int | None = None, height: int | None = None) -> None:
    """Resize to (width, height), or the current size, but never beyond the usable screen."""
    area = available(widget)
    w = min(width or widget.width(), area.width() - FRAME_WIDTH)
    h = min(height or widget.height(), area.height() - FRAME_HEIGHT)
    widget.resize(max(w, 200), max(h, 150))
    if widget.isWindow() and widget.parentWidget() is None:
        widget.move(
            area.x() + max(0, (area.width() - widget.width() - FRAME_WIDTH) // 2),
            area.y() + max(0, (area.height() - widget.height() - FRAME_HEIGHT) // 2),
        )


def scrolling(content: QWidget) -> QScrollArea:
    """`content` in a frameless scroll area: a long form scrolls on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area
