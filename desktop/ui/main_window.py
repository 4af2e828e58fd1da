"""The main window: navigation, menus, toolbar and status bar around the pages.

The window only assembles pages; each page owns its view, its actions and its refresh.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QWidget,
)

from desktop import __version__
from desktop.core import i18n
from desktop.core.text import format_int
from desktop.ui.bus import DataBus
from desktop.ui.collector import keep_long_lived
from desktop.ui.coop_model import TableRows
from desktop.ui.coop_page import CoopPage, Places, place_items
from desktop.ui.screen_fit import fit_to_screen
from desktop.ui.shortcuts import with_shortcut
from desktop.ui.source_cache import release_source_cache
from desktop.ui.status_line import StatusLine

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QIcon

    # The other pages' modules are imported when the pages are made: at the program's start,
    # after the first screen is shown (see start_loader).
    from desktop.core.first_look import FirstLook
    from desktop.core.workspace import Workspace
    from desktop.ui.approval_page import ApprovalPage
    from desktop.ui.background import BackgroundRunner
    from desktop.ui.board_page import BoardPage
    from desktop.ui.conflicts_page import ConflictsPage
    from desktop.ui.dashboard_page import DashboardPage
    from desktop.ui.directive_page import DirectivePage
    from desktop.ui.start_loader import StartLoader
    from desktop.ui.sync_page import SyncPage
    from desktop.ui.task_page import TaskPage

_ICON = QStyle.StandardPixmap
log = logging.getLogger(__name__)


def _read_coop_list(workspace: Workspace) -> tuple[TableRows, dict[str, str], Places]:
    """The whole cooperative list and its place filters' items (on the start's thread: the
    longest read of the start)."""
    from desktop.core import registry

    with workspace.reading() as conn:
        rows, sectors = registry.table_rows(conn), registry.sectors(conn)
    return rows, sectors, place_items(rows)


# The start's steps follow one another on a timer of a millisecond, not a call queued for the
# next turn (a 0 ms single shot): Qt runs queued calls back to back, those queued meanwhile
# too, so the window's repaints and a person's clicks waited for a whole chain of steps
# (the list shown, its filters filled, the next page loaded: 100 ms).
NEXT_TURN_MS = 1


class MainWindow(QMainWindow):
    """`first_screen`: the program's start shows the cooperative list's first rows and
    loads the whole list just after the window appears (as the other deferred pages).

    `MainWindow(None, first_look=...)` is the program's start on a SQLite file: the window
    shows what `first_look` read (navigation, menus, the list's first rows) before the
    workspace is open; `start_loader` opens it after the first paint and the pages are made
    then, one at a time between events."""

    def __init__(
        self,
        workspace: Workspace | None,
        parent: QWidget | None = None,
        *,
        first_screen: bool = False,
        first_look: FirstLook | None = None,
    ) -> None:
        super().__init__(parent)
        if workspace is None and first_look is None:
            raise ValueError("a workspace or a first look")
        self.workspace: Workspace = workspace  # type: ignore[assignment]  # set by _attach
        self.bus = DataBus(self)
        self.runner: BackgroundRunner
        if workspace is not None:
            self._make_runner()
        self._first_look = first_look
        self._loader: StartLoader | None = None
        self._poll: QTimer | None = None  # asks the loader whether it is done
        self._steps: list[Callable[[], None]] = []  # the start's steps still to take
        self._after_start: list[Callable[[], None]] = []
        self._after_paint: list[Callable[[], None]] = []
        self._start_complete = workspace is not None
        self._busy_cursor = False  # the busy arrow shown while the start loads
        self._coop_list: tuple[TableRows, dict[str, str], Places] | None = None
        identity = workspace.require_identity() if workspace is not None else first_look.identity  # type: ignore[union-attr]
        self._identity = identity
        self.setWindowTitle(self.tr("HTX Desktop – {office}").format(office=identity.office_name))
        fit_to_screen(self, 1280, 800)

        self.pages = QStackedWidget()
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(170)
        self.navigation.setAccessibleName(self.tr("Các trang"))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self._deferred: list[QWidget] = []
        self._placeholders: list[QWidget] = []  # where the pages not made yet will go
        self.pages.currentChanged.connect(self._page_shown)
        self.pages.currentChanged.connect(self._refresh_status)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 1090])
        self.setCentralWidget(splitter)

        status_line = StatusLine()  # its text changes do not lay the window out again
        self.status_label = status_line.label
        self.statusBar().addWidget(status_line, 1)
        if workspace is not None:
            where = (
                workspace.database.sqlite_path
                or workspace.database.engine.url.render_as_string(hide_password=True)
            )
        else:
            where = first_look.path  # type: ignore[union-attr]
        self.office_label = QLabel()
        self.office_label.setToolTip(self.tr("Dữ liệu: {where}").format(where=where))
        self.statusBar().addPermanentWidget(self.office_label)
        self._show_identity()

        # The navigation and the cooperative page first; the other pages take their places
        # when they are made.
        self.coop_page = CoopPage(workspace, self.bus)  # type: ignore[arg-type]
        self.add_page(self.coop_page, self.tr("Hợp tác xã"), _ICON.SP_DirHomeIcon,
                      deferred=first_screen or workspace is None)  # fmt: skip
        self.task_page: TaskPage
        self.directive_page: DirectivePage | None = None
        self.board_page: BoardPage | None = None
        self.dashboard_page: DashboardPage
        self.approval_page: ApprovalPage
        self.sync_page: SyncPage
        self.conflicts_page: ConflictsPage
        self._slots: dict[str, QListWidgetItem] = {}
        translate = QCoreApplication.translate
        slots = [("task", translate("TaskPage", "Nhiệm vụ"), _ICON.SP_FileDialogDetailedView)]
        if identity.is_hub:
            slots += [
                ("directive", self.tr("Văn bản chỉ đạo"), _ICON.SP_FileIcon),
                ("board", translate("BoardPage", "Theo dõi tiến độ"), _ICON.SP_FileDialogInfoView),
            ]
        slots += [
            ("dashboard", translate("DashboardPage", "Bảng điều khiển"), _ICON.SP_ComputerIcon),
            ("approval", translate("ApprovalPage", "Duyệt số liệu"), _ICON.SP_DialogApplyButton),
            ("sync", self.tr("Đồng bộ"), _ICON.SP_BrowserReload),
            ("conflicts", self.tr("Xung đột"), _ICON.SP_MessageBoxWarning),
        ]
        for key, title, icon in slots:
            placeholder = QWidget()
            self._placeholders.append(placeholder)
            self.pages.addWidget(placeholder)
            self._slots[key] = self._navigation_item(title, icon)
        self.conflicts_item = self._slots["conflicts"]
        self.setAcceptDrops(True)
        self._menus: dict[str, QMenu] = {}
        self._first_menus()
        self.navigation.setCurrentRow(0)
        self._fit_navigation()
        if workspace is not None:
            self._make_pages(first_screen=first_screen)
        else:
            self.coop_page.show_first_rows(read=(first_look.rows, first_look.sector_names))  # type: ignore[union-attr]
        if first_screen and workspace is not None:
            self.coop_page.show_first_rows()

    # --- the start ------------------------------------------------------------------------

    @property
    def starting(self) -> bool:
        """The workspace is not open yet, or pages are still being made."""
        return self.workspace is None or bool(self._steps)

    def when_started(self, callback: Callable[[], None]) -> None:
        """`callback` once every page is made (at once if they are)."""
        if self.starting:
            self._after_start.append(callback)
        else:
            callback()

    def _make_runner(self) -> None:
        from desktop.ui.background import BackgroundRunner

        self.runner = BackgroundRunner(self)

    def _begin_loading(self) -> None:
        from desktop.ui.start_loader import EarlyInput, StartLoader

        if self._loader is not None or self.workspace is not None:
            return
        assert self._first_look is not None
        self._loader = StartLoader(self._first_look.url, prefetch=_read_coop_list)
        # Until the pages are made, a click or a key first finishes the start. (From the first
        # paint on: nobody clicks a window before it is on screen, and a filter on every
        # event before then would slow the first paint.)
        self._early_input: EarlyInput | None = EarlyInput(self, self.finish_start)
        self._early_input.install()
        # The arrow with the busy sign: usable, still loading.
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._busy_cursor = True
        self._loader.start()
        self._poll = QTimer(self)
        self._poll.setInterval(20)
        self._poll.timeout.connect(self._check_loader)
        self._poll.start()

    def _check_loader(self) -> None:
        if self._loader is not None and self._loader.done:
            assert self._poll is not None
            self._poll.stop()
            if self._loader.cancelled:  # the window closed while it loaded: nothing to show
                return
            if self._take_workspace():
                keep_long_lived()  # the modules and the list the thread read
                QTimer.singleShot(NEXT_TURN_MS, self, self._next_step)

    def _take_workspace(self) -> bool:
        """Attach the workspace the loader opened; False when it could not (reported, and the
        window closes)."""
        if self.workspace is not None:
            return True
        assert self._loader is not None
        from PySide6.QtWidgets import QMessageBox

        from desktop.core.errors import KnownError

        try:
            workspace = self._loader.take()
        except KnownError as exc:
            self._stop_listening()
            QMessageBox.critical(
                self, QCoreApplication.translate("App", "Không mở được dữ liệu"), exc.message
            )
            self.close()
            return False
        except Exception as exc:  # a bug: the crash dialog (details in the log)
            from desktop.ui.errors import show_error

            self._stop_listening()
            show_error(self, exc)
            self.close()
            return False
        self.workspace = workspace
        self.coop_page.workspace = workspace
        self._coop_list = self._loader.prefetched  # shown when the list's turn comes
        # Held here only: the list's next reload would otherwise keep this one alive too.
        self._loader.prefetched = None
        self._make_runner()
        self._make_pages(first_screen=True, stepwise=True)
        return True

    def _next_step(self) -> None:
        """One step of the start (a page made, the menus, a page loaded), then the next one
        after the events waiting."""
        if self._steps:
            self._steps.pop(0)()
        if self._steps:
            QTimer.singleShot(NEXT_TURN_MS, self, self._next_step)
        else:
            self._started()

    def finish_start(self) -> None:
        """Everything the start still has to do, now (a person clicked or typed)."""
        if self._loader is None and self.workspace is None:
            self._begin_loading()
        if not self.starting:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if self.workspace is None and not self._take_workspace():
                return
            while self._steps:
                self._steps.pop(0)()
        finally:
            QApplication.restoreOverrideCursor()
        self._started()

    def _started(self) -> None:
        if self._start_complete:
            return
        self._start_complete = True
        self._stop_listening()
        callbacks, self._after_start = self._after_start, []
        for callback in callbacks:
            callback()
        if self._deferred:  # then the pages' data, one page per turn
            QTimer.singleShot(NEXT_TURN_MS, self, self._load_next_deferred)

    def _stop_listening(self) -> None:
        if self._busy_cursor:
            self._busy_cursor = False
            QApplication.restoreOverrideCursor()
        early = getattr(self, "_early_input", None)
        if early is not None:
            early.remove()
            self._early_input = None

    def _load_next_deferred(self) -> None:
        if self._deferred and not self.starting and self.isVisible():
            page = self._deferred[0]
            read = getattr(page, "read", None)
            if read is not None:  # its data is read on a thread, then shown
                self._read_then_show(page, read)
                return
            self._load(page)
            self._next_deferred()

    def _next_deferred(self) -> None:
        if self._deferred:
            QTimer.singleShot(NEXT_TURN_MS, self, self._load_next_deferred)
        else:
            release_source_cache()  # every module the window needs is imported now
            keep_long_lived()  # and every page's data is read

    def _read_then_show(self, page: QWidget, read: Callable[[], object]) -> None:
        """A page whose `read()` touches no widget (the national board takes a second to
        read): read on a thread while the window answers, then `show_read` here. Data that
        changed meanwhile, or a read that failed, is read again here, as `reload` does."""
        from desktop.ui.start_loader import ThreadRead

        changed: list[set[str]] = []

        def note(tables: set[str]) -> None:
            changed.append(tables)

        self.bus.changed.connect(note)
        reading = ThreadRead(read)
        poll = QTimer(self)
        poll.setInterval(10)

        def check() -> None:
            if not reading.done:
                return
            poll.stop()
            poll.deleteLater()
            self.bus.changed.disconnect(note)
            if page in self._deferred:
                try:
                    data = reading.result()
                except Exception:
                    log.info("reading %s on a thread failed: read again", type(page).__name__)
                    changed.append({"*"})
                if changed:
                    self._load(page)
                else:
                    self._deferred.remove(page)
                    page.show_read(data)  # type: ignore[attr-defined]
            self._next_deferred()

        poll.timeout.connect(check)
        poll.start()

    def _make_pages(self, *, first_screen: bool, stepwise: bool = False) -> None:
        """Make the pages in their places, then the menus; `stepwise`: one step per turn of
        the event loop (the start), else all now."""
        workspace = self.workspace
        quick = stepwise

        def task() -> None:
            from desktop.ui.task_page import TaskPage

            self.task_page = TaskPage(workspace, self.bus)
            self._put("task", self.task_page, deferred=first_screen)

        def hub_pages() -> None:
            from desktop.ui.board_page import BoardPage
            from desktop.ui.directive_page import DirectivePage

            self.directive_page = DirectivePage(workspace, self.bus)
            self._put("directive", self.directive_page, deferred=True)
            self.board_page = BoardPage(workspace, self.bus)
            self._put("board", self.board_page, deferred=True)

        def dashboard() -> None:
            from desktop.ui.dashboard_page import DashboardPage

            self.dashboard_page = DashboardPage(workspace, self.bus, self.runner)
            self._put("dashboard", self.dashboard_page, deferred=True)
            self.dashboard_page.open_list.connect(self._open_list)

        def approval() -> None:
            from desktop.ui.approval_page import ApprovalPage

            self.approval_page = ApprovalPage(workspace, self.bus)
            self._put("approval", self.approval_page, deferred=True)

        def sync() -> None:
            from desktop.ui.sync_page import SyncPage

            self.sync_page = SyncPage(workspace, self.bus, self.runner)
            self._put("sync", self.sync_page, deferred=first_screen)

        def conflicts() -> None:
            from desktop.ui.conflicts_page import ConflictsPage

            self.conflicts_page = ConflictsPage(workspace, self.bus)
            self._put("conflicts", self.conflicts_page, deferred=first_screen)
            self.conflicts_page.count_changed.connect(self._conflict_count)
            self._conflict_count(len(self.conflicts_page.items))

        def menus() -> None:
            self.bus.changed.connect(lambda _tables: self._show_identity())
            self._build_menus()
            self._fit_navigation()

        steps = [task, *([hub_pages] if "directive" in self._slots else []), dashboard,
                 approval, sync, conflicts, menus]  # fmt: skip
        if quick:
            self._steps = steps
        else:
            for step in steps:
                step()

    def _show_identity(self) -> None:
        """Title and status bar name the office (a setup file installed later renames it)."""
        identity = self.workspace.require_identity() if self.workspace else self._identity
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
        item = self._navigation_item(title, icon)
        self._connect_page(page, item, deferred=deferred)
        return item

    def _navigation_item(self, title: str, icon: QStyle.StandardPixmap) -> QListWidgetItem:
        item = QListWidgetItem(self.style().standardIcon(icon), title)
        item.setData(Qt.ItemDataRole.UserRole, title)
        self.navigation.addItem(item)
        return item

    def _put(self, key: str, page: QWidget, *, deferred: bool) -> None:
        """A page made after the window: it takes the place kept for it."""
        item = self._slots[key]
        index = self.navigation.row(item)
        placeholder = self.pages.widget(index)
        assert placeholder is not None
        self.pages.blockSignals(True)  # the page on screen does not change meanwhile
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(placeholder)
        self.pages.setCurrentIndex(max(0, self.navigation.currentRow()))
        self.pages.blockSignals(False)
        self._placeholders.remove(placeholder)
        placeholder.deleteLater()
        self._connect_page(page, item, deferred=deferred)
        if self.pages.currentWidget() is page:
            self._page_shown(index)
            self._refresh_status()

    def _connect_page(self, page: QWidget, item: QListWidgetItem, *, deferred: bool) -> None:
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
        if deferred:
            # Loaded when first shown, or just after the window appears: the window is
            # usable sooner (the province's board takes a second at national scale).
            self._deferred.append(page)
        else:
            self._load(page)

    def _load(self, page: QWidget) -> None:
        if page in self._deferred:
            self._deferred.remove(page)
        if page is self.coop_page and self._coop_list is not None:
            rows, sectors, places = self._coop_list  # read on the start's thread
            self._coop_list = None
            self.coop_page.show_rows(rows, sectors, places)
            # The window's largest objects, kept as long as it: out of the collector's sight
            # now, else its next passes walk them three times over (30 + 35 + 100 ms).
            keep_long_lived()
            return
        reload = getattr(page, "reload", None)
        if reload is not None:
            reload()  # after the signals are connected, so the first status shows

    def load_deferred_pages(self) -> None:
        if self.starting:
            return  # loaded one by one once the start is done
        for page in list(self._deferred):
            self._load(page)
        release_source_cache()

    def _page_shown(self, index: int) -> None:
        page = self.pages.widget(index)
        if page in self._placeholders:
            self.finish_start()  # a page not made yet was asked for
            return
        if page in self._deferred and not self.starting:
            self._load(page)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.workspace is None:
            return  # the rest loads after the first paint (paintEvent)
        if self._deferred:
            QTimer.singleShot(100, self, self.load_deferred_pages)

    def when_painted(self, callback: Callable[[], None]) -> None:
        """`callback` just after the window is first painted (what the first screen does not
        need waits for it)."""
        self._after_paint.append(callback)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self._after_paint or (self.workspace is None and self._loader is None):
            # The first screen is being painted (the pages inside it too, in this same pass):
            # the rest of the start begins once it is on screen.
            QTimer.singleShot(0, self, self._painted)

    def _painted(self) -> None:
        callbacks, self._after_paint = self._after_paint, []
        # Each on a turn of its own, the window answering in between (the single-instance
        # listener imports QtNetwork: 30 ms, which came on top of the first paint).
        for callback in callbacks:
            QTimer.singleShot(NEXT_TURN_MS, self, callback)
        if self.workspace is None:
            QTimer.singleShot(NEXT_TURN_MS, self, self._begin_loading)

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

    def _first_menus(self) -> None:
        """The menu bar's titles, the cooperative menu and the toolbar: what the first screen
        shows. `_build_menus` fills the rest once the pages are made."""
        bar = self.menuBar()
        # Outside the tuple: lupdate gives the strings after a translate() call inside one
        # the wrong context.
        excel = QCoreApplication.translate("ExcelActions", "E&xcel")
        reports = QCoreApplication.translate("PrintActions", "&Báo cáo")
        for key, title in (("file", self.tr("&Tệp")), ("coop", self.tr("&Hợp tác xã")),
                           ("task", self.tr("&Nhiệm vụ")), ("excel", excel),
                           ("reports", reports), ("sync", self.tr("Đồng &bộ")),
                           ("tools", self.tr("&Công cụ")), ("help", self.tr("Trợ &giúp"))):  # fmt: skip
            self._menus[key] = bar.addMenu(title)
        self.file_menu = self._menus["file"]
        self.task_menu = self._menus["task"]

        coop_menu = self._menus["coop"]
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

    def _replace_menu(self, key: str, menu: QMenu) -> None:
        """A menu made by its own module takes the place its title kept in the menu bar."""
        kept = self._menus[key]
        self.menuBar().insertMenu(kept.menuAction(), menu)
        self.menuBar().removeAction(kept.menuAction())
        kept.deleteLater()
        self._menus[key] = menu

    def _build_menus(self) -> None:
        from desktop.ui.backup_actions import BackupActions
        from desktop.ui.excel_actions import ExcelActions
        from desktop.ui.report_menu import build_report_menu
        from desktop.ui.staff_name import StaffNameAction

        file_menu = self._menus["file"]
        self.backups = BackupActions(self, self.workspace, self.bus, self.runner)
        self.backups.status_message.connect(self.status_label.setText)
        quit_action = QAction(self.tr("T&hoát"), self)
        # Windows has no standard Quit key: Ctrl+Q everywhere.
        quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        file_menu.addActions(self.backups.actions())
        file_menu.addSeparator()
        self.staff_name = StaffNameAction(self)
        self.staff_name.status_message.connect(self.status_label.setText)
        file_menu.addAction(self.staff_name.action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        self._build_task_menu()

        self.excel = ExcelActions(self, self.workspace, self.bus, self.runner,
                                  self._visible_coop_ids)  # fmt: skip
        self.excel.status_message.connect(self.status_label.setText)
        self.coop_page.set_import_action(self.excel.import_action)
        self._replace_menu("excel", self.excel.menu)

        self.reports = build_report_menu(self)
        self._replace_menu("reports", self.reports.menu)
        self.reports.menu.addSeparator()
        self.reports.menu.addActions(self.approval_page.actions_for_menu())

        sync_menu = self._menus["sync"]
        sync_menu.addActions(self.sync_page.actions_for_menu())
        self.sync_page.export_action.setIcon(self._icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.sync_page.import_action.setIcon(self._icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        toolbar = self.toolbar
        toolbar.addSeparator()
        toolbar.addAction(self.sync_page.export_action)
        toolbar.addAction(self.sync_page.import_action)

        for action in toolbar.actions():  # the keys show in the menus; in tooltips too
            if not action.isSeparator():
                action.setToolTip(with_shortcut(action))

        tools_menu = self._menus["tools"]
        languages = tools_menu.addMenu(self.tr("&Ngôn ngữ"))
        for code, label in (("vi", "Tiếng Việt"), ("en", "English")):
            action = languages.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == i18n.language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))

        help_menu = self._menus["help"]
        guide = QAction(self.tr("&Hướng dẫn sử dụng"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&Giới thiệu"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_task_menu(self) -> None:
        menu = self._menus["task"]
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
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QMessageBox

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

        self.finish_start()
        self.show_page(self.sync_page)
        return self.sync_page.import_file(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        from PySide6.QtWidgets import QMessageBox

        runner = getattr(self, "runner", None)
        if runner is not None and runner.busy:
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
            runner.cancel()
            runner.wait()
        if self._loader is not None:
            self._loader.cancel()  # a workspace it opened, not yet taken, is closed
            if self._poll is not None:
                self._poll.stop()
        self._steps = []
        self._stop_listening()
        event.accept()
