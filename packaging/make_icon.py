"""Render the SVG application icon into a Windows .ico holding several sizes.

    python packaging/make_icon.py resources/icons/htx.svg build/htx.ico

Qt draws the SVG (QtSvg is already a dependency) and each size is stored as a PNG entry, which
Windows reads since Vista; the ICO container is written by hand because Qt's own ICO writer
stores a single size. `build.spec` runs this in a separate process so that PyInstaller's
process never loads Qt.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: header, one directory entry per size, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def svg_to_ico(svg: Path, ico: Path, sizes: tuple[int, ...] = SIZES) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # fonts for the SVG's text
    pngs = {size: render_png(svg, size) for size in sizes}
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(ico_bytes(pngs))
    return ico


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_icon.py SOURCE.svg TARGET.ico")
    svg_to_ico(Path(sys.argv[1]), Path(sys.argv[2]))
