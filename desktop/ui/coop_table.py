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

from collections.abc import Callable, Iterable
from typing import cast

from PySide6.QtCore import (
    QEvent,
    QItemSelectionRange,
    QLineF,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
    QStaticText,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

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
_SOLID = Qt.PenStyle.SolidLine
_ROWS_KEPT = 400  # rows kept laid out (a screen shows a few dozen)
# A cell's text laid out: (the cell's x, where the text starts on its row's line, the text).
_LaidOut = tuple[int, QPointF, QStaticText]
_DRAWN = object()  # a row panel drawn by the style for each cell (see CoopTable._panel)
_PROBES = (QColor(1, 2, 3), QColor(254, 253, 252))  # backgrounds a panel is tried on
_ALTERNATE = QStyleOptionViewItem.ViewItemFeature.Alternate
# Events after which the view's hover index is the cell under the mouse.
_POINTING = frozenset({QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.MouseMove})


class _ColumnsHeader(QHeaderView):
    """The table's column headers, not laid out and repainted again when the model resets
    with the same columns: at every keystroke in the search box the rows change, and the
    columns (their number, titles and widths) never do."""

    def reset(self) -> None:
        model = self.model()
        if model is None or self.count() != model.columnCount():
            super().reset()


_SCROLL_BAR = QStyle.ComplexControl.CC_ScrollBar


class _KeptScrollBar(QScrollBar):
    """A scroll bar that keeps its last drawing and paints it again while it would look the
    same. Whenever the row count changes, QTableView lays its scroll bars out again, and
    that raises each bar above the other in turn: Qt repaints both (the style's gradients,
    filled in pieces on Qt's painting threads, which wait for a free processor on a busy
    machine) at every keystroke that changes what the search finds, though from a few
    hundred rows on the handle keeps its smallest size at the top and nothing shown
    changes. The bar under the mouse or being dragged is drawn as always."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._kept: tuple[tuple, QPixmap] | None = None

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.underMouse() or self.isSliderDown() or self.autoFillBackground():
            super().paintEvent(event)
            return
        # As QScrollBar::paintEvent gives it to the style, nothing hovered or pressed.
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        option.activeSubControls = QStyle.SubControl.SC_None
        style = self.style()
        ratio = self.devicePixelRatioF()
        # What the style draws it from: not the numbers themselves, but where the handle
        # is and whether it is at an end or the range empty (a style may grey an arrow).
        handle = style.subControlRect(_SCROLL_BAR, option, QStyle.SubControl.SC_ScrollBarSlider,
                                      self)  # fmt: skip
        value, low, high = option.sliderValue, option.minimum, option.maximum
        under = self.window().palette().color(QPalette.ColorRole.Window)
        look = (style, ratio, QRect(option.rect), option.state.value, option.direction,
                option.palette.cacheKey(), under.rgba(), handle, value == low, value == high,
                low == high)  # fmt: skip
        if self._kept is None or self._kept[0] != look:
            image = QPixmap(round(option.rect.width() * ratio), round(option.rect.height() * ratio))
            image.setDevicePixelRatio(ratio)
            image.fill(under)  # what the window shows under the bar
            painter = QPainter(image)
            style.drawComplexControl(_SCROLL_BAR, option, painter, self)
            painter.end()
            self._kept = (look, image)
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._kept[1])
        painter.end()


class CoopTable(QTableView):
    def __init__(self, model: CoopTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setVerticalScrollBar(_KeptScrollBar(Qt.Orientation.Vertical, self))
        self.setHorizontalScrollBar(_KeptScrollBar(Qt.Orientation.Horizontal, self))
        header = _ColumnsHeader(Qt.Orientation.Horizontal, self)
        header.setSectionsClickable(True)  # as QTableView's own header
        header.setHighlightSections(True)
        self.setHorizontalHeader(header)
        self.setModel(model)
        self._model = model
        self._cells = CoopCells(model, self)
        self.setItemDelegate(self._cells)
        # The last two cells the mouse was over. QTableView keeps the cell under the mouse
        # (its hover index, private) as a persistent index, which follows its record when
        # the rows are sorted: these rows are painted by QTableView, with that state.
        self._pointed: list[QPersistentModelIndex] = []
        self._panels: dict[tuple, QColor | object | None] = {}  # see `_panel`
        # Rows' texts laid out (see `_laid_out_rows`), and for what columns, font and data.
        self._rows_laid_out: dict[tuple[int, bool], list[_LaidOut]] = {}
        self._rows_known: tuple = ()

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
        grid_colour = QColor.fromRgba(
            style.styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, self) & 0xFFFFFFFF
        )
        grid_pen = QPen(grid_colour, 1, self.gridStyle())
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
        # A row's fills may cover its grid lines (drawn over them afterwards) when these
        # cover what they are drawn on, and no other part of the region was painted first.
        whole_rows = drawn is None and (
            not grid or (grid_colour.alpha() == 255 and self.gridStyle() == _SOLID)
        )
        fonts = (cells.font_for(False), cells.font_for(True))
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
            if not shown:
                continue
            laid_out = self._laid_out_rows(shown, margin)
            band_left = shown[0][2]
            band_width = shown[-1][2] + shown[-1][3] - band_left
            bands: list[tuple[bool, int, int]] = []  # (styled, top y, bottom y) of row runs
            alternate_base = bool(top & 1) and alternate
            pen_look = -1  # the painter's font and pen are for texts of this look
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
                    panel = panels[alternate_base]
                    look = model.row_look(row)
                    fills = []
                    if panel is not None:
                        fills.append(panel)
                    if look & CONFLICT:
                        fills.append(CONFLICT_BACKGROUND)
                    if whole_rows and panel is not _DRAWN:
                        for fill in fills:
                            painter.fillRect(band_left, y, band_width, height, fill)
                        texts = laid_out(row, look)
                    else:
                        option.features = alternate_features if alternate_base else plain
                        texts = self._cells_one_by_one(painter, option, fills, row, look, y,
                                                       height, shown, drawn, laid_out)  # fmt: skip
                        pen_look = -1  # (the style may have set the painter's pen)
                    if texts:
                        if look & (ITALIC | GREY) != pen_look:
                            pen_look = look & (ITALIC | GREY)
                            painter.setFont(fonts[bool(look & ITALIC)])
                            painter.setPen(GREY_TEXT if look & GREY else text_colour)
                        # The texts are laid out on a line at 0: moved down to this row's.
                        text_y = cells.text_top(y, height)
                        painter.translate(0, text_y)
                        for _cell, at, static in texts:
                            painter.drawStaticText(at, static)
                        painter.translate(0, -text_y)
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

    def _laid_out_rows(
        self, shown: list[tuple[int, int, int, int]], margin: int
    ) -> Callable[[int, int], list[_LaidOut]]:
        """For these shown columns, a function giving a shown row's texts laid out: (the
        cell's x, where the text starts on the row's text line, the text), kept per record
        and italic (the model's `texts_version` says when a record's texts change)."""
        model = self._model
        known = (tuple(shown), margin, self._cells.font_key(), model.texts_version())
        if known != self._rows_known:
            self._rows_known = known
            self._rows_laid_out = {}
        kept = self._rows_laid_out
        columns = [column for _visual, column, _x, _width in shown]
        places = [(x, x + margin, width - 2 * margin, model.right_aligned(column))
                  for _visual, column, x, width in shown]  # fmt: skip
        cell_laid_out = self._cells.laid_out
        static_text = self._cells.static_text

        def laid_out(row: int, look: int) -> list[_LaidOut]:
            italic = bool(look & ITALIC)
            key = (model.record_at(row), italic)
            found = kept.get(key)
            if found is None:
                if len(kept) >= _ROWS_KEPT:
                    kept.clear()
                found = []
                for text, (cell, left, width, to_right) in zip(
                    model.row_texts(row, columns), places, strict=True
                ):
                    if not text:
                        continue
                    if to_right:
                        static, text_width = cell_laid_out(text, width, italic)
                        at = QPointF(left + width - text_width, 0)
                    else:  # (measuring a text costs a quarter of laying it out)
                        static, at = static_text(text, width, italic), QPointF(left, 0)
                    found.append((cell, at, static))
                kept[key] = found
            return found

        return laid_out

    def _cells_one_by_one(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        fills: list[QColor | object],
        row: int,
        look: int,
        y: int,
        height: int,
        shown: list[tuple[int, int, int, int]],
        drawn: set[tuple[int, int]] | None,
        laid_out: Callable[[int, int], list[_LaidOut]],
    ) -> list[_LaidOut]:
        """A row's cells filled one by one (the style's panel drawn for each when it is not
        a plain colour; `drawn` says which cells other parts of the region painted): the
        texts to draw on them."""
        style = self.style()
        texts = laid_out(row, look)
        painted: set[int] = set()
        for visual, _column, x, width in shown:
            if drawn is not None:
                if (row, visual) in drawn:
                    continue
                drawn.add((row, visual))
            painted.add(x)
            for fill in fills:
                if fill is _DRAWN:
                    option.rect = QRect(x, y, width, height)
                    style.drawPrimitive(_PANEL, option, painter, self)
                else:
                    painter.fillRect(x, y, width, height, cast(QColor, fill))
        if len(painted) == len(shown):
            return texts
        return [text for text in texts if text[0] in painted]

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
        # A solid line of an opaque colour covers the pixels of a rectangle one pixel wide
        # (checked at any device pixel ratio): filling is much quicker.
        colour = pen.color()
        fill = colour.alpha() == 255 and pen.style() == _SOLID
        dirty_left, dirty_width = dirty.left(), dirty.width()
        for row in range(top, bottom + 1):
            if row not in styled:
                y = self.rowViewportPosition(row) + self.rowHeight(row) - 1
                if fill:
                    painter.fillRect(dirty_left, y, dirty_width, 1, colour)
                else:
                    line = QLineF(dirty_left, y, dirty.right(), y)
                    painter.drawLine(line.translated(0.5, 0.5))
        for is_styled, band_top, band_bottom in bands:
            if is_styled:
                continue
            for _visual, _column, x, width in shown:
                if fill:
                    painter.fillRect(x + width, band_top, 1, band_bottom - band_top + 1, colour)
                else:
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
