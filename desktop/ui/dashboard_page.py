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
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core import approvals, areas
from desktop.core.reports import dashboard, scope
from desktop.core.reports.document import Column, Table
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.bus import DataBus
from desktop.ui.screen_fit import scrolling

MILLION = 1_000_000
BILLION = 1_000_000_000
KEY_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(22)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(70)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[tuple[str | None, list[str]]]) -> None:
    table.setRowCount(len(rows))
    for r, (key, values) in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setData(KEY_ROLE, key)
            table.setItem(r, c, item)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class _BarChart(QChartView):
    """One bar series over categories; `clicked(key)` when a bar is clicked."""

    clicked = Signal(object)

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._keys: list[Any] = []
        self._title = title
        chart = QChart()
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        self.setChart(chart)
        self.setAccessibleName(title)

    def show_counts(self, items: list[dashboard.Count]) -> None:
        chart = QChart()
        chart.setTitle(self._title)
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        bars = QBarSet(self._title)
        self._keys = [item.key for item in reversed(items)]
        for item in reversed(items):
            bars.append(item.count)
        bars.clicked.connect(self._clicked)
        # Horizontal bars: the names (Thương mại – dịch vụ…) stay readable at the left.
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([item.name for item in reversed(items)])
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(names)
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setRange(0, max([item.count for item in items] + [1]) * 1.2)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self._keys):
            self.clicked.emit(self._keys[index])


class _TrendChart(QChartView):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._title = title
        self.setAccessibleName(title)
        self.setChart(QChart())

    def show_lines(self, years: list[int], lines: list[tuple[str, list[float]]]) -> None:
        chart = QChart()
        chart.setTitle(self._title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setTickCount(max(2, len(years)))
        if years:
            axis_x.setRange(years[0], max(years[-1], years[0] + 1))
            axis_x.setTickCount(max(2, years[-1] - years[0] + 1))
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        top = max([max(values, default=0) for _n, values in lines] + [1])
        bottom = min([min(values, default=0) for _n, values in lines] + [0])
        axis_y.setRange(bottom, top * 1.1)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for name, values in lines:
            series = QLineSeries()
            series.setName(name)
            series.setPointsVisible(True)
            for year, value in zip(years, values, strict=True):
                series.append(year, value)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        old.deleteLater()


class DashboardPage(QWidget):
    status_message = Signal(str)
    open_list = Signal(dict)  # {"area"|"sector"|"status"|"entity_type": code}

    def __init__(self, workspace: Workspace, bus: DataBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
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
        self.people_trend = _TrendChart(self.tr("Thành viên, lao động qua các năm"))
        self.money_trend = _TrendChart(self.tr("Vốn, doanh thu, lợi nhuận qua các năm (tỷ đồng)"))
        figures_layout.addWidget(self.area_figures, 0, 0, 2, 1)
        figures_layout.addWidget(self.people_trend, 0, 1)
        figures_layout.addWidget(self.money_trend, 1, 1)
        figures_layout.setColumnStretch(0, 3)
        figures_layout.setColumnStretch(1, 2)
        self.tabs.addTab(scrolling(figures), self.tr("Thành viên, vốn, doanh thu"))

        self.units = _table([
            self.tr("Đơn vị"), self.tr("Hoàn thành đúng hạn"), self.tr("Hoàn thành trễ hạn"),
            self.tr("Đang thực hiện"), self.tr("Quá hạn"), self.tr("Chưa thực hiện"),
            self.tr("Chưa báo cáo kỳ này"),
        ])  # fmt: skip
        self.units.setAccessibleName(self.tr("Tiến độ nhiệm vụ theo đơn vị"))
        self.tabs.addTab(self.units, self.tr("Tiến độ nhiệm vụ"))

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs)

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
        self._approved = {}
        with self.workspace.reading() as conn:
            self.base = dashboard.load(conn, self.identity)
            self.progress = dashboard.task_progress(conn, date.today())
        self._fill_filters()
        self.refresh()
        self._show_progress()

    def _on_changed(self, tables: set[str]) -> None:
        if tables & {"cooperative", "indicator", "sector", "task", "assignment",
                     "progress_report", "office", "approval", "*"}:  # fmt: skip
            self.reload()

    def _fill_filters(self) -> None:
        assert self.base is not None
        years = sorted({row[0] for row in self.base.figures}, reverse=True)
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
        if self.base is None:
            return
        data = dashboard.compute(self.base, self.identity, self.filters())
        self.data = data
        _fill(self.area_counts, [(c.key, [c.name, format_int(c.count)]) for c in data.by_area])
        self.sector_chart.show_counts(data.by_sector)
        self.type_chart.show_counts(data.by_type)
        self.status_chart.show_counts(data.by_status)
        _fill(self.area_figures, [
            (f.key, [f.name, format_int(f.reported), format_int(f.members), format_int(f.workers),
                     format_int(f.charter_capital / MILLION), format_int(f.revenue / MILLION),
                     format_int(f.profit / MILLION)])
            for f in data.figures_by_area
        ])  # fmt: skip
        for table in (self.area_figures, self.area_counts):
            table.setHorizontalHeaderItem(0, QTableWidgetItem(scope.level_heading(data.level)))
        years = [int(f.key) for f in data.trend]
        self.people_trend.show_lines(years, [
            (self.tr("Thành viên"), [float(f.members) for f in data.trend]),
            (self.tr("Lao động"), [float(f.workers) for f in data.trend]),
        ])  # fmt: skip
        self.money_trend.show_lines(years, [
            (self.tr("Vốn điều lệ"), [f.charter_capital / BILLION for f in data.trend]),
            (self.tr("Doanh thu"), [f.revenue / BILLION for f in data.trend]),
            (self.tr("Lợi nhuận"), [f.profit / BILLION for f in data.trend]),
        ])  # fmt: skip
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

    def _show_progress(self) -> None:
        _fill(self.units, [
            (u.office_code, [u.name, *(format_int(u.counts[s]) for s in dashboard.PROGRESS),
                             format_int(u.unreported)])
            for u in self.progress
        ])  # fmt: skip

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
        out = []
        for title, table in ((self.tr("Hợp tác xã theo địa bàn"), self.area_counts),
                             (self.tr("Chỉ tiêu theo địa bàn, năm {year}").format(
                                 year=self.data.year if self.data else "–"), self.area_figures),
                             (self.tr("Tiến độ nhiệm vụ theo đơn vị"), self.units)):  # fmt: skip
            headers = [_text(table.horizontalHeaderItem(c)) for c in range(table.columnCount())]
            rows = [[_text(table.item(r, c)) for c in range(table.columnCount())]
                    for r in range(table.rowCount())]  # fmt: skip
            columns = [Column(h, 4 if i == 0 else 1.5, i > 0) for i, h in enumerate(headers)]
            out.append((title, Table(columns, rows, caption=title)))
        return out

    def charts(self) -> list[QChartView]:
        return [self.sector_chart, self.type_chart, self.status_chart, self.people_trend,
                self.money_trend]  # fmt: skip
