"""The cooperative table: plain rows in memory, filtered and sorted without the database.

Thirty thousand rows fit easily in memory; filtering a list of pre-folded search keys takes a
few milliseconds, far quicker than a query per keystroke. The search (desktop.core.search)
ranks what it finds; the table's column order decides among equally good matches.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core import areas, search, vocab
from desktop.core.column_rows import ColumnRows, column_of, reader_of, values_at
from desktop.core.compact_rows import drop_field
from desktop.core.text import format_date, format_int, sort_key
from desktop.core.word_index import row_set

GREY_TEXT = QColor("#888888")  # dissolved or revoked
CONFLICT_BACKGROUND = QColor("#fff3cd")
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_ROOT = QModelIndex()
_DISPLAY = Qt.ItemDataRole.DisplayRole
# The roles `data` answers besides the text.
_STYLED = frozenset({ID_ROLE, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole,
                     Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
                     Qt.ItemDataRole.ToolTipRole})  # fmt: skip

_GREY_STATUSES = frozenset({"dissolved", "revoked"})

# How a cell looks besides its text (`CoopTableModel.cell`), as bits.
GREY = 1  # dissolved or revoked
CONFLICT = 2  # the record has a conflict to resolve
ITALIC = 4  # a weak match of the search
RIGHT = 8  # a number, right-aligned

COLUMNS = ("registration_code", "name", "entity_type", "sector", "status", "province",
           "district", "area", "registered_on", "members", "revenue")  # fmt: skip
_RIGHT_COLUMNS = (COLUMNS.index("members"), COLUMNS.index("revenue"))

# The table's rows: dicts (the first screen's), or the rows held by column of
# `registry.table_rows` (desktop.core.column_rows), read whole field by field where every row
# is read (`column_of`).
TableRows = Sequence[Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Filters:
    text: str = ""
    province: str | None = None  # "scheme:code" of a province
    district: str | None = None  # "scheme:code": pre2025 district, post2025 commune, province
    sector: str | None = None
    status: str | None = None
    entity_type: str | None = None


# Fields of the rows that only the search index reads, once, while it makes its index of the
# texts with diacritics (`SearchIndex.exact_made`): let go then (nationally 7 MB of the list).
_INDEXED_ONLY = ("address", "representative")

# From this many rows on, the search index is made between the window's events as soon as the
# rows come, a slice of this many seconds at a time.
_PREPARED_AHEAD = 2000
_PREPARE_SLICE_S = 0.005
# After a keystroke's search, that making waits this long: a slice run between the search
# and the table's repaint delayed the updated table by up to a slice. (Between keystrokes
# typed at a person's pace it goes on.)
_TYPING_PAUSE_MS = 100


@functools.lru_cache(maxsize=16384)
def _full_name(scheme: str, code: str | None) -> str:
    return areas.full_name(scheme, code)


def _full_area_name(row: Mapping[str, Any]) -> str:
    """A row's full area name (a plain function: the search index may call it on a
    thread)."""
    return _full_name(row["area_scheme"], row["area_code"])


class CoopTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: TableRows = []
        # Read for every row painted (`row_look`): without a mapping made for each.
        self._status_of: Callable[[int], Any] = reader_of(self._rows, "status")
        self._conflict_of: Callable[[int], Any] = reader_of(self._rows, "has_conflict")
        self._visible: list[int] = []
        self._filters = Filters()
        self._sort: tuple[int, Qt.SortOrder] = (1, Qt.SortOrder.AscendingOrder)
        self._sectors: dict[str, str] = {}
        self._labels: tuple[dict[str, str], dict[str, str], dict[str, str]] = ({}, {}, {})
        self._area_names: dict[tuple[str, str | None], str] = {}
        self._date_texts: dict[Any, str] = {}
        self._texts_version = 0  # see `texts_version`
        self._sort_keys: dict[int, Sequence[Any]] = {}
        # The rows in the table's order: by name, a range (the rows' own order).
        self._order: Sequence[int] = range(0)
        self._index = search.SearchIndex([], _full_area_name)
        self._indexed_texts_held = False  # the rows still hold `_INDEXED_ONLY`
        self._preparing = QTimer(self)  # zero interval: whenever no event waits
        self._preparing.setInterval(0)
        self._preparing.timeout.connect(self._prepare_some)
        self._prepared = True  # False while the index is made in slices
        self._typing = QTimer(self)  # see _TYPING_PAUSE_MS
        self._typing.setSingleShot(True)
        self._typing.setInterval(_TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._typing_paused)
        self._strong = 0  # how many of the shown rows match the search strongly
        self._weak: dict[int, int] = {}  # row index -> rank, for weak matches
        self._italic = QFont()
        self._italic.setItalic(True)
        # (other filters, the row set they leave) last applied
        self._within: tuple[tuple, int | None] | None = None
        self._headers = [
            self.tr("Mã số"), self.tr("Tên"), self.tr("Loại hình"), self.tr("Lĩnh vực"),
            self.tr("Tình trạng"), self.tr("Tỉnh"), self.tr("Huyện"), self.tr("Xã / địa bàn"),
            self.tr("Ngày đăng ký"), self.tr("Thành viên"), self.tr("Doanh thu (triệu đồng)"),
        ]  # fmt: skip

    # --- loading --------------------------------------------------------------------------

    def set_rows(self, rows: TableRows, sectors: dict[str, str]) -> None:
        """Replace the data: rows in name order, as `registry.table_rows` and
        `first_table_rows` give them (a row's place is its name's sort key, so the rows need
        not carry one). The rows are kept, not copied, and their search keys move into
        the search index (`search_key` is taken out of each row; `address` and
        `representative` too, once the index has read them). A cell's text is made
        when it is shown (or when a column is first sorted by its text), not here: the
        table shows a few dozen of 30,000 rows, and making them all took a third of a
        second at every start."""
        self._sectors = sectors
        # Labels as they are now, so that a row formatted later reads the same as if it had
        # been formatted here.
        self._labels = (vocab.entity_types(), vocab.statuses(), sectors)
        self._area_names = {}
        self._date_texts = {}  # many cooperatives share a registration date
        prepared = rows
        self.beginResetModel()
        self._rows = prepared
        self._status_of = reader_of(prepared, "status")
        self._conflict_of = reader_of(prepared, "has_conflict")
        self._texts_version += 1
        self._within = None
        self._sort_keys = {}
        self._order = range(len(prepared))
        self._apply_sort()
        # The index lays its texts out in the table's order (see search.SearchIndex).
        self._index.close()
        self._index = search.SearchIndex(prepared, _full_area_name, self._order)
        if len(prepared) >= _PREPARED_AHEAD:
            # Its word indexes take a second for 30,000 rows: made while the person reads the
            # list, so that the first keystroke does not wait for them; in slices between
            # the window's events, not on a thread, whose Python work took the GIL from the
            # window half the time while the other pages loaded (and stopped it for as long
            # again). A search before they are made finishes them.
            self._prepared = False
            self._preparing.start()
        else:
            self._prepared = True
            self._preparing.stop()
        self._typing.stop()
        # The index keeps every search key (with the space it needs in front); the rows'
        # own copies would hold the 30,000 keys twice.
        drop_field(prepared, "search_key")
        self._indexed_texts_held = True
        self._show(self._refilter())
        self.endResetModel()

    def _area_name(self, scheme: str, code: str | None) -> str:
        key = (scheme, code)
        if key not in self._area_names:
            self._area_names[key] = areas.name(scheme, code) if code else ""
        return self._area_names[key]

    def prepare_search(self) -> None:
        """Build what the first search needs (called when the window is idle)."""
        self._index.prepare()

    def _prepare_some(self) -> None:
        if self._index.prepare_some(_PREPARE_SLICE_S):
            self._prepared = True
            self._preparing.stop()
        self._let_indexed_texts_go()  # its first part: see `_let_indexed_texts_go`

    def _let_indexed_texts_go(self) -> None:
        """Once the index of the texts with diacritics is made, the rows' own copies of the
        texts only it reads are let go (`_INDEXED_ONLY`)."""
        if self._indexed_texts_held and self._index.exact_made:
            self._indexed_texts_held = False
            for name in _INDEXED_ONLY:
                drop_field(self._rows, name)
            # The full area names were asked for by that index only, once a row: kept,
            # they were 0.9 MB nationally (3,300 names and the cache's entries).
            _full_name.cache_clear()

    def _typing_paused(self) -> None:
        if not self._prepared:
            self._preparing.start()

    def _text(self, row: Mapping[str, Any], column: int) -> str:
        """A cell's text, made when asked: the table shows a few dozen of 30,000 rows, and
        keeping every row's texts doubled the list's memory."""
        name = COLUMNS[column]
        if name in ("registration_code", "name"):
            return row[name]
        types, statuses, sectors = self._labels
        if name == "entity_type":
            return types.get(row["entity_type"], row["entity_type"] or "")
        if name == "sector":
            return sectors.get(row["sector"] or "", row["sector"] or "")
        if name == "status":
            return statuses.get(row["status"], row["status"] or "")
        if name == "province":
            return self._area_name(row["area_scheme"], row["province_code"])
        if name == "district":
            return self._area_name(row["area_scheme"], row["district_code"])
        if name == "area":
            return self._area_name(row["area_scheme"], row["area_code"])
        if name == "registered_on":
            registered_on = row["registered_on"]
            text = self._date_texts.get(registered_on)
            if text is None:
                text = self._date_texts[registered_on] = format_date(registered_on)
            return text
        if name == "members":
            return format_int(row["members"])
        revenue = row["revenue"]
        return format_int(revenue / 1_000_000) if revenue is not None else ""

    def _column_texts(self, column: int) -> list[str]:
        """`_text` of every row in a column shown as text (not a date or number), read field
        by field."""
        name = COLUMNS[column]
        rows = self._rows
        if name in ("registration_code", "name"):
            return list(column_of(rows, name))
        types, statuses, sectors = self._labels
        if name in ("entity_type", "status"):
            labels = types if name == "entity_type" else statuses
            return [labels.get(value, value or "") for value in column_of(rows, name)]
        if name == "sector":
            return [sectors.get(value or "", value or "") for value in column_of(rows, name)]
        field = {"province": "province_code", "district": "district_code", "area": "area_code"}
        schemes = column_of(rows, "area_scheme")
        return list(map(self._area_name, schemes, column_of(rows, field[name])))

    def _key_for(self, column: int) -> Sequence[Any]:
        if column not in self._sort_keys:
            name = COLUMNS[column]
            keys: Sequence[Any]
            if name == "name":
                keys = range(len(self._rows))  # the rows come in name order
            elif name == "registered_on":
                dates = column_of(self._rows, "registered_on")
                keys = [day.toordinal() if day else -1 for day in dates]
            elif name in ("members", "revenue"):
                numbers = column_of(self._rows, name)
                keys = [number if number is not None else -(10**18) for number in numbers]
            else:
                cache: dict[str, str] = {}
                texts: list[str] = []
                for text in self._column_texts(column):
                    if text not in cache:
                        cache[text] = sort_key(text)
                    texts.append(cache[text])
                keys = texts
            self._sort_keys[column] = keys
        return self._sort_keys[column]

    def _apply_sort(self) -> None:
        column, order = self._sort
        count = len(self._rows)
        if column == COLUMNS.index("name"):
            # The rows come in name order: a range, not a list of 30,000 numbers (0.24 MB),
            # which the index reads without comparing them either.
            ascending = order == Qt.SortOrder.AscendingOrder
            self._order = range(count) if ascending else range(count - 1, -1, -1)
            return
        keys = self._key_for(column)
        tiebreak = self._key_for(1)
        # The index's own int objects where it has them (the rows shown are picked out of
        # the order: new ones would be a megabyte more); keys are unique with the tiebreak,
        # so the order before does not matter.
        numbers = self._index.row_numbers if len(self._index.row_numbers) == count else None
        ordered = list(numbers if numbers is not None else range(count))
        ordered.sort(key=lambda i: (keys[i], tiebreak[i]))
        if order == Qt.SortOrder.DescendingOrder:
            ordered.reverse()
        self._order = ordered

    def _refilter(self) -> search.Ranked:
        """The rows that match the filters, ranked (`_show` shows them)."""
        f = self._filters
        # Every word typed must begin a word of the record: `dong hoi` finds Đồng Hới but not
        # Thới An Đông; the search then ranks what it found.
        query = search.parse(f.text)
        others = (f.province, f.district, f.sector, f.status, f.entity_type)
        if self._within is None or self._within[0] != others:
            self._within = (others, self._kept_by(others))
        return self._index.search(query, self._order, self._within[1])

    def _kept_by(self, others: tuple[str | None, ...]) -> int | None:
        """The row set the filters other than the search leave (None: every row)."""
        province, district, sector, status, entity_type = others
        rows = self._rows
        candidates: Iterable[int] = range(len(rows))
        if not any(others):
            return None
        # Places are `scheme:code` (codes mean other places in the other scheme).
        if province or district:
            schemes = column_of(rows, "area_scheme")
            provinces = column_of(rows, "province_code")
        if province:
            scheme, _, code = province.partition(":")
            candidates = [i for i in candidates if provinces[i] == code
                          and schemes[i] == scheme]  # fmt: skip
        if district:
            scheme, _, code = district.partition(":")
            districts, units = column_of(rows, "district_code"), column_of(rows, "area_code")
            candidates = [i for i in candidates if schemes[i] == scheme
                          and code in (districts[i], provinces[i], units[i])]  # fmt: skip
        for name, value in (("sector", sector), ("status", status),
                            ("entity_type", entity_type)):  # fmt: skip
            if value:
                values = column_of(rows, name)
                candidates = [i for i in candidates if values[i] == value]
        return row_set(candidates, len(rows))

    def _show(self, ranked: search.Ranked) -> None:
        self._visible = ranked.rows
        self._strong = ranked.strong
        self._weak = ranked.ranks

    # --- filtering and sorting ------------------------------------------------------------

    def set_filters(self, filters: Filters) -> None:
        if filters == self._filters:
            return
        searched = bool(self._filters.text.strip())
        self._filters = filters
        if not self._prepared:  # the index's making waits for a pause in the typing
            self._preparing.stop()
            self._typing.start()
        ranked = self._refilter()
        self._let_indexed_texts_go()  # a search typed with diacritics may have made it
        if (
            ranked.rows == self._visible
            and ranked.strong == self._strong
            and ranked.ranks == self._weak
            and searched == bool(filters.text.strip())
        ):
            return  # the table shows these rows already ("hop tac x" -> "hop tac xa")
        self.beginResetModel()
        self._show(ranked)
        self.endResetModel()

    def filters(self) -> Filters:
        return self._filters

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._apply_sort()
        self._show(self._refilter())
        self.layoutChanged.emit()

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def total(self) -> int:
        return len(self._rows)

    def strong_count(self) -> int:
        """How many shown rows match the search well (all of them when nothing is typed);
        the others are shown after them as partial matches."""
        return self._strong

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role == _DISPLAY:  # most asked: first, and without the others' checks
            return self._text(self._rows[self._visible[index.row()]], index.column())
        if role not in _STYLED:
            return None
        row = self._rows[self._visible[index.row()]]
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in (
            "members",
            "revenue",
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row["status"] in _GREY_STATUSES:
            return QBrush(GREY_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and row["has_conflict"]:
            return QBrush(CONFLICT_BACKGROUND)
        if (
            role == Qt.ItemDataRole.FontRole
            and self._weak
            and self._visible[index.row()] in self._weak
        ):
            return self._italic
        if role == Qt.ItemDataRole.ToolTipRole:
            if row["has_conflict"]:
                return self.tr("Bản ghi đang có xung đột dữ liệu cần xử lý")
            if self._weak and self._visible[index.row()] in self._weak:
                return self.tr("Khớp một phần: các từ tìm thấy rời rạc, không liền nhau")
        return None

    def cell(self, row: int, column: int) -> tuple[str, int]:
        """A shown cell's text and look (GREY | CONFLICT | ITALIC | RIGHT) in one call, for
        the table's painter (desktop.ui.coop_cells); `data` answers the same by roles."""
        texts, look = self.row_cells(row, (column,))
        if column in _RIGHT_COLUMNS:
            look |= RIGHT
        return texts[0], look

    def row_cells(self, row: int, columns: Sequence[int]) -> tuple[list[str], int]:
        """A shown row's texts in `columns` and the row's look (GREY | CONFLICT | ITALIC; a
        column's RIGHT is `right_aligned`), for the table painting a row at a time
        (desktop.ui.coop_table)."""
        record = self._rows[self._visible[row]]
        text = self._text
        return [text(record, column) for column in columns], self.row_look(row)

    def row_look(self, row: int) -> int:
        """A shown row's look: GREY | CONFLICT | ITALIC (as `row_cells` gives it)."""
        position = self._visible[row]
        look = 0
        if self._status_of(position) in _GREY_STATUSES:
            look = GREY
        if self._conflict_of(position):
            look |= CONFLICT
        if self._weak and position in self._weak:
            look |= ITALIC
        return look

    def row_texts(self, row: int, columns: Sequence[int]) -> list[str]:
        """A shown row's texts in `columns`."""
        record = self._rows[self._visible[row]]
        text = self._text
        return [text(record, column) for column in columns]

    def record_at(self, row: int) -> int:
        """Which record a shown row is: the same number for the same record, whatever the
        filters and the order, until the rows are replaced (see `texts_version`)."""
        return self._visible[row]

    def texts_version(self) -> int:
        """A number that changes whenever the records' texts may have (new rows or labels)."""
        return self._texts_version

    @staticmethod
    def right_aligned(column: int) -> bool:
        """Whether the column holds numbers, right-aligned."""
        return column in _RIGHT_COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def id_at(self, row: int) -> str | None:
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]["id"]
        return None

    def row_of(self, record_id: str) -> int:
        rows = self._rows
        if isinstance(rows, ColumnRows):  # ids are unique: its row, if shown
            found = rows.find("id", record_id)
            try:
                return self._visible.index(found) if found >= 0 else -1
            except ValueError:
                return -1
        for position, i in enumerate(self._visible):
            if rows[i]["id"] == record_id:
                return position
        return -1

    def visible_ids(self) -> list[str]:
        return values_at(self._rows, "id", self._visible)
