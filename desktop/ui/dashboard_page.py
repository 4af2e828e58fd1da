"""The dashboard: cooperatives by area, sector, type and status; members, workers, capital,
revenue and profit by area for a year and their trend over the years; task progress by unit.

The registry is grouped once when the page loads or the data changes (`dashboard.load`);
each filter (year, area, sector) is then answered in memory. Clicking a bar or a row of the
counts opens the cooperative list with the same filter (`open_list`).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import approvals, areas
from desktop.core.operations import Done, IsCancelled, Progress
from desktop.core.reports import dashboard, scope
from desktop.core.reports.document import Column, Table
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.background import BackgroundRunner
from desktop.ui.bus import DataBus
from desktop.ui.operations import run_long
from desktop.ui.screen_fit import scrolling

MILLION = 1_000_000
BILLION = 1_000_000_000
KEY_ROLE = Qt.ItemDataRole.UserRole
COUNTS_TAB, FIGURES_TAB = 0, 1
_ROOT = QModelIndex()


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    _set_up(table, len(headers))
    return table


def _set_up(table: QTableView, columns: int) -> None:
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(70)
    for column in range(1, columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _fill(table: QTableWidget, rows: list[tuple[str | None, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (key, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(KEY_ROLE, key)
            table.setItem(r, c, item)


class _ProgressModel(QAbstractTableModel):
    """The units' task progress, each cell's text made when it is drawn: as table items, the
    national 700 units by 7 columns held 3 MB (items, their texts and their Python wrappers)
    for a tab that is often never opened."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__()
        self._headers = headers
        self._units: list[dashboard.UnitProgress] = []

    def set_units(self, units: list[dashboard.UnitProgress]) -> None:
        self.beginResetModel()
        self._units = units
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._units)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if not index.isValid():
            return None
        unit, column = self._units[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return unit.name
            if column <= len(dashboard.PROGRESS):
                return format_int(unit.counts[dashboard.PROGRESS[column - 1]])
            return format_int(unit.unreported)
        if role == Qt.ItemDataRole.TextAlignmentRole and column:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == KEY_ROLE:
            return unit.office_code
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # fmt: skip
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def _cells(table: QTableView) -> tuple[list[str], list[list[str]]]:
    """A table's header and cells as shown (a table of items or a model's)."""
    model = table.model()
    columns = model.columnCount()
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    rows = [[str(model.index(r, c).data() or "") for c in range(columns)]
            for r in range(model.rowCount())]  # fmt: skip
    return headers, rows


class _BarChart(QChartView):
    """One bar series over categories; `clicked(key)` when a bar is clicked. The chart, its
    series and axes are made once; a filter change only replaces the values and names."""

    clicked = Signal(object)

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._keys: list[Any] = []
        self._shown: tuple[list[str], list[int]] | None = None
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self._bars = QBarSet(title)
        self._bars.clicked.connect(self._clicked)
        # Horizontal bars: the names (Thương mại – dịch vụ…) stay readable at the left.
        series = QHorizontalBarSeries()
        series.append(self._bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        self._names = QBarCategoryAxis()
        chart.addAxis(self._names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(self._names)
        self._values = QValueAxis()
        self._values.setLabelFormat("%d")
        chart.addAxis(self._values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(self._values)
        self.setChart(chart)
        self.setAccessibleName(title)

    def show_counts(self, items: list[dashboard.Count]) -> None:
        shown = [item.name for item in reversed(items)], [item.count for item in reversed(items)]
        self._keys = [item.key for item in reversed(items)]
        if shown == self._shown:
            return
        self._shown = shown
        names, counts = shown
        if self._bars.count():
            self._bars.remove(0, self._bars.count())
        self._names.clear()
        self._names.append(names)
        self._bars.append([float(n) for n in counts])
        self._values.setRange(0, max([*counts, 1]) * 1.2)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self.clicked.emit(self._keys[index])


class _TrendChart(QChartView):
    """Lines over the years (their names fixed when made); a filter change replaces the
    points of each line."""

    def __init__(self, title: str, names: list[str]) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.setAccessibleName(title)
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        self._x = QValueAxis()
        self._x.setLabelFormat("%d")
        self._y = QValueAxis()
        self._y.setLabelFormat("%.0f")
        chart.addAxis(self._x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._y, Qt.AlignmentFlag.AlignLeft)
        self._series: list[QLineSeries] = []
        for name in names:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            chart.addSeries(series)
            series.attachAxis(self._x)
            series.attachAxis(self._y)
            self._series.append(series)
        self._shown: tuple[list[int], list[list[float]]] | None = None
        self.setChart(chart)

    def show_lines(self, years: list[int], lines: list[list[float]]) -> None:
        """One list of values per line, in the order of the names given when made."""
        if (years, lines) == self._shown:
            return
        self._shown = (years, lines)
        self._x.setTickCount(max(2, len(years)))
        if years:
            self._x.setRange(years[0], max(years[-1], years[0] + 1))
            self._x.setTickCount(max(2, years[-1] - years[0] + 1))
        top = max([max(values, default=0) for values in lines] + [1])
        bottom = min([min(values, default=0) for values in lines] + [0])
        self._y.setRange(bottom, top * 1.1)
        for series, values in zip(self._series, lines, strict=True):
            series.replace(
                [QPointF(year, value) for year, value in zip(years, values, strict=True)]
            )


class DashboardPage(QWidget):
    status_message = Signal(str)
    open_list = Signal(dict)  # {"area"|"sector"|"status"|"entity_type": code}

    def __init__(self, workspace: Workspace, bus: DataBus, runner: BackgroundRunner | None = None,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.bus = bus
        self.runner = runner  # None: loaded on this thread
        self._stale = False  # the data changed since the figures were loaded
        self._loading = False
        self._again = False
        self._waiting = False  # for the runner to be free
        self._pending: set[int] = set()  # tabs not yet showing the current filters
        self.identity = workspace.require_identity()
        self.base: dashboard.Base | None = None
        self._approved: dict[int, str] = {}  # year -> "Số liệu năm … đã duyệt: 12/34 đơn vị"
        self.data: dashboard.Dashboard | None = None
        self.progress: list[dashboard.UnitProgress] = []

        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Năm số liệu"))
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Địa bàn"))
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Lĩnh vực"))
        self.summary = QLabel()
        filters = QHBoxLayout()
        for label, combo in ((self.tr("Năm số liệu"), self.year), (self.tr("Địa bàn"), self.area),
                             (self.tr("Lĩnh vực"), self.sector)):  # fmt: skip
            filters.addWidget(QLabel(label))
            combo.setMinimumContentsLength(12)
            # Sized to the names once they are loaded (the page may be shown before).
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            filters.addWidget(combo)
        filters.addWidget(self.summary, 1)

        self.tabs = QTabWidget()
        counts = QWidget()
        grid = QGridLayout(counts)
        self.area_counts = _table([self.tr("Địa bàn"), self.tr("Số HTX")])
        self.area_counts.setAccessibleName(self.tr("Hợp tác xã theo địa bàn"))
        self.sector_chart = _BarChart(self.tr("Theo lĩnh vực"))
        self.type_chart = _BarChart(self.tr("Theo loại hình"))
        self.status_chart = _BarChart(self.tr("Theo tình trạng"))
        grid.addWidget(self.area_counts, 0, 0, 2, 1)
        grid.addWidget(self.sector_chart, 0, 1, 1, 2)
        grid.addWidget(self.type_chart, 1, 1)
        grid.addWidget(self.status_chart, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        self.tabs.addTab(scrolling(counts), self.tr("Số lượng hợp tác xã"))

        figures = QWidget()
        figures_layout = QGridLayout(figures)
        self.area_figures = _table([
            self.tr("Địa bàn"), self.tr("HTX có số liệu"), self.tr("Thành viên"),
            self.tr("Lao động"), self.tr("Vốn điều lệ (triệu đồng)"),
            self.tr("Doanh thu (triệu đồng)"), self.tr("Lợi nhuận (triệu đồng)"),
        ])  # fmt: skip
        self.area_figures.setAccessibleName(self.tr("Chỉ tiêu theo địa bàn"))
        self.people_trend = _TrendChart(
            self.tr("Thành viên, lao động qua các năm"),
            [self.tr("Thành viên"), self.tr("Lao động")],
        )
        self.money_trend = _TrendChart(
            self.tr("Vốn, doanh thu, lợi nhuận qua các năm (tỷ đồng)"),
            [self.tr("Vốn điều lệ"), self.tr("Doanh thu"), self.tr("Lợi nhuận")],
        )
        figures_layout.addWidget(self.area_figures, 0, 0, 2, 1)
        figures_layout.addWidget(self.people_trend, 0, 1)
        figures_layout.addWidget(self.money_trend, 1, 1)
        figures_layout.setColumnStretch(0, 3)
        figures_layout.setColumnStretch(1, 2)
        self.tabs.addTab(scrolling(figures), self.tr("Thành viên, vốn, doanh thu"))

        self.units_model = _ProgressModel([
            self.tr("Đơn vị"), self.tr("Hoàn thành đúng hạn"), self.tr("Hoàn thành trễ hạn"),
            self.tr("Đang thực hiện"), self.tr("Quá hạn"), self.tr("Chưa thực hiện"),
            self.tr("Chưa báo cáo kỳ này"),
        ])  # fmt: skip
        self.units = QTableView()
        self.units.setModel(self.units_model)
        _set_up(self.units, self.units_model.columnCount())
        # The figures' columns as wide as their headers, which are wider than any count:
        # fitted to their contents, every cell's text of the 700 units was made and measured
        # (in Python, 34,000 calls) each time the figures changed, 350 ms nationally.
        header = self.units.horizontalHeader()
        for column in range(1, self.units_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(header.sectionSizeHint(column), 70))
        self.units.setAccessibleName(self.tr("Tiến độ nhiệm vụ theo đơn vị"))
        self.tabs.addTab(self.units, self.tr("Tiến độ nhiệm vụ"))

        self.state = QLabel()
        self.state.setAccessibleName(self.tr("Trạng thái tải số liệu"))
        self.state.setVisible(False)
        self.retry = QPushButton(self.tr("Tải lại"))
        self.retry.setVisible(False)
        self.retry.clicked.connect(self.reload)
        state = QHBoxLayout()
        state.addWidget(self.state)
        state.addWidget(self.retry)
        state.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(state)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(self._update_tab)

        for combo in (self.year, self.area, self.sector):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.area_counts.cellDoubleClicked.connect(lambda r, _c: self._row_clicked(r))
        self.area_counts.cellClicked.connect(lambda r, _c: self._row_clicked(r))
        self.sector_chart.clicked.connect(lambda key: self._open({"sector": key}))
        self.type_chart.clicked.connect(lambda key: self._open({"entity_type": key}))
        self.status_chart.clicked.connect(lambda key: self._open({"status": key}))
        bus.changed.connect(self._on_changed)

    def title(self) -> str:
        return self.tr("Bảng điều khiển")

    # --- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Group the registry again, in the background with progress and Cancel. While the
        page is off screen, only note that it must be done, and do it when it is shown."""
        self._stale = True
        self._show_state(self.tr("Đang tải số liệu…"))
        if self.isVisible():
            self._start_loading()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._start_loading()

    def _start_loading(self) -> None:
        if self._loading:
            self._again = True  # the data changed while loading: load once more after
            return
        runner = self.runner
        if runner is None:
            self.load_now()
            return
        workspace, identity = self.workspace, self.identity

        def work(progress: Progress, cancelled: IsCancelled) -> Done[dashboard.Loaded]:
            with workspace.reading() as conn:
                return Done(dashboard.load_page(conn, identity, date.today(),
                                                progress=progress, cancelled=cancelled))  # fmt: skip

        self._loading = True
        started = run_long(self, runner, self.bus, self.tr("Đang tải bảng điều khiển…"), work,
                           self._loaded, on_error=self._load_failed)  # fmt: skip
        if not started:  # another job holds the runner: load when it ends
            self._loading = False
            if not self._waiting:
                self._waiting = True
                runner.busy_changed.connect(self._runner_busy)

    def _runner_busy(self, busy: bool) -> None:
        if busy or self.runner is None:
            return
        self._waiting = False
        self.runner.busy_changed.disconnect(self._runner_busy)
        # After the job that held the runner has finished (its own callback runs next).
        QTimer.singleShot(0, self._load_if_stale)

    def _load_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._start_loading()

    def load_now(self) -> None:
        """Load on this thread (printing the dashboard before it was ever shown)."""
        with self.workspace.reading() as conn:
            self._loaded(dashboard.load_page(conn, self.identity, date.today()))

    def _loaded(self, loaded: dashboard.Loaded) -> None:
        self._loading = False
        self.base, self.progress = loaded.base, loaded.progress
        self._approved = {}
        self._stale = False
        self._fill_filters()
        self.refresh()
        self._show_progress()
        self._show_state("")
        if self._again:
            self._again = False
            self.reload()

    def _load_failed(self, error: BaseException) -> None:
        self._loading = self._again = False
        self._show_state(self.tr("Chưa tải được số liệu."), retry=True)

    def _show_state(self, text: str, *, retry: bool = False) -> None:
        """The loading line above the tabs; filters and tabs wait while it shows."""
        self.state.setText(text)
        self.state.setVisible(bool(text))
        self.retry.setVisible(retry)
        busy = bool(text) and not retry
        for widget in (self.year, self.area, self.sector, self.tabs):
            widget.setEnabled(not busy and self.base is not None)

    def ensure_loaded(self) -> None:
        """The figures current now (before printing): loaded here if they are not."""
        if self.base is None or (self._stale and not self._loading):
            self.load_now()
        for index in sorted(self._pending):
            self._update_tab(index)

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"cooperative", "indicator", "sector", "task", "assignment",
                     "progress_report", "office", "approval", "*"}:  # fmt: skip
            self.reload()

    def _fill_filters(self) -> None:
        assert self.base is not None
        years = self.base.years[::-1]
        units = areas.children(self.identity.area_scheme, self.identity.area_code)
        for combo, items in (
            (self.year, [(str(y), y) for y in years]),
            (self.area, [(u.name, u.code) for u in units]),
            (self.sector, [(name, code) for code, name in self.base.sector_names.items()]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Năm gần nhất") if combo is self.year else self.tr("Tất cả"),
                          None)  # fmt: skip
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def filters(self) -> dashboard.Filters:
        return dashboard.Filters(year=self.year.currentData(), area=self.area.currentData(),
                                 sector=self.sector.currentData())  # fmt: skip

    def refresh(self) -> None:
        """Answer the filters: the tab on screen now, the others when they are shown."""
        if self.base is None:
            return
        data = dashboard.compute(self.base, self.identity, self.filters())
        self.data = data
        self._pending = {COUNTS_TAB, FIGURES_TAB}
        self._update_tab(self.tabs.currentIndex())
        text = self.tr("{n} hợp tác xã; số liệu năm {year}").format(
            n=format_int(data.total), year=data.year or "–"
        )
        if data.year:
            text += "; " + self._approval_text(int(data.year))
        self.summary.setText(text)
        self.status_message.emit(text)

    def _approval_text(self, year: int) -> str:
        """Which offices' figures of the year the province has approved (read once a year
        shown, until the data changes)."""
        if year not in self._approved:
            with self.workspace.reading() as conn:
                found = approvals.summary(conn, self.identity, str(year), figures_only=True)
            self._approved[year] = found.text()
        return self._approved[year]

    def _update_tab(self, index: int) -> None:
        data = self.data
        if index not in self._pending or data is None:
            return
        self._pending.discard(index)
        heading = QTableWidgetItem(scope.level_heading(data.level))
        if index == COUNTS_TAB:
            self.area_counts.setHorizontalHeaderItem(0, heading)
            _fill(self.area_counts, [(c.key, [c.name, format_int(c.count)]) for c in data.by_area])
            self.sector_chart.show_counts(data.by_sector)
            self.type_chart.show_counts(data.by_type)
            self.status_chart.show_counts(data.by_status)
            return
        self.area_figures.setHorizontalHeaderItem(0, heading)
        _fill(self.area_figures, [
            (f.key, [f.name, format_int(f.reported), format_int(f.members), format_int(f.workers),
                     format_int(f.charter_capital / MILLION), format_int(f.revenue / MILLION),
                     format_int(f.profit / MILLION)])
            for f in data.figures_by_area
        ])  # fmt: skip
        years = [int(f.key) for f in data.trend]
        self.people_trend.show_lines(years, [
            [float(f.members) for f in data.trend], [float(f.workers) for f in data.trend],
        ])  # fmt: skip
        self.money_trend.show_lines(years, [
            [f.charter_capital / BILLION for f in data.trend],
            [f.revenue / BILLION for f in data.trend], [f.profit / BILLION for f in data.trend],
        ])  # fmt: skip

    def _show_progress(self) -> None:
        self.units_model.set_units(self.progress)

    # --- opening the list -----------------------------------------------------------------

    def _row_clicked(self, row: int) -> None:
        item = self.area_counts.item(row, 0)
        if item is None:
            return
        code = str(item.data(KEY_ROLE)).partition(":")[2]
        if code:
            self._open({"area": code})

    def _open(self, wanted: dict[str, Any]) -> None:
        chosen = {"area": self.area.currentData(), "sector": self.sector.currentData(),
                  **wanted}  # fmt: skip
        self.open_list.emit({k: v for k, v in chosen.items() if v})

    # --- printing -------------------------------------------------------------------------

    def print_tables(self) -> list[tuple[str, Table]]:
        """The page's tables as they are shown, for printing."""
        self.ensure_loaded()
        out = []
        for title, table in ((self.tr("Hợp tác xã theo địa bàn"), self.area_counts),
                             (self.tr("Chỉ tiêu theo địa bàn, năm {year}").format(
                                 year=self.data.year if self.data else "–"), self.area_figures),
                             (self.tr("Tiến độ nhiệm vụ theo đơn vị"), self.units)):  # fmt: skip
            headers, rows = _cells(table)
            columns = [Column(h, 4 if i == 0 else 1.5, i > 0) for i, h in enumerate(headers)]
            out.append((title, Table(columns, rows, caption=title)))
        return out

    def charts(self) -> list[QChartView]:
        self.ensure_loaded()
        return [self.sector_chart, self.type_chart, self.status_chart, self.people_trend,
                self.money_trend]  # fmt: skip
