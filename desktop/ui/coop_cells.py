"""Painting the cooperative table's cells: plain one-line text, laid out once per text.

Qt's own item painting asks the model for seven roles per cell and lays every cell's text
out twice (once to elide it, once to draw it) at every repaint, which is most of what a
keystroke in the search box costs once the search is quick: the table repaints some 150–300
cells each time. Ordinary cells here take one call into the model (`CoopTableModel.cell`)
and draw a `QStaticText` kept per (text, width, italic); the text is placed and elided as
Qt's style places it. Cells that need the style's own drawing (the selected or hovered row,
the cell with the focus, a disabled table) are painted by Qt as before. The table's view
(desktop.ui.coop_table) paints most rows itself, a row at a time, with the laid-out texts
kept here; this delegate paints the cells of the rows it leaves to QTableView.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.ui.coop_model import (
    CONFLICT,
    CONFLICT_BACKGROUND,
    GREY,
    GREY_TEXT,
    ITALIC,
    RIGHT,
    CoopTableModel,
)

# States that change how the style draws a cell, and Enabled, which must be there.
_STYLED_STATES = (
    QStyle.StateFlag.State_Selected
    | QStyle.StateFlag.State_MouseOver
    | QStyle.StateFlag.State_HasFocus
    | QStyle.StateFlag.State_Editing
    | QStyle.StateFlag.State_Enabled
).value
_ENABLED = QStyle.StateFlag.State_Enabled.value
_CACHE_LIMIT = 4000  # texts kept laid out (a screen shows a few hundred)


class CoopCells(QStyledItemDelegate):
    def __init__(self, model: CoopTableModel, view: QWidget) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self._texts: dict[tuple[str, int, bool], list] = {}  # [laid out, width or -1]
        self._font: QFont | None = None
        self._fonts: tuple[QFont, QFont] = (QFont(), QFont())
        self._metrics: tuple[QFontMetrics, QFontMetrics] = (
            QFontMetrics(QFont()),
            QFontMetrics(QFont()),
        )
        self._exact = (QFontMetricsF(QFont()), QFontMetricsF(QFont()))
        self._margin = 0
        self._line_height = 0
        self._font_key = 0

    def _fonts_for(self, font: QFont) -> None:
        """Fonts, metrics and margins for the view's font (worked out again when it changes)."""
        italic = QFont(font)
        italic.setItalic(True)
        self._fonts = (font, italic)
        self._metrics = (QFontMetrics(font), QFontMetrics(italic))
        self._exact = (QFontMetricsF(font), QFontMetricsF(italic))
        self._line_height = self._metrics[0].height()
        style = self._view.style()
        self._margin = (
            style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        )
        self._texts.clear()
        self._font_key += 1

    def font_key(self) -> int:
        """A number that changes whenever the fonts texts are laid out in do."""
        return self._font_key

    def use_font(self, font: QFont) -> None:
        """Lay texts out in the view's `font` (the option's font of each cell)."""
        if font != self._font:
            self._font = QFont(font)
            self._fonts_for(self._font)

    def font_for(self, italic: bool) -> QFont:
        return self._fonts[italic]

    def margin(self) -> int:
        """The space left of and right of a cell's text, as the style leaves it."""
        return self._margin

    def text_top(self, top: int, height: int) -> int:
        """Where a line of text starts in a cell at `top` of `height` (centred)."""
        return top + (height - self._line_height) // 2

    def static_text(self, text: str, width: int, italic: bool) -> QStaticText:
        """`text` elided to `width` and laid out (kept)."""
        key = (text, width, italic)
        cached = self._texts.get(key)
        if cached is None:
            if len(self._texts) >= _CACHE_LIMIT:
                self._texts.clear()
            # Most texts fit: measuring is a third of what eliding costs, and a text that
            # fits is what eliding gives back (a pixel short of the width, to be sure).
            if self._exact[italic].horizontalAdvance(text) < width - 1:
                shown = text
            else:
                shown = self._metrics[italic].elidedText(text, Qt.TextElideMode.ElideRight, width)
            static = QStaticText(shown)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=self._fonts[italic])
            cached = self._texts[key] = [static, -1.0]  # its width: measured when asked
        return cached[0]

    def laid_out(self, text: str, width: int, italic: bool) -> tuple[QStaticText, float]:
        """`text` elided to `width` and laid out, and the width it takes (kept)."""
        static = self.static_text(text, width, italic)
        cached = self._texts[(text, width, italic)]
        if cached[1] < 0:
            cached[1] = static.size().width()
        return static, cached[1]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if option.state.value & _STYLED_STATES != _ENABLED:
            super().paint(painter, option, index)
            return
        text, look = self._model.cell(index.row(), index.column())
        rect = option.rect
        if look & CONFLICT:
            painter.fillRect(rect, CONFLICT_BACKGROUND)
        if not text:
            return
        self.use_font(option.font)
        italic = bool(look & ITALIC)
        margin = self._margin
        width = rect.width() - 2 * margin
        static, text_width = self.laid_out(text, width, italic)
        x: float = rect.x() + margin
        if look & RIGHT:
            x += width - text_width
        painter.setFont(self._fonts[italic])
        painter.setPen(GREY_TEXT if look & GREY else option.palette.color(QPalette.ColorRole.Text))
        painter.drawStaticText(QPointF(x, self.text_top(rect.y(), rect.height())), static)
