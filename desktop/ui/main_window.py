"""The main window: navigation, menus, toolbar and status bar around the pages.

The window only assembles pages; each page owns its view, its actions and its refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop import __version__
from desktop.core import i18n
from desktop.core.text import format_int
from desktop.core.workspace import Workspace
from desktop.ui.approval_page import ApprovalPage
from desktop.ui.background import BackgroundRunner
from desktop.ui.backup_actions import BackupActions
from desktop.ui.board_page import BoardPage
from desktop.ui.bus import DataBus
from desktop.ui.conflicts_page import ConflictsPage
from desktop.ui.coop_page import CoopPage
from desktop.ui.dashboard_page import DashboardPage
from desktop.ui.directive_page import DirectivePage
from desktop.ui.excel_actions import ExcelActions
from desktop.ui.report_menu import build_report_menu
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.shortcuts import with_shortcut
from desktop.ui.source_cache import release_source_cache
from desktop.ui.staff_name import StaffNameAction
from desktop.ui.sync_page import SyncPage
from desktop.ui.task_page import TaskPage


class MainWindow(QMainWindow):
    """`first_screen`: the program's start shows the cooperative list's first rows and
    loads the whole list just after the window appears (as the other deferred pages)."""

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, first_screen: bool = False
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.bus = DataBus(self)
        self.runner = BackgroundRunner(self)
        identity = workspace.require_identity()
        self.setWindowTitle(self.tr("HTX Desktop – {office}").format(office=identity.office_name))
        fit_to_screen(self, 1280, 800)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(170)
        self.navigation.setAccessibleName(self.tr("Các trang"))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._deferred: list[QWidget] = []
        self.pages.currentChanged.connect(self._page_shown)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1090])
        self.setCentralWidget(splitter)

        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        where = workspace.database.sqlite_path or workspace.database.engine.url.render_as_string(
            hide_password=True
        )
        self.office_label = QLabel()
        self.office_label.setToolTip(self.tr("Dữ liệu: {where}").format(where=where))
        self.statusBar().addPermanentWidget(self.office_label)
        self._show_identity()
        self.bus.changed.connect(lambda _tables: self._show_identity())

        self.coop_page = CoopPage(workspace, self.bus)
        self.add_page(self.coop_page, self.tr("Hợp tác xã"), QStyle.StandardPixmap.SP_DirHomeIcon,
                      deferred=first_screen)  # fmt: skip
        if first_screen:
            self.coop_page.show_first_rows()
        self.task_page = TaskPage(workspace, self.bus)
        self.add_page(self.task_page, self.task_page.title(),
                      QStyle.StandardPixmap.SP_FileDialogDetailedView,
                      deferred=first_screen)  # fmt: skip
        self.directive_page: DirectivePage | None = None
        self.board_page: BoardPage | None = None
        if identity.is_hub:
            self.directive_page = DirectivePage(workspace, self.bus)
            self.add_page(
                self.directive_page,
                self.tr("Văn bản chỉ đạo"),
                QStyle.StandardPixmap.SP_FileIcon,
                deferred=True,
            )
            self.board_page = BoardPage(workspace, self.bus)
            self.add_page(
                self.board_page,
                self.board_page.title(),
                QStyle.StandardPixmap.SP_FileDialogInfoView,
                deferred=True,
            )
        self.dashboard_page = DashboardPage(workspace, self.bus, self.runner)
        self.add_page(self.dashboard_page, self.dashboard_page.title(),
                      QStyle.StandardPixmap.SP_ComputerIcon, deferred=True)  # fmt: skip
        self.dashboard_page.open_list.connect(self._open_list)
        self.approval_page = ApprovalPage(workspace, self.bus)
        self.add_page(self.approval_page, self.approval_page.title(),
                      QStyle.StandardPixmap.SP_DialogApplyButton, deferred=True)  # fmt: skip
        self.sync_page = SyncPage(workspace, self.bus, self.runner)
        self.add_page(self.sync_page, self.tr("Đồng bộ"), QStyle.StandardPixmap.SP_BrowserReload,
                      deferred=first_screen)  # fmt: skip
        self.conflicts_page = ConflictsPage(workspace, self.bus)
        self.conflicts_item = self.add_page(
            self.conflicts_page,
            self.tr("Xung đột"),
            QStyle.StandardPixmap.SP_MessageBoxWarning,
            deferred=first_screen,
        )
        self.conflicts_page.count_changed.connect(self._conflict_count)
        self._conflict_count(len(self.conflicts_page.items))
        self.setAcceptDrops(True)
        self._build_menus()
        self.navigation.setCurrentRow(0)
        self._fit_navigation()

    def _show_identity(self) -> None:
        """Title and status bar name the office (a setup file installed later renames it)."""
        identity = self.workspace.require_identity()
        self.setWindowTitle(self.tr("HTX Desktop – {office}").format(office=identity.office_name))
        self.office_label.setText(self.tr("Đơn vị: {office}").format(office=identity.office_name))

    # --- pages ----------------------------------------------------------------------------

    def add_page(
        self, page: QWidget, title: str, icon: QStyle.StandardPixmap, *, deferred: bool = False
    ) -> QListWidgetItem:
        """Add a page and its navigation item. A page with a `title_changed(str)` signal keeps
        its item's text current (counts such as "Nhiệm vụ (3)"); one with `show_requested()`
        is brought to the front when it asks (its menu action was used from another page)."""
        self.pages.addWidget(page)
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setData(Qt.ItemDataRole.UserRole, title)
        self.navigation.addItem(item)
        signal = getattr(page, "status_message", None)
        if signal is not None:
            signal.connect(lambda text, p=page: self._page_status(p, text))
        retitle = getattr(page, "title_changed", None)
        if retitle is not None:
            retitle.connect(item.setText)
            retitle.connect(lambda _title: self._fit_navigation())
        wants_front = getattr(page, "show_requested", None)
        if wants_front is not None:  # its menu actions work from any page
            wants_front.connect(lambda p=page: self.show_page(p))
        self.pages.currentChanged.connect(self._refresh_status)
        if deferred:
            # Loaded when first shown, or just after the window appears: the window is
            # usable sooner (the province's board takes a second at national scale).
            self._deferred.append(page)
        else:
            self._load(page)
        return item

    def _load(self, page: QWidget) -> None:
        if page in self._deferred:
            self._deferred.remove(page)
        reload = getattr(page, "reload", None)
        if reload is not None:
            reload()  # after the signals are connected, so the first status shows

    def load_deferred_pages(self) -> None:
        for page in list(self._deferred):
            self._load(page)
        release_source_cache()

    def _page_shown(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in self._deferred:
            self._load(page)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._deferred:
            QTimer.singleShot(100, self.load_deferred_pages)

    def _fit_navigation(self) -> None:
        """The navigation is as wide as its longest title: "Theo dõi tiến độ (2.980)" is
        never cut."""
        nav = self.navigation
        needed = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + 12
        if needed > nav.width() or nav.minimumWidth() < needed:
            nav.setMinimumWidth(max(170, needed))

    def navigation_text(self, page: QWidget) -> str:
        item = self.navigation.item(self.pages.indexOf(page))
        return item.text() if item else ""

    def set_badge(self, item: QListWidgetItem, count: int, *, alert: bool = True) -> None:
        """`Xung đột (3)` in the navigation, bold and red while something needs attention."""
        title = item.data(Qt.ItemDataRole.UserRole)
        item.setText(f"{title} ({format_int(count)})" if count else title)
        font = item.font()
        font.setBold(bool(count) and alert)
        item.setFont(font)
        self._fit_navigation()
        item.setForeground(
            Qt.GlobalColor.darkRed if count and alert else self.palette().text().color()
        )

    def _conflict_count(self, count: int) -> None:
        self.set_badge(self.conflicts_item, count)

    def _page_status(self, page: QWidget, text: str) -> None:
        page.setProperty("status_text", text)
        if self.pages.currentWidget() is page:
            self.status_label.setText(text)

    def _refresh_status(self) -> None:
        page = self.pages.currentWidget()
        self.status_label.setText(page.property("status_text") or "" if page else "")

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def _visible_coop_ids(self) -> list[str]:
        """The cooperatives the list shows (the whole list, even right after start)."""
        if self.coop_page in self._deferred:
            self._load(self.coop_page)
        return self.coop_page.model.visible_ids()

    def _open_list(self, wanted: dict) -> None:
        if self.coop_page in self._deferred:
            self._load(self.coop_page)
        self.coop_page.show_filtered(wanted)
        self.show_page(self.coop_page)

    # --- menus ----------------------------------------------------------------------------

    def _icon(self, pixmap: QStyle.StandardPixmap) -> QIcon:
        return self.style().standardIcon(pixmap)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self.backups = BackupActions(self, self.workspace, self.bus, self.runner)
        self.backups.status_message.connect(self.status_label.setText)
        quit_action = QAction(self.tr("T&hoát"), self)
        # Windows has no standard Quit key: Ctrl+Q everywhere.
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        self.file_menu = file_menu
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        self.staff_name = StaffNameAction(self)
        self.staff_name.status_message.connect(self.status_label.setText)
        file_menu.addAction(self.staff_name.action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        coop_menu = self.menuBar().addMenu(self.tr("&Hợp tác xã"))
        page = self.coop_page
        show_list = QAction(self.tr("&Danh sách hợp tác xã"), self)
        show_list.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_1))
        show_list.triggered.connect(lambda: self.show_page(self.coop_page))
        coop_menu.addAction(show_list)
        coop_menu.addSeparator()
        coop_menu.addActions(page.actions_for_menu())
        icons = {
            page.new_action: QStyle.StandardPixmap.SP_FileIcon,
            page.edit_action: QStyle.StandardPixmap.SP_FileDialogContentsView,
            page.delete_action: QStyle.StandardPixmap.SP_TrashIcon,
            page.undo_action: QStyle.StandardPixmap.SP_ArrowBack,
            page.find_action: QStyle.StandardPixmap.SP_FileDialogListView,
        }
        toolbar = QToolBar(self.tr("Thanh công cụ"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action, icon in icons.items():
            action.setIcon(self._icon(icon))
            toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        self._build_task_menu()

        self.excel = ExcelActions(self, self.workspace, self.bus, self.runner,
                                  self._visible_coop_ids)  # fmt: skip
        self.excel.status_message.connect(self.status_label.setText)
        self.coop_page.set_import_action(self.excel.import_action)
        self.menuBar().addMenu(self.excel.menu)

        self.reports = build_report_menu(self)
        self.menuBar().addMenu(self.reports.menu)
        self.reports.menu.addSeparator()
        self.reports.menu.addActions(self.approval_page.actions_for_menu())

        sync_menu = self.menuBar().addMenu(self.tr("Đồng &bộ"))
        sync_menu.addActions(self.sync_page.actions_for_menu())
        self.sync_page.export_action.setIcon(self._icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.sync_page.import_action.setIcon(self._icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        toolbar.addSeparator()
        toolbar.addAction(self.sync_page.export_action)
        toolbar.addAction(self.sync_page.import_action)

        for action in toolbar.actions():  # the keys show in the menus; in tooltips too
            if not action.isSeparator():
                action.setToolTip(with_shortcut(action))

        tools_menu = self.menuBar().addMenu(self.tr("&Công cụ"))
        languages = tools_menu.addMenu(self.tr("&Ngôn ngữ"))
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = languages.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))

        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        guide = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_task_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Nhiệm vụ"))
        self.task_menu = menu
        pages: list[tuple[QWidget, str, Qt.Key]] = [
            (self.task_page, self.tr("Nhiệm vụ được &giao"), Qt.Key.Key_2)
        ]
        if self.directive_page is not None and self.board_page is not None:
            pages += [
                (self.directive_page, self.tr("&Văn bản chỉ đạo"), Qt.Key.Key_3),
                (self.board_page, self.tr("&Theo dõi tiến độ"), Qt.Key.Key_4),
            ]
        for page, text, key in pages:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(Qt.Modifier.CTRL | key))
            action.triggered.connect(lambda _checked=False, p=page: self.show_page(p))
            menu.addAction(action)
        menu.addSeparator()
        report = self.task_page.report_action
        menu.addAction(report)
        if self.directive_page is not None:
            menu.addSeparator()
            menu.addActions(self.directive_page.actions_for_menu())

    # --- file actions ---------------------------------------------------------------------

    def choose_language(self, language: str) -> None:
        from desktop.core import preferences

        preferences.put("language", language)
        QMessageBox.information(
            self,
            self.tr("Ngôn ngữ"),
            self.tr("Ngôn ngữ mới sẽ được dùng từ lần mở chương trình sau.")
            + "\n"
            + "The new language applies the next time the application starts.",
        )

    def show_guide(self) -> None:
        from desktop.ui.guide import GuideDialog

        GuideDialog(self).exec()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Giới thiệu HTX Desktop"),
            self.tr(
                "<b>HTX Desktop {version}</b><br>Quản lý hợp tác xã và theo dõi tiến độ nhiệm vụ "
                "kinh tế tập thể, làm việc không cần mạng, đồng bộ bằng gói tệp."
            ).format(version=__version__),
        )

    # --- drag a package onto the window ------------------------------------------------------

    @staticmethod
    def _package_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return [
            u.toLocalFile()
            for u in urls
            if u.isLocalFile() and u.toLocalFile().lower().endswith(".htxpkg")
        ]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._package_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._package_paths(event)
        if paths:
            event.acceptProposedAction()
            self.open_package(paths[0])

    def open_package(self, path: str):
        from pathlib import Path

        self.show_page(self.sync_page)
        return self.sync_page.import_file(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.busy:
            answer = QMessageBox.question(
                self,
                self.tr("Đang xử lý"),
                self.tr(
                    "Một công việc đang chạy. Hủy công việc đó và thoát? Dữ liệu không bị ghi dở."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.runner.cancel()
            self.runner.wait()
        event.accept()
