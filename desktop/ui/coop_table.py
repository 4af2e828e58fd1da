"""The cooperative table's view: ordinary rows painted a row at a time.

QTableView paints a cell at a time, and each cell costs three calls into Python (the model's
row and column counts, asked again for each cell's index, and the delegate's `paint`, with
its option and index wrapped for Python): at a keystroke in the search box, the 150–300 cells
on screen took about half of the table's repaint. This view paints what QTableView would, in
its order — for each cell the style's row panel (the alternate row colour) and then what the
delegate draws (desktop.ui.coop_cells), then the grid — with one call into Python per paint
and one call into the model per row. The rows whose look depends on the view's own state
(selected, current, or perhaps under the mouse) are left to QTableView, which paints them
with the style as always; so is the whole table when it is disabled, right-to-left, or has
hidden or moved rows (which this table never has).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionRange,
    QLineF,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QRegion,
)
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTableView, QWidget

from desktop.ui.coop_cells import CoopCells
from desktop.ui.coop_model import (
    CONFLICT,
    CONFLICT_BACKGROUND,
    GREY,
    GREY_TEXT,
    ITALIC,
    CoopTableModel,
)

_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewRow
_DRAWN = object()  # a row panel drawn by the style for each cell (see CoopTable._panel)
_PROBES = (QColor(1, 2, 3), QColor(254, 253, 252))  # backgrounds a panel is tried on
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
# Events after which the view's hover index is the cell under the mouse.
_POINTING = frozenset({QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.MouseMove})


class CoopTable(QTableView):
    def __init__(self, model: CoopTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self._cells = CoopCells(model, self)
        self.setItemDelegate(self._cells)
        # The last two cells the mouse was over. QTableView keeps the cell under the mouse
        # (its hover index, private) as a persistent index, which follows its record when
        # the rows are sorted: these rows are painted by QTableView, with that state.
        self._pointed: list[QPersistentModelIndex] = []
        self._panels: dict[tuple, QColor | object | None] = {}  # see `_panel`

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() in _POINTING:
            index = self.indexAt(event.position().toPoint())  # type: ignore[attr-defined]
            if index.isValid() and (not self._pointed or self._pointed[0] != index):
                self._pointed = [QPersistentModelIndex(index), *self._pointed[:1]]
        return super().viewportEvent(event)

    def _styled_rows(self, first: int, last: int) -> set[int]:
        """The rows between `first` and `last` that QTableView paints: selected, current,
        or maybe under the mouse (more than needed is only slower)."""
        rows: set[int] = set()
        selection = self.selectionModel()
        if selection is not None:
            for part in cast(Iterable[QItemSelectionRange], selection.selection()):
                rows.update(range(max(first, part.top()), min(last, part.bottom()) + 1))
            current = selection.currentIndex()
            if current.isValid():
                rows.add(current.row())
        for index in self._pointed:
            if index.isValid():
                rows.add(index.row())
        viewport = self.viewport()
        if viewport.underMouse():
            row = self.rowAt(viewport.mapFromGlobal(QCursor.pos()).y())
            if row >= 0:
                rows.add(row)
        return rows

    def _panel(
        self,
        option: QStyleOptionViewItem,
        features: QStyleOptionViewItem.ViewItemFeature | None = None,
    ) -> QColor | object | None:
        """What the style's row panel (PE_PanelItemViewRow) draws under a cell with this
        option: None when nothing, a colour when it fills the cell with it, else `_DRAWN`
        (it is then drawn for each cell). Found by drawing it once on two backgrounds (for a
        style, palette and state): the panel is most of what a cell costs besides its text."""
        if features is not None:
            option = QStyleOptionViewItem(option)
            option.features = features
        known = (self.style(), option.palette.cacheKey(), option.state.value, option.features.value,
                 self.viewport().devicePixelRatioF())  # fmt: skip
        if known in self._panels:
            return self._panels[known]
        ratio = known[-1]
        images = []
        for background in _PROBES:
            image = QImage(round(41 * ratio), round(23 * ratio), QImage.Format.Format_ARGB32)
            image.setDevicePixelRatio(ratio)
            image.fill(background)
            painter = QPainter(image)
            option.rect = QRect(0, 0, 41, 23)  # a cell of odd size (as cells are, less the grid)
            self.style().drawPrimitive(_PANEL, option, painter, self)
            painter.end()
            images.append(image)
        untouched = [QImage(image.size(), image.format()) for image in images]
        for blank, background in zip(untouched, _PROBES, strict=True):
            blank.setDevicePixelRatio(ratio)
            blank.fill(background)
        found: QColor | object | None = _DRAWN
        if images == untouched:
            found = None
        elif images[0] == images[1]:
            colours = {images[0].pixel(x, y) for x in range(images[0].width())
                       for y in range(images[0].height())}  # fmt: skip
            if len(colours) == 1:
                found = QColor.fromRgba(colours.pop())
        self._panels[known] = found
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        rows_header, columns_header = self.verticalHeader(), self.horizontalHeader()
        row_count, column_count = rows_header.count(), columns_header.count()
        if (
            not option.state & QStyle.StateFlag.State_Enabled
            or self.isRightToLeft()
            or rows_header.sectionsHidden()
            or rows_header.sectionsMoved()
            or not row_count
            or not column_count
        ):
            super().paintEvent(event)
            return
        # As QTableViewPrivate::drawCell gives it to the style and the delegate.
        palette = option.palette
        palette.setCurrentColorGroup(QPalette.ColorGroup.Normal)
        option.palette = palette
        text_colour = palette.color(QPalette.ColorRole.Text)
        plain = option.features & ~_ALTERNATE
        alternate_features = option.features | _ALTERNATE
        alternate = self.alternatingRowColors()
        grid = 1 if self.showGrid() else 0
        style = self.style()
        grid_colour = style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self)
        grid_pen = QPen(QColor.fromRgba(grid_colour & 0xFFFFFFFF), 1, self.gridStyle())
        edge_lines = style.styleHint(
            QStyle.StyleHint.SH_Table_AlwaysDrawLeftTopGridLines, option, self
        )
        last_x = columns_header.length() - columns_header.offset() - 1
        last_y = rows_header.length() - rows_header.offset() - 1
        first_row = max(rows_header.visualIndexAt(0), 0)
        last_row = rows_header.visualIndexAt(rows_header.height())
        if last_row == -1:
            last_row = row_count - 1
        styled = self._styled_rows(first_row, last_row)
        # What the style's row panel draws under an ordinary cell, plain and alternate.
        option.features = plain
        panels = (self._panel(option), self._panel(option, alternate_features))
        cells = self._cells
        cells.use_font(option.font)
        margin = cells.margin()
        model = self._model
        region = event.region()
        drawn: set[tuple[int, int]] | None = set() if region.rectCount() > 1 else None
        for_qt = QRegion()  # the styled rows' parts, painted by QTableView
        painter = QPainter(self.viewport())
        for dirty in cast(Iterable[QRect], region):
            dirty.setBottom(min(dirty.bottom(), last_y))
            dirty.setRight(min(dirty.right(), last_x))
            if not dirty.isValid():
                continue
            left = columns_header.visualIndexAt(dirty.left())
            right = columns_header.visualIndexAt(dirty.right())
            left = 0 if left == -1 else left
            right = column_count - 1 if right == -1 else right
            bottom = rows_header.visualIndexAt(dirty.bottom())
            bottom = row_count - 1 if bottom == -1 else bottom
            top = rows_header.visualIndexAt(dirty.top())
            if top == -1 or top > bottom:
                continue
            # (visual index, column, x, width) of the shown columns
            shown: list[tuple[int, int, int, int]] = []
            for visual in range(left, right + 1):
                column = columns_header.logicalIndex(visual)
                if not columns_header.isSectionHidden(column):
                    x = self.columnViewportPosition(column)
                    shown.append((visual, column, x, self.columnWidth(column) - grid))
            columns = [column for _visual, column, _x, _width in shown]
            right_aligned = [model.right_aligned(column) for column in columns]
            bands: list[tuple[bool, int, int]] = []  # (styled, top y, bottom y) of row runs
            alternate_base = bool(top & 1) and alternate
            for row in range(top, bottom + 1):  # rows are not moved: visual is logical
                y = self.rowViewportPosition(row)
                height = self.rowHeight(row)
                is_styled = row in styled
                band_top, band_bottom = max(y, dirty.top()), min(y + height - 1, dirty.bottom())
                if bands and bands[-1][0] == is_styled:
                    bands[-1] = (is_styled, bands[-1][1], band_bottom)
                else:
                    bands.append((is_styled, band_top, band_bottom))
                if not is_styled:
                    height -= grid
                    option.features = alternate_features if alternate_base else plain
                    panel = panels[alternate_base]
                    texts, look = model.row_cells(row, columns)
                    painted = []
                    for (visual, _column, x, width), text, to_right in zip(
                        shown, texts, right_aligned, strict=True
                    ):
                        if drawn is not None:
                            if (row, visual) in drawn:
                                continue
                            drawn.add((row, visual))
                        if panel is _DRAWN:
                            option.rect = QRect(x, y, width, height)
                            style.drawPrimitive(_PANEL, option, painter, self)
                        elif panel is not None:
                            painter.fillRect(x, y, width, height, panel)
                        if look & CONFLICT:
                            painter.fillRect(x, y, width, height, CONFLICT_BACKGROUND)
                        if text:
                            painted.append((x, width, text, to_right))
                    if painted:
                        italic = bool(look & ITALIC)
                        painter.setFont(cells.font_for(italic))
                        painter.setPen(GREY_TEXT if look & GREY else text_colour)
                        text_y = cells.text_top(y, height)
                        for x, width, text, to_right in painted:
                            width -= 2 * margin
                            static, text_width = cells.laid_out(text, width, italic)
                            left_x: float = x + margin
                            if to_right:
                                left_x += width - text_width
                            painter.drawStaticText(QPointF(left_x, text_y), static)
                alternate_base = not alternate_base and alternate
            for is_styled, band_top, band_bottom in bands:
                if is_styled:
                    for_qt += QRect(
                        QPoint(dirty.left(), band_top), QPoint(dirty.right(), band_bottom)
                    )
            if grid:
                self._grid(painter, grid_pen, dirty, shown, bands, (left, top, bottom), styled,
                           edge_lines)  # fmt: skip
        painter.end()
        if not for_qt.isEmpty():
            super().paintEvent(QPaintEvent(for_qt))

    def _grid(
        self,
        painter: QPainter,
        pen: QPen,
        dirty: QRect,
        shown: list[tuple[int, int, int, int]],
        bands: list[tuple[bool, int, int]],
        sections: tuple[int, int, int],
        styled: set[int],
        edge_lines: int,
    ) -> None:
        """The grid over the ordinary rows of `dirty`, as QTableView::paintEvent draws it
        (QTableView draws it over the styled rows)."""
        left, top, bottom = sections
        old = painter.pen()
        painter.setPen(pen)
        for row in range(top, bottom + 1):
            if row not in styled:
                y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                painter.drawLine(QLineF(dirty.left(), y, dirty.right(), y).translated(0.5, 0.5))
        for is_styled, band_top, band_bottom in bands:
            if is_styled:
                continue
            for _visual, _column, x, width in shown:
                line = QLineF(x + width, band_top, x + width, band_bottom)
                painter.drawLine(line.translated(0.5, 0.5))
            if edge_lines and self.horizontalHeader().isHidden() and band_top == dirty.top():
                y = self.rowViewportPosition(top)
                if y == dirty.top():
                    painter.drawLine(dirty.left(), y, dirty.right(), y)
            if edge_lines and self.verticalHeader().isHidden():
                column = self.horizontalHeader().logicalIndex(left)
                x = self.columnViewportPosition(column)
                if not self.isColumnHidden(column) and x == dirty.left():
                    painter.drawLine(x, band_top, x, band_bottom)
        painter.setPen(old)
